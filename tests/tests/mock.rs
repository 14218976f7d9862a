//! The generated crate's typed mock (feature `mock`), used as a user tests their own code with
//! it: answers in order (retries), delays (timeouts), raw answers, Twilio's pages walked by
//! `list`, `stream` and `page`, Twilio's error form, a 401 without credentials, a 404 for what
//! no mock matches, and `verify`'s report, through the async and the blocking client.

use std::panic::AssertUnwindSafe;
use std::time::Duration;

use futures_util::StreamExt;
use twilio_api_v2010::mock::MockServer;
use twilio_api_v2010::{
    Call, CallSid, CallStatus, CreateUserDefinedMessageParams, Error, ListCallParams,
    ListCallResponseBody, RetryPolicy, UserDefinedMessage,
};

fn call_sid(n: u32) -> CallSid {
    format!("CA{n:032x}").parse().expect("a call SID")
}

fn call(n: u32) -> Call {
    let mut call = Call::default();
    call.sid = Some(call_sid(n));
    call.status = Some(CallStatus::Completed);
    call.date_created =
        Some(time::OffsetDateTime::from_unix_timestamp(1796637600).expect("a date"));
    call
}

/// What `verify` panics with, or `None` if it does not.
fn verify_message(server: &MockServer) -> Option<String> {
    let panic = std::panic::catch_unwind(AssertUnwindSafe(|| server.verify())).err()?;
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| (*s).to_owned()))
}

#[tokio::test]
async fn a_503_then_a_success_is_retried_and_both_attempts_are_received() {
    let server = MockServer::start().await;
    let mut sent = UserDefinedMessage::default();
    sent.call_sid = Some(call_sid(1));
    let mock = server
        .create_user_defined_message()
        .times(2)
        .respond_status(503)
        .respond(sent);
    let client = server
        .client_builder()
        .retry_policy(RetryPolicy::default().base_delay(Duration::from_millis(1)))
        .build()
        .expect("client");

    let message = client
        .call(&call_sid(1))
        .user_defined_messages()
        .create(CreateUserDefinedMessageParams::new("{}"))
        .await
        .expect("the retry succeeds");

    assert_eq!(message.call_sid, Some(call_sid(1)));
    let received = mock.received();
    assert_eq!(received.len(), 2, "both attempts are received");
    // The retry is the same request: the same idempotency key, made by the client.
    assert!(received[0].idempotency_key.is_some());
    assert_eq!(received[0].idempotency_key, received[1].idempotency_key);
    server.verify();
}

#[tokio::test]
async fn a_slow_answer_is_a_timeout() {
    let server = MockServer::start().await;
    server
        .fetch_call()
        .respond_after(Duration::from_secs(5))
        .respond(call(1));
    let client = server
        .client_builder()
        .timeout(Duration::from_millis(200))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");

    let error = client
        .call(&call_sid(1))
        .fetch()
        .await
        .expect_err("too slow");

    assert!(error.is_timeout(), "{error}");
}

#[tokio::test]
async fn a_raw_answer_the_spec_does_not_describe_is_undecodable_but_succeeded() {
    let server = MockServer::start().await;
    server.fetch_call().respond_raw(
        200,
        &[("content-type", "text/html")],
        "<html>maintenance</html>",
    );

    let error = server
        .client()
        .call(&call_sid(1))
        .fetch()
        .await
        .expect_err("not JSON");

    assert!(matches!(error, Error::Undecodable(_)), "{error}");
    assert!(error.succeeded());
}

#[tokio::test]
async fn a_fetched_call_comes_back_as_the_api_writes_it() {
    let server = MockServer::start().await;
    server.fetch_call().respond(call(7));

    let fetched = server
        .client()
        .call(&call_sid(7))
        .fetch()
        .await
        .expect("fetched");

    assert_eq!(fetched.status(), 200);
    // The date went as Twilio writes it (RFC 2822) and came back the same instant.
    let body: serde_json::Value = fetched.body_json().expect("JSON");
    assert_eq!(body["date_created"], "Mon, 07 Dec 2026 10:00:00 +0000");
    assert_eq!(*fetched, call(7));
}

#[tokio::test]
async fn items_are_served_in_pages_that_list_stream_and_page_walk() {
    let server = MockServer::start().await;
    let mock = server
        .list_call()
        .when(|p| p.status == Some(CallStatus::Completed))
        .respond_items((0..5).map(call).collect());
    let client = server.client();
    let completed = || {
        ListCallParams::default()
            .status(CallStatus::Completed)
            .page_size(2)
    };

    let all = client.calls().list(completed()).await.expect("listed");
    assert_eq!(all, (0..5).map(call).collect::<Vec<_>>());
    assert_eq!(mock.received().len(), 3, "three pages of two");
    // Every page's request carried the filter and the page size the code asked for.
    assert!(
        mock.received()
            .iter()
            .all(|p| p.page_size == Some(2) && p.status == Some(CallStatus::Completed))
    );

    let streamed: Vec<Call> = client
        .calls()
        .stream(completed().limit(3))
        .map(|c| c.expect("a call"))
        .collect()
        .await;
    assert_eq!(streamed.len(), 3);

    let first = client.calls().page(completed()).await.expect("a page");
    assert_eq!(first.items().len(), 2);
    let second = first.next_page().await.expect("next").expect("a second");
    assert_eq!(second.items(), &[call(2), call(3)][..]);
    server.verify();
}

