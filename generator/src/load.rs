//! Bytes to `openapiv3::OpenAPI`, reading only what the selection needs.
//!
//! A whole Twilio spec is about 2 MB, and turning all of it into `openapiv3` types costs more than
//! everything else the generator does for a handful of operations. So loading runs in two steps:
//! the document is first scanned as borrowed raw JSON (which checks its syntax everywhere), then
//! only the selected operations and the components they reach through `$ref` are parsed into
//! `openapiv3` types. With `--all` everything is parsed. Each piece is parsed on its own, so one
//! run reports every broken piece, each with its JSON pointer.

use std::collections::{BTreeSet, VecDeque};

use indexmap::IndexMap;
use openapiv3::{Components, OpenAPI, Paths, ReferenceOr};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_json::value::RawValue;

use crate::diag::{Diagnostic, Diagnostics, Stage, child};
use crate::limits::Limits;
use crate::select::{METHODS, Selection};

/// Component sections that `$ref`s may point into, in document order.
const COMPONENT_KINDS: [&str; 9] = [
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
];

fn load_error(pointer: impl Into<String>, message: impl Into<String>) -> Diagnostic {
    Diagnostic::new(Stage::Load, pointer, message)
}

/// Turns a `serde_path_to_error` path into a JSON pointer below `base`.
fn path_pointer(base: &str, path: &serde_path_to_error::Path) -> String {
    let mut out = base.to_owned();
    for seg in path.iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => out = child(&out, index.to_string()),
            serde_path_to_error::Segment::Map { key } => out = child(&out, key),
            serde_path_to_error::Segment::Enum { variant } => out = child(&out, variant),
            serde_path_to_error::Segment::Unknown => {}
        }
    }
    out
}

/// Parses `raw` JSON text as `T`, reporting a failure at its pointer below `base`.
///
/// The first pass reads without tracking where it is, which costs a good part of loading; only a
/// piece that fails is read again, to find the pointer (see [`failure`]).
fn parse_raw<T: DeserializeOwned>(raw: &str, base: &str, what: &str) -> Result<T, Diagnostic> {
    if let Ok(parsed) = serde_json::from_str(raw) {
        return Ok(parsed);
    }
    match serde_json::from_str::<Value>(raw) {
        Ok(value) => Err(failure::<T>(&value, base, what)),
        Err(e) => Err(load_error(base, format!("invalid {what}: {e}"))),
    }
}

/// Parses a JSON value as `T`, reporting a failure at its pointer below `base` (found, as in
/// [`parse_raw`], by a second read only when the first fails).
fn parse_value<T: DeserializeOwned>(
    value: &Value,
    base: &str,
    what: &str,
) -> Result<T, Diagnostic> {
    T::deserialize(value).map_err(|_| failure::<T>(value, base, what))
}

/// The diagnostic for `value`, at `base`, that does not parse as `T` (a `what`).
///
/// `serde_path_to_error` stops where `openapiv3` reads through an untagged or flattened type,
/// which is nearly everywhere (`ReferenceOr`, parameters, schemas): a broken parameter would be
/// reported at its path item. So the pieces of the OpenAPI object model inside the value
/// ([`Piece`]) are tried one by one, and the deepest that fails on its own is reported.
fn failure<T: DeserializeOwned>(value: &Value, base: &str, what: &str) -> Diagnostic {
    if let Some(piece) = Piece::named(what)
        && piece.fails(value)
        && let Some(d) = piece.deepest_failure(value, base)
    {
        return d;
    }
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(_) => load_error(base, format!("invalid {what}")),
        Err(e) => {
            let pointer = path_pointer(base, e.path());
            load_error(pointer, format!("invalid {what}: {}", e.into_inner()))
        }
    }
}

/// A piece of the OpenAPI object model that holds others, as `openapiv3` reads it.
#[derive(Clone, Copy, Debug)]
enum Piece {
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Header,
    MediaType,
    Schema,
}

