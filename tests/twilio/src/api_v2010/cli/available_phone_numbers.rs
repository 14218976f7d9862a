//! The subcommands of the `AvailablePhoneNumbers` resources.
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The `ListAvailablePhoneNumberLocal` operation.
    #[command(
        name = "api:core:available-phone-numbers:local:list",
        long_about = "The `ListAvailablePhoneNumberLocal` operation.\n\nGET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json"
    )]
    ListAvailablePhoneNumberLocal(Box<ListAvailablePhoneNumberLocalArgs>),
}
/// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
pub(super) async fn execute(
    client: &crate::api_v2010::ApiV2010<'_>,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
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
                .map(|items| {
                    let mut text = serde_json::to_string_pretty(&items)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
    }
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
    pub params: crate::api_v2010::ListAvailablePhoneNumberLocalParams,
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
