//! `chatdrop ok moment` (one OK.ru Moment per image: upload link + upload through the shared
//! uploader, then exactly one commit) and `chatdrop login ok`. Not the kit's `Bearer`: three keys
//! and a signing secret.

use std::time::Duration;

use serde_json::Value;

use super::common::{Batch, Order};
use super::kit::prelude::*;
use crate::cli::ok::{OkAction, OkArgs};
use crate::services::ok::{Committed, Credentials, LIMITS, OkRu, Photo, SigningSecret, keys};

const SVC: ServiceKind = crate::services::ok::KIND;

/// The pause before retrying after FLOOD_BLOCKED / LIMIT_REACHED, in retry base delays
/// (10 × the default 500 ms = 5 s; OK.ru publishes no numbers).
const FLOOD_WAIT_FACTOR: u32 = 10;

/// This service in the command layer's registry (`commands::SERVICES`).
pub struct Commands;

impl super::Service for Commands {
    type Args = OkArgs;

    async fn run(ctx: &Context, args: OkArgs) -> Result<()> {
        match args.action {
            OkAction::Moment { images, name, journal } => moment(ctx, images, name, journal).await,
        }
    }

    /// `chatdrop login ok`: application key, access token and a signing secret (the session
    /// secret key when CHATDROP_OK_SESSION_SECRET_KEY is set, else the application secret key),
    /// checked with users.getCurrentUser, then stored.
    async fn login(ctx: &Context, args: LoginArgs) -> Result<()> {
        let application_key = ask(ctx, &args, keys::APPLICATION_KEY, Ask::text("OK.ru application key (public)"))?;
        let access_token = Ask::secret("Access token (with the PHOTO_CONTENT permission)");
        let access_token = ask_secret(ctx, &args, keys::ACCESS_TOKEN, access_token)?;
        let session_env = crate::env::is_set(&SVC.env_var(keys::SESSION_SECRET_KEY));
        let (secret_key, other_key, secret) = if session_env {
            let key = ask_secret(ctx, &args, keys::SESSION_SECRET_KEY, Ask::secret("Session secret key"))?;
            (keys::SESSION_SECRET_KEY, keys::APPLICATION_SECRET_KEY, SigningSecret::Session(key))
        } else {
            let key = ask_secret(ctx, &args, keys::APPLICATION_SECRET_KEY, Ask::secret("Application secret key"))?;
            (keys::APPLICATION_SECRET_KEY, keys::SESSION_SECRET_KEY, SigningSecret::Application(key))
        };
        let settings = args.apply(ctx.settings(SVC));
        let http = ctx.http(&settings)?;
        let url = ctx.base_url(&settings, keys::URL)?;
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
        let (SigningSecret::Session(secret_value) | SigningSecret::Application(secret_value)) = secret;
        super::auth::store(
            ctx,
            &args,
            &[
                (keys::APPLICATION_KEY, Some(application_key.into())),
                (keys::ACCESS_TOKEN, Some(access_token.into())),
                (secret_key, Some(secret_value.into())),
                // One signing secret only: a stale one of the other kind would take over.
                (other_key, None),
                (keys::URL, Stored::unless_default(keys::URL, url)),
            ],
        )?;
        let who = if user.uid.is_empty() { user.name } else { format!("{} ({})", user.name, user.uid) };
        super::auth::logged_in(ctx, &args, &who);
        Ok(())
    }

    fn destination(ctx: &Context, to: &To) -> Result<Box<dyn Destination>> {
        to.no_target()?;
        let rules = (LIMITS, IMAGES);
        Ok(Box::new(super::kit::Ready {
            kind: SVC,
            rules,
            api: adapter(ctx)?,
            target: (),
            place: None,
            send: publish_to,
        }))
    }

    async fn check(ctx: &Context) -> Result<bool> {
        let api = adapter(ctx)?;
        ctx.call(&api, Repeat::Safe, || api.current_user()).await.map(|_| true)
    }

    /// What to do about what OK.ru reported, in chatdrop's words: every case is a credential, so
    /// each ends with the login command of the profile in use (or the variables).
    fn hint(config: &Config, problem: &Problem) -> Option<String> {
        let login = config.login_command(SVC);
        // Variables that set the credentials win over a login: then the advice is about them.
        let relogin = if config.env_credentials(SVC).is_empty() {
            format!(
                "run `{login}`, or set {} and {} (or {})",
                SVC.env_var(keys::ACCESS_TOKEN),
                SVC.env_var(keys::APPLICATION_SECRET_KEY),
                SVC.env_var(keys::SESSION_SECRET_KEY)
            )
        } else {
            config.login_hint(SVC)
        };
        Some(match problem {
            Problem::CredentialsMismatch => format!(
                "the {} (or {}) does not belong to this {} and {}; check it, or {relogin}",
                keys::APPLICATION_SECRET_KEY,
                keys::SESSION_SECRET_KEY,
                keys::APPLICATION_KEY,
                keys::ACCESS_TOKEN
            ),
            Problem::TokenRejected => format!("get a new access token for the application, then {relogin}"),
            Problem::UnknownApplication => format!(
                "use the application's public key (OK.ru application settings), e.g. via `{login}` or {}",
                SVC.env_var(keys::APPLICATION_KEY)
            ),
            Problem::NeedsPermission(permission) => format!(
                "grant the application the {permission} permission (and ask the user for it), get a new access token, then run `{login}`"
            ),
            _ => return None,
        })
    }
}

