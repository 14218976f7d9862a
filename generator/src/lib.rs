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
    /// The specs of a crate made of several, each with its own selection, in the order their
    /// bytes are given to [`generate_many`]; empty for a crate of one spec (then `spec_name`
    /// and `selection` say what it is).
    pub products: Vec<ProductConfig>,
}

/// One spec of a crate made of several: its file's name and what is selected from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProductConfig {
    /// The spec's file name (`twilio_verify_v2.json`): it names the product's module.
    pub spec_name: String,
    /// Which of its operations.
    pub selection: Selection,
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
            products: Vec::new(),
        }
    }
}

/// What the command line asks to generate, before the selection file is read; see
/// [`Config::resolve`].
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// The specs (`--spec`, repeatable: several make one crate with a module per spec).
    pub specs: Vec<std::path::PathBuf>,
    /// A folder whose every spec goes into one crate (`--spec-dir`).
    pub spec_dir: Option<std::path::PathBuf>,
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
    /// The spec's file (the first, for a crate of several).
    pub spec_path: std::path::PathBuf,
    /// Every spec's file, in the order of [`Config::products`] (one for a crate of one spec).
    pub spec_paths: Vec<std::path::PathBuf>,
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
    /// - the specs are the ones named (`--spec`, repeatable, and every spec in `--spec-dir`),
    ///   else the one or the list (`specs:`) the selection file names (beside it); several
    ///   make one crate with a module per spec ([`Config::products`]);
    /// - the selection is the flags' when they select anything, else the file's (for a named
    ///   spec, its selection applies to each); a `specs:` list gives each spec its own;
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
        let mut named = request.specs.clone();
        if let Some(dir) = &request.spec_dir {
            named.extend(specs_in(dir)?);
        }
        let select_file = if request.select.is_some() || named.is_empty() || !explicit {
            let text = output::read_text(&select_path, "selection file", 1 << 20)?;
            let file = SelectionFile::parse(&text)
                .map_err(|e| format!("error: {}: {e}", select_path.display()))?;
            Some((text, file))
        } else {
            None
        };
        let file = select_file.as_ref().map(|(_, f)| f);
        let beside = |name: &str| select_path.parent().unwrap_or(Path::new(".")).join(name);
        let name_of = |path: &Path| {
            path.file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let flags_selection = || {
            if explicit {
                request.selection.clone()
            } else {
                file.map(SelectionFile::selection).unwrap_or_default()
            }
        };
        // The specs, each with its selection: the ones named (the flags' selection for each),
        // else the file's.
        let specs: Vec<(std::path::PathBuf, Selection)> = match (named.as_slice(), file) {
            ([], Some(f)) if !f.specs.is_empty() => f
                .specs
                .iter()
                .map(|e| (beside(&e.spec), e.selection()))
                .collect(),
            ([], Some(f)) => vec![(beside(&f.spec), flags_selection())],
            ([], None) => return Err("error: no spec: pass --spec or a selection file".into()),
            (paths, _) => paths
                .iter()
                .map(|p| (p.clone(), flags_selection()))
                .collect(),
        };
        let many = specs.len() > 1 || file.is_some_and(|f| !f.specs.is_empty() && named.is_empty());
        let spec_path = specs[0].0.clone();
        let spec_name = name_of(&spec_path);
        let from_file = file.filter(|_| named.is_empty() || request.select.is_some());
        let changelog = match from_file {
            Some(_) => {
                let path = beside("CHANGELOG.md");
                if path.exists() {
                    Some(output::read_text(&path, "changelog", 16 << 20)?)
                } else {
                    None
                }
            }
            None => None,
        };
        let products = if many {
            specs
                .iter()
                .map(|(path, selection)| ProductConfig {
                    spec_name: name_of(path),
                    selection: selection.clone(),
                })
                .collect()
        } else {
            Vec::new()
        };
        let config = Config {
            selection: specs[0].1.clone(),
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
            products,
        };
        Ok(Resolved {
            config,
            spec_path,
            spec_paths: specs.into_iter().map(|(p, _)| p).collect(),
            select_path,
            select_file,
        })
    }
}

/// The specs in `dir` (`.json`, `.yaml`, `.yml`), by name.
fn specs_in(dir: &std::path::Path) -> Result<Vec<std::path::PathBuf>, String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("error: cannot read the spec folder {}: {e}", dir.display()))?;
    let mut specs = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("error: cannot read the spec folder {}: {e}", dir.display()))?
            .path();
        let is_spec = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e, "json" | "yaml" | "yml"));
        if is_spec && path.is_file() {
            specs.push(path);
        }
    }
    if specs.is_empty() {
        return Err(format!(
            "error: the spec folder {} holds no spec (.json, .yaml or .yml)",
            dir.display()
        ));
    }
    specs.sort();
    Ok(specs)
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

