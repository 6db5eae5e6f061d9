//! The OK.ru (Odnoklassniki) REST adapter for Moments: signed calls to `{url}/fb.do`
//! (apis.md §2.1–2.2), the upload link of `moments.getUploadUrl`, the multipart upload of one
//! image to it, `moments.commit`, and the error table of apis.md §2.5 (errors often come with
//! HTTP 200, so every answer is checked for `error_code`).
//!
//! Only an explicit success is a success: a commit answer is read per photo, and one that
//! reports the photo failed (a failure status, an error object inside a 200) is a failure,
//! while one that says neither is "unknown" (the moment may exist: never sent again without
//! `--resend-unknown`). What is known about the moments answers, and what is assumed, is
//! written down in [`unverified`], the one place every assumption lives. Not the kit's
//! `BearerClient`/`ErrorWords`: every call is signed, and errors come in a 200.

use std::cmp::Ordering;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use md5::{Digest, Md5};
use reqwest::header::CONTENT_TYPE;

use crate::http::Effect;
use crate::services::kit::prelude::*;

/// The settings of OK.ru, one constant each: the code names a setting by its constant, so a
/// misspelt key does not compile, and `KIND` lists these same constants, so the table the
/// config files, env vars and `auth status` go by is the one the code reads.
pub mod keys {
    use crate::services::spec::{Key, key, secret, with_default};

    pub const URL: Key =
        Key::new(&with_default("url", "https://api.ok.ru", "base URL of the REST API (fb.do lives under it)"));
    pub const APPLICATION_KEY: Key =
        Key::new(&key("application_key", "the application's public key").example("CBAXXXXXXXXXXXXXX"));
    pub const ACCESS_TOKEN: Key =
        Key::new(&secret("access_token", "the user's access token (needs the PHOTO_CONTENT permission)"));
    pub const APPLICATION_SECRET_KEY: Key =
        Key::new(&secret("application_secret_key", "the application's secret key (server-side signing)"));
    pub const SESSION_SECRET_KEY: Key = Key::new(&secret(
        "session_secret_key",
        "the session secret key (client-side signing; instead of the app secret)",
    ));
}

/// The registry entry (see `services::ALL`): the settings this adapter reads.
pub const KIND: ServiceKind = ServiceKind::new(&ServiceInfo {
    name: "ok",
    title: "OK.ru",
    keys: &[
        keys::URL,
        keys::APPLICATION_KEY,
        keys::ACCESS_TOKEN,
        keys::APPLICATION_SECRET_KEY,
        keys::SESSION_SECRET_KEY,
        CA_CERT,
        SKIP_SENT,
    ],
    credential_sets: &[
        &[keys::APPLICATION_KEY, keys::ACCESS_TOKEN, keys::APPLICATION_SECRET_KEY],
        &[keys::APPLICATION_KEY, keys::ACCESS_TOKEN, keys::SESSION_SECRET_KEY],
    ],
    login: &[
        keys::URL,
        keys::APPLICATION_KEY,
        keys::ACCESS_TOKEN,
        keys::APPLICATION_SECRET_KEY,
        keys::SESSION_SECRET_KEY,
    ],
});

/// OK.ru has a byte limit (`PHOTO_SIZE_LIMIT_EXCEEDED`) but does not publish it, so only
/// the server checks it.
pub const LIMITS: Limits =
    Limits { max_bytes: None, max_label: "OK.ru refuses images above a byte limit it does not publish" };

/// Parameters never signed (apis.md §2.2 step 2).
const UNSIGNED: &[&str] = &["sig", "access_token", "session_key"];

/// How many upload links to ask for when the ones received are already expired.
const MAX_LINK_TRIES: u32 = 3;

/// An upload link with less than this left is treated as expired.
const LINK_MARGIN: Duration = Duration::from_secs(5);

/// Everything about the moments methods that no primary source confirms (apis.md §2.4 and
/// §7 item 1). Change these, and only these, once a live account shows otherwise.
///
/// Known (with sources):
/// - `moments.getUploadUrl` answers `{"photo_ids": [..], "upload_url", "expires_ms",
///   "ttl_ms"}` (the example page https://apiok.ru/dev/examples/moment_upload, seed 002), the
///   same four fields as `photosV2.getUploadUrl` (its method page,
///   https://apiok.ru/dev/methods/rest/photosV2/photosV2.getUploadUrl).
/// - The upload answers `{"photos": {"<photo_id>": {"token": ".."}}}`, always JSON, `=` often
///   escaped as `\u003d` (the same example page).
/// - Errors are `{"error_code", "error_msg", "error_data"}`, with or without the
///   `invocation-error` header, often in a 200 (https://apiok.ru/en/dev/errors).
/// - `photosV2.commit`, the photo sibling of `moments.commit`, answers per photo:
///   `{"photos": [{"photo_id", "status", "assigned_photo_id"}]}`, `status` `SUCCESS` when the
///   photo was published. Public callers read exactly these fields (public code index ids
///   27306606418: `photos[0].status == "SUCCESS"`; 6674402086, 24821839190, 40875618710:
///   `photos[0].assigned_photo_id`); the official odnoklassniki/ok-unity3d-sdk (2c9268cf,
///   `Assets/Odnoklassniki/Scripts/AbstractOdnoklassniki.cs`) sends `photo_id`, `token`,
///   `comment` and passes the answer on unread. apis.md §8 reads `FAILED` as its failure
///   status; the method page itself is not stored anywhere searchable here (the
///   apiok/documentation repository, cba701bb, holds only an empty template of it).
///
/// Assumed (no source shows it):
/// - the parameters of `moments.getUploadUrl` ([`GET_UPLOAD_URL_PARAMS`]) and of
///   `moments.commit` ([`COMMIT_PHOTOS_PARAM`], [`commit_photos`]): the one public caller
///   (index id 47819881983) sends `type=PHOTO` and `photos=[{"photo_id","token"}]`, and takes
///   any truthy answer as success;
/// - the answer of `moments.commit` ([`commit_outcome`]): read like `photosV2.commit`'s, per
///   photo; `true` or `{"success": true}` (what that caller accepts) and an answer naming the
///   moment (`moment_id`) count as published, `false`, `{"success": false}`, an error object
///   and a status of `FAILED`/`FAILURE`/`ERROR` as refused, anything else as unknown;
/// - the JSON shape of upload errors (any body naming a `PHOTO_*` code counts).
pub mod unverified {
    use serde_json::{Value, json};

