//! Parsing one piece of the document into `openapiv3` types, and when it fails, finding the
//! deepest piece that fails on its own, so that the diagnostic points at the member that is
//! wrong rather than at the path item around it.

use super::*;

/// Turns a `serde_path_to_error` path into a JSON pointer below `base`.
pub(super) fn path_pointer(base: &str, path: &serde_path_to_error::Path) -> String {
    let mut out = base.to_owned();
    for seg in path.iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => out = child(&out, index.to_string()),
            serde_path_to_error::Segment::Map { key } => out = child(&out, key),
            serde_path_to_error::Segment::Enum { variant } => out = child(&out, variant),
            serde_path_to_error::Segment::Unknown => {}
        }
    }
    out
}

/// Parses `raw` JSON text as `T`, reporting a failure at its pointer below `base`.
///
/// The first pass reads without tracking where it is, which costs a good part of loading; only a
/// piece that fails is read again, to find the pointer (see [`failure`]).
pub(super) fn parse_raw<T: DeserializeOwned>(
    raw: &str,
    base: &str,
    what: &str,
) -> Result<T, Diagnostic> {
    if let Ok(parsed) = serde_json::from_str(raw) {
        return Ok(parsed);
    }
    match serde_json::from_str::<Value>(raw) {
        Ok(value) => Err(failure::<T>(&value, base, what)),
        Err(e) => Err(load_error(base, format!("invalid {what}: {e}"))),
    }
}

/// Parses a JSON value as `T`, reporting a failure at its pointer below `base` (found, as in
/// [`parse_raw`], by a second read only when the first fails).
pub(super) fn parse_value<T: DeserializeOwned>(
    value: &Value,
    base: &str,
    what: &str,
) -> Result<T, Diagnostic> {
    T::deserialize(value).map_err(|_| failure::<T>(value, base, what))
}

/// The diagnostic for `value`, at `base`, that does not parse as `T` (a `what`).
///
/// `serde_path_to_error` stops where `openapiv3` reads through an untagged or flattened type,
/// which is nearly everywhere (`ReferenceOr`, parameters, schemas): a broken parameter would be
/// reported at its path item. So the pieces of the OpenAPI object model inside the value
/// ([`Piece`]) are tried one by one, and the deepest that fails on its own is reported.
pub(super) fn failure<T: DeserializeOwned>(value: &Value, base: &str, what: &str) -> Diagnostic {
    if let Some(piece) = Piece::named(what)
        && piece.fails(value)
        && let Some(d) = piece.deepest_failure(value, base)
    {
        return d;
    }
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(_) => load_error(base, format!("invalid {what}")),
        Err(e) => {
            let pointer = path_pointer(base, e.path());
            load_error(pointer, format!("invalid {what}: {}", e.into_inner()))
        }
    }
}

/// A piece of the OpenAPI object model that holds others, as `openapiv3` reads it.
#[derive(Clone, Copy, Debug)]
pub(super) enum Piece {
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Header,
    MediaType,
    Schema,
}

impl Piece {
    fn named(what: &str) -> Option<Piece> {
        Some(match what {
            "path item" => Piece::PathItem,
            "operation" => Piece::Operation,
            "parameter" => Piece::Parameter,
            "request body" => Piece::RequestBody,
            "response" => Piece::Response,
            "header" => Piece::Header,
            "media type" => Piece::MediaType,
            "schema" => Piece::Schema,
            _ => return None,
        })
    }

