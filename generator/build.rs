//! Prints the runtime modules that every generated crate gets unchanged (`templates/runtime/`)
//! once, at build time: each is parsed with `syn::parse_file`, which proves it is Rust, and
//! printed with `prettyplease`, exactly as the generated modules are at run time. Generating a
//! crate then only copies them.
//!
//! Every `.rs` file of the folder is a runtime file but the runtime crate's own `lib.rs` (its
//! stand-ins for what a spec makes) and `unit_tests.rs`; `runtime_files.rs` lists them, and
//! `render::RUNTIME_PLACES` says where each goes in a crate.

use std::path::Path;

/// The runtime crate's own files, which generated crates do not get.
const OWN: [&str; 2] = ["lib.rs", "unit_tests.rs"];

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_owned());
    let dir = Path::new(&manifest).join("../templates/runtime");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rs") && !OWN.contains(&n.as_str()))
            .collect(),
        Err(e) => {
            println!("cargo::error=cannot read {}: {e}", dir.display());
            return;
        }
    };
    names.sort();
    let mut list = String::from(
        "/// Every runtime file, by its name in `templates/runtime/`, as build.rs printed it.\n\
         pub(crate) const RUNTIME_FILES: &[(&str, &str)] = &[\n",
    );
    for name in &names {
        let path = dir.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                println!("cargo::error=cannot read {}: {e}", path.display());
                return;
            }
        };
        let file = match syn::parse_file(&text) {
            Ok(f) => f,
            Err(e) => {
                println!("cargo::error=templates/runtime/{name} is not Rust: {e}");
                return;
            }
        };
        let printed = Path::new(&out).join(name);
        if let Err(e) = std::fs::write(&printed, prettyplease::unparse(&file)) {
            println!("cargo::error=cannot write {name}: {e}");
            return;
        }
        list.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            printed.display().to_string()
        ));
    }
    list.push_str("];\n");
    if let Err(e) = std::fs::write(Path::new(&out).join("runtime_files.rs"), list) {
        println!("cargo::error=cannot write runtime_files.rs: {e}");
    }
}
