//! The types of the `Attempts` resources.
/// The `ListVerificationAttemptResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListVerificationAttemptResponseBody {
    /// The `attempts` field.
    pub attempts: Option<Vec<crate::verify_v2::VerificationAttempt>>,
    /// The `meta` field.
    pub meta: Option<crate::verify_v2::ListVerificationAttemptResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListVerificationAttemptResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "attempts" => member.list(&mut self.attempts),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListVerificationAttemptResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListVerificationAttemptResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListVerificationAttemptResponseBody",
            2,
        )?;
        out.list("attempts", &self.attempts)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListVerificationAttemptResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListVerificationAttemptResponseBodyMeta {
    /// The `first_page_url` field.
    pub first_page_url: Option<String>,
    /// The `key` field.
    pub key: Option<String>,
    /// The `next_page_url` field.
    pub next_page_url: Option<String>,
    /// The `page` field.
    pub page: Option<i64>,
    /// The `page_size` field.
    pub page_size: Option<i64>,
    /// The `previous_page_url` field.
    pub previous_page_url: Option<String>,
    /// The `url` field.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for ListVerificationAttemptResponseBodyMeta {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "first_page_url" => member.value(&mut self.first_page_url),
            "key" => member.value(&mut self.key),
            "next_page_url" => member.value(&mut self.next_page_url),
            "page" => member.value(&mut self.page),
            "page_size" => member.value(&mut self.page_size),
            "previous_page_url" => member.value(&mut self.previous_page_url),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListVerificationAttemptResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListVerificationAttemptResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListVerificationAttemptResponseBodyMeta",
            7,
        )?;
        out.value("first_page_url", &self.first_page_url)?;
        out.value("key", &self.key)?;
        out.value("next_page_url", &self.next_page_url)?;
        out.value("page", &self.page)?;
        out.value("page_size", &self.page_size)?;
        out.value("previous_page_url", &self.previous_page_url)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The `verify.v2.verification_attempt` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct VerificationAttempt {
    /// The SID that uniquely identifies the verification attempt resource.
    pub sid: Option<crate::VerificationAttemptSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Verification resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the [Service](https://www.twilio.com/docs/verify/api/service) used to generate the attempt.
    pub service_sid: Option<crate::ServiceSid>,
    /// The SID of the [Verification](https://www.twilio.com/docs/verify/api/verification) that generated the attempt.
    pub verification_sid: Option<crate::VerificationCheckSid>,
    /// The date that this Attempt was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date that this Attempt was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// A string specifying the conversion status of the verification. A conversion happens when the user is able to provide the correct code. Possible values are `CONVERTED` and `UNCONVERTED`.
    pub conversion_status: Option<crate::verify_v2::VerificationAttemptConversionStatus>,
    /// A string specifying the communication channel used for the verification attempt.
    pub channel: Option<crate::verify_v2::VerificationAttemptChannels>,
    /// An object containing the charge for this verification attempt related to the channel costs and the currency used. The costs related to the succeeded verifications are not included. May not be immediately available. More information on pricing is available [here](https://www.twilio.com/en-us/verify/pricing).
    pub price: Option<serde_json::Value>,
    /// An object containing the channel specific information for an attempt.
    pub channel_data: Option<serde_json::Value>,
    /// The `url` field.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for VerificationAttempt {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "verification_sid" => member.value(&mut self.verification_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "conversion_status" => member.value(&mut self.conversion_status),
            "channel" => member.value(&mut self.channel),
            "price" => member.value(&mut self.price),
            "channel_data" => member.value(&mut self.channel_data),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for VerificationAttempt {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for VerificationAttempt {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "VerificationAttempt",
            11,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("verification_sid", &self.verification_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("conversion_status", &self.conversion_status)?;
        out.value("channel", &self.channel)?;
        out.value("price", &self.price)?;
        out.value("channel_data", &self.channel_data)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// A string specifying the communication channel used for the verification attempt.
///
/// Decoding keeps values the spec does not list as [`VerificationAttemptChannels::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum VerificationAttemptChannels {
    /// `sms`
    Sms,
    /// `call`
    Call,
    /// `email`
    Email,
    /// `whatsapp`
    Whatsapp,
    /// `rbm`
    Rbm,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl VerificationAttemptChannels {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "sms",
        "call",
        "email",
        "whatsapp",
        "rbm",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sms => "sms",
            Self::Call => "call",
            Self::Email => "email",
            Self::Whatsapp => "whatsapp",
            Self::Rbm => "rbm",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "sms" => Self::Sms,
            "call" => Self::Call,
            "email" => Self::Email,
            "whatsapp" => Self::Whatsapp,
            "rbm" => Self::Rbm,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for VerificationAttemptChannels {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for VerificationAttemptChannels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VerificationAttemptChannels {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "VerificationAttemptChannels",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for VerificationAttemptChannels {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VerificationAttemptChannels {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// A string specifying the conversion status of the verification.
///
/// Decoding keeps values the spec does not list as [`VerificationAttemptConversionStatus::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum VerificationAttemptConversionStatus {
    /// `converted`
    Converted,
    /// `unconverted`
    Unconverted,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl VerificationAttemptConversionStatus {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["converted", "unconverted"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Converted => "converted",
            Self::Unconverted => "unconverted",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "converted" => Self::Converted,
            "unconverted" => Self::Unconverted,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for VerificationAttemptConversionStatus {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for VerificationAttemptConversionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VerificationAttemptConversionStatus {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "VerificationAttemptConversionStatus",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for VerificationAttemptConversionStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VerificationAttemptConversionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `verify.v2.verification_attempts_summary` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct VerificationAttemptsSummary {
    /// Total of attempts made according to the provided filters
    pub total_attempts: Option<i64>,
    /// Total of  attempts made that were confirmed by the end user, according to the provided filters.
    pub total_converted: Option<i64>,
    /// Total of attempts made that were not confirmed by the end user, according to the provided filters.
    pub total_unconverted: Option<i64>,
    /// Percentage of the confirmed messages over the total, defined by (total\_converted/total\_attempts)\*100.
    pub conversion_rate_percentage: Option<String>,
    /// The `url` field.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for VerificationAttemptsSummary {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "total_attempts" => member.value(&mut self.total_attempts),
            "total_converted" => member.value(&mut self.total_converted),
            "total_unconverted" => member.value(&mut self.total_unconverted),
            "conversion_rate_percentage" => {
                member.value(&mut self.conversion_rate_percentage)
            }
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for VerificationAttemptsSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for VerificationAttemptsSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "VerificationAttemptsSummary",
            5,
        )?;
        out.value("total_attempts", &self.total_attempts)?;
        out.value("total_converted", &self.total_converted)?;
        out.value("total_unconverted", &self.total_unconverted)?;
        out.value("conversion_rate_percentage", &self.conversion_rate_percentage)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The values of `VerificationAttemptsSummaryChannels`.
///
/// Decoding keeps values the spec does not list as [`VerificationAttemptsSummaryChannels::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum VerificationAttemptsSummaryChannels {
    /// `sms`
    Sms,
    /// `call`
    Call,
    /// `email`
    Email,
    /// `whatsapp`
    Whatsapp,
    /// `rbm`
    Rbm,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl VerificationAttemptsSummaryChannels {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "sms",
        "call",
        "email",
        "whatsapp",
        "rbm",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sms => "sms",
            Self::Call => "call",
            Self::Email => "email",
            Self::Whatsapp => "whatsapp",
            Self::Rbm => "rbm",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "sms" => Self::Sms,
            "call" => Self::Call,
            "email" => Self::Email,
            "whatsapp" => Self::Whatsapp,
            "rbm" => Self::Rbm,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for VerificationAttemptsSummaryChannels {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for VerificationAttemptsSummaryChannels {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VerificationAttemptsSummaryChannels {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "VerificationAttemptsSummaryChannels",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for VerificationAttemptsSummaryChannels {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VerificationAttemptsSummaryChannels {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
