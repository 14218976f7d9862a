//! The `a2p` resources: how to reach their operations, and the operations' parameters.
#[rustfmt::skip]
mod brand_registrations;
pub use brand_registrations::*;
