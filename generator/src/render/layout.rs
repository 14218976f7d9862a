//! Where each item of the generated crate goes: one module file per top-level resource, in
//! `src/resources/`, `src/models/` and `src/cli/`, so that a spec update changes the files of
//! the resources it touches and no file grows with the whole API.
//!
//! A top-level resource is the first segment of an operation's path after its version (and,
//! for a path under an account, after `Accounts/{AccountSid}`): `Calls` for
//! `/2010-04-01/Accounts/{AccountSid}/Calls/{CallSid}/UserDefinedMessages.json`, `Services` for
//! `/v1/Services/{Sid}`. A type goes with the one resource whose operations use it, or to
//! `models/shared.rs` if several use it (or none does).

use super::navigation::{ResourceItem, resource_items};
use super::*;

/// The name of the models' module for types that no single resource owns.
pub(super) const SHARED: &str = "shared";

/// One top-level resource's module.
pub(super) struct Module {
    /// The module name (`calls`), the same in `resources/`, `models/` and `cli/`.
    pub(super) name: String,
    /// The path segment it is named after (`Calls`).
    pub(super) segment: String,
    /// Its sub-resources' modules (`calls/recordings.rs`), in name order: in `resources/`, a
    /// resource with sub-resources is a folder, so that no file grows with a deep resource.
    pub(super) subs: Vec<Module>,
}

/// The modules, and which one each operation and type goes in.
pub(super) struct Layout {
    /// The resources' modules, in name order.
    pub(super) modules: Vec<Module>,
    /// For each operation (by index), its module and sub-resource module.
    operations: Vec<(usize, Option<usize>)>,
    /// For each type, its module; a type that is not here goes in [`SHARED`].
    types: BTreeMap<String, usize>,
}

impl Layout {
    pub(super) fn new(api: &Api) -> Layout {
        let segments: Vec<&str> = api
            .operations
            .iter()
            .map(|op| op.template.top().unwrap_or("root"))
            .collect();
        let mut names = ident::Scope::default();
        names.claim(SHARED);
        let mut modules: Vec<Module> = Vec::new();
        let mut by_segment: BTreeMap<&str, usize> = BTreeMap::new();
        let sorted: std::collections::BTreeSet<&str> = segments.iter().copied().collect();
        for segment in sorted {
            by_segment.insert(segment, modules.len());
            modules.push(Module {
                name: names.claim(&ident::snake(segment)),
                segment: segment.to_owned(),
                subs: Vec::new(),
            });
        }
        // Each resource's sub-resources, named apart from the resource's own items.
        let subs: Vec<Option<&str>> = api.operations.iter().map(|op| op.template.sub()).collect();
        let mut sub_names: Vec<ident::Scope> = modules
            .iter()
            .map(|_| {
                let mut scope = ident::Scope::default();
                scope.claim("mod");
                scope
            })
            .collect();
        let mut by_sub: BTreeMap<(usize, &str), usize> = BTreeMap::new();
        let sorted: std::collections::BTreeSet<(usize, &str)> = segments
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
        let operations: Vec<(usize, Option<usize>)> = segments
            .iter()
            .zip(&subs)
            .map(|(top, sub)| {
                let module = by_segment[top];
                (module, sub.map(|sub| by_sub[&(module, sub)]))
            })
            .collect();

        // Each type's users: the modules of the operations that reach it.
        let mut users: BTreeMap<String, std::collections::BTreeSet<usize>> = BTreeMap::new();
        for (op, &(module, _)) in api.operations.iter().zip(&operations) {
            let mut reached = std::collections::BTreeSet::new();
            for p in op.path_params.iter().chain(&op.params) {
                reach(api, &p.ty, &mut reached);
            }
            if let Returns::Json(ty) = &op.returns {
                reach(api, ty, &mut reached);
            }
            for name in reached {
                users.entry(name).or_default().insert(module);
            }
        }
        let types = users
            .into_iter()
            .filter_map(|(name, modules)| match modules.len() {
                1 => modules.first().map(|&m| (name, m)),
                _ => None,
            })
            .collect();
        Layout {
            modules,
            operations,
            types,
        }
    }

    /// The module of the operation at `index`, and its sub-resource's module in `resources/`.
    fn operation(&self, index: usize) -> (usize, Option<usize>) {
        self.operations.get(index).copied().unwrap_or_default()
    }

    /// The module of a node's handle: that of its first operation, depth first (a context
    /// such as `AvailablePhoneNumberContext` has none of its own, its children do); `None`, for
    /// `resources/mod.rs`, for the account the client stands for when none of the account's own
    /// operations is generated, since every resource is reached through it.
    fn node(&self, node: &Node) -> Option<(usize, Option<usize>)> {
        if node.client_account && node.operations.is_empty() {
            return None;
        }
        first_operation(node).map(|i| self.operation(i))
    }

