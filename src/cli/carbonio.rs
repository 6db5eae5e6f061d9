//! The arguments of `chatdrop carbonio` (clap derive): what the command line says, parsed; the
//! command itself is `commands::carbonio`.

use clap::{Args, Subcommand};

use super::{SaveArgs, UploadArgs, Yes};

pub type CarbonioArgs = super::Actions<CarbonioAction>;

#[derive(Debug, Subcommand)]
pub enum CarbonioAction {
    /// Attach files to a room (one chat message each) and print their attachment ids
    #[command(
        after_help = "Examples:\n  chatdrop carbonio attach --room 0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a report.pdf\n  chatdrop carbonio attach --room \"Design Review\" mockup.png\n  chatdrop carbonio attach --description \"Nightly build\" dist/*.zip\n  pg_dump db | chatdrop carbonio attach - --name db.sql"
    )]
    #[command(visible_alias = "upload")]
    Attach(UploadArgs<IntoRoom>),
    /// List a room's attachments, newest first
    #[command(visible_alias = "list", visible_alias = "ls")]
    Attachments {
        /// The room: its UUID or its name (default: the profile's `room`; on a terminal, a pick list)
        #[arg(long, value_name = "ROOM")]
        room: Option<String>,
        /// At most this many (default 20)
        #[arg(long, value_name = "N", conflicts_with = "all", value_parser = clap::value_parser!(u32).range(1..))]
        limit: Option<u32>,
        /// Every attachment of the room, page after page
        #[arg(long)]
        all: bool,
    },
    /// Show an attachment's metadata
    #[command(visible_alias = "get")]
    #[command(
        after_help = "Examples:\n  chatdrop carbonio info 3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b\n  chatdrop carbonio info report.pdf --room \"Design Review\""
    )]
    Info {
        /// The attachment's id (UUID), or its file name in the room of --room (or the profile's)
        #[arg(value_name = "ID|NAME")]
        id: String,
        /// The room to find the attachment NAME in: its UUID or its name (default: the profile's `room`)
        #[arg(long, value_name = "ROOM")]
        room: Option<String>,
    },
    /// Download an attachment under its name
    #[command(
        after_help = "Examples:\n  chatdrop carbonio download 3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b -o out/\n  chatdrop carbonio download report.pdf --room \"Design Review\" -o -"
    )]
    Download {
        /// The attachment's id (UUID), or its file name in the room of --room (or the profile's)
        #[arg(value_name = "ID|NAME")]
        id: String,
        /// The room to find the attachment NAME in: its UUID or its name (default: the profile's `room`)
        #[arg(long, value_name = "ROOM")]
        room: Option<String>,
        #[command(flatten)]
        save: SaveArgs,
    },
    /// Delete an attachment for good (only its uploader or a room owner may; asks first)
    #[command(visible_alias = "rm")]
    Delete {
        /// The attachment's id (UUID), or its file name in the room of --room (or the profile's)
        #[arg(value_name = "ID|NAME")]
        id: String,
        /// The room to find the attachment NAME in: its UUID or its name (default: the profile's `room`)
        #[arg(long, value_name = "ROOM")]
        room: Option<String>,
        #[command(flatten)]
        yes: Yes,
    },
    /// List the rooms the account can access: id, type and name (tab-separated when piped)
    Rooms,
    /// A room's picture: set, get or delete it
    #[command(subcommand)]
    RoomPicture(RoomPictureAction),
    /// The account's picture (or another user's with --user): set or get it
    #[command(subcommand)]
    UserPicture(UserPictureAction),
    /// Download a preview of an image or PDF attachment
    #[command(
        after_help = "Examples:\n  chatdrop carbonio preview 3f2a9c1e-6b7d-4e8f-9a0b-1c2d3e4f5a6b --size 320x240\n  chatdrop carbonio preview ID --thumbnail --size 64x64 --format png -o thumbs/\n  chatdrop carbonio preview PDF-ID --pages 1-2 -o -"
    )]
    Preview {
        /// The attachment's id (UUID), or its file name in the room of --room (or the profile's)
        #[arg(value_name = "ID|NAME")]
        id: String,
        /// The room to find the attachment NAME in: its UUID or its name
        #[arg(long, value_name = "ROOM")]
        room: Option<String>,
        /// WIDTHxHEIGHT of the preview (default: the image's own size when known)
        #[arg(long, value_name = "WxH")]
        size: Option<String>,
        /// A thumbnail rather than a preview
        #[arg(long)]
        thumbnail: bool,
        /// Image quality (the higher, the slower)
        #[arg(long, value_enum)]
        quality: Option<Quality>,
        /// Image format of the preview (default: the original's when it is one of these)
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Pages of a PDF preview: FIRST-LAST (LAST 0 = the document's last)
        #[arg(long, value_name = "FIRST-LAST")]
        pages: Option<String>,
        #[command(flatten)]
        save: SaveArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum RoomPictureAction {
    /// Set the room's picture (an image within the server's size limit; room owners only)
    #[command(after_help = "Examples:\n  chatdrop carbonio room-picture set --room \"Design Review\" logo.png")]
    Set {
        /// The room: its UUID or its name (default: the profile's `room`)
        #[arg(long, value_name = "ROOM")]
        room: Option<String>,
        /// The image (JPEG, PNG, GIF, WebP or BMP by its content; `-` reads stdin)
        #[arg(value_name = "IMAGE")]
        image: std::ffi::OsString,
    },
    /// Download the room's picture
    Get {
        /// The room: its UUID or its name (default: the profile's `room`)
        #[arg(long, value_name = "ROOM")]
        room: Option<String>,
        #[command(flatten)]
        save: SaveArgs,
    },
    /// Remove the room's picture (room owners only; asks first)
    Delete {
        /// The room: its UUID or its name (default: the profile's `room`)
        #[arg(long, value_name = "ROOM")]
        room: Option<String>,
        #[command(flatten)]
        yes: Yes,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserPictureAction {
    /// Set the account's picture (an image within the server's size limit)
    Set {
        /// The user's UUID (default: the logged-in account's own)
        #[arg(long, value_name = "UUID")]
        user: Option<String>,
        /// The image (JPEG, PNG, GIF, WebP or BMP by its content; `-` reads stdin)
        #[arg(value_name = "IMAGE")]
        image: std::ffi::OsString,
    },
    /// Download the account's picture (or another user's)
    Get {
        /// The user's UUID (default: the logged-in account's own)
        #[arg(long, value_name = "UUID")]
        user: Option<String>,
        #[command(flatten)]
        save: SaveArgs,
    },
}

/// Preview qualities (the API's `ImageQualityEnum`).
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Quality {
    Lowest,
    Low,
    Medium,
    High,
    Highest,
}

/// Preview formats (the API's `ImageTypeEnum`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Jpeg,
    Png,
    Gif,
}

/// Where `attach` puts the files, and what goes with them.
#[derive(Debug, Clone, Args)]
pub struct IntoRoom {
    /// The room: its UUID or its name (default: the profile's `room`; on a terminal, a pick list)
    #[arg(long, value_name = "ROOM")]
    pub room: Option<String>,
    /// Text shown with each attachment
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Post the attachments as replies to this message
    #[arg(long, value_name = "MESSAGE_ID")]
    pub reply_to: Option<String>,
    /// The id of the chat message the attachment creates (a single file only)
    #[arg(long, value_name = "ID")]
    pub message_id: Option<String>,
}
