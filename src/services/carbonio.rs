//! The Zextras Carbonio chats (Workstream Collaboration) adapter: the SOAP `AuthRequest` for a
//! `ZM_AUTH_TOKEN`, raw-body attachment uploads with their metadata in headers (`fileName` and
//! `description` written as `\uXXXX` per UTF-16 unit, as the server's `decodeFromUtf8`
//! demands), the cursor-paged attachment list, info, download and delete; the room list, the
//! capabilities (picture limits), room and user pictures (the same raw-body upload), previews,
//! and the account's own id (SOAP `GetInfoRequest`). The server answers
//! errors with a bare status, so every status is turned into a message here from what the
//! request was about.
//!
//! UNVERIFIED choices, kept here:
//! - a SOAP login failure comes back as a JSON SOAP fault (`Body.Fault.Detail.Error.Code`,
//!   e.g. `account.AUTH_FAILED`), usually with HTTP 500, as Zimbra SOAP does;
//! - a valid token is checked with `GET /users/capabilities` (the lightest call that needs a user);
//! - a room the account is not a member of answers 403, a room that does not exist 404;
//! - the download's name is taken from the attachment's info (JSON), not from
//!   Content-Disposition, which the server writes raw and Jetty may mangle outside Latin-1;
//! - a description longer than 682 UTF-16 units is refused locally, as the web client does
//!   (each unit becomes 6 bytes of header, and proxies cap header lines at 4–8 KiB);
//! - list pages ask for at most [`PAGE_SIZE`] items; the server may send fewer;
//! - the own user id comes from SOAP `GetInfoRequest` with the token as the `ZM_AUTH_TOKEN`
//!   cookie (as the web client sends it), asking only `sections: "mbox"` to keep the answer small;
//! - a picture PUT by a non-owner answers 403, a room with no picture 404 on GET/DELETE;
//! - a stated picture limit of 0 (the seed example) means the default 512 KiB;
//! - previews send `quality`/`output_format` as the enums are spelled (`High`, `Png`).

use std::sync::Arc;

use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use reqwest::Method;
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, COOKIE, HeaderValue};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::error::{Failure, Problem, Result, Retry, Thing};
use crate::http::{Http, Reply, status_failure};
use crate::secret::Secret;
use crate::services::spec::{CA_CERT, SKIP_SENT, ServiceInfo, ServiceKind};
use crate::services::token::{Issued, TokenHolder, TokenSaver};
use crate::upload::retry::Renew;
use crate::upload::{Limits, LocalFile, Payload, Target};

/// The settings of Zextras Carbonio, one constant each: the code names a setting by its
/// constant, so a misspelt key does not compile, and `KIND` lists these same constants, so the
/// table the config files, env vars and `auth status` go by is the one the code reads.
pub mod keys {
    use crate::services::spec::{Key, key, secret};

    pub const URL: Key = Key::new(&key("url", "your Carbonio server, e.g. https://mail.example.com"));
    pub const ACCOUNT: Key = Key::new(&key("account", "your account, e.g. user@example.com"));
    pub const PASSWORD: Key =
        Key::new(&secret("password", "stored only if you ask, to log in again when the token expires"));
    pub const TOKEN: Key = Key::new(&secret("token", "the ZM_AUTH_TOKEN (from login, or from the browser for CI)"));
    pub const ROOM: Key = Key::new(&key("room", "default room for `carbonio attach`: its UUID or its name"));
    pub const USER_ID: Key = Key::new(&key(
        "user_id",
        "the account's own user id, cached from the server (GetInfoRequest) for user pictures",
    ));
}

/// The registry entry (see `services::ALL`): the settings this adapter reads.
pub const KIND: ServiceKind = ServiceKind::new(&ServiceInfo {
    name: "carbonio",
    title: "Zextras Carbonio",
    keys: &[keys::URL, keys::ACCOUNT, keys::PASSWORD, keys::TOKEN, keys::ROOM, keys::USER_ID, CA_CERT, SKIP_SENT],
    credential_sets: &[&[keys::URL, keys::TOKEN], &[keys::URL, keys::ACCOUNT, keys::PASSWORD]],
});

/// Carbonio documents 413 but no size: the limit is the server's (storage or quota).
pub const LIMITS: Limits = Limits { max_bytes: None, max_label: "the Carbonio server decides the largest attachment" };

