//! Carbonio end to end: the real binary against the sandbox's Carbonio fake (plain, and behind
//! an HTTPS proxy with a private CA), in both server generations (1.6: multipart `PUT`; 1.3: the
//! raw-body `POST` with its metadata in headers), asserting what arrived at the server and what
//! the user saw.

use std::path::Path;

use crate::common::*;
use chatdrop::sandbox::StoredPart;
use chatdrop::sandbox::carbonio::{ACCOUNT, Api, FOREIGN_ROOM, OTHER_USER_ID, ROOM, TOKEN, USER_ID};

/// A test environment whose Carbonio fake speaks `api`.
pub fn env(api: Api) -> TestEnv {
    let t = TestEnv::new();
    t.sandbox.state.carbonio.set_api(api);
    t
}

/// The part of an upload that carried the file: the multipart `file` part, or the raw body.
pub fn file_part(up: &Recorded) -> &StoredPart {
    up.parts.iter().find(|p| p.name == "file" || p.name.is_empty()).expect("a file part or a raw body")
}

/// The text of the multipart part `name`, if it was sent.
pub fn text_part(up: &Recorded, name: &str) -> Option<String> {
    up.parts.iter().find(|p| p.name == name).map(|p| p.text())
}

#[test]
fn ascii_cyrillic_and_emoji_names_arrive_decoded_exactly_by_raw_post_on_1_3() {
    let t = env(Api::V1_3);
    let names = ["plain report.txt", "Отчёт за май.pdf", "😀 smile 👍🏽.txt"];
    // The fileName headers, each UTF-16 unit as `\uXXXX` (apis.md §4.4), written out.
    let headers = [
        "\\u0070\\u006c\\u0061\\u0069\\u006e\\u0020\\u0072\\u0065\\u0070\\u006f\\u0072\\u0074\\u002e\\u0074\\u0078\\u0074",
        "\\u041e\\u0442\\u0447\\u0451\\u0442\\u0020\\u0437\\u0430\\u0020\\u043c\\u0430\\u0439\\u002e\\u0070\\u0064\\u0066",
        "\\ud83d\\ude00\\u0020\\u0073\\u006d\\u0069\\u006c\\u0065\\u0020\\ud83d\\udc4d\\ud83c\\udffd\\u002e\\u0074\\u0078\\u0074",
    ];
    let bodies: Vec<Vec<u8>> = names.iter().map(|n| format!("content of {n}\n").repeat(500).into_bytes()).collect();
    let paths: Vec<_> = names.iter().zip(&bodies).map(|(n, b)| t.file(n, b)).collect();
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--jobs", "1"]).args(&paths));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ups = t.uploads("carbonio");
    assert_eq!(ups.len(), 3);
    let stored = t.sandbox.state.carbonio.attachments();
    for (((name, body), up), header) in names.iter().zip(&bodies).zip(&ups).zip(headers) {
        assert_eq!(up.path, format!("/carbonio/services/chats/rooms/{ROOM}/attachments"));
        assert_eq!(up.header("cookie"), Some(format!("ZM_AUTH_TOKEN={TOKEN}").as_str()));
        assert_eq!(up.header("filename"), Some(header), "fileName header of {name}");
        assert_eq!(up.header("content-length"), Some(body.len().to_string().as_str()));
        assert!(up.header("transfer-encoding").is_none(), "never chunked");
        assert_eq!(up.header("content-type"), Some("application/octet-stream"));
        assert!(up.header("area").is_none(), "no area for a text file");
        assert_eq!(up.parts[0].value.as_deref(), Some(&body[..]));
        let a = stored.iter().find(|a| a.md5 == md5_hex(body)).expect("stored");
        assert_eq!(a.name, *name, "decoded by the fake exactly");
        assert_eq!(a.user, USER_ID);
        assert!(r.stdout.contains(&format!("{}\t{name}\n", a.id)), "stdout: {}", r.stdout);
    }
    // The emoji needs surrogate pairs, and the skin-tone modifier one more.
    assert!(ups[2].header("filename").unwrap().starts_with("\\ud83d\\ude00\\u0020"));
    // No magic bytes in these: the extension decides.
    assert_eq!(ups[0].header("mimetype"), Some("text/plain"));
    assert_eq!(ups[1].header("mimetype"), Some("application/pdf"));
    // The header naming a version was ignored: no multipart route on this generation, none tried.
    assert!(ups.iter().all(|u| u.method == "POST"));
    let probe = t.requests("carbonio").into_iter().find(|r| r.path.ends_with("/users/capabilities")).unwrap();
    assert_eq!(probe.header("x-wsc-api-version"), Some("1.6.1"));
}

