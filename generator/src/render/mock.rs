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

/// The module's items: the runtime's re-exported, and the server's method per operation.
pub(super) fn mock_items(api: &Api) -> Result<TokenStream, Diagnostic> {
    let methods = api.operations.iter().map(method);
    Ok(quote! {
        #[rustfmt::skip]
        mod server;
        pub use server::*;
        impl MockServer {
            #(#methods)*
        }
    })
}

/// The path a request of `op` has when the client is given a base URL: a server relative to
/// where the API is (`/api/v3`) stays in front of it; an absolute one is replaced whole.
fn template(op: &Operation) -> String {
    if op.server.starts_with('/') {
        format!("{}{}", op.server.trim_end_matches('/'), op.path)
    } else {
        op.path.clone()
    }
}

fn method(op: &Operation) -> TokenStream {
    let name = id(&op.mock_method);
    let params = match &op.params_struct {
        Some(ps) => {
            let ps = id(ps);
            quote!(crate::#ps)
        }
        None => quote!(()),
    };
    let (ret, reply) = match &op.returns {
        Returns::Nothing => (quote!(()), quote!(Nothing)),
        Returns::Json(ty) => (rust_type(ty), quote!(Json)),
        Returns::Text => (quote!(String), quote!(Text)),
        Returns::Bytes => (quote!(Vec<u8>), quote!(Bytes)),
    };
    let pages = match (&op.paging, &op.returns) {
        (Some(paging), Returns::Json(Type::Struct(_))) => Some(paging),
        _ => None,
    };
    let list = pages.map(|p| {
        let item = id(&p.item_type);
        quote!(, Items<crate::#item>)
    });
    let pages_value = match pages {
        Some(p) => {
            let items = lit(&p.items_field);
            let next = match &p.next {
                crate::model::NextLink::Field(field) => {
                    let field = lit(field);
                    quote!(NextLink::Field(#field))
                }
                crate::model::NextLink::Meta {
                    meta_field,
                    link_field,
                } => {
                    let (meta, link) = (lit(meta_field), lit(link_field));
                    quote!(NextLink::Meta { meta: #meta, link: #link })
                }
            };
            let size = p
                .page_size
                .as_ref()
                .and_then(|rust| op.params.iter().find(|q| &q.rust_name == rust))
                .map(|q| lit(&q.wire_name));
            let size = match size {
                Some(s) => quote!(Some(#s)),
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
    let (operation_id, method, path) = (
        lit(&op.operation_id),
        lit(op.method.as_str()),
        lit(&template(op)),
    );
    let status = proc_macro2::Literal::u16_unsuffixed(op.status);
    let summary = crate::docs::summary(&op.doc);
    let answers = if pages.is_some() {
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
    quote! {
        #doc
        pub fn #name(&self) -> Mock<#params, #ret #list> {
            self.mock(&Route {
                operation_id: #operation_id,
                method: #method,
                template: #path,
                status: #status,
                reply: Reply::#reply,
                security: #security,
                pages: #pages_value,
            })
        }
    }
}
