//! Every environment variable chatdrop reads, in one table, and the only code that reads the
//! environment (clippy's `disallowed-methods` keeps `std::env::var` out of every other module).
//! Flags that have a variable (`--profile`, `--jobs`, `--skip-sent`, ...) take it through here
//! once the command line is parsed (`cli::GlobalArgs`, `cli::JournalArgs`: flag > variable >
//! default); service settings follow the `CHATDROP_<SERVICE>_<KEY>` pattern of the key table.
//!
//! It also holds the one parser for each kind of value a variable or a setting can have (a
//! duration, a count, a yes/no switch): [`check`] runs every set variable of the table through
//! its kind's parser once, at the start of every command, so a malformed value is a usage error
//! (exit 2) naming the variable and what it accepts, never a silent default or a panic.

use std::ffi::OsString;
use std::path::PathBuf;
use std::time::Duration;

/// Who a variable is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Users and CI jobs (documented in the README).
    User,
    /// A seam for chatdrop's own tests and benchmarks (documented as such, not for production).
    TestSeam,
}

/// What a variable's value must be; [`check`] refuses anything else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text or a path, checked where it is used (a URL, a store's name).
    Text,
    /// A yes/no switch: see [`parse_bool`].
    Bool,
    /// A whole number in `min..=max`.
    Count { min: u64, max: u64 },
    /// A duration: see [`parse_duration`].
    Duration,
    /// Seconds between progress lines: see [`parse_interval`].
    Interval,
}

pub struct Var {
    pub name: &'static str,
    pub audience: Audience,
    pub kind: Kind,
    pub meaning: &'static str,
}

const fn user(name: &'static str, kind: Kind, meaning: &'static str) -> Var {
    Var { name, audience: Audience::User, kind, meaning }
}
const fn seam(name: &'static str, kind: Kind, meaning: &'static str) -> Var {
    Var { name, audience: Audience::TestSeam, kind, meaning }
}

pub const PROFILE: &str = "CHATDROP_PROFILE";
pub const CONFIG_DIR: &str = "CHATDROP_CONFIG_DIR";
pub const NO_INPUT: &str = "CHATDROP_NO_INPUT";
pub const JOBS: &str = "CHATDROP_JOBS";
pub const DRY_RUN: &str = "CHATDROP_DRY_RUN";
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
pub const SANDBOX_CARBONIO_API: &str = "CHATDROP_SANDBOX_CARBONIO_API";
pub const SANDBOX_MAX_BYTES: &str = "CHATDROP_SANDBOX_MAX_BYTES";
pub const JOURNAL: &str = "CHATDROP_JOURNAL";
pub const SKIP_SENT: &str = "CHATDROP_SKIP_SENT";
pub const CHECKSUM: &str = "CHATDROP_CHECKSUM";
pub const JOURNAL_PRUNE_AT: &str = "CHATDROP_JOURNAL_PRUNE_AT";
pub const JOURNAL_INDEX_TAIL: &str = "CHATDROP_JOURNAL_INDEX_TAIL";
pub const XDG_STATE_HOME: &str = "XDG_STATE_HOME";

