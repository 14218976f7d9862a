//! Models: the Rust type of a model type, and the structs (read leniently) and enums of the
//! models' files.

use super::print::{doc_attr, doc_mark, id, lit, parse};
use super::shapes::{self, Fill};
use super::*;

/// The Rust type, and the serde `with` module a struct field of it needs.
pub(crate) fn rust_type(ty: &Type) -> TokenStream {
    match ty {
        Type::String => quote!(String),
        Type::Sid(n) | Type::Enum(n) | Type::Struct(n) => {
            let n = id(n);
            quote!(crate::#n)
        }
        Type::Url => quote!(crate::Uri),
        Type::DateInput => quote!(crate::DateOrDateTime),
        Type::DateTimeRfc2822 | Type::DateTime => quote!(time::OffsetDateTime),
        Type::Date => quote!(time::Date),
        Type::Integer { int32: true, .. } => quote!(i32),
        Type::Integer { int32: false, .. } => quote!(i64),
        Type::Number { .. } => quote!(f64),
        Type::Boolean => quote!(bool),
        Type::Json => quote!(serde_json::Value),
        Type::Binary => quote!(crate::Upload),
        Type::Scalar => quote!(crate::Scalar),
        Type::Array(inner) => {
            let inner = rust_type(&nested(inner));
            quote!(Vec<#inner>)
        }
        Type::Map(inner) => {
            let inner = rust_type(&nested(inner));
            quote!(std::collections::BTreeMap<String, #inner>)
        }
    }
}

/// Inside lists and maps, dates stay text and URLs stay strings: serde's `with` cannot reach them.
pub(crate) fn nested(ty: &Type) -> Type {
    match ty {
        Type::DateTimeRfc2822 | Type::DateTime | Type::Date | Type::Url | Type::DateInput => {
            Type::String
        }
        other => other.clone(),
    }
}

/// The models for a run of types.
pub(super) fn models_items(types: &[&TypeDef]) -> Result<Vec<syn::Item>, Diagnostic> {
    let mut items = Vec::new();
    for def in types {
        match def {
            TypeDef::Struct(s) => items.extend(struct_item(s)?),
            TypeDef::Enum(e) => items.extend(enum_item(e)),
            TypeDef::Union(u) => items.extend(parse::<syn::File>(union_item(u))?.items),
        }
    }
    Ok(items)
}

/// A union of structs: a variant per struct (boxed, so that a struct may hold its union), and
/// `Other` for an answer none of them reads. Decoding picks the variant the tag names, or the
/// one whose fields the answer has most of (`formats::pick_variant`); writing writes the
/// variant's struct.
fn union_item(u: &crate::model::UnionDef) -> TokenStream {
    let name = id(&u.name);
    let doc = doc_attr(&u.doc);
    let variants = u.variants.iter().map(|v| {
        let (variant, ty) = (id(&v.rust_name), id(&v.struct_name));
        let vdoc = lit(&format!(
            " A [`{}`](crate::{}).",
            v.struct_name, v.struct_name
        ));
        quote!(#[doc = #vdoc] #variant(Box<crate::#ty>))
    });
    let tag = match &u.tag {
        Some(t) => quote!(Some(#t)),
        None => quote!(None),
    };
    let table = u.variants.iter().map(|v| {
        let (tags, fields) = (&v.tags, &v.fields);
        quote!((&[#(#tags),*][..], &[#(#fields),*][..]))
    });
    let reads = u.variants.iter().enumerate().map(|(i, v)| {
        let variant = id(&v.rust_name);
        quote! {
            Some(#i) => match serde_json::from_value(value.clone()) {
                Ok(v) => #name::#variant(Box::new(v)),
                Err(_) => #name::Other(value),
            },
        }
    });
    let writes = u.variants.iter().map(|v| {
        let variant = id(&v.rust_name);
        quote!(#name::#variant(v) => serde::Serialize::serialize(v, serializer),)
    });
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants,)*
            /// An answer that none of the variants reads, kept as it came.
            Other(serde_json::Value),
        }
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize>::deserialize(deserializer)?;
                Ok(match crate::formats::pick_variant(&value, #tag, &[#(#table),*]) {
                    #(#reads)*
                    _ => #name::Other(value),
                })
            }
        }
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #(#writes)*
                    #name::Other(v) => serde::Serialize::serialize(v, serializer),
                }
            }
        }
    }
}

/// A model field as the struct holds it: its doc, its type, and how it is read and written.
pub(super) struct ModelField<'a> {
    pub(super) name: &'a str,
    pub(super) wire: &'a str,
    pub(super) doc: std::borrow::Cow<'a, str>,
    /// The type as the field holds it (URLs as text, a struct that holds itself boxed).
    pub(super) ty: Type,
    pub(super) boxed: bool,
    pub(super) optional: bool,
}

impl<'a> ModelField<'a> {
    pub(super) fn new(s: &StructDef, f: &'a crate::model::Field) -> Self {
        let ty = match &f.ty {
            Type::Url => Type::String,
            Type::DateInput => Type::DateTime,
            ty => ty.clone(),
        };
        let doc = if f.doc.is_empty() {
            std::borrow::Cow::Owned(format!("The `{}` field.", f.wire_name))
        } else {
            std::borrow::Cow::Borrowed(f.doc.as_str())
        };
        ModelField {
            name: &f.rust_name,
            wire: &f.wire_name,
            doc,
            boxed: f.boxed || matches!(&ty, Type::Struct(n) if n == &s.name),
            ty,
            optional: f.optional,
        }
    }

    /// The field's type, `Option` and `Box` included.
    fn type_tokens(&self) -> TokenStream {
        let mut tokens = rust_type(&self.ty);
        if self.boxed {
            tokens = quote!(Box<#tokens>);
        }
        if self.optional {
            tokens = quote!(Option<#tokens>);
        }
        tokens
    }

    /// The runtime's reader and writer of the field (`lenient::Member` and `lenient::Writer`
    /// methods), for a struct whose fields are all optional.
    fn lenient_method(&self) -> Ident {
        id(match &self.ty {
            Type::DateTimeRfc2822 => "rfc2822",
            Type::DateTime => "rfc3339",
            Type::Date => "date",
            Type::Array(_) => "list",
            _ => "value",
        })
    }

    /// The serde `with` module a required field of a date type needs.
    fn serde_with(&self) -> Option<&'static str> {
        match &self.ty {
            Type::DateTimeRfc2822 => Some("crate::formats::rfc2822"),
            Type::DateTime => Some("crate::formats::rfc3339"),
            Type::Date => Some("crate::formats::date"),
            _ => None,
        }
    }
}

/// A model struct. When every field is optional (every struct an answer can hold), it is read
/// leniently: `Deserialize` hands each member to the runtime's `formats::lenient`, which reads
/// `""`, `null` and a value of the wrong type as `None` and a number in a string as the number,
/// so one odd field never fails a successful answer. That takes one match arm per field,
/// where serde's derive would build a reader type per field. A struct with a required field
/// (a JSON request body's) derives serde's traits.
pub(super) fn struct_item(s: &StructDef) -> Result<Vec<syn::Item>, Diagnostic> {
    let fields: Vec<ModelField<'_>> = s.fields.iter().map(|f| ModelField::new(s, f)).collect();
    if fields.iter().all(|f| f.optional) {
        lenient_struct(s, &fields)
    } else {
        Ok(parse::<syn::File>(derived_struct(s, &fields))?.items)
    }
}

/// A struct whose fields are all optional, with its lenient `Deserialize` and its `Serialize`,
/// built from [`shapes`](super::shapes).
fn lenient_struct(s: &StructDef, fields: &[ModelField<'_>]) -> Result<Vec<syn::Item>, Diagnostic> {
    let name = id(&s.name);
    let mut declared = Vec::with_capacity(fields.len());
    let mut reads = Vec::with_capacity(fields.len());
    let mut writes = Vec::with_capacity(fields.len());
    for f in fields {
        let (fname, method) = (id(f.name), f.lenient_method());
        let ty: syn::Type = parse(f.type_tokens())?;
        let doc = doc_mark(&f.doc);
        shapes::with(|shapes| {
            let field = Fill::default()
                .ident("__field", &fname)
                .ty("__Type", &ty)
                .str("__doc", &doc);
            declared.push(field.shape(&shapes.models.field));
            let member = || {
                Fill::default()
                    .ident("__field", &fname)
                    .ident("__method", &method)
                    .str("__wire", f.wire)
            };
            reads.push(member().shape(&shapes.models.read_arm));
            writes.push(member().shape(&shapes.models.write));
        });
    }
    let count = shapes::literal(Literal::usize_unsuffixed(fields.len()));
    let doc = doc_mark(&s.doc);
    Ok(shapes::with(|shapes| {
        let named = || Fill::default().ident("__Name", &name);
        vec![
            named()
                .str("__doc", &doc)
                .fields(declared)
                .shape(&shapes.models.lenient_struct),
            named()
                .arms("__reads", reads)
                .shape(&shapes.models.fields_impl),
            named().shape(&shapes.models.deserialize_impl),
            named()
                .str("__name", &s.name)
                .expr("__count", count)
                .stmts(writes)
                .shape(&shapes.models.serialize_impl),
        ]
    }))
}

/// A struct with a required field, deriving serde's traits.
fn derived_struct(s: &StructDef, fields: &[ModelField<'_>]) -> TokenStream {
    let name = id(&s.name);
    let doc = doc_attr(&s.doc);
    let declared = fields.iter().map(|f| {
        let (fname, fdoc, ty) = (id(f.name), doc_attr(&f.doc), f.type_tokens());
        let mut args = Vec::new();
        if f.name != f.wire {
            let w = lit(f.wire);
            args.push(quote!(rename = #w));
        }
        match (f.serde_with(), f.optional) {
            (Some(with), false) => {
                let with = lit(with);
                args.push(quote!(with = #with));
            }
            (Some(with), true) => {
                let with = lit(&format!("{with}::option"));
                args.push(quote!(with = #with));
            }
            (None, _) => {}
        }
        if f.optional {
            args.push(quote!(default, skip_serializing_if = "Option::is_none"));
        }
        let attr = (!args.is_empty()).then(|| quote!(#[serde(#(#args),*)]));
        quote!(#fdoc #attr pub #fname: #ty)
    });
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[non_exhaustive]
        pub struct #name {
            #(#declared,)*
        }
    }
}

/// An enum of the spec's listed values, with a catch-all for values it does not list, and its
/// impls, built from [`shapes`](super::shapes).
pub(super) fn enum_item(e: &EnumDef) -> Vec<syn::Item> {
    let name = id(&e.name);
    let doc = doc_mark(&format!(
        "{}\n\nDecoding keeps values the spec does not list as [`{}::Unknown`]; requests only carry listed values.",
        e.doc, e.name
    ));
    shapes::with(|s| {
        let mut variants = Vec::with_capacity(e.variants.len());
        let mut to_str = Vec::with_capacity(e.variants.len());
        let mut from_str = Vec::with_capacity(e.variants.len());
        let mut values = Vec::with_capacity(e.variants.len());
        for v in &e.variants {
            let variant = id(&v.rust_name);
            let vdoc = doc_mark(&format!("`{}`", v.wire_name.replace('`', "'")));
            let fill = || {
                Fill::default()
                    .ident("__Variant", &variant)
                    .str("__wire", &v.wire_name)
            };
            variants.push(
                Fill::default()
                    .ident("__Variant", &variant)
                    .str("__doc", &vdoc)
                    .shape(&s.models.variant),
            );
            to_str.push(fill().shape(&s.models.to_str_arm));
            from_str.push(fill().shape(&s.models.from_str_arm));
            values.push(shapes::literal(Literal::string(&v.wire_name)));
        }
        let named = || Fill::default().ident("__Name", &name);
        let mut items = vec![
            named()
                .str("__doc", &doc)
                .variants(variants)
                .shape(&s.models.enum_item),
            named()
                .values(values)
                .arms("__to_str", to_str)
                .arms("__from_str", from_str)
                .shape(&s.models.enum_impl),
        ];
        items.push(named().shape(&s.models.enum_listed));
        items.push(named().shape(&s.models.enum_display));
        items.push(
            named()
                .str("__kind", &e.name)
                .shape(&s.models.enum_from_str),
        );
        items.push(named().shape(&s.models.enum_serialize));
        items.push(named().shape(&s.models.enum_deserialize));
        items
    })
}

// ---------------------------------------------------------------------------------------------
// Resources
