//! What every upload command does the same way: check all files before any request, upload
//! them `--jobs` at a time through the shared uploader, print one result per file as it
//! ends, and turn the batch into one exit code (0, 3 for partial, or the common class).

use std::collections::{HashMap, HashSet};
use std::ffi::{OsStr, OsString};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::record::{Plain, Record, Status, not_started};
use crate::commands::context::Context;
use crate::commands::journal::{Attempt, Batch as Journal, Skipped};
use crate::download::{self, Destination};
use crate::error::{ExitClass, Failure, Result};
use crate::output::Output;
use crate::output::progress::BatchProgress;
use crate::services::spec::ServiceKind;
use crate::text::human_duration;
use crate::upload::retry::{self, Renew, RetryHooks};
use crate::upload::{self, Files, Limits, LocalFile, Target};

/// What each file of a batch must be, beyond the service's size limit.
#[derive(Debug, Clone, Copy)]
pub enum Accept {
    /// Any file.
    AnyFile,
    /// Images only (by content, not by name); the text says what the service takes instead.
    Images(&'static str),
}

/// The files an upload command was given: its arguments, and with `--files-from` the list
/// read from a file or stdin ([`crate::cli::FileList`]); a plain list of paths works too.
/// Taken by value: the paths move into the batch, not copied (100,000 arguments are held once).
pub trait FileArgs {
    /// The paths on the command line (`-` for stdin), and where more paths are listed (`-`:
    /// stdin), one per line or NUL-terminated.
    fn into_parts(self) -> (Vec<OsString>, Option<PathBuf>);
}

impl FileArgs for Vec<OsString> {
    fn into_parts(self) -> (Vec<OsString>, Option<PathBuf>) {
        (self, None)
    }
}

impl<const N: usize> FileArgs for [OsString; N] {
    fn into_parts(self) -> (Vec<OsString>, Option<PathBuf>) {
        (self.into(), None)
    }
}

impl FileArgs for crate::cli::FileList {
    /// With the files a long command line set aside after them ([`crate::cli::spilled_files`]).
    fn into_parts(self) -> (Vec<OsString>, Option<PathBuf>) {
        let more = crate::cli::spilled_files();
        if more.is_empty() {
            return (self.files, self.files_from);
        }
        let mut files = Vec::with_capacity(self.files.len() + more.len());
        files.extend(self.files);
        files.extend(more);
        (files, self.files_from)
    }
}

/// The most paths a `--files-from` list may hold, and its largest size: far beyond a real
/// batch, and a bound on what an endless producer can make chatdrop hold.
const MAX_LISTED: usize = 100_000;
const MAX_LIST_BYTES: u64 = 16 << 20;

/// The paths of a `--files-from` list (`-`: stdin), byte for byte: NUL-terminated when the
/// list holds a NUL (`find -print0`, `chatdrop history -0`), else one per line; empty
/// entries are skipped. A list may be a pipe (`<(find ...)`); it is read to its end, bounded.
fn read_list(list: &Path) -> Result<Vec<OsString>> {
    use std::io::Read;
    let from_stdin = list.as_os_str() == "-";
    let shown = if from_stdin { "stdin".to_string() } else { crate::text::escape(&list.to_string_lossy()) };
    let unreadable = |e: std::io::Error| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "no such file".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        };
        Failure::input(format!("cannot read the file list {shown}: {why}"))
            .with_hint("--files-from takes a file of paths, one per line or NUL-terminated (`-`: stdin)")
    };
    let mut bytes = Vec::new();
    let read = if from_stdin {
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            return Err(Failure::usage("--files-from - reads the list of files from stdin, but stdin is a terminal")
                .with_hint("pipe the list in, e.g. `find . -name '*.pdf' -print0 | chatdrop ... --files-from -`"));
        }
        std::io::stdin().lock().take(MAX_LIST_BYTES + 1).read_to_end(&mut bytes)
    } else {
        if std::fs::metadata(list).map_err(unreadable)?.is_dir() {
            return Err(Failure::input(format!("the file list {shown} is a directory"))
                .with_hint("--files-from takes a file of paths; to send a directory's files, list them: DIR/*"));
        }
        std::fs::File::open(list).map_err(unreadable)?.take(MAX_LIST_BYTES + 1).read_to_end(&mut bytes)
    };
    read.map_err(unreadable)?;
    if bytes.len() as u64 > MAX_LIST_BYTES {
        return Err(Failure::input(format!("the file list {shown} is larger than {} MiB", MAX_LIST_BYTES >> 20))
            .with_hint(format!("send at most {MAX_LISTED} files per run; split the list")));
    }
    let separator = if bytes.contains(&0) { 0 } else { b'\n' };
    let mut paths = Vec::new();
    for entry in bytes.split(|b| *b == separator).filter(|e| !e.is_empty()) {
        if paths.len() == MAX_LISTED {
            return Err(Failure::input(format!("the file list {shown} names more than {MAX_LISTED} files"))
                .with_hint("split the list and run once per part"));
        }
        if entry == b"-" {
            return Err(Failure::usage(format!("the file list {shown} names `-`"))
                .with_hint("list paths only; to send stdin, give `-` on the command line"));
        }
        paths.push(os_string(entry.to_vec()));
    }
    Ok(paths)
}

