//! The types of the `Tollfree` resources.
/// The `ListTollfreeVerificationResponse` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTollfreeVerificationResponseBody {
    /// The `verifications` field.
    pub verifications: Option<Vec<crate::messaging_v1::TollfreeVerification>>,
    /// The `meta` field.
    pub meta: Option<crate::messaging_v1::ListTollfreeVerificationResponseBodyMeta>,
}
impl crate::formats::lenient::Fields for ListTollfreeVerificationResponseBody {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "verifications" => member.list(&mut self.verifications),
            "meta" => member.value(&mut self.meta),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for ListTollfreeVerificationResponseBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListTollfreeVerificationResponseBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListTollfreeVerificationResponseBody",
            2,
        )?;
        out.list("verifications", &self.verifications)?;
        out.value("meta", &self.meta)?;
        out.end()
    }
}
/// The `ListTollfreeVerificationResponseBody.meta` object.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct ListTollfreeVerificationResponseBodyMeta {
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
impl crate::formats::lenient::Fields for ListTollfreeVerificationResponseBodyMeta {
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
impl<'de> serde::Deserialize<'de> for ListTollfreeVerificationResponseBodyMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for ListTollfreeVerificationResponseBodyMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "ListTollfreeVerificationResponseBodyMeta",
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
/// The `messaging.v1.tollfree_verification` resource.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct TollfreeVerification {
    /// The unique string to identify Tollfree Verification.
    pub sid: Option<crate::TollfreeVerificationSid>,
    /// The SID of the [Account](https://www.twilio.com/docs/iam/api/account) that created the Tollfree Verification resource.
    pub account_sid: Option<crate::AccountSid>,
    /// Customer's Profile Bundle BundleSid.
    pub customer_profile_sid: Option<crate::A2pProfileBundleSid>,
    /// Tollfree TrustProduct Bundle BundleSid.
    pub trust_product_sid: Option<crate::A2pProfileBundleSid>,
    /// The date and time in GMT when the resource was created specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_created: Option<time::OffsetDateTime>,
    /// The date and time in GMT when the resource was last updated specified in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format.
    pub date_updated: Option<time::OffsetDateTime>,
    /// The SID of the Regulated Item.
    pub regulated_item_sid: Option<crate::RegulatedItemSid>,
    /// The name of the business or organization using the Tollfree number.
    pub business_name: Option<String>,
    /// The address of the business or organization using the Tollfree number.
    pub business_street_address: Option<String>,
    /// The address of the business or organization using the Tollfree number.
    pub business_street_address2: Option<String>,
    /// The city of the business or organization using the Tollfree number.
    pub business_city: Option<String>,
    /// The state/province/region of the business or organization using the Tollfree number.
    pub business_state_province_region: Option<String>,
    /// The postal code of the business or organization using the Tollfree number.
    pub business_postal_code: Option<String>,
    /// The country of the business or organization using the Tollfree number.
    pub business_country: Option<String>,
    /// The website of the business or organization using the Tollfree number.
    pub business_website: Option<String>,
    /// The first name of the contact for the business or organization using the Tollfree number.
    pub business_contact_first_name: Option<String>,
    /// The last name of the contact for the business or organization using the Tollfree number.
    pub business_contact_last_name: Option<String>,
    /// The email address of the contact for the business or organization using the Tollfree number.
    pub business_contact_email: Option<String>,
    /// The E.164 formatted phone number of the contact for the business or organization using the Tollfree number.
    pub business_contact_phone: Option<String>,
    /// The email address to receive the notification about the verification result. .
    pub notification_email: Option<String>,
    /// The category of the use case for the Tollfree Number. List as many as are applicable.
    pub use_case_categories: Option<Vec<crate::messaging_v1::UseCaseCategories>>,
    /// Use this to further explain how messaging is used by the business or organization.
    pub use_case_summary: Option<String>,
    /// An example of message content, i.e. a sample message.
    pub production_message_sample: Option<String>,
    /// Link to an image that shows the opt-in workflow. Multiple images allowed and must be a publicly hosted URL.
    pub opt_in_image_urls: Option<Vec<String>>,
    /// Describe how a user opts-in to text messages.
    pub opt_in_type: Option<crate::messaging_v1::TollfreeVerificationOptInType>,
    /// Estimate monthly volume of messages from the Tollfree Number.
    pub message_volume: Option<String>,
    /// Additional information to be provided for verification.
    pub additional_information: Option<String>,
    /// The SID of the Phone Number associated with the Tollfree Verification.
    pub tollfree_phone_number_sid: Option<crate::PhoneNumberSid>,
    /// The E.164 formatted toll-free phone number associated with the verification.
    pub tollfree_phone_number: Option<String>,
    /// The compliance status of the Tollfree Verification record.
    pub status: Option<crate::messaging_v1::TollfreeVerificationStatus>,
    /// The absolute URL of the Tollfree Verification resource.
    pub url: Option<String>,
    /// The rejection reason given when a Tollfree Verification has been rejected.
    pub rejection_reason: Option<String>,
    /// The error code given when a Tollfree Verification has been rejected.
    pub error_code: Option<i64>,
    /// The date and time when the ability to edit a rejected verification expires.
    pub edit_expiration: Option<time::OffsetDateTime>,
    /// If a rejected verification is allowed to be edited/resubmitted. Some rejection reasons allow editing and some do not.
    pub edit_allowed: Option<bool>,
    /// A legally recognized business registration number
    pub business_registration_number: Option<String>,
    /// The organizational authority for business registrations. Required for all business types except SOLE\_PROPRIETOR.
    pub business_registration_authority: Option<
        crate::messaging_v1::TollfreeVerificationBusinessRegistrationAuthority,
    >,
    /// Country business is registered in
    pub business_registration_country: Option<String>,
    /// The type of business, valid values are PRIVATE\_PROFIT, PUBLIC\_PROFIT, NON\_PROFIT, SOLE\_PROPRIETOR, GOVERNMENT. Required field.
    pub business_type: Option<crate::messaging_v1::TollfreeVerificationBusinessType>,
    /// The E.164 formatted number associated with the business.
    pub business_registration_phone_number: Option<String>,
    /// Trade name, sub entity, or downstream business name of business being submitted for verification
    pub doing_business_as: Option<String>,
    /// The confirmation message sent to users when they opt in to receive messages.
    pub opt_in_confirmation_message: Option<String>,
    /// A sample help message provided to users.
    pub help_message_sample: Option<String>,
    /// The URL to the privacy policy for the business or organization.
    pub privacy_policy_url: Option<String>,
    /// The URL of the terms and conditions for the business or organization.
    pub terms_and_conditions_url: Option<String>,
    /// Indicates if the content is age gated.
    pub age_gated_content: Option<bool>,
    /// List of keywords that users can send to opt in or out of messages.
    pub opt_in_keywords: Option<Vec<String>>,
    /// A list of rejection reasons and codes describing why a Tollfree Verification has been rejected.
    pub rejection_reasons: Option<Vec<serde_json::Value>>,
    /// The URLs of the documents associated with the Tollfree Verification resource.
    pub resource_links: Option<serde_json::Value>,
    /// An optional external reference ID supplied by customer and echoed back on status retrieval.
    pub external_reference_id: Option<String>,
    /// The `vetting_id` field.
    pub vetting_id: Option<String>,
    /// The third-party political vetting provider.
    pub vetting_provider: Option<
        crate::messaging_v1::TollfreeVerificationVettingProvider,
    >,
    /// The `vetting_id_expiration` field.
    pub vetting_id_expiration: Option<time::OffsetDateTime>,
}
impl crate::formats::lenient::Fields for TollfreeVerification {
    fn read<'de, M: crate::formats::lenient::Member<'de>>(
        &mut self,
        key: &str,
        member: M,
    ) -> Result<(), M::Error> {
        match key {
            "sid" => member.value(&mut self.sid),
            "account_sid" => member.value(&mut self.account_sid),
            "customer_profile_sid" => member.value(&mut self.customer_profile_sid),
            "trust_product_sid" => member.value(&mut self.trust_product_sid),
            "date_created" => member.rfc3339(&mut self.date_created),
            "date_updated" => member.rfc3339(&mut self.date_updated),
            "regulated_item_sid" => member.value(&mut self.regulated_item_sid),
            "business_name" => member.value(&mut self.business_name),
            "business_street_address" => member.value(&mut self.business_street_address),
            "business_street_address2" => {
                member.value(&mut self.business_street_address2)
            }
            "business_city" => member.value(&mut self.business_city),
            "business_state_province_region" => {
                member.value(&mut self.business_state_province_region)
            }
            "business_postal_code" => member.value(&mut self.business_postal_code),
            "business_country" => member.value(&mut self.business_country),
            "business_website" => member.value(&mut self.business_website),
            "business_contact_first_name" => {
                member.value(&mut self.business_contact_first_name)
            }
            "business_contact_last_name" => {
                member.value(&mut self.business_contact_last_name)
            }
            "business_contact_email" => member.value(&mut self.business_contact_email),
            "business_contact_phone" => member.value(&mut self.business_contact_phone),
            "notification_email" => member.value(&mut self.notification_email),
            "use_case_categories" => member.list(&mut self.use_case_categories),
            "use_case_summary" => member.value(&mut self.use_case_summary),
            "production_message_sample" => {
                member.value(&mut self.production_message_sample)
            }
            "opt_in_image_urls" => member.list(&mut self.opt_in_image_urls),
            "opt_in_type" => member.value(&mut self.opt_in_type),
            "message_volume" => member.value(&mut self.message_volume),
            "additional_information" => member.value(&mut self.additional_information),
            "tollfree_phone_number_sid" => {
                member.value(&mut self.tollfree_phone_number_sid)
            }
            "tollfree_phone_number" => member.value(&mut self.tollfree_phone_number),
            "status" => member.value(&mut self.status),
            "url" => member.value(&mut self.url),
            "rejection_reason" => member.value(&mut self.rejection_reason),
            "error_code" => member.value(&mut self.error_code),
            "edit_expiration" => member.rfc3339(&mut self.edit_expiration),
            "edit_allowed" => member.value(&mut self.edit_allowed),
            "business_registration_number" => {
                member.value(&mut self.business_registration_number)
            }
            "business_registration_authority" => {
                member.value(&mut self.business_registration_authority)
            }
            "business_registration_country" => {
                member.value(&mut self.business_registration_country)
            }
            "business_type" => member.value(&mut self.business_type),
            "business_registration_phone_number" => {
                member.value(&mut self.business_registration_phone_number)
            }
            "doing_business_as" => member.value(&mut self.doing_business_as),
            "opt_in_confirmation_message" => {
                member.value(&mut self.opt_in_confirmation_message)
            }
            "help_message_sample" => member.value(&mut self.help_message_sample),
            "privacy_policy_url" => member.value(&mut self.privacy_policy_url),
            "terms_and_conditions_url" => {
                member.value(&mut self.terms_and_conditions_url)
            }
            "age_gated_content" => member.value(&mut self.age_gated_content),
            "opt_in_keywords" => member.list(&mut self.opt_in_keywords),
            "rejection_reasons" => member.list(&mut self.rejection_reasons),
            "resource_links" => member.value(&mut self.resource_links),
            "external_reference_id" => member.value(&mut self.external_reference_id),
            "vetting_id" => member.value(&mut self.vetting_id),
            "vetting_provider" => member.value(&mut self.vetting_provider),
            "vetting_id_expiration" => member.rfc3339(&mut self.vetting_id_expiration),
            _ => member.skip(),
        }
    }
}
impl<'de> serde::Deserialize<'de> for TollfreeVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::formats::lenient::object(deserializer)
    }
}
impl serde::Serialize for TollfreeVerification {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = crate::formats::lenient::Writer::new(
            serializer,
            "TollfreeVerification",
            53,
        )?;
        out.value("sid", &self.sid)?;
        out.value("account_sid", &self.account_sid)?;
        out.value("customer_profile_sid", &self.customer_profile_sid)?;
        out.value("trust_product_sid", &self.trust_product_sid)?;
        out.rfc3339("date_created", &self.date_created)?;
        out.rfc3339("date_updated", &self.date_updated)?;
        out.value("regulated_item_sid", &self.regulated_item_sid)?;
        out.value("business_name", &self.business_name)?;
        out.value("business_street_address", &self.business_street_address)?;
        out.value("business_street_address2", &self.business_street_address2)?;
        out.value("business_city", &self.business_city)?;
        out.value(
            "business_state_province_region",
            &self.business_state_province_region,
        )?;
        out.value("business_postal_code", &self.business_postal_code)?;
        out.value("business_country", &self.business_country)?;
        out.value("business_website", &self.business_website)?;
        out.value("business_contact_first_name", &self.business_contact_first_name)?;
        out.value("business_contact_last_name", &self.business_contact_last_name)?;
        out.value("business_contact_email", &self.business_contact_email)?;
        out.value("business_contact_phone", &self.business_contact_phone)?;
        out.value("notification_email", &self.notification_email)?;
        out.list("use_case_categories", &self.use_case_categories)?;
        out.value("use_case_summary", &self.use_case_summary)?;
        out.value("production_message_sample", &self.production_message_sample)?;
        out.list("opt_in_image_urls", &self.opt_in_image_urls)?;
        out.value("opt_in_type", &self.opt_in_type)?;
        out.value("message_volume", &self.message_volume)?;
        out.value("additional_information", &self.additional_information)?;
        out.value("tollfree_phone_number_sid", &self.tollfree_phone_number_sid)?;
        out.value("tollfree_phone_number", &self.tollfree_phone_number)?;
        out.value("status", &self.status)?;
        out.value("url", &self.url)?;
        out.value("rejection_reason", &self.rejection_reason)?;
        out.value("error_code", &self.error_code)?;
        out.rfc3339("edit_expiration", &self.edit_expiration)?;
        out.value("edit_allowed", &self.edit_allowed)?;
        out.value("business_registration_number", &self.business_registration_number)?;
        out.value(
            "business_registration_authority",
            &self.business_registration_authority,
        )?;
        out.value("business_registration_country", &self.business_registration_country)?;
        out.value("business_type", &self.business_type)?;
        out.value(
            "business_registration_phone_number",
            &self.business_registration_phone_number,
        )?;
        out.value("doing_business_as", &self.doing_business_as)?;
        out.value("opt_in_confirmation_message", &self.opt_in_confirmation_message)?;
        out.value("help_message_sample", &self.help_message_sample)?;
        out.value("privacy_policy_url", &self.privacy_policy_url)?;
        out.value("terms_and_conditions_url", &self.terms_and_conditions_url)?;
        out.value("age_gated_content", &self.age_gated_content)?;
        out.list("opt_in_keywords", &self.opt_in_keywords)?;
        out.list("rejection_reasons", &self.rejection_reasons)?;
        out.value("resource_links", &self.resource_links)?;
        out.value("external_reference_id", &self.external_reference_id)?;
        out.value("vetting_id", &self.vetting_id)?;
        out.value("vetting_provider", &self.vetting_provider)?;
        out.rfc3339("vetting_id_expiration", &self.vetting_id_expiration)?;
        out.end()
    }
}
/// The organizational authority for business registrations.
///
/// Decoding keeps values the spec does not list as [`TollfreeVerificationBusinessRegistrationAuthority::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum TollfreeVerificationBusinessRegistrationAuthority {
    /// `EIN`
    Ein,
    /// `CBN`
    Cbn,
    /// `CRN`
    Crn,
    /// `PROVINCIAL_NUMBER`
    ProvincialNumber,
    /// `VAT`
    Vat,
    /// `ACN`
    Acn,
    /// `ABN`
    Abn,
    /// `BRN`
    Brn,
    /// `SIREN`
    Siren,
    /// `SIRET`
    Siret,
    /// `NZBN`
    Nzbn,
    /// `USt-IdNr`
    UStIdNr,
    /// `CIF`
    Cif,
    /// `NIF`
    Nif,
    /// `CNPJ`
    Cnpj,
    /// `UID`
    Uid,
    /// `NEQ`
    Neq,
    /// `OTHER`
    Other,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl TollfreeVerificationBusinessRegistrationAuthority {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "EIN",
        "CBN",
        "CRN",
        "PROVINCIAL_NUMBER",
        "VAT",
        "ACN",
        "ABN",
        "BRN",
        "SIREN",
        "SIRET",
        "NZBN",
        "USt-IdNr",
        "CIF",
        "NIF",
        "CNPJ",
        "UID",
        "NEQ",
        "OTHER",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ein => "EIN",
            Self::Cbn => "CBN",
            Self::Crn => "CRN",
            Self::ProvincialNumber => "PROVINCIAL_NUMBER",
            Self::Vat => "VAT",
            Self::Acn => "ACN",
            Self::Abn => "ABN",
            Self::Brn => "BRN",
            Self::Siren => "SIREN",
            Self::Siret => "SIRET",
            Self::Nzbn => "NZBN",
            Self::UStIdNr => "USt-IdNr",
            Self::Cif => "CIF",
            Self::Nif => "NIF",
            Self::Cnpj => "CNPJ",
            Self::Uid => "UID",
            Self::Neq => "NEQ",
            Self::Other => "OTHER",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "EIN" => Self::Ein,
            "CBN" => Self::Cbn,
            "CRN" => Self::Crn,
            "PROVINCIAL_NUMBER" => Self::ProvincialNumber,
            "VAT" => Self::Vat,
            "ACN" => Self::Acn,
            "ABN" => Self::Abn,
            "BRN" => Self::Brn,
            "SIREN" => Self::Siren,
            "SIRET" => Self::Siret,
            "NZBN" => Self::Nzbn,
            "USt-IdNr" => Self::UStIdNr,
            "CIF" => Self::Cif,
            "NIF" => Self::Nif,
            "CNPJ" => Self::Cnpj,
            "UID" => Self::Uid,
            "NEQ" => Self::Neq,
            "OTHER" => Self::Other,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed
for TollfreeVerificationBusinessRegistrationAuthority {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for TollfreeVerificationBusinessRegistrationAuthority {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for TollfreeVerificationBusinessRegistrationAuthority {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "TollfreeVerificationBusinessRegistrationAuthority",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for TollfreeVerificationBusinessRegistrationAuthority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TollfreeVerificationBusinessRegistrationAuthority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The type of business, valid values are PRIVATE\_PROFIT, PUBLIC\_PROFIT, NON\_PROFIT, SOLE\_PROPRIETOR, GOVERNMENT.
///
/// Decoding keeps values the spec does not list as [`TollfreeVerificationBusinessType::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum TollfreeVerificationBusinessType {
    /// `PRIVATE_PROFIT`
    PrivateProfit,
    /// `PUBLIC_PROFIT`
    PublicProfit,
    /// `SOLE_PROPRIETOR`
    SoleProprietor,
    /// `NON_PROFIT`
    NonProfit,
    /// `GOVERNMENT`
    Government,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl TollfreeVerificationBusinessType {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "PRIVATE_PROFIT",
        "PUBLIC_PROFIT",
        "SOLE_PROPRIETOR",
        "NON_PROFIT",
        "GOVERNMENT",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PrivateProfit => "PRIVATE_PROFIT",
            Self::PublicProfit => "PUBLIC_PROFIT",
            Self::SoleProprietor => "SOLE_PROPRIETOR",
            Self::NonProfit => "NON_PROFIT",
            Self::Government => "GOVERNMENT",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "PRIVATE_PROFIT" => Self::PrivateProfit,
            "PUBLIC_PROFIT" => Self::PublicProfit,
            "SOLE_PROPRIETOR" => Self::SoleProprietor,
            "NON_PROFIT" => Self::NonProfit,
            "GOVERNMENT" => Self::Government,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for TollfreeVerificationBusinessType {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for TollfreeVerificationBusinessType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for TollfreeVerificationBusinessType {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "TollfreeVerificationBusinessType",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for TollfreeVerificationBusinessType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TollfreeVerificationBusinessType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// Describe how a user opts-in to text messages.
///
/// Decoding keeps values the spec does not list as [`TollfreeVerificationOptInType::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum TollfreeVerificationOptInType {
    /// `VERBAL`
    Verbal,
    /// `WEB_FORM`
    WebForm,
    /// `PAPER_FORM`
    PaperForm,
    /// `VIA_TEXT`
    ViaText,
    /// `MOBILE_QR_CODE`
    MobileQrCode,
    /// `IMPORT`
    Import,
    /// `IMPORT_PLEASE_REPLACE`
    ImportPleaseReplace,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl TollfreeVerificationOptInType {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "VERBAL",
        "WEB_FORM",
        "PAPER_FORM",
        "VIA_TEXT",
        "MOBILE_QR_CODE",
        "IMPORT",
        "IMPORT_PLEASE_REPLACE",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verbal => "VERBAL",
            Self::WebForm => "WEB_FORM",
            Self::PaperForm => "PAPER_FORM",
            Self::ViaText => "VIA_TEXT",
            Self::MobileQrCode => "MOBILE_QR_CODE",
            Self::Import => "IMPORT",
            Self::ImportPleaseReplace => "IMPORT_PLEASE_REPLACE",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "VERBAL" => Self::Verbal,
            "WEB_FORM" => Self::WebForm,
            "PAPER_FORM" => Self::PaperForm,
            "VIA_TEXT" => Self::ViaText,
            "MOBILE_QR_CODE" => Self::MobileQrCode,
            "IMPORT" => Self::Import,
            "IMPORT_PLEASE_REPLACE" => Self::ImportPleaseReplace,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for TollfreeVerificationOptInType {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for TollfreeVerificationOptInType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for TollfreeVerificationOptInType {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "TollfreeVerificationOptInType",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for TollfreeVerificationOptInType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TollfreeVerificationOptInType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The compliance status of the Tollfree Verification record.
///
/// Decoding keeps values the spec does not list as [`TollfreeVerificationStatus::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum TollfreeVerificationStatus {
    /// `PENDING_REVIEW`
    PendingReview,
    /// `IN_REVIEW`
    InReview,
    /// `TWILIO_APPROVED`
    TwilioApproved,
    /// `TWILIO_REJECTED`
    TwilioRejected,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl TollfreeVerificationStatus {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "PENDING_REVIEW",
        "IN_REVIEW",
        "TWILIO_APPROVED",
        "TWILIO_REJECTED",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PendingReview => "PENDING_REVIEW",
            Self::InReview => "IN_REVIEW",
            Self::TwilioApproved => "TWILIO_APPROVED",
            Self::TwilioRejected => "TWILIO_REJECTED",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "PENDING_REVIEW" => Self::PendingReview,
            "IN_REVIEW" => Self::InReview,
            "TWILIO_APPROVED" => Self::TwilioApproved,
            "TWILIO_REJECTED" => Self::TwilioRejected,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for TollfreeVerificationStatus {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for TollfreeVerificationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for TollfreeVerificationStatus {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "TollfreeVerificationStatus",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for TollfreeVerificationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TollfreeVerificationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The third-party political vetting provider.
///
/// Decoding keeps values the spec does not list as [`TollfreeVerificationVettingProvider::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum TollfreeVerificationVettingProvider {
    /// `CAMPAIGN_VERIFY`
    CampaignVerify,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl TollfreeVerificationVettingProvider {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &["CAMPAIGN_VERIFY"];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CampaignVerify => "CAMPAIGN_VERIFY",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "CAMPAIGN_VERIFY" => Self::CampaignVerify,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for TollfreeVerificationVettingProvider {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for TollfreeVerificationVettingProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for TollfreeVerificationVettingProvider {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "TollfreeVerificationVettingProvider",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for TollfreeVerificationVettingProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for TollfreeVerificationVettingProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
/// The values of `UseCaseCategories`.
///
/// Decoding keeps values the spec does not list as [`UseCaseCategories::Unknown`]; requests only carry listed values.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum UseCaseCategories {
    /// `TWO_FACTOR_AUTHENTICATION`
    TwoFactorAuthentication,
    /// `ACCOUNT_NOTIFICATIONS`
    AccountNotifications,
    /// `CUSTOMER_CARE`
    CustomerCare,
    /// `CHARITY_NONPROFIT`
    CharityNonprofit,
    /// `DELIVERY_NOTIFICATIONS`
    DeliveryNotifications,
    /// `FRAUD_ALERT_MESSAGING`
    FraudAlertMessaging,
    /// `EVENTS`
    Events,
    /// `HIGHER_EDUCATION`
    HigherEducation,
    /// `K12`
    K12,
    /// `MARKETING`
    Marketing,
    /// `POLLING_AND_VOTING_NON_POLITICAL`
    PollingAndVotingNonPolitical,
    /// `POLITICAL_ELECTION_CAMPAIGNS`
    PoliticalElectionCampaigns,
    /// `PUBLIC_SERVICE_ANNOUNCEMENT`
    PublicServiceAnnouncement,
    /// `SECURITY_ALERT`
    SecurityAlert,
    /// A value the spec does not list, as the API sent it.
    Unknown(crate::UnknownValue),
}
impl UseCaseCategories {
    /// The values the spec lists.
    pub const VALUES: &'static [&'static str] = &[
        "TWO_FACTOR_AUTHENTICATION",
        "ACCOUNT_NOTIFICATIONS",
        "CUSTOMER_CARE",
        "CHARITY_NONPROFIT",
        "DELIVERY_NOTIFICATIONS",
        "FRAUD_ALERT_MESSAGING",
        "EVENTS",
        "HIGHER_EDUCATION",
        "K12",
        "MARKETING",
        "POLLING_AND_VOTING_NON_POLITICAL",
        "POLITICAL_ELECTION_CAMPAIGNS",
        "PUBLIC_SERVICE_ANNOUNCEMENT",
        "SECURITY_ALERT",
    ];
    /// The value as it is sent and received.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TwoFactorAuthentication => "TWO_FACTOR_AUTHENTICATION",
            Self::AccountNotifications => "ACCOUNT_NOTIFICATIONS",
            Self::CustomerCare => "CUSTOMER_CARE",
            Self::CharityNonprofit => "CHARITY_NONPROFIT",
            Self::DeliveryNotifications => "DELIVERY_NOTIFICATIONS",
            Self::FraudAlertMessaging => "FRAUD_ALERT_MESSAGING",
            Self::Events => "EVENTS",
            Self::HigherEducation => "HIGHER_EDUCATION",
            Self::K12 => "K12",
            Self::Marketing => "MARKETING",
            Self::PollingAndVotingNonPolitical => "POLLING_AND_VOTING_NON_POLITICAL",
            Self::PoliticalElectionCampaigns => "POLITICAL_ELECTION_CAMPAIGNS",
            Self::PublicServiceAnnouncement => "PUBLIC_SERVICE_ANNOUNCEMENT",
            Self::SecurityAlert => "SECURITY_ALERT",
            Self::Unknown(v) => v.as_str(),
        }
    }
    /// Whether the spec lists this value.
    pub fn is_known(&self) -> bool {
        !matches!(self, Self::Unknown(_))
    }
    fn from_wire(value: String) -> Self {
        match value.as_str() {
            "TWO_FACTOR_AUTHENTICATION" => Self::TwoFactorAuthentication,
            "ACCOUNT_NOTIFICATIONS" => Self::AccountNotifications,
            "CUSTOMER_CARE" => Self::CustomerCare,
            "CHARITY_NONPROFIT" => Self::CharityNonprofit,
            "DELIVERY_NOTIFICATIONS" => Self::DeliveryNotifications,
            "FRAUD_ALERT_MESSAGING" => Self::FraudAlertMessaging,
            "EVENTS" => Self::Events,
            "HIGHER_EDUCATION" => Self::HigherEducation,
            "K12" => Self::K12,
            "MARKETING" => Self::Marketing,
            "POLLING_AND_VOTING_NON_POLITICAL" => Self::PollingAndVotingNonPolitical,
            "POLITICAL_ELECTION_CAMPAIGNS" => Self::PoliticalElectionCampaigns,
            "PUBLIC_SERVICE_ANNOUNCEMENT" => Self::PublicServiceAnnouncement,
            "SECURITY_ALERT" => Self::SecurityAlert,
            _ => Self::Unknown(crate::UnknownValue(value)),
        }
    }
}
impl crate::formats::check::Listed for UseCaseCategories {
    fn unlisted(&self) -> Option<&str> {
        match self {
            Self::Unknown(v) => Some(v.as_str()),
            _ => None,
        }
    }
}
impl std::fmt::Display for UseCaseCategories {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl std::str::FromStr for UseCaseCategories {
    type Err = crate::InvalidEnumValue;
    /// Parses one of the listed values; anything else is an error.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let value = Self::from_wire(s.to_owned());
        if value.is_known() {
            Ok(value)
        } else {
            Err(crate::InvalidEnumValue {
                kind: "UseCaseCategories",
                allowed: Self::VALUES,
            })
        }
    }
}
impl serde::Serialize for UseCaseCategories {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> serde::Deserialize<'de> for UseCaseCategories {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from_wire)
    }
}
