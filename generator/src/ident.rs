//! Identifier hygiene: every Rust name the generator emits passes through here.
//!
//! Spec names can be anything: `StartTime<`, `type`, `3dSecure`, `Ünïcode`, `self`. The functions
//! here turn them into valid, readable Rust identifiers and never return an empty or reserved one.

use std::collections::HashMap;

use heck::{ToPascalCase, ToSnakeCase};

/// Keywords of every Rust edition up to 2024, plus reserved words. `r#` cannot be used for the
/// path keywords (`self`, `Self`, `super`, `crate`), so those get a trailing underscore instead.
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Whether `s` is a Rust keyword or reserved word.
pub fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

/// Replaces every character that cannot appear in an identifier with a word break, keeping the
/// words the spec meant: `StartTime<` becomes `StartTime Before`, `StartTime>` `StartTime After`.
fn words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 8);
    for c in raw.chars() {
        match c {
            '<' => out.push_str(" Before "),
            '>' => out.push_str(" After "),
            c if c.is_ascii_alphanumeric() => out.push(c),
            _ => out.push(' '),
        }
    }
    out
}

/// Makes `s` safe as an identifier: never empty, never starting with a digit, never a keyword.
fn finish(mut s: String, fallback: &str, upper: bool) -> String {
    if s.is_empty() {
        s = fallback.to_owned();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s.insert(0, if upper { 'V' } else { 'n' });
        if !upper {
            s.insert(1, '_');
        }
    }
    if is_keyword(&s) {
        s.push('_');
    }
    s
}

/// Converts `raw` with `convert`, remembering the answer on this thread: a whole spec asks for
/// the same few thousand names tens of thousands of times, and heck's conversions (built on
/// `fmt`) cost far more than a lookup.
fn remembered(
    cache: &'static std::thread::LocalKey<std::cell::RefCell<HashMap<String, String>>>,
    raw: &str,
    convert: impl FnOnce(&str) -> String,
) -> String {
    cache.with(|cache| {
        if let Some(hit) = cache.borrow().get(raw) {
            return hit.clone();
        }
        let converted = convert(raw);
        cache.borrow_mut().insert(raw.to_owned(), converted.clone());
        converted
    })
}

thread_local! {
    static SNAKE: std::cell::RefCell<HashMap<String, String>> = std::cell::RefCell::default();
    static PASCAL: std::cell::RefCell<HashMap<String, String>> = std::cell::RefCell::default();
}

/// A `snake_case` identifier for fields, parameters, methods and modules.
pub fn snake(raw: &str) -> String {
    remembered(&SNAKE, raw, |raw| {
        finish(words(raw).to_snake_case(), "value", false)
    })
}

/// A `PascalCase` identifier for types and enum variants.
pub fn pascal(raw: &str) -> String {
    remembered(&PASCAL, raw, |raw| {
        finish(words(raw).to_pascal_case(), "Value", true)
    })
}

/// A `SCREAMING_SNAKE_CASE` identifier for constants.
pub fn screaming(raw: &str) -> String {
    snake(raw).trim_end_matches('_').to_ascii_uppercase()
}

/// The singular of an English plural as Twilio uses them in paths (`Calls`, `Queues`,
/// `Addresses`, `Entities`, `Media`).
pub fn singular(word: &str) -> String {
    let lower = word.to_ascii_lowercase();
    // The last word of a snake_case or CamelCase name may be an acronym that ends in `s`
    // (`CredentialAws`), not a plural.
    let start = word
        .char_indices()
        .rev()
        .find(|&(_, c)| c == '_' || c.is_ascii_uppercase())
        .map_or(0, |(i, c)| if c == '_' { i + 1 } else { i });
    let acronyms = ["aws", "sms", "mms", "dns", "gps", "ios"];
    if acronyms.contains(&&lower[start..]) || acronyms.iter().any(|a| lower == *a) {
        return word.to_owned();
    }
    if lower.ends_with("ies") && word.len() > 3 {
        format!("{}y", &word[..word.len() - 3])
    } else if lower.ends_with("sses")
        || lower.ends_with("xes")
        || lower.ends_with("ches")
        || lower.ends_with("shes")
        || lower.ends_with("sses")
    {
        word[..word.len() - 2].to_owned()
    } else if lower.ends_with("ss") || lower.ends_with("us") || lower.ends_with("is") {
        word.to_owned()
    } else if let Some(stripped) = word.strip_suffix('s') {
        stripped.to_owned()
    } else {
        word.to_owned()
    }
}

