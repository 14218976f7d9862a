//! The `Numbers` resources of `SafeList`: how to reach their operations, and the operations' parameters.
/// The safe list resources.
#[derive(Clone)]
pub struct SafeListList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for SafeListList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SafeListList").finish_non_exhaustive()
    }
}
impl<'a> SafeListList<'a> {
    /// A number and what it contains.
    pub fn number(&self, phone_number: &str) -> crate::verify_v2::NumberContext<'a> {
        crate::verify_v2::NumberContext {
            client: self.client,
            phone_number: phone_number.to_owned(),
        }
    }
    /// The number resources.
    pub fn numbers(&self) -> crate::verify_v2::NumberList<'a> {
        crate::verify_v2::NumberList {
            client: self.client,
        }
    }
}
/// A number and what it contains.
#[derive(Clone)]
pub struct NumberContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) phone_number: String,
}
impl std::fmt::Debug for NumberContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NumberContext")
            .field("phone_number", &self.phone_number)
            .finish_non_exhaustive()
    }
}
impl<'a> NumberContext<'a> {
    /// Check if a phone number exists in SafeList.
    ///
    /// `GET /v2/SafeList/Numbers/{PhoneNumber}` (`FetchSafelist`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Safelist>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::GET,
            "https://verify.twilio.com",
            "/v2/SafeList/Numbers/{PhoneNumber}",
            &[&crate::formats::path_segment(&self.phone_number)],
        );
        self.client.call_object(request).await
    }
    /// Remove a phone number from SafeList.
    ///
    /// `DELETE /v2/SafeList/Numbers/{PhoneNumber}` (`DeleteSafelist`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        let request = crate::Request::new(
            reqwest::Method::DELETE,
            "https://verify.twilio.com",
            "/v2/SafeList/Numbers/{PhoneNumber}",
            &[&crate::formats::path_segment(&self.phone_number)],
        );
        self.client.call_empty(request).await
    }
}
/// The inputs of `CreateSafelist`: required ones go to [`CreateSafelistParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateSafelistParams {
    /// The phone number to be added in SafeList
    #[cfg_attr(feature = "cli", arg(long))]
    pub phone_number: String,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateSafelistParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            phone_number: request
                .one(crate::mock::Place::Form, "PhoneNumber", crate::mock::value)?,
        })
    }
}
impl CreateSafelistParams {
    /// The inputs the operation requires.
    pub fn new(phone_number: impl Into<String>) -> Self {
        Self {
            phone_number: phone_number.into(),
        }
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("PhoneNumber", [&self.phone_number]);
        out.into_vec()
    }
}
/// The number resources.
#[derive(Clone)]
pub struct NumberList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for NumberList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NumberList").finish_non_exhaustive()
    }
}
impl<'a> NumberList<'a> {
    /// Add a new phone number to SafeList.
    ///
    /// `POST /v2/SafeList/Numbers` (`CreateSafelist`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::verify_v2::CreateSafelistParams,
    ) -> Result<crate::Response<crate::verify_v2::Safelist>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://verify.twilio.com",
                "/v2/SafeList/Numbers",
                &[],
            )
        };
        self.client.call_object(request).await
    }
}
