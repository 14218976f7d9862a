//! What the blocking client costs on top of the async one it waits on: creating a
//! user-defined message subscription (one form POST and its JSON answer) with each, against
//! the same loopback server, which runs on a thread of its own so that neither client shares a
//! runtime with it. The async side awaits its creates one after another on a current-thread
//! runtime, as a program built on one would; the blocking side calls from a plain thread.
//! Samples alternate; the report gives each side's median time per create and the median of the
//! paired ratios, then the async client against itself (this machine's noise).
//!
//! `cargo bench -p tests --bench blocking_overhead` (`BENCH_SAMPLES`, `BENCH_OPS`).

use std::time::{Duration, Instant};

use tests::loopback::{ACCOUNT, CALL, env_count, median, serve};
use twilio_api_v2010::{CallSid, CreateUserDefinedMessageSubscriptionParams, RetryPolicy};

fn params() -> CreateUserDefinedMessageSubscriptionParams {
    CreateUserDefinedMessageSubscriptionParams::new("https://example.com/messages")
        .idempotency_key("key-1")
}

fn main() {
    // The server, on a runtime and a thread of its own.
    let server = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("server runtime");
    let base = server.block_on(serve());
    let call: CallSid = CALL.parse().expect("sid");
    let builder = || {
        twilio_api_v2010::Client::builder()
            .account_sid(ACCOUNT)
            .auth_token("token")
            .base_url(&base)
            .retry_policy(RetryPolicy::none())
    };
    let asynchronous = builder().build().expect("async client");
    let blocking = twilio_api_v2010::blocking::Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("token")
        .base_url(&base)
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("blocking client");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    let async_creates = |n: usize| {
        runtime.block_on(async {
            for _ in 0..n {
                let created = asynchronous
                    .call(&call)
                    .user_defined_message_subscriptions()
                    .create(params())
                    .await
                    .expect("created");
                assert!(created.sid.is_some());
            }
        });
    };
    let blocking_creates = |n: usize| {
        for _ in 0..n {
            let created = blocking
                .call(&call)
                .user_defined_message_subscriptions()
                .create(params())
                .expect("created");
            assert!(created.sid.is_some());
        }
    };
    let samples = env_count("BENCH_SAMPLES", 41);
    let ops = env_count("BENCH_OPS", 200);
    println!(
        "blocking client on 127.0.0.1: {samples} alternating samples of {ops} creates each, medians"
    );
    for (what, calibrate) in [
        ("create a subscription", false),
        ("create, the async client against itself", true),
    ] {
        async_creates(ops);
        blocking_creates(ops);
        let (mut ours, mut theirs, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        for sample in 0..samples {
            let (mut first, mut second) = (Duration::ZERO, Duration::ZERO);
            for side in if sample % 2 == 0 { [0, 1] } else { [1, 0] } {
                let start = Instant::now();
                match side {
                    0 if calibrate => async_creates(ops),
                    0 => blocking_creates(ops),
                    _ => async_creates(ops),
                }
                if side == 0 {
                    first = start.elapsed();
                } else {
                    second = start.elapsed();
                }
            }
            let per_op = |d: Duration| d.as_secs_f64() * 1e6 / ops as f64;
            ours.push(per_op(first));
            theirs.push(per_op(second));
            ratios.push(first.as_secs_f64() / second.as_secs_f64());
        }
        let (ours, theirs, ratio) = (median(&mut ours), median(&mut theirs), median(&mut ratios));
        if calibrate {
            println!("{what}: {ours:.1} us and {theirs:.1} us, paired ratio {ratio:.3}x");
        } else {
            println!(
                "{what}: blocking {ours:.1} us, async {theirs:.1} us, paired ratio {ratio:.3}x"
            );
        }
    }
}
