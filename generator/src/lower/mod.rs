//! The lowering stage. Takes the `openapiv3::OpenAPI` that loading parsed (only the selected
//! operations and what they reach); gives an [`Api`], the plain-data model the renderer
//! prints, or every problem found, each at its JSON pointer.
//!
//! One `Lowerer` walks the document; its methods are spread over the files of this folder by
//! concern: `naming` (component and inline-enum names), `sids` (which strings are SIDs and
//! what each kind is called), `types` (a schema to a Rust type), `operations` (one operation),
//! `inputs` (parameters, bodies, conditional groups), `returns` (the success response),
//! `security` (how requests authenticate), `navigation` (the accessor tree and method names),
//! `paging` (Twilio's pages), `layout` (the crate's modules) and `commands` (the command line's
//! names). This file holds the walk itself ([`lower`]), the `$ref` resolution the others share,
//! and the order of the passes that need every operation, each a named function run once the
//! walk is done: Twilio's credentials, answers' fields made optional, cycles boxed, navigation
//! (method names settled), lists found (their methods named after the list's), mock method
//! names, SID names settled, the layout, the command line's names.

mod commands;
mod inputs;
mod layout;
mod mock;
mod naming;
mod navigation;
mod operations;
mod paging;
pub mod paths;
pub mod products;
mod returns;
mod security;
mod sids;
mod types;

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{OpenAPI, PathItem, ReferenceOr, Schema};

use crate::diag::{Diagnostic, Diagnostics, Stage, child};
use crate::docs;
use crate::ident::Scope;
use crate::limits::Limits;
use crate::model::{Api, Operation, Returns, Type, TypeDef};
pub use commands::flag_name;
pub(crate) use navigation::verb;
use operations::path_operations;
use sids::SidEntry;

/// What the lowering needs besides the document.
#[derive(Debug, Clone)]
pub struct Options {
    /// The package name of the generated crate.
    pub package: String,
    /// Its version.
    pub version: String,
    /// How many `$ref`s one chain may follow, and how deeply schemas may nest inline
    /// ([`crate::limits::Limits::schema_depth`]).
    pub schema_depth: usize,
    /// Whether an operation or a property the generator cannot express yet is left out with a
    /// warning (`--skip-unsupported`) rather than refusing the whole spec.
    pub skip_unsupported: bool,
}

/// What the lowering gives: the model, and warnings about what it left out.
#[derive(Debug, Clone)]
pub struct Lowered {
    /// The model.
    pub api: Api,
    /// What was left out, each at its JSON pointer (with [`Options::skip_unsupported`], and
    /// a property that `allOf` members define twice).
    pub warnings: Vec<Diagnostic>,
}

/// Which side of the wire a schema describes; request and response map some formats differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Request,
    Response,
}

struct Lowerer<'a> {
    doc: &'a OpenAPI,
    /// What `$ref`s name outside the components' own entries.
    extra: &'a crate::load::Extra,
    /// See [`Options::schema_depth`].
    schema_depth: usize,
    /// See [`Options::skip_unsupported`].
    skip_unsupported: bool,
    diags: Diagnostics,
    warnings: Vec<Diagnostic>,
    /// Whether the operation being lowered holds a construct the generator cannot express.
    operation_unsupported: bool,
    /// Where relative links in the spec's prose point: Twilio's docs for a Twilio spec.
    docs_origin: Option<&'static str>,
    /// Whether the spec is Twilio's (served from `*.twilio.com`).
    twilio: bool,
    /// SID kinds by key (their prefixes joined).
    sids: BTreeMap<String, SidEntry>,
    types: BTreeMap<String, TypeDef>,
    type_scope: Scope,
    /// Component schema ref -> Rust name, reserved up front so names do not depend on order.
    component_names: BTreeMap<String, String>,
    /// Component refs already lowered to a named type (or being lowered).
    component_types: BTreeMap<String, Type>,
    /// Inline enums by their values, so identical ones share a type.
    enums_by_values: BTreeMap<(String, Vec<String>), String>,
}

