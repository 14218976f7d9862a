//! The `Entities` resources of `Services`: how to reach their operations, and the operations' parameters.
/// The inputs of `ListEntity`: required ones go to [`ListEntityParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListEntityParams {
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
impl std::fmt::Debug for ListEntityParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListEntityParams")
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
impl crate::mock::Inputs for ListEntityParams {
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
impl ListEntityParams {
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
/// The inputs of `CreateEntity`: required ones go to [`CreateEntityParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateEntityParams {
    /// The unique external identifier for the Entity of the Service
    #[cfg_attr(feature = "cli", arg(long))]
    pub identity: String,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateEntityParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            identity: request
                .one(crate::mock::Place::Form, "Identity", crate::mock::value)?,
        })
    }
}
impl CreateEntityParams {
    /// The inputs the operation requires.
    pub fn new(identity: impl Into<String>) -> Self {
        Self { identity: identity.into() }
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("Identity", [&self.identity]);
        out.into_vec()
    }
}
/// The entity resources.
#[derive(Clone)]
pub struct EntityList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for EntityList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntityList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> EntityList<'a> {
    /// Retrieve a list of all Entities for a Service.
    ///
    /// `GET /v2/Services/{ServiceSid}/Entities` (`ListEntity`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::verify_v2::ListEntityParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::verify_v2::ListEntityParams,
    ) -> Result<Vec<crate::verify_v2::Entity>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::verify_v2::ListEntityResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListEntityParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::verify_v2::Entity, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::verify_v2::ListEntityResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::verify_v2::ListEntityParams,
    ) -> Result<
        crate::paging::Page<'a, crate::verify_v2::ListEntityResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::verify_v2::ListEntityParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Entities",
                &[self.service_sid.as_str()],
            )
        })
    }
    /// Create a new Entity for the Service
    ///
    /// `POST /v2/Services/{ServiceSid}/Entities` (`CreateEntity`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateEntityParams,
    ) -> Result<crate::Response<crate::verify_v2::Entity>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Entities",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
