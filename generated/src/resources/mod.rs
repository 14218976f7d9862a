//! How to reach each operation from the [`Client`](crate::Client), and the operations'
//! parameters: a module per top-level resource.
#[rustfmt::skip]
mod available_phone_numbers;
#[rustfmt::skip]
mod calls;
pub use available_phone_numbers::*;
pub use calls::*;
impl crate::Client {
    /// An account and what it contains.
    pub fn account(&self, account_sid: &crate::AccountSid) -> crate::AccountContext<'_> {
        crate::AccountContext {
            client: self,
            account_sid: account_sid.clone(),
        }
    }
    /// The client's own account: the one whose SID the client was built with.
    pub fn default_account(&self) -> crate::AccountContext<'_> {
        crate::AccountContext {
            client: self,
            account_sid: crate::AccountSid::from_checked(self.account_sid().to_owned()),
        }
    }
    /// An available phone number and what it contains.
    ///
    /// In the client's own account; see [`Client::account`](crate::Client::account) for another.
    pub fn available_phone_number(
        &self,
        country_code: &str,
    ) -> crate::AvailablePhoneNumberContext<'_> {
        self.default_account().available_phone_number(country_code)
    }
    /// A call and what it contains.
    ///
    /// In the client's own account; see [`Client::account`](crate::Client::account) for another.
    pub fn call(&self, call_sid: &crate::CallSid) -> crate::CallContext<'_> {
        self.default_account().call(call_sid)
    }
    /// The call resources.
    ///
    /// In the client's own account; see [`Client::account`](crate::Client::account) for another.
    pub fn calls(&self) -> crate::CallList<'_> {
        self.default_account().calls()
    }
}
/// An account and what it contains.
#[derive(Clone)]
pub struct AccountContext<'a> {
    pub(crate) client: &'a crate::Client,
    pub(crate) account_sid: crate::AccountSid,
}
impl std::fmt::Debug for AccountContext<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccountContext")
            .field("account_sid", &self.account_sid)
            .finish_non_exhaustive()
    }
}
impl<'a> AccountContext<'a> {
    /// An available phone number and what it contains.
    pub fn available_phone_number(
        &self,
        country_code: &str,
    ) -> crate::AvailablePhoneNumberContext<'a> {
        crate::AvailablePhoneNumberContext {
            client: self.client,
            account_sid: self.account_sid.clone(),
            country_code: country_code.to_owned(),
        }
    }
    /// A call and what it contains.
    pub fn call(&self, call_sid: &crate::CallSid) -> crate::CallContext<'a> {
        crate::CallContext {
            client: self.client,
            account_sid: self.account_sid.clone(),
            call_sid: call_sid.clone(),
        }
    }
    /// The call resources.
    pub fn calls(&self) -> crate::CallList<'a> {
        crate::CallList {
            client: self.client,
            account_sid: self.account_sid.clone(),
        }
    }
}