#[tokio::test]
async fn a_whole_page_can_be_answered_as_it_is() {
    let server = MockServer::start().await;
    let mut page = ListCallResponseBody::default();
    page.calls = Some(vec![call(1)]);
    server.list_call().respond(page);

    let calls = server
        .client()
        .calls()
        .list(ListCallParams::default())
        .await
        .expect("listed");

    assert_eq!(calls, vec![call(1)]);
}

#[tokio::test]
async fn an_error_is_twilios_and_an_unmatched_request_is_a_404_that_verify_names() {
    let server = MockServer::start().await;
    server
        .create_user_defined_message()
        .when(|p| p.content.contains("hello"))
        .respond_error(400, 21201, "No 'To' number is specified");
    let client = server.client();
    let messages = client.call(&call_sid(1)).user_defined_messages();

    let refused = messages
        .create(CreateUserDefinedMessageParams::new(r#"{"hello":1}"#))
        .await
        .expect_err("refused");
    assert_eq!(refused.status(), Some(400));
    assert_eq!(refused.code(), Some(21201));
    let Error::Api(api) = &refused else {
        panic!("an API error: {refused}")
    };
    assert_eq!(api.message, "No 'To' number is specified");
    assert_eq!(
        api.more_info.as_deref(),
        Some("https://www.twilio.com/docs/errors/21201")
    );
    server.verify();

    // A body the `when` refuses, and a call that no mock covers, are 404s in Twilio's form.
    let unmatched = messages
        .create(CreateUserDefinedMessageParams::new("{}"))
        .await
        .expect_err("no mock");
    assert_eq!(unmatched.status(), Some(404));
    assert_eq!(unmatched.code(), Some(20404));
    client
        .call(&call_sid(2))
        .fetch()
        .await
        .expect_err("no mock");
    let report = verify_message(&server).expect("verify panics");
    assert!(
        report.contains("no mock matched POST /2010-04-01/Accounts/AC00000000000000000000000000000000/Calls/CA00000000000000000000000000000001/UserDefinedMessages.json (`CreateUserDefinedMessage`: its `when` does not hold)"),
        "{report}"
    );
    assert!(
        report.contains("no mock matched GET /2010-04-01/Accounts/AC00000000000000000000000000000000/Calls/CA00000000000000000000000000000002.json"),
        "{report}"
    );
    assert_eq!(server.unmatched().len(), 2);
}

#[tokio::test]
async fn verify_names_each_operation_whose_times_was_not_met() {
    let server = MockServer::start().await;
    server.fetch_call().times(2).respond(call(1));
    server
        .delete_user_defined_message_subscription()
        .times(1)
        .respond(());
    server
        .client()
        .call(&call_sid(1))
        .fetch()
        .await
        .expect("fetched");

    let report = verify_message(&server).expect("verify panics");

    assert!(
        report.contains("`FetchCall` expected 2 matching request(s), received 1"),
        "{report}"
    );
    assert!(
        report.contains(
            "`DeleteUserDefinedMessageSubscription` expected 1 matching request(s), received 0"
        ),
        "{report}"
    );
}

#[tokio::test]
async fn a_request_without_credentials_is_a_401() {
    let server = MockServer::start().await;
    server.fetch_call().respond(call(1));
    let url = format!(
        "{}/2010-04-01/Accounts/AC00000000000000000000000000000000/Calls/{}.json",
        server.uri(),
        call_sid(1)
    );

    let answer = reqwest::get(&url).await.expect("answered");

    assert_eq!(answer.status(), 401);
    let body: serde_json::Value =
        serde_json::from_slice(&answer.bytes().await.expect("a body")).expect("JSON");
    assert_eq!(body["code"], 20003);
    assert!(verify_message(&server).is_some_and(|m| m.contains("no credentials")));
}

#[tokio::test]
async fn the_blocking_client_works_against_the_mock_too() {
    let server = MockServer::start().await;
    let mock = server.fetch_call().times(1).respond(call(3));
    let client = server.blocking_client();

    let fetched = client.call(&call_sid(3)).fetch().expect("fetched");

    assert_eq!(*fetched, call(3));
    assert_eq!(mock.received(), vec![()]);
    server.verify();
}
