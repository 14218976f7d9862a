//! The runtime every generated crate gets unchanged (this folder's files but this one), built
//! as a crate of its own so that its tests and an editor see it. The parts a generated crate
//! makes from its spec are stood in for here: Twilio's authentication (`auth_twilio.rs`), no
//! resources, no mock routes, and `String` for the webhook's SID types.

// The runtime's files are laid out by prettyplease when a crate is generated, not by rustfmt.
#[path = "auth_twilio.rs"]
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
#[rustfmt::skip]
pub mod paging;
#[rustfmt::skip]
mod support;
#[rustfmt::skip]
pub mod webhook;

/// The blocking client (feature `blocking`), without the handles a crate makes per resource.
#[cfg(feature = "blocking")]
pub mod blocking {
    pub use super::blocking_client::*;
}
#[cfg(feature = "blocking")]
#[path = "blocking.rs"]
#[rustfmt::skip]
mod blocking_client;

/// The mock server (feature `mock`), with no routes of its own.
#[cfg(feature = "mock")]
pub mod mock {
    pub use super::mock_server::*;
}
#[cfg(feature = "mock")]
#[path = "mock.rs"]
#[rustfmt::skip]
mod mock_server;
/// The operations' routes, which a generated crate lists beside its mock server.
#[cfg(feature = "mock")]
fn routes() -> Vec<&'static mock::Route> {
    Vec::new()
}

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
pub use support::InvalidEnumValue;
pub use support::InvalidSid;
pub use support::Scalar;
pub use support::UnknownValue;
pub use support::Uri;
pub use time;
pub use time::OffsetDateTime;
pub use url;
pub use url::Url;

/// Two SID types, made as a generated crate makes its own (`sids.rs`: the runtime's macro, then
/// a use of it per kind).
mod sids {
    include!("sid_macro.rs");
    sid_type!(
        /// The SID of a call: `CA` and 32 hexadecimal digits.
        CallSid, ["CA"], false
    );
    sid_type!(
        /// The SID of an account: `AC` and 32 hexadecimal digits.
        AccountSid, ["AC"], true
    );
}
pub use sids::*;

/// The webhook's SID types: the crate's own SID types where its spec has them.
type WebhookCallSid = CallSid;
/// The account SID of a webhook event and of an access token.
type WebhookAccountSid = AccountSid;
/// The SID of a webhook event itself (`KX…`), which the stand-in spec does not type.
type WebhookEventSid = String;

#[cfg(test)]
mod unit_tests;
