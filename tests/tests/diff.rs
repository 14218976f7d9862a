//! `generator diff`: one small fixture pair for each kind of change, semantic comparison, and
//! the real pair of Twilio specs from 2022-10-31 and today.

use std::collections::BTreeSet;

use generator::diff::{Change, Options, Report, diff};
use serde_json::{Value, json};

/// A small spec in Twilio's shape: a form create with an enum, a fetch with a query, a response
/// resource behind a `$ref`.
fn base() -> Value {
    json!({
        "openapi": "3.0.1",
        "info": {"title": "Diff fixture", "version": "1"},
        "paths": {
            "/v1/Things": {
                "post": {
                    "operationId": "CreateThing",
                    "description": "Create a thing.",
                    "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
                        "type": "object",
                        "required": ["Name"],
                        "properties": {
                            "Name": {"type": "string", "description": "The name."},
                            "Method": {"type": "string", "enum": ["GET", "POST"]},
                            "Size": {"type": "integer", "minimum": 1, "maximum": 100}
                        }
                    }}}},
                    "responses": {"201": {"description": "Created", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/thing"}
                    }}}}
                }
            },
            "/v1/Things/{Sid}": {
                "get": {
                    "operationId": "FetchThing",
                    "parameters": [
                        {"name": "Sid", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^TH[0-9a-f]{32}$"}},
                        {"name": "Verbose", "in": "query", "schema": {"type": "boolean"}}
                    ],
                    "responses": {"200": {"description": "OK", "content": {"application/json": {
                        "schema": {"$ref": "#/components/schemas/thing"}
                    }}}}
                }
            }
        },
        "components": {"schemas": {"thing": {
            "type": "object",
            "properties": {
                "sid": {"type": "string", "nullable": true},
                "status": {"type": "string", "enum": ["new", "done"], "nullable": true},
                "count": {"type": "integer", "nullable": true}
            }
        }}}
    })
}

fn run(old: &Value, new: &Value, include_docs: bool) -> Report {
    diff(
        old.to_string().as_bytes(),
        new.to_string().as_bytes(),
        Options {
            include_docs,
            ..Options::default()
        },
    )
    .unwrap_or_else(|(side, d)| panic!("{side:?} spec unreadable: {d}"))
}

fn only(report: &Report) -> &Change {
    assert_eq!(report.changes.len(), 1, "{}", report.to_text());
    &report.changes[0]
}

