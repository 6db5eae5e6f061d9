//! `chatdrop ok moment` (one OK.ru Moment per image: upload link + upload through the shared
//! uploader, then exactly one commit) and `chatdrop login ok`.

use std::time::Duration;

use clap::{Args, Subcommand};
use futures_util::StreamExt;
use serde_json::{Map, Value, json};

use super::auth::{Ask, ask};
use super::common::{
    Hooks, Outcome, batch_begin, batch_file_done, batch_result, file_json, prepare_files, refuse_all,
    report_file_failure, skip_sent,
};
use crate::app::Context;
use crate::error::{Failure, Result};
use crate::journal::flow::{self as journal, Scope};
use crate::media::sniff_image;
use crate::output::escape;
use crate::output::progress::BatchProgress;
use crate::services::ok::{Committed, Credentials, LIMITS, OkRu, Photo, SigningSecret};
use crate::services::spec::ServiceKind;
use crate::upload::{self, LocalFile, retry};

const SVC: ServiceKind = ServiceKind::Ok;

/// The pause before retrying after FLOOD_BLOCKED / LIMIT_REACHED, in retry base delays
/// (10 × the default 500 ms = 5 s; OK.ru publishes no numbers).
const FLOOD_WAIT_FACTOR: u32 = 10;

#[derive(Debug, Args)]
pub struct OkArgs {
    #[command(subcommand)]
    pub action: OkAction,
}

#[derive(Debug, Subcommand)]
pub enum OkAction {
    /// Publish each image as a Moment (upload link, upload, commit) and print each moment
    #[command(
        long_about = "Publish each image as a Moment of the account the access token belongs to. \
                      Images upload --jobs at a time; the moments are published in the order given, \
                      each exactly once. Needs the PHOTO_CONTENT permission.",
        after_help = "Examples:\n  chatdrop ok moment photo.jpg\n  chatdrop ok moment --json shots/*.png\n  render-chart | chatdrop ok moment - --name chart.png"
    )]
    Moment {
        /// Images to publish (`-` reads one from stdin); checked to be images by content
        #[arg(required = true, value_name = "IMAGE")]
        images: Vec<String>,
        /// File name to send (for `-`, or a single image)
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
    },
}

pub async fn run(ctx: &Context, args: OkArgs) -> Result<()> {
    match args.action {
        OkAction::Moment { images, name } => moment(ctx, images, name).await,
    }
}

/// The adapter from settings (flags > env > files); the signing secret is the session
/// secret key if given, else the application secret key.
fn adapter(ctx: &Context, url: Option<String>) -> Result<OkRu> {
    let settings = ctx.settings(SVC).flag("url", url);
    let http = ctx.http(&settings)?;
    let url = ctx.base_url(&settings, "url")?;
    let application_key = settings.credential("application_key")?;
    let access_token = settings.credential("access_token")?;
    let secret = match (settings.get("session_secret_key"), settings.get("application_secret_key")) {
        (Some(session), _) => SigningSecret::Session(session),
        (None, Some(app)) => SigningSecret::Application(app),
        (None, None) => return Err(ctx.config.missing_credentials(SVC)),
    };
    let credentials = Credentials { url, application_key, access_token, secret };
    Ok(OkRu::new(http, credentials, flood_wait(ctx)))
}

fn flood_wait(ctx: &Context) -> Duration {
    ctx.retry_policy().base_delay.saturating_mul(FLOOD_WAIT_FACTOR)
}

/// Refuse anything that is not an image by its first bytes, before any request.
fn check_image(file: &LocalFile) -> Result<()> {
    let head = file.head(64)?;
    match sniff_image(&head) {
        Some(_) => Ok(()),
        None => Err(Failure::input(format!(
            "{} is not an image (its content is not JPEG, PNG, GIF, WebP or BMP)",
            file.display
        ))
        .with_hint("OK.ru Moments take images only; nothing was sent")),
    }
}