/// Names the crate root already uses (the runtime's re-exports in `templates/lib.rs.txt`, and
/// a few that would read badly as a model's name), which spec types never take.
pub(crate) const RESERVED_TYPE_NAMES: [&str; 29] = [
    "ApiError",
    "Async",
    "DateOrDateTime",
    "Body",
    "Client",
    "ClientBuilder",
    "ConfigError",
    "Credentials",
    "Edge",
    "Error",
    "InvalidEnumValue",
    "InvalidSid",
    "OffsetDateTime",
    "Pairs",
    "RawResponse",
    "Region",
    "Request",
    "RequestInfo",
    "Response",
    "Result",
    "RetryPolicy",
    "Scalar",
    "TransportError",
    "UndecodableResponse",
    "UnknownValue",
    "Upload",
    "Uri",
    "Url",
    "ValidationError",
];

/// Lowers a loaded document to the model.
///
/// # Errors
///
/// Every problem found, each at its JSON pointer: dangling `$ref`s, path parameters without a
/// definition, constructs the generator cannot map.
pub fn lower(document: &crate::load::Document, options: &Options) -> Result<Lowered, Diagnostics> {
    let doc = &document.openapi;
    let mut l = Lowerer {
        doc,
        extra: &document.extra,
        schema_depth: options.schema_depth,
        skip_unsupported: options.skip_unsupported,
        diags: Diagnostics::default(),
        warnings: Vec::new(),
        operation_unsupported: false,
        docs_origin: None,
        twilio: false,
        sids: BTreeMap::new(),
        types: BTreeMap::new(),
        type_scope: Scope::default(),
        component_names: BTreeMap::new(),
        component_types: BTreeMap::new(),
        enums_by_values: BTreeMap::new(),
    };
    for reserved in RESERVED_TYPE_NAMES {
        l.type_scope.claim(reserved);
    }
    l.name_components();

    // No server is no server: the caller then says where the API is.
    let server = doc
        .servers
        .first()
        .map(|s| s.url.trim_end_matches('/').to_owned())
        .unwrap_or_default();
    let auth = l.auth(&server, &options.package);
    if auth == crate::model::Auth::Twilio {
        l.docs_origin = Some("https://www.twilio.com");
        l.twilio = true;
    }

    let mut operations = Vec::new();
    let paths: BTreeMap<&String, &ReferenceOr<PathItem>> = doc.paths.paths.iter().collect();
    for (path, item) in paths {
        let pointer = child("/paths", path);
        let item = match item {
            ReferenceOr::Item(item) => item,
            ReferenceOr::Reference { reference } => {
                l.unsupported(
                    &pointer,
                    format!("a path item given by `$ref` ({reference})"),
                );
                continue;
            }
        };
        for (method_name, method, op) in path_operations(item) {
            if let Some(op) = op {
                let op_pointer = child(&pointer, method_name);
                l.operation_unsupported = false;
                let lowered = l.operation(path, item, method, op, &op_pointer, &server);
                if let Some(lowered) = lowered
                    && !l.operation_unsupported
                {
                    operations.push(lowered);
                }
            }
            let _ = method;
        }
    }

    // The passes that need every operation, in order: each settles what the ones after read.
    if auth == crate::model::Auth::Twilio {
        security::twilio_credentials(doc, &mut operations);
    }
    answers_are_optional(&operations, &mut l.types);
    box_cycles(&mut l.types);
    let mut root = l.navigation(&mut operations);
    paging::find_lists(&mut operations, &l.types);
    mock::name_mock_methods(&mut operations);
    let sids = l.settle_sids(&mut operations, &mut root);

    let layout = layout::layout(&operations, &l.types);
    let mock_routes = mock::routes(&operations, &l.types);
    let mut api = Api {
        package: options.package.clone(),
        version: options.version.clone(),
        title: doc.info.title.clone(),
        description: l.doc_text(doc.info.description.as_deref().unwrap_or("")),
        server,
        auth,
        sids,
        types: l.types,
        layout,
        mock_routes,
        operations,
        root,
        product: None,
    };
    commands::name_commands(&mut api);
    let warnings = l.warnings;
    l.diags.finish(Lowered { api, warnings })
}

