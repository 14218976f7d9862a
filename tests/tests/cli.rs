//! The generated command line: output, exit codes, and that invalid input is never sent.

use std::process::{Command, Output};

use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const SUB: &str = "ZYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CREATE: &str = "api:core:calls:user-defined-message-subscriptions:create";
const REMOVE: &str = "api:core:calls:user-defined-message-subscriptions:remove";
const SEND: &str = "api:core:calls:user-defined-messages:create";

fn run(base_url: &str, args: &[&str]) -> Output {
    Command::new(tests::cli_binary())
        .args(args)
        .env_clear()
        .env("TWILIO_ACCOUNT_SID", ACCOUNT)
        .env("TWILIO_AUTH_TOKEN", "token")
        .env("TWILIO_API_BASE_URL", base_url)
        .output()
        .expect("the command line runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[tokio::test]
async fn create_prints_the_resource_as_json() {
    let server = MockServer::start().await;
    let body = serde_json::json!({"account_sid": ACCOUNT, "call_sid": CALL, "sid": SUB, "date_created": "Wed, 18 Dec 2019 20:02:01 +0000", "uri": "/x.json"});
    Mock::given(method("POST"))
        .and(path(format!(
            "/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/UserDefinedMessageSubscriptions.json"
        )))
        .respond_with(ResponseTemplate::new(201).set_body_json(&body))
        .expect(1)
        .mount(&server)
        .await;
    let out = run(
        &server.uri(),
        &[
            CREATE,
            "--call-sid",
            CALL,
            "--callback",
            "https://example.com/cb",
            "--method",
            "GET",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let printed: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(printed, body);
    assert!(out.stderr.is_empty());
    let sent = server.received_requests().await.expect("recorded");
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&sent[0].body)
        .into_owned()
        .collect();
    let names: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(names, ["Callback", "IdempotencyKey", "Method"]);
    assert_eq!(
        (pairs[0].1.as_str(), pairs[2].1.as_str()),
        ("https://example.com/cb", "GET")
    );
}

#[tokio::test]
async fn remove_prints_nothing_and_another_account_can_be_named() {
    let server = MockServer::start().await;
    let other = "ACbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    Mock::given(method("DELETE"))
        .and(path(format!(
            "/2010-04-01/Accounts/{other}/Calls/{CALL}/UserDefinedMessageSubscriptions/{SUB}.json"
        )))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let out = run(
        &server.uri(),
        &[
            REMOVE,
            "--call-sid",
            CALL,
            "--sid",
            SUB,
            "--account-sid",
            other,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
}

#[tokio::test]
async fn api_errors_exit_1_with_twilio_code_and_message() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(404).set_body_json(serde_json::json!({
            "code": 20404, "message": "The requested resource was not found",
            "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404
        })))
        .mount(&server)
        .await;
    let out = run(
        &server.uri(),
        &[SEND, "--call-sid", CALL, "--content", "{}"],
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("20404") && stderr.contains("The requested resource was not found"),
        "{stderr}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn transport_errors_exit_1() {
    // Nothing listens on the port a dropped listener had.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("port")
        .port();
    let out = run(
        &format!("http://127.0.0.1:{port}"),
        &[SEND, "--call-sid", CALL, "--content", "{}"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("could not connect"),
        "{}",
        text(&out.stderr)
    );
}

#[tokio::test]
async fn usage_and_validation_errors_exit_2_and_send_nothing() {
    let server = MockServer::start().await;
    let cases: [(&[&str], &str); 6] = [
        (
            &[
                CREATE,
                "--call-sid",
                "CA123",
                "--callback",
                "https://example.com",
            ],
            "34 characters",
        ),
        (
            &[
                CREATE,
                "--call-sid",
                SUB,
                "--callback",
                "https://example.com",
            ],
            "start with CA",
        ),
        (
            &[
                CREATE,
                "--call-sid",
                CALL,
                "--callback",
                "https://bad_host.example.com/",
            ],
            "underscore",
        ),
        (&[CREATE, "--call-sid", CALL], "--callback"),
        (
            &[
                CREATE,
                "--call-sid",
                CALL,
                "--callback",
                "https://example.com",
                "--method",
                "PUT",
            ],
            "GET, POST",
        ),
        (
            &[
                REMOVE,
                "--call-sid",
                CALL,
                "--sid",
                "ZY../../../Accounts.json",
            ],
            "ZY",
        ),
    ];
    for (args, expected) in cases {
        let out = run(&server.uri(), args);
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains(expected),
            "{args:?} should mention {expected}: {stderr}"
        );
        assert!(out.stdout.is_empty());
    }
    let missing_credentials = Command::new(tests::cli_binary())
        .args([SEND, "--call-sid", CALL, "--content", "{}"])
        .env_clear()
        .env("TWILIO_API_BASE_URL", server.uri())
        .output()
        .expect("runs");
    assert_eq!(missing_credentials.status.code(), Some(2));
    assert!(text(&missing_credentials.stderr).contains("TWILIO_ACCOUNT_SID"));
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
fn help_shows_the_spec_descriptions() {
    let out = Command::new(tests::cli_binary())
        .args([CREATE, "--help"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    assert!(
        help.contains("Subscribe to User Defined Messages for a given Call SID"),
        "{help}"
    );
    assert!(
        help.contains("URLs must contain a valid hostname")
            || help.contains("The URL we should call"),
        "{help}"
    );
    assert!(help.contains("--idempotency-key") && help.contains("--account-sid"));
}

/// A list server with `pages` pages of `per_page` calls, linked by `next_page_uri`.
async fn pages_of_calls(server: &MockServer, pages: usize, per_page: usize) {
    let calls_path = format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json");
    for page in 0..pages {
        let calls: Vec<serde_json::Value> = (0..per_page)
            .map(|i| serde_json::json!({"sid": format!("CA{:032x}", page * per_page + i)}))
            .collect();
        let next = (page + 1 < pages)
            .then(|| format!("{calls_path}?Page={}&PageToken=PT{}", page + 1, page + 1));
        let mock = Mock::given(method("GET")).and(path(calls_path.clone()));
        let mock = if page == 0 {
            mock.and(wiremock::matchers::query_param_is_missing("PageToken"))
        } else {
            mock.and(wiremock::matchers::query_param(
                "PageToken",
                format!("PT{page}"),
            ))
        };
        mock.respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"calls": calls, "next_page_uri": next})),
        )
        .mount(server)
        .await;
    }
}

fn printed_sids(out: &Output) -> Vec<String> {
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let printed: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("stdout is one JSON array");
    printed
        .as_array()
        .expect("an array of the items")
        .iter()
        .map(|c| c["sid"].as_str().expect("sid").to_owned())
        .collect()
}

#[tokio::test]
async fn list_prints_one_array_of_at_most_50_items_like_twilio_cli() {
    let server = MockServer::start().await;
    pages_of_calls(&server, 3, 30).await;
    let page_sizes = |requests: &[wiremock::Request]| -> Vec<Option<String>> {
        requests
            .iter()
            .map(|r| {
                r.url
                    .query_pairs()
                    .find(|(k, _)| k == "PageSize")
                    .map(|(_, v)| v.into_owned())
            })
            .collect()
    };

    // The default limit is 50: two pages are read, the third is never asked for, and the
    // first asks for pages of 50.
    let out = run(&server.uri(), &["api:core:calls:list"]);
    assert_eq!(printed_sids(&out).len(), 50);
    let sent = server.received_requests().await.expect("recorded");
    assert_eq!(sent.len(), 2);
    assert_eq!(page_sizes(&sent)[0].as_deref(), Some("50"));

    // --limit N, with --page-size.
    let out = run(
        &server.uri(),
        &["api:core:calls:list", "--limit", "5", "--page-size", "30"],
    );
    assert_eq!(
        printed_sids(&out),
        (0..5).map(|n| format!("CA{n:032x}")).collect::<Vec<_>>()
    );
    let sent = server.received_requests().await.expect("recorded");
    assert_eq!(sent.len(), 3);
    assert_eq!(page_sizes(&sent)[2].as_deref(), Some("30"));

    // --no-limit: every page, no page size unless given.
    let out = run(&server.uri(), &["api:core:calls:list", "--no-limit"]);
    assert_eq!(printed_sids(&out).len(), 90);
    let sent = server.received_requests().await.expect("recorded");
    assert_eq!(sent.len(), 6);
    assert_eq!(page_sizes(&sent)[3], None);

    // Both at once is a usage error; nothing is sent.
    let out = run(
        &server.uri(),
        &["api:core:calls:list", "--no-limit", "--limit", "3"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert_eq!(server.received_requests().await.expect("recorded").len(), 6);
}
