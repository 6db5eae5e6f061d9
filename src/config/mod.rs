//! Settings resolution for one profile: flag > env (`CHATDROP_<SVC>_<KEY>`) > config.toml >
//! credentials.toml > built-in default. With `--sandbox` the sandbox's values replace env and
//! files entirely, so real credentials can never mix with the fakes. Secrets that are
//! resolved are registered for redaction before anyone can print them.

pub mod file;
pub mod paths;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use crate::error::{Failure, Result};
use crate::output::{Output, redact};
use crate::services::spec::ServiceKind;

pub use file::SettingsFile;
pub use paths::Paths;

/// Where a value came from (for `auth status` and `-v`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag,
    Env(String),
    ConfigFile(PathBuf),
    CredentialsFile(PathBuf),
    Default,
    Sandbox,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag => write!(f, "command-line flag"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::ConfigFile(p) => write!(f, "file {}", p.display()),
            Source::CredentialsFile(p) => write!(f, "file {} (plain text, 0600)", p.display()),
            Source::Default => write!(f, "built-in default"),
            Source::Sandbox => write!(f, "sandbox"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Resolved {
    pub value: String,
    pub source: Source,
}

/// service name -> key -> value, as the sandbox provides them.
pub type SandboxValues = BTreeMap<String, BTreeMap<String, String>>;

pub struct Config {
    pub paths: Paths,
    pub profile: String,
    config: SettingsFile,
    credentials: SettingsFile,
    sandbox: Option<SandboxValues>,
}

/// A `CHATDROP_*` variable whose value is not UTF-8 is named, not taken as unset (which
/// would read as "no credentials" and send the user looking in the wrong place).
fn check_env_encoding() -> Result<()> {
    for (name, value) in std::env::vars_os() {
        let Some(name) = name.to_str() else { continue };
        if name.starts_with("CHATDROP_") && value.to_str().is_none() {
            return Err(Failure::usage(format!("the environment variable {name} is not valid UTF-8"))
                .with_hint(format!("set {name} to UTF-8 text, or unset it")));
        }
    }
    Ok(())
}

impl Config {
    /// Load both files (a malformed one is an error naming file and line) and warn when
    /// the credentials file is readable by others.
    pub fn load(paths: Paths, profile: String, sandbox: Option<SandboxValues>, output: &Output) -> Result<Config> {
        check_env_encoding()?;
        if sandbox.is_some() {
            return Ok(Config {
                config: SettingsFile { path: paths.config_file.clone(), ..Default::default() },
                credentials: SettingsFile { path: paths.credentials_file.clone(), ..Default::default() },
                paths,
                profile,
                sandbox,
            });
        }
        let config = file::load(&paths.config_file)?;
        let credentials = file::load(&paths.credentials_file)?;
        if let Some(mode) = file::readable_by_others(&paths.credentials_file) {
            output.warn(&format!(
                "{} is readable by other users (mode {mode:o}); run: chmod 600 {}",
                paths.credentials_file.display(),
                paths.credentials_file.display()
            ));
        }
        for path in [&paths.dir, &paths.config_file, &paths.credentials_file] {
            if let Some(mode) = file::writable_by_others(path) {
                output.warn(&format!(
                    "{} is writable by other users (mode {mode:o}): whoever can change it can redirect your credentials; run: chmod go-w {}",
                    path.display(),
                    path.display()
                ));
            }
        }
        for (svc, key) in unknown_keys(&config).into_iter().chain(unknown_keys(&credentials)) {
            output.warn(&format!("unknown setting `{key}` for `{svc}` ignored"));
        }
        Ok(Config { paths, profile, config, credentials, sandbox })
    }

    pub fn is_sandbox(&self) -> bool {
        self.sandbox.is_some()
    }

    /// The value of `key` for `svc` from env, files or default (flags are the caller's).
    pub fn get(&self, svc: ServiceKind, key: &str) -> Option<Resolved> {
        let spec = svc.key(key);
        let found = if let Some(sandbox) = &self.sandbox {
            sandbox
                .get(svc.name())
                .and_then(|m| m.get(key))
                .map(|v| Resolved { value: v.clone(), source: Source::Sandbox })
        } else {
            let var = svc.env_var(key);
            crate::env::get(&var)
                .map(|value| Resolved { value, source: Source::Env(var) })
                .or_else(|| {
                    self.config.get(&self.profile, svc.name(), key).map(|v| Resolved {
                        value: v.to_string(),
                        source: Source::ConfigFile(self.config.path.clone()),
                    })
                })
                .or_else(|| {
                    self.credentials.get(&self.profile, svc.name(), key).map(|v| Resolved {
                        value: v.to_string(),
                        source: Source::CredentialsFile(self.credentials.path.clone()),
                    })
                })
        };
        let found = found.or_else(|| {
            spec.and_then(|s| s.default).map(|d| Resolved { value: d.to_string(), source: Source::Default })
        });
        if let (Some(found), Some(spec)) = (&found, spec)
            && spec.secret
        {
            redact::register_secret(&found.value);
        }
        found
    }

    pub fn service(&self, svc: ServiceKind) -> ServiceSettings<'_> {
        ServiceSettings { config: self, svc, flags: BTreeMap::new() }
    }

    /// Save (Some) or remove (None) values in the credentials file of this profile.
    /// In the sandbox nothing is written.
    pub fn store(&self, svc: ServiceKind, values: &[(&str, Option<String>)]) -> Result<()> {
        if self.is_sandbox() {
            return Ok(());
        }
        for (key, value) in values {
            if let (Some(v), Some(spec)) = (value, svc.key(key))
                && spec.secret
            {
                redact::register_secret(v);
            }
        }
        file::update(&self.paths.credentials_file, |tree| {
            let keys = tree.entry(self.profile.clone()).or_default().entry(svc.name().to_string()).or_default();
            for (key, value) in values {
                match value {
                    Some(v) => keys.insert(key.to_string(), v.clone()),
                    None => keys.remove(*key),
                };
            }
        })
    }

    /// Forget every stored value of `svc` in this profile; true if there was any.
    pub fn forget(&self, svc: ServiceKind) -> Result<bool> {
        let had =
            self.credentials.tree.get(&self.profile).and_then(|p| p.get(svc.name())).is_some_and(|m| !m.is_empty());
        if had && !self.is_sandbox() {
            file::update(&self.paths.credentials_file, |tree| {
                if let Some(p) = tree.get_mut(&self.profile) {
                    p.remove(svc.name());
                }
            })?;
        }
        Ok(had)
    }

    /// Whether the stored value of `key` came from the credentials file (so a refreshed
    /// token may be cached there too, rather than written somewhere the user never chose).
    pub fn is_stored_login(&self, svc: ServiceKind, key: &str) -> bool {
        matches!(self.get(svc, key).map(|r| r.source), Some(Source::CredentialsFile(_)))
    }

    /// Where an adapter saves a renewed token: the credentials file, but only when the secret
    /// that renews it (`renewed_by`) is stored there too; a login given by env caches nothing.
    pub fn token_cache(&self, svc: ServiceKind, renewed_by: &str, output: Arc<Output>) -> TokenCache {
        TokenCache {
            enabled: !self.is_sandbox() && self.is_stored_login(svc, renewed_by),
            path: self.paths.credentials_file.clone(),
            profile: self.profile.clone(),
            svc,
            output,
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

    /// The hint for missing or rejected credentials: login command and env vars.
    pub fn login_hint(&self, svc: ServiceKind) -> String {
        let profile = if self.profile == "default" { String::new() } else { format!(" --profile {}", self.profile) };
        format!("run `chatdrop login {}{profile}`, or set {}", svc.name(), svc.env_hint())
    }

    pub fn missing_credentials(&self, svc: ServiceKind) -> Failure {
        Failure::auth(format!("no {} credentials for profile `{}`", svc.title(), self.profile))
            .with_hint(self.login_hint(svc))
    }
}

/// Saves renewed tokens for an adapter (see [`Config::token_cache`]).
pub struct TokenCache {
    enabled: bool,
    path: PathBuf,
    profile: String,
    svc: ServiceKind,
    output: Arc<Output>,
}

impl TokenCache {
    /// Save (Some) or remove (None) these values; a failure is a warning, not an error,
    /// since the token in hand still works for this run.
    pub fn save(&self, values: &[(&str, Option<String>)]) {
        if !self.enabled {
            return;
        }
        let result = file::update(&self.path, |tree| {
            let keys = tree.entry(self.profile.clone()).or_default().entry(self.svc.name().to_string()).or_default();
            for (key, value) in values {
                match value {
                    Some(v) => keys.insert(key.to_string(), v.clone()),
                    None => keys.remove(*key),
                };
            }
        });
        if let Err(e) = result {
            self.output.warn(&format!("could not cache the new {} token: {}", self.svc.title(), e.message));
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
    flags: BTreeMap<&'static str, String>,
}

impl ServiceSettings<'_> {
    /// A flag value for `key`; it wins over everything else.
    pub fn flag(mut self, key: &'static str, value: Option<impl Into<String>>) -> Self {
        if let Some(v) = value {
            self.flags.insert(key, v.into());
        }
        self
    }

    pub fn resolved(&self, key: &str) -> Option<Resolved> {
        match self.flags.get(key) {
            Some(v) => Some(Resolved { value: v.clone(), source: Source::Flag }),
            None => self.config.get(self.svc, key),
        }
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.resolved(key).map(|r| r.value)
    }

    /// A value that must be there, or an error naming the flag/env/setting that gives it.
    pub fn require(&self, key: &str, flag: Option<&str>) -> Result<String> {
        self.get(key).ok_or_else(|| {
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

    /// A credential that must be there, or the missing-credentials error (exit 4).
    pub fn credential(&self, key: &str) -> Result<String> {
        self.get(key).ok_or_else(|| self.config.missing_credentials(self.svc))
    }

    /// A ready token, unless `login` cached it for the stored identity (`owner_key`) while the
    /// identity in use comes from elsewhere (env, flag): that token belongs to someone else.
    pub fn token(&self, token_key: &str, owner_key: &str) -> Option<Resolved> {
        let token = self.resolved(token_key)?;
        let cached = matches!(token.source, Source::CredentialsFile(_));
        let owner_elsewhere = self.resolved(owner_key).is_some_and(|o| !matches!(o.source, Source::CredentialsFile(_)));
        (!(cached && owner_elsewhere)).then_some(token)
    }

    pub fn ca_cert(&self) -> Option<PathBuf> {
        self.get("ca_cert").map(PathBuf::from)
    }
}
