//! `chatdrop completions <shell>`: the completion script on stdout.

use std::io::Write;

use anyhow::Context;
use clap::CommandFactory;

use crate::cli::Cli;

pub fn run(shell: clap_complete::Shell) -> anyhow::Result<()> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "chatdrop", &mut script);
    match std::io::stdout().write_all(&script) {
        // `chatdrop completions bash | head` is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("writing the completion script to stdout"),
    }
}

/// Write every shell's script into `dir` (kept in the repo's completions/).
pub fn write_all(dir: &std::path::Path) -> std::io::Result<()> {
    use clap::ValueEnum;
    for shell in clap_complete::Shell::value_variants() {
        clap_complete::generate_to(*shell, &mut Cli::command(), "chatdrop", dir)?;
    }
    Ok(())
}
