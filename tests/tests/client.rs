//! The generated client against a real HTTP server on 127.0.0.1 (wiremock): exact requests,
//! the spec's own example responses, Twilio's error bodies, and inputs that must never be sent.

use std::time::Duration;

use base64::Engine;
use twilio_api_v2010::{
    AccountSid, CallSid, Client, CreateCallParams, CreateUserDefinedMessageParams,
    CreateUserDefinedMessageSubscriptionParams, Error, Method, Url, UserDefinedMessageSid,
    UserDefinedMessageSubscriptionSid,
};
use wiremock::matchers::{header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const TOKEN: &str = "auth-token-that-must-stay-secret";
const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const SUBSCRIPTION: &str = "ZYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const SUBSCRIPTIONS_PATH: &str = "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/UserDefinedMessageSubscriptions.json";
const MESSAGES_PATH: &str = "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/UserDefinedMessages.json";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(server.uri())
        .build()
        .expect("valid client")
}

fn basic_auth() -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{ACCOUNT}:{TOKEN}"))
    )
}

/// Mounts a mock that answers `body` with 201, `times` times, only to a form POST to `url_path`
/// with the client's Basic credentials.
async fn expect_form_post(
    server: &MockServer,
    url_path: &str,
    body: &serde_json::Value,
    times: u64,
) {
    Mock::given(method("POST"))
        .and(path(url_path))
        .and(header("authorization", basic_auth().as_str()))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .respond_with(ResponseTemplate::new(201).set_body_json(body))
        .expect(times)
        .mount(server)
        .await;
}

fn call_sid() -> CallSid {
    CALL.parse().expect("valid call SID")
}

/// The example the spec gives for an operation's success response.
fn spec_example(spec_path: &str, method_name: &str, status: &str) -> serde_json::Value {
    let spec: serde_json::Value = serde_json::from_slice(
        &std::fs::read(tests::repo_root().join("spec/twilio_api_v2010.json")).expect("spec"),
    )
    .expect("spec is JSON");
    let examples = &spec["paths"][spec_path][method_name]["responses"][status]["content"]["application/json"]
        ["examples"];
    examples
        .as_object()
        .and_then(|m| m.values().next())
        .map(|e| e["value"].clone())
        .expect("the spec has an example")
}

fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.chars().all(|c| c.is_ascii_hexdigit() || c == '-')
        && text.matches('-').count() == 4
}

fn form_pairs(request: &Request) -> Vec<(String, String)> {
    url::form_urlencoded::parse(&request.body)
        .into_owned()
        .collect()
}

/// Form pairs as the decoded body gives them.
fn owned_pairs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[tokio::test]
async fn create_subscription_with_required_fields_only() {
    let server = MockServer::start().await;
    let example = spec_example(
        "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions.json",
        "post",
        "201",
    );
    expect_form_post(&server, SUBSCRIPTIONS_PATH, &example, 1).await;

    let callback =
        Url::parse("https://www.example.com/your-endpoint-that-can-receive-messages").expect("url");
    let created = client(&server)
        .call(&call_sid())
        .user_defined_message_subscriptions()
        .create(CreateUserDefinedMessageSubscriptionParams::new(callback))
        .await
        .expect("created");

    // Every field of the spec's example is decoded.
    assert_eq!(
        created.account_sid.as_ref().map(AccountSid::as_str),
        Some(ACCOUNT)
    );
    assert_eq!(created.call_sid.as_ref().map(CallSid::as_str), Some(CALL));
    assert_eq!(
        created
            .sid
            .as_ref()
            .map(UserDefinedMessageSubscriptionSid::as_str),
        Some(SUBSCRIPTION)
    );
    assert_eq!(created.uri.as_deref(), example["uri"].as_str());
    // The exact form: the callback, and the idempotency key the client made (so that a retry is
    // the same request to Twilio).
    let requests = server.received_requests().await.expect("recorded");
    let pairs = form_pairs(&requests[0]);
    assert_eq!(pairs.len(), 2, "{pairs:?}");
    assert_eq!(
        pairs[0],
        (
            "Callback".to_owned(),
            "https://www.example.com/your-endpoint-that-can-receive-messages".to_owned()
        )
    );
    assert_eq!(pairs[1].0, "IdempotencyKey");
    assert!(is_uuid(&pairs[1].1), "{pairs:?}");
    let date = created.date_created.expect("date_created");
    assert_eq!(
        (date.year(), u8::from(date.month()), date.day()),
        (2019, 12, 18)
    );
    assert_eq!((date.hour(), date.minute(), date.second()), (20, 2, 1));
}

