//! Slips that real specs make and that have one sensible reading. Each is read that way, with a
//! warning at its pointer, rather than refusing the spec: only what cannot be read is an error.
//!
//! - `required: true` (or `false`) on a property's own schema, where OpenAPI 3.x wants the
//!   property's name in its object's `required` list (a large AI vendor's spec does this);
//! - an operation without `responses` (allowed by 3.1, a slip in 3.0): it documents no answer,
//!   as `responses: {}` says.
//!
//! A piece is mended only where it is read as a JSON value: always for 3.1 and for a selection,
//! and for 3.0 with `--all` when a piece does not parse as it is (each of these slips makes it
//! fail), so a spec without slips costs nothing more.

use super::*;

/// Mends `value`, a piece at `pointer` (a path item when `path_item`), in place; one warning per
/// slip. `v31`: the document is 3.1, where an operation may leave `responses` out.
pub(super) fn mend(
    value: &mut Value,
    pointer: &str,
    path_item: bool,
    v31: bool,
    warnings: &mut Vec<Diagnostic>,
) {
    if path_item && let Value::Object(item) = value {
        for method in METHODS {
            if let Some(Value::Object(op)) = item.get_mut(method)
                && !op.contains_key("responses")
            {
                op.insert(
                    "responses".to_owned(),
                    Value::Object(serde_json::Map::new()),
                );
                if !v31 {
                    warnings.push(slip(
                        child(pointer, method),
                        "an operation without `responses`; read as `responses: {}` (it documents no answer)",
                    ));
                }
            }
        }
    }
    mend_required(value, pointer, warnings);
}

/// Moves each boolean `required` of a property into its object's `required` list, everywhere
/// inside `value` (properties only appear in schemas, so no other piece is touched).
fn mend_required(value: &mut Value, pointer: &str, warnings: &mut Vec<Diagnostic>) {
    match value {
        Value::Object(map) => {
            let mut wanted: Vec<String> = Vec::new();
            if let Some(Value::Object(props)) = map.get_mut("properties") {
                for (name, prop) in props.iter_mut() {
                    let Value::Object(prop) = prop else { continue };
                    if let Some(Value::Bool(required)) = prop.get("required").cloned() {
                        prop.remove("required");
                        let at = child(&child(&child(pointer, "properties"), name), "required");
                        warnings.push(slip(
                            at,
                            &format!(
                                "`required: {required}` on the property itself; read as {}",
                                if required {
                                    format!("`{name}` in its object's `required` list")
                                } else {
                                    "an optional property".to_owned()
                                }
                            ),
                        ));
                        if required {
                            wanted.push(name.clone());
                        }
                    }
                }
            }
            if !wanted.is_empty() {
                let list = map
                    .entry("required")
                    .or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(list) = list {
                    for name in wanted {
                        if !list.iter().any(|v| v.as_str() == Some(name.as_str())) {
                            list.push(Value::String(name));
                        }
                    }
                }
            }
            for (key, inner) in map.iter_mut() {
                mend_required(inner, &child(pointer, key), warnings);
            }
        }
        Value::Array(items) => {
            for (i, inner) in items.iter_mut().enumerate() {
                mend_required(inner, &child(pointer, i.to_string()), warnings);
            }
        }
        _ => {}
    }
}

fn slip(pointer: String, message: &str) -> Diagnostic {
    load_error(pointer, message).as_warning()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_required_flag_on_a_property_joins_its_objects_list() {
        let mut value = serde_json::json!({
            "type": "object",
            "required": ["id"],
            "properties": {
                "id": {"type": "string"},
                "title": {"type": "string", "required": true},
                "note": {"type": "string", "required": false},
                "child": {"type": "object", "properties": {"x": {"type": "integer", "required": true}}}
            }
        });
        let mut warnings = Vec::new();
        mend(
            &mut value,
            "/components/schemas/T",
            false,
            false,
            &mut warnings,
        );
        assert_eq!(value["required"], serde_json::json!(["id", "title"]));
        assert!(value["properties"]["note"].get("required").is_none());
        assert_eq!(
            value["properties"]["child"]["required"],
            serde_json::json!(["x"])
        );
        let at: Vec<&str> = warnings.iter().map(|w| w.pointer.as_str()).collect();
        assert_eq!(
            at,
            [
                "/components/schemas/T/properties/title/required",
                "/components/schemas/T/properties/note/required",
                "/components/schemas/T/properties/child/properties/x/required",
            ]
        );
    }

    #[test]
    fn an_operation_without_responses_documents_no_answer() {
        let mut item = serde_json::json!({"get": {"operationId": "a"}, "post": {"responses": {"200": {"description": "ok"}}}});
        let mut warnings = Vec::new();
        mend(&mut item, "/paths/~1a", true, false, &mut warnings);
        assert_eq!(item["get"]["responses"], serde_json::json!({}));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].pointer, "/paths/~1a/get");
        let mut warnings = Vec::new();
        let mut item = serde_json::json!({"get": {"operationId": "a"}});
        mend(&mut item, "/paths/~1a", true, true, &mut warnings);
        assert!(warnings.is_empty(), "3.1 allows it");
    }
}
