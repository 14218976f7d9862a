//! Hostile specs: mutated documents fed to the generator library must give a result or located
//! diagnostics, never a panic; hostile names must still give a crate that compiles cleanly.
//!
//! Two bases are mutated: a small spec in Twilio's shape, and the part of Twilio's real
//! api_v2010 spec that `spec/select.yaml` selects (its six path items and every component they
//! reach), written as JSON and as block YAML. Each mutant goes through load, lower and render
//! (`generate`) and through `diff` against the original.
//!
//! Run longer with `PROPTEST_CASES=20000 cargo test -p tests --test hostile_specs`; a case that
//! fails is saved in `hostile_specs.proptest-regressions` and replayed first from then on, and
//! becomes a named test here once fixed.

use generator::Config;
use proptest::prelude::*;
use serde_json::{Value, json};

/// A spec in Twilio's shape that exercises most of the generator.
fn base() -> Value {
    json!({
        "openapi": "3.0.1",
        "info": {"title": "Mutant", "version": "1", "description": "A [link](/docs) and `code`."},
        "servers": [{"url": "https://api.twilio.com"}],
        "components": {
            "securitySchemes": {"basic": {"type": "http", "scheme": "basic"}},
            "schemas": {
                "api.v2010.account.call": {"type": "object", "properties": {
                    "sid": {"type": "string", "pattern": "^CA[0-9a-fA-F]{32}$", "nullable": true},
                    "status": {"$ref": "#/components/schemas/call_enum_status"},
                    "date_created": {"type": "string", "format": "date-time-rfc-2822", "nullable": true},
                    "price": {"type": "number", "nullable": true},
                    "tags": {"type": "array", "items": {"type": "string"}, "nullable": true},
                    "meta": {"type": "object", "properties": {"next": {"type": "string", "format": "uri"}}}
                }},
                "call_enum_status": {"type": "string", "enum": ["queued", "in-progress"]}
            }
        },
        "paths": {
            "/2010-04-01/Accounts/{AccountSid}/Calls.json": {
                "post": {
                    "operationId": "CreateCall",
                    "parameters": [{"name": "AccountSid", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^AC[0-9a-fA-F]{32}$"}}],
                    "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
                        "type": "object", "required": ["To"],
                        "properties": {
                            "To": {"type": "string"},
                            "Url": {"type": "string", "format": "uri"},
                            "Method": {"type": "string", "format": "http-method", "enum": ["GET", "POST"]},
                            "Timeout": {"type": "integer", "minimum": 1, "maximum": 600},
                            "Events": {"type": "array", "items": {"type": "string"}}
                        }
                    }}}},
                    "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/api.v2010.account.call"}}}}}
                },
                "get": {
                    "operationId": "ListCall",
                    "parameters": [
                        {"name": "AccountSid", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^AC[0-9a-fA-F]{32}$"}},
                        {"name": "StartTime<", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                        {"name": "PageSize", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}}
                    ],
                    "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {
                        "type": "object", "properties": {"calls": {"type": "array", "items": {"$ref": "#/components/schemas/api.v2010.account.call"}}}
                    }}}}}
                }
            },
            "/2010-04-01/Accounts/{AccountSid}/Calls/{Sid}.json": {
                "delete": {
                    "operationId": "DeleteCall",
                    "parameters": [
                        {"name": "AccountSid", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^AC[0-9a-fA-F]{32}$"}},
                        {"name": "Sid", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^CA[0-9a-fA-F]{32}$"}}
                    ],
                    "responses": {"204": {"description": "Deleted"}}
                }
            }
        }
    })
}

/// Every JSON pointer in `value`.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                pointers(
                    v,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Values that have broken generators before: wrong types, dangling refs, keywords, symbols.
fn replacement(kind: u8, text: &str) -> Value {
    match kind % 12 {
        0 => Value::Null,
        1 => json!(-1),
        2 => json!(text),
        3 => json!({}),
        4 => json!([]),
        5 => json!(true),
        6 => json!({"$ref": format!("#/components/schemas/{text}")}),
        7 => json!({"$ref": "#/components/schemas/api.v2010.account.call"}),
        8 => json!({"type": text, "format": text, "enum": [text, text]}),
        9 => {
            json!({"type": "object", "properties": {text: {"type": "string"}}, "required": [text]})
        }
        10 => json!({"allOf": [{"type": "object"}], "oneOf": [], "not": {}}),
        _ => json!({"type": "array", "items": {"$ref": "#/nowhere"}}),
    }
}

