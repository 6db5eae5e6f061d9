//! Reading and writing the two TOML files, both shaped `[<profile>.<service>] key = "value"`.
//! A malformed file is reported with its path, line and problem, and never overwritten;
//! writes are atomic (temp file + rename), 0600, under a lock so two logins at once cannot
//! lose or tear an update, and only into a private directory: chatdrop creates the config
//! directory 0700 when it is missing, and refuses to write secrets into one it did not create
//! that another user owns or can write (it never chmods a directory it did not create).

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::error::{Failure, Result};
use crate::services::spec::ServiceKind;
use crate::text::escape;

/// profile -> service -> key -> value.
pub type Tree = BTreeMap<String, BTreeMap<String, BTreeMap<String, String>>>;

/// One settings file as read from disk.
#[derive(Debug, Default, Clone)]
pub struct SettingsFile {
    pub path: PathBuf,
    pub tree: Tree,
    pub exists: bool,
}

impl SettingsFile {
    pub fn get(&self, profile: &str, service: &str, key: &str) -> Option<&str> {
        self.tree.get(profile)?.get(service)?.get(key).map(String::as_str)
    }
}

/// Settings and credentials files are small; anything bigger is not one (`--config /dev/zero`).
pub const MAX_FILE: u64 = 1024 * 1024;

/// Read `path`; a missing file is an empty one. Only a regular file (or a link to one) of at
/// most [`MAX_FILE`] bytes is read, and never more than that: a device, a FIFO or an endless
/// file fails at once instead of filling memory.
pub fn load(path: &Path) -> Result<SettingsFile> {
    load_as(path, false)
}

/// [`load`] for config.toml, the file people write by hand: a service table no service has
/// (`[default.carbonoi]`) or a key its service does not know (`rom`) is a usage error (exit 2)
/// with the closest name, since a typo read as "not set" sends files elsewhere.
pub fn load_config(path: &Path) -> Result<SettingsFile> {
    load_as(path, true)
}

fn load_as(path: &Path, strict: bool) -> Result<SettingsFile> {
    let text = match read_bounded(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(SettingsFile { path: path.to_path_buf(), tree: Tree::new(), exists: false });
        }
        Err(e) if e.kind() == std::io::ErrorKind::InvalidInput => {
            return Err(Failure::usage(format!("cannot read {}: {e}", path.display()))
                .with_hint("a settings file must be a regular TOML file (see config.example.toml)"));
        }
        Err(e) => {
            return Err(Failure::general(format!("cannot read {}: {e}", path.display()))
                .with_hint("check the file's permissions"));
        }
    };
    let tree = parse_tree(&text).map_err(|problem| malformed(path, problem))?;
    if strict {
        check_names(&text, &tree).map_err(|problem| malformed(path, problem))?;
    }
    Ok(SettingsFile { path: path.to_path_buf(), tree, exists: true })
}

/// The text of a regular file of at most [`MAX_FILE`] bytes; `InvalidInput` for anything else.
pub(crate) fn read_bounded(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let invalid = |what: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, what);
    // Checked before opening (a link the user made to a file is fine), and opened without
    // blocking: a FIFO put there in between is refused, never waited on.
    let meta = fs::metadata(path)?;
    if !meta.is_file() {
        return Err(invalid("not a regular file".into()));
    }
    if meta.len() > MAX_FILE {
        return Err(invalid(format!("larger than {} KiB", MAX_FILE / 1024)));
    }
    let file = crate::safe_fs::open(&fs::canonicalize(path)?, crate::safe_fs::Access::Read)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE {
        return Err(invalid(format!("larger than {} KiB", MAX_FILE / 1024)));
    }
    String::from_utf8(bytes).map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"))
}

/// What is wrong with a file's text and, for a misplaced setting, how the layout goes.
pub struct Problem {
    pub text: String,
    pub hint: Option<String>,
    /// A setting named wrong or put in the wrong place (exit 2), not broken TOML (exit 1).
    pub setting: bool,
}

impl From<String> for Problem {
    fn from(text: String) -> Problem {
        Problem { text, hint: None, setting: false }
    }
}

fn malformed(path: &Path, problem: Problem) -> Failure {
    let fix = "fix the file by hand (see config.example.toml); chatdrop will not overwrite it";
    let hint = match problem.hint {
        Some(hint) => format!("{hint}; {fix}"),
        None => fix.to_string(),
    };
    if problem.setting {
        return Failure::usage(format!("{}: {}", path.display(), problem.text)).with_hint(hint);
    }
    Failure::general(format!("{} is malformed: {}", path.display(), problem.text)).with_hint(hint)
}

