//! Receiving call messages: Twilio's published signature vectors, tampering, JSON bodies, and a
//! property test against an independent HMAC-SHA1 written here from SHA-1 alone.

use base64::Engine;
use proptest::prelude::*;
use sha1::Digest;
use twilio_api_v2010::webhook::{RequestValidator, UserDefinedMessageEvent};

const URL: &str = "https://mycompany.com/myapp.php?foo=1&bar=2";
const PARAMS: [(&str, &str); 5] = [
    ("CallSid", "CA1234567890ABCDE"),
    ("Caller", "+14158675309"),
    ("Digits", "1234"),
    ("From", "+14158675309"),
    ("To", "+18005551212"),
];

/// HMAC-SHA1 (RFC 2104) from SHA-1, without the `hmac` crate the generated code uses.
fn hmac_sha1(key: &[u8], message: &[u8]) -> [u8; 20] {
    let mut block = [0u8; 64];
    if key.len() > 64 {
        block[..20].copy_from_slice(&sha1::Sha1::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let inner_key: Vec<u8> = block.iter().map(|b| b ^ 0x36).collect();
    let outer_key: Vec<u8> = block.iter().map(|b| b ^ 0x5c).collect();
    let inner = sha1::Sha1::new()
        .chain_update(&inner_key)
        .chain_update(message)
        .finalize();
    let outer = sha1::Sha1::new()
        .chain_update(&outer_key)
        .chain_update(inner)
        .finalize();
    outer.into()
}

/// Twilio's rule, written out plainly: URL, then name+value of each parameter sorted by name.
fn independent_signature(token: &str, url: &str, params: &[(String, String)]) -> String {
    let mut sorted = params.to_vec();
    sorted.sort();
    let mut data = url.to_owned();
    for (k, v) in sorted {
        data.push_str(&k);
        data.push_str(&v);
    }
    base64::engine::general_purpose::STANDARD.encode(hmac_sha1(token.as_bytes(), data.as_bytes()))
}

#[test]
fn twilio_published_vectors() {
    let validator = RequestValidator::new("12345");
    assert_eq!(validator.sign(URL, &PARAMS), "RSOYDt4T1cUTdK1PDd93/VVr8B8=");
    assert!(validator.validate(URL, &PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    let with_port = "https://mycompany.com:443/myapp.php?foo=1&bar=2";
    assert_eq!(
        validator.sign(with_port, &PARAMS),
        "kvajT1Ptam85bY51eRf/AJRuM3w="
    );
    // Accepted with and without the default port, whichever way it was signed.
    assert!(validator.validate(URL, &PARAMS, "kvajT1Ptam85bY51eRf/AJRuM3w="));
    assert!(validator.validate(with_port, &PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    // As Twilio's libraries do, a URL with any port is also tried without it: a proxy in
    // front of the handler may add a port (8080 here) that Twilio did not sign.
    for seen in [
        "https://mycompany.com:8080/myapp.php?foo=1&bar=2",
        "https://user@mycompany.com:8443/myapp.php?foo=1&bar=2",
    ] {
        let signed = if seen.contains('@') {
            "https://user@mycompany.com/myapp.php?foo=1&bar=2"
        } else {
            URL
        };
        let signature = validator.sign(signed, &PARAMS);
        assert!(validator.validate(seen, &PARAMS, &signature), "{seen}");
    }
    // Parameter order does not matter.
    let mut reversed = PARAMS;
    reversed.reverse();
    assert!(validator.validate(URL, &reversed, "RSOYDt4T1cUTdK1PDd93/VVr8B8="));
}

#[test]
fn wrong_signatures_and_tampering_are_rejected() {
    let validator = RequestValidator::new("12345");
    let good = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
    assert!(
        !RequestValidator::new("54321").validate(URL, &PARAMS, good),
        "another token"
    );
    let mut tampered = PARAMS;
    tampered[2] = ("Digits", "1235");
    assert!(
        !validator.validate(URL, &tampered, good),
        "a changed parameter"
    );
    assert!(
        !validator.validate(URL, &PARAMS[..4], good),
        "a dropped parameter"
    );
    assert!(
        !validator.validate("https://mycompany.com/myapp.php?foo=1&bar=3", &PARAMS, good),
        "a changed URL"
    );
    assert!(
        !validator.validate("http://mycompany.com/myapp.php?foo=1&bar=2", &PARAMS, good),
        "another scheme"
    );
    // A signature over another port than the handler sees: Twilio signed `:8443`, and the
    // URL without a port (or with 443) is not what it signed.
    let on_8443 = validator.sign("https://mycompany.com:8443/myapp.php?foo=1&bar=2", &PARAMS);
    assert!(!validator.validate(URL, &PARAMS, &on_8443), "another port");
    assert!(
        !validator.validate(
            "https://mycompany.com:443/myapp.php?foo=1&bar=2",
            &PARAMS,
            &on_8443
        ),
        "another port"
    );
    for malformed in [
        "",
        "not base64!",
        "RSOYDt4T1cUTdK1PDd93/VVr8B8",
        "AAAA",
        "%%%%",
    ] {
        assert!(
            !validator.validate(URL, &PARAMS, malformed),
            "{malformed:?}"
        );
    }
    for url in ["", "mycompany.com", "https://", "https://[::1", "://x:443"] {
        assert!(!validator.validate(url, &PARAMS, good), "{url:?}");
    }
}

#[test]
fn json_bodies_are_checked_by_their_hash() {
    let token = "12345";
    let body = br#"{"ContentType":"application/json","Content":"{\"hello\":\"world\"}"}"#;
    let hash: String = sha2::Sha256::digest(body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let url = format!("https://mycompany.com/myapp.php?bodySHA256={hash}");
    let signature = independent_signature(token, &url, &[]);
    let validator = RequestValidator::new(token);
    assert!(validator.validate_body(&url, body, &signature));
    assert!(
        !validator.validate_body(&url, b"{\"tampered\":true}", &signature),
        "a changed body"
    );
    assert!(
        !validator.validate_body("https://mycompany.com/myapp.php", body, &signature),
        "no bodySHA256"
    );
    let other = format!(
        "https://mycompany.com/myapp.php?bodySHA256={}",
        "0".repeat(64)
    );
    assert!(
        !validator.validate_body(&other, body, &independent_signature(token, &other, &[])),
        "a wrong hash"
    );
}

#[test]
fn events_from_forms_and_json() {
    let form = "ContentType=application%2Fjson&Content=%7B%22ask%22%3A%22hi%22%7D&SequenceNumber=3\
        &CallSid=CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&Timestamp=Fri%2C+2+Dec+2022+22%3A02%3A49+%2B0000\
        &AccountSid=ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa&Sid=KXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    let event = UserDefinedMessageEvent::from_form(form).expect("a valid event");
    assert_eq!(event.content_type, "application/json");
    assert_eq!(event.sequence_number, 3);
    assert_eq!(
        event.call_sid.as_str(),
        "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    );
    assert_eq!(event.sid.as_str(), "KXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    assert_eq!((event.timestamp.day(), event.timestamp.hour()), (2, 22));
    let content: serde_json::Value = event.content_as().expect("content is JSON");
    assert_eq!(content, serde_json::json!({"ask": "hi"}));
    assert!(
        event.content_as::<Vec<u8>>().is_err(),
        "content of another shape"
    );
    assert_eq!(
        UserDefinedMessageEvent::from_form(&format!("?{form}")).expect("query string"),
        event
    );

    let json = serde_json::json!({
        "ContentType": "application/json", "Content": "{\"ask\":\"hi\"}", "SequenceNumber": "3",
        "CallSid": "CAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Timestamp": "Fri, 2 Dec 2022 22:02:49 +0000",
        "AccountSid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "Sid": "KXaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
    });
    let from_json =
        UserDefinedMessageEvent::from_json(json.to_string().as_bytes()).expect("JSON event");
    assert_eq!(from_json, event);

    let missing = UserDefinedMessageEvent::from_form("ContentType=application%2Fjson")
        .expect_err("incomplete");
    assert_eq!(missing.field, "Content");
    let bad_number =
        UserDefinedMessageEvent::from_form(&form.replace("SequenceNumber=3", "SequenceNumber=x"))
            .expect_err("bad");
    assert_eq!(bad_number.field, "SequenceNumber");
    let bad_sid =
        UserDefinedMessageEvent::from_form(&form.replace("Sid=KX", "Sid=ZY")).expect_err("bad");
    assert_eq!(bad_sid.field, "Sid");
    assert_eq!(
        UserDefinedMessageEvent::from_json(b"[1,2]")
            .expect_err("not an object")
            .field,
        "body"
    );
}

#[test]
fn the_validator_never_shows_the_token() {
    let text = format!("{:?}", RequestValidator::new("secret-token-123"));
    assert!(!text.contains("secret-token-123"), "{text}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Random requests signed by the independent implementation validate; any other token or a
    /// changed value does not.
    #[test]
    fn random_requests_match_an_independent_implementation(
        token in "[ -~]{1,80}",
        host in "[a-z]{1,12}\\.example\\.com",
        path in "(/[A-Za-z0-9._~-]{0,10}){0,4}",
        params in proptest::collection::vec(("[A-Za-z]{1,10}", "[ -~]{0,20}"), 0..8),
    ) {
        let url = format!("https://{host}{path}");
        let signature = independent_signature(&token, &url, &params);
        let refs: Vec<(&str, &str)> = params.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let validator = RequestValidator::new(token.clone());
        prop_assert_eq!(validator.sign(&url, &refs), signature.clone());
        prop_assert!(validator.validate(&url, &refs, &signature));
        let with_port = format!("https://{host}:443{path}");
        prop_assert!(validator.validate(&with_port, &refs, &signature));
        let other_token = format!("{token}x");
        prop_assert!(!RequestValidator::new(other_token).validate(&url, &refs, &signature));
        if let Some((k, v)) = params.first() {
            let mut changed = refs.clone();
            let other = format!("{v}!");
            changed[0] = (k.as_str(), other.as_str());
            prop_assert!(!validator.validate(&url, &changed, &signature));
        }
    }

    /// Arbitrary input never panics and is never accepted without the right signature.
    #[test]
    fn arbitrary_input_is_false_not_a_panic(url in "\\PC{0,60}", signature in "\\PC{0,40}", body in proptest::collection::vec(any::<u8>(), 0..64)) {
        let validator = RequestValidator::new("12345");
        prop_assert!(!validator.validate(&url, &PARAMS, &signature) || signature == validator.sign(&url, &PARAMS));
        let _ = validator.validate_body(&url, &body, &signature);
        let _ = UserDefinedMessageEvent::from_form(&url);
        let _ = UserDefinedMessageEvent::from_json(&body);
    }
}
