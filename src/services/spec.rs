//! The settings every service understands: names, which are secrets, defaults, and which
//! sets of them make usable credentials. `auth status`, `login`, config parsing and
//! config.example.toml all read this one table.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, clap::ValueEnum)]
pub enum ServiceKind {
    Pyrus,
    Connect,
    Ok,
    Carbonio,
    Protocol,
}

pub struct KeySpec {
    pub name: &'static str,
    pub secret: bool,
    pub default: Option<&'static str>,
    pub help: &'static str,
}

const fn key(name: &'static str, help: &'static str) -> KeySpec {
    KeySpec { name, secret: false, default: None, help }
}
const fn secret(name: &'static str, help: &'static str) -> KeySpec {
    KeySpec { name, secret: true, default: None, help }
}
const fn with_default(name: &'static str, default: &'static str, help: &'static str) -> KeySpec {
    KeySpec { name, secret: false, default: Some(default), help }
}

const CA_CERT: KeySpec = key("ca_cert", "PEM file of a private CA to trust, in addition to the system roots");
/// Journal (issue #15): `--skip-sent` by default for this service in this profile.
const SKIP_SENT: KeySpec =
    key("skip_sent", "true: uploads leave out files already sent to the same target (as --skip-sent)");

const PYRUS_KEYS: &[KeySpec] = &[
    key("login", "the email of the Pyrus account (or bot) the API acts as"),
    secret("security_key", "the account's API security key (Settings > Security key)"),
    key("person_id", "which account to act as when one email has several"),
    secret("token", "a ready access token; used as is, with api_url (cached here by login)"),
    with_default("auth_url", "https://accounts.pyrus.com/api/v4", "where POST /auth is sent"),
    key("api_url", "the API base the auth answer names (e.g. https://api.pyrus.com/v4)"),
    key("files_url", "the file service base the auth answer names (e.g. https://files.pyrus.com)"),
    key("task", "default task id for `pyrus upload --task`"),
    CA_CERT,
    SKIP_SENT,
];

const CONNECT_KEYS: &[KeySpec] = &[
    with_default("url", "https://push.1c-connect.com", "base URL of the push API"),
    key("login", "login of the API user (management system > Administration > API settings)"),
    secret("password", "password of the API user"),
    key("conference", "default group chat (conference) UUID"),
    key("author", "default author UUID: the group member the image is sent as"),
    key("line", "default support line UUID"),
    key("user", "default user (subscriber) UUID on the support line"),
    CA_CERT,
    SKIP_SENT,
];

const OK_KEYS: &[KeySpec] = &[
    with_default("url", "https://api.ok.ru", "base URL of the REST API (fb.do lives under it)"),
    key("application_key", "the application's public key"),
    secret("access_token", "the user's access token (needs the PHOTO_CONTENT permission)"),
    secret("application_secret_key", "the application's secret key (server-side signing)"),
    secret("session_secret_key", "the session secret key (client-side signing; instead of the app secret)"),
    CA_CERT,
    SKIP_SENT,
];

const CARBONIO_KEYS: &[KeySpec] = &[
    key("url", "your Carbonio server, e.g. https://mail.example.com"),
    key("account", "your account, e.g. user@example.com"),
    secret("password", "stored only if you ask, to log in again when the token expires"),
    secret("token", "the ZM_AUTH_TOKEN (from login, or from the browser for CI)"),
    key("room", "default room UUID for `carbonio attach`"),
    CA_CERT,
    SKIP_SENT,
];

const PROTOCOL_KEYS: &[KeySpec] = &[
    with_default("url", "https://api.protocol.chat", "base URL of the API"),
    secret("token", "the API token (Bearer)"),
    key("conversation", "default conversation id for `protocol attach`"),
    CA_CERT,
    SKIP_SENT,
];

pub const ALL: [ServiceKind; 5] =
    [ServiceKind::Pyrus, ServiceKind::Connect, ServiceKind::Ok, ServiceKind::Carbonio, ServiceKind::Protocol];

impl ServiceKind {
    pub fn name(self) -> &'static str {
        match self {
            ServiceKind::Pyrus => "pyrus",
            ServiceKind::Connect => "connect",
            ServiceKind::Ok => "ok",
            ServiceKind::Carbonio => "carbonio",
            ServiceKind::Protocol => "protocol",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            ServiceKind::Pyrus => "Pyrus",
            ServiceKind::Connect => "1C-Connect",
            ServiceKind::Ok => "OK.ru",
            ServiceKind::Carbonio => "Zextras Carbonio",
            ServiceKind::Protocol => "Protocol",
        }
    }

    pub fn from_name(name: &str) -> Option<ServiceKind> {
        ALL.into_iter().find(|s| s.name() == name)
    }

    /// The env var that sets `key` for this service: `CHATDROP_<SVC>_<KEY>`.
    pub fn env_var(self, key: &str) -> String {
        format!("CHATDROP_{}_{}", self.name().to_ascii_uppercase(), key.to_ascii_uppercase())
    }

    pub fn keys(self) -> &'static [KeySpec] {
        match self {
            ServiceKind::Pyrus => PYRUS_KEYS,
            ServiceKind::Connect => CONNECT_KEYS,
            ServiceKind::Ok => OK_KEYS,
            ServiceKind::Carbonio => CARBONIO_KEYS,
            ServiceKind::Protocol => PROTOCOL_KEYS,
        }
    }

    /// Each inner list is one complete set of credentials; any one set will do.
    pub fn credential_sets(self) -> &'static [&'static [&'static str]] {
        match self {
            ServiceKind::Pyrus => &[&["token", "api_url"], &["login", "security_key"]],
            ServiceKind::Connect => &[&["login", "password"]],
            ServiceKind::Ok => &[
                &["application_key", "access_token", "application_secret_key"],
                &["application_key", "access_token", "session_secret_key"],
            ],
            ServiceKind::Carbonio => &[&["url", "token"], &["url", "account", "password"]],
            ServiceKind::Protocol => &[&["token"]],
        }
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
