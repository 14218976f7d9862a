//! The calls the harness makes: for every operation, its inputs made from the spec (the
//! required ones, then every optional one at once), written as a Rust function that calls the
//! generated library as a user would, and as the arguments of the generated command line.

use std::fmt::Write as _;

use generator::model::{
    Api, Auth, Location, Node, Operation, Parameter, Returns, SchemeKind, Type, TypeDef,
};
use serde_json::Value;

use super::values::{Maker, Spec};

/// Which inputs a call gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Variant {
    /// The required inputs only (and one of each conditional group).
    Required,
    /// Every input.
    All,
}

impl Variant {
    /// Both, in the order they are made.
    pub const BOTH: [Variant; 2] = [Variant::Required, Variant::All];

    /// Its name in the report.
    pub fn name(self) -> &'static str {
        match self {
            Variant::Required => "required",
            Variant::All => "all",
        }
    }
}

/// One call of one operation: the library's function and the command line's arguments.
pub struct Call {
    /// The operation's index in the model.
    pub index: usize,
    /// Which inputs it gives.
    pub variant: Variant,
    /// The body of an `async fn(client: &api::Client, dynamic: bool) -> Result<(), String>`.
    pub function: String,
    /// The command line's arguments after the binary (none when the client does not reach
    /// the operation).
    pub argv: Option<Vec<String>>,
    /// The wire names of its form arrays, which Prism cannot read as sent.
    pub form_arrays: Vec<String>,
    /// Its form or multipart inputs that the body's `required` list names and its
    /// `properties` do not define (sent all the same).
    pub undeclared: Vec<String>,
    /// Its inputs that are objects inside text: a multipart body's object parts (JSON), a
    /// query's objects.
    pub objects_in_text: Vec<String>,
    /// Its form fields that are objects, sent as JSON.
    pub objects_in_form: Vec<String>,
    /// Whether it sends a form without a field (the body is required, none of its fields).
    pub empty_form: bool,
    /// The server the operation is sent to, as the spec gives it.
    pub server: String,
}

/// A value given for a parameter.
struct Given<'p> {
    param: &'p Parameter,
    value: Value,
}

/// The inputs of a call: path values in path order, then the other inputs it gives.
fn inputs<'o>(
    api: &Api,
    spec: &Spec,
    op: &'o Operation,
    variant: Variant,
) -> (Vec<Given<'o>>, Vec<Given<'o>>) {
    let mut maker = Maker::new(spec, variant == Variant::All);
    let mut make = |p: &'o Parameter| Given {
        param: p,
        value: value_for(api, &mut maker, p),
    };
    let path = op.path_params.iter().map(&mut make).collect();
    let mut wanted: Vec<&Parameter> = op
        .params
        .iter()
        .filter(|p| p.required || variant == Variant::All)
        .collect();
    // One input of each group of which one must be given.
    for group in &op.conditional {
        if !wanted.iter().any(|p| group.contains(&p.wire_name))
            && let Some(p) = op
                .params
                .iter()
                .find(|p| group.first() == Some(&p.wire_name))
        {
            wanted.push(p);
        }
    }
    wanted.sort_by_key(|p| op.params.iter().position(|q| std::ptr::eq(*p, q)));
    let others = wanted.into_iter().map(make).collect();
    (path, others)
}

/// A value of the parameter's schema that fits its Rust type.
fn value_for(api: &Api, maker: &mut Maker<'_>, p: &Parameter) -> Value {
    let made = if p.schema.is_empty() {
        None
    } else {
        maker.at(&p.schema)
    };
    fit(api, &p.ty, made.unwrap_or(Value::Null))
}