    /// Extra parameters of `moments.getUploadUrl`. Its reference page is not public; the only
    /// caller found (third-party) passes `type=PHOTO`. No `count`: one link per moment, as
    /// the example page says to repeat steps 1–2 per moment.
    pub const GET_UPLOAD_URL_PARAMS: &[(&str, &str)] = &[("type", "PHOTO")];

    /// The multipart field of the image, as in the official HTML example (`pic1`).
    pub const UPLOAD_FIELD: &str = "pic1";

    /// The parameter of `moments.commit` that names the uploaded photos.
    pub const COMMIT_PHOTOS_PARAM: &str = "photos";

    /// Its value: a JSON array of `{"photo_id", "token"}` (the one third-party caller).
    pub fn commit_photos(photo_id: &str, token: &str) -> String {
        json!([{ "photo_id": photo_id, "token": token }]).to_string()
    }

    /// Statuses that say the photo was not published (`photosV2.commit` answers `FAILED`).
    const FAILED: &[&str] = &["FAILED", "FAILURE", "ERROR"];

    /// What a commit answer says about one photo.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum CommitOutcome {
        /// Published, under the ids the answer gives (if any).
        Published { moment_id: Option<String>, assigned_photo_id: Option<String> },
        /// Not published: the answer's own words (status or error).
        Failed(String),
        /// The answer says neither: the moment may or may not exist.
        Unclear,
    }

    /// Read the commit answer for `photo_id` (see the module doc for what is assumed).
    pub fn commit_outcome(answer: &Value, photo_id: &str) -> CommitOutcome {
        if let Some(error) = error_of(answer) {
            return CommitOutcome::Failed(error);
        }
        if let Some(photos) = answer.get("photos").and_then(Value::as_array) {
            let entries: Vec<&Value> = photos.iter().filter(|p| p.is_object()).collect();
            let mine = entries.iter().find(|p| text(p.get("photo_id")).as_deref() == Some(photo_id)).or_else(|| {
                // One entry that names no photo can only be about the one sent.
                (entries.len() == 1 && entries[0].get("photo_id").is_none()).then(|| &entries[0])
            });
            let Some(entry) = mine else { return CommitOutcome::Unclear };
            if let Some(error) = error_of(entry) {
                return CommitOutcome::Failed(error);
            }
            return match text(entry.get("status")).map(|s| s.to_ascii_uppercase()) {
                Some(status) if status == "SUCCESS" => CommitOutcome::Published {
                    moment_id: moment_id(entry).or_else(|| moment_id(answer)),
                    assigned_photo_id: text(entry.get("assigned_photo_id")),
                },
                Some(status) if FAILED.contains(&status.as_str()) => CommitOutcome::Failed(format!("status {status}")),
                _ => CommitOutcome::Unclear,
            };
        }
        match answer {
            Value::Bool(true) => CommitOutcome::Published { moment_id: None, assigned_photo_id: None },
            Value::Bool(false) => CommitOutcome::Failed("false".into()),
            Value::Object(o) => match o.get("success") {
                Some(Value::Bool(true)) => {
                    CommitOutcome::Published { moment_id: moment_id(answer), assigned_photo_id: None }
                }
                Some(Value::Bool(false)) => CommitOutcome::Failed("success: false".into()),
                _ => match moment_id(answer) {
                    Some(id) => CommitOutcome::Published { moment_id: Some(id), assigned_photo_id: None },
                    None => CommitOutcome::Unclear,
                },
            },
            _ => CommitOutcome::Unclear,
        }
    }

    /// An error an object carries in its own words (`error_msg`, `error`, `error_code`).
    fn error_of(value: &Value) -> Option<String> {
        let object = value.as_object()?;
        let present = |k: &str| object.get(k).filter(|v| !matches!(v, Value::Null | Value::Bool(false)));
        let code = present("error_code").and_then(|v| text(Some(v)));
        let words = ["error_msg", "error"].iter().find_map(|k| {
            present(k).and_then(|v| match v {
                Value::Object(o) => text(o.get("message")).or_else(|| Some(v.to_string())),
                other => text(Some(other)),
            })
        });
        match (code, words) {
            (None, None) => None,
            (Some(code), None) => Some(format!("error {code}")),
            (None, Some(words)) => Some(words),
            (Some(code), Some(words)) => Some(format!("{words} (error {code})")),
        }
    }

    /// A string or number as text; None for anything else or an empty string.
    fn text(value: Option<&Value>) -> Option<String> {
        match value? {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        }
    }

    /// Where a commit answer may name the new moment.
    pub fn moment_id(answer: &Value) -> Option<String> {
        ["moment_id", "momentId"].iter().find_map(|k| text(answer.get(k)))
    }
}

