//! The upload flow's side of the journal, one [`Batch`] per upload command: which files
//! `--skip-sent` leaves out (hashing them first, the one extra read it costs) or holds back
//! (an earlier attempt may have landed), and the record of each sent file's outcome with the
//! fingerprint the upload computed in its own pass. `commands::common::upload_then` calls it
//! at two points (before the batch, after each file); printing stays there. It also keeps
//! what an interrupt needs: the files whose whole body went (or whose publishing step is on
//! its way) without an answer yet, so that `record_interrupted` can record them as `unknown`
//! before the process exits, and a `--skip-sent` re-run does not post them twice.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Map, Value, json};

use crate::cli::JournalArgs;
use crate::commands::context::Context;
use crate::error::{ExitClass, Failure, Result, Retry};
use crate::hash::Algorithm;
use crate::journal::{Entry, Journal, Kind, Location, Previous};
use crate::output::Output;
use crate::services::spec::{SKIP_SENT, ServiceKind};
use crate::upload::LocalFile;
use crate::upload::progress::Progress;

/// A file `--skip-sent` left out because its content already reached the target.
pub struct Skipped {
    /// The earlier send's main id (None when the service answered none), for the plain line.
    pub id: Option<String>,
    /// When it was sent (RFC 3339).
    pub sent_at: String,
    /// The name it was sent under (None in records older than `Previous::name`).
    pub sent_as: Option<String>,
    /// The fields of its result record: `status`, the earlier ids, `sent_at`.
    pub fields: Map<String, Value>,
}

/// What the batch does with its files, decided before anything is sent.
pub struct Split {
    /// (position in the batch, file, fingerprint when `--skip-sent` hashed it): to send.
    pub send: Vec<(usize, LocalFile, Option<String>)>,
    /// Left out: already sent (`Ok`, to report as skipped) or held back (`Err`, a failure).
    pub left_out: Vec<(usize, LocalFile, std::result::Result<Skipped, Failure>)>,
}

/// What became of one file the batch sent, as the journal needs it.
pub struct Attempt {
    /// The file's position in the batch (as given to [`Batch::watch`]).
    pub index: usize,
    /// Of the body the service got whole (or `--skip-sent`'s); None if no body went whole.
    pub fingerprint: Option<String>,
    /// The failure came after the upload, from the step that publishes it (a commit).
    pub in_step: bool,
}

/// One upload command's journal: where it goes (service, profile, target) and its settings.
pub struct Batch {
    journal: Arc<Journal>,
    output: Arc<Output>,
    service: ServiceKind,
    profile: String,
    target: Option<String>,
    /// The target's name, when the command found it by name (see `targets::name_of`).
    target_name: Option<String>,
    skip_sent: bool,
    resend_unknown: bool,
    /// Pyrus with --task: the files are in the task only once the comment lands, so records
    /// wait here for [`Batch::settle`].
    deferred: Option<Mutex<Vec<Entry>>>,
    /// The files that may have landed and have no record yet (see [`Batch::watch`]).
    at_risk: Arc<AtRisk>,
    /// `--dry-run`: the journal is read (`--skip-sent` says what it would leave out), never written.
    read_only: bool,
}

/// Files of the running batch that may have reached the target with no answer yet, by their
/// position: the `unknown` record each would get if the run were interrupted now.
type AtRisk = Mutex<HashMap<usize, Pending>>;

/// The record an interrupted file would get; its fingerprint is computed then if the upload
/// was not hashing it already (a file's content is hashed only when it comes to that).
#[derive(Clone)]
struct Pending {
    entry: Entry,
    path: PathBuf,
    algorithm: Algorithm,
}

/// The running batch's journal and its files at risk, for the signal path (which has no
/// context: the command's future, and the batch with it, is dropped before it runs). One
/// batch runs at a time; a batch that ended recorded every file, so what stays here is empty.
static RUNNING: Mutex<Option<(Arc<Journal>, Arc<AtRisk>)>> = Mutex::new(None);

/// On a signal: give every file of the running batch whose whole body went (or whose
/// publishing step was on its way) its `unknown` record, so a `--skip-sent` re-run does not
/// post it twice. Called from the signal path before the process exits; bounded by the time
/// to hash those files (at most `--jobs` of them) when no fingerprint was known yet.
pub fn record_interrupted(output: &Output) {
    let Some((journal, at_risk)) = RUNNING.lock().unwrap_or_else(|e| e.into_inner()).take() else { return };
    let pending: Vec<Pending> = at_risk.lock().unwrap_or_else(|e| e.into_inner()).drain().map(|(_, p)| p).collect();
    for Pending { mut entry, path, algorithm } in pending {
        if entry.fingerprint.is_none() {
            entry.fingerprint = crate::hash::file(&path, algorithm).ok().map(|d| d.fingerprint());
        }
        entry.time = crate::journal::now();
        journal.record_or_warn(&entry, output);
    }
}