/// A path from raw bytes, exactly (a name that is not UTF-8 still opens).
#[cfg(unix)]
fn os_string(bytes: Vec<u8>) -> OsString {
    std::os::unix::ffi::OsStringExt::from_vec(bytes)
}

#[cfg(not(unix))]
fn os_string(bytes: Vec<u8>) -> OsString {
    OsString::from(String::from_utf8_lossy(&bytes).into_owned())
}

/// The name of the file read from stdin: `--name`, else asked on the terminal (the data
/// comes through the pipe, the answer from the terminal), else a usage error: a file named
/// `stdin` in a chat helps nobody.
fn stdin_name(ctx: &Context, action: &str, name: Option<&str>) -> Result<Option<String>> {
    if let Some(name) = name {
        return Ok(Some(name.to_string()));
    }
    // `-` on a terminal is refused when stdin is read, with its own words.
    if ctx.prompter.stdin_is_terminal() {
        return Ok(None);
    }
    let command = ctx.service_name().map(|s| format!("{s} {action}")).unwrap_or_else(|| action.to_string());
    let hint = &format!("pass --name, e.g. `pg_dump db | chatdrop {command} - --name db.sql`");
    if !ctx.prompter.can_ask_beside_stdin() {
        return Err(Failure::usage("`-` reads a file from stdin, and it needs a name: none was given").with_hint(hint));
    }
    let answer = ctx.prompter.text_beside_stdin("Name of the file read from stdin", hint)?;
    let answer = answer.trim();
    if answer.is_empty() || answer.contains('/') {
        return Err(Failure::usage(format!("`{}` is not a file name", crate::text::escape(answer))).with_hint(hint));
    }
    Ok(Some(answer.to_string()))
}

