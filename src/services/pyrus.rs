//! The Pyrus API v4 adapter: `POST {auth_url}/auth` for a token, multipart upload (one file
//! per request, answered with guid + md5), comments that attach files to a task, and
//! downloads. Error bodies are `{"error_code", "error"}`.
//!
//! UNVERIFIED choices, kept here: the upload and download go to `{files_url}/v4/files/...`
//! when the auth answer names a files_url (as the C# and TS clients do) and to
//! `{api_url}/files/...` otherwise; the file part carries `filename*=UTF-8''` beside an ASCII
//! `filename=` (Pyrus's own 1C example uses `filename*`); attachments are sent as
//! `{"guid": ...}` objects (the C#/TS `NewFile` shape).

use std::sync::Arc;
use std::time::Duration;

use futures_util::future::BoxFuture;
use reqwest::Method;
use reqwest::header::{AUTHORIZATION, CONTENT_LENGTH, CONTENT_TYPE};
use serde::Deserialize;
use serde_json::json;

use crate::error::{ExitClass, Failure, Result, Retry};
use crate::http::{Http, Reply, status_failure};
use crate::secret::Secret;
use crate::services::spec::{CA_CERT, SKIP_SENT, ServiceInfo, ServiceKind};
use crate::services::token::{Issued, TokenHolder, TokenSaver};
use crate::upload::multipart::{FileNameStyle, Multipart};
use crate::upload::retry::Renew;
use crate::upload::{Limits, Payload, Target};

/// The settings of Pyrus, one constant each: the code names a setting by its constant, so a
/// misspelt key does not compile, and `KIND` lists these same constants, so the table the
/// config files, env vars and `auth status` go by is the one the code reads.
pub mod keys {
    use crate::services::spec::{Key, key, secret, with_default};

    pub const LOGIN: Key = Key::new(&key("login", "the email of the Pyrus account (or bot) the API acts as"));
    pub const SECURITY_KEY: Key =
        Key::new(&secret("security_key", "the account's API security key (Settings > Security key)"));
    pub const PERSON_ID: Key = Key::new(&key("person_id", "which account to act as when one email has several"));
    pub const TOKEN: Key =
        Key::new(&secret("token", "a ready access token; used as is, with api_url (cached here by login)"));
    pub const AUTH_URL: Key =
        Key::new(&with_default("auth_url", "https://accounts.pyrus.com/api/v4", "where POST /auth is sent"));
    pub const API_URL: Key =
        Key::new(&key("api_url", "the API base the auth answer names (e.g. https://api.pyrus.com/v4)"));
    pub const FILES_URL: Key =
        Key::new(&key("files_url", "the file service base the auth answer names (e.g. https://files.pyrus.com)"));
    pub const TASK: Key = Key::new(&key("task", "default task id for `pyrus upload --task`"));
}

/// The registry entry (see `services::ALL`): the settings this adapter reads.
pub const KIND: ServiceKind = ServiceKind::new(&ServiceInfo {
    name: "pyrus",
    title: "Pyrus",
    keys: &[
        keys::LOGIN,
        keys::SECURITY_KEY,
        keys::PERSON_ID,
        keys::TOKEN,
        keys::AUTH_URL,
        keys::API_URL,
        keys::FILES_URL,
        keys::TASK,
        CA_CERT,
        SKIP_SENT,
    ],
    credential_sets: &[&[keys::TOKEN, keys::API_URL], &[keys::LOGIN, keys::SECURITY_KEY]],
});

/// Pyrus takes at most 2 GB per file (the Python client's cap is 2·1024³−1 bytes).
pub const LIMITS: Limits =
    Limits { max_bytes: Some(2 * 1024 * 1024 * 1024 - 1), max_label: "Pyrus accepts at most 2 GB per file" };

/// How to get a token.
#[derive(Clone)]
pub struct Credentials {
    pub auth_url: String,
    /// login + security key, when known: needed to log in (again).
    pub login: Option<(String, Secret)>,
    pub person_id: Option<i64>,
}

/// A token and the hosts to use it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub token: Secret,
    pub api_url: String,
    pub files_url: Option<String>,
}

pub struct Pyrus {
    http: Arc<Http>,
    credentials: Credentials,
    session: TokenHolder<Session>,
}

#[derive(Debug, Clone)]
pub struct Uploaded {
    pub guid: String,
    pub md5: String,
}

#[derive(Debug, Clone)]
pub struct Commented {
    pub task_id: i64,
    pub comment_id: i64,
}

#[derive(Deserialize)]
struct AuthAnswer {
    access_token: String,
    api_url: Option<String>,
    files_url: Option<String>,
}

#[derive(Deserialize)]
struct UploadAnswer {
    guid: String,
    md5_hash: Option<String>,
}

#[derive(Deserialize)]
struct ErrorAnswer {
    error_code: Option<String>,
    error: Option<String>,
    error_message: Option<String>,
}

