//! The subcommands of `verify_v2` (features `cli` and `verify_v2`), in a module per top-level resource.
#[rustfmt::skip]
pub mod attempts;
#[rustfmt::skip]
pub mod forms;
#[rustfmt::skip]
pub mod safe_list;
#[rustfmt::skip]
pub mod services;
#[rustfmt::skip]
pub mod templates;
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The subcommands of the `Attempts` resources.
    #[command(flatten)]
    Attempts(attempts::Command),
    /// The subcommands of the `Forms` resources.
    #[command(flatten)]
    Forms(forms::Command),
    /// The subcommands of the `SafeList` resources.
    #[command(flatten)]
    SafeList(safe_list::Command),
    /// The subcommands of the `Services` resources.
    #[command(flatten)]
    Services(services::Command),
    /// The subcommands of the `Templates` resources.
    #[command(flatten)]
    Templates(templates::Command),
}
/// Reads a flag's value as JSON.
pub(crate) fn parse_json<T: serde::de::DeserializeOwned>(
    text: &str,
) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))
}
/// Sends the command's request; what to print, if anything (see
/// [`run`](crate::cli::run)).
pub(crate) async fn execute(
    client: &crate::Client,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    let client = &client.verify_v2();
    match command {
        Command::Attempts(command) => attempts::execute(client, command).await,
        Command::Forms(command) => forms::execute(client, command).await,
        Command::SafeList(command) => safe_list::execute(client, command).await,
        Command::Services(command) => services::execute(client, command).await,
        Command::Templates(command) => templates::execute(client, command).await,
    }
}
