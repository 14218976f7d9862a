//! Access tokens for Twilio's client SDKs: the JSON Web Token a Voice, Video, Chat or Sync SDK
//! app presents to Twilio, minted on your server with an API key.
//!
//! A token is signed with HMAC-SHA256 keyed with the API key's secret. Its header carries
//! `cty: twilio-fpa;v=1`; its claims are `jti` (`<key SID>-<issued at>`), `iss` (the API key
//! SID), `sub` (the Account SID), `iat`, `nbf`, `exp` and `grants`, which holds the user's
//! `identity` and one entry per grant (`voice`, `video`, `chat`, `data_sync`).
//!
//! ```
#![doc = concat!("use ", env!("CARGO_CRATE_NAME"), "::jwt::{AccessToken, VoiceGrant};")]
//! use std::time::Duration;
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let account = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".parse()?;
//! let token = AccessToken::new(&account, "SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "the key's secret")
//!     .identity("alice")
//!     .ttl(Duration::from_secs(600))
//!     .grant(VoiceGrant::new().outgoing_application_sid("APcccccccccccccccccccccccccccccccc").incoming_allow(true))
//!     .to_jwt();
//! assert_eq!(token.split('.').count(), 3);
//! # Ok(())
//! # }
//! ```
use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use base64::Engine;
use hmac::{KeyInit, Mac};
use serde_json::{Map, Value};
/// How long a token is valid when [`AccessToken::ttl`] is not set: one hour, as in Twilio's
/// libraries.
pub const DEFAULT_TTL: Duration = Duration::from_secs(3600);
/// What a token allows its holder: one entry of the token's `grants` claim.
///
/// [`VoiceGrant`], [`VideoGrant`], [`ChatGrant`] and [`SyncGrant`] are Twilio's; implement it
/// for a grant this module does not have.
pub trait Grant {
    /// The grant's key in `grants` (`voice`).
    fn key(&self) -> &'static str;
    /// The grant's value in `grants`, a JSON object.
    fn payload(&self) -> Value;
}
/// An access token for a Twilio client SDK; [`AccessToken::to_jwt`] signs it.
#[derive(Clone)]
pub struct AccessToken {
    account_sid: String,
    key_sid: String,
    secret: String,
    identity: Option<String>,
    ttl: Duration,
    not_before: Option<SystemTime>,
    issued_at: Option<SystemTime>,
    region: Option<String>,
    grants: Vec<(&'static str, Value)>,
}
impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AccessToken")
            .field("account_sid", &self.account_sid)
            .field("key_sid", &self.key_sid)
            .field("secret", &"***")
            .field("identity", &self.identity)
            .field("ttl", &self.ttl)
            .field("not_before", &self.not_before)
            .field("issued_at", &self.issued_at)
            .field("region", &self.region)
            .field("grants", &self.grants)
            .finish()
    }
}
impl AccessToken {
    /// A token for `account_sid`, signed with an API key (its SID, `SK…`, and its secret),
    /// valid for [`DEFAULT_TTL`] from when it is signed, with no identity and no grants.
    pub fn new(
        account_sid: &crate::WebhookAccountSid,
        api_key_sid: &str,
        api_key_secret: &str,
    ) -> Self {
        Self {
            account_sid: account_sid.as_str().to_owned(),
            key_sid: api_key_sid.to_owned(),
            secret: api_key_secret.to_owned(),
            identity: None,
            ttl: DEFAULT_TTL,
            not_before: None,
            issued_at: None,
            region: None,
            grants: Vec::new(),
        }
    }
    /// The user the token is for (`grants.identity`): the name the SDK registers under, and
    /// the `client:` a call to it dials.
    #[must_use]
    pub fn identity(mut self, identity: impl Into<String>) -> Self {
        self.identity = Some(identity.into());
        self
    }
    /// How long the token is valid from when it is issued (whole seconds). Twilio refuses a
    /// token valid for more than 24 hours.
    #[must_use]
    pub fn ttl(mut self, ttl: Duration) -> Self {
        self.ttl = ttl;
        self
    }
    /// The instant before which the token is not valid (`nbf`); the time it is issued when
    /// not set.
    #[must_use]
    pub fn not_before(mut self, at: SystemTime) -> Self {
        self.not_before = Some(at);
        self
    }
    /// The instant the token is issued (`iat`, and the start of its `ttl`); the time
    /// [`AccessToken::to_jwt`] is called when not set.
    #[must_use]
    pub fn issued_at(mut self, at: SystemTime) -> Self {
        self.issued_at = Some(at);
        self
    }
    /// The region whose infrastructure the SDK should use (the header's `twr`, `us1`, `ie1`).
    #[must_use]
    pub fn region(mut self, region: impl Into<String>) -> Self {
        self.region = Some(region.into());
        self
    }
    /// Adds a grant; a later grant with the same key replaces an earlier one.
    #[must_use]
    pub fn grant(mut self, grant: impl Grant) -> Self {
        let key = grant.key();
        let payload = grant.payload();
        self.grants.retain(|(k, _)| *k != key);
        self.grants.push((key, payload));
        self
    }
    /// Signs the token and returns its compact form (`header.claims.signature`), the text the
    /// SDK takes.
    pub fn to_jwt(&self) -> String {
        let issued = seconds(self.issued_at.unwrap_or_else(SystemTime::now));
        let mut header = Map::new();
        header.insert("alg".to_owned(), Value::from("HS256"));
        header.insert("typ".to_owned(), Value::from("JWT"));
        header.insert("cty".to_owned(), Value::from("twilio-fpa;v=1"));
        if let Some(region) = &self.region {
            header.insert("twr".to_owned(), Value::from(region.as_str()));
        }
        let mut grants = Map::new();
        if let Some(identity) = &self.identity {
            grants.insert("identity".to_owned(), Value::from(identity.as_str()));
        }
        for (key, payload) in &self.grants {
            grants.insert((*key).to_owned(), payload.clone());
        }
        let mut claims = Map::new();
        claims
            .insert("jti".to_owned(), Value::from(format!("{}-{issued}", self.key_sid)));
        claims.insert("iss".to_owned(), Value::from(self.key_sid.as_str()));
        claims.insert("sub".to_owned(), Value::from(self.account_sid.as_str()));
        claims.insert("iat".to_owned(), Value::from(issued));
        claims
            .insert(
                "nbf".to_owned(),
                Value::from(self.not_before.map_or(issued, seconds)),
            );
        claims
            .insert(
                "exp".to_owned(),
                Value::from(issued.saturating_add(self.ttl.as_secs())),
            );
        claims.insert("grants".to_owned(), Value::Object(grants));
        let b64 = &base64::engine::general_purpose::URL_SAFE_NO_PAD;
        let mut text = b64.encode(Value::Object(header).to_string());
        text.push('.');
        text.push_str(&b64.encode(Value::Object(claims).to_string()));
        let mut mac = match HmacSha256::new_from_slice(self.secret.as_bytes()) {
            Ok(m) => m,
            Err(_) => HmacSha256::new(&Default::default()),
        };
        mac.update(text.as_bytes());
        let signature = b64.encode(mac.finalize().into_bytes());
        text.push('.');
        text.push_str(&signature);
        text
    }
}
impl fmt::Display for AccessToken {
    /// The signed token, as [`AccessToken::to_jwt`] makes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_jwt())
    }
}
type HmacSha256 = hmac::Hmac<sha2::Sha256>;
/// Whole seconds since the Unix epoch; 0 for an instant before it.
fn seconds(at: SystemTime) -> u64 {
    at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}
