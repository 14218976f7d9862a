//! The blocking client (feature `blocking`) as a program without an async runtime uses it,
//! against the crate's typed mock and wiremock on 127.0.0.1: every kind of method (create, fetch, delete, list, stream,
//! page), its retries, hooks that change every attempt, and use from inside an async runtime.

use std::sync::{Arc, Mutex};

use twilio_api_v2010::blocking::Client;
use twilio_api_v2010::{
    Call, CallSid, CreateUserDefinedMessageSubscriptionParams, ListCallParams,
    UserDefinedMessageSubscription, UserDefinedMessageSubscriptionSid,
};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const SUB: &str = "ZYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// A mock server on a runtime of its own, so that the test's thread has none.
struct Server {
    runtime: tokio::runtime::Runtime,
    mock: MockServer,
}

impl Server {
    fn start() -> Server {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let mock = runtime.block_on(MockServer::start());
        Server { runtime, mock }
    }

    fn mount(&self, mock: Mock) {
        self.runtime.block_on(mock.mount(&self.mock));
    }

    fn requests(&self) -> Vec<wiremock::Request> {
        self.runtime
            .block_on(self.mock.received_requests())
            .unwrap_or_default()
    }
}

fn call(n: usize) -> serde_json::Value {
    serde_json::json!({"sid": format!("CA{n:032x}"), "account_sid": ACCOUNT, "status": "completed"})
}

fn typed_call(n: usize) -> Call {
    let mut call = Call::default();
    call.sid = Some(format!("CA{n:032x}").parse().expect("a call SID"));
    call
}

#[test]
fn every_kind_of_method_works_without_an_async_runtime() {
    // The crate's typed mock serves on a thread of its own: this runtime only starts it, and
    // the test's thread calls the blocking client with no runtime of its own.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let server = runtime.block_on(twilio_api_v2010::mock::MockServer::start());
    let call_sid: CallSid = CALL.parse().expect("sid");
    let sid: UserDefinedMessageSubscriptionSid = SUB.parse().expect("sid");
    let mut subscription = UserDefinedMessageSubscription::default();
    subscription.sid = Some(sid.clone());
    let created_mock = server
        .create_user_defined_message_subscription()
        .respond(subscription);
    let deleted_mock = server
        .delete_user_defined_message_subscription()
        .times(1)
        .respond(());
    server.fetch_call().respond(typed_call(0xaa));
    // Six calls, served two to a page with Twilio's links.
    server
        .list_call()
        .respond_items((0..6).map(typed_call).collect());
    let client = server.blocking_client();

    let created = client
        .call(&call_sid)
        .user_defined_message_subscriptions()
        .create(CreateUserDefinedMessageSubscriptionParams::new(
            "https://example.com/cb",
        ))
        .expect("created");
    assert_eq!(created.status(), 201);
    assert_eq!(created.sid.as_ref(), Some(&sid));
    assert_eq!(
        created_mock.received()[0].callback.as_str(),
        "https://example.com/cb"
    );
    let deleted = client
        .call(&call_sid)
        .user_defined_message_subscription(&sid)
        .delete()
        .expect("deleted");
    assert_eq!(deleted.status(), 204);
    assert_eq!(deleted_mock.received().len(), 1);
    let fetched = client.call(&call_sid).fetch().expect("fetched");
    assert_eq!(*fetched, typed_call(0xaa));

    // A list across pages, a limit that stops mid-way, a stream page by page, one page.
    let all = client
        .calls()
        .list(ListCallParams::new().page_size(2))
        .expect("listed");
    assert_eq!(all, (0..6).map(typed_call).collect::<Vec<_>>());
    let five = client
        .calls()
        .list(ListCallParams::new().page_size(2).limit(5))
        .expect("limited");
    assert_eq!(five.len(), 5);
    let streamed: Vec<_> = client
        .calls()
        .stream(ListCallParams::new().page_size(2))
        .collect::<Result<_, _>>()
        .expect("streamed");
    assert_eq!(streamed.len(), 6);
    let first = client
        .calls()
        .page(ListCallParams::new().page_size(2))
        .expect("a page");
    assert_eq!(first.items().len(), 2);
    let second = first.next_page().expect("the next").expect("there is one");
    assert_eq!(second.items(), &[typed_call(2), typed_call(3)][..]);
    // The validation of the async client: nothing is sent for a malformed callback.
    let refused = client
        .call(&call_sid)
        .user_defined_message_subscriptions()
        .create(CreateUserDefinedMessageSubscriptionParams::new("not a url"));
    assert!(
        matches!(refused, Err(twilio_api_v2010::Error::Validation(_))),
        "{refused:?}"
    );
    assert_eq!(
        created_mock.received().len(),
        1,
        "the refused one was not sent"
    );
    server.verify();
}

#[test]
fn retries_and_hooks_are_the_async_clients() {
    let server = Server::start();
    let calls = format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}.json");
    // A 503 first, then the answer: a GET is retried, and each attempt carries the hook's
    // header with the attempt's number.
    server.mount(
        Mock::given(method("GET"))
            .and(path(calls.as_str()))
            .and(header("x-attempt", "1"))
            .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "0")),
    );
    server.mount(
        Mock::given(method("GET"))
            .and(path(calls.as_str()))
            .and(header("x-attempt", "2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(call(1))),
    );
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let attempts = Arc::new(Mutex::new(0u32));
    let (a, b) = (seen.clone(), seen.clone());
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("token")
        .base_url(server.mock.uri())
        .on_request(move |request| {
            let mut n = attempts.lock().expect("lock");
            *n += 1;
            request
                .headers_mut()
                .insert("x-attempt", n.to_string().parse().expect("header"));
            a.lock().expect("lock").push(format!("request {n}"));
        })
        .on_response(move |response| {
            b.lock()
                .expect("lock")
                .push(format!("answer {}", response.status().as_u16()));
        })
        .build()
        .expect("client");
    let fetched = client
        .call(&CALL.parse().expect("sid"))
        .fetch()
        .expect("on the second attempt");
    assert_eq!(fetched.status(), 200);
    assert_eq!(
        *seen.lock().expect("lock"),
        ["request 1", "answer 503", "request 2", "answer 200"]
    );
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn inside_an_async_runtime_it_works_and_never_panics() {
    // A program that has a runtime after all (a test, a handler): the blocking client waits
    // on a thread of its own rather than nesting runtimes.
    let mock = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(call(3)))
        .mount(&mock)
        .await;
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("token")
        .base_url(mock.uri())
        .build()
        .expect("client");
    let fetched =
        tokio::task::spawn_blocking(move || client.call(&CALL.parse().expect("sid")).fetch())
            .await
            .expect("the task")
            .expect("fetched");
    assert_eq!(fetched.status(), 200);
    // And straight on the runtime's own thread.
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("token")
        .base_url(mock.uri())
        .build()
        .expect("client");
    let fetched = client
        .call(&CALL.parse().expect("sid"))
        .fetch()
        .expect("fetched");
    assert_eq!(fetched.status(), 200);
    drop(client);
}
