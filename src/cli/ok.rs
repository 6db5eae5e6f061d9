//! The arguments of `chatdrop ok` (clap derive): what the command line says, parsed; the
//! command itself is `commands::ok`.

use clap::Subcommand;

use super::JournalArgs;

pub type OkArgs = super::Actions<OkAction>;

#[derive(Debug, Subcommand)]
pub enum OkAction {
    /// Publish each image as a Moment (upload link, upload, commit) and print each moment
    #[command(
        long_about = "Publish each image as a Moment of the account the access token belongs to. \
                      Images upload --jobs at a time; the moments are published in the order given, \
                      each exactly once. Needs the PHOTO_CONTENT permission.",
        after_help = "Examples:\n  chatdrop ok moment photo.jpg\n  chatdrop ok moment --json shots/*.png\n  render-chart | chatdrop ok moment - --name chart.png"
    )]
    #[command(visible_alias = "upload")]
    Moment {
        #[command(flatten)]
        images: super::FileList,
        /// File name to send (for `-`, or a single image)
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        #[command(flatten)]
        journal: JournalArgs,
    },
}
