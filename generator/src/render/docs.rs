//! The crate documentation: the crate docs (`lib.rs`'s `//!`), the quick start, the list
//! example, the table of operations and how each is reached from the client.

use super::*;

/// The crate's SID type for a prefix (`crate::CallSid` for `CA`), or `String` if it has none.
pub(super) fn sid_or_string(
    sids: &BTreeMap<String, crate::model::SidKind>,
    prefix: &str,
) -> String {
    sids.values()
        .find(|s| s.prefixes == [prefix])
        .map_or("String".to_owned(), |s| format!("crate::{}", s.name))
}

pub(super) fn operation_table(api: &Api) -> Vec<(String, String, String, String)> {
    let calls = call_paths(api);
    api.operations
        .iter()
        .enumerate()
        .map(|(i, op)| {
            let call = calls.get(&i).map(|c| c.text.clone()).unwrap_or_default();
            (
                op.operation_id.clone(),
                op.method.as_str().to_owned(),
                op.path.clone(),
                call,
            )
        })
        .collect()
}

/// How a caller reaches an operation: the call's text, and the path values it passes, each
/// with the name the text gives it and the parameter it is (for its type).
pub(super) struct CallPath<'a> {
    pub(super) text: String,
    /// Each value: its name, the parameter the call takes it as, and the operation's own.
    pub(super) values: Vec<(String, &'a Parameter, &'a Parameter)>,
}

/// For each operation index, how a caller reaches it: `client.call(&call_sid).user_defined_messages().create(params)`.
///
/// A value is named after the accessor's parameter; where two values of one call would have the same name (a node named from
/// `/Assistants/{id}` above the operation's own `{id}`), the node's value takes the name the
/// operation gives it (`assistant_id`), and a number if that is not enough.
pub(super) fn call_paths(api: &Api) -> BTreeMap<usize, CallPath<'_>> {
    api.routes()
        .into_iter()
        .map(|(i, route)| {
            let op = &api.operations[i];
            // The call's pieces: an accessor, and the value it takes, as the accessor's
            // parameter and as the operation's own.
            let mut pieces: Vec<(String, Option<(&Parameter, &Parameter)>)> = Vec::new();
            // The operation's own path parameters, in the order the nodes take them.
            let mut own = op.path_params.iter();
            for (depth, node) in route.iter().enumerate() {
                if depth == 0 && node.client_account && route.len() > 1 {
                    // Sub-resources of the client's own account are reached from the client
                    // directly.
                    own.next();
                    continue;
                }
                let value = node.param.as_ref().map(|p| (p, own.next().unwrap_or(p)));
                pieces.push((node.accessor.clone(), value));
            }
            let wanted: Vec<(&Parameter, &Parameter)> =
                pieces.iter().filter_map(|(_, v)| *v).collect();
            let firsts: Vec<&str> = wanted
                .iter()
                .map(|&(p, own)| {
                    let name = p.rust_name.as_str();
                    let repeats = wanted.iter().filter(|(q, _)| q.rust_name == name).count();
                    if repeats > 1 {
                        own.rust_name.as_str()
                    } else {
                        name
                    }
                })
                .collect();
            let mut names: Vec<String> = Vec::new();
            for first in firsts {
                let mut name = first.to_owned();
                let mut n = 2;
                while names.contains(&name) {
                    name = format!("{first}_{n}");
                    n += 1;
                }
                names.push(name);
            }
            let values: Vec<(String, &Parameter, &Parameter)> = names
                .iter()
                .zip(&wanted)
                .map(|(name, &(p, own))| (name.clone(), p, own))
                .collect();
            let mut names = names.into_iter();
            let mut call = "client".to_owned();
            for (accessor, value) in &pieces {
                if value.is_some()
                    && let Some(name) = names.next()
                {
                    call.push_str(&format!(".{accessor}(&{name})"));
                } else {
                    call.push_str(&format!(".{accessor}()"));
                }
            }
            let args = if op.params_struct.is_some() {
                "params"
            } else {
                ""
            };
            let text = format!("{call}.{}({args})", op.rust_name);
            (i, CallPath { text, values })
        })
        .collect()
}

