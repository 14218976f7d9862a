//! Values the spec allows: a JSON value made from a schema of the spec, for the conformance
//! harness to send. The spec's own `example`, `examples`, `default` or `enum` value is taken
//! where it fits the schema; otherwise one is made from the schema's type, format, pattern and
//! bounds. Everything is deterministic: the same spec gives the same values.

use rand::SeedableRng;
use serde_json::{Map, Value, json};

/// How deep objects are filled; below this only their required members are.
const FULL_DEPTH: usize = 4;
/// How deep a value may nest at all (a schema that holds itself ends here).
const MAX_DEPTH: usize = 12;

/// A spec, as JSON, with `$ref`s resolved on the way through any JSON pointer.
pub struct Spec {
    root: Value,
}

impl Spec {
    /// The spec's parsed text (JSON or YAML).
    pub fn new(root: Value) -> Self {
        Self { root }
    }

    /// The whole document.
    pub fn root(&self) -> &Value {
        &self.root
    }

    /// `value` with its `$ref` followed (a chain of them, at most 32).
    pub fn deref<'a>(&'a self, mut value: &'a Value) -> &'a Value {
        for _ in 0..32 {
            match value.get("$ref").and_then(Value::as_str) {
                Some(reference) => match self.at_ref(reference) {
                    Some(target) => value = target,
                    None => return value,
                },
                None => return value,
            }
        }
        value
    }

    /// What a local `$ref` (`#/components/schemas/Pet`) names.
    pub fn at_ref(&self, reference: &str) -> Option<&Value> {
        let pointer = reference.strip_prefix('#')?;
        self.at(pointer)
    }

