//! The arguments of `chatdrop send` and `chatdrop watch` (clap derive): one file, or a watched
//! folder, to several destinations; the commands themselves are `commands::send` and
//! `commands::watch`.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args;

use super::{FileList, JournalArgs, parse_duration};

/// Where the files go: `--to` (repeated) and `--route` (a named set in config.toml).
#[derive(Debug, Clone, Default, Args)]
pub struct Destinations {
    /// A destination: SERVICE, or SERVICE:TARGET where TARGET is what that service's own upload
    /// flag takes (a room, task, line, conference or conversation, by id or by name;
    /// `key=value` names the flag: `connect:line=Support`); the rest comes from the profile.
    /// Repeat it for more destinations
    #[arg(long = "to", value_name = "SERVICE[:TARGET]", required_unless_present = "route")]
    pub to: Vec<String>,
    /// The destinations listed under [routes.NAME] `to = [...]` in config.toml
    #[arg(long, value_name = "NAME")]
    pub route: Option<String>,
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  chatdrop send --to carbonio:\"Design Review\" --to pyrus:task=1234 --to connect:line=Support build/report.pdf\n  chatdrop send --route release dist/*.zip\n  chatdrop send --to protocol --to carbonio:Ops --skip-sent report.pdf"
)]
pub struct SendArgs {
    #[command(flatten)]
    pub to: Destinations,
    #[command(flatten)]
    pub files: FileList,
    /// File name to send (for `-`, or a single file)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub journal: JournalArgs,
}

/// What becomes of a file once every destination has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterSend {
    Keep,
    Delete,
    Move(PathBuf),
}

fn parse_after_send(value: &str) -> Result<AfterSend, String> {
    match value {
        "keep" => Ok(AfterSend::Keep),
        "delete" => Ok(AfterSend::Delete),
        _ => match value.strip_prefix("move:") {
            Some(dir) if !dir.is_empty() => Ok(AfterSend::Move(PathBuf::from(dir))),
            _ => Err("one of keep, delete, move:DIR".into()),
        },
    }
}

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  chatdrop watch ~/Screenshots --to carbonio:\"Design Review\" --include '*.png'\n  chatdrop watch /srv/scans --route scans --once      # for cron: send what is new, then exit\n  chatdrop watch inbox --to protocol --after-send move:sent"
)]
pub struct WatchArgs {
    /// The folder to watch
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    #[command(flatten)]
    pub to: Destinations,
    /// Send only files whose name (or path under DIR) matches this glob (repeatable; `*.png`)
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// Leave out files whose name (or path under DIR) matches this glob (repeatable)
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Watch the folders under DIR too
    #[arg(long, short = 'r')]
    pub recursive: bool,
    /// Send what the journal lacks, then exit (for cron)
    #[arg(long)]
    pub once: bool,
    /// A file is sent once it has not changed for this long
    #[arg(long, value_name = "DURATION", default_value = "2s", value_parser = parse_duration)]
    pub settle: Duration,
    /// What to do with a file once every destination has it: keep, delete, or move:DIR
    #[arg(long, value_name = "keep|delete|move:DIR", default_value = "keep", value_parser = parse_after_send)]
    pub after_send: AfterSend,
    /// Poll the folder instead of asking the kernel for events (network file systems)
    #[arg(long)]
    pub poll: bool,
    #[command(flatten)]
    pub journal: JournalArgs,
}
