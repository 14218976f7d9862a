//! How requests authenticate: the spec's security schemes (HTTP Basic and Bearer, API keys in a
//! header, a query parameter or a cookie), each set with its builder method or read from its
//! environment variables (`credentials.rs` lists them), and sent with the operations that use
//! that scheme.

use std::fmt;

use crate::client::ClientBuilder;
use crate::error::Error;

pub(crate) use crate::credentials::{BASE_URL_VAR, VENDOR};

/// The name of each request's `tracing` span.
pub(crate) const SPAN: &str = "api.request";

/// Where a scheme's credential goes.
#[derive(Clone, Copy, Debug)]
#[allow(dead_code, reason = "a spec without security schemes makes none")]
pub(crate) enum Kind {
    /// HTTP Basic: a user name and a password.
    Basic,
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// An API key in this header.
    Header(&'static str),
    /// An API key in this query parameter.
    Query(&'static str),
    /// An API key in this cookie.
    Cookie(&'static str),
}

#[allow(dead_code, reason = "a spec without security schemes makes none")]
impl Kind {
    /// The kind the spec names (`basic`, `bearer`; an API key's `header`, `query` or `cookie`,
    /// with the key's `name`).
    pub(crate) const fn new(kind: &str, name: &'static str) -> Self {
        match kind.as_bytes() {
            b"basic" => Kind::Basic,
            b"bearer" => Kind::Bearer,
            b"query" => Kind::Query(name),
            b"cookie" => Kind::Cookie(name),
            _ => Kind::Header(name),
        }
    }
}

/// A security scheme of the spec.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scheme {
    /// Its name in the spec.
    pub(crate) name: &'static str,
    /// Where its credential goes.
    pub(crate) kind: Kind,
    /// The variables `from_env` reads: the secret, or a user name and a password.
    pub(crate) vars: &'static [&'static str],
}

/// A variable of the servers' URLs (`{region}`): its default and the values it may take.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Variable {
    /// Its name in the URL.
    pub(crate) name: &'static str,
    /// The value used unless the caller gives another.
    pub(crate) default: &'static str,
    /// The values it may take; any when empty.
    pub(crate) values: &'static [&'static str],
}

/// A credential as the builder was given it.
#[derive(Clone)]
#[allow(dead_code, reason = "a spec without security schemes makes none")]
pub(crate) enum Secret {
    /// A user name and a password.
    Basic(String, String),
    /// A token or key.
    Token(String),
}

/// What the builder was given: a credential per scheme, and the servers' variables it set.
/// `Debug` never shows a secret.
#[derive(Clone, Default)]
pub(crate) struct Settings {
    secrets: Vec<(&'static str, Secret)>,
    variables: Vec<(&'static str, String)>,
}

impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.secrets.iter().map(|(name, _)| (name, crate::support::Redacted))).finish()
    }
}

impl Settings {
    /// Each scheme's variables, through `get` (which drops empty values).
    pub(crate) fn from_vars(get: &dyn Fn(&str) -> Option<String>) -> Self {
        let mut settings = Self::default();
        for scheme in crate::credentials::SCHEMES {
            let secret = match (scheme.kind, scheme.vars) {
                (Kind::Basic, [user, password]) => match (get(user), get(password)) {
                    (Some(user), Some(password)) => Some(Secret::Basic(user, password)),
                    _ => None,
                },
                (_, [var, ..]) => get(var).map(Secret::Token),
                _ => None,
            };
            if let Some(secret) = secret {
                settings.set(scheme.name, secret);
            }
        }
        settings
    }

    fn set(&mut self, scheme: &'static str, secret: Secret) {
        self.secrets.retain(|(name, _)| *name != scheme);
        self.secrets.push((scheme, secret));
    }
}

impl<M> ClientBuilder<M> {
    /// Sets the credential of `scheme` (the scheme methods of `credentials.rs` call this).
    #[allow(dead_code, reason = "a spec without security schemes makes none")]
    pub(crate) fn credential(mut self, scheme: &'static str, secret: Secret) -> Self {
        self.auth.set(scheme, secret);
        self
    }

