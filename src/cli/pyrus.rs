//! The arguments of `chatdrop pyrus` (clap derive): what the command line says, parsed; the
//! command itself is `commands::pyrus`.

use clap::{Args, Subcommand};

use super::{SaveArgs, UploadArgs};

pub type PyrusArgs = super::Actions<PyrusAction>;

#[derive(Debug, Subcommand)]
pub enum PyrusAction {
    /// Upload files (one request each) and print their guids; with --task, attach them all
    /// to the task in one comment
    #[command(
        after_help = "Examples:\n  chatdrop pyrus upload report.pdf\n  chatdrop pyrus upload --task 1234 --comment \"Nightly build\" dist/*.zip\n  pg_dump db | chatdrop pyrus upload - --name db.sql --task 1234"
    )]
    Upload(UploadArgs<OnTask>),
    /// Download a file by its guid or id, under the name Pyrus gives it
    Download {
        /// The file's guid or id
        id: String,
        #[command(flatten)]
        save: SaveArgs,
    },
}

/// The task `upload` attaches the files to, and the comment's text.
#[derive(Debug, Clone, Args)]
pub struct OnTask {
    /// Attach the uploaded files to this task (default: the profile's `task`)
    #[arg(long, value_name = "ID")]
    pub task: Option<i64>,
    /// Text of the comment that attaches the files (to --task or the profile's `task`)
    #[arg(long, value_name = "TEXT")]
    pub comment: Option<String>,
}
