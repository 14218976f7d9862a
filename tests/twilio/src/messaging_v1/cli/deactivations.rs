//! The subcommands of the `Deactivations` resources.
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Fetch a list of all United States numbers that have been deactivated on a specific date.
    #[command(
        name = "api:messaging:v1:deactivations:fetch",
        long_about = "Fetch a list of all United States numbers that have been deactivated on a specific date.\n\nGET /v1/Deactivations"
    )]
    FetchDeactivation(Box<FetchDeactivationArgs>),
}
/// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
pub(super) async fn execute(
    client: &crate::messaging_v1::MessagingV1<'_>,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    match command {
        Command::FetchDeactivation(a) => {
            let params = a.params;
            let result = client.deactivations().fetch(params).await;
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
/// The flags of `api:messaging:v1:deactivations:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchDeactivationArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::FetchDeactivationParams,
}