/// The upload errors of the example page (apis.md §2.4) and what to tell the user.
const PHOTO_ERRORS: &[(&str, &str)] = &[
    ("PHOTO_SIZE_LIMIT_EXCEEDED", "the image file is larger than OK.ru accepts"),
    ("PHOTO_SIZE_TOO_SMALL", "the image is too small (in pixels) for OK.ru"),
    ("PHOTO_SIZE_TOO_BIG", "the image is too large (in pixels) for OK.ru"),
    ("PHOTO_INVALID_FORMAT", "OK.ru does not recognise the image format"),
    ("PHOTO_IMAGE_CORRUPTED", "OK.ru recognised the image format but the content is corrupted"),
    ("PHOTO_NO_IMAGE", "OK.ru found no image in the upload"),
];

/// Error codes and names (apis.md §2.5), for answers that give only one of them.
const ERROR_CODES: &[(i64, &str)] = &[
    (1, "UNKNOWN"),
    (2, "SERVICE"),
    (3, "METHOD"),
    (4, "REQUEST"),
    (7, "ACTION_BLOCKED"),
    (8, "FLOOD_BLOCKED"),
    (9, "IP_BLOCKED"),
    (10, "PERMISSION_DENIED"),
    (11, "LIMIT_REACHED"),
    (12, "CANCELLED"),
    (21, "NOT_MULTIPART"),
    (100, "PARAM"),
    (101, "PARAM_API_KEY"),
    (102, "PARAM_SESSION_EXPIRED"),
    (103, "PARAM_SESSION_KEY"),
    (104, "PARAM_SIGNATURE"),
    (105, "PARAM_RESIGNATURE"),
    (110, "PARAM_USER_ID"),
];

/// The secret that signs requests (apis.md §2.2 step 1).
#[derive(Clone)]
pub enum SigningSecret {
    /// Server-side: the session secret is derived from it and the access token.
    Application(Secret),
    /// Client-side: the session secret key as the OAuth flow returned it.
    Session(Secret),
}

#[derive(Clone)]
pub struct Credentials {
    /// The API base; calls go to `{url}/fb.do`.
    pub url: String,
    pub application_key: String,
    pub access_token: Secret,
    pub secret: SigningSecret,
}

impl Credentials {
    /// The key that ends every signed string.
    pub fn session_secret_key(&self) -> Secret {
        match &self.secret {
            SigningSecret::Session(key) => key.clone(),
            SigningSecret::Application(app) => {
                Secret::new(derived_session_secret(self.access_token.expose(), app.expose()))
            }
        }
    }
}

/// `lowercase(md5_hex(access_token + application_secret_key))`.
pub fn derived_session_secret(access_token: &str, application_secret_key: &str) -> String {
    md5_hex(format!("{access_token}{application_secret_key}").as_bytes())
}

/// The `sig` of a call (apis.md §2.2): every parameter but `sig`, `access_token` and
/// `session_key`, sorted by key in Java String order (UTF-16 code units, as the SDK's
/// TreeMap), joined as `k=v` with no separator and raw (not URL-encoded) values, then the
/// session secret key; MD5 over the UTF-8 bytes, lowercase hex.
pub fn signature(params: &[(&str, &str)], session_secret_key: &str) -> String {
    let mut signed: Vec<&(&str, &str)> = params.iter().filter(|(k, _)| !UNSIGNED.contains(k)).collect();
    signed.sort_by(|a, b| java_order(a.0, b.0));
    let mut text = String::new();
    for (k, v) in signed {
        text.push_str(k);
        text.push('=');
        text.push_str(v);
    }
    text.push_str(session_secret_key);
    md5_hex(text.as_bytes())
}

