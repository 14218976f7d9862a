//! The `Tollfree` resources: how to reach their operations, and the operations' parameters.
#[rustfmt::skip]
mod verifications;
pub use verifications::*;
