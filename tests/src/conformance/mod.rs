//! The conformance harness: for every spec of a corpus, generate the crate with every
//! operation, build it, and call every operation, through the library and through the command
//! line, against Prism serving that same spec, in its static mode (the spec's examples) and its
//! dynamic mode (data made from the schemas, seeded). A call passes when Prism finds the request
//! valid (no `sl-violations` header, no 4xx of its own) and the client reads the answer.
//!
//! Where Prism itself is wrong, the failure is a named [`Exception`], counted apart and never
//! as a pass: Prism 5.16 reads a form array only as `Key[]=a&Key[]=b`, never as the repeated
//! keys that OpenAPI's form style and Twilio use (`form_arrays_are_what_prism_cannot_read` in
//! `tests/tests/contract.rs` pins it down).

pub mod calls;
pub mod values;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use calls::{Call, Variant};
use serde_json::Value;

/// Prism's two ways of answering.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mode {
    /// The spec's examples.
    Static,
    /// Data made up from the response schemas (`-d`, with a fixed seed).
    Dynamic,
    /// Not Prism: the crate's own typed mock (feature `mock`), with every operation mounted.
    /// A call passes when the mock of its operation read the request back into its parameters
    /// and no request went unmatched; what the mock answered is not judged.
    Mock,
}

impl Mode {
    /// Prism's two modes.
    pub const BOTH: [Mode; 2] = [Mode::Static, Mode::Dynamic];

    /// Prism's two modes and the crate's mock.
    pub const ALL: [Mode; 3] = [Mode::Static, Mode::Dynamic, Mode::Mock];

    /// Its name in the report and on the driver's command line.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Static => "static",
            Mode::Dynamic => "dynamic",
            Mode::Mock => "mock",
        }
    }

    /// Whether it is one of Prism's.
    fn prism(self) -> bool {
        self != Mode::Mock
    }

    /// Prism's arguments: its log says only what is fatal (its dynamic mode logs each of its
    /// own answers' violations of their schemas, hundreds of megabytes for a large spec);
    /// crashes still reach its output.
    fn prism_args(self) -> &'static [&'static str] {
        match self {
            Mode::Static | Mode::Mock => &["-v", "fatal"],
            Mode::Dynamic => &["-v", "fatal", "-d", "--seed", "1"],
        }
    }
}

/// Which of the crate's two faces made a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Via {
    /// The library, from Rust.
    Library,
    /// The generated command line.
    Cli,
}

impl Via {
    fn name(self) -> &'static str {
        match self {
            Via::Library => "library",
            Via::Cli => "cli",
        }
    }
}

/// A failure that is Prism's fault, not the client's: counted apart, never as a pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exception {
    /// Prism reads a form array only as `Key[]=`, and refuses the repeated keys OpenAPI's form
    /// style (and Twilio) use.
    PrismFormArrays,
    /// Prism cannot answer an operation whose spec documents no response (`responses: {}`):
    /// it answers 500, "No response defined for the selected operation".
    PrismNoResponse,
    /// Prism serves every path at its root and ignores the path of a server's URL (`/api/v3`),
    /// which the client rightly puts before the operation's path.
    PrismServerPath,
    /// Prism's dynamic mode fails to make an answer for some schemas: its faker throws and
    /// Prism answers 500 with the stack (`Cannot read properties of undefined`, `Maximum call
    /// stack size exceeded`), or runs out of memory and stops (its log says so).
    PrismDynamicCrash,
    /// Prism reads an object inside text (a multipart body's object part, sent as JSON as
    /// OpenAPI's default encoding says; an object in a query) as text, and finds it no object.
    PrismObjectInText,
    /// Prism drops a form field its schema's `properties` do not define, then finds the field
    /// its `required` list names missing.
    PrismUndeclaredField,
    /// Prism takes a form without a field (an empty body, as a required body whose fields are
    /// all optional is sent when none is given) for no body at all: "Body parameter is
    /// required".
    PrismEmptyForm,
    /// Not Prism's fault, nor the client's: a form field that is an object goes as JSON, as
    /// Twilio's API reads it and its libraries send it, where the spec says no `encoding` and
    /// OpenAPI's default (the object's fields, exploded), which Prism expects, is meant.
    ObjectAsJsonInForm,
}

