//! `chatdrop carbonio attach|attachments|info|download|delete|rooms|room-picture|user-picture|preview`
//! and `chatdrop login carbonio`. Rooms are given by UUID or by name (see `targets`). Not the kit's
//! `Bearer`: an account and a password buy a token that renews, and the server's API is learnt.

use std::path::PathBuf;
use std::sync::Arc;

use super::common::{Known, confirm_destroy, download_as};
use super::kit::prelude::*;
use super::targets::Wanted;
use crate::cli::carbonio::{
    CarbonioAction, CarbonioArgs, Format, IntoRoom, Quality, RoomPictureAction, UserPictureAction,
};
use crate::config::url::check_base_url;
use crate::ids::is_uuid;
use crate::output::table::Table;
use crate::paging::Pager;
use crate::secret::Secret;
use crate::services::carbonio::{
    AttachMeta, Attachment, Carbonio, CarbonioUpload, FORMATS, Generation, LIMITS, PAGE_SIZE, Picture, PictureUpload,
    Preview, QUALITIES, Room, keys, things,
};
use crate::text::bytes as human_bytes;

const SVC: ServiceKind = crate::services::carbonio::KIND;

/// How many attachments `attachments` lists without --limit or --all.
const DEFAULT_LIMIT: u32 = super::common::DEFAULT_PAGE;

/// Rooms as `targets` names them.
const ROOM: targets::Kind =
    targets::Kind { noun: "room", key: Some(keys::ROOM), list: "chatdrop carbonio rooms", by_id: "with --room" };

/// Attachments found by name in a room (`download|info|delete|preview NAME --room ROOM`).
const ATTACHMENT: targets::Kind = targets::Kind {
    noun: "attachment",
    // Named only as the ID argument: no setting or flag gives one.
    key: None,
    list: "chatdrop carbonio attachments --room ROOM --all",
    by_id: "as the ID argument",
};

/// The size of a preview when --size is not given and the attachment states none.
const DEFAULT_AREA: &str = "0x0";

/// This service in the command layer's registry (`commands::SERVICES`).
pub struct Commands;

impl super::Service for Commands {
    type Args = CarbonioArgs;

    async fn run(ctx: &Context, args: CarbonioArgs) -> Result<()> {
        match args.action {
            CarbonioAction::Attach(args) => attach(ctx, args).await,
            CarbonioAction::Attachments { room, limit, all } => {
                list(ctx, room, if all { None } else { Some(limit.unwrap_or(DEFAULT_LIMIT)) }).await
            }
            CarbonioAction::Info { id, room } => info(ctx, id, room).await,
            CarbonioAction::Download { id, room, save } => fetch(ctx, id, room, save.output, save.force).await,
            CarbonioAction::Delete { id, room, yes } => delete(ctx, id, room, yes.yes).await,
            CarbonioAction::Rooms => rooms(ctx).await,
            CarbonioAction::RoomPicture(RoomPictureAction::Set { room, image }) => {
                picture_set(ctx, Whose::Room(room), image).await
            }
            CarbonioAction::RoomPicture(RoomPictureAction::Get { room, save }) => {
                picture_get(ctx, Whose::Room(room), save.output, save.force).await
            }
            CarbonioAction::RoomPicture(RoomPictureAction::Delete { room, yes }) => {
                picture_delete(ctx, room, yes.yes).await
            }
            CarbonioAction::UserPicture(UserPictureAction::Set { user, image }) => {
                picture_set(ctx, Whose::User(user), image).await
            }
            CarbonioAction::UserPicture(UserPictureAction::Get { user, save }) => {
                picture_get(ctx, Whose::User(user), save.output, save.force).await
            }
            CarbonioAction::Preview { id, room, size, thumbnail, quality, format, pages, save } => {
                let options = PreviewArgs { room, size, thumbnail, quality, format, pages };
                preview(ctx, id, options, save.output, save.force).await
            }
        }
    }

    fn destination(ctx: &Context, to: &super::send::To) -> Result<Box<dyn super::send::Destination>> {
        destination(ctx, to)
    }

