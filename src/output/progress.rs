//! Drawing transfer progress on stderr: indicatif bars when stderr is a terminal, plain
//! throttled lines when it is not (CI logs get no escape codes), nothing with `-q`.

use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{HumanBytes, MultiProgress, ProgressBar, ProgressStyle};

use super::escape::escape;
use super::{Output, ProgressMode};
use crate::upload::progress::Progress;

/// The progress of a batch of files: hands out one observer per file.
pub struct BatchProgress {
    output: Arc<Output>,
    overall: Option<ProgressBar>,
    /// "uploading" or "downloading", for the plain lines.
    verb: &'static str,
}

impl BatchProgress {
    pub fn new(output: &Arc<Output>, files: usize, total_bytes: u64) -> Self {
        let overall = match (&output.mode, files > 1) {
            (ProgressMode::Bars(multi), true) => {
                let bar = multi.add(ProgressBar::new(total_bytes));
                bar.set_style(
                    ProgressStyle::with_template(
                        "{prefix:>12} [{bar:30}] {bytes}/{total_bytes} {msg} ({bytes_per_sec}, {eta})",
                    )
                    .expect("static template")
                    .progress_chars("=> "),
                );
                bar.set_prefix("total");
                bar.set_message(format!("0/{files} files"));
                Some(bar)
            }
            _ => None,
        };
        BatchProgress { output: output.clone(), overall, verb: "uploading" }
    }

    /// The progress of one download of `len` bytes (0 if unknown).
    pub fn download(output: &Arc<Output>, name: &str, len: u64) -> Arc<dyn Progress> {
        BatchProgress { output: output.clone(), overall: None, verb: "downloading" }.file(name, len)
    }

    /// The observer for one file of `len` bytes.
    pub fn file(&self, name: &str, len: u64) -> Arc<dyn Progress> {
        let name = escape(name);
        match &self.output.mode {
            ProgressMode::Off => Arc::new(crate::upload::progress::NoProgress),
            ProgressMode::Bars(multi) => Arc::new(BarProgress::new(multi, self.overall.clone(), name, len)),
            ProgressMode::Lines { interval } => Arc::new(LineProgress {
                output: self.output.clone(),
                name,
                len,
                verb: self.verb,
                interval: *interval,
                sent: AtomicU64::new(0),
                state: Mutex::new(LineState { started: Instant::now(), last_line: Instant::now() }),
            }),
        }
    }

    /// Count one finished file in the overall bar.
    pub fn file_done(&self, done: usize, files: usize) {
        if let Some(bar) = &self.overall {
            bar.set_message(format!("{done}/{files} files"));
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.overall {
            bar.finish_and_clear();
        }
    }
}

fn bar_style() -> ProgressStyle {
    ProgressStyle::with_template("{prefix:>12.bold} [{bar:30}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta})")
        .expect("static template")
        .progress_chars("=> ")
}

fn waiting_style() -> ProgressStyle {
    ProgressStyle::with_template("{prefix:>12.bold} {spinner} {msg}").expect("static template")
}

struct BarProgress {
    bar: ProgressBar,
    overall: Option<ProgressBar>,
    /// Bytes this attempt added to the overall bar, taken back if the attempt is retried.
    counted: AtomicU64,
}

impl BarProgress {
    fn new(multi: &MultiProgress, overall: Option<ProgressBar>, name: String, len: u64) -> Self {
        let bar = multi.insert_from_back(usize::from(overall.is_some()), ProgressBar::new(len));
        bar.set_style(bar_style());
        bar.set_prefix(truncate(&name, 24));
        BarProgress { bar, overall, counted: AtomicU64::new(0) }
    }
}

impl Progress for BarProgress {
    fn begin(&self, _attempt: u32) {
        self.bar.set_style(bar_style());
        self.bar.reset();
        let counted = self.counted.swap(0, Ordering::Relaxed);
        if let Some(overall) = &self.overall {
            overall.set_position(overall.position().saturating_sub(counted));
        }
    }
    fn advance(&self, bytes: u64) {
        self.bar.inc(bytes);
        self.counted.fetch_add(bytes, Ordering::Relaxed);
        if let Some(overall) = &self.overall {
            overall.inc(bytes);
        }
    }
    fn body_sent(&self) {
        self.bar.set_style(waiting_style());
        self.bar.set_message("sent, waiting for the server…");
        self.bar.enable_steady_tick(Duration::from_millis(120));
    }
    fn retrying(&self, reason: &str, delay: Duration) {
        self.bar.set_style(waiting_style());
        self.bar.set_message(format!("{reason}; retrying in {}", human_duration(delay)));
    }
    fn finish(&self, _failure: Option<&str>) {
        // The result line (stdout) or the error (stderr) says how it ended.
        self.bar.finish_and_clear();
    }
}

struct LineState {
    started: Instant,
    last_line: Instant,
}

/// Plain progress for logs: a line at the start, at most one every `interval`, one at the end.
struct LineProgress {
    output: Arc<Output>,
    name: String,
    len: u64,
    verb: &'static str,
    interval: Duration,
    sent: AtomicU64,
    state: Mutex<LineState>,
}

impl Progress for LineProgress {
    fn begin(&self, attempt: u32) {
        self.sent.store(0, Ordering::Relaxed);
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.started = Instant::now();
        state.last_line = state.started;
        let again = if attempt > 1 { format!(" (attempt {attempt})") } else { String::new() };
        self.output.status(&format!("{} {} ({}){again}", self.verb, self.name, HumanBytes(self.len)));
    }
    fn advance(&self, bytes: u64) {
        let sent = self.sent.fetch_add(bytes, Ordering::Relaxed) + bytes;
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.last_line.elapsed() < self.interval || sent >= self.len {
            return;
        }
        state.last_line = Instant::now();
        let secs = state.started.elapsed().as_secs_f64().max(0.001);
        let percent = (sent as f64 * 100.0 / self.len.max(1) as f64).floor();
        drop(state);
        self.output.status(&format!(
            "{}: {percent}% ({} of {}, {}/s)",
            self.name,
            HumanBytes(sent),
            HumanBytes(self.len),
            HumanBytes((sent as f64 / secs) as u64)
        ));
    }
    fn body_sent(&self) {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        // Only worth a line when the transfer was long enough to be logged along the way.
        if state.started.elapsed() >= self.interval {
            drop(state);
            self.output.status(&format!("{}: sent, waiting for the server", self.name));
        }
    }
    fn retrying(&self, reason: &str, delay: Duration) {
        self.output.status(&format!("{}: {reason}; retrying in {}", self.name, human_duration(delay)));
    }
    fn finish(&self, failure: Option<&str>) {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let secs = state.started.elapsed().as_secs_f64();
        drop(state);
        match failure {
            None => self.output.status(&format!(
                "done {} ({} in {:.1}s, {}/s)",
                self.name,
                HumanBytes(self.len),
                secs,
                HumanBytes((self.len as f64 / secs.max(0.001)) as u64)
            )),
            Some(why) => self.output.status(&format!("failed {}: {why}", self.name)),
        }
    }
}

fn truncate(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        return name.to_string();
    }
    let head: String = name.chars().take(max - 1).collect();
    format!("{head}…")
}

pub fn human_duration(d: Duration) -> String {
    if d.as_secs() >= 1 { format!("{}s", d.as_secs()) } else { format!("{}ms", d.as_millis()) }
}
