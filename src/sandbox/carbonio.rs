//! The Carbonio fake: the SOAP `AuthRequest` at `/service/soap`, and the chats API under
//! `/services/chats` (capabilities, attachment upload, cursor-paged list, info, download,
//! delete). Like the real server it reads the token only from the `ZM_AUTH_TOKEN` cookie,
//! checks `fileName`/`description` against the server's own pattern (only `\`, `u`, `U`, hex
//! digits, `{`, `}`) before decoding the `\uXXXX` escapes, wants a Content-Length, checks room
//! membership, answers 413 above a size limit, pages with a base64 JSON cursor, lets only the
//! uploader or a room owner delete, and answers every error as a bare status. (Not the kit's
//! `bearer_only` or `OneFile`: a cookie token; raw bodies, or a part with its own headers.)
//!
//! It speaks one of two generations ([`Api`], `CHATDROP_SANDBOX_CARBONIO_API`), written from
//! zextras/carbonio-ws-collaboration-ce:
//! - 1.6 (the default; `api.yaml` at 16972a1a, `info.version` 1.6.2): the `X-WSC-API-VERSION`
//!   filters (the server's version on every non-2xx answer, the asked version echoed on 2xx, 422
//!   for a newer one, 400 with a text for an unreadable one), the multipart
//!   `PUT /rooms/{roomId}/attachments` as `RoomsApiServiceImpl.insertAttachmentMultipart` reads
//!   it (400 with a line of text for a missing part, 500 "Error processing file" for whatever
//!   fails inside, the room check included), rooms of types `group`/`one_to_one`/`temporary`
//!   with `updatedAt` and no `children`, and no user pictures (404);
//! - 1.3 (`chats/chats-api.yaml` at 5d544caf, the seed): no version header (the header asked
//!   for is ignored), no multipart route (405), workspaces with their channels as `children`,
//!   user pictures.
//!
//! Also, from the seed's rooms, users and preview sections and apis.md §4: `GET /rooms` (the
//! member's rooms, `members` only with `extraFields=members`), `GET /users/{userId}`, room
//! pictures (and user pictures before 1.6: `PUT` with the attachment's header rules, an image
//! type, owners only for rooms, one's own only for users, 413 above the capabilities'
//! `max*ImageSizeInKb`; `GET`; `DELETE` for room owners), image and PDF previews (membership, a
//! `WIDTHxHEIGHT` area, the documented quality/format enums, pages from 1), and the SOAP
//! `GetInfoRequest` answering the account's `id`. Every attachment it lists can be downloaded:
//! those put in without bytes answer stand-in content of their stated size.

use std::collections::HashSet;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::extract::{Extension, RawQuery};
use axum::http::HeaderMap;
use axum::middleware::Next;
use base64::Engine;
use futures_util::StreamExt;

use super::kit::prelude::*;
use super::store::{self, StoredFile, StoredPart};
use crate::error::Failure;

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
/// The named rooms of the sandbox (the account's view: `chatdrop carbonio rooms`).
/// A group the account owns, with an image attachment ([`WHITEBOARD`]) to preview.
pub const DESIGN_ROOM: &str = "d2a6f0c4-1b3e-4c5d-8e7f-9a0b1c2d3e4f";
/// Two rooms whose names differ only in case ("Ops" and a workspace channel "OPS").
pub const OPS_GROUP: &str = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
pub const OPS_CHANNEL: &str = "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a";
/// The workspace holding [`OPS_CHANNEL`].
pub const WORKSPACE: &str = "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b";
/// A one-to-one chat (no name).
pub const DIRECT_ROOM: &str = "6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9c";
/// An image attachment in [`DESIGN_ROOM`], named `whiteboard.png`.
pub const WHITEBOARD: &str = "8a9b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d";
/// A PDF attachment in [`DESIGN_ROOM`], named `spec.pdf`.
pub const SPEC_PDF: &str = "9b0c1d2e-3f4a-4b5c-8d7e-8f9a0b1c2d3e";
/// The picture limits `GET /users/capabilities` states unless a test changes them (KiB).
pub const PICTURE_KB: u64 = 512;
/// The default size limit: above it uploads answer 413.
pub const MAX_ATTACHMENT: u64 = 4 * 1024 * 1024 * 1024;
/// The most items one list page holds, whatever `itemsNumber` asks.
pub const MAX_PAGE: usize = 10;
/// The API version the 1.6 generation answers as (`info.version` of api.yaml at 16972a1a).
pub const API_VERSION: &str = "1.6.2";
/// `ChatsConstant.API_VERSION_HEADER`.
pub const API_VERSION_HEADER: &str = "x-wsc-api-version";
/// The line of text the multipart upload answers for whatever fails inside it.
pub const ERROR_PROCESSING_FILE: &str = "Error processing file";

/// Which server generation the fake is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum Api {
    /// Today's: API 1.6.2.
    #[default]
    V1_6,
    /// The seed's 1.3.x, before API versioning.
    V1_3,
}

impl Api {
    /// The sandbox setting (`CHATDROP_SANDBOX_CARBONIO_API`): `1.6` (also unset) or `1.3`.
    pub fn from_setting(value: Option<&str>) -> crate::error::Result<Api> {
        match value.map(str::trim) {
            None | Some("") => Ok(Api::V1_6),
            Some(v) if v == "1.6" || v.starts_with("1.6.") => Ok(Api::V1_6),
            Some(v) if v == "1.3" || v.starts_with("1.3.") => Ok(Api::V1_3),
            Some(v) => Err(Failure::usage(format!(
                "{} is `{}`: the sandbox's Carbonio speaks `1.6` or `1.3`",
                crate::env::SANDBOX_CARBONIO_API,
                crate::text::escape(v)
            ))),
        }
    }
}

