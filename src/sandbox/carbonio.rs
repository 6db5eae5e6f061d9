//! The Carbonio fake: the SOAP `AuthRequest` at `/service/soap`, and the chats API under
//! `/services/chats` (capabilities, raw-body attachment upload, cursor-paged list, info,
//! download, delete). Like the real server it reads the token only from the `ZM_AUTH_TOKEN`
//! cookie, checks `fileName`/`description` against the server's own pattern (only `\`, `u`,
//! `U`, hex digits, `{`, `}`) before decoding the `\uXXXX` escapes, wants a Content-Length,
//! checks room membership, answers 413 above a size limit, pages with a base64 JSON cursor,
//! lets only the uploader or a room owner delete, and answers every error as a bare status.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::body::Body;
use axum::extract::{Extension, Path, Query, State as AxState};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use base64::Engine;
use futures_util::StreamExt;
use serde::Deserialize;
use serde_json::{Value, json};

use super::store::{self, StoredFile};
use super::{Seq, State, json_reply, new_uuid};

pub const ACCOUNT: &str = "user@sandbox.chatdrop.test";
pub const PASSWORD: &str = "sandbox-carbonio-password";
pub const TOKEN: &str = "sandbox-carbonio-zm-auth-token";

/// The sandbox account's user id.
pub const USER_ID: &str = "5b1e3c2a-7d4f-4e6a-9c8b-0a1b2c3d4e5f";
/// Another user: the owner of [`ROOM`] and the only member of [`FOREIGN_ROOM`].
pub const OTHER_USER_ID: &str = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
/// A room the sandbox account is a (plain) member of.
pub const ROOM: &str = "0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a";
/// A room the sandbox account is not a member of.
pub const FOREIGN_ROOM: &str = "7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d";
/// The default size limit: above it uploads answer 413.
pub const MAX_ATTACHMENT: u64 = 4 * 1024 * 1024 * 1024;
/// The most items one list page holds, whatever `itemsNumber` asks.
pub const MAX_PAGE: usize = 10;

pub struct CarbonioState {
    inner: Mutex<Inner>,
}

struct Inner {
    /// token -> still valid
    tokens: HashMap<String, bool>,
    /// room -> (members, owners)
    rooms: HashMap<String, (HashSet<String>, HashSet<String>)>,
    attachments: Vec<FakeAttachment>,
    max_attachment: u64,
    logins: u32,
    /// Milliseconds of the last createdAt handed out (kept strictly increasing).
    last_created_ms: u64,
}

/// An attachment as the fake holds it.
#[derive(Debug, Clone)]
pub struct FakeAttachment {
    pub id: String,
    pub room: String,
    pub user: String,
    /// Decoded from the `fileName` header.
    pub name: String,
    pub description: Option<String>,
    pub mime_type: String,
    pub area: Option<String>,
    pub message_id: Option<String>,
    pub reply_id: Option<String>,
    pub size: u64,
    pub md5: String,
    pub created_ms: u64,
    pub file: Option<StoredFile>,
}

impl FakeAttachment {
    fn json(&self) -> Value {
        let mut v = json!({
            "id": self.id,
            "name": self.name,
            "size": self.size,
            "mimeType": self.mime_type,
            "userId": self.user,
            "roomId": self.room,
            "createdAt": rfc3339(self.created_ms),
        });
        if let Some(area) = &self.area {
            v["area"] = json!(area);
        }
        v
    }
}

impl Default for CarbonioState {
    fn default() -> Self {
        let rooms = HashMap::from([
            (
                ROOM.to_string(),
                (
                    HashSet::from([USER_ID.to_string(), OTHER_USER_ID.to_string()]),
                    HashSet::from([OTHER_USER_ID.to_string()]),
                ),
            ),
            (
                FOREIGN_ROOM.to_string(),
                (HashSet::from([OTHER_USER_ID.to_string()]), HashSet::from([OTHER_USER_ID.to_string()])),
            ),
        ]);
        CarbonioState {
            inner: Mutex::new(Inner {
                tokens: HashMap::from([(TOKEN.to_string(), true)]),
                rooms,
                attachments: Vec::new(),
                max_attachment: MAX_ATTACHMENT,
                logins: 0,
                last_created_ms: 0,
            }),
        }
    }
}

