//! The `generator` binary as a user runs it: exit codes, `--check`, all-or-nothing writes, and
//! unchanged files left alone.

use std::process::Command;

mod common;

use common::{generator, repo, snapshot, text};

fn fixture(name: &str) -> String {
    repo()
        .join("tests/fixtures")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn checked_in_crate_is_fresh() {
    let out = generator(&["--check"]);
    assert!(
        out.status.success(),
        "stdout:\n{}\nstderr:\n{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains("up to date"));
}

#[test]
fn second_run_changes_no_byte_and_no_mtime() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("crate");
    let out = out_dir.to_string_lossy().into_owned();
    let first = generator(&["--out", &out]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(
        text(&first.stdout).contains("written"),
        "{}",
        text(&first.stdout)
    );
    let before = snapshot(&out_dir);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let second = generator(&["--out", &out]);
    assert!(second.status.success());
    let line = text(&second.stdout);
    assert_eq!(line.lines().count(), 1, "one summary line: {line}");
    assert!(
        line.contains("0 written") && line.contains("0 removed"),
        "{line}"
    );
    assert_eq!(snapshot(&out_dir), before);
    // The same run against the checked-in crate's output says it is fresh.
    let check = generator(&["--check", "--out", &out]);
    assert!(check.status.success());
}

#[test]
fn check_reports_a_unified_diff_and_orphans_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("crate");
    let out = out_dir.to_string_lossy().into_owned();
    assert!(generator(&["--out", &out]).status.success());
    let lib = out_dir.join("src/lib.rs");
    let edited = std::fs::read_to_string(&lib).expect("lib.rs").replace(
        "#![forbid(unsafe_code)]",
        "#![forbid(unsafe_code)] // edited",
    );
    std::fs::write(&lib, edited).expect("edit");
    std::fs::write(out_dir.join("src/orphan.rs"), "// left over\n").expect("orphan");
    let before = snapshot(&out_dir);

    let check = generator(&["--check", "--out", &out]);
    assert_eq!(check.status.code(), Some(1));
    let diff = text(&check.stdout);
    assert!(
        diff.contains("--- a/src/lib.rs") && diff.contains("+++ b/src/lib.rs"),
        "{diff}"
    );
    assert!(
        diff.contains("-#![forbid(unsafe_code)] // edited"),
        "{diff}"
    );
    assert!(
        diff.contains("--- a/src/orphan.rs") && diff.contains("+++ /dev/null"),
        "{diff}"
    );
    assert!(text(&check.stderr).contains("cargo run -p generator"));
    assert_eq!(snapshot(&out_dir), before, "--check writes nothing");

    // A real run repairs both.
    assert!(generator(&["--out", &out]).status.success());
    assert!(!out_dir.join("src/orphan.rs").exists());
    assert!(generator(&["--check", "--out", &out]).status.success());
}

#[test]
fn bad_specs_exit_1_with_a_pointer_and_leave_out_untouched() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("crate");
    let out = out_dir.to_string_lossy().into_owned();
    assert!(generator(&["--out", &out]).status.success());
    let before = snapshot(&out_dir);
    for (name, pointer) in [
        ("invalid.json", "#/paths"),
        ("invalid.yaml", "#/paths/~1a/get"),
        (
            "dangling_ref.yaml",
            "#/paths/~1v1~1Things~1{Sid}/get/parameters/1/$ref",
        ),
        (
            "undefined_path_param.yaml",
            "#/paths/~1v1~1Services~1{ServiceSid}~1Things~1{Sid}/delete/parameters",
        ),
        ("unsupported.yaml", "#/paths/~1v1~1Things/post/parameters/0"),
        ("openapi40.yaml", "#/openapi"),
        ("swagger2.json", "#(document root)"),
    ] {
        let result = generator(&["--spec", &fixture(name), "--all", "--out", &out]);
        let stderr = text(&result.stderr);
        assert_eq!(result.status.code(), Some(1), "{name}: {stderr}");
        assert!(
            stderr.contains(pointer),
            "{name} must point at {pointer}:\n{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert_eq!(
            snapshot(&out_dir),
            before,
            "{name} changed the output folder"
        );
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("read")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(
        leftovers,
        vec![std::ffi::OsString::from("crate")],
        "no staging folder is left behind"
    );
}

#[test]
fn selection_by_flags_and_all() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("one").to_string_lossy().into_owned();
    let spec = fixture("calls.yaml");
    let one = generator(&["--spec", &spec, "--operation", "DeleteCall", "--out", &out]);
    assert!(one.status.success(), "{}", text(&one.stderr));
    assert!(
        text(&one.stdout).contains("1 of 3 operations"),
        "{}",
        text(&one.stdout)
    );
    let all = generator(&["--spec", &spec, "--all", "--out", &out]);
    assert!(
        text(&all.stdout).contains("3 of 3 operations"),
        "{}",
        text(&all.stdout)
    );
    let cargo = std::fs::read_to_string(dir.path().join("one/Cargo.toml")).expect("Cargo.toml");
    assert!(
        cargo.contains("name = \"calls\""),
        "the package is named after the spec file:\n{cargo}"
    );
    let by_prefix = generator(&[
        "--spec",
        &spec,
        "--path-prefix",
        "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}",
        "--out",
        &out,
    ]);
    assert!(
        text(&by_prefix.stdout).contains("1 of 3 operations"),
        "{}",
        text(&by_prefix.stdout)
    );
    let unknown = generator(&["--spec", &spec, "--operation", "Nope", "--out", &out]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(text(&unknown.stderr).contains("no operation has operationId `Nope`"));
    let usage = generator(&["--no-such-flag"]);
    assert_eq!(usage.status.code(), Some(2));
}

/// `--out` into a new folder gives a crate that builds on its own, outside this workspace.
#[test]
fn a_new_output_folder_builds_on_its_own() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("fresh-crate");
    let out = out_dir.to_string_lossy().into_owned();
    let run = generator(&["--spec", &fixture("calls.yaml"), "--all", "--out", &out]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    // Reuse this workspace's lock file and build folder so that dependencies are not fetched
    // or compiled again.
    std::fs::copy(repo().join("Cargo.lock"), out_dir.join("Cargo.lock")).expect("lock file");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let build = Command::new(cargo)
        .args([
            "check",
            "--offline",
            "--all-targets",
            "--message-format",
            "short",
        ])
        .current_dir(&out_dir)
        .env("CARGO_TARGET_DIR", repo().join("target"))
        .output()
        .expect("cargo runs");
    let stderr = text(&build.stderr);
    assert!(build.status.success(), "{stderr}");
    assert!(
        !stderr.contains("warning"),
        "the generated crate must build without warnings:\n{stderr}"
    );
}

#[test]
fn diff_exit_codes_and_formats() {
    let old = repo()
        .join("../shared/spec-history/twilio_api_v2010.2022-10-31.json")
        .to_string_lossy()
        .into_owned();
    let new = repo()
        .join("spec/twilio_api_v2010.json")
        .to_string_lossy()
        .into_owned();
    let text_report = generator(&["diff", &old, &new]);
    assert_eq!(
        text_report.status.code(),
        Some(0),
        "{}",
        text(&text_report.stderr)
    );
    let stdout = text(&text_report.stdout);
    assert!(
        stdout.starts_with("Summary\n"),
        "a summary opens the report:\n{stdout}"
    );
    assert!(stdout.contains("semver bump for the generated crate: major"));
    assert!(stdout.contains(
        "  Accounts / Calls / UserDefinedMessageSubscriptions\n    POST CreateUserDefinedMessageSubscription\n"
    ));
    let lines = stdout.lines().count();
    assert!(lines <= 250, "the 2022 → today report is {lines} lines");

    let markdown = generator(&["diff", &old, &new, "--format", "markdown"]);
    assert_eq!(markdown.status.code(), Some(0));
    let markdown = text(&markdown.stdout);
    for heading in [
        "## Summary\n",
        "\n## Breaking changes\n",
        "\n## Other changes\n",
        "\n### Across operations\n",
    ] {
        assert!(markdown.contains(heading), "{heading:?} in\n{markdown}");
    }
    assert!(markdown.contains("- semver bump for the generated crate: **major**"));

    let failing = generator(&["diff", &old, &new, "--fail-on-breaking", "--format", "json"]);
    assert_eq!(failing.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&failing.stdout).expect("JSON report");
    assert!(json["changes"].as_array().is_some_and(|c| !c.is_empty()));

    let same = generator(&["diff", &new, &new, "--fail-on-breaking"]);
    assert_eq!(same.status.code(), Some(0));
    let same = text(&same.stdout);
    assert!(same.contains("changes: 0 in all"), "{same}");
    assert!(
        same.contains("semver bump for the generated crate: none"),
        "{same}"
    );

    let unreadable = generator(&[
        "diff",
        &fixture("dangling_ref.yaml").replace("dangling_ref", "invalid"),
        &new,
    ]);
    assert_eq!(unreadable.status.code(), Some(2));
    assert!(
        text(&unreadable.stderr).contains("#/paths"),
        "{}",
        text(&unreadable.stderr)
    );
    let missing = generator(&["diff", "/no/such/spec.json", &new]);
    assert_eq!(missing.status.code(), Some(2));
}

/// Without `--skip-unsupported` a spec with constructs the generator cannot express is refused
/// with every one listed; with it, each is left out with a warning at its pointer and the rest
/// is generated.
#[test]
fn skip_unsupported_leaves_out_what_cannot_be_expressed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out_dir = dir.path().join("crate");
    let out = out_dir.to_string_lossy().into_owned();
    let spec = fixture("partly_supported.yaml");
    let cookie = "#/paths/~1v1~1Things~1{Sid}/post/parameters/1";
    let property = "#/components/securitySchemes/digest";

    let refused = generator(&["--spec", &spec, "--all", "--out", &out]);
    let stderr = text(&refused.stderr);
    assert_eq!(refused.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(cookie) && stderr.contains(property),
        "{stderr}"
    );
    assert!(
        stderr.contains("--skip-unsupported"),
        "the hint names the flag: {stderr}"
    );
    assert!(!out_dir.exists(), "nothing is written");

    let partial = generator(&[
        "--spec",
        &spec,
        "--all",
        "--skip-unsupported",
        "--out",
        &out,
    ]);
    let stderr = text(&partial.stderr);
    assert!(partial.status.success(), "{stderr}");
    assert_eq!(
        stderr.matches("warning: unsupported construct").count(),
        2,
        "{stderr}"
    );
    assert!(
        stderr.contains(cookie) && stderr.contains(property),
        "{stderr}"
    );
    assert!(
        text(&partial.stdout).contains("1 of 2 operations"),
        "{}",
        text(&partial.stdout)
    );
    let resources = std::fs::read_to_string(out_dir.join("src/resources/things.rs"))
        .expect("the fetch is generated");
    assert!(resources.contains("pub async fn fetch("), "{resources}");
    assert!(!resources.contains("pub async fn update("), "{resources}");
    let models = std::fs::read_to_string(out_dir.join("src/models/things.rs")).expect("models");
    assert!(models.contains("pub name:"), "{models}");
}