/// The adapter from settings (flags > env > files); the signing secret is the session
/// secret key if given, else the application secret key.
fn adapter(ctx: &Context) -> Result<OkRu> {
    let settings = ctx.settings(SVC);
    let http = ctx.http(&settings)?;
    let url = ctx.base_url(&settings, keys::URL)?;
    let application_key = settings.identity(keys::APPLICATION_KEY)?;
    let access_token = settings.credential(keys::ACCESS_TOKEN)?;
    let secret = match (settings.secret(keys::SESSION_SECRET_KEY), settings.secret(keys::APPLICATION_SECRET_KEY)) {
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

async fn moment(ctx: &Context, images: crate::cli::FileList, name: Option<String>, journal: JournalArgs) -> Result<()> {
    let files = prepare_files(ctx, "upload", images, name.as_deref(), LIMITS, IMAGES).await?;
    let ok = adapter(ctx)?;
    // One account, no target; a moment counts as sent once committed (the step).
    let journal = Journal::new(ctx, &journal, SVC, None)?;
    batch_result(&publish(ctx, &ok, &journal, files).await)
}

/// The images only: what a `send` destination refuses before anything is sent anywhere.
const IMAGES: Accept = Accept::Images("OK.ru Moments take images only");

/// The upload half of `moment` (and of a `send` destination).
async fn publish(ctx: &Context, ok: &OkRu, journal: &Journal, files: Files) -> Vec<Outcome<(Photo, Committed)>> {
    // Uploads run --jobs at a time; the commits follow in the order given, so the moments
    // are published in that order, one commit each. Each file has two records: its upload
    // (the photo) and its commit (the moment), the follow-up.
    let batch = Batch { action: "upload", order: Order::AsGiven, step_action: "commit" };
    upload_then(
        ctx,
        batch,
        journal,
        ok,
        files,
        |file: &LocalFile, photo: Photo| {
            ctx.report(&uploaded(file, &photo));
            async move {
                let committed = commit_once(ctx, ok, &photo).await?;
                Ok((photo, committed))
            }
        },
        |file, (photo, committed)| published(file, photo, committed),
    )
    .await
}

/// `send --to ok`: [`publish`] into the account's Moments (no target), for [`kit::Ready`].
fn publish_to<'a>(
    ctx: &'a Context,
    api: &'a OkRu,
    _: &'a (),
    journal: Journal,
    files: Files,
) -> Sending<'a, (Photo, Committed)> {
    Box::pin(async move { publish(ctx, api, &journal, files).await })
}

/// Publish one uploaded photo. A commit is a post: only failures that certainly did not land
/// (FLOOD_BLOCKED, connect errors) are retried, so no photo is ever committed twice.
async fn commit_once(ctx: &Context, ok: &OkRu, photo: &Photo) -> Result<Committed> {
    ctx.call(ok, Repeat::Once, || ok.commit(photo))
        .await
        .map_err(|f| f.context(format!("publishing photo {} as a moment", photo.photo_id)))
}

/// The upload's record: the photo exists, not yet a moment (stderr only without --json, so
/// stdout keeps one line per published image).
fn uploaded(file: &LocalFile, photo: &Photo) -> Record {
    let line = format!("uploaded {} as photo {}", escape(&file.name), escape(&photo.photo_id));
    Record::file("upload", Status::Sent, file)
        .id(&photo.photo_id)
        .field("photo_id", photo.photo_id.as_str())
        .plain(Plain::Status(line))
}

/// The commit's record: the moment, by its id when OK.ru answers one, else by the id the
/// answer gives the published photo, else by the uploaded photo's.
fn published(file: &LocalFile, photo: &Photo, committed: &Committed) -> Record {
    let mut answer = committed.answer.clone();
    crate::http::redact_json(&mut answer);
    let id = committed.moment_id.clone().or_else(|| committed.assigned_photo_id.clone());
    let text = |v: &Option<String>| v.as_ref().map_or(Value::Null, |id| Value::from(id.as_str()));
    Record::file("commit", Status::Done, file)
        .id(id.unwrap_or_else(|| photo.photo_id.clone()))
        .field("photo_id", photo.photo_id.as_str())
        .field("moment_id", text(&committed.moment_id))
        .field("assigned_photo_id", text(&committed.assigned_photo_id))
        .field("result", answer)
}
