//! The journal: one JSON line per upload attempt's outcome (sent, failed, unknown, skipped), so
//! that `--skip-sent` can make a re-run send only what is missing and `chatdrop history` can
//! show what went where. Never a secret: ids, names, sizes, fingerprints, redacted errors.
//!
//! API: [`Journal::open`], [`Journal::check`], [`Journal::record`] / [`Journal::record_lines`],
//! [`Journal::reader`] (a batch's lookups: [`Reader::fingerprints`] by file identity,
//! [`Reader::sent`] by content, [`Reader::previous`]), [`Journal::newest_first`] and
//! [`Journal::latest_failed`] for `history`. The file handling (append under a lock, streamed
//! reads that skip torn or garbage lines) is in [`store`], the index beside the journal in
//! [`index`] (sorted in bounded memory by [`sort`]), pruning in [`prune`], the upload loops'
//! side in `commands::journal`. Memory does not grow with the journal: reads stream one line
//! at a time, lookups go through the index (a binary search, or one pass over it for a big
//! batch) and read only the records they find, plus the lines past what the index covers.

pub mod index;
pub mod prune;
pub mod sort;
pub mod store;

use std::borrow::Cow;
use std::collections::HashSet;
use std::fs::File;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Failure, Result};
use crate::hash::Algorithm;
use index::{Found, Index, JournalFile, Key, Probe, class};

/// The format version written in every line (`v`).
pub const FORMAT: u32 = 1;

/// The journal's file name in the state dir.
pub const FILE_NAME: &str = "journal.jsonl";

/// Past what the index covers, at most this much of the journal (or a sixteenth of what it
/// covers, if more) is read line by line before the index is brought up to date.
pub const INDEX_TAIL: u64 = 4 << 20;

/// What became of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// The service took it; `ids` says under which ids.
    Sent,
    /// It did not arrive (the error and exit class say why).
    Failed,
    /// The server may have taken it (the answer was lost after the whole body): never resent
    /// by `--skip-sent` without `--resend-unknown`.
    Unknown,
    /// `--skip-sent` did not send it: `previous` is the earlier attempt.
    Skipped,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Sent => "sent",
            Kind::Failed => "failed",
            Kind::Unknown => "unknown",
            Kind::Skipped => "skipped",
        }
    }
}

/// The earlier attempt a `skipped` record refers to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Previous {
    pub time: String,
    pub outcome: Kind,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub ids: Map<String, Value>,
    #[serde(default)]
    pub run: String,
    /// The name the content was sent under (a later file of other name is skipped as it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Where an upload went, as the journal records and compares it: one `kind:id` part, or
/// several joined by `/` (`line:UUID/user:UUID`). Built from typed parts by the upload
/// commands ([`Target::new`], [`Target::and`]), read from a record by [`Target::parse`];
/// either way in its canonical form, where an id in UUID form of a kind whose ids are UUIDs
/// (`room`, `conference`, `line`, `user`: their services take them in any letter case) is
/// lowercased, so the same room typed in capitals is the same target. On disk it is the
/// string (`"target": "room:…"`), as it always was.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Target(String);

impl Target {
    /// The target `kind:id` (`room`, `task`, `conversation`...). `kind` is a plain word; `id`
    /// the service's id as the command checked it.
    pub fn new(kind: &str, id: &str) -> Target {
        Target(canonical_target(&format!("{kind}:{id}")).into_owned())
    }

    /// This target narrowed by one more part (`line:L` and `user:U`: `line:L/user:U`).
    pub fn and(self, kind: &str, id: &str) -> Target {
        Target(canonical_target(&format!("{}/{kind}:{id}", self.0)).into_owned())
    }

    /// A target as a record stores it, in canonical form.
    pub fn parse(stored: &str) -> Target {
        Target(canonical_target(stored).into_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Its parts, `(kind, id)`.
    pub fn parts(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.split('/').map(|p| p.split_once(':').unwrap_or(("", p)))
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Target {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let s = Cow::<'de, str>::deserialize(d)?;
        Ok(Target::parse(&s))
    }
}

/// A file as the file system knows it (device, inode, size, modification time to the
/// nanosecond), recorded with the fingerprint of its content so that `--skip-sent` can tell
/// an unchanged file without reading it (the quick check of git's index and rsync).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    pub dev: u64,
    pub ino: u64,
    pub size: u64,
    pub mtime_ns: i64,
}

/// A file modified this recently is not given an identity: a change within the same tick
/// of the file system's clock (2 s on FAT, 1 s on ext3 or HFS+, a few ms elsewhere) could
/// keep its mtime, and the quick check would take the new content for the old.
pub const RACY: Duration = Duration::from_secs(2);

impl Identity {
    /// The identity of the file `meta` describes, taken at `now`; None where there is no
    /// such thing (not Unix), or when it was modified within [`RACY`] of `now`.
    #[cfg(test)]
    pub fn of(meta: &std::fs::Metadata, now: SystemTime) -> Option<Identity> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let mtime_ns = (meta.mtime() as i128) * 1_000_000_000 + meta.mtime_nsec() as i128;
            let mtime_ns = i64::try_from(mtime_ns).ok()?;
            let now_ns = now.duration_since(SystemTime::UNIX_EPOCH).ok()?.as_nanos() as i128;
            let now_ns = i64::try_from(now_ns).ok()?;
            Identity::at(Identity { dev: meta.dev(), ino: meta.ino(), size: meta.size(), mtime_ns }, now_ns)
        }
        #[cfg(not(unix))]
        {
            let _ = (meta, now);
            None
        }
    }

    /// `identity`, as a `stat` taken at `now_ns` (nanoseconds since the epoch, read before
    /// it) found it; None when it was modified within [`RACY`] of then.
    pub fn at(identity: Identity, now_ns: i64) -> Option<Identity> {
        let racy = (identity.mtime_ns as i128) > now_ns as i128 - RACY.as_nanos() as i128;
        (!racy).then_some(identity)
    }
}

/// A content fingerprint as lookups hold it (17 bytes, not a 37-byte string): `md5:<hex>`
/// or `xxh3:<hex>` of 16 bytes. A record's fingerprint in any other form is compared as
/// its text, and never taken for one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub algorithm: Algorithm,
    pub digest: [u8; 16],
}

impl Fingerprint {
    pub fn parse(text: &str) -> Option<Fingerprint> {
        let (kind, hex) = text.split_once(':')?;
        let algorithm = match kind {
            "md5" => Algorithm::Md5,
            "xxh3" => Algorithm::Xxh3,
            _ => return None,
        };
        if hex.len() != 32 || hex.bytes().any(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let mut digest = [0u8; 16];
        hex::decode_to_slice(hex, &mut digest).ok()?;
        Some(Fingerprint { algorithm, digest })
    }
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", kind_name(self.algorithm), hex::encode(self.digest))
    }
}

