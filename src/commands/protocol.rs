//! `chatdrop protocol attach|attachments|conversations|get|download|rename|delete` and
//! `chatdrop login protocol`: Protocol chat attachments and conversations, with human output
//! (lines, aligned tables) or `--json`. An attachment is given by its id or its file name
//! (`targets::Item`), found in `--conversation` (or the profile's), else among them all.

use serde_json::Value;

use super::common::{DEFAULT_PAGE, Known};
use super::kit::prelude::*;
use crate::cli::protocol::{AttachInto, ProtocolAction, ProtocolArgs};
use crate::output::table::Table;
use crate::paging::Pager;
use crate::services::protocol::{
    Attachment, Conversation, LIMITS, ListQuery, MAX_PAGE, Page, Protocol, check_id, keys, things,
};
use crate::text::bytes as human_bytes;

const SVC: ServiceKind = crate::services::protocol::KIND;

/// Conversations as `targets` names them (by id only: they have no names).
const CONVERSATION: targets::Kind = targets::Kind {
    noun: "conversation",
    key: Some(keys::CONVERSATION),
    list: "chatdrop protocol conversations",
    by_id: "with --conversation",
};

/// Attachments found by file name (`get|download|rename|delete NAME`).
const ATTACHMENT: targets::Kind = targets::Kind {
    noun: "attachment",
    // Named only as the ID argument: no setting or flag gives one.
    key: None,
    list: "chatdrop protocol attachments --all",
    by_id: "as the ID argument",
};

/// A bearer token at a base URL: the kit's adapter and login.
const BEARER: Bearer<Protocol> = Bearer { kind: SVC, url: keys::URL, token: keys::TOKEN, new: Protocol::new };

fn adapter(ctx: &Context) -> Result<Protocol> {
    BEARER.adapter(ctx)
}

/// This service in the command layer's registry (`commands::SERVICES`).
pub struct Commands;

impl super::Service for Commands {
    type Args = ProtocolArgs;

    async fn run(ctx: &Context, args: ProtocolArgs) -> Result<()> {
        match args.action {
            ProtocolAction::Attach(args) => attach(ctx, args).await,
            ProtocolAction::Attachments { conversation, limit, all, after } => {
                list(ctx, conversation, limit, all, after).await
            }
            ProtocolAction::Conversations { limit, all, after } => conversations(ctx, limit, all, after).await,
            ProtocolAction::Get { id, conversation } => get(ctx, id, conversation).await,
            ProtocolAction::Download { id, conversation, save } => {
                download(ctx, id, conversation, save.output, save.force).await
            }
            ProtocolAction::Rename { id, new_name, conversation } => rename(ctx, id, new_name, conversation).await,
            ProtocolAction::Delete { id, conversation, yes } => {
                let given = attachment_given(ctx, &id, conversation)?;
                // Said before a name is looked up: without --yes or a terminal nothing is deleted.
                may_destroy(ctx, &format!("attachment {}", escape(&id)), yes.yes)?;
                let protocol = adapter(ctx)?;
                let id = attachment_of(ctx, &protocol, given).await?;
                let name = async |p: &Protocol| Ok(p.get(&id).await?.filename);
                kit::delete(ctx, "attachment", &id, yes.yes, || Ok(protocol), name, async |p| p.delete(&id).await).await
            }
        }
    }

    /// The token, checked with the cheapest call that needs a valid one; then, on a terminal,
    /// the offer of a default conversation from the first page (conversations have no names:
    /// each is shown with whom it is).
    async fn login(ctx: &Context, args: LoginArgs) -> Result<()> {
        let protocol = BEARER.login(ctx, &args).await?;
        kit::offer_default(ctx, SVC, &CONVERSATION, async || {
            let page = protocol.conversations(&ListQuery { limit: Some(MAX_PAGE), ..ListQuery::default() }).await?;
            let with =
                |c: &Conversation| Candidate { id: c.id.clone(), name: String::new(), kind: conversation_with(c) };
            Ok(page.data.iter().map(with).collect())
        })
        .await
    }

