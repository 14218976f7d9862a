//! Exchanges messages with the Voice SDK app on a call: subscribes to the messages the app
//! sends (Twilio then POSTs each one to `CALLBACK_URL`; see the `receive_messages` example for
//! the handler), sends a message to the app, and unsubscribes.
//!
//! ```sh
//! TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… CALL_SID=CA… \
//!   CALLBACK_URL=https://your-host.example.com/messages cargo run --example call_messages
//! ```

use twilio_api_v2010::{
    CallSid, Client, CreateUserDefinedMessageParams, CreateUserDefinedMessageSubscriptionParams,
    Method,
};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET).
    let client = Client::from_env()?;
    let call_sid: CallSid = std::env::var("CALL_SID")?.parse()?;
    let callback = std::env::var("CALLBACK_URL")?;
    let call = client.call(&call_sid);

    // 1. Subscribe: the callback goes to Twilio exactly as written.
    let subscription = call
        .user_defined_message_subscriptions()
        .create(CreateUserDefinedMessageSubscriptionParams::new(callback).method(Method::Post))
        .await?;
    let subscription_sid = subscription
        .sid
        .clone()
        .ok_or("Twilio returned no subscription SID")?;
    println!(
        "subscribed {subscription_sid} (request {})",
        subscription.request_id().unwrap_or("-")
    );

    // 2. Send a message to the app on the call: any JSON text. The client gives the request an
    //    idempotency key, so a retry after a lost answer does not send it twice.
    let message = call
        .user_defined_messages()
        .create(CreateUserDefinedMessageParams::new(
            r#"{"greeting":"hello from Rust"}"#,
        ))
        .await?;
    match &message.sid {
        Some(sid) => println!("sent message {sid}"),
        None => println!("sent a message"),
    }

    // 3. Unsubscribe.
    call.user_defined_message_subscription(&subscription_sid)
        .delete()
        .await?;
    println!("unsubscribed {subscription_sid}");
    Ok(())
}
