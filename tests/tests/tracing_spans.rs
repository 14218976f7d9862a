//! Each request attempt is a `tracing` span `twilio.request` with the method, the path
//! template, the attempt, the status and the request id, and never credentials or bodies. A
//! test binary of its own: it installs the process's global subscriber.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use twilio_api_v2010::{Client, CreateCallParams, RetryPolicy};
use wiremock::matchers::method;
use wiremock::{Mock, MockServer, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const TOKEN: &str = "auth-token-that-must-stay-secret";

fn client(uri: &str) -> Client {
    Client::builder()
        .account_sid(ACCOUNT)
        .auth_token(TOKEN)
        .base_url(uri)
        .retry_policy(
            RetryPolicy::default()
                .base_delay(Duration::from_millis(5))
                .max_delay(Duration::from_millis(20)),
        )
        .build()
        .expect("client")
}

fn create_call() -> CreateCallParams {
    CreateCallParams::new("+14155551212", "+15017122661").url("https://example.com/twiml")
}

fn call_json() -> serde_json::Value {
    serde_json::json!({"sid": "CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "status": "queued"})
}

/// Every span and every value recorded in it, as `name: field=value` lines.
#[derive(Clone, Default)]
struct Recorder {
    lines: Arc<Mutex<Vec<String>>>,
    next: Arc<Mutex<u64>>,
}

struct Fields<'a>(&'a mut Vec<String>);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.push(format!("{}={value:?}", field.name()));
    }

    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.push(format!("{}={value}", field.name()));
    }
}

impl tracing::Subscriber for Recorder {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        let mut fields = Vec::new();
        span.record(&mut Fields(&mut fields));
        let mut lines = self.lines.lock().expect("lock");
        lines.push(format!("{}: {}", span.metadata().name(), fields.join(" ")));
        let mut next = self.next.lock().expect("lock");
        *next += 1;
        tracing::span::Id::from_u64(*next)
    }

    fn record(&self, _: &tracing::span::Id, values: &tracing::span::Record<'_>) {
        let mut fields = Vec::new();
        values.record(&mut Fields(&mut fields));
        self.lines
            .lock()
            .expect("lock")
            .push(format!("record: {}", fields.join(" ")));
    }

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        let mut fields = Vec::new();
        event.record(&mut Fields(&mut fields));
        self.lines
            .lock()
            .expect("lock")
            .push(format!("event: {}", fields.join(" ")));
    }

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

#[tokio::test]
async fn each_attempt_is_a_span_without_credentials_or_bodies() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(429))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(
            ResponseTemplate::new(201)
                .insert_header("Twilio-Request-Id", "RQdddddddddddddddddddddddddddddddd")
                .set_body_json(call_json()),
        )
        .mount(&server)
        .await;
    let recorder = Recorder::default();
    // The global subscriber, in a test process of its own: a scoped one can miss callsites
    // that other test threads registered first.
    tracing::dispatcher::set_global_default(tracing::Dispatch::new(recorder.clone()))
        .expect("the only subscriber of this process");
    let client = client(&server.uri());
    let call = client.calls().create(create_call()).await.expect("created");
    assert_eq!(call.status(), 201);
    let lines = recorder.lines.lock().expect("lock").join("\n");
    let spans: Vec<&str> = lines
        .lines()
        .filter(|l| l.starts_with("twilio.request:"))
        .collect();
    assert_eq!(spans.len(), 2, "one span per attempt:\n{lines}");
    for (n, span) in spans.iter().enumerate() {
        assert!(span.contains("method=POST"), "{span}");
        assert!(
            span.contains("path=/2010-04-01/Accounts/{AccountSid}/Calls.json"),
            "the path template, not its values: {span}"
        );
        assert!(span.contains(&format!("attempt={}", n + 1)), "{span}");
    }
    assert!(lines.contains("status=429"), "{lines}");
    assert!(lines.contains("status=201"), "{lines}");
    assert!(
        lines.contains("request_id=RQdddddddddddddddddddddddddddddddd"),
        "{lines}"
    );
    for secret in [
        TOKEN,
        ACCOUNT,
        "+14155551212",
        "example.com/twiml",
        "Basic ",
    ] {
        assert!(!lines.contains(secret), "{secret} in\n{lines}");
    }
}
