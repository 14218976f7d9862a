//! The command line (feature `cli`): one subcommand per operation, named after twilio-cli's
//! topics. The binary is a thin `main` around [`main`].
use std::io::Write;
use std::process::ExitCode;
use clap::Parser;
use crate::{Client, ClientBuilder, Error};
/// Twilio - Api: the `twilio-api-v2010` command line.
///
/// Credentials come from the same variables as [`Client::from_env`]. The result is printed
/// as JSON on stdout. Exit codes: 0 on success, 1 on an API or transport error, 2 on a
/// usage or validation error (nothing is sent).
#[derive(Debug, clap::Parser)]
#[command(name = "twilio-api-v2010", version)]
pub struct Cli {
    /// Send requests to this base URL instead of Twilio's hosts (overrides TWILIO_API_BASE_URL).
    #[arg(long, global = true)]
    pub base_url: Option<String>,
    /// The operation.
    #[command(subcommand)]
    pub command: Command,
}
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The `ListAvailablePhoneNumberLocal` operation.
    #[command(
        name = "api:core:available-phone-numbers:local:list",
        long_about = "The `ListAvailablePhoneNumberLocal` operation.\n\nGET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json"
    )]
    ListAvailablePhoneNumberLocal(Box<ListAvailablePhoneNumberLocalArgs>),
    /// Retrieves a collection of calls made to and from your account
    #[command(
        name = "api:core:calls:list",
        long_about = "Retrieves a collection of calls made to and from your account\n\nGET /2010-04-01/Accounts/{AccountSid}/Calls.json"
    )]
    ListCall(Box<ListCallArgs>),
    /// Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections
    #[command(
        name = "api:core:calls:create",
        long_about = "Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections\n\nPOST /2010-04-01/Accounts/{AccountSid}/Calls.json"
    )]
    CreateCall(Box<CreateCallArgs>),
    /// Subscribe to User Defined Messages for a given Call SID.
    #[command(
        name = "api:core:calls:user-defined-message-subscriptions:create",
        long_about = "Subscribe to User Defined Messages for a given Call SID.\n\nPOST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json"
    )]
    CreateUserDefinedMessageSubscription(Box<CreateUserDefinedMessageSubscriptionArgs>),
    /// Delete a specific User Defined Message Subscription.
    #[command(
        name = "api:core:calls:user-defined-message-subscriptions:remove",
        long_about = "Delete a specific User Defined Message Subscription.\n\nDELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json"
    )]
    DeleteUserDefinedMessageSubscription(Box<DeleteUserDefinedMessageSubscriptionArgs>),
    /// Create a new User Defined Message for the given Call SID.
    #[command(
        name = "api:core:calls:user-defined-messages:create",
        long_about = "Create a new User Defined Message for the given Call SID.\n\nPOST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json"
    )]
    CreateUserDefinedMessage(Box<CreateUserDefinedMessageArgs>),
}
/// The flags of `api:core:available-phone-numbers:local:list`.
#[derive(Debug, clap::Args)]
pub struct ListAvailablePhoneNumberLocalArgs {
    /// The SID of the Account requesting the AvailablePhoneNumber resources.
    #[arg(long = "account-sid")]
    pub account_sid: Option<crate::AccountSid>,
    /// The ISO-3166-1 country code of the country from which to read phone numbers.
    #[arg(long = "country-code")]
    pub country_code: String,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::ListAvailablePhoneNumberLocalParams,
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
/// The flags of `api:core:calls:list`.
#[derive(Debug, clap::Args)]
pub struct ListCallArgs {
    /// The SID of the Account that created the Call resource(s) to read.
    #[arg(long = "account-sid")]
    pub account_sid: Option<crate::AccountSid>,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::ListCallParams,
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
/// The flags of `api:core:calls:create`.
#[derive(Debug, clap::Args)]
pub struct CreateCallArgs {
    /// The SID of the Account that will create the resource.
    #[arg(long = "account-sid")]
    pub account_sid: Option<crate::AccountSid>,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::CreateCallParams,
}
/// The flags of `api:core:calls:user-defined-message-subscriptions:create`.
#[derive(Debug, clap::Args)]
pub struct CreateUserDefinedMessageSubscriptionArgs {
    /// The SID of the Account that subscribed to the User Defined Messages.
    #[arg(long = "account-sid")]
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the Call the User Defined Messages subscription is associated with.
    #[arg(long = "call-sid")]
    pub call_sid: crate::CallSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::CreateUserDefinedMessageSubscriptionParams,
}
/// The flags of `api:core:calls:user-defined-message-subscriptions:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteUserDefinedMessageSubscriptionArgs {
    /// The SID of the Account that subscribed to the User Defined Messages.
    #[arg(long = "account-sid")]
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the Call the User Defined Message Subscription is associated with.
    #[arg(long = "call-sid")]
    pub call_sid: crate::CallSid,
    /// The SID that uniquely identifies this User Defined Message Subscription.
    #[arg(long = "sid")]
    pub sid: crate::UserDefinedMessageSubscriptionSid,
}
/// The flags of `api:core:calls:user-defined-messages:create`.
#[derive(Debug, clap::Args)]
pub struct CreateUserDefinedMessageArgs {
    /// The SID of the Account that created User Defined Message.
    #[arg(long = "account-sid")]
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the Call the User Defined Message is associated with.
    #[arg(long = "call-sid")]
    pub call_sid: crate::CallSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::CreateUserDefinedMessageParams,
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
/// Runs one parsed command; returns the exit code. `vars` supplies the `TWILIO_*`
/// variables.
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
        Ok(Some(json)) => {
            let _ = writeln!(out, "{json}");
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
/// Sends the command's request; the JSON to print, if any.
async fn execute(client: &Client, command: Command) -> Result<Option<String>, Error> {
    match command {
        Command::ListAvailablePhoneNumberLocal(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = (match &a.account_sid {
                Some(sid) => client.account(sid),
                None => client.default_account(),
            })
                .available_phone_number(a.country_code.as_str())
                .local()
                .list(params)
                .await;
            result
                .map(|items| Some(
                    serde_json::to_string_pretty(&items).unwrap_or_default(),
                ))
        }
        Command::ListCall(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = (match &a.account_sid {
                Some(sid) => client.account(sid),
                None => client.default_account(),
            })
                .calls()
                .list(params)
                .await;
            result
                .map(|items| Some(
                    serde_json::to_string_pretty(&items).unwrap_or_default(),
                ))
        }
        Command::CreateCall(a) => {
            let params = a.params;
            let result = (match &a.account_sid {
                Some(sid) => client.account(sid),
                None => client.default_account(),
            })
                .calls()
                .create(params)
                .await;
            result
                .map(|value| Some(
                    serde_json::to_string_pretty(&*value).unwrap_or_default(),
                ))
        }
        Command::CreateUserDefinedMessageSubscription(a) => {
            let params = a.params;
            let result = (match &a.account_sid {
                Some(sid) => client.account(sid),
                None => client.default_account(),
            })
                .call(&a.call_sid)
                .user_defined_message_subscriptions()
                .create(params)
                .await;
            result
                .map(|value| Some(
                    serde_json::to_string_pretty(&*value).unwrap_or_default(),
                ))
        }
        Command::DeleteUserDefinedMessageSubscription(a) => {
            let result = (match &a.account_sid {
                Some(sid) => client.account(sid),
                None => client.default_account(),
            })
                .call(&a.call_sid)
                .user_defined_message_subscription(&a.sid)
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::CreateUserDefinedMessage(a) => {
            let params = a.params;
            let result = (match &a.account_sid {
                Some(sid) => client.account(sid),
                None => client.default_account(),
            })
                .call(&a.call_sid)
                .user_defined_messages()
                .create(params)
                .await;
            result
                .map(|value| Some(
                    serde_json::to_string_pretty(&*value).unwrap_or_default(),
                ))
        }
    }
}
