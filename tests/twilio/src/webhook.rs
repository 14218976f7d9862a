//! Receiving what Twilio sends to your application: the Voice SDK's call messages as typed
//! events, and the `X-Twilio-Signature` check that shows Twilio sent them.
//!
//! Twilio signs each request with HMAC-SHA1, keyed with your Auth Token, over the full URL
//! followed by each POST parameter's name and value, sorted by name; the result is base64 in the
//! `X-Twilio-Signature` header. When the body is JSON, the URL carries a `bodySHA256` query
//! parameter (the hex SHA-256 of the body) and no parameters are appended.
use std::fmt;
use hmac::{KeyInit, Mac};
use subtle::ConstantTimeEq;
/// The header Twilio puts its signature in.
pub const SIGNATURE_HEADER: &str = "X-Twilio-Signature";
/// A message the Voice SDK sent during a call, as Twilio delivers it to the `Callback` of a
/// user-defined message subscription.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UserDefinedMessageEvent {
    /// `ContentType`: the type of `content`, `application/json`.
    pub content_type: String,
    /// `Content`: the SDK's message, as JSON text.
    pub content: String,
    /// `SequenceNumber`: the message's place in the call's sequence.
    pub sequence_number: u64,
    /// `CallSid`: the call the message belongs to.
    pub call_sid: crate::WebhookCallSid,
    /// `Timestamp`: when the message was sent (RFC 2822).
    pub timestamp: time::OffsetDateTime,
    /// `AccountSid`: the account the call belongs to.
    pub account_sid: crate::WebhookAccountSid,
    /// `Sid`: the SDK's event SID (`KX…`).
    pub sid: crate::WebhookEventSid,
}
/// Why a request could not be read as a [`UserDefinedMessageEvent`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookError {
    /// The field, by Twilio's name (`SequenceNumber`), or `body`.
    pub field: &'static str,
    /// What is wrong with it.
    pub reason: String,
}
impl fmt::Display for WebhookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid `{}`: {}", self.field, self.reason)
    }
}
impl std::error::Error for WebhookError {}
fn missing(field: &'static str) -> WebhookError {
    WebhookError {
        field,
        reason: "missing".to_owned(),
    }
}
fn invalid(field: &'static str, reason: impl fmt::Display) -> WebhookError {
    WebhookError {
        field,
        reason: reason.to_string(),
    }
}
impl UserDefinedMessageEvent {
    /// Reads an event from a form body or a query string (`ContentType=…&Content=…`).
    ///
    /// # Errors
    ///
    /// [`WebhookError`] naming the first field that is missing or malformed.
    pub fn from_form(form: &str) -> Result<Self, WebhookError> {
        let form = form.strip_prefix('?').unwrap_or(form);
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(form.as_bytes())
            .into_owned()
            .collect();
        Self::from_fields(|name| {
            pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
        })
    }
    /// Reads an event from a JSON object with the same field names.
    ///
    /// # Errors
    ///
    /// [`WebhookError`] if the body is not a JSON object, or naming the first field that is
    /// missing or malformed.
    pub fn from_json(body: &[u8]) -> Result<Self, WebhookError> {
        let value: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(
                body,
            )
            .map_err(|e| invalid("body", format!("not a JSON object: {e}")))?;
        Self::from_fields(|name| match value.get(name) {
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(serde_json::Value::Null) | None => None,
            Some(other) => Some(other.to_string()),
        })
    }
    fn from_fields(get: impl Fn(&str) -> Option<String>) -> Result<Self, WebhookError> {
        let field = |name: &'static str| get(name).ok_or_else(|| missing(name));
        let content_type = field("ContentType")?;
        let content = field("Content")?;
        let sequence_number = field("SequenceNumber")?;
        let sequence_number = sequence_number
            .trim()
            .parse()
            .map_err(|e| invalid(
                "SequenceNumber",
                format!("`{sequence_number}` is not a whole number: {e}"),
            ))?;
        let call_sid = field("CallSid")?.parse().map_err(|e| invalid("CallSid", e))?;
        let timestamp = field("Timestamp")?;
        let timestamp = crate::formats::parse_rfc2822(&timestamp)
            .map_err(|e| invalid(
                "Timestamp",
                format!("`{timestamp}` is not an RFC 2822 date: {e}"),
            ))?;
        let account_sid = field("AccountSid")?
            .parse()
            .map_err(|e| invalid("AccountSid", e))?;
        let sid = field("Sid")?.parse().map_err(|e| invalid("Sid", e))?;
        Ok(Self {
            content_type,
            content,
            sequence_number,
            call_sid,
            timestamp,
            account_sid,
            sid,
        })
    }
    /// Parses `content` (the SDK's JSON message) into your own type.
    ///
    /// # Errors
    ///
    /// When `content` is not JSON of that shape.
    pub fn content_as<T: serde::de::DeserializeOwned>(
        &self,
    ) -> Result<T, serde_json::Error> {
        serde_json::from_str(&self.content)
    }
}
/// Checks `X-Twilio-Signature` headers with your Auth Token. `Debug` does not show the token.
#[derive(Clone)]
pub struct RequestValidator {
    auth_token: String,
}
impl fmt::Debug for RequestValidator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestValidator").field("auth_token", &"<redacted>").finish()
    }
}
type HmacSha1 = hmac::Hmac<sha1::Sha1>;
impl RequestValidator {
    /// A validator for requests signed with `auth_token`.
    pub fn new(auth_token: impl Into<String>) -> Self {
        Self {
            auth_token: auth_token.into(),
        }
    }
    /// Computes the signature Twilio sends for `url` and form `params`.
    pub fn sign(&self, url: &str, params: &[(&str, &str)]) -> String {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD
            .encode(self.mac(url, params).finalize().into_bytes())
    }
    fn mac(&self, url: &str, params: &[(&str, &str)]) -> HmacSha1 {
        let mut sorted: Vec<&(&str, &str)> = params.iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(b.0).then(a.1.cmp(b.1)));
        let mut mac = match HmacSha1::new_from_slice(self.auth_token.as_bytes()) {
            Ok(mac) => mac,
            Err(_) => HmacSha1::new(&Default::default()),
        };
        mac.update(url.as_bytes());
        for (name, value) in sorted {
            mac.update(name.as_bytes());
            mac.update(value.as_bytes());
        }
        mac
    }
    /// Whether `signature` is Twilio's signature of a form request to `url` with `params`.
    /// The URL is tried as given, without its port, and with its scheme's default port added
    /// where it has none, as Twilio's libraries do. Runs in
    /// constant time for a given input length; malformed input is `false`.
    pub fn validate(&self, url: &str, params: &[(&str, &str)], signature: &str) -> bool {
        use base64::Engine;
        let Ok(expected) = base64::engine::general_purpose::STANDARD
            .decode(signature.trim()) else {
            return false;
        };
        let mut ok = false;
        for candidate in url_variants(url) {
            ok |= self.mac(&candidate, params).verify_slice(&expected).is_ok();
        }
        ok
    }
    /// Whether `signature` is Twilio's signature of a request with a JSON `body` to `url`, whose
    /// `bodySHA256` query parameter must be the hex SHA-256 of `body`.
    pub fn validate_body(&self, url: &str, body: &[u8], signature: &str) -> bool {
        let Some(claimed) = query_value(url, "bodySHA256") else {
            return false;
        };
        let actual = hex(&<sha2::Sha256 as sha2::Digest>::digest(body));
        let hash_ok: bool = actual
            .as_bytes()
            .ct_eq(claimed.to_ascii_lowercase().as_bytes())
            .into();
        let signature_ok = self.validate(url, &[], signature);
        hash_ok & signature_ok
    }
}
fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}
fn query_value(url: &str, name: &str) -> Option<String> {
    let query = url.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or(query);
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
}
/// `url` as given, and as Twilio's libraries also try it: without its port (whatever the
/// port: a proxy or load balancer in front of the handler may add one that Twilio did not
/// sign), or with its scheme's default port when it has none.
fn url_variants(url: &str) -> Vec<String> {
    let mut out = vec![url.to_owned()];
    let Some((scheme, rest)) = url.split_once("://") else { return out };
    let default_port = match scheme.to_ascii_lowercase().as_str() {
        "https" => "443",
        "http" => "80",
        _ => return out,
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(end);
    let host_start = authority.rfind('@').map_or(0, |i| i + 1);
    let host_port = &authority[host_start..];
    let port_sep = if host_port.starts_with('[') {
        host_port.find("]:").map(|i| i + 1)
    } else {
        host_port.rfind(':')
    };
    let variant = match port_sep {
        Some(i) => {
            format!("{scheme}://{}{}{tail}", & authority[..host_start], & host_port[..i])
        }
        None => format!("{scheme}://{authority}:{default_port}{tail}"),
    };
    out.push(variant);
    out
}
