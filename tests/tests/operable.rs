//! What running the client in production needs: the caller's own `reqwest::Client`, retries of
//! what Twilio asks clients to retry (and nothing else), and secrets kept out of `Debug`. (The
//! `tracing` spans are in `tracing_spans.rs`, a process of their own.)

use std::time::Duration;

use twilio_api_v2010::{Client, CreateCallParams, Error, ListCallParams, RetryPolicy, reqwest};
use wiremock::matchers::{header, method};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const TOKEN: &str = "auth-token-that-must-stay-secret";

fn fast_retries() -> RetryPolicy {
    RetryPolicy::default()
        .base_delay(Duration::from_millis(5))
        .max_delay(Duration::from_millis(20))
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

/// CreateCall takes no idempotency key: a POST that Twilio may have acted on.
fn create_call() -> CreateCallParams {
    CreateCallParams::new("+14155551212", "+15017122661").url("https://example.com/twiml")
}

fn call_json() -> serde_json::Value {
    serde_json::json!({"sid": "CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "status": "queued"})
}

async fn posts(server: &MockServer) -> usize {
    server
        .received_requests()
        .await
        .expect("recorded")
        .iter()
        .filter(|r| r.method.as_str() == "POST")
        .count()
}

#[tokio::test]
async fn a_post_without_a_key_is_retried_on_429() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "0"))
        .up_to_n_times(2)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(call_json()))
        .mount(&server)
        .await;
    let call = client(&server.uri(), fast_retries())
        .calls()
        .create(create_call())
        .await
        .expect("Twilio did not act on a 429: the third attempt places the call");
    assert_eq!(call.status(), 201);
    assert_eq!(posts(&server).await, 3);
}

#[tokio::test]
async fn a_post_without_a_key_is_not_retried_on_5xx() {
    for status in [500, 502, 503, 504] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(status))
            .mount(&server)
            .await;
        let err = client(&server.uri(), fast_retries())
            .calls()
            .create(create_call())
            .await
            .expect_err("a server error");
        assert_eq!(err.status(), Some(status));
        assert_eq!(
            posts(&server).await,
            1,
            "{status}: Twilio may have placed the call"
        );
    }
}

#[tokio::test]
async fn a_post_without_a_key_is_retried_when_the_connection_fails() {
    // Nothing listens on the port at first, so nothing was sent; the server comes up while the
    // client backs off.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
    let address = listener.local_addr().expect("address");
    drop(listener);
    let starting = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        let listener = std::net::TcpListener::bind(address).expect("rebind");
        let server = MockServer::builder().listener(listener).start().await;
        Mock::given(method("POST"))
            .respond_with(ResponseTemplate::new(201).set_body_json(call_json()))
            .mount(&server)
            .await;
        server
    });
    let policy = RetryPolicy::default()
        .base_delay(Duration::from_millis(200))
        .max_delay(Duration::from_millis(400))
        .max_attempts(6);
    client(&format!("http://{address}"), policy)
        .calls()
        .create(create_call())
        .await
        .expect("placed once the server is up");
    let server = starting.await.expect("server task");
    assert_eq!(posts(&server).await, 1);
}

#[tokio::test]
async fn the_callers_own_http_client_is_used() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(header("x-from-the-callers-client", "yes"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"calls": [], "next_page_uri": null})),
        )
        .mount(&server)
        .await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        "x-from-the-callers-client",
        reqwest::header::HeaderValue::from_static("yes"),
    );
    let http = reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .expect("reqwest client");
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(server.uri())
        .http_client(http)
        .build()
        .expect("client");
    let calls = client
        .calls()
        .list(ListCallParams::new())
        .await
        .expect("listed");
    assert!(calls.is_empty());
    let requests = server.received_requests().await.expect("recorded");
    let sent = &requests[0];
    // The client still authenticates and names itself on the caller's connection pool.
    assert!(sent.headers.get("authorization").is_some());
    let agent = sent.headers.get("user-agent").and_then(|v| v.to_str().ok());
    assert!(
        agent.is_some_and(|a| a.starts_with("twilio-api-v2010/")),
        "{agent:?}"
    );
}

#[test]
fn params_never_show_secrets_in_debug() {
    let params = create_call()
        .sip_auth_username("alice")
        .sip_auth_password("sip-password-that-must-stay-secret")
        .call_token("call-token-that-must-stay-secret");
    let text = format!("{params:?}");
    assert!(text.contains("alice"), "other inputs are shown: {text}");
    assert!(text.contains("<redacted>"), "{text}");
    assert!(
        !text.contains("sip-password-that-must-stay-secret"),
        "{text}"
    );
    assert!(!text.contains("call-token-that-must-stay-secret"), "{text}");
    // An absent secret shows as absent.
    let bare = format!("{:?}", create_call());
    assert!(bare.contains("sip_auth_password: None"), "{bare}");
}

