//! What the generated client costs on top of bare reqwest, on a loopback server: creating a
//! user-defined message subscription (one form POST and its JSON answer), and listing calls
//! across three pages. Both sides send the same requests (the same headers, the same 30 s
//! timeout) over one keep-alive connection to the same server and decode the answers (the
//! client into its types, bare reqwest into `serde_json::Value`). Samples alternate between
//! the two; the report gives each side's median time per operation and the median of the
//! paired ratios, and last the same ratio for bare reqwest against itself, which shows how
//! much of a ratio is this machine's noise.
//!
//! `cargo bench -p tests --bench client_overhead` (`BENCH_SAMPLES`, `BENCH_OPS` to change the
//! counts). The server runs in the same process and thread and answers with bodies made
//! beforehand, so that little besides the two clients is measured.

use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use twilio_api_v2010::{
    CallSid, Client, CreateUserDefinedMessageSubscriptionParams, ListCallParams, RetryPolicy,
};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// The answers, by request path and query, as Twilio writes them.
fn answer(target: &str) -> (u16, String) {
    let calls = format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json");
    if target.ends_with("UserDefinedMessageSubscriptions.json") {
        return (
            201,
            serde_json::json!({
                "account_sid": ACCOUNT, "call_sid": CALL,
                "sid": "ZYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                "date_created": "Wed, 18 Dec 2019 20:02:01 +0000",
                "uri": format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/UserDefinedMessageSubscriptions/ZYaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json")
            })
            .to_string(),
        );
    }
    let page: usize = target
        .split("Page=")
        .nth(1)
        .and_then(|p| p.split('&').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    let items: Vec<serde_json::Value> = (0..20)
        .map(|i| {
            serde_json::json!({
                "sid": format!("CA{:032x}", page * 20 + i), "account_sid": ACCOUNT,
                "date_created": "Tue, 31 Aug 2010 20:36:28 +0000", "status": "completed",
                "from": "+15017122661", "to": "+14155551212", "duration": "15",
                "price": "-0.03000", "price_unit": "USD", "group_sid": "", "trunk_sid": "",
                "start_time": "Tue, 31 Aug 2010 20:36:29 +0000", "end_time": "",
                "uri": format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/CA{:032x}.json", i)
            })
        })
        .collect();
    let next = (page < 2).then(|| format!("{calls}?PageSize=20&Page={}", page + 1));
    (
        200,
        serde_json::json!({"calls": items, "next_page_uri": next, "page": page, "page_size": 20})
            .to_string(),
    )
}

/// The position just after the first `\r\n\r\n` in `buffer`, if there is one.
fn head_end(buffer: &[u8]) -> Option<usize> {
    buffer
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| i + 4)
}

/// The `content-length` of a request head (0 if it has none).
fn content_length(head: &[u8]) -> usize {
    let text = String::from_utf8_lossy(head);
    text.split("\r\n")
        .find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse().ok())?
        })
        .unwrap_or(0)
}

/// A loopback HTTP/1.1 server with keep-alive, as cheap per request as can be, so that what
/// is measured is the clients: it reads each request (head and body) into one buffer and
/// writes its answer, made once beforehand, in one write. Returns its base URL.
async fn serve() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("addr"));
    let calls = format!("/2010-04-01/Accounts/{ACCOUNT}/Calls.json");
    let answers: std::sync::Arc<Vec<(String, Vec<u8>)>> = std::sync::Arc::new(
        [
            "/x/UserDefinedMessageSubscriptions.json".to_owned(),
            format!("{calls}?PageSize=20"),
            format!("{calls}?PageSize=20&Page=1"),
            format!("{calls}?PageSize=20&Page=2"),
        ]
        .into_iter()
        .map(|target| {
            let (status, body) = answer(&target);
            let whole = format!(
                "HTTP/1.1 {status} OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\ntwilio-request-id: RQ0123\r\n\r\n{body}",
                body.len()
            );
            (target, whole.into_bytes())
        })
        .collect(),
    );
    tokio::spawn(async move {
        while let Ok((mut stream, _)) = listener.accept().await {
            let _ = stream.set_nodelay(true);
            let answers = answers.clone();
            tokio::spawn(async move {
                let mut buffer = Vec::with_capacity(4096);
                let mut chunk = [0u8; 4096];
                loop {
                    let Some(end) = head_end(&buffer) else {
                        match stream.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                        }
                        continue;
                    };
                    let total = end + content_length(&buffer[..end]);
                    while buffer.len() < total {
                        match stream.read(&mut chunk).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                        }
                    }
                    let line_end = buffer.iter().position(|&b| b == b' ').unwrap_or(0);
                    let target_end = buffer[line_end + 1..]
                        .iter()
                        .position(|&b| b == b' ')
                        .map_or(end, |i| line_end + 1 + i);
                    let target = &buffer[line_end + 1..target_end];
                    let answer = if target.ends_with(b"UserDefinedMessageSubscriptions.json") {
                        &answers[0].1
                    } else if target.ends_with(b"Page=1") {
                        &answers[2].1
                    } else if target.ends_with(b"Page=2") {
                        &answers[3].1
                    } else {
                        &answers[1].1
                    };
                    if stream.write_all(answer).await.is_err() {
                        return;
                    }
                    buffer.drain(..total);
                }
            });
        }
    });
    base
}

/// The generated client's side.
struct Generated {
    client: Client,
    call: CallSid,
}

impl Generated {
    async fn create(&self) {
        let created = self
            .client
            .call(&self.call)
            .user_defined_message_subscriptions()
            .create(
                CreateUserDefinedMessageSubscriptionParams::new("https://example.com/messages")
                    .idempotency_key("key-1"),
            )
            .await
            .expect("created");
        assert!(created.sid.is_some());
    }

