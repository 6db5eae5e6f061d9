//! `chatdrop pyrus upload|download` and `chatdrop login pyrus`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::json;

use super::auth::{Ask, ask};
use super::common::{Hooks, Outcome, Shown, batch_result, prepare_files, upload_all};
use crate::app::Context;
use crate::download::{self, Destination};
use crate::error::{Failure, Result};
use crate::journal::flow::{self as journal, Scope};
use crate::output::escape;
use crate::output::progress::BatchProgress;
use crate::services::pyrus::{Credentials, LIMITS, Pyrus, Session};
use crate::services::spec::ServiceKind;
use crate::upload::retry;

const SVC: ServiceKind = ServiceKind::Pyrus;

#[derive(Debug, Args)]
pub struct PyrusArgs {
    #[command(subcommand)]
    pub action: PyrusAction,
}

#[derive(Debug, Subcommand)]
pub enum PyrusAction {
    /// Upload files (one request each) and print their guids; with --task, attach them all
    /// to the task in one comment
    #[command(
        after_help = "Examples:\n  chatdrop pyrus upload report.pdf\n  chatdrop pyrus upload --task 1234 --comment \"Nightly build\" dist/*.zip\n  pg_dump db | chatdrop pyrus upload - --name db.sql --task 1234"
    )]
    Upload {
        /// Files to upload (`-` reads stdin)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<String>,
        /// Attach the uploaded files to this task (default: the profile's `task`)
        #[arg(long, value_name = "ID")]
        task: Option<i64>,
        /// Text of the comment that attaches the files
        #[arg(long, value_name = "TEXT", requires = "task")]
        comment: Option<String>,
        /// File name to send (for `-`, or a single file)
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
    /// Download a file by its guid or id, under the name Pyrus gives it
    Download {
        /// The file's guid or id
        id: String,
        /// Where to save: a directory, or a file path
        #[arg(short, long, value_name = "PATH|DIR")]
        output: Option<PathBuf>,
        /// Replace the file if it exists
        #[arg(long)]
        force: bool,
    },
}

pub async fn run(ctx: &Context, args: PyrusArgs) -> Result<()> {
    match args.action {
        PyrusAction::Upload { files, task, comment, name } => upload(ctx, files, task, comment, name).await,
        PyrusAction::Download { id, output, force } => download(ctx, id, output, force).await,
    }
}

/// The adapter, from a ready token or from login + security key.
fn adapter(ctx: &Context) -> Result<Pyrus> {
    let settings = ctx.settings(SVC);
    let http = ctx.http(&settings)?;
    let auth_url = ctx.base_url(&settings, "auth_url")?;
    let login = settings.resolved("login");
    let key = settings.get("security_key");
    let person_id = match settings.get("person_id") {
        Some(v) => {
            Some(v.parse::<i64>().map_err(|_| Failure::usage(format!("Pyrus person_id `{v}` is not a number")))?)
        }
        None => None,
    };
    // A token cached by `login` belongs to the stored login; a login from env must not use it.
    let token = settings.token("token", "login");
    let session = match token {
        Some(token) => {
            let api_url = match settings.get("api_url") {
                Some(_) => ctx.base_url(&settings, "api_url")?,
                None if login.is_some() && key.is_some() => String::new(),
                None => {
                    return Err(Failure::usage("a Pyrus token needs the API address it belongs to").with_hint(
                        "set CHATDROP_PYRUS_API_URL (e.g. https://api.pyrus.com/v4) beside CHATDROP_PYRUS_TOKEN",
                    ));
                }
            };
            let files_url = match settings.get("files_url") {
                Some(_) => Some(ctx.base_url(&settings, "files_url")?),
                None => None,
            };
            (!api_url.is_empty()).then_some(Session { token: token.value, api_url, files_url })
        }
        None => None,
    };
    let login = match (login, key) {
        (Some(l), Some(k)) => Some((l.value, k)),
        _ => None,
    };
    if session.is_none() && login.is_none() {
        return Err(ctx.config.missing_credentials(SVC));
    }
    // Cache new tokens only where the user chose to keep the login (not for env logins).
    let cache = ctx.config.token_cache(SVC, "security_key", ctx.output.clone());
    let on_session = Box::new(move |s: &Session| {
        cache.save(&[
            ("token", Some(s.token.clone())),
            ("api_url", Some(s.api_url.clone())),
            ("files_url", s.files_url.clone()),
        ])
    });
    Ok(Pyrus::new(http, Credentials { auth_url, login, person_id }, session, on_session))
}

