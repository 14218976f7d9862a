//! Types: a schema to a Rust type (structs, enums, SIDs, formats, lists, maps), defining the
//! named types it needs on the way.

use openapiv3::{
    AdditionalProperties, ReferenceOr, Schema, SchemaKind, StringFormat, Type as OaType,
    VariantOrUnknownOrEmpty,
};

use crate::diag::{Diagnostic, Stage, child};
use crate::ident::Scope;
use crate::limits::Limits;
use crate::model::{EnumDef, Field, StructDef, Type, TypeDef, UnionDef, UnionVariant, Variant};
use crate::{docs, ident};

use super::sids::parse_sid_pattern;
use super::{Lowerer, NameHint, SidOwner, Side};

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
        // Where a struct or union made of this schema comes from: its name, docs, pointer.
        let source = StructSource {
            via: via.as_deref(),
            via_name: via_name.as_deref(),
            component: component.as_deref(),
            pointer,
            description: &description,
            discriminator: schema.schema_data.discriminator.as_ref(),
        };

        let ty = match &schema.schema_kind {
            SchemaKind::Type(OaType::String(s)) => {
                self.string_type(s, via_name.as_deref(), &description, side, hint)?
            }
            SchemaKind::Type(OaType::Integer(i)) => integer_type(i),
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
                    let parts = ObjectParts::of(o, pointer);
                    self.define_struct(parts, &source, side, hint, depth)
                }
            }
            SchemaKind::AllOf { all_of } => {
                self.all_of_type(all_of, None, &source, side, hint, depth)?
            }
            // Properties without a type are an object's. An object with a `format` of its own
            // (Twilio's `phone-number-capabilities`, whose answers spell the keys otherwise)
            // stays JSON, as do the other untyped schemas.
            SchemaKind::Any(any)
                if !any.all_of.is_empty() || (!any.properties.is_empty() && any.typ.is_none()) =>
            {
                let own = ObjectParts::of_any(any, pointer);
                if any.all_of.is_empty() {
                    self.define_struct(own, &source, side, hint, depth)
                } else {
                    self.all_of_type(&any.all_of, Some(own), &source, side, hint, depth)?
                }
            }
            SchemaKind::OneOf { one_of: members } | SchemaKind::AnyOf { any_of: members } => {
                let key = if matches!(schema.schema_kind, SchemaKind::OneOf { .. }) {
                    "oneOf"
                } else {
                    "anyOf"
                };
                self.union_type(members, key, &source, side, hint, depth)?
            }
            SchemaKind::Any(_) => Type::Json,
            // A `not` says only what a value is not: any other JSON value is one.
            SchemaKind::Not { .. } => Type::Json,
        };
        if let Some(reference) = via
            && matches!(ty, Type::Struct(_) | Type::Enum(_))
        {
            self.component_types.insert(reference, ty.clone());
        }
        Some(ty)
    }

    /// The type of a string schema: an enum (named after its component, or from its values),
    /// a SID type where its pattern is a SID's, else by its format.
    fn string_type(
        &mut self,
        s: &openapiv3::StringType,
        via_name: Option<&str>,
        description: &str,
        side: Side,
        hint: &NameHint<'_>,
    ) -> Option<Type> {
        let format = match &s.format {
            VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => Some("date-time".to_owned()),
            VariantOrUnknownOrEmpty::Item(StringFormat::Date) => Some("date".to_owned()),
            VariantOrUnknownOrEmpty::Item(_) => None,
            VariantOrUnknownOrEmpty::Unknown(f) => Some(f.clone()),
            VariantOrUnknownOrEmpty::Empty => None,
        };
        let values: Vec<String> = s.enumeration.iter().flatten().cloned().collect();
        let ty = if !values.is_empty() {
            let name = match via_name {
                Some(n) => n.to_owned(),
                None => self.inline_enum_name(&values, format.as_deref(), hint),
            };
            let description = if format.as_deref() == Some("http-method") && via_name.is_none() {
                "The HTTP method that Twilio uses to request one of your URLs.".to_owned()
            } else {
                description.to_owned()
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
        };
        Some(ty)
    }

    /// The type of a `oneOf` or `anyOf` (`key`) of the schema at `source`: its one member's
    /// type when it has one (3.1 writes a nullable reference as a union with `null`); `String`,
    /// `i64` or `f64` when every member is one; a union enum when every member is an object;
    /// otherwise any JSON value, so that the caller keeps every variant's data.
    fn union_type(
        &mut self,
        members: &[ReferenceOr<Schema>],
        key: &str,
        source: &StructSource<'_>,
        side: Side,
        hint: &NameHint<'_>,
        depth: usize,
    ) -> Option<Type> {
        let pointer = child(source.pointer, key);
        if let [one] = members {
            return self.schema_type(one, &child(&pointer, "0"), side, hint, depth + 1);
        }
        let (mut strings, mut integers, mut numbers, mut objects) = (true, true, true, true);
        for (i, member) in members.iter().enumerate() {
            let (schema, _) = self.resolve(member, &child(&pointer, i.to_string()))?;
            let kind = value_kind(schema);
            strings &= kind == "string";
            integers &= matches!(schema.schema_kind, SchemaKind::Type(OaType::Integer(_)));
            numbers &= kind == "number";
            objects &= kind == "object";
        }
        Some(match () {
            _ if members.is_empty() => Type::Json,
            _ if strings => Type::String,
            _ if integers => Type::Integer {
                int32: false,
                min: None,
                max: None,
            },
            _ if numbers => Type::Number {
                min: None,
                max: None,
            },
            _ if objects => {
                return self.union_enum(members, &pointer, source, side, hint, depth);
            }
            _ => Type::Json,
        })
    }

    /// A union of objects as an enum: a variant per member (each a struct), picked by the
    /// discriminator's member when there is one, else by the fields an answer has.
    fn union_enum(
        &mut self,
        members: &[ReferenceOr<Schema>],
        pointer: &str,
        source: &StructSource<'_>,
        side: Side,
        hint: &NameHint<'_>,
        depth: usize,
    ) -> Option<Type> {
        let name = self.type_name(source, hint);
        if let Some(reference) = source.via {
            self.component_types
                .insert(reference.to_owned(), Type::Struct(name.clone()));
        }
        if self.types.contains_key(&name) {
            return Some(Type::Struct(name));
        }
        // Reserved first, so that a cycle through it ends here.
        let reserved = UnionDef {
            name: name.clone(),
            doc: String::new(),
            pointer: source.pointer.to_owned(),
            tag: None,
            variants: Vec::new(),
        };
        self.types.insert(name.clone(), TypeDef::Union(reserved));
        let mut variants = Vec::new();
        let mut scope = Scope::default();
        scope.claim("Other");
        for (i, member) in members.iter().enumerate() {
            let field = format!("variant {}", i + 1);
            let member_hint = NameHint::Field {
                owner: &name,
                owner_schema: None,
                field: &field,
            };
            let at = child(pointer, i.to_string());
            match self.schema_type(member, &at, side, &member_hint, depth + 1)? {
                Type::Struct(struct_name) => {
                    let mut tags: Vec<String> = Vec::new();
                    if let ReferenceOr::Reference { reference } = member {
                        if let Some(d) = source.discriminator {
                            tags.extend(
                                d.mapping
                                    .iter()
                                    .filter(|(_, target)| *target == reference)
                                    .map(|(value, _)| value.clone()),
                            );
                        }
                        if tags.is_empty()
                            && let Some(component) = reference.strip_prefix("#/components/schemas/")
                        {
                            tags.push(crate::diag::unescape(component));
                        }
                    }
                    let fields = match self.types.get(&struct_name) {
                        Some(TypeDef::Struct(s)) => {
                            s.fields.iter().map(|f| f.wire_name.clone()).collect()
                        }
                        _ => Vec::new(),
                    };
                    variants.push(UnionVariant {
                        rust_name: scope.claim(&struct_name),
                        struct_name,
                        tags,
                        fields,
                    });
                }
                _ => {
                    // A member that is not a struct after all: the union stays JSON.
                    self.types.remove(&name);
                    if let Some(reference) = source.via {
                        self.component_types
                            .insert(reference.to_owned(), Type::Json);
                    }
                    return Some(Type::Json);
                }
            }
        }
        let doc = if source.description.is_empty() {
            format!("One of {} kinds of `{}`.", variants.len(), hint.describe())
        } else {
            self.doc_text(source.description)
        };
        self.types.insert(
            name.clone(),
            TypeDef::Union(UnionDef {
                name: name.clone(),
                doc,
                pointer: source.pointer.to_owned(),
                tag: source.discriminator.map(|d| d.property_name.clone()),
                variants,
            }),
        );
        Some(Type::Struct(name))
    }

    /// The name of a struct or union: its component's, or for an inline one a name claimed
    /// from where it is.
    fn type_name(&mut self, source: &StructSource<'_>, hint: &NameHint<'_>) -> String {
        if let Some(name) = source.via_name {
            return name.to_owned();
        }
        let base = match hint {
            NameHint::Field { owner, field, .. } => ident::pascal(&format!("{owner} {field}")),
            NameHint::Param { op, name } => format!("{op}{}", ident::pascal(name)),
            NameHint::Body { op } => format!("{op}Body"),
            NameHint::PathSid { collection } => ident::pascal(collection),
        };
        self.type_scope.claim(&base)
    }

    /// The struct for an object's properties: named after the component or the hint, defined
    /// once (a cycle through it ends at its name).
    fn define_struct(
        &mut self,
        parts: ObjectParts,
        source: &StructSource<'_>,
        side: Side,
        hint: &NameHint<'_>,
        depth: usize,
    ) -> Type {
        let name = self.type_name(source, hint);
        if let Some(reference) = source.via {
            self.component_types
                .insert(reference.to_owned(), Type::Struct(name.clone()));
        }
        if self.types.contains_key(&name) {
            return Type::Struct(name);
        }
        // Reserve first, so that a cycle through this struct ends here.
        self.types.insert(
            name.clone(),
            TypeDef::Struct(StructDef {
                name: name.clone(),
                doc: String::new(),
                pointer: source.pointer.to_owned(),
                fields: Vec::new(),
            }),
        );
        let mut parts = parts;
        self.declare_required(&mut parts, source.pointer);
        let mut fields = Vec::new();
        let mut field_scope = Scope::default();
        for (wire, prop, field_pointer) in &parts.properties {
            let field_hint = NameHint::Field {
                owner: &name,
                owner_schema: source.component,
                field: wire,
            };
            let Some(fty) = self.schema_type(prop, field_pointer, side, &field_hint, depth + 1)
            else {
                continue;
            };
            let (nullable, fdoc) = match self.resolve(prop, field_pointer) {
                Some((s, _)) => (nullable(s), description_of(s)),
                None => (true, None),
            };
            let required = parts.required.iter().any(|r| r == wire);
            fields.push(Field {
                rust_name: field_scope.claim(&ident::snake(wire)),
                wire_name: wire.clone(),
                ty: fty,
                optional: nullable || !required,
                boxed: false,
                doc: self.doc_text(fdoc.as_deref().unwrap_or("")),
            });
        }
        let doc = if source.description.is_empty() {
            match source.component {
                Some(c) => format!("The `{c}` resource."),
                None => format!("The `{}` object.", hint.describe()),
            }
        } else {
            self.doc_text(source.description)
        };
        self.types.insert(
            name.clone(),
            TypeDef::Struct(StructDef {
                name: name.clone(),
                doc,
                pointer: source.pointer.to_owned(),
                fields,
            }),
        );
        Type::Struct(name)
    }

    /// The type of an `allOf` (with the schema's own properties, `own`, if it has any): the
    /// one member that says what the value is, when the others only document it (`description`,
    /// `nullable`, `example`); otherwise one struct with every member's properties, `$ref`s
    /// and nested `allOf`s flattened. Members that disagree on a property are reported.
    fn all_of_type(
        &mut self,
        members: &[ReferenceOr<Schema>],
        own: Option<ObjectParts>,
        source: &StructSource<'_>,
        side: Side,
        hint: &NameHint<'_>,
        depth: usize,
    ) -> Option<Type> {
        let at = child(source.pointer, "allOf");
        let mut typed = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let pointer = child(&at, i.to_string());
            let (schema, _) = self.resolve(member, &pointer)?;
            if !documents_only(schema) {
                typed.push((member, pointer));
            }
        }
        // The schema's own `required` (beside its `allOf`) holds even where it has no properties
        // of its own.
        let own_required = own.as_ref().map(|o| o.required.clone()).unwrap_or_default();
        let own = own.filter(|o| !o.properties.is_empty());
        if own.is_none() && own_required.is_empty() {
            // Members none of which is an object (a `$ref` to a string beside a string that
            // documents it): the value is of their one kind, the first member's type; of
            // several kinds, no value can be all of them, and it is read as JSON.
            let mut kinds = Vec::new();
            for (member, pointer) in &typed {
                let (schema, _) = self.resolve(member, pointer)?;
                kinds.push(value_kind(schema));
            }
            if typed.len() > 1 && !kinds.iter().any(|k| *k == "object" || *k == "any") {
                if kinds.iter().all(|k| *k == kinds[0]) {
                    let (member, pointer) = &typed[0];
                    return self.schema_type(member, pointer, side, hint, depth + 1);
                }
                self.warnings.push(
                    Diagnostic::new(Stage::Lower, &at, "`allOf` members of different kinds, which no value can all be; read as any JSON value")
                        .as_warning(),
                );
                return Some(Type::Json);
            }
            match typed.as_slice() {
                [] => return Some(Type::Json),
                [(member, pointer)] => {
                    let ty = self.schema_type(member, pointer, side, hint, depth + 1)?;
                    if let Some(reference) = source.via
                        && matches!(ty, Type::Struct(_) | Type::Enum(_))
                    {
                        self.component_types
                            .insert(reference.to_owned(), ty.clone());
                    }
                    return Some(ty);
                }
                _ => {}
            }
        }
        let mut parts = own.unwrap_or_default();
        for r in own_required {
            if !parts.required.contains(&r) {
                parts.required.push(r);
            }
        }
        // Members flattened with an explicit stack: `allOf`s nest through `$ref`s.
        let mut stack: Vec<(&ReferenceOr<Schema>, String, usize)> = typed
            .into_iter()
            .rev()
            .map(|(m, p)| (m, p, depth + 1))
            .collect();
        let mut ok = true;
        while let Some((member, pointer, level)) = stack.pop() {
            if level > self.schema_depth {
                self.diags.push(
                    Limits::exceeded(
                        &pointer,
                        "schema-depth",
                        self.schema_depth,
                        "`allOf`s nested too deeply (or a cycle of them)",
                    )
                    .with_stage(Stage::Lower),
                );
                return None;
            }
            let (schema, via) = self.resolve(member, &pointer)?;
            let pointer = match &via {
                Some(v) => v.trim_start_matches('#').to_owned(),
                None => pointer,
            };
            let (inner_all_of, object) = match &schema.schema_kind {
                SchemaKind::AllOf { all_of } => (all_of.as_slice(), None),
                SchemaKind::Type(OaType::Object(o)) => {
                    (&[][..], Some(ObjectParts::of(o, &pointer)))
                }
                SchemaKind::Any(any) => (
                    any.all_of.as_slice(),
                    Some(ObjectParts::of_any(any, &pointer)),
                ),
                _ if documents_only(schema) => continue,
                // Alternatives of objects (`oneOf` with exclusive members): the struct has each
                // alternative's members, none of them required.
                SchemaKind::OneOf {
                    one_of: alternatives,
                }
                | SchemaKind::AnyOf {
                    any_of: alternatives,
                } => {
                    let key = if matches!(schema.schema_kind, SchemaKind::OneOf { .. }) {
                        "oneOf"
                    } else {
                        "anyOf"
                    };
                    for (i, alternative) in alternatives.iter().enumerate() {
                        let at = child(&child(&pointer, key), i.to_string());
                        let Some((alt, alt_via)) = self.resolve(alternative, &at) else {
                            continue;
                        };
                        let at = alt_via.map_or(at, |v| v.trim_start_matches('#').to_owned());
                        let alt_parts = match &alt.schema_kind {
                            SchemaKind::Type(OaType::Object(o)) => Some(ObjectParts::of(o, &at)),
                            SchemaKind::Any(any) if !any.properties.is_empty() => {
                                Some(ObjectParts::of_any(any, &at))
                            }
                            _ => None,
                        };
                        if let Some(mut alt_parts) = alt_parts {
                            alt_parts.required.clear();
                            ok &= self.merge_parts(&mut parts, alt_parts);
                        }
                    }
                    continue;
                }
                _ => {
                    self.warnings.push(
                        Diagnostic::new(
                            Stage::Lower,
                            &pointer,
                            "an `allOf` member that is not an object, beside objects; the struct has the objects' members",
                        )
                        .as_warning(),
                    );
                    continue;
                }
            };
            for (i, inner) in inner_all_of.iter().enumerate().rev() {
                stack.push((
                    inner,
                    child(&child(&pointer, "allOf"), i.to_string()),
                    level + 1,
                ));
            }
            if let Some(object) = object {
                ok &= self.merge_parts(&mut parts, object);
            }
        }
        if !ok {
            return None;
        }
        Some(self.define_struct(parts, source, side, hint, depth))
    }

    /// Adds `more`'s properties to `into`. A property both define keeps the first schema when
    /// the second only documents it or is the same kind of value (a read and a write variant
    /// of one list, say: a warning says which was used); values of different kinds cannot
    /// both hold, which is reported at the second definition.
    fn merge_parts(&mut self, into: &mut ObjectParts, more: ObjectParts) -> bool {
        let mut ok = true;
        for (wire, prop, pointer) in more.properties {
            let Some((_, first, first_pointer)) =
                into.properties.iter().find(|(w, _, _)| *w == wire)
            else {
                into.properties.push((wire, prop, pointer));
                continue;
            };
            if *first == prop {
                continue;
            }
            let (first, first_pointer) = (first.clone(), first_pointer.clone());
            let (Some((a, _)), Some((b, _))) = (
                self.resolve(&first, &first_pointer),
                self.resolve(&prop, &pointer),
            ) else {
                ok = false;
                continue;
            };
            if documents_only(b) || a.schema_kind == b.schema_kind {
                continue;
            }
            if value_kind(a) == value_kind(b) {
                self.warnings.push(
                    Diagnostic::new(
                        Stage::Lower,
                        pointer,
                        format!(
                            "the `allOf` members define property `{wire}` twice, differently; the first definition, at #{first_pointer}, is used"
                        ),
                    )
                    .as_warning(),
                );
            } else {
                // No value is both: the property is read as any JSON value.
                self.warnings.push(
                    Diagnostic::new(
                        Stage::Lower,
                        pointer,
                        format!(
                            "`allOf` members that give property `{wire}` values of different kinds (see #{first_pointer}); read as any JSON value"
                        ),
                    )
                    .as_warning(),
                );
                if let Some(first) = into.properties.iter_mut().find(|(w, _, _)| *w == wire) {
                    first.1 = ReferenceOr::Item(Schema {
                        schema_data: Default::default(),
                        schema_kind: SchemaKind::Any(Default::default()),
                    });
                }
            }
        }
        for r in more.required {
            if !into.required.contains(&r) {
                into.required.push(r);
            }
        }
        ok
    }

    /// A slip with one reading: a name the object's `required` list gives that its `properties`
    /// do not define is a property all the same, of any value (with a warning), so that what
    /// the API requires can be sent.
    fn declare_required(&mut self, parts: &mut ObjectParts, pointer: &str) {
        let missing: Vec<String> = parts
            .required
            .iter()
            .filter(|r| !parts.properties.iter().any(|(w, _, _)| w == *r))
            .cloned()
            .collect();
        for name in missing {
            let at = child(pointer, "required");
            self.warnings.push(
                Diagnostic::new(
                    Stage::Lower,
                    &at,
                    format!("`required` names `{name}`, which `properties` does not define; read as a property of any value"),
                )
                .as_warning(),
            );
            let schema = ReferenceOr::Item(Schema {
                schema_data: Default::default(),
                schema_kind: SchemaKind::Any(Default::default()),
            });
            parts.properties.push((name, schema, at));
        }
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
            self.doc_text(&docs::summary(description))
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

/// Where a struct's schema comes from, for its name, its docs and the components map.
struct StructSource<'s> {
    /// The `$ref` it was reached through.
    via: Option<&'s str>,
    /// The Rust name reserved for that component.
    via_name: Option<&'s str>,
    /// The component's name in the spec.
    component: Option<&'s str>,
    /// Where it is defined.
    pointer: &'s str,
    /// Its description.
    description: &'s str,
    /// A union's `discriminator`.
    discriminator: Option<&'s openapiv3::Discriminator>,
}