/// `value` made to fit `ty` where the schema did not give one that does.
fn fit(api: &Api, ty: &Type, value: Value) -> Value {
    match ty {
        Type::Sid(name) => {
            let kind = api.sids.get(name);
            let ok = value.as_str().is_some_and(|s| {
                s.len() == 34
                    && s[2..].bytes().all(|b| b.is_ascii_hexdigit())
                    && kind.is_none_or(|k| {
                        k.prefixes.is_empty()
                            || k.prefixes.iter().any(|p| s.starts_with(p.as_str()))
                    })
            });
            if ok {
                value
            } else {
                let prefix = kind
                    .and_then(|k| k.prefixes.first())
                    .map_or("AA", String::as_str);
                Value::String(format!("{prefix}{}", "a".repeat(32)))
            }
        }
        Type::Enum(name) => {
            let wires: Vec<&str> = match api.types.get(name) {
                Some(TypeDef::Enum(e)) => e.variants.iter().map(|v| v.wire_name.as_str()).collect(),
                _ => Vec::new(),
            };
            match value.as_str() {
                Some(s) if wires.contains(&s) => value,
                _ => Value::String(wires.first().copied().unwrap_or("").to_owned()),
            }
        }
        Type::String | Type::Url => match value {
            Value::String(_) => value,
            Value::Null => Value::String(
                if *ty == Type::Url {
                    "https://example.com/path"
                } else {
                    "example"
                }
                .to_owned(),
            ),
            other => Value::String(other.to_string()),
        },
        Type::Integer { min, max, .. } => match value.as_i64() {
            Some(_) => value,
            None => serde_json::json!(min.unwrap_or(1).min(max.unwrap_or(i64::MAX))),
        },
        Type::Number { .. } => match value.as_f64() {
            Some(_) => value,
            None => serde_json::json!(1.5),
        },
        Type::Boolean => Value::Bool(value.as_bool().unwrap_or(true)),
        // One instant for every date: what the value was does not matter to the spec.
        Type::Date => Value::String("2024-01-02".to_owned()),
        Type::DateTime | Type::DateTimeRfc2822 | Type::DateInput => {
            Value::String("2024-01-02T03:04:05Z".to_owned())
        }
        Type::Binary => Value::String("example".to_owned()),
        Type::Array(inner) => {
            let items = match value {
                Value::Array(items) if !items.is_empty() => items,
                Value::Null => vec![Value::Null],
                other => vec![other],
            };
            Value::Array(
                items
                    .into_iter()
                    .map(|v| fit(api, &nested(inner), v))
                    .collect(),
            )
        }
        Type::Map(_) => match value {
            Value::Object(_) => value,
            _ => serde_json::json!({}),
        },
        Type::Struct(_) => match value {
            Value::Object(_) => value,
            _ => serde_json::json!({}),
        },
        Type::Json => match value {
            Value::Null => serde_json::json!({}),
            other => other,
        },
        Type::Scalar => match value {
            Value::String(_) | Value::Number(_) | Value::Bool(_) => value,
            _ => Value::String("example".to_owned()),
        },
    }
}

/// Inside lists and maps, dates and URLs are text (as the generated crate has them).
fn nested(ty: &Type) -> Type {
    match ty {
        Type::DateTimeRfc2822 | Type::DateTime | Type::Date | Type::Url | Type::DateInput => {
            Type::String
        }
        other => other.clone(),
    }
}

/// The Rust type of a value of `ty`, in the driver (`api` is the generated crate).
fn rust_type(ty: &Type) -> String {
    match ty {
        Type::String => "String".to_owned(),
        Type::Sid(n) | Type::Enum(n) | Type::Struct(n) => format!("api::{n}"),
        Type::Url => "api::Uri".to_owned(),
        Type::DateInput => "api::DateOrDateTime".to_owned(),
        Type::DateTimeRfc2822 | Type::DateTime => "api::time::OffsetDateTime".to_owned(),
        Type::Date => "api::time::Date".to_owned(),
        Type::Integer { int32: true, .. } => "i32".to_owned(),
        Type::Integer { int32: false, .. } => "i64".to_owned(),
        Type::Number { .. } => "f64".to_owned(),
        Type::Boolean => "bool".to_owned(),
        Type::Json => "serde_json::Value".to_owned(),
        Type::Binary => "api::Upload".to_owned(),
        Type::Scalar => "api::Scalar".to_owned(),
        Type::Array(inner) => format!("Vec<{}>", rust_type(&nested(inner))),
        Type::Map(inner) => format!(
            "std::collections::BTreeMap<String, {}>",
            rust_type(&nested(inner))
        ),
    }
}

/// A Rust string literal.
fn lit(text: &str) -> String {
    format!("{text:?}")
}

fn text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `what` parsed into `ty`, failing the call with a message if it does not parse.
fn parsed(ty: &str, what: &str) -> String {
    format!("{what}.parse::<{ty}>().map_err(|e| format!(\"{{e:?}}\"))?")
}

