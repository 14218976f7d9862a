//! The `MessagingService` resources of `LinkShortening`: how to reach their operations, and the operations' parameters.
/// A messaging service and what it contains.
#[derive(Clone)]
pub struct LinkShorteningMessagingServiceContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) messaging_service_sid: crate::MessagingServiceSid,
}
impl std::fmt::Debug for LinkShorteningMessagingServiceContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkShorteningMessagingServiceContext")
            .field("messaging_service_sid", &self.messaging_service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> LinkShorteningMessagingServiceContext<'a> {
    /// The domain config resources.
    pub fn domain_config(&self) -> crate::messaging_v1::DomainConfigList<'a> {
        crate::messaging_v1::DomainConfigList {
            client: self.client,
            messaging_service_sid: self.messaging_service_sid.clone(),
        }
    }
}
/// The domain config resources.
#[derive(Clone)]
pub struct DomainConfigList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) messaging_service_sid: crate::MessagingServiceSid,
}
impl std::fmt::Debug for DomainConfigList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DomainConfigList")
            .field("messaging_service_sid", &self.messaging_service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> DomainConfigList<'a> {
    /// The `FetchDomainConfigMessagingService` operation.
    ///
    /// `GET /v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig` (`FetchDomainConfigMessagingService`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<
        crate::Response<crate::messaging_v1::DomainConfigMessagingService>,
        crate::Error,
    > {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://messaging.twilio.com",
            "/v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig",
            &[self.messaging_service_sid.as_str()],
        );
        self.client.call_object(request).await
    }
}
