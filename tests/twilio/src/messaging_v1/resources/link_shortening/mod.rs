//! The `LinkShortening` resources: how to reach their operations, and the operations' parameters.
#[rustfmt::skip]
mod domains;
#[rustfmt::skip]
mod messaging_service;
#[rustfmt::skip]
mod messaging_services;
pub use domains::*;
pub use messaging_service::*;
pub use messaging_services::*;
