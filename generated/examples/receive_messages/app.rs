//! An axum server for the `Callback` of a user-defined message subscription.

use std::collections::HashMap;
use std::process::ExitCode;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{OriginalUri, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::routing::any;
use twilio_api_v2010::webhook::{RequestValidator, SIGNATURE_HEADER, UserDefinedMessageEvent};
use twilio_api_v2010::{
    CallSid, Client, CreateUserDefinedMessageSubscriptionParams, Url,
    UserDefinedMessageSubscriptionSid,
};

/// What every request handler needs.
struct App {
    validator: RequestValidator,
    /// `scheme://host[:port]` of the URL Twilio calls; the request's path and query follow it.
    public_origin: String,
}

/// Runs the server until Ctrl-C; exit code 1 if it cannot start.
pub fn main() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    match runtime.block_on(run()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

async fn run() -> Result<(), Box<dyn std::error::Error>> {
    let listen = var("LISTEN").unwrap_or_else(|| "127.0.0.1:3000".to_owned());
    let auth_token =
        var("TWILIO_AUTH_TOKEN").ok_or("TWILIO_AUTH_TOKEN is needed to check signatures")?;
    // The callback goes to Twilio exactly as written here; parsing only finds its path.
    let public_text = var("PUBLIC_URL").unwrap_or_else(|| format!("http://{listen}/messages"));
    let public_url = Url::parse(&public_text)?;
    let public_origin = public_url.origin().ascii_serialization();
    let path = public_url.path().to_owned();

    // Subscribe first, so that no message is missed once the call starts sending.
    let subscription = match var("CALL_SID") {
        Some(call_sid) => {
            let client = Client::from_env()?;
            let call_sid: CallSid = call_sid.parse()?;
            let created = client
                .call(&call_sid)
                .user_defined_message_subscriptions()
                .create(CreateUserDefinedMessageSubscriptionParams::new(
                    public_text.as_str(),
                ))
                .await?;
            let sid = created
                .into_inner()
                .sid
                .ok_or("Twilio did not return the subscription's SID")?;
            println!("subscribed {sid} for call {call_sid}");
            Some((client, call_sid, sid))
        }
        None => None,
    };

    let app = Arc::new(App {
        validator: RequestValidator::new(auth_token),
        public_origin,
    });
    let router = axum::Router::new()
        .route(&path, any(receive))
        .with_state(app);
    let listener = tokio::net::TcpListener::bind(&listen).await?;
    println!("listening on {}", listener.local_addr()?);
    axum::serve(listener, router)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await?;

    if let Some((client, call_sid, sid)) = subscription {
        unsubscribe(&client, &call_sid, &sid).await?;
    }
    Ok(())
}

async fn unsubscribe(
    client: &Client,
    call_sid: &CallSid,
    sid: &UserDefinedMessageSubscriptionSid,
) -> Result<(), twilio_api_v2010::Error> {
    client
        .call(call_sid)
        .user_defined_message_subscription(sid)
        .delete()
        .await?;
    println!("unsubscribed {sid}");
    Ok(())
}

/// One callback: 403 unless Twilio signed it, 400 if it is not a message, else 200.
async fn receive(
    State(app): State<Arc<App>>,
    method: Method,
    OriginalUri(uri): OriginalUri,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let url = format!(
        "{}{}",
        app.public_origin,
        uri.path_and_query().map_or("/", |p| p.as_str())
    );
    let signature = headers
        .get(SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let json = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    let (trusted, event) = if json {
        (
            app.validator.validate_body(&url, &body, signature),
            UserDefinedMessageEvent::from_json(&body),
        )
    } else if method == Method::POST {
        let form = String::from_utf8_lossy(&body).into_owned();
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(form.as_bytes())
            .into_owned()
            .collect();
        let params: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        (
            app.validator.validate(&url, &params, signature),
            UserDefinedMessageEvent::from_form(&form),
        )
    } else {
        let query = uri.query().unwrap_or_default();
        (
            app.validator.validate(&url, &[], signature),
            UserDefinedMessageEvent::from_form(query),
        )
    };
    if !trusted {
        eprintln!("rejected a request without a valid {SIGNATURE_HEADER}");
        return StatusCode::FORBIDDEN;
    }
    match event {
        Ok(event) => {
            let content: HashMap<String, serde_json::Value> =
                event.content_as().unwrap_or_default();
            println!(
                "message {} on {} at {}: {} ({} keys)",
                event.sequence_number,
                event.call_sid,
                event.timestamp,
                event.content,
                content.len()
            );
            StatusCode::OK
        }
        Err(e) => {
            eprintln!("not a user-defined message: {e}");
            StatusCode::BAD_REQUEST
        }
    }
}