impl Piece {
    fn named(what: &str) -> Option<Piece> {
        Some(match what {
            "path item" => Piece::PathItem,
            "operation" => Piece::Operation,
            "parameter" => Piece::Parameter,
            "request body" => Piece::RequestBody,
            "response" => Piece::Response,
            "header" => Piece::Header,
            "media type" => Piece::MediaType,
            "schema" => Piece::Schema,
            _ => return None,
        })
    }

    fn what(self) -> &'static str {
        match self {
            Piece::PathItem => "path item",
            Piece::Operation => "operation",
            Piece::Parameter => "parameter",
            Piece::RequestBody => "request body",
            Piece::Response => "response",
            Piece::Header => "header",
            Piece::MediaType => "media type",
            Piece::Schema => "schema",
        }
    }

    /// Whether `value` does not parse as this piece (or a `$ref` in its place).
    fn fails(self, value: &Value) -> bool {
        fn fails<T: DeserializeOwned>(value: &Value) -> bool {
            ReferenceOr::<T>::deserialize(value).is_err()
        }
        match self {
            Piece::PathItem => fails::<openapiv3::PathItem>(value),
            Piece::Operation => openapiv3::Operation::deserialize(value).is_err(),
            Piece::Parameter => fails::<openapiv3::Parameter>(value),
            Piece::RequestBody => fails::<openapiv3::RequestBody>(value),
            Piece::Response => fails::<openapiv3::Response>(value),
            Piece::Header => fails::<openapiv3::Header>(value),
            Piece::MediaType => openapiv3::MediaType::deserialize(value).is_err(),
            Piece::Schema => fails::<openapiv3::Schema>(value),
        }
    }

    /// The pieces directly inside `value`, each with its pointer below `base`.
    fn children<'v>(self, value: &'v Value, base: &str) -> Vec<(Piece, &'v Value, String)> {
        let mut out = Vec::new();
        let Some(map) = value.as_object() else {
            return out;
        };
        if map.contains_key("$ref") {
            return out;
        }
        let mut one = |key: &str, piece: Piece| {
            if let Some(v) = map.get(key) {
                out.push((piece, v, child(base, key)));
            }
        };
        let each = |key: &str, piece: Piece, out: &mut Vec<(Piece, &'v Value, String)>| {
            let at = child(base, key);
            match map.get(key) {
                Some(Value::Array(items)) => {
                    for (i, v) in items.iter().enumerate() {
                        out.push((piece, v, child(&at, i.to_string())));
                    }
                }
                Some(Value::Object(entries)) => {
                    for (k, v) in entries {
                        out.push((piece, v, child(&at, k)));
                    }
                }
                _ => {}
            }
        };
        match self {
            Piece::PathItem => {
                for method in METHODS {
                    one(method, Piece::Operation);
                }
                each("parameters", Piece::Parameter, &mut out);
            }
            Piece::Operation => {
                one("requestBody", Piece::RequestBody);
                each("parameters", Piece::Parameter, &mut out);
                each("responses", Piece::Response, &mut out);
            }
            Piece::Parameter | Piece::Header => {
                one("schema", Piece::Schema);
                each("content", Piece::MediaType, &mut out);
            }
            Piece::RequestBody => each("content", Piece::MediaType, &mut out),
            Piece::Response => {
                each("content", Piece::MediaType, &mut out);
                each("headers", Piece::Header, &mut out);
            }
            Piece::MediaType => one("schema", Piece::Schema),
            Piece::Schema => {
                one("items", Piece::Schema);
                one("not", Piece::Schema);
                if map
                    .get("additionalProperties")
                    .is_some_and(Value::is_object)
                {
                    one("additionalProperties", Piece::Schema);
                }
                each("properties", Piece::Schema, &mut out);
                for key in ["allOf", "oneOf", "anyOf"] {
                    each(key, Piece::Schema, &mut out);
                }
            }
        }
        out
    }

    /// The failure of the deepest piece inside `value` (this piece itself if none inside it
    /// fails), or `None` if `value` parses.
    fn deepest_failure(self, value: &Value, base: &str) -> Option<Diagnostic> {
        let mut at = (self, value, base.to_owned());
        // Pieces nest as deep as the document does: a loop, not recursion.
        'down: loop {
            for inner in at.0.children(at.1, &at.2) {
                if inner.0.fails(inner.1) {
                    at = inner;
                    continue 'down;
                }
            }
            break;
        }
        let (piece, value, pointer) = at;
        let what = piece.what();
        let result = match piece {
            Piece::PathItem => path_failure::<ReferenceOr<openapiv3::PathItem>>(value, &pointer),
            Piece::Operation => path_failure::<openapiv3::Operation>(value, &pointer),
            Piece::Parameter => path_failure::<ReferenceOr<openapiv3::Parameter>>(value, &pointer),
            Piece::RequestBody => {
                path_failure::<ReferenceOr<openapiv3::RequestBody>>(value, &pointer)
            }
            Piece::Response => path_failure::<ReferenceOr<openapiv3::Response>>(value, &pointer),
            Piece::Header => path_failure::<ReferenceOr<openapiv3::Header>>(value, &pointer),
            Piece::MediaType => path_failure::<openapiv3::MediaType>(value, &pointer),
            Piece::Schema => path_failure::<ReferenceOr<openapiv3::Schema>>(value, &pointer),
        };
        result.map(|(pointer, message)| load_error(pointer, format!("invalid {what}: {message}")))
    }
}

