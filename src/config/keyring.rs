//! The OS keyring (Secret Service, Keychain, Credential Manager) through the `keyring` crate,
//! with every call bounded in time: the crate blocks, so each call runs on its own thread and
//! is abandoned after the timeout, and a keyring that failed once is not asked again in this
//! run. Entries are named service `chatdrop`, user `<profile>.<service>.<key>`.

use std::sync::Mutex;
use std::sync::mpsc;
use std::time::Duration;

/// The keyring's `service` attribute of every chatdrop entry.
pub const SERVICE: &str = "chatdrop";

/// How long one keyring call may take unless `CHATDROP_KEYRING_TIMEOUT` says otherwise.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// Why a keyring call did not give an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyringError {
    /// No keyring could be used: none running, no D-Bus session, locked, too slow.
    Unreachable(String),
    /// The keyring answered with an error.
    Failed(String),
}

impl KeyringError {
    pub fn message(&self) -> &str {
        match self {
            KeyringError::Unreachable(m) | KeyringError::Failed(m) => m,
        }
    }
}

/// A handle on the OS keyring for one run.
pub struct Keyring {
    timeout: Duration,
    /// Set once the keyring was found unreachable: later calls fail at once.
    down: Mutex<Option<String>>,
}

impl Default for Keyring {
    fn default() -> Self {
        Self::new()
    }
}

impl Keyring {
    pub fn new() -> Keyring {
        // Through the one checked parser: `1e300` or `inf` is refused at the start of the
        // command (exit 2), never converted into a panic here.
        let timeout = crate::env::duration(crate::env::KEYRING_TIMEOUT).unwrap_or(DEFAULT_TIMEOUT);
        Keyring { timeout, down: Mutex::new(None) }
    }

    /// The entry name of one setting (the `username` attribute; the `service` one is [`SERVICE`]).
    pub fn user(profile: &str, service: &str, key: &str) -> String {
        format!("{profile}.{service}.{key}")
    }

    /// Whether a keyring can be used at all (asks it once).
    pub fn reachable(&self) -> Result<(), KeyringError> {
        self.call(backend::status)
    }

    /// The secret stored under `user`, if any.
    pub fn get(&self, user: &str) -> Result<Option<String>, KeyringError> {
        let user = user.to_string();
        self.call(move || backend::get(&user))
    }

    pub fn set(&self, user: &str, secret: &str) -> Result<(), KeyringError> {
        let (user, secret) = (user.to_string(), secret.to_string());
        self.call(move || backend::set(&user, &secret))
    }

    /// Remove the entry; true if there was one.
    pub fn delete(&self, user: &str) -> Result<bool, KeyringError> {
        let user = user.to_string();
        self.call(move || backend::delete(&user))
    }

    /// Run `op` on its own thread and wait at most the timeout for it. Inside the multi-thread
    /// runtime the wait goes through `block_in_place`, so the async workers keep running.
    fn call<T: Send + 'static>(
        &self,
        op: impl FnOnce() -> Result<T, KeyringError> + Send + 'static,
    ) -> Result<T, KeyringError> {
        if let Some(reason) = self.down.lock().map(|d| d.clone()).unwrap_or_default() {
            return Err(KeyringError::Unreachable(reason));
        }
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new().name("keyring".into()).spawn(move || {
            let _ = tx.send(op());
        });
        let result = match spawned {
            Err(e) => Err(KeyringError::Unreachable(format!("cannot start a thread for the keyring: {e}"))),
            Ok(_) => {
                let wait = || rx.recv_timeout(self.timeout);
                let answer = match tokio::runtime::Handle::try_current() {
                    Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
                        tokio::task::block_in_place(wait)
                    }
                    _ => wait(),
                };
                answer.unwrap_or_else(|_| {
                    Err(KeyringError::Unreachable(format!(
                        "the OS keyring did not answer within {}",
                        humantime::format_duration(self.timeout)
                    )))
                })
            }
        };
        if let Err(KeyringError::Unreachable(reason)) = &result
            && let Ok(mut down) = self.down.lock()
        {
            *down = Some(reason.clone());
        }
        result
    }
}

/// The command that removes the entry `user` from the OS keyring by hand (for when chatdrop
/// could not reach it).
pub fn removal_command(user: &str) -> String {
    // A profile's name is the user's own text: quoted for the shell.
    let user = user.replace('\'', r"'\''");
    if cfg!(target_os = "macos") {
        format!("security delete-generic-password -s {SERVICE} -a '{user}'")
    } else if cfg!(windows) {
        format!("cmdkey /delete:{user}.{SERVICE}")
    } else {
        format!("secret-tool clear service {SERVICE} username '{user}'")
    }
}

#[cfg(feature = "keyring")]
mod backend {
    use super::{KeyringError, SERVICE};
    use keyring::{Entry, Error};

    fn unreachable(e: &Error) -> KeyringError {
        KeyringError::Unreachable(format!("no OS keyring reachable ({e})"))
    }

    fn classify(e: Error) -> KeyringError {
        match e {
            Error::NoDefaultStore | Error::NoStorageAccess(_) | Error::PlatformFailure(_) => unreachable(&e),
            other => KeyringError::Failed(format!("the OS keyring refused: {other}")),
        }
    }

    pub fn status() -> Result<(), KeyringError> {
        Entry::store_status().as_ref().map(|_| ()).map_err(unreachable)
    }

    fn entry(user: &str) -> Result<Entry, KeyringError> {
        status()?;
        Entry::new(SERVICE, user).map_err(classify)
    }

    pub fn get(user: &str) -> Result<Option<String>, KeyringError> {
        match entry(user)?.get_password() {
            Ok(secret) => Ok(Some(secret)),
            Err(Error::NoEntry) => Ok(None),
            Err(e) => Err(classify(e)),
        }
    }

    pub fn set(user: &str, secret: &str) -> Result<(), KeyringError> {
        entry(user)?.set_password(secret).map_err(classify)
    }

    pub fn delete(user: &str) -> Result<bool, KeyringError> {
        match entry(user)?.delete_credential() {
            Ok(()) => Ok(true),
            Err(Error::NoEntry) => Ok(false),
            Err(e) => Err(classify(e)),
        }
    }
}

#[cfg(not(feature = "keyring"))]
mod backend {
    use super::KeyringError;

    fn off() -> KeyringError {
        KeyringError::Unreachable("no OS keyring: chatdrop was built without the `keyring` feature".into())
    }

    pub fn status() -> Result<(), KeyringError> {
        Err(off())
    }
    pub fn get(_: &str) -> Result<Option<String>, KeyringError> {
        Err(off())
    }
    pub fn set(_: &str, _: &str) -> Result<(), KeyringError> {
        Err(off())
    }
    pub fn delete(_: &str) -> Result<bool, KeyringError> {
        Err(off())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_that_hangs_is_abandoned_and_the_keyring_is_not_asked_again() {
        let k = Keyring { timeout: Duration::from_millis(50), down: Mutex::new(None) };
        let start = std::time::Instant::now();
        let r = k.call(|| {
            std::thread::sleep(Duration::from_secs(5));
            Ok(())
        });
        assert!(matches!(r, Err(KeyringError::Unreachable(_))), "{r:?}");
        assert!(start.elapsed() < Duration::from_secs(2));
        let r = k.call(|| Ok(()));
        assert!(matches!(r, Err(KeyringError::Unreachable(_))), "down stays down: {r:?}");
    }
}
