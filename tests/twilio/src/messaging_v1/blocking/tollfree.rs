//! The blocking handles of the `tollfree` resources.
/// The tollfree resources.
///
/// The blocking [`TollfreeList`](crate::messaging_v1::TollfreeList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct TollfreeList<'a> {
    pub(crate) inner: crate::messaging_v1::TollfreeList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> TollfreeList<'a> {
    /// A verification and what it contains.
    ///
    /// The blocking [`VerificationContext`](crate::messaging_v1::VerificationContext).
    pub fn verification(
        &self,
        verification_sid: &crate::TollfreeVerificationSid,
    ) -> crate::messaging_v1::blocking::VerificationContext<'a> {
        crate::messaging_v1::blocking::VerificationContext {
            inner: self.inner.verification(verification_sid),
            client: self.client,
        }
    }
    /// The verification resources.
    ///
    /// The blocking [`VerificationList`](crate::messaging_v1::VerificationList).
    pub fn verifications(&self) -> crate::messaging_v1::blocking::VerificationList<'a> {
        crate::messaging_v1::blocking::VerificationList {
            inner: self.inner.verifications(),
            client: self.client,
        }
    }
}
/// A verification and what it contains.
///
/// The blocking [`VerificationContext`](crate::messaging_v1::VerificationContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct VerificationContext<'a> {
    pub(crate) inner: crate::messaging_v1::VerificationContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> VerificationContext<'a> {
    /// Retrieve a tollfree verification
    ///
    /// Waits for the async [`fetch`](crate::messaging_v1::VerificationContext::fetch) (`GET /v1/Tollfree/Verifications/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<
        crate::Response<crate::messaging_v1::TollfreeVerification>,
        crate::Error,
    > {
        self.client.wait(self.inner.fetch())
    }
    /// Edit a tollfree verification
    ///
    /// Waits for the async [`update`](crate::messaging_v1::VerificationContext::update) (`POST /v1/Tollfree/Verifications/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn update(
        &self,
        params: crate::messaging_v1::UpdateTollfreeVerificationParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::TollfreeVerification>,
        crate::Error,
    > {
        self.client.wait(self.inner.update(params))
    }
    /// Delete a tollfree verification
    ///
    /// Waits for the async [`delete`](crate::messaging_v1::VerificationContext::delete) (`DELETE /v1/Tollfree/Verifications/{Sid}`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The verification resources.
///
/// The blocking [`VerificationList`](crate::messaging_v1::VerificationList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct VerificationList<'a> {
    pub(crate) inner: crate::messaging_v1::VerificationList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> VerificationList<'a> {
    /// List tollfree verifications
    ///
    /// Waits for the async [`list`](crate::messaging_v1::VerificationList::list) (`GET /v1/Tollfree/Verifications`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::messaging_v1::ListTollfreeVerificationParams,
    ) -> Result<Vec<crate::messaging_v1::TollfreeVerification>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::messaging_v1::ListTollfreeVerificationParams,
    ) -> crate::blocking::Iter<'a, crate::messaging_v1::TollfreeVerification> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::messaging_v1::ListTollfreeVerificationParams,
    ) -> Result<
        crate::blocking::Page<
            'a,
            crate::messaging_v1::ListTollfreeVerificationResponseBody,
        >,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// Create a tollfree verification
    ///
    /// Waits for the async [`create`](crate::messaging_v1::VerificationList::create) (`POST /v1/Tollfree/Verifications`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::messaging_v1::CreateTollfreeVerificationParams,
    ) -> Result<
        crate::Response<crate::messaging_v1::TollfreeVerification>,
        crate::Error,
    > {
        self.client.wait(self.inner.create(params))
    }
}
