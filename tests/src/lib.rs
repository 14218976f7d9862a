//! Helpers shared by the integration tests: where the repository is, reading a folder of
//! generated files the way the generator sees it, and checking generated crates with cargo.

use std::path::{Path, PathBuf};

use generator::Files;

pub mod conformance;
pub mod loopback;

/// The repository root.
pub fn repo_root() -> PathBuf {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    here.parent().unwrap_or(here).to_path_buf()
}

/// The generator configuration that `spec/select.yaml` describes, and the spec's bytes.
///
/// # Panics
///
/// If the selection file or the spec cannot be read: the tests cannot run without them.
pub fn checked_in_config() -> (generator::Config, Vec<u8>) {
    let root = repo_root();
    let text = std::fs::read_to_string(root.join("spec/select.yaml"))
        .expect("spec/select.yaml is readable");
    let file = generator::SelectionFile::parse(&text).expect("spec/select.yaml is valid");
    let spec = std::fs::read(root.join("spec").join(&file.spec)).expect("the spec is readable");
    let config = generator::Config {
        selection: file.selection(),
        spec_name: file.spec.clone(),
        package: file.package.clone(),
        version: file.version.clone().unwrap_or_else(|| "0.1.0".to_owned()),
        quickstart: file.quickstart.clone(),
        limits: generator::Limits::default(),
        changelog: std::fs::read_to_string(root.join("spec/CHANGELOG.md")).ok(),
        skip_unsupported: false,
        products: Vec::new(),
    };
    (config, spec)
}

/// Every file under `dir`, by relative path with `/`, skipping build output and hidden files,
/// as the generator's own `--check` sees them.
///
/// # Panics
///
/// If the folder cannot be read.
pub fn read_tree(dir: &Path) -> Files {
    let mut out = Files::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || name == "target" || name == "Cargo.lock" {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(dir).expect("under dir");
                let rel = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let bytes = std::fs::read(&path).expect("readable file");
                out.insert(rel, String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    out
}

/// Builds one target of the generated crate with cargo and returns its path under
/// `target/<profile>/`; `cargo_args` select it, `relative` is its path in the profile folder.
fn build_generated(cargo_args: &[&str], relative: &str) -> PathBuf {
    let status = std::process::Command::new(env!("CARGO"))
        .args(["build", "--quiet", "-p", "twilio-api-v2010"])
        .args(cargo_args)
        .current_dir(repo_root())
        .status()
        .expect("cargo runs");
    assert!(status.success(), "building {relative} failed");
    let exe = std::env::current_exe().expect("test binary path");
    // target/<profile>/deps/<test> -> target/<profile>/<relative>
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>");
    profile_dir.join(format!("{relative}{}", std::env::consts::EXE_SUFFIX))
}

/// The `twilio-api-v2010` command line, built (once per test process) with its `cli` feature.
///
/// # Panics
///
/// If cargo cannot build it.
pub fn cli_binary() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            build_generated(
                &["--features", "cli", "--bin", "twilio-api-v2010"],
                "twilio-api-v2010",
            )
        })
        .clone()
}

/// A Prism mock server (`prism mock --errors`) serving `spec/twilio_api_v2010.json` on a free
/// port of 127.0.0.1; stopped when dropped. Installs Prism with `scripts/install-prism.sh` if it
/// is missing.
pub struct Prism {
    child: std::process::Child,
    /// `http://127.0.0.1:<port>`.
    pub base_url: String,
}

impl Prism {
    /// Starts `prism mock --errors` and waits until it answers.
    ///
    /// # Panics
    ///
    /// If Prism cannot be installed or does not start within two minutes.
    pub fn start() -> Prism {
        Self::start_with(true)
    }

    /// Starts Prism, with `--errors` (responses that break the spec become 500s) or without
    /// (requests are still validated: 422 for any the spec forbids, 401 without credentials).
    ///
    /// # Panics
    ///
    /// If Prism cannot be installed or does not start within two minutes.
    pub fn start_with(errors: bool) -> Prism {
        let spec = repo_root().join("spec/twilio_api_v2010.json");
        Self::serve(&spec, if errors { &["--errors"] } else { &[] })
    }

