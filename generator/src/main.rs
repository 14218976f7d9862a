//! The `generator` command: reads a spec and a selection, writes the generated crate.
//!
//! All the work is in the library; this file handles arguments, files and exit codes. Writing is
//! all or nothing: nothing is written unless generation succeeded, changed files are staged in a
//! sibling folder and then renamed into place, and unchanged files keep their bytes and mtimes.
//!
//! Nothing here panics on what it is given: an input that is not a regular file or is over the
//! size limit is refused before it is read, a closed stdout (`| head`) ends the output quietly,
//! a closed stderr is ignored, and an output folder that is not a generated crate is never
//! written into.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Args, Parser, Subcommand};
use generator::{Config, Files, Limits, SelectionFile};

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
        Some(Command::Diff(args)) => run_diff(&args),
        Some(Command::Update(args)) => run_update(&args).unwrap_or_else(|e| {
            say_err(&format!("{e}\nnothing was changed"));
            ExitCode::from(1)
        }),
        None => run_generate(cli.generate),
    }
}

/// `diff OLD NEW`: exit 0, or 1 with `--fail-on-breaking` and a breaking change; 2 if a spec
/// cannot be read.
fn run_diff(args: &DiffArgs) -> ExitCode {
    let limits = match args.limits.limits() {
        Ok(l) => l,
        Err(e) => {
            say_err(&e);
            return ExitCode::from(2);
        }
    };
    let read = |path: &Path| read_input(path, "spec", limits.spec_bytes);
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

fn fail(message: impl std::fmt::Display) -> ExitCode {
    say_err(&message.to_string());
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

/// Reads the input file `path` (a `what`), refusing before reading anything that is not a
/// regular file (a folder, a FIFO that would block, a device) or is over `max_bytes`.
fn read_input(path: &Path, what: &str, max_bytes: usize) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let cannot = |e: &dyn std::fmt::Display| {
        format!("error: cannot read the {what} {}: {e}", path.display())
    };
    let meta = std::fs::metadata(path).map_err(|e| cannot(&e))?;
    if meta.is_dir() {
        return Err(cannot(&"it is a folder, not a file"));
    }
    if !meta.is_file() {
        return Err(cannot(
            &"it is not a regular file (a FIFO, a socket or a device)",
        ));
    }
    // Only a spec's bound is `spec-bytes`, which `--set-limit` raises; the others are fixed.
    let too_big = |len: u64| {
        cannot(&if what.ends_with("spec") {
            format!(
                "it is {len} bytes, over the limit `spec-bytes` of {max_bytes} (raise it with `--set-limit spec-bytes=N`)"
            )
        } else {
            format!("it is {len} bytes; a {what} may be at most {max_bytes}")
        })
    };
    if meta.len() > max_bytes as u64 {
        return Err(too_big(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| cannot(&e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(max_bytes as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| cannot(&e))?;
    if bytes.len() > max_bytes {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

fn run_generate(args: GenerateArgs) -> ExitCode {
    let started = Instant::now();
    let limits = match args.limits.limits() {
        Ok(l) => l,
        Err(e) => return fail(e),
    };
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
        match read_text(&select_path, "selection file", 1 << 20) {
            Ok(text) => match SelectionFile::parse(&text) {
                Ok(f) => Some(f),
                Err(e) => return fail(format!("error: {}: {e}", select_path.display())),
            },
            Err(e) => return fail(e),
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
        limits,
        changelog: match from_file {
            Some(_) => match read_changelog(&select_path) {
                Ok(log) => log,
                Err(e) => return fail(e),
            },
            None => None,
        },
        skip_unsupported: args.skip_unsupported,
    };
    let out = args.out.clone().unwrap_or_else(|| root.join("generated"));

    let bytes = match read_input(&spec_path, "spec", limits.spec_bytes) {
        Ok(b) => b,
        Err(e) => return fail(e),
    };
    let generated = match generator::generate(&bytes, &config) {
        Ok(g) => g,
        Err(diags) => {
            say_err(&format!(
                "{}: {} cannot be generated",
                spec_path.display(),
                config.spec_name
            ));
            return fail(diags);
        }
    };

    for warning in &generated.warnings {
        say_err(&warning.to_string());
    }
    if let Err(e) = check_output_folder(&out) {
        return fail(e);
    }
    let existing = match read_tree(&out) {
        Ok(e) => e,
        Err(e) => return fail(format!("error: cannot read {}: {e}", out.display())),
    };
    if args.check {
        let stale = print_diff(&existing, &generated.files);
        if stale {
            say_err(&format!(
                "{} is stale: run `cargo run -p generator` and commit the result",
                out.display()
            ));
            return ExitCode::from(1);
        }
        say(&format!(
            "{} is up to date ({} files)\n",
            out.display(),
            generated.files.len()
        ));
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
    say(&format!(
        "{} from {}: {} of {} operations, {} types, {} SID types -> {}: {} written, {} unchanged, {} removed in {} ms\n",
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
    ));
    ExitCode::SUCCESS
}

/// The `CHANGELOG.md` beside the selection file, if there is one.
fn read_changelog(select_path: &Path) -> Result<Option<String>, String> {
    let path = select_path
        .parent()
        .unwrap_or(Path::new("."))
        .join("CHANGELOG.md");
    if !path.exists() {
        return Ok(None);
    }
    read_text(&path, "changelog", 16 << 20).map(Some)
}

/// [`read_input`] for a file that must be UTF-8 text.
fn read_text(path: &Path, what: &str, max_bytes: usize) -> Result<String, String> {
    String::from_utf8(read_input(path, what, max_bytes)?).map_err(|e| {
        format!(
            "error: the {what} {} is not UTF-8 text (byte {} is invalid)",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// `generator update NEW_SPEC`: everything is worked out in memory first (the report, the new
/// version, the changelog, every generated file); only then is anything written, each file
/// staged beside its target and renamed into place.
fn run_update(args: &UpdateArgs) -> Result<ExitCode, String> {
    use generator::update;
    let limits = args.limits.limits()?;
    let root = repo_root();
    let select_path = args
        .select
        .clone()
        .unwrap_or_else(|| root.join("spec/select.yaml"));
    let spec_dir = select_path.parent().unwrap_or(Path::new(".")).to_path_buf();
    let out = args.out.clone().unwrap_or_else(|| root.join("generated"));
    let select_text = read_text(&select_path, "selection file", 1 << 20)?;
    let file = SelectionFile::parse(&select_text)
        .map_err(|e| format!("error: {}: {e}", select_path.display()))?;
    let old_path = spec_dir.join(&file.spec);
    let old = read_input(&old_path, "spec", limits.spec_bytes)?;
    let new = read_input(&args.new_spec, "new spec", limits.spec_bytes)?;
    let options = generator::diff::Options {
        include_docs: false,
        limits,
    };
    let report = generator::diff::diff(&old, &new, options).map_err(|(side, diags)| {
        let path = match side {
            generator::diff::Side::Old => &old_path,
            generator::diff::Side::New => &args.new_spec,
        };
        format!("{}: cannot be read\n{diags}", path.display())
    })?;
    let version = file.version.clone().unwrap_or_else(|| "0.1.0".to_owned());
    let bump = report.bump();
    let new_version = update::bumped_version(&version, bump)
        .map_err(|e| format!("error: {}: {e}", select_path.display()))?;
    let old_log = read_changelog(&select_path)?;
    let changelog = if bump == "none" {
        old_log
    } else {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let entry = update::changelog_entry(&new_version, &update::date(now), &file.spec, &report);
        Some(update::with_entry(old_log.as_deref(), &entry))
    };
    let config = Config {
        selection: file.selection(),
        spec_name: file.spec.clone(),
        package: file.package.clone(),
        version: new_version.clone(),
        quickstart: file.quickstart.clone(),
        limits,
        changelog: changelog.clone(),
        skip_unsupported: false,
    };
    let generated = generator::generate(&new, &config).map_err(|diags| {
        format!(
            "{}: the new spec cannot be generated\n{diags}",
            args.new_spec.display()
        )
    })?;
    check_output_folder(&out)?;
    let existing =
        read_tree(&out).map_err(|e| format!("error: cannot read {}: {e}", out.display()))?;
    let changed = generated
        .files
        .iter()
        .filter(|(path, text)| existing.get(*path) != Some(*text))
        .count()
        + existing
            .keys()
            .filter(|p| !generated.files.contains_key(*p))
            .count();

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

    // The spec folder's files are staged first; the crate is written (itself staged); then
    // the staged files are renamed into place.
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let mut stage = |target: PathBuf, bytes: &[u8]| -> Result<(), String> {
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = target.with_file_name(format!(".{name}.update-{}", std::process::id()));
        std::fs::write(&temp, bytes)
            .map_err(|e| format!("error: cannot write {}: {e}", temp.display()))?;
        staged.push((temp, target));
        Ok(())
    };
    let mut result = stage(old_path.clone(), &new).and_then(|()| {
        stage(
            select_path.clone(),
            update::with_version(&select_text, &new_version).as_bytes(),
        )
    });
    if let (Ok(()), Some(log)) = (&result, &changelog) {
        result = stage(spec_dir.join("CHANGELOG.md"), log.as_bytes());
    }
    let result = result.and_then(|()| {
        write_tree(&out, &existing, &generated.files)
            .map_err(|e| format!("error: writing {} failed: {e}", out.display()))
    });
    if let Err(e) = result {
        for (temp, _) in &staged {
            let _ = std::fs::remove_file(temp);
        }
        return Err(e);
    }
    for (temp, target) in &staged {
        std::fs::rename(temp, target)
            .map_err(|e| format!("error: cannot write {}: {e}", target.display()))?;
    }
    say(&format!(
        "updated: {} {new_version} from the new {}\n",
        generated.api.package, file.spec
    ));
    Ok(ExitCode::SUCCESS)
}

/// What the first line of a generated crate's `Cargo.toml` starts with.
const GENERATED_MARK: &str = "# @generated by the generator";

/// Refuses an output folder that exists and holds something other than a crate this generator
/// made: files there that are not generated would be removed as orphans.
fn check_output_folder(out: &Path) -> Result<(), String> {
    let meta = match std::fs::symlink_metadata(out) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(format!(
                "error: cannot use {} as the output folder: {e}",
                out.display()
            ));
        }
    };
    let refuse = |why: &str| {
        Err(format!(
            "error: cannot use {} as the output folder: {why}",
            out.display()
        ))
    };
    if meta.file_type().is_symlink() && std::fs::metadata(out).is_err() {
        return refuse("it is a link to nothing");
    }
    if !out.is_dir() {
        return refuse("it is not a folder");
    }
    let mut entries =
        std::fs::read_dir(out).map_err(|e| format!("error: cannot read {}: {e}", out.display()))?;
    if entries.next().is_none() {
        return Ok(());
    }
    let manifest = std::fs::read(out.join("Cargo.toml")).unwrap_or_default();
    if manifest.starts_with(GENERATED_MARK.as_bytes()) {
        Ok(())
    } else {
        refuse(
            "it is not empty and is not a crate this generator made (its Cargo.toml does not start with `# @generated`); its files would be replaced or removed",
        )
    }
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
        say(&diff
            .unified_diff()
            .context_radius(3)
            .header(&from, &to)
            .to_string());
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
/// place only once all of them are staged (the folder itself, when `dir` does not exist yet);
/// files no longer generated are removed.
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
    // Each folder is made once (a file system can take a while over each call), and the
    // files are written on every thread.
    let folders: BTreeSet<&Path> = changed
        .iter()
        .filter_map(|(path, _)| Path::new(path.as_str()).parent())
        .collect();
    let stage = || -> std::io::Result<()> {
        for folder in &folders {
            std::fs::create_dir_all(staging.join(folder))?;
        }
        use rayon::prelude::*;
        changed.par_iter().try_for_each(|(path, text)| {
            std::fs::write(staging.join(path.as_str()), text.as_bytes())
        })
    };
    // Whatever happens from here, the staging folder does not outlive this call.
    let result = stage().and_then(|()| {
        if !dir.exists() {
            // A new crate: the staged folder becomes it, whole.
            std::fs::rename(&staging, dir)?;
            report.written = changed.len();
            return Ok(());
        }
        for folder in &folders {
            std::fs::create_dir_all(dir.join(folder))?;
        }
        for (path, _) in &changed {
            std::fs::rename(staging.join(path.as_str()), dir.join(path.as_str()))?;
            report.written += 1;
        }
        for path in &orphans {
            std::fs::remove_file(dir.join(path.as_str()))?;
            report.removed += 1;
        }
        Ok(())
    });
    let _ = std::fs::remove_dir_all(&staging);
    result?;
    Ok(report)
}