    fn destination(ctx: &Context, to: &To) -> Result<Box<dyn Destination>> {
        // A conversation id (`conversation=` also), else the profile's, else the account's own files.
        let conversation = kit::target_of(ctx, SVC, to, keys::CONVERSATION);
        if let Some(c) = &conversation {
            check_id("conversation", c)?;
        }
        let place = conversation.as_ref().map(|c| Place::new("conversation", c));
        let rules = (LIMITS, Accept::AnyFile);
        Ok(Box::new(Ready { kind: SVC, rules, api: adapter(ctx)?, target: conversation, place, send: attach_to }))
    }

    async fn check(ctx: &Context) -> Result<bool> {
        BEARER.check(ctx).await
    }

    /// What to do about what Protocol reported, in chatdrop's words (its flags, settings, commands).
    fn hint(config: &Config, problem: &Problem) -> Option<String> {
        Some(match problem {
            // `attach` takes the conversation from the profile too; `attachments` from the flag only.
            Problem::NotFound(things::CONVERSATION) => {
                format!("check the conversation id (--conversation or the `{}` setting)", keys::CONVERSATION)
            }
            Problem::NotFound(things::LISTED_CONVERSATION) => {
                "check the conversation id given with --conversation".into()
            }
            Problem::NotFound(things::ATTACHMENT) => {
                "check the id; `chatdrop protocol attachments` lists the attachments there are".into()
            }
            Problem::TokenRejected => format!("the token is wrong, expired or revoked: {}", config.login_hint(SVC)),
            _ => return None,
        })
    }
}

async fn attach(ctx: &Context, args: UploadArgs<AttachInto>) -> Result<()> {
    let UploadArgs { files, to: AttachInto { conversation }, name, journal } = args;
    let conversation = conversation.or_else(|| ctx.settings(SVC).get(keys::CONVERSATION));
    if let Some(c) = &conversation {
        check_id("conversation", c)?;
    }
    if let Some(n) = &name {
        check_name(n)?;
    }
    let files = prepare_files(ctx, "attach", files, name.as_deref(), LIMITS, Accept::AnyFile).await?;
    let protocol = adapter(ctx)?;
    let journal = Journal::new(ctx, &journal, SVC, conversation.as_ref().map(|c| Place::new("conversation", c)))?;
    batch_result(&attach_files(ctx, &protocol, conversation.as_deref(), &journal, files).await)
}

/// The upload half of `attach` (and of a `send` destination).
async fn attach_files(
    ctx: &Context,
    protocol: &Protocol,
    conversation: Option<&str>,
    journal: &Journal,
    files: Files,
) -> Vec<Outcome<Attachment>> {
    let target = Post(|payload| protocol.upload(payload, conversation));
    upload_all(ctx, Action::shaped("attach", &["file_url"]), journal, &target, files, |file, a| {
        attachment_record(Record::file("attach", Status::Sent, file), a).column(a.file_url.as_deref().unwrap_or("-"))
    })
    .await
}

/// `send --to protocol[:CONVERSATION]`: [`attach_files`] for [`kit::Ready`].
fn attach_to<'a>(
    cx: &'a Context,
    p: &'a Protocol,
    to: &'a Option<String>,
    j: Journal,
    f: Files,
) -> Sending<'a, Attachment> {
    Box::pin(async move { attach_files(cx, p, to.as_deref(), &j, f).await })
}

async fn list(
    ctx: &Context,
    conversation: Option<String>,
    limit: Option<i64>,
    all: bool,
    after: Option<String>,
) -> Result<()> {
    let limit = page_limit(limit, "attachment")?;
    for (what, id) in [("conversation", &conversation), ("attachment", &after)] {
        if let Some(id) = id {
            check_id(what, id)?;
        }
    }
    let protocol = adapter(ctx)?;
    let table = Table::new(["ID", "SIZE", "TYPE", "CREATED", "FILENAME"], [false, true, false, false, false]);
    let listing = Listing { noun: "attachment", all, limit, table };
    let (protocol, conversation) = (&protocol, conversation.as_deref());
    let fetch = move |limit, after: Option<String>| async move {
        protocol.list(&ListQuery { conversation, limit, starting_after: after.as_deref() }).await
    };
    let record = |a: &Attachment| attachment_record(Record::action("list", Status::Done), a);
    listing.run(ctx, protocol, after, fetch, |a| (cells(a), record(a).to_json(ctx.service_name()))).await
}

