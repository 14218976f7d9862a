//! OpenAPI 3.1 read as 3.0: each piece of a 3.1 document is rewritten in place, as JSON, into
//! the 3.0 form that `openapiv3` reads, before it is parsed.
//!
//! The rewrite keeps every member where it was, so a diagnostic's pointer still names the place
//! in the original document. What changes, schema by schema:
//!
//! - `type: ["string", "null"]` becomes `type: "string"` with `nullable: true`; `type: "null"`
//!   alone, or several types besides `null`, leave the schema untyped (any JSON value);
//! - `const: v` becomes `enum: [v]`; a `oneOf`/`anyOf` whose members are all `const` strings
//!   becomes a string `enum` (Discord writes its enums so);
//! - a `oneOf`/`anyOf` member that is only `type: "null"` is taken out and makes the schema
//!   `nullable` (a later member's index then moves down by one);
//! - `examples: [..]` gives `example` its first value;
//! - a numeric `exclusiveMinimum`/`exclusiveMaximum` becomes `minimum`/`maximum` with the flag;
//! - `contentEncoding: base64` becomes `format: byte`, `contentMediaType` `format: binary`.
//!
//! Siblings of a `$ref` are read as 3.0 reads them: the reference wins. Keywords that do not
//! change a Rust type (`$defs`, `$id`, `if`/`then`, …) are left for `openapiv3` to ignore.

use serde_json::{Map, Value};

use crate::select::METHODS;

/// What kind of piece a component section or a place in a path item holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Header,
    MediaType,
    Schema,
    /// Anything that holds no schema (examples, security schemes, links).
    Other,
}

impl Kind {
    /// The kind of the pieces in a `components` section.
    pub(super) fn of_section(section: &str) -> Kind {
        match section {
            "schemas" => Kind::Schema,
            "responses" => Kind::Response,
            "parameters" => Kind::Parameter,
            "requestBodies" => Kind::RequestBody,
            "headers" => Kind::Header,
            "pathItems" => Kind::PathItem,
            _ => Kind::Other,
        }
    }
}

/// Rewrites `value`, a piece of kind `kind`, from 3.1 to 3.0 form, in place.
pub(super) fn upgrade(value: &mut Value, kind: Kind) {
    // An explicit stack: pieces nest as deeply as the document does (within the limits).
    let mut stack: Vec<(&mut Value, Kind)> = vec![(value, kind)];
    while let Some((value, kind)) = stack.pop() {
        let Value::Object(map) = value else { continue };
        if map.contains_key("$ref") {
            continue;
        }
        if kind == Kind::Schema {
            rewrite_schema(map);
        }
        for (key, inner) in map {
            let inner_kind = match (kind, key.as_str()) {
                (Kind::PathItem, m) if METHODS.contains(&m) => Kind::Operation,
                (Kind::PathItem | Kind::Operation, "parameters") => {
                    push_each(inner, Kind::Parameter, &mut stack);
                    continue;
                }
                (Kind::Operation, "requestBody") => Kind::RequestBody,
                (Kind::Operation, "responses") => {
                    push_each(inner, Kind::Response, &mut stack);
                    continue;
                }
                (Kind::Operation, "callbacks") => {
                    // A callback is a map of expressions to path items.
                    if let Value::Object(callbacks) = inner {
                        for callback in callbacks.values_mut() {
                            push_each(callback, Kind::PathItem, &mut stack);
                        }
                    }
                    continue;
                }
                (Kind::Parameter | Kind::Header | Kind::MediaType, "schema") => Kind::Schema,
                (
                    Kind::Parameter | Kind::Header | Kind::RequestBody | Kind::Response,
                    "content",
                ) => {
                    push_each(inner, Kind::MediaType, &mut stack);
                    continue;
                }
                (Kind::Response, "headers") => {
                    push_each(inner, Kind::Header, &mut stack);
                    continue;
                }
                (Kind::Schema, "items" | "not" | "additionalProperties") => Kind::Schema,
                (Kind::Schema, "properties" | "allOf" | "oneOf" | "anyOf") => {
                    push_each(inner, Kind::Schema, &mut stack);
                    continue;
                }
                _ => continue,
            };
            stack.push((inner, inner_kind));
        }
    }
}

/// Pushes each member of an array or each value of a map.
fn push_each<'v>(value: &'v mut Value, kind: Kind, stack: &mut Vec<(&'v mut Value, Kind)>) {
    match value {
        Value::Array(items) => stack.extend(items.iter_mut().map(|v| (v, kind))),
        Value::Object(entries) => stack.extend(entries.values_mut().map(|v| (v, kind))),
        _ => {}
    }
}

