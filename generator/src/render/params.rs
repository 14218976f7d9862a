//! Parameter structs: one per operation with inputs, `new` with the required ones, a setter
//! per optional one, clap attributes for the command line, and secrets kept out of `Debug`.

use super::encoding::{PairInput, arg_type, is_part_of_its_own, pairs_fn, rules, to_json};
use super::models::{nested, rust_type};
use super::print::{doc_attr, doc_mark, id, lit, parse, parse_field};
use super::shapes::{self, Fill, Shapes};
use super::*;
use syn::ImplItem;

/// The setter of an optional input of a parameters struct, which sits in its `impl` block.
pub(super) struct Setter<'a> {
    pub(super) field: &'a str,
    pub(super) doc: &'a str,
    pub(super) ty: &'a Type,
}

impl Setter<'_> {
    /// The setter, in its `impl` block.
    pub(super) fn item(&self) -> Result<ImplItem, Diagnostic> {
        let f = id(self.field);
        let doc = doc_mark(self.doc);
        let arg: syn::Type = parse(arg_type(self.ty))?;
        let pick = |s: &Shapes| -> syn::ImplItemFn {
            let shape = match self.ty {
                Type::String | Type::Url | Type::DateInput | Type::Binary | Type::Scalar => {
                    &s.params.setter_into
                }
                Type::Array(inner) if matches!(nested(inner), Type::String) => {
                    &s.params.setter_strings
                }
                Type::Array(_) => &s.params.setter_list,
                _ => &s.params.setter_value,
            };
            Fill::default()
                .ident("__field", &f)
                .ty("__Arg", &arg)
                .str("__doc", &doc)
                .shape(shape)
        };
        Ok(ImplItem::Fn(shapes::with(pick)))
    }
}

/// A field of a parameters struct, which is also a flag of the operation's subcommand.
pub(super) struct FlagField<'a> {
    pub(super) name: &'a str,
    pub(super) flag: &'a str,
    /// The flag's help, without its full stop.
    pub(super) help: String,
    pub(super) ty: &'a Type,
    /// Held as an `Option` (an optional input that is not a list).
    pub(super) optional: bool,
    /// A required list: its flag must be given at least once.
    pub(super) required_list: bool,
}

/// The struct that holds an operation's inputs (its `impl` block is built apart).
pub(super) struct ParamsStruct<'a> {
    pub(super) name: &'a str,
    pub(super) doc: &'a str,
    /// Derives `Default` (no input is required).
    pub(super) default: bool,
    pub(super) fields: &'a [FlagField<'a>],
    /// A list's: it has a `limit` that is not an input (and not a flag).
    pub(super) paged: bool,
    /// Derives `Debug` (no input holds a secret; otherwise `Debug` is written out).
    pub(super) debug: bool,
}

