//! The subcommands of the `Services` resources.
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The `ListService` operation.
    #[command(
        name = "api:messaging:v1:services:list",
        long_about = "The `ListService` operation.\n\nGET /v1/Services"
    )]
    ListService(Box<ListServiceArgs>),
    /// The `CreateService` operation.
    #[command(
        name = "api:messaging:v1:services:create",
        long_about = "The `CreateService` operation.\n\nPOST /v1/Services"
    )]
    CreateService(Box<CreateServiceArgs>),
    /// The `CreateExternalCampaign` operation.
    #[command(
        name = "api:messaging:v1:services:preregistered-usa2p:create",
        long_about = "The `CreateExternalCampaign` operation.\n\nPOST /v1/Services/PreregisteredUsa2p"
    )]
    CreateExternalCampaign(Box<CreateExternalCampaignArgs>),
    /// The `FetchUsecase` operation.
    #[command(
        name = "api:messaging:v1:services:usecases:fetch",
        long_about = "The `FetchUsecase` operation.\n\nGET /v1/Services/Usecases"
    )]
    FetchUsecase(Box<FetchUsecaseArgs>),
    /// The `ListChannelSender` operation.
    #[command(
        name = "api:messaging:v1:services:channel-senders:list",
        long_about = "The `ListChannelSender` operation.\n\nGET /v1/Services/{MessagingServiceSid}/ChannelSenders"
    )]
    ListChannelSender(Box<ListChannelSenderArgs>),
    /// The `CreateChannelSender` operation.
    #[command(
        name = "api:messaging:v1:services:channel-senders:create",
        long_about = "The `CreateChannelSender` operation.\n\nPOST /v1/Services/{MessagingServiceSid}/ChannelSenders"
    )]
    CreateChannelSender(Box<CreateChannelSenderArgs>),
    /// The `FetchChannelSender` operation.
    #[command(
        name = "api:messaging:v1:services:channel-senders:fetch",
        long_about = "The `FetchChannelSender` operation.\n\nGET /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}"
    )]
    FetchChannelSender(Box<FetchChannelSenderArgs>),
    /// The `DeleteChannelSender` operation.
    #[command(
        name = "api:messaging:v1:services:channel-senders:remove",
        long_about = "The `DeleteChannelSender` operation.\n\nDELETE /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}"
    )]
    DeleteChannelSender(Box<DeleteChannelSenderArgs>),
    /// The `ListUsAppToPerson` operation.
    #[command(
        name = "api:messaging:v1:services:compliance:usa2p:list",
        long_about = "The `ListUsAppToPerson` operation.\n\nGET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p"
    )]
    ListUsAppToPerson(Box<ListUsAppToPersonArgs>),
    /// The `CreateUsAppToPerson` operation.
    #[command(
        name = "api:messaging:v1:services:compliance:usa2p:create",
        long_about = "The `CreateUsAppToPerson` operation.\n\nPOST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p"
    )]
    CreateUsAppToPerson(Box<CreateUsAppToPersonArgs>),
    /// The `FetchUsAppToPersonUsecase` operation.
    #[command(
        name = "api:messaging:v1:services:compliance:usa2p:usecases:fetch",
        long_about = "The `FetchUsAppToPersonUsecase` operation.\n\nGET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases"
    )]
    FetchUsAppToPersonUsecase(Box<FetchUsAppToPersonUsecaseArgs>),
    /// The `FetchUsAppToPerson` operation.
    #[command(
        name = "api:messaging:v1:services:compliance:usa2p:fetch",
        long_about = "The `FetchUsAppToPerson` operation.\n\nGET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}"
    )]
    FetchUsAppToPerson(Box<FetchUsAppToPersonArgs>),
    /// The `UpdateUsAppToPerson` operation.
    #[command(
        name = "api:messaging:v1:services:compliance:usa2p:update",
        long_about = "The `UpdateUsAppToPerson` operation.\n\nPOST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}"
    )]
    UpdateUsAppToPerson(Box<UpdateUsAppToPersonArgs>),
    /// The `DeleteUsAppToPerson` operation.
    #[command(
        name = "api:messaging:v1:services:compliance:usa2p:remove",
        long_about = "The `DeleteUsAppToPerson` operation.\n\nDELETE /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}"
    )]
    DeleteUsAppToPerson(Box<DeleteUsAppToPersonArgs>),
    /// The `ListAlphaSender` operation.
    #[command(
        name = "api:messaging:v1:services:alpha-senders:list",
        long_about = "The `ListAlphaSender` operation.\n\nGET /v1/Services/{ServiceSid}/AlphaSenders"
    )]
    ListAlphaSender(Box<ListAlphaSenderArgs>),
    /// The `CreateAlphaSender` operation.
    #[command(
        name = "api:messaging:v1:services:alpha-senders:create",
        long_about = "The `CreateAlphaSender` operation.\n\nPOST /v1/Services/{ServiceSid}/AlphaSenders"
    )]
    CreateAlphaSender(Box<CreateAlphaSenderArgs>),
    /// The `FetchAlphaSender` operation.
    #[command(
        name = "api:messaging:v1:services:alpha-senders:fetch",
        long_about = "The `FetchAlphaSender` operation.\n\nGET /v1/Services/{ServiceSid}/AlphaSenders/{Sid}"
    )]
    FetchAlphaSender(Box<FetchAlphaSenderArgs>),
    /// The `DeleteAlphaSender` operation.
    #[command(
        name = "api:messaging:v1:services:alpha-senders:remove",
        long_about = "The `DeleteAlphaSender` operation.\n\nDELETE /v1/Services/{ServiceSid}/AlphaSenders/{Sid}"
    )]
    DeleteAlphaSender(Box<DeleteAlphaSenderArgs>),
    /// The `ListDestinationAlphaSender` operation.
    #[command(
        name = "api:messaging:v1:services:destination-alpha-senders:list",
        long_about = "The `ListDestinationAlphaSender` operation.\n\nGET /v1/Services/{ServiceSid}/DestinationAlphaSenders"
    )]
    ListDestinationAlphaSender(Box<ListDestinationAlphaSenderArgs>),
    /// The `CreateDestinationAlphaSender` operation.
    #[command(
        name = "api:messaging:v1:services:destination-alpha-senders:create",
        long_about = "The `CreateDestinationAlphaSender` operation.\n\nPOST /v1/Services/{ServiceSid}/DestinationAlphaSenders"
    )]
    CreateDestinationAlphaSender(Box<CreateDestinationAlphaSenderArgs>),
    /// The `FetchDestinationAlphaSender` operation.
    #[command(
        name = "api:messaging:v1:services:destination-alpha-senders:fetch",
        long_about = "The `FetchDestinationAlphaSender` operation.\n\nGET /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}"
    )]
    FetchDestinationAlphaSender(Box<FetchDestinationAlphaSenderArgs>),
    /// The `DeleteDestinationAlphaSender` operation.
    #[command(
        name = "api:messaging:v1:services:destination-alpha-senders:remove",
        long_about = "The `DeleteDestinationAlphaSender` operation.\n\nDELETE /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}"
    )]
    DeleteDestinationAlphaSender(Box<DeleteDestinationAlphaSenderArgs>),
    /// The `ListPhoneNumber` operation.
    #[command(
        name = "api:messaging:v1:services:phone-numbers:list",
        long_about = "The `ListPhoneNumber` operation.\n\nGET /v1/Services/{ServiceSid}/PhoneNumbers"
    )]
    ListPhoneNumber(Box<ListPhoneNumberArgs>),
    /// The `CreatePhoneNumber` operation.
    #[command(
        name = "api:messaging:v1:services:phone-numbers:create",
        long_about = "The `CreatePhoneNumber` operation.\n\nPOST /v1/Services/{ServiceSid}/PhoneNumbers"
    )]
    CreatePhoneNumber(Box<CreatePhoneNumberArgs>),
    /// The `FetchPhoneNumber` operation.
    #[command(
        name = "api:messaging:v1:services:phone-numbers:fetch",
        long_about = "The `FetchPhoneNumber` operation.\n\nGET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}"
    )]
    FetchPhoneNumber(Box<FetchPhoneNumberArgs>),
    /// The `DeletePhoneNumber` operation.
    #[command(
        name = "api:messaging:v1:services:phone-numbers:remove",
        long_about = "The `DeletePhoneNumber` operation.\n\nDELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}"
    )]
    DeletePhoneNumber(Box<DeletePhoneNumberArgs>),
    /// The `ListShortCode` operation.
    #[command(
        name = "api:messaging:v1:services:short-codes:list",
        long_about = "The `ListShortCode` operation.\n\nGET /v1/Services/{ServiceSid}/ShortCodes"
    )]
    ListShortCode(Box<ListShortCodeArgs>),
    /// The `CreateShortCode` operation.
    #[command(
        name = "api:messaging:v1:services:short-codes:create",
        long_about = "The `CreateShortCode` operation.\n\nPOST /v1/Services/{ServiceSid}/ShortCodes"
    )]
    CreateShortCode(Box<CreateShortCodeArgs>),
    /// The `FetchShortCode` operation.
    #[command(
        name = "api:messaging:v1:services:short-codes:fetch",
        long_about = "The `FetchShortCode` operation.\n\nGET /v1/Services/{ServiceSid}/ShortCodes/{Sid}"
    )]
    FetchShortCode(Box<FetchShortCodeArgs>),
    /// The `DeleteShortCode` operation.
    #[command(
        name = "api:messaging:v1:services:short-codes:remove",
        long_about = "The `DeleteShortCode` operation.\n\nDELETE /v1/Services/{ServiceSid}/ShortCodes/{Sid}"
    )]
    DeleteShortCode(Box<DeleteShortCodeArgs>),
    /// The `FetchService` operation.
    #[command(
        name = "api:messaging:v1:services:fetch",
        long_about = "The `FetchService` operation.\n\nGET /v1/Services/{Sid}"
    )]
    FetchService(Box<FetchServiceArgs>),
    /// The `UpdateService` operation.
    #[command(
        name = "api:messaging:v1:services:update",
        long_about = "The `UpdateService` operation.\n\nPOST /v1/Services/{Sid}"
    )]
    UpdateService(Box<UpdateServiceArgs>),
    /// The `DeleteService` operation.
    #[command(
        name = "api:messaging:v1:services:remove",
        long_about = "The `DeleteService` operation.\n\nDELETE /v1/Services/{Sid}"
    )]
    DeleteService(Box<DeleteServiceArgs>),
}
/// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
pub(super) async fn execute(
    client: &crate::messaging_v1::MessagingV1<'_>,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    match command {
        Command::ListService(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client.services().list(params).await;
            result
                .map(|items| {
                    let mut text = serde_json::to_string_pretty(&items)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::CreateService(a) => {
            let params = a.params;
            let result = client.services().create(params).await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::CreateExternalCampaign(a) => {
            let params = a.params;
            let result = client.services().preregistered_usa2p().create(params).await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::FetchUsecase(_) => {
            let result = client.services().usecases().fetch().await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::ListChannelSender(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client
                .service(&a.messaging_service_sid)
                .channel_senders()
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
        Command::CreateChannelSender(a) => {
            let params = a.params;
            let result = client
                .service(&a.messaging_service_sid)
                .channel_senders()
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
        Command::FetchChannelSender(a) => {
            let result = client
                .service(&a.messaging_service_sid)
                .channel_sender(a.sid.as_str())
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
        Command::DeleteChannelSender(a) => {
            let result = client
                .service(&a.messaging_service_sid)
                .channel_sender(a.sid.as_str())
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::ListUsAppToPerson(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client
                .service(&a.messaging_service_sid)
                .compliance()
                .usa2p()
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
        Command::CreateUsAppToPerson(a) => {
            let params = a.params;
            let result = client
                .service(&a.messaging_service_sid)
                .compliance()
                .usa2p()
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
        Command::FetchUsAppToPersonUsecase(a) => {
            let params = a.params;
            let result = client
                .service(&a.messaging_service_sid)
                .compliance()
                .usa2p()
                .usecases()
                .fetch(params)
                .await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::FetchUsAppToPerson(a) => {
            let params = a.params;
            let result = client
                .service(&a.messaging_service_sid)
                .compliance()
                .usa2p_instance(&a.sid)
                .fetch(params)
                .await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::UpdateUsAppToPerson(a) => {
            let params = a.params;
            let result = client
                .service(&a.messaging_service_sid)
                .compliance()
                .usa2p_instance(&a.sid)
                .update(params)
                .await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::DeleteUsAppToPerson(a) => {
            let result = client
                .service(&a.messaging_service_sid)
                .compliance()
                .usa2p_instance(&a.sid)
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::ListAlphaSender(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client
                .service(&a.service_sid)
                .alpha_senders()
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
        Command::CreateAlphaSender(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .alpha_senders()
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
        Command::FetchAlphaSender(a) => {
            let result = client
                .service(&a.service_sid)
                .alpha_sender(a.sid.as_str())
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
        Command::DeleteAlphaSender(a) => {
            let result = client
                .service(&a.service_sid)
                .alpha_sender(a.sid.as_str())
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::ListDestinationAlphaSender(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client
                .service(&a.service_sid)
                .destination_alpha_senders()
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
        Command::CreateDestinationAlphaSender(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .destination_alpha_senders()
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
        Command::FetchDestinationAlphaSender(a) => {
            let result = client
                .service(&a.service_sid)
                .destination_alpha_sender(a.sid.as_str())
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
        Command::DeleteDestinationAlphaSender(a) => {
            let result = client
                .service(&a.service_sid)
                .destination_alpha_sender(a.sid.as_str())
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::ListPhoneNumber(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client
                .service(&a.service_sid)
                .phone_numbers()
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
        Command::CreatePhoneNumber(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .phone_numbers()
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
        Command::FetchPhoneNumber(a) => {
            let result = client
                .service(&a.service_sid)
                .phone_number(a.sid.as_str())
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
        Command::DeletePhoneNumber(a) => {
            let result = client
                .service(&a.service_sid)
                .phone_number(a.sid.as_str())
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::ListShortCode(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client.service(&a.service_sid).short_codes().list(params).await;
            result
                .map(|items| {
                    let mut text = serde_json::to_string_pretty(&items)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::CreateShortCode(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .short_codes()
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
        Command::FetchShortCode(a) => {
            let result = client
                .service(&a.service_sid)
                .short_code(a.sid.as_str())
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
        Command::DeleteShortCode(a) => {
            let result = client
                .service(&a.service_sid)
                .short_code(a.sid.as_str())
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::FetchService(a) => {
            let result = client.service(&a.sid).fetch().await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::UpdateService(a) => {
            let params = a.params;
            let result = client.service(&a.sid).update(params).await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::DeleteService(a) => {
            let result = client.service(&a.sid).delete().await;
            result.map(|_| None)
        }
    }
}
/// The flags of `api:messaging:v1:services:list`.
#[derive(Debug, clap::Args)]
pub struct ListServiceArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::ListServiceParams,
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
/// The flags of `api:messaging:v1:services:create`.
#[derive(Debug, clap::Args)]
pub struct CreateServiceArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::CreateServiceParams,
}
/// The flags of `api:messaging:v1:services:preregistered-usa2p:create`.
#[derive(Debug, clap::Args)]
pub struct CreateExternalCampaignArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::CreateExternalCampaignParams,
}
/// The flags of `api:messaging:v1:services:usecases:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchUsecaseArgs {}
/// The flags of `api:messaging:v1:services:channel-senders:list`.
#[derive(Debug, clap::Args)]
pub struct ListChannelSenderArgs {
    /// The SID of the Service to read the resources from.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::ListChannelSenderParams,
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
/// The flags of `api:messaging:v1:services:channel-senders:create`.
#[derive(Debug, clap::Args)]
pub struct CreateChannelSenderArgs {
    /// The SID of the Service to create the resource under.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::CreateChannelSenderParams,
}
/// The flags of `api:messaging:v1:services:channel-senders:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchChannelSenderArgs {
    /// The SID of the Service to fetch the resource from.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
    /// The SID of the ChannelSender resource to fetch.
    #[arg(long = "sid")]
    pub sid: String,
}
/// The flags of `api:messaging:v1:services:channel-senders:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteChannelSenderArgs {
    /// The SID of the Service to delete the resource from.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
    /// The SID of the Channel Sender resource to delete.
    #[arg(long = "sid")]
    pub sid: String,
}
/// The flags of `api:messaging:v1:services:compliance:usa2p:list`.
#[derive(Debug, clap::Args)]
pub struct ListUsAppToPersonArgs {
    /// The SID of the Messaging Service to fetch the resource from.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::ListUsAppToPersonParams,
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
/// The flags of `api:messaging:v1:services:compliance:usa2p:create`.
#[derive(Debug, clap::Args)]
pub struct CreateUsAppToPersonArgs {
    /// The SID of the Messaging Service to create the resources from.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::CreateUsAppToPersonParams,
}
/// The flags of `api:messaging:v1:services:compliance:usa2p:usecases:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchUsAppToPersonUsecaseArgs {
    /// The SID of the Messaging Service to fetch the resource from.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::FetchUsAppToPersonUsecaseParams,
}
/// The flags of `api:messaging:v1:services:compliance:usa2p:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchUsAppToPersonArgs {
    /// The SID of the Messaging Service to fetch the resource from.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
    /// The SID of the US A2P Compliance resource to fetch `QE2c6890da8086d771620e9b13fadeba0b`.
    #[arg(long = "sid")]
    pub sid: crate::ExternalCampaignSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::FetchUsAppToPersonParams,
}
/// The flags of `api:messaging:v1:services:compliance:usa2p:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateUsAppToPersonArgs {
    /// The SID of the Messaging Service to update the resource from.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
    /// The SID of the US A2P Compliance resource to update `QE2c6890da8086d771620e9b13fadeba0b`.
    #[arg(long = "sid")]
    pub sid: crate::ExternalCampaignSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::UpdateUsAppToPersonParams,
}
/// The flags of `api:messaging:v1:services:compliance:usa2p:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteUsAppToPersonArgs {
    /// The SID of the Messaging Service to delete the resource from.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
    /// The SID of the US A2P Compliance resource to delete `QE2c6890da8086d771620e9b13fadeba0b`.
    #[arg(long = "sid")]
    pub sid: crate::ExternalCampaignSid,
}
/// The flags of `api:messaging:v1:services:alpha-senders:list`.
#[derive(Debug, clap::Args)]
pub struct ListAlphaSenderArgs {
    /// The SID of the Service to read the resources from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::ListAlphaSenderParams,
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
/// The flags of `api:messaging:v1:services:alpha-senders:create`.
#[derive(Debug, clap::Args)]
pub struct CreateAlphaSenderArgs {
    /// The SID of the Service to create the resource under.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::CreateAlphaSenderParams,
}
/// The flags of `api:messaging:v1:services:alpha-senders:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchAlphaSenderArgs {
    /// The SID of the Service to fetch the resource from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The SID of the AlphaSender resource to fetch.
    #[arg(long = "sid")]
    pub sid: String,
}
/// The flags of `api:messaging:v1:services:alpha-senders:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteAlphaSenderArgs {
    /// The SID of the Service to delete the resource from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The SID of the AlphaSender resource to delete.
    #[arg(long = "sid")]
    pub sid: String,
}
/// The flags of `api:messaging:v1:services:destination-alpha-senders:list`.
#[derive(Debug, clap::Args)]
pub struct ListDestinationAlphaSenderArgs {
    /// The SID of the Service to read the resources from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::ListDestinationAlphaSenderParams,
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
/// The flags of `api:messaging:v1:services:destination-alpha-senders:create`.
#[derive(Debug, clap::Args)]
pub struct CreateDestinationAlphaSenderArgs {
    /// The SID of the Service to create the resource under.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::CreateDestinationAlphaSenderParams,
}
/// The flags of `api:messaging:v1:services:destination-alpha-senders:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchDestinationAlphaSenderArgs {
    /// The SID of the Service to fetch the resource from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The SID of the AlphaSender resource to fetch.
    #[arg(long = "sid")]
    pub sid: String,
}
/// The flags of `api:messaging:v1:services:destination-alpha-senders:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteDestinationAlphaSenderArgs {
    /// The SID of the Service to delete the resource from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The SID of the AlphaSender resource to delete.
    #[arg(long = "sid")]
    pub sid: String,
}
/// The flags of `api:messaging:v1:services:phone-numbers:list`.
#[derive(Debug, clap::Args)]
pub struct ListPhoneNumberArgs {
    /// The SID of the Service to read the resources from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::ListPhoneNumberParams,
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
/// The flags of `api:messaging:v1:services:phone-numbers:create`.
#[derive(Debug, clap::Args)]
pub struct CreatePhoneNumberArgs {
    /// The SID of the Service to create the resource under.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::CreatePhoneNumberParams,
}
/// The flags of `api:messaging:v1:services:phone-numbers:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchPhoneNumberArgs {
    /// The SID of the Service to fetch the resource from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The SID of the PhoneNumber resource to fetch.
    #[arg(long = "sid")]
    pub sid: String,
}
/// The flags of `api:messaging:v1:services:phone-numbers:remove`.
#[derive(Debug, clap::Args)]
pub struct DeletePhoneNumberArgs {
    /// The SID of the Service to delete the resource from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The SID of the PhoneNumber resource to delete.
    #[arg(long = "sid")]
    pub sid: String,
}
/// The flags of `api:messaging:v1:services:short-codes:list`.
#[derive(Debug, clap::Args)]
pub struct ListShortCodeArgs {
    /// The SID of the Service to read the resources from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::ListShortCodeParams,
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
/// The flags of `api:messaging:v1:services:short-codes:create`.
#[derive(Debug, clap::Args)]
pub struct CreateShortCodeArgs {
    /// The SID of the Service to create the resource under.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::CreateShortCodeParams,
}
/// The flags of `api:messaging:v1:services:short-codes:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchShortCodeArgs {
    /// The SID of the Service to fetch the resource from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The SID of the ShortCode resource to fetch.
    #[arg(long = "sid")]
    pub sid: String,
}
/// The flags of `api:messaging:v1:services:short-codes:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteShortCodeArgs {
    /// The SID of the Service to delete the resource from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::MessagingServiceSid,
    /// The SID of the ShortCode resource to delete.
    #[arg(long = "sid")]
    pub sid: String,
}
/// The flags of `api:messaging:v1:services:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchServiceArgs {
    /// The SID of the Service resource to fetch.
    #[arg(long = "sid")]
    pub sid: crate::MessagingServiceSid,
}
/// The flags of `api:messaging:v1:services:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateServiceArgs {
    /// The SID of the Service resource to update.
    #[arg(long = "sid")]
    pub sid: crate::MessagingServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::UpdateServiceParams,
}
/// The flags of `api:messaging:v1:services:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteServiceArgs {
    /// The SID of the Service resource to delete.
    #[arg(long = "sid")]
    pub sid: crate::MessagingServiceSid,
}