/// Check every file argument before a single request. A bad file does not stop the check:
/// every one is reported in one pass (a `refused` record each, with the others `not_started`),
/// and the batch is not started at all. `files` are the arguments and, with `--files-from`,
/// the paths listed (after them); `name` names the file from stdin, or the one file given.
pub async fn prepare_files(
    ctx: &Context,
    action: &'static str,
    files: impl FileArgs,
    name: Option<&str>,
    limits: Limits,
    accept: Accept,
) -> Result<Files> {
    let (given, list) = files.into_parts();
    let mut listed = Vec::new();
    let stdin_args = given.iter().filter(|a| a.as_os_str() == "-").count();
    if let Some(list) = &list {
        if list.as_os_str() == "-" && stdin_args > 0 {
            return Err(Failure::usage("`-` and --files-from - both read stdin")
                .with_hint("give the file list in a file (--files-from FILE), or the file on stdin, not both"));
        }
        listed = read_list(list)?;
        if listed.is_empty() && given.is_empty() {
            let from =
                if list.as_os_str() == "-" { "stdin".into() } else { crate::text::escape(&list.to_string_lossy()) };
            return Err(Failure::usage(format!("no files to send: the file list {from} is empty"))
                .with_hint("nothing was sent; list the files one per line, or NUL-terminated (`find -print0`)"));
        }
    }
    let total = given.len() + listed.len();
    let stdin_given = stdin_args > 0;
    if name.is_some() && total > 1 && !stdin_given {
        return Err(Failure::usage("--name applies to a single file, or to `-` (stdin)"));
    }
    if stdin_args > 1 {
        return Err(Failure::usage("`-` (stdin) can be given only once"));
    }
    let from_stdin = if stdin_given { stdin_name(ctx, action, name)? } else { None };
    // With several files, --name is stdin's; with one, it is that file's.
    let name_of = |arg: &OsStr| if arg == "-" { from_stdin.as_deref() } else { name.filter(|_| total == 1) };
    // The files (the arguments become the batch's paths as they are), and apart the
    // refusals by position.
    let mut args = given;
    args.extend(listed);
    let mut ready = Files::checking(total);
    let mut refusals: Vec<(usize, Failure)> = Vec::new();
    for (position, arg) in args.iter().enumerate() {
        let reading: std::sync::Arc<dyn crate::upload::progress::Progress> = if arg == "-" {
            crate::output::progress::reading(&ctx.output, "stdin")
        } else {
            std::sync::Arc::new(crate::upload::progress::NoProgress)
        };
        let file = match LocalFile::prepare(arg, name_of(arg), limits, reading.as_ref()).await {
            Ok(file) => match accept {
                Accept::Images(instead) => require_image(&file, instead).map(|()| file),
                Accept::AnyFile => Ok(file),
            },
            Err(failure) => Err(failure),
        };
        match file {
            Ok(file) => ready.add(arg, file),
            Err(failure) => refusals.push((position, failure)),
        }
    }
    if refusals.is_empty() {
        return Ok(ready.with_paths(args));
    }
    let refused = refusals.len();
    let why = format!("{} of the batch {} refused, so none was sent", count(refused, "file"), were(refused));
    let mut classes = Vec::new();
    let refused_at: HashSet<usize> = refusals.iter().map(|(at, _)| *at).collect();
    let ready_args = args.iter().enumerate().filter(|(at, _)| !refused_at.contains(at)).map(|(_, a)| a.clone());
    let ready = ready.with_paths(ready_args.collect());
    let mut ready = ready.iter();
    let mut refusals = refusals.into_iter().peekable();
    for (position, arg) in args.iter().enumerate() {
        let record = match refusals.next_if(|(at, _)| *at == position) {
            Some((_, failure)) => {
                classes.push(failure.class);
                // A flag given after `--` reads as a file that is not there: say where it goes.
                let failure = match arg.to_str().and_then(crate::cli::flag_hint) {
                    Some(hint) if failure.class == ExitClass::Input => failure.with_hint(hint),
                    _ => failure,
                };
                Record::argument(action, Status::Refused, &arg.to_string_lossy(), name_of(arg))
                    .failed(Status::Refused, failure)
            }
            None => {
                let Some(file) = ready.next() else { continue };
                Record::file(action, Status::NotStarted, &file)
                    .failed(
                        Status::NotStarted,
                        not_started(&why, ExitClass::Input)
                            .with_hint("fix the refused files and run the command again"),
                    )
                    .summed_up()
            }
        };
        ctx.report(&record);
    }
    ctx.output.status(&format!(
        "nothing was sent: {refused} of {} {} refused (all of them are listed above)",
        count(total, "file"),
        were(total)
    ));
    // One usage error (stdin on a terminal) among input errors still means "fix the input".
    let class = if classes.iter().all(|c| *c == classes[0]) { classes[0] } else { ExitClass::Input };
    Err(Failure::reported(class))
}

/// `1 file`, `2 files`: a count with its noun, in the grammar of the number.
pub fn count(n: usize, noun: &str) -> String {
    crate::text::count(n as u64, noun)
}

/// `was` or `were`, for `n` things.
fn were(n: usize) -> &'static str {
    if n == 1 { "was" } else { "were" }
}

/// Refuse, before any request, a file that is not an image by its content (its first bytes);
/// `instead` says what the service takes instead.
pub fn require_image(file: &LocalFile, instead: &str) -> Result<()> {
    if crate::media::sniff_image(&file.head(64)?).is_none() {
        return Err(Failure::input(format!(
            "{} is not an image (its content is not JPEG, PNG, GIF, WebP or BMP)",
            file.display()
        ))
        .with_hint(format!("nothing was sent; {instead}")));
    }
    Ok(())
}

/// The running batch, for two things: results print in the order the files were given
/// (a file that finishes early waits for the ones before it), and an interrupt can give
/// every file its record: those finished are printed, those on their way are `interrupted`,
/// those still waiting `not_started`.
static BATCH: Mutex<Option<Tracker>> = Mutex::new(None);

/// A batch keeps here one byte per file beside the batch's own files (shared, not copied),
/// not a record per file: a record is built when the file has one (printed at once when the
/// files before it are, else held until they are) or when an interrupt needs it.
struct Tracker {
    service: Option<&'static str>,
    action: &'static str,
    /// `send`/`watch`: the destination every record of the batch names.
    destination: Option<String>,
    /// By position in the batch: where each file is.
    progress: Vec<Progress>,
    /// The files, for the record an interrupt gives a file that has none.
    files: Arc<Named>,
    /// Final records waiting for an earlier file to print first (at most about `--jobs`).
    held: HashMap<usize, Record>,
    /// The first position not printed yet.
    next: usize,
}

