//! The conformance harness on the command line: `conformance [OPTIONS] SPEC_OR_FOLDER...`.
//!
//! Generates each spec's crate with every operation, builds it, and calls every operation
//! through the library and the command line against Prism serving the spec, in its static and
//! dynamic modes, and through the library against the crate's own typed mock; prints a Markdown
//! table (spec, operations, passed per mode, Prism's faults) and every failure. Exits 1 if any
//! operation fails.
//!
//! A spec may be given as `SPEC@PATH_PREFIX` for the operations under one path only. Options:
//! `--static`, `--dynamic` or `--mock` (one mode only), `--no-mock`, `--no-cli` (the library
//! only), `--work DIR` (where crates are written; `target/conformance` by default).

use std::process::ExitCode;

use tests::conformance::{self, Mode, Options};

fn main() -> ExitCode {
    let mut options = Options::new();
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--static" => options.modes = vec![Mode::Static],
            "--dynamic" => options.modes = vec![Mode::Dynamic],
            "--mock" => options.modes = vec![Mode::Mock],
            "--no-mock" => options.modes.retain(|m| *m != Mode::Mock),
            "--no-cli" => options.cli = false,
            "--work" => match args.next() {
                Some(dir) => {
                    options.work = match std::path::absolute(&dir) {
                        Ok(dir) => dir,
                        Err(e) => return usage(&format!("--work {dir}: {e}")),
                    }
                }
                None => return usage("--work needs a folder"),
            },
            "-h" | "--help" => return usage(""),
            flag if flag.starts_with('-') => return usage(&format!("unknown option {flag}")),
            path => paths.push(path.to_owned()),
        }
    }
    if paths.is_empty() {
        return usage("name at least one spec or folder");
    }
    let targets = conformance::targets(&paths);
    let reports = conformance::run(&targets, &options, &mut |line| eprintln!("{line}"));
    print!("{}", conformance::table(&reports, &options.modes));
    if reports.iter().all(conformance::SpecReport::clean) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("error: {problem}");
    }
    eprintln!(
        "usage: conformance [--static|--dynamic|--mock] [--no-mock] [--no-cli] [--work DIR] SPEC_OR_FOLDER..."
    );
    ExitCode::from(2)
}
