//! The blocking handles of the `calls` resources.
/// A call and what it contains.
///
/// The blocking [`CallContext`](crate::api_v2010::CallContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct CallContext<'a> {
    pub(crate) inner: crate::api_v2010::CallContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> CallContext<'a> {
    /// An user defined message subscription and what it contains.
    ///
    /// The blocking [`UserDefinedMessageSubscriptionContext`](crate::api_v2010::UserDefinedMessageSubscriptionContext).
    pub fn user_defined_message_subscription(
        &self,
        user_defined_message_subscription_sid: &crate::UserDefinedMessageSubscriptionSid,
    ) -> crate::api_v2010::blocking::UserDefinedMessageSubscriptionContext<'a> {
        crate::api_v2010::blocking::UserDefinedMessageSubscriptionContext {
            inner: self
                .inner
                .user_defined_message_subscription(
                    user_defined_message_subscription_sid,
                ),
            client: self.client,
        }
    }
    /// The user defined message subscription resources.
    ///
    /// The blocking [`UserDefinedMessageSubscriptionList`](crate::api_v2010::UserDefinedMessageSubscriptionList).
    pub fn user_defined_message_subscriptions(
        &self,
    ) -> crate::api_v2010::blocking::UserDefinedMessageSubscriptionList<'a> {
        crate::api_v2010::blocking::UserDefinedMessageSubscriptionList {
            inner: self.inner.user_defined_message_subscriptions(),
            client: self.client,
        }
    }
    /// The user defined message resources.
    ///
    /// The blocking [`UserDefinedMessageList`](crate::api_v2010::UserDefinedMessageList).
    pub fn user_defined_messages(
        &self,
    ) -> crate::api_v2010::blocking::UserDefinedMessageList<'a> {
        crate::api_v2010::blocking::UserDefinedMessageList {
            inner: self.inner.user_defined_messages(),
            client: self.client,
        }
    }
    /// Fetch the call specified by the provided Call SID
    ///
    /// Waits for the async [`fetch`](crate::api_v2010::CallContext::fetch) (`GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn fetch(
        &self,
    ) -> Result<crate::Response<crate::api_v2010::Call>, crate::Error> {
        self.client.wait(self.inner.fetch())
    }
}
/// The call resources.
///
/// The blocking [`CallList`](crate::api_v2010::CallList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct CallList<'a> {
    pub(crate) inner: crate::api_v2010::CallList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> CallList<'a> {
    /// Retrieves a collection of calls made to and from your account
    ///
    /// Waits for the async [`list`](crate::api_v2010::CallList::list) (`GET /2010-04-01/Accounts/{AccountSid}/Calls.json`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn list(
        &self,
        params: crate::api_v2010::ListCallParams,
    ) -> Result<Vec<crate::api_v2010::Call>, crate::Error> {
        self.client.wait(self.inner.list(params))
    }
    /// The items of [`list`](Self::list) one by one: a page is fetched only when the iterator reaches it; an error ends it.
    pub fn stream(
        &self,
        params: crate::api_v2010::ListCallParams,
    ) -> crate::blocking::Iter<'a, crate::api_v2010::Call> {
        crate::blocking::Iter::new(self.client, self.inner.stream(params))
    }
    /// The first page of [`list`](Self::list), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn page(
        &self,
        params: crate::api_v2010::ListCallParams,
    ) -> Result<
        crate::blocking::Page<'a, crate::api_v2010::ListCallResponseBody>,
        crate::Error,
    > {
        self.client
            .wait(self.inner.page(params))
            .map(|page| crate::blocking::Page::new(self.client, page))
    }
    /// Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections
    ///
    /// Waits for the async [`create`](crate::api_v2010::CallList::create) (`POST /2010-04-01/Accounts/{AccountSid}/Calls.json`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::api_v2010::CreateCallParams,
    ) -> Result<crate::Response<crate::api_v2010::Call>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
/// An user defined message subscription and what it contains.
///
/// The blocking [`UserDefinedMessageSubscriptionContext`](crate::api_v2010::UserDefinedMessageSubscriptionContext): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct UserDefinedMessageSubscriptionContext<'a> {
    pub(crate) inner: crate::api_v2010::UserDefinedMessageSubscriptionContext<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> UserDefinedMessageSubscriptionContext<'a> {
    /// Delete a specific User Defined Message Subscription.
    ///
    /// Waits for the async [`delete`](crate::api_v2010::UserDefinedMessageSubscriptionContext::delete) (`DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn delete(&self) -> Result<crate::Response<()>, crate::Error> {
        self.client.wait(self.inner.delete())
    }
}
/// The user defined message subscription resources.
///
/// The blocking [`UserDefinedMessageSubscriptionList`](crate::api_v2010::UserDefinedMessageSubscriptionList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct UserDefinedMessageSubscriptionList<'a> {
    pub(crate) inner: crate::api_v2010::UserDefinedMessageSubscriptionList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> UserDefinedMessageSubscriptionList<'a> {
    /// Subscribe to User Defined Messages for a given Call SID.
    ///
    /// Waits for the async [`create`](crate::api_v2010::UserDefinedMessageSubscriptionList::create) (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::api_v2010::CreateUserDefinedMessageSubscriptionParams,
    ) -> Result<
        crate::Response<crate::api_v2010::UserDefinedMessageSubscription>,
        crate::Error,
    > {
        self.client.wait(self.inner.create(params))
    }
}
/// The user defined message resources.
///
/// The blocking [`UserDefinedMessageList`](crate::api_v2010::UserDefinedMessageList): the same accessors and operations, each waiting for its answer.
#[derive(Clone, Debug)]
pub struct UserDefinedMessageList<'a> {
    pub(crate) inner: crate::api_v2010::UserDefinedMessageList<'a>,
    pub(crate) client: &'a crate::blocking::Client,
}
impl<'a> UserDefinedMessageList<'a> {
    /// Create a new User Defined Message for the given Call SID.
    ///
    /// Waits for the async [`create`](crate::api_v2010::UserDefinedMessageList::create) (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json`).
    ///
    /// # Errors
    ///
    /// As the async method's.
    pub fn create(
        &self,
        params: crate::api_v2010::CreateUserDefinedMessageParams,
    ) -> Result<crate::Response<crate::api_v2010::UserDefinedMessage>, crate::Error> {
        self.client.wait(self.inner.create(params))
    }
}