async fn moment(ctx: &Context, images: Vec<String>, name: Option<String>) -> Result<()> {
    let files = prepare_files(&images, name.as_deref(), LIMITS).await?;
    for file in &files {
        check_image(file)?;
    }
    let ok = adapter(ctx, None)?;
    // ---- journal hook (issue #15): OK.ru has no target; a moment counts once committed ----
    let scope = Scope::new(SVC, None);
    let (files, mut outcomes) = match skip_sent::<Committed>(ctx, &scope, files).await {
        Ok(split) => split,
        Err((failure, files)) => return batch_result(&refuse_all::<Committed>(ctx, failure, files)),
    };
    let (scope, fingerprint) = (&scope, ctx.journal.is_on());
    // ---- end of journal hook ----
    let count = files.len();
    batch_begin(count);
    let progress = BatchProgress::new(&ctx.output, count, files.iter().map(|(_, f, _)| f.len).sum());
    let policy = ctx.retry_policy();
    let watch = ctx.watch();
    let (ok, progress, policy) = (&ok, &progress, &policy);
    // Uploads run --jobs at a time; `buffered` hands them over in the order given, so the
    // moments are published in that order, one commit each.
    let published: Vec<(usize, Outcome<Committed>)> = futures_util::stream::iter(files)
        .map(|(index, file, known)| async move {
            let observer = progress.file(&file.name, file.len);
            let (uploaded, streamed) =
                upload::send_file_fingerprinted(ok, &file, policy, watch, observer, fingerprint).await;
            (index, file, uploaded, streamed.or(known))
        })
        .buffered(usize::from(ctx.global.jobs))
        .then(|(index, file, uploaded, fp)| async move {
            // A commit's lost answer is `unknown` in the journal: it may have been published.
            let (result, unknown) = match uploaded {
                Ok(photo) => match commit_once(ctx, ok, &photo).await {
                    Ok(c) => (Ok((photo, c)), false),
                    Err(f) => {
                        let unknown = journal::is_unknown(&f, false);
                        (Err(f), unknown)
                    }
                },
                Err(failure) => (Err(failure), false),
            };
            (index, file, result, fp, unknown)
        })
        .map(|(index, file, result, fp, unknown)| {
            // The shared counter, so that an interrupt reports how many moments are done.
            progress.file_done(batch_file_done(), count);
            match &result {
                Ok((photo, committed)) => {
                    let fields = show(ctx, &file, photo, committed);
                    journal::record(ctx, scope, &file, fp.clone(), Ok(&fields));
                }
                Err(failure) => {
                    report_file_failure(&ctx.output, &file, failure);
                    journal::record(ctx, scope, &file, fp.clone(), Err((failure, unknown)));
                }
            }
            (index, Outcome { file, result: result.map(|(_, c)| c), fingerprint: fp, journaled: true })
        })
        .collect()
        .await;
    progress.finish();
    outcomes.extend(published);
    outcomes.sort_by_key(|(i, _)| *i);
    let outcomes: Vec<Outcome<Committed>> = outcomes.into_iter().map(|(_, o)| o).collect();
    batch_result(&outcomes)
}

/// Publish one uploaded photo. A commit is a post: only failures that certainly did not land
/// (FLOOD_BLOCKED, connect errors) are retried, so no photo is ever committed twice.
async fn commit_once(ctx: &Context, ok: &OkRu, photo: &Photo) -> Result<Committed> {
    retry::run(&ctx.retry_policy(), false, &Hooks::new(&ctx.output), |_| ok.commit(photo))
        .await
        .map_err(|f| f.context(format!("publishing photo {} as a moment", photo.photo_id)))
}

fn show(ctx: &Context, file: &LocalFile, photo: &Photo, committed: &Committed) -> Map<String, Value> {
    let line = match &committed.moment_id {
        Some(id) => format!("moment {}\t{}", escape(id), escape(&file.name)),
        None => format!("photo {}\t{}", escape(&photo.photo_id), escape(&file.name)),
    };
    let mut fields = Map::new();
    fields.insert("photo_id".into(), json!(photo.photo_id));
    fields.insert("moment_id".into(), committed.moment_id.as_ref().map_or(Value::Null, |id| json!(id)));
    let mut answer = committed.answer.clone();
    crate::http::redact_json(&mut answer);
    fields.insert("result".into(), answer);
    ctx.output.result(&line, &file_json(file, Some(fields.clone()), None));
    fields
}

/// `chatdrop login ok`: application key, access token and a signing secret (the session
/// secret key when CHATDROP_OK_SESSION_SECRET_KEY is set, else the application secret key),
/// checked with users.getCurrentUser, then stored.
pub async fn login(ctx: &Context, args: crate::cli::LoginArgs) -> Result<()> {
    let application_key = ask(ctx, SVC, "application_key", Ask::text("OK.ru application key (public)"))?;
    let access_token = ask(
        ctx,
        SVC,
        "access_token",
        Ask::secret("Access token (with the PHOTO_CONTENT permission)").stdin(args.with_token),
    )?;
    let session_env = std::env::var(SVC.env_var("session_secret_key")).is_ok_and(|v| !v.trim().is_empty());
    let (secret_key, secret) = if session_env {
        let key = ask(ctx, SVC, "session_secret_key", Ask::secret("Session secret key"))?;
        ("session_secret_key", SigningSecret::Session(key))
    } else {
        let key = ask(ctx, SVC, "application_secret_key", Ask::secret("Application secret key"))?;
        ("application_secret_key", SigningSecret::Application(key))
    };
    let settings = ctx.settings(SVC).flag("url", args.url.clone());
    let http = ctx.http(&settings)?;
    let url = ctx.base_url(&settings, "url")?;
    let credentials = Credentials {
        url: url.clone(),
        application_key: application_key.clone(),
        access_token: access_token.clone(),
        secret: secret.clone(),
    };
    let user = OkRu::new(http, credentials, flood_wait(ctx))
        .current_user()
        .await
        .map_err(|f| f.context("checking the OK.ru credentials"))?;
    let (secret_value, other_key) = match secret {
        SigningSecret::Session(v) => (v, "application_secret_key"),
        SigningSecret::Application(v) => (v, "session_secret_key"),
    };
    let default_url = SVC.key("url").and_then(|k| k.default).unwrap_or_default();
    ctx.config.store(
        SVC,
        &[
            ("application_key", Some(application_key)),
            ("access_token", Some(access_token)),
            (secret_key, Some(secret_value)),
            // One signing secret only: a stale one of the other kind would take over.
            (other_key, None),
            ("url", (url != default_url).then_some(url)),
        ],
    )?;
    let who = if user.uid.is_empty() { user.name } else { format!("{} ({})", user.name, user.uid) };
    super::auth::logged_in(ctx, SVC, &who);
    Ok(())
}
