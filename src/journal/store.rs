//! The journal file: appended one line at a time under a lock on a sidecar file (so an append
//! never interleaves with another process's, nor lands in a file being replaced by a prune),
//! read as a stream, one line in memory at a time (the last [`READ_CAP`] bytes at most, lines
//! of at most [`MAX_LINE`]; torn and garbage lines are skipped), oldest first or newest first,
//! and pruned of records older than [`MAX_AGE_DAYS`] days or beyond [`PRUNE_AT`] bytes (temp
//! file + rename, under the same lock, streamed too). Every file is opened through
//! `safe_fs`: no link planted by someone else is followed, a FIFO or a device is refused
//! without blocking, a link the user made is followed (and pruned where it points).

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::Entry;
use crate::safe_fs::{self, Access};

/// A line longer than this is garbage (real records are well under 4 KiB).
pub const MAX_LINE: usize = 64 * 1024;
/// At most this much of the end of the file is read.
pub const READ_CAP: u64 = 32 << 20;
/// A file bigger than this is pruned down to [`KEEP_BYTES`] of its newest records.
pub const PRUNE_AT: u64 = 16 << 20;
pub const KEEP_BYTES: u64 = 8 << 20;
/// Records older than this are dropped when the journal is pruned.
pub const MAX_AGE_DAYS: u64 = 90;
/// Longest error message kept in a record.
const MAX_ERROR: usize = 500;
/// How much is read at a time, either way.
const BLOCK: usize = 64 * 1024;

/// One record as a line (without the newline), error text bounded.
pub fn encode(entry: &Entry) -> String {
    let mut entry = entry.clone();
    if let Some(e) = &mut entry.error
        && e.len() > MAX_ERROR
    {
        let mut cut = MAX_ERROR;
        while !e.is_char_boundary(cut) {
            cut -= 1;
        }
        e.truncate(cut);
        e.push('…');
    }
    serde_json::to_string(&entry).unwrap_or_default()
}

fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "journal".into());
    name.push(".lock");
    path.with_file_name(name)
}

/// Hold the lock of the journal at `real` (already resolved) until the returned file is dropped.
fn lock(real: &Path) -> std::io::Result<File> {
    safe_fs::create_private_dir(safe_fs::parent_of(real))?;
    safe_fs::lock(&lock_path(real))
}

/// Append `line` as one write, after a newline if a crash left the last line torn.
pub fn append(path: &Path, line: &str) -> std::io::Result<()> {
    let real = safe_fs::resolve(path)?;
    let _lock = lock(&real)?;
    // Opened after the lock: a prune that replaced the file is already done.
    let mut file = safe_fs::open(&real, Access::Append)?;
    let len = file.metadata()?.len();
    let mut buf = String::with_capacity(line.len() + 2);
    if len > 0 {
        let mut last = [0u8; 1];
        file.seek(SeekFrom::Start(len - 1))?;
        file.read_exact(&mut last)?;
        if last[0] != b'\n' {
            buf.push('\n');
        }
    }
    buf.push_str(line);
    buf.push('\n');
    file.write_all(buf.as_bytes())
}

