//! Where `completions --install` and `man --install` put files for the user running chatdrop
//! (HOME and the XDG base directories), and writing them there.

use std::path::{Path, PathBuf};

use crate::error::Failure;

/// The user's home directory, or a usage error saying what could not be placed and `instead`.
pub fn home(what: &str, instead: String) -> Result<PathBuf, Failure> {
    let home = crate::env::get_os(crate::env::HOME).map(PathBuf::from).ok_or_else(|| {
        Failure::usage(format!("HOME is not set: cannot find where {what} go")).with_hint(instead.clone())
    })?;
    if !home.is_absolute() {
        return Err(Failure::usage(format!(
            "HOME is `{}`, not an absolute path: cannot find where {what} go",
            shown(&home)
        ))
        .with_hint(format!("set HOME to your home directory, or {instead}")));
    }
    Ok(home)
}

/// `$XDG_DATA_HOME`, else `~/.local/share`; only an absolute XDG value counts (the spec: a
/// relative one is invalid and ignored).
pub fn data_home(home: &Path) -> PathBuf {
    crate::env::xdg_dir(crate::env::XDG_DATA_HOME).unwrap_or_else(|| home.join(".local/share"))
}

/// `$XDG_CONFIG_HOME`, else `~/.config` (an absolute value only, as [`data_home`]).
pub fn config_home(home: &Path) -> PathBuf {
    crate::env::xdg_dir(crate::env::XDG_CONFIG_HOME).unwrap_or_else(|| home.join(".config"))
}

/// Create `dir` and its parents.
pub fn create_dir(dir: &Path) -> Result<(), Failure> {
    std::fs::create_dir_all(dir).map_err(|e| Failure::general(format!("cannot create {}: {e}", shown(dir))))
}

/// Write `bytes` to `path`, creating its directory first: readable by all (a script or a man
/// page is no secret), replaced whole or not at all, never through a planted link or into a
/// FIFO (`safe_fs`).
pub fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    if let Some(dir) = path.parent() {
        create_dir(dir)?;
    }
    crate::safe_fs::write_atomic(path, bytes, 0o644).map_err(|e| {
        Failure::general(format!("cannot write {}: {}", shown(path), crate::safe_fs::why(&e)))
            .with_hint("remove what is there if it is not yours")
    })
}

/// A path as a line shows it: control characters escaped (`HOME` comes from outside).
pub fn shown(path: &Path) -> String {
    crate::text::escape(&path.to_string_lossy())
}

/// `path` as a person would type it in a shell profile: `$HOME/...` when it is under `home`.
pub fn for_profile(path: &Path, home: &Path) -> String {
    match path.strip_prefix(home) {
        Ok(rest) if !rest.as_os_str().is_empty() => format!("$HOME/{}", shown(rest)),
        _ => shown(path),
    }
}
