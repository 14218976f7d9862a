//! The `generator` binary given hostile input and a hostile environment: every spec over a
//! bound is refused with the bound's name and a JSON pointer (exit 1, nothing written), and no
//! input, output folder or closed stream makes it panic.
//!
//! The cost side (time against depth and size stays linear) is measured by the `limits`
//! benchmark, not here: tests do not time.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

mod common;

use common::{generator, repo, snapshot, text};

/// A small valid spec with `operations` GET operations.
fn spec_with(operations: usize) -> String {
    let paths: Vec<String> = (0..operations)
        .map(|i| {
            format!(
                r#""/v1/Things{i}": {{"get": {{"operationId": "ListThing{i}", "responses": {{"200": {{"description": "OK"}}}}}}}}"#
            )
        })
        .collect();
    format!(
        r#"{{"openapi": "3.0.1", "info": {{"title": "T", "version": "1"}}, "servers": [{{"url": "https://api.example.com"}}], "paths": {{{}}}}}"#,
        paths.join(", ")
    )
}

/// The YAML head of a spec whose `components/schemas/A` the caller writes after it.
const YAML_HEAD: &str =
    "openapi: 3.0.1\ninfo: {title: T, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n    A: ";

struct Case {
    name: &'static str,
    file: &'static str,
    bytes: Vec<u8>,
    extra: &'static [&'static str],
    /// What stderr must say: the bound, and where.
    expect: &'static [&'static str],
}

fn cases() -> Vec<Case> {
    let depth = 100_000;
    let laughs = {
        let mut s = String::from(
            "openapi: 3.0.1\ninfo: {title: T, version: \"1\"}\npaths: {}\nx-0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
        );
        for level in 1..10 {
            let prev = format!("*a{}", level - 1);
            let items = [prev.as_str(); 9].join(", ");
            s.push_str(&format!("x-{level}: &a{level} [{items}]\n"));
        }
        s
    };
    let merges = {
        let keys: Vec<String> = (0..20_000).map(|i| format!("k{i}: v")).collect();
        let mut s = format!(
            "openapi: 3.0.1\ninfo: {{title: T, version: \"1\"}}\npaths: {{}}\nx-a: &a {{{}}}\nx-b:\n",
            keys.join(", ")
        );
        for _ in 0..1000 {
            s.push_str("  - <<: *a\n");
        }
        s
    };
    let members: Vec<String> = (0..10_001).map(|i| format!("\"p{i}\": {{}}")).collect();
    vec![
        Case {
            name: "flow mappings nested 100,000 deep",
            file: "deep.yaml",
            bytes: format!("{YAML_HEAD}{}1{}\n", "{a: ".repeat(depth), "}".repeat(depth)).into_bytes(),
            extra: &[],
            expect: &["`depth` of 64", "#/components/schemas/A/a/a/a"],
        },
        Case {
            name: "flow sequences nested 100,000 deep",
            file: "deep-seq.yaml",
            bytes: format!("{YAML_HEAD}{}1{}\n", "[".repeat(depth), "]".repeat(depth)).into_bytes(),
            extra: &[],
            expect: &["`depth` of 64", "#/components/schemas/A"],
        },
        Case {
            name: "arrays nested 100,000 deep in JSON",
            file: "deep.json",
            bytes: format!(
                r#"{{"openapi": "3.0.1", "x-deep": {}{}}}"#,
                "[".repeat(depth),
                "]".repeat(depth)
            )
            .into_bytes(),
            extra: &[],
            expect: &["nested 65 deep", "`depth` of 64", "#/x-deep/0/0/0"],
        },
        Case {
            name: "a billion laughs",
            file: "laughs.yaml",
            bytes: laughs.into_bytes(),
            extra: &[],
            expect: &["`yaml-nodes` of 500000", "#/x-"],
        },
        Case {
            name: "a mapping merged a thousand times",
            file: "merges.yaml",
            bytes: merges.into_bytes(),
            extra: &[],
            expect: &["`yaml-nodes` of 500000", "#/x-b"],
        },
        Case {
            name: "a 300 KB description",
            file: "long.json",
            bytes: format!(
                r#"{{"openapi": "3.0.1", "info": {{"title": "T", "version": "1", "description": "{}"}}, "paths": {{}}}}"#,
                "[*".repeat(150_000)
            )
            .into_bytes(),
            extra: &[],
            expect: &["a string of 300000 bytes", "`string-bytes` of 262144", "#/info/description"],
        },
        Case {
            name: "10,001 properties",
            file: "wide.json",
            bytes: format!(
                r#"{{"openapi": "3.0.1", "info": {{"title": "T", "version": "1"}}, "paths": {{}}, "components": {{"schemas": {{"A": {{"type": "object", "properties": {{{}}}}}}}}}}}"#,
                members.join(", ")
            )
            .into_bytes(),
            extra: &[],
            expect: &["`members` of 10000", "#/components/schemas/A/properties"],
        },
        Case {
            name: "more operations than allowed",
            file: "ops.json",
            bytes: spec_with(4).into_bytes(),
            extra: &["--set-limit", "operations=3"],
            expect: &["more than 3 operations", "`operations` of 3", "#/paths/~1v1~1Things3/get"],
        },
        Case {
            name: "a cycle of $refs",
            file: "cycle.json",
            bytes: br##"{"openapi": "3.0.1", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": {"operationId": "GetA", "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}}}, "components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}}}"##.to_vec(),
            extra: &[],
            expect: &["`schema-depth` of 32", "#/paths/~1a/get/responses/200/content/application~1json/schema"],
        },
        Case {
            name: "a spec over the size limit",
            file: "big.json",
            bytes: spec_with(40).into_bytes(),
            extra: &["--set-limit", "spec-bytes=1000"],
            expect: &["over the limit `spec-bytes` of 1000"],
        },
    ]
}

