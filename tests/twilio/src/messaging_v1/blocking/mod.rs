//! The blocking handles of `messaging_v1` (features `blocking` and `messaging_v1`): each waits for its
//! answer; [`blocking::Client::messaging_v1`](crate::blocking::Client::messaging_v1) gives the first.
#[rustfmt::skip]
mod deactivations;
#[rustfmt::skip]
mod link_shortening;
#[rustfmt::skip]
mod services;
#[rustfmt::skip]
mod tollfree;
#[rustfmt::skip]
mod a2p;
pub use deactivations::*;
pub use link_shortening::*;
pub use services::*;
pub use tollfree::*;
pub use a2p::*;
/// Twilio - Messaging (`messaging_v1`): where its navigation starts, from [`Client::messaging_v1`](crate::Client::messaging_v1) (feature `messaging_v1`).
///
/// Generated from `twilio_messaging_v1.json`.
///
/// The blocking [`MessagingV1`](crate::messaging_v1::MessagingV1): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct MessagingV1<'a> {
    pub(crate) inner: crate::messaging_v1::MessagingV1<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> MessagingV1<'a> {
    /// The a2p resources.
    ///
    /// The blocking [`A2pList`](crate::messaging_v1::A2pList).
    pub fn a2p(&self) -> crate::messaging_v1::blocking::A2pList<'a> {
        crate::messaging_v1::blocking::A2pList {
            inner: self.inner.a2p(),
            client: self.client,
        }
    }
    /// The deactivation resources.
    ///
    /// The blocking [`DeactivationList`](crate::messaging_v1::DeactivationList).
    pub fn deactivations(&self) -> crate::messaging_v1::blocking::DeactivationList<'a> {
        crate::messaging_v1::blocking::DeactivationList {
            inner: self.inner.deactivations(),
            client: self.client,
        }
    }
    /// The link shortening resources.
    ///
    /// The blocking [`LinkShorteningList`](crate::messaging_v1::LinkShorteningList).
    pub fn link_shortening(
        &self,
    ) -> crate::messaging_v1::blocking::LinkShorteningList<'a> {
        crate::messaging_v1::blocking::LinkShorteningList {
            inner: self.inner.link_shortening(),
            client: self.client,
        }
    }
    /// A service and what it contains.
    ///
    /// The blocking [`ServiceContext`](crate::messaging_v1::ServiceContext).
    pub fn service(
        &self,
        service_sid: &crate::MessagingServiceSid,
    ) -> crate::messaging_v1::blocking::ServiceContext<'a> {
        crate::messaging_v1::blocking::ServiceContext {
            inner: self.inner.service(service_sid),
            client: self.client,
        }
    }
    /// The service resources.
    ///
    /// The blocking [`ServiceList`](crate::messaging_v1::ServiceList).
    pub fn services(&self) -> crate::messaging_v1::blocking::ServiceList<'a> {
        crate::messaging_v1::blocking::ServiceList {
            inner: self.inner.services(),
            client: self.client,
        }
    }
    /// The tollfree resources.
    ///
    /// The blocking [`TollfreeList`](crate::messaging_v1::TollfreeList).
    pub fn tollfree(&self) -> crate::messaging_v1::blocking::TollfreeList<'a> {
        crate::messaging_v1::blocking::TollfreeList {
            inner: self.inner.tollfree(),
            client: self.client,
        }
    }
}