fn mutate(spec: &mut Value, choices: &[(usize, u8, String)]) {
    for (index, kind, text) in choices {
        let mut all = Vec::new();
        pointers(spec, String::new(), &mut all);
        let target = &all[index % all.len()];
        if target.is_empty() {
            continue;
        }
        if kind % 5 == 0 {
            // Remove the member or item.
            let (parent, last) = target.rsplit_once('/').unwrap_or(("", target));
            match spec.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    map.remove(&last.replace("~1", "/").replace("~0", "~"));
                }
                Some(Value::Array(items)) => {
                    if let Ok(i) = last.parse::<usize>()
                        && i < items.len()
                    {
                        items.remove(i);
                    }
                }
                _ => {}
            }
        } else if let Some(slot) = spec.pointer_mut(target) {
            *slot = replacement(*kind, text);
        }
    }
}

#[test]
fn the_base_spec_generates() {
    generator::generate(base().to_string().as_bytes(), &Config::all("mutant.json"))
        .expect("the unmutated spec is valid");
}

/// A member of the wrong type (set or added) or a missing required one is reported at the member itself, not
/// at the path item or schema around it (`openapiv3` reads through untagged and flattened types,
/// where serde loses the path), whether every operation is read or only a selection.
#[test]
fn type_errors_are_reported_at_the_member_that_is_wrong() {
    let calls = "/paths/~12010-04-01~1Accounts~1{AccountSid}~1Calls.json";
    let form = "requestBody/content/application~1x-www-form-urlencoded/schema";
    let cases: [(&str, Value, String, &str); 6] = [
        (
            "/paths/~12010-04-01~1Accounts~1{AccountSid}~1Calls.json/get/parameters/2/schema/minimum",
            json!("one"),
            format!("{calls}/get/parameters/2/schema/minimum"),
            "invalid schema: invalid type: string \"one\", expected a JSON number",
        ),
        (
            "/paths/~12010-04-01~1Accounts~1{AccountSid}~1Calls.json/get/parameters/1/in",
            json!("body"),
            format!("{calls}/get/parameters/1"),
            "invalid parameter: unknown variant `body`",
        ),
        (
            "/paths/~12010-04-01~1Accounts~1{AccountSid}~1Calls.json/post/responses/201/description",
            Value::Null,
            format!("{calls}/post/responses/201"),
            "invalid response: missing field `description`",
        ),
        (
            &format!("{calls}/post/{form}/properties/Timeout/maximum"),
            json!([600]),
            format!("{calls}/post/{form}/properties/Timeout/maximum"),
            "invalid schema: invalid type: sequence, expected a JSON number",
        ),
        (
            &format!("{calls}/post/{form}/properties/Events/items/type"),
            json!(5),
            format!("{calls}/post/{form}/properties/Events/items/type"),
            "invalid schema: invalid type: integer `5`",
        ),
        (
            "/components/schemas/api.v2010.account.call/properties/meta/properties/next/maxLength",
            json!(-1),
            "/components/schemas/api.v2010.account.call/properties/meta/properties/next/maxLength"
                .to_owned(),
            "invalid schema: invalid value: integer `-1`, expected usize",
        ),
    ];
    for (at, value, pointer, message) in cases {
        let mut spec = base();
        let (parent, key) = at.rsplit_once('/').expect("a member");
        let key = key.replace("~1", "/").replace("~0", "~");
        let object = spec
            .pointer_mut(parent)
            .and_then(Value::as_object_mut)
            .unwrap_or_else(|| panic!("{parent} is in the base spec"));
        if value.is_null() {
            assert!(object.remove(&key).is_some(), "{at} is in the base spec");
        } else {
            object.insert(key, value);
        }
        let mut selected = Config::all("mutant.json");
        selected.selection = generator::select::Selection {
            all: false,
            operations: vec!["CreateCall".to_owned(), "ListCall".to_owned()],
            ..Default::default()
        };
        for config in [Config::all("mutant.json"), selected] {
            let diags = generator::generate(spec.to_string().as_bytes(), &config)
                .expect_err("the mutated spec is rejected");
            assert_eq!(diags.0.len(), 1, "{at}: {diags}");
            assert_eq!(diags.0[0].pointer, pointer, "{at}: {diags}");
            assert!(diags.0[0].message.starts_with(message), "{at}: {diags}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    /// Structural mutations: a crate or diagnostics, never a panic; diagnostics are located.
    #[test]
    fn mutated_specs_never_panic(choices in proptest::collection::vec((any::<usize>(), any::<u8>(), "(type|self|crate|\\$ref|#/x|[A-Za-z_<>{}/~ ]{0,12}|\\PC{0,8})"), 1..6)) {
        let mut spec = base();
        mutate(&mut spec, &choices);
        if let Err(diags) = generator::generate(spec.to_string().as_bytes(), &Config::all("mutant.json")) {
            prop_assert!(!diags.0.is_empty());
            let text = diags.to_string();
            prop_assert!(text.contains("-->"), "every problem is located: {}", text);
        }
    }

    /// Byte-level damage to the text: the same promise.
    #[test]
    fn damaged_bytes_never_panic(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
        let mut bytes = base().to_string().into_bytes();
        for (at, byte) in flips {
            let i = at % bytes.len();
            bytes[i] = byte;
        }
        let _ = generator::generate(&bytes, &Config::all("damaged.json"));
        let _ = generator::diff::diff(&bytes, base().to_string().as_bytes(), generator::diff::Options::default());
    }
}

/// The path items of `spec/select.yaml`'s operations in the real api_v2010 spec, with every
/// component they reach through `$ref` (read once per test process).
fn twilio() -> &'static Value {
    static SPEC: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    SPEC.get_or_init(|| {
        let (config, bytes) = tests::checked_in_config();
        let whole: Value = serde_json::from_slice(&bytes).expect("the checked-in spec is JSON");
        let mut paths = serde_json::Map::new();
        for (path, item) in whole["paths"].as_object().expect("paths") {
            let selected = item.as_object().is_some_and(|ops| {
                ops.values().any(|op| {
                    op["operationId"]
                        .as_str()
                        .is_some_and(|id| config.selection.operations.iter().any(|o| o == id))
                })
            });
            if selected {
                paths.insert(path.clone(), item.clone());
            }
        }
        let mut spec = whole.clone();
        spec["paths"] = Value::Object(paths);
        // Keep only the components reached from the kept paths, following refs to the end.
        let mut wanted: Vec<String> = Vec::new();
        refs(&spec["paths"], &mut wanted);
        let mut kept = std::collections::BTreeSet::new();
        while let Some(reference) = wanted.pop() {
            if kept.insert(reference.clone())
                && let Some(target) = whole.pointer(reference.trim_start_matches('#'))
            {
                refs(target, &mut wanted);
            }
        }
        for (kind, members) in spec["components"]
            .as_object_mut()
            .expect("components")
            .iter_mut()
        {
            if let Value::Object(members) = members {
                members.retain(|name, _| {
                    kind == "securitySchemes"
                        || kept.contains(&format!("#/components/{kind}/{name}"))
                });
            }
        }
        spec
    })
}

fn refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("$ref", Value::String(r)) => out.push(r.clone()),
                    _ => refs(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

/// `value` as block YAML: mappings and sequences one entry a line, every string and key
/// double-quoted (JSON's string syntax is YAML's double-quoted scalar).
fn yaml(value: &Value) -> String {
    fn scalar(value: &Value) -> Option<String> {
        match value {
            Value::Object(map) if map.is_empty() => Some("{}".to_owned()),
            Value::Array(items) if items.is_empty() => Some("[]".to_owned()),
            Value::Object(_) | Value::Array(_) => None,
            other => Some(other.to_string()),
        }
    }
    fn write(value: &Value, indent: usize, out: &mut String) {
        let pad = " ".repeat(indent);
        match value {
            Value::Object(map) if !map.is_empty() => {
                for (k, v) in map {
                    let key = Value::String(k.clone()).to_string();
                    match scalar(v) {
                        Some(text) => out.push_str(&format!("{pad}{key}: {text}\n")),
                        None => {
                            out.push_str(&format!("{pad}{key}:\n"));
                            write(v, indent + 2, out);
                        }
                    }
                }
            }
            Value::Array(items) if !items.is_empty() => {
                for item in items {
                    match scalar(item) {
                        Some(text) => out.push_str(&format!("{pad}- {text}\n")),
                        None => {
                            out.push_str(&format!("{pad}-\n"));
                            write(item, indent + 2, out);
                        }
                    }
                }
            }
            other => out.push_str(&format!("{pad}{}\n", scalar(other).unwrap_or_default())),
        }
    }
    let mut out = String::from("# api_v2010, mutated\n");
    write(value, 0, &mut out);
    out
}

#[test]
fn the_twilio_base_generates_the_same_from_json_and_yaml() {
    let spec = twilio();
    let config = Config::all("twilio_api_v2010.json");
    let from_json = generator::generate(spec.to_string().as_bytes(), &config).expect("JSON");
    let from_yaml = generator::generate(yaml(spec).as_bytes(), &config).expect("YAML");
    // Every operation of the kept paths (the selection's, and their path items' others).
    let kept: usize = spec["paths"]
        .as_object()
        .expect("paths")
        .values()
        .map(|item| {
            item.as_object().map_or(0, |ops| {
                ops.values()
                    .filter(|op| op.get("operationId").is_some())
                    .count()
            })
        })
        .sum();
    assert!(kept >= 6, "{kept}");
    assert_eq!(from_json.api.operations.len(), kept);
    assert!(
        from_json.files == from_yaml.files,
        "the same crate from both"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Twilio's real spec, mutated: load, lower, render and diff give a result or located
    /// diagnostics, never a panic, and its JSON and YAML forms give the same result.
    #[test]
    fn mutated_twilio_specs_never_panic(choices in proptest::collection::vec((any::<usize>(), any::<u8>(), "(type|self|crate|\\$ref|#/x|[A-Za-z_<>{}/~ ]{0,12}|\\PC{0,8})"), 1..6)) {
        let original = twilio();
        let mut spec = original.clone();
        mutate(&mut spec, &choices);
        let config = Config::all("twilio_api_v2010.json");
        let json = spec.to_string();
        let yaml = yaml(&spec);
        let from_json = generator::generate(json.as_bytes(), &config);
        let from_yaml = generator::generate(yaml.as_bytes(), &config);
        match (&from_json, &from_yaml) {
            (Ok(a), Ok(b)) => prop_assert!(a.files == b.files, "JSON and YAML give the same crate"),
            (Err(a), Err(b)) => {
                prop_assert!(a.to_string().contains("-->"), "every problem is located: {}", a);
                prop_assert_eq!(a.0.len(), b.0.len(), "JSON: {}\nYAML: {}", a, b);
            }
            _ => prop_assert!(false, "JSON and YAML disagree: {:?} / {:?}", from_json.as_ref().err(), from_yaml.as_ref().err()),
        }
        let before = original.to_string();
        for text in [json.as_bytes(), yaml.as_bytes()] {
            if let Ok(report) = generator::diff::diff(before.as_bytes(), text, generator::diff::Options::default()) {
                let _ = (report.to_text(), report.to_json());
            }
        }
    }

    /// Byte-level damage to the YAML form of Twilio's spec: a result or diagnostics.
    #[test]
    fn damaged_yaml_never_panics(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
        let mut bytes = yaml(twilio()).into_bytes();
        for (at, byte) in flips {
            let i = at % bytes.len();
            bytes[i] = byte;
        }
        if let Err(diags) = generator::generate(&bytes, &Config::all("damaged.yaml")) {
            prop_assert!(!diags.0.is_empty());
        }
    }
}

/// Keywords, leading digits, non-ASCII, names that collide after case conversion, `*/` and
/// backticks in descriptions, and a 100 KB description: the crate must pass clippy and rustdoc
/// with warnings denied.
#[test]
fn hostile_names_compile() {
    let root = tests::repo_root();
    let spec = std::fs::read(root.join("tests/fixtures/hostile.yaml")).expect("fixture");
    let generated = generator::generate(&spec, &Config::all("hostile.yaml")).expect("generates");
    let dir = tempfile::tempdir().expect("tempdir");
    for (path, text) in &generated.files {
        let target = dir.path().join(path);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("folders");
        std::fs::write(target, text).expect("write");
    }
    std::fs::copy(root.join("Cargo.lock"), dir.path().join("Cargo.lock")).expect("lock file");
    let cargo = |args: &[&str]| {
        std::process::Command::new(env!("CARGO"))
            .args(args)
            .current_dir(dir.path())
            .env("CARGO_TARGET_DIR", root.join("target"))
            .env("RUSTDOCFLAGS", "-D warnings")
            .output()
            .expect("cargo runs")
    };
    let clippy = cargo(&[
        "clippy",
        "--offline",
        "--all-targets",
        "--all-features",
        "--",
        "-D",
        "warnings",
    ]);
    assert!(
        clippy.status.success(),
        "{}",
        String::from_utf8_lossy(&clippy.stderr)
    );
    let doc = cargo(&["doc", "--offline", "--no-deps"]);
    assert!(
        doc.status.success(),
        "{}",
        String::from_utf8_lossy(&doc.stderr)
    );
    let models: String = generated
        .files
        .iter()
        .filter(|(path, _)| path.starts_with("src/models/"))
        .map(|(_, text)| text.as_str())
        .collect();
    for field in [
        "pub type_:",
        "pub self_:",
        "pub crate_:",
        "pub n_3d_secure:",
        "pub foo_bar:",
        "pub foo_bar2:",
    ] {
        assert!(models.contains(field), "{field} missing from:\n{models}");
    }
}
