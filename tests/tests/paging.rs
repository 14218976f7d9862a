//! Lists against wiremock, used as Twilio's libraries are: `list` collects every item up to a
//! limit, `stream` yields them page by page, `page` gives one page and the way to the next.
//! Also: a limit without a page size asks for pages of the limit's size, no page is asked for
//! once the limit is reached, links are followed only on the client's own host, and
//! `StartTime<`-style query names.

use futures_util::StreamExt;
use twilio_api_v2010::{Client, Error, ListCallParams, RetryPolicy};
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

fn sids(calls: Vec<twilio_api_v2010::Call>) -> Vec<String> {
    calls
        .into_iter()
        .map(|c| c.sid.map(String::from).expect("sid"))
        .collect()
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

async fn requests(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.expect("recorded")
}

#[tokio::test]
async fn list_collects_every_page_and_stream_yields_the_same() {
    let server = MockServer::start().await;
    three_pages(&server).await;
    let client = client(&server);
    let expected: Vec<String> = (0..6).map(|n| format!("CA{n:032x}")).collect();

    let all = client
        .calls()
        .list(ListCallParams::new().page_size(2))
        .await
        .expect("every call");
    assert_eq!(sids(all), expected);
    assert_eq!(
        requests(&server).await.len(),
        3,
        "three pages, then the end"
    );

    let streamed: Vec<_> = client
        .calls()
        .stream(ListCallParams::new().page_size(2))
        .collect()
        .await;
    let streamed: Vec<_> = streamed.into_iter().map(|c| c.expect("a call")).collect();
    assert_eq!(sids(streamed), expected);
    assert_eq!(requests(&server).await.len(), 6);
}

#[tokio::test]
async fn page_gives_one_page_and_fetches_the_next_on_demand() {
    let server = MockServer::start().await;
    three_pages(&server).await;
    let client = client(&server);
    let first = client
        .calls()
        .page(ListCallParams::new().page_size(2))
        .await
        .expect("first page");
    assert_eq!(first.items().len(), 2);
    assert!(first.has_next());
    assert_eq!(first.response().status(), 200);
    assert_eq!(requests(&server).await.len(), 1, "one page only");
    let second = first.next_page().await.expect("ok").expect("a second page");
    assert_eq!(
        sids(second.into_items()),
        vec![format!("CA{:032x}", 2), format!("CA{:032x}", 3)]
    );
    let mut page = client
        .calls()
        .page(ListCallParams::new().page_size(2))
        .await
        .expect("first page");
    let mut pages = 1;
    while let Some(next) = page.next_page().await.expect("ok") {
        page = next;
        pages += 1;
    }
    assert_eq!(pages, 3);
    assert!(!page.has_next());
}

#[tokio::test]
async fn a_limit_stops_in_the_middle_of_a_page_and_asks_for_no_further_page() {
    let server = MockServer::start().await;
    three_pages(&server).await;
    let client = client(&server);
    let three = client
        .calls()
        .list(ListCallParams::new().page_size(2).limit(3))
        .await
        .expect("three calls");
    assert_eq!(three.len(), 3);
    assert_eq!(
        requests(&server).await.len(),
        2,
        "the third page is never asked for"
    );

    let streamed: Vec<_> = client
        .calls()
        .stream(ListCallParams::new().page_size(2).limit(3))
        .collect()
        .await;
    assert_eq!(streamed.len(), 3);
    assert!(streamed.iter().all(Result::is_ok));
    assert_eq!(requests(&server).await.len(), 4);

    // A limit of two ends with the first page.
    let two = client
        .calls()
        .list(ListCallParams::new().page_size(2).limit(2))
        .await
        .expect("two calls");
    assert_eq!(two.len(), 2);
    assert_eq!(requests(&server).await.len(), 5);

    let none = client
        .calls()
        .list(ListCallParams::new().limit(0))
        .await
        .expect("nothing");
    assert!(none.is_empty());
    assert_eq!(
        requests(&server).await.len(),
        5,
        "a limit of 0 sends nothing"
    );
}

#[tokio::test]
async fn a_limit_without_a_page_size_asks_for_pages_of_its_size() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(CALLS))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"calls": [call(1)], "next_page_uri": null})),
        )
        .mount(&server)
        .await;
    let client = client(&server);
    let page_size = |request: &wiremock::Request| {
        request
            .url
            .query_pairs()
            .find(|(k, _)| k == "PageSize")
            .map(|(_, v)| v.into_owned())
    };
    for (params, expected) in [
        (ListCallParams::new().limit(120), Some("120")),
        (ListCallParams::new().limit(5000), Some("1000")),
        (ListCallParams::new().limit(120).page_size(50), Some("50")),
        (ListCallParams::new(), None),
    ] {
        client.calls().list(params).await.expect("listed");
        let sent = requests(&server).await;
        let last = sent.last().expect("a request");
        assert_eq!(page_size(last).as_deref(), expected, "{}", last.url);
    }
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
        .calls()
        .stream(ListCallParams::new())
        .collect()
        .await;
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].as_ref().expect_err("404").code(), Some(20404));
    // A bad input is reported by the stream too, and nothing is sent.
    let server = MockServer::start().await;
    let bad: Vec<_> = client(&server)
        .calls()
        .stream(ListCallParams::new().page_size(5000))
        .collect()
        .await;
    assert!(
        matches!(&bad[..], [Err(Error::Validation(v))] if v.parameter == "PageSize"),
        "{bad:?}"
    );
    assert!(requests(&server).await.is_empty());
}

