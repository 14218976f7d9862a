//! Resources and enums, as the spec's schemas describe them: a module per top-level
//! resource, and `shared` for the types several of them use.
#[rustfmt::skip]
mod available_phone_numbers;
#[rustfmt::skip]
mod calls;
pub use available_phone_numbers::*;
pub use calls::*;
