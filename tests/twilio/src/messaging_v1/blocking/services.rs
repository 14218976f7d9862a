//! The blocking handles of the `services` resources.
/// A service and what it contains.
///
/// The blocking [`ServiceContext`](crate::messaging_v1::ServiceContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ServiceContext<'a> {
    pub(crate) inner: crate::messaging_v1::ServiceContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ServiceContext<'a> {
    /// An alpha sender and what it contains.
    ///
    /// The blocking [`AlphaSenderContext`](crate::messaging_v1::AlphaSenderContext).
    pub fn alpha_sender(
        &self,
        alpha_sender_sid: &str,
    ) -> crate::messaging_v1::blocking::AlphaSenderContext<'a> {
        crate::messaging_v1::blocking::AlphaSenderContext {
            inner: self.inner.alpha_sender(alpha_sender_sid),
            client: self.client,
        }
    }
    /// The alpha sender resources.
    ///
    /// The blocking [`AlphaSenderList`](crate::messaging_v1::AlphaSenderList).
    pub fn alpha_senders(&self) -> crate::messaging_v1::blocking::AlphaSenderList<'a> {
        crate::messaging_v1::blocking::AlphaSenderList {
            inner: self.inner.alpha_senders(),
            client: self.client,
        }
    }
    /// A channel sender and what it contains.
    ///
    /// The blocking [`ChannelSenderContext`](crate::messaging_v1::ChannelSenderContext).
    pub fn channel_sender(
        &self,
        channel_sender_sid: &str,
    ) -> crate::messaging_v1::blocking::ChannelSenderContext<'a> {
        crate::messaging_v1::blocking::ChannelSenderContext {
            inner: self.inner.channel_sender(channel_sender_sid),
            client: self.client,
        }
    }
    /// The channel sender resources.
    ///
    /// The blocking [`ChannelSenderList`](crate::messaging_v1::ChannelSenderList).
    pub fn channel_senders(
        &self,
    ) -> crate::messaging_v1::blocking::ChannelSenderList<'a> {
        crate::messaging_v1::blocking::ChannelSenderList {
            inner: self.inner.channel_senders(),
            client: self.client,
        }
    }
    /// The compliance resources.
    ///
    /// The blocking [`ComplianceList`](crate::messaging_v1::ComplianceList).
    pub fn compliance(&self) -> crate::messaging_v1::blocking::ComplianceList<'a> {
        crate::messaging_v1::blocking::ComplianceList {
            inner: self.inner.compliance(),
            client: self.client,
        }
    }
    /// A destination alpha sender and what it contains.
    ///
    /// The blocking [`DestinationAlphaSenderContext`](crate::messaging_v1::DestinationAlphaSenderContext).
    pub fn destination_alpha_sender(
        &self,
        destination_alpha_sender_sid: &str,
    ) -> crate::messaging_v1::blocking::DestinationAlphaSenderContext<'a> {
        crate::messaging_v1::blocking::DestinationAlphaSenderContext {
            inner: self.inner.destination_alpha_sender(destination_alpha_sender_sid),
            client: self.client,
        }
    }
    /// The destination alpha sender resources.
    ///
    /// The blocking [`DestinationAlphaSenderList`](crate::messaging_v1::DestinationAlphaSenderList).
    pub fn destination_alpha_senders(
        &self,
    ) -> crate::messaging_v1::blocking::DestinationAlphaSenderList<'a> {
        crate::messaging_v1::blocking::DestinationAlphaSenderList {
            inner: self.inner.destination_alpha_senders(),
            client: self.client,
        }
    }
    /// A phone number and what it contains.
    ///
    /// The blocking [`PhoneNumberContext`](crate::messaging_v1::PhoneNumberContext).
    pub fn phone_number(
        &self,
        phone_number_sid: &str,
    ) -> crate::messaging_v1::blocking::PhoneNumberContext<'a> {
        crate::messaging_v1::blocking::PhoneNumberContext {
            inner: self.inner.phone_number(phone_number_sid),
            client: self.client,
        }
    }
    /// The phone number resources.
    ///
    /// The blocking [`PhoneNumberList`](crate::messaging_v1::PhoneNumberList).
    pub fn phone_numbers(&self) -> crate::messaging_v1::blocking::PhoneNumberList<'a> {
        crate::messaging_v1::blocking::PhoneNumberList {
            inner: self.inner.phone_numbers(),
            client: self.client,
        }
    }
    /// A short code and what it contains.
    ///
    /// The blocking [`ShortCodeContext`](crate::messaging_v1::ShortCodeContext).
    pub fn short_code(
        &self,
        short_code_sid: &str,
    ) -> crate::messaging_v1::blocking::ShortCodeContext<'a> {
        crate::messaging_v1::blocking::ShortCodeContext {
            inner: self.inner.short_code(short_code_sid),
            client: self.client,
        }
    }
    /// The short code resources.
    ///
    /// The blocking [`ShortCodeList`](crate::messaging_v1::ShortCodeList).
    pub fn short_codes(&self) -> crate::messaging_v1::blocking::ShortCodeList<'a> {
        crate::messaging_v1::blocking::ShortCodeList {
            inner: self.inner.short_codes(),
            client: self.client,
        }
    }
    /// The `FetchService` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::ServiceContext::fetch) (`GET /v1/Services/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::Service>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// The `UpdateService` operation.
    ///
    /// Waits for the async [`update`](crate::messaging_v1::ServiceContext::update) (`POST /v1/Services/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::messaging_v1::UpdateServiceParams,
    ) -> Result<crate::Response<crate::messaging_v1::Service>, crate::Error> {
        self.client.wait(self.inner.update(params))
    }
    /// The `DeleteService` operation.
    ///
    /// Waits for the async [`delete`](crate::messaging_v1::ServiceContext::delete) (`DELETE /v1/Services/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The service resources.
