//! The blocking handles of the `a2p` resources.
/// The a2p resources.
///
/// The blocking [`A2pList`](crate::messaging_v1::A2pList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct A2pList<'a> {
    pub(crate) inner: crate::messaging_v1::A2pList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> A2pList<'a> {
    /// A brand registration and what it contains.
    ///
    /// The blocking [`BrandRegistrationContext`](crate::messaging_v1::BrandRegistrationContext).
    pub fn brand_registration(
        &self,
        brand_registration_sid: &crate::BrandRegistrationSid,
    ) -> crate::messaging_v1::blocking::BrandRegistrationContext<'a> {
        crate::messaging_v1::blocking::BrandRegistrationContext {
            inner: self.inner.brand_registration(brand_registration_sid),
            client: self.client,
        }
    }
    /// The brand registration resources.
    ///
    /// The blocking [`BrandRegistrationList`](crate::messaging_v1::BrandRegistrationList).
    pub fn brand_registrations(
        &self,
    ) -> crate::messaging_v1::blocking::BrandRegistrationList<'a> {
        crate::messaging_v1::blocking::BrandRegistrationList {
            inner: self.inner.brand_registrations(),
            client: self.client,
        }
    }
}
/// A brand registration and what it contains.
///
/// The blocking [`BrandRegistrationContext`](crate::messaging_v1::BrandRegistrationContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct BrandRegistrationContext<'a> {
    pub(crate) inner: crate::messaging_v1::BrandRegistrationContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> BrandRegistrationContext<'a> {
    /// The sms otp resources.
    ///
    /// The blocking [`SmsOtpList`](crate::messaging_v1::SmsOtpList).
    pub fn sms_otp(&self) -> crate::messaging_v1::blocking::SmsOtpList<'a> {
        crate::messaging_v1::blocking::SmsOtpList {
            inner: self.inner.sms_otp(),
            client: self.client,
        }
    }
    /// A vetting and what it contains.
    ///
    /// The blocking [`VettingContext`](crate::messaging_v1::VettingContext).
    pub fn vetting(
        &self,
        brand_vetting_sid: &crate::BrandVettingSid,
    ) -> crate::messaging_v1::blocking::VettingContext<'a> {
        crate::messaging_v1::blocking::VettingContext {
            inner: self.inner.vetting(brand_vetting_sid),
            client: self.client,
        }
    }
    /// The vetting resources.
    ///
    /// The blocking [`VettingList`](crate::messaging_v1::VettingList).
    pub fn vettings(&self) -> crate::messaging_v1::blocking::VettingList<'a> {
        crate::messaging_v1::blocking::VettingList {
            inner: self.inner.vettings(),
            client: self.client,
        }
    }
    /// The `FetchBrandRegistrations` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::BrandRegistrationContext::fetch) (`GET /v1/a2p/BrandRegistrations/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::BrandRegistrations>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// The `UpdateBrandRegistrations` operation.
    ///
    /// Waits for the async [`update`](crate::messaging_v1::BrandRegistrationContext::update) (`POST /v1/a2p/BrandRegistrations/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::BrandRegistrations>, crate::Error> {
        self.client.wait(self.inner.update())
    }
}
/// The sms otp resources.
///
/// The blocking [`SmsOtpList`](crate::messaging_v1::SmsOtpList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct SmsOtpList<'a> {
    pub(crate) inner: crate::messaging_v1::SmsOtpList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> SmsOtpList<'a> {
    /// The `CreateBrandRegistrationOtp` operation.
    ///
    /// Waits for the async [`create`](crate::messaging_v1::SmsOtpList::create) (`POST /v1/a2p/BrandRegistrations/{BrandRegistrationSid}/SmsOtp`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
    ) -> Result<
        crate::Response<crate::messaging_v1::BrandRegistrationOtp>,
        crate::Error,
    > {
        self.client.wait(self.inner.create())
    }
}
/// A vetting and what it contains.
///
/// The blocking [`VettingContext`](crate::messaging_v1::VettingContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct VettingContext<'a> {
    pub(crate) inner: crate::messaging_v1::VettingContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> VettingContext<'a> {
    /// The `FetchBrandVetting` operation.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::VettingContext::fetch) (`GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings/{BrandVettingSid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::messaging_v1::BrandVetting>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
}
/// The vetting resources.
///
/// The blocking [`VettingList`](crate::messaging_v1::VettingList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct VettingList<'a> {
    pub(crate) inner: crate::messaging_v1::VettingList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> VettingList<'a> {
    /// The `ListBrandVetting` operation.
    ///
    /// Waits for the async [`list`](crate::messaging_v1::VettingList::list) (`GET /v1/a2p/BrandRegistrations/{BrandSid}/Vettings`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::messaging_v1::ListBrandVettingParams,
    ) -> Result<Vec<crate::messaging_v1::BrandVetting>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListBrandVettingParams,
    ) -> crate::blocking::Iter<'a, crate::messaging_v1::BrandVetting> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::messaging_v1::ListBrandVettingParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::messaging_v1::ListBrandVettingResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// The `CreateBrandVetting` operation.
    ///
    /// Waits for the async [`create`](crate::messaging_v1::VettingList::create) (`POST /v1/a2p/BrandRegistrations/{BrandSid}/Vettings`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::messaging_v1::CreateBrandVettingParams,
    ) -> Result<crate::Response<crate::messaging_v1::BrandVetting>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// The brand registration resources.
///
/// The blocking [`BrandRegistrationList`](crate::messaging_v1::BrandRegistrationList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct BrandRegistrationList<'a> {
    pub(crate) inner: crate::messaging_v1::BrandRegistrationList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> BrandRegistrationList<'a> {
    /// The `ListBrandRegistrations` operation.
    ///
    /// Waits for the async [`list`](crate::messaging_v1::BrandRegistrationList::list) (`GET /v1/a2p/BrandRegistrations`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::messaging_v1::ListBrandRegistrationsParams,
    ) -> Result<Vec<crate::messaging_v1::BrandRegistrations>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListBrandRegistrationsParams,
    ) -> crate::blocking::Iter<'a, crate::messaging_v1::BrandRegistrations> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::messaging_v1::ListBrandRegistrationsParams,
    ) -> Result<
        crate::blocking::Page<
            'a,
            crate::messaging_v1::ListBrandRegistrationsResponseBody,
        >,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// The `CreateBrandRegistrations` operation.
    ///
    /// Waits for the async [`create`](crate::messaging_v1::BrandRegistrationList::create) (`POST /v1/a2p/BrandRegistrations`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::messaging_v1::CreateBrandRegistrationsParams,
    ) -> Result<crate::Response<crate::messaging_v1::BrandRegistrations>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