/// Where inside `value` (at `base`) reading it as `T` fails, and why; `None` if it parses.
///
/// Where the path is lost (inside a flattened type), the member is the one without which the
/// object parses, if there is one: the wrong `minimum` of a schema, say, not the schema.
fn path_failure<T: DeserializeOwned>(value: &Value, base: &str) -> Option<(String, String)> {
    let e = serde_path_to_error::deserialize::<_, T>(value).err()?;
    let mut pointer = path_pointer(base, e.path());
    if pointer == base
        && let Some(map) = value.as_object()
    {
        let culprit = map.keys().find(|key| {
            let mut without = map.clone();
            without.remove(key.as_str());
            T::deserialize(&Value::Object(without)).is_ok()
        });
        if let Some(key) = culprit {
            pointer = child(base, key);
        }
    }
    Some((pointer, e.into_inner().to_string()))
}

/// The document's text as JSON, checked against `limits`. YAML is read into a value (within the
/// limits: nesting, nodes after alias expansion) and written out as JSON, so that the rest of
/// loading has one path.
fn to_json_text<'b>(
    bytes: &'b [u8],
    limits: &Limits,
) -> Result<std::borrow::Cow<'b, str>, Diagnostics> {
    if bytes.len() > limits.spec_bytes {
        return Err(Limits::exceeded(
            "",
            "spec-bytes",
            limits.spec_bytes,
            &format!("the spec is {} bytes", bytes.len()),
        )
        .into());
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        load_error(
            "",
            format!(
                "the spec is not UTF-8 text (byte {} is invalid)",
                e.valid_up_to()
            ),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.bytes().find(|b| !b.is_ascii_whitespace());
    let text = match first {
        None => return Err(load_error("", "the spec is empty").into()),
        Some(b'{') => std::borrow::Cow::Borrowed(text),
        Some(_) => std::borrow::Cow::Owned(yaml_to_json(text, limits)?),
    };
    limits.check_json(&text)?;
    Ok(text)
}

/// Reads YAML text as JSON text, refusing nesting deeper than `limits.depth` and more than
/// `limits.yaml_nodes` nodes once aliases and merge keys are expanded.
///
/// `serde-saphyr` reads YAML with these bounds enforced as it goes (its parser stops at the first
/// bound crossed), so its cost stays linear in the text whatever the text is; `libyaml`, behind
/// `serde_yaml`, spends time quadratic in the nesting of flow collections before any bound
/// applies.
fn yaml_to_json(text: &str, limits: &Limits) -> Result<String, Diagnostic> {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = limits.depth;
    budget.flow_nesting_limit = limits.depth;
    budget.max_nodes = limits.yaml_nodes;
    budget.max_events = limits.yaml_nodes.saturating_mul(2);
    budget.max_total_scalar_bytes = limits.spec_bytes;
    budget.max_recorded_anchor_bytes = limits.spec_bytes;
    budget.max_recorded_anchor_events = limits.yaml_nodes / 10;
    let mut options = serde_saphyr::Options::default();
    options.budget = Some(budget);
    options.alias_limits.max_total_replayed_events = limits.yaml_nodes / 10;
    options.with_snippet = false;
    let mut pointer = String::new();
    let value: Value = serde_saphyr::with_deserializer_from_str_with_options(text, options, |de| {
        serde_path_to_error::deserialize(de).map_err(|e| {
            pointer = path_pointer("", e.path());
            e.into_inner()
        })
    })
    .map_err(|e| yaml_error(&e, pointer.clone(), limits))?;
    serde_json::to_string(&value)
        .map_err(|e| load_error("", format!("YAML that cannot be written as JSON: {e}")))
}

/// The diagnostic for YAML that `serde-saphyr` refused: a bound crossed, or bad syntax.
fn yaml_error(e: &serde_saphyr::Error, pointer: String, limits: &Limits) -> Diagnostic {
    let message = e.without_snippet().to_string();
    // The message says where when it knows; otherwise the location is added.
    let at = e
        .location()
        .filter(|_| !message.contains(" at line "))
        .map(|l| format!(" at line {} column {}", l.line(), l.column()))
        .unwrap_or_default();
    let nodes = (
        "yaml-nodes",
        limits.yaml_nodes,
        "YAML that expands to too many nodes",
    );
    let depth = ("depth", limits.depth, "YAML nested too deeply");
    let bound = match e.without_snippet() {
        serde_saphyr::Error::Budget { breach, .. } => match breach {
            serde_saphyr::budget::BudgetBreach::Depth { .. } => Some(depth),
            serde_saphyr::budget::BudgetBreach::ScalarBytes { .. } => Some((
                "spec-bytes",
                limits.spec_bytes,
                "YAML whose text expands past the size limit",
            )),
            _ => Some(nodes),
        },
        serde_saphyr::Error::AliasReplayLimitExceeded { .. }
        | serde_saphyr::Error::AliasExpansionLimitExceeded { .. }
        | serde_saphyr::Error::AliasReplayStackDepthExceeded { .. }
        | serde_saphyr::Error::AliasReplayCounterOverflow { .. } => Some(nodes),
        _ if message.contains("recursion limit") => Some(depth),
        // A bound crossed while an alias was read comes wrapped in the alias's error.
        _ if message.contains("budget breached") => Some(nodes),
        _ => None,
    };
    match bound {
        Some((name, limit, found)) => {
            Limits::exceeded(pointer, name, limit, &format!("{found}{at} ({message})"))
        }
        None => load_error(pointer, format!("invalid YAML{at}: {message}")),
    }
}

/// The operations of one path item: id and tags, read without parsing the rest.
#[derive(Deserialize)]
struct LightOperation {
    #[serde(rename = "operationId")]
    operation_id: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
}

/// A path item's operations, read without the rest of it.
#[derive(Deserialize)]
struct LightPathItem {
    get: Option<LightOperation>,
    put: Option<LightOperation>,
    post: Option<LightOperation>,
    delete: Option<LightOperation>,
    options: Option<LightOperation>,
    head: Option<LightOperation>,
    patch: Option<LightOperation>,
    trace: Option<LightOperation>,
}

impl LightPathItem {
    fn operations(&self) -> impl Iterator<Item = (&'static str, &LightOperation)> {
        [
            ("get", &self.get),
            ("put", &self.put),
            ("post", &self.post),
            ("delete", &self.delete),
            ("options", &self.options),
            ("head", &self.head),
            ("patch", &self.patch),
            ("trace", &self.trace),
        ]
        .into_iter()
        .filter_map(|(m, op)| op.as_ref().map(|op| (m, op)))
    }
}

/// The top level of a document, with the path items and components found but not parsed.
struct Top<'a> {
    fields: IndexMap<String, &'a RawValue>,
    paths: Option<IndexMap<String, &'a RawValue>>,
    components: Option<IndexMap<String, IndexMap<String, &'a RawValue>>>,
}

