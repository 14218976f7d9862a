//! The typed mock (feature `mock`): `src/mock/mod.rs`, a method per operation on the
//! runtime's `MockServer` (`src/mock/server.rs`, from `templates/runtime/mock.rs`), each mounting
//! a mock that reads requests back into the operation's parameters struct and answers as the
//! operation does. What each reads and answers is the model's: its path, status, return kind,
//! security, pages and `mock_method`.

use super::models::rust_type;
use super::print::{doc_attr, id, lit};
use super::*;

/// The module's docs: what the mock is, and a test that uses it.
pub(super) fn module_doc(lib_name: &str) -> Vec<String> {
    let mut lines: Vec<String> = [
        "A typed mock of the API (feature `mock`), to test the code that calls it without the",
        "network or real credentials.",
        "",
        "[`MockServer::start`] serves on 127.0.0.1, on a free port; [`MockServer::client`] is a",
        "client aimed at it with test credentials. Each operation has a method on the server, its",
        "`operationId` in snake_case, that mounts a [`Mock`]: `when` matches requests by their",
        "parameters, read back into the operation's own parameters struct; `times` expects a",
        "number of them; `respond` answers with the operation's success status and a value written",
        "as the API writes it (`respond_error`, `respond_status`, `respond_raw` and, for a list,",
        "`respond_items` for the rest). Answers are given in order, the last repeating. A request",
        "without credentials gets a 401, one that no mock matches a 404 in the API's error form;",
        "[`MockServer::verify`] panics, naming them, and each `times` not met.",
        "",
        "```no_run",
        "# async fn example() {",
    ]
    .map(str::to_owned)
    .to_vec();
    lines.push(format!(
        "let server = {lib_name}::mock::MockServer::start().await;"
    ));
    lines.extend(
        [
            "let client = server.client();",
            "// Mount mocks with the server's methods, run the code under test with `client`…",
            "# let _ = client;",
            "server.verify();",
            "# }",
            "```",
        ]
        .map(str::to_owned),
    );
    lines
}

/// The docs of a product's `mock` module, in a crate made of several specs.
pub(super) fn product_doc(product: &crate::model::Product) -> Vec<String> {
    vec![
        format!(
            "The typed mock of `{}` (features `mock` and `{}`): a method per operation on the",
            product.module, product.module
        ),
        format!(
            "type [`MockServer::{}`](crate::mock::MockServer::{}) gives, each mounting a [`Mock`].",
            product.module, product.module
        ),
    ]
}

/// The module's items: the runtime's re-exported, every operation's route, and the server's
/// method per operation; in a product's module of a crate made of several specs, the routes
/// and a type of the product's own with those methods.
pub(super) fn mock_items(api: &Api) -> Result<TokenStream, Diagnostic> {
    let routes = api
        .operations
        .iter()
        .zip(&api.mock_routes)
        .map(|(op, mock)| route(op, mock));
    let count = proc_macro2::Literal::usize_unsuffixed(api.operations.len());
    let methods = api.operations.iter().enumerate().map(|(i, op)| {
        let server = match api.product {
            None => quote!(self),
            Some(_) => quote!(self.server),
        };
        method(op, i, &server)
    });
    let Some(product) = &api.product else {
        return Ok(quote! {
            #[rustfmt::skip]
            mod server;
            pub use server::*;
            /// Every operation's route: a request is the operation whose route matches it most
            /// specifically, whether its mock is mounted or not.
            static ROUTES: [Route; #count] = [#(#routes),*];
            /// The routes the server matches requests against.
            fn routes() -> Vec<&'static Route> {
                ROUTES.iter().collect()
            }
            impl MockServer {
                #(#methods)*
            }
        });
    };
    let ty = id(&product.type_name);
    let doc = lit(&format!(
        " The mocks of `{}`'s operations, on the server that gave it.",
        product.module
    ));
    Ok(quote! {
        use crate::mock::*;
        /// Every operation's route: a request is the operation whose route matches it most
        /// specifically, whether its mock is mounted or not.
        pub(crate) static ROUTES: [Route; #count] = [#(#routes),*];
        #[doc = #doc]
        #[derive(Clone, Copy, Debug)]
        pub struct #ty<'s> {
            pub(crate) server: &'s MockServer,
        }
        impl #ty<'_> {
            #(#methods)*
        }
    })
}

