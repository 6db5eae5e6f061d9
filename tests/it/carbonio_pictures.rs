//! Carbonio room and user pictures and previews (seed 003; apis.md §4): what arrives at the
//! fake (escaped headers, exact bytes, Content-Length), the capabilities' size limit checked
//! before anything is sent, the account's own id from SOAP, and previews saved by name. User
//! pictures exist on the 1.3 generation only: on 1.6 the user is told so, from the answer.

use crate::carbonio::env;
use crate::common::*;
use chatdrop::sandbox::carbonio::{Api, DESIGN_ROOM, OTHER_USER_ID, ROOM, SPEC_PDF, USER_ID, WHITEBOARD};

/// PUTs of pictures that reached the fake.
fn picture_puts(t: &TestEnv) -> Vec<Recorded> {
    t.requests("carbonio").into_iter().filter(|r| r.method == "PUT" && r.path.ends_with("/picture")).collect()
}

#[test]
fn a_room_picture_arrives_escaped_and_exact_and_comes_back() {
    let t = TestEnv::new();
    let name = "Логотип 😀.png";
    let bytes = png(64, 48, "logo", 3000);
    let image = t.file(name, &bytes);
    let r = run(t.cmd("carbonio").args(["carbonio", "room-picture", "set", "--room", "design review"]).arg(&image));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, format!("{DESIGN_ROOM}\t{name}\n"));
    let puts = picture_puts(&t);
    assert_eq!(puts.len(), 1);
    let put = &puts[0];
    assert_eq!(put.path, format!("/carbonio/services/chats/rooms/{DESIGN_ROOM}/picture"));
    // Every UTF-16 unit as `\uXXXX`, lowercase (docs/apis.md, Carbonio: "encoded to unicode").
    let escaped = r"\u041b\u043e\u0433\u043e\u0442\u0438\u043f\u0020\ud83d\ude00\u002e\u0070\u006e\u0067";
    assert_eq!(put.header("filename"), Some(escaped));
    assert_eq!(put.header("mimetype"), Some("image/png"));
    assert_eq!(put.header("content-type"), Some("application/octet-stream"));
    assert_eq!(put.header("content-length"), Some(bytes.len().to_string().as_str()));
    assert!(put.header("transfer-encoding").is_none(), "never chunked");
    assert_eq!(put.parts[0].value.as_deref(), Some(&bytes[..]), "the exact bytes");
    let stored = t.sandbox.state.carbonio.picture(DESIGN_ROOM).expect("set");
    assert_eq!((stored.name.as_str(), stored.md5.as_str()), (name, md5_hex(&bytes).as_str()));
    // The capabilities were asked before the upload.
    let caps = t.requests("carbonio").iter().position(|r| r.path.ends_with("/users/capabilities")).unwrap();
    let put_at = t.requests("carbonio").iter().position(|r| r.method == "PUT").unwrap();
    assert!(caps < put_at);

    let out = t.dir.path().join("got");
    std::fs::create_dir_all(&out).unwrap();
    let r = run(t.cmd("carbonio").args(["carbonio", "room-picture", "get", "--room", DESIGN_ROOM, "-o"]).arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let saved = out.join(format!("room-{DESIGN_ROOM}.png"));
    assert_eq!(std::fs::read(&saved).unwrap(), bytes);

    let r = run(t.cmd("carbonio").args(["--json", "carbonio", "room-picture", "delete", "--room", "Design Review"]));
    assert_eq!(r.code, 2, "no terminal, no --yes: refused");
    assert!(t.sandbox.state.carbonio.picture(DESIGN_ROOM).is_some());
    let r = run(t.cmd("carbonio").args([
        "--json",
        "carbonio",
        "room-picture",
        "delete",
        "--yes",
        "--room",
        "Design Review",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let record = &json_lines(&r.stdout)[0];
    assert_eq!(
        (record["service"].as_str(), record["action"].as_str()),
        (Some("carbonio"), Some("room-picture-delete"))
    );
    assert!(t.sandbox.state.carbonio.picture(DESIGN_ROOM).is_none());
}

#[test]
fn a_picture_over_the_servers_limit_or_not_an_image_sends_nothing() {
    let t = env(Api::V1_3);
    t.sandbox.state.carbonio.set_picture_limits(2, 3);
    let big = t.file("big.png", &png(10, 10, "big", 2 * 1024 + 1));
    let r = run(t.cmd("carbonio").args(["carbonio", "room-picture", "set", "--room", DESIGN_ROOM]).arg(&big));
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert_one_cause(&r, "over this server's limit for a room picture, 2 KiB (maxRoomImageSizeInKb)");
    assert!(r.stderr.contains("nothing was sent"), "{}", r.stderr);
    // The user limit is the other one: 3 KiB takes the same file.
    let r = run(t.cmd("carbonio").args(["carbonio", "user-picture", "set"]).arg(&big));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = t.file("notes.png", b"not an image at all");
    let r = run(t.cmd("carbonio").args(["carbonio", "room-picture", "set", "--room", DESIGN_ROOM]).arg(&text));
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("is not an image"), "{}", r.stderr);
    assert_eq!(picture_puts(&t).len(), 1, "only the user picture was sent");
}

#[test]
fn the_own_user_id_comes_from_get_info_and_others_are_refused_clearly() {
    let t = env(Api::V1_3);
    let image = t.file("me.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;");
    let r = run(t.cmd("carbonio").args(["carbonio", "user-picture", "set"]).arg(&image));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, format!("{USER_ID}\tme.gif\n"));
    let soap: Vec<_> = t.requests("carbonio").into_iter().filter(|r| r.path.ends_with("/service/soap")).collect();
    assert_eq!(soap.len(), 1);
    assert_eq!(soap[0].body_json()["Body"]["GetInfoRequest"]["_jsns"], "urn:zimbraAccount");
    assert_eq!(picture_puts(&t)[0].path, format!("/carbonio/services/chats/users/{USER_ID}/picture"));
    assert_eq!(picture_puts(&t)[0].header("mimetype"), Some("image/gif"));
    // Someone else's: 403 from the server, said as a sentence.
    let r = run(t.cmd("carbonio").args(["carbonio", "user-picture", "set", "--user", OTHER_USER_ID]).arg(&image));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("an account sets only its own"), "{}", r.stderr);
    // A plain member may not change a room's picture.
    let r = run(t.cmd("carbonio").args(["carbonio", "room-picture", "set", "--room", ROOM]).arg(&image));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("not an owner"), "{}", r.stderr);
    // The own picture comes back; a user without one is a 404 sentence.
    let out = t.dir.path().join("me-back.gif");
    let r = run(t.cmd("carbonio").args(["carbonio", "user-picture", "get", "-o"]).arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read(&out).unwrap(), std::fs::read(&image).unwrap());
    let r = run(t.cmd("carbonio").args(["carbonio", "user-picture", "get", "--user", OTHER_USER_ID]));
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("has no picture"), "{}", r.stderr);
}

