//! An operation reduced to what a client sees of it (its [`Surface`]): the inputs by location
//! and name, and the properties of its success response, each as a [`Shape`] with `$ref`s
//! resolved.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{
    AdditionalProperties, OpenAPI, Parameter, ParameterSchemaOrContent, ReferenceOr, Schema,
    SchemaKind, StatusCode, Type as OaType,
};

/// The parts of a schema that matter to a client, with `$ref`s resolved.
#[derive(Debug, Clone, PartialEq, Default)]
pub(super) struct Shape {
    pub(super) ty: String,
    pub(super) format: String,
    pub(super) enum_values: BTreeSet<String>,
    pub(super) pattern: Option<String>,
    pub(super) min_length: Option<usize>,
    pub(super) max_length: Option<usize>,
    pub(super) minimum: Option<f64>,
    pub(super) maximum: Option<f64>,
    pub(super) items: Option<Box<Shape>>,
    pub(super) description: String,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct Input {
    pub(super) required: bool,
    pub(super) shape: Shape,
}

#[derive(Debug, Clone, Default)]
pub(super) struct Surface {
    pub(super) operation_id: String,
    pub(super) description: String,
    /// (location, name) -> input.
    pub(super) inputs: BTreeMap<(&'static str, String), Input>,
    /// Dotted property path -> shape, for the success response.
    pub(super) response: BTreeMap<String, Shape>,
}

pub(super) const MAX_DEPTH: usize = 24;

pub(super) fn resolve<'a>(doc: &'a OpenAPI, mut r: &'a ReferenceOr<Schema>) -> Option<&'a Schema> {
    for _ in 0..MAX_DEPTH {
        match r {
            ReferenceOr::Item(s) => return Some(s),
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/schemas/")?;
                r = doc
                    .components
                    .as_ref()?
                    .schemas
                    .get(&crate::diag::unescape(name))?;
            }
        }
    }
    None
}

pub(super) fn unbox(r: &ReferenceOr<Box<Schema>>) -> ReferenceOr<Schema> {
    match r {
        ReferenceOr::Reference { reference } => ReferenceOr::Reference {
            reference: reference.clone(),
        },
        ReferenceOr::Item(s) => ReferenceOr::Item((**s).clone()),
    }
}

pub(super) fn shape(doc: &OpenAPI, r: &ReferenceOr<Schema>, depth: usize) -> Shape {
    let Some(s) = resolve(doc, r) else {
        return Shape {
            ty: "unresolved".to_owned(),
            ..Shape::default()
        };
    };
    let mut out = Shape {
        description: s.schema_data.description.clone().unwrap_or_default(),
        ..Shape::default()
    };
    let fmt = |f: &dyn std::fmt::Debug| format!("{f:?}");
    match &s.schema_kind {
        SchemaKind::Type(OaType::String(t)) => {
            out.ty = "string".to_owned();
            out.format = match &t.format {
                openapiv3::VariantOrUnknownOrEmpty::Item(f) => fmt(f).to_lowercase(),
                openapiv3::VariantOrUnknownOrEmpty::Unknown(f) => f.clone(),
                openapiv3::VariantOrUnknownOrEmpty::Empty => String::new(),
            };
            out.enum_values = t.enumeration.iter().flatten().cloned().collect();
            out.pattern = t.pattern.clone();
            out.min_length = t.min_length;
            out.max_length = t.max_length;
        }
        SchemaKind::Type(OaType::Integer(t)) => {
            out.ty = "integer".to_owned();
            out.format = match &t.format {
                openapiv3::VariantOrUnknownOrEmpty::Item(f) => fmt(f).to_lowercase(),
                openapiv3::VariantOrUnknownOrEmpty::Unknown(f) => f.clone(),
                openapiv3::VariantOrUnknownOrEmpty::Empty => String::new(),
            };
            out.minimum = t.minimum.map(|v| v as f64);
            out.maximum = t.maximum.map(|v| v as f64);
            out.enum_values = t
                .enumeration
                .iter()
                .flatten()
                .map(ToString::to_string)
                .collect();
        }
        SchemaKind::Type(OaType::Number(t)) => {
            out.ty = "number".to_owned();
            out.minimum = t.minimum;
            out.maximum = t.maximum;
        }
        SchemaKind::Type(OaType::Boolean(_)) => out.ty = "boolean".to_owned(),
        SchemaKind::Type(OaType::Array(a)) => {
            out.ty = "array".to_owned();
            if depth < MAX_DEPTH
                && let Some(items) = &a.items
            {
                out.items = Some(Box::new(shape(doc, &unbox(items), depth + 1)));
            }
        }
        SchemaKind::Type(OaType::Object(o)) => {
            out.ty = if o.properties.is_empty()
                && matches!(
                    o.additional_properties,
                    Some(AdditionalProperties::Schema(_))
                ) {
                "map".to_owned()
            } else {
                "object".to_owned()
            };
        }
        SchemaKind::OneOf { .. } => out.ty = "oneOf".to_owned(),
        SchemaKind::AllOf { .. } => out.ty = "allOf".to_owned(),
        SchemaKind::AnyOf { .. } => out.ty = "anyOf".to_owned(),
        SchemaKind::Not { .. } => out.ty = "not".to_owned(),
        SchemaKind::Any(_) => out.ty = "any".to_owned(),
    }
    out
}

/// The properties of an object schema, dotted, a few levels down.
pub(super) fn properties(
    doc: &OpenAPI,
    r: &ReferenceOr<Schema>,
    prefix: &str,
    depth: usize,
    out: &mut BTreeMap<String, Shape>,
) {
    if depth > 3 {
        return;
    }
    let Some(s) = resolve(doc, r) else { return };
    let props = match &s.schema_kind {
        SchemaKind::Type(OaType::Object(o)) => &o.properties,
        SchemaKind::Any(a) => &a.properties,
        _ => return,
    };
    for (name, prop) in props {
        let prop = unbox(prop);
        let key = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        out.insert(key.clone(), shape(doc, &prop, 0));
        properties(doc, &prop, &key, depth + 1, out);
        // The items of a list of objects (a page of resources) are part of the surface too.
        if let Some(ps) = resolve(doc, &prop)
            && let SchemaKind::Type(OaType::Array(a)) = &ps.schema_kind
            && let Some(items) = &a.items
        {
            properties(doc, &unbox(items), &format!("{key}[]"), depth + 1, out);
        }
    }
}

pub(super) fn parameter<'a>(
    doc: &'a OpenAPI,
    r: &'a ReferenceOr<Parameter>,
) -> Option<&'a Parameter> {
    match r {
        ReferenceOr::Item(p) => Some(p),
        ReferenceOr::Reference { reference } => {
            let name = reference.strip_prefix("#/components/parameters/")?;
            doc.components
                .as_ref()?
                .parameters
                .get(&crate::diag::unescape(name))?
                .as_item()
        }
    }
}

