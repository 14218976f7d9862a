//! The `Verifications` resources of `Services`: how to reach their operations, and the operations' parameters.
/// The inputs of `UpdateVerification`: required ones go to [`UpdateVerificationParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateVerificationParams {
    /// The status of the verification
    #[cfg_attr(feature = "cli", arg(long))]
    pub status: crate::verify_v2::VerificationStatus,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateVerificationParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            status: request.one(crate::mock::Place::Form, "Status", crate::mock::value)?,
        })
    }
}
impl UpdateVerificationParams {
    /// The inputs the operation requires.
    pub fn new(status: crate::verify_v2::VerificationStatus) -> Self {
        Self { status }
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("Status", [&self.status])?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("Status", [&self.status]);
        out.into_vec()
    }
}
/// A verification and what it contains.
#[derive(Clone)]
pub struct VerificationContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) verification_sid: String,
}
impl std::fmt::Debug for VerificationContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerificationContext")
            .field("service_sid", &self.service_sid)
            .field("verification_sid", &self.verification_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> VerificationContext<'a> {
    /// Fetch a specific Verification
    ///
    /// `GET /v2/Services/{ServiceSid}/Verifications/{Sid}` (`FetchVerification`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Verification>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/Verifications/{Sid}",
            &[
                self.service_sid.as_str(),
                &crate::formats::path_segment(&self.verification_sid),
            ],
        );
        self.client.call_object(request).await
    }
    /// Update a Verification status
    ///
    /// `POST /v2/Services/{ServiceSid}/Verifications/{Sid}` (`UpdateVerification`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::verify_v2::UpdateVerificationParams,
    ) -> Result<crate::Response<crate::verify_v2::Verification>, crate::Error> {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Verifications/{Sid}",
                &[
                    self.service_sid.as_str(),
                    &crate::formats::path_segment(&self.verification_sid),
                ],
            )
        };
        self.client.call_object(request).await
    }
}
/// The inputs of `CreateVerification`: required ones go to [`CreateVerificationParams::new`], optional ones have setters.
#[derive(Clone)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateVerificationParams {
    /// The phone number or email to verify
    #[cfg_attr(feature = "cli", arg(long))]
    pub to: String,
    /// The verification method to use
    #[cfg_attr(feature = "cli", arg(long))]
    pub channel: String,
    /// A custom user defined friendly name that overwrites the existing one in the verification message
    #[cfg_attr(feature = "cli", arg(long))]
    pub custom_friendly_name: Option<String>,
    /// The text of a custom message to use for the verification \[DEPRECATED\]
    #[cfg_attr(
        feature = "cli",
        arg(
            long,
            help = "The text of a custom message to use for the verification [DEPRECATED]"
        )
    )]
    pub custom_message: Option<String>,
    /// The digits to send after a phone call is answered, for example, to dial an extension
    #[cfg_attr(feature = "cli", arg(long))]
    pub send_digits: Option<String>,
    /// Locale will automatically resolve based on phone number country code for SMS, WhatsApp, and call channel verifications
    #[cfg_attr(feature = "cli", arg(long))]
    pub locale: Option<String>,
    /// A pre-generated code to use for verification
    #[cfg_attr(feature = "cli", arg(long))]
    pub custom_code: Option<String>,
    /// The amount of the associated PSD2 compliant transaction
    #[cfg_attr(feature = "cli", arg(long))]
    pub amount: Option<String>,
    /// The payee of the associated PSD2 compliant transaction
    #[cfg_attr(feature = "cli", arg(long))]
    pub payee: Option<String>,
    /// The custom key-value pairs of Programmable Rate Limits
    #[cfg_attr(
        feature = "cli",
        arg(long, value_parser = crate::verify_v2::cli::parse_json::<serde_json::Value>)
    )]
    pub rate_limits: Option<serde_json::Value>,
    /// `email` channel configuration in json format
    #[cfg_attr(
        feature = "cli",
        arg(long, value_parser = crate::verify_v2::cli::parse_json::<serde_json::Value>)
    )]
    pub channel_configuration: Option<serde_json::Value>,
    /// Your App Hash to be appended at the end of your verification SMS body
    #[cfg_attr(feature = "cli", arg(long))]
    pub app_hash: Option<String>,
    /// The message template
    #[cfg_attr(feature = "cli", arg(long))]
    pub template_sid: Option<crate::VerificationTemplateSid>,
    /// A stringified JSON object in which the keys are the template's special variables and the values are the variables substitutions
    #[cfg_attr(feature = "cli", arg(long))]
    pub template_custom_substitutions: Option<String>,
    /// Strongly encouraged if using the auto channel
    #[cfg_attr(feature = "cli", arg(long))]
    pub device_ip: Option<String>,
    /// An optional Boolean value to indicate the requirement of sna client token in the SNA URL invocation response for added security
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub enable_sna_client_token: Option<bool>,
    /// Risk\_check overrides Fraud Prevention measures like Fraud Guard, Geo Permissions etc per verification attempt basis, allowing Verify to block traffic considered fraudulent if enabled or bypass active protections if disabled
    #[cfg_attr(
        feature = "cli",
        arg(
            long,
            help = "Risk_check overrides Fraud Prevention measures like Fraud Guard, Geo Permissions etc per verification attempt basis, allowing Verify to block traffic considered fraudulent if enabled or bypass active protections if disabled"
        )
    )]
    pub risk_check: Option<crate::verify_v2::VerificationRiskCheck>,
    /// A string containing a JSON map of key value pairs of tags to be recorded as metadata for the message
    #[cfg_attr(feature = "cli", arg(long))]
    pub tags: Option<String>,
}
/// Shows every input but those that hold secrets (passwords, secrets, tokens).
impl std::fmt::Debug for CreateVerificationParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateVerificationParams")
            .field("to", &self.to)
            .field("channel", &self.channel)
            .field("custom_friendly_name", &self.custom_friendly_name)
            .field("custom_message", &self.custom_message)
            .field("send_digits", &self.send_digits)
            .field("locale", &self.locale)
            .field("custom_code", &self.custom_code)
            .field("amount", &self.amount)
            .field("payee", &self.payee)
            .field("rate_limits", &self.rate_limits)
            .field("channel_configuration", &self.channel_configuration)
            .field("app_hash", &self.app_hash)
            .field("template_sid", &self.template_sid)
            .field("template_custom_substitutions", &self.template_custom_substitutions)
            .field("device_ip", &self.device_ip)
            .field(
                "enable_sna_client_token",
                &self.enable_sna_client_token.as_ref().map(|_| crate::support::Redacted),
            )
            .field("risk_check", &self.risk_check)
            .field("tags", &self.tags)
            .finish()
    }
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateVerificationParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            to: request.one(crate::mock::Place::Form, "To", crate::mock::value)?,
            channel: request
                .one(crate::mock::Place::Form, "Channel", crate::mock::value)?,
            custom_friendly_name: request
                .opt(
                    crate::mock::Place::Form,
                    "CustomFriendlyName",
                    crate::mock::value,
                )?,
            custom_message: request
                .opt(crate::mock::Place::Form, "CustomMessage", crate::mock::value)?,
            send_digits: request
                .opt(crate::mock::Place::Form, "SendDigits", crate::mock::value)?,
            locale: request.opt(crate::mock::Place::Form, "Locale", crate::mock::value)?,
            custom_code: request
                .opt(crate::mock::Place::Form, "CustomCode", crate::mock::value)?,
            amount: request.opt(crate::mock::Place::Form, "Amount", crate::mock::value)?,
            payee: request.opt(crate::mock::Place::Form, "Payee", crate::mock::value)?,
            rate_limits: request
                .opt(crate::mock::Place::Form, "RateLimits", crate::mock::json)?,
            channel_configuration: request
                .opt(
                    crate::mock::Place::Form,
                    "ChannelConfiguration",
                    crate::mock::json,
                )?,
            app_hash: request
                .opt(crate::mock::Place::Form, "AppHash", crate::mock::value)?,
            template_sid: request
                .opt(crate::mock::Place::Form, "TemplateSid", crate::mock::value)?,
            template_custom_substitutions: request
                .opt(
                    crate::mock::Place::Form,
                    "TemplateCustomSubstitutions",
                    crate::mock::value,
                )?,
            device_ip: request
                .opt(crate::mock::Place::Form, "DeviceIp", crate::mock::value)?,
            enable_sna_client_token: request
                .opt(
                    crate::mock::Place::Form,
                    "EnableSnaClientToken",
                    crate::mock::value,
                )?,
            risk_check: request
                .opt(crate::mock::Place::Form, "RiskCheck", crate::mock::value)?,
            tags: request.opt(crate::mock::Place::Form, "Tags", crate::mock::value)?,
        })
    }
}
impl CreateVerificationParams {
    /// The inputs the operation requires.
    pub fn new(to: impl Into<String>, channel: impl Into<String>) -> Self {
        Self {
            to: to.into(),
            channel: channel.into(),
            custom_friendly_name: None,
            custom_message: None,
            send_digits: None,
            locale: None,
            custom_code: None,
            amount: None,
            payee: None,
            rate_limits: None,
            channel_configuration: None,
            app_hash: None,
            template_sid: None,
            template_custom_substitutions: None,
            device_ip: None,
            enable_sna_client_token: None,
            risk_check: None,
            tags: None,
        }
    }
    /// A custom user defined friendly name that overwrites the existing one in the verification message
    pub fn custom_friendly_name(mut self, value: impl Into<String>) -> Self {
        self.custom_friendly_name = Some(value.into());
        self
    }
    /// The text of a custom message to use for the verification \[DEPRECATED\].
    pub fn custom_message(mut self, value: impl Into<String>) -> Self {
        self.custom_message = Some(value.into());
        self
    }
    /// The digits to send after a phone call is answered, for example, to dial an extension. For more information, see the Programmable Voice documentation of [sendDigits](https://www.twilio.com/docs/voice/twiml/number#attributes-sendDigits).
    pub fn send_digits(mut self, value: impl Into<String>) -> Self {
        self.send_digits = Some(value.into());
        self
    }
    /// Locale will automatically resolve based on phone number country code for SMS, WhatsApp, and call channel verifications. It will fallback to English or the template’s default translation if the selected translation is not available. This parameter will override the automatic locale resolution. [See supported languages and more information here](https://www.twilio.com/docs/verify/supported-languages).
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.locale = Some(value.into());
        self
    }
    /// A pre-generated code to use for verification. The code can be between 4 and 10 characters, inclusive.
    pub fn custom_code(mut self, value: impl Into<String>) -> Self {
        self.custom_code = Some(value.into());
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
    /// The custom key-value pairs of Programmable Rate Limits. Keys correspond to `unique_name` fields defined when [creating your Rate Limit](https://www.twilio.com/docs/verify/api/service-rate-limits). Associated value pairs represent values in the request that you are rate limiting on. You may include multiple Rate Limit values in each request.
    pub fn rate_limits(mut self, value: serde_json::Value) -> Self {
        self.rate_limits = Some(value);
        self
    }
    /// [`email`](https://www.twilio.com/docs/verify/email) channel configuration in json format. The fields 'from' and 'from\_name' are optional but if included the 'from' field must have a valid email address.
    pub fn channel_configuration(mut self, value: serde_json::Value) -> Self {
        self.channel_configuration = Some(value);
        self
    }
    /// Your [App Hash](https://developers.google.com/identity/sms-retriever/verify#computing_your_apps_hash_string) to be appended at the end of your verification SMS body. Applies only to SMS. Example SMS body: `<#> Your AppName verification code is: 1234 He42w354ol9`.
    pub fn app_hash(mut self, value: impl Into<String>) -> Self {
        self.app_hash = Some(value.into());
        self
    }
    /// The message [template](https://www.twilio.com/docs/verify/api/templates). If provided, will override the default template for the Service. SMS and Voice channels only.
    pub fn template_sid(mut self, value: crate::VerificationTemplateSid) -> Self {
        self.template_sid = Some(value);
        self
    }
    /// A stringified JSON object in which the keys are the template's special variables and the values are the variables substitutions.
    pub fn template_custom_substitutions(mut self, value: impl Into<String>) -> Self {
        self.template_custom_substitutions = Some(value.into());
        self
    }
    /// Strongly encouraged if using the auto channel. The IP address of the client's device. If provided, it has to be a valid IPv4 or IPv6 address.
    pub fn device_ip(mut self, value: impl Into<String>) -> Self {
        self.device_ip = Some(value.into());
        self
    }
    /// An optional Boolean value to indicate the requirement of sna client token in the SNA URL invocation response for added security. This token must match in the Verification Check request to confirm phone number verification.
    pub fn enable_sna_client_token(mut self, value: bool) -> Self {
        self.enable_sna_client_token = Some(value);
        self
    }
    /// Risk\_check overrides Fraud Prevention measures like Fraud Guard, Geo Permissions etc per verification attempt basis, allowing Verify to block traffic considered fraudulent if enabled or bypass active protections if disabled. Can be: `enable`(default) or `disable`. For SMS channel only.
    pub fn risk_check(mut self, value: crate::verify_v2::VerificationRiskCheck) -> Self {
        self.risk_check = Some(value);
        self
    }
    /// A string containing a JSON map of key value pairs of tags to be recorded as metadata for the message. The tags will also be included as part of the verification and message status event type payloads. The object may contain up to 10 tags. Keys and values can each be up to 128 characters in length. \*\*This value should not contain PII.\*\*
    pub fn tags(mut self, value: impl Into<String>) -> Self {
        self.tags = Some(value.into());
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("RiskCheck", &self.risk_check)?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("To", [&self.to]);
        out.add("Channel", [&self.channel]);
        out.add("CustomFriendlyName", &self.custom_friendly_name);
        out.add("CustomMessage", &self.custom_message);
        out.add("SendDigits", &self.send_digits);
        out.add("Locale", &self.locale);
        out.add("CustomCode", &self.custom_code);
        out.add("Amount", &self.amount);
        out.add("Payee", &self.payee);
        out.add(
            "RateLimits",
            self
                .rate_limits
                .as_ref()
                .map(|v| serde_json::to_string(v).unwrap_or_default()),
        );
        out.add(
            "ChannelConfiguration",
            self
                .channel_configuration
                .as_ref()
                .map(|v| serde_json::to_string(v).unwrap_or_default()),
        );
        out.add("AppHash", &self.app_hash);
        out.add("TemplateSid", &self.template_sid);
        out.add("TemplateCustomSubstitutions", &self.template_custom_substitutions);
        out.add("DeviceIp", &self.device_ip);
        out.add("EnableSnaClientToken", self.enable_sna_client_token);
        out.add("RiskCheck", &self.risk_check);
        out.add("Tags", &self.tags);
        out.into_vec()
    }
}
/// The verification resources.
#[derive(Clone)]
pub struct VerificationList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for VerificationList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerificationList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> VerificationList<'a> {
    /// Create a new Verification using a Service
    ///
    /// `POST /v2/Services/{ServiceSid}/Verifications` (`CreateVerification`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateVerificationParams,
    ) -> Result<crate::Response<crate::verify_v2::Verification>, crate::Error> {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Verifications",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
