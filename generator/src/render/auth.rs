//! Authentication: Twilio's credentials module, or for any other API the spec's security
//! schemes (`credentials.rs`: the scheme table the runtime's `auth.rs` reads, and a builder
//! method per scheme, named after it).

use super::print::{doc_mark, id};
use super::*;
use crate::model::{Auth, SchemeKind, SecurityScheme};

/// The runtime's `auth.rs` for `auth`, printed at build time.
pub(super) fn runtime(auth: &Auth) -> &'static str {
    match auth {
        Auth::Twilio => include_str!(concat!(env!("OUT_DIR"), "/auth_twilio.rs")),
        Auth::Schemes { .. } => include_str!(concat!(env!("OUT_DIR"), "/auth_schemes.rs")),
    }
}

/// What configures a client, as crate docs (`links`: rustdoc links) or README prose.
pub(super) fn configuration(api: &Api, links: bool) -> Vec<String> {
    let (from_env, builder) = if links {
        ("[`Client::from_env`]", "[`Client::builder`]")
    } else {
        ("`Client::from_env()`", "`Client::builder()`")
    };
    let Auth::Schemes { schemes, .. } = &api.auth else {
        return vec![
            format!("{from_env} reads `TWILIO_ACCOUNT_SID`, and `TWILIO_AUTH_TOKEN` or `TWILIO_API_KEY`"),
            "with `TWILIO_API_SECRET`. `TWILIO_REGION` and `TWILIO_EDGE` pick Twilio's regional hosts".to_owned(),
            "(`{product}.{edge}.{region}.twilio.com`, such as `api.dublin.ie1.twilio.com`), and".to_owned(),
            format!("`{}` sends every request to another base URL, for tests and proxies.", api.auth.base_url_var()),
            format!("{builder} sets the same in code."),
        ];
    };
    let base_url = api.auth.base_url_var();
    let mut lines = Vec::new();
    if schemes.is_empty() {
        lines.push("The API takes no credentials.".to_owned());
    } else {
        lines.push(format!(
            "{from_env} reads each security scheme's credential:"
        ));
        lines.push(String::new());
        for s in schemes {
            let vars: Vec<String> = s.vars.iter().map(|v| format!("`{v}`")).collect();
            lines.push(format!(
                "- `{}`: {} (the builder's `{}`)",
                s.name,
                vars.join(" and "),
                s.method
            ));
        }
        lines.push(String::new());
    }
    lines.push(format!(
        "`{base_url}` sends every request to another base URL, for tests and proxies. {builder} sets the same in code."
    ));
    lines
}

/// The quick start's comment on where the client's credentials come from.
pub(super) fn credentials_comment(api: &Api) -> String {
    match &api.auth {
        Auth::Twilio => {
            "// Reads TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or an API key) from the environment."
                .to_owned()
        }
        Auth::Schemes {
            schemes, default, ..
        } => {
            let first = schemes
                .iter()
                .find(|s| default.contains(&s.name))
                .or(schemes.first());
            match first {
                Some(s) => format!("// Reads {} from the environment.", s.vars.join(" and ")),
                None => "// The API takes no credentials.".to_owned(),
            }
        }
    }
}

/// The items of `credentials.rs`: the schemes, the default, the base URL's variable, and the
/// builder's methods.
pub(super) fn credentials(api: &Api) -> TokenStream {
    let Auth::Schemes {
        schemes,
        default,
        base_url_var,
    } = &api.auth
    else {
        return TokenStream::new();
    };
    let table = schemes.iter().map(|s| {
        let name = &s.name;
        // Made through `Kind::new`, so that no kind the spec does not use is dead code.
        let (kind, key) = match &s.kind {
            SchemeKind::Basic => ("basic", ""),
            SchemeKind::Bearer => ("bearer", ""),
            SchemeKind::ApiKey { location, name } => match location {
                Location::Query => ("query", name.as_str()),
                Location::Cookie => ("cookie", name.as_str()),
                _ => ("header", name.as_str()),
            },
        };
        let kind = quote!(crate::auth::Kind::new(#kind, #key));
        let vars = &s.vars;
        quote!(crate::auth::Scheme { name: #name, kind: #kind, vars: &[#(#vars),*] })
    });
    let methods = schemes.iter().map(method);
    let vendor = &api.title;
    quote! {
        /// The API's security schemes, in the spec's order.
        pub(crate) const SCHEMES: &[crate::auth::Scheme] = &[#(#table),*];

        /// The schemes an operation may use unless it names its own, in order of preference.
        pub(crate) const DEFAULT: &[&str] = &[#(#default),*];

        /// The variable that names a base URL for every request (tests, proxies).
        pub(crate) const BASE_URL_VAR: &str = #base_url_var;

        /// Who answers, as errors name it: the API's title.
        pub(crate) const VENDOR: &str = #vendor;

        impl crate::ClientBuilder {
            #(#methods)*
        }
    }
}

/// The builder's method for one scheme.
fn method(scheme: &SecurityScheme) -> TokenStream {
    let name = id(&scheme.method);
    let wire = &scheme.name;
    let what = match &scheme.kind {
        SchemeKind::Basic => "HTTP Basic: a user name and a password".to_owned(),
        SchemeKind::Bearer => "a bearer token, sent as `Authorization: Bearer <token>`".to_owned(),
        SchemeKind::ApiKey { location, name } => {
            let place = match location {
                Location::Query => "query parameter",
                Location::Cookie => "cookie",
                _ => "header",
            };
            format!("an API key, sent as it is in the `{name}` {place}")
        }
    };
    let vars: Vec<String> = scheme.vars.iter().map(|v| format!("`{v}`")).collect();
    let mut doc = format!(
        "Authenticates with the `{wire}` scheme: {what}. [`Client::from_env`](crate::Client::from_env) reads it from {}.",
        vars.join(" and ")
    );
    if !scheme.doc.is_empty() {
        doc = format!("{}\n\n{doc}", scheme.doc);
    }
    let doc = doc_mark(&doc);
    match scheme.kind {
        SchemeKind::Basic => quote! {
            #[doc = #doc]
            pub fn #name(self, user: impl Into<String>, password: impl Into<String>) -> Self {
                self.credential(#wire, crate::auth::Secret::Basic(user.into(), password.into()))
            }
        },
        _ => quote! {
            #[doc = #doc]
            pub fn #name(self, secret: impl Into<String>) -> Self {
                self.credential(#wire, crate::auth::Secret::Token(secret.into()))
            }
        },
    }
}
