//! The subcommands of the `Attempts` resources.
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List all the verification attempts for a given Account.
    #[command(
        name = "api:verify:v2:attempts:list",
        long_about = "List all the verification attempts for a given Account.\n\nGET /v2/Attempts"
    )]
    ListVerificationAttempt(Box<ListVerificationAttemptArgs>),
    /// Get a summary of how many attempts were made and how many were converted.
    #[command(
        name = "api:verify:v2:attempts:summary:fetch",
        long_about = "Get a summary of how many attempts were made and how many were converted.\n\nGET /v2/Attempts/Summary"
    )]
    FetchVerificationAttemptsSummary(Box<FetchVerificationAttemptsSummaryArgs>),
    /// Fetch a specific verification attempt.
    #[command(
        name = "api:verify:v2:attempts:fetch",
        long_about = "Fetch a specific verification attempt.\n\nGET /v2/Attempts/{Sid}"
    )]
    FetchVerificationAttempt(Box<FetchVerificationAttemptArgs>),
}
/// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
pub(super) async fn execute(
    client: &crate::verify_v2::VerifyV2<'_>,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    match command {
        Command::ListVerificationAttempt(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client.attempts().list(params).await;
            result
                .map(|items| {
                    let mut text = serde_json::to_string_pretty(&items)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::FetchVerificationAttemptsSummary(a) => {
            let params = a.params;
            let result = client.attempts().summary().fetch(params).await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::FetchVerificationAttempt(a) => {
            let result = client.attempt(&a.sid).fetch().await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
    }
}
/// The flags of `api:verify:v2:attempts:list`.
#[derive(Debug, clap::Args)]
pub struct ListVerificationAttemptArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::ListVerificationAttemptParams,
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
/// The flags of `api:verify:v2:attempts:summary:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchVerificationAttemptsSummaryArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::FetchVerificationAttemptsSummaryParams,
}
/// The flags of `api:verify:v2:attempts:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchVerificationAttemptArgs {
    /// The unique SID identifier of a Verification Attempt
    #[arg(long = "sid")]
    pub sid: crate::VerificationAttemptSid,
}