///
/// The blocking [`ServiceList`](crate::messaging_v1::ServiceList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ServiceList<'a> {
    pub(crate) inner: crate::messaging_v1::ServiceList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ServiceList<'a> {
    /// The preregistered usa2p resources.
    ///
    /// The blocking [`PreregisteredUsa2pList`](crate::messaging_v1::PreregisteredUsa2pList).
    pub fn preregistered_usa2p(
        &self,
    ) -> crate::messaging_v1::blocking::PreregisteredUsa2pList<'a> {
        crate::messaging_v1::blocking::PreregisteredUsa2pList {
            inner: self.inner.preregistered_usa2p(),
            client: self.client,
        }
    }
    /// The usecase resources.
    ///
    /// The blocking [`UsecaseList`](crate::messaging_v1::UsecaseList).
    pub fn usecases(&self) -> crate::messaging_v1::blocking::UsecaseList<'a> {
        crate::messaging_v1::blocking::UsecaseList {
            inner: self.inner.usecases(),
            client: self.client,
        }
    }
    /// The `ListService` operation.
    ///
    /// Waits for the async [`list`](crate::messaging_v1::ServiceList::list) (`GET /v1/Services`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::messaging_v1::ListServiceParams,
    ) -> Result<Vec<crate::messaging_v1::Service>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListServiceParams,
    ) -> crate::blocking::Iter<'a, crate::messaging_v1::Service> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::messaging_v1::ListServiceParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::messaging_v1::ListServiceResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// The `CreateService` operation.
    ///
    /// Waits for the async [`create`](crate::messaging_v1::ServiceList::create) (`POST /v1/Services`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::messaging_v1::CreateServiceParams,
    ) -> Result<crate::Response<crate::messaging_v1::Service>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// An alpha sender and what it contains.
///
/// The blocking [`AlphaSenderContext`](crate::messaging_v1::AlphaSenderContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct AlphaSenderContext<'a> {
    pub(crate) inner: crate::messaging_v1::AlphaSenderContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> AlphaSenderContext<'a> {
    /// The `FetchAlphaSender` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::AlphaSenderContext::fetch) (`GET /v1/Services/{ServiceSid}/AlphaSenders/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::AlphaSender>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// The `DeleteAlphaSender` operation.
    ///
    /// Waits for the async [`delete`](crate::messaging_v1::AlphaSenderContext::delete) (`DELETE /v1/Services/{ServiceSid}/AlphaSenders/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The alpha sender resources.
///
/// The blocking [`AlphaSenderList`](crate::messaging_v1::AlphaSenderList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct AlphaSenderList<'a> {
    pub(crate) inner: crate::messaging_v1::AlphaSenderList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> AlphaSenderList<'a> {
    /// The `ListAlphaSender` operation.
    ///
    /// Waits for the async [`list`](crate::messaging_v1::AlphaSenderList::list) (`GET /v1/Services/{ServiceSid}/AlphaSenders`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::messaging_v1::ListAlphaSenderParams,
    ) -> Result<Vec<crate::messaging_v1::AlphaSender>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListAlphaSenderParams,
    ) -> crate::blocking::Iter<'a, crate::messaging_v1::AlphaSender> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::messaging_v1::ListAlphaSenderParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::messaging_v1::ListAlphaSenderResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// The `CreateAlphaSender` operation.
    ///
    /// Waits for the async [`create`](crate::messaging_v1::AlphaSenderList::create) (`POST /v1/Services/{ServiceSid}/AlphaSenders`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::messaging_v1::CreateAlphaSenderParams,
    ) -> Result<crate::Response<crate::messaging_v1::AlphaSender>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// A channel sender and what it contains.
