//! Shapes: the items and statements a crate repeats hundreds of times (a setter, a pair, a
//! model's field, match arm and write), written once below as Rust with holes, parsed once per
//! thread, and cloned with their holes filled.
//!
//! Parsing generated tokens back is most of the generator's time, and a clone of a syntax tree
//! costs a fraction of a parse. What reaches prettyplease is the same tree parsing the filled
//! tokens would give, so the printed text is the same too.
//!
//! A hole is a name that starts with `__`: an identifier (`__field`), a type (`__Type`), a
//! string literal (`"__wire"`, which is also how a doc comment is filled), an expression
//! (`__count`), or a place where a list goes: a match arm (`__reads => {}`), a statement
//! `__stmts;`, a struct field `__fields: _`, an enum variant `__variants`, an array element
//! `__values`, an `impl` block's `__items!();`.

use syn::visit_mut::{self, VisitMut};
use syn::{Arm, Field, ImplItem, ImplItemFn, Item, Stmt};

use super::*;

/// The shapes, parsed.
pub(super) struct Shapes {
    /// A setter that stores `value.into()`.
    pub(super) setter_into: ImplItemFn,
    /// A setter of a list of strings, each taken as `Into<String>`.
    pub(super) setter_strings: ImplItemFn,
    /// A setter of a list.
    pub(super) setter_list: ImplItemFn,
    /// A setter that stores the value as it is.
    pub(super) setter_value: ImplItemFn,
    /// A pairs function (`query_pairs`, `form_pairs`, …) without its pairs.
    pub(super) pairs_fn: ImplItemFn,
    /// A pair from a field the pairs take by reference (an `Option`, a list).
    pub(super) pair_ref: Stmt,
    /// A pair from a field the pairs take by value (an `Option` of a `Copy` type).
    pub(super) pair_copy: Stmt,
    /// A pair from a required field, by reference.
    pub(super) pair_one_ref: Stmt,
    /// A pair from a required field of a `Copy` type.
    pub(super) pair_one_copy: Stmt,
    /// The `new` of a parameters struct that derives `Default` (no input is required).
    pub(super) new_default: ImplItemFn,
    /// A parameters struct's `validate`, without its checks.
    pub(super) validate_fn: ImplItemFn,
    /// A check of an `Option` or a list against a rule of the runtime's `formats::check`.
    pub(super) check_ref: Stmt,
    /// A check of a required value.
    pub(super) check_one: Stmt,
    /// A check of an `Option` or a list against a bound.
    pub(super) check_ref_bound: Stmt,
    /// A check of a required value against a bound.
    pub(super) check_one_bound: Stmt,
    /// A handle: the client, and the path values it carries.
    pub(super) handle_struct: Item,
    /// A path value a handle carries.
    pub(super) handle_field: Field,
    /// A handle's `Debug`, its body filled by a chain of `debug_field`s.
    pub(super) handle_debug: Item,
    /// `f.debug_struct("Name")`, the start of the chain.
    pub(super) debug_start: syn::Expr,
    /// One more field in the chain.
    pub(super) debug_field: syn::Expr,
    /// The end of the chain.
    pub(super) debug_end: syn::Expr,
    /// A handle's methods.
    pub(super) handle_impl: Item,
    /// The client's methods.
    pub(super) client_impl: Item,
    /// The accessor of a child handle that carries no value of its own.
    pub(super) accessor: ImplItemFn,
    /// The accessor of a child handle that takes its own value (`__store`).
    pub(super) accessor_with: ImplItemFn,
    /// The accessor of a child handle that takes its own value, a `Copy` one.
    pub(super) accessor_with_copy: ImplItemFn,
    /// A child handle's own value, from an argument: cloned (a SID, an enum) or owned (text).
    pub(super) arg_clone: syn::Expr,
    pub(super) arg_owned: syn::Expr,
    /// A value carried to a child handle, cloned.
    pub(super) carried_clone: syn::FieldValue,
    /// A value carried to a child handle, copied.
    pub(super) carried_copy: syn::FieldValue,
    /// An operation's method (not a list's).
    pub(super) operation: ImplItemFn,
    /// A list's `list`, `stream` (from a handle, from the client), `page`, and the private
    /// method that builds the first page's request.
    pub(super) list_all: ImplItemFn,
    pub(super) list_stream: ImplItemFn,
    pub(super) list_stream_root: ImplItemFn,
    pub(super) list_page: ImplItemFn,
    pub(super) list_request: ImplItemFn,
    /// A list's first request, with or without the parameters.
    pub(super) first_request: syn::Expr,
    pub(super) first_request_params: syn::Expr,
    /// A list's limit, from the parameters or none.
    pub(super) limit_params: syn::Expr,
    pub(super) limit_none: syn::Expr,
    /// Without a page size, the limit gives one.
    pub(super) with_page_size: Stmt,
    /// A request with only `Request::new`'s fields.
    pub(super) request_new: syn::Expr,
    /// A request with other fields too.
    pub(super) request_with: syn::Expr,
    /// An argument of a parameters struct.
    pub(super) params_arg: syn::FnArg,
    /// An argument of a path value.
    pub(super) path_arg: syn::FnArg,
    /// A SID from the handle, in a path.
    pub(super) path_sid: syn::Expr,
    /// A SID argument, in a path.
    pub(super) path_sid_arg: syn::Expr,
    /// A request's method, `reqwest::Method::__Verb`.
    pub(super) method: syn::Expr,
    /// The fields of a request that are not `Request::new`'s.
    pub(super) query_init: syn::FieldValue,
    pub(super) headers_init: syn::FieldValue,
    pub(super) form_init: syn::FieldValue,
    pub(super) json_init: syn::FieldValue,
    pub(super) empty_json_init: syn::FieldValue,
    pub(super) idempotent_init: syn::FieldValue,
    pub(super) success_init: syn::FieldValue,
    /// Before a request is built: the idempotency key made, the inputs checked.
    pub(super) ensure_key: Stmt,
    pub(super) validate_call: Stmt,
    /// `self`, `self.client`: the client, from the client or from a handle.
    pub(super) client_self: syn::Expr,
    pub(super) client_field: syn::Expr,
    /// An enum of listed values, without them.
    pub(super) enum_item: Item,
    /// A listed value.
    pub(super) variant: syn::Variant,
    /// An enum's inherent `impl`: its values, `as_str`, `is_known`, `from_wire`.
    pub(super) enum_impl: Item,
    /// The arm of `as_str` for one value.
    pub(super) to_str_arm: Arm,
    /// The arm of `from_wire` for one value.
    pub(super) from_str_arm: Arm,
    /// An enum's trait impls (`Listed`, `Display`, `FromStr`, serde's), the same for every enum.
    pub(super) enum_traits: Vec<Item>,
    /// A parameters struct, without its fields (it derives `Clone, Debug, Default`; the
    /// derive is trimmed where the struct needs fewer).
    pub(super) params_struct: Item,
    /// A field of a parameters struct whose flag takes only `arg(long)` and its doc comment.
    pub(super) flag_field: Field,
    /// A list's `limit`, which is not an input.
    pub(super) limit_field: Field,
    /// An inherent `impl` block.
    pub(super) inherent_impl: Item,
    /// A struct read leniently (every field optional).
    pub(super) lenient_struct: Item,
    /// A public struct field.
    pub(super) field: Field,
    /// A lenient struct's `formats::lenient::Fields` impl.
    pub(super) fields_impl: Item,
    /// The arm of `Fields::read` that reads one member.
    pub(super) read_arm: Arm,
    /// A lenient struct's `Deserialize` impl.
    pub(super) deserialize_impl: Item,
    /// A lenient struct's `Serialize` impl.
    pub(super) serialize_impl: Item,
    /// The statement of `Serialize::serialize` that writes one member.
    pub(super) write: Stmt,
}

