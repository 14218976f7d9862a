//! The rendering stage. Takes an [`Api`] (and the options that name the spec and the quick
//! start); gives every file of the generated crate, or the problems met printing it.
//!
//! This file assembles the crate ([`render`], and [`render_static`] for the files that do not
//! depend on the spec); each artefact has its own file: `files` (Cargo.toml, README, lib.rs,
//! main.rs, examples), `docs` (crate docs, quick start), `sids` (the SID types), `models`
//! (structs and enums), `navigation` (accessors, handles, operation methods), `encoding`
//! (inputs on the wire, checks), `params` (parameter structs), `cli` (the command line);
//! `layout` says which module file each item goes in (one per top-level resource in
//! `resources/`, `models/` and `cli/`); `shapes` holds what the crate repeats hundreds of times
//! as syntax trees with holes; and `print` is the one place that prints Rust.
//!
//! Items are syn trees: cloned from a shape with its holes filled, or built with `quote!` from
//! the model and parsed; askama templates from `templates/` lay out whole files, parsed by
//! `syn::parse_file` (proof that they are Rust); prettyplease prints everything. The one edit
//! after that: an item's doc comment travels through syn as a numbered placeholder, and its
//! lines are written where the placeholder was printed.

mod auth;
mod blocking;
mod cli;
mod docs;
mod encoding;
mod files;
mod flags;
mod layout;
mod mock;
mod models;
mod navigation;
mod params;
mod print;
mod products;
mod rooted;
mod shapes;
mod sids;

use std::collections::BTreeMap;

use askama::Template;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

use crate::diag::{Diagnostic, Diagnostics, Stage};
use crate::ident;
use crate::model::{
    Api, BodyKind, EnumDef, Location, Method, Node, Operation, Parameter, Returns, StructDef, Type,
    TypeDef,
};
use docs::{crate_doc, list_example, operation_table, sid_or_string};
use files::{
    BinFile, CallMessagesExample, CargoFile, EXAMPLES, HandleErrorsExample, LibFile,
    ListCallsExample, MOCK_TEST, ReadmeFile, ReceiveExampleApp, TestingYourCode,
};
use layout::{Layout, Module, Placed, SHARED};
use models::models_items;
use navigation::{ResourceItem, client_impl};
use print::{IntoItems, Piece, head, id, items, print_pieces, render_error, rust_file, template};
use sids::sids_module;

