//! `chatdrop protocol attach|attachments|get|rename|delete` and `chatdrop login protocol`:
//! Protocol chat attachments, with human output (lines, aligned tables) or `--json`.

use clap::{Args, Subcommand};
use serde_json::{Value, json};

use super::auth::{Ask, ask};
use super::common::{Repeat, Shown, batch_result, confirm_destroy, may_destroy, prepare_files, upload_all};
use crate::app::Context;
use crate::cli::JournalArgs;
use crate::error::{ExitClass, Failure, Result};
use crate::journal::flow::Batch;
use crate::output::{bytes as human_bytes, escape};
use crate::paging::{Pager, Table};
use crate::services::protocol::{Attachment, LIMITS, ListQuery, MAX_PAGE, Protocol, ProtocolUpload, check_id};
use crate::services::spec::ServiceKind;

const SVC: ServiceKind = crate::services::protocol::KIND;

#[derive(Debug, Args)]
pub struct ProtocolArgs {
    #[command(subcommand)]
    pub action: ProtocolAction,
}

#[derive(Debug, Subcommand)]
pub enum ProtocolAction {
    /// Upload files as attachments (one request each) and print each one's id and file_url
    #[command(
        after_help = "Examples:\n  chatdrop protocol attach invoice.pdf\n  chatdrop protocol attach --conversation xgQQXg3hrtjh7AvZ shots/*.png\n  some-report | chatdrop protocol attach - --name report.txt"
    )]
    Attach {
        /// Files to upload (`-` reads stdin)
        #[arg(required = true, value_name = "FILE")]
        files: Vec<std::ffi::OsString>,
        /// Put them into this conversation (default: the profile's `conversation`)
        #[arg(long, value_name = "ID")]
        conversation: Option<String>,
        /// File name to send (for `-`, or a single file)
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        #[command(flatten)]
        journal: JournalArgs,
    },
    /// List attachments, newest first (one page of 10 unless --limit or --all)
    #[command(
        after_help = "Examples:\n  chatdrop protocol attachments\n  chatdrop protocol attachments --conversation xgQQXg3hrtjh7AvZ --limit 50\n  chatdrop protocol attachments --all --json"
    )]
    Attachments {
        /// Only the attachments of this conversation
        #[arg(long, value_name = "ID")]
        conversation: Option<String>,
        /// How many to list (1 to 100)
        #[arg(long, value_name = "N", conflicts_with = "all", allow_negative_numbers = true)]
        limit: Option<i64>,
        /// List every attachment, page by page (100 per request)
        #[arg(long)]
        all: bool,
        /// Start after this attachment id (the last id of a previous page)
        #[arg(long, value_name = "ID")]
        after: Option<String>,
    },
    /// Show one attachment
    Get {
        /// The attachment id
        id: String,
    },
    /// Change an attachment's file name
    Rename {
        /// The attachment id
        id: String,
        /// The new file name
        new_name: String,
    },
    /// Delete an attachment for good (asks first; --yes to skip the question)
    Delete {
        /// The attachment id
        id: String,
        /// Do not ask for confirmation (needed without a terminal)
        #[arg(short, long)]
        yes: bool,
    },
}

pub async fn run(ctx: &Context, args: ProtocolArgs) -> Result<()> {
    match args.action {
        ProtocolAction::Attach { files, conversation, name, journal } => {
            attach(ctx, files, conversation, name, journal).await
        }
        ProtocolAction::Attachments { conversation, limit, all, after } => {
            list(ctx, conversation, limit, all, after).await
        }
        ProtocolAction::Get { id } => get(ctx, id).await,
        ProtocolAction::Rename { id, new_name } => rename(ctx, id, new_name).await,
        ProtocolAction::Delete { id, yes } => delete(ctx, id, yes).await,
    }
}

/// The adapter from url + token.
fn adapter(ctx: &Context) -> Result<Protocol> {
    let settings = ctx.settings(SVC);
    let token = settings.credential("token")?;
    let http = ctx.http(&settings)?;
    let url = ctx.base_url(&settings, "url")?;
    Ok(Protocol::new(http, url, token))
}

