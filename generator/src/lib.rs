//! Generates a typed, documented Rust client crate from an OpenAPI 3.0 or 3.1 description.
//!
//! The engine does no file I/O: [`generate`] takes the spec's bytes and returns every file of
//! the generated crate in memory. Around it, [`Config::resolve`] reads a selection file as the
//! command line's flags say, and [`output`] reads inputs and writes through one all-or-nothing
//! [`output::Transaction`]; the `generator` binary only parses arguments and calls them.
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
pub mod output;
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

/// What the command line asks to generate, before the selection file is read; see
/// [`Config::resolve`].
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The spec (`--spec`).
    pub spec: Option<std::path::PathBuf>,
    /// The selection file (`--select`).
    pub select: Option<std::path::PathBuf>,
    /// The selection file read when none is given (`spec/select.yaml` of the repository).
    pub default_select: std::path::PathBuf,
    /// The selection the flags make (`--all`, `--operation`, `--tag`, `--path-prefix`).
    pub selection: Selection,
    /// The package name (`--package`).
    pub package: Option<String>,
    /// Leave out what cannot be expressed (`--skip-unsupported`).
    pub skip_unsupported: bool,
    /// The bounds on what is read (`--set-limit`).
    pub limits: Limits,
}

/// A [`Config`], with the files it came from.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// What to generate.
    pub config: Config,
    /// The spec's file.
    pub spec_path: std::path::PathBuf,
    /// The selection file, read or not.
    pub select_path: std::path::PathBuf,
    /// The selection file's text and contents, when it was read.
    pub select_file: Option<(String, SelectionFile)>,
}

impl Config {
    /// Resolves what the command line asks for against its selection file:
    ///
    /// - the selection file is read when it is named, when no spec is named, or when the flags
    ///   select nothing;
    /// - the spec is the one named, else the one the selection file names (beside it);
    /// - the selection is the flags' when they select anything, else the file's;
    /// - the package (unless named), version, quick start and changelog (`CHANGELOG.md` beside
    ///   the file) come from the selection file when it describes this spec: no spec is named,
    ///   or the file is named too.
    ///
    /// # Errors
    ///
    /// A message naming the file that cannot be read or parsed, or saying that there is no
    /// spec.
    pub fn resolve(request: &Request) -> Result<Resolved, String> {
        use std::path::Path;
        let select_path = request
            .select
            .clone()
            .unwrap_or_else(|| request.default_select.clone());
        let explicit = !request.selection.is_empty();
        let select_file = if request.select.is_some() || request.spec.is_none() || !explicit {
            let text = output::read_text(&select_path, "selection file", 1 << 20)?;
            let file = SelectionFile::parse(&text)
                .map_err(|e| format!("error: {}: {e}", select_path.display()))?;
            Some((text, file))
        } else {
            None
        };
        let file = select_file.as_ref().map(|(_, f)| f);
        let spec_path = match (&request.spec, file) {
            (Some(p), _) => p.clone(),
            (None, Some(f)) => select_path.parent().unwrap_or(Path::new(".")).join(&f.spec),
            (None, None) => return Err("error: no spec: pass --spec or a selection file".into()),
        };
        let spec_name = spec_path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let from_file = file.filter(|_| request.spec.is_none() || request.select.is_some());
        let selection = if explicit {
            request.selection.clone()
        } else {
            file.map(SelectionFile::selection).unwrap_or_default()
        };
        let changelog = match from_file {
            Some(_) => {
                let path = select_path
                    .parent()
                    .unwrap_or(Path::new("."))
                    .join("CHANGELOG.md");
                if path.exists() {
                    Some(output::read_text(&path, "changelog", 16 << 20)?)
                } else {
                    None
                }
            }
            None => None,
        };
        let config = Config {
            selection,
            spec_name,
            package: request
                .package
                .clone()
                .or_else(|| from_file.and_then(|f| f.package.clone())),
            version: from_file
                .and_then(|f| f.version.clone())
                .unwrap_or_else(|| "0.1.0".to_owned()),
            quickstart: from_file.and_then(|f| f.quickstart.clone()),
            limits: request.limits,
            changelog,
            skip_unsupported: request.skip_unsupported,
        };
        Ok(Resolved {
            config,
            spec_path,
            select_path,
            select_file,
        })
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