///
/// The blocking [`ChannelSenderContext`](crate::messaging_v1::ChannelSenderContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ChannelSenderContext<'a> {
    pub(crate) inner: crate::messaging_v1::ChannelSenderContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ChannelSenderContext<'a> {
    /// The `FetchChannelSender` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::ChannelSenderContext::fetch) (`GET /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::ChannelSender>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// The `DeleteChannelSender` operation.
    ///
    /// Waits for the async [`delete`](crate::messaging_v1::ChannelSenderContext::delete) (`DELETE /v1/Services/{MessagingServiceSid}/ChannelSenders/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The channel sender resources.
///
/// The blocking [`ChannelSenderList`](crate::messaging_v1::ChannelSenderList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ChannelSenderList<'a> {
    pub(crate) inner: crate::messaging_v1::ChannelSenderList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ChannelSenderList<'a> {
    /// The `ListChannelSender` operation.
    ///
    /// Waits for the async [`list`](crate::messaging_v1::ChannelSenderList::list) (`GET /v1/Services/{MessagingServiceSid}/ChannelSenders`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::messaging_v1::ListChannelSenderParams,
    ) -> Result<Vec<crate::messaging_v1::ChannelSender>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListChannelSenderParams,
    ) -> crate::blocking::Iter<'a, crate::messaging_v1::ChannelSender> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::messaging_v1::ListChannelSenderParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::messaging_v1::ListChannelSenderResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// The `CreateChannelSender` operation.
    ///
    /// Waits for the async [`create`](crate::messaging_v1::ChannelSenderList::create) (`POST /v1/Services/{MessagingServiceSid}/ChannelSenders`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::messaging_v1::CreateChannelSenderParams,
    ) -> Result<crate::Response<crate::messaging_v1::ChannelSender>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// The compliance resources.
///
/// The blocking [`ComplianceList`](crate::messaging_v1::ComplianceList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ComplianceList<'a> {
    pub(crate) inner: crate::messaging_v1::ComplianceList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ComplianceList<'a> {
    /// The usa2p resources.
    ///
    /// The blocking [`Usa2pList`](crate::messaging_v1::Usa2pList).
    pub fn usa2p(&self) -> crate::messaging_v1::blocking::Usa2pList<'a> {
        crate::messaging_v1::blocking::Usa2pList {
            inner: self.inner.usa2p(),
            client: self.client,
        }
    }
    /// An usa2p and what it contains.
    ///
    /// The blocking [`Usa2pContext`](crate::messaging_v1::Usa2pContext).
    pub fn usa2p_instance(
        &self,
        usa2p_sid: &crate::ExternalCampaignSid,
    ) -> crate::messaging_v1::blocking::Usa2pContext<'a> {
        crate::messaging_v1::blocking::Usa2pContext {
            inner: self.inner.usa2p_instance(usa2p_sid),
            client: self.client,
        }
    }
}
/// The usa2p resources.
///
/// The blocking [`Usa2pList`](crate::messaging_v1::Usa2pList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct Usa2pList<'a> {
    pub(crate) inner: crate::messaging_v1::Usa2pList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> Usa2pList<'a> {
    /// The usecase resources.
    ///
    /// The blocking [`ServiceComplianceUsa2pUsecaseList`](crate::messaging_v1::ServiceComplianceUsa2pUsecaseList).
    pub fn usecases(
        &self,
    ) -> crate::messaging_v1::blocking::ServiceComplianceUsa2pUsecaseList<'a> {
        crate::messaging_v1::blocking::ServiceComplianceUsa2pUsecaseList {
            inner: self.inner.usecases(),
            client: self.client,
        }
    }
    /// The `ListUsAppToPerson` operation.
    ///
    /// Waits for the async [`list`](crate::messaging_v1::Usa2pList::list) (`GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::messaging_v1::ListUsAppToPersonParams,
    ) -> Result<Vec<crate::messaging_v1::UsAppToPersonResponse>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListUsAppToPersonParams,
    ) -> crate::blocking::Iter<'a, crate::messaging_v1::UsAppToPersonResponse> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::messaging_v1::ListUsAppToPersonParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::messaging_v1::ListUsAppToPersonResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// The `CreateUsAppToPerson` operation.
    ///
    /// Waits for the async [`create`](crate::messaging_v1::Usa2pList::create) (`POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::messaging_v1::CreateUsAppToPersonParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::UsAppToPersonResponse>,
        crate::Error,
    > {
        self.client.wait(self.inner.create(params))
    }
}
/// The usecase resources.
///
/// The blocking [`ServiceComplianceUsa2pUsecaseList`](crate::messaging_v1::ServiceComplianceUsa2pUsecaseList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ServiceComplianceUsa2pUsecaseList<'a> {
    pub(crate) inner: crate::messaging_v1::ServiceComplianceUsa2pUsecaseList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ServiceComplianceUsa2pUsecaseList<'a> {
    /// The `FetchUsAppToPersonUsecase` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::ServiceComplianceUsa2pUsecaseList::fetch) (`GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/Usecases`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
        params: crate::messaging_v1::FetchUsAppToPersonUsecaseParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::UsAppToPersonUsecase>,
        crate::Error,
    > {
        self.client.wait(self.inner.fetch(params))
    }
}
/// An usa2p and what it contains.
///
/// The blocking [`Usa2pContext`](crate::messaging_v1::Usa2pContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct Usa2pContext<'a> {
    pub(crate) inner: crate::messaging_v1::Usa2pContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> Usa2pContext<'a> {
    /// The `FetchUsAppToPerson` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::Usa2pContext::fetch) (`GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
        params: crate::messaging_v1::FetchUsAppToPersonParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::UsAppToPersonResponse>,
        crate::Error,
    > {
        self.client.wait(self.inner.fetch(params))
    }
    /// The `UpdateUsAppToPerson` operation.
    ///
    /// Waits for the async [`update`](crate::messaging_v1::Usa2pContext::update) (`POST /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::messaging_v1::UpdateUsAppToPersonParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::UsAppToPersonResponse>,
        crate::Error,
    > {
        self.client.wait(self.inner.update(params))
    }
    /// The `DeleteUsAppToPerson` operation.
    ///
    /// Waits for the async [`delete`](crate::messaging_v1::Usa2pContext::delete) (`DELETE /v1/Services/{MessagingServiceSid}/Compliance/Usa2p/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// A destination alpha sender and what it contains.
