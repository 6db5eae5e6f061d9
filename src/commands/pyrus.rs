//! `chatdrop pyrus upload|download` and `chatdrop login pyrus`. Not the kit's `Bearer`: a login
//! and a security key buy a token that renews, and the adapter is built from either.

use std::path::PathBuf;
use std::sync::Arc;

use super::common::count;
use super::kit::prelude::*;
use crate::cli::pyrus::{OnTask, PyrusAction, PyrusArgs};
use crate::services::pyrus::{Credentials, LIMITS, Pyrus, Session, keys};

const SVC: ServiceKind = crate::services::pyrus::KIND;

/// This service in the command layer's registry (`commands::SERVICES`).
pub struct Commands;

impl super::Service for Commands {
    type Args = PyrusArgs;

    async fn run(ctx: &Context, args: PyrusArgs) -> Result<()> {
        match args.action {
            PyrusAction::Upload(args) => upload(ctx, args).await,
            PyrusAction::Download { id, save } => download(ctx, id, save.output, save.force).await,
        }
    }

    async fn login(ctx: &Context, args: LoginArgs) -> Result<()> {
        let settings = args.apply(ctx.settings(SVC));
        let http = ctx.http(&settings)?;
        let auth_url = ctx.base_url(&settings, keys::AUTH_URL)?;
        let login = ask(ctx, &args, keys::LOGIN, Ask::text("Pyrus login (email)"))?;
        let key =
            ask_secret(ctx, &args, keys::SECURITY_KEY, Ask::secret("Security key (Pyrus: Settings > Security key)"))?;
        let person_id = settings.get(keys::PERSON_ID).and_then(|p| p.parse().ok());
        let credentials =
            Credentials { auth_url: auth_url.clone(), login: Some((login.clone(), key.clone())), person_id };
        let session = Pyrus::authenticate(&http, &credentials).await?;
        super::auth::store(
            ctx,
            &args,
            &[
                (keys::LOGIN, Some(login.clone().into())),
                (keys::SECURITY_KEY, Some(key.into())),
                (keys::AUTH_URL, Stored::unless_default(keys::AUTH_URL, auth_url)),
                (keys::TOKEN, Some(session.token.into())),
                (keys::API_URL, Some(session.api_url.into())),
                (keys::FILES_URL, session.files_url.map(Into::into)),
            ],
        )?;
        super::auth::logged_in(ctx, &args, &login);
        Ok(())
    }

    fn destination(ctx: &Context, to: &To) -> Result<Box<dyn Destination>> {
        destination(ctx, to)
    }

    async fn check(ctx: &Context) -> Result<bool> {
        let api = adapter(ctx)?;
        ctx.call(&api, Repeat::Safe, || api.check()).await
    }

    /// What to do about what Pyrus reported, in chatdrop's words (the other failures say it in
    /// the service's own terms; a refused token gets the login hint).
    fn hint(config: &Config, problem: &Problem) -> Option<String> {
        match problem {
            Problem::WrongServerUrl => Some(format!(
                "check the Pyrus address: {} ({}) is where the login goes, and {} ({}) the API the token is used with; run `{}` again after fixing it",
                keys::AUTH_URL,
                SVC.env_var(keys::AUTH_URL),
                keys::API_URL,
                SVC.env_var(keys::API_URL),
                config.login_command(SVC)
            )),
            _ => None,
        }
    }
}