    async fn login(ctx: &Context, args: LoginArgs) -> Result<()> {
        let settings = ctx.settings(SVC);
        let url_question = Ask::url("Carbonio server (e.g. https://mail.example.com)").default(settings.get(keys::URL));
        let url = ask(ctx, &args, keys::URL, url_question)?;
        let url = server_url(ctx, &url, "the Carbonio server")?;
        let account_question = Ask::text("Account (user@example.com)").default(settings.get(keys::ACCOUNT));
        let account = ask(ctx, &args, keys::ACCOUNT, account_question)?;
        let password = ask_secret(ctx, &args, keys::PASSWORD, Ask::secret("Password"))?;
        let http = ctx.http(&settings)?;
        let token = Carbonio::authenticate(&http, &url, &account, &password).await?;
        // The check tells the server's API too: remembered with the token, so uploads ask nothing.
        let generation = Carbonio::new(http, url.clone(), Some(token.clone()), None, Arc::new(|_| {}))
            .check()
            .await
            .map_err(|f| f.context("checking the new token against the chats API"))?;
        super::auth::store(
            ctx,
            &args,
            &[
                (keys::URL, Some(url.clone().into())),
                (keys::ACCOUNT, Some(account.clone().into())),
                (keys::TOKEN, Some(token.clone().into())),
                (keys::PASSWORD, args.keeps(keys::PASSWORD).then(|| password.into())),
                (keys::SERVER_API, Some(generation.remember(&url).into())),
            ],
        )?;
        if !args.keeps(keys::PASSWORD) {
            ctx.output.status(
                "the password was not stored: when the token expires (about 2 days), log in again, or use --store-password",
            );
        }
        super::auth::logged_in(ctx, &args, &account);
        kit::offer_default(ctx, SVC, &ROOM, async || {
            let api = Carbonio::new(ctx.http(&settings)?, url, Some(token), None, Arc::new(|_| {}));
            Ok(api.rooms(false).await?.iter().map(candidate).collect())
        })
        .await
    }

    async fn check(ctx: &Context) -> Result<bool> {
        let api = adapter(ctx)?;
        let checked = ctx.call(&api, Repeat::Safe, || api.check()).await;
        remember_generation(ctx, &api);
        let generation = checked?;
        super::auth::learnt_from_check(generation.describe());
        Ok(true)
    }

    /// What to do about what Carbonio reported, in chatdrop's words (its flags and commands).
    fn hint(_: &Config, problem: &Problem) -> Option<String> {
        Some(match problem {
            Problem::Refused(things::ATTACHMENT) => "an area the server does not read as WIDTHxHEIGHT, or a messageId/replyId it refuses, are the usual causes; retry without --reply-to/--message-id, and report the file's name and type if it persists".into(),
            Problem::Rechunked => "a proxy between chatdrop and the server may re-chunk uploads; bypass it with NO_PROXY".into(),
            Problem::NotFound(things::OWN_USER_ID) => "pass the user's UUID with --user".into(),
            Problem::Forbidden(things::ROOM) => "ask a room owner to add the account, or check --room".into(),
            Problem::NotFound(things::ROOM) => "check --room (the room's UUID, from the chat's URL in the web client)".into(),
            Problem::NotFound(things::ROOM_OF_PICTURE) => format!("check --room: `{}` lists the rooms the account can see", ROOM.list),
            Problem::NotFound(things::ROOM_PICTURE) => format!("`{}` lists the rooms the account can see", ROOM.list),
            Problem::NotFound(things::ATTACHMENT) => {
                "list the room's attachments with `chatdrop carbonio attachments --room ROOM`".into()
            }
            Problem::Forbidden(things::USER_PICTURE) => "leave --user out to set the logged-in account's picture".into(),
            Problem::Refused(things::PREVIEW) => {
                "check --size (WIDTHxHEIGHT), --quality and --format; previews exist for images and PDFs only".into()
            }
            _ => return None,
        })
    }
}

/// The server's address: a URL, with a pasted `/services/chats` suffix taken off.
fn server_url(ctx: &Context, value: &str, what: &str) -> Result<String> {
    Ok(Carbonio::server_url(check_base_url(value, what, ctx.output.as_ref())?))
}

