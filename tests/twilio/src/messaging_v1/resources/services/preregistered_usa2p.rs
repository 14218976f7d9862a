//! The `PreregisteredUsa2p` resources of `Services`: how to reach their operations, and the operations' parameters.
/// The inputs of `CreateExternalCampaign`: required ones go to [`CreateExternalCampaignParams::new`], optional ones have setters.
#[derive(Clone, Debug)]
#[cfg_attr(feature = "cli", derive(clap::Args))]
#[must_use]
#[non_exhaustive]
pub struct CreateExternalCampaignParams {
    /// ID of the preregistered campaign
    #[cfg_attr(feature = "cli", arg(long))]
    pub campaign_id: String,
    /// The SID of the Messaging Service that the resource is associated with
    #[cfg_attr(feature = "cli", arg(long))]
    pub messaging_service_sid: crate::MessagingServiceSid,
    /// Customers should use this flag during the ERC registration process to indicate to Twilio that the campaign being registered is undergoing CNP migration
    #[cfg_attr(feature = "cli", arg(long, action = clap::ArgAction::Set))]
    pub cnp_migration: Option<bool>,
}
#[cfg(feature = "mock")]
impl crate::mock::Inputs for CreateExternalCampaignParams {
    fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
        Ok(Self {
            campaign_id: request
                .one(crate::mock::Place::Form, "CampaignId", crate::mock::value)?,
            messaging_service_sid: request
                .one(
                    crate::mock::Place::Form,
                    "MessagingServiceSid",
                    crate::mock::value,
                )?,
            cnp_migration: request
                .opt(crate::mock::Place::Form, "CnpMigration", crate::mock::value)?,
        })
    }
}
impl CreateExternalCampaignParams {
    /// The inputs the operation requires.
    pub fn new(
        campaign_id: impl Into<String>,
        messaging_service_sid: crate::MessagingServiceSid,
    ) -> Self {
        Self {
            campaign_id: campaign_id.into(),
            messaging_service_sid,
            cnp_migration: None,
        }
    }
    /// Customers should use this flag during the ERC registration process to indicate to Twilio that the campaign being registered is undergoing CNP migration. It is important for the user to first trigger the CNP migration process for said campaign in their CSP portal and have Twilio accept the sharing request, before making this api call.
    pub fn cnp_migration(mut self, value: bool) -> Self {
        self.cnp_migration = Some(value);
        self
    }
    /// The form pairs, in spec order; a list repeats its key.
    fn form_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = crate::Pairs::default();
        out.add("CampaignId", [&self.campaign_id]);
        out.add("MessagingServiceSid", [&self.messaging_service_sid]);
        out.add("CnpMigration", self.cnp_migration);
        out.into_vec()
    }
}
/// The preregistered usa2p resources.
#[derive(Clone)]
pub struct PreregisteredUsa2pList<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for PreregisteredUsa2pList<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreregisteredUsa2pList").finish_non_exhaustive()
    }
}
impl<'a> PreregisteredUsa2pList<'a> {
    /// The `CreateExternalCampaign` operation.
    ///
    /// `POST /v1/Services/PreregisteredUsa2p` (`CreateExternalCampaign`).
    ///
    /// # Errors
    ///
    /// [`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.
    pub async fn create(
        &self,
        params: crate::messaging_v1::CreateExternalCampaignParams,
    ) -> Result<crate::Response<crate::messaging_v1::ExternalCampaign>, crate::Error> {
        let request = crate::Request {
            body: crate::Body::Form(params.form_pairs()),
            ..crate::Request::new(
                reqwest::Method::POST,
                "https://messaging.twilio.com",
                "/v1/Services/PreregisteredUsa2p",
                &[],
            )
        };
        self.client.call_object(request).await
    }
}