impl Exception {
    /// Its name in the report.
    pub fn name(self) -> &'static str {
        match self {
            Exception::PrismFormArrays => "prism-form-arrays",
            Exception::PrismNoResponse => "prism-no-response",
            Exception::PrismServerPath => "prism-server-path",
            Exception::PrismDynamicCrash => "prism-dynamic-crash",
            Exception::PrismObjectInText => "prism-object-in-text",
            Exception::PrismUndeclaredField => "prism-undeclared-field",
            Exception::PrismEmptyForm => "prism-empty-form",
            Exception::ObjectAsJsonInForm => "object-as-json-in-form",
        }
    }

    /// The fault of Prism's that a failed call's reason shows, if any.
    fn of(call: &Call, reason: &str) -> Option<Exception> {
        if reason.contains("No response defined for the selected operation") {
            Some(Exception::PrismNoResponse)
        } else if call.server.starts_with('/')
            && reason.contains("hasn't been found in the specification file")
        {
            Some(Exception::PrismServerPath)
        } else if reason.contains("HTTP 500")
            && (reason.contains("json-schema-faker")
                || reason.contains("Maximum call stack size exceeded"))
        {
            Some(Exception::PrismDynamicCrash)
        } else {
            None
        }
    }
}

/// How one call went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Prism found the request valid and the client read the answer.
    Pass,
    /// A named fault of Prism's.
    Exception(Exception),
    /// Anything else, with the reason.
    Fail(String),
}

/// One failed (or excepted) call, for the report.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The operation's id.
    pub operation: String,
    /// Prism's mode.
    pub mode: Mode,
    /// Library or command line.
    pub path: Via,
    /// Which inputs.
    pub variant: Variant,
    /// What went wrong, or which exception.
    pub outcome: Outcome,
}

/// What the harness found for one spec.
#[derive(Debug, Clone, Default)]
pub struct SpecReport {
    /// The spec's file name.
    pub spec: String,
    /// How many operations the crate has.
    pub operations: usize,
    /// Operations whose every call passed, by mode.
    pub passed: BTreeMap<Mode, usize>,
    /// Operations with an exception and no other failure, by mode.
    pub excepted: BTreeMap<Mode, usize>,
    /// What failed before any call could be made (generation, build, Prism).
    pub fatal: Option<String>,
    /// Every call that did not pass.
    pub failures: Vec<Failure>,
}

impl SpecReport {
    /// Whether every operation passed in every mode run, exceptions apart.
    pub fn clean(&self) -> bool {
        self.fatal.is_none()
            && self
                .failures
                .iter()
                .all(|f| matches!(f.outcome, Outcome::Exception(_)))
    }
}

/// How to run the harness.
#[derive(Debug, Clone)]
pub struct Options {
    /// Where the crates, drivers and their workspace are written, and built (in its `target`:
    /// crates of the same name in two work folders must not share built binaries).
    pub work: PathBuf,
    /// Prism's modes to run.
    pub modes: Vec<Mode>,
    /// Whether the command line is called too.
    pub cli: bool,
}

impl Options {
    /// Prism's both modes and the crate's mock, the command line too, under
    /// `target/conformance`.
    pub fn new() -> Self {
        Self {
            work: crate::repo_root().join("target/conformance"),
            modes: Mode::ALL.to_vec(),
            cli: true,
        }
    }

    /// Where cargo builds the crates and drivers.
    fn target(&self) -> PathBuf {
        self.work.join("target")
    }
}

impl Default for Options {
    fn default() -> Self {
        Self::new()
    }
}

/// A spec to run, whole or the operations under one path prefix.
#[derive(Debug, Clone)]
pub struct Target {
    /// The spec's file.
    pub spec: PathBuf,
    /// Only the operations whose path starts with this (`None`: every operation).
    pub path_prefix: Option<String>,
}

impl Target {
    /// Every operation of `spec`.
    pub fn whole(spec: impl Into<PathBuf>) -> Self {
        Self {
            spec: spec.into(),
            path_prefix: None,
        }
    }

    /// `SPEC` or `SPEC@PATH_PREFIX`, as the command line takes it.
    pub fn parse(text: &str) -> Self {
        match text.split_once('@') {
            Some((spec, prefix)) => Self {
                spec: spec.into(),
                path_prefix: Some(prefix.to_owned()),
            },
            None => Self::whole(text),
        }
    }

    /// Its name in the report: the spec's file name, and the prefix if there is one.
    fn name(&self) -> String {
        let file = self
            .spec
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        match &self.path_prefix {
            Some(prefix) => format!("{file}@{prefix}"),
            None => file,
        }
    }
}