fn body_props(v: &mut Value) -> &mut Value {
    &mut v["paths"]["/v1/Things"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"]
        ["schema"]
}

#[test]
fn identical_reordered_and_inlined_specs_have_no_changes() {
    let old = base();
    assert!(run(&old, &old, true).changes.is_empty());
    // Reordered properties and parameters, and the $ref inlined, mean the same API.
    let mut new = base();
    let props = body_props(&mut new)["properties"]
        .as_object_mut()
        .expect("object");
    let reordered: serde_json::Map<String, Value> = props.clone().into_iter().rev().collect();
    *props = reordered;
    let params = new["paths"]["/v1/Things/{Sid}"]["get"]["parameters"]
        .as_array_mut()
        .expect("array");
    params.reverse();
    let thing = new["components"]["schemas"]["thing"].clone();
    new["paths"]["/v1/Things/{Sid}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] =
        thing;
    assert!(run(&old, &new, false).changes.is_empty());
}

#[test]
fn description_changes_only_with_include_docs() {
    let old = base();
    let mut new = base();
    body_props(&mut new)["properties"]["Name"]["description"] = json!("Another text.");
    new["paths"]["/v1/Things"]["post"]["description"] = json!("Makes a thing.");
    assert!(run(&old, &new, false).changes.is_empty());
    let with_docs = run(&old, &new, true);
    assert_eq!(with_docs.changes.len(), 2);
    assert!(
        with_docs
            .changes
            .iter()
            .all(|c| c.kind == "description-changed" && !c.breaking)
    );
}

#[test]
fn operations_added_and_removed() {
    let old = base();
    let mut new = base();
    let fetch = new["paths"]
        .as_object_mut()
        .expect("paths")
        .remove("/v1/Things/{Sid}")
        .expect("fetch");
    let removed = run(&old, &new, false);
    let c = only(&removed);
    assert_eq!(
        (
            c.kind,
            c.breaking,
            c.method.as_str(),
            c.operation_id.as_str()
        ),
        ("operation-removed", true, "GET", "FetchThing")
    );
    assert_eq!(c.location, None);
    new["paths"]["/v1/Things/{Sid}"] = fetch;
    new["paths"]["/v1/Things/{Sid}"]["delete"] =
        json!({"operationId": "DeleteThing", "responses": {"204": {"description": "Deleted"}}});
    let added = run(&old, &new, false);
    let c = only(&added);
    assert_eq!(
        (c.kind, c.breaking, c.method.as_str()),
        ("operation-added", false, "DELETE")
    );
}

#[test]
fn parameters_added_and_removed() {
    let old = base();
    let mut optional = base();
    optional["paths"]["/v1/Things/{Sid}"]["get"]["parameters"]
        .as_array_mut()
        .expect("array")
        .push(json!({"name": "PageSize", "in": "query", "schema": {"type": "integer"}}));
    let c = only(&run(&old, &optional, false)).clone();
    assert_eq!(
        (c.kind, c.breaking, c.location, c.name.as_deref()),
        ("parameter-added", false, Some("query"), Some("PageSize"))
    );

    let mut required = base();
    body_props(&mut required)["properties"]["Color"] = json!({"type": "string"});
    body_props(&mut required)["required"] = json!(["Name", "Color"]);
    let c = only(&run(&old, &required, false)).clone();
    assert_eq!(
        (c.kind, c.breaking, c.location),
        ("parameter-added", true, Some("body"))
    );

    let mut removed = base();
    body_props(&mut removed)["properties"]
        .as_object_mut()
        .expect("object")
        .remove("Size");
    let c = only(&run(&old, &removed, false)).clone();
    assert_eq!(
        (c.kind, c.breaking, c.name.as_deref()),
        ("parameter-removed", true, Some("Size"))
    );
}

#[test]
fn required_and_optional() {
    let old = base();
    let mut new = base();
    body_props(&mut new)["required"] = json!(["Name", "Method"]);
    let c = only(&run(&old, &new, false)).clone();
    assert_eq!(
        (c.kind, c.breaking, c.name.as_deref()),
        ("parameter-became-required", true, Some("Method"))
    );
    let c = only(&run(&new, &old, false)).clone();
    assert_eq!(
        (c.kind, c.breaking, c.name.as_deref()),
        ("parameter-became-optional", false, Some("Method"))
    );
}

#[test]
fn enum_values_in_requests_and_responses() {
    let old = base();
    let mut new = base();
    body_props(&mut new)["properties"]["Method"]["enum"] = json!(["GET", "POST", "PUT"]);
    let c = only(&run(&old, &new, false)).clone();
    assert_eq!(
        (c.kind, c.breaking, c.location),
        ("enum-value-added", false, Some("body"))
    );
    let c = only(&run(&new, &old, false)).clone();
    assert_eq!(
        (c.kind, c.breaking),
        ("enum-value-removed", true),
        "a request value removed breaks callers"
    );

    let mut response = base();
    response["components"]["schemas"]["thing"]["properties"]["status"]["enum"] =
        json!(["new", "done", "archived"]);
    let added = run(&old, &response, false);
    // Both operations return the resource.
    assert_eq!(added.changes.len(), 2, "{}", added.to_text());
    assert!(
        added
            .changes
            .iter()
            .all(|c| c.kind == "enum-value-added" && !c.breaking && c.location == Some("response"))
    );
    let removed = run(&response, &old, false);
    assert!(
        removed
            .changes
            .iter()
            .all(|c| c.kind == "enum-value-removed" && !c.breaking),
        "responses keep unknown values"
    );
}

#[test]
fn response_properties() {
    let old = base();
    let mut new = base();
    new["components"]["schemas"]["thing"]["properties"]["color"] =
        json!({"type": "string", "nullable": true});
    let added = run(&old, &new, false);
    assert!(
        added.changes.iter().all(|c| c.kind == "property-added"
            && !c.breaking
            && c.name.as_deref() == Some("color"))
    );
    let removed = run(&new, &old, false);
    assert!(!removed.changes.is_empty());
    assert!(
        removed
            .changes
            .iter()
            .all(|c| c.kind == "property-removed" && c.breaking)
    );
}

#[test]
fn types_formats_patterns_and_bounds() {
    let old = base();
    let mut ty = base();
    new_type(&mut ty, json!({"type": "string"}));
    let c = only(&run(&old, &ty, false)).clone();
    assert_eq!((c.kind, c.breaking), ("type-changed", true));

    let mut same_rust_type = base();
    new_type(
        &mut same_rust_type,
        json!({"type": "integer", "format": "int64", "minimum": 1, "maximum": 100}),
    );
    let c = only(&run(&old, &same_rust_type, false)).clone();
    assert_eq!(
        (c.kind, c.breaking),
        ("type-changed", false),
        "{}",
        c.detail
    );

    let mut tighter = base();
    new_type(
        &mut tighter,
        json!({"type": "integer", "minimum": 1, "maximum": 50}),
    );
    let c = only(&run(&old, &tighter, false)).clone();
    assert_eq!((c.kind, c.breaking), ("type-changed", true), "{}", c.detail);
    let c = only(&run(&tighter, &old, false)).clone();
    assert_eq!(
        (c.kind, c.breaking),
        ("type-changed", false),
        "a looser bound: {}",
        c.detail
    );

    let mut pattern = base();
    pattern["paths"]["/v1/Things/{Sid}"]["get"]["parameters"][0]["schema"]["pattern"] =
        json!("^TH[0-9a-f]{30}$");
    let c = only(&run(&old, &pattern, false)).clone();
    assert_eq!(
        (c.kind, c.breaking, c.location),
        ("type-changed", true, Some("path"))
    );
}

fn new_type(spec: &mut Value, schema: Value) {
    body_props(spec)["properties"]["Size"] = schema;
}

#[test]
fn json_report_has_the_documented_fields() {
    let old = base();
    let mut new = base();
    body_props(&mut new)["required"] = json!(["Name", "Method"]);
    let value: Value = serde_json::from_str(&run(&old, &new, false).to_json()).expect("JSON");
    let change = &value["changes"][0];
    for key in [
        "kind",
        "method",
        "path",
        "operation_id",
        "location",
        "name",
        "breaking",
        "semver",
        "detail",
    ] {
        assert!(change.get(key).is_some(), "missing {key}: {change}");
    }
    assert_eq!(change["kind"], "parameter-became-required");
}

/// Each change's semver impact on the generated crate, one case per rule: what it does to code
/// that uses the crate, which is not always what it does on the wire.
#[test]
fn each_change_has_its_semver_impact_on_the_generated_crate() {
    type Edit = fn(&mut Value);
    let cases: [(&str, Edit, &str, &str, bool); 16] = [
        (
            "an operation added: a new method",
            |v| {
                v["paths"]["/v1/Things/{Sid}"]["delete"] = json!({"operationId": "DeleteThing", "responses": {"204": {"description": "gone"}}});
            },
            "operation-added",
            "minor",
            false,
        ),
        (
            "an operation removed: calls to it stop compiling",
            |v| {
                v["paths"]
                    .as_object_mut()
                    .expect("paths")
                    .remove("/v1/Things/{Sid}");
            },
            "operation-removed",
            "major",
            true,
        ),
        (
            "an optional parameter added: a new setter",
            |v| {
                body_props(v)["properties"]["Color"] = json!({"type": "string"});
            },
            "parameter-added",
            "minor",
            false,
        ),
        (
            "a required parameter added: `new` takes another argument",
            |v| {
                body_props(v)["properties"]["Color"] = json!({"type": "string"});
                body_props(v)["required"] = json!(["Name", "Color"]);
            },
            "parameter-added",
            "major",
            true,
        ),
        (
            "a parameter removed: its setter is gone",
            |v| {
                body_props(v)["properties"]
                    .as_object_mut()
                    .expect("object")
                    .remove("Size");
            },
            "parameter-removed",
            "major",
            true,
        ),
        (
            "optional became required: it moves into `new`",
            |v| {
                body_props(v)["required"] = json!(["Name", "Method"]);
            },
            "parameter-became-required",
            "major",
            true,
        ),
        (
            "required became optional: it moves out of `new`, although the wire accepts more",
            |v| {
                body_props(v)["required"] = json!([]);
            },
            "parameter-became-optional",
            "major",
            false,
        ),
        (
            "a response property added: a field of a #[non_exhaustive] model",
            |v| {
                v["components"]["schemas"]["thing"]["properties"]["color"] =
                    json!({"type": "string", "nullable": true});
            },
            "property-added",
            "minor",
            false,
        ),
        (
            "a response property removed: its field is gone",
            |v| {
                v["components"]["schemas"]["thing"]["properties"]
                    .as_object_mut()
                    .expect("object")
                    .remove("count");
            },
            "property-removed",
            "major",
            true,
        ),
        (
            "a request enum value added: a variant of a #[non_exhaustive] enum",
            |v| {
                body_props(v)["properties"]["Method"]["enum"] = json!(["GET", "POST", "PUT"]);
            },
            "enum-value-added",
            "minor",
            false,
        ),
        (
            "a request enum value removed: its variant is gone",
            |v| {
                body_props(v)["properties"]["Method"]["enum"] = json!(["GET"]);
            },
            "enum-value-removed",
            "major",
            true,
        ),
        (
            "a response enum value removed: its variant is gone, although decoding keeps unknown values",
            |v| {
                v["components"]["schemas"]["thing"]["properties"]["status"]["enum"] =
                    json!(["new"]);
            },
            "enum-value-removed",
            "major",
            false,
        ),
        (
            "a Rust type changed",
            |v| {
                new_type(v, json!({"type": "string"}));
            },
            "type-changed",
            "major",
            true,
        ),
        (
            "a format that keeps the Rust type",
            |v| {
                new_type(
                    v,
                    json!({"type": "integer", "format": "int64", "minimum": 1, "maximum": 100}),
                );
            },
            "type-changed",
            "patch",
            false,
        ),
        (
            "a tighter bound: a value sent before is refused now",
            |v| {
                new_type(v, json!({"type": "integer", "minimum": 1, "maximum": 50}));
            },
            "type-changed",
            "major",
            true,
        ),
        (
            "a looser bound: everything sent before is still accepted",
            |v| {
                new_type(v, json!({"type": "integer", "minimum": 1, "maximum": 500}));
            },
            "type-changed",
            "patch",
            false,
        ),
    ];
    let old = base();
    for (what, edit, kind, semver, breaking) in cases {
        let mut new = base();
        edit(&mut new);
        let report = run(&old, &new, false);
        assert!(!report.changes.is_empty(), "{what}: no change found");
        for c in &report.changes {
            assert_eq!(
                (c.kind, c.semver, c.breaking),
                (kind, semver, breaking),
                "{what}: {}",
                report.to_text()
            );
        }
        assert_eq!(report.bump(), semver, "{what}");
        let json: Value = serde_json::from_str(&report.to_json()).expect("JSON");
        assert_eq!(json["bump"], semver, "{what}");
        assert_eq!(json["changes"][0]["semver"], semver, "{what}");
    }

    // A description is a patch; nothing changed is no bump; the bump is the largest impact.
    let mut described = base();
    body_props(&mut described)["properties"]["Name"]["description"] = json!("Another text.");
    let docs = run(&old, &described, true);
    assert_eq!((docs.changes[0].semver, docs.bump()), ("patch", "patch"));
    assert_eq!(run(&old, &old, true).bump(), "none");
    let json: Value = serde_json::from_str(&run(&old, &old, true).to_json()).expect("JSON");
    assert_eq!(json, json!({"bump": "none", "changes": []}));
    let mut both = base();
    body_props(&mut both)["properties"]["Color"] = json!({"type": "string"});
    new_type(
        &mut both,
        json!({"type": "integer", "minimum": 1, "maximum": 500}),
    );
    let mixed = run(&old, &both, false);
    assert_eq!(mixed.changes.len(), 2);
    assert_eq!(mixed.bump(), "minor");
    assert!(
        mixed
            .to_text()
            .contains("semver bump for the generated crate: minor")
    );
}

/// (method, path) of every operation in a spec file, read straight from its JSON.
fn operations(file: &std::path::Path) -> BTreeSet<(String, String)> {
    let spec: Value = serde_json::from_slice(&std::fs::read(file).expect("spec")).expect("JSON");
    let mut out = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for method in ["get", "post", "put", "patch", "delete"] {
            if item.get(method).is_some() {
                out.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    out
}

#[test]
fn the_real_pair_of_twilio_specs() {
    let root = tests::repo_root();
    let old_path = root.join("../shared/spec-history/twilio_api_v2010.2022-10-31.json");
    let new_path = root.join("spec/twilio_api_v2010.json");
    let report = diff(
        &std::fs::read(&old_path).expect("old"),
        &std::fs::read(&new_path).expect("new"),
        Options::default(),
    )
    .unwrap_or_else(|(side, d)| panic!("{side:?}: {d}"));

    // The Method body field of CreateUserDefinedMessageSubscription became optional.
    let method = report
        .changes
        .iter()
        .find(|c| {
            c.operation_id == "CreateUserDefinedMessageSubscription"
                && c.kind == "parameter-became-optional"
        })
        .expect("Method became optional");
    assert_eq!(
        (method.location, method.name.as_deref(), method.breaking),
        (Some("body"), Some("Method"), false)
    );

    // Operations added and removed, worked out from the two files directly.
    let (before, after) = (operations(&old_path), operations(&new_path));
    let expected_added: BTreeSet<_> = after.difference(&before).cloned().collect();
    let expected_removed: BTreeSet<_> = before.difference(&after).cloned().collect();
    let reported = |kind: &str| -> BTreeSet<(String, String)> {
        report
            .changes
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| (c.method.clone(), c.path.clone()))
            .collect()
    };
    assert_eq!(reported("operation-added"), expected_added);
    assert_eq!(reported("operation-removed"), expected_removed);
    assert!(
        !expected_removed.is_empty(),
        "the older spec has operations the newer one dropped"
    );
    assert!(
        report
            .changes
            .iter()
            .filter(|c| c.kind == "operation-removed")
            .all(|c| c.breaking)
    );

    // Breaking changes come first within each operation.
    for window in report.changes.windows(2) {
        if (window[0].method == window[1].method) && (window[0].path == window[1].path) {
            assert!(
                window[0].breaking || !window[1].breaking,
                "breaking changes first: {window:?}"
            );
        }
    }
    // The report for people is short; the JSON keeps every change.
    let text = report.to_text();
    assert!(text.starts_with("Summary\n"), "{text}");
    assert!(
        text.lines().count() <= 250,
        "{} lines",
        text.lines().count()
    );
    let json: Value = serde_json::from_str(&report.to_json()).expect("JSON");
    assert_eq!(
        json["changes"].as_array().map(Vec::len),
        Some(report.changes.len())
    );
    assert_eq!(json["bump"], "major");
}

/// The surface of a spec read straight from its JSON, without the generator: per operation,
/// its inputs, its success response's properties (dotted, `[]` for the items of a list, three
/// levels down, as the diff reads them) and the enum values of each.
#[derive(Default)]
struct Counted {
    operations: BTreeSet<(String, String)>,
    inputs: BTreeSet<Field>,
    /// (method, path, property)
    properties: BTreeSet<(String, String, String)>,
    enums: std::collections::BTreeMap<Field, EnumOf>,
}

/// (method, path, location, name) of an input or response property.
type Field = (String, String, String, String);

/// (type, format, values) of an enum.
type EnumOf = (String, String, BTreeSet<String>);

fn resolved<'a>(doc: &'a Value, mut v: &'a Value) -> &'a Value {
    for _ in 0..32 {
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) => match doc.pointer(r.trim_start_matches('#')) {
                Some(target) => v = target,
                None => return &Value::Null,
            },
            None => return v,
        }
    }
    &Value::Null
}

fn enum_of(doc: &Value, schema: &Value, key: (String, String, String, String), out: &mut Counted) {
    let s = resolved(doc, schema);
    if let Some(values) = s.get("enum").and_then(Value::as_array) {
        let values = values
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_owned))
            .collect();
        let ty = s["type"].as_str().unwrap_or("").to_owned();
        let format = s["format"].as_str().unwrap_or("").to_owned();
        out.enums.insert(key.clone(), (ty, format, values));
    }
    if s["type"] == "array" {
        let (m, p, l, n) = key;
        enum_of(doc, &s["items"], (m, p, l, format!("{n}[]")), out);
    }
}

