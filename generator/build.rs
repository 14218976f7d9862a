//! Prints the runtime modules that every generated crate gets unchanged (`templates/runtime/`)
//! once, at build time: each is parsed with `syn::parse_file`, which proves it is Rust, and
//! printed with `prettyplease`, exactly as the generated modules are at run time. Generating a
//! crate then only copies them.

use std::path::Path;

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_owned());
    let dir = Path::new(&manifest).join("../templates/runtime");
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    println!("cargo::rerun-if-changed={}", dir.display());
    for name in [
        "auth_schemes.rs",
        "auth_twilio.rs",
        "blocking.rs",
        "client.rs",
        "error.rs",
        "formats.rs",
        "jwt.rs",
        "mock.rs",
        "paging.rs",
        "support.rs",
        "webhook.rs",
        "sid_macro.rs",
        "receive_messages.rs",
    ] {
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
        if let Err(e) = std::fs::write(Path::new(&out).join(name), prettyplease::unparse(&file)) {
            println!("cargo::error=cannot write {name}: {e}");
            return;
        }
    }
}
