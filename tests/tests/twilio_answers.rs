//! The generated client against answers written the way Twilio writes them, not as the spec
//! describes them: `""` for an absent SID, date or URL, numbers as strings, `null` anywhere,
//! enum values the spec does not list, fields that a later spec dropped or added. A successful
//! answer never fails for one field; an answer that cannot be read at all says that Twilio
//! carried the request out. Every error names its request.

use twilio_api_v2010::{
    AvailablePhoneNumberLocal, CallStatus, Client, CreateCallParams, Error,
    ListAvailablePhoneNumberLocalParams, ListCallParams, RetryPolicy,
};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CALL: &str = "CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
const CALLS: &str = "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls.json";
const LOCAL: &str =
    "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/AvailablePhoneNumbers/US/Local.json";
const REQUEST_ID: &str = "RQcccccccccccccccccccccccccccccccc";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("secret-token")
        .base_url(server.uri())
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client")
}

/// A call as Twilio's API returns it right after it was created: blank SIDs and dates, the
/// price and duration as strings, `null`s, a status newer than the spec, a field the spec does
/// not have yet, and none of some fields the spec lists.
fn twilio_call() -> serde_json::Value {
    serde_json::json!({
        "account_sid": ACCOUNT,
        "annotation": null,
        "answered_by": null,
        "api_version": "2010-04-01",
        "caller_name": null,
        "date_created": "Tue, 31 Aug 2010 20:36:28 +0000",
        "date_updated": "Tue, 31 Aug 2010 20:36:44 +0000",
        "direction": "outbound-api",
        "duration": "15",
        "end_time": "",
        "forwarded_from": "",
        "from": "+15017122661",
        "from_formatted": "(501) 712-2661",
        "group_sid": "",
        "parent_call_sid": "",
        "phone_number_sid": null,
        "price": "-0.03000",
        "price_unit": "USD",
        "sid": CALL,
        "start_time": "Tue, 31 Aug 2010 20:36:29 +0000",
        "status": "initiated-by-a-newer-api",
        "subresource_uris": {"notifications": "/2010-04-01/Accounts/AC/Calls/CA/Notifications.json"},
        "to": "+14155551212",
        "to_formatted": "(415) 555-1212",
        "trunk_sid": "",
        "uri": "/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Calls/CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb.json",
        "queue_time": 0,
        "a_field_from_a_later_spec": {"nested": [1, 2, 3]}
    })
}

fn create_call() -> CreateCallParams {
    CreateCallParams::new("+14155551212", "+15017122661").url("https://example.com/twiml")
}

#[tokio::test]
async fn an_instance_with_blanks_nulls_and_new_values_decodes() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(CALLS))
        .respond_with(
            ResponseTemplate::new(201)
                .insert_header("Twilio-Request-Id", REQUEST_ID)
                .set_body_json(twilio_call()),
        )
        .mount(&server)
        .await;
    let call = client(&server)
        .calls()
        .create(create_call())
        .await
        .expect("Twilio's answer decodes");
    assert_eq!(call.sid.as_ref().map(|s| s.as_str()), Some(CALL));
    // `""` and `null` are `None`, for SIDs, dates and text alike.
    assert_eq!(call.group_sid, None);
    assert_eq!(call.parent_call_sid, None);
    assert_eq!(call.phone_number_sid, None);
    assert_eq!(call.trunk_sid, None);
    assert_eq!(call.end_time, None);
    assert_eq!(call.forwarded_from, None);
    assert_eq!(call.answered_by, None);
    assert_eq!(
        call.start_time.map(|t| t.unix_timestamp()),
        Some(1_283_286_989)
    );
    // A value the spec does not list is kept; a number where the spec says text is text.
    assert_eq!(
        call.status.as_ref().map(CallStatus::as_str),
        Some("initiated-by-a-newer-api")
    );
    assert!(!call.status.as_ref().is_some_and(CallStatus::is_known));
    assert_eq!(call.price.as_deref(), Some("-0.03000"));
    assert_eq!(call.queue_time.as_deref(), None, "0 is not text");
    // The answer as sent: status, headers, request id and the raw body with every field.
    assert_eq!(call.status(), 201);
    assert_eq!(call.request_id(), Some(REQUEST_ID));
    let raw = call.body_json().expect("JSON");
    assert_eq!(raw["group_sid"], "");
    assert_eq!(raw["queue_time"], 0);
    assert_eq!(raw["a_field_from_a_later_spec"]["nested"][2], 3);
}

