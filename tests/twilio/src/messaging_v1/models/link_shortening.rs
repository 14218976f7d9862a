//! The types of the `LinkShortening` resources.
/// The `messaging.v1.domain_cert_v4` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DomainCertV4 {
    /// The unique string that we created to identify the Domain resource.
    pub domain_sid: Option<crate::DomainSid>,
    /// Date that this Domain was last updated.
    pub date_updated: Option<time::OffsetDateTime>,
    /// Date that the private certificate associated with this domain expires. You will need to update the certificate before that date to ensure your shortened links will continue to work.
    pub date_expires: Option<time::OffsetDateTime>,
    /// Date that this Domain was registered to the Twilio platform to create a new Domain object.
    pub date_created: Option<time::OffsetDateTime>,
    /// Full url path for this domain.
    pub domain_name: Option<String>,
    /// The unique string that we created to identify this Certificate resource.
    pub certificate_sid: Option<crate::CertificateSid>,
    /// The `url` field.
    pub url: Option<String>,
    /// Optional JSON field describing the status and upload date of a new certificate in the process of validation
    pub cert_in_validation: Option<serde_json::Value>,
}
impl crate::formats::lenient::Fields for DomainCertV4 {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "domain_sid" => member.value(&mut self.domain_sid),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "date_expires" => member.rfc3339(&mut self.date_expires),
            "date_created" => member.rfc3339(&mut self.date_created),
            "domain_name" => member.value(&mut self.domain_name),
            "certificate_sid" => member.value(&mut self.certificate_sid),
            "url" => member.value(&mut self.url),
            "cert_in_validation" => member.value(&mut self.cert_in_validation),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for DomainCertV4 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for DomainCertV4 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "DomainCertV4",
            8,
        )?;
        out.value("domain_sid", &self.domain_sid)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.rfc3339("date_expires", &self.date_expires)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.value("domain_name", &self.domain_name)?;
        out.value("certificate_sid", &self.certificate_sid)?;
        out.value("url", &self.url)?;
        out.value("cert_in_validation", &self.cert_in_validation)?;
        out.end()
    }
}
/// The `messaging.v1.domain_config` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DomainConfig {
    /// The unique string that we created to identify the Domain resource.
    pub domain_sid: Option<crate::DomainSid>,
    /// The unique string that we created to identify the Domain config (prefix ZK).
    pub config_sid: Option<crate::ConfigSid>,
    /// Any requests we receive to this domain that do not match an existing shortened message will be redirected to the fallback url. These will likely be either expired messages, random misdirected traffic, or intentional scraping.
    pub fallback_url: Option<String>,
    /// URL to receive click events to your webhook whenever the recipients click on the shortened links.
    pub callback_url: Option<String>,
    /// Boolean field to set customer delivery preference when there is a failure in linkShortening service
    pub continue_on_failure: Option<bool>,
    /// Date this Domain Config was created.
    pub date_created: Option<time::OffsetDateTime>,
    /// Date that this Domain Config was last updated.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The `url` field.
    pub url: Option<String>,
    /// Customer's choice to send links with/without "<https://>" attached to shortened url. If true, messages will not be sent with <https://> at the beginning of the url. If false, messages will be sent with <https://> at the beginning of the url. False is the default behavior if it is not specified.
    pub disable_https: Option<bool>,
}
impl crate::formats::lenient::Fields for DomainConfig {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "domain_sid" => member.value(&mut self.domain_sid),
            "config_sid" => member.value(&mut self.config_sid),
            "fallback_url" => member.value(&mut self.fallback_url),
            "callback_url" => member.value(&mut self.callback_url),
            "continue_on_failure" => member.value(&mut self.continue_on_failure),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "url" => member.value(&mut self.url),
            "disable_https" => member.value(&mut self.disable_https),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for DomainConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for DomainConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "DomainConfig",
            9,
        )?;
        out.value("domain_sid", &self.domain_sid)?;
        out.value("config_sid", &self.config_sid)?;
        out.value("fallback_url", &self.fallback_url)?;
        out.value("callback_url", &self.callback_url)?;
        out.value("continue_on_failure", &self.continue_on_failure)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("url", &self.url)?;
        out.value("disable_https", &self.disable_https)?;
        out.end()
    }
}
/// The `messaging.v1.domain_config_messaging_service` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DomainConfigMessagingService {
    /// The unique string that we created to identify the Domain resource.
    pub domain_sid: Option<crate::DomainSid>,
    /// The unique string that we created to identify the Domain config (prefix ZK).
    pub config_sid: Option<crate::ConfigSid>,
    /// The unique string that identifies the messaging service
    pub messaging_service_sid: Option<crate::MessagingServiceSid>,
    /// Any requests we receive to this domain that do not match an existing shortened message will be redirected to the fallback url. These will likely be either expired messages, random misdirected traffic, or intentional scraping.
    pub fallback_url: Option<String>,
    /// URL to receive click events to your webhook whenever the recipients click on the shortened links.
    pub callback_url: Option<String>,
    /// Boolean field to set customer delivery preference when there is a failure in linkShortening service
    pub continue_on_failure: Option<bool>,
    /// Date this Domain Config was created.
    pub date_created: Option<time::OffsetDateTime>,
    /// Date that this Domain Config was last updated.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The `url` field.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for DomainConfigMessagingService {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "domain_sid" => member.value(&mut self.domain_sid),
            "config_sid" => member.value(&mut self.config_sid),
            "messaging_service_sid" => member.value(&mut self.messaging_service_sid),
            "fallback_url" => member.value(&mut self.fallback_url),
            "callback_url" => member.value(&mut self.callback_url),
            "continue_on_failure" => member.value(&mut self.continue_on_failure),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for DomainConfigMessagingService {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for DomainConfigMessagingService {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "DomainConfigMessagingService",
            9,
        )?;
        out.value("domain_sid", &self.domain_sid)?;
        out.value("config_sid", &self.config_sid)?;
        out.value("messaging_service_sid", &self.messaging_service_sid)?;
        out.value("fallback_url", &self.fallback_url)?;
        out.value("callback_url", &self.callback_url)?;
        out.value("continue_on_failure", &self.continue_on_failure)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The `messaging.v1.domain_dns_validation` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct DomainDnsValidation {
    /// The unique string that we created to identify the Domain resource.
    pub domain_sid: Option<crate::DomainSid>,
    /// The `is_valid` field.
    pub is_valid: Option<bool>,
    /// The `reason` field.
    pub reason: Option<String>,
    /// The `url` field.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for DomainDnsValidation {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "domain_sid" => member.value(&mut self.domain_sid),
            "is_valid" => member.value(&mut self.is_valid),
            "reason" => member.value(&mut self.reason),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for DomainDnsValidation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for DomainDnsValidation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "DomainDnsValidation",
            4,
        )?;
        out.value("domain_sid", &self.domain_sid)?;
        out.value("is_valid", &self.is_valid)?;
        out.value("reason", &self.reason)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The `messaging.v1.linkshortening_messaging_service` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LinkshorteningMessagingService {
    /// The unique string identifies the domain resource
    pub domain_sid: Option<crate::DomainSid>,
    /// The unique string that identifies the messaging service
    pub messaging_service_sid: Option<crate::MessagingServiceSid>,
    /// The `url` field.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for LinkshorteningMessagingService {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "domain_sid" => member.value(&mut self.domain_sid),
            "messaging_service_sid" => member.value(&mut self.messaging_service_sid),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for LinkshorteningMessagingService {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for LinkshorteningMessagingService {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "LinkshorteningMessagingService",
            3,
        )?;
        out.value("domain_sid", &self.domain_sid)?;
        out.value("messaging_service_sid", &self.messaging_service_sid)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The `messaging.v1.linkshortening_messaging_service_domain_association` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct LinkshorteningMessagingServiceDomainAssociation {
    /// The unique string that we created to identify the Domain resource.
    pub domain_sid: Option<crate::DomainSid>,
    /// The unique string that identifies the messaging service
    pub messaging_service_sid: Option<crate::MessagingServiceSid>,
    /// The `url` field.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields
for LinkshorteningMessagingServiceDomainAssociation {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "domain_sid" => member.value(&mut self.domain_sid),
            "messaging_service_sid" => member.value(&mut self.messaging_service_sid),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for LinkshorteningMessagingServiceDomainAssociation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for LinkshorteningMessagingServiceDomainAssociation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "LinkshorteningMessagingServiceDomainAssociation",
            3,
        )?;
        out.value("domain_sid", &self.domain_sid)?;
        out.value("messaging_service_sid", &self.messaging_service_sid)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The `messaging.v1.request_managed_cert` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct RequestManagedCert {
    /// The unique string that we created to identify the Domain resource.
    pub domain_sid: Option<crate::DomainSid>,
    /// Date that this Domain was last updated.
    pub date_updated: Option<time::OffsetDateTime>,
    /// Date that this Domain was registered to the Twilio platform to create a new Domain object.
    pub date_created: Option<time::OffsetDateTime>,
    /// Date that the private certificate associated with this domain expires. This is the expiration date of your existing cert.
    pub date_expires: Option<time::OffsetDateTime>,
    /// Full url path for this domain.
    pub domain_name: Option<String>,
    /// The unique string that we created to identify this Certificate resource.
    pub certificate_sid: Option<crate::CertificateSid>,
    /// The `url` field.
    pub url: Option<String>,
    /// A boolean flag indicating if the certificate is managed by Twilio.
    pub managed: Option<bool>,
    /// A boolean flag indicating if a managed certificate needs to be fulfilled by Twilio.
    pub requesting: Option<bool>,
}
impl crate::formats::lenient::Fields for RequestManagedCert {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "domain_sid" => member.value(&mut self.domain_sid),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_expires" => member.rfc3339(&mut self.date_expires),
            "domain_name" => member.value(&mut self.domain_name),
            "certificate_sid" => member.value(&mut self.certificate_sid),
            "url" => member.value(&mut self.url),
            "managed" => member.value(&mut self.managed),
            "requesting" => member.value(&mut self.requesting),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for RequestManagedCert {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for RequestManagedCert {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "RequestManagedCert",
            9,
        )?;
        out.value("domain_sid", &self.domain_sid)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_expires", &self.date_expires)?;
        out.value("domain_name", &self.domain_name)?;
        out.value("certificate_sid", &self.certificate_sid)?;
        out.value("url", &self.url)?;
        out.value("managed", &self.managed)?;
        out.value("requesting", &self.requesting)?;
        out.end()
    }
}