/// Several specs make one crate; every problem of every spec is reported at once, each with the
/// spec's name and its pointer, and nothing is written.
#[test]
fn every_problem_of_every_spec_is_reported_with_its_spec() {
    let dir = tempfile::tempdir().expect("tempdir");
    let one = dir.path().join("shop_orders_v1.json");
    let two = dir.path().join("shop_users_v1.yaml");
    std::fs::write(
        &one,
        r##"{"openapi":"3.0.3","info":{"title":"Orders","version":"1"},"paths":{"/orders":{"get":{"operationId":"getOrder","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Missing"}}}}}}}}}"##,
    )
    .expect("write");
    std::fs::write(
        &two,
        "openapi: 3.0.3\ninfo: {title: Users, version: '1'}\npaths:\n  /users:\n    get:\n      operationId: listUsers\n      parameters:\n        - {name: limit, in: query, schema: {type: integer, minimum: ten}}\n      responses: {'200': {description: ok}}\n",
    )
    .expect("write");
    let out_dir = dir.path().join("out");
    let (one_s, two_s, out_s) = (
        one.to_string_lossy().into_owned(),
        two.to_string_lossy().into_owned(),
        out_dir.to_string_lossy().into_owned(),
    );
    let run = generator(&["--spec", &one_s, "--spec", &two_s, "--all", "--out", &out_s]);
    assert_eq!(run.status.code(), Some(1));
    let stderr = text(&run.stderr);
    assert!(stderr.contains("--> shop_orders_v1.json#/"), "{stderr}");
    assert!(stderr.contains("--> shop_users_v1.yaml#/"), "{stderr}");
    assert!(!out_dir.exists(), "nothing is written");

    // Mended, the two make one crate: a module and a feature per spec, named without the
    // word every file starts with.
    std::fs::write(&one, std::fs::read_to_string(&one).expect("read").replace("Missing\"}", "Order\"}").replace("\"paths\"", "\"components\":{\"schemas\":{\"Order\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"string\"}}}}},\"paths\"")).expect("write");
    std::fs::write(
        &two,
        std::fs::read_to_string(&two)
            .expect("read")
            .replace("minimum: ten", "minimum: 1"),
    )
    .expect("write");
    let spec_dir = dir.path().to_string_lossy().into_owned();
    let run = generator(&["--spec-dir", &spec_dir, "--all", "--out", &out_s]);
    assert!(run.status.success(), "{}", text(&run.stderr));
    let manifest = std::fs::read_to_string(out_dir.join("Cargo.toml")).expect("manifest");
    assert!(manifest.contains("name = \"shop\""), "{manifest}");
    assert!(
        manifest.contains("\norders_v1 = []") && manifest.contains("\nusers_v1 = []"),
        "{manifest}"
    );
    assert!(
        manifest.contains("full = [\"orders_v1\", \"users_v1\"]"),
        "{manifest}"
    );
    assert!(
        out_dir.join("src/orders_v1/mod.rs").exists()
            && out_dir.join("src/users_v1/mod.rs").exists()
    );
}