/// An expression of type `ty` (owned, as a setter or `new` stores it) for `value`.
fn owned_expr(ty: &Type, value: &Value) -> String {
    match ty {
        Type::String => format!("{}.to_owned()", lit(&text(value))),
        Type::Sid(_) | Type::Enum(_) | Type::Url | Type::DateInput => parsed(&rust_type(ty), &lit(&text(value))),
        Type::Integer { int32, .. } => format!("{}{}", value.as_i64().unwrap_or(1), if *int32 { "i32" } else { "i64" }),
        Type::Number { .. } => format!("{:?}f64", value.as_f64().unwrap_or(1.5)),
        Type::Boolean => format!("{}", value.as_bool().unwrap_or(true)),
        Type::Date => "api::time::Date::from_calendar_date(2024, api::time::Month::January, 2).map_err(|e| e.to_string())?".to_owned(),
        Type::DateTime | Type::DateTimeRfc2822 => "api::time::OffsetDateTime::from_unix_timestamp(1_704_164_645).map_err(|e| e.to_string())?".to_owned(),
        Type::Binary => format!("api::Upload::from({})", lit(&text(value))),
        Type::Scalar => match value {
            Value::Number(n) if n.is_i64() => format!("api::Scalar::from({}i64)", n.as_i64().unwrap_or(1)),
            Value::Number(n) => format!("api::Scalar::from({:?}f64)", n.as_f64().unwrap_or(1.5)),
            Value::Bool(b) => format!("api::Scalar::from({b})"),
            other => format!("api::Scalar::from({})", lit(&text(other))),
        },
        Type::Array(inner) => {
            let inner = nested(inner);
            let items: Vec<String> = value
                .as_array()
                .map(|items| items.iter().map(|v| owned_expr(&inner, v)).collect())
                .unwrap_or_default();
            format!("vec![{}]", items.join(", "))
        }
        Type::Json | Type::Map(_) | Type::Struct(_) => format!(
            "serde_json::from_str::<{}>({}).map_err(|e| e.to_string())?",
            rust_type(ty),
            lit(&value.to_string())
        ),
    }
}

/// A path value as a handle's accessor or a method takes it: a SID or an enum by reference,
/// a number or a date by value, anything else as `&str`.
fn path_expr(ty: &Type, value: &Value) -> (String, bool) {
    match ty {
        Type::Sid(_) | Type::Enum(_) => (owned_expr(ty, value), true),
        Type::Integer { .. } => (format!("{}i64", value.as_i64().unwrap_or(1)), false),
        Type::Number { .. } => (format!("{:?}f64", value.as_f64().unwrap_or(1.5)), false),
        Type::Boolean => (format!("{}", value.as_bool().unwrap_or(true)), false),
        Type::Date | Type::Scalar => (owned_expr(ty, value), false),
        _ => (format!("{}.to_owned()", lit(&text(value))), true),
    }
}

/// How one path value is passed: the variable's name and whether it is borrowed.
fn pass(name: &str, borrowed: bool, ty: &Type) -> String {
    match (borrowed, ty) {
        (true, Type::Sid(_) | Type::Enum(_)) => format!("&{name}"),
        (true, _) => format!("{name}.as_str()"),
        _ => name.to_owned(),
    }
}

