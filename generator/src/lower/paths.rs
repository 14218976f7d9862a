//! The one parser of an operation's path: [`parse`] makes the [`PathTemplate`] that every
//! stage reads, so that the version, the account prefix and the resources are found by one rule.

use crate::model::{PathStep, PathTemplate};

/// Parses a path template (`/2010-04-01/Accounts/{AccountSid}/Calls.json`).
///
/// Segments are split on `/` (empty ones dropped) and `.json` is dropped from each. A segment
/// that starts with `{` is a parameter; a literal segment and the parameter right after it are
/// one resource, and a parameter with no literal before it is a resource named after itself.
/// The first segment is the version when it is a literal that starts with a digit, or with `v`
/// and a digit, and more follows.
pub fn parse(path: &str) -> PathTemplate {
    let trimmed = path.strip_suffix(".json").unwrap_or(path);
    let segments: Vec<&str> = trimmed
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| s.strip_suffix(".json").unwrap_or(s))
        .collect();
    let is_param = |s: &str| s.starts_with('{');
    let name_of = |s: &str| s.trim_matches(|c| c == '{' || c == '}').to_owned();
    let is_version = |s: &str| {
        s.starts_with(|c: char| c.is_ascii_digit())
            || s.strip_prefix('v')
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()))
    };
    let version = match segments.as_slice() {
        [first, _, ..] if is_version(first) => Some((*first).to_owned()),
        _ => None,
    };
    let below = &segments[usize::from(version.is_some())..];
    let mut resources: Vec<PathStep> = Vec::new();
    let mut i = 0;
    while i < below.len() {
        let seg = below[i];
        if is_param(seg) {
            let name = name_of(seg);
            resources.push(PathStep {
                name: name.clone(),
                param: Some(name),
                bare: true,
            });
            i += 1;
            continue;
        }
        let param = below.get(i + 1).filter(|s| is_param(s)).map(|s| name_of(s));
        i += if param.is_some() { 2 } else { 1 };
        resources.push(PathStep {
            name: seg.to_owned(),
            param,
            bare: false,
        });
    }
    let account = resources.len() > 1
        && resources[0].name == "Accounts"
        && !resources[0].bare
        && resources[0].param.is_some();
    PathTemplate {
        version,
        account,
        resources,
        params: template_params(path),
        instance: segments.last().is_some_and(|s| is_param(s)),
    }
}

/// `{Name}` placeholders of a path, in order, those inside a segment too.
fn template_params(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push(rest[open + 1..open + close].to_owned());
        rest = &rest[open + close + 1..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parse;
    use crate::model::PathStep;

    fn step(name: &str, param: Option<&str>) -> PathStep {
        PathStep {
            name: name.to_owned(),
            param: param.map(str::to_owned),
            bare: false,
        }
    }

    #[test]
    fn the_version_and_suffix_are_dropped_and_segments_pair_with_their_values() {
        let t = parse(
            "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json",
        );
        assert_eq!(t.version.as_deref(), Some("2010-04-01"));
        assert!(t.account && t.instance);
        assert_eq!(
            t.resources,
            vec![
                step("Accounts", Some("AccountSid")),
                step("Calls", Some("CallSid")),
                step("UserDefinedMessageSubscriptions", Some("Sid")),
            ]
        );
        assert_eq!(t.params, ["AccountSid", "CallSid", "Sid"]);
        let t = parse("/v1/Services/{Sid}/Configuration");
        assert_eq!(t.version.as_deref(), Some("v1"));
        assert!(!t.account && !t.instance);
        assert_eq!(t.resources[1], step("Configuration", None));
    }

    #[test]
    fn every_stage_agrees_on_a_version_with_letters_after_its_number() {
        let t = parse("/v2beta/Things/{Sid}");
        assert_eq!(t.version.as_deref(), Some("v2beta"));
        assert_eq!(t.top(), Some("Things"));
        // A version is a prefix only when something follows it.
        assert_eq!(parse("/v1").version, None);
        assert_eq!(parse("/vendors/Things").version, None);
    }

    #[test]
    fn the_top_level_resource_is_the_first_after_the_version_and_account() {
        for (path, top) in [
            (
                "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json",
                Some("Calls"),
            ),
            (
                "/2010-04-01/Accounts/{AccountSid}/Calls.json",
                Some("Calls"),
            ),
            ("/2010-04-01/Accounts/{Sid}.json", Some("Accounts")),
            ("/2010-04-01/Accounts.json", Some("Accounts")),
            ("/v1/Services/{Sid}/PhoneNumbers", Some("Services")),
            ("/v2/PhoneNumbers/{PhoneNumber}", Some("PhoneNumbers")),
            ("/Tasks", Some("Tasks")),
            ("/v1/{Sid}", None),
            ("/", None),
            ("", None),
        ] {
            assert_eq!(parse(path).top(), top, "{path}");
        }
    }

    #[test]
    fn a_sub_resource_is_the_segment_after_its_resource_instance() {
        for (path, sub) in [
            (
                "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json",
                Some("UserDefinedMessages"),
            ),
            (
                "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/Recordings/{Sid}.json",
                Some("Recordings"),
            ),
            ("/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json", None),
            ("/2010-04-01/Accounts/{AccountSid}/Calls.json", None),
            (
                "/2010-04-01/Accounts/{AccountSid}/SIP/Domains.json",
                Some("Domains"),
            ),
            ("/v1/Usage/Records/Daily", Some("Records")),
            ("/v1/Services/{Sid}/PhoneNumbers", Some("PhoneNumbers")),
            ("/v1/{Sid}/Things", None),
            ("/v1/Things/{a}/{b}", None),
        ] {
            assert_eq!(parse(path).sub(), sub, "{path}");
        }
    }

    #[test]
    fn a_value_with_no_name_before_it_is_a_resource_of_its_own() {
        let t = parse("/{dataset}/{version}/fields");
        assert_eq!(t.version, None);
        assert!(t.resources.iter().take(2).all(|s| s.bare));
        assert_eq!(t.top(), None);
        assert_eq!(t.params, ["dataset", "version"]);
        let t = parse("/v1/Files/{id}/thumbnail.{extension}");
        assert_eq!(t.params, ["id", "extension"]);
        assert_eq!(t.resources[1], step("thumbnail.{extension}", None));
    }
}
