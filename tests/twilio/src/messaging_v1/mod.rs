//! Twilio - Messaging, generated from `twilio_messaging_v1.json` (feature `messaging_v1`).
//!
//! This is the public Twilio REST API.
//!
//! Its operations are reached from [`Client::messaging_v1`](crate::Client::messaging_v1); its parameters, models and
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