async fn conversations(ctx: &Context, limit: Option<i64>, all: bool, after: Option<String>) -> Result<()> {
    let limit = page_limit(limit, "conversation")?;
    if let Some(id) = &after {
        check_id("conversation", id)?;
    }
    let protocol = adapter(ctx)?;
    let table = Table::new(["ID", "LAST ACTIVE", "CREATED", "WITH"], [false; 4]);
    let listing = Listing { noun: "conversation", all, limit, table };
    let protocol = &protocol;
    let fetch = move |limit, after: Option<String>| async move {
        protocol.conversations(&ListQuery { conversation: None, limit, starting_after: after.as_deref() }).await
    };
    // The ids listed are what `--conversation <TAB>` offers next time (conversations have no names).
    let listed = std::cell::RefCell::new(Vec::new());
    let row = |c: &Conversation| {
        listed.borrow_mut().push(c.id.clone());
        conversation_row(ctx, c)
    };
    let result = listing.run(ctx, protocol, after, fetch, row).await;
    if result.is_ok() {
        super::complete::remember(ctx, keys::CONVERSATION, listed.borrow().iter().map(String::as_str));
    }
    result
}

/// --limit within what a page holds.
fn page_limit(limit: Option<i64>, noun: &str) -> Result<Option<u32>> {
    match limit {
        Some(n) if (1..=i64::from(MAX_PAGE)).contains(&n) => Ok(Some(n as u32)),
        Some(n) => Err(Failure::usage(format!("--limit {n} is out of range: Protocol lists 1 to {MAX_PAGE} per page"))
            .with_hint(format!("use --all to list every {noun}"))),
        None => Ok(Some(DEFAULT_PAGE)),
    }
}

/// One cursor-paged listing: a page (or all of them with `all`), printed as it arrives.
struct Listing<const N: usize> {
    noun: &'static str,
    all: bool,
    limit: Option<u32>,
    table: Table<N>,
}

/// What a listed item must tell: its id, the cursor of the next page.
trait Listed {
    fn id(&self) -> &str;
}

impl Listed for Attachment {
    fn id(&self) -> &str {
        &self.id
    }
}

impl Listed for Conversation {
    fn id(&self) -> &str {
        &self.id
    }
}

impl<const N: usize> Listing<N> {
    async fn run<T: Listed, F, Fut>(
        mut self,
        ctx: &Context,
        protocol: &Protocol,
        after: Option<String>,
        fetch: F,
        row: impl Fn(&T) -> ([String; N], Value),
    ) -> Result<()>
    where
        F: Fn(Option<u32>, Option<String>) -> Fut,
        Fut: Future<Output = Result<Page<T>>>,
    {
        let noun = self.noun;
        let mut pager = Pager::new("Protocol");
        pager.start_at(after.as_deref());
        let mut cursor = after;
        loop {
            let limit = if self.all { Some(MAX_PAGE) } else { self.limit };
            let page = ctx
                .call(protocol, Repeat::Safe, || fetch(limit, cursor.clone()))
                .await
                .map_err(|f| f.context(format!("listing {noun}s")))?;
            // Printed page by page: nothing is kept from page to page.
            let last = page.data.last().map(|x| x.id().to_string());
            self.table.page(&ctx.output, page.data.iter().map(&row).collect());
            if !page.has_more {
                break;
            }
            let Some(last) = last else {
                return Err(Failure::general(format!("Protocol said there are more {noun}s but sent an empty page")));
            };
            if !self.all {
                ctx.output.status(&format!(
                    "more {noun}s follow: pass --all, or --after {} for the next page",
                    escape(&last)
                ));
                break;
            }
            pager.next(&last)?;
            cursor = Some(last);
        }
        if self.table.rows == 0 && !ctx.output.json {
            ctx.output.status(&format!("no {noun}s"));
        }
        Ok(())
    }
}

