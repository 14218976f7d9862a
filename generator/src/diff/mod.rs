//! What changed in an API between two specs, and what breaks a client of the generated crate.
//!
//! Takes two specs' bytes; gives a [`Report`]: every [`Change`], each judged on the wire
//! (`breaking`) and on the generated crate (`semver`). This file compares; `surface.rs` reduces
//! an operation to what a client sees of it; `report.rs` writes the report for people (text and
//! Markdown); the JSON is the report itself, serialized.
//!
//! The comparison is semantic: `$ref`s are resolved, order does not matter, and descriptions
//! are compared only when asked. Each operation is reduced to its surface, the inputs by
//! location and name and the properties of its success response, and the surfaces are compared.
//!
//! What breaks a client (see the README for the reasons): an operation, parameter, body field
//! or response property removed; a required parameter added; optional → required; a request
//! enum value removed; a type or format changed; a tighter pattern or bound. What does not: an
//! operation, optional parameter or response property added; required → optional; an enum value
//! added (responses keep unknown values); a looser bound.

mod report;
mod surface;

use std::collections::BTreeSet;

use openapiv3::OpenAPI;
use serde::Serialize;

use crate::diag::Diagnostics;
use crate::select::Selection;
use surface::{Shape, Surface, rust_kind, surfaces};

/// One change between the two specs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Change {
    /// `operation-added`, `parameter-removed`, `enum-value-added`, …
    pub kind: &'static str,
    /// The HTTP method, upper case.
    pub method: String,
    /// The path template.
    pub path: String,
    /// The operation's `operationId`.
    pub operation_id: String,
    /// `path`, `query`, `header`, `body` or `response`; `null` for a whole operation.
    pub location: Option<&'static str>,
    /// The parameter, field or property (dotted for nested response properties).
    pub name: Option<String>,
    /// Whether a client of the API may break: a call the old spec allowed is refused, or an
    /// answer it read is gone.
    pub breaking: bool,
    /// What the change does to code that uses the generated crate: `major` (it may no longer
    /// compile, or a call it makes may now be refused), `minor` (something is added) or
    /// `patch` (nothing a caller can see changes). See [`semver`].
    pub semver: &'static str,
    /// What changed, in words.
    pub detail: String,
    /// For `enum-value-added` and `enum-value-removed`: the value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// The semver impact on the generated crate of a change of `kind` (`breaking` on the wire or
/// not): judged by what it does to code written against the crate, which is not always what it
/// does on the wire.
///
/// - `major`: something a caller names is gone or changed: an operation, a parameter's setter
///   or a response field removed, a parameter that moved into or out of `new` (a new required
///   parameter, optional → required, and required → optional too: it leaves `new`'s
///   arguments), a Rust type changed, an enum variant removed, or a tighter bound that refuses
///   a value the caller sent before.
/// - `minor`: something is added: an operation, a setter for a new optional parameter, a field
///   of a response model (models are `#[non_exhaustive]`), an enum variant (enums are
///   `#[non_exhaustive]`).
/// - `patch`: a format or bound that keeps the Rust type and accepts what it accepted, a
///   description.
pub fn semver(kind: &str, breaking: bool) -> &'static str {
    match kind {
        "operation-added" | "property-added" | "enum-value-added" => "minor",
        "parameter-added" if !breaking => "minor",
        "description-changed" => "patch",
        "type-changed" if !breaking => "patch",
        _ => "major",
    }
}

/// The larger of two semver impacts (`none` < `patch` < `minor` < `major`).
fn larger(a: &'static str, b: &'static str) -> &'static str {
    if report::rank(b) > report::rank(a) {
        b
    } else {
        a
    }
}

/// All the changes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Grouped by operation (those with breaking changes first), breaking changes first.
    pub changes: Vec<Change>,
}

impl Report {
    /// How many changes break a client.
    pub fn breaking(&self) -> usize {
        self.changes.iter().filter(|c| c.breaking).count()
    }

    /// The version bump the changes call for in the generated crate: the largest
    /// [`Change::semver`], or `none` when nothing changed.
    pub fn bump(&self) -> &'static str {
        self.changes
            .iter()
            .fold("none", |bump, c| larger(bump, c.semver))
    }

    /// The report as JSON: `{"bump": "minor", "changes": [...]}`.
    pub fn to_json(&self) -> String {
        let value = serde_json::json!({"bump": self.bump(), "changes": self.changes});
        serde_json::to_string_pretty(&value).unwrap_or_default()
    }

    /// The report for people: a summary, then the breaking changes and the others; a change
    /// that repeats across fields or operations is said once, with where it applies.
    pub fn to_text(&self) -> String {
        report::render(self, report::Style::Text)
    }

    /// The report as Markdown, for a pull request or a changelog: the same summary and groups
    /// as headings and lists.
    pub fn to_markdown(&self) -> String {
        report::render(self, report::Style::Markdown)
    }

    /// How many operations were added, removed, and changed otherwise.
    pub fn operation_counts(&self) -> (usize, usize, usize) {
        let added = self
            .changes
            .iter()
            .filter(|c| c.kind == "operation-added")
            .count();
        let removed = self
            .changes
            .iter()
            .filter(|c| c.kind == "operation-removed")
            .count();
        let changed: BTreeSet<(&str, &str)> = self
            .changes
            .iter()
            .filter(|c| !c.kind.starts_with("operation-"))
            .map(|c| (c.method.as_str(), c.path.as_str()))
            .collect();
        (added, removed, changed.len())
    }
}

