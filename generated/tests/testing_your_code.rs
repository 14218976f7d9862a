//! Testing code that calls Twilio, against the crate's typed mock (feature `mock`): the code
//! under test subscribes to a call's messages, sends one to the app and unsubscribes, and the
//! tests check what it sent, and what it does when Twilio refuses.
//!
//! ```sh
//! cargo test --features mock --test testing_your_code
//! ```

use twilio_api_v2010::mock::MockServer;
use twilio_api_v2010::{
    CallSid, Client, CreateUserDefinedMessageParams, CreateUserDefinedMessageSubscriptionParams,
    Error, UserDefinedMessage, UserDefinedMessageSubscription, UserDefinedMessageSubscriptionSid,
};

const CALLBACK: &str = "https://example.com/messages";

/// The code under test: subscribes to the call's messages, greets the app, unsubscribes, and
/// returns the subscription's SID.
async fn greet(
    client: &Client,
    call_sid: &CallSid,
) -> Result<Option<UserDefinedMessageSubscriptionSid>, Error> {
    let call = client.call(call_sid);
    let subscription = call
        .user_defined_message_subscriptions()
        .create(CreateUserDefinedMessageSubscriptionParams::new(CALLBACK))
        .await?;
    call.user_defined_messages()
        .create(CreateUserDefinedMessageParams::new(
            r#"{"greeting":"hello"}"#,
        ))
        .await?;
    if let Some(sid) = &subscription.sid {
        call.user_defined_message_subscription(sid).delete().await?;
    }
    Ok(subscription.sid.clone())
}

fn call_sid() -> CallSid {
    "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        .parse()
        .expect("a call SID")
}

#[tokio::test]
async fn subscribes_sends_a_message_and_unsubscribes() {
    let server = MockServer::start().await;
    let sid: UserDefinedMessageSubscriptionSid = "ZYbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
        .parse()
        .expect("a subscription SID");
    let mut subscription = UserDefinedMessageSubscription::default();
    subscription.sid = Some(sid.clone());
    let subscribe = server
        .create_user_defined_message_subscription()
        .when(|p| p.callback.as_str() == CALLBACK)
        .times(1)
        .respond(subscription);
    let send = server
        .create_user_defined_message()
        .times(1)
        .respond(UserDefinedMessage::default());
    let unsubscribe = server
        .delete_user_defined_message_subscription()
        .times(1)
        .respond(());

    let returned = greet(&server.client(), &call_sid())
        .await
        .expect("the flow succeeds");

    assert_eq!(returned, Some(sid));
    assert_eq!(subscribe.received().len(), 1);
    // What the app receives, exactly as the code wrote it, with the idempotency key that the
    // client adds so that a retry is not sent twice.
    let sent = send.received();
    assert_eq!(sent[0].content, r#"{"greeting":"hello"}"#);
    assert!(sent[0].idempotency_key.is_some());
    assert_eq!(unsubscribe.received().len(), 1);
    server.verify();
}

#[tokio::test]
async fn a_call_that_is_gone_is_twilio_error_20404() {
    let server = MockServer::start().await;
    server
        .create_user_defined_message_subscription()
        .respond_error(404, 20404, "The requested resource was not found");

    let error = greet(&server.client(), &call_sid())
        .await
        .expect_err("Twilio refuses");

    assert_eq!(error.status(), Some(404));
    assert_eq!(error.code(), Some(20404));
    // Nothing else was sent: no mock was needed for the message or the unsubscription.
    server.verify();
}
