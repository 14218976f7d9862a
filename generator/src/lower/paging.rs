//! Paging: whether a list operation answers with Twilio's pages (`next_page_uri` or
//! `meta.next_page_url`, one list of resources), and where its items and link are.

use std::collections::BTreeMap;

use crate::model::{Method, Operation, Returns, Type, TypeDef};

/// The JSON names of Twilio's pages: the next page's link on the page (api_v2010), or in its
/// `meta` member (the newer APIs), and the page size input. Paging is recognised by them, and
/// the mock serves pages under them.
pub(super) const NEXT_PAGE_URI: &str = "next_page_uri";
pub(super) const META: &str = "meta";
pub(super) const NEXT_PAGE_URL: &str = "next_page_url";
pub(super) const PAGE_SIZE: &str = "PageSize";

/// Finds every list's paging, once each operation's method has its final name (the list's
/// stream and page methods are named after it).
pub(super) fn find_lists(operations: &mut [Operation], types: &BTreeMap<String, TypeDef>) {
    for op in operations {
        op.paging = paging(op, types);
    }
}

/// Twilio's paging, recognised on a GET whose page has one list of resources and a link to the
/// next page: `next_page_uri` (api_v2010) or `meta.next_page_url` (the newer APIs).
fn paging(op: &Operation, types: &BTreeMap<String, TypeDef>) -> Option<crate::model::Paging> {
    use crate::model::{NextLink, Paging};
    let instance = op
        .template
        .resources
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
        .find(|f| f.wire_name == NEXT_PAGE_URI && f.ty == Type::String)
    {
        (NextLink::Field(f.rust_name.clone()), f.optional, false)
    } else {
        let meta = page.fields.iter().find(|f| f.wire_name == META)?;
        let Type::Struct(meta_type) = &meta.ty else {
            return None;
        };
        let Some(TypeDef::Struct(meta_def)) = types.get(meta_type) else {
            return None;
        };
        let link = meta_def
            .fields
            .iter()
            .find(|f| f.wire_name == NEXT_PAGE_URL && f.ty == Type::String)?;
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
                && p.wire_name == PAGE_SIZE
                && matches!(p.ty, Type::Integer { .. })
        })
        .map(|p| p.rust_name.clone());
    Some(Paging {
        stream_method: beside(&op.rust_name, "stream"),
        page_method: beside(&op.rust_name, "page"),
        page_size,
        items_field: (*items_field).clone(),
        item_type: (*item_type).clone(),
        optional: (*items_optional, link_optional, meta_optional),
        next,
    })
}

/// The name of a list's `stream` or `page` method, after its own: `stream` for `list`,
/// `stream_calls` for `list_calls`, `fetch_stream` for a list named `fetch`.
fn beside(list: &str, verb: &str) -> String {
    match list.strip_prefix("list") {
        Some(rest) => format!("{verb}{rest}"),
        None => format!("{list}_{verb}"),
    }
}