    fn what(self) -> &'static str {
        match self {
            Piece::PathItem => "path item",
            Piece::Operation => "operation",
            Piece::Parameter => "parameter",
            Piece::RequestBody => "request body",
            Piece::Response => "response",
            Piece::Header => "header",
            Piece::MediaType => "media type",
            Piece::Schema => "schema",
        }
    }

    /// Whether `value` does not parse as this piece (or a `$ref` in its place).
    fn fails(self, value: &Value) -> bool {
        fn fails<T: DeserializeOwned>(value: &Value) -> bool {
            ReferenceOr::<T>::deserialize(value).is_err()
        }
        match self {
            Piece::PathItem => fails::<openapiv3::PathItem>(value),
            Piece::Operation => openapiv3::Operation::deserialize(value).is_err(),
            Piece::Parameter => fails::<openapiv3::Parameter>(value),
            Piece::RequestBody => fails::<openapiv3::RequestBody>(value),
            Piece::Response => fails::<openapiv3::Response>(value),
            Piece::Header => fails::<openapiv3::Header>(value),
            Piece::MediaType => openapiv3::MediaType::deserialize(value).is_err(),
            Piece::Schema => fails::<openapiv3::Schema>(value),
        }
    }

    /// The pieces directly inside `value`, each with its pointer below `base`.
    fn children<'v>(self, value: &'v Value, base: &str) -> Vec<(Piece, &'v Value, String)> {
        let mut out = Vec::new();
        let Some(map) = value.as_object() else {
            return out;
        };
        if map.contains_key("$ref") {
            return out;
        }
        let mut one = |key: &str, piece: Piece| {
            if let Some(v) = map.get(key) {
                out.push((piece, v, child(base, key)));
            }
        };
        let each = |key: &str, piece: Piece, out: &mut Vec<(Piece, &'v Value, String)>| {
            let at = child(base, key);
            match map.get(key) {
                Some(Value::Array(items)) => {
                    for (i, v) in items.iter().enumerate() {
                        out.push((piece, v, child(&at, i.to_string())));
                    }
                }
                Some(Value::Object(entries)) => {
                    for (k, v) in entries {
                        out.push((piece, v, child(&at, k)));
                    }
                }
                _ => {}
            }
        };
        match self {
            Piece::PathItem => {
                for method in METHODS {
                    one(method, Piece::Operation);
                }
                each("parameters", Piece::Parameter, &mut out);
            }
            Piece::Operation => {
                one("requestBody", Piece::RequestBody);
                each("parameters", Piece::Parameter, &mut out);
                each("responses", Piece::Response, &mut out);
            }
            Piece::Parameter | Piece::Header => {
                one("schema", Piece::Schema);
                each("content", Piece::MediaType, &mut out);
            }
            Piece::RequestBody => each("content", Piece::MediaType, &mut out),
            Piece::Response => {
                each("content", Piece::MediaType, &mut out);
                each("headers", Piece::Header, &mut out);
            }
            Piece::MediaType => one("schema", Piece::Schema),
            Piece::Schema => {
                one("items", Piece::Schema);
                one("not", Piece::Schema);
                if map
                    .get("additionalProperties")
                    .is_some_and(Value::is_object)
                {
                    one("additionalProperties", Piece::Schema);
                }
                each("properties", Piece::Schema, &mut out);
                for key in ["allOf", "oneOf", "anyOf"] {
                    each(key, Piece::Schema, &mut out);
                }
            }
        }
        out
    }

    /// The failure of the deepest piece inside `value` (this piece itself if none inside it
    /// fails), or `None` if `value` parses.
    fn deepest_failure(self, value: &Value, base: &str) -> Option<Diagnostic> {
        let mut at = (self, value, base.to_owned());
        // Pieces nest as deep as the document does: a loop, not recursion.
        'down: loop {
            for inner in at.0.children(at.1, &at.2) {
                if inner.0.fails(inner.1) {
                    at = inner;
                    continue 'down;
                }
            }
            break;
        }
        let (piece, value, pointer) = at;
        let what = piece.what();
        let result = match piece {
            Piece::PathItem => path_failure::<ReferenceOr<openapiv3::PathItem>>(value, &pointer),
            Piece::Operation => path_failure::<openapiv3::Operation>(value, &pointer),
            Piece::Parameter => path_failure::<ReferenceOr<openapiv3::Parameter>>(value, &pointer),
            Piece::RequestBody => {
                path_failure::<ReferenceOr<openapiv3::RequestBody>>(value, &pointer)
            }
            Piece::Response => path_failure::<ReferenceOr<openapiv3::Response>>(value, &pointer),
            Piece::Header => path_failure::<ReferenceOr<openapiv3::Header>>(value, &pointer),
            Piece::MediaType => path_failure::<openapiv3::MediaType>(value, &pointer),
            Piece::Schema => path_failure::<ReferenceOr<openapiv3::Schema>>(value, &pointer),
        };
        result.map(|(pointer, message)| load_error(pointer, format!("invalid {what}: {message}")))
    }
}

/// Where inside `value` (at `base`) reading it as `T` fails, and why; `None` if it parses.
///
/// Where the path is lost (inside a flattened type), the member is the one without which the
/// object parses, if there is one: the wrong `minimum` of a schema, say, not the schema.
pub(super) fn path_failure<T: DeserializeOwned>(
    value: &Value,
    base: &str,
) -> Option<(String, String)> {
    let e = serde_path_to_error::deserialize::<_, T>(value).err()?;
    let mut pointer = path_pointer(base, e.path());
    if pointer == base
        && let Some(map) = value.as_object()
    {
        let culprit = map.keys().find(|key| {
            let mut without = map.clone();
            without.remove(key.as_str());
            T::deserialize(&Value::Object(without)).is_ok()
        });
        if let Some(key) = culprit {
            pointer = child(base, key);
        }
    }
    Some((pointer, e.into_inner().to_string()))
}

/// Parses a component from its raw text (with `--all`) or from the value already read.
pub(super) fn parse_piece<T: DeserializeOwned>(
    raw: &RawValue,
    value: &Value,
    pointer: &str,
    what: &str,
) -> Result<ReferenceOr<T>, Diagnostic> {
    if value.is_null() {
        parse_raw(raw.get(), pointer, what)
    } else {
        parse_value(value, pointer, what)
    }
}
