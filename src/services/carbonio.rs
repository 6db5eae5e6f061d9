//! The Zextras Carbonio chats (Workstream Collaboration) adapter: the SOAP `AuthRequest` for a
//! `ZM_AUTH_TOKEN`; attachment uploads (the multipart `PUT` where the server has it, else the
//! raw-body `POST` with the metadata in headers; `fileName` and `description` written as
//! `\uXXXX` per UTF-16 unit, as the server's `decodeFromUtf8` demands), the cursor-paged
//! attachment list, info, download and delete; the room list, the capabilities (picture
//! limits), room and user pictures (the raw-body upload), previews, and the account's own id
//! (SOAP `GetInfoRequest`). The server answers errors with a bare status (a developer-mode
//! server adds `{traceId, message}`, the multipart upload a line of text), so every status is
//! turned into a message here from what the request was about.
//!
//! Server generations, decided in one place ([`Generation`], `Carbonio::observe`). chatdrop
//! speaks to the seed's 1.3.x and to today's 1.6.x (the spec `api.yaml` at 16972a1a says 1.6.2).
//! VERIFIED in zextras/carbonio-ws-collaboration-ce:
//! - since API 1.6.0 (98095556, "implement api versioning") the server has the header
//!   `X-WSC-API-VERSION` (`ChatsConstant.API_VERSION_HEADER`): `VersionedResponseFilter` puts
//!   the server's version on every non-2xx answer and echoes the header of a request that sent
//!   one on 2xx; `VersionedRequestFilter` aborts a request naming a greater version with 422
//!   (the IT `VersioningApiTestIT.newer_version` shows the 422 carrying the server's version)
//!   and an unreadable one with 400; a server before 1.6.0 has neither filter;
//! - user pictures (`/users/{userId}/picture`) were removed in 72756d1a (spec 0.9.0, May 2025),
//!   before versioning arrived, so every versioned server lacks them;
//! - the multipart `PUT /rooms/{roomId}/attachments` (`insertAttachmentMultipart`) arrived in
//!   1.6.1 (f8de943d); the raw `POST` is still there in 1.6.2.
//!
//! So one read-only request decides: `GET /users/capabilities` naming 1.6.1 answers 2xx
//! echoing it (1.6.1 or later: multipart), 422 with the server's version (1.6.0: raw POST), or
//! 2xx without the header (before versioning, the 1.3.x generation: raw POST, user pictures).
//! The command layer remembers the answer beside the token, keyed by the server's URL.
//! INFERRED, not seen on a live server:
//! - that the response filter also runs on the 404 of a route that no longer exists (RESTEasy
//!   runs global response filters on exception-mapped answers), so a 404 carrying the header
//!   to `/users/{userId}/picture` means "no user pictures", and one without it "no picture";
//! - that a 404 or 405 to the multipart `PUT` without a version header of 1.6.1 or later comes
//!   from a server without that route (nothing was stored: no resource ran), so the file is
//!   sent again by `POST`, once.
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
//! - the multipart `description` travels as UTF-8 text with its charset stated (the server
//!   passes it on undecoded, and RESTEasy reads a part without a charset as US-ASCII);
//! - list pages ask for at most [`PAGE_SIZE`] items; the server may send fewer;
//! - the own user id comes from SOAP `GetInfoRequest` with the token as the `ZM_AUTH_TOKEN`
//!   cookie (as the web client sends it), asking only `sections: "mbox"` to keep the answer small;
//! - a picture PUT by a non-owner answers 403, a room with no picture 404 on GET/DELETE;
//! - a stated picture limit of 0 (the seed example) means the default 512 KiB;
//! - a file length above [`MAX_SIZE`] is not one (the spec's int64 has no bound);
//! - previews send `quality`/`output_format` as the enums are spelled (`High`, `Png`).
//!
//! Not the kit's `BearerClient`/`ErrorWords`: a cookie token that renews, bare-status errors.

use std::sync::Mutex;

use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE, COOKIE, HeaderValue};
use serde::de::DeserializeOwned;

use crate::services::kit::prelude::*;
use crate::services::token::{Issued, TokenHolder, TokenSaver};

/// The settings of Zextras Carbonio, one constant each: the code names a setting by its
/// constant, so a misspelt key does not compile, and `KIND` lists these same constants, so the
/// table the config files, env vars and `auth status` go by is the one the code reads.
pub mod keys {
    use crate::services::spec::{Key, key, secret};

    pub const URL: Key = Key::new(
        &key("url", "your Carbonio server, e.g. https://mail.example.com").example("https://mail.example.com"),
    );
    pub const ACCOUNT: Key =
        Key::new(&key("account", "your account, e.g. user@example.com").example("user@example.com"));
    pub const PASSWORD: Key =
        Key::new(&secret("password", "stored only if you ask, to log in again when the token expires").on_request());
    pub const TOKEN: Key = Key::new(&secret("token", "the ZM_AUTH_TOKEN (from login, or from the browser for CI)"));
    pub const ROOM: Key = Key::new(
        &key("room", "default room for `carbonio attach`: its UUID or its name")
            .example("00000000-0000-0000-0000-000000000000"),
    );
    pub const USER_ID: Key = Key::new(
        &key("user_id", "the account's own user id, cached from the server (GetInfoRequest) for user pictures")
            .example("00000000-0000-0000-0000-000000000000"),
    );
    pub const SERVER_API: Key = Key::new(
        &key(
            "server_api",
            "the chats API of the server, learned once and remembered beside the token (e.g. `1.6.1+ \
         https://mail.example.com`); without a URL it holds for any server; set `1.6.2` or `1.3` to skip the question",
        )
        .example("1.6.1+ https://mail.example.com"),
    );
}

