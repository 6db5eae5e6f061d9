//! What the registry knows of a service: its name, title, the settings it understands
//! (names, which are secrets, defaults) and which sets of them make usable credentials.
//! Each adapter declares its own [`ServiceInfo`]; `auth status`, `login`, config parsing and
//! config.example.toml read it through [`ServiceKind`], and `services::ALL` lists them.

use std::fmt;

pub struct KeySpec {
    pub name: &'static str,
    pub secret: bool,
    pub default: Option<&'static str>,
    pub help: &'static str,
}

pub const fn key(name: &'static str, help: &'static str) -> KeySpec {
    KeySpec { name, secret: false, default: None, help }
}
pub const fn secret(name: &'static str, help: &'static str) -> KeySpec {
    KeySpec { name, secret: true, default: None, help }
}
pub const fn with_default(name: &'static str, default: &'static str, help: &'static str) -> KeySpec {
    KeySpec { name, secret: false, default: Some(default), help }
}

/// Every service's `ca_cert`.
pub const CA_CERT: KeySpec = key("ca_cert", "PEM file of a private CA to trust, in addition to the system roots");
/// Every service's `skip_sent`: `--skip-sent` by default for this service in this profile.
pub const SKIP_SENT: KeySpec =
    key("skip_sent", "true: uploads leave out files already sent to the same target (as --skip-sent)");

/// One service as the registry lists it.
pub struct ServiceInfo {
    /// The command and config section name (`pyrus`).
    pub name: &'static str,
    /// How people call it (`Pyrus`).
    pub title: &'static str,
    pub keys: &'static [KeySpec],
    /// Each inner list is one complete set of credentials; any one set will do.
    pub credential_sets: &'static [&'static [&'static str]],
}

/// A registered service (a handle on its [`ServiceInfo`]).
#[derive(Clone, Copy)]
pub struct ServiceKind(&'static ServiceInfo);

impl ServiceKind {
    pub const fn new(info: &'static ServiceInfo) -> Self {
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
    pub fn env_var(self, key: &str) -> String {
        format!("CHATDROP_{}_{}", self.name().to_ascii_uppercase(), key.to_ascii_uppercase())
    }

    pub fn keys(self) -> &'static [KeySpec] {
        self.0.keys
    }

    pub fn credential_sets(self) -> &'static [&'static [&'static str]] {
        self.0.credential_sets
    }

    pub fn key(self, name: &str) -> Option<&'static KeySpec> {
        self.keys().iter().find(|k| k.name == name)
    }

    /// The env vars a CI job sets instead of `chatdrop login`, as one phrase.
    pub fn env_hint(self) -> String {
        let sets: Vec<String> = self
            .credential_sets()
            .iter()
            .map(|set| set.iter().map(|k| self.env_var(k)).collect::<Vec<_>>().join(" + "))
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
