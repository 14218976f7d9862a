//! The `AvailablePhoneNumbers` resources: how to reach their operations, and the operations' parameters.
#[rustfmt::skip]
mod local;
pub use local::*;
