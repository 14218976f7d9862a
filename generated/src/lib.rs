//! A typed client for Twilio - Api, generated from `twilio_api_v2010.json`.
//!
//! This is the public Twilio REST API.
//!
//! # Quick start
//!
//! `CreateUserDefinedMessageSubscription`: Subscribe to User Defined Messages for a given Call SID.
//!
//! ```no_run
//! use twilio_api_v2010::{CallSid, Client, CreateUserDefinedMessageSubscriptionParams};
//!
//! # async fn run() -> Result<(), Box<dyn std::error::Error>> {
//! // Reads TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or an API key) from the environment.
//! let client = Client::from_env()?;
//! let call_sid: CallSid = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".parse()?;
//! let params = CreateUserDefinedMessageSubscriptionParams::new("https://www.example.com/your-endpoint-that-can-receive-messages");
//! let user_defined_message_subscription = client.call(&call_sid).user_defined_message_subscriptions().create(params).await?;
//! println!("{:?}", user_defined_message_subscription.account_sid);
//! # Ok(())
//! # }
//! ```
//!
//! # Lists
//!
//! ```no_run
//! # async fn run() -> Result<(), twilio_api_v2010::Error> {
//! use twilio_api_v2010::{Client, ListCallParams};
//!
//! let client = Client::from_env()?;
//! // Every item up to a limit, following the pages: a limit without a page size asks for
//! // pages of its size (at most 1000), and no page is asked for once it is reached.
//! let items = client.calls().list(ListCallParams::new().limit(120)).await?;
//! println!("{} items", items.len());
//!
//! // One by one: a page is fetched only when the loop reaches it.
//! let stream = client.calls().stream(ListCallParams::new().page_size(100));
//! let mut stream = std::pin::pin!(stream);
//! while let Some(item) = futures_util::StreamExt::next(&mut stream).await {
//!     let _item = item?;
//! }
//!
//! // One page at a time.
//! let first = client.calls().page(ListCallParams::new().page_size(50)).await?;
//! if let Some(second) = first.next_page().await? {
//!     println!("{} then {}", first.items().len(), second.items().len());
//! }
//! # Ok(())
//! # }
//! ```
//!
//! # Configuration
//!
//! [`Client::from_env`] reads `TWILIO_ACCOUNT_SID`, and `TWILIO_AUTH_TOKEN` or `TWILIO_API_KEY`
//! with `TWILIO_API_SECRET`. `TWILIO_REGION` and `TWILIO_EDGE` pick Twilio's regional hosts
//! (`{product}.{edge}.{region}.twilio.com`, such as `api.dublin.ie1.twilio.com`), and
//! `TWILIO_API_BASE_URL` sends every request to another base URL, for tests and proxies.
//! [`Client::builder`] sets the same in code.
//!
//! # Errors
//!
//! Every call returns [`Error`]: the API's error ([`Error::Api`]), an input that breaks a
//! rule of the API and was not sent ([`Error::Validation`]), a failed or timed-out request
//! ([`Error::Transport`]), or an answer that could not be decoded ([`Error::Undecodable`]).
//!
//! # Hooks
//!
//! [`ClientBuilder::on_request`] runs on every attempt just before it is sent (retries
//! included, credentials already set), and may change it; [`ClientBuilder::on_response`]
//! sees every answer. With the `middleware` feature, `ClientBuilder::middleware` sends
//! every attempt through a reqwest-middleware stack.
//!
//! ```no_run
//! use std::time::Instant;
//!
//! let client = twilio_api_v2010::ClientBuilder::from_vars(|name| std::env::var(name).ok())
//!     // A header on every request, signed or per tenant.
//!     .on_request(|request| {
//!         request.headers_mut().insert("x-tenant", "acme".parse().expect("a header value"));
//!     })
//!     // The latency of every answer, into your metrics.
//!     .on_response({
//!         let started = Instant::now();
//!         move |response| eprintln!("{} after {:?}", response.status(), started.elapsed())
//!     })
//!     .build()?;
//! # let _ = client;
//! # Ok::<(), twilio_api_v2010::Error>(())
//! ```
//!
//! # Without an async runtime
//!
//! With the `blocking` feature, `blocking::Client` has the same navigation, parameters,
//! models and errors, each call waiting for its answer (see the `blocking` module).
#![forbid(unsafe_code)]
#[cfg(feature = "blocking")]
#[rustfmt::skip]
pub mod blocking;
#[cfg(feature = "cli")]
#[rustfmt::skip]
pub mod cli;
#[rustfmt::skip]
mod auth;
#[rustfmt::skip]
mod client;
#[rustfmt::skip]
mod error;
#[rustfmt::skip]
pub mod formats;
#[rustfmt::skip]
pub mod jwt;
#[cfg(feature = "mock")]
#[rustfmt::skip]
pub mod mock;
#[rustfmt::skip]
mod models;
#[rustfmt::skip]
pub mod paging;
#[rustfmt::skip]
mod resources;
#[rustfmt::skip]
mod sids;
#[rustfmt::skip]
mod support;
#[rustfmt::skip]
pub mod webhook;
pub use client::Async;
pub use client::Body;
pub use client::Client;
pub use client::ClientBuilder;
pub use client::DEFAULT_CONNECT_TIMEOUT;
pub use client::DEFAULT_MAX_PAGES;
pub use client::DEFAULT_MAX_RESPONSE_BYTES;
pub use client::DEFAULT_TIMEOUT;
pub use client::Pairs;
pub use client::RawResponse;
pub use client::Request;
pub use client::Response;
pub use client::RetryPolicy;
pub use client::Upload;
pub use client::decode_object;
pub use client::decode_response;
pub use client::new_idempotency_key;
pub use client::user_agent;
pub use error::ApiError;
pub use error::BODY_EXCERPT_LIMIT;
pub use error::ConfigError;
pub use error::Error;
pub use error::RequestInfo;
pub use error::TransportError;
pub use error::UndecodableResponse;
pub use error::ValidationError;
pub use formats::DateOrDateTime;
pub use models::*;
pub use reqwest;
pub use resources::*;
pub use sids::*;
pub use support::InvalidEnumValue;
pub use support::InvalidSid;
pub use support::Scalar;
pub use support::UnknownValue;
pub use support::Uri;
pub use time;
pub use time::OffsetDateTime;
pub use url;
pub use url::Url;
/// The call SID of a webhook event (`webhook.rs` is the same in every crate, so the types it
/// uses are chosen here: the crate's own SID type where the spec has one, `String` if not).
type WebhookCallSid = crate::CallSid;
/// The account SID of a webhook event and of an access token.
type WebhookAccountSid = crate::AccountSid;
/// The SID of a webhook event itself (`KX…`).
type WebhookEventSid = crate::UserDefinedMessageSid;