/// Where the chats API lives under the server's address (the nginx proxy strips it).
pub const CHATS_PATH: &str = "/services/chats";
/// Where the Zimbra SOAP API lives.
pub const SOAP_PATH: &str = "/service/soap";
/// The cookie the chats API reads the token from.
pub const COOKIE_NAME: &str = "ZM_AUTH_TOKEN";
/// Items asked for per list page.
pub const PAGE_SIZE: u32 = 50;
/// The web client's cap on a description, in UTF-16 units.
pub const MAX_DESCRIPTION: usize = 682;

/// `s` with every UTF-16 code unit written as `\uXXXX` (lowercase hex), as the web client's
/// `charToUnicode` does; astral characters become their two surrogates.
pub fn escape_unicode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 6);
    for unit in s.encode_utf16() {
        out.push_str(&format!("\\u{unit:04x}"));
    }
    out
}

/// An attachment's metadata (the API's `Attachment`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Attachment {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub size: u64,
    #[serde(default)]
    pub mime_type: String,
    #[serde(default)]
    pub user_id: String,
    #[serde(default)]
    pub room_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
}

/// One page of a room's attachments and the cursor of the next one.
#[derive(Debug, Clone, Deserialize)]
pub struct Page {
    #[serde(default)]
    pub filter: Option<String>,
    #[serde(default)]
    pub attachments: Vec<Attachment>,
}

/// The most rooms kept from `GET /rooms` (channels of workspaces included).
pub const MAX_ROOMS: usize = 10_000;
/// The picture limit when the capabilities do not state one (apis.md §4.6: `ChatsConstant`).
pub const DEFAULT_PICTURE_KB: u64 = 512;

/// A room as `GET /rooms` describes it (the fields chatdrop uses).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Room {
    pub id: String,
    /// One-to-one chats may have none.
    #[serde(default)]
    pub name: Option<String>,
    /// group, one_to_one, workspace, channel, temporary.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// With `extraFields=members` only.
    #[serde(default)]
    pub members: Option<Vec<Value>>,
    /// Channels of a workspace.
    #[serde(default)]
    pub children: Vec<Room>,
}

/// The limits of `GET /users/capabilities` chatdrop checks before an upload.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Capabilities {
    #[serde(default)]
    pub max_room_image_size_in_kb: Option<u64>,
    #[serde(default)]
    pub max_user_image_size_in_kb: Option<u64>,
}

impl Capabilities {
    /// The largest picture of `of` in bytes, and the limit as the server states it (KiB).
    /// An absent or zero limit (the seed's example shows 0) is the documented default.
    pub fn picture_limit(&self, of: &Picture) -> (u64, u64) {
        let kb = match of {
            Picture::Room(_) => self.max_room_image_size_in_kb,
            Picture::User(_) => self.max_user_image_size_in_kb,
        };
        let kb = kb.filter(|k| *k > 0).unwrap_or(DEFAULT_PICTURE_KB);
        (kb.saturating_mul(1024), kb)
    }
}

/// Whose picture: a room's or a user's (UUIDs, checked by the caller).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picture {
    Room(String),
    User(String),
}

impl Picture {
    fn path(&self) -> String {
        match self {
            Picture::Room(id) => format!("/rooms/{}/picture", crate::ids::segment(id)),
            Picture::User(id) => format!("/users/{}/picture", crate::ids::segment(id)),
        }
    }

    fn about_set(&self) -> About<'_> {
        match self {
            Picture::Room(id) => About::RoomPictureSet(id),
            Picture::User(id) => About::UserPictureSet(id),
        }
    }

    fn about_get(&self) -> About<'_> {
        match self {
            Picture::Room(id) => About::RoomPictureGet(id),
            Picture::User(id) => About::UserPictureGet(id),
        }
    }
}

/// The preview qualities the API documents (`ImageQualityEnum`).
pub const QUALITIES: [&str; 5] = ["Lowest", "Low", "Medium", "High", "Highest"];
/// The preview formats the API documents (`ImageTypeEnum`).
pub const FORMATS: [&str; 3] = ["Jpeg", "Png", "Gif"];

/// Which preview of an attachment: `/preview/image/{id}/{area}/[thumbnail]` for images,
/// `/preview/pdf/{id}/` (pages) or `/preview/pdf/{id}/{area}/thumbnail` for PDFs.
#[derive(Debug, Clone, Default)]
pub struct Preview {
    pub pdf: bool,
    pub thumbnail: bool,
    /// `WIDTHxHEIGHT`, checked by the caller.
    pub area: String,
    /// One of [`QUALITIES`].
    pub quality: Option<&'static str>,
    /// One of [`FORMATS`].
    pub format: Option<&'static str>,
    /// First and last page of a PDF preview (0 as last = the document's last).
    pub pages: Option<(u32, u32)>,
}