impl Batch {
    /// The journal of an upload to `service` at `target` (`room:UUID`, `task:ID`, ...; None
    /// where the service has none). `--skip-sent` without a journal is a usage error.
    pub fn new(ctx: &Context, args: &JournalArgs, service: ServiceKind, target: Option<String>) -> Result<Batch> {
        let journal = Journal::open(Location::resolve(args.no_journal, args.journal.as_deref(), ctx.global.sandbox));
        // The profile's `skip_sent` (config file or CHATDROP_<SERVICE>_SKIP_SENT): the one
        // yes/no parser, a malformed value refused naming where it came from.
        let profile_default = ctx.settings(service).switch(SKIP_SENT)?.unwrap_or(false);
        let skip_sent = !args.no_skip_sent && (args.skip_sent || profile_default);
        if skip_sent && !journal.is_on() {
            return Err(Failure::usage("--skip-sent needs the journal, which is off for this run")
                .with_hint("drop --no-journal (with --sandbox, name a file with --journal)"));
        }
        journal.check(ctx.output.as_ref())?;
        let journal = Arc::new(journal);
        let at_risk = Arc::new(Mutex::new(HashMap::new()));
        let read_only = ctx.global.dry_run;
        if journal.is_on() && !read_only {
            *RUNNING.lock().unwrap_or_else(|e| e.into_inner()) = Some((journal.clone(), at_risk.clone()));
        }
        Ok(Batch {
            journal,
            output: ctx.output.clone(),
            service,
            profile: ctx.config.profile.clone(),
            target_name: target.as_deref().and_then(crate::commands::targets::name_of),
            // UUIDs in any letter case name the same room or conference.
            target: target.map(|t| crate::journal::canonical_target(&t).into_owned()),
            skip_sent,
            resend_unknown: args.resend_unknown,
            deferred: None,
            at_risk,
            read_only,
        })
    }

    /// Hold the records until [`Batch::settle`] (when `defer`).
    pub fn deferred(mut self, defer: bool) -> Batch {
        self.deferred = defer.then(|| Mutex::new(Vec::new()));
        self
    }

    /// Whether anything is recorded (then uploads fingerprint what they stream).
    pub fn is_on(&self) -> bool {
        self.journal.is_on() && !self.read_only
    }

    /// Decide for each file. Without `--skip-sent` nothing is read and everything is sent.
    /// `wants_md5`: the service checks an MD5, which is then the fingerprint. The files are
    /// hashed first, then the journal is read once for all of them.
    pub async fn split(&self, files: Vec<LocalFile>, wants_md5: bool) -> Split {
        let mut split = Split { send: Vec::with_capacity(files.len()), left_out: Vec::new() };
        if !self.skip_sent {
            split.send.extend(files.into_iter().enumerate().map(|(index, file)| (index, file, None)));
            return split;
        }
        let mut hashed = Vec::with_capacity(files.len());
        for (index, file) in files.into_iter().enumerate() {
            match fingerprint_file(&file, Algorithm::for_service(wants_md5)).await {
                Ok(fp) => hashed.push((index, file, fp)),
                Err(failure) => split.left_out.push((index, file, Err(failure))),
            }
        }
        let wanted: HashSet<String> = hashed.iter().map(|(_, _, fp)| fp.clone()).collect();
        let found = match self.journal.lookup(self.service.name(), &self.profile, self.target.as_deref(), &wanted) {
            Ok(found) => found,
            Err(failure) => {
                split.left_out.extend(hashed.into_iter().map(|(index, file, _)| (index, file, Err(failure.clone()))));
                return split;
            }
        };
        for (index, file, fingerprint) in hashed {
            match found.get(&fingerprint) {
                Some(p) if p.outcome == Kind::Sent => {
                    self.write(self.skipped_entry(&file, fingerprint, p));
                    split.left_out.push((index, file, Ok(skipped(p))));
                }
                Some(p) if p.outcome == Kind::Unknown && !self.resend_unknown => {
                    self.write(self.skipped_entry(&file, fingerprint, p));
                    let failure = self.held(p);
                    split.left_out.push((index, file, Err(failure)));
                }
                _ => split.send.push((index, file, Some(fingerprint))),
            }
        }
        split.left_out.sort_by_key(|(index, _, _)| *index);
        split
    }

