//! The `DestinationAlphaSenders` resources of `Services`: how to reach their operations, and the operations' parameters.
/// A destination alpha sender and what it contains.
#[derive(Clone)]
pub struct DestinationAlphaSenderContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::MessagingServiceSid,
    pub(crate) destination_alpha_sender_sid: String,
}
impl std::fmt::Debug for DestinationAlphaSenderContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DestinationAlphaSenderContext")
            .field("service_sid", &self.service_sid)
            .field("destination_alpha_sender_sid", &self.destination_alpha_sender_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> DestinationAlphaSenderContext<'a> {
    /// The `FetchDestinationAlphaSender` operation.
    ///
    /// `GET /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}` (`FetchDestinationAlphaSender`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<
        crate::Response<crate::messaging_v1::DestinationAlphaSender>,
        crate::Error,
    > {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://messaging.twilio.com",
            "/v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}",
            &[
                self.service_sid.as_str(),
                &crate::formats::path_segment(&self.destination_alpha_sender_sid),
            ],
        );
        self.client.call_object(request).await
    }
    /// The `DeleteDestinationAlphaSender` operation.
    ///
    /// `DELETE /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}` (`DeleteDestinationAlphaSender`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://messaging.twilio.com",
            "/v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}",
            &[
                self.service_sid.as_str(),
                &crate::formats::path_segment(&self.destination_alpha_sender_sid),
            ],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `ListDestinationAlphaSender`: required ones go to [`ListDestinationAlphaSenderParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListDestinationAlphaSenderParams {
    /// Optional filter to return only alphanumeric sender IDs associated with the specified two-character ISO country code
    #[cfg_attr(feature = "cli", arg(long))]
    pub iso_country_code: Option<String>,
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
impl std::fmt::Debug for ListDestinationAlphaSenderParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListDestinationAlphaSenderParams")
            .field("iso_country_code", &self.iso_country_code)
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
impl crate::mock::Inputs for ListDestinationAlphaSenderParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            iso_country_code: request
                .opt(crate::mock::Place::Query, "IsoCountryCode", crate::mock::value)?,
            page_size: request
                .opt(crate::mock::Place::Query, "PageSize", crate::mock::value)?,
            page: request.opt(crate::mock::Place::Query, "Page", crate::mock::value)?,
            page_token: request
                .opt(crate::mock::Place::Query, "PageToken", crate::mock::value)?,
            limit: None,
        })
    }
}
impl ListDestinationAlphaSenderParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// Optional filter to return only alphanumeric sender IDs associated with the specified two-character ISO country code.
    pub fn iso_country_code(mut self, value: impl Into<String>) -> Self {
        self.iso_country_code = Some(value.into());
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
        out.add("IsoCountryCode", &self.iso_country_code);
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
/// The inputs of `CreateDestinationAlphaSender`: required ones go to [`CreateDestinationAlphaSenderParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateDestinationAlphaSenderParams {
    /// The Alphanumeric Sender ID string
    #[cfg_attr(feature = "cli", arg(long))]
    pub alpha_sender: String,
    /// The Optional Two Character ISO Country Code the Alphanumeric Sender ID will be used for
    #[cfg_attr(feature = "cli", arg(long))]
    pub iso_country_code: Option<String>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateDestinationAlphaSenderParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            alpha_sender: request
                .one(crate::mock::Place::Form, "AlphaSender", crate::mock::value)?,
            iso_country_code: request
                .opt(crate::mock::Place::Form, "IsoCountryCode", crate::mock::value)?,
        })
    }
}
impl CreateDestinationAlphaSenderParams {
    /// The inputs the operation requires.
    pub fn new(alpha_sender: impl Into<String>) -> Self {
        Self {
            alpha_sender: alpha_sender.into(),
            iso_country_code: None,
        }
    }
    /// The Optional Two Character ISO Country Code the Alphanumeric Sender ID will be used for. If the IsoCountryCode is not provided, a default Alpha Sender will be created that can be used across all countries.
    pub fn iso_country_code(mut self, value: impl Into<String>) -> Self {
        self.iso_country_code = Some(value.into());
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("AlphaSender", [&self.alpha_sender]);
        out.add("IsoCountryCode", &self.iso_country_code);
        out.into_vec()
    }
}
/// The destination alpha sender resources.
#[derive(Clone)]
pub struct DestinationAlphaSenderList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::MessagingServiceSid,
}
impl std::fmt::Debug for DestinationAlphaSenderList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DestinationAlphaSenderList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> DestinationAlphaSenderList<'a> {
    /// The `ListDestinationAlphaSender` operation.
    ///
    /// `GET /v1/Services/{ServiceSid}/DestinationAlphaSenders` (`ListDestinationAlphaSender`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::messaging_v1::ListDestinationAlphaSenderParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::messaging_v1::ListDestinationAlphaSenderParams,
    ) -> Result<Vec<crate::messaging_v1::DestinationAlphaSender>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::messaging_v1::ListDestinationAlphaSenderResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListDestinationAlphaSenderParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::messaging_v1::DestinationAlphaSender, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::messaging_v1::ListDestinationAlphaSenderResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::messaging_v1::ListDestinationAlphaSenderParams,
    ) -> Result<
        crate::paging::Page<
            'a,
            crate::messaging_v1::ListDestinationAlphaSenderResponseBody,
        >,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::messaging_v1::ListDestinationAlphaSenderParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://messaging.twilio.com",
                "/v1/Services/{ServiceSid}/DestinationAlphaSenders",
                &[self.service_sid.as_str()],
            )
        })
    }
    /// The `CreateDestinationAlphaSender` operation.
    ///
    /// `POST /v1/Services/{ServiceSid}/DestinationAlphaSenders` (`CreateDestinationAlphaSender`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::messaging_v1::CreateDestinationAlphaSenderParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::DestinationAlphaSender>,
        crate::Error,
    > {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/Services/{ServiceSid}/DestinationAlphaSenders",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
impl crate::paging::PageBody
for crate::messaging_v1::ListDestinationAlphaSenderResponseBody {
    type Item = crate::messaging_v1::DestinationAlphaSender;
    fn into_parts(
        self,
    ) -> (Vec<crate::messaging_v1::DestinationAlphaSender>, Option<String>) {
        (
            self.alpha_senders.unwrap_or_default(),
            self.meta.and_then(|meta| meta.next_page_url),
        )
    }
}
