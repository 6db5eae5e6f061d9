//! Drawing transfer progress on stderr: indicatif bars when stderr is a terminal, plain
//! throttled lines when it is not (CI logs get no escape codes), nothing with `-q`.

use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{HumanBytes, MultiProgress, ProgressBar, ProgressStyle};

use super::{Output, ProgressMode};
use crate::text::{escape, human_duration};
use crate::upload::progress::Progress;

/// The progress of a batch of files: hands out one observer per file.
pub struct BatchProgress {
    output: Arc<Output>,
    /// "uploaded" or "downloaded", for the plain lines.
    verb: &'static str,
    /// Bars only: what the drawing thread shows.
    board: Option<Arc<Board>>,
}

/// The bars of a batch. Uploads only bump atomic counters; one drawing thread moves the bars
/// ten times a second, so a slow terminal can never hold a transfer back.
struct Board {
    overall: Option<ProgressBar>,
    live: Mutex<Vec<Arc<BarState>>>,
    /// Bytes of the files already finished (they left `live`).
    finished: AtomicU64,
    closed: std::sync::atomic::AtomicBool,
    /// "N/M files", shown before the time left.
    files_done: Mutex<String>,
}

struct BarState {
    bar: ProgressBar,
    position: AtomicU64,
}

const DRAW_EVERY: Duration = Duration::from_millis(100);

impl Board {
    fn draw(&self) {
        let live = self.live.lock().unwrap_or_else(|e| e.into_inner());
        let mut total = self.finished.load(Ordering::Relaxed);
        // The batch ends when its slowest file does: the time left is the longest of the
        // files on their way, each at its own rate (a plain average would hide a slow one).
        let mut left = Duration::ZERO;
        for state in live.iter() {
            let position = state.position.load(Ordering::Relaxed);
            state.bar.set_position(position);
            total += position;
            let elapsed = state.bar.elapsed().as_secs_f64();
            let remaining = state.bar.length().unwrap_or(0).saturating_sub(position);
            if position > 0 && elapsed > 0.0 {
                let secs = remaining as f64 * elapsed / position as f64;
                left = left.max(Duration::try_from_secs_f64(secs.min(86_400.0)).unwrap_or(Duration::ZERO));
            }
        }
        // Once the batch is finished its overall bar is cleared: never draw it back.
        if let Some(overall) = self.overall.as_ref().filter(|_| !self.closed.load(Ordering::Acquire)) {
            overall.set_position(total);
            let files = self.files_done.lock().unwrap_or_else(|e| e.into_inner()).clone();
            overall.set_message(format!("{files}, {} left", indicatif::HumanDuration(left)));
        }
    }

    /// Draw until the batch is over and every bar has finished.
    fn run(self: Arc<Self>) {
        loop {
            std::thread::sleep(DRAW_EVERY);
            self.draw();
            let done = self.closed.load(Ordering::Acquire) && self.live.lock().map(|l| l.is_empty()).unwrap_or(true);
            if done || Arc::strong_count(&self) == 1 {
                return;
            }
        }
    }
}

impl BatchProgress {
    pub fn new(output: &Arc<Output>, files: usize, total_bytes: u64) -> Self {
        Self::with_verb(output, files, total_bytes, "uploaded")
    }

    fn with_verb(output: &Arc<Output>, files: usize, total_bytes: u64, verb: &'static str) -> Self {
        let board = match &output.mode {
            ProgressMode::Bars(multi) => {
                let overall = (files > 1).then(|| {
                    let bar = multi.add(ProgressBar::new(total_bytes));
                    bar.set_style(
                        ProgressStyle::with_template(
                            "{prefix:>12} [{bar:30}] {bytes}/{total_bytes} {msg} ({bytes_per_sec})",
                        )
                        .expect("static template")
                        .progress_chars("=> "),
                    );
                    bar.set_prefix("total");
                    bar.set_message(format!("0/{files} files"));
                    bar
                });
                let board = Arc::new(Board {
                    overall,
                    live: Mutex::new(Vec::new()),
                    finished: AtomicU64::new(0),
                    closed: std::sync::atomic::AtomicBool::new(false),
                    files_done: Mutex::new(format!("0/{files} files")),
                });
                let drawer = board.clone();
                std::thread::spawn(move || drawer.run());
                Some(board)
            }
            _ => None,
        };
        BatchProgress { output: output.clone(), verb, board }
    }

    /// The progress of one download of `len` bytes (0 if unknown).
    pub fn download(output: &Arc<Output>, name: &str, len: u64) -> Arc<dyn Progress> {
        Self::with_verb(output, 1, len, "downloaded").file(name, len)
    }

    /// The observer for one file of `len` bytes.
    pub fn file(&self, name: &str, len: u64) -> Arc<dyn Progress> {
        let name = escape(name);
        match (&self.output.mode, &self.board) {
            (ProgressMode::Bars(multi), Some(board)) => Arc::new(BarProgress::new(multi, board.clone(), name, len)),
            (ProgressMode::Lines { interval }, _) => Arc::new(LineProgress {
                output: self.output.clone(),
                name,
                len,
                verb: self.verb,
                interval: *interval,
                sent: AtomicU64::new(0),
                state: Mutex::new(LineState { started: Instant::now(), last_line: Instant::now() }),
            }),
            _ => Arc::new(crate::upload::progress::NoProgress),
        }
    }

    /// Count one finished file in the overall bar.
    pub fn file_done(&self, done: usize, files: usize) {
        if let Some(board) = &self.board {
            *board.files_done.lock().unwrap_or_else(|e| e.into_inner()) = format!("{done}/{files} files");
        }
    }