    /// Sets a variable of the servers' URLs (the variable methods of `credentials.rs` call
    /// this); [`build`](Self::build) checks it against the values the spec allows.
    #[allow(dead_code, reason = "a spec whose servers have no variables makes none")]
    pub(crate) fn server_variable(mut self, name: &'static str, value: String) -> Self {
        self.auth.variables.retain(|(n, _)| *n != name);
        self.auth.variables.push((name, value));
        self
    }
}

/// Why a client needs a base URL from its caller, if it does: the spec names no server, or one
/// relative to where the API is (`/api/v3`).
pub(crate) fn needs_base_url() -> Option<String> {
    let server = crate::credentials::SERVER;
    if server.is_empty() {
        Some("the API's description names no server of its own".to_owned())
    } else if server.starts_with('/') {
        Some(format!("the API's description gives its server as `{server}`, relative to where the API is"))
    } else {
        None
    }
}

/// A credential ready to go into a request.
#[derive(Clone)]
enum Applied {
    Header(reqwest::header::HeaderName, reqwest::header::HeaderValue),
    Query(&'static str, String),
    Cookie(reqwest::header::HeaderValue),
}

/// The credentials of a built client, by scheme, and the servers' variables. `Debug` never
/// shows a secret.
pub(crate) struct Auth {
    applied: Vec<(&'static str, Applied)>,
    /// Every variable of the servers' URLs, with the value used.
    variables: Vec<(&'static str, String)>,
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.applied.iter().map(|(name, _)| (name, crate::support::Redacted))).finish()
    }
}

/// A header value that no log of reqwest's shows.
fn sensitive(text: &str) -> Result<reqwest::header::HeaderValue, Error> {
    let mut value = reqwest::header::HeaderValue::from_str(text)
        .map_err(|_| Error::config("a credential cannot be sent in a header"))?;
    value.set_sensitive(true);
    Ok(value)
}

impl Auth {
    /// Prepares each credential given.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when a credential cannot be sent (a line break in a header value), or
    /// when the API requires credentials by default and none was given.
    pub(crate) fn build(settings: Settings) -> Result<Self, Error> {
        let mut variables = Vec::new();
        for variable in crate::credentials::VARIABLES {
            let given = settings.variables.iter().find(|(n, _)| *n == variable.name).map(|(_, v)| v.clone());
            let value = given.unwrap_or_else(|| variable.default.to_owned());
            if !variable.values.is_empty() && !variable.values.contains(&value.as_str()) {
                return Err(Error::config(format!(
                    "the server variable `{}` may be {}, not `{value}`",
                    variable.name,
                    variable.values.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ")
                )));
            }
            variables.push((variable.name, value));
        }
        let mut applied = Vec::new();
        for (name, secret) in settings.secrets {
            let Some(scheme) = crate::credentials::SCHEMES.iter().find(|s| s.name == name) else { continue };
            let ready = match (scheme.kind, secret) {
                (Kind::Basic, Secret::Basic(user, password)) => {
                    Applied::Header(reqwest::header::AUTHORIZATION, crate::client::basic_header(&user, &password)?)
                }
                (Kind::Bearer, Secret::Token(token)) => {
                    Applied::Header(reqwest::header::AUTHORIZATION, crate::client::bearer_header(&token)?)
                }
                (Kind::Header(header), Secret::Token(key)) => {
                    let header = reqwest::header::HeaderName::from_bytes(header.as_bytes())
                        .map_err(|_| Error::config(format!("`{header}` is not a header name")))?;
                    Applied::Header(header, sensitive(key.trim())?)
                }
                (Kind::Query(parameter), Secret::Token(key)) => Applied::Query(parameter, key),
                (Kind::Cookie(cookie), Secret::Token(key)) => Applied::Cookie(sensitive(&format!("{cookie}={}", key.trim()))?),
                _ => return Err(Error::config(format!("the credential given for `{name}` is not of its kind"))),
            };
            applied.push((name, ready));
        }
        // By default the API needs one of its alternatives whole: a client that can meet none
        // would only ever be refused.
        let required = crate::credentials::DEFAULT;
        let met = |set: &[&str]| set.iter().all(|want| applied.iter().any(|(name, _)| name == want));
        if !required.is_empty() && !required.iter().any(|set| met(set)) {
            let ways: Vec<String> = required
                .iter()
                .map(|set| {
                    let vars: Vec<String> = set
                        .iter()
                        .filter_map(|want| crate::credentials::SCHEMES.iter().find(|s| s.name == *want))
                        .map(|s| s.vars.join(" and "))
                        .collect();
                    vars.join(" and ")
                })
                .collect();
            return Err(Error::config(format!("no credentials: set {}, or call the builder's methods", ways.join(", or "))));
        }
        Ok(Self { applied, variables })
    }

