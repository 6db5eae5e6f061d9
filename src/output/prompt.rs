//! Interactive prompts (dialoguer), only when a person is there: stdin and stderr are
//! terminals and `--no-input` was not given. Otherwise each prompt fails at once with a
//! message naming the flags and env vars that replace it.

use std::io::IsTerminal;

use dialoguer::{Confirm, FuzzySelect, Input, Password};

use crate::error::{Failure, Result};

#[derive(Clone, Copy)]
pub struct Prompter {
    allowed: bool,
}

impl Prompter {
    pub fn new(no_input: bool) -> Self {
        let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        Prompter { allowed: terminal && !no_input }
    }

    pub fn can_prompt(&self) -> bool {
        self.allowed
    }

    /// Ask for a visible value. `instead` says how to give it without a terminal.
    pub fn text(&self, prompt: &str, default: Option<&str>, instead: &str) -> Result<String> {
        self.check(instead)?;
        let mut input = Input::<String>::new().with_prompt(prompt);
        if let Some(d) = default {
            input = input.default(d.to_string());
        }
        input.interact_text().map_err(|e| prompt_failed(e, instead))
    }

    /// Ask for a secret; nothing is echoed.
    pub fn secret(&self, prompt: &str, instead: &str) -> Result<String> {
        self.check(instead)?;
        Password::new().with_prompt(prompt).interact().map_err(|e| prompt_failed(e, instead))
    }

    pub fn confirm(&self, prompt: &str, default: bool, instead: &str) -> Result<bool> {
        self.check(instead)?;
        Confirm::new().with_prompt(prompt).default(default).interact().map_err(|e| prompt_failed(e, instead))
    }

    /// A searchable pick list (type to filter, arrows, Enter): the index of the chosen item,
    /// or None when the user leaves with Esc. `items` must not be empty.
    pub fn pick(&self, prompt: &str, items: &[String], instead: &str) -> Result<Option<usize>> {
        self.check(instead)?;
        FuzzySelect::new()
            .with_prompt(prompt)
            .items(items)
            .default(0)
            // A long list would scroll the terminal away: show a window of it.
            .max_length(12)
            .interact_opt()
            .map_err(|e| prompt_failed(e, instead))
    }

    fn check(&self, instead: &str) -> Result<()> {
        if self.allowed {
            Ok(())
        } else {
            Err(Failure::usage("input is needed but there is no terminal to ask on (or --no-input was given)")
                .with_hint(instead.to_string()))
        }
    }
}

fn prompt_failed(err: dialoguer::Error, instead: &str) -> Failure {
    let dialoguer::Error::IO(io) = err;
    if io.kind() == std::io::ErrorKind::Interrupted {
        return Failure::interrupted();
    }
    Failure::usage(format!("could not read the answer: {io}")).with_hint(instead.to_string())
}