impl Tracker {
    fn stub(&self, status: Status, index: usize) -> Record {
        let record = Record::file(self.action, status, &self.files.get(index));
        match &self.destination {
            Some(to) => record.destination(to),
            None => record,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Progress {
    Waiting,
    Sending,
    /// Its record is final and waits for the files before it.
    Finished,
    Reported,
}

/// A batch's files and the names the service gets for them: a service with a wire form of
/// its own (1C-Connect's) renames a few; the rest go as they are.
struct Named {
    files: Files,
    renamed: HashMap<usize, String>,
}

impl Named {
    fn new(files: Files, wire_name: impl Fn(&str) -> String) -> Named {
        let mut renamed = HashMap::new();
        for index in 0..files.len() {
            let name = files.name(index);
            let wire = wire_name(&name);
            if wire != name {
                renamed.insert(index, wire);
            }
        }
        Named { files, renamed }
    }

    fn name(&self, index: usize) -> std::borrow::Cow<'_, str> {
        match self.renamed.get(&index) {
            Some(name) => name.as_str().into(),
            None => self.files.name(index),
        }
    }

    fn get(&self, index: usize) -> LocalFile {
        let mut file = self.files.get(index);
        if let Some(name) = self.renamed.get(&index) {
            file.name = name.clone();
        }
        file
    }
}

fn track(update: impl FnOnce(&mut Tracker)) {
    if let Some(tracker) = BATCH.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        update(tracker);
    }
}

/// Start tracking a batch (upload_then does this): every file, in the order given.
fn batch_begin(ctx: &Context, action: &'static str, files: Arc<Named>) {
    *BATCH.lock().unwrap_or_else(|e| e.into_inner()) = Some(Tracker {
        service: ctx.service_name(),
        action,
        destination: ctx.destination_label(),
        progress: vec![Progress::Waiting; files.files.len()],
        files,
        held: HashMap::new(),
        next: 0,
    });
}

fn batch_mark(index: usize, progress: Progress) {
    track(|t| {
        if let Some(entry) = t.progress.get_mut(index) {
            *entry = progress;
        }
    });
}

/// File `index` has its final record: print it, and every record after it that waited for it.
fn batch_finish(output: &Output, index: usize, record: Record) {
    track(|t| {
        let Some(progress) = t.progress.get_mut(index) else { return };
        if index == t.next {
            record.print(output, t.service);
            *progress = Progress::Reported;
            t.next += 1;
        } else {
            *progress = Progress::Finished;
            t.held.insert(index, record);
        }
        while t.progress.get(t.next) == Some(&Progress::Finished) {
            if let Some(record) = t.held.remove(&t.next) {
                record.print(output, t.service);
            }
            t.progress[t.next] = Progress::Reported;
            t.next += 1;
        }
    });
}

/// How a batch runs: the action its records name, and the step after each upload.
#[derive(Debug, Clone, Copy)]
pub struct Batch {
    /// The action of each file's record (`upload`, `attach`, `send-image`, ...).
    pub action: &'static str,
    /// In which order finished uploads reach the step after them.
    pub order: Order,
    /// The action a failure of that step is recorded under (the upload's when there is none).
    pub step_action: &'static str,
}

impl Batch {
    /// Uploads and nothing after them.
    pub fn uploads(action: &'static str) -> Batch {
        Batch { action, order: Order::AsDone, step_action: action }
    }
}

/// An upload action and the shape of its records: the service fields its plain line shows
/// between the id and the name (Protocol's `file_url`), in every record of the batch, a
/// skipped file's included (`-` where the journal has no value).
#[derive(Debug, Clone, Copy)]
pub struct Action {
    pub name: &'static str,
    pub columns: &'static [&'static str],
}

impl Action {
    pub fn shaped(name: &'static str, columns: &'static [&'static str]) -> Action {
        Action { name, columns }
    }
}

impl From<&'static str> for Action {
    fn from(name: &'static str) -> Action {
        Action { name, columns: &[] }
    }
}

/// One file's outcome, in the order the files were given (a file `--skip-sent` left out as
/// already sent has none: it arrived before).
pub struct Outcome<O> {
    /// Its position in the batch.
    pub index: usize,
    pub file: LocalFile,
    pub result: Result<O>,
}

/// Upload `files` to `target`, `--jobs` at a time, printing each file's record in the order
/// given and recording it in `journal` (which, with `--skip-sent`, leaves out what was
/// already sent).
pub async fn upload_all<T: Target>(
    ctx: &Context,
    action: impl Into<Action>,
    journal: &Journal,
    target: &T,
    files: Files,
    show: impl Fn(&LocalFile, &T::Output) -> Record,
) -> Vec<Outcome<T::Output>> {
    let action = action.into();
    let step = |_: &LocalFile, sent| std::future::ready(Ok(sent));
    run_batch(ctx, Batch::uploads(action.name), action.columns, journal, target, files, step, show).await
}

/// In which order finished uploads are handed to the step after them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// As each upload ends.
    AsDone,
    /// In the order the files were given (each step waits for the earlier ones).
    AsGiven,
}

