//! Settings resolution for one profile: flag > env (`CHATDROP_<SVC>_<KEY>`) > config.toml >
//! credentials.toml > built-in default. With `--sandbox` the sandbox's values replace env and
//! files entirely, so real credentials can never mix with the fakes. Secrets that are
//! resolved are registered for redaction before anyone can print them. Secrets may also live
//! in the OS keyring (`store`), consulted after the files.

pub mod file;
pub(crate) mod keyring;
pub(crate) mod paths;
pub(crate) mod store;
pub(crate) mod url;
pub(crate) mod value;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use crate::error::{Failure, Result};
use crate::log::Log;
use crate::secret::{Secret, redact};
use crate::services::spec::{CA_CERT, Key, ServiceKind};

pub use file::SettingsFile;
pub use paths::Paths;
pub use store::{Mode, Placed, SecretStore};

/// Where a value came from (for `auth status` and `-v`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag,
    Env(String),
    ConfigFile(PathBuf),
    CredentialsFile(PathBuf),
    Keyring,
    Default,
    Sandbox,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag => write!(f, "command-line flag"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::ConfigFile(p) => write!(f, "file {}", p.display()),
            // The mode as it is now: a file someone loosened must not read as private.
            Source::CredentialsFile(p) => match file::mode(p) {
                Some(mode) => write!(f, "file {} (plain text, mode {mode:04o})", p.display()),
                None => write!(f, "file {} (plain text)", p.display()),
            },
            Source::Keyring => write!(f, "the OS keyring"),
            Source::Default => write!(f, "built-in default"),
            Source::Sandbox => write!(f, "sandbox"),
        }
    }
}

/// A value and where it came from. The value is trimmed ([`value::trim`]); a control
/// character inside it is refused by [`ServiceSettings::check`] before any request.
#[derive(Clone)]
pub struct Resolved {
    pub value: String,
    pub source: Source,
}

/// The value may be a secret: `{:?}` shows where it came from and its length, never the text.
impl fmt::Debug for Resolved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Resolved")
            .field("value", &format_args!("[{} chars]", self.value.chars().count()))
            .field("source", &self.source)
            .finish()
    }
}

impl Resolved {
    fn new(raw: &str, source: Source) -> Resolved {
        Resolved { value: value::trim(raw).to_string(), source }
    }
}

/// A value to keep ([`Config::store`], [`TokenCache::save`]): text, or a secret, which stays
/// a [`Secret`] until the store writes it (the keyring entry or the credentials file).
#[derive(Clone, Debug)]
pub enum Stored {
    Text(String),
    Secret(Secret),
}

impl From<String> for Stored {
    fn from(text: String) -> Stored {
        Stored::Text(text)
    }
}

impl From<Secret> for Stored {
    fn from(secret: Secret) -> Stored {
        Stored::Secret(secret)
    }
}

impl Stored {
    /// `value` of `key` to store, unless it is the key's built-in default (a login keeps an
    /// address only when it is not the service's usual one).
    pub fn unless_default(key: Key, value: String) -> Option<Stored> {
        (key.default() != Some(value.as_str())).then_some(Stored::Text(value))
    }

    /// The text to write, for the store only.
    fn text(&self) -> &str {
        match self {
            Stored::Text(text) => text,
            Stored::Secret(secret) => secret.expose(),
        }
    }
}

/// service name -> key -> value, as the sandbox provides them.
pub type SandboxValues = BTreeMap<String, BTreeMap<String, String>>;

pub struct Config {
    pub paths: Paths,
    pub profile: String,
    config: SettingsFile,
    credentials: SettingsFile,
    sandbox: Option<SandboxValues>,
    /// The OS keyring or nothing, by `credential_store`.
    pub secrets: Arc<SecretStore>,
    /// Where the last `store` put the secrets (for the login's closing lines).
    stored_in: Mutex<Option<Placed>>,
    /// The base URLs this run used, each with where it came from in words (see [`Config::note_url`]).
    urls: Mutex<Vec<(String, String)>>,
    /// Keyring entries whose value was refused (a control character inside), by entry name:
    /// the value is not used, and a command that needs it gets this failure instead of a
    /// "no credentials" or a header error that names nothing.
    keyring_refused: Mutex<BTreeMap<String, Failure>>,
}

