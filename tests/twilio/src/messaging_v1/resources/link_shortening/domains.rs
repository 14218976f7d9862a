//! The `Domains` resources of `LinkShortening`: how to reach their operations, and the operations' parameters.
/// The link shortening resources.
#[derive(Clone)]
pub struct LinkShorteningList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for LinkShorteningList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkShorteningList").finish_non_exhaustive()
    }
}
impl<'a> LinkShorteningList<'a> {
    /// A domain and what it contains.
    pub fn domain(
        &self,
        domain_sid: &crate::DomainSid,
    ) -> crate::messaging_v1::DomainContext<'a> {
        crate::messaging_v1::DomainContext {
            client: self.client,
            domain_sid: domain_sid.clone(),
        }
    }
    /// A messaging service and what it contains.
    pub fn messaging_service(
        &self,
        messaging_service_sid: &crate::MessagingServiceSid,
    ) -> crate::messaging_v1::LinkShorteningMessagingServiceContext2<'a> {
        crate::messaging_v1::LinkShorteningMessagingServiceContext2 {
            client: self.client,
            messaging_service_sid: messaging_service_sid.clone(),
        }
    }
    /// A messaging service and what it contains.
    pub fn messaging_service_instance(
        &self,
        messaging_service_sid: &crate::MessagingServiceSid,
    ) -> crate::messaging_v1::LinkShorteningMessagingServiceContext<'a> {
        crate::messaging_v1::LinkShorteningMessagingServiceContext {
            client: self.client,
            messaging_service_sid: messaging_service_sid.clone(),
        }
    }
}
/// A domain and what it contains.
#[derive(Clone)]
pub struct DomainContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) domain_sid: crate::DomainSid,
}
impl std::fmt::Debug for DomainContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DomainContext")
            .field("domain_sid", &self.domain_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> DomainContext<'a> {
    /// The certificate resources.
    pub fn certificate(&self) -> crate::messaging_v1::CertificateList<'a> {
        crate::messaging_v1::CertificateList {
            client: self.client,
            domain_sid: self.domain_sid.clone(),
        }
    }
    /// The config resources.
    pub fn config(&self) -> crate::messaging_v1::ConfigList<'a> {
        crate::messaging_v1::ConfigList {
            client: self.client,
            domain_sid: self.domain_sid.clone(),
        }
    }
    /// A messaging service and what it contains.
    pub fn messaging_service(
        &self,
        messaging_service_sid: &crate::MessagingServiceSid,
    ) -> crate::messaging_v1::MessagingServiceContext<'a> {
        crate::messaging_v1::MessagingServiceContext {
            client: self.client,
            domain_sid: self.domain_sid.clone(),
            messaging_service_sid: messaging_service_sid.clone(),
        }
    }
    /// The request managed cert resources.
    pub fn request_managed_cert(
        &self,
    ) -> crate::messaging_v1::RequestManagedCertList<'a> {
        crate::messaging_v1::RequestManagedCertList {
            client: self.client,
            domain_sid: self.domain_sid.clone(),
        }
    }
    /// The validate dns resources.
    pub fn validate_dns(&self) -> crate::messaging_v1::ValidateDnsList<'a> {
        crate::messaging_v1::ValidateDnsList {
            client: self.client,
            domain_sid: self.domain_sid.clone(),
        }
    }
}
/// The inputs of `UpdateDomainCertV4`: required ones go to [`UpdateDomainCertV4Params::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateDomainCertV4Params {
    /// Contains the full TLS certificate and private for this domain in PEM format: <https://en.wikipedia.org/wiki/Privacy-Enhanced_Mail>
    #[cfg_attr(
        feature = "cli",
        arg(
            long,
            help = "Contains the full TLS certificate and private for this domain in PEM format: https://en.wikipedia.org/wiki/Privacy-Enhanced_Mail"
        )
    )]
    pub tls_cert: String,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateDomainCertV4Params {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            tls_cert: request
                .one(crate::mock::Place::Form, "TlsCert", crate::mock::value)?,
        })
    }
}
impl UpdateDomainCertV4Params {
    /// The inputs the operation requires.
    pub fn new(tls_cert: impl Into<String>) -> Self {
        Self { tls_cert: tls_cert.into() }
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("TlsCert", [&self.tls_cert]);
        out.into_vec()
    }
}
/// The certificate resources.
#[derive(Clone)]
pub struct CertificateList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) domain_sid: crate::DomainSid,
}
impl std::fmt::Debug for CertificateList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CertificateList")
            .field("domain_sid", &self.domain_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> CertificateList<'a> {
    /// The `FetchDomainCertV4` operation.
    ///
    /// `GET /v1/LinkShortening/Domains/{DomainSid}/Certificate` (`FetchDomainCertV4`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::DomainCertV4>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://messaging.twilio.com",
            "/v1/LinkShortening/Domains/{DomainSid}/Certificate",
            &[self.domain_sid.as_str()],
        );
        self.client.call_object(request).await
    }
    /// The `UpdateDomainCertV4` operation.
    ///
    /// `POST /v1/LinkShortening/Domains/{DomainSid}/Certificate` (`UpdateDomainCertV4`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::messaging_v1::UpdateDomainCertV4Params,
    ) -> Result<crate::Response<crate::messaging_v1::DomainCertV4>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/LinkShortening/Domains/{DomainSid}/Certificate",
                &[self.domain_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
    /// The `DeleteDomainCertV4` operation.
    ///
    /// `DELETE /v1/LinkShortening/Domains/{DomainSid}/Certificate` (`DeleteDomainCertV4`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://messaging.twilio.com",
            "/v1/LinkShortening/Domains/{DomainSid}/Certificate",
            &[self.domain_sid.as_str()],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `UpdateDomainConfig`: required ones go to [`UpdateDomainConfigParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct UpdateDomainConfigParams {
    /// Any requests we receive to this domain that do not match an existing shortened message will be redirected to the fallback url
    #[cfg_attr(feature = "cli", arg(long))]
    pub fallback_url: Option<crate::Uri>,
    /// URL to receive click events to your webhook whenever the recipients click on the shortened links
    #[cfg_attr(feature = "cli", arg(long))]
    pub callback_url: Option<crate::Uri>,
    /// Boolean field to set customer delivery preference when there is a failure in linkShortening service
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub continue_on_failure: Option<bool>,
    /// Customer's choice to send links with/without "<https://>" attached to shortened url
    #[cfg_attr(
        feature = "cli",
        arg(
            long,
            help = "Customer's choice to send links with/without \"https://\" attached to shortened url",
            action = clap::ArgAction::Set
        )
    )]
    pub disable_https: Option<bool>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for UpdateDomainConfigParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            fallback_url: request
                .opt(crate::mock::Place::Form, "FallbackUrl", crate::mock::parsed)?,
            callback_url: request
                .opt(crate::mock::Place::Form, "CallbackUrl", crate::mock::parsed)?,
            continue_on_failure: request
                .opt(crate::mock::Place::Form, "ContinueOnFailure", crate::mock::value)?,
            disable_https: request
                .opt(crate::mock::Place::Form, "DisableHttps", crate::mock::value)?,
        })
    }
}
impl UpdateDomainConfigParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// Any requests we receive to this domain that do not match an existing shortened message will be redirected to the fallback url. These will likely be either expired messages, random misdirected traffic, or intentional scraping.
    pub fn fallback_url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.fallback_url = Some(value.into());
        self
    }
    /// URL to receive click events to your webhook whenever the recipients click on the shortened links
    pub fn callback_url(mut self, value: impl Into<crate::Uri>) -> Self {
        self.callback_url = Some(value.into());
        self
    }
    /// Boolean field to set customer delivery preference when there is a failure in linkShortening service
    pub fn continue_on_failure(mut self, value: bool) -> Self {
        self.continue_on_failure = Some(value);
        self
    }
    /// Customer's choice to send links with/without "<https://>" attached to shortened url. If true, messages will not be sent with <https://> at the beginning of the url. If false, messages will be sent with <https://> at the beginning of the url. False is the default behavior if it is not specified.
    pub fn disable_https(mut self, value: bool) -> Self {
        self.disable_https = Some(value);
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::urls("FallbackUrl", &self.fallback_url)?;
        crate::formats::check::urls("CallbackUrl", &self.callback_url)?;
        Ok(())
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("FallbackUrl", &self.fallback_url);
        out.add("CallbackUrl", &self.callback_url);
        out.add("ContinueOnFailure", self.continue_on_failure);
        out.add("DisableHttps", self.disable_https);
        out.into_vec()
    }
}
/// The config resources.
#[derive(Clone)]
pub struct ConfigList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) domain_sid: crate::DomainSid,
}
impl std::fmt::Debug for ConfigList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConfigList")
            .field("domain_sid", &self.domain_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> ConfigList<'a> {
    /// The `FetchDomainConfig` operation.
    ///
    /// `GET /v1/LinkShortening/Domains/{DomainSid}/Config` (`FetchDomainConfig`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::DomainConfig>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://messaging.twilio.com",
            "/v1/LinkShortening/Domains/{DomainSid}/Config",
            &[self.domain_sid.as_str()],
        );
        self.client.call_object(request).await
    }
    /// The `UpdateDomainConfig` operation.
    ///
    /// `POST /v1/LinkShortening/Domains/{DomainSid}/Config` (`UpdateDomainConfig`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
        params: crate::messaging_v1::UpdateDomainConfigParams,
    ) -> Result<crate::Response<crate::messaging_v1::DomainConfig>, crate::Error> {
        params.validate()?;
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/LinkShortening/Domains/{DomainSid}/Config",
                &[self.domain_sid.as_str()],
            )
        };
        self.client.call_object(request).await
    }
}
/// A messaging service and what it contains.
#[derive(Clone)]
pub struct MessagingServiceContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) domain_sid: crate::DomainSid,
    pub(crate) messaging_service_sid: crate::MessagingServiceSid,
}
impl std::fmt::Debug for MessagingServiceContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MessagingServiceContext")
            .field("domain_sid", &self.domain_sid)
            .field("messaging_service_sid", &self.messaging_service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> MessagingServiceContext<'a> {
    /// The `CreateLinkshorteningMessagingService` operation.
    ///
    /// `POST /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}` (`CreateLinkshorteningMessagingService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
    ) -> Result<
        crate::Response<crate::messaging_v1::LinkshorteningMessagingService>,
        crate::Error,
    > {
        let request = crate::Request::new(
            reqwest::Method::POST,
            "https://messaging.twilio.com",
            "/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}",
            &[self.domain_sid.as_str(), self.messaging_service_sid.as_str()],
        );
        self.client.call_object(request).await
    }
    /// The `DeleteLinkshorteningMessagingService` operation.
    ///
    /// `DELETE /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}` (`DeleteLinkshorteningMessagingService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://messaging.twilio.com",
            "/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}",
            &[self.domain_sid.as_str(), self.messaging_service_sid.as_str()],
        );
        self.client.call_empty(request).await
    }
}
/// The request managed cert resources.
#[derive(Clone)]
pub struct RequestManagedCertList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) domain_sid: crate::DomainSid,
}
impl std::fmt::Debug for RequestManagedCertList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestManagedCertList")
            .field("domain_sid", &self.domain_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> RequestManagedCertList<'a> {
    /// The `UpdateRequestManagedCert` operation.
    ///
    /// `POST /v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert` (`UpdateRequestManagedCert`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn update(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::RequestManagedCert>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::POST,
            "https://messaging.twilio.com",
            "/v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert",
            &[self.domain_sid.as_str()],
        );
        self.client.call_object(request).await
    }
}
/// The validate dns resources.
#[derive(Clone)]
pub struct ValidateDnsList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) domain_sid: crate::DomainSid,
}
impl std::fmt::Debug for ValidateDnsList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ValidateDnsList")
            .field("domain_sid", &self.domain_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> ValidateDnsList<'a> {
    /// The `FetchDomainDnsValidation` operation.
    ///
    /// `GET /v1/LinkShortening/Domains/{DomainSid}/ValidateDns` (`FetchDomainDnsValidation`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<
        crate::Response<crate::messaging_v1::DomainDnsValidation>,
        crate::Error,
    > {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://messaging.twilio.com",
            "/v1/LinkShortening/Domains/{DomainSid}/ValidateDns",
            &[self.domain_sid.as_str()],
        );
        self.client.call_object(request).await
    }
}
