//! Where `completions --install` and `man --install` put files for the user running chatdrop
//! (HOME and the XDG base directories), and writing them there.

use std::path::{Path, PathBuf};

use crate::error::Failure;

/// The user's home directory, or a usage error saying what could not be placed and `instead`.
pub fn home(what: &str, instead: String) -> Result<PathBuf, Failure> {
    crate::env::get_os(crate::env::HOME)
        .map(PathBuf::from)
        .ok_or_else(|| Failure::usage(format!("HOME is not set: cannot find where {what} go")).with_hint(instead))
}

/// `$XDG_DATA_HOME`, else `~/.local/share`.
pub fn data_home(home: &Path) -> PathBuf {
    crate::env::get_os(crate::env::XDG_DATA_HOME).map(PathBuf::from).unwrap_or_else(|| home.join(".local/share"))
}

/// `$XDG_CONFIG_HOME`, else `~/.config`.
pub fn config_home(home: &Path) -> PathBuf {
    crate::env::get_os(crate::env::XDG_CONFIG_HOME).map(PathBuf::from).unwrap_or_else(|| home.join(".config"))
}

/// Create `dir` and its parents.
pub fn create_dir(dir: &Path) -> Result<(), Failure> {
    std::fs::create_dir_all(dir).map_err(|e| Failure::general(format!("cannot create {}: {e}", dir.display())))
}

/// Write `bytes` to `path`, creating its directory first.
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    if let Some(dir) = path.parent() {
        create_dir(dir)?;
    }
    std::fs::write(path, bytes).map_err(|e| Failure::general(format!("cannot write {}: {e}", path.display())))
}

/// `path` as a person would type it in a shell profile: `$HOME/...` when it is under `home`.
pub fn for_profile(path: &Path, home: &Path) -> String {
    match path.strip_prefix(home) {
        Ok(rest) if !rest.as_os_str().is_empty() => format!("$HOME/{}", rest.display()),
        _ => path.display().to_string(),
    }
}
