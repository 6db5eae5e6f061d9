//! The kit: the shapes the services' commands share, so that a new service is a small file.
//! - [`Service`]: what the command layer asks of every service (its subcommands, its login,
//!   the live check of `auth status --check`, the words for its adapter's `Problem`s); the
//!   registry writes the dispatch from it (`commands::ServiceCommands::new`).
//! - [`Bearer`]: credentials that are one bearer token at a base URL: the adapter from the
//!   settings, the login that asks for the token, checks it live (the adapter's
//!   `services::kit::StaticToken`) and stores it, and the same check for `auth status --check`.
//! - [`delete`]: `<service> delete ID`, asked first on a terminal, never resent.
//! - [`offer_default`]: after an interactive login, the offer of a default target.
//! - [`Ready`] and [`target_of`]: `send --to <service>[:TARGET]` for a service whose upload
//!   needs no lookup first: the target from the `--to` or the profile, the service's upload.
//! - [`prelude`]: what a `commands::<service>` file imports, in one `use`.

use std::sync::Arc;

use futures_util::future::LocalBoxFuture;

use super::auth::{Ask, ask_secret};
use super::common::{Accept, Outcome, Repeat, confirm_destroy, may_destroy};
use super::context::Context;
use super::journal::Batch;
use super::record::{Record, Status};
use super::send::{Destination, Results, To, results};
use super::targets::{self, Candidate};
use crate::cli::{JournalArgs, LoginArgs};
use crate::config::{Config, Stored};
use crate::error::{ExitClass, Problem, Result};
use crate::http::Http;
use crate::secret::Secret;
use crate::services::kit::StaticToken;
use crate::services::spec::{Key, ServiceKind};
use crate::text::escape;
use crate::upload::retry::Renew;
use crate::upload::{Files, Limits};

/// What a `commands::<service>` file imports: `use super::kit::prelude::*;`.
pub mod prelude {
    pub use super::super::Service;
    pub use super::super::auth::{Ask, ask, ask_secret};
    pub use super::super::common::{
        Accept, Action, Outcome, Repeat, batch_result, download_one, may_destroy, prepare_files, upload_all,
        upload_then,
    };
    pub use super::super::context::Context;
    pub use super::super::journal::Batch as Journal;
    pub use super::super::record::{Plain, Record, Status};
    pub use super::super::send::{Destination, To, results};
    pub use super::super::targets::{self, Candidate, Item};
    pub use super::{self as kit, Bearer, Ready, Sending};
    pub use crate::cli::{JournalArgs, LoginArgs, UploadArgs};
    pub use crate::config::{Config, Stored};
    pub use crate::error::{Failure, Problem, Result};
    pub use crate::journal::Target as Place;
    pub use crate::services::kit::Post;
    pub use crate::services::spec::{Key, ServiceKind};
    pub use crate::text::escape;
    pub use crate::upload::{Files, LocalFile};
}

/// One service's commands, as the command layer dispatches them: each `commands::<service>`
/// declares `pub struct Commands;` and implements this for it.
pub trait Service: 'static {
    /// The parsed arguments of `chatdrop <service> …` (`cli::<service>`).
    type Args;

    /// `chatdrop <service> …`.
    async fn run(ctx: &Context, args: Self::Args) -> Result<()>;

    /// `chatdrop login <service>`: gather the credentials (flag, env, stdin, prompt), check
    /// them live, store them.
    async fn login(ctx: &Context, args: LoginArgs) -> Result<()>;

    /// Check the stored credentials live (`auth status --check`), with the request `login`
    /// checks with; `Ok(false)`: they cannot be checked without side effects.
    async fn check(ctx: &Context) -> Result<bool>;

    /// `send --to SERVICE[:TARGET]` and `watch`: this service as one destination, `to.target`
    /// being what its own upload flag takes (`To::pick` reads `key=value`), the rest from the
    /// profile. Local checks only (target syntax, credentials present); the destination finds
    /// names with read-only calls later and sends through the service's own upload flow.
    fn destination(ctx: &Context, to: &super::send::To) -> Result<Box<dyn super::send::Destination>>;

    /// The hint for a [`Problem`] the adapter reported, in chatdrop's words (flags, commands,
    /// variables; a login command with `--profile` from `Config::login_command`). Called by
    /// `Context::explain` only. None: no advice (refused credentials then get the login hint).
    fn hint(_config: &Config, _problem: &Problem) -> Option<String> {
        None
    }
}

/// Credentials that are one bearer token at a base URL: where they are, and how the adapter
/// `A` is made of them. `login` asks for the "<title> API token".
pub struct Bearer<A> {
    pub kind: ServiceKind,
    pub url: Key,
    pub token: Key,
    /// The adapter from the run's HTTP client, the base URL and the token.
    pub new: fn(Arc<Http>, String, Secret) -> A,
}

impl<A: StaticToken> Bearer<A> {
    /// The adapter from the settings (flag > env > files > keyring; exit 4 naming the login
    /// command and the variable when the token is missing).
    pub fn adapter(&self, ctx: &Context) -> Result<A> {
        let settings = ctx.settings(self.kind);
        let token = settings.credential(self.token)?;
        let http = ctx.http(&settings)?;
        let url = ctx.base_url(&settings, self.url)?;
        Ok((self.new)(http, url, token))
    }

    /// `auth status --check`: the stored token, checked live with the adapter's [`StaticToken`].
    pub async fn check(&self, ctx: &Context) -> Result<bool> {
        let api = self.adapter(ctx)?;
        ctx.call(&api, Repeat::Safe, || api.check()).await.map(|()| true)
    }