pub(super) fn crate_doc(api: &Api, options: &RenderOptions, lib_name: &str) -> Vec<String> {
    let mut lines = vec![
        format!(
            "A typed client for {}, generated from `{}`.",
            api.title, options.spec_name
        ),
        String::new(),
    ];
    if !api.description.is_empty() {
        lines.extend(api.description.lines().map(str::to_owned));
        lines.push(String::new());
    }
    lines.push("# Quick start".to_owned());
    lines.push(String::new());
    match quickstart(api, options, lib_name) {
        Some(example) => lines.extend(example),
        None => {
            lines.push("```no_run".to_owned());
            lines.push(format!("let client = {lib_name}::Client::from_env()?;"));
            lines.push("# let _ = client;".to_owned());
            lines.push(format!("# Ok::<(), {lib_name}::Error>(())"));
            lines.push("```".to_owned());
        }
    }
    if let Some(list) = list_example(api) {
        lines.extend(["", "# Lists", "", "```no_run"].map(str::to_owned));
        lines.extend(list.lines(lib_name, true));
        lines.push("```".to_owned());
    }
    lines.extend(["", "# Configuration", ""].map(str::to_owned));
    lines.extend(super::auth::configuration(api, true));
    lines.extend(
        [
            "",
            "# Errors",
            "",
            "Every call returns [`Error`]: the API's error ([`Error::Api`]), an input that breaks a",
            "rule of the API and was not sent ([`Error::Validation`]), a failed or timed-out request",
            "([`Error::Transport`]), or an answer that could not be decoded ([`Error::Undecodable`]).",
        ]
        .map(str::to_owned),
    );
    lines.extend(
        [
            "",
            "# Hooks",
            "",
            "[`ClientBuilder::on_request`] runs on every attempt just before it is sent (retries",
            "included, credentials already set), and may change it; [`ClientBuilder::on_response`]",
            "sees every answer. With the `middleware` feature, `ClientBuilder::middleware` sends",
            "every attempt through a reqwest-middleware stack.",
            "",
            "```no_run",
            "use std::time::Instant;",
            "",
            &format!("let client = {lib_name}::ClientBuilder::from_vars(|name| std::env::var(name).ok())"),
            "    // A header on every request, signed or per tenant.",
            "    .on_request(|request| {",
            "        request.headers_mut().insert(\"x-tenant\", \"acme\".parse().expect(\"a header value\"));",
            "    })",
            "    // The latency of every answer, into your metrics.",
            "    .on_response({",
            "        let started = Instant::now();",
            "        move |response| eprintln!(\"{} after {:?}\", response.status(), started.elapsed())",
            "    })",
            "    .build()?;",
            "# let _ = client;",
            &format!("# Ok::<(), {lib_name}::Error>(())"),
            "```",
            "",
            "# Without an async runtime",
            "",
            "With the `blocking` feature, `blocking::Client` has the same navigation, parameters,",
            "models and errors, each call waiting for its answer (see the `blocking` module).",
        ]
        .map(str::to_owned),
    );
    lines
}

