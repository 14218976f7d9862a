//! Receives the messages a Voice SDK app sends during a call: subscribes at startup when
//! `CALL_SID` is set, checks each callback's `X-Twilio-Signature` (403 otherwise), prints each
//! message, and unsubscribes on Ctrl-C. The server itself is in `receive_messages/app.rs`.
//!
//! ```sh
//! TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… PUBLIC_URL=https://your-host.example.com/messages \
//!   CALL_SID=CA… LISTEN=0.0.0.0:3000 cargo run --example receive_messages
//! ```

#[path = "receive_messages/app.rs"]
#[rustfmt::skip]
mod app;

fn main() -> std::process::ExitCode {
    app::main()
}
