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
    let routes = api.operations.iter().map(|op| route(api, op));
    let count = proc_macro2::Literal::usize_unsuffixed(api.operations.len());
    let methods = api
        .operations
        .iter()
        .enumerate()
        .map(|(i, op)| method(op, i));
    Ok(quote! {
        #[rustfmt::skip]
        mod server;
        pub use server::*;
        /// Every operation's route: a request is the operation whose route matches it most
        /// specifically, whether its mock is mounted or not.
        static ROUTES: [Route; #count] = [#(#routes),*];
        impl MockServer {
            #(#methods)*
        }
    })
}

/// The path a request of `op` has when the client is given a base URL: a server relative to
/// where the API is (`/api/v3`) stays in front of it; an absolute one is replaced whole.
/// A `#fragment` or `?query` in the spec's path (Box's `/files/{file_id}#get_shared_link`)
/// is not part of the path the client sends.
fn template(op: &Operation) -> String {
    let path = op.path.split(['#', '?']).next().unwrap_or("");
    if op.server.starts_with('/') {
        format!("{}{path}", op.server.trim_end_matches('/'))
    } else {
        path.to_owned()
    }
}

/// The JSON name of the field `rust` of the struct `name`, which the model's paging names by
/// its Rust name.
fn wire_name(api: &Api, name: &str, rust: &str) -> String {
    match api.types.get(name) {
        Some(crate::model::TypeDef::Struct(s)) => s
            .fields
            .iter()
            .find(|f| f.rust_name == rust)
            .map_or_else(|| rust.to_owned(), |f| f.wire_name.clone()),
        _ => rust.to_owned(),
    }
}

/// The list's pages, if it has Twilio's.
fn pages(op: &Operation) -> Option<(&crate::model::Paging, &str)> {
    match (&op.paging, &op.returns) {
        (Some(paging), Returns::Json(Type::Struct(page))) => Some((paging, page.as_str())),
        _ => None,
    }
}

/// The operation's `Route`: how the mock matches and answers it.
fn route(api: &Api, op: &Operation) -> TokenStream {
    let reply = match &op.returns {
        Returns::Nothing => quote!(Nothing),
        Returns::Json(_) => quote!(Json),
        Returns::Text => quote!(Text),
        Returns::Bytes => quote!(Bytes),
    };
    let pages_value = match pages(op) {
        Some((p, page)) => {
            let items = lit(&wire_name(api, page, &p.items_field));
            let next = match &p.next {
                crate::model::NextLink::Field(field) => {
                    let field = lit(&wire_name(api, page, field));
                    quote!(NextLink::Field(#field))
                }
                crate::model::NextLink::Meta { .. } => {
                    quote!(NextLink::Meta {
                        meta: "meta",
                        link: "next_page_url"
                    })
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
    let base = if op.server.starts_with('/') {
        op.server.trim_end_matches('/')
    } else {
        ""
    };
    // The first media type the operation answers in, for a text or bytes success.
    let media = op.accept.split(',').next().unwrap_or("").trim();
    let media = if media.is_empty() || media.contains('*') {
        match op.returns {
            Returns::Text => "text/plain",
            _ => "application/octet-stream",
        }
    } else {
        media
    };
    let (operation_id, method, path, base, media) = (
        lit(&op.operation_id),
        lit(op.method.as_str()),
        lit(&template(op)),
        lit(base),
        lit(media),
    );
    let status = proc_macro2::Literal::u16_unsuffixed(op.status);
    let required = op.params.iter().filter(|p| p.required).count();
    let required =
        proc_macro2::Literal::u16_unsuffixed(u16::try_from(required).unwrap_or(u16::MAX));
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

fn method(op: &Operation, index: usize) -> TokenStream {
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
            self.mock(&ROUTES[#index])
        }
    }
}
