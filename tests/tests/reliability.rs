//! What a production client must be able to count on: safe retries, hostile responses becoming
//! typed errors, no way for a value to escape its path segment, and no secret in any output.

use std::time::{Duration, Instant};

use proptest::prelude::*;
use twilio_api_v2010::{
    AccountSid, Body, CallSid, Client, CreateUserDefinedMessageParams,
    CreateUserDefinedMessageSubscriptionParams, Error, Request, RetryPolicy, Url,
    UserDefinedMessageSid, UserDefinedMessageSubscription, UserDefinedMessageSubscriptionSid,
    decode_response,
};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const TOKEN: &str = "auth-token-secret-0123456789";
const API_SECRET: &str = "api-key-secret-9876543210";
const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const SUB: &str = "ZYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .base_delay(Duration::from_millis(10))
        .max_delay(Duration::from_millis(40))
}

fn client(uri: &str, policy: RetryPolicy) -> Client {
    Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(uri)
        .retry_policy(policy)
        .build()
        .expect("client")
}

fn call() -> CallSid {
    CALL.parse().expect("sid")
}

fn subscription_params() -> CreateUserDefinedMessageSubscriptionParams {
    CreateUserDefinedMessageSubscriptionParams::new(
        Url::parse("https://example.com/cb").expect("url"),
    )
}

fn created() -> ResponseTemplate {
    ResponseTemplate::new(201)
        .set_body_json(serde_json::json!({"account_sid": ACCOUNT, "sid": SUB}))
}

fn key_of(request: &wiremock::Request) -> Option<String> {
    url::form_urlencoded::parse(&request.body)
        .find(|(k, _)| k == "IdempotencyKey")
        .map(|(_, v)| v.into_owned())
}

#[tokio::test]
async fn a_post_with_an_idempotency_key_is_retried_with_the_same_key() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(created())
        .mount(&server)
        .await;
    let made = client(&server.uri(), fast_retries())
        .call(&call())
        .user_defined_message_subscriptions()
        .create(subscription_params())
        .await
        .expect("third time lucky");
    assert_eq!(
        made.into_inner().sid.map(String::from).as_deref(),
        Some(SUB)
    );
    let requests = server.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 3);
    let keys: Vec<Option<String>> = requests.iter().map(key_of).collect();
    assert!(keys[0].is_some(), "the client made a key");
    assert!(
        keys.iter().all(|k| k == &keys[0]),
        "one key across all attempts: {keys:?}"
    );

    // A key the caller gave is the one sent every time.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(serde_json::json!({"sid": "KXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})),
        )
        .mount(&server)
        .await;
    client(&server.uri(), fast_retries())
        .call(&call())
        .user_defined_messages()
        .create(CreateUserDefinedMessageParams::new("{}").idempotency_key("mine"))
        .await
        .expect("sent");
    let keys: Vec<Option<String>> = server
        .received_requests()
        .await
        .expect("recorded")
        .iter()
        .map(key_of)
        .collect();
    assert_eq!(keys, vec![Some("mine".to_owned()), Some("mine".to_owned())]);
}

#[tokio::test]
async fn each_retryable_status_is_retried_and_attempts_are_bounded() {
    for status in [429, 500, 502, 503, 504] {
        let server = MockServer::start().await;
        Mock::given(method("DELETE"))
            .respond_with(ResponseTemplate::new(status))
            .mount(&server)
            .await;
        let sid: UserDefinedMessageSubscriptionSid = SUB.parse().expect("sid");
        let err = client(&server.uri(), fast_retries())
            .call(&call())
            .user_defined_message_subscription(&sid)
            .delete()
            .await
            .expect_err("always failing");
        assert_eq!(err.status(), Some(status));
        assert_eq!(
            server.received_requests().await.expect("recorded").len(),
            4,
            "{status}: at most 4 attempts in all"
        );
    }
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let sid: UserDefinedMessageSubscriptionSid = SUB.parse().expect("sid");
    let two = client(&server.uri(), fast_retries().max_attempts(2));
    let _ = two
        .call(&call())
        .user_defined_message_subscription(&sid)
        .delete()
        .await;
    assert_eq!(server.received_requests().await.expect("recorded").len(), 2);
    let off = client(&server.uri(), RetryPolicy::none());
    let _ = off
        .call(&call())
        .user_defined_message_subscription(&sid)
        .delete()
        .await;
    assert_eq!(
        server.received_requests().await.expect("recorded").len(),
        3,
        "turned off: one attempt"
    );
}

