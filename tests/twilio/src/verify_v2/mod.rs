//! Twilio - Verify, generated from `twilio_verify_v2.json` (feature `verify_v2`).
//!
//! This is the public Twilio REST API.
//!
//! Its operations are reached from [`Client::verify_v2`](crate::Client::verify_v2); its parameters, models and
//! enums are here, its SID types at the crate's root.
#[cfg(feature = "blocking")]
#[rustfmt::skip]
pub mod blocking;
#[cfg(feature = "cli")]
#[rustfmt::skip]
pub mod cli;
#[cfg(feature = "mock")]
#[rustfmt::skip]
pub mod mock;
#[rustfmt::skip]
mod models;
#[rustfmt::skip]
mod resources;
pub use models::*;
pub use resources::*;
