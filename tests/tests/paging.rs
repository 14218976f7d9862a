//! Lists against wiremock: Twilio's paging followed to the end, a limit that stops in the middle
//! of a page, and `StartTime<`-style query names. (Repeated form keys are covered by the
//! generator's fixture crate in `tests/tests/snapshots.rs`.)

use futures_util::StreamExt;
use twilio_api_v2010::{Client, ListCallParams, RetryPolicy};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALLS: &str = "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls.json";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("token")
        .base_url(server.uri())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client")
}

fn call(n: usize) -> serde_json::Value {
    serde_json::json!({"sid": format!("CA{:032x}", n), "account_sid": ACCOUNT})
}

/// Three pages of two calls, linked by `next_page_uri`, the last one ending the list.
async fn three_pages(server: &MockServer) {
    for page in 0..3usize {
        let next = (page < 2).then(|| {
            format!(
                "{CALLS}?PageSize=2&Page={}&PageToken=PA{}",
                page + 1,
                page + 1
            )
        });
        let body = serde_json::json!({
            "calls": [call(page * 2), call(page * 2 + 1)],
            "next_page_uri": next,
            "page": page, "page_size": 2, "uri": CALLS,
        });
        let mock = Mock::given(method("GET")).and(path(CALLS));
        let mock = if page == 0 {
            mock.and(query_param("PageSize", "2"))
                .and(query_param_is_missing("PageToken"))
        } else {
            mock.and(query_param("PageToken", format!("PA{page}")))
        };
        mock.respond_with(ResponseTemplate::new(200).set_body_json(body))
            .mount(server)
            .await;
    }
}

#[tokio::test]
async fn a_stream_follows_every_page_to_the_end() {
    let server = MockServer::start().await;
    three_pages(&server).await;
    let client = client(&server);
    let calls: Vec<_> = client
        .stream_call(ListCallParams::new().page_size(2), None)
        .collect()
        .await;
    let sids: Vec<String> = calls
        .into_iter()
        .map(|c| c.expect("a call").sid.map(String::from).expect("sid"))
        .collect();
    let expected: Vec<String> = (0..6).map(|n| format!("CA{n:032x}")).collect();
    assert_eq!(sids, expected);
    assert_eq!(
        server.received_requests().await.expect("recorded").len(),
        3,
        "three pages, then the end"
    );

    // The page call itself.
    let page = client
        .list_call(ListCallParams::new().page_size(2))
        .await
        .expect("first page");
    assert_eq!(page.calls.map(|c| c.len()), Some(2));
    assert!(
        page.next_page_uri
            .is_some_and(|n| n.contains("PageToken=PA1"))
    );
}

#[tokio::test]
async fn a_limit_stops_in_the_middle_of_a_page() {
    let server = MockServer::start().await;
    three_pages(&server).await;
    let client = client(&server);
    let calls: Vec<_> = client
        .stream_call(ListCallParams::new().page_size(2), Some(3))
        .collect()
        .await;
    assert_eq!(calls.len(), 3);
    assert!(calls.iter().all(Result::is_ok));
    assert_eq!(
        server.received_requests().await.expect("recorded").len(),
        2,
        "the third page is never asked for"
    );
    let none: Vec<_> = client
        .stream_call(ListCallParams::new().page_size(2), Some(0))
        .collect()
        .await;
    assert!(none.is_empty());
}

#[tokio::test]
async fn an_error_ends_the_stream_after_it_is_yielded() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(404).set_body_json(
                serde_json::json!({"code": 20404, "message": "gone", "status": 404}),
            ),
        )
        .mount(&server)
        .await;
    let results: Vec<_> = client(&server)
        .stream_call(ListCallParams::new(), None)
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].as_ref().expect_err("404").code(), Some(20404));
    // A bad input is reported by the stream too, and nothing is sent.
    let server = MockServer::start().await;
    let bad: Vec<_> = client(&server)
        .stream_call(ListCallParams::new().page_size(5000), None)
        .collect()
        .await;
    assert!(
        matches!(&bad[..], [Err(twilio_api_v2010::Error::Validation(v))] if v.parameter == "PageSize"),
        "{bad:?}"
    );
    assert!(
        server
            .received_requests()
            .await
            .expect("recorded")
            .is_empty()
    );
}

#[tokio::test]
async fn newer_apis_link_pages_with_meta_next_page_url() {
    // The newer APIs give an absolute URL; only its path and query are followed, on the
    // client's base URL.
    #[derive(serde::Deserialize)]
    struct Meta {
        next_page_url: Option<String>,
    }
    #[derive(serde::Deserialize)]
    struct Page {
        services: Vec<serde_json::Value>,
        meta: Meta,
    }
    let server = MockServer::start().await;
    let next = "https://messaging.twilio.com/v1/Services?PageSize=1&Page=1&PageToken=PT1";
    Mock::given(method("GET"))
        .and(path("/v1/Services"))
        .and(query_param("PageToken", "PT1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            serde_json::json!({"services": [{"n": 2}], "meta": {"next_page_url": null}}),
        ))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/Services"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            serde_json::json!({"services": [{"n": 1}], "meta": {"next_page_url": next}}),
        ))
        .mount(&server)
        .await;
    let client = client(&server);
    let first = twilio_api_v2010::paging::next_page_request(
        "https://messaging.twilio.com",
        "/v1/Services?PageSize=1",
    );
    let items: Vec<_> = twilio_api_v2010::paging::items(
        &client,
        first.ok_or_else(unreachable_request),
        None,
        |page: Page| (page.services, page.meta.next_page_url),
    )
    .collect()
    .await;
    let numbers: Vec<i64> = items
        .into_iter()
        .map(|i| i.expect("item")["n"].as_i64().expect("n"))
        .collect();
    assert_eq!(numbers, vec![1, 2]);
}

fn unreachable_request() -> twilio_api_v2010::Error {
    twilio_api_v2010::Error::validation("link", "not a path")
}

#[tokio::test]
async fn query_names_with_comparisons() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(CALLS))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"calls": [], "next_page_uri": null})),
        )
        .mount(&server)
        .await;

    let client = client(&server);
    let after = time::OffsetDateTime::from_unix_timestamp(1_700_000_000).expect("time");
    client
        .list_call(
            ListCallParams::new()
                .start_time_before(after)
                .start_time_after(after),
        )
        .await
        .expect("listed");

    let requests = server.received_requests().await.expect("recorded");
    let query = requests[0].url.query().unwrap_or_default().to_owned();
    assert!(
        query.contains("StartTime%3C=2023-11-14T22%3A13%3A20Z"),
        "{query}"
    );
    assert!(
        query.contains("StartTime%3E=2023-11-14T22%3A13%3A20Z"),
        "{query}"
    );
}
