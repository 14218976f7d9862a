//! The subcommands of `api_v2010` (features `cli` and `api_v2010`), in a module per top-level resource.
#[rustfmt::skip]
pub mod available_phone_numbers;
#[rustfmt::skip]
pub mod calls;
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The subcommands of the `AvailablePhoneNumbers` resources.
    #[command(flatten)]
    AvailablePhoneNumbers(available_phone_numbers::Command),
    /// The subcommands of the `Calls` resources.
    #[command(flatten)]
    Calls(calls::Command),
}
/// Sends the command's request; what to print, if anything (see
/// [`run`](crate::cli::run)).
pub(crate) async fn execute(
    client: &crate::Client,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    let client = &client.api_v2010();
    match command {
        Command::AvailablePhoneNumbers(command) => {
            available_phone_numbers::execute(client, command).await
        }
        Command::Calls(command) => calls::execute(client, command).await,
    }
}