#[test]
fn ascii_cyrillic_and_emoji_names_arrive_decoded_exactly_by_multipart_put_on_1_6() {
    let t = TestEnv::new();
    let names = ["plain report.txt", "Отчёт за май.pdf", "😀 smile 👍🏽.txt"];
    // The part's file name, each UTF-16 unit as `\uXXXX` (apis.md §4.4), written out.
    let escaped = [
        "\\u0070\\u006c\\u0061\\u0069\\u006e\\u0020\\u0072\\u0065\\u0070\\u006f\\u0072\\u0074\\u002e\\u0074\\u0078\\u0074",
        "\\u041e\\u0442\\u0447\\u0451\\u0442\\u0020\\u0437\\u0430\\u0020\\u043c\\u0430\\u0439\\u002e\\u0070\\u0064\\u0066",
        "\\ud83d\\ude00\\u0020\\u0073\\u006d\\u0069\\u006c\\u0065\\u0020\\ud83d\\udc4d\\ud83c\\udffd\\u002e\\u0074\\u0078\\u0074",
    ];
    let bodies: Vec<Vec<u8>> = names.iter().map(|n| format!("content of {n}\n").repeat(500).into_bytes()).collect();
    let paths: Vec<_> = names.iter().zip(&bodies).map(|(n, b)| t.file(n, b)).collect();
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--jobs", "1"]).args(&paths));
    assert_eq!(r.code, 0, "{}", r.stderr);
    // One read-only question first: the version header echoed on 2xx says 1.6.1 or later.
    let sent: Vec<String> = t.requests("carbonio").iter().map(|r| format!("{} {}", r.method, r.path)).collect();
    let chats = "/carbonio/services/chats";
    let put = format!("PUT {chats}/rooms/{ROOM}/attachments");
    assert_eq!(sent, [format!("GET {chats}/users/capabilities"), put.clone(), put.clone(), put]);
    let ups = t.uploads("carbonio");
    let stored = t.sandbox.state.carbonio.attachments();
    for (((name, body), up), escaped) in names.iter().zip(&bodies).zip(&ups).zip(escaped) {
        assert_eq!(up.header("cookie"), Some(format!("ZM_AUTH_TOKEN={TOKEN}").as_str()));
        let content_type = up.header("content-type").unwrap();
        assert!(content_type.starts_with("multipart/form-data; boundary="), "{content_type}");
        assert!(up.header("transfer-encoding").is_none(), "never chunked");
        assert!(up.header("filename").is_none() && up.header("mimetype").is_none(), "no raw-upload headers");
        // The parts, in order: the required contentLength (the file's length), then the file.
        let names: Vec<&str> = up.parts.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["contentLength", "file"]);
        assert_eq!(up.parts[0].text(), body.len().to_string());
        let file = file_part(up);
        assert_eq!(
            file.disposition.as_deref(),
            Some(format!("form-data; name=\"file\"; filename=\"{escaped}\"").as_str())
        );
        assert_eq!(file.value.as_deref(), Some(&body[..]), "the exact bytes");
        let framing = up.header("content-length").unwrap().parse::<usize>().unwrap() - body.len();
        assert!(framing < 1024, "Content-Length is the form's exact length ({framing} bytes of framing)");
        let a = stored.iter().find(|a| a.md5 == md5_hex(body)).expect("stored");
        assert_eq!(a.name, *name, "decoded by the fake exactly");
        assert!(r.stdout.contains(&format!("{}\t{name}\n", a.id)), "stdout: {}", r.stdout);
    }
    assert_eq!(file_part(&ups[0]).content_type.as_deref(), Some("text/plain"));
    assert_eq!(file_part(&ups[1]).content_type.as_deref(), Some("application/pdf"));
}