impl CarbonioState {
    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Make every token issued so far expire (the next call with one gets 401).
    pub fn expire_tokens(&self) {
        self.lock().tokens.values_mut().for_each(|v| *v = false);
    }

    /// How many successful SOAP logins there were.
    pub fn logins(&self) -> u32 {
        self.lock().logins
    }

    /// Uploads larger than this answer 413.
    pub fn set_max_attachment(&self, bytes: u64) {
        self.lock().max_attachment = bytes;
    }

    /// Every attachment, oldest first.
    pub fn attachments(&self) -> Vec<FakeAttachment> {
        self.lock().attachments.clone()
    }

    pub fn attachment(&self, id: &str) -> Option<FakeAttachment> {
        self.lock().attachments.iter().find(|a| a.id == id).cloned()
    }

    /// Put an attachment (without bytes) in a room directly, as `user`; answers its id.
    pub fn add_attachment(&self, room: &str, user: &str, name: &str, size: u64) -> String {
        let mut inner = self.lock();
        let created_ms = inner.next_created();
        let id = new_uuid();
        inner.attachments.push(FakeAttachment {
            id: id.clone(),
            room: room.to_string(),
            user: user.to_string(),
            name: name.to_string(),
            description: None,
            mime_type: seeded_type(name).to_string(),
            area: None,
            message_id: None,
            reply_id: None,
            size,
            md5: String::new(),
            created_ms,
            file: None,
        });
        id
    }
}

/// The type a seeded attachment (one the tests put in directly) carries, by its extension.
fn seeded_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase()).as_deref() {
        Some("txt") => "text/plain",
        Some("pdf") => "application/pdf",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        _ => "application/octet-stream",
    }
}

impl Inner {
    fn next_created(&mut self) -> u64 {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as u64).unwrap_or(0);
        self.last_created_ms = now.max(self.last_created_ms + 1);
        self.last_created_ms
    }
}

pub fn settings(base: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        ("url".to_string(), format!("{base}/carbonio")),
        ("account".to_string(), ACCOUNT.to_string()),
        ("password".to_string(), PASSWORD.to_string()),
        ("token".to_string(), TOKEN.to_string()),
        ("room".to_string(), ROOM.to_string()),
    ])
}

pub fn routes() -> Router<Arc<State>> {
    Router::new()
        .route("/service/soap", post(soap))
        .route("/services/chats/users/capabilities", get(capabilities))
        .route("/services/chats/rooms/{room}/attachments", post(upload).get(list))
        .route("/services/chats/attachments/{id}", get(info).delete(delete))
        .route("/services/chats/attachments/{id}/download", get(download))
}

/// The server's answer to every error: a status and no body.
fn bare(status: StatusCode) -> Response {
    status.into_response()
}

/// The SOAP fault Zimbra answers for a failed login.
fn soap_fault(code: &str, text: &str) -> Response {
    json_reply(
        StatusCode::INTERNAL_SERVER_ERROR,
        json!({
            "Header": { "context": { "_jsns": "urn:zimbra" } },
            "Body": { "Fault": {
                "Code": { "Value": "soap:Sender" },
                "Reason": { "Text": text },
                "Detail": { "Error": { "Code": code, "_jsns": "urn:zimbra" } },
            }},
            "_jsns": "urn:zimbraSoap",
        }),
    )
}

