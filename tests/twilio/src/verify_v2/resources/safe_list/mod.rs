//! The `SafeList` resources: how to reach their operations, and the operations' parameters.
#[rustfmt::skip]
mod numbers;
pub use numbers::*;
