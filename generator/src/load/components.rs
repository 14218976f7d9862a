//! The components: all of them with `--all`, otherwise those reachable through `$ref` from
//! the selected operations, each parsed on its own; and what `$ref`s name anywhere else in the
//! document (a member of an `allOf`, a property, a path's parameter), in [`Extra`].

use super::paths::collect_refs;
use super::pieces::{parse_piece, parse_raw, parse_value};
use super::slips::mend;
use super::v31::{Kind, upgrade};
use super::*;

/// What [`read_components`] found.
pub(super) struct ComponentsRead {
    pub(super) components: Components,
    pub(super) extra: Extra,
    pub(super) diags: Diagnostics,
    pub(super) warnings: Vec<Diagnostic>,
}

/// Where a `$ref` may point: the raw components, the raw path items.
pub(super) struct Raw<'r, 'a> {
    pub(super) components: &'r IndexMap<String, IndexMap<String, &'a RawValue>>,
    pub(super) paths: &'r IndexMap<String, &'a RawValue>,
}

/// Parses the components: all of them with --all, otherwise those reachable from `wanted`;
/// and the targets of `$ref`s that name no component of their own (`extra_refs`, with those
/// found on the way).
pub(super) fn read_components(
    raw: &Raw<'_, '_>,
    mut wanted: VecDeque<String>,
    selection: &Selection,
    v31: bool,
) -> ComponentsRead {
    let raw_components = raw.components;
    let mut diags = Diagnostics::default();
    let mut warnings = Vec::new();
    let mut extra = Extra::default();
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
            // With --all nothing is read as a value, so `$ref`s to other places are found in
            // the text.
            for text in entries.values() {
                scan_refs(text.get(), &mut wanted);
            }
        }
        for text in raw.paths.values() {
            scan_refs(text.get(), &mut wanted);
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
        // External references are reported by the lowering, at their use.
        let Some(tokens) = crate::diag::ref_tokens(&reference) else {
            continue;
        };
        let [section, kind, name] = tokens.as_slice() else {
            if let Some(found) = read_extra(raw, &reference, &tokens, v31, &mut extra) {
                match found {
                    Ok(value) => {
                        let mut refs = Vec::new();
                        collect_refs(&value, &mut refs);
                        wanted.extend(refs);
                    }
                    Err(d) => diags.push(d),
                }
            }
            continue;
        };
        if section != "components" {
            continue;
        }
        let Some(raw_piece) = raw_components.get(kind).and_then(|m| m.get(name)) else {
            continue; // Dangling: the lowering reports it where the `$ref` is.
        };
        let pointer = crate::diag::pointer(["components", kind.as_str(), name.as_str()]);
        // A 3.1 piece is read as JSON and rewritten into 3.0 form (`v31.rs`) before it is parsed.
        let value: Value = if selection.all && !v31 {
            Value::Null
        } else {
            match parse_raw(raw_piece.get(), &pointer, "component") {
                Ok(mut v) => {
                    mend(&mut v, &pointer, false, v31, &mut warnings);
                    if v31 {
                        upgrade(&mut v, Kind::of_section(kind));
                    }
                    v
                }
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
        let result = match parse_component(
            &mut components,
            kind,
            name,
            raw_piece,
            &value,
            &pointer,
            v31,
        ) {
            // A piece read straight from its text that does not parse may hold a slip with one
            // sensible reading: read it again, mended.
            Err(d) if value.is_null() => {
                let mut mended = Vec::new();
                match parse_raw::<Value>(raw_piece.get(), &pointer, "component") {
                    Ok(mut v) => {
                        mend(&mut v, &pointer, false, v31, &mut mended);
                        if mended.is_empty() {
                            Err(d)
                        } else {
                            let again = parse_component(
                                &mut components,
                                kind,
                                name,
                                raw_piece,
                                &v,
                                &pointer,
                                v31,
                            );
                            warnings.extend(mended);
                            again
                        }
                    }
                    Err(_) => Err(d),
                }
            }
            other => other,
        };
        if let Err(d) = result {
            diags.push(d);
        }
    }
    sort_components(&mut components);
    ComponentsRead {
        components,
        extra,
        diags,
        warnings,
    }
}

/// Parses one component of section `kind` into `components`, from its raw text (when `value`
/// is null) or from `value`.
fn parse_component(
    components: &mut Components,
    kind: &str,
    name: &str,
    raw: &RawValue,
    value: &Value,
    pointer: &str,
    v31: bool,
) -> Result<(), Diagnostic> {
    let name = name.to_owned();
    match kind {
        "schemas" => parse_piece(raw, value, pointer, "schema").map(|v| {
            components.schemas.insert(name, v);
        }),
        "responses" => parse_piece(raw, value, pointer, "response").map(|v| {
            components.responses.insert(name, v);
        }),
        "parameters" => parse_piece(raw, value, pointer, "parameter").map(|v| {
            components.parameters.insert(name, v);
        }),
        "examples" => parse_piece(raw, value, pointer, "example").map(|v| {
            components.examples.insert(name, v);
        }),
        "requestBodies" => parse_piece(raw, value, pointer, "request body").map(|v| {
            components.request_bodies.insert(name, v);
        }),
        "headers" => parse_piece(raw, value, pointer, "header").map(|v| {
            components.headers.insert(name, v);
        }),
        "securitySchemes" => parse_piece(raw, value, pointer, "security scheme").map(|v| {
            components.security_schemes.insert(name, v);
        }),
        "links" => parse_piece(raw, value, pointer, "link").map(|v| {
            components.links.insert(name, v);
        }),
        "callbacks" => parse_piece(raw, value, pointer, "callback").map(|v| {
            components.callbacks.insert(name, v);
        }),
        // 3.1's reusable path items: only reached through a path's `$ref`, which the
        // lowering reports where it is.
        "pathItems" if v31 => Ok(()),
        _ => Err(load_error(
            crate::diag::pointer(["components", kind]),
            format!(
                "unknown components section `{kind}`; known: {}",
                COMPONENT_KINDS.join(", ")
            ),
        )),
    }
}

/// Reads what a `$ref` names when it is not a component of its own
/// (`#/components/schemas/Tag/allOf/0`, `#/paths/~1jobs/get/parameters/1`) into `extra`, as
/// the kind of piece that place holds: a parameter (`…/parameters/N`), a request body
/// (`…/requestBody`), a response (`…/responses/CODE`), else a schema. Gives the value read (for
/// the references it makes), an error if it is not a valid piece of its kind, or `None` if the
/// document has nothing there (the lowering reports that at the `$ref`).
fn read_extra(
    raw: &Raw<'_, '_>,
    reference: &str,
    tokens: &[String],
    v31: bool,
    extra: &mut Extra,
) -> Option<Result<Value, Diagnostic>> {
    let mut value = value_at(raw, tokens, 0)?;
    let pointer = crate::diag::pointer(tokens);
    let last = tokens.last().map(String::as_str);
    let before = tokens
        .len()
        .checked_sub(2)
        .and_then(|i| tokens.get(i))
        .map(String::as_str);
    let kind = match (before, last) {
        (_, Some("requestBody")) => Kind::RequestBody,
        (Some("responses"), _) => Kind::Response,
        (Some("parameters"), _) => Kind::Parameter,
        _ => Kind::Schema,
    };
    let mut ignored = Vec::new();
    mend(&mut value, &pointer, false, v31, &mut ignored);
    if v31 {
        upgrade(&mut value, kind);
    }
    let key = reference.to_owned();
    let parsed = match kind {
        Kind::RequestBody => parse_value(&value, &pointer, "request body").map(|v| {
            extra.request_bodies.insert(key, v);
        }),
        Kind::Response => parse_value(&value, &pointer, "response").map(|v| {
            extra.responses.insert(key, v);
        }),
        Kind::Parameter => parse_value(&value, &pointer, "parameter").map(|v| {
            extra.parameters.insert(key, v);
        }),
        _ => parse_value(&value, &pointer, "schema").map(|v| {
            extra.schemas.insert(key, v);
        }),
    };
    Some(parsed.map(|()| value))
}

/// The JSON value at `tokens` (a pointer's, unescaped) in the raw document, following `$ref`s
/// met on the way (a property of a schema that is itself a `$ref`), a few deep at most.
fn value_at(raw: &Raw<'_, '_>, tokens: &[String], hops: usize) -> Option<Value> {
    if hops > 8 {
        return None;
    }
    let (root, rest): (&RawValue, &[String]) = match tokens {
        [section, kind, name, rest @ ..] if section == "components" => {
            (*raw.components.get(kind)?.get(name)?, rest)
        }
        [section, path, rest @ ..] if section == "paths" => (*raw.paths.get(path)?, rest),
        _ => return None,
    };
    let mut node: Value = serde_json::from_str(root.get()).ok()?;
    for (i, token) in rest.iter().enumerate() {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            let mut through = crate::diag::ref_tokens(reference)?;
            through.extend(rest[i..].iter().cloned());
            return value_at(raw, &through, hops + 1);
        }
        node = match node {
            Value::Object(mut map) => map.remove(token)?,
            Value::Array(mut items) => {
                let at = token.parse::<usize>().ok().filter(|&at| at < items.len())?;
                items.swap_remove(at)
            }
            _ => return None,
        };
    }
    Some(node)
}