/// What this service's [`Problem`]s are about, in its own words (see `error::Thing`).
pub mod things {
    use crate::error::Thing;

    pub const ROOM: Thing = Thing("room");
    pub const ROOM_OF_PICTURE: Thing = Thing("room whose picture is set");
    pub const ROOM_PICTURE: Thing = Thing("room's picture");
    pub const USER_PICTURE: Thing = Thing("user's picture");
    pub const ATTACHMENT: Thing = Thing("attachment");
    pub const PREVIEW: Thing = Thing("preview");
    pub const OWN_USER_ID: Thing = Thing("account's own user id");
}

/// The registry entry (see `services::ALL`): the settings this adapter reads.
pub const KIND: ServiceKind = ServiceKind::new(&ServiceInfo {
    name: "carbonio",
    title: "Zextras Carbonio",
    keys: &[
        keys::URL,
        keys::ACCOUNT,
        keys::PASSWORD,
        keys::TOKEN,
        keys::ROOM,
        keys::USER_ID,
        keys::SERVER_API,
        CA_CERT,
        SKIP_SENT,
    ],
    credential_sets: &[&[keys::URL, keys::TOKEN], &[keys::URL, keys::ACCOUNT, keys::PASSWORD]],
    login: &[keys::URL, keys::ACCOUNT, keys::PASSWORD],
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

/// The header the chats API is versioned by (`ChatsConstant.API_VERSION_HEADER`, since 1.6.0).
pub const API_VERSION_HEADER: &str = "X-WSC-API-VERSION";
/// The first versioned API: every server that names a version has no user pictures.
pub const VERSIONED_SINCE: ApiVersion = ApiVersion(1, 6, 0);
/// The API that added the multipart upload (`insertAttachmentMultipart`).
pub const MULTIPART_SINCE: ApiVersion = ApiVersion(1, 6, 1);
/// The version named when the server's is not known: the newest whose features chatdrop uses.
pub const PROBE_VERSION: ApiVersion = MULTIPART_SINCE;
/// What a user-picture command meets on a server without user pictures.
pub const NO_USER_PICTURES: &str = "this Carbonio server has no user pictures: they were removed in Workstream \
                                    Collaboration 1.6.0; set your picture in the Carbonio web client";

/// A chats API version, `MAJOR.MINOR.PATCH` (semver; a pre-release or build suffix is ignored).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ApiVersion(pub u32, pub u32, pub u32);

impl ApiVersion {
    /// `1.6.2`, `1.6` (patch 0), `1.6.2-rc1`; None for anything else.
    pub fn parse(text: &str) -> Option<ApiVersion> {
        let core = text.trim().split(['-', '+']).next()?;
        let parts: Vec<&str> = core.splitn(4, '.').collect();
        let number = |p: &str| -> Option<u32> {
            (!p.is_empty() && p.len() <= 9 && p.bytes().all(|b| b.is_ascii_digit())).then(|| p.parse().ok())?
        };
        match parts[..] {
            [major, minor] => Some(ApiVersion(number(major)?, number(minor)?, 0)),
            [major, minor, patch] => Some(ApiVersion(number(major)?, number(minor)?, number(patch)?)),
            _ => None,
        }
    }
}

impl std::fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.{}", self.0, self.1, self.2)
    }
}

/// Which chats API a server speaks, as far as chatdrop's requests differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generation {
    /// No `X-WSC-API-VERSION`: an API before 1.6.0 (the seed's 1.3.x). Raw-body `POST` only;
    /// user pictures exist.
    Unversioned,
    /// A versioned API: `version` itself, or (`or_later`) at least it, when only an echo of
    /// the version chatdrop named has been seen.
    Versioned { version: ApiVersion, or_later: bool },
}

impl Generation {
    /// Whether attachments go by the multipart `PUT`.
    pub fn multipart(self) -> bool {
        matches!(self, Generation::Versioned { version, .. } if version >= MULTIPART_SINCE)
    }

    pub fn user_pictures(self) -> bool {
        self == Generation::Unversioned
    }

    /// For people: "Workstream Collaboration API 1.6.1 or later".
    pub fn describe(self) -> String {
        match self {
            Generation::Unversioned => {
                "a Workstream Collaboration API before 1.6.0 (no version header: the 1.3.x generation)".into()
            }
            Generation::Versioned { version, or_later: false } => format!("Workstream Collaboration API {version}"),
            Generation::Versioned { version, or_later: true } => {
                format!("Workstream Collaboration API {version} or later")
            }
        }
    }

