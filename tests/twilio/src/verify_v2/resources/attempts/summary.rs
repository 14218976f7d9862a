//! The `Summary` resources of `Attempts`: how to reach their operations, and the operations' parameters.
/// The inputs of `FetchVerificationAttemptsSummary`: required ones go to [`FetchVerificationAttemptsSummaryParams::new`], optional ones have setters.
#[derive(Clone, Debug, Default)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct FetchVerificationAttemptsSummaryParams {
    /// Filter used to consider only Verification Attempts of the given verify service on the summary aggregation
    #[cfg_attr(feature = "cli", arg(long))]
    pub verify_service_sid: Option<crate::ServiceSid>,
    /// Datetime filter used to consider only Verification Attempts created after this datetime on the summary aggregation
    #[cfg_attr(feature = "cli", arg(long))]
    pub date_created_after: Option<crate::DateOrDateTime>,
    /// Datetime filter used to consider only Verification Attempts created before this datetime on the summary aggregation
    #[cfg_attr(feature = "cli", arg(long))]
    pub date_created_before: Option<crate::DateOrDateTime>,
    /// Filter used to consider only Verification Attempts sent to the specified destination country on the summary aggregation
    #[cfg_attr(feature = "cli", arg(long))]
    pub country: Option<String>,
    /// Filter Verification Attempts considered on the summary aggregation by communication channel
    #[cfg_attr(feature = "cli", arg(long))]
    pub channel: Option<crate::verify_v2::VerificationAttemptsSummaryChannels>,
    /// Filter the Verification Attempts considered on the summary aggregation by Destination prefix
    #[cfg_attr(feature = "cli", arg(long))]
    pub destination_prefix: Option<String>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for FetchVerificationAttemptsSummaryParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            verify_service_sid: request
                .opt(crate::mock::Place::Query, "VerifyServiceSid", crate::mock::value)?,
            date_created_after: request
                .opt(
                    crate::mock::Place::Query,
                    "DateCreatedAfter",
                    crate::mock::parsed,
                )?,
            date_created_before: request
                .opt(
                    crate::mock::Place::Query,
                    "DateCreatedBefore",
                    crate::mock::parsed,
                )?,
            country: request
                .opt(crate::mock::Place::Query, "Country", crate::mock::value)?,
            channel: request
                .opt(crate::mock::Place::Query, "Channel", crate::mock::value)?,
            destination_prefix: request
                .opt(crate::mock::Place::Query, "DestinationPrefix", crate::mock::value)?,
        })
    }
}
impl FetchVerificationAttemptsSummaryParams {
    /// No input is required; set optional ones with the setters.
    pub fn new() -> Self {
        <Self as Default>::default()
    }
    /// Filter used to consider only Verification Attempts of the given verify service on the summary aggregation.
    pub fn verify_service_sid(mut self, value: crate::ServiceSid) -> Self {
        self.verify_service_sid = Some(value);
        self
    }
    /// Datetime filter used to consider only Verification Attempts created after this datetime on the summary aggregation. Given as GMT in ISO 8601 formatted datetime string: yyyy-MM-dd'T'HH:mm:ss'Z.
    pub fn date_created_after(
        mut self,
        value: impl Into<crate::DateOrDateTime>,
    ) -> Self {
        self.date_created_after = Some(value.into());
        self
    }
    /// Datetime filter used to consider only Verification Attempts created before this datetime on the summary aggregation. Given as GMT in ISO 8601 formatted datetime string: yyyy-MM-dd'T'HH:mm:ss'Z.
    pub fn date_created_before(
        mut self,
        value: impl Into<crate::DateOrDateTime>,
    ) -> Self {
        self.date_created_before = Some(value.into());
        self
    }
    /// Filter used to consider only Verification Attempts sent to the specified destination country on the summary aggregation.
    pub fn country(mut self, value: impl Into<String>) -> Self {
        self.country = Some(value.into());
        self
    }
    /// Filter Verification Attempts considered on the summary aggregation by communication channel.
    pub fn channel(
        mut self,
        value: crate::verify_v2::VerificationAttemptsSummaryChannels,
    ) -> Self {
        self.channel = Some(value);
        self
    }
    /// Filter the Verification Attempts considered on the summary aggregation by Destination prefix. It is the prefix of a phone number in E.164 format.
    pub fn destination_prefix(mut self, value: impl Into<String>) -> Self {
        self.destination_prefix = Some(value.into());
        self
    }
    /// Checks every input against the API's rules, before anything is sent.
    fn validate(&self) -> Result<(), crate::Error> {
        crate::formats::check::listed("Channel", &self.channel)?;
        Ok(())
    }
    /// The query pairs, in spec order; a list repeats its key.
    fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("VerifyServiceSid", &self.verify_service_sid);
        out.add("DateCreatedAfter", self.date_created_after);
        out.add("DateCreatedBefore", self.date_created_before);
        out.add("Country", &self.country);
        out.add("Channel", &self.channel);
        out.add("DestinationPrefix", &self.destination_prefix);
        out.into_vec()
    }
}
/// The summary resources.
#[derive(Clone)]
pub struct SummaryList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for SummaryList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SummaryList").finish_non_exhaustive()
    }
}
impl<'a> SummaryList<'a> {
    /// Get a summary of how many attempts were made and how many were converted.
    ///
    /// `GET /v2/Attempts/Summary` (`FetchVerificationAttemptsSummary`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn fetch(
        &self,
        params: crate::verify_v2::FetchVerificationAttemptsSummaryParams,
    ) -> Result<
        crate::Response<crate::verify_v2::VerificationAttemptsSummary>,
        crate::Error,
    > {
        params.validate()?;
        let request = crate::Request {
            query: params.query_pairs(),
            ..crate::Request::new(
                reqwest::Method::GET,
                "https://verify.twilio.com",
                "/v2/Attempts/Summary",
                &[],
            )
        };
        self.client.call_object(request).await
    }
}