/// The adapter, from a ready token or from account + password.
fn adapter(ctx: &Context) -> Result<Carbonio> {
    let settings = ctx.settings(SVC);
    // A token stored by `login` belongs to the stored account: an account from env must not use it.
    let token = settings.token(keys::TOKEN, keys::ACCOUNT);
    let account = settings.resolved(keys::ACCOUNT);
    let password = settings.secret(keys::PASSWORD);
    let Some(url) = settings.resolved(keys::URL) else {
        if token.is_none() && account.is_none() {
            return Err(ctx.config.missing_credentials(SVC));
        }
        return Err(Failure::usage("no Carbonio server set").with_hint(format!(
            "set {} (e.g. https://mail.example.com), or run `chatdrop login carbonio`",
            SVC.env_var(keys::URL)
        )));
    };
    let url = server_url(ctx, &url.value, &format!("Carbonio `{}` (from {})", keys::URL, url.source))?;
    let http = ctx.http(&settings)?;
    let login = match (account, password) {
        (Some(a), Some(p)) => Some((a.value, p)),
        _ => None,
    };
    if token.is_none() && login.is_none() {
        return Err(ctx.config.missing_credentials(SVC));
    }
    // Cache renewed tokens only where the user chose to keep the password.
    let cache = ctx.config.token_cache(SVC, keys::PASSWORD, ctx.output.clone());
    let saver = Arc::new(move |token: &Secret| cache.save(&[(keys::TOKEN, Some(token.clone().into()))]));
    let remembered = remembered_generation(ctx, &url);
    Ok(Carbonio::new(http, url, token, login, saver).with_generation(remembered))
}

/// The server's generation as an earlier run remembered it (or the user set it), when it was
/// learnt from this same server.
fn remembered_generation(ctx: &Context, server: &str) -> Option<Generation> {
    let value = ctx.settings(SVC).resolved(keys::SERVER_API)?;
    match Generation::recall(&value.value, server) {
        Ok(generation) => generation,
        Err(()) => {
            let origin = ctx.settings(SVC).origin(keys::SERVER_API, &value.source);
            ctx.output.warn(&format!(
                "{origin} is `{}`, not a Carbonio API (e.g. `1.6.2`, `1.6.1+` or `pre-1.6`, then the server's URL); \
                 asking the server instead",
                escape(&value.value)
            ));
            None
        }
    }
}

/// Keep what the run learnt of the server's generation beside the token, where the login is
/// stored (nothing is written for credentials from the environment): the next run asks nothing.
fn remember_generation(ctx: &Context, api: &Carbonio) {
    let Some(generation) = api.generation_to_remember() else { return };
    let stored = ctx.config.is_stored_login(SVC, keys::TOKEN) || ctx.config.is_stored_login(SVC, keys::PASSWORD);
    if stored
        && let Err(e) = ctx.config.store(SVC, &[(keys::SERVER_API, Some(generation.remember(api.server()).into()))])
    {
        ctx.output.warn(&format!("could not remember the Carbonio server's API: {}", e.message));
    }
}

/// What --room (or the profile) says, before any request: a UUID, a name, or (on a
/// terminal, when nothing sets it) the pick list.
fn room_wanted(ctx: &Context, room: Option<String>) -> Result<Wanted> {
    let settings = ctx.settings(SVC).flag(keys::ROOM, room);
    targets::wanted(ctx, &settings, &ROOM, |v| {
        let v = v.to_ascii_lowercase();
        is_uuid(&v).then_some(v)
    })
}

/// The room's UUID: as given, or found by name (or picked) in one `GET /rooms`.
async fn room_id(ctx: &Context, api: &Carbonio, wanted: Wanted) -> Result<String> {
    targets::settle(ctx, api, &ROOM, wanted, move || async move {
        Ok(api.rooms(false).await?.iter().map(candidate).collect())
    })
    .await
}

/// Every attachment of `room` as a candidate for a name (page after page, at most
/// [`targets::MAX_CANDIDATES`]).
async fn attachments_of(ctx: &Context, api: &Carbonio, room: &str) -> Result<Vec<Candidate>> {
    let mut pager = Pager::new("Carbonio");
    let mut out = Vec::new();
    let mut filter: Option<String> = None;
    while out.len() < targets::MAX_CANDIDATES {
        let page = ctx.call(api, Repeat::Safe, || api.list_page(room, PAGE_SIZE, filter.as_deref())).await?;
        let empty = page.attachments.is_empty();
        out.extend(page.attachments.into_iter().map(|a| Candidate { id: a.id, name: a.name, kind: a.mime_type }));
        match page.filter.filter(|f| !f.is_empty()) {
            Some(next) if !empty => {
                pager.next(&next)?;
                filter = Some(next);
            }
            _ => break,
        }
    }
    out.truncate(targets::MAX_CANDIDATES);
    Ok(out)
}

fn candidate(room: &Room) -> Candidate {
    Candidate {
        id: room.id.to_ascii_lowercase(),
        name: room.name.clone().unwrap_or_default(),
        kind: room.kind.clone().unwrap_or_default(),
    }
}

