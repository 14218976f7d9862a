//! Beyond Twilio: other vendors' real specs (OpenAPI 3.1, `allOf`, multipart, raw and text
//! bodies, operations without an `operationId`) generate with `--all` and pass clippy with
//! warnings denied and their doctests, and every body kind goes on the wire as it should; so do
//! the conformance fixtures (no servers, server variables, a relative server, security
//! requirements of several schemes), each with its wire test in `tests/fixtures/wire/`.
//! `scripts/check-all-specs.py ../shared/third-party-specs` does the same for all 48 specs.

use generator::Config;

/// SendGrid's mail settings (3.1, as all of SendGrid's), Box (3.0 with 116 `allOf`s, multipart
/// uploads, a path value inside a segment, OPTIONS) and Discord (3.1, `const` unions, files).
const SUBSET: [&str; 3] = ["sendgrid_mail_settings_v3.json", "box.json", "discord.json"];

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
        let member = name.trim_end_matches(".json").to_owned();
        tests::write_crate(dir.path(), &member, &generated);
        members.push(member);
    }
    // The fixture crates get their wire tests, and what those need: `bodies` (every body
    // kind and credential), and the conformance fixtures (servers, security requirements).
    let mut wired = Vec::new();
    let mut fixtures = vec![root.join("tests/fixtures/bodies.yaml")];
    fixtures.extend(tests::conformance::spec_files(&[
        root.join("tests/fixtures/conformance")
    ]));
    for fixture in fixtures {
        let file = fixture
            .file_name()
            .expect("a file")
            .to_string_lossy()
            .into_owned();
        let bytes = std::fs::read(&fixture).expect("fixture");
        let generated = generator::generate(&bytes, &Config::all(&file))
            .unwrap_or_else(|d| panic!("{file}:\n{d}"));
        let member = generated.api.package.clone();
        let crate_dir = tests::write_crate(dir.path(), &member, &generated);
        let stem = file.trim_end_matches(".yaml");
        let wire = root.join(format!("tests/fixtures/wire/{stem}.rs"));
        if wire.exists() {
            std::fs::create_dir_all(crate_dir.join("tests")).expect("tests folder");
            std::fs::copy(&wire, crate_dir.join("tests/wire.rs")).expect("wire test");
            let manifest = crate_dir.join("Cargo.toml");
            let text = std::fs::read_to_string(&manifest).expect("manifest");
            let text = text.replacen(
                "[dev-dependencies]\n",
                "[dev-dependencies]\nwiremock = \"0.6\"\nserde_json = \"1\"\nclap = { version = \"4\", default-features = false, features = [\"std\"] }\n",
                1,
            );
            std::fs::write(&manifest, text).expect("manifest");
            wired.push(member.clone());
        }
        members.push(member);
    }
    let members: Vec<&str> = members.iter().map(String::as_str).collect();
    let runs: Vec<Vec<&str>> = wired
        .iter()
        .map(|member| {
            vec![
                "test",
                "--offline",
                "-p",
                member.as_str(),
                "--features",
                "cli,mock",
                "--test",
                "wire",
            ]
        })
        .collect();
    let runs: Vec<&[&str]> = runs.iter().map(Vec::as_slice).collect();
    tests::check_crates(dir.path(), &members, &runs);
}