impl ParamsStruct<'_> {
    /// The struct (its `impl` block is built apart), from shapes: a field whose flag takes
    /// only `arg(long)` and its doc comment is a clone of one, any other is parsed.
    pub(super) fn item(&self) -> Result<syn::Item, Diagnostic> {
        let name = id(self.name);
        let doc = doc_mark(self.doc);
        let mut fields = Vec::with_capacity(self.fields.len() + 1);
        for f in self.fields {
            let fname = id(f.name);
            let ty = rust_type(f.ty);
            let ty = if f.optional { quote!(Option<#ty>) } else { ty };
            if super::flags::FlagForm::new(f.flag, f.name, &f.help, f.ty, f.required_list)
                .is_plain()
            {
                let (ty, help) = (parse::<syn::Type>(ty)?, doc_mark(&f.help));
                fields.push(shapes::with(|s| {
                    Fill::default()
                        .ident("__field", &fname)
                        .ty("__Type", &ty)
                        .str("__doc", &help)
                        .shape(&s.params.flag_field)
                }));
            } else {
                let attrs =
                    super::flags::input_flag_attrs(f.flag, f.name, &f.help, f.ty, f.required_list);
                fields.push(parse_field(quote!(#attrs pub #fname: #ty))?);
            }
        }
        if self.paged {
            fields.push(shapes::with(|s| {
                Fill::default().shape(&s.params.limit_field)
            }));
        }
        let mut item = shapes::with(|s| {
            Fill::default()
                .ident("__Name", &name)
                .str("__doc", &doc)
                .fields(fields)
                .shape(&s.params.params_struct)
        });
        // The shape derives `Clone, Debug, Default`: keep what this struct derives.
        if let syn::Item::Struct(s) = &mut item
            && let Some(syn::Meta::List(derive)) = s
                .attrs
                .iter_mut()
                .map(|a| &mut a.meta)
                .find(|m| m.path().is_ident("derive"))
        {
            let debug = self.debug.then(|| quote!(, Debug));
            let default = self.default.then(|| quote!(, Default));
            derive.tokens = quote!(Clone #debug #default);
        }
        Ok(item)
    }
}

/// `` `A`, `B` or `C` ``.
pub(super) fn list_words(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("`{w}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => quoted.concat(),
    }
}

/// What an operation's inputs give its parameters struct, gathered in one pass over them.
#[derive(Default)]
struct Inputs<'o> {
    /// The fields, with their command-line flags.
    fields: Vec<FlagField<'o>>,
    /// `new`'s arguments (the required inputs) and the fields it fills (every input).
    ctor_args: Vec<TokenStream>,
    ctor_fields: Vec<TokenStream>,
    setters: Vec<ImplItem>,
    validate: Vec<syn::Stmt>,
    /// The inputs written as query, header or form pairs, by kind.
    pairs: BTreeMap<&'static str, Vec<PairInput<'o>>>,
    /// A multipart body's file inputs.
    files: Vec<&'o Parameter>,
}

impl<'o> Inputs<'o> {
    fn of(op: &'o Operation, flags: &'o [String]) -> Result<Self, Diagnostic> {
        let mut inputs = Inputs::default();
        for (p, flag) in op.params.iter().zip(flags) {
            inputs.add(op, p, flag)?;
        }
        inputs.validate.extend(group_checks(op)?);
        Ok(inputs)
    }

    fn add(&mut self, op: &Operation, p: &'o Parameter, flag: &'o str) -> Result<(), Diagnostic> {
        let f = id(&p.rust_name);
        let is_array = matches!(p.ty, Type::Array(_));
        self.fields.push(FlagField {
            name: &p.rust_name,
            flag,
            help: super::flags::input_flag_help(p),
            ty: &p.ty,
            optional: !(p.required || is_array),
            required_list: p.required && is_array,
        });
        if p.required {
            let arg_ty = arg_type(&p.ty);
            self.ctor_args.push(quote!(#f: #arg_ty));
            let string_like = matches!(
                p.ty,
                Type::String | Type::Url | Type::DateInput | Type::Binary | Type::Scalar
            );
            self.ctor_fields.push(if string_like {
                quote!(#f: #f.into())
            } else if matches!(&p.ty, Type::Array(inner) if matches!(nested(inner), Type::String)) {
                quote!(#f: #f.into_iter().map(Into::into).collect())
            } else if is_array {
                quote!(#f: #f.into_iter().collect())
            } else {
                quote!(#f)
            });
        } else {
            self.ctor_fields.push(if is_array {
                quote!(#f: Vec::new())
            } else {
                quote!(#f: None)
            });
            let pdoc = if p.doc.is_empty() {
                format!("`{}`.", p.wire_name)
            } else {
                p.doc.clone()
            };
            let setter = Setter {
                field: &p.rust_name,
                doc: &pdoc,
                ty: &p.ty,
            };
            self.setters.push(setter.item()?);
        }
        for rule in rules(p) {
            self.validate.push(rule.stmt(p)?);
        }
        let kind = match p.location {
            Location::Query => "query",
            Location::Header => "header",
            // A JSON body's members are written by `json_body`, a raw body is sent as it is,
            // and a multipart body's files are parts of their own (`file_parts`).
            Location::Body if matches!(op.body, Some(BodyKind::Json | BodyKind::Raw)) => {
                return Ok(());
            }
            // A multipart body's files are parts of their own, and so are its objects (sent as
            // JSON, as OpenAPI's default encoding for an object part says).
            Location::Body
                if p.ty == Type::Binary
                    || (op.body == Some(BodyKind::Multipart) && is_part_of_its_own(p)) =>
            {
                self.files.push(p);
                return Ok(());
            }
            Location::Body => "form",
            Location::Path | Location::Cookie => return Ok(()),
        };
        // One call per input: `Pairs::add` takes anything that iterates over displayable
        // values, so an absent value adds no pair and a list repeats its key.
        self.pairs.entry(kind).or_default().push(PairInput {
            wire: &p.wire_name,
            field: &p.rust_name,
            ty: &p.ty,
            one: p.required && !is_array,
            object: p.form_object.as_ref(),
        });
        Ok(())
    }
}

pub(super) fn params_struct(op: &Operation, ps: &str) -> Result<Vec<syn::Item>, Diagnostic> {
    let name = id(ps);
    let doc = format!(
        "The inputs of `{}`: required ones go to [`{ps}::new`], optional ones have setters.",
        op.operation_id
    );
    let flags = &op.command.flags;
    let Inputs {
        fields,
        ctor_args,
        mut ctor_fields,
        setters,
        validate,
        pairs,
        files,
    } = Inputs::of(op, flags)?;
    let mut pair_fns = Vec::new();
    for (kind, inputs) in &pairs {
        pair_fns.push(pairs_fn(kind, inputs)?);
    }
    let mut helpers = Vec::new();
    helpers.extend(json_body_fn(op));
    if !files.is_empty() {
        helpers.push(file_parts_fn(&files));
    }
    helpers.extend(idempotency_fn(op));
    let paged = matches!(
        (&op.paging, &op.returns),
        (Some(_), Returns::Json(Type::Struct(_)))
    );
    let limit_setter = if paged {
        ctor_fields.push(quote!(limit: None));
        helpers.extend(page_size_helper(op));
        Some(limit_setter())
    } else {
        None
    };
    let debug_impl = secret_debug(op, ps, paged);
    let has_secret = debug_impl.is_some();
    let params = ParamsStruct {
        name: ps,
        doc: &doc,
        default: ctor_args.is_empty(),
        fields: &fields,
        paged,
        debug: !has_secret,
    };
    let mut items = vec![params.item()?];
    if let Some(debug_impl) = debug_impl {
        items.push(parse(debug_impl)?);
    }
    items.push(parse(mock_inputs(op, ps, paged))?);
    // `new`, the setters, the limit's, `validate`, the pairs functions, the other helpers.
    let mut methods = vec![new_fn(op, &ctor_args, &ctor_fields)?];
    methods.extend(setters);
    if let Some(limit_setter) = limit_setter {
        methods.push(parse(limit_setter)?);
    }
    if !validate.is_empty() {
        methods.push(ImplItem::Fn(shapes::with(|s| {
            Fill::default().stmts(validate).shape(&s.params.validate_fn)
        })));
    }
    methods.extend(pair_fns);
    for tokens in helpers {
        methods.push(parse(tokens)?);
    }
    items.push(shapes::with(|s| {
        Fill::default()
            .ident("__Name", &name)
            .items(methods)
            .shape(&s.params.inherent_impl)
    }));
    Ok(items)
}

/// `ensure_idempotency_key`, where the operation takes an idempotency key.
fn idempotency_fn(op: &Operation) -> Option<TokenStream> {
    let f = id(op.idempotency_key.as_ref()?);
    Some(quote! {
        /// Gives the request an idempotency key if the caller did not, so that retries of it
        /// are recognised by Twilio as the same request.
        fn ensure_idempotency_key(mut self) -> Self {
            if self.#f.is_none() {
                self.#f = Some(crate::new_idempotency_key());
            }
            self
        }
    })
}

/// `new`: the required inputs as arguments (`Default` is derived where there are none), its
/// doc naming the conditional groups.
fn new_fn(
    op: &Operation,
    ctor_args: &[TokenStream],
    ctor_fields: &[TokenStream],
) -> Result<ImplItem, Diagnostic> {
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
    if ctor_args.is_empty() {
        let doc = doc_mark(&new_doc);
        return Ok(ImplItem::Fn(shapes::with(|s| {
            Fill::default()
                .str("__doc", &doc)
                .shape(&s.params.new_default)
        })));
    }
    // The spec decides how many inputs are required; a constructor mirrors it.
    let many_args = if ctor_args.len() > 7 {
        quote!(#[allow(clippy::too_many_arguments)])
    } else {
        quote!()
    };
    let new_doc = doc_attr(&new_doc);
    parse::<ImplItem>(quote! {
        #new_doc
        #many_args
        pub fn new(#(#ctor_args),*) -> Self {
            Self { #(#ctor_fields,)* }
        }
    })
}

/// The checks of the operation's conditional groups: at least one of each group's inputs.
fn group_checks(op: &Operation) -> Result<Vec<syn::Stmt>, Diagnostic> {
    let mut checks = Vec::new();
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
        checks.push(parse(quote! {
            if #(#given)&&* {
                return Err(crate::Error::validation(#names, #rule));
            }
        })?);
    }
    Ok(checks)
}

/// A list's `limit` setter.
fn limit_setter() -> TokenStream {
    quote! {
        /// The most items `list` and `stream` return (all without one). No page is asked for
        /// once it is reached, and without a page size the pages are this size (at most
        /// 1000), as Twilio's libraries do.
        pub fn limit(mut self, limit: usize) -> Self {
            self.limit = Some(limit);
            self
        }
    }
}

/// A list's `with_page_size`, if it has a page size: a limit gives one.
fn page_size_helper(op: &Operation) -> Option<TokenStream> {
    let name = op.paging.as_ref()?.page_size.as_ref()?;
    let size = id(name);
    // A page never asks for more than the spec allows; the limit is reached by following pages.
    let max = op
        .params
        .iter()
        .find(|p| &p.rust_name == name)
        .and_then(|p| match p.ty {
            Type::Integer { max: Some(max), .. } => usize::try_from(max).ok(),
            _ => None,
        })
        .filter(|max| (1..1000).contains(max));
    let Some(max) = max else {
        return Some(quote! {
            /// Without a page size, a limit asks for pages of its size (at most 1000).
            fn with_page_size(mut self) -> Self {
                if self.#size.is_none() && let Some(limit) = self.limit {
                    self.#size = crate::paging::page_size_for(limit);
                }
                self
            }
        });
    };
    let doc = lit(&format!(
        " Without a page size, a limit asks for pages of its size, at most {max} (the API's largest); more are read by following pages."
    ));
    let max = proc_macro2::Literal::usize_unsuffixed(max);
    Some(quote! {
        #[doc = #doc]
        fn with_page_size(mut self) -> Self {
            if self.#size.is_none() && let Some(limit) = self.limit {
                self.#size = crate::paging::page_size_for(limit.min(#max));
            }
            self
        }
    })
}

/// The `Debug` of a parameters struct that holds a secret (an input whose wire name ends in
/// `Password`, `Secret` or `Token`), which shows every input but those; `None` without one.
fn secret_debug(op: &Operation, ps: &str, paged: bool) -> Option<TokenStream> {
    let secret = |p: &Parameter| {
        ["Password", "Secret", "Token"]
            .iter()
            .any(|end| p.wire_name.ends_with(end))
    };
    if !op.params.iter().any(secret) {
        return None;
    }
    let (name, name_lit) = (id(ps), lit(ps));
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
    let limit_field = paged.then(|| quote!(.field("limit", &self.limit)));
    Some(quote! {
        /// Shows every input but those that hold secrets (passwords, secrets, tokens).
        impl std::fmt::Debug for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.debug_struct(#name_lit) #(#shown)* #limit_field .finish()
            }
        }
    })
}

/// `file_parts`, for a multipart body with files: each file given, under its part's name.
fn file_parts_fn(files: &[&Parameter]) -> TokenStream {
    let pushes = files.iter().map(|p| {
        let f = id(&p.rust_name);
        let wire = &p.wire_name;
        let part = if p.ty == Type::Binary {
            quote!(file.clone())
        } else {
            quote!(crate::Upload::json(file))
        };
        if p.required {
            quote!(out.extend([&self.#f].map(|file| (#wire, #part)));)
        } else {
            quote!(out.extend(self.#f.iter().map(|file| (#wire, #part)));)
        }
    });
    quote! {
        /// The files of the multipart body (and its objects, as JSON), each under its part's
        /// name.
        fn file_parts(&self) -> Vec<(&'static str, crate::Upload)> {
            let mut out = Vec::new();
            #(#pushes)*
            out
        }
    }
}

/// `json_body`, for an operation whose body is JSON: each member from its input, or the whole
/// body from the one input that is it (a body parameter without a name).
fn json_body_fn(op: &Operation) -> Option<TokenStream> {
    if op.body != Some(BodyKind::Json) {
        return None;
    }
    let mut members = Vec::new();
    for p in op.params.iter().filter(|p| p.location == Location::Body) {
        let (f, wire) = (id(&p.rust_name), lit(&p.wire_name));
        let is_array = matches!(p.ty, Type::Array(_));
        if p.wire_name.is_empty() {
            // The whole body, sent as it is.
            let value = to_json(&p.ty, &quote!(&self.#f));
            return Some(quote! {
                /// The JSON body.
                fn json_body(&self) -> serde_json::Value {
                    #value
                }
            });
        }
        let value = to_json(&p.ty, &quote!(v));
        let insert = quote!(out.insert(#wire.to_owned(), #value););
        members.push(if is_array && !p.required {
            quote!(if !self.#f.is_empty() { let v = &self.#f; #insert })
        } else if p.required || is_array {
            quote!({ let v = &self.#f; #insert })
        } else {
            quote!(if let Some(v) = &self.#f { #insert })
        });
    }
    Some(quote! {
        /// The JSON body.
        fn json_body(&self) -> serde_json::Value {
            let mut out = serde_json::Map::new();
            #(#members)*
            serde_json::Value::Object(out)
        }
    })
}

/// The function the mock (feature `mock`) reads a request's parameters with, for a value of
/// `ty`: serde's reading for most, a parse from text for URLs, scalars and date inputs, dates
/// and date-times in either of their wire forms, bytes for a file.
pub(super) fn mock_parser(ty: &Type) -> TokenStream {
    match ty {
        Type::Url | Type::Scalar | Type::DateInput => quote!(crate::mock::parsed),
        Type::DateTimeRfc2822 | Type::DateTime => quote!(crate::mock::date_time),
        Type::Date => quote!(crate::mock::date),
        Type::Binary => quote!(crate::mock::upload),
        Type::Json => quote!(crate::mock::json),
        Type::Array(inner) => mock_parser(&nested(inner)),
        _ => quote!(crate::mock::value),
    }
}

/// Where the mock finds an input in a request.
fn mock_place(op: &Operation, p: &Parameter) -> TokenStream {
    match (p.location, op.body) {
        (Location::Query, _) => quote!(crate::mock::Place::Query),
        (Location::Header, _) => quote!(crate::mock::Place::Header),
        (Location::Cookie, _) => quote!(crate::mock::Place::Cookie),
        (_, Some(BodyKind::Json)) if !p.wire_name.is_empty() => quote!(crate::mock::Place::Json),
        (_, Some(BodyKind::Multipart)) => quote!(crate::mock::Place::Part),
        (_, Some(BodyKind::Form)) => quote!(crate::mock::Place::Form),
        _ => quote!(crate::mock::Place::Body),
    }
}

/// `Inputs` (feature `mock`): the parameters struct read back from a request, each input from
/// where the operation sends it.
fn mock_inputs(op: &Operation, ps: &str, paged: bool) -> TokenStream {
    let name = id(ps);
    let fields = op.params.iter().map(|p| {
        let f = id(&p.rust_name);
        let (place, wire, parser) = (mock_place(op, p), lit(&p.wire_name), mock_parser(&p.ty));
        if let Some(crate::model::FormObject::Members(keys)) = &p.form_object {
            let keys = keys.iter().map(|m| {
                let (name, key, list) = (&m.name, &m.key, m.list);
                quote!((#name, #key, #list))
            });
            return if p.required {
                quote!(#f: request.members_one(#place, &[#(#keys),*], #parser)?)
            } else {
                quote!(#f: request.members(#place, &[#(#keys),*], #parser)?)
            };
        }
        let read = if matches!(p.ty, Type::Array(_)) {
            quote!(many)
        } else if p.required {
            quote!(one)
        } else {
            quote!(opt)
        };
        quote!(#f: request.#read(#place, #wire, #parser)?)
    });
    let limit = paged.then(|| quote!(limit: None,));
    quote! {
        #[cfg(feature = "mock")]
        impl crate::mock::Inputs for #name {
            fn read(request: &crate::mock::Incoming) -> Result<Self, String> {
                Ok(Self { #(#fields,)* #limit })
            }
        }
    }
}