#[tokio::test]
async fn create_subscription_with_every_optional_field() {
    let server = MockServer::start().await;
    expect_form_post(
        &server,
        SUBSCRIPTIONS_PATH,
        &serde_json::json!({
            "account_sid": ACCOUNT, "call_sid": CALL, "sid": SUBSCRIPTION,
            "date_created": "Fri, 2 Dec 2022 22:02:49 +0000", "uri": null
        }),
        1,
    )
    .await;

    let params = CreateUserDefinedMessageSubscriptionParams::new(
        Url::parse("http://www.example.com").expect("url"),
    )
    .method(Method::Get)
    .idempotency_key("key-1");
    let created = client(&server)
        .call(&call_sid())
        .user_defined_message_subscriptions()
        .create(params)
        .await
        .expect("created");
    // One-digit days and null fields decode.
    assert_eq!(created.date_created.map(|d| d.day()), Some(2));
    assert_eq!(created.uri, None);

    let requests = server.received_requests().await.expect("recorded");
    let pairs = form_pairs(&requests[0]);
    let expected = owned_pairs(&[
        ("Callback", "http://www.example.com/"),
        ("IdempotencyKey", "key-1"),
        ("Method", "GET"),
    ]);
    assert_eq!(pairs, expected);
}

#[tokio::test]
async fn delete_subscription_handles_204() {
    let server = MockServer::start().await;
    let sid: UserDefinedMessageSubscriptionSid = SUBSCRIPTION.parse().expect("valid");
    let expected_path = SUBSCRIPTIONS_PATH.replace(".json", &format!("/{SUBSCRIPTION}.json"));
    Mock::given(method("DELETE"))
        .and(path(expected_path.as_str()))
        .and(header("authorization", basic_auth().as_str()))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    client(&server)
        .call(&call_sid())
        .user_defined_message_subscription(&sid)
        .delete()
        .await
        .expect("deleted");
    let requests = server.received_requests().await.expect("recorded");
    assert!(requests[0].body.is_empty(), "a delete has no body");
}

