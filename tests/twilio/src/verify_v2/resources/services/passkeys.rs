//! The `Passkeys` resources of `Services`: how to reach their operations, and the operations' parameters.
/// The passkey resources.
#[derive(Clone)]
pub struct PasskeyList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for PasskeyList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasskeyList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> PasskeyList<'a> {
    /// The approve challenge resources.
    pub fn approve_challenge(&self) -> crate::verify_v2::ApproveChallengeList<'a> {
        crate::verify_v2::ApproveChallengeList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// The challenge resources.
    pub fn challenges(&self) -> crate::verify_v2::ServicePasskeyChallengeList<'a> {
        crate::verify_v2::ServicePasskeyChallengeList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// The factor resources.
    pub fn factors(&self) -> crate::verify_v2::ServicePasskeyFactorList<'a> {
        crate::verify_v2::ServicePasskeyFactorList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
    /// The verify factor resources.
    pub fn verify_factor(&self) -> crate::verify_v2::VerifyFactorList<'a> {
        crate::verify_v2::VerifyFactorList {
            client: self.client,
            service_sid: self.service_sid.clone(),
        }
    }
}
/// The inputs of `UpdateChallengePasskeys`: required ones go to [`UpdateChallengePasskeysParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateChallengePasskeysParams {
    /// A base64url encoded representation of `rawId`
    #[cfg_attr(feature = "cli", arg(long))]
    pub id: String,
    /// The globally unique identifier for this `PublicKeyCredential`
    #[cfg_attr(feature = "cli", arg(long))]
    pub raw_id: String,
    /// A string that indicates the mechanism by which the WebAuthn implementation is attached to the authenticator at the time the associated `navigator.credentials.create()` or `navigator.credentials.get()` call completes
    #[cfg_attr(feature = "cli", arg(long))]
    pub authenticator_attachment: crate::verify_v2::AuthenticatorAttachment,
    /// The valid credential types supported by the API
    #[cfg_attr(feature = "cli", arg(long = "type"))]
    pub type_: Option<crate::verify_v2::Type>,
    /// The result of a WebAuthn authentication via a `navigator.credentials.get()` request, as specified in AuthenticatorAttestationResponse
    #[cfg_attr(
        feature = "cli",
        arg(
            long,
            value_parser = crate::verify_v2::cli::parse_json::<crate::verify_v2::UpdateChallengePasskeysResponse>
        )
    )]
    pub response: crate::verify_v2::UpdateChallengePasskeysResponse,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateChallengePasskeysParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            id: request.one(crate::mock::Place::Json, "id", crate::mock::value)?,
            raw_id: request.one(crate::mock::Place::Json, "rawId", crate::mock::value)?,
            authenticator_attachment: request
                .one(
                    crate::mock::Place::Json,
                    "authenticatorAttachment",
                    crate::mock::value,
                )?,
            type_: request.opt(crate::mock::Place::Json, "type", crate::mock::value)?,
            response: request
                .one(crate::mock::Place::Json, "response", crate::mock::value)?,
        })
    }
}
impl UpdateChallengePasskeysParams {
    /// The inputs the operation requires.
    pub fn new(
        id: impl Into<String>,
        raw_id: impl Into<String>,
        authenticator_attachment: crate::verify_v2::AuthenticatorAttachment,
        response: crate::verify_v2::UpdateChallengePasskeysResponse,
    ) -> Self {
        Self {
            id: id.into(),
            raw_id: raw_id.into(),
            authenticator_attachment,
            type_: None,
            response,
        }
    }
    /// The valid credential types supported by the API. The values of this enumeration are used for versioning the `AuthenticatorAssertion` and `AuthenticatorAttestation` structures according to the type of the authenticator.
    pub fn type_(mut self, value: crate::verify_v2::Type) -> Self {
        self.type_ = Some(value);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed(
            "authenticatorAttachment",
            [&self.authenticator_attachment],
        )?;
        crate::formats::check::listed("type", &self.type_)?;
        Ok(())
    }
    /// The JSON body.
    fn json_body(&self) -> serde_json::Value {
        let mut out = serde_json::Map::new();
        {
            let v = &self.id;
            out.insert(
                "id".to_owned(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            );
        }
        {
            let v = &self.raw_id;
            out.insert(
                "rawId".to_owned(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            );
        }
        {
            let v = &self.authenticator_attachment;
            out.insert(
                "authenticatorAttachment".to_owned(),
                serde_json::Value::String(v.as_str().to_owned()),
            );
        }
        if let Some(v) = &self.type_ {
            out.insert(
                "type".to_owned(),
                serde_json::Value::String(v.as_str().to_owned()),
            );
        }
        {
            let v = &self.response;
            out.insert(
                "response".to_owned(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            );
        }
        serde_json::Value::Object(out)
    }
}
/// The approve challenge resources.
#[derive(Clone)]
pub struct ApproveChallengeList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for ApproveChallengeList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApproveChallengeList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> ApproveChallengeList<'a> {
    /// Approve a Passkeys Challenge
    ///
    /// Approve a Passkeys challenge
    ///
    /// `POST /v2/Services/{ServiceSid}/Passkeys/ApproveChallenge` (`UpdateChallengePasskeys`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::verify_v2::UpdateChallengePasskeysParams,
    ) -> Result<
        crate::Response<crate::verify_v2::UpdateChallengePasskeysResponseBody>,
        crate::Error,
    > {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Json(params.json_body()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Passkeys/ApproveChallenge",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
/// The inputs of `CreateChallengePasskeys`: required ones go to [`CreateChallengePasskeysParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateChallengePasskeysParams {
    /// `identity`
    #[cfg_attr(feature = "cli", arg(long))]
    pub identity: Option<String>,
    /// `factor_sid`
    #[cfg_attr(feature = "cli", arg(long))]
    pub factor_sid: Option<String>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateChallengePasskeysParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            identity: request
                .opt(crate::mock::Place::Json, "identity", crate::mock::value)?,
            factor_sid: request
                .opt(crate::mock::Place::Json, "factor_sid", crate::mock::value)?,
        })
    }
}
impl CreateChallengePasskeysParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// `identity`.
    pub fn identity(mut self, value: impl Into<String>) -> Self {
        self.identity = Some(value.into());
        self
    }
    /// `factor_sid`.
    pub fn factor_sid(mut self, value: impl Into<String>) -> Self {
        self.factor_sid = Some(value.into());
        self
    }
    /// The JSON body.
    fn json_body(&self) -> serde_json::Value {
        let mut out = serde_json::Map::new();
        if let Some(v) = &self.identity {
            out.insert(
                "identity".to_owned(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            );
        }
        if let Some(v) = &self.factor_sid {
            out.insert(
                "factor_sid".to_owned(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            );
        }
        serde_json::Value::Object(out)
    }
}
/// The challenge resources.
#[derive(Clone)]
pub struct ServicePasskeyChallengeList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for ServicePasskeyChallengeList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServicePasskeyChallengeList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> ServicePasskeyChallengeList<'a> {
    /// Create a Passkeys Challenge
    ///
    /// `POST /v2/Services/{ServiceSid}/Passkeys/Challenges` (`CreateChallengePasskeys`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateChallengePasskeysParams,
    ) -> Result<
        crate::Response<crate::verify_v2::CreateChallengePasskeysResponseBody>,
        crate::Error,
    > {
        let request = crate::Request {
            body: crate::Body::Json(params.json_body()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Passkeys/Challenges",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
/// The inputs of `CreateNewFactorPasskey`: required ones go to [`CreateNewFactorPasskeyParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateNewFactorPasskeyParams {
    /// `friendly_name`
    #[cfg_attr(feature = "cli", arg(long))]
    pub friendly_name: String,
    /// `identity`
    #[cfg_attr(feature = "cli", arg(long))]
    pub identity: String,
    /// `config`
    #[cfg_attr(
        feature = "cli",
        arg(
            long,
            value_parser = crate::verify_v2::cli::parse_json::<crate::verify_v2::CreateNewFactorPasskeyConfig>
        )
    )]
    pub config: Option<crate::verify_v2::CreateNewFactorPasskeyConfig>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateNewFactorPasskeyParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            friendly_name: request
                .one(crate::mock::Place::Json, "friendly_name", crate::mock::value)?,
            identity: request
                .one(crate::mock::Place::Json, "identity", crate::mock::value)?,
            config: request.opt(crate::mock::Place::Json, "config", crate::mock::value)?,
        })
    }
}
impl CreateNewFactorPasskeyParams {
    /// The inputs the operation requires.
    pub fn new(friendly_name: impl Into<String>, identity: impl Into<String>) -> Self {
        Self {
            friendly_name: friendly_name.into(),
            identity: identity.into(),
            config: None,
        }
    }
    /// `config`.
    pub fn config(
        mut self,
        value: crate::verify_v2::CreateNewFactorPasskeyConfig,
    ) -> Self {
        self.config = Some(value);
        self
    }
    /// The JSON body.
    fn json_body(&self) -> serde_json::Value {
        let mut out = serde_json::Map::new();
        {
            let v = &self.friendly_name;
            out.insert(
                "friendly_name".to_owned(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            );
        }
        {
            let v = &self.identity;
            out.insert(
                "identity".to_owned(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            );
        }
        if let Some(v) = &self.config {
            out.insert(
                "config".to_owned(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            );
        }
        serde_json::Value::Object(out)
    }
}
/// The factor resources.
#[derive(Clone)]
pub struct ServicePasskeyFactorList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for ServicePasskeyFactorList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ServicePasskeyFactorList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> ServicePasskeyFactorList<'a> {
    /// Create a new Passkeys Factor for the Entity
    ///
    /// `POST /v2/Services/{ServiceSid}/Passkeys/Factors` (`CreateNewFactorPasskey`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateNewFactorPasskeyParams,
    ) -> Result<
        crate::Response<crate::verify_v2::CreateNewFactorPasskeyResponseBody>,
        crate::Error,
    > {
        let request = crate::Request {
            body: crate::Body::Json(params.json_body()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Passkeys/Factors",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
/// The inputs of `UpdatePasskeysFactor`: required ones go to [`UpdatePasskeysFactorParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdatePasskeysFactorParams {
    /// A base64url encoded representation of `rawId`
    #[cfg_attr(feature = "cli", arg(long))]
    pub id: Option<String>,
    /// The globally unique identifier for this `PublicKeyCredential`
    #[cfg_attr(feature = "cli", arg(long))]
    pub raw_id: Option<String>,
    /// A string that indicates the mechanism by which the WebAuthn implementation is attached to the authenticator at the time the associated
    #[cfg_attr(feature = "cli", arg(long))]
    pub authenticator_attachment: Option<crate::verify_v2::AuthenticatorAttachment>,
    /// The valid credential types supported by the API
    #[cfg_attr(feature = "cli", arg(long = "type"))]
    pub type_: Option<crate::verify_v2::Type>,
    /// The result of a WebAuthn credential registration via `navigator.credentials.create()`, as specified in AuthenticatorAttestationResponse
    #[cfg_attr(
        feature = "cli",
        arg(
            long,
            value_parser = crate::verify_v2::cli::parse_json::<crate::verify_v2::UpdatePasskeysFactorResponse>
        )
    )]
    pub response: crate::verify_v2::UpdatePasskeysFactorResponse,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdatePasskeysFactorParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            id: request.opt(crate::mock::Place::Json, "id", crate::mock::value)?,
            raw_id: request.opt(crate::mock::Place::Json, "rawId", crate::mock::value)?,
            authenticator_attachment: request
                .opt(
                    crate::mock::Place::Json,
                    "authenticatorAttachment",
                    crate::mock::value,
                )?,
            type_: request.opt(crate::mock::Place::Json, "type", crate::mock::value)?,
            response: request
                .one(crate::mock::Place::Json, "response", crate::mock::value)?,
        })
    }
}
impl UpdatePasskeysFactorParams {
    /// The inputs the operation requires.
    pub fn new(response: crate::verify_v2::UpdatePasskeysFactorResponse) -> Self {
        Self {
            id: None,
            raw_id: None,
            authenticator_attachment: None,
            type_: None,
            response,
        }
    }
    /// A [base64url](https://base64.guru/standards/base64url) encoded representation of `rawId`.
    pub fn id(mut self, value: impl Into<String>) -> Self {
        self.id = Some(value.into());
        self
    }
    /// The globally unique identifier for this `PublicKeyCredential`.
    pub fn raw_id(mut self, value: impl Into<String>) -> Self {
        self.raw_id = Some(value.into());
        self
    }
    /// A string that indicates the mechanism by which the WebAuthn implementation is attached to the authenticator at the time the associated
    /// `navigator.credentials.create()` or `navigator.credentials.get()` call completes.
    pub fn authenticator_attachment(
        mut self,
        value: crate::verify_v2::AuthenticatorAttachment,
    ) -> Self {
        self.authenticator_attachment = Some(value);
        self
    }
    /// The valid credential types supported by the API.
    /// The values of this enumeration are used for versioning the `AuthenticatorAssertion` and `AuthenticatorAttestation` structures according to the type of the authenticator.
    pub fn type_(mut self, value: crate::verify_v2::Type) -> Self {
        self.type_ = Some(value);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed(
            "authenticatorAttachment",
            &self.authenticator_attachment,
        )?;
        crate::formats::check::listed("type", &self.type_)?;
        Ok(())
    }
    /// The JSON body.
    fn json_body(&self) -> serde_json::Value {
        let mut out = serde_json::Map::new();
        if let Some(v) = &self.id {
            out.insert(
                "id".to_owned(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            );
        }
        if let Some(v) = &self.raw_id {
            out.insert(
                "rawId".to_owned(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            );
        }
        if let Some(v) = &self.authenticator_attachment {
            out.insert(
                "authenticatorAttachment".to_owned(),
                serde_json::Value::String(v.as_str().to_owned()),
            );
        }
        if let Some(v) = &self.type_ {
            out.insert(
                "type".to_owned(),
                serde_json::Value::String(v.as_str().to_owned()),
            );
        }
        {
            let v = &self.response;
            out.insert(
                "response".to_owned(),
                serde_json::to_value(v).unwrap_or(serde_json::Value::Null),
            );
        }
        serde_json::Value::Object(out)
    }
}
/// The verify factor resources.
#[derive(Clone)]
pub struct VerifyFactorList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for VerifyFactorList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyFactorList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> VerifyFactorList<'a> {
    /// Verify a Passkeys Factor
    ///
    /// `POST /v2/Services/{ServiceSid}/Passkeys/VerifyFactor` (`UpdatePasskeysFactor`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::verify_v2::UpdatePasskeysFactorParams,
    ) -> Result<
        crate::Response<crate::verify_v2::UpdatePasskeysFactorResponseBody>,
        crate::Error,
    > {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Json(params.json_body()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/Passkeys/VerifyFactor",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