/// One line of the journal.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    #[serde(default)]
    pub v: u32,
    /// RFC 3339, UTC, seconds.
    pub time: String,
    /// Which chatdrop run wrote it (random, shared by the run's records).
    #[serde(default)]
    pub run: String,
    pub service: String,
    #[serde(default)]
    pub profile: String,
    /// `task:ID`, `conference:UUID`, `line:UUID/user:UUID`, `room:UUID`, `conversation:ID`, or null.
    #[serde(default)]
    pub target: Option<Target>,
    /// The local path, absolute (`-` for stdin); a path that is not UTF-8 shows U+FFFD here
    /// and has its exact bytes in `path_base64`.
    pub path: String,
    /// The path's bytes (standard base64), only when they are not UTF-8 (`history -0`
    /// prints them as they are, so the file still opens).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_base64: Option<String>,
    /// The target's name as the upload matched it (`--room "Design Review"`), when it was
    /// given by name or picked from a list; `history --target` matches it too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_name: Option<String>,
    /// The name sent to the service.
    pub name: String,
    pub size: u64,
    /// `md5:<hex>` or `xxh3:<hex>` of the content; absent when no body was read whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
    /// The file's identity when the fingerprint was taken (absent for stdin, or a file
    /// modified moments before): a later run that finds the same skips reading it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<Identity>,
    pub outcome: Kind,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub ids: Map<String, Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_class: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<Previous>,
    #[serde(default)]
    pub version: String,
}

impl Entry {
    /// When it was written, if the time parses.
    pub fn when(&self) -> Option<SystemTime> {
        humantime::parse_rfc3339_weak(&self.time).ok()
    }

    /// Whether `history --failed` lists it (when it is its file's latest record).
    pub fn still_failed(&self) -> bool {
        index::still_failed(self.outcome, self.previous.as_ref().map(|p| p.outcome))
    }

    fn path_key(&self) -> Key {
        index::path_key(&self.service, &self.profile, self.target.as_ref().map(Target::as_str), &self.path)
    }
}

/// The kinds of target whose ids are UUIDs, which their services take in any letter case
/// (Carbonio rooms, 1C-Connect conferences, lines and users): the journal compares them
/// lowercased, so the same conference typed in capitals is the same target.
const UUID_TARGETS: [&str; 4] = ["room", "conference", "line", "user"];

/// A target as the journal compares it: `kind:id` parts joined by `/`, each UUID id of a
/// [`UUID_TARGETS`] kind lowercased; anything else as it is (Protocol ids are case-sensitive).
pub fn canonical_target(target: &str) -> Cow<'_, str> {
    let lower = |part: &str| match part.split_once(':') {
        Some((kind, id))
            if UUID_TARGETS.contains(&kind) && is_uuid(id) && id.bytes().any(|b| b.is_ascii_uppercase()) =>
        {
            Some(format!("{kind}:{}", id.to_ascii_lowercase()))
        }
        _ => None,
    };
    if !target.split('/').any(|p| lower(p).is_some()) {
        return Cow::Borrowed(target);
    }
    Cow::Owned(target.split('/').map(|p| lower(p).unwrap_or_else(|| p.to_string())).collect::<Vec<_>>().join("/"))
}

/// The 8-4-4-4-12 hex form (the rule of `ids::is_uuid`, a module beside this one).
fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Where the journal is, or that it is off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Off,
    File(PathBuf),
}

impl Location {
    /// `--no-journal` > `--journal FILE` / `CHATDROP_JOURNAL` > the state dir. With `--sandbox`
    /// nothing is recorded unless a file is named: the fakes forget what they received.
    pub fn resolve(no_journal: bool, file: Option<&Path>, sandbox: bool) -> Location {
        if no_journal {
            return Location::Off;
        }
        if let Some(f) = file.filter(|f| !f.as_os_str().is_empty()) {
            return Location::File(f.to_path_buf());
        }
        if sandbox {
            return Location::Off;
        }
        match default_dir() {
            Some(dir) => Location::File(dir.join(FILE_NAME)),
            None => Location::Off,
        }
    }
}

/// `$XDG_STATE_HOME/chatdrop` (`~/.local/state/chatdrop`) on Linux; the local data dir elsewhere.
pub fn default_dir() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "chatdrop")?;
    Some(dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir()).to_path_buf())
}

/// Where an upload goes, as lookups compare it.
#[derive(Debug, Clone, Copy)]
pub struct Scope<'a> {
    pub service: &'a str,
    pub profile: &'a str,
    pub target: Option<&'a Target>,
}

/// The journal of this run.
pub struct Journal {
    location: Location,
    run: String,
    warned: AtomicBool,
    prune_checked: AtomicBool,
}

impl Journal {
    /// The journal at `location` (nothing is read or created until needed).
    pub fn open(location: Location) -> Journal {
        Journal {
            location,
            run: format!("{:016x}", crate::rand::u64()),
            warned: AtomicBool::new(false),
            prune_checked: AtomicBool::new(false),
        }
    }

    pub fn is_on(&self) -> bool {
        matches!(self.location, Location::File(_))
    }

    pub fn path(&self) -> Option<&Path> {
        match &self.location {
            Location::File(p) => Some(p),
            Location::Off => None,
        }
    }

    /// Before a command uses the journal: a journal that is not a regular file (a FIFO,
    /// `/dev/stdout`, a directory) or a link someone else could have planted is refused (exit
    /// 2: it would hang, or write where it should not); a directory others can write, or a
    /// journal others can read, draws a warning (chatdrop never chmods what it did not make).
    pub fn check(&self, log: &dyn crate::log::Log) -> Result<()> {
        let Location::File(path) = &self.location else { return Ok(()) };
        let shown = crate::text::escape(&path.to_string_lossy());
        let real = crate::safe_fs::resolve(path).map_err(|e| {
            Failure::usage(format!("cannot use the journal {shown}: {}", crate::safe_fs::why(&e))).with_hint(
                "name a regular file with --journal (or CHATDROP_JOURNAL), or record nothing with --no-journal",
            )
        })?;
        let dir = crate::safe_fs::parent_of(&real);
        if let Some(mode) = crate::safe_fs::writable_by_others(dir) {
            let dir = crate::text::escape(&dir.to_string_lossy());
            log.warn(&format!(
                "the journal's directory {dir} is writable by other users (mode {mode:04o}): they could remove or forge \
                 its records (chatdrop does not follow links there); run chmod 700 {dir}, or point --journal elsewhere"
            ));
        }
        if let Some(mode) = readable_by_others(&real) {
            log.warn(&format!(
                "the journal {shown} is readable by other users (mode {mode:04o}): it lists the files you sent and \
                 where; run chmod 600 {shown}"
            ));
        }
        Ok(())
    }