    /// What chatdrop does differently on it, for `-v`.
    pub fn consequence(self) -> &'static str {
        if self.multipart() {
            "attachments go by multipart PUT; no user pictures"
        } else if self.user_pictures() {
            "attachments go by raw-body POST; user pictures exist"
        } else {
            "attachments go by raw-body POST; no user pictures"
        }
    }

    /// The short form remembered and shown in JSON: `pre-1.6`, `1.6.0`, `1.6.1+`.
    pub fn token(self) -> String {
        match self {
            Generation::Unversioned => "pre-1.6".into(),
            Generation::Versioned { version, or_later } => format!("{version}{}", if or_later { "+" } else { "" }),
        }
    }

    /// [`Generation::token`] read back; a version before 1.6.0 (`1.3`, `1.3.1`) is unversioned.
    pub fn parse_token(text: &str) -> Option<Generation> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("pre-1.6") {
            return Some(Generation::Unversioned);
        }
        let (text, or_later) = match text.strip_suffix('+') {
            Some(rest) => (rest, true),
            None => (text, false),
        };
        let version = ApiVersion::parse(text)?;
        Some(if version < VERSIONED_SINCE {
            Generation::Unversioned
        } else {
            Generation::Versioned { version, or_later }
        })
    }

    /// The value remembered beside the token: the generation and the server it was learnt from.
    pub fn remember(self, server: &str) -> String {
        format!("{} {server}", self.token())
    }

    /// A remembered value read back for `server`: None when it was learnt from another server
    /// (a changed url asks again); a value naming no server is the user's own and holds for
    /// any. Err when it is not a generation at all.
    pub fn recall(value: &str, server: &str) -> std::result::Result<Option<Generation>, ()> {
        let mut words = value.split_whitespace();
        let generation = words.next().and_then(Generation::parse_token).ok_or(())?;
        match (words.next(), words.next()) {
            (None, _) => Ok(Some(generation)),
            (Some(url), None) => Ok((url.trim_end_matches('/') == server.trim_end_matches('/')).then_some(generation)),
            _ => Err(()),
        }
    }
}

/// What the adapter knows of its server's generation, and what was last remembered of it.
#[derive(Debug, Default)]
struct Known {
    current: Option<Generation>,
    remembered: Option<Generation>,
}

/// An attachment's metadata (the API's `Attachment`), its fields checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub id: String,
    pub name: String,
    /// None when the server states none (the spec requires it; older answers may lack it).
    pub size: Option<u64>,
    pub mime_type: String,
    pub user_id: String,
    pub room_id: String,
    pub created_at: Option<String>,
    pub area: Option<String>,
}

/// An `Attachment` as it comes: `size` is the spec's int64, read as any JSON value and checked
/// by [`Attachment::from_wire`], so a wrong one is named rather than failing the whole parse.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct WireAttachment {
    id: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    size: Value,
    #[serde(default)]
    mime_type: Option<String>,
    #[serde(default)]
    user_id: Option<String>,
    #[serde(default)]
    room_id: Option<String>,
    #[serde(default)]
    created_at: Option<String>,
    #[serde(default)]
    area: Option<String>,
}

impl Attachment {
    fn from_wire(wire: WireAttachment, endpoint: &str) -> Result<Attachment> {
        let size = file_length(&wire.size, &wire.id, endpoint)?;
        Ok(Attachment {
            size,
            name: wire.name.unwrap_or_default(),
            mime_type: wire.mime_type.unwrap_or_default(),
            user_id: wire.user_id.unwrap_or_default(),
            room_id: wire.room_id.unwrap_or_default(),
            created_at: wire.created_at,
            area: wire.area,
            id: wire.id,
        })
    }
}

/// The largest `size` taken as a file length (1 PiB): the spec's int64 has no bound, and
/// nothing larger is a chat attachment.
pub const MAX_SIZE: u64 = 1 << 50;

/// An attachment's `size` (int64 in the spec): a whole number from 0 to [`MAX_SIZE`]; absent
/// or null is unknown. Anything else is the server's error, named, never retried.
fn file_length(value: &Value, id: &str, endpoint: &str) -> Result<Option<u64>> {
    let why = match value {
        Value::Null => return Ok(None),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(len), _, _) if len <= MAX_SIZE => return Ok(Some(len)),
            (Some(len), _, _) => format!("{len}, more than any file holds"),
            (None, Some(len), _) => format!("{len}, and a length cannot be negative"),
            (None, None, Some(f)) if f < 0.0 => format!("{n}, and a length cannot be negative"),
            (None, None, Some(f)) if f.fract() == 0.0 => format!("{n}, more than any file holds"),
            _ => format!("{n}, not a whole number of bytes"),
        },
        other => {
            let shown: String = other.to_string().chars().take(40).collect();
            format!("{}, not a number", crate::text::escape(&shown))
        }
    };
    Err(Failure::general(format!(
        "Carbonio answered {endpoint} with `size` {why} (attachment {})",
        crate::text::escape(id)
    ))
    .with_hint("the server's answer is wrong; tell its administrator"))
}

/// One page of a room's attachments and the cursor of the next one.
#[derive(Debug, Clone)]
pub struct Page {
    pub filter: Option<String>,
    pub attachments: Vec<Attachment>,
}

#[derive(Deserialize)]
struct WirePage {
    #[serde(default)]
    filter: Option<String>,
    #[serde(default)]
    attachments: Option<Vec<WireAttachment>>,
}

/// The most rooms kept from `GET /rooms` (channels of workspaces included).
pub const MAX_ROOMS: usize = 10_000;
/// The picture limit when the capabilities do not state one (apis.md §4.6: `ChatsConstant`).
pub const DEFAULT_PICTURE_KB: u64 = 512;
/// The largest picture limit taken as one (1 TiB in KiB): beyond it the value is not a limit.
pub const MAX_PICTURE_KB: u64 = 1 << 30;

/// A room as `GET /rooms` describes it (the fields chatdrop uses).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Room {
    pub id: String,
    /// One-to-one chats may have none.
    #[serde(default)]
    pub name: Option<String>,
    /// group, one_to_one, temporary (1.6); workspace and channel too before 1.6.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// With `extraFields=members` only. The 1.6.2 spec declares it with `items` but no
    /// `type: array`, so any JSON there is schema-valid: only a list is read as one.
    #[serde(default, deserialize_with = "list_or_none")]
    pub members: Option<Vec<Value>>,
    /// Channels of a workspace (before 1.6 only).
    #[serde(default)]
    pub children: Option<Vec<Room>>,
}

