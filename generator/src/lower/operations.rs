//! Operations: an OpenAPI operation to a [`Operation`] of the model, with its parameters,
//! its body fields, Twilio's conditional groups and what it returns.

use super::navigation::{path_steps, path_template_params};
use super::*;

pub(super) fn path_operations(
    item: &PathItem,
) -> [(&'static str, Method, &Option<OaOperation>); 5] {
    [
        ("get", Method::Get, &item.get),
        ("post", Method::Post, &item.post),
        ("put", Method::Put, &item.put),
        ("patch", Method::Patch, &item.patch),
        ("delete", Method::Delete, &item.delete),
    ]
}

impl<'a> Lowerer<'a> {
    pub(super) fn resolve_parameter<'p>(
        &mut self,
        r: &'p ReferenceOr<OaParameter>,
        pointer: &str,
    ) -> Option<&'p OaParameter>
    where
        'a: 'p,
    {
        match r {
            ReferenceOr::Item(p) => Some(p),
            ReferenceOr::Reference { reference } => {
                let doc: &'a OpenAPI = self.doc;
                let found = reference
                    .strip_prefix("#/components/parameters/")
                    .map(crate::diag::unescape)
                    .and_then(|n| doc.components.as_ref()?.parameters.get(&n));
                match found {
                    Some(ReferenceOr::Item(p)) => Some(p),
                    Some(ReferenceOr::Reference { .. }) => {
                        self.unsupported(
                            pointer,
                            "a parameter `$ref` that points to another `$ref`",
                        );
                        None
                    }
                    None => {
                        self.diags.push(
                            Diagnostic::new(
                                Stage::Lower,
                                child(pointer, "$ref"),
                                format!("`$ref` to `{reference}`, which does not exist"),
                            )
                            .with_hint(
                                "the reference must name an entry of `#/components/parameters`",
                            ),
                        );
                        None
                    }
                }
            }
        }
    }
    pub(super) fn resolve_body<'p>(
        &mut self,
        r: &'p ReferenceOr<RequestBody>,
        pointer: &str,
    ) -> Option<&'p RequestBody>
    where
        'a: 'p,
    {
        match r {
            ReferenceOr::Item(b) => Some(b),
            ReferenceOr::Reference { reference } => {
                let doc: &'a OpenAPI = self.doc;
                let found = reference
                    .strip_prefix("#/components/requestBodies/")
                    .map(crate::diag::unescape)
                    .and_then(|n| doc.components.as_ref()?.request_bodies.get(&n));
                match found {
                    Some(ReferenceOr::Item(b)) => Some(b),
                    _ => {
                        self.error(
                            &child(pointer, "$ref"),
                            format!("`$ref` to `{reference}`, which does not exist"),
                        );
                        None
                    }
                }
            }
        }
    }
    #[allow(clippy::too_many_lines)]
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
        let Some(operation_id) = op.operation_id.clone() else {
            self.diags.push(
                Diagnostic::new(Stage::Lower, pointer, "the operation has no `operationId`")
                    .with_hint("every operation needs an operationId: it names the generated parameters type"),
            );
            return None;
        };
        let op_name = ident::pascal(&operation_id);
        let server = op
            .servers
            .first()
            .or_else(|| item.servers.first())
            .map(|s| s.url.trim_end_matches('/').to_owned())
            .unwrap_or_else(|| default_server.to_owned());

        // Parameters: the path item's, overridden by the operation's (same name and location).
        let mut raw_params: Vec<(String, &OaParameter)> = Vec::new();
        for (i, p) in item.parameters.iter().enumerate() {
            let ppointer = child(&child(&child("/paths", path), "parameters"), i.to_string());
            if let Some(p) = self.resolve_parameter(p, &ppointer) {
                raw_params.push((ppointer, p));
            }
        }
        for (i, p) in op.parameters.iter().enumerate() {
            let ppointer = child(&child(pointer, "parameters"), i.to_string());
            if let Some(p) = self.resolve_parameter(p, &ppointer) {
                let key = (
                    p.parameter_data_ref().name.clone(),
                    std::mem::discriminant(p),
                );
                raw_params.retain(|(_, q)| {
                    (
                        q.parameter_data_ref().name.clone(),
                        std::mem::discriminant(*q),
                    ) != key
                });
                raw_params.push((ppointer, p));
            }
        }

        let template_params = path_template_params(path);
        let steps = path_steps(path);
        let mut path_params = Vec::new();
        let mut params = Vec::new();
        let mut param_scope = Scope::default();
        for reserved in [
            "client",
            "params",
            "self_",
            "new",
            "validate",
            "query_pairs",
            "header_pairs",
            "form_pairs",
            "json_body",
        ] {
            param_scope.claim(reserved);
        }
        for (ppointer, p) in &raw_params {
            let data = p.parameter_data_ref();
            let location = match p {
                OaParameter::Path { .. } => Location::Path,
                OaParameter::Query { .. } => Location::Query,
                OaParameter::Header { .. } => Location::Header,
                OaParameter::Cookie { .. } => {
                    self.unsupported(ppointer, format!("the cookie parameter `{}`", data.name));
                    continue;
                }
            };
            let schema = match &data.format {
                ParameterSchemaOrContent::Schema(s) => s.clone(),
                ParameterSchemaOrContent::Content(_) => {
                    self.unsupported(
                        ppointer,
                        format!("parameter `{}` described by `content`", data.name),
                    );
                    continue;
                }
            };
            let collection = steps
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
                    op: &op_name,
                    name: &data.name,
                }
            };
            let side = Side::Request;
            let Some(ty) = self.schema_type(&schema, &child(ppointer, "schema"), side, &hint, 0)
            else {
                continue;
            };
            if location == Location::Path {
                if !template_params.contains(&data.name) {
                    self.error(
                        ppointer,
                        format!(
                            "path parameter `{}` does not appear in the path `{path}`",
                            data.name
                        ),
                    );
                    continue;
                }
                if !matches!(
                    ty,
                    Type::Sid(_) | Type::String | Type::Integer { .. } | Type::Enum(_) | Type::Date
                ) {
                    self.unsupported(
                        ppointer,
                        format!(
                            "path parameter `{}` that is not a string, integer, enum or date",
                            data.name
                        ),
                    );
                    continue;
                }
            }
            let param = Parameter {
                rust_name: param_scope.claim(&ident::snake(&data.name)),
                wire_name: data.name.clone(),
                location,
                required: data.required || location == Location::Path,
                ty,
                doc: docs::sanitize(data.description.as_deref().unwrap_or("")),
            };
            if location == Location::Path {
                path_params.push(param);
            } else {
                params.push(param);
            }
        }
        for name in &template_params {
            if !path_params.iter().any(|p| &p.wire_name == name) {
                self.diags.push(
                    Diagnostic::new(
                        Stage::Lower,
                        child(pointer, "parameters"),
                        format!("path parameter `{{{name}}}` of `{path}` has no definition"),
                    )
                    .with_hint(format!(
                        "add a parameter with `\"name\": \"{name}\", \"in\": \"path\"`"
                    )),
                );
            }
        }
        path_params.sort_by_key(|p| template_params.iter().position(|t| t == &p.wire_name));

        // The body.
        let mut body = None;
        if let Some(rb) = &op.request_body {
            let bpointer = child(pointer, "requestBody");
            if let Some(rb) = self.resolve_body(rb, &bpointer) {
                let picked = rb.content.iter().find_map(|(ct, media)| {
                    let ct_main = ct.split(';').next().unwrap_or("").trim();
                    let kind = if ct_main == "application/x-www-form-urlencoded" {
                        Some(BodyKind::Form)
                    } else if ct_main == "application/json" || ct_main.ends_with("+json") {
                        Some(BodyKind::Json)
                    } else {
                        None
                    };
                    kind.map(|k| (k, ct.clone(), media))
                });
                match picked {
                    None => {
                        let types: Vec<&String> = rb.content.keys().collect();
                        self.unsupported(
                            &child(&bpointer, "content"),
                            format!("request body of type {types:?}"),
                        );
                    }
                    Some((kind, ct, media)) => {
                        let mpointer = child(&child(&child(&bpointer, "content"), &ct), "schema");
                        match &media.schema {
                            None => {
                                self.unsupported(&mpointer, "a request body without a schema");
                            }
                            Some(schema) => {
                                body = Some(kind);
                                self.body_fields(
                                    schema,
                                    &mpointer,
                                    &op_name,
                                    &mut param_scope,
                                    &mut params,
                                );
                            }
                        }
                    }
                }
            }
        }

        // The response: the first 2xx.
        let mut status = 200;
        let mut returns = Returns::Nothing;
        // Twilio describes a few fetches as a 307 whose body says where the data is.
        let success = op
            .responses
            .responses
            .iter()
            .find_map(|(code, r)| match code {
                StatusCode::Code(c) if (200..300).contains(c) => Some((*c, r)),
                _ => None,
            })
            .or_else(|| {
                op.responses
                    .responses
                    .iter()
                    .find_map(|(code, r)| match code {
                        StatusCode::Code(c @ 300..=399) => Some((*c, r)),
                        _ => None,
                    })
            });
        match success {
            None => {
                self.diags.push(
                    Diagnostic::new(
                        Stage::Lower,
                        child(pointer, "responses"),
                        "the operation has no 2xx (or 3xx) response",
                    )
                    .with_hint("the generator needs to know what success looks like"),
                );
            }
            Some((code, r)) => {
                status = code;
                let rpointer = child(&child(pointer, "responses"), code.to_string());
                let response = match r {
                    ReferenceOr::Item(r) => Some(r.clone()),
                    ReferenceOr::Reference { reference } => {
                        let found = reference
                            .strip_prefix("#/components/responses/")
                            .map(crate::diag::unescape)
                            .and_then(|n| self.doc.components.as_ref()?.responses.get(&n).cloned());
                        match found {
                            Some(ReferenceOr::Item(r)) => Some(r),
                            _ => {
                                self.error(
                                    &child(&rpointer, "$ref"),
                                    format!("`$ref` to `{reference}`, which does not exist"),
                                );
                                None
                            }
                        }
                    }
                };
                if let Some(response) = response {
                    let json = response.content.iter().find(|(ct, _)| {
                        let ct = ct.split(';').next().unwrap_or("").trim();
                        ct == "application/json" || ct.ends_with("+json")
                    });
                    if let Some((ct, media)) = json {
                        if let Some(schema) = &media.schema {
                            let spointer =
                                child(&child(&child(&rpointer, "content"), ct), "schema");
                            let hint = NameHint::Body {
                                op: &ident::pascal(&format!("{op_name} Response")),
                            };
                            if let Some(ty) =
                                self.schema_type(schema, &spointer, Side::Response, &hint, 0)
                            {
                                returns = Returns::Json(ty);
                            }
                        }
                    } else if !response.content.is_empty() {
                        let types: Vec<&String> = response.content.keys().collect();
                        self.unsupported(
                            &child(&rpointer, "content"),
                            format!("a response of type {types:?}"),
                        );
                    }
                }
            }
        }

        if self.diags.0.len() > before {
            return None;
        }
        let idempotent_key = params.iter().any(|p| {
            p.wire_name == "IdempotencyKey" || p.wire_name == "I-Twilio-Idempotency-Token"
        });
        let params_struct = if params.is_empty() {
            None
        } else {
            Some(
                self.type_scope
                    .claim(&ident::pascal(&format!("{op_name} Params"))),
            )
        };
        let summary = op
            .summary
            .clone()
            .or_else(|| op.description.clone())
            .unwrap_or_default();
        let mut doc = docs::sanitize(&summary);
        if let Some(d) = &op.description
            && Some(d) != op.summary.as_ref()
            && !d.is_empty()
        {
            doc.push_str("\n\n");
            doc.push_str(&docs::sanitize(d));
        }
        if doc.is_empty() {
            doc = format!("The `{operation_id}` operation.");
        }
        let conditional = self.conditional_groups(op, &params, pointer);
        Some(Operation {
            conditional,
            operation_id,
            rust_name: String::new(),
            method,
            path: path.to_owned(),
            server,
            pointer: pointer.to_owned(),
            doc,
            path_params,
            params,
            body,
            params_struct,
            status,
            returns,
            idempotent_key,
            paging: None,
        })
    }
    /// Twilio's `x-twilio.conditional`: groups of inputs (by snake-case name) of which at
    /// least one must be given (`[["url", "twiml", "application_sid"]]`), as wire names. A
    /// group naming an input the operation does not have is reported at its pointer.
    pub(super) fn conditional_groups(
        &mut self,
        op: &OaOperation,
        params: &[Parameter],
        pointer: &str,
    ) -> Vec<Vec<String>> {
        let Some(groups) = op
            .extensions
            .get("x-twilio")
            .and_then(|x| x.get("conditional"))
        else {
            return Vec::new();
        };
        let at = child(&child(pointer, "x-twilio"), "conditional");
        let Some(groups) = groups.as_array() else {
            self.error(&at, "`conditional` must be a list of lists of input names");
            return Vec::new();
        };
        let mut out = Vec::new();
        for (g, group) in groups.iter().enumerate() {
            let gat = child(&at, g.to_string());
            let Some(names) = group.as_array() else {
                self.error(&gat, "a conditional group must be a list of input names");
                continue;
            };
            let mut wires = Vec::new();
            for (n, name) in names.iter().enumerate() {
                let found = name.as_str().and_then(|name| {
                    params.iter().find(|p| {
                        p.location != Location::Path
                            && (p.rust_name == name || ident::snake(&p.wire_name) == name)
                    })
                });
                match found {
                    Some(p) => wires.push(p.wire_name.clone()),
                    None => self.error(
                        &child(&gat, n.to_string()),
                        format!("the conditional group names `{name}`, which is not an input of the operation"),
                    ),
                }
            }
            if wires.len() > 1 {
                out.push(wires);
            }
        }
        out
    }
    pub(super) fn body_fields(
        &mut self,
        schema: &ReferenceOr<Schema>,
        pointer: &str,
        op_name: &str,
        scope: &mut Scope,
        params: &mut Vec<Parameter>,
    ) {
        let Some((resolved, _)) = self.resolve(schema, pointer) else {
            return;
        };
        let resolved = resolved.clone();
        let SchemaKind::Type(OaType::Object(o)) = &resolved.schema_kind else {
            // A body that is not an object with properties (a `oneOf` of channel-specific
            // requests, say) is one required input, `body`, sent as it is.
            let hint = NameHint::Body { op: op_name };
            if let Some(ty) = self.schema_type(schema, pointer, Side::Request, &hint, 0) {
                params.push(Parameter {
                    rust_name: scope.claim("body"),
                    wire_name: String::new(),
                    location: Location::Body,
                    required: true,
                    ty,
                    doc: docs::sanitize(
                        resolved
                            .schema_data
                            .description
                            .as_deref()
                            .unwrap_or("The request body."),
                    ),
                });
            }
            return;
        };
        for (wire, prop) in &o.properties {
            let prop = Self::boxed_to_plain(prop);
            let fpointer = child(&child(pointer, "properties"), wire);
            let hint = NameHint::Param {
                op: op_name,
                name: wire,
            };
            let Some(ty) = self.schema_type(&prop, &fpointer, Side::Request, &hint, 0) else {
                continue;
            };
            let description = self
                .resolve(&prop, &fpointer)
                .and_then(|(s, _)| s.schema_data.description.clone())
                .unwrap_or_default();
            params.push(Parameter {
                rust_name: scope.claim(&ident::snake(wire)),
                wire_name: wire.clone(),
                location: Location::Body,
                required: o.required.iter().any(|r| r == wire),
                ty,
                doc: docs::sanitize(&description),
            });
        }
    }
}
