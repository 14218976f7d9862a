//! The blocking handles of the `available_phone_numbers` resources.
/// An available phone number and what it contains.
///
/// The blocking [`AvailablePhoneNumberContext`](crate::AvailablePhoneNumberContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct AvailablePhoneNumberContext<'a> {
    pub(crate) inner: crate::AvailablePhoneNumberContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> AvailablePhoneNumberContext<'a> {
    /// The local resources.
    ///
    /// The blocking [`LocalList`](crate::LocalList).
    pub fn local(&self) -> crate::blocking::LocalList<'a> {
        crate::blocking::LocalList {
            inner: self.inner.local(),
            client: self.client,
        }
    }
}
/// The local resources.
///
/// The blocking [`LocalList`](crate::LocalList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct LocalList<'a> {
    pub(crate) inner: crate::LocalList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> LocalList<'a> {
    /// The `ListAvailablePhoneNumberLocal` operation.
    ///
    /// Waits for the async [`list`](crate::LocalList::list) (`GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::ListAvailablePhoneNumberLocalParams,
    ) -> Result<Vec<crate::AvailablePhoneNumberLocal>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::ListAvailablePhoneNumberLocalParams,
    ) -> crate::blocking::Iter<'a, crate::AvailablePhoneNumberLocal> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::ListAvailablePhoneNumberLocalParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::ListAvailablePhoneNumberLocalResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
}
