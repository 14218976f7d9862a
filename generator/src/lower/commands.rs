//! The command line's names: each operation's subcommand and flags, decided once here so that
//! the renderer and every tool that drives the command line read the same names.
//!
//! Twilio's crates keep twilio-cli's topics (`api:core:calls:list`, one word). Any other API's
//! command line speaks the library's words: `BINARY <resource> <action>`, the resource being the
//! accessors that reach the operation (`pets`, `pet`, `pet-toys`) and the action its method
//! (`list`, `create`, `fetch`), in kebab case; an operation on the client itself (`/`) is an
//! action alone.

use std::collections::BTreeMap;

use crate::ident::{self, Scope};
use crate::model::{Api, Auth, Command, Node, Operation};

/// `UserDefinedMessageSubscriptions` -> `user-defined-message-subscriptions`.
pub(crate) fn kebab(raw: &str) -> String {
    ident::snake(raw).trim_end_matches('_').replace('_', "-")
}

/// The command-line flag (without `--`) for a parameter's wire name: `IdempotencyKey` ->
/// `idempotency-key`, `StartTime<` -> `start-time-before`.
pub fn flag_name(wire: &str) -> String {
    kebab(wire)
}

/// The command-line name of an operation, after twilio-cli's topics:
/// `api:{domain}[:{version}]:{resources}:{action}`.
fn topic(op: &Operation) -> String {
    let host = op.server.split("://").nth(1).unwrap_or(&op.server);
    let product = host.split('.').next().unwrap_or("api");
    let template = &op.template;
    let mut parts = vec!["api".to_owned()];
    let core = product == "api";
    parts.push(if core {
        "core".to_owned()
    } else {
        kebab(product)
    });
    let mut literals = template.literals();
    // Each topic has a version's place: the version, or the first segment of a path without
    // one (`api:preview:wireless:commands:list`), as it is written.
    if !core {
        match &template.version {
            Some(version) => parts.push(version.clone()),
            None => parts.push(literals.next().unwrap_or_default().to_owned()),
        }
    }
    // The account comes from the credentials (or --account-sid), as in twilio-cli.
    if core && template.account {
        literals.next();
    }
    parts.extend(literals.map(kebab));
    let instance = template.instance;
    // twilio-cli's actions: list, fetch, create, update and remove.
    let action = match super::verb(&op.operation_id, op.method, instance) {
        "delete" => "remove",
        "replace" | "patch" => "update",
        verb => verb,
    };
    parts.push(action.to_owned());
    parts.join(":")
}

/// The flags (without `--`) of an operation: its path parameters' and its inputs', in that
/// order, each unique and none of `help`, `version` or the global `base-url`.
fn flag_names(op: &Operation) -> (Vec<String>, Vec<String>) {
    let mut scope = Scope::default();
    scope.claim("base-url");
    scope.claim("help");
    scope.claim("version");
    let path = op
        .path_params
        .iter()
        .map(|p| scope.claim(&flag_name(&p.wire_name)))
        .collect();
    let inputs = op
        .params
        .iter()
        .map(|p| scope.claim(&flag_name(&p.wire_name)))
        .collect();
    (path, inputs)
}

/// The Rust fields of an operation's path flags: snake case, apart from its inputs' and
/// `params`.
fn path_fields(op: &Operation) -> Vec<String> {
    let mut scope = Scope::default();
    scope.claim("params");
    for p in &op.params {
        scope.claim(&p.rust_name);
    }
    op.path_params
        .iter()
        .map(|p| scope.claim(&ident::snake(&p.wire_name)))
        .collect()
}

/// Names every operation's subcommand and flags. Every operation has flags; only those the
/// client reaches have a subcommand, unique in the whole command line.
pub(super) fn name_commands(api: &mut Api) {
    let resources: BTreeMap<usize, String> = api
        .routes()
        .into_iter()
        .map(|(i, route)| (i, resource(&route)))
        .collect();
    let twilio = api.auth == Auth::Twilio;
    // Every top-level name (a topic, a resource, an action on the client), and each
    // resource's actions.
    let mut names = Scope::default();
    names.claim("help");
    for resource in resources.values().filter(|r| !r.is_empty()) {
        if !twilio && !names.contains(resource) {
            names.claim(resource);
        }
    }
    let mut actions: BTreeMap<String, Scope> = BTreeMap::new();
    for (i, op) in api.operations.iter_mut().enumerate() {
        let (path_flags, flags) = flag_names(op);
        let mut words = Vec::new();
        match resources.get(&i) {
            None => {}
            Some(_) if twilio => {
                let mut name = topic(op);
                if names.contains(&name) {
                    name = format!(
                        "{}:{}",
                        name.rsplit_once(':')
                            .map_or(name.as_str(), |(head, _)| head),
                        kebab(&op.operation_id)
                    );
                }
                words.push(names.claim(&name));
            }
            Some(resource) if resource.is_empty() => {
                let mut action = kebab(&op.rust_name);
                if names.contains(&action) {
                    action = kebab(&op.operation_id);
                }
                words.push(names.claim(&action));
            }
            Some(resource) => {
                let scope = actions.entry(resource.clone()).or_insert_with(|| {
                    let mut scope = Scope::default();
                    scope.claim("help");
                    scope
                });
                let mut action = kebab(&op.rust_name);
                if scope.contains(&action) {
                    action = kebab(&op.operation_id);
                }
                words.push(resource.clone());
                words.push(scope.claim(&action));
            }
        }
        op.command = Command {
            words,
            path_flags,
            flags,
            path_fields: path_fields(op),
        };
    }
}

/// The resource of an operation another API's command line names: the accessors from the
/// client to its handle, in kebab case (`pet-toys` for `client.pet(&id).toys()`); empty for an
/// operation on the client itself.
fn resource(route: &[&Node]) -> String {
    route
        .iter()
        .map(|n| kebab(&n.accessor))
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}
