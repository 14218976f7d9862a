//! The generated client against a hostile or careless setting: credentials never go out in
//! clear text by accident or follow a redirect to another host, and a server that never stops
//! linking pages cannot keep a list reading. (Bounded bodies, capped `Retry-After` and secrets
//! kept out of every output are in `reliability.rs`.)

use futures_util::StreamExt;
use twilio_api_v2010::{
    Client, CreateUserDefinedMessageParams, DEFAULT_MAX_PAGES, Error, ListCallParams, RetryPolicy,
};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const TOKEN: &str = "auth-token-that-must-stay-secret";
const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALLS: &str = "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls.json";

fn builder(base_url: &str) -> twilio_api_v2010::ClientBuilder {
    Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(base_url)
        .retry_policy(RetryPolicy::none())
}

#[test]
fn plain_http_goes_only_to_loopback_unless_allowed() {
    for loopback in [
        "http://127.0.0.1:8080",
        "http://127.1.2.3",
        "http://localhost:3000/base",
        "http://LOCALHOST.",
        "http://api.localhost",
        "http://[::1]:9000",
        "https://api.example.com",
    ] {
        assert!(builder(loopback).build().is_ok(), "{loopback} is accepted");
    }
    for remote in [
        "http://api.twilio.com",
        "http://10.0.0.1",
        "http://localhost.example.com",
        "http://[::2]",
        "http://127.0.0.1.example.net",
    ] {
        let err = builder(remote).build().expect_err(remote);
        assert!(matches!(err, Error::Config(_)), "{remote}: {err:?}");
        let message = err.to_string();
        assert!(
            message.contains("clear text") && message.contains("allow_insecure_http"),
            "{remote}: {message}"
        );
        assert!(
            builder(remote).allow_insecure_http(true).build().is_ok(),
            "{remote} is accepted once allowed"
        );
    }
}

#[test]
fn a_base_url_with_credentials_in_it_is_refused_without_showing_them() {
    let err = builder("https://user:hunter2@proxy.example.com")
        .build()
        .expect_err("credentials in the URL");
    assert!(matches!(err, Error::Config(_)));
    for text in [err.to_string(), format!("{err:?}")] {
        assert!(!text.contains("hunter2"), "{text}");
    }
}

/// A server that answers every request with a redirect to `to`.
async fn redirecting_to(to: &MockServer) -> MockServer {
    let from = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(307)
                .insert_header("Location", format!("{}/elsewhere", to.uri()).as_str()),
        )
        .mount(&from)
        .await;
    from
}

async fn send_message(client: &Client) -> Result<(), Error> {
    let call = CALL.parse().expect("sid");
    client
        .call(&call)
        .user_defined_messages()
        .create(CreateUserDefinedMessageParams::new("{}"))
        .await
        .map(|_| ())
}

#[tokio::test]
async fn redirects_never_carry_credentials_to_another_host() {
    let elsewhere = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({})))
        .mount(&elsewhere)
        .await;
    let origin = redirecting_to(&elsewhere).await;

    // The client's own HTTP client does not follow redirects: a 307 is an answer.
    let own = builder(&origin.uri()).build().expect("client");
    let err = send_message(&own)
        .await
        .expect_err("a redirect is an error");
    assert_eq!(err.status(), Some(307), "{err:?}");
    assert!(
        elsewhere
            .received_requests()
            .await
            .expect("recorded")
            .is_empty(),
        "the redirect was not followed"
    );

    // A caller's reqwest client that follows redirects still drops the credentials when the
    // host (here: the port) changes.
    let following = builder(&origin.uri())
        .http_client(reqwest::Client::new())
        .build()
        .expect("client");
    let _ = send_message(&following).await;
    let arrived = elsewhere.received_requests().await.expect("recorded");
    assert_eq!(
        arrived.len(),
        1,
        "the caller's client followed the redirect"
    );
    assert!(
        !arrived[0].headers.contains_key("authorization"),
        "credentials followed the redirect: {:?}",
        arrived[0].headers
    );
    let at_origin = origin.received_requests().await.expect("recorded");
    assert!(at_origin[0].headers.contains_key("authorization"));
}

/// Answers every page of calls with one call and a link to the page after it, forever.
struct EndlessPages;

impl Respond for EndlessPages {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let page: u64 = request
            .url
            .query_pairs()
            .find(|(k, _)| k == "Page")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "calls": [{"sid": format!("CA{page:032x}")}],
            "next_page_uri": format!("{CALLS}?PageSize=1&Page={}", page + 1),
            "page": page, "page_size": 1,
        }))
    }
}

#[tokio::test]
async fn lists_and_streams_stop_at_the_page_bound() {
    assert_eq!(DEFAULT_MAX_PAGES, 10_000);
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(CALLS))
        .respond_with(EndlessPages)
        .mount(&server)
        .await;
    let client = builder(&server.uri()).max_pages(3).build().expect("client");
    assert_eq!(client.max_pages(), 3);

    let err = client
        .calls()
        .list(ListCallParams::new().page_size(1))
        .await
        .expect_err("the list never ends");
    match &err {
        Error::Undecodable(e) => assert!(e.reason.contains("more than 3 pages"), "{e:?}"),
        other => panic!("expected the page bound, got {other:?}"),
    }
    assert_eq!(server.received_requests().await.expect("recorded").len(), 3);

    let read: Vec<Result<_, Error>> = client
        .calls()
        .stream(ListCallParams::new().page_size(1))
        .collect()
        .await;
    assert_eq!(
        read.len(),
        4,
        "three pages of one call, then the error, then the end"
    );
    assert!(read[..3].iter().all(Result::is_ok));
    assert!(matches!(&read[3], Err(Error::Undecodable(_))));
    assert_eq!(server.received_requests().await.expect("recorded").len(), 6);

    // A limit ends the list before the bound does, as before.
    let some = client
        .calls()
        .list(ListCallParams::new().page_size(1).limit(2))
        .await
        .expect("two calls");
    assert_eq!(some.len(), 2);
}

/// An OAuth 2.0 access token alone is enough to build a client (Twilio's Organizations API
/// takes nothing else), and goes as `Authorization: Bearer`; with the account's credentials
/// beside it, the operations that take those (all of api_v2010's) send Basic.
#[tokio::test]
async fn an_access_token_goes_as_bearer_where_basic_is_not_given() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(wiremock::matchers::header(
            "authorization",
            "Bearer org-token",
        ))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({})))
        .expect(1)
        .named("bearer")
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(wiremock::matchers::header_regex("authorization", "^Basic "))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({})))
        .expect(1)
        .named("basic")
        .mount(&server)
        .await;
    let token_only = Client::builder()
        .access_token("org-token")
        .base_url(server.uri())
        .build()
        .expect("an access token alone builds a client");
    assert_eq!(token_only.account_sid(), "");
    send_message(&token_only)
        .await
        .expect("sent with the token");
    let both = builder(&server.uri())
        .access_token("org-token")
        .build()
        .expect("client");
    send_message(&both).await.expect("sent with Basic");
    let none = Client::builder().base_url(server.uri()).build();
    assert!(
        matches!(&none, Err(Error::Config(e)) if e.message.contains("access token")),
        "{none:?}"
    );
}
