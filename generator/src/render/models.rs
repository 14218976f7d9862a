//! Models: the Rust type of a model type, the serde attributes of lenient fields, and the
//! structs and enums of `models.rs`.

use super::params::WIDTH;
use super::print::{
    doc_attr, id, laid_out_item, lit, plain_literal, push_args_one_per_line, push_doc_lines,
};
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

/// [`rust_type`] as prettyplease prints it.
pub(crate) fn type_text(ty: &Type) -> String {
    match ty {
        Type::String => "String".to_owned(),
        Type::Sid(n) | Type::Enum(n) | Type::Struct(n) => format!("crate::{n}"),
        Type::Url => "crate::Uri".to_owned(),
        Type::DateInput => "crate::DateOrDateTime".to_owned(),
        Type::DateTimeRfc2822 | Type::DateTime => "time::OffsetDateTime".to_owned(),
        Type::Date => "time::Date".to_owned(),
        Type::Integer { int32: true, .. } => "i32".to_owned(),
        Type::Integer { int32: false, .. } => "i64".to_owned(),
        Type::Number { .. } => "f64".to_owned(),
        Type::Boolean => "bool".to_owned(),
        Type::Json => "serde_json::Value".to_owned(),
        Type::Array(inner) => format!("Vec<{}>", type_text(&nested(inner))),
        Type::Map(inner) => format!(
            "std::collections::BTreeMap<String, {}>",
            type_text(&nested(inner))
        ),
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

/// The serde functions a model field of `ty` needs. An optional field is read leniently (see
/// the runtime's `formats::lenient`): `""`, `null` and a value of the wrong type are `None`, a
/// number in a string is the number, so one odd field never fails a successful answer.
pub(super) fn serde_with(ty: &Type, optional: bool) -> Vec<(&'static str, String)> {
    let (base, lenient) = match ty {
        Type::DateTimeRfc2822 => ("crate::formats::rfc2822", "rfc2822"),
        Type::DateTime => ("crate::formats::rfc3339", "rfc3339"),
        Type::Date => ("crate::formats::date", "date"),
        Type::Array(_) if optional => {
            return vec![(
                "deserialize_with",
                "crate::formats::lenient::list".to_owned(),
            )];
        }
        _ if optional => {
            return vec![(
                "deserialize_with",
                "crate::formats::lenient::option".to_owned(),
            )];
        }
        _ => return Vec::new(),
    };
    if optional {
        vec![
            ("serialize_with", format!("{base}::option::serialize")),
            (
                "deserialize_with",
                format!("crate::formats::lenient::{lenient}"),
            ),
        ]
    } else {
        vec![("with", base.to_owned())]
    }
}

/// The models for a run of types.
pub(super) fn models_items(types: &[&TypeDef]) -> TokenStream {
    let items = types.iter().map(|def| match def {
        TypeDef::Struct(s) => struct_item(s),
        TypeDef::Enum(e) => enum_item(e),
    });
    quote!(#(#items)*)
}

/// A model struct: laid out here where every line fits (nearly always), else built for
/// prettyplease to lay out.
pub(super) fn struct_item(s: &StructDef) -> TokenStream {
    match struct_laid_out(s) {
        Some(text) => laid_out_item(text),
        None => struct_quoted(s),
    }
}

/// What a model field is made of, as text: its doc, its type, and its serde arguments.
pub(super) struct ModelField<'a> {
    pub(super) name: &'a str,
    pub(super) wire: &'a str,
    pub(super) doc: std::borrow::Cow<'a, str>,
    /// The type as the field holds it (URLs as text, a struct that holds itself boxed).
    pub(super) ty: Type,
    pub(super) boxed: bool,
    pub(super) optional: bool,
    /// The serde functions it needs, as `(key, path)`: `with` for a required date; for an
    /// optional field, the lenient reader (`deserialize_with`) and, for dates, the writer.
    pub(super) with: Vec<(&'static str, String)>,
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
            boxed: matches!(&ty, Type::Struct(n) if n == &s.name),
            with: serde_with(&ty, f.optional),
            ty,
            optional: f.optional,
        }
    }

    /// The serde arguments as prettyplease prints them, or `None` if the wire name holds a
    /// character that a string literal escapes.
    pub(super) fn serde_args(&self) -> Option<Vec<String>> {
        let mut args = Vec::new();
        if self.name != self.wire {
            if !plain_literal(self.wire) {
                return None;
            }
            args.push(format!("rename = \"{}\"", self.wire));
        }
        for (key, path) in &self.with {
            args.push(format!("{key} = \"{path}\""));
        }
        if self.optional {
            args.push("default".to_owned());
            args.push("skip_serializing_if = \"Option::is_none\"".to_owned());
        }
        Some(args)
    }

    /// The field's type as prettyplease prints it.
    pub(super) fn type_text(&self) -> String {
        let mut text = type_text(&self.ty);
        if self.boxed {
            text = format!("Box<{text}>");
        }
        if self.optional {
            text = format!("Option<{text}>");
        }
        text
    }

    /// The field as tokens.
    pub(super) fn quoted(&self) -> TokenStream {
        let fname = id(self.name);
        let mut tokens = rust_type(&self.ty);
        if self.boxed {
            tokens = quote!(Box<#tokens>);
        }
        let fdoc = doc_attr(&self.doc);
        let mut serde_args = Vec::new();
        if self.name != self.wire {
            let w = lit(self.wire);
            serde_args.push(quote!(rename = #w));
        }
        for (key, path) in &self.with {
            let key = id(key);
            let w = lit(path);
            serde_args.push(quote!(#key = #w));
        }
        if self.optional {
            serde_args.push(quote!(default));
            serde_args.push(quote!(skip_serializing_if = "Option::is_none"));
            tokens = quote!(Option<#tokens>);
        }
        let serde_attr = if serde_args.is_empty() {
            quote!()
        } else {
            quote!(#[serde(#(#serde_args),*)])
        };
        quote! {
            #fdoc
            #serde_attr
            pub #fname: #tokens
        }
    }
}

/// The derives and attributes of every model struct.
pub(super) const MODEL_ATTRS: &str =
    "#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]\n#[non_exhaustive]\n";

/// A model struct as prettyplease prints it, if each of its lines fits in [`WIDTH`] there: a
/// serde attribute too wide for its line has one argument per line, as prettyplease breaks it.
pub(super) fn struct_laid_out(s: &StructDef) -> Option<String> {
    let header = format!("pub struct {} {{", s.name);
    if header.len() > WIDTH {
        return None;
    }
    let mut out = String::with_capacity(s.doc.len() + 256 * (s.fields.len() + 1));
    push_doc_lines(&mut out, "", &s.doc);
    out.push_str(MODEL_ATTRS);
    out.push_str(&header);
    if s.fields.is_empty() {
        out.push_str("}\n");
        return Some(out);
    }
    out.push('\n');
    for f in &s.fields {
        let field = ModelField::new(s, f);
        let line = format!("pub {}: {},", field.name, field.type_text());
        if 4 + line.len() > WIDTH {
            return None;
        }
        push_doc_lines(&mut out, "    ", &field.doc);
        let args = field.serde_args()?;
        if !args.is_empty() {
            let joined = args.join(", ");
            if 4 + "#[serde()]".len() + joined.len() <= WIDTH {
                out.push_str("    #[serde(");
                out.push_str(&joined);
                out.push_str(")]\n");
            } else {
                if args.iter().any(|arg| 8 + arg.len() + 1 > WIDTH) {
                    return None;
                }
                out.push_str("    #[serde(\n");
                push_args_one_per_line(&mut out, "        ", &args);
                out.push_str("    )]\n");
            }
        }
        out.push_str("    ");
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str("}\n");
    Some(out)
}

/// [`struct_item`] as tokens, for prettyplease to lay out.
pub(super) fn struct_quoted(s: &StructDef) -> TokenStream {
    let name = id(&s.name);
    let doc = doc_attr(&s.doc);
    let fields = s.fields.iter().map(|f| ModelField::new(s, f).quoted());
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields,)*
        }
    }
}

pub(super) fn enum_item(e: &EnumDef) -> TokenStream {
    let name = id(&e.name);
    let doc = doc_attr(&format!(
        "{}\n\nDecoding keeps values the spec does not list as [`{}::Unknown`]; requests only carry listed values.",
        e.doc, e.name
    ));
    let variants = e.variants.iter().map(|v| {
        let vn = id(&v.rust_name);
        let vdoc = doc_attr(&format!("`{}`", v.wire_name.replace('`', "'")));
        quote!(#vdoc #vn)
    });
    let to_str = e.variants.iter().map(|v| {
        let vn = id(&v.rust_name);
        let w = lit(&v.wire_name);
        quote!(Self::#vn => #w)
    });
    let from_str = e.variants.iter().map(|v| {
        let vn = id(&v.rust_name);
        let w = lit(&v.wire_name);
        quote!(#w => Self::#vn)
    });
    let values = e.variants.iter().map(|v| lit(&v.wire_name));
    let kind = lit(&e.name);
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants,)*
            /// A value the spec does not list, as Twilio sent it.
            Unknown(crate::UnknownValue),
        }

        impl #name {
            /// The values the spec lists.
            pub const VALUES: &'static [&'static str] = &[#(#values),*];

            /// The value as it is sent and received.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#to_str,)*
                    Self::Unknown(v) => v.as_str(),
                }
            }

            /// Whether the spec lists this value.
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }

            fn from_wire(value: String) -> Self {
                match value.as_str() {
                    #(#from_str,)*
                    _ => Self::Unknown(crate::UnknownValue(value)),
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for #name {
            type Err = crate::InvalidEnumValue;

            /// Parses one of the listed values; anything else is an error.
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let value = Self::from_wire(s.to_owned());
                if value.is_known() {
                    Ok(value)
                } else {
                    Err(crate::InvalidEnumValue { kind: #kind, allowed: Self::VALUES })
                }
            }
        }

        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                String::deserialize(deserializer).map(Self::from_wire)
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Resources