/// Java's `String.compareTo`: UTF-16 code units, which puts U+E000..U+FFFF after the
/// supplementary planes (their surrogates are 0xD800..0xDFFF), unlike UTF-8 byte order.
fn java_order(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

fn md5_hex(bytes: &[u8]) -> String {
    hex::encode(Md5::digest(bytes))
}

/// An uploaded, not yet committed photo.
#[derive(Debug, Clone)]
pub struct Photo {
    pub photo_id: String,
    /// What `moments.commit` needs to publish the photo: as good as a credential for it.
    pub token: Secret,
}

/// A published moment: the answer of `moments.commit`.
#[derive(Debug, Clone)]
pub struct Committed {
    pub moment_id: Option<String>,
    /// The id the answer gives the published photo (as `photosV2.commit` does), if any.
    pub assigned_photo_id: Option<String>,
    pub answer: Value,
}

/// The account an access token belongs to.
#[derive(Debug, Clone)]
pub struct User {
    pub uid: String,
    pub name: String,
}

/// Where one image goes: the answer of `moments.getUploadUrl`.
#[derive(Debug, Clone)]
struct UploadLink {
    url: String,
    photo_ids: Vec<String>,
    /// Server time (epoch ms) after which the link is dead.
    expires_ms: Option<i64>,
    /// The same from our clock, by `ttl_ms` (immune to clock skew).
    deadline: Option<Instant>,
}

impl UploadLink {
    fn parse(answer: &Value) -> Result<UploadLink> {
        let url = answer["upload_url"]
            .as_str()
            .filter(|u| u.starts_with("http://") || u.starts_with("https://"))
            .ok_or_else(|| Failure::general("OK.ru answered moments.getUploadUrl without an upload_url"))?
            .to_string();
        let photo_ids: Vec<String> = answer["photo_ids"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let number = |v: &Value| v.as_i64().or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()));
        let deadline = number(&answer["ttl_ms"]).map(|ttl| Instant::now() + Duration::from_millis(ttl.max(0) as u64));
        Ok(UploadLink { url, photo_ids, expires_ms: number(&answer["expires_ms"]), deadline })
    }

    /// Past `expires_ms` or `ttl_ms` (less than a small margin left counts as past).
    fn expired(&self) -> bool {
        let margin = LINK_MARGIN.as_millis() as i64;
        let now_ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
        self.expires_ms.is_some_and(|at| at - margin <= now_ms)
            || self.deadline.is_some_and(|at| at.saturating_duration_since(Instant::now()) <= LINK_MARGIN)
    }
}

/// An error answer: `{"error_code", "error_msg", "error_data"}` and/or the
/// `invocation-error` header (apis.md §2.5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub code: Option<i64>,
    /// e.g. PARAM_SIGNATURE, from `error_msg` ("NAME : text"), a named code, or the table.
    pub name: Option<String>,
    /// The server's text, without the name.
    pub text: String,
}

impl ApiError {
    /// The error in an answer, whatever its HTTP status; None for a normal answer.
    pub fn of(reply: &Reply) -> Option<ApiError> {
        let header = reply
            .headers
            .get("invocation-error")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<i64>().ok());
        let value = reply.json_value();
        let object = value.as_ref().and_then(Value::as_object).filter(|o| o.contains_key("error_code"));
        if object.is_none() && header.is_none() {
            return None;
        }
        let field = |k: &str| object.and_then(|o| o.get(k));
        let (mut code, mut name) = match field("error_code") {
            Some(Value::Number(n)) => (n.as_i64(), None),
            Some(Value::String(s)) => match s.trim().parse::<i64>() {
                Ok(n) => (Some(n), None),
                Err(_) => (None, Some(s.trim().to_string())),
            },
            _ => (None, None),
        };
        code = code.or(header);
        let message = field("error_msg").and_then(Value::as_str).unwrap_or("").trim().to_string();
        let text = match message.split_once(" : ") {
            Some((prefix, rest)) if is_error_name(prefix.trim()) => {
                name = name.or_else(|| Some(prefix.trim().to_string()));
                rest.trim().to_string()
            }
            _ if is_error_name(&message) => {
                name = name.or_else(|| Some(message.clone()));
                String::new()
            }
            _ => message,
        };
        let name = name.or_else(|| {
            let code = code?;
            ERROR_CODES.iter().find(|(c, _)| *c == code).map(|(_, n)| n.to_string())
        });
        Some(ApiError { code, name, text: crate::text::escape(&text) })
    }

    /// "PARAM_SIGNATURE (104): No signature specified", as far as it is known.
    pub fn describe(&self) -> String {
        let head = match (&self.name, self.code) {
            (Some(name), Some(code)) => format!("{name} ({code})"),
            (Some(name), None) => name.clone(),
            (None, Some(code)) => format!("error {code}"),
            (None, None) => "an error".into(),
        };
        if self.text.is_empty() { head } else { format!("{head}: {}", self.text) }
    }
}

fn is_error_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}

/// The failure for an API error: the one table of messages, exit classes and retries.
/// `flood_wait` is how long to wait before retrying after FLOOD_BLOCKED / LIMIT_REACHED.
pub fn api_failure(error: &ApiError, method: &str, flood_wait: Duration) -> Failure {
    let what = error.describe();
    let name = error.name.as_deref().unwrap_or("");
    if let Some(failure) = photo_failure(name, &what) {
        return failure;
    }
    match name {
        "PARAM_SIGNATURE" | "PARAM_RESIGNATURE" => {
            Failure::auth(format!("OK.ru rejected the request signature ({what})"))
                .with_problem(Problem::CredentialsMismatch)
        }
        "PARAM_SESSION_EXPIRED" | "PARAM_SESSION_KEY" => {
            Failure::auth(format!("OK.ru rejected the access token: the session expired or is invalid ({what})"))
                .with_problem(Problem::TokenRejected)
        }
        "PARAM_API_KEY" => Failure::auth(format!("OK.ru does not know the application_key ({what})"))
            .with_problem(Problem::UnknownApplication),
        "PERMISSION_DENIED" => {
            Failure::auth(format!("OK.ru denied {method}: Moments need the PHOTO_CONTENT permission ({what})"))
                .with_problem(Problem::NeedsPermission("PHOTO_CONTENT"))
        }
        "FLOOD_BLOCKED" | "LIMIT_REACHED" => {
            Failure::temporary(format!("OK.ru rate limit: too many requests ({what})"))
                .with_hint("wait a while before publishing more moments")
                .with_retry(Retry::Yes { after: Some(flood_wait) })
        }
        "SERVICE" => Failure::temporary(format!("OK.ru is temporarily unavailable ({what})"))
            .with_retry(Retry::IfResendSafe { after: None }),
        "ACTION_BLOCKED" | "IP_BLOCKED" => Failure::general(format!("OK.ru blocked {method} ({what})"))
            .with_hint("the account, application or address is blocked by OK.ru; check the account in a browser"),
        _ => Failure::general(format!("OK.ru refused {method}: {what}")),
    }
}