/// Every call of every operation the client reaches.
pub fn calls(api: &Api, spec: &Spec, upload: &str) -> Vec<Call> {
    let routes = api.routes();
    let mut out = Vec::new();
    for (index, op) in api.operations.iter().enumerate() {
        let route = routes.get(&index);
        for variant in Variant::BOTH {
            let (path, others) = inputs(api, spec, op, variant);
            let function = match route {
                Some(route) => library_call(api, op, route, &path, &others),
                None => {
                    "Err(Failure::from(\"the client does not reach the operation\".to_owned()))"
                        .to_owned()
                }
            };
            let argv = route
                .filter(|_| !op.command.words.is_empty())
                .map(|route| command_line(api, op, route, &path, &others, variant, upload));
            let form_arrays = others
                .iter()
                .filter(|g| {
                    g.param.location == Location::Body && matches!(g.param.ty, Type::Array(_))
                })
                .filter(|_| op.body == Some(generator::model::BodyKind::Form))
                .map(|g| g.param.wire_name.clone())
                .collect();
            let form_like = matches!(
                op.body,
                Some(generator::model::BodyKind::Form | generator::model::BodyKind::Multipart)
            );
            let undeclared = others
                .iter()
                .filter(|g| {
                    form_like && g.param.location == Location::Body && g.param.schema.is_empty()
                })
                .map(|g| g.param.wire_name.clone())
                .collect();
            let object = |ty: &Type| match ty {
                Type::Array(inner) => {
                    matches!(**inner, Type::Struct(_) | Type::Json | Type::Map(_))
                }
                ty => matches!(ty, Type::Struct(_) | Type::Json | Type::Map(_)),
            };
            let objects_in_text = others
                .iter()
                .filter(|g| {
                    let in_text = g.param.location == Location::Query
                        || (g.param.location == Location::Body
                            && op.body == Some(generator::model::BodyKind::Multipart));
                    in_text && object(&g.param.ty)
                })
                .map(|g| g.param.wire_name.clone())
                .collect();
            let objects_in_form = others
                .iter()
                .filter(|g| {
                    g.param.location == Location::Body
                        && op.body == Some(generator::model::BodyKind::Form)
                        && object(&g.param.ty)
                })
                .map(|g| g.param.wire_name.clone())
                .collect();
            let empty_form = op.body == Some(generator::model::BodyKind::Form)
                && !others.iter().any(|g| g.param.location == Location::Body);
            out.push(Call {
                index,
                variant,
                function,
                argv,
                form_arrays,
                undeclared,
                objects_in_text,
                objects_in_form,
                empty_form,
                server: op.server.clone(),
            });
        }
    }
    out
}

/// Whether an operation lists with pages (`list`, `stream`, `page`).
fn paged(op: &Operation) -> bool {
    matches!(
        (&op.paging, &op.returns),
        (Some(_), Returns::Json(Type::Struct(_)))
    )
}

