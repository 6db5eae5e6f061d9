//! `chatdrop completions <shell>`: the completion script on stdout.

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::Result;

pub fn run(shell: clap_complete::Shell) -> Result<()> {
    clap_complete::generate(shell, &mut Cli::command(), "chatdrop", &mut std::io::stdout());
    Ok(())
}

/// Write every shell's script into `dir` (kept in the repo's completions/).
pub fn write_all(dir: &std::path::Path) -> std::io::Result<()> {
    use clap::ValueEnum;
    for shell in clap_complete::Shell::value_variants() {
        clap_complete::generate_to(*shell, &mut Cli::command(), "chatdrop", dir)?;
    }
    Ok(())
}
