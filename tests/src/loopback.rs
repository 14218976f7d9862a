//! A loopback HTTP/1.1 server for the client benchmarks (`tests/benches/`): it answers as
//! Twilio would, with bodies made beforehand, as cheaply per request as can be, so that what is
//! measured is the clients. And the benchmarks' statistics.

use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// The account every answer is for.
pub const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
/// The call of the subscriptions.
pub const CALL: &str = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// The answers, by request path and query, as Twilio writes them.
pub fn answer(target: &str) -> (u16, String) {
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
pub async fn serve() -> String {
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

/// The median of `values` (sorted in place).
pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// A count from the environment variable `name`, or `default`.
pub fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}
