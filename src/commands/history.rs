//! `chatdrop history`: the journal newest first, as a table or NDJSON (`--json`, the records
//! as written), filtered by service, target, time and outcome; `--paths` prints only the
//! local paths, so `chatdrop history --failed --paths` can feed the next run.
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
    journal.check(ctx.output.as_ref())?;
    let mut table = Rows { ctx, pending: Vec::new(), bytes: 0, widths: [0; 6], printed: 0 };
    // --paths prints each path once: it remembers a digest per path printed.
    let mut listed = HashSet::new();
    let limit = args.limit.unwrap_or(usize::MAX);
    let mut show = |e: Entry| {
        if !matches(&e, &args) {
            return ControlFlow::Continue(());
        }
        if args.paths {
            if e.path == "-" || !listed.insert(digest(&[&e.path])) {
                return ControlFlow::Continue(());
            }
            // Escaped: a line break in a name must not make a second path (`-0` is #23's).
            ctx.output.result(&escape(&e.path), &json!({ "path": e.path }));
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
        ctx.output.status(&format!("{bad} unreadable line(s) of {} skipped", escape(&path.to_string_lossy())));
    }
    if table.printed == 0 && !args.paths && !ctx.output.json {
        ctx.output.status("no records match");
    }
    Ok(())
}

/// The filters of `args` that look at one record alone.
fn matches(e: &Entry, args: &HistoryArgs) -> bool {
    args.service.is_none_or(|s| e.service == s.name())
        && args.target.as_deref().is_none_or(|t| {
            // Targets are canonical (UUIDs lowercased): a UUID typed in capitals matches too.
            e.target.as_ref().is_some_and(|et| et.as_str().contains(t) || et.as_str().contains(&t.to_ascii_lowercase()))
        })
        && args.since.is_none_or(|since| e.when().is_some_and(|t| t >= since))
}

/// 16 bytes standing for these fields (XXH3-128, each field's length included).
fn digest(fields: &[&str]) -> [u8; 16] {
    let mut h = crate::hash::Xxh3::new();
    for f in fields {
        h.update(&(f.len() as u64).to_le_bytes());
        h.update(f.as_bytes());
    }
    h.finalize()
}

/// The table, printed a window at a time (with `--json`, each record as it comes).
struct Rows<'a> {
    ctx: &'a Context,
    pending: Vec<[String; 7]>,
    /// The text held in `pending`.
    bytes: usize,
    widths: [usize; 6],
    printed: usize,
}

impl Rows<'_> {
    fn push(&mut self, e: Entry) {
        if self.ctx.output.json {
            self.ctx.output.result("", &serde_json::to_value(&e).unwrap_or_default());
            self.printed += 1;
            return;
        }
        let row = row(&e);
        self.bytes += row.iter().map(String::len).sum::<usize>();
        self.pending.push(row);
        if self.pending.len() >= WINDOW || self.bytes >= WINDOW_BYTES {
            self.flush();
        }
    }

    fn flush(&mut self) {
        for r in &self.pending {
            for (w, cell) in self.widths.iter_mut().zip(r.iter()) {
                *w = (*w).max(cell.chars().count());
            }
        }
        for r in self.pending.drain(..) {
            let mut line = String::new();
            for (cell, w) in r.iter().zip(self.widths) {
                line.push_str(&format!("{cell:<w$}  "));
            }
            line.push_str(&r[6]);
            self.ctx.output.result(line.trim_end(), &serde_json::Value::Null);
            self.printed += 1;
        }
        self.bytes = 0;
    }
}

/// One row, every cell escaped (names, paths, targets and errors come from outside).
fn row(e: &Entry) -> [String; 7] {
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
        human_bytes(e.size),
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