impl Pyrus {
    /// `session` is a ready token (env or cache); without one, the first call logs in.
    /// `saver` is handed every session a login obtains.
    pub fn new(
        http: Arc<Http>,
        credentials: Credentials,
        session: Option<Session>,
        saver: TokenSaver<Session>,
    ) -> Self {
        Pyrus { http, credentials, session: TokenHolder::new(session, saver) }
    }

    /// Log in with login + security key.
    pub async fn authenticate(http: &Http, credentials: &Credentials) -> Result<Session> {
        let Some((login, key)) = &credentials.login else {
            return Err(Failure::auth(
                "the Pyrus token was rejected and no login + security key is set to get a new one",
            ));
        };
        let mut body = json!({ "login": login, "security_key": key.expose() });
        if let Some(id) = credentials.person_id {
            body["person_id"] = json!(id);
        }
        let url = format!("{}/auth", credentials.auth_url);
        let reply = http.call(http.request(Method::POST, &url).json(&body)).await?;
        if !reply.is_success() {
            let failure = error_failure(&reply, None);
            return Err(if matches!(reply.status.as_u16(), 400 | 401 | 403) {
                Failure::auth(format!("Pyrus refused the login {login}: {}", error_text(&reply)))
                    .with_hint("check the login (email) and the security key (Pyrus: Settings > Security key)")
            } else {
                failure
            });
        }
        let answer: AuthAnswer = reply.json()?;
        let trim = |u: String| u.trim_end_matches('/').to_string();
        Ok(Session {
            token: Secret::new(answer.access_token),
            // The old auth host answered only a token: the API then lives at the default.
            api_url: answer.api_url.map(trim).unwrap_or_else(|| "https://api.pyrus.com/v4".into()),
            files_url: answer.files_url.map(trim).filter(|u| !u.is_empty()),
        })
    }

    /// Check the login and security key live, as `login` does; false when there is only a
    /// ready token (nothing but a real request can tell whether Pyrus still takes it).
    pub async fn check(&self) -> Result<bool> {
        if self.credentials.login.is_none() {
            return Ok(false);
        }
        Self::authenticate(&self.http, &self.credentials).await.map(|_| true)
    }

    async fn current(&self) -> Result<Issued<Session>> {
        self.session.current(|| Self::authenticate(&self.http, &self.credentials)).await
    }

    fn can_relogin(&self) -> bool {
        self.credentials.login.is_some()
    }

    /// The failure of an error answer to a request made with `session`.
    fn refused(&self, reply: &Reply, session: &Issued<Session>) -> Failure {
        error_failure(reply, self.can_relogin().then_some(session.generation))
    }

    /// Where files go: the file service when the auth answer named one (UNVERIFIED, see top).
    fn files_endpoint(session: &Session, what: &str) -> String {
        match &session.files_url {
            Some(files) => format!("{files}/v4/files/{what}"),
            None => format!("{}/files/{what}", session.api_url),
        }
    }

    /// Upload one file; the answer's MD5 must match what was sent.
    pub async fn upload(&self, payload: Payload) -> Result<Uploaded> {
        let issued = self.current().await?;
        let session = &issued.token;
        let url = Self::files_endpoint(session, "upload");
        let tally = payload.tally.clone();
        let form = Multipart::new().file("file", FileNameStyle::Extended, payload);
        let req = self
            .http
            .request(Method::POST, &url)
            .header(AUTHORIZATION, bearer(session))
            .header(CONTENT_TYPE, form.content_type)
            .header(CONTENT_LENGTH, form.len)
            .body(form.body);
        let reply = self.http.upload(req).await?;
        if !reply.is_success() {
            return Err(self.refused(&reply, &issued));
        }
        let answer: UploadAnswer = reply.json()?;
        // An early answer: the MD5 of what was sent is known once the body is finished.
        if !tally.finished().await {
            return Err(crate::upload::early_answer(&tally));
        }
        let sent = tally.md5().unwrap_or_default();
        match answer.md5_hash {
            Some(server) if !server.eq_ignore_ascii_case(&sent) => Err(Failure::general(format!(
                "integrity check failed: Pyrus stored MD5 {server}, but the file sent has MD5 {sent}"
            ))
            .with_hint("the file was corrupted on the way or changed while it was read; upload it again")),
            Some(server) => Ok(Uploaded { guid: answer.guid, md5: server.to_ascii_lowercase() }),
            None => Err(Failure::general("Pyrus did not answer the file's MD5, so its integrity cannot be checked")),
        }
    }

