//! `chatdrop completions <shell>`: the completion script on stdout; with `--install`, written
//! to the shell's standard user location, with what to add to the rc file if anything. The
//! script replaces the old one atomically (temp file + rename, through `safe_fs`: a link
//! someone else could have planted is not followed, a FIFO there is refused, never waited
//! on); relative `XDG_*` values are ignored, as the XDG spec says; paths are printed escaped.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::{Cli, install};
use crate::error::Failure;

pub fn run(shell: Option<Shell>, install: bool) -> anyhow::Result<()> {
    if install {
        return self::install(shell);
    }
    let Some(shell) = shell else {
        return Err(Failure::usage("name the shell: chatdrop completions bash|zsh|fish|elvish|powershell").into());
    };
    match std::io::stdout().write_all(&script(shell)) {
        // `chatdrop completions bash | head` is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("writing the completion script to stdout"),
    }
}

/// The completion script of `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "chatdrop", &mut script);
    with_targets(shell, script)
}

/// Write every shell's script into `dir` (kept in the repo's completions/).
pub fn write_all(dir: &std::path::Path) -> std::io::Result<()> {
    use clap::ValueEnum;
    for shell in Shell::value_variants() {
        let path = clap_complete::generate_to(*shell, &mut Cli::command(), "chatdrop", dir)?;
        let script = with_targets(*shell, std::fs::read(&path)?);
        std::fs::write(&path, script)?;
    }
    Ok(())
}

/// The flags whose values are targets, and what `chatdrop __complete` calls them.
const TARGETS: [(&str, &str); 3] = [("room", "rooms"), ("line", "lines"), ("conversation", "conversations")];

/// `script` with the target flags completed by `chatdrop __complete KIND` (the names of the
/// last listing, from the cache: no request at <TAB>) instead of file names, in the shells
/// whose static scripts can run a command there (bash, zsh, fish). clap_complete's own
/// dynamic completion is behind its `unstable-dynamic` feature, so the generated scripts are
/// edited here, line by line, on the lines clap_complete writes for those flags.
fn with_targets(shell: Shell, script: Vec<u8>) -> Vec<u8> {
    let Ok(text) = String::from_utf8(script.clone()) else { return script };
    let mut out: Vec<String> = Vec::new();
    let mut pending: Option<&str> = None;
    for line in text.lines() {
        let mut line = line.to_string();
        match shell {
            // `--room)` then `COMPREPLY=($(compgen -f "${cur}"))` on the next line.
            Shell::Bash => {
                if let Some(kind) = pending.take()
                    && line.trim() == r#"COMPREPLY=($(compgen -f "${cur}"))"#
                {
                    let indent = &line[..line.len() - line.trim_start().len()];
                    out.push(format!("{indent}local IFS=$'\\n'"));
                    line = format!(
                        r#"{indent}COMPREPLY=($(compgen -W "$(chatdrop __complete {kind} 2>/dev/null)" -- "${{cur}}"))"#
                    );
                }
                pending = TARGETS.iter().find(|(flag, _)| line.trim() == format!("--{flag})")).map(|(_, kind)| *kind);
            }
            // `'--room=[help]:ROOM:_default' \`
            Shell::Zsh => {
                if let Some((_, kind)) = TARGETS.iter().find(|(flag, _)| line.starts_with(&format!("'--{flag}=[")))
                    && let Some(at) = line.rfind(":_default'")
                {
                    let action = format!(r#":{{compadd -- ${{(f)"$(chatdrop __complete {kind} 2>/dev/null)"}}}}'"#);
                    line.replace_range(at..at + ":_default'".len(), &action);
                }
            }
            // `complete -c chatdrop -n "..." -l room -d '...' -r`
            Shell::Fish => {
                if let Some((_, kind)) = TARGETS.iter().find(|(flag, _)| line.contains(&format!(" -l {flag} -d ")))
                    && line.ends_with(" -r")
                {
                    line.push_str(&format!(r#" -f -a "(chatdrop __complete {kind} 2>/dev/null)""#));
                }
            }
            _ => {}
        }
        out.push(line);
    }
    let mut text = out.join("\n");
    text.push('\n');
    text.into_bytes()
}

/// Where a shell looks for a user's completion script, and what the rc file needs, if anything.
pub struct Place {
    pub file: PathBuf,
    pub rc_lines: Option<(&'static str, String)>,
}

/// The standard user location of `shell`'s completions under `home` (and `XDG_DATA_HOME`,
/// `XDG_CONFIG_HOME` when set); None for shells without one.
pub fn place(shell: Shell, home: &Path) -> Option<Place> {
    match shell {
        Shell::Bash => {
            Some(Place { file: install::data_home(home).join("bash-completion/completions/chatdrop"), rc_lines: None })
        }
        Shell::Zsh => {
            let dir = home.join(".zfunc");
            Some(Place {
                file: dir.join("_chatdrop"),
                rc_lines: Some(("~/.zshrc", "fpath=(~/.zfunc $fpath)\nautoload -Uz compinit && compinit".to_string())),
            })
        }
        Shell::Fish => {
            Some(Place { file: install::config_home(home).join("fish/completions/chatdrop.fish"), rc_lines: None })
        }
        Shell::Elvish => Some(Place {
            file: install::config_home(home).join("elvish/lib/chatdrop.elv"),
            rc_lines: Some(("~/.config/elvish/rc.elv", "use chatdrop".to_string())),
        }),
        _ => None,
    }
}

fn install(shell: Option<Shell>) -> anyhow::Result<()> {
    let shell = match shell {
        Some(s) => s,
        None => {
            let from_env = crate::env::get(crate::env::SHELL).unwrap_or_default();
            Shell::from_shell_path(&from_env).ok_or_else(|| {
                Failure::usage(format!(
                    "cannot tell the shell from $SHELL (`{from_env}`); name it: chatdrop completions --install bash"
                ))
            })?
        }
    };
    let home = install::home("completions", format!("write it yourself: chatdrop completions {shell} > FILE"))?;
    let Some(place) = place(shell, &home) else {
        return Err(Failure::usage(format!("{shell} has no standard place for completion scripts"))
            .with_hint(format!(
                "add this line to your profile ($PROFILE): chatdrop completions {shell} | Out-String | Invoke-Expression"
            ))
            .into());
    };
    install::write(&place.file, &script(shell))?;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "installed {shell} completions in {}", install::shown(&place.file));
    match (&place.rc_lines, shell) {
        (Some((rc, lines)), _) => {
            let _ = writeln!(out, "add to {rc} (if it is not there yet), then start a new shell:\n{lines}");
        }
        (None, Shell::Bash) => {
            let _ = writeln!(out, "start a new bash to use them (needs the bash-completion package)");
        }
        (None, _) => {
            let _ = writeln!(out, "start a new {shell} to use them");
        }
    }
    Ok(())
}
