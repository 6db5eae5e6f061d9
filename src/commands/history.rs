//! `chatdrop history`: the journal newest first, as a table or NDJSON (`--json`, the records
//! as written), filtered by service, target (id or name), time and outcome; `--paths` prints
//! only the local paths, and `-0` each as its exact bytes ending in a NUL, so that
//! `chatdrop history --service S --target T --failed -0` can feed the next run's
//! `--files-from -`. On a terminal the table has a header and human sizes; off one its rows
//! are tab-separated, sizes in bytes (as every list).
//!
//! The journal is read backward as a stream and rows are printed as they come: memory stays
//! within one record, a window of [`WINDOW`] rows or [`WINDOW_BYTES`] of text (for the
//! column widths; `--json` prints each record at once), plus for `--paths` 16 bytes per path
//! printed, and for `--failed` 8 bytes per file recorded past what the journal's index
//! covers (the index says which failures are the latest of their file), whatever the
//! journal's size. Every field
//! printed is escaped (a tab, a line break or an escape sequence in a name or a path shows
//! as `\u{..}`), so a file name cannot forge a row or a path.

use std::collections::HashSet;
use std::ops::ControlFlow;

use serde_json::json;

use crate::cli::history::HistoryArgs;
use crate::commands::context::Context;
use crate::error::{Failure, Result};
use crate::journal::{Entry, Journal, Kind, Location};
use crate::text::{bytes as human_bytes, escape};

/// Rows aligned together (the widths only grow from one window to the next): at most this
/// many, and at most [`WINDOW_BYTES`] of text.
const WINDOW: usize = 256;
const WINDOW_BYTES: usize = 1 << 20;

pub fn run(ctx: &Context, args: HistoryArgs) -> Result<()> {
    let journal = Journal::open(Location::resolve(false, args.journal.as_deref(), ctx.global.sandbox));
    let Some(path) = journal.path().map(|p| p.to_path_buf()) else {
        return Err(Failure::usage("no journal to read: with --sandbox nothing is recorded unless a file is named")
            .with_hint("name the journal with --journal FILE"));
    };
    // A journal named on purpose that is not there is a mistake, not "nothing happened": a
    // CI step that lists failures must not read a wrong path as "nothing failed".
    if args.journal.as_ref().is_some_and(|j| !j.as_os_str().is_empty()) && std::fs::symlink_metadata(&path).is_err() {
        return Err(Failure::usage(format!("no journal at {}: no such file", escape(&path.to_string_lossy())))
            .with_hint(
                "check the path given by --journal or CHATDROP_JOURNAL (the uploads that write it name the same file)",
            ));
    }
    journal.check(ctx.output.as_ref())?;
    let paths_only = args.paths || args.print0;
    let terminal = ctx.output.stdout_is_terminal;
    let mut table = Rows { ctx, terminal, pending: Vec::new(), bytes: 0, widths: [0; 6], printed: 0, headed: false };
    // --paths prints each path once: it remembers a digest per path printed.
    let mut listed = HashSet::new();
    let limit = args.limit.unwrap_or(usize::MAX);
    let mut show = |e: Entry| {
        if !matches(&e, &args) {
            return ControlFlow::Continue(());
        }
        if paths_only {
            let exact = path_bytes(&e);
            if e.path == "-" || !listed.insert(digest_bytes(&exact)) {
                return ControlFlow::Continue(());
            }
            if args.print0 && !ctx.output.json {
                // The bytes as the file system has them: a name with a line break, or one
                // that is not UTF-8, still opens on the other side of `xargs -0`.
                let mut record = exact;
                record.push(0);
                ctx.output.raw(&record);
            } else {
                // Escaped: a line break in a name must not make a second path (`-0` keeps it).
                ctx.output.result(&escape(&e.path), &json!({ "path": e.path }));
            }
            table.printed += 1;
        } else {
            table.push(e);
        }
        if table.printed + table.pending.len() >= limit { ControlFlow::Break(()) } else { ControlFlow::Continue(()) }
    };
    // --failed: the files whose latest record (at each target) failed, found through the
    // journal's index without remembering every file of the journal.
    let bad = if args.failed {
        journal.latest_failed(ctx.output.as_ref(), &mut show)?
    } else {
        journal.newest_first(&mut show)?
    };
    table.flush();
    if bad > 0 {
        ctx.output.status(&format!(
            "{} of {} skipped",
            crate::text::count(bad as u64, "unreadable line"),
            escape(&path.to_string_lossy())
        ));
    }
    if table.printed == 0 && !paths_only && !ctx.output.json {
        ctx.output.status("no records match");
    }
    Ok(())
}

/// The exact bytes of a record's path: `path_base64` when the path was not UTF-8, else `path`.
fn path_bytes(e: &Entry) -> Vec<u8> {
    use base64::Engine;
    e.path_base64
        .as_deref()
        .and_then(|b| base64::engine::general_purpose::STANDARD.decode(b).ok())
        .unwrap_or_else(|| e.path.as_bytes().to_vec())
}