/// [`upload_all`] with a step after each upload (OK.ru's commit publishes each moment).
/// Uploads run `--jobs` at a time either way; with [`Order::AsGiven`] each file's step runs
/// once its upload and every earlier file's step are done. Every file gets exactly one
/// record from here (`show` for a success); the step may report records of its own.
pub async fn upload_then<T, R, S, Fut>(
    ctx: &Context,
    batch: Batch,
    journal: &Journal,
    target: &T,
    files: Files,
    step: S,
    show: impl Fn(&LocalFile, &R) -> Record,
) -> Vec<Outcome<R>>
where
    T: Target,
    S: Fn(&LocalFile, T::Output) -> Fut,
    Fut: Future<Output = Result<R>>,
{
    run_batch(ctx, batch, &[], journal, target, files, step, show).await
}

/// The one batch loop behind [`upload_all`] and [`upload_then`]; `columns` shape every record.
#[allow(clippy::too_many_arguments)]
async fn run_batch<T, R, S, Fut>(
    ctx: &Context,
    batch: Batch,
    columns: &'static [&'static str],
    journal: &Journal,
    target: &T,
    files: Files,
    step: S,
    show: impl Fn(&LocalFile, &R) -> Record,
) -> Vec<Outcome<R>>
where
    T: Target,
    S: Fn(&LocalFile, T::Output) -> Fut,
    Fut: Future<Output = Result<R>>,
{
    let started = Instant::now();
    let total = files.len();
    let named = Arc::new(Named::new(files, |name| target.wire_name(name)));
    // Two inputs that would show the same name (a/x.png, b/x.png) show their paths instead.
    // Found by a hash of each name: 8 bytes a file, not the names themselves.
    use std::hash::BuildHasher;
    let hasher = std::collections::hash_map::RandomState::new();
    let clashing: HashSet<u64> = {
        let mut hashes: Vec<u64> = (0..total).map(|i| hasher.hash_one(&*named.name(i))).collect();
        hashes.sort_unstable();
        hashes.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0]).collect()
    };
    let shape = |record: Record, file: &LocalFile| {
        let record = ctx.tagged(record.shaped(columns));
        if clashing.contains(&hasher.hash_one(file.name.as_str())) { record.by_path() } else { record }
    };
    batch_begin(ctx, batch.action, named.clone());
    // Journal hook (#15): --skip-sent reports what was already sent as skipped and holds back
    // what may have landed (a failure), each as it is decided; the rest is sent, and each
    // outcome recorded below.
    let mut held = Vec::new();
    let mut skipped = 0;
    let files = journal
        .split(
            total,
            |index| named.get(index),
            target.wants_md5(),
            |index, file, left_out| match left_out {
                Ok(earlier) => {
                    skipped += 1;
                    batch_finish(&ctx.output, index, shape(skipped_record(ctx, batch.action, &file, &earlier), &file))
                }
                Err(failure) => {
                    // An earlier attempt may have landed: not sent again without --resend-unknown.
                    let record = Record::file(batch.action, Status::NotStarted, &file);
                    batch_finish(&ctx.output, index, shape(record.failed(Status::NotStarted, failure.clone()), &file));
                    held.push((index, Outcome { index, file, result: Err(failure) }));
                }
            },
        )
        .await;
    let total_bytes = files.iter().map(|(index, _)| named.files.len_of(*index)).sum();
    let count = files.len();
    let progress = BatchProgress::new(&ctx.output, count, total_bytes);
    let policy = ctx.retry_policy();
    let watch = ctx.watch();
    let (progress_ref, policy) = (&progress, &policy);
    let named = &named;
    let uploads = futures_util::stream::iter(files).map(|(index, known)| async move {
        let file = named.get(index);
        batch_mark(index, Progress::Sending);
        // The journal learns when the whole body went: an interrupt then records it as unknown.
        let observer = journal.watch(
            index,
            &file,
            known.clone(),
            target.resend_safe(),
            target.wants_md5(),
            progress_ref.file(&file.name, file.len),
        );
        let hash = known.is_none() && journal.is_on();
        let (result, fingerprint) = upload::send_file(target, &file, policy, watch, observer, hash).await;
        (index, file, result, fingerprint.or(known))
    });
    let jobs = ctx.global.jobs;
    let uploaded: futures_util::stream::LocalBoxStream<'_, _> = match batch.order {
        Order::AsGiven => uploads.buffered(jobs).boxed_local(),
        Order::AsDone => uploads.buffer_unordered(jobs).boxed_local(),
    };
    let step = &step;
    let done = std::cell::Cell::new(0usize);
    let mut outcomes: Vec<(usize, Outcome<R>)> = uploaded
        .then(|(index, file, result, fingerprint)| async move {
            // A failure after a successful upload is the step's (a commit, which may have landed).
            let attempt = Attempt { index, fingerprint, in_step: result.is_ok() };
            let (result, action) = match result {
                Ok(sent) => {
                    // The step (OK.ru's commit) may land: at risk until recorded.
                    journal.stepping(index, &file, attempt.fingerprint.clone(), target.wants_md5());
                    (step(&file, sent).await, batch.step_action)
                }
                Err(failure) => (Err(failure), batch.action),
            };
            (index, action, Outcome { index, file, result: result.map_err(|f| ctx.explain(f)) }, attempt)
        })
        .map(|(index, action, outcome, attempt)| {
            done.set(done.get() + 1);
            progress.file_done(done.get(), count);
            let record = match &outcome.result {
                Ok(value) => show(&outcome.file, value),
                Err(failure) => {
                    Record::file(action, Status::Failed, &outcome.file).failed(Status::Failed, failure.clone())
                }
            };
            let record = shape(record, &outcome.file);
            if journal.is_on() {
                // The journal keeps the ids among the record's fields (`id`, `guid`, `*_id`).
                let fields = match record.to_json(ctx.service_name()) {
                    serde_json::Value::Object(fields) => fields,
                    _ => Map::new(),
                };
                let result = outcome.result.as_ref().map(|_| &fields);
                journal.record(&outcome.file, &attempt, result, target.resend_safe());
            }
            batch_finish(&ctx.output, index, record);
            (index, outcome)
        })
        .collect()
        .await;
    progress.finish();
    journal.finish();
    *BATCH.lock().unwrap_or_else(|e| e.into_inner()) = None;
    outcomes.extend(held);
    outcomes.sort_by_key(|(i, _)| *i);
    let failed = outcomes.iter().filter(|(_, o)| o.result.is_err()).count();
    let to = ctx.destination_label().map(|to| format!("{}: ", crate::text::escape(&to))).unwrap_or_default();
    let sent = if ctx.global.dry_run { "planned" } else { "sent" };
    ctx.output.status(&format!(
        "{to}{} {sent}, {skipped} skipped, {failed} failed in {:.1} s",
        total - skipped - failed,
        started.elapsed().as_secs_f64()
    ));
    outcomes.into_iter().map(|(_, o)| o).collect()
}

