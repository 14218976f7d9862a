//! [`Api`] to the files of the generated crate.
//!
//! Items are built with `quote!` from the model; askama templates from `templates/` lay out whole
//! files; every Rust file is parsed by `syn::parse_file` (proof that it is Rust) and printed by
//! `prettyplease`. The one edit after that: an item's doc comment travels through syn as a
//! numbered placeholder, and its lines are written where the placeholder was printed.

use std::collections::BTreeMap;

use askama::Template;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use crate::diag::{Diagnostic, Diagnostics, Stage};
use crate::model::{
    Api, BodyKind, EnumDef, Location, Method, Node, Operation, Parameter, Returns, StructDef, Type,
    TypeDef,
};

/// The generated crate: relative path to file contents, in path order.
pub type Files = BTreeMap<String, String>;

/// What the renderer needs besides the model.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// The spec's file name, for the "generated from" notes.
    pub spec_name: String,
    /// The operation the crate docs' quick start calls, if the selection names one.
    pub quickstart: Option<String>,
}

#[derive(Template)]
#[template(path = "module.rs.txt", escape = "none")]
struct ModuleFile {
    doc: Vec<String>,
}

#[derive(Template)]
#[template(path = "lib.rs.txt", escape = "none")]
struct LibFile {
    crate_doc: Vec<String>,
    has_sids: bool,
    has_types: bool,
    has_resources: bool,
    /// The webhook event's SID types: `crate::CallSid` where the spec has it, `String` if not.
    call_sid: String,
    account_sid: String,
    event_sid: String,
}

#[derive(Template)]
#[template(path = "examples/app.rs.txt", escape = "none")]
struct ReceiveExampleApp<'a> {
    lib_name: &'a str,
}

#[derive(Template)]
#[template(path = "examples/call_messages.rs.txt", escape = "none")]
struct CallMessagesExample<'a> {
    lib_name: &'a str,
}

#[derive(Template)]
#[template(path = "examples/list_calls.rs.txt", escape = "none")]
struct ListCallsExample<'a> {
    lib_name: &'a str,
}

#[derive(Template)]
#[template(path = "examples/handle_errors.rs.txt", escape = "none")]
struct HandleErrorsExample<'a> {
    lib_name: &'a str,
}

/// The examples, by the start of their paths, with the operations each calls (a crate gets
/// those whose operations it has) and what each shows, for the README.
const EXAMPLES: [(&str, &[&str], &str); 4] = [
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
struct BinFile<'a> {
    lib_name: &'a str,
}

#[derive(Template)]
#[template(path = "Cargo.toml.txt", escape = "none")]
struct CargoFile<'a> {
    example_deps: bool,
    spec_name: &'a str,
    package: &'a str,
    version: &'a str,
    title: &'a str,
    lib_name: &'a str,
}

#[derive(Template)]
#[template(path = "README.md.txt", escape = "none")]
struct ReadmeFile<'a> {
    spec_name: &'a str,
    package: &'a str,
    title: &'a str,
    operations: Vec<(String, String, String, String)>,
    /// The examples the crate has: name, what it shows.
    examples: Vec<(String, String)>,
    /// How to read a list, as a snippet (empty if the crate has no list reached without path
    /// values).
    list_lines: Vec<String>,
}

/// The first list reached without path values (`client.calls()`), to show paging with.
fn list_example(api: &Api) -> Option<ListExample> {
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
struct ListExample {
    prefix: String,
    list: String,
    stream: String,
    page: String,
    params: String,
}

impl ListExample {
    /// The snippet: `list` with a limit, `stream`, `page` and `next_page`. With `doctest`, the
    /// lines that make it a compiled doctest are there too, hidden (`# `).
    fn lines(&self, lib_name: &str, doctest: bool) -> Vec<String> {
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

fn render_error(path: &str, message: impl Into<String>) -> Diagnostic {
    Diagnostic::new(Stage::Render, "", format!("{path}: {}", message.into()))
}

/// Parses `text` as a Rust file and pretty-prints it.
fn rust_file(path: &str, text: &str) -> Result<String, Diagnostic> {
    let file = syn::parse_file(text)
        .map_err(|e| render_error(path, format!("generated text is not Rust: {e}")))?;
    Ok(prettyplease::unparse(&file))
}

fn template<T: Template>(path: &str, t: &T) -> Result<String, Diagnostic> {
    t.render()
        .map_err(|e| render_error(path, format!("template failed: {e}")))
}

/// Renders the files that do not depend on the spec (runtime modules, the binary's `main`, the
/// receiving example), so that this can run while the spec is loaded.
///
/// # Errors
///
/// A diagnostic if a template fails or its text is not Rust (a generator bug).
pub fn render_static(lib_name: &str) -> Result<Files, Diagnostics> {
    let mut diags = Diagnostics::default();
    let mut files = Files::new();
    // Printed at build time by build.rs (syn::parse_file, then prettyplease), like the rest.
    for (path, text) in [
        (
            "src/client.rs",
            include_str!(concat!(env!("OUT_DIR"), "/client.rs")),
        ),
        (
            "src/error.rs",
            include_str!(concat!(env!("OUT_DIR"), "/error.rs")),
        ),
        (
            "src/formats.rs",
            include_str!(concat!(env!("OUT_DIR"), "/formats.rs")),
        ),
        (
            "src/paging.rs",
            include_str!(concat!(env!("OUT_DIR"), "/paging.rs")),
        ),
        (
            "src/support.rs",
            include_str!(concat!(env!("OUT_DIR"), "/support.rs")),
        ),
        (
            "src/webhook.rs",
            include_str!(concat!(env!("OUT_DIR"), "/webhook.rs")),
        ),
        (
            "examples/receive_messages.rs",
            include_str!(concat!(env!("OUT_DIR"), "/receive_messages.rs")),
        ),
    ] {
        files.insert(path.to_owned(), text.to_owned());
    }
    let jobs: [(&str, Result<String, Diagnostic>); 5] = [
        (
            "src/bin/cli.rs",
            template("src/bin/cli.rs", &BinFile { lib_name }),
        ),
        (
            "examples/receive_messages/app.rs",
            template(
                "examples/receive_messages/app.rs",
                &ReceiveExampleApp { lib_name },
            ),
        ),
        (
            "examples/call_messages.rs",
            template(
                "examples/call_messages.rs",
                &CallMessagesExample { lib_name },
            ),
        ),
        (
            "examples/list_calls.rs",
            template("examples/list_calls.rs", &ListCallsExample { lib_name }),
        ),
        (
            "examples/handle_errors.rs",
            template(
                "examples/handle_errors.rs",
                &HandleErrorsExample { lib_name },
            ),
        ),
    ];
    for (path, text) in jobs {
        // The examples are kept as written, comments and all (syn would drop plain comments):
        // their templates are laid out as rustfmt lays them out, and syn still proves them Rust.
        let print = |mut t: String| {
            if path.starts_with("examples/") {
                if !t.ends_with('\n') {
                    t.push('\n'); // askama drops the template's last newline
                }
                syn::parse_file(&t)
                    .map(|_| t)
                    .map_err(|e| render_error(path, format!("the example is not Rust: {e}")))
            } else {
                rust_file(path, &t)
            }
        };
        match text.and_then(print) {
            Ok(t) => {
                files.insert(path.to_owned(), t);
            }
            Err(d) => diags.push(d),
        }
    }
    diags.finish(files)
}

/// Renders the whole crate, given what [`render_static`] made.
///
/// # Errors
///
/// A diagnostic if generated text fails to parse as Rust (a generator bug) or a template fails.
pub fn render(api: &Api, options: &RenderOptions, statics: Files) -> Result<Files, Diagnostics> {
    let mut diags = Diagnostics::default();
    let mut files = Files::new();
    let lib_name = api.package.replace('-', "_");
    let mut text = |path: &str, result: Result<String, Diagnostic>| match result {
        Ok(t) => {
            files.insert(path.to_owned(), t);
        }
        Err(d) => diags.push(d),
    };

    // Each example needs the operations it calls.
    let has = |id: &str| api.operations.iter().any(|op| op.operation_id == id);
    let example_wanted = |path: &str| {
        EXAMPLES
            .iter()
            .find(|(start, _, _)| path.starts_with(start))
            .is_none_or(|(_, needs, _)| needs.iter().all(|id| has(id)))
    };
    let has_example = example_wanted("examples/receive_messages.rs");
    let cargo = CargoFile {
        example_deps: has_example,
        spec_name: &options.spec_name,
        package: &api.package,
        version: &api.version,
        title: &api.title,
        lib_name: &lib_name,
    };
    text("Cargo.toml", template("Cargo.toml", &cargo));
    let examples = EXAMPLES
        .iter()
        .filter(|(start, needs, _)| example_wanted(start) && !needs.is_empty())
        .map(|(start, _, what)| {
            let name = start
                .trim_start_matches("examples/")
                .trim_end_matches(".rs");
            (name.to_owned(), (*what).to_owned())
        })
        .collect();
    let list_call = list_example(api);
    let readme = ReadmeFile {
        spec_name: &options.spec_name,
        package: &api.package,
        title: &api.title,
        operations: operation_table(api),
        examples,
        list_lines: list_call
            .as_ref()
            .map(|l| l.lines(&lib_name, false))
            .unwrap_or_default(),
    };
    text("README.md", template("README.md", &readme));
    // The files that do not depend on the spec were rendered beside the loading.
    for (path, body) in statics {
        if example_wanted(&path) {
            text(&path, Ok(body));
        }
    }

    // Each Rust file is made of pieces: its module docs, then runs of items. A piece is built
    // (`quote!`), parsed and printed by whichever thread takes it, and the pieces' text is joined
    // in order: a run of items printed on its own reads as it does within the whole file.
    let types: Vec<&TypeDef> = api.types.values().collect();
    let mut resource_list = Vec::new();
    resource_items(api, &api.root, &[], true, &mut resource_list);
    let mut pages = BTreeMap::new();
    for op in &api.operations {
        if let (Some(paging), Returns::Json(Type::Struct(page))) = (&op.paging, &op.returns) {
            pages.entry(page.as_str()).or_insert(paging);
        }
    }
    resource_list.extend(
        pages
            .into_iter()
            .map(|(page, paging)| ResourceItem::PageBody(paging, page)),
    );
    let routes = routes(api);
    let subcommands = crate::render_cli::subcommands(api, &routes);

    let lib: Piece<'_> = Box::new(|| {
        let lib = LibFile {
            crate_doc: crate_doc(api, options, &lib_name),
            has_sids: !api.sids.is_empty(),
            has_types: !api.types.is_empty(),
            has_resources: !api.operations.is_empty(),
            call_sid: sid_or_string(api, "CA"),
            account_sid: sid_or_string(api, "AC"),
            event_sid: sid_or_string(api, "KX"),
        };
        rust_file("src/lib.rs", &template("src/lib.rs", &lib)?)
    });

    let path = "src/sids.rs";
    let mut sids = vec![head(
        path,
        &[
            "SID types: one per kind of Twilio SID, shared by every operation and model.",
            "",
            "Each checks its length, prefix and hexadecimal digits when it is made, parsed or",
            "deserialized, so a SID in a request path is always exactly 34 safe characters.",
        ],
    )];
    if !api.sids.is_empty() {
        // The SID checks and the macro that defines each type, printed at build time.
        sids.push(Box::new(|| {
            Ok(include_str!(concat!(env!("OUT_DIR"), "/sid_macro.rs")).to_owned())
        }));
        sids.push(items(path, || Ok(sids_module(api))));
    }

    let path = "src/models.rs";
    let mut models = vec![head(
        path,
        &["Resources and enums, as the spec's schemas describe them."],
    )];
    for run in types.chunks(TYPES_PER_PIECE) {
        models.push(items(path, move || Ok(models_items(run))));
    }

    let path = "src/resources.rs";
    let mut resources = vec![
        head(
            path,
            &[
                "How to reach each operation from the [`Client`](crate::Client), and the operations' parameters.",
            ],
        ),
        items(path, || client_impl(api)),
    ];
    for run in resource_list.chunks(RESOURCE_ITEMS_PER_PIECE) {
        resources.push(items(path, move || {
            run.iter().map(|item| item.tokens(api)).collect()
        }));
    }

    let path = "src/cli.rs";
    let mut cli = vec![
        head(
            path,
            &[
                "The command line (feature `cli`): one subcommand per operation, named after twilio-cli's",
                "topics. The binary is a thin `main` around [`main`].",
            ],
        ),
        items(path, || Ok(crate::render_cli::cli_head(api, &subcommands))),
    ];
    for run in subcommands.chunks(SUBCOMMANDS_PER_PIECE) {
        cli.push(items(path, move || Ok(crate::render_cli::cli_args(run))));
    }
    cli.push(items(path, || {
        Ok(crate::render_cli::cli_tail(api, &subcommands))
    }));

    let rust = vec![
        ("src/resources.rs", resources),
        ("src/cli.rs", cli),
        ("src/models.rs", models),
        ("src/sids.rs", sids),
        ("src/lib.rs", vec![lib]),
    ];
    for (path, result) in print_pieces(rust) {
        text(path, result);
    }
    diags.finish(files)
}

/// Types of `models.rs` per piece.
const TYPES_PER_PIECE: usize = 16;
/// Items of `resources.rs` (parameters structs and handles) per piece.
const RESOURCE_ITEMS_PER_PIECE: usize = 16;
/// Subcommands' flag structs of `cli.rs` per piece.
const SUBCOMMANDS_PER_PIECE: usize = 32;

/// A piece of a Rust file: built, parsed and printed on one thread, which returns the text (or
/// why it failed). Tokens never cross threads (proc-macro2's are not `Send`); text does.
type Piece<'a> = Box<dyn FnOnce() -> Result<String, Diagnostic> + Send + 'a>;

/// The piece that starts a module file: its docs, laid out by the askama skeleton.
fn head<'a>(path: &'static str, doc: &'a [&'a str]) -> Piece<'a> {
    Box::new(move || {
        let doc = doc.iter().map(|l| (*l).to_owned()).collect();
        rust_file(path, &template(path, &ModuleFile { doc })?)
    })
}

