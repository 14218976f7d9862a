//! Inputs: parameters resolved through `$ref`, the request body and its fields, and Twilio's
//! conditional groups (`x-twilio.conditional`: one of these inputs is required).

use openapiv3::{
    Encoding, OpenAPI, Operation as OaOperation, Parameter as OaParameter, ReferenceOr,
    RequestBody, Schema, SchemaKind, StringFormat, Type as OaType, VariantOrUnknownOrEmpty,
};

use crate::diag::{Diagnostic, Stage, child};
use crate::ident::{self, Scope};
use crate::limits::Limits;
use crate::model::{BodyKind, Location, Parameter, Type, TypeDef};
use crate::model::{FormMember, FormObject};

use super::{Lowerer, NameHint, Side};

/// A form body's `encoding` entries, by field.
type Encodings = indexmap::IndexMap<String, Encoding>;

/// The body an object's properties are fields of, for what depends on it: a multipart body's
/// binary members are files, a form's objects are written as its `encoding` says.
#[derive(Clone, Copy)]
pub(super) enum FieldsOf<'e> {
    /// A JSON body.
    Json,
    /// A multipart body.
    Multipart,
    /// A form body, and its `encoding` entries.
    Form(&'e Encodings),
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
        let doc: &'a OpenAPI = self.doc;
        let extra: &'a crate::load::Extra = self.extra;
        let mut r: &'p ReferenceOr<OaParameter> = r;
        // A chain of references, as far as schemas' may go.
        for _ in 0..self.schema_depth {
            let reference = match r {
                ReferenceOr::Item(p) => return Some(p),
                ReferenceOr::Reference { reference } => reference,
            };
            let found = super::component_name(reference, "parameters")
                .and_then(|n| doc.components.as_ref()?.parameters.get(&n))
                .or_else(|| extra.parameters.get(reference));
            match found {
                Some(next) => r = next,
                None => {
                    self.diags.push(
                        Diagnostic::new(
                            Stage::Lower,
                            child(pointer, "$ref"),
                            format!("`$ref` to `{reference}`, which does not exist"),
                        )
                        .with_hint(
                            "the reference must name a parameter of this document, such as an entry of `#/components/parameters`",
                        ),
                    );
                    return None;
                }
            }
        }
        self.diags.push(
            Limits::exceeded(
                pointer,
                "schema-depth",
                self.schema_depth,
                "a chain of parameter `$ref`s (or a cycle)",
            )
            .with_stage(Stage::Lower),
        );
        None
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
                let extra: &'a crate::load::Extra = self.extra;
                let found = super::component_name(reference, "requestBodies")
                    .and_then(|n| doc.components.as_ref()?.request_bodies.get(&n))
                    .or_else(|| extra.request_bodies.get(reference));
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

    /// The request body's kind (form or JSON), its fields added to `params`; `None` when the
    /// body cannot be mapped (the problem is reported).
    pub(super) fn request_body(
        &mut self,
        rb: &ReferenceOr<RequestBody>,
        pointer: &str,
        op_name: &str,
        param_scope: &mut Scope,
        params: &mut Vec<Parameter>,
    ) -> Option<BodyKind> {
        let mut body = None;
        let bpointer = child(pointer, "requestBody");
        if let Some(rb) = self.resolve_body(rb, &bpointer) {
            // JSON first, then a form, then multipart; any other media type is sent raw.
            let rank = |ct: &str| {
                let ct = ct.split(';').next().unwrap_or("").trim();
                if ct == "application/json" || ct.ends_with("+json") {
                    (0, BodyKind::Json)
                } else if ct == "application/x-www-form-urlencoded" {
                    (1, BodyKind::Form)
                } else if ct == "multipart/form-data" {
                    (2, BodyKind::Multipart)
                } else {
                    (3, BodyKind::Raw)
                }
            };
            let picked = rb
                .content
                .iter()
                .min_by_key(|(ct, _)| rank(ct).0)
                .map(|(ct, media)| (rank(ct).1, ct.clone(), media));
            match picked {
                None => {
                    self.unsupported(
                        &child(&bpointer, "content"),
                        "a request body with no media type",
                    );
                }
                Some((BodyKind::Raw, ct, media)) => {
                    body = Some(BodyKind::Raw);
                    let text = ct.starts_with("text/");
                    let description = rb
                        .description
                        .clone()
                        .or_else(|| {
                            let schema = media.schema.as_ref()?;
                            let (s, _) = self.resolve(schema, &bpointer)?;
                            s.schema_data.description.clone()
                        })
                        .unwrap_or_else(|| format!("The request body, sent as `{ct}`."));
                    let schema = if media.schema.is_some() {
                        child(&child(&child(&bpointer, "content"), &ct), "schema")
                    } else {
                        String::new()
                    };
                    params.push(Parameter {
                        rust_name: param_scope.claim("body"),
                        wire_name: ct,
                        location: Location::Body,
                        required: true,
                        ty: if text { Type::String } else { Type::Binary },
                        doc: self.doc_text(&description),
                        schema,
                        form_object: None,
                    });
                }
                Some((kind, ct, media)) => {
                    let mpointer = child(&child(&child(&bpointer, "content"), &ct), "schema");
                    match &media.schema {
                        None => {
                            self.unsupported(&mpointer, "a request body without a schema");
                        }
                        Some(schema) => {
                            body = Some(kind);
                            let of = match kind {
                                BodyKind::Multipart => FieldsOf::Multipart,
                                BodyKind::Form => FieldsOf::Form(&media.encoding),
                                _ => FieldsOf::Json,
                            };
                            self.body_fields(schema, &mpointer, op_name, param_scope, params, of);
                        }
                    }
                }
            }
        }
        body
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
        of: FieldsOf<'_>,
    ) {
        let multipart = matches!(of, FieldsOf::Multipart);
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
                    doc: self.doc_text(
                        resolved
                            .schema_data
                            .description
                            .as_deref()
                            .unwrap_or("The request body."),
                    ),
                    schema: pointer.to_owned(),
                    form_object: None,
                });
            }
            return;
        };
        for (wire, prop) in &o.properties {
            let prop = Self::boxed_to_plain(prop);
            let fpointer = child(&child(pointer, "properties"), wire);
            // What the API alone writes is no input.
            if self
                .resolve(&prop, &fpointer)
                .is_some_and(|(s, _)| s.schema_data.read_only)
            {
                continue;
            }
            let hint = NameHint::Param {
                op: op_name,
                name: wire,
            };
            let Some(ty) = self.schema_type(&prop, &fpointer, Side::Request, &hint, 0) else {
                continue;
            };
            let resolved = self.resolve(&prop, &fpointer).map(|(s, _)| s);
            let description = resolved
                .and_then(|s| s.schema_data.description.clone())
                .unwrap_or_default();
            // A multipart body's `format: binary` member is a file.
            let ty = match resolved.map(|s| &s.schema_kind) {
                Some(SchemaKind::Type(OaType::String(s)))
                    if multipart
                        && s.format == VariantOrUnknownOrEmpty::Item(StringFormat::Binary) =>
                {
                    Type::Binary
                }
                _ => ty,
            };
            let form_object = match of {
                FieldsOf::Form(encodings) => self.form_object(wire, &ty, encodings),
                _ => None,
            };
            params.push(Parameter {
                rust_name: scope.claim(&ident::snake(wire)),
                wire_name: wire.clone(),
                location: Location::Body,
                required: o.required.iter().any(|r| r == wire),
                ty,
                doc: self.doc_text(&description),
                schema: fpointer,
                form_object,
            });
        }
        // A name the body's `required` list gives that its `properties` do not define is an input
        // all the same (text in a form, any value in JSON), with a warning.
        for name in o.required.iter().filter(|r| !o.properties.contains_key(*r)) {
            let at = child(pointer, "required");
            self.warnings.push(
                Diagnostic::new(
                    Stage::Lower,
                    &at,
                    format!("`required` names `{name}`, which `properties` does not define; read as a text input"),
                )
                .as_warning(),
            );
            params.push(Parameter {
                rust_name: scope.claim(&ident::snake(name)),
                wire_name: name.clone(),
                location: Location::Body,
                required: true,
                ty: Type::String,
                doc: String::new(),
                schema: String::new(),
                form_object: None,
            });
        }
    }

    /// How a form body's field `wire` of type `ty` is written, if it is an object: as JSON
    /// where its `encoding` says `contentType` JSON, in Twilio's APIs without an `encoding` (as
    /// Twilio reads it), and where its members are not known (a map, free-form JSON); else each
    /// member a pair of its own, `field[member]` for `style: deepObject` (OpenAPI's default,
    /// and any other style: `explode: false` cannot be told from its absence once parsed).
    fn form_object(&self, wire: &str, ty: &Type, encodings: &Encodings) -> Option<FormObject> {
        let members = match ty {
            Type::Struct(name) => match self.types.get(name) {
                Some(TypeDef::Struct(s)) if !s.fields.is_empty() => Some(
                    s.fields
                        .iter()
                        .map(|f| (f.wire_name.clone(), matches!(f.ty, Type::Array(_))))
                        .collect::<Vec<_>>(),
                ),
                _ => None,
            },
            Type::Map(_) | Type::Json => None,
            _ => return None,
        };
        let encoding = encodings.get(wire);
        let json = encoding
            .and_then(|e| e.content_type.as_deref())
            .is_some_and(|ct| ct.contains("json"));
        let style = encoding.and_then(|e| e.style.as_ref());
        let Some(members) = members.filter(|_| !json && (style.is_some() || !self.twilio)) else {
            return Some(FormObject::Json);
        };
        let deep = matches!(style, Some(openapiv3::QueryStyle::DeepObject));
        let key = |name: &str| {
            if deep {
                format!("{wire}[{name}]")
            } else {
                name.to_owned()
            }
        };
        Some(FormObject::Members(
            members
                .into_iter()
                .map(|(name, list)| FormMember {
                    key: key(&name),
                    name,
                    list,
                })
                .collect(),
        ))
    }
}