    /// Puts every item of the resources', models' and commands' files in its file, in file
    /// order; `commands` are the operations of the subcommands, in their order.
    pub(super) fn place<'a>(&self, api: &'a Api, commands: &[usize]) -> Placed<'a> {
        let mut placed = Placed {
            hub: Vec::new(),
            resources: self
                .modules
                .iter()
                .map(|m| (Vec::new(), m.subs.iter().map(|_| Vec::new()).collect()))
                .collect(),
            types: self.modules.iter().map(|_| Vec::new()).collect(),
            shared_types: Vec::new(),
            commands: self.modules.iter().map(|_| Vec::new()).collect(),
            handles: Vec::new(),
            hub_handles: Vec::new(),
        };
        let mut items = Vec::new();
        resource_items(api, &api.root, &[], true, &mut items);
        // Each page type's body once, after the handles, with the first list that returns it.
        let mut pages = BTreeMap::new();
        for (i, op) in api.operations.iter().enumerate() {
            if let (Some(paging), Returns::Json(Type::Struct(page))) = (&op.paging, &op.returns) {
                pages.entry(page.as_str()).or_insert((paging, i));
            }
        }
        let pages = pages
            .into_iter()
            .map(|(page, (paging, i))| (ResourceItem::PageBody(paging, page), Some(i)));
        let items = items.into_iter().map(|item| {
            let at = match &item {
                ResourceItem::Params(i, ..) => Some(self.operation(*i)),
                ResourceItem::Handle(node, _) => self.node(node),
                ResourceItem::PageBody(..) => None,
            };
            (item, at)
        });
        let pages = pages.map(|(item, i)| (item, i.map(|i| self.operation(i))));
        for (item, at) in items.chain(pages) {
            let list = match at {
                Some((m, None)) => placed.resources.get_mut(m).map(|(own, _)| own),
                Some((m, Some(sub))) => placed
                    .resources
                    .get_mut(m)
                    .and_then(|(_, subs)| subs.get_mut(sub)),
                None => None,
            };
            list.unwrap_or(&mut placed.hub).push(item);
        }
        for (name, def) in &api.types {
            match self.types.get(name).and_then(|&m| placed.types.get_mut(m)) {
                Some(list) => list.push(def),
                None => placed.shared_types.push(def),
            }
        }
        for (k, &op) in commands.iter().enumerate() {
            if let Some(list) = placed.commands.get_mut(self.operation(op).0) {
                list.push(k);
            }
        }
        let handles =
            |items: &mut dyn Iterator<Item = &ResourceItem<'a>>| -> Vec<(&'a Node, usize)> {
                items
                    .filter_map(|item| match item {
                        ResourceItem::Handle(node, chain) => Some((*node, chain.len())),
                        _ => None,
                    })
                    .collect()
            };
        placed.handles = placed
            .resources
            .iter()
            .map(|(own, subs)| handles(&mut own.iter().chain(subs.iter().flatten())))
            .collect();
        placed.hub_handles = handles(&mut placed.hub.iter());
        placed
    }
}

/// Every item of the resources', models' and commands' files, by the module it goes in (in
/// the order of [`Layout::modules`]), each list in file order.
pub(super) struct Placed<'a> {
    /// The handles that belong to no one resource, in `resources/mod.rs`.
    pub(super) hub: Vec<ResourceItem<'a>>,
    /// Each resource's items: its own, and each sub-resource's.
    pub(super) resources: Vec<(Vec<ResourceItem<'a>>, Vec<Vec<ResourceItem<'a>>>)>,
    /// Each resource's types.
    pub(super) types: Vec<Vec<&'a TypeDef>>,
    /// The types for [`SHARED`].
    pub(super) shared_types: Vec<&'a TypeDef>,
    /// Each resource's subcommands, by their place in the list given to [`Layout::place`].
    pub(super) commands: Vec<Vec<usize>>,
    /// Each resource's handles (its sub-resources' included), with how many path values the
    /// handles down to each carry: what the blocking client mirrors.
    pub(super) handles: Vec<Vec<(&'a Node, usize)>>,
    /// The handles that belong to no one resource.
    pub(super) hub_handles: Vec<(&'a Node, usize)>,
}

fn first_operation(node: &Node) -> Option<usize> {
    node.operations
        .first()
        .copied()
        .or_else(|| node.children.iter().find_map(first_operation))
}

/// Adds the names of the structs and enums that `ty` holds, itself included, to `out`.
fn reach(api: &Api, ty: &Type, out: &mut std::collections::BTreeSet<String>) {
    match ty {
        Type::Array(inner) | Type::Map(inner) => reach(api, inner, out),
        Type::Enum(name) => {
            out.insert(name.clone());
        }
        Type::Struct(name) => {
            if !out.insert(name.clone()) {
                return;
            }
            match api.types.get(name) {
                Some(TypeDef::Struct(s)) => {
                    for f in &s.fields {
                        reach(api, &f.ty, out);
                    }
                }
                Some(TypeDef::Union(u)) => {
                    for v in &u.variants {
                        reach(api, &Type::Struct(v.struct_name.clone()), out);
                    }
                }
                _ => {}
            }
        }
        _ => {}
    }
}
