//! The `BrandRegistrations` resources of `a2p`: how to reach their operations, and the operations' parameters.
/// The a2p resources.
#[derive(Clone)]
pub struct A2pList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for A2pList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("A2pList").finish_non_exhaustive()
    }
}
impl<'a> A2pList<'a> {
    /// A brand registration and what it contains.
    pub fn brand_registration(
        &self,
        brand_registration_sid: &crate::BrandRegistrationSid,
    ) -> crate::messaging_v1::BrandRegistrationContext<'a> {
        crate::messaging_v1::BrandRegistrationContext {
            client: self.client,
            brand_registration_sid: brand_registration_sid.clone(),
        }
    }
    /// The brand registration resources.
    pub fn brand_registrations(&self) -> crate::messaging_v1::BrandRegistrationList<'a> {
        crate::messaging_v1::BrandRegistrationList {
            client: self.client,
        }
    }
}
/// A brand registration and what it contains.
#[derive(Clone)]
pub struct BrandRegistrationContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) brand_registration_sid: crate::BrandRegistrationSid,
}
impl std::fmt::Debug for BrandRegistrationContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BrandRegistrationContext")
            .field("brand_registration_sid", &self.brand_registration_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> BrandRegistrationContext<'a> {
    /// The sms otp resources.
    pub fn sms_otp(&self) -> crate::messaging_v1::SmsOtpList<'a> {
        crate::messaging_v1::SmsOtpList {
            client: self.client,
            brand_registration_sid: self.brand_registration_sid.clone(),
        }
    }
    /// A vetting and what it contains.
    pub fn vetting(
        &self,
        brand_vetting_sid: &crate::BrandVettingSid,
    ) -> crate::messaging_v1::VettingContext<'a> {
        crate::messaging_v1::VettingContext {
            client: self.client,
            brand_registration_sid: self.brand_registration_sid.clone(),
            brand_vetting_sid: brand_vetting_sid.clone(),
        }
    }
    /// The vetting resources.
    pub fn vettings(&self) -> crate::messaging_v1::VettingList<'a> {
        crate::messaging_v1::VettingList {
            client: self.client,
            brand_registration_sid: self.brand_registration_sid.clone(),
        }
    }
    /// The `FetchBrandRegistrations` operation.
    ///
    /// `GET /v1/a2p/BrandRegistrations/{Sid}` (`FetchBrandRegistrations`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::BrandRegistrations>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://messaging.twilio.com",
            "/v1/a2p/BrandRegistrations/{Sid}",
            &[self.brand_registration_sid.as_str()],
        );
        self.client.call_object(request).await
    }
    /// The `UpdateBrandRegistrations` operation.
    ///
    /// `POST /v1/a2p/BrandRegistrations/{Sid}` (`UpdateBrandRegistrations`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::BrandRegistrations>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::POST,
            "https://messaging.twilio.com",
            "/v1/a2p/BrandRegistrations/{Sid}",
            &[self.brand_registration_sid.as_str()],
        );
        self.client.call_object(request).await
    }
}
/// The sms otp resources.
#[derive(Clone)]
pub struct SmsOtpList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) brand_registration_sid: crate::BrandRegistrationSid,
}
impl std::fmt::Debug for SmsOtpList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmsOtpList")
            .field("brand_registration_sid", &self.brand_registration_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> SmsOtpList<'a> {
    /// The `CreateBrandRegistrationOtp` operation.
    ///
    /// `POST /v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp` (`CreateBrandRegistrationOtp`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
    ) -> Result<
        crate::Response<crate::messaging_v1::BrandRegistrationOtp>,
        crate::Error,
    > {
        let request = crate::Request::new(
            reqwest::Method::POST,
            "https://messaging.twilio.com",
            "/v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp",
            &[self.brand_registration_sid.as_str()],
        );
        self.client.call_object(request).await
    }
}
/// A vetting and what it contains.
#[derive(Clone)]
pub struct VettingContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) brand_registration_sid: crate::BrandRegistrationSid,
    pub(crate) brand_vetting_sid: crate::BrandVettingSid,
}
impl std::fmt::Debug for VettingContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VettingContext")
            .field("brand_registration_sid", &self.brand_registration_sid)
            .field("brand_vetting_sid", &self.brand_vetting_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> VettingContext<'a> {
    /// The `FetchBrandVetting` operation.
    ///
    /// `GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}` (`FetchBrandVetting`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::BrandVetting>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://messaging.twilio.com",
            "/v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}",
            &[self.brand_registration_sid.as_str(), self.brand_vetting_sid.as_str()],
        );
        self.client.call_object(request).await
    }
}
/// The inputs of `ListBrandVetting`: required ones go to [`ListBrandVettingParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListBrandVettingParams {
    /// The third-party provider of the vettings to read
    #[cfg_attr(feature = "cli", arg(long))]
    pub vetting_provider: Option<crate::messaging_v1::BrandVettingVettingProvider>,
    #[cfg_attr(feature = "cli", arg(skip))]
    limit: Option<usize>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for ListBrandVettingParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            vetting_provider: request
                .opt(crate::mock::Place::Query, "VettingProvider", crate::mock::value)?,
            limit: None,
        })
    }
}
impl ListBrandVettingParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// The third-party provider of the vettings to read
    pub fn vetting_provider(
        mut self,
        value: crate::messaging_v1::BrandVettingVettingProvider,
    ) -> Self {
        self.vetting_provider = Some(value);
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
        crate::formats::check::listed("VettingProvider", &self.vetting_provider)?;
        Ok(())
    }
    /// The query pairs, in spec order; a list repeats its key.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("VettingProvider", &self.vetting_provider);
        out.into_vec()
    }
}
/// The inputs of `CreateBrandVetting`: required ones go to [`CreateBrandVettingParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateBrandVettingParams {
    /// The third-party provider that has conducted the vetting
    #[cfg_attr(feature = "cli", arg(long))]
    pub vetting_provider: crate::messaging_v1::BrandVettingVettingProvider,
    /// The unique ID of the vetting
    #[cfg_attr(feature = "cli", arg(long))]
    pub vetting_id: Option<String>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateBrandVettingParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            vetting_provider: request
                .one(crate::mock::Place::Form, "VettingProvider", crate::mock::value)?,
            vetting_id: request
                .opt(crate::mock::Place::Form, "VettingId", crate::mock::value)?,
        })
    }
}
impl CreateBrandVettingParams {
    /// The inputs the operation requires.
    pub fn new(
        vetting_provider: crate::messaging_v1::BrandVettingVettingProvider,
    ) -> Self {
        Self {
            vetting_provider,
            vetting_id: None,
        }
    }
    /// The unique ID of the vetting
    pub fn vetting_id(mut self, value: impl Into<String>) -> Self {
        self.vetting_id = Some(value.into());
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("VettingProvider", [&self.vetting_provider])?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("VettingProvider", [&self.vetting_provider]);
        out.add("VettingId", &self.vetting_id);
        out.into_vec()
    }
}
/// The vetting resources.
#[derive(Clone)]
pub struct VettingList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) brand_registration_sid: crate::BrandRegistrationSid,
}
impl std::fmt::Debug for VettingList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VettingList")
            .field("brand_registration_sid", &self.brand_registration_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> VettingList<'a> {
    /// The `ListBrandVetting` operation.
    ///
    /// `GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings` (`ListBrandVetting`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::messaging_v1::ListBrandVettingParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::messaging_v1::ListBrandVettingParams,
    ) -> Result<Vec<crate::messaging_v1::BrandVetting>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::messaging_v1::ListBrandVettingResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListBrandVettingParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::messaging_v1::BrandVetting, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::messaging_v1::ListBrandVettingResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::messaging_v1::ListBrandVettingParams,
    ) -> Result<
        crate::paging::Page<'a, crate::messaging_v1::ListBrandVettingResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::messaging_v1::ListBrandVettingParams,
    ) -> Result<crate::Request, crate::Error> {
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://messaging.twilio.com",
                "/v1/a2p/BrandRegistrations/{BrandSid}/Vettings",
                &[self.brand_registration_sid.as_str()],
            )
        })
    }
    /// The `CreateBrandVetting` operation.
    ///
    /// `POST /v1/a2p/BrandRegistrations/{BrandSid}/Vettings` (`CreateBrandVetting`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::messaging_v1::CreateBrandVettingParams,
    ) -> Result<crate::Response<crate::messaging_v1::BrandVetting>, crate::Error> {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/a2p/BrandRegistrations/{BrandSid}/Vettings",
                &[self.brand_registration_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
/// The inputs of `ListBrandRegistrations`: required ones go to [`ListBrandRegistrationsParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListBrandRegistrationsParams {
    /// How many resources to return in each list page
    #[cfg_attr(feature = "cli", arg(long))]
    pub page_size: Option<i64>,
    /// The page index
    #[cfg_attr(feature = "cli", arg(long))]
    pub page: Option<i64>,
    /// The page token
    #[cfg_attr(feature = "cli", arg(long))]
    pub page_token: Option<String>,
    #[cfg_attr(feature = "cli", arg(skip))]
    limit: Option<usize>,
}
/// Shows every input but those that hold secrets (passwords, secrets, tokens).
impl std::fmt::Debug for ListBrandRegistrationsParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListBrandRegistrationsParams")
            .field("page_size", &self.page_size)
            .field("page", &self.page)
            .field(
                "page_token",
                &self.page_token.as_ref().map(|_| crate::support::Redacted),
            )
            .field("limit", &self.limit)
            .finish()
    }
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for ListBrandRegistrationsParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            page_size: request
                .opt(crate::mock::Place::Query, "PageSize", crate::mock::value)?,
            page: request.opt(crate::mock::Place::Query, "Page", crate::mock::value)?,
            page_token: request
                .opt(crate::mock::Place::Query, "PageToken", crate::mock::value)?,
            limit: None,
        })
    }
}
impl ListBrandRegistrationsParams {
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
/// The inputs of `CreateBrandRegistrations`: required ones go to [`CreateBrandRegistrationsParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateBrandRegistrationsParams {
    /// Customer Profile Bundle Sid
    #[cfg_attr(feature = "cli", arg(long))]
    pub customer_profile_bundle_sid: crate::A2pProfileBundleSid,
    /// A2P Messaging Profile Bundle Sid
    #[cfg_attr(feature = "cli", arg(long = "a2p-profile-bundle-sid"))]
    pub a2p_profile_bundle_sid: crate::A2pProfileBundleSid,
    /// Type of brand being created
    #[cfg_attr(feature = "cli", arg(long))]
    pub brand_type: Option<String>,
    /// A boolean that specifies whether brand should be a mock or not
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub mock: Option<bool>,
    /// A flag to disable automatic secondary vetting for brands which it would otherwise be done
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub skip_automatic_sec_vet: Option<bool>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateBrandRegistrationsParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            customer_profile_bundle_sid: request
                .one(
                    crate::mock::Place::Form,
                    "CustomerProfileBundleSid",
                    crate::mock::value,
                )?,
            a2p_profile_bundle_sid: request
                .one(
                    crate::mock::Place::Form,
                    "A2PProfileBundleSid",
                    crate::mock::value,
                )?,
            brand_type: request
                .opt(crate::mock::Place::Form, "BrandType", crate::mock::value)?,
            mock: request.opt(crate::mock::Place::Form, "Mock", crate::mock::value)?,
            skip_automatic_sec_vet: request
                .opt(
                    crate::mock::Place::Form,
                    "SkipAutomaticSecVet",
                    crate::mock::value,
                )?,
        })
    }
}
impl CreateBrandRegistrationsParams {
    /// The inputs the operation requires.
    pub fn new(
        customer_profile_bundle_sid: crate::A2pProfileBundleSid,
        a2p_profile_bundle_sid: crate::A2pProfileBundleSid,
    ) -> Self {
        Self {
            customer_profile_bundle_sid,
            a2p_profile_bundle_sid,
            brand_type: None,
            mock: None,
            skip_automatic_sec_vet: None,
        }
    }
    /// Type of brand being created. One of: "STANDARD", "SOLE\_PROPRIETOR". SOLE\_PROPRIETOR is for low volume, SOLE\_PROPRIETOR use cases. STANDARD is for all other use cases.
    pub fn brand_type(mut self, value: impl Into<String>) -> Self {
        self.brand_type = Some(value.into());
        self
    }
    /// A boolean that specifies whether brand should be a mock or not. If true, brand will be registered as a mock brand. Defaults to false if no value is provided.
    pub fn mock(mut self, value: bool) -> Self {
        self.mock = Some(value);
        self
    }
    /// A flag to disable automatic secondary vetting for brands which it would otherwise be done.
    pub fn skip_automatic_sec_vet(mut self, value: bool) -> Self {
        self.skip_automatic_sec_vet = Some(value);
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("CustomerProfileBundleSid", [&self.customer_profile_bundle_sid]);
        out.add("A2PProfileBundleSid", [&self.a2p_profile_bundle_sid]);
        out.add("BrandType", &self.brand_type);
        out.add("Mock", self.mock);
        out.add("SkipAutomaticSecVet", self.skip_automatic_sec_vet);
        out.into_vec()
    }
}
/// The brand registration resources.
#[derive(Clone)]
pub struct BrandRegistrationList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for BrandRegistrationList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BrandRegistrationList").finish_non_exhaustive()
    }
}
impl<'a> BrandRegistrationList<'a> {
    /// The `ListBrandRegistrations` operation.
    ///
    /// `GET /v1/a2p/BrandRegistrations` (`ListBrandRegistrations`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::messaging_v1::ListBrandRegistrationsParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::messaging_v1::ListBrandRegistrationsParams,
    ) -> Result<Vec<crate::messaging_v1::BrandRegistrations>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::messaging_v1::ListBrandRegistrationsResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListBrandRegistrationsParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::messaging_v1::BrandRegistrations, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::messaging_v1::ListBrandRegistrationsResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::messaging_v1::ListBrandRegistrationsParams,
    ) -> Result<
        crate::paging::Page<'a, crate::messaging_v1::ListBrandRegistrationsResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::messaging_v1::ListBrandRegistrationsParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://messaging.twilio.com",
                "/v1/a2p/BrandRegistrations",
                &[],
            )
        })
    }
    /// The `CreateBrandRegistrations` operation.
    ///
    /// `POST /v1/a2p/BrandRegistrations` (`CreateBrandRegistrations`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::messaging_v1::CreateBrandRegistrationsParams,
    ) -> Result<crate::Response<crate::messaging_v1::BrandRegistrations>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/a2p/BrandRegistrations",
                &[],
            )
        };
        self.client.call_object(request).await
    }
}
impl crate::paging::PageBody
for crate::messaging_v1::ListBrandRegistrationsResponseBody {
    type Item = crate::messaging_v1::BrandRegistrations;
    fn into_parts(
        self,
    ) -> (Vec<crate::messaging_v1::BrandRegistrations>, Option<String>) {
        (self.data.unwrap_or_default(), self.meta.and_then(|meta| meta.next_page_url))
    }
}
impl crate::paging::PageBody for crate::messaging_v1::ListBrandVettingResponseBody {
    type Item = crate::messaging_v1::BrandVetting;
    fn into_parts(self) -> (Vec<crate::messaging_v1::BrandVetting>, Option<String>) {
        (self.data.unwrap_or_default(), self.meta.and_then(|meta| meta.next_page_url))
    }
}
