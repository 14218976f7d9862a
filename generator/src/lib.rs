//! Generates a typed, documented Rust client crate from an OpenAPI 3.0 or 3.1 description.
//!
//! The library is the whole engine and does no file I/O: [`generate`] takes the spec's bytes and
//! returns every file of the generated crate in memory. The `generator` binary reads and writes
//! files around it.
//!
//! The pipeline: bytes → [`load`] (`openapiv3`) → [`lower`] ([`model::Api`], plain data) →
//! [`render`] (`quote!` items in askama file templates → `syn::parse_file` → `prettyplease`).

pub mod diag;
pub mod diff;
pub mod docs;
pub mod ident;
pub mod limits;
pub mod load;
pub mod lower;
pub mod model;
pub mod render;
pub mod select;
pub mod update;

pub use diag::{Diagnostic, Diagnostics, Stage};
pub use limits::Limits;
pub use render::Files;
pub use select::{Selection, SelectionFile};

/// What to generate and how to name it.
#[derive(Debug, Clone)]
pub struct Config {
    /// Which operations.
    pub selection: Selection,
    /// The spec's file name, used in "generated from" notes and, when `package` is not given,
    /// to name the package.
    pub spec_name: String,
    /// The package name; derived from `spec_name` when `None`.
    pub package: Option<String>,
    /// The package version.
    pub version: String,
    /// The operation the crate's quick start calls.
    pub quickstart: Option<String>,
    /// How much of a spec is read before it is refused.
    pub limits: Limits,
    /// The crate's `CHANGELOG.md`, copied into it as it is (`spec/CHANGELOG.md`, which
    /// `generator update` writes); none when `None`.
    pub changelog: Option<String>,
    /// Leave out, with a warning, what the generator cannot express yet, rather than refusing
    /// the spec (`--skip-unsupported`).
    pub skip_unsupported: bool,
}

impl Config {
    /// Every operation of the spec named `spec_name`.
    pub fn all(spec_name: impl Into<String>) -> Self {
        Self {
            selection: Selection::all(),
            spec_name: spec_name.into(),
            package: None,
            version: "0.1.0".to_owned(),
            quickstart: None,
            limits: Limits::default(),
            changelog: None,
            skip_unsupported: false,
        }
    }
}

/// The generated crate and what went into it.
#[derive(Debug, Clone)]
pub struct Generated {
    /// Every file, by path relative to the crate root.
    pub files: Files,
    /// The model the files were rendered from.
    pub api: model::Api,
    /// How many operations the whole spec has.
    pub total_operations: usize,
    /// What was left out, each at its JSON pointer.
    pub warnings: Vec<Diagnostic>,
}

/// Reads the spec and builds the model, without rendering.
///
/// # Errors
///
/// All the problems of the first stage that found any, each with its JSON pointer.
pub fn model(spec: &[u8], config: &Config) -> Result<(model::Api, usize), Diagnostics> {
    model_with_warnings(spec, config).map(|(lowered, total)| (lowered.api, total))
}

/// [`model`], with the warnings about what was left out.
fn model_with_warnings(
    spec: &[u8],
    config: &Config,
) -> Result<(lower::Lowered, usize), Diagnostics> {
    if config.selection.is_empty() {
        return Err(Diagnostic::new(Stage::Select, "", "nothing is selected")
            .with_hint(
                "name operations, tags or path prefixes in the selection file, or pass --all",
            )
            .into());
    }
    let document = load::load(spec, &config.selection, &config.limits)?;
    let package = config
        .package
        .clone()
        .unwrap_or_else(|| select::package_name_for(&config.spec_name));
    let options = lower::Options {
        package,
        version: config.version.clone(),
        schema_depth: config.limits.schema_depth,
        skip_unsupported: config.skip_unsupported,
    };
    let mut lowered = lower::lower(&document, &options)?;
    // The slips read in their one sensible way come first: they were met first.
    let mut warnings = document.warnings;
    warnings.append(&mut lowered.warnings);
    lowered.warnings = warnings;
    Ok((lowered, document.total_operations))
}

/// Generates the crate for `spec` (JSON or YAML bytes).
///
/// # Errors
///
/// All the problems of the first stage that found any, each with its JSON pointer.
pub fn generate(spec: &[u8], config: &Config) -> Result<Generated, Diagnostics> {
    let package = config
        .package
        .clone()
        .unwrap_or_else(|| select::package_name_for(&config.spec_name));
    let lib_name = package.replace('-', "_");
    // What does not depend on the spec is rendered on another thread while the spec is read.
    let (statics, modeled) = std::thread::scope(|scope| {
        let statics = scope.spawn(|| render::render_static(&lib_name));
        let modeled = model_with_warnings(spec, config);
        (statics.join(), modeled)
    });
    let (lower::Lowered { api, warnings }, total_operations) = modeled?;
    let statics = statics.unwrap_or_else(|_| {
        Err(Diagnostic::new(Stage::Render, "", "the rendering thread failed").into())
    })?;
    let options = render::RenderOptions {
        spec_name: config.spec_name.clone(),
        quickstart: config.quickstart.clone(),
    };
    let mut files = render::render(&api, &options, statics)?;
    if let Some(changelog) = &config.changelog {
        files.insert("CHANGELOG.md".to_owned(), changelog.clone());
    }
    Ok(Generated {
        files,
        api,
        total_operations,
        warnings,
    })
}
