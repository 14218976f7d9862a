//! Resources and enums, as the spec's schemas describe them: a module per top-level
//! resource, and `shared` for the types several of them use.
#[rustfmt::skip]
mod attempts;
#[rustfmt::skip]
mod forms;
#[rustfmt::skip]
mod safe_list;
#[rustfmt::skip]
mod services;
#[rustfmt::skip]
mod templates;
pub use attempts::*;
pub use forms::*;
pub use safe_list::*;
pub use services::*;
pub use templates::*;
