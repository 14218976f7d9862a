//! The typed mock of `api_v2010` (features `mock` and `api_v2010`): a method per operation on the
//! type [`MockServer::api_v2010`](crate::mock::MockServer::api_v2010) gives, each mounting a [`Mock`].
use crate::mock::*;
/// Every operation's route: a request is the operation whose route matches it most
/// specifically, whether its mock is mounted or not.
pub(crate) static ROUTES: [Route; 7] = [
    Route {
        operation_id: "ListAvailablePhoneNumberLocal",
        method: "GET",
        template: "/2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "available_phone_numbers",
            next: NextLink::Field("next_page_uri"),
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "ListCall",
        method: "GET",
        template: "/2010-04-01/Accounts/{AccountSid}/Calls.json",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: Some(Pages {
            items: "calls",
            next: NextLink::Field("next_page_uri"),
            page_size: Some("PageSize"),
        }),
    },
    Route {
        operation_id: "CreateCall",
        method: "POST",
        template: "/2010-04-01/Accounts/{AccountSid}/Calls.json",
        base: "",
        media: "application/json",
        required: 2,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "CreateUserDefinedMessageSubscription",
        method: "POST",
        template: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "DeleteUserDefinedMessageSubscription",
        method: "DELETE",
        template: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json",
        base: "",
        media: "application/json",
        required: 0,
        status: 204,
        reply: Reply::Nothing,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "CreateUserDefinedMessage",
        method: "POST",
        template: "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json",
        base: "",
        media: "application/json",
        required: 1,
        status: 201,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
    Route {
        operation_id: "FetchCall",
        method: "GET",
        template: "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json",
        base: "",
        media: "application/json",
        required: 0,
        status: 200,
        reply: Reply::Json,
        security: None,
        pages: None,
    },
];
/// The mocks of `api_v2010`'s operations, on the server that gave it.
#[derive(Clone, Copy, Debug)]
pub struct ApiV2010<'s> {
    pub(crate) server: &'s MockServer,
}
impl ApiV2010<'_> {
    /// Mounts a mock of `ListAvailablePhoneNumberLocal` (`GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json`); `respond_items` serves a list of items page by page.
    pub fn list_available_phone_number_local(
        &self,
    ) -> Mock<
        crate::api_v2010::ListAvailablePhoneNumberLocalParams,
        crate::api_v2010::ListAvailablePhoneNumberLocalResponseBody,
        Items<crate::api_v2010::AvailablePhoneNumberLocal>,
    > {
        self.server.mock(&ROUTES[0])
    }
    /// Mounts a mock of `ListCall` (`GET /2010-04-01/Accounts/{AccountSid}/Calls.json`): Retrieves a collection of calls made to and from your account; `respond_items` serves a list of items page by page.
    pub fn list_call(
        &self,
    ) -> Mock<
        crate::api_v2010::ListCallParams,
        crate::api_v2010::ListCallResponseBody,
        Items<crate::api_v2010::Call>,
    > {
        self.server.mock(&ROUTES[1])
    }
    /// Mounts a mock of `CreateCall` (`POST /2010-04-01/Accounts/{AccountSid}/Calls.json`): Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections.
    pub fn create_call(
        &self,
    ) -> Mock<crate::api_v2010::CreateCallParams, crate::api_v2010::Call> {
        self.server.mock(&ROUTES[2])
    }
    /// Mounts a mock of `CreateUserDefinedMessageSubscription` (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json`): Subscribe to User Defined Messages for a given Call SID.
    pub fn create_user_defined_message_subscription(
        &self,
    ) -> Mock<
        crate::api_v2010::CreateUserDefinedMessageSubscriptionParams,
        crate::api_v2010::UserDefinedMessageSubscription,
    > {
        self.server.mock(&ROUTES[3])
    }
    /// Mounts a mock of `DeleteUserDefinedMessageSubscription` (`DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json`): Delete a specific User Defined Message Subscription.
    pub fn delete_user_defined_message_subscription(&self) -> Mock<(), ()> {
        self.server.mock(&ROUTES[4])
    }
    /// Mounts a mock of `CreateUserDefinedMessage` (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json`): Create a new User Defined Message for the given Call SID.
    pub fn create_user_defined_message(
        &self,
    ) -> Mock<
        crate::api_v2010::CreateUserDefinedMessageParams,
        crate::api_v2010::UserDefinedMessage,
    > {
        self.server.mock(&ROUTES[5])
    }
    /// Mounts a mock of `FetchCall` (`GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`): Fetch the call specified by the provided Call SID.
    pub fn fetch_call(&self) -> Mock<(), crate::api_v2010::Call> {
        self.server.mock(&ROUTES[6])
    }
}