/// One spec, generated and with its calls made.
struct Prepared {
    spec: PathBuf,
    name: String,
    package: String,
    api: generator::model::Api,
    calls: Vec<Call>,
    env: Vec<(String, String)>,
}

/// The targets the command line names: each `SPEC` or `SPEC@PATH_PREFIX`, and every spec file
/// (`.json`, `.yaml`, `.yml`) of each folder, one level deep, sorted.
pub fn targets(args: &[String]) -> Vec<Target> {
    let mut out = Vec::new();
    for arg in args {
        if arg.contains('@') {
            out.push(Target::parse(arg));
        } else {
            out.extend(
                spec_files(&[PathBuf::from(arg)])
                    .into_iter()
                    .map(Target::whole),
            );
        }
    }
    out
}

/// Every spec file (`.json`, `.yaml`, `.yml`) in `paths`, folders read one level deep, sorted.
pub fn spec_files(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(path)
                .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            found.retain(|p| {
                p.extension()
                    .is_some_and(|e| e == "json" || e == "yaml" || e == "yml")
            });
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    out
}

/// Runs the harness over `targets`; a report per target, in order. `log` hears what it is
/// doing.
pub fn run(targets: &[Target], options: &Options, log: &mut dyn FnMut(&str)) -> Vec<SpecReport> {
    let _ = std::fs::create_dir_all(options.work.join("specs"));
    let mut reports = Vec::new();
    let mut prepared = Vec::new();
    for target in targets {
        let name = target.name();
        match prepare(target, &name, &options.work) {
            Ok(p) => {
                reports.push(SpecReport {
                    spec: name,
                    operations: p.api.operations.len(),
                    ..SpecReport::default()
                });
                prepared.push(Some(p));
            }
            Err(e) => {
                log(&format!("{name}: {e}"));
                reports.push(SpecReport {
                    spec: name,
                    fatal: Some(e),
                    ..SpecReport::default()
                });
                prepared.push(None);
            }
        }
    }
    let built = build(&prepared, options, log);
    for ((report, prepared), build) in reports.iter_mut().zip(&prepared).zip(built) {
        let Some(p) = prepared else { continue };
        if let Err(e) = build {
            log(&format!("{}: {e}", p.name));
            report.fatal = Some(e);
            continue;
        }
        log(&format!(
            "{}: calling {} operations",
            p.name,
            p.api.operations.len()
        ));
        call_all(p, options, report);
    }
    reports
}

/// The work folder of a spec.
fn spec_dir(work: &Path, name: &str) -> PathBuf {
    let folder: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    work.join("specs").join(folder)
}

/// Generates the crate and its driver.
fn prepare(target: &Target, name: &str, work: &Path) -> Result<Prepared, String> {
    let spec = target.spec.as_path();
    let bytes = std::fs::read(spec).map_err(|e| format!("cannot read the spec: {e}"))?;
    let file = spec
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut config = generator::Config::all(file);
    if let Some(prefix) = &target.path_prefix {
        config.selection = generator::Selection {
            path_prefixes: vec![prefix.clone()],
            ..generator::Selection::default()
        };
        // A part of a spec is a crate of its own, beside the whole one.
        let words: Vec<String> = prefix
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        config.package = Some(format!(
            "{}-{}",
            generator::select::package_name_for(&config.spec_name),
            words.join("-")
        ));
    }
    let generated = generator::generate(&bytes, &config).map_err(|d| {
        let first = d.0.first().map(ToString::to_string).unwrap_or_default();
        format!("generation failed: {}", first.lines().next().unwrap_or(""))
    })?;
    let text = generator::load::json_text(&bytes, &generator::Limits::default())
        .map_err(|_| "the spec cannot be read as JSON".to_owned())?;
    let json: Value = serde_json::from_str(&text).map_err(|e| format!("the spec's JSON: {e}"))?;
    let values = values::Spec::new(json);
    let dir = spec_dir(work, name);
    let package = generated.api.package.clone();
    let lib = package.replace('-', "_");
    let crate_dir = dir.join("crate");
    // The crate's files as generated, and nothing else.
    let _ = std::fs::remove_dir_all(&crate_dir);
    crate::write_crate(&dir, "crate", &generated);
    let upload = dir.join("upload.bin");
    std::fs::write(&upload, b"example upload").map_err(|e| format!("cannot write {e}"))?;
    let calls = calls::calls(&generated.api, &values, &upload.to_string_lossy());
    let driver_dir = dir.join("driver");
    std::fs::create_dir_all(driver_dir.join("src")).map_err(|e| e.to_string())?;
    let manifest = format!(
        "[package]\nname = \"{package}-driver\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\n{package} = {{ path = \"../crate\", features = [\"cli\", \"mock\"] }}\n\
         serde_json = \"1\"\ntokio = {{ version = \"1\", features = [\"macros\", \"rt\"] }}\n"
    );
    write_if_changed(&driver_dir.join("Cargo.toml"), &manifest)?;
    write_if_changed(
        &driver_dir.join("src/main.rs"),
        &calls::driver(&lib, &generated.api, &calls),
    )?;
    let (_, env) = calls::credentials(&generated.api);
    Ok(Prepared {
        spec: spec.to_path_buf(),
        name: name.to_owned(),
        package,
        api: generated.api,
        calls,
        env,
    })
}