#[tokio::test]
async fn other_4xx_are_never_retried() {
    for status in [400, 401, 403, 404, 409, 422] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(status).set_body_json(
                serde_json::json!({"code": 20001, "message": "no", "status": status}),
            ))
            .mount(&server)
            .await;
        let err = client(&server.uri(), fast_retries())
            .call(&call())
            .user_defined_message_subscriptions()
            .create(subscription_params())
            .await
            .expect_err("refused");
        assert_eq!(err.code(), Some(20001));
        assert_eq!(
            server.received_requests().await.expect("recorded").len(),
            1,
            "{status} is final"
        );
    }
}

fn raw(method: reqwest::Method, idempotent: bool) -> Request {
    Request {
        method,
        server: "https://api.twilio.com",
        template: "/2010-04-01/Accounts/{AccountSid}/Things.json",
        path: "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Things.json".to_owned(),
        query: Vec::new(),
        headers: Vec::new(),
        body: Body::Empty,
        success: 0,
        idempotent,
        accept: "application/json",
        security: None,
    }
}

#[tokio::test]
async fn gets_are_retried_and_posts_without_a_key_are_not() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(500))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"ok": true})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    let client = client(&server.uri(), fast_retries());
    let value: serde_json::Value = client
        .call_json::<serde_json::Value>(raw(reqwest::Method::GET, true))
        .await
        .expect("second attempt")
        .into_inner();
    assert_eq!(value["ok"], true);
    let err = client
        .call_json::<serde_json::Value>(raw(reqwest::Method::POST, false))
        .await
        .expect_err("503");
    assert_eq!(err.status(), Some(503));
    let posts = server
        .received_requests()
        .await
        .expect("recorded")
        .iter()
        .filter(|r| r.method.as_str() == "POST")
        .count();
    assert_eq!(
        posts, 1,
        "a POST without an idempotency key is never repeated"
    );
}

/// How long creating a subscription took when the server first answered `first`, then 201.
async fn time_until_created_after(first: ResponseTemplate) -> Duration {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(first)
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(created())
        .mount(&server)
        .await;
    let started = Instant::now();
    client(&server.uri(), fast_retries())
        .call(&call())
        .user_defined_message_subscriptions()
        .create(subscription_params())
        .await
        .expect("after waiting");
    started.elapsed()
}

#[tokio::test]
async fn retry_after_is_honoured_up_to_a_cap() {
    // Seconds.
    let waited =
        time_until_created_after(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
            .await;
    assert!(waited >= Duration::from_millis(950), "waited {waited:?}");

    // An HTTP date, two seconds ahead (whole seconds, so at least one second away).
    let when = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(2));
    let waited = time_until_created_after(
        ResponseTemplate::new(503).insert_header("Retry-After", when.as_str()),
    )
    .await;
    assert!(waited >= Duration::from_millis(900), "waited {waited:?}");

    // Longer than the cap: no retry.
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "3600"))
        .mount(&server)
        .await;
    let err = client(
        &server.uri(),
        fast_retries().max_retry_after(Duration::from_secs(5)),
    )
    .call(&call())
    .user_defined_message_subscriptions()
    .create(subscription_params())
    .await
    .expect_err("not waiting an hour");
    assert_eq!(err.status(), Some(429));
    assert_eq!(server.received_requests().await.expect("recorded").len(), 1);
}

#[tokio::test]
async fn connection_errors_are_retried() {
    // Nothing listens on the port at first; the server comes up while the client backs off.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
    let address = listener.local_addr().expect("address");
    drop(listener);
    let starting = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let listener = std::net::TcpListener::bind(address).expect("rebind");
        let server = MockServer::builder().listener(listener).start().await;
        Mock::given(method("DELETE"))
            .respond_with(ResponseTemplate::new(204))
            .mount(&server)
            .await;
        server
    });
    let policy = RetryPolicy::default()
        .base_delay(Duration::from_millis(200))
        .max_delay(Duration::from_millis(400))
        .max_attempts(6);
    let sid: UserDefinedMessageSubscriptionSid = SUB.parse().expect("sid");
    client(&format!("http://{address}"), policy)
        .call(&call())
        .user_defined_message_subscription(&sid)
        .delete()
        .await
        .expect("succeeds once the server is up");
    let server = starting.await.expect("server task");
    assert_eq!(server.received_requests().await.expect("recorded").len(), 1);
}

