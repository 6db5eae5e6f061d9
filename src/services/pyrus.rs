//! The Pyrus API v4 adapter: `POST {auth_url}/auth` for a token, multipart upload (one file
//! per request, answered with guid + md5), comments that attach files to a task, and
//! downloads.
//!
//! Where the token goes: only to the auth URL the user configured and to the `api_url` /
//! `files_url` the auth answer names. Self-hosted Pyrus answers no `api_url` (only the cloud
//! does, per the auth docs); the API is then at the configured auth URL's origin + `/v4`
//! (`https://pyrus.example.com/auth` → `https://pyrus.example.com/v4`), as the official
//! clients keep their configured host when the answer names none (C# `ClientExtensions.
//! SetOrigins` + `Settings.cs`, Python `_set_origins` + `_create_auth_url`,
//! simplygoodsoftware/pyrusapi-csharp 98c8b88d, pyrusapi-python 09f02157). The cloud API
//! (`https://api.pyrus.com/v4`) is the fallback only when the configured auth host is the
//! cloud's own (`accounts.pyrus.com`). [`Session`] holds what was derived, and it is stored.
//!
//! Error bodies, as the official clients read them: `{"error_code", "error"}` (the docs; the
//! Python `BaseResponse`), `{"error_code", "error_message"}` (C# `ResponseBase`), and the
//! ASP.NET `{"Message": ...}` of a route that does not exist; anything else (an HTML proxy
//! page) is described. An error body inside a 2xx is an error too (the C# client checks
//! `Error` whatever the status). `too_large_request_length` (a 400) is the file-too-large
//! class, like a 413; the token codes of `ErrorCodeType` are a refused token like a 401. (So not
//! the kit's `ErrorWords`/`BearerClient`: these shapes, and a token that renews.)
//!
//! UNVERIFIED choices, kept here: the upload and download go to `{files_url}/v4/files/...`
//! when the auth answer names a files_url (as the C# and TS clients do) and to
//! `{api_url}/files/...` otherwise; the file part carries `filename*=UTF-8''` beside an ASCII
//! `filename=` (Pyrus's own 1C example uses `filename*`); attachments are sent as
//! `{"guid": ...}` objects (the C#/TS `NewFile` shape).

use std::time::Duration;

use futures_util::future::BoxFuture;
use reqwest::header::AUTHORIZATION;

use crate::services::kit::prelude::*;
use crate::services::token::{Issued, TokenHolder, TokenSaver};

/// The settings of Pyrus, one constant each: the code names a setting by its constant, so a
/// misspelt key does not compile, and `KIND` lists these same constants, so the table the
/// config files, env vars and `auth status` go by is the one the code reads.
pub mod keys {
    use crate::services::spec::{Key, key, secret, with_default};