fn write_if_changed(path: &Path, text: &str) -> Result<(), String> {
    if std::fs::read_to_string(path).ok().as_deref() == Some(text) {
        return Ok(());
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The binaries of a prepared spec: its driver and its command line.
fn binaries(p: &Prepared, target: &Path) -> (PathBuf, PathBuf) {
    let dir = target.join("debug");
    let exe = std::env::consts::EXE_SUFFIX;
    (
        dir.join(format!("{}-driver{exe}", p.package)),
        dir.join(format!("{}{exe}", p.package)),
    )
}

/// Builds every crate's driver and command line in one workspace, going on past failures;
/// for each spec, whether its binaries are there.
fn build(
    prepared: &[Option<Prepared>],
    options: &Options,
    log: &mut dyn FnMut(&str),
) -> Vec<Result<(), String>> {
    let ready: Vec<&Prepared> = prepared.iter().flatten().collect();
    let members: Vec<String> = ready
        .iter()
        .flat_map(|p| {
            let dir = spec_dir(Path::new(""), &p.name);
            let dir = dir.to_string_lossy().into_owned();
            [format!("\"{dir}/crate\""), format!("\"{dir}/driver\"")]
        })
        .collect();
    let manifest = format!(
        "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
        members.join(", ")
    );
    let mut results = Vec::new();
    if let Err(e) = write_if_changed(&options.work.join("Cargo.toml"), &manifest) {
        return prepared.iter().map(|_| Err(e.clone())).collect();
    }
    let lock = options.work.join("Cargo.lock");
    if !lock.exists() {
        let _ = std::fs::copy(crate::repo_root().join("Cargo.lock"), &lock);
    }
    for p in &ready {
        let (driver, cli) = binaries(p, &options.target());
        let _ = std::fs::remove_file(driver);
        let _ = std::fs::remove_file(cli);
    }
    log(&format!(
        "building {} crates and their drivers",
        ready.len()
    ));
    let started = Instant::now();
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .args([
            "build",
            "--offline",
            "--keep-going",
            "--workspace",
            "--bins",
            "--quiet",
        ])
        .current_dir(&options.work)
        .env("CARGO_TARGET_DIR", options.target())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output();
    let stderr = match output {
        Ok(o) => String::from_utf8_lossy(&o.stderr).into_owned(),
        Err(e) => format!("cargo cannot run: {e}"),
    };
    log(&format!(
        "built in {:.0} s",
        started.elapsed().as_secs_f64()
    ));
    for p in prepared {
        let Some(p) = p else {
            results.push(Ok(()));
            continue;
        };
        let (driver, cli) = binaries(p, &options.target());
        if driver.exists() && cli.exists() {
            results.push(Ok(()));
        } else {
            // The first error cargo gave about this crate.
            let first = first_error(&stderr, &p.package);
            results.push(Err(format!("build failed: {first}")));
        }
    }
    results
}

/// The first compiler error in cargo's output that is about `package`, or the first at all.
fn first_error(stderr: &str, package: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut first_any = None;
    for (i, line) in lines.iter().enumerate() {
        if !line.starts_with("error") {
            continue;
        }
        first_any.get_or_insert(*line);
        let location = lines.get(i + 1).copied().unwrap_or("");
        if location.contains(&package.replace('-', "_")) || line.contains(package) {
            return format!("{line} {}", location.trim());
        }
    }
    first_any
        .unwrap_or("no binary, and cargo said nothing")
        .to_owned()
}

/// What the driver printed for one call.
#[derive(Debug, Clone, serde::Deserialize)]
struct DriverLine {
    call: Option<usize>,
    ok: bool,
    reason: Option<String>,
    #[serde(default)]
    violations: Vec<Value>,
}

/// A Prism serving one spec in one mode, started again if it stops.
struct Server<'p> {
    spec: &'p Path,
    mode: Mode,
    log: PathBuf,
    prism: Option<crate::Prism>,
}

impl Server<'_> {
    /// The base URL of a running Prism, starting one if none runs.
    fn url(&mut self) -> Result<String, String> {
        if let Some(prism) = &mut self.prism
            && prism.alive()
        {
            return Ok(prism.base_url.clone());
        }
        self.prism = None;
        let prism = crate::Prism::try_serve(self.spec, self.mode.prism_args(), Some(&self.log))?;
        let url = prism.base_url.clone();
        self.prism = Some(prism);
        Ok(url)
    }

    /// Whether the Prism last started has stopped.
    fn stopped(&mut self) -> bool {
        self.prism.as_mut().is_none_or(|p| !p.alive())
    }
}