    /// The observer of file `index`'s upload, wrapped: once its whole body went to a target
    /// where a resend is not harmless, the file is at risk (an interrupt records it as
    /// `unknown`) until its outcome is recorded. `known`: its fingerprint, if hashed already.
    pub fn watch(
        &self,
        index: usize,
        file: &LocalFile,
        known: Option<String>,
        resend_safe: bool,
        wants_md5: bool,
        inner: Arc<dyn Progress>,
    ) -> Arc<dyn Progress> {
        if !self.is_on() || resend_safe {
            return inner;
        }
        let pending =
            self.pending(file, known, wants_md5, "interrupted after the whole file was sent, before the answer");
        Arc::new(Watched { index, pending, at_risk: self.at_risk.clone(), inner })
    }

    /// File `index` was uploaded and its publishing step (a commit) is on its way: at risk
    /// until recorded, whatever the target.
    pub fn stepping(&self, index: usize, file: &LocalFile, fingerprint: Option<String>, wants_md5: bool) {
        if self.is_on() {
            let pending =
                self.pending(file, fingerprint, wants_md5, "interrupted while the upload was being published");
            self.at_risk.lock().unwrap_or_else(|e| e.into_inner()).insert(index, pending);
        }
    }

    fn pending(&self, file: &LocalFile, fingerprint: Option<String>, wants_md5: bool, why: &str) -> Pending {
        let mut entry = self.entry(file, fingerprint, Kind::Unknown);
        entry.exit_class = Some("interrupted".into());
        entry.error = Some(format!("{why}; it may have arrived"));
        Pending { entry, path: file.path.clone(), algorithm: Algorithm::for_service(wants_md5) }
    }

    /// Record one sent file's outcome: `sent` with the ids among its result `fields`, or
    /// `failed` / `unknown` (the server may hold it: the step's answer was lost, or the
    /// service is one chatdrop never resends to).
    pub fn record(
        &self,
        file: &LocalFile,
        attempt: &Attempt,
        result: std::result::Result<&Map<String, Value>, &Failure>,
        resend_safe: bool,
    ) {
        if !self.is_on() {
            return;
        }
        self.at_risk.lock().unwrap_or_else(|e| e.into_inner()).remove(&attempt.index);
        let entry = match result {
            Ok(fields) => {
                let mut entry = self.entry(file, attempt.fingerprint.clone(), Kind::Sent);
                entry.ids = ids_of(fields);
                entry
            }
            Err(failure) => {
                let landed = may_have_landed(failure, resend_safe && !attempt.in_step);
                self.failed_entry(file, attempt.fingerprint.clone(), failure, landed)
            }
        };
        match &self.deferred {
            Some(pending) => pending.lock().unwrap_or_else(|e| e.into_inner()).push(entry),
            None => self.write(entry),
        }
    }

    /// Write the records held for the step after the batch (Pyrus's comment): a file that was
    /// uploaded gets the step's fate (sent with `ids` added, or failed / unknown); a file that
    /// failed to upload stays failed.
    pub fn settle(&self, step: std::result::Result<&Map<String, Value>, &Failure>) {
        let Some(pending) = &self.deferred else { return };
        let pending = std::mem::take(&mut *pending.lock().unwrap_or_else(|e| e.into_inner()));
        for mut entry in pending {
            if entry.outcome == Kind::Sent {
                match step {
                    Ok(ids) => entry.ids.extend(ids_of(ids)),
                    Err(failure) => {
                        entry.outcome = if may_have_landed(failure, false) { Kind::Unknown } else { Kind::Failed };
                        set_error(&mut entry, failure);
                    }
                }
            }
            self.write(entry);
        }
    }

    /// The failure of a file held back because an earlier attempt may have landed.
    fn held(&self, previous: &Previous) -> Failure {
        let place = match &self.target {
            Some(t) => format!("the {}", t.replace(':', " ")),
            None => format!("the {} account", self.service.title()),
        };
        Failure::new(
            ExitClass::Failure,
            format!(
                "not sent again: an attempt at {} may have been delivered (its answer was lost or unclear)",
                previous.time
            ),
        )
        .with_hint(format!("check {place}; --resend-unknown sends it anyway"))
    }

