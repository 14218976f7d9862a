//! How to reach each operation from the [`Client`](crate::Client), and the operations'
//! parameters: a module per top-level resource.
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
#[derive(Clone)]
pub struct MessagingV1<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for MessagingV1<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MessagingV1").finish_non_exhaustive()
    }
}
impl<'a> MessagingV1<'a> {
    /// The a2p resources.
    pub fn a2p(&self) -> crate::messaging_v1::A2pList<'a> {
        crate::messaging_v1::A2pList {
            client: self.client,
        }
    }
    /// The deactivation resources.
    pub fn deactivations(&self) -> crate::messaging_v1::DeactivationList<'a> {
        crate::messaging_v1::DeactivationList {
            client: self.client,
        }
    }
    /// The link shortening resources.
    pub fn link_shortening(&self) -> crate::messaging_v1::LinkShorteningList<'a> {
        crate::messaging_v1::LinkShorteningList {
            client: self.client,
        }
    }
    /// A service and what it contains.
    pub fn service(
        &self,
        service_sid: &crate::MessagingServiceSid,
    ) -> crate::messaging_v1::ServiceContext<'a> {
        crate::messaging_v1::ServiceContext {
            client: self.client,
            service_sid: service_sid.clone(),
        }
    }
    /// The service resources.
    pub fn services(&self) -> crate::messaging_v1::ServiceList<'a> {
        crate::messaging_v1::ServiceList {
            client: self.client,
        }
    }
    /// The tollfree resources.
    pub fn tollfree(&self) -> crate::messaging_v1::TollfreeList<'a> {
        crate::messaging_v1::TollfreeList {
            client: self.client,
        }
    }
}
