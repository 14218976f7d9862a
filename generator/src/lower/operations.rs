//! Operations: an OpenAPI operation to a [`Operation`] of the model, with its parameters,
//! its body fields, Twilio's conditional groups and what it returns.

use openapiv3::{
    Operation as OaOperation, Parameter as OaParameter, ParameterSchemaOrContent, PathItem,
};

use crate::diag::{Diagnostic, Stage, child};
use crate::ident::{self, Scope};
use crate::model::{Location, Method, Operation, Parameter, PathTemplate, Type};

use super::navigation::verb;
use super::{Lowerer, NameHint, Side, paths, security};

pub(super) fn path_operations(
    item: &PathItem,
) -> [(&'static str, Method, &Option<OaOperation>); 8] {
    [
        ("get", Method::Get, &item.get),
        ("post", Method::Post, &item.post),
        ("put", Method::Put, &item.put),
        ("patch", Method::Patch, &item.patch),
        ("delete", Method::Delete, &item.delete),
        ("options", Method::Options, &item.options),
        ("head", Method::Head, &item.head),
        ("trace", Method::Trace, &item.trace),
    ]
}

/// Names an operation's parameters may not take: the generated code's own.
const RESERVED_PARAMS: [&str; 9] = [
    "client",
    "params",
    "self_",
    "new",
    "validate",
    "query_pairs",
    "header_pairs",
    "form_pairs",
    "json_body",
];

/// What a parameter is checked and named against: its operation and its path.
struct Context<'p> {
    path: &'p str,
    op_name: &'p str,
    /// The path, parsed.
    template: PathTemplate,
}

impl<'a> Lowerer<'a> {
    pub(super) fn operation(
        &mut self,
        path: &str,
        item: &PathItem,
        method: Method,
        op: &OaOperation,
        pointer: &str,
        default_server: &str,
    ) -> Option<Operation> {
        let before = self.diags.0.len();
        // A fragment in a path's key (`/files/{file_id}#get_shared_link`, which tells apart two
        // operations of one path) is never sent: the request goes to the path before it.
        let path = path.split_once('#').map_or(path, |(path, _)| path);
        // Without an `operationId`, the operation is named from its method and path
        // (`GET /guilds/{guild_id}/widget.png` is `GetGuildsGuildIdWidgetPng`).
        let operation_id = op.operation_id.clone().unwrap_or_else(|| {
            ident::pascal(&format!("{} {path}", method.as_str().to_ascii_lowercase()))
        });
        let op_name = ident::pascal(&operation_id);
        let server = op
            .servers
            .first()
            .or_else(|| item.servers.first())
            .map(|s| s.url.trim_end_matches('/').to_owned())
            .unwrap_or_else(|| default_server.to_owned());

        let context = Context {
            path,
            op_name: &op_name,
            template: paths::parse(path),
        };
        let mut path_params = Vec::new();
        let mut params = Vec::new();
        let mut param_scope = Scope::default();
        for reserved in RESERVED_PARAMS {
            param_scope.claim(reserved);
        }
        for (ppointer, p) in self.merged_parameters(path, item, op, pointer) {
            let Some(param) = self.parameter(&ppointer, p, &context, &mut param_scope) else {
                continue;
            };
            if param.location == Location::Path {
                path_params.push(param);
            } else {
                params.push(param);
            }
        }
        self.check_path_defined(&context, &path_params, pointer);
        path_params.sort_by_key(|p| {
            context
                .template
                .params
                .iter()
                .position(|t| t == &p.wire_name)
        });

        let body = op
            .request_body
            .as_ref()
            .and_then(|rb| self.request_body(rb, pointer, &op_name, &mut param_scope, &mut params));
        let (status, returns, accept) = self.success(op, pointer, &op_name);

        if self.diags.0.len() > before {
            return None;
        }
        let idempotency_key = params
            .iter()
            .find(|p| is_idempotency_key(p))
            .map(|p| p.rust_name.clone());
        let params_struct = if params.is_empty() {
            None
        } else {
            Some(
                self.type_scope
                    .claim(&ident::pascal(&format!("{op_name} Params"))),
            )
        };
        let doc = self.operation_doc(op, &operation_id);
        let conditional = self.conditional_groups(op, &params, pointer);
        let mock_method = crate::ident::snake(&operation_id);
        // The verb its operationId or method says (`list`, `fetch`, `create`); navigation
        // numbers it where two operations of one handle read the same.
        let instance = context
            .template
            .resources
            .last()
            .is_some_and(|s| s.param.is_some());
        let rust_name = verb(&operation_id, method, instance).to_owned();
        Some(Operation {
            security: op.security.as_deref().map(security::allowed),
            conditional,
            operation_id,
            rust_name,
            method,
            path: path.to_owned(),
            template: context.template.clone(),
            server,
            pointer: pointer.to_owned(),
            doc,
            path_params,
            params,
            body,
            params_struct,
            status,
            returns,
            accept,
            idempotency_key,
            paging: None,
            command: crate::model::Command::default(),
            mock_method,
        })
    }

