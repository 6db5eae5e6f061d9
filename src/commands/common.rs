//! What every upload command does the same way: check all files before any request, upload
//! them `--jobs` at a time through the shared uploader, print one result per file as it
//! ends, and turn the batch into one exit code (0, 3 for partial, or the common class).

use std::sync::atomic::{AtomicUsize, Ordering};

use std::time::Duration;

use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use std::path::Path;

use serde_json::{Map, Value, json};

use crate::app::Context;
use crate::download::{self, Destination};
use crate::error::{ExitClass, Failure, Result};
use crate::journal::flow::{Attempt, Batch, Skipped};
use crate::output::Output;
use crate::output::escape;
use crate::output::progress::{BatchProgress, human_duration};
use crate::upload::retry::{self, Renew, RetryHooks};
use crate::upload::{self, Limits, LocalFile, Target};

static BATCH_TOTAL: AtomicUsize = AtomicUsize::new(0);
static BATCH_DONE: AtomicUsize = AtomicUsize::new(0);

/// Check every file argument; any problem stops the command before a single request.
pub async fn prepare_files(args: &[std::ffi::OsString], name: Option<&str>, limits: Limits) -> Result<Vec<LocalFile>> {
    if name.is_some() && args.len() > 1 {
        return Err(Failure::usage("--name applies to a single file (or `-` for stdin)"));
    }
    if args.iter().filter(|a| a.as_os_str() == "-").count() > 1 {
        return Err(Failure::usage("`-` (stdin) can be given only once"));
    }
    let mut files = Vec::with_capacity(args.len());
    for arg in args {
        files.push(LocalFile::prepare(arg, name, limits).await?);
    }
    Ok(files)
}

/// Refuse, before any request, a file that is not an image by its content (its first bytes);
/// `hint` says what the service takes instead.
pub fn require_images(files: &[LocalFile], hint: &str) -> Result<()> {
    for file in files {
        if crate::media::sniff_image(&file.head(64)?).is_none() {
            return Err(Failure::input(format!(
                "{} is not an image (its content is not JPEG, PNG, GIF, WebP or BMP)",
                file.display
            ))
            .with_hint(format!("nothing was sent; {hint}")));
        }
    }
    Ok(())
}

/// Start counting a batch of `count` files, so that an interrupt can say how far it got.
/// Every command that runs a batch calls this (upload_all does), then [`batch_file_done`].
pub fn batch_begin(count: usize) {
    BATCH_TOTAL.store(count, Ordering::Relaxed);
    BATCH_DONE.store(0, Ordering::Relaxed);
}

/// One more file of the batch has its result reported; returns how many have.
pub fn batch_file_done() -> usize {
    BATCH_DONE.fetch_add(1, Ordering::Relaxed) + 1
}

/// How one uploaded file is shown: a line for people, fields for `--json`.
pub struct Shown {
    pub line: String,
    pub fields: Map<String, Value>,
}

/// One file's outcome, in the order the files were given.
pub struct Outcome<O> {
    pub file: LocalFile,
    pub result: Result<O>,
}

/// Upload `files` to `target`, `--jobs` at a time, printing each result as it comes and
/// recording it in `journal` (which, with `--skip-sent`, leaves out what was already sent).
pub async fn upload_all<T: Target>(
    ctx: &Context,
    journal: &Batch,
    target: &T,
    files: Vec<LocalFile>,
    show: impl Fn(&LocalFile, &T::Output) -> Shown,
) -> Vec<Outcome<T::Output>> {
    upload_then(ctx, journal, target, files, Order::AsDone, |sent| std::future::ready(Ok(sent)), show).await
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
/// once its upload and every earlier file's step are done.
pub async fn upload_then<T, R, S, Fut>(
    ctx: &Context,
    journal: &Batch,
    target: &T,
    files: Vec<LocalFile>,
    order: Order,
    step: S,
    show: impl Fn(&LocalFile, &R) -> Shown,
) -> Vec<Outcome<R>>
where
    T: Target,
    S: Fn(T::Output) -> Fut,
    Fut: Future<Output = Result<R>>,
{
    let mut files = files;
    for file in &mut files {
        file.name = target.wire_name(&file.name);
    }
    // Journal hook (#15): --skip-sent reports what was already sent as skipped and holds back
    // what may have landed (a failure); the rest is sent, and each outcome recorded below.
    let split = journal.split(files, target.wants_md5()).await;
    let mut held = Vec::new();
    for (index, file, left_out) in split.left_out {
        match left_out {
            Ok(skipped) => report_skipped(&ctx.output, &file, &skipped),
            Err(failure) => {
                report_file_failure(&ctx.output, &file, &failure);
                held.push((index, Outcome { file, result: Err(failure) }));
            }
        }
    }
    let files = split.send;
    let total_bytes = files.iter().map(|(_, f, _)| f.len).sum();
    let count = files.len();
    batch_begin(count);
    let progress = BatchProgress::new(&ctx.output, count, total_bytes);
    let policy = ctx.retry_policy();
    let watch = ctx.watch();
    let (progress_ref, policy) = (&progress, &policy);
    let uploads = futures_util::stream::iter(files).map(|(index, file, known)| async move {
        let observer = progress_ref.file(&file.name, file.len);
        let hash = known.is_none() && journal.is_on();
        let (result, fingerprint) = upload::send_file(target, &file, policy, watch, observer, hash).await;
        (index, file, result, fingerprint.or(known))
    });
    let jobs = usize::from(ctx.global.jobs);
    let uploaded: futures_util::stream::LocalBoxStream<'_, _> = match order {
        Order::AsGiven => uploads.buffered(jobs).boxed_local(),
        Order::AsDone => uploads.buffer_unordered(jobs).boxed_local(),
    };
    let step = &step;
    let mut outcomes: Vec<(usize, Outcome<R>)> = uploaded
        .then(|(index, file, result, fingerprint)| async move {
            // A failure after a successful upload is the step's (a commit, which may have landed).
            let attempt = Attempt { fingerprint, in_step: result.is_ok() };
            let result = match result {
                Ok(sent) => step(sent).await,
                Err(failure) => Err(failure),
            };
            (index, Outcome { file, result: result.map_err(|f| ctx.explain(f)) }, attempt)
        })
        .map(|(index, outcome, attempt)| {
            // Journal hook (#15): the outcome, with the ids among the fields the result shows.
            if journal.is_on() {
                let fields = outcome.result.as_ref().map(|value| show(&outcome.file, value).fields);
                journal.record(&outcome.file, &attempt, fields.as_ref().map_err(|f| *f), target.resend_safe());
            }
            (index, outcome)
        })
        .inspect(|(_, outcome)| {
            progress.file_done(batch_file_done(), count);
            match &outcome.result {
                Ok(value) => {
                    let shown = show(&outcome.file, value);
                    ctx.output.result(&shown.line, &file_json(&outcome.file, Some(shown.fields), None));
                }
                Err(failure) => report_file_failure(&ctx.output, &outcome.file, failure),
            }
        })
        .collect()
        .await;
    progress.finish();
    outcomes.extend(held);
    outcomes.sort_by_key(|(i, _)| *i);
    outcomes.into_iter().map(|(_, o)| o).collect()
}