/// The fixed variables (the per-service `CHATDROP_<SERVICE>_<KEY>` family is generated from
/// the key table; `chatdrop auth status` lists it).
pub const VARS: &[Var] = &[
    user(PROFILE, Kind::Text, "settings profile to use (--profile)"),
    user(CONFIG_DIR, Kind::Text, "the config dir holding config.toml and credentials.toml"),
    user(NO_INPUT, Kind::Bool, "never prompt (--no-input)"),
    user(
        DRY_RUN,
        Kind::Bool,
        "`1`/`true`: check everything and print the requests that would change something, send none (--dry-run)",
    ),
    user(JOBS, Kind::Count { min: 1, max: 64 }, "concurrent uploads (--jobs)"),
    user(RETRIES, Kind::Count { min: 0, max: u32::MAX as u64 }, "retries after a temporary failure (--retries)"),
    user(STALL_TIMEOUT, Kind::Duration, "fail a transfer when no data moves for this long (--stall-timeout)"),
    user(RESPONSE_TIMEOUT, Kind::Duration, "how long to wait for an answer (--response-timeout)"),
    user(
        CREDENTIAL_STORE,
        Kind::Text,
        "where secrets are kept: auto (the OS keyring when one is reachable, else credentials.toml), keyring \
         (exit 4 when none is reachable) or file (credentials.toml only); overrides `credential_store` in config.toml",
    ),
    user(
        KEYRING_TIMEOUT,
        Kind::Duration,
        "how long one OS keyring call may take before chatdrop falls back or fails (default 10s)",
    ),
    user(TERM, Kind::Text, "`dumb` turns progress bars into plain lines"),
    user(SHELL, Kind::Text, "the shell `completions --install` installs for when none is named"),
    user(
        HOME,
        Kind::Text,
        "where `completions --install` and `man --install` put files (with XDG_DATA_HOME, XDG_CONFIG_HOME)",
    ),
    user(
        XDG_DATA_HOME,
        Kind::Text,
        "bash completions and man pages (`man --install`) go under it (default ~/.local/share)",
    ),
    user(XDG_CONFIG_HOME, Kind::Text, "fish and elvish completions go under it (default ~/.config)"),
    user(JOURNAL, Kind::Text, "the journal file (--journal); default journal.jsonl in the state dir"),
    user(SKIP_SENT, Kind::Bool, "`1`/`true`: uploads leave out files already sent to the same target (--skip-sent)"),
    user(
        CHECKSUM,
        Kind::Bool,
        "`1`/`true`: --skip-sent reads every file to fingerprint it, never trusting an unchanged size, mtime and \
         inode (--checksum)",
    ),
    user(XDG_STATE_HOME, Kind::Text, "the journal's default dir is chatdrop/ under it (default ~/.local/state)"),
    user(PROGRESS_INTERVAL, Kind::Interval, "seconds between plain progress lines off a terminal (default 5)"),
    user(
        SANDBOX_CARBONIO_API,
        Kind::Text,
        "the API the sandbox's Carbonio speaks: `1.6` (default: today's 1.6.2, multipart uploads, no user \
         pictures) or `1.3` (the 1.3.x generation: no version header, raw uploads, user pictures)",
    ),
    user(
        SANDBOX_MAX_BYTES,
        Kind::Count { min: 0, max: u64::MAX },
        "the most bytes of uploads the sandbox keeps in its state dir (default 2147483648, 2 GiB); \
         `chatdrop sandbox --reset` forgets them",
    ),
    seam(
        RETRY_BASE_MS,
        Kind::Count { min: 0, max: 60_000 },
        "base delay of the retry backoff in milliseconds (default 500; tests shorten it)",
    ),
    seam(
        JOURNAL_PRUNE_AT,
        Kind::Count { min: 1, max: u64::MAX },
        "bytes past which the journal is pruned, to half as much plus what --skip-sent needs (default 16777216; \
         tests shrink it)",
    ),
    seam(
        JOURNAL_INDEX_TAIL,
        Kind::Count { min: 0, max: u64::MAX },
        "bytes of journal past its index read line by line before the index is brought up to date (default \
         4194304; tests set 0 to index every line)",
    ),
    seam(SANDBOX_DISCARD, Kind::Text, "`1`: the sandbox counts uploaded bytes instead of storing them (benchmarks)"),
    seam(
        SANDBOX_KNOWN_MD5,
        Kind::Text,
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

/// An XDG base directory (`XDG_DATA_HOME`, ...): only an absolute path counts. The XDG spec
/// says a relative value is invalid and must be ignored (it would put files under whatever
/// directory chatdrop happens to run in).
pub fn xdg_dir(name: &str) -> Option<PathBuf> {
    get_os(name).map(PathBuf::from).filter(|p| p.is_absolute())
}

/// A variable that is set but malformed: what is wrong and how to fix it (the caller makes it
/// a usage error, exit 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Malformed {
    pub message: String,
    pub hint: String,
}

/// Every variable of [`VARS`] that is set, run through its kind's parser: the first malformed
/// one, if any. Called once at the start of every command, so that no later reader can meet
/// a value it would have to guess about.
pub fn check() -> Result<(), Malformed> {
    for var in VARS {
        let Some(value) = get(var.name) else { continue };
        if let Err(why) = parse_kind(var.kind, &value) {
            return Err(Malformed {
                message: format!("the environment variable {} is `{}`: {why}", var.name, shown(&value)),
                hint: format!("set {} to {}, or unset it", var.name, accepted(var.kind)),
            });
        }
    }
    Ok(())
}

/// What a variable of `kind` accepts, for hints.
pub fn accepted(kind: Kind) -> String {
    match kind {
        Kind::Text => "a value".into(),
        Kind::Bool => format!("one of {BOOL_SPELLINGS}"),
        Kind::Count { min, max } => format!("a whole number from {min} to {max}"),
        Kind::Duration => "a duration such as 10s, 2m or 0.5 (seconds), at most 1 day".into(),
        Kind::Interval => "a number of seconds such as 5 or 0.5 (0: every change), or a duration such as 1m".into(),
    }
}

/// A value as messages show it: control characters escaped (it comes from outside).
fn shown(value: &str) -> String {
    let cut: String = value.chars().take(80).collect();
    let more = if cut.len() < value.len() { "…" } else { "" };
    format!("{}{more}", cut.escape_debug())
}

fn parse_kind(kind: Kind, value: &str) -> Result<(), String> {
    match kind {
        Kind::Text => Ok(()),
        Kind::Bool => parse_bool(value).map(|_| ()),
        Kind::Count { min, max } => parse_count(value, min, max).map(|_| ()),
        Kind::Duration => parse_duration(value).map(|_| ()),
        Kind::Interval => parse_interval(value).map(|_| ()),
    }
}

/// A variable's value as a duration ([`Kind::Duration`]); unset or malformed gives `None`
/// ([`check`] has refused a malformed one before anything reads it).
pub fn duration(name: &str) -> Option<Duration> {
    get(name).and_then(|v| parse_duration(&v).ok())
}

/// A variable's value as seconds between lines ([`Kind::Interval`]).
pub fn interval(name: &str) -> Option<Duration> {
    get(name).and_then(|v| parse_interval(&v).ok())
}

/// A switch's value ([`Kind::Bool`]); unset or malformed gives `None`.
pub fn switch(name: &str) -> Option<bool> {
    get(name).and_then(|v| parse_bool(&v).ok())
}

/// A variable's value as a whole number ([`Kind::Count`]).
pub fn count(name: &str) -> Option<u64> {
    let kind = VARS.iter().find(|v| v.name == name).map(|v| v.kind);
    let (min, max) = match kind {
        Some(Kind::Count { min, max }) => (min, max),
        _ => (0, u64::MAX),
    };
    get(name).and_then(|v| parse_count(&v, min, max).ok())
}

/// The spellings every yes/no setting accepts (variables, flags' variables, config files).
pub const BOOL_SPELLINGS: &str = "1/0, true/false, yes/no, on/off (any case)";

/// The one parser of yes/no values, wherever they come from: `1`/`0`, `true`/`false`,
/// `yes`/`no`, `on`/`off`, in any case, blanks around ignored. Anything else (`y`, `enabled`,
/// `ture`) is an error rather than a guess, since a guess of "off" silently sends twice.
pub fn parse_bool(value: &str) -> Result<bool, String> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" => Ok(false),
        _ => Err(format!("not a yes/no value (accepted: {BOOL_SPELLINGS})")),
    }
}