///
/// The blocking [`DestinationAlphaSenderContext`](crate::messaging_v1::DestinationAlphaSenderContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct DestinationAlphaSenderContext<'a> {
    pub(crate) inner: crate::messaging_v1::DestinationAlphaSenderContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> DestinationAlphaSenderContext<'a> {
    /// The `FetchDestinationAlphaSender` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::DestinationAlphaSenderContext::fetch) (`GET /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<
        crate::Response<crate::messaging_v1::DestinationAlphaSender>,
        crate::Error,
    > {
        self.client.wait(self.inner.fetch())
    }
    /// The `DeleteDestinationAlphaSender` operation.
    ///
    /// Waits for the async [`delete`](crate::messaging_v1::DestinationAlphaSenderContext::delete) (`DELETE /v1/Services/{ServiceSid}/DestinationAlphaSenders/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The destination alpha sender resources.
///
/// The blocking [`DestinationAlphaSenderList`](crate::messaging_v1::DestinationAlphaSenderList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct DestinationAlphaSenderList<'a> {
    pub(crate) inner: crate::messaging_v1::DestinationAlphaSenderList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> DestinationAlphaSenderList<'a> {
    /// The `ListDestinationAlphaSender` operation.
    ///
    /// Waits for the async [`list`](crate::messaging_v1::DestinationAlphaSenderList::list) (`GET /v1/Services/{ServiceSid}/DestinationAlphaSenders`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::messaging_v1::ListDestinationAlphaSenderParams,
    ) -> Result<Vec<crate::messaging_v1::DestinationAlphaSender>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListDestinationAlphaSenderParams,
    ) -> crate::blocking::Iter<'a, crate::messaging_v1::DestinationAlphaSender> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::messaging_v1::ListDestinationAlphaSenderParams,
    ) -> Result<
        crate::blocking::Page<
            'a,
            crate::messaging_v1::ListDestinationAlphaSenderResponseBody,
        >,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// The `CreateDestinationAlphaSender` operation.
    ///
    /// Waits for the async [`create`](crate::messaging_v1::DestinationAlphaSenderList::create) (`POST /v1/Services/{ServiceSid}/DestinationAlphaSenders`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::messaging_v1::CreateDestinationAlphaSenderParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::DestinationAlphaSender>,
        crate::Error,
    > {
        self.client.wait(self.inner.create(params))
    }
}
/// A phone number and what it contains.
///
/// The blocking [`PhoneNumberContext`](crate::messaging_v1::PhoneNumberContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct PhoneNumberContext<'a> {
    pub(crate) inner: crate::messaging_v1::PhoneNumberContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> PhoneNumberContext<'a> {
    /// The `FetchPhoneNumber` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::PhoneNumberContext::fetch) (`GET /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::PhoneNumber>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// The `DeletePhoneNumber` operation.
    ///
    /// Waits for the async [`delete`](crate::messaging_v1::PhoneNumberContext::delete) (`DELETE /v1/Services/{ServiceSid}/PhoneNumbers/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The phone number resources.
