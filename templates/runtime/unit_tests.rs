//! The runtime's own tests, in the runtime crate only (generated crates do not get this file):
//! its rules on their own, where the tests of the generated crates see them through an API.

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderValue, RETRY_AFTER};

use crate::client::{retry_after, retryable_status};
use crate::{AccountSid, CallSid, Client, Error, Pairs, RetryPolicy, Uri};

/// 429 is retried for any request; a server error only where a repeat is safe; nothing else.
#[test]
fn which_statuses_are_retried() {
    for status in [500, 502, 503, 504] {
        assert!(retryable_status(status, true), "{status}, idempotent");
        assert!(!retryable_status(status, false), "{status}, not idempotent");
    }
    assert!(retryable_status(429, false) && retryable_status(429, true));
    for status in [200, 400, 401, 404, 409, 501, 505] {
        assert!(!retryable_status(status, true), "{status}");
    }
}

fn headers(retry_after_value: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert(
        RETRY_AFTER,
        HeaderValue::from_str(retry_after_value).expect("a header value"),
    );
    h
}

/// `Retry-After` in seconds or as an HTTP date; a date past is no wait; anything else is none.
#[test]
fn retry_after_reads_seconds_and_dates() {
    assert_eq!(retry_after(&headers("120")), Some(Duration::from_secs(120)));
    assert_eq!(retry_after(&headers(" 7 ")), Some(Duration::from_secs(7)));
    assert_eq!(
        retry_after(&headers("Wed, 21 Oct 2015 07:28:00 GMT")),
        Some(Duration::ZERO)
    );
    let later = std::time::SystemTime::now() + Duration::from_secs(90);
    let wait = retry_after(&headers(&httpdate::fmt_http_date(later))).expect("a date");
    assert!(
        wait > Duration::from_secs(85) && wait <= Duration::from_secs(90),
        "{wait:?}"
    );
    for bad in ["soon", "-1", "1.5", ""] {
        assert_eq!(retry_after(&headers(bad)), None, "{bad:?}");
    }
    assert_eq!(retry_after(&HeaderMap::new()), None);
}

/// The backoff doubles from the base delay up to the cap, with jitter over its upper half.
#[test]
fn the_backoff_doubles_up_to_its_cap_with_jitter() {
    let policy = RetryPolicy::default()
        .base_delay(Duration::from_millis(100))
        .max_delay(Duration::from_millis(1000));
    for (retry, full) in [
        (1, 100),
        (2, 200),
        (3, 400),
        (4, 800),
        (5, 1000),
        (40, 1000),
    ] {
        let full = Duration::from_millis(full);
        for _ in 0..50 {
            let delay = policy.backoff(retry);
            assert!(
                delay >= full / 2 && delay <= full,
                "retry {retry}: {delay:?} outside {:?}..={full:?}",
                full / 2
            );
        }
    }
}

/// Pairs leave out what was not given, repeat a key for each value of a list, and write an
/// object's members under their own keys.
#[test]
fn pairs_are_written_as_given() {
    let mut pairs = Pairs::default();
    pairs.add("To", Some("+15558675310"));
    pairs.add("From", None::<&str>);
    pairs.add("StatusCallbackEvent", ["initiated", "ringing"]);
    pairs.add("Timeout", Some(30));
    #[derive(serde::Serialize)]
    struct Filter {
        status: &'static str,
        limit: Option<u32>,
    }
    pairs.add_members(
        Some(&Filter {
            status: "open",
            limit: None,
        }),
        &[("status", "filter[status]"), ("limit", "filter[limit]")],
    );
    assert_eq!(
        pairs.into_vec(),
        vec![
            ("To", "+15558675310".to_owned()),
            ("StatusCallbackEvent", "initiated".to_owned()),
            ("StatusCallbackEvent", "ringing".to_owned()),
            ("Timeout", "30".to_owned()),
            ("filter[status]", "open".to_owned()),
        ]
    );
}

