//! How much of a spec the generator will read: the bounds that keep its cost linear in the size
//! of its input, whatever that input is.
//!
//! A spec comes from elsewhere, and a hostile one can nest deeply, expand YAML aliases without
//! end or hold a string of many megabytes. Every bound here is checked while the text is first
//! scanned, in one pass whose cost is linear in its length, before anything is parsed into
//! OpenAPI types; a spec over a bound is refused with a diagnostic at the JSON pointer where the
//! bound was crossed, naming the bound (as `--set-limit` spells it), its value and what was
//! found. The defaults are far above what real specs use (the largest of the 55 Twilio and 48
//! third-party specs in `../shared`: 1.9 MB, nesting 22, 539 members, 296 operations, a
//! 15 KB string).

use crate::diag::{Diagnostic, Stage, child};
use crate::select::METHODS;

/// The bounds on a spec. [`Limits::default`] is what the `generator` command uses unless told
/// otherwise with `--set-limit NAME=VALUE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// `spec-bytes`: the size of the spec file, and of the JSON a YAML spec becomes once its
    /// aliases are expanded. Default 32 MiB.
    pub spec_bytes: usize,
    /// `depth`: how deeply objects and arrays (YAML mappings and sequences) nest. Default 64.
    pub depth: usize,
    /// `members`: members of one object or items of one array: the properties of a schema, the
    /// values of an enum, the paths, the schemas. Default 10,000.
    pub members: usize,
    /// `string-bytes`: the length of one string, key or value, as written. Default 256 KiB.
    pub string_bytes: usize,
    /// `operations`: operations in the whole spec. Default 10,000.
    pub operations: usize,
    /// `yaml-nodes`: scalars, mappings and sequences of a YAML spec, counted after aliases and
    /// merge keys are expanded (the "billion laughs" bound). Default 500,000 (the whole
    /// api_v2010 spec has 66,000).
    pub yaml_nodes: usize,
    /// `schema-depth`: `$ref`s followed in one chain, and schemas nested inline in one another.
    /// Default 32.
    pub schema_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            spec_bytes: 32 << 20,
            depth: 64,
            members: 10_000,
            string_bytes: 256 << 10,
            operations: 10_000,
            yaml_nodes: 500_000,
            schema_depth: 32,
        }
    }
}

impl Limits {
    /// The names `--set-limit` takes, in the order of the fields.
    pub const NAMES: [&'static str; 7] = [
        "spec-bytes",
        "depth",
        "members",
        "string-bytes",
        "operations",
        "yaml-nodes",
        "schema-depth",
    ];

    /// Sets the bound called `name` (one of [`Limits::NAMES`]) to `value`.
    ///
    /// # Errors
    ///
    /// A message naming the accepted names when `name` is not one of them.
    pub fn set(&mut self, name: &str, value: usize) -> Result<(), String> {
        let field = match name {
            "spec-bytes" => &mut self.spec_bytes,
            "depth" => &mut self.depth,
            "members" => &mut self.members,
            "string-bytes" => &mut self.string_bytes,
            "operations" => &mut self.operations,
            "yaml-nodes" => &mut self.yaml_nodes,
            "schema-depth" => &mut self.schema_depth,
            _ => {
                return Err(format!(
                    "unknown limit `{name}`; the limits are {}",
                    Self::NAMES.join(", ")
                ));
            }
        };
        *field = value;
        Ok(())
    }

    /// Parses `NAME=VALUE` (as `--set-limit` takes it) and sets that bound.
    ///
    /// # Errors
    ///
    /// A message when the text is not `NAME=VALUE`, the name is unknown or the value is not a
    /// whole number.
    pub fn set_from(&mut self, assignment: &str) -> Result<(), String> {
        let (name, value) = assignment
            .split_once('=')
            .ok_or_else(|| format!("`{assignment}` is not NAME=VALUE"))?;
        let value: usize =
            value.trim().replace('_', "").parse().map_err(|_| {
                format!("the value of `{name}` must be a whole number, not `{value}`")
            })?;
        self.set(name.trim(), value)
    }

    /// The diagnostic for crossing the bound `name` (of value `limit`) at `pointer`, where
    /// `found` says what was there.
    pub fn exceeded(
        pointer: impl Into<String>,
        name: &str,
        limit: usize,
        found: &str,
    ) -> Diagnostic {
        Diagnostic::new(
            Stage::Load,
            pointer,
            format!("{found}, over the limit `{name}` of {limit}"),
        )
        .with_hint(format!(
            "if the spec is meant to be this large, raise it with `--set-limit {name}=N`"
        ))
    }

    /// Checks JSON text against the bounds that apply to text: size, depth, members, string
    /// length and operations. One pass, linear in the length of `text`; text that is not valid
    /// JSON is left for the parser to report.
    ///
    /// # Errors
    ///
    /// The first bound crossed, at the pointer where it was crossed.
    pub fn check_json(&self, text: &str) -> Result<(), Diagnostic> {
        self.scan_json(text).map(|_| ())
    }

