//! The 1C-Connect push API adapter (`https://push.1c-connect.com`, apis.md §3): HTTP Basic
//! auth with an API user; images into group chats (`/v1/conference/send/image/`), images and
//! files into support lines (`/v1/line/send/image/`, `/v1/line/send/file/`), each a multipart
//! form of exactly two parts, a JSON `meta` and the `file`; `GET /v1/line/` to check a login.
//! Every path ends with a slash, as the official client sends them.
//!
//! Only an explicit success is a success. A send succeeds on exactly HTTP 200, the success the
//! docs give ("no body") and the only status the official bot takes as one
//! (1C-Connect/1cconnect-text-bot 9a29fb0d, `internal/connect/client/client.go`:
//! `resp.StatusCode != http.StatusOK` is an error). An error object inside that 200 is a
//! failure; another 2xx, or a 200 that is an HTML page (a proxy's), says neither, so the
//! message may have been posted: it is not sent again.
//!
//! The line list (`GET /v1/line/`), in the one place its shape is decided ([`parse_lines`]):
//! no official client reads it, so every shape found evidence for is accepted:
//! - a bare JSON array of line objects: how every list endpoint the official bot reads
//!   answers (`internal/connect/response/types.go`: `Users []User`, `Subscriptions
//!   []Subscription`, `Competences []Competence`), and the bot's README sends the user to
//!   "find the line in the list" at `/v1/line/`;
//! - an object wrapping that array in `lines`: a third-party SDK types the answer of its
//!   `GetLines` as `Lines` (public code index id 39790740472, citing the docs page
//!   1c-connect.atlassian.net/wiki/spaces/PUBLIC/pages/2156429313), which may be a wrapper;
//! - a line's id in `line_id` (that SDK's `Line` object, index id 39738263899, citing the
//!   docs page 1289420955/Line: `line_id`, `name`, `allow_bot`, `hook_bot?`, `hook_line?`;
//!   also how the bot's `Subscription` and `Competence` name a line) or in `id` (how
//!   `SetHook` names a line: `requests/hooks.go`), its name in `name`. Fields not listed
//!   here are ignored; entries without an id are skipped.
//!
//! UNVERIFIED choices, kept here:
//! - the error body format (the official bot only logs it): a JSON `message`/`error`/
//!   `description`/`detail` is quoted when there is one, else the body is described;
//! - the 429 rate limit (20/s, 600/min) is known only from a third-party client: it is
//!   treated as temporary and retried after Retry-After;
//! - the file name goes in both `meta.file_name` and the part's raw UTF-8 `filename="…"` (as
//!   the official Go client and curl send it); since which one the server shows is unknown,
//!   both carry the same [`wire_name`];
//! - `author_id` on line sends is included only when an author is known (the bot sends it as
//!   the specialist; SendImageLine lists it without saying whether it is required);
//! - no file size limit is documented, so none is checked locally.
//!
//! Not the kit's `BearerClient`: HTTP Basic; its `ErrorWords` read the error body.

use reqwest::header::ACCEPT;
use serde_json::Map;

use crate::services::kit::prelude::*;

/// The settings of 1C-Connect, one constant each: the code names a setting by its constant, so a
/// misspelt key does not compile, and `KIND` lists these same constants, so the table the
/// config files, env vars and `auth status` go by is the one the code reads.
pub mod keys {
    use crate::services::spec::{Key, key, secret, with_default};

    pub const URL: Key = Key::new(&with_default("url", "https://push.1c-connect.com", "base URL of the push API"));
    pub const LOGIN: Key = Key::new(
        &key("login", "login of the API user (management system > Administration > API settings)").example("api-user"),
    );
    pub const PASSWORD: Key = Key::new(&secret("password", "password of the API user"));
    pub const CONFERENCE: Key = Key::new(
        &key("conference", "default group chat (conference) UUID").example("bb5c7328-1886-4a8b-aa00-e00fab828e24"),
    );
    pub const AUTHOR: Key = Key::new(
        &key("author", "default author UUID: the group member the image is sent as")
            .example("fee6104e-78b5-11e5-80dc-0025904f970f"),
    );
    pub const LINE: Key =
        Key::new(&key("line", "default support line UUID").example("00000000-0000-0000-0000-000000000000"));
    pub const USER: Key = Key::new(
        &key("user", "default user (subscriber) UUID on the support line")
            .example("00000000-0000-0000-0000-000000000000"),
    );
}

/// What this service's [`Problem`]s are about, in its own words (see `error::Thing`).
pub mod things {
    use crate::error::Thing;