async fn attach(
    ctx: &Context,
    files: Vec<std::ffi::OsString>,
    conversation: Option<String>,
    name: Option<String>,
    journal: JournalArgs,
) -> Result<()> {
    let conversation = conversation.or_else(|| ctx.settings(SVC).get("conversation"));
    if let Some(c) = &conversation {
        check_id("conversation", c)?;
    }
    if let Some(n) = &name {
        check_name(n)?;
    }
    let files = prepare_files(&files, name.as_deref(), LIMITS).await?;
    let protocol = adapter(ctx)?;
    let journal = Batch::new(ctx, &journal, SVC, conversation.as_ref().map(|c| format!("conversation:{c}")))?;
    let target = ProtocolUpload { protocol: &protocol, conversation };
    let outcomes = upload_all(ctx, &journal, &target, files, |file, a| Shown {
        line: format!("{}\t{}\t{}", escape(&a.id), escape(a.file_url.as_deref().unwrap_or("-")), escape(&file.name)),
        fields: a.to_json().as_object().cloned().unwrap_or_default(),
    })
    .await;
    batch_result(&outcomes)
}

async fn list(
    ctx: &Context,
    conversation: Option<String>,
    limit: Option<i64>,
    all: bool,
    after: Option<String>,
) -> Result<()> {
    let limit = match limit {
        Some(n) if (1..=i64::from(MAX_PAGE)).contains(&n) => Some(n as u32),
        Some(n) => {
            return Err(Failure::usage(format!(
                "--limit {n} is out of range: Protocol lists 1 to {MAX_PAGE} per page"
            ))
            .with_hint("use --all to list every attachment"));
        }
        None => None,
    };
    for (what, id) in [("conversation", &conversation), ("attachment", &after)] {
        if let Some(id) = id {
            check_id(what, id)?;
        }
    }
    let protocol = adapter(ctx)?;
    let mut pager = Pager::new("Protocol");
    pager.start_at(after.as_deref());
    let mut table = Table::new(["ID", "SIZE", "TYPE", "CREATED", "FILENAME"], [false; 5]);
    let mut cursor = after;
    loop {
        let query = ListQuery {
            conversation: conversation.as_deref(),
            limit: if all { Some(MAX_PAGE) } else { limit },
            starting_after: cursor.as_deref(),
        };
        let page = ctx
            .call(&protocol, Repeat::Safe, || protocol.list(&query))
            .await
            .map_err(|f| f.context("listing attachments"))?;
        // Printed page by page: nothing is kept from page to page.
        let last = page.data.last().map(|a| a.id.clone());
        table.page(&ctx.output, page.data.iter().map(|a| (cells(a), a.to_json())).collect());
        if !page.has_more {
            break;
        }
        let Some(last) = last else {
            return Err(Failure::general("Protocol said there are more attachments but sent an empty page"));
        };
        if !all {
            ctx.output.status(&format!(
                "more attachments follow: pass --all, or --after {} for the next page",
                escape(&last)
            ));
            break;
        }
        pager.next(&last)?;
        cursor = Some(last);
    }
    if table.rows == 0 && !ctx.output.json {
        ctx.output.status("no attachments");
    }
    Ok(())
}

async fn get(ctx: &Context, id: String) -> Result<()> {
    check_id("attachment", &id)?;
    let protocol = adapter(ctx)?;
    let a = ctx.call(&protocol, Repeat::Safe, || protocol.get(&id)).await?;
    ctx.output.result(&details(&a), &a.to_json());
    Ok(())
}

async fn rename(ctx: &Context, id: String, new_name: String) -> Result<()> {
    check_id("attachment", &id)?;
    check_name(&new_name)?;
    let protocol = adapter(ctx)?;
    // A PUT of the same name twice leaves the same result: safe to resend.
    let a = ctx
        .call(&protocol, Repeat::Safe, || protocol.rename(&id, &new_name))
        .await
        .map_err(|f| f.context(format!("renaming attachment {id}")))?;
    if a.filename != new_name {
        ctx.output.warn(&format!("Protocol accepted the rename but answers the file name `{}`", escape(&a.filename)));
    }
    ctx.output.result(&format!("{}\t{}", escape(&a.id), escape(&a.filename)), &a.to_json());
    Ok(())
}

