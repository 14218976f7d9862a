//! The components: all of them with `--all`, otherwise those reachable through `$ref` from
//! the selected operations, each parsed on its own.

use super::paths::collect_refs;
use super::pieces::{parse_piece, parse_raw};
use super::v31::{Kind, upgrade};
use super::*;

/// Parses the components: all of them with --all, otherwise those reachable from `wanted`.
pub(super) fn read_components(
    raw_components: &IndexMap<String, IndexMap<String, &RawValue>>,
    mut wanted: VecDeque<String>,
    selection: &Selection,
    v31: bool,
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
        // A 3.1 piece is read as JSON and rewritten into 3.0 form (`v31.rs`) before it is parsed.
        let value: Value = if selection.all && !v31 {
            Value::Null
        } else {
            match parse_raw(raw.get(), &pointer, "component") {
                Ok(mut v) => {
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
            // 3.1's reusable path items: only reached through a path's `$ref`, which the
            // lowering reports where it is.
            "pathItems" if v31 => Ok(()),
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
