//! The `Deactivations` resources: how to reach their operations, and the operations' parameters.
/// The inputs of `FetchDeactivation`: required ones go to [`FetchDeactivationParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct FetchDeactivationParams {
    /// The request will return a list of all United States Phone Numbers that were deactivated on the day specified by this parameter
    #[cfg_attr(
        feature = "cli",
        arg(long, value_parser = crate::messaging_v1::cli::parse_date)
    )]
    pub date: Option<time::Date>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for FetchDeactivationParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            date: request.opt(crate::mock::Place::Query, "Date", crate::mock::date)?,
        })
    }
}
impl FetchDeactivationParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// The request will return a list of all United States Phone Numbers that were deactivated on the day specified by this parameter. This date should be specified in YYYY-MM-DD format.
    pub fn date(mut self, value: time::Date) -> Self {
        self.date = Some(value);
        self
    }
    /// The query pairs, in spec order; a list repeats its key.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("Date", self.date.as_ref().map(crate::formats::format_date));
        out.into_vec()
    }
}
/// The deactivation resources.
#[derive(Clone)]
pub struct DeactivationList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for DeactivationList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeactivationList").finish_non_exhaustive()
    }
}
impl<'a> DeactivationList<'a> {
    /// Fetch a list of all United States numbers that have been deactivated on a specific date.
    ///
    /// `GET /v1/Deactivations` (`FetchDeactivation`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
        params: crate::messaging_v1::FetchDeactivationParams,
    ) -> Result<crate::Response<crate::messaging_v1::Deactivation>, crate::Error> {
        let request = crate::Request {
            query: params.query_pairs(),
            success: 307,
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://messaging.twilio.com",
                "/v1/Deactivations",
                &[],
            )
        };
        self.client.call_object(request).await
    }
}