///
/// The blocking [`PhoneNumberList`](crate::messaging_v1::PhoneNumberList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct PhoneNumberList<'a> {
    pub(crate) inner: crate::messaging_v1::PhoneNumberList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> PhoneNumberList<'a> {
    /// The `ListPhoneNumber` operation.
    ///
    /// Waits for the async [`list`](crate::messaging_v1::PhoneNumberList::list) (`GET /v1/Services/{ServiceSid}/PhoneNumbers`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::messaging_v1::ListPhoneNumberParams,
    ) -> Result<Vec<crate::messaging_v1::PhoneNumber>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListPhoneNumberParams,
    ) -> crate::blocking::Iter<'a, crate::messaging_v1::PhoneNumber> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::messaging_v1::ListPhoneNumberParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::messaging_v1::ListPhoneNumberResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// The `CreatePhoneNumber` operation.
    ///
    /// Waits for the async [`create`](crate::messaging_v1::PhoneNumberList::create) (`POST /v1/Services/{ServiceSid}/PhoneNumbers`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::messaging_v1::CreatePhoneNumberParams,
    ) -> Result<crate::Response<crate::messaging_v1::PhoneNumber>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// The preregistered usa2p resources.
///
/// The blocking [`PreregisteredUsa2pList`](crate::messaging_v1::PreregisteredUsa2pList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct PreregisteredUsa2pList<'a> {
    pub(crate) inner: crate::messaging_v1::PreregisteredUsa2pList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> PreregisteredUsa2pList<'a> {
    /// The `CreateExternalCampaign` operation.
    ///
    /// Waits for the async [`create`](crate::messaging_v1::PreregisteredUsa2pList::create) (`POST /v1/Services/PreregisteredUsa2p`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::messaging_v1::CreateExternalCampaignParams,
    ) -> Result<crate::Response<crate::messaging_v1::ExternalCampaign>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// A short code and what it contains.
///
/// The blocking [`ShortCodeContext`](crate::messaging_v1::ShortCodeContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ShortCodeContext<'a> {
    pub(crate) inner: crate::messaging_v1::ShortCodeContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ShortCodeContext<'a> {
    /// The `FetchShortCode` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::ShortCodeContext::fetch) (`GET /v1/Services/{ServiceSid}/ShortCodes/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::ShortCode>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// The `DeleteShortCode` operation.
    ///
    /// Waits for the async [`delete`](crate::messaging_v1::ShortCodeContext::delete) (`DELETE /v1/Services/{ServiceSid}/ShortCodes/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The short code resources.
///
/// The blocking [`ShortCodeList`](crate::messaging_v1::ShortCodeList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ShortCodeList<'a> {
    pub(crate) inner: crate::messaging_v1::ShortCodeList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ShortCodeList<'a> {
    /// The `ListShortCode` operation.
    ///
    /// Waits for the async [`list`](crate::messaging_v1::ShortCodeList::list) (`GET /v1/Services/{ServiceSid}/ShortCodes`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::messaging_v1::ListShortCodeParams,
    ) -> Result<Vec<crate::messaging_v1::ShortCode>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListShortCodeParams,
    ) -> crate::blocking::Iter<'a, crate::messaging_v1::ShortCode> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::messaging_v1::ListShortCodeParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::messaging_v1::ListShortCodeResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// The `CreateShortCode` operation.
    ///
    /// Waits for the async [`create`](crate::messaging_v1::ShortCodeList::create) (`POST /v1/Services/{ServiceSid}/ShortCodes`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::messaging_v1::CreateShortCodeParams,
    ) -> Result<crate::Response<crate::messaging_v1::ShortCode>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// The usecase resources.
///
/// The blocking [`UsecaseList`](crate::messaging_v1::UsecaseList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct UsecaseList<'a> {
    pub(crate) inner: crate::messaging_v1::UsecaseList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> UsecaseList<'a> {
    /// The `FetchUsecase` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::UsecaseList::fetch) (`GET /v1/Services/Usecases`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::Usecase>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
}
