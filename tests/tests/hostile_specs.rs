//! Hostile specs: mutated documents fed to the generator library must give a result or located
//! diagnostics, never a panic; hostile names must still give a crate that compiles cleanly.
//!
//! Run longer with `PROPTEST_CASES=20000 cargo test -p tests --test hostile_specs`.

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
    let models = &generated.files["src/models.rs"];
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
