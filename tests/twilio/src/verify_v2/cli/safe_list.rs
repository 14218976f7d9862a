//! The subcommands of the `SafeList` resources.
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Add a new phone number to SafeList.
    #[command(
        name = "api:verify:v2:safe-list:numbers:create",
        long_about = "Add a new phone number to SafeList.\n\nPOST /v2/SafeList/Numbers"
    )]
    CreateSafelist(Box<CreateSafelistArgs>),
    /// Check if a phone number exists in SafeList.
    #[command(
        name = "api:verify:v2:safe-list:numbers:fetch",
        long_about = "Check if a phone number exists in SafeList.\n\nGET /v2/SafeList/Numbers/{PhoneNumber}"
    )]
    FetchSafelist(Box<FetchSafelistArgs>),
    /// Remove a phone number from SafeList.
    #[command(
        name = "api:verify:v2:safe-list:numbers:remove",
        long_about = "Remove a phone number from SafeList.\n\nDELETE /v2/SafeList/Numbers/{PhoneNumber}"
    )]
    DeleteSafelist(Box<DeleteSafelistArgs>),
}
/// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
pub(super) async fn execute(
    client: &crate::verify_v2::VerifyV2<'_>,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    match command {
        Command::CreateSafelist(a) => {
            let params = a.params;
            let result = client.safe_list().numbers().create(params).await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::FetchSafelist(a) => {
            let result = client
                .safe_list()
                .number(a.phone_number.as_str())
                .fetch()
                .await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::DeleteSafelist(a) => {
            let result = client
                .safe_list()
                .number(a.phone_number.as_str())
                .delete()
                .await;
            result.map(|_| None)
        }
    }
}
/// The flags of `api:verify:v2:safe-list:numbers:create`.
#[derive(Debug, clap::Args)]
pub struct CreateSafelistArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateSafelistParams,
}
/// The flags of `api:verify:v2:safe-list:numbers:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchSafelistArgs {
    /// The phone number to be fetched from SafeList.
    #[arg(long = "phone-number")]
    pub phone_number: String,
}
/// The flags of `api:verify:v2:safe-list:numbers:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteSafelistArgs {
    /// The phone number to be removed from SafeList.
    #[arg(long = "phone-number")]
    pub phone_number: String,
}
