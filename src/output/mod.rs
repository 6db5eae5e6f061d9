//! Everything the user sees: results on stdout (lines or NDJSON with `--json`), status,
//! warnings, errors and `-v` logs on stderr, progress, and prompts. Every line passes
//! through redaction; names from outside pass through `escape` before they get here.
//!
//! The stderr sink is the last line of defence for text from outside (a server's error, a
//! file name): a status, warning, error or hint is one line, so every control character and
//! line break in it is escaped, and it is capped at [`MAX_MESSAGE`] characters with
//! "… (N more)". A message is printed once, whatever carried it.

pub mod progress;
pub mod prompt;
pub mod table;

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use indicatif::{MultiProgress, ProgressDrawTarget};

use crate::error::Failure;

use crate::secret::redact;
use crate::text::{bounded, escape_output};

/// The longest status, warning, error or hint line, in characters (after escaping).
pub const MAX_MESSAGE: usize = 500;

/// Set when a download streams to stdout (`-o -`): results then go to stderr.
static STDOUT_CLAIMED: AtomicBool = AtomicBool::new(false);

/// The file itself goes to stdout: from now on results are written to stderr.
pub fn claim_stdout() {
    STDOUT_CLAIMED.store(true, Ordering::SeqCst);
}

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
    /// Lists are aligned for a person on a terminal, tab-separated for a program otherwise.
    pub stdout_is_terminal: bool,
    stdout: Mutex<()>,
    /// Results held during a burst ([`Output::burst`]), written out in blocks.
    held: Mutex<Option<Vec<u8>>>,
}

/// A burst's results are written out in blocks of about this size.
const BURST_BLOCK: usize = 64 << 10;

impl Output {
    pub fn new(json: bool, quiet: bool, verbosity: u8) -> Self {
        let mode = if quiet {
            ProgressMode::Off
        } else if std::io::stderr().is_terminal() && crate::env::get(crate::env::TERM).is_none_or(|t| t != "dumb") {
            ProgressMode::Bars(MultiProgress::with_draw_target(ProgressDrawTarget::stderr()))
        } else {
            // The one checked parser (`env::check` refuses a malformed value): inf is a day.
            let interval = crate::env::interval(crate::env::PROGRESS_INTERVAL).unwrap_or(Duration::from_secs(5));
            ProgressMode::Lines { interval }
        };
        let stdout_is_terminal = std::io::stdout().is_terminal();
        Output { json, quiet, verbosity, mode, stdout_is_terminal, stdout: Mutex::new(()), held: Mutex::new(None) }
    }

    /// A result: `human` as a line on stdout, or `json` as one NDJSON line with `--json`.
    pub fn result(&self, human: &str, json: &serde_json::Value) {
        let line = if self.json { json.to_string() } else { escape_output(&redact::redact(human)) };
        let _guard = self.stdout.lock().unwrap_or_else(|e| e.into_inner());
        let claimed = STDOUT_CLAIMED.load(Ordering::SeqCst);
        if !claimed && let Some(held) = self.held.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            held.extend_from_slice(line.as_bytes());
            held.push(b'\n');
            if held.len() >= BURST_BLOCK {
                write_stdout(held);
            }
            return;
        }
        let write = || {
            // A closed pipe (`| head`) is not an error worth reporting.
            if claimed {
                let mut err = std::io::stderr().lock();
                let _ = writeln!(err, "{line}");
            } else {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{line}");
                let _ = out.flush();
            }
        };
        match &self.mode {
            ProgressMode::Bars(multi) => multi.suspend(write),
            _ => write(),
        }
    }

    /// Run `work`, whose results come many at once (a re-run reporting 100,000 skipped
    /// files): they are written in blocks rather than one write each. Not when stdout is a
    /// terminal (a person sees each as it comes, in step with the status lines on stderr),
    /// nor with progress bars. An interrupt's [`Output::stop_progress`] writes what is held.
    pub fn burst<T>(&self, work: impl FnOnce() -> T) -> T {
        if self.stdout_is_terminal || matches!(self.mode, ProgressMode::Bars(_)) {
            return work();
        }
        *self.held.lock().unwrap_or_else(|e| e.into_inner()) = Some(Vec::with_capacity(BURST_BLOCK + 1024));
        let done = work();
        self.release();
        done
    }

    /// Write out the results a burst holds, and end it.
    fn release(&self) {
        let _guard = self.stdout.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(mut held) = self.held.lock().unwrap_or_else(|e| e.into_inner()).take() {
            write_stdout(&mut held);
        }
    }

    /// Bytes on stdout exactly as given (`history -0`: paths that may not be text); nothing
    /// is escaped or redacted, so only what chatdrop itself recorded goes through here.
    pub fn raw(&self, bytes: &[u8]) {
        let _guard = self.stdout.lock().unwrap_or_else(|e| e.into_inner());
        let mut out = std::io::stdout().lock();
        // A closed pipe (`| head`) is not an error worth reporting.
        let _ = out.write_all(bytes).and_then(|()| out.flush());
    }

    /// Take every progress bar off the screen for good (an interrupt): what is printed next
    /// is the last word, and no drawing thread may put a stale bar back under it.
    pub fn stop_progress(&self) {
        self.release();
        if let ProgressMode::Bars(multi) = &self.mode {
            let _ = multi.clear();
            multi.set_draw_target(ProgressDrawTarget::hidden());
        }
    }

    /// A status line on stderr (not with `-q`).
    pub fn status(&self, msg: &str) {
        if !self.quiet {
            self.message_line("", msg);
        }
    }

    pub fn warn(&self, msg: &str) {
        self.message_line("warning: ", msg);
    }

    /// The one error report of a failed command.
    pub fn error(&self, failure: &Failure) {
        self.message_line("error: ", &failure.message);
        if let Some(hint) = &failure.hint {
            self.message_line("  hint: ", hint);
        }
    }

    /// A one-line message: redacted, every control character and line break escaped, capped.
    fn message_line(&self, prefix: &str, msg: &str) {
        self.stderr_line(&format!("{prefix}{}", bounded(&redact::redact(msg), MAX_MESSAGE)));
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

/// Write `bytes` to stdout and empty it (a closed pipe is not an error worth reporting).
fn write_stdout(bytes: &mut Vec<u8>) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(bytes).and_then(|()| out.flush());
    bytes.clear();
}

impl crate::log::Log for Output {
    fn warn(&self, msg: &str) {
        Output::warn(self, msg);
    }
    fn verbosity(&self) -> u8 {
        self.verbosity
    }
    fn trace(&self, line: &str) {
        self.stderr_line(line);
    }
}