/// Options of a comparison.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Also report description changes (never breaking).
    pub include_docs: bool,
    /// How much of each spec is read before it is refused.
    pub limits: crate::limits::Limits,
}

/// Compares two specs (JSON or YAML bytes).
///
/// # Errors
///
/// The located problems of a spec that cannot be read.
pub fn diff(old: &[u8], new: &[u8], options: Options) -> Result<Report, (Side, Diagnostics)> {
    let old =
        crate::load::load(old, &Selection::all(), &options.limits).map_err(|d| (Side::Old, d))?;
    let new =
        crate::load::load(new, &Selection::all(), &options.limits).map_err(|d| (Side::New, d))?;
    Ok(compare(&old.openapi, &new.openapi, options))
}

/// Which of the two specs a problem is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The older spec.
    Old,
    /// The newer spec.
    New,
}

/// Compares two loaded documents.
pub fn compare(old: &OpenAPI, new: &OpenAPI, options: Options) -> Report {
    let before = surfaces(old);
    let after = surfaces(new);
    let mut changes = Vec::new();
    let keys: BTreeSet<&(String, String)> = before.keys().chain(after.keys()).collect();
    for key in keys {
        let (method, path) = key;
        let mut push = |kind: &'static str,
                        location: Option<&'static str>,
                        name: Option<String>,
                        breaking: bool,
                        detail: String,
                        id: &str,
                        value: Option<String>| {
            changes.push(Change {
                kind,
                method: method.clone(),
                path: path.clone(),
                operation_id: id.to_owned(),
                location,
                name,
                breaking,
                semver: semver(kind, breaking),
                detail,
                value,
            });
        };
        match (before.get(key), after.get(key)) {
            (None, Some(n)) => push(
                "operation-added",
                None,
                None,
                false,
                "a new operation".to_owned(),
                &n.operation_id,
                None,
            ),
            (Some(o), None) => push(
                "operation-removed",
                None,
                None,
                true,
                "the operation is gone; calls to it no longer compile".to_owned(),
                &o.operation_id,
                None,
            ),
            (Some(o), Some(n)) => compare_operation(o, n, options, &mut push),
            (None, None) => {}
        }
    }
    // Operations with breaking changes first, then by path and method; breaking changes first
    // within each.
    let breaking_ops: BTreeSet<(String, String)> = changes
        .iter()
        .filter(|c| c.breaking)
        .map(|c| (c.method.clone(), c.path.clone()))
        .collect();
    changes.sort_by(|a, b| {
        let ka = (
            !breaking_ops.contains(&(a.method.clone(), a.path.clone())),
            &a.path,
            &a.method,
            !a.breaking,
            a.kind,
            &a.name,
        );
        let kb = (
            !breaking_ops.contains(&(b.method.clone(), b.path.clone())),
            &b.path,
            &b.method,
            !b.breaking,
            b.kind,
            &b.name,
        );
        ka.cmp(&kb)
    });
    Report { changes }
}

/// Records one change: kind, location, name, breaking, detail, the operation's id, and the
/// enum value it is about (for `enum-value-*`).
type Push<'a> = dyn FnMut(&'static str, Option<&'static str>, Option<String>, bool, String, &str, Option<String>)
    + 'a;

