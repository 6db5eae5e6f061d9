//! Man pages for `chatdrop` and every subcommand (`chatdrop-pyrus-upload.1`), generated from
//! the clap definitions with clap_mangen plus the sections clap does not know: exit status,
//! environment and files. The repo keeps them in man/ (a test checks they are current);
//! `chatdrop man --install` puts them where man finds them, `chatdrop man NAME` prints one.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::CommandFactory;

use crate::cli::{Cli, install};
use crate::error::Failure;

/// `chatdrop man [COMMAND]` and `chatdrop man --install`.
pub fn run(page: Option<&str>, install: bool) -> anyhow::Result<()> {
    if install {
        return self::install();
    }
    let wanted = page_file(page.unwrap_or("chatdrop"));
    let pages = pages();
    let Some((_, text)) = pages.iter().find(|(name, _)| *name == wanted) else {
        let near: Vec<&str> = pages
            .iter()
            .map(|(name, _)| name.trim_end_matches(".1"))
            .filter(|name| name.contains(wanted.trim_start_matches("chatdrop-").trim_end_matches(".1")))
            .take(8)
            .collect();
        let hint = if near.is_empty() {
            "pages are named after commands, e.g. `chatdrop man pyrus-upload`".to_string()
        } else {
            format!("pages with that in their name: {}", near.join(", "))
        };
        return Err(Failure::usage(format!("no man page `{}`", wanted.trim_end_matches(".1"))).with_hint(hint).into());
    };
    match std::io::stdout().write_all(text.as_bytes()) {
        // `chatdrop man | head` is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("writing the man page to stdout"),
    }
}

/// The file name of a page given as `pyrus-upload`, `pyrus upload`, `chatdrop-pyrus-upload` or
/// `chatdrop-pyrus-upload.1`.
fn page_file(name: &str) -> String {
    let name = name.trim().trim_end_matches(".1").replace(' ', "-");
    if name == "chatdrop" || name.starts_with("chatdrop-") { format!("{name}.1") } else { format!("chatdrop-{name}.1") }
}

/// Write every page to `${XDG_DATA_HOME:-~/.local/share}/man/man1`, drop pages of commands that
/// no longer exist, and say whether man looks there (man-db adds `…/share/man` for each `…/bin`
/// on PATH, so `~/.local/share/man` only when `~/.local/bin` is on PATH), else what to add.
fn install() -> anyhow::Result<()> {
    let home = install::home("man pages", "write them yourself: chatdrop man COMMAND > FILE.1".to_string())?;
    let root = install::data_home(&home).join("man");
    let dir = root.join("man1");
    install::create_dir(&dir)?;
    let pages = pages();
    // Pages left by an older chatdrop whose commands are gone would otherwise linger.
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let ours = name == "chatdrop.1" || (name.starts_with("chatdrop-") && name.ends_with(".1"));
            if ours && !pages.iter().any(|(page, _)| *page == name) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    for (name, text) in &pages {
        install::write(&dir.join(name), text.as_bytes())?;
    }
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "installed {} man pages in {}", pages.len(), dir.display());
    if man_looks_in(&root) == Some(true) {
        let _ = writeln!(out, "man finds them: try `man chatdrop` or `man chatdrop-pyrus-upload`");
    } else {
        let _ = writeln!(
            out,
            "man does not look in {} yet: add this line to ~/.profile (or your shell's rc file), then start a new shell:\n\
             export MANPATH=\"{}:$MANPATH\"",
            root.display(),
            install::for_profile(&root, &home)
        );
    }
    Ok(())
}

/// Whether man's search path (man-db's `manpath`, run with this environment) holds `root`;
/// None when it cannot be told (no man-db).
fn man_looks_in(root: &Path) -> Option<bool> {
    let out = std::process::Command::new("manpath")
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    let same = |p: &Path| p == root || (p.canonicalize().ok().is_some_and(|c| root.canonicalize().ok() == Some(c)));
    Some(String::from_utf8_lossy(&out.stdout).trim().split(':').any(|p| !p.is_empty() && same(&PathBuf::from(p))))
}

/// Every page as (file name, roff text), the top command first.
pub fn pages() -> Vec<(String, String)> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    collect(&cmd, None, &mut out);
    out
}

/// Write every page into `dir`.
pub fn write_all(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (name, text) in pages() {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}

fn collect(cmd: &clap::Command, parent: Option<&str>, out: &mut Vec<(String, String)>) {
    let name = cmd.get_display_name().unwrap_or_else(|| cmd.get_name()).to_string();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut roff = Vec::new();
    // Rendering into memory cannot fail.
    let _ = man.render(&mut roff);
    let mut text = with_repeats_in_synopsis(&String::from_utf8_lossy(&roff), cmd);
    text.push_str(&extra_sections(&name, parent));
    out.push((man.get_filename(), text));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, Some(&name), out);
    }
}

