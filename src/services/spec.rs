//! What the registry knows of a service: its name, title, the settings it understands
//! (names, which are secrets, defaults) and which sets of them make usable credentials.
//! Each adapter declares its settings as [`Key`] constants (`services::pyrus::keys::LOGIN`)
//! and its [`ServiceInfo`] from those same constants; the code names a setting by its
//! constant, so a misspelt key is a compile error. `auth status`, `login`, config parsing and
//! config.example.toml read the table through [`ServiceKind`], and `services::ALL` lists them.

use std::fmt;

/// What one setting is. Built by [`key`], [`secret`] and [`with_default`], read through [`Key`].
#[derive(PartialEq, Eq)]
pub struct KeySpec {
    name: &'static str,
    secret: bool,
    /// A yes/no setting, read through the one yes/no parser (`env::parse_bool`).
    switch: bool,
    default: Option<&'static str>,
    help: &'static str,
    /// A secret `login` asks for and keeps only when told to (`--store-<key>`).
    on_request: bool,
    /// What config.example.toml shows as its value (else the default, else `"..."`).
    example: Option<&'static str>,
}

pub const fn key(name: &'static str, help: &'static str) -> KeySpec {
    KeySpec { name, secret: false, switch: false, default: None, help, on_request: false, example: None }
}
pub const fn secret(name: &'static str, help: &'static str) -> KeySpec {
    KeySpec { secret: true, ..key(name, help) }
}
pub const fn with_default(name: &'static str, default: &'static str, help: &'static str) -> KeySpec {
    KeySpec { default: Some(default), ..key(name, help) }
}
/// A yes/no setting (`1`/`0`, `true`/`false`, `yes`/`no`, `on`/`off`).
pub const fn switch(name: &'static str, help: &'static str) -> KeySpec {
    KeySpec { switch: true, ..key(name, help) }
}

impl KeySpec {
    /// A secret `login` uses but stores only when asked to (`--store-<key>`; Carbonio's
    /// password, which renews a token that expires).
    pub const fn on_request(self) -> KeySpec {
        KeySpec { on_request: true, ..self }
    }

    /// The value config.example.toml shows (it is generated from the keys).
    pub const fn example(self, value: &'static str) -> KeySpec {
        KeySpec { example: Some(value), ..self }
    }
}

/// One setting of a service, as the code names it (a handle on its [`KeySpec`]). Two keys are
/// equal when their specs are, so the same key of two services' tables (`ca_cert`) is one key.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Key(&'static KeySpec);

impl Key {
    pub const fn new(spec: &'static KeySpec) -> Key {
        Key(spec)
    }

    /// The name in the config files, in `CHATDROP_<SVC>_<KEY>` and (`_` as `-`) in flags.
    pub fn name(self) -> &'static str {
        self.0.name
    }

    /// Secrets go to the OS keyring when there is one, and are redacted wherever they appear.
    pub fn is_secret(self) -> bool {
        self.0.secret
    }

    /// A yes/no setting: a value that is neither is refused, naming where it came from.
    pub fn is_switch(self) -> bool {
        self.0.switch
    }

    /// The built-in value when nothing else sets it.
    pub fn default(self) -> Option<&'static str> {
        self.0.default
    }

    /// One line for the manual page.
    pub fn help(self) -> &'static str {
        self.0.help
    }

    /// `login` stores it only when told to (see [`KeySpec::on_request`]).
    pub fn on_request(self) -> bool {
        self.0.on_request
    }

    /// What config.example.toml shows as its value: the example, else the default.
    pub fn example(self) -> Option<&'static str> {
        self.0.example.or(self.0.default)
    }

    /// A server address (`url`, `*_url`).
    pub fn is_url(self) -> bool {
        self.name() == "url" || self.name().ends_with("_url")
    }
}

/// The name, as every message shows a setting.
impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Every service's `ca_cert`.
pub const CA_CERT: Key = Key::new(
    &key("ca_cert", "PEM file of a private CA to trust, in addition to the system roots")
        .example("/etc/ssl/certs/corp-ca.pem"),
);
/// Every service's `skip_sent`: `--skip-sent` by default for this service in this profile.
pub const SKIP_SENT: Key = Key::new(
    &switch("skip_sent", "true: uploads leave out files already sent to the same target (as --skip-sent)")
        .example("true"),
);

/// One service as the registry lists it.
pub struct ServiceInfo {
    /// The command and config section name (`pyrus`).
    pub name: &'static str,
    /// How people call it (`Pyrus`).
    pub title: &'static str,
    /// Its settings: the adapter's `keys` constants, plus [`CA_CERT`] and [`SKIP_SENT`].
    pub keys: &'static [Key],
    /// Each inner list is one complete set of credentials (keys of `keys`); any one set will do.
    pub credential_sets: &'static [&'static [Key]],
    /// What `chatdrop login <name>` asks, in that order (keys of `keys`): each visible one is
    /// also its flag, the first secret is what `--with-token` reads from stdin.
    pub login: &'static [Key],
}

/// Whether `keys` holds a key named as `key` (by name: what a const fn can compare).
const fn lists(keys: &[Key], key: Key) -> bool {
    let name = key.0.name.as_bytes();
    let mut k = 0;
    while k < keys.len() {
        let other = keys[k].0.name.as_bytes();
        if other.len() == name.len() {
            let mut b = 0;
            while b < name.len() && name[b] == other[b] {
                b += 1;
            }
            if b == name.len() {
                return true;
            }
        }
        k += 1;
    }
    false
}