#[test]
fn mime_type_comes_from_magic_bytes_with_the_extension_as_fallback() {
    for api in [Api::V1_6, Api::V1_3] {
        let t = env(api);
        let pdf = t.file("scan.bin", b"%PDF-1.7\n% fake pdf body\n");
        let csv = t.file("table.csv", b"a,b\n1,2\n");
        let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--jobs", "1"]).arg(&pdf).arg(&csv));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let types: Vec<String> = t
            .uploads("carbonio")
            .iter()
            .map(|u| match api {
                Api::V1_6 => file_part(u).content_type.clone().unwrap(),
                Api::V1_3 => u.header("mimetype").unwrap().to_string(),
            })
            .collect();
        assert_eq!(types, ["application/pdf", "text/csv"], "{api:?}");
        let stored: Vec<String> = t.sandbox.state.carbonio.attachments().into_iter().map(|a| a.mime_type).collect();
        assert_eq!(stored, ["application/pdf", "text/csv"], "{api:?}");
    }
}

#[test]
fn description_with_newlines_and_quotes_reply_and_message_id_arrive_exactly_in_headers_on_1_3() {
    let t = env(Api::V1_3);
    let file = t.file("notes.txt", b"notes");
    let description = "Line one\nLine \"two\" with 'quotes'\\ and a tab\t— ёжик 🦔";
    let r = run(t
        .cmd("carbonio")
        .args(["carbonio", "attach", "--description", description, "--reply-to", "msg-1234", "--message-id"])
        .arg("b7e2d8f0-aaaa-4bbb-8ccc-123456789abc")
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let up = &t.uploads("carbonio")[0];
    let header = concat!(
        "\\u004c\\u0069\\u006e\\u0065\\u0020\\u006f\\u006e\\u0065\\u000a\\u004c\\u0069\\u006e",
        "\\u0065\\u0020\\u0022\\u0074\\u0077\\u006f\\u0022\\u0020\\u0077\\u0069\\u0074\\u0068",
        "\\u0020\\u0027\\u0071\\u0075\\u006f\\u0074\\u0065\\u0073\\u0027\\u005c\\u0020\\u0061",
        "\\u006e\\u0064\\u0020\\u0061\\u0020\\u0074\\u0061\\u0062\\u0009\\u2014\\u0020\\u0451",
        "\\u0436\\u0438\\u043a\\u0020\\ud83e\\udd94",
    );
    assert_eq!(up.header("description"), Some(header));
    assert!(up.header("description").unwrap().bytes().all(|b| b.is_ascii_graphic()));
    assert_eq!(up.header("replyid"), Some("msg-1234"));
    let a = &t.sandbox.state.carbonio.attachments()[0];
    assert_eq!(a.description.as_deref(), Some(description));
    assert_eq!(a.reply_id.as_deref(), Some("msg-1234"));
    assert_eq!(a.message_id.as_deref(), Some("b7e2d8f0-aaaa-4bbb-8ccc-123456789abc"));
}

#[test]
fn description_reply_and_message_id_arrive_exactly_as_parts_on_1_6() {
    let t = TestEnv::new();
    let file = t.file("notes.txt", b"notes");
    let description = "Line one\nLine \"two\" with 'quotes'\\ and a tab\t— ёжик 🦔";
    let r = run(t
        .cmd("carbonio")
        .args(["carbonio", "attach", "--description", description, "--reply-to", "msg-1234", "--message-id"])
        .arg("b7e2d8f0-aaaa-4bbb-8ccc-123456789abc")
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let up = &t.uploads("carbonio")[0];
    let names: Vec<&str> = up.parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["contentLength", "description", "messageId", "replyId", "file"]);
    // The server passes the description on undecoded: UTF-8 text, its charset stated (RESTEasy
    // reads a part without one as US-ASCII).
    let part = up.parts.iter().find(|p| p.name == "description").unwrap();
    assert!(part.content_type.as_deref().is_some_and(|ct| ct.eq_ignore_ascii_case("text/plain; charset=UTF-8")));
    assert_eq!(part.value.as_deref(), Some(description.as_bytes()));
    assert_eq!(text_part(up, "replyId").as_deref(), Some("msg-1234"));
    assert_eq!(text_part(up, "messageId").as_deref(), Some("b7e2d8f0-aaaa-4bbb-8ccc-123456789abc"));
    let a = &t.sandbox.state.carbonio.attachments()[0];
    assert_eq!(a.description.as_deref(), Some(description));
    assert_eq!(a.reply_id.as_deref(), Some("msg-1234"));
    assert_eq!(a.message_id.as_deref(), Some("b7e2d8f0-aaaa-4bbb-8ccc-123456789abc"));
}

#[test]
fn message_id_is_for_one_file_and_ids_are_checked_locally() {
    let t = TestEnv::new();
    let a = t.file("a.txt", b"a");
    let b = t.file("b.txt", b"b");
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--message-id", "m1"]).arg(&a).arg(&b));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--message-id"), "{}", r.stderr);
    // Not a UUID: a room name, and no room has it.
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--room", "general"]).arg(&a));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no room named \"general\""), "{}", r.stderr);
    let r = run(t.cmd("carbonio").args(["carbonio", "info", "../../etc"]));
    assert_eq!(r.code, 2);
    let long = "x".repeat(683);
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--description", &long]).arg(&a));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("at most 682"), "{}", r.stderr);
    // Only the room list that looked the name "general" up reached the server.
    let sent: Vec<_> = t.requests("carbonio").into_iter().map(|r| format!("{} {}", r.method, r.path)).collect();
    assert_eq!(sent, ["GET /carbonio/services/chats/rooms"], "nothing else sent for a usage error");
}

