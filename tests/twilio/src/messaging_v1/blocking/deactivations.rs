//! The blocking handles of the `deactivations` resources.
/// The deactivation resources.
///
/// The blocking [`DeactivationList`](crate::messaging_v1::DeactivationList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct DeactivationList<'a> {
    pub(crate) inner: crate::messaging_v1::DeactivationList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> DeactivationList<'a> {
    /// Fetch a list of all United States numbers that have been deactivated on a specific date.
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::DeactivationList::fetch) (`GET /v1/Deactivations`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
        params: crate::messaging_v1::FetchDeactivationParams,
    ) -> Result<crate::Response<crate::messaging_v1::Deactivation>, crate::Error> {
        self.client.wait(self.inner.fetch(params))
    }
}
