//! Resources and enums, as the spec's schemas describe them: a module per top-level
//! resource, and `shared` for the types several of them use.
#[rustfmt::skip]
mod deactivations;
#[rustfmt::skip]
mod link_shortening;
#[rustfmt::skip]
mod services;
#[rustfmt::skip]
mod tollfree;
#[rustfmt::skip]
mod a2p;
pub use deactivations::*;
pub use link_shortening::*;
pub use services::*;
pub use tollfree::*;
pub use a2p::*;
