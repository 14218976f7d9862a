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

/// The items of `credentials.rs`: the schemes, the default, the base URL's variable, and the
/// builder's methods.
pub(super) fn credentials(
    schemes: &[SecurityScheme],
    default: &[String],
    package: &str,
) -> TokenStream {
    let table = schemes.iter().map(|s| {
        let name = &s.name;
        let kind = match &s.kind {
            SchemeKind::Basic => quote!(crate::auth::Kind::Basic),
            SchemeKind::Bearer => quote!(crate::auth::Kind::Bearer),
            SchemeKind::ApiKey { location, name } => match location {
                Location::Query => quote!(crate::auth::Kind::Query(#name)),
                Location::Cookie => quote!(crate::auth::Kind::Cookie(#name)),
                _ => quote!(crate::auth::Kind::Header(#name)),
            },
        };
        let vars = &s.vars;
        quote!(crate::auth::Scheme { name: #name, kind: #kind, vars: &[#(#vars),*] })
    });
    let base_url_var = format!("{}_BASE_URL", ident::snake(package).to_ascii_uppercase());
    let methods = schemes.iter().map(method);
    quote! {
        /// The API's security schemes, in the spec's order.
        pub(crate) const SCHEMES: &[crate::auth::Scheme] = &[#(#table),*];

        /// The schemes an operation may use unless it names its own, in order of preference.
        pub(crate) const DEFAULT: &[&str] = &[#(#default),*];

        /// The variable that names a base URL for every request (tests, proxies).
        pub(crate) const BASE_URL_VAR: &str = #base_url_var;

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