    pub const GROUP_CHAT: Thing = Thing("group chat");
    pub const LINE_LIST: Thing = Thing("list of support lines");
}

/// The registry entry (see `services::ALL`): the settings this adapter reads.
pub const KIND: ServiceKind = ServiceKind::new(&ServiceInfo {
    name: "connect",
    title: "1C-Connect",
    keys: &[
        keys::URL,
        keys::LOGIN,
        keys::PASSWORD,
        keys::CONFERENCE,
        keys::AUTHOR,
        keys::LINE,
        keys::USER,
        CA_CERT,
        SKIP_SENT,
    ],
    credential_sets: &[&[keys::LOGIN, keys::PASSWORD]],
    login: &[keys::URL, keys::LOGIN, keys::PASSWORD],
});

/// No size limit is documented (see top).
pub const LIMITS: Limits = Limits { max_bytes: None, max_label: "" };

/// The API user's login and password (HTTP Basic).
#[derive(Clone)]
pub struct Credentials {
    pub login: String,
    pub password: Secret,
}

/// Where a send goes, with the ids the meta part names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recipient {
    /// A group chat; the author must be a member of it.
    Conference { conference_id: String, author_id: String },
    /// A support line and the user (subscriber) on it.
    Line { line_id: String, user_id: String, author_id: Option<String> },
}

/// The most lines kept from one `GET /v1/line/`.
pub const MAX_LINES: usize = 10_000;

/// A support line of the API user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub id: String,
    pub name: String,
}

/// Image endpoints want an image; file endpoints take anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Image,
    File,
}

/// What one delivered send was.
#[derive(Debug, Clone)]
pub struct Sent {
    pub content_type: String,
    pub meta: Map<String, Value>,
}

pub struct Connect {
    http: Arc<Http>,
    base: String,
    credentials: Credentials,
}

impl Connect {
    pub fn new(http: Arc<Http>, base: String, credentials: Credentials) -> Self {
        Connect { http, base, credentials }
    }

    fn endpoint(&self, path: &str) -> String {
        format!("{}/v1/{path}", self.base)
    }

    fn authorized(&self, method: Method, url: &str) -> reqwest::RequestBuilder {
        self.http
            .request(method, url)
            .basic_auth(&self.credentials.login, Some(self.credentials.password.expose()))
            .header(ACCEPT, "application/json")
    }

    /// Check the login live with `GET /v1/line/`: the number of lines the API user sees, or
    /// None when the credentials were accepted but the user may not list lines (403).
    pub async fn check_login(&self) -> Result<Option<usize>> {
        let reply = self.http.call(self.authorized(Method::GET, &self.endpoint("line/"))).await?;
        match reply.status.as_u16() {
            200..=299 => Ok(Some(reply.json_value().as_ref().and_then(parse_lines).map_or(0, |l| l.len()))),
            403 => Ok(None),
            _ => Err(self.error_failure(&reply, None)),
        }
    }

    /// The support lines the API user serves (`GET /v1/line/`), at most [`MAX_LINES`];
    /// entries without an id are skipped.
    pub async fn lines(&self) -> Result<Vec<Line>> {
        let reply = self.http.call(self.authorized(Method::GET, &self.endpoint("line/"))).await?;
        if !reply.is_success() {
            return Err(match reply.status.as_u16() {
                403 => Failure::general(format!(
                    "1C-Connect does not let the API user list support lines (HTTP 403): {}",
                    error_text(&reply)
                ))
                .with_problem(Problem::Forbidden(things::LINE_LIST)),
                _ => self.error_failure(&reply, None),
            });
        }
        match reply.json_value().as_ref().and_then(parse_lines) {
            Some(lines) => Ok(lines),
            None => Err(Failure::general(format!("1C-Connect answered the line list with {}", reply.describe_body()))),
        }
    }

