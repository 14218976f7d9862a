//! The crate's files around the code: `Cargo.toml`, `README.md`, `lib.rs`, `main.rs`, the module
//! skeletons and the examples, from the askama templates in `templates/`.

use super::docs::call_paths;
use super::navigation::list_method;
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
    /// The webhook event's SID types: `crate::CallSid` where the spec has it, `String` if not.
    pub(super) call_sid: String,
    pub(super) account_sid: String,
    pub(super) event_sid: String,
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
    pub(super) spec_name: &'a str,
    pub(super) package: &'a str,
    pub(super) version: &'a str,
    pub(super) title: &'a str,
    pub(super) lib_name: &'a str,
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
}

/// The first list reached without path values (`client.calls()`), to show paging with.
pub(super) fn list_example(api: &Api) -> Option<ListExample> {
    let calls = call_paths(api);
    api.operations.iter().enumerate().find_map(|(i, op)| {
        let params = op.params_struct.clone()?;
        op.paging.as_ref()?;
        // `{params}::new()` in the snippet: a list that needs no input.
        if op.params.iter().any(|p| p.required) {
            return None;
        }
        let call = calls.get(&i).filter(|c| c.values.is_empty())?;
        let (prefix, _) = call.text.rsplit_once('.')?;
        Some(ListExample {
            prefix: prefix.to_owned(),
            list: op.rust_name.clone(),
            stream: list_method(&op.rust_name, "stream"),
            page: list_method(&op.rust_name, "page"),
            params,
        })
    })
}

/// A list operation as the README and the crate docs show it:
/// `{prefix}.{list}({params}::new().limit(120))`.
pub(super) struct ListExample {
    pub(super) prefix: String,
    pub(super) list: String,
    pub(super) stream: String,
    pub(super) page: String,
    pub(super) params: String,
}

impl ListExample {
    /// The snippet: `list` with a limit, `stream`, `page` and `next_page`. With `doctest`, the
    /// lines that make it a compiled doctest are there too, hidden (`# `).
    pub(super) fn lines(&self, lib_name: &str, doctest: bool) -> Vec<String> {
        let ListExample {
            prefix,
            list,
            stream,
            page,
            params,
        } = self;
        let hidden = |line: &str| doctest.then(|| format!("# {line}"));
        let mut out = Vec::new();
        out.extend(hidden(&format!(
            "async fn run() -> Result<(), {lib_name}::Error> {{"
        )));
        out.extend([
            format!("use {lib_name}::{{Client, {params}}};"),
            String::new(),
            "let client = Client::from_env()?;".to_owned(),
            "// Every item up to a limit, following the pages: a limit without a page size asks for"
                .to_owned(),
            "// pages of its size (at most 1000), and no page is asked for once it is reached."
                .to_owned(),
            format!("let items = {prefix}.{list}({params}::new().limit(120)).await?;"),
            "println!(\"{} items\", items.len());".to_owned(),
            String::new(),
            "// One by one: a page is fetched only when the loop reaches it.".to_owned(),
            format!("let stream = {prefix}.{stream}({params}::new().page_size(100));"),
            "let mut stream = std::pin::pin!(stream);".to_owned(),
            "while let Some(item) = futures_util::StreamExt::next(&mut stream).await {".to_owned(),
            "    let _item = item?;".to_owned(),
            "}".to_owned(),
            String::new(),
            "// One page at a time.".to_owned(),
            format!("let first = {prefix}.{page}({params}::new().page_size(50)).await?;"),
            "if let Some(second) = first.next_page().await? {".to_owned(),
            "    println!(\"{} then {}\", first.items().len(), second.items().len());".to_owned(),
            "}".to_owned(),
        ]);
        out.extend(hidden("Ok(())"));
        out.extend(hidden("}"));
        out
    }
}
