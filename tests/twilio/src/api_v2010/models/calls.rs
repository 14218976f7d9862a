//! The types of the `Calls` resources.
/// The `api.v2010.account.call` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Call {
    /// The unique string that we created to identify this Call resource.
    pub sid: Option<crate::CallSid>,
    /// The date and time in UTC that this resource was created specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in UTC that this resource was last updated, specified in [RFC 2822](https://www.ietf.org/rfc/rfc2822.txt) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The SID that identifies the call that created this leg.
    pub parent_call_sid: Option<crate::CallSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created this Call resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The phone number, SIP address, Client identifier or SIM SID that received this call. Phone numbers are in [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g., +16175551212). SIP addresses are formatted as `name@company.com`. Client identifiers are formatted `client:name`. SIM SIDs are formatted as `sim:sid`.
    pub to: Option<String>,
    /// The phone number, SIP address or Client identifier that received this call. Formatted for display. Non-North American phone numbers are in [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g., +442071838750).
    pub to_formatted: Option<String>,
    /// The phone number, SIP address, Client identifier or SIM SID that made this call. Phone numbers are in [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g., +16175551212). SIP addresses are formatted as `name@company.com`. Client identifiers are formatted `client:name`. SIM SIDs are formatted as `sim:sid`.
    pub from: Option<String>,
    /// The calling phone number, SIP address, or Client identifier formatted for display. Non-North American phone numbers are in [E.164](https://www.twilio.com/docs/glossary/what-e164) format (e.g., +442071838750).
    pub from_formatted: Option<String>,
    /// If the call was inbound, this is the SID of the IncomingPhoneNumber resource that received the call. If the call was outbound, it is the SID of the OutgoingCallerId resource from which the call was placed.
    pub phone_number_sid: Option<crate::PhoneNumberSid>,
    /// The status of this call. Can be: `queued`, `ringing`, `in-progress`, `canceled`, `completed`, `failed`, `busy` or `no-answer`. See [Call Status Values](https://www.twilio.com/docs/voice/api/call-resource#call-status-values) below for more information.
    pub status: Option<crate::api_v2010::CallStatus>,
    /// The start time of the call, given as UTC in [RFC 2822](https://www.php.net/manual/en/class.datetime.php#datetime.constants.rfc2822) format. Empty if the call has not yet been dialed.
    pub start_time: Option<time::OffsetDateTime>,
    /// The time the call ended, given as UTC in [RFC 2822](https://www.php.net/manual/en/class.datetime.php#datetime.constants.rfc2822) format. Empty if the call did not complete successfully.
    pub end_time: Option<time::OffsetDateTime>,
    /// The length of the call in seconds. This value is empty for busy, failed, unanswered, or ongoing calls.
    pub duration: Option<String>,
    /// The charge for this call, in the currency associated with the account. Populated after the call is completed. May not be immediately available. The price associated with a call only reflects the charge for connectivity.  Charges for other call-related features such as Answering Machine Detection, Text-To-Speech, and SIP REFER are not included in this value.
    pub price: Option<String>,
    /// The currency in which `Price` is measured, in [ISO 4127](https://www.iso.org/iso/home/standards/currency_codes.htm) format (e.g., `USD`, `EUR`, `JPY`). Always capitalized for calls.
    pub price_unit: Option<String>,
    /// A string describing the direction of the call. Can be: `inbound` for inbound calls, `outbound-api` for calls initiated via the REST API or `outbound-dial` for calls initiated by a `<Dial>` verb. Using [Elastic SIP Trunking](https://www.twilio.com/docs/sip-trunking), the values can be [`trunking-terminating`](https://www.twilio.com/docs/sip-trunking#termination) for outgoing calls from your communications infrastructure to the PSTN or [`trunking-originating`](https://www.twilio.com/docs/sip-trunking#origination) for incoming calls to your communications infrastructure from the PSTN.
    pub direction: Option<String>,
    /// Either `human` or `machine` if this call was initiated with answering machine detection. Empty otherwise.
    pub answered_by: Option<String>,
    /// The API version used to create the call.
    pub api_version: Option<String>,
    /// The forwarding phone number if this call was an incoming call forwarded from another number (depends on carrier supporting forwarding). Otherwise, empty.
    pub forwarded_from: Option<String>,
    /// The Group SID associated with this call. If no Group is associated with the call, the field is empty.
    pub group_sid: Option<crate::GroupSid>,
    /// The caller's name if this call was an incoming call to a phone number with caller ID Lookup enabled. Otherwise, empty.
    pub caller_name: Option<String>,
    /// The wait time in milliseconds before the call is placed.
    pub queue_time: Option<String>,
    /// The unique identifier of the trunk resource that was used for this call. The field is empty if the call was not made using a SIP trunk or if the call is not terminated.
    pub trunk_sid: Option<crate::TrunkSid>,
    /// The URI of this resource, relative to `https://api.twilio.com`.
    pub uri: Option<String>,
    /// A list of subresources available to this call, identified by their URIs relative to `https://api.twilio.com`.
    pub subresource_uris: Option<serde_json::Value>,
}
impl crate::formats::lenient::Fields for Call {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "date_created" => member.rfc2822(&mut self.date_created),
            "date_updated" => member.rfc2822(&mut self.date_updated),
            "parent_call_sid" => member.value(&mut self.parent_call_sid),
            "account_sid" => member.value(&mut self.account_sid),
            "to" => member.value(&mut self.to),
            "to_formatted" => member.value(&mut self.to_formatted),
            "from" => member.value(&mut self.from),
            "from_formatted" => member.value(&mut self.from_formatted),
            "phone_number_sid" => member.value(&mut self.phone_number_sid),
            "status" => member.value(&mut self.status),
            "start_time" => member.rfc2822(&mut self.start_time),
            "end_time" => member.rfc2822(&mut self.end_time),
            "duration" => member.value(&mut self.duration),
            "price" => member.value(&mut self.price),
            "price_unit" => member.value(&mut self.price_unit),
            "direction" => member.value(&mut self.direction),
            "answered_by" => member.value(&mut self.answered_by),
            "api_version" => member.value(&mut self.api_version),
            "forwarded_from" => member.value(&mut self.forwarded_from),
            "group_sid" => member.value(&mut self.group_sid),
            "caller_name" => member.value(&mut self.caller_name),
            "queue_time" => member.value(&mut self.queue_time),
            "trunk_sid" => member.value(&mut self.trunk_sid),
            "uri" => member.value(&mut self.uri),
            "subresource_uris" => member.value(&mut self.subresource_uris),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Call {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Call {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "Call", 26)?;
        out.value("sid", &self.sid)?;
        out.rfc2822("date_created", &self.date_created)?;
        out.rfc2822("date_updated", &self.date_updated)?;
        out.value("parent_call_sid", &self.parent_call_sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("to", &self.to)?;
        out.value("to_formatted", &self.to_formatted)?;
        out.value("from", &self.from)?;
        out.value("from_formatted", &self.from_formatted)?;
        out.value("phone_number_sid", &self.phone_number_sid)?;
        out.value("status", &self.status)?;
        out.rfc2822("start_time", &self.start_time)?;
        out.rfc2822("end_time", &self.end_time)?;
        out.value("duration", &self.duration)?;
        out.value("price", &self.price)?;
        out.value("price_unit", &self.price_unit)?;
        out.value("direction", &self.direction)?;
        out.value("answered_by", &self.answered_by)?;
        out.value("api_version", &self.api_version)?;
        out.value("forwarded_from", &self.forwarded_from)?;
        out.value("group_sid", &self.group_sid)?;
        out.value("caller_name", &self.caller_name)?;
        out.value("queue_time", &self.queue_time)?;
        out.value("trunk_sid", &self.trunk_sid)?;
        out.value("uri", &self.uri)?;
        out.value("subresource_uris", &self.subresource_uris)?;
        out.end()
    }
}
/// The status of this call.
///
/// Decoding keeps values the spec does not list as [`CallStatus::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum CallStatus {
    /// `queued`
    Queued,
    /// `ringing`
    Ringing,
    /// `in-progress`
    InProgress,
    /// `completed`
    Completed,
    /// `busy`
    Busy,
    /// `failed`
    Failed,
    /// `no-answer`
    NoAnswer,
    /// `canceled`
    Canceled,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl CallStatus {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "queued",
        "ringing",
        "in-progress",
        "completed",
        "busy",
        "failed",
        "no-answer",
        "canceled",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Queued => "queued",
            Self::Ringing => "ringing",
            Self::InProgress => "in-progress",
            Self::Completed => "completed",
            Self::Busy => "busy",
            Self::Failed => "failed",
            Self::NoAnswer => "no-answer",
            Self::Canceled => "canceled",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "queued" => Self::Queued,
            "ringing" => Self::Ringing,
            "in-progress" => Self::InProgress,
            "completed" => Self::Completed,
            "busy" => Self::Busy,
            "failed" => Self::Failed,
            "no-answer" => Self::NoAnswer,
            "canceled" => Self::Canceled,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for CallStatus {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for CallStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for CallStatus {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "CallStatus",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for CallStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for CallStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `ListCallResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListCallResponseBody {
    /// The `end` field.
    pub end: Option<i64>,
    /// The `first_page_uri` field.
    pub first_page_uri: Option<String>,
    /// The `next_page_uri` field.
    pub next_page_uri: Option<String>,
    /// The `page` field.
    pub page: Option<i64>,
    /// The `page_size` field.
    pub page_size: Option<i64>,
    /// The `previous_page_uri` field.
    pub previous_page_uri: Option<String>,
    /// The `start` field.
    pub start: Option<i64>,
    /// The `uri` field.
    pub uri: Option<String>,
    /// The `calls` field.
    pub calls: Option<Vec<crate::api_v2010::Call>>,
}
impl crate::formats::lenient::Fields for ListCallResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "end" => member.value(&mut self.end),
            "first_page_uri" => member.value(&mut self.first_page_uri),
            "next_page_uri" => member.value(&mut self.next_page_uri),
            "page" => member.value(&mut self.page),
            "page_size" => member.value(&mut self.page_size),
            "previous_page_uri" => member.value(&mut self.previous_page_uri),
            "start" => member.value(&mut self.start),
            "uri" => member.value(&mut self.uri),
            "calls" => member.list(&mut self.calls),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListCallResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListCallResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListCallResponseBody",
            9,
        )?;
        out.value("end", &self.end)?;
        out.value("first_page_uri", &self.first_page_uri)?;
        out.value("next_page_uri", &self.next_page_uri)?;
        out.value("page", &self.page)?;
        out.value("page_size", &self.page_size)?;
        out.value("previous_page_uri", &self.previous_page_uri)?;
        out.value("start", &self.start)?;
        out.value("uri", &self.uri)?;
        out.list("calls", &self.calls)?;
        out.end()
    }
}
/// The HTTP method that Twilio uses to request one of your URLs.
///
/// Decoding keeps values the spec does not list as [`Method::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// A value the spec does not list, as the API sent it.
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
impl crate::formats::check::Listed for Method {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
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
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UserDefinedMessage {
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created User Defined Message.
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the User Defined Message is associated with.
    pub call_sid: Option<crate::CallSid>,
    /// The SID that uniquely identifies this User Defined Message.
    pub sid: Option<crate::UserDefinedMessageSid>,
    /// The date that this User Defined Message was created, given in RFC 2822 format.
    pub date_created: Option<time::OffsetDateTime>,
}
impl crate::formats::lenient::Fields for UserDefinedMessage {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "account_sid" => member.value(&mut self.account_sid),
            "call_sid" => member.value(&mut self.call_sid),
            "sid" => member.value(&mut self.sid),
            "date_created" => member.rfc2822(&mut self.date_created),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for UserDefinedMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for UserDefinedMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "UserDefinedMessage",
            4,
        )?;
        out.value("account_sid", &self.account_sid)?;
        out.value("call_sid", &self.call_sid)?;
        out.value("sid", &self.sid)?;
        out.rfc2822("date_created", &self.date_created)?;
        out.end()
    }
}
/// The `api.v2010.account.call.user_defined_message_subscription` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UserDefinedMessageSubscription {
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that subscribed to the User Defined Messages.
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the [Call](https://www.twilio.com/docs/voice/api/call-resource) the User Defined Message Subscription is associated with. This refers to the Call SID that is producing the User Defined Messages.
    pub call_sid: Option<crate::CallSid>,
    /// The SID that uniquely identifies this User Defined Message Subscription.
    pub sid: Option<crate::UserDefinedMessageSubscriptionSid>,
    /// The date that this User Defined Message Subscription was created, given in RFC 2822 format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The URI of the User Defined Message Subscription Resource, relative to `https://api.twilio.com`.
    pub uri: Option<String>,
}
impl crate::formats::lenient::Fields for UserDefinedMessageSubscription {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "account_sid" => member.value(&mut self.account_sid),
            "call_sid" => member.value(&mut self.call_sid),
            "sid" => member.value(&mut self.sid),
            "date_created" => member.rfc2822(&mut self.date_created),
            "uri" => member.value(&mut self.uri),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for UserDefinedMessageSubscription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for UserDefinedMessageSubscription {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "UserDefinedMessageSubscription",
            5,
        )?;
        out.value("account_sid", &self.account_sid)?;
        out.value("call_sid", &self.call_sid)?;
        out.value("sid", &self.sid)?;
        out.rfc2822("date_created", &self.date_created)?;
        out.value("uri", &self.uri)?;
        out.end()
    }
}
