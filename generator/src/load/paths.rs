//! The path items: read lightly (operation ids and tags) to apply the selection, then the
//! selected operations parsed, with the `$ref`s they make.

use super::pieces::{parse_raw, parse_value};
use super::slips::mend;
use super::v31::{Kind, upgrade};
use super::*;

/// The operations of one path item: id and tags, read without parsing the rest.
#[derive(Deserialize)]
pub(super) struct LightOperation {
    #[serde(rename = "operationId")]
    operation_id: Option<String>,
    #[serde(default)]
    tags: Vec<String>,
}

/// A path item's operations, read without the rest of it.
#[derive(Deserialize)]
pub(super) struct LightPathItem {
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

/// Collects every `"$ref"` string inside `value`.
pub(super) fn collect_refs(value: &Value, out: &mut Vec<String>) {
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

/// The selected path items, parsed, and what was learnt on the way.
pub(super) struct PathsRead {
    pub(super) paths: Paths,
    pub(super) total_operations: usize,
    pub(super) found_ids: BTreeSet<String>,
    /// The `$ref`s the selected operations make.
    pub(super) wanted: VecDeque<String>,
    pub(super) diags: Diagnostics,
    /// The slips read in their one sensible way.
    pub(super) warnings: Vec<Diagnostic>,
}

/// Parses every path item (for --all), in parallel; they keep their order. `v31`: the document
/// is OpenAPI 3.1, each piece rewritten into 3.0 form first.
pub(super) fn read_all_paths(raw_paths: &IndexMap<String, &RawValue>, v31: bool) -> PathsRead {
    use rayon::prelude::*;
    let entries: Vec<(&String, &&RawValue)> = raw_paths
        .iter()
        .filter(|(path, _)| !path.starts_with("x-"))
        .collect();
    type Parsed<'p> = (
        &'p String,
        Result<ReferenceOr<openapiv3::PathItem>, Diagnostic>,
        Vec<Diagnostic>,
    );
    let parsed: Vec<Parsed<'_>> = entries
        .into_par_iter()
        .map(|(path, raw)| {
            let pointer = child("/paths", path);
            let mut warnings = Vec::new();
            let parsed = if v31 {
                parse_raw::<Value>(raw.get(), &pointer, "path item").and_then(|mut value| {
                    mend(&mut value, &pointer, true, true, &mut warnings);
                    upgrade(&mut value, Kind::PathItem);
                    parse_value(&value, &pointer, "path item")
                })
            } else {
                parse_raw(raw.get(), &pointer, "path item").or_else(|first| {
                    // A slip with one sensible reading: read it again, mended.
                    let mut value: Value =
                        serde_json::from_str(raw.get()).map_err(|_| first.clone())?;
                    mend(&mut value, &pointer, true, false, &mut warnings);
                    if warnings.is_empty() {
                        return Err(first);
                    }
                    parse_value(&value, &pointer, "path item")
                })
            };
            (path, parsed, warnings)
        })
        .collect();
    let mut read = PathsRead {
        paths: Paths::default(),
        total_operations: 0,
        found_ids: BTreeSet::new(),
        wanted: VecDeque::new(),
        diags: Diagnostics::default(),
        warnings: Vec::new(),
    };
    for (path, result, warnings) in parsed {
        read.warnings.extend(warnings);
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
pub(super) fn read_paths(
    raw_paths: &IndexMap<String, &RawValue>,
    selection: &Selection,
    v31: bool,
) -> PathsRead {
    let mut total_operations = 0;
    let mut found_ids: BTreeSet<String> = BTreeSet::new();
    let mut paths = Paths::default();
    let mut wanted: VecDeque<String> = VecDeque::new();
    let mut diags = Diagnostics::default();
    let mut warnings = Vec::new();
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
        mend(&mut value, &pointer, true, v31, &mut warnings);
        if v31 {
            upgrade(&mut value, Kind::PathItem);
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
        warnings,
    }
}
