//! The one error type of the crate.
use std::fmt;
/// Everything that can go wrong when calling the API.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The API answered with its error body: a 4xx or 5xx with an error code or message.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// An input broke a rule of the API; nothing was sent.
    #[error("{0}")]
    Validation(ValidationError),
    /// The request did not complete: connection, TLS, or a timeout.
    #[error("{0}")]
    Transport(TransportError),
    /// The API's answer could not be decoded (an HTML error page from a proxy, truncated JSON, a
    /// body of the wrong shape).
    #[error("{0}")]
    Undecodable(Box<UndecodableResponse>),
    /// The client could not be configured: missing or malformed credentials or base URL.
    #[error("{0}")]
    Config(ConfigError),
}
impl Error {
    /// A validation failure: `parameter` (by its name in the API) broke `rule`.
    pub fn validation(parameter: &'static str, rule: impl Into<String>) -> Self {
        Error::Validation(ValidationError {
            parameter,
            rule: rule.into(),
        })
    }
    /// A configuration failure.
    pub(crate) fn config(message: impl Into<String>) -> Self {
        Error::Config(ConfigError {
            message: message.into(),
        })
    }
    /// Whether the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(t) if t.is_timeout())
    }
    /// The HTTP status the API answered with, if it answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Undecodable(e) => Some(e.status),
            _ => None,
        }
    }
    /// The request that failed: its method, its URL (never with credentials) and, once the API
    /// answered, the request id to quote to its support. `None` for errors raised
    /// before anything was sent (validation, configuration).
    pub fn request(&self) -> Option<&RequestInfo> {
        match self {
            Error::Api(e) => Some(&e.request),
            Error::Undecodable(e) => Some(&e.request),
            Error::Transport(e) => Some(&e.request),
            _ => None,
        }
    }
    /// The request id of the answer, when the API answered with one.
    pub fn request_id(&self) -> Option<&str> {
        self.request().and_then(|r| r.request_id.as_deref())
    }
    /// Whether the API accepted and carried out the request although its answer could not be
    /// read (a 2xx with a body that is not the resource): a `create` that did create. Do not
    /// simply send such a request again.
    pub fn succeeded(&self) -> bool {
        matches!(self, Error::Undecodable(e) if e.succeeded())
    }
    /// The API's error code (Twilio's `20404`), when it sent one.
    pub fn code(&self) -> Option<u32> {
        match self {
            Error::Api(e) => e.code,
            _ => None,
        }
    }
}
/// Which request an error belongs to: enough to find it in logs and in the API's console.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestInfo {
    /// The HTTP method (`POST`).
    pub method: String,
    /// The URL, without credentials or fragment.
    pub url: String,
    /// The request id header of the answer (Twilio's `RQ…`), when there was one.
    pub request_id: Option<String>,
}
impl RequestInfo {
    /// Describes a request to `url` with `method`; any user name or password in the URL is
    /// left out.
    pub fn new(method: &str, url: &url::Url) -> Self {
        let url = if url.username().is_empty() && url.password().is_none()
            && url.fragment().is_none()
        {
            url.as_str().to_owned()
        } else {
            let mut url = url.clone();
            let _ = url.set_username("");
            let _ = url.set_password(None);
            url.set_fragment(None);
            url.into()
        };
        Self {
            method: method.to_owned(),
            url,
            request_id: None,
        }
    }
}
impl fmt::Display for RequestInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.url)?;
        if let Some(id) = &self.request_id {
            write!(f, ", request {id}")?;
        }
        Ok(())
    }
}
/// The API's error body, in Twilio's form, for example `{"code": 20404, "message": "The requested resource ... was
/// not found", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    #[serde(default)]
    pub status: u16,
    /// The error code (Twilio's: see <https://www.twilio.com/docs/api/errors>).
    #[serde(default)]
    pub code: Option<u32>,
    /// What went wrong.
    #[serde(default)]
    pub message: String,
    /// A link to the error code's documentation.
    #[serde(default)]
    pub more_info: Option<String>,
    /// More about the error, when the API gives it.
    #[serde(default)]
    pub details: Option<serde_json::Value>,
    /// The request the API refused.
    #[serde(skip)]
    pub request: RequestInfo,
}
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} answered {}", crate ::auth::VENDOR, self.status)?;
        if let Some(code) = self.code {
            write!(f, " with error {code}")?;
        }
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        if let Some(more) = &self.more_info {
            write!(f, " (see {more})")?;
        }
        write!(f, " [{}]", self.request)
    }
}
impl std::error::Error for ApiError {}
/// An input that broke a rule of the API. The request was not sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidationError {
    /// The parameter, by its name in the API (`Callback`).
    pub parameter: &'static str,
    /// The rule it broke.
    pub rule: String,
}
impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid `{}`: {}; nothing was sent", self.parameter, self.rule)
    }
}
impl std::error::Error for ValidationError {}
/// A request that did not complete.
#[derive(Debug)]
pub struct TransportError {
    pub(crate) source: Cause,
    /// The request that did not complete.
    pub request: RequestInfo,
}
/// Why a request did not complete: the HTTP client's error, or (feature `middleware`) a
/// middleware's.
#[derive(Debug)]
pub(crate) enum Cause {
    Http(reqwest::Error),
    #[allow(dead_code, reason = "only the `middleware` feature's client makes one")]
    Middleware(Box<dyn std::error::Error + Send + Sync>),
}
impl From<reqwest::Error> for Cause {
    fn from(e: reqwest::Error) -> Self {
        Cause::Http(e)
    }
}
impl Cause {
    fn as_error(&self) -> &(dyn std::error::Error + 'static) {
        match self {
            Cause::Http(e) => e,
            Cause::Middleware(e) => e.as_ref(),
        }
    }
}
impl TransportError {
    /// Whether the request or the connection timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(& self.source, Cause::Http(e) if e.is_timeout())
    }
    /// Whether the connection could not be made.
    pub fn is_connect(&self) -> bool {
        matches!(& self.source, Cause::Http(e) if e.is_connect())
    }
}
impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let source = self.source.as_error().to_string();
        let source = source.split(" for url (").next().unwrap_or(&source);
        if self.is_timeout() {
            write!(
                f, "the request to {} timed out ({}): {source}", crate ::auth::VENDOR,
                self.request
            )
        } else if self.is_connect() {
            write!(
                f, "could not connect to {} ({}): {source}", crate ::auth::VENDOR, self
                .request
            )
        } else {
            write!(
                f, "the request to {} failed ({}): {source}", crate ::auth::VENDOR, self
                .request
            )
        }
    }
}
impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.source.as_error())
    }
}
/// How much of an undecodable body is kept.
pub const BODY_EXCERPT_LIMIT: usize = 1024;
/// An answer that could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndecodableResponse {
    /// The HTTP status.
    pub status: u16,
    /// The start of the body: at most [`BODY_EXCERPT_LIMIT`] bytes, cut at a character boundary.
    pub body: String,
    /// Why it could not be decoded.
    pub reason: String,
    /// The request this answered.
    pub request: RequestInfo,
}
impl UndecodableResponse {
    pub(crate) fn new(status: u16, body: &[u8], reason: impl Into<String>) -> Self {
        let text = String::from_utf8_lossy(body);
        let mut end = text.len().min(BODY_EXCERPT_LIMIT);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        Self {
            status,
            body: text[..end].to_owned(),
            reason: reason.into(),
            request: RequestInfo::default(),
        }
    }
    /// Whether the status was a success: the API carried the request out, only its answer could
    /// not be read.
    pub fn succeeded(&self) -> bool {
        (200..300).contains(&self.status)
    }
}
impl fmt::Display for UndecodableResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.succeeded() {
            write!(
                f,
                "{} carried out the request (HTTP {}, {}) but its answer could not be read: {}",
                crate ::auth::VENDOR, self.status, self.request, self.reason
            )
        } else {
            write!(
                f, "could not decode the answer of {} (HTTP {}, {}): {}", crate
                ::auth::VENDOR, self.status, self.request, self.reason
            )
        }
    }
}
impl std::error::Error for UndecodableResponse {}
/// The client could not be configured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// What is missing or wrong.
    pub message: String,
}
impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f, "cannot configure the {} client: {}", crate ::auth::VENDOR, self.message
        )
    }
}
impl std::error::Error for ConfigError {}
impl From<crate::InvalidSid> for Error {
    fn from(e: crate::InvalidSid) -> Self {
        Error::Validation(ValidationError {
            parameter: e.kind(),
            rule: e.rule().to_owned(),
        })
    }
}