    /// Starts `prism mock ARGS SPEC` on a free port of 127.0.0.1 and waits until it answers.
    ///
    /// # Panics
    ///
    /// If Prism cannot be installed, or does not start within two minutes.
    pub fn serve(spec: &Path, args: &[&str]) -> Prism {
        Self::try_serve(spec, args, None).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Whether Prism is still running.
    pub fn alive(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// [`Prism::serve`], with an error rather than a panic when Prism cannot serve the spec;
    /// what Prism prints goes to `log` (else nowhere).
    ///
    /// # Errors
    ///
    /// Prism cannot be installed, exits before it listens, or does not listen within two
    /// minutes.
    pub fn try_serve(spec: &Path, args: &[&str], log: Option<&Path>) -> Result<Prism, String> {
        let root = repo_root();
        let prism = root.join(".tools/prism/node_modules/.bin/prism");
        if !prism.exists() {
            let status = std::process::Command::new("bash")
                .arg(root.join("scripts/install-prism.sh"))
                .status()
                .map_err(|e| format!("bash cannot run: {e}"))?;
            if !status.success() {
                return Err("scripts/install-prism.sh failed".to_owned());
            }
        }
        // Two Prisms started by one test process must never be given the same port: the second
        // would fail to bind, and the wait below would see the first one listening.
        static GIVEN: std::sync::Mutex<std::collections::BTreeSet<u16>> =
            std::sync::Mutex::new(std::collections::BTreeSet::new());
        let port = loop {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .map(|a| a.port())
                .expect("a free port");
            let mut given = GIVEN
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            if given.insert(port) {
                break port;
            }
        };
        let child = std::process::Command::new(&prism)
            .arg("mock")
            .args(args)
            .args(["-h", "127.0.0.1", "-p", &port.to_string()])
            .arg(spec)
            .stdout(output(log)?)
            .stderr(output(log)?)
            .spawn()
            .map_err(|e| format!("prism cannot start: {e}"))?;
        let mut server = Prism {
            child,
            base_url: format!("http://127.0.0.1:{port}"),
        };
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if std::time::Instant::now() >= deadline {
                return Err(format!("Prism did not start listening on port {port}"));
            }
            if let Some(exited) = server.child.try_wait().ok().flatten() {
                return Err(format!("Prism exited before listening ({exited})"));
            }
            std::thread::sleep(std::time::Duration::from_millis(200));
        }
        Ok(server)
    }
}

/// Where a child's output goes: appended to `log`, or nowhere.
fn output(log: Option<&Path>) -> Result<std::process::Stdio, String> {
    match log {
        None => Ok(std::process::Stdio::null()),
        Some(path) => std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map(std::process::Stdio::from)
            .map_err(|e| format!("cannot write {}: {e}", path.display())),
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The `receive_messages` example of the generated crate, built once per test process.
///
/// # Panics
///
/// If cargo cannot build it.
pub fn receive_example() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            build_generated(
                &["--example", "receive_messages"],
                "examples/receive_messages",
            )
        })
        .clone()
}

/// An example of the generated crate (`call_messages`, `list_calls`, …), built by cargo.
///
/// # Panics
///
/// If cargo cannot build it.
pub fn example(name: &str) -> PathBuf {
    build_generated(&["--example", name], &format!("examples/{name}"))
}

/// Writes a generated crate into `dir/member`; gives the crate's folder.
///
/// # Panics
///
/// If a file cannot be written.
pub fn write_crate(dir: &Path, member: &str, generated: &generator::Generated) -> PathBuf {
    let crate_dir = dir.join(member);
    for (path, text) in &generated.files {
        let target = crate_dir.join(path);
        std::fs::create_dir_all(target.parent().expect("parent")).expect("folders");
        std::fs::write(target, text).expect("write");
    }
    crate_dir
}

/// Makes `dir` a workspace of the crates `members` (written by [`write_crate`]) with the
/// repository's lock file, and runs cargo in it as a user would, offline and with the
/// repository's target folder: clippy with warnings denied on all targets and features, the
/// doctests (clippy does not compile them: the crate docs' quick start must compile too), then
/// each of `more`. Every run must succeed.
///
/// # Panics
///
/// If a run fails, with its output.
pub fn check_crates(dir: &Path, members: &[&str], more: &[&[&str]]) {
    let root = repo_root();
    let list: Vec<String> = members.iter().map(|m| format!("\"{m}\"")).collect();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            list.join(", ")
        ),
    )
    .expect("workspace");
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).expect("lock file");
    let cargo = |args: &[&str]| {
        let run = std::process::Command::new(env!("CARGO"))
            .args(args)
            .current_dir(dir)
            .env("CARGO_TARGET_DIR", root.join("target"))
            .output()
            .expect("cargo runs");
        assert!(
            run.status.success(),
            "cargo {}:\n{}{}",
            args.join(" "),
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        );
    };
    cargo(&[
        "clippy",
        "--offline",
        "--workspace",
        "--all-targets",
        "--all-features",
        "--",
        "-D",
        "warnings",
    ]);
    cargo(&["test", "--offline", "--workspace", "--doc"]);
    for args in more {
        cargo(args);
    }
}
