//! The blocking face of the navigation (feature `blocking`): a type per handle, of the same
//! name in `crate::blocking`, holding the async handle and the blocking client. Each accessor
//! gives the blocking child; each operation waits for the async method of the same name
//! (`crate::blocking::Client::wait`). Nothing about a request is decided here: the async
//! methods do it all.

use super::navigation::{account_shortcuts, path_arg_type};
use super::print::{doc_attr, id, parse};
use super::*;

/// An accessor of a blocking handle (or of the blocking client): the child's blocking type,
/// made from the async accessor of the same name.
fn accessor(
    child: &Node,
    from: &TokenStream,
    client: &TokenStream,
    lifetime: &TokenStream,
) -> TokenStream {
    let name = id(&child.accessor);
    let ty = id(&child.type_name);
    let doc = doc_attr(&format!(
        "{}\n\nThe blocking [`{}`](crate::{}).",
        child.doc, child.type_name, child.type_name
    ));
    match &child.param {
        Some(p) => {
            let arg = id(&p.rust_name);
            let (arg_ty, _) = path_arg_type(p);
            quote! {
                #doc
                pub fn #name(&self, #arg: #arg_ty) -> crate::blocking::#ty<#lifetime> {
                    crate::blocking::#ty { inner: #from.#name(#arg), client: #client }
                }
            }
        }
        None => quote! {
            #doc
            pub fn #name(&self) -> crate::blocking::#ty<#lifetime> {
                crate::blocking::#ty { inner: #from.#name(), client: #client }
            }
        },
    }
}

