//! How to reach each operation from the [`Client`](crate::Client), and the operations' parameters.
use crate::{Client, Error};
impl Client {
    /// An account and what it contains.
    pub fn account(&self, account_sid: &crate::AccountSid) -> crate::AccountContext<'_> {
        crate::AccountContext {
            client: self,
            account_sid: account_sid.clone(),
        }
    }
    /// The client's own account: the one whose SID the client was built with.
    pub fn default_account(&self) -> AccountContext<'_> {
        AccountContext {
            client: self,
            account_sid: crate::AccountSid::from_checked(self.account_sid().to_owned()),
        }
    }
    /// Retrieves a collection of calls made to and from your account
    ///
    /// In the client's own account; see [`AccountContext::list_call`](crate::AccountContext::list_call).
    ///
    /// # Errors
    ///
    /// As the account's method.
    pub async fn list_call(
        &self,
        params: crate::ListCallParams,
    ) -> Result<crate::ListCallResponseBody, Error> {
        self.default_account().list_call(params).await
    }
    /// Every item of every page, at most `limit`, in the client's own account.
    pub fn stream_call(
        &self,
        params: crate::ListCallParams,
        limit: Option<usize>,
    ) -> impl futures_core::Stream<Item = Result<crate::Call, Error>> + '_ {
        self.default_account().stream_call(params, limit)
    }
    /// A call and what it contains.
    ///
    /// In the client's own account; see [`Client::account`](crate::Client::account) for another.
    pub fn calls(&self, call_sid: &crate::CallSid) -> crate::CallContext<'_> {
        self.default_account().calls(call_sid)
    }
}
/// The inputs of `ListCall`: required ones go to [`ListCallParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[must_use]
pub struct ListCallParams {
    to: Option<String>,
    from: Option<String>,
    parent_call_sid: Option<crate::CallSid>,
    status: Option<crate::CallStatus>,
    start_time: Option<time::OffsetDateTime>,
    start_time_before: Option<time::OffsetDateTime>,
    start_time_after: Option<time::OffsetDateTime>,
    end_time: Option<time::OffsetDateTime>,
    end_time_before: Option<time::OffsetDateTime>,
    end_time_after: Option<time::OffsetDateTime>,
    page_size: Option<i64>,
    page: Option<i64>,
    page_token: Option<String>,
}
impl ListCallParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        Self {
            to: None,
            from: None,
            parent_call_sid: None,
            status: None,
            start_time: None,
            start_time_before: None,
            start_time_after: None,
            end_time: None,
            end_time_before: None,
            end_time_after: None,
            page_size: None,
            page: None,
            page_token: None,
        }
    }
    /// Only show calls made to this phone number, SIP address, Client identifier or SIM SID.
    pub fn to(mut self, value: impl Into<String>) -> Self {
        self.to = Some(value.into());
        self
    }
    /// Only include calls from this phone number, SIP address, Client identifier or SIM SID.
    pub fn from(mut self, value: impl Into<String>) -> Self {
        self.from = Some(value.into());
        self
    }
    /// Only include calls spawned by calls with this SID.
    pub fn parent_call_sid(mut self, value: crate::CallSid) -> Self {
        self.parent_call_sid = Some(value);
        self
    }
    /// The status of the calls to include. Can be: `queued`, `ringing`, `in-progress`, `canceled`, `completed`, `failed`, `busy`, or `no-answer`.
    pub fn status(mut self, value: crate::CallStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Only include calls that started on this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started on this date.
    pub fn start_time(mut self, value: time::OffsetDateTime) -> Self {
        self.start_time = Some(value);
        self
    }
    /// Only include calls that started before this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started before this date.
    pub fn start_time_before(mut self, value: time::OffsetDateTime) -> Self {
        self.start_time_before = Some(value);
        self
    }
    /// Only include calls that started on or after this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started on or after this date.
    pub fn start_time_after(mut self, value: time::OffsetDateTime) -> Self {
        self.start_time_after = Some(value);
        self
    }
    /// Only include calls that ended on this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended on this date.
    pub fn end_time(mut self, value: time::OffsetDateTime) -> Self {
        self.end_time = Some(value);
        self
    }
    /// Only include calls that ended before this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended before this date.
    pub fn end_time_before(mut self, value: time::OffsetDateTime) -> Self {
        self.end_time_before = Some(value);
        self
    }
    /// Only include calls that ended on or after this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended on or after this date.
    pub fn end_time_after(mut self, value: time::OffsetDateTime) -> Self {
        self.end_time_after = Some(value);
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
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        if let Some(v) = &self.status && !v.is_known() {
            return Err(
                Error::validation(
                    "Status",
                    format!("`{}` is not one of the listed values", v.as_str()),
                ),
            );
        }
        if let Some(v) = &self.page_size && *v < 1 {
            return Err(
                Error::validation(
                    "PageSize",
                    format!("must be at least {}, found {}", 1, v),
                ),
            );
        }
        if let Some(v) = &self.page_size && *v > 1000 {
            return Err(
                Error::validation(
                    "PageSize",
                    format!("must be at most {}, found {}", 1000, v),
                ),
            );
        }
        if let Some(v) = &self.page && *v < 0 {
            return Err(
                Error::validation("Page", format!("must be at least {}, found {}", 0, v)),
            );
        }
        Ok(())
    }
    /// The query pairs, in spec order; a list repeats its key.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(v) = &self.to {
            out.push(("To", v.clone()));
        }
        if let Some(v) = &self.from {
            out.push(("From", v.clone()));
        }
        if let Some(v) = &self.parent_call_sid {
            out.push(("ParentCallSid", v.as_str().to_owned()));
        }
        if let Some(v) = &self.status {
            out.push(("Status", v.as_str().to_owned()));
        }
        if let Some(v) = &self.start_time {
            out.push(("StartTime", crate::formats::format_rfc3339(v)));
        }
        if let Some(v) = &self.start_time_before {
            out.push(("StartTime<", crate::formats::format_rfc3339(v)));
        }
        if let Some(v) = &self.start_time_after {
            out.push(("StartTime>", crate::formats::format_rfc3339(v)));
        }
        if let Some(v) = &self.end_time {
            out.push(("EndTime", crate::formats::format_rfc3339(v)));
        }
        if let Some(v) = &self.end_time_before {
            out.push(("EndTime<", crate::formats::format_rfc3339(v)));
        }
        if let Some(v) = &self.end_time_after {
            out.push(("EndTime>", crate::formats::format_rfc3339(v)));
        }
        if let Some(v) = &self.page_size {
            out.push(("PageSize", v.to_string()));
        }
        if let Some(v) = &self.page {
            out.push(("Page", v.to_string()));
        }
        if let Some(v) = &self.page_token {
            out.push(("PageToken", v.clone()));
        }
        out
    }
}
/// An account and what it contains.
#[derive(Clone)]
pub struct AccountContext<'a> {
    client: &'a Client,
    account_sid: crate::AccountSid,
}
impl std::fmt::Debug for AccountContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccountContext")
            .field("account_sid", &self.account_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> AccountContext<'a> {
    /// A call and what it contains.
    pub fn calls(&self, call_sid: &crate::CallSid) -> crate::CallContext<'a> {
        crate::CallContext {
            client: self.client,
            account_sid: self.account_sid.clone(),
            call_sid: call_sid.clone(),
        }
    }
    /// Retrieves a collection of calls made to and from your account
    ///
    /// `GET /2010-04-01/Accounts/{AccountSid}/Calls.json` (`ListCall`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`] if an input breaks a rule of the API (nothing is sent), [`Error::Api`] if Twilio refuses the request, [`Error::Transport`] if it does not complete, and [`Error::Undecodable`] if the answer cannot be read.
    pub async fn list_call(
        &self,
        params: crate::ListCallParams,
    ) -> Result<crate::ListCallResponseBody, Error> {
        params.validate()?;
        let request = crate::Request {
            method: reqwest::Method::GET,
            server: "https://api.twilio.com",
            path: format!(
                "/2010-04-01/Accounts/{}/Calls.json", self.account_sid.as_str()
            ),
            query: params.query_pairs(),
            headers: Vec::new(),
            body: crate::Body::Empty,
            success: 200,
            idempotent: true,
        };
        self.client.call_json(request).await
    }
    /// Every item of every page of [`list_call`](Self::list_call), at most `limit` of them. Pages are
    /// fetched as the stream is read, following each page's link to the next; an error
    /// ends the stream after it is yielded.
    pub fn stream_call(
        &self,
        params: crate::ListCallParams,
        limit: Option<usize>,
    ) -> impl futures_core::Stream<Item = Result<crate::Call, Error>> + use<'a> {
        let first = (|| -> Result<crate::Request, Error> {
            params.validate()?;
            Ok(crate::Request {
                method: reqwest::Method::GET,
                server: "https://api.twilio.com",
                path: format!(
                    "/2010-04-01/Accounts/{}/Calls.json", self.account_sid.as_str()
                ),
                query: params.query_pairs(),
                headers: Vec::new(),
                body: crate::Body::Empty,
                success: 200,
                idempotent: true,
            })
        })();
        crate::paging::items(
            self.client,
            first,
            limit,
            |page: crate::ListCallResponseBody| (
                page.calls.unwrap_or_default(),
                page.next_page_uri,
            ),
        )
    }
}
/// A call and what it contains.
#[derive(Clone)]
pub struct CallContext<'a> {
    client: &'a Client,
    account_sid: crate::AccountSid,
    call_sid: crate::CallSid,
}
impl std::fmt::Debug for CallContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallContext")
            .field("account_sid", &self.account_sid)
            .field("call_sid", &self.call_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> CallContext<'a> {
    /// The user defined message subscription resources.
    pub fn user_defined_message_subscriptions(
        &self,
    ) -> crate::UserDefinedMessageSubscriptionList<'a> {
        crate::UserDefinedMessageSubscriptionList {
            client: self.client,
            account_sid: self.account_sid.clone(),
            call_sid: self.call_sid.clone(),
        }
    }
    /// The user defined message resources.
    pub fn user_defined_messages(&self) -> crate::UserDefinedMessageList<'a> {
        crate::UserDefinedMessageList {
            client: self.client,
            account_sid: self.account_sid.clone(),
            call_sid: self.call_sid.clone(),
        }
    }
}
/// The inputs of `CreateUserDefinedMessageSubscription`: required ones go to [`CreateUserDefinedMessageSubscriptionParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[must_use]
pub struct CreateUserDefinedMessageSubscriptionParams {
    callback: url::Url,
    idempotency_key: Option<String>,
    method: Option<crate::Method>,
}
impl CreateUserDefinedMessageSubscriptionParams {
    /// The inputs the operation requires.
    pub fn new(callback: url::Url) -> Self {
        Self {
            callback,
            idempotency_key: None,
            method: None,
        }
    }
    /// A unique string value to identify API call. This should be a unique string value per API call and can be a randomly generated.
    pub fn idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
        self
    }
    /// The HTTP method Twilio will use when requesting the above `Url`. Either `GET` or `POST`. Default is `POST`.
    pub fn method(mut self, value: crate::Method) -> Self {
        self.method = Some(value);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), Error> {
        {
            let v = &self.callback;
            crate::formats::check_callback_url(v)
                .map_err(|rule| Error::validation("Callback", rule))?;
        }
        if let Some(v) = &self.method && !v.is_known() {
            return Err(
                Error::validation(
                    "Method",
                    format!("`{}` is not one of the listed values", v.as_str()),
                ),
            );
        }
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        {
            let v = &self.callback;
            out.push(("Callback", v.as_str().to_owned()));
        }
        if let Some(v) = &self.idempotency_key {
            out.push(("IdempotencyKey", v.clone()));
        }
        if let Some(v) = &self.method {
            out.push(("Method", v.as_str().to_owned()));
        }
        out
    }
    /// Gives the request an idempotency key if the caller did not, so that retries of it
    /// are recognised by Twilio as the same request.
    fn ensure_idempotency_key(mut self) -> Self {
        if self.idempotency_key.is_none() {
            self.idempotency_key = Some(crate::new_idempotency_key());
        }
        self
    }
}
/// The user defined message subscription resources.
#[derive(Clone)]
pub struct UserDefinedMessageSubscriptionList<'a> {
    client: &'a Client,
    account_sid: crate::AccountSid,
    call_sid: crate::CallSid,
}
impl std::fmt::Debug for UserDefinedMessageSubscriptionList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserDefinedMessageSubscriptionList")
            .field("account_sid", &self.account_sid)
            .field("call_sid", &self.call_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> UserDefinedMessageSubscriptionList<'a> {
    /// Subscribe to User Defined Messages for a given Call SID.
    ///
    /// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json` (`CreateUserDefinedMessageSubscription`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`] if an input breaks a rule of the API (nothing is sent), [`Error::Api`] if Twilio refuses the request, [`Error::Transport`] if it does not complete, and [`Error::Undecodable`] if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::CreateUserDefinedMessageSubscriptionParams,
    ) -> Result<crate::UserDefinedMessageSubscription, Error> {
        let params = params.ensure_idempotency_key();
        params.validate()?;
        let request = crate::Request {
            method: reqwest::Method::POST,
            server: "https://api.twilio.com",
            path: format!(
                "/2010-04-01/Accounts/{}/Calls/{}/UserDefinedMessageSubscriptions.json",
                self.account_sid.as_str(), self.call_sid.as_str()
            ),
            query: Vec::new(),
            headers: Vec::new(),
            body: crate::Body::Form(params.form_pairs()),
            success: 201,
            idempotent: true,
        };
        self.client.call_json(request).await
    }
    /// Delete a specific User Defined Message Subscription.
    ///
    /// `DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json` (`DeleteUserDefinedMessageSubscription`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`] if an input breaks a rule of the API (nothing is sent), [`Error::Api`] if Twilio refuses the request, [`Error::Transport`] if it does not complete, and [`Error::Undecodable`] if the answer cannot be read.
    pub async fn delete(
        &self,
        sid: &crate::UserDefinedMessageSubscriptionSid,
    ) -> Result<(), Error> {
        let request = crate::Request {
            method: reqwest::Method::DELETE,
            server: "https://api.twilio.com",
            path: format!(
                "/2010-04-01/Accounts/{}/Calls/{}/UserDefinedMessageSubscriptions/{}.json",
                self.account_sid.as_str(), self.call_sid.as_str(), sid.as_str()
            ),
            query: Vec::new(),
            headers: Vec::new(),
            body: crate::Body::Empty,
            success: 204,
            idempotent: true,
        };
        self.client.call_empty(request).await
    }
}
/// The inputs of `CreateUserDefinedMessage`: required ones go to [`CreateUserDefinedMessageParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[must_use]
pub struct CreateUserDefinedMessageParams {
    content: String,
    idempotency_key: Option<String>,
}
impl CreateUserDefinedMessageParams {
    /// The inputs the operation requires.
    pub fn new(content: impl Into<String>) -> Self {
        Self {
            content: content.into(),
            idempotency_key: None,
        }
    }
    /// A unique string value to identify API call. This should be a unique string value per API call and can be a randomly generated.
    pub fn idempotency_key(mut self, value: impl Into<String>) -> Self {
        self.idempotency_key = Some(value.into());
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        {
            let v = &self.content;
            out.push(("Content", v.clone()));
        }
        if let Some(v) = &self.idempotency_key {
            out.push(("IdempotencyKey", v.clone()));
        }
        out
    }
    /// Gives the request an idempotency key if the caller did not, so that retries of it
    /// are recognised by Twilio as the same request.
    fn ensure_idempotency_key(mut self) -> Self {
        if self.idempotency_key.is_none() {
            self.idempotency_key = Some(crate::new_idempotency_key());
        }
        self
    }
}
/// The user defined message resources.
#[derive(Clone)]
pub struct UserDefinedMessageList<'a> {
    client: &'a Client,
    account_sid: crate::AccountSid,
    call_sid: crate::CallSid,
}
impl std::fmt::Debug for UserDefinedMessageList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserDefinedMessageList")
            .field("account_sid", &self.account_sid)
            .field("call_sid", &self.call_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> UserDefinedMessageList<'a> {
    /// Create a new User Defined Message for the given Call SID.
    ///
    /// `POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json` (`CreateUserDefinedMessage`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`] if an input breaks a rule of the API (nothing is sent), [`Error::Api`] if Twilio refuses the request, [`Error::Transport`] if it does not complete, and [`Error::Undecodable`] if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::CreateUserDefinedMessageParams,
    ) -> Result<crate::UserDefinedMessage, Error> {
        let params = params.ensure_idempotency_key();
        let request = crate::Request {
            method: reqwest::Method::POST,
            server: "https://api.twilio.com",
            path: format!(
                "/2010-04-01/Accounts/{}/Calls/{}/UserDefinedMessages.json", self
                .account_sid.as_str(), self.call_sid.as_str()
            ),
            query: Vec::new(),
            headers: Vec::new(),
            body: crate::Body::Form(params.form_pairs()),
            success: 201,
            idempotent: true,
        };
        self.client.call_json(request).await
    }
}
