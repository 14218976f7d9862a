//! The subcommands of the `Calls` resources.
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
    /// Fetch the call specified by the provided Call SID
    #[command(
        name = "api:core:calls:fetch",
        long_about = "Fetch the call specified by the provided Call SID\n\nGET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json"
    )]
    FetchCall(Box<FetchCallArgs>),
}
/// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
pub(super) async fn execute(
    client: &crate::api_v2010::ApiV2010<'_>,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    match command {
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
                .map(|items| {
                    let mut text = serde_json::to_string_pretty(&items)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
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
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
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
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
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
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::FetchCall(a) => {
            let result = (match &a.account_sid {
                Some(sid) => client.account(sid),
                None => client.default_account(),
            })
                .call(&a.sid)
                .fetch()
                .await;
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
/// The flags of `api:core:calls:list`.
#[derive(Debug, clap::Args)]
pub struct ListCallArgs {
    /// The SID of the Account that created the Call resource(s) to read.
    #[arg(long = "account-sid")]
    pub account_sid: Option<crate::AccountSid>,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::api_v2010::ListCallParams,
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
    pub params: crate::api_v2010::CreateCallParams,
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
    pub params: crate::api_v2010::CreateUserDefinedMessageSubscriptionParams,
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
    pub params: crate::api_v2010::CreateUserDefinedMessageParams,
}
/// The flags of `api:core:calls:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchCallArgs {
    /// The SID of the Account that created the Call resource(s) to fetch.
    #[arg(long = "account-sid")]
    pub account_sid: Option<crate::AccountSid>,
    /// The SID of the Call resource to fetch.
    #[arg(long = "sid")]
    pub sid: crate::CallSid,
}
