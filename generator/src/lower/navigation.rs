//! Navigation: the tree of collection and instance accessors (`client.calls()`,
//! `client.call(&sid)`) built from each operation's own path, and the methods' names on it.

use std::collections::BTreeMap;

use crate::ident::{self, Scope};
use crate::model::{Method, Node, Operation, Parameter, PathStep};

use super::Lowerer;
use super::naming::{article, capitalize};
use super::sids::describe_sid;
pub(super) fn sort_tree(node: &mut Node) {
    node.children.sort_by(|a, b| a.accessor.cmp(&b.accessor));
    node.operations.sort_unstable();
    for c in &mut node.children {
        sort_tree(c);
    }
}

/// Gives every method on a node a distinct name that is not also an accessor (nor, on the
/// client itself, one of the client's own methods).
pub(super) fn dedupe_methods(node: &mut Node, operations: &mut [Operation], is_root: bool) {
    let mut scope = Scope::default();
    for c in &node.children {
        scope.claim(&c.accessor);
    }
    for reserved in [
        "new",
        "client",
        "builder",
        "account",
        "account_sid",
        "default_account",
        "from_env",
    ] {
        scope.claim(reserved);
    }
    if is_root {
        for own in [
            "max_pages",
            "resolve_url",
            "send",
            "call_json",
            "call_object",
            "call_text",
            "call_bytes",
            "call_empty",
            "inner",
        ] {
            scope.claim(own);
        }
    }
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for &i in &node.operations {
        *seen.entry(operations[i].rust_name.clone()).or_default() += 1;
    }
    for &i in &node.operations {
        let op = &mut operations[i];
        if seen.get(&op.rust_name).copied().unwrap_or(0) > 1 || scope.contains(&op.rust_name) {
            op.rust_name = ident::snake(&op.operation_id);
        }
        op.rust_name = scope.claim(&op.rust_name);
    }
    for c in &mut node.children {
        dedupe_methods(c, operations, false);
    }
}

/// The name of an operation's method on its node: the verb its `operationId` starts with, where
/// that verb is one of fetch, list, create, update, replace or delete (or remove) and agrees
/// with the HTTP method, as every Twilio id does (`FetchCall`, `UpdateCall`, also on a path
/// without a SID such as `/v1/Deactivations`); otherwise one from the HTTP method and whether
/// the path ends at an instance.
pub(crate) fn verb(operation_id: &str, method: Method, instance: bool) -> &'static str {
    let first: String = operation_id
        .char_indices()
        .take_while(|&(i, c)| c.is_ascii_alphabetic() && (i == 0 || !c.is_ascii_uppercase()))
        .map(|(_, c)| c.to_ascii_lowercase())
        .collect();
    let named = match (first.as_str(), method) {
        ("fetch", Method::Get) => Some("fetch"),
        ("list", Method::Get) => Some("list"),
        ("create", Method::Post | Method::Put) => Some("create"),
        ("update", Method::Post | Method::Put | Method::Patch) => Some("update"),
        ("replace", Method::Put) => Some("replace"),
        ("delete" | "remove", Method::Delete) => Some("delete"),
        _ => None,
    };
    if let Some(named) = named {
        return named;
    }
    match (method, instance) {
        (Method::Get, false) => "list",
        (Method::Get, true) => "fetch",
        (Method::Post, false) => "create",
        (Method::Post | Method::Put | Method::Patch, true) => "update",
        (Method::Put, false) => "replace",
        (Method::Patch, false) => "patch",
        (Method::Delete, _) => "delete",
        (Method::Options, _) => "options",
        (Method::Head, _) => "head",
        (Method::Trace, _) => "trace",
    }
}

/// Where a step is: the steps' names down to it, and the path values the handles above carry.
pub(super) struct Route<'a> {
    pub(super) names: &'a [String],
    pub(super) carried: &'a [String],
}

