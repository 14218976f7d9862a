//! A crate made of several specs: the module each spec becomes, and one SID type per kind for
//! the whole crate.
//!
//! Each spec is lowered on its own, as for a crate of one; then [`products`] names each one's
//! module (its file's name, without the vendor's word that every file starts with:
//! `twilio_verify_v2.json` is `verify_v2`), and [`share_sids`] gives each kind of SID (its
//! prefixes) one name across all of them, so that the `CallSid` one product answers with is
//! the `CallSid` another takes.

use std::collections::{BTreeMap, BTreeSet};

use crate::diag::{Diagnostic, Diagnostics, Stage};
use crate::ident;
use crate::model::{Api, Product, SidKind};

use super::RESERVED_TYPE_NAMES;
use super::sids::{rename_sids, sid_doc};

/// The modules at a crate's root that a product's module must not be named as.
pub const ROOT_MODULES: [&str; 16] = [
    "auth",
    "blocking",
    "cli",
    "client",
    "credentials",
    "error",
    "formats",
    "jwt",
    "mock",
    "models",
    "paging",
    "resources",
    "sids",
    "support",
    "webhook",
    "reqwest",
];

/// The SIDs the runtime names (a call's, an account's, a webhook event's): always compiled.
const RUNTIME_SIDS: [&str; 3] = ["CA", "AC", "KX"];

/// Each spec's module, by its file's name: lower case, `_` between words, without the first
/// word when every file starts with it and has more (`twilio_`); a name that is not an
/// identifier, or is one of the crate's own modules, gets `_api` after it.
///
/// # Errors
///
/// A diagnostic for each spec whose module would be another's.
pub fn module_names(spec_names: &[String]) -> Result<Vec<String>, Diagnostics> {
    let stems: Vec<String> = spec_names
        .iter()
        .map(|name| {
            let stem = name
                .trim_end_matches(".json")
                .trim_end_matches(".yaml")
                .trim_end_matches(".yml");
            ident::snake(stem)
        })
        .collect();
    let first_word = |s: &str| s.split('_').next().unwrap_or("").to_owned();
    let shared = stems.first().map(|s| first_word(s)).filter(|word| {
        !word.is_empty()
            && stems.iter().all(|s| {
                s.strip_prefix(word.as_str())
                    .is_some_and(|r| r.len() > 1 && r.starts_with('_'))
            })
    });
    let mut diags = Diagnostics::default();
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    let mut out = Vec::new();
    for (stem, spec_name) in stems.iter().zip(spec_names) {
        let mut module = match &shared {
            Some(word) => stem[word.len() + 1..].to_owned(),
            None => stem.clone(),
        };
        if module.is_empty()
            || module.starts_with(|c: char| c.is_ascii_digit())
            || ident::is_keyword(&module)
            || ROOT_MODULES.contains(&module.as_str())
        {
            module = format!("{}_api", module.trim_start_matches('_'));
            if module.starts_with(|c: char| c.is_ascii_digit()) || module == "_api" {
                module = format!("api_{module}");
            }
        }
        if let Some(other) = seen.insert(module.clone(), spec_name) {
            diags.push(
                Diagnostic::new(
                    Stage::Select,
                    "",
                    format!("its module would be `{module}`, as {other}'s is"),
                )
                .in_spec(spec_name.clone())
                .with_hint("give each spec a file name of its own"),
            );
        }
        out.push(module);
    }
    diags.finish(out)
}

/// Each spec's [`Product`]: its module ([`module_names`]), and the type the client's method of
/// that name gives (the module in `PascalCase`, with `Api` after it where the spec has a type of
/// that name).
///
/// # Errors
///
/// A diagnostic for each spec whose module would be another's.
pub fn products(spec_names: &[String], apis: &[Api]) -> Result<Vec<Product>, Diagnostics> {
    let modules = module_names(spec_names)?;
    Ok(modules
        .into_iter()
        .zip(spec_names)
        .zip(apis)
        .map(|((module, spec_name), api)| {
            let mut type_name = ident::pascal(&module);
            if api.types.contains_key(&type_name)
                || api.sids.contains_key(&type_name)
                || RESERVED_TYPE_NAMES.contains(&type_name.as_str())
            {
                type_name.push_str("Api");
            }
            Product {
                module,
                type_name,
                spec_name: spec_name.clone(),
            }
        })
        .collect())
}