    /// [`Limits::check_json`], with what the same pass notices on the way.
    ///
    /// # Errors
    ///
    /// The first bound crossed, at the pointer where it was crossed.
    pub fn scan_json(&self, text: &str) -> Result<Scanned, Diagnostic> {
        if text.len() > self.spec_bytes {
            return Err(Self::exceeded(
                "",
                "spec-bytes",
                self.spec_bytes,
                &format!("the spec is {} bytes", text.len()),
            ));
        }
        let mut scan = Scan {
            text,
            limits: self,
            stack: Vec::new(),
            operations: 0,
            scanned: Scanned::default(),
        };
        scan.run()?;
        Ok(scan.scanned)
    }
}

/// What the one pass over a spec's text notices besides the bounds.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scanned {
    /// Objects that hold both a `$ref` and `nullable` (which 3.0 ignores beside a `$ref`):
    /// how many, and the pointer of the first.
    pub nullable_refs: (usize, Option<String>),
}

/// One open object or array during [`Limits::check_json`].
#[derive(Debug, Clone, Copy)]
struct Frame {
    object: bool,
    /// An object's keys so far include `$ref`, `nullable`.
    has_ref: bool,
    has_nullable: bool,
    /// Members of an object so far; for an array, the index of the current item.
    count: usize,
    /// Where the current member's key is (quotes included), for an object.
    key: Option<(usize, usize)>,
    /// Whether the next string in an object is a key.
    expect_key: bool,
}

struct Scan<'a> {
    text: &'a str,
    limits: &'a Limits,
    stack: Vec<Frame>,
    operations: usize,
    scanned: Scanned,
}

