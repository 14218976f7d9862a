//! The rendering stage. Takes an [`Api`] (and the options that name the spec and the quick
//! start); gives every file of the generated crate, or the problems met printing it.
//!
//! This file assembles the crate ([`render`], and [`render_static`] for the files that do not
//! depend on the spec); each artefact has its own file: `files` (Cargo.toml, README, lib.rs,
//! main.rs, examples), `docs` (crate docs, quick start), `sids` (the SID types), `models`
//! (structs and enums), `navigation` (accessors, handles, operation methods), `encoding`
//! (inputs on the wire, checks), `params` (parameter structs), `cli` (the command line); and
//! `print` is the one place that prints Rust.
//!
//! Items are built with `quote!` from the model; askama templates from `templates/` lay out whole
//! files; every Rust file is parsed by `syn::parse_file` (proof that it is Rust) and printed by
//! `prettyplease`. The one edit after that: an item's doc comment travels through syn as a
//! numbered placeholder, and its lines are written where the placeholder was printed.

mod cli;
mod docs;
mod encoding;
mod files;
mod models;
mod navigation;
mod params;
mod print;
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
use docs::{crate_doc, operation_table, routes, sid_or_string};
use files::{
    BinFile, CallMessagesExample, CargoFile, EXAMPLES, HandleErrorsExample, LibFile,
    ListCallsExample, ReadmeFile, ReceiveExampleApp, list_example,
};
use models::models_items;
use navigation::{ResourceItem, client_impl, resource_items};
use print::{Piece, head, items, print_pieces, render_error, rust_file, template};
use sids::sids_module;

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
    let subcommands = cli::subcommands(api, &routes);

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
        items(path, || Ok(cli::cli_head(api, &subcommands))),
    ];
    for run in subcommands.chunks(SUBCOMMANDS_PER_PIECE) {
        cli.push(items(path, move || Ok(cli::cli_args(run))));
    }
    cli.push(items(path, || Ok(cli::cli_tail(api, &subcommands))));

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

pub use cli::{command_name, flag_name};

#[cfg(test)]
mod tests {
    use super::Type;
    use super::encoding::{PairInput, pairs_fn, pairs_fn_quoted};
    use super::models::{struct_item, struct_laid_out, struct_quoted};
    use super::params::{FlagField, ParamsStruct, Setter, WIDTH};
    use super::print::{DOC_MARK, ITEM_MARK, expand_placeholders, items};
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