pub use products::{ManyOptions, render_many};

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
    for (name, place) in RUNTIME_PLACES {
        if let Place::File(path) | Place::Twilio(path) = place {
            files.insert(path.to_owned(), runtime_file(name).to_owned());
        }
    }
    let jobs: [(&str, Result<String, Diagnostic>); 6] = [
        (
            MOCK_TEST.0,
            template(MOCK_TEST.0, &TestingYourCode { lib_name }),
        ),
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
        // The examples and tests are kept as written, comments and all (syn would drop plain comments):
        // their templates are laid out as rustfmt lays them out, and syn still proves them Rust.
        let print = |mut t: String| {
            if path.starts_with("examples/") || path.starts_with("tests/") {
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
    let mock_test = MOCK_TEST.1.iter().all(|id| has(id));
    let cargo = CargoFile {
        example_deps: has_example,
        mock_test,
        spec_name: &options.spec_name,
        package: &api.package,
        version: &api.version,
        title: &api.title,
        lib_name: &lib_name,
        products: Vec::new(),
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
        twilio: api.auth == crate::model::Auth::Twilio,
        configuration: auth::configuration(api, false),
        base_url_var: api.auth.base_url_var().to_owned(),
        mock_test: if mock_test {
            statics.get(MOCK_TEST.0).cloned().unwrap_or_default()
        } else {
            String::new()
        },
        lib_name: &lib_name,
    };
    text("README.md", template("README.md", &readme));
    // The files that do not depend on the spec were rendered beside the loading.
    // Twilio's webhooks (signatures, the Voice SDK's messages) and access tokens are Twilio's only.
    let twilio = api.auth == crate::model::Auth::Twilio;
    for (path, body) in statics {
        let wanted = if path == MOCK_TEST.0 {
            mock_test
        } else {
            example_wanted(&path)
        };
        let twilio_only = RUNTIME_PLACES
            .iter()
            .any(|(_, place)| matches!(place, Place::Twilio(p) if *p == path));
        if wanted && (twilio || !twilio_only) {
            text(&path, Ok(body));
        }
    }
    text("src/auth.rs", Ok(auth::runtime(&api.auth).to_owned()));

    // Each Rust file is made of pieces: its module docs, then runs of items. A piece is built
    // (`quote!`), parsed and printed by whichever thread takes it, and the pieces' text is joined
    // in order: a run of items printed on its own reads as it does within the whole file.
    let layout = Layout::new(api);
    let routes = api.routes();
    let subcommands = cli::subcommands(api, &routes);
    let placed = place(api, &layout, &subcommands);
    let grouped = group_commands(&placed, &subcommands);

    let lib: Piece<'_> = Box::new(|| {
        let lib = LibFile {
            crate_doc: crate_doc(api, options, &lib_name),
            has_sids: !api.sids.is_empty(),
            has_types: !api.types.is_empty(),
            has_resources: !api.operations.is_empty(),
            schemes: matches!(api.auth, crate::model::Auth::Schemes { .. }),
            call_sid: sid_or_string(&api.sids, "CA"),
            account_sid: sid_or_string(&api.sids, "AC"),
            event_sid: sid_or_string(&api.sids, "KX"),
            products: Vec::new(),
        };
        rust_file("src/lib.rs", &template("src/lib.rs", &lib)?)
    });
    let path = "src/sids.rs";
    let mut sids = vec![head(
        path,
        lines(&[
            "SID types: one per kind of Twilio SID, shared by every operation and model.",
            "",
            "Each checks its length, prefix and hexadecimal digits when it is made, parsed or",
            "deserialized, so a SID in a request path is always exactly 34 safe characters.",
        ]),
    )];
    if !api.sids.is_empty() {
        // The SID checks and the macro that defines each type, printed at build time.
        sids.push(Box::new(|| Ok(runtime_file("sid_macro.rs").to_owned())));
        sids.push(items(path, || Ok(sids_module(&api.sids))));
    }
    let mut rust = vec![("src/lib.rs".to_owned(), vec![lib])];
    if !api.sids.is_empty() {
        rust.push((path.to_owned(), sids));
    }
    if matches!(api.auth, crate::model::Auth::Schemes { .. }) {
        let path = "src/credentials.rs";
        rust.push((
            path.to_owned(),
            vec![
                head(
                    path,
                    lines(&[
                        "The API's security schemes: how each credential goes into a request, the",
                        "variables it is read from, and the builder's method that sets it.",
                    ]),
                ),
                items(path, move || Ok(auth::credentials(api))),
            ],
        ));
    }
    rust.extend(spec_files(
        Spec {
            api,
            layout: &layout,
            placed: &placed,
            grouped: &grouped,
            subcommands: &subcommands,
            base: "src",
        },
        &lib_name,
    ));
    for (path, result) in print_pieces(rust) {
        text(&path, result);
    }
    diags.finish(files)
}

/// Where each operation's command, and each item, goes.
fn place<'a>(api: &'a Api, layout: &Layout<'a>, subcommands: &[cli::Subcommand<'a>]) -> Placed<'a> {
    let commands: Vec<usize> = subcommands.iter().map(|s| s.index).collect();
    layout.place(api, &commands)
}

/// Each resource's subcommands, as the command line's files take them; the actions of one
/// resource of the command line are one enum, in the module of the first of them.
fn group_commands<'a>(
    placed: &Placed<'a>,
    subcommands: &'a [cli::Subcommand<'a>],
) -> Vec<Vec<&'a cli::Subcommand<'a>>> {
    let grouped: Vec<Vec<&cli::Subcommand<'_>>> = placed
        .commands
        .iter()
        .map(|list| list.iter().filter_map(|&k| subcommands.get(k)).collect())
        .collect();
    let mut home: BTreeMap<&str, usize> = BTreeMap::new();
    for (m, list) in grouped.iter().enumerate() {
        for s in list {
            if let Some(resource) = s.resource() {
                home.entry(resource).or_insert(m);
            }
        }
    }
    let mut regrouped: Vec<Vec<&cli::Subcommand<'_>>> =
        grouped.iter().map(|_| Vec::new()).collect();
    for (m, list) in grouped.iter().enumerate() {
        for &s in list {
            let at = s.resource().and_then(|r| home.get(r)).copied().unwrap_or(m);
            regrouped[at].push(s);
        }
    }
    regrouped
}