#[test]
fn image_area_is_read_from_the_header_on_1_3() {
    let t = env(Api::V1_3);
    let screenshot = png(1920, 1080, "", 333);
    let png = t.file("screenshot.dat", &screenshot);
    let mut jpeg =
        vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20];
    jpeg.extend_from_slice(&[0u8; 100]);
    let jpg = t.file("photo.jpg", &jpeg);
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--jobs", "1"]).arg(&png).arg(&jpg));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ups = t.uploads("carbonio");
    assert_eq!(ups[0].header("mimetype"), Some("image/png"));
    assert_eq!(ups[0].header("area"), Some("1920x1080"));
    assert_eq!(ups[0].parts[0].md5, md5_hex(&screenshot), "the peeked header is still sent");
    assert_eq!(ups[1].header("mimetype"), Some("image/jpeg"));
    assert_eq!(ups[1].header("area"), Some("800x600"));
    let r = run(t.cmd("carbonio").args(["--json", "carbonio", "attachments"]));
    let listed = json_lines(&r.stdout);
    assert_eq!(listed[1]["area"], "1920x1080");
}

#[test]
fn image_area_is_read_from_the_content_and_sent_as_a_part_on_1_6() {
    let t = TestEnv::new();
    let screenshot = png(1920, 1080, "", 333);
    let png = t.file("screenshot.dat", &screenshot);
    let r = run(t.cmd("carbonio").args(["carbonio", "attach"]).arg(&png));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let up = &t.uploads("carbonio")[0];
    assert_eq!(text_part(up, "area").as_deref(), Some("1920x1080"));
    assert_eq!(file_part(up).content_type.as_deref(), Some("image/png"));
    assert_eq!(file_part(up).md5, md5_hex(&screenshot), "the peeked header is still sent");
    assert_eq!(t.sandbox.state.carbonio.attachments()[0].area.as_deref(), Some("1920x1080"));
}

/// Run the binary like `t.cmd("carbonio")` does, and measure its peak RSS (KiB) when
/// /usr/bin/time is there.
fn run_measured(t: &TestEnv, args: &[&std::ffi::OsStr]) -> (Run, Option<u64>) {
    let time = Path::new("/usr/bin/time");
    let mut cmd = if time.exists() {
        let mut c = t.hermetic(time, Some("carbonio"));
        c.arg("-f").arg("peak-rss-kib=%M").arg(binary());
        c
    } else {
        t.spawnable("carbonio")
    };
    let run = Run::from_output(cmd.args(args).output().expect("binary runs"));
    let peak = run.stderr.lines().find_map(|l| l.strip_prefix("peak-rss-kib=")).and_then(|v| v.trim().parse().ok());
    (run, peak)
}