/// A piece of items: built by `build`, handed to syn as tokens (no text to read back), printed.
fn items<'a>(
    path: &'static str,
    build: impl FnOnce() -> Result<TokenStream, Diagnostic> + Send + 'a,
) -> Piece<'a> {
    Box::new(move || {
        PIECE_TEXTS.with(|texts| texts.borrow_mut().clear());
        let tokens = build();
        let texts = PIECE_TEXTS.with(std::cell::RefCell::take);
        let body: syn::File = syn::parse2(tokens?)
            .map_err(|e| render_error(path, format!("generated items are not Rust: {e}")))?;
        expand_placeholders(&prettyplease::unparse(&body), &texts)
            .map_err(|e| render_error(path, e))
    })
}

/// Runs every file's pieces on all threads (rayon, which shares them out as threads come free)
/// and joins each file's text in order; a file with a failed piece is its first failure.
fn print_pieces(
    files: Vec<(&'static str, Vec<Piece<'_>>)>,
) -> Vec<(&'static str, Result<String, Diagnostic>)> {
    use rayon::prelude::*;
    let mut paths = Vec::with_capacity(files.len());
    let mut tagged = Vec::new();
    for (index, (path, pieces)) in files.into_iter().enumerate() {
        paths.push(path);
        tagged.extend(pieces.into_iter().map(|piece| (index, piece)));
    }
    let printed: Vec<(usize, Result<String, Diagnostic>)> = tagged
        .into_par_iter()
        .map(|(index, piece)| (index, piece()))
        .collect();
    let mut joined: Vec<Result<String, Diagnostic>> =
        paths.iter().map(|_| Ok(String::new())).collect();
    for (index, result) in printed {
        if let Some(Ok(text)) = joined.get_mut(index) {
            match result {
                Ok(piece) => text.push_str(&piece),
                Err(d) => joined[index] = Err(d),
            }
        }
    }
    paths.into_iter().zip(joined).collect()
}

/// The crate's SID type for a prefix (`crate::CallSid` for `CA`), or `String` if it has none.
fn sid_or_string(api: &Api, prefix: &str) -> String {
    api.sids
        .values()
        .find(|s| s.prefixes == [prefix])
        .map_or("String".to_owned(), |s| format!("crate::{}", s.name))
}

fn operation_table(api: &Api) -> Vec<(String, String, String, String)> {
    let calls = call_paths(api);
    api.operations
        .iter()
        .enumerate()
        .map(|(i, op)| {
            let call = calls.get(&i).map(|c| c.text.clone()).unwrap_or_default();
            (
                op.operation_id.clone(),
                op.method.as_str().to_owned(),
                op.path.clone(),
                call,
            )
        })
        .collect()
}

pub use crate::render_cli::{command_name, flag_name};

/// For each operation index, the nodes from the client down to the one that has it.
pub(crate) fn routes(api: &Api) -> BTreeMap<usize, Vec<&Node>> {
    fn walk<'a>(
        node: &'a Node,
        path: &mut Vec<&'a Node>,
        out: &mut BTreeMap<usize, Vec<&'a Node>>,
    ) {
        for &i in &node.operations {
            out.insert(i, path.clone());
        }
        for c in &node.children {
            path.push(c);
            walk(c, path, out);
            path.pop();
        }
    }
    let mut out = BTreeMap::new();
    walk(&api.root, &mut Vec::new(), &mut out);
    out
}

/// How a caller reaches an operation: the call's text, and the path values it passes, each
/// with the name the text gives it and the parameter it is (for its type).
struct CallPath<'a> {
    text: String,
    /// Each value: its name, the parameter the call takes it as, and the operation's own.
    values: Vec<(String, &'a Parameter, &'a Parameter)>,
}

/// For each operation index, how a caller reaches it: `client.call(&call_sid).user_defined_messages().create(params)`.
///
/// A value is named after the accessor's parameter; where two values of one call would have the same name (a node named from
/// `/Assistants/{id}` above the operation's own `{id}`), the node's value takes the name the
/// operation gives it (`assistant_id`), and a number if that is not enough.
fn call_paths(api: &Api) -> BTreeMap<usize, CallPath<'_>> {
    routes(api)
        .into_iter()
        .map(|(i, route)| {
            let op = &api.operations[i];
            // The call's pieces: an accessor, and the value it takes, as the accessor's
            // parameter and as the operation's own.
            let mut pieces: Vec<(String, Option<(&Parameter, &Parameter)>)> = Vec::new();
            // The operation's own path parameters, in the order the nodes take them.
            let mut own = op.path_params.iter();
            for (depth, node) in route.iter().enumerate() {
                if depth == 0 && node.client_account && route.len() > 1 {
                    // Sub-resources of the client's own account are reached from the client
                    // directly.
                    own.next();
                    continue;
                }
                let value = node.param.as_ref().map(|p| (p, own.next().unwrap_or(p)));
                pieces.push((node.accessor.clone(), value));
            }
            let wanted: Vec<(&Parameter, &Parameter)> =
                pieces.iter().filter_map(|(_, v)| *v).collect();
            let firsts: Vec<&str> = wanted
                .iter()
                .map(|&(p, own)| {
                    let name = p.rust_name.as_str();
                    let repeats = wanted.iter().filter(|(q, _)| q.rust_name == name).count();
                    if repeats > 1 {
                        own.rust_name.as_str()
                    } else {
                        name
                    }
                })
                .collect();
            let mut names: Vec<String> = Vec::new();
            for first in firsts {
                let mut name = first.to_owned();
                let mut n = 2;
                while names.contains(&name) {
                    name = format!("{first}_{n}");
                    n += 1;
                }
                names.push(name);
            }
            let values: Vec<(String, &Parameter, &Parameter)> = names
                .iter()
                .zip(&wanted)
                .map(|(name, &(p, own))| (name.clone(), p, own))
                .collect();
            let mut names = names.into_iter();
            let mut call = "client".to_owned();
            for (accessor, value) in &pieces {
                if value.is_some()
                    && let Some(name) = names.next()
                {
                    call.push_str(&format!(".{accessor}(&{name})"));
                } else {
                    call.push_str(&format!(".{accessor}()"));
                }
            }
            let args = if op.params_struct.is_some() {
                "params"
            } else {
                ""
            };
            let text = format!("{call}.{}({args})", op.rust_name);
            (i, CallPath { text, values })
        })
        .collect()
}

fn crate_doc(api: &Api, options: &RenderOptions, lib_name: &str) -> Vec<String> {
    let mut lines = vec![
        format!(
            "A typed client for {}, generated from `{}`.",
            api.title, options.spec_name
        ),
        String::new(),
    ];
    if !api.description.is_empty() {
        lines.extend(api.description.lines().map(str::to_owned));
        lines.push(String::new());
    }
    lines.push("# Quick start".to_owned());
    lines.push(String::new());
    match quickstart(api, options, lib_name) {
        Some(example) => lines.extend(example),
        None => {
            lines.push("```no_run".to_owned());
            lines.push(format!("let client = {lib_name}::Client::from_env()?;"));
            lines.push("# let _ = client;".to_owned());
            lines.push(format!("# Ok::<(), {lib_name}::Error>(())"));
            lines.push("```".to_owned());
        }
    }
    if let Some(list) = list_example(api) {
        lines.extend(["", "# Lists", "", "```no_run"].map(str::to_owned));
        lines.extend(list.lines(lib_name, true));
        lines.push("```".to_owned());
    }
    lines.extend(
        [
            "",
            "# Configuration",
            "",
            "[`Client::from_env`] reads `TWILIO_ACCOUNT_SID`, and `TWILIO_AUTH_TOKEN` or `TWILIO_API_KEY`",
            "with `TWILIO_API_SECRET`. `TWILIO_REGION` and `TWILIO_EDGE` pick Twilio's regional hosts",
            "(`{product}.{edge}.{region}.twilio.com`, such as `api.dublin.ie1.twilio.com`), and",
            "`TWILIO_API_BASE_URL` sends every request to another base URL, for tests and proxies.",
            "[`Client::builder`] sets the same in code.",
            "",
            "# Errors",
            "",
            "Every call returns [`Error`]: Twilio's error body ([`Error::Api`]), an input that breaks a",
            "rule of the API and was not sent ([`Error::Validation`]), a failed or timed-out request",
            "([`Error::Transport`]), or an answer that could not be decoded ([`Error::Undecodable`]).",
        ]
        .map(str::to_owned),
    );
    lines
}

/// A quick-start example that calls one operation the way Twilio's documentation does.
fn quickstart(api: &Api, options: &RenderOptions, lib_name: &str) -> Option<Vec<String>> {
    let calls = call_paths(api);
    let mut candidates: Vec<usize> = (0..api.operations.len()).collect();
    candidates.sort_by_key(|&i| {
        let op = &api.operations[i];
        let named = options.quickstart.as_deref() == Some(op.operation_id.as_str());
        let create = op.rust_name == "create";
        // Values typed as SIDs show the crate best; text ones are examples at most.
        let untyped = calls.get(&i).map_or(0, |c| {
            c.values
                .iter()
                .filter(|(_, p, _)| !matches!(p.ty, Type::Sid(_)))
                .count()
        });
        (
            !named,
            !create,
            untyped,
            op.params.iter().filter(|p| p.required).count(),
            op.path.len(),
            op.operation_id.clone(),
        )
    });
    'ops: for i in candidates {
        let op = &api.operations[i];
        let CallPath { text: call, values } = calls.get(&i)?;
        let mut uses = vec!["Client".to_owned()];
        let mut body = vec![
            "// Reads TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or an API key) from the environment.".to_owned(),
            "let client = Client::from_env()?;".to_owned(),
        ];
        for (var, p, own) in values {
            match &p.ty {
                // A value the accessor takes as text (a SID or a unique name): the SID the
                // operation's own parameter describes, or an example.
                Type::String => {
                    let example = match &own.ty {
                        Type::Sid(name) => api
                            .sids
                            .get(name)
                            .and_then(|s| s.prefixes.first())
                            .map(|prefix| format!("{prefix}{}", "a".repeat(32))),
                        _ => None,
                    };
                    let example =
                        example.unwrap_or_else(|| example_text(&own.wire_name).to_owned());
                    body.push(format!("let {var} = \"{example}\";"));
                }
                Type::Sid(name) => {
                    let prefix = api
                        .sids
                        .get(name)
                        .and_then(|s| s.prefixes.first().cloned())
                        .unwrap_or_else(|| "XX".to_owned());
                    uses.push(name.clone());
                    body.push(format!(
                        "let {var}: {name} = \"{prefix}{}\".parse()?;",
                        "a".repeat(32)
                    ));
                }
                _ => continue 'ops,
            }
        }
        if let Some(ps) = &op.params_struct {
            uses.push(ps.clone());
            let mut args = Vec::new();
            for p in op.params.iter().filter(|p| p.required) {
                match &p.ty {
                    Type::Url => {
                        let url = if p.wire_name.to_ascii_lowercase().contains("callback") {
                            "https://www.example.com/your-endpoint-that-can-receive-messages"
                        } else {
                            "https://www.example.com/"
                        };
                        args.push(format!("\"{url}\""));
                    }
                    Type::String => args.push(format!("\"{}\"", example_text(&p.wire_name))),
                    _ => continue 'ops,
                }
            }
            body.push(format!("let params = {ps}::new({});", args.join(", ")));
        }
        let result = match &op.returns {
            Returns::Json(Type::Struct(name)) => {
                let field = match api.types.get(name) {
                    Some(TypeDef::Struct(s)) => s
                        .fields
                        .iter()
                        .find(|f| f.rust_name == "account_sid")
                        .or_else(|| s.fields.iter().find(|f| f.rust_name == "sid"))
                        .map(|f| f.rust_name.clone()),
                    _ => None,
                };
                let var = ident::snake(name.trim_end_matches("Response"));
                body.push(format!("let {var} = {call}.await?;"));
                match field {
                    Some(f) => body.push(format!("println!(\"{{:?}}\", {var}.{f});")),
                    None => body.push(format!("println!(\"{{{var}:?}}\");")),
                }
                continue_with(body)
            }
            _ => {
                body.push(format!("{call}.await?;"));
                continue_with(body)
            }
        };
        uses.sort();
        uses.dedup();
        let mut lines = vec![
            format!("`{}`: {}", op.operation_id, crate::docs::summary(&op.doc)),
            String::new(),
            "```no_run".to_owned(),
            if uses.len() == 1 {
                format!("use {lib_name}::{};", uses[0])
            } else {
                format!("use {lib_name}::{{{}}};", uses.join(", "))
            },
            String::new(),
            "# async fn run() -> Result<(), Box<dyn std::error::Error>> {".to_owned(),
        ];
        lines.extend(result);
        lines.push("# Ok(())".to_owned());
        lines.push("# }".to_owned());
        lines.push("```".to_owned());
        return Some(lines);
    }
    None
}

