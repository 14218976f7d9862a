//! The conformance harness (`tests/src/conformance`) on a representative subset of the corpus:
//! every operation of each spec generated with `--all`, built, and called through the library
//! and the command line against Prism serving that spec, in its static and dynamic modes, and
//! through the library against the crate's own typed mock, every operation mounted. Every call
//! must pass, Prism's named faults apart (counted, never as passes).
//! `scripts/conformance.py` runs the whole corpus the same way.

use tests::conformance::{self, Options, SpecReport, Target};

#[test]
fn every_operation_of_a_representative_subset_works_against_prism() {
    let root = tests::repo_root();
    let shared = root
        .parent()
        .expect("the repository's parent")
        .join("shared");
    let mut targets = vec![
        // Another vendor's 3.1 specs, a large 3.0 one with every body kind, and Discord's.
        Target::whole(shared.join("third-party-specs/sendgrid_mail_settings_v3.json")),
        Target::whole(shared.join("third-party-specs/box.json")),
        Target::whole(shared.join("third-party-specs/discord.json")),
        // Twilio's call resources, and two small Twilio specs (one with form arrays, which
        // Prism cannot read).
        Target {
            spec: root.join("spec/twilio_api_v2010.json"),
            path_prefix: Some("/2010-04-01/Accounts/{AccountSid}/Calls".to_owned()),
        },
        Target::whole(shared.join("spec-reference/twilio_accounts_v1.json")),
        Target::whole(shared.join("spec-reference/twilio_bulkexports_v1.json")),
    ];
    // The project's own: the constructs real specs use that the vendors above do not.
    targets.extend(
        conformance::spec_files(&[root.join("tests/fixtures/conformance")])
            .into_iter()
            .map(Target::whole),
    );
    let mut options = Options::new();
    options.work = root.join("target/conformance-ci");
    let reports = conformance::run(&targets, &options, &mut |line| eprintln!("{line}"));
    let table = conformance::table(&reports, &options.modes);
    println!("{table}");
    assert_eq!(reports.len(), targets.len());
    assert!(reports.iter().all(|r| r.operations > 0), "{table}");
    assert!(reports.iter().all(SpecReport::clean), "{table}");
    // The crate's mock read every call of every operation.
    assert!(
        reports
            .iter()
            .all(|r| r.passed.get(&conformance::Mode::Mock) == Some(&r.operations)),
        "{table}"
    );
}

/// The faults of Prism's that the harness counts apart (besides its form arrays, pinned in
/// `contract.rs`), each shown directly: an assertion here fails once Prism mends the fault, and
/// the exception can go.
#[tokio::test]
async fn prisms_faults_the_harness_counts_apart_are_still_there() {
    let fixtures = tests::repo_root().join("tests/fixtures/conformance");
    let http = reqwest::Client::new();

    // An operation whose spec documents no response (`responses: {}`): Prism answers 500.
    let prism = tests::Prism::serve(&fixtures.join("internal_service.yaml"), &[]);
    let audit = http
        .post(format!(
            "{}/items/123e4567-e89b-42d3-a456-426614174000/audit",
            prism.base_url
        ))
        .send()
        .await
        .expect("Prism answers");
    assert_eq!(audit.status().as_u16(), 500);
    let body = audit.text().await.expect("body");
    assert!(
        body.contains("No response defined for the selected operation"),
        "{body}"
    );

    // A server given as `/api/v3`: Prism serves `/notes` at its root, and not where the spec
    // puts it.
    let prism = tests::Prism::serve(&fixtures.join("relative_server.yaml"), &[]);
    let status = |path: &'static str| {
        let url = format!("{}{path}", prism.base_url);
        let http = http.clone();
        async move {
            http.get(url)
                .send()
                .await
                .expect("Prism answers")
                .status()
                .as_u16()
        }
    };
    assert_eq!(status("/api/v3/notes").await, 404);
    assert_eq!(status("/notes").await, 200);

    // Prism's dynamic mode throws making Discord's audit log, and answers 500 with the stack.
    let discord = tests::repo_root().join("../shared/third-party-specs/discord.json");
    let prism = tests::Prism::serve(&discord, &["-d", "--seed", "1"]);
    let log = http
        .get(format!("{}/guilds/1/audit-logs", prism.base_url))
        .header("authorization", "Bot token")
        .send()
        .await
        .expect("Prism answers");
    assert_eq!(log.status().as_u16(), 500);
    let body = log.text().await.expect("body");
    assert!(body.contains("json-schema-faker"), "{body}");

    // Box: an object part of a multipart body, sent as JSON, is no object to Prism; a form field
    // that `required` names but `properties` does not define is dropped, then missed.
    let boxed = tests::repo_root().join("../shared/third-party-specs/box.json");
    let prism = tests::Prism::serve(&boxed, &[]);
    // The body is written out whole, with its length.
    let boundary = "conformance-boundary";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"attributes\"\r\n\
         Content-Type: application/json\r\n\r\n{{\"name\":\"a.txt\",\"parent\":{{\"id\":\"0\"}}}}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\
         Content-Type: application/octet-stream\r\n\r\nhi\r\n--{boundary}--\r\n"
    );
    let upload = http
        .post(format!("{}/files/content", prism.base_url))
        .bearer_auth("token")
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body)
        .send()
        .await
        .expect("Prism answers");
    let violations = upload
        .headers()
        .get("sl-violations")
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    assert!(upload.status().is_client_error(), "{violations:?}");
    assert!(violations.is_some_and(|v| v.contains("attributes must be object")));
    let revoke = http
        .post(format!("{}/oauth2/revoke", prism.base_url))
        .bearer_auth("token")
        .form(&[("grant_type", "example"), ("token", "t")])
        .send()
        .await
        .expect("Prism answers");
    let violations = revoke
        .headers()
        .get("sl-violations")
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    assert!(revoke.status().is_client_error(), "{violations:?}");
    assert!(violations.is_some_and(|v| v.contains("required property 'grant_type'")));

    // A required form body whose fields are all optional, sent with none: Prism takes the
    // empty form for no body.
    let prism = tests::Prism::serve(&fixtures.join("forms_and_redirects.yaml"), &[]);
    let empty = http
        .post(format!("{}/session", prism.base_url))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("")
        .send()
        .await
        .expect("Prism answers");
    assert_eq!(empty.status().as_u16(), 422);
    let body = empty.text().await.expect("body");
    assert!(body.contains("Body parameter is required"), "{body}");
}
