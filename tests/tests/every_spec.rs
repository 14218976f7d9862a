//! A representative subset of Twilio's published specs, the whole api_v2010 included, generated
//! with `--all`, checked with clippy (warnings denied, all targets and features) and their
//! doctests compiled, in CI's time budget. `scripts/check-all-specs.py` does the same for all 55
//! and prints a table.

use generator::Config;

/// Specs that between them use every construct the generator maps: api_v2010's paging and
/// nested resources, the newer APIs' `meta.next_page_url`, JSON bodies, a `oneOf` body, enum and
/// date path parameters, headers, and hosts of their own; marketplace_v1 has `/v1/Listings` with
/// two operations beside `/v1/Listing/{Sid}`, names that once collided; lookups_v2 has an enum
/// named `ValidationError`, like the runtime's error type; events_v1's quick start once named its
/// SID one way and used it another.
const SUBSET: [&str; 9] = [
    "twilio_api_v2010.json",
    "twilio_messaging_v1.json",
    "twilio_messaging_v3.json",
    "twilio_numbers_v1.json",
    "twilio_voice_v1.json",
    "twilio_conversations_v1.json",
    "twilio_marketplace_v1.json",
    "twilio_lookups_v2.json",
    "twilio_events_v1.json",
];

#[test]
fn a_representative_subset_generates_and_passes_clippy() {
    let specs = tests::repo_root().join("../shared/spec-reference");
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
        tests::write_crate(dir.path(), member, &generated);
        members.push(member);
    }
    tests::check_crates(dir.path(), &members, &[]);
}

/// Every operation of all 55 specs is called by the verb its operationId starts with: fetching
/// a call is `call(&sid).fetch()` and updating it `call(&sid).update(params)`, never `list()`
/// and `create()` as the path's shape alone would say. The CLI's action agrees, in twilio-cli's
/// words. SID types are named in the singular.
#[test]
fn operations_and_sids_are_named_as_a_reader_expects() {
    let specs = reference_models();
    assert_eq!(specs.len(), 55);
    let (mut checked, mut wrong) = (0, Vec::new());
    let mut sid_names = std::collections::BTreeMap::new();
    for (name, _, api) in &specs {
        for kind in api.sids.values() {
            sid_names.insert((name.clone(), kind.prefixes.join("|")), kind.name.clone());
        }
        for op in &api.operations {
            let (verb, action) = match op.operation_id.as_str() {
                id if id.starts_with("Fetch") => ("fetch", "fetch"),
                id if id.starts_with("List") => ("list", "list"),
                id if id.starts_with("Create") => ("create", "create"),
                id if id.starts_with("Update") => ("update", "update"),
                id if id.starts_with("Delete") => ("delete", "remove"),
                _ => continue,
            };
            checked += 1;
            let command = op.command.words.join(" ");
            // Two operations of one topic keep the verb and add their id (`:fetch-worker-…`).
            let last = command.rsplit(':').next().unwrap_or("");
            let named = last == action || last.starts_with(&format!("{action}-"));
            if !(op.rust_name == verb || op.rust_name.starts_with(&format!("{verb}_"))) || !named {
                wrong.push(format!(
                    "{name} {}: method `{}`, command `{command}`",
                    op.operation_id, op.rust_name
                ));
            }
        }
    }
    assert!(checked > 1400, "{checked} operations checked");
    // SID types are named in the singular, after their resource, and a list of SIDs gives its
    // items' name, not `…SidsSid`.
    for (spec, prefix, expected) in [
        ("twilio_api_v2010.json", "CA", "CallSid"),
        ("twilio_api_v2010.json", "PK", "PaymentSid"),
        ("twilio_messaging_v1.json", "BN", "BrandRegistrationSid"),
        ("twilio_flex_v1.json", "ZS", "ServerlessServiceSid"),
        ("twilio_video_v1.json", "CR", "AwsCredentialsSid"),
    ] {
        let key = (spec.to_owned(), prefix.to_owned());
        assert_eq!(
            sid_names.get(&key).map(String::as_str),
            Some(expected),
            "{key:?}"
        );
    }
    let doubled: Vec<_> = sid_names
        .values()
        .filter(|n| n.ends_with("SidsSid"))
        .collect();
    assert!(doubled.is_empty(), "{doubled:?}");
    assert!(
        wrong.is_empty(),
        "{} misnamed:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// How a caller reaches each operation: the accessors from the client (with `(…)` where one
/// takes a value) and the method, by operationId.
fn call_shapes(api: &generator::model::Api) -> std::collections::BTreeMap<String, String> {
    fn walk(
        api: &generator::model::Api,
        node: &generator::model::Node,
        route: &mut Vec<String>,
        out: &mut std::collections::BTreeMap<String, String>,
    ) {
        for &i in &node.operations {
            let op = &api.operations[i];
            out.insert(
                op.operation_id.clone(),
                format!("{}.{}", route.join("."), op.rust_name),
            );
        }
        for child in &node.children {
            let value = if child.param.is_some() { "(…)" } else { "()" };
            route.push(format!("{}{value}", child.accessor));
            walk(api, child, route, out);
            route.pop();
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(api, &api.root, &mut vec!["client".to_owned()], &mut out);
    out
}

/// One navigation shape whatever is selected: each operation of api_v2010, and the first few
/// of every other spec, is reached the same way when it is generated alone as when the whole
/// spec is (`client.call(…).fetch`, never a name that depends on the neighbours).
#[test]
fn the_call_shape_does_not_depend_on_the_selection() {
    let mut compared = 0;
    for (name, bytes, whole) in &reference_models() {
        let whole_shapes = call_shapes(whole);
        let take = if name == "twilio_api_v2010.json" {
            usize::MAX
        } else {
            3
        };
        for (id, shape) in whole_shapes.iter().take(take) {
            let mut config = Config::all(name.as_str());
            config.selection = generator::select::Selection {
                operations: vec![id.clone()],
                ..Default::default()
            };
            let (alone, _) =
                generator::model(bytes, &config).unwrap_or_else(|d| panic!("{name} {id}:\n{d}"));
            assert_eq!(
                call_shapes(&alone).get(id),
                Some(shape),
                "{name} {id}: alone and with the whole spec"
            );
            compared += 1;
        }
    }
    assert!(compared > 300, "{compared} operations compared");
}

/// Twilio's 55 published specs, in name order: each one's file name, bytes and model with
/// every operation.
fn reference_models() -> Vec<(String, Vec<u8>, generator::model::Api)> {
    let mut specs: Vec<_> = std::fs::read_dir(tests::repo_root().join("../shared/spec-reference"))
        .expect("spec-reference")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    specs.sort();
    specs
        .iter()
        .map(|spec| {
            let name = spec
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            let bytes = std::fs::read(spec).expect("spec");
            let (api, _) = generator::model(&bytes, &Config::all(&name))
                .unwrap_or_else(|d| panic!("{name}:\n{d}"));
            (name, bytes, api)
        })
        .collect()
}
