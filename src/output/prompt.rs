//! Interactive prompts (dialoguer), only when a person is there: stdin and stderr are
//! terminals and `--no-input` was not given. Otherwise each prompt fails at once with a
//! message naming the flags and env vars that replace it.
//!
//! The prompter remembers this run's answers to visible prompts, so that asking again (after
//! a refused login) offers what was typed, and counts the secrets typed, so that a login is
//! asked again only when a person typed what was refused.

use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use dialoguer::{Confirm, FuzzySelect, Input, Password};

use crate::error::{Failure, Result};

/// How many times a prompt asks before its last refusal ends the command.
pub const TRIES: usize = 3;

pub struct Prompter {
    allowed: bool,
    /// `--no-input` was given (or CHATDROP_NO_INPUT).
    no_input: bool,
    /// Visible answers of this run, by what was asked (`service.key`).
    answers: Mutex<BTreeMap<String, String>>,
    secrets_typed: AtomicUsize,
}

impl Prompter {
    pub fn new(no_input: bool) -> Self {
        let terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
        Prompter {
            allowed: terminal && !no_input,
            no_input,
            answers: Mutex::default(),
            secrets_typed: AtomicUsize::new(0),
        }
    }

    /// The answer given to `what` earlier in this run.
    pub fn previous(&self, what: &str) -> Option<String> {
        self.answers.lock().ok()?.get(what).cloned()
    }

    pub fn remember(&self, what: &str, answer: &str) {
        if let Ok(mut answers) = self.answers.lock() {
            answers.insert(what.to_string(), answer.to_string());
        }
    }

    /// How many secrets were typed at a prompt so far.
    pub fn secrets_typed(&self) -> usize {
        self.secrets_typed.load(Ordering::SeqCst)
    }

    pub fn can_prompt(&self) -> bool {
        self.allowed
    }

    /// Whether stdin is a terminal (then `-` has no data to read).
    pub fn stdin_is_terminal(&self) -> bool {
        std::io::stdin().is_terminal()
    }

    /// Whether a question can be asked while stdin carries data (`pg_dump | chatdrop ... -`):
    /// a person at the terminal (stderr is one, and /dev/tty opens), and no `--no-input`.
    pub fn can_ask_beside_stdin(&self) -> bool {
        !self.no_input
            && std::io::stderr().is_terminal()
            && std::fs::OpenOptions::new().read(true).write(true).open("/dev/tty").is_ok()
    }

    /// Ask for a visible value on the terminal while stdin is a pipe: the answer is read
    /// from the terminal (/dev/tty), not from the data. See [`Prompter::can_ask_beside_stdin`].
    pub fn text_beside_stdin(&self, prompt: &str, instead: &str) -> Result<String> {
        if !self.can_ask_beside_stdin() {
            return Err(Failure::usage("input is needed but there is no terminal to ask on (or --no-input was given)")
                .with_hint(instead.to_string()));
        }
        Input::<String>::new().with_prompt(prompt).interact_text().map_err(|e| prompt_failed(e, instead))
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
        let answer = Password::new().with_prompt(prompt).interact().map_err(|e| prompt_failed(e, instead))?;
        self.secrets_typed.fetch_add(1, Ordering::SeqCst);
        Ok(answer)
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
