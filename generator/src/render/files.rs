//! The crate's files around the code: `Cargo.toml`, `README.md`, `lib.rs`, `main.rs`, the module
//! skeletons and the examples, from the askama templates in `templates/`.

use super::*;

#[derive(Template)]
#[template(path = "module.rs.txt", escape = "none")]
pub(super) struct ModuleFile {
    pub(super) doc: Vec<String>,
}

#[derive(Template)]
#[template(path = "lib.rs.txt", escape = "none")]
pub(super) struct LibFile {
    pub(super) crate_doc: Vec<String>,
    pub(super) has_sids: bool,
    pub(super) has_types: bool,
    pub(super) has_resources: bool,
    /// The API authenticates with its own security schemes (`credentials.rs`), not Twilio's.
    pub(super) schemes: bool,
    /// The webhook event's SID types: `crate::CallSid` where the spec has it, `String` if not.
    pub(super) call_sid: String,
    pub(super) account_sid: String,
    pub(super) event_sid: String,
    /// The products of a crate made of several specs: module, type, the client method's doc.
    pub(super) products: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "README.many.md.txt", escape = "none")]
pub(super) struct ManyReadmeFile<'a> {
    pub(super) package: &'a str,
    pub(super) lib_name: &'a str,
    /// Each product: module, title, spec file, operations, an example of a call.
    pub(super) products: Vec<(String, String, String, usize)>,
    /// The first product's module, for the examples.
    pub(super) first: String,
    /// What configures a client.
    pub(super) configuration: Vec<String>,
}

#[derive(Template)]
#[template(path = "product.rs.txt", escape = "none")]
pub(super) struct ProductFile {
    pub(super) doc: Vec<String>,
    pub(super) has_types: bool,
    pub(super) has_resources: bool,
}

#[derive(Template)]
#[template(path = "examples/app.rs.txt", escape = "none")]
pub(super) struct ReceiveExampleApp<'a> {
    pub(super) lib_name: &'a str,
}

#[derive(Template)]
#[template(path = "examples/call_messages.rs.txt", escape = "none")]
pub(super) struct CallMessagesExample<'a> {
    pub(super) lib_name: &'a str,
}

#[derive(Template)]
#[template(path = "examples/list_calls.rs.txt", escape = "none")]
pub(super) struct ListCallsExample<'a> {
    pub(super) lib_name: &'a str,
}

#[derive(Template)]
#[template(path = "examples/handle_errors.rs.txt", escape = "none")]
pub(super) struct HandleErrorsExample<'a> {
    pub(super) lib_name: &'a str,
}

#[derive(Template)]
#[template(path = "tests/testing_your_code.rs.txt", escape = "none")]
pub(super) struct TestingYourCode<'a> {
    pub(super) lib_name: &'a str,
}

/// The test of the crate's own that shows the mock (`tests/testing_your_code.rs`), and the
/// operations it calls.
pub(super) const MOCK_TEST: (&str, &[&str]) = (
    "tests/testing_your_code.rs",
    &[
        "CreateUserDefinedMessageSubscription",
        "DeleteUserDefinedMessageSubscription",
        "CreateUserDefinedMessage",
    ],
);

/// The examples, by the start of their paths, with the operations each calls (a crate gets
/// those whose operations it has) and what each shows, for the README.
pub(super) const EXAMPLES: [(&str, &[&str], &str); 4] = [
    (
        "examples/receive_messages",
        &[
            "CreateUserDefinedMessageSubscription",
            "DeleteUserDefinedMessageSubscription",
        ],
        "an axum server that subscribes to a call's messages, checks each callback's signature and prints the message",
    ),
    (
        "examples/call_messages.rs",
        &[
            "CreateUserDefinedMessageSubscription",
            "DeleteUserDefinedMessageSubscription",
            "CreateUserDefinedMessage",
        ],
        "subscribe to the messages of a call, send one to the app, unsubscribe",
    ),
    (
        "examples/list_calls.rs",
        &["ListCall"],
        "list calls up to a limit, then stream every completed call page by page",
    ),
    (
        "examples/handle_errors.rs",
        &[
            "CreateUserDefinedMessageSubscription",
            "DeleteUserDefinedMessageSubscription",
        ],
        "handle Twilio's errors by their code (20404, 20003), refused inputs and unreadable answers",
    ),
];

#[derive(Template)]
#[template(path = "bin.rs.txt", escape = "none")]
pub(super) struct BinFile<'a> {
    pub(super) lib_name: &'a str,
}

#[derive(Template)]
#[template(path = "Cargo.toml.txt", escape = "none")]
pub(super) struct CargoFile<'a> {
    pub(super) example_deps: bool,
    /// The crate has `tests/testing_your_code.rs`, which needs the feature `mock`.
    pub(super) mock_test: bool,
    pub(super) spec_name: &'a str,
    pub(super) package: &'a str,
    pub(super) version: &'a str,
    pub(super) title: &'a str,
    pub(super) lib_name: &'a str,
    /// The product modules of a crate made of several specs, each a feature (none for one).
    pub(super) products: Vec<String>,
}

#[derive(Template)]
#[template(path = "README.md.txt", escape = "none")]
pub(super) struct ReadmeFile<'a> {
    pub(super) spec_name: &'a str,
    pub(super) package: &'a str,
    pub(super) title: &'a str,
    pub(super) operations: Vec<(String, String, String, String)>,
    /// The examples the crate has: name, what it shows.
    pub(super) examples: Vec<(String, String)>,
    /// How to read a list, as a snippet (empty if the crate has no list reached without path
    /// values).
    pub(super) list_lines: Vec<String>,
    /// A Twilio API (its accounts, its error body, its request id), not another vendor's.
    pub(super) twilio: bool,
    /// What configures a client.
    pub(super) configuration: Vec<String>,
    /// The variable that names another base URL.
    pub(super) base_url_var: String,
    /// The crate's test of the seed flow against the mock, to show (empty without one).
    pub(super) mock_test: String,
    /// The crate's name in Rust paths.
    pub(super) lib_name: &'a str,
}
