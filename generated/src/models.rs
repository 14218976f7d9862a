//! Resources and enums, as the spec's schemas describe them.
/// The HTTP method Twilio will use when requesting the above `Url`.
///
/// Decoding keeps values the spec does not list as [`Method::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// A value the spec does not list, as Twilio sent it.
    Unknown(crate::UnknownValue),
}
impl Method {
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
impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for Method {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "Method",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for Method {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for Method {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `api.v2010.account.call.user_defined_message` resource.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserDefinedMessage {
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created User Defined Message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the User Defined Message is associated with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_sid: Option<crate::CallSid>,
    /// The SID that uniquely identifies this User Defined Message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<crate::UserDefinedMessageSid>,
    /// The date that this User Defined Message was created, given in RFC 2822 format.
    #[serde(
        with = "crate::formats::rfc2822::option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_created: Option<time::OffsetDateTime>,
}
/// The `api.v2010.account.call.user_defined_message_subscription` resource.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[non_exhaustive]
pub struct UserDefinedMessageSubscription {
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that subscribed to the User Defined Messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the User Defined Message Subscription is associated with. This refers to the Call SID that is producing the User Defined Messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_sid: Option<crate::CallSid>,
    /// The SID that uniquely identifies this User Defined Message Subscription.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sid: Option<crate::UserDefinedMessageSubscriptionSid>,
    /// The date that this User Defined Message Subscription was created, given in RFC 2822 format.
    #[serde(
        with = "crate::formats::rfc2822::option",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_created: Option<time::OffsetDateTime>,
    /// The URI of the User Defined Message Subscription Resource, relative to `https://api.twilio.com`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
}