pub struct FakeState {
    inner: super::Persisted<Inner>,
}

#[derive(serde::Serialize, Deserialize)]
struct Inner {
    api: Api,
    /// token -> still valid
    tokens: HashMap<String, bool>,
    rooms: HashMap<String, FakeRoom>,
    /// Room or user id -> its picture.
    pictures: HashMap<String, StoredFile>,
    /// (maxRoomImageSizeInKb, maxUserImageSizeInKb)
    picture_kb: (u64, u64),
    attachments: Vec<FakeAttachment>,
    max_attachment: u64,
    logins: u32,
    /// Milliseconds of the last createdAt handed out (kept strictly increasing).
    last_created_ms: u64,
}

/// A room as the fake holds it.
#[derive(Debug, Clone, Default, serde::Serialize, Deserialize)]
pub struct FakeRoom {
    pub name: Option<String>,
    /// group, one_to_one, temporary; workspace and channel in 1.3.
    #[serde(deserialize_with = "super::persist::static_str")]
    pub kind: super::persist::StaticStr,
    /// The workspace of a channel.
    pub parent: Option<String>,
    pub members: HashSet<String>,
    pub owners: HashSet<String>,
}

impl FakeRoom {
    fn new(name: Option<&str>, kind: &'static str, members: &[&str], owners: &[&str]) -> FakeRoom {
        FakeRoom {
            name: name.map(str::to_string),
            kind,
            parent: None,
            members: members.iter().map(|m| m.to_string()).collect(),
            owners: owners.iter().map(|m| m.to_string()).collect(),
        }
    }

    fn json(&self, id: &str, with_members: bool, api: Api) -> Value {
        let mut v = json!({
            "id": id, "type": self.kind,
            "createdAt": "2024-01-01T00:00:00Z", "updatedAt": "2024-01-02T00:00:00Z",
        });
        if api == Api::V1_3 {
            v["children"] = json!([]);
        }
        if let Some(name) = &self.name {
            v["name"] = json!(name);
        }
        if let Some(parent) = &self.parent {
            v["parentId"] = json!(parent);
        }
        if with_members {
            let mut members: Vec<&String> = self.members.iter().collect();
            members.sort();
            v["members"] = json!(
                members.iter().map(|m| json!({ "userId": m, "owner": self.owners.contains(*m) })).collect::<Vec<_>>()
            );
        }
        v
    }
}

/// An attachment as the fake holds it.
#[derive(Debug, Clone, serde::Serialize, Deserialize)]
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
    /// One of the sandbox's built-in attachments (in [`DESIGN_ROOM`]).
    pub built_in: bool,
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

impl Default for FakeState {
    fn default() -> Self {
        let (me, other) = (USER_ID, OTHER_USER_ID);
        let mut rooms = HashMap::from([
            (ROOM.to_string(), FakeRoom::new(Some("Sandbox"), "group", &[me, other], &[other])),
            (FOREIGN_ROOM.to_string(), FakeRoom::new(Some("Board"), "group", &[other], &[other])),
            (DESIGN_ROOM.to_string(), FakeRoom::new(Some("Design Review"), "group", &[me, other], &[me])),
            (OPS_GROUP.to_string(), FakeRoom::new(Some("Ops"), "group", &[me], &[me])),
            (DIRECT_ROOM.to_string(), FakeRoom::new(None, "one_to_one", &[me, other], &[me, other])),
        ]);
        generation_rooms(&mut rooms, Api::V1_6);
        let seeded =
            |id: &str, name: &str, mime: &str, size: u64, area: Option<&str>, created_ms: u64| FakeAttachment {
                id: id.to_string(),
                room: DESIGN_ROOM.to_string(),
                user: OTHER_USER_ID.to_string(),
                name: name.to_string(),
                description: None,
                mime_type: mime.to_string(),
                area: area.map(str::to_string),
                message_id: None,
                reply_id: None,
                size,
                md5: String::new(),
                created_ms,
                file: None,
                built_in: true,
            };
        FakeState {
            inner: super::Persisted::new(Inner {
                api: Api::V1_6,
                tokens: HashMap::from([(TOKEN.to_string(), true)]),
                rooms,
                pictures: HashMap::new(),
                picture_kb: (PICTURE_KB, PICTURE_KB),
                attachments: vec![
                    seeded(SPEC_PDF, "spec.pdf", "application/pdf", 48_213, None, 1_700_000_000_000),
                    seeded(WHITEBOARD, "whiteboard.png", "image/png", 182_044, Some("1600x900"), 1_700_000_001_000),
                ],
                max_attachment: MAX_ATTACHMENT,
                logins: 0,
                last_created_ms: 1_700_000_001_000,
            }),
        }
    }
}

/// The rooms that differ between generations: in 1.3 "OPS" is a channel of the workspace
/// "Engineering"; 1.6 has neither type, so there "OPS" is a temporary room (the name clash
/// with "Ops" stays for the name lookups).
fn generation_rooms(rooms: &mut HashMap<String, FakeRoom>, api: Api) {
    let (me, other) = (USER_ID, OTHER_USER_ID);
    match api {
        Api::V1_6 => {
            rooms.remove(WORKSPACE);
            rooms.insert(OPS_CHANNEL.to_string(), FakeRoom::new(Some("OPS"), "temporary", &[me, other], &[other]));
        }
        Api::V1_3 => {
            let mut channel = FakeRoom::new(Some("OPS"), "channel", &[me, other], &[other]);
            channel.parent = Some(WORKSPACE.to_string());
            rooms.insert(OPS_CHANNEL.to_string(), channel);
            rooms
                .insert(WORKSPACE.to_string(), FakeRoom::new(Some("Engineering"), "workspace", &[me, other], &[other]));
        }
    }
}

