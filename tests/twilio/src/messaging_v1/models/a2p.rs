//! The types of the `a2p` resources.
/// The `messaging.v1.brand_registrations.brand_registration_otp` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BrandRegistrationOtp {
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Brand Registration resource.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique string to identify Brand Registration of Sole Proprietor Brand
    pub brand_registration_sid: Option<crate::BrandRegistrationSid>,
}
impl crate::formats::lenient::Fields for BrandRegistrationOtp {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "account_sid" => member.value(&mut self.account_sid),
            "brand_registration_sid" => member.value(&mut self.brand_registration_sid),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for BrandRegistrationOtp {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for BrandRegistrationOtp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "BrandRegistrationOtp",
            2,
        )?;
        out.value("account_sid", &self.account_sid)?;
        out.value("brand_registration_sid", &self.brand_registration_sid)?;
        out.end()
    }
}
/// The `messaging.v1.brand_registrations` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BrandRegistrations {
    /// The unique string to identify Brand Registration.
    pub sid: Option<crate::BrandRegistrationSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Brand Registration resource.
    pub account_sid: Option<crate::AccountSid>,
    /// A2P Messaging Profile Bundle BundleSid.
    pub customer_profile_bundle_sid: Option<crate::A2pProfileBundleSid>,
    /// A2P Messaging Profile Bundle BundleSid.
    pub a2p_profile_bundle_sid: Option<crate::A2pProfileBundleSid>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// Type of brand. One of: "STANDARD", "SOLE\_PROPRIETOR". SOLE\_PROPRIETOR is for the low volume, SOLE\_PROPRIETOR campaign use case. There can only be one SOLE\_PROPRIETOR campaign created per SOLE\_PROPRIETOR brand. STANDARD is for all other campaign use cases. Multiple campaign use cases can be created per STANDARD brand.
    pub brand_type: Option<String>,
    /// Brand Registration status. One of "PENDING", "APPROVED", "FAILED", "IN\_REVIEW", "DELETION\_PENDING", "DELETION\_FAILED", "SUSPENDED".
    pub status: Option<crate::messaging_v1::BrandRegistrationsStatus>,
    /// Campaign Registry (TCR) Brand ID. Assigned only after successful brand registration.
    pub tcr_id: Option<String>,
    /// DEPRECATED. A reason why brand registration has failed. Only applicable when status is FAILED.
    pub failure_reason: Option<String>,
    /// A list of errors that occurred during the brand registration process.
    pub errors: Option<Vec<serde_json::Value>>,
    /// The absolute URL of the Brand Registration resource.
    pub url: Option<String>,
    /// The secondary vetting score if it was done. Otherwise, it will be the brand score if it's returned from TCR. It may be null if no score is available.
    pub brand_score: Option<i64>,
    /// DEPRECATED. Feedback on how to improve brand score
    pub brand_feedback: Option<
        Vec<crate::messaging_v1::BrandRegistrationsBrandFeedback>,
    >,
    /// When a brand is registered, TCR will attempt to verify the identity of the brand based on the supplied information.
    pub identity_status: Option<crate::messaging_v1::BrandRegistrationsIdentityStatus>,
    /// Publicly traded company identified in the Russell 3000 Index
    pub russell_3000: Option<bool>,
    /// Identified as a government entity
    pub government_entity: Option<bool>,
    /// Nonprofit organization tax-exempt status per section 501 of the U.S. tax code.
    pub tax_exempt_status: Option<String>,
    /// A flag to disable automatic secondary vetting for brands which it would otherwise be done.
    pub skip_automatic_sec_vet: Option<bool>,
    /// A boolean that specifies whether brand should be a mock or not. If true, brand will be registered as a mock brand. Defaults to false if no value is provided.
    pub mock: Option<bool>,
    /// The `links` field.
    pub links: Option<serde_json::Value>,
}
impl crate::formats::lenient::Fields for BrandRegistrations {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "customer_profile_bundle_sid" => {
                member.value(&mut self.customer_profile_bundle_sid)
            }
            "a2p_profile_bundle_sid" => member.value(&mut self.a2p_profile_bundle_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "brand_type" => member.value(&mut self.brand_type),
            "status" => member.value(&mut self.status),
            "tcr_id" => member.value(&mut self.tcr_id),
            "failure_reason" => member.value(&mut self.failure_reason),
            "errors" => member.list(&mut self.errors),
            "url" => member.value(&mut self.url),
            "brand_score" => member.value(&mut self.brand_score),
            "brand_feedback" => member.list(&mut self.brand_feedback),
            "identity_status" => member.value(&mut self.identity_status),
            "russell_3000" => member.value(&mut self.russell_3000),
            "government_entity" => member.value(&mut self.government_entity),
            "tax_exempt_status" => member.value(&mut self.tax_exempt_status),
            "skip_automatic_sec_vet" => member.value(&mut self.skip_automatic_sec_vet),
            "mock" => member.value(&mut self.mock),
            "links" => member.value(&mut self.links),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for BrandRegistrations {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for BrandRegistrations {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "BrandRegistrations",
            21,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("customer_profile_bundle_sid", &self.customer_profile_bundle_sid)?;
        out.value("a2p_profile_bundle_sid", &self.a2p_profile_bundle_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("brand_type", &self.brand_type)?;
        out.value("status", &self.status)?;
        out.value("tcr_id", &self.tcr_id)?;
        out.value("failure_reason", &self.failure_reason)?;
        out.list("errors", &self.errors)?;
        out.value("url", &self.url)?;
        out.value("brand_score", &self.brand_score)?;
        out.list("brand_feedback", &self.brand_feedback)?;
        out.value("identity_status", &self.identity_status)?;
        out.value("russell_3000", &self.russell_3000)?;
        out.value("government_entity", &self.government_entity)?;
        out.value("tax_exempt_status", &self.tax_exempt_status)?;
        out.value("skip_automatic_sec_vet", &self.skip_automatic_sec_vet)?;
        out.value("mock", &self.mock)?;
        out.value("links", &self.links)?;
        out.end()
    }
}
/// DEPRECATED.
///
/// Decoding keeps values the spec does not list as [`BrandRegistrationsBrandFeedback::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum BrandRegistrationsBrandFeedback {
    /// `TAX_ID`
    TaxId,
    /// `STOCK_SYMBOL`
    StockSymbol,
    /// `NONPROFIT`
    Nonprofit,
    /// `GOVERNMENT_ENTITY`
    GovernmentEntity,
    /// `OTHERS`
    Others,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl BrandRegistrationsBrandFeedback {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "TAX_ID",
        "STOCK_SYMBOL",
        "NONPROFIT",
        "GOVERNMENT_ENTITY",
        "OTHERS",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TaxId => "TAX_ID",
            Self::StockSymbol => "STOCK_SYMBOL",
            Self::Nonprofit => "NONPROFIT",
            Self::GovernmentEntity => "GOVERNMENT_ENTITY",
            Self::Others => "OTHERS",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "TAX_ID" => Self::TaxId,
            "STOCK_SYMBOL" => Self::StockSymbol,
            "NONPROFIT" => Self::Nonprofit,
            "GOVERNMENT_ENTITY" => Self::GovernmentEntity,
            "OTHERS" => Self::Others,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for BrandRegistrationsBrandFeedback {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for BrandRegistrationsBrandFeedback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BrandRegistrationsBrandFeedback {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "BrandRegistrationsBrandFeedback",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for BrandRegistrationsBrandFeedback {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BrandRegistrationsBrandFeedback {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// When a brand is registered, TCR will attempt to verify the identity of the brand based on the supplied information.
///
/// Decoding keeps values the spec does not list as [`BrandRegistrationsIdentityStatus::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum BrandRegistrationsIdentityStatus {
    /// `SELF_DECLARED`
    SelfDeclared,
    /// `UNVERIFIED`
    Unverified,
    /// `VERIFIED`
    Verified,
    /// `VETTED_VERIFIED`
    VettedVerified,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl BrandRegistrationsIdentityStatus {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "SELF_DECLARED",
        "UNVERIFIED",
        "VERIFIED",
        "VETTED_VERIFIED",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SelfDeclared => "SELF_DECLARED",
            Self::Unverified => "UNVERIFIED",
            Self::Verified => "VERIFIED",
            Self::VettedVerified => "VETTED_VERIFIED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "SELF_DECLARED" => Self::SelfDeclared,
            "UNVERIFIED" => Self::Unverified,
            "VERIFIED" => Self::Verified,
            "VETTED_VERIFIED" => Self::VettedVerified,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for BrandRegistrationsIdentityStatus {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for BrandRegistrationsIdentityStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BrandRegistrationsIdentityStatus {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "BrandRegistrationsIdentityStatus",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for BrandRegistrationsIdentityStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BrandRegistrationsIdentityStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// Brand Registration status.
///
/// Decoding keeps values the spec does not list as [`BrandRegistrationsStatus::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum BrandRegistrationsStatus {
    /// `PENDING`
    Pending,
    /// `APPROVED`
    Approved,
    /// `FAILED`
    Failed,
    /// `IN_REVIEW`
    InReview,
    /// `DELETION_PENDING`
    DeletionPending,
    /// `DELETION_FAILED`
    DeletionFailed,
    /// `SUSPENDED`
    Suspended,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl BrandRegistrationsStatus {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "PENDING",
        "APPROVED",
        "FAILED",
        "IN_REVIEW",
        "DELETION_PENDING",
        "DELETION_FAILED",
        "SUSPENDED",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Approved => "APPROVED",
            Self::Failed => "FAILED",
            Self::InReview => "IN_REVIEW",
            Self::DeletionPending => "DELETION_PENDING",
            Self::DeletionFailed => "DELETION_FAILED",
            Self::Suspended => "SUSPENDED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "PENDING" => Self::Pending,
            "APPROVED" => Self::Approved,
            "FAILED" => Self::Failed,
            "IN_REVIEW" => Self::InReview,
            "DELETION_PENDING" => Self::DeletionPending,
            "DELETION_FAILED" => Self::DeletionFailed,
            "SUSPENDED" => Self::Suspended,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for BrandRegistrationsStatus {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for BrandRegistrationsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BrandRegistrationsStatus {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "BrandRegistrationsStatus",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for BrandRegistrationsStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BrandRegistrationsStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `messaging.v1.brand_registrations.brand_vetting` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct BrandVetting {
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the vetting record.
    pub account_sid: Option<crate::AccountSid>,
    /// The unique string to identify Brand Registration.
    pub brand_sid: Option<crate::BrandRegistrationSid>,
    /// The Twilio SID of the third-party vetting record.
    pub brand_vetting_sid: Option<crate::BrandVettingSid>,
    /// The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The unique identifier of the vetting from the third-party provider.
    pub vetting_id: Option<String>,
    /// The type of vetting that has been conducted. One of “STANDARD” (Aegis) or “POLITICAL” (Campaign Verify).
    pub vetting_class: Option<String>,
    /// The status of the import vetting attempt. One of “PENDING,” “SUCCESS,” or “FAILED”.
    pub vetting_status: Option<String>,
    /// The third-party provider that has conducted the vetting. One of “CampaignVerify” (Campaign Verify tokens) or “AEGIS” (Secondary Vetting).
    pub vetting_provider: Option<crate::messaging_v1::BrandVettingVettingProvider>,
    /// The absolute URL of the Brand Vetting resource.
    pub url: Option<String>,
}
impl crate::formats::lenient::Fields for BrandVetting {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "account_sid" => member.value(&mut self.account_sid),
            "brand_sid" => member.value(&mut self.brand_sid),
            "brand_vetting_sid" => member.value(&mut self.brand_vetting_sid),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "date_created" => member.rfc3339(&mut self.date_created),
            "vetting_id" => member.value(&mut self.vetting_id),
            "vetting_class" => member.value(&mut self.vetting_class),
            "vetting_status" => member.value(&mut self.vetting_status),
            "vetting_provider" => member.value(&mut self.vetting_provider),
            "url" => member.value(&mut self.url),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for BrandVetting {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for BrandVetting {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "BrandVetting",
            10,
        )?;
        out.value("account_sid", &self.account_sid)?;
        out.value("brand_sid", &self.brand_sid)?;
        out.value("brand_vetting_sid", &self.brand_vetting_sid)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.value("vetting_id", &self.vetting_id)?;
        out.value("vetting_class", &self.vetting_class)?;
        out.value("vetting_status", &self.vetting_status)?;
        out.value("vetting_provider", &self.vetting_provider)?;
        out.value("url", &self.url)?;
        out.end()
    }
}
/// The third-party provider that has conducted the vetting.
///
/// Decoding keeps values the spec does not list as [`BrandVettingVettingProvider::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum BrandVettingVettingProvider {
    /// `campaign-verify`
    CampaignVerify,
    /// `aegis`
    Aegis,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl BrandVettingVettingProvider {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["campaign-verify", "aegis"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CampaignVerify => "campaign-verify",
            Self::Aegis => "aegis",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "campaign-verify" => Self::CampaignVerify,
            "aegis" => Self::Aegis,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for BrandVettingVettingProvider {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for BrandVettingVettingProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for BrandVettingVettingProvider {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "BrandVettingVettingProvider",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for BrandVettingVettingProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for BrandVettingVettingProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The `ListBrandRegistrationsResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListBrandRegistrationsResponseBody {
    /// The `data` field.
    pub data: Option<Vec<crate::messaging_v1::BrandRegistrations>>,
    /// The `meta` field.
    pub meta: Option<crate::messaging_v1::ListBrandRegistrationsResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListBrandRegistrationsResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "data" => member.list(&mut self.data),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListBrandRegistrationsResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListBrandRegistrationsResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListBrandRegistrationsResponseBody",
            2,
        )?;
        out.list("data", &self.data)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListBrandRegistrationsResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListBrandRegistrationsResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListBrandRegistrationsResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListBrandRegistrationsResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListBrandRegistrationsResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListBrandRegistrationsResponseBodyMeta",
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
/// The `ListBrandVettingResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListBrandVettingResponseBody {
    /// The `data` field.
    pub data: Option<Vec<crate::messaging_v1::BrandVetting>>,
    /// The `meta` field.
    pub meta: Option<crate::messaging_v1::ListBrandVettingResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListBrandVettingResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "data" => member.list(&mut self.data),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListBrandVettingResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListBrandVettingResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListBrandVettingResponseBody",
            2,
        )?;
        out.list("data", &self.data)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListBrandVettingResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListBrandVettingResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListBrandVettingResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListBrandVettingResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListBrandVettingResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListBrandVettingResponseBodyMeta",
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
