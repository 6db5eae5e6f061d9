//! The Carbonio fake held against the upstream OpenAPI specs, in both generations: its rooms,
//! attachments, capabilities and users carry every field the spec requires, with the spec's
//! types, and no field the spec does not define; the version header behaves as the server's
//! filters do. Raw HTTP on 127.0.0.1, not chatdrop's client, so a shared mistake cannot hide.
//!
//! The tables below are written from:
//! - 1.6: zextras/carbonio-ws-collaboration-ce,
//!   `carbonio-ws-collaboration-openapi/src/main/resources/api.yaml` at 16972a1a (`info.version`
//!   1.6.2), `components.schemas` Room (with RoomCreationFields, RoomEditableFields), Member,
//!   Attachment, AttachmentsPagination, Capabilities, User, Id;
//! - 1.3: the same repository, `carbonio-ws-collaboration-openapi/src/main/resources/chats/chats-api.yaml`
//!   at 5d544caf (`info.version` 1.3.1), the same schemas.

use std::io::{Read, Write};

use serde_json::Value;

use crate::common::*;
use chatdrop::sandbox::carbonio::{Api, DESIGN_ROOM, TOKEN, USER_ID, WHITEBOARD};

/// A JSON type as the spec writes it.
#[derive(Clone, Copy, Debug)]
enum Ty {
    Str,
    Uuid,
    DateTime,
    /// `integer` (int64 where the spec says so: a whole number either way).
    Int,
    Bool,
    Enum(&'static [&'static str]),
    /// An array of objects of this schema (of UUIDs when empty).
    Array(&'static [F]),
    /// 1.3's `children`: an array of rooms (a const cannot name itself).
    Children,
    Object,
}