#[test]
fn every_bound_is_refused_with_its_name_value_and_pointer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("crate");
    let out = out.to_string_lossy();
    for case in cases() {
        let spec = dir.path().join(case.file);
        std::fs::write(&spec, &case.bytes).expect("write");
        let spec = spec.to_string_lossy();
        let mut args = vec!["--spec", &spec, "--all", "--out", &out];
        args.extend(case.extra);
        let result = generator(&args);
        let stderr = text(&result.stderr);
        assert_eq!(result.status.code(), Some(1), "{}: {stderr}", case.name);
        for expected in case.expect {
            assert!(
                stderr.contains(expected),
                "{}: stderr must say {expected:?}:\n{stderr}",
                case.name
            );
        }
        assert!(stderr.contains("--set-limit"), "{}: {stderr}", case.name);
        assert!(
            !Path::new(&*out).exists(),
            "{}: nothing is written",
            case.name
        );

        // `diff` reads specs the same way, with the same bounds.
        let mut args = vec!["diff", &spec, &spec];
        args.extend(case.extra);
        let result = generator(&args);
        let stderr = text(&result.stderr);
        if case.file == "cycle.json" {
            // `diff` compares the documents without resolving their schemas: a spec against
            // itself has no changes.
            assert_eq!(result.status.code(), Some(0), "diff: {stderr}");
            continue;
        }
        assert_eq!(
            result.status.code(),
            Some(2),
            "diff, {}: {stderr}",
            case.name
        );
        assert!(
            stderr.contains(case.expect[0]),
            "diff, {}: {stderr}",
            case.name
        );
    }
}

#[test]
fn a_raised_bound_lets_the_spec_through() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("ops.json");
    std::fs::write(&spec, spec_with(4)).expect("write");
    let out = dir.path().join("crate");
    let result = generator(&[
        "--spec",
        &spec.to_string_lossy(),
        "--all",
        "--out",
        &out.to_string_lossy(),
        "--set-limit",
        "operations=4",
    ]);
    assert!(result.status.success(), "{}", text(&result.stderr));
    for bad in ["operations", "operations=x", "width=3"] {
        let result = generator(&["--spec", &spec.to_string_lossy(), "--set-limit", bad]);
        assert_eq!(result.status.code(), Some(1), "{bad}");
        assert!(text(&result.stderr).contains("--set-limit"), "{bad}");
    }
    // The selection file's bound is not the spec's, and `--set-limit` does not move it.
    let select = dir.path().join("select.yaml");
    std::fs::write(
        &select,
        format!("spec: ops.json\n#{}\n", "x".repeat(1 << 20)),
    )
    .expect("write");
    let result = generator(&[
        "--select",
        &select.to_string_lossy(),
        "--set-limit",
        "spec-bytes=99999999",
    ]);
    let stderr = text(&result.stderr);
    assert_eq!(result.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("a selection file may be at most 1048576"),
        "{stderr}"
    );
    assert!(!stderr.contains("spec-bytes"), "{stderr}");
}