/// The library call: path values, the parameters struct, the navigation and the method.
fn library_call(
    api: &Api,
    op: &Operation,
    route: &[&Node],
    path: &[Given<'_>],
    others: &[Given<'_>],
) -> String {
    let mut body = String::new();
    let mut chain = "client".to_owned();
    let mut values = path.iter();
    let mut n = 0;
    for (depth, node) in route.iter().enumerate() {
        if node.param.is_none() {
            let _ = write!(chain, ".{}()", node.accessor);
            continue;
        }
        let Some(given) = values.next() else { break };
        // The account the client stands for is reached from the client itself.
        if depth == 0 && node.client_account && route.len() > 1 {
            continue;
        }
        // The handle may take the value as a type the operation's own schema did not say
        // (a SID where one path left the pattern out): a value of the handle's type.
        let ty = node.param.as_ref().map_or(&given.param.ty, |p| &p.ty);
        let value = fit(api, ty, given.value.clone());
        let (expr, borrowed) = path_expr(ty, &value);
        let _ = writeln!(body, "    let v{n} = {expr};");
        let _ = write!(
            chain,
            ".{}({})",
            node.accessor,
            pass(&format!("v{n}"), borrowed, ty)
        );
        n += 1;
    }
    // Path values inside a segment are the method's arguments.
    let mut args: Vec<String> = Vec::new();
    for given in values {
        let (expr, borrowed) = path_expr(&given.param.ty, &given.value);
        let _ = writeln!(body, "    let v{n} = {expr};");
        args.push(pass(&format!("v{n}"), borrowed, &given.param.ty));
        n += 1;
    }
    if let Some(ps) = &op.params_struct {
        let required: Vec<String> = others
            .iter()
            .filter(|g| g.param.required)
            .map(|g| owned_expr(&g.param.ty, &g.value))
            .collect();
        let _ = write!(
            body,
            "    let params = api::{ps}::new({})",
            required.join(", ")
        );
        for g in others.iter().filter(|g| !g.param.required) {
            let _ = write!(
                body,
                "\n        .{}({})",
                g.param.rust_name,
                owned_expr(&g.param.ty, &g.value)
            );
        }
        body.push_str(";\n");
        args.push("params".to_owned());
    }
    let _ = writeln!(body, "    let handle = {chain};");
    if paged(op)
        && let Some(paging) = &op.paging
    {
        let limited = if op.params_struct.is_some() {
            args.pop();
            args.push("params.clone()".to_owned());
            let mut limited = args.clone();
            limited.pop();
            limited.push("params.clone().limit(1)".to_owned());
            limited
        } else {
            args.clone()
        };
        let _ = writeln!(
            body,
            "    let page = handle.{}({}).await.map_err(describe)?;\n    \
             let _ = page.items();\n    \
             if let Err(e) = handle.{}({}).await {{\n        \
                 if !refused(&e) {{ let mut f = describe(e); f.reason = format!(\"list: {{}}\", f.reason); return Err(f); }}\n    \
             }}\n    \
             if dynamic {{\n        \
                 if let Err(e) = handle.{}({}).await {{\n            \
                     if !refused(&e) {{ let mut f = describe(e); f.reason = format!(\"list of every page: {{}}\", f.reason); return Err(f); }}\n        \
                 }}\n    \
             }}\n    \
             Ok(())",
            paging.page_method,
            args.join(", "),
            op.rust_name,
            limited.join(", "),
            op.rust_name,
            args.join(", "),
        );
    } else {
        let _ = writeln!(
            body,
            "    handle.{}({}).await.map(|_| ()).map_err(describe)",
            op.rust_name,
            args.join(", ")
        );
    }
    body
}

/// The command line's arguments: the subcommand's words, the path flags (the account's only
/// when every input is given), the inputs' flags.
fn command_line(
    api: &Api,
    op: &Operation,
    route: &[&Node],
    path: &[Given<'_>],
    others: &[Given<'_>],
    variant: Variant,
    upload: &str,
) -> Vec<String> {
    let mut argv = op.command.words.clone();
    let account_optional = route.first().is_some_and(|n| n.client_account);
    // A path flag takes the type of the handle that carries the value.
    let node_types: Vec<&Type> = route
        .iter()
        .filter_map(|n| n.param.as_ref())
        .map(|p| &p.ty)
        .collect();
    for (i, given) in path.iter().enumerate() {
        if i == 0 && account_optional && variant == Variant::Required {
            continue;
        }
        let value = match node_types.get(i) {
            Some(ty) => fit(api, ty, given.value.clone()),
            None => given.value.clone(),
        };
        if let Some(flag) = op.command.path_flags.get(i) {
            argv.push(format!("--{flag}"));
            argv.push(text(&value));
        }
    }
    for given in others {
        let Some(at) = op.params.iter().position(|p| std::ptr::eq(p, given.param)) else {
            continue;
        };
        let Some(flag) = op.command.flags.get(at) else {
            continue;
        };
        // A list is a flag per item; any other value, a list in JSON included, one flag.
        let items: Vec<&Value> = match (&given.param.ty, &given.value) {
            (Type::Array(_), Value::Array(items)) => items.iter().collect(),
            (_, one) => vec![one],
        };
        for item in items {
            argv.push(format!("--{flag}"));
            argv.push(match (&given.param.ty, item) {
                (Type::Binary, _) => upload.to_owned(),
                (Type::Array(inner), v) if matches!(**inner, Type::Binary) => {
                    let _ = v;
                    upload.to_owned()
                }
                (Type::Json | Type::Map(_) | Type::Struct(_), v) => v.to_string(),
                (Type::Array(inner), v)
                    if matches!(**inner, Type::Json | Type::Map(_) | Type::Struct(_)) =>
                {
                    v.to_string()
                }
                (_, v) => text(v),
            });
        }
    }
    if paged(op) {
        argv.extend(["--limit".to_owned(), "1".to_owned()]);
    }
    argv
}

/// The builder calls that give the client test credentials, and the variables that give the
/// command line the same.
pub fn credentials(api: &Api) -> (String, Vec<(String, String)>) {
    match &api.auth {
        Auth::Twilio => (
            format!(
                ".account_sid({}).auth_token(\"token\").access_token(\"token\")",
                lit(&format!("AC{}", "a".repeat(32)))
            ),
            vec![
                (
                    "TWILIO_ACCOUNT_SID".to_owned(),
                    format!("AC{}", "a".repeat(32)),
                ),
                ("TWILIO_AUTH_TOKEN".to_owned(), "token".to_owned()),
                ("TWILIO_ACCESS_TOKEN".to_owned(), "token".to_owned()),
            ],
        ),
        Auth::Schemes { schemes, .. } => {
            let mut calls = String::new();
            let mut vars = Vec::new();
            for s in schemes {
                if s.kind == SchemeKind::Basic {
                    let _ = write!(calls, ".{}(\"user\", \"password\")", s.method);
                    if let [user, password] = s.vars.as_slice() {
                        vars.push((user.clone(), "user".to_owned()));
                        vars.push((password.clone(), "password".to_owned()));
                    }
                } else {
                    let _ = write!(calls, ".{}(\"secret\")", s.method);
                    if let Some(var) = s.vars.first() {
                        vars.push((var.clone(), "secret".to_owned()));
                    }
                }
            }
            (calls, vars)
        }
    }
}

/// The driver's `main.rs`: every call of `calls`, in order, each printing one line of JSON
/// (`{"call": N, "ok": bool, "reason": "…", "violations": […]}`).
pub fn driver(lib: &str, api: &Api, calls: &[Call]) -> String {
    let (credentials, _) = credentials(api);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "//! The conformance harness's driver (generated; not checked in).\n\
         #![allow(unused, clippy::all)]\n\
         use {lib} as api;\n\n\
         /// Why a call failed, with what Prism said of the request.\n\
         struct Failure {{ reason: String, violations: Vec<serde_json::Value> }}\n\n\
         impl From<String> for Failure {{\n    \
             fn from(reason: String) -> Self {{ Failure {{ reason, violations: Vec::new() }} }}\n\
         }}\n\n\
         fn describe(e: api::Error) -> Failure {{\n    \
             match &e {{\n        \
                 api::Error::Api(a) => Failure {{\n            \
                     reason: format!(\"HTTP {{}}: {{}}\", a.status, a.message),\n            \
                     violations: a.details.as_ref().and_then(|d| d.get(\"validation\")).and_then(|v| v.as_array()).cloned().unwrap_or_default(),\n        \
                 }},\n        \
                 other => Failure::from(other.to_string()),\n    \
             }}\n\
         }}\n\n\
         /// Whether a list stopped at a next-page link it must not follow (to another host, or\n\
         /// to the same page), as it should.\n\
         fn refused(e: &api::Error) -> bool {{\n    \
             let text = e.to_string();\n    \
             text.contains(\"leaves the client's host\") || text.contains(\"names the same page\")\n\
         }}\n"
    );
    // Each call is its own boxed future, reached through a table: one await in `main`, so
    // that the compiler's work grows with the number of calls, not faster.
    for (n, call) in calls.iter().enumerate() {
        let _ = writeln!(
            out,
            "fn call_{n}(client: &api::Client, dynamic: bool) -> Call<'_> {{\n    Box::pin(async move {{\n{}    }})\n}}\n",
            call.function
        );
    }
    let _ = writeln!(
        out,
        "type Call<'c> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), Failure>> + 'c>>;\n\n\
         static CALLS: &[for<'c> fn(&'c api::Client, bool) -> Call<'c>] = &[{}];\n",
        (0..calls.len())
            .map(|n| format!("call_{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    // The mock mode: every operation mounted on the crate's own mock, each call judged by
    // whether its operation's mock read the request.
    let mounts: Vec<String> = api
        .operations
        .iter()
        .map(|op| {
            format!(
                "        {{ let m = server.{}().respond_status({}); Box::new(move || m.received().len()) }},",
                op.mock_method, op.status
            )
        })
        .collect();
    // Operations that share a method and a path (Box's `/files/{id}` and
    // `/files/{id}#get_shared_link`) cannot be told apart by a request that would do for
    // both: a call is read when a mock of its group read it.
    let group_key = |op: &Operation| {
        let path = op.path.split(['#', '?']).next().unwrap_or("");
        let mut key = format!("{} ", op.method.as_str());
        let mut depth = 0;
        for c in path.chars() {
            match c {
                '{' => {
                    depth += 1;
                    key.push('{');
                }
                '}' => {
                    depth -= 1;
                    key.push('}');
                }
                c if depth == 0 => key.push(c),
                _ => {}
            }
        }
        key
    };
    let keys: Vec<String> = api.operations.iter().map(group_key).collect();
    let ops: Vec<String> = calls
        .iter()
        .map(|c| {
            let members: Vec<String> = (0..keys.len())
                .filter(|&i| keys[i] == keys[c.index])
                .map(|i| i.to_string())
                .collect();
            format!("&[{}]", members.join(", "))
        })
        .collect();
    let _ = writeln!(
        out,
        "static OPS: &[&[usize]] = &[{}];\n\n\
         async fn mock_main() {{\n    \
             let server = api::mock::MockServer::start().await;\n    \
             let counts: Vec<Box<dyn Fn() -> usize>> = vec![\n{}\n    ];\n    \
             let client = api::Client::builder(){credentials}\n        \
                 .base_url(server.uri())\n        \
                 .retry_policy(api::RetryPolicy::none())\n        \
                 .build()\n        \
                 .expect(\"a client\");\n    \
             for (n, call) in CALLS.iter().enumerate() {{\n        \
                 let read_by = |ops: &[usize]| ops.iter().map(|&i| counts[i]()).sum::<usize>();\n        \
                 let (strays, before) = (server.unmatched().len(), read_by(OPS[n]));\n        \
                 let result = call(&client, false).await;\n        \
                 let stray: Vec<String> = server.unmatched().into_iter().skip(strays).collect();\n        \
                 let read = read_by(OPS[n]) > before;\n        \
                 let reason = if !stray.is_empty() {{\n            \
                     Some(format!(\"the mock did not read {{}}\", stray.join(\"; \")))\n        \
                 }} else if !read {{\n            \
                     Some(match result {{ Err(f) => format!(\"nothing reached the mock: {{}}\", f.reason), Ok(()) => \"nothing reached the mock\".to_owned() }})\n        \
                 }} else {{ None }};\n        \
                 println!(\"{{}}\", serde_json::json!({{\"call\": n, \"ok\": reason.is_none(), \"reason\": reason, \"violations\": []}}));\n    \
             }}\n\
         }}\n",
        ops.join(", "),
        mounts.join("\n")
    );
    let _ = writeln!(
        out,
        "#[tokio::main(flavor = \"current_thread\")]\n\
         async fn main() {{\n    \
             let mut args = std::env::args().skip(1);\n    \
             let base = args.next().expect(\"a base URL\");\n    \
             if base == \"mock\" {{ return mock_main().await; }}\n    \
             let dynamic = args.next().as_deref() == Some(\"dynamic\");\n    \
             let only: Option<usize> = args.next().and_then(|a| a.parse().ok());\n    \
             let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));\n    \
             let record = seen.clone();\n    \
             let client = api::Client::builder(){credentials}\n        \
                 .base_url(base)\n        \
                 .retry_policy(api::RetryPolicy::none())\n        \
                 .on_response(move |r| {{\n            \
                     if let Some(v) = r.headers().get(\"sl-violations\") {{\n                \
                         record.lock().unwrap().push(String::from_utf8_lossy(v.as_bytes()).into_owned());\n            \
                     }}\n        \
                 }})\n        \
                 .build();\n    \
             let client = match client {{\n        \
                 Ok(c) => c,\n        \
                 Err(e) => {{\n            \
                     println!(\"{{}}\", serde_json::json!({{\"call\": null, \"ok\": false, \"reason\": format!(\"the client cannot be built: {{e}}\")}}));\n            \
                     return;\n        \
                 }}\n    \
             }};"
    );
    let _ = writeln!(
        out,
        "    for (n, call) in CALLS.iter().enumerate() {{\n        \
             if only.is_some_and(|o| o != n) {{ continue; }}\n        \
             seen.lock().unwrap().clear();\n        \
             let result = call(&client, dynamic).await;\n        \
             let mut violations: Vec<serde_json::Value> = seen.lock().unwrap().iter().map(|v| serde_json::from_str(v).unwrap_or(serde_json::Value::String(v.clone()))).collect();\n        \
             let ok = result.is_ok();\n        \
             let reason = match result {{ Ok(()) => None, Err(f) => {{ violations.extend(f.violations); Some(f.reason) }} }};\n        \
             println!(\"{{}}\", serde_json::json!({{\"call\": n, \"ok\": ok, \"reason\": reason, \"violations\": violations}}));\n    \
         }}"
    );
    out.push_str("}\n");
    out
}
