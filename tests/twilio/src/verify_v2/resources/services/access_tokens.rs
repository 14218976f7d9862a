//! The `AccessTokens` resources of `Services`: how to reach their operations, and the operations' parameters.
/// An access token and what it contains.
#[derive(Clone)]
pub struct AccessTokenContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
    pub(crate) access_token_sid: crate::AccessTokenSid,
}
impl std::fmt::Debug for AccessTokenContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessTokenContext")
            .field("service_sid", &self.service_sid)
            .field("access_token_sid", &self.access_token_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> AccessTokenContext<'a> {
    /// Fetch an Access Token for the Entity
    ///
    /// `GET /v2/Services/{ServiceSid}/AccessTokens/{Sid}` (`FetchAccessToken`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::AccessToken>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/Services/{ServiceSid}/AccessTokens/{Sid}",
            &[self.service_sid.as_str(), self.access_token_sid.as_str()],
        );
        self.client.call_object(request).await
    }
}
/// The inputs of `CreateAccessToken`: required ones go to [`CreateAccessTokenParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateAccessTokenParams {
    /// The unique external identifier for the Entity of the Service
    #[cfg_attr(feature = "cli", arg(long))]
    pub identity: String,
    /// The Type of the Factor
    #[cfg_attr(feature = "cli", arg(long))]
    pub factor_type: crate::verify_v2::AccessTokenFactorTypes,
    /// The friendly name of the factor that is going to be created with this access token
    #[cfg_attr(feature = "cli", arg(long))]
    pub factor_friendly_name: Option<String>,
    /// How long, in seconds, the access token is valid
    #[cfg_attr(feature = "cli", arg(long))]
    pub ttl: Option<i64>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateAccessTokenParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            identity: request
                .one(crate::mock::Place::Form, "Identity", crate::mock::value)?,
            factor_type: request
                .one(crate::mock::Place::Form, "FactorType", crate::mock::value)?,
            factor_friendly_name: request
                .opt(
                    crate::mock::Place::Form,
                    "FactorFriendlyName",
                    crate::mock::value,
                )?,
            ttl: request.opt(crate::mock::Place::Form, "Ttl", crate::mock::value)?,
        })
    }
}
impl CreateAccessTokenParams {
    /// The inputs the operation requires.
    pub fn new(
        identity: impl Into<String>,
        factor_type: crate::verify_v2::AccessTokenFactorTypes,
    ) -> Self {
        Self {
            identity: identity.into(),
            factor_type,
            factor_friendly_name: None,
            ttl: None,
        }
    }
    /// The friendly name of the factor that is going to be created with this access token
    pub fn factor_friendly_name(mut self, value: impl Into<String>) -> Self {
        self.factor_friendly_name = Some(value.into());
        self
    }
    /// How long, in seconds, the access token is valid. Can be an integer between 60 and 300. Default is 60.
    pub fn ttl(mut self, value: i64) -> Self {
        self.ttl = Some(value);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("FactorType", [&self.factor_type])?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("Identity", [&self.identity]);
        out.add("FactorType", [&self.factor_type]);
        out.add("FactorFriendlyName", &self.factor_friendly_name);
        out.add("Ttl", self.ttl);
        out.into_vec()
    }
}
/// The access token resources.
#[derive(Clone)]
pub struct AccessTokenList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) service_sid: crate::ServiceSid,
}
impl std::fmt::Debug for AccessTokenList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessTokenList")
            .field("service_sid", &self.service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> AccessTokenList<'a> {
    /// Create a new enrollment Access Token for the Entity
    ///
    /// `POST /v2/Services/{ServiceSid}/AccessTokens` (`CreateAccessToken`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateAccessTokenParams,
    ) -> Result<crate::Response<crate::verify_v2::AccessToken>, crate::Error> {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/Services/{ServiceSid}/AccessTokens",
                &[self.service_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