/// A file `--skip-sent` left out as already sent: a record like a sent file's (`status`
/// `skipped`, the earlier ids, `sent_at`, and `sent_as`, the name the service holds it
/// under), and a status line saying so (naming that name when it is not this file's).
fn skipped_record(ctx: &Context, action: &'static str, file: &LocalFile, skipped: &Skipped) -> Record {
    let escape = crate::text::escape;
    // `send`: which destination has it already.
    let shown = match ctx.destination_label() {
        Some(to) => format!("{} to {}", file.display(), escape(&to)),
        None => file.display(),
    };
    match skipped.sent_as.as_deref().filter(|earlier| *earlier != file.name) {
        Some(earlier) => ctx.output.status(&format!(
            "skipped {}: already sent as \"{}\" {}",
            shown,
            escape(earlier),
            skipped.sent_at
        )),
        None => ctx.output.status(&format!("skipped {shown}: already sent {}", skipped.sent_at)),
    }
    let sent_as = skipped.sent_as.clone().unwrap_or_else(|| file.name.clone());
    // The plain line pairs the id with the name the service holds it under.
    let mut record = Record::file(action, Status::Skipped, file)
        .fields(skipped.fields.clone())
        .field("sent_as", sent_as.as_str())
        .labelled(sent_as);
    if let Some(id) = &skipped.id {
        record = record.id(id);
    }
    record
}

/// The exit of a batch whose files were reported one by one: 0 if all went well, the
/// shared class if all failed alike, 3 if some succeeded, 1 otherwise.
pub fn batch_result<O>(outcomes: &[Outcome<O>]) -> Result<()> {
    let failed: Vec<&Failure> = outcomes.iter().filter_map(|o| o.result.as_ref().err()).collect();
    if failed.is_empty() {
        return Ok(());
    }
    let class = if failed.len() < outcomes.len() {
        ExitClass::Partial
    } else if failed.iter().all(|f| f.class == failed[0].class) {
        failed[0].class
    } else {
        ExitClass::Failure
    };
    Err(Failure::reported(class))
}

