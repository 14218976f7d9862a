//! Walking Twilio's pages: a list answers with one page of items and a link to the next page,
//! `next_page_uri` (a path, in api_v2010) or `meta.next_page_url` (a URL, in the newer APIs).
use std::collections::VecDeque;
use futures_core::Stream;
use serde::de::DeserializeOwned;
use crate::{Body, Client, Error, Request};
/// The request for the page that a `next` link names, on the operation's server: only the
/// link's path and query are used, so the client's base URL, region and edge still apply.
/// `None` if the link is not a path or an absolute URL.
pub fn next_page_request(server: &'static str, link: &str) -> Option<Request> {
    let path = if link.starts_with('/') {
        link.to_owned()
    } else {
        let url = url::Url::parse(link).ok()?;
        match url.query() {
            Some(query) => format!("{}?{query}", url.path()),
            None => url.path().to_owned(),
        }
    };
    Some(Request {
        method: reqwest::Method::GET,
        server,
        path,
        query: Vec::new(),
        headers: Vec::new(),
        body: Body::Empty,
        success: 0,
        idempotent: true,
    })
}
/// Every item of every page, starting with the `first` request, at most `limit` of them.
/// `split` takes a page apart into its items and the link to the next page. Pages are fetched
/// only as the stream is read; once `limit` items are yielded no further page is asked for. An
/// error is yielded and ends the stream.
pub fn items<'a, P, T>(
    client: &'a Client,
    first: Result<Request, Error>,
    limit: Option<usize>,
    split: fn(P) -> (Vec<T>, Option<String>),
) -> impl Stream<Item = Result<T, Error>> + 'a
where
    P: DeserializeOwned + 'a,
    T: 'a,
{
    struct State<T> {
        next: Option<Result<Request, Error>>,
        buffer: VecDeque<T>,
        left: Option<usize>,
    }
    let state = State {
        next: Some(first),
        buffer: VecDeque::new(),
        left: limit,
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
                let server = request.server;
                match client.call_json::<P>(request).await {
                    Ok(page) => {
                        let (items, next) = split(page);
                        state.buffer.extend(items);
                        state.next = next
                            .filter(|link| !link.is_empty())
                            .and_then(|link| next_page_request(server, &link))
                            .map(Ok);
                    }
                    Err(e) => return Some((Err(e), state)),
                }
            }
        },
    )
}