/// A registered service (a handle on its [`ServiceInfo`]).
#[derive(Clone, Copy)]
pub struct ServiceKind(&'static ServiceInfo);

impl ServiceKind {
    /// Checked as the constant is built: a key `login` asks or a credential set names that is
    /// not in `keys` (a key left out of the table) fails to compile.
    pub const fn new(info: &'static ServiceInfo) -> Self {
        let mut i = 0;
        while i < info.login.len() {
            assert!(lists(info.keys, info.login[i]), "a key of `login` is not in `keys`");
            i += 1;
        }
        let mut set = 0;
        while set < info.credential_sets.len() {
            let mut i = 0;
            while i < info.credential_sets[set].len() {
                assert!(lists(info.keys, info.credential_sets[set][i]), "a key of `credential_sets` is not in `keys`");
                i += 1;
            }
            set += 1;
        }
        ServiceKind(info)
    }

    pub fn name(self) -> &'static str {
        self.0.name
    }

    pub fn title(self) -> &'static str {
        self.0.title
    }

    pub fn from_name(name: &str) -> Option<ServiceKind> {
        super::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The env var that sets `key` for this service: `CHATDROP_<SVC>_<KEY>`.
    pub fn env_var(self, key: Key) -> String {
        self.debug_assert_owns(key);
        format!("CHATDROP_{}_{}", self.name().to_ascii_uppercase(), key.name().to_ascii_uppercase())
    }

    pub fn keys(self) -> &'static [Key] {
        self.0.keys
    }

    pub fn credential_sets(self) -> &'static [&'static [Key]] {
        self.0.credential_sets
    }

    /// What `login` asks, in order (see [`ServiceInfo::login`]).
    pub fn login(self) -> &'static [Key] {
        self.0.login
    }

    /// The secret `login --with-token` reads from stdin: the first secret the login asks.
    pub fn stdin_key(self) -> Option<Key> {
        self.login().iter().copied().find(|k| k.is_secret())
    }

    /// The key of this service named `name`: for names that come from outside the code (a
    /// key in a config file), where an unknown name is the user's to hear about.
    pub fn key(self, name: &str) -> Option<Key> {
        self.keys().iter().copied().find(|k| k.name() == name)
    }

    /// Whether `key` is in this service's table.
    pub fn owns(self, key: Key) -> bool {
        self.keys().contains(&key)
    }

    /// Catches, in debug builds (every test run), a key constant of one service used with
    /// another's settings: the name alone would find a setting of the same name with another
    /// meaning, or none. Release builds check nothing here, since chatdrop never panics in a
    /// user's hands.
    pub fn debug_assert_owns(self, key: Key) {
        debug_assert!(
            self.owns(key),
            "`{key}` is not a setting of {0}: list it in the keys of `services::{0}::KIND`, or it is \
             another service's key constant",
            self.name()
        );
    }

    /// The env vars a CI job sets instead of `chatdrop login`, as one phrase.
    pub fn env_hint(self) -> String {
        let sets: Vec<String> = self
            .credential_sets()
            .iter()
            .map(|set| set.iter().map(|k| self.env_var(*k)).collect::<Vec<_>>().join(" + "))
            .collect();
        sets.join(", or ")
    }
}

impl PartialEq for ServiceKind {
    fn eq(&self, other: &Self) -> bool {
        self.name() == other.name()
    }
}
impl Eq for ServiceKind {}

impl fmt::Debug for ServiceKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::{CA_CERT, Key, SKIP_SENT};
    use crate::services::ALL;

    #[test]
    fn each_table_names_its_keys_once_and_its_credentials_among_them() {
        for svc in ALL {
            let names: Vec<&str> = svc.keys().iter().map(|k| k.name()).collect();
            for (i, name) in names.iter().enumerate() {
                assert!(!names[..i].contains(name), "{}: `{name}` twice", svc.name());
                assert_eq!(svc.key(name), Some(svc.keys()[i]), "{}: `{name}`", svc.name());
            }
            assert!(svc.owns(CA_CERT) && svc.owns(SKIP_SENT), "{}", svc.name());
            for set in svc.credential_sets() {
                assert!(set.iter().all(|k| svc.owns(*k)), "{}: {set:?}", svc.name());
            }
            assert!(svc.login().iter().all(|k| svc.owns(*k)), "{}: login {:?}", svc.name(), svc.login());
            assert!(svc.stdin_key().is_some(), "{}: the login asks for a secret", svc.name());
            assert!(svc.login().iter().filter(|k| k.is_url()).count() <= 1, "{}: one address", svc.name());
            assert_eq!(svc.key("no_such_key"), None);
        }
    }

    #[test]
    fn a_key_of_another_service_is_not_owned_even_under_the_same_name() {
        let connect_url: Key = crate::services::connect::keys::URL;
        let ok = crate::services::ok::KIND;
        assert_eq!(ok.key("url").map(Key::name), Some("url"));
        assert!(!ok.owns(connect_url));
        assert!(crate::services::connect::KIND.owns(connect_url));
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "`url` is not a setting of ok")]
    fn debug_builds_refuse_a_key_of_another_service() {
        crate::services::ok::KIND.env_var(crate::services::connect::keys::URL);
    }

    #[test]
    fn env_vars_keep_their_names() {
        assert_eq!(
            crate::services::pyrus::KIND.env_var(crate::services::pyrus::keys::SECURITY_KEY),
            "CHATDROP_PYRUS_SECURITY_KEY"
        );
        assert_eq!(crate::services::ok::KIND.env_var(SKIP_SENT), "CHATDROP_OK_SKIP_SENT");
    }
}
