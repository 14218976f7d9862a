//! The `Webhooks` resources of `Services`: how to reach their operations, and the operations' parameters.
/// The inputs of `UpdateWebhook`: required ones go to [`UpdateWebhookParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateWebhookParams {
    /// The string that you assigned to describe the webhook
    #[cfg_attr(feature = "cli", arg(long))]
    pub friendly_name: Option<String>,
    /// The array of events that this Webhook is subscribed to
    #[cfg_attr(feature = "cli", arg(long))]
    pub event_types: Vec<String>,
    /// The URL associated with this Webhook
    #[cfg_attr(feature = "cli", arg(long))]
    pub webhook_url: Option<String>,
    /// The webhook status
    #[cfg_attr(feature = "cli", arg(long))]
    pub status: Option<crate::verify_v2::WebhookStatus>,
    /// The webhook version
    #[cfg_attr(feature = "cli", arg(long = "version2"))]
    pub version: Option<crate::verify_v2::WebhookVersion>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateWebhookParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            friendly_name: request
                .opt(crate::mock::Place::Form, "FriendlyName", crate::mock::value)?,
            event_types: request
                .many(crate::mock::Place::Form, "EventTypes", crate::mock::value)?,
            webhook_url: request
                .opt(crate::mock::Place::Form, "WebhookUrl", crate::mock::value)?,
            status: request.opt(crate::mock::Place::Form, "Status", crate::mock::value)?,
            version: request
                .opt(crate::mock::Place::Form, "Version", crate::mock::value)?,
        })
    }
}
impl UpdateWebhookParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// The string that you assigned to describe the webhook. \*\*This value should not contain PII.\*\*
    pub fn friendly_name(mut self, value: impl Into<String>) -> Self {
        self.friendly_name = Some(value.into());
        self
    }
    /// The array of events that this Webhook is subscribed to. Possible event types: `*, factor.deleted, factor.created, factor.verified, challenge.approved, challenge.denied`
    pub fn event_types(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.event_types = value.into_iter().map(Into::into).collect();
        self
    }
    /// The URL associated with this Webhook.
    pub fn webhook_url(mut self, value: impl Into<String>) -> Self {
        self.webhook_url = Some(value.into());
        self
    }
    /// The webhook status. Default value is `enabled`. One of: `enabled` or `disabled`
    pub fn status(mut self, value: crate::verify_v2::WebhookStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// The webhook version. Default value is `v2` which includes all the latest fields. Version `v1` is legacy and may be removed in the future.
    pub fn version(mut self, value: crate::verify_v2::WebhookVersion) -> Self {
        self.version = Some(value);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("Status", &self.status)?;
        crate::formats::check::listed("Version", &self.version)?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("FriendlyName", &self.friendly_name);
        out.add("EventTypes", &self.event_types);
        out.add("WebhookUrl", &self.webhook_url);
        out.add("Status", &self.status);
        out.add("Version", &self.version);
        out.into_vec()
    }
}
/// A webhook and what it contains.
#[derive(Clone)]
pub struct WebhookContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) webhook_sid: crate::WebhookSid,
}
impl std::fmt::Debug for WebhookContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookContext")
            .field("service_sid", &self.service_sid)
            .field("webhook_sid", &self.webhook_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> WebhookContext<'a> {
    /// Fetch a specific Webhook.
    ///
    /// `GET /v2/Services/{ServiceSid}/Webhooks/{Sid}` (`FetchWebhook`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Webhook>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/Webhooks/{Sid}",
            &[self.service_sid.as_str(), self.webhook_sid.as_str()],
        );
        self.client.call_object(request).await
    }
    /// The `UpdateWebhook` operation.
    ///
    /// `POST /v2/Services/{ServiceSid}/Webhooks/{Sid}` (`UpdateWebhook`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::verify_v2::UpdateWebhookParams,
    ) -> Result<crate::Response<crate::verify_v2::Webhook>, crate::Error> {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Webhooks/{Sid}",
                &[self.service_sid.as_str(), self.webhook_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
    /// Delete a specific Webhook.
    ///
    /// `DELETE /v2/Services/{ServiceSid}/Webhooks/{Sid}` (`DeleteWebhook`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/Webhooks/{Sid}",
            &[self.service_sid.as_str(), self.webhook_sid.as_str()],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `ListWebhook`: required ones go to [`ListWebhookParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListWebhookParams {
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
impl std::fmt::Debug for ListWebhookParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListWebhookParams")
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
impl crate::mock::Inputs for ListWebhookParams {
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
impl ListWebhookParams {
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
/// The inputs of `CreateWebhook`: required ones go to [`CreateWebhookParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateWebhookParams {
    /// The string that you assigned to describe the webhook
    #[cfg_attr(feature = "cli", arg(long))]
    pub friendly_name: String,
    /// The array of events that this Webhook is subscribed to
    #[cfg_attr(feature = "cli", arg(long, required = true))]
    pub event_types: Vec<String>,
    /// The URL associated with this Webhook
    #[cfg_attr(feature = "cli", arg(long))]
    pub webhook_url: String,
    /// The webhook status
    #[cfg_attr(feature = "cli", arg(long))]
    pub status: Option<crate::verify_v2::WebhookStatus>,
    /// The webhook version
    #[cfg_attr(feature = "cli", arg(long = "version2"))]
    pub version: Option<crate::verify_v2::WebhookVersion>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateWebhookParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            friendly_name: request
                .one(crate::mock::Place::Form, "FriendlyName", crate::mock::value)?,
            event_types: request
                .many(crate::mock::Place::Form, "EventTypes", crate::mock::value)?,
            webhook_url: request
                .one(crate::mock::Place::Form, "WebhookUrl", crate::mock::value)?,
            status: request.opt(crate::mock::Place::Form, "Status", crate::mock::value)?,
            version: request
                .opt(crate::mock::Place::Form, "Version", crate::mock::value)?,
        })
    }
}
impl CreateWebhookParams {
    /// The inputs the operation requires.
    pub fn new(
        friendly_name: impl Into<String>,
        event_types: impl IntoIterator<Item = impl Into<String>>,
        webhook_url: impl Into<String>,
    ) -> Self {
        Self {
            friendly_name: friendly_name.into(),
            event_types: event_types.into_iter().map(Into::into).collect(),
            webhook_url: webhook_url.into(),
            status: None,
            version: None,
        }
    }
    /// The webhook status. Default value is `enabled`. One of: `enabled` or `disabled`
    pub fn status(mut self, value: crate::verify_v2::WebhookStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// The webhook version. Default value is `v2` which includes all the latest fields. Version `v1` is legacy and may be removed in the future.
    pub fn version(mut self, value: crate::verify_v2::WebhookVersion) -> Self {
        self.version = Some(value);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("Status", &self.status)?;
        crate::formats::check::listed("Version", &self.version)?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("FriendlyName", [&self.friendly_name]);
        out.add("EventTypes", &self.event_types);
        out.add("WebhookUrl", [&self.webhook_url]);
        out.add("Status", &self.status);
        out.add("Version", &self.version);
        out.into_vec()
    }
}
/// The webhook resources.
#[derive(Clone)]
pub struct WebhookList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for WebhookList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> WebhookList<'a> {
    /// Retrieve a list of all Webhooks for a Service.
    ///
    /// `GET /v2/Services/{ServiceSid}/Webhooks` (`ListWebhook`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::verify_v2::ListWebhookParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::verify_v2::ListWebhookParams,
    ) -> Result<Vec<crate::verify_v2::Webhook>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::verify_v2::ListWebhookResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListWebhookParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::verify_v2::Webhook, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::verify_v2::ListWebhookResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::verify_v2::ListWebhookParams,
    ) -> Result<
        crate::paging::Page<'a, crate::verify_v2::ListWebhookResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::verify_v2::ListWebhookParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Webhooks",
                &[self.service_sid.as_str()],
            )
        })
    }
    /// Create a new Webhook for the Service
    ///
    /// `POST /v2/Services/{ServiceSid}/Webhooks` (`CreateWebhook`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateWebhookParams,
    ) -> Result<crate::Response<crate::verify_v2::Webhook>, crate::Error> {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Webhooks",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
impl crate::paging::PageBody for crate::verify_v2::ListWebhookResponseBody {
    type Item = crate::verify_v2::Webhook;
    fn into_parts(self) -> (Vec<crate::verify_v2::Webhook>, Option<String>) {
        (
            self.webhooks.unwrap_or_default(),
            self.meta.and_then(|meta| meta.next_page_url),
        )
    }
}