async fn soap(AxState(state): AxState<Arc<State>>, Extension(seq): Extension<Seq>, body: Body) -> Response {
    let Ok(bytes) = store::small_body(&state, seq, body).await else {
        return soap_fault("service.PARSE_ERROR", "cannot read the request");
    };
    let Ok(request) = serde_json::from_slice::<Value>(&bytes) else {
        return soap_fault("service.PARSE_ERROR", "the body must be JSON");
    };
    let auth = &request["Body"]["AuthRequest"];
    if auth.is_null() || auth["_jsns"] != "urn:zimbraAccount" {
        return soap_fault("service.UNKNOWN_DOCUMENT", "unknown document");
    }
    let account = &auth["account"];
    if account["by"] != "name" || account["_content"] != ACCOUNT || auth["password"] != PASSWORD {
        let who = account["_content"].as_str().unwrap_or("");
        return soap_fault("account.AUTH_FAILED", &format!("authentication failed for [{who}]"));
    }
    let token = format!("carbonio-sandbox-token-{}", new_uuid());
    {
        let mut inner = state.carbonio.lock();
        inner.tokens.insert(token.clone(), true);
        inner.logins += 1;
    }
    json_reply(
        StatusCode::OK,
        json!({
            "Header": { "context": { "_jsns": "urn:zimbra" } },
            "Body": { "AuthResponse": {
                "authToken": [{ "_content": token }],
                "lifetime": 172_799_999,
                "skin": [{ "_content": "carbonio" }],
                "_jsns": "urn:zimbraAccount",
            }},
            "_jsns": "urn:zimbraSoap",
        }),
    )
}

/// The user of a request, from the `ZM_AUTH_TOKEN` cookie only.
fn user_of(state: &State, headers: &HeaderMap) -> Result<&'static str, Response> {
    let token = headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix("ZM_AUTH_TOKEN=").map(str::to_string));
    let Some(token) = token else { return Err(bare(StatusCode::UNAUTHORIZED)) };
    match state.carbonio.lock().tokens.get(&token) {
        Some(true) => Ok(USER_ID),
        _ => Err(bare(StatusCode::UNAUTHORIZED)),
    }
}

async fn capabilities(AxState(state): AxState<Arc<State>>, headers: HeaderMap) -> Response {
    if let Err(r) = user_of(&state, &headers) {
        return r;
    }
    json_reply(
        StatusCode::OK,
        json!({
            "canSeeMessageReads": true, "canSeeUsersPresence": true, "canVideoCall": true,
            "canVideoCallRecord": false, "canUseVirtualBackground": true,
            "editMessageTimeLimitInMinutes": 10, "deleteMessageTimeLimitInMinutes": 10,
            "maxGroupMembers": 128, "maxRoomImageSizeInKb": 512, "maxUserImageSizeInKb": 512,
        }),
    )
}

/// The server's `decodeFromUtf8`: the whole value must match `[\\[uU][a-fA-F0-9]{4}]*` (one
/// character class under Java's union rule), then Java escapes are undone.
fn decode_header(value: &str) -> Option<String> {
    let allowed = |c: char| matches!(c, '\\' | 'u' | 'U' | '{' | '}' | '4') || c.is_ascii_hexdigit();
    if !value.chars().all(allowed) {
        return None;
    }
    // unescapeJava: `\uXXXX` (any number of u's) is one unit; anything else stays itself.
    let mut units = Vec::new();
    let mut rest = value;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix('\\') {
            let hex = after.trim_start_matches('u');
            if hex.len() < after.len() && hex.len() >= 4 {
                units.push(u16::from_str_radix(&hex[..4], 16).ok()?);
                rest = &hex[4..];
                continue;
            }
        }
        units.push(c as u16);
        rest = &rest[c.len_utf8()..];
    }
    // Lone surrogates would become U+FFFD in Java's later UTF-8 encoding.
    Some(String::from_utf16_lossy(&units))
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok()).filter(|v| !v.is_empty())
}

/// `^(\s)|^\w|^\d*+x+\d*`, fully matched as Java's `matches` does.
fn valid_area(area: &str) -> bool {
    let mut chars = area.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_whitespace() || c.is_alphanumeric() || c == '_' => return true,
        _ => {}
    }
    let digits = area.trim_start_matches(|c: char| c.is_ascii_digit());
    let xs = digits.trim_start_matches('x');
    xs.len() < digits.len() && xs.chars().all(|c| c.is_ascii_digit())
}

