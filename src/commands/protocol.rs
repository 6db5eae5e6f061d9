//! `chatdrop protocol ...`: not built yet (see its issue).

use clap::{Args, Subcommand};

use crate::app::Context;
use crate::error::{Failure, Result};

#[derive(Debug, Args)]
pub struct ProtocolArgs {
    #[command(subcommand)]
    pub action: ProtocolAction,
}

#[derive(Debug, Subcommand)]
pub enum ProtocolAction {}

pub async fn run(_ctx: &Context, args: ProtocolArgs) -> Result<()> {
    match args.action {}
}

pub async fn login(_ctx: &Context, _args: crate::cli::LoginArgs) -> Result<()> {
    Err(Failure::usage("login for this service is not available yet"))
}
