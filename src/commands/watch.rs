//! `chatdrop watch DIR` (stub).
use super::context::Context;
use crate::cli::send::WatchArgs;
use crate::error::{Failure, Result};

pub async fn run(_ctx: &Context, _args: WatchArgs) -> Result<()> {
    Err(Failure::general("not yet"))
}