#[tokio::test]
async fn hostile_responses_become_typed_errors() {
    // (Fields of the wrong type in a JSON object are not errors: tests/tests/twilio_answers.rs.)
    let big = format!("{{\"sid\": \"{}\"}}", "x".repeat(4096));
    let cases: Vec<(&str, ResponseTemplate)> = vec![
        (
            "truncated JSON",
            ResponseTemplate::new(201)
                .set_body_raw(br#"{"account_sid": "ACaaaa"#.to_vec(), "application/json"),
        ),
        (
            "HTML error page",
            ResponseTemplate::new(201)
                .set_body_raw(b"<html><body>oops</body></html>".to_vec(), "text/html"),
        ),
        (
            "body over the limit",
            ResponseTemplate::new(201).set_body_raw(big.into_bytes(), "application/json"),
        ),
        (
            "a JSON array",
            ResponseTemplate::new(201).set_body_json(serde_json::json!([1, 2, 3])),
        ),
        (
            "invalid UTF-8",
            ResponseTemplate::new(201).set_body_raw(vec![0xff, 0xfe, b'{'], "application/json"),
        ),
    ];
    for (what, response) in cases {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(response)
            .mount(&server)
            .await;
        let client = Client::builder()
            .account_sid(ACCOUNT)
            .auth_token(TOKEN)
            .base_url(server.uri())
            .max_response_bytes(1024)
            .build()
            .expect("client");
        let err = client
            .call(&call())
            .user_defined_message_subscriptions()
            .create(subscription_params())
            .await
            .expect_err(what);
        match err {
            Error::Undecodable(e) => {
                assert_eq!(e.status, 201, "{what}");
                assert!(e.body.len() <= 1024, "{what}");
            }
            other => panic!("{what}: expected an undecodable response, got {other:?}"),
        }
    }
}

#[tokio::test]
async fn a_success_without_a_body_is_a_success_with_no_value() {
    // 204, 205 or an empty 2xx: the API did what was asked and said nothing of it, whatever the
    // spec declared; the resource reads as one with no fields, the status and headers are kept.
    for status in [200, 201, 204, 205] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(status).insert_header("x-request-id", "rq-1"))
            .mount(&server)
            .await;
        let created = client(&server.uri(), RetryPolicy::none())
            .call(&call())
            .user_defined_message_subscriptions()
            .create(subscription_params())
            .await
            .unwrap_or_else(|e| panic!("{status}: {e}"));
        assert_eq!(created.status(), status);
        assert_eq!(*created, UserDefinedMessageSubscription::default());
        assert!(created.body().is_empty());
        assert_eq!(created.request_id(), Some("rq-1"));
    }
}

proptest! {
    /// Arbitrary bytes with any status decode to a value or an error, never a panic.
    #[test]
    fn decoding_arbitrary_bytes_never_panics(status in 100u16..600, body in proptest::collection::vec(any::<u8>(), 0..256)) {
        let result = decode_response::<UserDefinedMessageSubscription>(status, &body, 0);
        if !(200..300).contains(&status) {
            prop_assert!(result.is_err());
        }
        if let Err(Error::Undecodable(e)) = &result {
            prop_assert!(e.body.len() <= 1024);
        }
    }

    /// Arbitrary JSON objects with the resource's field names decode or fail cleanly.
    #[test]
    fn decoding_arbitrary_json_never_panics(sid in "\\PC{0,40}", date in "\\PC{0,40}", extra in any::<i64>()) {
        let body = serde_json::json!({"sid": sid, "date_created": date, "account_sid": extra, "uri": null}).to_string();
        let _ = decode_response::<UserDefinedMessageSubscription>(201, body.as_bytes(), 0);
    }

    /// A call SID is accepted exactly when it is `CA` and 32 hexadecimal digits (either case,
    /// as the spec's pattern has it): a valid SID, or one with a single character changed to
    /// any printable one (a letter past `f`, a slash, another prefix).
    #[test]
    fn sids_are_accepted_exactly_by_their_rule(digits in "[0-9a-f]{32}", at in 0usize..34, printable in 32u8..127, change in any::<bool>()) {
        let mut bytes = format!("CA{digits}").into_bytes();
        if change {
            bytes[at] = printable;
        }
        let text = String::from_utf8(bytes).expect("ASCII");
        let rule = text.starts_with("CA")
            && text[2..].bytes().all(|b| b.is_ascii_hexdigit());
        prop_assert_eq!(text.parse::<CallSid>().is_ok(), rule, "{}", text);
    }

    /// A string accepted as a SID is 34 letters and digits: nothing that could leave a path
    /// segment (`/`, `..`, `?`, `#`, `%`).
    #[test]
    fn accepted_sids_are_path_safe(text in "\\PC{0,40}") {
        if let Ok(sid) = text.parse::<CallSid>() {
            prop_assert_eq!(sid.as_str().len(), 34);
            prop_assert!(sid.as_str().bytes().all(|b| b.is_ascii_alphanumeric()));
        }
    }
}

