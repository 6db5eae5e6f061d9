//! `chatdrop carbonio ...`: not built yet (see its issue).

use clap::{Args, Subcommand};

use crate::app::Context;
use crate::error::{Failure, Result};

#[derive(Debug, Args)]
pub struct CarbonioArgs {
    #[command(subcommand)]
    pub action: CarbonioAction,
}

#[derive(Debug, Subcommand)]
pub enum CarbonioAction {}

pub async fn run(_ctx: &Context, args: CarbonioArgs) -> Result<()> {
    match args.action {}
}

pub async fn login(_ctx: &Context, _args: crate::cli::LoginArgs) -> Result<()> {
    Err(Failure::usage("login for this service is not available yet"))
}
