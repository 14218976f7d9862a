//! The access tokens a Twilio crate mints (`jwt`), decoded and verified by a JWT library
//! (jsonwebtoken) as Twilio would read them.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jsonwebtoken::{Algorithm, DecodingKey, Validation, decode, decode_header};
use serde_json::{Value, json};
use twilio_api_v2010::AccountSid;
use twilio_api_v2010::jwt::{AccessToken, ChatGrant, Grant, SyncGrant, VideoGrant, VoiceGrant};

const ACCOUNT: &str = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const KEY: &str = "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
const SECRET: &str = "the API key's secret";

fn account() -> AccountSid {
    ACCOUNT.parse().expect("a valid Account SID")
}

/// The token's claims, after the library checked its signature with `secret`, its algorithm,
/// its expiry, its issuer and its subject.
fn verify(token: &str, secret: &str) -> Result<Value, jsonwebtoken::errors::Error> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_issuer(&[KEY]);
    validation.sub = Some(ACCOUNT.to_owned());
    validation.validate_nbf = true;
    validation.set_required_spec_claims(&["exp", "nbf", "iss", "sub"]);
    decode::<Value>(token, &key(secret), &validation).map(|t| t.claims)
}

fn key(secret: &str) -> DecodingKey {
    DecodingKey::from_secret(secret.as_bytes()).expect("an HMAC key")
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970")
        .as_secs()
}

#[test]
fn the_voice_sdk_token_is_what_twilio_libraries_mint() {
    let before = now();
    let token = AccessToken::new(&account(), KEY, SECRET)
        .identity("alice")
        .ttl(Duration::from_secs(600))
        .grant(
            VoiceGrant::new()
                .outgoing_application_sid("APcccccccccccccccccccccccccccccccc")
                .outgoing_application_params([("To", "client:bob"), ("Mode", "sdk")])
                .incoming_allow(true)
                .push_credential_sid("CRdddddddddddddddddddddddddddddddd")
                .endpoint_id("alice-phone"),
        )
        .to_jwt();
    let after = now();

    let header = decode_header(&token).expect("a JWT header");
    assert_eq!(header.alg, Algorithm::HS256);
    assert_eq!(header.typ.as_deref(), Some("JWT"));
    assert_eq!(header.cty.as_deref(), Some("twilio-fpa;v=1"));

    let claims = verify(&token, SECRET).expect("the library accepts the token");
    let iat = claims["iat"].as_u64().expect("iat is a number");
    assert!(
        (before..=after).contains(&iat),
        "iat {iat} is when it was signed"
    );
    assert_eq!(claims["nbf"], json!(iat));
    assert_eq!(claims["exp"], json!(iat + 600));
    assert_eq!(claims["jti"], json!(format!("{KEY}-{iat}")));
    assert_eq!(claims["iss"], json!(KEY));
    assert_eq!(claims["sub"], json!(ACCOUNT));
    assert_eq!(
        claims["grants"],
        json!({
            "identity": "alice",
            "voice": {
                "incoming": { "allow": true },
                "outgoing": {
                    "application_sid": "APcccccccccccccccccccccccccccccccc",
                    "params": { "To": "client:bob", "Mode": "sdk" }
                },
                "push_credential_sid": "CRdddddddddddddddddddddddddddddddd",
                "endpoint_id": "alice-phone"
            }
        })
    );
}

#[test]
fn a_token_signed_with_another_secret_is_refused() {
    let token = AccessToken::new(&account(), KEY, SECRET)
        .identity("alice")
        .to_jwt();
    assert!(verify(&token, "another secret").is_err());
    // Any change to the claims breaks the signature.
    let mut parts: Vec<&str> = token.split('.').collect();
    let other = AccessToken::new(&account(), KEY, SECRET)
        .identity("mallory")
        .to_jwt();
    parts[1] = other.split('.').nth(1).expect("claims");
    assert!(verify(&parts.join("."), SECRET).is_err());
}