/// One spec's part of a crate, laid out: what its files are printed from.
#[derive(Clone, Copy)]
struct Spec<'a> {
    api: &'a Api,
    layout: &'a Layout<'a>,
    placed: &'a Placed<'a>,
    grouped: &'a [Vec<&'a cli::Subcommand<'a>>],
    subcommands: &'a [cli::Subcommand<'a>],
    /// The folder of its files: `src`, or the product's module (`src/verify_v2`).
    base: &'a str,
}

/// The files of a spec's models, resources, command line, blocking handles and mock.
fn spec_files<'a>(spec: Spec<'a>, lib_name: &str) -> Vec<(String, Vec<Piece<'a>>)> {
    let Spec {
        api,
        layout,
        placed,
        grouped,
        subcommands,
        base,
    } = spec;
    let mut rust = model_files(layout, placed, base);
    rust.extend(resource_files(api, layout, placed, base));
    rust.extend(cli_files(api, layout, grouped, subcommands, base));
    rust.extend(blocking_files(api, lib_name, layout, placed, base));
    let path = format!("{base}/mock/mod.rs");
    let doc = match &api.product {
        None => mock::module_doc(lib_name),
        Some(product) => mock::product_doc(product),
    };
    rust.push((
        path.clone(),
        vec![
            head(path.clone(), doc),
            items(path, move || mock::mock_items(api)),
        ],
    ));
    rust
}

/// A module's docs, one line each.
fn lines(text: &[&str]) -> Vec<String> {
    text.iter().map(|l| (*l).to_owned()).collect()
}

/// A module file of `list`'s items: its docs, then runs of `per_piece` items printed by `build`.
fn module_file<'a, T: Sync, R: IntoItems>(
    path: String,
    doc: Vec<String>,
    list: &'a [T],
    per_piece: usize,
    build: impl Fn(&'a [T]) -> Result<R, Diagnostic> + Copy + Send + 'a,
) -> (String, Vec<Piece<'a>>) {
    let mut pieces = vec![head(path.clone(), doc)];
    for run in list.chunks(per_piece) {
        pieces.push(items(path.clone(), move || build(run)));
    }
    (path, pieces)
}

/// `models/`: a file per resource that has types of its own, one for the shared types, and
/// `mod.rs` to join them.
fn model_files<'a>(
    layout: &'a Layout,
    placed: &'a Placed<'a>,
    base: &str,
) -> Vec<(String, Vec<Piece<'a>>)> {
    let files: Vec<(&str, String, &[&TypeDef])> = layout
        .modules
        .iter()
        .zip(&placed.types)
        .map(|(m, types)| {
            let doc = format!("The types of the `{}` resources.", m.segment);
            (m.name.as_str(), doc, types.as_slice())
        })
        .chain(std::iter::once((
            SHARED,
            "The types that several top-level resources use.".to_owned(),
            placed.shared_types.as_slice(),
        )))
        .filter(|(_, _, types)| !types.is_empty())
        .collect();
    let names: Vec<&str> = files.iter().map(|(name, ..)| *name).collect();
    let path = format!("{base}/models/mod.rs");
    let mut out = vec![(
        path.clone(),
        vec![
            head(
                path.clone(),
                lines(&[
                    "Resources and enums, as the spec's schemas describe them: a module per top-level",
                    "resource, and `shared` for the types several of them use.",
                ]),
            ),
            items(path, move || Ok(join_modules(&names))),
        ],
    )];
    for (name, doc, types) in files {
        out.push(module_file(
            format!("{base}/models/{name}.rs"),
            vec![doc],
            types,
            TYPES_PER_PIECE,
            models_items,
        ));
    }
    out
}