/// A whole number in `min..=max` (blanks around ignored).
pub fn parse_count(value: &str, min: u64, max: u64) -> Result<u64, String> {
    let n: u64 = value.trim().parse().map_err(|_| format!("not a whole number from {min} to {max}"))?;
    if n < min || n > max {
        return Err(format!("{n} is outside {min}..={max}"));
    }
    Ok(n)
}

/// The longest duration any flag or variable accepts: a day is already "never" for a transfer.
pub const MAX_DURATION: Duration = Duration::from_secs(24 * 60 * 60);
/// The shortest: anything less would round to an instant timeout.
pub const MIN_DURATION: Duration = Duration::from_millis(1);

/// A positive duration: plain seconds (`30`, `2.5`) or humantime (`30s`, `2m`). Values below
/// [`MIN_DURATION`] or past [`MAX_DURATION`] are refused rather than converted (no float may
/// reach `Duration` unchecked: `inf`, `NaN` and `1e300` are errors, never a panic).
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    let too_long = || format!("at most {}s (1 day) is accepted", MAX_DURATION.as_secs());
    // 1e-116 would read as a zero timeout: everything would fail at once.
    let too_short = || "must be at least 1ms".to_string();
    if let Ok(secs) = s.parse::<f64>() {
        if secs.is_nan() || secs <= 0.0 {
            return Err("must be a positive number of seconds".into());
        }
        if !secs.is_finite() || secs > MAX_DURATION.as_secs_f64() {
            return Err(too_long());
        }
        let d = Duration::try_from_secs_f64(secs).map_err(|_| too_long())?;
        return if d < MIN_DURATION { Err(too_short()) } else { Ok(d) };
    }
    let d = humantime::parse_duration(s).map_err(|e| format!("{e} (e.g. 30s, 2m)"))?;
    if d < MIN_DURATION {
        return Err(too_short());
    }
    if d > MAX_DURATION {
        return Err(too_long());
    }
    Ok(d)
}