pub(super) fn surfaces(doc: &OpenAPI) -> BTreeMap<(String, String), Surface> {
    let mut out = BTreeMap::new();
    for (path, item) in &doc.paths.paths {
        let Some(item) = item.as_item() else { continue };
        for (method, op) in item.iter() {
            let mut surface = Surface {
                operation_id: op.operation_id.clone().unwrap_or_default(),
                description: op
                    .description
                    .clone()
                    .or_else(|| op.summary.clone())
                    .unwrap_or_default(),
                ..Surface::default()
            };
            for p in item.parameters.iter().chain(&op.parameters) {
                let Some(p) = parameter(doc, p) else { continue };
                let data = p.parameter_data_ref();
                let location = match p {
                    Parameter::Path { .. } => "path",
                    Parameter::Query { .. } => "query",
                    Parameter::Header { .. } => "header",
                    Parameter::Cookie { .. } => "cookie",
                };
                let mut s = match &data.format {
                    ParameterSchemaOrContent::Schema(s) => shape(doc, s, 0),
                    ParameterSchemaOrContent::Content(_) => Shape {
                        ty: "content".to_owned(),
                        ..Shape::default()
                    },
                };
                if let Some(d) = &data.description {
                    s.description.clone_from(d);
                }
                surface.inputs.insert(
                    (location, data.name.clone()),
                    Input {
                        required: data.required,
                        shape: s,
                    },
                );
            }
            if let Some(body) = op.request_body.as_ref().and_then(|b| match b {
                ReferenceOr::Item(b) => Some(b),
                ReferenceOr::Reference { reference } => doc
                    .components
                    .as_ref()?
                    .request_bodies
                    .get(&crate::diag::unescape(
                        reference.strip_prefix("#/components/requestBodies/")?,
                    ))?
                    .as_item(),
            }) {
                for media in body.content.values() {
                    let Some(schema) = &media.schema else {
                        continue;
                    };
                    let Some(s) = resolve(doc, schema) else {
                        continue;
                    };
                    if let SchemaKind::Type(OaType::Object(o)) = &s.schema_kind {
                        for (name, prop) in &o.properties {
                            let required = o.required.contains(name);
                            surface.inputs.insert(
                                ("body", name.clone()),
                                Input {
                                    required,
                                    shape: shape(doc, &unbox(prop), 0),
                                },
                            );
                        }
                    }
                }
            }
            let success =
                op.responses.responses.iter().find(
                    |(code, _)| matches!(code, StatusCode::Code(c) if (200..400).contains(c)),
                );
            if let Some((_, ReferenceOr::Item(response))) = success {
                for media in response.content.values() {
                    if let Some(schema) = &media.schema {
                        properties(doc, schema, "", 0, &mut surface.response);
                    }
                }
            }
            out.insert((method.to_uppercase(), path.clone()), surface);
        }
    }
    out
}

/// The Rust type the generator maps a shape to, as far as a format decides it.
pub(super) fn rust_kind(s: &Shape, request: bool) -> String {
    if !s.enum_values.is_empty() {
        return format!("enum {}", s.ty);
    }
    match (s.ty.as_str(), s.format.as_str()) {
        ("string", "uri") if request => "url".to_owned(),
        ("string", "date-time" | "datetime") => "date-time".to_owned(),
        ("string", "date-time-rfc-2822") => "date-time-rfc-2822".to_owned(),
        ("string", "date") => "date".to_owned(),
        ("string", _) => "string".to_owned(),
        ("integer", "int32") => "i32".to_owned(),
        ("integer", _) => "i64".to_owned(),
        (ty, _) => ty.to_owned(),
    }
}
