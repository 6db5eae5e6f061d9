//! What every upload command does the same way: check all files before any request, upload
//! them `--jobs` at a time through the shared uploader, print one result per file as it
//! ends, and turn the batch into one exit code (0, 3 for partial, or the common class).

use std::sync::atomic::{AtomicUsize, Ordering};

use std::time::Duration;

use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use serde_json::{Map, Value, json};

use crate::app::Context;
use crate::error::{ExitClass, Failure, Result};
use crate::journal::flow::{self as journal, Decision, Scope};
use crate::output::Output;
use crate::output::progress::{BatchProgress, human_duration};
use crate::upload::retry::RetryHooks;
use crate::upload::{self, Limits, LocalFile, Target};

static BATCH_TOTAL: AtomicUsize = AtomicUsize::new(0);
static BATCH_DONE: AtomicUsize = AtomicUsize::new(0);

/// Check every file argument; any problem stops the command before a single request.
pub async fn prepare_files(args: &[String], name: Option<&str>, limits: Limits) -> Result<Vec<LocalFile>> {
    if name.is_some() && args.len() > 1 {
        return Err(Failure::usage("--name applies to a single file (or `-` for stdin)"));
    }
    if args.iter().filter(|a| a.as_str() == "-").count() > 1 {
        return Err(Failure::usage("`-` (stdin) can be given only once"));
    }
    let mut files = Vec::with_capacity(args.len());
    for arg in args {
        files.push(LocalFile::prepare(arg, name, limits).await?);
    }
    Ok(files)
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
    /// The journal's fingerprint of the content (computed while it was sent, or before
    /// for --skip-sent); None when the journal is off or the body never went whole.
    pub fingerprint: Option<String>,
    /// Already in the journal (a file held back as `unknown`): the command records nothing more.
    pub journaled: bool,
}

/// Upload `files` to `target`, `--jobs` at a time, printing each result as it comes and
/// recording it in the journal under `scope` (unless the scope defers that to the command).
/// With --skip-sent, files already sent there are reported as skipped and left out of the
/// result; those held back as `unknown` come back as failures.
pub async fn upload_all<T: Target>(
    ctx: &Context,
    scope: &Scope,
    target: &T,
    files: Vec<LocalFile>,
    show: impl Fn(&LocalFile, &T::Output) -> Shown,
) -> Vec<Outcome<T::Output>> {
    // ---- journal hook (issue #15): --skip-sent decides before anything is sent ----
    let (files, mut outcomes) = match skip_sent(ctx, scope, files).await {
        Ok(split) => split,
        Err((failure, files)) => return refuse_all(ctx, failure, files),
    };
    let fingerprint = ctx.journal.is_on();
    let resend_safe = target.resend_safe();
    // ---- end of journal hook ----
    let total_bytes = files.iter().map(|(_, f, _)| f.len).sum();
    let count = files.len();
    batch_begin(count);
    let progress = BatchProgress::new(&ctx.output, count, total_bytes);
    let policy = ctx.retry_policy();
    let watch = ctx.watch();
    let output = &ctx.output;
    let sent: Vec<(usize, Outcome<T::Output>)> = futures_util::stream::iter(files)
        .map(|(index, file, known)| {
            let observer = progress.file(&file.name, file.len);
            let policy = &policy;
            async move {
                let (result, streamed) =
                    upload::send_file_fingerprinted(target, &file, policy, watch, observer, fingerprint).await;
                (index, Outcome { file, result, fingerprint: streamed.or(known), journaled: false })
            }
        })
        .buffer_unordered(usize::from(ctx.global.jobs))
        .inspect(|(_, outcome)| {
            progress.file_done(batch_file_done(), count);
            let (file, fp) = (&outcome.file, outcome.fingerprint.clone());
            match &outcome.result {
                Ok(value) => {
                    let shown = show(file, value);
                    output.result(&shown.line, &file_json(file, Some(shown.fields.clone()), None));
                    if !scope.deferred {
                        journal::record(ctx, scope, file, fp, Ok(&shown.fields));
                    }
                }
                Err(failure) => {
                    report_file_failure(output, file, failure);
                    if !scope.deferred {
                        journal::record(
                            ctx,
                            scope,
                            file,
                            fp,
                            Err((failure, journal::is_unknown(failure, resend_safe))),
                        );
                    }
                }
            }
        })
        .collect()
        .await;
    progress.finish();
    outcomes.extend(sent);
    outcomes.sort_by_key(|(i, _)| *i);
    outcomes.into_iter().map(|(_, o)| o).collect()
}

