//! A typed client for several APIs at once: one [`Client`], one [`Error`], the SID types
//! at the root, and a module per product, each behind a cargo feature of its name (`full`
//! turns on all of them; the default, none).
//!
//! | feature | API |
//! |---|---|
//! | `api_v2010` | Twilio - Api |
//! | `verify_v2` | Twilio - Verify |
//! | `messaging_v1` | Twilio - Messaging |
//!
//! # Quick start
//!
//! ```no_run
//! let client = twilio::Client::from_env()?;
//! # #[cfg(feature = "api_v2010")]
//! let api_v2010 = client.api_v2010();
//! # #[cfg(feature = "api_v2010")]
//! # let _ = api_v2010;
//! # let _ = client;
//! # Ok::<(), twilio::Error>(())
//! ```
//!
//! # Configuration
//!
//! [`Client::from_env`] reads `TWILIO_ACCOUNT_SID`, and `TWILIO_AUTH_TOKEN` or `TWILIO_API_KEY`
//! with `TWILIO_API_SECRET`. `TWILIO_REGION` and `TWILIO_EDGE` pick Twilio's regional hosts
//! (`{product}.{edge}.{region}.twilio.com`, such as `api.dublin.ie1.twilio.com`), and
//! `TWILIO_API_BASE_URL` sends every request to another base URL, for tests and proxies.
//! [`Client::builder`] sets the same in code.
#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]
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
pub mod paging;
#[cfg(feature = "api_v2010")]
#[cfg_attr(docsrs, doc(cfg(feature = "api_v2010")))]
#[rustfmt::skip]
pub mod api_v2010;
#[cfg(feature = "verify_v2")]
#[cfg_attr(docsrs, doc(cfg(feature = "verify_v2")))]
#[rustfmt::skip]
pub mod verify_v2;
#[cfg(feature = "messaging_v1")]
#[cfg_attr(docsrs, doc(cfg(feature = "messaging_v1")))]
#[rustfmt::skip]
pub mod messaging_v1;
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
pub use reqwest;
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
#[rustfmt::skip]
impl Client {
    /// Twilio - Api (feature `api_v2010`): where its operations are reached from.
    #[cfg(feature = "api_v2010")]
    #[cfg_attr(docsrs, doc(cfg(feature = "api_v2010")))]
    pub fn api_v2010(&self) -> api_v2010::ApiV2010<'_> {
        api_v2010::ApiV2010 {
            client: self,
        }
    }
    /// Twilio - Verify (feature `verify_v2`): where its operations are reached from.
    #[cfg(feature = "verify_v2")]
    #[cfg_attr(docsrs, doc(cfg(feature = "verify_v2")))]
    pub fn verify_v2(&self) -> verify_v2::VerifyV2<'_> {
        verify_v2::VerifyV2 {
            client: self,
        }
    }
    /// Twilio - Messaging (feature `messaging_v1`): where its operations are reached from.
    #[cfg(feature = "messaging_v1")]
    #[cfg_attr(docsrs, doc(cfg(feature = "messaging_v1")))]
    pub fn messaging_v1(&self) -> messaging_v1::MessagingV1<'_> {
        messaging_v1::MessagingV1 {
            client: self,
        }
    }
}