/// clap_mangen writes a positional that takes several values as `<FILE>`; the synopsis says
/// `<FILE>...`, as the usage line of `--help` does.
fn with_repeats_in_synopsis(roff: &str, cmd: &clap::Command) -> String {
    let repeated: Vec<String> = cmd
        .get_positionals()
        .filter(|a| !a.is_hide_set() && a.get_num_args().is_some_and(|n| n.max_values() > 1))
        .filter_map(|a| a.get_value_names().map(|names| names.iter().map(|n| n.as_str()).collect::<Vec<_>>().join(" ")))
        .collect();
    let mut lines: Vec<String> = roff.lines().map(str::to_string).collect();
    if let Some(at) = lines.iter().position(|l| l == ".SH SYNOPSIS")
        && let Some(synopsis) = lines.get_mut(at + 1)
    {
        for name in repeated {
            for (open, close) in [("<", ">"), ("[", "]")] {
                let one = format!("{open}\\fI{}\\fR{close}", esc(&name));
                if synopsis.contains(&one) && !synopsis.contains(&format!("{one}...")) {
                    *synopsis = synopsis.replacen(&one, &format!("{one}..."), 1);
                }
            }
        }
    }
    lines.join("\n") + "\n"
}

/// Text for roff: backslashes and hyphens escaped, no line starting with a control character.
fn esc(text: &str) -> String {
    let body = text.replace('\\', "\\e").replace('-', "\\-");
    if body.starts_with('.') || body.starts_with('\'') { format!("\\&{body}") } else { body }
}

fn item(out: &mut String, tag: &str, text: &str) {
    out.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", esc(tag), esc(text)));
}

/// EXIT STATUS, ENVIRONMENT, FILES and SEE ALSO; a service's pages list its own variables.
fn extra_sections(name: &str, parent: Option<&str>) -> String {
    let mut out = String::from(".SH \"EXIT STATUS\"\n");
    for (code, meaning) in crate::cli::EXIT_STATUS {
        item(&mut out, code, meaning);
    }

    out.push_str(".SH ENVIRONMENT\n");
    // The one table of variables (src/env.rs); test seams are not for users' pages.
    let global = crate::env::VARS.iter().filter(|v| v.audience == crate::env::Audience::User);
    for var in global {
        item(&mut out, var.name, var.meaning);
    }
    let services: Vec<crate::services::spec::ServiceKind> = match crate::services::ALL.iter().find(|s| {
        let prefix = format!("chatdrop-{}", s.name());
        name == prefix || name.starts_with(&format!("{prefix}-"))
    }) {
        Some(svc) => vec![*svc],
        None => crate::services::ALL.to_vec(),
    };
    for svc in services {
        for key in svc.keys() {
            let secret = if key.is_secret() { " (secret)" } else { "" };
            item(&mut out, &svc.env_var(*key), &format!("{}: {}{secret}", svc.title(), key.help()));
        }
    }
    out.push_str(&format!(
        ".PP\n{}\n",
        esc("Env vars win over the config files and the OS keyring; command-line flags win over env vars.")
    ));

    out.push_str(".SH FILES\n");
    item(
        &mut out,
        "config directory",
        "$CHATDROP_CONFIG_DIR, else ~/.config/chatdrop on Linux, ~/Library/Application Support/chatdrop on \
         macOS, %APPDATA%\\chatdrop\\config on Windows",
    );
    item(
        &mut out,
        "config.toml",
        "settings as [<profile>.<service>] key = \"value\", and the top-level credential_store; \
         --config FILE reads another file",
    );
    item(
        &mut out,
        "credentials.toml",
        "what `chatdrop login` stores that is not in the OS keyring (mode 0600, directory 0700): \
         non-secret settings, and the secrets too when no keyring is used",
    );
    item(
        &mut out,
        "OS keyring",
        "secrets stored by login, as service `chatdrop`, user `<profile>.<service>.<key>` \
         (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows)",
    );

    out.push_str(".SH \"SEE ALSO\"\n");
    let mut see = Vec::new();
    if let Some(p) = parent {
        see.push(format!("\\fB{}\\fR(1)", esc(p)));
    }
    if parent != Some("chatdrop") && name != "chatdrop" {
        see.push("\\fBchatdrop\\fR(1)".to_string());
    }
    see.push(format!("\\fBchatdrop\\-auth\\fR(1), {}", esc("`chatdrop <command> --help`")));
    out.push_str(&see.join(", "));
    out.push('\n');
    out
}
