//! The floor for the benchmark: read a spec and parse all of it with `openapiv3`, nothing else.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: parse_floor SPEC.json");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(1);
        }
    };
    match serde_json::from_slice::<openapiv3::OpenAPI>(&bytes) {
        Ok(doc) => {
            println!("{} paths", doc.paths.paths.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            ExitCode::from(1)
        }
    }
}
