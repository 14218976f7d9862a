//! Runtime support shared by the generated code: SID checks, URL checks, date formats, and the
//! type that keeps enum values the spec did not list.
use std::fmt;
/// Why a string is not a valid SID of some kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidSid {
    pub(crate) kind: &'static str,
    pub(crate) rule: String,
}
impl InvalidSid {
    /// The SID type that rejected the value (`CallSid`).
    pub fn kind(&self) -> &'static str {
        self.kind
    }
    /// The rule the value broke.
    pub fn rule(&self) -> &str {
        &self.rule
    }
}
impl fmt::Display for InvalidSid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "not a valid {}: {}", self.kind, self.rule)
    }
}
impl std::error::Error for InvalidSid {}
/// Stands for a secret in `Debug` output, as the text `"<redacted>"`.
pub(crate) struct Redacted;
impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt("<redacted>", f)
    }
}
/// A URL input (`format: uri`), kept exactly as the caller wrote it: `https://example.com`
/// goes out as `https://example.com`, not with the slash that URL parsing adds. It is checked
/// before sending (an absolute `http` or `https` URL with a valid host name, no underscore in
/// it, as Twilio requires); a URL that breaks a rule is an
/// [`Error::Validation`](crate::Error::Validation) naming the parameter, and nothing is sent.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Uri(String);
impl Uri {
    /// The URL as it will be sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// Checks the URL against the rules of a URL the API calls: absolute `http` or `https`, a
    /// valid host name with no underscore.
    ///
    /// # Errors
    ///
    /// The rule it breaks.
    pub fn check(&self) -> Result<(), &'static str> {
        if let Some(result) = self.check_plain() {
            return result;
        }
        let url = url::Url::parse(&self.0).map_err(|_| "must be an absolute URL")?;
        crate::formats::check_callback_url(&url)
    }
    /// The common case, a plain ASCII `http[s]://name[:port][/…]`, checked without parsing
    /// the whole URL (it is checked on every request); `None` for anything else (user info,
    /// an IP address, escapes, spaces, another scheme), which the URL parser checks.
    fn check_plain(&self) -> Option<Result<(), &'static str>> {
        let text = self.0.as_str();
        let rest = text
            .strip_prefix("https://")
            .or_else(|| text.strip_prefix("http://"))?;
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(end);
        let plain = |b: u8| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b':')
        };
        if authority.is_empty() || !authority.bytes().all(plain)
            || !tail.bytes().all(|b| b.is_ascii_graphic() && b != b'%' && b != b'\\')
        {
            return None;
        }
        let (host, port) = match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        };
        if port.is_some_and(|p| p.parse::<u16>().is_err())
            || host.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        {
            return None;
        }
        Some(crate::formats::check_domain(host))
    }
}
impl fmt::Debug for Uri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}
impl fmt::Display for Uri {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
impl From<&str> for Uri {
    fn from(text: &str) -> Self {
        Uri(text.to_owned())
    }
}
impl From<String> for Uri {
    fn from(text: String) -> Self {
        Uri(text)
    }
}
impl From<&String> for Uri {
    fn from(text: &String) -> Self {
        Uri(text.clone())
    }
}
/// A parsed URL goes out as `url` writes it (with the path's `/`).
impl From<url::Url> for Uri {
    fn from(url: url::Url) -> Self {
        Uri(url.into())
    }
}
impl From<&url::Url> for Uri {
    fn from(url: &url::Url) -> Self {
        Uri(url.as_str().to_owned())
    }
}
impl std::str::FromStr for Uri {
    type Err = std::convert::Infallible;
    /// Keeps the text; [`Uri::check`] tells whether the API accepts it.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(Uri(text.to_owned()))
    }
}
impl serde::Serialize for Uri {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}
/// An enum value that the spec did not list, as the API sent it. Only decoding makes one, so a
/// request can only carry the values the spec lists.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnknownValue(pub(crate) String);
impl UnknownValue {
    /// The value as the API sent it.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
/// A string that is not one of an enum's listed values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidEnumValue {
    pub(crate) kind: &'static str,
    pub(crate) allowed: &'static [&'static str],
}
impl fmt::Display for InvalidEnumValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f, "not a valid {}: must be one of {}", self.kind, self.allowed.join(", ")
        )
    }
}
impl std::error::Error for InvalidEnumValue {}
/// A parameter's value where the spec allows several kinds (`oneOf: [integer, string]`: a
/// workflow's id or its file name): made from a number, a boolean or text
/// (`client.workflow(42)`, `client.workflow("ci.yml")`), and sent as its text.
#[derive(Clone, Debug, PartialEq)]
pub enum Scalar {
    /// A whole number.
    Integer(i64),
    /// A number.
    Number(f64),
    /// A boolean.
    Boolean(bool),
    /// Text.
    Text(String),
}
impl fmt::Display for Scalar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Scalar::Integer(n) => write!(f, "{n}"),
            Scalar::Number(n) => write!(f, "{n}"),
            Scalar::Boolean(b) => write!(f, "{b}"),
            Scalar::Text(t) => f.write_str(t),
        }
    }
}
impl std::str::FromStr for Scalar {
    type Err = std::convert::Infallible;
    /// Text as it is: on the wire, every kind is its text.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Ok(Scalar::Text(text.to_owned()))
    }
}
impl From<i64> for Scalar {
    fn from(n: i64) -> Self {
        Scalar::Integer(n)
    }
}
impl From<i32> for Scalar {
    fn from(n: i32) -> Self {
        Scalar::Integer(n.into())
    }
}
impl From<u32> for Scalar {
    fn from(n: u32) -> Self {
        Scalar::Integer(n.into())
    }
}
impl From<f64> for Scalar {
    fn from(n: f64) -> Self {
        Scalar::Number(n)
    }
}
impl From<bool> for Scalar {
    fn from(b: bool) -> Self {
        Scalar::Boolean(b)
    }
}
impl From<&str> for Scalar {
    fn from(text: &str) -> Self {
        Scalar::Text(text.to_owned())
    }
}
impl From<String> for Scalar {
    fn from(text: String) -> Self {
        Scalar::Text(text)
    }
}
impl From<&String> for Scalar {
    fn from(text: &String) -> Self {
        Scalar::Text(text.clone())
    }
}