/// A `CHATDROP_*` variable whose value is not UTF-8 is named, not taken as unset (which
/// would read as "no credentials" and send the user looking in the wrong place).
fn check_env_encoding() -> Result<()> {
    match crate::env::non_utf8_chatdrop_vars().first() {
        Some(name) => Err(Failure::usage(format!("the environment variable {name} is not valid UTF-8"))
            .with_hint(format!("set {name} to UTF-8 text, or unset it"))),
        None => Ok(()),
    }
}

impl Config {
    /// Load both files (a malformed one is an error naming file and line) and warn when
    /// the credentials file is readable by others.
    pub fn load(paths: Paths, profile: String, sandbox: Option<SandboxValues>, log: &dyn Log) -> Result<Config> {
        check_env_encoding()?;
        if sandbox.is_some() {
            return Ok(Config {
                config: SettingsFile { path: paths.config_file.clone(), ..Default::default() },
                credentials: SettingsFile { path: paths.credentials_file.clone(), ..Default::default() },
                paths,
                profile,
                sandbox,
                secrets: Arc::new(SecretStore::new(Mode::File)),
                stored_in: Mutex::new(None),
                urls: Mutex::default(),
                keyring_refused: Mutex::default(),
            });
        }
        // Strict: a typo in a table or key name is an error, not a setting silently unset.
        let config = file::load_config(&paths.config_file)?;
        if paths.config_explicit && !config.exists {
            // Read as empty, a mistyped path would silently drop every setting of the file.
            return Err(Failure::usage(format!("--config {}: no such file", paths.config_file.display())).with_hint(
                format!("check the path, or leave out --config to use {}", paths.dir.join("config.toml").display()),
            ));
        }
        let credentials = file::load(&paths.credentials_file)?;
        if let Some(mode) = file::readable_by_others(&paths.credentials_file) {
            log.warn(&format!(
                "{} is readable by other users (mode {mode:o}); run: chmod 600 {}",
                paths.credentials_file.display(),
                paths.credentials_file.display()
            ));
        }
        for path in [&paths.dir, &paths.config_file, &paths.credentials_file] {
            if let Some(mode) = file::writable_by_others(path) {
                log.warn(&format!(
                    "{} is writable by other users (mode {mode:o}): whoever can change it can redirect your credentials; run: chmod go-w {}",
                    path.display(),
                    path.display()
                ));
            }
        }
        // credentials.toml is chatdrop's own: what another version wrote there is not a typo.
        for (svc, key) in unknown_keys(&credentials) {
            log.warn(&format!(
                "unknown setting `{key}` for `{svc}` in {} ignored",
                crate::text::escape(&paths.credentials_file.to_string_lossy())
            ));
        }
        let secrets = Arc::new(SecretStore::new(Mode::resolve(&paths.config_file)?));
        Ok(Config {
            paths,
            profile,
            config,
            credentials,
            sandbox,
            secrets,
            stored_in: Mutex::new(None),
            urls: Mutex::default(),
            keyring_refused: Mutex::default(),
        })
    }

    pub fn is_sandbox(&self) -> bool {
        self.sandbox.is_some()
    }

    /// The value of `key` for `svc` from env, files, the keyring or default (flags are the
    /// caller's), trimmed.
    pub fn get(&self, svc: ServiceKind, key: Key) -> Option<Resolved> {
        self.lookup(svc, key, true)
    }

    /// [`Config::get`]; `keyring: false` leaves the OS keyring out (checking values must not
    /// wake a keyring the command may never need).
    fn lookup(&self, svc: ServiceKind, key: Key, keyring: bool) -> Option<Resolved> {
        svc.debug_assert_owns(key);
        let name = key.name();
        // A value of only blanks is no value, as an empty env var is none: the next place is asked.
        let given = |r: &Resolved| !r.value.is_empty();
        let found = if let Some(sandbox) = &self.sandbox {
            sandbox.get(svc.name()).and_then(|m| m.get(name)).map(|v| Resolved::new(v, Source::Sandbox))
        } else {
            let var = svc.env_var(key);
            crate::env::get(&var)
                .map(|value| Resolved::new(&value, Source::Env(var)))
                .filter(given)
                .or_else(|| {
                    let v = self.config.get(&self.profile, svc.name(), name)?;
                    Some(Resolved::new(v, Source::ConfigFile(self.config.path.clone()))).filter(given)
                })
                .or_else(|| {
                    let v = self.credentials.get(&self.profile, svc.name(), name)?;
                    Some(Resolved::new(v, Source::CredentialsFile(self.credentials.path.clone()))).filter(given)
                })
                .or_else(|| {
                    (key.is_secret() && keyring)
                        .then(|| self.secrets.lookup(&self.profile, svc.name(), name))
                        .flatten()
                        .map(|value| Resolved::new(value.expose(), Source::Keyring))
                        .filter(given)
                        .filter(|r| self.keyring_value_ok(svc, key, r))
                })
        };
        let found = found.or_else(|| key.default().map(|d| Resolved::new(d, Source::Default)));
        if let Some(found) = &found
            && key.is_secret()
        {
            redact::register_secret(&found.value);
        }
        found
    }