/// Settings chatdrop takes per run, never from a file: where each comes from instead.
const RUN_SETTINGS: &[(&str, &str)] = &[
    ("jobs", "--jobs N or CHATDROP_JOBS"),
    ("retries", "--retries N or CHATDROP_RETRIES"),
    ("stall_timeout", "--stall-timeout or CHATDROP_STALL_TIMEOUT"),
    ("response_timeout", "--response-timeout or CHATDROP_RESPONSE_TIMEOUT"),
    ("connect_timeout", "--connect-timeout"),
    ("profile", "--profile NAME or CHATDROP_PROFILE"),
    ("no_input", "--no-input or CHATDROP_NO_INPUT"),
    ("journal", "--journal FILE or CHATDROP_JOURNAL"),
    ("progress_interval", "CHATDROP_PROGRESS_INTERVAL"),
    ("keyring_timeout", "CHATDROP_KEYRING_TIMEOUT"),
];

/// A setting of the whole run (`jobs`) found in the file: where it goes instead. Moving it
/// into a service table would only have it ignored again.
fn run_setting(key: &str, line: usize) -> Option<Problem> {
    let (_, from) = RUN_SETTINGS.iter().find(|(name, _)| *name == key)?;
    Some(Problem {
        text: format!("line {line}: `{key}` is not read from the file: chatdrop takes it from {from}"),
        hint: Some(format!("remove `{key}` from the file and give {from} instead")),
        setting: true,
    })
}

/// The services that have a setting named `key`.
fn owners_of(key: &str) -> Vec<ServiceKind> {
    crate::services::ALL.into_iter().filter(|s| s.key(key).is_some()).collect()
}

/// The names of service tables and keys, checked against the registry (config.toml only).
fn check_names(text: &str, tree: &Tree) -> std::result::Result<(), Problem> {
    let services: Vec<&str> = crate::services::ALL.iter().map(|s| s.name()).collect();
    for (profile, tables) in tree {
        for (service, keys) in tables {
            let Some(svc) = ServiceKind::from_name(service) else {
                let line = table_line(text, profile, service);
                let guess = closest(service, &services).map(|g| format!("did you mean `[{profile}.{g}]`? "));
                return Err(Problem {
                    text: format!("line {line}: [{profile}.{service}] names no service"),
                    hint: Some(format!(
                        "{}the services are {}",
                        guess.unwrap_or_default(),
                        services.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ")
                    )),
                    setting: true,
                });
            };
            // The first unknown key is the one reported (the file is fixed one line at a time).
            if let Some(key) = keys.keys().find(|k| svc.key(k).is_none()) {
                let line = key_line(text, profile, service, key);
                if let Some(problem) = run_setting(key, line) {
                    return Err(problem);
                }
                if key == super::store::CONFIG_KEY {
                    return Err(Problem {
                        text: format!(
                            "line {line}: `{key}` is a setting of the whole file, not of [{profile}.{service}]"
                        ),
                        hint: Some(format!("move `{key} = ...` to the top of the file, above every table")),
                        setting: true,
                    });
                }
                let names: Vec<&str> = svc.keys().iter().map(|k| k.name()).collect();
                let elsewhere: Vec<&str> = owners_of(key).iter().map(|s| s.name()).collect();
                let hint = if !elsewhere.is_empty() {
                    format!("`{key}` is a setting of {}, under [{profile}.{}]", elsewhere.join(", "), elsewhere[0])
                } else {
                    let guess = closest(key, &names).map(|g| format!("did you mean `{g}`? ")).unwrap_or_default();
                    format!("{guess}{}'s settings are {}", svc.name(), names.join(", "))
                };
                return Err(Problem {
                    text: format!("line {line}: `{key}` is not a setting of {} (in [{profile}.{service}])", svc.name()),
                    hint: Some(hint),
                    setting: true,
                });
            }
        }
    }
    Ok(())
}