/// A JSON array as its items; any other value as none, rather than failing the whole answer.
fn list_or_none<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<Vec<Value>>, D::Error> {
    Ok(match Value::deserialize(d)? {
        Value::Array(items) => Some(items),
        _ => None,
    })
}

/// The limits of `GET /users/capabilities` chatdrop checks before an upload. The spec types
/// them integer without bounds, so they are read as any value and checked by
/// [`Capabilities::picture_limit`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Capabilities {
    #[serde(default)]
    pub max_room_image_size_in_kb: Value,
    #[serde(default)]
    pub max_user_image_size_in_kb: Value,
}

/// The largest picture of one kind, as the server states it (or the default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PictureLimit {
    pub bytes: u64,
    pub kb: u64,
    /// The capability's name, e.g. `maxRoomImageSizeInKb`.
    pub field: &'static str,
    /// Set when the stated limit could not be read and the default stands in for it.
    pub warning: Option<String>,
}

impl Capabilities {
    /// The largest picture of `of`. An absent or zero limit (the seed's example shows 0) is the
    /// documented default; an unreadable one (`-1`, `1.5`, `"512"`, absurdly large) too, with a
    /// warning naming the field.
    pub fn picture_limit(&self, of: &Picture) -> PictureLimit {
        let (field, value) = match of {
            Picture::Room(_) => ("maxRoomImageSizeInKb", &self.max_room_image_size_in_kb),
            Picture::User(_) => ("maxUserImageSizeInKb", &self.max_user_image_size_in_kb),
        };
        let stated = match value {
            Value::Null => Ok(None),
            Value::Number(n) => match n.as_u64() {
                Some(0) => Ok(None),
                Some(kb) if kb <= MAX_PICTURE_KB => Ok(Some(kb)),
                _ => Err(n.to_string()),
            },
            other => Err(other.to_string().chars().take(40).collect()),
        };
        let (kb, warning) = match stated {
            Ok(kb) => (kb.unwrap_or(DEFAULT_PICTURE_KB), None),
            Err(shown) => (
                DEFAULT_PICTURE_KB,
                Some(format!(
                    "Carbonio's GET /users/capabilities states `{field}` as {}, which is not a size in KiB; \
                     using the documented default, {DEFAULT_PICTURE_KB} KiB",
                    crate::text::escape(&shown)
                )),
            ),
        };
        PictureLimit { bytes: kb.saturating_mul(1024), kb, field, warning }
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
    /// The server's generation: remembered from an earlier run, or learnt from its answers.
    generation: Mutex<Known>,
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
        Carbonio { http, url, login, token: TokenHolder::new(token, saver), generation: Mutex::default() }
    }

    /// The generation remembered for this server by an earlier run (see [`Generation::recall`]).
    pub fn with_generation(self, remembered: Option<Generation>) -> Self {
        if let Some(g) = remembered {
            self.http
                .log
                .debug(1, || format!("Carbonio at {}: {} (remembered): {}", self.url, g.describe(), g.consequence()));
        }
        *self.known() = Known { current: remembered, remembered };
        self
    }

    /// The server's address (no trailing slash), as the generation is remembered by it.
    pub fn server(&self) -> &str {
        &self.url
    }

    fn known(&self) -> std::sync::MutexGuard<'_, Known> {
        self.generation.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The generation as far as known (remembered or learnt), without asking the server.
    pub fn known_generation(&self) -> Option<Generation> {
        self.known().current
    }

    /// The generation to remember when it differs from what was remembered (once per change).
    pub fn generation_to_remember(&self) -> Option<Generation> {
        let mut known = self.known();
        let current = known.current?;
        (known.remembered != Some(current)).then(|| {
            known.remembered = Some(current);
            current
        })
    }

    /// Take `learnt` as the server's generation (logged with `-v` when it changes).
    fn learn(&self, learnt: Generation, how: &str) {
        let mut known = self.known();
        if known.current == Some(learnt) {
            return;
        }
        known.current = Some(learnt);
        drop(known);
        self.http
            .log
            .debug(1, || format!("Carbonio at {}: {} ({how}): {}", self.url, learnt.describe(), learnt.consequence()));
    }

    /// What an answer says of the server's generation, the one place it is read (see the
    /// module's notes). `sent`: the version the request named, if it named one.
    fn observe(&self, reply: &Reply, sent: Option<ApiVersion>) {
        let header = reply.headers.get(API_VERSION_HEADER).and_then(|v| v.to_str().ok()).map(str::trim);
        let stated = header.and_then(ApiVersion::parse);
        match (reply.is_success(), stated, sent) {
            // Every non-2xx answer of a versioned server names the server's own version.
            (false, Some(version), _) => self.learn(
                Generation::Versioned { version, or_later: false },
                &format!("HTTP {} named it", reply.status.as_u16()),
            ),
            // A 2xx echoes the version asked for: the server speaks at least that one.
            (true, Some(version), _) => {
                let exact_newer = matches!(
                    self.known_generation(),
                    Some(Generation::Versioned { version: known, or_later: false }) if known >= version
                );
                if !exact_newer {
                    self.learn(Generation::Versioned { version, or_later: true }, "it took the version asked for");
                }
            }
            // A version was named and ignored: no versioning, an API before 1.6.0.
            (true, None, Some(_)) if header.is_none() => {
                self.learn(Generation::Unversioned, "it ignored the version header")
            }
            _ => {}
        }
    }

