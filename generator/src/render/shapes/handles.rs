//! The shapes of the navigation: handles, their `Debug`, and the accessors between them.

use super::{Named, named};
use syn::{Field, ImplItemFn, Item};

/// The shapes of the navigation.
pub(crate) struct HandleShapes {
    /// A handle: the client, and the path values it carries.
    pub(crate) handle_struct: Named<Item>,
    /// A path value a handle carries.
    pub(crate) handle_field: Named<Field>,
    /// A handle's `Debug`, its body filled by a chain of `debug_field`s.
    pub(crate) handle_debug: Named<Item>,
    /// `f.debug_struct("Name")`, the start of the chain.
    pub(crate) debug_start: Named<syn::Expr>,
    /// One more field in the chain.
    pub(crate) debug_field: Named<syn::Expr>,
    /// The end of the chain.
    pub(crate) debug_end: Named<syn::Expr>,
    /// A handle's methods.
    pub(crate) handle_impl: Named<Item>,
    /// The client's methods.
    pub(crate) client_impl: Named<Item>,
    /// The accessor of a child handle that carries no value of its own.
    pub(crate) accessor: Named<ImplItemFn>,
    /// The accessor of a child handle that takes its own value (`__store`).
    pub(crate) accessor_with: Named<ImplItemFn>,
    /// The accessor of a child handle that takes its own value, a `Copy` one.
    pub(crate) accessor_with_copy: Named<ImplItemFn>,
    /// A child handle's own value, from an argument: cloned (a SID, an enum) or owned (text).
    pub(crate) arg_clone: Named<syn::Expr>,
    pub(crate) arg_owned: Named<syn::Expr>,
    /// A child handle's own value, from an argument of any type it is made from.
    pub(crate) arg_into: Named<syn::Expr>,
    /// A value carried to a child handle, cloned.
    pub(crate) carried_clone: Named<syn::FieldValue>,
    /// A value carried to a child handle, copied.
    pub(crate) carried_copy: Named<syn::FieldValue>,
    /// `self`, `self.client`: the client, from the client or from a handle.
    pub(crate) client_self: Named<syn::Expr>,
    pub(crate) client_field: Named<syn::Expr>,
}

impl HandleShapes {
    pub(super) fn parse() -> Self {
        use syn::parse_quote as q;
        HandleShapes {
            handle_struct: named(
                "handles.handle_struct",
                q! {
                    #[doc = "__doc"]
                    #[derive(Clone)]
                    pub struct __Type<'a> {
                        pub(crate) client: &'a crate::Client,
                        __fields: _,
                    }
                },
            ),
            handle_field: named("handles.handle_field", q!(pub(crate) __field: __Stored)),
            handle_debug: named(
                "handles.handle_debug",
                q! {
                    impl std::fmt::Debug for __Type<'_> {
                        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                            __body
                        }
                    }
                },
            ),
            debug_start: named("handles.debug_start", q!(f.debug_struct("__name"))),
            debug_field: named(
                "handles.debug_field",
                q!(__chain.field("__name", &self.__field)),
            ),
            debug_end: named("handles.debug_end", q!(__chain.finish_non_exhaustive())),
            handle_impl: named(
                "handles.handle_impl",
                q! {
                    impl<'a> __Type<'a> {
                        __items!();
                    }
                },
            ),
            client_impl: named(
                "handles.client_impl",
                q! {
                    impl crate::Client {
                        __items!();
                    }
                },
            ),
            accessor: named(
                "handles.accessor",
                q! {
                    #[doc = "__doc"]
                    pub fn __accessor(&self) -> crate::__Child<'__l> {
                        crate::__Child {
                            client: __client,
                            __inits: (),
                        }
                    }
                },
            ),
            accessor_with: named(
                "handles.accessor_with",
                q! {
                    #[doc = "__doc"]
                    pub fn __accessor(&self, __arg: __Arg) -> crate::__Child<'__l> {
                        crate::__Child {
                            client: __client,
                            __inits: (),
                            __arg: __store,
                        }
                    }
                },
            ),
            accessor_with_copy: named(
                "handles.accessor_with_copy",
                q! {
                    #[doc = "__doc"]
                    pub fn __accessor(&self, __arg: __Arg) -> crate::__Child<'__l> {
                        crate::__Child {
                            client: __client,
                            __inits: (),
                            __arg,
                        }
                    }
                },
            ),
            arg_clone: named("handles.arg_clone", q!(__arg.clone())),
            arg_owned: named("handles.arg_owned", q!(__arg.to_owned())),
            arg_into: named("handles.arg_into", q!(__arg.into())),
            carried_clone: named("handles.carried_clone", q!(__field: self.__field.clone())),
            carried_copy: named("handles.carried_copy", q!(__field: self.__field)),
            client_self: named("handles.client_self", q!(self)),
            client_field: named("handles.client_field", q!(self.client)),
        }
    }
}