    /// Send one file as `kind` to `to`, with an optional comment.
    /// `payload.name` is already the [`wire_name`] (the uploader applies [`Target::wire_name`]).
    pub async fn send(&self, to: &Recipient, kind: Kind, comment: Option<&str>, payload: Payload) -> Result<Sent> {
        let meta = meta(to, &payload.name, comment);
        let meta_bytes = serde_json::to_vec(&meta).unwrap_or_default();
        let path = match (to, kind) {
            (Recipient::Conference { .. }, Kind::Image) => "conference/send/image/",
            (Recipient::Conference { .. }, Kind::File) => {
                return Err(Failure::usage("1C-Connect documents no way to send a non-image file into a group chat")
                    .with_problem(Problem::ImagesOnly));
            }
            (Recipient::Line { .. }, Kind::Image) => "line/send/image/",
            (Recipient::Line { .. }, Kind::File) => "line/send/file/",
        };
        let sent = Sent { content_type: payload.mime.clone(), meta: meta.clone() };
        let form = Multipart::new().part("meta", Some("application/json"), &meta_bytes).file(
            "file",
            FileNameStyle::Quoted,
            payload,
        );
        let reply = self.http.upload(form.fill(self.authorized(Method::POST, &self.endpoint(path)))).await?;
        if !reply.is_success() {
            return Err(self.error_failure(&reply, Some(to)));
        }
        delivered(&reply).map(|()| sent)
    }

    /// An error answer, explained with what 1C-Connect documents for each status.
    fn error_failure(&self, reply: &Reply, to: Option<&Recipient>) -> Failure {
        let text = error_text(reply);
        match reply.status.as_u16() {
            400 => {
                let failure = Failure::general(format!("1C-Connect rejected the request as invalid: {text}"));
                match to {
                    Some(Recipient::Conference { .. }) => failure.with_hint(
                        "check the conference and author ids, and that the file is a PNG, JPEG, GIF, WEBP or BMP image",
                    ),
                    Some(Recipient::Line { .. }) => failure.with_hint("check the line, user and author ids, and the file"),
                    // A request with no recipient (the line list) has only the address to get wrong.
                    None => failure.with_problem(Problem::WrongServerUrl),
                }
            }
            // The command layer adds how to log in (its login command, for the profile in use).
            401 => Failure::auth(format!("1C-Connect rejected the API user's login or password: {text}")),
            403 => match to {
                Some(Recipient::Conference { conference_id, author_id }) => Failure::general(format!(
                    "1C-Connect refused (insufficient rights): author {author_id} is not a member of group chat {conference_id}, or the API user lacks rights to it: {text}"
                ))
                .with_problem(Problem::Forbidden(things::GROUP_CHAT)),
                Some(Recipient::Line { line_id, .. }) => Failure::general(format!(
                    "1C-Connect refused (insufficient rights): the API user may not send to support line {line_id}, or the author is not a specialist on it: {text}"
                ))
                .with_hint("check the line id and the API user's rights in the management system (Administration > API settings)"),
                None => Failure::general(format!("1C-Connect refused (insufficient rights): {text}"))
                    .with_hint("check the API user's rights in the management system (Administration > API settings)"),
            },
            429 => Failure::temporary(format!("1C-Connect rate limit reached (about 20 requests/s, 600/min): {text}"))
                .with_retry(Retry::Yes { after: reply.retry_after() }),
            _ => status_failure(reply, Some(text)),
        }
    }
}

/// Whether a 2xx answer to a send says it was delivered (see the module doc): exactly 200 and
/// no error in it. An error object is a refusal; an HTML page or another 2xx says neither,
/// so the message may be in the chat (never sent again).
fn delivered(reply: &Reply) -> Result<()> {
    if let Some(error) = reply.error_in_body() {
        return Err(Failure::general(format!(
            "1C-Connect answered HTTP {} with an error instead of delivering the file: {error}",
            reply.status.as_u16()
        )));
    }
    if let Some(failure) = reply.foreign_success() {
        return Err(failure);
    }
    if reply.status.as_u16() != 200 {
        return Err(Failure::general(format!(
            "1C-Connect answered {} instead of 200, so whether the file was delivered is unknown",
            reply.describe_status()
        ))
        .with_retry(Retry::IfResendSafe { after: None }));
    }
    Ok(())
}

/// The lines of a `GET /v1/line/` answer, in every shape the module doc lists (at most
/// [`MAX_LINES`]; entries without an id skipped); None for any other shape.
pub fn parse_lines(answer: &Value) -> Option<Vec<Line>> {
    let items = match answer {
        Value::Array(items) => items,
        Value::Object(o) => o.get("lines")?.as_array()?,
        _ => return None,
    };
    let text = |v: &Value, keys: &[&str]| {
        keys.iter().find_map(|k| v.get(*k).and_then(Value::as_str)).unwrap_or("").trim().to_string()
    };
    Some(
        items
            .iter()
            .take(MAX_LINES)
            .map(|v| Line { id: text(v, &["line_id", "id"]).to_ascii_lowercase(), name: text(v, &["name"]) })
            .filter(|l| !l.id.is_empty())
            .collect(),
    )
}