/// One property: name, type, required.
#[derive(Clone, Copy, Debug)]
struct F(&'static str, Ty, bool);

const MEMBER_1_6: &[F] = &[F("userId", Ty::Uuid, true), F("owner", Ty::Bool, false)];
const MEMBER_1_3: &[F] = &[F("userId", Ty::Uuid, true), F("owner", Ty::Bool, true)];
const ROOM_TYPES_1_6: &[&str] = &["group", "one_to_one", "temporary"];
const ROOM_TYPES_1_3: &[&str] = &["group", "one_to_one", "workspace", "channel", "temporary"];

/// Room = RoomCreationFields (RoomEditableFields + type, members) + the read-only fields.
const ROOM_1_6: &[F] = &[
    F("id", Ty::Uuid, true),
    F("createdAt", Ty::DateTime, true),
    F("updatedAt", Ty::DateTime, true),
    F("type", Ty::Enum(ROOM_TYPES_1_6), true),
    F("name", Ty::Str, false),
    F("description", Ty::Str, false),
    F("members", Ty::Array(MEMBER_1_6), false),
    F("meetingId", Ty::Uuid, false),
    F("pictureUpdatedAt", Ty::DateTime, false),
    F("userSettings", Ty::Object, false),
];
const ROOM_1_3: &[F] = &[
    F("id", Ty::Uuid, true),
    F("createdAt", Ty::DateTime, true),
    F("updatedAt", Ty::DateTime, true),
    F("type", Ty::Enum(ROOM_TYPES_1_3), true),
    F("name", Ty::Str, false),
    F("description", Ty::Str, false),
    F("parentId", Ty::Uuid, false),
    F("membersIds", Ty::Array(&[]), false),
    F("rank", Ty::Int, false),
    F("meetingId", Ty::Uuid, false),
    F("pictureUpdatedAt", Ty::DateTime, false),
    F("children", Ty::Children, false),
    F("members", Ty::Array(MEMBER_1_3), false),
    F("userSettings", Ty::Object, false),
];
/// The same in both.
const ATTACHMENT: &[F] = &[
    F("id", Ty::Uuid, true),
    F("name", Ty::Str, true),
    F("size", Ty::Int, true),
    F("mimeType", Ty::Str, true),
    F("userId", Ty::Uuid, true),
    F("roomId", Ty::Uuid, true),
    F("createdAt", Ty::DateTime, false),
    F("area", Ty::Str, false),
];
const PAGINATION: &[F] = &[F("filter", Ty::Str, false), F("attachments", Ty::Array(ATTACHMENT), false)];
/// 1.6.2 lists `canVideoCallRecord` as required without defining it (a spec bug: the DTO
/// generated from the properties has no such field), so it is neither required nor allowed here.
const CAPABILITIES_1_6: &[F] = &[
    F("canSeeMessageReads", Ty::Bool, true),
    F("canSeeUsersPresence", Ty::Bool, true),
    F("canVideoCall", Ty::Bool, true),
    F("canUseVirtualBackground", Ty::Bool, true),
    F("editMessageTimeLimitInMinutes", Ty::Int, true),
    F("deleteMessageTimeLimitInMinutes", Ty::Int, true),
    F("maxGroupMembers", Ty::Int, true),
    F("maxRoomImageSizeInKb", Ty::Int, true),
    F("maxUserImageSizeInKb", Ty::Int, true),
];
const CAPABILITIES_1_3: &[F] = &[
    F("canSeeMessageReads", Ty::Bool, true),
    F("canSeeUsersPresence", Ty::Bool, true),
    F("canVideoCall", Ty::Bool, true),
    F("canVideoCallRecord", Ty::Bool, true),
    F("canUseVirtualBackground", Ty::Bool, true),
    F("editMessageTimeLimitInMinutes", Ty::Int, true),
    F("deleteMessageTimeLimitInMinutes", Ty::Int, true),
    F("maxGroupMembers", Ty::Int, true),
    F("maxRoomImageSizeInKb", Ty::Int, true),
    F("maxUserImageSizeInKb", Ty::Int, true),
];
const USER_1_6: &[F] =
    &[F("id", Ty::Uuid, true), F("email", Ty::Str, true), F("name", Ty::Str, true), F("statusMessage", Ty::Str, false)];
const USER_1_3: &[F] = &[
    F("id", Ty::Uuid, true),
    F("email", Ty::Str, true),
    F("name", Ty::Str, true),
    F("type", Ty::Enum(&["internal", "guest"]), false),
    F("pictureUpdatedAt", Ty::DateTime, false),
    F("statusMessage", Ty::Str, false),
];
const ID: &[F] = &[F("id", Ty::Uuid, true)];

fn is_uuid(s: &str) -> bool {
    s.len() == 36
        && s.bytes()
            .enumerate()
            .all(|(i, b)| if [8, 13, 18, 23].contains(&i) { b == b'-' } else { b.is_ascii_hexdigit() })
}

/// RFC 3339 `date-time`: `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`.
fn is_date_time(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let base = digits(0..4)
        && b.get(4) == Some(&b'-')
        && digits(5..7)
        && b.get(7) == Some(&b'-')
        && digits(8..10)
        && matches!(b.get(10), Some(b'T' | b't'))
        && digits(11..13)
        && b.get(13) == Some(&b':')
        && digits(14..16)
        && b.get(16) == Some(&b':')
        && digits(17..19);
    let rest = s.get(19..).unwrap_or("");
    let rest = rest.strip_prefix('.').map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit())).unwrap_or(rest);
    base && (rest == "Z" || rest.len() == 6 && (rest.starts_with('+') || rest.starts_with('-')))
}