fn compare_operation(o: &Surface, n: &Surface, options: Options, push: &mut Push<'_>) {
    let id = n.operation_id.as_str();
    if options.include_docs && o.description != n.description {
        push(
            "description-changed",
            None,
            None,
            false,
            "the operation's description changed".to_owned(),
            id,
            None,
        );
    }
    let keys: BTreeSet<&(&'static str, String)> = o.inputs.keys().chain(n.inputs.keys()).collect();
    for key in keys {
        let (location, name) = key;
        match (o.inputs.get(key), n.inputs.get(key)) {
            (None, Some(added)) => {
                let (breaking, detail) = if added.required {
                    (
                        true,
                        "a new required input: existing calls do not supply it",
                    )
                } else {
                    (false, "a new optional input")
                };
                push(
                    "parameter-added",
                    Some(location),
                    Some(name.clone()),
                    breaking,
                    detail.to_owned(),
                    id,
                    None,
                );
            }
            (Some(_), None) => push(
                "parameter-removed",
                Some(location),
                Some(name.clone()),
                true,
                "the input is gone; code that sets it no longer compiles".to_owned(),
                id,
                None,
            ),
            (Some(a), Some(b)) => {
                if !a.required && b.required {
                    push(
                        "parameter-became-required",
                        Some(location),
                        Some(name.clone()),
                        true,
                        "optional before, required now: an argument of `new`, no longer a setter"
                            .to_owned(),
                        id,
                        None,
                    );
                } else if a.required && !b.required {
                    push(
                        "parameter-became-optional",
                        Some(location),
                        Some(name.clone()),
                        false,
                        "required before, optional now: a setter, no longer an argument of `new`"
                            .to_owned(),
                        id,
                        None,
                    );
                }
                compare_shapes(&a.shape, &b.shape, location, name, true, options, id, push);
            }
            (None, None) => {}
        }
    }
    let props: BTreeSet<&String> = o.response.keys().chain(n.response.keys()).collect();
    for name in props {
        match (o.response.get(name), n.response.get(name)) {
            (None, Some(_)) => push(
                "property-added",
                Some("response"),
                Some(name.clone()),
                false,
                "a new response property".to_owned(),
                id,
                None,
            ),
            (Some(_), None) => push(
                "property-removed",
                Some("response"),
                Some(name.clone()),
                true,
                "the property is gone; code that reads it no longer compiles".to_owned(),
                id,
                None,
            ),
            (Some(a), Some(b)) => compare_shapes(a, b, "response", name, false, options, id, push),
            (None, None) => {}
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn compare_shapes(
    a: &Shape,
    b: &Shape,
    location: &'static str,
    name: &str,
    request: bool,
    options: Options,
    id: &str,
    push: &mut Push<'_>,
) {
    let loc = Some(location);
    let name_s = || Some(name.to_owned());
    let enum_changed = a.enum_values.is_empty() != b.enum_values.is_empty();
    if a.ty != b.ty || a.format != b.format || enum_changed {
        let describe = |s: &Shape| {
            let base = if s.format.is_empty() {
                s.ty.clone()
            } else {
                format!("{} ({})", s.ty, s.format)
            };
            if s.enum_values.is_empty() {
                base
            } else {
                format!("enum {base}")
            }
        };
        // A format that does not change the generated Rust type (`phone-number` is a String,
        // `int64` and no format are both i64) does not break a client.
        let breaking = rust_kind(a, request) != rust_kind(b, request);
        let detail = if breaking {
            format!("{} became {}", describe(a), describe(b))
        } else {
            format!(
                "{} became {}; the Rust type stays the same",
                describe(a),
                describe(b)
            )
        };
        push("type-changed", loc, name_s(), breaking, detail, id, None);
        if breaking {
            return;
        }
    }
    for v in b.enum_values.difference(&a.enum_values) {
        let detail = if request {
            format!("`{v}` may now be sent")
        } else {
            format!("`{v}` may now be received; decoding keeps it as Unknown until regenerated")
        };
        push(
            "enum-value-added",
            loc,
            name_s(),
            false,
            detail,
            id,
            Some(v.clone()),
        );
    }
    for v in a.enum_values.difference(&b.enum_values) {
        let (breaking, detail) = if request {
            (
                true,
                format!("`{v}` may no longer be sent; code that sends it no longer compiles"),
            )
        } else {
            (false, format!("`{v}` is no longer listed in responses"))
        };
        push(
            "enum-value-removed",
            loc,
            name_s(),
            breaking,
            detail,
            id,
            Some(v.clone()),
        );
    }
    // Bounds and patterns: tighter ones refuse values that were fine before.
    let mut tighter = Vec::new();
    let mut looser = Vec::new();
    match (&a.pattern, &b.pattern) {
        (None, Some(p)) => tighter.push(format!("pattern `{p}` added")),
        (Some(p), None) => looser.push(format!("pattern `{p}` removed")),
        (Some(p), Some(q)) if p != q => tighter.push(format!("pattern `{p}` became `{q}`")),
        _ => {}
    }
    let mut bound = |label: &str, before: Option<f64>, after: Option<f64>, is_min: bool| match (
        before, after,
    ) {
        (None, Some(v)) => tighter.push(format!("{label} {v} added")),
        (Some(v), None) => looser.push(format!("{label} {v} removed")),
        (Some(x), Some(y)) if (x - y).abs() > f64::EPSILON => {
            let tight = if is_min { y > x } else { y < x };
            let text = format!("{label} {x} became {y}");
            if tight {
                tighter.push(text)
            } else {
                looser.push(text)
            }
        }
        _ => {}
    };
    bound(
        "minLength",
        a.min_length.map(|v| v as f64),
        b.min_length.map(|v| v as f64),
        true,
    );
    bound(
        "maxLength",
        a.max_length.map(|v| v as f64),
        b.max_length.map(|v| v as f64),
        false,
    );
    bound("minimum", a.minimum, b.minimum, true);
    bound("maximum", a.maximum, b.maximum, false);
    for t in tighter {
        push("type-changed", loc, name_s(), true, t, id, None);
    }
    for l in looser {
        push("type-changed", loc, name_s(), false, l, id, None);
    }
    if let (Some(x), Some(y)) = (&a.items, &b.items) {
        compare_shapes(
            x,
            y,
            location,
            &format!("{name}[]"),
            request,
            options,
            id,
            push,
        );
    }
    if options.include_docs && a.description != b.description {
        push(
            "description-changed",
            loc,
            name_s(),
            false,
            "the description changed".to_owned(),
            id,
            None,
        );
    }
}