/// A PHOTO_* upload error (exit 6), when `name` is one.
fn photo_failure(name: &str, what: &str) -> Option<Failure> {
    let (_, meaning) = PHOTO_ERRORS.iter().find(|(n, _)| *n == name)?;
    let hint = match name {
        "PHOTO_SIZE_LIMIT_EXCEEDED" => "send a smaller file (recompress or scale the image down)",
        "PHOTO_SIZE_TOO_SMALL" => "send a larger image",
        "PHOTO_SIZE_TOO_BIG" => "scale the image down",
        _ => "send a valid JPEG, PNG or GIF image",
    };
    Some(Failure::input(format!("{meaning} ({what})")).with_hint(hint))
}

/// The error of an upload answer, whatever its shape (UNVERIFIED, apis.md §2.4): a body that
/// names a PHOTO_* code, an OK-style error, `{"error": ...}`, or an error status.
fn upload_error(reply: &Reply, flood_wait: Duration) -> Option<Failure> {
    let body = String::from_utf8_lossy(&reply.body);
    if let Some((name, _)) = PHOTO_ERRORS.iter().find(|(n, _)| body.contains(n)) {
        let text = ApiError::of(reply).map(|e| e.describe()).unwrap_or_else(|| name.to_string());
        return photo_failure(name, &text);
    }
    if let Some(error) = ApiError::of(reply) {
        return Some(match error.name.as_deref() {
            // The link's own token (apiToken) was refused: a new link is the cure.
            Some("PARAM_SESSION_EXPIRED" | "PARAM_SESSION_KEY" | "PARAM_SIGNATURE") => link_expired(&error.describe()),
            _ => api_failure(&error, "the upload", flood_wait),
        });
    }
    let value = reply.json_value();
    if let Some(error) = value.as_ref().and_then(|v| v.get("error")).filter(|e| !e.is_null()) {
        let text = match error {
            Value::String(s) => s.clone(),
            other => other.get("message").and_then(Value::as_str).map(str::to_string).unwrap_or(other.to_string()),
        };
        return Some(Failure::general(format!("OK.ru refused the upload: {}", crate::text::escape(&text))));
    }
    (!reply.is_success()).then(|| status_failure(reply, None).context("uploading to OK.ru"))
}

fn link_expired(detail: &str) -> Failure {
    Failure::temporary(format!("the OK.ru upload link expired before the upload finished ({detail})"))
        .with_retry(Retry::Yes { after: None })
}

/// The key of a dry run's placeholder answer to a planned call (no OK.ru answer has it).
const PLANNED_STEP: &str = "chatdrop_planned_step";

/// The step a placeholder answer of [`OkRu::call`] stands for, in a dry run.
fn planned_step(answer: &Value) -> Option<usize> {
    answer.get(PLANNED_STEP)?.as_u64().map(|s| s as usize)
}

/// The OK.ru client for one set of credentials.
pub struct OkRu {
    http: Arc<Http>,
    credentials: Credentials,
    session_secret_key: Secret,
    flood_wait: Duration,
}

impl OkRu {
    /// `flood_wait`: the pause before retrying after FLOOD_BLOCKED / LIMIT_REACHED.
    pub fn new(http: Arc<Http>, credentials: Credentials, flood_wait: Duration) -> Self {
        // Each is a `Secret`, registered with the redaction as it was made.
        let session_secret_key = credentials.session_secret_key();
        OkRu { http, credentials, session_secret_key, flood_wait }
    }

    /// One signed REST call; the answer, or the failure its error maps to. Every call is a
    /// POST: `effect` declares whether this method changes anything on OK.ru (a dry run
    /// plans those instead, and answers [`planned_step`]'s placeholder).
    pub async fn call(&self, method: &str, extra: &[(&str, &str)], effect: Effect) -> Result<Value> {
        let mut params: Vec<(&str, &str)> =
            vec![("application_key", &self.credentials.application_key), ("format", "json"), ("method", method)];
        params.extend_from_slice(extra);
        let sig = signature(&params, self.session_secret_key.expose());
        params.push(("sig", &sig));
        params.push(("access_token", self.credentials.access_token.expose()));
        let body = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(&params).finish();
        let url = format!("{}/fb.do", self.credentials.url);
        let req =
            self.http.request(Method::POST, &url).header(CONTENT_TYPE, "application/x-www-form-urlencoded").body(body);
        let reply = match effect {
            Effect::Reads => self.http.query(req).await?,
            Effect::Writes => self.http.call(req).await?,
        };
        if let Some(step) = reply.planned() {
            return Ok(serde_json::json!({ PLANNED_STEP: step }));
        }
        if let Some(error) = ApiError::of(&reply) {
            return Err(api_failure(&error, method, self.flood_wait));
        }
        if !reply.is_success() {
            return Err(status_failure(&reply, None).context(format!("OK.ru {method}")));
        }
        reply.json::<Value>()
    }

