//! Pruning: the journal drops records older than [`MAX_AGE_DAYS`] days and is cut to its
//! newest part once what it could drop outgrows [`PRUNE_AT`] and twice what it must keep, but
//! it keeps, whatever their age, the records `--skip-sent` decides by: for each content at
//! each place, the record a lookup chooses (the latest `sent`, else the first `skipped`
//! standing for one, else the latest `unknown`...), as the index lists them. So whether a
//! file was sent never depends on how much of the journal is left.
//!
//! Streamed in bounded memory: the kept offsets are sorted externally, the journal is copied
//! line by line into a temp file beside it without the lock, then, under the lock, the
//! records appended meanwhile are copied too and the temp file renamed over the journal; a
//! new index is written for it after the lock is let go.

use std::io::{self, BufWriter, Write};
use std::ops::ControlFlow;
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::index::{self, Builder, Header, JournalFile};
use super::sort::{REC, Rec, Sorter, Survivor};
use super::{Reader, store};
use crate::safe_fs;

/// A journal with more than this to drop is pruned (and more than twice what it must keep:
/// that is rewritten each time).
pub const PRUNE_AT: u64 = 16 << 20;
/// Records older than this are dropped when the journal is pruned (unless still needed).
pub const MAX_AGE_DAYS: u64 = 90;
/// A prune for age alone happens at most this often.
const AGE_CHECK_EVERY: u64 = 86_400;

/// [`PRUNE_AT`], or the test seam's value.
pub fn prune_at() -> u64 {
    crate::env::count(crate::env::JOURNAL_PRUNE_AT).unwrap_or(PRUNE_AT)
}

/// How much of the newest records a prune keeps besides the needed ones: half [`prune_at`].
fn keep_bytes() -> u64 {
    prune_at() / 2
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Prune when the journal outgrew its limit, or (at most once a day) when its first record
/// is older than the age limit. Cheap when nothing is due: a stat, the index's header, and
/// the first line. A journal reached through a link the user made is pruned where the link
/// points; the link stays.
pub fn prune_if_due(path: &Path) -> io::Result<()> {
    let Some((file, real)) = store::open_read(path)? else { return Ok(()) };
    let now = JournalFile::of(&file)?;
    let header =
        index::Index::open(&index::path_of(&real), &file, now).ok().flatten().map(|i| i.header).unwrap_or_default();
    // What a prune could drop: all but the needed records (known from the index; without
    // one, assume it is all the journal). Due once that is over the limit and over twice
    // what must stay (what stays is rewritten each time), or, once a day, when the oldest
    // record is past the age limit.
    let droppable = now.len.saturating_sub(header.needed);
    let size_due = now.len > prune_at() && droppable > prune_at().max(header.needed.saturating_mul(2));
    let age_due = unix_now().saturating_sub(header.pruned_at) > AGE_CHECK_EVERY && first_is_old(&file, now.len)?;
    if !size_due && !age_due {
        return Ok(());
    }
    drop(file);
    prune(&real)
}

fn first_is_old(file: &std::fs::File, len: u64) -> io::Result<bool> {
    let mut old = false;
    store::lines_between(file, 0, len, true, |_, line| {
        old = line.and_then(store::parse).and_then(|e| e.when()).is_some_and(|t| t < cutoff());
        ControlFlow::Break(())
    })?;
    Ok(old)
}

fn cutoff() -> SystemTime {
    SystemTime::now() - Duration::from_secs(MAX_AGE_DAYS * 86_400)
}

fn offset_rec(offset: u64) -> Rec {
    let mut r = [0u8; REC];
    r[..8].copy_from_slice(&offset.to_be_bytes());
    r
}

fn rec_offset(r: &Rec) -> u64 {
    u64::from_be_bytes(r[..8].try_into().unwrap_or_default())
}

/// The journal was pruned by another process meanwhile: this prune has nothing to do.
#[derive(Debug)]
struct Aborted;

impl std::fmt::Display for Aborted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("pruned by another process meanwhile")
    }
}

impl std::error::Error for Aborted {}

fn aborted() -> io::Error {
    io::Error::other(Aborted)
}