#[tokio::test]
async fn values_that_break_their_type_are_none() {
    let server = MockServer::start().await;
    let mut body = twilio_call();
    body["sid"] = serde_json::json!(12345);
    body["date_created"] = serde_json::json!("yesterday");
    body["account_sid"] = serde_json::json!("not a SID");
    body["status"] = serde_json::json!(["queued"]);
    body["subresource_uris"] = serde_json::json!("");
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201).set_body_json(body))
        .mount(&server)
        .await;
    let call = client(&server)
        .calls()
        .create(create_call())
        .await
        .expect("still decodes");
    assert_eq!(call.sid, None);
    assert_eq!(call.date_created, None);
    assert_eq!(call.account_sid, None);
    assert_eq!(call.status, None);
    assert_eq!(call.subresource_uris, None);
    assert!(call.date_updated.is_some(), "the other fields are read");
    assert_eq!(call.body_json().expect("JSON")["date_created"], "yesterday");
}

#[tokio::test]
async fn numbers_written_as_strings_decode_as_numbers() {
    let server = MockServer::start().await;
    let number = |lat: serde_json::Value, lon: serde_json::Value| {
        serde_json::json!({
            "friendly_name": "(808) 925-1571",
            "phone_number": "+18089251571",
            "lata": "834",
            "locality": "Hilo",
            "rate_center": "HILO",
            "latitude": lat,
            "longitude": lon,
            "region": "HI",
            "postal_code": "96720",
            "iso_country": "US",
            "address_requirements": "none",
            "beta": false,
            "capabilities": {"voice": true, "SMS": true, "MMS": false}
        })
    };
    Mock::given(method("GET"))
        .and(path(LOCAL))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "available_phone_numbers": [
                number("19.720000".into(), "-155.090000".into()),
                number(serde_json::json!(""), serde_json::Value::Null),
                number(serde_json::json!(37.8), serde_json::json!("west")),
            ],
            "end": 2,
            "first_page_uri": LOCAL,
            "next_page_uri": "",
            "page": 0,
            "page_size": 50,
            "previous_page_uri": "",
            "start": 0,
            "uri": LOCAL
        })))
        .mount(&server)
        .await;
    let numbers: Vec<AvailablePhoneNumberLocal> = client(&server)
        .available_phone_number("US")
        .local()
        .list(ListAvailablePhoneNumberLocalParams::new())
        .await
        .expect("the page decodes; an empty next_page_uri ends the list");
    let coordinates: Vec<(Option<f64>, Option<f64>)> =
        numbers.iter().map(|n| (n.latitude, n.longitude)).collect();
    assert_eq!(
        coordinates,
        [
            (Some(19.72), Some(-155.09)),
            (None, None),
            (Some(37.8), None)
        ]
    );
    assert_eq!(
        numbers[0].capabilities.as_ref().map(|c| c["SMS"].clone()),
        Some(serde_json::json!(true))
    );
    assert_eq!(server.received_requests().await.expect("recorded").len(), 1);
}

#[tokio::test]
async fn a_list_page_as_twilio_writes_it_decodes() {
    let server = MockServer::start().await;
    let mut second = twilio_call();
    second["sid"] = serde_json::json!("");
    Mock::given(method("GET"))
        .and(path(CALLS))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "calls": [twilio_call(), second, null],
            "end": 1,
            "first_page_uri": "/2010-04-01/Accounts/AC/Calls.json?PageSize=50&Page=0",
            "next_page_uri": null,
            "page": "0",
            "page_size": "50",
            "previous_page_uri": null,
            "start": 0,
            "uri": CALLS
        })))
        .mount(&server)
        .await;
    let client = client(&server);
    let page = client
        .calls()
        .page(ListCallParams::new())
        .await
        .expect("the page decodes");
    assert!(!page.has_next());
    // A `null` in the list of items is not an item, and does not fail the page.
    assert_eq!(page.items().len(), 2, "{:?}", page.items());
    assert_eq!(page.items()[1].sid, None);
    assert_eq!(
        page.response().body_json().expect("JSON")["page_size"],
        "50"
    );
}