    /// Who the access token belongs to (the cheap call `login` checks credentials with).
    pub async fn current_user(&self) -> Result<User> {
        let answer = self.call("users.getCurrentUser", &[], Effect::Reads).await?;
        let text = |k: &str| match &answer[k] {
            Value::String(s) => Some(s.clone()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        };
        let uid = text("uid").unwrap_or_default();
        let name = text("name")
            .or_else(|| {
                let full =
                    format!("{} {}", text("first_name").unwrap_or_default(), text("last_name").unwrap_or_default());
                (!full.trim().is_empty()).then(|| full.trim().to_string())
            })
            .unwrap_or_else(|| format!("user {uid}"));
        Ok(User { uid, name })
    }

    /// A live upload link; links that arrive already expired are replaced by new ones.
    async fn upload_link(&self) -> Result<UploadLink> {
        let mut tries = 0;
        loop {
            // It reserves photo ids on OK.ru: a write, planned by a dry run.
            let answer = self.call("moments.getUploadUrl", unverified::GET_UPLOAD_URL_PARAMS, Effect::Writes).await?;
            if let Some(step) = planned_step(&answer) {
                let photo_id = crate::plan::from_step(step, "photo_ids");
                return Ok(UploadLink {
                    url: crate::plan::placeholder_url(step, "upload_url"),
                    photo_ids: vec![photo_id],
                    expires_ms: None,
                    deadline: None,
                });
            }
            let link = UploadLink::parse(&answer)?;
            tries += 1;
            // After several dead links our clock is more likely wrong than the server:
            // the upload itself will tell.
            if !link.expired() || tries >= MAX_LINK_TRIES {
                return Ok(link);
            }
        }
    }

    /// Steps 1–2 for one image: a fresh upload link, then the image as multipart to it.
    /// The photo is not published until [`OkRu::commit`].
    pub async fn upload(&self, payload: Payload) -> Result<Photo> {
        let link = self.upload_link().await?;
        let form = Multipart::new().file(unverified::UPLOAD_FIELD, FileNameStyle::Quoted, payload);
        let reply = match self.http.upload(form.fill(self.http.request(Method::POST, &link.url))).await {
            Ok(reply) => reply,
            Err(f) if link.expired() => return Err(link_expired(&f.message)),
            Err(f) => return Err(f),
        };
        if let Some(step) = reply.planned() {
            let photo_id = link.photo_ids.first().cloned().unwrap_or_default();
            return Ok(Photo { photo_id, token: Secret::new(crate::plan::from_step(step, "token")) });
        }
        if let Some(failure) = upload_error(&reply, self.flood_wait) {
            return Err(match failure.class {
                ExitClass::Input | ExitClass::Auth => failure,
                _ if link.expired() => link_expired(&failure.message),
                _ => failure,
            });
        }
        let answer: Value = reply.json()?;
        let photos = answer["photos"].as_object().filter(|p| !p.is_empty()).ok_or_else(|| {
            Failure::general("OK.ru accepted the upload but its answer names no photo")
                .with_retry(Retry::IfResendSafe { after: None })
        })?;
        // The id the link was issued for, else the only one answered.
        let (photo_id, entry) = link
            .photo_ids
            .iter()
            .find_map(|id| photos.get_key_value(id))
            .or_else(|| (photos.len() == 1).then(|| photos.iter().next()).flatten())
            .ok_or_else(|| {
                Failure::general("OK.ru answered the upload with photos other than the one it was sent for")
            })?;
        let token = entry["token"].as_str().filter(|t| !t.is_empty()).ok_or_else(|| {
            Failure::general(format!("OK.ru answered the upload of photo {photo_id} without a token"))
        })?;
        Ok(Photo { photo_id: photo_id.clone(), token: Secret::new(token) })
    }

    /// Step 3: publish one uploaded photo as a moment. Never resend on an unclear outcome:
    /// only an answer that says the photo was published is a success, one that says it failed
    /// is a failure, and one that says neither may have published it.
    pub async fn commit(&self, photo: &Photo) -> Result<Committed> {
        let photos = unverified::commit_photos(&photo.photo_id, photo.token.expose());
        let answer = self.call("moments.commit", &[(unverified::COMMIT_PHOTOS_PARAM, &photos)], Effect::Writes).await?;
        if let Some(step) = planned_step(&answer) {
            let moment_id = crate::plan::from_step(step, "moment_id");
            return Ok(Committed { moment_id: Some(moment_id), assigned_photo_id: None, answer: Value::Null });
        }
        let shown = || {
            let mut shown = answer.clone();
            crate::http::redact_json(&mut shown);
            crate::text::escape(&shown.to_string().chars().take(300).collect::<String>())
        };
        match unverified::commit_outcome(&answer, &photo.photo_id) {
            unverified::CommitOutcome::Published { moment_id, assigned_photo_id } => {
                Ok(Committed { moment_id, assigned_photo_id, answer })
            }
            unverified::CommitOutcome::Failed(reason) => Err(Failure::general(format!(
                "OK.ru did not publish photo {} as a moment: {}",
                photo.photo_id,
                crate::text::escape(&reason)
            ))),
            unverified::CommitOutcome::Unclear => Err(Failure::general(format!(
                "OK.ru answered the commit of photo {} without saying whether the moment was published (it answered {})",
                photo.photo_id,
                shown()
            ))
            .with_retry(Retry::IfResendSafe { after: None })),
        }
    }
}

impl Target for OkRu {
    type Output = Photo;