/// On a signal (`code` is the exit code it means): clear the progress, give every file of the
/// running batch that has no record yet its record, and say how far the batch got.
pub fn report_interrupted(output: &Output, code: u8) {
    output.stop_progress();
    let tracker = BATCH.lock().unwrap_or_else(|e| e.into_inner()).take();
    let Some(mut tracker) = tracker else {
        output.error(&Failure::interrupted());
        return;
    };
    let total = tracker.progress.len();
    let (mut finished, mut cut, mut waiting) = (0, Vec::new(), 0);
    let mut held = std::mem::take(&mut tracker.held);
    for (index, progress) in std::mem::take(&mut tracker.progress).into_iter().enumerate() {
        let (status, why) = match progress {
            Progress::Reported => {
                finished += 1;
                continue;
            }
            Progress::Finished => {
                // Done, and waiting for an earlier file to print first: its own record.
                finished += 1;
                if let Some(record) = held.remove(&index) {
                    record.print(output, tracker.service);
                }
                continue;
            }
            Progress::Sending => {
                let record = tracker.stub(Status::NotStarted, index);
                cut.push(record.display().to_string());
                (Status::Interrupted, "interrupted while sending; it may or may not have arrived")
            }
            Progress::Waiting => {
                waiting += 1;
                (Status::NotStarted, "not sent: the run was interrupted first")
            }
        };
        let record = tracker.stub(Status::NotStarted, index);
        let mut record = record.failed(status, Failure::new(ExitClass::Interrupted, why)).summed_up();
        record.exit_code = Some(code);
        record.print(output, tracker.service);
    }
    let on_the_way = if cut.is_empty() {
        String::new()
    } else {
        format!("; on their way (they may or may not have arrived): {}", cut.join(", "))
    };
    output.error(&Failure::new(
        ExitClass::Interrupted,
        format!("interrupted: {finished} of {} had finished, {waiting} not started{on_the_way}", count(total, "file")),
    ));
}

/// The rule for every destructive action (a delete): with `--yes` it goes ahead; on a terminal
/// the user is asked first (default no); without a terminal it is refused (exit 2). Call
/// [`may_destroy`] before any request, so a refusal costs nothing, and [`confirm_destroy`]
/// once the question can name what is about to go.
pub fn may_destroy(ctx: &Context, what: &str, yes: bool) -> Result<()> {
    if yes || ctx.prompter.can_prompt() {
        return Ok(());
    }
    Err(Failure::usage(format!(
        "not deleting {what}: deleting needs a confirmation and there is no terminal to ask on"
    ))
    .with_hint("pass --yes to delete without asking"))
}

/// Ask `question` unless `--yes` was given: true to go ahead. "No" is an answer, not a
/// failure: `what` is reported kept (a `kept` record; exit 0) and the caller stops.
pub fn confirm_destroy(ctx: &Context, question: &str, what: &str, yes: bool) -> Result<bool> {
    if yes || ctx.prompter.confirm(question, false, "pass --yes to delete without asking")? {
        return Ok(true);
    }
    let record =
        Record::action("delete", Status::Kept).plain(Plain::Status(format!("kept {what}: nothing was deleted")));
    ctx.report(&record);
    Ok(false)
}

/// How many items a list shows unless `--limit` or `--all` says otherwise, in every service.
pub const DEFAULT_PAGE: u32 = 20;

/// What a download is known as before it starts (from the service's metadata).
pub struct Known {
    pub name: String,
    pub size: Option<u64>,
}

/// Download one file of `api` by `id`: `open` starts the transfer (retried as a read); the name
/// is `known`'s, else the answer's Content-Disposition, else the id; the file is saved by the
/// `-o`/`--force` rules of [`download::save`], and one record is printed.
pub async fn download_one<F, Fut>(
    ctx: &Context,
    api: &dyn Renew,
    id: &str,
    output: Option<&Path>,
    force: bool,
    known: Option<Known>,
    open: F,
) -> Result<()>
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<reqwest::Response>>,
{
    download_as(ctx, api, "download", Map::new(), id, output, force, known, open).await
}

