//! The glue of each command: resolve settings, build the adapter, run it through the shared
//! uploader/downloader, and report results through `output`.

pub mod auth;
pub mod carbonio;
pub mod common;
pub mod connect;
pub mod context;
pub mod history;
pub mod journal;
pub mod ok;
pub mod protocol;
pub mod pyrus;
pub mod record;
pub mod sandbox;
pub mod targets;

use futures_util::future::LocalBoxFuture;

use crate::cli::{LoginArgs, ServiceCommand};
use crate::commands::context::Context;
use crate::error::Result;
use crate::services::spec::ServiceKind;

/// What the command layer knows how to do for every service, beside its own subcommands:
/// log in (prompting, checking live, storing) and check stored credentials live
/// (`auth status --check`). One entry per service, declared beside its commands.
pub struct ServiceCommands {
    pub kind: ServiceKind,
    pub login: for<'a> fn(&'a Context, LoginArgs) -> LocalBoxFuture<'a, Result<()>>,
    /// `Ok(false)`: these credentials cannot be checked without side effects.
    pub check: for<'a> fn(&'a Context) -> LocalBoxFuture<'a, Result<bool>>,
}

/// Writes [`SERVICES`] and [`run_service`] from the registry (`with_each_service!` in lib.rs):
/// each service's `commands::<service>` declares `COMMANDS` and `run`.
macro_rules! service_commands {
    ($($(#[$doc:meta])* $module:ident $variant:ident($args:ident),)*) => {
        /// Every service's entry, in the order of `services::ALL`.
        pub const SERVICES: [ServiceCommands; crate::services::ALL.len()] = [$($module::COMMANDS),*];

        /// Runs `chatdrop <service> …`: the service's own subcommands.
        pub async fn run_service(ctx: &Context, command: ServiceCommand) -> Result<()> {
            match command {
                $(ServiceCommand::$variant(args) => $module::run(ctx, args).await,)*
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
    #[test]
    fn every_registered_service_has_its_commands() {
        for kind in crate::services::ALL {
            assert!(super::of(kind).is_some(), "{}", kind.name());
        }
    }
}
