//! The failure type every layer returns, and the exit codes it maps to.
//!
//! A [`Failure`] carries what a person needs to act (message and hint), how the process
//! should exit ([`ExitClass`]), whether the uploader may try again ([`Retry`]), and what went
//! wrong as typed data ([`Problem`]) for the command layer to turn into a hint.
//! Adapters build failures; only `app` turns them into an exit code.

use std::fmt;
use std::time::Duration;

/// The documented exit codes (README, `--help`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExitClass {
    /// Rejected by the server, integrity mismatch, anything else.
    Failure,
    /// Bad command line.
    Usage,
    /// Some files of a batch failed.
    Partial,
    /// Credentials missing or rejected.
    Auth,
    /// Network, timeout, rate limit or 5xx after the retries.
    Temporary,
    /// Local input: missing, unreadable, a directory, empty, too large, wrong type.
    Input,
    /// Ctrl-C or SIGTERM.
    Interrupted,
}

impl ExitClass {
    pub fn code(self) -> u8 {
        match self {
            ExitClass::Failure => 1,
            ExitClass::Usage => 2,
            ExitClass::Partial => 3,
            ExitClass::Auth => 4,
            ExitClass::Temporary => 5,
            ExitClass::Input => 6,
            ExitClass::Interrupted => 130,
        }
    }
}

/// Whether an operation that failed may be attempted again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Never: the server gave a definite answer.
    No,
    /// Safe whatever the service: nothing can have been accepted (connect error, 429, 503,
    /// a body cut off before its end).
    Yes { after: Option<Duration> },
    /// The server may already hold the upload (the body was fully sent, then the answer was
    /// lost, or a gateway failed): only for services where a resend does no harm.
    IfResendSafe { after: Option<Duration> },
    /// The token of this generation (see `services::token`) was refused: refresh the
    /// credentials once, then try again.
    Reauthenticate { generation: u64 },
}

/// What went wrong, as typed data. An adapter knows it in the service's terms (a room the
/// server does not have, a token it refused); what to do about it names chatdrop's own
/// flags, commands and variables, which only the command layer knows, so the hint is written
/// there (`commands::Service::hint`, called by `Context::explain`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// The server has no such thing, or none the account may see.
    NotFound(Thing),
    /// The account may not do this with the thing.
    Forbidden(Thing),
    /// The server refused what was sent about the thing as invalid.
    Refused(Thing),
    /// The destination takes images only.
    ImagesOnly,
    /// What answers at the service's address is not its API.
    WrongServerUrl,
    /// A proxy on the way re-chunked the body, so the server got no Content-Length.
    Rechunked,
    /// The token was refused: wrong, expired or revoked.
    TokenRejected,
    /// The secret that signs requests does not belong to the application and token it signs for.
    CredentialsMismatch,
    /// The service does not know the application the credentials name.
    UnknownApplication,
    /// The token lacks this permission (the service's name for it).
    NeedsPermission(&'static str),
    /// No connection could be made to the server (why, as data); the failure's
    /// [`Failure::endpoint`] says where it was going, so the command layer can name the
    /// setting that chose that address.
    Unreachable(Connect),
}

/// Why a connection to a server could not be made (with [`Problem::Unreachable`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Connect {
    /// The host refused the connection: nothing accepts connections at that port.
    Refused,
    /// The host name does not exist (the name service answered that it has no address).
    UnknownHost,
    /// The name service could not be asked, or did not answer (a temporary failure).
    NameService,
    /// No connection within the connect timeout (the packets go nowhere, or a firewall drops them).
    TimedOut,
    /// The TLS handshake failed (a TLS version, cipher or name the server does not accept).
    Handshake,
    /// The server's certificate is not trusted.
    Untrusted,
    /// The port answered plain HTTP to a TLS handshake (an `https://` URL for an HTTP server).
    NotHttps,
    /// The network could not reach the host (no route, unreachable, reset while connecting).
    Network,
}

/// Where a request was going, as data: the scheme, host and port of its URL, and the URL
/// without its query (which may carry a signature or a token). Kept beside [`Problem`] (which
/// stays `Copy`) for failures that are about the address itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    pub scheme: String,
    pub host: String,
    pub port: u16,
    /// `scheme://host:port/path`, no user, query or fragment.
    pub url: String,
}

impl Endpoint {
    /// The endpoint of `url`, if it has a host.
    pub fn of(url: &str) -> Option<Endpoint> {
        let parsed = url::Url::parse(url).ok()?;
        let host = parsed.host_str()?.trim_start_matches('[').trim_end_matches(']').to_string();
        let port = parsed.port_or_known_default()?;
        let shown = if host.contains(':') { format!("[{host}]") } else { host.clone() };
        Some(Endpoint {
            scheme: parsed.scheme().to_string(),
            url: format!("{}://{shown}:{port}{}", parsed.scheme(), parsed.path()),
            host,
            port,
        })
    }