    /// Whether a value read from the keyring can be used: one with a control character inside
    /// (a CRLF pasted into a keyring tool) is not, and the failure naming the entry is kept
    /// for [`Config::keyring_refused`].
    fn keyring_value_ok(&self, svc: ServiceKind, key: Key, r: &Resolved) -> bool {
        let origin = self.origin(svc, key, &Source::Keyring);
        let Err(failure) = value::check(&r.value, &origin) else { return true };
        let failure = failure.with_hint(format!("store it again: {}", self.login_command(svc)));
        if let Ok(mut refused) = self.keyring_refused.lock() {
            refused.insert(keyring::Keyring::user(&self.profile, svc.name(), key.name()), failure);
        }
        false
    }

    /// Why the keyring's value of `key` was not used, if it was refused.
    fn keyring_refused(&self, svc: ServiceKind, key: Key) -> Option<Failure> {
        let entry = keyring::Keyring::user(&self.profile, svc.name(), key.name());
        self.keyring_refused.lock().ok()?.get(&entry).cloned()
    }

    /// Where `key` of `svc` came from, in words a person can find it by: the variable, the
    /// file and key, the keyring entry.
    pub fn origin(&self, svc: ServiceKind, key: Key, source: &Source) -> String {
        let under = format!("`{key}` under [{}.{}]", self.profile, svc.name());
        match source {
            Source::Flag => format!("the flag --{}", key.name().replace('_', "-")),
            Source::Env(var) => format!("the environment variable {var}"),
            Source::ConfigFile(p) | Source::CredentialsFile(p) => format!("{under} in {}", p.display()),
            Source::Keyring => format!("the OS keyring entry {}.{}.{key}", self.profile, svc.name()),
            Source::Default => format!("the built-in default of `{key}`"),
            Source::Sandbox => format!("the sandbox's `{key}`"),
        }
    }