/// The candidate nearest to `wanted` by edit distance (ignoring case), if it is near enough to
/// be a typo of it: at most a third of its length, and at least 1, apart.
fn closest<'a>(wanted: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let wanted: Vec<char> = wanted.to_lowercase().chars().take(64).collect();
    let limit = (wanted.len() / 3).max(1);
    candidates
        .iter()
        .map(|c| (edit_distance(&wanted, &c.to_lowercase().chars().take(64).collect::<Vec<_>>()), *c))
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters, swaps of neighbours counted as one edit (`rmo`).
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut rows = vec![(0..=b.len()).collect::<Vec<_>>()];
    for (i, ca) in a.iter().enumerate() {
        let mut row = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let prev = &rows[i];
            let mut d = (prev[j] + usize::from(ca != cb)).min(prev[j + 1] + 1).min(row[j] + 1);
            if i > 0 && j > 0 && *ca == b[j - 1] && a[i - 1] == *cb {
                d = d.min(rows[i - 1][j - 1] + 1);
            }
            row[j + 1] = d;
        }
        rows.push(row);
    }
    rows[a.len()][b.len()]
}

/// Parse the text of a settings file; the error names line and problem.
pub fn parse(text: &str) -> std::result::Result<Tree, String> {
    parse_tree(text).map_err(|p| p.text)
}

/// The layout every settings file follows, with an example made of what the file holds.
fn layout(service: &str, key: &str) -> String {
    format!(
        "settings go in one table per profile and service, [<profile>.<service>]: e.g. `[default.{service}]` \
         with `{key} = \"...\"` on the lines under it (`default` is the profile used unless --profile names another)"
    )
}

fn parse_tree(text: &str) -> std::result::Result<Tree, Problem> {
    let table: toml::Table = toml::from_str(text).map_err(|e| describe_toml_error(text, &e))?;
    let mut tree = Tree::new();
    for (profile, services) in table {
        // The one top-level setting (config.toml): which store keeps secrets (see `store`).
        if profile == super::store::CONFIG_KEY && services.is_str() {
            continue;
        }
        let toml::Value::Table(services) = services else {
            let line = line_of(text, &profile);
            if let Some(problem) = run_setting(&profile, line) {
                return Err(problem);
            }
            // A service's key: the layout shown with that service's table.
            let owner = owners_of(&profile).first().map(|s| s.name()).unwrap_or(crate::services::ALL[0].name());
            return Err(Problem {
                text: format!("line {line}: `{profile}` stands outside any [<profile>.<service>] table"),
                hint: Some(layout(owner, &profile)),
                setting: true,
            });
        };
        let entry = tree.entry(profile.clone()).or_default();
        for (service, keys) in services {
            let toml::Value::Table(keys) = keys else {
                // `[carbonio]` + `room = ...`: a service taken for a profile; `[default]` +
                // `url = ...`: a profile without its service.
                let example = if ServiceKind::from_name(&profile).is_some() {
                    profile.as_str()
                } else {
                    crate::services::ALL[0].name()
                };
                return Err(Problem {
                    text: format!(
                        "line {}: `{service}` sits directly in [{profile}], which is not a [<profile>.<service>] table",
                        line_of(text, &service)
                    ),
                    hint: Some(layout(example, &service)),
                    setting: true,
                });
            };
            let svc = entry.entry(service.clone()).or_default();
            for (key, value) in keys {
                let value = match value {
                    toml::Value::String(s) => s,
                    toml::Value::Integer(i) => i.to_string(),
                    toml::Value::Boolean(b) => b.to_string(),
                    other => {
                        return Err(format!(
                            "line {}: `{key}` in [{profile}.{service}] must be a string, not {}",
                            line_of(text, &key),
                            other.type_str()
                        )
                        .into());
                    }
                };
                svc.insert(key, value);
            }
        }
    }
    Ok(tree)
}

fn describe_toml_error(text: &str, err: &toml::de::Error) -> String {
    let message = err.message().trim().to_string();
    match err.span() {
        Some(span) => {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            format!("line {line}: {message}")
        }
        None => message,
    }
}

/// Best effort: the line of the header of table [`profile`.`service`].
fn table_line(text: &str, profile: &str, service: &str) -> usize {
    let bare = |t: &str| t.trim().trim_matches(|c| c == '"' || c == '\'').to_string();
    text.lines()
        .position(|l| {
            let Some(header) = l.trim().strip_prefix('[').and_then(|h| h.split(']').next()) else { return false };
            let parts: Vec<String> = header.split('.').map(bare).collect();
            parts == [profile, service]
        })
        .map(|i| i + 1)
        .unwrap_or_else(|| line_of(text, service))
}

