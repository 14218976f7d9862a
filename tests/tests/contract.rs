//! Contract tests: every generated operation, through the library and through the command line,
//! with every combination of optional inputs, against Prism serving Twilio's own spec. Prism
//! answers 422 for any request the spec forbids and 401 without credentials, so a 2xx every time
//! shows that what the client sends is what the spec allows.

use generator::model::{Location, Type};
use twilio_api_v2010::{
    CallSid, Client, CreateCallParams, CreateUserDefinedMessageParams,
    CreateUserDefinedMessageSubscriptionParams, ListCallParams, Method, Url,
    UserDefinedMessageSubscriptionSid,
};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// Every subset of `items`.
fn subsets<T: Clone>(items: &[T]) -> Vec<Vec<T>> {
    (0..1usize << items.len())
        .map(|mask| {
            items
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, t)| t.clone())
                .collect()
        })
        .collect()
}

/// A value the spec allows for a flag of this type; for enums, every listed value.
fn values(api: &generator::model::Api, ty: &Type, wire: &str) -> Vec<String> {
    match ty {
        Type::Sid(name) => {
            let prefix = api.sids[name]
                .prefixes
                .first()
                .cloned()
                .unwrap_or_else(|| "XX".to_owned());
            vec![format!("{prefix}{}", "a".repeat(32))]
        }
        Type::Url => {
            vec!["https://www.example.com/your-endpoint-that-can-receive-messages".to_owned()]
        }
        Type::Enum(name) => match &api.types[name] {
            generator::model::TypeDef::Enum(e) => {
                e.variants.iter().map(|v| v.wire_name.clone()).collect()
            }
            generator::model::TypeDef::Struct(_) | generator::model::TypeDef::Union(_) => {
                panic!("{name} is not an enum")
            }
        },
        Type::Integer { min, .. } => vec![min.unwrap_or(1).to_string()],
        Type::Number { min, .. } => vec![min.unwrap_or(1.0).to_string()],
        // A date-time input also takes a calendar date (Twilio's documented form for its date
        // filters), which the spec's `format: date-time` and so Prism refuse: the instant only.
        Type::DateTime | Type::DateTimeRfc2822 | Type::DateInput => {
            vec!["2024-01-02T03:04:05Z".to_owned()]
        }
        Type::Date => vec!["2024-01-02".to_owned()],
        Type::Boolean => vec!["true".to_owned()],
        _ if wire == "Content" => vec![r#"{"key":"value"}"#.to_owned()],
        _ => vec!["example".to_owned()],
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn every_operation_is_accepted_by_prism() {
    let prism = tests::Prism::start();

    // Prism really checks: no credentials is a 401, a value the spec forbids is a 422.
    let http = reqwest::Client::new();
    let url = format!(
        "{}/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/UserDefinedMessageSubscriptions.json",
        prism.base_url
    );
    let form = |body: &'static str| {
        http.post(&url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
    };
    let anonymous = form("Callback=https%3A%2F%2Fexample.com")
        .send()
        .await
        .expect("prism answers");
    assert_eq!(anonymous.status().as_u16(), 401);
    let forbidden = form("Callback=https%3A%2F%2Fexample.com&Method=PUT")
        .basic_auth(ACCOUNT, Some("t"))
        .send()
        .await
        .expect("prism answers");
    assert_eq!(forbidden.status().as_u16(), 422);

    library_calls(&prism.base_url).await;
    // Twilio's own example for a few responses breaks its schema (ListCall's page links are
    // relative paths under `format: uri`), and `--errors` turns that into a 500. Such calls are
    // sent again to a Prism without `--errors`, which validates requests just the same; and a
    // direct request shows that the strict Prism's complaint is about its response only.
    let lenient = tests::Prism::start_with(false);
    let anonymous = http
        .get(format!(
            "{}/2010-04-01/Accounts/{ACCOUNT}/Calls.json",
            lenient.base_url
        ))
        .send()
        .await
        .expect("answers");
    assert_eq!(
        anonymous.status().as_u16(),
        401,
        "the lenient Prism still checks credentials"
    );
    let too_big = http
        .get(format!(
            "{}/2010-04-01/Accounts/{ACCOUNT}/Calls.json?PageSize=5000",
            lenient.base_url
        ))
        .basic_auth(ACCOUNT, Some("t"))
        .send()
        .await
        .expect("answers");
    assert_eq!(
        too_big.status().as_u16(),
        422,
        "the lenient Prism still checks requests"
    );
    // The library's list call, with its filters one at a time (to the lenient Prism, for the
    // reason above).
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("token")
        .base_url(&lenient.base_url)
        .build()
        .expect("client");
    let call: CallSid = CALL.parse().expect("sid");
    let when = twilio_api_v2010::OffsetDateTime::from_unix_timestamp(1_700_000_000).expect("time");
    for params in [
        ListCallParams::new(),
        ListCallParams::new().page_size(20),
        ListCallParams::new().parent_call_sid(call.clone()),
        ListCallParams::new()
            .start_time_before(when)
            .start_time_after(when),
        ListCallParams::new()
            .to("+15005550006")
            .from("+15005550001")
            .page(0)
            .page_token("PT1"),
    ] {
        let page = client
            .calls()
            .page(params.clone())
            .await
            .unwrap_or_else(|e| panic!("{params:?}: {e}"));
        assert_eq!(page.response().status(), 200);
    }
    let response_invalid = cli_calls(&prism.base_url, &lenient.base_url);
    for (method, path) in response_invalid {
        let url = format!(
            "{}{}",
            prism.base_url,
            path.replace("{AccountSid}", ACCOUNT)
                .replace("{CallSid}", CALL)
        );
        let probe = http
            .request(method.parse().expect("method"), &url)
            .basic_auth(ACCOUNT, Some("t"))
            .send()
            .await
            .expect("answers");
        assert_eq!(probe.status().as_u16(), 500, "{path}");
        let body: serde_json::Value = serde_json::from_slice(&probe.bytes().await.expect("body"))
            .expect("Prism's violations");
        let violations = body["validation"].as_array().expect("violations");
        assert!(!violations.is_empty());
        assert!(
            violations.iter().all(|v| v["location"][0] == "response"),
            "{path}: the request itself broke the spec: {body}"
        );
    }
}

async fn library_calls(base_url: &str) {
    let client = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("token")
        .base_url(base_url)
        .build()
        .expect("client");
    let call: CallSid = CALL.parse().expect("sid");
    let subscriptions = client.call(&call).user_defined_message_subscriptions();
    let mut sent = 0;
    for method in [None, Some(Method::Get), Some(Method::Post)] {
        for key in [None, Some("key-1")] {
            let mut params = CreateUserDefinedMessageSubscriptionParams::new(
                Url::parse("https://www.example.com/your-endpoint-that-can-receive-messages")
                    .expect("url"),
            );
            if let Some(m) = method.clone() {
                params = params.method(m);
            }
            if let Some(k) = key {
                params = params.idempotency_key(k);
            }
            let created = subscriptions
                .create(params)
                .await
                .unwrap_or_else(|e| panic!("{method:?} {key:?}: {e}"));
            assert!(created.sid.is_some());
            sent += 1;
        }
    }
    let messages = client.call(&call).user_defined_messages();
    for key in [None, Some("key-1")] {
        let mut params = CreateUserDefinedMessageParams::new(r#"{"key":"value"}"#);
        if let Some(k) = key {
            params = params.idempotency_key(k);
        }
        let message = messages
            .create(params)
            .await
            .unwrap_or_else(|e| panic!("{key:?}: {e}"));
        assert!(message.sid.is_some());
        sent += 1;
    }
    let sid: UserDefinedMessageSubscriptionSid =
        "ZYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".parse().expect("sid");
    client
        .call(&call)
        .user_defined_message_subscription(&sid)
        .delete()
        .await
        .expect("deleted");
    sent += 1;
    // Starting a call needs one of `Url`, `Twiml` or `ApplicationSid` (Twilio's conditional
    // group): without any, nothing is sent.
    let err = client
        .calls()
        .create(CreateCallParams::new("+15005550006", "+15005550001"))
        .await
        .expect_err("a conditional group unmet");
    assert!(
        matches!(&err, twilio_api_v2010::Error::Validation(v) if v.parameter == "Url | Twiml | ApplicationSid"),
        "{err}"
    );
    // Each member of the group alone, then with callbacks.
    for params in [
        CreateCallParams::new("+15005550006", "+15005550001").url("https://www.example.com/twiml"),
        CreateCallParams::new("+15005550006", "+15005550001")
            .application_sid("APaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".parse().expect("sid")),
        CreateCallParams::new("+15005550006", "+15005550001")
            .url(Url::parse("https://www.example.com/twiml").expect("url"))
            .method(Method::Get)
            .status_callback(Url::parse("https://www.example.com/status").expect("url"))
            .status_callback_method(Method::Post)
            .timeout(30)
            .record(true),
        CreateCallParams::new("+15005550006", "+15005550001")
            .twiml("<Response><Say>Hello</Say></Response>")
            .timeout(600),
    ] {
        let created = client
            .calls()
            .create(params.clone())
            .await
            .unwrap_or_else(|e| panic!("{params:?}: {e}"));
        assert!(created.sid.is_some());
        sent += 1;
    }
    assert_eq!(sent, 13);
}

/// Every operation of the checked-in selection, every subset of its optional flags (each alone
/// when there are more than six), every value of an enum flag, through the real binary.
fn cli_calls(base_url: &str, lenient_url: &str) -> std::collections::BTreeSet<(String, String)> {
    let mut response_invalid = std::collections::BTreeSet::new();
    let (config, spec) = tests::checked_in_config();
    let api = generator::generate(&spec, &config).expect("generates").api;
    let mut runs = 0;
    let mut arrays_left_out = std::collections::BTreeSet::new();
    for op in &api.operations {
        let name = op.command.words.join(" ");
        let mut required: Vec<(String, String)> = Vec::new();
        let mut arrays: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
        let mut optional: Vec<(String, Vec<String>)> = Vec::new();
        for (i, p) in op.path_params.iter().enumerate() {
            let flag = format!("--{}", generator::lower::flag_name(&p.wire_name));
            let value = values(&api, &p.ty, &p.wire_name).remove(0);
            if i == 0 && p.wire_name == "AccountSid" {
                optional.push((flag, vec![value]));
            } else {
                required.push((flag, value));
            }
        }
        for p in op.params.iter().filter(|p| p.location != Location::Path) {
            let flag = format!("--{}", generator::lower::flag_name(&p.wire_name));
            if matches!(p.ty, Type::Array(_)) {
                // Prism 5.16 reads a form array only as `Key[]=a&Key[]=b`, never as the
                // repeated keys that OpenAPI's form style and Twilio use
                // (stoplightio/prism#2473): `form_arrays_are_what_prism_cannot_read` pins
                // that down, and tests/tests/client.rs checks the repeated keys against
                // wiremock.
                arrays.insert(flag.clone());
                continue;
            }
            let vals = values(&api, &p.ty, &p.wire_name);
            if p.required {
                required.push((flag, vals[0].clone()));
            } else {
                optional.push((flag, vals));
            }
        }
        arrays_left_out.extend(arrays);
        // Every combination of optional flags where there are few; with many (a list's filters,
        // CreateCall's options) none, and each alone.
        let combinations = if optional.len() <= 6 {
            subsets(&optional)
        } else {
            let mut some = vec![Vec::new()];
            some.extend(optional.iter().map(|o| vec![o.clone()]));
            some
        };
        for chosen in combinations {
            // Each enum value in turn for the chosen flags (the longest list sets the count).
            let rounds = chosen.iter().map(|(_, v)| v.len()).max().unwrap_or(1);
            for round in 0..rounds {
                let mut args = vec!["--base-url".to_owned(), base_url.to_owned(), name.clone()];
                debug_assert_eq!(args[0], "--base-url");
                for (flag, value) in &required {
                    args.extend([flag.clone(), value.clone()]);
                }
                for (flag, vals) in &chosen {
                    args.extend([flag.clone(), vals[round % vals.len()].clone()]);
                }
                // A list prints the items of the first page only: Prism's example page links
                // to a next page whose query (the example's own filters) Prism itself refuses.
                if op.paging.is_some() {
                    args.extend(["--limit".to_owned(), "1".to_owned()]);
                }
                // A group of which one input must be given (CreateCall's `Url`, `Twiml`,
                // `ApplicationSid`) gets its first member where the choice has none.
                for group in &op.conditional {
                    let flags: Vec<String> = group
                        .iter()
                        .map(|w| format!("--{}", generator::lower::flag_name(w)))
                        .collect();
                    if !flags.iter().any(|f| args.contains(f))
                        && let Some((flag, vals)) = optional.iter().find(|(f, _)| f == &flags[0])
                    {
                        args.extend([flag.clone(), vals[0].clone()]);
                    }
                }
                let run = |args: &[String]| {
                    std::process::Command::new(tests::cli_binary())
                        .args(args)
                        .env_clear()
                        .env("TWILIO_ACCOUNT_SID", ACCOUNT)
                        .env("TWILIO_AUTH_TOKEN", "token")
                        .output()
                        .expect("runs")
                };
                let mut out = run(&args);
                if out.status.code() == Some(1)
                    && String::from_utf8_lossy(&out.stderr).contains("HTTP 500")
                {
                    response_invalid.insert((op.method.as_str().to_owned(), op.path.clone()));
                    args[1] = lenient_url.to_owned();
                    out = run(&args);
                }
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
                if !out.stdout.is_empty() {
                    let _: serde_json::Value =
                        serde_json::from_slice(&out.stdout).expect("stdout is JSON");
                }
                runs += 1;
            }
        }
    }
    // 3 operations: create subscription 4 flag subsets x enum rounds, message 4, delete 2.
    assert!(runs >= 3 * 2, "only {runs} command lines ran");
    assert_eq!(
        arrays_left_out
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        [
            "--recording-status-callback-event",
            "--status-callback-event"
        ],
        "the form arrays of the selection (CreateCall's), and nothing else, are kept from Prism"
    );
    response_invalid
}

/// Why the contract test keeps form arrays from Prism: Prism 5.16 takes `Key=a&Key=b` for the
/// string `b` and rejects it ("must be array"), while `Key[]=a&Key[]=b`, which Twilio does not
/// read, passes. If a later Prism reads repeated keys, this fails, and the arrays can go back
/// into the contract test.
#[tokio::test(flavor = "multi_thread")]
async fn form_arrays_are_what_prism_cannot_read() {
    let prism = tests::Prism::start_with(false);
    let http = reqwest::Client::new();
    let url = format!(
        "{}/2010-04-01/Accounts/{ACCOUNT}/Calls.json",
        prism.base_url
    );
    let send = |body: &'static str| {
        http.post(&url)
            .basic_auth(ACCOUNT, Some("t"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
    };
    let base = "To=%2B15005550006&From=%2B15005550001&Url=https%3A%2F%2Fexample.com%2Ftwiml";
    let plain = send(base).await.expect("answers");
    assert_eq!(plain.status().as_u16(), 201, "the call without arrays");
    let repeated = send(
        "To=%2B15005550006&From=%2B15005550001&Url=https%3A%2F%2Fexample.com%2Ftwiml\
         &StatusCallbackEvent=initiated&StatusCallbackEvent=ringing",
    )
    .await
    .expect("answers");
    assert_eq!(repeated.status().as_u16(), 422);
    let body: serde_json::Value =
        serde_json::from_slice(&repeated.bytes().await.expect("body")).expect("violations");
    let violations = body["validation"].as_array().expect("violations");
    assert_eq!(violations.len(), 1, "{body}");
    assert_eq!(
        violations[0]["location"][1], "StatusCallbackEvent",
        "{body}"
    );
    assert_eq!(violations[0]["code"], "type", "{body}");
    let bracketed = send(
        "To=%2B15005550006&From=%2B15005550001&Url=https%3A%2F%2Fexample.com%2Ftwiml\
         &StatusCallbackEvent[]=initiated&StatusCallbackEvent[]=ringing",
    )
    .await
    .expect("answers");
    assert_eq!(bracketed.status().as_u16(), 201);
}