impl<'de> Deserialize<'de> for Top<'de> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TopVisitor;
        impl<'de> serde::de::Visitor<'de> for TopVisitor {
            type Value = Top<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an OpenAPI document (a JSON object)")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Top<'de>, A::Error> {
                let mut top = Top {
                    fields: IndexMap::new(),
                    paths: None,
                    components: None,
                };
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "paths" => top.paths = Some(map.next_value()?),
                        "components" => top.components = Some(map.next_value()?),
                        _ => {
                            top.fields.insert(key, map.next_value()?);
                        }
                    }
                }
                Ok(top)
            }
        }
        deserializer.deserialize_map(TopVisitor)
    }
}

/// Collects every `"$ref"` string inside `value`.
fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "$ref" {
                    if let Value::String(s) = v {
                        out.push(s.clone());
                    }
                } else {
                    collect_refs(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

/// A loaded document: the `openapiv3` form of the selected part of the spec.
#[derive(Debug, Clone)]
pub struct Document {
    /// The selected operations and the components they reach (all of them with `--all`).
    pub openapi: OpenAPI,
    /// How many operations the whole spec has, selected or not.
    pub total_operations: usize,
}

/// Reads a spec (JSON or YAML, OpenAPI 3.0.x) and parses the part that `selection` needs.
///
/// # Errors
///
/// Every problem found, each with the JSON pointer where it is: bad syntax, an OpenAPI version
/// other than 3.0.x, a piece that is not valid OpenAPI, a selection that matches nothing.
pub fn load(bytes: &[u8], selection: &Selection, limits: &Limits) -> Result<Document, Diagnostics> {
    let text = to_json_text(bytes, limits)?;
    // One pass over the whole text: checks its syntax and finds every path item and component.
    let top: Top<'_> = if let Ok(top) = serde_json::from_str(&text) {
        top
    } else {
        let mut de = serde_json::Deserializer::from_str(&text);
        serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let pointer = path_pointer("", e.path());
            let inner = e.into_inner();
            let message = if inner.is_syntax() || inner.is_eof() {
                format!("invalid JSON: {inner}")
            } else {
                format!("the spec must be a JSON object: {inner}")
            };
            load_error(pointer, message)
        })?
    };
    let Top {
        fields: top,
        paths: raw_paths,
        components: raw_components,
    } = top;

    check_version(top.get("openapi").copied())?;

    let mut diags = Diagnostics::default();
    let mut openapi = OpenAPI::default();

    for (key, raw) in &top {
        let pointer = child("", key);
        let result = match key.as_str() {
            "openapi" => parse_raw(raw.get(), &pointer, "version").map(|v| openapi.openapi = v),
            "info" => parse_raw(raw.get(), &pointer, "info object").map(|v| openapi.info = v),
            "servers" => {
                parse_raw(raw.get(), &pointer, "servers list").map(|v| openapi.servers = v)
            }
            "security" => {
                parse_raw(raw.get(), &pointer, "security list").map(|v| openapi.security = Some(v))
            }
            "tags" => parse_raw(raw.get(), &pointer, "tags list").map(|v| openapi.tags = v),
            "externalDocs" => Ok(()),
            k if k.starts_with("x-") => parse_raw(raw.get(), &pointer, "extension").map(|v| {
                openapi.extensions.insert(key.clone(), v);
            }),
            _ => Err(load_error(
                pointer,
                format!("unknown top-level field `{key}` in an OpenAPI 3.0 document"),
            )),
        };
        if let Err(d) = result {
            diags.push(d);
        }
    }
    if !top.contains_key("info") {
        diags.push(load_error("", "the document has no `info` object"));
    }

    let has_components = raw_components.is_some();
    let raw_components = raw_components.unwrap_or_default();
    let raw_paths = match raw_paths {
        Some(p) => p,
        None => {
            diags.push(load_error("", "the document has no `paths` object"));
            IndexMap::new()
        }
    };
    // With --all, the path items (each on whichever thread is free) and the components are
    // parsed side by side: neither needs the other. A selection needs the references its path
    // items make, so it reads them first.
    let (read, components_read) = if selection.all {
        rayon::join(
            || read_all_paths(&raw_paths),
            || read_components(&raw_components, VecDeque::new(), selection),
        )
    } else {
        let read = read_paths(&raw_paths, selection);
        let components = read_components(&raw_components, read.wanted.clone(), selection);
        (read, components)
    };
    let PathsRead {
        paths,
        total_operations,
        found_ids,
        wanted: _,
        diags: path_diags,
    } = read;
    diags.0.extend(path_diags.0);
    openapi.paths = paths;

    let unknown_ids: Vec<&String> = if selection.all {
        Vec::new()
    } else {
        selection
            .operations
            .iter()
            .filter(|id| !found_ids.contains(*id))
            .collect()
    };
    if unknown_ids.is_empty()
        && !selection.all
        && !selection.is_empty()
        && openapi.paths.paths.is_empty()
        && diags.is_empty()
    {
        diags.push(
            Diagnostic::new(Stage::Select, "/paths", "the selection matches no operation of this spec")
                .with_hint("check the operationIds, tags and path prefixes in the selection file, or pass --all"),
        );
    }
    for id in unknown_ids {
        diags.push(
            Diagnostic::new(
                Stage::Select,
                "/paths",
                format!("no operation has operationId `{id}`"),
            )
            .with_hint("operationIds are case-sensitive; see the spec's `operationId` fields"),
        );
    }

    let (components, component_diags) = components_read;
    diags.0.extend(component_diags.0);
    if has_components {
        openapi.components = Some(components);
    }

    diags.finish(Document {
        openapi,
        total_operations,
    })
}