    fn skipped_entry(&self, file: &LocalFile, fingerprint: String, previous: &Previous) -> Entry {
        let mut entry = self.entry(file, Some(fingerprint), Kind::Skipped);
        entry.ids = previous.ids.clone();
        entry.previous = Some(previous.clone());
        entry
    }

    fn failed_entry(&self, file: &LocalFile, fingerprint: Option<String>, failure: &Failure, landed: bool) -> Entry {
        let mut entry = self.entry(file, fingerprint, if landed { Kind::Unknown } else { Kind::Failed });
        set_error(&mut entry, failure);
        entry
    }

    fn entry(&self, file: &LocalFile, fingerprint: Option<String>, outcome: Kind) -> Entry {
        let (path, path_base64) = if file.arg == "-" {
            ("-".to_string(), None)
        } else {
            let absolute = std::path::absolute(&file.path).unwrap_or_else(|_| file.path.clone());
            (absolute.to_string_lossy().into_owned(), exact_bytes(&absolute))
        };
        self.journal.stamp(Entry {
            v: 0,
            time: String::new(),
            run: String::new(),
            service: self.service.name().to_string(),
            profile: self.profile.clone(),
            target: self.target.clone(),
            path,
            path_base64,
            target_name: self.target_name.clone(),
            name: file.name.clone(),
            size: file.len,
            fingerprint,
            outcome,
            ids: Map::new(),
            exit_class: None,
            error: None,
            previous: None,
            version: String::new(),
        })
    }

    fn write(&self, entry: Entry) {
        if self.read_only {
            return;
        }
        self.journal.record_or_warn(&entry, self.output.as_ref());
    }
}

/// An upload's observer that also tells the batch when the whole body went (see
/// [`Batch::watch`]).
struct Watched {
    index: usize,
    pending: Pending,
    at_risk: Arc<AtRisk>,
    inner: Arc<dyn Progress>,
}

impl Progress for Watched {
    fn begin(&self, attempt: u32) {
        // A new attempt: the earlier body was cut short (a whole one is never resent here).
        self.at_risk.lock().unwrap_or_else(|e| e.into_inner()).remove(&self.index);
        self.inner.begin(attempt);
    }
    fn advance(&self, bytes: u64) {
        self.inner.advance(bytes);
    }
    fn body_sent(&self) {
        self.at_risk.lock().unwrap_or_else(|e| e.into_inner()).insert(self.index, self.pending.clone());
        self.inner.body_sent();
    }
    fn retrying(&self, reason: &str, delay: Duration) {
        self.inner.retrying(reason, delay);
    }
    fn finish(&self, failure: Option<&str>) {
        self.inner.finish(failure);
    }
}

/// A path's bytes in base64 when they are not UTF-8 (the journal's `path_base64`).
fn exact_bytes(path: &std::path::Path) -> Option<String> {
    if path.to_str().is_some() {
        return None;
    }
    #[cfg(unix)]
    {
        use base64::Engine;
        use std::os::unix::ffi::OsStrExt;
        Some(base64::engine::general_purpose::STANDARD.encode(path.as_os_str().as_bytes()))
    }
    #[cfg(not(unix))]
    None
}

/// A file as hashed: its path, size, modification time and the algorithm.
type Hashed = (PathBuf, u64, Option<std::time::SystemTime>, String);

/// Fingerprints computed this run: `send` to several destinations, and `watch` round after
/// round, read each unchanged file once. Bounded (cleared when full).
static FINGERPRINTS: Mutex<Option<HashMap<Hashed, String>>> = Mutex::new(None);
const MAX_FINGERPRINTS: usize = 100_000;

/// Hash a file before sending it (`--skip-sent`), on a blocking thread; a file hashed before
/// in this run, unchanged since (size and time), is not read again.
async fn fingerprint_file(file: &LocalFile, algorithm: Algorithm) -> Result<String> {
    let meta = std::fs::metadata(&file.path).ok();
    let key: Hashed = (file.path.clone(), file.len, meta.and_then(|m| m.modified().ok()), format!("{algorithm:?}"));
    if let Some(fp) = FINGERPRINTS.lock().unwrap_or_else(|e| e.into_inner()).as_ref().and_then(|m| m.get(&key)) {
        return Ok(fp.clone());
    }
    let path = file.path.clone();
    let fingerprint = tokio::task::spawn_blocking(move || crate::hash::file(&path, algorithm))
        .await
        .map_err(|e| Failure::general(format!("hashing stopped: {e}")))?
        .map(|d| d.fingerprint())
        .map_err(|e| Failure::input(format!("cannot read {}: {e}", file.display)))?;
    let mut cache = FINGERPRINTS.lock().unwrap_or_else(|e| e.into_inner());
    let cache = cache.get_or_insert_with(HashMap::new);
    if cache.len() >= MAX_FINGERPRINTS {
        cache.clear();
    }
    cache.insert(key, fingerprint.clone());
    Ok(fingerprint)
}

