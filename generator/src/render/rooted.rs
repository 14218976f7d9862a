//! A product's code in a crate made of several specs: every item of a product is printed as it
//! is in a crate of its own, where `crate::` is where its types are; here its paths are moved
//! under its module (`crate::Service` is `crate::verify_v2::Service`). What stays at the
//! crate's root keeps its path: the runtime (`crate::Client`, `crate::formats::…`), the SID
//! types, shared by every product, and the runtime's parts of `blocking` and `mock`.
//!
//! The rule is applied to the syntax trees of a piece's items (paths, `use` trees, and the
//! tokens of macro calls and attributes) and to the links of its docs, on the thread that
//! prints the piece, before it is printed.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::sync::Arc;

use proc_macro2::{Ident, Span, TokenStream, TokenTree};
use syn::visit_mut::VisitMut;

/// Where a product's paths go, and what stays at the crate's root.
#[derive(Debug)]
pub(super) struct Rooted {
    /// The product's module.
    pub(super) module: String,
    /// The names at the crate's root: the runtime's items and modules, and the SID types.
    pub(super) root: BTreeSet<String>,
    /// The runtime's public items of the `blocking` module (its client, pages, iterators).
    pub(super) blocking: BTreeSet<String>,
}

thread_local! {
    static CURRENT: RefCell<Option<Arc<Rooted>>> = const { RefCell::new(None) };
}

/// `piece` (a piece of a file, see `print::Piece`), printed with its paths moved under
/// `rooted`'s module.
pub(super) fn within<'a, R>(
    rooted: &Arc<Rooted>,
    piece: impl FnOnce() -> R + Send + 'a,
) -> impl FnOnce() -> R + Send + 'a {
    let rooted = Arc::clone(rooted);
    move || {
        CURRENT.with(|c| *c.borrow_mut() = Some(rooted));
        let result = piece();
        CURRENT.with(|c| *c.borrow_mut() = None);
        result
    }
}

/// Moves the paths of `items` and the links of `docs` under the product's module, if the
/// piece being printed on this thread is a product's.
pub(super) fn apply(items: &mut [syn::Item], docs: &mut [String]) {
    let Some(rooted) = CURRENT.with(|c| c.borrow().clone()) else {
        return;
    };
    let mut visitor = Visitor(&rooted);
    for item in items {
        visitor.visit_item_mut(item);
    }
    for doc in docs {
        if doc.contains("crate::") {
            *doc = rooted.doc_links(doc);
        }
    }
}

impl Rooted {
    /// Whether `crate::first::second` is the product's (then it goes under its module).
    fn is_product(&self, first: &str, second: Option<&str>) -> bool {
        match first {
            "blocking" => second.is_some_and(|s| !self.blocking.contains(s)),
            "mock" => false,
            // The command line's own `Cli`, `main` and `run` are the crate's.
            "cli" => second.is_some_and(|s| !matches!(s, "Cli" | "main" | "run")),
            _ => !self.root.contains(first),
        }
    }

    /// `text` with each `crate::` link target that is the product's moved under its module.
    fn doc_links(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len() + 32);
        let mut rest = text;
        while let Some(at) = rest.find("crate::") {
            let (before, after) = rest.split_at(at + "crate::".len());
            out.push_str(before);
            let name = |s: &str| {
                s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or("")
                    .to_owned()
            };
            let first = name(after);
            let second = after[first.len()..]
                .strip_prefix("::")
                .map(name)
                .filter(|s| !s.is_empty());
            if !first.is_empty() && self.is_product(&first, second.as_deref()) {
                out.push_str(&self.module);
                out.push_str("::");
            }
            rest = after;
        }
        out.push_str(rest);
        out
    }

    /// Tokens with each `crate :: a (:: b)` that is the product's moved under its module.
    fn tokens(&self, tokens: TokenStream) -> TokenStream {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut out = Vec::with_capacity(trees.len() + 3);
        for (i, tree) in trees.iter().enumerate() {
            match tree {
                TokenTree::Group(g) => {
                    let mut group = proc_macro2::Group::new(g.delimiter(), self.tokens(g.stream()));
                    group.set_span(g.span());
                    out.push(TokenTree::Group(group));
                }
                TokenTree::Ident(ident) if ident == "crate" => {
                    out.push(tree.clone());
                    let ident_at = |k: usize| match trees.get(k) {
                        Some(TokenTree::Ident(i)) => Some(i.to_string()),
                        _ => None,
                    };
                    let colons = |k: usize| {
                        matches!(trees.get(k), Some(TokenTree::Punct(p)) if p.as_char() == ':')
                            && matches!(trees.get(k + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':')
                    };
                    if !colons(i + 1) {
                        continue;
                    }
                    let Some(first) = ident_at(i + 3) else {
                        continue;
                    };
                    let second = if colons(i + 4) { ident_at(i + 6) } else { None };
                    if self.is_product(&first, second.as_deref()) {
                        let colon = || {
                            [
                                TokenTree::Punct(proc_macro2::Punct::new(
                                    ':',
                                    proc_macro2::Spacing::Joint,
                                )),
                                TokenTree::Punct(proc_macro2::Punct::new(
                                    ':',
                                    proc_macro2::Spacing::Alone,
                                )),
                            ]
                        };
                        out.extend(colon());
                        out.push(TokenTree::Ident(Ident::new(
                            &self.module,
                            Span::call_site(),
                        )));
                    }
                }
                other => out.push(other.clone()),
            }
        }
        out.into_iter().collect()
    }
}

