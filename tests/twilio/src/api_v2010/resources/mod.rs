//! How to reach each operation from the [`Client`](crate::Client), and the operations'
//! parameters: a module per top-level resource.
#[rustfmt::skip]
mod available_phone_numbers;
#[rustfmt::skip]
mod calls;
pub use available_phone_numbers::*;
pub use calls::*;
/// Twilio - Api (`api_v2010`): where its navigation starts, from [`Client::api_v2010`](crate::Client::api_v2010) (feature `api_v2010`).
///
/// Generated from `twilio_api_v2010.json`.
#[derive(Clone)]
pub struct ApiV2010<'a> {
    pub(crate) client: &'a crate::Client,
}
impl std::fmt::Debug for ApiV2010<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiV2010").finish_non_exhaustive()
    }
}
impl<'a> ApiV2010<'a> {
    /// An account and what it contains.
    pub fn account(
        &self,
        account_sid: &crate::AccountSid,
    ) -> crate::api_v2010::AccountContext<'a> {
        crate::api_v2010::AccountContext {
            client: self.client,
            account_sid: account_sid.clone(),
        }
    }
}
impl<'a> ApiV2010<'a> {
    /// The client's own account: the one whose SID the client was built with.
    pub fn default_account(&self) -> crate::api_v2010::AccountContext<'a> {
        crate::api_v2010::AccountContext {
            client: self.client,
            account_sid: crate::AccountSid::from_checked(
                self.client.account_sid().to_owned(),
            ),
        }
    }
    /// An available phone number and what it contains.
    ///
    /// In the client's own account; see [`account`](Self::account) for another.
    pub fn available_phone_number(
        &self,
        country_code: &str,
    ) -> crate::api_v2010::AvailablePhoneNumberContext<'a> {
        self.default_account().available_phone_number(country_code)
    }
    /// A call and what it contains.
    ///
    /// In the client's own account; see [`account`](Self::account) for another.
    pub fn call(&self, call_sid: &crate::CallSid) -> crate::api_v2010::CallContext<'a> {
        self.default_account().call(call_sid)
    }
    /// The call resources.
    ///
    /// In the client's own account; see [`account`](Self::account) for another.
    pub fn calls(&self) -> crate::api_v2010::CallList<'a> {
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
    ) -> crate::api_v2010::AvailablePhoneNumberContext<'a> {
        crate::api_v2010::AvailablePhoneNumberContext {
            client: self.client,
            account_sid: self.account_sid.clone(),
            country_code: country_code.to_owned(),
        }
    }
    /// A call and what it contains.
    pub fn call(&self, call_sid: &crate::CallSid) -> crate::api_v2010::CallContext<'a> {
        crate::api_v2010::CallContext {
            client: self.client,
            account_sid: self.account_sid.clone(),
            call_sid: call_sid.clone(),
        }
    }
    /// The call resources.
    pub fn calls(&self) -> crate::api_v2010::CallList<'a> {
        crate::api_v2010::CallList {
            client: self.client,
            account_sid: self.account_sid.clone(),
        }
    }
}