/// The name of the component a local `$ref` names in `section` (`#/components/schemas/Pet` is
/// `Pet`, percent-encoding and `~` escapes undone); `None` for a reference to anything else.
fn component_name(reference: &str, section: &str) -> Option<String> {
    match crate::diag::ref_tokens(reference)?.as_slice() {
        [components, kind, name] if components == "components" && kind == section => {
            Some(name.clone())
        }
        _ => None,
    }
}

/// Makes every field of every struct that an answer can hold optional: Twilio leaves out,
/// nulls or blanks fields the spec calls required, and a successful answer must not fail to
/// decode for one field (the generated crate reads optional fields leniently).
fn answers_are_optional(operations: &[Operation], types: &mut BTreeMap<String, TypeDef>) {
    let mut seen = BTreeSet::new();
    for op in operations {
        if let Returns::Json(ty) = &op.returns {
            layout::reach(ty, types, &mut seen);
        }
    }
    for name in &seen {
        if let Some(TypeDef::Struct(s)) = types.get_mut(name) {
            for f in &mut s.fields {
                f.optional = true;
            }
        }
    }
}

/// Boxes each struct field through which its struct holds itself again by value (`A` holds a
/// `B` that holds an `A`): lists and maps are on the heap already, a union's variants boxed.
fn box_cycles(types: &mut BTreeMap<String, TypeDef>) {
    /// Whether `from` holds `target` by value, through direct struct fields.
    fn holds(types: &BTreeMap<String, TypeDef>, from: &str, target: &str) -> bool {
        let mut stack = vec![from.to_owned()];
        let mut seen = BTreeSet::new();
        while let Some(name) = stack.pop() {
            if name == target {
                return true;
            }
            if !seen.insert(name.clone()) {
                continue;
            }
            if let Some(TypeDef::Struct(s)) = types.get(&name) {
                for f in &s.fields {
                    if let Type::Struct(inner) = &f.ty
                        && !f.boxed
                    {
                        stack.push(inner.clone());
                    }
                }
            }
        }
        false
    }
    let names: Vec<String> = types.keys().cloned().collect();
    for name in names {
        let Some(TypeDef::Struct(s)) = types.get(&name) else {
            continue;
        };
        let cyclic: Vec<usize> = s
            .fields
            .iter()
            .enumerate()
            .filter_map(|(i, f)| match &f.ty {
                Type::Struct(inner) if holds(types, inner, &name) => Some(i),
                _ => None,
            })
            .collect();
        if let Some(TypeDef::Struct(s)) = types.get_mut(&name) {
            for i in cyclic {
                if let Some(f) = s.fields.get_mut(i) {
                    f.boxed = true;
                }
            }
        }
    }
}

