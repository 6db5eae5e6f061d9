//! Every registered service is complete outside `src/` too (the compiler checks what is inside,
//! and the tests below the files and keys it cannot): its page in docs/services/ (a skeleton
//! written by `CHATDROP_UPDATE_DOCS`, the settings table and commands generated), its section of
//! config.example.toml and the rows of the tables of services in the README,
//! docs/configuration.md and docs/server-versions.md, all generated. Each check is a test of
//! its own that names the service and what is missing, so forgetting one part fails one test.

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

/// Every `.rs` file under `dir`, sorted.
fn sources(dir: &Path, into: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, into);
        } else if path.extension().is_some_and(|x| x == "rs") {
            into.push(path);
        }
    }
}

/// The per-service modules are declared by the registry (`service_modules!`), and rustfmt does
/// not follow modules a macro declares, so `cargo fmt --check` alone would skip every service's
/// files: each file of `src/` and `tests/` is checked here, by name.
#[test]
fn every_source_file_is_formatted_even_those_the_registry_declares() {
    let mut files = Vec::new();
    sources(&repo().join("src"), &mut files);
    sources(&repo().join("tests"), &mut files);
    let out = match std::process::Command::new("rustfmt").args(["--check", "--edition", "2024"]).args(&files).output() {
        Ok(out) => out,
        Err(e) => panic!("cannot run rustfmt ({e}): `rustup component add rustfmt`"),
    };
    let diff = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "not formatted: run `rustfmt --edition 2024 $(git ls-files '*.rs')`\n{}",
        diff.lines().filter(|l| l.starts_with("Diff in")).collect::<Vec<_>>().join("\n")
    );
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

/// The `## HEADING` section of `page` (up to the next `## `): its span.
fn section(page: &str, heading: &str) -> Option<(usize, usize)> {
    let start = page.find(&format!("\n## {heading}\n"))? + heading.len() + 5;
    Some((start, page[start..].find("\n## ").map_or(page.len(), |at| start + at + 1)))
}

/// In the `## HEADING` section of `docs/services/<name>.md`, the block `find` finds there is
/// `body`, or (with CHATDROP_UPDATE_DOCS) now is, put after the heading when there is none:
/// None, else what is wrong.
fn block_in_page(s: Service, heading: &str, find: fn(&str) -> Option<(usize, usize)>, body: &str) -> Option<String> {
    let path = repo().join(format!("docs/services/{}.md", s.name));
    let Ok(page) = std::fs::read_to_string(&path) else {
        return Some(format!("no docs/services/{}.md: `{REGENERATE}` writes its skeleton", s.name));
    };
    let Some((start, end)) = section(&page, heading) else {
        return Some(format!("docs/services/{}.md has no `## {heading}`", s.name));
    };
    let (from, to) = match find(&page[start..end]) {
        Some((a, b)) => (start + a, start + b),
        None => (start + 1, start + 1),
    };
    let body = if from == to { format!("{body}\n") } else { body.to_string() };
    if page[from..to] == body {
        return None;
    }
    if std::env::var_os("CHATDROP_UPDATE_DOCS").is_some() {
        std::fs::write(&path, format!("{}{body}{}", &page[..from], &page[to..])).unwrap();
        return None;
    }
    Some(format!("the {heading} of docs/services/{}.md are stale: run `{REGENERATE}`", s.name))
}

/// The settings table of a page's section: from its header row to the first line that is no row.
fn table_in(section: &str) -> Option<(usize, usize)> {
    let start = section.find("| key | variable | meaning |")?;
    let len: usize = section[start..].lines().take_while(|l| l.starts_with('|')).map(|l| l.len() + 1).sum();
    Some((start, start + len))
}

/// The first code block of a page's section.
fn code_in(section: &str) -> Option<(usize, usize)> {
    let start = section.find("```\n")?;
    Some((start, start + 4 + section[start + 4..].find("```\n")? + 4))
}