    /// The version to name in a request: the server's when known, else [`PROBE_VERSION`].
    fn version_to_name(&self) -> ApiVersion {
        match self.known_generation() {
            Some(Generation::Versioned { version, .. }) => version,
            _ => PROBE_VERSION,
        }
    }

    /// `GET /users/capabilities`, naming an API version so that the answer tells the
    /// server's generation too. A 422 (the version named is newer than the server's) names the
    /// server's: the request is made again with it, as the web client renegotiates.
    async fn capabilities_reply(&self) -> Result<(Reply, Issued<Secret>)> {
        let token = self.current().await?;
        let mut named = self.version_to_name();
        for _ in 0..2 {
            let req = self
                .http
                .request(Method::GET, &self.api("/users/capabilities"))
                .header(COOKIE, Self::cookie(&token))
                .header(API_VERSION_HEADER, named.to_string());
            let reply = self.http.call(req).await?;
            self.observe(&reply, Some(named));
            match self.known_generation() {
                Some(Generation::Versioned { version, .. }) if reply.status.as_u16() == 422 && version < named => {
                    named = version;
                }
                _ => return Ok((reply, token)),
            }
        }
        Err(Failure::general(format!(
            "Carbonio refused every API version chatdrop named (HTTP 422 to GET {})",
            self.api("/users/capabilities")
        )))
    }

    /// The server's generation: as remembered or learnt, else asked with one read-only request.
    pub async fn generation(&self) -> Result<Generation> {
        if let Some(known) = self.known_generation() {
            return Ok(known);
        }
        let (reply, token) = self.capabilities_reply().await?;
        if !reply.is_success() {
            return Err(self.capabilities_failure(&reply, &token));
        }
        self.known_generation()
            .ok_or_else(|| Failure::general("Carbonio's GET /users/capabilities told nothing of its API version"))
    }

