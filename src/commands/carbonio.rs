//! `chatdrop carbonio attach|attachments|info|download|delete` and `chatdrop login carbonio`.

use std::path::PathBuf;
use std::sync::Arc;

use clap::{Args, Subcommand};
use serde_json::json;

use super::auth::{Ask, ask};
use super::common::{
    Known, Repeat, Shown, batch_result, confirm_destroy, download_one, may_destroy, prepare_files, upload_all,
};
use crate::app::{Context, check_base_url};
use crate::cli::JournalArgs;
use crate::error::{Failure, Result};
use crate::journal::flow::Batch;
use crate::output::{bytes as human_bytes, escape};
use crate::paging::{Pager, Table};
use crate::secret::Secret;
use crate::services::carbonio::{AttachMeta, Attachment, Carbonio, CarbonioUpload, LIMITS, PAGE_SIZE};
use crate::services::is_uuid;
use crate::services::spec::ServiceKind;

const SVC: ServiceKind = crate::services::carbonio::KIND;

/// How many attachments `attachments` lists without --limit or --all.
const DEFAULT_LIMIT: u32 = 20;

#[derive(Debug, Args)]
pub struct CarbonioArgs {
    #[command(subcommand)]
    pub action: CarbonioAction,
}

#[derive(Debug, Subcommand)]
pub enum CarbonioAction {
    /// Attach files to a room (one chat message each) and print their attachment ids
    #[command(
        after_help = "Examples:\n  chatdrop carbonio attach --room 0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a report.pdf\n  chatdrop carbonio attach --description \"Nightly build\" dist/*.zip\n  pg_dump db | chatdrop carbonio attach - --name db.sql"
    )]
    Attach {
        /// Files to attach (`-` reads stdin)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<std::ffi::OsString>,
        /// The room's UUID (default: the profile's `room`)
        #[arg(long, value_name = "UUID")]
        room: Option<String>,
        /// Text shown with each attachment
        #[arg(long, value_name = "TEXT")]
        description: Option<String>,
        /// Post the attachments as replies to this message
        #[arg(long, value_name = "MESSAGE_ID")]
        reply_to: Option<String>,
        /// The id of the chat message the attachment creates (a single file only)
        #[arg(long, value_name = "ID")]
        message_id: Option<String>,
        /// File name to send (for `-`, or a single file)
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        #[command(flatten)]
        journal: JournalArgs,
    },
    /// List a room's attachments, newest first
    Attachments {
        /// The room's UUID (default: the profile's `room`)
        #[arg(long, value_name = "UUID")]
        room: Option<String>,
        /// At most this many (default 20)
        #[arg(long, value_name = "N", conflicts_with = "all", value_parser = clap::value_parser!(u32).range(1..))]
        limit: Option<u32>,
        /// Every attachment of the room, page after page
        #[arg(long)]
        all: bool,
    },
    /// Show an attachment's metadata
    Info {
        /// The attachment's id (UUID)
        id: String,
    },
    /// Download an attachment under its name
    Download {
        /// The attachment's id (UUID)
        id: String,
        /// Where to save: a directory, or a file path
        #[arg(short, long, value_name = "PATH|DIR")]
        output: Option<PathBuf>,
        /// Replace the file if it exists
        #[arg(long)]
        force: bool,
    },
    /// Delete an attachment for good (only its uploader or a room owner may; asks first)
    Delete {
        /// The attachment's id (UUID)
        id: String,
        /// Do not ask for confirmation (needed without a terminal)
        #[arg(short, long)]
        yes: bool,
    },
}

pub async fn run(ctx: &Context, args: CarbonioArgs) -> Result<()> {
    match args.action {
        CarbonioAction::Attach { files, room, description, reply_to, message_id, name, journal } => {
            attach(ctx, files, room, description, reply_to, message_id, name, journal).await
        }
        CarbonioAction::Attachments { room, limit, all } => {
            list(ctx, room, if all { None } else { Some(limit.unwrap_or(DEFAULT_LIMIT)) }).await
        }
        CarbonioAction::Info { id } => info(ctx, id).await,
        CarbonioAction::Download { id, output, force } => fetch(ctx, id, output, force).await,
        CarbonioAction::Delete { id, yes } => delete(ctx, id, yes).await,
    }
}

/// The server's address: a URL, with a pasted `/services/chats` suffix taken off.
fn server_url(ctx: &Context, value: &str, what: &str) -> Result<String> {
    Ok(Carbonio::server_url(check_base_url(value, what, &ctx.output)?))
}

