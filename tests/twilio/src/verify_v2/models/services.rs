//! The types of the `Services` resources.
/// The `verify.v2.service.access_token` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AccessToken {
    /// A 34 character string that uniquely identifies this Access Token.
    pub sid: Option<crate::AccessTokenSid>,
    /// The unique SID identifier of the Account.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique SID identifier of the Verify Service.
    pub service_sid: Option<crate::ServiceSid>,
    /// The unique external identifier for the Entity of the Service.
    pub entity_identity: Option<String>,
    /// The Type of the Factor. Currently only `push` is supported.
    pub factor_type: Option<crate::verify_v2::AccessTokenFactorTypes>,
    /// A human readable description of this factor, up to 64 characters. For a push factor, this can be the device's name.
    pub factor_friendly_name: Option<String>,
    /// The access token generated for enrollment, this is an encrypted json web token.
    pub token: Option<String>,
    /// The URL of this resource.
    pub url: Option<String>,
    /// How long, in seconds, the access token is valid. Max: 5 minutes
    pub ttl: Option<i64>,
    /// The date that this access token was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
}
impl crate::formats::lenient::Fields for AccessToken {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "entity_identity" => member.value(&mut self.entity_identity),
            "factor_type" => member.value(&mut self.factor_type),
            "factor_friendly_name" => member.value(&mut self.factor_friendly_name),
            "token" => member.value(&mut self.token),
            "url" => member.value(&mut self.url),
            "ttl" => member.value(&mut self.ttl),
            "date_created" => member.rfc3339(&mut self.date_created),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for AccessToken {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for AccessToken {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "AccessToken",
            10,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("entity_identity", &self.entity_identity)?;
        out.value("factor_type", &self.factor_type)?;
        out.value("factor_friendly_name", &self.factor_friendly_name)?;
        out.value("token", &self.token)?;
        out.value("url", &self.url)?;
        out.value("ttl", &self.ttl)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.end()
    }
}
/// The Type of the Factor.
///
/// Decoding keeps values the spec does not list as [`AccessTokenFactorTypes::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum AccessTokenFactorTypes {
    /// `push`
    Push,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl AccessTokenFactorTypes {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["push"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Push => "push",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "push" => Self::Push,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for AccessTokenFactorTypes {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for AccessTokenFactorTypes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for AccessTokenFactorTypes {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "AccessTokenFactorTypes",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for AccessTokenFactorTypes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AccessTokenFactorTypes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// A string that indicates the mechanism by which the WebAuthn implementation is attached to the authenticator at the time the associated `navigator.credentials.create()` or `navigator.credentials.get()` call completes.
///
/// Decoding keeps values the spec does not list as [`AuthenticatorAttachment::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum AuthenticatorAttachment {
    /// `platform`
    Platform,
    /// `cross-platform`
    CrossPlatform,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl AuthenticatorAttachment {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["platform", "cross-platform"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Platform => "platform",
            Self::CrossPlatform => "cross-platform",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "platform" => Self::Platform,
            "cross-platform" => Self::CrossPlatform,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for AuthenticatorAttachment {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for AuthenticatorAttachment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for AuthenticatorAttachment {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "AuthenticatorAttachment",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for AuthenticatorAttachment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for AuthenticatorAttachment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `verify.v2.service.rate_limit.bucket` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Bucket {
    /// A 34 character string that uniquely identifies this Bucket.
    pub sid: Option<crate::BucketSid>,
    /// The Twilio-provided string that uniquely identifies the Rate Limit resource.
    pub rate_limit_sid: Option<crate::RateLimitSid>,
    /// The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
    pub service_sid: Option<crate::ServiceSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Rate Limit resource.
    pub account_sid: Option<crate::AccountSid>,
    /// Maximum number of requests permitted in during the interval.
    pub max: Option<i64>,
    /// Number of seconds that the rate limit will be enforced over.
    pub interval: Option<i64>,
    /// The date and time in GMT when the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The URL of this resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for Bucket {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "rate_limit_sid" => member.value(&mut self.rate_limit_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "account_sid" => member.value(&mut self.account_sid),
            "max" => member.value(&mut self.max),
            "interval" => member.value(&mut self.interval),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Bucket {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Bucket {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "Bucket", 9)?;
        out.value("sid", &self.sid)?;
        out.value("rate_limit_sid", &self.rate_limit_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("max", &self.max)?;
        out.value("interval", &self.interval)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The `verify.v2.service.entity.challenge` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Challenge {
    /// A 34 character string that uniquely identifies this Challenge.
    pub sid: Option<crate::ChallengeSid>,
    /// The unique SID identifier of the Account.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique SID identifier of the Service.
    pub service_sid: Option<crate::ServiceSid>,
    /// The unique SID identifier of the Entity.
    pub entity_sid: Option<crate::EntitySid>,
    /// Customer unique identity for the Entity owner of the Challenge. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters.
    pub identity: Option<String>,
    /// The unique SID identifier of the Factor.
    pub factor_sid: Option<crate::FactorSid>,
    /// The date that this Challenge was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date that this Challenge was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The date that this Challenge was responded, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_responded: Option<time::OffsetDateTime>,
    /// The date-time when this Challenge expires, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. The default value is five (5) minutes after Challenge creation. The max value is sixty (60) minutes after creation.
    pub expiration_date: Option<time::OffsetDateTime>,
    /// The Status of this Challenge. One of `pending`, `expired`, `approved` or `denied`.
    pub status: Option<crate::verify_v2::ChallengeChallengeStatuses>,
    /// Reason for the Challenge to be in certain `status`. One of `none`, `not_needed` or `not_requested`.
    pub responded_reason: Option<crate::verify_v2::ChallengeChallengeReasons>,
    /// Details provided to give context about the Challenge. Intended to be shown to the end user.
    pub details: Option<serde_json::Value>,
    /// Details provided to give context about the Challenge. Intended to be hidden from the end user. It must be a stringified JSON with only strings values eg. `{"ip": "172.168.1.234"}`
    pub hidden_details: Option<serde_json::Value>,
    /// Custom metadata associated with the challenge. This is added by the Device/SDK directly to allow for the inclusion of device information. It must be a stringified JSON with only strings values eg. `{"os": "Android"}`. Can be up to 1024 characters in length.
    pub metadata: Option<serde_json::Value>,
    /// The Factor Type of this Challenge. Currently `push` and `totp` are supported.
    pub factor_type: Option<crate::verify_v2::ChallengeFactorTypes>,
    /// The URL of this resource.
    pub url: Option<String>,
    /// Contains a dictionary of URL links to nested resources of this Challenge.
    pub links: Option<serde_json::Value>,
}
impl crate::formats::lenient::Fields for Challenge {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "entity_sid" => member.value(&mut self.entity_sid),
            "identity" => member.value(&mut self.identity),
            "factor_sid" => member.value(&mut self.factor_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "date_responded" => member.rfc3339(&mut self.date_responded),
            "expiration_date" => member.rfc3339(&mut self.expiration_date),
            "status" => member.value(&mut self.status),
            "responded_reason" => member.value(&mut self.responded_reason),
            "details" => member.value(&mut self.details),
            "hidden_details" => member.value(&mut self.hidden_details),
            "metadata" => member.value(&mut self.metadata),
            "factor_type" => member.value(&mut self.factor_type),
            "url" => member.value(&mut self.url),
            "links" => member.value(&mut self.links),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Challenge {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Challenge {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "Challenge", 18)?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("entity_sid", &self.entity_sid)?;
        out.value("identity", &self.identity)?;
        out.value("factor_sid", &self.factor_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.rfc3339("date_responded", &self.date_responded)?;
        out.rfc3339("expiration_date", &self.expiration_date)?;
        out.value("status", &self.status)?;
        out.value("responded_reason", &self.responded_reason)?;
        out.value("details", &self.details)?;
        out.value("hidden_details", &self.hidden_details)?;
        out.value("metadata", &self.metadata)?;
        out.value("factor_type", &self.factor_type)?;
        out.value("url", &self.url)?;
        out.value("links", &self.links)?;
        out.end()
    }
}
/// Reason for the Challenge to be in certain `status`.
///
/// Decoding keeps values the spec does not list as [`ChallengeChallengeReasons::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ChallengeChallengeReasons {
    /// `none`
    None,
    /// `not_needed`
    NotNeeded,
    /// `not_requested`
    NotRequested,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl ChallengeChallengeReasons {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["none", "not_needed", "not_requested"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::NotNeeded => "not_needed",
            Self::NotRequested => "not_requested",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "none" => Self::None,
            "not_needed" => Self::NotNeeded,
            "not_requested" => Self::NotRequested,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for ChallengeChallengeReasons {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for ChallengeChallengeReasons {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ChallengeChallengeReasons {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "ChallengeChallengeReasons",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for ChallengeChallengeReasons {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ChallengeChallengeReasons {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The Status of this Challenge.
///
/// Decoding keeps values the spec does not list as [`ChallengeChallengeStatuses::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ChallengeChallengeStatuses {
    /// `pending`
    Pending,
    /// `expired`
    Expired,
    /// `approved`
    Approved,
    /// `denied`
    Denied,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl ChallengeChallengeStatuses {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "pending",
        "expired",
        "approved",
        "denied",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Expired => "expired",
            Self::Approved => "approved",
            Self::Denied => "denied",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "pending" => Self::Pending,
            "expired" => Self::Expired,
            "approved" => Self::Approved,
            "denied" => Self::Denied,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for ChallengeChallengeStatuses {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for ChallengeChallengeStatuses {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ChallengeChallengeStatuses {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "ChallengeChallengeStatuses",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for ChallengeChallengeStatuses {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ChallengeChallengeStatuses {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The Factor Type of this Challenge.
///
/// Decoding keeps values the spec does not list as [`ChallengeFactorTypes::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ChallengeFactorTypes {
    /// `push`
    Push,
    /// `totp`
    Totp,
    /// `passkeys`
    Passkeys,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl ChallengeFactorTypes {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["push", "totp", "passkeys"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Push => "push",
            Self::Totp => "totp",
            Self::Passkeys => "passkeys",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "push" => Self::Push,
            "totp" => Self::Totp,
            "passkeys" => Self::Passkeys,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for ChallengeFactorTypes {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for ChallengeFactorTypes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ChallengeFactorTypes {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "ChallengeFactorTypes",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for ChallengeFactorTypes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ChallengeFactorTypes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The values of `ChallengeListOrders`.
///
/// Decoding keeps values the spec does not list as [`ChallengeListOrders::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ChallengeListOrders {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl ChallengeListOrders {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["asc", "desc"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for ChallengeListOrders {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for ChallengeListOrders {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ChallengeListOrders {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "ChallengeListOrders",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for ChallengeListOrders {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ChallengeListOrders {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `CreateChallengePasskeysResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateChallengePasskeysResponseBody {
    /// A 34 character string that uniquely identifies this Challenge.
    pub sid: Option<crate::ChallengeSid>,
    /// The unique SID identifier of the Account.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique SID identifier of the Service.
    pub service_sid: Option<crate::ServiceSid>,
    /// The unique SID identifier of the Entity.
    pub entity_sid: Option<crate::EntitySid>,
    /// Customer unique identity for the Entity owner of the Challenge.
    pub identity: Option<String>,
    /// The unique SID identifier of the Factor.
    pub factor_sid: Option<crate::FactorSid>,
    /// The date that this Challenge was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date that this Challenge was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The date that this Challenge was responded, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_responded: Option<time::OffsetDateTime>,
    /// The date-time when this Challenge expires, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub expiration_date: Option<time::OffsetDateTime>,
    /// The Status of this Challenge. One of `pending`, `expired`, `approved` or `denied`.
    pub status: Option<crate::verify_v2::Status>,
    /// Reason for the Challenge to be in certain `status`. One of `none`, `not_needed` or `not_requested`.
    pub responded_reason: Option<crate::verify_v2::RespondedReason>,
    /// Details provided to give context about the Challenge.
    pub details: Option<serde_json::Value>,
    /// Details provided to give context about the Challenge.
    pub hidden_details: Option<serde_json::Value>,
    /// Custom metadata associated with the challenge.
    pub metadata: Option<serde_json::Value>,
    /// The Factor Type of this Challenge. Currently `push` and `totp` are supported.
    pub factor_type: Option<crate::verify_v2::FactorType>,
    /// The URL of this resource.
    pub url: Option<String>,
    /// Contains a dictionary of URL links to nested resources of this Challenge.
    pub links: Option<serde_json::Value>,
    /// An object that contains challenge options. Currently only used for `passkeys`.
    pub options: Option<serde_json::Value>,
}
impl crate::formats::lenient::Fields for CreateChallengePasskeysResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "entity_sid" => member.value(&mut self.entity_sid),
            "identity" => member.value(&mut self.identity),
            "factor_sid" => member.value(&mut self.factor_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "date_responded" => member.rfc3339(&mut self.date_responded),
            "expiration_date" => member.rfc3339(&mut self.expiration_date),
            "status" => member.value(&mut self.status),
            "responded_reason" => member.value(&mut self.responded_reason),
            "details" => member.value(&mut self.details),
            "hidden_details" => member.value(&mut self.hidden_details),
            "metadata" => member.value(&mut self.metadata),
            "factor_type" => member.value(&mut self.factor_type),
            "url" => member.value(&mut self.url),
            "links" => member.value(&mut self.links),
            "options" => member.value(&mut self.options),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for CreateChallengePasskeysResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for CreateChallengePasskeysResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "CreateChallengePasskeysResponseBody",
            19,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("entity_sid", &self.entity_sid)?;
        out.value("identity", &self.identity)?;
        out.value("factor_sid", &self.factor_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.rfc3339("date_responded", &self.date_responded)?;
        out.rfc3339("expiration_date", &self.expiration_date)?;
        out.value("status", &self.status)?;
        out.value("responded_reason", &self.responded_reason)?;
        out.value("details", &self.details)?;
        out.value("hidden_details", &self.hidden_details)?;
        out.value("metadata", &self.metadata)?;
        out.value("factor_type", &self.factor_type)?;
        out.value("url", &self.url)?;
        out.value("links", &self.links)?;
        out.value("options", &self.options)?;
        out.end()
    }
}
/// The `CreateNewFactorPasskey config` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateNewFactorPasskeyConfig {
    /// Contains the information of the party requesting the user for authentication
    pub relying_party: Option<
        crate::verify_v2::CreateNewFactorPasskeyConfigRelyingParty,
    >,
    /// The `authenticator_attachment` field.
    pub authenticator_attachment: Option<
        crate::verify_v2::CreateNewFactorPasskeyConfigAuthenticatorAttachment,
    >,
    /// The `discoverable_credentials` field.
    pub discoverable_credentials: Option<crate::verify_v2::DiscoverableCredentials>,
    /// The `user_verification` field.
    pub user_verification: Option<crate::verify_v2::UserVerification>,
}
impl crate::formats::lenient::Fields for CreateNewFactorPasskeyConfig {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "relying_party" => member.value(&mut self.relying_party),
            "authenticator_attachment" => {
                member.value(&mut self.authenticator_attachment)
            }
            "discoverable_credentials" => {
                member.value(&mut self.discoverable_credentials)
            }
            "user_verification" => member.value(&mut self.user_verification),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for CreateNewFactorPasskeyConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for CreateNewFactorPasskeyConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "CreateNewFactorPasskeyConfig",
            4,
        )?;
        out.value("relying_party", &self.relying_party)?;
        out.value("authenticator_attachment", &self.authenticator_attachment)?;
        out.value("discoverable_credentials", &self.discoverable_credentials)?;
        out.value("user_verification", &self.user_verification)?;
        out.end()
    }
}
/// The values of `CreateNewFactorPasskeyConfigAuthenticatorAttachment`.
///
/// Decoding keeps values the spec does not list as [`CreateNewFactorPasskeyConfigAuthenticatorAttachment::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum CreateNewFactorPasskeyConfigAuthenticatorAttachment {
    /// `platform`
    Platform,
    /// `cross-platform`
    CrossPlatform,
    /// `any`
    Any,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl CreateNewFactorPasskeyConfigAuthenticatorAttachment {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["platform", "cross-platform", "any"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Platform => "platform",
            Self::CrossPlatform => "cross-platform",
            Self::Any => "any",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "platform" => Self::Platform,
            "cross-platform" => Self::CrossPlatform,
            "any" => Self::Any,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed
for CreateNewFactorPasskeyConfigAuthenticatorAttachment {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for CreateNewFactorPasskeyConfigAuthenticatorAttachment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CreateNewFactorPasskeyConfigAuthenticatorAttachment {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "CreateNewFactorPasskeyConfigAuthenticatorAttachment",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for CreateNewFactorPasskeyConfigAuthenticatorAttachment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de>
for CreateNewFactorPasskeyConfigAuthenticatorAttachment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// Contains the information of the party requesting the user for authentication
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateNewFactorPasskeyConfigRelyingParty {
    /// The `id` field.
    pub id: Option<String>,
    /// The `name` field.
    pub name: Option<String>,
    /// The `origins` field.
    pub origins: Option<Vec<String>>,
}
impl crate::formats::lenient::Fields for CreateNewFactorPasskeyConfigRelyingParty {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "id" => member.value(&mut self.id),
            "name" => member.value(&mut self.name),
            "origins" => member.list(&mut self.origins),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for CreateNewFactorPasskeyConfigRelyingParty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for CreateNewFactorPasskeyConfigRelyingParty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "CreateNewFactorPasskeyConfigRelyingParty",
            3,
        )?;
        out.value("id", &self.id)?;
        out.value("name", &self.name)?;
        out.list("origins", &self.origins)?;
        out.end()
    }
}
/// The `CreateNewFactorPasskeyResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CreateNewFactorPasskeyResponseBody {
    /// A 34 character string that uniquely identifies this Factor.
    pub sid: Option<crate::FactorSid>,
    /// The unique SID identifier of the Account.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique SID identifier of the Service.
    pub service_sid: Option<crate::ServiceSid>,
    /// The unique SID identifier of the Entity.
    pub entity_sid: Option<crate::EntitySid>,
    /// Customer unique identity for the Entity owner of the Factor.
    pub identity: Option<String>,
    /// Contains the `factor_type` specific secret and metadata. The Binding property is ONLY returned upon Factor creation.
    pub binding: Option<serde_json::Value>,
    /// The `options` field.
    pub options: Option<serde_json::Value>,
    /// The date that this Factor was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date that this Factor was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The friendly name of this Factor. This can be any string up to 64 characters, meant for humans to distinguish between Factors.
    pub friendly_name: Option<String>,
    /// The Status of this Factor. One of `unverified` or `verified`.
    pub status: Option<crate::verify_v2::CreateNewFactorPasskeyResponseBodyStatus>,
    /// The Type of this Factor. Currently `push` and `totp` are supported.
    pub factor_type: Option<crate::verify_v2::FactorType>,
    /// An object that contains configurations specific to a `factor_type`.
    pub config: Option<serde_json::Value>,
    /// Custom metadata associated with the factor.
    pub metadata: Option<serde_json::Value>,
    /// The URL of this resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for CreateNewFactorPasskeyResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "entity_sid" => member.value(&mut self.entity_sid),
            "identity" => member.value(&mut self.identity),
            "binding" => member.value(&mut self.binding),
            "options" => member.value(&mut self.options),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "friendly_name" => member.value(&mut self.friendly_name),
            "status" => member.value(&mut self.status),
            "factor_type" => member.value(&mut self.factor_type),
            "config" => member.value(&mut self.config),
            "metadata" => member.value(&mut self.metadata),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for CreateNewFactorPasskeyResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for CreateNewFactorPasskeyResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "CreateNewFactorPasskeyResponseBody",
            15,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("entity_sid", &self.entity_sid)?;
        out.value("identity", &self.identity)?;
        out.value("binding", &self.binding)?;
        out.value("options", &self.options)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("friendly_name", &self.friendly_name)?;
        out.value("status", &self.status)?;
        out.value("factor_type", &self.factor_type)?;
        out.value("config", &self.config)?;
        out.value("metadata", &self.metadata)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The Status of this Factor.
///
/// Decoding keeps values the spec does not list as [`CreateNewFactorPasskeyResponseBodyStatus::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum CreateNewFactorPasskeyResponseBodyStatus {
    /// `unverified`
    Unverified,
    /// `verified`
    Verified,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl CreateNewFactorPasskeyResponseBodyStatus {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["unverified", "verified"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unverified => "unverified",
            Self::Verified => "verified",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "unverified" => Self::Unverified,
            "verified" => Self::Verified,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for CreateNewFactorPasskeyResponseBodyStatus {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for CreateNewFactorPasskeyResponseBodyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CreateNewFactorPasskeyResponseBodyStatus {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "CreateNewFactorPasskeyResponseBodyStatus",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for CreateNewFactorPasskeyResponseBodyStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CreateNewFactorPasskeyResponseBodyStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The values of `DiscoverableCredentials`.
///
/// Decoding keeps values the spec does not list as [`DiscoverableCredentials::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum DiscoverableCredentials {
    /// `required`
    Required,
    /// `preferred`
    Preferred,
    /// `discouraged`
    Discouraged,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl DiscoverableCredentials {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "required",
        "preferred",
        "discouraged",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "required",
            Self::Preferred => "preferred",
            Self::Discouraged => "discouraged",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "required" => Self::Required,
            "preferred" => Self::Preferred,
            "discouraged" => Self::Discouraged,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for DiscoverableCredentials {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for DiscoverableCredentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for DiscoverableCredentials {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "DiscoverableCredentials",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for DiscoverableCredentials {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for DiscoverableCredentials {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `verify.v2.service.entity` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Entity {
    /// A 34 character string that uniquely identifies this Entity.
    pub sid: Option<crate::EntitySid>,
    /// The unique external identifier for the Entity of the Service. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters.
    pub identity: Option<String>,
    /// The unique SID identifier of the Account.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique SID identifier of the Service.
    pub service_sid: Option<crate::ServiceSid>,
    /// The date that this Entity was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date that this Entity was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The URL of this resource.
    pub url: Option<String>,
    /// Contains a dictionary of URL links to nested resources of this Entity.
    pub links: Option<serde_json::Value>,
}
impl crate::formats::lenient::Fields for Entity {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "identity" => member.value(&mut self.identity),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "url" => member.value(&mut self.url),
            "links" => member.value(&mut self.links),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Entity {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Entity {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "Entity", 8)?;
        out.value("sid", &self.sid)?;
        out.value("identity", &self.identity)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("url", &self.url)?;
        out.value("links", &self.links)?;
        out.end()
    }
}
/// The `verify.v2.service.entity.factor` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Factor {
    /// A 34 character string that uniquely identifies this Factor.
    pub sid: Option<crate::FactorSid>,
    /// The unique SID identifier of the Account.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique SID identifier of the Service.
    pub service_sid: Option<crate::ServiceSid>,
    /// The unique SID identifier of the Entity.
    pub entity_sid: Option<crate::EntitySid>,
    /// Customer unique identity for the Entity owner of the Factor. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters.
    pub identity: Option<String>,
    /// The date that this Factor was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date that this Factor was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// A human readable description of this resource, up to 64 characters. For a push factor, this can be the device's name.
    pub friendly_name: Option<String>,
    /// The Status of this Factor. One of `unverified` or `verified`.
    pub status: Option<crate::verify_v2::FactorFactorStatuses>,
    /// The Type of this Factor. Currently `push` and `totp` are supported.
    pub factor_type: Option<crate::verify_v2::FactorFactorTypes>,
    /// An object that contains configurations specific to a `factor_type`.
    pub config: Option<serde_json::Value>,
    /// Custom metadata associated with the factor. This is added by the Device/SDK directly to allow for the inclusion of device information. It must be a stringified JSON with only strings values eg. `{"os": "Android"}`. Can be up to 1024 characters in length.
    pub metadata: Option<serde_json::Value>,
    /// The URL of this resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for Factor {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "entity_sid" => member.value(&mut self.entity_sid),
            "identity" => member.value(&mut self.identity),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "friendly_name" => member.value(&mut self.friendly_name),
            "status" => member.value(&mut self.status),
            "factor_type" => member.value(&mut self.factor_type),
            "config" => member.value(&mut self.config),
            "metadata" => member.value(&mut self.metadata),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Factor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Factor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "Factor", 13)?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("entity_sid", &self.entity_sid)?;
        out.value("identity", &self.identity)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("friendly_name", &self.friendly_name)?;
        out.value("status", &self.status)?;
        out.value("factor_type", &self.factor_type)?;
        out.value("config", &self.config)?;
        out.value("metadata", &self.metadata)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The Status of this Factor.
///
/// Decoding keeps values the spec does not list as [`FactorFactorStatuses::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FactorFactorStatuses {
    /// `unverified`
    Unverified,
    /// `verified`
    Verified,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl FactorFactorStatuses {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["unverified", "verified"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unverified => "unverified",
            Self::Verified => "verified",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "unverified" => Self::Unverified,
            "verified" => Self::Verified,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for FactorFactorStatuses {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for FactorFactorStatuses {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for FactorFactorStatuses {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "FactorFactorStatuses",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for FactorFactorStatuses {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FactorFactorStatuses {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The Type of this Factor.
///
/// Decoding keeps values the spec does not list as [`FactorFactorTypes::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FactorFactorTypes {
    /// `push`
    Push,
    /// `totp`
    Totp,
    /// `passkeys`
    Passkeys,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl FactorFactorTypes {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["push", "totp", "passkeys"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Push => "push",
            Self::Totp => "totp",
            Self::Passkeys => "passkeys",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "push" => Self::Push,
            "totp" => Self::Totp,
            "passkeys" => Self::Passkeys,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for FactorFactorTypes {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for FactorFactorTypes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for FactorFactorTypes {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "FactorFactorTypes",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for FactorFactorTypes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FactorFactorTypes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The values of `FactorTotpAlgorithms`.
///
/// Decoding keeps values the spec does not list as [`FactorTotpAlgorithms::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FactorTotpAlgorithms {
    /// `sha1`
    Sha1,
    /// `sha256`
    Sha256,
    /// `sha512`
    Sha512,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl FactorTotpAlgorithms {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["sha1", "sha256", "sha512"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sha1 => "sha1",
            Self::Sha256 => "sha256",
            Self::Sha512 => "sha512",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "sha1" => Self::Sha1,
            "sha256" => Self::Sha256,
            "sha512" => Self::Sha512,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for FactorTotpAlgorithms {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for FactorTotpAlgorithms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for FactorTotpAlgorithms {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "FactorTotpAlgorithms",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for FactorTotpAlgorithms {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FactorTotpAlgorithms {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The Factor Type of this Challenge.
///
/// Decoding keeps values the spec does not list as [`FactorType::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FactorType {
    /// `push`
    Push,
    /// `totp`
    Totp,
    /// `passkeys`
    Passkeys,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl FactorType {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["push", "totp", "passkeys"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Push => "push",
            Self::Totp => "totp",
            Self::Passkeys => "passkeys",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "push" => Self::Push,
            "totp" => Self::Totp,
            "passkeys" => Self::Passkeys,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for FactorType {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for FactorType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for FactorType {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "FactorType",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for FactorType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for FactorType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `ListBucketResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListBucketResponseBody {
    /// The `buckets` field.
    pub buckets: Option<Vec<crate::verify_v2::Bucket>>,
    /// The `meta` field.
    pub meta: Option<crate::verify_v2::ListBucketResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListBucketResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "buckets" => member.list(&mut self.buckets),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListBucketResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListBucketResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListBucketResponseBody",
            2,
        )?;
        out.list("buckets", &self.buckets)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListBucketResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListBucketResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListBucketResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListBucketResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListBucketResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListBucketResponseBodyMeta",
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
/// The `ListChallengeResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListChallengeResponseBody {
    /// The `challenges` field.
    pub challenges: Option<Vec<crate::verify_v2::Challenge>>,
    /// The `meta` field.
    pub meta: Option<crate::verify_v2::ListChallengeResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListChallengeResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "challenges" => member.list(&mut self.challenges),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListChallengeResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListChallengeResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListChallengeResponseBody",
            2,
        )?;
        out.list("challenges", &self.challenges)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListChallengeResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListChallengeResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListChallengeResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListChallengeResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListChallengeResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListChallengeResponseBodyMeta",
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
/// The `ListEntityResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEntityResponseBody {
    /// The `entities` field.
    pub entities: Option<Vec<crate::verify_v2::Entity>>,
    /// The `meta` field.
    pub meta: Option<crate::verify_v2::ListEntityResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListEntityResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "entities" => member.list(&mut self.entities),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListEntityResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListEntityResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListEntityResponseBody",
            2,
        )?;
        out.list("entities", &self.entities)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListEntityResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListEntityResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListEntityResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListEntityResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListEntityResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListEntityResponseBodyMeta",
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
/// The `ListFactorResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFactorResponseBody {
    /// The `factors` field.
    pub factors: Option<Vec<crate::verify_v2::Factor>>,
    /// The `meta` field.
    pub meta: Option<crate::verify_v2::ListFactorResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListFactorResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "factors" => member.list(&mut self.factors),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListFactorResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListFactorResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListFactorResponseBody",
            2,
        )?;
        out.list("factors", &self.factors)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListFactorResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListFactorResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListFactorResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListFactorResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListFactorResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListFactorResponseBodyMeta",
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
/// The `ListMessagingConfigurationResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMessagingConfigurationResponseBody {
    /// The `messaging_configurations` field.
    pub messaging_configurations: Option<Vec<crate::verify_v2::MessagingConfiguration>>,
    /// The `meta` field.
    pub meta: Option<crate::verify_v2::ListMessagingConfigurationResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListMessagingConfigurationResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "messaging_configurations" => member.list(&mut self.messaging_configurations),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListMessagingConfigurationResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListMessagingConfigurationResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListMessagingConfigurationResponseBody",
            2,
        )?;
        out.list("messaging_configurations", &self.messaging_configurations)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListMessagingConfigurationResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListMessagingConfigurationResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListMessagingConfigurationResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListMessagingConfigurationResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListMessagingConfigurationResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListMessagingConfigurationResponseBodyMeta",
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
/// The `ListRateLimitResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRateLimitResponseBody {
    /// The `rate_limits` field.
    pub rate_limits: Option<Vec<crate::verify_v2::RateLimit>>,
    /// The `meta` field.
    pub meta: Option<crate::verify_v2::ListRateLimitResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListRateLimitResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "rate_limits" => member.list(&mut self.rate_limits),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListRateLimitResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListRateLimitResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListRateLimitResponseBody",
            2,
        )?;
        out.list("rate_limits", &self.rate_limits)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListRateLimitResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListRateLimitResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListRateLimitResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListRateLimitResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListRateLimitResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListRateLimitResponseBodyMeta",
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
/// The `ListServiceResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListServiceResponseBody {
    /// The `services` field.
    pub services: Option<Vec<crate::verify_v2::Service>>,
    /// The `meta` field.
    pub meta: Option<crate::verify_v2::ListServiceResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListServiceResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "services" => member.list(&mut self.services),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListServiceResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListServiceResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListServiceResponseBody",
            2,
        )?;
        out.list("services", &self.services)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListServiceResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListServiceResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListServiceResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListServiceResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListServiceResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListServiceResponseBodyMeta",
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
/// The `ListWebhookResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListWebhookResponseBody {
    /// The `webhooks` field.
    pub webhooks: Option<Vec<crate::verify_v2::Webhook>>,
    /// The `meta` field.
    pub meta: Option<crate::verify_v2::ListWebhookResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListWebhookResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "webhooks" => member.list(&mut self.webhooks),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListWebhookResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListWebhookResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListWebhookResponseBody",
            2,
        )?;
        out.list("webhooks", &self.webhooks)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListWebhookResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListWebhookResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListWebhookResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListWebhookResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListWebhookResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListWebhookResponseBodyMeta",
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
/// The `verify.v2.service.messaging_configuration` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct MessagingConfiguration {
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Service resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the [Service](https://www.twilio.com/docs/verify/api/service) that the resource is associated with.
    pub service_sid: Option<crate::ServiceSid>,
    /// The [ISO-3166-1](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2) country code of the country this configuration will be applied to. If this is a global configuration, Country will take the value `all`.
    pub country: Option<String>,
    /// The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) to be used to send SMS to the country of this configuration.
    pub messaging_service_sid: Option<crate::MessagingServiceSid>,
    /// The date and time in GMT when the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The URL of this resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for MessagingConfiguration {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "country" => member.value(&mut self.country),
            "messaging_service_sid" => member.value(&mut self.messaging_service_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for MessagingConfiguration {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for MessagingConfiguration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "MessagingConfiguration",
            7,
        )?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("country", &self.country)?;
        out.value("messaging_service_sid", &self.messaging_service_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The `verify.v2.service.entity.new_factor` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct NewFactor {
    /// A 34 character string that uniquely identifies this Factor.
    pub sid: Option<crate::FactorSid>,
    /// The unique SID identifier of the Account.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique SID identifier of the Service.
    pub service_sid: Option<crate::ServiceSid>,
    /// The unique SID identifier of the Entity.
    pub entity_sid: Option<crate::EntitySid>,
    /// Customer unique identity for the Entity owner of the Factor. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters.
    pub identity: Option<String>,
    /// Contains the `factor_type` specific secret and metadata.
    /// For push, this is `binding.public_key` and `binding.alg`.
    /// For totp, this is `binding.secret` and `binding.uri`. The `binding.uri` property is generated following the [google authenticator key URI format](https://github.com/google/google-authenticator/wiki/Key-Uri-Format), and `Factor.friendly_name` is used for the “accountname” value and `Service.friendly_name` or `Service.totp.issuer` is used for the `issuer` value.
    ///
    ///
    /// The Binding property is ONLY returned upon Factor creation.
    pub binding: Option<serde_json::Value>,
    /// The `options` field.
    pub options: Option<serde_json::Value>,
    /// The date that this Factor was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date that this Factor was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The friendly name of this Factor. This can be any string up to 64 characters, meant for humans to distinguish between Factors.
    /// For `factor_type` `push`, this could be a device name.
    /// For `factor_type` `totp`, this value is used as the “account name” in constructing the `binding.uri` property.
    /// At the same time, we recommend avoiding providing PII.
    pub friendly_name: Option<String>,
    /// The Status of this Factor. One of `unverified` or `verified`.
    pub status: Option<crate::verify_v2::NewFactorFactorStatuses>,
    /// The Type of this Factor. Currently `push` and `totp` are supported.
    pub factor_type: Option<crate::verify_v2::NewFactorFactorTypes>,
    /// An object that contains configurations specific to a `factor_type`.
    pub config: Option<serde_json::Value>,
    /// Custom metadata associated with the factor. This is added by the Device/SDK directly to allow for the inclusion of device information. It must be a stringified JSON with only strings values eg. `{"os": "Android"}`. Can be up to 1024 characters in length.
    pub metadata: Option<serde_json::Value>,
    /// The URL of this resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for NewFactor {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "entity_sid" => member.value(&mut self.entity_sid),
            "identity" => member.value(&mut self.identity),
            "binding" => member.value(&mut self.binding),
            "options" => member.value(&mut self.options),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "friendly_name" => member.value(&mut self.friendly_name),
            "status" => member.value(&mut self.status),
            "factor_type" => member.value(&mut self.factor_type),
            "config" => member.value(&mut self.config),
            "metadata" => member.value(&mut self.metadata),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for NewFactor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for NewFactor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "NewFactor", 15)?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("entity_sid", &self.entity_sid)?;
        out.value("identity", &self.identity)?;
        out.value("binding", &self.binding)?;
        out.value("options", &self.options)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("friendly_name", &self.friendly_name)?;
        out.value("status", &self.status)?;
        out.value("factor_type", &self.factor_type)?;
        out.value("config", &self.config)?;
        out.value("metadata", &self.metadata)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The Status of this Factor.
///
/// Decoding keeps values the spec does not list as [`NewFactorFactorStatuses::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum NewFactorFactorStatuses {
    /// `unverified`
    Unverified,
    /// `verified`
    Verified,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl NewFactorFactorStatuses {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["unverified", "verified"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unverified => "unverified",
            Self::Verified => "verified",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "unverified" => Self::Unverified,
            "verified" => Self::Verified,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for NewFactorFactorStatuses {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for NewFactorFactorStatuses {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for NewFactorFactorStatuses {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "NewFactorFactorStatuses",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for NewFactorFactorStatuses {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NewFactorFactorStatuses {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The Type of this Factor.
///
/// Decoding keeps values the spec does not list as [`NewFactorFactorTypes::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum NewFactorFactorTypes {
    /// `push`
    Push,
    /// `totp`
    Totp,
    /// `passkeys`
    Passkeys,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl NewFactorFactorTypes {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["push", "totp", "passkeys"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Push => "push",
            Self::Totp => "totp",
            Self::Passkeys => "passkeys",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "push" => Self::Push,
            "totp" => Self::Totp,
            "passkeys" => Self::Passkeys,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for NewFactorFactorTypes {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for NewFactorFactorTypes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for NewFactorFactorTypes {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "NewFactorFactorTypes",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for NewFactorFactorTypes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NewFactorFactorTypes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The values of `NewFactorNotificationPlatforms`.
///
/// Decoding keeps values the spec does not list as [`NewFactorNotificationPlatforms::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum NewFactorNotificationPlatforms {
    /// `apn`
    Apn,
    /// `fcm`
    Fcm,
    /// `none`
    None,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl NewFactorNotificationPlatforms {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["apn", "fcm", "none"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Apn => "apn",
            Self::Fcm => "fcm",
            Self::None => "none",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "apn" => Self::Apn,
            "fcm" => Self::Fcm,
            "none" => Self::None,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for NewFactorNotificationPlatforms {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for NewFactorNotificationPlatforms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for NewFactorNotificationPlatforms {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "NewFactorNotificationPlatforms",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for NewFactorNotificationPlatforms {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NewFactorNotificationPlatforms {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The values of `NewFactorTotpAlgorithms`.
///
/// Decoding keeps values the spec does not list as [`NewFactorTotpAlgorithms::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum NewFactorTotpAlgorithms {
    /// `sha1`
    Sha1,
    /// `sha256`
    Sha256,
    /// `sha512`
    Sha512,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl NewFactorTotpAlgorithms {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["sha1", "sha256", "sha512"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sha1 => "sha1",
            Self::Sha256 => "sha256",
            Self::Sha512 => "sha512",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "sha1" => Self::Sha1,
            "sha256" => Self::Sha256,
            "sha512" => Self::Sha512,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for NewFactorTotpAlgorithms {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for NewFactorTotpAlgorithms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for NewFactorTotpAlgorithms {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "NewFactorTotpAlgorithms",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for NewFactorTotpAlgorithms {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for NewFactorTotpAlgorithms {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `verify.v2.service.entity.challenge.notification` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Notification {
    /// A 34 character string that uniquely identifies this Notification.
    pub sid: Option<crate::NotificationSid>,
    /// The unique SID identifier of the Account.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique SID identifier of the Service.
    pub service_sid: Option<crate::ServiceSid>,
    /// The unique SID identifier of the Entity.
    pub entity_sid: Option<crate::EntitySid>,
    /// Customer unique identity for the Entity owner of the Challenge. This identifier should be immutable, not PII, length between 8 and 64 characters, and generated by your external system, such as your user's UUID, GUID, or SID. It can only contain dash (-) separated alphanumeric characters.
    pub identity: Option<String>,
    /// The unique SID identifier of the Challenge.
    pub challenge_sid: Option<crate::ChallengeSid>,
    /// The priority of the notification. For `push` Challenges it's always `high` which sends the notification immediately, and can wake up a sleeping device.
    pub priority: Option<String>,
    /// How long, in seconds, the notification is valid. Max: 5 minutes
    pub ttl: Option<i64>,
    /// The date that this Notification was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
}
impl crate::formats::lenient::Fields for Notification {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "entity_sid" => member.value(&mut self.entity_sid),
            "identity" => member.value(&mut self.identity),
            "challenge_sid" => member.value(&mut self.challenge_sid),
            "priority" => member.value(&mut self.priority),
            "ttl" => member.value(&mut self.ttl),
            "date_created" => member.rfc3339(&mut self.date_created),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Notification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Notification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "Notification",
            9,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("entity_sid", &self.entity_sid)?;
        out.value("identity", &self.identity)?;
        out.value("challenge_sid", &self.challenge_sid)?;
        out.value("priority", &self.priority)?;
        out.value("ttl", &self.ttl)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.end()
    }
}
/// The `verify.v2.service.rate_limit` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RateLimit {
    /// A 34 character string that uniquely identifies this Rate Limit.
    pub sid: Option<crate::RateLimitSid>,
    /// The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
    pub service_sid: Option<crate::ServiceSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Rate Limit resource.
    pub account_sid: Option<crate::AccountSid>,
    /// Provides a unique and addressable name to be assigned to this Rate Limit, assigned by the developer, to be optionally used in addition to SID. \*\*This value should not contain PII.\*\*
    pub unique_name: Option<String>,
    /// Description of this Rate Limit
    pub description: Option<String>,
    /// The date and time in GMT when the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The URL of this resource.
    pub url: Option<String>,
    /// The URLs of related resources.
    pub links: Option<serde_json::Value>,
}
impl crate::formats::lenient::Fields for RateLimit {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "service_sid" => member.value(&mut self.service_sid),
            "account_sid" => member.value(&mut self.account_sid),
            "unique_name" => member.value(&mut self.unique_name),
            "description" => member.value(&mut self.description),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "url" => member.value(&mut self.url),
            "links" => member.value(&mut self.links),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for RateLimit {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for RateLimit {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "RateLimit", 9)?;
        out.value("sid", &self.sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("unique_name", &self.unique_name)?;
        out.value("description", &self.description)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("url", &self.url)?;
        out.value("links", &self.links)?;
        out.end()
    }
}
/// Reason for the Challenge to be in certain `status`.
///
/// Decoding keeps values the spec does not list as [`RespondedReason::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum RespondedReason {
    /// `none`
    None,
    /// `not_needed`
    NotNeeded,
    /// `not_requested`
    NotRequested,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl RespondedReason {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["none", "not_needed", "not_requested"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::NotNeeded => "not_needed",
            Self::NotRequested => "not_requested",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "none" => Self::None,
            "not_needed" => Self::NotNeeded,
            "not_requested" => Self::NotRequested,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for RespondedReason {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for RespondedReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for RespondedReason {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "RespondedReason",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for RespondedReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for RespondedReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `verify.v2.service` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Service {
    /// The unique string that we created to identify the Service resource.
    pub sid: Option<crate::ServiceSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Service resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The name that appears in the body of your verification messages. It can be up to 30 characters long and can include letters, numbers, spaces, dashes, underscores. Phone numbers, special characters or links are NOT allowed. It cannot contain more than 4 (consecutive or non-consecutive) digits. \*\*This value should not contain PII.\*\*
    pub friendly_name: Option<String>,
    /// The length of the verification code to generate.
    pub code_length: Option<i64>,
    /// Whether to perform a lookup with each verification started and return info about the phone number.
    pub lookup_enabled: Option<bool>,
    /// Whether to pass PSD2 transaction parameters when starting a verification.
    pub psd2_enabled: Option<bool>,
    /// Whether to skip sending SMS verifications to landlines. Requires `lookup_enabled`.
    pub skip_sms_to_landlines: Option<bool>,
    /// Whether to ask the user to press a number before delivering the verify code in a phone call.
    pub dtmf_input_required: Option<bool>,
    /// The name of an alternative text-to-speech service to use in phone calls. Applies only to TTS languages.
    pub tts_name: Option<String>,
    /// Whether to add a security warning at the end of an SMS verification body. Disabled by default and applies only to SMS. Example SMS body: `Your AppName verification code is: 1234. Don’t share this code with anyone; our employees will never ask for the code`
    pub do_not_share_warning_enabled: Option<bool>,
    /// Whether to allow sending verifications with a custom code instead of a randomly generated one.
    pub custom_code_enabled: Option<bool>,
    /// Configurations for the Push factors (channel) created under this Service.
    pub push: Option<serde_json::Value>,
    /// Configurations for the TOTP factors (channel) created under this Service.
    pub totp: Option<serde_json::Value>,
    /// The `default_template_sid` field.
    pub default_template_sid: Option<crate::VerificationTemplateSid>,
    /// The `whatsapp` field.
    pub whatsapp: Option<serde_json::Value>,
    /// The `passkeys` field.
    pub passkeys: Option<serde_json::Value>,
    /// Whether to allow verifications from the service to reach the stream-events sinks if configured
    pub verify_event_subscription_enabled: Option<bool>,
    /// The date and time in GMT when the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The absolute URL of the resource.
    pub url: Option<String>,
    /// The URLs of related resources.
    pub links: Option<serde_json::Value>,
}
impl crate::formats::lenient::Fields for Service {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "friendly_name" => member.value(&mut self.friendly_name),
            "code_length" => member.value(&mut self.code_length),
            "lookup_enabled" => member.value(&mut self.lookup_enabled),
            "psd2_enabled" => member.value(&mut self.psd2_enabled),
            "skip_sms_to_landlines" => member.value(&mut self.skip_sms_to_landlines),
            "dtmf_input_required" => member.value(&mut self.dtmf_input_required),
            "tts_name" => member.value(&mut self.tts_name),
            "do_not_share_warning_enabled" => {
                member.value(&mut self.do_not_share_warning_enabled)
            }
            "custom_code_enabled" => member.value(&mut self.custom_code_enabled),
            "push" => member.value(&mut self.push),
            "totp" => member.value(&mut self.totp),
            "default_template_sid" => member.value(&mut self.default_template_sid),
            "whatsapp" => member.value(&mut self.whatsapp),
            "passkeys" => member.value(&mut self.passkeys),
            "verify_event_subscription_enabled" => {
                member.value(&mut self.verify_event_subscription_enabled)
            }
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "url" => member.value(&mut self.url),
            "links" => member.value(&mut self.links),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Service {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Service {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "Service", 21)?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("friendly_name", &self.friendly_name)?;
        out.value("code_length", &self.code_length)?;
        out.value("lookup_enabled", &self.lookup_enabled)?;
        out.value("psd2_enabled", &self.psd2_enabled)?;
        out.value("skip_sms_to_landlines", &self.skip_sms_to_landlines)?;
        out.value("dtmf_input_required", &self.dtmf_input_required)?;
        out.value("tts_name", &self.tts_name)?;
        out.value("do_not_share_warning_enabled", &self.do_not_share_warning_enabled)?;
        out.value("custom_code_enabled", &self.custom_code_enabled)?;
        out.value("push", &self.push)?;
        out.value("totp", &self.totp)?;
        out.value("default_template_sid", &self.default_template_sid)?;
        out.value("whatsapp", &self.whatsapp)?;
        out.value("passkeys", &self.passkeys)?;
        out.value(
            "verify_event_subscription_enabled",
            &self.verify_event_subscription_enabled,
        )?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("url", &self.url)?;
        out.value("links", &self.links)?;
        out.end()
    }
}
/// The Status of this Challenge.
///
/// Decoding keeps values the spec does not list as [`Status::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Status {
    /// `pending`
    Pending,
    /// `expired`
    Expired,
    /// `approved`
    Approved,
    /// `denied`
    Denied,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl Status {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "pending",
        "expired",
        "approved",
        "denied",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Expired => "expired",
            Self::Approved => "approved",
            Self::Denied => "denied",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "pending" => Self::Pending,
            "expired" => Self::Expired,
            "approved" => Self::Approved,
            "denied" => Self::Denied,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for Status {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for Status {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "Status",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The values of `Transports`.
///
/// Decoding keeps values the spec does not list as [`Transports::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Transports {
    /// `usb`
    Usb,
    /// `nfc`
    Nfc,
    /// `ble`
    Ble,
    /// `smart-card`
    SmartCard,
    /// `internal`
    Internal,
    /// `hybrid`
    Hybrid,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl Transports {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "usb",
        "nfc",
        "ble",
        "smart-card",
        "internal",
        "hybrid",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Usb => "usb",
            Self::Nfc => "nfc",
            Self::Ble => "ble",
            Self::SmartCard => "smart-card",
            Self::Internal => "internal",
            Self::Hybrid => "hybrid",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "usb" => Self::Usb,
            "nfc" => Self::Nfc,
            "ble" => Self::Ble,
            "smart-card" => Self::SmartCard,
            "internal" => Self::Internal,
            "hybrid" => Self::Hybrid,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for Transports {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for Transports {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for Transports {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "Transports",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for Transports {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for Transports {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The valid credential types supported by the API.
///
/// Decoding keeps values the spec does not list as [`Type::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Type {
    /// `public-key`
    PublicKey,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl Type {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["public-key"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PublicKey => "public-key",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "public-key" => Self::PublicKey,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for Type {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for Type {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for Type {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "Type",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for Type {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for Type {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The result of a WebAuthn authentication via a `navigator.credentials.get()` request, as specified in [AuthenticatorAttestationResponse](https://developer.mozilla.org/en-US/docs/Web/API/AuthenticatorAttestationResponse).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UpdateChallengePasskeysResponse {
    /// The [authenticator data](https://developer.mozilla.org/en-US/docs/Web/API/Web_Authentication_API/Authenticator_data) structure contains information from the authenticator about the processing of a credential creation or authentication request.
    #[serde(rename = "authenticatorData")]
    pub authenticator_data: String,
    /// This property contains the JSON-compatible serialization of the data passed from the browser to the authenticator in order to generate this credential.
    #[serde(rename = "clientDataJSON")]
    pub client_data_json: String,
    /// An assertion signature over `authenticatorData` and `clientDataJSON`. The assertion signature is created with the private key of the key pair that was created during the originating `navigator.credentials.create()` call and verified using the public key of that same key pair.
    pub signature: String,
    /// The user handle stored in the authenticator, specified as `user.id` in the options passed to the originating `navigator.credentials.create()` call. This property should contain a base64url-encoded entity SID.
    #[serde(rename = "userHandle", default, skip_serializing_if = "Option::is_none")]
    pub user_handle: Option<String>,
}
/// The `UpdateChallengePasskeysResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdateChallengePasskeysResponseBody {
    /// A 34 character string that uniquely identifies this Challenge.
    pub sid: Option<crate::ChallengeSid>,
    /// The unique SID identifier of the Account.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique SID identifier of the Service.
    pub service_sid: Option<crate::ServiceSid>,
    /// The unique SID identifier of the Entity.
    pub entity_sid: Option<crate::EntitySid>,
    /// Customer unique identity for the Entity owner of the Challenge.
    pub identity: Option<String>,
    /// The unique SID identifier of the Factor.
    pub factor_sid: Option<crate::FactorSid>,
    /// The date that this Challenge was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date that this Challenge was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The date that this Challenge was responded, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_responded: Option<time::OffsetDateTime>,
    /// The date-time when this Challenge expires, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub expiration_date: Option<time::OffsetDateTime>,
    /// The Status of this Challenge. One of `pending`, `expired`, `approved` or `denied`.
    pub status: Option<crate::verify_v2::Status>,
    /// Reason for the Challenge to be in certain `status`. One of `none`, `not_needed` or `not_requested`.
    pub responded_reason: Option<crate::verify_v2::RespondedReason>,
    /// Details provided to give context about the Challenge.
    pub details: Option<serde_json::Value>,
    /// Details provided to give context about the Challenge.
    pub hidden_details: Option<serde_json::Value>,
    /// Custom metadata associated with the challenge.
    pub metadata: Option<serde_json::Value>,
    /// The Factor Type of this Challenge. Currently `push` and `totp` are supported.
    pub factor_type: Option<crate::verify_v2::FactorType>,
    /// The URL of this resource.
    pub url: Option<String>,
    /// Contains a dictionary of URL links to nested resources of this Challenge.
    pub links: Option<serde_json::Value>,
    /// An object that contains challenge options. Currently only used for `passkeys`.
    pub options: Option<serde_json::Value>,
}
impl crate::formats::lenient::Fields for UpdateChallengePasskeysResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "entity_sid" => member.value(&mut self.entity_sid),
            "identity" => member.value(&mut self.identity),
            "factor_sid" => member.value(&mut self.factor_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "date_responded" => member.rfc3339(&mut self.date_responded),
            "expiration_date" => member.rfc3339(&mut self.expiration_date),
            "status" => member.value(&mut self.status),
            "responded_reason" => member.value(&mut self.responded_reason),
            "details" => member.value(&mut self.details),
            "hidden_details" => member.value(&mut self.hidden_details),
            "metadata" => member.value(&mut self.metadata),
            "factor_type" => member.value(&mut self.factor_type),
            "url" => member.value(&mut self.url),
            "links" => member.value(&mut self.links),
            "options" => member.value(&mut self.options),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for UpdateChallengePasskeysResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for UpdateChallengePasskeysResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "UpdateChallengePasskeysResponseBody",
            19,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("entity_sid", &self.entity_sid)?;
        out.value("identity", &self.identity)?;
        out.value("factor_sid", &self.factor_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.rfc3339("date_responded", &self.date_responded)?;
        out.rfc3339("expiration_date", &self.expiration_date)?;
        out.value("status", &self.status)?;
        out.value("responded_reason", &self.responded_reason)?;
        out.value("details", &self.details)?;
        out.value("hidden_details", &self.hidden_details)?;
        out.value("metadata", &self.metadata)?;
        out.value("factor_type", &self.factor_type)?;
        out.value("url", &self.url)?;
        out.value("links", &self.links)?;
        out.value("options", &self.options)?;
        out.end()
    }
}
/// The result of a WebAuthn credential registration via `navigator.credentials.create()`, as specified in [AuthenticatorAttestationResponse](https://developer.mozilla.org/en-US/docs/Web/API/AuthenticatorAttestationResponse).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdatePasskeysFactorResponse {
    /// The authenticator data and an attestation statement for a new key pair generated by the authenticator.
    pub attestation_object: Option<String>,
    /// This property contains the JSON-compatible serialization of the data passed from the browser to the authenticator in order to generate this credential.
    pub client_data_json: Option<String>,
    /// An array of strings providing hints as to the methods the client could use to communicate with the relevant authenticator of the public key credential to retrieve.
    pub transports: Option<Vec<crate::verify_v2::Transports>>,
}
impl crate::formats::lenient::Fields for UpdatePasskeysFactorResponse {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "attestationObject" => member.value(&mut self.attestation_object),
            "clientDataJSON" => member.value(&mut self.client_data_json),
            "transports" => member.list(&mut self.transports),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for UpdatePasskeysFactorResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for UpdatePasskeysFactorResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "UpdatePasskeysFactorResponse",
            3,
        )?;
        out.value("attestationObject", &self.attestation_object)?;
        out.value("clientDataJSON", &self.client_data_json)?;
        out.list("transports", &self.transports)?;
        out.end()
    }
}
/// The `UpdatePasskeysFactorResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UpdatePasskeysFactorResponseBody {
    /// A 34 character string that uniquely identifies this Factor.
    pub sid: Option<crate::FactorSid>,
    /// The unique SID identifier of the Account.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique SID identifier of the Service.
    pub service_sid: Option<crate::ServiceSid>,
    /// The unique SID identifier of the Entity.
    pub entity_sid: Option<crate::EntitySid>,
    /// Customer unique identity for the Entity owner of the Factor.
    pub identity: Option<String>,
    /// The date that this Factor was created, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date that this Factor was updated, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// A human readable description of this resource, up to 64 characters.
    pub friendly_name: Option<String>,
    /// The Status of this Factor. One of `unverified` or `verified`.
    pub status: Option<crate::verify_v2::CreateNewFactorPasskeyResponseBodyStatus>,
    /// The Type of this Factor. Currently `push` and `totp` are supported.
    pub factor_type: Option<crate::verify_v2::FactorType>,
    /// An object that contains configurations specific to a `factor_type`.
    pub config: Option<serde_json::Value>,
    /// Custom metadata associated with the factor.
    pub metadata: Option<serde_json::Value>,
    /// The URL of this resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for UpdatePasskeysFactorResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "entity_sid" => member.value(&mut self.entity_sid),
            "identity" => member.value(&mut self.identity),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "friendly_name" => member.value(&mut self.friendly_name),
            "status" => member.value(&mut self.status),
            "factor_type" => member.value(&mut self.factor_type),
            "config" => member.value(&mut self.config),
            "metadata" => member.value(&mut self.metadata),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for UpdatePasskeysFactorResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for UpdatePasskeysFactorResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "UpdatePasskeysFactorResponseBody",
            13,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("entity_sid", &self.entity_sid)?;
        out.value("identity", &self.identity)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("friendly_name", &self.friendly_name)?;
        out.value("status", &self.status)?;
        out.value("factor_type", &self.factor_type)?;
        out.value("config", &self.config)?;
        out.value("metadata", &self.metadata)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The values of `UserVerification`.
///
/// Decoding keeps values the spec does not list as [`UserVerification::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum UserVerification {
    /// `required`
    Required,
    /// `preferred`
    Preferred,
    /// `discouraged`
    Discouraged,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl UserVerification {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "required",
        "preferred",
        "discouraged",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Required => "required",
            Self::Preferred => "preferred",
            Self::Discouraged => "discouraged",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "required" => Self::Required,
            "preferred" => Self::Preferred,
            "discouraged" => Self::Discouraged,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for UserVerification {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for UserVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for UserVerification {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "UserVerification",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for UserVerification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for UserVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `verify.v2.service.verification` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Verification {
    /// The unique string that we created to identify the Verification resource.
    pub sid: Option<crate::VerificationCheckSid>,
    /// The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
    pub service_sid: Option<crate::ServiceSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Verification resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The phone number or [email](https://www.twilio.com/docs/verify/email) being verified. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
    pub to: Option<String>,
    /// The verification method used. One of: [`email`](https://www.twilio.com/docs/verify/email), `sms`, `whatsapp`, `call`, `sna`, or `rcs`.
    pub channel: Option<crate::verify_v2::VerificationChannel>,
    /// The status of the verification. Can be: `pending`, `approved`, `canceled`, `max_attempts_reached`, `deleted`, `failed` or `expired`.
    pub status: Option<String>,
    /// Use "status" instead. Legacy property indicating whether the verification was successful.
    pub valid: Option<bool>,
    /// Information about the phone number being verified.
    pub lookup: Option<serde_json::Value>,
    /// The amount of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled.
    pub amount: Option<String>,
    /// The payee of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled.
    pub payee: Option<String>,
    /// An array of verification attempt objects containing the channel attempted and the channel-specific transaction SID.
    pub send_code_attempts: Option<Vec<serde_json::Value>>,
    /// The date and time in GMT when the resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The set of fields used for a silent network auth (`sna`) verification. Contains a single field with the URL to be invoked to verify the phone number.
    pub sna: Option<serde_json::Value>,
    /// The absolute URL of the Verification resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for Verification {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "service_sid" => member.value(&mut self.service_sid),
            "account_sid" => member.value(&mut self.account_sid),
            "to" => member.value(&mut self.to),
            "channel" => member.value(&mut self.channel),
            "status" => member.value(&mut self.status),
            "valid" => member.value(&mut self.valid),
            "lookup" => member.value(&mut self.lookup),
            "amount" => member.value(&mut self.amount),
            "payee" => member.value(&mut self.payee),
            "send_code_attempts" => member.list(&mut self.send_code_attempts),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "sna" => member.value(&mut self.sna),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Verification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Verification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "Verification",
            15,
        )?;
        out.value("sid", &self.sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("to", &self.to)?;
        out.value("channel", &self.channel)?;
        out.value("status", &self.status)?;
        out.value("valid", &self.valid)?;
        out.value("lookup", &self.lookup)?;
        out.value("amount", &self.amount)?;
        out.value("payee", &self.payee)?;
        out.list("send_code_attempts", &self.send_code_attempts)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("sna", &self.sna)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The verification method used.
///
/// Decoding keeps values the spec does not list as [`VerificationChannel::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum VerificationChannel {
    /// `sms`
    Sms,
    /// `call`
    Call,
    /// `email`
    Email,
    /// `whatsapp`
    Whatsapp,
    /// `sna`
    Sna,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl VerificationChannel {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "sms",
        "call",
        "email",
        "whatsapp",
        "sna",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sms => "sms",
            Self::Call => "call",
            Self::Email => "email",
            Self::Whatsapp => "whatsapp",
            Self::Sna => "sna",
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
            "sna" => Self::Sna,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for VerificationChannel {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for VerificationChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VerificationChannel {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "VerificationChannel",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for VerificationChannel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VerificationChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `verify.v2.service.verification_check` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct VerificationCheck {
    /// The unique string that we created to identify the VerificationCheck resource.
    pub sid: Option<crate::VerificationCheckSid>,
    /// The SID of the [Service](https://www.twilio.com/docs/verify/api/service) the resource is associated with.
    pub service_sid: Option<crate::ServiceSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the VerificationCheck resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The phone number or [email](https://www.twilio.com/docs/verify/email) being verified. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
    pub to: Option<String>,
    /// The verification method to use. One of: [`email`](https://www.twilio.com/docs/verify/email), `sms`, `whatsapp`, `call`, or `sna`.
    pub channel: Option<crate::verify_v2::VerificationCheckChannel>,
    /// The status of the verification. Can be: `pending`, `approved`, `canceled`, `max_attempts_reached`, `deleted`, `failed` or `expired`.
    pub status: Option<String>,
    /// Use "status" instead. Legacy property indicating whether the verification was successful.
    pub valid: Option<bool>,
    /// The amount of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled.
    pub amount: Option<String>,
    /// The payee of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled.
    pub payee: Option<String>,
    /// The [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date and time in GMT when the Verification Check resource was created.
    pub date_created: Option<time::OffsetDateTime>,
    /// The [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) date and time in GMT when the Verification Check resource was last updated.
    pub date_updated: Option<time::OffsetDateTime>,
    /// List of error codes as a result of attempting a verification using the `sna` channel. The error codes are chronologically ordered, from the first attempt to the latest attempt. This will be an empty list if no errors occured or `null` if the last channel used wasn't `sna`.
    pub sna_attempts_error_codes: Option<Vec<serde_json::Value>>,
}
impl crate::formats::lenient::Fields for VerificationCheck {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "service_sid" => member.value(&mut self.service_sid),
            "account_sid" => member.value(&mut self.account_sid),
            "to" => member.value(&mut self.to),
            "channel" => member.value(&mut self.channel),
            "status" => member.value(&mut self.status),
            "valid" => member.value(&mut self.valid),
            "amount" => member.value(&mut self.amount),
            "payee" => member.value(&mut self.payee),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "sna_attempts_error_codes" => member.list(&mut self.sna_attempts_error_codes),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for VerificationCheck {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for VerificationCheck {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "VerificationCheck",
            12,
        )?;
        out.value("sid", &self.sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("to", &self.to)?;
        out.value("channel", &self.channel)?;
        out.value("status", &self.status)?;
        out.value("valid", &self.valid)?;
        out.value("amount", &self.amount)?;
        out.value("payee", &self.payee)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.list("sna_attempts_error_codes", &self.sna_attempts_error_codes)?;
        out.end()
    }
}
/// The verification method to use.
///
/// Decoding keeps values the spec does not list as [`VerificationCheckChannel::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum VerificationCheckChannel {
    /// `sms`
    Sms,
    /// `call`
    Call,
    /// `email`
    Email,
    /// `whatsapp`
    Whatsapp,
    /// `sna`
    Sna,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl VerificationCheckChannel {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "sms",
        "call",
        "email",
        "whatsapp",
        "sna",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sms => "sms",
            Self::Call => "call",
            Self::Email => "email",
            Self::Whatsapp => "whatsapp",
            Self::Sna => "sna",
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
            "sna" => Self::Sna,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for VerificationCheckChannel {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for VerificationCheckChannel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VerificationCheckChannel {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "VerificationCheckChannel",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for VerificationCheckChannel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VerificationCheckChannel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// Risk\_check overrides Fraud Prevention measures like Fraud Guard, Geo Permissions etc per verification attempt basis, allowing Verify to block traffic considered fraudulent if enabled or bypass active protections if disabled.
///
/// Decoding keeps values the spec does not list as [`VerificationRiskCheck::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum VerificationRiskCheck {
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl VerificationRiskCheck {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["enable", "disable"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enable => "enable",
            Self::Disable => "disable",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "enable" => Self::Enable,
            "disable" => Self::Disable,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for VerificationRiskCheck {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for VerificationRiskCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VerificationRiskCheck {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "VerificationRiskCheck",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for VerificationRiskCheck {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VerificationRiskCheck {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The status of the verification.
///
/// Decoding keeps values the spec does not list as [`VerificationStatus::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum VerificationStatus {
    /// `canceled`
    Canceled,
    /// `approved`
    Approved,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl VerificationStatus {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["canceled", "approved"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Canceled => "canceled",
            Self::Approved => "approved",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "canceled" => Self::Canceled,
            "approved" => Self::Approved,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for VerificationStatus {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for VerificationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for VerificationStatus {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "VerificationStatus",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for VerificationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for VerificationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `verify.v2.service.webhook` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Webhook {
    /// The unique string that we created to identify the Webhook resource.
    pub sid: Option<crate::WebhookSid>,
    /// The unique SID identifier of the Service.
    pub service_sid: Option<crate::ServiceSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Service resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The string that you assigned to describe the webhook. \*\*This value should not contain PII.\*\*
    pub friendly_name: Option<String>,
    /// The array of events that this Webhook is subscribed to. Possible event types: `*, factor.deleted, factor.created, factor.verified, challenge.approved, challenge.denied`
    pub event_types: Option<Vec<String>>,
    /// The webhook status. Default value is `enabled`. One of: `enabled` or `disabled`
    pub status: Option<crate::verify_v2::WebhookStatus>,
    /// The webhook version. Default value is `v2` which includes all the latest fields. Version `v1` is legacy and may be removed in the future.
    pub version: Option<crate::verify_v2::WebhookVersion>,
    /// The URL associated with this Webhook.
    pub webhook_url: Option<String>,
    /// The method to be used when calling the webhook's URL.
    pub webhook_method: Option<crate::verify_v2::WebhookMethods>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The absolute URL of the Webhook resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for Webhook {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "service_sid" => member.value(&mut self.service_sid),
            "account_sid" => member.value(&mut self.account_sid),
            "friendly_name" => member.value(&mut self.friendly_name),
            "event_types" => member.list(&mut self.event_types),
            "status" => member.value(&mut self.status),
            "version" => member.value(&mut self.version),
            "webhook_url" => member.value(&mut self.webhook_url),
            "webhook_method" => member.value(&mut self.webhook_method),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Webhook {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Webhook {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "Webhook", 12)?;
        out.value("sid", &self.sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("friendly_name", &self.friendly_name)?;
        out.list("event_types", &self.event_types)?;
        out.value("status", &self.status)?;
        out.value("version", &self.version)?;
        out.value("webhook_url", &self.webhook_url)?;
        out.value("webhook_method", &self.webhook_method)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The method to be used when calling the webhook's URL.
///
/// Decoding keeps values the spec does not list as [`WebhookMethods::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum WebhookMethods {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl WebhookMethods {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["GET", "POST"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Get => "GET",
            Self::Post => "POST",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "GET" => Self::Get,
            "POST" => Self::Post,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for WebhookMethods {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for WebhookMethods {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for WebhookMethods {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "WebhookMethods",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for WebhookMethods {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for WebhookMethods {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The webhook status.
///
/// Decoding keeps values the spec does not list as [`WebhookStatus::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum WebhookStatus {
    /// `enabled`
    Enabled,
    /// `disabled`
    Disabled,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl WebhookStatus {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["enabled", "disabled"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "enabled" => Self::Enabled,
            "disabled" => Self::Disabled,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for WebhookStatus {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for WebhookStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for WebhookStatus {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "WebhookStatus",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for WebhookStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for WebhookStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The webhook version.
///
/// Decoding keeps values the spec does not list as [`WebhookVersion::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum WebhookVersion {
    /// `v1`
    V1,
    /// `v2`
    V2,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl WebhookVersion {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["v1", "v2"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1 => "v1",
            Self::V2 => "v2",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "v1" => Self::V1,
            "v2" => Self::V2,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for WebhookVersion {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for WebhookVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for WebhookVersion {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "WebhookVersion",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for WebhookVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for WebhookVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
