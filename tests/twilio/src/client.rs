//! The client: credentials, hosts, timeouts, and sending requests.
use std::fmt;
use std::sync::Arc;
use std::time::Duration;
use serde::de::DeserializeOwned;
use crate::error::{
    ApiError, Cause, Error, RequestInfo, TransportError, UndecodableResponse,
};
/// How long a request may take, unless set otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// How long making a connection may take, unless set otherwise.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The largest response body read, unless set otherwise (10 MiB).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 10 * 1024 * 1024;
/// How many pages `list` and `stream` read at most, by default (see
/// [`ClientBuilder::max_pages`]): ten million items at pages of a thousand.
pub const DEFAULT_MAX_PAGES: usize = 10_000;
/// When and how often a request is tried again.
///
/// Retries wait with jittered exponential backoff, honouring a `Retry-After` header (seconds or
/// an HTTP date) up to [`RetryPolicy::max_retry_after`]. What is retried:
///
/// - every request, POST included, when the connection could not be made (nothing was sent)
///   or the API answered 429 (Too Many Requests: it did not act on it);
/// - requests that are safe to repeat (GET and DELETE, and a POST whose operation takes an
///   idempotency key, which the client then sends, the same on every attempt) also on 500,
///   502, 503 and 504.
///
/// Any other 4xx is never retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_retry_after: Duration,
}
impl Default for RetryPolicy {
    /// At most 4 attempts in all, from 250 ms doubling to at most 8 s; `Retry-After` up to 30 s.
    fn default() -> Self {
        Self {
            max_attempts: 4,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(30),
        }
    }
}
impl RetryPolicy {
    /// One attempt only: nothing is retried.
    pub fn none() -> Self {
        Self {
            max_attempts: 1,
            ..Self::default()
        }
    }
    /// The most attempts in all, the first included (at least 1).
    #[must_use]
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }
    /// The delay before the first retry; it doubles for each further one.
    #[must_use]
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }
    /// The longest computed delay between attempts.
    #[must_use]
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }
    /// The longest `Retry-After` honoured; a longer one ends the retries.
    #[must_use]
    pub fn max_retry_after(mut self, delay: Duration) -> Self {
        self.max_retry_after = delay;
        self
    }
    /// The delay before retry number `retry` (1 for the first), without `Retry-After`: the
    /// exponential delay, with full jitter over its upper half.
    pub(crate) fn backoff(&self, retry: u32) -> Duration {
        let exp = self
            .base_delay
            .saturating_mul(1u32 << retry.saturating_sub(1).min(16));
        let capped = exp.min(self.max_delay);
        capped.mul_f64(0.5 + fastrand::f64() * 0.5)
    }
}
/// Whether a status is worth another attempt: 429 for any request (the API did not act on it),
/// server errors only for a request that is safe to repeat.
pub(crate) fn retryable_status(status: u16, idempotent: bool) -> bool {
    status == 429 || (idempotent && matches!(status, 500 | 502 | 503 | 504))
}
/// The delay a `Retry-After` header asks for: seconds, or an HTTP date.
pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(std::time::SystemTime::now()).unwrap_or(Duration::ZERO))
}
/// A new idempotency key, for operations that take one, when the caller gave none.
pub fn new_idempotency_key() -> String {
    uuid::Uuid::new_v4().to_string()
}
/// An HTTP Basic `Authorization` header, marked sensitive so that no log of reqwest's shows it.
pub(crate) fn basic_header(
    user: &str,
    password: &str,
) -> Result<reqwest::header::HeaderValue, Error> {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD
        .encode(format!("{user}:{password}"));
    let mut value = reqwest::header::HeaderValue::from_str(&format!("Basic {encoded}"))
        .map_err(|_| Error::config("the credentials cannot be sent in a header"))?;
    value.set_sensitive(true);
    Ok(value)
}
/// A Bearer `Authorization` header for an access token, marked sensitive likewise.
pub(crate) fn bearer_header(token: &str) -> Result<reqwest::header::HeaderValue, Error> {
    let mut value = reqwest::header::HeaderValue::from_str(
            &format!("Bearer {}", token.trim()),
        )
        .map_err(|_| Error::config("a credential cannot be sent in a header"))?;
    value.set_sensitive(true);
    Ok(value)
}
/// A hook that sees each attempt before it is sent, and may change it (see
/// [`ClientBuilder::on_request`]).
type RequestHook = Arc<dyn Fn(&mut reqwest::Request) + Send + Sync>;
/// A hook that sees each answer (see [`ClientBuilder::on_response`]).
type ResponseHook = Arc<dyn Fn(&reqwest::Response) + Send + Sync>;
/// The API's client. Cheap to clone: clones share one connection pool.
///
/// Build one with [`Client::builder`] or [`Client::from_env`].
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}
pub(crate) struct Inner {
    http: reqwest::Client,
    user_agent: reqwest::header::HeaderValue,
    timeout: Duration,
    /// The credentials, and the hosts they pick (`auth.rs`).
    pub(crate) auth: crate::auth::Auth,
    base_url: Option<url::Url>,
    /// The servers' URLs, once parsed (a spec has a few).
    servers: std::sync::Mutex<Vec<(String, url::Url)>>,
    max_response_bytes: usize,
    max_pages: usize,
    retry: RetryPolicy,
    on_request: Vec<RequestHook>,
    on_response: Vec<ResponseHook>,
    /// The caller's middleware stack, which every attempt goes through (feature `middleware`).
    #[cfg(feature = "middleware")]
    middleware: Option<reqwest_middleware::ClientWithMiddleware>,
}
impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("auth", &self.inner.auth)
            .field("base_url", &self.inner.base_url.as_ref().map(url::Url::as_str))
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}
/// What a [`ClientBuilder`] builds by default: the async [`Client`]. (With the `blocking`
/// feature, `blocking::Client::builder()` gives a builder of the same methods that builds the
/// blocking client.)
#[derive(Clone, Copy, Debug, Default)]
pub struct Async;
/// Builds a [`Client`] (the async one, unless `M` says otherwise).
#[derive(Clone)]
#[must_use]
pub struct ClientBuilder<M = Async> {
    /// The credentials given (`auth.rs` adds the methods that set them).
    pub(crate) auth: crate::auth::Settings,
    base_url: Option<String>,
    timeout: Duration,
    connect_timeout: Duration,
    max_response_bytes: usize,
    max_pages: usize,
    allow_insecure_http: bool,
    user_agent_suffix: Option<String>,
    retry: RetryPolicy,
    http_client: Option<reqwest::Client>,
    on_request: Vec<RequestHook>,
    on_response: Vec<ResponseHook>,
    #[cfg(feature = "middleware")]
    middleware: Option<reqwest_middleware::ClientWithMiddleware>,
    /// What `build` makes.
    makes: std::marker::PhantomData<M>,
}
impl<M> fmt::Debug for ClientBuilder<M> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("auth", &self.auth)
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("on_request", &self.on_request.len())
            .field("on_response", &self.on_response.len())
            .finish_non_exhaustive()
    }
}
impl Default for ClientBuilder {
    fn default() -> Self {
        Self {
            auth: crate::auth::Settings::default(),
            base_url: None,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            max_pages: DEFAULT_MAX_PAGES,
            allow_insecure_http: false,
            user_agent_suffix: None,
            retry: RetryPolicy::default(),
            http_client: None,
            on_request: Vec::new(),
            on_response: Vec::new(),
            #[cfg(feature = "middleware")]
            middleware: None,
            makes: std::marker::PhantomData,
        }
    }
}
/// Whether `url` names this machine: `localhost` (or a name under it), 127.0.0.0/8 or `::1`.
fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(name)) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            name == "localhost" || name.ends_with(".localhost")
        }
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}
/// A value with its surrounding blanks trimmed, or `None` if nothing is left.
pub(crate) fn non_empty(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}
impl ClientBuilder {
    /// A builder with nothing set.
    pub fn new() -> Self {
        Self::default()
    }
    /// Reads the same variables as [`Client::from_env`] through `lookup`, so a caller (or a
    /// test) can supply them from anywhere.
    pub fn from_vars(lookup: impl Fn(&str) -> Option<String>) -> Self {
        let get = |name: &str| non_empty(lookup(name));
        let mut builder = Self::new();
        builder.auth = crate::auth::Settings::from_vars(&get);
        builder.base_url = get(crate::auth::BASE_URL_VAR);
        builder
    }
    /// Builds the client.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when the credentials are missing or malformed, or when the base URL is
    /// not an absolute URL, holds credentials, or is plain `http` to a host other than loopback
    /// (see [`base_url`](Self::base_url)).
    pub fn build(self) -> Result<Client, Error> {
        self.build_async()
    }
}
impl<M> ClientBuilder<M> {
    /// The same settings, for a builder that makes another kind of client.
    #[allow(dead_code, reason = "the blocking client's builder uses it")]
    pub(crate) fn making<N>(self) -> ClientBuilder<N> {
        let ClientBuilder {
            auth,
            base_url,
            timeout,
            connect_timeout,
            max_response_bytes,
            max_pages,
            allow_insecure_http,
            user_agent_suffix,
            retry,
            http_client,
            on_request,
            on_response,
            #[cfg(feature = "middleware")]
            middleware,
            makes: _,
        } = self;
        ClientBuilder {
            auth,
            base_url,
            timeout,
            connect_timeout,
            max_response_bytes,
            max_pages,
            allow_insecure_http,
            user_agent_suffix,
            retry,
            http_client,
            on_request,
            on_response,
            #[cfg(feature = "middleware")]
            middleware,
            makes: std::marker::PhantomData,
        }
    }
    /// Sends every request to this base URL instead of the API's hosts: for tests, mock servers
    /// and proxies. The operation's path is appended to it.
    ///
    /// It must be `https`, or `http` to a loopback address (`localhost`, `127.0.0.1`, `[::1]`):
    /// credentials go in every request, and plain `http` to another host would send them in
    /// clear text. [`allow_insecure_http`](Self::allow_insecure_http) lifts this.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }
    /// Accepts a plain `http` base URL to a host other than loopback (for a proxy on a network
    /// you trust). Your credentials then cross that network in clear text.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.allow_insecure_http = allow;
        self
    }
    /// How long a whole request may take (default 30 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }
    /// How long making a connection may take (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }
    /// The largest response body the client reads (default 10 MiB); a larger one is an
    /// [`Error::Undecodable`].
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }
    /// How many pages `list` and `stream` read at most (default [`DEFAULT_MAX_PAGES`], at least
    /// one); a list with more is an error once this many are read, so that a server that always
    /// answers with a next page cannot keep the client reading. `page` and `next_page` are not
    /// counted.
    pub fn max_pages(mut self, pages: usize) -> Self {
        self.max_pages = pages.max(1);
        self
    }
    /// When to retry (see [`RetryPolicy`]); [`RetryPolicy::none`] turns retries off.
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }
    /// Sends requests through this `reqwest::Client`, with its connection pool, proxy and TLS
    /// settings, instead of one the builder makes. The client still sets its User-Agent, its
    /// credentials and its [`timeout`](Self::timeout) on each request; the connect timeout and
    /// the redirect policy are the given client's (build it with
    /// `redirect(reqwest::redirect::Policy::none())` so that credentials never follow a
    /// redirect).
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }
    /// Runs `hook` on each attempt just before it is sent, retries included, after the
    /// client has set its headers and credentials: to sign a request, add a header, or note
    /// when it left. Hooks run in the order they were added.
    pub fn on_request(
        mut self,
        hook: impl Fn(&mut reqwest::Request) + Send + Sync + 'static,
    ) -> Self {
        self.on_request.push(Arc::new(hook));
        self
    }
    /// Runs `hook` on each answer as it arrives, before its body is read, retried ones
    /// included: to count answers, log statuses or latencies. Hooks run in the order they were
    /// added.
    pub fn on_response(
        mut self,
        hook: impl Fn(&reqwest::Response) + Send + Sync + 'static,
    ) -> Self {
        self.on_response.push(Arc::new(hook));
        self
    }
    /// Sends every attempt through `client`, a reqwest-middleware stack (feature
    /// `middleware`): the middleware sees each request after the client's hooks, and its errors
    /// are transport errors. The stack's own reqwest client then carries the requests; the
    /// client still sets its User-Agent, credentials and timeout on each.
    #[cfg(feature = "middleware")]
    pub fn middleware(
        mut self,
        client: reqwest_middleware::ClientWithMiddleware,
    ) -> Self {
        self.middleware = Some(client);
        self
    }
    /// Text appended to the User-Agent, to name your application.
    pub fn user_agent_suffix(mut self, suffix: impl Into<String>) -> Self {
        self.user_agent_suffix = Some(suffix.into());
        self
    }
    /// The async client these settings make (the blocking client holds one).
    pub(crate) fn build_async(self) -> Result<Client, Error> {
        let auth = crate::auth::Auth::build(self.auth)?;
        let base_url = match non_empty(self.base_url) {
            None => {
                match crate::auth::needs_base_url() {
                    Some(why) => {
                        return Err(
                            Error::config(
                                format!(
                                    "{why}: give its base URL with `ClientBuilder::base_url` or `{}`",
                                    crate ::auth::BASE_URL_VAR
                                ),
                            ),
                        );
                    }
                    None => None,
                }
            }
            Some(text) => {
                let url = url::Url::parse(&text)
                    .map_err(|e| Error::config(
                        format!("invalid base URL `{text}`: {e}"),
                    ))?;
                if !matches!(url.scheme(), "http" | "https") || url.cannot_be_a_base() {
                    return Err(
                        Error::config(
                            format!("the base URL `{text}` must be an http or https URL"),
                        ),
                    );
                }
                if !url.username().is_empty() || url.password().is_some() {
                    return Err(
                        Error::config(
                            "the base URL holds a user name or password; give credentials with the builder's credential methods",
                        ),
                    );
                }
                if url.scheme() == "http" && !is_loopback(&url)
                    && !self.allow_insecure_http
                {
                    return Err(
                        Error::config(
                            format!(
                                "the base URL `{text}` is plain http to a host other than loopback, which would send your credentials in clear text; use https, or call `allow_insecure_http(true)`"
                            ),
                        ),
                    );
                }
                Some(url)
            }
        };
        let mut user_agent = user_agent();
        if let Some(suffix) = self.user_agent_suffix {
            user_agent.push(' ');
            user_agent.push_str(&suffix);
        }
        let http = match self.http_client {
            Some(http) => http,
            None => {
                reqwest::Client::builder()
                    .connect_timeout(self.connect_timeout)
                    .redirect(reqwest::redirect::Policy::none())
                    .build()
                    .map_err(|e| Error::config(
                        format!("cannot start the HTTP client: {e}"),
                    ))?
            }
        };
        Ok(Client {
            inner: Arc::new(Inner {
                http,
                user_agent: reqwest::header::HeaderValue::from_str(&user_agent)
                    .map_err(|_| Error::config(
                        "the User-Agent suffix is not valid in a header",
                    ))?,
                timeout: self.timeout,
                auth,
                base_url,
                servers: std::sync::Mutex::new(Vec::new()),
                max_response_bytes: self.max_response_bytes,
                max_pages: self.max_pages,
                retry: self.retry,
                on_request: self.on_request,
                on_response: self.on_response,
                #[cfg(feature = "middleware")]
                middleware: self.middleware,
            }),
        })
    }
}
/// `<crate>/<version> (<os> <arch>) Rust`.
pub fn user_agent() -> String {
    format!(
        "{}/{} ({} {}) Rust", env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION"),
        std::env::consts::OS, std::env::consts::ARCH
    )
}
/// The body of a [`Request`].
#[derive(Debug, Clone)]
pub enum Body {
    /// No body.
    Empty,
    /// `application/x-www-form-urlencoded`; repeated keys carry arrays.
    Form(Vec<(&'static str, String)>),
    /// `application/json`.
    Json(serde_json::Value),
    /// `multipart/form-data`: text parts (repeated names carry arrays), then files.
    Multipart(Vec<(&'static str, String)>, Vec<(&'static str, Upload)>),
    /// Bytes sent as they are, as the upload's media type.
    Raw(Upload),
}
impl Body {
    /// A raw body: `body` sent as it is, as `media_type` (the one the API documents) unless the
    /// upload names its own.
    pub fn raw(body: impl Into<Upload>, media_type: &str) -> Self {
        Body::Raw(body.into().or_media_type(media_type))
    }
}
/// Bytes to send: a file part of a multipart body, or a whole raw body, with a file name and
/// a media type when known. Made from bytes or text (`Upload::from(bytes)`, `"text".into()`),
/// or from a file that is streamed from disk as the request is sent ([`Upload::file`]). Its
/// `Debug` shows its size or path, not its content.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Upload {
    data: Vec<u8>,
    /// A file streamed when the request is sent (opened again for each attempt).
    path: Option<std::path::PathBuf>,
    file_name: Option<String>,
    media_type: Option<String>,
}
impl Upload {
    /// These bytes, with no file name or media type yet.
    pub fn new(data: impl Into<Vec<u8>>) -> Self {
        Self {
            data: data.into(),
            path: None,
            file_name: None,
            media_type: None,
        }
    }
    /// The file at `path`, named after it, streamed from disk when the request is sent rather
    /// than held in memory; each attempt opens it again, so a retried request sends it whole.
    /// A file that cannot be opened then is an [`Error::Config`] naming it, and nothing is sent.
    pub fn file(path: impl Into<std::path::PathBuf>) -> Self {
        let path = path.into();
        let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        Self {
            data: Vec::new(),
            path: Some(path),
            file_name,
            media_type: None,
        }
    }
    /// A value as JSON, `application/json` (a multipart body's object part).
    pub fn json(value: &impl serde::Serialize) -> Self {
        Self::new(serde_json::to_vec(value).unwrap_or_default())
            .media_type("application/json")
    }
    /// Names the file (a multipart part's `filename`).
    #[must_use]
    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }
    /// Says what the bytes are (`image/png`); sent as the part's or the body's `Content-Type`.
    #[must_use]
    pub fn media_type(mut self, media_type: impl Into<String>) -> Self {
        self.media_type = Some(media_type.into());
        self
    }
    /// The media type the API documents for the body, unless the caller gave one.
    #[must_use]
    pub fn or_media_type(mut self, media_type: &str) -> Self {
        if self.media_type.is_none() {
            self.media_type = Some(media_type.to_owned());
        }
        self
    }
    /// The bytes (none for a file streamed from disk).
    pub fn data(&self) -> &[u8] {
        &self.data
    }
    /// The bytes as text (invalid UTF-8 replaced), for where only text can go.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.data).into_owned()
    }
    /// The file at `path`, streamed when sent (the command line's file flags).
    ///
    /// # Errors
    ///
    /// `path` is not a readable file.
    pub fn read_path(path: &str) -> Result<Self, String> {
        std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        Ok(Self::file(path))
    }
    /// The file opened now, and its length when known.
    async fn open(
        path: &std::path::Path,
    ) -> Result<(tokio::fs::File, Option<u64>), Error> {
        let file = tokio::fs::File::open(path)
            .await
            .map_err(|e| Error::config(
                format!("cannot read the file {}: {e}", path.display()),
            ))?;
        let length = file.metadata().await.ok().map(|m| m.len());
        Ok((file, length))
    }
    /// What goes on the wire as a whole body: the bytes, or the file streamed.
    async fn body(&self) -> Result<reqwest::Body, Error> {
        match &self.path {
            None => Ok(reqwest::Body::from(self.data.clone())),
            Some(path) => Ok(reqwest::Body::from(Self::open(path).await?.0)),
        }
    }
    /// The multipart part: the bytes, or the file streamed with its length.
    async fn part(&self) -> Result<reqwest::multipart::Part, Error> {
        let mut part = match &self.path {
            None => reqwest::multipart::Part::bytes(self.data.clone()),
            Some(path) => {
                match Self::open(path).await? {
                    (file, Some(length)) => {
                        reqwest::multipart::Part::stream_with_length(file, length)
                    }
                    (file, None) => reqwest::multipart::Part::stream(file),
                }
            }
        };
        if let Some(name) = &self.file_name {
            part = part.file_name(name.clone());
        }
        let media_type = self
            .media_type
            .as_deref()
            .unwrap_or("application/octet-stream");
        if reqwest::multipart::Part::bytes(Vec::new()).mime_str(media_type).is_ok() {
            part = part
                .mime_str(media_type)
                .map_err(|e| Error::config(format!("invalid media type: {e}")))?;
        }
        Ok(part)
    }
}
impl std::fmt::Debug for Upload {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Upload")
            .field("bytes", &self.data.len())
            .field("path", &self.path)
            .field("file_name", &self.file_name)
            .field("media_type", &self.media_type)
            .finish()
    }
}
impl From<Vec<u8>> for Upload {
    fn from(data: Vec<u8>) -> Self {
        Self::new(data)
    }
}
impl From<&[u8]> for Upload {
    fn from(data: &[u8]) -> Self {
        Self::new(data)
    }
}
impl From<String> for Upload {
    fn from(text: String) -> Self {
        Self::new(text)
    }
}
impl From<&str> for Upload {
    fn from(text: &str) -> Self {
        Self::new(text)
    }
}
/// A successful answer: the decoded value, with the status, headers and body it came in. It
/// dereferences to the value (`subscription.sid`); [`Response::into_inner`] takes it out.
///
/// The body is kept as the API sent it, so a field that did not fit its type (and so reads as
/// `None`) can still be read from [`Response::body_json`].
#[derive(Debug, Clone)]
pub struct Response<T> {
    value: T,
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}
impl<T> Response<T> {
    /// The HTTP status (200, 201, 204).
    pub fn status(&self) -> u16 {
        self.status
    }
    /// The answer's headers.
    pub fn headers(&self) -> &reqwest::header::HeaderMap {
        &self.headers
    }
    /// The request id header (`Twilio-Request-Id`, `X-Request-Id` or `Request-Id`), to quote to
    /// the API's support.
    pub fn request_id(&self) -> Option<&str> {
        request_id(&self.headers)
    }
    /// The body as the API sent it.
    pub fn body(&self) -> &[u8] {
        &self.body
    }
    /// The body as JSON, every field as the API sent it; `None` for an empty or non-JSON body.
    pub fn body_json(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }
    /// The decoded value.
    pub fn into_inner(self) -> T {
        self.value
    }
    /// Keeps the status, headers and body, with another value.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response {
            value: f(self.value),
            status: self.status,
            headers: self.headers,
            body: self.body,
        }
    }
}
impl<T> std::ops::Deref for Response<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}
impl<T> std::ops::DerefMut for Response<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}
/// The request id header: Twilio's `Twilio-Request-Id`, or the common `X-Request-Id` and
/// `Request-Id`.
fn request_id(headers: &reqwest::header::HeaderMap) -> Option<&str> {
    ["twilio-request-id", "x-request-id", "request-id"]
        .iter()
        .find_map(|name| headers.get(*name))
        .and_then(|v| v.to_str().ok())
}
/// What one request brought back, whatever its status.
#[derive(Debug, Clone)]
pub struct RawResponse {
    /// The HTTP status.
    pub status: u16,
    /// The headers.
    pub headers: reqwest::header::HeaderMap,
    /// The body, at most the client's `max_response_bytes`.
    pub body: Vec<u8>,
}
/// One request, as the generated operations describe it. Build one yourself to call an
/// endpoint this crate does not generate, with the client's credentials, hosts, timeouts and
/// error handling.
#[derive(Debug, Clone)]
pub struct Request {
    /// The HTTP method.
    pub method: reqwest::Method,
    /// The server, such as `https://api.twilio.com` (the base URL, and Twilio's region and edge,
    /// are applied).
    pub server: &'static str,
    /// The path as the spec writes it, with its `{Parameters}`: named in tracing spans, which
    /// never carry the values.
    pub template: &'static str,
    /// The path, with its parameters already in it.
    pub path: String,
    /// Query pairs; a repeated key carries a list.
    pub query: Vec<(&'static str, String)>,
    /// Extra headers.
    pub headers: Vec<(&'static str, String)>,
    /// The body.
    pub body: Body,
    /// A status other than 2xx that counts as success (a 307 with a body, as Twilio answers
    /// some fetches), or 0.
    pub success: u16,
    /// Whether sending it twice does no harm, so that it may be retried: GET and DELETE, and a
    /// POST that carries an idempotency key.
    pub idempotent: bool,
    /// The media types the answer may come in, for the `Accept` header (`application/json`
    /// unless the operation answers otherwise: `text/csv`, `application/pdf`).
    pub accept: &'static str,
    /// The security it needs, when it says: the alternatives in order, each the schemes that
    /// must all be sent (`Some(&[])`, or an empty alternative: none); `None` for the API's
    /// default.
    pub security: Option<&'static [&'static [&'static str]]>,
}
impl Request {
    /// A `method` request for `template` on `server`, the template's `{Parameters}` filled in
    /// order by `values`, each already safe in a path segment (a SID is;
    /// [`formats::path_segment`](crate::formats::path_segment) makes any text so). It has no
    /// query, headers or body; any 2xx is success; and it is retried (see [`RetryPolicy`]) as a
    /// GET or a DELETE, which may be sent twice. Set the other fields with struct update
    /// syntax: `Request { body, ..Request::new(…) }`.
    pub fn new(
        method: reqwest::Method,
        server: &'static str,
        template: &'static str,
        values: &[&str],
    ) -> Self {
        let mut path = String::with_capacity(
            template.len() + values.iter().map(|v| v.len()).sum::<usize>(),
        );
        let mut values = values.iter();
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            path.push_str(&rest[..open]);
            let close = rest[open..].find('}').map_or(rest.len(), |c| open + c + 1);
            path.push_str(values.next().copied().unwrap_or(&rest[open..close]));
            rest = &rest[close..];
        }
        path.push_str(rest);
        let idempotent = method == reqwest::Method::GET
            || method == reqwest::Method::DELETE;
        Request {
            method,
            server,
            template,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            body: Body::Empty,
            success: 0,
            idempotent,
            accept: "application/json",
            security: None,
        }
    }
}
/// The pairs of a query string, form body or header list, in order: [`Pairs::add`] adds one pair
/// per value, so a list repeats its key and an absent value adds none.
#[derive(Debug, Clone, Default)]
pub struct Pairs(Vec<(&'static str, String)>);
impl Pairs {
    /// Adds `key` with each value as text: `&Option<T>` adds one pair or none, `&Vec<T>` one per
    /// item, `[&value]` exactly one.
    pub fn add(
        &mut self,
        key: &'static str,
        values: impl IntoIterator<Item = impl fmt::Display>,
    ) {
        self.0.extend(values.into_iter().map(|value| (key, value.to_string())));
    }
    /// Adds each member of an object (a form body's field) that `keys` names, under its key
    /// (`("name", "name")` as OpenAPI's default writes it, `("name", "field[name]")` for
    /// `deepObject`): text as it is, a list one pair per item, any other value as JSON. An
    /// absent object adds none.
    pub fn add_members(
        &mut self,
        value: Option<&impl serde::Serialize>,
        keys: &[(&'static str, &'static str)],
    ) {
        let Some(serde_json::Value::Object(members)) = value
            .and_then(|v| serde_json::to_value(v).ok()) else { return };
        let text = |v: &serde_json::Value| match v {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        for (member, key) in keys {
            match members.get(*member) {
                None | Some(serde_json::Value::Null) => {}
                Some(serde_json::Value::Array(items)) => {
                    self.0.extend(items.iter().map(|i| (*key, text(i))))
                }
                Some(v) => self.0.push((key, text(v))),
            }
        }
    }
    /// The pairs, in the order they were added.
    pub fn into_vec(self) -> Vec<(&'static str, String)> {
        self.0
    }
}
impl Client {
    /// A builder.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }
    /// A client configured from the environment: the credentials' variables the crate docs
    /// name, and optionally a base URL (see [`ClientBuilder::from_vars`]).
    ///
    /// # Errors
    ///
    /// [`Error::Config`] when a variable is missing or malformed.
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_vars(|name| std::env::var(name).ok()).build()
    }
    /// How many pages `list` and `stream` read at most (see [`ClientBuilder::max_pages`]).
    pub fn max_pages(&self) -> usize {
        self.inner.max_pages
    }
    /// The URL a request for `path` on `server` goes to, after the base-URL override or the
    /// region and edge are applied.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] if the result is not a valid URL.
    pub fn resolve_url(&self, server: &str, path: &str) -> Result<url::Url, Error> {
        let mut url = match &self.inner.base_url {
            Some(base) => base.clone(),
            None => self.server_url(server)?,
        };
        let (path, query) = match path.split_once('?') {
            Some((path, query)) => (path, Some(query)),
            None => (path, None),
        };
        let relative = if self.inner.base_url.is_some() && server.starts_with('/') {
            Some(self.inner.auth.server(server))
        } else {
            None
        };
        let base = relative.as_deref().unwrap_or(url.path()).trim_end_matches('/');
        if base.is_empty() {
            url.set_path(path);
        } else {
            let joined = format!("{base}{path}");
            url.set_path(&joined);
        }
        if query.is_some() || url.query().is_some() {
            url.set_query(query);
        }
        if url.fragment().is_some() {
            url.set_fragment(None);
        }
        Ok(url)
    }
    /// The URL of `server` after region and edge, parsed once and kept.
    fn server_url(&self, server: &str) -> Result<url::Url, Error> {
        let cached = |servers: &[(String, url::Url)]| {
            servers.iter().find(|(s, _)| s == server).map(|(_, u)| u.clone())
        };
        if let Some(url) = self
            .inner
            .servers
            .lock()
            .ok()
            .and_then(|servers| cached(&servers))
        {
            return Ok(url);
        }
        let text = self.inner.auth.server(server);
        let url = url::Url::parse(&text)
            .map_err(|e| Error::config(format!("invalid server URL `{text}`: {e}")))?;
        if url.cannot_be_a_base() {
            return Err(
                Error::config(format!("the server `{text}` is not an http or https URL")),
            );
        }
        if let Ok(mut servers) = self.inner.servers.lock() && servers.len() < 16 {
            servers.push((server.to_owned(), url.clone()));
        }
        Ok(url)
    }
    /// Sends a request, retrying as the [`RetryPolicy`] allows, and returns the last answer
    /// whatever its status. Each attempt is a `tracing` span (`twilio.request` for Twilio's
    /// APIs, `api.request` for others: method, path
    /// template, attempt, status, request id; never credentials or bodies).
    ///
    /// # Errors
    ///
    /// [`Error::Transport`] if the request does not complete, [`Error::Undecodable`] if the body
    /// is larger than the limit, [`Error::Config`] if the URL cannot be built.
    pub async fn send(&self, request: &Request) -> Result<RawResponse, Error> {
        let policy = self.inner.retry;
        let mut attempt = 1;
        loop {
            let span = tracing::debug_span!(
                crate ::auth::SPAN, method = % request.method, path = request.template,
                attempt, status = tracing::field::Empty, request_id =
                tracing::field::Empty,
            );
            let listened = !span.is_disabled();
            let outcome = if listened {
                tracing::Instrument::instrument(self.send_once(request), span.clone())
                    .await
            } else {
                self.send_once(request).await
            };
            if listened && let Ok(raw) = &outcome {
                span.record("status", raw.status);
                if let Some(id) = request_id(&raw.headers) {
                    span.record("request_id", id);
                }
            }
            let wait = match &outcome {
                _ if attempt >= policy.max_attempts => None,
                Ok(raw) if retryable_status(raw.status, request.idempotent) => {
                    match retry_after(&raw.headers) {
                        Some(asked) if asked > policy.max_retry_after => None,
                        Some(asked) => Some(asked),
                        None => Some(policy.backoff(attempt)),
                    }
                }
                Err(Error::Transport(t)) if t.is_connect() => {
                    Some(policy.backoff(attempt))
                }
                _ => None,
            };
            match wait {
                Some(delay) => {
                    tracing::debug!(parent : & span, ? delay, "retrying");
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
                None => return outcome,
            }
        }
    }
    /// The URL `request` goes to, query included.
    fn request_url(&self, request: &Request) -> Result<url::Url, Error> {
        let mut url = self.resolve_url(request.server, &request.path)?;
        if !request.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&request.query);
        }
        Ok(url)
    }
    /// What an error says of its request: the method, the URL and the answer's request id.
    /// Made only when there is an error, so that a successful request pays nothing for it.
    fn request_info(
        &self,
        request: &Request,
        headers: Option<&reqwest::header::HeaderMap>,
    ) -> RequestInfo {
        let mut info = match self.request_url(request) {
            Ok(url) => RequestInfo::new(request.method.as_str(), &url),
            Err(_) => {
                RequestInfo {
                    method: request.method.to_string(),
                    url: request.path.clone(),
                    request_id: None,
                }
            }
        };
        info.request_id = headers.and_then(request_id).map(str::to_owned);
        info
    }
    /// One attempt: the status, the headers and the body, read up to the size limit.
    async fn send_once(&self, request: &Request) -> Result<RawResponse, Error> {
        let url = self.request_url(request)?;
        let mut builder = self
            .inner
            .http
            .request(request.method.clone(), url)
            .timeout(self.inner.timeout)
            .header(reqwest::header::USER_AGENT, self.inner.user_agent.clone())
            .header(reqwest::header::ACCEPT, request.accept);
        builder = self.inner.auth.apply(builder, request.security);
        for (name, value) in &request.headers {
            builder = builder.header(*name, value.as_str());
        }
        builder = match &request.body {
            Body::Empty => builder,
            Body::Form(pairs) => builder.form(pairs),
            Body::Json(value) => {
                builder
                    .header(reqwest::header::CONTENT_TYPE, "application/json")
                    .body(serde_json::to_vec(value).unwrap_or_default())
            }
            Body::Multipart(fields, files) => {
                let mut form = reqwest::multipart::Form::new();
                for (name, value) in fields {
                    form = form.text(*name, value.clone());
                }
                for (name, file) in files {
                    form = form.part(*name, file.part().await?);
                }
                builder.multipart(form)
            }
            Body::Raw(upload) => {
                let builder = match &upload.media_type {
                    Some(media_type) => {
                        builder
                            .header(reqwest::header::CONTENT_TYPE, media_type.as_str())
                    }
                    None => builder,
                };
                builder.body(upload.body().await?)
            }
        };
        let transport = |source: Cause, headers: Option<&reqwest::header::HeaderMap>| {
            Error::Transport(TransportError {
                source,
                request: self.request_info(request, headers),
            })
        };
        let mut response = self.execute(builder).await.map_err(|e| transport(e, None))?;
        for hook in &self.inner.on_response {
            hook(&response);
        }
        let status = response.status().as_u16();
        let headers = std::mem::take(response.headers_mut());
        let limit = self.inner.max_response_bytes;
        let announced = response.content_length().and_then(|n| usize::try_from(n).ok());
        let mut body = Vec::with_capacity(announced.unwrap_or(0).min(limit));
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| transport(Cause::Http(e), Some(&headers)))?
        {
            if body.len() + chunk.len() > limit {
                body.extend_from_slice(&chunk[..limit.saturating_sub(body.len())]);
                let mut e = UndecodableResponse::new(
                    status,
                    &body,
                    format!("the body is larger than the limit of {limit} bytes"),
                );
                e.request = self.request_info(request, Some(&headers));
                return Err(Error::Undecodable(Box::new(e)));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(RawResponse {
            status,
            headers,
            body,
        })
    }
    /// Sends one attempt: the hooks run on it, then it goes through the caller's middleware
    /// when there is one, else straight to the HTTP client.
    async fn execute(
        &self,
        builder: reqwest::RequestBuilder,
    ) -> Result<reqwest::Response, Cause> {
        #[cfg(feature = "middleware")]
        let middleware = self.inner.middleware.as_ref();
        #[cfg(not(feature = "middleware"))]
        let middleware: Option<&std::convert::Infallible> = None;
        if self.inner.on_request.is_empty() && middleware.is_none() {
            return Ok(builder.send().await?);
        }
        let mut attempt = builder.build()?;
        for hook in &self.inner.on_request {
            hook(&mut attempt);
        }
        #[cfg(feature = "middleware")]
        if let Some(stack) = middleware {
            return stack
                .execute(attempt)
                .await
                .map_err(|e| match e {
                    reqwest_middleware::Error::Reqwest(e) => Cause::Http(e),
                    reqwest_middleware::Error::Middleware(e) => {
                        Cause::Middleware(e.into())
                    }
                });
        }
        Ok(self.inner.http.execute(attempt).await?)
    }
    /// Sends a request and decodes a JSON answer.
    ///
    /// # Errors
    ///
    /// As [`Client::send`], plus [`Error::Api`] for the API's error and
    /// [`Error::Undecodable`] for an answer that is not `T`.
    pub async fn call_json<T: DeserializeOwned>(
        &self,
        request: Request,
    ) -> Result<Response<T>, Error> {
        self.call_decoded(request, decode_response).await
    }
    /// Sends a request and decodes an answer that must be a JSON object (a resource or a
    /// page): [`decode_object`].
    ///
    /// # Errors
    ///
    /// As [`Client::call_json`].
    pub async fn call_object<T: DeserializeOwned>(
        &self,
        request: Request,
    ) -> Result<Response<T>, Error> {
        self.call_decoded(request, decode_object).await
    }
    /// Sends a request and decodes its answer with `decode`; an error names the request.
    async fn call_decoded<T>(
        &self,
        request: Request,
        decode: fn(u16, &[u8], u16) -> Result<T, Error>,
    ) -> Result<Response<T>, Error> {
        let raw = self.send(&request).await?;
        let value = decode(raw.status, &raw.body, request.success)
            .map_err(|e| with_request(
                e,
                self.request_info(&request, Some(&raw.headers)),
            ))?;
        Ok(Response {
            value,
            status: raw.status,
            headers: raw.headers,
            body: raw.body,
        })
    }
    /// Sends a request whose answer is text (`text/csv`, `text/html`).
    ///
    /// # Errors
    ///
    /// As [`Client::call_empty`], plus [`Error::Undecodable`] for a body that is not UTF-8.
    pub async fn call_text(&self, request: Request) -> Result<Response<String>, Error> {
        self.call_decoded(
                request,
                |status, body, success| {
                    decode_bytes(status, body, success)
                        .and_then(|bytes| {
                            String::from_utf8(bytes)
                                .map_err(|e| {
                                    Error::Undecodable(
                                        Box::new(
                                            UndecodableResponse::new(
                                                status,
                                                e.as_bytes(),
                                                "the body is not UTF-8 text".to_owned(),
                                            ),
                                        ),
                                    )
                                })
                        })
                },
            )
            .await
    }
    /// Sends a request whose answer is bytes (`application/octet-stream`, `image/png`).
    ///
    /// # Errors
    ///
    /// As [`Client::call_empty`].
    pub async fn call_bytes(
        &self,
        request: Request,
    ) -> Result<Response<Vec<u8>>, Error> {
        self.call_decoded(request, decode_bytes).await
    }
    /// Sends a request whose answer has no body to read (204; or the redirect that is an
    /// operation's only documented answer, whose headers say where to go).
    ///
    /// # Errors
    ///
    /// As [`Client::send`], plus [`Error::Api`] for the API's error.
    pub async fn call_empty(&self, request: Request) -> Result<Response<()>, Error> {
        let raw = self.send(&request).await?;
        if !(200..300).contains(&raw.status) && raw.status != request.success {
            return Err(
                with_request(
                    error_from(raw.status, &raw.body),
                    self.request_info(&request, Some(&raw.headers)),
                ),
            );
        }
        Ok(Response {
            value: (),
            status: raw.status,
            headers: raw.headers,
            body: raw.body,
        })
    }
}
/// The body of a 2xx (or of `success`) as it came; the API's error for an error status.
fn decode_bytes(status: u16, body: &[u8], success: u16) -> Result<Vec<u8>, Error> {
    if (200..300).contains(&status) || status == success {
        Ok(body.to_vec())
    } else {
        Err(error_from(status, body))
    }
}
/// Names the request an answer's error belongs to.
fn with_request(mut error: Error, request: RequestInfo) -> Error {
    match &mut error {
        Error::Api(e) => e.request = request,
        Error::Undecodable(e) => e.request = request,
        _ => {}
    }
    error
}
/// Decodes an answer: `T` from the JSON body of a 2xx (or of `success`), the API's error for an
/// error status. Any bytes give a value or an error, never a panic.
///
/// # Errors
///
/// [`Error::Api`] for the API's error, [`Error::Undecodable`] for anything else that is not
/// a `T`: an empty, truncated or HTML body, or fields of the wrong type.
pub fn decode_response<T: DeserializeOwned>(
    status: u16,
    body: &[u8],
    success: u16,
) -> Result<T, Error> {
    if !(200..300).contains(&status) && status != success {
        return Err(error_from(status, body));
    }
    if body.iter().all(u8::is_ascii_whitespace) {
        for empty in ["null", "{}", "[]", "\"\""] {
            if let Ok(value) = serde_json::from_str(empty) {
                return Ok(value);
            }
        }
        return Err(
            Error::Undecodable(
                Box::new(
                    UndecodableResponse::new(
                        status,
                        body,
                        "an empty body where a value was expected",
                    ),
                ),
            ),
        );
    }
    serde_json::from_slice(body)
        .or_else(|e| {
            serde_json::from_slice::<String>(body)
                .ok()
                .filter(|inner| inner.trim_start().starts_with(['{', '[']))
                .and_then(|inner| serde_json::from_str(&inner).ok())
                .ok_or_else(|| Error::Undecodable(
                    Box::new(UndecodableResponse::new(status, body, e.to_string())),
                ))
        })
}
/// Decodes an answer that must be a JSON object (a resource or a page), as
/// [`decode_response`] does; any other JSON (an array, a string) is undecodable, even where
/// `T`'s fields would all be absent.
///
/// # Errors
///
/// As [`decode_response`].
pub fn decode_object<T: DeserializeOwned>(
    status: u16,
    body: &[u8],
    success: u16,
) -> Result<T, Error> {
    decode_response::<Object<T>>(status, body, success).map(|o| o.0)
}
/// A `T` read only from a JSON object (serde's derive would also read a struct from an array).
struct Object<T>(T);
impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Object<T> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visit<T>(std::marker::PhantomData<T>);
        impl<'de, T: serde::Deserialize<'de>> serde::de::Visitor<'de> for Visit<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> Result<T, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer.deserialize_map(Visit(std::marker::PhantomData)).map(Object)
    }
}
/// The API's error: Twilio's form (`code`, `message`, `more_info`), or another vendor's JSON
/// with a message in it (see [`error_message`]), or no body at all (the status says it all);
/// an undecodable response when the body is none of these.
fn error_from(status: u16, body: &[u8]) -> Error {
    if body.iter().all(u8::is_ascii_whitespace) {
        let reason = reqwest::StatusCode::from_u16(status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("error");
        return Error::Api(
            Box::new(ApiError {
                status,
                code: None,
                message: format!("{status} {reason}, with no body"),
                more_info: None,
                details: None,
                request: RequestInfo::default(),
            }),
        );
    }
    match serde_json::from_slice::<ApiError>(body) {
        Ok(mut e) if e.code.is_some() || !e.message.is_empty() => {
            e.status = status;
            return Error::Api(Box::new(e));
        }
        _ => {}
    }
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(value) => {
            match error_message(&value) {
                Some(message) => {
                    let code = value
                        .get("code")
                        .and_then(serde_json::Value::as_u64)
                        .and_then(|c| u32::try_from(c).ok());
                    Error::Api(
                        Box::new(ApiError {
                            status,
                            code,
                            message,
                            more_info: None,
                            details: Some(value),
                            request: RequestInfo::default(),
                        }),
                    )
                }
                None => {
                    Error::Undecodable(
                        Box::new(
                            UndecodableResponse::new(
                                status,
                                body,
                                "an error status whose JSON body says no message",
                            ),
                        ),
                    )
                }
            }
        }
        Err(e) => {
            Error::Undecodable(
                Box::new(
                    UndecodableResponse::new(
                        status,
                        body,
                        format!("an error status with a body that is not JSON: {e}"),
                    ),
                ),
            )
        }
    }
}
/// The message of an error body in the forms APIs use: `message`, `error_description`,
/// `error` (text, or an object with a `message`), `detail`, `title`, or the first of `errors`
/// (text, or an object with a `message`, as SendGrid writes it).
fn error_message(value: &serde_json::Value) -> Option<String> {
    let text = |v: &serde_json::Value| -> Option<String> {
        match v {
            serde_json::Value::String(s) if !s.is_empty() => Some(s.clone()),
            serde_json::Value::Object(o) => {
                o.get("message").and_then(serde_json::Value::as_str).map(str::to_owned)
            }
            _ => None,
        }
    };
    ["message", "error_description", "error", "detail", "title"]
        .iter()
        .find_map(|key| value.get(*key).and_then(text))
        .or_else(|| value.get("errors")?.as_array()?.first().and_then(text))
}
