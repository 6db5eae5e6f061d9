//! The arguments of `chatdrop connect` (clap derive): what the command line says, parsed; the
//! command itself is `commands::connect`.

use clap::{Args, Subcommand};

use super::JournalArgs;

pub type ConnectArgs = super::Actions<ConnectAction>;

/// Where a send goes: a support line (and the user on it), with who sends and what to say.
/// `send-image` adds the group chat ([`ImageDestination`]); `send-file` goes to lines only.
#[derive(Debug, Args)]
pub struct Destination {
    /// Who sends: a member of the group chat, or the specialist on a line (default: the profile's `author`)
    #[arg(long, value_name = "UUID")]
    pub author: Option<String>,
    /// The support line to send to, by UUID or name (default: the profile's `line`)
    #[arg(long, value_name = "LINE")]
    pub line: Option<String>,
    /// The user (subscriber) on the support line (default: the profile's `user`)
    #[arg(long, value_name = "UUID")]
    pub user: Option<String>,
    /// Comment shown with each file
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,
    /// File name to send (for `-`, or a single file)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    #[command(flatten)]
    pub journal: JournalArgs,
}

/// `send-image`'s destination: a group chat by default, a support line with --line/--user.
#[derive(Debug, Args)]
pub struct ImageDestination {
    /// Group chat (conference) UUID (default: the profile's `conference`)
    #[arg(long, value_name = "UUID", conflicts_with_all = ["line", "user"])]
    pub conference: Option<String>,
    #[command(flatten)]
    pub to: Destination,
}

#[derive(Debug, Subcommand)]
pub enum ConnectAction {
    /// Send images (PNG, JPEG, GIF, WEBP, BMP) into a group chat, one message each, or to a
    /// support line with --line and --user
    #[command(
        after_help = "Examples:\n  chatdrop connect send-image shot.png\n  chatdrop connect send-image --conference bb5c7328-1886-4a8b-aa00-e00fab828e24 --author fee6104e-78b5-11e5-80dc-0025904f970f --comment \"Nightly build\" screenshots/*.png\n  chatdrop connect send-image --line LINE-UUID --user USER-UUID chart.png"
    )]
    SendImage {
        #[command(flatten)]
        images: super::FileList,
        #[command(flatten)]
        to: ImageDestination,
    },
    /// Send files of any type to a user on a support line (1C-Connect documents no file
    /// sending into group chats)
    #[command(
        after_help = "Examples:\n  chatdrop connect send-file --line LINE-UUID --user USER-UUID report.pdf\n  chatdrop connect send-file build.log   # line and user from the profile"
    )]
    #[command(visible_alias = "upload")]
    SendFile {
        #[command(flatten)]
        files: super::FileList,
        #[command(flatten)]
        to: Destination,
    },
    /// List the support lines the API user serves: id and name (tab-separated when piped)
    Lines,
}