#[tokio::test]
async fn a_success_that_cannot_be_read_says_the_request_was_carried_out() {
    for (body, why) in [
        ("<html><body>Bad gateway</body></html>", "an HTML page"),
        ("{\"sid\": \"CA", "truncated JSON"),
        ("[1, 2, 3]", "not an object"),
    ] {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .respond_with(
                ResponseTemplate::new(201)
                    .insert_header("Twilio-Request-Id", REQUEST_ID)
                    .set_body_string(body),
            )
            .mount(&server)
            .await;
        let err = client(&server)
            .calls()
            .create(create_call())
            .await
            .expect_err(why);
        assert!(err.succeeded(), "{why}: {err:?}");
        assert_eq!(err.status(), Some(201), "{why}");
        assert_eq!(err.request_id(), Some(REQUEST_ID), "{why}");
        let text = err.to_string();
        assert!(text.contains("carried out the request"), "{why}: {text}");
        assert!(text.contains(REQUEST_ID), "{why}: {text}");
        assert!(text.contains("POST"), "{why}: {text}");
        match &err {
            Error::Undecodable(e) => assert!(body.starts_with(&e.body), "{why}: {e:?}"),
            other => panic!("{why}: {other:?}"),
        }
    }
}

#[tokio::test]
async fn every_error_names_its_request_without_credentials() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("Twilio-Request-Id", REQUEST_ID)
                .set_body_json(serde_json::json!({
                    "code": 20404, "message": "The requested resource was not found",
                    "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404
                })),
        )
        .mount(&server)
        .await;
    let err = client(&server)
        .calls()
        .list(ListCallParams::new().to("+14155551212"))
        .await
        .expect_err("404");
    let request = err.request().expect("the request");
    assert_eq!(request.method, "GET");
    assert!(request.url.starts_with(&server.uri()), "{}", request.url);
    assert!(
        request.url.contains("/Calls.json?To=%2B14155551212"),
        "{}",
        request.url
    );
    assert_eq!(request.request_id.as_deref(), Some(REQUEST_ID));
    assert_eq!((err.status(), err.code()), (Some(404), Some(20404)));
    let text = err.to_string();
    assert!(text.contains(REQUEST_ID) && text.contains("GET "), "{text}");
    assert!(!text.contains("secret-token"), "{text}");

    // A transport error names its request too: a port where nothing listens.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
        listener.local_addr().expect("addr")
    };
    let offline = Client::builder()
        .account_sid(ACCOUNT)
        .auth_token("secret-token")
        .base_url(format!("http://{closed}"))
        .retry_policy(RetryPolicy::none())
        .build()
        .expect("client");
    let err = offline
        .calls()
        .create(create_call())
        .await
        .expect_err("nothing listens");
    let request = err.request().expect("the request");
    assert_eq!(request.method, "POST");
    assert_eq!(request.url, format!("http://{closed}{CALLS}"));
    assert!(matches!(err, Error::Transport(_)));
    assert!(!format!("{err} {err:?}").contains("secret-token"));
}

/// A struct read leniently writes back what it holds: each field that has a value under its
/// wire name, dates in Twilio's form, nothing for `None`; and what it writes reads back the
/// same, from text or from a `serde_json::Value`, keys with escapes included.
#[test]
fn a_decoded_answer_writes_back_what_it_holds() {
    let call: twilio_api_v2010::Call =
        serde_json::from_value(twilio_call()).expect("decodes from a value");
    let written = serde_json::to_value(&call).expect("writes");
    assert_eq!(written["sid"], CALL);
    assert_eq!(written["date_created"], "Tue, 31 Aug 2010 20:36:28 +0000");
    assert_eq!(written["status"], "initiated-by-a-newer-api");
    let object = written.as_object().expect("an object");
    assert!(!object.contains_key("group_sid"), "None is left out");
    assert!(!object.contains_key("a_field_from_a_later_spec"));
    assert!(object.values().all(|v| !v.is_null()));
    let text = serde_json::to_string(&call).expect("writes text");
    let again: twilio_api_v2010::Call = serde_json::from_str(&text).expect("reads back");
    assert_eq!(again, call);
    // A key written with an escape is the same key.
    let escaped = format!(r#"{{"\u0073id": "{CALL}", "price": -0.5}}"#);
    let call: twilio_api_v2010::Call = serde_json::from_str(&escaped).expect("decodes");
    assert_eq!(call.sid.as_ref().map(|s| s.as_str()), Some(CALL));
    assert_eq!(call.price.as_deref(), None, "a number is not text");
    // Anything but an object is not a call.
    for wrong in ["[]", "\"CA\"", "3", "null"] {
        assert!(
            serde_json::from_str::<twilio_api_v2010::Call>(wrong).is_err(),
            "{wrong}"
        );
    }
}