/// Best effort: the line of `key` in table [`profile`.`service`] (or anywhere).
fn key_line(text: &str, profile: &str, service: &str, key: &str) -> usize {
    let start = table_line(text, profile, service);
    let is_key = |l: &str| l.split('=').next().is_some_and(|k| k.trim().trim_matches('"') == key) && l.contains('=');
    text.lines()
        .enumerate()
        .skip(start)
        .find(|(_, l)| is_key(l))
        .or_else(|| text.lines().enumerate().find(|(_, l)| is_key(l)))
        .map(|(i, _)| i + 1)
        .unwrap_or(start)
}

/// Best effort: the first line where `word` starts a key or a table header.
fn line_of(text: &str, word: &str) -> usize {
    text.lines()
        .position(|l| {
            let l = l.trim_start().trim_start_matches('[');
            l.starts_with(word) || l.contains(&format!(".{word}"))
        })
        .map(|i| i + 1)
        .unwrap_or(1)
}

pub fn render(tree: &Tree) -> String {
    let mut out = String::from("# Written by chatdrop. Secrets live here: keep this file private (0600).\n");
    for (profile, services) in tree {
        for (service, keys) in services {
            if keys.is_empty() {
                continue;
            }
            out.push_str(&format!("\n[{}.{}]\n", quote_key(profile), quote_key(service)));
            for (key, value) in keys {
                out.push_str(&format!("{} = {}\n", quote_key(key), toml::Value::String(value.clone())));
            }
        }
    }
    out
}

/// A bare key, or a one-line basic string. (`toml::Value::String` would write a key with
/// a line break as a multi-line string, which TOML does not allow for keys: the file
/// written would not read back.)
fn quote_key(key: &str) -> String {
    if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
        return key.to_string();
    }
    let mut out = String::from("\"");
    for c in key.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Read-modify-write `path` under an exclusive lock, atomically, with private permissions.
/// A malformed existing file is left alone and reported.
pub fn update(path: &Path, change: impl FnOnce(&mut Tree)) -> Result<()> {
    let dir = crate::safe_fs::parent_of(path);
    create_private_dir(dir)?;
    let lock_path = dir.join(".credentials.lock");
    // Never through a link, never a FIFO; bounded wait for another chatdrop's write.
    let _lock = crate::safe_fs::lock(&lock_path).map_err(|e| io_failure("cannot lock", &lock_path, e))?;
    let mut current = load(path)?;
    change(&mut current.tree);
    write_atomic(path, render(&current.tree).as_bytes())
    // The lock is released when `_lock` is dropped.
}

/// The directory secrets are written into: created 0700 when missing; when it exists it is
/// used as it is, but only if it is private (owned by this user, writable by nobody else).
/// A shared directory (`CHATDROP_CONFIG_DIR=/tmp`) is refused with the fix, never chmodded:
/// chatdrop did not create it, and whoever else can write there could swap the files.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    crate::safe_fs::create_private_dir(dir).map_err(|e| io_failure("cannot create the config directory", dir, e))?;
    match crate::safe_fs::not_private(dir) {
        Ok(None) => Ok(()),
        Ok(Some(why)) => {
            let shown = escape(&dir.to_string_lossy());
            Err(Failure::usage(format!("not writing credentials into {shown}: the directory is {why}"))
                .with_hint(format!(
                    "make it yours and private (chmod 700 {shown}, as its owner), or set CHATDROP_CONFIG_DIR to a private directory"
                )))
        }
        Err(e) => Err(io_failure("cannot check the config directory", dir, e)),
    }
}

/// Write via a temp file in the same dir, fsync, then rename over the target (0600); a link
/// the user made there is written through, a FIFO or a device is refused.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    crate::safe_fs::write_atomic(path, bytes, 0o600).map_err(|e| io_failure("cannot write", path, e))
}

/// The permission bits of `path` as they are now (Unix only; None elsewhere or when absent).
pub fn mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        Some(fs::metadata(path).ok()?.permissions().mode() & 0o777)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Permission bits that let others read `path`, if any (Unix only).
pub fn readable_by_others(path: &Path) -> Option<u32> {
    mode(path).filter(|m| m & 0o077 != 0)
}

