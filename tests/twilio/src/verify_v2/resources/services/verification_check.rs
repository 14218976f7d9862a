//! The `VerificationCheck` resources of `Services`: how to reach their operations, and the operations' parameters.
/// The inputs of `CreateVerificationCheck`: required ones go to [`CreateVerificationCheckParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateVerificationCheckParams {
    /// The 4-10 character string being verified
    #[cfg_attr(feature = "cli", arg(long))]
    pub code: Option<String>,
    /// The phone number or email to verify
    #[cfg_attr(feature = "cli", arg(long))]
    pub to: Option<String>,
    /// A SID that uniquely identifies the Verification Check
    #[cfg_attr(feature = "cli", arg(long))]
    pub verification_sid: Option<crate::VerificationCheckSid>,
    /// The amount of the associated PSD2 compliant transaction
    #[cfg_attr(feature = "cli", arg(long))]
    pub amount: Option<String>,
    /// The payee of the associated PSD2 compliant transaction
    #[cfg_attr(feature = "cli", arg(long))]
    pub payee: Option<String>,
    /// A sna client token received in sna url invocation response needs to be passed in Verification Check request and should match to get successful response
    #[cfg_attr(feature = "cli", arg(long))]
    pub sna_client_token: Option<String>,
}
/// Shows every input but those that hold secrets (passwords, secrets, tokens).
impl std::fmt::Debug for CreateVerificationCheckParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateVerificationCheckParams")
            .field("code", &self.code)
            .field("to", &self.to)
            .field("verification_sid", &self.verification_sid)
            .field("amount", &self.amount)
            .field("payee", &self.payee)
            .field(
                "sna_client_token",
                &self.sna_client_token.as_ref().map(|_| crate::support::Redacted),
            )
            .finish()
    }
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateVerificationCheckParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            code: request.opt(crate::mock::Place::Form, "Code", crate::mock::value)?,
            to: request.opt(crate::mock::Place::Form, "To", crate::mock::value)?,
            verification_sid: request
                .opt(crate::mock::Place::Form, "VerificationSid", crate::mock::value)?,
            amount: request.opt(crate::mock::Place::Form, "Amount", crate::mock::value)?,
            payee: request.opt(crate::mock::Place::Form, "Payee", crate::mock::value)?,
            sna_client_token: request
                .opt(crate::mock::Place::Form, "SnaClientToken", crate::mock::value)?,
        })
    }
}
impl CreateVerificationCheckParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// The 4-10 character string being verified.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// The phone number or [email](https://www.twilio.com/docs/verify/email) to verify. Either this parameter or the `verification_sid` must be specified. Phone numbers must be in [E.164 format](https://www.twilio.com/docs/glossary/what-e164).
    pub fn to(mut self, value: impl Into<String>) -> Self {
        self.to = Some(value.into());
        self
    }
    /// A SID that uniquely identifies the Verification Check. Either this parameter or the `to` phone number/[email](https://www.twilio.com/docs/verify/email) must be specified.
    pub fn verification_sid(mut self, value: crate::VerificationCheckSid) -> Self {
        self.verification_sid = Some(value);
        self
    }
    /// The amount of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled.
    pub fn amount(mut self, value: impl Into<String>) -> Self {
        self.amount = Some(value.into());
        self
    }
    /// The payee of the associated PSD2 compliant transaction. Requires the PSD2 Service flag enabled.
    pub fn payee(mut self, value: impl Into<String>) -> Self {
        self.payee = Some(value.into());
        self
    }
    /// A sna client token received in sna url invocation response needs to be passed in Verification Check request and should match to get successful response.
    pub fn sna_client_token(mut self, value: impl Into<String>) -> Self {
        self.sna_client_token = Some(value.into());
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("Code", &self.code);
        out.add("To", &self.to);
        out.add("VerificationSid", &self.verification_sid);
        out.add("Amount", &self.amount);
        out.add("Payee", &self.payee);
        out.add("SnaClientToken", &self.sna_client_token);
        out.into_vec()
    }
}
/// The verification check resources.
#[derive(Clone)]
pub struct VerificationCheckList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for VerificationCheckList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerificationCheckList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> VerificationCheckList<'a> {
    /// challenge a specific Verification Check.
    ///
    /// `POST /v2/Services/{ServiceSid}/VerificationCheck` (`CreateVerificationCheck`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateVerificationCheckParams,
    ) -> Result<crate::Response<crate::verify_v2::VerificationCheck>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/VerificationCheck",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
