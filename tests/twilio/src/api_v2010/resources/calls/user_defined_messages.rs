//! The `UserDefinedMessages` resources of `Calls`: how to reach their operations, and the operations' parameters.
/// The inputs of `CreateUserDefinedMessage`: required ones go to [`CreateUserDefinedMessageParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateUserDefinedMessageParams {
    /// The User Defined Message in the form of URL-encoded JSON string
    #[cfg_attr(feature = "cli", arg(long))]
    pub content: String,
    /// A unique string value to identify API call
    #[cfg_attr(feature = "cli", arg(long))]
    pub idempotency_key: Option<String>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateUserDefinedMessageParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            content: request
                .one(crate::mock::Place::Form, "Content", crate::mock::value)?,
            idempotency_key: request
                .opt(crate::mock::Place::Form, "IdempotencyKey", crate::mock::value)?,
        })
    }
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
        let mut out = crate::Pairs::default();
        out.add("Content", [&self.content]);
        out.add("IdempotencyKey", &self.idempotency_key);
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
/// The user defined message resources.
#[derive(Clone)]
pub struct UserDefinedMessageList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) account_sid: crate::AccountSid,
    pub(crate) call_sid: crate::CallSid,
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
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::api_v2010::CreateUserDefinedMessageParams,
    ) -> Result<crate::Response<crate::api_v2010::UserDefinedMessage>, crate::Error> {
        let params = params.ensure_idempotency_key();
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            idempotent: true,
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://api.twilio.com",
                "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json",
                &[self.account_sid.as_str(), self.call_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