    /// A record stamped with this run, the time and chatdrop's version; the caller fills the rest.
    pub fn stamp(&self, mut entry: Entry) -> Entry {
        entry.v = FORMAT;
        entry.time = now();
        entry.run = self.run.clone();
        entry.version = env!("CARGO_PKG_VERSION").to_string();
        entry
    }

    /// Append one record. Returns the problem, if any, for the caller to warn about once;
    /// an upload that happened is never turned into a failure by its journal.
    pub fn record(&self, entry: &Entry) -> Result<()> {
        let mut line = store::encode(entry);
        line.push('\n');
        self.record_lines(&line)
    }

    /// Append records already encoded ([`store::encode`], each followed by a newline) as one
    /// write: a batch of `skipped` records costs one lock, not one each.
    pub fn record_lines(&self, lines: &str) -> Result<()> {
        if !self.is_on() || lines.is_empty() {
            return Ok(());
        }
        self.append(lines).map(|_| ())
    }

    /// [`Journal::record_lines`], returning where the lines begin.
    fn append(&self, lines: &str) -> Result<u64> {
        let Location::File(path) = &self.location else { return Ok(0) };
        // Once per run; a prune that fails must not cost the record.
        let pruned = if self.prune_checked.swap(true, Ordering::Relaxed) { Ok(()) } else { prune::prune_if_due(path) };
        let start = store::append(path, lines).map_err(|e| io_failure("cannot write", path, &e))?;
        pruned.map_err(|e| io_failure("cannot prune", path, &e))?;
        Ok(start)
    }

    /// Records to write in bulk (see [`Appender`]).
    pub fn appender(self: &std::sync::Arc<Self>) -> Appender {
        Appender {
            journal: self.clone(),
            lines: String::new(),
            pending: Vec::new(),
            pending_failed: Vec::new(),
            builder: None,
            span: None,
            broken: !self.is_on(),
        }
    }

    /// Extend the index, which must cover the journal up to `start`, with the entries of the
    /// records written in `[start, end)`; false when it does not (another process wrote in
    /// between, or there is no index: then the next reader reads those lines).
    fn extend_index(&self, start: u64, end: u64, builder: index::Builder) -> std::io::Result<bool> {
        let Location::File(path) = &self.location else { return Ok(false) };
        // A few records stay a tail a reader reads as it is (rewriting a big index for them
        // would cost more); past what a reader would merge, they are merged now.
        if end - start <= tail_limit(start) {
            return Ok(false);
        }
        let Some((file, real)) = store::open_read(path)? else { return Ok(false) };
        let now = JournalFile::of(&file)?;
        if now.len < end || end > index::MAX_OFFSET {
            return Ok(false);
        }
        let idx = index::path_of(&real);
        // The index must cover what was there before; a journal that was empty needs none.
        let mut base = Index::open(&idx, &file, now)?;
        let (pruned_len, pruned_at) = match &base {
            Some(b) if b.header.covered == start => (b.header.pruned_len, b.header.pruned_at),
            None if start == 0 => (0, 0),
            _ => return Ok(false),
        };
        let header = index::Header {
            dev: now.dev,
            ino: now.ino,
            covered: end,
            check: index::check(&file, end)?,
            pruned_len,
            pruned_at,
            ..index::Header::default()
        };
        index::save(&idx, |out| builder.write(base.as_mut(), header, out))?;
        Ok(true)
    }

    /// [`Journal::record`], warning (once per run) instead of failing.
    pub fn record_or_warn(&self, entry: &Entry, log: &dyn crate::log::Log) {
        self.warn(self.record(entry), log);
    }

    fn warn(&self, result: Result<()>, log: &dyn crate::log::Log) {
        if let Err(f) = result
            && !self.warned.swap(true, Ordering::Relaxed)
        {
            log.warn(&format!("{}; uploads of this run may be missing from it", f.message));
        }
    }

    /// The failure to read this journal, for an error a [`Reader`] met.
    pub fn read_failure(&self, e: &std::io::Error) -> Failure {
        io_failure("cannot read", self.path().unwrap_or(Path::new("")), e)
    }

    /// The journal opened for a batch's lookups, its index brought up to date (None when
    /// there is no journal yet). An index that cannot be saved beside the journal is kept in
    /// a temp file for this run, with a warning.
    pub fn reader(&self, log: &dyn crate::log::Log) -> Result<Option<Reader>> {
        let Location::File(path) = &self.location else { return Ok(None) };
        let mut warn = |why: String| log.warn(&why);
        let real = crate::safe_fs::resolve(path).map_err(|e| io_failure("cannot read", path, &e))?;
        Reader::open_at(&real, false, &mut warn).map_err(|e| io_failure("cannot read", path, &e))
    }

    /// Every readable record, newest first (the order they were written in, backward), handed
    /// to `each` one at a time until it breaks; returns how many lines were skipped as torn
    /// or garbage.
    pub fn newest_first(&self, mut each: impl FnMut(Entry) -> ControlFlow<()>) -> Result<usize> {
        let Location::File(path) = &self.location else { return Ok(0) };
        let mut read = || -> std::io::Result<usize> {
            let Some((file, _)) = store::open_read(path)? else { return Ok(0) };
            let len = file.metadata()?.len();
            let mut bad = 0;
            store::lines_newest_first(&file, 0, len, |_, line| match line.and_then(store::parse) {
                Some(entry) => each(entry),
                None => {
                    bad += 1;
                    ControlFlow::Continue(())
                }
            })?;
            Ok(bad)
        };
        read().map_err(|e| io_failure("cannot read", path, &e))
    }

    /// The records whose file's latest record (at its service, profile and target) failed or
    /// may have landed, newest first, until `each` breaks; returns how many lines were
    /// skipped as garbage. Through the index: the lines past what it covers are read
    /// backward (remembering 8 bytes per file seen there), then the failed records it lists,
    /// each checked against the latest record of its file; nothing else is read.
    pub fn latest_failed(
        &self,
        log: &dyn crate::log::Log,
        mut each: impl FnMut(Entry) -> ControlFlow<()>,
    ) -> Result<usize> {
        let Location::File(path) = &self.location else { return Ok(0) };
        let mut warn = |why: String| log.warn(&why);
        let mut read = || -> std::io::Result<usize> {
            let real = crate::safe_fs::resolve(path)?;
            let Some(mut reader) = Reader::open_as_is(&real)? else { return Ok(0) };
            reader.latest_failed(&mut each, &mut warn)
        };
        read().map_err(|e| io_failure("cannot read", path, &e))
    }
}