impl FakeState {
    fn lock(&self) -> super::persist::Guard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Speak `api` from now on (its rooms, routes and headers).
    pub fn set_api(&self, api: Api) {
        let mut inner = self.lock();
        // Unchanged: nothing to keep (a kept state is written only when it changes).
        if inner.api != api {
            inner.api = api;
            generation_rooms(&mut inner.rooms, api);
        }
    }

    pub fn api(&self) -> Api {
        self.lock().api
    }

    /// Make every token issued so far expire (the next call with one gets 401).
    pub fn expire_tokens(&self) {
        self.lock().tokens.values_mut().for_each(|v| *v = false);
    }

    /// How many successful SOAP logins there were.
    pub fn logins(&self) -> u32 {
        self.lock().logins
    }

    /// The picture limits `GET /users/capabilities` states (KiB), and the fake enforces.
    pub fn set_picture_limits(&self, room_kb: u64, user_kb: u64) {
        self.lock().picture_kb = (room_kb, user_kb);
    }

    /// The picture of a room or a user, if one is set.
    pub fn picture(&self, id: &str) -> Option<StoredFile> {
        self.lock().pictures.get(id).cloned()
    }

    /// Add a room the account is a member (and, if `owner`, an owner) of; answers its id.
    pub fn add_room(&self, name: &str, kind: &'static str, owner: bool) -> String {
        let id = new_uuid();
        let owners: &[&str] = if owner { &[USER_ID] } else { &[OTHER_USER_ID] };
        self.lock().rooms.insert(id.clone(), FakeRoom::new(Some(name), kind, &[USER_ID, OTHER_USER_ID], owners));
        id
    }

    /// Uploads larger than this answer 413.
    pub fn set_max_attachment(&self, bytes: u64) {
        self.lock().max_attachment = bytes;
    }

