//! The subcommands of the `a2p` resources.
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The `ListBrandRegistrations` operation.
    #[command(
        name = "api:messaging:v1:a2p:brand-registrations:list",
        long_about = "The `ListBrandRegistrations` operation.\n\nGET /v1/a2p/BrandRegistrations"
    )]
    ListBrandRegistrations(Box<ListBrandRegistrationsArgs>),
    /// The `CreateBrandRegistrations` operation.
    #[command(
        name = "api:messaging:v1:a2p:brand-registrations:create",
        long_about = "The `CreateBrandRegistrations` operation.\n\nPOST /v1/a2p/BrandRegistrations"
    )]
    CreateBrandRegistrations(Box<CreateBrandRegistrationsArgs>),
    /// The `CreateBrandRegistrationOtp` operation.
    #[command(
        name = "api:messaging:v1:a2p:brand-registrations:sms-otp:create",
        long_about = "The `CreateBrandRegistrationOtp` operation.\n\nPOST /v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp"
    )]
    CreateBrandRegistrationOtp(Box<CreateBrandRegistrationOtpArgs>),
    /// The `ListBrandVetting` operation.
    #[command(
        name = "api:messaging:v1:a2p:brand-registrations:vettings:list",
        long_about = "The `ListBrandVetting` operation.\n\nGET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings"
    )]
    ListBrandVetting(Box<ListBrandVettingArgs>),
    /// The `CreateBrandVetting` operation.
    #[command(
        name = "api:messaging:v1:a2p:brand-registrations:vettings:create",
        long_about = "The `CreateBrandVetting` operation.\n\nPOST /v1/a2p/BrandRegistrations/{BrandSid}/Vettings"
    )]
    CreateBrandVetting(Box<CreateBrandVettingArgs>),
    /// The `FetchBrandVetting` operation.
    #[command(
        name = "api:messaging:v1:a2p:brand-registrations:vettings:fetch",
        long_about = "The `FetchBrandVetting` operation.\n\nGET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}"
    )]
    FetchBrandVetting(Box<FetchBrandVettingArgs>),
    /// The `FetchBrandRegistrations` operation.
    #[command(
        name = "api:messaging:v1:a2p:brand-registrations:fetch",
        long_about = "The `FetchBrandRegistrations` operation.\n\nGET /v1/a2p/BrandRegistrations/{Sid}"
    )]
    FetchBrandRegistrations(Box<FetchBrandRegistrationsArgs>),
    /// The `UpdateBrandRegistrations` operation.
    #[command(
        name = "api:messaging:v1:a2p:brand-registrations:update",
        long_about = "The `UpdateBrandRegistrations` operation.\n\nPOST /v1/a2p/BrandRegistrations/{Sid}"
    )]
    UpdateBrandRegistrations(Box<UpdateBrandRegistrationsArgs>),
}
/// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
pub(super) async fn execute(
    client: &crate::messaging_v1::MessagingV1<'_>,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    match command {
        Command::ListBrandRegistrations(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client.a2p().brand_registrations().list(params).await;
            result
                .map(|items| {
                    let mut text = serde_json::to_string_pretty(&items)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::CreateBrandRegistrations(a) => {
            let params = a.params;
            let result = client.a2p().brand_registrations().create(params).await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::CreateBrandRegistrationOtp(a) => {
            let result = client
                .a2p()
                .brand_registration(&a.brand_registration_sid)
                .sms_otp()
                .create()
                .await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::ListBrandVetting(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client
                .a2p()
                .brand_registration(&a.brand_sid)
                .vettings()
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
        Command::CreateBrandVetting(a) => {
            let params = a.params;
            let result = client
                .a2p()
                .brand_registration(&a.brand_sid)
                .vettings()
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
        Command::FetchBrandVetting(a) => {
            let result = client
                .a2p()
                .brand_registration(&a.brand_sid)
                .vetting(&a.brand_vetting_sid)
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
        Command::FetchBrandRegistrations(a) => {
            let result = client.a2p().brand_registration(&a.sid).fetch().await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::UpdateBrandRegistrations(a) => {
            let result = client.a2p().brand_registration(&a.sid).update().await;
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
/// The flags of `api:messaging:v1:a2p:brand-registrations:list`.
#[derive(Debug, clap::Args)]
pub struct ListBrandRegistrationsArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::ListBrandRegistrationsParams,
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
/// The flags of `api:messaging:v1:a2p:brand-registrations:create`.
#[derive(Debug, clap::Args)]
pub struct CreateBrandRegistrationsArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::CreateBrandRegistrationsParams,
}
/// The flags of `api:messaging:v1:a2p:brand-registrations:sms-otp:create`.
#[derive(Debug, clap::Args)]
pub struct CreateBrandRegistrationOtpArgs {
    /// Brand Registration Sid of Sole Proprietor Brand.
    #[arg(long = "brand-registration-sid")]
    pub brand_registration_sid: crate::BrandRegistrationSid,
}
/// The flags of `api:messaging:v1:a2p:brand-registrations:vettings:list`.
#[derive(Debug, clap::Args)]
pub struct ListBrandVettingArgs {
    /// The SID of the Brand Registration resource of the vettings to read .
    #[arg(long = "brand-sid")]
    pub brand_sid: crate::BrandRegistrationSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::ListBrandVettingParams,
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
/// The flags of `api:messaging:v1:a2p:brand-registrations:vettings:create`.
#[derive(Debug, clap::Args)]
pub struct CreateBrandVettingArgs {
    /// The SID of the Brand Registration resource of the vettings to create .
    #[arg(long = "brand-sid")]
    pub brand_sid: crate::BrandRegistrationSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::CreateBrandVettingParams,
}
/// The flags of `api:messaging:v1:a2p:brand-registrations:vettings:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchBrandVettingArgs {
    /// The SID of the Brand Registration resource of the vettings to read .
    #[arg(long = "brand-sid")]
    pub brand_sid: crate::BrandRegistrationSid,
    /// The Twilio SID of the third-party vetting record.
    #[arg(long = "brand-vetting-sid")]
    pub brand_vetting_sid: crate::BrandVettingSid,
}
/// The flags of `api:messaging:v1:a2p:brand-registrations:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchBrandRegistrationsArgs {
    /// The SID of the Brand Registration resource to fetch.
    #[arg(long = "sid")]
    pub sid: crate::BrandRegistrationSid,
}
/// The flags of `api:messaging:v1:a2p:brand-registrations:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateBrandRegistrationsArgs {
    /// The SID of the Brand Registration resource to update.
    #[arg(long = "sid")]
    pub sid: crate::BrandRegistrationSid,
}
