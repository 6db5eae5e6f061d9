//! `chatdrop connect send-image|send-file` (1C-Connect group chats and support lines) and
//! `chatdrop login connect`.

use clap::{Args, Subcommand};
use serde_json::json;

use super::auth::{Ask, ask};
use super::common::{Repeat, Shown, batch_result, prepare_files, require_images, upload_all};
use crate::app::Context;
use crate::cli::JournalArgs;
use crate::config::ServiceSettings;
use crate::error::{ExitClass, Failure, Result};
use crate::journal::flow::Batch;
use crate::output::escape;
use crate::services::connect::{Connect, ConnectUpload, Credentials, Kind, LIMITS, Recipient, Sent};
use crate::services::is_uuid;
use crate::services::spec::ServiceKind;

const SVC: ServiceKind = crate::services::connect::KIND;

#[derive(Debug, Args)]
pub struct ConnectArgs {
    #[command(subcommand)]
    pub action: ConnectAction,
}

/// Where a send goes: a group chat by default, a support line with --line/--user.
#[derive(Debug, Args)]
pub struct Destination {
    /// Group chat (conference) UUID (default: the profile's `conference`)
    #[arg(long, value_name = "UUID", conflicts_with_all = ["line", "user"])]
    conference: Option<String>,
    /// Who sends: a member of the group chat, or the specialist on a line (default: the profile's `author`)
    #[arg(long, value_name = "UUID")]
    author: Option<String>,
    /// Send to this support line instead of a group chat (default: the profile's `line`)
    #[arg(long, value_name = "UUID")]
    line: Option<String>,
    /// The user (subscriber) on the support line (default: the profile's `user`)
    #[arg(long, value_name = "UUID")]
    user: Option<String>,
    /// Comment shown with each file
    #[arg(long, value_name = "TEXT")]
    comment: Option<String>,
    /// File name to send (for `-`, or a single file)
    #[arg(long, value_name = "NAME")]
    name: Option<String>,
    #[command(flatten)]
    journal: JournalArgs,
}

#[derive(Debug, Subcommand)]
pub enum ConnectAction {
    /// Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a
    /// support line with --line and --user
    #[command(
        after_help = "Examples:\n  chatdrop connect send-image shot.png\n  chatdrop connect send-image --conference bb5c7328-1886-4a8b-aa00-e00fab828e24 --author fee6104e-78b5-11e5-80dc-0025904f970f --comment \"Nightly build\" screenshots/*.png\n  chatdrop connect send-image --line LINE-UUID --user USER-UUID chart.png"
    )]
    SendImage {
        /// Images to send (`-` reads stdin)
        #[arg(required = true, value_name = "IMAGE")]
        images: Vec<std::ffi::OsString>,
        #[command(flatten)]
        to: Destination,
    },
    /// Send files of any type to a user on a support line (1C-Connect documents no file
    /// sending into group chats)
    #[command(
        after_help = "Examples:\n  chatdrop connect send-file --line LINE-UUID --user USER-UUID report.pdf\n  chatdrop connect send-file build.log   # line and user from the profile"
    )]
    SendFile {
        /// Files to send (`-` reads stdin)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<std::ffi::OsString>,
        #[command(flatten)]
        to: Destination,
    },
}

pub async fn run(ctx: &Context, args: ConnectArgs) -> Result<()> {
    match args.action {
        ConnectAction::SendImage { images, to } => send(ctx, Kind::Image, images, to).await,
        ConnectAction::SendFile { files, to } => send(ctx, Kind::File, files, to).await,
    }
}

/// A UUID setting (flag, env, files), checked locally: a usage error names where it came from.
fn uuid_setting(settings: &ServiceSettings<'_>, key: &str) -> Result<Option<String>> {
    let Some(resolved) = settings.resolved(key) else { return Ok(None) };
    let value = resolved.value.trim().to_string();
    if !is_uuid(&value) {
        let flag = format!("--{key}");
        let from = match resolved.source {
            crate::config::Source::Flag => flag,
            other => format!("`{key}` (from {other})"),
        };
        return Err(Failure::usage(format!("{from} is not a UUID: `{}`", escape(&value)))
            .with_hint("1C-Connect ids look like bb5c7328-1886-4a8b-aa00-e00fab828e24"));
    }
    Ok(Some(value))
}

/// The recipient from flags and profile: a line when --line or --user is given (or, for
/// files, always), else the group chat.
fn recipient(settings: &ServiceSettings<'_>, kind: Kind, to: &Destination) -> Result<Recipient> {
    let conference = uuid_setting(settings, "conference")?;
    let author = uuid_setting(settings, "author")?;
    let line = uuid_setting(settings, "line")?;
    let user = uuid_setting(settings, "user")?;
    let to_line =
        kind == Kind::File || to.line.is_some() || to.user.is_some() || (conference.is_none() && line.is_some());
    if to_line {
        let line = line.ok_or_else(|| usage_missing(settings, "line", kind))?;
        let user = user.ok_or_else(|| usage_missing(settings, "user", kind))?;
        return Ok(Recipient::Line { line_id: line, user_id: user, author_id: author });
    }
    let conference = conference.ok_or_else(|| usage_missing(settings, "conference", kind))?;
    let author = author.ok_or_else(|| usage_missing(settings, "author", kind))?;
    Ok(Recipient::Conference { conference_id: conference, author_id: author })
}