/// Prune the journal at `real` (resolved) now.
pub fn prune(real: &Path) -> io::Result<()> {
    // The index, brought up to date: it knows which records are needed.
    let Some(mut reader) = Reader::open_at(real, true, &mut |_| {})? else { return Ok(()) };
    if reader.index.is_empty() {
        return Ok(());
    }
    let covered = reader.index.header.covered;
    let dir = index::temp_dir_for(real);
    let mut needed = Sorter::new(&dir, |_| Survivor::First);
    reader.index.chosen(|offset| needed.push(offset_rec(offset)))?;
    let mut needed = needed.finish(None)?.peekable();
    let cutoff = cutoff();
    let keep_from = covered.saturating_sub(keep_bytes());
    let mut builder = Builder::new(&dir)?;
    let mut lock = None;
    let mut new_len = 0u64;
    let mut new_file = None;
    let replaced = safe_fs::replace(real, 0o600, |out| {
        let mut w = BufWriter::with_capacity(64 * 1024, &mut *out);
        let mut failed: Option<io::Error> = None;
        let mut keep = |line: &str, w: &mut BufWriter<&mut std::fs::File>| -> io::Result<()> {
            w.write_all(line.as_bytes())?;
            w.write_all(b"\n")?;
            builder.add(new_len, line)?;
            new_len += line.len() as u64 + 1;
            Ok(())
        };
        store::lines_between(&reader.file, 0, covered, false, |offset, line| {
            let Some(line) = line else { return ControlFlow::Continue(()) };
            let need = loop {
                match needed.peek() {
                    Some(Ok(r)) if rec_offset(r) < offset => {
                        needed.next();
                    }
                    Some(Ok(r)) => break rec_offset(r) == offset,
                    Some(Err(_)) => {
                        failed = needed.next().and_then(|r| r.err());
                        return ControlFlow::Break(());
                    }
                    None => break false,
                }
            };
            let fresh = || store::parse(line).is_some_and(|e| e.when().is_none_or(|t| t >= cutoff));
            if (need || (offset >= keep_from && fresh()))
                && let Err(e) = keep(line, &mut w)
            {
                failed = Some(e);
                return ControlFlow::Break(());
            }
            ControlFlow::Continue(())
        })?;
        if let Some(e) = failed {
            return Err(e);
        }
        // What was appended meanwhile is kept whole: under the lock, then the rename.
        lock = Some(store::lock(real)?);
        let Some((current, _)) = store::open_read(real)? else { return Err(aborted()) };
        let now = JournalFile::of(&current)?;
        if (now.dev, now.ino) != (reader.now.dev, reader.now.ino) {
            return Err(aborted());
        }
        let mut failed = None;
        store::lines_between(&current, covered, now.len, true, |_, line| {
            if let Some(line) = line
                && store::parse(line).is_some()
                && let Err(e) = keep(line, &mut w)
            {
                failed = Some(e);
                return ControlFlow::Break(());
            }
            ControlFlow::Continue(())
        })?;
        if let Some(e) = failed {
            return Err(e);
        }
        w.flush()?;
        drop(w);
        new_file = Some(JournalFile::of(out)?);
        Ok(())
    });
    drop(lock);
    match replaced {
        Ok(()) => {}
        Err(e) if e.get_ref().is_some_and(|inner| inner.is::<Aborted>()) => return Ok(()),
        Err(e) => return Err(e),
    }
    drop(reader);
    // The new journal's index (a cache: if it cannot be written, the next reader builds it).
    let Some(written) = new_file else { return Ok(()) };
    let Some((file, _)) = store::open_read(real)? else { return Ok(()) };
    let now = JournalFile::of(&file)?;
    if (now.dev, now.ino) != (written.dev, written.ino) {
        return Ok(());
    }
    let header = Header {
        dev: now.dev,
        ino: now.ino,
        covered: new_len,
        check: index::check(&file, new_len)?,
        pruned_len: new_len,
        pruned_at: unix_now(),
        ..Header::default()
    };
    let _ = index::save(&index::path_of(real), |out| builder.write(None, header, out));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn line(time: &str, name: &str, outcome: &str, fp: &str) -> String {
        format!(
            r#"{{"v":1,"time":"{time}","service":"ok","target":null,"path":"/p/{name}","name":"{name}","size":1,"fingerprint":"{fp}","outcome":"{outcome}"}}"#
        )
    }

    fn names(path: &Path) -> Vec<String> {
        fs::read_to_string(path).unwrap().lines().filter_map(store::parse).map(|e| e.name).collect()
    }

    #[test]
    fn old_records_go_but_what_skip_sent_needs_stays() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("j.jsonl");
        let fresh = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
        let text = [
            line("2001-01-01T00:00:00Z", "old-sent", "sent", "xxh3:1"),
            line("2001-01-01T00:00:00Z", "old-failed", "failed", "xxh3:2"),
            line("2001-01-01T00:00:00Z", "old-sent-again", "sent", "xxh3:3"),
            line("2001-01-02T00:00:00Z", "newer-sent-again", "sent", "xxh3:3"),
            line(&fresh, "new", "failed", "xxh3:4"),
        ]
        .join("\n")
            + "\n";
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, text).unwrap();
        prune_if_due(&path).unwrap();
        assert_eq!(names(&path), ["old-sent", "newer-sent-again", "new"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
        // The new index says when: not pruned again for age within a day.
        let before = fs::metadata(&path).unwrap();
        prune_if_due(&path).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            assert_eq!(fs::metadata(&path).unwrap().ino(), before.ino(), "not rewritten");
        }
    }

    #[test]
    fn a_big_file_is_cut_to_its_newest_records() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let fresh = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
        let count = (PRUNE_AT / 1100) + 10;
        let mut text = String::new();
        for i in 0..count {
            // Failed records: nothing in them is needed by --skip-sent.
            text.push_str(&line(&fresh, &format!("{i:08}{}", "n".repeat(1000)), "failed", "xxh3:f"));
            text.push('\n');
        }
        fs::write(&path, text).unwrap();
        prune_if_due(&path).unwrap();
        let len = fs::metadata(&path).unwrap().len();
        assert!(len <= keep_bytes() + 2200 && len > keep_bytes() / 2, "{len}");
        let names = names(&path);
        assert!(names.last().unwrap().starts_with(&format!("{:08}", count - 1)), "the newest stays");
    }
}