/// The adapter, from a ready token or from login + security key.
fn adapter(ctx: &Context) -> Result<Pyrus> {
    let settings = ctx.settings(SVC);
    let http = ctx.http(&settings)?;
    let auth_url = ctx.base_url(&settings, keys::AUTH_URL)?;
    let login = settings.resolved(keys::LOGIN);
    let key = settings.secret(keys::SECURITY_KEY);
    let person_id = settings.number(keys::PERSON_ID)?;
    // A token cached by `login` belongs to the stored login; a login from env must not use it.
    let token = settings.token(keys::TOKEN, keys::LOGIN);
    let session = match token {
        Some(token) => {
            let api_url = match settings.get(keys::API_URL) {
                Some(_) => ctx.base_url(&settings, keys::API_URL)?,
                None if login.is_some() && key.is_some() => String::new(),
                None => {
                    return Err(Failure::usage("a Pyrus token needs the API address it belongs to").with_hint(
                        format!(
                            "set {} (e.g. https://api.pyrus.com/v4) beside {}",
                            SVC.env_var(keys::API_URL),
                            SVC.env_var(keys::TOKEN)
                        ),
                    ));
                }
            };
            let files_url =
                settings.get(keys::FILES_URL).map(|_| ctx.base_url(&settings, keys::FILES_URL)).transpose()?;
            (!api_url.is_empty()).then_some(Session { token, api_url, files_url })
        }
        None => None,
    };
    let login = match (login, key) {
        (Some(l), Some(k)) => Some((l.value, k)),
        _ => None,
    };
    // An earlier chatdrop cached the cloud API for a self-hosted server whose auth answer named
    // none: that token must not go to the cloud. A fresh login derives the right address.
    let session = session.filter(|s| login.is_none() || !crate::services::pyrus::misdirected(s, &auth_url));
    if session.is_none() && login.is_none() {
        return Err(ctx.config.missing_credentials(SVC));
    }
    // Cache new tokens only where the user chose to keep the login (not for env logins).
    let cache = ctx.config.token_cache(SVC, keys::SECURITY_KEY, ctx.output.clone());
    let saver = Arc::new(move |s: &Session| {
        cache.save(&[
            (keys::TOKEN, Some(s.token.clone().into())),
            (keys::API_URL, Some(s.api_url.clone().into())),
            (keys::FILES_URL, s.files_url.clone().map(Into::into)),
        ])
    });
    Ok(Pyrus::new(http, Credentials { auth_url, login, person_id }, session, saver))
}

async fn upload(ctx: &Context, args: UploadArgs<OnTask>) -> Result<()> {
    let UploadArgs { files, to: OnTask { task, comment }, name, journal } = args;
    let task = match task {
        Some(t) => Some(t),
        None => ctx.settings(SVC).number(keys::TASK)?,
    };
    if comment.is_some() && task.is_none() {
        return Err(Failure::usage("--comment is the text of the comment on a task, but no task is set").with_hint(
            format!("pass --task ID, or set `{}` in the profile ({})", keys::TASK, SVC.env_var(keys::TASK)),
        ));
    }
    let files = prepare_files(ctx, "upload", files, name.as_deref(), LIMITS, Accept::AnyFile).await?;
    let pyrus = adapter(ctx)?;
    // A missing task is said before anything is uploaded: no file left behind unattached.
    if let Some(task) = task {
        ctx.call(&pyrus, Repeat::Safe, || pyrus.task(task))
            .await
            .map_err(|f| f.context(format!("checking task {task}")))?;
    }
    // The task is the journal's target; with one, a file counts as sent once the comment that
    // attaches it lands, so its record waits for the comment (`settle`).
    let journal =
        Journal::new(ctx, &journal, SVC, task.map(|t| Place::new("task", &t.to_string())))?.deferred(task.is_some());
    let (outcomes, comment) = deliver(ctx, &pyrus, task, comment.as_deref(), &journal, files).await;
    comment?;
    batch_result(&outcomes)
}