/// [`download_one`] for another action than a plain download (a picture, a preview): its
/// record names `action` and carries `fields` beside the core keys.
#[allow(clippy::too_many_arguments)]
pub async fn download_as<F, Fut>(
    ctx: &Context,
    api: &dyn Renew,
    action: &'static str,
    fields: Map<String, Value>,
    id: &str,
    output: Option<&Path>,
    force: bool,
    known: Option<Known>,
    open: F,
) -> Result<()>
where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<reqwest::Response>>,
{
    let destination = Destination::from_arg(output);
    let (saved, name) = ctx
        .call(api, Repeat::Safe, || async {
            let response = open().await?;
            let name = match &known {
                Some(k) if !k.name.is_empty() => k.name.clone(),
                _ => response
                    .headers()
                    .get(reqwest::header::CONTENT_DISPOSITION)
                    .and_then(|v| std::str::from_utf8(v.as_bytes()).ok())
                    .and_then(download::filename_from_disposition)
                    .unwrap_or_else(|| id.to_string()),
            };
            let len = response.content_length().or(known.as_ref().and_then(|k| k.size)).unwrap_or(0);
            // A size the service stated is what must arrive (a truncated body is not saved).
            let target = match known.as_ref().and_then(|k| k.size) {
                Some(size) => destination.path_for(&name).expecting(size),
                None => destination.path_for(&name),
            };
            let progress = BatchProgress::download(&ctx.output, &name, len);
            if matches!(destination, Destination::Stdout) {
                // The file itself goes to stdout: records go to stderr from now on.
                crate::output::claim_stdout();
            }
            let saved = download::save(response, &target, force, ctx.global.stall_timeout, progress).await?;
            Ok((saved, name))
        })
        .await?;
    if saved.reader_left {
        return Ok(());
    }
    let path = saved.path.display().to_string();
    let record = Record::action(action, Status::Done)
        .id(id)
        .name(name)
        .path(path.clone())
        .size(saved.size)
        .field("md5", saved.md5)
        .fields(fields)
        .plain(Plain::Custom(crate::text::escape(&path)));
    ctx.report(&record);
    Ok(())
}

/// Whether a call may be sent again once it may have reached the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    /// Reads, and writes whose repeat leaves the same result (a rename to the same name).
    Safe,
    /// Posts and deletes: a repeat could post twice, or answer "not found" for a success.
    Once,
}

impl Context {
    /// The name of the service this command acts on, as records carry it.
    pub fn service_name(&self) -> Option<&'static str> {
        self.acting().map(|s| s.name())
    }

    /// Print one result record (see [`Record::print`]), naming the destination in `send`.
    pub fn report(&self, record: &Record) {
        self.tagged(record.clone()).print(&self.output, self.service_name());
    }

    /// `record` with the destination it went to, when the command sends to several.
    pub fn tagged(&self, record: Record) -> Record {
        match self.destination_label() {
            Some(label) => record.destination(&label),
            None => record,
        }
    }

    /// Run one API call of `api` under the run's retry policy: temporary failures are retried
    /// (announced on stderr), a refused token is renewed once, and a call that may have landed
    /// is resent only when `repeat` allows it. Failures come back explained (see [`Context::explain`]).
    pub async fn call<T, F, Fut>(&self, api: &dyn Renew, repeat: Repeat, mut call: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T>>,
    {
        let hooks = Hooks { output: &self.output, api };
        retry::run(&self.retry_policy(), repeat == Repeat::Safe, &hooks, |_| call()).await.map_err(|f| self.explain(f))
    }

    /// Add what to do to a failure that says only what went wrong: the command's service's
    /// advice for the adapter's [`Problem`](crate::error::Problem) (`Service::hint`),
    /// else, for refused or missing credentials, the login command (with `--profile` when one
    /// is in use) and the env vars. The one place adapters' failures get chatdrop's words.
    pub fn explain(&self, failure: Failure) -> Failure {
        match self.acting() {
            Some(svc) => self.explain_for(svc, failure),
            None => failure,
        }
    }

    /// [`Context::explain`] for `svc`, for a command that acts on several (`auth status --check`).
    pub fn explain_for(&self, svc: ServiceKind, failure: Failure) -> Failure {
        // An unreachable server: which setting chose the address, even after the retries'
        // own hint (a timeout that was retried); once, however often the failure is explained.
        if let Some(advice) = self.unreachable_hint(svc, &failure) {
            return match failure.hint.clone() {
                Some(hint) if hint.contains(&advice) => failure,
                Some(hint) => failure.with_hint(format!("{advice}; {hint}")),
                None => failure.with_hint(advice),
            };
        }
        if failure.hint.is_some() {
            return failure;
        }
        let advice = failure.problem.and_then(|problem| super::of(svc)?.hint(&self.config, &problem));
        match advice {
            Some(hint) => failure.with_hint(hint),
            None if failure.class == ExitClass::Auth => {
                let hint = self.config.login_hint(svc);
                failure.with_hint(hint)
            }
            None => failure,
        }
    }
}

/// Retry hooks for commands: retries are announced on stderr; a refused token is renewed
/// through the adapter.
struct Hooks<'a> {
    output: &'a Output,
    api: &'a dyn Renew,
}

impl RetryHooks for Hooks<'_> {
    fn retrying(&self, failure: &Failure, delay: Duration) {
        self.output.status(&format!("{}; retrying in {}", failure.message, human_duration(delay)));
    }

    fn refresh(&self, generation: u64) -> BoxFuture<'_, Result<bool>> {
        self.api.renew(generation)
    }
}