/// An object's properties, each with its pointer, and which of them are required.
#[derive(Default)]
struct ObjectParts {
    properties: Vec<(String, ReferenceOr<Schema>, String)>,
    required: Vec<String>,
}

impl ObjectParts {
    fn of(o: &openapiv3::ObjectType, pointer: &str) -> Self {
        Self::from_members(&o.properties, &o.required, pointer)
    }

    fn of_any(any: &openapiv3::AnySchema, pointer: &str) -> Self {
        Self::from_members(&any.properties, &any.required, pointer)
    }

    fn from_members(
        properties: &indexmap::IndexMap<String, ReferenceOr<Box<Schema>>>,
        required: &[String],
        pointer: &str,
    ) -> Self {
        let at = child(pointer, "properties");
        Self {
            properties: properties
                .iter()
                .map(|(wire, prop)| {
                    (
                        wire.clone(),
                        Lowerer::boxed_to_plain(prop),
                        child(&at, wire),
                    )
                })
                .collect(),
            required: required.to_vec(),
        }
    }
}

/// Whether a schema only documents a value (`description`, `nullable`, `example`, `title`,
/// `default`), saying nothing of its type: such an `allOf` member adds docs, not a type.
fn documents_only(schema: &Schema) -> bool {
    matches!(&schema.schema_kind, SchemaKind::Any(any) if *any == openapiv3::AnySchema::default())
}