/// Sets `key` to `value` in `object` when there is a value.
fn put(object: &mut Map<String, Value>, key: &str, value: Option<&String>) {
    if let Some(value) = value {
        object.insert(key.to_owned(), Value::from(value.as_str()));
    }
}
/// Lets the Voice SDK make and receive calls (`voice`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VoiceGrant {
    outgoing_application_sid: Option<String>,
    outgoing_application_params: Option<Vec<(String, String)>>,
    incoming_allow: bool,
    push_credential_sid: Option<String>,
    endpoint_id: Option<String>,
}
impl VoiceGrant {
    /// A grant that allows nothing yet.
    pub fn new() -> Self {
        Self::default()
    }
    /// The TwiML App (`AP…`) whose Voice URL Twilio requests when the SDK places a call.
    #[must_use]
    pub fn outgoing_application_sid(mut self, sid: &str) -> Self {
        self.outgoing_application_sid = Some(sid.to_owned());
        self
    }
    /// Parameters Twilio passes to the TwiML App with each outgoing call, as `(name, value)`
    /// pairs; sent only with [`VoiceGrant::outgoing_application_sid`].
    #[must_use]
    pub fn outgoing_application_params<K, V>(
        mut self,
        params: impl IntoIterator<Item = (K, V)>,
    ) -> Self
    where
        K: Into<String>,
        V: Into<String>,
    {
        self.outgoing_application_params = Some(
            params.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
        );
        self
    }
    /// Whether the SDK may receive calls made to its identity.
    #[must_use]
    pub fn incoming_allow(mut self, allow: bool) -> Self {
        self.incoming_allow = allow;
        self
    }
    /// The push credential (`CR…`) Twilio uses to tell a mobile app of an incoming call.
    #[must_use]
    pub fn push_credential_sid(mut self, sid: &str) -> Self {
        self.push_credential_sid = Some(sid.to_owned());
        self
    }
    /// An identifier of this device, so that one identity can register several.
    #[must_use]
    pub fn endpoint_id(mut self, id: &str) -> Self {
        self.endpoint_id = Some(id.to_owned());
        self
    }
}
impl Grant for VoiceGrant {
    fn key(&self) -> &'static str {
        "voice"
    }
    fn payload(&self) -> Value {
        let mut grant = Map::new();
        if self.incoming_allow {
            let mut incoming = Map::new();
            incoming.insert("allow".to_owned(), Value::Bool(true));
            grant.insert("incoming".to_owned(), Value::Object(incoming));
        }
        if let Some(sid) = &self.outgoing_application_sid {
            let mut outgoing = Map::new();
            outgoing.insert("application_sid".to_owned(), Value::from(sid.as_str()));
            if let Some(params) = &self.outgoing_application_params {
                let params = params
                    .iter()
                    .map(|(k, v)| (k.clone(), Value::from(v.as_str())))
                    .collect();
                outgoing.insert("params".to_owned(), Value::Object(params));
            }
            grant.insert("outgoing".to_owned(), Value::Object(outgoing));
        }
        put(&mut grant, "push_credential_sid", self.push_credential_sid.as_ref());
        put(&mut grant, "endpoint_id", self.endpoint_id.as_ref());
        Value::Object(grant)
    }
}
/// Lets the Video SDK join rooms (`video`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VideoGrant {
    room: Option<String>,
}
impl VideoGrant {
    /// A grant for any room.
    pub fn new() -> Self {
        Self::default()
    }
    /// The only room (its name or `RM…` SID) the token may join.
    #[must_use]
    pub fn room(mut self, room: &str) -> Self {
        self.room = Some(room.to_owned());
        self
    }
}
impl Grant for VideoGrant {
    fn key(&self) -> &'static str {
        "video"
    }
    fn payload(&self) -> Value {
        let mut grant = Map::new();
        put(&mut grant, "room", self.room.as_ref());
        Value::Object(grant)
    }
}
/// Lets the Conversations and Chat SDKs use a service (`chat`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChatGrant {
    service_sid: Option<String>,
    endpoint_id: Option<String>,
    deployment_role_sid: Option<String>,
    push_credential_sid: Option<String>,
}
impl ChatGrant {
    /// A grant that names no service yet.
    pub fn new() -> Self {
        Self::default()
    }
    /// The Conversations or Chat service (`IS…`) the SDK uses.
    #[must_use]
    pub fn service_sid(mut self, sid: &str) -> Self {
        self.service_sid = Some(sid.to_owned());
        self
    }
    /// An identifier of this device, so that one identity can connect from several.
    #[must_use]
    pub fn endpoint_id(mut self, id: &str) -> Self {
        self.endpoint_id = Some(id.to_owned());
        self
    }
    /// The role (`RL…`) the user takes in the service.
    #[must_use]
    pub fn deployment_role_sid(mut self, sid: &str) -> Self {
        self.deployment_role_sid = Some(sid.to_owned());
        self
    }
    /// The push credential (`CR…`) for the app's notifications.
    #[must_use]
    pub fn push_credential_sid(mut self, sid: &str) -> Self {
        self.push_credential_sid = Some(sid.to_owned());
        self
    }
}
impl Grant for ChatGrant {
    fn key(&self) -> &'static str {
        "chat"
    }
    fn payload(&self) -> Value {
        let mut grant = Map::new();
        put(&mut grant, "service_sid", self.service_sid.as_ref());
        put(&mut grant, "endpoint_id", self.endpoint_id.as_ref());
        put(&mut grant, "deployment_role_sid", self.deployment_role_sid.as_ref());
        put(&mut grant, "push_credential_sid", self.push_credential_sid.as_ref());
        Value::Object(grant)
    }
}
/// Lets the Sync SDK use a service (`data_sync`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncGrant {
    service_sid: Option<String>,
    endpoint_id: Option<String>,
}
impl SyncGrant {
    /// A grant that names no service yet.
    pub fn new() -> Self {
        Self::default()
    }
    /// The Sync service (`IS…`) the SDK uses.
    #[must_use]
    pub fn service_sid(mut self, sid: &str) -> Self {
        self.service_sid = Some(sid.to_owned());
        self
    }
    /// An identifier of this device, so that one identity can connect from several.
    #[must_use]
    pub fn endpoint_id(mut self, id: &str) -> Self {
        self.endpoint_id = Some(id.to_owned());
        self
    }
}
impl Grant for SyncGrant {
    fn key(&self) -> &'static str {
        "data_sync"
    }
    fn payload(&self) -> Value {
        let mut grant = Map::new();
        put(&mut grant, "service_sid", self.service_sid.as_ref());
        put(&mut grant, "endpoint_id", self.endpoint_id.as_ref());
        Value::Object(grant)
    }
}