/// Every service has a docs page whose `## Settings` hold the table of its keys (put right after
/// the heading when the page has none).
#[test]
fn every_service_has_a_docs_page_with_its_settings_table() {
    let missing = lacking(|s| {
        let path = repo().join(format!("docs/services/{}.md", s.name));
        if !path.exists() && std::env::var_os("CHATDROP_UPDATE_DOCS").is_some() {
            std::fs::write(&path, skeleton(s)).unwrap();
        }
        let todo = std::fs::read_to_string(&path).is_ok_and(|page| page.contains("TODO"));
        let todo = todo.then(|| format!("docs/services/{}.md: write what its TODO lines ask", s.name));
        block_in_page(s, "Settings", table_in, &settings_table(s)).or(todo)
    });
    assert!(missing.is_empty(), "{missing:#?}");
}

/// A new service's docs page as `CHATDROP_UPDATE_DOCS` first writes it: the headings every
/// page has, its generated settings table and commands, and TODO lines for the rest.
fn skeleton(s: Service) -> String {
    let commands = chatdrop::cli::service_synopsis(s.name).unwrap_or_default().join("\n");
    format!(
        "# {}\n\nTODO: what it is and what chatdrop does with it, in a line or two.\n\n## Setup\n\n\
         TODO: what `chatdrop login {}` asks and checks; the variables a CI job sets instead.\n\n\
         ## Settings\n\n{}\n## Commands\n\n```\n{commands}\n```\n\n## Limits\n\n\
         TODO: the size limit and what else is refused before any request.\n\n## Server versions\n\n\
         Checked against: TODO (repository, revision, or the documentation page)\n\n\
         What needs which version: TODO\n",
        s.kind().title(),
        s.name,
        settings_table(s),
    )
}

/// The text between the line `<!-- generated: NAME ... -->` and the line of `<!-- end
/// generated: NAME -->` in `path` (each may stand in a comment: `# <!-- ... -->` in TOML) is
/// `body`: None when it is (or, with CHATDROP_UPDATE_DOCS, now is), else what is wrong.
fn generated(path: &str, name: &str, body: &str) -> Option<String> {
    let text = read(path);
    let open = format!("<!-- generated: {name} ");
    let close = format!("<!-- end generated: {name} -->");
    let Some(start) = text.find(&open).and_then(|at| text[at..].find("-->\n").map(|end| at + end + 4)) else {
        return Some(format!("{path} has no `{open}(from the registry, tests/it/registry.rs) -->` line"));
    };
    let line_start = |at: usize| text[..at].rfind('\n').map_or(0, |nl| nl + 1);
    let Some(end) = text[start..].find(&close).map(|at| line_start(start + at)) else {
        return Some(format!("{path} has no `{close}` line after `{open}`"));
    };
    if text[start..end] == *body {
        return None;
    }
    if std::env::var_os("CHATDROP_UPDATE_DOCS").is_some() {
        std::fs::write(repo().join(path), format!("{}{body}{}", &text[..start], &text[end..])).unwrap();
        return None;
    }
    Some(format!("{path}'s {name} are stale: run `{REGENERATE}`"))
}

/// The first code block of each service's docs page's `## Commands` is its commands' synopsis,
/// one line each, from the command line's own definition (`cli::service_synopsis`).
#[test]
fn the_commands_block_of_each_docs_page_is_generated_from_the_command_line_as_each_settings_table() {
    let stale = lacking(|s| {
        if !repo().join(format!("docs/services/{}.md", s.name)).exists() {
            return None; // every_service_has_a_docs_page_with_its_settings_table names it
        }
        let Some(lines) = chatdrop::cli::service_synopsis(s.name) else {
            return Some(format!("no `chatdrop {}`", s.name));
        };
        block_in_page(s, "Commands", code_in, &format!("```\n{}\n```\n", lines.join("\n")))
    });
    assert!(stale.is_empty(), "{stale:#?}");
}

/// config.example.toml's section of a service: its title and login, then each key's help (and
/// default) over its example value, set for what `login` asks that has one, else commented out.
fn config_section(s: Service) -> String {
    let kind = s.kind();
    let rule = "-".repeat(93);
    let mut out =
        format!("# {rule}\n# {}. Log in with `chatdrop login {}`.\n[default.{}]\n", kind.title(), s.name, s.name);
    for key in kind.keys() {
        let help = key.help();
        let secret = if key.is_secret() { "SECRET. " } else { "" };
        let default = key.default().map(|d| format!(" Default: {d}")).unwrap_or_default();
        let comment = format!("{secret}{}{}.{default}", help[..1].to_uppercase(), &help[1..]);
        // Wrapped at 95 columns, as the rest of the file.
        let mut line = String::from("#");
        for word in comment.split(' ') {
            if line.len() + word.len() >= 95 {
                out.push_str(&format!("{line}\n"));
                line = String::from("#");
            }
            line.push_str(&format!(" {word}"));
        }
        out.push_str(&format!("{line}\n"));
        let value = match key.example() {
            Some(v) if key.is_switch() => v.to_string(),
            Some(v) => format!("{v:?}"),
            None => "\"...\"".to_string(),
        };
        let set = kind.login().contains(key) && !key.is_secret() && key.example().is_some();
        out.push_str(&format!("{}{} = {value}\n", if set { "" } else { "# " }, key.name()));
    }
    out + "\n"
}