    pub const LOGIN: Key =
        Key::new(&key("login", "the email of the Pyrus account (or bot) the API acts as").example("bot@example.com"));
    pub const SECURITY_KEY: Key =
        Key::new(&secret("security_key", "the account's API security key (Settings > Security key)"));
    pub const PERSON_ID: Key =
        Key::new(&key("person_id", "which account to act as when one email has several").example("123456"));
    pub const TOKEN: Key =
        Key::new(&secret("token", "a ready access token; used as is, with api_url (cached here by login)"));
    pub const AUTH_URL: Key =
        Key::new(&with_default("auth_url", "https://accounts.pyrus.com/api/v4", "where POST /auth is sent"));
    pub const API_URL: Key = Key::new(
        &key("api_url", "the API base the auth answer names (e.g. https://api.pyrus.com/v4)")
            .example("https://api.pyrus.com/v4"),
    );
    pub const FILES_URL: Key = Key::new(
        &key("files_url", "the file service base the auth answer names (e.g. https://files.pyrus.com)")
            .example("https://files.pyrus.com"),
    );
    pub const TASK: Key = Key::new(&key("task", "default task id for `pyrus upload --task`").example("12345678"));
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
    login: &[keys::AUTH_URL, keys::LOGIN, keys::SECURITY_KEY],
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

/// The cloud's auth host (the default `auth_url`): its API is [`CLOUD_API_URL`].
const CLOUD_AUTH_HOST: &str = "accounts.pyrus.com";

/// The cloud API, as the auth docs' example answer names it.
pub const CLOUD_API_URL: &str = "https://api.pyrus.com/v4";

/// The error codes of a refused token (C# `ErrorCodeType`; the auth docs).
const TOKEN_CODES: &[&str] =
    &["token_not_specified", "revoked_token", "expired_token", "invalid_token", "authorization_error"];

/// The error code of a request larger than Pyrus takes (C# `ErrorCodeType.TooLargeRequestLength`, a 400).
const TOO_LARGE: &str = "too_large_request_length";

/// The API base when the auth answer names none: the configured auth URL's origin + `/v4`
/// (self-hosted Pyrus), or the cloud API when the auth host is the cloud's. Never another
/// host than the one configured, but for the cloud's own pair.
pub fn default_api_url(auth_url: &str) -> Result<String> {
    let url = url::Url::parse(auth_url)
        .map_err(|_| Failure::usage(format!("the Pyrus auth URL `{}` is not a URL", crate::text::escape(auth_url))))?;
    match url.host_str() {
        Some(CLOUD_AUTH_HOST) => Ok(CLOUD_API_URL.to_string()),
        Some(_) => Ok(format!("{}/v4", url.origin().ascii_serialization())),
        None => Err(Failure::usage(format!("the Pyrus auth URL `{}` names no host", crate::text::escape(auth_url)))),
    }
}

/// A session cached by an earlier chatdrop that put a self-hosted server's token on the cloud
/// API (the auth answer named no `api_url`, and the cloud was the fallback): not to be used.
pub fn misdirected(session: &Session, auth_url: &str) -> bool {
    let cloud_auth = url::Url::parse(auth_url).ok().is_some_and(|u| u.host_str() == Some(CLOUD_AUTH_HOST));
    !cloud_auth && session.api_url == CLOUD_API_URL && session.files_url.is_none()
}

/// A URL the auth answer names (`api_url`, `files_url`): absent when empty, trailing `/` cut,
/// refused when it is not an http(s) address.
fn named_url(value: Option<&Value>, field: &str) -> Result<Option<String>> {
    let text = match value {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => s.trim().trim_end_matches('/').to_string(),
        Some(_) => String::new(),
    };
    if text.is_empty() && matches!(value, Some(Value::String(_))) {
        return Ok(None);
    }
    match url::Url::parse(&text) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Ok(Some(text)),
        _ => Err(Failure::general(format!(
            "Pyrus's auth answer names an {field} that is not an http(s) address: {}",
            crate::text::escape(&text.chars().take(200).collect::<String>())
        ))),
    }
}

/// The code and words of an error body in any of Pyrus's shapes (see the module doc).
#[derive(Debug, Default, PartialEq, Eq)]
struct ErrorBody {
    code: Option<String>,
    text: Option<String>,
}