thread_local! {
    static SHAPES: Shapes = Shapes::parse();
}

/// Runs `f` with this thread's shapes (parsed on the thread's first call).
pub(super) fn with<R>(f: impl FnOnce(&Shapes) -> R) -> R {
    SHAPES.with(f)
}

impl Shapes {
    /// Parses the shapes. They are constants, so a failure here is a bug in this file, which
    /// the unit test below catches.
    fn parse() -> Self {
        use syn::parse_quote as q;
        Shapes {
            setter_into: q! {
                #[doc = "__doc"]
                pub fn __field(mut self, value: __Arg) -> Self {
                    self.__field = Some(value.into());
                    self
                }
            },
            setter_strings: q! {
                #[doc = "__doc"]
                pub fn __field(mut self, value: __Arg) -> Self {
                    self.__field = value.into_iter().map(Into::into).collect();
                    self
                }
            },
            setter_list: q! {
                #[doc = "__doc"]
                pub fn __field(mut self, value: __Arg) -> Self {
                    self.__field = value.into_iter().collect();
                    self
                }
            },
            setter_value: q! {
                #[doc = "__doc"]
                pub fn __field(mut self, value: __Arg) -> Self {
                    self.__field = Some(value);
                    self
                }
            },
            pairs_fn: q! {
                #[doc = "__doc"]
                fn __name(&self) -> Vec<(&'static str, String)> {
                    let mut out = crate::Pairs::default();
                    __stmts;
                    out.into_vec()
                }
            },
            pair_ref: q!(out.add("__wire", &self.__field);),
            pair_copy: q!(out.add("__wire", self.__field);),
            pair_one_ref: q!(out.add("__wire", [&self.__field]);),
            pair_one_copy: q!(out.add("__wire", [self.__field]);),
            new_default: q! {
                #[doc = "__doc"]
                pub fn new() -> Self {
                    Self::default()
                }
            },
            validate_fn: q! {
                /// Checks every input against the API's rules, before anything is sent.
                fn validate(&self) -> Result<(), crate::Error> {
                    __stmts;
                    Ok(())
                }
            },
            check_ref: q!(crate::formats::check::__rule("__wire", &self.__field)?;),
            check_one: q!(crate::formats::check::__rule("__wire", [&self.__field])?;),
            check_ref_bound: q!(crate::formats::check::__rule("__wire", &self.__field, __bound)?;),
            check_one_bound: q!(crate::formats::check::__rule("__wire", [&self.__field], __bound)?;),
            handle_struct: q! {
                #[doc = "__doc"]
                #[derive(Clone)]
                pub struct __Type<'a> {
                    pub(crate) client: &'a crate::Client,
                    __fields: _,
                }
            },
            handle_field: q!(pub(crate) __field: __Stored),
            handle_debug: q! {
                impl std::fmt::Debug for __Type<'_> {
                    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        __body
                    }
                }
            },
            debug_start: q!(f.debug_struct("__name")),
            debug_field: q!(__chain.field("__name", &self.__field)),
            debug_end: q!(__chain.finish_non_exhaustive()),
            handle_impl: q! {
                impl<'a> __Type<'a> {
                    __items!();
                }
            },
            client_impl: q! {
                impl crate::Client {
                    __items!();
                }
            },
            accessor: q! {
                #[doc = "__doc"]
                pub fn __accessor(&self) -> crate::__Child<'__l> {
                    crate::__Child {
                        client: __client,
                        __inits: (),
                    }
                }
            },
            accessor_with: q! {
                #[doc = "__doc"]
                pub fn __accessor(&self, __arg: __Arg) -> crate::__Child<'__l> {
                    crate::__Child {
                        client: __client,
                        __inits: (),
                        __arg: __store,
                    }
                }
            },
            accessor_with_copy: q! {
                #[doc = "__doc"]
                pub fn __accessor(&self, __arg: __Arg) -> crate::__Child<'__l> {
                    crate::__Child {
                        client: __client,
                        __inits: (),
                        __arg,
                    }
                }
            },
            arg_clone: q!(__arg.clone()),
            arg_owned: q!(__arg.to_owned()),
            carried_clone: q!(__field: self.__field.clone()),
            carried_copy: q!(__field: self.__field),
            operation: q! {
                #[doc = "__doc"]
                pub async fn __name(&self, __args: _) -> Result<crate::Response<__Ret>, crate::Error> {
                    __stmts;
                    let request = __request;
                    __client.__call(request).await
                }
            },
            list_all: q! {
                #[doc = "__doc"]
                pub async fn __name(&self, __args: _) -> Result<Vec<crate::__Item>, crate::Error> {
                    let limit = __limit;
                    crate::paging::collect::<crate::__Page>(__client, __first, limit).await
                }
            },
            list_stream: q! {
                #[doc = "__doc"]
                /// reaches it, and none once the limit is reached. An error is yielded and ends the
                /// stream.
                pub fn __name(
                    &self,
                    __args: _,
                ) -> impl futures_core::Stream<Item = Result<crate::__Item, crate::Error>> + use<'a> {
                    let limit = __limit;
                    crate::paging::items::<crate::__Page>(__client, __first, limit)
                }
            },
            list_stream_root: q! {
                #[doc = "__doc"]
                /// reaches it, and none once the limit is reached. An error is yielded and ends the
                /// stream.
                pub fn __name(
                    &self,
                    __args: _,
                ) -> impl futures_core::Stream<Item = Result<crate::__Item, crate::Error>> + '_ {
                    let limit = __limit;
                    crate::paging::items::<crate::__Page>(__client, __first, limit)
                }
            },
            list_page: q! {
                #[doc = "__doc"]
                ///
                /// # Errors
                ///
                /// As the list.
                pub async fn __name(
                    &self,
                    __args: _,
                ) -> Result<crate::paging::Page<'__l, crate::__Page>, crate::Error> {
                    crate::paging::fetch(__client, __first?).await
                }
            },
            list_request: q! {
                /// The request for the first page.
                fn __name(&self, __args: _) -> Result<crate::Request, crate::Error> {
                    __stmts;
                    Ok(__request)
                }
            },
            first_request: q!(self.__build()),
            first_request_params: q!(self.__build(params)),
            limit_params: q!(params.limit),
            limit_none: q!(None),
            with_page_size: q!(let params = params.with_page_size();),
            request_new: q!(crate::Request::new(
                __method,
                "__server",
                "__template",
                &[__values]
            )),
            request_with: q! {
                crate::Request {
                    __inits: (),
                    ..__new
                }
            },
            params_arg: q!(params: crate::__Params),
            path_arg: q!(__arg: __Arg),
            path_sid: q!(self.__field.as_str()),
            path_sid_arg: q!(__arg.as_str()),
            method: q!(reqwest::Method::__Verb),
            query_init: q!(query: params.query_pairs()),
            headers_init: q!(headers: params.header_pairs()),
            form_init: q!(body: crate::Body::Form(params.form_pairs())),
            json_init: q!(body: crate::Body::Json(params.json_body())),
            empty_json_init: q!(body: crate::Body::Json(serde_json::Value::Object(serde_json::Map::new()))),
            idempotent_init: q!(idempotent: true),
            success_init: q!(success: __status),
            ensure_key: q!(let params = params.ensure_idempotency_key();),
            validate_call: q!(params.validate()?;),
            client_self: q!(self),
            client_field: q!(self.client),
            enum_item: q! {
                #[doc = "__doc"]
                #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
                #[non_exhaustive]
                pub enum __Name {
                    __variants,
                    /// A value the spec does not list, as Twilio sent it.
                    Unknown(crate::UnknownValue),
                }
            },
            variant: q! {
                #[doc = "__doc"]
                __Variant
            },
            enum_impl: q! {
                impl __Name {
                    /// The values the spec lists.
                    pub const VALUES: &'static [&'static str] = &[__values];

                    /// The value as it is sent and received.
                    pub fn as_str(&self) -> &str {
                        match self {
                            __to_str => {}
                            Self::Unknown(v) => v.as_str(),
                        }
                    }

                    /// Whether the spec lists this value.
                    pub fn is_known(&self) -> bool {
                        !matches!(self, Self::Unknown(_))
                    }

                    fn from_wire(value: String) -> Self {
                        match value.as_str() {
                            __from_str => {}
                            _ => Self::Unknown(crate::UnknownValue(value)),
                        }
                    }
                }
            },
            to_str_arm: q!(Self::__Variant => "__wire"),
            from_str_arm: q!("__wire" => Self::__Variant),
            enum_traits: vec![
                q! {
                    impl crate::formats::check::Listed for __Name {
                        fn unlisted(&self) -> Option<&str> {
                            match self {
                                Self::Unknown(v) => Some(v.as_str()),
                                _ => None,
                            }
                        }
                    }
                },
                q! {
                    impl std::fmt::Display for __Name {
                        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                            f.write_str(self.as_str())
                        }
                    }
                },
                q! {
                    impl std::str::FromStr for __Name {
                        type Err = crate::InvalidEnumValue;

                        /// Parses one of the listed values; anything else is an error.
                        fn from_str(s: &str) -> Result<Self, Self::Err> {
                            let value = Self::from_wire(s.to_owned());
                            if value.is_known() {
                                Ok(value)
                            } else {
                                Err(crate::InvalidEnumValue { kind: "__kind", allowed: Self::VALUES })
                            }
                        }
                    }
                },
                q! {
                    impl serde::Serialize for __Name {
                        fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                            serializer.serialize_str(self.as_str())
                        }
                    }
                },
                q! {
                    impl<'de> serde::Deserialize<'de> for __Name {
                        fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                            String::deserialize(deserializer).map(Self::from_wire)
                        }
                    }
                },
            ],
            params_struct: q! {
                #[doc = "__doc"]
                #[derive(Clone, Debug, Default)]
                #[cfg_attr(feature = "cli", derive(clap::Args))]
                #[must_use]
                pub struct __Name {
                    __fields: _,
                }
            },
            flag_field: q! {
                #[doc = "__doc"]
                #[cfg_attr(feature = "cli", arg(long))]
                __field: __Type
            },
            limit_field: q! {
                #[cfg_attr(feature = "cli", arg(skip))]
                limit: Option<usize>
            },
            inherent_impl: q! {
                impl __Name {
                    __items!();
                }
            },
            lenient_struct: q! {
                #[doc = "__doc"]
                #[derive(Clone, Debug, Default, PartialEq)]
                #[non_exhaustive]
                pub struct __Name {
                    __fields: _,
                }
            },
            field: q! {
                #[doc = "__doc"]
                pub __field: __Type
            },
            fields_impl: q! {
                impl crate::formats::lenient::Fields for __Name {
                    fn read<'de, M: crate::formats::lenient::Member<'de>>(
                        &mut self,
                        key: &str,
                        member: M,
                    ) -> Result<(), M::Error> {
                        match key {
                            __reads => {}
                            _ => member.skip(),
                        }
                    }
                }
            },
            read_arm: q!("__wire" => member.__method(&mut self.__field)),
            deserialize_impl: q! {
                impl<'de> serde::Deserialize<'de> for __Name {
                    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                        crate::formats::lenient::object(deserializer)
                    }
                }
            },
            serialize_impl: q! {
                impl serde::Serialize for __Name {
                    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                        let mut out = crate::formats::lenient::Writer::new(serializer, "__name", __count)?;
                        __stmts;
                        out.end()
                    }
                }
            },
            write: q!(out.__method("__wire", &self.__field)?;),
        }
    }
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
                .shape(&s.setter_into)
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
                .shape(&s.read_arm)
        })];
        let filled = with(|s| {
            Fill::default()
                .ident("__Name", &id("Call"))
                .arms("__reads", arms)
                .shape(&s.fields_impl)
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
                .shape(&s.field)
        })];
        let filled = with(|s| {
            Fill::default()
                .ident("__Name", &id("Call"))
                .str("__doc", " A call.")
                .fields(fields)
                .shape(&s.lenient_struct)
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
