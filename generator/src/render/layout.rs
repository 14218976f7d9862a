//! Puts each item of the generated crate in its file, as the model's layout
//! ([`crate::model::Layout`], decided in `lower/layout.rs`) says: the modules, and the module of
//! each operation and type, are the model's; this file only sorts the items into them.

use super::navigation::{ResourceItem, resource_items};
use super::*;

/// The name of the models' module for types that no single resource owns.
pub(super) const SHARED: &str = crate::model::SHARED_MODULE;

pub(super) use crate::model::Module;

/// The model's layout ([`crate::model::Layout`]), read to put each item in its file.
pub(super) struct Layout<'a> {
    /// The resources' modules, in name order.
    pub(super) modules: &'a [Module],
    layout: &'a crate::model::Layout,
}

impl<'l> Layout<'l> {
    pub(super) fn new(api: &'l Api) -> Self {
        Layout {
            modules: &api.layout.modules,
            layout: &api.layout,
        }
    }

    /// The module of the operation at `index`, and its sub-resource's module in `resources/`.
    fn operation(&self, index: usize) -> (usize, Option<usize>) {
        self.layout
            .operations
            .get(index)
            .copied()
            .unwrap_or_default()
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
            match self
                .layout
                .types
                .get(name)
                .and_then(|&m| placed.types.get_mut(m))
            {
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
