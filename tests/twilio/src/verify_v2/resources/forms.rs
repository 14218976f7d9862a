//! The `Forms` resources: how to reach their operations, and the operations' parameters.
/// A form and what it contains.
#[derive(Clone)]
pub struct FormContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) form_type: crate::verify_v2::FormFormTypes,
}
impl std::fmt::Debug for FormContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FormContext")
            .field("form_type", &self.form_type)
            .finish_non_exhaustive()
    }
}
impl<'a> FormContext<'a> {
    /// Fetch the forms for a specific Form Type.
    ///
    /// `GET /v2/Forms/{FormType}` (`FetchForm`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Form>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/Forms/{FormType}",
            &[&crate::formats::path_segment(self.form_type.as_str())],
        );
        self.client.call_object(request).await
    }
}
