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

/// A credential as the builder was given it.
#[derive(Clone)]
pub(crate) enum Secret {
    /// A user name and a password.
    Basic(String, String),
    /// A token or key.
    Token(String),
}

/// What the builder was given: a credential per scheme. `Debug` never shows a secret.
#[derive(Clone, Default)]
pub(crate) struct Settings {
    secrets: Vec<(&'static str, Secret)>,
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

impl ClientBuilder {
    /// Sets the credential of `scheme` (the scheme methods of `credentials.rs` call this).
    pub(crate) fn credential(mut self, scheme: &'static str, secret: Secret) -> Self {
        self.auth.set(scheme, secret);
        self
    }
}

/// A credential ready to go into a request.
#[derive(Clone)]
enum Applied {
    Header(reqwest::header::HeaderName, reqwest::header::HeaderValue),
    Query(&'static str, String),
    Cookie(reqwest::header::HeaderValue),
}

/// The credentials of a built client, by scheme. `Debug` never shows a secret.
pub(crate) struct Auth {
    applied: Vec<(&'static str, Applied)>,
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
        let mut applied = Vec::new();
        for (name, secret) in settings.secrets {
            let Some(scheme) = crate::credentials::SCHEMES.iter().find(|s| s.name == name) else { continue };
            let ready = match (scheme.kind, secret) {
                (Kind::Basic, Secret::Basic(user, password)) => {
                    Applied::Header(reqwest::header::AUTHORIZATION, crate::client::basic_header(&user, &password)?)
                }
                (Kind::Bearer, Secret::Token(token)) => {
                    Applied::Header(reqwest::header::AUTHORIZATION, sensitive(&format!("Bearer {}", token.trim()))?)
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
        let required = crate::credentials::DEFAULT;
        if !required.is_empty() && !applied.iter().any(|(name, _)| required.contains(name)) {
            let ways: Vec<String> = crate::credentials::SCHEMES
                .iter()
                .filter(|s| required.contains(&s.name))
                .map(|s| s.vars.join(" and "))
                .collect();
            return Err(Error::config(format!("no credentials: set {}, or call the builder's method", ways.join(", or "))));
        }
        Ok(Self { applied })
    }

    /// Adds the credential of the first scheme that `security` allows (the API's default when
    /// `None`) and that the client has; none for an operation that allows none.
    pub(crate) fn apply(
        &self,
        builder: reqwest::RequestBuilder,
        security: Option<&[&str]>,
    ) -> reqwest::RequestBuilder {
        let allowed = security.unwrap_or(crate::credentials::DEFAULT);
        let chosen = allowed.iter().find_map(|want| self.applied.iter().find(|(name, _)| name == want));
        match chosen {
            None => builder,
            Some((_, Applied::Header(name, value))) => builder.header(name.clone(), value.clone()),
            Some((_, Applied::Query(name, value))) => builder.query(&[(*name, value.as_str())]),
            Some((_, Applied::Cookie(value))) => builder.header(reqwest::header::COOKIE, value.clone()),
        }
    }

    /// The server's URL: the spec's, as it is.
    pub(crate) fn server(&self, server: &str) -> String {
        server.to_owned()
    }
}