/// The blocking methods of one operation: the same name and arguments as the async one (a
/// method of `owner`), each waiting for it (a list's three).
fn operation(
    op: &Operation,
    owner: &str,
    carried: usize,
    from: &TokenStream,
    client: &TokenStream,
    lifetime: &TokenStream,
) -> Result<TokenStream, Diagnostic> {
    let name = id(&op.rust_name);
    let mut args = Vec::new();
    let mut names = Vec::new();
    // Path values no handle carries, then the parameters: as the async method takes them.
    for p in op.path_params.iter().skip(carried) {
        let arg = id(&p.rust_name);
        let ty: syn::Type = parse(path_arg_type(p).0)?;
        args.push(quote!(#arg: #ty));
        names.push(quote!(#arg));
    }
    if let Some(ps) = &op.params_struct {
        let ps = id(ps);
        args.push(quote!(params: crate::#ps));
        names.push(quote!(params));
    }
    let summary = crate::docs::summary(&op.doc);
    let waits = |method: &str| {
        doc_attr(&format!(
            "{summary}\n\nWaits for the async [`{method}`](crate::{owner}::{method}) (`{} {}`).\n\n# Errors\n\nAs the async method's.",
            op.method.as_str(),
            op.path
        ))
    };
    let ret = match &op.returns {
        Returns::Nothing => quote!(()),
        Returns::Json(ty) => super::models::rust_type(ty),
        Returns::Text => quote!(String),
        Returns::Bytes => quote!(Vec<u8>),
    };
    let (Some(paging), Returns::Json(Type::Struct(page))) = (&op.paging, &op.returns) else {
        let doc = waits(&op.rust_name);
        return Ok(quote! {
            #doc
            pub fn #name(&self, #(#args),*) -> Result<crate::Response<#ret>, crate::Error> {
                #client.wait(#from.#name(#(#names),*))
            }
        });
    };
    let (item, page) = (id(&paging.item_type), id(page));
    let (stream, page_fn) = (id(&paging.stream_method), id(&paging.page_method));
    let list_doc = waits(&op.rust_name);
    let stream_doc = doc_attr(&format!(
        "The items of [`{}`](Self::{}) one by one: a page is fetched only when the iterator reaches it; an error ends it.",
        op.rust_name, op.rust_name
    ));
    let page_doc = doc_attr(&format!(
        "The first page of [`{}`](Self::{}), with [`Page::next_page`](crate::blocking::Page::next_page) to fetch the next.\n\n# Errors\n\nAs the async method's.",
        op.rust_name, op.rust_name
    ));
    Ok(quote! {
        #list_doc
        pub fn #name(&self, #(#args),*) -> Result<Vec<crate::#item>, crate::Error> {
            #client.wait(#from.#name(#(#names),*))
        }
        #stream_doc
        pub fn #stream(&self, #(#args),*) -> crate::blocking::Iter<#lifetime, crate::#item> {
            crate::blocking::Iter::new(#client, #from.#stream(#(#names),*))
        }
        #page_doc
        pub fn #page_fn(&self, #(#args),*) -> Result<crate::blocking::Page<#lifetime, crate::#page>, crate::Error> {
            #client.wait(#from.#page_fn(#(#names),*)).map(|page| crate::blocking::Page::new(#client, page))
        }
    })
}

/// The blocking type of a handle: the async handle and the client, its accessors and its
/// operations. `carried` is how many path values the handles down to it carry.
pub(super) fn handle_items(
    api: &Api,
    node: &Node,
    carried: usize,
) -> Result<Vec<syn::Item>, Diagnostic> {
    let ty = id(&node.type_name);
    let doc = doc_attr(&format!(
        "{}\n\nThe blocking [`{}`](crate::{}): the same accessors and operations, each waiting for its answer.",
        node.doc, node.type_name, node.type_name
    ));
    let (from, client, lifetime) = (quote!(self.inner), quote!(self.client), quote!('a));
    let accessors = node
        .children
        .iter()
        .map(|c| accessor(c, &from, &client, &lifetime));
    let mut operations = Vec::new();
    for &i in &node.operations {
        let op = &api.operations[i];
        operations.push(operation(
            op,
            &node.type_name,
            carried,
            &from,
            &client,
            &lifetime,
        )?);
    }
    let tokens = quote! {
        #doc
        #[derive(Clone, Debug)]
        pub struct #ty<'a> {
            pub(crate) inner: crate::#ty<'a>,
            pub(crate) client: &'a crate::blocking::Client,
        }

        impl<'a> #ty<'a> {
            #(#accessors)*
            #(#operations)*
        }
    };
    Ok(parse::<syn::File>(tokens)?.items)
}

/// The blocking client's own methods: its accessors, its operations (on `/`), and for
/// Twilio the shortcuts to its own account's resources, as the async client has them. A
/// product of a crate made of several specs has them on its own blocking type instead.
pub(super) fn client_items(api: &Api) -> Result<Vec<syn::Item>, Diagnostic> {
    let (from, client, lifetime) = match &api.product {
        None => (quote!(self.inner), quote!(self), quote!('_)),
        Some(_) => (quote!(self.inner), quote!(self.client), quote!('a)),
    };
    let mut methods: Vec<TokenStream> = Vec::new();
    if api.product.is_none() {
        methods.extend(
            api.root
                .children
                .iter()
                .map(|c| accessor(c, &from, &client, &lifetime)),
        );
        for &i in &api.root.operations {
            methods.push(operation(
                &api.operations[i],
                "Client",
                0,
                &from,
                &client,
                &lifetime,
            )?);
        }
    }
    if let Some((account, shortcuts)) = account_shortcuts(api) {
        let ty = id(&account.type_name);
        methods.push(quote! {
            /// The client's own account: the one whose SID the client was built with.
            pub fn default_account(&self) -> crate::blocking::#ty<#lifetime> {
                crate::blocking::#ty { inner: #from.default_account(), client: #client }
            }
        });
        // The async client has the same shortcuts.
        for c in shortcuts {
            methods.push(accessor(c, &from, &client, &lifetime));
        }
    }
    let Some(product) = &api.product else {
        let tokens = quote! {
            impl crate::blocking::Client {
                #(#methods)*
            }
        };
        return Ok(parse::<syn::File>(tokens)?.items);
    };
    let root = Node {
        type_name: product.type_name.clone(),
        doc: super::navigation::product_doc(api, product),
        ..api.root.clone()
    };
    let mut items = handle_items(api, &root, 0)?;
    if !methods.is_empty() {
        let ty = id(&product.type_name);
        items.extend(
            parse::<syn::File>(quote! {
                impl<'a> #ty<'a> {
                    #(#methods)*
                }
            })?
            .items,
        );
    }
    Ok(items)
}

/// The docs of a product's `blocking` module.
pub(super) fn product_doc(product: &crate::model::Product) -> Vec<String> {
    vec![
        format!(
            "The blocking handles of `{}` (features `blocking` and `{}`): each waits for its",
            product.module, product.module
        ),
        format!(
            "answer; [`blocking::Client::{}`](crate::blocking::Client::{}) gives the first.",
            product.module, product.module
        ),
    ]
}

/// The docs of the `blocking` module: what it is, and how a program makes its client.
pub(super) fn module_doc(lib_name: &str) -> Vec<String> {
    let mut lines: Vec<String> = [
        "The blocking client (feature `blocking`): the async client's navigation, parameters,",
        "models and errors, each call waiting for its answer, for programs without an async",
        "runtime (a command-line tool, a build script, a Lambda). It holds the async client and",
        "waits for each of its calls on a runtime of its own: validation, retries, `Retry-After`,",
        "paging, tracing and decoding are the async client's. Used inside an async runtime, it",
        "waits on a thread of its own rather than panicking.",
        "",
        "```no_run",
    ]
    .map(str::to_owned)
    .to_vec();
    lines.push(format!(
        "let client = {lib_name}::blocking::Client::from_env()?;"
    ));
    lines.push("# let _ = client;".to_owned());
    lines.push(format!("# Ok::<(), {lib_name}::Error>(())"));
    lines.push("```".to_owned());
    lines
}
