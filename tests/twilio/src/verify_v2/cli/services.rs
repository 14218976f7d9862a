//! The subcommands of the `Services` resources.
/// One subcommand per operation.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Retrieve a list of all Verification Services for an account.
    #[command(
        name = "api:verify:v2:services:list",
        long_about = "Retrieve a list of all Verification Services for an account.\n\nGET /v2/Services"
    )]
    ListService(Box<ListServiceArgs>),
    /// Create a new Verification Service.
    #[command(
        name = "api:verify:v2:services:create",
        long_about = "Create a new Verification Service.\n\nPOST /v2/Services"
    )]
    CreateService(Box<CreateServiceArgs>),
    /// Create a new enrollment Access Token for the Entity
    #[command(
        name = "api:verify:v2:services:access-tokens:create",
        long_about = "Create a new enrollment Access Token for the Entity\n\nPOST /v2/Services/{ServiceSid}/AccessTokens"
    )]
    CreateAccessToken(Box<CreateAccessTokenArgs>),
    /// Fetch an Access Token for the Entity
    #[command(
        name = "api:verify:v2:services:access-tokens:fetch",
        long_about = "Fetch an Access Token for the Entity\n\nGET /v2/Services/{ServiceSid}/AccessTokens/{Sid}"
    )]
    FetchAccessToken(Box<FetchAccessTokenArgs>),
    /// Retrieve a list of all Entities for a Service.
    #[command(
        name = "api:verify:v2:services:entities:list",
        long_about = "Retrieve a list of all Entities for a Service.\n\nGET /v2/Services/{ServiceSid}/Entities"
    )]
    ListEntity(Box<ListEntityArgs>),
    /// Create a new Entity for the Service
    #[command(
        name = "api:verify:v2:services:entities:create",
        long_about = "Create a new Entity for the Service\n\nPOST /v2/Services/{ServiceSid}/Entities"
    )]
    CreateEntity(Box<CreateEntityArgs>),
    /// Fetch a specific Entity.
    #[command(
        name = "api:verify:v2:services:entities:fetch",
        long_about = "Fetch a specific Entity.\n\nGET /v2/Services/{ServiceSid}/Entities/{Identity}"
    )]
    FetchEntity(Box<FetchEntityArgs>),
    /// Delete a specific Entity.
    #[command(
        name = "api:verify:v2:services:entities:remove",
        long_about = "Delete a specific Entity.\n\nDELETE /v2/Services/{ServiceSid}/Entities/{Identity}"
    )]
    DeleteEntity(Box<DeleteEntityArgs>),
    /// Retrieve a list of all Challenges for a Factor.
    #[command(
        name = "api:verify:v2:services:entities:challenges:list",
        long_about = "Retrieve a list of all Challenges for a Factor.\n\nGET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges"
    )]
    ListChallenge(Box<ListChallengeArgs>),
    /// Create a new Challenge for the Factor
    #[command(
        name = "api:verify:v2:services:entities:challenges:create",
        long_about = "Create a new Challenge for the Factor\n\nPOST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges"
    )]
    CreateChallenge(Box<CreateChallengeArgs>),
    /// Create a new Notification for the corresponding Challenge
    #[command(
        name = "api:verify:v2:services:entities:challenges:notifications:create",
        long_about = "Create a new Notification for the corresponding Challenge\n\nPOST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications"
    )]
    CreateNotification(Box<CreateNotificationArgs>),
    /// Fetch a specific Challenge.
    #[command(
        name = "api:verify:v2:services:entities:challenges:fetch",
        long_about = "Fetch a specific Challenge.\n\nGET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}"
    )]
    FetchChallenge(Box<FetchChallengeArgs>),
    /// Verify a specific Challenge.
    #[command(
        name = "api:verify:v2:services:entities:challenges:update",
        long_about = "Verify a specific Challenge.\n\nPOST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}"
    )]
    UpdateChallenge(Box<UpdateChallengeArgs>),
    /// Retrieve a list of all Factors for an Entity.
    #[command(
        name = "api:verify:v2:services:entities:factors:list",
        long_about = "Retrieve a list of all Factors for an Entity.\n\nGET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors"
    )]
    ListFactor(Box<ListFactorArgs>),
    /// Create a new Factor for the Entity
    #[command(
        name = "api:verify:v2:services:entities:factors:create",
        long_about = "Create a new Factor for the Entity\n\nPOST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors"
    )]
    CreateNewFactor(Box<CreateNewFactorArgs>),
    /// Fetch a specific Factor.
    #[command(
        name = "api:verify:v2:services:entities:factors:fetch",
        long_about = "Fetch a specific Factor.\n\nGET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}"
    )]
    FetchFactor(Box<FetchFactorArgs>),
    /// Update a specific Factor.
    #[command(
        name = "api:verify:v2:services:entities:factors:update",
        long_about = "Update a specific Factor. This endpoint can be used to Verify a Factor if passed an `AuthPayload` param.\n\nPOST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}"
    )]
    UpdateFactor(Box<UpdateFactorArgs>),
    /// Delete a specific Factor.
    #[command(
        name = "api:verify:v2:services:entities:factors:remove",
        long_about = "Delete a specific Factor.\n\nDELETE /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}"
    )]
    DeleteFactor(Box<DeleteFactorArgs>),
    /// Retrieve a list of all Messaging Configurations for a Service.
    #[command(
        name = "api:verify:v2:services:messaging-configurations:list",
        long_about = "Retrieve a list of all Messaging Configurations for a Service.\n\nGET /v2/Services/{ServiceSid}/MessagingConfigurations"
    )]
    ListMessagingConfiguration(Box<ListMessagingConfigurationArgs>),
    /// Create a new MessagingConfiguration for a service.
    #[command(
        name = "api:verify:v2:services:messaging-configurations:create",
        long_about = "Create a new MessagingConfiguration for a service.\n\nPOST /v2/Services/{ServiceSid}/MessagingConfigurations"
    )]
    CreateMessagingConfiguration(Box<CreateMessagingConfigurationArgs>),
    /// Fetch a specific MessagingConfiguration.
    #[command(
        name = "api:verify:v2:services:messaging-configurations:fetch",
        long_about = "Fetch a specific MessagingConfiguration.\n\nGET /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}"
    )]
    FetchMessagingConfiguration(Box<FetchMessagingConfigurationArgs>),
    /// Update a specific MessagingConfiguration
    #[command(
        name = "api:verify:v2:services:messaging-configurations:update",
        long_about = "Update a specific MessagingConfiguration\n\nPOST /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}"
    )]
    UpdateMessagingConfiguration(Box<UpdateMessagingConfigurationArgs>),
    /// Delete a specific MessagingConfiguration.
    #[command(
        name = "api:verify:v2:services:messaging-configurations:remove",
        long_about = "Delete a specific MessagingConfiguration.\n\nDELETE /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}"
    )]
    DeleteMessagingConfiguration(Box<DeleteMessagingConfigurationArgs>),
    /// Approve a Passkeys Challenge
    #[command(
        name = "api:verify:v2:services:passkeys:approve-challenge:update",
        long_about = "Approve a Passkeys Challenge\n\nApprove a Passkeys challenge\n\nPOST /v2/Services/{ServiceSid}/Passkeys/ApproveChallenge"
    )]
    UpdateChallengePasskeys(Box<UpdateChallengePasskeysArgs>),
    /// Create a Passkeys Challenge
    #[command(
        name = "api:verify:v2:services:passkeys:challenges:create",
        long_about = "Create a Passkeys Challenge\n\nPOST /v2/Services/{ServiceSid}/Passkeys/Challenges"
    )]
    CreateChallengePasskeys(Box<CreateChallengePasskeysArgs>),
    /// Create a new Passkeys Factor for the Entity
    #[command(
        name = "api:verify:v2:services:passkeys:factors:create",
        long_about = "Create a new Passkeys Factor for the Entity\n\nPOST /v2/Services/{ServiceSid}/Passkeys/Factors"
    )]
    CreateNewFactorPasskey(Box<CreateNewFactorPasskeyArgs>),
    /// Verify a Passkeys Factor
    #[command(
        name = "api:verify:v2:services:passkeys:verify-factor:update",
        long_about = "Verify a Passkeys Factor\n\nPOST /v2/Services/{ServiceSid}/Passkeys/VerifyFactor"
    )]
    UpdatePasskeysFactor(Box<UpdatePasskeysFactorArgs>),
    /// Retrieve a list of all Rate Limits for a service.
    #[command(
        name = "api:verify:v2:services:rate-limits:list",
        long_about = "Retrieve a list of all Rate Limits for a service.\n\nGET /v2/Services/{ServiceSid}/RateLimits"
    )]
    ListRateLimit(Box<ListRateLimitArgs>),
    /// Create a new Rate Limit for a Service
    #[command(
        name = "api:verify:v2:services:rate-limits:create",
        long_about = "Create a new Rate Limit for a Service\n\nPOST /v2/Services/{ServiceSid}/RateLimits"
    )]
    CreateRateLimit(Box<CreateRateLimitArgs>),
    /// Retrieve a list of all Buckets for a Rate Limit.
    #[command(
        name = "api:verify:v2:services:rate-limits:buckets:list",
        long_about = "Retrieve a list of all Buckets for a Rate Limit.\n\nGET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets"
    )]
    ListBucket(Box<ListBucketArgs>),
    /// Create a new Bucket for a Rate Limit
    #[command(
        name = "api:verify:v2:services:rate-limits:buckets:create",
        long_about = "Create a new Bucket for a Rate Limit\n\nPOST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets"
    )]
    CreateBucket(Box<CreateBucketArgs>),
    /// Fetch a specific Bucket.
    #[command(
        name = "api:verify:v2:services:rate-limits:buckets:fetch",
        long_about = "Fetch a specific Bucket.\n\nGET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}"
    )]
    FetchBucket(Box<FetchBucketArgs>),
    /// Update a specific Bucket.
    #[command(
        name = "api:verify:v2:services:rate-limits:buckets:update",
        long_about = "Update a specific Bucket.\n\nPOST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}"
    )]
    UpdateBucket(Box<UpdateBucketArgs>),
    /// Delete a specific Bucket.
    #[command(
        name = "api:verify:v2:services:rate-limits:buckets:remove",
        long_about = "Delete a specific Bucket.\n\nDELETE /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}"
    )]
    DeleteBucket(Box<DeleteBucketArgs>),
    /// Fetch a specific Rate Limit.
    #[command(
        name = "api:verify:v2:services:rate-limits:fetch",
        long_about = "Fetch a specific Rate Limit.\n\nGET /v2/Services/{ServiceSid}/RateLimits/{Sid}"
    )]
    FetchRateLimit(Box<FetchRateLimitArgs>),
    /// Update a specific Rate Limit.
    #[command(
        name = "api:verify:v2:services:rate-limits:update",
        long_about = "Update a specific Rate Limit.\n\nPOST /v2/Services/{ServiceSid}/RateLimits/{Sid}"
    )]
    UpdateRateLimit(Box<UpdateRateLimitArgs>),
    /// Delete a specific Rate Limit.
    #[command(
        name = "api:verify:v2:services:rate-limits:remove",
        long_about = "Delete a specific Rate Limit.\n\nDELETE /v2/Services/{ServiceSid}/RateLimits/{Sid}"
    )]
    DeleteRateLimit(Box<DeleteRateLimitArgs>),
    /// challenge a specific Verification Check.
    #[command(
        name = "api:verify:v2:services:verification-check:create",
        long_about = "challenge a specific Verification Check.\n\nPOST /v2/Services/{ServiceSid}/VerificationCheck"
    )]
    CreateVerificationCheck(Box<CreateVerificationCheckArgs>),
    /// Create a new Verification using a Service
    #[command(
        name = "api:verify:v2:services:verifications:create",
        long_about = "Create a new Verification using a Service\n\nPOST /v2/Services/{ServiceSid}/Verifications"
    )]
    CreateVerification(Box<CreateVerificationArgs>),
    /// Fetch a specific Verification
    #[command(
        name = "api:verify:v2:services:verifications:fetch",
        long_about = "Fetch a specific Verification\n\nGET /v2/Services/{ServiceSid}/Verifications/{Sid}"
    )]
    FetchVerification(Box<FetchVerificationArgs>),
    /// Update a Verification status
    #[command(
        name = "api:verify:v2:services:verifications:update",
        long_about = "Update a Verification status\n\nPOST /v2/Services/{ServiceSid}/Verifications/{Sid}"
    )]
    UpdateVerification(Box<UpdateVerificationArgs>),
    /// Retrieve a list of all Webhooks for a Service.
    #[command(
        name = "api:verify:v2:services:webhooks:list",
        long_about = "Retrieve a list of all Webhooks for a Service.\n\nGET /v2/Services/{ServiceSid}/Webhooks"
    )]
    ListWebhook(Box<ListWebhookArgs>),
    /// Create a new Webhook for the Service
    #[command(
        name = "api:verify:v2:services:webhooks:create",
        long_about = "Create a new Webhook for the Service\n\nPOST /v2/Services/{ServiceSid}/Webhooks"
    )]
    CreateWebhook(Box<CreateWebhookArgs>),
    /// Fetch a specific Webhook.
    #[command(
        name = "api:verify:v2:services:webhooks:fetch",
        long_about = "Fetch a specific Webhook.\n\nGET /v2/Services/{ServiceSid}/Webhooks/{Sid}"
    )]
    FetchWebhook(Box<FetchWebhookArgs>),
    /// The `UpdateWebhook` operation.
    #[command(
        name = "api:verify:v2:services:webhooks:update",
        long_about = "The `UpdateWebhook` operation.\n\nPOST /v2/Services/{ServiceSid}/Webhooks/{Sid}"
    )]
    UpdateWebhook(Box<UpdateWebhookArgs>),
    /// Delete a specific Webhook.
    #[command(
        name = "api:verify:v2:services:webhooks:remove",
        long_about = "Delete a specific Webhook.\n\nDELETE /v2/Services/{ServiceSid}/Webhooks/{Sid}"
    )]
    DeleteWebhook(Box<DeleteWebhookArgs>),
    /// Fetch specific Verification Service Instance.
    #[command(
        name = "api:verify:v2:services:fetch",
        long_about = "Fetch specific Verification Service Instance.\n\nGET /v2/Services/{Sid}"
    )]
    FetchService(Box<FetchServiceArgs>),
    /// Update a specific Verification Service.
    #[command(
        name = "api:verify:v2:services:update",
        long_about = "Update a specific Verification Service.\n\nPOST /v2/Services/{Sid}"
    )]
    UpdateService(Box<UpdateServiceArgs>),
    /// Delete a specific Verification Service Instance.
    #[command(
        name = "api:verify:v2:services:remove",
        long_about = "Delete a specific Verification Service Instance.\n\nDELETE /v2/Services/{Sid}"
    )]
    DeleteService(Box<DeleteServiceArgs>),
}
/// Sends the command's request; what to print, if anything (see [`run`](crate::cli::run)).
pub(super) async fn execute(
    client: &crate::verify_v2::VerifyV2<'_>,
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
        Command::CreateAccessToken(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .access_tokens()
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
        Command::FetchAccessToken(a) => {
            let result = client
                .service(&a.service_sid)
                .access_token(&a.sid)
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
        Command::ListEntity(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client.service(&a.service_sid).entities().list(params).await;
            result
                .map(|items| {
                    let mut text = serde_json::to_string_pretty(&items)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::CreateEntity(a) => {
            let params = a.params;
            let result = client.service(&a.service_sid).entities().create(params).await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::FetchEntity(a) => {
            let result = client
                .service(&a.service_sid)
                .entity(a.identity.as_str())
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
        Command::DeleteEntity(a) => {
            let result = client
                .service(&a.service_sid)
                .entity(a.identity.as_str())
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::ListChallenge(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client
                .service(&a.service_sid)
                .entity(a.identity.as_str())
                .challenges()
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
        Command::CreateChallenge(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .entity(a.identity.as_str())
                .challenges()
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
        Command::CreateNotification(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .entity(a.identity.as_str())
                .challenge(&a.challenge_sid)
                .notifications()
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
        Command::FetchChallenge(a) => {
            let result = client
                .service(&a.service_sid)
                .entity(a.identity.as_str())
                .challenge(&a.sid)
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
        Command::UpdateChallenge(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .entity(a.identity.as_str())
                .challenge(&a.sid)
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
        Command::ListFactor(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client
                .service(&a.service_sid)
                .entity(a.identity.as_str())
                .factors()
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
        Command::CreateNewFactor(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .entity(a.identity.as_str())
                .factors()
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
        Command::FetchFactor(a) => {
            let result = client
                .service(&a.service_sid)
                .entity(a.identity.as_str())
                .factor(&a.sid)
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
        Command::UpdateFactor(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .entity(a.identity.as_str())
                .factor(&a.sid)
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
        Command::DeleteFactor(a) => {
            let result = client
                .service(&a.service_sid)
                .entity(a.identity.as_str())
                .factor(&a.sid)
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::ListMessagingConfiguration(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client
                .service(&a.service_sid)
                .messaging_configurations()
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
        Command::CreateMessagingConfiguration(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .messaging_configurations()
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
        Command::FetchMessagingConfiguration(a) => {
            let result = client
                .service(&a.service_sid)
                .messaging_configuration(a.country.as_str())
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
        Command::UpdateMessagingConfiguration(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .messaging_configuration(a.country.as_str())
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
        Command::DeleteMessagingConfiguration(a) => {
            let result = client
                .service(&a.service_sid)
                .messaging_configuration(a.country.as_str())
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::UpdateChallengePasskeys(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .passkeys()
                .approve_challenge()
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
        Command::CreateChallengePasskeys(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .passkeys()
                .challenges()
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
        Command::CreateNewFactorPasskey(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .passkeys()
                .factors()
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
        Command::UpdatePasskeysFactor(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .passkeys()
                .verify_factor()
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
        Command::ListRateLimit(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client.service(&a.service_sid).rate_limits().list(params).await;
            result
                .map(|items| {
                    let mut text = serde_json::to_string_pretty(&items)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::CreateRateLimit(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .rate_limits()
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
        Command::ListBucket(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client
                .service(&a.service_sid)
                .rate_limit(&a.rate_limit_sid)
                .buckets()
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
        Command::CreateBucket(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .rate_limit(&a.rate_limit_sid)
                .buckets()
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
        Command::FetchBucket(a) => {
            let result = client
                .service(&a.service_sid)
                .rate_limit(&a.rate_limit_sid)
                .bucket(&a.sid)
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
        Command::UpdateBucket(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .rate_limit(&a.rate_limit_sid)
                .bucket(&a.sid)
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
        Command::DeleteBucket(a) => {
            let result = client
                .service(&a.service_sid)
                .rate_limit(&a.rate_limit_sid)
                .bucket(&a.sid)
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::FetchRateLimit(a) => {
            let result = client.service(&a.service_sid).rate_limit(&a.sid).fetch().await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::UpdateRateLimit(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .rate_limit(&a.sid)
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
        Command::DeleteRateLimit(a) => {
            let result = client
                .service(&a.service_sid)
                .rate_limit(&a.sid)
                .delete()
                .await;
            result.map(|_| None)
        }
        Command::CreateVerificationCheck(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .verification_check()
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
        Command::CreateVerification(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .verifications()
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
        Command::FetchVerification(a) => {
            let result = client
                .service(&a.service_sid)
                .verification(a.sid.as_str())
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
        Command::UpdateVerification(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .verification(a.sid.as_str())
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
        Command::ListWebhook(a) => {
            let params = if a.no_limit { a.params } else { a.params.limit(a.limit) };
            let result = client.service(&a.service_sid).webhooks().list(params).await;
            result
                .map(|items| {
                    let mut text = serde_json::to_string_pretty(&items)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::CreateWebhook(a) => {
            let params = a.params;
            let result = client.service(&a.service_sid).webhooks().create(params).await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::FetchWebhook(a) => {
            let result = client.service(&a.service_sid).webhook(&a.sid).fetch().await;
            result
                .map(|value| {
                    let mut text = serde_json::to_string_pretty(&*value)
                        .unwrap_or_default();
                    text.push('\n');
                    Some(text.into_bytes())
                })
        }
        Command::UpdateWebhook(a) => {
            let params = a.params;
            let result = client
                .service(&a.service_sid)
                .webhook(&a.sid)
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
        Command::DeleteWebhook(a) => {
            let result = client.service(&a.service_sid).webhook(&a.sid).delete().await;
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
/// The flags of `api:verify:v2:services:list`.
#[derive(Debug, clap::Args)]
pub struct ListServiceArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::ListServiceParams,
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
/// The flags of `api:verify:v2:services:create`.
#[derive(Debug, clap::Args)]
pub struct CreateServiceArgs {
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateServiceParams,
}
/// The flags of `api:verify:v2:services:access-tokens:create`.
#[derive(Debug, clap::Args)]
pub struct CreateAccessTokenArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateAccessTokenParams,
}
/// The flags of `api:verify:v2:services:access-tokens:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchAccessTokenArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// A 34 character string that uniquely identifies this Access Token.
    #[arg(long = "sid")]
    pub sid: crate::AccessTokenSid,
}
/// The flags of `api:verify:v2:services:entities:list`.
#[derive(Debug, clap::Args)]
pub struct ListEntityArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::ListEntityParams,
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
/// The flags of `api:verify:v2:services:entities:create`.
#[derive(Debug, clap::Args)]
pub struct CreateEntityArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateEntityParams,
}
/// The flags of `api:verify:v2:services:entities:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchEntityArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The unique external identifier for the Entity of the Service.
    #[arg(long = "identity")]
    pub identity: String,
}
/// The flags of `api:verify:v2:services:entities:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteEntityArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The unique external identifier for the Entity of the Service.
    #[arg(long = "identity")]
    pub identity: String,
}
/// The flags of `api:verify:v2:services:entities:challenges:list`.
#[derive(Debug, clap::Args)]
pub struct ListChallengeArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// Customer unique identity for the Entity owner of the Challenge.
    #[arg(long = "identity")]
    pub identity: String,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::ListChallengeParams,
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
/// The flags of `api:verify:v2:services:entities:challenges:create`.
#[derive(Debug, clap::Args)]
pub struct CreateChallengeArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// Customer unique identity for the Entity owner of the Challenge.
    #[arg(long = "identity")]
    pub identity: String,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateChallengeParams,
}
/// The flags of `api:verify:v2:services:entities:challenges:notifications:create`.
#[derive(Debug, clap::Args)]
pub struct CreateNotificationArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// Customer unique identity for the Entity owner of the Challenge.
    #[arg(long = "identity")]
    pub identity: String,
    /// The unique SID identifier of the Challenge.
    #[arg(long = "challenge-sid")]
    pub challenge_sid: crate::ChallengeSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateNotificationParams,
}
/// The flags of `api:verify:v2:services:entities:challenges:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchChallengeArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// Customer unique identity for the Entity owner of the Challenges.
    #[arg(long = "identity")]
    pub identity: String,
    /// A 34 character string that uniquely identifies this Challenge.
    #[arg(long = "sid")]
    pub sid: crate::ChallengeSid,
}
/// The flags of `api:verify:v2:services:entities:challenges:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateChallengeArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// Customer unique identity for the Entity owner of the Challenge.
    #[arg(long = "identity")]
    pub identity: String,
    /// A 34 character string that uniquely identifies this Challenge.
    #[arg(long = "sid")]
    pub sid: crate::ChallengeSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::UpdateChallengeParams,
}
/// The flags of `api:verify:v2:services:entities:factors:list`.
#[derive(Debug, clap::Args)]
pub struct ListFactorArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// Customer unique identity for the Entity owner of the Factors.
    #[arg(long = "identity")]
    pub identity: String,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::ListFactorParams,
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
/// The flags of `api:verify:v2:services:entities:factors:create`.
#[derive(Debug, clap::Args)]
pub struct CreateNewFactorArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// Customer unique identity for the Entity owner of the Factor.
    #[arg(long = "identity")]
    pub identity: String,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateNewFactorParams,
}
/// The flags of `api:verify:v2:services:entities:factors:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchFactorArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// Customer unique identity for the Entity owner of the Factor.
    #[arg(long = "identity")]
    pub identity: String,
    /// A 34 character string that uniquely identifies this Factor.
    #[arg(long = "sid")]
    pub sid: crate::FactorSid,
}
/// The flags of `api:verify:v2:services:entities:factors:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateFactorArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// Customer unique identity for the Entity owner of the Factor.
    #[arg(long = "identity")]
    pub identity: String,
    /// A 34 character string that uniquely identifies this Factor.
    #[arg(long = "sid")]
    pub sid: crate::FactorSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::UpdateFactorParams,
}
/// The flags of `api:verify:v2:services:entities:factors:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteFactorArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// Customer unique identity for the Entity owner of the Factor.
    #[arg(long = "identity")]
    pub identity: String,
    /// A 34 character string that uniquely identifies this Factor.
    #[arg(long = "sid")]
    pub sid: crate::FactorSid,
}
/// The flags of `api:verify:v2:services:messaging-configurations:list`.
#[derive(Debug, clap::Args)]
pub struct ListMessagingConfigurationArgs {
    /// The SID of the Service that the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::ListMessagingConfigurationParams,
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
/// The flags of `api:verify:v2:services:messaging-configurations:create`.
#[derive(Debug, clap::Args)]
pub struct CreateMessagingConfigurationArgs {
    /// The SID of the Service that the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateMessagingConfigurationParams,
}
/// The flags of `api:verify:v2:services:messaging-configurations:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchMessagingConfigurationArgs {
    /// The SID of the Service that the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The ISO-3166-1 country code of the country this configuration will be applied to.
    #[arg(long = "country")]
    pub country: String,
}
/// The flags of `api:verify:v2:services:messaging-configurations:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateMessagingConfigurationArgs {
    /// The SID of the Service that the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The ISO-3166-1 country code of the country this configuration will be applied to.
    #[arg(long = "country")]
    pub country: String,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::UpdateMessagingConfigurationParams,
}
/// The flags of `api:verify:v2:services:messaging-configurations:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteMessagingConfigurationArgs {
    /// The SID of the Service that the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The ISO-3166-1 country code of the country this configuration will be applied to.
    #[arg(long = "country")]
    pub country: String,
}
/// The flags of `api:verify:v2:services:passkeys:approve-challenge:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateChallengePasskeysArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::UpdateChallengePasskeysParams,
}
/// The flags of `api:verify:v2:services:passkeys:challenges:create`.
#[derive(Debug, clap::Args)]
pub struct CreateChallengePasskeysArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateChallengePasskeysParams,
}
/// The flags of `api:verify:v2:services:passkeys:factors:create`.
#[derive(Debug, clap::Args)]
pub struct CreateNewFactorPasskeyArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateNewFactorPasskeyParams,
}
/// The flags of `api:verify:v2:services:passkeys:verify-factor:update`.
#[derive(Debug, clap::Args)]
pub struct UpdatePasskeysFactorArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::UpdatePasskeysFactorParams,
}
/// The flags of `api:verify:v2:services:rate-limits:list`.
#[derive(Debug, clap::Args)]
pub struct ListRateLimitArgs {
    /// The SID of the Service the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::ListRateLimitParams,
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
/// The flags of `api:verify:v2:services:rate-limits:create`.
#[derive(Debug, clap::Args)]
pub struct CreateRateLimitArgs {
    /// The SID of the Service the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateRateLimitParams,
}
/// The flags of `api:verify:v2:services:rate-limits:buckets:list`.
#[derive(Debug, clap::Args)]
pub struct ListBucketArgs {
    /// The SID of the Service the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Rate Limit resource.
    #[arg(long = "rate-limit-sid")]
    pub rate_limit_sid: crate::RateLimitSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::ListBucketParams,
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
/// The flags of `api:verify:v2:services:rate-limits:buckets:create`.
#[derive(Debug, clap::Args)]
pub struct CreateBucketArgs {
    /// The SID of the Service the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Rate Limit resource.
    #[arg(long = "rate-limit-sid")]
    pub rate_limit_sid: crate::RateLimitSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateBucketParams,
}
/// The flags of `api:verify:v2:services:rate-limits:buckets:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchBucketArgs {
    /// The SID of the Service the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Rate Limit resource.
    #[arg(long = "rate-limit-sid")]
    pub rate_limit_sid: crate::RateLimitSid,
    /// A 34 character string that uniquely identifies this Bucket.
    #[arg(long = "sid")]
    pub sid: crate::BucketSid,
}
/// The flags of `api:verify:v2:services:rate-limits:buckets:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateBucketArgs {
    /// The SID of the Service the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Rate Limit resource.
    #[arg(long = "rate-limit-sid")]
    pub rate_limit_sid: crate::RateLimitSid,
    /// A 34 character string that uniquely identifies this Bucket.
    #[arg(long = "sid")]
    pub sid: crate::BucketSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::UpdateBucketParams,
}
/// The flags of `api:verify:v2:services:rate-limits:buckets:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteBucketArgs {
    /// The SID of the Service the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Rate Limit resource.
    #[arg(long = "rate-limit-sid")]
    pub rate_limit_sid: crate::RateLimitSid,
    /// A 34 character string that uniquely identifies this Bucket.
    #[arg(long = "sid")]
    pub sid: crate::BucketSid,
}
/// The flags of `api:verify:v2:services:rate-limits:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchRateLimitArgs {
    /// The SID of the Service the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Rate Limit resource to fetch.
    #[arg(long = "sid")]
    pub sid: crate::RateLimitSid,
}
/// The flags of `api:verify:v2:services:rate-limits:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateRateLimitArgs {
    /// The SID of the Service the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Rate Limit resource to fetch.
    #[arg(long = "sid")]
    pub sid: crate::RateLimitSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::UpdateRateLimitParams,
}
/// The flags of `api:verify:v2:services:rate-limits:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteRateLimitArgs {
    /// The SID of the Service the resource is associated with.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Rate Limit resource to fetch.
    #[arg(long = "sid")]
    pub sid: crate::RateLimitSid,
}
/// The flags of `api:verify:v2:services:verification-check:create`.
#[derive(Debug, clap::Args)]
pub struct CreateVerificationCheckArgs {
    /// The SID of the verification Service to create the resource under.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateVerificationCheckParams,
}
/// The flags of `api:verify:v2:services:verifications:create`.
#[derive(Debug, clap::Args)]
pub struct CreateVerificationArgs {
    /// The SID of the verification Service to create the resource under.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateVerificationParams,
}
/// The flags of `api:verify:v2:services:verifications:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchVerificationArgs {
    /// The SID of the verification Service to fetch the resource from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Verification resource to fetch.
    #[arg(long = "sid")]
    pub sid: String,
}
/// The flags of `api:verify:v2:services:verifications:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateVerificationArgs {
    /// The SID of the verification Service to update the resource from.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Verification resource to update.
    #[arg(long = "sid")]
    pub sid: String,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::UpdateVerificationParams,
}
/// The flags of `api:verify:v2:services:webhooks:list`.
#[derive(Debug, clap::Args)]
pub struct ListWebhookArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::ListWebhookParams,
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
/// The flags of `api:verify:v2:services:webhooks:create`.
#[derive(Debug, clap::Args)]
pub struct CreateWebhookArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::CreateWebhookParams,
}
/// The flags of `api:verify:v2:services:webhooks:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchWebhookArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Webhook resource to fetch.
    #[arg(long = "sid")]
    pub sid: crate::WebhookSid,
}
/// The flags of `api:verify:v2:services:webhooks:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateWebhookArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Webhook resource to update.
    #[arg(long = "sid")]
    pub sid: crate::WebhookSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::UpdateWebhookParams,
}
/// The flags of `api:verify:v2:services:webhooks:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteWebhookArgs {
    /// The unique SID identifier of the Service.
    #[arg(long = "service-sid")]
    pub service_sid: crate::ServiceSid,
    /// The Twilio-provided string that uniquely identifies the Webhook resource to delete.
    #[arg(long = "sid")]
    pub sid: crate::WebhookSid,
}
/// The flags of `api:verify:v2:services:fetch`.
#[derive(Debug, clap::Args)]
pub struct FetchServiceArgs {
    /// The Twilio-provided string that uniquely identifies the Verification Service resource to fetch.
    #[arg(long = "sid")]
    pub sid: crate::ServiceSid,
}
/// The flags of `api:verify:v2:services:update`.
#[derive(Debug, clap::Args)]
pub struct UpdateServiceArgs {
    /// The Twilio-provided string that uniquely identifies the Service resource to update.
    #[arg(long = "sid")]
    pub sid: crate::ServiceSid,
    /// The operation's inputs.
    #[command(flatten)]
    pub params: crate::verify_v2::UpdateServiceParams,
}
/// The flags of `api:verify:v2:services:remove`.
#[derive(Debug, clap::Args)]
pub struct DeleteServiceArgs {
    /// The Twilio-provided string that uniquely identifies the Verification Service resource to delete.
    #[arg(long = "sid")]
    pub sid: crate::ServiceSid,
}