/// Seconds between progress lines: like [`parse_duration`], but 0 means "at every change" and
/// anything past a day (`inf` included) means a day, the longest wait there is.
pub fn parse_interval(s: &str) -> Result<Duration, String> {
    let s = s.trim();
    if let Ok(secs) = s.parse::<f64>() {
        if secs.is_nan() || secs < 0.0 {
            return Err("must be 0 or a positive number of seconds".into());
        }
        return Ok(Duration::try_from_secs_f64(secs.min(MAX_DURATION.as_secs_f64())).unwrap_or(MAX_DURATION));
    }
    humantime::parse_duration(s).map(|d| d.min(MAX_DURATION)).map_err(|e| format!("{e} (e.g. 5, 0.5, 1m)"))
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

    #[test]
    fn switches_take_the_usual_spellings_only() {
        for yes in ["1", "true", "TRUE", " Yes ", "on"] {
            assert_eq!(parse_bool(yes), Ok(true), "{yes}");
        }
        for no in ["0", "false", "No", "OFF"] {
            assert_eq!(parse_bool(no), Ok(false), "{no}");
        }
        for bad in ["y", "n", "enabled", "ture", "2", ""] {
            assert!(parse_bool(bad).unwrap_err().contains("1/0, true/false, yes/no, on/off"), "{bad}");
        }
    }

    #[test]
    fn durations_and_counts_are_bounded_never_a_panic() {
        assert_eq!(parse_duration("1.5"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("2m"), Ok(Duration::from_secs(120)));
        for bad in ["1e300", "inf", "NaN", "-1", "0", "1e-116", "100000d", "soon"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_interval("inf"), Ok(MAX_DURATION));
        assert_eq!(parse_interval("1e300"), Ok(MAX_DURATION));
        assert_eq!(parse_interval("0"), Ok(Duration::ZERO));
        assert!(parse_interval("-1").is_err() && parse_interval("NaN").is_err() && parse_interval("x").is_err());
        assert_eq!(parse_count(" 20 ", 0, 60_000), Ok(20));
        assert!(parse_count("1e3", 0, 60_000).is_err() && parse_count("70000", 0, 60_000).is_err());
    }

    #[test]
    fn every_variable_has_a_kind_that_says_what_it_accepts() {
        for var in VARS {
            assert!(!accepted(var.kind).is_empty(), "{}", var.name);
        }
        assert_eq!(VARS.iter().find(|v| v.name == SKIP_SENT).map(|v| v.kind), Some(Kind::Bool));
    }
}
