//! The blocking client (feature `blocking`): the async client's navigation, parameters,
//! models and errors, each call waiting for its answer, for programs without an async
//! runtime (a command-line tool, a build script, a Lambda). It holds the async client and
//! waits for each of its calls on a runtime of its own: validation, retries, `Retry-After`,
//! paging, tracing and decoding are the async client's. Used inside an async runtime, it
//! waits on a thread of its own rather than panicking.
//!
//! ```no_run
//! let client = twilio::blocking::Client::from_env()?;
//! # let _ = client;
//! # Ok::<(), twilio::Error>(())
//! ```
#[rustfmt::skip]
mod client;
pub use client::*;
impl Client {
    /// The blocking face of [`Client::api_v2010`](crate::Client::api_v2010) (feature `api_v2010`).
    #[cfg(feature = "api_v2010")]
    #[cfg_attr(docsrs, doc(cfg(feature = "api_v2010")))]
    pub fn api_v2010(&self) -> crate::api_v2010::blocking::ApiV2010<'_> {
        crate::api_v2010::blocking::ApiV2010 {
            inner: self.inner.api_v2010(),
            client: self,
        }
    }
    /// The blocking face of [`Client::verify_v2`](crate::Client::verify_v2) (feature `verify_v2`).
    #[cfg(feature = "verify_v2")]
    #[cfg_attr(docsrs, doc(cfg(feature = "verify_v2")))]
    pub fn verify_v2(&self) -> crate::verify_v2::blocking::VerifyV2<'_> {
        crate::verify_v2::blocking::VerifyV2 {
            inner: self.inner.verify_v2(),
            client: self,
        }
    }
    /// The blocking face of [`Client::messaging_v1`](crate::Client::messaging_v1) (feature `messaging_v1`).
    #[cfg(feature = "messaging_v1")]
    #[cfg_attr(docsrs, doc(cfg(feature = "messaging_v1")))]
    pub fn messaging_v1(&self) -> crate::messaging_v1::blocking::MessagingV1<'_> {
        crate::messaging_v1::blocking::MessagingV1 {
            inner: self.inner.messaging_v1(),
            client: self,
        }
    }
}