async fn delete(ctx: &Context, id: String, yes: bool) -> Result<()> {
    check_id("attachment", &id)?;
    let what = format!("attachment {id}");
    may_destroy(ctx, &what, yes)?;
    let protocol = adapter(ctx)?;
    if !yes {
        // Name what is about to go (and fail clearly on a wrong id before asking).
        let a = ctx.call(&protocol, Repeat::Safe, || protocol.get(&id)).await?;
        confirm_destroy(ctx, &format!("Delete {} ({id}) for good?", escape(&a.filename)), &what, yes)?;
    }
    // Not resent: a repeat of a delete that landed would answer "no attachment".
    ctx.call(&protocol, Repeat::Once, || protocol.delete(&id))
        .await
        .map_err(|f| f.context(format!("deleting attachment {id}")))?;
    ctx.output.result(&format!("deleted {}", escape(&id)), &json!({ "id": id, "deleted": true }));
    Ok(())
}

/// A file name the server can store: not empty, no path separators or control characters.
fn check_name(name: &str) -> Result<()> {
    if name.trim().is_empty() || name.contains(['/', '\\']) || name.chars().any(char::is_control) {
        return Err(Failure::usage(format!("`{}` is not a usable file name", escape(name)))
            .with_hint("give a plain file name such as report.pdf"));
    }
    Ok(())
}

pub async fn login(ctx: &Context, args: crate::cli::LoginArgs) -> Result<()> {
    let settings = ctx.settings(SVC).flag("url", args.url.clone());
    let http = ctx.http(&settings)?;
    let url = ctx.base_url(&settings, "url")?;
    let token = ask(ctx, SVC, "token", Ask::secret("Protocol API token").stdin(args.with_token))?;
    let protocol = Protocol::new(http, url.clone(), token.clone());
    // The cheapest call that needs a valid token.
    protocol.list(&ListQuery { limit: Some(1), ..ListQuery::default() }).await.map_err(|f| {
        let f = f.context(format!("checking the token against {url}"));
        if f.class == ExitClass::Auth { f.with_hint("check the token (and --url); nothing was saved") } else { f }
    })?;
    let default_url = SVC.key("url").and_then(|k| k.default).unwrap_or_default();
    ctx.config.store(SVC, &[("token", Some(token)), ("url", (url != default_url).then(|| url.clone()))])?;
    let host = reqwest::Url::parse(&url).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or(url);
    super::auth::logged_in(ctx, SVC, &format!("the token holder on {host}"));
    Ok(())
}

/// One row of the table; the file name comes last so wide characters cannot skew it.
fn cells(a: &Attachment) -> [String; 5] {
    [
        escape(&a.id),
        a.file_size.map(human_bytes).unwrap_or_else(|| "-".into()),
        escape(a.file_type.as_deref().unwrap_or("-")),
        a.created_at.as_ref().map(created).unwrap_or_else(|| "-".into()),
        escape(&a.filename),
    ]
}

/// One attachment as aligned `key  value` lines.
fn details(a: &Attachment) -> String {
    let size = a.file_size.map(|s| format!("{s} bytes ({})", human_bytes(s)));
    let fields = [
        ("id", Some(escape(&a.id))),
        ("filename", Some(escape(&a.filename))),
        ("file_type", a.file_type.as_deref().map(escape)),
        ("file_size", size),
        ("file_url", a.file_url.as_deref().map(escape)),
        ("message_id", a.message_id.as_deref().map(escape)),
        ("created_at", a.created_at.as_ref().map(created)),
    ];
    fields.iter().filter_map(|(k, v)| v.as_ref().map(|v| format!("{k:<11} {v}"))).collect::<Vec<_>>().join("\n")
}

/// A creation time: Unix seconds as a UTC date, anything else as sent.
fn created(value: &Value) -> String {
    match value.as_i64() {
        Some(secs) => utc(secs),
        None => escape(&value.as_str().map(str::to_string).unwrap_or_else(|| value.to_string())),
    }
}

/// `YYYY-MM-DD HH:MM` in UTC (civil-from-days, H. Hinnant).
fn utc(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02}", rem / 3600, rem % 3600 / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_times_read_as_utc_dates() {
        assert_eq!(utc(0), "1970-01-01 00:00");
        assert_eq!(utc(692_233_200), "1991-12-08 23:00");
        assert_eq!(utc(1_709_251_199), "2024-02-29 23:59");
        assert_eq!(created(&json!("2024-01-01T00:00:00Z")), "2024-01-01T00:00:00Z");
    }

    #[test]
    fn file_names_are_checked() {
        assert!(check_name("Отчёт 😀.pdf").is_ok());
        assert!(check_name("a/b.pdf").is_err());
        assert!(check_name(" ").is_err());
    }
}
