//! Everything the user sees: results on stdout (lines or NDJSON with `--json`), status,
//! warnings, errors and `-v` logs on stderr, progress, and prompts. Every line passes
//! through redaction; names from outside pass through `escape` before they get here.

pub mod escape;
pub mod progress;
pub mod prompt;
pub mod redact;

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::Duration;

use indicatif::{MultiProgress, ProgressDrawTarget};

use crate::error::Failure;

pub use escape::{escape, escape_output};

/// How transfer progress is shown.
pub enum ProgressMode {
    /// indicatif bars (stderr is a terminal).
    Bars(MultiProgress),
    /// Plain lines, at most one per file every `interval` (stderr is a file or pipe).
    Lines { interval: Duration },
    /// `-q`.
    Off,
}

pub struct Output {
    pub json: bool,
    pub quiet: bool,
    pub verbosity: u8,
    pub mode: ProgressMode,
    stdout: Mutex<()>,
}

impl Output {
    pub fn new(json: bool, quiet: bool, verbosity: u8) -> Self {
        let mode = if quiet {
            ProgressMode::Off
        } else if std::io::stderr().is_terminal() && crate::env::get(crate::env::TERM).is_none_or(|t| t != "dumb") {
            ProgressMode::Bars(MultiProgress::with_draw_target(ProgressDrawTarget::stderr()))
        } else {
            let secs = crate::env::number::<f64>(crate::env::PROGRESS_INTERVAL).unwrap_or(5.0);
            ProgressMode::Lines { interval: Duration::from_secs_f64(secs.max(0.0)) }
        };
        Output { json, quiet, verbosity, mode, stdout: Mutex::new(()) }
    }

    /// A result: `human` as a line on stdout, or `json` as one NDJSON line with `--json`.
    pub fn result(&self, human: &str, json: &serde_json::Value) {
        let line = if self.json { json.to_string() } else { escape_output(&redact::redact(human)) };
        let _guard = self.stdout.lock().unwrap_or_else(|e| e.into_inner());
        let write = || {
            let mut out = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth reporting.
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
        };
        match &self.mode {
            ProgressMode::Bars(multi) => multi.suspend(write),
            _ => write(),
        }
    }

    /// A status line on stderr (not with `-q`).
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            self.stderr_line(msg);
        }
    }

    pub fn warn(&self, msg: &str) {
        self.stderr_line(&format!("warning: {msg}"));
    }

    /// The one error report of a failed command.
    pub fn error(&self, failure: &Failure) {
        self.stderr_line(&format!("error: {}", failure.message));
        if let Some(hint) = &failure.hint {
            self.stderr_line(&format!("  hint: {hint}"));
        }
    }

    /// A `-v` (level 1) or `-vv` (level 2) log line.
    pub fn debug(&self, level: u8, msg: impl FnOnce() -> String) {
        if self.verbosity >= level {
            let line = msg();
            if !line.is_empty() {
                self.stderr_line(&line);
            }
        }
    }

    fn stderr_line(&self, msg: &str) {
        let line = escape_output(&redact::redact(msg));
        let write = || {
            let mut err = std::io::stderr().lock();
            let _ = writeln!(err, "{line}");
        };
        match &self.mode {
            ProgressMode::Bars(multi) => multi.suspend(write),
            _ => write(),
        }
    }
}

/// Human-readable size.
pub fn bytes(n: u64) -> String {
    indicatif::HumanBytes(n).to_string()
}
