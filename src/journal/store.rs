//! The journal file: appended under a lock on a sidecar file (so an append never interleaves
//! with another process's, nor lands in a file being replaced by a prune; a batch of records
//! is one write), and read as a stream, one line in memory at a time (lines of at most
//! [`MAX_LINE`]; torn and garbage lines are skipped), oldest first or newest first, between
//! any two offsets, or one line at an offset the index names. Every file is opened through
//! `safe_fs`: no link planted by someone else is followed, a FIFO or a device is refused
//! without blocking, a link the user made is followed (and pruned where it points). Pruning
//! is in `prune`.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom, Write};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use super::Entry;
use crate::safe_fs::{self, Access};

/// A line longer than this is garbage (real records are well under 4 KiB).
pub const MAX_LINE: usize = 64 * 1024;
/// Longest error message kept in a record.
const MAX_ERROR: usize = 500;
/// How much is read at a time, either way.
const BLOCK: usize = 64 * 1024;

/// One record as a line (without the newline), error text bounded.
pub fn encode(entry: &Entry) -> String {
    if entry.error.as_ref().is_none_or(|e| e.len() <= MAX_ERROR) {
        return serde_json::to_string(entry).unwrap_or_default();
    }
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
pub fn lock(real: &Path) -> std::io::Result<File> {
    safe_fs::create_private_dir(safe_fs::parent_of(real))?;
    safe_fs::lock(&lock_path(real))
}

/// Append `lines` (one or more records, each ending in a newline) as one write, after a
/// newline if a crash left the last line torn. Returns the offset at which `lines` begin.
pub fn append(path: &Path, lines: &str) -> std::io::Result<u64> {
    let real = safe_fs::resolve(path)?;
    let _lock = lock(&real)?;
    // Opened after the lock: a prune that replaced the file is already done.
    let mut file = safe_fs::open(&real, Access::Append)?;
    let len = file.metadata()?.len();
    let mut torn = false;
    if len > 0 {
        let mut last = [0u8; 1];
        file.seek(SeekFrom::Start(len - 1))?;
        file.read_exact(&mut last)?;
        torn = last[0] != b'\n';
    }
    if torn {
        let mut buf = String::with_capacity(lines.len() + 1);
        buf.push('\n');
        buf.push_str(lines);
        file.write_all(buf.as_bytes())?;
        Ok(len + 1)
    } else {
        file.write_all(lines.as_bytes())?;
        Ok(len)
    }
}

/// The journal opened for reading, with its resolved path (None when there is none yet).
pub fn open_read(path: &Path) -> std::io::Result<Option<(File, PathBuf)>> {
    let real = match safe_fs::resolve(path) {
        Ok(real) => real,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    match safe_fs::open(&real, Access::Read) {
        Ok(file) => Ok(Some((file, real))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// One line as the readers hand it over: its text without the line break, or `None` for a
/// line that is too long or not UTF-8 (garbage, counted by the caller). Blank lines are not
/// handed over.
pub type RawLine<'a> = Option<&'a str>;

fn deliver(
    offset: u64,
    buf: &[u8],
    whole: bool,
    each: &mut impl FnMut(u64, RawLine<'_>) -> ControlFlow<()>,
) -> ControlFlow<()> {
    let text = if whole { std::str::from_utf8(buf).ok() } else { None };
    match text.map(|t| t.trim_end_matches(['\n', '\r'])) {
        Some(t) if t.trim().is_empty() => ControlFlow::Continue(()),
        line => each(offset, line),
    }
}

/// Each line of `file` from `start` (a line boundary) to `end`, oldest first, with its
/// offset, until `each` breaks. A last line with no line break is handed over only when
/// `unfinished` (another process may still be writing it). Returns where the last line
/// handed over ends (`start` if none). Memory: one line (at most [`MAX_LINE`]) and a buffer.
pub fn lines_between(
    file: &File,
    start: u64,
    end: u64,
    unfinished: bool,
    mut each: impl FnMut(u64, RawLine<'_>) -> ControlFlow<()>,
) -> std::io::Result<u64> {
    if end <= start {
        return Ok(start);
    }
    let mut file = file;
    file.seek(SeekFrom::Start(start))?;
    let mut reader = BufReader::with_capacity(BLOCK, file.take(end - start));
    let mut buf = Vec::new();
    let mut offset = start;
    loop {
        let (taken, ended, fits) = read_line_capped(&mut reader, &mut buf)?;
        if taken == 0 || (!ended && !unfinished) {
            return Ok(offset);
        }
        let at = offset;
        offset += taken as u64;
        if deliver(at, &buf, fits, &mut each).is_break() {
            return Ok(offset);
        }
    }
}

/// Each line of `file` between `start` (a line boundary) and `end`, newest first (read
/// backward a block at a time), with its offset, until `each` breaks. Memory: a block and
/// one line.
pub fn lines_newest_first(
    file: &File,
    start: u64,
    end: u64,
    mut each: impl FnMut(u64, RawLine<'_>) -> ControlFlow<()>,
) -> std::io::Result<()> {
    let mut file = file;
    let mut pos = end;
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
        let mut cut = n;
        // Every line break in this block closes the line after it.
        while let Some(i) = block[..cut].iter().rposition(|b| *b == b'\n') {
            let piece = &block[i + 1..cut];
            let at = pos + i as u64 + 1;
            let flow = if overlong || piece.len() + tail.len() > MAX_LINE {
                deliver(at, &[], false, &mut each)
            } else if tail.is_empty() {
                deliver(at, piece, true, &mut each)
            } else {
                let mut line = Vec::with_capacity(piece.len() + tail.len());
                line.extend_from_slice(piece);
                line.extend_from_slice(&tail);
                deliver(at, &line, true, &mut each)
            };
            if flow.is_break() {
                return Ok(());
            }
            tail.clear();
            overlong = false;
            cut = i;
        }
        // The rest belongs to a line that starts in an earlier block.
        if !overlong {
            if cut + tail.len() > MAX_LINE {
                overlong = true;
                tail.clear();
            } else {
                let mut joined = Vec::with_capacity(cut + tail.len());
                joined.extend_from_slice(&block[..cut]);
                joined.extend_from_slice(&tail);
                tail = joined;
            }
        }
    }
    // The first line of the range.
    if overlong || !tail.is_empty() {
        let _ = if overlong { deliver(start, &[], false, &mut each) } else { deliver(start, &tail, true, &mut each) };
    }
    Ok(())
}

/// The line that starts at `offset` (up to its line break, the end of the file, or
/// [`MAX_LINE`]), read into `buf`; None when it is not whole UTF-8 text.
pub fn line_at<'b>(file: &File, offset: u64, buf: &'b mut Vec<u8>) -> std::io::Result<Option<&'b str>> {
    let mut file = file;
    file.seek(SeekFrom::Start(offset))?;
    buf.clear();
    let mut chunk = [0u8; 4096];
    loop {
        let n = match file.read(&mut chunk) {
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if n == 0 {
            break;
        }
        if let Some(i) = chunk[..n].iter().position(|b| *b == b'\n') {
            buf.extend_from_slice(&chunk[..i]);
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
        if buf.len() > MAX_LINE {
            return Ok(None);
        }
    }
    Ok(std::str::from_utf8(buf).ok().map(|t| t.trim_end_matches('\r')))
}

/// Read one line into `buf` (at most [`MAX_LINE`] bytes kept; the rest of a longer line is
/// consumed and dropped). Returns (bytes consumed, it ended in a line break, it fit).
fn read_line_capped(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> std::io::Result<(usize, bool, bool)> {
    buf.clear();
    let mut taken_all = 0;
    let mut fits = true;
    loop {
        let available = reader.fill_buf()?;
        if available.is_empty() {
            return Ok((taken_all, false, fits));
        }
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
        taken_all += taken;
        if end {
            return Ok((taken_all, true, fits));
        }
    }
}

pub fn parse(line: &str) -> Option<Entry> {
    serde_json::from_str(line).ok()
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
        let each = |_: u64, l: RawLine<'_>| {
            match l.and_then(parse) {
                Some(e) => names.push(e.name),
                None => bad += 1,
            }
            ControlFlow::Continue(())
        };
        let file = File::open(path).unwrap();
        let len = file.metadata().unwrap().len();
        if newest_first {
            lines_newest_first(&file, 0, len, each).unwrap();
        } else {
            lines_between(&file, 0, len, true, each).unwrap();
        }
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
        append(&path, &format!("{}\n", line("2025-01-03T00:00:00Z", "c"))).unwrap();
        assert_eq!(read(&path, false).0, ["a", "b", "c"]);
        assert_eq!(read(&path, true).0, ["c", "b", "a"]);
    }

    #[test]
    fn offsets_lead_back_to_their_lines_and_unfinished_lines_wait() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let text = format!("{}\n\n{}\n{}", line("t", "a"), line("t", "b"), line("t", "unfinished"));
        fs::write(&path, &text).unwrap();
        let file = File::open(&path).unwrap();
        let len = text.len() as u64;
        let mut seen = Vec::new();
        let end = lines_between(&file, 0, len, false, |at, l| {
            seen.push((at, l.unwrap().to_string()));
            ControlFlow::Continue(())
        })
        .unwrap();
        assert_eq!(seen.len(), 2, "the unfinished line is not handed over");
        assert_eq!(end as usize, text.rfind('\n').unwrap() + 1);
        let mut buf = Vec::new();
        for (at, l) in &seen {
            assert_eq!(line_at(&file, *at, &mut buf).unwrap().unwrap(), l);
        }
        let mut back = Vec::new();
        lines_newest_first(&file, 0, end, |at, _| {
            back.push(at);
            ControlFlow::Continue(())
        })
        .unwrap();
        back.reverse();
        assert_eq!(back, seen.iter().map(|(at, _)| *at).collect::<Vec<_>>());
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
}
