//! The `Compliance` resources of `Services`: how to reach their operations, and the operations' parameters.
/// The compliance resources.
#[derive(Clone)]
pub struct ComplianceList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::MessagingServiceSid,
}
impl std::fmt::Debug for ComplianceList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ComplianceList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> ComplianceList<'a> {
    /// The usa2p resources.
    pub fn usa2p(&self) -> crate::messaging_v1::Usa2pList<'a> {
        crate::messaging_v1::Usa2pList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// An usa2p and what it contains.
    pub fn usa2p_instance(
        &self,
        usa2p_sid: &crate::ExternalCampaignSid,
    ) -> crate::messaging_v1::Usa2pContext<'a> {
        crate::messaging_v1::Usa2pContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            usa2p_sid: usa2p_sid.clone(),
        }
    }
}
/// The inputs of `ListUsAppToPerson`: required ones go to [`ListUsAppToPersonParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListUsAppToPersonParams {
    /// How many resources to return in each list page
    #[cfg_attr(feature = "cli", arg(long))]
    pub page_size: Option<i64>,
    /// The page index
    #[cfg_attr(feature = "cli", arg(long))]
    pub page: Option<i64>,
    /// The page token
    #[cfg_attr(feature = "cli", arg(long))]
    pub page_token: Option<String>,
    /// The version of the Messaging API to use for this request
    #[cfg_attr(feature = "cli", arg(long))]
    pub x_twilio_api_version: Option<String>,
    #[cfg_attr(feature = "cli", arg(skip))]
    limit: Option<usize>,
}
/// Shows every input but those that hold secrets (passwords, secrets, tokens).
impl std::fmt::Debug for ListUsAppToPersonParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListUsAppToPersonParams")
            .field("page_size", &self.page_size)
            .field("page", &self.page)
            .field(
                "page_token",
                &self.page_token.as_ref().map(|_| crate::support::Redacted),
            )
            .field("x_twilio_api_version", &self.x_twilio_api_version)
            .field("limit", &self.limit)
            .finish()
    }
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for ListUsAppToPersonParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            page_size: request
                .opt(crate::mock::Place::Query, "PageSize", crate::mock::value)?,
            page: request.opt(crate::mock::Place::Query, "Page", crate::mock::value)?,
            page_token: request
                .opt(crate::mock::Place::Query, "PageToken", crate::mock::value)?,
            x_twilio_api_version: request
                .opt(
                    crate::mock::Place::Header,
                    "X-Twilio-Api-Version",
                    crate::mock::value,
                )?,
            limit: None,
        })
    }
}
impl ListUsAppToPersonParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
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
    /// The version of the Messaging API to use for this request
    pub fn x_twilio_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_twilio_api_version = Some(value.into());
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
        crate::formats::check::at_least("PageSize", &self.page_size, 1)?;
        crate::formats::check::at_most("PageSize", &self.page_size, 1000)?;
        crate::formats::check::at_least("Page", &self.page, 0)?;
        Ok(())
    }
    /// The header pairs, in spec order; a list repeats its key.
    fn header_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("X-Twilio-Api-Version", &self.x_twilio_api_version);
        out.into_vec()
    }
    /// The query pairs, in spec order; a list repeats its key.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("PageSize", self.page_size);
        out.add("Page", self.page);
        out.add("PageToken", &self.page_token);
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
/// The inputs of `CreateUsAppToPerson`: required ones go to [`CreateUsAppToPersonParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateUsAppToPersonParams {
    /// The version of the Messaging API to use for this request
    #[cfg_attr(feature = "cli", arg(long))]
    pub x_twilio_api_version: Option<String>,
    /// A2P Brand Registration SID
    #[cfg_attr(feature = "cli", arg(long))]
    pub brand_registration_sid: crate::BrandRegistrationSid,
    /// A short description of what this SMS campaign does
    #[cfg_attr(feature = "cli", arg(long))]
    pub description: String,
    /// Required for all Campaigns
    #[cfg_attr(feature = "cli", arg(long))]
    pub message_flow: String,
    /// An array of sample message strings, min two and max five
    #[cfg_attr(feature = "cli", arg(long, required = true))]
    pub message_samples: Vec<String>,
    /// A2P Campaign Use Case
    #[cfg_attr(feature = "cli", arg(long))]
    pub us_app_to_person_usecase: String,
    /// Indicates that this SMS campaign will send messages that contain links
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub has_embedded_links: bool,
    /// Indicates that this SMS campaign will send messages that contain phone numbers
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub has_embedded_phone: bool,
    /// If end users can text in a keyword to start receiving messages from this campaign, the auto-reply messages sent to the end users must be provided
    #[cfg_attr(feature = "cli", arg(long))]
    pub opt_in_message: Option<String>,
    /// Upon receiving the opt-out keywords from the end users, Twilio customers are expected to send back an auto-generated response, which must provide acknowledgment of the opt-out request and confirmation that no further messages will be sent
    #[cfg_attr(feature = "cli", arg(long))]
    pub opt_out_message: Option<String>,
    /// When customers receive the help keywords from their end users, Twilio customers are expected to send back an auto-generated response; this may include the brand name and additional support contact information
    #[cfg_attr(feature = "cli", arg(long))]
    pub help_message: Option<String>,
    /// If end users can text in a keyword to start receiving messages from this campaign, those keywords must be provided
    #[cfg_attr(feature = "cli", arg(long))]
    pub opt_in_keywords: Vec<String>,
    /// End users should be able to text in a keyword to stop receiving messages from this campaign
    #[cfg_attr(feature = "cli", arg(long))]
    pub opt_out_keywords: Vec<String>,
    /// End users should be able to text in a keyword to receive help
    #[cfg_attr(feature = "cli", arg(long))]
    pub help_keywords: Vec<String>,
    /// A boolean that specifies whether campaign has Subscriber Optin or not
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub subscriber_opt_in: Option<bool>,
    /// A boolean that specifies whether campaign is age gated or not
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub age_gated: Option<bool>,
    /// A boolean that specifies whether campaign allows direct lending or not
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub direct_lending: Option<bool>,
    /// The URL of the privacy policy for the campaign
    #[cfg_attr(feature = "cli", arg(long))]
    pub privacy_policy_url: Option<crate::Uri>,
    /// The URL of the terms and conditions for the campaign
    #[cfg_attr(feature = "cli", arg(long))]
    pub terms_and_conditions_url: Option<crate::Uri>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateUsAppToPersonParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            x_twilio_api_version: request
                .opt(
                    crate::mock::Place::Header,
                    "X-Twilio-Api-Version",
                    crate::mock::value,
                )?,
            brand_registration_sid: request
                .one(
                    crate::mock::Place::Form,
                    "BrandRegistrationSid",
                    crate::mock::value,
                )?,
            description: request
                .one(crate::mock::Place::Form, "Description", crate::mock::value)?,
            message_flow: request
                .one(crate::mock::Place::Form, "MessageFlow", crate::mock::value)?,
            message_samples: request
                .many(crate::mock::Place::Form, "MessageSamples", crate::mock::value)?,
            us_app_to_person_usecase: request
                .one(
                    crate::mock::Place::Form,
                    "UsAppToPersonUsecase",
                    crate::mock::value,
                )?,
            has_embedded_links: request
                .one(crate::mock::Place::Form, "HasEmbeddedLinks", crate::mock::value)?,
            has_embedded_phone: request
                .one(crate::mock::Place::Form, "HasEmbeddedPhone", crate::mock::value)?,
            opt_in_message: request
                .opt(crate::mock::Place::Form, "OptInMessage", crate::mock::value)?,
            opt_out_message: request
                .opt(crate::mock::Place::Form, "OptOutMessage", crate::mock::value)?,
            help_message: request
                .opt(crate::mock::Place::Form, "HelpMessage", crate::mock::value)?,
            opt_in_keywords: request
                .many(crate::mock::Place::Form, "OptInKeywords", crate::mock::value)?,
            opt_out_keywords: request
                .many(crate::mock::Place::Form, "OptOutKeywords", crate::mock::value)?,
            help_keywords: request
                .many(crate::mock::Place::Form, "HelpKeywords", crate::mock::value)?,
            subscriber_opt_in: request
                .opt(crate::mock::Place::Form, "SubscriberOptIn", crate::mock::value)?,
            age_gated: request
                .opt(crate::mock::Place::Form, "AgeGated", crate::mock::value)?,
            direct_lending: request
                .opt(crate::mock::Place::Form, "DirectLending", crate::mock::value)?,
            privacy_policy_url: request
                .opt(crate::mock::Place::Form, "PrivacyPolicyUrl", crate::mock::parsed)?,
            terms_and_conditions_url: request
                .opt(
                    crate::mock::Place::Form,
                    "TermsAndConditionsUrl",
                    crate::mock::parsed,
                )?,
        })
    }
}
impl CreateUsAppToPersonParams {
    /// The inputs the operation requires.
    pub fn new(
        brand_registration_sid: crate::BrandRegistrationSid,
        description: impl Into<String>,
        message_flow: impl Into<String>,
        message_samples: impl IntoIterator<Item = impl Into<String>>,
        us_app_to_person_usecase: impl Into<String>,
        has_embedded_links: bool,
        has_embedded_phone: bool,
    ) -> Self {
        Self {
            x_twilio_api_version: None,
            brand_registration_sid,
            description: description.into(),
            message_flow: message_flow.into(),
            message_samples: message_samples.into_iter().map(Into::into).collect(),
            us_app_to_person_usecase: us_app_to_person_usecase.into(),
            has_embedded_links,
            has_embedded_phone,
            opt_in_message: None,
            opt_out_message: None,
            help_message: None,
            opt_in_keywords: Vec::new(),
            opt_out_keywords: Vec::new(),
            help_keywords: Vec::new(),
            subscriber_opt_in: None,
            age_gated: None,
            direct_lending: None,
            privacy_policy_url: None,
            terms_and_conditions_url: None,
        }
    }
    /// The version of the Messaging API to use for this request
    pub fn x_twilio_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_twilio_api_version = Some(value.into());
        self
    }
    /// If end users can text in a keyword to start receiving messages from this campaign, the auto-reply messages sent to the end users must be provided. The opt-in response should include the Brand name, confirmation of opt-in enrollment to a recurring message campaign, how to get help, and clear description of how to opt-out. This field is required if end users can text in a keyword to start receiving messages from this campaign. 20 character minimum. 320 character maximum.
    pub fn opt_in_message(mut self, value: impl Into<String>) -> Self {
        self.opt_in_message = Some(value.into());
        self
    }
    /// Upon receiving the opt-out keywords from the end users, Twilio customers are expected to send back an auto-generated response, which must provide acknowledgment of the opt-out request and confirmation that no further messages will be sent. It is also recommended that these opt-out messages include the brand name. This field is required if managing opt out keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features). 20 character minimum. 320 character maximum.
    pub fn opt_out_message(mut self, value: impl Into<String>) -> Self {
        self.opt_out_message = Some(value.into());
        self
    }
    /// When customers receive the help keywords from their end users, Twilio customers are expected to send back an auto-generated response; this may include the brand name and additional support contact information. This field is required if managing help keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features). 20 character minimum. 320 character maximum.
    pub fn help_message(mut self, value: impl Into<String>) -> Self {
        self.help_message = Some(value.into());
        self
    }
    /// If end users can text in a keyword to start receiving messages from this campaign, those keywords must be provided. This field is required if end users can text in a keyword to start receiving messages from this campaign. Values must be alphanumeric. 255 character maximum.
    pub fn opt_in_keywords(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.opt_in_keywords = value.into_iter().map(Into::into).collect();
        self
    }
    /// End users should be able to text in a keyword to stop receiving messages from this campaign. Those keywords must be provided. This field is required if managing opt out keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features). Values must be alphanumeric. 255 character maximum.
    pub fn opt_out_keywords(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.opt_out_keywords = value.into_iter().map(Into::into).collect();
        self
    }
    /// End users should be able to text in a keyword to receive help. Those keywords must be provided as part of the campaign registration request. This field is required if managing help keywords yourself (i.e. not using Twilio's Default or Advanced Opt Out features). Values must be alphanumeric. 255 character maximum.
    pub fn help_keywords(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.help_keywords = value.into_iter().map(Into::into).collect();
        self
    }
    /// A boolean that specifies whether campaign has Subscriber Optin or not.
    pub fn subscriber_opt_in(mut self, value: bool) -> Self {
        self.subscriber_opt_in = Some(value);
        self
    }
    /// A boolean that specifies whether campaign is age gated or not.
    pub fn age_gated(mut self, value: bool) -> Self {
        self.age_gated = Some(value);
        self
    }
    /// A boolean that specifies whether campaign allows direct lending or not.
    pub fn direct_lending(mut self, value: bool) -> Self {
        self.direct_lending = Some(value);
        self
    }
    /// The URL of the privacy policy for the campaign.
    pub fn privacy_policy_url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.privacy_policy_url = Some(value.into());
        self
    }
    /// The URL of the terms and conditions for the campaign.
    pub fn terms_and_conditions_url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.terms_and_conditions_url = Some(value.into());
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::urls("PrivacyPolicyUrl", &self.privacy_policy_url)?;
        crate::formats::check::urls(
            "TermsAndConditionsUrl",
            &self.terms_and_conditions_url,
        )?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("BrandRegistrationSid", [&self.brand_registration_sid]);
        out.add("Description", [&self.description]);
        out.add("MessageFlow", [&self.message_flow]);
        out.add("MessageSamples", &self.message_samples);
        out.add("UsAppToPersonUsecase", [&self.us_app_to_person_usecase]);
        out.add("HasEmbeddedLinks", [self.has_embedded_links]);
        out.add("HasEmbeddedPhone", [self.has_embedded_phone]);
        out.add("OptInMessage", &self.opt_in_message);
        out.add("OptOutMessage", &self.opt_out_message);
        out.add("HelpMessage", &self.help_message);
        out.add("OptInKeywords", &self.opt_in_keywords);
        out.add("OptOutKeywords", &self.opt_out_keywords);
        out.add("HelpKeywords", &self.help_keywords);
        out.add("SubscriberOptIn", self.subscriber_opt_in);
        out.add("AgeGated", self.age_gated);
        out.add("DirectLending", self.direct_lending);
        out.add("PrivacyPolicyUrl", &self.privacy_policy_url);
        out.add("TermsAndConditionsUrl", &self.terms_and_conditions_url);
        out.into_vec()
    }
    /// The header pairs, in spec order; a list repeats its key.
    fn header_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("X-Twilio-Api-Version", &self.x_twilio_api_version);
        out.into_vec()
    }
}
/// The usa2p resources.
#[derive(Clone)]
pub struct Usa2pList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::MessagingServiceSid,
}
impl std::fmt::Debug for Usa2pList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Usa2pList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> Usa2pList<'a> {
    /// The usecase resources.
    pub fn usecases(
        &self,
    ) -> crate::messaging_v1::ServiceComplianceUsa2pUsecaseList<'a> {
        crate::messaging_v1::ServiceComplianceUsa2pUsecaseList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// The `ListUsAppToPerson` operation.
    ///
    /// `GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p` (`ListUsAppToPerson`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::messaging_v1::ListUsAppToPersonParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::messaging_v1::ListUsAppToPersonParams,
    ) -> Result<Vec<crate::messaging_v1::UsAppToPersonResponse>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::messaging_v1::ListUsAppToPersonResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListUsAppToPersonParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::messaging_v1::UsAppToPersonResponse, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::messaging_v1::ListUsAppToPersonResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::messaging_v1::ListUsAppToPersonParams,
    ) -> Result<
        crate::paging::Page<'a, crate::messaging_v1::ListUsAppToPersonResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::messaging_v1::ListUsAppToPersonParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            headers: params.header_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://messaging.twilio.com",
                "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p",
                &[self.service_sid.as_str()],
            )
        })
    }
    /// The `CreateUsAppToPerson` operation.
    ///
    /// `POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p` (`CreateUsAppToPerson`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::messaging_v1::CreateUsAppToPersonParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::UsAppToPersonResponse>,
        crate::Error,
    > {
        params.validate()?;
        let request = crate::Request {
            headers: params.header_pairs(),
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
/// The inputs of `FetchUsAppToPersonUsecase`: required ones go to [`FetchUsAppToPersonUsecaseParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct FetchUsAppToPersonUsecaseParams {
    /// The unique string to identify the A2P brand
    #[cfg_attr(feature = "cli", arg(long))]
    pub brand_registration_sid: Option<crate::BrandRegistrationSid>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for FetchUsAppToPersonUsecaseParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            brand_registration_sid: request
                .opt(
                    crate::mock::Place::Query,
                    "BrandRegistrationSid",
                    crate::mock::value,
                )?,
        })
    }
}
impl FetchUsAppToPersonUsecaseParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// The unique string to identify the A2P brand.
    pub fn brand_registration_sid(mut self, value: crate::BrandRegistrationSid) -> Self {
        self.brand_registration_sid = Some(value);
        self
    }
    /// The query pairs, in spec order; a list repeats its key.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("BrandRegistrationSid", &self.brand_registration_sid);
        out.into_vec()
    }
}
/// The usecase resources.
#[derive(Clone)]
pub struct ServiceComplianceUsa2pUsecaseList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::MessagingServiceSid,
}
impl std::fmt::Debug for ServiceComplianceUsa2pUsecaseList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceComplianceUsa2pUsecaseList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> ServiceComplianceUsa2pUsecaseList<'a> {
    /// The `FetchUsAppToPersonUsecase` operation.
    ///
    /// `GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases` (`FetchUsAppToPersonUsecase`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
        params: crate::messaging_v1::FetchUsAppToPersonUsecaseParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::UsAppToPersonUsecase>,
        crate::Error,
    > {
        let request = crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://messaging.twilio.com",
                "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
/// The inputs of `FetchUsAppToPerson`: required ones go to [`FetchUsAppToPersonParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct FetchUsAppToPersonParams {
    /// The version of the Messaging API to use for this request
    #[cfg_attr(feature = "cli", arg(long))]
    pub x_twilio_api_version: Option<String>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for FetchUsAppToPersonParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            x_twilio_api_version: request
                .opt(
                    crate::mock::Place::Header,
                    "X-Twilio-Api-Version",
                    crate::mock::value,
                )?,
        })
    }
}
impl FetchUsAppToPersonParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// The version of the Messaging API to use for this request
    pub fn x_twilio_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_twilio_api_version = Some(value.into());
        self
    }
    /// The header pairs, in spec order; a list repeats its key.
    fn header_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("X-Twilio-Api-Version", &self.x_twilio_api_version);
        out.into_vec()
    }
}
/// The inputs of `UpdateUsAppToPerson`: required ones go to [`UpdateUsAppToPersonParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateUsAppToPersonParams {
    /// The version of the Messaging API to use for this request
    #[cfg_attr(feature = "cli", arg(long))]
    pub x_twilio_api_version: Option<String>,
    /// Indicates that this SMS campaign will send messages that contain links
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub has_embedded_links: bool,
    /// Indicates that this SMS campaign will send messages that contain phone numbers
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub has_embedded_phone: bool,
    /// An array of sample message strings, min two and max five
    #[cfg_attr(feature = "cli", arg(long, required = true))]
    pub message_samples: Vec<String>,
    /// Required for all Campaigns
    #[cfg_attr(feature = "cli", arg(long))]
    pub message_flow: String,
    /// A short description of what this SMS campaign does
    #[cfg_attr(feature = "cli", arg(long))]
    pub description: String,
    /// A boolean that specifies whether campaign requires age gate for federally legal content
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub age_gated: bool,
    /// A boolean that specifies whether campaign allows direct lending or not
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub direct_lending: bool,
    /// The URL of the privacy policy for the campaign
    #[cfg_attr(feature = "cli", arg(long))]
    pub privacy_policy_url: Option<crate::Uri>,
    /// The URL of the terms and conditions for the campaign
    #[cfg_attr(feature = "cli", arg(long))]
    pub terms_and_conditions_url: Option<crate::Uri>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateUsAppToPersonParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            x_twilio_api_version: request
                .opt(
                    crate::mock::Place::Header,
                    "X-Twilio-Api-Version",
                    crate::mock::value,
                )?,
            has_embedded_links: request
                .one(crate::mock::Place::Form, "HasEmbeddedLinks", crate::mock::value)?,
            has_embedded_phone: request
                .one(crate::mock::Place::Form, "HasEmbeddedPhone", crate::mock::value)?,
            message_samples: request
                .many(crate::mock::Place::Form, "MessageSamples", crate::mock::value)?,
            message_flow: request
                .one(crate::mock::Place::Form, "MessageFlow", crate::mock::value)?,
            description: request
                .one(crate::mock::Place::Form, "Description", crate::mock::value)?,
            age_gated: request
                .one(crate::mock::Place::Form, "AgeGated", crate::mock::value)?,
            direct_lending: request
                .one(crate::mock::Place::Form, "DirectLending", crate::mock::value)?,
            privacy_policy_url: request
                .opt(crate::mock::Place::Form, "PrivacyPolicyUrl", crate::mock::parsed)?,
            terms_and_conditions_url: request
                .opt(
                    crate::mock::Place::Form,
                    "TermsAndConditionsUrl",
                    crate::mock::parsed,
                )?,
        })
    }
}
impl UpdateUsAppToPersonParams {
    /// The inputs the operation requires.
    pub fn new(
        has_embedded_links: bool,
        has_embedded_phone: bool,
        message_samples: impl IntoIterator<Item = impl Into<String>>,
        message_flow: impl Into<String>,
        description: impl Into<String>,
        age_gated: bool,
        direct_lending: bool,
    ) -> Self {
        Self {
            x_twilio_api_version: None,
            has_embedded_links,
            has_embedded_phone,
            message_samples: message_samples.into_iter().map(Into::into).collect(),
            message_flow: message_flow.into(),
            description: description.into(),
            age_gated,
            direct_lending,
            privacy_policy_url: None,
            terms_and_conditions_url: None,
        }
    }
    /// The version of the Messaging API to use for this request
    pub fn x_twilio_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_twilio_api_version = Some(value.into());
        self
    }
    /// The URL of the privacy policy for the campaign.
    pub fn privacy_policy_url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.privacy_policy_url = Some(value.into());
        self
    }
    /// The URL of the terms and conditions for the campaign.
    pub fn terms_and_conditions_url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.terms_and_conditions_url = Some(value.into());
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::urls("PrivacyPolicyUrl", &self.privacy_policy_url)?;
        crate::formats::check::urls(
            "TermsAndConditionsUrl",
            &self.terms_and_conditions_url,
        )?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("HasEmbeddedLinks", [self.has_embedded_links]);
        out.add("HasEmbeddedPhone", [self.has_embedded_phone]);
        out.add("MessageSamples", &self.message_samples);
        out.add("MessageFlow", [&self.message_flow]);
        out.add("Description", [&self.description]);
        out.add("AgeGated", [self.age_gated]);
        out.add("DirectLending", [self.direct_lending]);
        out.add("PrivacyPolicyUrl", &self.privacy_policy_url);
        out.add("TermsAndConditionsUrl", &self.terms_and_conditions_url);
        out.into_vec()
    }
    /// The header pairs, in spec order; a list repeats its key.
    fn header_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("X-Twilio-Api-Version", &self.x_twilio_api_version);
        out.into_vec()
    }
}
/// An usa2p and what it contains.
#[derive(Clone)]
pub struct Usa2pContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::MessagingServiceSid,
    pub(crate) usa2p_sid: crate::ExternalCampaignSid,
}
impl std::fmt::Debug for Usa2pContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Usa2pContext")
            .field("service_sid", &self.service_sid)
            .field("usa2p_sid", &self.usa2p_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> Usa2pContext<'a> {
    /// The `FetchUsAppToPerson` operation.
    ///
    /// `GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}` (`FetchUsAppToPerson`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
        params: crate::messaging_v1::FetchUsAppToPersonParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::UsAppToPersonResponse>,
        crate::Error,
    > {
        let request = crate::Request {
            headers: params.header_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://messaging.twilio.com",
                "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}",
                &[self.service_sid.as_str(), self.usa2p_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
    /// The `UpdateUsAppToPerson` operation.
    ///
    /// `POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}` (`UpdateUsAppToPerson`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::messaging_v1::UpdateUsAppToPersonParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::UsAppToPersonResponse>,
        crate::Error,
    > {
        params.validate()?;
        let request = crate::Request {
            headers: params.header_pairs(),
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}",
                &[self.service_sid.as_str(), self.usa2p_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
    /// The `DeleteUsAppToPerson` operation.
    ///
    /// `DELETE /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}` (`DeleteUsAppToPerson`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://messaging.twilio.com",
            "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}",
            &[self.service_sid.as_str(), self.usa2p_sid.as_str()],
        );
        self.client.call_empty(request).await
    }
}
impl crate::paging::PageBody for crate::messaging_v1::ListUsAppToPersonResponseBody {
    type Item = crate::messaging_v1::UsAppToPersonResponse;
    fn into_parts(
        self,
    ) -> (Vec<crate::messaging_v1::UsAppToPersonResponse>, Option<String>) {
        (
            self.compliance.unwrap_or_default(),
            self.meta.and_then(|meta| meta.next_page_url),
        )
    }
}