/// The adapter, from a ready token or from account + password.
fn adapter(ctx: &Context) -> Result<Carbonio> {
    let settings = ctx.settings(SVC);
    // A token stored by `login` belongs to the stored account: an account from env must not use it.
    let token = settings.token("token", "account");
    let account = settings.resolved("account");
    let password = settings.get("password");
    let Some(url) = settings.resolved("url") else {
        if token.is_none() && account.is_none() {
            return Err(ctx.config.missing_credentials(SVC));
        }
        return Err(Failure::usage("no Carbonio server set")
            .with_hint("set CHATDROP_CARBONIO_URL (e.g. https://mail.example.com), or run `chatdrop login carbonio`"));
    };
    let url = server_url(ctx, &url.value, &format!("Carbonio `url` (from {})", url.source))?;
    let http = ctx.http(&settings)?;
    let login = match (account, password) {
        (Some(a), Some(p)) => Some((a.value, Secret::new(p))),
        _ => None,
    };
    if token.is_none() && login.is_none() {
        return Err(ctx.config.missing_credentials(SVC));
    }
    // Cache renewed tokens only where the user chose to keep the password.
    let cache = ctx.config.token_cache(SVC, "password", ctx.output.clone());
    let saver = Arc::new(move |token: &Secret| cache.save(&[("token", Some(token.expose().to_string()))]));
    Ok(Carbonio::new(http, url, token.map(|t| Secret::new(t.value)), login, saver))
}

/// The room from --room or the profile, checked to be a UUID.
fn room_of(ctx: &Context, room: Option<String>) -> Result<String> {
    let room = ctx.settings(SVC).flag("room", room).require("room", Some("--room"))?;
    let room = room.trim().to_ascii_lowercase();
    if !is_uuid(&room) {
        return Err(Failure::usage(format!("the room `{}` is not a UUID", escape(&room))).with_hint(
            "a room id looks like 0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a (see the chat's URL in the web client)",
        ));
    }
    Ok(room)
}

fn attachment_id(id: &str) -> Result<String> {
    let id = id.trim().to_ascii_lowercase();
    if !is_uuid(&id) {
        return Err(Failure::usage(format!("the attachment id `{}` is not a UUID", escape(&id)))
            .with_hint("attachment ids are printed by `carbonio attach` and `carbonio attachments`"));
    }
    Ok(id)
}

/// A message id for a header: printable ASCII, no spaces.
fn message_ref(value: Option<String>, flag: &str) -> Result<Option<String>> {
    let Some(v) = value.map(|v| v.trim().to_string()) else { return Ok(None) };
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(Failure::usage(format!("{flag} `{}` is not a message id", escape(&v)))
            .with_hint("message ids are ASCII without spaces"));
    }
    Ok(Some(v))
}

#[allow(clippy::too_many_arguments)] // One per flag of `carbonio attach`, as clap parsed them.
async fn attach(
    ctx: &Context,
    files: Vec<std::ffi::OsString>,
    room: Option<String>,
    description: Option<String>,
    reply_to: Option<String>,
    message_id: Option<String>,
    name: Option<String>,
    journal: JournalArgs,
) -> Result<()> {
    let room = room_of(ctx, room)?;
    if message_id.is_some() && files.len() > 1 {
        return Err(Failure::usage("--message-id names one chat message, so it applies to a single file")
            .with_hint("attach the files one by one, or leave --message-id out"));
    }
    if let Some(d) = &description {
        AttachMeta::check_description(d)?;
    }
    let meta = AttachMeta {
        room: room.clone(),
        description,
        reply_to: message_ref(reply_to, "--reply-to")?,
        message_id: message_ref(message_id, "--message-id")?,
    };
    let files = prepare_files(&files, name.as_deref(), LIMITS).await?;
    let api = adapter(ctx)?;
    let target = CarbonioUpload { api: &api, meta };
    let journal = Batch::new(ctx, &journal, SVC, Some(format!("room:{room}")))?;
    let outcomes = upload_all(ctx, &journal, &target, files, |file, id| Shown {
        line: format!("{}\t{}", escape(id), escape(&file.name)),
        fields: json!({ "id": id, "room": room }).as_object().cloned().unwrap_or_default(),
    })
    .await;
    batch_result(&outcomes)
}

/// `limit` None = all of them.
async fn list(ctx: &Context, room: Option<String>, limit: Option<u32>) -> Result<()> {
    let room = room_of(ctx, room)?;
    let api = adapter(ctx)?;
    let mut pager = Pager::new("Carbonio");
    let mut table = Table::new(["ID", "SIZE", "TYPE", "CREATED", "NAME"], [false, true, false, false, false]);
    let mut filter: Option<String> = None;
    loop {
        let want = match limit {
            Some(l) => (l as usize).saturating_sub(table.rows).min(PAGE_SIZE as usize) as u32,
            None => PAGE_SIZE,
        };
        if want == 0 {
            break;
        }
        let page = ctx
            .call(&api, Repeat::Safe, || api.list_page(&room, want, filter.as_deref()))
            .await
            .map_err(|f| f.context(format!("listing the attachments of room {room}")))?;
        let empty = page.attachments.is_empty();
        // Printed as they arrive: nothing is kept from page to page.
        table.page(&ctx.output, page.attachments.iter().take(want as usize).map(row).collect());
        match page.filter.filter(|f| !f.is_empty()) {
            Some(next) if !empty => {
                pager.next(&next)?;
                filter = Some(next);
            }
            _ => break,
        }
    }
    if table.rows == 0 {
        ctx.output.status(&format!("no attachments in room {room}"));
    }
    Ok(())
}

