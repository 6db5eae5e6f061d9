//! The glue of each command: resolve settings, build the adapter, run it through the shared
//! uploader/downloader, and report results through `output`.

pub mod auth;
pub mod carbonio;
pub mod common;
pub mod completions;
pub mod connect;
pub mod history;
pub mod ok;
pub mod protocol;
pub mod pyrus;
pub mod record;
pub mod sandbox;
pub mod targets;