/// `value` against `schema`: every required field, each field's type, and no field the schema
/// does not define.
fn check(value: &Value, schema: &[F], what: &str) {
    let obj = value.as_object().unwrap_or_else(|| panic!("{what}: an object: {value}"));
    for F(name, _, required) in schema {
        assert!(!required || obj.contains_key(*name), "{what}: required `{name}` missing: {value}");
    }
    for (key, v) in obj {
        let F(_, ty, _) =
            schema.iter().find(|f| f.0 == key).unwrap_or_else(|| panic!("{what}: `{key}` is not in the spec"));
        let ok = match ty {
            Ty::Str => v.is_string(),
            Ty::Uuid => v.as_str().is_some_and(is_uuid),
            Ty::DateTime => v.as_str().is_some_and(is_date_time),
            Ty::Int => v.is_i64() || v.is_u64(),
            Ty::Bool => v.is_boolean(),
            Ty::Enum(allowed) => v.as_str().is_some_and(|s| allowed.contains(&s)),
            Ty::Object => v.is_object(),
            Ty::Children => v.as_array().is_some_and(|a| {
                a.iter().for_each(|room| check(room, ROOM_1_3, &format!("{what}.children[]")));
                true
            }),
            Ty::Array(items) => v.as_array().is_some_and(|a| {
                for item in a {
                    if items.is_empty() {
                        assert!(item.as_str().is_some_and(is_uuid), "{what}.{key}: {item}");
                    } else {
                        check(item, items, &format!("{what}.{key}[]"));
                    }
                }
                true
            }),
        };
        assert!(ok, "{what}: `{key}` is not {ty:?}: {v}");
    }
}

/// One raw HTTP/1.1 request to the sandbox; the status, the headers (lowercase names) and the body.
fn request(t: &TestEnv, method: &str, path: &str, headers: &[(&str, &str)]) -> (u16, Vec<(String, String)>, Vec<u8>) {
    let mut stream = std::net::TcpStream::connect(t.sandbox.addr).unwrap();
    stream.set_read_timeout(Some(std::time::Duration::from_secs(20))).unwrap();
    let mut head = format!(
        "{method} /carbonio/services/chats{path} HTTP/1.1\r\nhost: {}\r\ncookie: ZM_AUTH_TOKEN={TOKEN}\r\ncontent-length: 0\r\nconnection: close\r\n",
        t.sandbox.addr
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n").expect("a head");
    let text = String::from_utf8_lossy(&answer[..split]).into_owned();
    let status = text.split(' ').nth(1).unwrap().parse().unwrap();
    let headers = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string())))
        .collect();
    (status, headers, answer[split + 4..].to_vec())
}