/// Whom a conversation is with (escaped): a group, a contact, or `-`.
fn conversation_with(c: &Conversation) -> String {
    match (&c.contact_id, &c.group_id) {
        (_, Some(group)) => format!("group {}", escape(group)),
        (Some(contact), None) => format!("contact {}", escape(contact)),
        (None, None) => "-".to_string(),
    }
}

/// One conversation's row and its record (times as RFC 3339, as every record has them).
fn conversation_row(ctx: &Context, c: &Conversation) -> ([String; 4], Value) {
    let with = conversation_with(c);
    let mut fields = match serde_json::to_value(c) {
        Ok(Value::Object(fields)) => fields,
        _ => serde_json::Map::new(),
    };
    for (key, value) in [("created_at", &c.created_at), ("last_active_at", &c.last_active_at)] {
        fields.insert(key.into(), value.as_ref().map_or(Value::Null, |v| Value::from(created(v))));
    }
    let record = Record::action("conversations", Status::Done).id(&c.id).fields(fields);
    let time = |v: &Option<Value>| v.as_ref().map(created).unwrap_or_else(|| "-".into());
    ([escape(&c.id), time(&c.last_active_at), time(&c.created_at), with], record.to_json(ctx.service_name()))
}

/// What `ID|NAME` (with --conversation) says, before any request: an id, or a file name and
/// the conversation to find it in (--conversation, else the profile's; None: all of them).
fn attachment_given(ctx: &Context, given: &str, conversation: Option<String>) -> Result<(Item, Option<String>)> {
    let item = Item::of(&ATTACHMENT, given, |v| check_id("attachment", v).is_ok().then(|| v.to_string()))?;
    if let Item::Id(_) = item {
        return Ok((item, None));
    }
    let conversation = conversation.or_else(|| ctx.settings(SVC).get(keys::CONVERSATION));
    if let Some(c) = &conversation {
        check_id("conversation", c)?;
    }
    Ok((item, conversation))
}

/// The attachment's id: as given, or its file name found among the attachments of the
/// conversation (or all of them), page after page, at most [`targets::MAX_CANDIDATES`].
async fn attachment_of(
    ctx: &Context,
    protocol: &Protocol,
    (item, conversation): (Item, Option<String>),
) -> Result<String> {
    targets::item_id(ctx, &ATTACHMENT, item, async || {
        let mut pager = Pager::new("Protocol");
        let mut out: Vec<Candidate> = Vec::new();
        let mut after: Option<String> = None;
        while out.len() < targets::MAX_CANDIDATES {
            let query = ListQuery {
                conversation: conversation.as_deref(),
                limit: Some(MAX_PAGE),
                starting_after: after.as_deref(),
            };
            let page = ctx
                .call(protocol, Repeat::Safe, || protocol.list(&query))
                .await
                .map_err(|f| f.context("listing the attachments to find the name in"))?;
            let last = page.data.last().map(|a| a.id.clone());
            out.extend(page.data.into_iter().map(|a| Candidate {
                id: a.id,
                name: a.filename,
                kind: a.file_type.unwrap_or_default(),
            }));
            match last.filter(|_| page.has_more) {
                Some(last) => {
                    pager.next(&last)?;
                    after = Some(last);
                }
                None => break,
            }
        }
        out.truncate(targets::MAX_CANDIDATES);
        Ok(out)
    })
    .await
}

async fn get(ctx: &Context, id: String, conversation: Option<String>) -> Result<()> {
    let given = attachment_given(ctx, &id, conversation)?;
    let protocol = adapter(ctx)?;
    let id = attachment_of(ctx, &protocol, given).await?;
    let a = ctx.call(&protocol, Repeat::Safe, || protocol.get(&id)).await?;
    ctx.report(&attachment_record(Record::action("get", Status::Done), &a).plain(Plain::Custom(details(&a))));
    Ok(())
}