/// Gives each kind of SID one name across every product, renames its uses in each, and returns
/// the crate's SID types.
///
/// A kind (its prefixes) takes the name most of the products that use it gave it (the first
/// product's, on a tie). A name that several kinds would take, or that a product's own type
/// has, is given to none of them: each is named after its product (`VerifyServiceSid`,
/// `MessagingServiceSid`), else after its prefixes (`SidVa`).
pub fn share_sids(apis: &mut [Api], products: &[Product]) -> BTreeMap<String, SidKind> {
    let key = |k: &SidKind| {
        if k.prefixes.is_empty() {
            "*".to_owned()
        } else {
            k.prefixes.join("|")
        }
    };
    // Each kind: the names products gave it, in product order, and where it first appears.
    let mut kinds: BTreeMap<String, (Vec<String>, SidKind, usize)> = BTreeMap::new();
    for (index, api) in apis.iter().enumerate() {
        for kind in api.sids.values() {
            let entry = kinds
                .entry(key(kind))
                .or_insert_with(|| (Vec::new(), kind.clone(), index));
            entry.0.push(kind.name.clone());
            entry.1.upper_hex |= kind.upper_hex;
        }
    }
    let wanted: BTreeMap<&String, String> = kinds
        .iter()
        .map(|(k, (names, _, _))| {
            let mut counts: Vec<(usize, usize, &String)> = Vec::new();
            for (at, name) in names.iter().enumerate() {
                match counts.iter_mut().find(|(_, _, n)| *n == name) {
                    Some(c) => c.0 += 1,
                    None => counts.push((1, at, name)),
                }
            }
            counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            (k, counts.first().map(|c| c.2.clone()).unwrap_or_default())
        })
        .collect();
    let types: BTreeSet<&str> = apis
        .iter()
        .flat_map(|api| api.types.keys().map(String::as_str))
        .collect();
    let mut by_name: BTreeMap<&str, usize> = BTreeMap::new();
    for name in wanted.values() {
        *by_name.entry(name.as_str()).or_default() += 1;
    }
    let mut taken: BTreeSet<String> = RESERVED_TYPE_NAMES.iter().map(|&n| n.to_owned()).collect();
    taken.extend(types.iter().map(|&n| n.to_owned()));
    let mut chosen: BTreeMap<String, String> = BTreeMap::new();
    // The uncontested first, so that a qualified name never takes one of theirs.
    for (k, name) in &wanted {
        if by_name[name.as_str()] == 1 && !types.contains(name.as_str()) {
            taken.insert(name.clone());
            chosen.insert((*k).clone(), name.clone());
        }
    }
    for (k, name) in &wanted {
        if chosen.contains_key(*k) {
            continue;
        }
        let product = &products[kinds[*k].2].module;
        let word = ident::pascal(product.split('_').next().unwrap_or(product));
        let fallback = format!(
            "Sid{}",
            ident::pascal(&k.replace('|', "_").replace('*', "any"))
        );
        let qualified = if name.starts_with(&word) {
            fallback.clone()
        } else {
            format!("{word}{name}")
        };
        let pick = [qualified, fallback.clone()]
            .into_iter()
            .find(|n| !taken.contains(n))
            .unwrap_or(fallback);
        taken.insert(pick.clone());
        chosen.insert((*k).clone(), pick);
    }
    for api in apis.iter_mut() {
        let renames: BTreeMap<String, String> = api
            .sids
            .values()
            .filter_map(|kind| {
                let new = chosen.get(&key(kind))?;
                (new != &kind.name).then(|| (kind.name.clone(), new.clone()))
            })
            .collect();
        if !renames.is_empty() {
            rename_sids(&mut api.operations, &mut api.types, &mut api.root, &renames);
        }
        api.sids = std::mem::take(&mut api.sids)
            .into_values()
            .map(|mut kind| {
                if let Some(new) = chosen.get(&key(&kind)) {
                    kind.name = new.clone();
                    kind.doc = sid_doc(new, &kind.prefixes);
                }
                (kind.name.clone(), kind)
            })
            .collect();
    }
    // Each type is compiled with the products that use it, except the ones the runtime names
    // (webhooks and access tokens have a call's, an account's and an event's SID).
    let users = |k: &str| -> Vec<String> {
        if RUNTIME_SIDS.contains(&k) {
            return Vec::new();
        }
        apis.iter()
            .zip(products)
            .filter(|(api, _)| api.sids.values().any(|kind| key(kind) == k))
            .map(|(_, p)| p.module.clone())
            .collect()
    };
    kinds
        .into_iter()
        .filter_map(|(k, (_, mut kind, _))| {
            let name = chosen.get(&k)?.clone();
            kind.doc = sid_doc(&name, &kind.prefixes);
            kind.name = name.clone();
            kind.features = users(&k);
            Some((name, kind))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(types: &[&str]) -> Api {
        Api {
            package: "p".to_owned(),
            version: "0.1.0".to_owned(),
            title: String::new(),
            description: String::new(),
            server: String::new(),
            auth: crate::model::Auth::Twilio,
            sids: BTreeMap::new(),
            types: types
                .iter()
                .map(|&t| {
                    (
                        t.to_owned(),
                        crate::model::TypeDef::Struct(crate::model::StructDef {
                            name: t.to_owned(),
                            doc: String::new(),
                            pointer: String::new(),
                            fields: Vec::new(),
                        }),
                    )
                })
                .collect(),
            operations: Vec::new(),
            root: crate::model::Node::default(),
            layout: crate::model::Layout::default(),
            mock_routes: Vec::new(),
            product: None,
        }
    }

    #[test]
    fn modules_are_file_names_without_the_shared_first_word() {
        let names: Vec<String> = [
            "twilio_api_v2010.json",
            "twilio_verify_v2.json",
            "twilio_mock.json",
        ]
        .map(str::to_owned)
        .to_vec();
        let apis = [api(&[]), api(&["VerifyV2"]), api(&[])];
        let made = products(&names, &apis).expect("distinct");
        let modules: Vec<&str> = made.iter().map(|p| p.module.as_str()).collect();
        assert_eq!(modules, ["api_v2010", "verify_v2", "mock_api"]);
        assert_eq!(made[0].type_name, "ApiV2010");
        // A product's type of the same name keeps it; the product's type is told apart.
        assert_eq!(made[1].type_name, "VerifyV2Api");
        let names: Vec<String> = ["a.json", "b.yaml"].map(str::to_owned).to_vec();
        let modules: Vec<String> = products(&names, &[api(&[]), api(&[])])
            .expect("distinct")
            .into_iter()
            .map(|p| p.module)
            .collect();
        assert_eq!(modules, ["a", "b"]);
        let names: Vec<String> = ["a.json", "a.yaml"].map(str::to_owned).to_vec();
        let err = products(&names, &[api(&[]), api(&[])]).expect_err("the same module");
        assert!(err.to_string().contains("`a`"), "{err}");
    }
}
