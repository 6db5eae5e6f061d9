//! The Protocol fake (attachments): `GET|POST /v1/attachments`, `GET|PUT|DELETE
//! /v1/attachments/{id}`, and the files behind each `file_url` at `/files/{id}/{name}`.
//! It checks what the template documents: a Bearer token, a multipart upload with a real
//! file part `file` (a text field named `file`, as the docs' curl example would send, is
//! refused), known conversations, `limit` 1..100 (default 10), `starting_after` /
//! `ending_before` cursors over a newest-first list answered as `{has_more, data}`, renames
//! by form or JSON `filename`, and errors `{type, message, documentation_url}`.
//! `GET /v1/conversations` lists the conversations (the template's model: id, contact_id,
//! group_id, is_pinned, is_muted, last_active_at, created_at, …) with the same paging.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{Extension, Path, RawQuery, State as AxState};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Value, json};

use super::store::{self, StoredFile};
use super::{Seq, State, bearer, json_reply, new_uuid, wire};

pub const TOKEN: &str = "sandbox-protocol-token";
/// A conversation that exists in the fake (the id of the template's examples).
pub const CONVERSATION: &str = "xgQQXg3hrtjh7AvZ";
/// No size limit is documented; this only keeps the fake's disk use sane.
const MAX_BODY: u64 = 8 * 1024 * 1024 * 1024;
/// Lists hold 10 items unless `limit` asks for up to 100 (apis.md §5.3).
const DEFAULT_PAGE: usize = 10;
const MAX_PAGE: usize = 100;

/// One attachment the fake holds.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct FakeAttachment {
    pub id: String,
    pub message_id: Option<String>,
    pub conversation_id: Option<String>,
    pub filename: String,
    pub file_type: String,
    pub file_size: u64,
    pub created_at: i64,
    pub md5: String,
    path: Option<PathBuf>,
}

impl FakeAttachment {
    fn to_json(&self, base: &str) -> Value {
        json!({
            "id": self.id,
            "message_id": self.message_id,
            "filename": self.filename,
            "file_url": file_url(base, &self.id, &self.filename),
            "file_type": self.file_type,
            "file_size": self.file_size,
            "created_at": self.created_at,
        })
    }
}

pub struct FakeState {
    inner: super::Persisted<Inner>,
}

