//! The blocking handles of the `link_shortening` resources.
/// The link shortening resources.
///
/// The blocking [`LinkShorteningList`](crate::messaging_v1::LinkShorteningList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct LinkShorteningList<'a> {
    pub(crate) inner: crate::messaging_v1::LinkShorteningList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> LinkShorteningList<'a> {
    /// A domain and what it contains.
    ///
    /// The blocking [`DomainContext`](crate::messaging_v1::DomainContext).
    pub fn domain(
        &self,
        domain_sid: &crate::DomainSid,
    ) -> crate::messaging_v1::blocking::DomainContext<'a> {
        crate::messaging_v1::blocking::DomainContext {
            inner: self.inner.domain(domain_sid),
            client: self.client,
        }
    }
    /// A messaging service and what it contains.
    ///
    /// The blocking [`LinkShorteningMessagingServiceContext2`](crate::messaging_v1::LinkShorteningMessagingServiceContext2).
    pub fn messaging_service(
        &self,
        messaging_service_sid: &crate::MessagingServiceSid,
    ) -> crate::messaging_v1::blocking::LinkShorteningMessagingServiceContext2<'a> {
        crate::messaging_v1::blocking::LinkShorteningMessagingServiceContext2 {
            inner: self.inner.messaging_service(messaging_service_sid),
            client: self.client,
        }
    }
    /// A messaging service and what it contains.
    ///
    /// The blocking [`LinkShorteningMessagingServiceContext`](crate::messaging_v1::LinkShorteningMessagingServiceContext).
    pub fn messaging_service_instance(
        &self,
        messaging_service_sid: &crate::MessagingServiceSid,
    ) -> crate::messaging_v1::blocking::LinkShorteningMessagingServiceContext<'a> {
        crate::messaging_v1::blocking::LinkShorteningMessagingServiceContext {
            inner: self.inner.messaging_service_instance(messaging_service_sid),
            client: self.client,
        }
    }
}
/// A domain and what it contains.
///
/// The blocking [`DomainContext`](crate::messaging_v1::DomainContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct DomainContext<'a> {
    pub(crate) inner: crate::messaging_v1::DomainContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> DomainContext<'a> {
    /// The certificate resources.
    ///
    /// The blocking [`CertificateList`](crate::messaging_v1::CertificateList).
    pub fn certificate(&self) -> crate::messaging_v1::blocking::CertificateList<'a> {
        crate::messaging_v1::blocking::CertificateList {
            inner: self.inner.certificate(),
            client: self.client,
        }
    }
    /// The config resources.
    ///
    /// The blocking [`ConfigList`](crate::messaging_v1::ConfigList).
    pub fn config(&self) -> crate::messaging_v1::blocking::ConfigList<'a> {
        crate::messaging_v1::blocking::ConfigList {
            inner: self.inner.config(),
            client: self.client,
        }
    }
    /// A messaging service and what it contains.
    ///
    /// The blocking [`MessagingServiceContext`](crate::messaging_v1::MessagingServiceContext).
    pub fn messaging_service(
        &self,
        messaging_service_sid: &crate::MessagingServiceSid,
    ) -> crate::messaging_v1::blocking::MessagingServiceContext<'a> {
        crate::messaging_v1::blocking::MessagingServiceContext {
            inner: self.inner.messaging_service(messaging_service_sid),
            client: self.client,
        }
    }
    /// The request managed cert resources.
    ///
    /// The blocking [`RequestManagedCertList`](crate::messaging_v1::RequestManagedCertList).
    pub fn request_managed_cert(
        &self,
    ) -> crate::messaging_v1::blocking::RequestManagedCertList<'a> {
        crate::messaging_v1::blocking::RequestManagedCertList {
            inner: self.inner.request_managed_cert(),
            client: self.client,
        }
    }
    /// The validate dns resources.
    ///
    /// The blocking [`ValidateDnsList`](crate::messaging_v1::ValidateDnsList).
    pub fn validate_dns(&self) -> crate::messaging_v1::blocking::ValidateDnsList<'a> {
        crate::messaging_v1::blocking::ValidateDnsList {
            inner: self.inner.validate_dns(),
            client: self.client,
        }
    }
}
/// The certificate resources.
///
/// The blocking [`CertificateList`](crate::messaging_v1::CertificateList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct CertificateList<'a> {
    pub(crate) inner: crate::messaging_v1::CertificateList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> CertificateList<'a> {
    /// The `FetchDomainCertV4` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::CertificateList::fetch) (`GET /v1/LinkShortening/Domains/{DomainSid}/Certificate`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::DomainCertV4>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// The `UpdateDomainCertV4` operation.
    ///
    /// Waits for the async [`update`](crate::messaging_v1::CertificateList::update) (`POST /v1/LinkShortening/Domains/{DomainSid}/Certificate`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::messaging_v1::UpdateDomainCertV4Params,
    ) -> Result<crate::Response<crate::messaging_v1::DomainCertV4>, crate::Error> {
        self.client.wait(self.inner.update(params))
    }
    /// The `DeleteDomainCertV4` operation.
    ///
    /// Waits for the async [`delete`](crate::messaging_v1::CertificateList::delete) (`DELETE /v1/LinkShortening/Domains/{DomainSid}/Certificate`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The config resources.