/// Whether a value may be `null`: the schema says so, or a documenting `allOf` member does.
pub(super) fn nullable(schema: &Schema) -> bool {
    schema.schema_data.nullable
        || matches!(&schema.schema_kind, SchemaKind::AllOf { all_of } if all_of.iter().any(|m| {
            matches!(m, ReferenceOr::Item(s) if documents_only(s) && s.schema_data.nullable)
        }))
}

/// A schema's description, or that of a documenting `allOf` member.
fn description_of(schema: &Schema) -> Option<String> {
    schema
        .schema_data
        .description
        .clone()
        .or_else(|| match &schema.schema_kind {
            SchemaKind::AllOf { all_of } => all_of.iter().find_map(|m| match m {
                ReferenceOr::Item(s) if documents_only(s) => s.schema_data.description.clone(),
                _ => None,
            }),
            _ => None,
        })
}

/// What kind of JSON value a schema describes, to tell two definitions of one property apart.
fn value_kind(schema: &Schema) -> &'static str {
    match &schema.schema_kind {
        SchemaKind::Type(OaType::String(_)) => "string",
        SchemaKind::Type(OaType::Number(_) | OaType::Integer(_)) => "number",
        SchemaKind::Type(OaType::Boolean(_)) => "boolean",
        SchemaKind::Type(OaType::Array(_)) => "array",
        SchemaKind::Type(OaType::Object(_)) | SchemaKind::AllOf { .. } => "object",
        SchemaKind::Any(any) if !any.properties.is_empty() => "object",
        _ => "any",
    }
}

/// The type of an integer schema, its exclusive bounds made inclusive.
fn integer_type(i: &openapiv3::IntegerType) -> Type {
    Type::Integer {
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
    }
}
