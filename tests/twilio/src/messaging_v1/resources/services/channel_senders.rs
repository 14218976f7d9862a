//! The `ChannelSenders` resources of `Services`: how to reach their operations, and the operations' parameters.
/// A channel sender and what it contains.
#[derive(Clone)]
pub struct ChannelSenderContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::MessagingServiceSid,
    pub(crate) channel_sender_sid: String,
}
impl std::fmt::Debug for ChannelSenderContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChannelSenderContext")
            .field("service_sid", &self.service_sid)
            .field("channel_sender_sid", &self.channel_sender_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> ChannelSenderContext<'a> {
    /// The `FetchChannelSender` operation.
    ///
    /// `GET /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}` (`FetchChannelSender`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::ChannelSender>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://messaging.twilio.com",
            "/v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}",
            &[
                self.service_sid.as_str(),
                &crate::formats::path_segment(&self.channel_sender_sid),
            ],
        );
        self.client.call_object(request).await
    }
    /// The `DeleteChannelSender` operation.
    ///
    /// `DELETE /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}` (`DeleteChannelSender`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://messaging.twilio.com",
            "/v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}",
            &[
                self.service_sid.as_str(),
                &crate::formats::path_segment(&self.channel_sender_sid),
            ],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `ListChannelSender`: required ones go to [`ListChannelSenderParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListChannelSenderParams {
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
impl std::fmt::Debug for ListChannelSenderParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListChannelSenderParams")
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
impl crate::mock::Inputs for ListChannelSenderParams {
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
impl ListChannelSenderParams {
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
/// The inputs of `CreateChannelSender`: required ones go to [`CreateChannelSenderParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateChannelSenderParams {
    /// The SID of the Channel Sender being added to the Service
    #[cfg_attr(feature = "cli", arg(long))]
    pub sid: crate::ChannelSenderSid,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateChannelSenderParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            sid: request.one(crate::mock::Place::Form, "Sid", crate::mock::value)?,
        })
    }
}
impl CreateChannelSenderParams {
    /// The inputs the operation requires.
    pub fn new(sid: crate::ChannelSenderSid) -> Self {
        Self { sid }
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("Sid", [&self.sid]);
        out.into_vec()
    }
}
/// The channel sender resources.
#[derive(Clone)]
pub struct ChannelSenderList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::MessagingServiceSid,
}
impl std::fmt::Debug for ChannelSenderList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChannelSenderList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> ChannelSenderList<'a> {
    /// The `ListChannelSender` operation.
    ///
    /// `GET /v1/Services/{MessagingServiceSid}/ChannelSenders` (`ListChannelSender`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::messaging_v1::ListChannelSenderParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::messaging_v1::ListChannelSenderParams,
    ) -> Result<Vec<crate::messaging_v1::ChannelSender>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::messaging_v1::ListChannelSenderResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListChannelSenderParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::messaging_v1::ChannelSender, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::messaging_v1::ListChannelSenderResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::messaging_v1::ListChannelSenderParams,
    ) -> Result<
        crate::paging::Page<'a, crate::messaging_v1::ListChannelSenderResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::messaging_v1::ListChannelSenderParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://messaging.twilio.com",
                "/v1/Services/{MessagingServiceSid}/ChannelSenders",
                &[self.service_sid.as_str()],
            )
        })
    }
    /// The `CreateChannelSender` operation.
    ///
    /// `POST /v1/Services/{MessagingServiceSid}/ChannelSenders` (`CreateChannelSender`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::messaging_v1::CreateChannelSenderParams,
    ) -> Result<crate::Response<crate::messaging_v1::ChannelSender>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/Services/{MessagingServiceSid}/ChannelSenders",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
impl crate::paging::PageBody for crate::messaging_v1::ListChannelSenderResponseBody {
    type Item = crate::messaging_v1::ChannelSender;
    fn into_parts(self) -> (Vec<crate::messaging_v1::ChannelSender>, Option<String>) {
        (self.senders.unwrap_or_default(), self.meta.and_then(|meta| meta.next_page_url))
    }
}
