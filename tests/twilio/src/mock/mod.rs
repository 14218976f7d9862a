//! A typed mock of the API (feature `mock`), to test the code that calls it without the
//! network or real credentials.
//!
//! [`MockServer::start`] serves on 127.0.0.1, on a free port; [`MockServer::client`] is a
//! client aimed at it with test credentials. Each operation has a method on the server, its
//! `operationId` in snake_case, that mounts a [`Mock`]: `when` matches requests by their
//! parameters, read back into the operation's own parameters struct; `times` expects a
//! number of them; `respond` answers with the operation's success status and a value written
//! as the API writes it (`respond_error`, `respond_status`, `respond_raw` and, for a list,
//! `respond_items` for the rest). Answers are given in order, the last repeating. A request
//! without credentials gets a 401, one that no mock matches a 404 in the API's error form;
//! [`MockServer::verify`] panics, naming them, and each `times` not met.
//!
//! ```no_run
//! # async fn example() {
//! let server = twilio::mock::MockServer::start().await;
//! let client = server.client();
//! // Mount mocks with the server's methods, run the code under test with `client`…
//! # let _ = client;
//! server.verify();
//! # }
//! ```
#[rustfmt::skip]
mod server;
pub use server::*;
/// The routes the server matches requests against: every operation of each
/// product whose feature is on.
fn routes() -> Vec<&'static Route> {
    let routes = std::iter::empty::<&'static Route>();
    #[cfg(feature = "api_v2010")]
    let routes = routes.chain(&crate::api_v2010::mock::ROUTES);
    #[cfg(feature = "verify_v2")]
    let routes = routes.chain(&crate::verify_v2::mock::ROUTES);
    #[cfg(feature = "messaging_v1")]
    let routes = routes.chain(&crate::messaging_v1::mock::ROUTES);
    routes.collect()
}
impl MockServer {
    /// The mocks of `api_v2010`'s operations (feature `api_v2010`).
    #[cfg(feature = "api_v2010")]
    #[cfg_attr(docsrs, doc(cfg(feature = "api_v2010")))]
    pub fn api_v2010(&self) -> crate::api_v2010::mock::ApiV2010<'_> {
        crate::api_v2010::mock::ApiV2010 {
            server: self,
        }
    }
    /// The mocks of `verify_v2`'s operations (feature `verify_v2`).
    #[cfg(feature = "verify_v2")]
    #[cfg_attr(docsrs, doc(cfg(feature = "verify_v2")))]
    pub fn verify_v2(&self) -> crate::verify_v2::mock::VerifyV2<'_> {
        crate::verify_v2::mock::VerifyV2 {
            server: self,
        }
    }
    /// The mocks of `messaging_v1`'s operations (feature `messaging_v1`).
    #[cfg(feature = "messaging_v1")]
    #[cfg_attr(docsrs, doc(cfg(feature = "messaging_v1")))]
    pub fn messaging_v1(&self) -> crate::messaging_v1::mock::MessagingV1<'_> {
        crate::messaging_v1::mock::MessagingV1 {
            server: self,
        }
    }
}