    async fn list(&self) {
        let calls = self
            .client
            .calls()
            .list(ListCallParams::new().page_size(20))
            .await
            .expect("listed");
        assert_eq!(calls.len(), 60);
    }
}

/// The same requests with reqwest alone.
struct Bare {
    http: reqwest::Client,
    base: String,
}

impl Bare {
    async fn create(&self) {
        let url = format!(
            "{}/2010-04-01/Accounts/{ACCOUNT}/Calls/{CALL}/UserDefinedMessageSubscriptions.json",
            self.base
        );
        let body = self
            .http
            .post(url)
            .basic_auth(ACCOUNT, Some("token"))
            .form(&[
                ("Callback", "https://example.com/messages"),
                ("IdempotencyKey", "key-1"),
            ])
            .send()
            .await
            .expect("sent")
            .bytes()
            .await
            .expect("body");
        let created: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
        assert!(created["sid"].is_string());
    }

    async fn list(&self) {
        let mut items = Vec::new();
        let mut next = Some(format!(
            "/2010-04-01/Accounts/{ACCOUNT}/Calls.json?PageSize=20"
        ));
        while let Some(path) = next.take() {
            let body = self
                .http
                .get(format!("{}{path}", self.base))
                .basic_auth(ACCOUNT, Some("token"))
                .send()
                .await
                .expect("sent")
                .bytes()
                .await
                .expect("body");
            let mut page: serde_json::Value = serde_json::from_slice(&body).expect("JSON");
            if let Some(calls) = page["calls"].as_array_mut() {
                items.append(calls);
            }
            next = page["next_page_uri"].as_str().map(str::to_owned);
        }
        assert_eq!(items.len(), 60);
    }
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let base = serve().await;
        let generated = Generated {
            client: Client::builder()
                .account_sid(ACCOUNT)
                .auth_token("token")
                .base_url(&base)
                .retry_policy(RetryPolicy::none())
                .build()
                .expect("client"),
            call: CALL.parse().expect("sid"),
        };
        let bare = Bare {
            // The same requests on the wire: the generated client's User-Agent, `Accept` and
            // 30 s timeout (reqwest has none by default; no production client goes without).
            http: {
                let mut headers = reqwest::header::HeaderMap::new();
                let agent = twilio_api_v2010::user_agent();
                headers.insert(
                    reqwest::header::USER_AGENT,
                    reqwest::header::HeaderValue::from_str(&agent).expect("agent"),
                );
                headers.insert(
                    reqwest::header::ACCEPT,
                    reqwest::header::HeaderValue::from_static("application/json"),
                );
                reqwest::Client::builder()
                    .default_headers(headers)
                    .timeout(twilio_api_v2010::DEFAULT_TIMEOUT)
                    .redirect(reqwest::redirect::Policy::none())
                    .build()
                    .expect("reqwest")
            },
            base: base.clone(),
        };
        // One side's creates alone, to count instructions with callgrind (steadier than time
        // on a shared machine): `ONLY_SIDE=generated|bare ONLY_OPS=2000`.
        if let Ok(side) = std::env::var("ONLY_SIDE") {
            for _ in 0..env_count("ONLY_OPS", 2000) {
                if side == "generated" {
                    generated.create().await;
                } else {
                    bare.create().await;
                }
            }
            return;
        }
        let samples = env_count("BENCH_SAMPLES", 41);
        let ops = env_count("BENCH_OPS", 200);
        println!("client overhead on 127.0.0.1: {samples} alternating samples of {ops} operations each, medians");
        // The third measurement pits bare reqwest against itself: how far from 1 a paired ratio
        // strays on this machine when both sides do the same work.
        for (what, list, calibrate) in [
            ("create a subscription", false, false),
            ("list 3 pages of calls", true, false),
            ("create, bare reqwest against itself", false, true),
        ] {
            // Warm both sides up: connections, allocator, caches.
            for _ in 0..ops {
                if calibrate {
                    bare.create().await;
                } else if list {
                    generated.list().await;
                    bare.list().await;
                } else {
                    generated.create().await;
                    bare.create().await;
                }
            }
            let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
            for sample in 0..samples {
                let mut measure_generated = Duration::ZERO;
                let mut measure_bare = Duration::ZERO;
                // Alternate which side goes first, so that neither always follows the other.
                for side in if sample % 2 == 0 { [0, 1] } else { [1, 0] } {
                    let start = Instant::now();
                    for _ in 0..ops {
                        match (side, list) {
                            (0, _) if calibrate => bare.create().await,
                            (0, false) => generated.create().await,
                            (0, true) => generated.list().await,
                            (_, false) => bare.create().await,
                            (_, true) => bare.list().await,
                        }
                    }
                    if side == 0 {
                        measure_generated = start.elapsed();
                    } else {
                        measure_bare = start.elapsed();
                    }
                }
                let per_op = |d: Duration| d.as_secs_f64() * 1e6 / ops as f64;
                ours.push(per_op(measure_generated));
                theirs.push(per_op(measure_bare));
                ratios.push(measure_generated.as_secs_f64() / measure_bare.as_secs_f64());
            }
            let (ours, theirs, ratio) = (median(&mut ours), median(&mut theirs), median(&mut ratios));
            if calibrate {
                println!("{what}: {ours:.1} us and {theirs:.1} us, paired ratio {ratio:.3}x");
            } else {
                println!("{what}: generated client {ours:.1} us, bare reqwest {theirs:.1} us, paired ratio {ratio:.3}x");
            }
        }
    });
}
