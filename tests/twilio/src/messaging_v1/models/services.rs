//! The types of the `Services` resources.
/// The `messaging.v1.service.alpha_sender` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct AlphaSender {
    /// The unique string that we created to identify the AlphaSender resource.
    pub sid: Option<crate::AlphaSenderSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the AlphaSender resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the [Service](https://www.twilio.com/docs/chat/rest/service-resource) the resource is associated with.
    pub service_sid: Option<crate::MessagingServiceSid>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The Alphanumeric Sender ID string.
    pub alpha_sender: Option<String>,
    /// An array of values that describe whether the number can receive calls or messages. Can be: `SMS`.
    pub capabilities: Option<Vec<String>>,
    /// The absolute URL of the AlphaSender resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for AlphaSender {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "alpha_sender" => member.value(&mut self.alpha_sender),
            "capabilities" => member.list(&mut self.capabilities),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for AlphaSender {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for AlphaSender {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "AlphaSender",
            8,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("alpha_sender", &self.alpha_sender)?;
        out.list("capabilities", &self.capabilities)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The `messaging.v1.service.channel_sender` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ChannelSender {
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the ChannelSender resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the [Service](https://www.twilio.com/docs/messaging/services) the resource is associated with.
    pub messaging_service_sid: Option<crate::MessagingServiceSid>,
    /// The unique string that we created to identify the ChannelSender resource.
    pub sid: Option<crate::ChannelSenderSid>,
    /// The unique string that identifies the sender e.g whatsapp:+123456XXXX.
    pub sender: Option<String>,
    /// A string value that identifies the sender type e.g WhatsApp, Messenger.
    pub sender_type: Option<String>,
    /// The 2-character [ISO Country Code](https://www.iso.org/iso-3166-country-codes.html) of the number.
    pub country_code: Option<String>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The absolute URL of the ChannelSender resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for ChannelSender {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "account_sid" => member.value(&mut self.account_sid),
            "messaging_service_sid" => member.value(&mut self.messaging_service_sid),
            "sid" => member.value(&mut self.sid),
            "sender" => member.value(&mut self.sender),
            "sender_type" => member.value(&mut self.sender_type),
            "country_code" => member.value(&mut self.country_code),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ChannelSender {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ChannelSender {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ChannelSender",
            9,
        )?;
        out.value("account_sid", &self.account_sid)?;
        out.value("messaging_service_sid", &self.messaging_service_sid)?;
        out.value("sid", &self.sid)?;
        out.value("sender", &self.sender)?;
        out.value("sender_type", &self.sender_type)?;
        out.value("country_code", &self.country_code)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The `messaging.v1.service.destination_alpha_sender` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DestinationAlphaSender {
    /// The unique string that we created to identify the AlphaSender resource.
    pub sid: Option<crate::AlphaSenderSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the AlphaSender resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the [Service](https://www.twilio.com/docs/chat/rest/service-resource) the resource is associated with.
    pub service_sid: Option<crate::MessagingServiceSid>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The Alphanumeric Sender ID string.
    pub alpha_sender: Option<String>,
    /// An array of values that describe whether the number can receive calls or messages. Can be: `SMS`.
    pub capabilities: Option<Vec<String>>,
    /// The absolute URL of the AlphaSender resource.
    pub url: Option<String>,
    /// The Two Character ISO Country Code the Alphanumeric Sender ID will be used for. For Default Alpha Senders that work across countries, this value will be an empty string
    pub iso_country_code: Option<String>,
}
impl crate::formats::lenient::Fields for DestinationAlphaSender {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "alpha_sender" => member.value(&mut self.alpha_sender),
            "capabilities" => member.list(&mut self.capabilities),
            "url" => member.value(&mut self.url),
            "iso_country_code" => member.value(&mut self.iso_country_code),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for DestinationAlphaSender {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for DestinationAlphaSender {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "DestinationAlphaSender",
            9,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("alpha_sender", &self.alpha_sender)?;
        out.list("capabilities", &self.capabilities)?;
        out.value("url", &self.url)?;
        out.value("iso_country_code", &self.iso_country_code)?;
        out.end()
    }
}
/// The `messaging.v1.external_campaign` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ExternalCampaign {
    /// The unique string that identifies a US A2P Compliance resource `QE2c6890da8086d771620e9b13fadeba0b`.
    pub sid: Option<crate::ExternalCampaignSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that the Campaign belongs to.
    pub account_sid: Option<crate::AccountSid>,
    /// ID of the preregistered campaign.
    pub campaign_id: Option<String>,
    /// The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) that the resource is associated with.
    pub messaging_service_sid: Option<crate::MessagingServiceSid>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
}
impl crate::formats::lenient::Fields for ExternalCampaign {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "campaign_id" => member.value(&mut self.campaign_id),
            "messaging_service_sid" => member.value(&mut self.messaging_service_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ExternalCampaign {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ExternalCampaign {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ExternalCampaign",
            5,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("campaign_id", &self.campaign_id)?;
        out.value("messaging_service_sid", &self.messaging_service_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.end()
    }
}
/// The `ListAlphaSenderResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAlphaSenderResponseBody {
    /// The `alpha_senders` field.
    pub alpha_senders: Option<Vec<crate::messaging_v1::AlphaSender>>,
    /// The `meta` field.
    pub meta: Option<crate::messaging_v1::ListAlphaSenderResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListAlphaSenderResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "alpha_senders" => member.list(&mut self.alpha_senders),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListAlphaSenderResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListAlphaSenderResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListAlphaSenderResponseBody",
            2,
        )?;
        out.list("alpha_senders", &self.alpha_senders)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListAlphaSenderResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListAlphaSenderResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListAlphaSenderResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListAlphaSenderResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListAlphaSenderResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListAlphaSenderResponseBodyMeta",
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
/// The `ListChannelSenderResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListChannelSenderResponseBody {
    /// The `senders` field.
    pub senders: Option<Vec<crate::messaging_v1::ChannelSender>>,
    /// The `meta` field.
    pub meta: Option<crate::messaging_v1::ListChannelSenderResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListChannelSenderResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "senders" => member.list(&mut self.senders),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListChannelSenderResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListChannelSenderResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListChannelSenderResponseBody",
            2,
        )?;
        out.list("senders", &self.senders)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListChannelSenderResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListChannelSenderResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListChannelSenderResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListChannelSenderResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListChannelSenderResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListChannelSenderResponseBodyMeta",
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
/// The `ListDestinationAlphaSenderResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDestinationAlphaSenderResponseBody {
    /// The `alpha_senders` field.
    pub alpha_senders: Option<Vec<crate::messaging_v1::DestinationAlphaSender>>,
    /// The `meta` field.
    pub meta: Option<crate::messaging_v1::ListDestinationAlphaSenderResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListDestinationAlphaSenderResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "alpha_senders" => member.list(&mut self.alpha_senders),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListDestinationAlphaSenderResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListDestinationAlphaSenderResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListDestinationAlphaSenderResponseBody",
            2,
        )?;
        out.list("alpha_senders", &self.alpha_senders)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListDestinationAlphaSenderResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListDestinationAlphaSenderResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListDestinationAlphaSenderResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListDestinationAlphaSenderResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListDestinationAlphaSenderResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListDestinationAlphaSenderResponseBodyMeta",
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
/// The `ListPhoneNumberResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPhoneNumberResponseBody {
    /// The `phone_numbers` field.
    pub phone_numbers: Option<Vec<crate::messaging_v1::PhoneNumber>>,
    /// The `meta` field.
    pub meta: Option<crate::messaging_v1::ListPhoneNumberResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListPhoneNumberResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "phone_numbers" => member.list(&mut self.phone_numbers),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListPhoneNumberResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListPhoneNumberResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListPhoneNumberResponseBody",
            2,
        )?;
        out.list("phone_numbers", &self.phone_numbers)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListPhoneNumberResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListPhoneNumberResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListPhoneNumberResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListPhoneNumberResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListPhoneNumberResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListPhoneNumberResponseBodyMeta",
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
    pub services: Option<Vec<crate::messaging_v1::Service>>,
    /// The `meta` field.
    pub meta: Option<crate::messaging_v1::ListServiceResponseBodyMeta>,
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
/// The `ListShortCodeResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListShortCodeResponseBody {
    /// The `short_codes` field.
    pub short_codes: Option<Vec<crate::messaging_v1::ShortCode>>,
    /// The `meta` field.
    pub meta: Option<crate::messaging_v1::ListShortCodeResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListShortCodeResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "short_codes" => member.list(&mut self.short_codes),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListShortCodeResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListShortCodeResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListShortCodeResponseBody",
            2,
        )?;
        out.list("short_codes", &self.short_codes)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListShortCodeResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListShortCodeResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListShortCodeResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListShortCodeResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListShortCodeResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListShortCodeResponseBodyMeta",
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
/// The `ListUsAppToPersonResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUsAppToPersonResponseBody {
    /// The `compliance` field.
    pub compliance: Option<Vec<crate::messaging_v1::UsAppToPersonResponse>>,
    /// The `meta` field.
    pub meta: Option<crate::messaging_v1::ListUsAppToPersonResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListUsAppToPersonResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "compliance" => member.list(&mut self.compliance),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListUsAppToPersonResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListUsAppToPersonResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListUsAppToPersonResponseBody",
            2,
        )?;
        out.list("compliance", &self.compliance)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListUsAppToPersonResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListUsAppToPersonResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListUsAppToPersonResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListUsAppToPersonResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListUsAppToPersonResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListUsAppToPersonResponseBodyMeta",
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
/// The `messaging.v1.service.phone_number` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct PhoneNumber {
    /// The unique string that we created to identify the PhoneNumber resource.
    pub sid: Option<crate::PhoneNumberSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the PhoneNumber resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the [Service](https://www.twilio.com/docs/chat/rest/service-resource) the resource is associated with.
    pub service_sid: Option<crate::MessagingServiceSid>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The phone number in [E.164](https://www.twilio.com/docs/glossary/what-e164) format, which consists of a + followed by the country code and subscriber number.
    pub phone_number: Option<String>,
    /// The 2-character [ISO Country Code](https://www.iso.org/iso-3166-country-codes.html) of the number.
    pub country_code: Option<String>,
    /// An array of values that describe whether the number can receive calls or messages. Can be: `Voice`, `SMS`, and `MMS`.
    pub capabilities: Option<Vec<String>>,
    /// The absolute URL of the PhoneNumber resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for PhoneNumber {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "phone_number" => member.value(&mut self.phone_number),
            "country_code" => member.value(&mut self.country_code),
            "capabilities" => member.list(&mut self.capabilities),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for PhoneNumber {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for PhoneNumber {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "PhoneNumber",
            9,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("phone_number", &self.phone_number)?;
        out.value("country_code", &self.country_code)?;
        out.list("capabilities", &self.capabilities)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The `messaging.v1.service` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Service {
    /// The unique string that we created to identify the Service resource.
    pub sid: Option<crate::MessagingServiceSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Service resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The string that you assigned to describe the resource.
    pub friendly_name: Option<String>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The URL we call using `inbound_method` when a message is received by any phone number or short code in the Service. When this property is `null`, receiving inbound messages is disabled. All messages sent to the Twilio phone number or short code will not be logged and received on the Account. If the `use_inbound_webhook_on_number` field is enabled then the webhook url defined on the phone number will override the `inbound_request_url` defined for the Messaging Service.
    pub inbound_request_url: Option<String>,
    /// The HTTP method we use to call `inbound_request_url`. Can be `GET` or `POST`.
    pub inbound_method: Option<crate::messaging_v1::Method>,
    /// The URL that we call using `fallback_method` if an error occurs while retrieving or executing the TwiML from the Inbound Request URL. If the `use_inbound_webhook_on_number` field is enabled then the webhook url defined on the phone number will override the `fallback_url` defined for the Messaging Service.
    pub fallback_url: Option<String>,
    /// The HTTP method we use to call `fallback_url`. Can be: `GET` or `POST`.
    pub fallback_method: Option<crate::messaging_v1::Method>,
    /// The URL we call to [pass status updates](https://www.twilio.com/docs/sms/api/message-resource#message-status-values) about message delivery.
    pub status_callback: Option<String>,
    /// Whether to enable [Sticky Sender](https://www.twilio.com/docs/messaging/services#sticky-sender) on the Service instance.
    pub sticky_sender: Option<bool>,
    /// Whether to enable the [MMS Converter](https://www.twilio.com/docs/messaging/services#mms-converter) for messages sent through the Service instance.
    pub mms_converter: Option<bool>,
    /// Whether to enable [Smart Encoding](https://www.twilio.com/docs/messaging/services#smart-encoding) for messages sent through the Service instance.
    pub smart_encoding: Option<bool>,
    /// Reserved.
    pub scan_message_content: Option<crate::messaging_v1::ServiceScanMessageContent>,
    /// \[OBSOLETE\] Former feature used to fallback to long code sender after certain short code message failures.
    pub fallback_to_long_code: Option<bool>,
    /// Whether to enable [Area Code Geomatch](https://www.twilio.com/docs/messaging/services#area-code-geomatch) on the Service Instance.
    pub area_code_geomatch: Option<bool>,
    /// Reserved.
    pub synchronous_validation: Option<bool>,
    /// How long, in seconds, messages sent from the Service are valid. Can be an integer from `1` to `36,000`. Default value is `36,000`.
    pub validity_period: Option<i64>,
    /// The absolute URL of the Service resource.
    pub url: Option<String>,
    /// The absolute URLs of related resources.
    pub links: Option<serde_json::Value>,
    /// A string that describes the scenario in which the Messaging Service will be used. Possible values are `notifications`, `marketing`, `verification`, `discussion`, `poll`, `undeclared`.
    pub usecase: Option<String>,
    /// Whether US A2P campaign is registered for this Service.
    pub us_app_to_person_registered: Option<bool>,
    /// A boolean value that indicates either the webhook url configured on the phone number will be used or `inbound_request_url`/`fallback_url` url will be called when a message is received from the phone number. If this field is enabled then the webhook url defined on the phone number will override the `inbound_request_url`/`fallback_url` defined for the Messaging Service.
    pub use_inbound_webhook_on_number: Option<bool>,
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
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "inbound_request_url" => member.value(&mut self.inbound_request_url),
            "inbound_method" => member.value(&mut self.inbound_method),
            "fallback_url" => member.value(&mut self.fallback_url),
            "fallback_method" => member.value(&mut self.fallback_method),
            "status_callback" => member.value(&mut self.status_callback),
            "sticky_sender" => member.value(&mut self.sticky_sender),
            "mms_converter" => member.value(&mut self.mms_converter),
            "smart_encoding" => member.value(&mut self.smart_encoding),
            "scan_message_content" => member.value(&mut self.scan_message_content),
            "fallback_to_long_code" => member.value(&mut self.fallback_to_long_code),
            "area_code_geomatch" => member.value(&mut self.area_code_geomatch),
            "synchronous_validation" => member.value(&mut self.synchronous_validation),
            "validity_period" => member.value(&mut self.validity_period),
            "url" => member.value(&mut self.url),
            "links" => member.value(&mut self.links),
            "usecase" => member.value(&mut self.usecase),
            "us_app_to_person_registered" => {
                member.value(&mut self.us_app_to_person_registered)
            }
            "use_inbound_webhook_on_number" => {
                member.value(&mut self.use_inbound_webhook_on_number)
            }
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
        let mut out = crate::formats::lenient::Writer::new(serializer, "Service", 23)?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("friendly_name", &self.friendly_name)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("inbound_request_url", &self.inbound_request_url)?;
        out.value("inbound_method", &self.inbound_method)?;
        out.value("fallback_url", &self.fallback_url)?;
        out.value("fallback_method", &self.fallback_method)?;
        out.value("status_callback", &self.status_callback)?;
        out.value("sticky_sender", &self.sticky_sender)?;
        out.value("mms_converter", &self.mms_converter)?;
        out.value("smart_encoding", &self.smart_encoding)?;
        out.value("scan_message_content", &self.scan_message_content)?;
        out.value("fallback_to_long_code", &self.fallback_to_long_code)?;
        out.value("area_code_geomatch", &self.area_code_geomatch)?;
        out.value("synchronous_validation", &self.synchronous_validation)?;
        out.value("validity_period", &self.validity_period)?;
        out.value("url", &self.url)?;
        out.value("links", &self.links)?;
        out.value("usecase", &self.usecase)?;
        out.value("us_app_to_person_registered", &self.us_app_to_person_registered)?;
        out.value("use_inbound_webhook_on_number", &self.use_inbound_webhook_on_number)?;
        out.end()
    }
}
/// Reserved.
///
/// Decoding keeps values the spec does not list as [`ServiceScanMessageContent::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ServiceScanMessageContent {
    /// `inherit`
    Inherit,
    /// `enable`
    Enable,
    /// `disable`
    Disable,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl ServiceScanMessageContent {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["inherit", "enable", "disable"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inherit => "inherit",
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
            "inherit" => Self::Inherit,
            "enable" => Self::Enable,
            "disable" => Self::Disable,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for ServiceScanMessageContent {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for ServiceScanMessageContent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for ServiceScanMessageContent {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "ServiceScanMessageContent",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for ServiceScanMessageContent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for ServiceScanMessageContent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `messaging.v1.service.short_code` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ShortCode {
    /// The unique string that we created to identify the ShortCode resource.
    pub sid: Option<crate::ShortCodeSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the ShortCode resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the [Service](https://www.twilio.com/docs/chat/rest/service-resource) the resource is associated with.
    pub service_sid: Option<crate::MessagingServiceSid>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The [E.164](https://www.twilio.com/docs/glossary/what-e164) format of the short code.
    pub short_code: Option<String>,
    /// The 2-character [ISO Country Code](https://www.iso.org/iso-3166-country-codes.html) of the number.
    pub country_code: Option<String>,
    /// An array of values that describe whether the number can receive calls or messages. Can be: `SMS` and `MMS`.
    pub capabilities: Option<Vec<String>>,
    /// The absolute URL of the ShortCode resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for ShortCode {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "service_sid" => member.value(&mut self.service_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "short_code" => member.value(&mut self.short_code),
            "country_code" => member.value(&mut self.country_code),
            "capabilities" => member.list(&mut self.capabilities),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ShortCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ShortCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "ShortCode", 9)?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("service_sid", &self.service_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("short_code", &self.short_code)?;
        out.value("country_code", &self.country_code)?;
        out.list("capabilities", &self.capabilities)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The `messaging.v1.service.us_app_to_person` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UsAppToPerson {
    /// The unique string that identifies a US A2P Compliance resource `QE2c6890da8086d771620e9b13fadeba0b`.
    pub sid: Option<crate::ExternalCampaignSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that the Campaign belongs to.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique string to identify the A2P brand.
    pub brand_registration_sid: Option<crate::BrandRegistrationSid>,
    /// The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) that the resource is associated with.
    pub messaging_service_sid: Option<crate::MessagingServiceSid>,
    /// A short description of what this SMS campaign does. Min length: 40 characters. Max length: 4096 characters.
    pub description: Option<String>,
    /// An array of sample message strings, min two and max five. Min length for each sample: 20 chars. Max length for each sample: 1024 chars.
    pub message_samples: Option<Vec<String>>,
    /// A2P Campaign Use Case. Examples: \[ 2FA, EMERGENCY, MARKETING, SOLE\_PROPRIETOR...\]. SOLE\_PROPRIETOR campaign use cases can only be created by SOLE\_PROPRIETOR Brands, and there can only be one SOLE\_PROPRIETOR campaign created per SOLE\_PROPRIETOR Brand.
    pub us_app_to_person_usecase: Option<String>,
    /// Indicate that this SMS campaign will send messages that contain links.
    pub has_embedded_links: Option<bool>,
    /// Indicates that this SMS campaign will send messages that contain phone numbers.
    pub has_embedded_phone: Option<bool>,
    /// A boolean that specifies whether campaign has Subscriber Optin or not.
    pub subscriber_opt_in: Option<bool>,
    /// A boolean that specifies whether campaign is age gated or not.
    pub age_gated: Option<bool>,
    /// A boolean that specifies whether campaign allows direct lending or not.
    pub direct_lending: Option<bool>,
    /// Campaign status. Examples: IN\_PROGRESS, VERIFIED, FAILED.
    pub campaign_status: Option<String>,
    /// The Campaign Registry (TCR) Campaign ID.
    pub campaign_id: Option<String>,
    /// Indicates whether the campaign was registered externally or not.
    pub is_externally_registered: Option<bool>,
    /// Rate limit and/or classification set by each carrier, Ex. AT&amp;T or T-Mobile.
    pub rate_limits: Option<serde_json::Value>,
    /// Details around how a consumer opts-in to their campaign, therefore giving consent to receive their messages. If multiple opt-in methods can be used for the same campaign, they must all be listed. 40 character minimum. 2048 character maximum.
    pub message_flow: Option<String>,
    /// If end users can text in a keyword to start receiving messages from this campaign, the auto-reply messages sent to the end users must be provided. The opt-in response should include the Brand name, confirmation of opt-in enrollment to a recurring message campaign, how to get help, and clear description of how to opt-out. This field is required if end users can text in a keyword to start receiving messages from this campaign. 20 character minimum. 320 character maximum.
    pub opt_in_message: Option<String>,
    /// Upon receiving the opt-out keywords from the end users, Twilio customers are expected to send back an auto-generated response, which must provide acknowledgment of the opt-out request and confirmation that no further messages will be sent. It is also recommended that these opt-out messages include the brand name. This field is required if managing opt out keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features). 20 character minimum. 320 character maximum.
    pub opt_out_message: Option<String>,
    /// When customers receive the help keywords from their end users, Twilio customers are expected to send back an auto-generated response; this may include the brand name and additional support contact information. This field is required if managing help keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features). 20 character minimum. 320 character maximum.
    pub help_message: Option<String>,
    /// If end users can text in a keyword to start receiving messages from this campaign, those keywords must be provided. This field is required if end users can text in a keyword to start receiving messages from this campaign. Values must be alphanumeric. 255 character maximum.
    pub opt_in_keywords: Option<Vec<String>>,
    /// End users should be able to text in a keyword to stop receiving messages from this campaign. Those keywords must be provided. This field is required if managing opt out keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features). Values must be alphanumeric. 255 character maximum.
    pub opt_out_keywords: Option<Vec<String>>,
    /// End users should be able to text in a keyword to receive help. Those keywords must be provided as part of the campaign registration request. This field is required if managing help keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features). Values must be alphanumeric. 255 character maximum.
    pub help_keywords: Option<Vec<String>>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The absolute URL of the US App to Person resource.
    pub url: Option<String>,
    /// A boolean that specifies whether campaign is a mock or not. Mock campaigns will be automatically created if using a mock brand. Mock campaigns should only be used for testing purposes.
    pub mock: Option<bool>,
    /// Details indicating why a campaign registration failed. These errors can indicate one or more fields that were incorrect or did not meet review requirements.
    pub errors: Option<Vec<serde_json::Value>>,
}
impl crate::formats::lenient::Fields for UsAppToPerson {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "brand_registration_sid" => member.value(&mut self.brand_registration_sid),
            "messaging_service_sid" => member.value(&mut self.messaging_service_sid),
            "description" => member.value(&mut self.description),
            "message_samples" => member.list(&mut self.message_samples),
            "us_app_to_person_usecase" => {
                member.value(&mut self.us_app_to_person_usecase)
            }
            "has_embedded_links" => member.value(&mut self.has_embedded_links),
            "has_embedded_phone" => member.value(&mut self.has_embedded_phone),
            "subscriber_opt_in" => member.value(&mut self.subscriber_opt_in),
            "age_gated" => member.value(&mut self.age_gated),
            "direct_lending" => member.value(&mut self.direct_lending),
            "campaign_status" => member.value(&mut self.campaign_status),
            "campaign_id" => member.value(&mut self.campaign_id),
            "is_externally_registered" => {
                member.value(&mut self.is_externally_registered)
            }
            "rate_limits" => member.value(&mut self.rate_limits),
            "message_flow" => member.value(&mut self.message_flow),
            "opt_in_message" => member.value(&mut self.opt_in_message),
            "opt_out_message" => member.value(&mut self.opt_out_message),
            "help_message" => member.value(&mut self.help_message),
            "opt_in_keywords" => member.list(&mut self.opt_in_keywords),
            "opt_out_keywords" => member.list(&mut self.opt_out_keywords),
            "help_keywords" => member.list(&mut self.help_keywords),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "url" => member.value(&mut self.url),
            "mock" => member.value(&mut self.mock),
            "errors" => member.list(&mut self.errors),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for UsAppToPerson {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for UsAppToPerson {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "UsAppToPerson",
            28,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("brand_registration_sid", &self.brand_registration_sid)?;
        out.value("messaging_service_sid", &self.messaging_service_sid)?;
        out.value("description", &self.description)?;
        out.list("message_samples", &self.message_samples)?;
        out.value("us_app_to_person_usecase", &self.us_app_to_person_usecase)?;
        out.value("has_embedded_links", &self.has_embedded_links)?;
        out.value("has_embedded_phone", &self.has_embedded_phone)?;
        out.value("subscriber_opt_in", &self.subscriber_opt_in)?;
        out.value("age_gated", &self.age_gated)?;
        out.value("direct_lending", &self.direct_lending)?;
        out.value("campaign_status", &self.campaign_status)?;
        out.value("campaign_id", &self.campaign_id)?;
        out.value("is_externally_registered", &self.is_externally_registered)?;
        out.value("rate_limits", &self.rate_limits)?;
        out.value("message_flow", &self.message_flow)?;
        out.value("opt_in_message", &self.opt_in_message)?;
        out.value("opt_out_message", &self.opt_out_message)?;
        out.value("help_message", &self.help_message)?;
        out.list("opt_in_keywords", &self.opt_in_keywords)?;
        out.list("opt_out_keywords", &self.opt_out_keywords)?;
        out.list("help_keywords", &self.help_keywords)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("url", &self.url)?;
        out.value("mock", &self.mock)?;
        out.list("errors", &self.errors)?;
        out.end()
    }
}
/// One of 2 kinds of `ListUsAppToPersonResponseBody.compliance`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum UsAppToPersonResponse {
    /// A [`UsAppToPerson`](crate::messaging_v1::UsAppToPerson).
    UsAppToPerson(Box<crate::messaging_v1::UsAppToPerson>),
    /// A [`UsAppToPersonV2`](crate::messaging_v1::UsAppToPersonV2).
    UsAppToPersonV2(Box<crate::messaging_v1::UsAppToPersonV2>),
    /// An answer that none of the variants reads, kept as it came.
    Other(serde_json::Value),
}
impl<'de> serde::Deserialize<'de> for UsAppToPersonResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = <serde_json::Value as serde::Deserialize>::deserialize(
            deserializer,
        )?;
        Ok(
            match crate::formats::pick_variant(
                &value,
                None,
                &[
                    (
                        &["messaging.v1.service.us_app_to_person"][..],
                        &[
                            "sid",
                            "account_sid",
                            "brand_registration_sid",
                            "messaging_service_sid",
                            "description",
                            "message_samples",
                            "us_app_to_person_usecase",
                            "has_embedded_links",
                            "has_embedded_phone",
                            "subscriber_opt_in",
                            "age_gated",
                            "direct_lending",
                            "campaign_status",
                            "campaign_id",
                            "is_externally_registered",
                            "rate_limits",
                            "message_flow",
                            "opt_in_message",
                            "opt_out_message",
                            "help_message",
                            "opt_in_keywords",
                            "opt_out_keywords",
                            "help_keywords",
                            "date_created",
                            "date_updated",
                            "url",
                            "mock",
                            "errors",
                        ][..],
                    ),
                    (
                        &["messaging.v1.service.us_app_to_person_v2"][..],
                        &[
                            "sid",
                            "account_sid",
                            "brand_registration_sid",
                            "messaging_service_sid",
                            "description",
                            "message_samples",
                            "us_app_to_person_usecase",
                            "has_embedded_links",
                            "has_embedded_phone",
                            "subscriber_opt_in",
                            "age_gated",
                            "direct_lending",
                            "campaign_status",
                            "campaign_id",
                            "is_externally_registered",
                            "rate_limits",
                            "message_flow",
                            "opt_in_message",
                            "opt_out_message",
                            "help_message",
                            "opt_in_keywords",
                            "opt_out_keywords",
                            "help_keywords",
                            "date_created",
                            "date_updated",
                            "url",
                            "mock",
                            "errors",
                            "privacy_policy_url",
                            "terms_and_conditions_url",
                        ][..],
                    ),
                ],
            ) {
                Some(0usize) => {
                    match serde_json::from_value(value.clone()) {
                        Ok(v) => UsAppToPersonResponse::UsAppToPerson(Box::new(v)),
                        Err(_) => UsAppToPersonResponse::Other(value),
                    }
                }
                Some(1usize) => {
                    match serde_json::from_value(value.clone()) {
                        Ok(v) => UsAppToPersonResponse::UsAppToPersonV2(Box::new(v)),
                        Err(_) => UsAppToPersonResponse::Other(value),
                    }
                }
                _ => UsAppToPersonResponse::Other(value),
            },
        )
    }
}
impl serde::Serialize for UsAppToPersonResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            UsAppToPersonResponse::UsAppToPerson(v) => {
                serde::Serialize::serialize(v, serializer)
            }
            UsAppToPersonResponse::UsAppToPersonV2(v) => {
                serde::Serialize::serialize(v, serializer)
            }
            UsAppToPersonResponse::Other(v) => serde::Serialize::serialize(v, serializer),
        }
    }
}
/// The `messaging.v1.service.us_app_to_person_usecase` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UsAppToPersonUsecase {
    /// Human readable name, code, description and post\_approval\_required (indicates whether or not post approval is required for this Use Case) of A2P Campaign Use Cases.
    pub us_app_to_person_usecases: Option<Vec<serde_json::Value>>,
}
impl crate::formats::lenient::Fields for UsAppToPersonUsecase {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "us_app_to_person_usecases" => {
                member.list(&mut self.us_app_to_person_usecases)
            }
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for UsAppToPersonUsecase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for UsAppToPersonUsecase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "UsAppToPersonUsecase",
            1,
        )?;
        out.list("us_app_to_person_usecases", &self.us_app_to_person_usecases)?;
        out.end()
    }
}
/// The `messaging.v1.service.us_app_to_person_v2` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct UsAppToPersonV2 {
    /// The unique string that identifies a US A2P Compliance resource `QE2c6890da8086d771620e9b13fadeba0b`.
    pub sid: Option<crate::ExternalCampaignSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that the Campaign belongs to.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique string to identify the A2P brand.
    pub brand_registration_sid: Option<crate::BrandRegistrationSid>,
    /// The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/api/service-resource) that the resource is associated with.
    pub messaging_service_sid: Option<crate::MessagingServiceSid>,
    /// A short description of what this SMS campaign does. Min length: 40 characters. Max length: 4096 characters.
    pub description: Option<String>,
    /// An array of sample message strings, min two and max five. Min length for each sample: 20 chars. Max length for each sample: 1024 chars.
    pub message_samples: Option<Vec<String>>,
    /// A2P Campaign Use Case. Examples: \[ 2FA, EMERGENCY, MARKETING, SOLE\_PROPRIETOR...\]. SOLE\_PROPRIETOR campaign use cases can only be created by SOLE\_PROPRIETOR Brands, and there can only be one SOLE\_PROPRIETOR campaign created per SOLE\_PROPRIETOR Brand.
    pub us_app_to_person_usecase: Option<String>,
    /// Indicate that this SMS campaign will send messages that contain links.
    pub has_embedded_links: Option<bool>,
    /// Indicates that this SMS campaign will send messages that contain phone numbers.
    pub has_embedded_phone: Option<bool>,
    /// A boolean that specifies whether campaign has Subscriber Optin or not.
    pub subscriber_opt_in: Option<bool>,
    /// A boolean that specifies whether campaign is age gated or not.
    pub age_gated: Option<bool>,
    /// A boolean that specifies whether campaign allows direct lending or not.
    pub direct_lending: Option<bool>,
    /// Campaign status. Examples: IN\_PROGRESS, VERIFIED, FAILED.
    pub campaign_status: Option<String>,
    /// The Campaign Registry (TCR) Campaign ID.
    pub campaign_id: Option<String>,
    /// Indicates whether the campaign was registered externally or not.
    pub is_externally_registered: Option<bool>,
    /// Rate limit and/or classification set by each carrier, Ex. AT&amp;T or T-Mobile.
    pub rate_limits: Option<serde_json::Value>,
    /// Details around how a consumer opts-in to their campaign, therefore giving consent to receive their messages. If multiple opt-in methods can be used for the same campaign, they must all be listed. 40 character minimum. 2048 character maximum.
    pub message_flow: Option<String>,
    /// If end users can text in a keyword to start receiving messages from this campaign, the auto-reply messages sent to the end users must be provided. The opt-in response should include the Brand name, confirmation of opt-in enrollment to a recurring message campaign, how to get help, and clear description of how to opt-out. This field is required if end users can text in a keyword to start receiving messages from this campaign. 20 character minimum. 320 character maximum.
    pub opt_in_message: Option<String>,
    /// Upon receiving the opt-out keywords from the end users, Twilio customers are expected to send back an auto-generated response, which must provide acknowledgment of the opt-out request and confirmation that no further messages will be sent. It is also recommended that these opt-out messages include the brand name. This field is required if managing opt out keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features). 20 character minimum. 320 character maximum.
    pub opt_out_message: Option<String>,
    /// When customers receive the help keywords from their end users, Twilio customers are expected to send back an auto-generated response; this may include the brand name and additional support contact information. This field is required if managing help keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features). 20 character minimum. 320 character maximum.
    pub help_message: Option<String>,
    /// If end users can text in a keyword to start receiving messages from this campaign, those keywords must be provided. This field is required if end users can text in a keyword to start receiving messages from this campaign. Values must be alphanumeric. 255 character maximum.
    pub opt_in_keywords: Option<Vec<String>>,
    /// End users should be able to text in a keyword to stop receiving messages from this campaign. Those keywords must be provided. This field is required if managing opt out keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features). Values must be alphanumeric. 255 character maximum.
    pub opt_out_keywords: Option<Vec<String>>,
    /// End users should be able to text in a keyword to receive help. Those keywords must be provided as part of the campaign registration request. This field is required if managing help keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features). Values must be alphanumeric. 255 character maximum.
    pub help_keywords: Option<Vec<String>>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The absolute URL of the US App to Person resource.
    pub url: Option<String>,
    /// A boolean that specifies whether campaign is a mock or not. Mock campaigns will be automatically created if using a mock brand. Mock campaigns should only be used for testing purposes.
    pub mock: Option<bool>,
    /// Details indicating why a campaign registration failed. These errors can indicate one or more fields that were incorrect or did not meet review requirements.
    pub errors: Option<Vec<serde_json::Value>>,
    /// The URL of the privacy policy for the campaign.
    pub privacy_policy_url: Option<String>,
    /// The URL of the terms and conditions for the campaign.
    pub terms_and_conditions_url: Option<String>,
}
impl crate::formats::lenient::Fields for UsAppToPersonV2 {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "brand_registration_sid" => member.value(&mut self.brand_registration_sid),
            "messaging_service_sid" => member.value(&mut self.messaging_service_sid),
            "description" => member.value(&mut self.description),
            "message_samples" => member.list(&mut self.message_samples),
            "us_app_to_person_usecase" => {
                member.value(&mut self.us_app_to_person_usecase)
            }
            "has_embedded_links" => member.value(&mut self.has_embedded_links),
            "has_embedded_phone" => member.value(&mut self.has_embedded_phone),
            "subscriber_opt_in" => member.value(&mut self.subscriber_opt_in),
            "age_gated" => member.value(&mut self.age_gated),
            "direct_lending" => member.value(&mut self.direct_lending),
            "campaign_status" => member.value(&mut self.campaign_status),
            "campaign_id" => member.value(&mut self.campaign_id),
            "is_externally_registered" => {
                member.value(&mut self.is_externally_registered)
            }
            "rate_limits" => member.value(&mut self.rate_limits),
            "message_flow" => member.value(&mut self.message_flow),
            "opt_in_message" => member.value(&mut self.opt_in_message),
            "opt_out_message" => member.value(&mut self.opt_out_message),
            "help_message" => member.value(&mut self.help_message),
            "opt_in_keywords" => member.list(&mut self.opt_in_keywords),
            "opt_out_keywords" => member.list(&mut self.opt_out_keywords),
            "help_keywords" => member.list(&mut self.help_keywords),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "url" => member.value(&mut self.url),
            "mock" => member.value(&mut self.mock),
            "errors" => member.list(&mut self.errors),
            "privacy_policy_url" => member.value(&mut self.privacy_policy_url),
            "terms_and_conditions_url" => {
                member.value(&mut self.terms_and_conditions_url)
            }
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for UsAppToPersonV2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for UsAppToPersonV2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "UsAppToPersonV2",
            30,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("brand_registration_sid", &self.brand_registration_sid)?;
        out.value("messaging_service_sid", &self.messaging_service_sid)?;
        out.value("description", &self.description)?;
        out.list("message_samples", &self.message_samples)?;
        out.value("us_app_to_person_usecase", &self.us_app_to_person_usecase)?;
        out.value("has_embedded_links", &self.has_embedded_links)?;
        out.value("has_embedded_phone", &self.has_embedded_phone)?;
        out.value("subscriber_opt_in", &self.subscriber_opt_in)?;
        out.value("age_gated", &self.age_gated)?;
        out.value("direct_lending", &self.direct_lending)?;
        out.value("campaign_status", &self.campaign_status)?;
        out.value("campaign_id", &self.campaign_id)?;
        out.value("is_externally_registered", &self.is_externally_registered)?;
        out.value("rate_limits", &self.rate_limits)?;
        out.value("message_flow", &self.message_flow)?;
        out.value("opt_in_message", &self.opt_in_message)?;
        out.value("opt_out_message", &self.opt_out_message)?;
        out.value("help_message", &self.help_message)?;
        out.list("opt_in_keywords", &self.opt_in_keywords)?;
        out.list("opt_out_keywords", &self.opt_out_keywords)?;
        out.list("help_keywords", &self.help_keywords)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("url", &self.url)?;
        out.value("mock", &self.mock)?;
        out.list("errors", &self.errors)?;
        out.value("privacy_policy_url", &self.privacy_policy_url)?;
        out.value("terms_and_conditions_url", &self.terms_and_conditions_url)?;
        out.end()
    }
}
/// The `messaging.v1.usecase` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Usecase {
    /// Human readable use case details (usecase, description and purpose) of Messaging Service Use Cases.
    pub usecases: Option<Vec<serde_json::Value>>,
}
impl crate::formats::lenient::Fields for Usecase {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "usecases" => member.list(&mut self.usecases),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for Usecase {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for Usecase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(serializer, "Usecase", 1)?;
        out.list("usecases", &self.usecases)?;
        out.end()
    }
}