struct Visitor<'r>(&'r Rooted);

impl VisitMut for Visitor<'_> {
    fn visit_path_mut(&mut self, path: &mut syn::Path) {
        syn::visit_mut::visit_path_mut(self, path);
        if path.leading_colon.is_some()
            || path.segments.len() < 2
            || path.segments[0].ident != "crate"
        {
            return;
        }
        let first = path.segments[1].ident.to_string();
        let second = path.segments.get(2).map(|s| s.ident.to_string());
        if self.0.is_product(&first, second.as_deref()) {
            let module = syn::PathSegment::from(Ident::new(&self.0.module, Span::call_site()));
            path.segments.insert(1, module);
        }
    }

    fn visit_use_tree_mut(&mut self, tree: &mut syn::UseTree) {
        if let syn::UseTree::Path(p) = tree
            && p.ident == "crate"
        {
            let (first, second) = match &*p.tree {
                syn::UseTree::Path(q) => (
                    q.ident.to_string(),
                    match &*q.tree {
                        syn::UseTree::Path(r) => Some(r.ident.to_string()),
                        syn::UseTree::Name(r) => Some(r.ident.to_string()),
                        _ => None,
                    },
                ),
                syn::UseTree::Name(q) => (q.ident.to_string(), None),
                _ => return,
            };
            if self.0.is_product(&first, second.as_deref()) {
                let inner = std::mem::replace(
                    &mut *p.tree,
                    syn::UseTree::Glob(syn::UseGlob {
                        star_token: Default::default(),
                    }),
                );
                *p.tree = syn::UseTree::Path(syn::UsePath {
                    ident: Ident::new(&self.0.module, Span::call_site()),
                    colon2_token: Default::default(),
                    tree: Box::new(inner),
                });
            }
            return;
        }
        syn::visit_mut::visit_use_tree_mut(self, tree);
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        syn::visit_mut::visit_macro_mut(self, mac);
        mac.tokens = self.0.tokens(std::mem::take(&mut mac.tokens));
    }

    fn visit_meta_name_value_mut(&mut self, meta: &mut syn::MetaNameValue) {
        syn::visit_mut::visit_meta_name_value_mut(self, meta);
        if meta.path.is_ident("doc")
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &mut meta.value
            && text.value().contains("crate::")
        {
            *text = syn::LitStr::new(&self.0.doc_links(&text.value()), text.span());
        }
    }

    fn visit_meta_list_mut(&mut self, list: &mut syn::MetaList) {
        syn::visit_mut::visit_meta_list_mut(self, list);
        list.tokens = self.0.tokens(std::mem::take(&mut list.tokens));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rooted() -> Rooted {
        Rooted {
            module: "verify_v2".to_owned(),
            root: ["Client", "Error", "formats", "CallSid"]
                .map(str::to_owned)
                .into(),
            blocking: ["Client", "Page"].map(str::to_owned).into(),
        }
    }

    #[test]
    fn a_products_paths_go_under_its_module_and_the_roots_stay() {
        let r = rooted();
        let mut file: syn::File = syn::parse_quote! {
            use crate::Service;
            use crate::formats::lenient;
            impl crate::Service {
                fn f(c: &crate::Client, s: crate::CallSid) -> crate::blocking::Services<'_> {
                    let p: crate::blocking::Page = todo!();
                    m!(crate::Service, crate::Error)
                }
            }
            #[cfg_attr(feature = "cli", arg(value_parser = crate::cli::parse_json::<crate::Item>))]
            struct S;
        };
        let mut visitor = Visitor(&r);
        visitor.visit_file_mut(&mut file);
        let text = quote::quote!(#file).to_string().replace(' ', "");
        for want in [
            "usecrate::verify_v2::Service;",
            "usecrate::formats::lenient;",
            "implcrate::verify_v2::Service",
            "c:&crate::Client",
            "s:crate::CallSid",
            "crate::verify_v2::blocking::Services",
            "crate::blocking::Page",
            "m!(crate::verify_v2::Service,crate::Error)",
            "crate::verify_v2::cli::parse_json::<crate::verify_v2::Item>",
        ] {
            assert!(text.contains(want), "{want} in {text}");
        }
        assert_eq!(
            r.doc_links("See [`A`](crate::A), [`Client`](crate::Client::new) and [`P`](crate::blocking::Page)."),
            "See [`A`](crate::verify_v2::A), [`Client`](crate::Client::new) and [`P`](crate::blocking::Page)."
        );
    }
}
