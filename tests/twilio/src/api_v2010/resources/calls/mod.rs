//! The `Calls` resources: how to reach their operations, and the operations' parameters.
#[rustfmt::skip]
mod user_defined_message_subscriptions;
#[rustfmt::skip]
mod user_defined_messages;
pub use user_defined_message_subscriptions::*;
pub use user_defined_messages::*;
/// A call and what it contains.
#[derive(Clone)]
pub struct CallContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) account_sid: crate::AccountSid,
    pub(crate) call_sid: crate::CallSid,
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
    /// An user defined message subscription and what it contains.
    pub fn user_defined_message_subscription(
        &self,
        user_defined_message_subscription_sid: &crate::UserDefinedMessageSubscriptionSid,
    ) -> crate::api_v2010::UserDefinedMessageSubscriptionContext<'a> {
        crate::api_v2010::UserDefinedMessageSubscriptionContext {
            client: self.client,
            account_sid: self.account_sid.clone(),
            call_sid: self.call_sid.clone(),
            user_defined_message_subscription_sid: user_defined_message_subscription_sid
                .clone(),
        }
    }
    /// The user defined message subscription resources.
    pub fn user_defined_message_subscriptions(
        &self,
    ) -> crate::api_v2010::UserDefinedMessageSubscriptionList<'a> {
        crate::api_v2010::UserDefinedMessageSubscriptionList {
            client: self.client,
            account_sid: self.account_sid.clone(),
            call_sid: self.call_sid.clone(),
        }
    }
    /// The user defined message resources.
    pub fn user_defined_messages(&self) -> crate::api_v2010::UserDefinedMessageList<'a> {
        crate::api_v2010::UserDefinedMessageList {
            client: self.client,
            account_sid: self.account_sid.clone(),
            call_sid: self.call_sid.clone(),
        }
    }
    /// Fetch the call specified by the provided Call SID
    ///
    /// `GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json` (`FetchCall`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::api_v2010::Call>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://api.twilio.com",
            "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
            &[self.account_sid.as_str(), self.call_sid.as_str()],
        );
        self.client.call_object(request).await
    }
}
/// The inputs of `ListCall`: required ones go to [`ListCallParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListCallParams {
    /// Only show calls made to this phone number, SIP address, Client identifier or SIM SID
    #[cfg_attr(feature = "cli", arg(long))]
    pub to: Option<String>,
    /// Only include calls from this phone number, SIP address, Client identifier or SIM SID
    #[cfg_attr(feature = "cli", arg(long))]
    pub from: Option<String>,
    /// Only include calls spawned by calls with this SID
    #[cfg_attr(feature = "cli", arg(long))]
    pub parent_call_sid: Option<crate::CallSid>,
    /// The status of the calls to include
    #[cfg_attr(feature = "cli", arg(long))]
    pub status: Option<crate::api_v2010::CallStatus>,
    /// Only include calls that started on this date
    #[cfg_attr(feature = "cli", arg(long))]
    pub start_time: Option<crate::DateOrDateTime>,
    /// Only include calls that started before this date
    #[cfg_attr(feature = "cli", arg(long))]
    pub start_time_before: Option<crate::DateOrDateTime>,
    /// Only include calls that started on or after this date
    #[cfg_attr(feature = "cli", arg(long))]
    pub start_time_after: Option<crate::DateOrDateTime>,
    /// Only include calls that ended on this date
    #[cfg_attr(feature = "cli", arg(long))]
    pub end_time: Option<crate::DateOrDateTime>,
    /// Only include calls that ended before this date
    #[cfg_attr(feature = "cli", arg(long))]
    pub end_time_before: Option<crate::DateOrDateTime>,
    /// Only include calls that ended on or after this date
    #[cfg_attr(feature = "cli", arg(long))]
    pub end_time_after: Option<crate::DateOrDateTime>,
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
impl std::fmt::Debug for ListCallParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListCallParams")
            .field("to", &self.to)
            .field("from", &self.from)
            .field("parent_call_sid", &self.parent_call_sid)
            .field("status", &self.status)
            .field("start_time", &self.start_time)
            .field("start_time_before", &self.start_time_before)
            .field("start_time_after", &self.start_time_after)
            .field("end_time", &self.end_time)
            .field("end_time_before", &self.end_time_before)
            .field("end_time_after", &self.end_time_after)
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
impl crate::mock::Inputs for ListCallParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            to: request.opt(crate::mock::Place::Query, "To", crate::mock::value)?,
            from: request.opt(crate::mock::Place::Query, "From", crate::mock::value)?,
            parent_call_sid: request
                .opt(crate::mock::Place::Query, "ParentCallSid", crate::mock::value)?,
            status: request
                .opt(crate::mock::Place::Query, "Status", crate::mock::value)?,
            start_time: request
                .opt(crate::mock::Place::Query, "StartTime", crate::mock::parsed)?,
            start_time_before: request
                .opt(crate::mock::Place::Query, "StartTime<", crate::mock::parsed)?,
            start_time_after: request
                .opt(crate::mock::Place::Query, "StartTime>", crate::mock::parsed)?,
            end_time: request
                .opt(crate::mock::Place::Query, "EndTime", crate::mock::parsed)?,
            end_time_before: request
                .opt(crate::mock::Place::Query, "EndTime<", crate::mock::parsed)?,
            end_time_after: request
                .opt(crate::mock::Place::Query, "EndTime>", crate::mock::parsed)?,
            page_size: request
                .opt(crate::mock::Place::Query, "PageSize", crate::mock::value)?,
            page: request.opt(crate::mock::Place::Query, "Page", crate::mock::value)?,
            page_token: request
                .opt(crate::mock::Place::Query, "PageToken", crate::mock::value)?,
            limit: None,
        })
    }
}
impl ListCallParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
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
    pub fn status(mut self, value: crate::api_v2010::CallStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Only include calls that started on this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started on this date.
    pub fn start_time(mut self, value: impl Into<crate::DateOrDateTime>) -> Self {
        self.start_time = Some(value.into());
        self
    }
    /// Only include calls that started before this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started before this date.
    pub fn start_time_before(mut self, value: impl Into<crate::DateOrDateTime>) -> Self {
        self.start_time_before = Some(value.into());
        self
    }
    /// Only include calls that started on or after this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that started on or after this date.
    pub fn start_time_after(mut self, value: impl Into<crate::DateOrDateTime>) -> Self {
        self.start_time_after = Some(value.into());
        self
    }
    /// Only include calls that ended on this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended on this date.
    pub fn end_time(mut self, value: impl Into<crate::DateOrDateTime>) -> Self {
        self.end_time = Some(value.into());
        self
    }
    /// Only include calls that ended before this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended before this date.
    pub fn end_time_before(mut self, value: impl Into<crate::DateOrDateTime>) -> Self {
        self.end_time_before = Some(value.into());
        self
    }
    /// Only include calls that ended on or after this date. Specify a date as `YYYY-MM-DD` in UTC, for example: `2009-07-06`, to read only calls that ended on or after this date.
    pub fn end_time_after(mut self, value: impl Into<crate::DateOrDateTime>) -> Self {
        self.end_time_after = Some(value.into());
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
        crate::formats::check::at_least("PageSize", &self.page_size, 1)?;
        crate::formats::check::at_most("PageSize", &self.page_size, 1000)?;
        crate::formats::check::at_least("Page", &self.page, 0)?;
        Ok(())
    }
    /// The query pairs, in spec order; a list repeats its key.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("To", &self.to);
        out.add("From", &self.from);
        out.add("ParentCallSid", &self.parent_call_sid);
        out.add("Status", &self.status);
        out.add("StartTime", self.start_time);
        out.add("StartTime<", self.start_time_before);
        out.add("StartTime>", self.start_time_after);
        out.add("EndTime", self.end_time);
        out.add("EndTime<", self.end_time_before);
        out.add("EndTime>", self.end_time_after);
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
/// The inputs of `CreateCall`: required ones go to [`CreateCallParams::new`], optional ones have setters.
#[derive(Clone)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateCallParams {
    /// The phone number, SIP address, or client identifier to call
    #[cfg_attr(feature = "cli", arg(long))]
    pub to: String,
    /// The phone number or client identifier to use as the caller id
    #[cfg_attr(feature = "cli", arg(long))]
    pub from: String,
    /// The HTTP method we should use when calling the `url` parameter's value
    #[cfg_attr(feature = "cli", arg(long))]
    pub method: Option<crate::api_v2010::Method>,
    /// The URL that we call using the `fallback_method` if an error occurs when requesting or executing the TwiML at `url`
    #[cfg_attr(feature = "cli", arg(long))]
    pub fallback_url: Option<crate::Uri>,
    /// The HTTP method that we should use to request the `fallback_url`
    #[cfg_attr(feature = "cli", arg(long))]
    pub fallback_method: Option<crate::api_v2010::Method>,
    /// The URL we should call using the `status_callback_method` to send status information to your application
    #[cfg_attr(feature = "cli", arg(long))]
    pub status_callback: Option<crate::Uri>,
    /// The call progress events that we will send to the `status_callback` URL
    #[cfg_attr(feature = "cli", arg(long))]
    pub status_callback_event: Vec<String>,
    /// The HTTP method we should use when calling the `status_callback` URL
    #[cfg_attr(feature = "cli", arg(long))]
    pub status_callback_method: Option<crate::api_v2010::Method>,
    /// The string of keys to dial after connecting to the number, with a maximum length of 32 digits
    #[cfg_attr(feature = "cli", arg(long))]
    pub send_digits: Option<String>,
    /// The integer number of seconds that we should allow the phone to ring before assuming there is no answer
    #[cfg_attr(feature = "cli", arg(long))]
    pub timeout: Option<i64>,
    /// Whether to record the call
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub record: Option<bool>,
    /// The number of channels in the final recording
    #[cfg_attr(feature = "cli", arg(long))]
    pub recording_channels: Option<String>,
    /// The URL that we call when the recording is available to be accessed
    #[cfg_attr(feature = "cli", arg(long))]
    pub recording_status_callback: Option<String>,
    /// The HTTP method we should use when calling the `recording_status_callback` URL
    #[cfg_attr(feature = "cli", arg(long))]
    pub recording_status_callback_method: Option<crate::api_v2010::Method>,
    /// The username used to authenticate the caller making a SIP call
    #[cfg_attr(feature = "cli", arg(long))]
    pub sip_auth_username: Option<String>,
    /// The password required to authenticate the user account specified in `sip_auth_username`
    #[cfg_attr(feature = "cli", arg(long))]
    pub sip_auth_password: Option<String>,
    /// Whether to detect if a human, answering machine, or fax has picked up the call
    #[cfg_attr(feature = "cli", arg(long))]
    pub machine_detection: Option<String>,
    /// The number of seconds that we should attempt to detect an answering machine before timing out and sending a voice request with `AnsweredBy` of `unknown`
    #[cfg_attr(feature = "cli", arg(long))]
    pub machine_detection_timeout: Option<i64>,
    /// The recording status events that will trigger calls to the URL specified in `recording_status_callback`
    #[cfg_attr(feature = "cli", arg(long))]
    pub recording_status_callback_event: Vec<String>,
    /// Whether to trim any leading and trailing silence from the recording
    #[cfg_attr(feature = "cli", arg(long))]
    pub trim: Option<String>,
    /// The phone number, SIP address, or Client identifier that made this call
    #[cfg_attr(feature = "cli", arg(long))]
    pub caller_id: Option<String>,
    /// The number of milliseconds that is used as the measuring stick for the length of the speech activity, where durations lower than this value will be interpreted as a human and longer than this value as a machine
    #[cfg_attr(feature = "cli", arg(long))]
    pub machine_detection_speech_threshold: Option<i64>,
    /// The number of milliseconds of silence after speech activity at which point the speech activity is considered complete
    #[cfg_attr(feature = "cli", arg(long))]
    pub machine_detection_speech_end_threshold: Option<i64>,
    /// The number of milliseconds of initial silence after which an `unknown` AnsweredBy result will be returned
    #[cfg_attr(feature = "cli", arg(long))]
    pub machine_detection_silence_timeout: Option<i64>,
    /// Select whether to perform answering machine detection in the background
    #[cfg_attr(feature = "cli", arg(long))]
    pub async_amd: Option<String>,
    /// The URL that we should call using the `async_amd_status_callback_method` to notify customer application whether the call was answered by human, machine or fax
    #[cfg_attr(feature = "cli", arg(long))]
    pub async_amd_status_callback: Option<crate::Uri>,
    /// The HTTP method we should use when calling the `async_amd_status_callback` URL
    #[cfg_attr(feature = "cli", arg(long))]
    pub async_amd_status_callback_method: Option<crate::api_v2010::Method>,
    /// The SID of a BYOC (Bring Your Own Carrier) trunk to route this call with
    #[cfg_attr(feature = "cli", arg(long))]
    pub byoc: Option<crate::ByocSid>,
    /// The Reason for the outgoing call
    #[cfg_attr(feature = "cli", arg(long))]
    pub call_reason: Option<String>,
    /// A token string needed to invoke a forwarded call
    #[cfg_attr(feature = "cli", arg(long))]
    pub call_token: Option<String>,
    /// The audio track to record for the call
    #[cfg_attr(feature = "cli", arg(long))]
    pub recording_track: Option<String>,
    /// The maximum duration of the call in seconds
    #[cfg_attr(feature = "cli", arg(long))]
    pub time_limit: Option<i64>,
    /// The URL that we should use to deliver `push call notification`
    #[cfg_attr(feature = "cli", arg(long))]
    pub client_notification_url: Option<crate::Uri>,
    /// The absolute URL that returns the TwiML instructions for the call
    #[cfg_attr(feature = "cli", arg(long))]
    pub url: Option<crate::Uri>,
    /// TwiML instructions for the call Twilio will use without fetching Twiml from url parameter
    #[cfg_attr(feature = "cli", arg(long))]
    pub twiml: Option<String>,
    /// The SID of the Application resource that will handle the call, if the call will be handled by an application
    #[cfg_attr(feature = "cli", arg(long))]
    pub application_sid: Option<crate::ApplicationSid>,
}
/// Shows every input but those that hold secrets (passwords, secrets, tokens).
impl std::fmt::Debug for CreateCallParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateCallParams")
            .field("to", &self.to)
            .field("from", &self.from)
            .field("method", &self.method)
            .field("fallback_url", &self.fallback_url)
            .field("fallback_method", &self.fallback_method)
            .field("status_callback", &self.status_callback)
            .field("status_callback_event", &self.status_callback_event)
            .field("status_callback_method", &self.status_callback_method)
            .field("send_digits", &self.send_digits)
            .field("timeout", &self.timeout)
            .field("record", &self.record)
            .field("recording_channels", &self.recording_channels)
            .field("recording_status_callback", &self.recording_status_callback)
            .field(
                "recording_status_callback_method",
                &self.recording_status_callback_method,
            )
            .field("sip_auth_username", &self.sip_auth_username)
            .field(
                "sip_auth_password",
                &self.sip_auth_password.as_ref().map(|_| crate::support::Redacted),
            )
            .field("machine_detection", &self.machine_detection)
            .field("machine_detection_timeout", &self.machine_detection_timeout)
            .field(
                "recording_status_callback_event",
                &self.recording_status_callback_event,
            )
            .field("trim", &self.trim)
            .field("caller_id", &self.caller_id)
            .field(
                "machine_detection_speech_threshold",
                &self.machine_detection_speech_threshold,
            )
            .field(
                "machine_detection_speech_end_threshold",
                &self.machine_detection_speech_end_threshold,
            )
            .field(
                "machine_detection_silence_timeout",
                &self.machine_detection_silence_timeout,
            )
            .field("async_amd", &self.async_amd)
            .field("async_amd_status_callback", &self.async_amd_status_callback)
            .field(
                "async_amd_status_callback_method",
                &self.async_amd_status_callback_method,
            )
            .field("byoc", &self.byoc)
            .field("call_reason", &self.call_reason)
            .field(
                "call_token",
                &self.call_token.as_ref().map(|_| crate::support::Redacted),
            )
            .field("recording_track", &self.recording_track)
            .field("time_limit", &self.time_limit)
            .field("client_notification_url", &self.client_notification_url)
            .field("url", &self.url)
            .field("twiml", &self.twiml)
            .field("application_sid", &self.application_sid)
            .finish()
    }
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateCallParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            to: request.one(crate::mock::Place::Form, "To", crate::mock::value)?,
            from: request.one(crate::mock::Place::Form, "From", crate::mock::value)?,
            method: request.opt(crate::mock::Place::Form, "Method", crate::mock::value)?,
            fallback_url: request
                .opt(crate::mock::Place::Form, "FallbackUrl", crate::mock::parsed)?,
            fallback_method: request
                .opt(crate::mock::Place::Form, "FallbackMethod", crate::mock::value)?,
            status_callback: request
                .opt(crate::mock::Place::Form, "StatusCallback", crate::mock::parsed)?,
            status_callback_event: request
                .many(
                    crate::mock::Place::Form,
                    "StatusCallbackEvent",
                    crate::mock::value,
                )?,
            status_callback_method: request
                .opt(
                    crate::mock::Place::Form,
                    "StatusCallbackMethod",
                    crate::mock::value,
                )?,
            send_digits: request
                .opt(crate::mock::Place::Form, "SendDigits", crate::mock::value)?,
            timeout: request
                .opt(crate::mock::Place::Form, "Timeout", crate::mock::value)?,
            record: request.opt(crate::mock::Place::Form, "Record", crate::mock::value)?,
            recording_channels: request
                .opt(crate::mock::Place::Form, "RecordingChannels", crate::mock::value)?,
            recording_status_callback: request
                .opt(
                    crate::mock::Place::Form,
                    "RecordingStatusCallback",
                    crate::mock::value,
                )?,
            recording_status_callback_method: request
                .opt(
                    crate::mock::Place::Form,
                    "RecordingStatusCallbackMethod",
                    crate::mock::value,
                )?,
            sip_auth_username: request
                .opt(crate::mock::Place::Form, "SipAuthUsername", crate::mock::value)?,
            sip_auth_password: request
                .opt(crate::mock::Place::Form, "SipAuthPassword", crate::mock::value)?,
            machine_detection: request
                .opt(crate::mock::Place::Form, "MachineDetection", crate::mock::value)?,
            machine_detection_timeout: request
                .opt(
                    crate::mock::Place::Form,
                    "MachineDetectionTimeout",
                    crate::mock::value,
                )?,
            recording_status_callback_event: request
                .many(
                    crate::mock::Place::Form,
                    "RecordingStatusCallbackEvent",
                    crate::mock::value,
                )?,
            trim: request.opt(crate::mock::Place::Form, "Trim", crate::mock::value)?,
            caller_id: request
                .opt(crate::mock::Place::Form, "CallerId", crate::mock::value)?,
            machine_detection_speech_threshold: request
                .opt(
                    crate::mock::Place::Form,
                    "MachineDetectionSpeechThreshold",
                    crate::mock::value,
                )?,
            machine_detection_speech_end_threshold: request
                .opt(
                    crate::mock::Place::Form,
                    "MachineDetectionSpeechEndThreshold",
                    crate::mock::value,
                )?,
            machine_detection_silence_timeout: request
                .opt(
                    crate::mock::Place::Form,
                    "MachineDetectionSilenceTimeout",
                    crate::mock::value,
                )?,
            async_amd: request
                .opt(crate::mock::Place::Form, "AsyncAmd", crate::mock::value)?,
            async_amd_status_callback: request
                .opt(
                    crate::mock::Place::Form,
                    "AsyncAmdStatusCallback",
                    crate::mock::parsed,
                )?,
            async_amd_status_callback_method: request
                .opt(
                    crate::mock::Place::Form,
                    "AsyncAmdStatusCallbackMethod",
                    crate::mock::value,
                )?,
            byoc: request.opt(crate::mock::Place::Form, "Byoc", crate::mock::value)?,
            call_reason: request
                .opt(crate::mock::Place::Form, "CallReason", crate::mock::value)?,
            call_token: request
                .opt(crate::mock::Place::Form, "CallToken", crate::mock::value)?,
            recording_track: request
                .opt(crate::mock::Place::Form, "RecordingTrack", crate::mock::value)?,
            time_limit: request
                .opt(crate::mock::Place::Form, "TimeLimit", crate::mock::value)?,
            client_notification_url: request
                .opt(
                    crate::mock::Place::Form,
                    "ClientNotificationUrl",
                    crate::mock::parsed,
                )?,
            url: request.opt(crate::mock::Place::Form, "Url", crate::mock::parsed)?,
            twiml: request.opt(crate::mock::Place::Form, "Twiml", crate::mock::value)?,
            application_sid: request
                .opt(crate::mock::Place::Form, "ApplicationSid", crate::mock::value)?,
        })
    }
}
impl CreateCallParams {
    /// The inputs the operation requires.
    ///
    /// At least one of `Url`, `Twiml` or `ApplicationSid` must also be set; this is checked before anything is sent.
    pub fn new(to: impl Into<String>, from: impl Into<String>) -> Self {
        Self {
            to: to.into(),
            from: from.into(),
            method: None,
            fallback_url: None,
            fallback_method: None,
            status_callback: None,
            status_callback_event: Vec::new(),
            status_callback_method: None,
            send_digits: None,
            timeout: None,
            record: None,
            recording_channels: None,
            recording_status_callback: None,
            recording_status_callback_method: None,
            sip_auth_username: None,
            sip_auth_password: None,
            machine_detection: None,
            machine_detection_timeout: None,
            recording_status_callback_event: Vec::new(),
            trim: None,
            caller_id: None,
            machine_detection_speech_threshold: None,
            machine_detection_speech_end_threshold: None,
            machine_detection_silence_timeout: None,
            async_amd: None,
            async_amd_status_callback: None,
            async_amd_status_callback_method: None,
            byoc: None,
            call_reason: None,
            call_token: None,
            recording_track: None,
            time_limit: None,
            client_notification_url: None,
            url: None,
            twiml: None,
            application_sid: None,
        }
    }
    /// The HTTP method we should use when calling the `url` parameter's value. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
    pub fn method(mut self, value: crate::api_v2010::Method) -> Self {
        self.method = Some(value);
        self
    }
    /// The URL that we call using the `fallback_method` if an error occurs when requesting or executing the TwiML at `url`. If an `application_sid` parameter is present, this parameter is ignored.
    pub fn fallback_url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.fallback_url = Some(value.into());
        self
    }
    /// The HTTP method that we should use to request the `fallback_url`. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
    pub fn fallback_method(mut self, value: crate::api_v2010::Method) -> Self {
        self.fallback_method = Some(value);
        self
    }
    /// The URL we should call using the `status_callback_method` to send status information to your application. If no `status_callback_event` is specified, we will send the `completed` status. If an `application_sid` parameter is present, this parameter is ignored. URLs must contain a valid hostname (underscores are not permitted).
    pub fn status_callback(mut self, value: impl Into<crate::Uri>) -> Self {
        self.status_callback = Some(value.into());
        self
    }
    /// The call progress events that we will send to the `status_callback` URL. Can be: `initiated`, `ringing`, `answered`, and `completed`. If no event is specified, we send the `completed` status. If you want to receive multiple events, specify each one in a separate `status_callback_event` parameter. See the code sample for [monitoring call progress](https://www.twilio.com/docs/voice/api/call-resource?code-sample=code-create-a-call-resource-and-specify-a-statuscallbackevent&code-sdk-version=json). If an `application_sid` is present, this parameter is ignored.
    pub fn status_callback_event(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.status_callback_event = value.into_iter().map(Into::into).collect();
        self
    }
    /// The HTTP method we should use when calling the `status_callback` URL. Can be: `GET` or `POST` and the default is `POST`. If an `application_sid` parameter is present, this parameter is ignored.
    pub fn status_callback_method(mut self, value: crate::api_v2010::Method) -> Self {
        self.status_callback_method = Some(value);
        self
    }
    /// The string of keys to dial after connecting to the number, with a maximum length of 32 digits. Valid digits in the string include any digit (`0`-`9`), '`A`', '`B`', '`C`', '`D`', '`#`', and '`*`'. You can also use '`w`' to insert a half-second pause and '`W`' to insert a one-second pause. For example, to pause for one second after connecting and then dial extension 1234 followed by the \# key, set this parameter to `W1234#`. Be sure to URL-encode this string because the '`#`' character has special meaning in a URL. If both `SendDigits` and `MachineDetection` parameters are provided, then `MachineDetection` will be ignored.
    pub fn send_digits(mut self, value: impl Into<String>) -> Self {
        self.send_digits = Some(value.into());
        self
    }
    /// The integer number of seconds that we should allow the phone to ring before assuming there is no answer. The default is `60` seconds and the maximum is `600` seconds. For some call flows, we will add a 5-second buffer to the timeout value you provide. For this reason, a timeout value of 10 seconds could result in an actual timeout closer to 15 seconds. You can set this to a short time, such as `15` seconds, to hang up before reaching an answering machine or voicemail.
    pub fn timeout(mut self, value: i64) -> Self {
        self.timeout = Some(value);
        self
    }
    /// Whether to record the call. Can be `true` to record the phone call, or `false` to not. The default is `false`. The `recording_url` is sent to the `status_callback` URL.
    pub fn record(mut self, value: bool) -> Self {
        self.record = Some(value);
        self
    }
    /// The number of channels in the final recording. Can be: `mono` or `dual`. The default is `mono`. `mono` records both legs of the call in a single channel of the recording file. `dual` records each leg to a separate channel of the recording file. The first channel of a dual-channel recording contains the parent call and the second channel contains the child call.
    pub fn recording_channels(mut self, value: impl Into<String>) -> Self {
        self.recording_channels = Some(value.into());
        self
    }
    /// The URL that we call when the recording is available to be accessed.
    pub fn recording_status_callback(mut self, value: impl Into<String>) -> Self {
        self.recording_status_callback = Some(value.into());
        self
    }
    /// The HTTP method we should use when calling the `recording_status_callback` URL. Can be: `GET` or `POST` and the default is `POST`.
    pub fn recording_status_callback_method(
        mut self,
        value: crate::api_v2010::Method,
    ) -> Self {
        self.recording_status_callback_method = Some(value);
        self
    }
    /// The username used to authenticate the caller making a SIP call.
    pub fn sip_auth_username(mut self, value: impl Into<String>) -> Self {
        self.sip_auth_username = Some(value.into());
        self
    }
    /// The password required to authenticate the user account specified in `sip_auth_username`.
    pub fn sip_auth_password(mut self, value: impl Into<String>) -> Self {
        self.sip_auth_password = Some(value.into());
        self
    }
    /// Whether to detect if a human, answering machine, or fax has picked up the call. Can be: `Enable` or `DetectMessageEnd`. Use `Enable` if you would like us to return `AnsweredBy` as soon as the called party is identified. Use `DetectMessageEnd`, if you would like to leave a message on an answering machine. If `send_digits` is provided, this parameter is ignored. For more information, see [Answering Machine Detection](https://www.twilio.com/docs/voice/answering-machine-detection).
    pub fn machine_detection(mut self, value: impl Into<String>) -> Self {
        self.machine_detection = Some(value.into());
        self
    }
    /// The number of seconds that we should attempt to detect an answering machine before timing out and sending a voice request with `AnsweredBy` of `unknown`. The default timeout is 30 seconds.
    pub fn machine_detection_timeout(mut self, value: i64) -> Self {
        self.machine_detection_timeout = Some(value);
        self
    }
    /// The recording status events that will trigger calls to the URL specified in `recording_status_callback`. Can be: `in-progress`, `completed` and `absent`. Defaults to `completed`. Separate  multiple values with a space.
    pub fn recording_status_callback_event(
        mut self,
        value: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        self.recording_status_callback_event = value
            .into_iter()
            .map(Into::into)
            .collect();
        self
    }
    /// Whether to trim any leading and trailing silence from the recording. Can be: `trim-silence` or `do-not-trim` and the default is `trim-silence`.
    pub fn trim(mut self, value: impl Into<String>) -> Self {
        self.trim = Some(value.into());
        self
    }
    /// The phone number, SIP address, or Client identifier that made this call. Phone numbers are in [E.164 format](https://wwnw.twilio.com/docs/glossary/what-e164) (e.g., +16175551212). SIP addresses are formatted as `name@company.com`.
    pub fn caller_id(mut self, value: impl Into<String>) -> Self {
        self.caller_id = Some(value.into());
        self
    }
    /// The number of milliseconds that is used as the measuring stick for the length of the speech activity, where durations lower than this value will be interpreted as a human and longer than this value as a machine. Possible Values: 1000-6000. Default: 2400.
    pub fn machine_detection_speech_threshold(mut self, value: i64) -> Self {
        self.machine_detection_speech_threshold = Some(value);
        self
    }
    /// The number of milliseconds of silence after speech activity at which point the speech activity is considered complete. Possible Values: 500-5000. Default: 1200.
    pub fn machine_detection_speech_end_threshold(mut self, value: i64) -> Self {
        self.machine_detection_speech_end_threshold = Some(value);
        self
    }
    /// The number of milliseconds of initial silence after which an `unknown` AnsweredBy result will be returned. Possible Values: 2000-10000. Default: 5000.
    pub fn machine_detection_silence_timeout(mut self, value: i64) -> Self {
        self.machine_detection_silence_timeout = Some(value);
        self
    }
    /// Select whether to perform answering machine detection in the background. Default, blocks the execution of the call until Answering Machine Detection is completed. Can be: `true` or `false`.
    pub fn async_amd(mut self, value: impl Into<String>) -> Self {
        self.async_amd = Some(value.into());
        self
    }
    /// The URL that we should call using the `async_amd_status_callback_method` to notify customer application whether the call was answered by human, machine or fax.
    pub fn async_amd_status_callback(mut self, value: impl Into<crate::Uri>) -> Self {
        self.async_amd_status_callback = Some(value.into());
        self
    }
    /// The HTTP method we should use when calling the `async_amd_status_callback` URL. Can be: `GET` or `POST` and the default is `POST`.
    pub fn async_amd_status_callback_method(
        mut self,
        value: crate::api_v2010::Method,
    ) -> Self {
        self.async_amd_status_callback_method = Some(value);
        self
    }
    /// The SID of a BYOC (Bring Your Own Carrier) trunk to route this call with. Note that `byoc` is only meaningful when `to` is a phone number; it will otherwise be ignored. (Beta)
    pub fn byoc(mut self, value: crate::ByocSid) -> Self {
        self.byoc = Some(value);
        self
    }
    /// The Reason for the outgoing call. Use it to specify the purpose of the call that is presented on the called party's phone. (Branded Calls Beta)
    pub fn call_reason(mut self, value: impl Into<String>) -> Self {
        self.call_reason = Some(value.into());
        self
    }
    /// A token string needed to invoke a forwarded call. A call\_token is generated when an incoming call is received on a Twilio number. Pass an incoming call's call\_token value to a forwarded call via the call\_token parameter when creating a new call. A forwarded call should bear the same CallerID of the original incoming call.
    pub fn call_token(mut self, value: impl Into<String>) -> Self {
        self.call_token = Some(value.into());
        self
    }
    /// The audio track to record for the call. Can be: `inbound`, `outbound` or `both`. The default is `both`. `inbound` records the audio that is received by Twilio. `outbound` records the audio that is generated from Twilio. `both` records the audio that is received and generated by Twilio.
    pub fn recording_track(mut self, value: impl Into<String>) -> Self {
        self.recording_track = Some(value.into());
        self
    }
    /// The maximum duration of the call in seconds. Constraints depend on account and configuration.
    pub fn time_limit(mut self, value: i64) -> Self {
        self.time_limit = Some(value);
        self
    }
    /// The URL that we should use to deliver `push call notification`.
    pub fn client_notification_url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.client_notification_url = Some(value.into());
        self
    }
    /// The absolute URL that returns the TwiML instructions for the call. We will call this URL using the `method` when the call connects. For more information, see the [Url Parameter](https://www.twilio.com/docs/voice/make-calls#specify-a-url-parameter) section in [Making Calls](https://www.twilio.com/docs/voice/make-calls).
    pub fn url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.url = Some(value.into());
        self
    }
    /// TwiML instructions for the call Twilio will use without fetching Twiml from url parameter. If both `twiml` and `url` are provided then `twiml` parameter will be ignored. Max 4000 characters.
    pub fn twiml(mut self, value: impl Into<String>) -> Self {
        self.twiml = Some(value.into());
        self
    }
    /// The SID of the Application resource that will handle the call, if the call will be handled by an application.
    pub fn application_sid(mut self, value: crate::ApplicationSid) -> Self {
        self.application_sid = Some(value);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("Method", &self.method)?;
        crate::formats::check::urls("FallbackUrl", &self.fallback_url)?;
        crate::formats::check::listed("FallbackMethod", &self.fallback_method)?;
        crate::formats::check::urls("StatusCallback", &self.status_callback)?;
        crate::formats::check::listed(
            "StatusCallbackMethod",
            &self.status_callback_method,
        )?;
        crate::formats::check::listed(
            "RecordingStatusCallbackMethod",
            &self.recording_status_callback_method,
        )?;
        crate::formats::check::urls(
            "AsyncAmdStatusCallback",
            &self.async_amd_status_callback,
        )?;
        crate::formats::check::listed(
            "AsyncAmdStatusCallbackMethod",
            &self.async_amd_status_callback_method,
        )?;
        crate::formats::check::urls(
            "ClientNotificationUrl",
            &self.client_notification_url,
        )?;
        crate::formats::check::urls("Url", &self.url)?;
        if self.url.is_none() && self.twiml.is_none() && self.application_sid.is_none() {
            return Err(
                crate::Error::validation(
                    "Url | Twiml | ApplicationSid",
                    "give at least one of `Url`, `Twiml` or `ApplicationSid`",
                ),
            );
        }
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("To", [&self.to]);
        out.add("From", [&self.from]);
        out.add("Method", &self.method);
        out.add("FallbackUrl", &self.fallback_url);
        out.add("FallbackMethod", &self.fallback_method);
        out.add("StatusCallback", &self.status_callback);
        out.add("StatusCallbackEvent", &self.status_callback_event);
        out.add("StatusCallbackMethod", &self.status_callback_method);
        out.add("SendDigits", &self.send_digits);
        out.add("Timeout", self.timeout);
        out.add("Record", self.record);
        out.add("RecordingChannels", &self.recording_channels);
        out.add("RecordingStatusCallback", &self.recording_status_callback);
        out.add("RecordingStatusCallbackMethod", &self.recording_status_callback_method);
        out.add("SipAuthUsername", &self.sip_auth_username);
        out.add("SipAuthPassword", &self.sip_auth_password);
        out.add("MachineDetection", &self.machine_detection);
        out.add("MachineDetectionTimeout", self.machine_detection_timeout);
        out.add("RecordingStatusCallbackEvent", &self.recording_status_callback_event);
        out.add("Trim", &self.trim);
        out.add("CallerId", &self.caller_id);
        out.add(
            "MachineDetectionSpeechThreshold",
            self.machine_detection_speech_threshold,
        );
        out.add(
            "MachineDetectionSpeechEndThreshold",
            self.machine_detection_speech_end_threshold,
        );
        out.add(
            "MachineDetectionSilenceTimeout",
            self.machine_detection_silence_timeout,
        );
        out.add("AsyncAmd", &self.async_amd);
        out.add("AsyncAmdStatusCallback", &self.async_amd_status_callback);
        out.add("AsyncAmdStatusCallbackMethod", &self.async_amd_status_callback_method);
        out.add("Byoc", &self.byoc);
        out.add("CallReason", &self.call_reason);
        out.add("CallToken", &self.call_token);
        out.add("RecordingTrack", &self.recording_track);
        out.add("TimeLimit", self.time_limit);
        out.add("ClientNotificationUrl", &self.client_notification_url);
        out.add("Url", &self.url);
        out.add("Twiml", &self.twiml);
        out.add("ApplicationSid", &self.application_sid);
        out.into_vec()
    }
}
/// The call resources.
#[derive(Clone)]
pub struct CallList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) account_sid: crate::AccountSid,
}
impl std::fmt::Debug for CallList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CallList")
            .field("account_sid", &self.account_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> CallList<'a> {
    /// Retrieves a collection of calls made to and from your account
    ///
    /// `GET /2010-04-01/Accounts/{AccountSid}/Calls.json` (`ListCall`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::api_v2010::ListCallParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::api_v2010::ListCallParams,
    ) -> Result<Vec<crate::api_v2010::Call>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::api_v2010::ListCallResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::api_v2010::ListCallParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::api_v2010::Call, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::api_v2010::ListCallResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::api_v2010::ListCallParams,
    ) -> Result<
        crate::paging::Page<'a, crate::api_v2010::ListCallResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::api_v2010::ListCallParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://api.twilio.com",
                "/2010-04-01/Accounts/{AccountSid}/Calls.json",
                &[self.account_sid.as_str()],
            )
        })
    }
    /// Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections
    ///
    /// `POST /2010-04-01/Accounts/{AccountSid}/Calls.json` (`CreateCall`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::api_v2010::CreateCallParams,
    ) -> Result<crate::Response<crate::api_v2010::Call>, crate::Error> {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://api.twilio.com",
                "/2010-04-01/Accounts/{AccountSid}/Calls.json",
                &[self.account_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
impl crate::paging::PageBody for crate::api_v2010::ListCallResponseBody {
    type Item = crate::api_v2010::Call;
    fn into_parts(self) -> (Vec<crate::api_v2010::Call>, Option<String>) {
        (self.calls.unwrap_or_default(), self.next_page_uri)
    }
}
