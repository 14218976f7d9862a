//! The command line (feature `cli`): one subcommand per operation of each product
//! whose feature is on, named as topics (`{product}:{resources}:{action}`, as
//! twilio-cli names them). The binary is a thin `main` around [`main`].
use std::io::Write;
use std::process::ExitCode;
use clap::Parser;
use crate::{Client, ClientBuilder, Error};
/// The APIs of its products: the `twilio` command line.
///
/// Credentials come from the same variables as `Client::from_env`. The result is printed
/// as JSON on stdout. Exit codes: 0 on success, 1 on an API or transport error, 2 on a
/// usage or validation error (nothing is sent).
#[derive(Debug, clap::Parser)]
#[command(name = "twilio", version)]
pub struct Cli {
    /// Send requests to this base URL instead of Twilio's hosts (overrides TWILIO_API_BASE_URL).
    #[arg(long, global = true)]
    pub base_url: Option<String>,
    /// The operation.
    #[command(subcommand)]
    pub command: Command,
}
/// One subcommand per operation of each product whose feature is on.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The subcommands of `api_v2010` (feature `api_v2010`).
    #[cfg(feature = "api_v2010")]
    #[command(flatten)]
    ApiV2010(crate::api_v2010::cli::Command),
    /// The subcommands of `verify_v2` (feature `verify_v2`).
    #[cfg(feature = "verify_v2")]
    #[command(flatten)]
    VerifyV2(crate::verify_v2::cli::Command),
    /// The subcommands of `messaging_v1` (feature `messaging_v1`).
    #[cfg(feature = "messaging_v1")]
    #[command(flatten)]
    MessagingV1(crate::messaging_v1::cli::Command),
}
/// Runs the command line with the process's arguments and environment.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::from(1);
        }
    };
    let code = runtime
        .block_on(
            run(
                cli,
                |name| std::env::var(name).ok(),
                &mut std::io::stdout(),
                &mut std::io::stderr(),
            ),
        );
    ExitCode::from(code)
}
/// Runs one parsed command; returns the exit code. `vars` supplies the variables
/// [`Client::from_env`] reads. The answer goes to `out`: JSON (a list as one array of
/// its items) or text with a newline, a binary answer as its bytes came; an error goes
/// to `err`.
pub async fn run(
    cli: Cli,
    vars: impl Fn(&str) -> Option<String>,
    out: &mut impl Write,
    err: &mut impl Write,
) -> u8 {
    let mut builder = ClientBuilder::from_vars(vars);
    if let Some(base_url) = cli.base_url {
        builder = builder.base_url(base_url);
    }
    let client = match builder.build() {
        Ok(c) => c,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            return 2;
        }
    };
    match execute(&client, cli.command).await {
        Ok(Some(output)) => {
            let _ = out.write_all(&output);
            0
        }
        Ok(None) => 0,
        Err(e) => {
            let code = match &e {
                Error::Validation(_) | Error::Config(_) => 2,
                _ => 1,
            };
            match &e {
                Error::Api(api) => {
                    let code = api
                        .code
                        .map(|c| c.to_string())
                        .unwrap_or_else(|| "-".to_owned());
                    let _ = writeln!(
                        err, "Error {code} (HTTP {}): {}", api.status, api.message
                    );
                    if let Some(more) = &api.more_info {
                        let _ = writeln!(err, "See {more}");
                    }
                }
                other => {
                    let _ = writeln!(err, "error: {other}");
                }
            }
            code
        }
    }
}
/// Sends the command's request; what to print, if anything (see [`run`]).
async fn execute(client: &Client, command: Command) -> Result<Option<Vec<u8>>, Error> {
    let _ = client;
    match command {
        #[cfg(feature = "api_v2010")]
        Command::ApiV2010(command) => {
            crate::api_v2010::cli::execute(client, command).await
        }
        #[cfg(feature = "verify_v2")]
        Command::VerifyV2(command) => {
            crate::verify_v2::cli::execute(client, command).await
        }
        #[cfg(feature = "messaging_v1")]
        Command::MessagingV1(command) => {
            crate::messaging_v1::cli::execute(client, command).await
        }
    }
}
