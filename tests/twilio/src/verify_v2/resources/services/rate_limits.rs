//! The `RateLimits` resources of `Services`: how to reach their operations, and the operations' parameters.
/// The inputs of `UpdateRateLimit`: required ones go to [`UpdateRateLimitParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateRateLimitParams {
    /// Description of this Rate Limit
    #[cfg_attr(feature = "cli", arg(long))]
    pub description: Option<String>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateRateLimitParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            description: request
                .opt(crate::mock::Place::Form, "Description", crate::mock::value)?,
        })
    }
}
impl UpdateRateLimitParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// Description of this Rate Limit
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("Description", &self.description);
        out.into_vec()
    }
}
/// A rate limit and what it contains.
#[derive(Clone)]
pub struct RateLimitContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) rate_limit_sid: crate::RateLimitSid,
}
impl std::fmt::Debug for RateLimitContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimitContext")
            .field("service_sid", &self.service_sid)
            .field("rate_limit_sid", &self.rate_limit_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> RateLimitContext<'a> {
    /// A bucket and what it contains.
    pub fn bucket(
        &self,
        bucket_sid: &crate::BucketSid,
    ) -> crate::verify_v2::BucketContext<'a> {
        crate::verify_v2::BucketContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            rate_limit_sid: self.rate_limit_sid.clone(),
            bucket_sid: bucket_sid.clone(),
        }
    }
    /// The bucket resources.
    pub fn buckets(&self) -> crate::verify_v2::BucketList<'a> {
        crate::verify_v2::BucketList {
            client: self.client,
            service_sid: self.service_sid.clone(),
            rate_limit_sid: self.rate_limit_sid.clone(),
        }
    }
    /// Fetch a specific Rate Limit.
    ///
    /// `GET /v2/Services/{ServiceSid}/RateLimits/{Sid}` (`FetchRateLimit`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::RateLimit>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/RateLimits/{Sid}",
            &[self.service_sid.as_str(), self.rate_limit_sid.as_str()],
        );
        self.client.call_object(request).await
    }
    /// Update a specific Rate Limit.
    ///
    /// `POST /v2/Services/{ServiceSid}/RateLimits/{Sid}` (`UpdateRateLimit`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::verify_v2::UpdateRateLimitParams,
    ) -> Result<crate::Response<crate::verify_v2::RateLimit>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/RateLimits/{Sid}",
                &[self.service_sid.as_str(), self.rate_limit_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
    /// Delete a specific Rate Limit.
    ///
    /// `DELETE /v2/Services/{ServiceSid}/RateLimits/{Sid}` (`DeleteRateLimit`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/RateLimits/{Sid}",
            &[self.service_sid.as_str(), self.rate_limit_sid.as_str()],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `UpdateBucket`: required ones go to [`UpdateBucketParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateBucketParams {
    /// Maximum number of requests permitted in during the interval
    #[cfg_attr(feature = "cli", arg(long))]
    pub max: Option<i64>,
    /// Number of seconds that the rate limit will be enforced over
    #[cfg_attr(feature = "cli", arg(long))]
    pub interval: Option<i64>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateBucketParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            max: request.opt(crate::mock::Place::Form, "Max", crate::mock::value)?,
            interval: request
                .opt(crate::mock::Place::Form, "Interval", crate::mock::value)?,
        })
    }
}
impl UpdateBucketParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// Maximum number of requests permitted in during the interval.
    pub fn max(mut self, value: i64) -> Self {
        self.max = Some(value);
        self
    }
    /// Number of seconds that the rate limit will be enforced over.
    pub fn interval(mut self, value: i64) -> Self {
        self.interval = Some(value);
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("Max", self.max);
        out.add("Interval", self.interval);
        out.into_vec()
    }
}
/// A bucket and what it contains.
#[derive(Clone)]
pub struct BucketContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) rate_limit_sid: crate::RateLimitSid,
    pub(crate) bucket_sid: crate::BucketSid,
}
impl std::fmt::Debug for BucketContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BucketContext")
            .field("service_sid", &self.service_sid)
            .field("rate_limit_sid", &self.rate_limit_sid)
            .field("bucket_sid", &self.bucket_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> BucketContext<'a> {
    /// Fetch a specific Bucket.
    ///
    /// `GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}` (`FetchBucket`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Bucket>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}",
            &[
                self.service_sid.as_str(),
                self.rate_limit_sid.as_str(),
                self.bucket_sid.as_str(),
            ],
        );
        self.client.call_object(request).await
    }
    /// Update a specific Bucket.
    ///
    /// `POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}` (`UpdateBucket`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::verify_v2::UpdateBucketParams,
    ) -> Result<crate::Response<crate::verify_v2::Bucket>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}",
                &[
                    self.service_sid.as_str(),
                    self.rate_limit_sid.as_str(),
                    self.bucket_sid.as_str(),
                ],
            )
        };
        self.client.call_object(request).await
    }
    /// Delete a specific Bucket.
    ///
    /// `DELETE /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}` (`DeleteBucket`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}",
            &[
                self.service_sid.as_str(),
                self.rate_limit_sid.as_str(),
                self.bucket_sid.as_str(),
            ],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `ListBucket`: required ones go to [`ListBucketParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListBucketParams {
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
impl std::fmt::Debug for ListBucketParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListBucketParams")
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
impl crate::mock::Inputs for ListBucketParams {
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
impl ListBucketParams {
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
/// The inputs of `CreateBucket`: required ones go to [`CreateBucketParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateBucketParams {
    /// Maximum number of requests permitted in during the interval
    #[cfg_attr(feature = "cli", arg(long))]
    pub max: i64,
    /// Number of seconds that the rate limit will be enforced over
    #[cfg_attr(feature = "cli", arg(long))]
    pub interval: i64,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateBucketParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            max: request.one(crate::mock::Place::Form, "Max", crate::mock::value)?,
            interval: request
                .one(crate::mock::Place::Form, "Interval", crate::mock::value)?,
        })
    }
}
impl CreateBucketParams {
    /// The inputs the operation requires.
    pub fn new(max: i64, interval: i64) -> Self {
        Self { max, interval }
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("Max", [self.max]);
        out.add("Interval", [self.interval]);
        out.into_vec()
    }
}
/// The bucket resources.
#[derive(Clone)]
pub struct BucketList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) rate_limit_sid: crate::RateLimitSid,
}
impl std::fmt::Debug for BucketList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BucketList")
            .field("service_sid", &self.service_sid)
            .field("rate_limit_sid", &self.rate_limit_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> BucketList<'a> {
    /// Retrieve a list of all Buckets for a Rate Limit.
    ///
    /// `GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets` (`ListBucket`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::verify_v2::ListBucketParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::verify_v2::ListBucketParams,
    ) -> Result<Vec<crate::verify_v2::Bucket>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::verify_v2::ListBucketResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListBucketParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::verify_v2::Bucket, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::verify_v2::ListBucketResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::verify_v2::ListBucketParams,
    ) -> Result<
        crate::paging::Page<'a, crate::verify_v2::ListBucketResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::verify_v2::ListBucketParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets",
                &[self.service_sid.as_str(), self.rate_limit_sid.as_str()],
            )
        })
    }
    /// Create a new Bucket for a Rate Limit
    ///
    /// `POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets` (`CreateBucket`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateBucketParams,
    ) -> Result<crate::Response<crate::verify_v2::Bucket>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets",
                &[self.service_sid.as_str(), self.rate_limit_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
/// The inputs of `ListRateLimit`: required ones go to [`ListRateLimitParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListRateLimitParams {
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
impl std::fmt::Debug for ListRateLimitParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListRateLimitParams")
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
impl crate::mock::Inputs for ListRateLimitParams {
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
impl ListRateLimitParams {
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
/// The inputs of `CreateRateLimit`: required ones go to [`CreateRateLimitParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateRateLimitParams {
    /// Provides a unique and addressable name to be assigned to this Rate Limit, assigned by the developer, to be optionally used in addition to SID
    #[cfg_attr(feature = "cli", arg(long))]
    pub unique_name: String,
    /// Description of this Rate Limit
    #[cfg_attr(feature = "cli", arg(long))]
    pub description: Option<String>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateRateLimitParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            unique_name: request
                .one(crate::mock::Place::Form, "UniqueName", crate::mock::value)?,
            description: request
                .opt(crate::mock::Place::Form, "Description", crate::mock::value)?,
        })
    }
}
impl CreateRateLimitParams {
    /// The inputs the operation requires.
    pub fn new(unique_name: impl Into<String>) -> Self {
        Self {
            unique_name: unique_name.into(),
            description: None,
        }
    }
    /// Description of this Rate Limit
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.description = Some(value.into());
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("UniqueName", [&self.unique_name]);
        out.add("Description", &self.description);
        out.into_vec()
    }
}
/// The rate limit resources.
#[derive(Clone)]
pub struct RateLimitList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for RateLimitList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimitList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> RateLimitList<'a> {
    /// Retrieve a list of all Rate Limits for a service.
    ///
    /// `GET /v2/Services/{ServiceSid}/RateLimits` (`ListRateLimit`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::verify_v2::ListRateLimitParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::verify_v2::ListRateLimitParams,
    ) -> Result<Vec<crate::verify_v2::RateLimit>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::verify_v2::ListRateLimitResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListRateLimitParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::verify_v2::RateLimit, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::verify_v2::ListRateLimitResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::verify_v2::ListRateLimitParams,
    ) -> Result<
        crate::paging::Page<'a, crate::verify_v2::ListRateLimitResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::verify_v2::ListRateLimitParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/RateLimits",
                &[self.service_sid.as_str()],
            )
        })
    }
    /// Create a new Rate Limit for a Service
    ///
    /// `POST /v2/Services/{ServiceSid}/RateLimits` (`CreateRateLimit`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateRateLimitParams,
    ) -> Result<crate::Response<crate::verify_v2::RateLimit>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/RateLimits",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
impl crate::paging::PageBody for crate::verify_v2::ListBucketResponseBody {
    type Item = crate::verify_v2::Bucket;
    fn into_parts(self) -> (Vec<crate::verify_v2::Bucket>, Option<String>) {
        (self.buckets.unwrap_or_default(), self.meta.and_then(|meta| meta.next_page_url))
    }
}
impl crate::paging::PageBody for crate::verify_v2::ListRateLimitResponseBody {
    type Item = crate::verify_v2::RateLimit;
    fn into_parts(self) -> (Vec<crate::verify_v2::RateLimit>, Option<String>) {
        (
            self.rate_limits.unwrap_or_default(),
            self.meta.and_then(|meta| meta.next_page_url),
        )
    }
}
