//! Every environment variable chatdrop reads, in one table, and the only code that reads the
//! environment (clippy's `disallowed-methods` keeps `std::env::var` out of every other module).
//! Global flags that have a variable (`--profile`, `--jobs`, ...) are read by clap from the
//! names below; service settings follow the `CHATDROP_<SERVICE>_<KEY>` pattern of the key table.

use std::ffi::OsString;

/// Who a variable is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Users and CI jobs (documented in the README).
    User,
    /// A seam for chatdrop's own tests and benchmarks (documented as such, not for production).
    TestSeam,
}

pub struct Var {
    pub name: &'static str,
    pub audience: Audience,
    pub meaning: &'static str,
}

const fn user(name: &'static str, meaning: &'static str) -> Var {
    Var { name, audience: Audience::User, meaning }
}
const fn seam(name: &'static str, meaning: &'static str) -> Var {
    Var { name, audience: Audience::TestSeam, meaning }
}

pub const PROFILE: &str = "CHATDROP_PROFILE";
pub const CONFIG_DIR: &str = "CHATDROP_CONFIG_DIR";
pub const NO_INPUT: &str = "CHATDROP_NO_INPUT";
pub const JOBS: &str = "CHATDROP_JOBS";
pub const RETRIES: &str = "CHATDROP_RETRIES";
pub const STALL_TIMEOUT: &str = "CHATDROP_STALL_TIMEOUT";
pub const RESPONSE_TIMEOUT: &str = "CHATDROP_RESPONSE_TIMEOUT";
pub const TERM: &str = "TERM";
pub const SHELL: &str = "SHELL";
pub const HOME: &str = "HOME";
pub const XDG_DATA_HOME: &str = "XDG_DATA_HOME";
pub const XDG_CONFIG_HOME: &str = "XDG_CONFIG_HOME";
pub const CREDENTIAL_STORE: &str = "CHATDROP_CREDENTIAL_STORE";
pub const KEYRING_TIMEOUT: &str = "CHATDROP_KEYRING_TIMEOUT";
pub const RETRY_BASE_MS: &str = "CHATDROP_RETRY_BASE_MS";
pub const PROGRESS_INTERVAL: &str = "CHATDROP_PROGRESS_INTERVAL";
pub const SANDBOX_DISCARD: &str = "CHATDROP_SANDBOX_DISCARD";
pub const SANDBOX_KNOWN_MD5: &str = "CHATDROP_SANDBOX_KNOWN_MD5";
pub const JOURNAL: &str = "CHATDROP_JOURNAL";
pub const SKIP_SENT: &str = "CHATDROP_SKIP_SENT";
pub const XDG_STATE_HOME: &str = "XDG_STATE_HOME";

/// The fixed variables (the per-service `CHATDROP_<SERVICE>_<KEY>` family is generated from
/// the key table; `chatdrop auth status` lists it).
pub const VARS: &[Var] = &[
    user(PROFILE, "settings profile to use (--profile)"),
    user(CONFIG_DIR, "the config dir holding config.toml and credentials.toml"),
    user(NO_INPUT, "never prompt (--no-input)"),
    user(JOBS, "concurrent uploads (--jobs)"),
    user(RETRIES, "retries after a temporary failure (--retries)"),
    user(STALL_TIMEOUT, "fail a transfer when no data moves for this long (--stall-timeout)"),
    user(RESPONSE_TIMEOUT, "how long to wait for an answer (--response-timeout)"),
    user(
        CREDENTIAL_STORE,
        "where secrets are kept: auto (the OS keyring when one is reachable, else credentials.toml), keyring \
         (exit 4 when none is reachable) or file (credentials.toml only); overrides `credential_store` in config.toml",
    ),
    user(KEYRING_TIMEOUT, "how long one OS keyring call may take before chatdrop falls back or fails (default 10s)"),
    user(TERM, "`dumb` turns progress bars into plain lines"),
    user(SHELL, "the shell `completions --install` installs for when none is named"),
    user(HOME, "where `completions --install` and `man --install` put files (with XDG_DATA_HOME, XDG_CONFIG_HOME)"),
    user(XDG_DATA_HOME, "bash completions and man pages (`man --install`) go under it (default ~/.local/share)"),
    user(XDG_CONFIG_HOME, "fish and elvish completions go under it (default ~/.config)"),
    user(JOURNAL, "the journal file (--journal); default journal.jsonl in the state dir"),
    user(SKIP_SENT, "`1`/`true`: uploads leave out files already sent to the same target (--skip-sent)"),
    user(XDG_STATE_HOME, "the journal's default dir is chatdrop/ under it (default ~/.local/state)"),
    user(PROGRESS_INTERVAL, "seconds between plain progress lines off a terminal (default 5)"),
    seam(RETRY_BASE_MS, "base delay of the retry backoff in milliseconds (default 500; tests shorten it)"),
    seam(SANDBOX_DISCARD, "`1`: the sandbox counts uploaded bytes instead of storing them (benchmarks)"),
    seam(
        SANDBOX_KNOWN_MD5,
        "`<size>:<md5>`, with SANDBOX_DISCARD only: the sandbox's Pyrus answers this MD5 for a file part of that \
         size instead of hashing it (benchmarks: the sink's MD5 off the client's cores); never for production",
    ),
];

/// A variable's value; unset and empty are the same (`VAR=` in a CI file unsets it).
pub fn get(name: &str) -> Option<String> {
    #[allow(clippy::disallowed_methods)]
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

/// A variable's raw value, when it may not be UTF-8 (paths).
pub fn get_os(name: &str) -> Option<OsString> {
    #[allow(clippy::disallowed_methods)]
    std::env::var_os(name).filter(|v| !v.is_empty())
}

/// The `CHATDROP_*` variables whose value is not UTF-8 (which [`get`] would take as unset).
pub fn non_utf8_chatdrop_vars() -> Vec<String> {
    #[allow(clippy::disallowed_methods)]
    std::env::vars_os()
        .filter(|(_, value)| value.to_str().is_none())
        .filter_map(|(name, _)| name.into_string().ok())
        .filter(|name| name.starts_with("CHATDROP_"))
        .collect()
}

/// Whether a variable is set to something other than blanks.
pub fn is_set(name: &str) -> bool {
    get(name).is_some_and(|v| !v.trim().is_empty())
}

/// A variable parsed as a number; unset or malformed gives `None`.
pub fn number<T: std::str::FromStr>(name: &str) -> Option<T> {
    get(name).and_then(|v| v.trim().parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `CHATDROP_*` name written anywhere in src/ is in the table, or is a service setting.
    #[test]
    fn the_table_names_every_variable_the_code_reads() {
        // A service's settings are CHATDROP_<SERVICE>_<KEY>, one adapter file per service.
        let adapters = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/services")).unwrap();
        let services: Vec<String> = adapters
            .filter_map(|e| e.unwrap().path().file_stem().map(|s| s.to_string_lossy().into_owned()))
            .filter(|name| !["mod", "spec", "token"].contains(&name.as_str()))
            .map(|name| format!("CHATDROP_{}_", name.to_ascii_uppercase()))
            .collect();
        assert!(services.len() >= 5, "{services:?}");
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for (i, _) in text.match_indices("CHATDROP_") {
                    let name: String = text[i..]
                        .chars()
                        .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                        .collect();
                    let name = name.trim_end_matches('_');
                    let service = services.iter().any(|s| name.starts_with(s.as_str()));
                    assert!(
                        service || name == "CHATDROP" || VARS.iter().any(|v| v.name == name),
                        "{name} (in {}) is not in env::VARS",
                        path.display()
                    );
                }
            }
        }
    }
}
