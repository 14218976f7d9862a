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
/// The flags of `api:core:calls:list`.
#[derive(Debug, clap::Args)]
pub struct ListCallArgs {
    /// The SID of the Account that created the Call resource(s) to read.
    #[arg(long = "account-sid")]
    pub account_sid: Option<crate::AccountSid>,
    /// Only show calls made to this phone number, SIP address, Client identifier or SIM SID.
    #[arg(long = "to")]
    pub to: Option<String>,
    /// Only include calls from this phone number, SIP address, Client identifier or SIM SID.
    #[arg(long = "from")]
    pub from: Option<String>,
    /// Only include calls spawned by calls with this SID.
    #[arg(long = "parent-call-sid")]
    pub parent_call_sid: Option<crate::CallSid>,
    /// The status of the calls to include.
    #[arg(long = "status")]
    pub status: Option<crate::CallStatus>,
    /// Only include calls that started on this date.
    #[arg(long = "start-time", value_parser = parse_date_time)]
    pub start_time: Option<time::OffsetDateTime>,
    /// Only include calls that started before this date.
    #[arg(long = "start-time-before", value_parser = parse_date_time)]
    pub start_time_before: Option<time::OffsetDateTime>,
    /// Only include calls that started on or after this date.
    #[arg(long = "start-time-after", value_parser = parse_date_time)]
    pub start_time_after: Option<time::OffsetDateTime>,
    /// Only include calls that ended on this date.
    #[arg(long = "end-time", value_parser = parse_date_time)]
    pub end_time: Option<time::OffsetDateTime>,
    /// Only include calls that ended before this date.
    #[arg(long = "end-time-before", value_parser = parse_date_time)]
    pub end_time_before: Option<time::OffsetDateTime>,
    /// Only include calls that ended on or after this date.
    #[arg(long = "end-time-after", value_parser = parse_date_time)]
    pub end_time_after: Option<time::OffsetDateTime>,
    /// How many resources to return in each list page.
    #[arg(long = "page-size")]
    pub page_size: Option<i64>,
    /// The page index.
    #[arg(long = "page")]
    pub page: Option<i64>,
    /// The page token.
    #[arg(long = "page-token")]
    pub page_token: Option<String>,
}
/// The flags of `api:core:calls:create`.
#[derive(Debug, clap::Args)]
pub struct CreateCallArgs {
    /// The SID of the Account that will create the resource.
    #[arg(long = "account-sid")]
    pub account_sid: Option<crate::AccountSid>,
    /// The phone number, SIP address, or client identifier to call.
    #[arg(long = "to")]
    pub to: String,
    /// The phone number or client identifier to use as the caller id.
    #[arg(long = "from")]
    pub from: String,
    /// The HTTP method we should use when calling the `url` parameter's value.
    #[arg(long = "method")]
    pub method: Option<crate::Method>,
    /// The URL that we call using the `fallback_method` if an error occurs when requesting or executing the TwiML at `url`.
    #[arg(long = "fallback-url")]
    pub fallback_url: Option<url::Url>,
    /// The HTTP method that we should use to request the `fallback_url`.
    #[arg(long = "fallback-method")]
    pub fallback_method: Option<crate::Method>,
    /// The URL we should call using the `status_callback_method` to send status information to your application.
    #[arg(long = "status-callback")]
    pub status_callback: Option<url::Url>,
    /// The call progress events that we will send to the `status_callback` URL.
    #[arg(long = "status-callback-event")]
    pub status_callback_event: Vec<String>,
    /// The HTTP method we should use when calling the `status_callback` URL.
    #[arg(long = "status-callback-method")]
    pub status_callback_method: Option<crate::Method>,
    /// The string of keys to dial after connecting to the number, with a maximum length of 32 digits.
    #[arg(long = "send-digits")]
    pub send_digits: Option<String>,
    /// The integer number of seconds that we should allow the phone to ring before assuming there is no answer.
    #[arg(long = "timeout")]
    pub timeout: Option<i64>,
    /// Whether to record the call.
    #[arg(long = "record", action = clap::ArgAction::Set)]
    pub record: Option<bool>,
    /// The number of channels in the final recording.
    #[arg(long = "recording-channels")]
    pub recording_channels: Option<String>,
    /// The URL that we call when the recording is available to be accessed.
    #[arg(long = "recording-status-callback")]
    pub recording_status_callback: Option<String>,
    /// The HTTP method we should use when calling the `recording_status_callback` URL.
    #[arg(long = "recording-status-callback-method")]
    pub recording_status_callback_method: Option<crate::Method>,
    /// The username used to authenticate the caller making a SIP call.
    #[arg(long = "sip-auth-username")]
    pub sip_auth_username: Option<String>,
    /// The password required to authenticate the user account specified in `sip_auth_username`.
    #[arg(long = "sip-auth-password")]
    pub sip_auth_password: Option<String>,
    /// Whether to detect if a human, answering machine, or fax has picked up the call.
    #[arg(long = "machine-detection")]
    pub machine_detection: Option<String>,
    /// The number of seconds that we should attempt to detect an answering machine before timing out and sending a voice request with `AnsweredBy` of `unknown`.
    #[arg(long = "machine-detection-timeout")]
    pub machine_detection_timeout: Option<i64>,
    /// The recording status events that will trigger calls to the URL specified in `recording_status_callback`.
    #[arg(long = "recording-status-callback-event")]
    pub recording_status_callback_event: Vec<String>,
    /// Whether to trim any leading and trailing silence from the recording.
    #[arg(long = "trim")]
    pub trim: Option<String>,
    /// The phone number, SIP address, or Client identifier that made this call.
    #[arg(long = "caller-id")]
    pub caller_id: Option<String>,
    /// The number of milliseconds that is used as the measuring stick for the length of the speech activity, where durations lower than this value will be interpreted as a human and longer than this value as a machine.
    #[arg(long = "machine-detection-speech-threshold")]
    pub machine_detection_speech_threshold: Option<i64>,
    /// The number of milliseconds of silence after speech activity at which point the speech activity is considered complete.
    #[arg(long = "machine-detection-speech-end-threshold")]
    pub machine_detection_speech_end_threshold: Option<i64>,
    /// The number of milliseconds of initial silence after which an `unknown` AnsweredBy result will be returned.
    #[arg(long = "machine-detection-silence-timeout")]
    pub machine_detection_silence_timeout: Option<i64>,
    /// Select whether to perform answering machine detection in the background.
    #[arg(long = "async-amd")]
    pub async_amd: Option<String>,
    /// The URL that we should call using the `async_amd_status_callback_method` to notify customer application whether the call was answered by human, machine or fax.
    #[arg(long = "async-amd-status-callback")]
    pub async_amd_status_callback: Option<url::Url>,
    /// The HTTP method we should use when calling the `async_amd_status_callback` URL.
    #[arg(long = "async-amd-status-callback-method")]
    pub async_amd_status_callback_method: Option<crate::Method>,
    /// The SID of a BYOC (Bring Your Own Carrier) trunk to route this call with.
    #[arg(long = "byoc")]
    pub byoc: Option<crate::ByocSid>,
    /// The Reason for the outgoing call.
    #[arg(long = "call-reason")]
    pub call_reason: Option<String>,
    /// A token string needed to invoke a forwarded call.
    #[arg(long = "call-token")]
    pub call_token: Option<String>,
    /// The audio track to record for the call.
    #[arg(long = "recording-track")]
    pub recording_track: Option<String>,
    /// The maximum duration of the call in seconds.
    #[arg(long = "time-limit")]
    pub time_limit: Option<i64>,
    /// The URL that we should use to deliver `push call notification`.
    #[arg(long = "client-notification-url")]
    pub client_notification_url: Option<url::Url>,
    /// The absolute URL that returns the TwiML instructions for the call.
    #[arg(long = "url")]
    pub url: Option<url::Url>,
    /// TwiML instructions for the call Twilio will use without fetching Twiml from url parameter.
    #[arg(long = "twiml")]
    pub twiml: Option<String>,
    /// The SID of the Application resource that will handle the call, if the call will be handled by an application.
    #[arg(long = "application-sid")]
    pub application_sid: Option<crate::ApplicationSid>,
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
    /// The URL we should call using the `method` to send user defined events to your application.
    #[arg(long = "callback")]
    pub callback: url::Url,
    /// A unique string value to identify API call.
    #[arg(long = "idempotency-key")]
    pub idempotency_key: Option<String>,
    /// The HTTP method Twilio will use when requesting the above `Url`.
    #[arg(long = "method")]
    pub method: Option<crate::Method>,
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
    /// The User Defined Message in the form of URL-encoded JSON string.
    #[arg(long = "content")]
    pub content: String,
    /// A unique string value to identify API call.
    #[arg(long = "idempotency-key")]
    pub idempotency_key: Option<String>,
}
/// Reads a date-time in RFC 3339 or RFC 2822.
fn parse_date_time(text: &str) -> Result<time::OffsetDateTime, String> {
    time::OffsetDateTime::parse(text, &time::format_description::well_known::Rfc3339)
        .or_else(|_| crate::formats::parse_rfc2822(text))
        .map_err(|e| format!("not an RFC 3339 or RFC 2822 date-time: {e}"))
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
        Command::ListCall(a) => {
            let mut params = crate::ListCallParams::new();
            if let Some(value) = a.to {
                params = params.to(value);
            }
            if let Some(value) = a.from {
                params = params.from(value);
            }
            if let Some(value) = a.parent_call_sid {
                params = params.parent_call_sid(value);
            }
            if let Some(value) = a.status {
                params = params.status(value);
            }
            if let Some(value) = a.start_time {
                params = params.start_time(value);
            }
            if let Some(value) = a.start_time_before {
                params = params.start_time_before(value);
            }
            if let Some(value) = a.start_time_after {
                params = params.start_time_after(value);
            }
            if let Some(value) = a.end_time {
                params = params.end_time(value);
            }
            if let Some(value) = a.end_time_before {
                params = params.end_time_before(value);
            }
            if let Some(value) = a.end_time_after {
                params = params.end_time_after(value);
            }
            if let Some(value) = a.page_size {
                params = params.page_size(value);
            }
            if let Some(value) = a.page {
                params = params.page(value);
            }
            if let Some(value) = a.page_token {
                params = params.page_token(value);
            }
            let result = (match &a.account_sid {
                Some(sid) => client.account(sid),
                None => client.default_account(),
            })
                .list_call(params)
                .await;
            result
                .map(|value| Some(
                    serde_json::to_string_pretty(&value).unwrap_or_default(),
                ))
        }
        Command::CreateCall(a) => {
            let mut params = crate::CreateCallParams::new(a.to, a.from);
            if let Some(value) = a.method {
                params = params.method(value);
            }
            if let Some(value) = a.fallback_url {
                params = params.fallback_url(value);
            }
            if let Some(value) = a.fallback_method {
                params = params.fallback_method(value);
            }
            if let Some(value) = a.status_callback {
                params = params.status_callback(value);
            }
            if !a.status_callback_event.is_empty() {
                params = params.status_callback_event(a.status_callback_event);
            }
            if let Some(value) = a.status_callback_method {
                params = params.status_callback_method(value);
            }
            if let Some(value) = a.send_digits {
                params = params.send_digits(value);
            }
            if let Some(value) = a.timeout {
                params = params.timeout(value);
            }
            if let Some(value) = a.record {
                params = params.record(value);
            }
            if let Some(value) = a.recording_channels {
                params = params.recording_channels(value);
            }
            if let Some(value) = a.recording_status_callback {
                params = params.recording_status_callback(value);
            }
            if let Some(value) = a.recording_status_callback_method {
                params = params.recording_status_callback_method(value);
            }
            if let Some(value) = a.sip_auth_username {
                params = params.sip_auth_username(value);
            }
            if let Some(value) = a.sip_auth_password {
                params = params.sip_auth_password(value);
            }
            if let Some(value) = a.machine_detection {
                params = params.machine_detection(value);
            }
            if let Some(value) = a.machine_detection_timeout {
                params = params.machine_detection_timeout(value);
            }
            if !a.recording_status_callback_event.is_empty() {
                params = params
                    .recording_status_callback_event(a.recording_status_callback_event);
            }
            if let Some(value) = a.trim {
                params = params.trim(value);
            }
            if let Some(value) = a.caller_id {
                params = params.caller_id(value);
            }
            if let Some(value) = a.machine_detection_speech_threshold {
                params = params.machine_detection_speech_threshold(value);
            }
            if let Some(value) = a.machine_detection_speech_end_threshold {
                params = params.machine_detection_speech_end_threshold(value);
            }
            if let Some(value) = a.machine_detection_silence_timeout {
                params = params.machine_detection_silence_timeout(value);
            }
            if let Some(value) = a.async_amd {
                params = params.async_amd(value);
            }
            if let Some(value) = a.async_amd_status_callback {
                params = params.async_amd_status_callback(value);
            }
            if let Some(value) = a.async_amd_status_callback_method {
                params = params.async_amd_status_callback_method(value);
            }
            if let Some(value) = a.byoc {
                params = params.byoc(value);
            }
            if let Some(value) = a.call_reason {
                params = params.call_reason(value);
            }
            if let Some(value) = a.call_token {
                params = params.call_token(value);
            }
            if let Some(value) = a.recording_track {
                params = params.recording_track(value);
            }
            if let Some(value) = a.time_limit {
                params = params.time_limit(value);
            }
            if let Some(value) = a.client_notification_url {
                params = params.client_notification_url(value);
            }
            if let Some(value) = a.url {
                params = params.url(value);
            }
            if let Some(value) = a.twiml {
                params = params.twiml(value);
            }
            if let Some(value) = a.application_sid {
                params = params.application_sid(value);
            }
            let result = (match &a.account_sid {
                Some(sid) => client.account(sid),
                None => client.default_account(),
            })
                .create_call(params)
                .await;
            result
                .map(|value| Some(
                    serde_json::to_string_pretty(&value).unwrap_or_default(),
                ))
        }
        Command::CreateUserDefinedMessageSubscription(a) => {
            let mut params = crate::CreateUserDefinedMessageSubscriptionParams::new(
                a.callback,
            );
            if let Some(value) = a.idempotency_key {
                params = params.idempotency_key(value);
            }
            if let Some(value) = a.method {
                params = params.method(value);
            }
            let result = (match &a.account_sid {
                Some(sid) => client.account(sid),
                None => client.default_account(),
            })
                .calls(&a.call_sid)
                .user_defined_message_subscriptions()
                .create(params)
                .await;
            result
                .map(|value| Some(
                    serde_json::to_string_pretty(&value).unwrap_or_default(),
                ))
        }
        Command::DeleteUserDefinedMessageSubscription(a) => {
            let result = (match &a.account_sid {
                Some(sid) => client.account(sid),
                None => client.default_account(),
            })
                .calls(&a.call_sid)
                .user_defined_message_subscriptions()
                .delete(&a.sid)
                .await;
            result.map(|()| None)
        }
        Command::CreateUserDefinedMessage(a) => {
            let mut params = crate::CreateUserDefinedMessageParams::new(a.content);
            if let Some(value) = a.idempotency_key {
                params = params.idempotency_key(value);
            }
            let result = (match &a.account_sid {
                Some(sid) => client.account(sid),
                None => client.default_account(),
            })
                .calls(&a.call_sid)
                .user_defined_messages()
                .create(params)
                .await;
            result
                .map(|value| Some(
                    serde_json::to_string_pretty(&value).unwrap_or_default(),
                ))
        }
    }
}
