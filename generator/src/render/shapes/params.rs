//! The shapes of a parameters struct: its fields, `new`, setters, checks and pairs.

use super::{Named, named};
use syn::{Field, ImplItemFn, Item, Stmt};

/// The shapes of a parameters struct.
pub(crate) struct ParamShapes {
    /// A setter that stores `value.into()`.
    pub(crate) setter_into: Named<ImplItemFn>,
    /// A setter of a list of strings, each taken as `Into<String>`.
    pub(crate) setter_strings: Named<ImplItemFn>,
    /// A setter of a list.
    pub(crate) setter_list: Named<ImplItemFn>,
    /// A setter that stores the value as it is.
    pub(crate) setter_value: Named<ImplItemFn>,
    /// A pairs function (`query_pairs`, `form_pairs`, …) without its pairs.
    pub(crate) pairs_fn: Named<ImplItemFn>,
    /// A pair from a field the pairs take by reference (an `Option`, a list).
    pub(crate) pair_ref: Named<Stmt>,
    /// A pair from a field the pairs take by value (an `Option` of a `Copy` type).
    pub(crate) pair_copy: Named<Stmt>,
    /// A pair from a required field, by reference.
    pub(crate) pair_one_ref: Named<Stmt>,
    /// A pair from a required field of a `Copy` type.
    pub(crate) pair_one_copy: Named<Stmt>,
    /// The `new` of a parameters struct that derives `Default` (no input is required).
    pub(crate) new_default: Named<ImplItemFn>,
    /// A parameters struct's `validate`, without its checks.
    pub(crate) validate_fn: Named<ImplItemFn>,
    /// A check of an `Option` or a list against a rule of the runtime's `formats::check`.
    pub(crate) check_ref: Named<Stmt>,
    /// A check of a required value.
    pub(crate) check_one: Named<Stmt>,
    /// A check of an `Option` or a list against a bound.
    pub(crate) check_ref_bound: Named<Stmt>,
    /// A check of a required value against a bound.
    pub(crate) check_one_bound: Named<Stmt>,
    /// A parameters struct, without its fields (it derives `Clone, Debug, Default`; the
    /// derive is trimmed where the struct needs fewer).
    pub(crate) params_struct: Named<Item>,
    /// A field of a parameters struct whose flag takes only `arg(long)` and its doc comment.
    pub(crate) flag_field: Named<Field>,
    /// A list's `limit`, which is not an input.
    pub(crate) limit_field: Named<Field>,
    /// An inherent `impl` block.
    pub(crate) inherent_impl: Named<Item>,
}

impl ParamShapes {
    pub(super) fn parse() -> Self {
        use syn::parse_quote as q;
        ParamShapes {
            setter_into: named(
                "params.setter_into",
                q! {
                    #[doc = "__doc"]
                    pub fn __field(mut self, value: __Arg) -> Self {
                        self.__field = Some(value.into());
                        self
                    }
                },
            ),
            setter_strings: named(
                "params.setter_strings",
                q! {
                    #[doc = "__doc"]
                    pub fn __field(mut self, value: __Arg) -> Self {
                        self.__field = value.into_iter().map(Into::into).collect();
                        self
                    }
                },
            ),
            setter_list: named(
                "params.setter_list",
                q! {
                    #[doc = "__doc"]
                    pub fn __field(mut self, value: __Arg) -> Self {
                        self.__field = value.into_iter().collect();
                        self
                    }
                },
            ),
            setter_value: named(
                "params.setter_value",
                q! {
                    #[doc = "__doc"]
                    pub fn __field(mut self, value: __Arg) -> Self {
                        self.__field = Some(value);
                        self
                    }
                },
            ),
            pairs_fn: named(
                "params.pairs_fn",
                q! {
                    #[doc = "__doc"]
                    fn __name(&self) -> Vec<(&'static str, String)> {
                        let mut out = crate::Pairs::default();
                        __stmts;
                        out.into_vec()
                    }
                },
            ),
            pair_ref: named("params.pair_ref", q!(out.add("__wire", &self.__field);)),
            pair_copy: named("params.pair_copy", q!(out.add("__wire", self.__field);)),
            pair_one_ref: named(
                "params.pair_one_ref",
                q!(out.add("__wire", [&self.__field]);),
            ),
            pair_one_copy: named(
                "params.pair_one_copy",
                q!(out.add("__wire", [self.__field]);),
            ),
            new_default: named(
                "params.new_default",
                q! {
                    #[doc = "__doc"]
                    pub fn new() -> Self {
                        <Self as Default>::default()
                    }
                },
            ),
            validate_fn: named(
                "params.validate_fn",
                q! {
                    /// Checks every input against the API's rules, before anything is sent.
                    fn validate(&self) -> Result<(), crate::Error> {
                        __stmts;
                        Ok(())
                    }
                },
            ),
            check_ref: named(
                "params.check_ref",
                q!(crate::formats::check::__rule("__wire", &self.__field)?;),
            ),
            check_one: named(
                "params.check_one",
                q!(crate::formats::check::__rule("__wire", [&self.__field])?;),
            ),
            check_ref_bound: named(
                "params.check_ref_bound",
                q!(crate::formats::check::__rule("__wire", &self.__field, __bound)?;),
            ),
            check_one_bound: named(
                "params.check_one_bound",
                q!(crate::formats::check::__rule("__wire", [&self.__field], __bound)?;),
            ),
            params_struct: named(
                "params.params_struct",
                q! {
                    #[doc = "__doc"]
                    #[derive(Clone, Debug, Default)]
                    #[cfg_attr(feature = "cli", derive(clap::Args))]
                    #[must_use]
                    #[non_exhaustive]
                    pub struct __Name {
                        __fields: _,
                    }
                },
            ),
            flag_field: named(
                "params.flag_field",
                q! {
                    #[doc = "__doc"]
                    #[cfg_attr(feature = "cli", arg(long))]
                    pub __field: __Type
                },
            ),
            limit_field: named(
                "params.limit_field",
                q! {
                    #[cfg_attr(feature = "cli", arg(skip))]
                    limit: Option<usize>
                },
            ),
            inherent_impl: named(
                "params.inherent_impl",
                q! {
                    impl __Name {
                        __items!();
                    }
                },
            ),
        }
    }
}