fn flatten(
    doc: &Value,
    schema: &Value,
    prefix: &str,
    depth: usize,
    op: (&str, &str),
    out: &mut Counted,
) {
    if depth > 3 {
        return;
    }
    let s = resolved(doc, schema);
    if !(s["type"] == "object" || s.get("type").is_none()) {
        return;
    }
    let Some(props) = s["properties"].as_object() else {
        return;
    };
    for (name, prop) in props {
        let key = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        out.properties
            .insert((op.0.to_owned(), op.1.to_owned(), key.clone()));
        enum_of(
            doc,
            prop,
            (
                op.0.to_owned(),
                op.1.to_owned(),
                "response".to_owned(),
                key.clone(),
            ),
            out,
        );
        flatten(doc, prop, &key, depth + 1, op, out);
        let p = resolved(doc, prop);
        if p["type"] == "array" && p.get("items").is_some() {
            flatten(doc, &p["items"], &format!("{key}[]"), depth + 1, op, out);
        }
    }
}

fn counted(file: &std::path::Path) -> Counted {
    let doc: Value = serde_json::from_slice(&std::fs::read(file).expect("spec")).expect("JSON");
    let mut out = Counted::default();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in [
            "get", "put", "post", "delete", "options", "head", "patch", "trace",
        ] {
            let Some(op) = item.get(method) else { continue };
            let m = method.to_uppercase();
            out.operations.insert((m.clone(), path.clone()));
            let params = item["parameters"].as_array().into_iter().flatten();
            for param in params.chain(op["parameters"].as_array().into_iter().flatten()) {
                let param = resolved(&doc, param);
                let (Some(location), Some(name)) = (param["in"].as_str(), param["name"].as_str())
                else {
                    continue;
                };
                let key = (
                    m.clone(),
                    path.clone(),
                    location.to_owned(),
                    name.to_owned(),
                );
                out.inputs.insert(key.clone());
                enum_of(&doc, &param["schema"], key, &mut out);
            }
            let body = resolved(&doc, &op["requestBody"]);
            for media in body["content"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(_, m)| m)
            {
                let schema = resolved(&doc, &media["schema"]);
                if schema["type"] != "object" {
                    continue;
                }
                for (name, prop) in schema["properties"].as_object().into_iter().flatten() {
                    let key = (m.clone(), path.clone(), "body".to_owned(), name.clone());
                    out.inputs.insert(key.clone());
                    enum_of(&doc, prop, key, &mut out);
                }
            }
            let success = op["responses"].as_object().and_then(|r| {
                r.iter()
                    .find(|(code, _)| code.parse::<u16>().is_ok_and(|c| (200..400).contains(&c)))
            });
            if let Some((_, response)) = success
                && response.get("$ref").is_none()
            {
                for media in response["content"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(_, m)| m)
                {
                    flatten(&doc, &media["schema"], "", 0, (&m, path), &mut out);
                }
            }
        }
    }
    out
}