    /// Every attachment uploaded or added, oldest first (the built-in ones left out).
    pub fn attachments(&self) -> Vec<FakeAttachment> {
        self.lock().attachments.iter().filter(|a| !a.built_in).cloned().collect()
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
            built_in: false,
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
    kit::settings(base, "carbonio", &[("account", ACCOUNT), ("password", PASSWORD), ("token", TOKEN), ("room", ROOM)])
}

pub const PROFILE: TestProfile = TestProfile {
    // The fake speaks 1.6 by default: a multipart PUT.
    upload_method: "PUT",
    read_only: &["carbonio", "rooms"],
    names: Names::Exact,
    own_413_words: true,
    // The server's API, as a stored login remembers it: no question of the generation comes
    // before the upload (tests/it/carbonio_api.rs has those).
    fault_settings: &[("server_api", "1.6.2")],
    delete: Some(Deletable {
        seed: |state| state.carbonio.add_attachment(ROOM, USER_ID, "keep.txt", 4),
        exists: |state, id| state.carbonio.attachment(id).is_some(),
    }),
    changes: &[
        Change { args: &["carbonio", "room-picture", "set", "{file}"], seed: None, method: "PUT", path: "/picture" },
        Change {
            args: &["carbonio", "room-picture", "delete", "--yes"],
            seed: None,
            method: "DELETE",
            path: "/picture",
        },
    ],
    ..TestProfile::new(&["carbonio", "attach"], "attach", "/attachments", |state| {
        state.carbonio.attachments().into_iter().map(|a| Posted { md5: a.md5, name: a.name }).collect()
    })
};

pub fn routes() -> Router<Arc<State>> {
    let chats = Router::new()
        .route("/users/capabilities", get(capabilities))
        .route("/users/{user}", get(user_info))
        .route("/rooms/{room}/attachments", post(upload).put(upload_multipart).get(list))
        .route("/attachments/{id}", get(info).delete(delete))
        .route("/attachments/{id}/download", get(download))
        .route("/rooms", get(rooms))
        .route("/rooms/{room}", get(room_info))
        .route("/rooms/{room}/picture", get(room_picture).put(set_room_picture).delete(delete_room_picture))
        .route("/users/{user}/picture", get(user_picture).put(set_user_picture).delete(delete_user_picture))
        .route("/preview/image/{id}/{area}/", get(image_preview))
        .route("/preview/image/{id}/{area}/thumbnail", get(image_thumbnail))
        .route("/preview/pdf/{id}/", get(pdf_preview))
        .route("/preview/pdf/{id}/{area}/thumbnail", get(pdf_thumbnail))
        // The chats service's filters; the SOAP service (Zimbra's) has none.
        .layer(axum::middleware::from_fn(versioning));
    Router::new().route("/service/soap", post(soap)).nest("/services/chats", chats)
}

/// `VersionedRequestFilter` and `VersionedResponseFilter` (1.6 only; a 1.3 server has neither
/// and ignores the header): a version asked for must be semver (else 400 with the parser's
/// text) and not newer than the server's (else 422); every non-2xx answer carries the server's
/// version, a 2xx the version asked for.
async fn versioning(Extension(state): Extension<Arc<State>>, req: Request, next: Next) -> Response {
    if state.carbonio.api() != Api::V1_6 {
        return next.run(req).await;
    }
    let asked = req.headers().get(API_VERSION_HEADER).map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let mut response = match asked.as_deref().map(strict_semver) {
        None => next.run(req).await,
        Some(Err(text)) => (StatusCode::BAD_REQUEST, text).into_response(),
        Some(Ok(version)) if Some(version) > strict_semver(API_VERSION).ok() => bare(StatusCode::UNPROCESSABLE_ENTITY),
        Some(Ok(_)) => next.run(req).await,
    };
    let stamp = if response.status().is_success() { asked } else { Some(API_VERSION.to_string()) };
    if let Some(value) = stamp.and_then(|v| axum::http::HeaderValue::from_str(v.trim()).ok()) {
        response.headers_mut().insert(API_VERSION_HEADER, value);
    }
    response
}

/// A semver version as semver4j's strict mode reads it: `MAJOR.MINOR.PATCH`, each a number,
/// with an optional `-pre-release` and `+build`; the error text otherwise.
fn strict_semver(text: &str) -> Result<(u64, u64, u64), String> {
    let core = text.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    let numbers: Vec<u64> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    match numbers[..] {
        [major, minor, patch] if parts.len() == 3 => Ok((major, minor, patch)),
        _ => Err(format!("Invalid version (no minor or patch version): {text}")),
    }
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

async fn soap(
    AxState(state): AxState<Arc<State>>,
    Extension(seq): Extension<Seq>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let Ok(bytes) = store::small_body(&state, seq, body).await else {
        return soap_fault("service.PARSE_ERROR", "cannot read the request");
    };
    let Ok(request) = serde_json::from_slice::<Value>(&bytes) else {
        return soap_fault("service.PARSE_ERROR", "the body must be JSON");
    };
    let info = &request["Body"]["GetInfoRequest"];
    if !info.is_null() {
        return get_info(&state, &headers, &request, info);
    }
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

/// `GetInfoRequest` (urn:zimbraAccount): the account's id and name. Zimbra SOAP takes the
/// token from the context header's `authToken`, else from the `ZM_AUTH_TOKEN` cookie.
fn get_info(state: &State, headers: &HeaderMap, request: &Value, info: &Value) -> Response {
    if info["_jsns"] != "urn:zimbraAccount" {
        return soap_fault("service.UNKNOWN_DOCUMENT", "unknown document");
    }
    let context = &request["Header"]["context"]["authToken"];
    let token = context
        .as_str()
        .or_else(|| context[0]["_content"].as_str())
        .map(str::to_string)
        .or_else(|| cookie_token(headers));
    let Some(token) = token else { return soap_fault("service.AUTH_REQUIRED", "no valid authtoken present") };
    if state.carbonio.lock().tokens.get(&token) != Some(&true) {
        return soap_fault("service.AUTH_EXPIRED", "auth credentials have expired");
    }
    json_reply(
        StatusCode::OK,
        json!({
            "Header": { "context": { "_jsns": "urn:zimbra" } },
            "Body": { "GetInfoResponse": {
                "id": USER_ID, "name": ACCOUNT, "lifetime": 172_000_000, "crumb": "sandbox",
                "_jsns": "urn:zimbraAccount",
            }},
            "_jsns": "urn:zimbraSoap",
        }),
    )
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| pair.trim().strip_prefix("ZM_AUTH_TOKEN=").map(str::to_string))
}

/// The user of a request, from the `ZM_AUTH_TOKEN` cookie only.
fn user_of(state: &State, headers: &HeaderMap) -> Result<&'static str, Response> {
    let Some(token) = cookie_token(headers) else { return Err(bare(StatusCode::UNAUTHORIZED)) };
    match state.carbonio.lock().tokens.get(&token) {
        Some(true) => Ok(USER_ID),
        _ => Err(bare(StatusCode::UNAUTHORIZED)),
    }
}

async fn capabilities(AxState(state): AxState<Arc<State>>, headers: HeaderMap) -> Response {
    or_answer!(user_of(&state, &headers));
    let (api, (room_kb, user_kb)) = {
        let inner = state.carbonio.lock();
        (inner.api, inner.picture_kb)
    };
    let mut caps = json!({
        "canSeeMessageReads": true, "canSeeUsersPresence": true, "canVideoCall": true,
        "canUseVirtualBackground": true,
        "editMessageTimeLimitInMinutes": 10, "deleteMessageTimeLimitInMinutes": 10,
        "maxGroupMembers": 128, "maxRoomImageSizeInKb": room_kb, "maxUserImageSizeInKb": user_kb,
    });
    // 1.6 lists it as required but no longer defines it (a spec bug): its DTO has no such field.
    if api == Api::V1_3 {
        caps["canVideoCallRecord"] = json!(false);
    }
    json_reply(StatusCode::OK, caps)
}

/// `GET /users/{userId}`: the user's `id`, `email` and `name` (1.3 also its `type`, and
/// `pictureUpdatedAt` once it has a picture); 404 for a user the server does not know.
async fn user_info(AxState(state): AxState<Arc<State>>, Path(user): Path<String>, headers: HeaderMap) -> Response {
    or_answer!(user_of(&state, &headers));
    let (email, name) = match user.as_str() {
        USER_ID => (ACCOUNT, "Sandbox User"),
        OTHER_USER_ID => ("colleague@sandbox.chatdrop.test", "Sandbox Colleague"),
        _ => return bare(StatusCode::NOT_FOUND),
    };
    let inner = state.carbonio.lock();
    let mut v = json!({ "id": user, "email": email, "name": name });
    if inner.api == Api::V1_3 {
        v["type"] = json!("internal");
        if inner.pictures.contains_key(&user) {
            v["pictureUpdatedAt"] = json!("2024-01-03T00:00:00Z");
        }
    }
    json_reply(StatusCode::OK, v)
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
    let user = or_answer!(user_of(&state, &headers));
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
            Some(r) if !r.members.contains(user) => return bare(StatusCode::FORBIDDEN),
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
        built_in: false,
    });
    json_reply(StatusCode::CREATED, json!({ "id": id }))
}

