//! The journal file: appended one line at a time under a lock on a sidecar file (so an append
//! never interleaves with another process's, nor lands in a file being replaced by a prune),
//! read with bounds (at most [`READ_CAP`] bytes, lines of at most [`MAX_LINE`]; torn and
//! garbage lines are skipped), and pruned of records older than [`MAX_AGE_DAYS`] days or beyond
//! [`PRUNE_AT`] bytes (temp file + rename, under the same lock).

use std::fs::{self, File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::Entry;

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

/// Hold the journal's lock until the returned file is dropped.
fn lock(path: &Path) -> std::io::Result<File> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_private_dir(dir)?;
    }
    let lock = private_options().read(true).write(true).create(true).truncate(false).open(lock_path(path))?;
    lock.lock()?;
    Ok(lock)
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// Paths and names may be private: the journal is the user's alone (0600).
fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Append `line` as one write, after a newline if a crash left the last line torn.
pub fn append(path: &Path, line: &str) -> std::io::Result<()> {
    let _lock = lock(path)?;
    // Opened after the lock: a prune that replaced the file is already done.
    let mut file = private_options().read(true).append(true).create(true).open(path)?;
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

/// A record and its line as written (kept as is when pruning).
pub struct Line {
    pub raw: String,
    pub entry: Entry,
}

pub struct Records {
    pub lines: Vec<Line>,
    /// Torn, overlong or garbage lines skipped.
    pub bad_lines: usize,
}

/// Read the records (the last [`READ_CAP`] bytes at most); a missing file has none.
pub fn read(path: &Path) -> std::io::Result<Records> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Records { lines: Vec::new(), bad_lines: 0 }),
        Err(e) => return Err(e),
    };
    let len = file.metadata()?.len();
    let start = len.saturating_sub(READ_CAP);
    file.seek(SeekFrom::Start(start))?;
    let mut reader = BufReader::with_capacity(64 * 1024, file.take(len - start));
    let mut out = Records { lines: Vec::new(), bad_lines: 0 };
    let mut first = start > 0;
    let mut buf = Vec::new();
    loop {
        let (more, whole) = read_line_capped(&mut reader, &mut buf)?;
        if !more {
            break;
        }
        if std::mem::take(&mut first) {
            continue; // Started mid-line.
        }
        match parse(&buf, whole) {
            Some(line) => out.lines.push(line),
            None if whole && buf.iter().all(u8::is_ascii_whitespace) => {}
            None => out.bad_lines += 1,
        }
    }
    Ok(out)
}

fn parse(buf: &[u8], whole: bool) -> Option<Line> {
    if !whole {
        return None;
    }
    let raw = std::str::from_utf8(buf).ok()?.trim_end_matches(['\n', '\r']);
    let entry: Entry = serde_json::from_str(raw).ok()?;
    Some(Line { raw: raw.to_string(), entry })
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

/// Prune when the file is over [`PRUNE_AT`] or its first record is older than the age limit.
/// Cheap when nothing is due: a stat and the first line.
pub fn prune_if_due(path: &Path) -> std::io::Result<()> {
    let Ok(meta) = fs::metadata(path) else { return Ok(()) };
    if meta.len() <= PRUNE_AT && !first_is_old(path)? {
        return Ok(());
    }
    let _lock = lock(path)?;
    let read = read(path)?;
    let cutoff = SystemTime::now() - Duration::from_secs(MAX_AGE_DAYS * 86_400);
    let mut keep: Vec<&str> =
        read.lines.iter().filter(|l| l.entry.when().is_none_or(|t| t >= cutoff)).map(|l| l.raw.as_str()).collect();
    let mut size: u64 = keep.iter().map(|l| l.len() as u64 + 1).sum();
    let mut drop = 0;
    while size > KEEP_BYTES && drop < keep.len() {
        size -= keep[drop].len() as u64 + 1;
        drop += 1;
    }
    keep.drain(..drop);
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new().prefix(".journal-").tempfile_in(dir)?;
    let mut text = keep.join("\n");
    if !text.is_empty() {
        text.push('\n');
    }
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

fn first_is_old(path: &Path) -> std::io::Result<bool> {
    let mut reader = BufReader::new(File::open(path)?);
    let mut buf = Vec::new();
    let (_, whole) = read_line_capped(&mut reader, &mut buf)?;
    let cutoff = SystemTime::now() - Duration::from_secs(MAX_AGE_DAYS * 86_400);
    Ok(parse(&buf, whole).and_then(|l| l.entry.when()).is_some_and(|t| t < cutoff))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(time: &str, name: &str) -> String {
        format!(
            r#"{{"v":1,"time":"{time}","service":"ok","target":null,"path":"/p","name":"{name}","size":1,"outcome":"sent"}}"#
        )
    }

    #[test]
    fn torn_overlong_and_garbage_lines_are_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let long = format!(r#"{{"x":"{}"}}"#, "a".repeat(MAX_LINE * 2));
        let text = format!(
            "{}\nnot json\n\u{0}\u{1}\n{long}\n\n{}\n{{\"v\":1,\"time\":\"2025",
            line("2025-01-01T00:00:00Z", "a"),
            line("2025-01-02T00:00:00Z", "b")
        );
        fs::write(&path, text).unwrap();
        let r = read(&path).unwrap();
        let names: Vec<&str> = r.lines.iter().map(|l| l.entry.name.as_str()).collect();
        assert_eq!(names, ["a", "b"]);
        assert_eq!(r.bad_lines, 4);
        // An append after a torn line starts on a line of its own.
        append(&path, &line("2025-01-03T00:00:00Z", "c")).unwrap();
        let names: Vec<String> = read(&path).unwrap().lines.into_iter().map(|l| l.entry.name).collect();
        assert_eq!(names, ["a", "b", "c"]);
    }

    #[test]
    fn old_records_are_pruned_and_new_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("j.jsonl");
        append(&path, &line("2001-01-01T00:00:00Z", "old")).unwrap();
        let fresh = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
        append(&path, &line(&fresh, "new")).unwrap();
        prune_if_due(&path).unwrap();
        let names: Vec<String> = read(&path).unwrap().lines.into_iter().map(|l| l.entry.name).collect();
        assert_eq!(names, ["new"]);
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
        let one = line(&fresh, &"n".repeat(1000));
        let count = (PRUNE_AT / one.len() as u64) + 10;
        let mut text = String::new();
        for _ in 0..count {
            text.push_str(&one);
            text.push('\n');
        }
        fs::write(&path, text).unwrap();
        prune_if_due(&path).unwrap();
        let len = fs::metadata(&path).unwrap().len();
        assert!(len <= KEEP_BYTES && len > KEEP_BYTES / 2, "{len}");
    }
}
