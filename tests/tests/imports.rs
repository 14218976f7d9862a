//! The generator's modules import each other without a circle: no module uses another that
//! uses it back, directly or through others (a module's use of its own parent, `super::*`, is
//! the module tree, not an import between peers).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every module of `generator/src` by its path (`render::cli`), with its text, tests left out.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("a source folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, root, out);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let rel = path
                .strip_prefix(root)
                .expect("under the root")
                .with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
                parts.pop();
            }
            let text = std::fs::read_to_string(&path).expect("a source file");
            let text = match text.find("#[cfg(test)]\nmod tests") {
                Some(at) => text[..at].to_owned(),
                None => text,
            };
            out.insert(parts.join("::"), text);
        }
    }
    let root = tests::repo_root().join("generator/src");
    let mut out = BTreeMap::new();
    walk(&root, &root, &mut out);
    out
}

/// The module a path in `from` names (`super::layout::Module` in `render::cli` is
/// `render::layout`): its longest prefix that is a module.
fn target(from: &str, path: &str, names: &BTreeSet<String>) -> Option<String> {
    let mut segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let mut base: Vec<&str> = if from.is_empty() {
        Vec::new()
    } else {
        from.split("::").collect()
    };
    match segments.first() {
        Some(&"crate") => {
            base.clear();
            segments.remove(0);
        }
        Some(&"super") => {
            while segments.first() == Some(&"super") {
                base.pop();
                segments.remove(0);
            }
        }
        Some(&"self") => {
            segments.remove(0);
        }
        _ => return None,
    }
    (0..=segments.len()).rev().find_map(|take| {
        let mut name = base.clone();
        name.extend(&segments[..take]);
        let name = name.join("::");
        names.contains(&name).then_some(name)
    })
}

/// Each module's imports of other modules, its ancestors left out.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let modules = modules();
    let names: BTreeSet<String> = modules.keys().cloned().collect();
    let mut graph = BTreeMap::new();
    for (name, text) in &modules {
        let mut edges = BTreeSet::new();
        for (at, _) in text.match_indices("::") {
            // The path this `::` belongs to, from its first segment.
            let start = text[..at]
                .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(0, |i| i + 1);
            let end = text[at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .map_or(text.len(), |i| at + i);
            let path = &text[start..end];
            if !(path.starts_with("crate::")
                || path.starts_with("super::")
                || path.starts_with("self::"))
            {
                continue;
            }
            if let Some(to) = target(name, path, &names) {
                let ancestor = to.is_empty() || name.starts_with(&format!("{to}::"));
                if to != *name && !ancestor {
                    edges.insert(to);
                }
            }
        }
        graph.insert(name.clone(), edges);
    }
    graph
}

#[test]
fn no_module_of_the_generator_imports_one_that_imports_it_back() {
    let graph = graph();
    assert!(graph.len() > 40, "{} modules", graph.len());
    // A module is in a circle when it reaches itself.
    let mut circles = Vec::new();
    for start in graph.keys() {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<(&String, Vec<&String>)> = vec![(start, vec![start])];
        while let Some((at, trail)) = stack.pop() {
            for next in graph.get(at).into_iter().flatten() {
                if next == start {
                    let names: Vec<&str> = trail.iter().map(|s| s.as_str()).collect();
                    circles.push(format!("{} -> {start}", names.join(" -> ")));
                } else if seen.insert(next) {
                    let mut longer = trail.clone();
                    longer.push(next);
                    stack.push((next, longer));
                }
            }
        }
    }
    assert!(
        circles.is_empty(),
        "modules that import each other: {circles:#?}"
    );
    // The check sees imports: `render::cli` uses `render::flags`.
    assert!(
        graph["render::cli"].contains("render::flags"),
        "{:?}",
        graph["render::cli"]
    );
}
