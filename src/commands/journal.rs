//! The upload flow's side of the journal, one [`Batch`] per upload command: which files
//! `--skip-sent` leaves out or holds back (an earlier attempt may have landed), deciding by
//! each file's identity first (size, mtime, inode, device as the journal recorded them with
//! a fingerprint: an unchanged file is not read) and else by its content (hashed first, the
//! one extra read it costs; always with `--checksum`), and the record of each sent file's
//! outcome with the fingerprint the upload computed in its own pass and the identity the
//! file had before it was read. `commands::common::upload_then` calls it
//! at two points (before the batch, after each file); printing stays there. It also keeps
//! what an interrupt needs: the files whose whole body went (or whose publishing step is on
//! its way) without an answer yet, so that `record_interrupted` can record them as `unknown`
//! before the process exits, and a `--skip-sent` re-run does not post them twice.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Map, Value, json};

use crate::cli::JournalArgs;
use crate::commands::context::Context;
use crate::error::{ExitClass, Failure, Result, Retry};
use crate::hash::Algorithm;
pub use crate::journal::Target;
use crate::journal::{Checked, Entry, Fingerprint, Identity, Journal, Kind, Location, Previous, Reader, Scope};
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

/// What [`Batch::split`] does with a file it does not send: already sent (`Ok`, to report
/// as skipped) or held back (`Err`, a failure).
pub type LeftOut = std::result::Result<Skipped, Failure>;

/// (position in the batch, its fingerprint when `--skip-sent` read it): to send.
pub type ToSend = (usize, Option<String>);

/// Files `--skip-sent` decides at a time: what it holds at once (each file's `LocalFile`
/// and its lookups) is bounded by this, not by the batch.
const DECIDE_CHUNK: usize = 4096;

/// Where `--skip-sent`'s time went, summed over a batch's chunks (for `-vv`).
#[derive(Default)]
struct Spent {
    quick: Duration,
    unchanged: usize,
    hashed: Duration,
    looked_up: Duration,
    decided: Duration,
}

