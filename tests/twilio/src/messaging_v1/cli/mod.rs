//! The subcommands of `messaging_v1` (features `cli` and `messaging_v1`), in a module per top-level resource.
#[rustfmt::skip]
pub mod deactivations;
#[rustfmt::skip]
pub mod link_shortening;
#[rustfmt::skip]
pub mod services;
#[rustfmt::skip]
pub mod tollfree;
#[rustfmt::skip]
pub mod a2p;
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The subcommands of the `Deactivations` resources.
    #[command(flatten)]
    Deactivations(deactivations::Command),
    /// The subcommands of the `LinkShortening` resources.
    #[command(flatten)]
    LinkShortening(link_shortening::Command),
    /// The subcommands of the `Services` resources.
    #[command(flatten)]
    Services(services::Command),
    /// The subcommands of the `Tollfree` resources.
    #[command(flatten)]
    Tollfree(tollfree::Command),
    /// The subcommands of the `a2p` resources.
    #[command(flatten)]
    A2p(a2p::Command),
}
/// Reads a date, `YYYY-MM-DD`.
pub(crate) fn parse_date(text: &str) -> Result<time::Date, String> {
    crate::formats::parse_date(text).ok_or_else(|| "not a date (YYYY-MM-DD)".to_owned())
}
/// Sends the command's request; what to print, if anything (see
/// [`run`](crate::cli::run)).
pub(crate) async fn execute(
    client: &crate::Client,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    let client = &client.messaging_v1();
    match command {
        Command::Deactivations(command) => deactivations::execute(client, command).await,
        Command::LinkShortening(command) => {
            link_shortening::execute(client, command).await
        }
        Command::Services(command) => services::execute(client, command).await,
        Command::Tollfree(command) => tollfree::execute(client, command).await,
        Command::A2p(command) => a2p::execute(client, command).await,
    }
}
