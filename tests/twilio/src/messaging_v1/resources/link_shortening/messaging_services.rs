//! The `MessagingServices` resources of `LinkShortening`: how to reach their operations, and the operations' parameters.
/// A messaging service and what it contains.
#[derive(Clone)]
pub struct LinkShorteningMessagingServiceContext2<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) messaging_service_sid: crate::MessagingServiceSid,
}
impl std::fmt::Debug for LinkShorteningMessagingServiceContext2<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkShorteningMessagingServiceContext2")
            .field("messaging_service_sid", &self.messaging_service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> LinkShorteningMessagingServiceContext2<'a> {
    /// The domain resources.
    pub fn domain(&self) -> crate::messaging_v1::DomainList<'a> {
        crate::messaging_v1::DomainList {
            client: self.client,
            messaging_service_sid: self.messaging_service_sid.clone(),
        }
    }
}
/// The domain resources.
#[derive(Clone)]
pub struct DomainList<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) messaging_service_sid: crate::MessagingServiceSid,
}
impl std::fmt::Debug for DomainList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DomainList")
            .field("messaging_service_sid", &self.messaging_service_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> DomainList<'a> {
    /// The `FetchLinkshorteningMessagingServiceDomainAssociation` operation.
    ///
    /// `GET /v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain` (`FetchLinkshorteningMessagingServiceDomainAssociation`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<
        crate::Response<
            crate::messaging_v1::LinkshorteningMessagingServiceDomainAssociation,
        >,
        crate::Error,
    > {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://messaging.twilio.com",
            "/v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain",
            &[self.messaging_service_sid.as_str()],
        );
        self.client.call_object(request).await
    }
}