/// Files hashed per blocking task: the runtime stays free to see a Ctrl-C.
const HASH_CHUNK_FILES: usize = 1024;
const HASH_CHUNK_BYTES: u64 = 64 << 20;

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
    target: Option<Target>,
    /// The target's name, when the command found it by name (see `targets::name_of`).
    target_name: Option<String>,
    skip_sent: bool,
    resend_unknown: bool,
    /// `--checksum`: no file is skipped on its identity alone.
    checksum: bool,
    /// Pyrus with --task: the files are in the task only once the comment lands, so records
    /// wait here for [`Batch::settle`].
    deferred: Option<Mutex<Vec<Entry>>>,
    /// The files that may have landed and have no record yet (see [`Batch::watch`]).
    at_risk: Arc<AtRisk>,
    /// `--dry-run`: the journal is read (`--skip-sent` says what it would leave out), never written.
    read_only: bool,
    /// The identity of each file sent (by position), as it was before it was read: recorded
    /// with its outcome, so the next `--skip-sent` need not read it.
    identities: Mutex<HashMap<usize, Identity>>,
    /// The working directory, once: records hold absolute paths (one `getcwd` per batch,
    /// not per file).
    cwd: Option<PathBuf>,
    /// Writes the batch's records, and keeps their index entries for [`Batch::finish`].
    appender: Mutex<crate::journal::Appender>,
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
    /// The journal of an upload to `service` at `target` (`Target::new("room", id)`, ...;
    /// None where the service has none). `--skip-sent` without a journal is a usage error.
    pub fn new(ctx: &Context, args: &JournalArgs, service: ServiceKind, target: Option<Target>) -> Result<Batch> {
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
            appender: Mutex::new(journal.appender()),
            journal,
            output: ctx.output.clone(),
            service,
            profile: ctx.config.profile.clone(),
            target_name: target.as_ref().and_then(|t| crate::commands::targets::name_of(t.as_str())),
            target,
            skip_sent,
            resend_unknown: args.resend_unknown,
            // The flag, or CHATDROP_CHECKSUM (cli read it through env once parsed).
            checksum: args.checksum,
            deferred: None,
            at_risk,
            read_only,
            identities: Mutex::new(HashMap::new()),
            cwd: std::env::current_dir().ok(),
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

    /// Decide for each file, in the order given: each file left out is handed to `left_out`
    /// at once (so a batch of 100,000 skipped files never holds 100,000 results), the rest
    /// is returned to send. Every file's identity comes from its check (no second `stat`); without
    /// `--skip-sent` nothing is read and everything is sent. With it, a file whose identity
    /// the journal recorded with a fingerprint is not read (unless `--checksum`), the others
    /// are hashed; then the journal is asked once for all of them. `wants_md5`: the service
    /// checks an MD5, which is then the fingerprint.
    pub async fn split(
        &self,
        n: usize,
        file: impl Fn(usize) -> LocalFile,
        wants_md5: bool,
        mut left_out: impl FnMut(usize, LocalFile, LeftOut),
    ) -> Vec<ToSend> {
        let all = || (0..n).map(|i| (i, None)).collect();
        if !self.journal.is_on() {
            return all();
        }
        if !self.skip_sent {
            self.keep_identities(n, &file);
            return all();
        }
        let algorithm = Algorithm::for_service(wants_md5);
        let journal = self.journal.clone();
        let output = self.output.clone();
        let clock = std::time::Instant::now();
        let mut reader = match blocking(move || journal.reader(output.as_ref())).await {
            Ok(Some(reader)) => {
                self.trace(|| format!("opened with its index in {:.0?}: {}", clock.elapsed(), reader.describe()));
                reader
            }
            // Nothing recorded yet: nothing to leave out, and nothing to read twice.
            Ok(None) => {
                self.keep_identities(n, &file);
                return all();
            }
            Err(failure) => {
                for index in 0..n {
                    left_out(index, file(index), Err(failure.clone()));
                }
                return Vec::new();
            }
        };
        let mut spent = Spent::default();
        let mut send = Vec::new();
        let mut start = 0;
        while start < n {
            let end = (start + DECIDE_CHUNK).min(n);
            let chunk = (start..end).map(&file).collect();
            match self.decide(reader, start, chunk, algorithm, &mut left_out, &mut spent).await {
                Ok((back, mut sending)) => {
                    reader = back;
                    send.append(&mut sending);
                }
                Err((failure, files)) => {
                    for (index, file) in files {
                        left_out(index, file, Err(failure.clone()));
                    }
                    for index in end..n {
                        left_out(index, file(index), Err(failure.clone()));
                    }
                    return send;
                }
            }
            start = end;
        }
        self.trace(|| format!("quick check: {} of {n} files unchanged, in {:.0?}", spent.unchanged, spent.quick));
        self.trace(|| format!("{} files read and hashed in {:.0?}", n - spent.unchanged, spent.hashed));
        self.trace(|| format!("looked up at the target in {:.0?}", spent.looked_up));
        let left = n - send.len();
        self.trace(|| format!("{left} files left out, {} to send, in {:.0?}", send.len(), spent.decided));
        send
    }

    fn keep_identities(&self, n: usize, file: &impl Fn(usize) -> LocalFile) {
        let mut keep = self.identities.lock().unwrap_or_else(|e| e.into_inner());
        keep.extend((0..n).filter_map(|i| identity(&file(i)).map(|id| (i, id))));
    }

    /// `--skip-sent`'s decisions, with the journal open, for `files` (at positions `offset`
    /// on); the reader back, or on a failure to read the journal, the failure and the files
    /// not yet decided.
    #[allow(clippy::type_complexity)]
    async fn decide(
        &self,
        reader: Reader,
        offset: usize,
        files: Vec<LocalFile>,
        algorithm: Algorithm,
        left_out: &mut impl FnMut(usize, LocalFile, LeftOut),
        spent: &mut Spent,
    ) -> std::result::Result<(Reader, Vec<ToSend>), (Failure, Vec<(usize, LocalFile)>)> {
        let everyone = |files: Vec<LocalFile>| files.into_iter().enumerate().map(|(i, f)| (offset + i, f)).collect();
        let n = files.len();
        // 1. The quick check: fingerprints the journal recorded with these very identities.
        let clock = std::time::Instant::now();
        // `current`: the file's latest record here already says it was sent, with this
        // identity; skipping it again tells the journal nothing, so no record is written.
        let (mut reader, files, known, current) = if self.checksum {
            (reader, files, vec![None; n], vec![false; n])
        } else {
            let mut reader = reader;
            let (service, profile, target, cwd) =
                (self.service.name(), self.profile.clone(), self.target.clone(), self.cwd.clone());
            // Shared with the lookup, back whole once it is done (or stopped).
            let shared = Arc::new(files);
            let theirs = shared.clone();
            let looked_up = blocking(move || {
                let scope = Scope { service, profile: &profile, target: target.as_ref() };
                let place = |i: usize| record_path(cwd.as_deref(), &theirs[i]).0;
                let id = |i: usize| identity(&theirs[i]);
                let known = reader.fingerprints_here(n, &id, algorithm, scope, &place);
                drop(theirs);
                Ok((reader, known))
            })
            .await;
            let files = Arc::try_unwrap(shared).unwrap_or_else(|shared| shared.iter().cloned().collect());
            match looked_up {
                Ok((reader, Ok((known, current)))) => (reader, files, known, current),
                Ok((_, Err(e))) => return Err((self.journal.read_failure(&e), everyone(files))),
                Err(failure) => return Err((failure, everyone(files))),
            }
        };
        let quick: Vec<bool> = known.iter().map(Option::is_some).collect();
        spent.unchanged += quick.iter().filter(|q| **q).count();
        spent.quick += clock.elapsed();
        // 2. The others are read and hashed (a failure to read one is that file's failure).
        let clock = std::time::Instant::now();
        let mut known = known;
        let mut unreadable: HashMap<usize, Failure> = HashMap::new();
        let mut pending: Vec<usize> = (0..n).filter(|i| known[*i].is_none()).collect();
        while !pending.is_empty() {
            let mut take = 0;
            let mut bytes = 0;
            while take < pending.len() && take < HASH_CHUNK_FILES && (take == 0 || bytes < HASH_CHUNK_BYTES) {
                bytes += files[pending[take]].len;
                take += 1;
            }
            let chunk: Vec<usize> = pending.drain(..take).collect();
            let paths: Vec<PathBuf> = chunk.iter().map(|i| files[*i].path.clone()).collect();
            let digests = blocking(move || {
                let fingerprint =
                    |p: &PathBuf| crate::hash::file(p, algorithm).map(|d| Fingerprint::parse(&d.fingerprint()));
                Ok(paths.iter().map(fingerprint).collect::<Vec<_>>())
            })
            .await
            .unwrap_or_default();
            for (i, digest) in chunk.into_iter().zip(digests) {
                match digest {
                    Ok(fp) => known[i] = fp,
                    Err(e) => {
                        unreadable.insert(i, Failure::input(format!("cannot read {}: {e}", files[i].display())));
                    }
                }
            }
        }
        spent.hashed += clock.elapsed();
        // 3. Where each content is recorded as sent to this place (read and checked below).
        let clock = std::time::Instant::now();
        let (service, profile, target) = (self.service.name(), self.profile.clone(), self.target.clone());
        let scope = Scope { service, profile: &self.profile, target: self.target.as_ref() };
        let looked_up = blocking(move || {
            let scope = Scope { service, profile: &profile, target: target.as_ref() };
            let hits = reader.sent(scope, &known);
            Ok((reader, hits, known))
        })
        .await;
        let (hits, known) = match looked_up {
            Ok((back, Ok(hits), known)) => {
                reader = back;
                (hits, known)
            }
            Ok((_, Err(e), _)) => return Err((self.journal.read_failure(&e), everyone(files))),
            Err(failure) => return Err((failure, everyone(files))),
        };
        spent.looked_up += clock.elapsed();
        // 4. Each file in order: left out at once, or kept to send.
        let clock = std::time::Instant::now();
        let mut hits = hits;
        let mut send = Vec::new();
        let mut lines = self.appender.lock().unwrap_or_else(|e| e.into_inner());
        // One write per block of results, not per skipped file.
        let output = self.output.clone();
        output.burst(|| {
            for (at, file) in files.into_iter().enumerate() {
                let index = offset + at;
                if let Some(failure) = unreadable.remove(&at) {
                    left_out(index, file, Err(failure));
                    continue;
                }
                let fp = known[at];
                let previous = loop {
                    let (Some(fp), Some(_)) = (fp, hits[at].outcome()) else { break Ok(None) };
                    match reader.previous(hits[at], scope, fp) {
                        Ok(Checked::Previous(p)) => break Ok(Some(p)),
                        // The index was rebuilt: the files not decided yet are looked up again.
                        Ok(Checked::Stale) => match reader.sent(scope, &known[at..]) {
                            Ok(again) => hits[at..].copy_from_slice(&again),
                            Err(e) => break Err(e),
                        },
                        Err(e) => break Err(e),
                    }
                };
                let previous = match previous {
                    Ok(p) => p,
                    Err(e) => {
                        left_out(index, file, Err(self.journal.read_failure(&e)));
                        continue;
                    }
                };
                let identity = identity(&file);
                match (previous, fp) {
                    (Some(p), Some(fp)) if p.outcome == Kind::Sent => {
                        if !self.read_only && !current[at] {
                            lines.push(&self.skipped_entry(&file, identity, fp.to_string(), &p), self.output.as_ref());
                        }
                        left_out(index, file, Ok(skipped(&p)));
                    }
                    (Some(p), Some(fp)) if p.outcome == Kind::Unknown && !self.resend_unknown => {
                        if !self.read_only {
                            lines.push(&self.skipped_entry(&file, identity, fp.to_string(), &p), self.output.as_ref());
                        }
                        let failure = self.held(&p);
                        left_out(index, file, Err(failure));
                    }
                    (_, fp) => {
                        if let Some(id) = identity {
                            self.identities.lock().unwrap_or_else(|e| e.into_inner()).insert(index, id);
                        }
                        // A fingerprint taken on the identity's word is not passed on: the upload
                        // hashes what it sends, so its record holds the content that went.
                        send.push((index, fp.filter(|_| !quick[at]).map(|f| f.to_string())));
                    }
                }
            }
        });
        lines.flush(self.output.as_ref());
        drop(lines);
        spent.decided += clock.elapsed();
        Ok((reader, send))
    }

    /// A `-vv` line about the journal's work (what it cost, where the time went).
    fn trace(&self, line: impl FnOnce() -> String) {
        self.output.debug(2, || format!("journal: {}", line()));
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
            self.pending(index, file, known, wants_md5, "interrupted after the whole file was sent, before the answer");
        Arc::new(Watched { index, pending, at_risk: self.at_risk.clone(), inner })
    }

    /// File `index` was uploaded and its publishing step (a commit) is on its way: at risk
    /// until recorded, whatever the target.
    pub fn stepping(&self, index: usize, file: &LocalFile, fingerprint: Option<String>, wants_md5: bool) {
        if self.is_on() {
            let pending =
                self.pending(index, file, fingerprint, wants_md5, "interrupted while the upload was being published");
            self.at_risk.lock().unwrap_or_else(|e| e.into_inner()).insert(index, pending);
        }
    }

    fn pending(
        &self,
        index: usize,
        file: &LocalFile,
        fingerprint: Option<String>,
        wants_md5: bool,
        why: &str,
    ) -> Pending {
        let mut entry = self.entry(file, self.identity_of(index), fingerprint, Kind::Unknown);
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
        let identity = self.identity_of(attempt.index);
        let entry = match result {
            Ok(fields) => {
                let mut entry = self.entry(file, identity, attempt.fingerprint.clone(), Kind::Sent);
                entry.ids = ids_of(fields);
                entry
            }
            Err(failure) => {
                let landed = may_have_landed(failure, resend_safe && !attempt.in_step);
                let mut entry = self.entry(file, identity, attempt.fingerprint.clone(), Kind::Failed);
                if landed {
                    entry.outcome = Kind::Unknown;
                }
                set_error(&mut entry, failure);
                entry
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
        if self.read_only {
            return;
        }
        let mut lines = self.appender.lock().unwrap_or_else(|e| e.into_inner());
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
            lines.push(&entry, self.output.as_ref());
        }
        // One write for the batch's records, then the index brought up to date.
        lines.finish(self.output.as_ref());
    }

    /// The failure of a file held back because an earlier attempt may have landed.
    fn held(&self, previous: &Previous) -> Failure {
        let place = match &self.target {
            Some(t) => {
                format!("the {}", t.parts().map(|(kind, id)| format!("{kind} {id}")).collect::<Vec<_>>().join("/"))
            }
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

    fn skipped_entry(
        &self,
        file: &LocalFile,
        identity: Option<Identity>,
        fingerprint: String,
        previous: &Previous,
    ) -> Entry {
        let mut entry = self.entry(file, identity, Some(fingerprint), Kind::Skipped);
        entry.ids = previous.ids.clone();
        entry.previous = Some(previous.clone());
        entry
    }

    fn identity_of(&self, index: usize) -> Option<Identity> {
        self.identities.lock().unwrap_or_else(|e| e.into_inner()).get(&index).copied()
    }

    fn entry(&self, file: &LocalFile, identity: Option<Identity>, fingerprint: Option<String>, outcome: Kind) -> Entry {
        let (path, path_base64) = record_path(self.cwd.as_deref(), file);
        let fingerprint_known = fingerprint.is_some();
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
            // Only with the fingerprint of the content it was taken for.
            identity: identity.filter(|_| fingerprint_known),
            outcome,
            ids: Map::new(),
            exit_class: None,
            error: None,
            previous: None,
            version: String::new(),
        })
    }

    /// Write one record now (a crash must not lose it).
    fn write(&self, entry: Entry) {
        if self.read_only {
            return;
        }
        let mut appender = self.appender.lock().unwrap_or_else(|e| e.into_inner());
        appender.push(&entry, self.output.as_ref());
        appender.flush(self.output.as_ref());
    }

    /// The batch is done: bring the journal's index up to date with what it wrote (from the
    /// records themselves: the next run reads no tail of them).
    pub fn finish(&self) {
        self.appender.lock().unwrap_or_else(|e| e.into_inner()).finish(self.output.as_ref());
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

/// The path a record holds for `file` (absolute, from the batch's working directory), and
/// its bytes in base64 when they are not UTF-8.
fn record_path(cwd: Option<&std::path::Path>, file: &LocalFile) -> (String, Option<String>) {
    if file.is_stdin() {
        return ("-".to_string(), None);
    }
    let joined = cwd.map(|cwd| cwd.join(&file.path));
    let path = joined.as_deref().unwrap_or(&file.path);
    let absolute = std::path::absolute(path).unwrap_or_else(|_| file.path.clone());
    (absolute.to_string_lossy().into_owned(), exact_bytes(&absolute))
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

/// Run `work` on a blocking thread (file system work: the runtime stays free for signals).
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> Result<T> + Send + 'static) -> Result<T> {
    tokio::task::spawn_blocking(work).await.map_err(|e| Failure::general(format!("the journal's work stopped: {e}")))?
}

/// A file's identity, from what its check found (no second `stat`); None for stdin, off
/// Unix, or a file modified moments before it was checked.
fn identity(file: &LocalFile) -> Option<Identity> {
    let stat = file.stat?;
    Identity::at(Identity { dev: stat.dev, ino: stat.ino, size: file.len, mtime_ns: stat.mtime_ns }, stat.taken_ns)
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