impl Default for FakeState {
    fn default() -> Self {
        let conversations = BTreeMap::from([(CONVERSATION.to_string(), now())]);
        FakeState { inner: super::Persisted::new(Inner { attachments: Vec::new(), conversations }) }
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Inner {
    /// Oldest first; lists answer newest first.
    attachments: Vec<FakeAttachment>,
    /// Every conversation (the template's id, plus any added) -> its `last_active_at`.
    conversations: BTreeMap<String, i64>,
}

impl FakeState {
    fn lock(&self) -> super::persist::Guard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Make another conversation exist.
    pub fn add_conversation(&self, id: &str) {
        let at = now();
        self.lock().conversations.insert(id.to_string(), at);
    }

    /// Add `count` conversations (for paging tests); their ids, newest activity first.
    pub fn seed_conversations(&self, count: usize) -> Vec<String> {
        let mut inner = self.lock();
        let base = now() - 1_000;
        let start = inner.conversations.len() as i64;
        let ids: Vec<String> = (0..count).map(|_| new_id()).collect();
        for (n, id) in ids.iter().enumerate() {
            // Older than the template's conversation, each older than the one before.
            inner.conversations.insert(id.clone(), base - start - n as i64);
        }
        ids
    }

    /// Add `count` attachments without uploads (for paging tests); their ids, oldest first.
    /// They are named `seed-<n>.txt`, hold no bytes on disk and belong to `conversation`.
    pub fn seed(&self, count: usize, conversation: Option<&str>) -> Vec<String> {
        let mut inner = self.lock();
        let start = inner.attachments.len();
        (0..count)
            .map(|n| {
                let a = FakeAttachment {
                    id: new_id(),
                    message_id: conversation.map(|_| new_id()),
                    conversation_id: conversation.map(str::to_string),
                    filename: format!("seed-{}.txt", start + n + 1),
                    file_type: "text/plain".into(),
                    file_size: 100 + n as u64,
                    created_at: now(),
                    md5: String::new(),
                    path: None,
                };
                let id = a.id.clone();
                inner.attachments.push(a);
                id
            })
            .collect()
    }

    pub fn attachment(&self, id: &str) -> Option<FakeAttachment> {
        self.lock().attachments.iter().find(|a| a.id == id).cloned()
    }

    /// Every attachment, oldest first.
    pub fn attachments(&self) -> Vec<FakeAttachment> {
        self.lock().attachments.clone()
    }

    fn knows_conversation(&self, id: &str) -> bool {
        self.lock().conversations.contains_key(id)
    }
}

pub fn settings(base: &str) -> std::collections::BTreeMap<String, String> {
    std::collections::BTreeMap::from([
        ("url".to_string(), format!("{base}/protocol")),
        ("token".to_string(), TOKEN.to_string()),
        ("conversation".to_string(), CONVERSATION.to_string()),
    ])
}

pub fn routes() -> Router<Arc<State>> {
    Router::new()
        .route("/v1/attachments", get(list).post(create))
        .route("/v1/conversations", get(conversations))
        .route("/v1/attachments/{id}", get(show).put(update).delete(remove))
        .route("/files/{id}/{name}", get(download))
}

fn error(status: StatusCode, kind: &str, message: &str) -> Response {
    json_reply(
        status,
        json!({
            "type": kind,
            "message": message,
            "documentation_url": format!("https://protocol.chat/docs/errors/{kind}"),
        }),
    )
}

fn bad_request(message: &str) -> Response {
    error(StatusCode::BAD_REQUEST, "invalid_request", message)
}

fn no_attachment(id: &str) -> Response {
    error(StatusCode::NOT_FOUND, "invalid_request", &format!("No attachment with id {id}."))
}

fn no_conversation(id: &str) -> Response {
    error(StatusCode::NOT_FOUND, "invalid_request", &format!("No conversation with id {id}."))
}

fn check_token(headers: &HeaderMap) -> Result<(), Response> {
    match bearer(headers) {
        Some(token) if token == TOKEN => Ok(()),
        Some(_) => Err(error(StatusCode::UNAUTHORIZED, "invalid_request", "The API token is invalid.")),
        None => Err(error(
            StatusCode::UNAUTHORIZED,
            "invalid_request",
            "No API token given: send Authorization: Bearer {token}.",
        )),
    }
}

/// An id like the template's `Nc6yKKMpcxiiFxp6`: 16 alphanumerics (from a random UUID's
/// ~122 random bits; 16 base-62 digits need 96).
fn new_id() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let hex: String = new_uuid().chars().filter(char::is_ascii_hexdigit).collect();
    let mut bits = u128::from_str_radix(&hex, 16).unwrap_or_default();
    (0..16)
        .map(|_| {
            let c = ALPHABET[(bits % 62) as usize] as char;
            bits /= 62;
            c
        })
        .collect()
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// Everything but RFC 3986 unreserved characters is escaped in the name's path segment.
const SEGMENT: &percent_encoding::AsciiSet =
    &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

fn file_url(base: &str, id: &str, name: &str) -> String {
    let name = percent_encoding::utf8_percent_encode(name, SEGMENT);
    format!("{base}/protocol/files/{id}/{name}")
}

/// The query string as pairs, decoded.
fn query_pairs(query: Option<&str>) -> Vec<(String, String)> {
    url::form_urlencoded::parse(query.unwrap_or("").as_bytes()).into_owned().collect()
}

/// One page of a newest-first list: after `starting_after`, or before `ending_before` (not
/// both), at most `limit` items, and whether more follow in that direction.
fn paged<'a, T>(
    newest_first: &[&'a T],
    id_of: impl Fn(&T) -> &str,
    limit: usize,
    after: Option<String>,
    before: Option<String>,
    noun: &str,
) -> Result<(Vec<&'a T>, bool), Response> {
    if after.is_some() && before.is_some() {
        return Err(bad_request("Give starting_after or ending_before, not both."));
    }
    let position = |id: &str| newest_first.iter().position(|x| id_of(x) == id);
    Ok(match (&after, &before) {
        (Some(id), _) => {
            let Some(at) = position(id) else {
                return Err(bad_request(&format!("starting_after: no {noun} with id {id} in this list.")));
            };
            let rest = &newest_first[at + 1..];
            (rest.iter().take(limit).copied().collect(), rest.len() > limit)
        }
        (_, Some(id)) => {
            let Some(at) = position(id) else {
                return Err(bad_request(&format!("ending_before: no {noun} with id {id} in this list.")));
            };
            let rest = &newest_first[..at];
            (rest[rest.len().saturating_sub(limit)..].to_vec(), rest.len() > limit)
        }
        _ => (newest_first.iter().take(limit).copied().collect(), newest_first.len() > limit),
    })
}

/// The `limit` parameter: 1..=100, 10 when absent.
fn limit_of(param: Option<String>) -> Result<usize, Response> {
    match param {
        None => Ok(DEFAULT_PAGE),
        Some(v) => match v.parse::<usize>() {
            Ok(n) if (1..=MAX_PAGE).contains(&n) => Ok(n),
            _ => Err(bad_request(&format!("limit must be an integer from 1 to {MAX_PAGE}."))),
        },
    }
}

async fn conversations(AxState(state): AxState<Arc<State>>, RawQuery(query): RawQuery, headers: HeaderMap) -> Response {
    if let Err(r) = check_token(&headers) {
        return r;
    }
    let pairs = query_pairs(query.as_deref());
    let param = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let limit = match limit_of(param("limit")) {
        Ok(n) => n,
        Err(r) => return r,
    };
    let inner = state.protocol.lock();
    let mut all: Vec<(&String, i64)> = inner.conversations.iter().map(|(id, at)| (id, *at)).collect();
    // Newest activity first; ids break ties so pages are stable.
    all.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let ids: Vec<&String> = all.iter().map(|(id, _)| *id).collect();
    let (page, has_more) =
        match paged(&ids, |id| id.as_str(), limit, param("starting_after"), param("ending_before"), "conversation") {
            Ok(found) => found,
            Err(r) => return r,
        };
    let data: Vec<Value> = page
        .iter()
        .map(|id| {
            let at = inner.conversations.get(*id).copied().unwrap_or(0);
            json!({
                "id": id, "contact_id": format!("contact-{}", &id[..id.len().min(6)]), "group_id": null,
                "pinned_message_id": null, "is_pinned": false, "is_muted": false,
                "last_active_at": at, "last_opened_at": at, "created_at": at - 86_400, "archived_at": null,
            })
        })
        .collect();
    json_reply(StatusCode::OK, json!({ "has_more": has_more, "data": data }))
}

async fn list(AxState(state): AxState<Arc<State>>, RawQuery(query): RawQuery, headers: HeaderMap) -> Response {
    if let Err(r) = check_token(&headers) {
        return r;
    }
    let pairs = query_pairs(query.as_deref());
    let param = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let limit = match limit_of(param("limit")) {
        Ok(n) => n,
        Err(r) => return r,
    };
    let conversation = param("conversation_id");
    if let Some(c) = &conversation
        && !state.protocol.knows_conversation(c)
    {
        return no_conversation(c);
    }
    let (after, before) = (param("starting_after"), param("ending_before"));
    let inner = state.protocol.lock();
    let newest_first: Vec<&FakeAttachment> = inner
        .attachments
        .iter()
        .rev()
        .filter(|a| conversation.is_none() || a.conversation_id == conversation)
        .collect();
    let (page, has_more) = match paged(&newest_first, |a| &a.id, limit, after, before, "attachment") {
        Ok(found) => found,
        Err(r) => return r,
    };
    let data: Vec<Value> = page.iter().map(|a| a.to_json(&state.base)).collect();
    json_reply(StatusCode::OK, json!({ "has_more": has_more, "data": data }))
}

async fn create(
    AxState(state): AxState<Arc<State>>,
    Extension(seq): Extension<Seq>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if let Err(r) = check_token(&headers) {
        return r;
    }
    let content_type = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("");
    if !content_type.to_ascii_lowercase().starts_with("multipart/form-data") {
        return bad_request("Send the file as multipart/form-data with a file part named `file`.");
    }
    if headers.get("content-length").is_none() {
        return error(StatusCode::LENGTH_REQUIRED, "invalid_request", "Content-Length is required.");
    }
    let parts = match store::multipart(&state, seq, &headers, body, MAX_BODY).await {
        Ok(p) => p,
        Err(e) => return bad_request(&e.0),
    };
    let files: Vec<_> = parts.iter().filter(|p| p.name == "file").collect();
    let [file] = files.as_slice() else {
        return bad_request("The field `file` is required, exactly once.");
    };
    let Some(filename) = file.filename.clone().filter(|n| !n.is_empty()) else {
        return bad_request("The field `file` must be a file upload (with a filename), not a text value.");
    };
    if file.size == 0 {
        return bad_request("The file is empty.");
    }
    let conversation = match parts.iter().find(|p| p.name == "conversation_id") {
        Some(p) if p.filename.is_some() => return bad_request("conversation_id must be a text field."),
        Some(p) => Some(p.text()),
        None => None,
    };
    if let Some(c) = &conversation
        && !state.protocol.knows_conversation(c)
    {
        return no_conversation(c);
    }
    let attachment = FakeAttachment {
        id: new_id(),
        message_id: conversation.as_ref().map(|_| new_id()),
        conversation_id: conversation,
        filename,
        file_type: file.content_type.clone().unwrap_or_else(|| "application/octet-stream".into()),
        file_size: file.size,
        created_at: now(),
        md5: file.md5.clone(),
        path: file.path.clone(),
    };
    let answer = attachment.to_json(&state.base);
    state.protocol.lock().attachments.push(attachment);
    json_reply(StatusCode::OK, answer)
}

async fn show(AxState(state): AxState<Arc<State>>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    if let Err(r) = check_token(&headers) {
        return r;
    }
    match state.protocol.attachment(&id) {
        Some(a) => json_reply(StatusCode::OK, a.to_json(&state.base)),
        None => no_attachment(&id),
    }
}

async fn update(
    AxState(state): AxState<Arc<State>>,
    Extension(seq): Extension<Seq>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if let Err(r) = check_token(&headers) {
        return r;
    }
    let Ok(bytes) = store::small_body(&state, seq, body).await else {
        return bad_request("Cannot read the request body.");
    };
    let content_type = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_ascii_lowercase();
    let filename = if content_type.starts_with("application/x-www-form-urlencoded") {
        url::form_urlencoded::parse(&bytes).find(|(k, _)| k == "filename").map(|(_, v)| v.into_owned())
    } else if content_type.starts_with("application/json") {
        match serde_json::from_slice::<Value>(&bytes) {
            Ok(v) => v["filename"].as_str().map(str::to_string),
            Err(_) => return bad_request("The body is not valid JSON."),
        }
    } else {
        return bad_request("Send filename as a form (application/x-www-form-urlencoded) or as JSON.");
    };
    let Some(filename) = filename.filter(|n| !n.trim().is_empty()) else {
        return bad_request("filename is required and may not be empty.");
    };
    let mut inner = state.protocol.lock();
    let Some(a) = inner.attachments.iter_mut().find(|a| a.id == id) else {
        return no_attachment(&id);
    };
    a.filename = filename;
    json_reply(StatusCode::OK, a.to_json(&state.base))
}

async fn remove(AxState(state): AxState<Arc<State>>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    if let Err(r) = check_token(&headers) {
        return r;
    }
    let mut inner = state.protocol.lock();
    let Some(at) = inner.attachments.iter().position(|a| a.id == id) else {
        return no_attachment(&id);
    };
    inner.attachments.remove(at);
    StatusCode::NO_CONTENT.into_response()
}

/// The bytes behind a `file_url` (public, like an asset host).
async fn download(AxState(state): AxState<Arc<State>>, Path((id, _name)): Path<(String, String)>) -> Response {
    let Some(a) = state.protocol.attachment(&id) else {
        return no_attachment(&id);
    };
    let file = StoredFile {
        id: a.id.clone(),
        name: a.filename.clone(),
        content_type: a.file_type.clone(),
        size: a.file_size,
        md5: a.md5.clone(),
        path: a.path.clone(),
    };
    store::file_response(&file, wire::download_disposition("inline", &a.filename)).await
}
