//! Man pages for `chatdrop` and every subcommand (`chatdrop-pyrus-upload.1`), generated from
//! the clap definitions with clap_mangen plus the sections clap does not know: exit status,
//! environment and files. The repo keeps them in man/ (a test checks they are current).

use std::path::Path;

use clap::CommandFactory;

use crate::cli::Cli;

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
    let mut text = String::from_utf8_lossy(&roff).into_owned();
    text.push_str(&extra_sections(&name, parent));
    out.push((man.get_filename(), text));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        collect(sub, Some(&name), out);
    }
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
    for line in crate::cli::EXIT_CODES.lines().skip(1) {
        let line = line.trim();
        let (code, text) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        item(&mut out, code, text.trim());
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