/// The meta part of a send: the recipient's ids, the file name, and the comment if any.
pub fn meta(to: &Recipient, file_name: &str, comment: Option<&str>) -> Map<String, Value> {
    let mut meta = Map::new();
    match to {
        Recipient::Conference { conference_id, author_id } => {
            meta.insert("conference_id".into(), json!(conference_id));
            meta.insert("author_id".into(), json!(author_id));
        }
        Recipient::Line { line_id, user_id, author_id } => {
            meta.insert("line_id".into(), json!(line_id));
            meta.insert("user_id".into(), json!(user_id));
            if let Some(author) = author_id {
                meta.insert("author_id".into(), json!(author));
            }
        }
    }
    meta.insert("file_name".into(), json!(file_name));
    if let Some(comment) = comment.filter(|c| !c.is_empty()) {
        meta.insert("comment".into(), json!(comment));
    }
    meta
}

/// The name sent in `meta.file_name` and in the part's `filename="…"`: the file's own name
/// (non-ASCII kept as is), with the characters a quoted header value cannot carry
/// unchanged (`"`, `\`, control characters) replaced by `_`, so that both places agree.
pub fn wire_name(name: &str) -> String {
    name.chars().map(|c| if c == '"' || c == '\\' || c.is_control() { '_' } else { c }).collect()
}

/// The server's own words if the body holds a JSON message, else a description of it.
fn error_text(reply: &Reply) -> String {
    const WORDS: ErrorWords = ErrorWords { message: &["message", "error", "description", "detail"], code: &[] };
    match WORDS.of(reply) {
        Some(message) => format!("{message} (HTTP {})", reply.status.as_u16()),
        None => reply.describe_status(),
    }
}

/// One batch of sends to one recipient, as the shared uploader drives it.
pub struct ConnectUpload<'a> {
    pub connect: &'a Connect,
    pub to: Recipient,
    pub kind: Kind,
    pub comment: Option<String>,
}

impl Target for ConnectUpload<'_> {
    type Output = Sent;

    fn wire_name(&self, name: &str) -> String {
        wire_name(name)
    }

    /// A resend of a message that may have landed posts it twice in the chat.
    fn resend_safe(&self) -> bool {
        false
    }

    fn send(&self, payload: Payload) -> impl Future<Output = Result<Sent>> + Send {
        self.connect.send(&self.to, self.kind, self.comment.as_deref(), payload)
    }
}

/// Static credentials: nothing to renew.
impl crate::upload::retry::Renew for Connect {}

/// Static credentials: nothing to renew.
impl crate::upload::retry::Renew for ConnectUpload<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_and_names() {
        assert_eq!(wire_name("Отчёт \"v2\"\n😀.png"), "Отчёт _v2__😀.png");
    }

    #[test]
    fn line_lists_in_every_shape_with_evidence() {
        let line = |id: &str, name: &str| Line { id: id.into(), name: name.into() };
        let bare = json!([
            { "line_id": "4F1E2D3C-B5A6-4978-8E9D-0C1B2A3F4E5D", "name": " Support ", "allow_bot": true },
            { "id": "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "name": "Billing", "hook_bot": null },
            { "name": "no id" },
            "not an object",
        ]);
        let want = vec![
            line("4f1e2d3c-b5a6-4978-8e9d-0c1b2a3f4e5d", "Support"),
            line("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f", "Billing"),
        ];
        assert_eq!(parse_lines(&bare).unwrap(), want);
        assert_eq!(parse_lines(&json!({ "lines": bare })).unwrap(), want);
        assert_eq!(parse_lines(&json!([])).unwrap(), vec![]);
        for other in [json!({ "items": [] }), json!("lines"), json!(null), json!({ "lines": {} })] {
            assert!(parse_lines(&other).is_none(), "{other}");
        }
    }

    #[test]
    fn meta_names_the_recipient_and_the_comment_only_when_given() {
        let to = Recipient::Conference { conference_id: "c".into(), author_id: "a".into() };
        let m = meta(&to, "x.png", None);
        assert_eq!(Value::Object(m), json!({ "conference_id": "c", "author_id": "a", "file_name": "x.png" }));
        let to = Recipient::Line { line_id: "l".into(), user_id: "u".into(), author_id: None };
        let m = meta(&to, "x.png", Some("hi"));
        assert_eq!(Value::Object(m), json!({ "line_id": "l", "user_id": "u", "file_name": "x.png", "comment": "hi" }));
    }
}
