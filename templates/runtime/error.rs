//! The one error type of the crate.

use std::fmt;

/// Everything that can go wrong when calling Twilio.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Twilio answered with its error body: a 4xx or 5xx with a Twilio error code.
    #[error("{0}")]
    Api(Box<ApiError>),
    /// An input broke a rule of the API; nothing was sent.
    #[error("{0}")]
    Validation(ValidationError),
    /// The request did not complete: connection, TLS, or a timeout.
    #[error("{0}")]
    Transport(TransportError),
    /// Twilio's answer could not be decoded (an HTML error page from a proxy, truncated JSON, a
    /// body of the wrong shape).
    #[error("{0}")]
    Undecodable(UndecodableResponse),
    /// The client could not be configured: missing or malformed credentials or base URL.
    #[error("{0}")]
    Config(ConfigError),
}

impl Error {
    /// A validation failure: `parameter` (by its name in the API) broke `rule`.
    pub fn validation(parameter: &'static str, rule: impl Into<String>) -> Self {
        Error::Validation(ValidationError { parameter, rule: rule.into() })
    }

    /// A configuration failure.
    pub(crate) fn config(message: impl Into<String>) -> Self {
        Error::Config(ConfigError { message: message.into() })
    }

    /// Whether the request timed out.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Transport(t) if t.is_timeout())
    }

    /// The HTTP status Twilio answered with, if it answered.
    pub fn status(&self) -> Option<u16> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Undecodable(e) => Some(e.status),
            _ => None,
        }
    }

    /// Twilio's error code (`20404`), when Twilio sent one.
    pub fn code(&self) -> Option<u32> {
        match self {
            Error::Api(e) => e.code,
            _ => None,
        }
    }
}

/// Twilio's error body, for example `{"code": 20404, "message": "The requested resource ... was
/// not found", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}`.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[non_exhaustive]
pub struct ApiError {
    /// The HTTP status.
    #[serde(default)]
    pub status: u16,
    /// Twilio's error code; see <https://www.twilio.com/docs/api/errors>.
    #[serde(default)]
    pub code: Option<u32>,
    /// What went wrong.
    #[serde(default)]
    pub message: String,
    /// A link to the error code's documentation.
    #[serde(default)]
    pub more_info: Option<String>,
    /// More about the error, when Twilio gives it.
    #[serde(default)]
    pub details: Option<serde_json::Value>,
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Twilio answered {}", self.status)?;
        if let Some(code) = self.code {
            write!(f, " with error {code}")?;
        }
        if !self.message.is_empty() {
            write!(f, ": {}", self.message)?;
        }
        if let Some(more) = &self.more_info {
            write!(f, " (see {more})")?;
        }
        Ok(())
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
    pub(crate) source: reqwest::Error,
}

impl TransportError {
    /// Whether the request or the connection timed out.
    pub fn is_timeout(&self) -> bool {
        self.source.is_timeout()
    }

    /// Whether the connection could not be made.
    pub fn is_connect(&self) -> bool {
        self.source.is_connect()
    }
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_timeout() {
            write!(f, "the request to Twilio timed out: {}", self.source)
        } else if self.is_connect() {
            write!(f, "could not connect to Twilio: {}", self.source)
        } else {
            write!(f, "the request to Twilio failed: {}", self.source)
        }
    }
}

impl std::error::Error for TransportError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
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
}

impl UndecodableResponse {
    pub(crate) fn new(status: u16, body: &[u8], reason: impl Into<String>) -> Self {
        let text = String::from_utf8_lossy(body);
        let mut end = text.len().min(BODY_EXCERPT_LIMIT);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        Self { status, body: text[..end].to_owned(), reason: reason.into() }
    }
}

impl fmt::Display for UndecodableResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "could not decode Twilio's answer (HTTP {}): {}", self.status, self.reason)
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
        write!(f, "cannot configure the Twilio client: {}", self.message)
    }
}

impl std::error::Error for ConfigError {}

impl From<crate::InvalidSid> for Error {
    fn from(e: crate::InvalidSid) -> Self {
        Error::Validation(ValidationError { parameter: e.kind(), rule: e.rule().to_owned() })
    }
}
