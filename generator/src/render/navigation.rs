//! Navigation and operations: the client's accessors, the collection and instance handles,
//! and each operation's method (request, decoding, paging glue).

use super::encoding::{has_checks, is_part_of_its_own};
use super::models::rust_type;
use super::params::params_struct;
use super::print::{doc_attr, doc_mark, id, parse};
use super::shapes::{self, Fill, Shapes};
use super::*;
use syn::ImplItem;

/// A path value carried by a handle: its field name and the parameter it came from.
#[derive(Clone)]
pub(super) struct ChainItem {
    pub(super) field: Ident,
    pub(super) param: Parameter,
}

pub(super) fn path_arg_type(p: &Parameter) -> (TokenStream, TokenStream) {
    // (argument type, stored type)
    match &p.ty {
        Type::Sid(n) | Type::Enum(n) => {
            let n = id(n);
            (quote!(&crate::#n), quote!(crate::#n))
        }
        Type::Integer { .. } => (quote!(i64), quote!(i64)),
        Type::Number { .. } => (quote!(f64), quote!(f64)),
        Type::Boolean => (quote!(bool), quote!(bool)),
        Type::Date => (quote!(time::Date), quote!(time::Date)),
        Type::Scalar => (quote!(impl Into<crate::Scalar>), quote!(crate::Scalar)),
        _ => (quote!(&str), quote!(String)),
    }
}

/// A path value as `Request::new` takes it: a `&str` safe for one segment. `borrowed` says
/// whether `expr` is already a reference (a method argument) rather than a field.
pub(super) fn path_value(p: &Parameter, expr: TokenStream, borrowed: bool) -> TokenStream {
    match &p.ty {
        Type::Sid(_) => quote!(#expr.as_str()),
        Type::Integer { .. } | Type::Number { .. } | Type::Boolean => quote!(&#expr.to_string()),
        Type::Scalar if borrowed => {
            quote!(&crate::formats::path_segment(&Into::<crate::Scalar>::into(#expr).to_string()))
        }
        Type::Scalar => quote!(&crate::formats::path_segment(&#expr.to_string())),
        Type::Enum(_) => quote!(&crate::formats::path_segment(#expr.as_str())),
        Type::Date => quote!(&crate::formats::path_segment(&crate::formats::format_date(&#expr))),
        _ if borrowed => quote!(&crate::formats::path_segment(#expr)),
        _ => quote!(&crate::formats::path_segment(&#expr)),
    }
}

/// An item of the resources' files (`resources/`), in file order.
pub(super) enum ResourceItem<'a> {
    /// An operation's parameters struct (named by the operation), with the operation's index.
    Params(usize, &'a Operation, &'a str),
    /// A node's handle type, with the path parameters it carries.
    Handle(&'a Node, Vec<&'a Parameter>),
    /// How a list's page splits into items and the next page's link (once per page type).
    PageBody(&'a crate::model::Paging, &'a str),
}

/// The items of the resources' files under `node`, in file order: the parameters structs of the
/// node's operations, its handle (unless it is the root), then its children's, depth first.
pub(super) fn resource_items<'a>(
    api: &'a Api,
    node: &'a Node,
    chain: &[&'a Parameter],
    is_root: bool,
    out: &mut Vec<ResourceItem<'a>>,
) {
    for &i in &node.operations {
        let op = &api.operations[i];
        if let Some(ps) = &op.params_struct {
            out.push(ResourceItem::Params(i, op, ps));
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
    pub(super) fn items(&self, api: &Api) -> Result<Vec<syn::Item>, Diagnostic> {
        let tokens = match self {
            ResourceItem::Params(_, op, ps) => return params_struct(op, ps),
            ResourceItem::PageBody(paging, page) => page_body_impl(paging, page),
            ResourceItem::Handle(node, params) => {
                let chain: Vec<ChainItem> = params
                    .iter()
                    .map(|p| ChainItem {
                        field: id(&p.rust_name),
                        param: (*p).clone(),
                    })
                    .collect();
                return handle_item(api, node, &chain);
            }
        };
        Ok(parse::<syn::File>(tokens)?.items)
    }
}

/// The account the client stands for (Twilio's), and its sub-resources the client reaches
/// directly: every one whose accessor the client does not have already (nor its operations on
/// `/`, nor `default_account`).
pub(super) fn account_shortcuts(api: &Api) -> Option<(&Node, Vec<&Node>)> {
    let account = api.root.children.iter().find(|c| c.client_account)?;
    let taken: Vec<&str> = api
        .root
        .children
        .iter()
        .map(|c| c.accessor.as_str())
        .chain(
            api.root
                .operations
                .iter()
                .map(|&i| api.operations[i].rust_name.as_str()),
        )
        .chain(["default_account"])
        .collect();
    let shortcuts = account
        .children
        .iter()
        .filter(|c| !taken.contains(&c.accessor.as_str()))
        .collect();
    Some((account, shortcuts))
}

/// The start of `resources/mod.rs`: the client's methods (its accessors, its own
/// operations and the shortcuts to its own account's). A product of a crate made of several
/// specs has them on its own type instead, which the client's method of its name gives.
pub(super) fn client_impl(api: &Api) -> Result<Vec<syn::Item>, Diagnostic> {
    let (client, lifetime) = match &api.product {
        None => (quote!(self), quote!('_)),
        Some(_) => (quote!(self.client), quote!('a)),
    };
    let mut client_methods = match &api.product {
        None => node_methods(api, &api.root, &[], true)?,
        Some(_) => Vec::new(),
    };
    // Shortcuts: the client stands for its own account.
    if let Some((account, shortcuts)) = account_shortcuts(api) {
        let ty = id(&account.type_name);
        let param = account
            .param
            .as_ref()
            .map(|p| (id(&p.rust_name), path_arg_type(p).1));
        if let Some((field, stored)) = param {
            client_methods.push(parse(quote! {
                /// The client's own account: the one whose SID the client was built with.
                pub fn default_account(&self) -> crate::#ty<#lifetime> {
                    crate::#ty { client: #client, #field: #stored::from_checked(#client.account_sid().to_owned()) }
                }
            })?);
            // The account's sub-resources, from the client; not the account's own operations
            // (`client.account(&sid).fetch()`), which would read as the client's.
            for c in shortcuts {
                let accessor = id(&c.accessor);
                let cty = id(&c.type_name);
                let another = match &api.product {
                    None => "[`Client::account`](crate::Client::account)",
                    Some(_) => "[`account`](Self::account)",
                };
                let doc = doc_attr(&format!(
                    "{}\n\nIn the client's own account; see {another} for another.",
                    c.doc
                ));
                match &c.param {
                    Some(p) => {
                        let arg = id(&p.rust_name);
                        let (arg_ty, _) = path_arg_type(p);
                        client_methods.push(parse(quote! {
                            #doc
                            pub fn #accessor(&self, #arg: #arg_ty) -> crate::#cty<#lifetime> {
                                self.default_account().#accessor(#arg)
                            }
                        })?);
                    }
                    None => client_methods.push(parse(quote! {
                        #doc
                        pub fn #accessor(&self) -> crate::#cty<#lifetime> {
                            self.default_account().#accessor()
                        }
                    })?),
                }
            }
        }
    }
    let Some(product) = &api.product else {
        return Ok(vec![shapes::with(|s| {
            Fill::default()
                .items(client_methods)
                .shape(&s.handles.client_impl)
        })]);
    };
    let root = Node {
        type_name: product.type_name.clone(),
        doc: product_doc(api, product),
        ..api.root.clone()
    };
    let mut items = handle_item(api, &root, &[])?;
    if !client_methods.is_empty() {
        let ty = id(&product.type_name);
        items.push(parse(quote! {
            impl<'a> #ty<'a> {
                #(#client_methods)*
            }
        })?);
    }
    Ok(items)
}

/// The docs of a product's type: the API it is, and how a client reaches it.
pub(super) fn product_doc(api: &Api, product: &crate::model::Product) -> String {
    let summary = if api.title.is_empty() {
        format!("The `{}` API", product.module)
    } else {
        format!("{} (`{}`)", api.title.trim_end_matches('.'), product.module)
    };
    format!(
        "{summary}: where its navigation starts, from [`Client::{}`](crate::Client::{}) (feature `{}`).\n\nGenerated from `{}`.",
        product.module, product.module, product.module, product.spec_name
    )
}

/// The methods of `node`'s handle (or of the client, for the root): accessors to its children,
/// then its operations.
pub(super) fn node_methods(
    api: &Api,
    node: &Node,
    chain: &[ChainItem],
    is_root: bool,
) -> Result<Vec<ImplItem>, Diagnostic> {
    let mut methods = Vec::new();
    let lifetime = id(if is_root { "_" } else { "a" });
    for child in &node.children {
        let cty = id(&child.type_name);
        let accessor = id(&child.accessor);
        let doc = doc_mark(&child.doc);
        let arg = child
            .param
            .as_ref()
            .map(|p| {
                Ok::<_, Diagnostic>((p, id(&p.rust_name), parse::<syn::Type>(path_arg_type(p).0)?))
            })
            .transpose()?;
        methods.push(ImplItem::Fn(shapes::with(|s| {
            let carried = chain
                .iter()
                .map(|c| {
                    let shape = match c.param.ty {
                        Type::Integer { .. } | Type::Number { .. } | Type::Boolean | Type::Date => {
                            &s.handles.carried_copy
                        }
                        _ => &s.handles.carried_clone,
                    };
                    Fill::default().ident("__field", &c.field).shape(shape)
                })
                .collect();
            let client = if is_root {
                &s.handles.client_self
            } else {
                &s.handles.client_field
            };
            let fill = Fill::default()
                .str("__doc", &doc)
                .ident("__accessor", &accessor)
                .ident("__Child", &cty)
                .ident("__l", &lifetime)
                .expr("__client", Fill::default().shape(client))
                .inits(carried);
            match &arg {
                None => fill.shape(&s.handles.accessor),
                Some((p, arg, arg_ty)) => {
                    let fill = fill.ident("__arg", arg).ty("__Arg", arg_ty);
                    match p.ty {
                        Type::Integer { .. } | Type::Number { .. } | Type::Boolean | Type::Date => {
                            fill.shape(&s.handles.accessor_with_copy)
                        }
                        Type::Scalar => {
                            let store = Fill::default()
                                .ident("__arg", arg)
                                .shape(&s.handles.arg_into);
                            fill.expr("__store", store).shape(&s.handles.accessor_with)
                        }
                        Type::Sid(_) | Type::Enum(_) => {
                            let store = Fill::default()
                                .ident("__arg", arg)
                                .shape(&s.handles.arg_clone);
                            fill.expr("__store", store).shape(&s.handles.accessor_with)
                        }
                        _ => {
                            let store = Fill::default()
                                .ident("__arg", arg)
                                .shape(&s.handles.arg_owned);
                            fill.expr("__store", store).shape(&s.handles.accessor_with)
                        }
                    }
                }
            }
        })));
    }
    for &i in &node.operations {
        methods.extend(operation_method(&api.operations[i], chain, is_root)?);
    }
    Ok(methods)
}

/// The handle type of a node below the root: the path values it carries, and its methods.
pub(super) fn handle_item(
    api: &Api,
    node: &Node,
    chain: &[ChainItem],
) -> Result<Vec<syn::Item>, Diagnostic> {
    let methods = node_methods(api, node, chain, false)?;
    let ty = id(&node.type_name);
    let doc = doc_mark(&node.doc);
    let mut stored = Vec::with_capacity(chain.len());
    for c in chain {
        stored.push(parse::<syn::Type>(path_arg_type(&c.param).1)?);
    }
    Ok(shapes::with(|s| {
        let fields = chain
            .iter()
            .zip(&stored)
            .map(|(c, ty)| {
                Fill::default()
                    .ident("__field", &c.field)
                    .ty("__Stored", ty)
                    .shape(&s.handles.handle_field)
            })
            .collect();
        let mut debug = Fill::default()
            .str("__name", &node.type_name)
            .shape(&s.handles.debug_start);
        for c in chain {
            let name = c.field.to_string();
            debug = Fill::default()
                .expr("__chain", debug)
                .str("__name", &name)
                .ident("__field", &c.field)
                .shape(&s.handles.debug_field);
        }
        let debug = Fill::default()
            .expr("__chain", debug)
            .shape(&s.handles.debug_end);
        let named = || Fill::default().ident("__Type", &ty);
        vec![
            named()
                .str("__doc", &doc)
                .fields(fields)
                .shape(&s.handles.handle_struct),
            named().expr("__body", debug).shape(&s.handles.handle_debug),
            named().items(methods).shape(&s.handles.handle_impl),
        ]
    }))
}

pub(super) fn operation_method(
    op: &Operation,
    chain: &[ChainItem],
    is_root: bool,
) -> Result<Vec<ImplItem>, Diagnostic> {
    let name = id(&op.rust_name);
    // The handles above supply the path's values in order; any left over (a value inside a
    // segment, as in `thumbnail.{extension}`) are the method's arguments.
    let expected = chain.len();
    if expected > op.path_params.len() {
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
    let (values, mut fn_args) = path_values(op, chain)?;
    let (inits, stmts) = request_parts(op, &mut fn_args);
    let verb = id(&op.method.as_str().to_ascii_uppercase());
    let request = shapes::with(|s| {
        let method = Fill::default()
            .ident("__Verb", &verb)
            .shape(&s.operations.method);
        let new = Fill::default()
            .expr("__method", method)
            .str("__server", &op.server)
            .str("__template", &op.path)
            .values(values)
            .shape(&s.operations.request_new);
        if inits.is_empty() {
            new
        } else {
            Fill::default()
                .inits(inits)
                .expr("__new", new)
                .shape(&s.operations.request_with)
        }
    });
    let (ret, call) = match &op.returns {
        Returns::Nothing => (quote!(()), "call_empty"),
        Returns::Json(ty @ Type::Struct(_)) => (rust_type(ty), "call_object"),
        Returns::Json(ty) => (rust_type(ty), "call_json"),
        Returns::Text => (quote!(String), "call_text"),
        Returns::Bytes => (quote!(Vec<u8>), "call_bytes"),
    };
    let mut doc = op.doc.clone();
    doc.push_str(&format!(
        "\n\n`{} {}` (`{}`).\n\n# Errors\n\n[`Error::Validation`](crate::Error::Validation) if an input breaks a rule of the API (nothing is sent), [`Error::Api`](crate::Error::Api) if the API refuses the request, [`Error::Transport`](crate::Error::Transport) if it does not complete, and [`Error::Undecodable`](crate::Error::Undecodable) if the answer cannot be read.",
        op.method.as_str(),
        op.path,
        op.operation_id
    ));
    let client = shapes::with(|s| {
        if is_root {
            Fill::default().shape(&s.handles.client_self)
        } else {
            Fill::default().shape(&s.handles.client_field)
        }
    });
    let (Some(paging), Returns::Json(Type::Struct(page))) = (&op.paging, &op.returns) else {
        let (ret, call, doc) = (parse::<syn::Type>(ret)?, id(call), doc_mark(&doc));
        return Ok(vec![ImplItem::Fn(shapes::with(|s| {
            Fill::default()
                .str("__doc", &doc)
                .ident("__name", &name)
                .args(fn_args)
                .ty("__Ret", &ret)
                .stmts(stmts)
                .expr("__request", request)
                .expr("__client", client)
                .ident("__call", &call)
                .shape(&s.operations.operation)
        }))]);
    };
    list_methods(
        op,
        paging,
        page,
        MethodParts {
            name,
            args: fn_args,
            stmts,
            request,
            client,
            doc,
        },
        is_root,
    )
}

/// The path's values, in order: from the handles above (`chain`), the rest from the method's
/// arguments, which are returned too.
fn path_values(
    op: &Operation,
    chain: &[ChainItem],
) -> Result<(Vec<syn::Expr>, Vec<syn::FnArg>), Diagnostic> {
    let mut values = Vec::new();
    let mut fn_args = Vec::new();
    for (idx, p) in op.path_params.iter().enumerate() {
        if idx < chain.len() {
            let (f, param) = (&chain[idx].field, &chain[idx].param);
            values.push(match param.ty {
                Type::Sid(_) => shapes::with(|s| {
                    Fill::default()
                        .ident("__field", f)
                        .shape(&s.operations.path_sid)
                }),
                _ => parse(path_value(param, quote!(self.#f), false))?,
            });
        } else {
            let arg = id(&p.rust_name);
            let arg_ty: syn::Type = parse(path_arg_type(p).0)?;
            fn_args.push(shapes::with(|s| {
                Fill::default()
                    .ident("__arg", &arg)
                    .ty("__Arg", &arg_ty)
                    .shape(&s.operations.path_arg)
            }));
            values.push(match p.ty {
                Type::Sid(_) => shapes::with(|s| {
                    Fill::default()
                        .ident("__arg", &arg)
                        .shape(&s.operations.path_sid_arg)
                }),
                _ => parse(path_value(p, quote!(#arg), true))?,
            });
        }
    }

    Ok((values, fn_args))
}

/// The request's fields that are not `Request::new`'s, and the statements before it; a
/// parameters struct adds its argument to `fn_args`.
fn request_parts(
    op: &Operation,
    fn_args: &mut Vec<syn::FnArg>,
) -> (Vec<syn::FieldValue>, Vec<syn::Stmt>) {
    let mut stmts = Vec::new();
    let mut inits = Vec::new();
    let has_params = op.params_struct.is_some();
    shapes::with(|s| {
        let init =
            |pick: fn(&Shapes) -> &shapes::Named<syn::FieldValue>| Fill::default().shape(pick(s));
        if let Some(ps) = &op.params_struct {
            let ps = id(ps);
            fn_args.push(
                Fill::default()
                    .ident("__Params", &ps)
                    .shape(&s.operations.params_arg),
            );
            if op.params.iter().any(|p| p.location == Location::Query) {
                inits.push(init(|s| &s.operations.query_init));
            }
            if op.params.iter().any(|p| p.location == Location::Header) {
                inits.push(init(|s| &s.operations.headers_init));
            }
            match op.body {
                Some(BodyKind::Form) if op.params.iter().any(|p| p.location == Location::Body) => {
                    inits.push(init(|s| &s.operations.form_init));
                }
                Some(BodyKind::Json) => inits.push(init(|s| &s.operations.json_init)),
                Some(BodyKind::Multipart) => {
                    let body = op.params.iter().filter(|p| p.location == Location::Body);
                    let (files, fields): (Vec<_>, Vec<_>) =
                        body.partition(|p| is_part_of_its_own(p));
                    let fields = if fields.is_empty() {
                        Fill::default().shape(&s.operations.no_pairs)
                    } else {
                        Fill::default().shape(&s.operations.form_pairs)
                    };
                    let files = if files.is_empty() {
                        Fill::default().shape(&s.operations.no_files)
                    } else {
                        Fill::default().shape(&s.operations.file_parts)
                    };
                    inits.push(
                        Fill::default()
                            .expr("__fields", fields)
                            .expr("__files", files)
                            .shape(&s.operations.multipart_init),
                    );
                }
                Some(BodyKind::Raw) => {
                    if let Some(p) = op.params.iter().find(|p| p.location == Location::Body) {
                        inits.push(
                            Fill::default()
                                .ident("__field", &id(&p.rust_name))
                                .str("__media", &p.wire_name)
                                .shape(&s.operations.raw_init),
                        );
                    }
                }
                _ => {}
            }
        } else if op.body == Some(BodyKind::Json) {
            inits.push(init(|s| &s.operations.empty_json_init));
        }
        if let Some(security) = &op.security {
            // An operation that names its security schemes (none, for a public one).
            inits.push(
                Fill::default()
                    .values(
                        security
                            .iter()
                            .map(|set| syn::parse_quote!(&[#(#set),*]))
                            .collect(),
                    )
                    .shape(&s.operations.security_init),
            );
        }
        if op.accept != "application/json" {
            inits.push(
                Fill::default()
                    .str("__accept", &op.accept)
                    .shape(&s.operations.accept_init),
            );
        }
        if !(200..300).contains(&op.status) {
            // Twilio's 307 with a body.
            let status = shapes::literal(Literal::u16_unsuffixed(op.status));
            inits.push(
                Fill::default()
                    .expr("__status", status)
                    .shape(&s.operations.success_init),
            );
        }
        // GET and DELETE may be repeated (as `Request::new` knows); a POST only with an
        // idempotency key, made here if the caller gave none, so that every attempt carries
        // the same one.
        if op.idempotency_key.is_some() {
            if !matches!(op.method, Method::Get | Method::Delete) {
                inits.push(init(|s| &s.operations.idempotent_init));
            }
            stmts.push(Fill::default().shape(&s.operations.ensure_key));
        }
        if has_params && has_checks(op) {
            stmts.push(Fill::default().shape(&s.operations.validate_call));
        }
    });
    (inits, stmts)
}

/// What the methods of an operation are made of.
struct MethodParts {
    name: Ident,
    args: Vec<syn::FnArg>,
    /// What comes before the request is built: the idempotency key, the checks.
    stmts: Vec<syn::Stmt>,
    request: syn::Expr,
    client: syn::Expr,
    doc: String,
}

/// A list's methods: `list` collects every item, `stream` yields them, `page` gives one page;
/// all three send the request that one private method builds.
fn list_methods(
    op: &Operation,
    paging: &crate::model::Paging,
    page: &str,
    parts: MethodParts,
    is_root: bool,
) -> Result<Vec<ImplItem>, Diagnostic> {
    let MethodParts {
        name,
        args: fn_args,
        mut stmts,
        request,
        client,
        doc,
    } = parts;
    let has_params = op.params_struct.is_some();
    let stream = id(&paging.stream_method);
    let page_fn = id(&paging.page_method);
    let build = id(&format!("{}_request", op.rust_name));
    let (page, item) = (id(page), id(&paging.item_type));
    let list_doc = doc_mark(&if has_params {
        format!(
            "{doc}\n\nEvery item of every page, following each page's link to the next, at most the parameters' [`limit`](crate::{ps}::limit) (all without one).",
            ps = op.params_struct.as_deref().unwrap_or("paging")
        )
    } else {
        format!("{doc}\n\nEvery item of every page, following each page's link to the next.")
    });
    let stream_doc = format!(
        " The items of [`{}`](Self::{}) one by one: a page is fetched only when the stream",
        op.rust_name, op.rust_name
    );
    let page_doc = format!(
        " The first page of [`{}`](Self::{}), with [`Page::next_page`](crate::paging::Page::next_page) to fetch the next.",
        op.rust_name, op.rust_name
    );
    // The stream and the page borrow the client, not the handle they were made from.
    let lifetime = id(if is_root { "_" } else { "a" });
    Ok(shapes::with(|s| {
        let (first, limit) = if has_params {
            (
                &s.operations.first_request_params,
                &s.operations.limit_params,
            )
        } else {
            (&s.operations.first_request, &s.operations.limit_none)
        };
        let first = Fill::default().ident("__build", &build).shape(first);
        if paging.page_size.is_some() && has_params {
            stmts.insert(0, Fill::default().shape(&s.operations.with_page_size));
        }
        // The three ways to walk the list share their arguments and their first request.
        let walk = || {
            Fill::default()
                .args(fn_args.clone())
                .ident("__Page", &page)
                .expr("__client", client.clone())
                .expr("__first", first.clone())
        };
        let items = || {
            walk()
                .ident("__Item", &item)
                .expr("__limit", Fill::default().shape(limit))
        };
        let stream_shape = if is_root {
            &s.operations.list_stream_root
        } else {
            &s.operations.list_stream
        };
        [
            items()
                .ident("__name", &name)
                .str("__doc", &list_doc)
                .shape(&s.operations.list_all),
            items()
                .ident("__name", &stream)
                .str("__doc", &stream_doc)
                .shape(stream_shape),
            walk()
                .ident("__name", &page_fn)
                .ident("__l", &lifetime)
                .str("__doc", &page_doc)
                .shape(&s.operations.list_page),
            Fill::default()
                .args(fn_args.clone())
                .ident("__name", &build)
                .stmts(stmts)
                .expr("__request", request)
                .shape(&s.operations.list_request),
        ]
        .into_iter()
        .map(ImplItem::Fn)
        .collect()
    }))
}

/// The `PageBody` impl of a list's page: its items and the link to the next page.
pub(super) fn page_body_impl(paging: &crate::model::Paging, page: &str) -> TokenStream {
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
