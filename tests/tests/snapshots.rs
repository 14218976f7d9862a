//! Snapshots of the model and of the diagnostics for small fixture specs.

use generator::Config;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(tests::repo_root().join("tests/fixtures").join(name)).expect("fixture exists")
}

fn problems(name: &str) -> String {
    match generator::generate(&fixture(name), &Config::all(name)) {
        Ok(_) => panic!("{name} must be rejected"),
        Err(d) => d.to_string(),
    }
}

#[test]
fn model_of_a_small_spec() {
    let (api, total) = generator::model(&fixture("calls.yaml"), &Config::all("calls.yaml"))
        .expect("valid fixture");
    assert_eq!(total, 3);
    insta::assert_json_snapshot!("calls_model", api);
}

/// OpenAPI 3.1 (type lists, `const`, `null` members, `$ref` siblings, `webhooks`) and
/// `allOf` merged into one struct.
#[test]
fn model_of_an_openapi_31_spec_with_composed_schemas() {
    let (api, total) =
        generator::model(&fixture("composed31.yaml"), &Config::all("composed31.yaml"))
            .expect("valid fixture");
    assert_eq!(total, 1);
    insta::assert_json_snapshot!("composed31_model", api.types);
}

#[test]
fn a_selection_keeps_only_what_it_reaches() {
    let mut config = Config::all("calls.yaml");
    config.selection = generator::Selection {
        operations: vec!["DeleteCall".to_owned()],
        ..Default::default()
    };
    let (api, total) = generator::model(&fixture("calls.yaml"), &config).expect("valid fixture");
    assert_eq!(total, 3);
    assert_eq!(api.operations.len(), 1);
    assert!(
        api.types.is_empty(),
        "the delete reaches no schema: {:?}",
        api.types.keys()
    );
    assert_eq!(
        api.sids.keys().collect::<Vec<_>>(),
        ["AccountSid", "CallSid"]
    );
}

#[test]
fn the_fixture_crate_renders() {
    let generated = generator::generate(&fixture("calls.yaml"), &Config::all("calls.yaml"))
        .expect("valid fixture");
    let files: Vec<&String> = generated.files.keys().collect();
    insta::assert_json_snapshot!("calls_files", files);
    // The resources' files, one after the other, each under its path.
    let resources: String = generated
        .files
        .iter()
        .filter(|(path, _)| path.starts_with("src/resources/"))
        .map(|(path, text)| format!("// ---- {path}\n{text}"))
        .collect();
    insta::assert_snapshot!("calls_resources", resources);
}

#[test]
fn invalid_json() {
    insta::assert_snapshot!(problems("invalid.json"));
}

#[test]
fn invalid_yaml() {
    insta::assert_snapshot!(problems("invalid.yaml"));
}

#[test]
fn dangling_refs_are_all_reported() {
    insta::assert_snapshot!(problems("dangling_ref.yaml"));
}

#[test]
fn path_parameter_without_definition() {
    insta::assert_snapshot!(problems("undefined_path_param.yaml"));
}

#[test]
fn unsupported_constructs() {
    insta::assert_snapshot!(problems("unsupported.yaml"));
}

#[test]
fn other_openapi_versions() {
    insta::assert_snapshot!("openapi40", problems("openapi40.yaml"));
    insta::assert_snapshot!("swagger2", problems("swagger2.json"));
}

#[test]
fn an_unknown_operation_id_in_the_selection() {
    let mut config = Config::all("calls.yaml");
    config.selection = generator::Selection {
        operations: vec!["CreateCal".to_owned()],
        ..Default::default()
    };
    let err = generator::generate(&fixture("calls.yaml"), &config)
        .expect_err("rejected")
        .to_string();
    insta::assert_snapshot!(err);
}

/// The slips read in their one sensible way are reported once each, at their JSON pointer.
#[test]
fn slips_are_warned_about_where_they_are() {
    let name = "conformance/schema_refs.yaml";
    let generated = generator::generate(&fixture(name), &Config::all(name)).expect("accepted");
    let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
    insta::assert_snapshot!("schema_refs_warnings", warnings.join("\n"));
}