    /// A resent upload only leaves an uncommitted photo behind, which OK.ru discards.
    fn resend_safe(&self) -> bool {
        true
    }

    fn send(&self, payload: Payload) -> impl Future<Output = Result<Photo>> + Send {
        self.upload(payload)
    }
}

/// Static credentials: nothing to renew.
impl crate::upload::retry::Renew for OkRu {}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    // apis.md §2.3 (aiookru docs, recomputed).
    const APP_KEY: &str = "ABCDEFGHIGKLMNOPK";
    const APP_SECRET: &str = "ABC123DEF456GHI789JKL123";
    const TOKEN: &str = "-s-84W-s3egarWUsbkq-IWTucuedzTKT8VUXIA.s4Xx8IW7";

    fn vector_params() -> Vec<(&'static str, &'static str)> {
        vec![("method", "events.get"), ("access_token", TOKEN), ("format", "json"), ("application_key", APP_KEY)]
    }

    #[test]
    fn server_server_vector_of_apis_2_3() {
        let secret = derived_session_secret(TOKEN, APP_SECRET);
        assert_eq!(secret, "b1a2b89707a94624c43afae67d59274c");
        assert_eq!(
            md5_hex(b"application_key=ABCDEFGHIGKLMNOPKformat=jsonmethod=events.getb1a2b89707a94624c43afae67d59274c"),
            "232c8eb921951c4dba9b72606f9ddb4c"
        );
        assert_eq!(signature(&vector_params(), &secret), "232c8eb921951c4dba9b72606f9ddb4c");
        let credentials = Credentials {
            url: String::new(),
            application_key: APP_KEY.into(),
            access_token: Secret::new(TOKEN),
            secret: SigningSecret::Application(Secret::new(APP_SECRET)),
        };
        assert_eq!(credentials.session_secret_key().expose(), secret);
    }

    #[test]
    fn client_server_vector_of_apis_2_3() {
        let credentials = Credentials {
            url: String::new(),
            application_key: APP_KEY.into(),
            access_token: Secret::new(TOKEN),
            secret: SigningSecret::Session(Secret::new("ae5362b5b588cc7294c2414d71b74d5d")),
        };
        assert_eq!(
            signature(&vector_params(), credentials.session_secret_key().expose()),
            "03a41413523ea8092507949d6e711963"
        );
    }

    #[test]
    fn signs_raw_utf8_values_and_skips_session_parameters() {
        let with_extra = [("b", "x y&z"), ("a", "Привет"), ("session_key", "s"), ("sig", "old")];
        assert_eq!(signature(&with_extra, "K"), md5_hex("a=Приветb=x y&zK".as_bytes()));
    }

    #[test]
    fn sorts_keys_in_java_utf16_order() {
        // U+1F600 is the surrogate pair D83D DE00 in UTF-16 (before U+FF21) but F0.. in
        // UTF-8 (after EF BC A1): Java and Rust's own order disagree here.
        let emoji = "\u{1F600}";
        let fullwidth = "\u{FF21}";
        assert_eq!(java_order(emoji, fullwidth), Ordering::Less);
        assert_eq!(emoji.cmp(fullwidth), Ordering::Greater);
        let params = [(fullwidth, "1"), (emoji, "2")];
        assert_eq!(signature(&params, "K"), md5_hex(format!("{emoji}=2{fullwidth}=1K").as_bytes()));
        assert_eq!(java_order("a", "ab"), Ordering::Less);
        assert_eq!(java_order("format", "application_key"), Ordering::Greater);
    }

    fn reply(status: u16, body: &str, header: Option<&str>) -> Reply {
        let mut reply = Reply::of(status, body);
        reply
            .headers
            .extend(header.map(|h| (reqwest::header::HeaderName::from_static("invocation-error"), h.parse().unwrap())));
        reply
    }