/// `resources/`: the client's accessors in `mod.rs`, then a file per resource; a resource
/// with sub-resources is a folder, its own items in its `mod.rs`.
fn resource_files<'a>(
    api: &'a Api,
    layout: &'a Layout,
    placed: &'a Placed<'a>,
    base: &str,
) -> Vec<(String, Vec<Piece<'a>>)> {
    let build = move |run: &'a [ResourceItem<'a>]| {
        let mut items = Vec::new();
        for item in run {
            items.extend(item.items(api)?);
        }
        Ok::<_, Diagnostic>(items)
    };
    // A module with nothing in it (the operations on `/` are the client's own) is not written.
    let empty = |m: &Module, own: &[ResourceItem<'_>]| m.subs.is_empty() && own.is_empty();
    let names: Vec<&str> = layout
        .modules
        .iter()
        .zip(&placed.resources)
        .filter(|(m, (own, _))| !empty(m, own))
        .map(|(m, _)| m.name.as_str())
        .collect();
    // A module of `PageBody` impls alone (a list on `/`, whose handle is the client) has no
    // public item to re-export.
    let exported: Vec<&str> = layout
        .modules
        .iter()
        .zip(&placed.resources)
        .filter(|(m, (own, _))| {
            !m.subs.is_empty()
                || own
                    .iter()
                    .any(|item| !matches!(item, ResourceItem::PageBody(..)))
        })
        .map(|(m, _)| m.name.as_str())
        .collect();
    let path = format!("{base}/resources/mod.rs");
    let mut out = vec![(
        path.clone(),
        vec![
            head(
                path.clone(),
                lines(&[
                    "How to reach each operation from the [`Client`](crate::Client), and the operations'",
                    "parameters: a module per top-level resource.",
                ]),
            ),
            items(path.clone(), move || {
                Ok(join_modules_exporting(&names, &exported))
            }),
            items(path.clone(), || client_impl(api)),
            items(path, move || build(&placed.hub)),
        ],
    )];
    for (m, (own, subs)) in layout.modules.iter().zip(&placed.resources) {
        if empty(m, own) {
            continue;
        }
        let doc = format!(
            "The `{}` resources: how to reach their operations, and the operations' parameters.",
            m.segment
        );
        if m.subs.is_empty() {
            let path = format!("{base}/resources/{}.rs", m.name);
            out.push(module_file(
                path,
                vec![doc],
                own,
                RESOURCE_ITEMS_PER_PIECE,
                build,
            ));
            continue;
        }
        let path = format!("{base}/resources/{}/mod.rs", m.name);
        let mut pieces = vec![head(path.clone(), vec![doc])];
        let names: Vec<&str> = m.subs.iter().map(|s| s.name.as_str()).collect();
        pieces.push(items(path.clone(), move || Ok(join_modules(&names))));
        for run in own.chunks(RESOURCE_ITEMS_PER_PIECE) {
            pieces.push(items(path.clone(), move || build(run)));
        }
        out.push((path, pieces));
        for (sub, list) in m.subs.iter().zip(subs) {
            let doc = format!(
                "The `{}` resources of `{}`: how to reach their operations, and the operations' parameters.",
                sub.segment, m.segment
            );
            let path = format!("{base}/resources/{}/{}.rs", m.name, sub.name);
            out.push(module_file(
                path,
                vec![doc],
                list,
                RESOURCE_ITEMS_PER_PIECE,
                build,
            ));
        }
    }
    out
}