/// Files to send (index, file, fingerprint if hashed) and the outcomes already settled:
/// held-back `unknown` files as failures. Skipped files are reported here and dropped.
#[allow(clippy::type_complexity)]
pub async fn skip_sent<O>(
    ctx: &Context,
    scope: &Scope,
    files: Vec<LocalFile>,
) -> std::result::Result<(Vec<(usize, LocalFile, Option<String>)>, Vec<(usize, Outcome<O>)>), (Failure, Vec<LocalFile>)>
{
    let decisions = match journal::decide(ctx, scope, &files).await {
        Ok(d) => d,
        Err(f) => return Err((f, files)),
    };
    let mut send = Vec::with_capacity(files.len());
    let mut settled = Vec::new();
    for (index, (file, decision)) in files.into_iter().zip(decisions).enumerate() {
        match decision {
            Decision::Send { fingerprint } => send.push((index, file, fingerprint)),
            Decision::Skip { fingerprint, previous } => {
                journal::report_skipped(ctx, scope, &file, &fingerprint, &previous)
            }
            Decision::Hold { fingerprint, previous } => {
                let failure = journal::held(ctx, scope, &file, &fingerprint, &previous);
                report_file_failure(&ctx.output, &file, &failure);
                settled.push((
                    index,
                    Outcome { file, result: Err(failure), fingerprint: Some(fingerprint), journaled: true },
                ));
            }
        }
    }
    Ok((send, settled))
}

/// Nothing can be sent (e.g. --skip-sent without a readable journal): one error, every file failed.
pub fn refuse_all<O>(ctx: &Context, failure: Failure, files: Vec<LocalFile>) -> Vec<Outcome<O>> {
    ctx.output.error(&failure);
    let reported = Failure { reported: true, ..failure };
    files
        .into_iter()
        .map(|file| Outcome { file, result: Err(reported.clone()), fingerprint: None, journaled: false })
        .collect()
}

/// The NDJSON object of one file.
pub fn file_json(file: &LocalFile, fields: Option<Map<String, Value>>, failure: Option<&Failure>) -> Value {
    let mut obj = Map::new();
    obj.insert("path".into(), json!(file.arg));
    obj.insert("name".into(), json!(file.name));
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

/// Retry hooks for commands: retries are announced on stderr; a rejected token may be
/// refreshed through the adapter.
pub struct Hooks<'a> {
    output: &'a Output,
    refresh: Option<Box<dyn Fn() -> BoxFuture<'a, Result<bool>> + Send + Sync + 'a>>,
}

impl<'a> Hooks<'a> {
    pub fn new(output: &'a Output) -> Self {
        Hooks { output, refresh: None }
    }

    pub fn refresh(mut self, refresh: impl Fn() -> BoxFuture<'a, Result<bool>> + Send + Sync + 'a) -> Self {
        self.refresh = Some(Box::new(refresh));
        self
    }
}

impl RetryHooks for Hooks<'_> {
    fn retrying(&self, failure: &Failure, delay: Duration) {
        self.output.status(&format!("{}; retrying in {}", failure.message, human_duration(delay)));
    }

    fn refresh(&self) -> BoxFuture<'_, Result<bool>> {
        match &self.refresh {
            Some(refresh) => refresh(),
            None => Box::pin(async { Ok(false) }),
        }
    }
}