#[test]
fn previews_are_saved_under_the_attachments_name() {
    let t = TestEnv::new();
    let out = t.dir.path().join("previews");
    std::fs::create_dir_all(&out).unwrap();
    let r = run(t
        .cmd("carbonio")
        .args(["carbonio", "preview", WHITEBOARD, "--size", "320x240", "--quality", "high", "-o"])
        .arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let saved = out.join("whiteboard-preview.png");
    assert!(std::fs::read(&saved).unwrap().starts_with(b"\x89PNG"), "an image");
    // A download's plain line is where it was saved (README "Output").
    assert_eq!(r.stdout, format!("{}\n", saved.display()));
    let r = run(t
        .cmd("carbonio")
        .args([
            "carbonio",
            "preview",
            "WHITEBOARD.PNG",
            "--room",
            "design review",
            "--thumbnail",
            "--format",
            "jpeg",
            "-o",
        ])
        .arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(out.join("whiteboard-thumbnail.jpeg").exists());
    let r = run(t.cmd("carbonio").args(["carbonio", "preview", SPEC_PDF, "--pages", "2-0", "-o"]).arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::read(out.join("spec-preview.pdf")).unwrap().starts_with(b"%PDF"));
    let previews: Vec<_> = t.requests("carbonio").into_iter().filter(|r| r.path.contains("/preview/")).collect();
    let chats = "/carbonio/services/chats";
    assert_eq!(previews[0].path, format!("{chats}/preview/image/{WHITEBOARD}/320x240/"));
    assert_eq!(previews[0].query, "quality=High&output_format=Png");
    assert_eq!(previews[1].path, format!("{chats}/preview/image/{WHITEBOARD}/1600x900/thumbnail"));
    assert_eq!(previews[1].query, "output_format=Jpeg");
    assert_eq!(previews[2].path, format!("{chats}/preview/pdf/{SPEC_PDF}/"));
    assert_eq!(previews[2].query, "firstPage=2&lastPage=0");
    // Pages are for PDFs, sizes are WIDTHxHEIGHT: both checked before any request.
    let before = t.requests("carbonio").len();
    let r = run(t.cmd("carbonio").args(["carbonio", "preview", WHITEBOARD, "--size", "big"]));
    assert_eq!(r.code, 2);
    assert_eq!(t.requests("carbonio").len(), before);
    let r = run(t.cmd("carbonio").args(["carbonio", "preview", WHITEBOARD, "--pages", "1-2"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
}

/// What a user-picture command says on a server without user pictures (the issue's wording).
const NO_USER_PICTURES: &str = "this Carbonio server has no user pictures: they were removed in Workstream \
                                Collaboration 1.6.0; set your picture in the Carbonio web client";

#[test]
fn user_pictures_on_1_6_say_they_are_gone_and_send_no_image() {
    let t = TestEnv::new();
    let image = t.file("me.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;");
    // set: the capabilities asked before the upload tell the generation; the image stays home.
    let r = run(t.cmd("carbonio").args(["carbonio", "user-picture", "set"]).arg(&image));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_one_cause(&r, NO_USER_PICTURES);
    assert!(picture_puts(&t).is_empty(), "no image sent");
    // get: the 404 carries the server's version header, so it is this, not "no picture".
    let r = run(t.cmd("carbonio").args(["carbonio", "user-picture", "get", "--user", OTHER_USER_ID]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_one_cause(&r, NO_USER_PICTURES);
    let got = t.requests("carbonio").into_iter().rfind(|r| r.path.ends_with("/picture")).unwrap();
    assert_eq!((got.method.as_str(), got.status), ("GET", 404));
    assert_eq!(got.header("x-wsc-api-version"), None, "asked without naming a version");
    assert!(!r.stderr.contains("has no picture"), "{}", r.stderr);
    // Room pictures are still there on 1.6.
    let logo = t.file("logo.png", &png(8, 8, "logo", 200));
    let r = run(t.cmd("carbonio").args(["carbonio", "room-picture", "set", "--room", DESIGN_ROOM]).arg(&logo));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(t.sandbox.state.carbonio.picture(DESIGN_ROOM).is_some());
}

#[test]
fn a_bare_404_to_a_user_picture_is_no_picture_on_1_3() {
    let t = env(Api::V1_3);
    let r = run(t.cmd("carbonio").args(["carbonio", "user-picture", "get", "--user", OTHER_USER_ID]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_one_cause(&r, &format!("user {OTHER_USER_ID} has no picture, or there is no such user (HTTP 404)"));
    assert!(!r.stderr.contains("removed in Workstream"), "{}", r.stderr);
}
