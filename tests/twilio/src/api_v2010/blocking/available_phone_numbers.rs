//! The blocking handles of the `available_phone_numbers` resources.
/// An available phone number and what it contains.
///
/// The blocking [`AvailablePhoneNumberContext`](crate::api_v2010::AvailablePhoneNumberContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct AvailablePhoneNumberContext<'a> {
    pub(crate) inner: crate::api_v2010::AvailablePhoneNumberContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> AvailablePhoneNumberContext<'a> {
    /// The local resources.
    ///
    /// The blocking [`LocalList`](crate::api_v2010::LocalList).
    pub fn local(&self) -> crate::api_v2010::blocking::LocalList<'a> {
        crate::api_v2010::blocking::LocalList {
            inner: self.inner.local(),
            client: self.client,
        }
    }
}
/// The local resources.
///
/// The blocking [`LocalList`](crate::api_v2010::LocalList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct LocalList<'a> {
    pub(crate) inner: crate::api_v2010::LocalList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> LocalList<'a> {
    /// The `ListAvailablePhoneNumberLocal` operation.
    ///
    /// Waits for the async [`list`](crate::api_v2010::LocalList::list) (`GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::api_v2010::ListAvailablePhoneNumberLocalParams,
    ) -> Result<Vec<crate::api_v2010::AvailablePhoneNumberLocal>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::api_v2010::ListAvailablePhoneNumberLocalParams,
    ) -> crate::blocking::Iter<'a, crate::api_v2010::AvailablePhoneNumberLocal> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::api_v2010::ListAvailablePhoneNumberLocalParams,
    ) -> Result<
        crate::blocking::Page<
            'a,
            crate::api_v2010::ListAvailablePhoneNumberLocalResponseBody,
        >,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
}