    /// The operation's parameters with their pointers: the path item's, overridden by the
    /// operation's (same name and location). A `$ref` resolves into the document, which
    /// outlives both (`'a: 'o`).
    fn merged_parameters<'o>(
        &mut self,
        path: &str,
        item: &'o PathItem,
        op: &'o OaOperation,
        pointer: &str,
    ) -> Vec<(String, &'o OaParameter)>
    where
        'a: 'o,
    {
        let mut merged: Vec<(String, &OaParameter)> = Vec::new();
        for (i, p) in item.parameters.iter().enumerate() {
            let ppointer = child(&child(&child("/paths", path), "parameters"), i.to_string());
            if let Some(p) = self.resolve_parameter(p, &ppointer)
                && !self.client_sets(p, &ppointer)
            {
                merged.push((ppointer, p));
            }
        }
        for (i, p) in op.parameters.iter().enumerate() {
            let ppointer = child(&child(pointer, "parameters"), i.to_string());
            if let Some(p) = self.resolve_parameter(p, &ppointer) {
                if self.client_sets(p, &ppointer) {
                    continue;
                }
                let key = (
                    p.parameter_data_ref().name.clone(),
                    std::mem::discriminant(p),
                );
                merged.retain(|(_, q)| {
                    (
                        q.parameter_data_ref().name.clone(),
                        std::mem::discriminant(*q),
                    ) != key
                });
                merged.push((ppointer, p));
            }
        }
        merged
    }

    /// Whether `p` is a header the client writes itself from the media types it sends and reads
    /// (`Accept`, `Content-Type`), which OpenAPI says a parameter must not describe: such a
    /// parameter is left out, with a warning at its pointer. A second value beside the
    /// client's own would make the header a list that the server refuses.
    fn client_sets(&mut self, p: &OaParameter, ppointer: &str) -> bool {
        let name = &p.parameter_data_ref().name;
        let sets = matches!(p, OaParameter::Header { .. })
            && (name.eq_ignore_ascii_case("accept") || name.eq_ignore_ascii_case("content-type"));
        if sets {
            self.warnings.push(
                Diagnostic::new(
                    Stage::Lower,
                    ppointer.to_owned(),
                    format!("the header parameter `{name}` is left out, as OpenAPI says: the client sets it from the media types of the operation"),
                )
                .as_warning(),
            );
        }
        sets
    }

    /// One parameter, named in `scope`; `None` (with a diagnostic) where it cannot be mapped.
    fn parameter(
        &mut self,
        ppointer: &str,
        p: &OaParameter,
        context: &Context<'_>,
        scope: &mut Scope,
    ) -> Option<Parameter> {
        let data = p.parameter_data_ref();
        let location = match p {
            OaParameter::Path { .. } => Location::Path,
            OaParameter::Query { .. } => Location::Query,
            OaParameter::Header { .. } => Location::Header,
            OaParameter::Cookie { .. } => {
                self.unsupported(ppointer, format!("the cookie parameter `{}`", data.name));
                return None;
            }
        };
        let schema = match &data.format {
            ParameterSchemaOrContent::Schema(s) => s.clone(),
            ParameterSchemaOrContent::Content(_) => {
                self.unsupported(
                    ppointer,
                    format!("parameter `{}` described by `content`", data.name),
                );
                return None;
            }
        };
        let collection = context
            .template
            .resources
            .iter()
            .find(|s| s.param.as_deref() == Some(data.name.as_str()))
            .map(|s| s.name.clone())
            .unwrap_or_default();
        let hint = if location == Location::Path && data.name == "Sid" {
            NameHint::PathSid {
                collection: &collection,
            }
        } else {
            NameHint::Param {
                op: context.op_name,
                name: &data.name,
            }
        };
        let ty = self.schema_type(&schema, &child(ppointer, "schema"), Side::Request, &hint, 0)?;
        // A value of several kinds (or of none the schema names) in a path, a query or a header
        // is its text on the wire: a number, a boolean or text.
        let ty = match ty {
            Type::Json => Type::Scalar,
            ty => ty,
        };
        if location == Location::Path {
            if !context.template.params.contains(&data.name) {
                self.error(
                    ppointer,
                    format!(
                        "path parameter `{}` does not appear in the path `{}`",
                        data.name, context.path
                    ),
                );
                return None;
            }
            if matches!(
                ty,
                Type::Struct(_) | Type::Map(_) | Type::Array(_) | Type::Binary
            ) {
                self.unsupported(
                    ppointer,
                    format!(
                        "path parameter `{}` whose value is an object or a list",
                        data.name
                    ),
                );
                return None;
            }
        }
        // A path's integer is an `i64` whatever its format, so that every operation under
        // one handle takes the same type for it.
        let ty = match ty {
            Type::Integer { min, max, .. } if location == Location::Path => Type::Integer {
                int32: false,
                min,
                max,
            },
            ty => ty,
        };
        Some(Parameter {
            rust_name: scope.claim(&ident::snake(&data.name)),
            wire_name: data.name.clone(),
            location,
            required: data.required || location == Location::Path,
            ty,
            doc: self.doc_text(data.description.as_deref().unwrap_or("")),
            schema: child(ppointer, "schema"),
            form_object: None,
        })
    }

    /// Reports each `{Name}` of the path that no parameter defines.
    fn check_path_defined(
        &mut self,
        context: &Context<'_>,
        path_params: &[Parameter],
        pointer: &str,
    ) {
        for name in &context.template.params {
            if !path_params.iter().any(|p| &p.wire_name == name) {
                self.diags.push(
                    Diagnostic::new(
                        Stage::Lower,
                        child(pointer, "parameters"),
                        format!(
                            "path parameter `{{{name}}}` of `{}` has no definition",
                            context.path
                        ),
                    )
                    .with_hint(format!(
                        "add a parameter with `\"name\": \"{name}\", \"in\": \"path\"`"
                    )),
                );
            }
        }
    }

    /// The operation's doc: its summary, then its description where that says more.
    fn operation_doc(&self, op: &OaOperation, operation_id: &str) -> String {
        let summary = op
            .summary
            .clone()
            .or_else(|| op.description.clone())
            .unwrap_or_default();
        let mut doc = self.doc_text(&summary);
        if let Some(d) = &op.description
            && Some(d) != op.summary.as_ref()
            && !d.is_empty()
        {
            doc.push_str("\n\n");
            doc.push_str(&self.doc_text(d));
        }
        if doc.is_empty() {
            doc = format!("The `{operation_id}` operation.");
        }
        doc
    }
}

/// Whether an input is an idempotency key: an optional string named as Twilio's APIs name it.
fn is_idempotency_key(p: &Parameter) -> bool {
    matches!(p.ty, Type::String)
        && !p.required
        && (p.wire_name == "IdempotencyKey"
            || p.wire_name
                .eq_ignore_ascii_case("I-Twilio-Idempotency-Token"))
}
