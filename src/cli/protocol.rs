//! The arguments of `chatdrop protocol` (clap derive): what the command line says, parsed; the
//! command itself is `commands::protocol`.

use clap::{Args, Subcommand};

use super::{UploadArgs, Yes};

pub type ProtocolArgs = super::Actions<ProtocolAction>;

#[derive(Debug, Subcommand)]
pub enum ProtocolAction {
    /// Upload files as attachments (one request each) and print each one's id and file_url
    #[command(
        after_help = "Examples:\n  chatdrop protocol attach invoice.pdf\n  chatdrop protocol attach --conversation xgQQXg3hrtjh7AvZ shots/*.png\n  some-report | chatdrop protocol attach - --name report.txt"
    )]
    #[command(visible_alias = "upload")]
    Attach(UploadArgs<AttachInto>),
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
    #[command(
        after_help = "Examples:\n  chatdrop protocol get Nc6yKKMpcxiiFxp6\n  chatdrop protocol get invoice.pdf --conversation xgQQXg3hrtjh7AvZ"
    )]
    Get {
        /// The attachment id, or its file name (in --conversation, or among all attachments)
        #[arg(value_name = "ID|NAME")]
        id: String,
        /// The conversation to find the attachment NAME in (default: the profile's `conversation`; none: every attachment)
        #[arg(long, value_name = "ID")]
        conversation: Option<String>,
    },
    /// Download an attachment (from its file_url) under its name
    #[command(
        after_help = "Examples:\n  chatdrop protocol download Nc6yKKMpcxiiFxp6 -o out/\n  chatdrop protocol download invoice.pdf --conversation xgQQXg3hrtjh7AvZ -o - | less"
    )]
    Download {
        /// The attachment id, or its file name (in --conversation, or among all attachments)
        #[arg(value_name = "ID|NAME")]
        id: String,
        /// The conversation to find the attachment NAME in (default: the profile's `conversation`; none: every attachment)
        #[arg(long, value_name = "ID")]
        conversation: Option<String>,
        #[command(flatten)]
        save: super::SaveArgs,
    },
    /// Change an attachment's file name
    Rename {
        /// The attachment id, or its file name (in --conversation, or among all attachments)
        #[arg(value_name = "ID|NAME")]
        id: String,
        /// The new file name
        new_name: String,
        /// The conversation to find the attachment NAME in (default: the profile's `conversation`; none: every attachment)
        #[arg(long, value_name = "ID")]
        conversation: Option<String>,
    },
    /// Delete an attachment for good (asks first; --yes to skip the question)
    #[command(visible_alias = "rm")]
    Delete {
        /// The attachment id, or its file name (in --conversation, or among all attachments)
        #[arg(value_name = "ID|NAME")]
        id: String,
        /// The conversation to find the attachment NAME in (default: the profile's `conversation`; none: every attachment)
        #[arg(long, value_name = "ID")]
        conversation: Option<String>,
        #[command(flatten)]
        yes: Yes,
    },
}

/// Where `attach` puts the files.
#[derive(Debug, Clone, Args)]
pub struct AttachInto {
    /// Put them into this conversation (default: the profile's `conversation`)
    #[arg(long, value_name = "ID")]
    pub conversation: Option<String>,
}
