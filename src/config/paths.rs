//! Where chatdrop keeps its files: the config dir (from `directories`, overridden by
//! `CHATDROP_CONFIG_DIR`), `config.toml` in it (or `--config FILE`) and `credentials.toml`.

use std::path::{Path, PathBuf};

use crate::error::{Failure, Result};

#[derive(Debug, Clone)]
pub struct Paths {
    pub dir: PathBuf,
    pub config_file: PathBuf,
    pub credentials_file: PathBuf,
    /// The config file was named with `--config`: then it must exist.
    pub config_explicit: bool,
}

/// The user's cache dir for chatdrop (`$XDG_CACHE_HOME/chatdrop` on Linux): what can be lost
/// (the names completion offers). None without a home directory.
pub fn cache_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "chatdrop").map(|p| p.cache_dir().to_path_buf())
}

impl Paths {
    pub fn resolve(config_flag: Option<&Path>) -> Result<Paths> {
        let dir = match crate::env::get_os(crate::env::CONFIG_DIR) {
            Some(dir) => PathBuf::from(dir),
            None => directories::ProjectDirs::from("", "", "chatdrop")
                .map(|p| p.config_dir().to_path_buf())
                .ok_or_else(|| {
                    Failure::general("cannot find a home directory for the configuration")
                        .with_hint("set CHATDROP_CONFIG_DIR to a directory chatdrop may use")
                })?,
        };
        let config_file = config_flag.map(Path::to_path_buf).unwrap_or_else(|| dir.join("config.toml"));
        let credentials_file = dir.join("credentials.toml");
        Ok(Paths { dir, config_file, credentials_file, config_explicit: config_flag.is_some() })
    }
}