/// What `ID|NAME` (with --room) says, before any request: a UUID, or a file name and the room
/// to find it in (--room, else the profile's; on a terminal, a pick list).
fn attachment_given(ctx: &Context, given: &str, room: Option<String>) -> Result<(Item, Option<Wanted>)> {
    match Item::of(&ATTACHMENT, given, |v| attachment_id(v).ok())? {
        Item::Id(id) => Ok((Item::Id(id), None)),
        name => Ok((name, Some(room_wanted(ctx, room)?))),
    }
}

/// The attachment's UUID: as given, or its file name found among the room's attachments
/// (the room by id or name, then its attachments, page after page).
async fn attachment_of(ctx: &Context, api: &Carbonio, (item, room): (Item, Option<Wanted>)) -> Result<String> {
    targets::item_id(ctx, &ATTACHMENT, item, async || {
        let room = room_id(ctx, api, room.unwrap_or(Wanted::Pick)).await?;
        attachments_of(ctx, api, &room).await
    })
    .await
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
async fn attach(ctx: &Context, args: UploadArgs<IntoRoom>) -> Result<()> {
    let UploadArgs { files, to: IntoRoom { room, description, reply_to, message_id }, name, journal } = args;
    let room = room_wanted(ctx, room)?;
    if let Some(d) = &description {
        AttachMeta::check_description(d)?;
    }
    let (reply_to, message_id) = (message_ref(reply_to, "--reply-to")?, message_ref(message_id, "--message-id")?);
    let files = prepare_files(ctx, "attach", files, name.as_deref(), LIMITS, Accept::AnyFile).await?;
    if message_id.is_some() && files.len() > 1 {
        return Err(Failure::usage("--message-id names one chat message, so it applies to a single file")
            .with_hint("attach the files one by one, or leave --message-id out"));
    }
    let api = adapter(ctx)?;
    // Once for the whole batch, before the first file.
    let room = room_id(ctx, &api, room).await?;
    server_api(ctx, &api).await?;
    let journal = Journal::new(ctx, &journal, SVC, Some(Place::new("room", &room)))?;
    let meta = AttachMeta { room, description, reply_to, message_id };
    let outcomes = attach_files(ctx, &api, meta, &journal, files).await;
    batch_result(&outcomes)
}

/// Multipart PUT or raw POST: decided once per server (remembered, else one GET).
async fn server_api(ctx: &Context, api: &Carbonio) -> Result<()> {
    let generation = ctx.call(api, Repeat::Safe, || api.generation()).await;
    remember_generation(ctx, api);
    generation.map_err(|f| f.context("asking the Carbonio server which API it speaks"))?;
    Ok(())
}

/// The upload half of `attach` (and of a `send` destination): the room is resolved, the
/// server's API known.
async fn attach_files(
    ctx: &Context,
    api: &Carbonio,
    meta: AttachMeta,
    journal: &Journal,
    files: Files,
) -> Vec<Outcome<String>> {
    let room = meta.room.clone();
    let target = CarbonioUpload { api, meta };
    let outcomes = upload_all(ctx, "attach", journal, &target, files, |file, id| {
        Record::file("attach", Status::Sent, file).id(id).field("room_id", room.as_str())
    })
    .await;
    // A server that turned out older than remembered (the multipart route missing).
    remember_generation(ctx, api);
    outcomes
}

/// `send --to carbonio[:ROOM]`: a room by UUID or by name (`room=` also), else the profile's.
struct Destination {
    api: Carbonio,
    wanted: Option<Wanted>,
    room: String,
}

impl super::send::Destination for Destination {
    fn rules(&self) -> (crate::upload::Limits, Accept) {
        (LIMITS, Accept::AnyFile)
    }

    fn resolve<'a>(&'a mut self, ctx: &'a Context) -> futures_util::future::LocalBoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if let Some(wanted) = self.wanted.take() {
                self.room = room_id(ctx, &self.api, wanted).await?;
            }
            server_api(ctx, &self.api).await
        })
    }

    fn send<'a>(
        &'a self,
        ctx: &'a Context,
        journal: &'a JournalArgs,
        files: Files,
    ) -> futures_util::future::LocalBoxFuture<'a, super::send::Results> {
        Box::pin(async move {
            let journal = match Journal::new(ctx, journal, SVC, Some(Place::new("room", &self.room))) {
                Ok(journal) => journal,
                Err(f) => return (0..files.len()).map(|i| (i, f.clone())).collect(),
            };
            let meta = AttachMeta { room: self.room.clone(), description: None, reply_to: None, message_id: None };
            results(&attach_files(ctx, &self.api, meta, &journal, files).await)
        })
    }
}

