//! `chatdrop connect send-image|send-file|lines` (1C-Connect group chats and support lines;
//! `--line` takes a line's UUID or its name) and `chatdrop login connect`. Not the kit's `Bearer`:
//! HTTP Basic with an API user, checked with the line list.

use super::kit::prelude::*;
use super::targets::Wanted;
use crate::cli::connect::{ConnectAction, ConnectArgs, Destination};
use crate::config::ServiceSettings;
use crate::error::ExitClass;
use crate::ids::is_uuid;
use crate::services::connect::{Connect, ConnectUpload, Credentials, Kind, LIMITS, Recipient, Sent, keys, things};

const SVC: ServiceKind = crate::services::connect::KIND;

/// Support lines as `targets` names them.
const LINE: targets::Kind =
    targets::Kind { noun: "support line", key: Some(keys::LINE), list: "chatdrop connect lines", by_id: "with --line" };

/// Stands in for a line given by name while the rest of the recipient is checked, before
/// the one request that finds the line's id.
const UNRESOLVED_LINE: &str = "00000000-0000-0000-0000-000000000000";

/// This service in the command layer's registry (`commands::SERVICES`).
pub struct Commands;

impl super::Service for Commands {
    type Args = ConnectArgs;

    async fn run(ctx: &Context, args: ConnectArgs) -> Result<()> {
        match args.action {
            ConnectAction::SendImage { images, to } => send(ctx, Kind::Image, images, to.conference, to.to).await,
            ConnectAction::SendFile { files, to } => send(ctx, Kind::File, files, None, to).await,
            ConnectAction::Lines => lines(ctx).await,
        }
    }

    async fn login(ctx: &Context, args: LoginArgs) -> Result<()> {
        let settings = args.apply(ctx.settings(SVC));
        let http = ctx.http(&settings)?;
        let base = super::auth::ask_url(ctx, &settings, keys::URL, "1C-Connect server address (the push API)")?;
        let question = "Login of the 1C-Connect API user (management system > Administration > API settings)";
        let login = ask(ctx, &args, keys::LOGIN, Ask::text(question))?;
        let password = ask_secret(ctx, &args, keys::PASSWORD, Ask::secret("Password of the API user"))?;
        let connect =
            Connect::new(http, base.clone(), Credentials { login: login.clone(), password: password.clone() });
        // A GET is harmless to repeat; only temporary failures are retried. Refused answers were
        // just typed or given: what to check, not the login command the user is running.
        let lines = ctx.call(&connect, Repeat::Safe, || connect.check_login()).await.map_err(|f| {
            if f.class == ExitClass::Auth {
                f.with_hint("check the login and password of the API user (management system > Administration > API settings; it needs the full tariff)")
            } else {
                f.context("checking the login with 1C-Connect")
            }
        })?;
        match lines {
            Some(n) => ctx.output.status(&format!("the API user sees {}", crate::text::count(n as u64, "support line"))),
            None => ctx.output.warn(
                "1C-Connect accepted the login but the API user may not list support lines; sending may need more rights",
            ),
        }
        super::auth::store(
            ctx,
            &args,
            &[
                (keys::LOGIN, Some(login.clone().into())),
                (keys::PASSWORD, Some(password.into())),
                (keys::URL, Stored::unless_default(keys::URL, base)),
            ],
        )?;
        super::auth::logged_in(ctx, &args, &login);
        kit::offer_default(ctx, SVC, &LINE, async || line_candidates(&connect).await).await
    }

    fn destination(ctx: &Context, to: &super::send::To) -> Result<Box<dyn super::send::Destination>> {
        destination(ctx, to)
    }

    async fn check(ctx: &Context) -> Result<bool> {
        let api = adapter(ctx, &ctx.settings(SVC))?;
        ctx.call(&api, Repeat::Safe, || api.check_login()).await.map(|_| true)
    }

    /// What to do about what 1C-Connect reported, in chatdrop's words (a refused login gets the
    /// login hint from `Context::explain`).
    fn hint(_: &Config, problem: &Problem) -> Option<String> {
        Some(match problem {
            Problem::Forbidden(things::LINE_LIST) => "give the line's UUID with --line".into(),
            Problem::ImagesOnly => "send it to a support line with --line and --user, or send an image".into(),
            Problem::WrongServerUrl => format!("check the {} setting", keys::URL),
            Problem::Forbidden(things::GROUP_CHAT) => format!(
                "send as a member of the group (--author, or `{}` in the profile), and check the API user's rights in the management system (Administration > API settings)",
                keys::AUTHOR
            ),
            _ => return None,
        })
    }
}

