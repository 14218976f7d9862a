//! The blocking handles of the `attempts` resources.
/// An attempt and what it contains.
///
/// The blocking [`AttemptContext`](crate::verify_v2::AttemptContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct AttemptContext<'a> {
    pub(crate) inner: crate::verify_v2::AttemptContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> AttemptContext<'a> {
    /// Fetch a specific verification attempt.
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::AttemptContext::fetch) (`GET /v2/Attempts/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::verify_v2::VerificationAttempt>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
}
/// The attempt resources.
///
/// The blocking [`AttemptList`](crate::verify_v2::AttemptList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct AttemptList<'a> {
    pub(crate) inner: crate::verify_v2::AttemptList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> AttemptList<'a> {
    /// The summary resources.
    ///
    /// The blocking [`SummaryList`](crate::verify_v2::SummaryList).
    pub fn summary(&self) -> crate::verify_v2::blocking::SummaryList<'a> {
        crate::verify_v2::blocking::SummaryList {
            inner: self.inner.summary(),
            client: self.client,
        }
    }
    /// List all the verification attempts for a given Account.
    ///
    /// Waits for the async [`list`](crate::verify_v2::AttemptList::list) (`GET /v2/Attempts`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::verify_v2::ListVerificationAttemptParams,
    ) -> Result<Vec<crate::verify_v2::VerificationAttempt>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::verify_v2::ListVerificationAttemptParams,
    ) -> crate::blocking::Iter<'a, crate::verify_v2::VerificationAttempt> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::verify_v2::ListVerificationAttemptParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::verify_v2::ListVerificationAttemptResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
}
/// The summary resources.
///
/// The blocking [`SummaryList`](crate::verify_v2::SummaryList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct SummaryList<'a> {
    pub(crate) inner: crate::verify_v2::SummaryList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> SummaryList<'a> {
    /// Get a summary of how many attempts were made and how many were converted.
    ///
    /// Waits for the async [`fetch`](crate::verify_v2::SummaryList::fetch) (`GET /v2/Attempts/Summary`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
        params: crate::verify_v2::FetchVerificationAttemptsSummaryParams,
    ) -> Result<
        crate::Response<crate::verify_v2::VerificationAttemptsSummary>,
        crate::Error,
    > {
        self.client.wait(self.inner.fetch(params))
    }
}
