//! Request encoding: how each input goes on the wire (path segments, query and form pairs,
//! JSON) and the checks made before anything is sent.

use super::models::{nested, rust_type};
use super::print::{id, lit, parse};
use super::shapes::{self, Fill, Shapes};
use super::*;

/// The expression that turns `v` (a reference to a value of `ty`) into wire text.
pub(super) fn to_text(ty: &Type, v: &TokenStream) -> TokenStream {
    match ty {
        Type::String => quote!(#v.clone()),
        Type::Sid(_) | Type::Url | Type::Enum(_) => quote!(#v.as_str().to_owned()),
        Type::DateInput => quote!(#v.to_string()),
        Type::DateTimeRfc2822 | Type::DateTime | Type::Date => {
            let format = date_format(ty);
            quote!(#format(#v))
        }
        Type::Integer { .. } | Type::Number { .. } | Type::Boolean | Type::Scalar => {
            quote!(#v.to_string())
        }
        Type::Json | Type::Struct(_) | Type::Map(_) | Type::Array(_) => {
            quote!(serde_json::to_string(#v).unwrap_or_default())
        }
        Type::Binary => quote!(#v.text()),
    }
}

/// The function that writes a date or date-time as Twilio reads it (it takes a reference).
pub(super) fn date_format(ty: &Type) -> Option<TokenStream> {
    match ty {
        Type::DateTimeRfc2822 => Some(quote!(crate::formats::format_rfc2822)),
        Type::DateTime => Some(quote!(crate::formats::format_rfc3339)),
        Type::Date => Some(quote!(crate::formats::format_date)),
        _ => None,
    }
}

/// What `Pairs::add` gets for a field (`field` is `self.name`): the field itself where its
/// values print as they are sent (text, SIDs, enums, URLs, numbers, booleans), else its values
/// mapped to their wire text. A required value is an array of one.
pub(super) enum PairArg {
    /// `&self.name`: an `Option` or a list.
    Ref,
    /// `self.name`: an `Option` of a `Copy` type (numbers and booleans).
    Copy,
    /// `[&self.name]`: a required value.
    OneRef,
    /// `[self.name]`: a required value of a `Copy` type.
    OneCopy,
    /// Its values mapped to their wire text.
    Mapped(TokenStream),
}

pub(super) fn pair_arg(ty: &Type, field: &TokenStream, required: bool) -> PairArg {
    let displays = |ty: &Type| {
        matches!(
            ty,
            Type::String
                | Type::Sid(_)
                | Type::Url
                | Type::DateInput
                | Type::Enum(_)
                | Type::Integer { .. }
                | Type::Number { .. }
                | Type::Boolean
                | Type::Scalar
        )
    };
    match ty {
        Type::Array(inner) => {
            let inner = nested(inner);
            if displays(&inner) {
                PairArg::Ref
            } else {
                let text = to_text(&inner, &quote!(item));
                PairArg::Mapped(quote!(#field.iter().map(|item| #text)))
            }
        }
        ty if displays(ty) => {
            // Numbers and booleans (and options of them) are `Copy`: passed by value.
            let copy = matches!(
                ty,
                Type::Integer { .. } | Type::Number { .. } | Type::Boolean | Type::DateInput
            );
            match (required, copy) {
                (true, true) => PairArg::OneCopy,
                (true, false) => PairArg::OneRef,
                (false, true) => PairArg::Copy,
                (false, false) => PairArg::Ref,
            }
        }
        ty => {
            let text = to_text(ty, &quote!(v));
            PairArg::Mapped(match (required, date_format(ty)) {
                (true, Some(format)) => quote!([#format(&#field)]),
                (true, None) => quote!([{ let v = &#field; #text }]),
                (false, Some(format)) => quote!(#field.as_ref().map(#format)),
                (false, None) => quote!(#field.as_ref().map(|v| #text)),
            })
        }
    }
}

/// The expression that turns `v` (a reference) into a JSON value.
pub(super) fn to_json(ty: &Type, v: &TokenStream) -> TokenStream {
    match ty {
        Type::DateTimeRfc2822
        | Type::DateTime
        | Type::Date
        | Type::Url
        | Type::DateInput
        | Type::Sid(_)
        | Type::Enum(_)
        | Type::Binary => {
            let text = to_text(ty, v);
            quote!(serde_json::Value::String(#text))
        }
        _ => quote!(serde_json::to_value(#v).unwrap_or(serde_json::Value::Null)),
    }
}

/// Whether an operation's parameters struct has a `validate` method: some input has a rule, or
/// some inputs form a group of which one must be given.
pub(super) fn has_checks(op: &Operation) -> bool {
    !op.conditional.is_empty() || op.params.iter().any(|p| !rules(p).is_empty())
}

/// A rule an input's values are checked against before sending: a function of the runtime's
/// `formats::check`, and the bound it takes, if any.
pub(super) struct Rule {
    function: &'static str,
    bound: Option<Literal>,
}

/// The rules an input is checked against before sending (its items', for a list).
pub(super) fn rules(p: &Parameter) -> Vec<Rule> {
    let rule = |function, bound| Rule { function, bound };
    let ty = match &p.ty {
        Type::Array(inner) => nested(inner),
        ty => ty.clone(),
    };
    match ty {
        Type::Url => vec![rule("urls", None)],
        Type::Enum(_) => vec![rule("listed", None)],
        Type::Integer { min, max, int32 } => {
            // An `i32` input cannot break a bound outside `i32`'s range.
            let fits = |b: &i64| !int32 || i32::try_from(*b).is_ok();
            let min = min
                .filter(fits)
                .map(|m| rule("at_least", Some(Literal::i64_unsuffixed(m))));
            let max = max
                .filter(fits)
                .map(|m| rule("at_most", Some(Literal::i64_unsuffixed(m))));
            min.into_iter().chain(max).collect()
        }
        Type::Number { min, max } => {
            let min = min.map(|m| rule("at_least", Some(Literal::f64_unsuffixed(m))));
            let max = max.map(|m| rule("at_most", Some(Literal::f64_unsuffixed(m))));
            min.into_iter().chain(max).collect()
        }
        _ => Vec::new(),
    }
}

impl Rule {
    /// The statement that checks `p`'s values against the rule, returning early on a failure.
    pub(super) fn stmt(&self, p: &Parameter) -> Result<syn::Stmt, Diagnostic> {
        let (field, function) = (id(&p.rust_name), id(self.function));
        let nested_list = matches!(&p.ty, Type::Array(inner) if matches!(**inner, Type::Array(_)));
        if nested_list {
            let wire = lit(&p.wire_name);
            let bound = self.bound.iter();
            return parse(quote! {
                crate::formats::check::#function(#wire, self.#field.iter().flatten() #(, #bound)*)?;
            });
        }
        // A required value is an array of one; an `Option` and a list are passed by reference.
        let one = p.required && !matches!(p.ty, Type::Array(_));
        let bound = self.bound.clone().map(shapes::literal);
        Ok(shapes::with(|s| {
            let shape = match (one, bound.is_some()) {
                (false, false) => &s.params.check_ref,
                (true, false) => &s.params.check_one,
                (false, true) => &s.params.check_ref_bound,
                (true, true) => &s.params.check_one_bound,
            };
            let fill = Fill::default()
                .ident("__rule", &function)
                .ident("__field", &field)
                .str("__wire", &p.wire_name);
            match bound {
                Some(bound) => fill.expr("__bound", bound),
                None => fill,
            }
            .shape(shape)
        }))
    }
}

/// An input sent as form, query or header pairs.
pub(super) struct PairInput<'a> {
    pub(super) wire: &'a str,
    pub(super) field: &'a str,
    pub(super) ty: &'a Type,
    /// Whether the field holds one value (not an `Option` or a list).
    pub(super) one: bool,
    /// How it is written, for an object in a form body.
    pub(super) object: Option<&'a crate::model::FormObject>,
}

impl PairInput<'_> {
    /// The statement that adds the input's pairs.
    pub(super) fn stmt(&self) -> Result<syn::Stmt, Diagnostic> {
        let f = id(self.field);
        if let Some(crate::model::FormObject::Members(keys)) = self.object {
            // Each member of the object a pair of its own, under its key.
            let value = if self.one {
                quote!(Some(&self.#f))
            } else {
                quote!(self.#f.as_ref())
            };
            let keys = keys.iter().map(|m| {
                let (name, key) = (&m.name, &m.key);
                quote!((#name, #key))
            });
            return parse(quote!(out.add_members(#value, &[#(#keys),*]);));
        }
        let shape = |pick: fn(&Shapes) -> &shapes::Named<syn::Stmt>| {
            shapes::with(|s| {
                Fill::default()
                    .str("__wire", self.wire)
                    .ident("__field", &f)
                    .shape(pick(s))
            })
        };
        Ok(match pair_arg(self.ty, &quote!(self.#f), self.one) {
            PairArg::Ref => shape(|s| &s.params.pair_ref),
            PairArg::Copy => shape(|s| &s.params.pair_copy),
            PairArg::OneRef => shape(|s| &s.params.pair_one_ref),
            PairArg::OneCopy => shape(|s| &s.params.pair_one_copy),
            PairArg::Mapped(values) => {
                let wire = lit(self.wire);
                parse(quote!(out.add(#wire, #values);))?
            }
        })
    }
}

/// A parameters struct's `{kind}_pairs` function: its inputs as pairs, in spec order.
pub(super) fn pairs_fn(kind: &str, inputs: &[PairInput<'_>]) -> Result<syn::ImplItem, Diagnostic> {
    let name = format_ident!("{}_pairs", kind);
    let doc = format!(" The {kind} pairs, in spec order; a list repeats its key.");
    let stmts = inputs
        .iter()
        .map(PairInput::stmt)
        .collect::<Result<_, _>>()?;
    Ok(syn::ImplItem::Fn(shapes::with(|s| {
        Fill::default()
            .ident("__name", &name)
            .str("__doc", &doc)
            .stmts(stmts)
            .shape(&s.params.pairs_fn)
    })))
}

/// What a constructor or setter takes for an input of type `ty`. A list of strings takes
/// `["a", "b"]` as readily as a `Vec<String>`.
pub(super) fn arg_type(ty: &Type) -> TokenStream {
    match ty {
        Type::String => quote!(impl Into<String>),
        Type::Url => quote!(impl Into<crate::Uri>),
        Type::DateInput => quote!(impl Into<crate::DateOrDateTime>),
        Type::Binary => quote!(impl Into<crate::Upload>),
        Type::Scalar => quote!(impl Into<crate::Scalar>),
        Type::Array(inner) if matches!(nested(inner), Type::String) => {
            quote!(impl IntoIterator<Item = impl Into<String>>)
        }
        Type::Array(inner) => {
            let inner = rust_type(&nested(inner));
            quote!(impl IntoIterator<Item = #inner>)
        }
        ty => rust_type(ty),
    }
}

/// Whether a multipart body's input is a part of its own (`file_parts`) rather than a text
/// field: a file, or an object sent as JSON (OpenAPI's default encoding for an object part).
pub(super) fn is_part_of_its_own(p: &Parameter) -> bool {
    matches!(
        p.ty,
        Type::Binary | Type::Struct(_) | Type::Json | Type::Map(_)
    )
}
