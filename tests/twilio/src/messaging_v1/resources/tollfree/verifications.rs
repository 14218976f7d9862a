//! The `Verifications` resources of `Tollfree`: how to reach their operations, and the operations' parameters.
/// The tollfree resources.
#[derive(Clone)]
pub struct TollfreeList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for TollfreeList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TollfreeList").finish_non_exhaustive()
    }
}
impl<'a> TollfreeList<'a> {
    /// A verification and what it contains.
    pub fn verification(
        &self,
        verification_sid: &crate::TollfreeVerificationSid,
    ) -> crate::messaging_v1::VerificationContext<'a> {
        crate::messaging_v1::VerificationContext {
            client: self.client,
            verification_sid: verification_sid.clone(),
        }
    }
    /// The verification resources.
    pub fn verifications(&self) -> crate::messaging_v1::VerificationList<'a> {
        crate::messaging_v1::VerificationList {
            client: self.client,
        }
    }
}
/// The inputs of `UpdateTollfreeVerification`: required ones go to [`UpdateTollfreeVerificationParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateTollfreeVerificationParams {
    /// The name of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_name: Option<String>,
    /// The website of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_website: Option<String>,
    /// The email address to receive the notification about the verification result
    #[cfg_attr(feature = "cli", arg(long))]
    pub notification_email: Option<String>,
    /// The category of the use case for the Tollfree Number
    #[cfg_attr(feature = "cli", arg(long))]
    pub use_case_categories: Vec<crate::messaging_v1::UseCaseCategories>,
    /// Use this to further explain how messaging is used by the business or organization
    #[cfg_attr(feature = "cli", arg(long))]
    pub use_case_summary: Option<String>,
    /// An example of message content, i.e
    #[cfg_attr(feature = "cli", arg(long))]
    pub production_message_sample: Option<String>,
    /// Link to an image that shows the opt-in workflow
    #[cfg_attr(feature = "cli", arg(long))]
    pub opt_in_image_urls: Vec<String>,
    /// Describe how a user opts-in to text messages
    #[cfg_attr(feature = "cli", arg(long))]
    pub opt_in_type: Option<crate::messaging_v1::TollfreeVerificationOptInType>,
    /// Estimate monthly volume of messages from the Tollfree Number
    #[cfg_attr(feature = "cli", arg(long))]
    pub message_volume: Option<String>,
    /// The address of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_street_address: Option<String>,
    /// The address of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long = "business-street-address2"))]
    pub business_street_address2: Option<String>,
    /// The city of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_city: Option<String>,
    /// The state/province/region of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_state_province_region: Option<String>,
    /// The postal code of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_postal_code: Option<String>,
    /// The country of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_country: Option<String>,
    /// Additional information to be provided for verification
    #[cfg_attr(feature = "cli", arg(long))]
    pub additional_information: Option<String>,
    /// The first name of the contact for the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_contact_first_name: Option<String>,
    /// The last name of the contact for the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_contact_last_name: Option<String>,
    /// The email address of the contact for the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_contact_email: Option<String>,
    /// The E.164 formatted phone number of the contact for the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_contact_phone: Option<String>,
    /// Describe why the verification is being edited
    #[cfg_attr(feature = "cli", arg(long))]
    pub edit_reason: Option<String>,
    /// A legally recognized business registration number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_registration_number: Option<String>,
    /// The organizational authority for business registrations
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_registration_authority: Option<
        crate::messaging_v1::TollfreeVerificationBusinessRegistrationAuthority,
    >,
    /// Country business is registered in
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_registration_country: Option<String>,
    /// The type of business, valid values are PRIVATE\_PROFIT, PUBLIC\_PROFIT, NON\_PROFIT, SOLE\_PROPRIETOR, GOVERNMENT
    #[cfg_attr(
        feature = "cli",
        arg(
            long,
            help = "The type of business, valid values are PRIVATE_PROFIT, PUBLIC_PROFIT, NON_PROFIT, SOLE_PROPRIETOR, GOVERNMENT"
        )
    )]
    pub business_type: Option<crate::messaging_v1::TollfreeVerificationBusinessType>,
    /// The E.164 formatted number associated with the business
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_registration_phone_number: Option<String>,
    /// Trade name, sub entity, or downstream business name of business being submitted for verification
    #[cfg_attr(feature = "cli", arg(long))]
    pub doing_business_as: Option<String>,
    /// The confirmation message sent to users when they opt in to receive messages
    #[cfg_attr(feature = "cli", arg(long))]
    pub opt_in_confirmation_message: Option<String>,
    /// A sample help message provided to users
    #[cfg_attr(feature = "cli", arg(long))]
    pub help_message_sample: Option<String>,
    /// The URL to the privacy policy for the business or organization
    #[cfg_attr(feature = "cli", arg(long))]
    pub privacy_policy_url: Option<String>,
    /// The URL to the terms and conditions for the business or organization
    #[cfg_attr(feature = "cli", arg(long))]
    pub terms_and_conditions_url: Option<String>,
    /// Indicates if the content is age gated
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub age_gated_content: Option<bool>,
    /// List of keywords that users can text in to opt in to receive messages
    #[cfg_attr(feature = "cli", arg(long))]
    pub opt_in_keywords: Vec<String>,
    /// The third-party political vetting provider
    #[cfg_attr(feature = "cli", arg(long))]
    pub vetting_provider: Option<
        crate::messaging_v1::TollfreeVerificationVettingProvider,
    >,
    /// The unique ID of the vetting
    #[cfg_attr(feature = "cli", arg(long))]
    pub vetting_id: Option<String>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateTollfreeVerificationParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            business_name: request
                .opt(crate::mock::Place::Form, "BusinessName", crate::mock::value)?,
            business_website: request
                .opt(crate::mock::Place::Form, "BusinessWebsite", crate::mock::value)?,
            notification_email: request
                .opt(crate::mock::Place::Form, "NotificationEmail", crate::mock::value)?,
            use_case_categories: request
                .many(
                    crate::mock::Place::Form,
                    "UseCaseCategories",
                    crate::mock::value,
                )?,
            use_case_summary: request
                .opt(crate::mock::Place::Form, "UseCaseSummary", crate::mock::value)?,
            production_message_sample: request
                .opt(
                    crate::mock::Place::Form,
                    "ProductionMessageSample",
                    crate::mock::value,
                )?,
            opt_in_image_urls: request
                .many(crate::mock::Place::Form, "OptInImageUrls", crate::mock::value)?,
            opt_in_type: request
                .opt(crate::mock::Place::Form, "OptInType", crate::mock::value)?,
            message_volume: request
                .opt(crate::mock::Place::Form, "MessageVolume", crate::mock::value)?,
            business_street_address: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessStreetAddress",
                    crate::mock::value,
                )?,
            business_street_address2: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessStreetAddress2",
                    crate::mock::value,
                )?,
            business_city: request
                .opt(crate::mock::Place::Form, "BusinessCity", crate::mock::value)?,
            business_state_province_region: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessStateProvinceRegion",
                    crate::mock::value,
                )?,
            business_postal_code: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessPostalCode",
                    crate::mock::value,
                )?,
            business_country: request
                .opt(crate::mock::Place::Form, "BusinessCountry", crate::mock::value)?,
            additional_information: request
                .opt(
                    crate::mock::Place::Form,
                    "AdditionalInformation",
                    crate::mock::value,
                )?,
            business_contact_first_name: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessContactFirstName",
                    crate::mock::value,
                )?,
            business_contact_last_name: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessContactLastName",
                    crate::mock::value,
                )?,
            business_contact_email: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessContactEmail",
                    crate::mock::value,
                )?,
            business_contact_phone: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessContactPhone",
                    crate::mock::value,
                )?,
            edit_reason: request
                .opt(crate::mock::Place::Form, "EditReason", crate::mock::value)?,
            business_registration_number: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessRegistrationNumber",
                    crate::mock::value,
                )?,
            business_registration_authority: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessRegistrationAuthority",
                    crate::mock::value,
                )?,
            business_registration_country: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessRegistrationCountry",
                    crate::mock::value,
                )?,
            business_type: request
                .opt(crate::mock::Place::Form, "BusinessType", crate::mock::value)?,
            business_registration_phone_number: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessRegistrationPhoneNumber",
                    crate::mock::value,
                )?,
            doing_business_as: request
                .opt(crate::mock::Place::Form, "DoingBusinessAs", crate::mock::value)?,
            opt_in_confirmation_message: request
                .opt(
                    crate::mock::Place::Form,
                    "OptInConfirmationMessage",
                    crate::mock::value,
                )?,
            help_message_sample: request
                .opt(crate::mock::Place::Form, "HelpMessageSample", crate::mock::value)?,
            privacy_policy_url: request
                .opt(crate::mock::Place::Form, "PrivacyPolicyUrl", crate::mock::value)?,
            terms_and_conditions_url: request
                .opt(
                    crate::mock::Place::Form,
                    "TermsAndConditionsUrl",
                    crate::mock::value,
                )?,
            age_gated_content: request
                .opt(crate::mock::Place::Form, "AgeGatedContent", crate::mock::value)?,
            opt_in_keywords: request
                .many(crate::mock::Place::Form, "OptInKeywords", crate::mock::value)?,
            vetting_provider: request
                .opt(crate::mock::Place::Form, "VettingProvider", crate::mock::value)?,
            vetting_id: request
                .opt(crate::mock::Place::Form, "VettingId", crate::mock::value)?,
        })
    }
}
impl UpdateTollfreeVerificationParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// The name of the business or organization using the Tollfree number.
    pub fn business_name(mut self, value: impl Into<String>) -> Self {
        self.business_name = Some(value.into());
        self
    }
    /// The website of the business or organization using the Tollfree number.
    pub fn business_website(mut self, value: impl Into<String>) -> Self {
        self.business_website = Some(value.into());
        self
    }
    /// The email address to receive the notification about the verification result. .
    pub fn notification_email(mut self, value: impl Into<String>) -> Self {
        self.notification_email = Some(value.into());
        self
    }
    /// The category of the use case for the Tollfree Number. List as many as are applicable.
    pub fn use_case_categories(
        mut self,
        value: impl IntoIterator<Item = crate::messaging_v1::UseCaseCategories>,
    ) -> Self {
        self.use_case_categories = value.into_iter().collect();
        self
    }
    /// Use this to further explain how messaging is used by the business or organization.
    pub fn use_case_summary(mut self, value: impl Into<String>) -> Self {
        self.use_case_summary = Some(value.into());
        self
    }
    /// An example of message content, i.e. a sample message.
    pub fn production_message_sample(mut self, value: impl Into<String>) -> Self {
        self.production_message_sample = Some(value.into());
        self
    }
    /// Link to an image that shows the opt-in workflow. Multiple images allowed and must be a publicly hosted URL.
    pub fn opt_in_image_urls(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.opt_in_image_urls = value.into_iter().map(Into::into).collect();
        self
    }
    /// Describe how a user opts-in to text messages.
    pub fn opt_in_type(
        mut self,
        value: crate::messaging_v1::TollfreeVerificationOptInType,
    ) -> Self {
        self.opt_in_type = Some(value);
        self
    }
    /// Estimate monthly volume of messages from the Tollfree Number.
    pub fn message_volume(mut self, value: impl Into<String>) -> Self {
        self.message_volume = Some(value.into());
        self
    }
    /// The address of the business or organization using the Tollfree number.
    pub fn business_street_address(mut self, value: impl Into<String>) -> Self {
        self.business_street_address = Some(value.into());
        self
    }
    /// The address of the business or organization using the Tollfree number.
    pub fn business_street_address2(mut self, value: impl Into<String>) -> Self {
        self.business_street_address2 = Some(value.into());
        self
    }
    /// The city of the business or organization using the Tollfree number.
    pub fn business_city(mut self, value: impl Into<String>) -> Self {
        self.business_city = Some(value.into());
        self
    }
    /// The state/province/region of the business or organization using the Tollfree number.
    pub fn business_state_province_region(mut self, value: impl Into<String>) -> Self {
        self.business_state_province_region = Some(value.into());
        self
    }
    /// The postal code of the business or organization using the Tollfree number.
    pub fn business_postal_code(mut self, value: impl Into<String>) -> Self {
        self.business_postal_code = Some(value.into());
        self
    }
    /// The country of the business or organization using the Tollfree number.
    pub fn business_country(mut self, value: impl Into<String>) -> Self {
        self.business_country = Some(value.into());
        self
    }
    /// Additional information to be provided for verification.
    pub fn additional_information(mut self, value: impl Into<String>) -> Self {
        self.additional_information = Some(value.into());
        self
    }
    /// The first name of the contact for the business or organization using the Tollfree number.
    pub fn business_contact_first_name(mut self, value: impl Into<String>) -> Self {
        self.business_contact_first_name = Some(value.into());
        self
    }
    /// The last name of the contact for the business or organization using the Tollfree number.
    pub fn business_contact_last_name(mut self, value: impl Into<String>) -> Self {
        self.business_contact_last_name = Some(value.into());
        self
    }
    /// The email address of the contact for the business or organization using the Tollfree number.
    pub fn business_contact_email(mut self, value: impl Into<String>) -> Self {
        self.business_contact_email = Some(value.into());
        self
    }
    /// The E.164 formatted phone number of the contact for the business or organization using the Tollfree number.
    pub fn business_contact_phone(mut self, value: impl Into<String>) -> Self {
        self.business_contact_phone = Some(value.into());
        self
    }
    /// Describe why the verification is being edited. If the verification was rejected because of a technical issue, such as the website being down, and the issue has been resolved this parameter should be set to something similar to 'Website fixed'.
    pub fn edit_reason(mut self, value: impl Into<String>) -> Self {
        self.edit_reason = Some(value.into());
        self
    }
    /// A legally recognized business registration number
    pub fn business_registration_number(mut self, value: impl Into<String>) -> Self {
        self.business_registration_number = Some(value.into());
        self
    }
    /// The organizational authority for business registrations. Required for all business types except SOLE\_PROPRIETOR.
    pub fn business_registration_authority(
        mut self,
        value: crate::messaging_v1::TollfreeVerificationBusinessRegistrationAuthority,
    ) -> Self {
        self.business_registration_authority = Some(value);
        self
    }
    /// Country business is registered in
    pub fn business_registration_country(mut self, value: impl Into<String>) -> Self {
        self.business_registration_country = Some(value.into());
        self
    }
    /// The type of business, valid values are PRIVATE\_PROFIT, PUBLIC\_PROFIT, NON\_PROFIT, SOLE\_PROPRIETOR, GOVERNMENT. Required field.
    pub fn business_type(
        mut self,
        value: crate::messaging_v1::TollfreeVerificationBusinessType,
    ) -> Self {
        self.business_type = Some(value);
        self
    }
    /// The E.164 formatted number associated with the business.
    pub fn business_registration_phone_number(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.business_registration_phone_number = Some(value.into());
        self
    }
    /// Trade name, sub entity, or downstream business name of business being submitted for verification
    pub fn doing_business_as(mut self, value: impl Into<String>) -> Self {
        self.doing_business_as = Some(value.into());
        self
    }
    /// The confirmation message sent to users when they opt in to receive messages.
    pub fn opt_in_confirmation_message(mut self, value: impl Into<String>) -> Self {
        self.opt_in_confirmation_message = Some(value.into());
        self
    }
    /// A sample help message provided to users.
    pub fn help_message_sample(mut self, value: impl Into<String>) -> Self {
        self.help_message_sample = Some(value.into());
        self
    }
    /// The URL to the privacy policy for the business or organization.
    pub fn privacy_policy_url(mut self, value: impl Into<String>) -> Self {
        self.privacy_policy_url = Some(value.into());
        self
    }
    /// The URL to the terms and conditions for the business or organization.
    pub fn terms_and_conditions_url(mut self, value: impl Into<String>) -> Self {
        self.terms_and_conditions_url = Some(value.into());
        self
    }
    /// Indicates if the content is age gated.
    pub fn age_gated_content(mut self, value: bool) -> Self {
        self.age_gated_content = Some(value);
        self
    }
    /// List of keywords that users can text in to opt in to receive messages.
    pub fn opt_in_keywords(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.opt_in_keywords = value.into_iter().map(Into::into).collect();
        self
    }
    /// The third-party political vetting provider.
    pub fn vetting_provider(
        mut self,
        value: crate::messaging_v1::TollfreeVerificationVettingProvider,
    ) -> Self {
        self.vetting_provider = Some(value);
        self
    }
    /// The unique ID of the vetting
    pub fn vetting_id(mut self, value: impl Into<String>) -> Self {
        self.vetting_id = Some(value.into());
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("UseCaseCategories", &self.use_case_categories)?;
        crate::formats::check::listed("OptInType", &self.opt_in_type)?;
        crate::formats::check::listed(
            "BusinessRegistrationAuthority",
            &self.business_registration_authority,
        )?;
        crate::formats::check::listed("BusinessType", &self.business_type)?;
        crate::formats::check::listed("VettingProvider", &self.vetting_provider)?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("BusinessName", &self.business_name);
        out.add("BusinessWebsite", &self.business_website);
        out.add("NotificationEmail", &self.notification_email);
        out.add("UseCaseCategories", &self.use_case_categories);
        out.add("UseCaseSummary", &self.use_case_summary);
        out.add("ProductionMessageSample", &self.production_message_sample);
        out.add("OptInImageUrls", &self.opt_in_image_urls);
        out.add("OptInType", &self.opt_in_type);
        out.add("MessageVolume", &self.message_volume);
        out.add("BusinessStreetAddress", &self.business_street_address);
        out.add("BusinessStreetAddress2", &self.business_street_address2);
        out.add("BusinessCity", &self.business_city);
        out.add("BusinessStateProvinceRegion", &self.business_state_province_region);
        out.add("BusinessPostalCode", &self.business_postal_code);
        out.add("BusinessCountry", &self.business_country);
        out.add("AdditionalInformation", &self.additional_information);
        out.add("BusinessContactFirstName", &self.business_contact_first_name);
        out.add("BusinessContactLastName", &self.business_contact_last_name);
        out.add("BusinessContactEmail", &self.business_contact_email);
        out.add("BusinessContactPhone", &self.business_contact_phone);
        out.add("EditReason", &self.edit_reason);
        out.add("BusinessRegistrationNumber", &self.business_registration_number);
        out.add("BusinessRegistrationAuthority", &self.business_registration_authority);
        out.add("BusinessRegistrationCountry", &self.business_registration_country);
        out.add("BusinessType", &self.business_type);
        out.add(
            "BusinessRegistrationPhoneNumber",
            &self.business_registration_phone_number,
        );
        out.add("DoingBusinessAs", &self.doing_business_as);
        out.add("OptInConfirmationMessage", &self.opt_in_confirmation_message);
        out.add("HelpMessageSample", &self.help_message_sample);
        out.add("PrivacyPolicyUrl", &self.privacy_policy_url);
        out.add("TermsAndConditionsUrl", &self.terms_and_conditions_url);
        out.add("AgeGatedContent", self.age_gated_content);
        out.add("OptInKeywords", &self.opt_in_keywords);
        out.add("VettingProvider", &self.vetting_provider);
        out.add("VettingId", &self.vetting_id);
        out.into_vec()
    }
}
/// A verification and what it contains.
#[derive(Clone)]
pub struct VerificationContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) verification_sid: crate::TollfreeVerificationSid,
}
impl std::fmt::Debug for VerificationContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerificationContext")
            .field("verification_sid", &self.verification_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> VerificationContext<'a> {
    /// Retrieve a tollfree verification
    ///
    /// `GET /v1/Tollfree/Verifications/{Sid}` (`FetchTollfreeVerification`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<
        crate::Response<crate::messaging_v1::TollfreeVerification>,
        crate::Error,
    > {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://messaging.twilio.com",
            "/v1/Tollfree/Verifications/{Sid}",
            &[self.verification_sid.as_str()],
        );
        self.client.call_object(request).await
    }
    /// Edit a tollfree verification
    ///
    /// `POST /v1/Tollfree/Verifications/{Sid}` (`UpdateTollfreeVerification`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::messaging_v1::UpdateTollfreeVerificationParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::TollfreeVerification>,
        crate::Error,
    > {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/Tollfree/Verifications/{Sid}",
                &[self.verification_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
    /// Delete a tollfree verification
    ///
    /// `DELETE /v1/Tollfree/Verifications/{Sid}` (`DeleteTollfreeVerification`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://messaging.twilio.com",
            "/v1/Tollfree/Verifications/{Sid}",
            &[self.verification_sid.as_str()],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `ListTollfreeVerification`: required ones go to [`ListTollfreeVerificationParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListTollfreeVerificationParams {
    /// The SID of the Phone Number associated with the Tollfree Verification
    #[cfg_attr(feature = "cli", arg(long))]
    pub tollfree_phone_number_sid: Option<crate::PhoneNumberSid>,
    /// The compliance status of the Tollfree Verification record
    #[cfg_attr(feature = "cli", arg(long))]
    pub status: Option<crate::messaging_v1::TollfreeVerificationStatus>,
    /// Customer supplied reference id for the Tollfree Verification record
    #[cfg_attr(feature = "cli", arg(long))]
    pub external_reference_id: Option<String>,
    /// Whether to include Tollfree Verifications from sub accounts in list response
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub include_sub_accounts: Option<bool>,
    /// How many resources to return in each list page
    #[cfg_attr(feature = "cli", arg(long))]
    pub page_size: Option<i64>,
    /// The page index
    #[cfg_attr(feature = "cli", arg(long))]
    pub page: Option<i64>,
    /// The page token
    #[cfg_attr(feature = "cli", arg(long))]
    pub page_token: Option<String>,
    /// The trust product sids / tollfree bundle sids of tollfree verifications
    #[cfg_attr(feature = "cli", arg(long))]
    pub trust_product_sid: Vec<String>,
    #[cfg_attr(feature = "cli", arg(skip))]
    limit: Option<usize>,
}
/// Shows every input but those that hold secrets (passwords, secrets, tokens).
impl std::fmt::Debug for ListTollfreeVerificationParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListTollfreeVerificationParams")
            .field("tollfree_phone_number_sid", &self.tollfree_phone_number_sid)
            .field("status", &self.status)
            .field("external_reference_id", &self.external_reference_id)
            .field("include_sub_accounts", &self.include_sub_accounts)
            .field("page_size", &self.page_size)
            .field("page", &self.page)
            .field(
                "page_token",
                &self.page_token.as_ref().map(|_| crate::support::Redacted),
            )
            .field("trust_product_sid", &self.trust_product_sid)
            .field("limit", &self.limit)
            .finish()
    }
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for ListTollfreeVerificationParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            tollfree_phone_number_sid: request
                .opt(
                    crate::mock::Place::Query,
                    "TollfreePhoneNumberSid",
                    crate::mock::value,
                )?,
            status: request
                .opt(crate::mock::Place::Query, "Status", crate::mock::value)?,
            external_reference_id: request
                .opt(
                    crate::mock::Place::Query,
                    "ExternalReferenceId",
                    crate::mock::value,
                )?,
            include_sub_accounts: request
                .opt(
                    crate::mock::Place::Query,
                    "IncludeSubAccounts",
                    crate::mock::value,
                )?,
            page_size: request
                .opt(crate::mock::Place::Query, "PageSize", crate::mock::value)?,
            page: request.opt(crate::mock::Place::Query, "Page", crate::mock::value)?,
            page_token: request
                .opt(crate::mock::Place::Query, "PageToken", crate::mock::value)?,
            trust_product_sid: request
                .many(crate::mock::Place::Query, "TrustProductSid", crate::mock::value)?,
            limit: None,
        })
    }
}
impl ListTollfreeVerificationParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// The SID of the Phone Number associated with the Tollfree Verification.
    pub fn tollfree_phone_number_sid(mut self, value: crate::PhoneNumberSid) -> Self {
        self.tollfree_phone_number_sid = Some(value);
        self
    }
    /// The compliance status of the Tollfree Verification record.
    pub fn status(
        mut self,
        value: crate::messaging_v1::TollfreeVerificationStatus,
    ) -> Self {
        self.status = Some(value);
        self
    }
    /// Customer supplied reference id for the Tollfree Verification record.
    pub fn external_reference_id(mut self, value: impl Into<String>) -> Self {
        self.external_reference_id = Some(value.into());
        self
    }
    /// Whether to include Tollfree Verifications from sub accounts in list response.
    pub fn include_sub_accounts(mut self, value: bool) -> Self {
        self.include_sub_accounts = Some(value);
        self
    }
    /// How many resources to return in each list page. The default is 50, and the maximum is 1000.
    pub fn page_size(mut self, value: i64) -> Self {
        self.page_size = Some(value);
        self
    }
    /// The page index. This value is simply for client state.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }
    /// The page token. This is provided by the API.
    pub fn page_token(mut self, value: impl Into<String>) -> Self {
        self.page_token = Some(value.into());
        self
    }
    /// The trust product sids / tollfree bundle sids of tollfree verifications
    pub fn trust_product_sid(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.trust_product_sid = value.into_iter().map(Into::into).collect();
        self
    }
    /// The most items `list` and `stream` return (all without one). No page is asked for
    /// once it is reached, and without a page size the pages are this size (at most
    /// 1000), as Twilio's libraries do.
    pub fn limit(mut self, limit: usize) -> Self {
        self.limit = Some(limit);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("Status", &self.status)?;
        crate::formats::check::at_least("PageSize", &self.page_size, 1)?;
        crate::formats::check::at_most("PageSize", &self.page_size, 1000)?;
        crate::formats::check::at_least("Page", &self.page, 0)?;
        Ok(())
    }
    /// The query pairs, in spec order; a list repeats its key.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("TollfreePhoneNumberSid", &self.tollfree_phone_number_sid);
        out.add("Status", &self.status);
        out.add("ExternalReferenceId", &self.external_reference_id);
        out.add("IncludeSubAccounts", self.include_sub_accounts);
        out.add("PageSize", self.page_size);
        out.add("Page", self.page);
        out.add("PageToken", &self.page_token);
        out.add("TrustProductSid", &self.trust_product_sid);
        out.into_vec()
    }
    /// Without a page size, a limit asks for pages of its size (at most 1000).
    fn with_page_size(mut self) -> Self {
        if self.page_size.is_none() && let Some(limit) = self.limit {
            self.page_size = crate::paging::page_size_for(limit);
        }
        self
    }
}
/// The inputs of `CreateTollfreeVerification`: required ones go to [`CreateTollfreeVerificationParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateTollfreeVerificationParams {
    /// The name of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_name: String,
    /// The website of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_website: String,
    /// The email address to receive the notification about the verification result
    #[cfg_attr(feature = "cli", arg(long))]
    pub notification_email: String,
    /// The category of the use case for the Tollfree Number
    #[cfg_attr(feature = "cli", arg(long, required = true))]
    pub use_case_categories: Vec<crate::messaging_v1::UseCaseCategories>,
    /// Use this to further explain how messaging is used by the business or organization
    #[cfg_attr(feature = "cli", arg(long))]
    pub use_case_summary: String,
    /// An example of message content, i.e
    #[cfg_attr(feature = "cli", arg(long))]
    pub production_message_sample: String,
    /// Link to an image that shows the opt-in workflow
    #[cfg_attr(feature = "cli", arg(long, required = true))]
    pub opt_in_image_urls: Vec<String>,
    /// Describe how a user opts-in to text messages
    #[cfg_attr(feature = "cli", arg(long))]
    pub opt_in_type: crate::messaging_v1::TollfreeVerificationOptInType,
    /// Estimate monthly volume of messages from the Tollfree Number
    #[cfg_attr(feature = "cli", arg(long))]
    pub message_volume: String,
    /// The SID of the Phone Number associated with the Tollfree Verification
    #[cfg_attr(feature = "cli", arg(long))]
    pub tollfree_phone_number_sid: crate::PhoneNumberSid,
    /// Customer's Profile Bundle BundleSid
    #[cfg_attr(feature = "cli", arg(long))]
    pub customer_profile_sid: Option<crate::A2pProfileBundleSid>,
    /// The address of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_street_address: Option<String>,
    /// The address of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long = "business-street-address2"))]
    pub business_street_address2: Option<String>,
    /// The city of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_city: Option<String>,
    /// The state/province/region of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_state_province_region: Option<String>,
    /// The postal code of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_postal_code: Option<String>,
    /// The country of the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_country: Option<String>,
    /// Additional information to be provided for verification
    #[cfg_attr(feature = "cli", arg(long))]
    pub additional_information: Option<String>,
    /// The first name of the contact for the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_contact_first_name: Option<String>,
    /// The last name of the contact for the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_contact_last_name: Option<String>,
    /// The email address of the contact for the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_contact_email: Option<String>,
    /// The E.164 formatted phone number of the contact for the business or organization using the Tollfree number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_contact_phone: Option<String>,
    /// An optional external reference ID supplied by customer and echoed back on status retrieval
    #[cfg_attr(feature = "cli", arg(long))]
    pub external_reference_id: Option<String>,
    /// A legally recognized business registration number
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_registration_number: Option<String>,
    /// The organizational authority for business registrations
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_registration_authority: Option<
        crate::messaging_v1::TollfreeVerificationBusinessRegistrationAuthority,
    >,
    /// The country where the business is registered
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_registration_country: Option<String>,
    /// The type of business, valid values are PRIVATE\_PROFIT, PUBLIC\_PROFIT, NON\_PROFIT, SOLE\_PROPRIETOR, GOVERNMENT
    #[cfg_attr(
        feature = "cli",
        arg(
            long,
            help = "The type of business, valid values are PRIVATE_PROFIT, PUBLIC_PROFIT, NON_PROFIT, SOLE_PROPRIETOR, GOVERNMENT"
        )
    )]
    pub business_type: Option<crate::messaging_v1::TollfreeVerificationBusinessType>,
    /// The E.164 formatted number associated with the business
    #[cfg_attr(feature = "cli", arg(long))]
    pub business_registration_phone_number: Option<String>,
    /// Trade name, sub entity, or downstream business name of business being submitted for verification
    #[cfg_attr(feature = "cli", arg(long))]
    pub doing_business_as: Option<String>,
    /// The confirmation message sent to users when they opt in to receive messages
    #[cfg_attr(feature = "cli", arg(long))]
    pub opt_in_confirmation_message: Option<String>,
    /// A sample help message provided to users
    #[cfg_attr(feature = "cli", arg(long))]
    pub help_message_sample: Option<String>,
    /// The URL to the privacy policy for the business or organization
    #[cfg_attr(feature = "cli", arg(long))]
    pub privacy_policy_url: Option<String>,
    /// The URL to the terms and conditions for the business or organization
    #[cfg_attr(feature = "cli", arg(long))]
    pub terms_and_conditions_url: Option<String>,
    /// Indicates if the content is age gated
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub age_gated_content: Option<bool>,
    /// List of keywords that users can text in to opt in to receive messages
    #[cfg_attr(feature = "cli", arg(long))]
    pub opt_in_keywords: Vec<String>,
    /// The third-party political vetting provider
    #[cfg_attr(feature = "cli", arg(long))]
    pub vetting_provider: Option<
        crate::messaging_v1::TollfreeVerificationVettingProvider,
    >,
    /// The unique ID of the vetting
    #[cfg_attr(feature = "cli", arg(long))]
    pub vetting_id: Option<String>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateTollfreeVerificationParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            business_name: request
                .one(crate::mock::Place::Form, "BusinessName", crate::mock::value)?,
            business_website: request
                .one(crate::mock::Place::Form, "BusinessWebsite", crate::mock::value)?,
            notification_email: request
                .one(crate::mock::Place::Form, "NotificationEmail", crate::mock::value)?,
            use_case_categories: request
                .many(
                    crate::mock::Place::Form,
                    "UseCaseCategories",
                    crate::mock::value,
                )?,
            use_case_summary: request
                .one(crate::mock::Place::Form, "UseCaseSummary", crate::mock::value)?,
            production_message_sample: request
                .one(
                    crate::mock::Place::Form,
                    "ProductionMessageSample",
                    crate::mock::value,
                )?,
            opt_in_image_urls: request
                .many(crate::mock::Place::Form, "OptInImageUrls", crate::mock::value)?,
            opt_in_type: request
                .one(crate::mock::Place::Form, "OptInType", crate::mock::value)?,
            message_volume: request
                .one(crate::mock::Place::Form, "MessageVolume", crate::mock::value)?,
            tollfree_phone_number_sid: request
                .one(
                    crate::mock::Place::Form,
                    "TollfreePhoneNumberSid",
                    crate::mock::value,
                )?,
            customer_profile_sid: request
                .opt(
                    crate::mock::Place::Form,
                    "CustomerProfileSid",
                    crate::mock::value,
                )?,
            business_street_address: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessStreetAddress",
                    crate::mock::value,
                )?,
            business_street_address2: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessStreetAddress2",
                    crate::mock::value,
                )?,
            business_city: request
                .opt(crate::mock::Place::Form, "BusinessCity", crate::mock::value)?,
            business_state_province_region: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessStateProvinceRegion",
                    crate::mock::value,
                )?,
            business_postal_code: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessPostalCode",
                    crate::mock::value,
                )?,
            business_country: request
                .opt(crate::mock::Place::Form, "BusinessCountry", crate::mock::value)?,
            additional_information: request
                .opt(
                    crate::mock::Place::Form,
                    "AdditionalInformation",
                    crate::mock::value,
                )?,
            business_contact_first_name: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessContactFirstName",
                    crate::mock::value,
                )?,
            business_contact_last_name: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessContactLastName",
                    crate::mock::value,
                )?,
            business_contact_email: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessContactEmail",
                    crate::mock::value,
                )?,
            business_contact_phone: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessContactPhone",
                    crate::mock::value,
                )?,
            external_reference_id: request
                .opt(
                    crate::mock::Place::Form,
                    "ExternalReferenceId",
                    crate::mock::value,
                )?,
            business_registration_number: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessRegistrationNumber",
                    crate::mock::value,
                )?,
            business_registration_authority: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessRegistrationAuthority",
                    crate::mock::value,
                )?,
            business_registration_country: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessRegistrationCountry",
                    crate::mock::value,
                )?,
            business_type: request
                .opt(crate::mock::Place::Form, "BusinessType", crate::mock::value)?,
            business_registration_phone_number: request
                .opt(
                    crate::mock::Place::Form,
                    "BusinessRegistrationPhoneNumber",
                    crate::mock::value,
                )?,
            doing_business_as: request
                .opt(crate::mock::Place::Form, "DoingBusinessAs", crate::mock::value)?,
            opt_in_confirmation_message: request
                .opt(
                    crate::mock::Place::Form,
                    "OptInConfirmationMessage",
                    crate::mock::value,
                )?,
            help_message_sample: request
                .opt(crate::mock::Place::Form, "HelpMessageSample", crate::mock::value)?,
            privacy_policy_url: request
                .opt(crate::mock::Place::Form, "PrivacyPolicyUrl", crate::mock::value)?,
            terms_and_conditions_url: request
                .opt(
                    crate::mock::Place::Form,
                    "TermsAndConditionsUrl",
                    crate::mock::value,
                )?,
            age_gated_content: request
                .opt(crate::mock::Place::Form, "AgeGatedContent", crate::mock::value)?,
            opt_in_keywords: request
                .many(crate::mock::Place::Form, "OptInKeywords", crate::mock::value)?,
            vetting_provider: request
                .opt(crate::mock::Place::Form, "VettingProvider", crate::mock::value)?,
            vetting_id: request
                .opt(crate::mock::Place::Form, "VettingId", crate::mock::value)?,
        })
    }
}
impl CreateTollfreeVerificationParams {
    /// The inputs the operation requires.
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        business_name: impl Into<String>,
        business_website: impl Into<String>,
        notification_email: impl Into<String>,
        use_case_categories: impl IntoIterator<
            Item = crate::messaging_v1::UseCaseCategories,
        >,
        use_case_summary: impl Into<String>,
        production_message_sample: impl Into<String>,
        opt_in_image_urls: impl IntoIterator<Item = impl Into<String>>,
        opt_in_type: crate::messaging_v1::TollfreeVerificationOptInType,
        message_volume: impl Into<String>,
        tollfree_phone_number_sid: crate::PhoneNumberSid,
    ) -> Self {
        Self {
            business_name: business_name.into(),
            business_website: business_website.into(),
            notification_email: notification_email.into(),
            use_case_categories: use_case_categories.into_iter().collect(),
            use_case_summary: use_case_summary.into(),
            production_message_sample: production_message_sample.into(),
            opt_in_image_urls: opt_in_image_urls.into_iter().map(Into::into).collect(),
            opt_in_type,
            message_volume: message_volume.into(),
            tollfree_phone_number_sid,
            customer_profile_sid: None,
            business_street_address: None,
            business_street_address2: None,
            business_city: None,
            business_state_province_region: None,
            business_postal_code: None,
            business_country: None,
            additional_information: None,
            business_contact_first_name: None,
            business_contact_last_name: None,
            business_contact_email: None,
            business_contact_phone: None,
            external_reference_id: None,
            business_registration_number: None,
            business_registration_authority: None,
            business_registration_country: None,
            business_type: None,
            business_registration_phone_number: None,
            doing_business_as: None,
            opt_in_confirmation_message: None,
            help_message_sample: None,
            privacy_policy_url: None,
            terms_and_conditions_url: None,
            age_gated_content: None,
            opt_in_keywords: Vec::new(),
            vetting_provider: None,
            vetting_id: None,
        }
    }
    /// Customer's Profile Bundle BundleSid.
    pub fn customer_profile_sid(mut self, value: crate::A2pProfileBundleSid) -> Self {
        self.customer_profile_sid = Some(value);
        self
    }
    /// The address of the business or organization using the Tollfree number.
    pub fn business_street_address(mut self, value: impl Into<String>) -> Self {
        self.business_street_address = Some(value.into());
        self
    }
    /// The address of the business or organization using the Tollfree number.
    pub fn business_street_address2(mut self, value: impl Into<String>) -> Self {
        self.business_street_address2 = Some(value.into());
        self
    }
    /// The city of the business or organization using the Tollfree number.
    pub fn business_city(mut self, value: impl Into<String>) -> Self {
        self.business_city = Some(value.into());
        self
    }
    /// The state/province/region of the business or organization using the Tollfree number.
    pub fn business_state_province_region(mut self, value: impl Into<String>) -> Self {
        self.business_state_province_region = Some(value.into());
        self
    }
    /// The postal code of the business or organization using the Tollfree number.
    pub fn business_postal_code(mut self, value: impl Into<String>) -> Self {
        self.business_postal_code = Some(value.into());
        self
    }
    /// The country of the business or organization using the Tollfree number.
    pub fn business_country(mut self, value: impl Into<String>) -> Self {
        self.business_country = Some(value.into());
        self
    }
    /// Additional information to be provided for verification.
    pub fn additional_information(mut self, value: impl Into<String>) -> Self {
        self.additional_information = Some(value.into());
        self
    }
    /// The first name of the contact for the business or organization using the Tollfree number.
    pub fn business_contact_first_name(mut self, value: impl Into<String>) -> Self {
        self.business_contact_first_name = Some(value.into());
        self
    }
    /// The last name of the contact for the business or organization using the Tollfree number.
    pub fn business_contact_last_name(mut self, value: impl Into<String>) -> Self {
        self.business_contact_last_name = Some(value.into());
        self
    }
    /// The email address of the contact for the business or organization using the Tollfree number.
    pub fn business_contact_email(mut self, value: impl Into<String>) -> Self {
        self.business_contact_email = Some(value.into());
        self
    }
    /// The E.164 formatted phone number of the contact for the business or organization using the Tollfree number.
    pub fn business_contact_phone(mut self, value: impl Into<String>) -> Self {
        self.business_contact_phone = Some(value.into());
        self
    }
    /// An optional external reference ID supplied by customer and echoed back on status retrieval.
    pub fn external_reference_id(mut self, value: impl Into<String>) -> Self {
        self.external_reference_id = Some(value.into());
        self
    }
    /// A legally recognized business registration number. Required for all business types except SOLE\_PROPRIETOR.
    pub fn business_registration_number(mut self, value: impl Into<String>) -> Self {
        self.business_registration_number = Some(value.into());
        self
    }
    /// The organizational authority for business registrations. Required for all business types except SOLE\_PROPRIETOR.
    pub fn business_registration_authority(
        mut self,
        value: crate::messaging_v1::TollfreeVerificationBusinessRegistrationAuthority,
    ) -> Self {
        self.business_registration_authority = Some(value);
        self
    }
    /// The country where the business is registered. Required for all business types except SOLE\_PROPRIETOR.
    pub fn business_registration_country(mut self, value: impl Into<String>) -> Self {
        self.business_registration_country = Some(value.into());
        self
    }
    /// The type of business, valid values are PRIVATE\_PROFIT, PUBLIC\_PROFIT, NON\_PROFIT, SOLE\_PROPRIETOR, GOVERNMENT. Required field.
    pub fn business_type(
        mut self,
        value: crate::messaging_v1::TollfreeVerificationBusinessType,
    ) -> Self {
        self.business_type = Some(value);
        self
    }
    /// The E.164 formatted number associated with the business.
    pub fn business_registration_phone_number(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.business_registration_phone_number = Some(value.into());
        self
    }
    /// Trade name, sub entity, or downstream business name of business being submitted for verification
    pub fn doing_business_as(mut self, value: impl Into<String>) -> Self {
        self.doing_business_as = Some(value.into());
        self
    }
    /// The confirmation message sent to users when they opt in to receive messages.
    pub fn opt_in_confirmation_message(mut self, value: impl Into<String>) -> Self {
        self.opt_in_confirmation_message = Some(value.into());
        self
    }
    /// A sample help message provided to users.
    pub fn help_message_sample(mut self, value: impl Into<String>) -> Self {
        self.help_message_sample = Some(value.into());
        self
    }
    /// The URL to the privacy policy for the business or organization.
    pub fn privacy_policy_url(mut self, value: impl Into<String>) -> Self {
        self.privacy_policy_url = Some(value.into());
        self
    }
    /// The URL to the terms and conditions for the business or organization.
    pub fn terms_and_conditions_url(mut self, value: impl Into<String>) -> Self {
        self.terms_and_conditions_url = Some(value.into());
        self
    }
    /// Indicates if the content is age gated.
    pub fn age_gated_content(mut self, value: bool) -> Self {
        self.age_gated_content = Some(value);
        self
    }
    /// List of keywords that users can text in to opt in to receive messages.
    pub fn opt_in_keywords(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.opt_in_keywords = value.into_iter().map(Into::into).collect();
        self
    }
    /// The third-party political vetting provider.
    pub fn vetting_provider(
        mut self,
        value: crate::messaging_v1::TollfreeVerificationVettingProvider,
    ) -> Self {
        self.vetting_provider = Some(value);
        self
    }
    /// The unique ID of the vetting
    pub fn vetting_id(mut self, value: impl Into<String>) -> Self {
        self.vetting_id = Some(value.into());
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("UseCaseCategories", &self.use_case_categories)?;
        crate::formats::check::listed("OptInType", [&self.opt_in_type])?;
        crate::formats::check::listed(
            "BusinessRegistrationAuthority",
            &self.business_registration_authority,
        )?;
        crate::formats::check::listed("BusinessType", &self.business_type)?;
        crate::formats::check::listed("VettingProvider", &self.vetting_provider)?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("BusinessName", [&self.business_name]);
        out.add("BusinessWebsite", [&self.business_website]);
        out.add("NotificationEmail", [&self.notification_email]);
        out.add("UseCaseCategories", &self.use_case_categories);
        out.add("UseCaseSummary", [&self.use_case_summary]);
        out.add("ProductionMessageSample", [&self.production_message_sample]);
        out.add("OptInImageUrls", &self.opt_in_image_urls);
        out.add("OptInType", [&self.opt_in_type]);
        out.add("MessageVolume", [&self.message_volume]);
        out.add("TollfreePhoneNumberSid", [&self.tollfree_phone_number_sid]);
        out.add("CustomerProfileSid", &self.customer_profile_sid);
        out.add("BusinessStreetAddress", &self.business_street_address);
        out.add("BusinessStreetAddress2", &self.business_street_address2);
        out.add("BusinessCity", &self.business_city);
        out.add("BusinessStateProvinceRegion", &self.business_state_province_region);
        out.add("BusinessPostalCode", &self.business_postal_code);
        out.add("BusinessCountry", &self.business_country);
        out.add("AdditionalInformation", &self.additional_information);
        out.add("BusinessContactFirstName", &self.business_contact_first_name);
        out.add("BusinessContactLastName", &self.business_contact_last_name);
        out.add("BusinessContactEmail", &self.business_contact_email);
        out.add("BusinessContactPhone", &self.business_contact_phone);
        out.add("ExternalReferenceId", &self.external_reference_id);
        out.add("BusinessRegistrationNumber", &self.business_registration_number);
        out.add("BusinessRegistrationAuthority", &self.business_registration_authority);
        out.add("BusinessRegistrationCountry", &self.business_registration_country);
        out.add("BusinessType", &self.business_type);
        out.add(
            "BusinessRegistrationPhoneNumber",
            &self.business_registration_phone_number,
        );
        out.add("DoingBusinessAs", &self.doing_business_as);
        out.add("OptInConfirmationMessage", &self.opt_in_confirmation_message);
        out.add("HelpMessageSample", &self.help_message_sample);
        out.add("PrivacyPolicyUrl", &self.privacy_policy_url);
        out.add("TermsAndConditionsUrl", &self.terms_and_conditions_url);
        out.add("AgeGatedContent", self.age_gated_content);
        out.add("OptInKeywords", &self.opt_in_keywords);
        out.add("VettingProvider", &self.vetting_provider);
        out.add("VettingId", &self.vetting_id);
        out.into_vec()
    }
}
/// The verification resources.
#[derive(Clone)]
pub struct VerificationList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for VerificationList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerificationList").finish_non_exhaustive()
    }
}
impl<'a> VerificationList<'a> {
    /// List tollfree verifications
    ///
    /// `GET /v1/Tollfree/Verifications` (`ListTollfreeVerification`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::messaging_v1::ListTollfreeVerificationParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::messaging_v1::ListTollfreeVerificationParams,
    ) -> Result<Vec<crate::messaging_v1::TollfreeVerification>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::messaging_v1::ListTollfreeVerificationResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListTollfreeVerificationParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::messaging_v1::TollfreeVerification, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::messaging_v1::ListTollfreeVerificationResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::messaging_v1::ListTollfreeVerificationParams,
    ) -> Result<
        crate::paging::Page<
            'a,
            crate::messaging_v1::ListTollfreeVerificationResponseBody,
        >,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::messaging_v1::ListTollfreeVerificationParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://messaging.twilio.com",
                "/v1/Tollfree/Verifications",
                &[],
            )
        })
    }
    /// Create a tollfree verification
    ///
    /// `POST /v1/Tollfree/Verifications` (`CreateTollfreeVerification`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::messaging_v1::CreateTollfreeVerificationParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::TollfreeVerification>,
        crate::Error,
    > {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/Tollfree/Verifications",
                &[],
            )
        };
        self.client.call_object(request).await
    }
}
impl crate::paging::PageBody
for crate::messaging_v1::ListTollfreeVerificationResponseBody {
    type Item = crate::messaging_v1::TollfreeVerification;
    fn into_parts(
        self,
    ) -> (Vec<crate::messaging_v1::TollfreeVerification>, Option<String>) {
        (
            self.verifications.unwrap_or_default(),
            self.meta.and_then(|meta| meta.next_page_url),
        )
    }
}