use crate::ident;

fn continue_with(body: Vec<String>) -> Vec<String> {
    body
}

fn example_text(wire: &str) -> &'static str {
    if wire == "Content" {
        "{\\\"key\\\":\\\"value\\\"}"
    } else {
        "example"
    }
}

fn lit(s: &str) -> Literal {
    Literal::string(s)
}

fn id(s: &str) -> Ident {
    Ident::new(s, Span::call_site())
}

/// The doc comment `text`, as `#[doc]` attributes with the text itself: for docs that sit
/// inside a macro call's tokens, which are printed as tokens.
fn doc_attr_literal(text: &str) -> TokenStream {
    if text.is_empty() {
        return TokenStream::new();
    }
    let lines = text.lines().map(|l| {
        let l = format!(" {l}");
        quote!(#[doc = #l])
    });
    quote!(#(#lines)*)
}

/// Starts the value of a doc placeholder: a control character, which the printer writes raw
/// only in doc comments (string literals show it escaped), followed by the doc's number.
const DOC_MARK: char = '\u{1}';

/// Starts the value of the doc of a stand-in item, whose place an item laid out here takes.
const ITEM_MARK: char = '\u{2}';

/// The line prettyplease prints for a stand-in item, after its doc.
const STAND_IN: &str = "fn verbatim() {}";

thread_local! {
    /// The docs and laid-out items of the piece being built on this thread, numbered by their
    /// placeholders.
    static PIECE_TEXTS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Keeps `text` for the piece being built on this thread; returns its number.
fn keep_text(text: String) -> usize {
    PIECE_TEXTS.with(|texts| {
        let mut texts = texts.borrow_mut();
        texts.push(text);
        texts.len() - 1
    })
}

/// The doc comment `text` of an item, field or variant, as one placeholder attribute.
///
/// Docs are most of the text of a generated file, and a string literal costs time three times
/// over (escaped into a token, parsed back by syn, printed by prettyplease) with nothing to lay
/// out: a doc line is printed as it is. So the piece keeps the text, the tokens carry its
/// number, and [`expand_placeholders`] writes the lines where the printer put the placeholder,
/// exactly as prettyplease prints a `#[doc = " line"]` attribute.
fn doc_attr(text: &str) -> TokenStream {
    if text.is_empty() {
        return TokenStream::new();
    }
    let mark = format!("{DOC_MARK}{}", keep_text(text.to_owned()));
    quote!(#[doc = #mark])
}

/// An item already laid out as prettyplease lays it out (at indentation 0, each line ending in
/// a newline), standing in the tokens as a placeholder function; [`expand_placeholders`] puts
/// the text in its place, at its indentation. For the many small items whose layout is known
/// (setters), this spares syn and prettyplease the work; a caller lays an item out only where
/// a test shows that prettyplease prints it the same.
fn laid_out_item(text: String) -> TokenStream {
    let mark = format!("{ITEM_MARK}{}", keep_text(text));
    quote!(#[doc = #mark] fn verbatim() {})
}

/// Writes `doc` as doc comment lines at `indent`: `///`, a space and the line, without trailing
/// spaces (prettyplease's form of a `#[doc = " line"]` attribute).
fn push_doc_lines(out: &mut String, indent: &str, doc: &str) {
    for doc_line in doc.lines() {
        out.push_str(indent);
        out.push_str("///");
        let doc_line = doc_line.trim_end_matches(' ');
        if !doc_line.is_empty() {
            out.push(' ');
            out.push_str(doc_line);
        }
        out.push('\n');
    }
}

/// Replaces each placeholder of printed `text` by what it stands for, at its indentation: a
/// doc placeholder line by the doc's lines, a stand-in item (its doc line and the function
/// line) by the item's text. A doc that was built but not used in the end is left out.
fn expand_placeholders(text: &str, texts: &[String]) -> Result<String, String> {
    let extra: usize = texts.iter().map(|d| d.len() + 16 * d.lines().count()).sum();
    let mut out = String::with_capacity(text.len() + extra);
    let mut lines = text.split_inclusive('\n');
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start_matches(' ');
        let Some(rest) = trimmed.strip_prefix("///") else {
            out.push_str(line);
            continue;
        };
        let (is_item, number) = if let Some(n) = rest.strip_prefix(DOC_MARK) {
            (false, n)
        } else if let Some(n) = rest.strip_prefix(ITEM_MARK) {
            (true, n)
        } else {
            out.push_str(line);
            continue;
        };
        let kept = number
            .trim_end()
            .parse::<usize>()
            .ok()
            .and_then(|n| texts.get(n))
            .ok_or_else(|| format!("a placeholder with no text: {}", line.trim()))?;
        let indent = &line[..line.len() - trimmed.len()];
        if !is_item {
            push_doc_lines(&mut out, indent, kept);
            continue;
        }
        if lines.next().map(|l| l.trim_end().strip_prefix(indent)) != Some(Some(STAND_IN)) {
            return Err(format!(
                "a stand-in item was not printed as one: {}",
                line.trim()
            ));
        }
        for item_line in kept.split_inclusive('\n') {
            if item_line != "\n" {
                out.push_str(indent);
            }
            out.push_str(item_line);
        }
    }
    // A placeholder printed any other way (inside a macro call's tokens, say) would be lost.
    for mark in [DOC_MARK, ITEM_MARK] {
        let escaped = format!("\"{}", mark.escape_unicode());
        if out.contains(mark) || out.contains(&escaped) {
            return Err("a placeholder was not printed as a doc comment".to_owned());
        }
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// SIDs

fn sids_module(api: &Api) -> TokenStream {
    if api.sids.is_empty() {
        return TokenStream::new();
    }
    let items = api.sids.values().map(|sid| {
        let name = id(&sid.name);
        let doc = doc_attr_literal(&format!("{}\n\nPattern: `{}`.", sid.doc, sid.pattern));
        let prefixes = sid.prefixes.iter().map(|p| lit(p));
        let upper = sid.upper_hex;
        quote! {
            sid_type!(#doc #name, [#(#prefixes),*], #upper);
        }
    });
    quote!(#(#items)*)
}

// ---------------------------------------------------------------------------------------------
// Models

/// The Rust type, and the serde `with` module a struct field of it needs.
pub(crate) fn rust_type(ty: &Type) -> TokenStream {
    match ty {
        Type::String => quote!(String),
        Type::Sid(n) | Type::Enum(n) | Type::Struct(n) => {
            let n = id(n);
            quote!(crate::#n)
        }
        Type::Url => quote!(crate::Uri),
        Type::DateInput => quote!(crate::DateOrDateTime),
        Type::DateTimeRfc2822 | Type::DateTime => quote!(time::OffsetDateTime),
        Type::Date => quote!(time::Date),
        Type::Integer { int32: true, .. } => quote!(i32),
        Type::Integer { int32: false, .. } => quote!(i64),
        Type::Number { .. } => quote!(f64),
        Type::Boolean => quote!(bool),
        Type::Json => quote!(serde_json::Value),
        Type::Array(inner) => {
            let inner = rust_type(&nested(inner));
            quote!(Vec<#inner>)
        }
        Type::Map(inner) => {
            let inner = rust_type(&nested(inner));
            quote!(std::collections::BTreeMap<String, #inner>)
        }
    }
}

/// [`rust_type`] as prettyplease prints it.
pub(crate) fn type_text(ty: &Type) -> String {
    match ty {
        Type::String => "String".to_owned(),
        Type::Sid(n) | Type::Enum(n) | Type::Struct(n) => format!("crate::{n}"),
        Type::Url => "crate::Uri".to_owned(),
        Type::DateInput => "crate::DateOrDateTime".to_owned(),
        Type::DateTimeRfc2822 | Type::DateTime => "time::OffsetDateTime".to_owned(),
        Type::Date => "time::Date".to_owned(),
        Type::Integer { int32: true, .. } => "i32".to_owned(),
        Type::Integer { int32: false, .. } => "i64".to_owned(),
        Type::Number { .. } => "f64".to_owned(),
        Type::Boolean => "bool".to_owned(),
        Type::Json => "serde_json::Value".to_owned(),
        Type::Array(inner) => format!("Vec<{}>", type_text(&nested(inner))),
        Type::Map(inner) => format!(
            "std::collections::BTreeMap<String, {}>",
            type_text(&nested(inner))
        ),
    }
}

/// Inside lists and maps, dates stay text and URLs stay strings: serde's `with` cannot reach them.
pub(crate) fn nested(ty: &Type) -> Type {
    match ty {
        Type::DateTimeRfc2822 | Type::DateTime | Type::Date | Type::Url | Type::DateInput => {
            Type::String
        }
        other => other.clone(),
    }
}

/// The serde functions a model field of `ty` needs. An optional field is read leniently (see
/// the runtime's `formats::lenient`): `""`, `null` and a value of the wrong type are `None`, a
/// number in a string is the number, so one odd field never fails a successful answer.
fn serde_with(ty: &Type, optional: bool) -> Vec<(&'static str, String)> {
    let (base, lenient) = match ty {
        Type::DateTimeRfc2822 => ("crate::formats::rfc2822", "rfc2822"),
        Type::DateTime => ("crate::formats::rfc3339", "rfc3339"),
        Type::Date => ("crate::formats::date", "date"),
        Type::Array(_) if optional => {
            return vec![(
                "deserialize_with",
                "crate::formats::lenient::list".to_owned(),
            )];
        }
        _ if optional => {
            return vec![(
                "deserialize_with",
                "crate::formats::lenient::option".to_owned(),
            )];
        }
        _ => return Vec::new(),
    };
    if optional {
        vec![
            ("serialize_with", format!("{base}::option::serialize")),
            (
                "deserialize_with",
                format!("crate::formats::lenient::{lenient}"),
            ),
        ]
    } else {
        vec![("with", base.to_owned())]
    }
}

/// The models for a run of types.
fn models_items(types: &[&TypeDef]) -> TokenStream {
    let items = types.iter().map(|def| match def {
        TypeDef::Struct(s) => struct_item(s),
        TypeDef::Enum(e) => enum_item(e),
    });
    quote!(#(#items)*)
}

/// A model struct: laid out here where every line fits (nearly always), else built for
/// prettyplease to lay out.
fn struct_item(s: &StructDef) -> TokenStream {
    match struct_laid_out(s) {
        Some(text) => laid_out_item(text),
        None => struct_quoted(s),
    }
}

/// What a model field is made of, as text: its doc, its type, and its serde arguments.
struct ModelField<'a> {
    name: &'a str,
    wire: &'a str,
    doc: std::borrow::Cow<'a, str>,
    /// The type as the field holds it (URLs as text, a struct that holds itself boxed).
    ty: Type,
    boxed: bool,
    optional: bool,
    /// The serde functions it needs, as `(key, path)`: `with` for a required date; for an
    /// optional field, the lenient reader (`deserialize_with`) and, for dates, the writer.
    with: Vec<(&'static str, String)>,
}

impl<'a> ModelField<'a> {
    fn new(s: &StructDef, f: &'a crate::model::Field) -> Self {
        let ty = match &f.ty {
            Type::Url => Type::String,
            Type::DateInput => Type::DateTime,
            ty => ty.clone(),
        };
        let doc = if f.doc.is_empty() {
            std::borrow::Cow::Owned(format!("The `{}` field.", f.wire_name))
        } else {
            std::borrow::Cow::Borrowed(f.doc.as_str())
        };
        ModelField {
            name: &f.rust_name,
            wire: &f.wire_name,
            doc,
            boxed: matches!(&ty, Type::Struct(n) if n == &s.name),
            with: serde_with(&ty, f.optional),
            ty,
            optional: f.optional,
        }
    }

    /// The serde arguments as prettyplease prints them, or `None` if the wire name holds a
    /// character that a string literal escapes.
    fn serde_args(&self) -> Option<Vec<String>> {
        let mut args = Vec::new();
        if self.name != self.wire {
            if !plain_literal(self.wire) {
                return None;
            }
            args.push(format!("rename = \"{}\"", self.wire));
        }
        for (key, path) in &self.with {
            args.push(format!("{key} = \"{path}\""));
        }
        if self.optional {
            args.push("default".to_owned());
            args.push("skip_serializing_if = \"Option::is_none\"".to_owned());
        }
        Some(args)
    }

    /// The field's type as prettyplease prints it.
    fn type_text(&self) -> String {
        let mut text = type_text(&self.ty);
        if self.boxed {
            text = format!("Box<{text}>");
        }
        if self.optional {
            text = format!("Option<{text}>");
        }
        text
    }

    /// The field as tokens.
    fn quoted(&self) -> TokenStream {
        let fname = id(self.name);
        let mut tokens = rust_type(&self.ty);
        if self.boxed {
            tokens = quote!(Box<#tokens>);
        }
        let fdoc = doc_attr(&self.doc);
        let mut serde_args = Vec::new();
        if self.name != self.wire {
            let w = lit(self.wire);
            serde_args.push(quote!(rename = #w));
        }
        for (key, path) in &self.with {
            let key = id(key);
            let w = lit(path);
            serde_args.push(quote!(#key = #w));
        }
        if self.optional {
            serde_args.push(quote!(default));
            serde_args.push(quote!(skip_serializing_if = "Option::is_none"));
            tokens = quote!(Option<#tokens>);
        }
        let serde_attr = if serde_args.is_empty() {
            quote!()
        } else {
            quote!(#[serde(#(#serde_args),*)])
        };
        quote! {
            #fdoc
            #serde_attr
            pub #fname: #tokens
        }
    }
}

/// Whether `text` is printed in a string literal as it is (no character is escaped).
fn plain_literal(text: &str) -> bool {
    text.bytes()
        .all(|b| (b' '..=b'~').contains(&b) && !matches!(b, b'"' | b'\\' | b'\''))
}

/// Writes an attribute's arguments one per line at `indent`, as prettyplease breaks a list
/// that does not fit: a comma after each but the last.
fn push_args_one_per_line(out: &mut String, indent: &str, args: &[String]) {
    for (i, arg) in args.iter().enumerate() {
        out.push_str(indent);
        out.push_str(arg);
        out.push_str(if i + 1 < args.len() { ",\n" } else { "\n" });
    }
}

/// The derives and attributes of every model struct.
const MODEL_ATTRS: &str =
    "#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]\n#[non_exhaustive]\n";

/// A model struct as prettyplease prints it, if each of its lines fits in [`WIDTH`] there: a
/// serde attribute too wide for its line has one argument per line, as prettyplease breaks it.
fn struct_laid_out(s: &StructDef) -> Option<String> {
    let header = format!("pub struct {} {{", s.name);
    if header.len() > WIDTH {
        return None;
    }
    let mut out = String::with_capacity(s.doc.len() + 256 * (s.fields.len() + 1));
    push_doc_lines(&mut out, "", &s.doc);
    out.push_str(MODEL_ATTRS);
    out.push_str(&header);
    if s.fields.is_empty() {
        out.push_str("}\n");
        return Some(out);
    }
    out.push('\n');
    for f in &s.fields {
        let field = ModelField::new(s, f);
        let line = format!("pub {}: {},", field.name, field.type_text());
        if 4 + line.len() > WIDTH {
            return None;
        }
        push_doc_lines(&mut out, "    ", &field.doc);
        let args = field.serde_args()?;
        if !args.is_empty() {
            let joined = args.join(", ");
            if 4 + "#[serde()]".len() + joined.len() <= WIDTH {
                out.push_str("    #[serde(");
                out.push_str(&joined);
                out.push_str(")]\n");
            } else {
                if args.iter().any(|arg| 8 + arg.len() + 1 > WIDTH) {
                    return None;
                }
                out.push_str("    #[serde(\n");
                push_args_one_per_line(&mut out, "        ", &args);
                out.push_str("    )]\n");
            }
        }
        out.push_str("    ");
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str("}\n");
    Some(out)
}

/// [`struct_item`] as tokens, for prettyplease to lay out.
fn struct_quoted(s: &StructDef) -> TokenStream {
    let name = id(&s.name);
    let doc = doc_attr(&s.doc);
    let fields = s.fields.iter().map(|f| ModelField::new(s, f).quoted());
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields,)*
        }
    }
}

fn enum_item(e: &EnumDef) -> TokenStream {
    let name = id(&e.name);
    let doc = doc_attr(&format!(
        "{}\n\nDecoding keeps values the spec does not list as [`{}::Unknown`]; requests only carry listed values.",
        e.doc, e.name
    ));
    let variants = e.variants.iter().map(|v| {
        let vn = id(&v.rust_name);
        let vdoc = doc_attr(&format!("`{}`", v.wire_name.replace('`', "'")));
        quote!(#vdoc #vn)
    });
    let to_str = e.variants.iter().map(|v| {
        let vn = id(&v.rust_name);
        let w = lit(&v.wire_name);
        quote!(Self::#vn => #w)
    });
    let from_str = e.variants.iter().map(|v| {
        let vn = id(&v.rust_name);
        let w = lit(&v.wire_name);
        quote!(#w => Self::#vn)
    });
    let values = e.variants.iter().map(|v| lit(&v.wire_name));
    let kind = lit(&e.name);
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants,)*
            /// A value the spec does not list, as Twilio sent it.
            Unknown(crate::UnknownValue),
        }

        impl #name {
            /// The values the spec lists.
            pub const VALUES: &'static [&'static str] = &[#(#values),*];

            /// The value as it is sent and received.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_str,)*
                    Self::Unknown(v) => v.as_str(),
                }
            }

            /// Whether the spec lists this value.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }

            fn from_wire(value: String) -> Self {
                match value.as_str() {
                    #(#from_str,)*
                    _ => Self::Unknown(crate::UnknownValue(value)),
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for #name {
            type Err = crate::InvalidEnumValue;

            /// Parses one of the listed values; anything else is an error.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let value = Self::from_wire(s.to_owned());
                if value.is_known() {
                    Ok(value)
                } else {
                    Err(crate::InvalidEnumValue { kind: #kind, allowed: Self::VALUES })
                }
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(Self::from_wire)
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Resources

/// A path value carried by a handle: its field name and the parameter it came from.
#[derive(Clone)]
struct ChainItem {
    field: Ident,
    param: Parameter,
}

fn path_arg_type(p: &Parameter) -> (TokenStream, TokenStream) {
    // (argument type, stored type)
    match &p.ty {
        Type::Sid(n) | Type::Enum(n) => {
            let n = id(n);
            (quote!(&crate::#n), quote!(crate::#n))
        }
        Type::Integer { .. } => (quote!(i64), quote!(i64)),
        Type::Date => (quote!(time::Date), quote!(time::Date)),
        _ => (quote!(&str), quote!(String)),
    }
}

/// The field initialiser that stores a path argument in a handle.
fn path_arg_store(p: &Parameter, arg: &Ident) -> TokenStream {
    match &p.ty {
        Type::Sid(_) | Type::Enum(_) => quote!(#arg: #arg.clone()),
        Type::Integer { .. } | Type::Date => quote!(#arg),
        _ => quote!(#arg: #arg.to_owned()),
    }
}

/// The text of a path value, safe for one segment. `borrowed` says whether `expr` is already a
/// reference (a method argument) rather than a field.
fn path_segment(p: &Parameter, expr: TokenStream, borrowed: bool) -> TokenStream {
    match &p.ty {
        Type::Sid(_) => quote!(#expr.as_str()),
        Type::Integer { .. } => quote!(#expr),
        Type::Enum(_) => quote!(crate::formats::path_segment(#expr.as_str())),
        Type::Date => quote!(crate::formats::path_segment(&crate::formats::format_date(&#expr))),
        _ if borrowed => quote!(crate::formats::path_segment(#expr)),
        _ => quote!(crate::formats::path_segment(&#expr)),
    }
}

/// An item of `resources.rs` after the client's methods, in file order.
enum ResourceItem<'a> {
    /// An operation's parameters struct (named by the operation).
    Params(&'a Operation, &'a str),
    /// A node's handle type, with the path parameters it carries.
    Handle(&'a Node, Vec<&'a Parameter>),
    /// How a list's page splits into items and the next page's link (once per page type).
    PageBody(&'a crate::model::Paging, &'a str),
}

/// The items of `resources.rs` under `node`, in file order: the parameters structs of the
/// node's operations, its handle (unless it is the root), then its children's, depth first.
fn resource_items<'a>(
    api: &'a Api,
    node: &'a Node,
    chain: &[&'a Parameter],
    is_root: bool,
    out: &mut Vec<ResourceItem<'a>>,
) {
    for &i in &node.operations {
        let op = &api.operations[i];
        if let Some(ps) = &op.params_struct {
            out.push(ResourceItem::Params(op, ps));
        }
    }
    if !is_root {
        out.push(ResourceItem::Handle(node, chain.to_vec()));
    }
    for child in &node.children {
        let mut next = chain.to_vec();
        next.extend(&child.param);
        resource_items(api, child, &next, false, out);
    }
}

impl ResourceItem<'_> {
    fn tokens(&self, api: &Api) -> Result<TokenStream, Diagnostic> {
        match self {
            ResourceItem::Params(op, ps) => Ok(params_struct(op, ps)),
            ResourceItem::PageBody(paging, page) => Ok(page_body_impl(paging, page)),
            ResourceItem::Handle(node, params) => {
                let chain: Vec<ChainItem> = params
                    .iter()
                    .map(|p| ChainItem {
                        field: id(&p.rust_name),
                        param: (*p).clone(),
                    })
                    .collect();
                handle_item(api, node, &chain)
            }
        }
    }
}

/// The start of `resources.rs`: imports, and the client's methods (its accessors, its own
/// operations and the shortcuts to its own account's).
fn client_impl(api: &Api) -> Result<TokenStream, Diagnostic> {
    let mut client_methods = node_methods(api, &api.root, &[], true)?;
    // Shortcuts: the client stands for its own account.
    if let Some(account) = api.root.children.iter().find(|c| c.client_account) {
        let ty = id(&account.type_name);
        let param = account
            .param
            .as_ref()
            .map(|p| (id(&p.rust_name), path_arg_type(p).1));
        if let Some((field, stored)) = param {
            client_methods.push(quote! {
                /// The client's own account: the one whose SID the client was built with.
                pub fn default_account(&self) -> #ty<'_> {
                    #ty { client: self, #field: #stored::from_checked(self.account_sid().to_owned()) }
                }
            });
            // The account's sub-resources, from the client; not the account's own operations
            // (`client.account(&sid).fetch()`), which would read as the client's.
            let taken: Vec<String> = api
                .root
                .children
                .iter()
                .map(|c| c.accessor.clone())
                .chain(
                    api.root
                        .operations
                        .iter()
                        .map(|&i| api.operations[i].rust_name.clone()),
                )
                .chain(["default_account".to_owned()])
                .collect();
            for c in &account.children {
                if taken.contains(&c.accessor) {
                    continue;
                }
                let accessor = id(&c.accessor);
                let cty = id(&c.type_name);
                let doc = doc_attr(&format!(
                    "{}\n\nIn the client's own account; see [`Client::account`](crate::Client::account) for another.",
                    c.doc
                ));
                match &c.param {
                    Some(p) => {
                        let arg = id(&p.rust_name);
                        let (arg_ty, _) = path_arg_type(p);
                        client_methods.push(quote! {
                            #doc
                            pub fn #accessor(&self, #arg: #arg_ty) -> crate::#cty<'_> {
                                self.default_account().#accessor(#arg)
                            }
                        });
                    }
                    None => client_methods.push(quote! {
                        #doc
                        pub fn #accessor(&self) -> crate::#cty<'_> {
                            self.default_account().#accessor()
                        }
                    }),
                }
            }
        }
    }
    let imports = if api.operations.is_empty() {
        quote!(
            use crate::Client;
        )
    } else {
        quote!(
            use crate::{Client, Error};
        )
    };
    Ok(quote! {
        #imports

        impl Client {
            #(#client_methods)*
        }
    })
}

/// The methods of `node`'s handle (or of the client, for the root): accessors to its children,
/// then its operations.
fn node_methods(
    api: &Api,
    node: &Node,
    chain: &[ChainItem],
    is_root: bool,
) -> Result<Vec<TokenStream>, Diagnostic> {
    let mut methods = Vec::new();
    for child in &node.children {
        let cty = id(&child.type_name);
        let accessor = id(&child.accessor);
        let doc = doc_attr(&child.doc);
        let client_expr = if is_root {
            quote!(self)
        } else {
            quote!(self.client)
        };
        let carried = chain.iter().map(|c| {
            let f = &c.field;
            match c.param.ty {
                Type::Integer { .. } | Type::Date => quote!(#f: self.#f),
                _ => quote!(#f: self.#f.clone()),
            }
        });
        let lifetime = if is_root { quote!('_) } else { quote!('a) };
        match &child.param {
            Some(p) => {
                let arg = id(&p.rust_name);
                let (arg_ty, _) = path_arg_type(p);
                let store = path_arg_store(p, &arg);
                methods.push(quote! {
                    #doc
                    pub fn #accessor(&self, #arg: #arg_ty) -> crate::#cty<#lifetime> {
                        crate::#cty { client: #client_expr, #(#carried,)* #store }
                    }
                });
            }
            None => methods.push(quote! {
                #doc
                pub fn #accessor(&self) -> crate::#cty<#lifetime> {
                    crate::#cty { client: #client_expr, #(#carried,)* }
                }
            }),
        }
    }
    for &i in &node.operations {
        methods.push(operation_method(&api.operations[i], chain, is_root)?);
    }
    Ok(methods)
}

/// The handle type of a node below the root: the path values it carries, and its methods.
fn handle_item(api: &Api, node: &Node, chain: &[ChainItem]) -> Result<TokenStream, Diagnostic> {
    let methods = node_methods(api, node, chain, false)?;
    let ty = id(&node.type_name);
    let doc = doc_attr(&node.doc);
    let fields = chain.iter().map(|c| {
        let f = &c.field;
        let (_, stored) = path_arg_type(&c.param);
        quote!(#f: #stored)
    });
    let debug_fields = chain.iter().map(|c| {
        let f = &c.field;
        let name = lit(&c.field.to_string());
        quote!(.field(#name, &self.#f))
    });
    let ty_name = lit(&node.type_name);
    Ok(quote! {
        #doc
        #[derive(Clone)]
        pub struct #ty<'a> {
            client: &'a Client,
            #(#fields,)*
        }

        impl std::fmt::Debug for #ty<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(#ty_name) #(#debug_fields)* .finish_non_exhaustive()
            }
        }

        impl<'a> #ty<'a> {
            #(#methods)*
        }
    })
}

fn operation_method(
    op: &Operation,
    chain: &[ChainItem],
    is_root: bool,
) -> Result<TokenStream, Diagnostic> {
    let name = id(&op.rust_name);
    let expected = chain.len();
    if expected != op.path_params.len() {
        return Err(Diagnostic::new(
            Stage::Render,
            op.pointer.clone(),
            format!(
                "the path `{}` has {} parameters, but its place in the navigation tree supplies {expected}",
                op.path,
                op.path_params.len()
            ),
        ));
    }
    // The path, with each `{Param}` filled from the handle (or the target argument).
    let mut format_string = String::new();
    let mut rest = op.path.as_str();
    while let Some(open) = rest.find('{') {
        format_string.push_str(&rest[..open].replace('}', "}}"));
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        format_string.push_str("{}");
        rest = &rest[(close + 1).min(rest.len())..];
    }
    format_string.push_str(&rest.replace('{', "{{").replace('}', "}}"));
    let mut args = Vec::new();
    let mut fn_args = Vec::new();
    for (idx, p) in op.path_params.iter().enumerate() {
        if idx < chain.len() {
            let f = &chain[idx].field;
            args.push(path_segment(&chain[idx].param, quote!(self.#f), false));
        } else {
            let arg = id(&p.rust_name);
            let (arg_ty, _) = path_arg_type(p);
            fn_args.push(quote!(#arg: #arg_ty));
            args.push(path_segment(p, quote!(#arg), true));
        }
    }
    let fmt = lit(&format_string);
    let path_expr = if args.is_empty() {
        quote!(#fmt.to_owned())
    } else {
        quote!(format!(#fmt, #(#args),*))
    };

    let mut validate = quote!();
    let mut query = quote!(Vec::new());
    let mut headers = quote!(Vec::new());
    let mut body = quote!(crate::Body::Empty);
    if let Some(ps) = &op.params_struct {
        let ps = id(ps);
        fn_args.push(quote!(params: crate::#ps));
        if has_checks(op) {
            validate = quote!(params.validate()?;);
        }
        if op.params.iter().any(|p| p.location == Location::Query) {
            query = quote!(params.query_pairs());
        }
        if op.params.iter().any(|p| p.location == Location::Header) {
            headers = quote!(params.header_pairs());
        }
        match op.body {
            Some(BodyKind::Form) if op.params.iter().any(|p| p.location == Location::Body) => {
                body = quote!(crate::Body::Form(params.form_pairs()));
            }
            Some(BodyKind::Json) => body = quote!(crate::Body::Json(params.json_body())),
            _ => {}
        }
    } else if op.body == Some(BodyKind::Json) {
        body = quote!(crate::Body::Json(serde_json::Value::Object(
            serde_json::Map::new()
        )));
    }
    let method = match op.method {
        Method::Get => quote!(reqwest::Method::GET),
        Method::Post => quote!(reqwest::Method::POST),
        Method::Put => quote!(reqwest::Method::PUT),
        Method::Patch => quote!(reqwest::Method::PATCH),
        Method::Delete => quote!(reqwest::Method::DELETE),
    };
    let server = lit(&op.server);
    let success = Literal::u16_unsuffixed(op.status);
    // GET and DELETE may be repeated; a POST only with an idempotency key, made here if the
    // caller gave none, so that every attempt carries the same one.
    let key_param = op.params.iter().find(|p| is_idempotency_key(p));
    let idempotent = matches!(op.method, Method::Get | Method::Delete) || key_param.is_some();
    let ensure_key = if key_param.is_some() {
        quote!(let params = params.ensure_idempotency_key();)
    } else {
        quote!()
    };
    let (ret, call) = match &op.returns {
        Returns::Nothing => (quote!(()), quote!(call_empty)),
        Returns::Json(ty @ Type::Struct(_)) => (rust_type(ty), quote!(call_object)),
        Returns::Json(ty) => (rust_type(ty), quote!(call_json)),
    };
    let mut doc = op.doc.clone();
    doc.push_str(&format!(
        "\n\n`{} {}` (`{}`).\n\n# Errors\n\n[`Error::Validation`] if an input breaks a rule of the API (nothing is sent), [`Error::Api`] if Twilio refuses the request, [`Error::Transport`] if it does not complete, and [`Error::Undecodable`] if the answer cannot be read.",
        op.method.as_str(),
        op.path,
        op.operation_id
    ));
    let client_ref = if is_root {
        quote!(self)
    } else {
        quote!(self.client)
    };
    let template = lit(&op.path);
    let request = quote! {
        crate::Request {
            method: #method,
            server: #server,
            template: #template,
            path: #path_expr,
            query: #query,
            headers: #headers,
            body: #body,
            success: #success,
            idempotent: #idempotent,
        }
    };
    let (Some(paging), Returns::Json(Type::Struct(page))) = (&op.paging, &op.returns) else {
        let doc = doc_attr(&doc);
        return Ok(quote! {
            #doc
            pub async fn #name(&self, #(#fn_args),*) -> Result<crate::Response<#ret>, Error> {
                #ensure_key
                #validate
                let request = #request;
                #client_ref.#call(request).await
            }
        });
    };
    // A list: `list` collects every item, `stream` yields them, `page` gives one page; all
    // three send the request that one private method builds.
    let stream = id(&list_method(&op.rust_name, "stream"));
    let page_fn = id(&list_method(&op.rust_name, "page"));
    let build = id(&format!("{}_request", op.rust_name));
    let page = id(page);
    let item = id(&paging.item_type);
    let has_params = op.params_struct.is_some();
    let (limit, pass) = if has_params {
        (quote!(let limit = params.limit;), quote!(params))
    } else {
        (quote!(let limit = None;), quote!())
    };
    let page_size = match (&paging.page_size, has_params) {
        (Some(_), true) => quote!(let params = params.with_page_size();),
        _ => quote!(),
    };
    // The stream and the page borrow the client, not the handle they were made from.
    let (lifetime, page_lifetime) = if is_root {
        (quote!('_), quote!('_))
    } else {
        (quote!(use<'a>), quote!('a))
    };
    let list_doc = doc_attr(&format!(
        "{doc}\n\nEvery item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::{ps}::limit) (all without one).",
        ps = op.params_struct.as_deref().unwrap_or("paging")
    ));
    let list_doc = if has_params {
        list_doc
    } else {
        doc_attr(&format!(
            "{doc}\n\nEvery item of every page, following each page's link to the next."
        ))
    };
    let stream_doc = lit(&format!(
        " The items of [`{}`](Self::{}) one by one: a page is fetched only when the stream",
        op.rust_name, op.rust_name
    ));
    let page_doc = lit(&format!(
        " The first page of [`{}`](Self::{}), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.",
        op.rust_name, op.rust_name
    ));
    Ok(quote! {
        #list_doc
        pub async fn #name(&self, #(#fn_args),*) -> Result<Vec<crate::#item>, Error> {
            #limit
            crate::paging::collect::<crate::#page>(#client_ref, self.#build(#pass), limit).await
        }

        #[doc = #stream_doc]
        /// reaches it, and none once the limit is reached. An error is yielded and ends the
        /// stream.
        pub fn #stream(&self, #(#fn_args),*)
            -> impl futures_core::Stream<Item = Result<crate::#item, Error>> + #lifetime
        {
            #limit
            crate::paging::items::<crate::#page>(#client_ref, self.#build(#pass), limit)
        }

        #[doc = #page_doc]
        ///
        /// # Errors
        ///
        /// As the list.
        pub async fn #page_fn(&self, #(#fn_args),*)
            -> Result<crate::paging::Page<#page_lifetime, crate::#page>, Error>
        {
            crate::paging::fetch(#client_ref, self.#build(#pass)?).await
        }

        /// The request for the first page.
        fn #build(&self, #(#fn_args),*) -> Result<crate::Request, Error> {
            #page_size
            #validate
            Ok(#request)
        }
    })
}

/// The name of a list's `stream` or `page` method beside its `list` method: `stream` for
/// `list`, `stream_calls` for `list_calls`, `fetch_stream` for a list named `fetch`.
fn list_method(list: &str, verb: &str) -> String {
    match list.strip_prefix("list") {
        Some(rest) => format!("{verb}{rest}"),
        None => format!("{list}_{verb}"),
    }
}

/// The `PageBody` impl of a list's page: its items and the link to the next page.
fn page_body_impl(paging: &crate::model::Paging, page: &str) -> TokenStream {
    let page = id(page);
    let item = id(&paging.item_type);
    let items_field = id(&paging.items_field);
    let (items_optional, link_optional, meta_optional) = paging.optional;
    let items = if items_optional {
        quote!(self.#items_field.unwrap_or_default())
    } else {
        quote!(self.#items_field)
    };
    let link = match &paging.next {
        crate::model::NextLink::Field(f) => {
            let f = id(f);
            if link_optional {
                quote!(self.#f)
            } else {
                quote!(Some(self.#f))
            }
        }
        crate::model::NextLink::Meta {
            meta_field,
            link_field,
        } => {
            let (m, l) = (id(meta_field), id(link_field));
            match (meta_optional, link_optional) {
                (true, true) => quote!(self.#m.and_then(|meta| meta.#l)),
                (true, false) => quote!(self.#m.map(|meta| meta.#l)),
                (false, true) => quote!(self.#m.#l),
                (false, false) => quote!(Some(self.#m.#l)),
            }
        }
    };
    quote! {
        impl crate::paging::PageBody for crate::#page {
            type Item = crate::#item;

            fn into_parts(self) -> (Vec<crate::#item>, Option<String>) {
                (#items, #link)
            }
        }
    }
}

/// The expression that turns `v` (a reference to a value of `ty`) into wire text.
fn to_text(ty: &Type, v: &TokenStream) -> TokenStream {
    match ty {
        Type::String => quote!(#v.clone()),
        Type::Sid(_) | Type::Url | Type::Enum(_) => quote!(#v.as_str().to_owned()),
        Type::DateInput => quote!(#v.to_string()),
        Type::DateTimeRfc2822 | Type::DateTime | Type::Date => {
            let format = date_format(ty);
            quote!(#format(#v))
        }
        Type::Integer { .. } | Type::Number { .. } | Type::Boolean => quote!(#v.to_string()),
        Type::Json | Type::Struct(_) | Type::Map(_) | Type::Array(_) => {
            quote!(serde_json::to_string(#v).unwrap_or_default())
        }
    }
}

/// The function that writes a date or date-time as Twilio reads it (it takes a reference).
fn date_format(ty: &Type) -> Option<TokenStream> {
    match ty {
        Type::DateTimeRfc2822 => Some(quote!(crate::formats::format_rfc2822)),
        Type::DateTime => Some(quote!(crate::formats::format_rfc3339)),
        Type::Date => Some(quote!(crate::formats::format_date)),
        _ => None,
    }
}

/// What `Pairs::add` gets for a field (`field` is `self.name`): the field itself where its
/// values print as they are sent (text, SIDs, enums, URLs, numbers, booleans), else its values
/// mapped to their wire text. A required value is an array of one.
fn pair_values(ty: &Type, field: &TokenStream, required: bool) -> TokenStream {
    let displays = |ty: &Type| {
        matches!(
            ty,
            Type::String
                | Type::Sid(_)
                | Type::Url
                | Type::DateInput
                | Type::Enum(_)
                | Type::Integer { .. }
                | Type::Number { .. }
                | Type::Boolean
        )
    };
    match ty {
        Type::Array(inner) => {
            let inner = nested(inner);
            if displays(&inner) {
                quote!(&#field)
            } else {
                let text = to_text(&inner, &quote!(item));
                quote!(#field.iter().map(|item| #text))
            }
        }
        ty if displays(ty) => {
            // Numbers and booleans (and options of them) are `Copy`: passed by value.
            let copy = matches!(
                ty,
                Type::Integer { .. } | Type::Number { .. } | Type::Boolean | Type::DateInput
            );
            match (required, copy) {
                (true, true) => quote!([#field]),
                (true, false) => quote!([&#field]),
                (false, true) => quote!(#field),
                (false, false) => quote!(&#field),
            }
        }
        ty => {
            let text = to_text(ty, &quote!(v));
            match (required, date_format(ty)) {
                (true, Some(format)) => quote!([#format(&#field)]),
                (true, None) => quote!([{ let v = &#field; #text }]),
                (false, Some(format)) => quote!(#field.as_ref().map(#format)),
                (false, None) => quote!(#field.as_ref().map(|v| #text)),
            }
        }
    }
}

/// The expression that turns `v` (a reference) into a JSON value.
fn to_json(ty: &Type, v: &TokenStream) -> TokenStream {
    match ty {
        Type::DateTimeRfc2822
        | Type::DateTime
        | Type::Date
        | Type::Url
        | Type::DateInput
        | Type::Sid(_)
        | Type::Enum(_) => {
            let text = to_text(ty, v);
            quote!(serde_json::Value::String(#text))
        }
        _ => quote!(serde_json::to_value(#v).unwrap_or(serde_json::Value::Null)),
    }
}

/// Whether an operation's parameters struct has a `validate` method: some input has a rule, or
/// some inputs form a group of which one must be given.
fn has_checks(op: &Operation) -> bool {
    !op.conditional.is_empty() || op.params.iter().any(|p| !checks(p, &quote!(v)).is_empty())
}

/// One rule a value is checked against before sending.
enum Check {
    /// A statement that returns early with `?` (`v` in scope).
    Statement(TokenStream),
    /// A condition on `v` that means the value is bad, and the error to return then.
    Fails(TokenStream, TokenStream),
}

/// The rules a value is checked against before sending; `v` is a reference.
fn checks(p: &Parameter, v: &TokenStream) -> Vec<Check> {
    let wire = lit(&p.wire_name);
    let mut out = Vec::new();
    match &p.ty {
        Type::Url => out.push(Check::Statement(quote! {
            #v.check().map_err(|rule| Error::validation(#wire, rule))?;
        })),
        Type::Enum(_) => out.push(Check::Fails(
            quote!(!#v.is_known()),
            quote!(Error::validation(#wire, format!("`{}` is not one of the listed values", #v.as_str()))),
        )),
        Type::Integer { min, max, int32 } => {
            let value = if *int32 { quote!(i64::from(*#v)) } else { quote!(*#v) };
            if let Some(min) = min {
                let m = Literal::i64_unsuffixed(*min);
                out.push(Check::Fails(
                    quote!(#value < #m),
                    quote!(Error::validation(#wire, format!("must be at least {}, found {}", #m, #v))),
                ));
            }
            if let Some(max) = max {
                let m = Literal::i64_unsuffixed(*max);
                out.push(Check::Fails(
                    quote!(#value > #m),
                    quote!(Error::validation(#wire, format!("must be at most {}, found {}", #m, #v))),
                ));
            }
        }
        Type::Number { min, max } => {
            if let Some(min) = min {
                let m = Literal::f64_unsuffixed(*min);
                out.push(Check::Fails(
                    quote!(*#v < #m),
                    quote!(Error::validation(#wire, format!("must be at least {}, found {}", #m, #v))),
                ));
            }
            if let Some(max) = max {
                let m = Literal::f64_unsuffixed(*max);
                out.push(Check::Fails(
                    quote!(*#v > #m),
                    quote!(Error::validation(#wire, format!("must be at most {}, found {}", #m, #v))),
                ));
            }
        }
        Type::Array(inner) => {
            let inner_param = Parameter { ty: nested(inner), ..p.clone() };
            let item = quote!(item);
            let inner_checks: Vec<TokenStream> = checks(&inner_param, &item).into_iter().map(check_statement).collect();
            if !inner_checks.is_empty() {
                out.push(Check::Statement(quote!(for item in #v { #(#inner_checks)* })));
            }
        }
        _ => {}
    }
    out
}

fn check_statement(c: Check) -> TokenStream {
    match c {
        Check::Statement(s) => s,
        Check::Fails(cond, err) => quote!(if #cond { return Err(#err); }),
    }
}

/// Whether a parameter is the operation's idempotency key (a form field in api_v2010, a header
/// in newer APIs).
fn is_idempotency_key(p: &Parameter) -> bool {
    matches!(p.ty, Type::String)
        && !p.required
        && (p.wire_name == "IdempotencyKey"
            || p.wire_name
                .eq_ignore_ascii_case("I-Twilio-Idempotency-Token"))
}

/// An input sent as form, query or header pairs.
struct PairInput<'a> {
    wire: &'a str,
    field: &'a str,
    ty: &'a Type,
    /// Whether the field holds one value (not an `Option` or a list).
    one: bool,
}

impl PairInput<'_> {
    /// The statement that adds the input's pairs, as tokens.
    fn quoted(&self) -> TokenStream {
        let f = id(self.field);
        let wire = lit(self.wire);
        let values = pair_values(self.ty, &quote!(self.#f), self.one);
        quote!(out.add(#wire, #values);)
    }

    /// The statement as prettyplease prints it on one line, for the inputs whose values are
    /// simple (text, SIDs, enums, URLs, numbers, booleans, dates) and whose key has no
    /// character a string literal escapes.
    fn laid_out(&self) -> Option<String> {
        let field = self.field;
        let displays = matches!(
            self.ty,
            Type::String | Type::Sid(_) | Type::Url | Type::DateInput | Type::Enum(_)
        );
        let copy = matches!(
            self.ty,
            Type::Integer { .. } | Type::Number { .. } | Type::Boolean | Type::DateInput
        );
        let values = match self.ty {
            Type::Array(inner) => {
                let inner = nested(inner);
                let displayed = matches!(
                    inner,
                    Type::String
                        | Type::Sid(_)
                        | Type::Enum(_)
                        | Type::Integer { .. }
                        | Type::Number { .. }
                        | Type::Boolean
                );
                displayed.then(|| format!("&self.{field}"))?
            }
            _ if copy && self.one => format!("[self.{field}]"),
            _ if copy => format!("self.{field}"),
            _ if displays && self.one => format!("[&self.{field}]"),
            _ if displays => format!("&self.{field}"),
            ty => {
                let format = match ty {
                    Type::DateTimeRfc2822 => "crate::formats::format_rfc2822",
                    Type::DateTime => "crate::formats::format_rfc3339",
                    Type::Date => "crate::formats::format_date",
                    _ => return None,
                };
                if self.one {
                    format!("[{format}(&self.{field})]")
                } else {
                    format!("self.{field}.as_ref().map({format})")
                }
            }
        };
        plain_literal(self.wire).then(|| format!("out.add(\"{}\", {values});", self.wire))
    }
}

/// A parameters struct's `{kind}_pairs` function: laid out here if every statement is simple
/// and fits on its line, else built for prettyplease to lay out.
fn pairs_fn(kind: &str, inputs: &[PairInput<'_>]) -> TokenStream {
    let doc = format!("The {kind} pairs, in spec order; a list repeats its key.");
    let lines: Option<Vec<String>> = inputs
        .iter()
        .map(|input| input.laid_out().filter(|line| 8 + line.len() <= WIDTH))
        .collect();
    if let Some(lines) = lines {
        let mut out = String::with_capacity(160 + lines.iter().map(|l| l.len() + 9).sum::<usize>());
        out.push_str("/// ");
        out.push_str(&doc);
        out.push_str("\nfn ");
        out.push_str(kind);
        out.push_str("_pairs(&self) -> Vec<(&'static str, String)> {\n");
        out.push_str("    let mut out = crate::Pairs::default();\n");
        for line in lines {
            out.push_str("    ");
            out.push_str(&line);
            out.push('\n');
        }
        out.push_str("    out.into_vec()\n}\n");
        return laid_out_item(out);
    }
    pairs_fn_quoted(kind, inputs)
}

/// [`pairs_fn`] as tokens, for prettyplease to lay out.
fn pairs_fn_quoted(kind: &str, inputs: &[PairInput<'_>]) -> TokenStream {
    let fname = format_ident!("{}_pairs", kind);
    let what = lit(&format!(
        " The {kind} pairs, in spec order; a list repeats its key."
    ));
    let pushes = inputs.iter().map(PairInput::quoted);
    quote! {
        #[doc = #what]
        fn #fname(&self) -> Vec<(&'static str, String)> {
            let mut out = crate::Pairs::default();
            #(#pushes)*
            out.into_vec()
        }
    }
}

/// What a constructor or setter takes for an input of type `ty`. A list of strings takes
/// `["a", "b"]` as readily as a `Vec<String>`.
fn arg_type(ty: &Type) -> TokenStream {
    match ty {
        Type::String => quote!(impl Into<String>),
        Type::Url => quote!(impl Into<crate::Uri>),
        Type::DateInput => quote!(impl Into<crate::DateOrDateTime>),
        Type::Array(inner) if matches!(nested(inner), Type::String) => {
            quote!(impl IntoIterator<Item = impl Into<String>>)
        }
        Type::Array(inner) => {
            let inner = rust_type(&nested(inner));
            quote!(impl IntoIterator<Item = #inner>)
        }
        ty => rust_type(ty),
    }
}

/// The widest line prettyplease keeps whole where it could break it (`MARGIN` in its source):
/// an item laid out here is laid out only where each of its lines is at most this wide.
const WIDTH: usize = 89;

/// The setter of an optional input of a parameters struct, which sits in its `impl` block.
struct Setter<'a> {
    field: &'a str,
    doc: &'a str,
    ty: &'a Type,
}

impl Setter<'_> {
    /// The tokens of the setter: laid out here where it fits on its lines (nearly always),
    /// else built for prettyplease to lay out.
    fn tokens(&self) -> TokenStream {
        match self.laid_out() {
            Some(text) => laid_out_item(text),
            None => self.quoted(),
        }
    }

    /// What the setter takes ([`arg_type`]), and the expression that stores it, as text.
    fn parts(&self) -> (String, &'static str) {
        match self.ty {
            Type::String => ("impl Into<String>".to_owned(), "Some(value.into())"),
            Type::Url => ("impl Into<crate::Uri>".to_owned(), "Some(value.into())"),
            Type::DateInput => (
                "impl Into<crate::DateOrDateTime>".to_owned(),
                "Some(value.into())",
            ),
            Type::Array(inner) if matches!(nested(inner), Type::String) => (
                "impl IntoIterator<Item = impl Into<String>>".to_owned(),
                "value.into_iter().map(Into::into).collect()",
            ),
            Type::Array(inner) => (
                format!("impl IntoIterator<Item = {}>", type_text(&nested(inner))),
                "value.into_iter().collect()",
            ),
            ty => (type_text(ty), "Some(value)"),
        }
    }

    /// The setter as prettyplease prints it in an `impl` block, if each line fits in [`WIDTH`]
    /// there (where it would not, prettyplease breaks it).
    fn laid_out(&self) -> Option<String> {
        let (arg, store) = self.parts();
        let field = self.field;
        let signature = format!("pub fn {field}(mut self, value: {arg}) -> Self {{");
        let statement = format!("self.{field} = {store};");
        if 4 + signature.len() > WIDTH || 8 + statement.len() > WIDTH {
            return None;
        }
        let mut out = String::with_capacity(self.doc.len() + 2 * signature.len() + 32);
        push_doc_lines(&mut out, "", self.doc);
        out.push_str(&signature);
        out.push_str("\n    ");
        out.push_str(&statement);
        out.push_str("\n    self\n}\n");
        Some(out)
    }

    /// The setter as tokens, for prettyplease to lay out.
    fn quoted(&self) -> TokenStream {
        let f = id(self.field);
        let doc = doc_attr(self.doc);
        let store = match self.ty {
            Type::String | Type::Url | Type::DateInput => quote!(self.#f = Some(value.into());),
            Type::Array(inner) if matches!(nested(inner), Type::String) => {
                quote!(self.#f = value.into_iter().map(Into::into).collect();)
            }
            Type::Array(_) => quote!(self.#f = value.into_iter().collect();),
            _ => quote!(self.#f = Some(value);),
        };
        let arg = arg_type(self.ty);
        quote! {
            #doc
            pub fn #f(mut self, value: #arg) -> Self {
                #store
                self
            }
        }
    }
}

/// A field of a parameters struct, which is also a flag of the operation's subcommand.
struct FlagField<'a> {
    name: &'a str,
    flag: &'a str,
    /// The flag's help, without its full stop.
    help: String,
    ty: &'a Type,
    /// Held as an `Option` (an optional input that is not a list).
    optional: bool,
}

/// The struct that holds an operation's inputs (its `impl` block is built apart).
struct ParamsStruct<'a> {
    name: &'a str,
    doc: &'a str,
    /// Derives `Default` (no input is required).
    default: bool,
    fields: &'a [FlagField<'a>],
    /// A list's: it has a `limit` that is not an input (and not a flag).
    paged: bool,
    /// Derives `Debug` (no input holds a secret; otherwise `Debug` is written out).
    debug: bool,
}

impl ParamsStruct<'_> {
    /// The struct: laid out here where every line fits (nearly always), else built for
    /// prettyplease to lay out.
    fn tokens(&self) -> TokenStream {
        match self.laid_out() {
            Some(text) => laid_out_item(text),
            None => self.quoted(),
        }
    }

    fn derives(&self) -> &'static str {
        match (self.default, self.debug) {
            (true, true) => "#[derive(Clone, Debug, Default)]\n",
            (false, true) => "#[derive(Clone, Debug)]\n",
            (true, false) => "#[derive(Clone, Default)]\n",
            (false, false) => "#[derive(Clone)]\n",
        }
    }

    /// The field that holds a list's limit: not an input, so not a flag either.
    const LIMIT_FIELD: &'static str =
        "    #[cfg_attr(feature = \"cli\", arg(skip))]\n    limit: Option<usize>,\n";

    /// The struct as prettyplease prints it, if it can be told here: each field's `cfg_attr`
    /// stays on one line if it fits, else its arguments go one per line, and so do those of
    /// the `arg(…)` inside it if that does not fit either (a long help overflows its line, as
    /// prettyplease leaves it).
    fn laid_out(&self) -> Option<String> {
        let header = format!("pub struct {} {{", self.name);
        if header.len() > WIDTH {
            return None;
        }
        let mut out = String::with_capacity(256 * (self.fields.len() + 1));
        push_doc_lines(&mut out, "", self.doc);
        out.push_str(self.derives());
        out.push_str("#[cfg_attr(feature = \"cli\", derive(clap::Args))]\n#[must_use]\n");
        out.push_str(&header);
        if self.fields.is_empty() && !self.paged {
            out.push_str("}\n");
            return Some(out);
        }
        out.push('\n');
        for f in self.fields {
            let ty = type_text(f.ty);
            let line = if f.optional {
                format!("{}: Option<{ty}>,", f.name)
            } else {
                format!("{}: {ty},", f.name)
            };
            if 4 + line.len() > WIDTH {
                return None;
            }
            let mut args = vec![
                format!("long = {}", lit(f.flag)),
                format!("help = {}", lit(&f.help)),
            ];
            let parser = crate::render_cli::input_flag_parser_text(f.ty)?;
            if !parser.is_empty() {
                args.push(parser);
            }
            let inner = format!("arg({})", args.join(", "));
            let one_line = format!("#[cfg_attr(feature = \"cli\", {inner})]");
            if 4 + one_line.len() <= WIDTH {
                out.push_str("    ");
                out.push_str(&one_line);
                out.push('\n');
            } else {
                out.push_str("    #[cfg_attr(\n        feature = \"cli\",\n");
                if 8 + inner.len() <= WIDTH {
                    out.push_str("        ");
                    out.push_str(&inner);
                    out.push('\n');
                } else {
                    out.push_str("        arg(\n");
                    push_args_one_per_line(&mut out, "            ", &args);
                    out.push_str("        )\n");
                }
                out.push_str("    )]\n");
            }
            out.push_str("    ");
            out.push_str(&line);
            out.push('\n');
        }
        if self.paged {
            out.push_str(Self::LIMIT_FIELD);
        }
        out.push_str("}\n");
        Some(out)
    }

    /// The struct as tokens, for prettyplease to lay out.
    fn quoted(&self) -> TokenStream {
        let name = id(self.name);
        let doc = doc_attr(self.doc);
        let default = if self.default {
            quote!(Default,)
        } else {
            quote!()
        };
        let debug = if self.debug { quote!(Debug,) } else { quote!() };
        let limit = if self.paged {
            quote!(#[cfg_attr(feature = "cli", arg(skip))] limit: Option<usize>,)
        } else {
            quote!()
        };
        let fields = self.fields.iter().map(|f| {
            let attrs = crate::render_cli::input_flag_attrs(f.flag, &f.help, f.ty);
            let fname = id(f.name);
            let ty = rust_type(f.ty);
            if f.optional {
                quote!(#attrs #fname: Option<#ty>)
            } else {
                quote!(#attrs #fname: #ty)
            }
        });
        quote! {
            #doc
            #[derive(Clone, #debug #default)]
            #[cfg_attr(feature = "cli", derive(clap::Args))]
            #[must_use]
            pub struct #name {
                #(#fields,)*
                #limit
            }
        }
    }
}

/// `` `A`, `B` or `C` ``.
fn list_words(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("`{w}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

fn params_struct(op: &Operation, ps: &str) -> TokenStream {
    let name = id(ps);
    let doc = format!(
        "The inputs of `{}`: required ones go to [`{ps}::new`], optional ones have setters.",
        op.operation_id
    );
    let mut fields = Vec::new();
    let mut ctor_args = Vec::new();
    let mut ctor_fields = Vec::new();
    let mut setters = Vec::new();
    let mut validate = Vec::new();
    let mut pairs: BTreeMap<&'static str, Vec<PairInput<'_>>> = BTreeMap::new();
    let mut json = Vec::new();
    let mut whole_body = None;
    let mut debug_impl = quote!();
    let (_, flags) = crate::render_cli::flag_names(op);
    for (p, flag) in op.params.iter().zip(&flags) {
        let f = id(&p.rust_name);
        let wire = lit(&p.wire_name);
        let is_array = matches!(p.ty, Type::Array(_));
        let pdoc = if p.doc.is_empty() {
            format!("`{}`.", p.wire_name)
        } else {
            p.doc.clone()
        };
        let string_like = matches!(p.ty, Type::String | Type::Url | Type::DateInput);
        fields.push(FlagField {
            name: &p.rust_name,
            flag,
            help: crate::render_cli::input_flag_help(p),
            ty: &p.ty,
            optional: !(p.required || is_array),
        });
        if p.required {
            let arg_ty = arg_type(&p.ty);
            ctor_args.push(quote!(#f: #arg_ty));
            ctor_fields.push(if string_like {
                quote!(#f: #f.into())
            } else if matches!(&p.ty, Type::Array(inner) if matches!(nested(inner), Type::String)) {
                quote!(#f: #f.into_iter().map(Into::into).collect())
            } else if is_array {
                quote!(#f: #f.into_iter().collect())
            } else {
                quote!(#f)
            });
        } else {
            ctor_fields.push(if is_array {
                quote!(#f: Vec::new())
            } else {
                quote!(#f: None)
            });
            let setter = Setter {
                field: &p.rust_name,
                doc: &pdoc,
                ty: &p.ty,
            };
            setters.push(setter.tokens());
        }
        // Checks and wire pairs.
        let v = quote!(v);
        let always = p.required || is_array;
        for check in checks(p, &v) {
            validate.push(match check {
                Check::Fails(cond, err) if !always => quote! {
                    if let Some(v) = &self.#f && #cond {
                        return Err(#err);
                    }
                },
                Check::Fails(cond, err) => {
                    quote!({ let v = &self.#f; if #cond { return Err(#err); } })
                }
                Check::Statement(s) if always => quote!({ let v = &self.#f; #s }),
                Check::Statement(s) => quote!(if let Some(v) = &self.#f { #s }),
            });
        }
        let bind = |body: TokenStream| {
            if always {
                quote!({ let v = &self.#f; #body })
            } else {
                quote!(if let Some(v) = &self.#f { #body })
            }
        };
        let kind = match p.location {
            Location::Query => "query",
            Location::Header => "header",
            Location::Body if op.body == Some(BodyKind::Json) => "json",
            Location::Body => "form",
            Location::Path => continue,
        };
        if kind == "json" && p.wire_name.is_empty() {
            // The whole body, sent as it is.
            whole_body = Some(to_json(&p.ty, &quote!(&self.#f)));
            continue;
        }
        if kind == "json" {
            let val = to_json(&p.ty, &v);
            let insert = quote!(out.insert(#wire.to_owned(), #val););
            if is_array && !p.required {
                json.push(quote!(if !self.#f.is_empty() { let v = &self.#f; #insert }));
            } else {
                json.push(bind(insert));
            }
            continue;
        }
        // One call per input: `Pairs::add` takes anything that iterates over displayable
        // values, so an absent value adds no pair and a list repeats its key.
        pairs.entry(kind).or_default().push(PairInput {
            wire: &p.wire_name,
            field: &p.rust_name,
            ty: &p.ty,
            one: p.required && !is_array,
        });
    }
    for group in &op.conditional {
        let given = group.iter().filter_map(|wire| {
            let p = op.params.iter().find(|p| &p.wire_name == wire)?;
            let f = id(&p.rust_name);
            match (p.required, &p.ty) {
                (true, _) => None,
                (false, Type::Array(_)) => Some(quote!(self.#f.is_empty())),
                (false, _) => Some(quote!(self.#f.is_none())),
            }
        });
        let given: Vec<TokenStream> = given.collect();
        if given.len() < group.len() {
            continue; // a required input is always there
        }
        let names = lit(&group.join(" | "));
        let rule = lit(&format!("give at least one of {}", list_words(group)));
        validate.push(quote! {
            if #(#given)&&* {
                return Err(Error::validation(#names, #rule));
            }
        });
    }
    let mut helpers = Vec::new();
    for (kind, inputs) in &pairs {
        helpers.push(pairs_fn(kind, inputs));
    }
    if op.body == Some(BodyKind::Json) {
        helpers.push(match whole_body {
            Some(value) => quote! {
                /// The JSON body.
                fn json_body(&self) -> serde_json::Value {
                    #value
                }
            },
            None => quote! {
                /// The JSON body.
                fn json_body(&self) -> serde_json::Value {
                    let mut out = serde_json::Map::new();
                    #(#json)*
                    serde_json::Value::Object(out)
                }
            },
        });
    }
    if let Some(key) = op.params.iter().find(|p| is_idempotency_key(p)) {
        let f = id(&key.rust_name);
        helpers.push(quote! {
            /// Gives the request an idempotency key if the caller did not, so that retries of it
            /// are recognised by Twilio as the same request.
            fn ensure_idempotency_key(mut self) -> Self {
                if self.#f.is_none() {
                    self.#f = Some(crate::new_idempotency_key());
                }
                self
            }
        });
    }
    let mut new_doc = if ctor_args.is_empty() {
        "No input is required; set optional ones with the setters.".to_owned()
    } else {
        "The inputs the operation requires.".to_owned()
    };
    for group in &op.conditional {
        new_doc.push_str(&format!(
            "\n\nAt least one of {} must also be set; this is checked before anything is sent.",
            list_words(group)
        ));
    }
    let new_doc = doc_attr(&new_doc);
    // The spec decides how many inputs are required; a constructor mirrors it.
    let many_args = if ctor_args.len() > 7 {
        quote!(#[allow(clippy::too_many_arguments)])
    } else {
        quote!()
    };
    let validate_fn = if validate.is_empty() {
        quote!()
    } else {
        quote! {
            /// Checks every input against the API's rules, before anything is sent.
            fn validate(&self) -> Result<(), Error> {
                #(#validate)*
                Ok(())
            }
        }
    };
    let paged = matches!(
        (&op.paging, &op.returns),
        (Some(_), Returns::Json(Type::Struct(_)))
    );
    if paged {
        ctor_fields.push(quote!(limit: None));
        setters.push(quote! {
            /// The most items `list` and `stream` return (all without one). No page is asked for
            /// once it is reached, and without a page size the pages are this size (at most
            /// 1000), as Twilio's libraries do.
            pub fn limit(mut self, limit: usize) -> Self {
                self.limit = Some(limit);
                self
            }
        });
        if let Some(size) = op.paging.as_ref().and_then(|p| p.page_size.as_ref()) {
            let size = id(size);
            helpers.push(quote! {
                /// Without a page size, a limit asks for pages of its size (at most 1000).
                fn with_page_size(mut self) -> Self {
                    if self.#size.is_none() && let Some(limit) = self.limit {
                        self.#size = crate::paging::page_size_for(limit);
                    }
                    self
                }
            });
        }
    }
    let secret = |p: &Parameter| {
        ["Password", "Secret", "Token"]
            .iter()
            .any(|end| p.wire_name.ends_with(end))
    };
    let has_secret = op.params.iter().any(secret);
    if has_secret {
        let name_lit = lit(ps);
        let shown = op.params.iter().map(|p| {
            let f = id(&p.rust_name);
            let key = lit(&p.rust_name);
            let optional = !(p.required || matches!(p.ty, Type::Array(_)));
            match (secret(p), optional, matches!(p.ty, Type::Array(_))) {
                (false, _, _) => quote!(.field(#key, &self.#f)),
                (true, true, _) => quote!(.field(#key, &self.#f.as_ref().map(|_| crate::support::Redacted))),
                (true, false, true) => quote!(.field(#key, &self.#f.iter().map(|_| crate::support::Redacted).collect::<Vec<_>>())),
                (true, false, false) => quote!(.field(#key, &crate::support::Redacted)),
            }
        });
        let limit_field = if paged {
            quote!(.field("limit", &self.limit))
        } else {
            quote!()
        };
        debug_impl = quote! {
            /// Shows every input but those that hold secrets (passwords, secrets, tokens).
            impl std::fmt::Debug for #name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.debug_struct(#name_lit) #(#shown)* #limit_field .finish()
                }
            }
        };
    }
    let params = ParamsStruct {
        name: ps,
        doc: &doc,
        default: ctor_args.is_empty(),
        fields: &fields,
        paged,
        debug: !has_secret,
    };
    let struct_item = params.tokens();
    quote! {
        #struct_item

        #debug_impl

        impl #name {
            #new_doc
            #many_args
            pub fn new(#(#ctor_args),*) -> Self {
                Self { #(#ctor_fields,)* }
            }

            #(#setters)*

            #validate_fn

            #(#helpers)*
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{
        DOC_MARK, FlagField, ITEM_MARK, PairInput, ParamsStruct, Setter, Type, WIDTH,
        expand_placeholders, items, pairs_fn, pairs_fn_quoted, struct_item, struct_laid_out,
        struct_quoted,
    };
    use crate::model::{Field, StructDef};
    use quote::quote;

    /// Every kind of input the laid-out setters and pairs functions are checked against.
    fn input_kinds() -> Vec<Type> {
        let int = |int32| Type::Integer {
            int32,
            min: None,
            max: None,
        };
        vec![
            Type::String,
            Type::Boolean,
            Type::Url,
            Type::DateTime,
            Type::DateInput,
            Type::DateTimeRfc2822,
            Type::Date,
            int(false),
            int(true),
            Type::Number {
                min: None,
                max: None,
            },
            Type::Json,
            Type::Sid("CallSid".to_owned()),
            Type::Enum("CallStatus".to_owned()),
            Type::Struct("CallFeedback".to_owned()),
            Type::Array(Box::new(Type::String)),
            Type::Array(Box::new(Type::Url)),
            Type::Array(Box::new(Type::Date)),
            Type::Array(Box::new(int(false))),
            Type::Array(Box::new(Type::Enum("CallEvent".to_owned()))),
            Type::Array(Box::new(Type::Json)),
            Type::Map(Box::new(Type::Json)),
            Type::Map(Box::new(Type::String)),
        ]
    }

    /// A setter laid out here must read exactly as prettyplease prints the same setter from
    /// tokens, on both sides of the width where prettyplease starts breaking lines: every kind
    /// of input, with field names from 1 to 80 characters.
    #[test]
    fn laid_out_setters_are_printed_as_prettyplease_prints_them() {
        let kinds = input_kinds();
        let (mut laid_out, mut quoted) = (0, 0);
        for ty in &kinds {
            for len in 1..=80 {
                let field = format!("a_{}", "b".repeat(len - 1));
                let setter = Setter {
                    field: &field,
                    doc: "Sets it.  \n\nThen more, after a blank line.",
                    ty,
                };
                let ours = items("t.rs", || {
                    let item = setter.tokens();
                    Ok(quote!(impl Params { #item }))
                })();
                let theirs = items("t.rs", || {
                    let item = setter.quoted();
                    Ok(quote!(impl Params { #item }))
                })();
                assert_eq!(ours, theirs, "{field}: {ty:?}");
                if setter.laid_out().is_some() {
                    laid_out += 1;
                } else {
                    quoted += 1;
                }
            }
        }
        // Both sides of the width were reached.
        assert!(
            laid_out > 300 && quoted > 300,
            "{laid_out} laid out, {quoted} quoted"
        );
        assert_eq!(WIDTH, 89);
    }

    /// The same for the pairs functions: every kind of input, required or not, with keys of
    /// 1 to 90 characters (some with characters a literal escapes), alone and together.
    #[test]
    fn laid_out_pairs_functions_are_printed_as_prettyplease_prints_them() {
        let kinds = input_kinds();
        let keys: Vec<String> = (1..=90)
            .map(|len| match len % 7 {
                0 => format!("StartTime<{}", "x".repeat(len)),
                1 => format!("Say \"{}\"", "y".repeat(len)),
                _ => "K".repeat(len),
            })
            .collect();
        let (mut laid_out, mut quoted) = (0, 0);
        let mut together = Vec::new();
        for ty in &kinds {
            for (i, key) in keys.iter().enumerate() {
                let field = format!("f_{}", "g".repeat(i % 40));
                let input = PairInput {
                    wire: key,
                    field: &field,
                    ty,
                    one: i % 2 == 0,
                };
                let ours = items("t.rs", || {
                    let item = pairs_fn("form", std::slice::from_ref(&input));
                    Ok(quote!(impl Params { #item }))
                })();
                let theirs = items("t.rs", || {
                    let item = pairs_fn_quoted("form", std::slice::from_ref(&input));
                    Ok(quote!(impl Params { #item }))
                })();
                assert_eq!(ours, theirs, "{key}: {ty:?}");
                match input.laid_out() {
                    Some(line) if 8 + line.len() <= WIDTH => laid_out += 1,
                    _ => quoted += 1,
                }
                if i % 9 == 0 {
                    together.push((key.clone(), field, ty.clone(), i % 2 == 0));
                }
            }
        }
        assert!(
            laid_out > 300 && quoted > 300,
            "{laid_out} laid out, {quoted} quoted"
        );
        let short: Vec<PairInput<'_>> = together
            .iter()
            .filter(|(key, ..)| key.len() < 20)
            .map(|(key, field, ty, one)| PairInput {
                wire: key,
                field,
                ty,
                one: *one,
            })
            .collect();
        let ours = items("t.rs", || {
            let item = pairs_fn("query", &short);
            Ok(quote!(impl Params { #item }))
        })();
        let theirs = items("t.rs", || {
            let item = pairs_fn_quoted("query", &short);
            Ok(quote!(impl Params { #item }))
        })();
        assert_eq!(ours, theirs);
    }

    /// A model struct laid out here must read exactly as prettyplease prints it from tokens:
    /// every kind of field, optional or not, renamed or not (with wire names of 1 to 90
    /// characters, some with characters a literal escapes), with and without docs, with field
    /// and struct names of 1 to 90 characters, a struct that holds itself, and no fields.
    #[test]
    fn laid_out_model_structs_are_printed_as_prettyplease_prints_them() {
        let model = |name: &str, fields: Vec<Field>| StructDef {
            name: name.to_owned(),
            doc: if name.len().is_multiple_of(2) {
                "A model.  \n\nMore, after a blank line.".to_owned()
            } else {
                String::new()
            },
            pointer: String::new(),
            fields,
        };
        let check = |s: &StructDef| {
            let ours = items("t.rs", || Ok(struct_item(s)))();
            let theirs = items("t.rs", || Ok(struct_quoted(s)))();
            assert_eq!(ours, theirs, "{s:?}");
            struct_laid_out(s).is_some()
        };
        let (mut laid_out, mut quoted) = (0, 0);
        let mut kinds = input_kinds();
        kinds.push(Type::Struct("Looped".to_owned()));
        for ty in &kinds {
            // Long field names with wire names as long, then short ones with long wire names.
            for len in (1..=90).chain(1001..=1090) {
                let (name_len, wire_len) = if len > 1000 {
                    (len % 20 + 1, len - 1000)
                } else {
                    (len, len)
                };
                let rust_name = format!("f_{}", "g".repeat(name_len - 1));
                let wire_name = match len % 4 {
                    0 => rust_name.clone(),
                    1 => format!("Say \"{}\"", "y".repeat(wire_len)),
                    _ => format!("w{}", "x".repeat(wire_len - 1)),
                };
                let field = Field {
                    rust_name,
                    wire_name,
                    ty: ty.clone(),
                    optional: len % 3 != 0,
                    doc: if len % 5 == 0 {
                        String::new()
                    } else {
                        "The field.".to_owned()
                    },
                };
                if check(&model("Looped", vec![field])) {
                    laid_out += 1;
                } else {
                    quoted += 1;
                }
            }
        }
        assert!(
            laid_out > 1500 && quoted > 400,
            "{laid_out} laid out, {quoted} quoted"
        );
        let field = Field {
            rust_name: "sid".to_owned(),
            wire_name: "sid".to_owned(),
            ty: Type::String,
            optional: true,
            doc: "The SID.".to_owned(),
        };
        let mut names = 0;
        for len in 1..=90 {
            let name = format!("M{}", "n".repeat(len - 1));
            names += usize::from(check(&model(&name, vec![field.clone()])));
            check(&model(&name, vec![field.clone(), field.clone()]));
            check(&model(&name, Vec::new()));
        }
        assert!((70..90).contains(&names), "{names} names laid out");
    }

    /// A parameters struct laid out here must read exactly as prettyplease prints it from
    /// tokens: every kind of input as a flag, optional or not, with helps of 1 to 140 bytes
    /// (past the line's end, some with characters a literal escapes or that take two bytes),
    /// flags and field names of many lengths, with and without `Default`, and no fields.
    #[test]
    fn laid_out_params_structs_are_printed_as_prettyplease_prints_them() {
        let kinds = input_kinds();
        let check = |s: &ParamsStruct<'_>| {
            let ours = items("t.rs", || Ok(s.tokens()))();
            let theirs = items("t.rs", || Ok(s.quoted()))();
            assert_eq!(ours, theirs, "{}", s.name);
            s.laid_out().is_some()
        };
        let names: Vec<String> = (1..=80)
            .map(|n| format!("f{}", "g".repeat(n - 1)))
            .collect();
        let flags: Vec<String> = (1..=40)
            .map(|n| format!("f{}", "-g".repeat(n / 2)))
            .collect();
        let help = |len: usize| match len % 3 {
            0 => "h".repeat(len),
            1 => format!("Say \"{}\"", "h".repeat(len)),
            _ => format!("Caf\u{e9} {}", "h".repeat(len)),
        };
        // Each kind alone, across the widths where the attribute breaks.
        let (mut laid_out, mut quoted) = (0, 0);
        // The three layouts of the attribute: one line, `arg(…)` on its own line, and one line
        // per argument.
        let mut layouts = [0; 3];
        for ty in &kinds {
            for len in 1..=140 {
                let fields = [FlagField {
                    name: &names[(len * 7) % names.len()],
                    flag: &flags[(len / 10) % flags.len()],
                    help: help(len),
                    ty,
                    optional: len % 2 == 0,
                }];
                let s = ParamsStruct {
                    name: "CreateThingParams",
                    doc: "The inputs of `CreateThing`.",
                    default: len % 4 < 2,
                    fields: &fields,
                    paged: false,
                    debug: len % 5 != 0,
                };
                if check(&s) {
                    laid_out += 1;
                    let text = s.laid_out().unwrap_or_default();
                    if text.contains("    #[cfg_attr(feature") {
                        layouts[0] += 1;
                    } else if text.contains("        arg(long") {
                        layouts[1] += 1;
                    } else if text.contains("        arg(\n") {
                        layouts[2] += 1;
                    }
                } else {
                    quoted += 1;
                }
            }
        }
        assert!(
            laid_out > 2000 && quoted > 280 && layouts.iter().all(|&n| n > 200),
            "{laid_out} laid out ({layouts:?}), {quoted} quoted"
        );
        // Every kind together.
        for len in 1..=140 {
            let fields: Vec<FlagField<'_>> = kinds
                .iter()
                .enumerate()
                .map(|(i, ty)| FlagField {
                    name: &names[(len + 3 * i) % 40],
                    flag: &flags[(len + 3 * i) % flags.len()],
                    help: help(len + i),
                    ty,
                    optional: (len + i) % 2 == 0,
                })
                .collect();
            let plain = fields.len() - 2;
            assert!(!matches!(fields[plain - 1].ty, Type::Map(_)));
            assert!(matches!(fields[plain].ty, Type::Map(_)));
            for fields in [&fields[..], &fields[..plain], &fields[len % plain..plain]] {
                check(&ParamsStruct {
                    name: "CreateThingParams",
                    doc: "The inputs of `CreateThing`.",
                    default: len % 2 == 0,
                    fields,
                    paged: len % 3 == 1,
                    debug: len % 4 != 1,
                });
            }
        }
        for name in ["P", "CreateThingParams", &"P".repeat(80), &"P".repeat(90)] {
            check(&ParamsStruct {
                name,
                doc: "No inputs.  \n\nMore, after a blank line.",
                default: true,
                fields: &[],
                paged: false,
                debug: true,
            });
            check(&ParamsStruct {
                name,
                doc: "Only a limit.",
                default: true,
                fields: &[],
                paged: true,
                debug: false,
            });
        }
        assert!(
            laid_out > 200 && quoted > 20,
            "{laid_out} laid out, {quoted} quoted"
        );
    }

    #[test]
    fn a_stand_in_item_printed_otherwise_is_an_error() {
        let broken = format!("///{ITEM_MARK}0\nfn other() {{}}\n");
        assert!(expand_placeholders(&broken, &["fn x() {}\n".to_owned()]).is_err());
    }

    #[test]
    fn doc_placeholders_become_the_lines_prettyplease_would_print() {
        let printed = format!("///{DOC_MARK}0\nstruct A {{\n    ///{DOC_MARK}1\n    b: u8,\n}}\n");
        let docs = vec![
            "First line.  \n\nThird, after a blank.".to_owned(),
            "A field.".to_owned(),
        ];
        let expanded = expand_placeholders(&printed, &docs);
        assert_eq!(
            expanded.as_deref(),
            Ok(
                "/// First line.\n///\n/// Third, after a blank.\nstruct A {\n    /// A field.\n    b: u8,\n}\n"
            )
        );
    }

    #[test]
    fn a_placeholder_without_its_doc_or_printed_as_a_literal_is_an_error() {
        let unknown = format!("///{DOC_MARK}3\nstruct A;\n");
        assert!(expand_placeholders(&unknown, &["only one".to_owned()]).is_err());
        let in_macro = "m!(#[doc = \"\\u{1}0\"] A);\n";
        assert!(expand_placeholders(in_macro, &["lost".to_owned()]).is_err());
    }
}