/// Adds every `"$ref"` string in `text` (JSON) to `out`, without parsing the rest.
pub(super) fn scan_refs(text: &str, out: &mut VecDeque<String>) {
    let finder = memchr::memmem::Finder::new(b"\"$ref\"");
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(found) = finder.find(&bytes[at..]) {
        let mut i = at + found + 6;
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b':') {
            i += 1;
        }
        at = i;
        if bytes.get(i) != Some(&b'"') {
            continue;
        }
        // The string's end: the next quote not escaped.
        let mut end = i + 1;
        while end < bytes.len() && bytes[end] != b'"' {
            end += if bytes[end] == b'\\' { 2 } else { 1 };
        }
        if let Some(Ok(reference)) = text.get(i..=end).map(serde_json::from_str::<String>) {
            // Only what the components' own entries do not hold needs looking for.
            let plain = crate::diag::ref_tokens(&reference)
                .is_some_and(|t| t.len() == 3 && t[0] == "components");
            if !plain {
                out.push_back(reference);
            }
        }
        at = end + 1;
    }
}

/// Sorts each components section by name, so output never depends on the order of discovery.
pub(super) fn sort_components(c: &mut Components) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refs_are_found_in_text_without_parsing_it() {
        let mut out = VecDeque::new();
        scan_refs(
            r##"{"a": {"$ref" : "#/components/schemas/Tag/allOf/0"}, "b": {"$ref":"#/components/schemas/Plain"}, "c": {"$ref": "#/paths/~1x~1%7Bid%7D/get/parameters/1"}, "d": "$ref"}"##,
            &mut out,
        );
        assert_eq!(
            Vec::from(out),
            [
                "#/components/schemas/Tag/allOf/0",
                "#/paths/~1x~1%7Bid%7D/get/parameters/1"
            ]
        );
    }
}