    pub fn service(&self, svc: ServiceKind) -> ServiceSettings<'_> {
        ServiceSettings { config: self, svc, flags: BTreeMap::new() }
    }

    /// Save (Some) or remove (None) values of this profile: secrets in the OS keyring when the
    /// credential store allows (then any copy in the credentials file goes, and the service's
    /// other secrets still in the file move too), the rest in the credentials file.
    /// In the sandbox nothing is written.
    pub fn store(&self, svc: ServiceKind, values: &[(Key, Option<Stored>)]) -> Result<()> {
        if self.is_sandbox() {
            return Ok(());
        }
        // The directory first: refused, nothing is stored anywhere (not even in the keyring).
        file::create_private_dir(crate::safe_fs::parent_of(&self.paths.credentials_file))?;
        for (key, value) in values {
            svc.debug_assert_owns(*key);
            debug_assert!(
                value.as_ref().is_none_or(|v| key.is_secret() == matches!(v, Stored::Secret(_))),
                "`{key}` is stored as a Secret exactly when it is one"
            );
        }
        let mut to_file: Vec<(Key, Option<String>)> = Vec::new();
        let mut placed: Option<Placed> = None;
        for (key, value) in values {
            match value {
                Some(Stored::Secret(v)) => match self.secrets.save(&self.profile, svc.name(), key.name(), v)? {
                    Placed::Keyring => {
                        to_file.push((*key, None));
                        placed.get_or_insert(Placed::Keyring);
                    }
                    file_place => {
                        to_file.push((*key, Some(v.expose().to_string())));
                        placed = Some(file_place);
                    }
                },
                None if key.is_secret() => {
                    // Best effort: what stays is found by `logout`, which says so.
                    let _ = self.secrets.remove(&self.profile, svc.name(), key.name());
                    to_file.push((*key, None));
                }
                other => to_file.push((*key, other.as_ref().map(|v| v.text().to_string()))),
            }
        }
        if placed == Some(Placed::Keyring) {
            // Logging in again moves what an older chatdrop left in the file.
            for key in svc.keys().iter().filter(|k| k.is_secret() && !values.iter().any(|(stored, _)| stored == *k)) {
                if let Some(v) = self.credentials.get(&self.profile, svc.name(), key.name())
                    && self.secrets.save(&self.profile, svc.name(), key.name(), &Secret::new(v))? == Placed::Keyring
                {
                    to_file.push((*key, None));
                }
            }
        }
        if let Ok(mut stored_in) = self.stored_in.lock() {
            *stored_in = placed;
        }
        file::update(&self.paths.credentials_file, |tree| {
            let keys = tree.entry(self.profile.clone()).or_default().entry(svc.name().to_string()).or_default();
            for (key, value) in to_file {
                match value {
                    Some(v) => keys.insert(key.name().to_string(), v),
                    None => keys.remove(key.name()),
                };
            }
        })
    }

    /// Remember that this run sends requests under the base URL `url`, which came from
    /// `origin` (the words of [`ServiceSettings::origin`], or "your answer at the prompt"), so
    /// that a failure to reach it can name the setting to fix.
    pub fn note_url(&self, url: &str, origin: &str) {
        if let Ok(mut urls) = self.urls.lock() {
            urls.push((url.to_string(), origin.to_string()));
        }
    }

    /// The base URLs noted so far ([`Config::note_url`]), oldest first, with their origins.
    pub fn noted_urls(&self) -> Vec<(String, String)> {
        self.urls.lock().map(|u| u.clone()).unwrap_or_default()
    }

    /// Where the last [`Config::store`] put the secrets: the keyring, or the file (with the
    /// reason when no keyring was reachable); None when it stored no secret.
    pub fn stored_in(&self) -> Option<Placed> {
        self.stored_in.lock().ok().and_then(|s| s.clone())
    }

    /// Move every secret in the credentials file (all profiles) into the OS keyring and
    /// remove it from the file. Returns `profile.service.key` of each secret moved.
    pub fn migrate(&self) -> Result<Vec<String>> {
        if self.is_sandbox() {
            return Err(Failure::usage("the sandbox stores nothing"));
        }
        self.secrets.require_keyring()?;
        file::create_private_dir(crate::safe_fs::parent_of(&self.paths.credentials_file))?;
        let current = file::load(&self.paths.credentials_file)?;
        let mut moved: Vec<(String, String, String, String)> = Vec::new();
        for (profile, services) in &current.tree {
            for (service, keys) in services {
                let Some(svc) = ServiceKind::from_name(service) else { continue };
                for (key, value) in keys.iter().filter(|(k, _)| svc.key(k).is_some_and(Key::is_secret)) {
                    if self.secrets.save(profile, service, key, &Secret::new(value.as_str()))? != Placed::Keyring {
                        self.secrets.require_keyring()?;
                    }
                    moved.push((profile.clone(), service.clone(), key.clone(), value.clone()));
                }
            }
        }
        if !moved.is_empty() {
            file::update(&self.paths.credentials_file, |tree| {
                for (profile, service, key, value) in &moved {
                    if let Some(keys) = tree.get_mut(profile).and_then(|p| p.get_mut(service))
                        && keys.get(key) == Some(value)
                    {
                        keys.remove(key);
                    }
                }
            })?;
        }
        Ok(moved.into_iter().map(|(p, s, k, _)| format!("{p}.{s}.{k}")).collect())
    }

    /// Forget every stored value of `svc` in this profile, in the file and the keyring; true
    /// if there was any. A keyring that cannot be asked (unreachable, hung) is not taken to
    /// hold nothing: what the file held is removed, then the failure (exit 4) says which
    /// entries may still be in the keyring and how to remove them, since a later command
    /// would still find and use them.
    pub fn forget(&self, svc: ServiceKind) -> Result<bool> {
        let mut had =
            self.credentials.tree.get(&self.profile).and_then(|p| p.get(svc.name())).is_some_and(|m| !m.is_empty());
        let mut left: Vec<String> = Vec::new();
        let mut why = String::new();
        if !self.is_sandbox() {
            for key in svc.keys().iter().filter(|k| k.is_secret()) {
                match self.secrets.remove(&self.profile, svc.name(), key.name()) {
                    Ok(held) => had |= held,
                    Err(reason) => {
                        left.push(keyring::Keyring::user(&self.profile, svc.name(), key.name()));
                        why = reason;
                    }
                }
            }
        }
        if had && !self.is_sandbox() {
            file::update(&self.paths.credentials_file, |tree| {
                if let Some(p) = tree.get_mut(&self.profile) {
                    p.remove(svc.name());
                }
            })?;
        }
        if left.is_empty() {
            return Ok(had);
        }
        let file_part = if had {
            format!(
                "what {} held is removed, but ",
                crate::text::escape(&self.paths.credentials_file.to_string_lossy())
            )
        } else {
            String::new()
        };
        let commands: Vec<String> = left.iter().map(|entry| keyring::removal_command(entry)).collect();
        Err(Failure::auth(format!(
            "{}: {file_part}the OS keyring could not be asked ({why}), so {} may still be in it, and commands \
             would still use {}",
            svc.name(),
            left.join(", "),
            if left.len() == 1 { "it" } else { "them" }
        ))
        .with_hint(format!(
            "run `{}` again once the keyring answers, or remove {} yourself: {} (no keyring on this machine at \
             all? set {}=file)",
            format_args!("chatdrop logout {}{}", svc.name(), self.profile_flag()),
            if left.len() == 1 { "the entry" } else { "the entries" },
            commands.join("; "),
            store::ENV_VAR
        )))
    }

    /// ` --profile NAME` when a profile other than the default is in use.
    fn profile_flag(&self) -> String {
        if self.profile == "default" { String::new() } else { format!(" --profile {}", self.profile) }
    }

    /// Whether the stored value of `key` came from the credentials file (so a refreshed
    /// token may be cached there too, rather than written somewhere the user never chose).
    pub fn is_stored_login(&self, svc: ServiceKind, key: Key) -> bool {
        matches!(self.get(svc, key).map(|r| r.source), Some(Source::CredentialsFile(_) | Source::Keyring))
    }

    /// Where an adapter saves a renewed token: the credentials file, but only when the secret
    /// that renews it (`renewed_by`) is stored there too; a login given by env caches nothing.
    pub fn token_cache(&self, svc: ServiceKind, renewed_by: Key, log: Arc<dyn Log>) -> TokenCache {
        let in_keyring = matches!(self.get(svc, renewed_by).map(|r| r.source), Some(Source::Keyring));
        TokenCache {
            enabled: !self.is_sandbox() && self.is_stored_login(svc, renewed_by),
            keyring: in_keyring.then(|| self.secrets.clone()),
            path: self.paths.credentials_file.clone(),
            profile: self.profile.clone(),
            svc,
            log,
        }
    }

    /// The other profiles found in the files, each with the services it has settings for.
    pub fn other_profiles(&self) -> BTreeMap<String, Vec<String>> {
        let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for tree in [&self.config.tree, &self.credentials.tree] {
            for (profile, services) in tree.iter().filter(|(p, _)| **p != self.profile) {
                let entry = out.entry(profile.clone()).or_default();
                entry.extend(services.iter().filter(|(_, keys)| !keys.is_empty()).map(|(svc, _)| svc.clone()));
                entry.sort();
                entry.dedup();
            }
        }
        out
    }

    /// Every profile named in the two files (the default one included when it is there).
    fn profiles(&self) -> std::collections::BTreeSet<String> {
        [&self.config.tree, &self.credentials.tree]
            .into_iter()
            .flat_map(|tree| tree.iter().filter(|(_, s)| s.values().any(|k| !k.is_empty())).map(|(p, _)| p.clone()))
            .collect()
    }

    /// A profile other than `default` that neither file names is most likely a typo
    /// (`--profile wrok`): a usage error listing the profiles there are, unless the
    /// environment supplies the whole credentials of one of `services` (a CI profile that
    /// lives only in the environment), or the OS keyring holds a secret of the profile for
    /// one of them (a login that kept everything there). The sandbox has every profile.
    pub fn check_profile(&self, services: &[ServiceKind]) -> Result<()> {
        if self.is_sandbox() || self.profile == "default" {
            return Ok(());
        }
        let known = self.profiles();
        if known.contains(&self.profile) {
            return Ok(());
        }
        let from_env = |svc: &ServiceKind| {
            svc.credential_sets().iter().any(|set| {
                set.iter().all(|key| crate::env::get(&svc.env_var(*key)).is_some_and(|v| !v.trim().is_empty()))
            })
        };
        if services.iter().any(from_env) {
            return Ok(());
        }
        let in_keyring = |svc: &ServiceKind| {
            svc.keys()
                .iter()
                .filter(|k| k.is_secret())
                .any(|k| self.secrets.lookup(&self.profile, svc.name(), k.name()).is_some())
        };
        if services.iter().any(in_keyring) {
            return Ok(());
        }
        let shown = crate::text::escape(&self.profile);
        let listed = if known.is_empty() {
            "there are no profiles yet (only `default`, which needs none)".to_string()
        } else {
            format!(
                "the profiles are {}",
                known.iter().map(|p| format!("`{}`", crate::text::escape(p))).collect::<Vec<_>>().join(", ")
            )
        };
        let files = format!(
            "{} or {}",
            crate::text::escape(&self.paths.config_file.to_string_lossy()),
            crate::text::escape(&self.paths.credentials_file.to_string_lossy())
        );
        Err(Failure::usage(format!("no profile `{shown}` in {files}"))
            .with_hint(format!("{listed}; check --profile (or CHATDROP_PROFILE)")))
    }

    /// The login command of `svc` for the profile in use: `--profile NAME` unless it is the default.
    pub fn login_command(&self, svc: ServiceKind) -> String {
        format!("chatdrop login {}{}", svc.name(), self.profile_flag())
    }

    /// The hint for missing or rejected credentials: login command and env vars. (A profile
    /// no file names never gets here as a typo: [`Config::check_profile`] stops it first.)
    pub fn login_hint(&self, svc: ServiceKind) -> String {
        format!("run `{}`, or set {}", self.login_command(svc), svc.env_hint())
    }

    pub fn missing_credentials(&self, svc: ServiceKind) -> Failure {
        let keyring = match self.secrets.problem() {
            Some(problem) if !self.is_sandbox() => format!(" ({problem}; the credential store is `keyring`)"),
            _ => String::new(),
        };
        Failure::auth(format!("no {} credentials for profile `{}`{keyring}", svc.title(), self.profile))
            .with_hint(self.login_hint(svc))
    }
}

