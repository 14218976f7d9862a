//! The `Attempts` resources: how to reach their operations, and the operations' parameters.
#[rustfmt::skip]
mod summary;
pub use summary::*;
/// An attempt and what it contains.
#[derive(Clone)]
pub struct AttemptContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) attempt_sid: crate::VerificationAttemptSid,
}
impl std::fmt::Debug for AttemptContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptContext")
            .field("attempt_sid", &self.attempt_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> AttemptContext<'a> {
    /// Fetch a specific verification attempt.
    ///
    /// `GET /v2/Attempts/{Sid}` (`FetchVerificationAttempt`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::VerificationAttempt>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/Attempts/{Sid}",
            &[self.attempt_sid.as_str()],
        );
        self.client.call_object(request).await
    }
}
/// The inputs of `ListVerificationAttempt`: required ones go to [`ListVerificationAttemptParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListVerificationAttemptParams {
    /// Datetime filter used to consider only Verification Attempts created after this datetime on the summary aggregation
    #[cfg_attr(feature = "cli", arg(long))]
    pub date_created_after: Option<crate::DateOrDateTime>,
    /// Datetime filter used to consider only Verification Attempts created before this datetime on the summary aggregation
    #[cfg_attr(feature = "cli", arg(long))]
    pub date_created_before: Option<crate::DateOrDateTime>,
    /// Destination of a verification
    #[cfg_attr(feature = "cli", arg(long))]
    pub channel_data_to: Option<String>,
    /// Filter used to query Verification Attempts sent to the specified destination country
    #[cfg_attr(feature = "cli", arg(long))]
    pub country: Option<String>,
    /// Filter used to query Verification Attempts by communication channel
    #[cfg_attr(feature = "cli", arg(long))]
    pub channel: Option<crate::verify_v2::VerificationAttemptChannels>,
    /// Filter used to query Verification Attempts by verify service
    #[cfg_attr(feature = "cli", arg(long))]
    pub verify_service_sid: Option<crate::ServiceSid>,
    /// Filter used to return all the Verification Attempts of a single verification
    #[cfg_attr(feature = "cli", arg(long))]
    pub verification_sid: Option<crate::VerificationCheckSid>,
    /// Filter used to query Verification Attempts by conversion status
    #[cfg_attr(feature = "cli", arg(long))]
    pub status: Option<crate::verify_v2::VerificationAttemptConversionStatus>,
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
impl std::fmt::Debug for ListVerificationAttemptParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListVerificationAttemptParams")
            .field("date_created_after", &self.date_created_after)
            .field("date_created_before", &self.date_created_before)
            .field("channel_data_to", &self.channel_data_to)
            .field("country", &self.country)
            .field("channel", &self.channel)
            .field("verify_service_sid", &self.verify_service_sid)
            .field("verification_sid", &self.verification_sid)
            .field("status", &self.status)
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
impl crate::mock::Inputs for ListVerificationAttemptParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            date_created_after: request
                .opt(
                    crate::mock::Place::Query,
                    "DateCreatedAfter",
                    crate::mock::parsed,
                )?,
            date_created_before: request
                .opt(
                    crate::mock::Place::Query,
                    "DateCreatedBefore",
                    crate::mock::parsed,
                )?,
            channel_data_to: request
                .opt(crate::mock::Place::Query, "ChannelData.To", crate::mock::value)?,
            country: request
                .opt(crate::mock::Place::Query, "Country", crate::mock::value)?,
            channel: request
                .opt(crate::mock::Place::Query, "Channel", crate::mock::value)?,
            verify_service_sid: request
                .opt(crate::mock::Place::Query, "VerifyServiceSid", crate::mock::value)?,
            verification_sid: request
                .opt(crate::mock::Place::Query, "VerificationSid", crate::mock::value)?,
            status: request
                .opt(crate::mock::Place::Query, "Status", crate::mock::value)?,
            page_size: request
                .opt(crate::mock::Place::Query, "PageSize", crate::mock::value)?,
            page: request.opt(crate::mock::Place::Query, "Page", crate::mock::value)?,
            page_token: request
                .opt(crate::mock::Place::Query, "PageToken", crate::mock::value)?,
            limit: None,
        })
    }
}
impl ListVerificationAttemptParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// Datetime filter used to consider only Verification Attempts created after this datetime on the summary aggregation. Given as GMT in ISO 8601 formatted datetime string: yyyy-MM-dd'T'HH:mm:ss'Z.
    pub fn date_created_after(
        mut self,
        value: impl Into<crate::DateOrDateTime>,
    ) -> Self {
        self.date_created_after = Some(value.into());
        self
    }
    /// Datetime filter used to consider only Verification Attempts created before this datetime on the summary aggregation. Given as GMT in ISO 8601 formatted datetime string: yyyy-MM-dd'T'HH:mm:ss'Z.
    pub fn date_created_before(
        mut self,
        value: impl Into<crate::DateOrDateTime>,
    ) -> Self {
        self.date_created_before = Some(value.into());
        self
    }
    /// Destination of a verification. It is phone number in E.164 format.
    pub fn channel_data_to(mut self, value: impl Into<String>) -> Self {
        self.channel_data_to = Some(value.into());
        self
    }
    /// Filter used to query Verification Attempts sent to the specified destination country.
    pub fn country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
    /// Filter used to query Verification Attempts by communication channel.
    pub fn channel(
        mut self,
        value: crate::verify_v2::VerificationAttemptChannels,
    ) -> Self {
        self.channel = Some(value);
        self
    }
    /// Filter used to query Verification Attempts by verify service. Only attempts of the provided SID will be returned.
    pub fn verify_service_sid(mut self, value: crate::ServiceSid) -> Self {
        self.verify_service_sid = Some(value);
        self
    }
    /// Filter used to return all the Verification Attempts of a single verification. Only attempts of the provided verification SID will be returned.
    pub fn verification_sid(mut self, value: crate::VerificationCheckSid) -> Self {
        self.verification_sid = Some(value);
        self
    }
    /// Filter used to query Verification Attempts by conversion status. Valid values are `UNCONVERTED`, for attempts that were not converted, and `CONVERTED`, for attempts that were confirmed.
    pub fn status(
        mut self,
        value: crate::verify_v2::VerificationAttemptConversionStatus,
    ) -> Self {
        self.status = Some(value);
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
        crate::formats::check::listed("Channel", &self.channel)?;
        crate::formats::check::listed("Status", &self.status)?;
        crate::formats::check::at_least("PageSize", &self.page_size, 1)?;
        crate::formats::check::at_most("PageSize", &self.page_size, 1000)?;
        crate::formats::check::at_least("Page", &self.page, 0)?;
        Ok(())
    }
    /// The query pairs, in spec order; a list repeats its key.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("DateCreatedAfter", self.date_created_after);
        out.add("DateCreatedBefore", self.date_created_before);
        out.add("ChannelData.To", &self.channel_data_to);
        out.add("Country", &self.country);
        out.add("Channel", &self.channel);
        out.add("VerifyServiceSid", &self.verify_service_sid);
        out.add("VerificationSid", &self.verification_sid);
        out.add("Status", &self.status);
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
/// The attempt resources.
#[derive(Clone)]
pub struct AttemptList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for AttemptList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptList").finish_non_exhaustive()
    }
}
impl<'a> AttemptList<'a> {
    /// The summary resources.
    pub fn summary(&self) -> crate::verify_v2::SummaryList<'a> {
        crate::verify_v2::SummaryList {
            client: self.client,
        }
    }
    /// List all the verification attempts for a given Account.
    ///
    /// `GET /v2/Attempts` (`ListVerificationAttempt`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::verify_v2::ListVerificationAttemptParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::verify_v2::ListVerificationAttemptParams,
    ) -> Result<Vec<crate::verify_v2::VerificationAttempt>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::verify_v2::ListVerificationAttemptResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListVerificationAttemptParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::verify_v2::VerificationAttempt, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::verify_v2::ListVerificationAttemptResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::verify_v2::ListVerificationAttemptParams,
    ) -> Result<
        crate::paging::Page<'a, crate::verify_v2::ListVerificationAttemptResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::verify_v2::ListVerificationAttemptParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://verify.twilio.com",
                "/v2/Attempts",
                &[],
            )
        })
    }
}
impl crate::paging::PageBody for crate::verify_v2::ListVerificationAttemptResponseBody {
    type Item = crate::verify_v2::VerificationAttempt;
    fn into_parts(self) -> (Vec<crate::verify_v2::VerificationAttempt>, Option<String>) {
        (
            self.attempts.unwrap_or_default(),
            self.meta.and_then(|meta| meta.next_page_url),
        )
    }
}