fn row(a: &Attachment) -> ([String; 5], serde_json::Value) {
    let cells = [
        escape(&a.id),
        human_bytes(a.size),
        escape(&a.mime_type),
        escape(a.created_at.as_deref().unwrap_or("-")),
        escape(&a.name),
    ];
    (cells, json!(a))
}

async fn info(ctx: &Context, id: String) -> Result<()> {
    let id = attachment_id(&id)?;
    let api = adapter(ctx)?;
    let a = ctx.call(&api, Repeat::Safe, || api.info(&id)).await?;
    let mut lines = vec![
        format!("id:       {}", a.id),
        format!("name:     {}", escape(&a.name)),
        format!("size:     {} ({} bytes)", human_bytes(a.size), a.size),
        format!("type:     {}", escape(&a.mime_type)),
    ];
    if let Some(area) = &a.area {
        lines.push(format!("area:     {}", escape(area)));
    }
    lines.push(format!("room:     {}", escape(&a.room_id)));
    lines.push(format!("uploader: {}", escape(&a.user_id)));
    if let Some(created) = &a.created_at {
        lines.push(format!("created:  {}", escape(created)));
    }
    ctx.output.result(&lines.join("\n"), &json!(a));
    Ok(())
}

async fn fetch(ctx: &Context, id: String, output: Option<PathBuf>, force: bool) -> Result<()> {
    let id = attachment_id(&id)?;
    let api = adapter(ctx)?;
    // The name comes from the info's JSON: the download's Content-Disposition is written raw.
    let attachment = ctx.call(&api, Repeat::Safe, || api.info(&id)).await?;
    let known = Known { name: attachment.name, size: Some(attachment.size) };
    download_one(ctx, &api, &id, output.as_deref(), force, Some(known), || api.download(&id)).await
}

async fn delete(ctx: &Context, id: String, yes: bool) -> Result<()> {
    let id = attachment_id(&id)?;
    let what = format!("attachment {id}");
    may_destroy(ctx, &what, yes)?;
    let api = adapter(ctx)?;
    if !yes {
        // Name what is about to go (and fail clearly on a wrong id before asking).
        let meta = ctx.call(&api, Repeat::Safe, || api.info(&id)).await?;
        confirm_destroy(ctx, &format!("Delete {} ({id}) for good?", escape(&meta.name)), &what, yes)?;
    }
    // Not resent once it may have arrived: a second DELETE would answer 404 for a success.
    ctx.call(&api, Repeat::Once, || api.delete(&id)).await?;
    ctx.output.result(&format!("deleted attachment {id}"), &json!({ "id": id, "deleted": true }));
    Ok(())
}

pub async fn login(ctx: &Context, args: crate::cli::LoginArgs) -> Result<()> {
    let settings = ctx.settings(SVC);
    let url = ask(
        ctx,
        SVC,
        "url",
        Ask::text("Carbonio server (e.g. https://mail.example.com)")
            .flag(args.url.clone())
            .flag_name("--url")
            .default(settings.get("url")),
    )?;
    let url = server_url(ctx, &url, "the Carbonio server")?;
    let account = ask(
        ctx,
        SVC,
        "account",
        Ask::text("Account (user@example.com)")
            .flag(args.login.clone())
            .flag_name("--account")
            .default(settings.get("account")),
    )?;
    let password = Secret::new(ask(ctx, SVC, "password", Ask::secret("Password").stdin(args.with_token))?);
    let http = ctx.http(&settings)?;
    let token = Carbonio::authenticate(&http, &url, &account, &password).await?;
    Carbonio::new(http, url.clone(), Some(token.clone()), None, Arc::new(|_| {}))
        .check()
        .await
        .map_err(|f| f.context("checking the new token against the chats API"))?;
    ctx.config.store(
        SVC,
        &[
            ("url", Some(url)),
            ("account", Some(account.clone())),
            ("token", Some(token.expose().to_string())),
            ("password", args.store_password.then(|| password.expose().to_string())),
        ],
    )?;
    if !args.store_password {
        ctx.output.status(
            "the password was not stored: when the token expires (about 2 days), log in again, or use --store-password",
        );
    }
    super::auth::logged_in(ctx, SVC, &account);
    Ok(())
}
