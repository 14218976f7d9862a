//! The `Services` resources: how to reach their operations, and the operations' parameters.
#[rustfmt::skip]
mod access_tokens;
#[rustfmt::skip]
mod entities;
#[rustfmt::skip]
mod messaging_configurations;
#[rustfmt::skip]
mod passkeys;
#[rustfmt::skip]
mod rate_limits;
#[rustfmt::skip]
mod verification_check;
#[rustfmt::skip]
mod verifications;
#[rustfmt::skip]
mod webhooks;
pub use access_tokens::*;
pub use entities::*;
pub use messaging_configurations::*;
pub use passkeys::*;
pub use rate_limits::*;
pub use verification_check::*;
pub use verifications::*;
pub use webhooks::*;
/// The inputs of `UpdateService`: required ones go to [`UpdateServiceParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateServiceParams {
    /// A descriptive string that you create to describe the verification service
    #[cfg_attr(feature = "cli", arg(long))]
    pub friendly_name: Option<String>,
    /// The length of the verification code to generate
    #[cfg_attr(feature = "cli", arg(long))]
    pub code_length: Option<i64>,
    /// Whether to perform a lookup with each verification started and return info about the phone number
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub lookup_enabled: Option<bool>,
    /// Whether to skip sending SMS verifications to landlines
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub skip_sms_to_landlines: Option<bool>,
    /// Whether to ask the user to press a number before delivering the verify code in a phone call
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub dtmf_input_required: Option<bool>,
    /// The name of an alternative text-to-speech service to use in phone calls
    #[cfg_attr(feature = "cli", arg(long))]
    pub tts_name: Option<String>,
    /// Whether to pass PSD2 transaction parameters when starting a verification
    #[cfg_attr(
        feature = "cli",
        arg(long = "psd2-enabled", action = clap::ArgAction::Set)
    )]
    pub psd2_enabled: Option<bool>,
    /// Whether to add a privacy warning at the end of an SMS
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub do_not_share_warning_enabled: Option<bool>,
    /// Whether to allow sending verifications with a custom code instead of a randomly generated one
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub custom_code_enabled: Option<bool>,
    /// Optional configuration for the Push factors
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub push_include_date: Option<bool>,
    /// Optional configuration for the Push factors
    #[cfg_attr(feature = "cli", arg(long))]
    pub push_apn_credential_sid: Option<crate::PushApnCredentialSid>,
    /// Optional configuration for the Push factors
    #[cfg_attr(feature = "cli", arg(long))]
    pub push_fcm_credential_sid: Option<crate::PushApnCredentialSid>,
    /// Optional configuration for the TOTP factors
    #[cfg_attr(feature = "cli", arg(long))]
    pub totp_issuer: Option<String>,
    /// Optional configuration for the TOTP factors
    #[cfg_attr(feature = "cli", arg(long))]
    pub totp_time_step: Option<i64>,
    /// Optional configuration for the TOTP factors
    #[cfg_attr(feature = "cli", arg(long))]
    pub totp_code_length: Option<i64>,
    /// Optional configuration for the TOTP factors
    #[cfg_attr(feature = "cli", arg(long))]
    pub totp_skew: Option<i64>,
    /// The default message template
    #[cfg_attr(feature = "cli", arg(long))]
    pub default_template_sid: Option<crate::VerificationTemplateSid>,
    /// The SID of the Messaging Service to associate with the Verification Service
    #[cfg_attr(feature = "cli", arg(long))]
    pub whatsapp_msg_service_sid: Option<crate::MessagingServiceSid>,
    /// The WhatsApp number to use as the sender of the verification messages
    #[cfg_attr(feature = "cli", arg(long))]
    pub whatsapp_from: Option<String>,
    /// The Relying Party ID for Passkeys
    #[cfg_attr(feature = "cli", arg(long))]
    pub passkeys_relying_party_id: Option<String>,
    /// The Relying Party Name for Passkeys
    #[cfg_attr(feature = "cli", arg(long))]
    pub passkeys_relying_party_name: Option<String>,
    /// The Relying Party Origins for Passkeys
    #[cfg_attr(feature = "cli", arg(long))]
    pub passkeys_relying_party_origins: Option<String>,
    /// The Authenticator Attachment for Passkeys
    #[cfg_attr(feature = "cli", arg(long))]
    pub passkeys_authenticator_attachment: Option<String>,
    /// Indicates whether credentials must be discoverable by the authenticator
    #[cfg_attr(feature = "cli", arg(long))]
    pub passkeys_discoverable_credentials: Option<String>,
    /// The User Verification for Passkeys
    #[cfg_attr(feature = "cli", arg(long))]
    pub passkeys_user_verification: Option<String>,
    /// Whether to allow verifications from the service to reach the stream-events sinks if configured
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub verify_event_subscription_enabled: Option<bool>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateServiceParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            friendly_name: request
                .opt(crate::mock::Place::Form, "FriendlyName", crate::mock::value)?,
            code_length: request
                .opt(crate::mock::Place::Form, "CodeLength", crate::mock::value)?,
            lookup_enabled: request
                .opt(crate::mock::Place::Form, "LookupEnabled", crate::mock::value)?,
            skip_sms_to_landlines: request
                .opt(
                    crate::mock::Place::Form,
                    "SkipSmsToLandlines",
                    crate::mock::value,
                )?,
            dtmf_input_required: request
                .opt(crate::mock::Place::Form, "DtmfInputRequired", crate::mock::value)?,
            tts_name: request
                .opt(crate::mock::Place::Form, "TtsName", crate::mock::value)?,
            psd2_enabled: request
                .opt(crate::mock::Place::Form, "Psd2Enabled", crate::mock::value)?,
            do_not_share_warning_enabled: request
                .opt(
                    crate::mock::Place::Form,
                    "DoNotShareWarningEnabled",
                    crate::mock::value,
                )?,
            custom_code_enabled: request
                .opt(crate::mock::Place::Form, "CustomCodeEnabled", crate::mock::value)?,
            push_include_date: request
                .opt(crate::mock::Place::Form, "Push.IncludeDate", crate::mock::value)?,
            push_apn_credential_sid: request
                .opt(
                    crate::mock::Place::Form,
                    "Push.ApnCredentialSid",
                    crate::mock::value,
                )?,
            push_fcm_credential_sid: request
                .opt(
                    crate::mock::Place::Form,
                    "Push.FcmCredentialSid",
                    crate::mock::value,
                )?,
            totp_issuer: request
                .opt(crate::mock::Place::Form, "Totp.Issuer", crate::mock::value)?,
            totp_time_step: request
                .opt(crate::mock::Place::Form, "Totp.TimeStep", crate::mock::value)?,
            totp_code_length: request
                .opt(crate::mock::Place::Form, "Totp.CodeLength", crate::mock::value)?,
            totp_skew: request
                .opt(crate::mock::Place::Form, "Totp.Skew", crate::mock::value)?,
            default_template_sid: request
                .opt(
                    crate::mock::Place::Form,
                    "DefaultTemplateSid",
                    crate::mock::value,
                )?,
            whatsapp_msg_service_sid: request
                .opt(
                    crate::mock::Place::Form,
                    "Whatsapp.MsgServiceSid",
                    crate::mock::value,
                )?,
            whatsapp_from: request
                .opt(crate::mock::Place::Form, "Whatsapp.From", crate::mock::value)?,
            passkeys_relying_party_id: request
                .opt(
                    crate::mock::Place::Form,
                    "Passkeys.RelyingParty.Id",
                    crate::mock::value,
                )?,
            passkeys_relying_party_name: request
                .opt(
                    crate::mock::Place::Form,
                    "Passkeys.RelyingParty.Name",
                    crate::mock::value,
                )?,
            passkeys_relying_party_origins: request
                .opt(
                    crate::mock::Place::Form,
                    "Passkeys.RelyingParty.Origins",
                    crate::mock::value,
                )?,
            passkeys_authenticator_attachment: request
                .opt(
                    crate::mock::Place::Form,
                    "Passkeys.AuthenticatorAttachment",
                    crate::mock::value,
                )?,
            passkeys_discoverable_credentials: request
                .opt(
                    crate::mock::Place::Form,
                    "Passkeys.DiscoverableCredentials",
                    crate::mock::value,
                )?,
            passkeys_user_verification: request
                .opt(
                    crate::mock::Place::Form,
                    "Passkeys.UserVerification",
                    crate::mock::value,
                )?,
            verify_event_subscription_enabled: request
                .opt(
                    crate::mock::Place::Form,
                    "VerifyEventSubscriptionEnabled",
                    crate::mock::value,
                )?,
        })
    }
}
impl UpdateServiceParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// A descriptive string that you create to describe the verification service. It can be up to 32 characters long. \*\*This value should not contain PII.\*\*
    pub fn friendly_name(mut self, value: impl Into<String>) -> Self {
        self.friendly_name = Some(value.into());
        self
    }
    /// The length of the verification code to generate. Must be an integer value between 4 and 10, inclusive.
    pub fn code_length(mut self, value: i64) -> Self {
        self.code_length = Some(value);
        self
    }
    /// Whether to perform a lookup with each verification started and return info about the phone number.
    pub fn lookup_enabled(mut self, value: bool) -> Self {
        self.lookup_enabled = Some(value);
        self
    }
    /// Whether to skip sending SMS verifications to landlines. Requires `lookup_enabled`.
    pub fn skip_sms_to_landlines(mut self, value: bool) -> Self {
        self.skip_sms_to_landlines = Some(value);
        self
    }
    /// Whether to ask the user to press a number before delivering the verify code in a phone call.
    pub fn dtmf_input_required(mut self, value: bool) -> Self {
        self.dtmf_input_required = Some(value);
        self
    }
    /// The name of an alternative text-to-speech service to use in phone calls. Applies only to TTS languages.
    pub fn tts_name(mut self, value: impl Into<String>) -> Self {
        self.tts_name = Some(value.into());
        self
    }
    /// Whether to pass PSD2 transaction parameters when starting a verification.
    pub fn psd2_enabled(mut self, value: bool) -> Self {
        self.psd2_enabled = Some(value);
        self
    }
    /// Whether to add a privacy warning at the end of an SMS. \*\*Disabled by default and applies only for SMS.\*\*
    pub fn do_not_share_warning_enabled(mut self, value: bool) -> Self {
        self.do_not_share_warning_enabled = Some(value);
        self
    }
    /// Whether to allow sending verifications with a custom code instead of a randomly generated one.
    pub fn custom_code_enabled(mut self, value: bool) -> Self {
        self.custom_code_enabled = Some(value);
        self
    }
    /// Optional configuration for the Push factors. If true, include the date in the Challenge's response. Otherwise, the date is omitted from the response. See [Challenge](https://www.twilio.com/docs/verify/api/challenge) resource’s details parameter for more info. Default: false. \*\*Deprecated\*\* do not use this parameter.
    pub fn push_include_date(mut self, value: bool) -> Self {
        self.push_include_date = Some(value);
        self
    }
    /// Optional configuration for the Push factors. Set the APN Credential for this service. This will allow to send push notifications to iOS devices. See [Credential Resource](https://www.twilio.com/docs/notify/api/credential-resource)
    pub fn push_apn_credential_sid(
        mut self,
        value: crate::PushApnCredentialSid,
    ) -> Self {
        self.push_apn_credential_sid = Some(value);
        self
    }
    /// Optional configuration for the Push factors. Set the FCM Credential for this service. This will allow to send push notifications to Android devices. See [Credential Resource](https://www.twilio.com/docs/notify/api/credential-resource)
    pub fn push_fcm_credential_sid(
        mut self,
        value: crate::PushApnCredentialSid,
    ) -> Self {
        self.push_fcm_credential_sid = Some(value);
        self
    }
    /// Optional configuration for the TOTP factors. Set TOTP Issuer for this service. This will allow to configure the issuer of the TOTP URI.
    pub fn totp_issuer(mut self, value: impl Into<String>) -> Self {
        self.totp_issuer = Some(value.into());
        self
    }
    /// Optional configuration for the TOTP factors. Defines how often, in seconds, are TOTP codes generated. i.e, a new TOTP code is generated every time\_step seconds. Must be between 20 and 60 seconds, inclusive. Defaults to 30 seconds
    pub fn totp_time_step(mut self, value: i64) -> Self {
        self.totp_time_step = Some(value);
        self
    }
    /// Optional configuration for the TOTP factors. Number of digits for generated TOTP codes. Must be between 3 and 8, inclusive. Defaults to 6
    pub fn totp_code_length(mut self, value: i64) -> Self {
        self.totp_code_length = Some(value);
        self
    }
    /// Optional configuration for the TOTP factors. The number of time-steps, past and future, that are valid for validation of TOTP codes. Must be between 0 and 2, inclusive. Defaults to 1
    pub fn totp_skew(mut self, value: i64) -> Self {
        self.totp_skew = Some(value);
        self
    }
    /// The default message [template](https://www.twilio.com/docs/verify/api/templates). Will be used for all SMS verifications unless explicitly overriden. SMS channel only.
    pub fn default_template_sid(
        mut self,
        value: crate::VerificationTemplateSid,
    ) -> Self {
        self.default_template_sid = Some(value);
        self
    }
    /// The SID of the [Messaging Service](https://www.twilio.com/docs/messaging/services) to associate with the Verification Service.
    pub fn whatsapp_msg_service_sid(
        mut self,
        value: crate::MessagingServiceSid,
    ) -> Self {
        self.whatsapp_msg_service_sid = Some(value);
        self
    }
    /// The WhatsApp number to use as the sender of the verification messages. This number must be associated with the WhatsApp Message Service.
    pub fn whatsapp_from(mut self, value: impl Into<String>) -> Self {
        self.whatsapp_from = Some(value.into());
        self
    }
    /// The Relying Party ID for Passkeys. This is the domain of your application, e.g. `example.com`. It is used to identify your application when creating Passkeys.
    pub fn passkeys_relying_party_id(mut self, value: impl Into<String>) -> Self {
        self.passkeys_relying_party_id = Some(value.into());
        self
    }
    /// The Relying Party Name for Passkeys. This is the name of your application, e.g. `Example App`. It is used to identify your application when creating Passkeys.
    pub fn passkeys_relying_party_name(mut self, value: impl Into<String>) -> Self {
        self.passkeys_relying_party_name = Some(value.into());
        self
    }
    /// The Relying Party Origins for Passkeys. This is the origin of your application, e.g. `login.example.com,www.example.com`. It is used to identify your application when creating Passkeys, it can have multiple origins split by `,`.
    pub fn passkeys_relying_party_origins(mut self, value: impl Into<String>) -> Self {
        self.passkeys_relying_party_origins = Some(value.into());
        self
    }
    /// The Authenticator Attachment for Passkeys. This is the type of authenticator that will be used to create Passkeys. It can be empty or it can have the values `platform`, `cross-platform` or `any`.
    pub fn passkeys_authenticator_attachment(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.passkeys_authenticator_attachment = Some(value.into());
        self
    }
    /// Indicates whether credentials must be discoverable by the authenticator. It can be empty or it can have the values `required`, `preferred` or `discouraged`.
    pub fn passkeys_discoverable_credentials(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.passkeys_discoverable_credentials = Some(value.into());
        self
    }
    /// The User Verification for Passkeys. This is the type of user verification that will be used to create Passkeys. It can be empty or it can have the values `required`, `preferred` or `discouraged`.
    pub fn passkeys_user_verification(mut self, value: impl Into<String>) -> Self {
        self.passkeys_user_verification = Some(value.into());
        self
    }
    /// Whether to allow verifications from the service to reach the stream-events sinks if configured
    pub fn verify_event_subscription_enabled(mut self, value: bool) -> Self {
        self.verify_event_subscription_enabled = Some(value);
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("FriendlyName", &self.friendly_name);
        out.add("CodeLength", self.code_length);
        out.add("LookupEnabled", self.lookup_enabled);
        out.add("SkipSmsToLandlines", self.skip_sms_to_landlines);
        out.add("DtmfInputRequired", self.dtmf_input_required);
        out.add("TtsName", &self.tts_name);
        out.add("Psd2Enabled", self.psd2_enabled);
        out.add("DoNotShareWarningEnabled", self.do_not_share_warning_enabled);
        out.add("CustomCodeEnabled", self.custom_code_enabled);
        out.add("Push.IncludeDate", self.push_include_date);
        out.add("Push.ApnCredentialSid", &self.push_apn_credential_sid);
        out.add("Push.FcmCredentialSid", &self.push_fcm_credential_sid);
        out.add("Totp.Issuer", &self.totp_issuer);
        out.add("Totp.TimeStep", self.totp_time_step);
        out.add("Totp.CodeLength", self.totp_code_length);
        out.add("Totp.Skew", self.totp_skew);
        out.add("DefaultTemplateSid", &self.default_template_sid);
        out.add("Whatsapp.MsgServiceSid", &self.whatsapp_msg_service_sid);
        out.add("Whatsapp.From", &self.whatsapp_from);
        out.add("Passkeys.RelyingParty.Id", &self.passkeys_relying_party_id);
        out.add("Passkeys.RelyingParty.Name", &self.passkeys_relying_party_name);
        out.add("Passkeys.RelyingParty.Origins", &self.passkeys_relying_party_origins);
        out.add(
            "Passkeys.AuthenticatorAttachment",
            &self.passkeys_authenticator_attachment,
        );
        out.add(
            "Passkeys.DiscoverableCredentials",
            &self.passkeys_discoverable_credentials,
        );
        out.add("Passkeys.UserVerification", &self.passkeys_user_verification);
        out.add(
            "VerifyEventSubscriptionEnabled",
            self.verify_event_subscription_enabled,
        );
        out.into_vec()
    }
}
/// A service and what it contains.
#[derive(Clone)]
pub struct ServiceContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for ServiceContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceContext")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> ServiceContext<'a> {
    /// An access token and what it contains.
    pub fn access_token(
        &self,
        access_token_sid: &crate::AccessTokenSid,
    ) -> crate::verify_v2::AccessTokenContext<'a> {
        crate::verify_v2::AccessTokenContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            access_token_sid: access_token_sid.clone(),
        }
    }
    /// The access token resources.
    pub fn access_tokens(&self) -> crate::verify_v2::AccessTokenList<'a> {
        crate::verify_v2::AccessTokenList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// The entity resources.
    pub fn entities(&self) -> crate::verify_v2::EntityList<'a> {
        crate::verify_v2::EntityList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// An entity and what it contains.
    pub fn entity(&self, identity: &str) -> crate::verify_v2::EntityContext<'a> {
        crate::verify_v2::EntityContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            identity: identity.to_owned(),
        }
    }
    /// A messaging configuration and what it contains.
    pub fn messaging_configuration(
        &self,
        country: &str,
    ) -> crate::verify_v2::MessagingConfigurationContext<'a> {
        crate::verify_v2::MessagingConfigurationContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            country: country.to_owned(),
        }
    }
    /// The messaging configuration resources.
    pub fn messaging_configurations(
        &self,
    ) -> crate::verify_v2::MessagingConfigurationList<'a> {
        crate::verify_v2::MessagingConfigurationList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// The passkey resources.
    pub fn passkeys(&self) -> crate::verify_v2::PasskeyList<'a> {
        crate::verify_v2::PasskeyList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// A rate limit and what it contains.
    pub fn rate_limit(
        &self,
        rate_limit_sid: &crate::RateLimitSid,
    ) -> crate::verify_v2::RateLimitContext<'a> {
        crate::verify_v2::RateLimitContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            rate_limit_sid: rate_limit_sid.clone(),
        }
    }
    /// The rate limit resources.
    pub fn rate_limits(&self) -> crate::verify_v2::RateLimitList<'a> {
        crate::verify_v2::RateLimitList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// A verification and what it contains.
    pub fn verification(
        &self,
        verification_sid: &str,
    ) -> crate::verify_v2::VerificationContext<'a> {
        crate::verify_v2::VerificationContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            verification_sid: verification_sid.to_owned(),
        }
    }
    /// The verification check resources.
    pub fn verification_check(&self) -> crate::verify_v2::VerificationCheckList<'a> {
        crate::verify_v2::VerificationCheckList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// The verification resources.
    pub fn verifications(&self) -> crate::verify_v2::VerificationList<'a> {
        crate::verify_v2::VerificationList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// A webhook and what it contains.
    pub fn webhook(
        &self,
        webhook_sid: &crate::WebhookSid,
    ) -> crate::verify_v2::WebhookContext<'a> {
        crate::verify_v2::WebhookContext {
            client: self.client,
            service_sid: self.service_sid.clone(),
            webhook_sid: webhook_sid.clone(),
        }
    }
    /// The webhook resources.
    pub fn webhooks(&self) -> crate::verify_v2::WebhookList<'a> {
        crate::verify_v2::WebhookList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// Fetch specific Verification Service Instance.
    ///
    /// `GET /v2/Services/{Sid}` (`FetchService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Service>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/Services/{Sid}",
            &[self.service_sid.as_str()],
        );
        self.client.call_object(request).await
    }
    /// Update a specific Verification Service.
    ///
    /// `POST /v2/Services/{Sid}` (`UpdateService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::verify_v2::UpdateServiceParams,
    ) -> Result<crate::Response<crate::verify_v2::Service>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{Sid}",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
    /// Delete a specific Verification Service Instance.
    ///
    /// `DELETE /v2/Services/{Sid}` (`DeleteService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://verify.twilio.com",
            "/v2/Services/{Sid}",
            &[self.service_sid.as_str()],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `ListService`: required ones go to [`ListServiceParams::new`], optional ones have setters.
