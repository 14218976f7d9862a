//! The client: credentials, hosts, timeouts, and sending requests.
use std::fmt;
use std::sync::Arc;
use std::time::Duration;
use serde::de::DeserializeOwned;
use crate::error::{ApiError, Error, TransportError, UndecodableResponse};
/// How long a request may take, unless set otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// How long making a connection may take, unless set otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest response body read, unless set otherwise (10 MiB).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 10 * 1024 * 1024;
/// The region used when only an edge is given, as Twilio's helper libraries do.
const DEFAULT_REGION: &str = "us1";
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
                    .field("auth_token", &"<redacted>")
                    .finish()
            }
            Credentials::ApiKey { key_sid, .. } => {
                f.debug_struct("ApiKey")
                    .field("key_sid", key_sid)
                    .field("secret", &"<redacted>")
                    .finish()
            }
        }
    }
}
/// A Twilio API client. Cheap to clone: clones share one connection pool.
///
/// Build one with [`Client::builder`] or [`Client::from_env`].
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}
struct Inner {
    http: reqwest::Client,
    credentials: Credentials,
    account_sid: String,
    region: Option<String>,
    edge: Option<String>,
    base_url: Option<url::Url>,
    max_response_bytes: usize,
}
impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("account_sid", &self.inner.account_sid)
            .field("credentials", &self.inner.credentials)
            .field("region", &self.inner.region)
            .field("edge", &self.inner.edge)
            .field("base_url", &self.inner.base_url.as_ref().map(url::Url::as_str))
            .finish_non_exhaustive()
    }
}
/// Builds a [`Client`].
#[derive(Clone)]
#[must_use]
pub struct ClientBuilder {
    account_sid: Option<String>,
    auth_token: Option<String>,
    api_key: Option<(String, String)>,
    region: Option<String>,
    edge: Option<String>,
    base_url: Option<String>,
    timeout: Duration,
    connect_timeout: Duration,
    max_response_bytes: usize,
    user_agent_suffix: Option<String>,
}
impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("account_sid", &self.account_sid)
            .field("auth_token", &self.auth_token.as_ref().map(|_| "<redacted>"))
            .field("api_key", &self.api_key.as_ref().map(|(sid, _)| (sid, "<redacted>")))
            .field("region", &self.region)
            .field("edge", &self.edge)
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .finish_non_exhaustive()
    }
}
impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            account_sid: None,
            auth_token: None,
            api_key: None,
            region: None,
            edge: None,
            base_url: None,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            user_agent_suffix: None,
        }
    }
}
fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}
fn is_sid(value: &str, prefix: &str) -> bool {
    value.len() == 34 && value.starts_with(prefix)
        && value[2..].bytes().all(|b| b.is_ascii_hexdigit())
}
impl ClientBuilder {
    /// A builder with nothing set.
    pub fn new() -> Self {
        Self::default()
    }
    /// Reads the same variables as [`Client::from_env`] through `lookup`, so a caller (or a
    /// test) can supply them from anywhere.
    pub fn from_vars(lookup: impl Fn(&str) -> Option<String>) -> Self {
        let get = |name: &str| non_empty(lookup(name));
        let mut builder = Self::new();
        builder.account_sid = get("TWILIO_ACCOUNT_SID");
        builder.auth_token = get("TWILIO_AUTH_TOKEN");
        if let (Some(key), Some(secret)) = (
            get("TWILIO_API_KEY"),
            get("TWILIO_API_SECRET"),
        ) {
            builder.api_key = Some((key, secret));
        }
        builder.region = get("TWILIO_REGION");
        builder.edge = get("TWILIO_EDGE");
        builder.base_url = get("TWILIO_API_BASE_URL");
        builder
    }
    /// The Account SID (`AC…`) that requests act on. Required.
    pub fn account_sid(mut self, account_sid: impl Into<String>) -> Self {
        self.account_sid = Some(account_sid.into());
        self
    }
    /// Authenticate with the account's Auth Token.
    pub fn auth_token(mut self, auth_token: impl Into<String>) -> Self {
        self.auth_token = Some(auth_token.into());
        self
    }
    /// Authenticate with an API Key SID (`SK…`) and its secret. Takes precedence over an Auth
    /// Token.
    pub fn api_key(
        mut self,
        key_sid: impl Into<String>,
        secret: impl Into<String>,
    ) -> Self {
        self.api_key = Some((key_sid.into(), secret.into()));
        self
    }
    /// The Twilio region (`au1`, `ie1`, `us1`, …): requests go to `api.{edge}.{region}.twilio.com`.
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }
    /// The Twilio edge location (`sydney`, `dublin`, …). Without a region, `us1` is used.
    pub fn edge(mut self, edge: impl Into<String>) -> Self {
        self.edge = Some(edge.into());
        self
    }
    /// Sends every request to this base URL instead of Twilio's hosts: for tests, mock servers
    /// and proxies. The operation's path is appended to it.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }
    /// How long a whole request may take (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }
    /// How long making a connection may take (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }
    /// The largest response body the client reads (default 10 MiB); a larger one is an
    /// [`Error::Undecodable`].
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }
    /// Text appended to the User-Agent, to name your application.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }
    /// Builds the client.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the Account SID is missing or malformed, when there is neither an
    /// Auth Token nor an API Key with its secret, or when the base URL is not an absolute URL.
    pub fn build(self) -> Result<Client, Error> {
        let account_sid = non_empty(self.account_sid)
            .ok_or_else(|| Error::config(
                "no Account SID: set TWILIO_ACCOUNT_SID or call `account_sid`",
            ))?;
        if !is_sid(&account_sid, "AC") {
            return Err(
                Error::config(
                    "the Account SID must be `AC` followed by 32 hexadecimal digits",
                ),
            );
        }
        let credentials = match (self.api_key, non_empty(self.auth_token)) {
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
        let base_url = match non_empty(self.base_url) {
            None => None,
            Some(text) => {
                let url = url::Url::parse(&text)
                    .map_err(|e| Error::config(
                        format!("invalid base URL `{text}`: {e}"),
                    ))?;
                if !matches!(url.scheme(), "http" | "https") || url.cannot_be_a_base() {
                    return Err(
                        Error::config(
                            format!("the base URL `{text}` must be an http or https URL"),
                        ),
                    );
                }
                Some(url)
            }
        };
        let mut user_agent = user_agent();
        if let Some(suffix) = self.user_agent_suffix {
            user_agent.push(' ');
            user_agent.push_str(&suffix);
        }
        let http = reqwest::Client::builder()
            .user_agent(user_agent)
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| Error::config(format!("cannot start the HTTP client: {e}")))?;
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                credentials,
                account_sid,
                region: non_empty(self.region),
                edge: non_empty(self.edge),
                base_url,
                max_response_bytes: self.max_response_bytes,
            }),
        })
    }
}
/// `<crate>/<version> (<os> <arch>) Rust`.
pub fn user_agent() -> String {
    format!(
        "{}/{} ({} {}) Rust", env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION"),
        std::env::consts::OS, std::env::consts::ARCH
    )
}
/// The body of a [`Request`].
#[derive(Debug, Clone)]
pub enum Body {
    /// No body.
    Empty,
    /// `application/x-www-form-urlencoded`; repeated keys carry arrays.
    Form(Vec<(&'static str, String)>),
    /// `application/json`.
    Json(serde_json::Value),
}
/// One request, as the generated operations describe it. Build one yourself to call an
/// endpoint this crate does not generate, with the client's credentials, hosts, timeouts and
/// error handling.
#[derive(Debug, Clone)]
pub struct Request {
    /// The HTTP method.
    pub method: reqwest::Method,
    /// The server, such as `https://api.twilio.com` (region, edge and base URL are applied).
    pub server: &'static str,
    /// The path, with its parameters already in it.
    pub path: String,
    /// Query pairs; a repeated key carries a list.
    pub query: Vec<(&'static str, String)>,
    /// Extra headers.
    pub headers: Vec<(&'static str, String)>,
    /// The body.
    pub body: Body,
    /// A status other than 2xx that counts as success (Twilio's 307 with a body), or 0.
    pub success: u16,
}
impl Client {
    /// A builder.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }
    /// A client configured from the environment: `TWILIO_ACCOUNT_SID`, and either
    /// `TWILIO_AUTH_TOKEN` or `TWILIO_API_KEY` with `TWILIO_API_SECRET`; optionally
    /// `TWILIO_REGION`, `TWILIO_EDGE` and `TWILIO_API_BASE_URL`.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when a variable is missing or malformed.
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_vars(|name| std::env::var(name).ok()).build()
    }
    /// The Account SID that requests act on unless another account is selected.
    pub fn account_sid(&self) -> &str {
        &self.inner.account_sid
    }
    /// The region, if one is set.
    pub fn region(&self) -> Option<&str> {
        self.inner.region.as_deref()
    }
    /// The edge, if one is set.
    pub fn edge(&self) -> Option<&str> {
        self.inner.edge.as_deref()
    }
    /// The URL a request for `path` on `server` goes to, after the base-URL override or the
    /// region and edge are applied.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] if the result is not a valid URL.
    pub fn resolve_url(&self, server: &str, path: &str) -> Result<url::Url, Error> {
        let text = match &self.inner.base_url {
            Some(base) => format!("{}{path}", base.as_str().trim_end_matches('/')),
            None => format!("{}{path}", self.regional_server(server)),
        };
        url::Url::parse(&text)
            .map_err(|e| Error::config(format!("invalid request URL `{text}`: {e}")))
    }
    /// `https://api.twilio.com` with edge `sydney` and region `au1` is
    /// `https://api.sydney.au1.twilio.com`.
    fn regional_server(&self, server: &str) -> String {
        let (region, edge) = (self.inner.region.as_deref(), self.inner.edge.as_deref());
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
    /// Sends a request and returns the HTTP status and the body, whatever the status.
    ///
    /// # Errors
    ///
    /// [`Error::Transport`] if the request does not complete, [`Error::Undecodable`] if the body
    /// is larger than the limit, [`Error::Config`] if the URL cannot be built.
    pub async fn send(&self, request: Request) -> Result<(u16, Vec<u8>), Error> {
        let url = self.resolve_url(request.server, &request.path)?;
        let credentials = &self.inner.credentials;
        let mut builder = self
            .inner
            .http
            .request(request.method, url)
            .basic_auth(credentials.username(), Some(credentials.password()))
            .header(reqwest::header::ACCEPT, "application/json");
        if !request.query.is_empty() {
            builder = builder.query(&request.query);
        }
        for (name, value) in &request.headers {
            builder = builder.header(*name, value.as_str());
        }
        builder = match request.body {
            Body::Empty => builder,
            Body::Form(pairs) => builder.form(&pairs),
            Body::Json(value) => {
                builder
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(serde_json::to_vec(&value).unwrap_or_default())
            }
        };
        let mut response = builder
            .send()
            .await
            .map_err(|source| Error::Transport(TransportError { source }))?;
        let status = response.status().as_u16();
        let limit = self.inner.max_response_bytes;
        let mut body = Vec::new();
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|source| Error::Transport(TransportError { source }))?
        {
            if body.len() + chunk.len() > limit {
                body.extend_from_slice(&chunk[..limit.saturating_sub(body.len())]);
                return Err(
                    Error::Undecodable(
                        UndecodableResponse::new(
                            status,
                            &body,
                            format!("the body is larger than the limit of {limit} bytes"),
                        ),
                    ),
                );
            }
            body.extend_from_slice(&chunk);
        }
        Ok((status, body))
    }
    /// Sends a request and decodes a JSON answer.
    ///
    /// # Errors
    ///
    /// As [`Client::send`], plus [`Error::Api`] for Twilio's error body and
    /// [`Error::Undecodable`] for an answer that is not `T`.
    pub async fn call_json<T: DeserializeOwned>(
        &self,
        request: Request,
    ) -> Result<T, Error> {
        let success = request.success;
        let (status, body) = self.send(request).await?;
        if !(200..300).contains(&status) && status != success {
            return Err(error_from(status, &body));
        }
        serde_json::from_slice(&body)
            .map_err(|e| Error::Undecodable(
                UndecodableResponse::new(status, &body, e.to_string()),
            ))
    }
    /// Sends a request whose answer has no body (204).
    ///
    /// # Errors
    ///
    /// As [`Client::send`], plus [`Error::Api`] for Twilio's error body.
    pub async fn call_empty(&self, request: Request) -> Result<(), Error> {
        let (status, body) = self.send(request).await?;
        if !(200..300).contains(&status) {
            return Err(error_from(status, &body));
        }
        Ok(())
    }
}
/// Twilio's error body, or an undecodable response when the body is not one.
fn error_from(status: u16, body: &[u8]) -> Error {
    match serde_json::from_slice::<ApiError>(body) {
        Ok(mut e) if e.code.is_some() || !e.message.is_empty() => {
            e.status = status;
            Error::Api(Box::new(e))
        }
        Ok(_) => {
            Error::Undecodable(
                UndecodableResponse::new(
                    status,
                    body,
                    "an error status without Twilio's error body",
                ),
            )
        }
        Err(e) => {
            Error::Undecodable(
                UndecodableResponse::new(
                    status,
                    body,
                    format!(
                        "an error status with a body that is not Twilio's error JSON: {e}"
                    ),
                ),
            )
        }
    }
}
