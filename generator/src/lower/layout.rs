//! The crate's modules ([`Layout`]): one per top-level resource, each resource's sub-resources,
//! and which module each operation and type goes in, decided once for every file the renderer
//! writes (`resources/`, `models/`, `cli/`, `blocking/`).

use std::collections::{BTreeMap, BTreeSet};

use crate::ident;
use crate::model::{Layout, Module, Operation, Returns, SHARED_MODULE, Type, TypeDef};

/// The modules of `operations`, and where each operation and type goes.
pub(super) fn layout(operations: &[Operation], types: &BTreeMap<String, TypeDef>) -> Layout {
    let segments: Vec<&str> = operations
        .iter()
        .map(|op| op.template.top().unwrap_or("root"))
        .collect();
    let mut names = ident::Scope::default();
    names.claim(SHARED_MODULE);
    let mut modules: Vec<Module> = Vec::new();
    let mut by_segment: BTreeMap<&str, usize> = BTreeMap::new();
    let sorted: BTreeSet<&str> = segments.iter().copied().collect();
    for segment in sorted {
        by_segment.insert(segment, modules.len());
        modules.push(Module {
            name: names.claim(&ident::snake(segment)),
            segment: segment.to_owned(),
            subs: Vec::new(),
        });
    }
    // Each resource's sub-resources, named apart from the resource's own items.
    let subs: Vec<Option<&str>> = operations.iter().map(|op| op.template.sub()).collect();
    let mut sub_names: Vec<ident::Scope> = modules
        .iter()
        .map(|_| {
            let mut scope = ident::Scope::default();
            scope.claim("mod");
            scope
        })
        .collect();
    let mut by_sub: BTreeMap<(usize, &str), usize> = BTreeMap::new();
    let sorted: BTreeSet<(usize, &str)> = segments
        .iter()
        .zip(&subs)
        .filter_map(|(top, sub)| sub.map(|sub| (by_segment[top], sub)))
        .collect();
    for (module, sub) in sorted {
        let subs = &mut modules[module].subs;
        by_sub.insert((module, sub), subs.len());
        subs.push(Module {
            name: sub_names[module].claim(&ident::snake(sub)),
            segment: sub.to_owned(),
            subs: Vec::new(),
        });
    }
    let places: Vec<(usize, Option<usize>)> = segments
        .iter()
        .zip(&subs)
        .map(|(top, sub)| {
            let module = by_segment[top];
            (module, sub.map(|sub| by_sub[&(module, sub)]))
        })
        .collect();

    // Each type's users: the modules of the operations that reach it.
    let mut users: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    for (op, &(module, _)) in operations.iter().zip(&places) {
        let mut reached = BTreeSet::new();
        for p in op.path_params.iter().chain(&op.params) {
            reach(&p.ty, types, &mut reached);
        }
        if let Returns::Json(ty) = &op.returns {
            reach(ty, types, &mut reached);
        }
        for name in reached {
            users.entry(name).or_default().insert(module);
        }
    }
    let owned = users
        .into_iter()
        .filter_map(|(name, modules)| match modules.len() {
            1 => modules.first().map(|&m| (name, m)),
            _ => None,
        })
        .collect();
    Layout {
        modules,
        operations: places,
        types: owned,
    }
}

/// Adds the names of the structs, unions and enums that `ty` holds, itself included, to `out`.
pub(super) fn reach(ty: &Type, types: &BTreeMap<String, TypeDef>, out: &mut BTreeSet<String>) {
    match ty {
        Type::Array(inner) | Type::Map(inner) => reach(inner, types, out),
        Type::Enum(name) => {
            out.insert(name.clone());
        }
        Type::Struct(name) => {
            if !out.insert(name.clone()) {
                return;
            }
            match types.get(name) {
                Some(TypeDef::Struct(s)) => {
                    for f in &s.fields {
                        reach(&f.ty, types, out);
                    }
                }
                Some(TypeDef::Union(u)) => {
                    for v in &u.variants {
                        reach(&Type::Struct(v.struct_name.clone()), types, out);
                    }
                }
                _ => {}
            }
        }
        _ => {}
    }
}