/// `cli/`: the command line and its dispatch in `mod.rs`, a file per resource's subcommands.
fn cli_files<'a>(
    api: &'a Api,
    layout: &'a Layout,
    grouped: &'a [Vec<&'a cli::Subcommand<'a>>],
    subcommands: &'a [cli::Subcommand<'a>],
    base: &str,
) -> Vec<(String, Vec<Piece<'a>>)> {
    let groups: Vec<(&Module, &[&cli::Subcommand<'_>])> = layout
        .modules
        .iter()
        .zip(grouped)
        .filter(|(_, subs)| !subs.is_empty())
        .map(|(m, subs)| (m, subs.as_slice()))
        .collect();
    let path = format!("{base}/cli/mod.rs");
    let mut out = Vec::new();
    for &(m, subs) in &groups {
        let path = format!("{base}/cli/{}.rs", m.name);
        let doc = format!("The subcommands of the `{}` resources.", m.segment);
        let (path, mut pieces) = module_file(path, vec![doc], subs, SUBCOMMANDS_PER_PIECE, |run| {
            Ok(cli::cli_args(run))
        });
        pieces.insert(
            1,
            items(path.clone(), move || {
                Ok(cli::cli_group(subs, api.product.as_ref()))
            }),
        );
        out.push((path, pieces));
    }
    let tail_groups = groups.clone();
    out.insert(
        0,
        (
            path.clone(),
            vec![
                head(
                    path.clone(),
                    if let Some(product) = &api.product {
                        vec![format!(
                            "The subcommands of `{}` (features `cli` and `{}`), in a module per top-level resource.",
                            product.module, product.module
                        )]
                    } else if api.auth == crate::model::Auth::Twilio {
                        lines(&[
                            "The command line (feature `cli`): one subcommand per operation, named as topics",
                            "(`{resources}:{action}`, as twilio-cli names them), in a module per top-level",
                            "resource. The binary is a thin `main` around [`main`].",
                        ])
                    } else {
                        lines(&[
                            "The command line (feature `cli`): `<resource> <action>`, in the library's words",
                            "(`pets list`, `pet fetch --pet-id 1`), in a module per top-level resource. The",
                            "binary is a thin `main` around [`main`].",
                        ])
                    },
                ),
                items(path.clone(), move || Ok(cli::cli_head(api, &groups))),
                items(path, move || Ok(cli::cli_tail(api, subcommands, &tail_groups))),
            ],
        ),
    );
    out
}

/// `blocking/` (feature `blocking`): the blocking client's module, `client.rs` the runtime
/// part that every crate gets, `mod.rs` the client's methods, and a file per top-level
/// resource with the blocking type of each of its handles.
fn blocking_files<'a>(
    api: &'a Api,
    lib_name: &str,
    layout: &'a Layout,
    placed: &'a Placed<'a>,
    base: &str,
) -> Vec<(String, Vec<Piece<'a>>)> {
    let per_module: Vec<(&str, &[(&Node, usize)])> = layout
        .modules
        .iter()
        .zip(&placed.handles)
        .map(|(m, list)| (m.name.as_str(), list.as_slice()))
        .filter(|(_, list)| !list.is_empty())
        .collect();
    let hub = placed.hub_handles.as_slice();
    let build = move |run: &[(&'a Node, usize)]| {
        let mut items = Vec::new();
        for &(node, carried) in run {
            items.extend(blocking::handle_items(api, node, carried)?);
        }
        Ok::<_, Diagnostic>(items)
    };
    let names: Vec<&str> = per_module.iter().map(|(name, _)| *name).collect();
    let path = format!("{base}/blocking/mod.rs");
    let doc = match &api.product {
        None => blocking::module_doc(lib_name),
        Some(product) => blocking::product_doc(product),
    };
    let mut out = vec![(
        path.clone(),
        vec![
            head(path.clone(), doc),
            items(path.clone(), move || {
                let mut modules = join_modules(&names);
                if api.product.is_none() {
                    modules.extend(quote! {
                        #[rustfmt::skip]
                        mod client;
                        pub use client::*;
                    });
                }
                Ok(modules)
            }),
            items(path.clone(), move || blocking::client_items(api)),
            items(path, move || build(hub)),
        ],
    )];
    for (name, list) in per_module {
        let path = format!("{base}/blocking/{name}.rs");
        let doc = format!("The blocking handles of the `{name}` resources.");
        out.push(module_file(
            path,
            vec![doc],
            list,
            RESOURCE_ITEMS_PER_PIECE,
            build,
        ));
    }
    out
}

/// The `mod` lines of a folder's `mod.rs`: each module, its items re-exported (`pub use`) so
/// that every public path stays at the crate's root.
fn join_modules(names: &[&str]) -> TokenStream {
    join_modules_exporting(names, names)
}

/// [`join_modules`], re-exporting only the modules of `exported` (a module of trait impls alone
/// has nothing to re-export).
fn join_modules_exporting(names: &[&str], exported: &[&str]) -> TokenStream {
    let exported: Vec<Ident> = names
        .iter()
        .filter(|n| exported.contains(n))
        .map(|n| id(n))
        .collect();
    let names: Vec<Ident> = names.iter().map(|n| id(n)).collect();
    quote! {
        #(#[rustfmt::skip] mod #names;)*
        #(pub use #exported::*;)*
    }
}

include!(concat!(env!("OUT_DIR"), "/runtime_files.rs"));

/// Where a runtime file goes in a generated crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// At this path, in every crate.
    File(&'static str),
    /// At this path, in Twilio's crates only (webhooks, access tokens).
    Twilio(&'static str),
    /// `src/auth.rs`, for the crates whose authentication it is (`auth::runtime`).
    Auth,
    /// At the top of `src/sids.rs`, before the SID types it defines.
    Sids,
}

/// Where each runtime file goes: the one list of them (build.rs prints every file of
/// `templates/runtime/`, and a test checks that each has its place here).
const RUNTIME_PLACES: [(&str, Place); 13] = [
    ("auth_schemes.rs", Place::Auth),
    ("auth_twilio.rs", Place::Auth),
    ("blocking.rs", Place::File("src/blocking/client.rs")),
    ("client.rs", Place::File("src/client.rs")),
    ("error.rs", Place::File("src/error.rs")),
    ("formats.rs", Place::File("src/formats.rs")),
    ("jwt.rs", Place::Twilio("src/jwt.rs")),
    ("mock.rs", Place::File("src/mock/server.rs")),
    ("paging.rs", Place::File("src/paging.rs")),
    (
        "receive_messages.rs",
        Place::File("examples/receive_messages.rs"),
    ),
    ("sid_macro.rs", Place::Sids),
    ("support.rs", Place::File("src/support.rs")),
    ("webhook.rs", Place::Twilio("src/webhook.rs")),
];

/// The runtime file `name` as build.rs printed it.
pub(super) fn runtime_file(name: &str) -> &'static str {
    RUNTIME_FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, text)| text)
}