#[derive(Clone, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct ListServiceParams {
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
impl std::fmt::Debug for ListServiceParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListServiceParams")
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
impl crate::mock::Inputs for ListServiceParams {
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
impl ListServiceParams {
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
/// The inputs of `CreateService`: required ones go to [`CreateServiceParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateServiceParams {
    /// A descriptive string that you create to describe the verification service
    #[cfg_attr(feature = "cli", arg(long))]
    pub friendly_name: String,
    /// The length of the verification code to generate
    #[cfg_attr(feature = "cli", arg(long))]
    pub code_length: Option<i64>,
    /// Whether to perform a lookup with each verification started and return info about the phone number
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub lookup_enabled: Option<bool>,
    /// Whether to skip sending SMS verifications to landlines
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub skip_sms_to_landlines: Option<bool>,
    /// Whether to ask the user to press a number before delivering the verify code in a phone call
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub dtmf_input_required: Option<bool>,
    /// The name of an alternative text-to-speech service to use in phone calls
    #[cfg_attr(feature = "cli", arg(long))]
    pub tts_name: Option<String>,
    /// Whether to pass PSD2 transaction parameters when starting a verification
    #[cfg_attr(
        feature = "cli",
        arg(long = "psd2-enabled", action = clap::ArgAction::Set)
    )]
    pub psd2_enabled: Option<bool>,
    /// Whether to add a security warning at the end of an SMS verification body
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub do_not_share_warning_enabled: Option<bool>,
    /// Whether to allow sending verifications with a custom code instead of a randomly generated one
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub custom_code_enabled: Option<bool>,
    /// Optional configuration for the Push factors
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub push_include_date: Option<bool>,
    /// Optional configuration for the Push factors
    #[cfg_attr(feature = "cli", arg(long))]
    pub push_apn_credential_sid: Option<crate::PushApnCredentialSid>,
    /// Optional configuration for the Push factors
    #[cfg_attr(feature = "cli", arg(long))]
    pub push_fcm_credential_sid: Option<crate::PushApnCredentialSid>,
    /// Optional configuration for the TOTP factors
    #[cfg_attr(feature = "cli", arg(long))]
    pub totp_issuer: Option<String>,
    /// Optional configuration for the TOTP factors
    #[cfg_attr(feature = "cli", arg(long))]
    pub totp_time_step: Option<i64>,
    /// Optional configuration for the TOTP factors
    #[cfg_attr(feature = "cli", arg(long))]
    pub totp_code_length: Option<i64>,
    /// Optional configuration for the TOTP factors
    #[cfg_attr(feature = "cli", arg(long))]
    pub totp_skew: Option<i64>,
    /// The default message template
    #[cfg_attr(feature = "cli", arg(long))]
    pub default_template_sid: Option<crate::VerificationTemplateSid>,
    /// The SID of the Messaging Service containing WhatsApp Sender(s) that Verify will use to send WhatsApp messages to your users
    #[cfg_attr(feature = "cli", arg(long))]
    pub whatsapp_msg_service_sid: Option<crate::MessagingServiceSid>,
    /// The number to use as the WhatsApp Sender that Verify will use to send WhatsApp messages to your users.This WhatsApp Sender must be associated with a Messaging Service SID
    #[cfg_attr(feature = "cli", arg(long))]
    pub whatsapp_from: Option<String>,
    /// The Relying Party ID for Passkeys
    #[cfg_attr(feature = "cli", arg(long))]
    pub passkeys_relying_party_id: Option<String>,
    /// The Relying Party Name for Passkeys
    #[cfg_attr(feature = "cli", arg(long))]
    pub passkeys_relying_party_name: Option<String>,
    /// The Relying Party Origins for Passkeys
    #[cfg_attr(feature = "cli", arg(long))]
    pub passkeys_relying_party_origins: Option<String>,
    /// The Authenticator Attachment for Passkeys
    #[cfg_attr(feature = "cli", arg(long))]
    pub passkeys_authenticator_attachment: Option<String>,
    /// Indicates whether credentials must be discoverable by the authenticator
    #[cfg_attr(feature = "cli", arg(long))]
    pub passkeys_discoverable_credentials: Option<String>,
    /// The User Verification for Passkeys
    #[cfg_attr(feature = "cli", arg(long))]
    pub passkeys_user_verification: Option<String>,
    /// Whether to allow verifications from the service to reach the stream-events sinks if configured
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub verify_event_subscription_enabled: Option<bool>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateServiceParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            friendly_name: request
                .one(crate::mock::Place::Form, "FriendlyName", crate::mock::value)?,
            code_length: request
                .opt(crate::mock::Place::Form, "CodeLength", crate::mock::value)?,
            lookup_enabled: request
                .opt(crate::mock::Place::Form, "LookupEnabled", crate::mock::value)?,
            skip_sms_to_landlines: request
                .opt(
                    crate::mock::Place::Form,
                    "SkipSmsToLandlines",
                    crate::mock::value,
                )?,
            dtmf_input_required: request
                .opt(crate::mock::Place::Form, "DtmfInputRequired", crate::mock::value)?,
            tts_name: request
                .opt(crate::mock::Place::Form, "TtsName", crate::mock::value)?,
            psd2_enabled: request
                .opt(crate::mock::Place::Form, "Psd2Enabled", crate::mock::value)?,
            do_not_share_warning_enabled: request
                .opt(
                    crate::mock::Place::Form,
                    "DoNotShareWarningEnabled",
                    crate::mock::value,
                )?,
            custom_code_enabled: request
                .opt(crate::mock::Place::Form, "CustomCodeEnabled", crate::mock::value)?,
            push_include_date: request
                .opt(crate::mock::Place::Form, "Push.IncludeDate", crate::mock::value)?,
            push_apn_credential_sid: request
                .opt(
                    crate::mock::Place::Form,
                    "Push.ApnCredentialSid",
                    crate::mock::value,
                )?,
            push_fcm_credential_sid: request
                .opt(
                    crate::mock::Place::Form,
                    "Push.FcmCredentialSid",
                    crate::mock::value,
                )?,
            totp_issuer: request
                .opt(crate::mock::Place::Form, "Totp.Issuer", crate::mock::value)?,
            totp_time_step: request
                .opt(crate::mock::Place::Form, "Totp.TimeStep", crate::mock::value)?,
            totp_code_length: request
                .opt(crate::mock::Place::Form, "Totp.CodeLength", crate::mock::value)?,
            totp_skew: request
                .opt(crate::mock::Place::Form, "Totp.Skew", crate::mock::value)?,
            default_template_sid: request
                .opt(
                    crate::mock::Place::Form,
                    "DefaultTemplateSid",
                    crate::mock::value,
                )?,
            whatsapp_msg_service_sid: request
                .opt(
                    crate::mock::Place::Form,
                    "Whatsapp.MsgServiceSid",
                    crate::mock::value,
                )?,
            whatsapp_from: request
                .opt(crate::mock::Place::Form, "Whatsapp.From", crate::mock::value)?,
            passkeys_relying_party_id: request
                .opt(
                    crate::mock::Place::Form,
                    "Passkeys.RelyingParty.Id",
                    crate::mock::value,
                )?,
            passkeys_relying_party_name: request
                .opt(
                    crate::mock::Place::Form,
                    "Passkeys.RelyingParty.Name",
                    crate::mock::value,
                )?,
            passkeys_relying_party_origins: request
                .opt(
                    crate::mock::Place::Form,
                    "Passkeys.RelyingParty.Origins",
                    crate::mock::value,
                )?,
            passkeys_authenticator_attachment: request
                .opt(
                    crate::mock::Place::Form,
                    "Passkeys.AuthenticatorAttachment",
                    crate::mock::value,
                )?,
            passkeys_discoverable_credentials: request
                .opt(
                    crate::mock::Place::Form,
                    "Passkeys.DiscoverableCredentials",
                    crate::mock::value,
                )?,
            passkeys_user_verification: request
                .opt(
                    crate::mock::Place::Form,
                    "Passkeys.UserVerification",
                    crate::mock::value,
                )?,
            verify_event_subscription_enabled: request
                .opt(
                    crate::mock::Place::Form,
                    "VerifyEventSubscriptionEnabled",
                    crate::mock::value,
                )?,
        })
    }
}
impl CreateServiceParams {
    /// The inputs the operation requires.
    pub fn new(friendly_name: impl Into<String>) -> Self {
        Self {
            friendly_name: friendly_name.into(),
            code_length: None,
            lookup_enabled: None,
            skip_sms_to_landlines: None,
            dtmf_input_required: None,
            tts_name: None,
            psd2_enabled: None,
            do_not_share_warning_enabled: None,
            custom_code_enabled: None,
            push_include_date: None,
            push_apn_credential_sid: None,
            push_fcm_credential_sid: None,
            totp_issuer: None,
            totp_time_step: None,
            totp_code_length: None,
            totp_skew: None,
            default_template_sid: None,
            whatsapp_msg_service_sid: None,
            whatsapp_from: None,
            passkeys_relying_party_id: None,
            passkeys_relying_party_name: None,
            passkeys_relying_party_origins: None,
            passkeys_authenticator_attachment: None,
            passkeys_discoverable_credentials: None,
            passkeys_user_verification: None,
            verify_event_subscription_enabled: None,
        }
    }
    /// The length of the verification code to generate. Must be an integer value between 4 and 10, inclusive.
    pub fn code_length(mut self, value: i64) -> Self {
        self.code_length = Some(value);
        self
    }
    /// Whether to perform a lookup with each verification started and return info about the phone number.
    pub fn lookup_enabled(mut self, value: bool) -> Self {
        self.lookup_enabled = Some(value);
        self
    }
    /// Whether to skip sending SMS verifications to landlines. Requires `lookup_enabled`.
    pub fn skip_sms_to_landlines(mut self, value: bool) -> Self {
        self.skip_sms_to_landlines = Some(value);
        self
    }
    /// Whether to ask the user to press a number before delivering the verify code in a phone call.
    pub fn dtmf_input_required(mut self, value: bool) -> Self {
        self.dtmf_input_required = Some(value);
        self
    }
    /// The name of an alternative text-to-speech service to use in phone calls. Applies only to TTS languages.
    pub fn tts_name(mut self, value: impl Into<String>) -> Self {
        self.tts_name = Some(value.into());
        self
    }
    /// Whether to pass PSD2 transaction parameters when starting a verification.
    pub fn psd2_enabled(mut self, value: bool) -> Self {
        self.psd2_enabled = Some(value);
        self
    }
    /// Whether to add a security warning at the end of an SMS verification body. Disabled by default and applies only to SMS. Example SMS body: `Your AppName verification code is: 1234. Don’t share this code with anyone; our employees will never ask for the code`
    pub fn do_not_share_warning_enabled(mut self, value: bool) -> Self {
        self.do_not_share_warning_enabled = Some(value);
        self
    }
    /// Whether to allow sending verifications with a custom code instead of a randomly generated one.
    pub fn custom_code_enabled(mut self, value: bool) -> Self {
        self.custom_code_enabled = Some(value);
        self
    }
    /// Optional configuration for the Push factors. If true, include the date in the Challenge's response. Otherwise, the date is omitted from the response. See [Challenge](https://www.twilio.com/docs/verify/api/challenge) resource’s details parameter for more info. Default: false. \*\*Deprecated\*\* do not use this parameter. This timestamp value is the same one as the one found in `date_created`, please use that one instead.
    pub fn push_include_date(mut self, value: bool) -> Self {
        self.push_include_date = Some(value);
        self
    }
    /// Optional configuration for the Push factors. Set the APN Credential for this service. This will allow to send push notifications to iOS devices. See [Credential Resource](https://www.twilio.com/docs/notify/api/credential-resource)
    pub fn push_apn_credential_sid(
        mut self,
        value: crate::PushApnCredentialSid,
    ) -> Self {
        self.push_apn_credential_sid = Some(value);
        self
    }
    /// Optional configuration for the Push factors. Set the FCM Credential for this service. This will allow to send push notifications to Android devices. See [Credential Resource](https://www.twilio.com/docs/notify/api/credential-resource)
    pub fn push_fcm_credential_sid(
        mut self,
        value: crate::PushApnCredentialSid,
    ) -> Self {
        self.push_fcm_credential_sid = Some(value);
        self
    }
    /// Optional configuration for the TOTP factors. Set TOTP Issuer for this service. This will allow to configure the issuer of the TOTP URI. Defaults to the service friendly name if not provided.
    pub fn totp_issuer(mut self, value: impl Into<String>) -> Self {
        self.totp_issuer = Some(value.into());
        self
    }
    /// Optional configuration for the TOTP factors. Defines how often, in seconds, are TOTP codes generated. i.e, a new TOTP code is generated every time\_step seconds. Must be between 20 and 60 seconds, inclusive. Defaults to 30 seconds
    pub fn totp_time_step(mut self, value: i64) -> Self {
        self.totp_time_step = Some(value);
        self
    }
    /// Optional configuration for the TOTP factors. Number of digits for generated TOTP codes. Must be between 3 and 8, inclusive. Defaults to 6
    pub fn totp_code_length(mut self, value: i64) -> Self {
        self.totp_code_length = Some(value);
        self
    }
    /// Optional configuration for the TOTP factors. The number of time-steps, past and future, that are valid for validation of TOTP codes. Must be between 0 and 2, inclusive. Defaults to 1
    pub fn totp_skew(mut self, value: i64) -> Self {
        self.totp_skew = Some(value);
        self
    }
    /// The default message [template](https://www.twilio.com/docs/verify/api/templates). Will be used for all SMS verifications unless explicitly overriden. SMS channel only.
    pub fn default_template_sid(
        mut self,
        value: crate::VerificationTemplateSid,
    ) -> Self {
        self.default_template_sid = Some(value);
        self
    }
    /// The SID of the Messaging Service containing WhatsApp Sender(s) that Verify will use to send WhatsApp messages to your users.
    pub fn whatsapp_msg_service_sid(
        mut self,
        value: crate::MessagingServiceSid,
    ) -> Self {
        self.whatsapp_msg_service_sid = Some(value);
        self
    }
    /// The number to use as the WhatsApp Sender that Verify will use to send WhatsApp messages to your users.This WhatsApp Sender must be associated with a Messaging Service SID.
    pub fn whatsapp_from(mut self, value: impl Into<String>) -> Self {
        self.whatsapp_from = Some(value.into());
        self
    }
    /// The Relying Party ID for Passkeys. This is the domain of your application, e.g. `example.com`. It is used to identify your application when creating Passkeys.
    pub fn passkeys_relying_party_id(mut self, value: impl Into<String>) -> Self {
        self.passkeys_relying_party_id = Some(value.into());
        self
    }
    /// The Relying Party Name for Passkeys. This is the name of your application, e.g. `Example App`. It is used to identify your application when creating Passkeys.
    pub fn passkeys_relying_party_name(mut self, value: impl Into<String>) -> Self {
        self.passkeys_relying_party_name = Some(value.into());
        self
    }
    /// The Relying Party Origins for Passkeys. This is the origin of your application, e.g. `login.example.com,www.example.com`. It is used to identify your application when creating Passkeys, it can have multiple origins split by `,`.
    pub fn passkeys_relying_party_origins(mut self, value: impl Into<String>) -> Self {
        self.passkeys_relying_party_origins = Some(value.into());
        self
    }
    /// The Authenticator Attachment for Passkeys. This is the type of authenticator that will be used to create Passkeys. It can be empty or it can have the values `platform`, `cross-platform` or `any`.
    pub fn passkeys_authenticator_attachment(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.passkeys_authenticator_attachment = Some(value.into());
        self
    }
    /// Indicates whether credentials must be discoverable by the authenticator. It can be empty or it can have the values `required`, `preferred` or `discouraged`.
    pub fn passkeys_discoverable_credentials(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.passkeys_discoverable_credentials = Some(value.into());
        self
    }
    /// The User Verification for Passkeys. This is the type of user verification that will be used to create Passkeys. It can be empty or it can have the values `required`, `preferred` or `discouraged`.
    pub fn passkeys_user_verification(mut self, value: impl Into<String>) -> Self {
        self.passkeys_user_verification = Some(value.into());
        self
    }
    /// Whether to allow verifications from the service to reach the stream-events sinks if configured
    pub fn verify_event_subscription_enabled(mut self, value: bool) -> Self {
        self.verify_event_subscription_enabled = Some(value);
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("FriendlyName", [&self.friendly_name]);
        out.add("CodeLength", self.code_length);
        out.add("LookupEnabled", self.lookup_enabled);
        out.add("SkipSmsToLandlines", self.skip_sms_to_landlines);
        out.add("DtmfInputRequired", self.dtmf_input_required);
        out.add("TtsName", &self.tts_name);
        out.add("Psd2Enabled", self.psd2_enabled);
        out.add("DoNotShareWarningEnabled", self.do_not_share_warning_enabled);
        out.add("CustomCodeEnabled", self.custom_code_enabled);
        out.add("Push.IncludeDate", self.push_include_date);
        out.add("Push.ApnCredentialSid", &self.push_apn_credential_sid);
        out.add("Push.FcmCredentialSid", &self.push_fcm_credential_sid);
        out.add("Totp.Issuer", &self.totp_issuer);
        out.add("Totp.TimeStep", self.totp_time_step);
        out.add("Totp.CodeLength", self.totp_code_length);
        out.add("Totp.Skew", self.totp_skew);
        out.add("DefaultTemplateSid", &self.default_template_sid);
        out.add("Whatsapp.MsgServiceSid", &self.whatsapp_msg_service_sid);
        out.add("Whatsapp.From", &self.whatsapp_from);
        out.add("Passkeys.RelyingParty.Id", &self.passkeys_relying_party_id);
        out.add("Passkeys.RelyingParty.Name", &self.passkeys_relying_party_name);
        out.add("Passkeys.RelyingParty.Origins", &self.passkeys_relying_party_origins);
        out.add(
            "Passkeys.AuthenticatorAttachment",
            &self.passkeys_authenticator_attachment,
        );
        out.add(
            "Passkeys.DiscoverableCredentials",
            &self.passkeys_discoverable_credentials,
        );
        out.add("Passkeys.UserVerification", &self.passkeys_user_verification);
        out.add(
            "VerifyEventSubscriptionEnabled",
            self.verify_event_subscription_enabled,
        );
        out.into_vec()
    }
}
/// The service resources.
#[derive(Clone)]
pub struct ServiceList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for ServiceList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServiceList").finish_non_exhaustive()
    }
}
impl<'a> ServiceList<'a> {
    /// Retrieve a list of all Verification Services for an account.
    ///
    /// `GET /v2/Services` (`ListService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    ///
    /// Every item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::verify_v2::ListServiceParams::limit) (all without one).
    pub async fn list(
        &self,
        params: crate::verify_v2::ListServiceParams,
    ) -> Result<Vec<crate::verify_v2::Service>, crate::Error> {
        let limit = params.limit;
        crate::paging::collect::<
            crate::verify_v2::ListServiceResponseBody,
        >(self.client, self.list_request(params), limit)
            .await
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the stream
    /// reaches it, and none once the limit is reached. An error is yielded and ends the
    /// stream.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListServiceParams,
    ) -> impl futures_core::Stream<
        Item = Result<crate::verify_v2::Service, crate::Error>,
    > + use<'a> {
        let limit = params.limit;
        crate::paging::items::<
            crate::verify_v2::ListServiceResponseBody,
        >(self.client, self.list_request(params), limit)
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the list.
    pub async fn page(
        &self,
        params: crate::verify_v2::ListServiceParams,
    ) -> Result<
        crate::paging::Page<'a, crate::verify_v2::ListServiceResponseBody>,
        crate::Error,
    > {
        crate::paging::fetch(self.client, self.list_request(params)?).await
    }
    /// The request for the first page.
    fn list_request(
        &self,
        params: crate::verify_v2::ListServiceParams,
    ) -> Result<crate::Request, crate::Error> {
        let params = params.with_page_size();
        params.validate()?;
        Ok(crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://verify.twilio.com",
                "/v2/Services",
                &[],
            )
        })
    }
    /// Create a new Verification Service.
    ///
    /// `POST /v2/Services` (`CreateService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateServiceParams,
    ) -> Result<crate::Response<crate::verify_v2::Service>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services",
                &[],
            )
        };
        self.client.call_object(request).await
    }
}
impl crate::paging::PageBody for crate::verify_v2::ListServiceResponseBody {
    type Item = crate::verify_v2::Service;
    fn into_parts(self) -> (Vec<crate::verify_v2::Service>, Option<String>) {
        (
            self.services.unwrap_or_default(),
            self.meta.and_then(|meta| meta.next_page_url),
        )
    }
}