/// The NDJSON object of one file.
pub fn file_json(file: &LocalFile, fields: Option<Map<String, Value>>, failure: Option<&Failure>) -> Value {
    let mut obj = Map::new();
    obj.insert("path".into(), json!(file.arg));
    obj.insert("name".into(), json!(file.name));
    if file.lossy_name {
        // The local name is not UTF-8: the service got it with U+FFFD in place of the bytes.
        obj.insert(
            "name_converted".into(),
            json!("the file name is not UTF-8; it was sent with U+FFFD replacing the invalid bytes"),
        );
    }
    obj.insert("size".into(), json!(file.len));
    obj.insert("ok".into(), json!(failure.is_none()));
    if let Some(fields) = fields {
        obj.extend(fields);
    }
    if let Some(f) = failure {
        obj.insert("error".into(), json!(crate::output::redact::redact(&f.message)));
        if let Some(h) = &f.hint {
            obj.insert("hint".into(), json!(h));
        }
        obj.insert("exit_class".into(), json!(f.class));
        obj.insert("exit_code".into(), json!(f.class.code()));
    }
    Value::Object(obj)
}

/// A failed file: the error on stderr, and with `--json` its object on stdout too.
pub fn report_file_failure(output: &Output, file: &LocalFile, failure: &Failure) {
    output.error(&Failure { message: format!("{}: {}", file.display, failure.message), ..failure.clone() });
    if output.json {
        output.result("", &file_json(file, None, Some(failure)));
    }
}

/// A file `--skip-sent` left out as already sent: a result like a sent file's (`status`
/// `skipped`, the earlier ids, `sent_at`), and a status line saying so.
pub fn report_skipped(output: &Output, file: &LocalFile, skipped: &Skipped) {
    output.status(&format!("skipped {}: already sent {}", file.display, skipped.sent_at));
    let line = format!("{}\t{}", escape(&skipped.id), escape(&file.name));
    output.result(&line, &file_json(file, Some(skipped.fields.clone()), None));
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

/// On Ctrl-C: say how far the batch got (the finished files' results are already printed).
pub fn report_interrupted(output: &Output) {
    let total = BATCH_TOTAL.load(Ordering::Relaxed);
    if total > 0 {
        let done = BATCH_DONE.load(Ordering::Relaxed);
        output.error(&Failure::new(
            ExitClass::Interrupted,
            format!("interrupted after {done} of {total} files (their results are above); the others were not sent or are incomplete"),
        ));
    } else {
        output.error(&Failure::interrupted());
    }
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
            let saved = download::save(response, &target, force, ctx.global.stall_timeout, progress).await?;
            Ok((saved, name))
        })
        .await?;
    let path = saved.path.display().to_string();
    ctx.output
        .result(&escape(&path), &json!({ "id": id, "path": path, "name": name, "size": saved.size, "md5": saved.md5 }));
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

    /// Add what to do to a failure that says only what went wrong: refused or missing
    /// credentials get the login command (with `--profile` when one is in use) and the env vars.
    pub fn explain(&self, failure: Failure) -> Failure {
        match (failure.class, &failure.hint, self.service) {
            (ExitClass::Auth, None, Some(svc)) => {
                let hint = self.config.login_hint(svc);
                failure.with_hint(hint)
            }
            _ => failure,
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