/// Whether a failure is the client not reaching the server at all.
fn unreachable(outcome: &Outcome) -> bool {
    matches!(outcome, Outcome::Fail(r) if r.contains("could not connect") || r.contains("error sending request") || r.contains("connection"))
}

/// Calls every operation in every mode, through the library and the command line.
fn call_all(p: &Prepared, options: &Options, report: &mut SpecReport) {
    // Each call's outcome: (mode, path, call index) -> outcome.
    let mut outcomes: BTreeMap<(Mode, Via, usize), Outcome> = BTreeMap::new();
    let (driver, cli) = binaries(p, &options.target());
    if p.calls.is_empty() {
        // A spec without operations (its paths all empty) has nothing to call, and Prism
        // refuses to serve it; that the crate builds is all there is to show.
        return;
    }
    let dir = spec_dir(&options.work, &p.name);
    let mut servers: Vec<Server<'_>> = options
        .modes
        .iter()
        .filter(|m| m.prism())
        .map(|&mode| {
            let log = dir.join(format!("prism-{}.log", mode.name()));
            let _ = std::fs::remove_file(&log);
            Server {
                spec: &p.spec,
                mode,
                log,
                prism: None,
            }
        })
        .collect();
    // Both Prisms start at once: startup is most of their cost.
    let started: Vec<Result<String, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = servers
            .iter_mut()
            .map(|s| scope.spawn(move || s.url()))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("the thread failed".to_owned()))
            })
            .collect()
    });
    for (server, started) in servers.iter_mut().zip(started) {
        let mode = server.mode;
        if let Err(e) = started {
            report.fatal = Some(format!(
                "Prism cannot serve the spec ({}): {e}",
                mode.name()
            ));
            return;
        }
        for (n, outcome) in calls_through_prism(server, &driver, &p.calls) {
            outcomes.insert((mode, Via::Library, n), outcome);
        }
        if options.cli {
            for (n, outcome) in cli_calls(server, &cli, &p.calls, &p.env) {
                // A command that fails where the library met Prism's own fault meets it too.
                let outcome = match (&outcome, outcomes.get(&(mode, Via::Library, n))) {
                    (Outcome::Fail(_), Some(Outcome::Exception(e))) => Outcome::Exception(*e),
                    _ => outcome,
                };
                outcomes.insert((mode, Via::Cli, n), outcome);
            }
        }
        // Prism's faker can run out of memory making an answer (a schema it recurses into
        // without end): the calls waiting on it time out, or find it stopped.
        let log = std::fs::read_to_string(&server.log).unwrap_or_default();
        if log.contains("JavaScript heap out of memory") {
            for ((m, _, _), outcome) in outcomes.iter_mut() {
                if *m == mode
                    && matches!(outcome, Outcome::Fail(r) if r.contains("timed out") || r.contains("Prism stopped"))
                {
                    *outcome = Outcome::Exception(Exception::PrismDynamicCrash);
                }
            }
        }
    }
    drop(servers);
    if options.modes.contains(&Mode::Mock) {
        for (n, outcome) in library_calls(&driver, "mock", Mode::Mock, &p.calls, None) {
            outcomes.insert((Mode::Mock, Via::Library, n), outcome);
        }
    }
    tally(p, options, &outcomes, report);
}

