//! The `MessagingConfigurations` resources of `Services`: how to reach their operations, and the operations' parameters.
/// The inputs of `UpdateMessagingConfiguration`: required ones go to [`UpdateMessagingConfigurationParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateMessagingConfigurationParams {
    /// The SID of the Messaging Service to be used to send SMS to the country of this configuration
    #[cfg_attr(feature = "cli", arg(long))]
    pub messaging_service_sid: crate::MessagingServiceSid,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateMessagingConfigurationParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            messaging_service_sid: request
                .one(
                    crate::mock::Place::Form,
                    "MessagingServiceSid",
                    crate::mock::value,
                )?,
        })
    }
}
impl UpdateMessagingConfigurationParams {
    /// The inputs the operation requires.
    pub fn new(messaging_service_sid: crate::MessagingServiceSid) -> Self {
        Self { messaging_service_sid }
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("MessagingServiceSid", [&self.messaging_service_sid]);
        out.into_vec()
    }
}
/// A messaging configuration and what it contains.
#[derive(Clone)]
pub struct MessagingConfigurationContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) country: String,
}
impl std::fmt::Debug for MessagingConfigurationContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MessagingConfigurationContext")
            .field("service_sid", &self.service_sid)
            .field("country", &self.country)
            .finish_non_exhaustive()
    }
}
impl<'a> MessagingConfigurationContext<'a> {
    /// Fetch a specific MessagingConfiguration.
    ///
    /// `GET /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}` (`FetchMessagingConfiguration`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<
        crate::Response<crate::verify_v2::MessagingConfiguration>,
        crate::Error,
    > {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/MessagingConfigurations/{Country}",
            &[self.service_sid.as_str(), &crate::formats::path_segment(&self.country)],
        );
        self.client.call_object(request).await
    }
    /// Update a specific MessagingConfiguration
    ///
    /// `POST /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}` (`UpdateMessagingConfiguration`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::verify_v2::UpdateMessagingConfigurationParams,
    ) -> Result<
        crate::Response<crate::verify_v2::MessagingConfiguration>,
        crate::Error,
    > {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/MessagingConfigurations/{Country}",
                &[
                    self.service_sid.as_str(),
                    &crate::formats::path_segment(&self.country),
                ],
            )
        };
        self.client.call_object(request).await
    }
    /// Delete a specific MessagingConfiguration.
    ///
    /// `DELETE /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}` (`DeleteMessagingConfiguration`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/MessagingConfigurations/{Country}",
            &[self.service_sid.as_str(), &crate::formats::path_segment(&self.country)],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `ListMessagingConfiguration`: required ones go to [`ListMessagingConfigurationParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListMessagingConfigurationParams {
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
impl std::fmt::Debug for ListMessagingConfigurationParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListMessagingConfigurationParams")
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
impl crate::mock::Inputs for ListMessagingConfigurationParams {
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
impl ListMessagingConfigurationParams {
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
/// The inputs of `CreateMessagingConfiguration`: required ones go to [`CreateMessagingConfigurationParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateMessagingConfigurationParams {
    /// The ISO-3166-1 country code of the country this configuration will be applied to
    #[cfg_attr(feature = "cli", arg(long))]
    pub country: String,
    /// The SID of the Messaging Service to be used to send SMS to the country of this configuration
    #[cfg_attr(feature = "cli", arg(long))]
    pub messaging_service_sid: crate::MessagingServiceSid,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateMessagingConfigurationParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            country: request
                .one(crate::mock::Place::Form, "Country", crate::mock::value)?,
            messaging_service_sid: request
                .one(
                    crate::mock::Place::Form,
                    "MessagingServiceSid",
                    crate::mock::value,
                )?,
        })
    }
}
impl CreateMessagingConfigurationParams {
    /// The inputs the operation requires.
    pub fn new(
        country: impl Into<String>,
        messaging_service_sid: crate::MessagingServiceSid,
    ) -> Self {
        Self {
            country: country.into(),
            messaging_service_sid,
        }
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("Country", [&self.country]);
        out.add("MessagingServiceSid", [&self.messaging_service_sid]);
        out.into_vec()
    }
}
/// The messaging configuration resources.
#[derive(Clone)]
pub struct MessagingConfigurationList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for MessagingConfigurationList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MessagingConfigurationList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> MessagingConfigurationList<'a> {
    /// Retrieve a list of all Messaging Configurations for a Service.
    ///
    /// `GET /v2/Services/{ServiceSid}/MessagingConfigurations` (`ListMessagingConfiguration`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::verify_v2::ListMessagingConfigurationParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::verify_v2::ListMessagingConfigurationParams,
    ) -> Result<Vec<crate::verify_v2::MessagingConfiguration>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::verify_v2::ListMessagingConfigurationResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListMessagingConfigurationParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::verify_v2::MessagingConfiguration, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::verify_v2::ListMessagingConfigurationResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::verify_v2::ListMessagingConfigurationParams,
    ) -> Result<
        crate::paging::Page<
            'a,
            crate::verify_v2::ListMessagingConfigurationResponseBody,
        >,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::verify_v2::ListMessagingConfigurationParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/MessagingConfigurations",
                &[self.service_sid.as_str()],
            )
        })
    }
    /// Create a new MessagingConfiguration for a service.
    ///
    /// `POST /v2/Services/{ServiceSid}/MessagingConfigurations` (`CreateMessagingConfiguration`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateMessagingConfigurationParams,
    ) -> Result<
        crate::Response<crate::verify_v2::MessagingConfiguration>,
        crate::Error,
    > {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/MessagingConfigurations",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
impl crate::paging::PageBody
for crate::verify_v2::ListMessagingConfigurationResponseBody {
    type Item = crate::verify_v2::MessagingConfiguration;
    fn into_parts(
        self,
    ) -> (Vec<crate::verify_v2::MessagingConfiguration>, Option<String>) {
        (
            self.messaging_configurations.unwrap_or_default(),
            self.meta.and_then(|meta| meta.next_page_url),
        )
    }
}
