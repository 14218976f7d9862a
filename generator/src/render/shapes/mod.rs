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

/// A shape and its name (`params.setter_into`), which a render error names.
pub(crate) struct Named<T> {
    pub(crate) name: &'static str,
    pub(crate) tree: T,
}

/// Names a shape.
pub(super) fn named<T>(name: &'static str, tree: T) -> Named<T> {
    #[cfg(test)]
    tests::note(&tests::DECLARED, name);
    Named { name, tree }
}

/// The names of the list holes, which are spliced rather than replaced.
const LIST_HOLES: [&str; 7] = [
    "__stmts",
    "__values",
    "__inits",
    "__args",
    "__variants",
    "__fields",
    "__items",
];

thread_local! {
    /// What went wrong filling shapes on this thread since the piece being built began: each a
    /// shape's name and the fault. [`take_faults`] turns them into the piece's error.
    static FAULTS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Forgets the faults of this thread (a piece starts).
pub(super) fn clear_faults() {
    FAULTS.with(|f| f.borrow_mut().clear());
}

/// The faults of this thread since [`clear_faults`], as one message, if there were any.
pub(super) fn take_faults() -> Option<String> {
    let mut faults = FAULTS.with(std::cell::RefCell::take);
    // A shape filled the same wrong way for each of many items is said once.
    let mut seen = std::collections::HashSet::new();
    faults.retain(|f| seen.insert(f.clone()));
    (!faults.is_empty()).then(|| faults.join("; "))
}

/// What goes in a shape's holes. Filling a shape checks both ways: a hole the fill has nothing
/// for, and a fill that no hole of the shape takes, are faults of the shape, by its name (a
/// generator bug that would otherwise show only when the generated crate fails to compile).
#[derive(Default)]
pub(super) struct Fill<'a> {
    idents: Vec<(&'static str, &'a Ident, bool)>,
    strs: Vec<(&'static str, &'a str, bool)>,
    types: Vec<(&'static str, &'a syn::Type, bool)>,
    exprs: Vec<(&'static str, syn::Expr)>,
    arms: Vec<(&'static str, Option<Vec<Arm>>)>,
    stmts: Option<Vec<Stmt>>,
    values: Option<Vec<syn::Expr>>,
    variants: Option<Vec<syn::Variant>>,
    inits: Option<Vec<syn::FieldValue>>,
    args: Option<Vec<syn::FnArg>>,
    fields: Option<Vec<Field>>,
    items: Option<Vec<ImplItem>>,
    /// The holes met with nothing to fill them.
    unfilled: Vec<String>,
}

impl<'a> Fill<'a> {
    /// The identifier `hole` becomes `with`.
    pub(super) fn ident(mut self, hole: &'static str, with: &'a Ident) -> Self {
        self.idents.push((hole, with, false));
        self
    }

    /// The string literal `"hole"` becomes `with` (a doc comment's placeholder, say).
    pub(super) fn str(mut self, hole: &'static str, with: &'a str) -> Self {
        self.strs.push((hole, with, false));
        self
    }

    /// The type `hole` becomes `with`.
    pub(super) fn ty(mut self, hole: &'static str, with: &'a syn::Type) -> Self {
        self.types.push((hole, with, false));
        self
    }

    /// The expression `hole` becomes `with` (once: an expression hole is not repeated).
    pub(super) fn expr(mut self, hole: &'static str, with: syn::Expr) -> Self {
        self.exprs.push((hole, with));
        self
    }

    /// The arm `hole => {}` becomes these arms.
    pub(super) fn arms(mut self, hole: &'static str, arms: Vec<Arm>) -> Self {
        self.arms.push((hole, Some(arms)));
        self
    }

    /// The array element `__values` becomes these elements.
    pub(super) fn values(mut self, values: Vec<syn::Expr>) -> Self {
        self.values = Some(values);
        self
    }

    /// The field initialiser `__inits: ()` of a struct expression becomes these.
    pub(super) fn inits(mut self, inits: Vec<syn::FieldValue>) -> Self {
        self.inits = Some(inits);
        self
    }

    /// The function argument `__args: _` becomes these arguments.
    pub(super) fn args(mut self, args: Vec<syn::FnArg>) -> Self {
        self.args = Some(args);
        self
    }

    /// The enum variant `__variants` becomes these variants.
    pub(super) fn variants(mut self, variants: Vec<syn::Variant>) -> Self {
        self.variants = Some(variants);
        self
    }

    /// The statement `__stmts;` becomes these statements.
    pub(super) fn stmts(mut self, stmts: Vec<Stmt>) -> Self {
        self.stmts = Some(stmts);
        self
    }

    /// The field `__fields: _` becomes these fields.
    pub(super) fn fields(mut self, fields: Vec<Field>) -> Self {
        self.fields = Some(fields);
        self
    }

    /// The `impl` block's `__items!();` becomes these items.
    pub(super) fn items(mut self, items: Vec<ImplItem>) -> Self {
        self.items = Some(items);
        self
    }

    /// A copy of `shape` with its holes filled. A hole left unfilled or a fill that matched no
    /// hole is recorded against the shape's name, and fails the piece being built.
    pub(super) fn shape<T: Shape>(mut self, shape: &Named<T>) -> T {
        #[cfg(test)]
        tests::note(&tests::USED, shape.name);
        let mut out = shape.tree.clone();
        out.visit(&mut self);
        let faults = self.faults();
        if !faults.is_empty() {
            let fault = format!("shape `{}`: {}", shape.name, faults.join(", "));
            FAULTS.with(|f| f.borrow_mut().push(fault));
        }
        out
    }

    /// What did not fit: the holes left unfilled, then the fills no hole took.
    fn faults(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .unfilled
            .iter()
            .map(|h| format!("hole `{h}` left unfilled"))
            .collect();
        let unused = |hole: &str| format!("fill `{hole}` matches no hole");
        out.extend(self.idents.iter().filter(|e| !e.2).map(|e| unused(e.0)));
        out.extend(self.strs.iter().filter(|e| !e.2).map(|e| unused(e.0)));
        out.extend(self.types.iter().filter(|e| !e.2).map(|e| unused(e.0)));
        out.extend(self.exprs.iter().map(|e| unused(e.0)));
        out.extend(
            self.arms
                .iter()
                .filter(|e| e.1.is_some())
                .map(|e| unused(e.0)),
        );
        let lists = [
            ("__stmts", self.stmts.is_some()),
            ("__values", self.values.is_some()),
            ("__variants", self.variants.is_some()),
            ("__inits", self.inits.is_some()),
            ("__args", self.args.is_some()),
            ("__fields", self.fields.is_some()),
            ("__items", self.items.is_some()),
        ];
        out.extend(lists.iter().filter(|l| l.1).map(|l| unused(l.0)));
        out
    }

    /// Takes the list for a list hole met in the shape, or records it as unfilled.
    fn list<T>(unfilled: &mut Vec<String>, hole: &str, list: &mut Option<Vec<T>>) -> Vec<T> {
        list.take().unwrap_or_else(|| {
            unfilled.push(hole.to_owned());
            Vec::new()
        })
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
fn splice_vec<T>(list: &mut Vec<T>, with: Vec<T>, at: usize) {
    list.splice(at..=at, with);
}

/// Each node is visited before a list is spliced into it, so what is filled in is never walked.
impl VisitMut for Fill<'_> {
    fn visit_ident_mut(&mut self, i: &mut Ident) {
        if let Some(entry) = self.idents.iter_mut().find(|(hole, _, _)| i == hole) {
            entry.2 = true;
            *i = entry.1.clone();
            return;
        }
        // Any other `__` name is a hole, unless a list or an arm is spliced in its place.
        let name = i.to_string();
        if name.starts_with("__")
            && !LIST_HOLES.contains(&name.as_str())
            && !self.arms.iter().any(|(hole, _)| *hole == name)
        {
            self.unfilled.push(name);
        }
    }

    fn visit_lit_str_mut(&mut self, s: &mut syn::LitStr) {
        let value = s.value();
        if !value.starts_with("__") {
            return;
        }
        if let Some(entry) = self.strs.iter_mut().find(|(hole, _, _)| value == *hole) {
            entry.2 = true;
            *s = syn::LitStr::new(entry.1, s.span());
        } else {
            self.unfilled.push(format!("\"{value}\""));
        }
    }

    fn visit_type_mut(&mut self, t: &mut syn::Type) {
        if let syn::Type::Path(p) = t
            && p.qself.is_none()
            && let Some(ident) = p.path.get_ident()
            && let Some(entry) = self.types.iter_mut().find(|(hole, _, _)| ident == hole)
        {
            entry.2 = true;
            *t = entry.1.clone();
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
            if let Some(at) = m
                .arms
                .iter()
                .position(|arm| matches!(&arm.pat, syn::Pat::Ident(p) if p.ident == hole))
            {
                let with = Self::list(&mut self.unfilled, hole, arms);
                splice_vec(&mut m.arms, with, at);
            }
        }
        // An arm hole no fill names.
        for arm in &m.arms {
            if let syn::Pat::Ident(p) = &arm.pat
                && p.ident.to_string().starts_with("__")
            {
                self.unfilled.push(p.ident.to_string());
            }
        }
    }

    fn visit_expr_array_mut(&mut self, a: &mut syn::ExprArray) {
        visit_mut::visit_expr_array_mut(self, a);
        let is_hole = |e: &syn::Expr| is_hole_path(e, "__values");
        if a.elems.iter().any(is_hole) {
            let with = Self::list(&mut self.unfilled, "__values", &mut self.values);
            splice(&mut a.elems, with, is_hole);
        }
    }

    fn visit_expr_struct_mut(&mut self, e: &mut syn::ExprStruct) {
        visit_mut::visit_expr_struct_mut(self, e);
        let is_hole =
            |f: &syn::FieldValue| matches!(&f.member, syn::Member::Named(i) if i == "__inits");
        if e.fields.iter().any(is_hole) {
            let with = Self::list(&mut self.unfilled, "__inits", &mut self.inits);
            splice(&mut e.fields, with, is_hole);
        }
    }

    fn visit_signature_mut(&mut self, sig: &mut syn::Signature) {
        visit_mut::visit_signature_mut(self, sig);
        let is_hole = |a: &syn::FnArg| matches!(a, syn::FnArg::Typed(t) if matches!(&*t.pat, syn::Pat::Ident(p) if p.ident == "__args"));
        if sig.inputs.iter().any(is_hole) {
            let with = Self::list(&mut self.unfilled, "__args", &mut self.args);
            splice(&mut sig.inputs, with, is_hole);
        }
    }

    fn visit_item_enum_mut(&mut self, e: &mut syn::ItemEnum) {
        visit_mut::visit_item_enum_mut(self, e);
        let is_hole = |v: &syn::Variant| v.ident == "__variants";
        if e.variants.iter().any(is_hole) {
            let with = Self::list(&mut self.unfilled, "__variants", &mut self.variants);
            splice(&mut e.variants, with, is_hole);
        }
    }

    fn visit_block_mut(&mut self, b: &mut syn::Block) {
        visit_mut::visit_block_mut(self, b);
        if let Some(at) = b
            .stmts
            .iter()
            .position(|stmt| matches!(stmt, Stmt::Expr(e, Some(_)) if is_hole_path(e, "__stmts")))
        {
            let with = Self::list(&mut self.unfilled, "__stmts", &mut self.stmts);
            splice_vec(&mut b.stmts, with, at);
        }
    }

    fn visit_fields_named_mut(&mut self, f: &mut syn::FieldsNamed) {
        visit_mut::visit_fields_named_mut(self, f);
        let is_hole = |field: &Field| field.ident.as_ref().is_some_and(|i| i == "__fields");
        if f.named.iter().any(is_hole) {
            let with = Self::list(&mut self.unfilled, "__fields", &mut self.fields);
            splice(&mut f.named, with, is_hole);
        }
    }

    fn visit_item_impl_mut(&mut self, i: &mut syn::ItemImpl) {
        visit_mut::visit_item_impl_mut(self, i);
        if let Some(at) = i
            .items
            .iter()
            .position(|item| matches!(item, ImplItem::Macro(m) if m.mac.path.is_ident("__items")))
        {
            let with = Self::list(&mut self.unfilled, "__items", &mut self.items);
            splice_vec(&mut i.items, with, at);
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;
    use std::sync::Mutex;

    use super::*;

    /// The shapes made, and the shapes filled, by any test of this crate so far.
    pub(super) static DECLARED: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    pub(super) static USED: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());

    pub(super) fn note(set: &Mutex<BTreeSet<&'static str>>, name: &'static str) {
        if let Ok(mut set) = set.lock() {
            set.insert(name);
        }
    }

    /// Every shape is filled, hole for hole, by the generation of the project's specs: each
    /// spec generates (a shape filled wrongly fails it, naming the shape), and every shape was
    /// filled by one of them.
    #[test]
    fn every_shape_is_filled_whole_by_the_specs_that_use_it() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut specs = vec![root.join("spec/twilio_api_v2010.json")];
        for dir in ["tests/fixtures", "tests/fixtures/conformance"] {
            let mut found: Vec<_> = std::fs::read_dir(root.join(dir))
                .expect("the fixtures folder")
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
                .collect();
            found.sort();
            specs.extend(found);
        }
        let mut generated = 0;
        for spec in &specs {
            let name = spec.file_name().and_then(|n| n.to_str()).unwrap_or("spec");
            let text = std::fs::read(spec).expect("the spec");
            let mut config = crate::Config::all(name);
            config.skip_unsupported = true;
            match crate::generate(&text, &config) {
                Ok(_) => generated += 1,
                Err(diags) => {
                    let said = diags.to_string();
                    assert!(!said.contains("shape `"), "{name}: {said}");
                }
            }
        }
        assert!(
            generated >= 10,
            "only {generated} of the project's specs generate"
        );
        with(|_| ()); // this thread's shapes are made, so every one is declared
        let declared = DECLARED.lock().expect("not poisoned").clone();
        let used = USED.lock().expect("not poisoned").clone();
        let unused: Vec<_> = declared.difference(&used).collect();
        assert!(
            unused.is_empty(),
            "no spec of the project fills these shapes, so nothing checks their holes: {unused:?}"
        );
        assert!(declared.len() > 80, "{} shapes", declared.len());
    }

    /// A hole without a fill, and a fill without a hole, are faults that name the shape.
    #[test]
    fn a_wrong_fill_is_a_fault_naming_the_shape() {
        clear_faults();
        let name = id("to");
        let arg: syn::Type = syn::parse_quote!(impl Into<String>);
        with(|s| {
            // No `__doc`.
            Fill::default()
                .ident("__field", &name)
                .ty("__Arg", &arg)
                .shape(&s.params.setter_into);
        });
        let fault = take_faults().expect("a fault");
        assert_eq!(
            fault,
            "shape `params.setter_into`: hole `\"__doc\"` left unfilled"
        );
        with(|s| {
            Fill::default()
                .ident("__field", &name)
                .ty("__Arg", &arg)
                .str("__doc", " To.")
                .ident("__nothing", &name)
                .stmts(Vec::new())
                .shape(&s.params.setter_into);
        });
        let fault = take_faults().expect("a fault");
        assert_eq!(
            fault,
            "shape `params.setter_into`: fill `__nothing` matches no hole, fill `__stmts` matches no hole"
        );
        // A list hole with no list given is unfilled too (an empty list is a fill).
        with(|s| {
            Fill::default().shape(&s.params.validate_fn);
        });
        assert_eq!(
            take_faults().as_deref(),
            Some("shape `params.validate_fn`: hole `__stmts` left unfilled")
        );
        with(|s| {
            Fill::default()
                .stmts(Vec::new())
                .shape(&s.params.validate_fn);
        });
        assert_eq!(take_faults(), None);
    }

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
