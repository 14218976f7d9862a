//! The typed mock of `messaging_v1` (features `mock` and `messaging_v1`): a method per operation on the
//! type [`MockServer::messaging_v1`](crate::mock::MockServer::messaging_v1) gives, each mounting a [`Mock`].
use crate::mock::*;
/// Every operation's route: a request is the operation whose route matches it most
/// specifically, whether its mock is mounted or not.
pub(crate) static ROUTES: [Route; 58] = [
    Route {
        operation_id: "FetchDeactivation",
        method: "GET",
        template: "/v1/Deactivations",
        base: "",
        media: "application/json",
        required: 0,
        status: 307,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchDomainCertV4",
        method: "GET",
        template: "/v1/LinkShortening/Domains/{DomainSid}/Certificate",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateDomainCertV4",
        method: "POST",
        template: "/v1/LinkShortening/Domains/{DomainSid}/Certificate",
        base: "",
        media: "application/json",
        required: 1,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteDomainCertV4",
        method: "DELETE",
        template: "/v1/LinkShortening/Domains/{DomainSid}/Certificate",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchDomainConfig",
        method: "GET",
        template: "/v1/LinkShortening/Domains/{DomainSid}/Config",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateDomainConfig",
        method: "POST",
        template: "/v1/LinkShortening/Domains/{DomainSid}/Config",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "CreateLinkshorteningMessagingService",
        method: "POST",
        template: "/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteLinkshorteningMessagingService",
        method: "DELETE",
        template: "/v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateRequestManagedCert",
        method: "POST",
        template: "/v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchDomainDnsValidation",
        method: "GET",
        template: "/v1/LinkShortening/Domains/{DomainSid}/ValidateDns",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchDomainConfigMessagingService",
        method: "GET",
        template: "/v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchLinkshorteningMessagingServiceDomainAssociation",
        method: "GET",
        template: "/v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListService",
        method: "GET",
        template: "/v1/Services",
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
        template: "/v1/Services",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "CreateExternalCampaign",
        method: "POST",
        template: "/v1/Services/PreregisteredUsa2p",
        base: "",
        media: "application/json",
        required: 2,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchUsecase",
        method: "GET",
        template: "/v1/Services/Usecases",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListChannelSender",
        method: "GET",
        template: "/v1/Services/{MessagingServiceSid}/ChannelSenders",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "senders",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateChannelSender",
        method: "POST",
        template: "/v1/Services/{MessagingServiceSid}/ChannelSenders",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchChannelSender",
        method: "GET",
        template: "/v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteChannelSender",
        method: "DELETE",
        template: "/v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListUsAppToPerson",
        method: "GET",
        template: "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "compliance",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateUsAppToPerson",
        method: "POST",
        template: "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p",
        base: "",
        media: "application/json",
        required: 7,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchUsAppToPersonUsecase",
        method: "GET",
        template: "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchUsAppToPerson",
        method: "GET",
        template: "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateUsAppToPerson",
        method: "POST",
        template: "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}",
        base: "",
        media: "application/json",
        required: 7,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteUsAppToPerson",
        method: "DELETE",
        template: "/v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListAlphaSender",
        method: "GET",
        template: "/v1/Services/{ServiceSid}/AlphaSenders",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "alpha_senders",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateAlphaSender",
        method: "POST",
        template: "/v1/Services/{ServiceSid}/AlphaSenders",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchAlphaSender",
        method: "GET",
        template: "/v1/Services/{ServiceSid}/AlphaSenders/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteAlphaSender",
        method: "DELETE",
        template: "/v1/Services/{ServiceSid}/AlphaSenders/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListDestinationAlphaSender",
        method: "GET",
        template: "/v1/Services/{ServiceSid}/DestinationAlphaSenders",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "alpha_senders",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateDestinationAlphaSender",
        method: "POST",
        template: "/v1/Services/{ServiceSid}/DestinationAlphaSenders",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchDestinationAlphaSender",
        method: "GET",
        template: "/v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteDestinationAlphaSender",
        method: "DELETE",
        template: "/v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListPhoneNumber",
        method: "GET",
        template: "/v1/Services/{ServiceSid}/PhoneNumbers",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "phone_numbers",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreatePhoneNumber",
        method: "POST",
        template: "/v1/Services/{ServiceSid}/PhoneNumbers",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchPhoneNumber",
        method: "GET",
        template: "/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeletePhoneNumber",
        method: "DELETE",
        template: "/v1/Services/{ServiceSid}/PhoneNumbers/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListShortCode",
        method: "GET",
        template: "/v1/Services/{ServiceSid}/ShortCodes",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "short_codes",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateShortCode",
        method: "POST",
        template: "/v1/Services/{ServiceSid}/ShortCodes",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchShortCode",
        method: "GET",
        template: "/v1/Services/{ServiceSid}/ShortCodes/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteShortCode",
        method: "DELETE",
        template: "/v1/Services/{ServiceSid}/ShortCodes/{Sid}",
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
        template: "/v1/Services/{Sid}",
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
        template: "/v1/Services/{Sid}",
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
        template: "/v1/Services/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListTollfreeVerification",
        method: "GET",
        template: "/v1/Tollfree/Verifications",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "verifications",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateTollfreeVerification",
        method: "POST",
        template: "/v1/Tollfree/Verifications",
        base: "",
        media: "application/json",
        required: 10,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchTollfreeVerification",
        method: "GET",
        template: "/v1/Tollfree/Verifications/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateTollfreeVerification",
        method: "POST",
        template: "/v1/Tollfree/Verifications/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 202,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteTollfreeVerification",
        method: "DELETE",
        template: "/v1/Tollfree/Verifications/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListBrandRegistrations",
        method: "GET",
        template: "/v1/a2p/BrandRegistrations",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "data",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateBrandRegistrations",
        method: "POST",
        template: "/v1/a2p/BrandRegistrations",
        base: "",
        media: "application/json",
        required: 2,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "CreateBrandRegistrationOtp",
        method: "POST",
        template: "/v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp",
        base: "",
        media: "application/json",
        required: 0,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "ListBrandVetting",
        method: "GET",
        template: "/v1/a2p/BrandRegistrations/{BrandSid}/Vettings",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "data",
            next: NextLink::Meta {
                meta: "meta",
                link: "next_page_url",
            },
            page_size: None,
        }),
    },
    Route {
        operation_id: "CreateBrandVetting",
        method: "POST",
        template: "/v1/a2p/BrandRegistrations/{BrandSid}/Vettings",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchBrandVetting",
        method: "GET",
        template: "/v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchBrandRegistrations",
        method: "GET",
        template: "/v1/a2p/BrandRegistrations/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "UpdateBrandRegistrations",
        method: "POST",
        template: "/v1/a2p/BrandRegistrations/{Sid}",
        base: "",
        media: "application/json",
        required: 0,
        status: 202,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
];
/// The mocks of `messaging_v1`'s operations, on the server that gave it.
#[derive(Clone, Copy, Debug)]
pub struct MessagingV1<'s> {
    pub(crate) server: &'s MockServer,
}
impl MessagingV1<'_> {
    /// Mounts a mock of `FetchDeactivation` (`GET /v1/Deactivations`): Fetch a list of all United States numbers that have been deactivated on a specific date.
    pub fn fetch_deactivation(
        &self,
    ) -> Mock<
        crate::messaging_v1::FetchDeactivationParams,
        crate::messaging_v1::Deactivation,
    > {
        self.server.mock(&ROUTES[0])
    }
    /// Mounts a mock of `FetchDomainCertV4` (`GET /v1/LinkShortening/Domains/{DomainSid}/Certificate`).
    pub fn fetch_domain_cert_v4(&self) -> Mock<(), crate::messaging_v1::DomainCertV4> {
        self.server.mock(&ROUTES[1])
    }
    /// Mounts a mock of `UpdateDomainCertV4` (`POST /v1/LinkShortening/Domains/{DomainSid}/Certificate`).
    pub fn update_domain_cert_v4(
        &self,
    ) -> Mock<
        crate::messaging_v1::UpdateDomainCertV4Params,
        crate::messaging_v1::DomainCertV4,
    > {
        self.server.mock(&ROUTES[2])
    }
    /// Mounts a mock of `DeleteDomainCertV4` (`DELETE /v1/LinkShortening/Domains/{DomainSid}/Certificate`).
    pub fn delete_domain_cert_v4(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[3])
    }
    /// Mounts a mock of `FetchDomainConfig` (`GET /v1/LinkShortening/Domains/{DomainSid}/Config`).
    pub fn fetch_domain_config(&self) -> Mock<(), crate::messaging_v1::DomainConfig> {
        self.server.mock(&ROUTES[4])
    }
    /// Mounts a mock of `UpdateDomainConfig` (`POST /v1/LinkShortening/Domains/{DomainSid}/Config`).
    pub fn update_domain_config(
        &self,
    ) -> Mock<
        crate::messaging_v1::UpdateDomainConfigParams,
        crate::messaging_v1::DomainConfig,
    > {
        self.server.mock(&ROUTES[5])
    }
    /// Mounts a mock of `CreateLinkshorteningMessagingService` (`POST /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}`).
    pub fn create_linkshortening_messaging_service(
        &self,
    ) -> Mock<(), crate::messaging_v1::LinkshorteningMessagingService> {
        self.server.mock(&ROUTES[6])
    }
    /// Mounts a mock of `DeleteLinkshorteningMessagingService` (`DELETE /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}`).
    pub fn delete_linkshortening_messaging_service(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[7])
    }
    /// Mounts a mock of `UpdateRequestManagedCert` (`POST /v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert`).
    pub fn update_request_managed_cert(
        &self,
    ) -> Mock<(), crate::messaging_v1::RequestManagedCert> {
        self.server.mock(&ROUTES[8])
    }
    /// Mounts a mock of `FetchDomainDnsValidation` (`GET /v1/LinkShortening/Domains/{DomainSid}/ValidateDns`).
    pub fn fetch_domain_dns_validation(
        &self,
    ) -> Mock<(), crate::messaging_v1::DomainDnsValidation> {
        self.server.mock(&ROUTES[9])
    }
    /// Mounts a mock of `FetchDomainConfigMessagingService` (`GET /v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig`).
    pub fn fetch_domain_config_messaging_service(
        &self,
    ) -> Mock<(), crate::messaging_v1::DomainConfigMessagingService> {
        self.server.mock(&ROUTES[10])
    }
    /// Mounts a mock of `FetchLinkshorteningMessagingServiceDomainAssociation` (`GET /v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain`).
    pub fn fetch_linkshortening_messaging_service_domain_association(
        &self,
    ) -> Mock<(), crate::messaging_v1::LinkshorteningMessagingServiceDomainAssociation> {
        self.server.mock(&ROUTES[11])
    }
    /// Mounts a mock of `ListService` (`GET /v1/Services`); `respond_items` serves a list of items page by page.
    pub fn list_service(
        &self,
    ) -> Mock<
        crate::messaging_v1::ListServiceParams,
        crate::messaging_v1::ListServiceResponseBody,
        Items<crate::messaging_v1::Service>,
    > {
        self.server.mock(&ROUTES[12])
    }
    /// Mounts a mock of `CreateService` (`POST /v1/Services`).
    pub fn create_service(
        &self,
    ) -> Mock<crate::messaging_v1::CreateServiceParams, crate::messaging_v1::Service> {
        self.server.mock(&ROUTES[13])
    }
    /// Mounts a mock of `CreateExternalCampaign` (`POST /v1/Services/PreregisteredUsa2p`).
    pub fn create_external_campaign(
        &self,
    ) -> Mock<
        crate::messaging_v1::CreateExternalCampaignParams,
        crate::messaging_v1::ExternalCampaign,
    > {
        self.server.mock(&ROUTES[14])
    }
    /// Mounts a mock of `FetchUsecase` (`GET /v1/Services/Usecases`).
    pub fn fetch_usecase(&self) -> Mock<(), crate::messaging_v1::Usecase> {
        self.server.mock(&ROUTES[15])
    }
    /// Mounts a mock of `ListChannelSender` (`GET /v1/Services/{MessagingServiceSid}/ChannelSenders`); `respond_items` serves a list of items page by page.
    pub fn list_channel_sender(
        &self,
    ) -> Mock<
        crate::messaging_v1::ListChannelSenderParams,
        crate::messaging_v1::ListChannelSenderResponseBody,
        Items<crate::messaging_v1::ChannelSender>,
    > {
        self.server.mock(&ROUTES[16])
    }
    /// Mounts a mock of `CreateChannelSender` (`POST /v1/Services/{MessagingServiceSid}/ChannelSenders`).
    pub fn create_channel_sender(
        &self,
    ) -> Mock<
        crate::messaging_v1::CreateChannelSenderParams,
        crate::messaging_v1::ChannelSender,
    > {
        self.server.mock(&ROUTES[17])
    }
    /// Mounts a mock of `FetchChannelSender` (`GET /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}`).
    pub fn fetch_channel_sender(&self) -> Mock<(), crate::messaging_v1::ChannelSender> {
        self.server.mock(&ROUTES[18])
    }
    /// Mounts a mock of `DeleteChannelSender` (`DELETE /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}`).
    pub fn delete_channel_sender(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[19])
    }
    /// Mounts a mock of `ListUsAppToPerson` (`GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p`); `respond_items` serves a list of items page by page.
    pub fn list_us_app_to_person(
        &self,
    ) -> Mock<
        crate::messaging_v1::ListUsAppToPersonParams,
        crate::messaging_v1::ListUsAppToPersonResponseBody,
        Items<crate::messaging_v1::UsAppToPersonResponse>,
    > {
        self.server.mock(&ROUTES[20])
    }
    /// Mounts a mock of `CreateUsAppToPerson` (`POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p`).
    pub fn create_us_app_to_person(
        &self,
    ) -> Mock<
        crate::messaging_v1::CreateUsAppToPersonParams,
        crate::messaging_v1::UsAppToPersonResponse,
    > {
        self.server.mock(&ROUTES[21])
    }
    /// Mounts a mock of `FetchUsAppToPersonUsecase` (`GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases`).
    pub fn fetch_us_app_to_person_usecase(
        &self,
    ) -> Mock<
        crate::messaging_v1::FetchUsAppToPersonUsecaseParams,
        crate::messaging_v1::UsAppToPersonUsecase,
    > {
        self.server.mock(&ROUTES[22])
    }
    /// Mounts a mock of `FetchUsAppToPerson` (`GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}`).
    pub fn fetch_us_app_to_person(
        &self,
    ) -> Mock<
        crate::messaging_v1::FetchUsAppToPersonParams,
        crate::messaging_v1::UsAppToPersonResponse,
    > {
        self.server.mock(&ROUTES[23])
    }
    /// Mounts a mock of `UpdateUsAppToPerson` (`POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}`).
    pub fn update_us_app_to_person(
        &self,
    ) -> Mock<
        crate::messaging_v1::UpdateUsAppToPersonParams,
        crate::messaging_v1::UsAppToPersonResponse,
    > {
        self.server.mock(&ROUTES[24])
    }
    /// Mounts a mock of `DeleteUsAppToPerson` (`DELETE /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}`).
    pub fn delete_us_app_to_person(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[25])
    }
    /// Mounts a mock of `ListAlphaSender` (`GET /v1/Services/{ServiceSid}/AlphaSenders`); `respond_items` serves a list of items page by page.
    pub fn list_alpha_sender(
        &self,
    ) -> Mock<
        crate::messaging_v1::ListAlphaSenderParams,
        crate::messaging_v1::ListAlphaSenderResponseBody,
        Items<crate::messaging_v1::AlphaSender>,
    > {
        self.server.mock(&ROUTES[26])
    }
    /// Mounts a mock of `CreateAlphaSender` (`POST /v1/Services/{ServiceSid}/AlphaSenders`).
    pub fn create_alpha_sender(
        &self,
    ) -> Mock<
        crate::messaging_v1::CreateAlphaSenderParams,
        crate::messaging_v1::AlphaSender,
    > {
        self.server.mock(&ROUTES[27])
    }
    /// Mounts a mock of `FetchAlphaSender` (`GET /v1/Services/{ServiceSid}/AlphaSenders/{Sid}`).
    pub fn fetch_alpha_sender(&self) -> Mock<(), crate::messaging_v1::AlphaSender> {
        self.server.mock(&ROUTES[28])
    }
    /// Mounts a mock of `DeleteAlphaSender` (`DELETE /v1/Services/{ServiceSid}/AlphaSenders/{Sid}`).
    pub fn delete_alpha_sender(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[29])
    }
    /// Mounts a mock of `ListDestinationAlphaSender` (`GET /v1/Services/{ServiceSid}/DestinationAlphaSenders`); `respond_items` serves a list of items page by page.
    pub fn list_destination_alpha_sender(
        &self,
    ) -> Mock<
        crate::messaging_v1::ListDestinationAlphaSenderParams,
        crate::messaging_v1::ListDestinationAlphaSenderResponseBody,
        Items<crate::messaging_v1::DestinationAlphaSender>,
    > {
        self.server.mock(&ROUTES[30])
    }
    /// Mounts a mock of `CreateDestinationAlphaSender` (`POST /v1/Services/{ServiceSid}/DestinationAlphaSenders`).
    pub fn create_destination_alpha_sender(
        &self,
    ) -> Mock<
        crate::messaging_v1::CreateDestinationAlphaSenderParams,
        crate::messaging_v1::DestinationAlphaSender,
    > {
        self.server.mock(&ROUTES[31])
    }
    /// Mounts a mock of `FetchDestinationAlphaSender` (`GET /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}`).
    pub fn fetch_destination_alpha_sender(
        &self,
    ) -> Mock<(), crate::messaging_v1::DestinationAlphaSender> {
        self.server.mock(&ROUTES[32])
    }
    /// Mounts a mock of `DeleteDestinationAlphaSender` (`DELETE /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}`).
    pub fn delete_destination_alpha_sender(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[33])
    }
    /// Mounts a mock of `ListPhoneNumber` (`GET /v1/Services/{ServiceSid}/PhoneNumbers`); `respond_items` serves a list of items page by page.
    pub fn list_phone_number(
        &self,
    ) -> Mock<
        crate::messaging_v1::ListPhoneNumberParams,
        crate::messaging_v1::ListPhoneNumberResponseBody,
        Items<crate::messaging_v1::PhoneNumber>,
    > {
        self.server.mock(&ROUTES[34])
    }
    /// Mounts a mock of `CreatePhoneNumber` (`POST /v1/Services/{ServiceSid}/PhoneNumbers`).
    pub fn create_phone_number(
        &self,
    ) -> Mock<
        crate::messaging_v1::CreatePhoneNumberParams,
        crate::messaging_v1::PhoneNumber,
    > {
        self.server.mock(&ROUTES[35])
    }
    /// Mounts a mock of `FetchPhoneNumber` (`GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}`).
    pub fn fetch_phone_number(&self) -> Mock<(), crate::messaging_v1::PhoneNumber> {
        self.server.mock(&ROUTES[36])
    }
    /// Mounts a mock of `DeletePhoneNumber` (`DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}`).
    pub fn delete_phone_number(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[37])
    }
    /// Mounts a mock of `ListShortCode` (`GET /v1/Services/{ServiceSid}/ShortCodes`); `respond_items` serves a list of items page by page.
    pub fn list_short_code(
        &self,
    ) -> Mock<
        crate::messaging_v1::ListShortCodeParams,
        crate::messaging_v1::ListShortCodeResponseBody,
        Items<crate::messaging_v1::ShortCode>,
    > {
        self.server.mock(&ROUTES[38])
    }
    /// Mounts a mock of `CreateShortCode` (`POST /v1/Services/{ServiceSid}/ShortCodes`).
    pub fn create_short_code(
        &self,
    ) -> Mock<
        crate::messaging_v1::CreateShortCodeParams,
        crate::messaging_v1::ShortCode,
    > {
        self.server.mock(&ROUTES[39])
    }
    /// Mounts a mock of `FetchShortCode` (`GET /v1/Services/{ServiceSid}/ShortCodes/{Sid}`).
    pub fn fetch_short_code(&self) -> Mock<(), crate::messaging_v1::ShortCode> {
        self.server.mock(&ROUTES[40])
    }
    /// Mounts a mock of `DeleteShortCode` (`DELETE /v1/Services/{ServiceSid}/ShortCodes/{Sid}`).
    pub fn delete_short_code(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[41])
    }
    /// Mounts a mock of `FetchService` (`GET /v1/Services/{Sid}`).
    pub fn fetch_service(&self) -> Mock<(), crate::messaging_v1::Service> {
        self.server.mock(&ROUTES[42])
    }
    /// Mounts a mock of `UpdateService` (`POST /v1/Services/{Sid}`).
    pub fn update_service(
        &self,
    ) -> Mock<crate::messaging_v1::UpdateServiceParams, crate::messaging_v1::Service> {
        self.server.mock(&ROUTES[43])
    }
    /// Mounts a mock of `DeleteService` (`DELETE /v1/Services/{Sid}`).
    pub fn delete_service(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[44])
    }
    /// Mounts a mock of `ListTollfreeVerification` (`GET /v1/Tollfree/Verifications`): List tollfree verifications; `respond_items` serves a list of items page by page.
    pub fn list_tollfree_verification(
        &self,
    ) -> Mock<
        crate::messaging_v1::ListTollfreeVerificationParams,
        crate::messaging_v1::ListTollfreeVerificationResponseBody,
        Items<crate::messaging_v1::TollfreeVerification>,
    > {
        self.server.mock(&ROUTES[45])
    }
    /// Mounts a mock of `CreateTollfreeVerification` (`POST /v1/Tollfree/Verifications`): Create a tollfree verification.
    pub fn create_tollfree_verification(
        &self,
    ) -> Mock<
        crate::messaging_v1::CreateTollfreeVerificationParams,
        crate::messaging_v1::TollfreeVerification,
    > {
        self.server.mock(&ROUTES[46])
    }
    /// Mounts a mock of `FetchTollfreeVerification` (`GET /v1/Tollfree/Verifications/{Sid}`): Retrieve a tollfree verification.
    pub fn fetch_tollfree_verification(
        &self,
    ) -> Mock<(), crate::messaging_v1::TollfreeVerification> {
        self.server.mock(&ROUTES[47])
    }
    /// Mounts a mock of `UpdateTollfreeVerification` (`POST /v1/Tollfree/Verifications/{Sid}`): Edit a tollfree verification.
    pub fn update_tollfree_verification(
        &self,
    ) -> Mock<
        crate::messaging_v1::UpdateTollfreeVerificationParams,
        crate::messaging_v1::TollfreeVerification,
    > {
        self.server.mock(&ROUTES[48])
    }
    /// Mounts a mock of `DeleteTollfreeVerification` (`DELETE /v1/Tollfree/Verifications/{Sid}`): Delete a tollfree verification.
    pub fn delete_tollfree_verification(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[49])
    }
    /// Mounts a mock of `ListBrandRegistrations` (`GET /v1/a2p/BrandRegistrations`); `respond_items` serves a list of items page by page.
    pub fn list_brand_registrations(
        &self,
    ) -> Mock<
        crate::messaging_v1::ListBrandRegistrationsParams,
        crate::messaging_v1::ListBrandRegistrationsResponseBody,
        Items<crate::messaging_v1::BrandRegistrations>,
    > {
        self.server.mock(&ROUTES[50])
    }
    /// Mounts a mock of `CreateBrandRegistrations` (`POST /v1/a2p/BrandRegistrations`).
    pub fn create_brand_registrations(
        &self,
    ) -> Mock<
        crate::messaging_v1::CreateBrandRegistrationsParams,
        crate::messaging_v1::BrandRegistrations,
    > {
        self.server.mock(&ROUTES[51])
    }
    /// Mounts a mock of `CreateBrandRegistrationOtp` (`POST /v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp`).
    pub fn create_brand_registration_otp(
        &self,
    ) -> Mock<(), crate::messaging_v1::BrandRegistrationOtp> {
        self.server.mock(&ROUTES[52])
    }
    /// Mounts a mock of `ListBrandVetting` (`GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings`); `respond_items` serves a list of items page by page.
    pub fn list_brand_vetting(
        &self,
    ) -> Mock<
        crate::messaging_v1::ListBrandVettingParams,
        crate::messaging_v1::ListBrandVettingResponseBody,
        Items<crate::messaging_v1::BrandVetting>,
    > {
        self.server.mock(&ROUTES[53])
    }
    /// Mounts a mock of `CreateBrandVetting` (`POST /v1/a2p/BrandRegistrations/{BrandSid}/Vettings`).
    pub fn create_brand_vetting(
        &self,
    ) -> Mock<
        crate::messaging_v1::CreateBrandVettingParams,
        crate::messaging_v1::BrandVetting,
    > {
        self.server.mock(&ROUTES[54])
    }
    /// Mounts a mock of `FetchBrandVetting` (`GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}`).
    pub fn fetch_brand_vetting(&self) -> Mock<(), crate::messaging_v1::BrandVetting> {
        self.server.mock(&ROUTES[55])
    }
    /// Mounts a mock of `FetchBrandRegistrations` (`GET /v1/a2p/BrandRegistrations/{Sid}`).
    pub fn fetch_brand_registrations(
        &self,
    ) -> Mock<(), crate::messaging_v1::BrandRegistrations> {
        self.server.mock(&ROUTES[56])
    }
    /// Mounts a mock of `UpdateBrandRegistrations` (`POST /v1/a2p/BrandRegistrations/{Sid}`).
    pub fn update_brand_registrations(
        &self,
    ) -> Mock<(), crate::messaging_v1::BrandRegistrations> {
        self.server.mock(&ROUTES[57])
    }
}
