//! SID types: one per kind of Twilio SID, shared by every product, operation and
//! model.
//!
//! Each checks its length, prefix and hexadecimal digits when it is made, parsed or
//! deserialized, so a SID in a request path is always exactly 34 safe characters.
use crate::InvalidSid;
/// Checks a SID: 34 characters, one of `prefixes` (any two ASCII letters when empty), then 32
/// hexadecimal digits (lower case only unless `upper_hex`).
///
/// # Errors
///
/// The first rule the value breaks.
fn check_sid(
    value: &str,
    kind: &'static str,
    prefixes: &[&str],
    upper_hex: bool,
) -> Result<(), InvalidSid> {
    let fail = |rule: String| Err(InvalidSid { kind, rule });
    if value.len() != 34 {
        return fail(
            format!("must be 34 characters long, found {}", value.chars().count()),
        );
    }
    let (prefix, digits) = value.as_bytes().split_at(2);
    let hex = digits
        .iter()
        .fold(
            true,
            |ok, &b| {
                ok
                    & (b.is_ascii_digit() | matches!(b, b'a'..= b'f')
                        | (upper_hex & matches!(b, b'A'..= b'F')))
            },
        );
    if !prefix.iter().all(u8::is_ascii_alphanumeric)
        || (!hex && !digits.iter().all(u8::is_ascii_alphanumeric))
    {
        return fail("must be letters and digits only".to_owned());
    }
    if prefixes.is_empty() {
        if !prefix.iter().all(u8::is_ascii_alphabetic) {
            return fail("must start with two letters".to_owned());
        }
    } else if !prefixes.iter().any(|p| p.as_bytes() == prefix) {
        return fail(format!("must start with {}", prefixes.join(" or ")));
    }
    if !hex {
        let which = if upper_hex {
            "hexadecimal digits"
        } else {
            "lower-case hexadecimal digits"
        };
        return fail(format!("must end with 32 {which}"));
    }
    Ok(())
}
/// Defines a SID type: a checked string of one kind.
macro_rules! sid_type {
    ($(#[$meta:meta])* $name:ident, [$($prefix:literal),*], $upper:literal) => {
        $(#[$meta])* #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)] pub struct
        $name (String); impl $name { #[doc =
        " The prefixes this kind of SID starts with (empty: any two letters)."] pub const
        PREFIXES : &'static [&'static str] = & [$($prefix),*]; #[doc =
        " Checks `value` and wraps it."] #[doc = ""] #[doc = " # Errors"] #[doc = ""]
        #[doc =
        " [`InvalidSid`](crate::InvalidSid) naming the rule the value broke: its length, its"]
        #[doc = " prefix, or its hexadecimal digits."] pub fn new(value : impl Into <
        String >) -> Result < Self, crate ::InvalidSid > { let value = value.into();
        check_sid(& value, stringify!($name), Self::PREFIXES, $upper) ?; Ok(Self(value))
        } #[doc = " The SID as text."] pub fn as_str(& self) -> & str { & self.0 } #[doc
        = " Wraps a value this crate has already checked."] #[allow(dead_code)] pub
        (crate) fn from_checked(value : String) -> Self { Self(value) } } impl
        std::fmt::Debug for $name { fn fmt(& self, f : & mut std::fmt::Formatter <'_ >)
        -> std::fmt::Result { f.debug_tuple(stringify!($name)).field(& self.0).finish() }
        } impl std::fmt::Display for $name { fn fmt(& self, f : & mut std::fmt::Formatter
        <'_ >) -> std::fmt::Result { f.write_str(& self.0) } } impl std::str::FromStr for
        $name { type Err = crate ::InvalidSid; fn from_str(s : & str) -> Result < Self,
        Self::Err > { Self::new(s) } } impl TryFrom <& str > for $name { type Error =
        crate ::InvalidSid; fn try_from(s : & str) -> Result < Self, Self::Error > {
        Self::new(s) } } impl TryFrom < String > for $name { type Error = crate
        ::InvalidSid; fn try_from(s : String) -> Result < Self, Self::Error > {
        Self::new(s) } } impl AsRef < str > for $name { fn as_ref(& self) -> & str { &
        self.0 } } impl From <$name > for String { fn from(sid : $name) -> String { sid.0
        } } impl serde::Serialize for $name { fn serialize < S : serde::Serializer > (&
        self, serializer : S) -> Result < S::Ok, S::Error > { serializer.serialize_str(&
        self.0) } } impl <'de > serde::Deserialize <'de > for $name { fn deserialize < D
        : serde::Deserializer <'de >> (deserializer : D) -> Result < Self, D::Error > {
        let value = String::deserialize(deserializer) ?; Self::new(value)
        .map_err(serde::de::Error::custom) } }
    };
}
#[cfg(feature = "messaging_v1")]
sid_type!(
    #[doc = " The SID of a a2p profile bundle: `BU` and 32 hexadecimal digits."] #[doc =
    " "] #[doc = " Pattern: `^BU[0-9a-fA-F]{32}$`."] A2pProfileBundleSid, ["BU"], true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a access token: `YK` and 32 hexadecimal digits."] #[doc = " "]
    #[doc = " Pattern: `^YK[0-9a-fA-F]{32}$`."] AccessTokenSid, ["YK"], true
);
sid_type!(
    #[doc = " The SID of a account: `AC` and 32 hexadecimal digits."] #[doc = " "] #[doc
    = " Pattern: `^AC[0-9a-fA-F]{32}$`."] AccountSid, ["AC"], true
);
#[cfg(feature = "messaging_v1")]
sid_type!(
    #[doc = " The SID of a alpha sender: `AI` and 32 hexadecimal digits."] #[doc = " "]
    #[doc = " Pattern: `^AI[0-9a-fA-F]{32}$`."] AlphaSenderSid, ["AI"], true
);
#[cfg(feature = "api_v2010")]
sid_type!(
    #[doc = " The SID of a application: `AP` and 32 hexadecimal digits."] #[doc = " "]
    #[doc = " Pattern: `^AP[0-9a-fA-F]{32}$`."] ApplicationSid, ["AP"], true
);
#[cfg(feature = "messaging_v1")]
sid_type!(
    #[doc = " The SID of a brand registration: `BN` and 32 hexadecimal digits."] #[doc =
    " "] #[doc = " Pattern: `^BN[0-9a-fA-F]{32}$`."] BrandRegistrationSid, ["BN"], true
);
#[cfg(feature = "messaging_v1")]
sid_type!(
    #[doc = " The SID of a brand vetting: `VT` and 32 hexadecimal digits."] #[doc = " "]
    #[doc = " Pattern: `^VT[0-9a-fA-F]{32}$`."] BrandVettingSid, ["VT"], true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a bucket: `BL` and 32 hexadecimal digits."] #[doc = " "] #[doc =
    " Pattern: `^BL[0-9a-fA-F]{32}$`."] BucketSid, ["BL"], true
);
#[cfg(feature = "api_v2010")]
sid_type!(
    #[doc = " The SID of a byoc: `BY` and 32 hexadecimal digits."] #[doc = " "] #[doc =
    " Pattern: `^BY[0-9a-fA-F]{32}$`."] ByocSid, ["BY"], true
);
sid_type!(
    #[doc = " The SID of a call: `CA` and 32 hexadecimal digits."] #[doc = " "] #[doc =
    " Pattern: `^CA[0-9a-fA-F]{32}$`."] CallSid, ["CA"], true
);
#[cfg(feature = "messaging_v1")]
sid_type!(
    #[doc = " The SID of a certificate: `CW` and 32 hexadecimal digits."] #[doc = " "]
    #[doc = " Pattern: `^CW[0-9a-fA-F]{32}$`."] CertificateSid, ["CW"], true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a challenge: `YC` and 32 hexadecimal digits."] #[doc = " "]
    #[doc = " Pattern: `^YC[0-9a-fA-F]{32}$`."] ChallengeSid, ["YC"], true
);
#[cfg(feature = "messaging_v1")]
sid_type!(
    #[doc = " The SID of a channel sender: `XE` and 32 hexadecimal digits."] #[doc = " "]
    #[doc = " Pattern: `^XE[0-9a-fA-F]{32}$`."] ChannelSenderSid, ["XE"], true
);
#[cfg(feature = "messaging_v1")]
sid_type!(
    #[doc = " The SID of a config: `ZK` and 32 hexadecimal digits."] #[doc = " "] #[doc =
    " Pattern: `^ZK[0-9a-fA-F]{32}$`."] ConfigSid, ["ZK"], true
);
#[cfg(feature = "messaging_v1")]
sid_type!(
    #[doc = " The SID of a domain: `DN` and 32 hexadecimal digits."] #[doc = " "] #[doc =
    " Pattern: `^DN[0-9a-fA-F]{32}$`."] DomainSid, ["DN"], true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a entity: `YE` and 32 hexadecimal digits."] #[doc = " "] #[doc =
    " Pattern: `^YE[0-9a-fA-F]{32}$`."] EntitySid, ["YE"], true
);
#[cfg(feature = "messaging_v1")]
sid_type!(
    #[doc = " The SID of a external campaign: `QE` and 32 hexadecimal digits."] #[doc =
    " "] #[doc = " Pattern: `^QE[0-9a-fA-F]{32}$`."] ExternalCampaignSid, ["QE"], true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a factor: `YF` and 32 hexadecimal digits."] #[doc = " "] #[doc =
    " Pattern: `^YF[0-9a-fA-F]{32}$`."] FactorSid, ["YF"], true
);
#[cfg(feature = "api_v2010")]
sid_type!(
    #[doc = " The SID of a group: `GP` and 32 hexadecimal digits."] #[doc = " "] #[doc =
    " Pattern: `^GP[0-9a-fA-F]{32}$`."] GroupSid, ["GP"], true
);
#[cfg(any(feature = "verify_v2", feature = "messaging_v1"))]
sid_type!(
    #[doc = " The SID of a messaging service: `MG` and 32 hexadecimal digits."] #[doc =
    " "] #[doc = " Pattern: `^MG[0-9a-fA-F]{32}$`."] MessagingServiceSid, ["MG"], true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a notification: `NT` and 32 hexadecimal digits."] #[doc = " "]
    #[doc = " Pattern: `^NT[0-9a-fA-F]{32}$`."] NotificationSid, ["NT"], true
);
#[cfg(any(feature = "api_v2010", feature = "messaging_v1"))]
sid_type!(
    #[doc = " The SID of a phone number: `PN` and 32 hexadecimal digits."] #[doc = " "]
    #[doc = " Pattern: `^PN[0-9a-fA-F]{32}$`."] PhoneNumberSid, ["PN"], true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a push apn credential: `CR` and 32 hexadecimal digits."] #[doc =
    " "] #[doc = " Pattern: `^CR[0-9a-fA-F]{32}$`."] PushApnCredentialSid, ["CR"], true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a rate limit: `RK` and 32 hexadecimal digits."] #[doc = " "]
    #[doc = " Pattern: `^RK[0-9a-fA-F]{32}$`."] RateLimitSid, ["RK"], true
);
#[cfg(feature = "messaging_v1")]
sid_type!(
    #[doc = " The SID of a regulated item: `RA` and 32 hexadecimal digits."] #[doc = " "]
    #[doc = " Pattern: `^RA[0-9a-fA-F]{32}$`."] RegulatedItemSid, ["RA"], true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a safelist: `GN` and 32 hexadecimal digits."] #[doc = " "] #[doc
    = " Pattern: `^GN[0-9a-fA-F]{32}$`."] SafelistSid, ["GN"], true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a service: `VA` and 32 hexadecimal digits."] #[doc = " "] #[doc
    = " Pattern: `^VA[0-9a-fA-F]{32}$`."] ServiceSid, ["VA"], true
);
#[cfg(feature = "messaging_v1")]
sid_type!(
    #[doc = " The SID of a short code: `SC` and 32 hexadecimal digits."] #[doc = " "]
    #[doc = " Pattern: `^SC[0-9a-fA-F]{32}$`."] ShortCodeSid, ["SC"], true
);
#[cfg(feature = "messaging_v1")]
sid_type!(
    #[doc = " The SID of a tollfree verification: `HH` and 32 hexadecimal digits."] #[doc
    = " "] #[doc = " Pattern: `^HH[0-9a-fA-F]{32}$`."] TollfreeVerificationSid, ["HH"],
    true
);
#[cfg(feature = "api_v2010")]
sid_type!(
    #[doc = " The SID of a trunk: `TK` and 32 hexadecimal digits."] #[doc = " "] #[doc =
    " Pattern: `^TK[0-9a-fA-F]{32}$`."] TrunkSid, ["TK"], true
);
sid_type!(
    #[doc = " The SID of a user defined message: `KX` and 32 hexadecimal digits."] #[doc
    = " "] #[doc = " Pattern: `^KX[0-9a-fA-F]{32}$`."] UserDefinedMessageSid, ["KX"],
    true
);
#[cfg(feature = "api_v2010")]
sid_type!(
    #[doc =
    " The SID of a user defined message subscription: `ZY` and 32 hexadecimal digits."]
    #[doc = " "] #[doc = " Pattern: `^ZY[0-9a-fA-F]{32}$`."]
    UserDefinedMessageSubscriptionSid, ["ZY"], true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a verification attempt: `VL` and 32 hexadecimal digits."] #[doc
    = " "] #[doc = " Pattern: `^VL[0-9a-fA-F]{32}$`."] VerificationAttemptSid, ["VL"],
    true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a verification check: `VE` and 32 hexadecimal digits."] #[doc =
    " "] #[doc = " Pattern: `^VE[0-9a-fA-F]{32}$`."] VerificationCheckSid, ["VE"], true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a verification template: `HJ` and 32 hexadecimal digits."] #[doc
    = " "] #[doc = " Pattern: `^HJ[0-9a-fA-F]{32}$`."] VerificationTemplateSid, ["HJ"],
    true
);
#[cfg(feature = "verify_v2")]
sid_type!(
    #[doc = " The SID of a webhook: `YW` and 32 hexadecimal digits."] #[doc = " "] #[doc
    = " Pattern: `^YW[0-9a-fA-F]{32}$`."] WebhookSid, ["YW"], true
);
