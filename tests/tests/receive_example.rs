//! The `receive_messages` example: subscribes at startup, answers 200 to a correctly signed event
//! and 403 to an unsigned or wrongly signed one, and unsubscribes on Ctrl-C (SIGINT).

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use twilio_api_v2010::webhook::RequestValidator;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const SUB: &str = "ZYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const TOKEN: &str = "12345";

fn wait_for(lines: &mpsc::Receiver<String>, needle: &str) -> String {
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match lines.recv_timeout(left) {
            Ok(line) if line.contains(needle) => return line,
            Ok(_) => {}
            Err(e) => panic!("the example never printed {needle:?}: {e}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn signed_events_are_accepted_and_unsigned_ones_refused() {
    let twilio = MockServer::start().await;
    let base =
        format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/UserDefinedMessageSubscriptions");
    Mock::given(method("POST"))
        .and(path(format!("{base}.json")))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(serde_json::json!({"sid": SUB, "call_sid": CALL})),
        )
        .expect(1)
        .mount(&twilio)
        .await;
    Mock::given(method("DELETE"))
        .and(path(format!("{base}/{SUB}.json")))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&twilio)
        .await;

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let public_url = format!("http://127.0.0.1:{port}/messages");
    let mut child = Command::new(tests::receive_example())
        .env_clear()
        .env("TWILIO_ACCOUNT_SID", ACCOUNT)
        .env("TWILIO_AUTH_TOKEN", TOKEN)
        .env("TWILIO_API_BASE_URL", twilio.uri())
        .env("CALL_SID", CALL)
        .env("LISTEN", format!("127.0.0.1:{port}"))
        .env("PUBLIC_URL", &public_url)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the example starts");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    assert!(wait_for(&lines, "subscribed").contains(SUB));
    wait_for(&lines, "listening on");
    let sent = twilio.received_requests().await.expect("recorded");
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&sent[0].body)
        .into_owned()
        .collect();
    assert_eq!(pairs[0], ("Callback".to_owned(), public_url.clone()));

    let params = [
        ("ContentType", "application/json"),
        ("Content", r#"{"ask":"hello"}"#),
        ("SequenceNumber", "1"),
        ("CallSid", CALL),
        ("Timestamp", "Fri, 2 Dec 2022 22:02:49 +0000"),
        ("AccountSid", ACCOUNT),
        ("Sid", "KXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
    ];
    let body: String = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(params)
        .finish();
    let signature = RequestValidator::new(TOKEN).sign(&public_url, &params);
    let http = reqwest::Client::new();
    let post = |signature: Option<String>| {
        let mut request = http
            .post(&public_url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.clone());
        if let Some(s) = signature {
            request = request.header("X-Twilio-Signature", s);
        }
        request.send()
    };
    let signed = post(Some(signature)).await.expect("the example answers");
    assert_eq!(signed.status().as_u16(), 200);
    assert!(wait_for(&lines, "message 1").contains(r#"{"ask":"hello"}"#));
    let unsigned = post(None).await.expect("the example answers");
    assert_eq!(unsigned.status().as_u16(), 403);
    let forged = post(Some(
        RequestValidator::new("other").sign(&public_url, &params),
    ))
    .await
    .expect("answers");
    assert_eq!(forged.status().as_u16(), 403);

    // Ctrl-C: the example unsubscribes and exits.
    let interrupted = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(interrupted.success());
    assert!(wait_for(&lines, "unsubscribed").contains(SUB));
    let status = child.wait().expect("exits");
    assert!(status.success(), "{status:?}");
}