/// A UUID setting (flag, env, files), checked locally: a usage error names where it came from.
fn uuid_setting(settings: &ServiceSettings<'_>, key: Key) -> Result<Option<String>> {
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
    let conference = uuid_setting(settings, keys::CONFERENCE)?;
    let author = uuid_setting(settings, keys::AUTHOR)?;
    let line = uuid_setting(settings, keys::LINE)?;
    let user = uuid_setting(settings, keys::USER)?;
    let to_line =
        kind == Kind::File || to.line.is_some() || to.user.is_some() || (conference.is_none() && line.is_some());
    if to_line {
        let line = line.ok_or_else(|| usage_missing(settings, keys::LINE, kind))?;
        let user = user.ok_or_else(|| usage_missing(settings, keys::USER, kind))?;
        return Ok(Recipient::Line { line_id: line, user_id: user, author_id: author });
    }
    let conference = conference.ok_or_else(|| usage_missing(settings, keys::CONFERENCE, kind))?;
    let author = author.ok_or_else(|| usage_missing(settings, keys::AUTHOR, kind))?;
    Ok(Recipient::Conference { conference_id: conference, author_id: author })
}

fn usage_missing(settings: &ServiceSettings<'_>, key: Key, kind: Kind) -> Failure {
    let mut failure = settings.require(key, Some(&format!("--{key}"))).err().unwrap_or_else(|| Failure::usage(""));
    let why = match (key, kind) {
        (keys::CONFERENCE, _) => "which group chat to send to",
        (keys::AUTHOR, _) => "who sends: a member of the group chat",
        (keys::LINE, Kind::File) => {
            "which support line to send to (1C-Connect documents no file sending into group chats)"
        }
        (keys::LINE, _) => "which support line to send to",
        _ => "which user on the support line to send to",
    };
    failure.message = format!("{}: {why}", failure.message);
    failure
}

/// The adapter, with the API user's credentials (exit 4 naming login and env vars if missing).
fn adapter(ctx: &Context, settings: &ServiceSettings<'_>) -> Result<Connect> {
    let http = ctx.http(settings)?;
    let base = ctx.base_url(settings, keys::URL)?;
    let credentials =
        Credentials { login: settings.identity(keys::LOGIN)?, password: settings.credential(keys::PASSWORD)? };
    Ok(Connect::new(http, base, credentials))
}

async fn send(
    ctx: &Context,
    kind: Kind,
    args: crate::cli::FileList,
    conference: Option<String>,
    to: Destination,
) -> Result<()> {
    let (settings, line, mut recipient) = plan(ctx, kind, conference, &to)?;
    let files = prepare_files(ctx, action_of(kind), args, to.name.as_deref(), LIMITS, accept_of(kind)).await?;
    let connect = adapter(ctx, &settings)?;
    if let (Some(wanted), Recipient::Line { line_id, .. }) = (line, &mut recipient) {
        // Once for the whole batch, before the first file.
        *line_id = line_id_of(ctx, &connect, wanted).await?;
    }
    let journal = Journal::new(ctx, &to.journal, SVC, Some(place_of(&recipient)))?;
    batch_result(&deliver(ctx, &connect, recipient, kind, to.comment, &journal, files).await)
}

fn action_of(kind: Kind) -> &'static str {
    match kind {
        Kind::Image => "send-image",
        Kind::File => "send-file",
    }
}

fn accept_of(kind: Kind) -> Accept {
    match kind {
        Kind::Image => Accept::Images("send other files to a support line with `chatdrop connect send-file`"),
        Kind::File => Accept::AnyFile,
    }
}

/// The group chat, or the user on the line: the journal's target.
fn place_of(recipient: &Recipient) -> Place {
    match recipient {
        Recipient::Conference { conference_id, .. } => Place::new("conference", conference_id),
        Recipient::Line { line_id, user_id, .. } => Place::new("line", line_id).and("user", user_id),
    }
}

/// The recipient from flags and profile, before any request: the settings it came from, the
/// line still to find when it was given by name (or is to be picked), and the recipient.
fn plan<'a>(
    ctx: &'a Context,
    kind: Kind,
    conference: Option<String>,
    to: &Destination,
) -> Result<(crate::config::ServiceSettings<'a>, Option<Wanted>, Recipient)> {
    let settings = ctx
        .settings(SVC)
        .flag(keys::CONFERENCE, conference)
        .flag(keys::AUTHOR, to.author.clone())
        .flag(keys::LINE, to.line.clone())
        .flag(keys::USER, to.user.clone());
    // The same rule as `recipient`: does this send go to a support line?
    let to_line = kind == Kind::File
        || to.line.is_some()
        || to.user.is_some()
        || (settings.get(keys::CONFERENCE).is_none() && settings.get(keys::LINE).is_some());
    let line = if to_line {
        Some(
            targets::wanted(ctx, &settings, &LINE, |v| is_uuid(v).then(|| v.to_string()))
                .map_err(|_| usage_missing(&settings, keys::LINE, kind))?,
        )
    } else {
        None
    };
    let line = line.filter(|w| matches!(w, Wanted::Name(_) | Wanted::Pick));
    let settings = match &line {
        Some(_) => settings.flag(keys::LINE, Some(UNRESOLVED_LINE)),
        None => settings,
    };
    let recipient = recipient(&settings, kind, to)?;
    Ok((settings, line, recipient))
}