async fn upload(
    AxState(state): AxState<Arc<State>>,
    Extension(seq): Extension<Seq>,
    Path(room): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let user = match user_of(&state, &headers) {
        Ok(u) => u,
        Err(r) => return r,
    };
    let Some(length) = header(&headers, "content-length").and_then(|v| v.parse::<u64>().ok()) else {
        return bare(StatusCode::LENGTH_REQUIRED);
    };
    let Some(raw_name) = header(&headers, "filename") else { return bare(StatusCode::BAD_REQUEST) };
    let Some(mime_type) = header(&headers, "mimetype") else { return bare(StatusCode::BAD_REQUEST) };
    let Some(name) = decode_header(raw_name) else { return bare(StatusCode::BAD_REQUEST) };
    let description = match header(&headers, "description").map(decode_header) {
        Some(None) => return bare(StatusCode::BAD_REQUEST),
        Some(Some(d)) => Some(d),
        None => None,
    };
    let area = header(&headers, "area").map(str::to_string);
    if area.as_deref().is_some_and(|a| !valid_area(a)) {
        return bare(StatusCode::BAD_REQUEST);
    }
    let max = {
        let inner = state.carbonio.lock();
        match inner.rooms.get(&room) {
            None => return bare(StatusCode::NOT_FOUND),
            Some((members, _)) if !members.contains(user) => return bare(StatusCode::FORBIDDEN),
            Some(_) => inner.max_attachment,
        }
    };
    if length > max {
        // The real 413 comes from storage after the body streamed: read it all first, so
        // the client gets the status rather than a broken pipe.
        let mut stream = body.into_data_stream();
        while let Some(chunk) = stream.next().await {
            if chunk.is_err() {
                break;
            }
        }
        return bare(StatusCode::PAYLOAD_TOO_LARGE);
    }
    let part = match store::raw_body(&state, seq, body, length).await {
        Ok(p) => p,
        Err(_) => return bare(StatusCode::INTERNAL_SERVER_ERROR),
    };
    if part.size != length {
        return bare(StatusCode::BAD_REQUEST);
    }
    let id = new_uuid();
    let file = StoredFile {
        id: id.clone(),
        name: name.clone(),
        content_type: mime_type.to_string(),
        size: part.size,
        md5: part.md5.clone(),
        path: part.path.clone(),
    };
    let mut inner = state.carbonio.lock();
    let created_ms = inner.next_created();
    inner.attachments.push(FakeAttachment {
        id: id.clone(),
        room,
        user: user.to_string(),
        name,
        description,
        mime_type: mime_type.to_string(),
        area,
        message_id: header(&headers, "messageid").map(str::to_string),
        reply_id: header(&headers, "replyid").map(str::to_string),
        size: part.size,
        md5: part.md5,
        created_ms,
        file: Some(file),
    });
    json_reply(StatusCode::CREATED, json!({ "id": id }))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct ListQuery {
    items_number: Option<usize>,
    filter: Option<String>,
}

/// The cursor: base64 of `PaginationFilter{id, createdAt}` of the last item sent.
#[derive(serde::Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Cursor {
    id: String,
    created_at: String,
}

