//! Returns: which response of an operation is its success, and the Rust type of its body.

use openapiv3::{Operation as OaOperation, ReferenceOr, StatusCode};

use crate::diag::{Diagnostic, Stage, child};
use crate::ident;
use crate::model::Returns;

use super::{Lowerer, NameHint, Side};

impl Lowerer<'_> {
    /// The success status, what it returns and the media types it may come in (for `Accept`):
    /// the first 2xx response (or, as Twilio describes a few fetches, a 3xx whose body says
    /// where the data is; or the `default` response when there is neither). A JSON body gives a
    /// type, a `text/*` one a `String`, any other bytes.
    pub(super) fn success(
        &mut self,
        op: &OaOperation,
        pointer: &str,
        op_name: &str,
    ) -> (u16, Returns, String) {
        let mut status = 200;
        let mut returns = Returns::Nothing;
        let mut accept = "application/json".to_owned();
        let success = op
            .responses
            .responses
            .iter()
            .find_map(|(code, r)| match code {
                StatusCode::Code(c) if (200..300).contains(c) => Some((*c, r)),
                _ => None,
            })
            .or_else(|| {
                op.responses
                    .responses
                    .iter()
                    .find_map(|(code, r)| match code {
                        StatusCode::Code(c @ 300..=399) => Some((*c, r)),
                        _ => None,
                    })
            });
        // With no 2xx or 3xx, a `default` response describes the success (its status is any
        // 2xx); it is the error body only where a success is given.
        let from_default = success.is_none() && op.responses.default.is_some();
        let success = success.or_else(|| op.responses.default.as_ref().map(|r| (200, r)));
        match success {
            // Nothing is refused for what the spec does not say: the answer is kept as bytes.
            None => {
                self.warnings.push(
                    Diagnostic::new(
                        Stage::Lower,
                        child(pointer, "responses"),
                        "the operation documents no successful answer (no 2xx, 3xx or `default` response); its answer is read as bytes",
                    )
                    .as_warning(),
                );
                returns = Returns::Bytes;
                // An operation whose only answer is informational (`101 Switching Protocols`,
                // a WebSocket's upgrade) succeeds with it.
                if let Some(code) = op.responses.responses.keys().find_map(|c| match c {
                    StatusCode::Code(c @ 100..=199) => Some(*c),
                    _ => None,
                }) {
                    status = code;
                }
            }
            // A 204 or 205 has no body, whatever the spec declares for it.
            Some((code @ (204 | 205), r)) => {
                status = code;
                if matches!(r, ReferenceOr::Item(r) if !r.content.is_empty()) {
                    self.warnings.push(
                        Diagnostic::new(
                            Stage::Lower,
                            child(&child(&child(pointer, "responses"), code.to_string()), "content"),
                            format!("a {code} answer has no body; the content declared for it is not read"),
                        )
                        .as_warning(),
                    );
                }
            }
            Some((code, r)) => {
                status = code;
                let rpointer = if from_default {
                    child(&child(pointer, "responses"), "default")
                } else {
                    child(&child(pointer, "responses"), code.to_string())
                };
                let doc = self.doc;
                let extra = self.extra;
                let content = match r {
                    ReferenceOr::Item(r) => Some(&r.content),
                    ReferenceOr::Reference { reference } => {
                        let found = super::component_name(reference, "responses")
                            .and_then(|n| doc.components.as_ref()?.responses.get(&n))
                            .or_else(|| extra.responses.get(reference));
                        // A slip with one reading: a response given by a `$ref` to a request
                        // body, whose content says what the answer holds.
                        let body = || {
                            super::component_name(reference, "requestBodies")
                                .and_then(|n| doc.components.as_ref()?.request_bodies.get(&n))
                        };
                        match (found, body()) {
                            (Some(ReferenceOr::Item(r)), _) => Some(&r.content),
                            (None, Some(ReferenceOr::Item(b))) => {
                                self.warnings.push(
                                    Diagnostic::new(
                                        Stage::Lower,
                                        child(&rpointer, "$ref"),
                                        format!("a response given by a `$ref` to the request body `{reference}`; its content is read as the answer's"),
                                    )
                                    .as_warning(),
                                );
                                Some(&b.content)
                            }
                            _ => {
                                self.error(
                                    &child(&rpointer, "$ref"),
                                    format!("`$ref` to `{reference}`, which does not exist"),
                                );
                                None
                            }
                        }
                    }
                };
                if let Some(content) = content {
                    accept = accept_of(content);
                    let json = content.iter().find(|(ct, _)| {
                        let ct = ct.split(';').next().unwrap_or("").trim();
                        ct == "application/json" || ct.ends_with("+json")
                    });
                    if let Some((ct, media)) = json {
                        if let Some(schema) = &media.schema {
                            let spointer =
                                child(&child(&child(&rpointer, "content"), ct), "schema");
                            let hint = NameHint::Body {
                                op: &ident::pascal(&format!("{op_name} Response")),
                            };
                            if let Some(ty) =
                                self.schema_type(schema, &spointer, Side::Response, &hint, 0)
                            {
                                returns = Returns::Json(ty);
                            }
                        }
                    } else if content.keys().any(|ct| ct.starts_with("text/")) {
                        returns = Returns::Text;
                    } else if !content.is_empty() {
                        returns = Returns::Bytes;
                    }
                }
            }
        }
        (status, returns, accept)
    }
}

/// The `Accept` header for an answer of this content: its JSON media type where it has one
/// (the client reads that), else every type it may come in; `application/json` for none.
fn accept_of(content: &indexmap::IndexMap<String, openapiv3::MediaType>) -> String {
    let types: Vec<&str> = content
        .keys()
        .map(|ct| ct.split(';').next().unwrap_or("").trim())
        .filter(|ct| !ct.is_empty())
        .collect();
    if let Some(json) = types
        .iter()
        .find(|ct| **ct == "application/json" || ct.ends_with("+json"))
    {
        return (*json).to_owned();
    }
    if types.is_empty() {
        return "application/json".to_owned();
    }
    types.join(", ")
}
