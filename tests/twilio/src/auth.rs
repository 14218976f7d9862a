//! How requests authenticate with Twilio: the Account SID with its Auth Token, or an API Key
//! and its secret (HTTP Basic), or an OAuth 2.0 access token (Bearer) where an operation asks
//! for one, read from `TWILIO_*` variables; and the regional hosts that `region` and `edge`
//! pick.
use std::fmt;
use crate::client::{Client, ClientBuilder, non_empty};
use crate::error::Error;
/// The region used when only an edge is given, as Twilio's helper libraries do.
const DEFAULT_REGION: &str = "us1";
/// The variable that names a base URL for every request (tests, proxies).
pub(crate) const BASE_URL_VAR: &str = "TWILIO_API_BASE_URL";
/// Who answers, as errors name it.
pub(crate) const VENDOR: &str = "Twilio";
/// The name of each request's `tracing` span.
pub(crate) const SPAN: &str = "twilio.request";
/// How requests authenticate. `Debug` never shows the secret.
#[derive(Clone)]
enum Credentials {
    /// The Account SID and its Auth Token.
    AuthToken { account_sid: String, auth_token: String },
    /// An API Key SID (`SK…`) and its secret.
    ApiKey { key_sid: String, secret: String },
}
impl Credentials {
    fn username(&self) -> &str {
        match self {
            Credentials::AuthToken { account_sid, .. } => account_sid,
            Credentials::ApiKey { key_sid, .. } => key_sid,
        }
    }
    fn password(&self) -> &str {
        match self {
            Credentials::AuthToken { auth_token, .. } => auth_token,
            Credentials::ApiKey { secret, .. } => secret,
        }
    }
}
impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credentials::AuthToken { account_sid, .. } => {
                f.debug_struct("AuthToken")
                    .field("account_sid", account_sid)
                    .field("auth_token", &crate::support::Redacted)
                    .finish()
            }
            Credentials::ApiKey { key_sid, .. } => {
                f.debug_struct("ApiKey")
                    .field("key_sid", key_sid)
                    .field("secret", &crate::support::Redacted)
                    .finish()
            }
        }
    }
}
/// What the builder was given. `Debug` never shows a secret.
#[derive(Clone, Default)]
pub(crate) struct Settings {
    account_sid: Option<String>,
    auth_token: Option<String>,
    api_key: Option<(String, String)>,
    access_token: Option<String>,
    region: Option<String>,
    edge: Option<String>,
}
impl fmt::Debug for Settings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Settings")
            .field("account_sid", &self.account_sid)
            .field(
                "auth_token",
                &self.auth_token.as_ref().map(|_| crate::support::Redacted),
            )
            .field(
                "api_key",
                &self.api_key.as_ref().map(|(sid, _)| (sid, crate::support::Redacted)),
            )
            .field(
                "access_token",
                &self.access_token.as_ref().map(|_| crate::support::Redacted),
            )
            .field("region", &self.region)
            .field("edge", &self.edge)
            .finish()
    }
}
impl Settings {
    /// `TWILIO_ACCOUNT_SID`, `TWILIO_AUTH_TOKEN` or `TWILIO_API_KEY` with `TWILIO_API_SECRET`,
    /// `TWILIO_ACCESS_TOKEN`, `TWILIO_REGION` and `TWILIO_EDGE`, each through `get` (which drops
    /// empty values).
    pub(crate) fn from_vars(get: &dyn Fn(&str) -> Option<String>) -> Self {
        let api_key = match (get("TWILIO_API_KEY"), get("TWILIO_API_SECRET")) {
            (Some(key), Some(secret)) => Some((key, secret)),
            _ => None,
        };
        Self {
            account_sid: get("TWILIO_ACCOUNT_SID"),
            auth_token: get("TWILIO_AUTH_TOKEN"),
            api_key,
            access_token: get("TWILIO_ACCESS_TOKEN"),
            region: get("TWILIO_REGION"),
            edge: get("TWILIO_EDGE"),
        }
    }
}
fn is_sid(value: &str, prefix: &str) -> bool {
    value.len() == 34 && value.starts_with(prefix)
        && value[2..].bytes().all(|b| b.is_ascii_hexdigit())
}
/// The credentials of a built client, and where its requests go.
pub(crate) struct Auth {
    credentials: Option<Credentials>,
    /// The Basic `Authorization` header of the credentials, made once, marked sensitive.
    authorization: Option<reqwest::header::HeaderValue>,
    /// The Bearer `Authorization` header of the access token, likewise.
    bearer: Option<reqwest::header::HeaderValue>,
    /// Empty where only an access token was given.
    account_sid: String,
    region: Option<String>,
    edge: Option<String>,
}
impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Auth")
            .field("account_sid", &self.account_sid)
            .field("credentials", &self.credentials)
            .field("region", &self.region)
            .field("edge", &self.edge)
            .finish()
    }
}
impl Auth {
    /// Checks what the builder was given.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the Account SID is missing or malformed, or when there is neither
    /// an Auth Token nor an API Key with its secret; an access token alone needs neither.
    pub(crate) fn build(settings: Settings) -> Result<Self, Error> {
        let bearer = non_empty(settings.access_token)
            .map(|token| crate::client::bearer_header(&token))
            .transpose()?;
        let account_sid = non_empty(settings.account_sid);
        let auth_token = non_empty(settings.auth_token);
        if bearer.is_some() && account_sid.is_none() && settings.api_key.is_none()
            && auth_token.is_none()
        {
            return Ok(Self {
                credentials: None,
                authorization: None,
                bearer,
                account_sid: String::new(),
                region: non_empty(settings.region),
                edge: non_empty(settings.edge),
            });
        }
        let account_sid = account_sid
            .ok_or_else(|| {
                Error::config(
                    "no Account SID: set TWILIO_ACCOUNT_SID or call `account_sid` (or give only an access token)",
                )
            })?;
        if !is_sid(&account_sid, "AC") {
            return Err(
                Error::config(
                    "the Account SID must be `AC` followed by 32 hexadecimal digits",
                ),
            );
        }
        let credentials = match (settings.api_key, auth_token) {
            (Some((key_sid, secret)), _) => {
                if !is_sid(&key_sid, "SK") {
                    return Err(
                        Error::config(
                            "the API Key SID must be `SK` followed by 32 hexadecimal digits",
                        ),
                    );
                }
                if secret.is_empty() {
                    return Err(Error::config("the API Key secret is empty"));
                }
                Credentials::ApiKey {
                    key_sid,
                    secret,
                }
            }
            (None, Some(auth_token)) => {
                Credentials::AuthToken {
                    account_sid: account_sid.clone(),
                    auth_token,
                }
            }
            (None, None) => {
                return Err(
                    Error::config(
                        "no credentials: set TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and TWILIO_API_SECRET",
                    ),
                );
            }
        };
        let authorization = crate::client::basic_header(
            credentials.username(),
            credentials.password(),
        )?;
        Ok(Self {
            credentials: Some(credentials),
            authorization: Some(authorization),
            bearer,
            account_sid,
            region: non_empty(settings.region),
            edge: non_empty(settings.edge),
        })
    }
    /// Adds the credentials to a request. Most Twilio operations take the account's (Basic);
    /// one that says otherwise names the kinds it takes, alternatives in order (`basic`, or
    /// `token` for an OAuth 2.0 access token), or none for a public one: the first alternative
    /// the client has is sent, else what it has (the API's answer then says what is missing).
    pub(crate) fn apply(
        &self,
        builder: reqwest::RequestBuilder,
        security: Option<&[&[&str]]>,
    ) -> reqwest::RequestBuilder {
        let header = |kind: &str| match kind {
            "basic" => self.authorization.as_ref(),
            "token" => self.bearer.as_ref(),
            _ => None,
        };
        let chosen = match security {
            None => self.authorization.as_ref().or(self.bearer.as_ref()),
            Some(alternatives) => {
                let has = |kinds: &&&[&str]| kinds.iter().all(|k| header(k).is_some());
                match alternatives.iter().find(has) {
                    Some(kinds) => kinds.first().and_then(|k| header(k)),
                    None if alternatives.is_empty() => None,
                    None => self.authorization.as_ref().or(self.bearer.as_ref()),
                }
            }
        };
        match chosen {
            Some(value) => builder.header(reqwest::header::AUTHORIZATION, value.clone()),
            None => builder,
        }
    }
    /// `https://api.twilio.com` with edge `sydney` and region `au1` is
    /// `https://api.sydney.au1.twilio.com`.
    pub(crate) fn server(&self, server: &str) -> String {
        let (region, edge) = (self.region.as_deref(), self.edge.as_deref());
        if region.is_none() && edge.is_none() {
            return server.to_owned();
        }
        let Some((scheme, host)) = server.split_once("://") else {
            return server.to_owned()
        };
        let Some(product) = host.strip_suffix(".twilio.com") else {
            return server.to_owned()
        };
        if product.contains('.') {
            return server.to_owned();
        }
        let region = region.unwrap_or(DEFAULT_REGION);
        match edge {
            Some(edge) => format!("{scheme}://{product}.{edge}.{region}.twilio.com"),
            None => format!("{scheme}://{product}.{region}.twilio.com"),
        }
    }
}
impl<M> ClientBuilder<M> {
    /// The Account SID (`AC…`) that requests act on. Required.
    pub fn account_sid(mut self, account_sid: impl Into<String>) -> Self {
        self.auth.account_sid = Some(account_sid.into());
        self
    }
    /// Authenticate with the account's Auth Token.
    pub fn auth_token(mut self, auth_token: impl Into<String>) -> Self {
        self.auth.auth_token = Some(auth_token.into());
        self
    }
    /// Authenticate with an API Key SID (`SK…`) and its secret. Takes precedence over an Auth
    /// Token.
    pub fn api_key(
        mut self,
        key_sid: impl Into<String>,
        secret: impl Into<String>,
    ) -> Self {
        self.auth.api_key = Some((key_sid.into(), secret.into()));
        self
    }
    /// An OAuth 2.0 access token, sent as `Authorization: Bearer` to the operations whose spec
    /// asks for one (Twilio's Organizations API, say). Given alone, no Account SID is needed,
    /// and operations under an account need [`Client`]'s account selected by its SID.
    pub fn access_token(mut self, token: impl Into<String>) -> Self {
        self.auth.access_token = Some(token.into());
        self
    }
    /// The Twilio region (`au1`, `ie1`, `us1`, …): requests go to
    /// `{product}.{edge}.{region}.twilio.com` (`api.dublin.ie1.twilio.com`, say).
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.auth.region = Some(region.into());
        self
    }
    /// The Twilio edge location (`sydney`, `dublin`, …). Without a region, `us1` is used.
    pub fn edge(mut self, edge: impl Into<String>) -> Self {
        self.auth.edge = Some(edge.into());
        self
    }
}
impl Client {
    /// The Account SID that requests act on unless another account is selected.
    pub fn account_sid(&self) -> &str {
        &self.inner.auth.account_sid
    }
    /// The region, if one is set.
    pub fn region(&self) -> Option<&str> {
        self.inner.auth.region.as_deref()
    }
    /// The edge, if one is set.
    pub fn edge(&self) -> Option<&str> {
        self.inner.auth.edge.as_deref()
    }
}
/// Why a client needs a base URL from its caller, if it does: never, Twilio's hosts are known.
pub(crate) fn needs_base_url() -> Option<String> {
    None
}
/// The test credentials of the mock's client (feature `mock`): an Account SID of zeros and an
/// Auth Token.
#[cfg(feature = "mock")]
pub(crate) fn mock_credentials<M>(builder: ClientBuilder<M>) -> ClientBuilder<M> {
    builder
        .account_sid("AC00000000000000000000000000000000")
        .auth_token("mock-auth-token")
}
/// Whether a request carries the credentials its operation needs, as Twilio checks them: an
/// `Authorization` header, unless the operation is public.
#[cfg(feature = "mock")]
pub(crate) fn mock_presented(
    security: Option<&[&[&str]]>,
    request: &crate::mock::Incoming,
) -> bool {
    let public = security
        .is_some_and(|alternatives| {
            alternatives.is_empty() || alternatives.iter().any(|kinds| kinds.is_empty())
        });
    public || request.header("authorization").is_some_and(|v| !v.trim().is_empty())
}
/// An error body as Twilio writes it.
#[cfg(feature = "mock")]
pub(crate) fn mock_error(status: u16, code: i64, message: &str) -> serde_json::Value {
    serde_json::json!(
        { "code" : code, "message" : message, "more_info" :
        format!("https://www.twilio.com/docs/errors/{code}"), "status" : status, }
    )
}
