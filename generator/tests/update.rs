//! `generator update NEW_SPEC` on a copy of this repository's layout (`spec/` and
//! `generated/`), with the 2026-01-07 release of api_v2010 as the current spec and today's as
//! the new one: the report, the spec dropped in, the crate regenerated, its version raised by
//! the bump and a changelog entry; `--dry-run` and a bad spec change no file.

use std::path::PathBuf;

mod common;

use common::{generator, repo, snapshot, text};

struct Layout {
    _dir: tempfile::TempDir,
    root: PathBuf,
    select: String,
    out: String,
}

/// `spec/` with the older spec and this repository's selection, and `generated/` made from it.
fn layout() -> Layout {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path().to_path_buf();
    std::fs::create_dir(root.join("spec")).expect("mkdir");
    std::fs::copy(
        repo().join("spec/select.yaml"),
        root.join("spec/select.yaml"),
    )
    .expect("copy");
    std::fs::copy(
        repo().join("../shared/spec-history/twilio_api_v2010.2026-01-07.json"),
        root.join("spec/twilio_api_v2010.json"),
    )
    .expect("copy");
    let select = root.join("spec/select.yaml").to_string_lossy().into_owned();
    let out = root.join("generated").to_string_lossy().into_owned();
    let made = generator(&["--select", &select, "--out", &out]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    Layout {
        _dir: dir,
        root,
        select,
        out,
    }
}

#[test]
fn update_drops_in_the_spec_regenerates_bumps_and_logs() {
    let l = layout();
    let new_spec = repo().join("spec/twilio_api_v2010.json");
    let new_spec = new_spec.to_string_lossy().into_owned();
    let before = snapshot(&l.root);

    // The bump the two specs call for, worked out with the library.
    let old_bytes = std::fs::read(l.root.join("spec/twilio_api_v2010.json")).expect("old");
    let new_bytes = std::fs::read(&new_spec).expect("new");
    let report = generator::diff::diff(&old_bytes, &new_bytes, Default::default()).expect("diff");
    let bump = report.bump();
    assert_ne!(bump, "none", "the two releases differ");
    let version = generator::update::bumped_version("0.1.0", bump).expect("version");

    // A dry run says what it would do and writes nothing.
    let dry = generator(&[
        "update",
        &new_spec,
        "--select",
        &l.select,
        "--out",
        &l.out,
        "--dry-run",
    ]);
    let stdout = text(&dry.stdout);
    assert!(dry.status.success(), "{}", text(&dry.stderr));
    assert!(stdout.starts_with("Summary\n"), "{stdout}");
    assert!(
        stdout.contains(&format!("version 0.1.0 -> {version} (bump: {bump})")),
        "{stdout}"
    );
    assert!(stdout.contains("dry run: nothing was written"), "{stdout}");
    assert_eq!(snapshot(&l.root), before, "a dry run writes nothing");

    // A spec that cannot be read or generated changes nothing.
    let bad = l.root.join("bad.json");
    std::fs::write(&bad, r#"{"openapi": "3.0.1", "paths": {"/x": {"get": 5}}}"#).expect("write");
    let before_bad = snapshot(&l.root);
    let refused = generator(&[
        "update",
        &bad.to_string_lossy(),
        "--select",
        &l.select,
        "--out",
        &l.out,
    ]);
    assert_eq!(refused.status.code(), Some(1));
    let stderr = text(&refused.stderr);
    assert!(
        stderr.contains("nothing was changed") && stderr.contains("-->"),
        "{stderr}"
    );
    assert_eq!(snapshot(&l.root), before_bad, "a bad spec changes no file");
    std::fs::remove_file(&bad).expect("remove");

    // The update itself.
    let done = generator(&["update", &new_spec, "--select", &l.select, "--out", &l.out]);
    assert!(done.status.success(), "{}", text(&done.stderr));
    assert_eq!(
        std::fs::read(l.root.join("spec/twilio_api_v2010.json")).expect("spec"),
        new_bytes,
        "the new spec is in spec/ as it was given"
    );
    let select = std::fs::read_to_string(&l.select).expect("select");
    assert!(
        select.contains(&format!("\nversion: {version}\n")),
        "{select}"
    );
    assert!(
        select.starts_with("# What goes into generated/"),
        "comments are kept"
    );
    let manifest = std::fs::read_to_string(l.root.join("generated/Cargo.toml")).expect("manifest");
    assert!(
        manifest.contains(&format!("\nversion = \"{version}\"\n")),
        "{manifest}"
    );
    let log = std::fs::read_to_string(l.root.join("spec/CHANGELOG.md")).expect("changelog");
    assert!(
        log.starts_with(&format!("# Changelog\n\n## {version} (")),
        "{log}"
    );
    assert!(
        log.contains("\n### Summary\n")
            && log.contains(&format!("semver bump for the generated crate: **{bump}**")),
        "{log}"
    );
    assert_eq!(
        std::fs::read_to_string(l.root.join("generated/CHANGELOG.md")).expect("crate changelog"),
        log,
        "the crate carries the changelog"
    );
    let leftovers: Vec<_> = snapshot(&l.root)
        .into_iter()
        .filter(|(p, _, _)| {
            p.to_string_lossy().contains(".update-") || p.to_string_lossy().contains("staging")
        })
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");

    // What was written is what the generator makes from it: `--check` is fresh.
    let check = generator(&["--select", &l.select, "--out", &l.out, "--check"]);
    assert!(
        check.status.success(),
        "{}{}",
        text(&check.stdout),
        text(&check.stderr)
    );

    // The same spec again: nothing to bump, no new entry.
    let again = generator(&["update", &new_spec, "--select", &l.select, "--out", &l.out]);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert!(text(&again.stdout).contains(&format!("version {version} -> {version} (bump: none)")));
    assert_eq!(
        std::fs::read_to_string(l.root.join("spec/CHANGELOG.md")).expect("changelog"),
        log
    );
}

/// In a crate made of several specs (spec/twilio.yaml), the new spec replaces the one of its
/// name: that product's module is regenerated, the version is raised by its bump, and the
/// changelog entry names the product; the other products' specs are left as they were.
#[test]
fn update_of_a_crate_of_several_specs_replaces_the_spec_of_its_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::create_dir(root.join("spec")).expect("mkdir");
    for name in [
        "twilio.yaml",
        "twilio_verify_v2.json",
        "twilio_messaging_v1.json",
    ] {
        std::fs::copy(repo().join("spec").join(name), root.join("spec").join(name)).expect("copy");
    }
    std::fs::copy(
        repo().join("../shared/spec-history/twilio_api_v2010.2026-01-07.json"),
        root.join("spec/twilio_api_v2010.json"),
    )
    .expect("copy");
    let select = root.join("spec/twilio.yaml").to_string_lossy().into_owned();
    let out = root.join("twilio").to_string_lossy().into_owned();
    let made = generator(&["--select", &select, "--out", &out]);
    assert!(made.status.success(), "{}", text(&made.stderr));
    let verify_before = std::fs::read(root.join("spec/twilio_verify_v2.json")).expect("verify");
    let verify_module_before = std::fs::read_to_string(root.join("twilio/src/verify_v2/mod.rs"))
        .expect("the verify_v2 module");

    // A spec of no product of the crate is refused, naming the ones it has.
    let stray = root.join("twilio_lookups_v2.json");
    std::fs::copy(repo().join("spec/twilio_api_v2010.json"), &stray).expect("copy");
    let refused = generator(&[
        "update",
        &stray.to_string_lossy(),
        "--select",
        &select,
        "--out",
        &out,
    ]);
    assert!(!refused.status.success());
    let stderr = text(&refused.stderr);
    assert!(
        stderr.contains("no spec of the crate is named twilio_lookups_v2.json")
            && stderr.contains("twilio_verify_v2.json"),
        "{stderr}"
    );

    let new_spec = repo().join("spec/twilio_api_v2010.json");
    let new_bytes = std::fs::read(&new_spec).expect("new");
    let old_bytes = std::fs::read(root.join("spec/twilio_api_v2010.json")).expect("old");
    let bump = generator::diff::diff(&old_bytes, &new_bytes, Default::default())
        .expect("diff")
        .bump();
    let version = generator::update::bumped_version("0.1.0", bump).expect("version");
    let done = generator(&[
        "update",
        &new_spec.to_string_lossy(),
        "--select",
        &select,
        "--out",
        &out,
    ]);
    assert!(done.status.success(), "{}", text(&done.stderr));
    assert!(
        text(&done.stdout).contains("(the product `api_v2010`)"),
        "{}",
        text(&done.stdout)
    );
    assert_eq!(
        std::fs::read(root.join("spec/twilio_api_v2010.json")).expect("spec"),
        new_bytes
    );
    assert_eq!(
        std::fs::read(root.join("spec/twilio_verify_v2.json")).expect("verify"),
        verify_before,
        "the other products' specs are left as they were"
    );
    let select_text = std::fs::read_to_string(&select).expect("select");
    assert!(
        select_text.contains(&format!("\nversion: {version}\n")),
        "{select_text}"
    );
    let log = std::fs::read_to_string(root.join("spec/CHANGELOG.md")).expect("changelog");
    assert!(
        log.contains("Regenerated from a new `twilio_api_v2010.json` (the product `api_v2010`)"),
        "{log}"
    );
    let manifest = std::fs::read_to_string(root.join("twilio/Cargo.toml")).expect("manifest");
    assert!(
        manifest.contains(&format!("\nversion = \"{version}\"\n")),
        "{manifest}"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("twilio/src/verify_v2/mod.rs")).expect("module"),
        verify_module_before,
        "an unchanged product's files are unchanged"
    );
    // The crate is what the generator makes from the updated selection.
    let check = generator(&["--select", &select, "--out", &out, "--check"]);
    assert!(check.status.success(), "{}", text(&check.stdout));
}