async fn list(
    AxState(state): AxState<Arc<State>>,
    Path(room): Path<String>,
    Query(query): Query<ListQuery>,
    headers: HeaderMap,
) -> Response {
    let user = match user_of(&state, &headers) {
        Ok(u) => u,
        Err(r) => return r,
    };
    let inner = state.carbonio.lock();
    match inner.rooms.get(&room) {
        None => return bare(StatusCode::NOT_FOUND),
        Some((members, _)) if !members.contains(user) => return bare(StatusCode::FORBIDDEN),
        Some(_) => {}
    }
    let after = match query.filter.as_deref().filter(|f| !f.is_empty()) {
        None => None,
        Some(f) => {
            let cursor = base64::engine::general_purpose::STANDARD
                .decode(f)
                .ok()
                .and_then(|b| serde_json::from_slice::<Cursor>(&b).ok());
            match cursor {
                Some(c) => Some(c),
                None => return bare(StatusCode::BAD_REQUEST),
            }
        }
    };
    // Newest first; ties broken by id, as (createdAt, id) orders the cursor.
    let mut items: Vec<&FakeAttachment> = inner.attachments.iter().filter(|a| a.room == room).collect();
    items.sort_by(|a, b| b.created_ms.cmp(&a.created_ms).then_with(|| b.id.cmp(&a.id)));
    if let Some(c) = &after {
        let Some(pos) = items.iter().position(|a| a.id == c.id && rfc3339(a.created_ms) == c.created_at) else {
            return bare(StatusCode::BAD_REQUEST);
        };
        items.drain(..=pos);
    }
    let take = query.items_number.unwrap_or(10).clamp(1, MAX_PAGE);
    let page: Vec<&FakeAttachment> = items.iter().take(take).copied().collect();
    let mut answer = json!({ "attachments": page.iter().map(|a| a.json()).collect::<Vec<_>>() });
    if items.len() > take
        && let Some(last) = page.last()
    {
        let cursor = Cursor { id: last.id.clone(), created_at: rfc3339(last.created_ms) };
        let encoded = base64::engine::general_purpose::STANDARD.encode(serde_json::to_vec(&cursor).unwrap_or_default());
        answer["filter"] = json!(encoded);
    }
    json_reply(StatusCode::OK, answer)
}

/// The attachment `id` if the user may see it (member of its room).
fn visible(state: &State, headers: &HeaderMap, id: &str) -> Result<(FakeAttachment, &'static str), Response> {
    let user = user_of(state, headers)?;
    let inner = state.carbonio.lock();
    let Some(a) = inner.attachments.iter().find(|a| a.id == id) else { return Err(bare(StatusCode::NOT_FOUND)) };
    match inner.rooms.get(&a.room) {
        Some((members, _)) if members.contains(user) => Ok((a.clone(), user)),
        _ => Err(bare(StatusCode::FORBIDDEN)),
    }
}

async fn info(AxState(state): AxState<Arc<State>>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    match visible(&state, &headers, &id) {
        Ok((a, _)) => json_reply(StatusCode::OK, a.json()),
        Err(r) => r,
    }
}

async fn download(AxState(state): AxState<Arc<State>>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    let a = match visible(&state, &headers, &id) {
        Ok((a, _)) => a,
        Err(r) => return r,
    };
    let Some(file) = &a.file else { return bare(StatusCode::NOT_FOUND) };
    // The server writes the name raw into the header.
    store::file_response(file, format!("inline; filename=\"{}\"", a.name)).await
}

async fn delete(AxState(state): AxState<Arc<State>>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    let (a, user) = match visible(&state, &headers, &id) {
        Ok(found) => found,
        Err(r) => return r,
    };
    let mut inner = state.carbonio.lock();
    let owner = inner.rooms.get(&a.room).is_some_and(|(_, owners)| owners.contains(user));
    if a.user != user && !owner {
        return bare(StatusCode::FORBIDDEN);
    }
    inner.attachments.retain(|x| x.id != id);
    StatusCode::NO_CONTENT.into_response()
}

/// `ms` since the epoch as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
fn rfc3339(ms: u64) -> String {
    let secs = ms / 1000;
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z", rem / 3600, rem % 3600 / 60, rem % 60, ms % 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_check_matches_the_servers_pattern() {
        assert_eq!(decode_header("\\u0048\\u0065").as_deref(), Some("He"));
        assert_eq!(decode_header("\\ud83d\\ude00").as_deref(), Some("😀"));
        assert_eq!(decode_header("Hello"), None);
        assert_eq!(decode_header("\\u00e9x"), None);
        assert_eq!(decode_header("").as_deref(), Some(""));
        assert_eq!(decode_header("cafe").as_deref(), Some("cafe"));
    }

    #[test]
    fn area_and_dates() {
        assert!(valid_area("1920x1080"));
        assert!(!valid_area("1920*1080"));
        assert!(!valid_area("wide"));
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(rfc3339(1_700_000_000_123), "2023-11-14T22:13:20.123Z");
    }
}