    /// What a JSON pointer names, following `$ref`s met on the way.
    pub fn at(&self, pointer: &str) -> Option<&Value> {
        let mut node = &self.root;
        if pointer.is_empty() {
            return Some(node);
        }
        for token in pointer.strip_prefix('/')?.split('/') {
            let token = token.replace("~1", "/").replace("~0", "~");
            node = self.deref(node);
            node = match node {
                Value::Object(map) => map.get(&token)?,
                Value::Array(items) => items.get(token.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(node)
    }
}

/// Makes values; `full` fills every optional member of objects (to a depth), else only the
/// required ones.
pub struct Maker<'s> {
    spec: &'s Spec,
    full: bool,
    rng: rand::rngs::SmallRng,
}

impl<'s> Maker<'s> {
    /// A maker over `spec`.
    pub fn new(spec: &'s Spec, full: bool) -> Self {
        Self {
            spec,
            full,
            rng: rand::rngs::SmallRng::seed_from_u64(7),
        }
    }

    /// A value for the schema at `pointer`, or `None` if there is no schema there.
    pub fn at(&mut self, pointer: &str) -> Option<Value> {
        let schema = self.spec.at(pointer)?;
        Some(self.value(schema, 0))
    }

    /// A value for `schema`.
    pub fn value(&mut self, schema: &Value, depth: usize) -> Value {
        let schema = self.spec.deref(schema);
        if let Some(v) = self.given(schema) {
            return v;
        }
        self.made(schema, depth)
    }

    /// The spec's own value for the schema, where one fits it.
    fn given(&self, schema: &Value) -> Option<Value> {
        let mut candidates: Vec<&Value> = Vec::new();
        if let Some(c) = schema.get("const") {
            candidates.push(c);
        }
        if let Some(Value::Array(values)) = schema.get("enum") {
            candidates.extend(values.iter().filter(|v| !v.is_null()));
        }
        if let Some(e) = schema.get("example") {
            candidates.push(e);
        }
        if let Some(Value::Array(examples)) = schema.get("examples") {
            candidates.extend(examples.iter());
        }
        if let Some(d) = schema.get("default") {
            candidates.push(d);
        }
        candidates
            .into_iter()
            .find(|v| !v.is_null() && self.fits(schema, v, 0))
            .cloned()
    }

    /// The schema's type: `type` (the first that is not `null` in a 3.1 list), else what its
    /// keywords imply.
    fn kind(&self, schema: &Value) -> Option<String> {
        match schema.get("type") {
            Some(Value::String(t)) => return Some(t.clone()),
            Some(Value::Array(types)) => {
                return types
                    .iter()
                    .filter_map(Value::as_str)
                    .find(|t| *t != "null")
                    .map(str::to_owned);
            }
            _ => {}
        }
        if schema.get("properties").is_some() || schema.get("additionalProperties").is_some() {
            return Some("object".to_owned());
        }
        if schema.get("items").is_some() {
            return Some("array".to_owned());
        }
        if let Some(Value::Array(values)) = schema.get("enum") {
            return values.iter().find(|v| !v.is_null()).map(|v| {
                match v {
                    Value::Bool(_) => "boolean",
                    Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
                    Value::Number(_) => "number",
                    Value::Object(_) => "object",
                    Value::Array(_) => "array",
                    _ => "string",
                }
                .to_owned()
            });
        }
        None
    }

    fn made(&mut self, schema: &Value, depth: usize) -> Value {
        if depth > MAX_DEPTH {
            return Value::Null;
        }
        if let Some(Value::Array(members)) = schema.get("allOf") {
            let mut merged = Map::new();
            let mut other = None;
            for m in members {
                // A member that only documents (a description) says nothing of the value.
                let resolved = self.spec.deref(m);
                let documents = self.kind(resolved).is_none()
                    && [
                        "allOf", "oneOf", "anyOf", "const", "enum", "pattern", "format",
                    ]
                    .iter()
                    .all(|k| resolved.get(*k).is_none());
                if documents {
                    continue;
                }
                match self.value(m, depth + 1) {
                    Value::Object(o) => merged.extend(o),
                    v if !v.is_null() => {
                        other.get_or_insert(v);
                    }
                    _ => {}
                }
            }
            // The schema's own members beside `allOf` (where a member has not given one), and a
            // value for each name its `required` list gives that a member defines.
            if let Value::Object(own) = self.object(schema, depth) {
                for (k, v) in own {
                    merged.entry(k).or_insert(v);
                }
            }
            let required: Vec<String> = schema
                .get("required")
                .and_then(Value::as_array)
                .map(|r| {
                    r.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default();
            for name in required {
                if merged.contains_key(&name) {
                    continue;
                }
                let defined = members.iter().find_map(|m| {
                    self.spec
                        .deref(m)
                        .get("properties")
                        .and_then(|p| p.get(&name))
                        .cloned()
                });
                let value = match defined {
                    Some(property) => self.value(&property, depth + 1),
                    None => json!("example"),
                };
                merged.insert(name, value);
            }
            return match other {
                Some(v) if merged.is_empty() => v,
                _ => Value::Object(merged),
            };
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(members)) = schema.get(key) {
                let usable: Vec<&Value> = members
                    .iter()
                    .filter(|m| {
                        let m = self.spec.deref(m);
                        m.get("type").and_then(Value::as_str) != Some("null")
                            && m.get("not").is_none()
                    })
                    .collect();
                // A `oneOf` value must fit exactly one member, even read as text (in a path or
                // a query, `1` is also the string "1"): the first member's value that no other
                // member reads.
                let mut chosen = None;
                for (i, member) in usable.iter().enumerate() {
                    let value = self.value(member, depth + 1);
                    let others = usable
                        .iter()
                        .enumerate()
                        .any(|(j, other)| j != i && self.fits_as_text(other, &value));
                    if key == "anyOf" || !others {
                        chosen = Some((*member, value));
                        break;
                    }
                }
                let Some((member, mut value)) = chosen.or_else(|| {
                    let first = usable.first().copied().or(members.first())?;
                    Some((first, self.value(first, depth + 1)))
                }) else {
                    return json!("example");
                };
                self.tag(schema, member, &mut value);
                // Members the schema itself lists beside the union.
                if let (Value::Object(v), Value::Object(own)) =
                    (&mut value, self.object(schema, depth))
                {
                    for (k, x) in own {
                        v.entry(k).or_insert(x);
                    }
                }
                return value;
            }
        }
        match self.kind(schema).as_deref() {
            Some("object") => self.object(schema, depth),
            Some("array") => self.array(schema, depth),
            Some("integer") => integer(schema),
            Some("number") => number(schema),
            Some("boolean") => Value::Bool(true),
            Some("null") => Value::Null,
            _ => Value::String(self.string(schema)),
        }
    }

    /// Sets a discriminated union's tag to the value that names `member`.
    fn tag(&self, schema: &Value, member: &Value, value: &mut Value) {
        let Some(disc) = schema.get("discriminator") else {
            return;
        };
        let (Some(property), Value::Object(object)) =
            (disc.get("propertyName").and_then(Value::as_str), value)
        else {
            return;
        };
        let reference = member.get("$ref").and_then(Value::as_str);
        let mapped = disc
            .get("mapping")
            .and_then(Value::as_object)
            .and_then(|m| {
                m.iter()
                    .find(|(_, target)| target.as_str() == reference)
                    .map(|(tag, _)| tag.clone())
            });
        let tag = mapped.or_else(|| {
            reference
                .and_then(|r| r.rsplit('/').next())
                .map(str::to_owned)
        });
        if let Some(tag) = tag {
            // An enum on the tag property wins over the mapping's key.
            if !object.get(property).is_some_and(Value::is_string) {
                object.insert(property.to_owned(), Value::String(tag));
            }
        }
    }

    fn object(&mut self, schema: &Value, depth: usize) -> Value {
        let mut out = Map::new();
        let required: Vec<&str> = schema
            .get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        if let Some(Value::Object(props)) = schema.get("properties") {
            for (name, prop) in props {
                let resolved = self.spec.deref(prop);
                if resolved.get("readOnly") == Some(&Value::Bool(true)) {
                    continue;
                }
                let wanted = required.contains(&name.as_str())
                    // A common slip: `required: true` on the property itself.
                    || resolved.get("required") == Some(&Value::Bool(true))
                    || (self.full && depth < FULL_DEPTH);
                if wanted {
                    let v = self.value(prop, depth + 1);
                    if !v.is_null() {
                        out.insert(name.clone(), v);
                    }
                }
            }
        }
        // A name `required` gives that no property defines needs a value all the same (where
        // no member of a composition may define it).
        let composed = ["allOf", "oneOf", "anyOf"]
            .iter()
            .any(|k| schema.get(*k).is_some());
        for name in &required {
            let defined = schema
                .get("properties")
                .and_then(|p| p.get(*name))
                .is_some();
            if !composed && !defined && !out.contains_key(*name) {
                out.insert((*name).to_owned(), json!("example"));
            }
        }
        let min = schema
            .get("minProperties")
            .and_then(Value::as_u64)
            .unwrap_or(0);
        if out.len() < min as usize
            && let Some(extra) = schema.get("additionalProperties").filter(|a| a.is_object())
        {
            for i in out.len()..min as usize {
                let v = self.value(extra, depth + 1);
                out.insert(format!("key{i}"), v);
            }
        }
        Value::Object(out)
    }

    fn array(&mut self, schema: &Value, depth: usize) -> Value {
        let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(1);
        let max = schema
            .get("maxItems")
            .and_then(Value::as_u64)
            .unwrap_or(u64::MAX);
        let count = min.max(1).min(max);
        let Some(items) = schema.get("items") else {
            return Value::Array((0..count).map(|i| json!(format!("item{i}"))).collect());
        };
        let items_schema = self.spec.deref(items);
        let mut out: Vec<Value> = Vec::new();
        // Distinct values where the list needs several: the enum's, else made ones told apart.
        let choices: Vec<Value> = items_schema
            .get("enum")
            .and_then(Value::as_array)
            .map(|e| e.iter().filter(|v| !v.is_null()).cloned().collect())
            .unwrap_or_default();
        for i in 0..count as usize {
            let v = match choices.get(i) {
                Some(v) => v.clone(),
                None => {
                    let mut v = self.value(items, depth + 1);
                    if i > 0 {
                        v = match v {
                            Value::String(s) => Value::String(format!("{s}{i}")),
                            Value::Number(n) if n.is_i64() => {
                                json!(n.as_i64().unwrap_or(1) + i as i64)
                            }
                            other => other,
                        };
                    }
                    v
                }
            };
            out.push(v);
        }
        Value::Array(out)
    }

    fn string(&mut self, schema: &Value) -> String {
        let format = schema.get("format").and_then(Value::as_str).unwrap_or("");
        let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = schema
            .get("maxLength")
            .and_then(Value::as_u64)
            .map_or(usize::MAX, |m| m as usize);
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str)
            && let Some(made) = self.matching(pattern, min, max)
        {
            return made;
        }
        let base = match format {
            "date-time" => "2024-01-02T03:04:05Z",
            "date" => "2024-01-02",
            "time" => "03:04:05Z",
            "date-time-rfc-2822" => "Tue, 02 Jan 2024 03:04:05 +0000",
            "uri" | "url" | "iri" => "https://example.com/path",
            "uri-reference" | "iri-reference" => "https://example.com/path",
            "email" | "idn-email" => "user@example.com",
            "hostname" | "idn-hostname" => "example.com",
            "ipv4" => "192.0.2.1",
            "ipv6" => "2001:db8::1",
            "uuid" => "123e4567-e89b-42d3-a456-426614174000",
            "byte" => "ZXhhbXBsZQ==",
            "duration" => "P1D",
            "phone-number" => "+15005550006",
            "int64" | "int32" | "integer" => "1",
            "number" | "double" | "float" | "decimal" => "1.5",
            "http-method" => "GET",
            _ => "example",
        };
        let mut text = base.to_owned();
        while text.chars().count() < min {
            text.push('x');
        }
        if text.chars().count() > max {
            text = text.chars().take(max).collect();
        }
        text
    }

    /// A string matching a spec's (ECMAScript) pattern, read as an ASCII regex, within the
    /// length bounds; `None` if none is found.
    fn matching(&mut self, pattern: &str, min: usize, max: usize) -> Option<String> {
        use rand::Rng;
        let check = regex::Regex::new(pattern).ok();
        // ASCII classes first (`\d` is 0-9 as in ECMAScript), Unicode where the pattern needs it.
        let hir = match regex_syntax::ParserBuilder::new()
            .unicode(false)
            .build()
            .parse(pattern)
        {
            Ok(hir) => hir,
            Err(_) => regex_syntax::ParserBuilder::new()
                .build()
                .parse(pattern)
                .ok()?,
        };
        let generator = rand_regex::Regex::with_hir(without_anchors(hir), 12).ok()?;
        for _ in 0..200 {
            let text: String = self.rng.sample(&generator);
            let length = text.chars().count();
            let printable = !text.chars().any(char::is_control);
            let matches = check.as_ref().is_none_or(|r| r.is_match(&text));
            if length >= min && length <= max && printable && matches {
                return Some(text);
            }
        }
        None
    }

    /// Whether `value` fits `schema`, as far as the keywords the harness reads go.
    fn fits(&self, schema: &Value, value: &Value, depth: usize) -> bool {
        let schema = self.spec.deref(schema);
        if depth > MAX_DEPTH {
            return true;
        }
        if let Some(Value::Array(values)) = schema.get("enum")
            && !values.contains(value)
        {
            return false;
        }
        if let Some(c) = schema.get("const")
            && c != value
        {
            return false;
        }
        if let Some(Value::Array(members)) = schema.get("allOf")
            && !members.iter().all(|m| self.fits(m, value, depth + 1))
        {
            return false;
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(Value::Array(members)) = schema.get(key)
                && !members.iter().any(|m| self.fits(m, value, depth + 1))
            {
                return false;
            }
        }
        let kind = self.kind(schema);
        match (kind.as_deref(), value) {
            (None, _) => true,
            (Some("string"), Value::String(s)) => self.string_fits(schema, s),
            (Some("integer"), Value::Number(n)) => {
                (n.is_i64() || n.is_u64()) && number_fits(schema, n.as_f64().unwrap_or(0.0))
            }
            (Some("number"), Value::Number(n)) => number_fits(schema, n.as_f64().unwrap_or(0.0)),
            (Some("boolean"), Value::Bool(_)) => true,
            (Some("array"), Value::Array(items)) => {
                let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0) as usize;
                let max = schema
                    .get("maxItems")
                    .and_then(Value::as_u64)
                    .map_or(usize::MAX, |m| m as usize);
                items.len() >= min
                    && items.len() <= max
                    && schema
                        .get("items")
                        .is_none_or(|s| items.iter().all(|i| self.fits(s, i, depth + 1)))
            }
            (Some("object"), Value::Object(members)) => {
                let required = schema
                    .get("required")
                    .and_then(Value::as_array)
                    .map(|r| r.iter().filter_map(Value::as_str).collect::<Vec<_>>())
                    .unwrap_or_default();
                let props = schema.get("properties").and_then(Value::as_object);
                required.iter().all(|r| {
                    members.contains_key(*r)
                        || props.and_then(|p| p.get(*r)).is_some_and(|p| {
                            self.spec.deref(p).get("readOnly") == Some(&Value::Bool(true))
                        })
                }) && members
                    .iter()
                    .all(|(k, v)| match props.and_then(|p| p.get(k)) {
                        Some(s) => {
                            self.spec.deref(s).get("readOnly") != Some(&Value::Bool(true))
                                && self.fits(s, v, depth + 1)
                        }
                        None => schema.get("additionalProperties") != Some(&Value::Bool(false)),
                    })
            }
            _ => false,
        }
    }

    /// Whether `value` fits `schema` as it is or as the same text read another way (the
    /// string "1" as the number 1, and back), as a value sent as text may be read.
    fn fits_as_text(&self, schema: &Value, value: &Value) -> bool {
        if self.fits(schema, value, 0) {
            return true;
        }
        let text = match value {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            _ => return false,
        };
        let read: Option<Value> = serde_json::from_str(&text).ok();
        [Some(Value::String(text)), read]
            .into_iter()
            .flatten()
            .any(|alt| self.fits(schema, &alt, 0))
    }

    fn string_fits(&self, schema: &Value, s: &str) -> bool {
        let length = s.chars().count();
        let min = schema.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
        let max = schema
            .get("maxLength")
            .and_then(Value::as_u64)
            .map_or(usize::MAX, |m| m as usize);
        if length < min || length > max {
            return false;
        }
        if let Some(pattern) = schema.get("pattern").and_then(Value::as_str)
            && let Ok(re) = regex::Regex::new(pattern)
            && !re.is_match(s)
        {
            return false;
        }
        match schema.get("format").and_then(Value::as_str).unwrap_or("") {
            "date-time" => s.len() >= 20 && s.as_bytes()[4] == b'-' && s.as_bytes()[10] == b'T',
            "date" => s.len() == 10 && s.as_bytes()[4] == b'-' && s.as_bytes()[7] == b'-',
            "uri" | "url" => s.split_once("://").is_some_and(|(scheme, rest)| {
                !scheme.is_empty()
                    && scheme
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                    && !rest.is_empty()
                    && !rest.contains(' ')
            }),
            "email" => s.contains('@') && !s.contains(' '),
            "uuid" => s.len() == 36 && s.chars().all(|c| c.is_ascii_hexdigit() || c == '-'),
            "ipv4" => s.parse::<std::net::Ipv4Addr>().is_ok(),
            "ipv6" => s.parse::<std::net::Ipv6Addr>().is_ok(),
            _ => true,
        }
    }
}

/// A regex without its anchors (`^`, `$`, word boundaries), which a generator cannot make
/// but which every string it makes from the rest still meets where they stood at the ends.
fn without_anchors(hir: regex_syntax::hir::Hir) -> regex_syntax::hir::Hir {
    use regex_syntax::hir::{Hir, HirKind};
    match hir.into_kind() {
        HirKind::Look(_) => Hir::empty(),
        HirKind::Concat(parts) => Hir::concat(parts.into_iter().map(without_anchors).collect()),
        HirKind::Alternation(parts) => {
            Hir::alternation(parts.into_iter().map(without_anchors).collect())
        }
        HirKind::Repetition(mut r) => {
            r.sub = Box::new(without_anchors(*r.sub));
            Hir::repetition(r)
        }
        HirKind::Capture(mut c) => {
            c.sub = Box::new(without_anchors(*c.sub));
            Hir::capture(c)
        }
        HirKind::Literal(literal) => Hir::literal(literal.0),
        HirKind::Class(class) => Hir::class(class),
        HirKind::Empty => Hir::empty(),
    }
}

/// The bounds of a number: `minimum`, `maximum`, and 3.0's boolean or 3.1's numeric
/// `exclusiveMinimum` / `exclusiveMaximum`.
fn bounds(schema: &Value) -> (Option<f64>, Option<f64>, bool, bool) {
    let mut min = schema.get("minimum").and_then(Value::as_f64);
    let mut max = schema.get("maximum").and_then(Value::as_f64);
    let mut min_open = schema.get("exclusiveMinimum") == Some(&Value::Bool(true));
    let mut max_open = schema.get("exclusiveMaximum") == Some(&Value::Bool(true));
    if let Some(m) = schema.get("exclusiveMinimum").and_then(Value::as_f64) {
        min = Some(m);
        min_open = true;
    }
    if let Some(m) = schema.get("exclusiveMaximum").and_then(Value::as_f64) {
        max = Some(m);
        max_open = true;
    }
    (min, max, min_open, max_open)
}

fn number_fits(schema: &Value, n: f64) -> bool {
    let (min, max, min_open, max_open) = bounds(schema);
    let above = min.is_none_or(|m| if min_open { n > m } else { n >= m });
    let below = max.is_none_or(|m| if max_open { n < m } else { n <= m });
    let multiple = schema
        .get("multipleOf")
        .and_then(Value::as_f64)
        .is_none_or(|m| m == 0.0 || (n / m).fract().abs() < 1e-9);
    above && below && multiple
}

fn integer(schema: &Value) -> Value {
    let (min, max, min_open, max_open) = bounds(schema);
    let step = schema
        .get("multipleOf")
        .and_then(Value::as_f64)
        .filter(|m| *m >= 1.0)
        .map_or(1, |m| m as i64);
    let low = min.map(|m| {
        if min_open {
            m.floor() as i64 + 1
        } else {
            m.ceil() as i64
        }
    });
    let high = max.map(|m| {
        if max_open {
            m.ceil() as i64 - 1
        } else {
            m.floor() as i64
        }
    });
    let mut n = match (low, high) {
        (Some(l), _) => l.max(1.min(high.unwrap_or(i64::MAX))),
        (None, Some(h)) => h.min(1),
        (None, None) => 1,
    };
    if n % step != 0 {
        n += step - n.rem_euclid(step);
    }
    json!(n)
}

fn number(schema: &Value) -> Value {
    let (min, max, min_open, max_open) = bounds(schema);
    if schema.get("multipleOf").is_some() {
        return integer(schema);
    }
    let mut n = 1.5;
    if let Some(m) = min
        && (n < m || (min_open && n <= m))
    {
        n = if min_open { m + 0.5 } else { m };
    }
    if let Some(m) = max
        && (n > m || (max_open && n >= m))
    {
        n = if max_open { m - 0.5 } else { m };
    }
    json!(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn make(schema: Value) -> Value {
        let spec = Spec::new(json!({ "s": schema }));
        Maker::new(&spec, true).at("/s").expect("schema")
    }

    #[test]
    fn patterns_bounds_and_examples_are_kept() {
        let sid = make(json!({"type": "string", "pattern": "^CA[0-9a-fA-F]{32}$"}));
        let sid = sid.as_str().expect("text");
        assert!(sid.starts_with("CA") && sid.len() == 34, "{sid}");
        assert_eq!(
            make(json!({"type": "integer", "minimum": 5, "maximum": 9})),
            json!(5)
        );
        assert_eq!(make(json!({"type": "integer", "maximum": 0})), json!(0));
        assert_eq!(
            make(json!({"type": "integer", "minimum": 1, "multipleOf": 10})),
            json!(10)
        );
        // An example that breaks its own schema is not taken.
        assert_eq!(
            make(json!({"type": "string", "format": "uri", "example": "/relative"})),
            json!("https://example.com/path")
        );
        assert_eq!(
            make(json!({"type": "string", "example": "given"})),
            json!("given")
        );
        assert_eq!(
            make(json!({"type": ["string", "null"], "enum": [null, "b"]})),
            json!("b")
        );
    }

    #[test]
    fn objects_leave_out_read_only_members_and_follow_refs_anywhere() {
        let spec = Spec::new(json!({
            "components": {"schemas": {"Tag": {"allOf": [{"type": "object", "required": ["name"], "properties": {"name": {"type": "string", "minLength": 10}}}]}}},
            "s": {"type": "object", "required": ["id", "tag"], "properties": {
                "id": {"type": "string", "readOnly": true},
                "tag": {"$ref": "#/components/schemas/Tag/allOf/0"}
            }}
        }));
        let value = Maker::new(&spec, false).at("/s").expect("schema");
        assert_eq!(value, json!({"tag": {"name": "examplexxx"}}));
    }
}