fn destination(ctx: &Context, to: &super::send::To) -> Result<Box<dyn super::send::Destination>> {
    let room = to.pick(&["room"]).map(|(_, v)| v);
    let wanted = room_wanted(ctx, room)?;
    if wanted == Wanted::Pick {
        // No pick list in the middle of a fan-out: the room must be named.
        return Err(Failure::usage("no room given").with_hint(format!(
            "write the destination as carbonio:ROOM (its UUID or name), or set `{}` in the profile",
            keys::ROOM
        )));
    }
    let api = adapter(ctx)?;
    Ok(Box::new(Destination { api, wanted: Some(wanted), room: String::new() }))
}

/// `limit` None = all of them.
async fn list(ctx: &Context, room: Option<String>, limit: Option<u32>) -> Result<()> {
    let room = room_wanted(ctx, room)?;
    let api = adapter(ctx)?;
    let room = room_id(ctx, &api, room).await?;
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
        table.page(&ctx.output, page.attachments.iter().take(want as usize).map(|a| row(ctx, a)).collect());
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

fn row(ctx: &Context, a: &Attachment) -> ([String; 5], serde_json::Value) {
    let cells = [
        escape(&a.id),
        a.size.map(|n| n.to_string()).unwrap_or_else(|| "-".into()),
        escape(&a.mime_type),
        escape(a.created_at.as_deref().unwrap_or("-")),
        escape(&a.name),
    ];
    (cells, attachment_record("list", a).to_json(ctx.service_name()))
}

/// An attachment as a record: the core keys, then the API's fields in snake_case (its
/// `createdAt` is RFC 3339 already).
fn attachment_record(action: &'static str, a: &Attachment) -> Record {
    let mut record = Record::action(action, Status::Done).id(&a.id).name(&a.name);
    if let Some(size) = a.size {
        record = record.size(size);
    }
    record = record
        .field("mime_type", a.mime_type.as_str())
        .field("user_id", a.user_id.as_str())
        .field("room_id", a.room_id.as_str())
        .field("created_at", a.created_at.clone());
    if let Some(area) = &a.area {
        record = record.field("area", area.as_str());
    }
    record
}

async fn info(ctx: &Context, id: String, room: Option<String>) -> Result<()> {
    let given = attachment_given(ctx, &id, room)?;
    let api = adapter(ctx)?;
    let id = attachment_of(ctx, &api, given).await?;
    let a = ctx.call(&api, Repeat::Safe, || api.info(&id)).await?;
    let mut lines = vec![
        format!("id:       {}", a.id),
        format!("name:     {}", escape(&a.name)),
        match a.size {
            Some(size) => format!("size:     {} ({size} bytes)", human_bytes(size)),
            None => "size:     not stated".to_string(),
        },
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
    ctx.report(&attachment_record("info", &a).plain(Plain::Custom(lines.join("\n"))));
    Ok(())
}

async fn fetch(ctx: &Context, id: String, room: Option<String>, output: Option<PathBuf>, force: bool) -> Result<()> {
    let given = attachment_given(ctx, &id, room)?;
    let api = adapter(ctx)?;
    let id = attachment_of(ctx, &api, given).await?;
    // The name comes from the info's JSON: the download's Content-Disposition is written raw.
    let attachment = ctx.call(&api, Repeat::Safe, || api.info(&id)).await?;
    let known = Known { name: attachment.name, size: attachment.size };
    download_one(ctx, &api, &id, output.as_deref(), force, Some(known), || api.download(&id)).await
}

async fn delete(ctx: &Context, id: String, room: Option<String>, yes: bool) -> Result<()> {
    let given = attachment_given(ctx, &id, room)?;
    // Said before a name is looked up: without --yes or a terminal nothing is deleted.
    may_destroy(ctx, &format!("attachment {}", escape(&id)), yes)?;
    let api = adapter(ctx)?;
    let id = attachment_of(ctx, &api, given).await?;
    let name = async |api: &Carbonio| Ok(api.info(&id).await?.name);
    kit::delete(ctx, "attachment", &id, yes, || Ok(api), name, async |api| api.delete(&id).await).await
}

async fn rooms(ctx: &Context) -> Result<()> {
    let api = adapter(ctx)?;
    let rooms = ctx.call(&api, Repeat::Safe, || api.rooms(true)).await.map_err(|f| f.context("listing the rooms"))?;
    targets::remember(ctx, &ROOM, &rooms.iter().map(candidate).collect::<Vec<_>>());
    let rows = rooms
        .iter()
        .map(|r| {
            let c = candidate(r);
            let mut record = Record::action("rooms", Status::Done).id(&c.id).field("type", r.kind.clone());
            if let Some(name) = &r.name {
                record = record.name(name);
            }
            if let Some(members) = &r.members {
                record = record.field("member_count", members.len());
            }
            let json = record.to_json(ctx.service_name());
            let name = if c.name.is_empty() { "-".to_string() } else { escape(&c.name) };
            let kind = if c.kind.is_empty() { "-".to_string() } else { escape(&c.kind) };
            ([escape(&c.id), kind, name], json)
        })
        .collect::<Vec<_>>();
    if rows.is_empty() {
        ctx.output.status("the account can access no rooms");
    }
    targets::print_list(ctx, ["ID", "TYPE", "NAME"], rows);
    Ok(())
}

/// Whose picture a command is about, as given.
enum Whose {
    Room(Option<String>),
    User(Option<String>),
}

/// The picture `whose` names: a room by UUID or name, a user by --user, else the account's own.
async fn picture_of(ctx: &Context, api: &Carbonio, whose: Whose) -> Result<Picture> {
    Ok(match whose {
        Whose::Room(room) => {
            let wanted = room_wanted(ctx, room)?;
            Picture::Room(room_id(ctx, api, wanted).await?)
        }
        Whose::User(Some(user)) => Picture::User(user_id(&user)?),
        Whose::User(None) => Picture::User(own_user(ctx, api).await?),
    })
}

fn user_id(id: &str) -> Result<String> {
    let id = id.trim().to_ascii_lowercase();
    if !is_uuid(&id) {
        return Err(Failure::usage(format!("the user id `{}` is not a UUID", escape(&id)))
            .with_hint("leave --user out for the logged-in account's own picture"));
    }
    Ok(id)
}

/// The account's own user id: cached beside the token by an earlier run, else asked of the
/// server once (and cached when the login is stored, so that the next run asks nothing).
async fn own_user(ctx: &Context, api: &Carbonio) -> Result<String> {
    let settings = ctx.settings(SVC);
    // A cached id belongs to the stored account, like the token: not to one from env.
    if let Some(cached) = settings.cached(keys::USER_ID, keys::ACCOUNT).map(|r| r.value.trim().to_ascii_lowercase())
        && is_uuid(&cached)
    {
        return Ok(cached);
    }
    let id = ctx
        .call(api, Repeat::Safe, || api.own_id())
        .await
        .map_err(|f| f.context("asking Carbonio for the account's id"))?;
    let stored = ctx.config.is_stored_login(SVC, keys::TOKEN) || ctx.config.is_stored_login(SVC, keys::PASSWORD);
    if stored && let Err(e) = ctx.config.store(SVC, &[(keys::USER_ID, Some(id.clone().into()))]) {
        ctx.output.warn(&format!("could not cache the account's id: {}", e.message));
    }
    Ok(id)
}

/// Names the picture in results and questions.
fn picture_label(of: &Picture) -> (String, &'static str) {
    match of {
        Picture::Room(id) => (format!("room {id}"), "room"),
        Picture::User(id) => (format!("user {id}"), "user"),
    }
}

async fn picture_set(ctx: &Context, whose: Whose, image: std::ffi::OsString) -> Result<()> {
    // What is wrong locally is said before any request.
    if let Whose::Room(room) = &whose {
        room_wanted(ctx, room.clone())?;
    }
    let set = match &whose {
        Whose::Room(_) => "room-picture-set",
        _ => "user-picture-set",
    };
    let accept = Accept::Images("a Carbonio picture must be an image (JPEG, PNG or GIF)");
    let files = prepare_files(ctx, set, [image], None, LIMITS, accept).await?;
    let api = adapter(ctx)?;
    let result = picture_set_with(ctx, &api, whose, set, files).await;
    remember_generation(ctx, &api);
    result
}

async fn picture_set_with(ctx: &Context, api: &Carbonio, whose: Whose, set: &'static str, files: Files) -> Result<()> {
    let user = matches!(whose, Whose::User(_));
    if user {
        // A server remembered as one without user pictures is not asked anything.
        api.check_user_pictures()?;
    }
    let of = picture_of(ctx, api, whose).await?;
    let limit = ctx.call(api, Repeat::Safe, || api.capabilities()).await?.picture_limit(&of);
    if user {
        // The capabilities told the server's generation on the way.
        api.check_user_pictures()?;
    }
    if let Some(warning) = &limit.warning {
        ctx.output.warn(warning);
    }
    let (label, action) = picture_label(&of);
    if let Some(file) = files.iter().find(|f| f.len > limit.bytes) {
        return Err(Failure::input(format!(
            "{} is {} ({} bytes): over this server's limit for a {action} picture, {} KiB ({})",
            file.display(),
            human_bytes(file.len),
            file.len,
            limit.kb,
            limit.field
        ))
        .with_hint("nothing was sent; scale the image down or save it with more compression"));
    }
    let id = match &of {
        Picture::Room(id) | Picture::User(id) => id.clone(),
    };
    let target = PictureUpload { api, of };
    // A picture replaces the previous one: nothing is posted twice, so no journal.
    let journal = Journal::new(ctx, &crate::cli::JournalArgs { no_journal: true, ..Default::default() }, SVC, None)?;
    let outcomes = upload_all(ctx, set, &journal, &target, files, |file, ()| {
        Record::file(set, Status::Sent, file).id(&id).field(&format!("{action}_id"), id.as_str())
    })
    .await;
    if outcomes.iter().all(|o| o.result.is_ok()) {
        let done = if ctx.global.dry_run { "would be set (dry run)" } else { "set" };
        ctx.output.status(&format!("picture of {label} {done}"));
    }
    batch_result(&outcomes)
}

async fn picture_get(ctx: &Context, whose: Whose, output: Option<PathBuf>, force: bool) -> Result<()> {
    let api = adapter(ctx)?;
    let result = picture_get_with(ctx, &api, whose, output, force).await;
    remember_generation(ctx, &api);
    result
}

async fn picture_get_with(
    ctx: &Context,
    api: &Carbonio,
    whose: Whose,
    output: Option<PathBuf>,
    force: bool,
) -> Result<()> {
    if let Whose::User(_) = whose {
        // A server remembered as one without user pictures is not asked anything.
        api.check_user_pictures()?;
    }
    let of = picture_of(ctx, api, whose).await?;
    let (_, action) = picture_label(&of);
    let id = match &of {
        Picture::Room(id) | Picture::User(id) => id.clone(),
    };
    // The API answers the picture without a name: it is saved as `<kind>-<id>.<ext>`, the
    // extension from the type the server states, so that an image viewer opens it.
    let get = match &of {
        Picture::Room(_) => "room-picture-get",
        Picture::User(_) => "user-picture-get",
    };
    let mut fields = serde_json::Map::new();
    fields.insert(format!("{action}_id"), id.clone().into());
    let of = &of;
    let base = format!("{action}-{id}");
    download_as(ctx, api, get, fields, &id, output.as_deref(), force, None, move || {
        let base = base.clone();
        async move {
            let mut response = api.picture(of).await?;
            name_by_type(&mut response, &base);
            Ok(response)
        }
    })
    .await
}

/// Give a nameless image answer the file name `base.<ext>` (ext from its Content-Type), as the
/// Content-Disposition the shared download flow reads.
fn name_by_type(response: &mut reqwest::Response, base: &str) {
    let mime = response
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .unwrap_or_default();
    let ext = match mime.as_str() {
        "image/png" => "png",
        "image/jpeg" | "image/jpg" => "jpg",
        "image/gif" => "gif",
        "image/webp" => "webp",
        "image/bmp" => "bmp",
        _ => "img",
    };
    if let Ok(value) = reqwest::header::HeaderValue::from_str(&format!("attachment; filename=\"{base}.{ext}\"")) {
        response.headers_mut().insert(reqwest::header::CONTENT_DISPOSITION, value);
    }
}

async fn picture_delete(ctx: &Context, room: Option<String>, yes: bool) -> Result<()> {
    let wanted = room_wanted(ctx, room)?;
    let what = "the room's picture".to_string();
    may_destroy(ctx, &what, yes)?;
    let api = adapter(ctx)?;
    let room = room_id(ctx, &api, wanted).await?;
    if !confirm_destroy(
        ctx,
        &format!("Remove the picture of room {room}?"),
        &format!("the picture of room {room}"),
        yes,
    )? {
        return Ok(());
    }
    // Not resent once it may have arrived: a second DELETE would answer 404 for a success.
    ctx.call(&api, Repeat::Once, || api.delete_room_picture(&room)).await?;
    ctx.report(&Record::action("room-picture-delete", Status::Done).id(&room).field("room_id", room.as_str()));
    Ok(())
}

/// The preview options as given.
pub struct PreviewArgs {
    room: Option<String>,
    size: Option<String>,
    thumbnail: bool,
    quality: Option<Quality>,
    format: Option<Format>,
    pages: Option<String>,
}

/// `WIDTHxHEIGHT`, each 0..=99999 (the API wants `>= 0` and the `x`).
fn area(value: &str) -> Result<String> {
    let ok = value.split_once('x').is_some_and(|(w, h)| {
        [w, h].iter().all(|n| (1..=5).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
    });
    if !ok {
        return Err(Failure::usage(format!("--size `{}` is not WIDTHxHEIGHT", escape(value)))
            .with_hint("e.g. --size 320x240 (0 leaves that side to the server)"));
    }
    Ok(value.to_string())
}

/// `FIRST-LAST`, FIRST >= 1, LAST 0 (the last page) or >= FIRST.
fn pages(value: &str) -> Result<(u32, u32)> {
    let parsed =
        value.split_once('-').and_then(|(a, b)| Some((a.trim().parse::<u32>().ok()?, b.trim().parse::<u32>().ok()?)));
    match parsed {
        Some((first, last)) if first >= 1 && (last == 0 || last >= first) => Ok((first, last)),
        _ => Err(Failure::usage(format!("--pages `{}` is not FIRST-LAST", escape(value)))
            .with_hint("e.g. --pages 1-3, or --pages 2-0 for page 2 to the end")),
    }
}

async fn preview(ctx: &Context, id: String, args: PreviewArgs, output: Option<PathBuf>, force: bool) -> Result<()> {
    let size = args.size.as_deref().map(area).transpose()?;
    let page_range = args.pages.as_deref().map(pages).transpose()?;
    // A UUID is the attachment's id; anything else its name in the room.
    let given = attachment_given(ctx, &id, args.room.clone())?;
    let api = adapter(ctx)?;
    let id = attachment_of(ctx, &api, given).await?;
    let a = ctx.call(&api, Repeat::Safe, || api.info(&id)).await?;
    let mime = a.mime_type.to_ascii_lowercase();
    let pdf = mime == "application/pdf";
    if !pdf && !mime.starts_with("image/") {
        return Err(Failure::usage(format!(
            "attachment {id} is {}: Carbonio makes previews of images and PDFs only",
            if mime.is_empty() { "of no stated type".to_string() } else { escape(&mime) }
        )));
    }
    if page_range.is_some() && (!pdf || args.thumbnail) {
        return Err(Failure::usage("--pages applies to the preview of a PDF, not to images or thumbnails"));
    }
    // The format decides the saved file's extension, so one is always sent: the given one,
    // else the original's when the API can produce it, else JPEG (PNG for PDF thumbnails).
    let format = args.format.unwrap_or(match mime.as_str() {
        "image/png" => Format::Png,
        "image/gif" => Format::Gif,
        _ if pdf => Format::Png,
        _ => Format::Jpeg,
    });
    let is_pdf_document = pdf && !args.thumbnail;
    let options = Preview {
        pdf,
        thumbnail: args.thumbnail,
        area: size.or_else(|| a.area.clone().filter(|s| area(s).is_ok())).unwrap_or_else(|| DEFAULT_AREA.to_string()),
        quality: args.quality.map(|q| QUALITIES[q as usize]),
        format: (!is_pdf_document).then(|| FORMATS[format as usize]),
        pages: page_range,
    };
    let stem = std::path::Path::new(&a.name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| id.clone());
    let kind = if args.thumbnail { "thumbnail" } else { "preview" };
    let ext = if is_pdf_document { "pdf" } else { FORMATS[format as usize] };
    let name = format!("{stem}-{kind}.{}", ext.to_ascii_lowercase());
    let mut fields = serde_json::Map::new();
    fields.insert("attachment_id".into(), id.clone().into());
    fields.insert("kind".into(), kind.into());
    download_as(ctx, &api, "preview", fields, &id, output.as_deref(), force, Some(Known { name, size: None }), || {
        api.preview(&id, &options)
    })
    .await
}
