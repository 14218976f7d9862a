//! Bytes to `openapiv3::OpenAPI`, reading only what the selection needs.
//!
//! A whole Twilio spec is about 2 MB, and turning all of it into `openapiv3` types costs more than
//! everything else the generator does for a handful of operations. So loading runs in two steps:
//! the document is first scanned as borrowed raw JSON (which checks its syntax everywhere), then
//! only the selected operations and the components they reach through `$ref` are parsed into
//! `openapiv3` types. With `--all` everything is parsed. Each piece is parsed on its own, so one
//! run reports every broken piece, each with its JSON pointer.
//!
//! Takes the spec's bytes, a selection and the limits; gives a [`Document`] or every problem.
//! `text.rs` turns the bytes into JSON text within the limits; this file reads its top level
//! ([`load`]); `paths.rs` and `components.rs` parse what the selection needs; `pieces.rs`
//! parses one piece and finds where a broken one is broken.

mod components;
mod paths;
mod pieces;
mod slips;
mod text;
mod v31;

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use indexmap::IndexMap;
use openapiv3::{
    Components, OpenAPI, Parameter, Paths, ReferenceOr, RequestBody, Response, Schema,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use serde_json::value::RawValue;

use crate::diag::{Diagnostic, Diagnostics, Stage, child};
use crate::limits::Limits;
use crate::select::{METHODS, Selection};
use components::{ComponentsRead, Raw, read_components};
use paths::{PathsRead, read_all_paths, read_paths};
use pieces::{parse_raw, path_pointer};
use text::to_json_text;

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

/// A loaded document: the `openapiv3` form of the selected part of the spec.
#[derive(Debug, Clone)]
pub struct Document {
    /// The selected operations and the components they reach (all of them with `--all`).
    pub openapi: OpenAPI,
    /// What `$ref`s name outside the components' own entries.
    pub extra: Extra,
    /// How many operations the whole spec has, selected or not.
    pub total_operations: usize,
    /// The slips read in their one sensible way (`slips.rs`), each at its pointer.
    pub warnings: Vec<Diagnostic>,
}

/// What `$ref`s name outside the components' own entries: a member of an `allOf`, a property,
/// an array's items (`#/components/schemas/Tag/allOf/0`), a path's parameter
/// (`#/paths/~1jobs/get/parameters/1`). Each is parsed as the kind of piece its place holds, and
/// kept by the reference as written.
#[derive(Debug, Clone, Default)]
pub struct Extra {
    /// Schemas, by reference.
    pub schemas: BTreeMap<String, ReferenceOr<Schema>>,
    /// Parameters, by reference.
    pub parameters: BTreeMap<String, ReferenceOr<Parameter>>,
    /// Request bodies, by reference.
    pub request_bodies: BTreeMap<String, ReferenceOr<RequestBody>>,
    /// Responses, by reference.
    pub responses: BTreeMap<String, ReferenceOr<Response>>,
}

/// The spec's text as JSON, YAML converted, within `limits`: the text every later stage reads
/// (for tools that read the spec beside the generator, as the conformance harness does).
///
/// # Errors
///
/// The text is not UTF-8, is empty, is YAML that breaks a bound, or is over a bound.
pub fn json_text(bytes: &[u8], limits: &Limits) -> Result<String, Diagnostics> {
    text::to_json_text(bytes, limits).map(|(text, _)| text.into_owned())
}

/// Reads a spec (JSON or YAML, OpenAPI 3.0.x or 3.1.x) and parses the part that `selection` needs.
///
/// # Errors
///
/// Every problem found, each with the JSON pointer where it is: bad syntax, an OpenAPI version
/// other than 3.0.x or 3.1.x, a piece that is not valid OpenAPI, a selection that matches nothing.
pub fn load(bytes: &[u8], selection: &Selection, limits: &Limits) -> Result<Document, Diagnostics> {
    let (text, scanned) = to_json_text(bytes, limits)?;
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

    let v31 = check_version(top.get("openapi").copied())?;
    // 3.0 reads nothing beside a `$ref`: a `nullable` there says what every answer's field is
    // anyway (each may be missing or null), and a request never sends a null. One warning for
    // them all, at the first.
    let mut slips = Vec::new();
    if let (count @ 1.., Some(first)) = (scanned.nullable_refs.0, &scanned.nullable_refs.1)
        && !v31
    {
        let places = if count == 1 {
            String::new()
        } else {
            format!(" (and {} other places)", count - 1)
        };
        slips.push(
            load_error(
                first.clone(),
                format!("`nullable` beside a `$ref`, which OpenAPI 3.0 ignores{places}; read as nullable"),
            )
            .as_warning(),
        );
    }

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
            // 3.1's webhooks are requests the API makes, not operations a client calls.
            "webhooks" | "jsonSchemaDialect" if v31 => Ok(()),
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
    // A document without paths (3.1 allows it: a webhooks-only description) has no operations.
    let raw_paths = raw_paths.unwrap_or_default();
    let raw = Raw {
        components: &raw_components,
        paths: &raw_paths,
    };
    // With --all, the path items (each on whichever thread is free) and the components are
    // parsed side by side: neither needs the other. A selection needs the references its path
    // items make, so it reads them first.
    let (read, components_read) = if selection.all {
        rayon::join(
            || read_all_paths(&raw_paths, v31),
            || read_components(&raw, VecDeque::new(), selection, v31),
        )
    } else {
        let read = read_paths(&raw_paths, selection, v31);
        let components = read_components(&raw, read.wanted.clone(), selection, v31);
        (read, components)
    };
    let PathsRead {
        paths,
        total_operations,
        found_ids,
        wanted: _,
        diags: path_diags,
        warnings: path_warnings,
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

    let ComponentsRead {
        components,
        extra,
        diags: component_diags,
        warnings,
    } = components_read;
    diags.0.extend(component_diags.0);
    if has_components {
        openapi.components = Some(components);
    }
    slips.extend(path_warnings);
    slips.extend(warnings);
    let path_warnings = slips;

    diags.finish(Document {
        openapi,
        extra,
        total_operations,
        warnings: path_warnings,
    })
}

/// Only OpenAPI 3.0.x and 3.1.x are accepted: 2.0 and later versions differ in ways that would
/// be silently misread. Says whether the document is 3.1, whose pieces are read as 3.0 after
/// [`v31::upgrade`].
fn check_version(raw: Option<&RawValue>) -> Result<bool, Diagnostics> {
    let Some(raw) = raw else {
        let d = load_error("", "the document has no `openapi` field").with_hint(
            "this generator reads OpenAPI 3.0.x and 3.1.x documents (`\"openapi\": \"3.0.3\"`)",
        );
        return Err(d.into());
    };
    let version: Option<String> = serde_json::from_str(raw.get()).ok();
    match version {
        Some(v) if v.starts_with("3.0.") || v == "3.0" => Ok(false),
        Some(v) if v.starts_with("3.1.") || v == "3.1" => Ok(true),
        Some(v) => Err(load_error(
            "/openapi",
            format!("OpenAPI version `{v}` is not supported"),
        )
        .with_hint("this generator reads OpenAPI 3.0.x and 3.1.x; convert the document or pin one of those")
        .into()),
        None => Err(load_error(
            "/openapi",
            format!("`openapi` must be a version string, found {}", raw.get()),
        )
        .into()),
    }
}