/// An answer is read leniently: an empty success is the type's empty value, an object written
/// as a JSON string is that object; an error status is the API's error with its code.
#[test]
fn answers_decode_leniently_and_errors_keep_their_code() {
    let empty: Vec<u32> = crate::decode_response(204, b"", 204).expect("an empty list");
    assert!(empty.is_empty());
    let none: Option<u32> = crate::decode_response(200, b"  ", 200).expect("nothing");
    assert_eq!(none, None);
    #[derive(serde::Deserialize)]
    struct Thing {
        id: u32,
    }
    let wrapped: Thing =
        crate::decode_response(200, br#""{\"id\":1}""#, 200).expect("the object inside");
    assert_eq!(wrapped.id, 1);
    let err = crate::decode_response::<serde_json::Value>(
        404,
        br#"{"code": 20404, "message": "The requested resource was not found", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}"#,
        200,
    )
    .expect_err("a 404");
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.code(), Some(20404));
    let broken = crate::decode_response::<serde_json::Value>(200, b"{\"id\": 1", 200)
        .expect_err("truncated JSON");
    assert!(
        matches!(&broken, Error::Undecodable(u) if u.succeeded()),
        "{broken:?}"
    );
    // A resource must be an object, even where every field could be absent.
    let array = crate::decode_object::<std::collections::BTreeMap<String, u32>>(200, b"[]", 200);
    assert!(array.is_err());
}

/// A URL input is checked before it is sent: absolute, with a host, no spaces.
#[test]
fn uris_are_checked() {
    assert!(
        Uri::from("https://example.com/messages?x=1")
            .check()
            .is_ok()
    );
    for bad in ["example.com/messages", "https://", "not a url", ""] {
        assert!(Uri::from(bad).check().is_err(), "{bad:?}");
    }
}

/// A SID is its prefix and 32 hexadecimal digits; lower case only where the kind says so.
#[test]
fn sids_are_checked() {
    let call = "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    assert_eq!(CallSid::new(call).expect("valid").as_str(), call);
    let err = CallSid::new("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa").expect_err("wrong prefix");
    assert!(err.rule().contains("CA"), "{err}");
    assert!(CallSid::new("CAaaaa").is_err());
    assert!(CallSid::new("CAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").is_err());
    assert!(AccountSid::new("ACAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").is_ok());
    assert!(AccountSid::new("ACgggggggggggggggggggggggggggggggg").is_err());
}

/// Twilio's published example: the signature of a request, and its check.
#[test]
fn signatures_follow_twilios_published_example() {
    let validator = crate::webhook::RequestValidator::new("12345");
    let url = "https://mycompany.com/myapp.php?foo=1&bar=2";
    let params = [
        ("CallSid", "CA1234567890ABCDE"),
        ("Caller", "+14158675309"),
        ("Digits", "1234"),
        ("From", "+14158675309"),
        ("To", "+18005551212"),
    ];
    assert!(validator.validate(url, &params, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    assert!(!validator.validate(url, &params[1..], "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    assert!(!validator.validate(url, &params, "not base64 at all"));
}

/// A page size is the limit between 1 and the largest page; a next link is followed only on
/// the client's own host or the operation's server.
#[test]
fn page_sizes_and_next_links() {
    assert_eq!(crate::paging::page_size_for::<u32>(0), Some(1));
    assert_eq!(crate::paging::page_size_for::<u32>(20), Some(20));
    assert_eq!(crate::paging::page_size_for::<u32>(50_000), Some(1000));
    let client = Client::builder()
        .account_sid("ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        .auth_token("token")
        .base_url("http://127.0.0.1:9")
        .build()
        .expect("a client");
    let server = "https://api.twilio.com";
    let template = "/2010-04-01/Accounts/{AccountSid}/Calls.json";
    let next = |link: &str| {
        crate::paging::next_page_request(&client, template, server, link).map(|r| r.path)
    };
    let path = "/2010-04-01/Accounts/AC1/Calls.json?Page=1&PageToken=PA1";
    assert_eq!(next(path).as_deref(), Some(path));
    assert_eq!(
        next(&format!("https://api.twilio.com{path}")).as_deref(),
        Some(path)
    );
    assert_eq!(
        next(&format!("http://127.0.0.1:9{path}")).as_deref(),
        Some(path)
    );
    assert_eq!(next(&format!("https://evil.example.com{path}")), None);
    assert_eq!(next(&format!("//evil.example.com{path}")), None);
}