/// What a name is derived from, for inline types and SIDs.
#[derive(Debug, Clone, Copy)]
enum NameHint<'a> {
    /// A property of an object: the owner type's Rust name, the component it came from, the
    /// property's wire name.
    Field {
        owner: &'a str,
        owner_schema: Option<&'a str>,
        field: &'a str,
    },
    /// A parameter of an operation.
    Param { op: &'a str, name: &'a str },
    /// A whole body.
    Body { op: &'a str },
    /// The `{Sid}` path parameter after a collection name.
    PathSid { collection: &'a str },
}

impl NameHint<'_> {
    fn describe(&self) -> String {
        match self {
            NameHint::Field { owner, field, .. } => format!("{owner}.{field}"),
            NameHint::Param { op, name } => format!("{op} {name}"),
            NameHint::Body { op } => (*op).to_owned(),
            NameHint::PathSid { collection } => (*collection).to_owned(),
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum SidOwner<'a> {
    SchemaSid(&'a str),
    PathSid(&'a str),
    Named(&'a str),
}

impl<'a> Lowerer<'a> {
    /// Spec prose made safe for rustdoc, relative links pointing at the vendor's docs.
    fn doc_text(&self, text: &str) -> String {
        docs::sanitize_at(text, self.docs_origin)
    }
    fn error(&mut self, pointer: &str, message: impl Into<String>) {
        self.diags
            .push(Diagnostic::new(Stage::Lower, pointer, message));
    }
    /// A construct in an operation (its method, a parameter, a body or a response) that the
    /// generator cannot express: an error, or with `--skip-unsupported` a warning, the
    /// operation being left out.
    fn unsupported(&mut self, pointer: &str, what: impl Into<String>) {
        self.operation_unsupported = true;
        self.report_unsupported(pointer, what.into(), "operation");
    }
    pub(super) fn report_unsupported(&mut self, pointer: &str, what: String, holder: &str) {
        if self.skip_unsupported {
            self.warnings.push(
                Diagnostic::new(
                    Stage::Lower,
                    pointer,
                    format!("unsupported construct: {what}; the {holder} is left out"),
                )
                .as_warning(),
            );
            return;
        }
        self.diags.push(
            Diagnostic::new(
                Stage::Lower,
                pointer,
                format!("unsupported construct: {what}"),
            )
            .with_hint(
                "leave this operation out of the selection, pass --skip-unsupported, or open an issue with the spec excerpt",
            ),
        );
    }
    /// Resolves a schema reference to the schema, following chains.
    fn resolve<'s>(
        &mut self,
        mut r: &'s ReferenceOr<Schema>,
        pointer: &str,
    ) -> Option<(&'s Schema, Option<String>)>
    where
        'a: 's,
    {
        let mut via = None;
        for _ in 0..self.schema_depth {
            match r {
                ReferenceOr::Item(s) => return Some((s, via)),
                ReferenceOr::Reference { reference } => {
                    via = Some(reference.clone());
                    r = self.lookup_schema(reference, pointer)?;
                }
            }
        }
        self.diags.push(
            Limits::exceeded(
                pointer,
                "schema-depth",
                self.schema_depth,
                "a `$ref` chain that goes on (or a cycle of references)",
            )
            .with_stage(Stage::Lower),
        );
        None
    }
    fn lookup_schema(&mut self, reference: &str, pointer: &str) -> Option<&'a ReferenceOr<Schema>> {
        let doc: &'a OpenAPI = self.doc;
        let extra: &'a crate::load::Extra = self.extra;
        let found = component_name(reference, "schemas")
            .and_then(|n| doc.components.as_ref()?.schemas.get(&n))
            .or_else(|| extra.schemas.get(reference));
        if found.is_none() {
            self.diags.push(
                Diagnostic::new(
                    Stage::Lower,
                    child(pointer, "$ref"),
                    format!("`$ref` to `{reference}`, which does not exist"),
                )
                .with_hint("the reference must name a schema of this document, such as an entry of `#/components/schemas`"),
            );
        }
        found
    }
    fn boxed_to_plain(r: &ReferenceOr<Box<Schema>>) -> ReferenceOr<Schema> {
        match r {
            ReferenceOr::Reference { reference } => ReferenceOr::Reference {
                reference: reference.clone(),
            },
            ReferenceOr::Item(s) => ReferenceOr::Item((**s).clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    /// Every type the crate root re-exports by name is reserved, so that no spec type (such as
    /// lookups_v2's `ValidationError` enum) can shadow it.
    #[test]
    fn every_reexported_runtime_type_is_reserved() {
        let lib = include_str!("../../../templates/lib.rs.txt");
        let mut missing = Vec::new();
        for line in lib.lines() {
            let Some(path) = line
                .trim()
                .strip_prefix("pub use ")
                .and_then(|r| r.strip_suffix(';'))
            else {
                continue;
            };
            let name = path.rsplit("::").next().unwrap_or(path);
            let is_type = name.chars().next().is_some_and(char::is_uppercase)
                && name.chars().any(char::is_lowercase);
            if is_type && !super::RESERVED_TYPE_NAMES.contains(&name) {
                missing.push(name.to_owned());
            }
        }
        assert!(missing.is_empty(), "not reserved: {missing:?}");
    }
}
