//! `openapiv3::OpenAPI` to [`Api`]: resolves `$ref`s, names things, picks Rust types and
//! builds the navigation tree, collecting every problem with its JSON pointer.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    AdditionalProperties, OpenAPI, Operation as OaOperation, Parameter as OaParameter,
    ParameterSchemaOrContent, PathItem, ReferenceOr, RequestBody, Schema, SchemaKind, StatusCode,
    StringFormat, Type as OaType, VariantOrUnknownOrEmpty,
};

use crate::diag::{Diagnostic, Diagnostics, Stage, child};
use crate::docs;
use crate::ident::{self, Scope};
use crate::limits::Limits;
use crate::model::{
    Api, BodyKind, EnumDef, Field, Location, Method, Node, Operation, Parameter, Returns, SidKind,
    StructDef, Type, TypeDef, Variant,
};

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
}

/// Which side of the wire a schema describes; request and response map some formats differently.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Side {
    Request,
    Response,
}

/// A recognised SID pattern: `^CA[0-9a-fA-F]{32}$`, `^(SM|MM)[0-9a-fA-F]{32}$`, `OR[0-9a-f]{32}`.
fn parse_sid_pattern(pattern: &str) -> Option<(Vec<String>, bool)> {
    let p = pattern.strip_prefix('^').unwrap_or(pattern);
    let p = p.strip_suffix('$').unwrap_or(p);
    let (prefixes, rest) = if let Some(rest) = p
        .strip_prefix("[a-zA-Z]{2}")
        .or_else(|| p.strip_prefix("[A-Z]{2}"))
    {
        (Vec::new(), rest)
    } else if let Some(inner) = p.strip_prefix('(') {
        let close = inner.find(')')?;
        let alts: Vec<String> = inner[..close].split('|').map(str::to_owned).collect();
        if !alts
            .iter()
            .all(|a| a.len() == 2 && a.bytes().all(|b| b.is_ascii_uppercase()))
        {
            return None;
        }
        (alts, &inner[close + 1..])
    } else {
        let prefix = p.get(..2)?;
        if !prefix.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        (vec![prefix.to_owned()], &p[2..])
    };
    let upper = match rest {
        "[0-9a-fA-F]{32}" | "[0-9A-Fa-f]{32}" | "[a-fA-F0-9]{32}" => true,
        "[0-9a-f]{32}" => false,
        _ => return None,
    };
    Some((prefixes, upper))
}

/// A SID kind being collected: its name candidates, ranked.
#[derive(Debug, Default)]
struct SidEntry {
    prefixes: Vec<String>,
    upper_hex: bool,
    pattern: String,
    /// (priority, name) -> how often seen; lower priority wins, then the most seen.
    candidates: BTreeMap<(u8, String), usize>,
}