fn big_upload(len: u64, api: Api) {
    let t = env(api);
    let path = t.dir.path().join("big.bin");
    big_file(&path, len);
    let (r, peak) = run_measured(&t, &["carbonio".as_ref(), "attach".as_ref(), path.as_os_str()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let stored = t.sandbox.state.carbonio.attachments();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].size, len);
    assert_eq!(stored[0].md5, md5_file(&path), "the fake stored exactly the file");
    let up = &t.uploads("carbonio")[0];
    assert_eq!(file_part(up).size, len);
    let declared: u64 = up.header("content-length").unwrap().parse().unwrap();
    match api {
        Api::V1_3 => assert_eq!(declared, len),
        // The form around the file: the contentLength part and the boundaries.
        Api::V1_6 => assert!(declared > len && declared < len + 1024, "{declared}"),
    }
    assert!(up.header("transfer-encoding").is_none());
    match peak {
        Some(kib) => {
            println!("peak RSS of the upload: {kib} KiB");
            assert!(kib < 64 * 1024, "peak RSS {kib} KiB for a {len}-byte upload: memory is not flat");
        }
        None => println!("note: /usr/bin/time is not available; peak memory not measured"),
    }
}

#[test]
fn a_1_gib_file_uploads_by_multipart_put_with_flat_memory() {
    big_upload(1 << 30, Api::V1_6);
}

#[test]
fn a_256_mib_file_uploads_by_raw_post_with_flat_memory() {
    big_upload(256 << 20, Api::V1_3);
}

