//! `chatdrop connect ...`: not built yet (see its issue).

use clap::{Args, Subcommand};

use crate::app::Context;
use crate::error::{Failure, Result};

#[derive(Debug, Args)]
pub struct ConnectArgs {
    #[command(subcommand)]
    pub action: ConnectAction,
}

#[derive(Debug, Subcommand)]
pub enum ConnectAction {}

pub async fn run(_ctx: &Context, args: ConnectArgs) -> Result<()> {
    match args.action {}
}

pub async fn login(_ctx: &Context, _args: crate::cli::LoginArgs) -> Result<()> {
    Err(Failure::usage("login for this service is not available yet"))
}