struct Lowerer<'a> {
    doc: &'a OpenAPI,
    /// See [`Options::schema_depth`].
    schema_depth: usize,
    diags: Diagnostics,
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
const RESERVED_TYPE_NAMES: [&str; 26] = [
    "ApiError",
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
    "TransportError",
    "UndecodableResponse",
    "UnknownValue",
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
pub fn lower(doc: &OpenAPI, options: &Options) -> Result<Api, Diagnostics> {
    let mut l = Lowerer {
        doc,
        schema_depth: options.schema_depth,
        diags: Diagnostics::default(),
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

    let server = doc
        .servers
        .first()
        .map(|s| s.url.trim_end_matches('/').to_owned())
        .unwrap_or_else(|| "https://api.twilio.com".to_owned());
    let basic_auth = doc
        .components
        .as_ref()
        .map(|c| {
            c.security_schemes.values().any(|s| {
                matches!(s, ReferenceOr::Item(openapiv3::SecurityScheme::HTTP { scheme, .. }) if scheme.eq_ignore_ascii_case("basic"))
            })
        })
        .unwrap_or(true);

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
                if let Some(lowered) = l.operation(path, item, method, op, &op_pointer, &server) {
                    operations.push(lowered);
                }
            }
            let _ = method;
        }
        for (name, op) in [
            ("options", &item.options),
            ("head", &item.head),
            ("trace", &item.trace),
        ] {
            if op.is_some() {
                l.unsupported(
                    &child(&pointer, name),
                    format!("the HTTP method {}", name.to_uppercase()),
                );
            }
        }
    }

    answers_are_optional(&operations, &mut l.types);
    for op in &mut operations {
        op.paging = paging(op, &l.types);
    }
    let root = l.navigation(&mut operations);
    let sid_names = l.name_sids();
    for op in &mut operations {
        for p in op.path_params.iter_mut().chain(op.params.iter_mut()) {
            rename_sid(&mut p.ty, &sid_names);
        }
        if let Returns::Json(ty) = &mut op.returns {
            rename_sid(ty, &sid_names);
        }
    }
    for def in l.types.values_mut() {
        if let TypeDef::Struct(s) = def {
            for f in &mut s.fields {
                rename_sid(&mut f.ty, &sid_names);
            }
        }
    }
    let mut root = root;
    rename_node(&mut root, &sid_names);
    let sids = l
        .sids
        .iter()
        .filter_map(|(key, e)| {
            let name = sid_names.get(key)?.clone();
            let doc = match e.prefixes.as_slice() {
                [] => "A Twilio SID of any kind: two letters and 32 hexadecimal digits.".to_owned(),
                [one] => format!(
                    "The SID of a {}: `{one}` and 32 hexadecimal digits.",
                    describe_sid(&name)
                ),
                many => format!(
                    "The SID of {}: one of {} and 32 hexadecimal digits.",
                    article(&describe_sid(&name)),
                    many.iter()
                        .map(|p| format!("`{p}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            };
            Some((
                name.clone(),
                SidKind {
                    name,
                    prefixes: e.prefixes.clone(),
                    upper_hex: e.upper_hex,
                    pattern: e.pattern.clone(),
                    doc,
                },
            ))
        })
        .collect();

    let api = Api {
        package: options.package.clone(),
        version: options.version.clone(),
        title: doc.info.title.clone(),
        description: docs::sanitize(doc.info.description.as_deref().unwrap_or("")),
        server,
        basic_auth,
        sids,
        types: l.types,
        operations,
        root,
    };
    l.diags.finish(api)
}

/// Makes every field of every struct that an answer can hold optional: Twilio leaves out,
/// nulls or blanks fields the spec calls required, and a successful answer must not fail to
/// decode for one field (the generated crate reads optional fields leniently).
fn answers_are_optional(operations: &[Operation], types: &mut BTreeMap<String, TypeDef>) {
    fn reach(ty: &Type, types: &BTreeMap<String, TypeDef>, seen: &mut BTreeSet<String>) {
        match ty {
            Type::Struct(name) => {
                if seen.insert(name.clone())
                    && let Some(TypeDef::Struct(s)) = types.get(name)
                {
                    for f in &s.fields {
                        reach(&f.ty, types, seen);
                    }
                }
            }
            Type::Array(inner) | Type::Map(inner) => reach(inner, types, seen),
            _ => {}
        }
    }
    let mut seen = BTreeSet::new();
    for op in operations {
        if let Returns::Json(ty) = &op.returns {
            reach(ty, types, &mut seen);
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

/// Twilio's paging, recognised on a GET whose page has one list of resources and a link to the
/// next page: `next_page_uri` (api_v2010) or `meta.next_page_url` (the newer APIs).
fn paging(op: &Operation, types: &BTreeMap<String, TypeDef>) -> Option<crate::model::Paging> {
    use crate::model::{NextLink, Paging};
    let instance = path_steps(&op.path)
        .last()
        .is_some_and(|s| s.param.is_some());
    if op.method != Method::Get || instance {
        return None;
    }
    let Returns::Json(Type::Struct(page)) = &op.returns else {
        return None;
    };
    let Some(TypeDef::Struct(page)) = types.get(page) else {
        return None;
    };
    let lists: Vec<(&String, &String, bool)> = page
        .fields
        .iter()
        .filter_map(|f| match &f.ty {
            Type::Array(inner) => match inner.as_ref() {
                Type::Struct(item) => Some((&f.rust_name, item, f.optional)),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let [(items_field, item_type, items_optional)] = lists.as_slice() else {
        return None;
    };
    let (next, link_optional, meta_optional) = if let Some(f) = page
        .fields
        .iter()
        .find(|f| f.wire_name == "next_page_uri" && f.ty == Type::String)
    {
        (NextLink::Field(f.rust_name.clone()), f.optional, false)
    } else {
        let meta = page.fields.iter().find(|f| f.wire_name == "meta")?;
        let Type::Struct(meta_type) = &meta.ty else {
            return None;
        };
        let Some(TypeDef::Struct(meta_def)) = types.get(meta_type) else {
            return None;
        };
        let link = meta_def
            .fields
            .iter()
            .find(|f| f.wire_name == "next_page_url" && f.ty == Type::String)?;
        let next = NextLink::Meta {
            meta_field: meta.rust_name.clone(),
            link_field: link.rust_name.clone(),
        };
        (next, link.optional, meta.optional)
    };
    let page_size = op
        .params
        .iter()
        .find(|p| {
            p.location == crate::model::Location::Query
                && p.wire_name == "PageSize"
                && matches!(p.ty, Type::Integer { .. })
        })
        .map(|p| p.rust_name.clone());
    Some(Paging {
        page_size,
        items_field: (*items_field).clone(),
        item_type: (*item_type).clone(),
        optional: (*items_optional, link_optional, meta_optional),
        next,
    })
}

/// "UserDefinedMessageSubscriptionSid" -> "user defined message subscription".
fn describe_sid(name: &str) -> String {
    let stem = name.strip_suffix("Sid").unwrap_or(name);
    heck::ToSnakeCase::to_snake_case(stem).replace('_', " ")
}

/// "a call", "an account".
fn article(noun: &str) -> String {
    let vowel = noun.starts_with(['a', 'e', 'i', 'o', 'u', 'A', 'E', 'I', 'O', 'U']);
    format!("{} {noun}", if vowel { "an" } else { "a" })
}

fn rename_sid(ty: &mut Type, names: &BTreeMap<String, String>) {
    match ty {
        Type::Sid(key) => {
            if let Some(name) = names.get(key) {
                *key = name.clone();
            }
        }
        Type::Array(inner) | Type::Map(inner) => rename_sid(inner, names),
        _ => {}
    }
}

fn rename_node(node: &mut Node, names: &BTreeMap<String, String>) {
    if let Some(p) = &mut node.param {
        rename_sid(&mut p.ty, names);
    }
    for c in &mut node.children {
        rename_node(c, names);
    }
}

fn path_operations(item: &PathItem) -> [(&'static str, Method, &Option<OaOperation>); 5] {
    [
        ("get", Method::Get, &item.get),
        ("post", Method::Post, &item.post),
        ("put", Method::Put, &item.put),
        ("patch", Method::Patch, &item.patch),
        ("delete", Method::Delete, &item.delete),
    ]
}

/// The name of a component: its last dotted segment, `_enum_` dropped (`call_enum_status` ->
/// `CallStatus`).
fn component_base_name(name: &str) -> Vec<String> {
    let segments: Vec<&str> = name.split('.').collect();
    let mut out = Vec::new();
    for take in 1..=segments.len() {
        let joined = segments[segments.len() - take..].join("_");
        out.push(ident::pascal(&joined.replace("_enum_", "_")));
    }
    out
}

impl<'a> Lowerer<'a> {
    fn error(&mut self, pointer: &str, message: impl Into<String>) {
        self.diags
            .push(Diagnostic::new(Stage::Lower, pointer, message));
    }

    fn unsupported(&mut self, pointer: &str, what: impl Into<String>) {
        let what = what.into();
        self.diags.push(
            Diagnostic::new(
                Stage::Lower,
                pointer,
                format!("unsupported construct: {what}"),
            )
            .with_hint(
                "leave this operation out of the selection, or open an issue with the spec excerpt",
            ),
        );
    }

    /// Reserves a Rust name for every component schema that will become a named type, shortest
    /// unambiguous name first, in name order.
    fn name_components(&mut self) {
        let Some(components) = &self.doc.components else {
            return;
        };
        let names: Vec<&String> = components.schemas.keys().collect();
        let mut first_choice: BTreeMap<String, usize> = BTreeMap::new();
        for n in &names {
            if let Some(base) = component_base_name(n).first() {
                *first_choice.entry(base.clone()).or_default() += 1;
            }
        }
        for n in names {
            let candidates = component_base_name(n);
            let pick = candidates
                .iter()
                .find(|c| {
                    first_choice.get(*c).copied().unwrap_or(0) <= 1 && !self.type_scope.contains(c)
                })
                .or_else(|| candidates.iter().find(|c| !self.type_scope.contains(c)))
                .cloned()
                .unwrap_or_else(|| {
                    candidates
                        .last()
                        .cloned()
                        .unwrap_or_else(|| "Schema".to_owned())
                });
            let name = self.type_scope.claim(&pick);
            self.component_names.insert(
                format!("#/components/schemas/{}", crate::diag::escape(n)),
                name,
            );
        }
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
        let name = reference
            .strip_prefix("#/components/schemas/")
            .map(crate::diag::unescape);
        let found = name
            .as_ref()
            .and_then(|n| doc.components.as_ref()?.schemas.get(n));
        if found.is_none() {
            self.diags.push(
                Diagnostic::new(
                    Stage::Lower,
                    child(pointer, "$ref"),
                    format!("`$ref` to `{reference}`, which does not exist"),
                )
                .with_hint("the reference must name an entry of `#/components/schemas`"),
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

    /// Records a SID pattern seen on a field or parameter, with a name candidate.
    fn sid_type(&mut self, pattern: &str, owner: SidOwner<'_>) -> Option<Type> {
        let (prefixes, upper) = parse_sid_pattern(pattern)?;
        let key = if prefixes.is_empty() {
            "*".to_owned()
        } else {
            prefixes.join("|")
        };
        let entry = self.sids.entry(key.clone()).or_default();
        if entry.pattern.is_empty() {
            entry.pattern = pattern.to_owned();
        }
        entry.prefixes = prefixes.clone();
        entry.upper_hex |= upper;
        let candidate = if prefixes.is_empty() {
            Some((0, "AnySid".to_owned()))
        } else {
            match owner {
                // Named in the singular, like the rest (`messaging.v1.brand_registrations`:
                // `BrandRegistrationSid`).
                SidOwner::SchemaSid(schema) => component_base_name(schema).first().map(|n| {
                    let one = ident::pascal(&ident::singular(n));
                    let stem = one.strip_suffix("Sid").filter(|s| !s.is_empty());
                    (0, format!("{}Sid", stem.unwrap_or(&one)))
                }),
                SidOwner::PathSid(collection) => Some((
                    1,
                    ident::pascal(&format!("{} Sid", ident::singular(collection))),
                )),
                SidOwner::Named(name) => {
                    let p = ident::pascal(name);
                    // A list of SIDs (`ServerlessServiceSids`) holds `ServerlessServiceSid`s.
                    let p = match p.strip_suffix("Sids") {
                        Some(stem) if !stem.is_empty() => format!("{stem}Sid"),
                        _ => p,
                    };
                    match p.strip_suffix("Sid") {
                        Some(stem) if !stem.is_empty() => Some((2, format!("{stem}Sid"))),
                        Some(_) => None,
                        // A field that holds a SID without saying so (`Byoc`): `ByocSid`, the
                        // weakest candidate.
                        None if !p.is_empty() => Some((3, format!("{p}Sid"))),
                        None => None,
                    }
                }
            }
        };
        if let Some(c) = candidate {
            *entry.candidates.entry(c).or_default() += 1;
        }
        Some(Type::Sid(key))
    }

    /// Gives each SID kind its name: the best candidate that is still free.
    fn name_sids(&mut self) -> BTreeMap<String, String> {
        let mut ranked: Vec<(String, Vec<String>)> = Vec::new();
        for (key, e) in &self.sids {
            let mut c: Vec<(&(u8, String), &usize)> = e.candidates.iter().collect();
            c.sort_by(|a, b| a.0.0.cmp(&b.0.0).then(b.1.cmp(a.1)).then(a.0.1.cmp(&b.0.1)));
            let mut names: Vec<String> = c.into_iter().map(|((_, n), _)| n.clone()).collect();
            names.push(format!("Sid{}", ident::pascal(&key.replace('|', "_"))));
            ranked.push((key.clone(), names));
        }
        // The best-supported kinds choose first.
        ranked.sort_by_key(|(key, _)| {
            let e = &self.sids[key];
            let best = e.candidates.keys().map(|(p, _)| *p).min().unwrap_or(9);
            (best, key.clone())
        });
        let mut out = BTreeMap::new();
        for (key, names) in ranked {
            let pick = names
                .iter()
                .find(|n| !self.type_scope.contains(n))
                .cloned()
                .unwrap_or_else(|| names[0].clone());
            out.insert(key, self.type_scope.claim(&pick));
        }
        out
    }

    /// Maps a schema to a Rust type. `hint` names inline structs and enums.
    fn schema_type(
        &mut self,
        r: &ReferenceOr<Schema>,
        pointer: &str,
        side: Side,
        hint: &NameHint<'_>,
        depth: usize,
    ) -> Option<Type> {
        if depth > self.schema_depth {
            self.diags.push(
                Limits::exceeded(
                    pointer,
                    "schema-depth",
                    self.schema_depth,
                    "schemas nested too deeply (or a cycle through inline schemas)",
                )
                .with_stage(Stage::Lower),
            );
            return None;
        }
        if let ReferenceOr::Reference { reference } = r
            && let Some(ty) = self.component_types.get(reference)
        {
            return Some(ty.clone());
        }
        let (schema, via) = self.resolve(r, pointer)?;
        // Borrowed from `r` (or the document), not from `self`: no copy needed.
        let via_name = via
            .as_ref()
            .and_then(|v| self.component_names.get(v).cloned());
        let component = via
            .as_ref()
            .and_then(|v| v.strip_prefix("#/components/schemas/"))
            .map(crate::diag::unescape);
        let pointer = match &via {
            Some(v) => v.trim_start_matches('#').to_owned(),
            None => pointer.to_owned(),
        };
        let pointer = pointer.as_str();
        let description = schema.schema_data.description.clone().unwrap_or_default();

        let ty = match &schema.schema_kind {
            SchemaKind::Type(OaType::String(s)) => {
                let format = match &s.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => {
                        Some("date-time".to_owned())
                    }
                    VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date".to_owned()),
                    VariantOrUnknownOrEmpty::Item(_) => None,
                    VariantOrUnknownOrEmpty::Unknown(f) => Some(f.clone()),
                    VariantOrUnknownOrEmpty::Empty => None,
                };
                let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
                if !values.is_empty() {
                    let name = match &via_name {
                        Some(n) => n.clone(),
                        None => self.inline_enum_name(&values, format.as_deref(), hint),
                    };
                    let description = if format.as_deref() == Some("http-method")
                        && via_name.is_none()
                    {
                        "The HTTP method that Twilio uses to request one of your URLs.".to_owned()
                    } else {
                        description.clone()
                    };
                    self.define_enum(&name, &values, &description);
                    Type::Enum(name)
                } else if let Some(pattern) = s
                    .pattern
                    .as_deref()
                    .filter(|p| parse_sid_pattern(p).is_some())
                {
                    let owner = match hint {
                        NameHint::Field {
                            owner_schema: Some(schema),
                            field,
                            ..
                        } if field.eq_ignore_ascii_case("sid") => SidOwner::SchemaSid(schema),
                        NameHint::Field { field, .. } | NameHint::Param { name: field, .. } => {
                            SidOwner::Named(field)
                        }
                        NameHint::PathSid { collection } => SidOwner::PathSid(collection),
                        NameHint::Body { .. } => SidOwner::Named(""),
                    };
                    self.sid_type(pattern, owner)?
                } else {
                    match format.as_deref() {
                        Some("uri") if side == Side::Request => Type::Url,
                        Some("date-time-rfc-2822") => Type::DateTimeRfc2822,
                        Some("date-time") if side == Side::Request => Type::DateInput,
                        Some("date-time") => Type::DateTime,
                        Some("date") => Type::Date,
                        _ => Type::String,
                    }
                }
            }
            SchemaKind::Type(OaType::Integer(i)) => Type::Integer {
                int32: matches!(
                    i.format,
                    VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32)
                ),
                min: i.minimum.map(|m| {
                    if i.exclusive_minimum {
                        m.saturating_add(1)
                    } else {
                        m
                    }
                }),
                max: i.maximum.map(|m| {
                    if i.exclusive_maximum {
                        m.saturating_sub(1)
                    } else {
                        m
                    }
                }),
            },
            SchemaKind::Type(OaType::Number(n)) => Type::Number {
                min: n.minimum,
                max: n.maximum,
            },
            SchemaKind::Type(OaType::Boolean(_)) => Type::Boolean,
            SchemaKind::Type(OaType::Array(a)) => {
                let inner = match &a.items {
                    Some(items) => {
                        let items = Self::boxed_to_plain(items);
                        self.schema_type(&items, &child(pointer, "items"), side, hint, depth + 1)?
                    }
                    None => Type::Json,
                };
                Type::Array(Box::new(inner))
            }
            SchemaKind::Type(OaType::Object(o)) => {
                if o.properties.is_empty() {
                    match &o.additional_properties {
                        Some(AdditionalProperties::Schema(inner)) => {
                            let inner = inner.as_ref().clone();
                            let inner_ty = self.schema_type(
                                &inner,
                                &child(pointer, "additionalProperties"),
                                side,
                                hint,
                                depth + 1,
                            )?;
                            Type::Map(Box::new(inner_ty))
                        }
                        _ => Type::Json,
                    }
                } else {
                    let name = match &via_name {
                        Some(n) => n.clone(),
                        None => {
                            let base = match hint {
                                NameHint::Field { owner, field, .. } => {
                                    ident::pascal(&format!("{owner} {field}"))
                                }
                                NameHint::Param { op, name } => {
                                    format!("{op}{}", ident::pascal(name))
                                }
                                NameHint::Body { op } => format!("{op}Body"),
                                NameHint::PathSid { collection } => ident::pascal(collection),
                            };
                            self.type_scope.claim(&base)
                        }
                    };
                    if let Some(reference) = &via {
                        self.component_types
                            .insert(reference.clone(), Type::Struct(name.clone()));
                    }
                    if !self.types.contains_key(&name) {
                        // Reserve first, so that a cycle through this struct ends here.
                        self.types.insert(
                            name.clone(),
                            TypeDef::Struct(StructDef {
                                name: name.clone(),
                                doc: String::new(),
                                pointer: pointer.to_owned(),
                                fields: Vec::new(),
                            }),
                        );
                        let mut fields = Vec::new();
                        let mut field_scope = Scope::default();
                        for (wire, prop) in &o.properties {
                            let prop = Self::boxed_to_plain(prop);
                            let field_pointer = child(&child(pointer, "properties"), wire);
                            let field_hint = NameHint::Field {
                                owner: &name,
                                owner_schema: component.as_deref(),
                                field: wire,
                            };
                            let Some(fty) = self.schema_type(
                                &prop,
                                &field_pointer,
                                side,
                                &field_hint,
                                depth + 1,
                            ) else {
                                continue;
                            };
                            let (nullable, fdoc) = match self.resolve(&prop, &field_pointer) {
                                Some((s, _)) => {
                                    (s.schema_data.nullable, s.schema_data.description.clone())
                                }
                                None => (true, None),
                            };
                            let required = o.required.iter().any(|r| r == wire);
                            fields.push(Field {
                                rust_name: field_scope.claim(&ident::snake(wire)),
                                wire_name: wire.clone(),
                                ty: fty,
                                optional: nullable || !required,
                                doc: docs::sanitize(fdoc.as_deref().unwrap_or("")),
                            });
                        }
                        let doc = if description.is_empty() {
                            match &component {
                                Some(c) => format!("The `{c}` resource."),
                                None => format!("The `{}` object.", hint.describe()),
                            }
                        } else {
                            docs::sanitize(&description)
                        };
                        self.types.insert(
                            name.clone(),
                            TypeDef::Struct(StructDef {
                                name: name.clone(),
                                doc,
                                pointer: pointer.to_owned(),
                                fields,
                            }),
                        );
                    }
                    Type::Struct(name)
                }
            }
            SchemaKind::Any(any)
                if any.one_of.is_empty() && any.all_of.is_empty() && any.any_of.is_empty() =>
            {
                Type::Json
            }
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::Any(_) => {
                // A union is carried as JSON so the caller keeps every variant's data.
                Type::Json
            }
            SchemaKind::AllOf { .. } => {
                self.unsupported(pointer, "`allOf`");
                return None;
            }
            SchemaKind::Not { .. } => {
                self.unsupported(pointer, "`not`");
                return None;
            }
        };
        if let Some(reference) = via
            && matches!(ty, Type::Struct(_) | Type::Enum(_))
        {
            self.component_types.insert(reference, ty.clone());
        }
        Some(ty)
    }

    fn inline_enum_name(
        &mut self,
        values: &[String],
        format: Option<&str>,
        hint: &NameHint<'_>,
    ) -> String {
        let field = match hint {
            NameHint::Field { field, .. } => ident::pascal(field),
            NameHint::Param { name, .. } => ident::pascal(name),
            NameHint::Body { op } => format!("{op}Value"),
            NameHint::PathSid { collection } => ident::pascal(collection),
        };
        let mut sorted = values.to_vec();
        sorted.sort();
        // Every `format: http-method` enum with the same values is one type (`Method` for
        // Twilio's GET and POST), whichever field it is on; other enums are one per field name.
        let http_method = format == Some("http-method");
        let base = if !http_method {
            field.clone()
        } else if sorted == ["GET", "POST"] {
            "Method".to_owned()
        } else {
            "HttpMethod".to_owned()
        };
        let key = (if http_method { base.clone() } else { field }, sorted);
        if let Some(existing) = self.enums_by_values.get(&key) {
            return existing.clone();
        }
        let name = if self.type_scope.contains(&base) {
            let owner = match hint {
                NameHint::Field { owner, .. } => (*owner).to_owned(),
                NameHint::Param { op, .. } | NameHint::Body { op } => (*op).to_owned(),
                NameHint::PathSid { .. } => String::new(),
            };
            self.type_scope
                .claim(&ident::pascal(&format!("{owner} {base}")))
        } else {
            self.type_scope.claim(&base)
        };
        self.enums_by_values.insert(key, name.clone());
        name
    }

    fn define_enum(&mut self, name: &str, values: &[String], description: &str) {
        if self.types.contains_key(name) {
            return;
        }
        let mut scope = Scope::default();
        scope.claim("Unknown");
        let variants = values
            .iter()
            .map(|v| Variant {
                rust_name: scope.claim(&ident::pascal(v)),
                wire_name: v.clone(),
            })
            .collect();
        let doc = if description.is_empty() {
            format!("The values of `{name}`.")
        } else {
            docs::sanitize(&docs::summary(description))
        };
        self.types.insert(
            name.to_owned(),
            TypeDef::Enum(EnumDef {
                name: name.to_owned(),
                doc,
                variants,
            }),
        );
    }

    fn resolve_parameter<'p>(
        &mut self,
        r: &'p ReferenceOr<OaParameter>,
        pointer: &str,
    ) -> Option<&'p OaParameter>
    where
        'a: 'p,
    {
        match r {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => {
                let doc: &'a OpenAPI = self.doc;
                let found = reference
                    .strip_prefix("#/components/parameters/")
                    .map(crate::diag::unescape)
                    .and_then(|n| doc.components.as_ref()?.parameters.get(&n));
                match found {
                    Some(ReferenceOr::Item(p)) => Some(p),
                    Some(ReferenceOr::Reference { .. }) => {
                        self.unsupported(
                            pointer,
                            "a parameter `$ref` that points to another `$ref`",
                        );
                        None
                    }
                    None => {
                        self.diags.push(
                            Diagnostic::new(
                                Stage::Lower,
                                child(pointer, "$ref"),
                                format!("`$ref` to `{reference}`, which does not exist"),
                            )
                            .with_hint(
                                "the reference must name an entry of `#/components/parameters`",
                            ),
                        );
                        None
                    }
                }
            }
        }
    }

    fn resolve_body<'p>(
        &mut self,
        r: &'p ReferenceOr<RequestBody>,
        pointer: &str,
    ) -> Option<&'p RequestBody>
    where
        'a: 'p,
    {
        match r {
            ReferenceOr::Item(b) => Some(b),
            ReferenceOr::Reference { reference } => {
                let doc: &'a OpenAPI = self.doc;
                let found = reference
                    .strip_prefix("#/components/requestBodies/")
                    .map(crate::diag::unescape)
                    .and_then(|n| doc.components.as_ref()?.request_bodies.get(&n));
                match found {
                    Some(ReferenceOr::Item(b)) => Some(b),
                    _ => {
                        self.error(
                            &child(pointer, "$ref"),
                            format!("`$ref` to `{reference}`, which does not exist"),
                        );
                        None
                    }
                }
            }
        }
    }

    #[allow(clippy::too_many_lines)]
    fn operation(
        &mut self,
        path: &str,
        item: &PathItem,
        method: Method,
        op: &OaOperation,
        pointer: &str,
        default_server: &str,
    ) -> Option<Operation> {
        let before = self.diags.0.len();
        let Some(operation_id) = op.operation_id.clone() else {
            self.diags.push(
                Diagnostic::new(Stage::Lower, pointer, "the operation has no `operationId`")
                    .with_hint("every operation needs an operationId: it names the generated parameters type"),
            );
            return None;
        };
        let op_name = ident::pascal(&operation_id);
        let server = op
            .servers
            .first()
            .or_else(|| item.servers.first())
            .map(|s| s.url.trim_end_matches('/').to_owned())
            .unwrap_or_else(|| default_server.to_owned());

        // Parameters: the path item's, overridden by the operation's (same name and location).
        let mut raw_params: Vec<(String, &OaParameter)> = Vec::new();
        for (i, p) in item.parameters.iter().enumerate() {
            let ppointer = child(&child(&child("/paths", path), "parameters"), i.to_string());
            if let Some(p) = self.resolve_parameter(p, &ppointer) {
                raw_params.push((ppointer, p));
            }
        }
        for (i, p) in op.parameters.iter().enumerate() {
            let ppointer = child(&child(pointer, "parameters"), i.to_string());
            if let Some(p) = self.resolve_parameter(p, &ppointer) {
                let key = (
                    p.parameter_data_ref().name.clone(),
                    std::mem::discriminant(p),
                );
                raw_params.retain(|(_, q)| {
                    (
                        q.parameter_data_ref().name.clone(),
                        std::mem::discriminant(*q),
                    ) != key
                });
                raw_params.push((ppointer, p));
            }
        }

        let template_params = path_template_params(path);
        let steps = path_steps(path);
        let mut path_params = Vec::new();
        let mut params = Vec::new();
        let mut param_scope = Scope::default();
        for reserved in [
            "client",
            "params",
            "self_",
            "new",
            "validate",
            "query_pairs",
            "header_pairs",
            "form_pairs",
            "json_body",
        ] {
            param_scope.claim(reserved);
        }
        for (ppointer, p) in &raw_params {
            let data = p.parameter_data_ref();
            let location = match p {
                OaParameter::Path { .. } => Location::Path,
                OaParameter::Query { .. } => Location::Query,
                OaParameter::Header { .. } => Location::Header,
                OaParameter::Cookie { .. } => {
                    self.unsupported(ppointer, format!("the cookie parameter `{}`", data.name));
                    continue;
                }
            };
            let schema = match &data.format {
                ParameterSchemaOrContent::Schema(s) => s.clone(),
                ParameterSchemaOrContent::Content(_) => {
                    self.unsupported(
                        ppointer,
                        format!("parameter `{}` described by `content`", data.name),
                    );
                    continue;
                }
            };
            let collection = steps
                .iter()
                .find(|s| s.param.as_deref() == Some(data.name.as_str()))
                .map(|s| s.name.clone())
                .unwrap_or_default();
            let hint = if location == Location::Path && data.name == "Sid" {
                NameHint::PathSid {
                    collection: &collection,
                }
            } else {
                NameHint::Param {
                    op: &op_name,
                    name: &data.name,
                }
            };
            let side = Side::Request;
            let Some(ty) = self.schema_type(&schema, &child(ppointer, "schema"), side, &hint, 0)
            else {
                continue;
            };
            if location == Location::Path {
                if !template_params.contains(&data.name) {
                    self.error(
                        ppointer,
                        format!(
                            "path parameter `{}` does not appear in the path `{path}`",
                            data.name
                        ),
                    );
                    continue;
                }
                if !matches!(
                    ty,
                    Type::Sid(_) | Type::String | Type::Integer { .. } | Type::Enum(_) | Type::Date
                ) {
                    self.unsupported(
                        ppointer,
                        format!(
                            "path parameter `{}` that is not a string, integer, enum or date",
                            data.name
                        ),
                    );
                    continue;
                }
            }
            let param = Parameter {
                rust_name: param_scope.claim(&ident::snake(&data.name)),
                wire_name: data.name.clone(),
                location,
                required: data.required || location == Location::Path,
                ty,
                doc: docs::sanitize(data.description.as_deref().unwrap_or("")),
            };
            if location == Location::Path {
                path_params.push(param);
            } else {
                params.push(param);
            }
        }
        for name in &template_params {
            if !path_params.iter().any(|p| &p.wire_name == name) {
                self.diags.push(
                    Diagnostic::new(
                        Stage::Lower,
                        child(pointer, "parameters"),
                        format!("path parameter `{{{name}}}` of `{path}` has no definition"),
                    )
                    .with_hint(format!(
                        "add a parameter with `\"name\": \"{name}\", \"in\": \"path\"`"
                    )),
                );
            }
        }
        path_params.sort_by_key(|p| template_params.iter().position(|t| t == &p.wire_name));

        // The body.
        let mut body = None;
        if let Some(rb) = &op.request_body {
            let bpointer = child(pointer, "requestBody");
            if let Some(rb) = self.resolve_body(rb, &bpointer) {
                let picked = rb.content.iter().find_map(|(ct, media)| {
                    let ct_main = ct.split(';').next().unwrap_or("").trim();
                    let kind = if ct_main == "application/x-www-form-urlencoded" {
                        Some(BodyKind::Form)
                    } else if ct_main == "application/json" || ct_main.ends_with("+json") {
                        Some(BodyKind::Json)
                    } else {
                        None
                    };
                    kind.map(|k| (k, ct.clone(), media))
                });
                match picked {
                    None => {
                        let types: Vec<&String> = rb.content.keys().collect();
                        self.unsupported(
                            &child(&bpointer, "content"),
                            format!("request body of type {types:?}"),
                        );
                    }
                    Some((kind, ct, media)) => {
                        let mpointer = child(&child(&child(&bpointer, "content"), &ct), "schema");
                        match &media.schema {
                            None => {
                                self.unsupported(&mpointer, "a request body without a schema");
                            }
                            Some(schema) => {
                                body = Some(kind);
                                self.body_fields(
                                    schema,
                                    &mpointer,
                                    &op_name,
                                    &mut param_scope,
                                    &mut params,
                                );
                            }
                        }
                    }
                }
            }
        }

        // The response: the first 2xx.
        let mut status = 200;
        let mut returns = Returns::Nothing;
        // Twilio describes a few fetches as a 307 whose body says where the data is.
        let success = op
            .responses
            .responses
            .iter()
            .find_map(|(code, r)| match code {
                StatusCode::Code(c) if (200..300).contains(c) => Some((*c, r)),
                _ => None,
            })
            .or_else(|| {
                op.responses
                    .responses
                    .iter()
                    .find_map(|(code, r)| match code {
                        StatusCode::Code(c @ 300..=399) => Some((*c, r)),
                        _ => None,
                    })
            });
        match success {
            None => {
                self.diags.push(
                    Diagnostic::new(
                        Stage::Lower,
                        child(pointer, "responses"),
                        "the operation has no 2xx (or 3xx) response",
                    )
                    .with_hint("the generator needs to know what success looks like"),
                );
            }
            Some((code, r)) => {
                status = code;
                let rpointer = child(&child(pointer, "responses"), code.to_string());
                let response = match r {
                    ReferenceOr::Item(r) => Some(r.clone()),
                    ReferenceOr::Reference { reference } => {
                        let found = reference
                            .strip_prefix("#/components/responses/")
                            .map(crate::diag::unescape)
                            .and_then(|n| self.doc.components.as_ref()?.responses.get(&n).cloned());
                        match found {
                            Some(ReferenceOr::Item(r)) => Some(r),
                            _ => {
                                self.error(
                                    &child(&rpointer, "$ref"),
                                    format!("`$ref` to `{reference}`, which does not exist"),
                                );
                                None
                            }
                        }
                    }
                };
                if let Some(response) = response {
                    let json = response.content.iter().find(|(ct, _)| {
                        let ct = ct.split(';').next().unwrap_or("").trim();
                        ct == "application/json" || ct.ends_with("+json")
                    });
                    if let Some((ct, media)) = json {
                        if let Some(schema) = &media.schema {
                            let spointer =
                                child(&child(&child(&rpointer, "content"), ct), "schema");
                            let hint = NameHint::Body {
                                op: &ident::pascal(&format!("{op_name} Response")),
                            };
                            if let Some(ty) =
                                self.schema_type(schema, &spointer, Side::Response, &hint, 0)
                            {
                                returns = Returns::Json(ty);
                            }
                        }
                    } else if !response.content.is_empty() {
                        let types: Vec<&String> = response.content.keys().collect();
                        self.unsupported(
                            &child(&rpointer, "content"),
                            format!("a response of type {types:?}"),
                        );
                    }
                }
            }
        }

        if self.diags.0.len() > before {
            return None;
        }
        let idempotent_key = params.iter().any(|p| {
            p.wire_name == "IdempotencyKey" || p.wire_name == "I-Twilio-Idempotency-Token"
        });
        let params_struct = if params.is_empty() {
            None
        } else {
            Some(
                self.type_scope
                    .claim(&ident::pascal(&format!("{op_name} Params"))),
            )
        };
        let summary = op
            .summary
            .clone()
            .or_else(|| op.description.clone())
            .unwrap_or_default();
        let mut doc = docs::sanitize(&summary);
        if let Some(d) = &op.description
            && Some(d) != op.summary.as_ref()
            && !d.is_empty()
        {
            doc.push_str("\n\n");
            doc.push_str(&docs::sanitize(d));
        }
        if doc.is_empty() {
            doc = format!("The `{operation_id}` operation.");
        }
        let conditional = self.conditional_groups(op, &params, pointer);
        Some(Operation {
            conditional,
            operation_id,
            rust_name: String::new(),
            method,
            path: path.to_owned(),
            server,
            pointer: pointer.to_owned(),
            doc,
            path_params,
            params,
            body,
            params_struct,
            status,
            returns,
            idempotent_key,
            paging: None,
        })
    }

    /// Twilio's `x-twilio.conditional`: groups of inputs (by snake-case name) of which at
    /// least one must be given (`[["url", "twiml", "application_sid"]]`), as wire names. A
    /// group naming an input the operation does not have is reported at its pointer.
    fn conditional_groups(
        &mut self,
        op: &OaOperation,
        params: &[Parameter],
        pointer: &str,
    ) -> Vec<Vec<String>> {
        let Some(groups) = op
            .extensions
            .get("x-twilio")
            .and_then(|x| x.get("conditional"))
        else {
            return Vec::new();
        };
        let at = child(&child(pointer, "x-twilio"), "conditional");
        let Some(groups) = groups.as_array() else {
            self.error(&at, "`conditional` must be a list of lists of input names");
            return Vec::new();
        };
        let mut out = Vec::new();
        for (g, group) in groups.iter().enumerate() {
            let gat = child(&at, g.to_string());
            let Some(names) = group.as_array() else {
                self.error(&gat, "a conditional group must be a list of input names");
                continue;
            };
            let mut wires = Vec::new();
            for (n, name) in names.iter().enumerate() {
                let found = name.as_str().and_then(|name| {
                    params.iter().find(|p| {
                        p.location != Location::Path
                            && (p.rust_name == name || ident::snake(&p.wire_name) == name)
                    })
                });
                match found {
                    Some(p) => wires.push(p.wire_name.clone()),
                    None => self.error(
                        &child(&gat, n.to_string()),
                        format!("the conditional group names `{name}`, which is not an input of the operation"),
                    ),
                }
            }
            if wires.len() > 1 {
                out.push(wires);
            }
        }
        out
    }

    fn body_fields(
        &mut self,
        schema: &ReferenceOr<Schema>,
        pointer: &str,
        op_name: &str,
        scope: &mut Scope,
        params: &mut Vec<Parameter>,
    ) {
        let Some((resolved, _)) = self.resolve(schema, pointer) else {
            return;
        };
        let resolved = resolved.clone();
        let SchemaKind::Type(OaType::Object(o)) = &resolved.schema_kind else {
            // A body that is not an object with properties (a `oneOf` of channel-specific
            // requests, say) is one required input, `body`, sent as it is.
            let hint = NameHint::Body { op: op_name };
            if let Some(ty) = self.schema_type(schema, pointer, Side::Request, &hint, 0) {
                params.push(Parameter {
                    rust_name: scope.claim("body"),
                    wire_name: String::new(),
                    location: Location::Body,
                    required: true,
                    ty,
                    doc: docs::sanitize(
                        resolved
                            .schema_data
                            .description
                            .as_deref()
                            .unwrap_or("The request body."),
                    ),
                });
            }
            return;
        };
        for (wire, prop) in &o.properties {
            let prop = Self::boxed_to_plain(prop);
            let fpointer = child(&child(pointer, "properties"), wire);
            let hint = NameHint::Param {
                op: op_name,
                name: wire,
            };
            let Some(ty) = self.schema_type(&prop, &fpointer, Side::Request, &hint, 0) else {
                continue;
            };
            let description = self
                .resolve(&prop, &fpointer)
                .and_then(|(s, _)| s.schema_data.description.clone())
                .unwrap_or_default();
            params.push(Parameter {
                rust_name: scope.claim(&ident::snake(wire)),
                wire_name: wire.clone(),
                location: Location::Body,
                required: o.required.iter().any(|r| r == wire),
                ty,
                doc: docs::sanitize(&description),
            });
        }
    }

    /// Builds the navigation tree and names each operation's method.
    fn navigation(&mut self, operations: &mut [Operation]) -> Node {
        // Each operation's steps from its own path alone: where it is reached never depends on
        // which other operations are selected.
        let all_steps: Vec<Vec<Step>> = operations.iter().map(|op| path_steps(&op.path)).collect();
        let mut root = Node {
            doc: "The client.".to_owned(),
            ..Node::default()
        };
        let mut node_scope = Scope::default();
        // Type names are handed out shallow nodes first, so a top-level resource keeps the plain name.
        let mut order: Vec<usize> = (0..operations.len()).collect();
        order.sort_by_key(|&i| (all_steps[i].len(), operations[i].path.clone()));
        for i in order {
            let steps = all_steps[i].clone();
            let Some(last) = steps.last() else {
                continue;
            };
            let mut node = &mut root;
            let mut names: Vec<String> = Vec::new();
            let mut param_index = 0;
            // The names the handles above already carry, so that no handle has two fields of
            // one name (`/Assistants/{id}/Tools/{id}`).
            let mut carried: Vec<String> = Vec::new();
            // Every step is an instance (`call(&sid)`) where a path parameter follows its name,
            // and a collection (`calls()`) where none does: the same node whatever else is
            // selected, so an operation's place never depends on its neighbours.
            for step in steps.iter() {
                names.push(step.name.clone());
                let param = step.param.as_ref().and_then(|_| {
                    let p = operations[i].path_params.get(param_index).cloned();
                    param_index += 1;
                    p
                });
                let instance = step.param.is_some();
                let route = Route {
                    names: &names,
                    carried: &carried,
                };
                node = child_node(node, &route, step, param, instance, &mut node_scope, self);
                carried.extend(node.param.as_ref().map(|p| p.rust_name.clone()));
            }
            let op = &operations[i];
            operations[i].rust_name =
                verb(&op.operation_id, op.method, last.param.is_some()).to_owned();
            node.operations.push(i);
        }
        dedupe_methods(&mut root, operations);
        sort_tree(&mut root);
        root
    }
}

fn sort_tree(node: &mut Node) {
    node.children.sort_by(|a, b| a.accessor.cmp(&b.accessor));
    node.operations.sort_unstable();
    for c in &mut node.children {
        sort_tree(c);
    }
}

/// Gives every method on a node a distinct name that is not also an accessor.
fn dedupe_methods(node: &mut Node, operations: &mut [Operation]) {
    let mut scope = Scope::default();
    for c in &node.children {
        scope.claim(&c.accessor);
    }
    for reserved in [
        "new",
        "client",
        "builder",
        "account",
        "account_sid",
        "default_account",
        "from_env",
    ] {
        scope.claim(reserved);
    }
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for &i in &node.operations {
        *seen.entry(operations[i].rust_name.clone()).or_default() += 1;
    }
    for &i in &node.operations {
        let op = &mut operations[i];
        if seen.get(&op.rust_name).copied().unwrap_or(0) > 1 || scope.contains(&op.rust_name) {
            op.rust_name = ident::snake(&op.operation_id);
        }
        op.rust_name = scope.claim(&op.rust_name);
    }
    for c in &mut node.children {
        dedupe_methods(c, operations);
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// The name of an operation's method on its node: the verb its `operationId` starts with, where
/// that verb is one of fetch, list, create, update, replace or delete (or remove) and agrees
/// with the HTTP method, as every Twilio id does (`FetchCall`, `UpdateCall`, also on a path
/// without a SID such as `/v1/Deactivations`); otherwise one from the HTTP method and whether
/// the path ends at an instance.
pub(crate) fn verb(operation_id: &str, method: Method, instance: bool) -> &'static str {
    let first: String = operation_id
        .char_indices()
        .take_while(|&(i, c)| c.is_ascii_alphabetic() && (i == 0 || !c.is_ascii_uppercase()))
        .map(|(_, c)| c.to_ascii_lowercase())
        .collect();
    let named = match (first.as_str(), method) {
        ("fetch", Method::Get) => Some("fetch"),
        ("list", Method::Get) => Some("list"),
        ("create", Method::Post | Method::Put) => Some("create"),
        ("update", Method::Post | Method::Put | Method::Patch) => Some("update"),
        ("replace", Method::Put) => Some("replace"),
        ("delete" | "remove", Method::Delete) => Some("delete"),
        _ => None,
    };
    if let Some(named) = named {
        return named;
    }
    match (method, instance) {
        (Method::Get, false) => "list",
        (Method::Get, true) => "fetch",
        (Method::Post, false) => "create",
        (Method::Post | Method::Put | Method::Patch, true) => "update",
        (Method::Put, false) => "replace",
        (Method::Patch, false) => "patch",
        (Method::Delete, _) => "delete",
    }
}

/// Where a step is: the steps' names down to it, and the path values the handles above carry.
struct Route<'a> {
    names: &'a [String],
    carried: &'a [String],
}

/// Finds or makes the child of `node` for `step`.
fn child_node<'n>(
    node: &'n mut Node,
    route: &Route<'_>,
    step: &Step,
    param: Option<Parameter>,
    context: bool,
    scope: &mut Scope,
    lowerer: &mut Lowerer<'_>,
) -> &'n mut Node {
    let (names, carried) = (route.names, route.carried);
    let is_account_root =
        names.len() == 1 && step.name == "Accounts" && context && step.param.is_some();
    let accessor = instance_accessor(&step.name, context);
    let kind = if context { "Context" } else { "List" };
    let found = node
        .children
        .iter()
        .position(|c| c.accessor == accessor && c.context == context);
    let index = match found {
        Some(i) => i,
        None => {
            let singular = ident::pascal(&ident::singular(&step.name));
            let mut type_name = ident::pascal(&format!("{singular} {kind}"));
            if scope.contains(&type_name) || lowerer.type_scope.contains(&type_name) {
                let parent: String = names[..names.len() - 1]
                    .iter()
                    .map(|n| ident::pascal(&ident::singular(n)))
                    .collect();
                type_name = ident::pascal(&format!("{parent} {singular} {kind}"));
            }
            let type_name = lowerer.type_scope.claim(&scope.claim(&type_name));
            let doc = if context {
                format!(
                    "{} and what it contains.",
                    capitalize(&article(&describe_sid(&format!("{singular}Sid"))))
                )
            } else {
                format!("The {} resources.", describe_sid(&format!("{singular}Sid")))
            };
            // A context's SID is named after its resource (`call_sid`), even where a path calls
            // it just `Sid`, and so is a name that a handle above already carries
            // (`/Assistants/{id}/Tools/{id}`: `id`, then `tool_id`).
            let param = param.filter(|_| context).map(|mut p| {
                if p.wire_name == "Sid" || carried.contains(&p.rust_name) {
                    let own =
                        ident::snake(&format!("{} {}", ident::singular(&step.name), p.wire_name));
                    let mut name = own.clone();
                    let mut n = 2;
                    while carried.contains(&name) {
                        name = format!("{own}_{n}");
                        n += 1;
                    }
                    p.rust_name = name;
                }
                p
            });
            node.children.push(Node {
                type_name,
                accessor,
                param,
                doc,
                client_account: is_account_root,
                context,
                operations: Vec::new(),
                children: Vec::new(),
            });
            node.children.len() - 1
        }
    };
    &mut node.children[index]
}

/// The accessor of a step: the collection by its path segment (`calls()`), an instance by the
/// resource's singular name (`call(&sid)`). Where the two would be the same word (`Media`,
/// `Sms`), the instance's takes `_instance` (`media_instance(&sid)`), so both exist on one
/// handle.
fn instance_accessor(name: &str, instance: bool) -> String {
    let plural = ident::snake(name);
    if !instance {
        return plural;
    }
    let single = ident::snake(&ident::singular(name));
    if single == plural {
        // `self_` (a keyword, escaped) gives `self_instance`.
        format!("{}_instance", single.trim_end_matches('_'))
    } else {
        single
    }
}

/// One step of a path below its version prefix: a name and the parameter after it, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Step {
    name: String,
    param: Option<String>,
}

/// `{Name}` placeholders of a path, in order.
fn path_template_params(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        out.push(rest[open + 1..open + close].to_owned());
        rest = &rest[open + close + 1..];
    }
    out
}

/// Splits a path into steps, dropping the version prefix and the `.json` suffix:
/// `/2010-04-01/Accounts/{AccountSid}/Calls.json` gives `Accounts {AccountSid}`, `Calls`.
fn path_steps(path: &str) -> Vec<Step> {
    let trimmed = path.strip_suffix(".json").unwrap_or(path);
    let segments: Vec<&str> = trimmed.split('/').filter(|s| !s.is_empty()).collect();
    let mut steps: Vec<Step> = Vec::new();
    let mut i = 0;
    while i < segments.len() {
        let seg = segments[i];
        let seg = seg.strip_suffix(".json").unwrap_or(seg);
        if seg.starts_with('{') {
            // A parameter with no name before it: attach to an unnamed step.
            let name = seg.trim_matches(|c| c == '{' || c == '}').to_owned();
            steps.push(Step {
                name: name.clone(),
                param: Some(name),
            });
            i += 1;
            continue;
        }
        let param = segments.get(i + 1).filter(|s| s.starts_with('{')).map(|s| {
            s.strip_suffix(".json")
                .unwrap_or(s)
                .trim_matches(|c| c == '{' || c == '}')
                .to_owned()
        });
        i += if param.is_some() { 2 } else { 1 };
        steps.push(Step {
            name: seg.to_owned(),
            param,
        });
    }
    // The version prefix (`2010-04-01`, `v1`) is not a resource.
    if steps.len() > 1 {
        let first = &steps[0];
        let versionish = first.param.is_none()
            && (first.name.starts_with(|c: char| c.is_ascii_digit())
                || (first.name.starts_with('v')
                    && first.name[1..].starts_with(|c: char| c.is_ascii_digit())));
        if versionish {
            steps.remove(0);
        }
    }
    steps
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

#[cfg(test)]
mod tests {
    /// Every type the crate root re-exports by name is reserved, so that no spec type (such as
    /// lookups_v2's `ValidationError` enum) can shadow it.
    #[test]
    fn every_reexported_runtime_type_is_reserved() {
        let lib = include_str!("../../templates/lib.rs.txt");
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

    use super::*;

    #[test]
    fn sid_patterns() {
        assert_eq!(
            parse_sid_pattern("^CA[0-9a-fA-F]{32}$"),
            Some((vec!["CA".to_owned()], true))
        );
        assert_eq!(
            parse_sid_pattern("OR[0-9a-f]{32}"),
            Some((vec!["OR".to_owned()], false))
        );
        assert_eq!(
            parse_sid_pattern("^(SM|MM)[0-9a-fA-F]{32}$"),
            Some((vec!["SM".to_owned(), "MM".to_owned()], true))
        );
        assert_eq!(
            parse_sid_pattern("^[a-zA-Z]{2}[0-9a-fA-F]{32}$"),
            Some((vec![], true))
        );
        assert_eq!(parse_sid_pattern("^[A-Z0-9]{6}$"), None);
        assert_eq!(parse_sid_pattern("^OQ[a-zA-Z0-9]{32}$"), None);
    }

    #[test]
    fn steps_drop_the_version_and_suffix() {
        let steps = path_steps(
            "/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessageSubscriptions/{Sid}.json",
        );
        let names: Vec<(&str, Option<&str>)> = steps
            .iter()
            .map(|s| (s.name.as_str(), s.param.as_deref()))
            .collect();
        assert_eq!(
            names,
            vec![
                ("Accounts", Some("AccountSid")),
                ("Calls", Some("CallSid")),
                ("UserDefinedMessageSubscriptions", Some("Sid"))
            ]
        );
        let steps = path_steps("/v1/Services/{Sid}/Configuration");
        assert_eq!(steps.len(), 2);
        assert_eq!(
            steps[1],
            Step {
                name: "Configuration".to_owned(),
                param: None
            }
        );
    }
}