/// A quick-start example that calls one operation the way Twilio's documentation does.
pub(super) fn quickstart(
    api: &Api,
    options: &RenderOptions,
    lib_name: &str,
) -> Option<Vec<String>> {
    let calls = call_paths(api);
    let mut candidates: Vec<usize> = (0..api.operations.len()).collect();
    candidates.sort_by_key(|&i| {
        let op = &api.operations[i];
        let named = options.quickstart.as_deref() == Some(op.operation_id.as_str());
        let create = op.rust_name == "create";
        // Values typed as SIDs show the crate best; text ones are examples at most.
        let untyped = calls.get(&i).map_or(0, |c| {
            c.values
                .iter()
                .filter(|(_, p, _)| !matches!(p.ty, Type::Sid(_)))
                .count()
        });
        (
            !named,
            !create,
            untyped,
            op.params.iter().filter(|p| p.required).count(),
            op.path.len(),
            op.operation_id.clone(),
        )
    });
    'ops: for i in candidates {
        let op = &api.operations[i];
        let CallPath { text: call, values } = calls.get(&i)?;
        let mut uses = vec!["Client".to_owned()];
        let mut body = vec![
            super::auth::credentials_comment(api),
            "let client = Client::from_env()?;".to_owned(),
        ];
        for (var, p, own) in values {
            match &p.ty {
                // A value the accessor takes as text (a SID or a unique name): the SID the
                // operation's own parameter describes, or an example.
                Type::String => {
                    let example = match &own.ty {
                        Type::Sid(name) => api
                            .sids
                            .get(name)
                            .and_then(|s| s.prefixes.first())
                            .map(|prefix| format!("{prefix}{}", "a".repeat(32))),
                        _ => None,
                    };
                    let example =
                        example.unwrap_or_else(|| example_text(&own.wire_name).to_owned());
                    body.push(format!("let {var} = \"{example}\";"));
                }
                Type::Sid(name) => {
                    let prefix = api
                        .sids
                        .get(name)
                        .and_then(|s| s.prefixes.first().cloned())
                        .unwrap_or_else(|| "XX".to_owned());
                    uses.push(name.clone());
                    body.push(format!(
                        "let {var}: {name} = \"{prefix}{}\".parse()?;",
                        "a".repeat(32)
                    ));
                }
                _ => continue 'ops,
            }
        }
        if let Some(ps) = &op.params_struct {
            uses.push(ps.clone());
            let mut args = Vec::new();
            for p in op.params.iter().filter(|p| p.required) {
                match &p.ty {
                    Type::Url => {
                        let url = if p.wire_name.to_ascii_lowercase().contains("callback") {
                            "https://www.example.com/your-endpoint-that-can-receive-messages"
                        } else {
                            "https://www.example.com/"
                        };
                        args.push(format!("\"{url}\""));
                    }
                    Type::String => args.push(format!("\"{}\"", example_text(&p.wire_name))),
                    _ => continue 'ops,
                }
            }
            body.push(format!("let params = {ps}::new({});", args.join(", ")));
        }
        let result = match &op.returns {
            Returns::Json(Type::Struct(name)) => {
                let field = match api.types.get(name) {
                    Some(TypeDef::Struct(s)) => s
                        .fields
                        .iter()
                        .find(|f| f.rust_name == "account_sid")
                        .or_else(|| s.fields.iter().find(|f| f.rust_name == "sid"))
                        .map(|f| f.rust_name.clone()),
                    _ => None,
                };
                let var = ident::snake(name.trim_end_matches("Response"));
                body.push(format!("let {var} = {call}.await?;"));
                match field {
                    Some(f) => body.push(format!("println!(\"{{:?}}\", {var}.{f});")),
                    None => body.push(format!("println!(\"{{{var}:?}}\");")),
                }
                continue_with(body)
            }
            _ => {
                body.push(format!("{call}.await?;"));
                continue_with(body)
            }
        };
        uses.sort();
        uses.dedup();
        let mut lines = vec![
            format!("`{}`: {}", op.operation_id, crate::docs::summary(&op.doc)),
            String::new(),
            "```no_run".to_owned(),
            if uses.len() == 1 {
                format!("use {lib_name}::{};", uses[0])
            } else {
                format!("use {lib_name}::{{{}}};", uses.join(", "))
            },
            String::new(),
            "# async fn run() -> Result<(), Box<dyn std::error::Error>> {".to_owned(),
        ];
        lines.extend(result);
        lines.push("# Ok(())".to_owned());
        lines.push("# }".to_owned());
        lines.push("```".to_owned());
        return Some(lines);
    }
    None
}

pub(super) fn continue_with(body: Vec<String>) -> Vec<String> {
    body
}

pub(super) fn example_text(wire: &str) -> &'static str {
    if wire == "Content" {
        "{\\\"key\\\":\\\"value\\\"}"
    } else {
        "example"
    }
}

/// The first list reached without path values (`client.calls()`), to show paging with.
pub(super) fn list_example(api: &Api) -> Option<ListExample> {
    let calls = call_paths(api);
    api.operations.iter().enumerate().find_map(|(i, op)| {
        let params = op.params_struct.clone()?;
        let paging = op.paging.as_ref()?;
        // `{params}::new()` in the snippet: a list that needs no input.
        if op.params.iter().any(|p| p.required) {
            return None;
        }
        let call = calls.get(&i).filter(|c| c.values.is_empty())?;
        let (prefix, _) = call.text.rsplit_once('.')?;
        Some(ListExample {
            prefix: prefix.to_owned(),
            list: op.rust_name.clone(),
            stream: paging.stream_method.clone(),
            page: paging.page_method.clone(),
            params,
        })
    })
}

/// A list operation as the README and the crate docs show it:
/// `{prefix}.{list}({params}::new().limit(120))`.
pub(super) struct ListExample {
    pub(super) prefix: String,
    pub(super) list: String,
    pub(super) stream: String,
    pub(super) page: String,
    pub(super) params: String,
}

