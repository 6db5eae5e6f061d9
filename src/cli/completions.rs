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

use crate::cli::Cli;
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
    // Only an absolute XDG value counts (the spec: a relative one is invalid, ignored).
    let xdg = |var: &str, default: &str| crate::env::xdg_dir(var).unwrap_or_else(|| home.join(default));
    match shell {
        Shell::Bash => Some(Place {
            file: xdg(crate::env::XDG_DATA_HOME, ".local/share").join("bash-completion/completions/chatdrop"),
            rc_lines: None,
        }),
        Shell::Zsh => {
            let dir = home.join(".zfunc");
            Some(Place {
                file: dir.join("_chatdrop"),
                rc_lines: Some(("~/.zshrc", "fpath=(~/.zfunc $fpath)\nautoload -Uz compinit && compinit".to_string())),
            })
        }
        Shell::Fish => Some(Place {
            file: xdg(crate::env::XDG_CONFIG_HOME, ".config").join("fish/completions/chatdrop.fish"),
            rc_lines: None,
        }),
        Shell::Elvish => Some(Place {
            file: xdg(crate::env::XDG_CONFIG_HOME, ".config").join("elvish/lib/chatdrop.elv"),
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
    let home = crate::env::get_os(crate::env::HOME).map(PathBuf::from).ok_or_else(|| {
        Failure::usage("HOME is not set: cannot find where completions go")
            .with_hint(format!("write it yourself: chatdrop completions {shell} > FILE"))
    })?;
    if !home.is_absolute() {
        return Err(Failure::usage(format!(
            "HOME is `{}`, not an absolute path: cannot find where completions go",
            shown(&home)
        ))
        .with_hint(format!(
            "set HOME to your home directory, or write it yourself: chatdrop completions {shell} > FILE"
        ))
        .into());
    }
    let Some(place) = place(shell, &home) else {
        return Err(Failure::usage(format!("{shell} has no standard place for completion scripts"))
            .with_hint(format!(
                "add this line to your profile ($PROFILE): chatdrop completions {shell} | Out-String | Invoke-Expression"
            ))
            .into());
    };
    let by_hand = format!("or write it yourself: chatdrop completions {shell} > FILE");
    if let Some(dir) = place.file.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| Failure::general(format!("cannot create {}: {e}", shown(dir))).with_hint(by_hand.clone()))?;
    }
    // Readable by all (a completion script is no secret), replaced whole or not at all.
    crate::safe_fs::write_atomic(&place.file, &script(shell), 0o644).map_err(|e| {
        Failure::general(format!("cannot write {}: {}", shown(&place.file), crate::safe_fs::why(&e)))
            .with_hint(format!("remove what is there if it is not yours, {by_hand}"))
    })?;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "installed {shell} completions in {}", shown(&place.file));
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

/// A path as a line shows it: control characters escaped (`HOME` comes from outside).
fn shown(path: &Path) -> String {
    crate::text::escape(&path.to_string_lossy())
}