impl Preview {
    fn path(&self, id: &str) -> String {
        let id = crate::ids::segment(id);
        match (self.pdf, self.thumbnail) {
            (false, false) => format!("/preview/image/{id}/{}/", self.area),
            (false, true) => format!("/preview/image/{id}/{}/thumbnail", self.area),
            (true, false) => format!("/preview/pdf/{id}/"),
            (true, true) => format!("/preview/pdf/{id}/{}/thumbnail", self.area),
        }
    }

    /// The seed's parameter table names the PDF pages `firstPage`/`lastPage` (its prose says
    /// first_page/last_page; the table is what the OpenAPI generator wrote from the spec).
    fn query(&self) -> Vec<(&'static str, String)> {
        let mut q = Vec::new();
        if self.pdf && !self.thumbnail {
            if let Some((first, last)) = self.pages {
                q.push(("firstPage", first.to_string()));
                q.push(("lastPage", last.to_string()));
            }
            return q;
        }
        if let Some(quality) = self.quality {
            q.push(("quality", quality.to_string()));
        }
        if let Some(format) = self.format {
            q.push(("output_format", format.to_string()));
        }
        q
    }
}

/// What one upload says besides its bytes.
#[derive(Debug, Clone, Default)]
pub struct AttachMeta {
    pub room: String,
    pub description: Option<String>,
    pub reply_to: Option<String>,
    pub message_id: Option<String>,
}

impl AttachMeta {
    /// A description the server and the proxies before it take (see [`MAX_DESCRIPTION`]).
    pub fn check_description(text: &str) -> Result<()> {
        let units = text.encode_utf16().count();
        if units > MAX_DESCRIPTION {
            return Err(Failure::usage(format!(
                "the description is {units} characters long; Carbonio takes at most {MAX_DESCRIPTION}"
            ))
            .with_hint("each character travels as a 6-byte escape in a header, which servers and proxies cap"));
        }
        Ok(())
    }
}

pub struct Carbonio {
    http: Arc<Http>,
    /// The server, e.g. `https://mail.example.com` (no trailing slash).
    url: String,
    /// account + password, when known: needed to log in (again).
    login: Option<(String, Secret)>,
    token: TokenHolder<Secret>,
}

#[derive(Deserialize)]
struct IdAnswer {
    id: String,
}