/// Waits at most 20 s for `child`, killing it after that.
fn wait_bounded(mut child: Child) -> ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().expect("wait") {
            return status;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            panic!("the generator did not finish within 20 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Two specs whose diff report is far longer than a pipe's buffer.
fn long_diff(dir: &Path) -> (PathBuf, PathBuf) {
    let old = dir.join("old.json");
    let new = dir.join("new.json");
    std::fs::write(&old, spec_with(3000)).expect("write");
    std::fs::write(&new, spec_with(0)).expect("write");
    (old, new)
}

#[test]
fn a_closed_stdout_ends_the_output_quietly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (old, new) = long_diff(dir.path());
    for format in ["text", "json"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_generator"))
            .args(["diff", "--format", format])
            .arg(&old)
            .arg(&new)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        // Like `| head -c 10`: read a little, then close the pipe.
        let mut stdout = child.stdout.take().expect("stdout");
        let mut first = [0u8; 10];
        stdout.read_exact(&mut first).expect("some output");
        drop(stdout);
        let mut stderr = child.stderr.take().expect("stderr");
        let status = wait_bounded(child);
        let mut message = String::new();
        stderr.read_to_string(&mut message).expect("stderr");
        assert_eq!(status.code(), Some(0), "{format}: {message}");
        assert_eq!(message, "", "{format}: nothing on stderr, no panic");
    }
}

#[test]
fn a_closed_stderr_is_no_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("empty.json");
    std::fs::write(&spec, "").expect("write");
    for closed_early in [true, false] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_generator"))
            .args(["--spec", &spec.to_string_lossy(), "--all", "--out"])
            .arg(dir.path().join("crate"))
            .stderr(if closed_early {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .spawn()
            .expect("spawn");
        drop(child.stderr.take());
        // Exit 1 for the empty spec; a panic would be 101.
        assert_eq!(wait_bounded(child).code(), Some(1));
    }
}

#[test]
fn inputs_that_are_not_spec_files_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("crate");
    let out = out.to_string_lossy().into_owned();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        path.to_string_lossy().into_owned()
    };
    let fifo = dir.path().join("fifo.json");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let cases = [
        (
            "a folder",
            dir.path().to_string_lossy().into_owned(),
            "it is a folder",
        ),
        (
            "a FIFO",
            fifo.to_string_lossy().into_owned(),
            "not a regular file",
        ),
        (
            "a missing file",
            dir.path().join("nope.json").to_string_lossy().into_owned(),
            "cannot read the spec",
        ),
        (
            "an empty file",
            write("empty.json", b""),
            "the spec is empty",
        ),
        (
            "only white space",
            write("blank.yaml", b" \n\t\n"),
            "the spec is empty",
        ),
        (
            "non-UTF-8 bytes",
            write(
                "latin1.json",
                b"{\"openapi\": \"3.0.1\", \"x\": \"caf\xe9\"}",
            ),
            "not UTF-8 text (byte 30 is invalid)",
        ),
        (
            "binary noise",
            write("noise.yaml", &[0x00, 0xff, 0xfe, 0x01, 0x80]),
            "not UTF-8 text",
        ),
        (
            "a BOM before YAML that is not a spec",
            write("bom.yaml", "\u{feff}- a\n- b\n".as_bytes()),
            "error:",
        ),
    ];
    for (what, spec, expected) in cases {
        let child = Command::new(env!("CARGO_BIN_EXE_generator"))
            .args(["--spec", &spec, "--all", "--out", &out])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let output = child.wait_with_output().expect("runs");
        let stderr = text(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{what}: {stderr}");
        assert!(stderr.contains(expected), "{what}: {stderr}");
        assert!(!stderr.contains("panicked"), "{what}: {stderr}");
        assert!(!Path::new(&out).exists(), "{what}: nothing is written");
    }
    // A byte-order mark before JSON is read past.
    let bom = write("bom.json", format!("\u{feff}{}", spec_with(1)).as_bytes());
    let result = generator(&["--spec", &bom, "--all", "--out", &out]);
    assert!(result.status.success(), "{}", text(&result.stderr));
}

