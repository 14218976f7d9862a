//! Hooks around every attempt: `on_request` sees (and may change) each attempt after the
//! client set its credentials, retries included; `on_response` sees each answer; several run
//! in the order they were added. And a reqwest-middleware stack (feature `middleware`) that
//! every attempt goes through.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use twilio_api_v2010::{CallSid, Client, CreateUserDefinedMessageSubscriptionParams, RetryPolicy};
use wiremock::matchers::{header, method};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

#[tokio::test]
async fn hooks_run_on_every_attempt_in_order_and_may_change_it() {
    let server = MockServer::start().await;
    // The first attempt meets a 503, the retry a 201; both must carry the hook's header.
    Mock::given(method("POST"))
        .and(header("x-tenant", "acme"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(header("x-tenant", "acme"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(serde_json::json!({"sid": format!("ZY{}", "a".repeat(32))})),
        )
        .mount(&server)
        .await;
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let (a, b, c) = (seen.clone(), seen.clone(), seen.clone());
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("token")
        .base_url(server.uri())
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(5)))
        .on_request(move |request| {
            // The credentials are already set when the hook runs.
            let auth = request.headers().contains_key("authorization");
            a.lock().expect("lock").push(format!("first auth={auth}"));
            request.headers_mut().insert(
                "x-tenant",
                reqwest::header::HeaderValue::from_static("acme"),
            );
        })
        .on_request(move |request| {
            let tenant = request.headers().contains_key("x-tenant");
            b.lock()
                .expect("lock")
                .push(format!("second tenant={tenant}"));
        })
        .on_response(move |response| {
            c.lock()
                .expect("lock")
                .push(format!("answer {}", response.status().as_u16()));
        })
        .build()
        .expect("client");
    let call: CallSid = format!("CA{}", "a".repeat(32)).parse().expect("sid");
    let created = client
        .call(&call)
        .user_defined_message_subscriptions()
        .create(CreateUserDefinedMessageSubscriptionParams::new(
            "https://example.com/cb",
        ))
        .await
        .expect("created on the second attempt");
    assert_eq!(created.status(), 201);
    assert_eq!(
        *seen.lock().expect("lock"),
        [
            "first auth=true",
            "second tenant=true",
            "answer 503",
            "first auth=true",
            "second tenant=true",
            "answer 201",
        ]
    );
}

/// A middleware that stamps each attempt and counts them.
struct Stamp(Arc<Mutex<u32>>);

#[async_trait::async_trait]
impl reqwest_middleware::Middleware for Stamp {
    async fn handle(
        &self,
        mut request: reqwest::Request,
        extensions: &mut http::Extensions,
        next: reqwest_middleware::Next<'_>,
    ) -> reqwest_middleware::Result<reqwest::Response> {
        let n = {
            let mut count = self.0.lock().expect("lock");
            *count += 1;
            *count
        };
        request
            .headers_mut()
            .insert("x-through", n.to_string().parse().expect("header"));
        next.run(request, extensions).await
    }
}

#[tokio::test]
async fn every_attempt_goes_through_the_callers_middleware() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(header("x-through", "1"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(header("x-through", "2"))
        .and(header("x-hook", "yes"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(serde_json::json!({"sid": format!("ZY{}", "a".repeat(32))})),
        )
        .mount(&server)
        .await;
    let count = Arc::new(Mutex::new(0));
    let stack = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(Stamp(count.clone()))
        .build();
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("token")
        .base_url(server.uri())
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(5)))
        // The hooks run before the middleware sees the attempt.
        .on_request(|request| {
            request
                .headers_mut()
                .insert("x-hook", reqwest::header::HeaderValue::from_static("yes"));
        })
        .middleware(stack)
        .build()
        .expect("client");
    let call: CallSid = format!("CA{}", "a".repeat(32)).parse().expect("sid");
    let created = client
        .call(&call)
        .user_defined_message_subscriptions()
        .create(CreateUserDefinedMessageSubscriptionParams::new(
            "https://example.com/cb",
        ))
        .await
        .expect("created on the second attempt");
    assert_eq!(created.status(), 201);
    assert_eq!(
        *count.lock().expect("lock"),
        2,
        "both attempts went through it"
    );
    let requests = server.received_requests().await.expect("recorded");
    assert!(
        requests
            .iter()
            .all(|r| r.headers.contains_key("authorization"))
    );
}