fn get_json(t: &TestEnv, path: &str) -> Value {
    let (status, _, body) = request(t, "GET", path, &[]);
    assert_eq!(status, 200, "GET {path}: {}", String::from_utf8_lossy(&body));
    serde_json::from_slice(&body).unwrap_or_else(|e| panic!("GET {path}: {e}"))
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

#[test]
fn the_fakes_answers_carry_the_upstream_schemas_fields() {
    for api in [Api::V1_6, Api::V1_3] {
        let t = crate::carbonio::env(api);
        t.sandbox.state.carbonio.add_attachment(DESIGN_ROOM, USER_ID, "extra.bin", 12);
        let (room, capabilities, user) = match api {
            Api::V1_6 => (ROOM_1_6, CAPABILITIES_1_6, USER_1_6),
            Api::V1_3 => (ROOM_1_3, CAPABILITIES_1_3, USER_1_3),
        };
        for path in ["/rooms", "/rooms?extraFields=members"] {
            let rooms = get_json(&t, path);
            let rooms = rooms.as_array().expect("a list of rooms");
            assert!(!rooms.is_empty());
            for r in rooms {
                check(r, room, &format!("{api:?} GET {path}"));
            }
            if api == Api::V1_3 {
                assert!(rooms.iter().any(|r| r["type"] == "workspace" && r["children"][0]["type"] == "channel"));
            }
            // Every room listed can be fetched, as the list shows it.
            for r in rooms {
                let id = r["id"].as_str().unwrap();
                let one = get_json(&t, &format!("/rooms/{id}"));
                check(&one, room, &format!("{api:?} GET /rooms/{{roomId}}"));
                assert_eq!((&one["type"], &one["name"]), (&r["type"], &r["name"]));
            }
        }
        let page = get_json(&t, &format!("/rooms/{DESIGN_ROOM}/attachments?itemsNumber=2"));
        check(&page, PAGINATION, &format!("{api:?} GET /rooms/{{roomId}}/attachments"));
        assert_eq!(page["attachments"].as_array().unwrap().len(), 2);
        assert!(page["filter"].is_string(), "a next page: {page}");
        check(&get_json(&t, &format!("/attachments/{WHITEBOARD}")), ATTACHMENT, "GET /attachments/{fileId}");
        check(&get_json(&t, "/users/capabilities"), capabilities, &format!("{api:?} GET /users/capabilities"));
        check(&get_json(&t, &format!("/users/{USER_ID}")), user, &format!("{api:?} GET /users/{{userId}}"));
        let (status, _, _) = request(&t, "GET", "/users/00000000-0000-4000-8000-000000000000", &[]);
        assert_eq!(status, 404);
        // The upload's answer is an `Id`.
        let r = run(t.cmd("carbonio").args(["carbonio", "attach"]).arg(t.file("a.txt", b"a")));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let id = r.stdout.split('\t').next().unwrap();
        check(&serde_json::json!({ "id": id }), ID, "the upload's answer");
    }
}

#[test]
fn the_version_header_behaves_as_the_servers_filters() {
    // 1.6: VersionedRequestFilter and VersionedResponseFilter (core web/api/versioning/filter).
    let t = TestEnv::new();
    let version = "x-wsc-api-version";
    let (status, headers, _) = request(&t, "GET", "/users/capabilities", &[]);
    assert_eq!((status, header(&headers, version)), (200, None), "nothing asked, nothing echoed");
    for asked in ["1.6.1", "1.6.2", "1.0.0"] {
        let (status, headers, _) = request(&t, "GET", "/users/capabilities", &[(version, asked)]);
        assert_eq!((status, header(&headers, version)), (200, Some(asked)), "echoed");
    }
    let (status, headers, body) = request(&t, "GET", "/users/capabilities", &[(version, "1.7.0")]);
    assert_eq!((status, header(&headers, version), body.len()), (422, Some("1.6.2"), 0), "newer: 422, the server's");
    let (status, headers, body) = request(&t, "GET", "/users/capabilities", &[(version, "not a version")]);
    assert_eq!((status, header(&headers, version)), (400, Some("1.6.2")));
    assert!(!body.is_empty(), "the parser's words");
    // Every non-2xx carries the server's version, asked or not: a 404 of the removed user
    // pictures, a 401, an unknown attachment.
    for (path, expected) in [
        (format!("/users/{USER_ID}/picture"), 404),
        ("/attachments/00000000-0000-4000-8000-000000000000".to_string(), 404),
    ] {
        let (status, headers, _) = request(&t, "GET", &path, &[]);
        assert_eq!((status, header(&headers, version)), (expected, Some("1.6.2")), "{path}");
    }
    t.sandbox.state.carbonio.expire_tokens();
    let (status, headers, _) = request(&t, "GET", "/rooms", &[]);
    assert_eq!((status, header(&headers, version)), (401, Some("1.6.2")));

    // 1.3: no filters. The header is ignored and never sent; the multipart route is not there.
    let t = crate::carbonio::env(Api::V1_3);
    let (status, headers, _) = request(&t, "GET", "/users/capabilities", &[(version, "9.0.0")]);
    assert_eq!((status, header(&headers, version)), (200, None));
    let (status, headers, _) = request(&t, "GET", &format!("/users/{USER_ID}/picture"), &[]);
    assert_eq!((status, header(&headers, version)), (404, None), "no picture yet, and no version");
    let (status, _, _) = request(&t, "PUT", &format!("/rooms/{DESIGN_ROOM}/attachments"), &[]);
    assert_eq!(status, 405);
}