/// Saves renewed tokens for an adapter (see [`Config::token_cache`]).
pub struct TokenCache {
    enabled: bool,
    /// Secrets go to the keyring (the renewing secret is there), the rest to the file.
    keyring: Option<Arc<SecretStore>>,
    path: PathBuf,
    profile: String,
    svc: ServiceKind,
    log: Arc<dyn Log>,
}

impl TokenCache {
    /// Save (Some) or remove (None) these values; a failure is a warning, not an error,
    /// since the token in hand still works for this run.
    pub fn save(&self, values: &[(Key, Option<Stored>)]) {
        if !self.enabled {
            return;
        }
        let mut to_file: Vec<(Key, Option<String>)> = Vec::new();
        for &(key, ref value) in values {
            self.svc.debug_assert_owns(key);
            match (&self.keyring, value) {
                (Some(store), Some(Stored::Secret(v))) => {
                    match store.save(&self.profile, self.svc.name(), key.name(), v) {
                        Ok(Placed::Keyring) => to_file.push((key, None)),
                        Ok(Placed::File { .. }) => to_file.push((key, Some(v.expose().to_string()))),
                        Err(e) => {
                            self.log.warn(&format!("could not cache the new {} token: {}", self.svc.title(), e.message))
                        }
                    }
                }
                (Some(store), None) if key.is_secret() => {
                    let _ = store.remove(&self.profile, self.svc.name(), key.name());
                    to_file.push((key, None));
                }
                _ => to_file.push((key, value.as_ref().map(|v| v.text().to_string()))),
            }
        }
        let result = file::update(&self.path, |tree| {
            let keys = tree.entry(self.profile.clone()).or_default().entry(self.svc.name().to_string()).or_default();
            for (key, value) in to_file {
                match value {
                    Some(v) => keys.insert(key.name().to_string(), v),
                    None => keys.remove(key.name()),
                };
            }
        });
        if let Err(e) = result {
            self.log.warn(&format!("could not cache the new {} token: {}", self.svc.title(), e.message));
        }
    }
}