/// The list's pages, if it has Twilio's.
fn pages(op: &Operation) -> Option<(&crate::model::Paging, &str)> {
    match (&op.paging, &op.returns) {
        (Some(paging), Returns::Json(Type::Struct(page))) => Some((paging, page.as_str())),
        _ => None,
    }
}

/// The operation's `Route`, as the model's [`MockRoute`](crate::model::MockRoute) has it.
fn route(op: &Operation, mock: &crate::model::MockRoute) -> TokenStream {
    let reply = match &op.returns {
        Returns::Nothing => quote!(Nothing),
        Returns::Json(_) => quote!(Json),
        Returns::Text => quote!(Text),
        Returns::Bytes => quote!(Bytes),
    };
    let pages_value = match &mock.pages {
        Some(p) => {
            let items = lit(&p.items);
            let next = match &p.next {
                crate::model::MockNext::Field(field) => {
                    let field = lit(field);
                    quote!(NextLink::Field(#field))
                }
                crate::model::MockNext::Meta { meta, link } => {
                    let (meta, link) = (lit(meta), lit(link));
                    quote!(NextLink::Meta {
                        meta: #meta,
                        link: #link
                    })
                }
            };
            let size = match &p.page_size {
                Some(s) => {
                    let s = lit(s);
                    quote!(Some(#s))
                }
                None => quote!(None),
            };
            quote!(Some(Pages { items: #items, next: #next, page_size: #size }))
        }
        None => quote!(None),
    };
    let security = match &op.security {
        Some(alternatives) => {
            let sets = alternatives.iter().map(|set| quote!(&[#(#set),*]));
            quote!(Some(&[#(#sets),*]))
        }
        None => quote!(None),
    };
    let (operation_id, method, path, base, media) = (
        lit(&op.operation_id),
        lit(op.method.as_str()),
        lit(&mock.template),
        lit(&mock.base),
        lit(&mock.media),
    );
    let status = proc_macro2::Literal::u16_unsuffixed(op.status);
    let required =
        proc_macro2::Literal::u16_unsuffixed(u16::try_from(mock.required).unwrap_or(u16::MAX));
    quote! {
        Route {
            operation_id: #operation_id,
            method: #method,
            template: #path,
            base: #base,
            media: #media,
            required: #required,
            status: #status,
            reply: Reply::#reply,
            security: #security,
            pages: #pages_value,
        }
    }
}

fn method(op: &Operation, index: usize, server: &TokenStream) -> TokenStream {
    let name = id(&op.mock_method);
    let params = match &op.params_struct {
        Some(ps) => {
            let ps = id(ps);
            quote!(crate::#ps)
        }
        None => quote!(()),
    };
    let ret = match &op.returns {
        Returns::Nothing => quote!(()),
        Returns::Json(ty) => rust_type(ty),
        Returns::Text => quote!(String),
        Returns::Bytes => quote!(Vec<u8>),
    };
    let list = pages(op).map(|(p, _)| {
        let item = id(&p.item_type);
        quote!(, Items<crate::#item>)
    });
    let summary = crate::docs::summary(&op.doc);
    let answers = if pages(op).is_some() {
        "; `respond_items` serves a list of items page by page"
    } else {
        ""
    };
    let doc = doc_attr(&format!(
        "Mounts a mock of `{}` (`{} {}`){}{answers}.",
        op.operation_id,
        op.method.as_str(),
        op.path,
        // A summary that only names the operation (the spec gave none) says nothing more.
        if summary.is_empty() || summary.contains(&format!("`{}`", op.operation_id)) {
            String::new()
        } else {
            format!(": {}", summary.trim_end_matches('.'))
        },
    ));
    let index = proc_macro2::Literal::usize_unsuffixed(index);
    quote! {
        #doc
        pub fn #name(&self) -> Mock<#params, #ret #list> {
            #server.mock(&ROUTES[#index])
        }
    }
}
