//! Compiles the bundled decks and workshops into the program: every `*.ron` file under `decks/`
//! becomes an entry of `BUNDLED_FILES` (its path under `decks/` and its text), so the app lists
//! them whatever folder it is started in, and a changed or added file is picked up by the next
//! build.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        let hidden = path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            collect(&path, found);
        } else if path.extension().is_some_and(|e| e == "ron") {
            found.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let decks = root.join("decks");
    println!("cargo:rerun-if-changed=decks");
    let mut found = Vec::new();
    collect(&decks, &mut found);
    let mut code = String::from("/// Every bundled file: its path under `decks/` and its text.\n");
    code.push_str("pub const BUNDLED_FILES: &[(&str, &str)] = &[\n");
    for path in &found {
        let relative = path
            .strip_prefix(&decks)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        // The path through the manifest folder of the build that compiles it, not the one
        // that last ran this script: worktrees sharing one target folder share this output.
        let _ = writeln!(
            code,
            "    ({relative:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/decks/{}\"))),",
            relative.escape_default()
        );
    }
    code.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("bundled.rs");
    if let Err(e) = std::fs::write(&out, code) {
        panic!("cannot write {}: {e}", out.display());
    }
}
