//! The blocking handles of the `safe_list` resources.
/// The safe list resources.
///
/// The blocking [`SafeListList`](crate::verify_v2::SafeListList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct SafeListList<'a> {
    pub(crate) inner: crate::verify_v2::SafeListList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> SafeListList<'a> {
    /// A number and what it contains.
    ///
    /// The blocking [`NumberContext`](crate::verify_v2::NumberContext).
    pub fn number(
        &self,
        phone_number: &str,
    ) -> crate::verify_v2::blocking::NumberContext<'a> {
        crate::verify_v2::blocking::NumberContext {
            inner: self.inner.number(phone_number),
            client: self.client,
        }
    }
    /// The number resources.
    ///
    /// The blocking [`NumberList`](crate::verify_v2::NumberList).
    pub fn numbers(&self) -> crate::verify_v2::blocking::NumberList<'a> {
        crate::verify_v2::blocking::NumberList {
            inner: self.inner.numbers(),
            client: self.client,
        }
    }
}
/// A number and what it contains.
///
/// The blocking [`NumberContext`](crate::verify_v2::NumberContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct NumberContext<'a> {
    pub(crate) inner: crate::verify_v2::NumberContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> NumberContext<'a> {
    /// Check if a phone number exists in SafeList.
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::NumberContext::fetch) (`GET /v2/SafeList/Numbers/{PhoneNumber}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Safelist>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
    /// Remove a phone number from SafeList.
    ///
    /// Waits for the async [`delete`](crate::verify_v2::NumberContext::delete) (`DELETE /v2/SafeList/Numbers/{PhoneNumber}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The number resources.
///
/// The blocking [`NumberList`](crate::verify_v2::NumberList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct NumberList<'a> {
    pub(crate) inner: crate::verify_v2::NumberList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> NumberList<'a> {
    /// Add a new phone number to SafeList.
    ///
    /// Waits for the async [`create`](crate::verify_v2::NumberList::create) (`POST /v2/SafeList/Numbers`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::verify_v2::CreateSafelistParams,
    ) -> Result<crate::Response<crate::verify_v2::Safelist>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
