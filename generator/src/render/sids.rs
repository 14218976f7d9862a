//! The SID types module: one `sid!` line per SID kind (the macro is in the runtime).

use super::print::{doc_attr_literal, id, lit};
use super::*;

pub(super) fn sids_module(sids: &BTreeMap<String, crate::model::SidKind>) -> TokenStream {
    if sids.is_empty() {
        return TokenStream::new();
    }
    let items = sids.values().map(|sid| {
        let name = id(&sid.name);
        let doc = doc_attr_literal(&format!("{}\n\nPattern: `{}`.", sid.doc, sid.pattern));
        let prefixes = sid.prefixes.iter().map(|p| lit(p));
        let upper = sid.upper_hex;
        // In a crate of several specs, compiled with the products that use it.
        let features: Vec<_> = sid.features.iter().map(|f| lit(f)).collect();
        let cfg = match features.as_slice() {
            [] => quote!(),
            [one] => quote!(#[cfg(feature = #one)]),
            many => quote!(#[cfg(any(#(feature = #many),*))]),
        };
        quote! {
            #cfg
            sid_type!(#doc #name, [#(#prefixes),*], #upper);
        }
    });
    quote!(#(#items)*)
}

// ---------------------------------------------------------------------------------------------
// Models