#[tokio::test]
async fn absolute_links_are_followed_on_the_clients_host_only() {
    // The newer APIs' absolute `next_page_url`: a link on the API's own host or on the host
    // the client sends to is followed there (its path and query, on the client's base URL); a
    // link to any other host is an error, and nothing is sent to it.
    let server = MockServer::start().await;
    let own = format!("{}{CALLS}?PageSize=1&Page=1&PageToken=PT1", server.uri());
    let twilio = format!("https://api.twilio.com{CALLS}?PageSize=1&Page=2&PageToken=PT2");
    let elsewhere = format!("https://evil.example.com{CALLS}?PageToken=PT3");
    for (token, calls, next) in [
        (None, vec![call(0)], Some(own.as_str())),
        (Some("PT1"), vec![call(1)], Some(twilio.as_str())),
        (Some("PT2"), vec![call(2)], Some(elsewhere.as_str())),
    ] {
        let mock = Mock::given(method("GET")).and(path(CALLS));
        let mock = match token {
            Some(t) => mock.and(query_param("PageToken", t)),
            None => mock.and(query_param_is_missing("PageToken")),
        };
        mock.respond_with(
            ResponseTemplate::new(200)
                .set_body_json(serde_json::json!({"calls": calls, "next_page_uri": next})),
        )
        .mount(&server)
        .await;
    }
    let results: Vec<_> = client(&server)
        .calls()
        .stream(ListCallParams::new())
        .collect()
        .await;
    // The third page's own item is read; only following its link is refused.
    assert_eq!(results.len(), 4, "{results:?}");
    assert!(results[..3].iter().all(Result::is_ok));
    let err = results[3].as_ref().expect_err("a foreign link");
    assert!(
        err.to_string().contains("leaves the client's host"),
        "{err}"
    );
    assert_eq!(requests(&server).await.len(), 3);
}

#[tokio::test]
async fn query_names_with_comparisons_and_dates_as_given() {
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
    // An instant goes out in UTC as Twilio's libraries write it; a date as Twilio documents
    // its date filters.
    let after = time::OffsetDateTime::from_unix_timestamp(1_700_000_000)
        .expect("time")
        .to_offset(time::UtcOffset::from_hms(2, 0, 0).expect("offset"));
    let day = time::Date::from_calendar_date(2009, time::Month::July, 6).expect("date");
    client
        .calls()
        .list(
            ListCallParams::new()
                .start_time_before(after)
                .start_time_after(after)
                .end_time(day),
        )
        .await
        .expect("listed");

    let requests = requests(&server).await;
    let query = requests[0].url.query().unwrap_or_default().to_owned();
    assert!(
        query.contains("StartTime%3C=2023-11-14T22%3A13%3A20Z"),
        "{query}"
    );
    assert!(
        query.contains("StartTime%3E=2023-11-14T22%3A13%3A20Z"),
        "{query}"
    );
    assert!(
        requests[0]
            .url
            .query_pairs()
            .any(|(k, v)| k == "EndTime" && v == "2009-07-06"),
        "{query}"
    );
}

#[tokio::test]
async fn a_page_that_links_to_itself_ends_the_list_with_an_error() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(CALLS))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            serde_json::json!({"calls": [call(1)], "next_page_uri": format!("{CALLS}?PageSize=1")}),
        ))
        .mount(&server)
        .await;
    let err = client(&server)
        .calls()
        .list(ListCallParams::new().page_size(1))
        .await
        .expect_err("a loop");
    assert!(err.to_string().contains("the same page"), "{err}");
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test]
async fn a_page_whose_link_leaves_the_host_is_read_and_its_link_refused() {
    // A page is the API's answer and is read whatever it links to; only following a link to
    // another host is refused, with nothing sent there.
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path(CALLS))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "calls": [call(7)],
            "next_page_uri": format!("https://evil.example.com{CALLS}?PageToken=PT9"),
        })))
        .mount(&server)
        .await;
    let client = client(&server);
    let calls = client.calls();
    let page = calls.page(ListCallParams::new()).await.expect("the page");
    assert_eq!(page.items().len(), 1);
    assert!(page.has_next());
    assert_eq!(page.next_page_path(), None, "nothing to follow");
    let err = page.next_page().await.expect_err("refused");
    assert!(
        err.to_string().contains("leaves the client's host"),
        "{err}"
    );
    // A list limited to the page's items never asks for more, so it succeeds.
    let one = calls
        .list(ListCallParams::new().limit(1))
        .await
        .expect("one item");
    assert_eq!(sids(one).len(), 1);
    assert_eq!(requests(&server).await.len(), 2);
}
