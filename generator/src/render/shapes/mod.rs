//! Shapes: the items and statements a crate repeats hundreds of times (a setter, a pair, a
//! check, a model's field, match arm and write, an enum's impls, a handle, an accessor, an
//! operation's method and its request), written once as Rust with holes (in this folder's
//! files, one per artefact), parsed once per thread, and cloned with their holes filled. This
//! file is the engine: [`Fill`], which says what goes in the holes and fills a copy.
//!
//! Parsing generated tokens back is most of the generator's time, and a clone of a syntax tree
//! costs a fraction of a parse. What reaches prettyplease is the same tree parsing the filled
//! tokens would give, so the printed text is the same too.
//!
//! A hole is a name that starts with `__`: an identifier (`__field`), a type (`__Type`), a
//! string literal (`"__wire"`, which is also how a doc comment is filled), an expression
//! (`__count`), or a place where a list goes: a match arm (`__reads => {}`), a statement
//! `__stmts;`, a struct field `__fields: _`, a field initialiser `__inits: ()`, a function
//! argument `__args: _`, an enum variant `__variants`, an array element `__values`, an `impl`
//! block's `__items!();`.

use syn::visit_mut::{self, VisitMut};
use syn::{Arm, Field, ImplItem, ImplItemFn, Item, Stmt};

use super::*;

mod handles;
mod models;
mod operations;
mod params;

use handles::HandleShapes;
use models::ModelShapes;
use operations::OperationShapes;
use params::ParamShapes;

/// The shapes, parsed, by the artefact they make. They are constants, so a failure to parse
/// one is a bug in its file, which the unit test below catches.
pub(super) struct Shapes {
    pub(super) params: ParamShapes,
    pub(super) models: ModelShapes,
    pub(super) handles: HandleShapes,
    pub(super) operations: OperationShapes,
}

impl Shapes {
    fn parse() -> Self {
        Shapes {
            params: ParamShapes::parse(),
            models: ModelShapes::parse(),
            handles: HandleShapes::parse(),
            operations: OperationShapes::parse(),
        }
    }
}

thread_local! {
    static SHAPES: Shapes = Shapes::parse();
}

/// Runs `f` with this thread's shapes (parsed on the thread's first call).
pub(super) fn with<R>(f: impl FnOnce(&Shapes) -> R) -> R {
    SHAPES.with(f)
}

/// A literal as an expression, for a hole such as `__count`.
pub(super) fn literal(lit: Literal) -> syn::Expr {
    syn::Expr::Lit(syn::ExprLit {
        attrs: Vec::new(),
        lit: syn::Lit::new(lit),
    })
}

