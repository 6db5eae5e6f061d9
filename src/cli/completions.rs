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
    script
}

/// Write every shell's script into `dir` (kept in the repo's completions/).
pub fn write_all(dir: &std::path::Path) -> std::io::Result<()> {
    use clap::ValueEnum;
    for shell in Shell::value_variants() {
        clap_complete::generate_to(*shell, &mut Cli::command(), "chatdrop", dir)?;
    }
    Ok(())
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
