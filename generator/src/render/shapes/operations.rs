//! The shapes of an operation's method: the request it builds, and a list's four methods.

use super::{Named, named};
use syn::{ImplItemFn, Stmt};

/// The shapes of the operations' methods.
pub(crate) struct OperationShapes {
    /// An operation's method (not a list's).
    pub(crate) operation: Named<ImplItemFn>,
    /// A list's `list`, `stream` (from a handle, from the client), `page`, and the private
    /// method that builds the first page's request.
    pub(crate) list_all: Named<ImplItemFn>,
    pub(crate) list_stream: Named<ImplItemFn>,
    pub(crate) list_stream_root: Named<ImplItemFn>,
    pub(crate) list_page: Named<ImplItemFn>,
    pub(crate) list_request: Named<ImplItemFn>,
    /// A list's first request, with or without the parameters.
    pub(crate) first_request: Named<syn::Expr>,
    pub(crate) first_request_params: Named<syn::Expr>,
    /// A list's limit, from the parameters or none.
    pub(crate) limit_params: Named<syn::Expr>,
    pub(crate) limit_none: Named<syn::Expr>,
    /// Without a page size, the limit gives one.
    pub(crate) with_page_size: Named<Stmt>,
    /// A request with only `Request::new`'s fields.
    pub(crate) request_new: Named<syn::Expr>,
    /// A request with other fields too.
    pub(crate) request_with: Named<syn::Expr>,
    /// An argument of a parameters struct.
    pub(crate) params_arg: Named<syn::FnArg>,
    /// An argument of a path value.
    pub(crate) path_arg: Named<syn::FnArg>,
    /// A SID from the handle, in a path.
    pub(crate) path_sid: Named<syn::Expr>,
    /// A SID argument, in a path.
    pub(crate) path_sid_arg: Named<syn::Expr>,
    /// A request's method, `reqwest::Method::__Verb`.
    pub(crate) method: Named<syn::Expr>,
    /// The fields of a request that are not `Request::new`'s.
    pub(crate) query_init: Named<syn::FieldValue>,
    pub(crate) headers_init: Named<syn::FieldValue>,
    pub(crate) form_init: Named<syn::FieldValue>,
    pub(crate) json_init: Named<syn::FieldValue>,
    /// A multipart body: its text fields (`__fields`) and its files (`__files`), each from the
    /// parameters or none.
    pub(crate) multipart_init: Named<syn::FieldValue>,
    pub(crate) form_pairs: Named<syn::Expr>,
    pub(crate) no_pairs: Named<syn::Expr>,
    pub(crate) file_parts: Named<syn::Expr>,
    pub(crate) no_files: Named<syn::Expr>,
    /// A raw body: the input, sent as the media type the spec gives unless it says its own.
    pub(crate) raw_init: Named<syn::FieldValue>,
    pub(crate) empty_json_init: Named<syn::FieldValue>,
    pub(crate) idempotent_init: Named<syn::FieldValue>,
    /// The schemes an operation may use (`__values`).
    pub(crate) security_init: Named<syn::FieldValue>,
    pub(crate) success_init: Named<syn::FieldValue>,
    /// The media types the answer may come in, where they are not JSON's (`__accept`).
    pub(crate) accept_init: Named<syn::FieldValue>,
    /// Before a request is built: the idempotency key made, the inputs checked.
    pub(crate) ensure_key: Named<Stmt>,
    pub(crate) validate_call: Named<Stmt>,
}

impl OperationShapes {
    pub(super) fn parse() -> Self {
        use syn::parse_quote as q;
        OperationShapes {
            operation: named(
                "operations.operation",
                q! {
                    #[doc = "__doc"]
                    pub async fn __name(&self, __args: _) -> Result<crate::Response<__Ret>, crate::Error> {
                        __stmts;
                        let request = __request;
                        __client.__call(request).await
                    }
                },
            ),
            list_all: named(
                "operations.list_all",
                q! {
                    #[doc = "__doc"]
                    pub async fn __name(&self, __args: _) -> Result<Vec<crate::__Item>, crate::Error> {
                        let limit = __limit;
                        crate::paging::collect::<crate::__Page>(__client, __first, limit).await
                    }
                },
            ),
            list_stream: named(
                "operations.list_stream",
                q! {
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
            ),
            list_stream_root: named(
                "operations.list_stream_root",
                q! {
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
            ),
            list_page: named(
                "operations.list_page",
                q! {
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
            ),
            list_request: named(
                "operations.list_request",
                q! {
                    /// The request for the first page.
                    fn __name(&self, __args: _) -> Result<crate::Request, crate::Error> {
                        __stmts;
                        Ok(__request)
                    }
                },
            ),
            first_request: named("operations.first_request", q!(self.__build())),
            first_request_params: named(
                "operations.first_request_params",
                q!(self.__build(params)),
            ),
            limit_params: named("operations.limit_params", q!(params.limit)),
            limit_none: named("operations.limit_none", q!(None)),
            with_page_size: named(
                "operations.with_page_size",
                q!(let params = params.with_page_size();),
            ),
            request_new: named(
                "operations.request_new",
                q!(crate::Request::new(
                    __method,
                    "__server",
                    "__template",
                    &[__values]
                )),
            ),
            request_with: named(
                "operations.request_with",
                q! {
                    crate::Request {
                        __inits: (),
                        ..__new
                    }
                },
            ),
            params_arg: named("operations.params_arg", q!(params: crate::__Params)),
            path_arg: named("operations.path_arg", q!(__arg: __Arg)),
            path_sid: named("operations.path_sid", q!(self.__field.as_str())),
            path_sid_arg: named("operations.path_sid_arg", q!(__arg.as_str())),
            method: named("operations.method", q!(reqwest::Method::__Verb)),
            query_init: named("operations.query_init", q!(query: params.query_pairs())),
            headers_init: named(
                "operations.headers_init",
                q!(headers: params.header_pairs()),
            ),
            form_init: named(
                "operations.form_init",
                q!(body: crate::Body::Form(params.form_pairs())),
            ),
            json_init: named(
                "operations.json_init",
                q!(body: crate::Body::Json(params.json_body())),
            ),
            multipart_init: named(
                "operations.multipart_init",
                q!(body: crate::Body::Multipart(__fields, __files)),
            ),
            form_pairs: named("operations.form_pairs", q!(params.form_pairs())),
            no_pairs: named("operations.no_pairs", q!(Vec::new())),
            file_parts: named("operations.file_parts", q!(params.file_parts())),
            no_files: named("operations.no_files", q!(Vec::new())),
            raw_init: named(
                "operations.raw_init",
                q!(body: crate::Body::raw(params.__field.clone(), "__media")),
            ),
            empty_json_init: named(
                "operations.empty_json_init",
                q!(body: crate::Body::Json(serde_json::Value::Object(serde_json::Map::new()))),
            ),
            idempotent_init: named("operations.idempotent_init", q!(idempotent: true)),
            security_init: named("operations.security_init", q!(security: Some(&[__values]))),
            success_init: named("operations.success_init", q!(success: __status)),
            accept_init: named("operations.accept_init", q!(accept: "__accept")),
            ensure_key: named(
                "operations.ensure_key",
                q!(let params = params.ensure_idempotency_key();),
            ),
            validate_call: named("operations.validate_call", q!(params.validate()?;)),
        }
    }
}
