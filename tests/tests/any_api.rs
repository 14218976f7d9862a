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
    let mut write = |member: &str, generated: &generator::Generated| {
        for (path, text) in &generated.files {
            let target = dir.path().join(member).join(path);
            std::fs::create_dir_all(target.parent().expect("parent")).expect("folders");
            std::fs::write(target, text).expect("write");
        }
        members.push(format!("\"{member}\""));
    };
    for name in SUBSET {
        let bytes = std::fs::read(specs.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let generated = generator::generate(&bytes, &Config::all(name))
            .unwrap_or_else(|d| panic!("{name}:\n{d}"));
        assert_eq!(
            generated.api.operations.len(),
            generated.total_operations,
            "{name}: every operation, nothing skipped"
        );
        write(name.trim_end_matches(".json"), &generated);
    }
    let fixture = std::fs::read(root.join("tests/fixtures/bodies.yaml")).expect("fixture");
    let bodies = generator::generate(&fixture, &Config::all("bodies.yaml")).expect("bodies");
    write("bodies", &bodies);
    // The fixture crate gets its wire test, and what that test needs.
    let crate_dir = dir.path().join("bodies");
    std::fs::create_dir_all(crate_dir.join("tests")).expect("tests folder");
    std::fs::copy(root.join(WIRE_TEST), crate_dir.join("tests/wire.rs")).expect("wire test");
    let manifest = crate_dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).expect("manifest");
    let text = text.replacen(
        "[dev-dependencies]\n",
        "[dev-dependencies]\nwiremock = \"0.6\"\n",
        1,
    );
    std::fs::write(&manifest, text).expect("manifest");

    std::fs::write(
        dir.path().join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )
    .expect("workspace");
    std::fs::copy(root.join("Cargo.lock"), dir.path().join("Cargo.lock")).expect("lock file");
    let cargo = |args: &[&str]| {
        let run = std::process::Command::new(env!("CARGO"))
            .args(args)
            .current_dir(dir.path())
            .env("CARGO_TARGET_DIR", root.join("target"))
            .output()
            .expect("cargo runs");
        assert!(
            run.status.success(),
            "cargo {}:\n{}{}",
            args.join(" "),
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        );
    };
    cargo(&[
        "clippy",
        "--offline",
        "--workspace",
        "--all-targets",
        "--all-features",
        "--",
        "-D",
        "warnings",
    ]);
    cargo(&["test", "--offline", "--workspace", "--doc"]);
    cargo(&["test", "--offline", "-p", "bodies", "--test", "wire"]);
}