#[test]
fn every_generated_enum_is_non_exhaustive() {
    // Adding a value to an enum breaks nobody (the spec-diff's view): callers must have a
    // wildcard arm. Checked on the generated source itself.
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../generated/src/models");
    let mut models = String::new();
    for entry in std::fs::read_dir(folder).expect("models/") {
        let path = entry.expect("an entry").path();
        models.push_str(&std::fs::read_to_string(&path).expect("a models file"));
    }
    let lines: Vec<&str> = models.lines().collect();
    let enums: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].starts_with("pub enum "))
        .collect();
    assert!(enums.len() >= 2, "{enums:?}");
    for i in enums {
        assert_eq!(lines[i - 1], "#[non_exhaustive]", "{}", lines[i]);
    }
}

#[tokio::test]
async fn a_validation_error_sends_nothing() {
    let server = MockServer::start().await;
    let err = client(&server.uri(), fast_retries())
        .calls()
        .create(CreateCallParams::new("+14155551212", "+15017122661"))
        .await
        .expect_err("one of Url, Twiml or ApplicationSid is needed");
    match &err {
        Error::Validation(v) => {
            assert_eq!(v.parameter, "Url | Twiml | ApplicationSid");
            assert!(v.rule.contains("`Url`, `Twiml` or `ApplicationSid`"), "{v}");
        }
        other => panic!("{other:?}"),
    }
    assert!(err.request().is_none(), "nothing was sent");
    assert!(
        server
            .received_requests()
            .await
            .expect("recorded")
            .is_empty()
    );
}

#[test]
fn the_quick_url_check_agrees_with_the_url_parser() {
    // `Uri::check` skips the full parse for plain URLs; it must say what the parser-based check
    // says, for plain and unusual URLs alike.
    let cases = [
        "https://example.com",
        "https://example.com/",
        "http://example.com:8080/cb?x=1#f",
        "https://Example.COM/Path",
        "https://my_host.example.com/x",
        "https://-bad-.example.com/",
        "https://bad-.example.com",
        "https://a..b.com/",
        "https://example.com./",
        "https://127.0.0.1:3000/messages",
        "http://[::1]:80/x",
        "https://user:pw@example.com/x",
        "https://example.com:99999/",
        "https://example.com:/x",
        "https://ex%41mple.com/",
        "https://exa mple.com/",
        "https://example.com/a b",
        "https://",
        "http:/example.com",
        "ftp://example.com/x",
        "mailto:someone@example.com",
        "HTTPS://EXAMPLE.COM/",
        "https://xn--bcher-kva.example/",
        "https://bücher.example/",
    ];
    for case in cases {
        let quick = twilio_api_v2010::Uri::from(case).check();
        let parsed = match url::Url::parse(case) {
            Ok(url) => twilio_api_v2010::formats::check_callback_url(&url),
            Err(_) => Err("must be an absolute URL"),
        };
        assert_eq!(
            quick.is_ok(),
            parsed.is_ok(),
            "{case}: {quick:?} against {parsed:?}"
        );
    }
}

/// A base URL with a path of its own (a proxy in front of Twilio) keeps it, with or without a
/// trailing slash, for the first page and for the next page's link, which Twilio writes from
/// the root.
#[tokio::test]
async fn a_base_url_with_a_path_keeps_it_for_every_page() {
    use wiremock::matchers::{path, query_param};
    let calls = format!("/proxy/2010-04-01/Accounts/{ACCOUNT}/Calls.json");
    let item = |n: u32| serde_json::json!({"sid": format!("CA{n:032x}")});
    for base_path in ["/proxy", "/proxy/"] {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path(calls.as_str()))
            .and(query_param("Page", "1"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "calls": [item(2)], "next_page_uri": null, "page": 1, "page_size": 1
            })))
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path(calls.as_str()))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "calls": [item(1)],
                "next_page_uri": format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json?PageSize=1&Page=1"),
                "page": 0, "page_size": 1
            })))
            .mount(&server)
            .await;
        let base = format!("{}{base_path}", server.uri());
        let listed = client(&base, RetryPolicy::none())
            .calls()
            .list(ListCallParams::new().page_size(1))
            .await
            .unwrap_or_else(|e| panic!("{base}: {e}"));
        assert_eq!(listed.len(), 2, "{base}");
        let requests = server.received_requests().await.expect("recorded");
        let paths: Vec<String> = requests.iter().map(|r| r.url.path().to_owned()).collect();
        assert_eq!(paths, [calls.clone(), calls.clone()], "{base}");
        assert_eq!(requests[0].url.query(), Some("PageSize=1"), "{base}");
    }
}