impl Scan<'_> {
    fn run(&mut self) -> Result<(), Diagnostic> {
        let bytes = self.text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'"' => {
                    let start = i;
                    i += 1;
                    // Most of a spec's bytes are inside strings: jump to the next quote or
                    // backslash (memchr reads many bytes at a time).
                    loop {
                        match bytes
                            .get(i..)
                            .and_then(|rest| memchr::memchr2(b'"', b'\\', rest))
                        {
                            Some(at) if bytes[i + at] == b'"' => {
                                i += at;
                                break;
                            }
                            Some(at) => i += at + 2,
                            None => {
                                i = bytes.len();
                                break;
                            }
                        }
                    }
                    // `i` is at the closing quote (or past the end: the parser reports that).
                    let end = (i + 1).min(bytes.len());
                    self.string(start, end)?;
                }
                open @ (b'{' | b'[') => {
                    if self.stack.len() >= self.limits.depth {
                        return Err(Limits::exceeded(
                            self.pointer(self.stack.len()),
                            "depth",
                            self.limits.depth,
                            &format!("objects and arrays nested {} deep", self.stack.len() + 1),
                        ));
                    }
                    self.stack.push(Frame {
                        object: open == b'{',
                        count: 0,
                        key: None,
                        expect_key: true,
                        has_ref: false,
                        has_nullable: false,
                    });
                }
                b'}' | b']' => {
                    if let Some(frame) = self.stack.last()
                        && frame.has_ref
                        && frame.has_nullable
                    {
                        self.scanned.nullable_refs.0 += 1;
                        if self.scanned.nullable_refs.1.is_none() {
                            let at = self.pointer(self.stack.len() - 1);
                            self.scanned.nullable_refs.1 = Some(at);
                        }
                    }
                    self.stack.pop();
                }
                b' ' => {
                    // Indentation is nearly half of a pretty-printed spec: skip it eight
                    // bytes at a time.
                    while bytes
                        .get(i + 1..)
                        .is_some_and(|rest| rest.starts_with(b"        "))
                    {
                        i += 8;
                    }
                }
                b',' => {
                    let members = self.limits.members;
                    if let Some(frame) = self.stack.last_mut() {
                        if frame.object {
                            frame.expect_key = true;
                        } else {
                            frame.count += 1;
                            if frame.count >= members {
                                let at = self.pointer(self.stack.len() - 1);
                                return Err(Limits::exceeded(
                                    at,
                                    "members",
                                    members,
                                    &format!("an array of more than {members} items"),
                                ));
                            }
                        }
                    }
                }
                _ => {}
            }
            i += 1;
        }
        Ok(())
    }

    /// A string from `start` to `end` (quotes included): a key or a value.
    fn string(&mut self, start: usize, end: usize) -> Result<(), Diagnostic> {
        let len = end.saturating_sub(start + 2);
        let depth = self.stack.len();
        let is_key = matches!(self.stack.last(), Some(f) if f.object && f.expect_key);
        if is_key && let Some(frame) = self.stack.last_mut() {
            match self.text.as_bytes().get(start + 1..end.saturating_sub(1)) {
                Some(b"$ref") => frame.has_ref = true,
                Some(b"nullable") => frame.has_nullable = true,
                _ => {}
            }
            frame.key = Some((start, end));
            frame.count += 1;
            frame.expect_key = false;
            if frame.count > self.limits.members {
                return Err(Limits::exceeded(
                    self.pointer(depth - 1),
                    "members",
                    self.limits.members,
                    &format!("an object of more than {} members", self.limits.members),
                ));
            }
        }
        if len > self.limits.string_bytes {
            return Err(Limits::exceeded(
                self.pointer(depth),
                "string-bytes",
                self.limits.string_bytes,
                &format!("a string of {len} bytes"),
            ));
        }
        if is_key && depth == 3 && self.key_is(0, "paths") && self.key_is(1, "") {
            let key = &self.text[start + 1..end - 1];
            if METHODS.contains(&key) {
                self.operations += 1;
                if self.operations > self.limits.operations {
                    return Err(Limits::exceeded(
                        self.pointer(depth),
                        "operations",
                        self.limits.operations,
                        &format!("more than {} operations", self.limits.operations),
                    ));
                }
            }
        }
        Ok(())
    }

    /// Whether the current key of the frame at `level` is `name` (any key when `name` is "").
    fn key_is(&self, level: usize, name: &str) -> bool {
        match self.stack.get(level) {
            Some(Frame {
                object: true,
                key: Some((start, end)),
                ..
            }) => name.is_empty() || self.text.get(start + 1..end - 1) == Some(name),
            _ => false,
        }
    }

    /// The JSON pointer of where the scan is, through the first `levels` open containers.
    fn pointer(&self, levels: usize) -> String {
        let mut out = String::new();
        for frame in &self.stack[..levels.min(self.stack.len())] {
            if frame.object {
                if let Some((start, end)) = frame.key {
                    let raw = &self.text[start..end];
                    let key = serde_json::from_str::<String>(raw)
                        .unwrap_or_else(|_| raw.trim_matches('"').to_owned());
                    out = child(&out, key);
                }
            } else {
                out = child(&out, frame.count.to_string());
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::Limits;

    fn small() -> Limits {
        Limits {
            spec_bytes: 10_000,
            depth: 4,
            members: 3,
            string_bytes: 8,
            operations: 2,
            yaml_nodes: 100,
            schema_depth: 4,
        }
    }

    fn refusal(text: &str) -> (String, String) {
        let d = small().check_json(text).expect_err("refused");
        (d.pointer, d.message)
    }

    #[test]
    fn text_within_the_bounds_passes() {
        let text = r#"{"a": [1, 2, {"b": "12345678"}], "c\"": {"d": []}}"#;
        assert_eq!(small().check_json(text), Ok(()));
    }

    #[test]
    fn each_bound_is_refused_where_it_is_crossed() {
        assert_eq!(
            refusal(r#"{"a": {"b": [{"c": [1]}]}}"#),
            (
                "/a/b/0/c".to_owned(),
                "objects and arrays nested 5 deep, over the limit `depth` of 4".to_owned()
            )
        );
        assert_eq!(
            refusal(r#"{"a": {"x": 1, "y": 2, "z": 3, "w": 4}}"#).0,
            "/a"
        );
        assert_eq!(refusal(r#"{"e": [1, [0, 1, 2, 3]]}"#).0, "/e/1");
        assert_eq!(
            refusal(r#"{"k~/": "123456789"}"#),
            (
                "/k~0~1".to_owned(),
                "a string of 9 bytes, over the limit `string-bytes` of 8".to_owned()
            )
        );
        assert_eq!(
            refusal(r#"{"paths": {"/a": {"get": {}, "put": {}}, "/b": {"x": 1, "post": {}}}}"#),
            (
                "/paths/~1b/post".to_owned(),
                "more than 2 operations, over the limit `operations` of 2".to_owned()
            )
        );
        assert!(refusal(&" ".repeat(10_001)).1.contains("`spec-bytes`"));
    }

    #[test]
    fn broken_json_is_left_to_the_parser() {
        for text in ["", "{", "]]]}}", "\"abc", "{\"a\":\\", "[,,]", "{{{{"] {
            assert_eq!(small().check_json(text), Ok(()), "{text}");
        }
    }

    #[test]
    fn limits_are_set_by_name() {
        let mut limits = Limits::default();
        limits.set_from("depth=100").expect("valid");
        limits.set_from("spec-bytes = 1_000").expect("valid");
        assert_eq!((limits.depth, limits.spec_bytes), (100, 1000));
        assert!(limits.set_from("width=1").is_err());
        assert!(limits.set_from("depth=-1").is_err());
        assert!(limits.set_from("depth").is_err());
    }
}
