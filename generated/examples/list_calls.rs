//! Reads the account's calls the way Twilio's libraries do: `list` collects up to a limit
//! (following the pages), `stream` yields them one by one and fetches a page only when it is
//! reached.
//!
//! ```sh
//! TWILIO_ACCOUNT_SID=AC… TWILIO_AUTH_TOKEN=… LIMIT=20 cargo run --example list_calls
//! ```

use twilio_api_v2010::{CallStatus, Client, ListCallParams};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let limit: usize = std::env::var("LIMIT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);

    // The most recent calls, at most `limit` of them: pages of `limit` (at most 1000), and no
    // page after the limit is reached.
    let recent = client
        .calls()
        .list(ListCallParams::new().limit(limit))
        .await?;
    for call in &recent {
        println!(
            "{} {} -> {} {}",
            call.sid.as_ref().map_or("-", |s| s.as_str()),
            call.from.as_deref().unwrap_or("-"),
            call.to.as_deref().unwrap_or("-"),
            call.status.as_ref().map_or("-", CallStatus::as_str),
        );
    }
    println!("listed {} calls", recent.len());

    // Every completed call, one by one, 100 to a page: the stream asks for the next page
    // only when the loop reaches it.
    let completed = client.calls().stream(
        ListCallParams::new()
            .status(CallStatus::Completed)
            .page_size(100),
    );
    let mut completed = std::pin::pin!(completed);
    let mut seconds = 0u64;
    let mut count = 0usize;
    while let Some(call) = futures_util::StreamExt::next(&mut completed).await {
        let call = call?;
        count += 1;
        seconds += call
            .duration
            .as_deref()
            .and_then(|d| d.parse::<u64>().ok())
            .unwrap_or(0);
    }
    println!("streamed {count} completed calls, {seconds} s in all");
    Ok(())
}