/// The journal opened for reading (None when there is none yet) and its length.
fn open_read(path: &Path) -> std::io::Result<Option<(File, u64)>> {
    let real = match safe_fs::resolve(path) {
        Ok(real) => real,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    match safe_fs::open(&real, Access::Read) {
        Ok(file) => {
            let len = file.metadata()?.len();
            Ok(Some((file, len)))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// One line as the readers hand it over: its text without the line break, or `None` for a
/// line that is too long or not UTF-8 (garbage, counted by the caller). Blank lines are not
/// handed over.
pub type RawLine<'a> = Option<&'a str>;

fn deliver(buf: &[u8], whole: bool, each: &mut impl FnMut(RawLine<'_>) -> ControlFlow<()>) -> ControlFlow<()> {
    let text = if whole { std::str::from_utf8(buf).ok() } else { None };
    match text.map(|t| t.trim_end_matches(['\n', '\r'])) {
        Some(t) if t.trim().is_empty() => ControlFlow::Continue(()),
        line => each(line),
    }
}

/// Each line of the last [`READ_CAP`] bytes, oldest first, until `each` breaks. Memory: one
/// line (at most [`MAX_LINE`]) and a read buffer.
pub fn lines_oldest_first(path: &Path, mut each: impl FnMut(RawLine<'_>) -> ControlFlow<()>) -> std::io::Result<()> {
    let Some((mut file, len)) = open_read(path)? else { return Ok(()) };
    let start = len.saturating_sub(READ_CAP);
    file.seek(SeekFrom::Start(start))?;
    let mut reader = BufReader::with_capacity(BLOCK, file.take(len - start));
    let mut first = start > 0;
    let mut buf = Vec::new();
    loop {
        let (more, whole) = read_line_capped(&mut reader, &mut buf)?;
        if !more {
            return Ok(());
        }
        if std::mem::take(&mut first) {
            continue; // Started mid-line.
        }
        if deliver(&buf, whole, &mut each).is_break() {
            return Ok(());
        }
    }
}

/// Each line of the last [`READ_CAP`] bytes, newest first (the file read backward a block at
/// a time), until `each` breaks. Memory: a block and one line.
pub fn lines_newest_first(path: &Path, mut each: impl FnMut(RawLine<'_>) -> ControlFlow<()>) -> std::io::Result<()> {
    let Some((mut file, len)) = open_read(path)? else { return Ok(()) };
    let start = len.saturating_sub(READ_CAP);
    let mut pos = len;
    // The bytes of the line being assembled: the start of what was read so far, up to its
    // first line break. `overlong`: they were dropped because the line outgrew MAX_LINE.
    let mut tail: Vec<u8> = Vec::new();
    let mut overlong = false;
    let mut block = vec![0u8; BLOCK];
    while pos > start {
        let n = (pos - start).min(BLOCK as u64) as usize;
        pos -= n as u64;
        file.seek(SeekFrom::Start(pos))?;
        file.read_exact(&mut block[..n])?;
        let mut end = n;
        // Every line break in this block closes the line after it.
        while let Some(i) = block[..end].iter().rposition(|b| *b == b'\n') {
            let piece = &block[i + 1..end];
            let flow = if overlong || piece.len() + tail.len() > MAX_LINE {
                deliver(&[], false, &mut each)
            } else if tail.is_empty() {
                deliver(piece, true, &mut each)
            } else {
                let mut line = Vec::with_capacity(piece.len() + tail.len());
                line.extend_from_slice(piece);
                line.extend_from_slice(&tail);
                deliver(&line, true, &mut each)
            };
            if flow.is_break() {
                return Ok(());
            }
            tail.clear();
            overlong = false;
            end = i;
        }
        // The rest belongs to a line that starts in an earlier block.
        if !overlong {
            if end + tail.len() > MAX_LINE {
                overlong = true;
                tail.clear();
            } else {
                let mut joined = Vec::with_capacity(end + tail.len());
                joined.extend_from_slice(&block[..end]);
                joined.extend_from_slice(&tail);
                tail = joined;
            }
        }
    }
    // The first line of the file (a read that started mid-file started mid-line: dropped).
    if start == 0 && (overlong || !tail.is_empty()) {
        let _ = if overlong { deliver(&[], false, &mut each) } else { deliver(&tail, true, &mut each) };
    }
    Ok(())
}

/// Read one line into `buf` (at most [`MAX_LINE`] bytes kept; the rest of a longer line is
/// consumed and dropped). Returns (a line was there, it fit).
fn read_line_capped(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> std::io::Result<(bool, bool)> {
    buf.clear();
    let mut any = false;
    let mut fits = true;
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok((any, fits));
        }
        any = true;
        let (taken, end) = match available.iter().position(|b| *b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        if fits && buf.len() + taken <= MAX_LINE + 1 {
            buf.extend_from_slice(&available[..taken]);
        } else {
            fits = false;
            buf.clear();
        }
        reader.consume(taken);
        if end {
            return Ok((true, fits));
        }
    }
}

fn parse(line: &str) -> Option<Entry> {
    serde_json::from_str(line).ok()
}

/// Prune when the file is over [`PRUNE_AT`] or its first record is older than the age limit.
/// Cheap when nothing is due: a stat and the first line. A journal reached through a link
/// the user made is pruned where the link points; the link stays.
pub fn prune_if_due(path: &Path) -> std::io::Result<()> {
    let Some((file, len)) = open_read(path)? else { return Ok(()) };
    if len <= PRUNE_AT && !first_is_old(file)? {
        return Ok(());
    }
    let real = safe_fs::resolve(path)?;
    let _lock = lock(&real)?;
    let cutoff = SystemTime::now() - Duration::from_secs(MAX_AGE_DAYS * 86_400);
    let fresh = |line: &str| parse(line).is_some_and(|e| e.when().is_none_or(|t| t >= cutoff));
    // Two passes, one line in memory at a time: how much is fresh, then the newest of it
    // (at most KEEP_BYTES) copied into the replacement. The lock keeps appends out between.
    let mut kept_bytes = 0u64;
    lines_oldest_first(&real, |line| {
        if let Some(line) = line.filter(|l| fresh(l)) {
            kept_bytes += line.len() as u64 + 1;
        }
        ControlFlow::Continue(())
    })?;
    safe_fs::replace(&real, 0o600, |out| {
        let mut out = BufWriter::with_capacity(BLOCK, out);
        let mut to_drop = kept_bytes.saturating_sub(KEEP_BYTES);
        let mut failed = None;
        lines_oldest_first(&real, |line| {
            let Some(line) = line.filter(|l| fresh(l)) else { return ControlFlow::Continue(()) };
            let size = line.len() as u64 + 1;
            if to_drop > 0 {
                to_drop = to_drop.saturating_sub(size);
                return ControlFlow::Continue(());
            }
            match out.write_all(line.as_bytes()).and_then(|()| out.write_all(b"\n")) {
                Ok(()) => ControlFlow::Continue(()),
                Err(e) => {
                    failed = Some(e);
                    ControlFlow::Break(())
                }
            }
        })?;
        if let Some(e) = failed {
            return Err(e);
        }
        out.flush()
    })
}

fn first_is_old(file: File) -> std::io::Result<bool> {
    let mut reader = BufReader::new(file);
    let mut buf = Vec::new();
    let (_, whole) = read_line_capped(&mut reader, &mut buf)?;
    let cutoff = SystemTime::now() - Duration::from_secs(MAX_AGE_DAYS * 86_400);
    let line = if whole { std::str::from_utf8(&buf).ok() } else { None };
    Ok(line.and_then(parse).and_then(|e| e.when()).is_some_and(|t| t < cutoff))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn line(time: &str, name: &str) -> String {
        format!(
            r#"{{"v":1,"time":"{time}","service":"ok","target":null,"path":"/p","name":"{name}","size":1,"outcome":"sent"}}"#
        )
    }

    /// (names of the records, garbage lines), read either way.
    fn read(path: &Path, newest_first: bool) -> (Vec<String>, usize) {
        let (mut names, mut bad) = (Vec::new(), 0);
        let each = |l: RawLine<'_>| {
            match l.and_then(parse) {
                Some(e) => names.push(e.name),
                None => bad += 1,
            }
            ControlFlow::Continue(())
        };
        if newest_first { lines_newest_first(path, each) } else { lines_oldest_first(path, each) }.unwrap();
        (names, bad)
    }

    #[test]
    fn torn_overlong_and_garbage_lines_are_skipped_either_way() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let long = format!(r#"{{"x":"{}"}}"#, "a".repeat(MAX_LINE * 2));
        let text = format!(
            "{}\nnot json\n\u{0}\u{1}\n{long}\n\n{}\n{{\"v\":1,\"time\":\"2025",
            line("2025-01-01T00:00:00Z", "a"),
            line("2025-01-02T00:00:00Z", "b")
        );
        fs::write(&path, text).unwrap();
        assert_eq!(read(&path, false), (vec!["a".to_string(), "b".to_string()], 4));
        assert_eq!(read(&path, true), (vec!["b".to_string(), "a".to_string()], 4));
        // An append after a torn line starts on a line of its own.
        append(&path, &line("2025-01-03T00:00:00Z", "c")).unwrap();
        assert_eq!(read(&path, false).0, ["a", "b", "c"]);
        assert_eq!(read(&path, true).0, ["c", "b", "a"]);
    }

    #[test]
    fn newest_first_reads_lines_across_blocks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        // Lines of many sizes, so that block edges fall everywhere within them.
        let names: Vec<String> = (0..400).map(|i| "n".repeat(1 + (i * 37) % 900)).collect();
        let text: String =
            names.iter().map(|n| format!("{}\n", line("2025-01-01T00:00:00Z", n))).collect::<Vec<_>>().concat();
        fs::write(&path, text).unwrap();
        let (mut back, bad) = read(&path, true);
        back.reverse();
        assert_eq!((back, bad), (names, 0));
    }

    #[test]
    fn old_records_are_pruned_and_new_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("j.jsonl");
        append(&path, &line("2001-01-01T00:00:00Z", "old")).unwrap();
        let fresh = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
        append(&path, &line(&fresh, "new")).unwrap();
        prune_if_due(&path).unwrap();
        assert_eq!(read(&path, false).0, ["new"]);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
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
            text.push_str(&line(&fresh, &format!("{i:08}{}", "n".repeat(1000))));
            text.push('\n');
        }
        fs::write(&path, text).unwrap();
        prune_if_due(&path).unwrap();
        let len = fs::metadata(&path).unwrap().len();
        assert!(len <= KEEP_BYTES && len > KEEP_BYTES / 2, "{len}");
        let (names, bad) = read(&path, true);
        assert_eq!(bad, 0);
        assert!(names[0].starts_with(&format!("{:08}", count - 1)), "the newest stays");
    }
}