#[tokio::test]
async fn create_message_with_and_without_optional_fields() {
    let server = MockServer::start().await;
    let example = spec_example(
        "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json",
        "post",
        "201",
    );
    expect_form_post(&server, MESSAGES_PATH, &example, 2).await;
    let client = client(&server);
    let messages = client.call(&call_sid()).user_defined_messages();
    let sent = messages
        .create(CreateUserDefinedMessageParams::new(r#"{"key":"value"}"#))
        .await
        .expect("sent");
    assert_eq!(
        sent.sid.as_ref().map(UserDefinedMessageSid::as_str),
        example["sid"].as_str()
    );
    assert_eq!(
        sent.account_sid.as_ref().map(AccountSid::as_str),
        Some(ACCOUNT)
    );
    assert_eq!(sent.date_created.map(|d| d.year()), Some(2019));
    messages
        .create(CreateUserDefinedMessageParams::new(r#"{"key":"value"}"#).idempotency_key("1"))
        .await
        .expect("sent");

    let requests = server.received_requests().await.expect("recorded");
    let first = form_pairs(&requests[0]);
    assert_eq!(
        first[0],
        ("Content".to_owned(), r#"{"key":"value"}"#.to_owned())
    );
    assert!(
        first.len() == 2 && first[1].0 == "IdempotencyKey" && is_uuid(&first[1].1),
        "{first:?}"
    );
    assert!(
        String::from_utf8_lossy(&requests[0].body)
            .starts_with("Content=%7B%22key%22%3A%22value%22%7D&IdempotencyKey=")
    );
    assert_eq!(
        form_pairs(&requests[1]),
        vec![
            ("Content".to_owned(), r#"{"key":"value"}"#.to_owned()),
            ("IdempotencyKey".to_owned(), "1".to_owned())
        ]
    );
}

#[tokio::test]
async fn form_arrays_are_sent_as_repeated_keys_in_order() {
    let server = MockServer::start().await;
    let example = spec_example(
        "/2010-04-01/Accounts/{AccountSid}/Calls.json",
        "post",
        "201",
    );
    expect_form_post(
        &server,
        &format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json"),
        &example,
        2,
    )
    .await;
    let client = client(&server);
    let params = CreateCallParams::new("+15005550006", "+15005550001")
        .url(Url::parse("https://example.com/twiml?a=1&b=2").expect("url"))
        .status_callback_event(["initiated", "ringing", "answered", "completed"])
        .recording_status_callback_event(vec!["in-progress".to_owned()])
        .status_callback_method(Method::Get);
    let created = client.calls().create(params).await.expect("created");
    assert_eq!(
        created.sid.as_ref().map(CallSid::as_str),
        example["sid"].as_str()
    );
    // An empty array sends no key at all.
    let bare = CreateCallParams::new("+15005550006", "+15005550001")
        .twiml("<Response/>")
        .status_callback_event(Vec::<String>::new());
    client.calls().create(bare).await.expect("created");

    let requests = server.received_requests().await.expect("recorded");
    let raw = std::str::from_utf8(&requests[0].body).expect("ASCII form");
    assert!(
        raw.contains(
            "StatusCallbackEvent=initiated&StatusCallbackEvent=ringing\
             &StatusCallbackEvent=answered&StatusCallbackEvent=completed"
        ),
        "one key per item, side by side, never `Key[]` or a joined list: {raw}"
    );
    let pairs = form_pairs(&requests[0]);
    let expected = owned_pairs(&[
        ("To", "+15005550006"),
        ("From", "+15005550001"),
        ("StatusCallbackEvent", "initiated"),
        ("StatusCallbackEvent", "ringing"),
        ("StatusCallbackEvent", "answered"),
        ("StatusCallbackEvent", "completed"),
        ("StatusCallbackMethod", "GET"),
        ("RecordingStatusCallbackEvent", "in-progress"),
        ("Url", "https://example.com/twiml?a=1&b=2"),
    ]);
    let mut sorted_pairs = pairs.clone();
    let mut sorted_expected = expected.clone();
    sorted_pairs.sort();
    sorted_expected.sort();
    assert_eq!(sorted_pairs, sorted_expected, "{pairs:?}");
    assert_eq!(
        form_pairs(&requests[1]),
        owned_pairs(&[
            ("To", "+15005550006"),
            ("From", "+15005550001"),
            ("Twiml", "<Response/>")
        ])
    );
}

#[tokio::test]
async fn another_account_can_be_selected() {
    let server = MockServer::start().await;
    let other = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    Mock::given(method("POST"))
        .and(path(MESSAGES_PATH.replace(ACCOUNT, other).as_str()))
        .respond_with(
            ResponseTemplate::new(201).set_body_json(serde_json::json!({"account_sid": other})),
        )
        .expect(1)
        .mount(&server)
        .await;
    let other_sid: AccountSid = other.parse().expect("valid");
    let sent = client(&server)
        .account(&other_sid)
        .call(&call_sid())
        .user_defined_messages()
        .create(CreateUserDefinedMessageParams::new("{}"))
        .await
        .expect("sent");
    assert_eq!(sent.account_sid, Some(other_sid));
}

#[tokio::test]
async fn twilio_errors_become_typed_errors() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(404).set_body_json(serde_json::json!({
            "code": 20404,
            "message": "The requested resource /2010-04-01/Accounts/AC.../UserDefinedMessageSubscriptions/ZY....json was not found",
            "more_info": "https://www.twilio.com/docs/errors/20404",
            "status": 404
        })))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(401).set_body_json(serde_json::json!({
            "code": 20003, "detail": "Your AccountSid or AuthToken was incorrect.",
            "message": "Authenticate", "more_info": "https://www.twilio.com/docs/errors/20003", "status": 401
        })))
        .mount(&server)
        .await;
    let client = client(&server);
    let sid: UserDefinedMessageSubscriptionSid = SUBSCRIPTION.parse().expect("valid");
    let subscription = client
        .call(&call_sid())
        .user_defined_message_subscription(&sid);
    match subscription.delete().await {
        Err(Error::Api(e)) => {
            assert_eq!((e.status, e.code), (404, Some(20404)));
            assert!(e.message.contains("was not found"));
            assert_eq!(
                e.more_info.as_deref(),
                Some("https://www.twilio.com/docs/errors/20404")
            );
        }
        other => panic!("expected a Twilio 404, got {other:?}"),
    }
    let params = CreateUserDefinedMessageSubscriptionParams::new(
        Url::parse("https://example.com/cb").expect("url"),
    );
    let err = client
        .call(&call_sid())
        .user_defined_message_subscriptions()
        .create(params)
        .await
        .expect_err("401");
    assert_eq!((err.status(), err.code()), (Some(401), Some(20003)));
    assert!(err.to_string().contains("20003"), "{err}");
}

#[tokio::test]
async fn html_error_pages_are_undecodable_responses() {
    let server = MockServer::start().await;
    let page = format!(
        "<html><head><title>502 Bad Gateway</title></head><body>{}</body></html>",
        "x".repeat(5000)
    );
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(502).set_body_raw(page.clone().into_bytes(), "text/html"),
        )
        .mount(&server)
        .await;
    let err = client(&server)
        .call(&call_sid())
        .user_defined_messages()
        .create(CreateUserDefinedMessageParams::new("{}"))
        .await
        .expect_err("502");
    match err {
        Error::Undecodable(e) => {
            assert_eq!(e.status, 502);
            assert!(e.body.starts_with("<html><head><title>502 Bad Gateway"));
            assert_eq!(e.body.len(), 1024, "at most 1 KiB of the body is kept");
        }
        other => panic!("expected an undecodable response, got {other:?}"),
    }
}

#[tokio::test]
async fn a_field_that_breaks_its_type_is_none_and_stays_in_the_body() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(201).set_body_json(serde_json::json!({"sid": "ZYnot-a-sid"})),
        )
        .mount(&server)
        .await;
    let made = client(&server)
        .call(&call_sid())
        .user_defined_message_subscriptions()
        .create(CreateUserDefinedMessageSubscriptionParams::new(
            "https://example.com",
        ))
        .await
        .expect("a successful answer is never an error for one field");
    assert_eq!(made.sid, None);
    assert_eq!(made.status(), 201);
    assert_eq!(
        made.body_json().expect("JSON")["sid"],
        "ZYnot-a-sid",
        "the body keeps what Twilio sent"
    );
}

