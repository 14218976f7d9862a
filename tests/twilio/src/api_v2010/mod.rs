//! Twilio - Api, generated from `twilio_api_v2010.json` (feature `api_v2010`).
//!
//! This is the public Twilio REST API.
//!
//! Its operations are reached from [`Client::api_v2010`](crate::Client::api_v2010); its parameters, models and
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