/// Gives out names that are unique within one scope, adding a number to repeats.
#[derive(Debug, Default)]
pub struct Scope {
    taken: std::collections::BTreeSet<String>,
    /// For a base name that repeats, the number to try first: every lower one is taken (names
    /// are never given back), so a thousand repeats cost a thousand tries, not half a million.
    next: std::collections::HashMap<String, usize>,
}

impl Scope {
    /// Reserves `name`, or `name2`, `name3`, … if taken, and returns the one it reserved.
    pub fn claim(&mut self, name: &str) -> String {
        if self.taken.insert(name.to_owned()) {
            return name.to_owned();
        }
        let base = name.trim_end_matches('_');
        let first = self.next.get(base).copied().unwrap_or(2);
        let (n, claimed) = (first..)
            .map(|n| (n, format!("{base}{n}")))
            .find(|(_, candidate)| self.taken.insert(candidate.clone()))
            .unwrap_or_default();
        self.next.insert(base.to_owned(), n + 1);
        claimed
    }

    /// Whether `name` is already given out.
    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_get_an_underscore() {
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("crate"), "crate_");
        assert_eq!(pascal("self"), "Self_");
        assert_eq!(snake("Async"), "async_");
    }

    #[test]
    fn comparison_suffixes_become_words() {
        assert_eq!(snake("StartTime<"), "start_time_before");
        assert_eq!(snake("StartTime>"), "start_time_after");
        assert_eq!(snake("StartTime"), "start_time");
        assert_eq!(pascal("date_created<"), "DateCreatedBefore");
    }

    #[test]
    fn leading_digits_and_symbols() {
        assert_eq!(snake("3dSecure"), "n_3d_secure");
        assert_eq!(pascal("3dSecure"), "V3dSecure");
        assert_eq!(pascal("+1"), "V1");
        assert_eq!(snake("Ünïcode"), "n_code");
        assert_eq!(snake("***"), "value");
        assert_eq!(pascal(""), "Value");
        assert_eq!(pascal("in-progress"), "InProgress");
        assert_eq!(
            pascal("com.twilio.messaging.message.delivered"),
            "ComTwilioMessagingMessageDelivered"
        );
    }

    #[test]
    fn wire_names_to_rust() {
        assert_eq!(snake("IdempotencyKey"), "idempotency_key");
        assert_eq!(snake("Callback"), "callback");
        assert_eq!(pascal("api.v2010.account.call"), "ApiV2010AccountCall");
        assert_eq!(screaming("AccountSid"), "ACCOUNT_SID");
    }

    #[test]
    fn singulars() {
        assert_eq!(singular("Calls"), "Call");
        assert_eq!(singular("Queues"), "Queue");
        assert_eq!(singular("Addresses"), "Address");
        assert_eq!(singular("Entities"), "Entity");
        assert_eq!(singular("Media"), "Media");
        assert_eq!(
            singular("UserDefinedMessageSubscriptions"),
            "UserDefinedMessageSubscription"
        );
        assert_eq!(singular("Status"), "Status");
        assert_eq!(singular("brand_registrations"), "brand_registration");
        assert_eq!(singular("policies"), "policy");
        assert_eq!(singular("Keys"), "Key");
        // Acronyms are not plurals.
        assert_eq!(singular("credential_aws"), "credential_aws");
        assert_eq!(singular("CredentialAws"), "CredentialAws");
        assert_eq!(singular("Sms"), "Sms");
        assert_eq!(singular("SMS"), "SMS");
        assert_eq!(singular("dns"), "dns");
        assert_eq!(singular("AddOns"), "AddOn");
        assert_eq!(singular("available_add_ons"), "available_add_on");
    }

    #[test]
    fn scopes_number_repeats() {
        let mut scope = Scope::default();
        assert_eq!(scope.claim("Method"), "Method");
        assert_eq!(scope.claim("Method"), "Method2");
        assert_eq!(scope.claim("Method"), "Method3");
        assert!(scope.contains("Method2"));
    }
}