#[test]
fn output_folders_that_cannot_be_used_are_refused_and_left_as_they_are() {
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = dir.path().join("spec.json");
    std::fs::write(&spec, spec_with(1)).expect("write");
    let spec = spec.to_string_lossy().into_owned();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "keep me").expect("write");
    let foreign = dir.path().join("my-project");
    std::fs::create_dir(&foreign).expect("mkdir");
    std::fs::write(foreign.join("notes.txt"), "keep me").expect("write");
    let foreign_before = snapshot(&foreign);
    let dangling = dir.path().join("gone");
    std::os::unix::fs::symlink(dir.path().join("vanished"), &dangling).expect("symlink");
    let cases = [
        ("a file", file.clone(), "it is not a folder"),
        ("a folder under a file", file.join("crate"), "cannot"),
        (
            "a folder that is not a generated crate",
            foreign.clone(),
            "not a crate this generator made",
        ),
        (
            "a link to a folder that vanished",
            dangling.clone(),
            "a link to nothing",
        ),
    ];
    for (what, out, expected) in cases {
        let result = generator(&["--spec", &spec, "--all", "--out", &out.to_string_lossy()]);
        let stderr = text(&result.stderr);
        assert_eq!(result.status.code(), Some(1), "{what}: {stderr}");
        assert!(stderr.contains(expected), "{what}: {stderr}");
        assert!(!stderr.contains("panicked"), "{what}: {stderr}");
    }
    assert_eq!(std::fs::read_to_string(&file).expect("kept"), "keep me");
    assert_eq!(
        std::fs::read_to_string(foreign.join("notes.txt")).expect("kept"),
        "keep me"
    );
    assert_eq!(
        snapshot(&foreign),
        foreign_before,
        "not even an mtime changed"
    );
    let left: Vec<String> = std::fs::read_dir(dir.path())
        .expect("read")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("staging"))
        .collect();
    assert!(left.is_empty(), "no staging folder is left: {left:?}");
}

/// `diff` on any pair: a spec against itself (no changes, exit 0), a cycle of `$ref`s, a
/// Swagger 2.0 file on either side (exit 2, located), a 10 MB spec, hostile YAML.
#[test]
fn diff_takes_any_pair_without_a_panic() {
    let repo = repo();
    let dir = tempfile::tempdir().expect("tempdir");
    let spec = repo.join("spec/twilio_api_v2010.json");
    let swagger = repo.join("tests/fixtures/swagger2.json");
    // Ten megabytes: the whole api_v2010 spec with its paths eleven times over.
    let big = {
        let mut doc: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&spec).expect("spec")).expect("JSON");
        let paths = doc["paths"].as_object().expect("paths").clone();
        let all = doc["paths"].as_object_mut().expect("paths");
        for copy in 1..11 {
            for (path, item) in &paths {
                let mut item = item.clone();
                for op in item
                    .as_object_mut()
                    .into_iter()
                    .flat_map(|m| m.values_mut())
                {
                    if let Some(id) = op.get("operationId").and_then(|v| v.as_str()) {
                        op["operationId"] = format!("{id}Copy{copy}").into();
                    }
                }
                all.insert(format!("/copy{copy}{path}"), item);
            }
        }
        let path = dir.path().join("big.json");
        std::fs::write(&path, doc.to_string()).expect("write");
        path
    };
    let size = std::fs::metadata(&big).expect("big").len();
    assert!(size > 10_000_000, "{size}");
    let cycle = dir.path().join("cycle.json");
    std::fs::write(
        &cycle,
        br##"{"openapi": "3.0.1", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": {"operationId": "GetA", "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}}}, "components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"properties": {"b": {"$ref": "#/components/schemas/A"}}}}}}"##,
    )
    .expect("write");
    let deep = dir.path().join("deep.yaml");
    std::fs::write(
        &deep,
        format!("{YAML_HEAD}{}1{}\n", "[".repeat(50_000), "]".repeat(50_000)),
    )
    .expect("write");
    let path = |p: &PathBuf| p.to_string_lossy().into_owned();
    let cases: [(&PathBuf, &PathBuf, i32, &str); 7] = [
        (&spec, &spec, 0, "changes: 0 in all"),
        (
            &cycle,
            &cycle,
            0,
            "semver bump for the generated crate: none",
        ),
        (
            &spec,
            &big,
            0,
            "operations: 1970 added, 0 removed, 0 changed",
        ),
        (&big, &spec, 0, "semver bump for the generated crate: major"),
        (&swagger, &spec, 2, "#(document root)"),
        (&spec, &swagger, 2, "swagger2.json: cannot be read"),
        (&deep, &spec, 2, "`depth` of 64"),
    ];
    for (old, new, code, expected) in cases {
        let result = generator(&["diff", &path(old), &path(new)]);
        let output = format!("{}{}", text(&result.stdout), text(&result.stderr));
        assert_eq!(
            result.status.code(),
            Some(code),
            "{old:?} {new:?}: {output}"
        );
        assert!(output.contains(expected), "{old:?} {new:?}: {output}");
        assert!(!output.contains("panicked"), "{output}");
    }
}