async fn upload(
    ctx: &Context,
    files: Vec<String>,
    task: Option<i64>,
    comment: Option<String>,
    name: Option<String>,
) -> Result<()> {
    let task = match task {
        Some(t) => Some(t),
        None => match ctx.settings(SVC).get("task") {
            Some(t) => Some(t.parse::<i64>().map_err(|_| Failure::usage(format!("Pyrus task `{t}` is not a number")))?),
            None => None,
        },
    };
    let files = prepare_files(&files, name.as_deref(), LIMITS).await?;
    let pyrus = adapter(ctx)?;
    // journal (issue #15): the task is the target; with one, files count as sent once the comment lands.
    let scope = Scope::new(SVC, task.map(|t| format!("task:{t}"))).md5(true).deferred(task.is_some());
    let outcomes = upload_all(ctx, &scope, &pyrus, files, |file, up| Shown {
        line: format!("{}\t{}", escape(&up.guid), escape(&file.name)),
        fields: json!({ "guid": up.guid, "md5_hash": up.md5 }).as_object().cloned().unwrap_or_default(),
    })
    .await;
    let Some(task) = task else { return batch_result(&outcomes) };
    let guids: Vec<String> = outcomes.iter().filter_map(|o| o.result.as_ref().ok().map(|u| u.guid.clone())).collect();
    if guids.len() < outcomes.len() {
        let message = format!(
            "not attaching anything to task {task}: {} of {} uploads failed",
            outcomes.len() - guids.len(),
            outcomes.len()
        );
        ctx.output.error(&Failure::general(message.clone()));
        record_task(ctx, &scope, &outcomes, Err(&Failure::general(message)));
        return batch_result(&outcomes);
    }
    if guids.is_empty() {
        return Ok(()); // journal (issue #15): every file was skipped as already attached.
    }
    // A comment is a post: never sent twice, so only failures before it landed are retried.
    let done =
        retry::run(&ctx.retry_policy(), false, &Hooks::new(&ctx.output).refresh(|| Box::pin(pyrus.relogin())), |_| {
            pyrus.comment(task, comment.as_deref(), &guids)
        })
        .await
        .map_err(|f| f.context(format!("attaching {} files to task {task}", guids.len())));
    record_task(ctx, &scope, &outcomes, done.as_ref().map(|d| (d.task_id, d.comment_id)));
    let done = done?;
    ctx.output.result(
        &format!("comment {} on task {}: {} file(s) attached", done.comment_id, done.task_id, guids.len()),
        &json!({ "task_id": done.task_id, "comment_id": done.comment_id, "attachments": guids }),
    );
    Ok(())
}

/// journal (issue #15): with --task, each file's record follows the comment's fate: sent with
/// its guid and the comment, or failed / unknown (the comment's answer was lost).
fn record_task(
    ctx: &Context,
    scope: &Scope,
    outcomes: &[Outcome<crate::services::pyrus::Uploaded>],
    comment: std::result::Result<(i64, i64), &Failure>,
) {
    for o in outcomes.iter().filter(|o| !o.journaled) {
        let fp = o.fingerprint.clone();
        match (&o.result, comment) {
            (Ok(up), Ok((task_id, comment_id))) => {
                let ids = json!({ "guid": up.guid, "task_id": task_id, "comment_id": comment_id });
                journal::record(ctx, scope, &o.file, fp, Ok(ids.as_object().unwrap_or(&Default::default())));
            }
            (Ok(_), Err(f)) => journal::record(ctx, scope, &o.file, fp, Err((f, journal::is_unknown(f, false)))),
            (Err(f), _) => journal::record(ctx, scope, &o.file, fp, Err((f, false))),
        }
    }
}

async fn download(ctx: &Context, id: String, output: Option<PathBuf>, force: bool) -> Result<()> {
    let pyrus = adapter(ctx)?;
    let destination = Destination::from_arg(output.as_deref());
    let saved = retry::run(
        &ctx.retry_policy(),
        true,
        &Hooks::new(&ctx.output).refresh(|| Box::pin(pyrus.relogin())),
        |_| async {
            let response = pyrus.download(&id).await?;
            let name = response
                .headers()
                .get(reqwest::header::CONTENT_DISPOSITION)
                .and_then(|v| std::str::from_utf8(v.as_bytes()).ok())
                .and_then(download::filename_from_disposition)
                .unwrap_or_else(|| id.clone());
            let len = response.content_length().unwrap_or(0);
            let target = destination.path_for(&name);
            let progress = BatchProgress::download(&ctx.output, &name, len);
            let saved = download::save(response, &target, force, ctx.global.stall_timeout, progress).await?;
            Ok((saved, name))
        },
    )
    .await?;
    let (saved, name) = saved;
    let path = saved.path.display().to_string();
    ctx.output
        .result(&escape(&path), &json!({ "id": id, "path": path, "name": name, "size": saved.size, "md5": saved.md5 }));
    Ok(())
}

pub async fn login(ctx: &Context, args: crate::cli::LoginArgs) -> Result<()> {
    let settings = ctx.settings(SVC).flag("auth_url", args.url.clone());
    let http = ctx.http(&settings)?;
    let auth_url = ctx.base_url(&settings, "auth_url")?;
    let login = ask(ctx, SVC, "login", Ask::text("Pyrus login (email)").flag(args.login.clone()).flag_name("--login"))?;
    let key = ask(
        ctx,
        SVC,
        "security_key",
        Ask::secret("Security key (Pyrus: Settings > Security key)").stdin(args.with_token),
    )?;
    let person_id = settings.get("person_id").and_then(|p| p.parse().ok());
    let credentials = Credentials { auth_url: auth_url.clone(), login: Some((login.clone(), key.clone())), person_id };
    let session = Pyrus::authenticate(&http, &credentials).await?;
    let default_auth = SVC.key("auth_url").and_then(|k| k.default).unwrap_or_default();
    ctx.config.store(
        SVC,
        &[
            ("login", Some(login.clone())),
            ("security_key", Some(key)),
            ("auth_url", (auth_url != default_auth).then_some(auth_url)),
            ("token", Some(session.token)),
            ("api_url", Some(session.api_url)),
            ("files_url", session.files_url),
        ],
    )?;
    super::auth::logged_in(ctx, SVC, &login);
    Ok(())
}