impl ErrorBody {
    /// None when the body is not a JSON object naming an error.
    fn of(reply: &Reply) -> Option<ErrorBody> {
        let value = reply.json_value()?;
        let object = value.as_object()?;
        let code = match object.get("error_code") {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let text = ["error", "error_message", "Message", "message"].iter().find_map(|k| {
            object.get(*k).and_then(Value::as_str).map(str::trim).filter(|t| !t.is_empty()).map(str::to_string)
        });
        // `message` alone is no Pyrus shape: it is read only beside an error code.
        let only_message =
            code.is_none() && !["error", "error_message", "Message"].iter().any(|k| object.contains_key(*k));
        if code.is_none() && (text.is_none() || only_message) {
            return None;
        }
        Some(ErrorBody { code, text })
    }

    /// An error in Pyrus's own shape inside a 2xx: a string `error_code` (the names of
    /// `ErrorCodeType`), or an `error`/`error_message` text. A foreign shape (a numeric code,
    /// `error_msg`) is no Pyrus answer at all, so whether the request landed is unclear.
    fn in_success(reply: &Reply) -> Option<ErrorBody> {
        let value = reply.json_value()?;
        let object = value.as_object()?;
        let named = matches!(object.get("error_code"), Some(Value::String(s)) if !s.trim().is_empty())
            || ["error", "error_message"]
                .iter()
                .any(|k| object.get(*k).and_then(Value::as_str).is_some_and(|t| !t.trim().is_empty()));
        if named { Self::of(reply) } else { None }
    }
}

/// An error answer: a failure status, or a Pyrus error inside a 2xx.
fn is_error(reply: &Reply) -> bool {
    !reply.is_success() || ErrorBody::in_success(reply).is_some()
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

    /// Log in with login + security key. The session's hosts are the ones the answer names,
    /// else the configured auth URL's (see the module doc): never a host nobody named.
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
        // A login issues a token and changes nothing: a dry run logs in too.
        let reply = http.query(http.request(Method::POST, &url).json(&body)).await?;
        let error = ErrorBody::of(&reply);
        if is_error(&reply) {
            let refused = matches!(reply.status.as_u16(), 400 | 401 | 403)
                || error.as_ref().and_then(|e| e.code.as_deref()).is_some_and(|c| c == "invalid_credentials");
            let failure = error_failure(&reply, None);
            return Err(if refused && failure.class != ExitClass::Input {
                Failure::auth(format!("Pyrus refused the login {login}: {}", error_text(&reply)))
                    .with_hint("check the login (email) and the security key (Pyrus: Settings > Security key)")
            } else {
                failure
            });
        }
        let answer: Value = reply.json()?;
        let token = answer["access_token"].as_str().filter(|t| !t.trim().is_empty()).ok_or_else(|| {
            Failure::general(format!("Pyrus answered the login without an access token ({})", reply.describe_body()))
        })?;
        let api_url = match named_url(answer.get("api_url"), "api_url")? {
            Some(url) => url,
            None => default_api_url(&credentials.auth_url)?,
        };
        let files_url = named_url(answer.get("files_url"), "files_url")?;
        Ok(Session { token: Secret::new(token), api_url, files_url })
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
        if reply.status.as_u16() == 404 && is_route_missing(reply) {
            return not_an_api(reply, &session.token.api_url);
        }
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
        let req = form.fill(self.http.request(Method::POST, &url).header(AUTHORIZATION, bearer(session)));
        let reply = self.http.upload(req).await?;
        if let Some(step) = reply.planned() {
            return Ok(Uploaded { guid: crate::plan::from_step(step, "guid"), md5: String::new() });
        }
        if is_error(&reply) {
            return Err(self.refused(&reply, &issued));
        }
        let answer: Value = reply.json()?;
        // Only an answer that names the stored file is a success.
        let Some(guid) = answer["guid"].as_str().map(str::trim).filter(|g| !g.is_empty()) else {
            return Err(Failure::general(format!(
                "Pyrus answered the upload without the file's guid ({})",
                reply.describe_body()
            ))
            .with_retry(Retry::IfResendSafe { after: None }));
        };
        // An early answer: the MD5 of what was sent is known once the body is finished.
        if !tally.finished().await {
            return Err(crate::upload::early_answer(&tally));
        }
        let sent = tally.md5().unwrap_or_default();
        match answer["md5_hash"].as_str().map(str::trim).filter(|m| !m.is_empty()) {
            // Upper or lower case hex: the C# client's fixtures carry upper case.
            Some(server) if !server.eq_ignore_ascii_case(&sent) => Err(Failure::general(format!(
                "integrity check failed: Pyrus stored MD5 {}, but the file sent has MD5 {sent}",
                crate::text::escape(server)
            ))
            .with_hint("the file was corrupted on the way or changed while it was read; upload it again")),
            Some(server) => Ok(Uploaded { guid: guid.to_string(), md5: server.to_ascii_lowercase() }),
            None => Err(Failure::general("Pyrus did not answer the file's MD5, so its integrity cannot be checked")),
        }
    }