    /// `login`: the address (`--url`, else the setting or its default) and the token (env,
    /// stdin with `--with-token`, else the prompt), checked with the adapter's [`StaticToken`]
    /// before anything is stored; the address is stored only when it is not the default. The
    /// adapter comes back for what the login offers next.
    pub async fn login(&self, ctx: &Context, args: &LoginArgs) -> Result<A> {
        let settings = args.apply(ctx.settings(self.kind));
        let http = ctx.http(&settings)?;
        let url = ctx.base_url(&settings, self.url)?;
        let prompt = format!("{} API token", self.kind.title());
        let token = ask_secret(ctx, args, self.token, Ask::secret(&prompt))?;
        let api = (self.new)(http, url.clone(), token.clone());
        api.check().await.map_err(|f| {
            let f = f.context(format!("checking the token against {url}"));
            if f.class == ExitClass::Auth { f.with_hint("check the token (and --url); nothing was saved") } else { f }
        })?;
        let url_stored = Stored::unless_default(self.url, url.clone());
        super::auth::store(ctx, args, &[(self.token, Some(token.into())), (self.url, url_stored)])?;
        let host = reqwest::Url::parse(&url).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or(url);
        super::auth::logged_in(ctx, args, &format!("the token holder on {host}"));
        Ok(api)
    }
}

/// `<service> delete ID` of the `noun` (`attachment`) `id`: without `--yes` it needs a
/// terminal, where the question names what is about to go (`name` asks the server, which also
/// fails clearly on a wrong id before asking; "no" keeps it, exit 0); the delete itself is never
/// resent (a repeat of one that landed would answer "not found"). `api` builds the adapter
/// once the local checks passed.
pub async fn delete<A: Renew>(
    ctx: &Context,
    noun: &str,
    id: &str,
    yes: bool,
    api: impl FnOnce() -> Result<A>,
    name: impl AsyncFn(&A) -> Result<String>,
    delete: impl AsyncFn(&A) -> Result<()>,
) -> Result<()> {
    let what = format!("{noun} {id}");
    may_destroy(ctx, &what, yes)?;
    let api = api()?;
    if !yes {
        let name = ctx.call(&api, Repeat::Safe, || name(&api)).await?;
        if !confirm_destroy(ctx, &format!("Delete {} ({id}) for good?", escape(&name)), &what, yes)? {
            return Ok(());
        }
    }
    ctx.call(&api, Repeat::Once, || delete(&api)).await.map_err(|f| f.context(format!("deleting {what}")))?;
    ctx.report(&Record::action("delete", Status::Done).id(id));
    Ok(())
}

/// After an interactive login, when the profile has no default `kind` yet: list the
/// candidates and offer to store one. A failed list only costs the offer.
pub async fn offer_default(
    ctx: &Context,
    svc: ServiceKind,
    kind: &targets::Kind,
    list: impl AsyncFnOnce() -> Result<Vec<Candidate>>,
) -> Result<()> {
    let Some(key) = kind.key else { return Ok(()) };
    if !ctx.prompter.can_prompt() || ctx.settings(svc).get(key).is_some() {
        return Ok(());
    }
    match list().await {
        Ok(candidates) => targets::offer_default(ctx, svc, kind, &candidates),
        Err(f) => {
            ctx.output.warn(&format!("could not list the {}s to offer a default: {}", kind.noun, f.message));
            Ok(())
        }
    }
}

/// What a [`Ready`]'s `send` returns: each file's outcome.
pub type Sending<'a, O> = LocalBoxFuture<'a, Vec<Outcome<O>>>;

/// A service's uploads into one target, ready to run: its adapter, its target `T` as its upload
/// flag takes it (checked already), and its own upload flow `send`, which records each file
/// in the journal opened for `place` (the same function as its upload command's): `send --to
/// <service>[:TARGET]` (and `watch`) for a service whose upload needs no lookup first.
pub struct Ready<A, T, O> {
    pub kind: ServiceKind,
    pub rules: (Limits, Accept),
    pub api: A,
    pub target: T,
    /// The journal's name for the target (`folder:ID`); None: the account's own files.
    pub place: Option<crate::journal::Target>,
    pub send: for<'a> fn(&'a Context, &'a A, &'a T, Batch, Files) -> Sending<'a, O>,
}

impl<A, T, O> Destination for Ready<A, T, O> {
    fn rules(&self) -> (Limits, Accept) {
        self.rules
    }

    fn resolve<'a>(&'a mut self, _: &'a Context) -> LocalBoxFuture<'a, Result<()>> {
        Box::pin(std::future::ready(Ok(())))
    }

    fn send<'a>(&'a self, ctx: &'a Context, journal: &'a JournalArgs, files: Files) -> LocalBoxFuture<'a, Results> {
        Box::pin(async move {
            match Batch::new(ctx, journal, self.kind, self.place.clone()) {
                Ok(journal) => results(&(self.send)(ctx, &self.api, &self.target, journal, files).await),
                Err(f) => (0..files.len()).map(|i| (i, f.clone())).collect(),
            }
        })
    }
}

/// The target of `--to <service>:TARGET` (or `:key=TARGET`), else the profile's `key`.
pub fn target_of(ctx: &Context, kind: ServiceKind, to: &To, key: Key) -> Option<String> {
    to.pick(&[key.name()]).map(|(_, value)| value).or_else(|| ctx.settings(kind).get(key))
}
