//! The blocking handles of `api_v2010` (features `blocking` and `api_v2010`): each waits for its
//! answer; [`blocking::Client::api_v2010`](crate::blocking::Client::api_v2010) gives the first.
#[rustfmt::skip]
mod available_phone_numbers;
#[rustfmt::skip]
mod calls;
pub use available_phone_numbers::*;
pub use calls::*;
/// Twilio - Api (`api_v2010`): where its navigation starts, from [`Client::api_v2010`](crate::Client::api_v2010) (feature `api_v2010`).
///
/// Generated from `twilio_api_v2010.json`.
///
/// The blocking [`ApiV2010`](crate::api_v2010::ApiV2010): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct ApiV2010<'a> {
    pub(crate) inner: crate::api_v2010::ApiV2010<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> ApiV2010<'a> {
    /// An account and what it contains.
    ///
    /// The blocking [`AccountContext`](crate::api_v2010::AccountContext).
    pub fn account(
        &self,
        account_sid: &crate::AccountSid,
    ) -> crate::api_v2010::blocking::AccountContext<'a> {
        crate::api_v2010::blocking::AccountContext {
            inner: self.inner.account(account_sid),
            client: self.client,
        }
    }
}
impl<'a> ApiV2010<'a> {
    /// The client's own account: the one whose SID the client was built with.
    pub fn default_account(&self) -> crate::api_v2010::blocking::AccountContext<'a> {
        crate::api_v2010::blocking::AccountContext {
            inner: self.inner.default_account(),
            client: self.client,
        }
    }
    /// An available phone number and what it contains.
    ///
    /// The blocking [`AvailablePhoneNumberContext`](crate::api_v2010::AvailablePhoneNumberContext).
    pub fn available_phone_number(
        &self,
        country_code: &str,
    ) -> crate::api_v2010::blocking::AvailablePhoneNumberContext<'a> {
        crate::api_v2010::blocking::AvailablePhoneNumberContext {
            inner: self.inner.available_phone_number(country_code),
            client: self.client,
        }
    }
    /// A call and what it contains.
    ///
    /// The blocking [`CallContext`](crate::api_v2010::CallContext).
    pub fn call(
        &self,
        call_sid: &crate::CallSid,
    ) -> crate::api_v2010::blocking::CallContext<'a> {
        crate::api_v2010::blocking::CallContext {
            inner: self.inner.call(call_sid),
            client: self.client,
        }
    }
    /// The call resources.
    ///
    /// The blocking [`CallList`](crate::api_v2010::CallList).
    pub fn calls(&self) -> crate::api_v2010::blocking::CallList<'a> {
        crate::api_v2010::blocking::CallList {
            inner: self.inner.calls(),
            client: self.client,
        }
    }
}
/// An account and what it contains.
///
/// The blocking [`AccountContext`](crate::api_v2010::AccountContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct AccountContext<'a> {
    pub(crate) inner: crate::api_v2010::AccountContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> AccountContext<'a> {
    /// An available phone number and what it contains.
    ///
    /// The blocking [`AvailablePhoneNumberContext`](crate::api_v2010::AvailablePhoneNumberContext).
    pub fn available_phone_number(
        &self,
        country_code: &str,
    ) -> crate::api_v2010::blocking::AvailablePhoneNumberContext<'a> {
        crate::api_v2010::blocking::AvailablePhoneNumberContext {
            inner: self.inner.available_phone_number(country_code),
            client: self.client,
        }
    }
    /// A call and what it contains.
    ///
    /// The blocking [`CallContext`](crate::api_v2010::CallContext).
    pub fn call(
        &self,
        call_sid: &crate::CallSid,
    ) -> crate::api_v2010::blocking::CallContext<'a> {
        crate::api_v2010::blocking::CallContext {
            inner: self.inner.call(call_sid),
            client: self.client,
        }
    }
    /// The call resources.
    ///
    /// The blocking [`CallList`](crate::api_v2010::CallList).
    pub fn calls(&self) -> crate::api_v2010::blocking::CallList<'a> {
        crate::api_v2010::blocking::CallList {
            inner: self.inner.calls(),
            client: self.client,
        }
    }
}
