//! The subcommands of the `Tollfree` resources.
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List tollfree verifications
    #[command(
        name = "api:messaging:v1:tollfree:verifications:list",
        long_about = "List tollfree verifications\n\nGET /v1/Tollfree/Verifications"
    )]
    ListTollfreeVerification(Box<ListTollfreeVerificationArgs>),
    /// Create a tollfree verification
    #[command(
        name = "api:messaging:v1:tollfree:verifications:create",
        long_about = "Create a tollfree verification\n\nPOST /v1/Tollfree/Verifications"
    )]
    CreateTollfreeVerification(Box<CreateTollfreeVerificationArgs>),
    /// Retrieve a tollfree verification
    #[command(
        name = "api:messaging:v1:tollfree:verifications:fetch",
        long_about = "Retrieve a tollfree verification\n\nGET /v1/Tollfree/Verifications/{Sid}"
    )]
    FetchTollfreeVerification(Box<FetchTollfreeVerificationArgs>),
    /// Edit a tollfree verification
    #[command(
        name = "api:messaging:v1:tollfree:verifications:update",
        long_about = "Edit a tollfree verification\n\nPOST /v1/Tollfree/Verifications/{Sid}"
    )]
    UpdateTollfreeVerification(Box<UpdateTollfreeVerificationArgs>),
    /// Delete a tollfree verification
    #[command(
        name = "api:messaging:v1:tollfree:verifications:remove",
        long_about = "Delete a tollfree verification\n\nDELETE /v1/Tollfree/Verifications/{Sid}"
    )]
    DeleteTollfreeVerification(Box<DeleteTollfreeVerificationArgs>),
}
/// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
pub(super) async fn execute(
    client: &crate::messaging_v1::MessagingV1<'_>,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    match command {
        Command::ListTollfreeVerification(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client.tollfree().verifications().list(params).await;
            result
                .map(|items| {
                    let mut text = serde_json::to_string_pretty(&items)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::CreateTollfreeVerification(a) => {
            let params = a.params;
            let result = client.tollfree().verifications().create(params).await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::FetchTollfreeVerification(a) => {
            let result = client.tollfree().verification(&a.sid).fetch().await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::UpdateTollfreeVerification(a) => {
            let params = a.params;
            let result = client.tollfree().verification(&a.sid).update(params).await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::DeleteTollfreeVerification(a) => {
            let result = client.tollfree().verification(&a.sid).delete().await;
            result.map(|_| None)
        }
    }
}
/// The flags of `api:messaging:v1:tollfree:verifications:list`.
#[derive(Debug, clap::Args)]
pub struct ListTollfreeVerificationArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::ListTollfreeVerificationParams,
    /// The most items to print, following pages as needed (twilio-cli's default: 50).
    #[arg(
        long = "limit",
        value_name = "N",
        default_value_t = 50,
        conflicts_with = "no_limit"
    )]
    pub limit: usize,
    /// Print every item of every page.
    #[arg(long = "no-limit")]
    pub no_limit: bool,
}
/// The flags of `api:messaging:v1:tollfree:verifications:create`.
#[derive(Debug, clap::Args)]
pub struct CreateTollfreeVerificationArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::CreateTollfreeVerificationParams,
}
/// The flags of `api:messaging:v1:tollfree:verifications:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchTollfreeVerificationArgs {
    /// A unique string identifying a Tollfree Verification.
    #[arg(long = "sid")]
    pub sid: crate::TollfreeVerificationSid,
}
/// The flags of `api:messaging:v1:tollfree:verifications:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateTollfreeVerificationArgs {
    /// The unique string to identify Tollfree Verification.
    #[arg(long = "sid")]
    pub sid: crate::TollfreeVerificationSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::UpdateTollfreeVerificationParams,
}
/// The flags of `api:messaging:v1:tollfree:verifications:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteTollfreeVerificationArgs {
    /// The unique string to identify Tollfree Verification.
    #[arg(long = "sid")]
    pub sid: crate::TollfreeVerificationSid,
}