/// Permission bits that let group or others write `path` (a file or a directory), if any.
/// Whoever can write the settings can point a service's `url` elsewhere and receive its token.
pub fn writable_by_others(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path).ok()?.permissions().mode();
        // A sticky shared directory (/tmp) still lets others replace nothing of ours.
        let sticky_dir = fs::metadata(path).ok()?.is_dir() && mode & 0o1000 != 0;
        (mode & 0o022 != 0 && !sticky_dir).then_some(mode & 0o777)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

fn io_failure(what: &str, path: &Path, err: std::io::Error) -> Failure {
    Failure::general(format!("{what} {}: {}", escape(&path.to_string_lossy()), crate::safe_fs::why(&err)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_renders_round_trip() {
        let tree = parse("[default.pyrus]\nlogin = \"a@b.c\"\nperson_id = 12\n[work.carbonio]\nurl = \"https://m\"\n")
            .unwrap();
        assert_eq!(tree["default"]["pyrus"]["person_id"], "12");
        assert_eq!(parse(&render(&tree)).unwrap(), tree);
    }

    #[test]
    fn keys_with_quotes_and_line_breaks_read_back() {
        let mut tree = Tree::new();
        tree.entry("a\r\nb\"c\\".into())
            .or_default()
            .entry("svc\u{7f}".into())
            .or_default()
            .insert("k".into(), "v\n".into());
        assert_eq!(parse(&render(&tree)).unwrap(), tree);
    }

    #[test]
    fn reports_the_line_of_a_problem() {
        let err = parse("[default.pyrus]\nlogin = \"a\"\nbroken = \n").unwrap_err();
        assert!(err.starts_with("line 3"), "{err}");
        let err = parse("[default.pyrus]\nlogin = [1]\n").unwrap_err();
        assert!(err.contains("line 2") && err.contains("string"), "{err}");
        let err = parse("default = 1\n").unwrap_err();
        assert!(err.contains("outside any [<profile>.<service>] table"), "{err}");
        let err = parse_tree("[carbonio]\nroom = \"x\"\n").err().unwrap();
        assert!(err.text.starts_with("line 2: `room` sits directly in [carbonio]"), "{}", err.text);
        assert!(err.hint.unwrap().contains("`[default.carbonio]` with `room = \"...\"`"));
    }

    fn strict(text: &str) -> std::result::Result<(), Problem> {
        check_names(text, &parse_tree(text).map_err(|p| p.text).unwrap())
    }

    #[test]
    fn unknown_tables_and_keys_name_the_closest() {
        let err =
            strict("[default.carbonio]\nurl = \"https://m\"\n\n[default.carbonoi]\nroom = \"Ops\"\n").err().unwrap();
        assert!(err.text.starts_with("line 4: [default.carbonoi] names no service"), "{}", err.text);
        assert!(err.hint.unwrap().starts_with("did you mean `[default.carbonio]`?"));
        let err = strict("[work.carbonio]\nurl = \"https://m\"\nrom = \"Ops\"\n").err().unwrap();
        assert!(err.text.starts_with("line 3: `rom` is not a setting of carbonio"), "{}", err.text);
        assert!(err.hint.unwrap().starts_with("did you mean `room`?"));
        let err = strict("[default.carbonio]\ntask = \"1\"\n").err().unwrap();
        assert!(err.hint.unwrap().starts_with("`task` is a setting of pyrus"));
        assert!(strict("[default.carbonio]\nroom = \"Ops\"\n").is_ok());
    }

    #[test]
    fn run_settings_in_the_file_say_where_they_go() {
        let err = parse_tree("jobs = 8\n").err().unwrap();
        assert!(err.setting);
        assert!(err.text.contains("`jobs` is not read from the file"), "{}", err.text);
        assert!(err.text.contains("--jobs N or CHATDROP_JOBS"), "{}", err.text);
        let err = strict("[default.pyrus]\njobs = 8\n").err().unwrap();
        assert!(err.text.starts_with("line 2: `jobs` is not read from the file"), "{}", err.text);
        let err = parse_tree("room = \"x\"\n").err().unwrap();
        assert!(err.hint.unwrap().contains("[default.carbonio]"));
    }

    #[test]
    fn typos_are_near_other_names_are_not() {
        assert_eq!(closest("rom", &["room", "url"]), Some("room"));
        assert_eq!(closest("carbonoi", &["pyrus", "carbonio"]), Some("carbonio"));
        assert_eq!(closest("zzz", &["room", "url"]), None);
    }
}