#[tokio::test]
async fn invalid_callbacks_are_rejected_before_sending() {
    let server = MockServer::start().await;
    let client = client(&server);
    let list = client
        .call(&call_sid())
        .user_defined_message_subscriptions();
    for (url, rule) in [
        ("ftp://example.com/x", "http or https"),
        ("https://my_host.example.com/x", "underscore"),
        ("https://-bad-.example.com/", "valid host name"),
        ("mailto:someone@example.com", "http or https"),
    ] {
        let params = CreateUserDefinedMessageSubscriptionParams::new(
            Url::parse(url).expect("parses as a URL"),
        );
        match list.create(params).await {
            Err(Error::Validation(e)) => {
                assert_eq!(e.parameter, "Callback");
                assert!(e.rule.contains(rule), "{url}: {}", e.rule);
            }
            other => panic!("{url} should be rejected, got {other:?}"),
        }
    }
    assert!(
        server
            .received_requests()
            .await
            .expect("recorded")
            .is_empty(),
        "nothing may be sent"
    );
}

#[test]
fn invalid_sids_name_the_rule_they_break() {
    let too_short = "CA123".parse::<CallSid>().expect_err("short");
    assert!(
        too_short.to_string().contains("34 characters"),
        "{too_short}"
    );
    assert_eq!(too_short.kind(), "CallSid");
    let wrong_prefix = CallSid::new(SUBSCRIPTION).expect_err("ZY is not a call");
    assert!(
        wrong_prefix.rule().contains("start with CA"),
        "{wrong_prefix}"
    );
    let not_hex = CallSid::try_from("CAzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz").expect_err("not hex");
    assert!(not_hex.rule().contains("hexadecimal"), "{not_hex}");
    assert!(CallSid::try_from(CALL.to_owned()).is_ok());
    for hostile in [
        "CA/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "CA..aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "CA%2faaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ] {
        assert!(CallSid::new(hostile).is_err(), "{hostile}");
    }
    let decoded: Result<CallSid, _> =
        serde_json::from_str("\"CA?aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"");
    assert!(
        decoded
            .expect_err("rejected")
            .to_string()
            .contains("letters and digits only")
    );
}

#[test]
fn debug_output_never_shows_secrets() {
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .build()
        .expect("client");
    let text = format!("{client:?}");
    assert!(text.contains(ACCOUNT) && !text.contains(TOKEN), "{text}");
    let key = Client::builder()
        .account_sid(ACCOUNT)
        .api_key("SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "api-secret-value")
        .build()
        .expect("client");
    assert!(!format!("{key:?}").contains("api-secret-value"));
    let builder = Client::builder()
        .auth_token(TOKEN)
        .api_key("SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "api-secret-value");
    let text = format!("{builder:?}");
    assert!(
        !text.contains(TOKEN) && !text.contains("api-secret-value"),
        "{text}"
    );
}

#[test]
fn configuration_from_variables() {
    let vars = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    let client = twilio_api_v2010::ClientBuilder::from_vars(vars(&[
        ("TWILIO_ACCOUNT_SID", ACCOUNT),
        ("TWILIO_AUTH_TOKEN", TOKEN),
        ("TWILIO_REGION", "au1"),
        ("TWILIO_EDGE", "sydney"),
    ]))
    .build()
    .expect("configured");
    assert_eq!(client.account_sid(), ACCOUNT);
    let url = client
        .resolve_url("https://api.twilio.com", "/2010-04-01/Accounts.json")
        .expect("url");
    assert_eq!(
        url.as_str(),
        "https://api.sydney.au1.twilio.com/2010-04-01/Accounts.json"
    );
    let edge_only = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .edge("dublin")
        .build()
        .expect("client");
    assert_eq!(
        edge_only
            .resolve_url("https://api.twilio.com", "/x")
            .expect("url")
            .as_str(),
        "https://api.dublin.us1.twilio.com/x"
    );
    let base = twilio_api_v2010::ClientBuilder::from_vars(vars(&[
        ("TWILIO_ACCOUNT_SID", ACCOUNT),
        ("TWILIO_API_KEY", "SKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        ("TWILIO_API_SECRET", "s"),
        ("TWILIO_API_BASE_URL", "http://127.0.0.1:4010/"),
    ]))
    .build()
    .expect("configured");
    assert_eq!(
        base.resolve_url("https://api.twilio.com", "/a.json")
            .expect("url")
            .as_str(),
        "http://127.0.0.1:4010/a.json"
    );

    let missing =
        twilio_api_v2010::ClientBuilder::from_vars(vars(&[("TWILIO_ACCOUNT_SID", ACCOUNT)]))
            .build();
    assert!(matches!(missing, Err(Error::Config(_))));
    let bad_sid = Client::builder()
        .account_sid("AC123")
        .auth_token(TOKEN)
        .build();
    assert!(matches!(bad_sid, Err(Error::Config(e)) if e.message.contains("Account SID")));
}

#[tokio::test]
async fn user_agent_names_the_crate_and_platform() {
    let server = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let sid: UserDefinedMessageSubscriptionSid = SUBSCRIPTION.parse().expect("valid");
    client(&server)
        .call(&call_sid())
        .user_defined_message_subscription(&sid)
        .delete()
        .await
        .expect("ok");
    let requests = server.received_requests().await.expect("recorded");
    let ua = requests[0]
        .headers
        .get("user-agent")
        .and_then(|v| v.to_str().ok())
        .expect("user agent")
        .to_owned();
    // The version is the one spec/select.yaml gives the generated package.
    let expected = format!(
        "twilio-api-v2010/0.1.0 ({} {}) Rust",
        std::env::consts::OS,
        std::env::consts::ARCH
    );
    assert_eq!(ua, expected);
    assert_eq!(ua, twilio_api_v2010::user_agent());
}

#[tokio::test]
async fn timeouts_can_be_told_apart() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_delay(Duration::from_secs(5)))
        .mount(&server)
        .await;
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(server.uri())
        .timeout(Duration::from_millis(200))
        .build()
        .expect("client");
    let err = client
        .call(&call_sid())
        .user_defined_messages()
        .create(CreateUserDefinedMessageParams::new("{}"))
        .await
        .expect_err("times out");
    assert!(err.is_timeout(), "{err:?}");
    assert!(matches!(&err, Error::Transport(t) if t.is_timeout()));
}

#[tokio::test]
async fn a_callback_url_goes_out_exactly_as_written() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(SUBSCRIPTIONS_PATH))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({
            "account_sid": ACCOUNT, "call_sid": CALL, "sid": SUBSCRIPTION
        })))
        .mount(&server)
        .await;
    let client = client(&server);
    let subscriptions = client
        .call(&call_sid())
        .user_defined_message_subscriptions();
    // No slash added to a bare host, no reordering or re-encoding of the query, the host's
    // case kept: what the caller wrote is what Twilio receives (and will call).
    for written in [
        "https://example.com",
        "https://Example.com:8443/cb?b=2&a=%7Bx%7D",
        "http://example.com/a/../b",
    ] {
        subscriptions
            .create(CreateUserDefinedMessageSubscriptionParams::new(written).idempotency_key("k"))
            .await
            .expect("created");
        let requests = server.received_requests().await.expect("recorded");
        let sent = form_pairs(requests.last().expect("a request"));
        assert_eq!(
            sent[0],
            ("Callback".to_owned(), written.to_owned()),
            "{sent:?}"
        );
    }
}