/// Finds or makes the child of `node` for `step`.
pub(super) fn child_node<'n>(
    node: &'n mut Node,
    route: &Route<'_>,
    step: &PathStep,
    param: Option<Parameter>,
    context: bool,
    scope: &mut Scope,
    lowerer: &mut Lowerer<'_>,
) -> &'n mut Node {
    let (names, carried) = (route.names, route.carried);
    // Twilio's `/Accounts/{AccountSid}` is the account the client stands for; another API's
    // accounts are resources like any other.
    let is_account_root = lowerer.twilio
        && names.len() == 1
        && step.name == "Accounts"
        && context
        && step.param.is_some();
    // A value with no name before it (`/{dataset}/{version}/fields`) is reached by its own
    // name: `client.dataset("trademarks").version("v1").fields()`.
    let accessor = if step.bare {
        ident::snake(&step.name)
    } else {
        instance_accessor(&step.name, context)
    };
    let kind = if context { "Context" } else { "List" };
    let found = node
        .children
        .iter()
        .position(|c| c.accessor == accessor && c.context == context);
    let index = match found {
        Some(i) => i,
        None => {
            let singular = ident::pascal(&ident::singular(&step.name));
            let mut type_name = ident::pascal(&format!("{singular} {kind}"));
            if scope.contains(&type_name) || lowerer.type_scope.contains(&type_name) {
                let parent: String = names[..names.len() - 1]
                    .iter()
                    .map(|n| ident::pascal(&ident::singular(n)))
                    .collect();
                type_name = ident::pascal(&format!("{parent} {singular} {kind}"));
            }
            let type_name = lowerer.type_scope.claim(&scope.claim(&type_name));
            let doc = if context {
                format!(
                    "{} and what it contains.",
                    capitalize(&article(&describe_sid(&format!("{singular}Sid"))))
                )
            } else {
                format!("The {} resources.", describe_sid(&format!("{singular}Sid")))
            };
            // A context's SID is named after its resource (`call_sid`), even where a path calls
            // it just `Sid`, and so is a name that a handle above already carries
            // (`/Assistants/{id}/Tools/{id}`: `id`, then `tool_id`).
            let param = param.filter(|_| context).map(|mut p| {
                if p.wire_name == "Sid" || carried.contains(&p.rust_name) {
                    let own =
                        ident::snake(&format!("{} {}", ident::singular(&step.name), p.wire_name));
                    let mut name = own.clone();
                    let mut n = 2;
                    while carried.contains(&name) {
                        name = format!("{own}_{n}");
                        n += 1;
                    }
                    p.rust_name = name;
                }
                p
            });
            node.children.push(Node {
                type_name,
                accessor,
                param,
                doc,
                client_account: is_account_root,
                context,
                operations: Vec::new(),
                children: Vec::new(),
            });
            node.children.len() - 1
        }
    };
    &mut node.children[index]
}

/// The accessor of a step: the collection by its path segment (`calls()`), an instance by the
/// resource's singular name (`call(&sid)`). Where the two would be the same word (`Media`,
/// `Sms`), the instance's takes `_instance` (`media_instance(&sid)`), so both exist on one
/// handle.
pub(super) fn instance_accessor(name: &str, instance: bool) -> String {
    let plural = ident::snake(name);
    if !instance {
        return plural;
    }
    let single = ident::snake(&ident::singular(name));
    if single == plural {
        // `self_` (a keyword, escaped) gives `self_instance`.
        format!("{}_instance", single.trim_end_matches('_'))
    } else {
        single
    }
}

impl<'a> Lowerer<'a> {
    /// Builds the navigation tree and names each operation's method.
    pub(super) fn navigation(&mut self, operations: &mut [Operation]) -> Node {
        // Each operation's steps from its own path alone: where it is reached never depends on
        // which other operations are selected.
        let all_steps: Vec<Vec<PathStep>> = operations
            .iter()
            .map(|op| op.template.resources.clone())
            .collect();
        let mut root = Node {
            doc: "The client.".to_owned(),
            ..Node::default()
        };
        let mut node_scope = Scope::default();
        // Type names are handed out shallow nodes first, so a top-level resource keeps the plain name.
        let mut order: Vec<usize> = (0..operations.len()).collect();
        order.sort_by_key(|&i| (all_steps[i].len(), operations[i].path.clone()));
        for i in order {
            let steps = &all_steps[i];
            // An operation on `/` is the client's own.
            if steps.is_empty() {
                root.operations.push(i);
                continue;
            };
            let mut node = &mut root;
            let mut names: Vec<String> = Vec::new();
            let mut param_index = 0;
            // The names the handles above already carry, so that no handle has two fields of
            // one name (`/Assistants/{id}/Tools/{id}`).
            let mut carried: Vec<String> = Vec::new();
            // Every step is an instance (`call(&sid)`) where a path parameter follows its name,
            // and a collection (`calls()`) where none does: the same node whatever else is
            // selected, so an operation's place never depends on its neighbours.
            for step in steps.iter() {
                names.push(step.name.clone());
                let param = step.param.as_ref().and_then(|_| {
                    let p = operations[i].path_params.get(param_index).cloned();
                    param_index += 1;
                    p
                });
                let instance = step.param.is_some();
                let route = Route {
                    names: &names,
                    carried: &carried,
                };
                node = child_node(node, &route, step, param, instance, &mut node_scope, self);
                carried.extend(node.param.as_ref().map(|p| p.rust_name.clone()));
            }
            node.operations.push(i);
        }
        dedupe_methods(&mut root, operations, true);
        sort_tree(&mut root);
        root
    }
}
