//! The blocking client (feature `blocking`): the same navigation, parameters, models, errors and
//! behaviour as the async [`crate::Client`], for programs without an async runtime of their own.
//!
//! It is not a second implementation. A blocking [`Client`] holds the async client and a
//! current-thread tokio runtime of its own; each blocking method calls the async one and waits
//! for it there. Validation, retries, `Retry-After`, paging limits, tracing spans and lenient
//! decoding are the async client's, unchanged. Called from inside an async runtime (where
//! blocking that runtime's thread would stall it, and tokio refuses to nest), it waits on a
//! thread of its own instead: it works, and never panics.
use std::future::Future;
use std::sync::Arc;
use futures_util::StreamExt;
use crate::Error;
/// What a blocking [`ClientBuilder`] builds: the blocking [`Client`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Blocking;
/// Builds a blocking [`Client`]: every method of [`crate::ClientBuilder`], and
/// [`build`](ClientBuilder::build) gives the blocking client.
pub type ClientBuilder = crate::ClientBuilder<Blocking>;
/// The API's client, for programs without an async runtime: each call returns when its answer
/// is read. Cheap to clone: clones share one connection pool and one runtime.
#[derive(Clone, Debug)]
pub struct Client {
    pub(crate) inner: crate::Client,
    runtime: Arc<Runtime>,
}
/// The client's runtime, shut down without waiting when the last clone goes: a runtime
/// dropped the usual way inside an async runtime panics.
#[derive(Debug)]
struct Runtime(Option<tokio::runtime::Runtime>);
impl Drop for Runtime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}
impl Runtime {
    fn block_on<F: Future>(&self, future: F) -> F::Output {
        match &self.0 {
            Some(runtime) => runtime.block_on(future),
            None => unreachable!("the runtime is there until the client is dropped"),
        }
    }
}
impl crate::ClientBuilder<Blocking> {
    /// Builds the blocking client.
    ///
    /// # Errors
    ///
    /// As [`crate::ClientBuilder::build`], and [`Error::Config`] when its runtime cannot start.
    pub fn build(self) -> Result<Client, Error> {
        Client::from_async(self.making::<crate::Async>().build_async()?)
    }
}
impl Client {
    /// A builder: the async builder's every method, building the blocking client.
    pub fn builder() -> ClientBuilder {
        crate::ClientBuilder::new().making()
    }
    /// A client configured from the environment, as [`crate::Client::from_env`] reads it.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when a variable is missing or malformed, or the runtime cannot start.
    pub fn from_env() -> Result<Client, Error> {
        Self::from_async(crate::Client::from_env()?)
    }
    /// The blocking face of an async client (they share its connection pool and settings).
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the runtime cannot start.
    pub fn from_async(inner: crate::Client) -> Result<Client, Error> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::config(
                format!("cannot start the blocking client's runtime: {e}"),
            ))?;
        Ok(Client {
            inner,
            runtime: Arc::new(Runtime(Some(runtime))),
        })
    }
    /// The async client this one waits on.
    pub fn as_async(&self) -> &crate::Client {
        &self.inner
    }
    /// Waits for `future` on the client's runtime; inside another async runtime, on a thread of
    /// its own (tokio will not nest runtimes on one thread).
    pub(crate) fn wait<F>(&self, future: F) -> F::Output
    where
        F: Future + Send,
        F::Output: Send,
    {
        if tokio::runtime::Handle::try_current().is_err() {
            return self.runtime.block_on(future);
        }
        std::thread::scope(|scope| match scope
            .spawn(|| self.runtime.block_on(future))
            .join()
        {
            Ok(output) => output,
            Err(panic) => std::panic::resume_unwind(panic),
        })
    }
}
/// A list's items, one by one, as the pages come (the blocking `stream`): an [`Iterator`] that
/// fetches a page only when it is reached. An error is yielded and ends it.
pub struct Iter<'a, T> {
    client: &'a Client,
    stream: std::pin::Pin<
        Box<dyn futures_core::Stream<Item = Result<T, Error>> + Send + 'a>,
    >,
}
impl<'a, T: Send> Iter<'a, T> {
    /// The items of an async list's stream, waited for on `client`.
    pub fn new(
        client: &'a Client,
        stream: impl futures_core::Stream<Item = Result<T, Error>> + Send + 'a,
    ) -> Self {
        Iter {
            client,
            stream: Box::pin(stream),
        }
    }
}
impl<T: Send> Iterator for Iter<'_, T> {
    type Item = Result<T, Error>;
    fn next(&mut self) -> Option<Self::Item> {
        let stream = &mut self.stream;
        self.client.wait(stream.next())
    }
}
impl<T> std::fmt::Debug for Iter<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Iter").finish_non_exhaustive()
    }
}
/// One page of a list, and the way to the next (the blocking [`crate::paging::Page`]).
pub struct Page<'a, P: crate::paging::PageBody> {
    client: &'a Client,
    page: crate::paging::Page<'a, P>,
}
impl<P: crate::paging::PageBody + std::fmt::Debug> std::fmt::Debug for Page<'_, P>
where
    P::Item: std::fmt::Debug,
{
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Page").field("page", &self.page).finish_non_exhaustive()
    }
}
impl<'a, P> Page<'a, P>
where
    P: crate::paging::PageBody + Send,
    P::Item: Send + Sync,
{
    /// An async page, whose next is waited for on `client`.
    pub fn new(client: &'a Client, page: crate::paging::Page<'a, P>) -> Self {
        Page { client, page }
    }
    /// The page's items.
    pub fn items(&self) -> &[P::Item] {
        self.page.items()
    }
    /// The page's items, taken out.
    pub fn into_items(self) -> Vec<P::Item> {
        self.page.into_items()
    }
    /// Whether the page links to a next one.
    pub fn has_next(&self) -> bool {
        self.page.has_next()
    }
    /// The status, headers and body this page came in.
    pub fn response(&self) -> &crate::Response<()> {
        self.page.response()
    }
    /// Fetches the next page; `None` after the last.
    ///
    /// # Errors
    ///
    /// As [`crate::paging::Page::next_page`].
    pub fn next_page(&self) -> Result<Option<Page<'a, P>>, Error> {
        let next = self.client.wait(self.page.next_page())?;
        Ok(next.map(|page| Page { client: self.client, page }))
    }
}
