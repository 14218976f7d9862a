//! The `generator` command: reads a spec and a selection, writes the generated crate.
//!
//! This file parses the arguments and runs one function per command (`generate`, `diff`,
//! `update`), each a few library calls: [`Config::resolve`] reads the selection as the flags say,
//! [`generator::generate`] makes the crate in memory, and [`output::Transaction`] writes it (and,
//! for `update`, the spec, the selection file and the changelog) all or nothing.
//!
//! Nothing here panics on what it is given: a closed stdout (`| head`) ends the output quietly
//! and a closed stderr is ignored; the library refuses bad inputs and output folders.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};
use generator::output::{self, Transaction};
use generator::{Config, Limits, Request, Selection};

/// Generation builds and drops millions of small token trees and syntax nodes; mimalloc's
/// thread-local free lists make that markedly cheaper than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Generates a typed Rust client crate from an OpenAPI 3.0 description.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    #[command(flatten)]
    generate: GenerateArgs,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Reports what changed in the API between two specs, and what breaks a client.
    Diff(DiffArgs),
    /// Takes a new spec: shows the report, copies the spec into spec/, regenerates, raises the
    /// crate's version by the bump and adds a CHANGELOG entry. All or nothing.
    Update(UpdateArgs),
}

#[derive(Debug, Args)]
struct UpdateArgs {
    /// The new spec.
    new_spec: PathBuf,
    /// Show the report and what would change; write nothing.
    #[arg(long)]
    dry_run: bool,
    /// The selection file, which names the current spec. Default: spec/select.yaml of this
    /// repository.
    #[arg(long)]
    select: Option<PathBuf>,
    /// The generated crate. Default: generated/ of this repository.
    #[arg(long)]
    out: Option<PathBuf>,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Debug, Args)]
struct DiffArgs {
    /// The older spec.
    old: PathBuf,
    /// The newer spec.
    new: PathBuf,
    /// `text` for people, `markdown` for a pull request or a changelog, `json` for tools.
    #[arg(long, value_enum, default_value = "text")]
    format: DiffFormat,
    /// Exit 1 when any change breaks a client.
    #[arg(long)]
    fail_on_breaking: bool,
    /// Also report changes to descriptions (never breaking).
    #[arg(long)]
    include_docs: bool,
    #[command(flatten)]
    limits: LimitArgs,
}

#[derive(Debug, Args)]
struct LimitArgs {
    /// Raise or lower a bound on what is read (repeatable): spec-bytes, depth, members,
    /// string-bytes, operations, yaml-nodes, schema-depth. See the README's "Guarantees".
    #[arg(long = "set-limit", value_name = "NAME=VALUE")]
    set_limit: Vec<String>,
}

impl LimitArgs {
    fn limits(&self) -> Result<Limits, String> {
        let mut limits = Limits::default();
        for assignment in &self.set_limit {
            limits
                .set_from(assignment)
                .map_err(|e| format!("error: --set-limit: {e}"))?;
        }
        Ok(limits)
    }
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum DiffFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Debug, Args)]
struct GenerateArgs {
    /// The spec (JSON or YAML). Default: the one named in the selection file. Repeat it to
    /// make one crate of several specs, a module and a cargo feature per spec.
    #[arg(long)]
    spec: Vec<PathBuf>,
    /// Make one crate of every spec in this folder (`.json`, `.yaml`, `.yml`), a module and a
    /// cargo feature per spec.
    #[arg(long, value_name = "DIR")]
    spec_dir: Option<PathBuf>,
    /// Where the crate goes. Default: generated/ of this repository.
    #[arg(long)]
    out: Option<PathBuf>,
    /// The selection file. Default: spec/select.yaml of this repository.
    #[arg(long)]
    select: Option<PathBuf>,
    /// Generate every operation of the spec.
    #[arg(long)]
    all: bool,
    /// Generate this operation (by operationId); repeatable.
    #[arg(long = "operation", value_name = "OPERATION_ID")]
    operations: Vec<String>,
    /// Generate the operations with this tag; repeatable.
    #[arg(long = "tag")]
    tags: Vec<String>,
    /// Generate the operations whose path starts with this; repeatable.
    #[arg(long = "path-prefix")]
    path_prefixes: Vec<String>,
    /// The package name. Default: from the selection file, or from the spec's file name.
    #[arg(long)]
    package: Option<String>,
    /// Write nothing; exit 1 with a unified diff if the output folder is not what would be
    /// generated.
    #[arg(long)]
    check: bool,
    /// Leave out, with a warning naming its JSON pointer, each operation or property the
    /// generator cannot express yet, and generate the rest. Without it, such a construct
    /// anywhere in the selection refuses the whole spec, with every problem listed.
    #[arg(long)]
    skip_unsupported: bool,
    #[command(flatten)]
    limits: LimitArgs,
}

