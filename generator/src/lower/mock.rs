//! The typed mock's part of the model: each operation's mock method, unique on the server, and
//! its route ([`MockRoute`]): how the mock matches a request to it and answers, in the wire's
//! terms.

use std::collections::BTreeMap;

use super::paging::{META, NEXT_PAGE_URI, NEXT_PAGE_URL, PAGE_SIZE};
use crate::ident::Scope;
use crate::model::{MockNext, MockPages, MockRoute, NextLink, Operation, Returns, Type, TypeDef};

/// The methods of the mock server, the runtime's own ones, that an operation's mock method
/// must not take.
const MOCK_SERVER_METHODS: &[&str] = &[
    "start",
    "uri",
    "client",
    "client_builder",
    "blocking_client",
    "unmatched",
    "verify",
    "mock",
];

/// Makes each operation's mock method unique: its `operationId` in snake_case, with a number
/// where two ids read the same (`getPets`, `get_pets`) or one is a method of the server itself.
pub(super) fn name_mock_methods(operations: &mut [Operation]) {
    let mut scope = Scope::default();
    for name in MOCK_SERVER_METHODS {
        scope.claim(name);
    }
    for op in operations {
        op.mock_method = scope.claim(&op.mock_method);
    }
}

/// Every operation's route, by its index.
pub(super) fn routes(
    operations: &[Operation],
    types: &BTreeMap<String, TypeDef>,
) -> Vec<MockRoute> {
    operations.iter().map(|op| route(op, types)).collect()
}

fn route(op: &Operation, types: &BTreeMap<String, TypeDef>) -> MockRoute {
    let path = op.path.split(['#', '?']).next().unwrap_or("");
    let base = if op.server.starts_with('/') {
        op.server.trim_end_matches('/')
    } else {
        ""
    };
    let media = op.accept.split(',').next().unwrap_or("").trim();
    let media = if media.is_empty() || media.contains('*') {
        match op.returns {
            Returns::Text => "text/plain",
            _ => "application/octet-stream",
        }
    } else {
        media
    };
    let pages = match (&op.paging, &op.returns) {
        (Some(paging), Returns::Json(Type::Struct(page))) => {
            let next = match &paging.next {
                NextLink::Field(_) => MockNext::Field(NEXT_PAGE_URI.to_owned()),
                NextLink::Meta { .. } => MockNext::Meta {
                    meta: META.to_owned(),
                    link: NEXT_PAGE_URL.to_owned(),
                },
            };
            let page_size = paging.page_size.as_ref().map(|_| PAGE_SIZE.to_owned());
            Some(MockPages {
                items: wire_name(types, page, &paging.items_field),
                next,
                page_size,
            })
        }
        _ => None,
    };
    MockRoute {
        template: format!("{base}{path}"),
        base: base.to_owned(),
        media: media.to_owned(),
        required: op.params.iter().filter(|p| p.required).count(),
        pages,
    }
}

/// The JSON name of the field `rust` of the struct `name` (the model's paging names the items'
/// field by its Rust name; the other names of a page are the ones paging recognises it by).
fn wire_name(types: &BTreeMap<String, TypeDef>, name: &str, rust: &str) -> String {
    match types.get(name) {
        Some(TypeDef::Struct(s)) => s
            .fields
            .iter()
            .find(|f| f.rust_name == rust)
            .map_or_else(|| rust.to_owned(), |f| f.wire_name.clone()),
        _ => rust.to_owned(),
    }
}
