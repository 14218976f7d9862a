//! Which operations of a spec go into the generated crate.
//!
//! The selection lives in a file beside the spec (`spec/select.yaml`), so that changing what is
//! generated is a data change, not a code change. It names operations by `operationId`, by tag,
//! or by path prefix; an operation is selected when any of the lists matches it.

use serde::Deserialize;

/// HTTP methods in the order OpenAPI lists them in a path item.
pub const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];

/// What to generate, read from the selection file or built from command-line flags.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Selection {
    /// Every operation of the spec.
    #[serde(default)]
    pub all: bool,
    /// Operations by `operationId`.
    #[serde(default)]
    pub operations: Vec<String>,
    /// Operations carrying one of these tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Operations whose path starts with one of these.
    #[serde(default)]
    pub path_prefixes: Vec<String>,
}

impl Selection {
    /// Selects every operation.
    pub fn all() -> Self {
        Self {
            all: true,
            ..Self::default()
        }
    }

    /// Whether nothing at all would be selected.
    pub fn is_empty(&self) -> bool {
        !self.all
            && self.operations.is_empty()
            && self.tags.is_empty()
            && self.path_prefixes.is_empty()
    }

    /// Whether the operation at `path` with this id and these tags is selected.
    pub fn matches(&self, path: &str, operation_id: Option<&str>, tags: &[String]) -> bool {
        self.all
            || operation_id.is_some_and(|id| self.operations.iter().any(|o| o == id))
            || tags.iter().any(|t| self.tags.contains(t))
            || self
                .path_prefixes
                .iter()
                .any(|p| path.starts_with(p.as_str()))
    }
}

/// The selection file: the spec it applies to, the package to generate, and the selection.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SelectionFile {
    /// The spec file, relative to the selection file (empty when `specs` names several).
    #[serde(default)]
    pub spec: String,
    /// The specs of a crate made of several (`specs:`), each with its own selection: the crate
    /// has a module per spec. Empty for a crate of one spec.
    #[serde(default)]
    pub specs: Vec<SpecEntry>,
    /// The generated package's name; derived from the spec's file name when absent.
    #[serde(default)]
    pub package: Option<String>,
    /// The generated package's version.
    #[serde(default)]
    pub version: Option<String>,
    /// The operation the generated crate's quick start calls.
    #[serde(default)]
    pub quickstart: Option<String>,
    /// Every operation of the spec.
    #[serde(default)]
    pub all: bool,
    /// Operations by `operationId`.
    #[serde(default)]
    pub operations: Vec<String>,
    /// Operations carrying one of these tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Operations whose path starts with one of these.
    #[serde(default)]
    pub path_prefixes: Vec<String>,
}

/// One spec of a crate made of several, and what is selected from it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecEntry {
    /// The spec file, relative to the selection file.
    pub spec: String,
    /// Every operation of the spec.
    #[serde(default)]
    pub all: bool,
    /// Operations by `operationId`.
    #[serde(default)]
    pub operations: Vec<String>,
    /// Operations carrying one of these tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Operations whose path starts with one of these.
    #[serde(default)]
    pub path_prefixes: Vec<String>,
}

impl SpecEntry {
    /// The selection this entry describes.
    pub fn selection(&self) -> Selection {
        Selection {
            all: self.all,
            operations: self.operations.clone(),
            tags: self.tags.clone(),
            path_prefixes: self.path_prefixes.clone(),
        }
    }
}

impl SelectionFile {
    /// Reads a selection file (YAML, of which JSON is a subset).
    ///
    /// # Errors
    ///
    /// A located message when the text is not a valid selection file.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut options = serde_saphyr::Options::default();
        options.with_snippet = false;
        let mut path = String::new();
        serde_saphyr::with_deserializer_from_str_with_options(text, options, |de| {
            serde_path_to_error::deserialize(de).map_err(|e| {
                path = e.path().to_string();
                e.into_inner()
            })
        })
        .map_err(|e| format!("{e} (at `{path}`)"))
        .and_then(|file: Self| {
            match (file.spec.is_empty(), file.specs.is_empty()) {
            (false, true) | (true, false) => Ok(file),
            (true, true) => Err("the file names no spec: give `spec` or `specs`".to_owned()),
            (false, false) => Err(
                "the file names both `spec` and `specs`: give one spec, or list them all in `specs`"
                    .to_owned(),
            ),
        }
        })
    }

    /// The selection this file describes.
    pub fn selection(&self) -> Selection {
        Selection {
            all: self.all,
            operations: self.operations.clone(),
            tags: self.tags.clone(),
            path_prefixes: self.path_prefixes.clone(),
        }
    }
}

/// The package name for a spec file: `twilio_messaging_v1.json` gives `twilio-messaging-v1`.
pub fn package_name_for(spec_file_name: &str) -> String {
    let stem = spec_file_name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(spec_file_name)
        .trim_end_matches(".json")
        .trim_end_matches(".yaml")
        .trim_end_matches(".yml");
    let name: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let name = name.trim_matches('-').to_owned();
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("api-{name}")
    } else if crate::ident::is_keyword(&name.replace('-', "_")) {
        // `box.json` cannot make a library called `box`.
        format!("{name}-api")
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_names_come_from_file_names() {
        assert_eq!(
            package_name_for("twilio_messaging_v1.json"),
            "twilio-messaging-v1"
        );
        assert_eq!(
            package_name_for("../spec/twilio_api_v2010.json"),
            "twilio-api-v2010"
        );
        assert_eq!(package_name_for("2024.yaml"), "api-2024");
        assert_eq!(package_name_for("box.json"), "box-api");
    }

    #[test]
    fn selection_file_parses_and_matches() {
        let f = SelectionFile::parse(
            "spec: a.json\noperations: [CreateX]\ntags: [T]\npath_prefixes: [/v1/Y]\n",
        )
        .expect("valid");
        assert!(f.selection().matches("/z", Some("CreateX"), &[]));
        assert!(f.selection().matches("/z", None, &["T".to_owned()]));
        assert!(f.selection().matches("/v1/Y/Z", None, &[]));
        assert!(!f.selection().matches("/v1/Z", Some("Other"), &[]));
        let err = SelectionFile::parse("spec: a.json\noperation: [x]\n").expect_err("typo");
        assert!(err.contains("operation"), "{err}");
    }
}