impl ListExample {
    /// The snippet: `list` with a limit, `stream`, `page` and `next_page`. With `doctest`, the
    /// lines that make it a compiled doctest are there too, hidden (`# `).
    pub(super) fn lines(&self, lib_name: &str, doctest: bool) -> Vec<String> {
        let ListExample {
            prefix,
            list,
            stream,
            page,
            params,
        } = self;
        let hidden = |line: &str| doctest.then(|| format!("# {line}"));
        let mut out = Vec::new();
        out.extend(hidden(&format!(
            "async fn run() -> Result<(), {lib_name}::Error> {{"
        )));
        out.extend([
            format!("use {lib_name}::{{Client, {params}}};"),
            String::new(),
            "let client = Client::from_env()?;".to_owned(),
            "// Every item up to a limit, following the pages: a limit without a page size asks for"
                .to_owned(),
            "// pages of its size (at most 1000), and no page is asked for once it is reached."
                .to_owned(),
            format!("let items = {prefix}.{list}({params}::new().limit(120)).await?;"),
            "println!(\"{} items\", items.len());".to_owned(),
            String::new(),
            "// One by one: a page is fetched only when the loop reaches it.".to_owned(),
            format!("let stream = {prefix}.{stream}({params}::new().page_size(100));"),
            "let mut stream = std::pin::pin!(stream);".to_owned(),
            "while let Some(item) = futures_util::StreamExt::next(&mut stream).await {".to_owned(),
            "    let _item = item?;".to_owned(),
            "}".to_owned(),
            String::new(),
            "// One page at a time.".to_owned(),
            format!("let first = {prefix}.{page}({params}::new().page_size(50)).await?;"),
            "if let Some(second) = first.next_page().await? {".to_owned(),
            "    println!(\"{} then {}\", first.items().len(), second.items().len());".to_owned(),
            "}".to_owned(),
        ]);
        out.extend(hidden("Ok(())"));
        out.extend(hidden("}"));
        out
    }
}

/// The docs of a product's module, in a crate made of several specs.
pub(super) fn product_module_doc(api: &Api, product: &crate::model::Product) -> Vec<String> {
    let title = if api.title.is_empty() {
        format!("The `{}` API", product.module)
    } else {
        api.title.trim_end_matches('.').to_owned()
    };
    let mut lines = vec![
        format!(
            "{title}, generated from `{}` (feature `{}`).",
            product.spec_name, product.module
        ),
        String::new(),
    ];
    if !api.description.is_empty() {
        lines.extend(api.description.lines().map(str::to_owned));
        lines.push(String::new());
    }
    lines.push(format!(
        "Its operations are reached from [`Client::{m}`](crate::Client::{m}); its parameters, models and",
        m = product.module
    ));
    lines.push("enums are here, its SID types at the crate's root.".to_owned());
    lines
}

/// The docs of a crate made of several specs: its products, their features, a quick start.
pub(super) fn many_crate_doc(apis: &[Api], lib_name: &str) -> Vec<String> {
    let mut lines = vec![
        "A typed client for several APIs at once: one [`Client`], one [`Error`], the SID types"
            .to_owned(),
        "at the root, and a module per product, each behind a cargo feature of its name (`full`"
            .to_owned(),
        "turns on all of them; the default, none).".to_owned(),
        String::new(),
        "| feature | API |".to_owned(),
        "|---|---|".to_owned(),
    ];
    for api in apis {
        if let Some(p) = &api.product {
            lines.push(format!(
                "| `{}` | {} |",
                p.module,
                api.title.replace('|', "/")
            ));
        }
    }
    lines.extend(["", "# Quick start", "", "```no_run"].map(str::to_owned));
    lines.push(format!("let client = {lib_name}::Client::from_env()?;"));
    if let Some(p) = apis.iter().find_map(|a| a.product.as_ref()) {
        lines.push(format!("# #[cfg(feature = \"{}\")]", p.module));
        lines.push(format!("let {} = client.{}();", p.module, p.module));
        lines.push(format!("# #[cfg(feature = \"{}\")]", p.module));
        lines.push(format!("# let _ = {};", p.module));
    }
    lines.push("# let _ = client;".to_owned());
    lines.push(format!("# Ok::<(), {lib_name}::Error>(())"));
    lines.push("```".to_owned());
    if let Some(first) = apis.first() {
        lines.extend(["", "# Configuration", ""].map(str::to_owned));
        lines.extend(super::auth::configuration(first, true));
    }
    lines
}
