//! The glue of each command: resolve settings, build the adapter, run it through the shared
//! uploader/downloader, and report results through `output`.

pub mod auth;
pub mod common;
pub mod complete;
pub mod context;
pub mod history;
pub mod journal;
pub mod kit;
pub mod record;
pub mod sandbox;
pub mod send;
pub mod targets;
pub mod watch;
// Each service's commands, one module per registry line.
with_each_service!(service_modules, public);

use futures_util::future::LocalBoxFuture;

use crate::cli::{LoginArgs, ServiceCommand};
use crate::commands::context::Context;
use crate::config::Config;
use crate::error::{Problem, Result};
use crate::services::spec::ServiceKind;

pub use kit::Service;

/// What the command layer knows how to do for every service beside its own subcommands, as
/// one entry per service: log in, check stored credentials live (`auth status --check`), and
/// advise on what its adapter reported. Written by the registry from each service's
/// [`Service`] implementation ([`ServiceCommands::new`]).
pub struct ServiceCommands {
    pub kind: ServiceKind,
    login: for<'a> fn(&'a Context, LoginArgs) -> LocalBoxFuture<'a, Result<()>>,
    check: for<'a> fn(&'a Context) -> LocalBoxFuture<'a, Result<bool>>,
    hint: fn(&Config, &Problem) -> Option<String>,
    destination: fn(&Context, &send::To) -> Result<Box<dyn send::Destination>>,
}

impl ServiceCommands {
    /// The entry of `kind`, whose commands are `S`.
    pub const fn new<S: Service>(kind: ServiceKind) -> Self {
        ServiceCommands { kind, login: login_of::<S>, check: check_of::<S>, hint: S::hint, destination: S::destination }
    }

    /// `chatdrop login <service>` (see [`Service::login`]).
    pub fn login<'a>(&self, ctx: &'a Context, args: LoginArgs) -> LocalBoxFuture<'a, Result<()>> {
        (self.login)(ctx, args)
    }

    /// The live check of `auth status --check` (see [`Service::check`]).
    pub fn check<'a>(&self, ctx: &'a Context) -> LocalBoxFuture<'a, Result<bool>> {
        (self.check)(ctx)
    }

    /// This service as a destination of `send` and `watch` (see [`Service::destination`]).
    pub fn destination(&self, ctx: &Context, to: &send::To) -> Result<Box<dyn send::Destination>> {
        (self.destination)(ctx, to)
    }

    /// The words for a [`Problem`] (see [`Service::hint`]); called by `Context::explain` only.
    pub fn hint(&self, config: &Config, problem: &Problem) -> Option<String> {
        (self.hint)(config, problem)
    }
}

fn login_of<S: Service>(ctx: &Context, args: LoginArgs) -> LocalBoxFuture<'_, Result<()>> {
    Box::pin(S::login(ctx, args))
}

fn check_of<S: Service>(ctx: &Context) -> LocalBoxFuture<'_, Result<bool>> {
    Box::pin(S::check(ctx))
}

/// Writes [`SERVICES`] and [`run_service`] from the registry (`with_each_service!` in lib.rs):
/// each service's `commands::<service>` declares `Commands`, its [`Service`].
macro_rules! service_commands {
    ($($(#[$doc:meta])* $module:ident $variant:ident($args:ident),)*) => {
        /// Every service's entry, in the order of `services::ALL`.
        pub const SERVICES: [ServiceCommands; crate::services::ALL.len()] =
            [$(ServiceCommands::new::<$module::Commands>(crate::services::$module::KIND)),*];

        /// Runs `chatdrop <service> …`: the service's own subcommands.
        pub async fn run_service(ctx: &Context, command: ServiceCommand) -> Result<()> {
            match command {
                $(ServiceCommand::$variant(args) => <$module::Commands as Service>::run(ctx, args).await,)*
            }
        }
    };
}
with_each_service!(service_commands);

/// The entry of `kind` (every registered service has one; a unit test checks it).
pub fn of(kind: ServiceKind) -> Option<&'static ServiceCommands> {
    SERVICES.iter().find(|s| s.kind.name() == kind.name())
}

#[cfg(test)]
mod tests {
    use crate::config::{Config, Paths};
    use crate::error::{Problem, Thing};
    use crate::services::spec::ServiceKind;
    use crate::services::{ok, protocol, pyrus};

    #[test]
    fn every_registered_service_has_its_commands() {
        for kind in crate::services::ALL {
            assert!(super::of(kind).is_some(), "{}", kind.name());
        }
    }

    /// `kind`'s hint for `problem` with `profile` in use; the configuration reads no file.
    fn hint(kind: ServiceKind, profile: &str, problem: Problem) -> Option<String> {
        let dir = std::path::PathBuf::from("/nonexistent/chatdrop");
        let paths = Paths {
            config_file: dir.join("config.toml"),
            credentials_file: dir.join("credentials.toml"),
            dir,
            config_explicit: false,
        };
        let config = Config::load(paths, profile.into(), Some(Default::default()), &crate::log::Silent).unwrap();
        super::of(kind).unwrap().hint(&config, &problem)
    }

    #[test]
    fn login_hints_name_the_profile_in_use_and_keep_their_words() {
        assert_eq!(
            hint(protocol::KIND, "default", Problem::TokenRejected).unwrap(),
            "the token is wrong, expired or revoked: run `chatdrop login protocol`, or set CHATDROP_PROTOCOL_TOKEN"
        );
        assert_eq!(
            hint(protocol::KIND, "work", Problem::TokenRejected).unwrap(),
            "the token is wrong, expired or revoked: run `chatdrop login protocol --profile work`, or set CHATDROP_PROTOCOL_TOKEN"
        );
        assert_eq!(
            hint(ok::KIND, "default", Problem::CredentialsMismatch).unwrap(),
            "the application_secret_key (or session_secret_key) does not belong to this application_key and access_token; check it, or run `chatdrop login ok`, or set CHATDROP_OK_ACCESS_TOKEN and CHATDROP_OK_APPLICATION_SECRET_KEY (or CHATDROP_OK_SESSION_SECRET_KEY)"
        );
        assert_eq!(
            hint(ok::KIND, "default", Problem::UnknownApplication).unwrap(),
            "use the application's public key (OK.ru application settings), e.g. via `chatdrop login ok` or CHATDROP_OK_APPLICATION_KEY"
        );
        assert_eq!(
            hint(ok::KIND, "work", Problem::NeedsPermission("PHOTO_CONTENT")).unwrap(),
            "grant the application the PHOTO_CONTENT permission (and ask the user for it), get a new access token, then run `chatdrop login ok --profile work`"
        );
    }

    #[test]
    fn a_problem_a_service_has_no_advice_for_gets_none() {
        assert_eq!(hint(pyrus::KIND, "default", Problem::TokenRejected), None);
        assert_eq!(hint(protocol::KIND, "default", Problem::NotFound(Thing("room"))), None);
    }
}
