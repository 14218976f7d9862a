//! The blocking handles of `verify_v2` (features `blocking` and `verify_v2`): each waits for its
//! answer; [`blocking::Client::verify_v2`](crate::blocking::Client::verify_v2) gives the first.
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
///
/// The blocking [`VerifyV2`](crate::verify_v2::VerifyV2): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct VerifyV2<'a> {
    pub(crate) inner: crate::verify_v2::VerifyV2<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> VerifyV2<'a> {
    /// An attempt and what it contains.
    ///
    /// The blocking [`AttemptContext`](crate::verify_v2::AttemptContext).
    pub fn attempt(
        &self,
        attempt_sid: &crate::VerificationAttemptSid,
    ) -> crate::verify_v2::blocking::AttemptContext<'a> {
        crate::verify_v2::blocking::AttemptContext {
            inner: self.inner.attempt(attempt_sid),
            client: self.client,
        }
    }
    /// The attempt resources.
    ///
    /// The blocking [`AttemptList`](crate::verify_v2::AttemptList).
    pub fn attempts(&self) -> crate::verify_v2::blocking::AttemptList<'a> {
        crate::verify_v2::blocking::AttemptList {
            inner: self.inner.attempts(),
            client: self.client,
        }
    }
    /// A form and what it contains.
    ///
    /// The blocking [`FormContext`](crate::verify_v2::FormContext).
    pub fn form(
        &self,
        form_type: &crate::verify_v2::FormFormTypes,
    ) -> crate::verify_v2::blocking::FormContext<'a> {
        crate::verify_v2::blocking::FormContext {
            inner: self.inner.form(form_type),
            client: self.client,
        }
    }
    /// The safe list resources.
    ///
    /// The blocking [`SafeListList`](crate::verify_v2::SafeListList).
    pub fn safe_list(&self) -> crate::verify_v2::blocking::SafeListList<'a> {
        crate::verify_v2::blocking::SafeListList {
            inner: self.inner.safe_list(),
            client: self.client,
        }
    }
    /// A service and what it contains.
    ///
    /// The blocking [`ServiceContext`](crate::verify_v2::ServiceContext).
    pub fn service(
        &self,
        service_sid: &crate::ServiceSid,
    ) -> crate::verify_v2::blocking::ServiceContext<'a> {
        crate::verify_v2::blocking::ServiceContext {
            inner: self.inner.service(service_sid),
            client: self.client,
        }
    }
    /// The service resources.
    ///
    /// The blocking [`ServiceList`](crate::verify_v2::ServiceList).
    pub fn services(&self) -> crate::verify_v2::blocking::ServiceList<'a> {
        crate::verify_v2::blocking::ServiceList {
            inner: self.inner.services(),
            client: self.client,
        }
    }
    /// The template resources.
    ///
    /// The blocking [`TemplateList`](crate::verify_v2::TemplateList).
    pub fn templates(&self) -> crate::verify_v2::blocking::TemplateList<'a> {
        crate::verify_v2::blocking::TemplateList {
            inner: self.inner.templates(),
            client: self.client,
        }
    }
}
