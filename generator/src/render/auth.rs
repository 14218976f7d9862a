//! Authentication: Twilio's credentials module, or for any other API the spec's security
//! schemes (`credentials.rs`: the scheme table the runtime's `auth.rs` reads, and a builder
//! method per scheme, named after it).

use super::print::{doc_mark, id};
use super::*;
use crate::model::{Auth, SchemeKind, SecurityScheme, ServerVariable};

/// The runtime's `auth.rs` for `auth`, printed at build time.
pub(super) fn runtime(auth: &Auth) -> &'static str {
    match auth {
        Auth::Twilio => super::runtime_file("auth_twilio.rs"),
        Auth::Schemes { .. } => super::runtime_file("auth_schemes.rs"),
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
    if api.server.is_empty() || api.server.starts_with('/') {
        let where_ = if api.server.is_empty() {
            "names no server".to_owned()
        } else {
            format!(
                "gives its server as `{}`, relative to where the API is",
                api.server
            )
        };
        lines.push(format!(
            "The API's description {where_}: a client needs its base URL, from `{base_url}` or {builder}'s `base_url`; without one, building it is an error."
        ));
        lines.push(String::new());
    }
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
            // The first alternative the API asks for by default, all of its schemes.
            let wanted: Vec<&SecurityScheme> = match default.first() {
                Some(set) => schemes.iter().filter(|s| set.contains(&s.name)).collect(),
                None => schemes.first().into_iter().collect(),
            };
            if wanted.is_empty() {
                "// The API takes no credentials.".to_owned()
            } else {
                let vars: Vec<String> = wanted.iter().map(|s| s.vars.join(" and ")).collect();
                format!("// Reads {} from the environment.", vars.join(" and "))
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
        variables,
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
    let server = &api.server;
    let variable_table = variables.iter().map(|v| {
        let (name, default, values) = (&v.name, &v.default, &v.values);
        quote!(crate::auth::Variable { name: #name, default: #default, values: &[#(#values),*] })
    });
    let variable_methods = variables.iter().map(variable_method);
    quote! {
        /// The API's server, as its description gives it (empty when it names none).
        pub(crate) const SERVER: &str = #server;

        /// The variables of the servers' URLs.
        pub(crate) const VARIABLES: &[crate::auth::Variable] = &[#(#variable_table),*];

        /// The API's security schemes, in the spec's order.
        pub(crate) const SCHEMES: &[crate::auth::Scheme] = &[#(#table),*];

        /// What an operation needs unless it says otherwise: the alternatives in order of
        /// preference, each the schemes that must all be sent.
        pub(crate) const DEFAULT: &[&[&str]] = &[#(&[#(#default),*]),*];

        /// The variable that names a base URL for every request (tests, proxies).
        pub(crate) const BASE_URL_VAR: &str = #base_url_var;

        /// Who answers, as errors name it: the API's title.
        pub(crate) const VENDOR: &str = #vendor;

        impl<M> crate::ClientBuilder<M> {
            #(#methods)*
            #(#variable_methods)*
        }
    }
}

/// The builder's method for one variable of the servers' URLs.
fn variable_method(variable: &ServerVariable) -> TokenStream {
    let name = id(&variable.method);
    let wire = &variable.name;
    let values = if variable.values.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = variable.values.iter().map(|v| format!("`{v}`")).collect();
        format!(
            " It may be {}; [`build`](Self::build) refuses any other value.",
            list.join(", ")
        )
    };
    let mut doc = format!(
        "Sets `{{{wire}}}` in the API's server URL (by default `{}`).{values}",
        variable.default
    );
    if !variable.doc.is_empty() {
        doc = format!("{}\n\n{doc}", variable.doc);
    }
    let doc = doc_mark(&doc);
    quote! {
        #[doc = #doc]
        pub fn #name(self, value: impl Into<String>) -> Self {
            self.server_variable(#wire, value.into())
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