/// The crate made of several specs and what went into it.
#[derive(Debug, Clone)]
pub struct GeneratedMany {
    /// Every file, by path relative to the crate root.
    pub files: Files,
    /// Each product's model, in the order of [`Config::products`].
    pub apis: Vec<model::Api>,
    /// The SID types the products share.
    pub sids: std::collections::BTreeMap<String, model::SidKind>,
    /// How many operations the specs have in all.
    pub total_operations: usize,
    /// What was left out, each at its JSON pointer and with its spec's name.
    pub warnings: Vec<Diagnostic>,
}

/// Generates one crate from several specs (their bytes in the order of
/// [`Config::products`]): a module per spec, behind a cargo feature of the module's name, one
/// client, and the SID types shared.
///
/// # Errors
///
/// Every problem of every spec, each with its spec's name and its JSON pointer; or that the
/// specs authenticate differently (one client cannot serve them).
pub fn generate_many(specs: &[Vec<u8>], config: &Config) -> Result<GeneratedMany, Diagnostics> {
    use rayon::prelude::*;
    if config.products.is_empty() || config.products.len() != specs.len() {
        return Err(Diagnostic::new(
            Stage::Select,
            "",
            "a crate of several specs needs each spec's name and selection",
        )
        .into());
    }
    let first_word = config.products[0]
        .spec_name
        .split(['_', '-', '.'])
        .next()
        .unwrap_or("api")
        .to_ascii_lowercase();
    let package = config.package.clone().unwrap_or(first_word);
    let lib_name = package.replace('-', "_");
    let (statics, lowered) = rayon::join(
        || render::render_static(&lib_name),
        || {
            config
                .products
                .par_iter()
                .zip(specs)
                .map(|(product, bytes)| {
                    let one = Config {
                        selection: product.selection.clone(),
                        spec_name: product.spec_name.clone(),
                        package: Some(package.clone()),
                        products: Vec::new(),
                        changelog: None,
                        ..config.clone()
                    };
                    model_with_warnings(bytes, &one).map_err(|diags| {
                        Diagnostics(
                            diags
                                .0
                                .into_iter()
                                .map(|d| d.in_spec(product.spec_name.clone()))
                                .collect(),
                        )
                    })
                })
                .collect::<Vec<_>>()
        },
    );
    let mut diags = Diagnostics::default();
    let mut apis = Vec::new();
    let mut warnings = Vec::new();
    let mut total_operations = 0;
    let mut names = Vec::new();
    for (result, product) in lowered.into_iter().zip(&config.products) {
        match result {
            Ok((lowered, total)) => {
                warnings.extend(
                    lowered
                        .warnings
                        .into_iter()
                        .map(|w| w.in_spec(product.spec_name.clone())),
                );
                total_operations += total;
                // A spec with no operation to call would be a module with nothing in it.
                if lowered.api.operations.is_empty() {
                    warnings.push(
                        Diagnostic::new(
                            Stage::Select,
                            "/paths",
                            "no operation is selected (or the spec has none): it adds nothing to the crate, and is left out",
                        )
                        .as_warning()
                        .in_spec(product.spec_name.clone()),
                    );
                    continue;
                }
                names.push(product.spec_name.clone());
                apis.push(lowered.api);
            }
            Err(found) => diags.0.extend(found.0),
        }
    }
    diags.finish(())?;
    if apis.is_empty() {
        return Err(
            Diagnostic::new(Stage::Select, "", "no spec has an operation selected")
                .with_hint("select operations in at least one spec, or pass --all")
                .into(),
        );
    }
    let mut problems = Diagnostics::default();
    for (api, name) in apis.iter().zip(&names).skip(1) {
        if api.auth != apis[0].auth {
            problems.push(
                Diagnostic::new(
                    Stage::Lower,
                    "/components/securitySchemes",
                    format!(
                        "its requests authenticate differently from {}'s, and a crate of several specs has one client",
                        names[0]
                    ),
                )
                .in_spec(name.clone())
                .with_hint("generate a crate of its own for it"),
            );
        }
    }
    problems.finish(())?;
    let products = lower::products::products(&names, &apis)?;
    for (api, product) in apis.iter_mut().zip(products.iter()) {
        api.product = Some(product.clone());
    }
    let sids = lower::products::share_sids(&mut apis, &products);
    let statics = statics?;
    let options = render::ManyOptions {
        package,
        version: config.version.clone(),
    };
    let mut files = render::render_many(&apis, &sids, &options, statics)?;
    if let Some(changelog) = &config.changelog {
        files.insert("CHANGELOG.md".to_owned(), changelog.clone());
    }
    Ok(GeneratedMany {
        files,
        apis,
        sids,
        total_operations,
        warnings,
    })
}
