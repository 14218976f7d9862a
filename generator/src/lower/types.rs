//! Types: a schema to a Rust type (structs, enums, SIDs, formats, lists, maps), defining the
//! named types it needs on the way.

use super::sids::parse_sid_pattern;
use super::*;

impl<'a> Lowerer<'a> {
    /// Maps a schema to a Rust type. `hint` names inline structs and enums.
    pub(super) fn schema_type(
        &mut self,
        r: &ReferenceOr<Schema>,
        pointer: &str,
        side: Side,
        hint: &NameHint<'_>,
        depth: usize,
    ) -> Option<Type> {
        if depth > self.schema_depth {
            self.diags.push(
                Limits::exceeded(
                    pointer,
                    "schema-depth",
                    self.schema_depth,
                    "schemas nested too deeply (or a cycle through inline schemas)",
                )
                .with_stage(Stage::Lower),
            );
            return None;
        }
        if let ReferenceOr::Reference { reference } = r
            && let Some(ty) = self.component_types.get(reference)
        {
            return Some(ty.clone());
        }
        let (schema, via) = self.resolve(r, pointer)?;
        // Borrowed from `r` (or the document), not from `self`: no copy needed.
        let via_name = via
            .as_ref()
            .and_then(|v| self.component_names.get(v).cloned());
        let component = via
            .as_ref()
            .and_then(|v| v.strip_prefix("#/components/schemas/"))
            .map(crate::diag::unescape);
        let pointer = match &via {
            Some(v) => v.trim_start_matches('#').to_owned(),
            None => pointer.to_owned(),
        };
        let pointer = pointer.as_str();
        let description = schema.schema_data.description.clone().unwrap_or_default();

        let ty = match &schema.schema_kind {
            SchemaKind::Type(OaType::String(s)) => {
                let format = match &s.format {
                    VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => {
                        Some("date-time".to_owned())
                    }
                    VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date".to_owned()),
                    VariantOrUnknownOrEmpty::Item(_) => None,
                    VariantOrUnknownOrEmpty::Unknown(f) => Some(f.clone()),
                    VariantOrUnknownOrEmpty::Empty => None,
                };
                let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
                if !values.is_empty() {
                    let name = match &via_name {
                        Some(n) => n.clone(),
                        None => self.inline_enum_name(&values, format.as_deref(), hint),
                    };
                    let description = if format.as_deref() == Some("http-method")
                        && via_name.is_none()
                    {
                        "The HTTP method that Twilio uses to request one of your URLs.".to_owned()
                    } else {
                        description.clone()
                    };
                    self.define_enum(&name, &values, &description);
                    Type::Enum(name)
                } else if let Some(pattern) = s
                    .pattern
                    .as_deref()
                    .filter(|p| parse_sid_pattern(p).is_some())
                {
                    let owner = match hint {
                        NameHint::Field {
                            owner_schema: Some(schema),
                            field,
                            ..
                        } if field.eq_ignore_ascii_case("sid") => SidOwner::SchemaSid(schema),
                        NameHint::Field { field, .. } | NameHint::Param { name: field, .. } => {
                            SidOwner::Named(field)
                        }
                        NameHint::PathSid { collection } => SidOwner::PathSid(collection),
                        NameHint::Body { .. } => SidOwner::Named(""),
                    };
                    self.sid_type(pattern, owner)?
                } else {
                    match format.as_deref() {
                        Some("uri") if side == Side::Request => Type::Url,
                        Some("date-time-rfc-2822") => Type::DateTimeRfc2822,
                        Some("date-time") if side == Side::Request => Type::DateInput,
                        Some("date-time") => Type::DateTime,
                        Some("date") => Type::Date,
                        _ => Type::String,
                    }
                }
            }
            SchemaKind::Type(OaType::Integer(i)) => Type::Integer {
                int32: matches!(
                    i.format,
                    VariantOrUnknownOrEmpty::Item(openapiv3::IntegerFormat::Int32)
                ),
                min: i.minimum.map(|m| {
                    if i.exclusive_minimum {
                        m.saturating_add(1)
                    } else {
                        m
                    }
                }),
                max: i.maximum.map(|m| {
                    if i.exclusive_maximum {
                        m.saturating_sub(1)
                    } else {
                        m
                    }
                }),
            },
            SchemaKind::Type(OaType::Number(n)) => Type::Number {
                min: n.minimum,
                max: n.maximum,
            },
            SchemaKind::Type(OaType::Boolean(_)) => Type::Boolean,
            SchemaKind::Type(OaType::Array(a)) => {
                let inner = match &a.items {
                    Some(items) => {
                        let items = Self::boxed_to_plain(items);
                        self.schema_type(&items, &child(pointer, "items"), side, hint, depth + 1)?
                    }
                    None => Type::Json,
                };
                Type::Array(Box::new(inner))
            }
            SchemaKind::Type(OaType::Object(o)) => {
                if o.properties.is_empty() {
                    match &o.additional_properties {
                        Some(AdditionalProperties::Schema(inner)) => {
                            let inner = inner.as_ref().clone();
                            let inner_ty = self.schema_type(
                                &inner,
                                &child(pointer, "additionalProperties"),
                                side,
                                hint,
                                depth + 1,
                            )?;
                            Type::Map(Box::new(inner_ty))
                        }
                        _ => Type::Json,
                    }
                } else {
                    let name = match &via_name {
                        Some(n) => n.clone(),
                        None => {
                            let base = match hint {
                                NameHint::Field { owner, field, .. } => {
                                    ident::pascal(&format!("{owner} {field}"))
                                }
                                NameHint::Param { op, name } => {
                                    format!("{op}{}", ident::pascal(name))
                                }
                                NameHint::Body { op } => format!("{op}Body"),
                                NameHint::PathSid { collection } => ident::pascal(collection),
                            };
                            self.type_scope.claim(&base)
                        }
                    };
                    if let Some(reference) = &via {
                        self.component_types
                            .insert(reference.clone(), Type::Struct(name.clone()));
                    }
                    if !self.types.contains_key(&name) {
                        // Reserve first, so that a cycle through this struct ends here.
                        self.types.insert(
                            name.clone(),
                            TypeDef::Struct(StructDef {
                                name: name.clone(),
                                doc: String::new(),
                                pointer: pointer.to_owned(),
                                fields: Vec::new(),
                            }),
                        );
                        let mut fields = Vec::new();
                        let mut field_scope = Scope::default();
                        for (wire, prop) in &o.properties {
                            let prop = Self::boxed_to_plain(prop);
                            let field_pointer = child(&child(pointer, "properties"), wire);
                            let field_hint = NameHint::Field {
                                owner: &name,
                                owner_schema: component.as_deref(),
                                field: wire,
                            };
                            let Some(fty) = self.schema_type(
                                &prop,
                                &field_pointer,
                                side,
                                &field_hint,
                                depth + 1,
                            ) else {
                                continue;
                            };
                            let (nullable, fdoc) = match self.resolve(&prop, &field_pointer) {
                                Some((s, _)) => {
                                    (s.schema_data.nullable, s.schema_data.description.clone())
                                }
                                None => (true, None),
                            };
                            let required = o.required.iter().any(|r| r == wire);
                            fields.push(Field {
                                rust_name: field_scope.claim(&ident::snake(wire)),
                                wire_name: wire.clone(),
                                ty: fty,
                                optional: nullable || !required,
                                doc: docs::sanitize(fdoc.as_deref().unwrap_or("")),
                            });
                        }
                        let doc = if description.is_empty() {
                            match &component {
                                Some(c) => format!("The `{c}` resource."),
                                None => format!("The `{}` object.", hint.describe()),
                            }
                        } else {
                            docs::sanitize(&description)
                        };
                        self.types.insert(
                            name.clone(),
                            TypeDef::Struct(StructDef {
                                name: name.clone(),
                                doc,
                                pointer: pointer.to_owned(),
                                fields,
                            }),
                        );
                    }
                    Type::Struct(name)
                }
            }
            SchemaKind::Any(any)
                if any.one_of.is_empty() && any.all_of.is_empty() && any.any_of.is_empty() =>
            {
                Type::Json
            }
            SchemaKind::OneOf { .. } | SchemaKind::AnyOf { .. } | SchemaKind::Any(_) => {
                // A union is carried as JSON so the caller keeps every variant's data.
                Type::Json
            }
            SchemaKind::AllOf { .. } => {
                self.unsupported(pointer, "`allOf`");
                return None;
            }
            SchemaKind::Not { .. } => {
                self.unsupported(pointer, "`not`");
                return None;
            }
        };
        if let Some(reference) = via
            && matches!(ty, Type::Struct(_) | Type::Enum(_))
        {
            self.component_types.insert(reference, ty.clone());
        }
        Some(ty)
    }
    pub(super) fn define_enum(&mut self, name: &str, values: &[String], description: &str) {
        if self.types.contains_key(name) {
            return;
        }
        let mut scope = Scope::default();
        scope.claim("Unknown");
        let variants = values
            .iter()
            .map(|v| Variant {
                rust_name: scope.claim(&ident::pascal(v)),
                wire_name: v.clone(),
            })
            .collect();
        let doc = if description.is_empty() {
            format!("The values of `{name}`.")
        } else {
            docs::sanitize(&docs::summary(description))
        };
        self.types.insert(
            name.to_owned(),
            TypeDef::Enum(EnumDef {
                name: name.to_owned(),
                doc,
                variants,
            }),
        );
    }
}