/// Each release of api_v2010 in `../shared/spec-history/` against the next, and the last
/// against `spec/`: the diff reports exactly what a set difference of the two documents finds
/// (operations, inputs, response properties, enum values), nothing missed and nothing
/// invented.
#[test]
fn the_history_of_api_v2010_is_reported_exactly() {
    let root = tests::repo_root();
    let history = root.join("../shared/spec-history");
    let files = [
        history.join("twilio_api_v2010.2022-10-31.json"),
        history.join("twilio_api_v2010.2025-01-09.json"),
        history.join("twilio_api_v2010.2025-07-03.json"),
        history.join("twilio_api_v2010.2026-01-07.json"),
        root.join("spec/twilio_api_v2010.json"),
    ];
    for pair in files.windows(2) {
        let (old_path, new_path) = (&pair[0], &pair[1]);
        let what = format!("{} → {}", old_path.display(), new_path.display());
        let report = diff(
            &std::fs::read(old_path).expect("old"),
            &std::fs::read(new_path).expect("new"),
            Options::default(),
        )
        .unwrap_or_else(|(side, d)| panic!("{what}: {side:?}: {d}"));
        let (old, new) = (counted(old_path), counted(new_path));
        let common: BTreeSet<_> = old
            .operations
            .intersection(&new.operations)
            .cloned()
            .collect();
        let in_common =
            |k: &(String, String, String, String)| common.contains(&(k.0.clone(), k.1.clone()));
        let reported = |kind: &str| -> BTreeSet<(String, String, String, String)> {
            report
                .changes
                .iter()
                .filter(|c| c.kind == kind)
                .map(|c| {
                    (
                        c.method.clone(),
                        c.path.clone(),
                        c.location.unwrap_or("").to_owned(),
                        c.name.clone().unwrap_or_default(),
                    )
                })
                .collect()
        };
        let ops = |set: BTreeSet<(String, String)>| -> BTreeSet<(String, String, String, String)> {
            set.into_iter()
                .map(|(m, p)| (m, p, String::new(), String::new()))
                .collect()
        };
        assert_eq!(
            reported("operation-added"),
            ops(&new.operations - &old.operations),
            "{what}"
        );
        assert_eq!(
            reported("operation-removed"),
            ops(&old.operations - &new.operations),
            "{what}"
        );
        let inputs = |a: &Counted, b: &Counted| -> BTreeSet<_> {
            a.inputs
                .difference(&b.inputs)
                .filter(|k| in_common(k))
                .cloned()
                .collect()
        };
        assert_eq!(reported("parameter-added"), inputs(&new, &old), "{what}");
        assert_eq!(reported("parameter-removed"), inputs(&old, &new), "{what}");
        let props = |a: &Counted, b: &Counted| -> BTreeSet<_> {
            a.properties
                .difference(&b.properties)
                .filter(|(m, p, _)| common.contains(&(m.clone(), p.clone())))
                .map(|(m, p, n)| (m.clone(), p.clone(), "response".to_owned(), n.clone()))
                .collect()
        };
        assert_eq!(reported("property-added"), props(&new, &old), "{what}");
        assert_eq!(reported("property-removed"), props(&old, &new), "{what}");

        // Enum values, where both sides have an enum of the same type and format.
        let mut expected: BTreeSet<(String, String, String, String, String, &str)> =
            BTreeSet::new();
        for (key, (ty, format, before)) in &old.enums {
            if let Some((ty2, format2, after)) = new.enums.get(key)
                && (ty, format) == (ty2, format2)
                && in_common(key)
            {
                let (m, p, l, n) = key.clone();
                for v in after.difference(before) {
                    expected.insert((
                        m.clone(),
                        p.clone(),
                        l.clone(),
                        n.clone(),
                        v.clone(),
                        "enum-value-added",
                    ));
                }
                for v in before.difference(after) {
                    expected.insert((
                        m.clone(),
                        p.clone(),
                        l.clone(),
                        n.clone(),
                        v.clone(),
                        "enum-value-removed",
                    ));
                }
            }
        }
        let same_type = |c: &Change| {
            let key = (
                c.method.clone(),
                c.path.clone(),
                c.location.unwrap_or("").to_owned(),
                c.name.clone().unwrap_or_default(),
            );
            matches!((old.enums.get(&key), new.enums.get(&key)), (Some(a), Some(b)) if (&a.0, &a.1) == (&b.0, &b.1))
        };
        let enum_changes: BTreeSet<_> = report
            .changes
            .iter()
            .filter(|c| c.kind.starts_with("enum-value-") && same_type(c))
            .map(|c| {
                let value = c.value.clone().expect("an enum change names its value");
                (
                    c.method.clone(),
                    c.path.clone(),
                    c.location.unwrap_or("").to_owned(),
                    c.name.clone().unwrap_or_default(),
                    value,
                    c.kind,
                )
            })
            .collect();
        assert_eq!(enum_changes, expected, "{what}");
        // Any other enum change is on a field whose type changed too, and says so.
        for c in report
            .changes
            .iter()
            .filter(|c| c.kind.starts_with("enum-value-") && !same_type(c))
        {
            assert!(
                report.changes.iter().any(|t| t.kind == "type-changed"
                    && (&t.method, &t.path, t.location, &t.name)
                        == (&c.method, &c.path, c.location, &c.name)),
                "{what}: {c:?}"
            );
        }
    }
}