/// Records written in bulk (a batch's `skipped` records): encoded into a buffer written about
/// a megabyte at a time (one lock each), with their index entries made from the records as
/// they are written (no parse), so that [`Appender::finish`] brings the index up to date
/// when nothing else was written to the journal meanwhile: the next run reads no tail.
pub struct Appender {
    journal: std::sync::Arc<Journal>,
    lines: String,
    /// (where in `lines`, its entry made at offset 0) of the records in `lines`.
    pending: Vec<(usize, sort::Rec)>,
    /// Where in `lines` the records `history --failed` lists are.
    pending_failed: Vec<usize>,
    builder: Option<index::Builder>,
    /// Where the records written so far begin and end, while they follow each other.
    span: Option<(u64, u64)>,
    /// Something else was written between them, or an entry could not be kept: the index
    /// is left to the next reader.
    broken: bool,
}

/// A `-vv` line about the journal.
fn trace(log: &dyn crate::log::Log, line: impl FnOnce() -> String) {
    if log.verbosity() >= 2 {
        log.trace(&format!("journal: {}", line()));
    }
}

/// How much an [`Appender`] holds before it writes.
const APPEND_CHUNK: usize = 1 << 20;

impl Appender {
    /// Add one record (written once the buffer is full, or by [`Appender::finish`]).
    pub fn push(&mut self, entry: &Entry, log: &dyn crate::log::Log) {
        let at = self.lines.len();
        self.lines.push_str(&store::encode(entry));
        self.lines.push('\n');
        let len = self.lines.len() - at;
        let previous = entry.previous.as_ref().map(|p| p.outcome);
        let fields = index::Fields {
            service: &entry.service,
            profile: &entry.profile,
            target: entry.target.as_ref().map(Target::as_str),
            path: &entry.path,
            fingerprint: entry.fingerprint.as_deref(),
            identity: entry.identity.as_ref(),
            content_class: index::content_class(entry.outcome, previous),
        };
        fields.entries(0, len, |r| self.pending.push((at, r)));
        if index::still_failed(entry.outcome, previous) {
            self.pending_failed.push(at);
        }
        if self.lines.len() >= APPEND_CHUNK {
            self.flush(log);
        }
    }

    /// Write what is held now.
    pub fn flush(&mut self, log: &dyn crate::log::Log) {
        if self.lines.is_empty() {
            return;
        }
        let written = self.journal.append(&self.lines);
        let len = self.lines.len() as u64;
        match written {
            Ok(start) => {
                // Still one run of records with nothing else between them?
                let span = match self.span {
                    Some((first, end)) if end == start => Some((first, start + len)),
                    None => Some((start, start + len)),
                    Some(_) => None,
                };
                match span {
                    Some(span) if !self.broken => {
                        self.span = Some(span);
                        if let Err(e) = self.keep(start) {
                            trace(log, || format!("the index is left to the next run: {e}"));
                            self.broken = true;
                        }
                    }
                    _ => self.broken = true,
                }
            }
            Err(f) => {
                self.broken = true;
                self.journal.warn(Err(f), log);
            }
        }
        self.lines.clear();
        self.pending.clear();
        self.pending_failed.clear();
    }

    /// The entries of the records just written at `start`, for the index.
    fn keep(&mut self, start: u64) -> std::io::Result<()> {
        let builder = match &mut self.builder {
            Some(b) => b,
            None => {
                let real = self.journal.path().map(crate::safe_fs::resolve).transpose()?.unwrap_or_default();
                self.builder.insert(index::Builder::with_chunk(&index::temp_dir_for(&real), 64 * 1024)?)
            }
        };
        for (at, r) in &self.pending {
            builder.push(index::shifted(r, start + *at as u64))?;
        }
        for at in &self.pending_failed {
            builder.push_failed(start + *at as u64)?;
        }
        Ok(())
    }

    /// Write what is left, and bring the index up to date with what was written since the
    /// last call (when nothing else was written between, and the index covered the journal
    /// up to there, or the journal was empty).
    pub fn finish(&mut self, log: &dyn crate::log::Log) {
        self.flush(log);
        if let (false, Some(builder), Some((start, end))) = (self.broken, self.builder.take(), self.span) {
            match self.journal.extend_index(start, end, builder) {
                Ok(true) => trace(log, || format!("the index covers the {} bytes written", end - start)),
                Ok(false) => trace(log, || "the index is left to the next run".to_string()),
                Err(e) => trace(log, || format!("the index is left to the next run: {e}")),
            }
        }
        self.span = None;
        self.broken = !self.journal.is_on();
    }
}

/// The journal as one batch reads it: the file as it was when opened (a prune that replaces
/// it meanwhile does not move what this reader sees), its index, and a line buffer.
pub struct Reader {
    real: PathBuf,
    file: File,
    now: JournalFile,
    index: Index,
    line: Vec<u8>,
    /// The journal's bytes from `window_at`, read ahead: the records a batch asks for lie
    /// mostly near each other, so one read serves many.
    window: Vec<u8>,
    window_at: u64,
    /// The index was rebuilt once already for not matching the journal.
    repaired: bool,
}

/// How much a [`Reader`] reads at a time to find a record.
const WINDOW: usize = 16 * 1024;

/// Where a lookup found the record that decides for a file: its offset and class, packed in
/// 8 bytes (a batch of 100,000 files holds 100,000 of them); [`Hit::NONE`] for nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Hit(u64);

const HIT_OFFSET: u64 = (1 << 56) - 1;

impl Hit {
    pub const NONE: Hit = Hit(0);

    fn new(f: Found) -> Hit {
        Hit(((f.class as u64) << 56) | (f.offset.min(HIT_OFFSET - 1) + 1))
    }

    fn found(self) -> Option<Found> {
        (self.0 != 0).then(|| Found { class: (self.0 >> 56) as u8, offset: (self.0 & HIT_OFFSET) - 1 })
    }

    /// `Sent` or `Unknown`: what reached the target, as far as the journal knows.
    pub fn outcome(self) -> Option<Kind> {
        self.found().map(|f| if f.class <= class::SENT_SKIPPED { Kind::Sent } else { Kind::Unknown })
    }

    fn fold(&mut self, class: u8, offset: u64) {
        let mut f = self.found();
        index::fold(&mut f, class, offset);
        *self = f.map(Hit::new).unwrap_or(Hit::NONE);
    }
}

/// What [`Reader::previous`] found at a hit.
pub enum Checked {
    /// The earlier attempt the record stands for.
    Previous(Previous),
    /// The record is not what the index said: it was rebuilt; look the rest up again.
    Stale,
}

