//! The `Usecases` resources of `Services`: how to reach their operations, and the operations' parameters.
/// The usecase resources.
#[derive(Clone)]
pub struct UsecaseList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for UsecaseList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UsecaseList").finish_non_exhaustive()
    }
}
impl<'a> UsecaseList<'a> {
    /// The `FetchUsecase` operation.
    ///
    /// `GET /v1/Services/Usecases` (`FetchUsecase`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::Usecase>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://messaging.twilio.com",
            "/v1/Services/Usecases",
            &[],
        );
        self.client.call_object(request).await
    }
}
