//! The `generator` command: reads a spec and a selection, writes the generated crate.
//!
//! All the work is in the library; this file handles arguments, files and exit codes. Writing is
//! all or nothing: nothing is written unless generation succeeded, changed files are staged in a
//! sibling folder and then renamed into place, and unchanged files keep their bytes and mtimes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};
use generator::{Config, Files, SelectionFile};

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
}

#[derive(Debug, Args)]
struct DiffArgs {
    /// The older spec.
    old: PathBuf,
    /// The newer spec.
    new: PathBuf,
    /// `text` for people, `json` for tools.
    #[arg(long, value_enum, default_value = "text")]
    format: DiffFormat,
    /// Exit 1 when any change breaks a client.
    #[arg(long)]
    fail_on_breaking: bool,
    /// Also report changes to descriptions (never breaking).
    #[arg(long)]
    include_docs: bool,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum DiffFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
struct GenerateArgs {
    /// The spec (JSON or YAML). Default: the one named in the selection file.
    #[arg(long)]
    spec: Option<PathBuf>,
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
}

/// The repository root: the generator's own crate is `generator/` in it.
fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().unwrap_or(manifest).to_path_buf()
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Diff(args)) => run_diff(&args),
        None => run_generate(cli.generate),
    }
}

/// `diff OLD NEW`: exit 0, or 1 with `--fail-on-breaking` and a breaking change; 2 if a spec
/// cannot be read.
fn run_diff(args: &DiffArgs) -> ExitCode {
    let read = |path: &Path| {
        std::fs::read(path).map_err(|e| format!("error: cannot read {}: {e}", path.display()))
    };
    let (old, new) = match (read(&args.old), read(&args.new)) {
        (Ok(o), Ok(n)) => (o, n),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let options = generator::diff::Options {
        include_docs: args.include_docs,
    };
    let report = match generator::diff::diff(&old, &new, options) {
        Ok(r) => r,
        Err((side, diags)) => {
            let path = match side {
                generator::diff::Side::Old => &args.old,
                generator::diff::Side::New => &args.new,
            };
            eprintln!("{}: cannot be read\n{diags}", path.display());
            return ExitCode::from(2);
        }
    };
    match args.format {
        DiffFormat::Text => print!("{}", report.to_text()),
        DiffFormat::Json => println!("{}", report.to_json()),
    }
    if args.fail_on_breaking && report.breaking() > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(1)
}

fn run_generate(args: GenerateArgs) -> ExitCode {
    let started = Instant::now();
    let root = repo_root();
    let select_path = args
        .select
        .clone()
        .unwrap_or_else(|| root.join("spec/select.yaml"));
    let explicit_selection = args.all
        || !args.operations.is_empty()
        || !args.tags.is_empty()
        || !args.path_prefixes.is_empty();
    let select_file = if args.select.is_some() || args.spec.is_none() || !explicit_selection {
        match std::fs::read_to_string(&select_path) {
            Ok(text) => match SelectionFile::parse(&text) {
                Ok(f) => Some(f),
                Err(e) => return fail(format!("error: {}: {e}", select_path.display())),
            },
            Err(e) => {
                return fail(format!(
                    "error: cannot read the selection file {}: {e}",
                    select_path.display()
                ));
            }
        }
    } else {
        None
    };
    let spec_path = match (&args.spec, &select_file) {
        (Some(p), _) => p.clone(),
        (None, Some(f)) => select_path.parent().unwrap_or(Path::new(".")).join(&f.spec),
        (None, None) => return fail("error: no spec: pass --spec or a selection file"),
    };
    let spec_name = spec_path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let from_file = select_file
        .as_ref()
        .filter(|_| args.spec.is_none() || args.select.is_some());
    let selection = if explicit_selection {
        generator::Selection {
            all: args.all,
            operations: args.operations.clone(),
            tags: args.tags.clone(),
            path_prefixes: args.path_prefixes.clone(),
        }
    } else {
        select_file
            .as_ref()
            .map(SelectionFile::selection)
            .unwrap_or_default()
    };
    let config = Config {
        selection,
        spec_name: spec_name.clone(),
        package: args
            .package
            .clone()
            .or_else(|| from_file.and_then(|f| f.package.clone())),
        version: from_file
            .and_then(|f| f.version.clone())
            .unwrap_or_else(|| "0.1.0".to_owned()),
        quickstart: from_file.and_then(|f| f.quickstart.clone()),
    };
    let out = args.out.clone().unwrap_or_else(|| root.join("generated"));

    let bytes = match std::fs::read(&spec_path) {
        Ok(b) => b,
        Err(e) => {
            return fail(format!(
                "error: cannot read the spec {}: {e}",
                spec_path.display()
            ));
        }
    };
    let generated = match generator::generate(&bytes, &config) {
        Ok(g) => g,
        Err(diags) => {
            eprintln!(
                "{}: {} cannot be generated",
                spec_path.display(),
                config.spec_name
            );
            return fail(diags);
        }
    };

    let existing = match read_tree(&out) {
        Ok(e) => e,
        Err(e) => return fail(format!("error: cannot read {}: {e}", out.display())),
    };
    if args.check {
        let stale = print_diff(&existing, &generated.files);
        if stale {
            eprintln!(
                "{} is stale: run `cargo run -p generator` and commit the result",
                out.display()
            );
            return ExitCode::from(1);
        }
        println!(
            "{} is up to date ({} files)",
            out.display(),
            generated.files.len()
        );
        return ExitCode::SUCCESS;
    }
    let report = match write_tree(&out, &existing, &generated.files) {
        Ok(r) => r,
        Err(e) => {
            return fail(format!(
                "error: writing {} failed, nothing was changed: {e}",
                out.display()
            ));
        }
    };
    println!(
        "{} from {}: {} of {} operations, {} types, {} SID types -> {}: {} written, {} unchanged, {} removed in {} ms",
        generated.api.package,
        config.spec_name,
        generated.api.operations.len(),
        generated.total_operations,
        generated.api.types.len(),
        generated.api.sids.len(),
        out.display(),
        report.written,
        report.unchanged,
        report.removed,
        started.elapsed().as_millis()
    );
    ExitCode::SUCCESS
}

/// Files under `dir` (relative paths with `/`), skipping build output and hidden files.
fn read_tree(dir: &Path) -> std::io::Result<Files> {
    let mut out = Files::new();
    if !dir.exists() {
        return Ok(out);
    }
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let entry = entry?;
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name == "target" || name == "Cargo.lock" {
                continue;
            }
            if entry.file_type()?.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).unwrap_or(&path);
                let rel = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let text =
                    std::fs::read(&path).map(|b| String::from_utf8_lossy(&b).into_owned())?;
                out.insert(rel, text);
            }
        }
    }
    Ok(out)
}

