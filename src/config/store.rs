//! Where secrets are kept: the OS keyring or the 0600 credentials file. `CHATDROP_CREDENTIAL_STORE`
//! or a top-level `credential_store` in config.toml chooses: `auto` (the keyring when one is
//! reachable, else the file), `keyring` (fail when it is not) or `file` (never the keyring).
//! Non-secret settings always stay in the TOML files.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;

use super::keyring::{Keyring, KeyringError};
use crate::error::{Failure, Result};
use crate::secret::Secret;

pub const ENV_VAR: &str = crate::env::CREDENTIAL_STORE;
/// The top-level key of config.toml that chooses the store.
pub const CONFIG_KEY: &str = "credential_store";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Auto,
    Keyring,
    File,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Auto => "auto",
            Mode::Keyring => "keyring",
            Mode::File => "file",
        }
    }

    fn parse(value: &str) -> Option<Mode> {
        match value.trim().to_ascii_lowercase().as_str() {
            "auto" | "" => Some(Mode::Auto),
            "keyring" => Some(Mode::Keyring),
            "file" => Some(Mode::File),
            _ => None,
        }
    }

    /// The mode from env, else from the config file, else `auto`.
    pub fn resolve(config_file: &Path) -> Result<Mode> {
        let bad =
            |value: &str, from: &str| Failure::usage(format!("{from} is `{value}`; it must be auto, keyring or file"));
        if let Some(value) = crate::env::get(ENV_VAR) {
            return Mode::parse(&value).ok_or_else(|| bad(&value, ENV_VAR));
        }
        // Bounded and never blocking (the file was checked by `file::load` already).
        let Ok(text) = super::file::read_bounded(config_file) else { return Ok(Mode::Auto) };
        let Ok(table) = toml::from_str::<toml::Table>(&text) else { return Ok(Mode::Auto) };
        match table.get(CONFIG_KEY) {
            None => Ok(Mode::Auto),
            Some(toml::Value::String(value)) => {
                Mode::parse(value).ok_or_else(|| bad(value, &format!("`{CONFIG_KEY}` in {}", config_file.display())))
            }
            Some(other) => Err(bad(&other.to_string(), &format!("`{CONFIG_KEY}` in {}", config_file.display()))),
        }
    }
}

/// Where a secret went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placed {
    Keyring,
    /// The credentials file; with the reason when `auto` found no keyring.
    File {
        fallback: Option<String>,
    },
}

/// The secret store of one run.
pub struct SecretStore {
    pub mode: Mode,
    keyring: Keyring,
    /// Keyring answers already had in this run: entry name -> secret.
    cache: Mutex<BTreeMap<String, Option<Secret>>>,
}

impl SecretStore {
    pub fn new(mode: Mode) -> SecretStore {
        SecretStore { mode, keyring: Keyring::new(), cache: Mutex::new(BTreeMap::new()) }
    }

    /// The secret `key` of `service` in `profile` from the keyring (never in `file` mode).
    /// A keyring that cannot be read counts as holding nothing; see [`SecretStore::problem`].
    pub fn lookup(&self, profile: &str, service: &str, key: &str) -> Option<Secret> {
        if self.mode == Mode::File {
            return None;
        }
        let user = Keyring::user(profile, service, key);
        if let Some(hit) = self.cache.lock().ok().and_then(|c| c.get(&user).cloned()) {
            return hit;
        }
        let found = self.keyring.get(&user).ok().flatten().filter(|v| !v.is_empty()).map(Secret::new);
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(user, found.clone());
        }
        found
    }

    /// Why the keyring could not be used in this run, when the mode is `keyring` (for the
    /// missing-credentials hint).
    pub fn problem(&self) -> Option<String> {
        if self.mode != Mode::Keyring {
            return None;
        }
        self.keyring.reachable().err().map(|e| e.message().to_string())
    }

    /// Save a secret in the keyring when the mode allows and one is reachable. `File` means
    /// the caller writes it to the credentials file; `keyring` mode fails (exit 4) instead.
    pub fn save(&self, profile: &str, service: &str, key: &str, value: &Secret) -> Result<Placed> {
        if self.mode == Mode::File {
            return Ok(Placed::File { fallback: None });
        }
        let user = Keyring::user(profile, service, key);
        match self.keyring.set(&user, value.expose()) {
            Ok(()) => {
                if let Ok(mut cache) = self.cache.lock() {
                    cache.insert(user, Some(value.clone()));
                }
                Ok(Placed::Keyring)
            }
            Err(KeyringError::Unreachable(reason)) if self.mode == Mode::Auto => {
                Ok(Placed::File { fallback: Some(reason) })
            }
            Err(e) => Err(unusable(&e)),
        }
    }

    /// Remove a secret from the keyring: whether it held one, or why the keyring could not be
    /// asked (unreachable, hung, refused): then the secret may still be there. Nothing to do
    /// in `file` mode.
    pub fn remove(&self, profile: &str, service: &str, key: &str) -> std::result::Result<bool, String> {
        if self.mode == Mode::File {
            return Ok(false);
        }
        let user = Keyring::user(profile, service, key);
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(user.clone(), None);
        }
        self.keyring.delete(&user).map_err(|e| e.message().to_string())
    }

    /// The keyring, or the error that says why it cannot be used (exit 4).
    pub fn require_keyring(&self) -> Result<()> {
        if self.mode == Mode::File {
            return Err(Failure::usage(format!("the credential store is `file` (from {ENV_VAR} or config.toml)"))
                .with_hint(format!("set {ENV_VAR}=auto or keyring to use the OS keyring")));
        }
        self.keyring.reachable().map_err(|e| unusable(&e))
    }
}

fn unusable(e: &KeyringError) -> Failure {
    Failure::auth(format!("cannot use the OS keyring: {}", e.message())).with_hint(format!(
        "start or unlock the keyring (Secret Service, Keychain, Credential Manager), or set \
         {ENV_VAR}=file (or `{CONFIG_KEY} = \"file\"` in config.toml) to keep secrets in the 0600 credentials file"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_parse() {
        assert_eq!(Mode::parse(" Keyring "), Some(Mode::Keyring));
        assert_eq!(Mode::parse("file"), Some(Mode::File));
        assert_eq!(Mode::parse("auto"), Some(Mode::Auto));
        assert_eq!(Mode::parse("vault"), None);
    }

    #[test]
    fn file_mode_never_asks_the_keyring() {
        let store = SecretStore::new(Mode::File);
        assert_eq!(store.lookup("default", "pyrus", "token"), None);
        assert_eq!(
            store.save("default", "pyrus", "token", &Secret::new("x")).unwrap(),
            Placed::File { fallback: None }
        );
        assert_eq!(store.remove("default", "pyrus", "token"), Ok(false));
        assert_eq!(store.require_keyring().unwrap_err().class, crate::error::ExitClass::Usage);
    }
}
