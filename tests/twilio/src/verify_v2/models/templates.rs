//! The types of the `Templates` resources.
/// The `ListVerificationTemplateResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListVerificationTemplateResponseBody {
    /// The `templates` field.
    pub templates: Option<Vec<crate::verify_v2::VerificationTemplate>>,
    /// The `meta` field.
    pub meta: Option<crate::verify_v2::ListVerificationTemplateResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListVerificationTemplateResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "templates" => member.list(&mut self.templates),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListVerificationTemplateResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListVerificationTemplateResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListVerificationTemplateResponseBody",
            2,
        )?;
        out.list("templates", &self.templates)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListVerificationTemplateResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListVerificationTemplateResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListVerificationTemplateResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListVerificationTemplateResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListVerificationTemplateResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListVerificationTemplateResponseBodyMeta",
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
/// The `verify.v2.verification_template` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct VerificationTemplate {
    /// A 34 character string that uniquely identifies a Verification Template.
    pub sid: Option<crate::VerificationTemplateSid>,
    /// The unique SID identifier of the Account.
    pub account_sid: Option<crate::AccountSid>,
    /// A descriptive string that you create to describe a Template. It can be up to 32 characters long.
    pub friendly_name: Option<String>,
    /// A list of channels that support the Template. Can include: sms, voice.
    pub channels: Option<Vec<String>>,
    /// An object that contains the different translations of the template. Every translation is identified by the language short name and contains its respective information as the approval status, text and created/modified date.
    pub translations: Option<serde_json::Value>,
}
impl crate::formats::lenient::Fields for VerificationTemplate {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "friendly_name" => member.value(&mut self.friendly_name),
            "channels" => member.list(&mut self.channels),
            "translations" => member.value(&mut self.translations),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for VerificationTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for VerificationTemplate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "VerificationTemplate",
            5,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("friendly_name", &self.friendly_name)?;
        out.list("channels", &self.channels)?;
        out.value("translations", &self.translations)?;
        out.end()
    }
}