/// The 3.0 form of one schema's own keywords (its sub-schemas are rewritten on their own).
fn rewrite_schema(map: &mut Map<String, Value>) {
    if let Some(Value::Array(types)) = map.get("type") {
        let nullable = types.iter().any(|t| t == "null");
        let others: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
        match others.as_slice() {
            [one] => {
                map.insert("type".to_owned(), one.clone());
            }
            _ => {
                map.remove("type");
            }
        }
        if nullable {
            map.insert("nullable".to_owned(), Value::Bool(true));
        }
    } else if map.get("type").is_some_and(|t| t == "null") {
        map.remove("type");
        map.insert("nullable".to_owned(), Value::Bool(true));
    }
    if let Some(value) = map.remove("const")
        && !map.contains_key("enum")
    {
        if !map.contains_key("type")
            && let Some(t) = json_type(&value)
        {
            map.insert("type".to_owned(), Value::String(t.to_owned()));
        }
        map.insert("enum".to_owned(), Value::Array(vec![value]));
    }
    for key in ["oneOf", "anyOf"] {
        let Some(Value::Array(members)) = map.get_mut(key) else {
            continue;
        };
        let before = members.len();
        members.retain(|m| !is_null_schema(m));
        if members.len() < before {
            map.insert("nullable".to_owned(), Value::Bool(true));
        }
        if let Some(values) = const_strings(map.get(key)) {
            map.remove(key);
            map.entry("type")
                .or_insert_with(|| Value::String("string".to_owned()));
            map.insert("enum".to_owned(), Value::Array(values));
        }
    }
    if let Some(Value::Array(examples)) = map.remove("examples")
        && !map.contains_key("example")
        && let Some(first) = examples.into_iter().next()
    {
        map.insert("example".to_owned(), first);
    }
    for (exclusive, bound) in [
        ("exclusiveMinimum", "minimum"),
        ("exclusiveMaximum", "maximum"),
    ] {
        if let Some(n @ Value::Number(_)) = map.get(exclusive).cloned() {
            map.insert(bound.to_owned(), n);
            map.insert(exclusive.to_owned(), Value::Bool(true));
        }
    }
    if !map.contains_key("format") {
        if map.get("contentEncoding").is_some_and(|e| e == "base64") {
            map.insert("format".to_owned(), Value::String("byte".to_owned()));
        } else if map.contains_key("contentMediaType")
            && map.get("type").is_some_and(|t| t == "string")
        {
            map.insert("format".to_owned(), Value::String("binary".to_owned()));
        }
    }
}

/// Whether a schema is only `type: "null"` (with docs at most).
fn is_null_schema(schema: &Value) -> bool {
    let Value::Object(map) = schema else {
        return false;
    };
    let null_type = match map.get("type") {
        Some(Value::String(t)) => t == "null",
        Some(Value::Array(ts)) => ts.len() == 1 && ts[0] == "null",
        _ => false,
    };
    null_type
        && map
            .keys()
            .all(|k| matches!(k.as_str(), "type" | "description" | "title"))
}

/// The values of a list of schemas that are each a string `const` (or a one-value string
/// `enum`), with docs at most; `None` if any member is something else.
fn const_strings(members: Option<&Value>) -> Option<Vec<Value>> {
    let Some(Value::Array(members)) = members else {
        return None;
    };
    if members.is_empty() {
        return None;
    }
    members
        .iter()
        .map(|m| {
            let map = m.as_object()?;
            let value = match (map.get("const"), map.get("enum")) {
                (Some(v @ Value::String(_)), None) => v.clone(),
                (None, Some(Value::Array(one))) if one.len() == 1 && one[0].is_string() => {
                    one[0].clone()
                }
                _ => return None,
            };
            let docs_only = map.keys().all(|k| {
                matches!(
                    k.as_str(),
                    "const" | "enum" | "type" | "title" | "description"
                ) && (k != "type" || map.get("type").is_some_and(|t| t == "string"))
            });
            docs_only.then_some(value)
        })
        .collect()
}

/// The JSON Schema type of a value.
fn json_type(value: &Value) -> Option<&'static str> {
    match value {
        Value::String(_) => Some("string"),
        Value::Bool(_) => Some("boolean"),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some("integer"),
        Value::Number(_) => Some("number"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema(mut v: Value) -> Value {
        upgrade(&mut v, Kind::Schema);
        v
    }

    #[test]
    fn type_lists_become_nullable_types() {
        assert_eq!(
            schema(json!({"type": ["string", "null"]})),
            json!({"type": "string", "nullable": true})
        );
        assert_eq!(schema(json!({"type": "null"})), json!({"nullable": true}));
        assert_eq!(schema(json!({"type": ["string", "integer"]})), json!({}));
    }

    #[test]
    fn const_and_const_unions_become_enums() {
        assert_eq!(
            schema(json!({"const": "a"})),
            json!({"type": "string", "enum": ["a"]})
        );
        assert_eq!(
            schema(json!({"oneOf": [
                {"title": "A", "const": "a"},
                {"const": "b", "description": "the b"},
                {"type": "null"}
            ]})),
            json!({"type": "string", "enum": ["a", "b"], "nullable": true})
        );
        // An integer `const` member keeps the union as it is.
        let mixed = json!({"oneOf": [{"const": "a"}, {"const": 1}]});
        assert_eq!(
            schema(mixed),
            json!({"oneOf": [{"type": "string", "enum": ["a"]}, {"type": "integer", "enum": [1]}]})
        );
    }

    #[test]
    fn null_members_make_the_union_nullable() {
        assert_eq!(
            schema(json!({"anyOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]})),
            json!({"anyOf": [{"$ref": "#/components/schemas/A"}], "nullable": true})
        );
    }

    #[test]
    fn nested_schemas_in_operations_are_rewritten() {
        let mut item = json!({"get": {
            "parameters": [{"name": "q", "in": "query", "schema": {"type": ["integer", "null"]}}],
            "responses": {"200": {"content": {"application/json": {"schema": {
                "type": "object",
                "properties": {"n": {"type": "number", "exclusiveMinimum": 0, "examples": [1.5]}},
                "additionalProperties": {"type": ["boolean", "null"]}
            }}}}}
        }});
        upgrade(&mut item, Kind::PathItem);
        assert_eq!(
            item["get"]["parameters"][0]["schema"],
            json!({"type": "integer", "nullable": true})
        );
        let body = &item["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert_eq!(
            body["properties"]["n"],
            json!({"type": "number", "minimum": 0, "exclusiveMinimum": true, "example": 1.5})
        );
        assert_eq!(
            body["additionalProperties"],
            json!({"type": "boolean", "nullable": true})
        );
    }

    #[test]
    fn a_ref_is_left_alone() {
        let r = json!({"$ref": "#/components/schemas/A", "type": ["object", "null"]});
        assert_eq!(schema(r.clone()), r);
    }
}