/// `PUT /rooms/{roomId}/attachments` (1.6.1 on; a 1.3 server has no such method: 405), as
/// `RoomsApiServiceImpl.insertAttachmentMultipart` at 16972a1a reads it: a `file` part (400
/// "File not found") with a file name (400 "File name not found"; its type is the part's, or
/// RESTEasy's default `text/plain; charset=us-ascii`), a `contentLength` part (400 "Content
/// length not found"), an optional `area` (400 "Invalid area format"), `description`,
/// `messageId`, `replyId` (empty is absent; the description is not decoded). The rest runs
/// inside one `try` whose `catch` answers 500 "Error processing file": a `contentLength` that
/// is not a number, a file name `decodeFromUtf8` refuses, no such room, a room the user is not
/// a member of, the storage's refusal. Also 500 (the fake's choice, as storage is told the
/// length): a `contentLength` other than the file's length.
async fn upload_multipart(
    AxState(state): AxState<Arc<State>>,
    Extension(seq): Extension<Seq>,
    Path(room): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if state.carbonio.api() != Api::V1_6 {
        return bare(StatusCode::METHOD_NOT_ALLOWED);
    }
    let user = or_answer!(user_of(&state, &headers));
    let Ok(parts) = store::multipart(&state, seq, &headers, body, u64::MAX).await else {
        return bare(StatusCode::BAD_REQUEST);
    };
    let first = |name: &str| parts.iter().find(|p| p.name == name);
    let text = |name: &str| first(name).map(part_text);
    let said = |status: StatusCode, line: &str| (status, line.to_string()).into_response();
    let Some(file) = first("file") else { return said(StatusCode::BAD_REQUEST, "File not found") };
    let Some(raw_name) = file.disposition.as_deref().and_then(form_data_filename).filter(|n| !n.is_empty()) else {
        return said(StatusCode::BAD_REQUEST, "File name not found");
    };
    let mime_type = file.content_type.clone().unwrap_or_else(|| "text/plain; charset=us-ascii".to_string());
    let Some(content_length) = text("contentLength").filter(|v| !v.is_empty()) else {
        return said(StatusCode::BAD_REQUEST, "Content length not found");
    };
    let area = text("area");
    if area.as_deref().is_some_and(|a| a.is_empty() || !valid_area(a)) {
        return said(StatusCode::BAD_REQUEST, "Invalid area format");
    }
    // From here on, the server's `catch (Exception e)`.
    let failed = || said(StatusCode::INTERNAL_SERVER_ERROR, ERROR_PROCESSING_FILE);
    let Ok(length) = content_length.trim().parse::<i64>() else { return failed() };
    let Some(name) = decode_header(&raw_name) else { return failed() };
    let mut inner = state.carbonio.lock();
    match inner.rooms.get(&room) {
        Some(r) if r.members.contains(user) => {}
        _ => return failed(),
    }
    if file.size > inner.max_attachment || u64::try_from(length).ok() != Some(file.size) {
        return failed();
    }
    let id = new_uuid();
    let stored = StoredFile {
        id: id.clone(),
        name: name.clone(),
        content_type: mime_type.clone(),
        size: file.size,
        md5: file.md5.clone(),
        path: file.path.clone(),
    };
    let given = |v: Option<String>| v.filter(|v| !v.is_empty());
    let created_ms = inner.next_created();
    inner.attachments.push(FakeAttachment {
        id: id.clone(),
        room,
        user: user.to_string(),
        name,
        description: given(text("description")),
        mime_type,
        area: given(area),
        message_id: given(text("messageId")),
        reply_id: given(text("replyId")),
        size: file.size,
        md5: file.md5.clone(),
        created_ms,
        file: Some(stored),
        built_in: false,
    });
    json_reply(StatusCode::CREATED, json!({ "id": id }))
}

/// A text part's value as RESTEasy's `getBody(String.class)` reads it: in the charset its
/// Content-Type names, else US-ASCII (its default part type), where other bytes become U+FFFD.
fn part_text(part: &StoredPart) -> String {
    let bytes = part.value.as_deref().unwrap_or_default();
    let charset = part.content_type.as_deref().and_then(|ct| {
        ct.split(';').skip(1).find_map(|param| {
            let (key, value) = param.split_once('=')?;
            key.trim().eq_ignore_ascii_case("charset").then(|| value.trim().trim_matches('"').to_ascii_lowercase())
        })
    });
    match charset.as_deref() {
        Some("utf-8" | "utf8") => String::from_utf8_lossy(bytes).into_owned(),
        Some("iso-8859-1" | "latin1") => bytes.iter().map(|&b| b as char).collect(),
        _ => bytes.iter().map(|&b| if b.is_ascii() { b as char } else { '\u{FFFD}' }).collect(),
    }
}