    /// Attach uploaded files to a task in one comment.
    pub async fn comment(&self, task_id: i64, text: Option<&str>, guids: &[String]) -> Result<Commented> {
        let issued = self.current().await?;
        let url = format!("{}/tasks/{task_id}/comments", issued.token.api_url);
        let mut body = json!({ "attachments": guids.iter().map(|g| json!({ "guid": g })).collect::<Vec<_>>() });
        if let Some(text) = text {
            body["text"] = json!(text);
        }
        let req = self.http.request(Method::POST, &url).header(AUTHORIZATION, bearer(&issued.token)).json(&body);
        let reply = self.http.call(req).await?;
        if !reply.is_success() {
            let mut failure = self.refused(&reply, &issued);
            if reply.status.as_u16() == 404 {
                failure = Failure::general(format!("no task {task_id}: {}", error_text(&reply)))
                    .with_hint("check the task id, and that the Pyrus account can see the task");
            }
            return Err(failure);
        }
        let value = reply.json_value().unwrap_or_default();
        let comment_id = value["task"]["comments"]
            .as_array()
            .and_then(|c| c.last())
            .and_then(|c| c["id"].as_i64())
            .ok_or_else(|| Failure::general("Pyrus accepted the comment but its answer names no comment id"))?;
        Ok(Commented { task_id: value["task"]["id"].as_i64().unwrap_or(task_id), comment_id })
    }

    /// Start a download; the caller streams the body.
    pub async fn download(&self, guid: &str) -> Result<reqwest::Response> {
        let issued = self.current().await?;
        let url = Self::files_endpoint(&issued.token, &format!("download/{}", crate::ids::segment(guid)));
        let req = self.http.request(Method::GET, &url).header(AUTHORIZATION, bearer(&issued.token));
        let reply = match self.http.open(req).await? {
            Ok(response) => return Ok(response),
            Err(reply) => reply,
        };
        Err(match reply.status.as_u16() {
            404 => Failure::general(format!("no file {guid} in Pyrus: {}", error_text(&reply))),
            403 | 410 => Failure::general(format!("access to file {guid} denied: {}", error_text(&reply)))
                .with_hint("the account must see a task the file is attached to"),
            _ => self.refused(&reply, &issued),
        })
    }
}

impl Target for Pyrus {
    type Output = Uploaded;

    /// An upload Pyrus already took but we resend only leaves an unattached file, which
    /// Pyrus deletes by itself.
    fn resend_safe(&self) -> bool {
        true
    }

    fn wants_md5(&self) -> bool {
        true
    }

    fn send(&self, payload: Payload) -> impl Future<Output = Result<Uploaded>> + Send {
        self.upload(payload)
    }
}

impl Renew for Pyrus {
    /// Log in again after the token of `generation` was refused (once, however many
    /// requests saw it refused).
    fn renew(&self, generation: u64) -> BoxFuture<'_, Result<bool>> {
        Box::pin(async move {
            if !self.can_relogin() {
                return Ok(false);
            }
            self.session.renew(generation, || Self::authenticate(&self.http, &self.credentials)).await?;
            Ok(true)
        })
    }
}

fn bearer(session: &Session) -> String {
    format!("Bearer {}", session.token.expose())
}

/// The server's own words, from `{"error_code", "error"}`, else a description of the body.
fn error_text(reply: &Reply) -> String {
    match serde_json::from_slice::<ErrorAnswer>(&reply.body) {
        Ok(ErrorAnswer { error_code, error, error_message }) if error_code.is_some() || error.is_some() => {
            let text = error.or(error_message).unwrap_or_default();
            match error_code {
                Some(code) if text.is_empty() => code,
                Some(code) => format!("{text} ({code})"),
                None => text,
            }
        }
        _ => reply.describe_status(),
    }
}

/// An error answer as a failure; a rejected token asks for a fresh login when one is possible
/// (`renewable`: the generation of the token that was used).
fn error_failure(reply: &Reply, renewable: Option<u64>) -> Failure {
    let text = error_text(reply);
    let code = serde_json::from_slice::<ErrorAnswer>(&reply.body).ok().and_then(|e| e.error_code).unwrap_or_default();
    match reply.status.as_u16() {
        401 => {
            let failure = Failure::auth(format!("Pyrus rejected the token: {text}"));
            match renewable {
                Some(generation) => failure.with_retry(Retry::Reauthenticate { generation }),
                None => failure,
            }
        }
        429 => {
            // X-RateLimit-Reset says how many seconds until the window resets.
            let reset = reply
                .headers
                .get("x-ratelimit-reset")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            Failure::temporary(format!("Pyrus rate limit reached (5,000 requests per 10 minutes): {text}"))
                .with_retry(Retry::Yes { after: reply.retry_after().or(reset) })
        }
        413 => Failure::input(format!("Pyrus refused the file as too large: {text}")).with_hint(LIMITS.max_label),
        400 if code == "account_blocked" => {
            Failure::new(ExitClass::Auth, format!("the Pyrus account is blocked: {text}"))
        }
        _ => status_failure(reply, Some(text)),
    }
}
