//! The engine of the typed mock (feature `mock`): a server on 127.0.0.1 that reads each request
//! back into the operation's parameters struct, answers as the API answers, and keeps what it
//! received for the test to look at. `mod.rs` adds a method per operation to [`MockServer`].
//!
//! It stands on [wiremock](https://docs.rs/wiremock): one catch-all mock is mounted, and every
//! request goes through [`State::answer`], which picks the first mock of this crate whose
//! operation's method and path match, whose credentials are there, whose parameters read, and
//! whose `when` holds. Everything it keeps is behind a plain mutex, so that `received` and
//! `verify` are ordinary calls, usable on any runtime.
use std::any::Any;
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
/// The page size a list answers with when the request asks for none (Twilio's default).
pub const DEFAULT_PAGE_SIZE: usize = 50;
/// How an operation answers when it succeeds.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub enum Reply {
    /// No body.
    Nothing,
    /// The value as JSON.
    Json,
    /// The value, a string, as `text/plain`.
    Text,
    /// The value, bytes, as `application/octet-stream`.
    Bytes,
}
/// Where a list's page links to the next one.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub enum NextLink {
    /// A top-level field with a path (`next_page_uri`).
    Field(&'static str),
    /// A field of the page's `meta` object with an absolute URL (`meta.next_page_url`).
    Meta {
        /// The `meta` field.
        meta: &'static str,
        /// The link's field in it.
        link: &'static str,
    },
}
/// How a list's pages are served.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct Pages {
    /// The page's field that holds the items.
    pub items: &'static str,
    /// Where the link to the next page goes.
    pub next: NextLink,
    /// The query parameter that asks for a page size, if the list takes one.
    pub page_size: Option<&'static str>,
}
/// One operation as the mock matches and answers it.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct Route {
    /// Its `operationId`.
    pub operation_id: &'static str,
    /// The HTTP method.
    pub method: &'static str,
    /// The path as the client sends it to a base URL, with its `{Parameters}`.
    pub template: &'static str,
    /// The part of `template` that is a server relative to where the API is (`/api/v3`), which
    /// the client adds to every link it follows; empty for an absolute server.
    pub base: &'static str,
    /// The media type of a text or bytes success (`text/csv`, `application/pdf`).
    pub media: &'static str,
    /// How many inputs it requires besides its path: of two operations on one path (Box's
    /// `/files/{id}` and `/files/{id}#get_shared_link`), the one that requires more is tried
    /// first, and a request without them is the other's.
    pub required: u16,
    /// The status of a success.
    pub status: u16,
    /// The body of a success.
    pub reply: Reply,
    /// The security it needs, as its requests carry it (`None`: the API's default).
    pub security: Option<&'static [&'static [&'static str]]>,
    /// Its pages, for a list.
    pub pages: Option<Pages>,
}
/// Where an input is in a request.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub enum Place {
    /// A query pair.
    Query,
    /// A header.
    Header,
    /// A cookie.
    Cookie,
    /// A pair of a form body.
    Form,
    /// A member of a JSON body.
    Json,
    /// A part of a multipart body.
    Part,
    /// The whole body.
    Body,
}
/// One value of an input as it came.
#[doc(hidden)]
#[derive(Debug)]
pub enum Wire<'a> {
    /// Text (a query or form pair, a header, a text part).
    Text(Cow<'a, str>),
    /// A JSON value.
    Json(&'a Value),
    /// Bytes (a raw body).
    Bytes(&'a [u8]),
    /// A part of a multipart body: its bytes, file name and media type.
    File(&'a [u8], Option<&'a str>, Option<&'a str>),
}
/// A part of a multipart body.
#[derive(Debug)]
struct Part {
    name: String,
    data: Vec<u8>,
    file_name: Option<String>,
    media: Option<String>,
}
/// A request as the mock reads it.
#[doc(hidden)]
#[derive(Debug, Default)]
pub struct Incoming {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
    form: Vec<(String, String)>,
    json: Option<Value>,
    parts: Vec<Part>,
}
/// What a parameters struct is read back from: implemented for every operation's parameters
/// (and `()` for one without inputs).
#[doc(hidden)]
pub trait Inputs: Sized {
    /// The inputs the request carries, or why it does not carry them.
    fn read(request: &Incoming) -> Result<Self, String>;
}
impl Inputs for () {
    fn read(_: &Incoming) -> Result<Self, String> {
        Ok(())
    }
}
fn pairs(text: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(text)
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect()
}
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}
/// The parts of a `multipart/form-data` body: each part's name, whether it is a file, and its
/// bytes.
fn multipart(body: &[u8], boundary: &str) -> Vec<Part> {
    let delimiter = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut rest = body;
    while let Some(at) = find(rest, delimiter.as_bytes()) {
        rest = &rest[at + delimiter.len()..];
        if rest.starts_with(b"--") {
            break;
        }
        let rest_of_part = rest.strip_prefix(b"\r\n").unwrap_or(rest);
        let end = find(rest_of_part, delimiter.as_bytes()).unwrap_or(rest_of_part.len());
        let chunk = &rest_of_part[..end];
        if let Some(split) = find(chunk, b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&chunk[..split]);
            let data = &chunk[split + 4..];
            let data = data.strip_suffix(b"\r\n").unwrap_or(data);
            let quoted = |key: &str| {
                let start = head.find(&format!("{key}=\""))? + key.len() + 2;
                let len = head[start..].find('"')?;
                Some(head[start..start + len].to_owned())
            };
            let extended = |key: &str| {
                let start = head.find(&format!("{key}*=utf-8''"))? + key.len() + 9;
                let end = head[start..]
                    .find([';', '\r', '\n'])
                    .map_or(head.len(), |e| start + e);
                Some(
                    percent_encoding::percent_decode_str(head[start..end].trim())
                        .decode_utf8_lossy()
                        .into_owned(),
                )
            };
            let media = head
                .lines()
                .find_map(|l| {
                    let (k, v) = l.split_once(':')?;
                    k.trim()
                        .eq_ignore_ascii_case("content-type")
                        .then(|| v.trim().to_owned())
                });
            let name = quoted(" name")
                .or_else(|| quoted(";name"))
                .or_else(|| extended(" name"))
                .or_else(|| extended(";name"));
            if let Some(name) = name {
                let file_name = quoted("filename").or_else(|| extended("filename"));
                parts
                    .push(Part {
                        name,
                        data: data.to_vec(),
                        file_name,
                        media,
                    });
            }
        }
        rest = rest_of_part;
    }
    parts
}
impl Incoming {
    fn new(request: &wiremock::Request) -> Self {
        let headers: Vec<(String, String)> = request
            .headers
            .iter()
            .map(|(k, v)| (
                k.as_str().to_ascii_lowercase(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            ))
            .collect();
        let media = headers
            .iter()
            .find(|(k, _)| k == "content-type")
            .map(|(_, v)| v.to_ascii_lowercase())
            .unwrap_or_default();
        let mut incoming = Incoming {
            method: request.method.as_str().to_owned(),
            path: request.url.path().to_owned(),
            query: request.url.query().map(|q| pairs(q.as_bytes())).unwrap_or_default(),
            headers,
            body: request.body.clone(),
            ..Incoming::default()
        };
        if media.starts_with("application/x-www-form-urlencoded") {
            incoming.form = pairs(&request.body);
        } else if media.starts_with("multipart/form-data") {
            let boundary = media
                .split(';')
                .find_map(|p| p.trim().strip_prefix("boundary="))
                .unwrap_or_default();
            let sent = incoming.header("content-type").unwrap_or_default();
            let at = sent.to_ascii_lowercase().find(boundary).unwrap_or(0);
            let boundary = sent
                .get(at..at + boundary.len())
                .unwrap_or(boundary)
                .trim_matches('"')
                .to_owned();
            incoming.parts = multipart(&request.body, &boundary);
        } else if !request.body.is_empty() {
            incoming.json = serde_json::from_slice(&request.body).ok();
        }
        incoming
    }
    /// A header's first value.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    /// A query parameter's first value.
    pub fn query(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
    /// A cookie's value.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .filter(|(k, _)| k == "cookie")
            .flat_map(|(_, v)| v.split(';'))
            .filter_map(|c| c.trim().split_once('='))
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
    }
    fn values(&self, place: Place, name: &str) -> Vec<Wire<'_>> {
        fn from_pairs<'a>(pairs: &'a [(String, String)], name: &str) -> Vec<Wire<'a>> {
            pairs
                .iter()
                .filter(|(k, _)| k == name || k.strip_suffix("[]") == Some(name))
                .map(|(_, v)| Wire::Text(Cow::Borrowed(v.as_str())))
                .collect()
        }
        match place {
            Place::Query => from_pairs(&self.query, name),
            Place::Form => from_pairs(&self.form, name),
            Place::Header => {
                self.headers
                    .iter()
                    .filter(|(k, _)| k.eq_ignore_ascii_case(name))
                    .map(|(_, v)| Wire::Text(Cow::Borrowed(v.as_str())))
                    .collect()
            }
            Place::Cookie => {
                self.cookie(name)
                    .map(|v| Wire::Text(Cow::Borrowed(v)))
                    .into_iter()
                    .collect()
            }
            Place::Json => {
                match self.json.as_ref().and_then(|j| j.get(name)) {
                    None | Some(Value::Null) => Vec::new(),
                    Some(v) => vec![Wire::Json(v)],
                }
            }
            Place::Part => {
                self.parts
                    .iter()
                    .filter(|p| p.name == name)
                    .map(|p| Wire::File(
                        &p.data,
                        p.file_name.as_deref(),
                        p.media.as_deref(),
                    ))
                    .collect()
            }
            Place::Body => {
                match (&self.json, name.is_empty()) {
                    (Some(json), true) => vec![Wire::Json(json)],
                    (None, true) => Vec::new(),
                    _ => vec![Wire::Bytes(& self.body)],
                }
            }
        }
    }
    /// A required input.
    pub fn one<T>(
        &self,
        place: Place,
        name: &str,
        parse: fn(Wire<'_>) -> Result<T, String>,
    ) -> Result<T, String> {
        self.opt(place, name, parse)?
            .ok_or_else(|| format!("the required `{name}` is missing"))
    }
    /// An optional input.
    pub fn opt<T>(
        &self,
        place: Place,
        name: &str,
        parse: fn(Wire<'_>) -> Result<T, String>,
    ) -> Result<Option<T>, String> {
        match self.values(place, name).into_iter().next() {
            None => Ok(None),
            Some(w) => {
                parse(w).map(Some).map_err(|e| format!("`{name}` does not read: {e}"))
            }
        }
    }
    /// An object whose members came as pairs of their own, each under its key (`(member,
    /// key, list)`: a list's member always an array); `None` if none came. A value that is JSON
    /// text of an object or a list is read as that JSON.
    pub fn members<T>(
        &self,
        place: Place,
        keys: &[(&str, &str, bool)],
        parse: fn(Wire<'_>) -> Result<T, String>,
    ) -> Result<Option<T>, String> {
        let read = |w: Wire<'_>| {
            let text = text(w).into_owned();
            match serde_json::from_str::<Value>(&text) {
                Ok(v @ (Value::Object(_) | Value::Array(_))) => v,
                _ => Value::String(text),
            }
        };
        let mut object = serde_json::Map::new();
        for (member, key, list) in keys {
            let mut values: Vec<Value> = self
                .values(place, key)
                .into_iter()
                .map(read)
                .collect();
            if *list && !values.is_empty() {
                object.insert((*member).to_owned(), Value::Array(values));
            } else if values.len() == 1 {
                object.insert((*member).to_owned(), values.remove(0));
            } else if !values.is_empty() {
                object.insert((*member).to_owned(), Value::Array(values));
            }
        }
        if object.is_empty() {
            return Ok(None);
        }
        let object = Value::Object(object);
        parse(Wire::Json(&object))
            .map(Some)
            .map_err(|e| format!("the members of an object do not read: {e}"))
    }
    /// A required object whose members came as pairs of their own (see
    /// [`Incoming::members`]): one with no member set sends none, and reads as empty.
    pub fn members_one<T>(
        &self,
        place: Place,
        keys: &[(&str, &str, bool)],
        parse: fn(Wire<'_>) -> Result<T, String>,
    ) -> Result<T, String> {
        match self.members(place, keys, parse)? {
            Some(value) => Ok(value),
            None => parse(Wire::Json(&Value::Object(serde_json::Map::new()))),
        }
    }
    /// A list: a repeated pair, or a JSON array.
    pub fn many<T>(
        &self,
        place: Place,
        name: &str,
        parse: fn(Wire<'_>) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        let mut out = Vec::new();
        for w in self.values(place, name) {
            let items: Vec<Wire<'_>> = match w {
                Wire::Json(Value::Array(items)) => items.iter().map(Wire::Json).collect(),
                other => vec![other],
            };
            for item in items {
                out.push(
                    parse(item).map_err(|e| format!("`{name}` does not read: {e}"))?,
                );
            }
        }
        Ok(out)
    }
}
fn text_value<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_value(Value::String(text.to_owned()))
        .or_else(|first| serde_json::from_str(text).map_err(|_| first.to_string()))
}
/// Reads a value of any type serde reads: text as a string, else as the JSON it holds.
#[doc(hidden)]
pub fn value<T: DeserializeOwned>(wire: Wire<'_>) -> Result<T, String> {
    match wire {
        Wire::Json(v) => {
            serde_json::from_value(v.clone())
                .or_else(|first| match v {
                    Value::String(s) => {
                        serde_json::from_str(s).map_err(|_| first.to_string())
                    }
                    _ => Err(first.to_string()),
                })
        }
        Wire::Text(text) => text_value(&text),
        Wire::Bytes(bytes) | Wire::File(bytes, ..) => {
            text_value(&String::from_utf8_lossy(bytes))
        }
    }
}
/// Reads free-form JSON: a JSON value as it is, text as the JSON it holds, else as a string.
pub fn json(wire: Wire<'_>) -> Result<Value, String> {
    Ok(
        match wire {
            Wire::Json(v) => v.clone(),
            other => {
                let text = text(other);
                serde_json::from_str(&text)
                    .unwrap_or_else(|_| Value::String(text.into_owned()))
            }
        },
    )
}
fn text(wire: Wire<'_>) -> Cow<'_, str> {
    match wire {
        Wire::Text(text) => text,
        Wire::Json(Value::String(s)) => Cow::Borrowed(s.as_str()),
        Wire::Json(other) => Cow::Owned(other.to_string()),
        Wire::Bytes(bytes) | Wire::File(bytes, ..) => String::from_utf8_lossy(bytes),
    }
}
/// Reads a value of a type that parses from text (URLs, scalars, dates or date-times).
#[doc(hidden)]
pub fn parsed<T: FromStr>(wire: Wire<'_>) -> Result<T, String>
where
    T::Err: fmt::Display,
{
    text(wire).parse().map_err(|e: T::Err| e.to_string())
}
/// Reads a date-time, RFC 3339 or RFC 2822.
#[doc(hidden)]
pub fn date_time(wire: Wire<'_>) -> Result<time::OffsetDateTime, String> {
    let text = text(wire);
    time::OffsetDateTime::parse(
            text.trim(),
            &time::format_description::well_known::Rfc3339,
        )
        .or_else(|_| crate::formats::parse_rfc2822(&text))
        .map_err(|_| format!("`{text}` is not a date-time"))
}
/// Reads a calendar date, `YYYY-MM-DD`.
#[doc(hidden)]
pub fn date(wire: Wire<'_>) -> Result<time::Date, String> {
    let text = text(wire);
    crate::formats::parse_date(&text).ok_or_else(|| format!("`{text}` is not a date"))
}
/// Reads a file, or any body, as bytes.
#[doc(hidden)]
pub fn upload(wire: Wire<'_>) -> Result<crate::Upload, String> {
    Ok(
        match wire {
            Wire::Bytes(bytes) => crate::Upload::new(bytes),
            Wire::File(bytes, name, media) => {
                let upload = crate::Upload::new(bytes);
                let upload = match name {
                    Some(name) => upload.file_name(name),
                    None => upload,
                };
                match media {
                    Some(media) => upload.media_type(media),
                    None => upload,
                }
            }
            other => crate::Upload::new(text(other).into_owned()),
        },
    )
}
/// One answer of a mock.
#[derive(Clone, Debug)]
enum Answer {
    Body {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        media: Option<String>,
    },
    Items(Vec<Value>),
}
type Erased = Arc<dyn Any + Send + Sync>;
type Decoder = fn(&Incoming) -> Result<Erased, String>;
type Predicate = Arc<dyn Fn(&(dyn Any + Send + Sync)) -> bool + Send + Sync>;
struct Entry {
    route: &'static Route,
    decode: Decoder,
    when: Vec<Predicate>,
    times: Option<u64>,
    answers: Vec<Answer>,
    delay: Option<Duration>,
    received: Vec<Erased>,
}
struct State {
    /// The server's own base URL, for absolute links when a request names no host.
    base: String,
    /// Every operation of the API, mounted or not: a request is its most specific match's.
    routes: Vec<&'static Route>,
    mocks: Vec<Entry>,
    unmatched: Vec<String>,
}
/// How much of `template` is literal text, not `{Parameters}`.
fn literal_len(template: &str) -> usize {
    let mut depth = 0usize;
    template
        .chars()
        .filter(|&c| {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .count()
}
/// Whether `path` is what `template` makes, each `{Parameter}` one non-empty piece of a segment.
fn path_matches(template: &str, path: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (
        template.split('/').collect(),
        path.split('/').collect(),
    );
    t.len() == p.len()
        && t
            .iter()
            .zip(&p)
            .all(|(t, p)| {
                segment_matches(t, p)
                    || segment_matches(
                        t,
                        &percent_encoding::percent_decode_str(p).decode_utf8_lossy(),
                    )
            })
}
/// How specific a route is: its segments without a parameter, then its literal text; a request
/// that several routes match is the most specific one's (`/Calls/Feedback.json` is not
/// `/Calls/{Sid}.json`).
fn specificity(template: &str) -> (usize, usize) {
    (template.split('/').filter(|s| !s.contains('{')).count(), literal_len(template))
}
fn segment_matches(template: &str, segment: &str) -> bool {
    let Some(open) = template.find('{') else {
        return template == segment;
    };
    let Some(close) = template[open..].find('}').map(|c| open + c) else {
        return template == segment
    };
    let (prefix, rest) = (&template[..open], &template[close + 1..]);
    let Some(tail) = segment.strip_prefix(prefix) else { return false };
    (1..=tail.len())
        .filter(|&n| tail.is_char_boundary(n))
        .any(|n| segment_matches(rest, &tail[n..]))
}
/// Panics, naming `method`, if `status` is not an HTTP status: in the test that gave it, not
/// in the server, where the client would see a connection closed.
fn checked_status(method: &str, status: u16) {
    if reqwest::StatusCode::from_u16(status).is_err() {
        panic!("{method}: {status} is not an HTTP status");
    }
}
fn json_answer(status: u16, body: &Value) -> Answer {
    Answer::Body {
        status,
        headers: Vec::new(),
        body: serde_json::to_vec(body).unwrap_or_default(),
        media: Some("application/json".to_owned()),
    }
}
/// The answer to `incoming`: the first mock of the operation whose route matches it most
/// specifically (among all the API's routes) whose parameters read and whose `when`s hold. The
/// lock is not held while a request is read or a `when` runs (a `when` may look at a mock).
fn answer(state: &Mutex<State>, incoming: &Incoming) -> (Answer, Option<Duration>) {
    let query = incoming
        .query
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");
    let target = if query.is_empty() {
        incoming.path.clone()
    } else {
        format!("{}?{query}", incoming.path)
    };
    let unmatched = |line: String| {
        let message = format!("no mock matches {line}");
        lock(state).unmatched.push(line);
        (json_answer(404, &crate::auth::mock_error(404, 20404, &message)), None)
    };
    let routes = lock(state).routes.clone();
    let matching: Vec<&'static Route> = routes
        .into_iter()
        .filter(|r| {
            r.method == incoming.method && path_matches(r.template, &incoming.path)
        })
        .collect();
    let Some(best) = matching.iter().map(|r| specificity(r.template)).max() else {
        return unmatched(
            format!("{} {target} (no operation of the API)", incoming.method),
        );
    };
    let mut tied: Vec<&'static Route> = matching
        .into_iter()
        .filter(|r| specificity(r.template) == best)
        .collect();
    tied.sort_by_key(|r| std::cmp::Reverse(r.required));
    let route = tied[0];
    if !crate::auth::mock_presented(route.security, incoming) {
        let message = format!(
            "no credentials: {} {} needs them", incoming.method, incoming.path
        );
        lock(state)
            .unmatched
            .push(
                format!(
                    "{} {target} (`{}`: no credentials)", incoming.method, route
                    .operation_id
                ),
            );
        return (json_answer(401, &crate::auth::mock_error(401, 20003, &message)), None);
    }
    let candidates: Vec<(usize, Decoder, Vec<Predicate>, &'static Route)> = {
        let state = lock(state);
        tied.iter()
            .flat_map(|r| {
                state
                    .mocks
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| {
                        e.route.operation_id == r.operation_id && !e.answers.is_empty()
                    })
                    .map(|(i, e)| (i, e.decode, e.when.clone(), e.route))
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let mut why = Vec::new();
    for (index, decode, when, route) in candidates {
        let inputs = match decode(incoming) {
            Ok(inputs) => inputs,
            Err(e) => {
                why.push(format!("`{}`: {e}", route.operation_id));
                continue;
            }
        };
        if !when.iter().all(|when| when(inputs.as_ref())) {
            why.push(format!("`{}`: its `when` does not hold", route.operation_id));
            continue;
        }
        let mut state = lock(state);
        let base = state.base.clone();
        let entry = &mut state.mocks[index];
        let served = entry.received.len();
        entry.received.push(inputs);
        let answer = entry.answers[served.min(entry.answers.len() - 1)].clone();
        let answer = match (answer, route.pages) {
            (Answer::Items(items), Some(pages)) => {
                json_answer(route.status, &page(route, &pages, &items, incoming, &base))
            }
            (other, _) => other,
        };
        return (answer, entry.delay);
    }
    let why = if why.is_empty() {
        format!("`{}`: no mock of it", route.operation_id)
    } else {
        why.join("; ")
    };
    unmatched(format!("{} {target} ({why})", incoming.method))
}
fn template(answer: Answer, delay: Option<Duration>) -> wiremock::ResponseTemplate {
    let template = match answer {
        Answer::Body { status, headers, body, media } => {
            let mut t = wiremock::ResponseTemplate::new(status);
            for (k, v) in headers {
                t = t.append_header(k.as_str(), v.as_str());
            }
            match media {
                Some(media) if !body.is_empty() => t.set_body_raw(body, &media),
                _ if !body.is_empty() => t.set_body_bytes(body),
                _ => t,
            }
        }
        Answer::Items(_) => wiremock::ResponseTemplate::new(500),
    };
    match delay {
        Some(delay) => template.set_delay(delay),
        None => template,
    }
}
/// The page of `items` that the request asks for (`Page`, and the page size the list takes),
/// with the link to the next as the API writes it.
fn page(
    route: &Route,
    pages: &Pages,
    items: &[Value],
    incoming: &Incoming,
    base: &str,
) -> Value {
    let size = pages
        .page_size
        .and_then(|k| incoming.query(k))
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_PAGE_SIZE);
    let number = incoming
        .query("Page")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0);
    let start = number.saturating_mul(size).min(items.len());
    let end = start.saturating_add(size).min(items.len());
    let size_key = pages.page_size.unwrap_or("PageSize");
    let skip = route.base.split('/').filter(|s| !s.is_empty()).count();
    let path: String = incoming
        .path
        .split('/')
        .filter(|s| !s.is_empty())
        .skip(skip)
        .fold(
            String::new(),
            |mut p, s| {
                p.push('/');
                p.push_str(s);
                p
            },
        );
    let base = incoming
        .header("host")
        .map_or_else(|| base.to_owned(), |host| format!("http://{host}"));
    let link = |n: usize, absolute: bool| {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &incoming.query {
            if k != size_key && k != "Page" && k != "PageToken" {
                query.append_pair(k, v);
            }
        }
        query.append_pair(size_key, &size.to_string());
        query.append_pair("Page", &n.to_string());
        query.append_pair("PageToken", &format!("PT{n}"));
        let path = format!("{path}?{}", query.finish());
        Value::String(if absolute { format!("{base}{path}") } else { path })
    };
    let next = |absolute: bool| {
        if end < items.len() { link(number + 1, absolute) } else { Value::Null }
    };
    let previous = |absolute: bool| {
        if number > 0 { link(number - 1, absolute) } else { Value::Null }
    };
    let mut body = serde_json::Map::new();
    body.insert(pages.items.to_owned(), Value::Array(items[start..end].to_vec()));
    match pages.next {
        NextLink::Field(field) => {
            body.insert(field.to_owned(), next(false));
            body.insert("first_page_uri".to_owned(), link(0, false));
            body.insert("previous_page_uri".to_owned(), previous(false));
            body.insert("uri".to_owned(), link(number, false));
            body.insert("page".to_owned(), number.into());
            body.insert("page_size".to_owned(), size.into());
            body.insert("start".to_owned(), start.into());
            body.insert("end".to_owned(), end.saturating_sub(1).max(start).into());
        }
        NextLink::Meta { meta, link: field } => {
            let mut m = serde_json::Map::new();
            m.insert("page".to_owned(), number.into());
            m.insert("page_size".to_owned(), size.into());
            m.insert("first_page_url".to_owned(), link(0, true));
            m.insert("previous_page_url".to_owned(), previous(true));
            m.insert("url".to_owned(), link(number, true));
            m.insert(field.to_owned(), next(true));
            m.insert("key".to_owned(), Value::String(pages.items.to_owned()));
            body.insert(meta.to_owned(), Value::Object(m));
        }
    }
    Value::Object(body)
}
fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    state.lock().unwrap_or_else(PoisonError::into_inner)
}
struct Dispatch(Arc<Mutex<State>>);
impl wiremock::Respond for Dispatch {
    fn respond(&self, request: &wiremock::Request) -> wiremock::ResponseTemplate {
        let incoming = Incoming::new(request);
        let (answer, delay) = answer(&self.0, &incoming);
        template(answer, delay)
    }
}
/// A mock of the API on 127.0.0.1, on a free port. Each operation has a method that mounts a
/// [`Mock`] of it, named after its `operationId` in snake_case; a mock stays mounted until the
/// server is dropped. A request that no mock matches gets a 404 in the API's error form, naming
/// its method and path, and is reported by [`verify`](Self::verify).
pub struct MockServer {
    server: wiremock::MockServer,
    state: Arc<Mutex<State>>,
}
impl fmt::Debug for MockServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockServer")
            .field("uri", &self.server.uri())
            .finish_non_exhaustive()
    }
}
impl MockServer {
    /// Starts a server on 127.0.0.1, on a free port, with no mocks.
    pub async fn start() -> Self {
        let server = wiremock::MockServer::start().await;
        let state = Arc::new(
            Mutex::new(State {
                base: server.uri(),
                routes: super::routes(),
                mocks: Vec::new(),
                unmatched: Vec::new(),
            }),
        );
        wiremock::Mock::given(wiremock::matchers::any())
            .respond_with(Dispatch(Arc::clone(&state)))
            .mount(&server)
            .await;
        Self { server, state }
    }
    /// The server's base URL (`http://127.0.0.1:PORT`).
    pub fn uri(&self) -> String {
        self.server.uri()
    }
    /// A client builder aimed at this server, with test credentials and the client's default
    /// settings (its retry policy included): set timeouts or retries on it, then `build`.
    pub fn client_builder(&self) -> crate::ClientBuilder {
        crate::auth::mock_credentials(crate::Client::builder()).base_url(self.uri())
    }
    /// A client aimed at this server, with test credentials and the default retry policy.
    ///
    /// # Panics
    ///
    /// If the client cannot be built, which would be a bug of this crate.
    pub fn client(&self) -> crate::Client {
        match self.client_builder().build() {
            Ok(client) => client,
            Err(e) => panic!("the mock server's client cannot be built: {e}"),
        }
    }
    /// A blocking client aimed at this server, with test credentials.
    ///
    /// # Panics
    ///
    /// If the client cannot be built, which would be a bug of this crate.
    #[cfg(feature = "blocking")]
    pub fn blocking_client(&self) -> crate::blocking::Client {
        let builder = crate::auth::mock_credentials(crate::blocking::Client::builder())
            .base_url(self.uri());
        match builder.build() {
            Ok(client) => client,
            Err(e) => panic!("the mock server's client cannot be built: {e}"),
        }
    }
    /// The requests that no mock matched, each as `METHOD /path?query`, with why each mock of
    /// the same operation passed it by.
    pub fn unmatched(&self) -> Vec<String> {
        lock(&self.state).unmatched.clone()
    }
    /// Checks every expectation: each mock's [`times`](Mock::times), and that no request went
    /// unmatched.
    ///
    /// # Panics
    ///
    /// When one is not met, naming each operation whose `times` was not met and each unmatched
    /// request's method and path.
    pub fn verify(&self) {
        let state = lock(&self.state);
        let mut problems = Vec::new();
        for entry in &state.mocks {
            if let Some(times) = entry.times && entry.received.len() as u64 != times {
                problems
                    .push(
                        format!(
                            "`{}` expected {times} matching request(s), received {}",
                            entry.route.operation_id, entry.received.len()
                        ),
                    );
            }
        }
        for line in &state.unmatched {
            problems.push(format!("no mock matched {line}"));
        }
        if !problems.is_empty() {
            panic!(
                "the mock server's expectations were not met:\n  - {}", problems
                .join("\n  - ")
            );
        }
    }
    /// Mounts a mock of `route` whose requests are read as `P` (each operation's method calls it).
    #[doc(hidden)]
    pub fn mock<P: Inputs + Send + Sync + 'static, O, L>(
        &self,
        route: &'static Route,
    ) -> Mock<P, O, L> {
        let decode: Decoder = |incoming| {
            P::read(incoming).map(|p| Arc::new(p) as Erased)
        };
        let mut state = lock(&self.state);
        state
            .mocks
            .push(Entry {
                route,
                decode,
                when: Vec::new(),
                times: None,
                answers: Vec::new(),
                delay: None,
                received: Vec::new(),
            });
        Mock {
            state: Arc::clone(&self.state),
            index: state.mocks.len() - 1,
            marker: PhantomData,
        }
    }
}
/// The items a list's mock serves page by page (see [`Mock::respond_items`]).
#[derive(Debug)]
pub struct Items<I>(PhantomData<I>);
/// A mock of one operation: `P` is its parameters struct (`()` without inputs), `O` what it
/// returns, `L` the items of a list. It matches from its first answer on; its answers are given
/// in order, the last repeating (`respond_status(503)` then `respond(…)`: one refusal, then
/// successes).
pub struct Mock<P, O, L = ()> {
    state: Arc<Mutex<State>>,
    index: usize,
    marker: PhantomData<fn(P) -> (O, L)>,
}
impl<P, O, L> fmt::Debug for Mock<P, O, L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = lock(&self.state);
        let entry = &state.mocks[self.index];
        f.debug_struct("Mock")
            .field("operation", &entry.route.operation_id)
            .field("answers", &entry.answers.len())
            .field("received", &entry.received.len())
            .finish()
    }
}
impl<P: Clone + Send + Sync + 'static, O, L> Mock<P, O, L> {
    fn with(self, change: impl FnOnce(&mut Entry)) -> Self {
        change(&mut lock(&self.state).mocks[self.index]);
        self
    }
    fn answer(self, answer: Answer) -> Self {
        self.with(|e| e.answers.push(answer))
    }
    /// Matches only requests whose parameters, as read back from the request, pass `matches`
    /// (several `when`s must all hold).
    pub fn when(self, matches: impl Fn(&P) -> bool + Send + Sync + 'static) -> Self {
        let predicate: Predicate = Arc::new(move |any| {
            any.downcast_ref::<P>().is_some_and(&matches)
        });
        self.with(|e| e.when.push(predicate))
    }
    /// Expects exactly `n` matching requests, retried attempts included: checked by
    /// [`MockServer::verify`].
    pub fn times(self, n: u64) -> Self {
        self.with(|e| e.times = Some(n))
    }
    /// Answers with the API's error: `status`, and a body in the API's form with `code` and
    /// `message`.
    ///
    /// # Panics
    ///
    /// If `status` is not an HTTP status (100 to 999).
    pub fn respond_error(self, status: u16, code: i64, message: &str) -> Self {
        checked_status("respond_error", status);
        let body = crate::auth::mock_error(status, code, message);
        self.answer(json_answer(status, &body))
    }
    /// Answers with `status` and no body (a `503` to test retries).
    ///
    /// # Panics
    ///
    /// If `status` is not an HTTP status (100 to 999).
    pub fn respond_status(self, status: u16) -> Self {
        checked_status("respond_status", status);
        self.answer(Answer::Body {
            status,
            headers: Vec::new(),
            body: Vec::new(),
            media: None,
        })
    }
    /// Answers exactly this: `status`, `headers` and `body`, for answers the spec does not
    /// describe.
    ///
    /// # Panics
    ///
    /// If `status` is not an HTTP status (100 to 999), or a header's name or value cannot be
    /// sent.
    pub fn respond_raw(
        self,
        status: u16,
        headers: &[(&str, &str)],
        body: impl Into<Vec<u8>>,
    ) -> Self {
        checked_status("respond_raw", status);
        for (name, value) in headers {
            if reqwest::header::HeaderName::from_bytes(name.as_bytes()).is_err()
                || reqwest::header::HeaderValue::from_str(value).is_err()
            {
                panic!(
                    "respond_raw: `{name}: {value}` is not a header that can be sent"
                );
            }
        }
        let headers = headers
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        self.answer(Answer::Body {
            status,
            headers,
            body: body.into(),
            media: None,
        })
    }
    /// Waits `delay` before each answer (to test timeouts).
    pub fn respond_after(self, delay: Duration) -> Self {
        self.with(|e| e.delay = Some(delay))
    }
    /// The parameters of every matching request, in order, retried attempts included.
    pub fn received(&self) -> Vec<P> {
        lock(&self.state)
            .mocks[self.index]
            .received
            .iter()
            .filter_map(|p| p.downcast_ref::<P>().cloned())
            .collect()
    }
}
impl<P: Clone + Send + Sync + 'static, O: Serialize, L> Mock<P, O, L> {
    /// Answers with the operation's success status and `value`, written as the API writes it.
    pub fn respond(self, value: O) -> Self {
        let route = lock(&self.state).mocks[self.index].route;
        let json = serde_json::to_value(&value).unwrap_or(Value::Null);
        let (body, media) = match route.reply {
            Reply::Nothing => (Vec::new(), None),
            Reply::Json => {
                (serde_json::to_vec(&json).unwrap_or_default(), Some("application/json"))
            }
            Reply::Text => {
                (
                    json.as_str().unwrap_or_default().as_bytes().to_vec(),
                    Some(route.media),
                )
            }
            Reply::Bytes => {
                let bytes = json
                    .as_array()
                    .map(|a| {
                        a.iter().filter_map(|b| u8::try_from(b.as_u64()?).ok()).collect()
                    });
                (bytes.unwrap_or_default(), Some(route.media))
            }
        };
        self.answer(Answer::Body {
            status: route.status,
            headers: Vec::new(),
            body,
            media: media.map(str::to_owned),
        })
    }
}
impl<P: Clone + Send + Sync + 'static, O, I: Serialize> Mock<P, O, Items<I>> {
    /// Serves `items` as the API pages them: the page the request asks for (its page size
    /// honoured, 50 without one), with the link to the next, so that `list`, `stream` and
    /// `page` walk them unchanged.
    pub fn respond_items(self, items: Vec<I>) -> Self {
        let items = items
            .iter()
            .map(|i| serde_json::to_value(i).unwrap_or(Value::Null))
            .collect();
        self.answer(Answer::Items(items))
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn paths_match_their_templates() {
        let t = "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json";
        assert!(path_matches(t, "/2010-04-01/Accounts/AC1/Calls/CA2.json"));
        assert!(! path_matches(t, "/2010-04-01/Accounts/AC1/Calls/.json"));
        assert!(! path_matches(t, "/2010-04-01/Accounts/AC1/Calls/CA2/Feedback.json"));
        assert!(path_matches("/pets/{id}", "/pets/a%20b"));
        assert!(path_matches("/files/{name}.{ext}", "/files/a.b.c"));
        assert!(literal_len("/Calls/Feedback.json") > literal_len("/Calls/{Sid}.json"));
    }
    /// A request that a route with a fixed segment matches is that route's, even where only a
    /// route with a parameter in its place has a mock.
    #[test]
    fn a_request_is_its_most_specific_routes() {
        static ROUTES: [Route; 2] = [
            Route {
                operation_id: "FetchItem",
                method: "GET",
                template: "/items/{id}",
                base: "",
                media: "",
                required: 0,
                status: 200,
                reply: Reply::Nothing,
                security: Some(&[]),
                pages: None,
            },
            Route {
                operation_id: "ListSpecial",
                method: "GET",
                template: "/items/special",
                base: "",
                media: "",
                required: 0,
                status: 200,
                reply: Reply::Nothing,
                security: Some(&[]),
                pages: None,
            },
        ];
        let decode: Decoder = |_| Ok(Arc::new(()) as Erased);
        let answer_of = |entry_route: &'static Route, path: &str| {
            let state = Mutex::new(State {
                base: String::new(),
                routes: ROUTES.iter().collect(),
                mocks: Vec::new(),
                unmatched: Vec::new(),
            });
            lock(&state)
                .mocks
                .push(Entry {
                    route: entry_route,
                    decode,
                    when: Vec::new(),
                    times: None,
                    answers: vec![
                        Answer::Body { status : 204, headers : Vec::new(), body :
                        Vec::new(), media : None }
                    ],
                    delay: None,
                    received: Vec::new(),
                });
            let incoming = Incoming {
                method: "GET".to_owned(),
                path: path.to_owned(),
                ..Incoming::default()
            };
            let status = match answer(&state, &incoming).0 {
                Answer::Body { status, .. } => status,
                Answer::Items(_) => 0,
            };
            let unmatched = lock(&state).unmatched.clone();
            (status, unmatched)
        };
        assert_eq!(answer_of(& ROUTES[0], "/items/42").0, 204);
        let (status, unmatched) = answer_of(&ROUTES[0], "/items/special");
        assert_eq!(status, 404);
        assert!(unmatched[0].contains("`ListSpecial`: no mock of it"), "{unmatched:?}");
        assert_eq!(answer_of(& ROUTES[1], "/items/special").0, 204);
    }
    #[test]
    fn multipart_parts_are_read() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\none\r\n--XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n\x00\x01\r\n--XyZ--\r\n";
        let parts = multipart(body, "XyZ");
        assert_eq!(parts.len(), 2);
        assert_eq!(
            (parts[0].name.as_str(), parts[0].data.as_slice(), parts[0].file_name
            .as_deref()), ("a", & b"one"[..], None)
        );
        assert_eq!(
            (parts[1].name.as_str(), parts[1].data.as_slice(), parts[1].file_name
            .as_deref()), ("f", & b"\x00\x01"[..], Some("x.bin"))
        );
        assert_eq!(parts[1].media.as_deref(), Some("application/octet-stream"));
        let encoded = b"--b\r\nContent-Disposition: form-data; name*=utf-8''profile%20photo\r\n\r\nx\r\n--b--\r\n";
        assert_eq!(multipart(encoded, "b") [0].name, "profile photo");
    }
}
