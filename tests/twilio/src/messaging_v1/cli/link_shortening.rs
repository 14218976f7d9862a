//! The subcommands of the `LinkShortening` resources.
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// The `FetchDomainCertV4` operation.
    #[command(
        name = "api:messaging:v1:link-shortening:domains:certificate:fetch",
        long_about = "The `FetchDomainCertV4` operation.\n\nGET /v1/LinkShortening/Domains/{DomainSid}/Certificate"
    )]
    FetchDomainCertV4(Box<FetchDomainCertV4Args>),
    /// The `UpdateDomainCertV4` operation.
    #[command(
        name = "api:messaging:v1:link-shortening:domains:certificate:update",
        long_about = "The `UpdateDomainCertV4` operation.\n\nPOST /v1/LinkShortening/Domains/{DomainSid}/Certificate"
    )]
    UpdateDomainCertV4(Box<UpdateDomainCertV4Args>),
    /// The `DeleteDomainCertV4` operation.
    #[command(
        name = "api:messaging:v1:link-shortening:domains:certificate:remove",
        long_about = "The `DeleteDomainCertV4` operation.\n\nDELETE /v1/LinkShortening/Domains/{DomainSid}/Certificate"
    )]
    DeleteDomainCertV4(Box<DeleteDomainCertV4Args>),
    /// The `FetchDomainConfig` operation.
    #[command(
        name = "api:messaging:v1:link-shortening:domains:config:fetch",
        long_about = "The `FetchDomainConfig` operation.\n\nGET /v1/LinkShortening/Domains/{DomainSid}/Config"
    )]
    FetchDomainConfig(Box<FetchDomainConfigArgs>),
    /// The `UpdateDomainConfig` operation.
    #[command(
        name = "api:messaging:v1:link-shortening:domains:config:update",
        long_about = "The `UpdateDomainConfig` operation.\n\nPOST /v1/LinkShortening/Domains/{DomainSid}/Config"
    )]
    UpdateDomainConfig(Box<UpdateDomainConfigArgs>),
    /// The `CreateLinkshorteningMessagingService` operation.
    #[command(
        name = "api:messaging:v1:link-shortening:domains:messaging-services:create",
        long_about = "The `CreateLinkshorteningMessagingService` operation.\n\nPOST /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}"
    )]
    CreateLinkshorteningMessagingService(Box<CreateLinkshorteningMessagingServiceArgs>),
    /// The `DeleteLinkshorteningMessagingService` operation.
    #[command(
        name = "api:messaging:v1:link-shortening:domains:messaging-services:remove",
        long_about = "The `DeleteLinkshorteningMessagingService` operation.\n\nDELETE /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}"
    )]
    DeleteLinkshorteningMessagingService(Box<DeleteLinkshorteningMessagingServiceArgs>),
    /// The `UpdateRequestManagedCert` operation.
    #[command(
        name = "api:messaging:v1:link-shortening:domains:request-managed-cert:update",
        long_about = "The `UpdateRequestManagedCert` operation.\n\nPOST /v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert"
    )]
    UpdateRequestManagedCert(Box<UpdateRequestManagedCertArgs>),
    /// The `FetchDomainDnsValidation` operation.
    #[command(
        name = "api:messaging:v1:link-shortening:domains:validate-dns:fetch",
        long_about = "The `FetchDomainDnsValidation` operation.\n\nGET /v1/LinkShortening/Domains/{DomainSid}/ValidateDns"
    )]
    FetchDomainDnsValidation(Box<FetchDomainDnsValidationArgs>),
    /// The `FetchDomainConfigMessagingService` operation.
    #[command(
        name = "api:messaging:v1:link-shortening:messaging-service:domain-config:fetch",
        long_about = "The `FetchDomainConfigMessagingService` operation.\n\nGET /v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig"
    )]
    FetchDomainConfigMessagingService(Box<FetchDomainConfigMessagingServiceArgs>),
    /// The `FetchLinkshorteningMessagingServiceDomainAssociation` operation.
    #[command(
        name = "api:messaging:v1:link-shortening:messaging-services:domain:fetch",
        long_about = "The `FetchLinkshorteningMessagingServiceDomainAssociation` operation.\n\nGET /v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain"
    )]
    FetchLinkshorteningMessagingServiceDomainAssociation(
        Box<FetchLinkshorteningMessagingServiceDomainAssociationArgs>,
    ),
}
/// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
pub(super) async fn execute(
    client: &crate::messaging_v1::MessagingV1<'_>,
    command: Command,
) -> Result<Option<Vec<u8>>, crate::Error> {
    match command {
        Command::FetchDomainCertV4(a) => {
            let result = client
                .link_shortening()
                .domain(&a.domain_sid)
                .certificate()
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
        Command::UpdateDomainCertV4(a) => {
            let params = a.params;
            let result = client
                .link_shortening()
                .domain(&a.domain_sid)
                .certificate()
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
        Command::DeleteDomainCertV4(a) => {
            let result = client
                .link_shortening()
                .domain(&a.domain_sid)
                .certificate()
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::FetchDomainConfig(a) => {
            let result = client
                .link_shortening()
                .domain(&a.domain_sid)
                .config()
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
        Command::UpdateDomainConfig(a) => {
            let params = a.params;
            let result = client
                .link_shortening()
                .domain(&a.domain_sid)
                .config()
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
        Command::CreateLinkshorteningMessagingService(a) => {
            let result = client
                .link_shortening()
                .domain(&a.domain_sid)
                .messaging_service(&a.messaging_service_sid)
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
        Command::DeleteLinkshorteningMessagingService(a) => {
            let result = client
                .link_shortening()
                .domain(&a.domain_sid)
                .messaging_service(&a.messaging_service_sid)
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::UpdateRequestManagedCert(a) => {
            let result = client
                .link_shortening()
                .domain(&a.domain_sid)
                .request_managed_cert()
                .update()
                .await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::FetchDomainDnsValidation(a) => {
            let result = client
                .link_shortening()
                .domain(&a.domain_sid)
                .validate_dns()
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
        Command::FetchDomainConfigMessagingService(a) => {
            let result = client
                .link_shortening()
                .messaging_service_instance(&a.messaging_service_sid)
                .domain_config()
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
        Command::FetchLinkshorteningMessagingServiceDomainAssociation(a) => {
            let result = client
                .link_shortening()
                .messaging_service(&a.messaging_service_sid)
                .domain()
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
/// The flags of `api:messaging:v1:link-shortening:domains:certificate:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchDomainCertV4Args {
    /// Unique string used to identify the domain that this certificate should be associated with.
    #[arg(long = "domain-sid")]
    pub domain_sid: crate::DomainSid,
}
/// The flags of `api:messaging:v1:link-shortening:domains:certificate:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateDomainCertV4Args {
    /// Unique string used to identify the domain that this certificate should be associated with.
    #[arg(long = "domain-sid")]
    pub domain_sid: crate::DomainSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::UpdateDomainCertV4Params,
}
/// The flags of `api:messaging:v1:link-shortening:domains:certificate:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteDomainCertV4Args {
    /// Unique string used to identify the domain that this certificate should be associated with.
    #[arg(long = "domain-sid")]
    pub domain_sid: crate::DomainSid,
}
/// The flags of `api:messaging:v1:link-shortening:domains:config:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchDomainConfigArgs {
    /// Unique string used to identify the domain that this config should be associated with.
    #[arg(long = "domain-sid")]
    pub domain_sid: crate::DomainSid,
}
/// The flags of `api:messaging:v1:link-shortening:domains:config:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateDomainConfigArgs {
    /// Unique string used to identify the domain that this config should be associated with.
    #[arg(long = "domain-sid")]
    pub domain_sid: crate::DomainSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::messaging_v1::UpdateDomainConfigParams,
}
/// The flags of `api:messaging:v1:link-shortening:domains:messaging-services:create`.
#[derive(Debug, clap::Args)]
pub struct CreateLinkshorteningMessagingServiceArgs {
    /// The domain SID to associate with a messaging service.
    #[arg(long = "domain-sid")]
    pub domain_sid: crate::DomainSid,
    /// A messaging service SID to associate with a domain.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
}
/// The flags of `api:messaging:v1:link-shortening:domains:messaging-services:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteLinkshorteningMessagingServiceArgs {
    /// The domain SID to dissociate from a messaging service.
    #[arg(long = "domain-sid")]
    pub domain_sid: crate::DomainSid,
    /// A messaging service SID to dissociate from a domain.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
}
/// The flags of `api:messaging:v1:link-shortening:domains:request-managed-cert:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateRequestManagedCertArgs {
    /// Unique string used to identify the domain that this certificate should be associated with.
    #[arg(long = "domain-sid")]
    pub domain_sid: crate::DomainSid,
}
/// The flags of `api:messaging:v1:link-shortening:domains:validate-dns:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchDomainDnsValidationArgs {
    /// Unique string used to identify the domain.
    #[arg(long = "domain-sid")]
    pub domain_sid: crate::DomainSid,
}
/// The flags of `api:messaging:v1:link-shortening:messaging-service:domain-config:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchDomainConfigMessagingServiceArgs {
    /// Unique string used to identify the Messaging service that this domain should be associated with.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
}
/// The flags of `api:messaging:v1:link-shortening:messaging-services:domain:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchLinkshorteningMessagingServiceDomainAssociationArgs {
    /// Unique string used to identify the Messaging service that this domain should be associated with.
    #[arg(long = "messaging-service-sid")]
    pub messaging_service_sid: crate::MessagingServiceSid,
}
