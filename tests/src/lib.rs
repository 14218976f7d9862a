//! Helpers shared by the integration tests: where the repository is, and reading a folder of
//! generated files the way the generator sees it.

use std::path::{Path, PathBuf};

use generator::Files;

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