/// The library's calls: all of them through the driver; where Prism stopped on the way, the
/// calls that did not reach it again one by one, so that the one it stops on is named.
fn calls_through_prism(
    server: &mut Server<'_>,
    driver: &Path,
    calls: &[Call],
) -> Vec<(usize, Outcome)> {
    let url = match server.url() {
        Ok(url) => url,
        Err(e) => {
            return (0..calls.len())
                .map(|n| (n, Outcome::Fail(e.clone())))
                .collect();
        }
    };
    let mut outcomes = library_calls(driver, &url, server.mode, calls, None);
    if !server.stopped() {
        return outcomes;
    }
    for (n, outcome) in &mut outcomes {
        if !unreachable(outcome) {
            continue;
        }
        let url = match server.url() {
            Ok(url) => url,
            Err(e) => {
                *outcome = Outcome::Fail(e);
                continue;
            }
        };
        if let Some((_, again)) = library_calls(driver, &url, server.mode, calls, Some(*n))
            .into_iter()
            .find(|(m, _)| m == n)
        {
            *outcome = again;
        }
        if server.stopped() {
            *outcome = Outcome::Fail(format!(
                "Prism stopped while answering this request (see {})",
                server.log.display()
            ));
        }
    }
    outcomes
}

/// The command line's calls, a few at a time; Prism is started again if it stops.
fn cli_calls(
    server: &mut Server<'_>,
    cli: &Path,
    calls: &[Call],
    env: &[(String, String)],
) -> Vec<(usize, Outcome)> {
    let server = std::sync::Mutex::new(server);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                loop {
                    let n = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(call) = calls.get(n) else { break };
                    let Some(argv) = &call.argv else { continue };
                    let url = match server
                        .lock()
                        .map_err(|_| "poisoned".to_owned())
                        .and_then(|mut s| s.url())
                    {
                        Ok(url) => url,
                        Err(e) => {
                            results
                                .lock()
                                .map(|mut r| r.push((n, Outcome::Fail(e))))
                                .ok();
                            continue;
                        }
                    };
                    let mut outcome = cli_call(cli, &url, argv, env);
                    // A list that stops at a next-page link it must not follow (Prism's dynamic mode
                    // invents links to other hosts) did what it should.
                    if let Outcome::Fail(reason) = &outcome
                        && (reason.contains("leaves the client's host")
                            || reason.contains("names the same page"))
                    {
                        outcome = Outcome::Pass;
                    }
                    if let Outcome::Fail(reason) = &outcome
                        && let Some(e) = Exception::of(call, reason)
                    {
                        outcome = Outcome::Exception(e);
                    }
                    if unreachable(&outcome)
                        && let Ok(mut s) = server.lock()
                        && s.stopped()
                    {
                        outcome = Outcome::Fail(format!("Prism stopped (see {})", s.log.display()));
                    }
                    results.lock().map(|mut r| r.push((n, outcome))).ok();
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by_key(|(n, _)| *n);
    results
}

/// Each operation's result per mode, from its calls' outcomes.
fn tally(
    p: &Prepared,
    options: &Options,
    outcomes: &BTreeMap<(Mode, Via, usize), Outcome>,
    report: &mut SpecReport,
) {
    for &mode in &options.modes {
        let mut passed = 0;
        let mut excepted = 0;
        for (index, op) in p.api.operations.iter().enumerate() {
            let mine: Vec<(&Call, Via, &Outcome)> = p
                .calls
                .iter()
                .enumerate()
                .filter(|(_, c)| c.index == index)
                .flat_map(|(n, c)| {
                    [Via::Library, Via::Cli]
                        .into_iter()
                        .map(move |path| (c, path, n))
                })
                .filter_map(|(c, path, n)| outcomes.get(&(mode, path, n)).map(|o| (c, path, o)))
                .collect();
            let failed: Vec<_> = mine
                .iter()
                .filter(|(_, _, o)| **o != Outcome::Pass)
                .collect();
            if mine.is_empty() {
                report.failures.push(Failure {
                    operation: op.operation_id.clone(),
                    mode,
                    path: Via::Library,
                    variant: Variant::Required,
                    outcome: Outcome::Fail("not called".to_owned()),
                });
            } else if failed.is_empty() {
                passed += 1;
            } else if failed
                .iter()
                .all(|(_, _, o)| matches!(o, Outcome::Exception(_)))
            {
                excepted += 1;
            }
            for (call, path, outcome) in failed {
                report.failures.push(Failure {
                    operation: op.operation_id.clone(),
                    mode,
                    path: *path,
                    variant: call.variant,
                    outcome: (*outcome).clone(),
                });
            }
        }
        report.passed.insert(mode, passed);
        report.excepted.insert(mode, excepted);
    }
}

/// Runs the driver against one Prism; each call's outcome.
fn library_calls(
    driver: &Path,
    base_url: &str,
    mode: Mode,
    calls: &[Call],
    only: Option<usize>,
) -> Vec<(usize, Outcome)> {
    let output = Command::new(driver)
        .args([base_url, mode.name()])
        .args(only.map(|n| n.to_string()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output();
    let output = match output {
        Ok(o) => o,
        Err(e) => {
            return (0..calls.len())
                .map(|n| (n, Outcome::Fail(format!("the driver cannot run: {e}"))))
                .collect();
        }
    };
    let mut out: BTreeMap<usize, Outcome> = BTreeMap::new();
    let mut general = None;
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(parsed) = serde_json::from_str::<DriverLine>(line) else {
            continue;
        };
        let Some(n) = parsed.call else {
            general = parsed.reason;
            continue;
        };
        let refused: Vec<Value> = request_errors(&parsed.violations);
        let outcome = if parsed.ok && refused.is_empty() {
            Outcome::Pass
        } else {
            classify(&calls[n], parsed.reason, &refused)
        };
        out.insert(n, outcome);
    }
    let missing = general.unwrap_or_else(|| {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let panic = stderr
            .lines()
            .find(|l| l.contains("panicked"))
            .unwrap_or("");
        format!("the driver stopped before this call {panic}")
    });
    (0..calls.len())
        .map(|n| {
            (
                n,
                out.remove(&n)
                    .unwrap_or_else(|| Outcome::Fail(missing.clone())),
            )
        })
        .collect()
}

/// The violations that say the request broke the spec: errors (not warnings such as a
/// deprecated parameter) about the request, not about Prism's own answer (a spec's example
/// that breaks its schema is the spec's fault, and the client reads it leniently).
fn request_errors(violations: &[Value]) -> Vec<Value> {
    violations
        .iter()
        .flat_map(|v| match v {
            Value::Array(items) => items.clone(),
            one => vec![one.clone()],
        })
        .filter(|v| {
            // A header too long to be whole (thousands of violations of Prism's own answer)
            // counts only if it names the request.
            if let Value::String(raw) = v {
                return raw.contains(r#"["request""#);
            }
            let first = v
                .get("location")
                .and_then(Value::as_array)
                .and_then(|l| l.first())
                .and_then(Value::as_str);
            let error = v
                .get("severity")
                .and_then(Value::as_str)
                .is_none_or(|s| s.eq_ignore_ascii_case("error"));
            error && first != Some("response")
        })
        .collect()
}

/// A failed library call: Prism's fault where every violation is a form array it misreads,
/// else the client's.
fn classify(call: &Call, reason: Option<String>, violations: &[Value]) -> Outcome {
    let flat: Vec<&Value> = violations
        .iter()
        .flat_map(|v| match v {
            Value::Array(items) => items.iter().collect(),
            one => vec![one],
        })
        .collect();
    // Each violation that is one of Prism's known faults, and which.
    let fault = |v: &Value| -> Option<Exception> {
        let location: Vec<&str> = v
            .get("location")
            .and_then(Value::as_array)
            .map(|l| l.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        // `request.body.Name` in Prism's header, `body.Name` in its own error body.
        let in_place = |place: &str| {
            location
                .iter()
                .position(|l| *l == place)
                .and_then(|at| location.get(at + 1))
                .copied()
        };
        let code = v.get("code").and_then(Value::as_str);
        let message = v.get("message").and_then(Value::as_str).unwrap_or("");
        let named = |names: &[String], name: Option<&str>| {
            name.is_some_and(|n| names.iter().any(|a| a == n))
        };
        if code == Some("type") && named(&call.form_arrays, in_place("body")) {
            return Some(Exception::PrismFormArrays);
        }
        let object_expected = message.ends_with("must be object");
        if object_expected
            && (named(&call.objects_in_text, in_place("body"))
                || named(&call.objects_in_text, in_place("query")))
        {
            return Some(Exception::PrismObjectInText);
        }
        if code == Some("required")
            && call
                .undeclared
                .iter()
                .any(|u| message.ends_with(&format!("required property '{u}'")))
        {
            return Some(Exception::PrismUndeclaredField);
        }
        if object_expected && named(&call.objects_in_form, in_place("body")) {
            return Some(Exception::ObjectAsJsonInForm);
        }
        if call.empty_form && message.contains("Body parameter is required") {
            return Some(Exception::PrismEmptyForm);
        }
        None
    };
    let faults: Vec<Option<Exception>> = flat.iter().map(|v| fault(v)).collect();
    if let Some(Some(first)) = faults.first()
        && faults.iter().all(Option::is_some)
    {
        return Outcome::Exception(*first);
    }
    if let Some(e) = reason.as_deref().and_then(|r| Exception::of(call, r)) {
        return Outcome::Exception(e);
    }
    let mut text = reason.unwrap_or_else(|| "Prism found the request invalid".to_owned());
    let messages: Vec<String> = flat
        .iter()
        .map(|v| {
            if let Value::String(raw) = v {
                return format!(
                    "an unreadable sl-violations header: {}",
                    raw.chars().take(200).collect::<String>()
                );
            }
            let location: Vec<&str> = v
                .get("location")
                .and_then(Value::as_array)
                .map(|l| l.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            format!(
                "{} ({})",
                v.get("message").and_then(Value::as_str).unwrap_or("?"),
                location.join(".")
            )
        })
        .collect();
    if !messages.is_empty() {
        let _ = write!(text, "; Prism: {}", messages.join("; "));
    }
    Outcome::Fail(text)
}

/// One call of the command line.
fn cli_call(cli: &Path, base_url: &str, argv: &[String], env: &[(String, String)]) -> Outcome {
    let output = Command::new(cli)
        .arg("--base-url")
        .arg(base_url)
        .args(argv)
        .env_clear()
        .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output();
    match output {
        Ok(o) if o.status.success() => Outcome::Pass,
        Ok(o) => {
            let stderr = String::from_utf8_lossy(&o.stderr);
            let first = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            Outcome::Fail(format!("exit {}: {first}", o.status.code().unwrap_or(-1)))
        }
        Err(e) => Outcome::Fail(format!("cannot run: {e}")),
    }
}

/// The report as Markdown: a table of every spec, the totals, and every failure.
pub fn table(reports: &[SpecReport], modes: &[Mode]) -> String {
    let mut out = String::new();
    let mut head = "| spec | operations |".to_owned();
    let mut rule = "|---|---:|".to_owned();
    for mode in modes {
        let _ = write!(head, " passed {} |", mode.name());
        rule.push_str("---:|");
    }
    let _ = write!(head, " Prism's faults |");
    rule.push_str("---:|");
    let _ = writeln!(out, "{head}\n{rule}");
    let (mut ops, mut passed, mut excepted) = (0, BTreeMap::<Mode, usize>::new(), 0);
    for r in reports {
        ops += r.operations;
        let mut row = format!("| {} | {} |", r.spec, r.operations);
        for mode in modes {
            let n = r.passed.get(mode).copied().unwrap_or(0);
            *passed.entry(*mode).or_default() += n;
            let _ = write!(row, " {n} |");
        }
        let ex = r.excepted.values().copied().max().unwrap_or(0);
        excepted += ex;
        let _ = write!(row, " {ex} |");
        if let Some(fatal) = &r.fatal {
            let _ = write!(row, " {fatal} |");
        }
        let _ = writeln!(out, "{row}");
    }
    let mut total = format!("| **all {} specs** | **{ops}** |", reports.len());
    for mode in modes {
        let _ = write!(total, " **{}** |", passed.get(mode).copied().unwrap_or(0));
    }
    let _ = writeln!(out, "{total} **{excepted}** |");
    // Each operation's failures once per reason, with the calls that gave it.
    let mut grouped: BTreeMap<(&str, &str, String), Vec<String>> = BTreeMap::new();
    for r in reports {
        for f in &r.failures {
            let reason = match &f.outcome {
                Outcome::Pass => continue,
                Outcome::Exception(e) => format!("exception: {}", e.name()),
                Outcome::Fail(reason) => reason.chars().take(400).collect(),
            };
            grouped
                .entry((r.spec.as_str(), f.operation.as_str(), reason))
                .or_default()
                .push(format!(
                    "{} {} {}",
                    f.mode.name(),
                    f.path.name(),
                    f.variant.name()
                ));
        }
    }
    if !grouped.is_empty() {
        let _ = writeln!(
            out,
            "\nFailures (spec, operation, the calls [mode client inputs], reason):\n"
        );
        for ((spec, operation, reason), calls) in grouped {
            let _ = writeln!(out, "- {spec} {operation} [{}]: {reason}", calls.join(", "));
        }
    }
    out
}