    /// Adds the credentials of the first alternative that `security` allows (the API's default
    /// when `None`) whose every scheme the client has; none where an alternative needs none and
    /// the client meets no other. Where it meets none, what it has of the first is sent, so
    /// that the API's refusal says what is missing.
    pub(crate) fn apply(
        &self,
        mut builder: reqwest::RequestBuilder,
        security: Option<&[&[&str]]>,
    ) -> reqwest::RequestBuilder {
        let alternatives = security.unwrap_or(crate::credentials::DEFAULT);
        let has = |want: &&str| self.applied.iter().any(|(name, _)| name == want);
        let chosen = alternatives
            .iter()
            .find(|set| !set.is_empty() && set.iter().all(has))
            .or_else(|| alternatives.iter().find(|set| set.is_empty()))
            .or_else(|| alternatives.first());
        let mut cookies: Vec<&str> = Vec::new();
        for want in chosen.copied().unwrap_or_default() {
            match self.applied.iter().find(|(name, _)| name == want) {
                None => {}
                Some((_, Applied::Header(name, value))) => builder = builder.header(name.clone(), value.clone()),
                Some((_, Applied::Query(name, value))) => builder = builder.query(&[(*name, value.as_str())]),
                Some((_, Applied::Cookie(value))) => cookies.extend(value.to_str().ok()),
            }
        }
        // Cookies of several schemes go in one header, as a browser would send them.
        if !cookies.is_empty()
            && let Ok(mut value) = reqwest::header::HeaderValue::from_str(&cookies.join("; "))
        {
            value.set_sensitive(true);
            builder = builder.header(reqwest::header::COOKIE, value);
        }
        builder
    }

    /// The server's URL: the spec's, its variables (`{region}`) replaced by their values.
    pub(crate) fn server(&self, server: &str) -> String {
        if !server.contains('{') {
            return server.to_owned();
        }
        let mut url = server.to_owned();
        for (name, value) in &self.variables {
            url = url.replace(&format!("{{{name}}}"), value);
        }
        url
    }
}

/// The test credentials of the mock's client (feature `mock`): one for every scheme.
#[cfg(feature = "mock")]
pub(crate) fn mock_credentials<M>(mut builder: ClientBuilder<M>) -> ClientBuilder<M> {
    for scheme in crate::credentials::SCHEMES {
        let secret = match scheme.kind {
            Kind::Basic => Secret::Basic("mock-user".to_owned(), "mock-password".to_owned()),
            _ => Secret::Token("mock-credential".to_owned()),
        };
        builder = builder.credential(scheme.name, secret);
    }
    builder
}

/// Whether a request carries the credentials its operation needs: every scheme of one of its
/// alternatives (the API's default when it names none), or none for a public operation.
#[cfg(feature = "mock")]
pub(crate) fn mock_presented(security: Option<&[&[&str]]>, request: &crate::mock::Incoming) -> bool {
    let alternatives = security.unwrap_or(crate::credentials::DEFAULT);
    let present = |name: &&str| {
        let Some(scheme) = crate::credentials::SCHEMES.iter().find(|s| s.name == *name) else { return false };
        match scheme.kind {
            Kind::Basic | Kind::Bearer => request.header("authorization").is_some(),
            Kind::Header(header) => request.header(header).is_some(),
            Kind::Query(parameter) => request.query(parameter).is_some(),
            Kind::Cookie(cookie) => request.cookie(cookie).is_some(),
        }
    };
    alternatives.is_empty() || alternatives.iter().any(|set| set.iter().all(present))
}

/// An error body: `message`, and the `code` given.
#[cfg(feature = "mock")]
pub(crate) fn mock_error(_status: u16, code: i64, message: &str) -> serde_json::Value {
    serde_json::json!({ "code": code, "message": message })
}