/// The record of a skipped file: its earlier ids, the main one as `id`, and when it was sent.
fn skipped(previous: &Previous) -> Skipped {
    let mut fields = Map::new();
    fields.insert("status".into(), json!("skipped"));
    fields.extend(previous.ids.clone());
    // `-` is how a plain line shows no id, so a recorded `-` is no id either.
    let id = ["id", "guid", "moment_id", "photo_id"]
        .iter()
        .find_map(|k| previous.ids.get(*k).map(plain))
        .filter(|id| id != "-");
    if let Some(id) = &id {
        fields.entry("id").or_insert_with(|| json!(id));
    }
    fields.insert("sent_at".into(), json!(previous.time));
    Skipped { id, sent_at: previous.time.clone(), sent_as: previous.name.clone(), fields }
}

/// Whether a failed send may have landed: the whole body went (or the step was sent) and the
/// answer was lost, where a resend is not harmless. A refusal is a plain failure.
fn may_have_landed(failure: &Failure, resend_safe: bool) -> bool {
    !resend_safe && matches!(failure.retry, Retry::IfResendSafe { .. }) && failure.class != ExitClass::Input
}

fn set_error(entry: &mut Entry, failure: &Failure) {
    entry.exit_class = serde_json::to_value(failure.class).ok().and_then(|v| v.as_str().map(str::to_string));
    entry.error = Some(crate::secret::redact::redact(&failure.message));
}

/// The ids among a result's fields (`id`, `guid`, `*_id`), scalars only, bounded, redacted:
/// never an answer body, a URL (it may be signed) or anything else a secret could hide in.
pub fn ids_of(fields: &Map<String, Value>) -> Map<String, Value> {
    let mut ids = Map::new();
    for (k, v) in fields {
        if ids.len() >= 16 || !(k == "id" || k == "guid" || k.ends_with("_id")) {
            continue;
        }
        match v {
            Value::String(s) if s.len() <= 200 => {
                ids.insert(k.clone(), json!(crate::secret::redact::redact(s)));
            }
            Value::Number(_) => {
                ids.insert(k.clone(), v.clone());
            }
            _ => {}
        }
    }
    ids
}

fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_scalar_ids_are_kept() {
        let fields = json!({
            "id": "a1", "guid": "g", "photo_id": 7, "file_url": "https://x/?sig=secret",
            "result": {"token": "t"}, "md5_hash": "m", "moment_id": null
        });
        let ids = ids_of(fields.as_object().unwrap());
        assert_eq!(Value::Object(ids), json!({"id": "a1", "guid": "g", "photo_id": 7}));
    }

    #[test]
    fn a_lost_answer_to_a_post_may_have_landed_a_refusal_did_not() {
        let lost = Failure::temporary("no answer").with_retry(Retry::IfResendSafe { after: None });
        assert!(may_have_landed(&lost, false));
        assert!(!may_have_landed(&lost, true));
        assert!(!may_have_landed(&Failure::general("403"), false));
    }

    #[test]
    fn a_skipped_record_names_the_main_id_and_the_time() {
        let previous = Previous {
            time: "2025-06-01T10:00:00Z".into(),
            outcome: Kind::Sent,
            ids: json!({"guid": "g-1", "task_id": 5}).as_object().cloned().unwrap(),
            run: "r".into(),
            name: Some("a.txt".into()),
        };
        let s = skipped(&previous);
        assert_eq!(s.id.as_deref(), Some("g-1"));
        assert_eq!(
            Value::Object(s.fields),
            json!({"status": "skipped", "guid": "g-1", "task_id": 5, "id": "g-1", "sent_at": "2025-06-01T10:00:00Z"})
        );
        let dash =
            Previous { ids: json!({"id": "-", "guid": "g-2"}).as_object().cloned().unwrap(), ..previous.clone() };
        assert_eq!(skipped(&dash).id, None);
        let none = Previous { ids: Map::new(), ..previous };
        assert_eq!(skipped(&none).id, None);
    }
}
