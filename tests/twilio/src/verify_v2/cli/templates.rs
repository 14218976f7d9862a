//! The subcommands of the `Templates` resources.
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// List all the available templates for a given Account.
    #[command(
        name = "api:verify:v2:templates:list",
        long_about = "List all the available templates for a given Account.\n\nGET /v2/Templates"
    )]
    ListVerificationTemplate(Box<ListVerificationTemplateArgs>),
}
/// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
pub(super) async fn execute(
    client: &crate::verify_v2::VerifyV2<'_>,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    match command {
        Command::ListVerificationTemplate(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client.templates().list(params).await;
            result
                .map(|items| {
                    let mut text = serde_json::to_string_pretty(&items)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
    }
}
/// The flags of `api:verify:v2:templates:list`.
#[derive(Debug, clap::Args)]
pub struct ListVerificationTemplateArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::ListVerificationTemplateParams,
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
