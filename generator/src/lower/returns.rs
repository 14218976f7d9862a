//! Returns: which response of an operation is its success, and the Rust type of its body.

use super::*;

impl Lowerer<'_> {
    /// The success status and what it returns: the first 2xx response (or, as Twilio describes
    /// a few fetches, a 3xx whose body says where the data is; or the `default` response when
    /// there is neither). A JSON body gives a type, a `text/*` one a `String`, any other bytes.
    pub(super) fn success(
        &mut self,
        op: &OaOperation,
        pointer: &str,
        op_name: &str,
    ) -> (u16, Returns) {
        let mut status = 200;
        let mut returns = Returns::Nothing;
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
            None => {
                self.diags.push(
                    Diagnostic::new(
                        Stage::Lower,
                        child(pointer, "responses"),
                        "the operation has no 2xx (or 3xx) response",
                    )
                    .with_hint("the generator needs to know what success looks like"),
                );
            }
            Some((code, r)) => {
                status = code;
                let rpointer = if from_default {
                    child(&child(pointer, "responses"), "default")
                } else {
                    child(&child(pointer, "responses"), code.to_string())
                };
                let doc = self.doc;
                let response = match r {
                    ReferenceOr::Item(r) => Some(r),
                    ReferenceOr::Reference { reference } => {
                        let found = reference
                            .strip_prefix("#/components/responses/")
                            .map(crate::diag::unescape)
                            .and_then(|n| doc.components.as_ref()?.responses.get(&n));
                        match found {
                            Some(ReferenceOr::Item(r)) => Some(r),
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
                if let Some(response) = response {
                    let json = response.content.iter().find(|(ct, _)| {
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
                    } else if response.content.keys().any(|ct| ct.starts_with("text/")) {
                        returns = Returns::Text;
                    } else if !response.content.is_empty() {
                        returns = Returns::Bytes;
                    }
                }
            }
        }
        (status, returns)
    }
}