/// The selected path items, parsed, and what was learnt on the way.
struct PathsRead {
    paths: Paths,
    total_operations: usize,
    found_ids: BTreeSet<String>,
    /// The `$ref`s the selected operations make.
    wanted: VecDeque<String>,
    diags: Diagnostics,
}

/// Parses every path item (for --all), in parallel; they keep their order.
fn read_all_paths(raw_paths: &IndexMap<String, &RawValue>) -> PathsRead {
    use rayon::prelude::*;
    let entries: Vec<(&String, &&RawValue)> = raw_paths
        .iter()
        .filter(|(path, _)| !path.starts_with("x-"))
        .collect();
    let parsed: Vec<(
        &String,
        Result<ReferenceOr<openapiv3::PathItem>, Diagnostic>,
    )> = entries
        .into_par_iter()
        .map(|(path, raw)| {
            let pointer = child("/paths", path);
            (path, parse_raw(raw.get(), &pointer, "path item"))
        })
        .collect();
    let mut read = PathsRead {
        paths: Paths::default(),
        total_operations: 0,
        found_ids: BTreeSet::new(),
        wanted: VecDeque::new(),
        diags: Diagnostics::default(),
    };
    for (path, result) in parsed {
        match result {
            Ok(item) => {
                // Counted from the parsed item: another pass over its text would cost about as
                // much as the parsing.
                if let ReferenceOr::Item(p) = &item {
                    read.total_operations += p.iter().count();
                }
                read.paths.paths.insert(path.clone(), item);
            }
            Err(d) => read.diags.push(d),
        }
    }
    read
}

