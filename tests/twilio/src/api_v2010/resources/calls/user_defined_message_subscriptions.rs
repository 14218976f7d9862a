//! The `UserDefinedMessageSubscriptions` resources of `Calls`: how to reach their operations, and the operations' parameters.
/// An user defined message subscription and what it contains.
#[derive(Clone)]
pub struct UserDefinedMessageSubscriptionContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) account_sid: crate::AccountSid,
    pub(crate) call_sid: crate::CallSid,
    pub(crate) user_defined_message_subscription_sid: crate::UserDefinedMessageSubscriptionSid,
}
impl std::fmt::Debug for UserDefinedMessageSubscriptionContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserDefinedMessageSubscriptionContext")
            .field("account_sid", &self.account_sid)
            .field("call_sid", &self.call_sid)
            .field(
                "user_defined_message_subscription_sid",
                &self.user_defined_message_subscription_sid,
            )
            .finish_non_exhaustive()
    }
}
impl<'a> UserDefinedMessageSubscriptionContext<'a> {
    /// Delete a specific User Defined Message Subscription.
    ///
    /// `DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json` (`DeleteUserDefinedMessageSubscription`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://api.twilio.com",
            "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json",
            &[
                self.account_sid.as_str(),
                self.call_sid.as_str(),
                self.user_defined_message_subscription_sid.as_str(),
            ],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `CreateUserDefinedMessageSubscription`: required ones go to [`CreateUserDefinedMessageSubscriptionParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateUserDefinedMessageSubscriptionParams {
    /// The URL we should call using the `method` to send user defined events to your application
    #[cfg_attr(feature = "cli", arg(long))]
    pub callback: crate::Uri,
    /// A unique string value to identify API call
    #[cfg_attr(feature = "cli", arg(long))]
    pub idempotency_key: Option<String>,
    /// The HTTP method Twilio will use when requesting the above `Url`
    #[cfg_attr(feature = "cli", arg(long))]
    pub method: Option<crate::api_v2010::Method>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateUserDefinedMessageSubscriptionParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            callback: request
                .one(crate::mock::Place::Form, "Callback", crate::mock::parsed)?,
            idempotency_key: request
                .opt(crate::mock::Place::Form, "IdempotencyKey", crate::mock::value)?,
            method: request.opt(crate::mock::Place::Form, "Method", crate::mock::value)?,
        })
    }
}
impl CreateUserDefinedMessageSubscriptionParams {
    /// The inputs the operation requires.
    pub fn new(callback: impl Into<crate::Uri>) -> Self {
        Self {
            callback: callback.into(),
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
    pub fn method(mut self, value: crate::api_v2010::Method) -> Self {
        self.method = Some(value);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::urls("Callback", [&self.callback])?;
        crate::formats::check::listed("Method", &self.method)?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("Callback", [&self.callback]);
        out.add("IdempotencyKey", &self.idempotency_key);
        out.add("Method", &self.method);
        out.into_vec()
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
    pub(crate) client: &'a crate::Client,
    pub(crate) account_sid: crate::AccountSid,
    pub(crate) call_sid: crate::CallSid,
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
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::api_v2010::CreateUserDefinedMessageSubscriptionParams,
    ) -> Result<
        crate::Response<crate::api_v2010::UserDefinedMessageSubscription>,
        crate::Error,
    > {
        let params = params.ensure_idempotency_key();
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            idempotent: true,
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://api.twilio.com",
                "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json",
                &[self.account_sid.as_str(), self.call_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
