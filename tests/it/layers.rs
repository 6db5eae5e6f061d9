//! The layering ARCHITECTURE.md draws, checked on the source: every `crate::` path a
//! top-level module of `src/` names points to a module in a lower layer (so there are no
//! cycles), clap is named under `src/cli/` only, and the environment is read in `src/env.rs`
//! only.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Top to bottom, as in ARCHITECTURE.md ("Layers"); `main` and `lib` sit above them all.
const LAYERS: &[&[&str]] = &[
    &["app"],
    &["commands"],
    &["cli", "sandbox"],
    &["config"],
    &["services", "output", "download"],
    &["upload", "http", "journal", "paging", "ids"],
    &["log", "secret", "text", "error", "env", "hash", "media", "rand", "safe_fs"],
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file below `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The top-level module a file belongs to (`src/commands/common.rs` → `commands`).
fn module_of(file: &Path) -> String {
    let rel = file.strip_prefix(src()).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().into_owned();
    first.trim_end_matches(".rs").to_string()
}

/// The code of a file without its comments (doc comments name other modules freely).
fn code(file: &Path) -> String {
    std::fs::read_to_string(file)
        .unwrap()
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let mut wrong = BTreeSet::new();
    for file in rust_files(&src()) {
        let from = module_of(&file);
        if from == "main" || from == "lib" {
            continue;
        }
        let from_layer =
            layer(&from).unwrap_or_else(|| panic!("src/{from} is in no layer of this test and ARCHITECTURE.md"));
        let text = code(&file);
        for (i, _) in text.match_indices("crate::") {
            let to: String = text[i + 7..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
            if to.is_empty() || to == from {
                continue;
            }
            let to_layer =
                layer(&to).unwrap_or_else(|| panic!("src/{to} (named in {}) is in no layer", file.display()));
            if to_layer <= from_layer {
                wrong.insert(format!("{from} -> {to} ({})", file.strip_prefix(src()).unwrap().display()));
            }
        }
    }
    assert!(wrong.is_empty(), "uses of a layer not below:\n{}", wrong.into_iter().collect::<Vec<_>>().join("\n"));
}

#[test]
fn clap_is_named_under_cli_only() {
    let outside: Vec<String> = rust_files(&src())
        .into_iter()
        .filter(|f| !f.starts_with(src().join("cli")))
        .filter(|f| code(f).contains("clap"))
        .map(|f| f.display().to_string())
        .collect();
    assert!(outside.is_empty(), "clap outside src/cli: {outside:?}");
}

#[test]
fn the_environment_is_read_in_env_only() {
    let outside: Vec<String> = rust_files(&src())
        .into_iter()
        .filter(|f| f.file_name().is_some_and(|n| n != "env.rs"))
        .filter(|f| {
            let text = code(f);
            ["std::env::var", "env::var(", "env::var_os(", "env::vars("].iter().any(|call| text.contains(call))
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(outside.is_empty(), "the environment read outside src/env.rs: {outside:?}");
}

/// `code` without its `#[cfg(test)]` module (unit tests name services freely, as examples).
fn shipped_code(file: &Path) -> String {
    let text = code(file);
    match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

#[test]
fn below_the_commands_only_a_services_own_modules_and_the_registry_name_it() {
    // The two places the environment's table and the sandbox's start name one fake's seam
    // (CHATDROP_SANDBOX_CARBONIO_API): a variable belongs to env.rs's one table.
    let allowed = [("env.rs", "carbonio"), ("sandbox/mod.rs", "carbonio")];
    let names: Vec<&str> = chatdrop::services::ALL.iter().map(|s| s.name()).collect();
    let mut wrong = BTreeSet::new();
    for file in rust_files(&src()) {
        let rel = file.strip_prefix(src()).unwrap().to_string_lossy().into_owned();
        let module = module_of(&file);
        if ["main", "lib", "app", "commands"].contains(&module.as_str()) {
            continue;
        }
        let text = shipped_code(&file);
        for name in &names {
            let own = rel.ends_with(&format!("/{name}.rs"));
            let registry = rel.ends_with("mod.rs") && text.contains(&format!("mod {name};"));
            if own || allowed.contains(&(rel.as_str(), name)) {
                continue;
            }
            let upper = name.to_ascii_uppercase();
            let said = [format!("{name}::"), format!("\"{name}\""), format!(".{name}."), format!("_{upper}_")];
            let lines = text.lines().filter(|l| !(registry && l.trim_end().ends_with(&format!("mod {name};"))));
            // A JSON key that happens to be a service's name (`"ok": false`) is not the service.
            let json_key = format!("\"{name}\":");
            if lines.into_iter().any(|l| said.iter().any(|s| l.replace(&json_key, "").contains(s.as_str()))) {
                wrong.insert(format!("src/{rel} names {name}"));
            }
        }
    }
    assert!(wrong.is_empty(), "a service named outside its own modules and the registry:\n{wrong:#?}");
}