#[test]
fn no_way_of_making_a_sid_lets_path_characters_through() {
    let hostile = [
        "CA/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "CA..aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "CA?aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "CA#aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "CA%2Faaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "CA%aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "../../../../../../../../../../etc/",
    ];
    for value in hostile {
        assert_eq!(
            value.len(),
            34,
            "{value}: the length alone must not be what rejects it"
        );
        assert!(CallSid::new(value).is_err(), "new: {value}");
        assert!(value.parse::<CallSid>().is_err(), "FromStr: {value}");
        assert!(CallSid::try_from(value).is_err(), "TryFrom<&str>: {value}");
        assert!(
            CallSid::try_from(value.to_owned()).is_err(),
            "TryFrom<String>: {value}"
        );
        assert!(
            serde_json::from_value::<CallSid>(serde_json::json!(value)).is_err(),
            "Deserialize: {value}"
        );
        assert!(AccountSid::new(value.replacen("CA", "AC", 1)).is_err());
        assert!(UserDefinedMessageSubscriptionSid::new(value.replacen("CA", "ZY", 1)).is_err());
        assert!(UserDefinedMessageSid::new(value.replacen("CA", "KX", 1)).is_err());
        // Inside a response, too: the field reads as absent (the answer itself decodes).
        let body = serde_json::json!({"call_sid": value}).to_string();
        let decoded = decode_response::<UserDefinedMessageSubscription>(201, body.as_bytes(), 0)
            .expect("decodes");
        assert_eq!(decoded.call_sid, None, "{value}");
    }
    // Path values that are not SIDs are percent-encoded as one segment; dots too, so that `..`
    // is never a dot-segment that a URL parser would resolve.
    assert_eq!(
        twilio_api_v2010::formats::path_segment("a/../b?c#d%e"),
        "a%2F%2E%2E%2Fb%3Fc%23d%25e"
    );
    assert_eq!(twilio_api_v2010::formats::path_segment(".."), "%2E%2E");
}

#[tokio::test]
async fn no_output_shows_a_secret() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(format!(
            "/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/UserDefinedMessages.json"
        )))
        .respond_with(ResponseTemplate::new(401).set_body_json(
            serde_json::json!({"code": 20003, "message": "Authenticate", "status": 401}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(502).set_body_string("<html>bad gateway</html>"))
        .mount(&server)
        .await;
    let basic = {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(format!("{ACCOUNT}:{TOKEN}"))
    };
    let with_token = client(&server.uri(), RetryPolicy::none());
    let with_key = Client::builder()
        .account_sid(ACCOUNT)
        .api_key("SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", API_SECRET)
        .base_url(server.uri())
        .build()
        .expect("client");
    let builder = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .api_key("SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", API_SECRET);

    let mut outputs = vec![
        format!("{with_token:?}"),
        format!("{with_key:?}"),
        format!("{builder:?}"),
        format!("{:?}", with_token.call(&call())),
    ];
    let calls = with_token.call(&call());
    let api = calls
        .user_defined_messages()
        .create(CreateUserDefinedMessageParams::new("{}"))
        .await
        .expect_err("401");
    let sid: UserDefinedMessageSubscriptionSid = SUB.parse().expect("sid");
    let undecodable = calls
        .user_defined_message_subscription(&sid)
        .delete()
        .await
        .expect_err("502");
    let validation = calls
        .user_defined_message_subscriptions()
        .create(CreateUserDefinedMessageSubscriptionParams::new(
            Url::parse("https://bad_host.example/").expect("url"),
        ))
        .await
        .expect_err("invalid");
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port");
    let transport = client(&format!("http://{closed}"), RetryPolicy::none())
        .call(&call())
        .user_defined_messages()
        .create(CreateUserDefinedMessageParams::new("{}"))
        .await
        .expect_err("refused");
    let config = Client::builder()
        .account_sid("bad")
        .auth_token(TOKEN)
        .build()
        .expect_err("bad SID");
    for e in [api, undecodable, validation, transport, config] {
        outputs.push(format!("{e}"));
        outputs.push(format!("{e:?}"));
    }
    for text in &outputs {
        assert!(!text.contains(TOKEN), "the Auth Token leaked: {text}");
        assert!(!text.contains(API_SECRET), "the API secret leaked: {text}");
        assert!(
            !text.contains(&basic) && !text.to_ascii_lowercase().contains("authorization"),
            "the Authorization header leaked: {text}"
        );
    }
}