#[test]
fn the_default_lifetime_is_an_hour_and_an_old_token_expires() {
    let issued = UNIX_EPOCH + Duration::from_secs(now() - 7200);
    let token = AccessToken::new(&account(), KEY, SECRET)
        .issued_at(issued)
        .to_jwt();
    let expired = verify(&token, SECRET).expect_err("issued two hours ago, valid for one");
    assert_eq!(
        expired.kind(),
        &jsonwebtoken::errors::ErrorKind::ExpiredSignature
    );

    let mut lenient = Validation::new(Algorithm::HS256);
    lenient.validate_exp = false;
    let claims = decode::<Value>(&token, &key(SECRET), &lenient)
        .expect("signed")
        .claims;
    let iat = now() - 7200;
    assert_eq!(claims["iat"], json!(iat));
    assert_eq!(claims["exp"], json!(iat + 3600));
    // Without an identity or grants, `grants` is an empty object.
    assert_eq!(claims["grants"], json!({}));
}

#[test]
fn a_token_not_yet_valid_is_refused_until_its_time() {
    let later = SystemTime::now() + Duration::from_secs(3600);
    let token = AccessToken::new(&account(), KEY, SECRET)
        .not_before(later)
        .to_jwt();
    let early = verify(&token, SECRET).expect_err("valid only in an hour");
    assert_eq!(
        early.kind(),
        &jsonwebtoken::errors::ErrorKind::ImmatureSignature
    );
}

#[test]
fn video_chat_and_sync_grants_and_the_region_header() {
    let token = AccessToken::new(&account(), KEY, SECRET)
        .identity("alice")
        .region("ie1")
        .grant(VideoGrant::new().room("DailyStandup"))
        .grant(
            ChatGrant::new()
                .service_sid("ISeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee")
                .endpoint_id("alice-laptop")
                .deployment_role_sid("RLffffffffffffffffffffffffffffffff")
                .push_credential_sid("CRdddddddddddddddddddddddddddddddd"),
        )
        .grant(
            SyncGrant::new()
                .service_sid("ISeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee")
                .endpoint_id("alice-laptop"),
        )
        // A later grant of the same kind replaces the earlier.
        .grant(VideoGrant::new().room("Retro"))
        .to_jwt();
    let header = decode_header(&token).expect("a JWT header");
    let header = serde_json::to_value(&header).expect("the header as JSON");
    assert_eq!(header["twr"], json!("ie1"));
    let claims = verify(&token, SECRET).expect("accepted");
    assert_eq!(
        claims["grants"],
        json!({
            "identity": "alice",
            "video": { "room": "Retro" },
            "chat": {
                "service_sid": "ISeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                "endpoint_id": "alice-laptop",
                "deployment_role_sid": "RLffffffffffffffffffffffffffffffff",
                "push_credential_sid": "CRdddddddddddddddddddddddddddddddd"
            },
            "data_sync": { "service_sid": "ISeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee", "endpoint_id": "alice-laptop" }
        })
    );
}

/// A grant this crate does not have (Twilio's Playback grant), added by the user.
struct PlaybackGrant;

impl Grant for PlaybackGrant {
    fn key(&self) -> &'static str {
        "player"
    }
    fn payload(&self) -> Value {
        json!({ "playbackGrant": { "requestCredentials": null } })
    }
}

#[test]
fn a_grant_of_the_users_own_is_signed_like_the_others() {
    let token = AccessToken::new(&account(), KEY, SECRET)
        .grant(PlaybackGrant)
        .to_jwt();
    let claims = verify(&token, SECRET).expect("accepted");
    assert_eq!(
        claims["grants"]["player"],
        json!({ "playbackGrant": { "requestCredentials": null } })
    );
}

#[test]
fn the_secret_never_reaches_debug_output() {
    let token = AccessToken::new(&account(), KEY, SECRET).identity("alice");
    let shown = format!("{token:?}");
    assert!(shown.contains(KEY) && shown.contains("alice"), "{shown}");
    assert!(!shown.contains(SECRET), "{shown}");
    // Display is the signed token.
    assert_eq!(
        verify(&token.to_string(), SECRET).expect("accepted")["grants"]["identity"],
        json!("alice")
    );
}