    pub fn finish(&self) {
        if let Some(board) = &self.board {
            // Holding the bars' lock keeps the drawing thread out while the total goes away.
            let _live = board.live.lock().unwrap_or_else(|e| e.into_inner());
            board.closed.store(true, Ordering::Release);
            if let Some(overall) = &board.overall {
                overall.finish_and_clear();
            }
        }
    }
}

impl Drop for BatchProgress {
    fn drop(&mut self) {
        if let Some(board) = &self.board {
            board.closed.store(true, Ordering::Release);
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
    state: Arc<BarState>,
    board: Arc<Board>,
}

impl BarProgress {
    fn new(multi: &MultiProgress, board: Arc<Board>, name: String, len: u64) -> Self {
        let bar = multi.insert_from_back(usize::from(board.overall.is_some()), ProgressBar::new(len));
        bar.set_style(bar_style());
        bar.set_prefix(truncate(&name, 24));
        let state = Arc::new(BarState { bar, position: AtomicU64::new(0) });
        board.live.lock().unwrap_or_else(|e| e.into_inner()).push(state.clone());
        BarProgress { state, board }
    }
}

impl Progress for BarProgress {
    fn begin(&self, _attempt: u32) {
        // A retry starts from zero; the drawing thread catches up.
        self.state.position.store(0, Ordering::Relaxed);
        self.state.bar.set_style(bar_style());
        self.state.bar.reset();
    }
    fn advance(&self, bytes: u64) {
        // The hot path: one atomic add, never a terminal write.
        self.state.position.fetch_add(bytes, Ordering::Relaxed);
    }
    fn body_sent(&self) {
        self.state.bar.set_style(waiting_style());
        self.state.bar.set_message("sent, waiting for the server…");
        self.state.bar.enable_steady_tick(Duration::from_millis(120));
    }
    fn retrying(&self, reason: &str, delay: Duration) {
        self.state.bar.set_style(waiting_style());
        self.state.bar.set_message(format!("{reason}; retrying in {}", human_duration(delay)));
    }
    fn finish(&self, _failure: Option<&str>) {
        // The result line (stdout) or the error (stderr) says how it ended.
        let mut live = self.board.live.lock().unwrap_or_else(|e| e.into_inner());
        live.retain(|s| !Arc::ptr_eq(s, &self.state));
        self.board.finished.fetch_add(self.state.position.load(Ordering::Relaxed), Ordering::Relaxed);
        drop(live);
        self.state.bar.finish_and_clear();
    }
}

struct LineState {
    started: Instant,
    last_line: Instant,
}

/// Plain progress for logs: one line per file when it is done, and at most one every
/// `interval` along the way of a long transfer.
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
    fn begin(&self, _attempt: u32) {
        // No line of its own: a file gets one line when it is done (a retry was announced by
        // `retrying`, a long transfer by the lines along the way).
        self.sent.store(0, Ordering::Relaxed);
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state.started = Instant::now();
        state.last_line = state.started;
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
        // A failure is said once, by its record's `error:` line.
        if failure.is_none() {
            self.output.status(&format!(
                "{} {} ({} in {:.1} s, {}/s)",
                self.verb,
                self.name,
                HumanBytes(self.len),
                secs,
                HumanBytes((self.len as f64 / secs.max(0.001)) as u64)
            ));
        }
    }
}

/// The progress of reading a source of unknown length (stdin being spooled before an upload):
/// bytes so far, so a slow producer does not look like a hang.
pub fn reading(output: &Arc<Output>, what: &str) -> Arc<dyn Progress> {
    match &output.mode {
        ProgressMode::Bars(multi) => {
            let bar = multi.add(ProgressBar::new_spinner());
            bar.set_style(
                ProgressStyle::with_template("{prefix:>12.bold} {spinner} {bytes} read so far ({bytes_per_sec})")
                    .expect("static template"),
            );
            bar.set_prefix(truncate(&escape(what), 24));
            bar.enable_steady_tick(Duration::from_millis(120));
            Arc::new(ReadingBar { bar })
        }
        ProgressMode::Lines { interval } => Arc::new(ReadingLines {
            output: output.clone(),
            what: escape(what),
            interval: *interval,
            read: AtomicU64::new(0),
            last_line: Mutex::new(Instant::now()),
        }),
        ProgressMode::Off => Arc::new(crate::upload::progress::NoProgress),
    }
}

struct ReadingBar {
    bar: ProgressBar,
}

impl Progress for ReadingBar {
    fn begin(&self, _: u32) {}
    fn advance(&self, bytes: u64) {
        self.bar.inc(bytes);
    }
    fn body_sent(&self) {}
    fn retrying(&self, _: &str, _: Duration) {}
    fn finish(&self, _: Option<&str>) {
        self.bar.finish_and_clear();
    }
}

/// Off a terminal: a line at most every `interval` while reading goes on.
struct ReadingLines {
    output: Arc<Output>,
    what: String,
    interval: Duration,
    read: AtomicU64,
    last_line: Mutex<Instant>,
}

impl Progress for ReadingLines {
    fn begin(&self, _: u32) {}
    fn advance(&self, bytes: u64) {
        let read = self.read.fetch_add(bytes, Ordering::Relaxed) + bytes;
        let mut last = self.last_line.lock().unwrap_or_else(|e| e.into_inner());
        if last.elapsed() >= self.interval {
            *last = Instant::now();
            drop(last);
            self.output.status(&format!("reading {}: {} so far", self.what, HumanBytes(read)));
        }
    }
    fn body_sent(&self) {}
    fn retrying(&self, _: &str, _: Duration) {}
    fn finish(&self, _: Option<&str>) {}
}

fn truncate(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        return name.to_string();
    }
    let head: String = name.chars().take(max - 1).collect();
    format!("{head}…")
}
