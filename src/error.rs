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
/// there (`commands::ServiceCommands::hint`, called by `Context::explain`).
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
}

/// What a [`Problem`] is about. A thing met in two kinds of request whose advice differs has
/// a variant for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thing {
    /// A room, as the place attachments are uploaded to or listed from.
    Room,
    /// The room whose picture is set: there a 404 can only mean no such room.
    RoomOfPicture,
    /// A room's picture, or the room itself: the server does not say which is missing.
    RoomPicture,
    /// A user's picture.
    UserPicture,
    /// An attachment (a file on the server).
    Attachment,
    /// A preview of an attachment.
    Preview,
    /// The account's own user id, asked of the server.
    OwnUserId,
    /// A conversation an upload goes into.
    Conversation,
    /// A conversation whose attachments are listed.
    ListedConversation,
    /// A group chat, with the member a message is sent as.
    GroupChat,
    /// The list of support lines.
    LineList,
}

/// A failure a person can act on.
#[derive(Debug, Clone)]
pub struct Failure {
    pub class: ExitClass,
    pub message: String,
    pub hint: Option<String>,
    /// What went wrong, for the command layer's hint (see [`Problem`]).
    pub problem: Option<Problem>,
    pub retry: Retry,
    /// Already shown to the user (e.g. per file in a batch): only the exit code remains.
    pub reported: bool,
}

impl Failure {
    /// A message longer than [`MAX_MESSAGE`] characters (a server's error text can be any
    /// size) is cut with "… (N more)", so no output, `--json` included, carries it whole.
    pub fn new(class: ExitClass, message: impl Into<String>) -> Self {
        Failure { class, message: capped(message.into()), hint: None, problem: None, retry: Retry::No, reported: false }
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