/// Prints a unified diff of `old` against `new`, orphans included; returns whether they differ.
fn print_diff(old: &Files, new: &Files) -> bool {
    let paths: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    let mut stale = false;
    for path in paths {
        let a = old.get(path).map_or("", String::as_str);
        let b = new.get(path).map_or("", String::as_str);
        if a == b && old.contains_key(path) == new.contains_key(path) {
            continue;
        }
        stale = true;
        let (from, to) = match (old.contains_key(path), new.contains_key(path)) {
            (false, _) => ("/dev/null".to_owned(), format!("b/{path}")),
            (_, false) => (format!("a/{path}"), "/dev/null".to_owned()),
            _ => (format!("a/{path}"), format!("b/{path}")),
        };
        let diff = similar::TextDiff::from_lines(a, b);
        print!(
            "{}",
            diff.unified_diff().context_radius(3).header(&from, &to)
        );
    }
    stale
}

#[derive(Debug, Default)]
struct WriteReport {
    written: usize,
    unchanged: usize,
    removed: usize,
}

/// Writes `new` into `dir`: changed files are staged in a sibling folder first and renamed into
/// place only once all of them are staged; files no longer generated are removed.
fn write_tree(dir: &Path, old: &Files, new: &Files) -> std::io::Result<WriteReport> {
    let mut report = WriteReport::default();
    let changed: Vec<(&String, &String)> = new
        .iter()
        .filter(|(p, text)| old.get(*p) != Some(*text))
        .collect();
    report.unchanged = new.len() - changed.len();
    let orphans: Vec<&String> = old.keys().filter(|p| !new.contains_key(*p)).collect();
    if changed.is_empty() && orphans.is_empty() {
        return Ok(report);
    }
    let parent = dir
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let dir_name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".to_owned());
    let staging = parent.join(format!(".{dir_name}.staging-{}", std::process::id()));
    let stage = || -> std::io::Result<()> {
        for (path, text) in &changed {
            let target = staging.join(path.as_str());
            if let Some(p) = target.parent() {
                std::fs::create_dir_all(p)?;
            }
            std::fs::write(&target, text.as_bytes())?;
        }
        Ok(())
    };
    if let Err(e) = stage() {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    std::fs::create_dir_all(dir)?;
    for (path, _) in &changed {
        let target = dir.join(path.as_str());
        if let Some(p) = target.parent() {
            std::fs::create_dir_all(p)?;
        }
        std::fs::rename(staging.join(path.as_str()), &target)?;
        report.written += 1;
    }
    let _ = std::fs::remove_dir_all(&staging);
    for path in orphans {
        std::fs::remove_file(dir.join(path.as_str()))?;
        report.removed += 1;
    }
    Ok(report)
}
