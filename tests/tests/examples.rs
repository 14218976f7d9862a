//! The generated crate's examples, run as a user would run them, against wiremock on 127.0.0.1
//! standing in for Twilio (`TWILIO_API_BASE_URL`): what each prints and what each sends.

use std::process::{Command, Output};

use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const SUB: &str = "ZYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const MESSAGE: &str = "KXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

fn run(name: &str, twilio: &MockServer, vars: &[(&str, &str)]) -> Output {
    let mut command = Command::new(tests::example(name));
    command
        .env_clear()
        .env("TWILIO_ACCOUNT_SID", ACCOUNT)
        .env("TWILIO_AUTH_TOKEN", "token")
        .env("TWILIO_API_BASE_URL", twilio.uri());
    for (k, v) in vars {
        command.env(k, v);
    }
    command.output().expect("the example runs")
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn subscriptions() -> String {
    format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/UserDefinedMessageSubscriptions")
}

#[tokio::test(flavor = "multi_thread")]
async fn call_messages_subscribes_sends_and_unsubscribes() {
    let twilio = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(format!("{}.json", subscriptions())))
        .respond_with(
            ResponseTemplate::new(201)
                .insert_header("Twilio-Request-Id", "RQ0123")
                .set_body_json(serde_json::json!({"sid": SUB, "call_sid": CALL})),
        )
        .expect(1)
        .mount(&twilio)
        .await;
    Mock::given(method("POST"))
        .and(path(format!(
            "/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/UserDefinedMessages.json"
        )))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({"sid": MESSAGE})))
        .expect(1)
        .mount(&twilio)
        .await;
    Mock::given(method("DELETE"))
        .and(path(format!("{}/{SUB}.json", subscriptions())))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&twilio)
        .await;
    let out = run(
        "call_messages",
        &twilio,
        &[
            ("CALL_SID", CALL),
            ("CALLBACK_URL", "https://example.com/messages"),
        ],
    );
    let printed = stdout(&out);
    assert!(
        printed.contains(&format!("subscribed {SUB} (request RQ0123)")),
        "{printed}"
    );
    assert!(
        printed.contains(&format!("sent message {MESSAGE}")),
        "{printed}"
    );
    assert!(
        printed.contains(&format!("unsubscribed {SUB}")),
        "{printed}"
    );
    let requests = twilio.received_requests().await.expect("recorded");
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&requests[0].body)
        .into_owned()
        .collect();
    assert_eq!(
        form[0],
        (
            "Callback".to_owned(),
            "https://example.com/messages".to_owned()
        )
    );
    let message: Vec<(String, String)> = url::form_urlencoded::parse(&requests[1].body)
        .into_owned()
        .collect();
    assert_eq!(message[0].0, "Content");
    let content: serde_json::Value = serde_json::from_str(&message[0].1).expect("JSON content");
    assert_eq!(content["greeting"], "hello from Rust");
}

#[tokio::test(flavor = "multi_thread")]
async fn list_calls_stops_at_the_limit_and_streams_every_page() {
    let twilio = MockServer::start().await;
    let calls = format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json");
    let call = |n: usize, status: &str| {
        serde_json::json!({
            "sid": format!("CA{n:032x}"), "from": "+15017122661", "to": "+14155551212",
            "status": status, "duration": "15", "price": "-0.0025", "group_sid": ""
        })
    };
    // The recent calls: a limit of 3 asks for a page of 3, and the next page is never read.
    Mock::given(method("GET"))
        .and(path(calls.clone()))
        .and(query_param("PageSize", "3"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "calls": [call(1, "completed"), call(2, "busy"), call(3, "completed")],
            "next_page_uri": format!("{calls}?PageSize=3&Page=1&PageToken=PT1"),
        })))
        .expect(1)
        .mount(&twilio)
        .await;
    // The completed calls: two pages of 100 asked for, linked.
    Mock::given(method("GET"))
        .and(path(calls.clone()))
        .and(query_param("Status", "completed"))
        .and(query_param("PageSize", "100"))
        .and(wiremock::matchers::query_param_is_missing("PageToken"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "calls": [call(1, "completed"), call(3, "completed")],
            "next_page_uri": format!("{calls}?Status=completed&PageSize=100&Page=1&PageToken=PT2"),
        })))
        .expect(1)
        .mount(&twilio)
        .await;
    Mock::given(method("GET"))
        .and(path(calls.clone()))
        .and(query_param("PageToken", "PT2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "calls": [call(7, "completed")],
            "next_page_uri": null,
        })))
        .expect(1)
        .mount(&twilio)
        .await;
    let out = run("list_calls", &twilio, &[("LIMIT", "3")]);
    let printed = stdout(&out);
    assert!(
        printed.contains(&format!("CA{:032x} +15017122661 -> +14155551212 busy", 2)),
        "{printed}"
    );
    assert!(printed.contains("listed 3 calls"), "{printed}");
    assert!(
        printed.contains("streamed 3 completed calls, 45 s in all"),
        "{printed}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn handle_errors_tells_twilio_codes_apart() {
    // 20404: the subscription was already gone; not a failure.
    let twilio = MockServer::start().await;
    Mock::given(method("DELETE"))
        .and(path(format!("{}/{SUB}.json", subscriptions())))
        .respond_with(ResponseTemplate::new(404).set_body_json(serde_json::json!({
            "code": 20404, "message": "The requested resource was not found",
            "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404
        })))
        .expect(1)
        .mount(&twilio)
        .await;
    let vars = [("CALL_SID", CALL), ("SUBSCRIPTION_SID", SUB)];
    let out = run("handle_errors", &twilio, &vars);
    let printed = stdout(&out);
    assert!(
        printed.contains("not sent: `Callback` must be an http or https URL"),
        "{printed}"
    );
    assert!(printed.contains("was already gone (20404)"), "{printed}");
    // The refused input never reached Twilio: only the DELETE did.
    let requests = twilio.received_requests().await.expect("recorded");
    assert_eq!(requests.len(), 1);

    // 20003: wrong credentials end the program with a message for a person.
    let twilio = MockServer::start().await;
    Mock::given(method("DELETE"))
        .respond_with(ResponseTemplate::new(401).set_body_json(serde_json::json!({
            "code": 20003, "message": "Authenticate", "status": 401
        })))
        .mount(&twilio)
        .await;
    let out = run("handle_errors", &twilio, &vars);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN: Authenticate"),
        "{stderr}"
    );
}
