//! Every registered service is complete outside `src/` too (the compiler checks what is inside):
//! its own test file, its page in docs/services/ (with the settings table generated from its key
//! table), its row in docs/server-versions.md, docs/configuration.md and the README, and its
//! section of config.example.toml (tests/it/cli.rs). Each check is a test of its own that names
//! the service and what is missing, so forgetting one part fails exactly one test.

use std::path::{Path, PathBuf};

use crate::common::*;

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The services whose check failed, with what each lacks.
fn lacking(what: impl Fn(Service) -> Option<String>) -> Vec<String> {
    services().into_iter().filter_map(|s| what(s).map(|why| format!("{}: {why}", s.name))).collect()
}

#[test]
fn every_service_has_its_own_test_file() {
    let main = read("tests/it/main.rs");
    let missing = lacking(|s| {
        let file = format!("tests/it/{}.rs", s.name);
        if !repo().join(&file).is_file() {
            return Some(format!("no {file} (the tests of its own commands against its fake)"));
        }
        (!main.lines().any(|l| l.trim() == format!("mod {};", s.name)))
            .then(|| format!("no `mod {};` in tests/it/main.rs", s.name))
    });
    assert!(missing.is_empty(), "{missing:#?}");
}

/// A service's settings table, as its page shows it: one row per key of its table, in order.
fn settings_table(s: Service) -> String {
    let mut table = String::from("| key | variable | meaning |\n|---|---|---|\n");
    for key in s.kind().keys() {
        let secret = if key.is_secret() { " (secret)" } else { "" };
        table.push_str(&format!("| `{}` | `{}` | {}{secret} |\n", key.name(), s.kind().env_var(*key), key.help()));
    }
    table
}

/// The settings table of a page: from its header row to the first line that is no row.
fn table_in(page: &str) -> Option<(usize, usize)> {
    let start = page.find("| key | variable | meaning |")?;
    let len: usize = page[start..].lines().take_while(|l| l.starts_with('|')).map(|l| l.len() + 1).sum();
    Some((start, start + len))
}

#[test]
fn every_service_has_a_docs_page_with_its_settings_table() {
    let update = std::env::var_os("CHATDROP_UPDATE_DOCS").is_some();
    let missing = lacking(|s| {
        let path: PathBuf = repo().join(format!("docs/services/{}.md", s.name));
        let Ok(page) = std::fs::read_to_string(&path) else {
            return Some(format!("no docs/services/{}.md (setup, settings, commands, limits, notes)", s.name));
        };
        let Some((start, end)) = table_in(&page) else {
            return Some(format!("docs/services/{}.md has no settings table (`| key | variable | meaning |`)", s.name));
        };
        let table = settings_table(s);
        if page[start..end] == table {
            return None;
        }
        if update {
            std::fs::write(&path, format!("{}{table}{}", &page[..start], &page[end..])).unwrap();
            return None;
        }
        Some(format!("the settings table of docs/services/{}.md is stale: run `{REGENERATE}`", s.name))
    });
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn every_service_has_a_row_in_the_server_versions_and_the_configuration_pages() {
    let versions = read("docs/server-versions.md");
    let configuration = read("docs/configuration.md");
    let readme = read("README.md");
    let missing = lacking(|s| {
        let page = format!("services/{}.md", s.name);
        let row = |text: &str, link: &str| text.lines().any(|l| l.starts_with('|') && l.contains(link));
        if !row(&versions, &format!("]({page})")) {
            return Some(format!("no row in docs/server-versions.md linking {page} (what it was checked against)"));
        }
        if !row(&configuration, &format!("]({page}#setup)")) {
            return Some(format!("no row in docs/configuration.md's per-service table linking {page}#setup"));
        }
        if !configuration.contains(&format!("]({page}#settings)")) {
            return Some(format!("docs/configuration.md's service settings do not link {page}#settings"));
        }
        (!row(&readme, &format!("](docs/{page})"))).then(|| format!("no row in README.md's table linking docs/{page}"))
    });
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn the_description_names_every_service() {
    let r = run(TestEnv::new().bare().arg("--help"));
    for s in services() {
        assert!(r.stdout.lines().next().unwrap_or_default().contains(s.kind().title()), "{}: {}", s.name, r.stdout);
    }
}