fn usage_missing(settings: &ServiceSettings<'_>, key: &str, kind: Kind) -> Failure {
    let mut failure = settings.require(key, Some(&format!("--{key}"))).err().unwrap_or_else(|| Failure::usage(""));
    let why = match (key, kind) {
        ("conference", _) => "which group chat to send to",
        ("author", _) => "who sends: a member of the group chat",
        ("line", Kind::File) => "which support line to send to (1C-Connect documents no file sending into group chats)",
        ("line", _) => "which support line to send to",
        _ => "which user on the support line to send to",
    };
    failure.message = format!("{}: {why}", failure.message);
    failure
}

/// The adapter, with the API user's credentials (exit 4 naming login and env vars if missing).
fn adapter(ctx: &Context, settings: &ServiceSettings<'_>) -> Result<Connect> {
    let http = ctx.http(settings)?;
    let base = ctx.base_url(settings, "url")?;
    let credentials = Credentials { login: settings.credential("login")?, password: settings.credential("password")? };
    Ok(Connect::new(http, base, credentials, ctx.config.login_hint(SVC)))
}

async fn send(ctx: &Context, kind: Kind, args: Vec<std::ffi::OsString>, to: Destination) -> Result<()> {
    let settings = ctx
        .settings(SVC)
        .flag("conference", to.conference.clone())
        .flag("author", to.author.clone())
        .flag("line", to.line.clone())
        .flag("user", to.user.clone());
    let recipient = recipient(&settings, kind, &to)?;
    let files = prepare_files(&args, to.name.as_deref(), LIMITS).await?;
    if kind == Kind::Image {
        require_images(&files, "send other files to a support line with `chatdrop connect send-file`")?;
    }
    let connect = adapter(ctx, &settings)?;
    let where_to = match &recipient {
        Recipient::Conference { conference_id, .. } => format!("group chat {conference_id}"),
        Recipient::Line { line_id, user_id, .. } => format!("user {user_id} on line {line_id}"),
    };
    // The group chat, or the user on the line, is the journal's target.
    let place = match &recipient {
        Recipient::Conference { conference_id, .. } => format!("conference:{conference_id}"),
        Recipient::Line { line_id, user_id, .. } => format!("line:{line_id}/user:{user_id}"),
    };
    let journal = Batch::new(ctx, &to.journal, SVC, Some(place))?;
    let delivery = ConnectUpload { connect: &connect, to: recipient, kind, comment: to.comment };
    let outcomes = upload_all(ctx, &journal, &delivery, files, |file, sent: &Sent| Shown {
        line: format!("sent {} to {where_to}", escape(&file.name)),
        fields: {
            let mut fields = sent.meta.clone();
            fields.insert("content_type".into(), json!(sent.content_type));
            fields
        },
    })
    .await;
    batch_result(&outcomes)
}

pub async fn login(ctx: &Context, args: crate::cli::LoginArgs) -> Result<()> {
    let settings = ctx.settings(SVC).flag("url", args.url.clone());
    let http = ctx.http(&settings)?;
    let base = ctx.base_url(&settings, "url")?;
    let login = ask(
        ctx,
        SVC,
        "login",
        Ask::text("Login of the 1C-Connect API user (management system > Administration > API settings)")
            .flag(args.login.clone())
            .flag_name("--login"),
    )?;
    let password = ask(ctx, SVC, "password", Ask::secret("Password of the API user").stdin(args.with_token))?;
    let connect = Connect::new(
        http,
        base.clone(),
        Credentials { login: login.clone(), password: password.clone() },
        "check the login and password of the API user (management system > Administration > API settings; it needs the full tariff)".into(),
    );
    // A GET is harmless to repeat; only temporary failures are retried.
    let lines = ctx
        .call(&connect, Repeat::Safe, || connect.check_login())
        .await
        .map_err(|f| if f.class == ExitClass::Auth { f } else { f.context("checking the login with 1C-Connect") })?;
    match lines {
        Some(n) => ctx.output.status(&format!("the API user sees {n} support line(s)")),
        None => ctx.output.warn(
            "1C-Connect accepted the login but the API user may not list support lines; sending may need more rights",
        ),
    }
    let default_url = SVC.key("url").and_then(|k| k.default).unwrap_or_default();
    ctx.config.store(
        SVC,
        &[("login", Some(login.clone())), ("password", Some(password)), ("url", (base != default_url).then_some(base))],
    )?;
    super::auth::logged_in(ctx, SVC, &login);
    Ok(())
}