    #[test]
    fn reads_errors_on_any_status_in_every_shape() {
        let e = ApiError::of(&reply(
            200,
            r#"{"error_data":null,"error_code":104,"error_msg":"PARAM_SIGNATURE : No signature specified"}"#,
            None,
        ))
        .unwrap();
        assert_eq!(e.code, Some(104));
        assert_eq!(e.name.as_deref(), Some("PARAM_SIGNATURE"));
        assert_eq!(e.describe(), "PARAM_SIGNATURE (104): No signature specified");
        let e = ApiError::of(&reply(400, r#"{"error_code":"102","error_msg":"Session expired"}"#, None)).unwrap();
        assert_eq!(e.name.as_deref(), Some("PARAM_SESSION_EXPIRED"));
        let e = ApiError::of(&reply(500, "oops", Some("8"))).unwrap();
        assert_eq!(e.name.as_deref(), Some("FLOOD_BLOCKED"));
        assert!(ApiError::of(&reply(200, r#"{"photo_ids":[]}"#, None)).is_none());
    }

    #[test]
    fn maps_errors_to_exit_classes_and_retries() {
        let wait = Duration::from_secs(5);
        let of = |body: &str| api_failure(&ApiError::of(&reply(200, body, None)).unwrap(), "moments.commit", wait);
        let sig = of(r#"{"error_code":104,"error_msg":"PARAM_SIGNATURE : Invalid signature"}"#);
        assert_eq!((sig.class, sig.retry), (ExitClass::Auth, Retry::No));
        assert!(sig.message.contains("signature"));
        assert_eq!(of(r#"{"error_code":102,"error_msg":"x"}"#).class, ExitClass::Auth);
        let perm = of(r#"{"error_code":10,"error_msg":"PERMISSION_DENIED : no PHOTO_CONTENT"}"#);
        assert_eq!(perm.class, ExitClass::Auth);
        assert!(perm.message.contains("PHOTO_CONTENT"));
        for code in [8, 11] {
            let flood = of(&format!(r#"{{"error_code":{code},"error_msg":"x"}}"#));
            assert_eq!((flood.class, flood.retry), (ExitClass::Temporary, Retry::Yes { after: Some(wait) }));
        }
        assert_eq!(of(r#"{"error_code":100,"error_msg":"PARAM : bad photos"}"#).class, ExitClass::Failure);
    }

    #[test]
    fn upload_errors_are_found_in_any_shape() {
        for body in [
            r#"{"error_code":"PHOTO_INVALID_FORMAT","error_msg":"bad"}"#,
            r#"{"error_code":1,"error_msg":"PHOTO_INVALID_FORMAT : bad"}"#,
            r#"{"error":"PHOTO_INVALID_FORMAT"}"#,
            r#"{"error":{"code":"PHOTO_INVALID_FORMAT","message":"bad"}}"#,
        ] {
            let f = upload_error(&reply(400, body, None), Duration::ZERO).unwrap();
            assert_eq!(f.class, ExitClass::Input, "{body}");
            assert!(f.message.contains("format"), "{}", f.message);
        }
        let f = upload_error(&reply(200, r#"{"error":"quota"}"#, None), Duration::ZERO).unwrap();
        assert_eq!(f.class, ExitClass::Failure);
        assert!(upload_error(&reply(200, r#"{"photos":{"a":{"token":"t"}}}"#, None), Duration::ZERO).is_none());
    }

    #[test]
    fn unverified_commit_shapes() {
        use unverified::CommitOutcome::{Failed, Published, Unclear};
        let photos: Value = serde_json::from_str(&unverified::commit_photos("id=", "tok")).unwrap();
        assert_eq!(photos, json!([{ "photo_id": "id=", "token": "tok" }]));
        let of = |v: Value| unverified::commit_outcome(&v, "P1");
        // photosV2.commit's shape, per photo.
        assert_eq!(
            of(json!({ "photos": [{ "photo_id": "P1", "status": "SUCCESS", "assigned_photo_id": 9001 }] })),
            Published { moment_id: None, assigned_photo_id: Some("9001".into()) }
        );
        assert_eq!(of(json!({ "photos": [{ "photo_id": "P1", "status": "FAILED" }] })), Failed("status FAILED".into()));
        assert_eq!(
            of(
                json!({ "photos": [{ "photo_id": "P0", "status": "SUCCESS" }, { "photo_id": "P1", "status": "failure" }] })
            ),
            Failed("status FAILURE".into())
        );
        assert_eq!(of(json!({ "photos": [{ "photo_id": "P1", "status": "PROCESSING" }] })), Unclear);
        assert_eq!(of(json!({ "photos": [{ "photo_id": "P1" }] })), Unclear);
        assert_eq!(of(json!({ "photos": [{ "photo_id": "P0", "status": "SUCCESS" }] })), Unclear, "another photo");
        assert_eq!(of(json!({ "photos": [] })), Unclear);
        // Errors inside a 200.
        assert_eq!(
            of(json!({ "error_code": 100, "error_msg": "PARAM : bad" })),
            Failed("PARAM : bad (error 100)".into())
        );
        assert_eq!(of(json!({ "photos": [{ "photo_id": "P1", "error": "quota" }] })), Failed("quota".into()));
        // What the one public caller of moments.commit accepts, and what names the moment.
        assert_eq!(of(json!(true)), Published { moment_id: None, assigned_photo_id: None });
        assert_eq!(
            of(json!({ "success": true, "moment_id": 42 })),
            Published { moment_id: Some("42".into()), assigned_photo_id: None }
        );
        assert_eq!(
            of(json!({ "moment_id": "m-1" })),
            Published { moment_id: Some("m-1".into()), assigned_photo_id: None }
        );
        assert_eq!(of(json!(false)), Failed("false".into()));
        assert_eq!(of(json!({ "success": false })), Failed("success: false".into()));
        for unclear in [json!(null), json!(1), json!("ok"), json!({}), json!({ "result": "done" }), json!([true])] {
            assert_eq!(of(unclear.clone()), Unclear, "{unclear}");
        }
    }

    #[test]
    fn upload_links_expire_by_either_clock() {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis() as i64;
        let link = |v: Value| UploadLink::parse(&v).unwrap();
        let live = link(
            json!({ "upload_url": "https://u", "photo_ids": ["a"], "expires_ms": now + 86_400_000, "ttl_ms": 86_400_000 }),
        );
        assert!(!live.expired());
        assert!(link(json!({ "upload_url": "https://u", "expires_ms": now - 1 })).expired());
        assert!(link(json!({ "upload_url": "https://u", "expires_ms": now + 86_400_000, "ttl_ms": 0 })).expired());
        assert!(UploadLink::parse(&json!({ "photo_ids": [] })).is_err());
    }
}
