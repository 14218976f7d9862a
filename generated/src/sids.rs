//! SID types: one per kind of Twilio SID, shared by every operation and model.
//!
//! Each checks its length, prefix and hexadecimal digits when it is made, parsed or
//! deserialized, so a SID in a request path is always exactly 34 safe characters.
crate::support::sid_type!(
    #[doc = " The SID of a account: `AC` and 32 hexadecimal digits."] #[doc = " "] #[doc
    = " Pattern: `^AC[0-9a-fA-F]{32}$`."] AccountSid, ["AC"], true
);
crate::support::sid_type!(
    #[doc = " The SID of a call: `CA` and 32 hexadecimal digits."] #[doc = " "] #[doc =
    " Pattern: `^CA[0-9a-fA-F]{32}$`."] CallSid, ["CA"], true
);
crate::support::sid_type!(
    #[doc = " The SID of a user defined message: `KX` and 32 hexadecimal digits."] #[doc
    = " "] #[doc = " Pattern: `^KX[0-9a-fA-F]{32}$`."] UserDefinedMessageSid, ["KX"],
    true
);
crate::support::sid_type!(
    #[doc =
    " The SID of a user defined message subscription: `ZY` and 32 hexadecimal digits."]
    #[doc = " "] #[doc = " Pattern: `^ZY[0-9a-fA-F]{32}$`."]
    UserDefinedMessageSubscriptionSid, ["ZY"], true
);