/// An entity and what it contains.
#[derive(Clone)]
pub struct EntityContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) identity: String,
}
impl std::fmt::Debug for EntityContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntityContext")
            .field("service_sid", &self.service_sid)
            .field("identity", &self.identity)
            .finish_non_exhaustive()
    }
}
impl<'a> EntityContext<'a> {
    /// A challenge and what it contains.
    pub fn challenge(
        &self,
        challenge_sid: &crate::ChallengeSid,
    ) -> crate::verify_v2::ChallengeContext<'a> {
        crate::verify_v2::ChallengeContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            identity: self.identity.clone(),
            challenge_sid: challenge_sid.clone(),
        }
    }
    /// The challenge resources.
    pub fn challenges(&self) -> crate::verify_v2::ChallengeList<'a> {
        crate::verify_v2::ChallengeList {
            client: self.client,
            service_sid: self.service_sid.clone(),
            identity: self.identity.clone(),
        }
    }
    /// A factor and what it contains.
    pub fn factor(
        &self,
        factor_sid: &crate::FactorSid,
    ) -> crate::verify_v2::FactorContext<'a> {
        crate::verify_v2::FactorContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            identity: self.identity.clone(),
            factor_sid: factor_sid.clone(),
        }
    }
    /// The factor resources.
    pub fn factors(&self) -> crate::verify_v2::FactorList<'a> {
        crate::verify_v2::FactorList {
            client: self.client,
            service_sid: self.service_sid.clone(),
            identity: self.identity.clone(),
        }
    }
    /// Fetch a specific Entity.
    ///
    /// `GET /v2/Services/{ServiceSid}/Entities/{Identity}` (`FetchEntity`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Entity>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/Entities/{Identity}",
            &[self.service_sid.as_str(), &crate::formats::path_segment(&self.identity)],
        );
        self.client.call_object(request).await
    }
    /// Delete a specific Entity.
    ///
    /// `DELETE /v2/Services/{ServiceSid}/Entities/{Identity}` (`DeleteEntity`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/Entities/{Identity}",
            &[self.service_sid.as_str(), &crate::formats::path_segment(&self.identity)],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `UpdateChallenge`: required ones go to [`UpdateChallengeParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateChallengeParams {
    /// The optional payload needed to verify the Challenge
    #[cfg_attr(feature = "cli", arg(long))]
    pub auth_payload: Option<String>,
    /// Custom metadata associated with the challenge
    #[cfg_attr(
        feature = "cli",
        arg(long, value_parser = crate::verify_v2::cli::parse_json::<serde_json::Value>)
    )]
    pub metadata: Option<serde_json::Value>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateChallengeParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            auth_payload: request
                .opt(crate::mock::Place::Form, "AuthPayload", crate::mock::value)?,
            metadata: request
                .opt(crate::mock::Place::Form, "Metadata", crate::mock::json)?,
        })
    }
}
impl UpdateChallengeParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// The optional payload needed to verify the Challenge. E.g., a TOTP would use the numeric code. For `TOTP` this value must be between 3 and 8 characters long. For `Push` this value can be up to 5456 characters in length
    pub fn auth_payload(mut self, value: impl Into<String>) -> Self {
        self.auth_payload = Some(value.into());
        self
    }
    /// Custom metadata associated with the challenge. This is added by the Device/SDK directly to allow for the inclusion of device information. It must be a stringified JSON with only strings values eg. `{"os": "Android"}`. Can be up to 1024 characters in length.
    pub fn metadata(mut self, value: serde_json::Value) -> Self {
        self.metadata = Some(value);
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("AuthPayload", &self.auth_payload);
        out.add(
            "Metadata",
            self.metadata.as_ref().map(|v| serde_json::to_string(v).unwrap_or_default()),
        );
        out.into_vec()
    }
}
/// A challenge and what it contains.
#[derive(Clone)]
pub struct ChallengeContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) identity: String,
    pub(crate) challenge_sid: crate::ChallengeSid,
}
impl std::fmt::Debug for ChallengeContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChallengeContext")
            .field("service_sid", &self.service_sid)
            .field("identity", &self.identity)
            .field("challenge_sid", &self.challenge_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> ChallengeContext<'a> {
    /// The notification resources.
    pub fn notifications(&self) -> crate::verify_v2::NotificationList<'a> {
        crate::verify_v2::NotificationList {
            client: self.client,
            service_sid: self.service_sid.clone(),
            identity: self.identity.clone(),
            challenge_sid: self.challenge_sid.clone(),
        }
    }
    /// Fetch a specific Challenge.
    ///
    /// `GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}` (`FetchChallenge`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Challenge>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}",
            &[
                self.service_sid.as_str(),
                &crate::formats::path_segment(&self.identity),
                self.challenge_sid.as_str(),
            ],
        );
        self.client.call_object(request).await
    }
    /// Verify a specific Challenge.
    ///
    /// `POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}` (`UpdateChallenge`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::verify_v2::UpdateChallengeParams,
    ) -> Result<crate::Response<crate::verify_v2::Challenge>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}",
                &[
                    self.service_sid.as_str(),
                    &crate::formats::path_segment(&self.identity),
                    self.challenge_sid.as_str(),
                ],
            )
        };
        self.client.call_object(request).await
    }
}
/// The inputs of `CreateNotification`: required ones go to [`CreateNotificationParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateNotificationParams {
    /// How long, in seconds, the notification is valid
    #[cfg_attr(feature = "cli", arg(long))]
    pub ttl: Option<i64>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateNotificationParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            ttl: request.opt(crate::mock::Place::Form, "Ttl", crate::mock::value)?,
        })
    }
}
impl CreateNotificationParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// How long, in seconds, the notification is valid. Can be an integer between 0 and 300. Default is 300. Delivery is attempted until the TTL elapses, even if the device is offline. 0 means that the notification delivery is attempted immediately, only once, and is not stored for future delivery.
    pub fn ttl(mut self, value: i64) -> Self {
        self.ttl = Some(value);
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("Ttl", self.ttl);
        out.into_vec()
    }
}
/// The notification resources.
#[derive(Clone)]
pub struct NotificationList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) identity: String,
    pub(crate) challenge_sid: crate::ChallengeSid,
}
impl std::fmt::Debug for NotificationList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NotificationList")
            .field("service_sid", &self.service_sid)
            .field("identity", &self.identity)
            .field("challenge_sid", &self.challenge_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> NotificationList<'a> {
    /// Create a new Notification for the corresponding Challenge
    ///
    /// `POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications` (`CreateNotification`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateNotificationParams,
    ) -> Result<crate::Response<crate::verify_v2::Notification>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications",
                &[
                    self.service_sid.as_str(),
                    &crate::formats::path_segment(&self.identity),
                    self.challenge_sid.as_str(),
                ],
            )
        };
        self.client.call_object(request).await
    }
}
/// The inputs of `ListChallenge`: required ones go to [`ListChallengeParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListChallengeParams {
    /// The unique SID identifier of the Factor
    #[cfg_attr(feature = "cli", arg(long))]
    pub factor_sid: Option<crate::FactorSid>,
    /// The Status of the Challenges to fetch
    #[cfg_attr(feature = "cli", arg(long))]
    pub status: Option<crate::verify_v2::ChallengeChallengeStatuses>,
    /// The desired sort order of the Challenges list
    #[cfg_attr(feature = "cli", arg(long))]
    pub order: Option<crate::verify_v2::ChallengeListOrders>,
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
impl std::fmt::Debug for ListChallengeParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListChallengeParams")
            .field("factor_sid", &self.factor_sid)
            .field("status", &self.status)
            .field("order", &self.order)
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
impl crate::mock::Inputs for ListChallengeParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            factor_sid: request
                .opt(crate::mock::Place::Query, "FactorSid", crate::mock::value)?,
            status: request
                .opt(crate::mock::Place::Query, "Status", crate::mock::value)?,
            order: request.opt(crate::mock::Place::Query, "Order", crate::mock::value)?,
            page_size: request
                .opt(crate::mock::Place::Query, "PageSize", crate::mock::value)?,
            page: request.opt(crate::mock::Place::Query, "Page", crate::mock::value)?,
            page_token: request
                .opt(crate::mock::Place::Query, "PageToken", crate::mock::value)?,
            limit: None,
        })
    }
}
impl ListChallengeParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// The unique SID identifier of the Factor.
    pub fn factor_sid(mut self, value: crate::FactorSid) -> Self {
        self.factor_sid = Some(value);
        self
    }
    /// The Status of the Challenges to fetch. One of `pending`, `expired`, `approved` or `denied`.
    pub fn status(
        mut self,
        value: crate::verify_v2::ChallengeChallengeStatuses,
    ) -> Self {
        self.status = Some(value);
        self
    }
    /// The desired sort order of the Challenges list. One of `asc` or `desc` for ascending and descending respectively. Defaults to `asc`.
    pub fn order(mut self, value: crate::verify_v2::ChallengeListOrders) -> Self {
        self.order = Some(value);
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
        crate::formats::check::listed("Status", &self.status)?;
        crate::formats::check::listed("Order", &self.order)?;
        crate::formats::check::at_least("PageSize", &self.page_size, 1)?;
        crate::formats::check::at_most("PageSize", &self.page_size, 1000)?;
        crate::formats::check::at_least("Page", &self.page, 0)?;
        Ok(())
    }
    /// The query pairs, in spec order; a list repeats its key.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("FactorSid", &self.factor_sid);
        out.add("Status", &self.status);
        out.add("Order", &self.order);
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
/// The inputs of `CreateChallenge`: required ones go to [`CreateChallengeParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateChallengeParams {
    /// The unique SID identifier of the Factor
    #[cfg_attr(feature = "cli", arg(long))]
    pub factor_sid: crate::FactorSid,
    /// The date-time when this Challenge expires, given in ISO 8601 format
    #[cfg_attr(feature = "cli", arg(long))]
    pub expiration_date: Option<crate::DateOrDateTime>,
    /// Shown to the user when the push notification arrives
    #[cfg_attr(feature = "cli", arg(long))]
    pub details_message: Option<String>,
    /// A list of objects that describe the Fields included in the Challenge
    #[cfg_attr(
        feature = "cli",
        arg(long, value_parser = crate::verify_v2::cli::parse_json::<serde_json::Value>)
    )]
    pub details_fields: Vec<serde_json::Value>,
    /// Details provided to give context about the Challenge
    #[cfg_attr(
        feature = "cli",
        arg(long, value_parser = crate::verify_v2::cli::parse_json::<serde_json::Value>)
    )]
    pub hidden_details: Option<serde_json::Value>,
    /// Optional payload used to verify the Challenge upon creation
    #[cfg_attr(feature = "cli", arg(long))]
    pub auth_payload: Option<String>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateChallengeParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            factor_sid: request
                .one(crate::mock::Place::Form, "FactorSid", crate::mock::value)?,
            expiration_date: request
                .opt(crate::mock::Place::Form, "ExpirationDate", crate::mock::parsed)?,
            details_message: request
                .opt(crate::mock::Place::Form, "Details.Message", crate::mock::value)?,
            details_fields: request
                .many(crate::mock::Place::Form, "Details.Fields", crate::mock::json)?,
            hidden_details: request
                .opt(crate::mock::Place::Form, "HiddenDetails", crate::mock::json)?,
            auth_payload: request
                .opt(crate::mock::Place::Form, "AuthPayload", crate::mock::value)?,
        })
    }
}
impl CreateChallengeParams {
    /// The inputs the operation requires.
    pub fn new(factor_sid: crate::FactorSid) -> Self {
        Self {
            factor_sid,
            expiration_date: None,
            details_message: None,
            details_fields: Vec::new(),
            hidden_details: None,
            auth_payload: None,
        }
    }
    /// The date-time when this Challenge expires, given in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. The default value is five (5) minutes after Challenge creation. The max value is sixty (60) minutes after creation.
    pub fn expiration_date(mut self, value: impl Into<crate::DateOrDateTime>) -> Self {
        self.expiration_date = Some(value.into());
        self
    }
    /// Shown to the user when the push notification arrives. Required when `factor_type` is `push`. Can be up to 256 characters in length
    pub fn details_message(mut self, value: impl Into<String>) -> Self {
        self.details_message = Some(value.into());
        self
    }
    /// A list of objects that describe the Fields included in the Challenge. Each object contains the label and value of the field, the label can be up to 36 characters in length and the value can be up to 128 characters in length. Used when `factor_type` is `push`. There can be up to 20 details fields.
    pub fn details_fields(
        mut self,
        value: impl IntoIterator<Item = serde_json::Value>,
    ) -> Self {
        self.details_fields = value.into_iter().collect();
        self
    }
    /// Details provided to give context about the Challenge. Not shown to the end user. It must be a stringified JSON with only strings values eg. `{"ip": "172.168.1.234"}`. Can be up to 1024 characters in length
    pub fn hidden_details(mut self, value: serde_json::Value) -> Self {
        self.hidden_details = Some(value);
        self
    }
    /// Optional payload used to verify the Challenge upon creation. Only used with a Factor of type `totp` to carry the TOTP code that needs to be verified. For `TOTP` this value must be between 3 and 8 characters long.
    pub fn auth_payload(mut self, value: impl Into<String>) -> Self {
        self.auth_payload = Some(value.into());
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("FactorSid", [&self.factor_sid]);
        out.add("ExpirationDate", self.expiration_date);
        out.add("Details.Message", &self.details_message);
        out.add(
            "Details.Fields",
            self
                .details_fields
                .iter()
                .map(|item| serde_json::to_string(item).unwrap_or_default()),
        );
        out.add(
            "HiddenDetails",
            self
                .hidden_details
                .as_ref()
                .map(|v| serde_json::to_string(v).unwrap_or_default()),
        );
        out.add("AuthPayload", &self.auth_payload);
        out.into_vec()
    }
}
/// The challenge resources.
#[derive(Clone)]
pub struct ChallengeList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) identity: String,
}
impl std::fmt::Debug for ChallengeList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChallengeList")
            .field("service_sid", &self.service_sid)
            .field("identity", &self.identity)
            .finish_non_exhaustive()
    }
}
impl<'a> ChallengeList<'a> {
    /// Retrieve a list of all Challenges for a Factor.
    ///
    /// `GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges` (`ListChallenge`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::verify_v2::ListChallengeParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::verify_v2::ListChallengeParams,
    ) -> Result<Vec<crate::verify_v2::Challenge>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::verify_v2::ListChallengeResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListChallengeParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::verify_v2::Challenge, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::verify_v2::ListChallengeResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::verify_v2::ListChallengeParams,
    ) -> Result<
        crate::paging::Page<'a, crate::verify_v2::ListChallengeResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::verify_v2::ListChallengeParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges",
                &[
                    self.service_sid.as_str(),
                    &crate::formats::path_segment(&self.identity),
                ],
            )
        })
    }
    /// Create a new Challenge for the Factor
    ///
    /// `POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges` (`CreateChallenge`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateChallengeParams,
    ) -> Result<crate::Response<crate::verify_v2::Challenge>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges",
                &[
                    self.service_sid.as_str(),
                    &crate::formats::path_segment(&self.identity),
                ],
            )
        };
        self.client.call_object(request).await
    }
}
/// The inputs of `UpdateFactor`: required ones go to [`UpdateFactorParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateFactorParams {
    /// The optional payload needed to verify the Factor for the first time
    #[cfg_attr(feature = "cli", arg(long))]
    pub auth_payload: Option<String>,
    /// The new friendly name of this Factor
    #[cfg_attr(feature = "cli", arg(long))]
    pub friendly_name: Option<String>,
    /// For APN, the device token
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_notification_token: Option<String>,
    /// The Verify Push SDK version used to configure the factor
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_sdk_version: Option<String>,
    /// Defines how often, in seconds, are TOTP codes generated
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_time_step: Option<i64>,
    /// The number of time-steps, past and future, that are valid for validation of TOTP codes
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_skew: Option<i64>,
    /// Number of digits for generated TOTP codes
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_code_length: Option<i64>,
    /// `Config.Alg`
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_alg: Option<crate::verify_v2::FactorTotpAlgorithms>,
    /// The transport technology used to generate the Notification Token
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_notification_platform: Option<String>,
}
/// Shows every input but those that hold secrets (passwords, secrets, tokens).
impl std::fmt::Debug for UpdateFactorParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateFactorParams")
            .field("auth_payload", &self.auth_payload)
            .field("friendly_name", &self.friendly_name)
            .field(
                "config_notification_token",
                &self
                    .config_notification_token
                    .as_ref()
                    .map(|_| crate::support::Redacted),
            )
            .field("config_sdk_version", &self.config_sdk_version)
            .field("config_time_step", &self.config_time_step)
            .field("config_skew", &self.config_skew)
            .field("config_code_length", &self.config_code_length)
            .field("config_alg", &self.config_alg)
            .field("config_notification_platform", &self.config_notification_platform)
            .finish()
    }
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateFactorParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            auth_payload: request
                .opt(crate::mock::Place::Form, "AuthPayload", crate::mock::value)?,
            friendly_name: request
                .opt(crate::mock::Place::Form, "FriendlyName", crate::mock::value)?,
            config_notification_token: request
                .opt(
                    crate::mock::Place::Form,
                    "Config.NotificationToken",
                    crate::mock::value,
                )?,
            config_sdk_version: request
                .opt(crate::mock::Place::Form, "Config.SdkVersion", crate::mock::value)?,
            config_time_step: request
                .opt(crate::mock::Place::Form, "Config.TimeStep", crate::mock::value)?,
            config_skew: request
                .opt(crate::mock::Place::Form, "Config.Skew", crate::mock::value)?,
            config_code_length: request
                .opt(crate::mock::Place::Form, "Config.CodeLength", crate::mock::value)?,
            config_alg: request
                .opt(crate::mock::Place::Form, "Config.Alg", crate::mock::value)?,
            config_notification_platform: request
                .opt(
                    crate::mock::Place::Form,
                    "Config.NotificationPlatform",
                    crate::mock::value,
                )?,
        })
    }
}
impl UpdateFactorParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// The optional payload needed to verify the Factor for the first time. E.g. for a TOTP, the numeric code.
    pub fn auth_payload(mut self, value: impl Into<String>) -> Self {
        self.auth_payload = Some(value.into());
        self
    }
    /// The new friendly name of this Factor. It can be up to 64 characters.
    pub fn friendly_name(mut self, value: impl Into<String>) -> Self {
        self.friendly_name = Some(value.into());
        self
    }
    /// For APN, the device token. For FCM, the registration token. It is used to send the push notifications. Required when `factor_type` is `push`. If specified, this value must be between 32 and 255 characters long.
    pub fn config_notification_token(mut self, value: impl Into<String>) -> Self {
        self.config_notification_token = Some(value.into());
        self
    }
    /// The Verify Push SDK version used to configure the factor
    pub fn config_sdk_version(mut self, value: impl Into<String>) -> Self {
        self.config_sdk_version = Some(value.into());
        self
    }
    /// Defines how often, in seconds, are TOTP codes generated. i.e, a new TOTP code is generated every time\_step seconds. Must be between 20 and 60 seconds, inclusive
    pub fn config_time_step(mut self, value: i64) -> Self {
        self.config_time_step = Some(value);
        self
    }
    /// The number of time-steps, past and future, that are valid for validation of TOTP codes. Must be between 0 and 2, inclusive
    pub fn config_skew(mut self, value: i64) -> Self {
        self.config_skew = Some(value);
        self
    }
    /// Number of digits for generated TOTP codes. Must be between 3 and 8, inclusive
    pub fn config_code_length(mut self, value: i64) -> Self {
        self.config_code_length = Some(value);
        self
    }
    /// `Config.Alg`.
    pub fn config_alg(mut self, value: crate::verify_v2::FactorTotpAlgorithms) -> Self {
        self.config_alg = Some(value);
        self
    }
    /// The transport technology used to generate the Notification Token. Can be `apn`, `fcm` or `none`.
    ///
    /// Required when `factor_type` is `push`.
    pub fn config_notification_platform(mut self, value: impl Into<String>) -> Self {
        self.config_notification_platform = Some(value.into());
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("Config.Alg", &self.config_alg)?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("AuthPayload", &self.auth_payload);
        out.add("FriendlyName", &self.friendly_name);
        out.add("Config.NotificationToken", &self.config_notification_token);
        out.add("Config.SdkVersion", &self.config_sdk_version);
        out.add("Config.TimeStep", self.config_time_step);
        out.add("Config.Skew", self.config_skew);
        out.add("Config.CodeLength", self.config_code_length);
        out.add("Config.Alg", &self.config_alg);
        out.add("Config.NotificationPlatform", &self.config_notification_platform);
        out.into_vec()
    }
}
/// A factor and what it contains.
#[derive(Clone)]
pub struct FactorContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) identity: String,
    pub(crate) factor_sid: crate::FactorSid,
}
impl std::fmt::Debug for FactorContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FactorContext")
            .field("service_sid", &self.service_sid)
            .field("identity", &self.identity)
            .field("factor_sid", &self.factor_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> FactorContext<'a> {
    /// Fetch a specific Factor.
    ///
    /// `GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}` (`FetchFactor`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Factor>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}",
            &[
                self.service_sid.as_str(),
                &crate::formats::path_segment(&self.identity),
                self.factor_sid.as_str(),
            ],
        );
        self.client.call_object(request).await
    }
    /// Update a specific Factor. This endpoint can be used to Verify a Factor if passed an `AuthPayload` param.
    ///
    /// `POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}` (`UpdateFactor`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::verify_v2::UpdateFactorParams,
    ) -> Result<crate::Response<crate::verify_v2::Factor>, crate::Error> {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}",
                &[
                    self.service_sid.as_str(),
                    &crate::formats::path_segment(&self.identity),
                    self.factor_sid.as_str(),
                ],
            )
        };
        self.client.call_object(request).await
    }
    /// Delete a specific Factor.
    ///
    /// `DELETE /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}` (`DeleteFactor`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}",
            &[
                self.service_sid.as_str(),
                &crate::formats::path_segment(&self.identity),
                self.factor_sid.as_str(),
            ],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `ListFactor`: required ones go to [`ListFactorParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListFactorParams {
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
impl std::fmt::Debug for ListFactorParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListFactorParams")
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
impl crate::mock::Inputs for ListFactorParams {
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
impl ListFactorParams {
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
/// The inputs of `CreateNewFactor`: required ones go to [`CreateNewFactorParams::new`], optional ones have setters.
#[derive(Clone)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateNewFactorParams {
    /// The friendly name of this Factor
    #[cfg_attr(feature = "cli", arg(long))]
    pub friendly_name: String,
    /// The Type of this Factor
    #[cfg_attr(feature = "cli", arg(long))]
    pub factor_type: crate::verify_v2::NewFactorFactorTypes,
    /// The algorithm used when `factor_type` is `push`
    #[cfg_attr(feature = "cli", arg(long))]
    pub binding_alg: Option<String>,
    /// The Ecdsa public key in PKIX, ASN.1 DER format encoded in Base64
    #[cfg_attr(feature = "cli", arg(long))]
    pub binding_public_key: Option<String>,
    /// The ID that uniquely identifies your app in the Google or Apple store, such as `com.example.myapp`
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_app_id: Option<String>,
    /// `Config.NotificationPlatform`
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_notification_platform: Option<
        crate::verify_v2::NewFactorNotificationPlatforms,
    >,
    /// For APN, the device token
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_notification_token: Option<String>,
    /// The Verify Push SDK version used to configure the factor
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_sdk_version: Option<String>,
    /// The shared secret for TOTP factors encoded in Base32
    #[cfg_attr(feature = "cli", arg(long))]
    pub binding_secret: Option<String>,
    /// Defines how often, in seconds, are TOTP codes generated
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_time_step: Option<i64>,
    /// The number of time-steps, past and future, that are valid for validation of TOTP codes
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_skew: Option<i64>,
    /// Number of digits for generated TOTP codes
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_code_length: Option<i64>,
    /// `Config.Alg`
    #[cfg_attr(feature = "cli", arg(long))]
    pub config_alg: Option<crate::verify_v2::NewFactorTotpAlgorithms>,
    /// Custom metadata associated with the factor
    #[cfg_attr(
        feature = "cli",
        arg(long, value_parser = crate::verify_v2::cli::parse_json::<serde_json::Value>)
    )]
    pub metadata: Option<serde_json::Value>,
}
/// Shows every input but those that hold secrets (passwords, secrets, tokens).
impl std::fmt::Debug for CreateNewFactorParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateNewFactorParams")
            .field("friendly_name", &self.friendly_name)
            .field("factor_type", &self.factor_type)
            .field("binding_alg", &self.binding_alg)
            .field("binding_public_key", &self.binding_public_key)
            .field("config_app_id", &self.config_app_id)
            .field("config_notification_platform", &self.config_notification_platform)
            .field(
                "config_notification_token",
                &self
                    .config_notification_token
                    .as_ref()
                    .map(|_| crate::support::Redacted),
            )
            .field("config_sdk_version", &self.config_sdk_version)
            .field(
                "binding_secret",
                &self.binding_secret.as_ref().map(|_| crate::support::Redacted),
            )
            .field("config_time_step", &self.config_time_step)
            .field("config_skew", &self.config_skew)
            .field("config_code_length", &self.config_code_length)
            .field("config_alg", &self.config_alg)
            .field("metadata", &self.metadata)
            .finish()
    }
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateNewFactorParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            friendly_name: request
                .one(crate::mock::Place::Form, "FriendlyName", crate::mock::value)?,
            factor_type: request
                .one(crate::mock::Place::Form, "FactorType", crate::mock::value)?,
            binding_alg: request
                .opt(crate::mock::Place::Form, "Binding.Alg", crate::mock::value)?,
            binding_public_key: request
                .opt(crate::mock::Place::Form, "Binding.PublicKey", crate::mock::value)?,
            config_app_id: request
                .opt(crate::mock::Place::Form, "Config.AppId", crate::mock::value)?,
            config_notification_platform: request
                .opt(
                    crate::mock::Place::Form,
                    "Config.NotificationPlatform",
                    crate::mock::value,
                )?,
            config_notification_token: request
                .opt(
                    crate::mock::Place::Form,
                    "Config.NotificationToken",
                    crate::mock::value,
                )?,
            config_sdk_version: request
                .opt(crate::mock::Place::Form, "Config.SdkVersion", crate::mock::value)?,
            binding_secret: request
                .opt(crate::mock::Place::Form, "Binding.Secret", crate::mock::value)?,
            config_time_step: request
                .opt(crate::mock::Place::Form, "Config.TimeStep", crate::mock::value)?,
            config_skew: request
                .opt(crate::mock::Place::Form, "Config.Skew", crate::mock::value)?,
            config_code_length: request
                .opt(crate::mock::Place::Form, "Config.CodeLength", crate::mock::value)?,
            config_alg: request
                .opt(crate::mock::Place::Form, "Config.Alg", crate::mock::value)?,
            metadata: request
                .opt(crate::mock::Place::Form, "Metadata", crate::mock::json)?,
        })
    }
}
impl CreateNewFactorParams {
    /// The inputs the operation requires.
    pub fn new(
        friendly_name: impl Into<String>,
        factor_type: crate::verify_v2::NewFactorFactorTypes,
    ) -> Self {
        Self {
            friendly_name: friendly_name.into(),
            factor_type,
            binding_alg: None,
            binding_public_key: None,
            config_app_id: None,
            config_notification_platform: None,
            config_notification_token: None,
            config_sdk_version: None,
            binding_secret: None,
            config_time_step: None,
            config_skew: None,
            config_code_length: None,
            config_alg: None,
            metadata: None,
        }
    }
    /// The algorithm used when `factor_type` is `push`. Algorithm supported: `ES256`
    pub fn binding_alg(mut self, value: impl Into<String>) -> Self {
        self.binding_alg = Some(value.into());
        self
    }
    /// The Ecdsa public key in PKIX, ASN.1 DER format encoded in Base64.
    ///
    /// Required when `factor_type` is `push`
    pub fn binding_public_key(mut self, value: impl Into<String>) -> Self {
        self.binding_public_key = Some(value.into());
        self
    }
    /// The ID that uniquely identifies your app in the Google or Apple store, such as `com.example.myapp`. It can be up to 100 characters long.
    ///
    /// Required when `factor_type` is `push`.
    pub fn config_app_id(mut self, value: impl Into<String>) -> Self {
        self.config_app_id = Some(value.into());
        self
    }
    /// `Config.NotificationPlatform`.
    pub fn config_notification_platform(
        mut self,
        value: crate::verify_v2::NewFactorNotificationPlatforms,
    ) -> Self {
        self.config_notification_platform = Some(value);
        self
    }
    /// For APN, the device token. For FCM, the registration token. It is used to send the push notifications. Must be between 32 and 255 characters long.
    ///
    /// Required when `factor_type` is `push`.
    pub fn config_notification_token(mut self, value: impl Into<String>) -> Self {
        self.config_notification_token = Some(value.into());
        self
    }
    /// The Verify Push SDK version used to configure the factor
    ///
    /// Required when `factor_type` is `push`
    pub fn config_sdk_version(mut self, value: impl Into<String>) -> Self {
        self.config_sdk_version = Some(value.into());
        self
    }
    /// The shared secret for TOTP factors encoded in Base32. This can be provided when creating the Factor, otherwise it will be generated.
    ///
    /// Used when `factor_type` is `totp`
    pub fn binding_secret(mut self, value: impl Into<String>) -> Self {
        self.binding_secret = Some(value.into());
        self
    }
    /// Defines how often, in seconds, are TOTP codes generated. i.e, a new TOTP code is generated every time\_step seconds. Must be between 20 and 60 seconds, inclusive. The default value is defined at the service level in the property `totp.time_step`. Defaults to 30 seconds if not configured.
    ///
    /// Used when `factor_type` is `totp`
    pub fn config_time_step(mut self, value: i64) -> Self {
        self.config_time_step = Some(value);
        self
    }
    /// The number of time-steps, past and future, that are valid for validation of TOTP codes. Must be between 0 and 2, inclusive. The default value is defined at the service level in the property `totp.skew`. If not configured defaults to 1.
    ///
    /// Used when `factor_type` is `totp`
    pub fn config_skew(mut self, value: i64) -> Self {
        self.config_skew = Some(value);
        self
    }
    /// Number of digits for generated TOTP codes. Must be between 3 and 8, inclusive. The default value is defined at the service level in the property `totp.code_length`. If not configured defaults to 6.
    ///
    /// Used when `factor_type` is `totp`
    pub fn config_code_length(mut self, value: i64) -> Self {
        self.config_code_length = Some(value);
        self
    }
    /// `Config.Alg`.
    pub fn config_alg(
        mut self,
        value: crate::verify_v2::NewFactorTotpAlgorithms,
    ) -> Self {
        self.config_alg = Some(value);
        self
    }
    /// Custom metadata associated with the factor. This is added by the Device/SDK directly to allow for the inclusion of device information. It must be a stringified JSON with only strings values eg. `{"os": "Android"}`. Can be up to 1024 characters in length.
    pub fn metadata(mut self, value: serde_json::Value) -> Self {
        self.metadata = Some(value);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("FactorType", [&self.factor_type])?;
        crate::formats::check::listed(
            "Config.NotificationPlatform",
            &self.config_notification_platform,
        )?;
        crate::formats::check::listed("Config.Alg", &self.config_alg)?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("FriendlyName", [&self.friendly_name]);
        out.add("FactorType", [&self.factor_type]);
        out.add("Binding.Alg", &self.binding_alg);
        out.add("Binding.PublicKey", &self.binding_public_key);
        out.add("Config.AppId", &self.config_app_id);
        out.add("Config.NotificationPlatform", &self.config_notification_platform);
        out.add("Config.NotificationToken", &self.config_notification_token);
        out.add("Config.SdkVersion", &self.config_sdk_version);
        out.add("Binding.Secret", &self.binding_secret);
        out.add("Config.TimeStep", self.config_time_step);
        out.add("Config.Skew", self.config_skew);
        out.add("Config.CodeLength", self.config_code_length);
        out.add("Config.Alg", &self.config_alg);
        out.add(
            "Metadata",
            self.metadata.as_ref().map(|v| serde_json::to_string(v).unwrap_or_default()),
        );
        out.into_vec()
    }
}
/// The factor resources.
#[derive(Clone)]
pub struct FactorList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) identity: String,
}
impl std::fmt::Debug for FactorList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FactorList")
            .field("service_sid", &self.service_sid)
            .field("identity", &self.identity)
            .finish_non_exhaustive()
    }
}
impl<'a> FactorList<'a> {
    /// Retrieve a list of all Factors for an Entity.
    ///
    /// `GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors` (`ListFactor`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::verify_v2::ListFactorParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::verify_v2::ListFactorParams,
    ) -> Result<Vec<crate::verify_v2::Factor>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::verify_v2::ListFactorResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListFactorParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::verify_v2::Factor, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::verify_v2::ListFactorResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::verify_v2::ListFactorParams,
    ) -> Result<
        crate::paging::Page<'a, crate::verify_v2::ListFactorResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::verify_v2::ListFactorParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors",
                &[
                    self.service_sid.as_str(),
                    &crate::formats::path_segment(&self.identity),
                ],
            )
        })
    }
    /// Create a new Factor for the Entity
    ///
    /// `POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors` (`CreateNewFactor`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateNewFactorParams,
    ) -> Result<crate::Response<crate::verify_v2::NewFactor>, crate::Error> {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors",
                &[
                    self.service_sid.as_str(),
                    &crate::formats::path_segment(&self.identity),
                ],
            )
        };
        self.client.call_object(request).await
    }
}
impl crate::paging::PageBody for crate::verify_v2::ListChallengeResponseBody {
    type Item = crate::verify_v2::Challenge;
    fn into_parts(self) -> (Vec<crate::verify_v2::Challenge>, Option<String>) {
        (
            self.challenges.unwrap_or_default(),
            self.meta.and_then(|meta| meta.next_page_url),
        )
    }
}
impl crate::paging::PageBody for crate::verify_v2::ListEntityResponseBody {
    type Item = crate::verify_v2::Entity;
    fn into_parts(self) -> (Vec<crate::verify_v2::Entity>, Option<String>) {
        (
            self.entities.unwrap_or_default(),
            self.meta.and_then(|meta| meta.next_page_url),
        )
    }
}
impl crate::paging::PageBody for crate::verify_v2::ListFactorResponseBody {
    type Item = crate::verify_v2::Factor;
    fn into_parts(self) -> (Vec<crate::verify_v2::Factor>, Option<String>) {
        (self.factors.unwrap_or_default(), self.meta.and_then(|meta| meta.next_page_url))
    }
}
