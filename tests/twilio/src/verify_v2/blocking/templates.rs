//! The blocking handles of the `templates` resources.
/// The template resources.
///
/// The blocking [`TemplateList`](crate::verify_v2::TemplateList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct TemplateList<'a> {
    pub(crate) inner: crate::verify_v2::TemplateList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> TemplateList<'a> {
    /// List all the available templates for a given Account.
    ///
    /// Waits for the async [`list`](crate::verify_v2::TemplateList::list) (`GET /v2/Templates`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::verify_v2::ListVerificationTemplateParams,
    ) -> Result<Vec<crate::verify_v2::VerificationTemplate>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListVerificationTemplateParams,
    ) -> crate::blocking::Iter<'a, crate::verify_v2::VerificationTemplate> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::verify_v2::ListVerificationTemplateParams,
    ) -> Result<
        crate::blocking::Page<
            'a,
            crate::verify_v2::ListVerificationTemplateResponseBody,
        >,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
}
