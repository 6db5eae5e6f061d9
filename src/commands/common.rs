//! What every upload command does the same way: check all files before any request, upload
//! them `--jobs` at a time through the shared uploader, print one result per file as it
//! ends, and turn the batch into one exit code (0, 3 for partial, or the common class).

use std::sync::Mutex;
use std::time::Duration;

use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use std::path::Path;

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
use crate::upload::{self, Limits, LocalFile, Target};

/// What each file of a batch must be, beyond the service's size limit.
#[derive(Debug, Clone, Copy)]
pub enum Accept {
    /// Any file.
    AnyFile,
    /// Images only (by content, not by name); the text says what the service takes instead.
    Images(&'static str),
}

/// Check every file argument before a single request. A bad file does not stop the check:
/// every one is reported in one pass (a `refused` record each, with the others `not_started`),
/// and the batch is not started at all.
pub async fn prepare_files(
    ctx: &Context,
    action: &'static str,
    args: &[std::ffi::OsString],
    name: Option<&str>,
    limits: Limits,
    accept: Accept,
) -> Result<Vec<LocalFile>> {
    if name.is_some() && args.len() > 1 {
        return Err(Failure::usage("--name applies to a single file (or `-` for stdin)"));
    }
    if args.iter().filter(|a| a.as_os_str() == "-").count() > 1 {
        return Err(Failure::usage("`-` (stdin) can be given only once"));
    }
    let mut checked = Vec::with_capacity(args.len());
    for arg in args {
        let reading: std::sync::Arc<dyn crate::upload::progress::Progress> = if arg.as_os_str() == "-" {
            crate::output::progress::reading(&ctx.output, "stdin")
        } else {
            std::sync::Arc::new(crate::upload::progress::NoProgress)
        };
        let file = match LocalFile::prepare(arg, name, limits, reading.as_ref()).await {
            Ok(file) => match accept {
                Accept::Images(instead) => require_image(&file, instead).map(|()| file),
                Accept::AnyFile => Ok(file),
            },
            Err(failure) => Err(failure),
        };
        checked.push((arg, file));
    }
    let refused = checked.iter().filter(|(_, f)| f.is_err()).count();
    if refused == 0 {
        return Ok(checked.into_iter().filter_map(|(_, f)| f.ok()).collect());
    }
    let why = if refused == 1 {
        "1 file of the batch was refused, so none was sent".to_string()
    } else {
        format!("{refused} files of the batch were refused, so none was sent")
    };
    let mut classes = Vec::new();
    for (arg, file) in checked {
        let record = match file {
            Ok(file) => Record::file(action, Status::NotStarted, &file)
                .failed(
                    Status::NotStarted,
                    not_started(&why, ExitClass::Input).with_hint("fix the refused files and run the command again"),
                )
                .summed_up(),
            Err(failure) => {
                classes.push(failure.class);
                Record::argument(action, Status::Refused, &arg.to_string_lossy(), name).failed(Status::Refused, failure)
            }
        };
        ctx.report(&record);
    }
    let count = args.len();
    ctx.output.status(&format!(
        "nothing was sent: {refused} of {count} file{} refused (all of them are listed above)",
        if count == 1 { " was" } else { "s were" }
    ));
    // One usage error (stdin on a terminal) among input errors still means "fix the input".
    let class = if classes.iter().all(|c| *c == classes[0]) { classes[0] } else { ExitClass::Input };
    Err(Failure::reported(class))
}

/// Refuse, before any request, a file that is not an image by its content (its first bytes);
/// `instead` says what the service takes instead.
fn require_image(file: &LocalFile, instead: &str) -> Result<()> {
    if crate::media::sniff_image(&file.head(64)?).is_none() {
        return Err(Failure::input(format!(
            "{} is not an image (its content is not JPEG, PNG, GIF, WebP or BMP)",
            file.display
        ))
        .with_hint(format!("nothing was sent; {instead}")));
    }
    Ok(())
}

/// Where each file of the running batch is, so that an interrupt can give every file its
/// record: those on their way are `interrupted`, those still waiting `not_started`.
static BATCH: Mutex<Option<Tracker>> = Mutex::new(None);

struct Tracker {
    service: Option<&'static str>,
    /// (position in the batch, the file's record so far, where it is).
    files: Vec<(usize, Record, Progress)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Progress {
    Waiting,
    Sending,
    Reported,
}

fn track(update: impl FnOnce(&mut Tracker)) {
    if let Some(tracker) = BATCH.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        update(tracker);
    }
}

/// Start tracking a batch (upload_then does this); returns nothing, see [`report_interrupted`].
fn batch_begin<'a>(ctx: &Context, action: &'static str, files: impl Iterator<Item = (usize, &'a LocalFile)>) {
    let files = files.map(|(i, f)| (i, Record::file(action, Status::NotStarted, f), Progress::Waiting)).collect();
    *BATCH.lock().unwrap_or_else(|e| e.into_inner()) = Some(Tracker { service: ctx.service_name(), files });
}

fn batch_mark(index: usize, progress: Progress) {
    track(|t| {
        // The files are in batch order: a binary search, not a scan per file (100,000 files).
        if let Ok(at) = t.files.binary_search_by_key(&index, |(i, _, _)| *i) {
            t.files[at].2 = progress;
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

/// One file's outcome, in the order the files were given.
pub struct Outcome<O> {
    pub file: LocalFile,
    pub result: Result<O>,
}

/// Upload `files` to `target`, `--jobs` at a time, printing each file's record as it ends
/// and recording it in `journal` (which, with `--skip-sent`, leaves out what was already sent).
pub async fn upload_all<T: Target>(
    ctx: &Context,
    action: &'static str,
    journal: &Journal,
    target: &T,
    files: Vec<LocalFile>,
    show: impl Fn(&LocalFile, &T::Output) -> Record,
) -> Vec<Outcome<T::Output>> {
    upload_then(ctx, Batch::uploads(action), journal, target, files, |_, sent| std::future::ready(Ok(sent)), show).await
}

/// In which order finished uploads are handed to the step after them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// As each upload ends (results print as soon as they are known).
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
    files: Vec<LocalFile>,
    step: S,
    show: impl Fn(&LocalFile, &R) -> Record,
) -> Vec<Outcome<R>>
where
    T: Target,
    S: Fn(&LocalFile, T::Output) -> Fut,
    Fut: Future<Output = Result<R>>,
{
    let mut files = files;
    for file in &mut files {
        file.name = target.wire_name(&file.name);
    }
    // Journal hook (#15): --skip-sent reports what was already sent as skipped and holds back
    // what may have landed (a failure), each as it is decided; the rest is sent, and each
    // outcome recorded below.
    let mut held = Vec::new();
    let files = journal
        .split(files, target.wants_md5(), |index, file, left_out| match left_out {
            Ok(skipped) => report_skipped(ctx, batch.action, &file, &skipped),
            Err(failure) => {
                // An earlier attempt may have landed: not sent again without --resend-unknown.
                let record = Record::file(batch.action, Status::NotStarted, &file);
                ctx.report(&record.failed(Status::NotStarted, failure.clone()));
                held.push((index, Outcome { file, result: Err(failure) }));
            }
        })
        .await;
    let total_bytes = files.iter().map(|(_, f, _)| f.len).sum();
    let count = files.len();
    batch_begin(ctx, batch.action, files.iter().map(|(i, f, _)| (*i, f)));
    let progress = BatchProgress::new(&ctx.output, count, total_bytes);
    let policy = ctx.retry_policy();
    let watch = ctx.watch();
    let (progress_ref, policy) = (&progress, &policy);
    let uploads = futures_util::stream::iter(files).map(|(index, file, known)| async move {
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
            (index, action, Outcome { file, result: result.map_err(|f| ctx.explain(f)) }, attempt)
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
            if journal.is_on() {
                // The journal keeps the ids among the record's fields (`id`, `guid`, `*_id`).
                let fields = match record.to_json(ctx.service_name()) {
                    serde_json::Value::Object(fields) => fields,
                    _ => Map::new(),
                };
                let result = outcome.result.as_ref().map(|_| &fields);
                journal.record(&outcome.file, &attempt, result, target.resend_safe());
            }
            ctx.report(&record);
            batch_mark(index, Progress::Reported);
            (index, outcome)
        })
        .collect()
        .await;
    progress.finish();
    journal.finish();
    *BATCH.lock().unwrap_or_else(|e| e.into_inner()) = None;
    outcomes.extend(held);
    outcomes.sort_by_key(|(i, _)| *i);
    outcomes.into_iter().map(|(_, o)| o).collect()
}

/// A file `--skip-sent` left out as already sent: a record like a sent file's (`status`
/// `skipped`, the earlier ids, `sent_at`), and a status line saying so.
fn report_skipped(ctx: &Context, action: &'static str, file: &LocalFile, skipped: &Skipped) {
    ctx.output.status(&format!("skipped {}: already sent {}", file.display, skipped.sent_at));
    let mut record = Record::file(action, Status::Skipped, file).fields(skipped.fields.clone());
    if let Some(id) = &skipped.id {
        record = record.id(id);
    }
    ctx.report(&record);
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
    let Some(tracker) = tracker else {
        output.error(&Failure::interrupted());
        return;
    };
    let total = tracker.files.len();
    let (mut finished, mut cut, mut waiting) = (0, Vec::new(), 0);
    for (_, record, progress) in tracker.files {
        let (status, why) = match progress {
            Progress::Reported => {
                finished += 1;
                continue;
            }
            Progress::Sending => {
                cut.push(record.display().to_string());
                (Status::Interrupted, "interrupted while sending; it may or may not have arrived")
            }
            Progress::Waiting => {
                waiting += 1;
                (Status::NotStarted, "not sent: the run was interrupted first")
            }
        };
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
        format!("interrupted: {finished} of {total} files had finished, {waiting} not started{on_the_way}"),
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

/// Ask `question` unless `--yes` was given; "no" is a failure (exit 1) saying `what` was kept.
pub fn confirm_destroy(ctx: &Context, question: &str, what: &str, yes: bool) -> Result<()> {
    if yes || ctx.prompter.confirm(question, false, "pass --yes to delete without asking")? {
        Ok(())
    } else {
        Err(Failure::new(ExitClass::Failure, format!("{what} was not deleted")))
    }
}

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
        self.service.map(|s| s.name())
    }

    /// Print one result record (see [`Record::print`]).
    pub fn report(&self, record: &Record) {
        record.print(&self.output, self.service_name());
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
    /// advice for the adapter's [`Problem`](crate::error::Problem) (`ServiceCommands::hint`),
    /// else, for refused or missing credentials, the login command (with `--profile` when one
    /// is in use) and the env vars. The one place adapters' failures get chatdrop's words.
    pub fn explain(&self, failure: Failure) -> Failure {
        match self.service {
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
        let advice = failure.problem.and_then(|problem| (super::of(svc)?.hint)(&self.config, &problem));
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
