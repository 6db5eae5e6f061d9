//! The arguments of `chatdrop protocol` (clap derive): what the command line says, parsed; the
//! command itself is `commands::protocol`.

use clap::{Args, Subcommand};

use super::JournalArgs;

#[derive(Debug, Args)]
pub struct ProtocolArgs {
    #[command(subcommand)]
    pub action: ProtocolAction,
}

#[derive(Debug, Subcommand)]
pub enum ProtocolAction {
    /// Upload files as attachments (one request each) and print each one's id and file_url
    #[command(
        after_help = "Examples:\n  chatdrop protocol attach invoice.pdf\n  chatdrop protocol attach --conversation xgQQXg3hrtjh7AvZ shots/*.png\n  some-report | chatdrop protocol attach - --name report.txt"
    )]
    #[command(visible_alias = "upload")]
    Attach {
        #[command(flatten)]
        files: super::FileList,
        /// Put them into this conversation (default: the profile's `conversation`)
        #[arg(long, value_name = "ID")]
        conversation: Option<String>,
        /// File name to send (for `-`, or a single file)
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        #[command(flatten)]
        journal: JournalArgs,
    },
    /// List attachments, newest first (one page of 20 unless --limit or --all)
    #[command(
        after_help = "Examples:\n  chatdrop protocol attachments\n  chatdrop protocol attachments --conversation xgQQXg3hrtjh7AvZ --limit 50\n  chatdrop protocol attachments --all --json"
    )]
    #[command(visible_alias = "list", visible_alias = "ls")]
    Attachments {
        /// Only the attachments of this conversation
        #[arg(long, value_name = "ID")]
        conversation: Option<String>,
        /// How many to list (1 to 100)
        #[arg(long, value_name = "N", conflicts_with = "all", allow_negative_numbers = true)]
        limit: Option<i64>,
        /// List every attachment, page by page (100 per request)
        #[arg(long)]
        all: bool,
        /// Start after this attachment id (the last id of a previous page)
        #[arg(long, value_name = "ID")]
        after: Option<String>,
    },
    /// List conversations, most recently active first (one page of 20 unless --limit or --all)
    #[command(
        after_help = "Examples:\n  chatdrop protocol conversations\n  chatdrop protocol conversations --all --json"
    )]
    Conversations {
        /// How many to list (1 to 100)
        #[arg(long, value_name = "N", conflicts_with = "all", allow_negative_numbers = true)]
        limit: Option<i64>,
        /// List every conversation, page by page (100 per request)
        #[arg(long)]
        all: bool,
        /// Start after this conversation id (the last id of a previous page)
        #[arg(long, value_name = "ID")]
        after: Option<String>,
    },
    /// Show one attachment
    #[command(visible_alias = "info")]
    Get {
        /// The attachment id
        id: String,
    },
    /// Change an attachment's file name
    Rename {
        /// The attachment id
        id: String,
        /// The new file name
        new_name: String,
    },
    /// Delete an attachment for good (asks first; --yes to skip the question)
    #[command(visible_alias = "rm")]
    Delete {
        /// The attachment id
        id: String,
        /// Do not ask for confirmation (needed without a terminal)
        #[arg(short, long)]
        yes: bool,
    },
}