#[test]
fn listing_follows_the_cursor_page_by_page_newest_first() {
    let t = TestEnv::new();
    let state = &t.sandbox.state.carbonio;
    let ids: Vec<String> =
        (0..25).map(|i| state.add_attachment(ROOM, OTHER_USER_ID, &format!("file-{i:02}.txt"), 100 + i)).collect();
    state.add_attachment(FOREIGN_ROOM, OTHER_USER_ID, "elsewhere.txt", 1);
    let r = run(t.cmd("carbonio").args(["--json", "carbonio", "attachments", "--all"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let listed: Vec<String> = json_lines(&r.stdout).iter().map(|v| v["id"].as_str().unwrap().to_string()).collect();
    let newest_first: Vec<String> = ids.iter().rev().cloned().collect();
    assert_eq!(listed, newest_first);
    let pages: Vec<Recorded> = t.requests("carbonio").into_iter().filter(|r| r.method == "GET").collect();
    assert_eq!(pages.len(), 3, "the fake serves 10 per page");
    assert!(!pages[0].query.contains("filter="));
    assert!(pages[1].query.contains("filter=") && pages[2].query.contains("filter="));
    assert_ne!(pages[1].query, pages[2].query);

    let r = run(t.cmd("carbonio").args(["carbonio", "attachments", "--limit", "12"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Off a terminal: no header, one tab-separated row per attachment (id ... name).
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 12, "12 rows:\n{}", r.stdout);
    assert!(lines.iter().all(|l| l.split('\t').count() == 5), "tab-separated:\n{}", r.stdout);
    assert!(lines[0].starts_with(&format!("{}\t", ids[24])) && lines[0].ends_with("\tfile-24.txt"), "{}", lines[0]);
    let later: Vec<Recorded> = t.requests("carbonio").into_iter().filter(|r| r.method == "GET").skip(3).collect();
    assert_eq!(later.len(), 2);
    assert!(later[1].query.contains("itemsNumber=2"), "asks only for what is missing: {}", later[1].query);
}

#[test]
fn info_download_and_delete() {
    let t = TestEnv::new();
    let body = "Привет, мир\n".repeat(1000).into_bytes();
    let file = t.file("Привет.txt", &body);
    let r = run(t.cmd("carbonio").args(["--json", "carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let id = json_lines(&r.stdout)[0]["id"].as_str().unwrap().to_string();

    let r = run(t.cmd("carbonio").args(["carbonio", "info", &id]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("name:     Привет.txt\n") && r.stdout.contains(&format!(" ({} bytes)\n", body.len())),
        "{}",
        r.stdout
    );

    let out = t.dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let r = run(t.cmd("carbonio").args(["carbonio", "download", &id, "-o"]).arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let saved = out.join("Привет.txt");
    assert_eq!(r.stdout.trim(), saved.display().to_string());
    assert_eq!(std::fs::read(&saved).unwrap(), body);
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1, "no temporary file left behind");
    let r = run(t.cmd("carbonio").args(["carbonio", "download", &id, "-o"]).arg(&out));
    assert_eq!(r.code, 1, "no overwrite without --force");

    // Without a terminal a delete needs --yes: refused (exit 2), nothing deleted.
    let r = run(t.cmd("carbonio").args(["carbonio", "delete", &id]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("pass --yes"), "{}", r.stderr);
    assert!(t.sandbox.state.carbonio.attachment(&id).is_some());
    let r = run(t.cmd("carbonio").args(["--json", "carbonio", "delete", "--yes", &id]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let deleted = json_lines(&r.stdout);
    assert_eq!(assert_record(&deleted[0], "carbonio", "delete", "done")["id"], id.as_str());
    assert!(t.sandbox.state.carbonio.attachment(&id).is_none());
    let r = run(t.cmd("carbonio").args(["carbonio", "info", &id]));
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains(&format!("no attachment {id} (HTTP 404)")), "{}", r.stderr);
}

#[test]
fn downloads_get_a_safe_name() {
    let t = TestEnv::new();
    let file = t.file("x.txt", b"x");
    let r = run(t.cmd("carbonio").args(["--json", "carbonio", "attach", "--name", "../../evil.sh"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let id = json_lines(&r.stdout)[0]["id"].as_str().unwrap().to_string();
    let r = run(t.cmd("carbonio").args(["carbonio", "download", &id]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(t.dir.path().join("evil.sh").exists());
}

#[test]
fn each_error_status_gets_a_message_to_act_on_on_1_3() {
    let t = env(Api::V1_3);
    let file = t.file("a.txt", b"hello");
    let attach =
        |extra: &[&str]| run(t.cmd("carbonio").args(["--retries", "0", "carbonio", "attach"]).args(extra).arg(&file));

    // 400: the server names nothing, so the message lists what was sent.
    t.sandbox.inject(Fault::status("/attachments", 400));
    let r = attach(&["--reply-to", "m-1"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("refused a header of the upload (HTTP 400)") && r.stderr.contains("replyId: m-1"),
        "{}",
        r.stderr
    );
    // A server in developer mode says why, in `{traceId, message}`.
    t.sandbox.inject(
        Fault::status("/attachments", 400)
            .header("content-type", "application/json")
            .body(r#"{"traceId":"0f3c9a","message":"Unable to decode the description"}"#),
    );
    let r = attach(&["--description", "x"]);
    assert_eq!(r.code, 1);
    assert_one_cause(&r, "refused a header of the upload (HTTP 400: Unable to decode the description)");

    // 403: not a member of the room.
    let r = attach(&["--room", FOREIGN_ROOM]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("not a member"), "{}", r.stderr);

    // 404: no such room.
    let r = attach(&["--room", "11111111-2222-4333-8444-555555555555"]);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("no room 11111111-2222-4333-8444-555555555555"), "{}", r.stderr);

    // 403 on delete: not the uploader, not an owner.
    let theirs = t.sandbox.state.carbonio.add_attachment(ROOM, OTHER_USER_ID, "theirs.txt", 10);
    let r = run(t.cmd("carbonio").args(["carbonio", "delete", "--yes", &theirs]));
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("only the account that uploaded it, or an owner of its room"), "{}", r.stderr);
    assert!(t.sandbox.state.carbonio.attachment(&theirs).is_some());

    // 413: larger than this server takes.
    t.sandbox.state.carbonio.set_max_attachment(1024 * 1024);
    let big = t.file("big.bin", &vec![7u8; 2 * 1024 * 1024]);
    let r = run(t.cmd("carbonio").args(["--retries", "0", "carbonio", "attach"]).arg(&big));
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("too large for this Carbonio server (HTTP 413"), "{}", r.stderr);
    assert!(t.uploads("carbonio").iter().all(|u| u.header("transfer-encoding").is_none()));

    // 401 without a password to log in again: exit 4 with what to do.
    t.sandbox.state.carbonio.expire_tokens();
    let r = run(t.cmd("carbonio").env_remove("CHATDROP_CARBONIO_PASSWORD").args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(
        r.stderr.contains("expired or was revoked")
            && r.stderr.contains("CHATDROP_CARBONIO_TOKEN")
            && r.stderr.contains("unset"),
        "{}",
        r.stderr
    );
    assert_eq!(t.sandbox.state.carbonio.logins(), 0);
}

#[test]
fn each_error_of_the_multipart_upload_gets_a_message_to_act_on_on_1_6() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"hello");
    let attach =
        |extra: &[&str]| run(t.cmd("carbonio").args(["--retries", "0", "carbonio", "attach"]).args(extra).arg(&file));

    // 400 with the line of text `insertAttachmentMultipart` answers: said, with what was sent.
    t.sandbox
        .inject(Fault::status("/attachments", 400).header("content-type", "text/plain").body("Invalid area format"));
    let r = attach(&["--reply-to", "m-1"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_one_cause(&r, "refused a part of the upload (HTTP 400: Invalid area format); sent: PUT multipart");
    assert!(r.stderr.contains("replyId: m-1"), "{}", r.stderr);

    // A room the account is not in, or none at all: the server's `catch` makes both a 500
    // "Error processing file", which may have stored the file: said, and not sent again.
    for room in [FOREIGN_ROOM, "11111111-2222-4333-8444-555555555555"] {
        let before = t.uploads("carbonio").len();
        let r = attach(&["--room", room]);
        assert_eq!(r.code, 5, "{}", r.stderr);
        assert!(r.stderr.contains("HTTP 500") && r.stderr.contains("Error processing file"), "{}", r.stderr);
        assert!(r.stderr.contains("may have been delivered anyway"), "{}", r.stderr);
        assert_eq!(t.uploads("carbonio").len(), before + 1, "not resent");
    }

    // 401 without a password to log in again: exit 4 with what to do.
    t.sandbox.state.carbonio.expire_tokens();
    let r = run(t.cmd("carbonio").env_remove("CHATDROP_CARBONIO_PASSWORD").args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("expired or was revoked"), "{}", r.stderr);
    assert!(t.sandbox.state.carbonio.attachments().is_empty());
}

#[test]
fn an_expired_token_is_renewed_with_the_password() {
    let t = TestEnv::new();
    t.sandbox.state.carbonio.expire_tokens();
    let file = t.file("a.txt", b"hello");
    let r = run(t.cmd("carbonio").args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.carbonio.logins(), 1);
    let reqs = t.requests("carbonio");
    let soap = reqs.iter().find(|r| r.path == "/carbonio/service/soap").expect("SOAP login");
    assert_eq!(soap.body_json()["Body"]["AuthRequest"]["account"]["_content"], ACCOUNT);
    let ok = reqs.iter().rev().find(|r| r.method == "PUT" && r.path.ends_with("/attachments")).unwrap();
    assert_eq!(ok.status, 201);
    assert!(ok.header("cookie").unwrap().starts_with("ZM_AUTH_TOKEN=carbonio-sandbox-token-"));
}

#[test]
fn login_gets_checks_and_stores_the_token() {
    let t = TestEnv::new();
    let url = format!("{}/carbonio", t.sandbox.base_url());
    let creds = t.config_dir().join("credentials.toml");

    let r = run(t.bare().env("CHATDROP_CARBONIO_PASSWORD", "wrong").args([
        "login",
        "carbonio",
        "--url",
        &url,
        "--account",
        ACCOUNT,
        "--store",
    ]));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("refused the login"), "{}", r.stderr);

    let r = run(t.bare().env("CHATDROP_CARBONIO_PASSWORD", chatdrop::sandbox::carbonio::PASSWORD).args([
        "login",
        "carbonio",
        "--url",
        &url,
        "--account",
        ACCOUNT,
        "--store",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let stored = std::fs::read_to_string(&creds).unwrap();
    assert!(stored.contains("token = \"carbonio-sandbox-token-") && !stored.contains("password"), "{stored}");
    assert!(
        t.requests("carbonio").iter().any(|r| r.path.ends_with("/users/capabilities") && r.status == 200),
        "token checked"
    );

    // The stored login works on its own; when its token expires, exit 4 (no password kept).
    let file = t.file("a.txt", b"hello");
    let r = run(t.bare().args(["carbonio", "attach", "--room", ROOM]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    t.sandbox.state.carbonio.expire_tokens();
    let r = run(t.bare().args(["carbonio", "attach", "--room", ROOM]).arg(&file));
    assert_eq!(r.code, 4, "{}", r.stderr);

    // With --store-password the next expiry is handled by logging in again, and the new
    // token is cached.
    let r = run(t.bare().env("CHATDROP_CARBONIO_PASSWORD", chatdrop::sandbox::carbonio::PASSWORD).args([
        "login",
        "carbonio",
        "--url",
        &url,
        "--account",
        ACCOUNT,
        "--store",
        "--store-password",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let before = std::fs::read_to_string(&creds).unwrap();
    assert!(before.contains("password = "), "{before}");
    t.sandbox.state.carbonio.expire_tokens();
    let logins = t.sandbox.state.carbonio.logins();
    let r = run(t.bare().args(["carbonio", "attach", "--room", ROOM]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.carbonio.logins(), logins + 1);
    assert_ne!(std::fs::read_to_string(&creds).unwrap(), before, "the renewed token is cached");
}

#[test]
fn a_private_ca_server_is_trusted_with_ca_cert_only() {
    let t = TestEnv::new();
    let port = crate::common::tls::https_front(t.sandbox.addr);
    let url = format!("https://localhost:{port}/carbonio");
    let file = t.file("secure.txt", b"over TLS");

    let r = run(t
        .cmd("carbonio")
        .env("CHATDROP_CARBONIO_URL", &url)
        .args(["--retries", "0", "carbonio", "attach"])
        .arg(&file));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("not trusted") && r.stderr.contains("--ca-cert"), "{}", r.stderr);
    assert!(t.uploads("carbonio").is_empty());

    let ca = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tls/ca.pem");
    let r = run(t
        .cmd("carbonio")
        .env("CHATDROP_CARBONIO_URL", &url)
        .arg("--ca-cert")
        .arg(&ca)
        .args(["carbonio", "attach"])
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(file_part(&t.uploads("carbonio")[0]).value.as_deref(), Some(&b"over TLS"[..]));

    // The profile's ca_cert does the same.
    let r = run(t
        .cmd("carbonio")
        .env("CHATDROP_CARBONIO_URL", &url)
        .env("CHATDROP_CARBONIO_CA_CERT", &ca)
        .args(["carbonio", "attach"])
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.carbonio.attachments().len(), 2);
}

#[test]
fn a_busy_server_is_asked_again_for_a_page() {
    let t = TestEnv::new();
    let id = t.sandbox.state.carbonio.add_attachment(ROOM, USER_ID, "mine.txt", 5);
    t.sandbox.inject(Fault {
        path: "/attachments".into(),
        method: Some("GET".into()),
        times: 1,
        action: FaultAction::Status {
            status: 503,
            headers: vec![("Retry-After".into(), "0".into())],
            body: String::new(),
        },
    });
    let r = run(t.cmd("carbonio").args(["--json", "carbonio", "attachments"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(json_lines(&r.stdout)[0]["id"], id.as_str());
    let gets: Vec<Recorded> = t.requests("carbonio").into_iter().filter(|r| r.method == "GET").collect();
    assert_eq!(gets.iter().map(|r| r.fault).collect::<Vec<_>>(), [true, false]);
}
