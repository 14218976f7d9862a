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

use tests::loopback::{ACCOUNT, CALL, env_count, median, serve};
use twilio_api_v2010::{
    CallSid, Client, CreateUserDefinedMessageSubscriptionParams, ListCallParams, RetryPolicy,
};

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