/// The repository root: the generator's own crate is `generator/` in it.
fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Diff(args)) => diff(&args),
        Some(Command::Update(args)) => update(&args).unwrap_or_else(|e| {
            // Every failure but an interrupted write leaves the files as they were.
            if e.contains(output::INTERRUPTED) || e.ends_with("nothing was changed") {
                fail(e)
            } else {
                fail(format!("{e}\nnothing was changed"))
            }
        }),
        None => generate(&cli.generate).unwrap_or_else(fail),
    }
}

/// `diff OLD NEW`: exit 0, or 1 with `--fail-on-breaking` and a breaking change; 2 if a spec
/// cannot be read.
fn diff(args: &DiffArgs) -> ExitCode {
    let limits = match args.limits.limits() {
        Ok(l) => l,
        Err(e) => {
            say_err(&e);
            return ExitCode::from(2);
        }
    };
    let read = |path: &Path| output::read_input(path, "spec", limits.spec_bytes);
    let (old, new) = match (read(&args.old), read(&args.new)) {
        (Ok(o), Ok(n)) => (o, n),
        (Err(e), _) | (_, Err(e)) => {
            say_err(&e);
            return ExitCode::from(2);
        }
    };
    let options = generator::diff::Options {
        include_docs: args.include_docs,
        limits,
    };
    let report = match generator::diff::diff(&old, &new, options) {
        Ok(r) => r,
        Err((side, diags)) => {
            let path = match side {
                generator::diff::Side::Old => &args.old,
                generator::diff::Side::New => &args.new,
            };
            say_err(&format!("{}: cannot be read\n{diags}", path.display()));
            return ExitCode::from(2);
        }
    };
    match args.format {
        DiffFormat::Text => say(&report.to_text()),
        DiffFormat::Json => say(&format!("{}\n", report.to_json())),
        DiffFormat::Markdown => say(&report.to_markdown()),
    }
    if args.fail_on_breaking && report.breaking() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn fail(message: String) -> ExitCode {
    say_err(&message);
    ExitCode::from(1)
}

/// Writes `text` to stdout. A reader that went away (`generator diff A B | head`) is not an
/// error: the rest of the output is dropped quietly, as Unix tools do.
fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

/// Writes a line to stderr; a closed or broken stderr is ignored (there is nowhere else to say
/// it), where `eprintln!` would panic.
fn say_err(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{text}");
}

/// Generates the crate, or with `--check` compares it with the output folder.
fn generate(args: &GenerateArgs) -> Result<ExitCode, String> {
    let started = Instant::now();
    let root = repo_root();
    let request = Request {
        specs: args.spec.clone(),
        spec_dir: args.spec_dir.clone(),
        select: args.select.clone(),
        default_select: root.join("spec/select.yaml"),
        selection: Selection {
            all: args.all,
            operations: args.operations.clone(),
            tags: args.tags.clone(),
            path_prefixes: args.path_prefixes.clone(),
        },
        package: args.package.clone(),
        skip_unsupported: args.skip_unsupported,
        limits: args.limits.limits()?,
    };
    let resolved = Config::resolve(&request)?;
    let (config, spec_path) = (&resolved.config, &resolved.spec_path);
    let out = args.out.clone().unwrap_or_else(|| root.join("generated"));
    let (files, warnings, summary) = if config.products.is_empty() {
        let bytes = output::read_input(spec_path, "spec", config.limits.spec_bytes)?;
        let generated = generator::generate(&bytes, config).map_err(|diags| {
            format!(
                "{}: {} cannot be generated\n{diags}",
                spec_path.display(),
                config.spec_name
            )
        })?;
        let api = &generated.api;
        let summary = format!(
            "{} from {}: {} of {} operations, {} types, {} SID types",
            api.package,
            config.spec_name,
            api.operations.len(),
            generated.total_operations,
            api.types.len(),
            api.sids.len(),
        );
        (generated.files, generated.warnings, summary)
    } else {
        let mut specs = Vec::new();
        for path in &resolved.spec_paths {
            specs.push(output::read_input(path, "spec", config.limits.spec_bytes)?);
        }
        let generated = generator::generate_many(&specs, config).map_err(|diags| {
            format!(
                "the crate of {} specs cannot be generated\n{diags}",
                specs.len()
            )
        })?;
        let apis = &generated.apis;
        let package = apis.first().map_or("", |a| a.package.as_str());
        let summary = format!(
            "{package} from {} specs: {} of {} operations, {} types, {} SID types",
            apis.len(),
            apis.iter().map(|a| a.operations.len()).sum::<usize>(),
            generated.total_operations,
            apis.iter().map(|a| a.types.len()).sum::<usize>(),
            generated.sids.len(),
        );
        (generated.files, generated.warnings, summary)
    };
    for warning in &warnings {
        say_err(&warning.to_string());
    }
    output::check_output_folder(&out)?;
    let existing = output::read_tree(&out)
        .map_err(|e| format!("error: cannot read {}: {e}", out.display()))?;
    if args.check {
        if let Some(diff) = output::unified_diff(&existing, &files) {
            say(&diff);
            let again = if config.products.is_empty() {
                "run `cargo run -p generator`".to_owned()
            } else {
                format!(
                    "run `cargo run -p generator -- --select {} --out {}`",
                    resolved.select_path.display(),
                    out.display()
                )
            };
            say_err(&format!(
                "{} is stale: {again} and commit the result",
                out.display()
            ));
            return Ok(ExitCode::from(1));
        }
        say(&format!(
            "{} is up to date ({} files)\n",
            out.display(),
            files.len()
        ));
        return Ok(ExitCode::SUCCESS);
    }
    let report = Transaction::new()
        .crate_tree(&out, &existing, &files)
        .commit()?;
    say(&format!(
        "{summary} -> {}: {} written, {} unchanged, {} removed in {} ms\n",
        out.display(),
        report.written,
        report.unchanged,
        report.removed,
        started.elapsed().as_millis()
    ));
    Ok(ExitCode::SUCCESS)
}

/// The crate that `update` writes: from the one spec, or from every spec of a crate made of
/// several (the new one in its place); and its package's name.
fn regenerate(
    config: &Config,
    specs: &[Vec<u8>],
    new_spec: &Path,
) -> Result<(generator::Files, String), String> {
    let cannot = |diags| {
        format!(
            "{}: the new spec cannot be generated\n{diags}",
            new_spec.display()
        )
    };
    if config.products.is_empty() {
        let new = specs.first().map(Vec::as_slice).unwrap_or_default();
        let generated = generator::generate(new, config).map_err(cannot)?;
        Ok((generated.files, generated.api.package))
    } else {
        let generated = generator::generate_many(specs, config).map_err(cannot)?;
        let package = generated
            .apis
            .first()
            .map(|a| a.package.clone())
            .unwrap_or_default();
        Ok((generated.files, package))
    }
}

/// In a crate made of several specs, the product whose spec a new one of the name `new_name`
/// replaces (the first, for a crate of one spec).
fn product_to_replace(
    products: &[generator::ProductConfig],
    new_name: &str,
    select_path: &Path,
) -> Result<usize, String> {
    if products.is_empty() {
        return Ok(0);
    }
    products
        .iter()
        .position(|p| p.spec_name == new_name)
        .ok_or_else(|| {
            let names: Vec<&str> = products.iter().map(|p| p.spec_name.as_str()).collect();
            format!(
                "error: {}: no spec of the crate is named {new_name} (it has {})",
                select_path.display(),
                names.join(", ")
            )
        })
}

/// `generator update NEW_SPEC`: everything is worked out in memory first (the report, the new
/// version, the changelog, every generated file); then the spec, the selection file, the
/// changelog and the crate are written in one transaction.
fn update(args: &UpdateArgs) -> Result<ExitCode, String> {
    use generator::update;
    let root = repo_root();
    let request = Request {
        select: Some(
            args.select
                .clone()
                .unwrap_or_else(|| root.join("spec/select.yaml")),
        ),
        limits: args.limits.limits()?,
        ..Request::default()
    };
    let resolved = Config::resolve(&request)?;
    let Some((select_text, _)) = &resolved.select_file else {
        return Err("error: no selection file".to_owned());
    };
    let select_path = &resolved.select_path;
    let limits = resolved.config.limits;
    let new = output::read_input(&args.new_spec, "new spec", limits.spec_bytes)?;
    // In a crate made of several specs, the new spec replaces the one of its name.
    let products = &resolved.config.products;
    let new_name = args
        .new_spec
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let replaced = product_to_replace(products, &new_name, select_path)?;
    let old_path = &resolved.spec_paths[replaced];
    let spec_name = old_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let spec_dir = select_path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let out = args.out.clone().unwrap_or_else(|| root.join("generated"));
    let old = output::read_input(old_path, "spec", limits.spec_bytes)?;
    let options = generator::diff::Options {
        include_docs: false,
        limits,
    };
    let report = generator::diff::diff(&old, &new, options).map_err(|(side, diags)| {
        let path = match side {
            generator::diff::Side::Old => old_path,
            generator::diff::Side::New => &args.new_spec,
        };
        format!("{}: cannot be read\n{diags}", path.display())
    })?;
    let version = resolved.config.version.clone();
    let bump = report.bump();
    let new_version = update::bumped_version(&version, bump)
        .map_err(|e| format!("error: {}: {e}", select_path.display()))?;
    let mut specs = Vec::new();
    for (i, path) in resolved.spec_paths.iter().enumerate() {
        specs.push(if i == replaced {
            new.clone()
        } else {
            output::read_input(path, "spec", limits.spec_bytes)?
        });
    }
    let spec_names: Vec<String> = products.iter().map(|p| p.spec_name.clone()).collect();
    let product = generator::lower::products::module_names(&spec_names)
        .map_err(|diags| format!("error: {}: {diags}", select_path.display()))?
        .get(replaced)
        .cloned();
    let changelog = if bump == "none" {
        resolved.config.changelog.clone()
    } else {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let entry = update::changelog_entry(
            &new_version,
            &update::date(now),
            &spec_name,
            product.as_deref(),
            &report,
        );
        Some(update::with_entry(
            resolved.config.changelog.as_deref(),
            &entry,
        ))
    };
    let config = Config {
        version: new_version.clone(),
        changelog: changelog.clone(),
        ..resolved.config.clone()
    };
    let (files, package) = regenerate(&config, &specs, &args.new_spec)?;
    output::check_output_folder(&out)?;
    let existing = output::read_tree(&out)
        .map_err(|e| format!("error: cannot read {}: {e}", out.display()))?;
    let changed = files
        .iter()
        .filter(|(path, text)| existing.get(*path) != Some(*text))
        .count()
        + existing.keys().filter(|p| !files.contains_key(*p)).count();

    say(&report.to_text());
    let mut plan = format!(
        "\nupdate\n  {} <- {}\n  version {version} -> {new_version} (bump: {bump})\n  {}: {changed} file{} to write or remove\n",
        old_path.display(),
        args.new_spec.display(),
        out.display(),
        if changed == 1 { "" } else { "s" }
    );
    if bump != "none" {
        plan.push_str(&format!(
            "  {}: an entry for {new_version}\n",
            spec_dir.join("CHANGELOG.md").display()
        ));
    }
    say(&plan);
    if args.dry_run {
        say("dry run: nothing was written\n");
        return Ok(ExitCode::SUCCESS);
    }
    let mut transaction = Transaction::new()
        .crate_tree(&out, &existing, &files)
        .file(old_path.clone(), new)
        .file(
            select_path.clone(),
            update::with_version(select_text, &new_version).into_bytes(),
        );
    if let Some(log) = changelog {
        transaction = transaction.file(spec_dir.join("CHANGELOG.md"), log.into_bytes());
    }
    transaction.commit()?;
    let product = product
        .map(|m| format!(" (the product `{m}`)"))
        .unwrap_or_default();
    say(&format!(
        "updated: {package} {new_version} from the new {spec_name}{product}\n"
    ));
    Ok(ExitCode::SUCCESS)
}
