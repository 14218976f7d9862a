//! generated/ must be exactly what the generator makes from spec/ today: every file, and no
//! file it no longer makes.

use std::collections::BTreeSet;

use tests::{checked_in_config, read_tree, repo_root};

#[test]
fn generated_crate_is_fresh() {
    let (config, spec) = checked_in_config();
    let generated = generator::generate(&spec, &config)
        .unwrap_or_else(|d| panic!("the checked-in spec must generate:\n{d}"));
    let dir = repo_root().join("generated");
    let on_disk = read_tree(&dir);

    let paths: BTreeSet<&String> = on_disk.keys().chain(generated.files.keys()).collect();
    let mut stale = Vec::new();
    for path in paths {
        match (on_disk.get(path), generated.files.get(path)) {
            (Some(a), Some(b)) if a == b => {}
            (Some(_), Some(_)) => stale.push(format!("changed: generated/{path}")),
            (None, Some(_)) => stale.push(format!("missing: generated/{path}")),
            (Some(_), None) => {
                stale.push(format!("orphan (no longer generated): generated/{path}"))
            }
            (None, None) => {}
        }
    }
    if stale.is_empty() {
        return;
    }
    if std::env::var_os("CI").is_none() {
        // Locally, bring generated/ up to date, then still fail so the change gets reviewed.
        for (path, text) in &generated.files {
            let target = dir.join(path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).expect("create folder");
            }
            std::fs::write(&target, text).expect("write generated file");
        }
        for path in on_disk.keys().filter(|p| !generated.files.contains_key(*p)) {
            std::fs::remove_file(dir.join(path)).expect("remove orphan");
        }
        panic!(
            "generated/ was stale and has been rewritten; review and commit it:\n{}",
            stale.join("\n")
        );
    }
    panic!(
        "generated/ is stale: run `cargo run -p generator` and commit\n{}",
        stale.join("\n")
    );
}

#[test]
fn generation_is_deterministic() {
    let (config, spec) = checked_in_config();
    let first = generator::generate(&spec, &config).expect("generates");
    let second = generator::generate(&spec, &config).expect("generates");
    assert_eq!(first.files, second.files);
}
