//! Located problems in a spec: every one carries a JSON pointer (RFC 6901) into the document.

use std::fmt;

/// The stage of the pipeline that found a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    /// Reading the bytes as JSON or YAML and as an OpenAPI 3.0 document.
    Load,
    /// Choosing the operations to generate.
    Select,
    /// Turning the document into the model: `$ref`s, names, types.
    Lower,
    /// Printing Rust code from the model.
    Render,
}

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Nothing is generated.
    #[default]
    Error,
    /// Generation goes on, without what the warning names (`--skip-unsupported`).
    Warning,
}

/// One problem, where it is, and how to fix it when that is known.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// The stage that found it.
    pub stage: Stage,
    /// An error, or a warning about something left out.
    #[serde(skip_serializing_if = "Severity::is_error")]
    pub severity: Severity,
    /// The spec's file name, in a crate made of several specs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spec: Option<String>,
    /// JSON pointer into the spec (`""` is the whole document).
    pub pointer: String,
    /// What is wrong.
    pub message: String,
    /// How to fix it, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A problem found by `stage` at `pointer`.
    pub fn new(stage: Stage, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            stage,
            severity: Severity::Error,
            spec: None,
            pointer: pointer.into(),
            message: message.into(),
            hint: None,
        }
    }

    /// The same problem, as found by `stage`.
    #[must_use]
    pub fn with_stage(mut self, stage: Stage) -> Self {
        self.stage = stage;
        self
    }

    /// The same problem, as a warning: generation goes on without what it names.
    #[must_use]
    pub fn as_warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// The same problem, found in the spec named `spec` (of a crate made of several).
    #[must_use]
    pub fn in_spec(mut self, spec: impl Into<String>) -> Self {
        self.spec = Some(spec.into());
        self
    }

    /// Adds a hint on how to fix the problem.
    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pointer = if self.pointer.is_empty() {
            "(document root)"
        } else {
            &self.pointer
        };
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let spec = self.spec.as_deref().unwrap_or("");
        write!(f, "{label}: {}\n  --> {spec}#{pointer}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
    }
}

impl Severity {
    fn is_error(&self) -> bool {
        *self == Severity::Error
    }
}

/// All the problems one stage found. A stage reports every problem it sees, not only the first.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Records a problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The problems, in the order they were found.
    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    /// `Ok(value)` if nothing was recorded, else all the problems: the end of a stage.
    pub fn finish<T>(self, value: T) -> Result<T, Diagnostics> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Self(vec![d])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            writeln!(f, "{d}")?;
        }
        let n = self.0.len();
        write!(f, "{n} problem{} found", if n == 1 { "" } else { "s" })
    }
}

impl std::error::Error for Diagnostics {}

/// Escapes one reference token of a JSON pointer (RFC 6901: `~` is `~0`, `/` is `~1`).
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Undoes [`escape`].
pub fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// The tokens of a local `$ref` (`#/components/schemas/Pet`), unescaped: the fragment is
/// percent-decoded first, as a JSON pointer in a URI fragment is written (RFC 6901, section 6:
/// `#/paths/~1jobs~1%7Bid%7D`). `None` for a reference into another document.
pub fn ref_tokens(reference: &str) -> Option<Vec<String>> {
    let fragment = reference.strip_prefix('#')?;
    let decoded = percent_encoding::percent_decode_str(fragment)
        .decode_utf8()
        .ok()?;
    if decoded.is_empty() {
        return Some(Vec::new());
    }
    let rest = decoded.strip_prefix('/')?;
    Some(rest.split('/').map(unescape).collect())
}

/// The JSON pointer a local `$ref` names (`#/paths/~1jobs~1%7Bid%7D` is
/// `/paths/~1jobs~1{id}`), or `None` for a reference into another document.
pub fn ref_pointer(reference: &str) -> Option<String> {
    ref_tokens(reference).map(pointer)
}

/// Builds a pointer from tokens, escaping each.
pub fn pointer<I, S>(tokens: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out = String::new();
    for t in tokens {
        out.push('/');
        out.push_str(&escape(t.as_ref()));
    }
    out
}

/// Appends one token to a pointer.
pub fn child(base: &str, token: impl AsRef<str>) -> String {
    format!("{base}/{}", escape(token.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_escaping_follows_rfc_6901() {
        assert_eq!(
            pointer(["paths", "/2010-04-01/Accounts/{AccountSid}.json", "post"]),
            "/paths/~12010-04-01~1Accounts~1{AccountSid}.json/post"
        );
        assert_eq!(escape("a~b/c"), "a~0b~1c");
        assert_eq!(unescape("a~0b~1c"), "a~b/c");
        assert_eq!(unescape(&escape("~1")), "~1");
    }
}