/// config.example.toml's `[default.<service>]` sections are generated from each service's keys.
#[test]
fn config_example_sections_are_generated_from_the_registry_as_each_settings_table() {
    let sections: String = services().into_iter().map(config_section).collect();
    let stale = generated("config.example.toml", "services", &sections);
    assert!(stale.is_none(), "{stale:?}");
}

/// The paragraph of `docs/services/<name>.md`'s "Server versions" section that starts with
/// `label`, as one line (for docs/server-versions.md's table: no relative links in it).
fn server_versions(s: Service, label: &str) -> Result<String, String> {
    let path = format!("docs/services/{}.md", s.name);
    let page = std::fs::read_to_string(repo().join(&path)).map_err(|e| format!("{path}: {e}"))?;
    let section = page.split("\n## Server versions\n").nth(1).ok_or(format!("{path} has no `## Server versions`"))?;
    let section = section.split("\n#").next().unwrap_or_default();
    let paragraph = section.split("\n\n").map(str::trim).find(|p| p.starts_with(label));
    let paragraph = paragraph.ok_or(format!("{path}'s Server versions have no paragraph starting `{label}`"))?;
    Ok(paragraph[label.len()..].split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The README's table of services (commands, page, what it does) and its fixed last rows.
fn readme_services() -> Result<String, String> {
    let mut table = String::from("| command | service | what it does |\n|---|---|---|\n");
    for s in services() {
        let (about, verbs) =
            chatdrop::cli::service_summary(s.name).ok_or(format!("{}: no `chatdrop {}`", s.name, s.name))?;
        let title = s.kind().title();
        let what = about.split_once(": ").map_or(about.as_str(), |(_, what)| what);
        let verbs: Vec<String> = verbs.iter().map(|v| format!("`{v}`")).collect();
        let verbs = verbs.join(" / ").replacen('`', &format!("`chatdrop {} ", s.name), 1);
        table.push_str(&format!("| {verbs} | [{title}](docs/services/{}.md) | {what} |\n", s.name));
    }
    table.push_str(
        "| `chatdrop history` | all of them | what was sent where, from the [journal](docs/journal.md); `--skip-sent` makes re-runs send only what is missing |\n",
    );
    Ok(table)
}

/// docs/configuration.md's per-service table: what `login` asks, and the variables for CI.
fn configuration_services() -> String {
    let mut table = String::from("| service | login asks for | CI env vars |\n|---|---|---|\n");
    for s in services() {
        let kind = s.kind();
        let asks: Vec<String> = kind.login().iter().map(|k| format!("`{}`", k.name())).collect();
        let sets: Vec<String> = kind
            .credential_sets()
            .iter()
            .map(|set| set.iter().map(|k| format!("`{}`", kind.env_var(*k))).collect::<Vec<_>>().join(" + "))
            .collect();
        table.push_str(&format!(
            "| [{}](services/{}.md#setup) | {} | {} |\n",
            s.name,
            s.name,
            asks.join(", "),
            sets.join(", or ")
        ));
    }
    table
}

/// The README's table of services, docs/configuration.md's per-service table and settings links,
/// and docs/server-versions.md's table are generated from the registry (and each page's "Server
/// versions"); `CHATDROP_UPDATE_DOCS=1` rewrites them.
#[test]
fn service_tables_of_the_docs_are_generated_from_the_registry_as_each_settings_table() {
    let mut stale = Vec::new();
    match readme_services() {
        Ok(table) => stale.extend(generated("README.md", "services", &table)),
        Err(e) => stale.push(e),
    }
    stale.extend(generated("docs/configuration.md", "services", &configuration_services()));
    let links: Vec<String> =
        services().iter().map(|s| format!("[{}](services/{}.md#settings)", s.kind().title(), s.name)).collect();
    stale.extend(generated("docs/configuration.md", "settings links", &format!("{}.\n", links.join(",\n"))));
    let mut versions = String::from(
        "| service | checked against (repository, revision) | what needs which version |\n|---|---|---|\n",
    );
    // The table is made from the pages: while one is missing (every_service_has_a_docs_page_…
    // names it), the table is left as it is.
    let pages = services().into_iter().all(|s| repo().join(format!("docs/services/{}.md", s.name)).exists());
    for s in services().into_iter().filter(|_| pages) {
        match (server_versions(s, "Checked against:"), server_versions(s, "What needs which version:")) {
            (Ok(checked), Ok(needs)) => versions.push_str(&format!(
                "| [{}](services/{}.md#server-versions) | {checked} | {needs} |\n",
                s.kind().title(),
                s.name
            )),
            (Err(e), _) | (_, Err(e)) => stale.push(format!("{}: {e}", s.name)),
        }
    }
    if pages {
        stale.extend(generated("docs/server-versions.md", "services", &versions));
    }
    assert!(stale.is_empty(), "{stale:#?}");
}

#[test]
fn the_description_names_every_service() {
    let r = run(TestEnv::new().bare().arg("--help"));
    for s in services() {
        assert!(r.stdout.lines().next().unwrap_or_default().contains(s.kind().title()), "{}: {}", s.name, r.stdout);
    }
}

/// Each file of a service (`src/{services,sandbox,cli,commands}/<name>.rs`, `tests/it/<name>.rs`)
/// is declared by the registry line, the rest by a `mod` line: a service whose line was
/// forgotten would compile without its files, and its tests would never run.
#[test]
fn every_file_of_a_service_is_declared_by_its_registry_line() {
    let names: Vec<&str> = services().iter().map(|s| s.name).collect();
    let mut orphans = Vec::new();
    for (dir, parent) in [
        ("src/services", "mod.rs"),
        ("src/sandbox", "mod.rs"),
        ("src/cli", "mod.rs"),
        ("src/commands", "mod.rs"),
        ("tests/it", "main.rs"),
    ] {
        let declaring = read(&format!("{dir}/{parent}"));
        let declared = |stem: &str| {
            declaring.lines().any(|l| {
                let l = l.trim();
                l.strip_suffix(&format!("mod {stem};")).is_some_and(|head| head.is_empty() || head.ends_with(' '))
            })
        };
        for entry in std::fs::read_dir(repo().join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else { continue };
            let rust = path.is_dir() || path.extension().is_some_and(|x| x == "rs");
            if rust && !["mod", "main", "lib"].contains(&stem) && !names.contains(&stem) && !declared(stem) {
                orphans.push(format!(
                    "{dir}/{}: declared nowhere (a service's files are declared by its line in \
                     `with_each_service!`, src/lib.rs; any other by a `mod {stem};` in {dir}/{parent})",
                    path.file_name().unwrap().to_string_lossy()
                ));
            }
        }
    }
    orphans.sort();
    assert!(orphans.is_empty(), "{orphans:#?}");
}

/// Each key constant an adapter declares (`pub mod keys` of `src/services/<name>.rs`) is in
/// its `KIND`'s keys: read from the source, since a constant left out compiles and only
/// panics in debug builds where it is read (`ServiceKind::debug_assert_owns`).
#[test]
fn every_key_an_adapter_declares_is_in_its_kind() {
    let unlisted = lacking(|s| {
        let path = format!("src/services/{}.rs", s.name);
        let source = std::fs::read_to_string(repo().join(&path)).ok()?;
        let keys = source.split("pub mod keys {").nth(1)?.split("\n}\n").next()?;
        let names: Vec<&str> = keys.split("Key::new(").skip(1).filter_map(|d| d.split('"').nth(1)).collect();
        let missing: Vec<&str> =
            names.into_iter().filter(|n| !s.kind().keys().iter().any(|k| k.name() == *n)).collect();
        (!missing.is_empty()).then(|| format!("{path}: keys {missing:?} are declared but not in the keys of its KIND"))
    });
    assert!(unlisted.is_empty(), "{unlisted:#?}");
}
