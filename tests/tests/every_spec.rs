//! A representative subset of Twilio's published specs, the whole api_v2010 included, generated
//! with `--all` and checked with clippy (warnings denied, all targets and features), in CI's time
//! budget. `scripts/check-all-specs.py` does the same for all 55 and prints a table.

use generator::Config;

/// Specs that between them use every construct the generator maps: api_v2010's paging and
/// nested resources, the newer APIs' `meta.next_page_url`, JSON bodies, a `oneOf` body, enum and
/// date path parameters, headers, and hosts of their own; marketplace_v1 has `/v1/Listings` with
/// two operations beside `/v1/Listing/{Sid}`, names that once collided; lookups_v2 has an enum
/// named `ValidationError`, like the runtime's error type.
const SUBSET: [&str; 8] = [
    "twilio_api_v2010.json",
    "twilio_messaging_v1.json",
    "twilio_messaging_v3.json",
    "twilio_numbers_v1.json",
    "twilio_voice_v1.json",
    "twilio_conversations_v1.json",
    "twilio_marketplace_v1.json",
    "twilio_lookups_v2.json",
];

#[test]
fn a_representative_subset_generates_and_passes_clippy() {
    let root = tests::repo_root();
    let specs = root.join("../shared/spec-reference");
    let dir = tempfile::tempdir().expect("tempdir");
    let mut members = Vec::new();
    for name in SUBSET {
        let bytes = std::fs::read(specs.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let generated = generator::generate(&bytes, &Config::all(name))
            .unwrap_or_else(|d| panic!("{name}:\n{d}"));
        assert!(!generated.api.operations.is_empty(), "{name}");
        assert_eq!(
            generated.api.operations.len(),
            generated.total_operations,
            "{name}: every operation"
        );
        let member = name.trim_end_matches(".json");
        for (path, text) in &generated.files {
            let target = dir.path().join(member).join(path);
            std::fs::create_dir_all(target.parent().expect("parent")).expect("folders");
            std::fs::write(target, text).expect("write");
        }
        members.push(format!("\"{member}\""));
    }
    std::fs::write(
        dir.path().join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .expect("workspace");
    std::fs::copy(root.join("Cargo.lock"), dir.path().join("Cargo.lock")).expect("lock file");
    let clippy = std::process::Command::new(env!("CARGO"))
        .args([
            "clippy",
            "--offline",
            "--workspace",
            "--all-targets",
            "--all-features",
            "--",
            "-D",
            "warnings",
        ])
        .current_dir(dir.path())
        .env("CARGO_TARGET_DIR", root.join("target"))
        .output()
        .expect("cargo runs");
    assert!(
        clippy.status.success(),
        "{}",
        String::from_utf8_lossy(&clippy.stderr)
    );
}
