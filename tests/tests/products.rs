//! The crate of three products, `twilio` (tests/twilio, from spec/twilio.yaml: the
//! api_v2010 selection, all of verify_v2 and all of messaging_v1): fresh, and called through
//! one client, its blocking face and its mock, against wiremock and against Prism serving each
//! product's own spec.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use tests::{read_tree, repo_root};
use wiremock::matchers::{body_string_contains, header_exists, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// What spec/twilio.yaml makes, as the generator makes it.
fn generated() -> generator::GeneratedMany {
    let root = repo_root();
    let request = generator::Request {
        select: Some(root.join("spec/twilio.yaml")),
        default_select: root.join("spec/select.yaml"),
        ..generator::Request::default()
    };
    let resolved = generator::Config::resolve(&request).expect("spec/twilio.yaml resolves");
    assert_eq!(resolved.config.products.len(), 3, "three products");
    let specs: Vec<Vec<u8>> = resolved
        .spec_paths
        .iter()
        .map(|p| std::fs::read(p).expect("the spec is readable"))
        .collect();
    generator::generate_many(&specs, &resolved.config)
        .unwrap_or_else(|d| panic!("spec/twilio.yaml must generate:\n{d}"))
}

#[test]
fn the_crate_of_three_products_is_fresh() {
    let generated = generated();
    let on_disk = read_tree(&repo_root().join("tests/twilio"));
    let paths: BTreeSet<&String> = on_disk.keys().chain(generated.files.keys()).collect();
    let stale: Vec<String> = paths
        .into_iter()
        .filter(|p| on_disk.get(*p) != generated.files.get(*p))
        .map(|p| format!("tests/twilio/{p}"))
        .collect();
    assert!(
        stale.is_empty(),
        "tests/twilio is stale: run `cargo run -p generator -- --select spec/twilio.yaml --out tests/twilio` and commit\n{}",
        stale.join("\n")
    );
    // One module per spec, named after its file without `twilio_`, and the SID types once, at
    // the root.
    let modules: Vec<&str> = generated
        .apis
        .iter()
        .filter_map(|a| a.product.as_ref().map(|p| p.module.as_str()))
        .collect();
    assert_eq!(modules, ["api_v2010", "verify_v2", "messaging_v1"]);
    assert!(generated.files.contains_key("src/sids.rs"));
    assert!(
        !generated
            .files
            .keys()
            .any(|p| p.ends_with("/sids.rs") && p != "src/sids.rs")
    );
}

fn client(base_url: &str) -> twilio::Client {
    twilio::Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("token")
        .base_url(base_url)
        .build()
        .expect("a client")
}

fn call_sid() -> twilio::CallSid {
    "CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
        .parse()
        .expect("a call SID")
}

/// One client, one set of credentials, one `Error`: each product's operation reaches its path,
/// and the SID types it answers with are the crate's own.
#[tokio::test]
async fn one_client_reaches_every_product() {
    let server = MockServer::start().await;
    let subscription_path = format!(
        "/2010-04-01/Accounts/{ACCOUNT}/Calls/{}/UserDefinedMessageSubscriptions.json",
        call_sid()
    );
    Mock::given(method("POST"))
        .and(path(subscription_path.as_str()))
        .and(header_exists("authorization"))
        .and(body_string_contains(
            "Callback=https%3A%2F%2Fexample.com%2Fmessages",
        ))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({
            "sid": "ZYcccccccccccccccccccccccccccccccc",
            "call_sid": call_sid().to_string(),
            "account_sid": ACCOUNT,
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v2/Services"))
        .and(header_exists("authorization"))
        .and(body_string_contains("FriendlyName=My+App"))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({
            "sid": "VAdddddddddddddddddddddddddddddddd",
            "account_sid": ACCOUNT,
            "friendly_name": "My App",
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/v1/Services"))
        .and(body_string_contains("FriendlyName=Notifications"))
        .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({
            "sid": "MGeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
            "account_sid": ACCOUNT,
        })))
        .expect(1)
        .mount(&server)
        .await;
    let client = client(&server.uri());

    let subscription = client
        .api_v2010()
        .call(&call_sid())
        .user_defined_message_subscriptions()
        .create(
            twilio::api_v2010::CreateUserDefinedMessageSubscriptionParams::new(
                "https://example.com/messages",
            ),
        )
        .await
        .expect("api_v2010 answers");
    // The call SID api_v2010 answers with is the one type every product takes.
    let answered: Option<&twilio::CallSid> = subscription.call_sid.as_ref();
    assert_eq!(answered, Some(&call_sid()));

    let service = client
        .verify_v2()
        .services()
        .create(twilio::verify_v2::CreateServiceParams::new("My App"))
        .await
        .expect("verify_v2 answers");
    let verify_sid: twilio::ServiceSid = service.sid.clone().expect("a service SID");
    assert_eq!(verify_sid.as_str(), "VAdddddddddddddddddddddddddddddddd");
    assert_eq!(
        service.account_sid.as_ref().map(|s| s.as_str()),
        Some(ACCOUNT)
    );

    // Names repeat across products: messaging_v1's CreateServiceParams is its own.
    let messaging = client
        .messaging_v1()
        .services()
        .create(twilio::messaging_v1::CreateServiceParams::new(
            "Notifications",
        ))
        .await
        .expect("messaging_v1 answers");
    let messaging_sid: Option<twilio::MessagingServiceSid> = messaging.sid.clone();
    assert!(messaging_sid.is_some());

    // An error from any product is the one `Error`.
    let missing: Result<_, twilio::Error> = client.verify_v2().service(&verify_sid).fetch().await;
    assert!(
        matches!(missing, Err(twilio::Error::Api(ref e)) if e.status == 404),
        "{missing:?}"
    );
}

/// Without a base URL each product goes to its own host, with the client's region and edge: a
/// middleware answers in place of the network and notes where each request was going.
#[tokio::test]
async fn each_product_goes_to_its_own_host() {
    #[derive(Clone, Default)]
    struct Hosts(Arc<Mutex<Vec<String>>>);

    #[async_trait::async_trait]
    impl reqwest_middleware::Middleware for Hosts {
        async fn handle(
            &self,
            request: reqwest::Request,
            _: &mut http::Extensions,
            _: reqwest_middleware::Next<'_>,
        ) -> reqwest_middleware::Result<reqwest::Response> {
            let url = request.url();
            self.0.lock().expect("hosts").push(format!(
                "{}{}",
                url.host_str().unwrap_or(""),
                url.path()
            ));
            let answer = http::Response::builder()
                .status(201)
                .header("content-type", "application/json")
                .body(r#"{"sid":"VAdddddddddddddddddddddddddddddddd"}"#)
                .expect("an answer");
            Ok(reqwest::Response::from(answer))
        }
    }

    for (region, edge, verify, messaging) in [
        (None, None, "verify.twilio.com", "messaging.twilio.com"),
        (
            Some("au1"),
            Some("sydney"),
            "verify.sydney.au1.twilio.com",
            "messaging.sydney.au1.twilio.com",
        ),
    ] {
        let hosts = Hosts::default();
        let stack = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
            .with(hosts.clone())
            .build();
        let mut builder = twilio::Client::builder()
            .account_sid(ACCOUNT)
            .auth_token("token")
            .middleware(stack);
        if let (Some(region), Some(edge)) = (region, edge) {
            builder = builder.region(region).edge(edge);
        }
        let client = builder.build().expect("a client");
        client
            .verify_v2()
            .services()
            .create(twilio::verify_v2::CreateServiceParams::new("My App"))
            .await
            .expect("verify_v2 answers");
        client
            .messaging_v1()
            .services()
            .create(twilio::messaging_v1::CreateServiceParams::new(
                "Notifications",
            ))
            .await
            .expect("messaging_v1 answers");
        let seen = hosts.0.lock().expect("hosts").clone();
        assert_eq!(
            seen,
            [
                format!("{verify}/v2/Services"),
                format!("{messaging}/v1/Services")
            ]
        );
    }
}

/// The blocking client reaches every product the same way, without an async runtime.
#[test]
fn the_blocking_client_reaches_every_product() {
    let runtime = tokio::runtime::Runtime::new().expect("a runtime for wiremock");
    let server =
        runtime.block_on(async {
            let server = MockServer::start().await;
            Mock::given(method("POST"))
                .and(path("/v2/Services"))
                .respond_with(ResponseTemplate::new(201).set_body_json(
                    serde_json::json!({"sid": "VAdddddddddddddddddddddddddddddddd"}),
                ))
                .expect(1)
                .mount(&server)
                .await;
            server
        });
    let client =
        twilio::blocking::Client::from_async(client(&server.uri())).expect("a blocking client");
    let service = client
        .verify_v2()
        .services()
        .create(twilio::verify_v2::CreateServiceParams::new("My App"))
        .expect("verify_v2 answers");
    assert!(service.sid.is_some());
    runtime.block_on(server.verify());
}

/// The crate's typed mock has every product's operations, a method per product.
#[tokio::test]
async fn the_mock_serves_every_product() {
    let server = twilio::mock::MockServer::start().await;
    let mut service = twilio::verify_v2::Service::default();
    service.sid = Some(
        "VAdddddddddddddddddddddddddddddddd"
            .parse()
            .expect("a service SID"),
    );
    let create = server
        .verify_v2()
        .create_service()
        .when(|p| p.friendly_name == "My App")
        .times(1)
        .respond(service);
    let subscribe = server
        .api_v2010()
        .create_user_defined_message_subscription()
        .times(1)
        .respond(twilio::api_v2010::UserDefinedMessageSubscription::default());
    let client = server.client();
    let made = client
        .verify_v2()
        .services()
        .create(twilio::verify_v2::CreateServiceParams::new("My App"))
        .await
        .expect("the mock answers");
    assert_eq!(
        made.sid.as_ref().map(|s| s.as_str()),
        Some("VAdddddddddddddddddddddddddddddddd")
    );
    client
        .api_v2010()
        .call(&call_sid())
        .user_defined_message_subscriptions()
        .create(
            twilio::api_v2010::CreateUserDefinedMessageSubscriptionParams::new(
                "https://example.com/messages",
            ),
        )
        .await
        .expect("the mock answers");
    drop((create, subscribe));
    server.verify();
}

/// Each product's calls are what its own spec allows: Prism serves the spec, checks every
/// request against it and answers with its examples, which the client reads.
#[tokio::test]
async fn every_product_is_accepted_by_prism_serving_its_spec() {
    let spec = |name: &str| repo_root().join("spec").join(name);
    let verify = tests::Prism::serve(&spec("twilio_verify_v2.json"), &["--errors"]);
    let messaging = tests::Prism::serve(&spec("twilio_messaging_v1.json"), &["--errors"]);

    let client = client(&verify.base_url);
    let service = client
        .verify_v2()
        .services()
        .create(twilio::verify_v2::CreateServiceParams::new("My App").code_length(6))
        .await
        .expect("Prism accepts verify_v2's request and the client reads its answer");
    let sid = service.sid.clone().expect("the example's SID");
    let verification = client
        .verify_v2()
        .service(&sid)
        .verifications()
        .create(twilio::verify_v2::CreateVerificationParams::new(
            "+15017122661",
            "sms",
        ))
        .await
        .expect("Prism accepts the verification");
    assert!(verification.sid.is_some());
    let services = client
        .verify_v2()
        .services()
        .list(twilio::verify_v2::ListServiceParams::new().limit(5))
        .await
        .expect("Prism lists the services");
    assert!(!services.is_empty());

    let client = self::client(&messaging.base_url);
    let created = client
        .messaging_v1()
        .services()
        .create(twilio::messaging_v1::CreateServiceParams::new(
            "Notifications",
        ))
        .await
        .expect("Prism accepts messaging_v1's request");
    assert!(created.sid.is_some());
}

/// One command line for every product, under twilio-cli's topics, with one set of variables.
#[tokio::test]
async fn one_command_line_has_every_products_commands() {
    use clap::Parser;
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/v2/Services"))
        .and(body_string_contains("FriendlyName=My+App"))
        .respond_with(
            ResponseTemplate::new(201)
                .set_body_json(serde_json::json!({"sid": "VAdddddddddddddddddddddddddddddddd"})),
        )
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(
            format!("/2010-04-01/Accounts/{ACCOUNT}/Calls/{}.json", call_sid()).as_str(),
        ))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            serde_json::json!({"sid": call_sid().to_string(), "status": "in-progress"}),
        ))
        .expect(1)
        .mount(&server)
        .await;
    let vars = |name: &str| match name {
        "TWILIO_ACCOUNT_SID" => Some(ACCOUNT.to_owned()),
        "TWILIO_AUTH_TOKEN" => Some("token".to_owned()),
        _ => None,
    };
    // The help names the variable the client really reads.
    let help = twilio::cli::Cli::try_parse_from(["twilio", "--help"])
        .expect_err("help is not a command")
        .to_string();
    assert!(help.contains("TWILIO_API_BASE_URL"), "{help}");
    let base = server.uri();
    for (args, wanted) in [
        (
            vec![
                "twilio",
                "--base-url",
                &base,
                "api:verify:v2:services:create",
                "--friendly-name",
                "My App",
            ],
            "VAdddddddddddddddddddddddddddddddd",
        ),
        (
            vec![
                "twilio",
                "--base-url",
                &base,
                "api:core:calls:fetch",
                "--sid",
                "CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
            ],
            "in-progress",
        ),
    ] {
        let cli = twilio::cli::Cli::try_parse_from(&args).expect("the command parses");
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let code = twilio::cli::run(cli, vars, &mut out, &mut err).await;
        let (out, err) = (String::from_utf8_lossy(&out), String::from_utf8_lossy(&err));
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(out.contains(wanted), "{args:?}: {out}");
    }
}
