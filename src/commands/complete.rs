//! Completion of targets from the last listing, never from the network: `carbonio rooms`,
//! `connect lines` and `protocol conversations` (and a target found by name) keep what they
//! listed in a small file under the cache dir, per profile; `chatdrop __complete
//! rooms|lines|conversations`, which the completion scripts run on <TAB> after `--room`,
//! `--line` or `--conversation`, prints it one a line. No cache: nothing printed, exit 0.

use std::io::Write;
use std::path::PathBuf;

use crate::commands::context::Context;
use crate::services::spec::Key;

/// The most values kept, and the longest file read back: completion stays instant.
const MAX_VALUES: usize = 2_000;
const MAX_BYTES: u64 = 256 * 1024;

/// The setting whose values `kind` (`rooms`, `lines`, `conversations`) completes; its file
/// is named after it.
fn key_of(kind: &str) -> Option<Key> {
    Some(match kind {
        "rooms" => crate::services::carbonio::keys::ROOM,
        "lines" => crate::services::connect::keys::LINE,
        "conversations" => crate::services::protocol::keys::CONVERSATION,
        _ => return None,
    })
}

/// `<cache dir>/targets/<profile>/<key>.txt`.
fn file(profile: &str, key: Key) -> Option<PathBuf> {
    // A profile name is the user's text: a plain one names the directory as is, any other by
    // its bytes in hex (never a path of its own, and never another profile's directory).
    let plain = !profile.is_empty()
        && !profile.starts_with('.')
        && profile.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    let dir = if plain { profile.to_string() } else { profile.bytes().map(|b| format!("{b:02x}")).collect() };
    let dir = if plain { dir } else { format!("~{dir}") };
    Some(crate::config::paths::cache_dir()?.join("targets").join(dir).join(format!("{}.txt", key.name())))
}

/// Keep `values` (names, or ids where there are no names) as what `key` completes to. Best
/// effort: completion is a convenience, so a failure to write is only traced with -v. The
/// sandbox's targets are not the user's: nothing is kept for them.
pub fn remember<'a>(ctx: &Context, key: Key, values: impl IntoIterator<Item = &'a str>) {
    if ctx.config.is_sandbox() {
        return;
    }
    let Some(path) = file(&ctx.config.profile, key) else { return };
    let mut kept: Vec<&str> = values
        .into_iter()
        .map(str::trim)
        .filter(|v| !v.is_empty() && !v.chars().any(char::is_control))
        .take(MAX_VALUES)
        .collect();
    kept.sort_unstable();
    kept.dedup();
    let mut text = kept.join("\n");
    text.push('\n');
    let written = crate::safe_fs::create_private_dir(crate::safe_fs::parent_of(&path))
        .and_then(|()| crate::safe_fs::write_atomic(&path, text.as_bytes(), 0o600));
    if let Err(e) = written {
        ctx.output.debug(1, || format!("could not keep the {} names for completion: {e}", key.name()));
    }
}

/// `chatdrop __complete KIND`: the cached values of the profile in CHATDROP_PROFILE (or the
/// default one), one a line; nothing without a cache, and exit 0 whatever happens (a shell
/// completing must never see an error). Outside the command tree, so that it has no help,
/// man page or completion of its own; it reads no settings and sends nothing.
pub fn main(kind: Option<&std::ffi::OsStr>) -> std::process::ExitCode {
    let profile = crate::env::get(crate::env::PROFILE).unwrap_or_else(|| "default".into());
    let Some(key) = kind.and_then(|k| k.to_str()).and_then(key_of) else { return std::process::ExitCode::SUCCESS };
    let Some(text) = file(&profile, key).and_then(|path| read_bounded(&path).ok()) else {
        return std::process::ExitCode::SUCCESS;
    };
    let mut out = std::io::stdout().lock();
    for value in text.lines().filter(|l| !l.is_empty()).take(MAX_VALUES) {
        // The shell is gone (a completion cancelled): nothing to say.
        if writeln!(out, "{value}").is_err() {
            break;
        }
    }
    std::process::ExitCode::SUCCESS
}

fn read_bounded(path: &std::path::Path) -> std::io::Result<String> {
    use std::io::Read;
    let file = crate::safe_fs::open(path, crate::safe_fs::Access::Read)?;
    let mut text = String::new();
    file.take(MAX_BYTES).read_to_string(&mut text)?;
    Ok(text)
}
