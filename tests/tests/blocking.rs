//! The blocking client (feature `blocking`) as a program without an async runtime uses it,
//! against wiremock on 127.0.0.1: every kind of method (create, fetch, delete, list, stream,
//! page), its retries, hooks that change every attempt, and use from inside an async runtime.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use twilio_api_v2010::blocking::Client;
use twilio_api_v2010::{
    CallSid, CreateUserDefinedMessageSubscriptionParams, ListCallParams, RetryPolicy,
    UserDefinedMessageSubscriptionSid,
};
use wiremock::matchers::{header, method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const SUB: &str = "ZYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALLS: &str = "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls.json";

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

    fn client(&self) -> Client {
        Client::builder()
            .account_sid(ACCOUNT)
            .auth_token("token")
            .base_url(self.mock.uri())
            .retry_policy(
                RetryPolicy::default()
                    .base_delay(Duration::from_millis(5))
                    .max_delay(Duration::from_millis(20)),
            )
            .build()
            .expect("client")
    }
}

fn call(n: usize) -> serde_json::Value {
    serde_json::json!({"sid": format!("CA{n:032x}"), "account_sid": ACCOUNT, "status": "completed"})
}

/// Three pages of two calls, linked by `next_page_uri`.
fn three_pages(server: &Server) {
    for page in 0..3usize {
        let next = (page < 2).then(|| {
            format!(
                "{CALLS}?PageSize=2&Page={}&PageToken=PA{}",
                page + 1,
                page + 1
            )
        });
        let body = serde_json::json!({"calls": [call(page * 2), call(page * 2 + 1)], "next_page_uri": next});
        let mock = Mock::given(method("GET")).and(path(CALLS));
        let mock = if page == 0 {
            mock.and(query_param_is_missing("PageToken"))
        } else {
            mock.and(query_param("PageToken", format!("PA{page}")))
        };
        server.mount(mock.respond_with(ResponseTemplate::new(200).set_body_json(body)));
    }
}

#[test]
fn every_kind_of_method_works_without_an_async_runtime() {
    let server = Server::start();
    let subs =
        format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/UserDefinedMessageSubscriptions.json");
    server.mount(
        Mock::given(method("POST"))
            .and(path(subs.as_str()))
            .respond_with(
                ResponseTemplate::new(201)
                    .set_body_json(serde_json::json!({"sid": SUB, "call_sid": CALL})),
            ),
    );
    server.mount(
        Mock::given(method("DELETE"))
            .and(path(format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/UserDefinedMessageSubscriptions/{SUB}.json")))
            .respond_with(ResponseTemplate::new(204)),
    );
    server.mount(
        Mock::given(method("GET"))
            .and(path(format!(
                "/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}.json"
            )))
            .respond_with(ResponseTemplate::new(200).set_body_json(call(0xaa))),
    );
    three_pages(&server);
    let client = server.client();
    let call_sid: CallSid = CALL.parse().expect("sid");

    let created = client
        .call(&call_sid)
        .user_defined_message_subscriptions()
        .create(CreateUserDefinedMessageSubscriptionParams::new(
            "https://example.com/cb",
        ))
        .expect("created");
    assert_eq!(created.status(), 201);
    let sid: UserDefinedMessageSubscriptionSid = created.sid.clone().expect("a SID");
    let deleted = client
        .call(&call_sid)
        .user_defined_message_subscription(&sid)
        .delete()
        .expect("deleted");
    assert_eq!(deleted.status(), 204);
    let fetched = client.call(&call_sid).fetch().expect("fetched");
    assert_eq!(
        fetched.sid.as_ref().map(|s| s.as_str()),
        Some(format!("CA{:032x}", 0xaa).as_str())
    );

    // A list across pages, a limit that stops mid-way, a stream page by page, one page.
    let all = client
        .calls()
        .list(ListCallParams::new().page_size(2))
        .expect("listed");
    assert_eq!(all.len(), 6);
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
    assert_eq!(
        second.items()[0].sid.as_ref().map(|s| s.as_str()),
        Some(format!("CA{:032x}", 2).as_str())
    );
    // The validation of the async client: nothing is sent for a malformed callback.
    let refused = client
        .call(&call_sid)
        .user_defined_message_subscriptions()
        .create(CreateUserDefinedMessageSubscriptionParams::new("not a url"));
    assert!(
        matches!(refused, Err(twilio_api_v2010::Error::Validation(_))),
        "{refused:?}"
    );
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