/// The upload half of `upload` (and of a `send` destination): the files, then with a task the
/// comment that attaches them; the comment's failure (already reported) comes back beside.
async fn deliver(
    ctx: &Context,
    pyrus: &Pyrus,
    task: Option<i64>,
    comment: Option<&str>,
    journal: &Journal,
    files: Files,
) -> (Vec<Outcome<crate::services::pyrus::Uploaded>>, Result<()>) {
    let outcomes = upload_all(ctx, "upload", journal, pyrus, files, |file, up| {
        Record::file("upload", Status::Sent, file)
            .id(&up.guid)
            .field("guid", up.guid.as_str())
            .field("md5_hash", up.md5.as_str())
    })
    .await;
    let Some(task) = task else { return (outcomes, Ok(())) };
    let guids: Vec<String> = outcomes.iter().filter_map(|o| o.result.as_ref().ok().map(|u| u.guid.clone())).collect();
    let comment_record =
        || Record::action("comment", Status::Done).field("task_id", task).field("attachments", guids.clone());
    if guids.len() < outcomes.len() {
        let why = format!(
            "not attaching anything to task {task}: {} of {} uploads failed",
            outcomes.len() - guids.len(),
            outcomes.len()
        );
        let hint = "the files that did upload are not attached; fix the failures and run the command again";
        let failure = Failure::general(why).with_hint(hint);
        journal.settle(Err(&failure));
        ctx.report(&comment_record().failed(Status::NotStarted, failure));
        return (outcomes, Ok(()));
    }
    if guids.is_empty() {
        return (outcomes, Ok(())); // --skip-sent left every file out: they are in the task already.
    }
    // A comment is a post: never sent twice, so only failures before it landed are retried.
    let done = ctx
        .call(pyrus, Repeat::Once, || pyrus.comment(task, comment, &guids))
        .await
        .map_err(|f| f.context(format!("attaching {} to task {task}", count(guids.len(), "file"))));
    let ids = done.as_ref().map(|d| {
        serde_json::Map::from_iter([
            ("task_id".into(), serde_json::Value::from(d.task_id)),
            ("comment_id".into(), serde_json::Value::from(d.comment_id)),
        ])
    });
    journal.settle(ids.as_ref().map_err(|f| *f));
    match done {
        Ok(done) => {
            let line = format!(
                "comment {} on task {}: {} attached",
                done.comment_id,
                done.task_id,
                count(guids.len(), "file")
            );
            ctx.report(
                &comment_record()
                    .id(done.comment_id.to_string())
                    .field("comment_id", done.comment_id)
                    .plain(Plain::Status(line)),
            );
            (outcomes, Ok(()))
        }
        Err(failure) => {
            ctx.report(&comment_record().failed(Status::Failed, failure.clone()));
            // Every file is in the task only with the comment: none of them arrived.
            let outcomes = outcomes
                .into_iter()
                .map(|o| super::common::Outcome { result: Err(Failure::reported(failure.class)), ..o })
                .collect();
            (outcomes, Err(Failure::reported(failure.class)))
        }
    }
}

/// `send --to pyrus[:TASK]`: the files, attached to a task (`task=` also; else the profile's)
/// by one comment, or uploaded only when no task is set; for [`super::kit::Ready`].
fn deliver_to<'a>(
    cx: &'a Context,
    p: &'a Pyrus,
    task: &'a Option<i64>,
    j: Journal,
    f: Files,
) -> Sending<'a, crate::services::pyrus::Uploaded> {
    let j = j.deferred(task.is_some());
    Box::pin(async move { deliver(cx, p, *task, None, &j, f).await.0 })
}

fn destination(ctx: &Context, to: &To) -> Result<Box<dyn Destination>> {
    let task = match to.pick(&["task"]) {
        Some((_, value)) => Some(value.trim().parse::<i64>().ok().filter(|t| *t > 0).ok_or_else(|| {
            Failure::usage(format!("`{}`: a Pyrus task is a number", crate::text::escape(&to.label)))
                .with_hint("write it as pyrus:1234 or pyrus:task=1234")
        })?),
        None => ctx.settings(SVC).number(keys::TASK)?,
    };
    let (rules, place) = ((LIMITS, Accept::AnyFile), task.map(|t| Place::new("task", &t.to_string())));
    Ok(Box::new(super::kit::Ready { kind: SVC, rules, api: adapter(ctx)?, target: task, place, send: deliver_to }))
}

async fn download(ctx: &Context, id: String, output: Option<PathBuf>, force: bool) -> Result<()> {
    // A number, or a guid as the upload answers: checked before any request.
    crate::ids::number_or_guid("Pyrus", "file", "0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a", &id)?;
    let pyrus = adapter(ctx)?;
    download_one(ctx, &pyrus, &id, output.as_deref(), force, None, || pyrus.download(&id)).await
}
