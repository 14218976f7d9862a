//! The blocking client (feature `blocking`): the async client's navigation, parameters,
//! models and errors, each call waiting for its answer, for programs without an async
//! runtime (a command-line tool, a build script, a Lambda). It holds the async client and
//! waits for each of its calls on a runtime of its own: validation, retries, `Retry-After`,
//! paging, tracing and decoding are the async client's. Used inside an async runtime, it
//! waits on a thread of its own rather than panicking.
//!
//! ```no_run
//! let client = twilio_api_v2010::blocking::Client::from_env()?;
//! # let _ = client;
//! # Ok::<(), twilio_api_v2010::Error>(())
//! ```
#[rustfmt::skip]
mod available_phone_numbers;
#[rustfmt::skip]
mod calls;
pub use available_phone_numbers::*;
pub use calls::*;
#[rustfmt::skip]
mod client;
pub use client::*;
impl crate::blocking::Client {
    /// An account and what it contains.
    ///
    /// The blocking [`AccountContext`](crate::AccountContext).
    pub fn account(
        &self,
        account_sid: &crate::AccountSid,
    ) -> crate::blocking::AccountContext<'_> {
        crate::blocking::AccountContext {
            inner: self.inner.account(account_sid),
            client: self,
        }
    }
    /// The client's own account: the one whose SID the client was built with.
    pub fn default_account(&self) -> crate::blocking::AccountContext<'_> {
        crate::blocking::AccountContext {
            inner: self.inner.default_account(),
            client: self,
        }
    }
    /// An available phone number and what it contains.
    ///
    /// The blocking [`AvailablePhoneNumberContext`](crate::AvailablePhoneNumberContext).
    pub fn available_phone_number(
        &self,
        country_code: &str,
    ) -> crate::blocking::AvailablePhoneNumberContext<'_> {
        crate::blocking::AvailablePhoneNumberContext {
            inner: self.inner.available_phone_number(country_code),
            client: self,
        }
    }
    /// A call and what it contains.
    ///
    /// The blocking [`CallContext`](crate::CallContext).
    pub fn call(&self, call_sid: &crate::CallSid) -> crate::blocking::CallContext<'_> {
        crate::blocking::CallContext {
            inner: self.inner.call(call_sid),
            client: self,
        }
    }
    /// The call resources.
    ///
    /// The blocking [`CallList`](crate::CallList).
    pub fn calls(&self) -> crate::blocking::CallList<'_> {
        crate::blocking::CallList {
            inner: self.inner.calls(),
            client: self,
        }
    }
}
/// An account and what it contains.
///
/// The blocking [`AccountContext`](crate::AccountContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct AccountContext<'a> {
    pub(crate) inner: crate::AccountContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> AccountContext<'a> {
    /// An available phone number and what it contains.
    ///
    /// The blocking [`AvailablePhoneNumberContext`](crate::AvailablePhoneNumberContext).
    pub fn available_phone_number(
        &self,
        country_code: &str,
    ) -> crate::blocking::AvailablePhoneNumberContext<'a> {
        crate::blocking::AvailablePhoneNumberContext {
            inner: self.inner.available_phone_number(country_code),
            client: self.client,
        }
    }
    /// A call and what it contains.
    ///
    /// The blocking [`CallContext`](crate::CallContext).
    pub fn call(&self, call_sid: &crate::CallSid) -> crate::blocking::CallContext<'a> {
        crate::blocking::CallContext {
            inner: self.inner.call(call_sid),
            client: self.client,
        }
    }
    /// The call resources.
    ///
    /// The blocking [`CallList`](crate::CallList).
    pub fn calls(&self) -> crate::blocking::CallList<'a> {
        crate::blocking::CallList {
            inner: self.inner.calls(),
            client: self.client,
        }
    }
}
