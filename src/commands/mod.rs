//! The glue of each command: resolve settings, build the adapter, run it through the shared
//! uploader/downloader, and report results through `output`.

pub mod auth;
pub mod carbonio;
pub mod common;
pub mod completions;
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

use crate::cli::LoginArgs;
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

/// Every service's entry, in the order of `services::ALL`.
pub const SERVICES: [ServiceCommands; 5] =
    [pyrus::COMMANDS, connect::COMMANDS, ok::COMMANDS, carbonio::COMMANDS, protocol::COMMANDS];

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
