//! The subcommands of the `Forms` resources.
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Fetch the forms for a specific Form Type.
    #[command(
        name = "api:verify:v2:forms:fetch",
        long_about = "Fetch the forms for a specific Form Type.\n\nGET /v2/Forms/{FormType}"
    )]
    FetchForm(Box<FetchFormArgs>),
}
/// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
pub(super) async fn execute(
    client: &crate::verify_v2::VerifyV2<'_>,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    match command {
        Command::FetchForm(a) => {
            let result = client.form(&a.form_type).fetch().await;
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
/// The flags of `api:verify:v2:forms:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchFormArgs {
    /// The Type of this Form.
    #[arg(long = "form-type")]
    pub form_type: crate::verify_v2::FormFormTypes,
}
