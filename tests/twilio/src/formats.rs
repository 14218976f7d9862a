//! Wire formats: the date and date-time forms APIs use (Twilio's RFC 2822 among them), as functions and as serde helpers
//! (`#[serde(with = "<this crate>::formats::rfc2822")]`) for your own types, such as
//! webhook payloads.
use time::OffsetDateTime;
use time::format_description::well_known::{Rfc2822, Rfc3339};
/// A `format: date-time` input, sent as the caller gave it: a calendar date goes out as
/// `YYYY-MM-DD` (the form Twilio documents for its date filters, such as `StartTime`), or a
/// date-time in UTC as `YYYY-MM-DDTHH:MM:SSZ` (as Twilio's helper libraries write it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateOrDateTime {
    /// A calendar date.
    Date(time::Date),
    /// An instant.
    DateTime(OffsetDateTime),
}
impl From<time::Date> for DateOrDateTime {
    fn from(date: time::Date) -> Self {
        DateOrDateTime::Date(date)
    }
}
impl From<OffsetDateTime> for DateOrDateTime {
    fn from(value: OffsetDateTime) -> Self {
        DateOrDateTime::DateTime(value)
    }
}
impl std::fmt::Display for DateOrDateTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateOrDateTime::Date(date) => f.write_str(&format_date(date)),
            DateOrDateTime::DateTime(value) => {
                let utc = value.to_offset(time::UtcOffset::UTC);
                write!(
                    f, "{}T{:02}:{:02}:{:02}Z", format_date(& utc.date()), utc.hour(),
                    utc.minute(), utc.second()
                )
            }
        }
    }
}
impl std::str::FromStr for DateOrDateTime {
    type Err = time::error::Parse;
    /// `YYYY-MM-DD`, or an RFC 3339 date-time.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match parse_date(text) {
            Some(date) => Ok(DateOrDateTime::Date(date)),
            None => {
                OffsetDateTime::parse(text.trim(), &Rfc3339)
                    .map(DateOrDateTime::DateTime)
            }
        }
    }
}
/// Percent-encodes one path segment, so that no value can add a segment, a query or a
/// fragment: only ASCII letters, digits, `-`, `_` and `~` are left as they are.
pub fn path_segment(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
/// Formats a date-time as RFC 2822, as Twilio's APIs write them (`Wed, 18 Dec 2019 20:02:01 +0000`).
pub fn format_rfc2822(value: &OffsetDateTime) -> String {
    value.format(&Rfc2822).unwrap_or_default()
}
/// Formats a date-time as RFC 3339.
pub fn format_rfc3339(value: &OffsetDateTime) -> String {
    value.format(&Rfc3339).unwrap_or_default()
}
/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(value: &time::Date) -> String {
    format!("{:04}-{:02}-{:02}", value.year(), u8::from(value.month()), value.day())
}
/// Parses an RFC 2822 date-time, one-digit days included (`Fri, 2 Dec 2022 22:02:49 +0000`).
///
/// # Errors
///
/// When `text` is not an RFC 2822 date-time.
pub fn parse_rfc2822(text: &str) -> Result<OffsetDateTime, time::error::Parse> {
    let text = text.trim();
    match OffsetDateTime::parse(text, &Rfc2822) {
        Ok(v) => Ok(v),
        Err(first) => {
            let padded = match text.split_once(", ") {
                Some((weekday, rest)) if rest.as_bytes().get(1) == Some(&b' ') => {
                    format!("{weekday}, 0{rest}")
                }
                None if text.as_bytes().get(1) == Some(&b' ') => format!("0{text}"),
                _ => return Err(first),
            };
            OffsetDateTime::parse(&padded, &Rfc2822).map_err(|_| first)
        }
    }
}
/// Parses a calendar date `YYYY-MM-DD`; `None` if `text` is not one.
pub fn parse_date(text: &str) -> Option<time::Date> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    time::Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()
}
/// Serde for RFC 2822 date-times: `#[serde(with = "...::formats::rfc2822")]`.
pub mod rfc2822 {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::OffsetDateTime;
    /// Writes RFC 2822.
    pub fn serialize<S: Serializer>(
        value: &OffsetDateTime,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::format_rfc2822(value))
    }
    /// Reads RFC 2822.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<OffsetDateTime, D::Error> {
        let text = String::deserialize(d)?;
        super::parse_rfc2822(&text)
            .map_err(|e| serde::de::Error::custom(
                format!("invalid RFC 2822 date `{text}`: {e}"),
            ))
    }
    /// The same for optional fields; `null` is `None`.
    pub mod option {
        use serde::{Deserialize, Deserializer, Serializer};
        use time::OffsetDateTime;
        /// Writes RFC 2822 or `null`.
        pub fn serialize<S: Serializer>(
            value: &Option<OffsetDateTime>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match value {
                Some(v) => super::serialize(v, s),
                None => s.serialize_none(),
            }
        }
        /// Reads RFC 2822 or `null`.
        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<OffsetDateTime>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(text) => {
                    crate::formats::parse_rfc2822(&text)
                        .map(Some)
                        .map_err(|e| serde::de::Error::custom(
                            format!("invalid RFC 2822 date `{text}`: {e}"),
                        ))
                }
            }
        }
    }
}
/// Serde for RFC 3339 date-times.
pub mod rfc3339 {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::OffsetDateTime;
    use time::format_description::well_known::Rfc3339;
    /// Writes RFC 3339.
    pub fn serialize<S: Serializer>(
        value: &OffsetDateTime,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::format_rfc3339(value))
    }
    /// Reads RFC 3339.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<OffsetDateTime, D::Error> {
        let text = String::deserialize(d)?;
        OffsetDateTime::parse(&text, &Rfc3339)
            .map_err(|e| serde::de::Error::custom(
                format!("invalid RFC 3339 date-time `{text}`: {e}"),
            ))
    }
    /// The same for optional fields; `null` is `None`.
    pub mod option {
        use serde::{Deserialize, Deserializer, Serializer};
        use time::OffsetDateTime;
        use time::format_description::well_known::Rfc3339;
        /// Writes RFC 3339 or `null`.
        pub fn serialize<S: Serializer>(
            value: &Option<OffsetDateTime>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match value {
                Some(v) => super::serialize(v, s),
                None => s.serialize_none(),
            }
        }
        /// Reads RFC 3339 or `null`.
        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<OffsetDateTime>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(text) => {
                    OffsetDateTime::parse(&text, &Rfc3339)
                        .map(Some)
                        .map_err(|e| serde::de::Error::custom(
                            format!("invalid RFC 3339 date-time `{text}`: {e}"),
                        ))
                }
            }
        }
    }
}
/// Serde for calendar dates, `YYYY-MM-DD`.
pub mod date {
    use serde::{Deserialize, Deserializer, Serializer};
    /// Writes `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(
        value: &time::Date,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::format_date(value))
    }
    /// Reads `YYYY-MM-DD`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<time::Date, D::Error> {
        let text = String::deserialize(d)?;
        super::parse_date(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("invalid date `{text}`")))
    }
    /// The same for optional fields; `null` is `None`.
    pub mod option {
        use serde::{Deserialize, Deserializer, Serializer};
        /// Writes `YYYY-MM-DD` or `null`.
        pub fn serialize<S: Serializer>(
            value: &Option<time::Date>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match value {
                Some(v) => super::serialize(v, s),
                None => s.serialize_none(),
            }
        }
        /// Reads `YYYY-MM-DD` or `null`.
        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<time::Date>, D::Error> {
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(text) => {
                    crate::formats::parse_date(&text)
                        .map(Some)
                        .ok_or_else(|| serde::de::Error::custom(
                            format!("invalid date `{text}`"),
                        ))
                }
            }
        }
    }
}
/// Checks a URL that the API will call or fetch: absolute `http` or `https`, with a valid host
/// name that has no underscore (Twilio rejects those).
///
/// # Errors
///
/// The rule the URL breaks.
pub fn check_callback_url(url: &url::Url) -> Result<(), &'static str> {
    if !matches!(url.scheme(), "http" | "https") {
        return Err("must be an http or https URL");
    }
    match url.host() {
        None => Err("must have a host name"),
        Some(url::Host::Domain(domain)) => check_domain(domain),
        Some(_) => Ok(()),
    }
}
/// Checks a host name as Twilio requires it (a rule that suits any host): no underscore, labels of letters, digits and
/// inner hyphens, 63 characters at most each, 253 in all.
pub(crate) fn check_domain(domain: &str) -> Result<(), &'static str> {
    if domain.contains('_') {
        return Err("must not have an underscore in its host name");
    }
    let labels_ok = domain
        .trim_end_matches('.')
        .split('.')
        .all(|label| {
            !label.is_empty() && label.len() <= 63 && !label.starts_with('-')
                && !label.ends_with('-')
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        });
    if !labels_ok || domain.len() > 253 {
        return Err("must have a valid host name");
    }
    Ok(())
}
/// The rules an input is checked against before a request is sent. Each takes the input's
/// values (an `&Option`, a `&Vec`, or `[&value]` for a required one) and names the input as the
/// API does in the [`Error::Validation`](crate::Error::Validation) it returns; the generated
/// `validate` methods call them, one line per rule.
pub mod check {
    use crate::Error;
    /// An enum of the spec, which can hold a value the spec does not list (decoded from an
    /// answer, then sent back).
    pub trait Listed {
        /// The value, if the spec does not list it.
        fn unlisted(&self) -> Option<&str>;
    }
    /// Each value must be one the spec lists.
    ///
    /// # Errors
    ///
    /// The first value the spec does not list.
    pub fn listed<'a, T: Listed + 'a>(
        input: &'static str,
        values: impl IntoIterator<Item = &'a T>,
    ) -> Result<(), Error> {
        match values.into_iter().find_map(Listed::unlisted) {
            Some(value) => {
                Err(
                    Error::validation(
                        input,
                        format!("`{value}` is not one of the listed values"),
                    ),
                )
            }
            None => Ok(()),
        }
    }
    /// Each URL must be one the API can call (see [`Uri::check`](crate::Uri::check)).
    ///
    /// # Errors
    ///
    /// The rule the first bad URL breaks.
    pub fn urls<'a>(
        input: &'static str,
        values: impl IntoIterator<Item = &'a crate::Uri>,
    ) -> Result<(), Error> {
        values
            .into_iter()
            .try_for_each(|url| {
                url.check().map_err(|rule| Error::validation(input, rule))
            })
    }
    /// Each value must be at least `min`.
    ///
    /// # Errors
    ///
    /// The first value below `min`.
    pub fn at_least<'a, N: PartialOrd + std::fmt::Display + 'a>(
        input: &'static str,
        values: impl IntoIterator<Item = &'a N>,
        min: N,
    ) -> Result<(), Error> {
        match values.into_iter().find(|v| **v < min) {
            Some(v) => {
                Err(
                    Error::validation(
                        input,
                        format!("must be at least {min}, found {v}"),
                    ),
                )
            }
            None => Ok(()),
        }
    }
    /// Each value must be at most `max`.
    ///
    /// # Errors
    ///
    /// The first value above `max`.
    pub fn at_most<'a, N: PartialOrd + std::fmt::Display + 'a>(
        input: &'static str,
        values: impl IntoIterator<Item = &'a N>,
        max: N,
    ) -> Result<(), Error> {
        match values.into_iter().find(|v| **v > max) {
            Some(v) => {
                Err(
                    Error::validation(input, format!("must be at most {max}, found {v}")),
                )
            }
            None => Ok(()),
        }
    }
}
/// Which variant of a union an answer is: the one whose tags hold the value of its `tag` member,
/// or else the one whose fields (`variants[i].1`) the answer has most of, the first on a tie;
/// `None` for an answer that is not an object or has none of their fields.
pub fn pick_variant(
    value: &serde_json::Value,
    tag: Option<&str>,
    variants: &[(&[&str], &[&str])],
) -> Option<usize> {
    let object = value.as_object()?;
    if let Some(name) = tag
        .and_then(|t| object.get(t))
        .and_then(serde_json::Value::as_str)
        && let Some(i) = variants.iter().position(|(tags, _)| tags.contains(&name))
    {
        return Some(i);
    }
    let mut best = None;
    let mut best_score = 0;
    for (i, (_, fields)) in variants.iter().enumerate() {
        let score = object.keys().filter(|k| fields.contains(&k.as_str())).count();
        if score > best_score {
            best = Some(i);
            best_score = score;
        }
    }
    best
}
/// Decoding that a successful answer survives: APIs (Twilio's, for one) write `""` where a SID, a date or a URL
/// is absent, numbers as strings (`"price": "-0.0025"`), `null` anywhere, and values that
/// break the spec's types. Each function here reads one optional field: `null`, `""` and any
/// value that is not of the field's type give `None` (the body as sent stays readable through
/// [`Response::body_json`](crate::Response::body_json)); a number, boolean or object written
/// as a string gives the value it spells.
pub mod lenient {
    use serde::de::DeserializeOwned;
    use serde::ser::SerializeStruct;
    use serde::{Deserialize, Deserializer};
    use serde_json::Value;
    /// The JSON text of one value as `T`, or `None` (see the module docs). Reading a typed
    /// value straight from its text costs no more than decoding it strictly; only a value that
    /// does not fit is tried again as the value it spells.
    fn from_raw<T: DeserializeOwned>(text: &str) -> Option<T> {
        match text {
            "null" | "\"\"" => None,
            _ => {
                serde_json::from_str(text)
                    .ok()
                    .or_else(|| {
                        let inner = serde_json::from_str::<String>(text).ok()?;
                        if inner.is_empty() || inner.starts_with('"') {
                            return None;
                        }
                        serde_json::from_str(&inner).ok()
                    })
            }
        }
    }
    /// The visitor methods of a reader that wants text or a list: any number, boolean or
    /// `null` gives `None`.
    macro_rules! none_for_scalars {
        () => {
            fn visit_bool < E > (self, _ : bool) -> Result < Self::Value, E > { Ok(None)
            } fn visit_i64 < E > (self, _ : i64) -> Result < Self::Value, E > { Ok(None)
            } fn visit_u64 < E > (self, _ : u64) -> Result < Self::Value, E > { Ok(None)
            } fn visit_f64 < E > (self, _ : f64) -> Result < Self::Value, E > { Ok(None)
            } fn visit_unit < E > (self) -> Result < Self::Value, E > { Ok(None) } fn
            visit_none < E > (self) -> Result < Self::Value, E > { Ok(None) }
        };
    }
    /// One value, kept as its JSON text until it is known to fit (for list items, which are
    /// objects).
    struct Lenient<T>(Option<T>);
    impl<'de, T: DeserializeOwned> Deserialize<'de> for Lenient<T> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            let raw = Box::<serde_json::value::RawValue>::deserialize(d)?;
            Ok(Lenient(from_raw(raw.get())))
        }
    }
    /// Reads one field as it comes: text, a number or a boolean straight into `T` (no copy of
    /// the JSON is kept), an object or a list through a JSON value, so that nothing that does
    /// not fit can fail the answer.
    struct Field<T>(std::marker::PhantomData<T>);
    impl<T: DeserializeOwned> Field<T> {
        fn scalar<'a, D: Deserializer<'a>>(d: D) -> Option<T> {
            T::deserialize(d).ok()
        }
    }
    impl<'de, T: DeserializeOwned> serde::de::Visitor<'de> for Field<T> {
        type Value = Option<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
            use serde::de::IntoDeserializer;
            if text.is_empty() {
                return Ok(None);
            }
            let direct = Self::scalar(
                IntoDeserializer::<serde::de::value::Error>::into_deserializer(text),
            );
            Ok(
                direct
                    .or_else(|| {
                        if text.starts_with('"') {
                            return None;
                        }
                        serde_json::from_str(text).ok()
                    }),
            )
        }
        fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
            use serde::de::IntoDeserializer;
            Ok(
                Self::scalar(
                    IntoDeserializer::<serde::de::value::Error>::into_deserializer(v),
                ),
            )
        }
        fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
            use serde::de::IntoDeserializer;
            Ok(
                Self::scalar(
                    IntoDeserializer::<serde::de::value::Error>::into_deserializer(v),
                ),
            )
        }
        fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
            use serde::de::IntoDeserializer;
            Ok(
                Self::scalar(
                    IntoDeserializer::<serde::de::value::Error>::into_deserializer(v),
                ),
            )
        }
        fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
            use serde::de::IntoDeserializer;
            Ok(
                Self::scalar(
                    IntoDeserializer::<serde::de::value::Error>::into_deserializer(v),
                ),
            )
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            map: A,
        ) -> Result<Self::Value, A::Error> {
            let value = Value::deserialize(
                serde::de::value::MapAccessDeserializer::new(map),
            )?;
            Ok(serde_json::from_value(value).ok())
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            seq: A,
        ) -> Result<Self::Value, A::Error> {
            let value = Value::deserialize(
                serde::de::value::SeqAccessDeserializer::new(seq),
            )?;
            Ok(serde_json::from_value(value).ok())
        }
    }
    /// An optional field of any type.
    ///
    /// # Errors
    ///
    /// Only when the input is not JSON at all; a value of the wrong type is `None`.
    pub fn option<'de, D: Deserializer<'de>, T: DeserializeOwned>(
        d: D,
    ) -> Result<Option<T>, D::Error> {
        d.deserialize_any(Field(std::marker::PhantomData))
    }
    /// An optional list: each item read as [`option`] reads a field, and an item that is
    /// `null` or not a `T` left out, so one odd item does not lose the others; anything but a
    /// list is `None`.
    ///
    /// # Errors
    ///
    /// Only when the input is not JSON at all.
    pub fn list<'de, D: Deserializer<'de>, T: DeserializeOwned>(
        d: D,
    ) -> Result<Option<Vec<T>>, D::Error> {
        struct Items<T>(std::marker::PhantomData<T>);
        impl<'de, T: DeserializeOwned> serde::de::Visitor<'de> for Items<T> {
            type Value = Option<Vec<T>>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
                while let Some(item) = seq.next_element::<Lenient<T>>()? {
                    out.extend(item.0);
                }
                Ok(Some(out))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(None)
            }
            none_for_scalars!();
            fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
                Ok(None)
            }
        }
        d.deserialize_any(Items(std::marker::PhantomData))
    }
    /// An optional field read from text by `parse`; anything but text is `None`.
    fn text<'de, D: Deserializer<'de>, T>(
        d: D,
        parse: fn(&str) -> Option<T>,
    ) -> Result<Option<T>, D::Error> {
        struct Text<T>(fn(&str) -> Option<T>);
        impl<'de, T> serde::de::Visitor<'de> for Text<T> {
            type Value = Option<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
                Ok((self.0)(text))
            }
            none_for_scalars!();
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(None)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Self::Value, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(None)
            }
        }
        d.deserialize_any(Text(parse))
    }
    /// A struct of an answer, read member by member: every field is optional and read as
    /// [`option`] (or [`list`], [`rfc2822`], [`rfc3339`], [`date`]) reads it, so one odd member
    /// never fails the whole answer. The generated structs implement it, and their
    /// `Deserialize` is [`object`].
    pub trait Fields: Default {
        /// Reads the member named `key` into its field; a member the struct does not have is
        /// skipped.
        ///
        /// # Errors
        ///
        /// Only when the input is not JSON at all.
        fn read<'de, M: Member<'de>>(
            &mut self,
            key: &str,
            member: M,
        ) -> Result<(), M::Error>;
    }
    /// The value of one member of an object being read, handed to [`Fields::read`], which reads
    /// it into its field in the way the field's type needs.
    pub trait Member<'de> {
        /// The error of the input being read.
        type Error: serde::de::Error;
        /// Reads any value, as [`option`] does.
        ///
        /// # Errors
        ///
        /// Only when the input is not JSON at all.
        fn value<T: DeserializeOwned>(
            self,
            into: &mut Option<T>,
        ) -> Result<(), Self::Error>;
        /// Reads a list, as [`list`] does.
        ///
        /// # Errors
        ///
        /// Only when the input is not JSON at all.
        fn list<T: DeserializeOwned>(
            self,
            into: &mut Option<Vec<T>>,
        ) -> Result<(), Self::Error>;
        /// Reads an RFC 2822 date-time, as [`rfc2822`] does.
        ///
        /// # Errors
        ///
        /// Only when the input is not JSON at all.
        fn rfc2822(
            self,
            into: &mut Option<time::OffsetDateTime>,
        ) -> Result<(), Self::Error>;
        /// Reads an RFC 3339 date-time, as [`rfc3339`] does.
        ///
        /// # Errors
        ///
        /// Only when the input is not JSON at all.
        fn rfc3339(
            self,
            into: &mut Option<time::OffsetDateTime>,
        ) -> Result<(), Self::Error>;
        /// Reads a calendar date, as [`date`] does.
        ///
        /// # Errors
        ///
        /// Only when the input is not JSON at all.
        fn date(self, into: &mut Option<time::Date>) -> Result<(), Self::Error>;
        /// Skips a member the struct does not have.
        ///
        /// # Errors
        ///
        /// Only when the input is not JSON at all.
        fn skip(self) -> Result<(), Self::Error>;
    }
    /// Reads a JSON object into `T` member by member (see [`Fields`]); anything but an object is
    /// an error, as for any struct.
    ///
    /// # Errors
    ///
    /// When the input is not a JSON object.
    pub fn object<'de, D: Deserializer<'de>, T: Fields>(d: D) -> Result<T, D::Error> {
        struct Object<T>(std::marker::PhantomData<T>);
        impl<'de, T: Fields> serde::de::Visitor<'de> for Object<T> {
            type Value = T;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<T, A::Error> {
                let mut out = T::default();
                while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
                    out.read(&key, Next(&mut map))?;
                }
                Ok(out)
            }
        }
        d.deserialize_map(Object(std::marker::PhantomData))
    }
    /// Writes a struct of an answer as [`object`] reads it back: each field that has a value,
    /// under its wire name, dates in their wire form. The generated structs' `Serialize` uses
    /// it.
    pub struct Writer<S: serde::Serializer>(S::SerializeStruct);
    impl<S: serde::Serializer> Writer<S> {
        /// Starts the struct `name`, which has `fields` fields.
        ///
        /// # Errors
        ///
        /// The serializer's.
        pub fn new(
            serializer: S,
            name: &'static str,
            fields: usize,
        ) -> Result<Self, S::Error> {
            serializer.serialize_struct(name, fields).map(Writer)
        }
        /// Writes a field of any type, if it has a value.
        ///
        /// # Errors
        ///
        /// The serializer's.
        pub fn value<T: serde::Serialize>(
            &mut self,
            key: &'static str,
            value: &Option<T>,
        ) -> Result<(), S::Error> {
            match value {
                Some(v) => self.0.serialize_field(key, v),
                None => self.0.skip_field(key),
            }
        }
        /// Writes a list, if it has one.
        ///
        /// # Errors
        ///
        /// The serializer's.
        pub fn list<T: serde::Serialize>(
            &mut self,
            key: &'static str,
            value: &Option<Vec<T>>,
        ) -> Result<(), S::Error> {
            self.value(key, value)
        }
        /// Writes an RFC 2822 date-time, if it has one.
        ///
        /// # Errors
        ///
        /// The serializer's.
        pub fn rfc2822(
            &mut self,
            key: &'static str,
            value: &Option<time::OffsetDateTime>,
        ) -> Result<(), S::Error> {
            self.value(key, &value.as_ref().map(super::format_rfc2822))
        }
        /// Writes an RFC 3339 date-time, if it has one.
        ///
        /// # Errors
        ///
        /// The serializer's.
        pub fn rfc3339(
            &mut self,
            key: &'static str,
            value: &Option<time::OffsetDateTime>,
        ) -> Result<(), S::Error> {
            self.value(key, &value.as_ref().map(super::format_rfc3339))
        }
        /// Writes a calendar date, if it has one.
        ///
        /// # Errors
        ///
        /// The serializer's.
        pub fn date(
            &mut self,
            key: &'static str,
            value: &Option<time::Date>,
        ) -> Result<(), S::Error> {
            self.value(key, &value.as_ref().map(super::format_date))
        }
        /// Ends the struct.
        ///
        /// # Errors
        ///
        /// The serializer's.
        pub fn end(self) -> Result<S::Ok, S::Error> {
            self.0.end()
        }
    }
    /// An object's key, borrowed from the input when it can be.
    struct Key<'de>(std::borrow::Cow<'de, str>);
    impl<'de> Deserialize<'de> for Key<'de> {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Text;
            impl<'de> serde::de::Visitor<'de> for Text {
                type Value = Key<'de>;
                fn expecting(
                    &self,
                    f: &mut std::fmt::Formatter<'_>,
                ) -> std::fmt::Result {
                    f.write_str("a member name")
                }
                fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                    Ok(Key(std::borrow::Cow::Borrowed(v)))
                }
                fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                    Ok(Key(std::borrow::Cow::Owned(v.to_owned())))
                }
                fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                    Ok(Key(std::borrow::Cow::Owned(v)))
                }
            }
            d.deserialize_str(Text)
        }
    }
    /// The value of the member whose key was just read from a map.
    struct Next<'a, A>(&'a mut A);
    /// One way of reading a member's value: [`option`], [`list`] or a date reader.
    trait Reader {
        type Value;
        fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Self::Value, D::Error>;
    }
    /// The seed that reads a member's value with `R`.
    struct Seed<R>(std::marker::PhantomData<R>);
    impl<'de, R: Reader> serde::de::DeserializeSeed<'de> for Seed<R> {
        type Value = R::Value;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<R::Value, D::Error> {
            R::read(d)
        }
    }
    /// Reads `T` as [`option`] does.
    struct AnyOf<T>(std::marker::PhantomData<T>);
    impl<T: DeserializeOwned> Reader for AnyOf<T> {
        type Value = Option<T>;
        fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Option<T>, D::Error> {
            option(d)
        }
    }
    /// Reads a list of `T` as [`list`] does.
    struct ListOf<T>(std::marker::PhantomData<T>);
    impl<T: DeserializeOwned> Reader for ListOf<T> {
        type Value = Option<Vec<T>>;
        fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<T>>, D::Error> {
            list(d)
        }
    }
    /// Reads a date or date-time as the function it holds does.
    macro_rules! date_reader {
        ($name:ident, $ty:ty, $read:ident) => {
            struct $name; impl Reader for $name { type Value = Option <$ty >; fn read
            <'de, D : Deserializer <'de >> (d : D) -> Result < Option <$ty >, D::Error >
            { $read (d) } }
        };
    }
    date_reader!(Rfc2822, time::OffsetDateTime, rfc2822);
    date_reader!(Rfc3339, time::OffsetDateTime, rfc3339);
    date_reader!(Date, time::Date, date);
    impl<'de, A: serde::de::MapAccess<'de>> Next<'_, A> {
        /// Reads the member's value with `R` into `into`.
        fn read<R: Reader>(self, into: &mut R::Value) -> Result<(), A::Error> {
            *into = self.0.next_value_seed(Seed::<R>(std::marker::PhantomData))?;
            Ok(())
        }
    }
    impl<'de, A: serde::de::MapAccess<'de>> Member<'de> for Next<'_, A> {
        type Error = A::Error;
        fn value<T: DeserializeOwned>(
            self,
            into: &mut Option<T>,
        ) -> Result<(), A::Error> {
            self.read::<AnyOf<T>>(into)
        }
        fn list<T: DeserializeOwned>(
            self,
            into: &mut Option<Vec<T>>,
        ) -> Result<(), A::Error> {
            self.read::<ListOf<T>>(into)
        }
        fn rfc2822(
            self,
            into: &mut Option<time::OffsetDateTime>,
        ) -> Result<(), A::Error> {
            self.read::<Rfc2822>(into)
        }
        fn rfc3339(
            self,
            into: &mut Option<time::OffsetDateTime>,
        ) -> Result<(), A::Error> {
            self.read::<Rfc3339>(into)
        }
        fn date(self, into: &mut Option<time::Date>) -> Result<(), A::Error> {
            self.read::<Date>(into)
        }
        fn skip(self) -> Result<(), A::Error> {
            self.0.next_value::<serde::de::IgnoredAny>()?;
            Ok(())
        }
    }
    /// An optional RFC 2822 date-time.
    ///
    /// # Errors
    ///
    /// Only when the input is not JSON at all.
    pub fn rfc2822<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<time::OffsetDateTime>, D::Error> {
        text(d, |t| super::parse_rfc2822(t).ok())
    }
    /// An optional RFC 3339 date-time.
    ///
    /// # Errors
    ///
    /// Only when the input is not JSON at all.
    pub fn rfc3339<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<time::OffsetDateTime>, D::Error> {
        text(
            d,
            |t| {
                time::OffsetDateTime::parse(
                        t.trim(),
                        &time::format_description::well_known::Rfc3339,
                    )
                    .ok()
            },
        )
    }
    /// An optional calendar date, `YYYY-MM-DD`.
    ///
    /// # Errors
    ///
    /// Only when the input is not JSON at all.
    pub fn date<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<time::Date>, D::Error> {
        text(d, super::parse_date)
    }
}