///
/// The blocking [`ConfigList`](crate::messaging_v1::ConfigList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ConfigList<'a> {
    pub(crate) inner: crate::messaging_v1::ConfigList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ConfigList<'a> {
    /// The `FetchDomainConfig` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::ConfigList::fetch) (`GET /v1/LinkShortening/Domains/{DomainSid}/Config`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::DomainConfig>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// The `UpdateDomainConfig` operation.
    ///
    /// Waits for the async [`update`](crate::messaging_v1::ConfigList::update) (`POST /v1/LinkShortening/Domains/{DomainSid}/Config`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::messaging_v1::UpdateDomainConfigParams,
    ) -> Result<crate::Response<crate::messaging_v1::DomainConfig>, crate::Error> {
        self.client.wait(self.inner.update(params))
    }
}
/// A messaging service and what it contains.
///
/// The blocking [`MessagingServiceContext`](crate::messaging_v1::MessagingServiceContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct MessagingServiceContext<'a> {
    pub(crate) inner: crate::messaging_v1::MessagingServiceContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> MessagingServiceContext<'a> {
    /// The `CreateLinkshorteningMessagingService` operation.
    ///
    /// Waits for the async [`create`](crate::messaging_v1::MessagingServiceContext::create) (`POST /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
    ) -> Result<
        crate::Response<crate::messaging_v1::LinkshorteningMessagingService>,
        crate::Error,
    > {
        self.client.wait(self.inner.create())
    }
    /// The `DeleteLinkshorteningMessagingService` operation.
    ///
    /// Waits for the async [`delete`](crate::messaging_v1::MessagingServiceContext::delete) (`DELETE /v1/LinkShortening/Domains/{DomainSid}/MessagingServices/{MessagingServiceSid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The request managed cert resources.
///
/// The blocking [`RequestManagedCertList`](crate::messaging_v1::RequestManagedCertList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct RequestManagedCertList<'a> {
    pub(crate) inner: crate::messaging_v1::RequestManagedCertList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> RequestManagedCertList<'a> {
    /// The `UpdateRequestManagedCert` operation.
    ///
    /// Waits for the async [`update`](crate::messaging_v1::RequestManagedCertList::update) (`POST /v1/LinkShortening/Domains/{DomainSid}/RequestManagedCert`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::RequestManagedCert>, crate::Error> {
        self.client.wait(self.inner.update())
    }
}
/// The validate dns resources.
///
/// The blocking [`ValidateDnsList`](crate::messaging_v1::ValidateDnsList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ValidateDnsList<'a> {
    pub(crate) inner: crate::messaging_v1::ValidateDnsList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ValidateDnsList<'a> {
    /// The `FetchDomainDnsValidation` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::ValidateDnsList::fetch) (`GET /v1/LinkShortening/Domains/{DomainSid}/ValidateDns`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<
        crate::Response<crate::messaging_v1::DomainDnsValidation>,
        crate::Error,
    > {
        self.client.wait(self.inner.fetch())
    }
}
/// A messaging service and what it contains.
///
/// The blocking [`LinkShorteningMessagingServiceContext`](crate::messaging_v1::LinkShorteningMessagingServiceContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct LinkShorteningMessagingServiceContext<'a> {
    pub(crate) inner: crate::messaging_v1::LinkShorteningMessagingServiceContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> LinkShorteningMessagingServiceContext<'a> {
    /// The domain config resources.
    ///
    /// The blocking [`DomainConfigList`](crate::messaging_v1::DomainConfigList).
    pub fn domain_config(&self) -> crate::messaging_v1::blocking::DomainConfigList<'a> {
        crate::messaging_v1::blocking::DomainConfigList {
            inner: self.inner.domain_config(),
            client: self.client,
        }
    }
}
/// The domain config resources.
///
/// The blocking [`DomainConfigList`](crate::messaging_v1::DomainConfigList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct DomainConfigList<'a> {
    pub(crate) inner: crate::messaging_v1::DomainConfigList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> DomainConfigList<'a> {
    /// The `FetchDomainConfigMessagingService` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::DomainConfigList::fetch) (`GET /v1/LinkShortening/MessagingService/{MessagingServiceSid}/DomainConfig`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<
        crate::Response<crate::messaging_v1::DomainConfigMessagingService>,
        crate::Error,
    > {
        self.client.wait(self.inner.fetch())
    }
}
/// A messaging service and what it contains.
///
/// The blocking [`LinkShorteningMessagingServiceContext2`](crate::messaging_v1::LinkShorteningMessagingServiceContext2): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct LinkShorteningMessagingServiceContext2<'a> {
    pub(crate) inner: crate::messaging_v1::LinkShorteningMessagingServiceContext2<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> LinkShorteningMessagingServiceContext2<'a> {
    /// The domain resources.
    ///
    /// The blocking [`DomainList`](crate::messaging_v1::DomainList).
    pub fn domain(&self) -> crate::messaging_v1::blocking::DomainList<'a> {
        crate::messaging_v1::blocking::DomainList {
            inner: self.inner.domain(),
            client: self.client,
        }
    }
}
/// The domain resources.
///
/// The blocking [`DomainList`](crate::messaging_v1::DomainList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct DomainList<'a> {
    pub(crate) inner: crate::messaging_v1::DomainList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> DomainList<'a> {
    /// The `FetchLinkshorteningMessagingServiceDomainAssociation` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::DomainList::fetch) (`GET /v1/LinkShortening/MessagingServices/{MessagingServiceSid}/Domain`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<
        crate::Response<
            crate::messaging_v1::LinkshorteningMessagingServiceDomainAssociation,
        >,
        crate::Error,
    > {
        self.client.wait(self.inner.fetch())
    }
}