/// What goes in a shape's holes.
#[derive(Default)]
pub(super) struct Fill<'a> {
    idents: Vec<(&'static str, &'a Ident)>,
    strs: Vec<(&'static str, &'a str)>,
    types: Vec<(&'static str, &'a syn::Type)>,
    exprs: Vec<(&'static str, syn::Expr)>,
    arms: Vec<(&'static str, Vec<Arm>)>,
    stmts: Vec<Stmt>,
    values: Vec<syn::Expr>,
    variants: Vec<syn::Variant>,
    inits: Vec<syn::FieldValue>,
    args: Vec<syn::FnArg>,
    fields: Vec<Field>,
    items: Vec<ImplItem>,
}

impl<'a> Fill<'a> {
    /// The identifier `hole` becomes `with`.
    pub(super) fn ident(mut self, hole: &'static str, with: &'a Ident) -> Self {
        self.idents.push((hole, with));
        self
    }

    /// The string literal `"hole"` becomes `with` (a doc comment's placeholder, say).
    pub(super) fn str(mut self, hole: &'static str, with: &'a str) -> Self {
        self.strs.push((hole, with));
        self
    }

    /// The type `hole` becomes `with`.
    pub(super) fn ty(mut self, hole: &'static str, with: &'a syn::Type) -> Self {
        self.types.push((hole, with));
        self
    }

    /// The expression `hole` becomes `with`.
    pub(super) fn expr(mut self, hole: &'static str, with: syn::Expr) -> Self {
        self.exprs.push((hole, with));
        self
    }

    /// The arm `hole => {}` becomes these arms.
    pub(super) fn arms(mut self, hole: &'static str, arms: Vec<Arm>) -> Self {
        self.arms.push((hole, arms));
        self
    }

    /// The array element `__values` becomes these elements.
    pub(super) fn values(mut self, values: Vec<syn::Expr>) -> Self {
        self.values = values;
        self
    }

    /// The field initialiser `__inits: ()` of a struct expression becomes these.
    pub(super) fn inits(mut self, inits: Vec<syn::FieldValue>) -> Self {
        self.inits = inits;
        self
    }

    /// The function argument `__args: _` becomes these arguments.
    pub(super) fn args(mut self, args: Vec<syn::FnArg>) -> Self {
        self.args = args;
        self
    }

    /// The enum variant `__variants` becomes these variants.
    pub(super) fn variants(mut self, variants: Vec<syn::Variant>) -> Self {
        self.variants = variants;
        self
    }

    /// The statement `__stmts;` becomes these statements.
    pub(super) fn stmts(mut self, stmts: Vec<Stmt>) -> Self {
        self.stmts = stmts;
        self
    }

    /// The field `__fields: _` becomes these fields.
    pub(super) fn fields(mut self, fields: Vec<Field>) -> Self {
        self.fields = fields;
        self
    }

    /// The `impl` block's `__items!();` becomes these items.
    pub(super) fn items(mut self, items: Vec<ImplItem>) -> Self {
        self.items = items;
        self
    }

    /// A copy of `shape` with its holes filled.
    pub(super) fn shape<T: Shape>(mut self, shape: &T) -> T {
        let mut out = shape.clone();
        out.visit(&mut self);
        out
    }
}

/// A syntax tree a shape can be: something `Fill` can walk.
pub(super) trait Shape: Clone {
    fn visit(&mut self, fill: &mut Fill<'_>);
}

impl Shape for Item {
    fn visit(&mut self, fill: &mut Fill<'_>) {
        fill.visit_item_mut(self);
    }
}

impl Shape for ImplItemFn {
    fn visit(&mut self, fill: &mut Fill<'_>) {
        fill.visit_impl_item_fn_mut(self);
    }
}

impl Shape for Stmt {
    fn visit(&mut self, fill: &mut Fill<'_>) {
        fill.visit_stmt_mut(self);
    }
}

impl Shape for Arm {
    fn visit(&mut self, fill: &mut Fill<'_>) {
        fill.visit_arm_mut(self);
    }
}

impl Shape for syn::Variant {
    fn visit(&mut self, fill: &mut Fill<'_>) {
        fill.visit_variant_mut(self);
    }
}

impl Shape for syn::Expr {
    fn visit(&mut self, fill: &mut Fill<'_>) {
        fill.visit_expr_mut(self);
    }
}

impl Shape for syn::FieldValue {
    fn visit(&mut self, fill: &mut Fill<'_>) {
        fill.visit_field_value_mut(self);
    }
}

impl Shape for syn::FnArg {
    fn visit(&mut self, fill: &mut Fill<'_>) {
        fill.visit_fn_arg_mut(self);
    }
}

impl Shape for Field {
    fn visit(&mut self, fill: &mut Fill<'_>) {
        fill.visit_field_mut(self);
    }
}

fn is_hole_path(expr: &syn::Expr, hole: &str) -> bool {
    matches!(expr, syn::Expr::Path(p) if p.qself.is_none() && p.path.is_ident(hole))
}

/// Replaces the one element of `list` that `is_hole` picks by `with`.
fn splice<T, P: Default>(
    list: &mut syn::punctuated::Punctuated<T, P>,
    with: Vec<T>,
    is_hole: impl Fn(&T) -> bool,
) {
    let old = std::mem::take(list);
    let trailing = old.trailing_punct();
    let mut with = Some(with);
    for element in old {
        if is_hole(&element) {
            list.extend(with.take().into_iter().flatten());
        } else {
            list.push(element);
        }
    }
    if trailing && !list.empty_or_trailing() {
        list.push_punct(P::default());
    }
}

/// Replaces the one element of `list` that `is_hole` picks by `with`.
fn splice_vec<T>(list: &mut Vec<T>, with: &mut Vec<T>, is_hole: impl Fn(&T) -> bool) {
    if let Some(at) = list.iter().position(is_hole) {
        list.splice(at..=at, std::mem::take(with));
    }
}

/// Each node is visited before a list is spliced into it, so what is filled in is never walked.
impl VisitMut for Fill<'_> {
    fn visit_ident_mut(&mut self, i: &mut Ident) {
        if let Some((_, with)) = self.idents.iter().find(|(hole, _)| i == hole) {
            *i = (*with).clone();
        }
    }

    fn visit_lit_str_mut(&mut self, s: &mut syn::LitStr) {
        if self.strs.is_empty() {
            return;
        }
        let value = s.value();
        if let Some((_, with)) = self.strs.iter().find(|(hole, _)| value == *hole) {
            *s = syn::LitStr::new(with, s.span());
        }
    }

    fn visit_type_mut(&mut self, t: &mut syn::Type) {
        if let syn::Type::Path(p) = t
            && p.qself.is_none()
            && let Some(ident) = p.path.get_ident()
            && let Some((_, with)) = self.types.iter().find(|(hole, _)| ident == hole)
        {
            *t = (*with).clone();
            return;
        }
        visit_mut::visit_type_mut(self, t);
    }

    fn visit_expr_mut(&mut self, e: &mut syn::Expr) {
        if let Some(at) = self
            .exprs
            .iter()
            .position(|(hole, _)| is_hole_path(e, hole))
        {
            *e = self.exprs.swap_remove(at).1;
            return;
        }
        visit_mut::visit_expr_mut(self, e);
    }

    fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
        visit_mut::visit_expr_match_mut(self, m);
        for (hole, arms) in &mut self.arms {
            splice_vec(
                &mut m.arms,
                arms,
                |arm| matches!(&arm.pat, syn::Pat::Ident(p) if p.ident == hole),
            );
        }
    }

    fn visit_expr_array_mut(&mut self, a: &mut syn::ExprArray) {
        visit_mut::visit_expr_array_mut(self, a);
        let is_hole = |e: &syn::Expr| is_hole_path(e, "__values");
        if a.elems.iter().any(is_hole) {
            splice(&mut a.elems, std::mem::take(&mut self.values), is_hole);
        }
    }

    fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
        visit_mut::visit_expr_struct_mut(self, e);
        let is_hole =
            |f: &syn::FieldValue| matches!(&f.member, syn::Member::Named(i) if i == "__inits");
        if e.fields.iter().any(is_hole) {
            splice(&mut e.fields, std::mem::take(&mut self.inits), is_hole);
        }
    }

    fn visit_signature_mut(&mut self, sig: &mut syn::Signature) {
        visit_mut::visit_signature_mut(self, sig);
        let is_hole = |a: &syn::FnArg| matches!(a, syn::FnArg::Typed(t) if matches!(&*t.pat, syn::Pat::Ident(p) if p.ident == "__args"));
        if sig.inputs.iter().any(is_hole) {
            splice(&mut sig.inputs, std::mem::take(&mut self.args), is_hole);
        }
    }

    fn visit_item_enum_mut(&mut self, e: &mut syn::ItemEnum) {
        visit_mut::visit_item_enum_mut(self, e);
        let is_hole = |v: &syn::Variant| v.ident == "__variants";
        if e.variants.iter().any(is_hole) {
            splice(&mut e.variants, std::mem::take(&mut self.variants), is_hole);
        }
    }

    fn visit_block_mut(&mut self, b: &mut syn::Block) {
        visit_mut::visit_block_mut(self, b);
        splice_vec(
            &mut b.stmts,
            &mut self.stmts,
            |stmt| matches!(stmt, Stmt::Expr(e, Some(_)) if is_hole_path(e, "__stmts")),
        );
    }

    fn visit_fields_named_mut(&mut self, f: &mut syn::FieldsNamed) {
        visit_mut::visit_fields_named_mut(self, f);
        let is_hole = |field: &Field| field.ident.as_ref().is_some_and(|i| i == "__fields");
        if f.named.iter().any(is_hole) {
            splice(&mut f.named, std::mem::take(&mut self.fields), is_hole);
        }
    }

    fn visit_item_impl_mut(&mut self, i: &mut syn::ItemImpl) {
        visit_mut::visit_item_impl_mut(self, i);
        splice_vec(
            &mut i.items,
            &mut self.items,
            |item| matches!(item, ImplItem::Macro(m) if m.mac.path.is_ident("__items")),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(node: &impl quote::ToTokens) -> String {
        node.to_token_stream().to_string()
    }

    /// Every shape parses, and a filled one prints as the same tokens parsed would.
    #[test]
    fn a_filled_shape_is_what_its_tokens_would_parse_to() {
        let name = id("to");
        let arg: syn::Type = syn::parse_quote!(impl Into<String>);
        let filled = with(|s| {
            Fill::default()
                .ident("__field", &name)
                .ty("__Arg", &arg)
                .str("__doc", " The number to call.")
                .shape(&s.params.setter_into)
        });
        let parsed: ImplItemFn = syn::parse_quote! {
            #[doc = " The number to call."]
            pub fn to(mut self, value: impl Into<String>) -> Self {
                self.to = Some(value.into());
                self
            }
        };
        assert_eq!(text(&filled), text(&parsed));

        let arms = vec![with(|s| {
            Fill::default()
                .str("__wire", "to")
                .ident("__method", &id("value"))
                .ident("__field", &name)
                .shape(&s.models.read_arm)
        })];
        let filled = with(|s| {
            Fill::default()
                .ident("__Name", &id("Call"))
                .arms("__reads", arms)
                .shape(&s.models.fields_impl)
        });
        let parsed: Item = syn::parse_quote! {
            impl crate::formats::lenient::Fields for Call {
                fn read<'de, M: crate::formats::lenient::Member<'de>>(
                    &mut self,
                    key: &str,
                    member: M,
                ) -> Result<(), M::Error> {
                    match key {
                        "to" => member.value(&mut self.to),
                        _ => member.skip(),
                    }
                }
            }
        };
        assert_eq!(text(&filled), text(&parsed));

        let fields = vec![with(|s| {
            Fill::default()
                .ident("__field", &name)
                .ty("__Type", &syn::parse_quote!(Option<String>))
                .str("__doc", " To.")
                .shape(&s.models.field)
        })];
        let filled = with(|s| {
            Fill::default()
                .ident("__Name", &id("Call"))
                .str("__doc", " A call.")
                .fields(fields)
                .shape(&s.models.lenient_struct)
        });
        let parsed: Item = syn::parse_quote! {
            #[doc = " A call."]
            #[derive(Clone, Debug, Default, PartialEq)]
            #[non_exhaustive]
            pub struct Call {
                #[doc = " To."]
                pub to: Option<String>,
            }
        };
        assert_eq!(text(&filled), text(&parsed));
    }
}
