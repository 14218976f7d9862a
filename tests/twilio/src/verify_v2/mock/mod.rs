//! The typed mock of `verify_v2` (features `mock` and `verify_v2`): a method per operation on the
//! type [`MockServer::verify_v2`](crate::mock::MockServer::verify_v2) gives, each mounting a [`Mock`].
use crate::mock::*;
/// Every operation's route: a request is the operation whose route matches it most
/// specifically, whether its mock is mounted or not.
pub(crate) static ROUTES: [Route; 57] = [
    Route {
        operation_id: "ListVerificationAttempt",
        method: "GET",
        template: "/v2/Attempts",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "attempts",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "FetchVerificationAttemptsSummary",
        method: "GET",
        template: "/v2/Attempts/Summary",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchVerificationAttempt",
        method: "GET",
        template: "/v2/Attempts/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchForm",
        method: "GET",
        template: "/v2/Forms/{FormType}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "CreateSafelist",
        method: "POST",
        template: "/v2/SafeList/Numbers",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchSafelist",
        method: "GET",
        template: "/v2/SafeList/Numbers/{PhoneNumber}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteSafelist",
        method: "DELETE",
        template: "/v2/SafeList/Numbers/{PhoneNumber}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListService",
        method: "GET",
        template: "/v2/Services",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "services",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateService",
        method: "POST",
        template: "/v2/Services",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "CreateAccessToken",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/AccessTokens",
        base: "",
        media: "application/json",
        required: 2,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchAccessToken",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/AccessTokens/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListEntity",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/Entities",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "entities",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateEntity",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Entities",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchEntity",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/Entities/{Identity}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteEntity",
        method: "DELETE",
        template: "/v2/Services/{ServiceSid}/Entities/{Identity}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListChallenge",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "challenges",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateChallenge",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "CreateNotification",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications",
        base: "",
        media: "application/json",
        required: 0,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchChallenge",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateChallenge",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListFactor",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "factors",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateNewFactor",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors",
        base: "",
        media: "application/json",
        required: 2,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchFactor",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateFactor",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteFactor",
        method: "DELETE",
        template: "/v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListMessagingConfiguration",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/MessagingConfigurations",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "messaging_configurations",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateMessagingConfiguration",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/MessagingConfigurations",
        base: "",
        media: "application/json",
        required: 2,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchMessagingConfiguration",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/MessagingConfigurations/{Country}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateMessagingConfiguration",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/MessagingConfigurations/{Country}",
        base: "",
        media: "application/json",
        required: 1,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteMessagingConfiguration",
        method: "DELETE",
        template: "/v2/Services/{ServiceSid}/MessagingConfigurations/{Country}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateChallengePasskeys",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Passkeys/ApproveChallenge",
        base: "",
        media: "application/json",
        required: 4,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "CreateChallengePasskeys",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Passkeys/Challenges",
        base: "",
        media: "application/json",
        required: 0,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "CreateNewFactorPasskey",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Passkeys/Factors",
        base: "",
        media: "application/json",
        required: 2,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdatePasskeysFactor",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Passkeys/VerifyFactor",
        base: "",
        media: "application/json",
        required: 1,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListRateLimit",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/RateLimits",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "rate_limits",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateRateLimit",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/RateLimits",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListBucket",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "buckets",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateBucket",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets",
        base: "",
        media: "application/json",
        required: 2,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchBucket",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateBucket",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteBucket",
        method: "DELETE",
        template: "/v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchRateLimit",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/RateLimits/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateRateLimit",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/RateLimits/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteRateLimit",
        method: "DELETE",
        template: "/v2/Services/{ServiceSid}/RateLimits/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "CreateVerificationCheck",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/VerificationCheck",
        base: "",
        media: "application/json",
        required: 0,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "CreateVerification",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Verifications",
        base: "",
        media: "application/json",
        required: 2,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchVerification",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/Verifications/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateVerification",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Verifications/{Sid}",
        base: "",
        media: "application/json",
        required: 1,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListWebhook",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/Webhooks",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "webhooks",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateWebhook",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Webhooks",
        base: "",
        media: "application/json",
        required: 3,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchWebhook",
        method: "GET",
        template: "/v2/Services/{ServiceSid}/Webhooks/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateWebhook",
        method: "POST",
        template: "/v2/Services/{ServiceSid}/Webhooks/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteWebhook",
        method: "DELETE",
        template: "/v2/Services/{ServiceSid}/Webhooks/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchService",
        method: "GET",
        template: "/v2/Services/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateService",
        method: "POST",
        template: "/v2/Services/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteService",
        method: "DELETE",
        template: "/v2/Services/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListVerificationTemplate",
        method: "GET",
        template: "/v2/Templates",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "templates",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
];
/// The mocks of `verify_v2`'s operations, on the server that gave it.
#[derive(Clone, Copy, Debug)]
pub struct VerifyV2<'s> {
    pub(crate) server: &'s MockServer,
}
impl VerifyV2<'_> {
    /// Mounts a mock of `ListVerificationAttempt` (`GET /v2/Attempts`): List all the verification attempts for a given Account; `respond_items` serves a list of items page by page.
    pub fn list_verification_attempt(
        &self,
    ) -> Mock<
        crate::verify_v2::ListVerificationAttemptParams,
        crate::verify_v2::ListVerificationAttemptResponseBody,
        Items<crate::verify_v2::VerificationAttempt>,
    > {
        self.server.mock(&ROUTES[0])
    }
    /// Mounts a mock of `FetchVerificationAttemptsSummary` (`GET /v2/Attempts/Summary`): Get a summary of how many attempts were made and how many were converted.
    pub fn fetch_verification_attempts_summary(
        &self,
    ) -> Mock<
        crate::verify_v2::FetchVerificationAttemptsSummaryParams,
        crate::verify_v2::VerificationAttemptsSummary,
    > {
        self.server.mock(&ROUTES[1])
    }
    /// Mounts a mock of `FetchVerificationAttempt` (`GET /v2/Attempts/{Sid}`): Fetch a specific verification attempt.
    pub fn fetch_verification_attempt(
        &self,
    ) -> Mock<(), crate::verify_v2::VerificationAttempt> {
        self.server.mock(&ROUTES[2])
    }
    /// Mounts a mock of `FetchForm` (`GET /v2/Forms/{FormType}`): Fetch the forms for a specific Form Type.
    pub fn fetch_form(&self) -> Mock<(), crate::verify_v2::Form> {
        self.server.mock(&ROUTES[3])
    }
    /// Mounts a mock of `CreateSafelist` (`POST /v2/SafeList/Numbers`): Add a new phone number to SafeList.
    pub fn create_safelist(
        &self,
    ) -> Mock<crate::verify_v2::CreateSafelistParams, crate::verify_v2::Safelist> {
        self.server.mock(&ROUTES[4])
    }
    /// Mounts a mock of `FetchSafelist` (`GET /v2/SafeList/Numbers/{PhoneNumber}`): Check if a phone number exists in SafeList.
    pub fn fetch_safelist(&self) -> Mock<(), crate::verify_v2::Safelist> {
        self.server.mock(&ROUTES[5])
    }
    /// Mounts a mock of `DeleteSafelist` (`DELETE /v2/SafeList/Numbers/{PhoneNumber}`): Remove a phone number from SafeList.
    pub fn delete_safelist(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[6])
    }
    /// Mounts a mock of `ListService` (`GET /v2/Services`): Retrieve a list of all Verification Services for an account; `respond_items` serves a list of items page by page.
    pub fn list_service(
        &self,
    ) -> Mock<
        crate::verify_v2::ListServiceParams,
        crate::verify_v2::ListServiceResponseBody,
        Items<crate::verify_v2::Service>,
    > {
        self.server.mock(&ROUTES[7])
    }
    /// Mounts a mock of `CreateService` (`POST /v2/Services`): Create a new Verification Service.
    pub fn create_service(
        &self,
    ) -> Mock<crate::verify_v2::CreateServiceParams, crate::verify_v2::Service> {
        self.server.mock(&ROUTES[8])
    }
    /// Mounts a mock of `CreateAccessToken` (`POST /v2/Services/{ServiceSid}/AccessTokens`): Create a new enrollment Access Token for the Entity.
    pub fn create_access_token(
        &self,
    ) -> Mock<crate::verify_v2::CreateAccessTokenParams, crate::verify_v2::AccessToken> {
        self.server.mock(&ROUTES[9])
    }
    /// Mounts a mock of `FetchAccessToken` (`GET /v2/Services/{ServiceSid}/AccessTokens/{Sid}`): Fetch an Access Token for the Entity.
    pub fn fetch_access_token(&self) -> Mock<(), crate::verify_v2::AccessToken> {
        self.server.mock(&ROUTES[10])
    }
    /// Mounts a mock of `ListEntity` (`GET /v2/Services/{ServiceSid}/Entities`): Retrieve a list of all Entities for a Service; `respond_items` serves a list of items page by page.
    pub fn list_entity(
        &self,
    ) -> Mock<
        crate::verify_v2::ListEntityParams,
        crate::verify_v2::ListEntityResponseBody,
        Items<crate::verify_v2::Entity>,
    > {
        self.server.mock(&ROUTES[11])
    }
    /// Mounts a mock of `CreateEntity` (`POST /v2/Services/{ServiceSid}/Entities`): Create a new Entity for the Service.
    pub fn create_entity(
        &self,
    ) -> Mock<crate::verify_v2::CreateEntityParams, crate::verify_v2::Entity> {
        self.server.mock(&ROUTES[12])
    }
    /// Mounts a mock of `FetchEntity` (`GET /v2/Services/{ServiceSid}/Entities/{Identity}`): Fetch a specific Entity.
    pub fn fetch_entity(&self) -> Mock<(), crate::verify_v2::Entity> {
        self.server.mock(&ROUTES[13])
    }
    /// Mounts a mock of `DeleteEntity` (`DELETE /v2/Services/{ServiceSid}/Entities/{Identity}`): Delete a specific Entity.
    pub fn delete_entity(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[14])
    }
    /// Mounts a mock of `ListChallenge` (`GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges`): Retrieve a list of all Challenges for a Factor; `respond_items` serves a list of items page by page.
    pub fn list_challenge(
        &self,
    ) -> Mock<
        crate::verify_v2::ListChallengeParams,
        crate::verify_v2::ListChallengeResponseBody,
        Items<crate::verify_v2::Challenge>,
    > {
        self.server.mock(&ROUTES[15])
    }
    /// Mounts a mock of `CreateChallenge` (`POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges`): Create a new Challenge for the Factor.
    pub fn create_challenge(
        &self,
    ) -> Mock<crate::verify_v2::CreateChallengeParams, crate::verify_v2::Challenge> {
        self.server.mock(&ROUTES[16])
    }
    /// Mounts a mock of `CreateNotification` (`POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{ChallengeSid}/Notifications`): Create a new Notification for the corresponding Challenge.
    pub fn create_notification(
        &self,
    ) -> Mock<
        crate::verify_v2::CreateNotificationParams,
        crate::verify_v2::Notification,
    > {
        self.server.mock(&ROUTES[17])
    }
    /// Mounts a mock of `FetchChallenge` (`GET /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}`): Fetch a specific Challenge.
    pub fn fetch_challenge(&self) -> Mock<(), crate::verify_v2::Challenge> {
        self.server.mock(&ROUTES[18])
    }
    /// Mounts a mock of `UpdateChallenge` (`POST /v2/Services/{ServiceSid}/Entities/{Identity}/Challenges/{Sid}`): Verify a specific Challenge.
    pub fn update_challenge(
        &self,
    ) -> Mock<crate::verify_v2::UpdateChallengeParams, crate::verify_v2::Challenge> {
        self.server.mock(&ROUTES[19])
    }
    /// Mounts a mock of `ListFactor` (`GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors`): Retrieve a list of all Factors for an Entity; `respond_items` serves a list of items page by page.
    pub fn list_factor(
        &self,
    ) -> Mock<
        crate::verify_v2::ListFactorParams,
        crate::verify_v2::ListFactorResponseBody,
        Items<crate::verify_v2::Factor>,
    > {
        self.server.mock(&ROUTES[20])
    }
    /// Mounts a mock of `CreateNewFactor` (`POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors`): Create a new Factor for the Entity.
    pub fn create_new_factor(
        &self,
    ) -> Mock<crate::verify_v2::CreateNewFactorParams, crate::verify_v2::NewFactor> {
        self.server.mock(&ROUTES[21])
    }
    /// Mounts a mock of `FetchFactor` (`GET /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}`): Fetch a specific Factor.
    pub fn fetch_factor(&self) -> Mock<(), crate::verify_v2::Factor> {
        self.server.mock(&ROUTES[22])
    }
    /// Mounts a mock of `UpdateFactor` (`POST /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}`): Update a specific Factor.
    pub fn update_factor(
        &self,
    ) -> Mock<crate::verify_v2::UpdateFactorParams, crate::verify_v2::Factor> {
        self.server.mock(&ROUTES[23])
    }
    /// Mounts a mock of `DeleteFactor` (`DELETE /v2/Services/{ServiceSid}/Entities/{Identity}/Factors/{Sid}`): Delete a specific Factor.
    pub fn delete_factor(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[24])
    }
    /// Mounts a mock of `ListMessagingConfiguration` (`GET /v2/Services/{ServiceSid}/MessagingConfigurations`): Retrieve a list of all Messaging Configurations for a Service; `respond_items` serves a list of items page by page.
    pub fn list_messaging_configuration(
        &self,
    ) -> Mock<
        crate::verify_v2::ListMessagingConfigurationParams,
        crate::verify_v2::ListMessagingConfigurationResponseBody,
        Items<crate::verify_v2::MessagingConfiguration>,
    > {
        self.server.mock(&ROUTES[25])
    }
    /// Mounts a mock of `CreateMessagingConfiguration` (`POST /v2/Services/{ServiceSid}/MessagingConfigurations`): Create a new MessagingConfiguration for a service.
    pub fn create_messaging_configuration(
        &self,
    ) -> Mock<
        crate::verify_v2::CreateMessagingConfigurationParams,
        crate::verify_v2::MessagingConfiguration,
    > {
        self.server.mock(&ROUTES[26])
    }
    /// Mounts a mock of `FetchMessagingConfiguration` (`GET /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}`): Fetch a specific MessagingConfiguration.
    pub fn fetch_messaging_configuration(
        &self,
    ) -> Mock<(), crate::verify_v2::MessagingConfiguration> {
        self.server.mock(&ROUTES[27])
    }
    /// Mounts a mock of `UpdateMessagingConfiguration` (`POST /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}`): Update a specific MessagingConfiguration.
    pub fn update_messaging_configuration(
        &self,
    ) -> Mock<
        crate::verify_v2::UpdateMessagingConfigurationParams,
        crate::verify_v2::MessagingConfiguration,
    > {
        self.server.mock(&ROUTES[28])
    }
    /// Mounts a mock of `DeleteMessagingConfiguration` (`DELETE /v2/Services/{ServiceSid}/MessagingConfigurations/{Country}`): Delete a specific MessagingConfiguration.
    pub fn delete_messaging_configuration(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[29])
    }
    /// Mounts a mock of `UpdateChallengePasskeys` (`POST /v2/Services/{ServiceSid}/Passkeys/ApproveChallenge`): Approve a Passkeys Challenge.
    pub fn update_challenge_passkeys(
        &self,
    ) -> Mock<
        crate::verify_v2::UpdateChallengePasskeysParams,
        crate::verify_v2::UpdateChallengePasskeysResponseBody,
    > {
        self.server.mock(&ROUTES[30])
    }
    /// Mounts a mock of `CreateChallengePasskeys` (`POST /v2/Services/{ServiceSid}/Passkeys/Challenges`): Create a Passkeys Challenge.
    pub fn create_challenge_passkeys(
        &self,
    ) -> Mock<
        crate::verify_v2::CreateChallengePasskeysParams,
        crate::verify_v2::CreateChallengePasskeysResponseBody,
    > {
        self.server.mock(&ROUTES[31])
    }
    /// Mounts a mock of `CreateNewFactorPasskey` (`POST /v2/Services/{ServiceSid}/Passkeys/Factors`): Create a new Passkeys Factor for the Entity.
    pub fn create_new_factor_passkey(
        &self,
    ) -> Mock<
        crate::verify_v2::CreateNewFactorPasskeyParams,
        crate::verify_v2::CreateNewFactorPasskeyResponseBody,
    > {
        self.server.mock(&ROUTES[32])
    }
    /// Mounts a mock of `UpdatePasskeysFactor` (`POST /v2/Services/{ServiceSid}/Passkeys/VerifyFactor`): Verify a Passkeys Factor.
    pub fn update_passkeys_factor(
        &self,
    ) -> Mock<
        crate::verify_v2::UpdatePasskeysFactorParams,
        crate::verify_v2::UpdatePasskeysFactorResponseBody,
    > {
        self.server.mock(&ROUTES[33])
    }
    /// Mounts a mock of `ListRateLimit` (`GET /v2/Services/{ServiceSid}/RateLimits`): Retrieve a list of all Rate Limits for a service; `respond_items` serves a list of items page by page.
    pub fn list_rate_limit(
        &self,
    ) -> Mock<
        crate::verify_v2::ListRateLimitParams,
        crate::verify_v2::ListRateLimitResponseBody,
        Items<crate::verify_v2::RateLimit>,
    > {
        self.server.mock(&ROUTES[34])
    }
    /// Mounts a mock of `CreateRateLimit` (`POST /v2/Services/{ServiceSid}/RateLimits`): Create a new Rate Limit for a Service.
    pub fn create_rate_limit(
        &self,
    ) -> Mock<crate::verify_v2::CreateRateLimitParams, crate::verify_v2::RateLimit> {
        self.server.mock(&ROUTES[35])
    }
    /// Mounts a mock of `ListBucket` (`GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets`): Retrieve a list of all Buckets for a Rate Limit; `respond_items` serves a list of items page by page.
    pub fn list_bucket(
        &self,
    ) -> Mock<
        crate::verify_v2::ListBucketParams,
        crate::verify_v2::ListBucketResponseBody,
        Items<crate::verify_v2::Bucket>,
    > {
        self.server.mock(&ROUTES[36])
    }
    /// Mounts a mock of `CreateBucket` (`POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets`): Create a new Bucket for a Rate Limit.
    pub fn create_bucket(
        &self,
    ) -> Mock<crate::verify_v2::CreateBucketParams, crate::verify_v2::Bucket> {
        self.server.mock(&ROUTES[37])
    }
    /// Mounts a mock of `FetchBucket` (`GET /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}`): Fetch a specific Bucket.
    pub fn fetch_bucket(&self) -> Mock<(), crate::verify_v2::Bucket> {
        self.server.mock(&ROUTES[38])
    }
    /// Mounts a mock of `UpdateBucket` (`POST /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}`): Update a specific Bucket.
    pub fn update_bucket(
        &self,
    ) -> Mock<crate::verify_v2::UpdateBucketParams, crate::verify_v2::Bucket> {
        self.server.mock(&ROUTES[39])
    }
    /// Mounts a mock of `DeleteBucket` (`DELETE /v2/Services/{ServiceSid}/RateLimits/{RateLimitSid}/Buckets/{Sid}`): Delete a specific Bucket.
    pub fn delete_bucket(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[40])
    }
    /// Mounts a mock of `FetchRateLimit` (`GET /v2/Services/{ServiceSid}/RateLimits/{Sid}`): Fetch a specific Rate Limit.
    pub fn fetch_rate_limit(&self) -> Mock<(), crate::verify_v2::RateLimit> {
        self.server.mock(&ROUTES[41])
    }
    /// Mounts a mock of `UpdateRateLimit` (`POST /v2/Services/{ServiceSid}/RateLimits/{Sid}`): Update a specific Rate Limit.
    pub fn update_rate_limit(
        &self,
    ) -> Mock<crate::verify_v2::UpdateRateLimitParams, crate::verify_v2::RateLimit> {
        self.server.mock(&ROUTES[42])
    }
    /// Mounts a mock of `DeleteRateLimit` (`DELETE /v2/Services/{ServiceSid}/RateLimits/{Sid}`): Delete a specific Rate Limit.
    pub fn delete_rate_limit(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[43])
    }
    /// Mounts a mock of `CreateVerificationCheck` (`POST /v2/Services/{ServiceSid}/VerificationCheck`): challenge a specific Verification Check.
    pub fn create_verification_check(
        &self,
    ) -> Mock<
        crate::verify_v2::CreateVerificationCheckParams,
        crate::verify_v2::VerificationCheck,
    > {
        self.server.mock(&ROUTES[44])
    }
    /// Mounts a mock of `CreateVerification` (`POST /v2/Services/{ServiceSid}/Verifications`): Create a new Verification using a Service.
    pub fn create_verification(
        &self,
    ) -> Mock<
        crate::verify_v2::CreateVerificationParams,
        crate::verify_v2::Verification,
    > {
        self.server.mock(&ROUTES[45])
    }
    /// Mounts a mock of `FetchVerification` (`GET /v2/Services/{ServiceSid}/Verifications/{Sid}`): Fetch a specific Verification.
    pub fn fetch_verification(&self) -> Mock<(), crate::verify_v2::Verification> {
        self.server.mock(&ROUTES[46])
    }
    /// Mounts a mock of `UpdateVerification` (`POST /v2/Services/{ServiceSid}/Verifications/{Sid}`): Update a Verification status.
    pub fn update_verification(
        &self,
    ) -> Mock<
        crate::verify_v2::UpdateVerificationParams,
        crate::verify_v2::Verification,
    > {
        self.server.mock(&ROUTES[47])
    }
    /// Mounts a mock of `ListWebhook` (`GET /v2/Services/{ServiceSid}/Webhooks`): Retrieve a list of all Webhooks for a Service; `respond_items` serves a list of items page by page.
    pub fn list_webhook(
        &self,
    ) -> Mock<
        crate::verify_v2::ListWebhookParams,
        crate::verify_v2::ListWebhookResponseBody,
        Items<crate::verify_v2::Webhook>,
    > {
        self.server.mock(&ROUTES[48])
    }
    /// Mounts a mock of `CreateWebhook` (`POST /v2/Services/{ServiceSid}/Webhooks`): Create a new Webhook for the Service.
    pub fn create_webhook(
        &self,
    ) -> Mock<crate::verify_v2::CreateWebhookParams, crate::verify_v2::Webhook> {
        self.server.mock(&ROUTES[49])
    }
    /// Mounts a mock of `FetchWebhook` (`GET /v2/Services/{ServiceSid}/Webhooks/{Sid}`): Fetch a specific Webhook.
    pub fn fetch_webhook(&self) -> Mock<(), crate::verify_v2::Webhook> {
        self.server.mock(&ROUTES[50])
    }
    /// Mounts a mock of `UpdateWebhook` (`POST /v2/Services/{ServiceSid}/Webhooks/{Sid}`).
    pub fn update_webhook(
        &self,
    ) -> Mock<crate::verify_v2::UpdateWebhookParams, crate::verify_v2::Webhook> {
        self.server.mock(&ROUTES[51])
    }
    /// Mounts a mock of `DeleteWebhook` (`DELETE /v2/Services/{ServiceSid}/Webhooks/{Sid}`): Delete a specific Webhook.
    pub fn delete_webhook(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[52])
    }
    /// Mounts a mock of `FetchService` (`GET /v2/Services/{Sid}`): Fetch specific Verification Service Instance.
    pub fn fetch_service(&self) -> Mock<(), crate::verify_v2::Service> {
        self.server.mock(&ROUTES[53])
    }
    /// Mounts a mock of `UpdateService` (`POST /v2/Services/{Sid}`): Update a specific Verification Service.
    pub fn update_service(
        &self,
    ) -> Mock<crate::verify_v2::UpdateServiceParams, crate::verify_v2::Service> {
        self.server.mock(&ROUTES[54])
    }
    /// Mounts a mock of `DeleteService` (`DELETE /v2/Services/{Sid}`): Delete a specific Verification Service Instance.
    pub fn delete_service(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[55])
    }
    /// Mounts a mock of `ListVerificationTemplate` (`GET /v2/Templates`): List all the available templates for a given Account; `respond_items` serves a list of items page by page.
    pub fn list_verification_template(
        &self,
    ) -> Mock<
        crate::verify_v2::ListVerificationTemplateParams,
        crate::verify_v2::ListVerificationTemplateResponseBody,
        Items<crate::verify_v2::VerificationTemplate>,
    > {
        self.server.mock(&ROUTES[56])
    }
}