fn unknown_keys(file: &SettingsFile) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for services in file.tree.values() {
        for (svc, keys) in services {
            match ServiceKind::from_name(svc) {
                None => out.push((svc.clone(), "(the whole section: no such service)".to_string())),
                Some(kind) => {
                    out.extend(keys.keys().filter(|k| kind.key(k).is_none()).map(|k| (svc.clone(), k.clone())))
                }
            }
        }
    }
    out
}

/// The settings of one service, with the command's flags on top.
pub struct ServiceSettings<'a> {
    pub config: &'a Config,
    pub svc: ServiceKind,
    /// The key's name -> the value a flag gave it (by name, so `check` goes in the same order
    /// whatever the order of the flags).
    flags: BTreeMap<&'static str, Flagged>,
}

/// A value given on the command line.
struct Flagged {
    key: Key,
    /// The flag as typed (`--url`), for messages.
    flag: String,
    /// Trimmed.
    value: String,
}

impl ServiceSettings<'_> {
    /// A flag value for `key` (the flag is `--key`, `_` as `-`); it wins over everything else.
    pub fn flag(self, key: Key, value: Option<impl Into<String>>) -> Self {
        self.flag_as(key, &format!("--{}", key.name().replace('_', "-")), value)
    }

    /// A flag value for `key` given by a flag of another name (`login pyrus --url` is `auth_url`).
    pub fn flag_as(mut self, key: Key, flag: &str, value: Option<impl Into<String>>) -> Self {
        self.svc.debug_assert_owns(key);
        if let Some(v) = value {
            let v = v.into();
            let v = value::trim(&v);
            if !v.is_empty() {
                self.flags.insert(key.name(), Flagged { key, flag: flag.to_string(), value: v.to_string() });
            }
        }
        self
    }

    pub fn resolved(&self, key: Key) -> Option<Resolved> {
        match self.flags.get(key.name()) {
            Some(given) => Some(Resolved { value: given.value.clone(), source: Source::Flag }),
            None => self.config.get(self.svc, key),
        }
    }

    /// Where a value came from, in words a person can find it by (the flag, the variable, the
    /// file and key).
    pub fn origin(&self, key: Key, source: &Source) -> String {
        match (source, self.flags.get(key.name())) {
            (Source::Flag, Some(given)) => format!("the flag {}", given.flag),
            _ => self.config.origin(self.svc, key, source),
        }
    }

    /// Refuse any value of this service (flags, env, files) that holds a control character,
    /// naming where it came from; called before the settings are used for a request. The OS
    /// keyring is left out: only `login`, which checks, writes there.
    pub fn check(&self) -> Result<()> {
        for given in self.flags.values() {
            value::check(&given.value, &self.origin(given.key, &Source::Flag))?;
        }
        for key in self.svc.keys().iter().filter(|k| !self.flags.contains_key(k.name())) {
            if let Some(r) = self.config.lookup(self.svc, *key, false) {
                value::check(&r.value, &self.origin(*key, &r.source))?;
                if key.is_switch() {
                    self.parse_switch(*key, &r)?;
                }
            }
        }
        Ok(())
    }

    /// A yes/no setting (`skip_sent`): None when nothing sets it; a value the one yes/no
    /// parser does not take is a usage error naming where it came from (`y` is refused rather
    /// than read as "no", as a typo must not silently change what is sent).
    pub fn switch(&self, key: Key) -> Result<Option<bool>> {
        debug_assert!(key.is_switch(), "`{key}` is not a yes/no setting");
        match self.resolved(key) {
            Some(r) => self.parse_switch(key, &r).map(Some),
            None => Ok(None),
        }
    }

    fn parse_switch(&self, key: Key, r: &Resolved) -> Result<bool> {
        crate::env::parse_bool(&r.value).map_err(|why| {
            Failure::usage(format!(
                "the value of {} is `{}`: {why}",
                self.origin(key, &r.source),
                crate::text::escape(&r.value)
            ))
            .with_hint(format!("set it to one of {}, or remove it", crate::env::BOOL_SPELLINGS))
        })
    }

    /// A setting that is no secret (secrets come as [`Secret`]s: [`ServiceSettings::secret`]).
    pub fn get(&self, key: Key) -> Option<String> {
        debug_assert!(!key.is_secret(), "`{key}` is a secret: read it with `secret`");
        self.resolved(key).map(|r| r.value)
    }

    /// A secret setting, as a [`Secret`] from the moment it is read.
    pub fn secret(&self, key: Key) -> Option<Secret> {
        debug_assert!(key.is_secret(), "`{key}` is no secret: read it with `get`");
        self.resolved(key).map(|r| Secret::new(r.value))
    }

    /// A whole-number setting (an id): None when nothing sets it; anything else is a usage
    /// error naming the service and the key.
    pub fn number(&self, key: Key) -> Result<Option<i64>> {
        let Some(value) = self.get(key) else { return Ok(None) };
        let shown = crate::text::escape(&value);
        let n = value
            .parse()
            .map_err(|_| Failure::usage(format!("{} {key} `{shown}` is not a number", self.svc.title())))?;
        Ok(Some(n))
    }

    /// A value that must be there, or an error naming the flag/env/setting that gives it.
    pub fn require(&self, key: Key, flag: Option<&str>) -> Result<String> {
        self.check()?;
        let found = self.get(key);
        if let Some(refused) = found.is_none().then(|| self.config.keyring_refused(self.svc, key)).flatten() {
            return Err(refused);
        }
        found.ok_or_else(|| {
            let via_flag = flag.map(|f| format!("pass {f}, or ")).unwrap_or_default();
            Failure::usage(format!("no {} `{key}` is set", self.svc.title())).with_hint(format!(
                "{via_flag}set {} or `{key}` under [{}.{}] in {}",
                self.svc.env_var(key),
                self.config.profile,
                self.svc.name(),
                self.config.paths.config_file.display()
            ))
        })
    }

    /// A secret of the credentials that must be there, or the missing-credentials error (exit 4).
    pub fn credential(&self, key: Key) -> Result<Secret> {
        debug_assert!(key.is_secret(), "`{key}` is no secret: read it with `identity`");
        self.required_credential(key).map(Secret::new)
    }

    /// The visible part of the credentials (a login, an application's public key) that must be
    /// there, or the missing-credentials error (exit 4).
    pub fn identity(&self, key: Key) -> Result<String> {
        debug_assert!(!key.is_secret(), "`{key}` is a secret: read it with `credential`");
        self.required_credential(key)
    }

    fn required_credential(&self, key: Key) -> Result<String> {
        self.check()?;
        let found = self.resolved(key).map(|r| r.value);
        if let Some(refused) = found.is_none().then(|| self.config.keyring_refused(self.svc, key)).flatten() {
            return Err(refused);
        }
        found.ok_or_else(|| self.config.missing_credentials(self.svc))
    }

    /// A ready token, unless `login` cached it for the stored identity (`owner_key`) while the
    /// identity in use comes from elsewhere (env, flag): that token belongs to someone else.
    pub fn token(&self, token_key: Key, owner_key: Key) -> Option<Secret> {
        debug_assert!(token_key.is_secret(), "`{token_key}` is no secret: read it with `cached`");
        self.cached(token_key, owner_key).map(|token| Secret::new(token.value))
    }

    /// The value of `key` (a token, an id learnt of the server), unless `login` cached it for
    /// the stored identity (`owner_key`) while the identity in use comes from elsewhere.
    pub fn cached(&self, key: Key, owner_key: Key) -> Option<Resolved> {
        let value = self.resolved(key)?;
        let stored = |s: &Source| matches!(s, Source::CredentialsFile(_) | Source::Keyring);
        let owner_elsewhere = self.resolved(owner_key).is_some_and(|o| !stored(&o.source));
        (!(stored(&value.source) && owner_elsewhere)).then_some(value)
    }

    pub fn ca_cert(&self) -> Option<PathBuf> {
        self.get(CA_CERT).map(PathBuf::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_resolved_value_never_shows_its_text_in_debug() {
        let shown = format!("{:?}", Resolved::new(" s3cret-value ", Source::Flag));
        assert!(!shown.contains("s3cret"), "{shown}");
        assert!(shown.contains("[12 chars]") && shown.contains("Flag"), "{shown}");
    }
}