/// Types of a `models/` file per piece.
const TYPES_PER_PIECE: usize = 16;

/// Items of a `resources/` file (parameters structs and handles) per piece.
const RESOURCE_ITEMS_PER_PIECE: usize = 16;

/// Subcommands' flag structs of a `cli/` file per piece.
const SUBCOMMANDS_PER_PIECE: usize = 32;

#[cfg(test)]
mod tests {
    /// Every runtime file has its place in a crate, and every place its file, with its text.
    #[test]
    fn every_runtime_file_has_its_place() {
        let files: Vec<&str> = super::RUNTIME_FILES.iter().map(|(n, _)| *n).collect();
        let placed: Vec<&str> = super::RUNTIME_PLACES.iter().map(|(n, _)| *n).collect();
        assert_eq!(files, placed);
        assert!(
            super::RUNTIME_FILES
                .iter()
                .all(|(_, text)| !text.is_empty())
        );
    }

    /// The runtime crate's `lib.rs` stands in for a generated crate's: it re-exports exactly
    /// what `templates/lib.rs.txt` re-exports from the runtime in every crate.
    #[test]
    fn the_runtime_crate_reexports_what_every_crate_does() {
        let reexports = |text: &str| -> std::collections::BTreeSet<String> {
            // A template line may start with a tag (`{% endif %}pub use reqwest;`); what a spec
            // makes (models, resources, SID types) is the crate's own, not the runtime's.
            text.lines()
                .map(|l| l.rsplit("%}").next().unwrap_or(l))
                .filter(|l| l.starts_with("pub use ") && !l.ends_with("::*;"))
                .map(|l| l.trim().to_owned())
                .collect()
        };
        let generated = reexports(include_str!("../../../templates/lib.rs.txt"));
        let runtime = reexports(include_str!("../../../templates/runtime/lib.rs"));
        assert_eq!(generated, runtime);
    }

    use super::Type;
    use super::flags::input_flag_attrs;
    use super::print::{DOC_MARK, expand_placeholders};

    /// A flag is named in its attribute exactly where clap's kebab-case name for the field
    /// would not be the flag: the help is the field's doc comment either way.
    #[test]
    fn a_flag_is_named_where_clap_would_name_it_otherwise() {
        for (flag, field, named) in [
            ("status-callback", "status_callback", false),
            ("to", "to", false),
            ("type", "type_", true),
            ("n-3d-secure", "n_3d_secure", true),
            ("start-time-before", "start_time_before", false),
            ("page-size", "page_size_", true),
            ("sip-trunk", "sip_trunk2", true),
        ] {
            let attrs = input_flag_attrs(flag, field, "Help", &Type::String, false).to_string();
            let explicit = format!("long = \"{flag}\"");
            assert_eq!(attrs.contains(&explicit), named, "{field}: {attrs}");
            assert!(attrs.contains("long"), "{attrs}");
        }
    }

    /// A help that rustdoc would read as other than it is (HTML, a bare URL, brackets) is
    /// given to clap as `help`, as written; the field, which is public, still has a doc
    /// comment: the help made safe (a placeholder here, filled when printed).
    #[test]
    fn a_help_rustdoc_would_misread_is_given_to_clap_as_written() {
        for help in ["*/ `x` </script>", "See https://example.com", "A [b] c"] {
            let attrs = input_flag_attrs("f", "f", help, &Type::String, false).to_string();
            assert!(attrs.contains("help ="), "{attrs}");
            assert!(attrs.contains("doc"), "{attrs}");
        }
        let attrs =
            input_flag_attrs("f", "f", "The `Url` to call", &Type::String, false).to_string();
        assert!(
            attrs.contains("doc") && !attrs.contains("help ="),
            "{attrs}"
        );
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
