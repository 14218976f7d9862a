//! Walking pages as Twilio's APIs link them: a list answers with one page of items and a link to the next page,
//! `next_page_uri` (a path, in api_v2010) or `meta.next_page_url` (a URL, in the newer APIs).
//!
//! Every such list operation has three methods built on this module, as Twilio's own libraries
//! do:
//! `list(params)` collects the items of every page into a `Vec`, `stream(params)` yields them
//! one by one, fetching pages as it is read, and `page(params)` returns one [`Page`], which
//! can fetch the next. `params.limit(n)` caps how many items `list` and `stream` return; no
//! page is asked for once it is reached, and without a page size the pages are the limit's
//! size (at most [`MAX_PAGE_SIZE`]).
use std::collections::VecDeque;
use futures_core::Stream;
use serde::de::DeserializeOwned;
use crate::error::UndecodableResponse;
use crate::{Client, Error, Request};
/// The largest page Twilio's APIs serve.
pub const MAX_PAGE_SIZE: usize = 1000;
/// The page size that a limit asks for when no page size is given: the limit, between 1 and
/// [`MAX_PAGE_SIZE`].
pub fn page_size_for<T: TryFrom<usize>>(limit: usize) -> Option<T> {
    T::try_from(limit.clamp(1, MAX_PAGE_SIZE)).ok()
}
/// The body of one page of a list: its items, and the link to the next page.
pub trait PageBody: DeserializeOwned {
    /// One item of the list.
    type Item;
    /// The items, and the link to the next page (`None` or empty on the last page).
    fn into_parts(self) -> (Vec<Self::Item>, Option<String>);
}
/// One page of a list, and the way to the next.
#[derive(Debug)]
pub struct Page<'a, P: PageBody> {
    client: &'a Client,
    template: &'static str,
    server: &'static str,
    items: Vec<P::Item>,
    /// The request for the next page, on the client's own host.
    next: Option<Request>,
    /// A link that is not followed (it leaves the client's host, or names the same page), and
    /// why. The page itself is kept; asking for the next one is the error.
    refused: Option<(String, &'static str)>,
    response: crate::Response<()>,
}
impl<'a, P: PageBody> Page<'a, P> {
    /// The page's items.
    pub fn items(&self) -> &[P::Item] {
        &self.items
    }
    /// The page's items, taken out.
    pub fn into_items(self) -> Vec<P::Item> {
        self.items
    }
    /// Whether the page links to a next one (which [`next_page`](Self::next_page) refuses to
    /// follow if it leaves the client's host).
    pub fn has_next(&self) -> bool {
        self.next.is_some() || self.refused.is_some()
    }
    /// The path and query of the next page, when there is one the client follows.
    pub fn next_page_path(&self) -> Option<&str> {
        self.next.as_ref().map(|r| r.path.as_str())
    }
    /// The status, headers and body this page came in.
    pub fn response(&self) -> &crate::Response<()> {
        &self.response
    }
    /// Fetches the next page; `None` after the last.
    ///
    /// # Errors
    ///
    /// As the list operation: [`Error::Api`], [`Error::Transport`], [`Error::Undecodable`];
    /// and [`Error::Undecodable`], with nothing sent, when the link leaves the client's host or
    /// names this same page.
    pub async fn next_page(&self) -> Result<Option<Page<'a, P>>, Error> {
        match (&self.next, &self.refused) {
            (Some(request), _) => fetch(self.client, request.clone()).await.map(Some),
            (None, Some((link, reason))) => Err(self.refusal(link, reason)),
            (None, None) => Ok(None),
        }
    }
    /// The request for the next page, or the error of a link that is not followed; `None` on
    /// the last page.
    fn take_next(&mut self) -> Option<Result<Request, Error>> {
        if let Some(request) = self.next.take() {
            return Some(Ok(request));
        }
        let (link, reason) = self.refused.take()?;
        Some(Err(self.refusal(&link, reason)))
    }
    /// The error that a link which is not followed ends the list with; it names the link.
    fn refusal(&self, link: &str, reason: &str) -> Error {
        let mut e = UndecodableResponse::new(
            self.response.status(),
            link.as_bytes(),
            reason,
        );
        e.request = crate::error::RequestInfo {
            method: "GET".to_owned(),
            url: self
                .client
                .resolve_url(self.server, "")
                .map(String::from)
                .unwrap_or_default(),
            request_id: self.response.request_id().map(str::to_owned),
        };
        Error::Undecodable(Box::new(e))
    }
    /// The operation's path template, as the spec writes it.
    pub fn template(&self) -> &'static str {
        self.template
    }
    /// The server the list is on.
    pub fn server(&self) -> &'static str {
        self.server
    }
}
/// Fetches one page with `request`.
///
/// # Errors
///
/// As the list operation: [`Error::Api`], [`Error::Transport`], [`Error::Undecodable`]. A link
/// to the next page that leaves the client's host is not an error here: the page is returned,
/// and following the link is refused.
pub async fn fetch<P: PageBody>(
    client: &Client,
    request: Request,
) -> Result<Page<'_, P>, Error> {
    let (template, server, security) = (
        request.template,
        request.server,
        request.security,
    );
    let this_page = if request.query.is_empty() {
        request.path.clone()
    } else {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&request.query)
            .finish();
        format!("{}?{query}", request.path)
    };
    let response = client.call_object::<P>(request).await?;
    let mut body = None;
    let response = response.map(|page| body = Some(page));
    let (items, link) = body.map(PageBody::into_parts).unwrap_or_default();
    let (mut next, mut refused) = (None, None);
    if let Some(link) = link.filter(|link| !link.is_empty()) {
        match next_page_request(client, template, server, &link)
            .map(|r| Request { security, ..r })
        {
            Some(request) if request.path == this_page => {
                refused = Some((link, "the link to the next page names the same page"));
            }
            Some(request) => next = Some(request),
            None => {
                refused = Some((
                    link,
                    "the link to the next page leaves the client's host; it was not followed",
                ));
            }
        }
    }
    Ok(Page {
        client,
        template,
        server,
        items,
        next,
        refused,
        response,
    })
}
/// The error that ends a list once the client's `max_pages` pages are read and another is
/// linked.
fn past_max_pages(client: &Client, next: &Request) -> Error {
    let mut e = UndecodableResponse::new(
        200,
        next.path.as_bytes(),
        format!(
            "the list links to more than {} pages (the client's `max_pages`); the next was not asked for",
            client.max_pages()
        ),
    );
    e.request = crate::error::RequestInfo {
        method: "GET".to_owned(),
        url: client.resolve_url(next.server, "").map(String::from).unwrap_or_default(),
        request_id: None,
    };
    Error::Undecodable(Box::new(e))
}
/// The request for the page that a `next` link names, on the client's own host: a path, or an
/// absolute URL on the operation's server or on the host the client sends to (its base URL,
/// or its region and edge). Only the link's path and query are used, so the client's base URL,
/// region and edge still apply. `None` for a link to any other host, which is never followed.
pub fn next_page_request(
    client: &Client,
    template: &'static str,
    server: &'static str,
    link: &str,
) -> Option<Request> {
    let path = if link.starts_with('/') && !link.starts_with("//") {
        link.to_owned()
    } else {
        let url = url::Url::parse(link).ok()?;
        let same = |other: &url::Url| {
            other.scheme() == url.scheme() && other.host_str() == url.host_str()
                && other.port_or_known_default() == url.port_or_known_default()
        };
        let own = client.resolve_url(server, "/").ok()?;
        let spec = url::Url::parse(server).ok()?;
        if !same(&own) && !same(&spec) {
            return None;
        }
        match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        }
    };
    Some(Request {
        path,
        ..Request::new(reqwest::Method::GET, server, template, &[])
    })
}
/// Every item of every page, starting with the `first` request, at most `limit` of them. Pages
/// are fetched only as the stream is read; once `limit` items are yielded no further page is
/// asked for. An error is yielded and ends the stream.
pub fn items<P: PageBody + 'static>(
    client: &Client,
    first: Result<Request, Error>,
    limit: Option<usize>,
) -> impl Stream<Item = Result<P::Item, Error>> + '_ {
    struct State<T> {
        next: Option<Result<Request, Error>>,
        buffer: VecDeque<T>,
        left: Option<usize>,
        pages: usize,
    }
    let state = State {
        next: Some(first),
        buffer: VecDeque::new(),
        left: limit,
        pages: 0,
    };
    futures_util::stream::unfold(
        state,
        move |mut state| async move {
            loop {
                if state.left == Some(0) {
                    return None;
                }
                if let Some(item) = state.buffer.pop_front() {
                    if let Some(left) = &mut state.left {
                        *left -= 1;
                    }
                    return Some((Ok(item), state));
                }
                let request = match state.next.take()? {
                    Ok(request) => request,
                    Err(e) => return Some((Err(e), state)),
                };
                if state.pages == client.max_pages() {
                    return Some((Err(past_max_pages(client, &request)), state));
                }
                state.pages += 1;
                match fetch::<P>(client, request).await {
                    Ok(mut page) => {
                        state.next = page.take_next();
                        state.buffer.extend(page.items);
                    }
                    Err(e) => return Some((Err(e), state)),
                }
            }
        },
    )
}
/// Every item of every page, at most `limit`, collected.
///
/// # Errors
///
/// The first error of any page.
pub async fn collect<P: PageBody + 'static>(
    client: &Client,
    first: Result<Request, Error>,
    limit: Option<usize>,
) -> Result<Vec<P::Item>, Error> {
    let mut out = Vec::new();
    if limit == Some(0) {
        return Ok(out);
    }
    let mut page = fetch::<P>(client, first?).await?;
    let mut pages = 1;
    loop {
        let room = limit.map_or(usize::MAX, |l| l - out.len());
        let take = page.items.len().min(room);
        out.extend(page.items.drain(..take));
        if limit.is_some_and(|l| out.len() >= l) {
            return Ok(out);
        }
        match page.take_next() {
            Some(Ok(request)) if pages >= client.max_pages() => {
                return Err(past_max_pages(client, &request));
            }
            Some(Ok(request)) => {
                page = fetch::<P>(client, request).await?;
                pages += 1;
            }
            Some(Err(refused)) => return Err(refused),
            None => return Ok(out),
        }
    }
}