/// What a request was about, so a bare status can say something useful.
enum About<'a> {
    Room(&'a str),
    Attachment(&'a str),
    Delete(&'a str),
    Rooms,
    Capabilities,
    RoomPictureSet(&'a str),
    RoomPictureGet(&'a str),
    RoomPictureDelete(&'a str),
    UserPictureSet(&'a str),
    UserPictureGet(&'a str),
    Preview(&'a str),
}

impl Carbonio {
    /// `token` is a ready token (env or stored); without one, the first call logs in.
    /// `saver` is handed every token a login obtains.
    pub fn new(
        http: Arc<Http>,
        url: String,
        token: Option<Secret>,
        login: Option<(String, Secret)>,
        saver: TokenSaver<Secret>,
    ) -> Self {
        Carbonio { http, url, login, token: TokenHolder::new(token, saver) }
    }

    /// The server's address from a checked URL: a pasted chats API suffix is taken off.
    pub fn server_url(url: String) -> String {
        url.strip_suffix(CHATS_PATH).map(str::to_string).unwrap_or(url)
    }

    fn api(&self, path: &str) -> String {
        format!("{}{CHATS_PATH}{path}", self.url)
    }

    /// Get a token with the SOAP `AuthRequest`.
    pub async fn authenticate(http: &Http, url: &str, account: &str, password: &Secret) -> Result<Secret> {
        let body = json!({
            "Body": { "AuthRequest": {
                "_jsns": "urn:zimbraAccount",
                "account": { "by": "name", "_content": account },
                "password": password.expose(),
            }}
        });
        let reply = http.call(http.request(Method::POST, &format!("{url}{SOAP_PATH}")).json(&body)).await?;
        let value = reply.json_value();
        let fault = value.as_ref().and_then(|v| {
            let fault = &v["Body"]["Fault"];
            (!fault.is_null()).then(|| {
                let code = fault["Detail"]["Error"]["Code"].as_str().unwrap_or("").to_string();
                let text = fault["Reason"]["Text"].as_str().unwrap_or("").to_string();
                (code, text)
            })
        });
        if let Some((code, text)) = fault {
            let said = crate::text::escape(if text.is_empty() { &code } else { &text });
            return Err(if code == "account.AUTH_FAILED" || code.starts_with("account.") {
                Failure::auth(format!("Carbonio refused the login of {}: {said}", crate::text::escape(account)))
                    .with_hint("check the account (user@domain) and its password; accounts with two-factor authentication need an app password")
            } else {
                Failure::general(format!("the Carbonio login failed: {said} ({code})"))
                    .with_retry(Retry::IfResendSafe { after: None })
            });
        }
        if !reply.is_success() {
            return Err(match reply.status.as_u16() {
                404 => Failure::general(format!("no Carbonio SOAP service at {url}{SOAP_PATH} (HTTP 404)"))
                    .with_hint("the url must be the Carbonio web address, e.g. https://mail.example.com"),
                401 | 403 => Failure::auth(format!("Carbonio refused the login: {}", reply.describe_status())),
                _ => status_failure(&reply, None).context("logging in to Carbonio"),
            });
        }
        let token = value
            .as_ref()
            .and_then(|v| v["Body"]["AuthResponse"]["authToken"][0]["_content"].as_str())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                Failure::general(format!(
                    "the Carbonio login answered no token ({})",
                    if value.is_some() { "JSON without Body.AuthResponse.authToken" } else { "not JSON" }
                ))
                .with_hint("check that the url is the Carbonio web address, e.g. https://mail.example.com")
            })?;
        Ok(Secret::new(token))
    }

    async fn current(&self) -> Result<Issued<Secret>> {
        self.token
            .current(|| async {
                let Some((account, password)) = &self.login else {
                    return Err(Failure::auth("no Carbonio token and no account + password to get one"));
                };
                Self::authenticate(&self.http, &self.url, account, password).await
            })
            .await
    }

    fn can_relogin(&self) -> bool {
        self.login.is_some()
    }

    fn cookie(token: &Issued<Secret>) -> String {
        format!("{COOKIE_NAME}={}", token.token.expose())
    }

    /// Check that the token works with the chats API.
    pub async fn check(&self) -> Result<()> {
        let token = self.current().await?;
        let req = self.http.request(Method::GET, &self.api("/users/capabilities")).header(COOKIE, Self::cookie(&token));
        let reply = self.http.call(req).await?;
        if reply.is_success() {
            return Ok(());
        }
        Err(match reply.status.as_u16() {
            404 => Failure::general(format!("no Carbonio chats API at {} (HTTP 404)", self.api("")))
                .with_hint("the url must be the Carbonio web address, e.g. https://mail.example.com, and the server must run Chats (Workstream Collaboration)"),
            _ => self.bare_status(&reply, None, &token),
        })
    }

    /// Upload one attachment; answers its id.
    pub async fn upload(&self, meta: &AttachMeta, payload: Payload) -> Result<String> {
        let token = self.current().await?;
        let name = payload.name.clone();
        let mime = payload.mime.clone();
        let len = payload.len;
        // The area is read from the content itself (the header bytes of an image), so it
        // always belongs to the body being sent.
        let (area, body) = if mime.starts_with("image/") {
            let (head, body) = peek(Box::pin(payload.into_stream()), crate::media::HEAD_LEN).await;
            (crate::media::dimensions(&head).map(|(w, h)| format!("{w}x{h}")), body)
        } else {
            (None, reqwest::Body::wrap_stream(payload.into_stream()))
        };
        let mut req = self.raw_body(
            Method::POST,
            &format!("/rooms/{}/attachments", crate::ids::segment(&meta.room)),
            &token,
            &name,
            &mime,
            len,
        )?;
        if let Some(d) = &meta.description {
            req = req.header("description", escape_unicode(d));
        }
        if let Some(id) = &meta.message_id {
            req = req.header("messageId", header_value(id)?);
        }
        if let Some(id) = &meta.reply_to {
            req = req.header("replyId", header_value(id)?);
        }
        if let Some(area) = &area {
            req = req.header("area", area.as_str());
        }
        let reply = self.http.upload(req.body(body)).await?;
        if !reply.is_success() {
            let sent = format!(
                "fileName (\\u-escaped), mimeType: {mime}{}{}{}{}",
                if meta.description.is_some() { ", description (\\u-escaped)" } else { "" },
                area.as_deref().map(|a| format!(", area: {a}")).unwrap_or_default(),
                meta.message_id.as_deref().map(|m| format!(", messageId: {m}")).unwrap_or_default(),
                meta.reply_to.as_deref().map(|m| format!(", replyId: {m}")).unwrap_or_default(),
            );
            return Err(match reply.status.as_u16() {
                400 => Failure::general(format!(
                    "Carbonio refused a header of the upload (HTTP 400{}); sent: {}",
                    developer_message(&reply).map(|m| format!(": {m}")).unwrap_or_default(),
                    crate::text::escape(&sent)
                ))
                .with_problem(Problem::Refused(Thing::Attachment)),
                411 => Failure::general(
                    "Carbonio (or a proxy in front of it) wants a Content-Length and did not get one (HTTP 411)",
                )
                .with_problem(Problem::Rechunked),
                413 => Failure::input(format!(
                    "the file is too large for this Carbonio server (HTTP 413, {})",
                    crate::text::bytes(len)
                ))
                .with_hint(
                    "the limit is the server's (storage or quota): ask its administrator, or send a smaller file",
                ),
                _ => self.bare_status(&reply, Some(About::Room(&meta.room)), &token),
            });
        }
        let answer: IdAnswer = reply.json()?;
        Ok(answer.id)
    }

    /// A raw-body upload as the API documents it for attachments and pictures alike: the
    /// bytes as `application/octet-stream` with their Content-Length, the name `\uXXXX`-escaped
    /// in `fileName`, the type in `mimeType`.
    fn raw_body(
        &self,
        method: Method,
        path: &str,
        token: &Issued<Secret>,
        name: &str,
        mime: &str,
        len: u64,
    ) -> Result<reqwest::RequestBuilder> {
        Ok(self
            .http
            .request(method, &self.api(path))
            .header(COOKIE, Self::cookie(token))
            .header(CONTENT_TYPE, "application/octet-stream")
            .header(CONTENT_LENGTH, len)
            .header("fileName", escape_unicode(name))
            .header("mimeType", header_value(mime)?))
    }

    /// A GET or DELETE of the chats API with the token; errors explained from `about`.
    async fn simple(&self, method: Method, path: &str, about: About<'_>) -> Result<Reply> {
        let token = self.current().await?;
        let req = self.http.request(method, &self.api(path)).header(COOKIE, Self::cookie(&token));
        let reply = self.http.call(req).await?;
        if !reply.is_success() {
            return Err(self.bare_status(&reply, Some(about), &token));
        }
        Ok(reply)
    }

    /// Every room the account can access (`GET /rooms`), the channels of workspaces
    /// included, at most [`MAX_ROOMS`]; with `members`, their member lists too.
    pub async fn rooms(&self, members: bool) -> Result<Vec<Room>> {
        let path = if members { "/rooms?extraFields=members" } else { "/rooms" };
        let rooms: Vec<Room> = self.simple(Method::GET, path, About::Rooms).await?.json()?;
        let mut out = Vec::new();
        for mut room in rooms {
            let children = std::mem::take(&mut room.children);
            out.push(room);
            out.extend(children);
            if out.len() >= MAX_ROOMS {
                out.truncate(MAX_ROOMS);
                break;
            }
        }
        Ok(out)
    }

    /// What the server allows this user (`GET /users/capabilities`): the picture limits.
    pub async fn capabilities(&self) -> Result<Capabilities> {
        self.simple(Method::GET, "/users/capabilities", About::Capabilities).await?.json()
    }

    /// The account's own user id: the SOAP `GetInfoRequest` (urn:zimbraAccount) answers it
    /// as `id`. The token travels as the `ZM_AUTH_TOKEN` cookie, as for the chats API.
    pub async fn own_id(&self) -> Result<String> {
        let token = self.current().await?;
        let body = json!({ "Body": { "GetInfoRequest": { "_jsns": "urn:zimbraAccount", "sections": "mbox" } } });
        let req = self
            .http
            .request(Method::POST, &format!("{}{SOAP_PATH}", self.url))
            .header(COOKIE, Self::cookie(&token))
            .json(&body);
        let reply = self.http.call(req).await?;
        let value = reply.json_value();
        let fault =
            value.as_ref().and_then(|v| v["Body"]["Fault"]["Detail"]["Error"]["Code"].as_str().map(str::to_string));
        if let Some(code) = fault {
            return Err(if code.starts_with("service.AUTH") || code == "account.AUTH_FAILED" {
                let failure =
                    Failure::auth(format!("Carbonio rejected the token when asked for the account's id ({code})"));
                if self.can_relogin() {
                    failure.with_retry(Retry::Reauthenticate { generation: token.generation })
                } else {
                    failure
                }
            } else {
                Failure::general(format!("Carbonio did not tell the account's id: {}", crate::text::escape(&code)))
                    .with_problem(Problem::NotFound(Thing::OwnUserId))
            });
        }
        if !reply.is_success() {
            return Err(self.bare_status(&reply, None, &token));
        }
        value
            .as_ref()
            .and_then(|v| v["Body"]["GetInfoResponse"]["id"].as_str())
            .map(|id| id.trim().to_ascii_lowercase())
            .filter(|id| crate::ids::is_uuid(id))
            .ok_or_else(|| {
                Failure::general("the Carbonio GetInfoResponse carries no user id (a UUID in `id`)")
                    .with_problem(Problem::NotFound(Thing::OwnUserId))
            })
    }

    /// Set a room's or a user's picture: the image as a raw body (see [`Carbonio::raw_body`]).
    pub async fn set_picture(&self, of: &Picture, payload: Payload) -> Result<()> {
        let token = self.current().await?;
        let (name, mime, len) = (payload.name.clone(), payload.mime.clone(), payload.len);
        let req = self.raw_body(Method::PUT, &of.path(), &token, &name, &mime, len)?;
        let reply = self.http.upload(req.body(reqwest::Body::wrap_stream(payload.into_stream()))).await?;
        if reply.is_success() {
            return Ok(());
        }
        Err(match reply.status.as_u16() {
            400 => Failure::general(format!(
                "Carbonio refused the picture (HTTP 400{}); sent: fileName (\\u-escaped), mimeType: {}",
                developer_message(&reply).map(|m| format!(": {m}")).unwrap_or_default(),
                crate::text::escape(&mime)
            ))
            .with_hint("the server takes pictures of group rooms and users only, as JPEG, PNG or GIF; one-to-one chats have none"),
            411 => Failure::general("Carbonio (or a proxy in front of it) wants a Content-Length and did not get one (HTTP 411)"),
            413 => Failure::input(format!(
                "the picture is too large for this Carbonio server (HTTP 413, {})",
                crate::text::bytes(len)
            ))
            .with_hint("the server's own limit is below the one it states in its capabilities: send a smaller image"),
            _ => self.bare_status(&reply, Some(of.about_set()), &token),
        })
    }

    /// Start the download of a room's or a user's picture.
    pub async fn picture(&self, of: &Picture) -> Result<reqwest::Response> {
        let token = self.current().await?;
        let req = self.http.request(Method::GET, &self.api(&of.path())).header(COOKIE, Self::cookie(&token));
        self.http.open(req).await?.map_err(|reply| self.bare_status(&reply, Some(of.about_get()), &token))
    }

    /// Remove a room's picture.
    pub async fn delete_room_picture(&self, room: &str) -> Result<()> {
        let path = Picture::Room(room.to_string()).path();
        self.simple(Method::DELETE, &path, About::RoomPictureDelete(room)).await.map(|_| ())
    }

    /// Start the download of a preview of attachment `id` (see [`Preview`]).
    pub async fn preview(&self, id: &str, preview: &Preview) -> Result<reqwest::Response> {
        let token = self.current().await?;
        let req = self
            .http
            .request(Method::GET, &self.api(&preview.path(id)))
            .query(&preview.query())
            .header(COOKIE, Self::cookie(&token));
        self.http.open(req).await?.map_err(|reply| self.bare_status(&reply, Some(About::Preview(id)), &token))
    }

    /// One page of a room's attachments, newest first.
    pub async fn list_page(&self, room: &str, items: u32, filter: Option<&str>) -> Result<Page> {
        let token = self.current().await?;
        let mut query: Vec<(&str, String)> = vec![("itemsNumber", items.to_string())];
        if let Some(f) = filter {
            query.push(("filter", f.to_string()));
        }
        let req = self
            .http
            .request(Method::GET, &self.api(&format!("/rooms/{}/attachments", crate::ids::segment(room))))
            .query(&query)
            .header(COOKIE, Self::cookie(&token));
        let reply = self.http.call(req).await?;
        if !reply.is_success() {
            return Err(self.bare_status(&reply, Some(About::Room(room)), &token));
        }
        reply.json()
    }

    /// An attachment's metadata.
    pub async fn info(&self, id: &str) -> Result<Attachment> {
        let token = self.current().await?;
        let req = self
            .http
            .request(Method::GET, &self.api(&format!("/attachments/{}", crate::ids::segment(id))))
            .header(COOKIE, Self::cookie(&token));
        let reply = self.http.call(req).await?;
        if !reply.is_success() {
            return Err(self.bare_status(&reply, Some(About::Attachment(id)), &token));
        }
        reply.json()
    }

    /// Start a download; the caller streams the body.
    pub async fn download(&self, id: &str) -> Result<reqwest::Response> {
        let token = self.current().await?;
        let req = self
            .http
            .request(Method::GET, &self.api(&format!("/attachments/{}/download", crate::ids::segment(id))))
            .header(COOKIE, Self::cookie(&token));
        self.http.open(req).await?.map_err(|reply| self.bare_status(&reply, Some(About::Attachment(id)), &token))
    }

    pub async fn delete(&self, id: &str) -> Result<()> {
        let token = self.current().await?;
        let req = self
            .http
            .request(Method::DELETE, &self.api(&format!("/attachments/{}", crate::ids::segment(id))))
            .header(COOKIE, Self::cookie(&token));
        let reply = self.http.call(req).await?;
        if !reply.is_success() {
            return Err(self.bare_status(&reply, Some(About::Delete(id)), &token));
        }
        Ok(())
    }

    /// A status without a body, explained from what the request was about.
    fn bare_status(&self, reply: &Reply, about: Option<About<'_>>, token: &Issued<Secret>) -> Failure {
        let code = reply.status.as_u16();
        let said = developer_message(reply).map(|m| format!(": {m}")).unwrap_or_default();
        match (code, about) {
            (401, _) => {
                let failure = Failure::auth(format!(
                    "Carbonio rejected the token (HTTP 401{said}): the {COOKIE_NAME} expired or was revoked"
                ));
                if self.can_relogin() {
                    failure.with_retry(Retry::Reauthenticate { generation: token.generation })
                } else {
                    failure
                }
            }
            (403, Some(About::Room(room))) => Failure::general(format!(
                "access to room {room} denied (HTTP 403{said}): the account is not a member of it"
            ))
            .with_problem(Problem::Forbidden(Thing::Room)),
            (404, Some(About::Room(room))) => {
                Failure::general(format!("no room {room} on this Carbonio server (HTTP 404{said})"))
                    .with_problem(Problem::NotFound(Thing::Room))
            }
            (403, Some(About::Attachment(id))) => Failure::general(format!(
                "access to attachment {id} denied (HTTP 403{said}): the account is not a member of its room"
            )),
            (404, Some(About::Attachment(id) | About::Delete(id))) => {
                Failure::general(format!("no attachment {id} (HTTP 404{said}): it does not exist or was deleted"))
                    .with_problem(Problem::NotFound(Thing::Attachment))
            }
            (403, Some(About::Delete(id))) => {
                Failure::general(format!("not allowed to delete attachment {id} (HTTP 403{said})"))
                    .with_hint("only the account that uploaded it, or an owner of its room, can delete it")
            }
            (403, Some(About::RoomPictureSet(room) | About::RoomPictureDelete(room))) => Failure::general(format!(
                "not allowed to change the picture of room {room} (HTTP 403{said}): the account is not an owner of it"
            ))
            .with_hint("ask an owner of the room to make the account an owner, or to change the picture"),
            (403, Some(About::RoomPictureGet(room))) => Failure::general(format!(
                "access to room {room} denied (HTTP 403{said}): the account is not a member of it"
            )),
            (404, Some(About::RoomPictureSet(room))) => {
                Failure::general(format!("no room {room} on this Carbonio server (HTTP 404{said})"))
                    .with_problem(Problem::NotFound(Thing::RoomOfPicture))
            }
            (404, Some(About::RoomPictureGet(room) | About::RoomPictureDelete(room))) => {
                Failure::general(format!("room {room} has no picture, or there is no such room (HTTP 404{said})"))
                    .with_problem(Problem::NotFound(Thing::RoomPicture))
            }
            (403, Some(About::UserPictureSet(user))) => Failure::general(format!(
                "not allowed to change the picture of user {user} (HTTP 403{said}): an account sets only its own"
            ))
            .with_problem(Problem::Forbidden(Thing::UserPicture)),
            (404, Some(About::UserPictureSet(user) | About::UserPictureGet(user))) => {
                Failure::general(format!("user {user} has no picture, or there is no such user (HTTP 404{said})"))
            }
            (403, Some(About::Preview(id))) => Failure::general(format!(
                "access to attachment {id} denied (HTTP 403{said}): the account is not a member of its room"
            )),
            (404, Some(About::Preview(id))) => Failure::general(format!(
                "no attachment {id} to preview (HTTP 404{said}): it does not exist or was deleted"
            ))
            .with_problem(Problem::NotFound(Thing::Attachment)),
            (400, Some(About::Preview(id))) => {
                Failure::general(format!("Carbonio cannot make that preview of attachment {id} (HTTP 400{said})"))
                    .with_problem(Problem::Refused(Thing::Preview))
            }
            (404, Some(About::Rooms | About::Capabilities)) => {
                Failure::general(format!("no Carbonio chats API at {} (HTTP 404{said})", self.api("")))
                    .with_hint("the url must be the Carbonio web address, e.g. https://mail.example.com")
            }
            _ => status_failure(reply, None),
        }
    }
}

/// The message of the `Error{traceId, message}` body a server in developer mode adds.
fn developer_message(reply: &Reply) -> Option<String> {
    let v = reply.json_value()?;
    v["message"].as_str().filter(|m| !m.is_empty()).map(crate::text::escape)
}

fn header_value(value: &str) -> Result<HeaderValue> {
    HeaderValue::from_str(value)
        .map_err(|_| Failure::usage(format!("`{}` cannot be sent in an HTTP header", crate::text::escape(value))))
}

/// Read the first `want` bytes of a body stream and hand back both them and the whole stream
/// (the bytes read are sent first, nothing is held beyond them).
async fn peek(
    mut stream: impl futures_util::Stream<Item = std::io::Result<bytes::Bytes>> + Send + Unpin + 'static,
    want: usize,
) -> (Vec<u8>, reqwest::Body) {
    let mut taken: Vec<std::io::Result<bytes::Bytes>> = Vec::new();
    let mut head = Vec::new();
    while head.len() < want {
        match stream.next().await {
            Some(Ok(chunk)) => {
                head.extend_from_slice(&chunk);
                taken.push(Ok(chunk));
            }
            Some(Err(e)) => {
                taken.push(Err(e));
                break;
            }
            None => break,
        }
    }
    (head, reqwest::Body::wrap_stream(futures_util::stream::iter(taken).chain(stream)))
}

/// One `attach` run: the adapter and the metadata every file shares.
pub struct CarbonioUpload<'a> {
    pub api: &'a Carbonio,
    pub meta: AttachMeta,
}

impl Target for CarbonioUpload<'_> {
    type Output = String;

    /// A resend after the server took the body would post the file twice in the chat.
    fn resend_safe(&self) -> bool {
        false
    }

    fn mime(&self, file: &LocalFile) -> String {
        detect_mime(file)
    }

    fn send(&self, payload: Payload) -> impl Future<Output = Result<String>> + Send {
        self.api.upload(&self.meta, payload)
    }
}

/// The `mimeType` of an upload: from the content's magic bytes, with the extension as
/// fallback (attachments and pictures alike).
fn detect_mime(file: &LocalFile) -> String {
    let head = file.head(64).unwrap_or_default();
    crate::media::mime_of(&head, &file.name).to_string()
}

/// One picture upload (`room-picture set`, `user-picture set`).
pub struct PictureUpload<'a> {
    pub api: &'a Carbonio,
    pub of: Picture,
}

impl Target for PictureUpload<'_> {
    type Output = ();

    /// Setting the same picture again leaves the same picture.
    fn resend_safe(&self) -> bool {
        true
    }

    fn mime(&self, file: &LocalFile) -> String {
        detect_mime(file)
    }

    fn send(&self, payload: Payload) -> impl Future<Output = Result<()>> + Send {
        self.api.set_picture(&self.of, payload)
    }
}

impl Renew for PictureUpload<'_> {
    fn renew(&self, generation: u64) -> BoxFuture<'_, Result<bool>> {
        self.api.renew(generation)
    }
}

impl Renew for CarbonioUpload<'_> {
    fn renew(&self, generation: u64) -> BoxFuture<'_, Result<bool>> {
        self.api.renew(generation)
    }
}

impl Renew for Carbonio {
    /// Log in again after the token of `generation` was refused (once, however many
    /// requests saw it refused).
    fn renew(&self, generation: u64) -> BoxFuture<'_, Result<bool>> {
        Box::pin(async move {
            let Some((account, password)) = &self.login else { return Ok(false) };
            self.token.renew(generation, || Self::authenticate(&self.http, &self.url, account, password)).await?;
            Ok(true)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_utf16_unit() {
        assert_eq!(escape_unicode("a.png"), "\\u0061\\u002e\\u0070\\u006e\\u0067");
        assert_eq!(escape_unicode("Отчёт.pdf"), "\\u041e\\u0442\\u0447\\u0451\\u0442\\u002e\\u0070\\u0064\\u0066");
        assert_eq!(escape_unicode("😀.txt"), "\\ud83d\\ude00\\u002e\\u0074\\u0078\\u0074");
        assert_eq!(escape_unicode(""), "");
    }
}