    /// Whether `base` (a base URL setting) points at this endpoint: same scheme, host and port.
    pub fn is_at(&self, base: &str) -> bool {
        Endpoint::of(base)
            .is_some_and(|b| b.scheme == self.scheme && b.host.eq_ignore_ascii_case(&self.host) && b.port == self.port)
    }
}

/// `host:port`, as messages name a server (an IPv6 address in brackets).
impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.host.contains(':') {
            write!(f, "[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{}:{}", self.host, self.port)
        }
    }
}

/// What a [`Problem`] is about, in the service's own words: each adapter declares its nouns
/// as constants in its `things` module (a room, a support line, a folder), so a new service's
/// "folder not found" changes nothing here. A thing met in two kinds of request whose advice
/// differs gets a constant for each (the room an upload goes to, the room whose picture is set).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Thing(pub &'static str);

/// A failure a person can act on.
#[derive(Debug, Clone)]
pub struct Failure {
    pub class: ExitClass,
    pub message: String,
    pub hint: Option<String>,
    /// What went wrong, for the command layer's hint (see [`Problem`]).
    pub problem: Option<Problem>,
    /// Where the request was going, for a failure about the address (see [`Endpoint`]); boxed,
    /// so that every `Result` stays small.
    pub endpoint: Option<Box<Endpoint>>,
    /// The HTTP status of the answer the failure is about, when it is about one (set by
    /// `http::status_failure` and `http::Reply`'s decoding), e.g. for a login to tell a 404
    /// (the address is not the API) from a refusal.
    pub status: Option<u16>,
    pub retry: Retry,
    /// Already shown to the user (e.g. per file in a batch): only the exit code remains.
    pub reported: bool,
}

impl Failure {
    /// A message longer than [`MAX_MESSAGE`] characters (a server's error text can be any
    /// size) is cut with "… (N more)", so no output, `--json` included, carries it whole.
    pub fn new(class: ExitClass, message: impl Into<String>) -> Self {
        Failure {
            class,
            message: capped(message.into()),
            hint: None,
            problem: None,
            endpoint: None,
            status: None,
            retry: Retry::No,
            reported: false,
        }
    }
    pub fn general(message: impl Into<String>) -> Self {
        Self::new(ExitClass::Failure, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ExitClass::Usage, message)
    }
    pub fn auth(message: impl Into<String>) -> Self {
        Self::new(ExitClass::Auth, message)
    }
    pub fn temporary(message: impl Into<String>) -> Self {
        Self::new(ExitClass::Temporary, message)
    }
    pub fn input(message: impl Into<String>) -> Self {
        Self::new(ExitClass::Input, message)
    }
    /// The outcome of a batch whose failures were already printed file by file.
    pub fn reported(class: ExitClass) -> Self {
        Failure { reported: true, ..Self::new(class, "") }
    }
    pub fn interrupted() -> Self {
        Self::new(ExitClass::Interrupted, "interrupted")
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    pub fn with_problem(mut self, problem: Problem) -> Self {
        self.problem = Some(problem);
        self
    }
    /// Where the request was going (see [`Endpoint`]).
    pub fn with_endpoint(mut self, endpoint: Option<Endpoint>) -> Self {
        self.endpoint = endpoint.map(Box::new);
        self
    }
    /// The HTTP status of the answer this failure is about.
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }
    pub fn with_retry(mut self, retry: Retry) -> Self {
        self.retry = retry;
        self
    }
    /// Prefix the message with what was being done ("uploading a.png: ...").
    pub fn context(mut self, what: impl fmt::Display) -> Self {
        self.message = format!("{what}: {}", self.message);
        self
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Failure {}

/// The exit class of any error: a [`Failure`] anywhere in the chain decides, else 1.
pub fn class_of(err: &anyhow::Error) -> ExitClass {
    err.chain().find_map(|e| e.downcast_ref::<Failure>()).map(|f| f.class).unwrap_or(ExitClass::Failure)
}

/// The longest message a failure keeps, in characters.
pub const MAX_MESSAGE: usize = 2000;

fn capped(message: String) -> String {
    if message.len() <= MAX_MESSAGE {
        return message;
    }
    let total = message.chars().count();
    if total <= MAX_MESSAGE {
        return message;
    }
    let kept: String = message.chars().take(MAX_MESSAGE).collect();
    format!("{kept}… ({} more)", total - MAX_MESSAGE)
}

pub type Result<T, E = Failure> = std::result::Result<T, E>;