/// Parses the path items the selection needs, keeping only the selected operations of each.
fn read_paths(raw_paths: &IndexMap<String, &RawValue>, selection: &Selection) -> PathsRead {
    let mut total_operations = 0;
    let mut found_ids: BTreeSet<String> = BTreeSet::new();
    let mut paths = Paths::default();
    let mut wanted: VecDeque<String> = VecDeque::new();
    let mut diags = Diagnostics::default();
    for (path, raw) in raw_paths {
        let pointer = child("/paths", path);
        if path.starts_with("x-") {
            continue;
        }
        let light: LightPathItem = match parse_raw(raw.get(), &pointer, "path item") {
            Ok(l) => l,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        let mut keep: Vec<&str> = Vec::new();
        for (method, op) in light.operations() {
            total_operations += 1;
            if let Some(id) = &op.operation_id {
                found_ids.insert(id.clone());
            }
            if selection.matches(path, op.operation_id.as_deref(), &op.tags) {
                keep.push(method);
            }
        }
        if keep.is_empty() {
            continue;
        }
        let mut value: Value = match parse_raw(raw.get(), &pointer, "path item") {
            Ok(v) => v,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        if let Value::Object(map) = &mut value {
            map.retain(|k, _| !METHODS.contains(&k.as_str()) || keep.contains(&k.as_str()));
        }
        let mut refs = Vec::new();
        collect_refs(&value, &mut refs);
        wanted.extend(refs);
        match parse_value(&value, &pointer, "path item") {
            Ok(item) => {
                paths.paths.insert(path.clone(), item);
            }
            Err(d) => diags.push(d),
        }
    }
    PathsRead {
        paths,
        total_operations,
        found_ids,
        wanted,
        diags,
    }
}

/// Parses the components: all of them with --all, otherwise those reachable from `wanted`.
fn read_components(
    raw_components: &IndexMap<String, IndexMap<String, &RawValue>>,
    mut wanted: VecDeque<String>,
    selection: &Selection,
) -> (Components, Diagnostics) {
    let mut diags = Diagnostics::default();
    // Components: all of them with --all, otherwise those reachable from the selection.
    let mut components = Components::default();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    if selection.all {
        for (kind, entries) in raw_components {
            for name in entries.keys() {
                wanted.push_back(format!(
                    "#/components/{}/{}",
                    kind,
                    crate::diag::escape(name)
                ));
            }
        }
    }
    // Security schemes are always wanted: they say how requests authenticate.
    if let Some(schemes) = raw_components.get("securitySchemes") {
        for name in schemes.keys() {
            wanted.push_back(format!(
                "#/components/securitySchemes/{}",
                crate::diag::escape(name)
            ));
        }
    }
    while let Some(reference) = wanted.pop_front() {
        if !seen.insert(reference.clone()) {
            continue;
        }
        let Some(local) = reference.strip_prefix('#') else {
            continue; // External references are reported by the lowering, at their use.
        };
        let tokens: Vec<String> = local
            .split('/')
            .skip(1)
            .map(crate::diag::unescape)
            .collect();
        let [section, kind, name] = tokens.as_slice() else {
            continue;
        };
        if section != "components" {
            continue;
        }
        let Some(raw) = raw_components.get(kind).and_then(|m| m.get(name)) else {
            continue; // Dangling: the lowering reports it where the `$ref` is.
        };
        let pointer = crate::diag::pointer(["components", kind.as_str(), name.as_str()]);
        let value: Value = if selection.all {
            Value::Null
        } else {
            match parse_raw(raw.get(), &pointer, "component") {
                Ok(v) => v,
                Err(d) => {
                    diags.push(d);
                    continue;
                }
            }
        };
        if !selection.all {
            let mut refs = Vec::new();
            collect_refs(&value, &mut refs);
            wanted.extend(refs);
        }
        let what = kind.as_str();
        let result = match what {
            "schemas" => parse_piece(raw, &value, &pointer, "schema").map(|v| {
                components.schemas.insert(name.clone(), v);
            }),
            "responses" => parse_piece(raw, &value, &pointer, "response").map(|v| {
                components.responses.insert(name.clone(), v);
            }),
            "parameters" => parse_piece(raw, &value, &pointer, "parameter").map(|v| {
                components.parameters.insert(name.clone(), v);
            }),
            "examples" => parse_piece(raw, &value, &pointer, "example").map(|v| {
                components.examples.insert(name.clone(), v);
            }),
            "requestBodies" => parse_piece(raw, &value, &pointer, "request body").map(|v| {
                components.request_bodies.insert(name.clone(), v);
            }),
            "headers" => parse_piece(raw, &value, &pointer, "header").map(|v| {
                components.headers.insert(name.clone(), v);
            }),
            "securitySchemes" => parse_piece(raw, &value, &pointer, "security scheme").map(|v| {
                components.security_schemes.insert(name.clone(), v);
            }),
            "links" => parse_piece(raw, &value, &pointer, "link").map(|v| {
                components.links.insert(name.clone(), v);
            }),
            "callbacks" => parse_piece(raw, &value, &pointer, "callback").map(|v| {
                components.callbacks.insert(name.clone(), v);
            }),
            _ => Err(load_error(
                crate::diag::pointer(["components", kind.as_str()]),
                format!(
                    "unknown components section `{kind}`; known: {}",
                    COMPONENT_KINDS.join(", ")
                ),
            )),
        };
        if let Err(d) = result {
            diags.push(d);
        }
    }
    sort_components(&mut components);
    (components, diags)
}

/// Sorts each components section by name, so output never depends on the order of discovery.
fn sort_components(c: &mut Components) {
    c.schemas.sort_keys();
    c.responses.sort_keys();
    c.parameters.sort_keys();
    c.examples.sort_keys();
    c.request_bodies.sort_keys();
    c.headers.sort_keys();
    c.security_schemes.sort_keys();
    c.links.sort_keys();
    c.callbacks.sort_keys();
}

/// Parses a component from its raw text (with `--all`) or from the value already read.
fn parse_piece<T: DeserializeOwned>(
    raw: &RawValue,
    value: &Value,
    pointer: &str,
    what: &str,
) -> Result<ReferenceOr<T>, Diagnostic> {
    if value.is_null() {
        parse_raw(raw.get(), pointer, what)
    } else {
        parse_value(value, pointer, what)
    }
}

/// Only OpenAPI 3.0.x is accepted: 2.0 and 3.1 differ in ways that would be silently misread.
fn check_version(raw: Option<&RawValue>) -> Result<(), Diagnostics> {
    let Some(raw) = raw else {
        let d = load_error("", "the document has no `openapi` field")
            .with_hint("this generator reads OpenAPI 3.0.x documents (`\"openapi\": \"3.0.3\"`)");
        return Err(d.into());
    };
    let version: Option<String> = serde_json::from_str(raw.get()).ok();
    match version {
        Some(v) if v.starts_with("3.0.") || v == "3.0" => Ok(()),
        Some(v) => Err(load_error(
            "/openapi",
            format!("OpenAPI version `{v}` is not supported"),
        )
        .with_hint("this generator reads OpenAPI 3.0.x; convert the document or pin a 3.0 version")
        .into()),
        None => Err(load_error(
            "/openapi",
            format!("`openapi` must be a version string, found {}", raw.get()),
        )
        .into()),
    }
}