/// The `filename` of a form-data part's Content-Disposition as browsers write it (RFC 7578
/// §4.2 and the HTML form-data encoding: a quoted string in which only `"`, CR and LF are
/// escaped, as `%22`/`%0D`/`%0A`): everything between the quotes, a backslash included.
fn form_data_filename(disposition: &str) -> Option<String> {
    let mut rest = disposition;
    while let Some(at) = rest.find(';') {
        rest = rest[at + 1..].trim_start();
        let (key, value) = rest.split_once('=')?;
        if key.trim().eq_ignore_ascii_case("filename") {
            let value = value.trim_start();
            return Some(match value.strip_prefix('"') {
                Some(quoted) => quoted.split('"').next().unwrap_or("").to_string(),
                None => value.split(';').next().unwrap_or("").trim().to_string(),
            });
        }
        // Skip this parameter's value (a quoted one may hold `;`).
        let value = value.trim_start();
        rest = match value.strip_prefix('"') {
            Some(quoted) => quoted.split_once('"').map(|(_, after)| after).unwrap_or(""),
            None => value,
        };
    }
    None
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
    let user = or_answer!(user_of(&state, &headers));
    let inner = state.carbonio.lock();
    match inner.rooms.get(&room) {
        None => return bare(StatusCode::NOT_FOUND),
        Some(r) if !r.members.contains(user) => return bare(StatusCode::FORBIDDEN),
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
        Some(r) if r.members.contains(user) => Ok((a.clone(), user)),
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
    // The server writes the name raw into the header.
    let disposition = format!("inline; filename=\"{}\"", a.name);
    match &a.file {
        Some(file) => store::file_response(file, disposition).await,
        None => stand_in(&a, disposition),
    }
}

/// The bytes of an attachment put in without any (the built-in ones, those tests add): content
/// of its type (a PNG signature and header of its area, `%PDF-`, text) padded to exactly its
/// stated size, made as it streams.
fn stand_in(a: &FakeAttachment, disposition: String) -> Response {
    let (w, h) = a.area.as_deref().and_then(parse_area).unwrap_or((1, 1));
    let head: Vec<u8> = match a.mime_type.as_str() {
        "image/png" => {
            let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
            b.extend_from_slice(&w.max(1).to_be_bytes());
            b.extend_from_slice(&h.max(1).to_be_bytes());
            b.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
            b
        }
        "application/pdf" => b"%PDF-1.4\n% sandbox stand-in\n".to_vec(),
        _ => format!("sandbox stand-in for {}\n", a.name).into_bytes(),
    };
    let size = a.size;
    const CHUNK: u64 = 64 * 1024;
    let chunks = futures_util::stream::unfold(0u64, move |sent| {
        let head = head.clone();
        async move {
            if sent >= size {
                return None;
            }
            let n = (size - sent).min(CHUNK);
            let chunk: Vec<u8> =
                (sent..sent + n).map(|i| head.get(i as usize).copied().unwrap_or(b'.' + (i % 40) as u8)).collect();
            Some((Ok::<_, std::io::Error>(bytes::Bytes::from(chunk)), sent + n))
        }
    });
    Response::builder()
        .status(StatusCode::OK)
        .header(axum::http::header::CONTENT_TYPE, a.mime_type.clone())
        .header(axum::http::header::CONTENT_LENGTH, size)
        .header(axum::http::header::CONTENT_DISPOSITION, disposition)
        .body(Body::from_stream(chunks))
        .unwrap_or_else(|_| bare(StatusCode::INTERNAL_SERVER_ERROR))
}

async fn delete(AxState(state): AxState<Arc<State>>, Path(id): Path<String>, headers: HeaderMap) -> Response {
    let (a, user) = match visible(&state, &headers, &id) {
        Ok(found) => found,
        Err(r) => return r,
    };
    let mut inner = state.carbonio.lock();
    let owner = inner.rooms.get(&a.room).is_some_and(|r| r.owners.contains(user));
    if a.user != user && !owner {
        return bare(StatusCode::FORBIDDEN);
    }
    inner.attachments.retain(|x| x.id != id);
    StatusCode::NO_CONTENT.into_response()
}

/// `GET /rooms`: the rooms the user is a member of; in 1.3 a workspace carries its channels as
/// `children` (listed there, not again at the top); `members` only with `extraFields=members`.
async fn rooms(AxState(state): AxState<Arc<State>>, RawQuery(query): RawQuery, headers: HeaderMap) -> Response {
    let user = or_answer!(user_of(&state, &headers));
    let with_members = url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .any(|(k, v)| k == "extraFields" && v.split(',').any(|f| f == "members"));
    let inner = state.carbonio.lock();
    let mut ids: Vec<&String> = inner.rooms.keys().collect();
    ids.sort();
    let mut out = Vec::new();
    for id in ids {
        let room = &inner.rooms[id];
        if !room.members.contains(user) || room.parent.is_some() {
            continue;
        }
        let mut v = room.json(id, with_members, inner.api);
        if room.kind == "workspace" {
            let mut children: Vec<(&String, &FakeRoom)> = inner
                .rooms
                .iter()
                .filter(|(_, c)| c.parent.as_deref() == Some(id.as_str()) && c.members.contains(user))
                .collect();
            children.sort_by_key(|(cid, _)| cid.as_str());
            v["children"] =
                json!(children.iter().map(|(cid, c)| c.json(cid, with_members, inner.api)).collect::<Vec<_>>());
        }
        out.push(v);
    }
    json_reply(StatusCode::OK, json!(out))
}

/// `GET /rooms/{roomId}`: a room the user is a member of (403 otherwise, 404 for none), as the
/// list shows it (with `members`: the spec's `getRoom` answers the whole room).
async fn room_info(AxState(state): AxState<Arc<State>>, Path(room): Path<String>, headers: HeaderMap) -> Response {
    let user = or_answer!(user_of(&state, &headers));
    let inner = state.carbonio.lock();
    match inner.rooms.get(&room) {
        None => bare(StatusCode::NOT_FOUND),
        Some(r) if !r.members.contains(user) => bare(StatusCode::FORBIDDEN),
        Some(r) => json_reply(StatusCode::OK, r.json(&room, true, inner.api)),
    }
}

/// Read a picture upload as the attachment upload is read (Content-Length, escaped
/// `fileName`, `mimeType`), with an image type and the capabilities' limit (413).
async fn take_picture(
    state: &State,
    seq: Seq,
    headers: &HeaderMap,
    body: Body,
    max_kb: u64,
) -> Result<StoredFile, Response> {
    let Some(length) = header(headers, "content-length").and_then(|v| v.parse::<u64>().ok()) else {
        return Err(bare(StatusCode::LENGTH_REQUIRED));
    };
    let name = header(headers, "filename").and_then(decode_header).ok_or_else(|| bare(StatusCode::BAD_REQUEST))?;
    let mime = header(headers, "mimetype").ok_or_else(|| bare(StatusCode::BAD_REQUEST))?;
    if !mime.starts_with("image/") {
        return Err(bare(StatusCode::BAD_REQUEST));
    }
    if length > max_kb.saturating_mul(1024) {
        return Err(bare(StatusCode::PAYLOAD_TOO_LARGE));
    }
    let part = store::raw_body(state, seq, body, length).await.map_err(|_| bare(StatusCode::INTERNAL_SERVER_ERROR))?;
    if part.size != length {
        return Err(bare(StatusCode::BAD_REQUEST));
    }
    Ok(StoredFile {
        id: new_uuid(),
        name,
        content_type: mime.to_string(),
        size: part.size,
        md5: part.md5,
        path: part.path,
    })
}

async fn set_room_picture(
    AxState(state): AxState<Arc<State>>,
    Extension(seq): Extension<Seq>,
    Path(room): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let user = or_answer!(user_of(&state, &headers));
    let max_kb = {
        let inner = state.carbonio.lock();
        match inner.rooms.get(&room) {
            None => return bare(StatusCode::NOT_FOUND),
            Some(r) if !r.members.contains(user) || !r.owners.contains(user) => return bare(StatusCode::FORBIDDEN),
            // A one-to-one chat shows the other person's picture; it has none of its own.
            Some(r) if r.kind == "one_to_one" => return bare(StatusCode::BAD_REQUEST),
            Some(_) => inner.picture_kb.0,
        }
    };
    match take_picture(&state, seq, &headers, body, max_kb).await {
        Ok(file) => {
            state.carbonio.lock().pictures.insert(room, file);
            StatusCode::NO_CONTENT.into_response()
        }
        Err(r) => r,
    }
}

/// 1.6 has no user pictures (removed in 72756d1a): no route, so 404 before anything else.
fn no_user_pictures(state: &State) -> Option<Response> {
    (state.carbonio.api() == Api::V1_6).then(|| bare(StatusCode::NOT_FOUND))
}

async fn set_user_picture(
    AxState(state): AxState<Arc<State>>,
    Extension(seq): Extension<Seq>,
    Path(target): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if let Some(r) = no_user_pictures(&state) {
        return r;
    }
    let user = or_answer!(user_of(&state, &headers));
    if target != user {
        return bare(StatusCode::FORBIDDEN);
    }
    let max_kb = state.carbonio.lock().picture_kb.1;
    match take_picture(&state, seq, &headers, body, max_kb).await {
        Ok(file) => {
            state.carbonio.lock().pictures.insert(target, file);
            StatusCode::NO_CONTENT.into_response()
        }
        Err(r) => r,
    }
}

async fn picture_response(file: Option<StoredFile>) -> Response {
    match file {
        Some(file) => store::file_response(&file, "inline".to_string()).await,
        None => bare(StatusCode::NOT_FOUND),
    }
}

async fn room_picture(AxState(state): AxState<Arc<State>>, Path(room): Path<String>, headers: HeaderMap) -> Response {
    let user = or_answer!(user_of(&state, &headers));
    let file = {
        let inner = state.carbonio.lock();
        match inner.rooms.get(&room) {
            None => return bare(StatusCode::NOT_FOUND),
            Some(r) if !r.members.contains(user) => return bare(StatusCode::FORBIDDEN),
            Some(_) => inner.pictures.get(&room).cloned(),
        }
    };
    picture_response(file).await
}

async fn user_picture(AxState(state): AxState<Arc<State>>, Path(target): Path<String>, headers: HeaderMap) -> Response {
    if let Some(r) = no_user_pictures(&state) {
        return r;
    }
    or_answer!(user_of(&state, &headers));
    let file = state.carbonio.lock().pictures.get(&target).cloned();
    picture_response(file).await
}

/// `DELETE /users/{userId}/picture` (1.3): one's own only.
async fn delete_user_picture(
    AxState(state): AxState<Arc<State>>,
    Path(target): Path<String>,
    headers: HeaderMap,
) -> Response {
    if let Some(r) = no_user_pictures(&state) {
        return r;
    }
    let user = or_answer!(user_of(&state, &headers));
    if target != user {
        return bare(StatusCode::FORBIDDEN);
    }
    match state.carbonio.lock().pictures.remove(&target) {
        Some(_) => StatusCode::NO_CONTENT.into_response(),
        None => bare(StatusCode::NOT_FOUND),
    }
}

async fn delete_room_picture(
    AxState(state): AxState<Arc<State>>,
    Path(room): Path<String>,
    headers: HeaderMap,
) -> Response {
    let user = or_answer!(user_of(&state, &headers));
    let mut inner = state.carbonio.lock();
    match inner.rooms.get(&room) {
        None => return bare(StatusCode::NOT_FOUND),
        Some(r) if !r.owners.contains(user) => return bare(StatusCode::FORBIDDEN),
        Some(_) => {}
    }
    match inner.pictures.remove(&room) {
        Some(_) => StatusCode::NO_CONTENT.into_response(),
        None => bare(StatusCode::NOT_FOUND),
    }
}

/// What a preview request asks, checked against the preview section's parameters.
struct PreviewAsk {
    area: Option<(u32, u32)>,
    format: &'static str,
    pages: Option<(u32, u32)>,
}

/// `WIDTHxHEIGHT`, both >= 0.
fn parse_area(area: &str) -> Option<(u32, u32)> {
    let (w, h) = area.split_once('x')?;
    Some((w.parse().ok()?, h.parse().ok()?))
}

/// The attachment `id` for a preview of `kind` ("image" or "pdf"), and the query checked:
/// `quality` one of `ImageQualityEnum`, `output_format` one of `ImageTypeEnum` (the server
/// reads enums without regard to case), `firstPage` >= 1 and `lastPage` >= 0 for PDFs.
fn preview_ask(
    state: &State,
    headers: &HeaderMap,
    id: &str,
    pdf: bool,
    area: Option<&str>,
    query: Option<String>,
) -> Result<PreviewAsk, Response> {
    let (a, _) = visible(state, headers, id)?;
    let is_pdf = a.mime_type == "application/pdf";
    if is_pdf != pdf || (!pdf && !a.mime_type.starts_with("image/")) {
        return Err(bare(StatusCode::BAD_REQUEST));
    }
    let area = match area {
        Some(text) => Some(parse_area(text).ok_or_else(|| bare(StatusCode::BAD_REQUEST))?),
        None => None,
    };
    let pairs: Vec<(String, String)> =
        url::form_urlencoded::parse(query.unwrap_or_default().as_bytes()).into_owned().collect();
    let param = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    let one_of = |value: Option<String>, allowed: &[&'static str]| -> Result<Option<&'static str>, Response> {
        match value {
            None => Ok(None),
            Some(v) => allowed
                .iter()
                .find(|a| a.eq_ignore_ascii_case(&v))
                .copied()
                .map(Some)
                .ok_or_else(|| bare(StatusCode::BAD_REQUEST)),
        }
    };
    one_of(param("quality"), &["Lowest", "Low", "Medium", "High", "Highest"])?;
    let format = one_of(param("output_format"), &["Jpeg", "Png", "Gif"])?.unwrap_or("Jpeg");
    let page = |name: &str, min: u32| -> Result<Option<u32>, Response> {
        match param(name) {
            None => Ok(None),
            Some(v) => {
                v.parse::<u32>().ok().filter(|n| *n >= min).map(Some).ok_or_else(|| bare(StatusCode::BAD_REQUEST))
            }
        }
    };
    let pages = match (page("firstPage", 1)?, page("lastPage", 0)?) {
        (None, None) => None,
        (first, last) => Some((first.unwrap_or(1), last.unwrap_or(0))),
    };
    Ok(PreviewAsk { area, format, pages })
}

/// A small image in the asked format standing for the preview (the fake does not render):
/// a real format signature, so a client can sniff it, and what was asked, for the tests.
fn preview_bytes(id: &str, ask: &PreviewAsk) -> (&'static str, Vec<u8>) {
    let (w, h) = ask.area.unwrap_or((0, 0));
    let (mime, mut bytes): (&'static str, Vec<u8>) = match ask.format {
        "Png" => {
            let mut b = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
            b.extend_from_slice(&w.max(1).to_be_bytes());
            b.extend_from_slice(&h.max(1).to_be_bytes());
            b.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
            ("image/png", b)
        }
        "Gif" => ("image/gif", b"GIF89a\x01\0\x01\0\0\0\0".to_vec()),
        _ => ("image/jpeg", b"\xff\xd8\xff\xe0\0\x10JFIF\0".to_vec()),
    };
    bytes.extend_from_slice(format!("sandbox preview of {id} at {w}x{h}").as_bytes());
    (mime, bytes)
}

fn bytes_reply(mime: &str, bytes: Vec<u8>) -> Response {
    Response::builder()
        .status(StatusCode::OK)
        .header(axum::http::header::CONTENT_TYPE, mime)
        .header(axum::http::header::CONTENT_LENGTH, bytes.len())
        .body(Body::from(bytes))
        .unwrap_or_else(|_| bare(StatusCode::INTERNAL_SERVER_ERROR))
}

/// An image rendering of `id` at `area` (the image and PDF-thumbnail endpoints alike).
fn rendered(state: &State, headers: &HeaderMap, id: &str, pdf: bool, area: &str, query: Option<String>) -> Response {
    match preview_ask(state, headers, id, pdf, Some(area), query) {
        Ok(ask) => {
            let (mime, bytes) = preview_bytes(id, &ask);
            bytes_reply(mime, bytes)
        }
        Err(r) => r,
    }
}

async fn image_preview(
    AxState(state): AxState<Arc<State>>,
    Path((id, area)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    rendered(&state, &headers, &id, false, &area, query)
}

async fn image_thumbnail(
    state: AxState<Arc<State>>,
    path: Path<(String, String)>,
    query: RawQuery,
    headers: HeaderMap,
) -> Response {
    image_preview(state, path, query, headers).await
}

async fn pdf_preview(
    AxState(state): AxState<Arc<State>>,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    match preview_ask(&state, &headers, &id, true, None, query) {
        Ok(ask) => {
            let (first, last) = ask.pages.unwrap_or((1, 0));
            bytes_reply(
                "application/pdf",
                format!("%PDF-1.4\n% sandbox preview of {id}, pages {first}-{last}\n%%EOF\n").into_bytes(),
            )
        }
        Err(r) => r,
    }
}

async fn pdf_thumbnail(
    AxState(state): AxState<Arc<State>>,
    Path((id, area)): Path<(String, String)>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Response {
    rendered(&state, &headers, &id, true, &area, query)
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
    fn form_data_names_and_versions_are_read_as_the_server_reads_them() {
        let d = r#"form-data; name="file"; filename="\u0061\u002e\u0074""#;
        assert_eq!(form_data_filename(d).as_deref(), Some(r"\u0061\u002e\u0074"), "backslashes kept");
        assert_eq!(form_data_filename(r#"form-data; name="a;filename=x"; filename=b.txt"#).as_deref(), Some("b.txt"));
        assert_eq!(form_data_filename(r#"form-data; name="file""#), None);
        assert_eq!(strict_semver("1.6.2"), Ok((1, 6, 2)));
        assert_eq!(strict_semver("1.7.0-beta+x"), Ok((1, 7, 0)));
        assert!(strict_semver("1.6").is_err() && strict_semver("one.two.three").is_err());
        assert_eq!(Api::from_setting(None).unwrap(), Api::V1_6);
        assert_eq!(Api::from_setting(Some("1.3.1")).unwrap(), Api::V1_3);
        assert!(Api::from_setting(Some("2")).is_err());
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
