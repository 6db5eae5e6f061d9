//! The journal: one JSON line per upload attempt's outcome (sent, failed, unknown, skipped), so
//! that `--skip-sent` can make a re-run send only what is missing and `chatdrop history` can
//! show what went where. Never a secret: ids, names, sizes, fingerprints, redacted errors.
//!
//! API: [`Journal::open`], [`Journal::check`], [`Journal::record`], [`Journal::lookup`],
//! [`Journal::newest_first`]; the file handling (append under a lock, streamed reads that skip
//! torn or garbage lines, pruning) is in [`store`], the upload loops' side in
//! `commands::journal`. Memory does not grow with the journal: reads stream one line at a
//! time, a lookup keeps only the records of the fingerprints it was asked about.

pub mod store;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
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
    /// The name the content was sent under (a later file of other name is skipped as it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
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
                name: Some(self.name.clone()),
            }),
            Kind::Skipped => self.previous.clone(),
            Kind::Failed => None,
        }
    }
}

/// What a lookup found for one fingerprint: the latest `sent` and the latest `unknown`.
#[derive(Default)]
struct Found {
    sent: Option<Previous>,
    unknown: Option<Previous>,
}

/// The fields of a line a lookup needs to decide whether the record is one it wants, read
/// without building the whole record (most lines of a big journal are not).
#[derive(Deserialize)]
struct Probe<'a> {
    #[serde(borrow)]
    service: Cow<'a, str>,
    #[serde(default, borrow)]
    profile: Cow<'a, str>,
    #[serde(default, borrow)]
    target: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    fingerprint: Option<Cow<'a, str>>,
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

    /// For each of `fingerprints`, the earlier attempt that sent that content to the same
    /// service, profile and target (the latest `sent`), else one whose outcome is `unknown`.
    /// One pass over the journal, one line in memory at a time; what is kept is one record per
    /// fingerprint asked about (the batch's files), whatever the journal's size.
    pub fn lookup(
        &self,
        service: &str,
        profile: &str,
        target: Option<&str>,
        fingerprints: &HashSet<String>,
    ) -> Result<HashMap<String, Previous>> {
        let Location::File(path) = &self.location else { return Ok(HashMap::new()) };
        let target = target.map(canonical_target);
        let mut found: HashMap<String, Found> = HashMap::new();
        store::lines_oldest_first(path, |line| {
            let Some(line) = line else { return ControlFlow::Continue(()) };
            let Ok(probe) = serde_json::from_str::<Probe<'_>>(line) else { return ControlFlow::Continue(()) };
            let wanted = probe.fingerprint.as_deref().is_some_and(|fp| fingerprints.contains(fp))
                && probe.service == service
                && probe.profile == profile
                && probe.target.as_deref().map(canonical_target) == target;
            if wanted
                && let Ok(entry) = serde_json::from_str::<Entry>(line)
                && let (Some(fp), Some(prev)) = (entry.fingerprint.clone(), entry.as_previous())
            {
                let slot = found.entry(fp).or_default();
                let (skipped, place) = match prev.outcome {
                    Kind::Sent => (entry.outcome == Kind::Skipped, &mut slot.sent),
                    Kind::Unknown => (entry.outcome == Kind::Skipped, &mut slot.unknown),
                    Kind::Failed | Kind::Skipped => return ControlFlow::Continue(()),
                };
                // A `skipped` record stands in for an earlier one pruned away, never for a later one.
                if !skipped || place.is_none() {
                    *place = Some(prev);
                }
            }
            ControlFlow::Continue(())
        })
        .map_err(|e| io_failure("cannot read", path, &e))?;
        Ok(found.into_iter().filter_map(|(fp, f)| f.sent.or(f.unknown).map(|p| (fp, p))).collect())
    }

    /// Every readable record, newest first (the order they were written in, backward), handed
    /// to `each` one at a time until it breaks; returns how many lines were skipped as torn
    /// or garbage.
    pub fn newest_first(&self, mut each: impl FnMut(Entry) -> ControlFlow<()>) -> Result<usize> {
        let Location::File(path) = &self.location else { return Ok(0) };
        let mut bad = 0;
        store::lines_newest_first(path, |line| match line.and_then(|l| serde_json::from_str::<Entry>(l).ok()) {
            Some(entry) => each(entry),
            None => {
                bad += 1;
                ControlFlow::Continue(())
            }
        })
        .map_err(|e| io_failure("cannot read", path, &e))?;
        Ok(bad)
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
            target: Some("room:x".into()),
            path: "/a".into(),
            path_base64: None,
            target_name: None,
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
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j.jsonl");
        let journal = Journal::open(Location::File(path.clone()));
        for e in [
            entry(Kind::Unknown, "xxh3:1", "2025-01-01T00:00:00Z"),
            entry(Kind::Sent, "xxh3:1", "2025-01-02T00:00:00Z"),
            entry(Kind::Unknown, "xxh3:2", "2025-01-03T00:00:00Z"),
            entry(Kind::Failed, "xxh3:3", "2025-01-04T00:00:00Z"),
            entry(Kind::Sent, "xxh3:4", "2025-01-05T00:00:00Z"),
        ] {
            journal.record(&e).unwrap();
        }
        let wanted: HashSet<String> = ["xxh3:1", "xxh3:2", "xxh3:3"].map(String::from).into();
        let found = journal.lookup("carbonio", "default", Some("room:x"), &wanted).unwrap();
        assert_eq!(found["xxh3:1"].time, "2025-01-02T00:00:00Z");
        assert_eq!(found["xxh3:2"].outcome, Kind::Unknown);
        assert!(!found.contains_key("xxh3:3"), "failed");
        assert!(!found.contains_key("xxh3:4"), "not asked about");
        assert!(journal.lookup("carbonio", "default", Some("room:y"), &wanted).unwrap().is_empty());
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
    fn the_sandbox_records_nothing_unless_a_file_is_named() {
        assert_eq!(Location::resolve(false, None, true), Location::Off);
        assert_eq!(Location::resolve(true, Some(Path::new("j")), false), Location::Off);
        assert_eq!(Location::resolve(false, Some(Path::new("j")), true), Location::File("j".into()));
    }
}
