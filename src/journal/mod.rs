//! The journal: one JSON line per upload attempt's outcome (sent, failed, unknown, skipped), so
//! that `--skip-sent` can make a re-run send only what is missing and `chatdrop history` can
//! show what went where. Never a secret: ids, names, sizes, fingerprints, redacted errors.
//!
//! API: [`Journal::open`], [`Journal::record`], [`Journal::lookup`]; the file handling (append
//! under a lock, bounded reads that skip torn or garbage lines, pruning) is in [`store`], the
//! upload loops' side in `commands::journal`.

pub mod store;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Failure, Result};

/// The format version written in every line (`v`).
pub const FORMAT: u32 = 1;

/// The journal's file name in the state dir.
pub const FILE_NAME: &str = "journal.jsonl";

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
    pub target: Option<String>,
    /// The local path, absolute (`-` for stdin).
    pub path: String,
    /// The name sent to the service.
    pub name: String,
    pub size: u64,
    /// `md5:<hex>` or `xxh3:<hex>` of the content; absent when no body was read whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
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
    pub fn when(&self) -> Option<std::time::SystemTime> {
        humantime::parse_rfc3339_weak(&self.time).ok()
    }

    /// What this record says about its content having reached the target: a `skipped` record
    /// stands for the earlier attempt it names.
    fn as_previous(&self) -> Option<Previous> {
        match self.outcome {
            Kind::Sent | Kind::Unknown => Some(Previous {
                time: self.time.clone(),
                outcome: self.outcome,
                ids: self.ids.clone(),
                run: self.run.clone(),
            }),
            Kind::Skipped => self.previous.clone(),
            Kind::Failed => None,
        }
    }
}

/// (service, profile, target, fingerprint)
type Key = (String, String, Option<String>, String);

/// The latest `sent` and `unknown` per key, built once per run when `--skip-sent` asks.
#[derive(Default)]
struct Index {
    sent: HashMap<Key, Previous>,
    unknown: HashMap<Key, Previous>,
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

/// The journal of this run.
pub struct Journal {
    location: Location,
    run: String,
    index: Mutex<Option<std::result::Result<std::sync::Arc<Index>, Failure>>>,
    warned: AtomicBool,
    prune_checked: AtomicBool,
}

impl Journal {
    /// The journal at `location` (nothing is read or created until needed).
    pub fn open(location: Location) -> Journal {
        Journal {
            location,
            run: format!("{:016x}", crate::rand::u64()),
            index: Mutex::new(None),
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
        let Location::File(path) = &self.location else { return Ok(()) };
        let line = store::encode(entry);
        // Once per run; a prune that fails must not cost the record.
        let pruned = if self.prune_checked.swap(true, Ordering::Relaxed) { Ok(()) } else { store::prune_if_due(path) };
        store::append(path, &line).map_err(|e| io_failure("cannot write", path, &e))?;
        pruned.map_err(|e| io_failure("cannot prune", path, &e))
    }

    /// [`Journal::record`], warning (once per run) instead of failing.
    pub fn record_or_warn(&self, entry: &Entry, log: &dyn crate::log::Log) {
        if let Err(f) = self.record(entry)
            && !self.warned.swap(true, Ordering::Relaxed)
        {
            log.warn(&format!("{}; uploads of this run may be missing from it", f.message));
        }
    }

    /// The earlier attempt that sent this content to the same service, profile and target
    /// (the latest `sent`), else one whose outcome is `unknown`; None if neither.
    pub fn lookup(
        &self,
        service: &str,
        profile: &str,
        target: Option<&str>,
        fingerprint: &str,
    ) -> Result<Option<Previous>> {
        let index = self.index()?;
        let key: Key = (service.to_string(), profile.to_string(), target.map(str::to_string), fingerprint.to_string());
        Ok(index.sent.get(&key).or_else(|| index.unknown.get(&key)).cloned())
    }

    /// Every readable record, oldest first, and how many lines were skipped as torn or garbage.
    pub fn read_all(&self) -> Result<(Vec<Entry>, usize)> {
        let Location::File(path) = &self.location else { return Ok((Vec::new(), 0)) };
        let read = store::read(path).map_err(|e| io_failure("cannot read", path, &e))?;
        Ok((read.lines.into_iter().map(|l| l.entry).collect(), read.bad_lines))
    }

    fn index(&self) -> Result<std::sync::Arc<Index>> {
        let mut slot = self.index.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(built) = slot.as_ref() {
            return built.clone();
        }
        let built = self.read_all().map(|(entries, _)| std::sync::Arc::new(build_index(entries)));
        *slot = Some(built.clone());
        built
    }
}

fn build_index(entries: Vec<Entry>) -> Index {
    let mut index = Index::default();
    for e in entries {
        let (Some(fp), Some(prev)) = (e.fingerprint.clone(), e.as_previous()) else { continue };
        let key: Key = (e.service, e.profile, e.target, fp);
        match prev.outcome {
            Kind::Sent if e.outcome == Kind::Skipped => {
                // Stands in for a `sent` record pruned away, never for a later one.
                index.sent.entry(key).or_insert(prev);
            }
            Kind::Sent => {
                index.sent.insert(key, prev);
            }
            Kind::Unknown if e.outcome == Kind::Skipped => {
                index.unknown.entry(key).or_insert(prev);
            }
            Kind::Unknown => {
                index.unknown.insert(key, prev);
            }
            Kind::Failed | Kind::Skipped => {}
        }
    }
    index
}

fn io_failure(what: &str, path: &Path, e: &std::io::Error) -> Failure {
    Failure::general(format!("{what} the journal {}: {e}", crate::text::escape(&path.to_string_lossy())))
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
            target: Some("room:x".into()),
            path: "/a".into(),
            name: "a".into(),
            size: 1,
            fingerprint: Some(fp.into()),
            outcome,
            ids: Map::new(),
            exit_class: None,
            error: None,
            previous: None,
            version: "0".into(),
        }
    }

    #[test]
    fn lookup_prefers_sent_over_unknown_and_ignores_failed() {
        let index = build_index(vec![
            entry(Kind::Unknown, "xxh3:1", "2025-01-01T00:00:00Z"),
            entry(Kind::Sent, "xxh3:1", "2025-01-02T00:00:00Z"),
            entry(Kind::Unknown, "xxh3:2", "2025-01-03T00:00:00Z"),
            entry(Kind::Failed, "xxh3:3", "2025-01-04T00:00:00Z"),
        ]);
        let key =
            |fp: &str| ("carbonio".to_string(), "default".to_string(), Some("room:x".to_string()), fp.to_string());
        assert_eq!(index.sent.get(&key("xxh3:1")).unwrap().time, "2025-01-02T00:00:00Z");
        assert_eq!(index.unknown.get(&key("xxh3:2")).unwrap().outcome, Kind::Unknown);
        assert!(!index.sent.contains_key(&key("xxh3:3")) && !index.unknown.contains_key(&key("xxh3:3")));
    }

    #[test]
    fn the_sandbox_records_nothing_unless_a_file_is_named() {
        assert_eq!(Location::resolve(false, None, true), Location::Off);
        assert_eq!(Location::resolve(true, Some(Path::new("j")), false), Location::Off);
        assert_eq!(Location::resolve(false, Some(Path::new("j")), true), Location::File("j".into()));
    }
}
