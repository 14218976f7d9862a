use crate::InvalidSid;

/// Checks a SID: 34 characters, one of `prefixes` (any two ASCII letters when empty), then 32
/// hexadecimal digits (lower case only unless `upper_hex`).
///
/// # Errors
///
/// The first rule the value breaks.
fn check_sid(value: &str, kind: &'static str, prefixes: &[&str], upper_hex: bool) -> Result<(), InvalidSid> {
    let fail = |rule: String| Err(InvalidSid { kind, rule });
    if value.len() != 34 {
        return fail(format!("must be 34 characters long, found {}", value.chars().count()));
    }
    let (prefix, digits) = value.as_bytes().split_at(2);
    // Every digit is looked at (no early exit), which lets the check run on whole words.
    let hex = digits.iter().fold(true, |ok, &b| ok & (b.is_ascii_digit() | matches!(b, b'a'..=b'f') | (upper_hex & matches!(b, b'A'..=b'F'))));
    // Letters and digits only: nothing that could leave a path segment.
    if !prefix.iter().all(u8::is_ascii_alphanumeric) || (!hex && !digits.iter().all(u8::is_ascii_alphanumeric)) {
        return fail("must be letters and digits only".to_owned());
    }
    if prefixes.is_empty() {
        if !prefix.iter().all(u8::is_ascii_alphabetic) {
            return fail("must start with two letters".to_owned());
        }
    } else if !prefixes.iter().any(|p| p.as_bytes() == prefix) {
        return fail(format!("must start with {}", prefixes.join(" or ")));
    }
    if !hex {
        let which = if upper_hex { "hexadecimal digits" } else { "lower-case hexadecimal digits" };
        return fail(format!("must end with 32 {which}"));
    }
    Ok(())
}

/// Defines a SID type: a checked string of one kind.
macro_rules! sid_type {
    ($(#[$meta:meta])* $name:ident, [$($prefix:literal),*], $upper:literal) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The prefixes this kind of SID starts with (empty: any two letters).
            pub const PREFIXES: &'static [&'static str] = &[$($prefix),*];

            /// Checks `value` and wraps it.
            ///
            /// # Errors
            ///
            /// [`InvalidSid`](crate::InvalidSid) naming the rule the value broke: its length, its
            /// prefix, or its hexadecimal digits.
            pub fn new(value: impl Into<String>) -> Result<Self, crate::InvalidSid> {
                let value = value.into();
                check_sid(&value, stringify!($name), Self::PREFIXES, $upper)?;
                Ok(Self(value))
            }

            /// The SID as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// Wraps a value this crate has already checked.
            #[allow(dead_code)]
            pub(crate) fn from_checked(value: String) -> Self {
                Self(value)
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_tuple(stringify!($name)).field(&self.0).finish()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::InvalidSid;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = crate::InvalidSid;

            fn try_from(s: &str) -> Result<Self, Self::Error> {
                Self::new(s)
            }
        }

        impl TryFrom<String> for $name {
            type Error = crate::InvalidSid;

            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::new(s)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl From<$name> for String {
            fn from(sid: $name) -> String {
                sid.0
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Self::new(value).map_err(serde::de::Error::custom)
            }
        }
    };
}

