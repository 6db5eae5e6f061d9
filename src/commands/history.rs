//! `chatdrop history`: the journal newest first, as a table or NDJSON (`--json`, the records
//! as written), filtered by service, target, time and outcome; `--paths` prints only the
//! local paths, so `chatdrop history --failed --paths` can feed the next run.

use std::collections::HashSet;
use std::time::SystemTime;

use serde_json::json;

use crate::cli::history::HistoryArgs;
use crate::commands::context::Context;
use crate::error::{Failure, Result};
use crate::journal::{Entry, Journal, Kind, Location};
use crate::text::{bytes as human_bytes, escape};

pub fn run(ctx: &Context, args: HistoryArgs) -> Result<()> {
    let journal = Journal::open(Location::resolve(false, args.journal.as_deref(), ctx.global.sandbox));
    let Some(path) = journal.path() else {
        return Err(Failure::usage("no journal to read: with --sandbox nothing is recorded unless a file is named")
            .with_hint("name the journal with --journal FILE"));
    };
    let (entries, bad) = journal.read_all()?;
    if bad > 0 {
        ctx.output.status(&format!("{bad} unreadable line(s) of {} skipped", escape(&path.to_string_lossy())));
    }
    let selected = select(entries, &args);
    if args.paths {
        let mut seen = HashSet::new();
        for e in selected.iter().filter(|e| e.path != "-") {
            if seen.insert(e.path.as_str()) {
                ctx.output.result(&e.path, &json!({ "path": e.path }));
            }
        }
        return Ok(());
    }
    let rows: Vec<[String; 7]> = selected.iter().map(row).collect();
    let mut widths = [0usize; 6];
    for r in &rows {
        for (w, cell) in widths.iter_mut().zip(r.iter()) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for (r, e) in rows.iter().zip(&selected) {
        let mut line = String::new();
        for (cell, w) in r.iter().zip(widths) {
            line.push_str(&format!("{cell:<w$}  "));
        }
        line.push_str(&r[6]);
        ctx.output.result(line.trim_end(), &serde_json::to_value(e).unwrap_or_default());
    }
    if rows.is_empty() && !ctx.output.json {
        ctx.output.status("no records match");
    }
    Ok(())
}

/// The filters, newest first, then --limit.
fn select(entries: Vec<Entry>, args: &HistoryArgs) -> Vec<Entry> {
    let mut kept: Vec<(usize, Entry)> = entries
        .into_iter()
        .enumerate()
        .filter(|(_, e)| args.service.is_none_or(|s| e.service == s.name()))
        .filter(|(_, e)| args.target.as_deref().is_none_or(|t| e.target.as_deref().is_some_and(|et| et.contains(t))))
        .filter(|(_, e)| args.since.is_none_or(|since| e.when().is_some_and(|t| t >= since)))
        .collect();
    // Newest first: by time, and by position for records of the same second.
    kept.sort_by(|(ia, a), (ib, b)| {
        let (ta, tb) = (a.when().unwrap_or(SystemTime::UNIX_EPOCH), b.when().unwrap_or(SystemTime::UNIX_EPOCH));
        tb.cmp(&ta).then(ib.cmp(ia))
    });
    if args.failed {
        // The latest record of each file at each target decides.
        let mut seen = HashSet::new();
        kept.retain(|(_, e)| {
            let first = seen.insert((e.service.clone(), e.profile.clone(), e.target.clone(), e.path.clone()));
            first && still_failed(e)
        });
    }
    let mut out: Vec<Entry> = kept.into_iter().map(|(_, e)| e).collect();
    if let Some(n) = args.limit {
        out.truncate(n);
    }
    out
}

fn still_failed(e: &Entry) -> bool {
    match e.outcome {
        Kind::Failed | Kind::Unknown => true,
        Kind::Skipped => e.previous.as_ref().is_some_and(|p| p.outcome == Kind::Unknown),
        Kind::Sent => false,
    }
}

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
        time,
        e.outcome.name().to_string(),
        e.service.clone(),
        e.target.clone().unwrap_or_else(|| "-".into()),
        human_bytes(e.size),
        e.name.clone(),
        detail,
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
