//! How to reach each operation from the [`Client`](crate::Client), and the operations'
//! parameters: a module per top-level resource.
#[rustfmt::skip]
mod attempts;
#[rustfmt::skip]
mod forms;
#[rustfmt::skip]
mod safe_list;
#[rustfmt::skip]
mod services;
#[rustfmt::skip]
mod templates;
pub use attempts::*;
pub use forms::*;
pub use safe_list::*;
pub use services::*;
pub use templates::*;
/// Twilio - Verify (`verify_v2`): where its navigation starts, from [`Client::verify_v2`](crate::Client::verify_v2) (feature `verify_v2`).
///
/// Generated from `twilio_verify_v2.json`.
#[derive(Clone)]
pub struct VerifyV2<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for VerifyV2<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyV2").finish_non_exhaustive()
    }
}
impl<'a> VerifyV2<'a> {
    /// An attempt and what it contains.
    pub fn attempt(
        &self,
        attempt_sid: &crate::VerificationAttemptSid,
    ) -> crate::verify_v2::AttemptContext<'a> {
        crate::verify_v2::AttemptContext {
            client: self.client,
            attempt_sid: attempt_sid.clone(),
        }
    }
    /// The attempt resources.
    pub fn attempts(&self) -> crate::verify_v2::AttemptList<'a> {
        crate::verify_v2::AttemptList {
            client: self.client,
        }
    }
    /// A form and what it contains.
    pub fn form(
        &self,
        form_type: &crate::verify_v2::FormFormTypes,
    ) -> crate::verify_v2::FormContext<'a> {
        crate::verify_v2::FormContext {
            client: self.client,
            form_type: form_type.clone(),
        }
    }
    /// The safe list resources.
    pub fn safe_list(&self) -> crate::verify_v2::SafeListList<'a> {
        crate::verify_v2::SafeListList {
            client: self.client,
        }
    }
    /// A service and what it contains.
    pub fn service(
        &self,
        service_sid: &crate::ServiceSid,
    ) -> crate::verify_v2::ServiceContext<'a> {
        crate::verify_v2::ServiceContext {
            client: self.client,
            service_sid: service_sid.clone(),
        }
    }
    /// The service resources.
    pub fn services(&self) -> crate::verify_v2::ServiceList<'a> {
        crate::verify_v2::ServiceList {
            client: self.client,
        }
    }
    /// The template resources.
    pub fn templates(&self) -> crate::verify_v2::TemplateList<'a> {
        crate::verify_v2::TemplateList {
            client: self.client,
        }
    }
}