fn digest_bytes(bytes: &[u8]) -> [u8; 16] {
    let mut h = crate::hash::Xxh3::new();
    h.update(bytes);
    h.finalize()
}

/// The filters of `args` that look at one record alone.
fn matches(e: &Entry, args: &HistoryArgs) -> bool {
    args.service.is_none_or(|s| e.service == s.name())
        && args.target.as_deref().is_none_or(|t| {
            // Targets are canonical (UUIDs lowercased): a UUID typed in capitals matches too.
            let by_id = e
                .target
                .as_ref()
                .is_some_and(|et| et.as_str().contains(t) || et.as_str().contains(&t.to_ascii_lowercase()));
            // A name as the upload matched it: the same rule (whole name, any case).
            let by_name = e.target_name.as_deref().is_some_and(|n| n.trim().to_lowercase() == t.trim().to_lowercase());
            by_id || by_name
        })
        && args.since.is_none_or(|since| e.when().is_some_and(|t| t >= since))
}

/// The table, printed a window at a time (with `--json`, each record as it comes): on a
/// terminal, aligned under a header; off one, tab-separated rows.
struct Rows<'a> {
    ctx: &'a Context,
    terminal: bool,
    pending: Vec<[String; 7]>,
    /// The text held in `pending`.
    bytes: usize,
    widths: [usize; 6],
    printed: usize,
    headed: bool,
}

const HEADER: [&str; 7] = ["TIME", "OUTCOME", "SERVICE", "TARGET", "SIZE", "NAME", "DETAIL"];

impl Rows<'_> {
    fn push(&mut self, e: Entry) {
        if self.ctx.output.json {
            self.ctx.output.result("", &serde_json::to_value(&e).unwrap_or_default());
            self.printed += 1;
            return;
        }
        let row = row(&e, self.terminal);
        if !self.terminal {
            self.ctx.output.result(&row.join("\t"), &serde_json::Value::Null);
            self.printed += 1;
            return;
        }
        self.bytes += row.iter().map(String::len).sum::<usize>();
        self.pending.push(row);
        if self.pending.len() >= WINDOW || self.bytes >= WINDOW_BYTES {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let header = HEADER.map(String::from);
        for r in self.pending.iter().chain(std::iter::once(&header)) {
            for (w, cell) in self.widths.iter_mut().zip(r.iter()) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let line = |r: &[String; 7]| {
            let mut line = String::new();
            for (cell, w) in r.iter().zip(self.widths) {
                let pad = w.saturating_sub(cell.chars().count());
                line.push_str(cell);
                line.push_str(&" ".repeat(pad + 2));
            }
            line.push_str(&r[6]);
            line.trim_end().to_string()
        };
        if !self.headed {
            self.headed = true;
            self.ctx.output.result(&line(&header), &serde_json::Value::Null);
        }
        for r in std::mem::take(&mut self.pending) {
            self.ctx.output.result(&line(&r), &serde_json::Value::Null);
            self.printed += 1;
        }
        self.bytes = 0;
    }
}

/// One row, every cell escaped (names, paths, targets and errors come from outside); the
/// size in human units for a person, in bytes for a program.
fn row(e: &Entry, human: bool) -> [String; 7] {
    let detail = match e.outcome {
        Kind::Failed | Kind::Unknown => {
            format!(
                "{}{}",
                e.exit_class.as_deref().map(|c| format!("[{c}] ")).unwrap_or_default(),
                e.error.clone().unwrap_or_default()
            )
        }
        Kind::Skipped => {
            let p = e.previous.as_ref();
            format!(
                "{} {}{}",
                p.map(|p| p.outcome.name()).unwrap_or("?"),
                p.map(|p| p.time.as_str()).unwrap_or(""),
                ids_text(&e.ids).map(|i| format!(" as {i}")).unwrap_or_default()
            )
        }
        Kind::Sent => ids_text(&e.ids).unwrap_or_default(),
    };
    let time = e.when().map(|t| humantime::format_rfc3339_seconds(t).to_string()).unwrap_or_else(|| e.time.clone());
    [
        escape(&time),
        e.outcome.name().to_string(),
        escape(&e.service),
        escape(e.target.as_ref().map_or("-", |t| t.as_str())),
        if human { human_bytes(e.size) } else { e.size.to_string() },
        escape(&e.name),
        escape(&detail),
    ]
}

fn ids_text(ids: &serde_json::Map<String, serde_json::Value>) -> Option<String> {
    if ids.is_empty() {
        return None;
    }
    let parts: Vec<String> = ids
        .iter()
        .map(|(k, v)| format!("{k}={}", v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())))
        .collect();
    Some(parts.join(" "))
}