/// `protocol download ID|NAME`: the attachment's bytes from its `file_url`, saved by the shared
/// download flow (`-o FILE|DIR|-`, `--force`, the same record as every download).
async fn download(
    ctx: &Context,
    id: String,
    conversation: Option<String>,
    output: Option<std::path::PathBuf>,
    force: bool,
) -> Result<()> {
    let given = attachment_given(ctx, &id, conversation)?;
    let protocol = adapter(ctx)?;
    let id = attachment_of(ctx, &protocol, given).await?;
    let a = ctx.call(&protocol, Repeat::Safe, || protocol.get(&id)).await?;
    let Some(url) = a.file_url.clone().filter(|u| !u.trim().is_empty()) else {
        return Err(Failure::general(format!("Protocol names no file_url for attachment {}", escape(&id)))
            .with_hint("nothing to download: `chatdrop protocol get ID --json` shows what the server answers"));
    };
    let known = Known { name: a.filename.clone(), size: a.file_size };
    let (protocol, id, url) = (&protocol, id.as_str(), url.as_str());
    download_one(ctx, protocol, id, output.as_deref(), force, Some(known), move || protocol.download(id, url)).await
}

async fn rename(ctx: &Context, id: String, new_name: String, conversation: Option<String>) -> Result<()> {
    check_name(&new_name)?;
    let given = attachment_given(ctx, &id, conversation)?;
    let protocol = adapter(ctx)?;
    let id = attachment_of(ctx, &protocol, given).await?;
    // A PUT of the same name twice leaves the same result: safe to resend.
    let a = ctx
        .call(&protocol, Repeat::Safe, || protocol.rename(&id, &new_name))
        .await
        .map_err(|f| f.context(format!("renaming attachment {id}")))?;
    if a.filename != new_name {
        ctx.output.warn(&format!("Protocol accepted the rename but answers the file name `{}`", escape(&a.filename)));
    }
    ctx.report(&attachment_record(Record::action("rename", Status::Done), &a));
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

/// One row of the table; the file name comes last so wide characters cannot skew it.
fn cells(a: &Attachment) -> [String; 5] {
    [
        escape(&a.id),
        a.file_size.map(|n| n.to_string()).unwrap_or_else(|| "-".into()),
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

/// A creation time as RFC 3339: Unix seconds converted (the template's form), a string as sent.
fn created(value: &Value) -> String {
    match value.as_u64() {
        Some(secs) => {
            humantime::format_rfc3339_seconds(std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs)).to_string()
        }
        None => escape(&value.as_str().map(str::to_string).unwrap_or_else(|| value.to_string())),
    }
}

/// An attachment as a record (on top of `base`, which may know the local file): the core
/// keys, the template's fields (snake_case already), `created_at` as RFC 3339, and any field
/// the server added, as sent.
fn attachment_record(base: Record, a: &Attachment) -> Record {
    let mut record = base.id(&a.id);
    if record.name.is_none() {
        record = record.name(&a.filename);
    }
    if let (None, Some(size)) = (record.size, a.file_size) {
        record = record.size(size);
    }
    let mut fields = a.extra.clone();
    fields.insert("filename".into(), Value::from(a.filename.as_str()));
    for (key, value) in [("file_url", &a.file_url), ("file_type", &a.file_type), ("message_id", &a.message_id)] {
        fields.insert(key.into(), value.clone().map_or(Value::Null, Value::from));
    }
    fields.insert("created_at".into(), a.created_at.as_ref().map_or(Value::Null, |v| Value::from(created(v))));
    record.fields(fields)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn unix_times_read_as_utc_dates() {
        assert_eq!(created(&json!(0)), "1970-01-01T00:00:00Z");
        assert_eq!(created(&json!(692_233_200)), "1991-12-08T23:00:00Z");
        assert_eq!(created(&json!(1_709_251_199)), "2024-02-29T23:59:59Z");
        assert_eq!(created(&json!("2024-01-01T00:00:00Z")), "2024-01-01T00:00:00Z");
    }

    #[test]
    fn file_names_are_checked() {
        assert!(check_name("Отчёт 😀.pdf").is_ok());
        assert!(check_name("a/b.pdf").is_err());
        assert!(check_name(" ").is_err());
    }
}