    /// Whether task `task_id` is there for this account: `GET {api}/tasks/{id}` (the C# client's
    /// `GetTask`), answered `{"task": {"id", ...}}`. A missing task (404, or 403
    /// `access_denied_task` for one the account cannot see) is a plain not-found failure, so an
    /// upload meant for it stops before anything is sent.
    pub async fn task(&self, task_id: i64) -> Result<()> {
        let issued = self.current().await?;
        let url = format!("{}/tasks/{task_id}", issued.token.api_url);
        let req = self.http.request(Method::GET, &url).header(AUTHORIZATION, bearer(&issued.token));
        let reply = self.http.call(req).await?;
        let error = ErrorBody::of(&reply);
        let code = error.as_ref().and_then(|e| e.code.clone()).unwrap_or_default();
        if is_error(&reply) {
            return Err(match reply.status.as_u16() {
                404 if error.as_ref().is_none_or(|e| e.code.is_none()) && is_route_missing(&reply) => {
                    not_an_api(&reply, &issued.token.api_url)
                }
                404 => no_task(task_id, &reply),
                403 if code == "access_denied_task" => no_task(task_id, &reply),
                _ => self.refused(&reply, &issued),
            });
        }
        match reply.json_value().and_then(|v| v["task"]["id"].as_i64()) {
            Some(_) => Ok(()),
            None => Err(Failure::general(format!(
                "Pyrus answered the question for task {task_id} without the task ({})",
                reply.describe_body()
            ))),
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
        if reply.planned().is_some() {
            return Ok(Commented { task_id, comment_id: 0 });
        }
        let error = ErrorBody::of(&reply);
        if is_error(&reply) {
            return Err(match reply.status.as_u16() {
                // The ASP.NET `{"Message"}` of a route the server does not have: a wrong address.
                404 if error.as_ref().is_none_or(|e| e.code.is_none()) && is_route_missing(&reply) => {
                    not_an_api(&reply, &issued.token.api_url)
                }
                404 => no_task(task_id, &reply),
                _ => self.refused(&reply, &issued),
            });
        }
        let value = reply.json_value().unwrap_or_default();
        // Only an answer that shows the comment is a success; a 200 that does not may still
        // have posted it, so it is never sent again.
        let comment_id =
            value["task"]["comments"].as_array().and_then(|c| c.last()).and_then(|c| c["id"].as_i64()).ok_or_else(
                || {
                    Failure::general(format!(
                        "Pyrus answered the comment without naming it, so whether it was posted is unknown ({})",
                        reply.describe_body()
                    ))
                    .with_retry(Retry::IfResendSafe { after: None })
                },
            )?;
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
            404 if is_route_missing(&reply) => not_an_api(&reply, &url),
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

/// The server's own words in any of its error shapes ("text (code)"), else a description of
/// the body (an HTML page is named by its title, never shown).
/// A task that is not there (or not for this account).
fn no_task(task_id: i64, reply: &Reply) -> Failure {
    Failure::general(format!("no task {task_id}: {}", error_text(reply)))
        .with_hint("check the task id, and that the Pyrus account can see the task")
}

fn error_text(reply: &Reply) -> String {
    match ErrorBody::of(reply) {
        Some(ErrorBody { code: Some(code), text: Some(text) }) => {
            format!("{} ({})", crate::text::escape(&text), crate::text::escape(&code))
        }
        Some(ErrorBody { code: Some(code), text: None }) => crate::text::escape(&code),
        Some(ErrorBody { code: None, text: Some(text) }) => crate::text::escape(&text),
        _ => reply.describe_status(),
    }
}

/// The ASP.NET answer of a path the server has no route for: `{"Message": ...}` alone.
fn is_route_missing(reply: &Reply) -> bool {
    reply
        .json_value()
        .and_then(|v| v.as_object().map(|o| o.contains_key("Message") && !o.contains_key("error_code")))
        .unwrap_or(false)
}

/// A 404 for a path every Pyrus API has: the address is not a Pyrus API.
fn not_an_api(reply: &Reply, base: &str) -> Failure {
    Failure::general(format!(
        "there is no Pyrus API at {} (HTTP 404: {})",
        crate::secret::redact::url(base),
        error_text(reply)
    ))
    .with_problem(Problem::WrongServerUrl)
}

/// An error answer (or an error body in a 2xx) as a failure; a refused token asks for a fresh
/// login when one is possible (`renewable`: the generation of the token that was used).
fn error_failure(reply: &Reply, renewable: Option<u64>) -> Failure {
    let text = error_text(reply);
    let code = ErrorBody::of(reply).and_then(|e| e.code).unwrap_or_default();
    let status = reply.status.as_u16();
    if status == 401 || TOKEN_CODES.contains(&code.as_str()) {
        let failure = Failure::auth(format!("Pyrus rejected the token: {text}")).with_problem(Problem::TokenRejected);
        return match renewable {
            Some(generation) => failure.with_retry(Retry::Reauthenticate { generation }),
            None => failure,
        };
    }
    if status == 413 || code == TOO_LARGE {
        return Failure::input(format!("Pyrus refused the file as too large: {text}")).with_hint(LIMITS.max_label);
    }
    if status == 429 || code == "too_many_requests" {
        // X-RateLimit-Reset says how many seconds until the window resets.
        let reset = reply
            .headers
            .get("x-ratelimit-reset")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        return Failure::temporary(format!("Pyrus rate limit reached (5,000 requests per 10 minutes): {text}"))
            .with_retry(Retry::Yes { after: reply.retry_after().or(reset) });
    }
    if code == "account_blocked" {
        return Failure::new(ExitClass::Auth, format!("the Pyrus account is blocked: {text}"));
    }
    if reply.is_success() {
        // An error inside a 2xx: the server says what went wrong, so it is not a success.
        return Failure::general(format!("Pyrus refused the request: {text}"));
    }
    status_failure(reply, Some(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_an_api_url_the_api_is_at_the_configured_origin() {
        assert_eq!(default_api_url("https://pyrus.example.com/auth").unwrap(), "https://pyrus.example.com/v4");
        assert_eq!(default_api_url("https://pyrus.example.com/v4").unwrap(), "https://pyrus.example.com/v4");
        assert_eq!(default_api_url("http://127.0.0.1:4711/pyrus/v4").unwrap(), "http://127.0.0.1:4711/v4");
        assert_eq!(default_api_url("https://[::1]:8443/api/v4").unwrap(), "https://[::1]:8443/v4");
        // Only the cloud's own auth host falls back to the cloud API.
        assert_eq!(default_api_url("https://accounts.pyrus.com/api/v4").unwrap(), "https://api.pyrus.com/v4");
        assert_eq!(
            default_api_url("https://accounts.pyrus.com.evil.test/api/v4").unwrap(),
            "https://accounts.pyrus.com.evil.test/v4"
        );
        assert_eq!(default_api_url("not a url").unwrap_err().class, ExitClass::Usage);
    }

    #[test]
    fn a_cached_cloud_api_for_a_self_hosted_login_is_not_used() {
        let session = |api: &str, files: Option<&str>| Session {
            token: Secret::new("t"),
            api_url: api.into(),
            files_url: files.map(str::to_string),
        };
        assert!(misdirected(&session("https://api.pyrus.com/v4", None), "https://pyrus.example.com/v4"));
        assert!(!misdirected(&session("https://api.pyrus.com/v4", None), "https://accounts.pyrus.com/api/v4"));
        assert!(!misdirected(&session("https://pyrus.example.com/v4", None), "https://pyrus.example.com/v4"));
        // A files_url comes only from an auth answer: that answer named the cloud.
        assert!(!misdirected(&session("https://api.pyrus.com/v4", Some("https://files.pyrus.com")), "https://x.test"));
    }

    #[test]
    fn urls_the_auth_answer_names_must_be_http_addresses() {
        let v = |s: &str| Value::String(s.into());
        assert_eq!(
            named_url(Some(&v("https://api.pyrus.com/v4/")), "api_url").unwrap().as_deref(),
            Some("https://api.pyrus.com/v4")
        );
        assert_eq!(named_url(Some(&v("")), "api_url").unwrap(), None);
        assert_eq!(named_url(Some(&Value::Null), "api_url").unwrap(), None);
        assert_eq!(named_url(None, "api_url").unwrap(), None);
        for bad in [v("javascript:alert(1)"), v("api.pyrus.com/v4"), v("file:///etc/passwd"), json!(5)] {
            assert!(named_url(Some(&bad), "api_url").is_err(), "{bad}");
        }
    }

    #[test]
    fn reads_every_error_shape() {
        let text = |status, body| error_text(&Reply::of(status, body));
        assert_eq!(
            text(401, r#"{"error_code":"revoked_token","error":"Token revoked."}"#),
            "Token revoked. (revoked_token)"
        );
        assert_eq!(
            text(400, r#"{"error_code":"invalid_task_id","error_message":"Bad id."}"#),
            "Bad id. (invalid_task_id)"
        );
        assert_eq!(text(404, r#"{"Message":"No HTTP resource was found."}"#), "No HTTP resource was found.");
        assert_eq!(text(400, r#"{"error_code":222}"#), "222");
        assert!(text(502, "<html><title>Bad gateway</title></html>").contains("HTML page titled \"Bad gateway\""));
        assert_eq!(ErrorBody::of(&Reply::of(200, r#"{"guid":"g","md5_hash":"m"}"#)), None);
        assert_eq!(ErrorBody::of(&Reply::of(200, r#"{"message":"hello"}"#)), None);
        // Inside a 2xx only Pyrus's own shape is an error: a foreign one leaves it unclear.
        assert!(is_error(&Reply::of(200, r#"{"error_code":"server_error","error":"x"}"#)));
        assert!(is_error(&Reply::of(200, r#"{"error_message":"x"}"#)));
        assert!(!is_error(&Reply::of(200, r#"{"error_code":2,"error_msg":"SERVICE : busy"}"#)));
        assert!(!is_error(&Reply::of(200, r#"{"Message":"x"}"#)));
        assert!(is_route_missing(&Reply::of(404, r#"{"Message":"No HTTP resource"}"#)));
        assert!(!is_route_missing(&Reply::of(404, r#"{"error_code":"task_not_found","error":"x"}"#)));
    }

    #[test]
    fn maps_codes_to_exit_classes() {
        let f =
            error_failure(&Reply::of(400, r#"{"error_code":"too_large_request_length","error":"Too large."}"#), None);
        assert_eq!(f.class, ExitClass::Input);
        let f = error_failure(&Reply::of(403, r#"{"error_code":"expired_token","error":"Expired."}"#), Some(3));
        assert_eq!((f.class, f.retry), (ExitClass::Auth, Retry::Reauthenticate { generation: 3 }));
        let f = error_failure(&Reply::of(200, r#"{"error_code":"server_error","error":"Oops."}"#), None);
        assert_eq!((f.class, f.retry), (ExitClass::Failure, Retry::No));
        let f = error_failure(&Reply::of(429, r#"{"error_code":"too_many_requests","error":"Slow down."}"#), None);
        assert_eq!(f.class, ExitClass::Temporary);
    }
}
