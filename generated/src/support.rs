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
/// An enum value that the spec did not list, as Twilio sent it. Only decoding makes one, so a
/// request can only carry the values the spec lists.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UnknownValue(pub(crate) String);
impl UnknownValue {
    /// The value as Twilio sent it.
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
