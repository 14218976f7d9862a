//! Tells Twilio's errors apart by their code, as an application must: unsubscribing twice is
//! not a failure (20404: already gone), wrong credentials (20003) need a person, an input the
//! API refuses is caught before anything is sent, and a request Twilio carried out but whose
//! answer was unreadable must not simply be sent again.
//!
//! ```sh
//! TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… CALL_SID=CA… SUBSCRIPTION_SID=ZY… \
//!   cargo run --example handle_errors
//! ```

use std::process::ExitCode;

use twilio_api_v2010::{
    CallSid, Client, CreateUserDefinedMessageSubscriptionParams, Error,
    UserDefinedMessageSubscriptionSid,
};

#[tokio::main]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let call_sid: CallSid = std::env::var("CALL_SID")?.parse()?;
    let sid: UserDefinedMessageSubscriptionSid = std::env::var("SUBSCRIPTION_SID")?.parse()?;
    let call = client.call(&call_sid);

    // An input that breaks a rule of the API is refused before anything is sent.
    let refused = call
        .user_defined_message_subscriptions()
        .create(CreateUserDefinedMessageSubscriptionParams::new(
            "ftp://example.com/messages",
        ))
        .await;
    if let Err(Error::Validation(e)) = &refused {
        println!("not sent: `{}` {}", e.parameter, e.rule);
    }

    // Twilio's own errors, by code.
    match call.user_defined_message_subscription(&sid).delete().await {
        Ok(_) => println!("unsubscribed {sid}"),
        Err(e) if e.code() == Some(20404) => println!("{sid} was already gone (20404)"),
        Err(Error::Api(e)) if e.code == Some(20003) => {
            return Err(format!(
                "check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN: {}",
                e.message
            )
            .into());
        }
        Err(e) if e.succeeded() => {
            // Twilio did it; only its answer was unreadable. Log the request id, do not retry.
            println!(
                "done, but unreadable (request {})",
                e.request_id().unwrap_or("-")
            );
        }
        Err(e @ (Error::Transport(_) | Error::Api(_))) => {
            // Worth trying later: quote the request id to Twilio's support if it persists.
            let request = e.request().map(ToString::to_string).unwrap_or_default();
            return Err(format!("{e} [{request}]").into());
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}
