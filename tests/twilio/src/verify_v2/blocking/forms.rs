//! The blocking handles of the `forms` resources.
/// A form and what it contains.
///
/// The blocking [`FormContext`](crate::verify_v2::FormContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct FormContext<'a> {
    pub(crate) inner: crate::verify_v2::FormContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> FormContext<'a> {
    /// Fetch the forms for a specific Form Type.
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::FormContext::fetch) (`GET /v2/Forms/{FormType}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::Form>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
}
