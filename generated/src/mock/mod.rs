//! A typed mock of the API (feature `mock`), to test the code that calls it without the
//! network or real credentials.
//!
//! [`MockServer::start`] serves on 127.0.0.1, on a free port; [`MockServer::client`] is a
//! client aimed at it with test credentials. Each operation has a method on the server, its
//! `operationId` in snake_case, that mounts a [`Mock`]: `when` matches requests by their
//! parameters, read back into the operation's own parameters struct; `times` expects a
//! number of them; `respond` answers with the operation's success status and a value written
//! as the API writes it (`respond_error`, `respond_status`, `respond_raw` and, for a list,
//! `respond_items` for the rest). Answers are given in order, the last repeating. A request
//! without credentials gets a 401, one that no mock matches a 404 in the API's error form;
//! [`MockServer::verify`] panics, naming them, and each `times` not met.
//!
//! ```no_run
//! # async fn example() {
//! let server = twilio_api_v2010::mock::MockServer::start().await;
//! let client = server.client();
//! // Mount mocks with the server's methods, run the code under test with `client`…
//! # let _ = client;
//! server.verify();
//! # }
//! ```
#[rustfmt::skip]
mod server;
pub use server::*;
/// Every operation's route: a request is the operation whose route matches it most
/// specifically, whether its mock is mounted or not.
static ROUTES: [Route; 7] = [
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
/// The routes the server matches requests against.
fn routes() -> Vec<&'static Route> {
    ROUTES.iter().collect()
}
impl MockServer {
    /// Mounts a mock of `ListAvailablePhoneNumberLocal` (`GET /2010-04-01/Accounts/{AccountSid}/AvailablePhoneNumbers/{CountryCode}/Local.json`); `respond_items` serves a list of items page by page.
    pub fn list_available_phone_number_local(
        &self,
    ) -> Mock<
        crate::ListAvailablePhoneNumberLocalParams,
        crate::ListAvailablePhoneNumberLocalResponseBody,
        Items<crate::AvailablePhoneNumberLocal>,
    > {
        self.mock(&ROUTES[0])
    }
    /// Mounts a mock of `ListCall` (`GET /2010-04-01/Accounts/{AccountSid}/Calls.json`): Retrieves a collection of calls made to and from your account; `respond_items` serves a list of items page by page.
    pub fn list_call(
        &self,
    ) -> Mock<crate::ListCallParams, crate::ListCallResponseBody, Items<crate::Call>> {
        self.mock(&ROUTES[1])
    }
    /// Mounts a mock of `CreateCall` (`POST /2010-04-01/Accounts/{AccountSid}/Calls.json`): Create a new outgoing call to phones, SIP-enabled endpoints or Twilio Client connections.
    pub fn create_call(&self) -> Mock<crate::CreateCallParams, crate::Call> {
        self.mock(&ROUTES[2])
    }
    /// Mounts a mock of `CreateUserDefinedMessageSubscription` (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json`): Subscribe to User Defined Messages for a given Call SID.
    pub fn create_user_defined_message_subscription(
        &self,
    ) -> Mock<
        crate::CreateUserDefinedMessageSubscriptionParams,
        crate::UserDefinedMessageSubscription,
    > {
        self.mock(&ROUTES[3])
    }
    /// Mounts a mock of `DeleteUserDefinedMessageSubscription` (`DELETE /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json`): Delete a specific User Defined Message Subscription.
    pub fn delete_user_defined_message_subscription(&self) -> Mock<(), ()> {
        self.mock(&ROUTES[4])
    }
    /// Mounts a mock of `CreateUserDefinedMessage` (`POST /2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json`): Create a new User Defined Message for the given Call SID.
    pub fn create_user_defined_message(
        &self,
    ) -> Mock<crate::CreateUserDefinedMessageParams, crate::UserDefinedMessage> {
        self.mock(&ROUTES[5])
    }
    /// Mounts a mock of `FetchCall` (`GET /2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json`): Fetch the call specified by the provided Call SID.
    pub fn fetch_call(&self) -> Mock<(), crate::Call> {
        self.mock(&ROUTES[6])
    }
}