/// Read from `offset` until `buf` is full or the file ends; how much was read.
fn read_up_to(mut file: &File, offset: u64, buf: &mut [u8]) -> std::io::Result<usize> {
    use std::io::{Read, Seek, SeekFrom};
    file.seek(SeekFrom::Start(offset))?;
    let mut n = 0;
    while n < buf.len() {
        match file.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// At most this many files are remembered by `history --failed` while it reads lines past
/// the index (8 bytes each, about 16 with the set's own): past them, the index is brought up
/// to date and remembers for it.
const SEEN_CAP: usize = 500_000;

/// 8 bytes of a key, for a set of the files seen past the index.
fn short_key(k: &Key) -> u64 {
    u64::from_le_bytes(k[..8].try_into().unwrap_or_default())
}

/// How far past what the index covers a reader reads line by line.
fn tail_limit(covered: u64) -> u64 {
    crate::env::count(crate::env::JOURNAL_INDEX_TAIL).unwrap_or(INDEX_TAIL).max(covered / 16)
}

/// The digest kind of fingerprints of `algorithm`, as they start (`md5`, `xxh3`).
fn kind_name(algorithm: Algorithm) -> &'static str {
    match algorithm {
        Algorithm::Md5 => "md5",
        Algorithm::Xxh3 => "xxh3",
    }
}

impl Reader {
    /// The journal at `real` (resolved), None if there is none yet. Its index is used when it
    /// is whole and current; it is rebuilt when missing, stale or corrupt, and brought up to
    /// date when more than [`tail_limit`] was appended since; a journal smaller than that
    /// needs none (unless `force`: a prune needs its list of what to keep).
    pub(crate) fn open_at(real: &Path, force: bool, warn: &mut dyn FnMut(String)) -> std::io::Result<Option<Reader>> {
        let Some(mut reader) = Reader::open_as_is(real)? else { return Ok(None) };
        reader.refresh(false, force, warn)?;
        Ok(Some(reader))
    }

    /// The journal at `real` with its index if that one is whole and current, however much
    /// was appended since; none is built.
    fn open_as_is(real: &Path) -> std::io::Result<Option<Reader>> {
        let Some((file, real)) = store::open_read(real)? else { return Ok(None) };
        let now = JournalFile::of(&file)?;
        let mut reader = Reader {
            real,
            file,
            now,
            index: Index::empty(),
            line: Vec::new(),
            window: Vec::new(),
            window_at: 0,
            repaired: false,
        };
        if reader.now.len <= index::MAX_OFFSET
            && let Some(index) = Index::open(&index::path_of(&reader.real), &reader.file, reader.now).ok().flatten()
        {
            reader.index = index;
        }
        Ok(Some(reader))
    }

    fn refresh(&mut self, scratch: bool, force: bool, warn: &mut dyn FnMut(String)) -> std::io::Result<()> {
        let path = index::path_of(&self.real);
        let mut base = match scratch {
            true => None,
            false => Index::open(&path, &self.file, self.now).ok().flatten(),
        };
        let limit = if force { 0 } else { tail_limit(base.as_ref().map_or(0, |b| b.header.covered)) };
        if let Some(b) = &base
            && self.now.len - b.header.covered <= limit
        {
            self.index = base.take().unwrap_or_else(Index::empty);
            return Ok(());
        }
        if (base.is_none() && self.now.len <= limit) || self.now.len > index::MAX_OFFSET {
            // Small enough to read whole: no index file beside a small journal.
            self.index = Index::empty();
            return Ok(());
        }
        let dir = index::temp_dir_for(&self.real);
        match index::save(&path, |out| self.build(base.as_mut(), &dir, out)) {
            Ok(index) => self.index = index,
            // The old index is corrupt past its header: built again from the journal alone.
            Err(e) if index::is_corrupt(&e) && base.is_some() => return self.refresh(true, force, warn),
            Err(e) => {
                warn(format!(
                    "cannot save the journal's index {}: {}; this run keeps it in a temporary file",
                    crate::text::escape(&path.to_string_lossy()),
                    crate::safe_fs::why(&e)
                ));
                let mut tmp = tempfile::tempfile()?;
                let header = self.build(base.as_mut(), &dir, &mut tmp)?;
                self.index = Index::written(tmp, header);
            }
        }
        Ok(())
    }

    /// Write the index of the journal to `out`: `base`'s entries and those of the lines past it.
    fn build(&self, base: Option<&mut Index>, dir: &Path, out: &mut File) -> std::io::Result<index::Header> {
        let from = base.as_ref().map_or(0, |b| b.header.covered);
        let (pruned_len, pruned_at) = base.as_ref().map_or((0, 0), |b| (b.header.pruned_len, b.header.pruned_at));
        let mut builder = index::Builder::new(dir)?;
        let mut failed = None;
        let covered = store::lines_between(&self.file, from, self.now.len, false, |offset, line| {
            if let Some(line) = line
                && let Err(e) = builder.add(offset, line)
            {
                failed = Some(e);
                return ControlFlow::Break(());
            }
            ControlFlow::Continue(())
        })?;
        if let Some(e) = failed {
            return Err(e);
        }
        let header = index::Header {
            dev: self.now.dev,
            ino: self.now.ino,
            covered,
            check: index::check(&self.file, covered)?,
            pruned_len,
            pruned_at,
            ..index::Header::default()
        };
        builder.write(base, header, out)
    }

    /// What this reader reads, for `-vv`: the journal's size, how much the index covers.
    pub fn describe(&self) -> String {
        match self.index.is_empty() {
            true => format!("{} bytes, read whole (no index)", self.now.len),
            false => format!(
                "{} bytes, {} indexed ({} entries)",
                self.now.len, self.index.header.covered, self.index.header.entries
            ),
        }
    }

    /// The line that starts at `offset` (None when it is not whole UTF-8 text).
    fn line_at(&mut self, offset: u64) -> std::io::Result<Option<&str>> {
        let inside = offset >= self.window_at && offset < self.window_at + self.window.len() as u64;
        let from = (offset.wrapping_sub(self.window_at)) as usize;
        let found = inside.then(|| self.window[from..].iter().position(|b| *b == b'\n')).flatten();
        let end = match found {
            Some(n) => from + n,
            None => {
                // Read a window from here; a line longer than it is read on its own.
                self.window.resize(WINDOW, 0);
                let n = read_up_to(&self.file, offset, &mut self.window)?;
                self.window.truncate(n);
                self.window_at = offset;
                match self.window.iter().position(|b| *b == b'\n') {
                    Some(n) => n,
                    None if n < WINDOW => n,
                    None => return store::line_at(&self.file, offset, &mut self.line),
                }
            }
        };
        let from = (offset - self.window_at) as usize;
        Ok(std::str::from_utf8(&self.window[from..end]).ok().map(|t| t.trim_end_matches('\r')))
    }

    /// For each `(position, key)`, the record a lookup chooses among the index's and the
    /// tail's; `n` positions.
    fn find(&mut self, keys: impl Iterator<Item = (u32, Key)>, n: usize) -> std::io::Result<Vec<Hit>> {
        let mut queries: Vec<(Key, u32)> = keys.map(|(i, k)| (k, i)).collect();
        queries.sort_unstable();
        let mut found = vec![Hit::NONE; n];
        self.index.lookup(&queries, |q, class, offset| found[q as usize].fold(class, offset))?;
        let start = self.index.header.covered;
        store::lines_between(&self.file, start, self.now.len, true, |offset, line| {
            let Some(probe) = line.and_then(Probe::parse) else { return ControlFlow::Continue(()) };
            probe.entries(offset, 0, |r| {
                let key = index::rec_key(&r);
                let at = queries.partition_point(|q| q.0 < key);
                for q in queries[at..].iter().take_while(|q| q.0 == key) {
                    found[q.1 as usize].fold(r[16], offset);
                }
            });
            ControlFlow::Continue(())
        })?;
        Ok(found)
    }

    /// Read each found record (in journal order) and hand it to `check`; false as soon as one
    /// does not say what the index said (the index is then rebuilt, see [`Reader::checked`]).
    fn verify(
        &mut self,
        found: &[Hit],
        mut check: impl FnMut(usize, Found, &Probe<'_>) -> bool,
    ) -> std::io::Result<bool> {
        let mut order: Vec<(u64, u32)> =
            found.iter().enumerate().filter_map(|(i, h)| h.found().map(|f| (f.offset, i as u32))).collect();
        order.sort_unstable();
        for (offset, i) in order {
            let Some(f) = found[i as usize].found() else { continue };
            let good = self.line_at(offset)?.and_then(Probe::parse).is_some_and(|p| check(i as usize, f, &p));
            if !good {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// The index did not match the journal: rebuild it, and if it happens again, read the
    /// journal without one.
    pub fn repair(&mut self) -> std::io::Result<()> {
        if self.index.is_empty() {
            return Err(std::io::Error::other("the journal changed while it was read"));
        }
        if std::mem::replace(&mut self.repaired, true) {
            self.index = Index::empty();
            return Ok(());
        }
        self.refresh(true, true, &mut |_| {})
    }

    /// Run `lookup`; if the index turned out not to match the journal (`None`, or a corrupt
    /// page), [`Reader::repair`] it and run it again. Never a wrong answer.
    fn checked<T>(&mut self, mut lookup: impl FnMut(&mut Reader) -> std::io::Result<Option<T>>) -> std::io::Result<T> {
        loop {
            match lookup(self) {
                Ok(Some(answer)) => return Ok(answer),
                Ok(None) => {}
                Err(e) if index::is_corrupt(&e) => {}
                Err(e) => return Err(e),
            }
            self.repair()?;
        }
    }

    /// For each identity (None: none asked), the fingerprint of `algorithm` last recorded
    /// with exactly that identity (the file has not changed since, as far as its identity
    /// tells). Each one is read from its record and checked.
    #[cfg(test)]
    pub fn fingerprints(
        &mut self,
        identities: &[Option<Identity>],
        algorithm: Algorithm,
    ) -> std::io::Result<Vec<Option<Fingerprint>>> {
        Ok(self.fingerprints_at(identities.len(), &|i| identities[i], algorithm, None)?.0)
    }

    /// [`Reader::fingerprints`] of the `n` identities `identity` gives (asked for each one
    /// as needed: a batch of 100,000 files holds no vector of them), and for each file
    /// whether that record says all a re-run that skips it would: it is the latest record of
    /// the file's path at `scope` (`place` gives file `i`'s path as its records hold it) and
    /// says its content was sent there (`sent`, or `skipped` standing for a sent one). Such a
    /// file's `skipped` record would add nothing: no new identity, no new outcome, nothing
    /// `history` would show.
    pub fn fingerprints_here(
        &mut self,
        n: usize,
        identity: &dyn Fn(usize) -> Option<Identity>,
        algorithm: Algorithm,
        scope: Scope<'_>,
        place: &dyn Fn(usize) -> String,
    ) -> std::io::Result<(Vec<Option<Fingerprint>>, Vec<bool>)> {
        self.fingerprints_at(n, identity, algorithm, Some((scope, place)))
    }

    fn fingerprints_at(
        &mut self,
        n: usize,
        identity: &dyn Fn(usize) -> Option<Identity>,
        algorithm: Algorithm,
        here: Option<(Scope<'_>, &dyn Fn(usize) -> String)>,
    ) -> std::io::Result<(Vec<Option<Fingerprint>>, Vec<bool>)> {
        let kind = kind_name(algorithm);
        let target = here.as_ref().and_then(|(scope, _)| scope.target.map(Target::as_str));
        self.checked(|reader| {
            let keys = (0..n).filter_map(|i| identity(i).map(|id| (i as u32, index::identity_key(kind, &id))));
            let found = reader.find(keys, n)?;
            let mut out: Vec<Option<Fingerprint>> = vec![None; n];
            // The files whose identity's record is a sent one of their own path here: (file,
            // the record's offset).
            let mut own: Vec<(u32, u64)> = Vec::new();
            let good = reader.verify(&found, |i, f, p| {
                out[i] = p.fingerprint.as_deref().and_then(Fingerprint::parse).filter(|fp| fp.algorithm == algorithm);
                let good = f.class == class::IDENTITY
                    && p.identity.is_some()
                    && p.identity == identity(i)
                    && p.fingerprint.as_deref().is_some_and(|fp| index::fingerprint_kind(fp) == kind);
                if let Some((scope, place)) = &here
                    && good
                    && out[i].is_some()
                    && matches!(p.content_class(), Some(class::SENT | class::SENT_SKIPPED))
                    && p.service == scope.service
                    && p.profile == scope.profile
                    && p.target().as_deref() == target
                    && p.path == place(i)
                {
                    own.push((i as u32, f.offset));
                }
                good
            })?;
            drop(found);
            if !good {
                return Ok(None);
            }
            // Said already only if no later record of the path says otherwise.
            let mut current = vec![false; n];
            if let Some((scope, place)) = &here
                && !own.is_empty()
            {
                let key = |i: u32| index::path_key(scope.service, scope.profile, target, &place(i as usize));
                let paths = reader.find(own.iter().map(|(i, _)| (*i, key(*i))), n)?;
                for (i, offset) in own {
                    current[i as usize] = paths[i as usize].found().is_some_and(|f| f.offset == offset);
                }
            }
            Ok(Some((out, current)))
        })
    }

    /// For each fingerprint (None: none asked), where the record is that says its content
    /// reached `scope`: the latest `sent` (else the first `skipped` standing for a sent one),
    /// else the latest `unknown` (or a `skipped` standing for one). Not read yet: each hit
    /// is read and checked by [`Reader::previous`].
    pub fn sent(&mut self, scope: Scope<'_>, fingerprints: &[Option<Fingerprint>]) -> std::io::Result<Vec<Hit>> {
        let target = scope.target.map(Target::as_str);
        self.checked(|reader| {
            let keys = fingerprints.iter().enumerate().filter_map(|(i, fp)| {
                fp.map(|fp| (i as u32, index::content_key(scope.service, scope.profile, target, &fp.to_string())))
            });
            reader.find(keys, fingerprints.len()).map(Some)
        })
    }

    /// The earlier attempt a hit of [`Reader::sent`] for `fingerprint` stands for (its time,
    /// outcome, ids, run), read from its record and checked against what was asked.
    pub fn previous(&mut self, hit: Hit, scope: Scope<'_>, fingerprint: Fingerprint) -> std::io::Result<Checked> {
        let Some(f) = hit.found() else { return Ok(Checked::Stale) };
        let entry = self.line_at(f.offset)?.and_then(store::parse);
        let target = scope.target.map(Target::as_str);
        let previous = entry.filter(|e| {
            e.service == scope.service
                && e.profile == scope.profile
                && e.target.as_ref().map(Target::as_str) == target
                && e.fingerprint.as_deref().and_then(Fingerprint::parse) == Some(fingerprint)
                && index::content_class(e.outcome, e.previous.as_ref().map(|p| p.outcome)) == Some(f.class)
        });
        let previous = previous.and_then(|e| match e.outcome {
            Kind::Sent | Kind::Unknown => {
                Some(Previous { time: e.time, outcome: e.outcome, ids: e.ids, run: e.run, name: Some(e.name) })
            }
            Kind::Skipped => e.previous,
            Kind::Failed => None,
        });
        match previous {
            Some(p) => Ok(Checked::Previous(p)),
            None => {
                self.repair()?;
                Ok(Checked::Stale)
            }
        }
    }

    /// [`Journal::latest_failed`]: the lines past the index, newest first, remembering 8
    /// bytes per file seen (the first record met of a file is its latest); the answer is
    /// often there (`--limit 20`), and no index is built for it. Then the failed records the
    /// index lists, each checked against the latest record of its file. Past as much as a
    /// lookup reads beyond the index ([`tail_limit`], or [`SEEN_CAP`] files; with no index,
    /// 4 MiB), the index is brought up to date and the walk goes on through it, below the
    /// last record handed over.
    fn latest_failed(
        &mut self,
        each: &mut dyn FnMut(Entry) -> ControlFlow<()>,
        warn: &mut dyn FnMut(String),
    ) -> std::io::Result<usize> {
        let covered = self.index.header.covered;
        let mut seen: HashSet<u64> = HashSet::new();
        let mut bad = 0;
        let mut stopped = false;
        // Where the walk past the index stopped: everything from there on was handled.
        let mut below = covered;
        let mut capped = false;
        // As far as a lookup would read past the index before bringing it up to date.
        let limit = tail_limit(covered);
        let end = self.now.len;
        // The lines from here on were handed over or passed.
        let mut handled = end;
        store::lines_newest_first(&self.file, covered, end, |offset, line| {
            if seen.len() >= SEEN_CAP || end - offset > limit {
                capped = true;
                below = handled;
                return ControlFlow::Break(());
            }
            handled = offset;
            let Some(e) = line.and_then(store::parse) else {
                bad += 1;
                return ControlFlow::Continue(());
            };
            if !seen.insert(short_key(&e.path_key())) || !e.still_failed() {
                return ControlFlow::Continue(());
            }
            let flow = each(e);
            stopped = flow.is_break();
            flow
        })?;
        if stopped || (self.index.is_empty() && !capped) {
            return Ok(bad);
        }
        if capped {
            // The rest through an index that covers it all: its latest records stand in for
            // the files seen, which are forgotten.
            seen = HashSet::new();
            self.refresh(false, true, warn)?;
            if self.index.is_empty() {
                return Err(std::io::Error::other("the journal could not be indexed"));
            }
        }
        // The failed records the index lists, newest first; a corrupt page found on the way
        // rebuilds it and the walk goes on below the last record handed over.
        let mut rebuilt = false;
        loop {
            match self.failed_below(&mut below, &seen, each) {
                Ok(()) => return Ok(bad),
                Err(e) if index::is_corrupt(&e) && !rebuilt => {
                    rebuilt = true;
                    self.refresh(true, true, &mut |_| {})?;
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// [`Reader::latest_failed`]'s walk of the index's failed records below `below` (moved
    /// down as they are handed over), skipping files `seen` past the index.
    fn failed_below(
        &mut self,
        below: &mut u64,
        seen: &HashSet<u64>,
        each: &mut dyn FnMut(Entry) -> ControlFlow<()>,
    ) -> std::io::Result<()> {
        let mut i = self.index.failed_before(*below)?;
        while i > 0 {
            i -= 1;
            let offset = self.index.failed_at(i)?;
            *below = offset;
            let Some(e) = self.line_at(offset)?.and_then(store::parse) else { continue };
            let key = e.path_key();
            if seen.contains(&short_key(&key)) || self.index.get(&key, class::PATH)? != Some(offset) {
                continue;
            }
            if each(e).is_break() {
                return Ok(());
            }
        }
        Ok(())
    }
}

/// Permission bits that let others read `path`, if any (Unix only).
fn readable_by_others(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let mode = std::fs::metadata(path).ok()?.mode() & 0o777;
        (mode & 0o077 != 0).then_some(mode)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

fn io_failure(what: &str, path: &Path, e: &std::io::Error) -> Failure {
    Failure::general(format!(
        "{what} the journal {}: {}",
        crate::text::escape(&path.to_string_lossy()),
        crate::safe_fs::why(e)
    ))
    .with_hint("point --journal (or CHATDROP_JOURNAL) at a writable file, or turn it off with --no-journal")
}

/// Now, RFC 3339 in UTC to the second.
pub fn now() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(outcome: Kind, fp: &str, time: &str) -> Entry {
        Entry {
            v: FORMAT,
            time: time.into(),
            run: "r".into(),
            service: "carbonio".into(),
            profile: "default".into(),
            target: Some(Target::new("room", "x")),
            path: "/a".into(),
            path_base64: None,
            target_name: None,
            name: "a".into(),
            size: 1,
            fingerprint: Some(fp.into()),
            identity: None,
            outcome,
            ids: Map::new(),
            exit_class: None,
            error: None,
            previous: None,
            version: "0".into(),
        }
    }

    fn fp(n: u8) -> String {
        format!("xxh3:{}", hex::encode([n; 16]))
    }

    fn lookup(journal: &Journal, target: &Target, fps: &[u8]) -> Vec<Option<Previous>> {
        let mut reader = journal.reader(&crate::log::Silent).unwrap().unwrap();
        let scope = Scope { service: "carbonio", profile: "default", target: Some(target) };
        let fps: Vec<Option<Fingerprint>> = fps.iter().map(|n| Fingerprint::parse(&fp(*n))).collect();
        let hits = reader.sent(scope, &fps).unwrap();
        let mut out = Vec::new();
        for (hit, fp) in hits.into_iter().zip(fps) {
            out.push(match (hit.outcome(), reader.previous(hit, scope, fp.unwrap()).unwrap()) {
                (Some(_), Checked::Previous(p)) => Some(p),
                _ => None,
            });
        }
        out
    }

    #[test]
    fn lookup_prefers_sent_over_unknown_and_ignores_failed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let journal = Journal::open(Location::File(path.clone()));
        for e in [
            entry(Kind::Unknown, &fp(1), "2025-01-01T00:00:00Z"),
            entry(Kind::Sent, &fp(1), "2025-01-02T00:00:00Z"),
            entry(Kind::Unknown, &fp(2), "2025-01-03T00:00:00Z"),
            entry(Kind::Failed, &fp(3), "2025-01-04T00:00:00Z"),
            entry(Kind::Sent, &fp(4), "2025-01-05T00:00:00Z"),
        ] {
            journal.record(&e).unwrap();
        }
        let room = Target::new("room", "x");
        let found = lookup(&journal, &room, &[1, 2, 3]);
        assert_eq!(found[0].as_ref().unwrap().time, "2025-01-02T00:00:00Z");
        assert_eq!(found[1].as_ref().unwrap().outcome, Kind::Unknown);
        assert!(found[2].is_none(), "failed");
        assert!(lookup(&journal, &Target::new("room", "y"), &[1])[0].is_none());
        assert_eq!(Fingerprint::parse(&fp(9)).unwrap().to_string(), fp(9));
        assert_eq!(Fingerprint::parse("xxh3:00"), None);
    }

    #[test]
    fn records_written_in_bulk_extend_the_index_without_a_second_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let journal = Journal::open(Location::File(path.clone()));
        journal.record(&entry(Kind::Sent, &fp(1), "2025-01-01T00:00:00Z")).unwrap();
        // An index covering the journal as it is (a prune builds one whatever the size).
        let reader = Reader::open_at(&path, true, &mut |_| {}).unwrap().unwrap();
        assert_eq!(reader.index.header.covered, std::fs::metadata(&path).unwrap().len());
        drop(reader);
        let journal = std::sync::Arc::new(journal);
        let mut appender = journal.appender();
        let id = Identity { dev: 1, ino: 2, size: 3, mtime_ns: 4 };
        // More than a reader would read as a tail (4 MiB), so it is merged at once.
        let many = (INDEX_TAIL / 150) as u32;
        for n in 0..many {
            let mut e = entry(Kind::Sent, &format!("xxh3:{:032x}", 1000 + n), "2025-01-02T00:00:00Z");
            e.path = format!("/f{n}");
            appender.push(&e, &crate::log::Silent);
        }
        for n in [2, 3] {
            let mut e = entry(Kind::Sent, &fp(n), "2025-01-02T00:00:00Z");
            e.identity = Some(id);
            e.path = format!("/f{n}");
            appender.push(&e, &crate::log::Silent);
        }
        appender.finish(&crate::log::Silent);
        let len = std::fs::metadata(&path).unwrap().len();
        let (file, _) = store::open_read(&path).unwrap().unwrap();
        let index = Index::open(&index::path_of(&path), &file, JournalFile::of(&file).unwrap()).unwrap().unwrap();
        assert_eq!(index.header.covered, len, "the index covers the records written in bulk");
        // Found through the index alone: the latest record with the identity is the last one.
        let mut reader = journal.reader(&crate::log::Silent).unwrap().unwrap();
        assert_eq!(reader.index.header.covered, reader.now.len, "no tail to read");
        let found = reader.fingerprints(&[Some(id)], Algorithm::Xxh3).unwrap();
        assert_eq!(found[0].map(|f| f.to_string()), Some(fp(3)));
        assert_eq!(lookup(&journal, &Target::new("room", "x"), &[1, 2, 3]).iter().filter(|p| p.is_some()).count(), 3);
    }

    #[test]
    fn uuid_targets_compare_in_any_case_other_ids_as_they_are() {
        let upper = "conference:BB5C7328-1886-4A8B-AA00-E00FAB828E24";
        assert_eq!(canonical_target(upper), "conference:bb5c7328-1886-4a8b-aa00-e00fab828e24");
        assert_eq!(
            canonical_target("line:BB5C7328-1886-4A8B-AA00-E00FAB828E24/user:AA5C7328-1886-4A8B-AA00-E00FAB828E24"),
            "line:bb5c7328-1886-4a8b-aa00-e00fab828e24/user:aa5c7328-1886-4a8b-aa00-e00fab828e24"
        );
        assert_eq!(canonical_target("conversation:Nc6yKKMpcxiiFxp6"), "conversation:Nc6yKKMpcxiiFxp6");
        assert_eq!(canonical_target("task:42"), "task:42");
    }

    #[test]
    fn a_typed_target_is_canonical_and_reads_back_as_written() {
        let t = Target::new("line", "BB5C7328-1886-4A8B-AA00-E00FAB828E24")
            .and("user", "AA5C7328-1886-4A8B-AA00-E00FAB828E24");
        assert_eq!(t.as_str(), "line:bb5c7328-1886-4a8b-aa00-e00fab828e24/user:aa5c7328-1886-4a8b-aa00-e00fab828e24");
        assert_eq!(t.parts().map(|(k, _)| k).collect::<Vec<_>>(), ["line", "user"]);
        assert_eq!(Target::new("conversation", "Nc6yKKMp").as_str(), "conversation:Nc6yKKMp");
        let json = serde_json::to_string(&t).unwrap();
        assert_eq!(
            serde_json::from_str::<Target>(&json.to_uppercase().replace("LINE", "line").replace("USER", "user"))
                .unwrap(),
            t
        );
    }

    #[test]
    fn a_file_modified_moments_ago_has_no_identity() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, "x").unwrap();
        let meta = std::fs::metadata(&path).unwrap();
        assert_eq!(Identity::of(&meta, SystemTime::now()), None);
        #[cfg(unix)]
        assert!(Identity::of(&meta, SystemTime::now() + Duration::from_secs(3)).is_some());
    }

    #[test]
    fn the_sandbox_records_nothing_unless_a_file_is_named() {
        assert_eq!(Location::resolve(false, None, true), Location::Off);
        assert_eq!(Location::resolve(true, Some(Path::new("j")), false), Location::Off);
        assert_eq!(Location::resolve(false, Some(Path::new("j")), true), Location::File("j".into()));
    }
}
