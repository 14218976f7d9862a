//! Beyond Twilio: other vendors' real specs (OpenAPI 3.1, `allOf`, multipart, raw and text
//! bodies, operations without an `operationId`) generate with `--all` and pass clippy with
//! warnings denied and their doctests, and every body kind goes on the wire as it should.
//! `scripts/check-all-specs.py ../shared/third-party-specs` does the same for all 48 specs.

use generator::Config;

/// SendGrid's mail settings (3.1, as all of SendGrid's), Box (3.0 with 116 `allOf`s, multipart
/// uploads, a path value inside a segment, OPTIONS) and Discord (3.1, `const` unions, files).
const SUBSET: [&str; 3] = ["sendgrid_mail_settings_v3.json", "box.json", "discord.json"];

/// The integration test of the crate generated from `tests/fixtures/bodies.yaml`.
const WIRE_TEST: &str = "tests/fixtures/wire/bodies.rs";

#[test]
fn other_vendors_specs_generate_pass_clippy_and_send_every_body_kind() {
    let root = tests::repo_root();
    let specs = root.join("../shared/third-party-specs");
    let dir = tempfile::tempdir().expect("tempdir");
    let mut members = Vec::new();
    for name in SUBSET {
        let bytes = std::fs::read(specs.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let generated = generator::generate(&bytes, &Config::all(name))
            .unwrap_or_else(|d| panic!("{name}:\n{d}"));
        assert_eq!(
            generated.api.operations.len(),
            generated.total_operations,
            "{name}: every operation, nothing skipped"
        );
        let member = name.trim_end_matches(".json");
        tests::write_crate(dir.path(), member, &generated);
        members.push(member);
    }
    let fixture = std::fs::read(root.join("tests/fixtures/bodies.yaml")).expect("fixture");
    let bodies = generator::generate(&fixture, &Config::all("bodies.yaml")).expect("bodies");
    let crate_dir = tests::write_crate(dir.path(), "bodies", &bodies);
    members.push("bodies");
    // The fixture crate gets its wire test, and what that test needs.
    std::fs::create_dir_all(crate_dir.join("tests")).expect("tests folder");
    std::fs::copy(root.join(WIRE_TEST), crate_dir.join("tests/wire.rs")).expect("wire test");
    let manifest = crate_dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).expect("manifest");
    let text = text.replacen(
        "[dev-dependencies]\n",
        "[dev-dependencies]\nwiremock = \"0.6\"\nclap = { version = \"4\", default-features = false, features = [\"std\"] }\n",
        1,
    );
    std::fs::write(&manifest, text).expect("manifest");
    tests::check_crates(
        dir.path(),
        &members,
        &[&[
            "test",
            "--offline",
            "-p",
            "bodies",
            "--features",
            "cli",
            "--test",
            "wire",
        ]],
    );
}