    /// A failure unless this server has user pictures (as far as known: nothing is asked).
    pub fn check_user_pictures(&self) -> Result<()> {
        match self.known_generation() {
            Some(g) if !g.user_pictures() => Err(Failure::general(NO_USER_PICTURES)),
            _ => Ok(()),
        }
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
        // A login issues a token and changes nothing: a dry run logs in too.
        let reply = http.query(http.request(Method::POST, &format!("{url}{SOAP_PATH}")).json(&body)).await?;
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

    /// Check that the token works with the chats API; answers the server's generation,
    /// learnt from the same request.
    pub async fn check(&self) -> Result<Generation> {
        let (reply, token) = self.capabilities_reply().await?;
        if !reply.is_success() {
            return Err(self.capabilities_failure(&reply, &token));
        }
        self.known_generation()
            .ok_or_else(|| Failure::general("Carbonio's GET /users/capabilities told nothing of its API version"))
    }

    fn capabilities_failure(&self, reply: &Reply, token: &Issued<Secret>) -> Failure {
        match reply.status.as_u16() {
            404 => Failure::general(format!("no Carbonio chats API at {} (HTTP 404)", self.api("")))
                .with_hint("the url must be the Carbonio web address, e.g. https://mail.example.com, and the server must run Chats (Workstream Collaboration)"),
            _ => self.bare_status(reply, Some(About::Capabilities), token),
        }
    }

    /// Upload one attachment; answers its id. By the multipart `PUT` on a server known to
    /// have it, else by the raw-body `POST` (every generation has it).
    pub async fn upload(&self, meta: &AttachMeta, payload: Payload) -> Result<String> {
        let token = self.current().await?;
        let multipart = self.known_generation().is_some_and(Generation::multipart);
        let (name, mime, len) = (payload.name.clone(), payload.mime.clone(), payload.len);
        // The area is read from the content itself (the header bytes of an image), so it
        // always belongs to the body being sent.
        let (area, stream): (Option<String>, BodyStream) = if mime.starts_with("image/") {
            let (head, stream) = peek(Box::pin(payload.into_stream()), crate::media::HEAD_LEN).await;
            (crate::media::dimensions(&head).map(|(w, h)| format!("{w}x{h}")), stream)
        } else {
            (None, Box::pin(payload.into_stream()))
        };
        let path = format!("/rooms/{}/attachments", crate::ids::segment(&meta.room));
        let reply = if multipart {
            // `contentLength` is required by the server (400 "Content length not found")
            // although the spec marks only `file`; the file goes last, so it can stream.
            let mut form = Multipart::new().text("contentLength", &len.to_string());
            if let Some(d) = &meta.description {
                form = form.part("description", Some("text/plain; charset=UTF-8"), d.as_bytes());
            }
            if let Some(id) = &meta.message_id {
                form = form.text("messageId", id);
            }
            if let Some(id) = &meta.reply_to {
                form = form.text("replyId", id);
            }
            if let Some(area) = &area {
                form = form.text("area", area);
            }
            // The part's file name goes through the same `decodeFromUtf8` as the raw header.
            let body = form.file_stream("file", FileNameStyle::Quoted, &escape_unicode(&name), &mime, len, stream);
            let req = self.http.request(Method::PUT, &self.api(&path)).header(COOKIE, Self::cookie(&token));
            self.http.upload(body.fill(req)).await?
        } else {
            let mut req = self.raw_body(Method::POST, &path, &token, &name, &mime, len)?;
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
            self.http.upload(req.body(reqwest::Body::wrap_stream(stream))).await?
        };
        if let Some(step) = reply.planned() {
            return Ok(crate::plan::from_step(step, "id"));
        }
        self.observe(&reply, None);
        if reply.is_success() {
            let answer: IdAnswer = reply.json()?;
            return Ok(answer.id);
        }
        let sent = Sent { multipart, mime: &mime, area: area.as_deref(), meta };
        Err(self.upload_failure(&reply, &sent, &path, len, &token))
    }

    /// Why an upload was refused, from its status and what was sent.
    fn upload_failure(&self, reply: &Reply, sent: &Sent<'_>, path: &str, len: u64, token: &Issued<Secret>) -> Failure {
        let code = reply.status.as_u16();
        let stated = reply.headers.get(API_VERSION_HEADER).and_then(|v| v.to_str().ok()).and_then(ApiVersion::parse);
        // The multipart route missing: a server older than remembered (or a proxy that hides
        // the version). No resource ran, so nothing was stored: the next attempt goes by POST.
        if sent.multipart && matches!(code, 404 | 405) && stated.is_none_or(|v| v < MULTIPART_SINCE) {
            if stated.is_none() {
                self.learn(Generation::Unversioned, "it has no multipart upload");
            }
            let now = self.known_generation().map(Generation::describe).unwrap_or_default();
            return Failure::general(format!(
                "Carbonio has no multipart upload (HTTP {code} to PUT {path}): it speaks {now}; the file goes by POST instead"
            ))
            .with_retry(Retry::Yes { after: Some(std::time::Duration::ZERO) });
        }
        match code {
            400 => Failure::general(format!(
                "Carbonio refused {} of the upload (HTTP 400{}); sent: {}",
                if sent.multipart { "a part" } else { "a header" },
                said(reply),
                crate::text::escape(&sent.describe())
            ))
            .with_problem(Problem::Refused(things::ATTACHMENT)),
            411 => Failure::general(
                "Carbonio (or a proxy in front of it) wants a Content-Length and did not get one (HTTP 411)",
            )
            .with_problem(Problem::Rechunked),
            413 => Failure::input(format!(
                "the file is too large for this Carbonio server (HTTP 413, {})",
                crate::text::bytes(len)
            ))
            .with_hint("the limit is the server's (storage or quota): ask its administrator, or send a smaller file"),
            _ => self.bare_status(reply, Some(About::Room(&sent.meta.room)), token),
        }
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
        let rooms: Vec<Room> = decode(&self.simple(Method::GET, path, About::Rooms).await?, "GET /rooms")?;
        let mut out = Vec::new();
        for mut room in rooms {
            let children = room.children.take().unwrap_or_default();
            out.push(room);
            out.extend(children);
            if out.len() >= MAX_ROOMS {
                out.truncate(MAX_ROOMS);
                break;
            }
        }
        Ok(out)
    }

    /// What the server allows this user (`GET /users/capabilities`): the picture limits; the
    /// server's generation is learnt on the way.
    pub async fn capabilities(&self) -> Result<Capabilities> {
        let (reply, token) = self.capabilities_reply().await?;
        if !reply.is_success() {
            return Err(self.capabilities_failure(&reply, &token));
        }
        decode(&reply, "GET /users/capabilities")
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
        // A question about the account, sent as a POST: it changes nothing.
        let reply = self.http.query(req).await?;
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
                    .with_problem(Problem::NotFound(things::OWN_USER_ID))
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
                    .with_problem(Problem::NotFound(things::OWN_USER_ID))
            })
    }

    /// Set a room's or a user's picture: the image as a raw body (see [`Carbonio::raw_body`]).
    pub async fn set_picture(&self, of: &Picture, payload: Payload) -> Result<()> {
        if let Picture::User(_) = of {
            self.check_user_pictures()?;
        }
        let token = self.current().await?;
        let (name, mime, len) = (payload.name.clone(), payload.mime.clone(), payload.len);
        let req = self.raw_body(Method::PUT, &of.path(), &token, &name, &mime, len)?;
        let reply = self.http.upload(req.body(reqwest::Body::wrap_stream(payload.into_stream()))).await?;
        if reply.is_success() {
            return Ok(());
        }
        if let Some(gone) = self.no_user_pictures(of, &reply) {
            return Err(gone);
        }
        Err(match reply.status.as_u16() {
            400 => Failure::general(format!(
                "Carbonio refused the picture (HTTP 400{}); sent: fileName (\\u-escaped), mimeType: {}",
                said(&reply),
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
        if let Picture::User(_) = of {
            self.check_user_pictures()?;
        }
        let token = self.current().await?;
        let req = self.http.request(Method::GET, &self.api(&of.path())).header(COOKIE, Self::cookie(&token));
        self.http.open(req).await?.map_err(|reply| {
            self.no_user_pictures(of, &reply).unwrap_or_else(|| self.bare_status(&reply, Some(of.about_get()), &token))
        })
    }

    /// The failure of a user-picture request the server answered as one without user
    /// pictures: a 404 (or 405) carrying the version header, which only versioned servers
    /// (1.6.0 on, all without user pictures) send. A bare 404 is "no picture", never this.
    fn no_user_pictures(&self, of: &Picture, reply: &Reply) -> Option<Failure> {
        self.observe(reply, None);
        let versioned = reply.headers.get(API_VERSION_HEADER).is_some();
        (matches!(of, Picture::User(_)) && versioned && matches!(reply.status.as_u16(), 404 | 405))
            .then(|| Failure::general(NO_USER_PICTURES))
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
        let endpoint = format!("GET /rooms/{}/attachments", crate::text::escape(room));
        let page: WirePage = decode(&reply, &endpoint)?;
        let attachments = page.attachments.unwrap_or_default();
        Ok(Page {
            filter: page.filter,
            attachments: attachments
                .into_iter()
                .map(|a| Attachment::from_wire(a, &endpoint))
                .collect::<Result<Vec<_>>>()?,
        })
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
        let endpoint = format!("GET /attachments/{}", crate::text::escape(id));
        Attachment::from_wire(decode(&reply, &endpoint)?, &endpoint)
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
        self.observe(reply, None);
        let code = reply.status.as_u16();
        let said = said(reply);
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
            .with_problem(Problem::Forbidden(things::ROOM)),
            (404, Some(About::Room(room))) => {
                Failure::general(format!("no room {room} on this Carbonio server (HTTP 404{said})"))
                    .with_problem(Problem::NotFound(things::ROOM))
            }
            (403, Some(About::Attachment(id))) => Failure::general(format!(
                "access to attachment {id} denied (HTTP 403{said}): the account is not a member of its room"
            )),
            (404, Some(About::Attachment(id) | About::Delete(id))) => {
                Failure::general(format!("no attachment {id} (HTTP 404{said}): it does not exist or was deleted"))
                    .with_problem(Problem::NotFound(things::ATTACHMENT))
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
                    .with_problem(Problem::NotFound(things::ROOM_OF_PICTURE))
            }
            (404, Some(About::RoomPictureGet(room) | About::RoomPictureDelete(room))) => {
                Failure::general(format!("room {room} has no picture, or there is no such room (HTTP 404{said})"))
                    .with_problem(Problem::NotFound(things::ROOM_PICTURE))
            }
            (403, Some(About::UserPictureSet(user))) => Failure::general(format!(
                "not allowed to change the picture of user {user} (HTTP 403{said}): an account sets only its own"
            ))
            .with_problem(Problem::Forbidden(things::USER_PICTURE)),
            // A 1.3.x server answers a picture PUT 204, 400 or 403, never 404 (`updateUserPicture`
            // in chats-api.yaml and `UserServiceImpl.setUserPicture` at 5d544caf): a 404 is the
            // route missing (its version header lost on the way), or a user that is not there.
            (404, Some(About::UserPictureSet(user))) => Failure::general(format!(
                "could not set the picture of user {user} (HTTP 404{said}): there is no such user, or this Carbonio \
                 server has no user pictures (they were removed in Workstream Collaboration 1.6.0)"
            )),
            (404, Some(About::UserPictureGet(user))) => {
                Failure::general(format!("user {user} has no picture, or there is no such user (HTTP 404{said})"))
            }
            (403, Some(About::Preview(id))) => Failure::general(format!(
                "access to attachment {id} denied (HTTP 403{said}): the account is not a member of its room"
            )),
            (404, Some(About::Preview(id))) => Failure::general(format!(
                "no attachment {id} to preview (HTTP 404{said}): it does not exist or was deleted"
            ))
            .with_problem(Problem::NotFound(things::ATTACHMENT)),
            (400, Some(About::Preview(id))) => {
                Failure::general(format!("Carbonio cannot make that preview of attachment {id} (HTTP 400{said})"))
                    .with_problem(Problem::Refused(things::PREVIEW))
            }
            (404, Some(About::Rooms | About::Capabilities)) => {
                Failure::general(format!("no Carbonio chats API at {} (HTTP 404{said})", self.api("")))
                    .with_hint("the url must be the Carbonio web address, e.g. https://mail.example.com")
            }
            _ => status_failure(reply, None),
        }
    }
}

/// What the server said besides its status, as `: <text>`: the message of the developer-mode
/// `Error{traceId, message}` body, or the line of text the multipart upload answers a 400 with;
/// escaped and cut short. Empty for a bare status (the usual answer).
fn said(reply: &Reply) -> String {
    if reply.body.iter().all(u8::is_ascii_whitespace) {
        return String::new();
    }
    match reply.json_value() {
        Some(v) => v["message"]
            .as_str()
            .filter(|m| !m.trim().is_empty())
            .map(|m| format!(": {}", crate::text::escape(&m.trim().chars().take(200).collect::<String>())))
            .unwrap_or_default(),
        None => format!(": {}", reply.describe_body()),
    }
}

/// A 2xx answer's JSON as `T`. A body that is not what the spec describes is the server's
/// answer, not a passing fault: named with the endpoint, never retried.
fn decode<T: DeserializeOwned>(reply: &Reply, endpoint: &str) -> Result<T> {
    serde_json::from_slice(&reply.body).map_err(|e| {
        let what = match reply.json_value() {
            Some(_) => format!("JSON chatdrop cannot read ({e})"),
            None => reply.describe_body(),
        };
        Failure::general(format!("Carbonio answered {endpoint} with {what}"))
            .with_hint("the server's answer is not what its API describes; tell its administrator")
    })
}

fn header_value(value: &str) -> Result<HeaderValue> {
    HeaderValue::from_str(value)
        .map_err(|_| Failure::usage(format!("`{}` cannot be sent in an HTTP header", crate::text::escape(value))))
}

/// A body on its way: the file's chunks, as the uploader streams them.
type BodyStream = std::pin::Pin<Box<dyn futures_util::Stream<Item = std::io::Result<bytes::Bytes>> + Send>>;

/// Read the first `want` bytes of a body stream and hand back both them and the whole stream
/// (the bytes read are sent first, nothing is held beyond them).
async fn peek(mut stream: BodyStream, want: usize) -> (Vec<u8>, BodyStream) {
    let mut taken: Vec<std::io::Result<bytes::Bytes>> = Vec::new();
    let mut head = Vec::new();
    let mut ended = false;
    while head.len() < want {
        match stream.next().await {
            Some(Ok(chunk)) => {
                head.extend_from_slice(&chunk);
                taken.push(Ok(chunk));
            }
            Some(Err(e)) => {
                taken.push(Err(e));
                ended = true;
                break;
            }
            None => {
                ended = true;
                break;
            }
        }
    }
    // A stream that has ended is not polled again (the uploader's may not be).
    let taken = futures_util::stream::iter(taken);
    if ended { (head, Box::pin(taken)) } else { (head, Box::pin(taken.chain(stream))) }
}

/// What an upload sent besides its bytes, for the message of a refusal.
struct Sent<'a> {
    multipart: bool,
    mime: &'a str,
    area: Option<&'a str>,
    meta: &'a AttachMeta,
}

impl Sent<'_> {
    fn describe(&self) -> String {
        let meta = self.meta;
        let (name, description) = if self.multipart {
            ("PUT multipart: file (name \\u-escaped", "description")
        } else {
            ("POST: fileName (\\u-escaped", "description (\\u-escaped)")
        };
        format!(
            "{name}), {}: {}{}{}{}{}",
            if self.multipart { "its type" } else { "mimeType" },
            self.mime,
            if meta.description.is_some() { format!(", {description}") } else { String::new() },
            self.area.map(|a| format!(", area: {a}")).unwrap_or_default(),
            meta.message_id.as_deref().map(|m| format!(", messageId: {m}")).unwrap_or_default(),
            meta.reply_to.as_deref().map(|m| format!(", replyId: {m}")).unwrap_or_default(),
        )
    }
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

    fn send(&self, payload: Payload) -> impl Future<Output = Result<String>> + Send {
        self.api.upload(&self.meta, payload)
    }
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
    fn generations_read_back_as_remembered_and_only_for_their_server() {
        let server = "https://mail.example.com";
        let v = |a, b, c| ApiVersion(a, b, c);
        assert_eq!(ApiVersion::parse("1.6.2"), Some(v(1, 6, 2)));
        assert_eq!(ApiVersion::parse(" 1.6 "), Some(v(1, 6, 0)));
        assert_eq!(ApiVersion::parse("1.6.2-rc.1+b7"), Some(v(1, 6, 2)));
        for bad in ["", "1", "1.6.2.3", "v1.6", "1..2", "1.6.x", "99999999999.0.0"] {
            assert_eq!(ApiVersion::parse(bad), None, "{bad}");
        }
        for g in [
            Generation::Unversioned,
            Generation::Versioned { version: v(1, 6, 0), or_later: false },
            Generation::Versioned { version: MULTIPART_SINCE, or_later: true },
        ] {
            assert_eq!(Generation::recall(&g.remember(server), server), Ok(Some(g)));
            assert_eq!(Generation::recall(&g.remember(server), &format!("{server}/")), Ok(Some(g)));
            assert_eq!(Generation::recall(&g.remember(server), "https://chat.example.com"), Ok(None));
        }
        assert_eq!(Generation::recall("1.3.1", server), Ok(Some(Generation::Unversioned)));
        assert_eq!(Generation::recall("latest", server), Err(()));
        assert_eq!(Generation::recall("1.6.2 a b", server), Err(()));
        let multipart: Vec<bool> = ["pre-1.6", "1.6.0", "1.6.1+", "1.6.2", "2.0.0"]
            .iter()
            .map(|t| Generation::parse_token(t).unwrap().multipart())
            .collect();
        assert_eq!(multipart, [false, false, true, true, true]);
        assert!(Generation::parse_token("pre-1.6").unwrap().user_pictures());
        assert!(!Generation::parse_token("1.6.0").unwrap().user_pictures());
    }

    #[test]
    fn picture_limits_fall_back_with_a_warning_naming_the_field() {
        let caps = |room: Value| Capabilities { max_room_image_size_in_kb: room, max_user_image_size_in_kb: json!(64) };
        let room = Picture::Room("r".into());
        let limit = caps(json!(2048)).picture_limit(&room);
        assert_eq!((limit.kb, limit.bytes, limit.warning), (2048, 2048 * 1024, None));
        for silent in [Value::Null, json!(0)] {
            assert_eq!(caps(silent).picture_limit(&room).kb, DEFAULT_PICTURE_KB);
        }
        for bad in [json!(-1), json!(1.5), json!("512"), json!(u64::MAX), json!(true)] {
            let limit = caps(bad.clone()).picture_limit(&room);
            assert_eq!(limit.kb, DEFAULT_PICTURE_KB, "{bad}");
            assert!(limit.warning.is_some_and(|w| w.contains("`maxRoomImageSizeInKb`")), "{bad}");
        }
        assert_eq!(caps(json!(-1)).picture_limit(&Picture::User("u".into())).kb, 64);
    }

    #[test]
    fn escapes_every_utf16_unit() {
        assert_eq!(escape_unicode("a.png"), "\\u0061\\u002e\\u0070\\u006e\\u0067");
        assert_eq!(escape_unicode("Отчёт.pdf"), "\\u041e\\u0442\\u0447\\u0451\\u0442\\u002e\\u0070\\u0064\\u0066");
        assert_eq!(escape_unicode("😀.txt"), "\\ud83d\\ude00\\u002e\\u0074\\u0078\\u0074");
        assert_eq!(escape_unicode(""), "");
    }
}