/// The sending half of `send-image`/`send-file` (and of a `send` destination).
async fn deliver(
    ctx: &Context,
    connect: &Connect,
    recipient: Recipient,
    kind: Kind,
    comment: Option<String>,
    journal: &Journal,
    files: Files,
) -> Vec<Outcome<Sent>> {
    let action = action_of(kind);
    let delivery = ConnectUpload { connect, to: recipient, kind, comment };
    // 1C-Connect answers a send with no id: the record's id is null, its plain line starts with `-`.
    upload_all(ctx, action, journal, &delivery, files, |file, sent: &Sent| {
        Record::file(action, Status::Sent, file)
            .fields(sent.meta.clone())
            .field("content_type", sent.content_type.as_str())
    })
    .await
}

/// `send --to connect[:TARGET]`: `line=LINE` (a support line by UUID or name, the user from
/// the profile: any file), `conference=UUID` (a group chat: images only); a bare value is a
/// line; nothing: the profile's group chat if it has one, else its line.
struct SendDestination {
    api: Connect,
    kind: Kind,
    line: Option<Wanted>,
    recipient: Recipient,
}

impl super::send::Destination for SendDestination {
    fn rules(&self) -> (crate::upload::Limits, Accept) {
        (LIMITS, accept_of(self.kind))
    }

    fn resolve<'a>(&'a mut self, ctx: &'a Context) -> futures_util::future::LocalBoxFuture<'a, Result<()>> {
        Box::pin(async move {
            if let (Some(wanted), Recipient::Line { line_id, .. }) = (self.line.take(), &mut self.recipient) {
                *line_id = line_id_of(ctx, &self.api, wanted).await?;
            }
            Ok(())
        })
    }

    fn send<'a>(
        &'a self,
        ctx: &'a Context,
        journal: &'a crate::cli::JournalArgs,
        files: Files,
    ) -> futures_util::future::LocalBoxFuture<'a, super::send::Results> {
        Box::pin(async move {
            let journal = match Journal::new(ctx, journal, SVC, Some(place_of(&self.recipient))) {
                Ok(journal) => journal,
                Err(f) => return (0..files.len()).map(|i| (i, f.clone())).collect(),
            };
            let recipient = self.recipient.clone();
            results(&deliver(ctx, &self.api, recipient, self.kind, None, &journal, files).await)
        })
    }
}

fn destination(ctx: &Context, to: &super::send::To) -> Result<Box<dyn super::send::Destination>> {
    let (mut conference, mut line) = (None, None);
    match to.pick(&["line", "conference"]) {
        Some(("conference", value)) => conference = Some(value),
        Some((_, value)) => line = Some(value),
        None => {}
    }
    let kind = if line.is_some() || (conference.is_none() && ctx.settings(SVC).get(keys::CONFERENCE).is_none()) {
        Kind::File
    } else {
        Kind::Image
    };
    let args = Destination { author: None, line, user: None, comment: None, name: None, journal: Default::default() };
    let (settings, line, recipient) = plan(ctx, kind, conference, &args)?;
    if line == Some(Wanted::Pick) {
        return Err(Failure::usage("no support line given").with_hint(format!(
            "write the destination as connect:line=LINE (its UUID or name), or set `{}` in the profile",
            keys::LINE
        )));
    }
    let api = adapter(ctx, &settings)?;
    Ok(Box::new(SendDestination { api, kind, line, recipient }))
}

/// The line's id: found by name (or picked) in one `GET /v1/line/`.
async fn line_id_of(ctx: &Context, connect: &Connect, wanted: Wanted) -> Result<String> {
    targets::settle(ctx, connect, &LINE, wanted, move || line_candidates(connect)).await
}

async fn line_candidates(connect: &Connect) -> Result<Vec<Candidate>> {
    Ok(connect.lines().await?.into_iter().map(|l| Candidate { id: l.id, name: l.name, kind: String::new() }).collect())
}

async fn lines(ctx: &Context) -> Result<()> {
    let settings = ctx.settings(SVC);
    let connect = adapter(ctx, &settings)?;
    let lines = ctx
        .call(&connect, Repeat::Safe, || connect.lines())
        .await
        .map_err(|f| f.context("listing the support lines"))?;
    let names: Vec<Candidate> =
        lines.iter().map(|l| Candidate { id: l.id.clone(), name: l.name.clone(), kind: String::new() }).collect();
    targets::remember(ctx, &LINE, &names);
    if lines.is_empty() {
        ctx.output.status("the API user serves no support lines");
    }
    let rows = lines
        .into_iter()
        .map(|l| {
            let json = Record::action("lines", Status::Done).id(&l.id).name(&l.name).to_json(ctx.service_name());
            ([escape(&l.id), escape(&l.name)], json)
        })
        .collect();
    targets::print_list(ctx, ["ID", "NAME"], rows);
    Ok(())
}
