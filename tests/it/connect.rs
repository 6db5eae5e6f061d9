//! 1C-Connect end to end: the real binary against the sandbox's push API fake (and raw TCP
//! faults), asserting what arrived at the server (parts, meta, names, bytes) and what the
//! user saw.

use crate::common::tcp::{Behaviour, TcpFault};
use crate::common::*;
use chatdrop::sandbox::connect::{AUTHOR, CONFERENCE, LINE, LOGIN, NON_MEMBER, PASSWORD, USER};
use serde_json::{Value, json};

const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00, 0x01, 0x01, 0xFF, 0xD9];
const GIF: &[u8] = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;";

/// The meta part of a recorded send, parsed.
fn meta_of(r: &Recorded) -> Value {
    let part = r.parts.iter().find(|p| p.name == "meta").expect("a meta part");
    serde_json::from_slice(part.value.as_deref().unwrap()).expect("meta is JSON")
}

#[test]
fn sends_one_image_into_the_profiles_group_chat_as_meta_and_file() {
    let t = TestEnv::new();
    let image = png(10, 10, "one", 0);
    let path = t.file("shot.png", &image);
    // Conference and author come from the profile (CHATDROP_CONNECT_* here), as in CI.
    let r = run(t.cmd("connect").args(["connect", "send-image"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    // 1C-Connect answers no id: the plain line's id field is `-`.
    assert_eq!(r.stdout, "-\tshot.png\n");
    let sent = t.uploads("connect");
    assert_eq!(sent.len(), 1);
    let up = &sent[0];
    assert_eq!(up.path, "/connect/v1/conference/send/image/");
    assert_eq!(up.status, 200);
    assert!(up.header("authorization").unwrap().starts_with("Basic "));
    assert!(up.header("transfer-encoding").is_none(), "never chunked");
    assert!(up.header("content-length").is_some());
    assert!(up.header("content-type").unwrap().starts_with("multipart/form-data; boundary="));
    let names: Vec<&str> = up.parts.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["meta", "file"]);
    assert_eq!(up.parts[0].content_type.as_deref(), Some("application/json"));
    // No comment given: no comment key at all.
    assert_eq!(meta_of(up), json!({ "conference_id": CONFERENCE, "author_id": AUTHOR, "file_name": "shot.png" }));
    let file = &up.parts[1];
    assert_eq!(file.filename.as_deref(), Some("shot.png"));
    assert_eq!(file.content_type.as_deref(), Some("image/png"));
    assert_eq!(file.value.as_deref(), Some(&image[..]));
    let delivered = t.sandbox.state.connect.delivered();
    assert_eq!(delivered.len(), 1);
    assert_eq!(delivered[0].endpoint, "conference/send/image");
    assert_eq!(delivered[0].md5, md5_hex(&image));
}

#[test]
fn sends_several_images_concurrently_each_with_the_comment_and_its_own_type() {
    let t = TestEnv::new();
    let a = t.file("a.png", &png(10, 10, "a", 0));
    let b = t.file("b.jpg", JPEG);
    // The type comes from the content, not the name.
    let c = t.file("c.png", GIF);
    // Each send takes 1.5 s at the server: three at once finish well before 4.5 s.
    t.sandbox.inject(Fault {
        path: "/v1/conference/send/image/".into(),
        method: None,
        times: 3,
        action: FaultAction::Delay { millis: 1500 },
    });
    let started = std::time::Instant::now();
    let r = run(t
        .cmd("connect")
        .args(["--jobs", "3", "connect", "send-image", "--comment", "Nightly build"])
        .args([&a, &b, &c]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 3, "{}", r.stdout);
    assert!(started.elapsed() < std::time::Duration::from_millis(4000), "sent concurrently");
    let mut sent: Vec<(String, String, Value)> = t
        .uploads("connect")
        .iter()
        .map(|s| (s.parts[1].filename.clone().unwrap(), s.parts[1].content_type.clone().unwrap(), meta_of(s)))
        .collect();
    sent.sort_by(|x, y| x.0.cmp(&y.0));
    let types: Vec<(&str, &str)> = sent.iter().map(|(n, t, _)| (n.as_str(), t.as_str())).collect();
    assert_eq!(types, [("a.png", "image/png"), ("b.jpg", "image/jpeg"), ("c.png", "image/gif")]);
    for (name, _, meta) in &sent {
        assert_eq!(meta["comment"], "Nightly build");
        assert_eq!(&meta["file_name"], name);
    }
    let md5s: Vec<String> = t.sandbox.state.connect.delivered().iter().map(|d| d.md5.clone()).collect();
    for bytes in [png(10, 10, "a", 0), JPEG.to_vec(), GIF.to_vec()] {
        assert!(md5s.contains(&md5_hex(&bytes)));
    }
}

#[test]
fn non_ascii_names_arrive_intact_in_meta_and_in_the_part() {
    let t = TestEnv::new();
    let name = "Отчёт за март 📸.png";
    let path = t.file(name, &png(10, 10, "ru", 0));
    let quoted = t.file("say \"cheese\".png", &png(10, 10, "q", 0));
    let r = run(t.cmd("connect").args(["--jobs", "1", "connect", "send-image"]).arg(&path).arg(&quoted));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(name), "{}", r.stdout);
    let sent = t.uploads("connect");
    assert_eq!(sent.len(), 2);
    let file = &sent[0].parts[1];
    assert_eq!(meta_of(&sent[0])["file_name"], name);
    assert_eq!(file.filename.as_deref(), Some(name));
    // Raw UTF-8 in filename="…", as the official client and curl send it.
    let disposition = file.disposition.as_deref().unwrap();
    assert!(disposition.contains(&format!("filename=\"{name}\"")), "{disposition}");
    assert!(!disposition.contains("filename*"), "{disposition}");
    // A quote cannot travel unchanged in the header: both places carry the same name.
    assert_eq!(meta_of(&sent[1])["file_name"], "say _cheese_.png");
    assert_eq!(sent[1].parts[1].filename.as_deref(), Some("say _cheese_.png"));
}

#[test]
fn json_output_gives_one_object_per_image() {
    let t = TestEnv::new();
    let path = t.file("chart.png", &png(10, 10, "json", 0));
    let r = run(t.cmd("connect").args(["--json", "connect", "send-image"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = json_lines(&r.stdout);
    assert_eq!(lines.len(), 1);
    let o = assert_record(&lines[0], "connect", "send-image", "sent");
    assert_eq!(o["id"], serde_json::Value::Null, "1C-Connect answers no id");
    assert_eq!(o["name"], "chart.png");
    assert_eq!(o["size"], png(10, 10, "json", 0).len());
    assert_eq!(o["conference_id"], CONFERENCE);
    assert_eq!(o["author_id"], AUTHOR);
    assert_eq!(o["file_name"], "chart.png");
    assert_eq!(o["content_type"], "image/png");
    assert!(o.get("comment").is_none());
}

#[test]
fn defaults_come_from_the_config_file_profile_too() {
    let t = TestEnv::new();
    std::fs::create_dir_all(t.config_dir()).unwrap();
    std::fs::write(
        t.config_dir().join("config.toml"),
        format!("[ci.connect]\nconference = \"{CONFERENCE}\"\nauthor = \"{AUTHOR}\"\n"),
    )
    .unwrap();
    let path = t.file("shot.png", &png(10, 10, "cfg", 0));
    let r = run(t
        .cmd("connect")
        .env_remove("CHATDROP_CONNECT_CONFERENCE")
        .env_remove("CHATDROP_CONNECT_AUTHOR")
        .args(["--profile", "ci", "connect", "send-image"])
        .arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(meta_of(&t.uploads("connect")[0])["conference_id"], CONFERENCE);
    // Without any conference, the error says how to give one, and nothing is sent.
    let r = run(t
        .cmd("connect")
        .env_remove("CHATDROP_CONNECT_CONFERENCE")
        .env_remove("CHATDROP_CONNECT_LINE")
        .args(["connect", "send-image"])
        .arg(&path));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--conference") && r.stderr.contains("CHATDROP_CONNECT_CONFERENCE"), "{}", r.stderr);
    assert_eq!(t.uploads("connect").len(), 1);
}

#[test]
fn a_file_that_is_not_an_image_stops_the_batch_before_any_request() {
    let t = TestEnv::new();
    let good = t.file("good.png", &png(10, 10, "ok", 0));
    let fake = t.file("fake.png", b"this is text, whatever the name says\n");
    let r = run(t.cmd("connect").args(["connect", "send-image"]).arg(&good).arg(&fake));
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("fake.png") && r.stderr.contains("not an image"), "{}", r.stderr);
    assert!(t.requests("connect").is_empty(), "nothing may be sent");
}

#[test]
fn malformed_uuids_are_usage_errors_before_any_request() {
    let t = TestEnv::new();
    let path = t.file("shot.png", &png(10, 10, "u", 0));
    let r = run(t.cmd("connect").args(["connect", "send-image", "--conference", "not-a-uuid"]).arg(&path));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--conference is not a UUID"), "{}", r.stderr);
    let r = run(t.cmd("connect").env("CHATDROP_CONNECT_AUTHOR", "42").args(["connect", "send-image"]).arg(&path));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("CHATDROP_CONNECT_AUTHOR"), "{}", r.stderr);
    assert!(t.requests("connect").is_empty());
}

#[test]
fn a_rejected_password_exits_4_and_says_how_to_log_in() {
    let t = TestEnv::new();
    let path = t.file("shot.png", &png(10, 10, "401", 0));
    let r = run(t
        .cmd("connect")
        .env("CHATDROP_CONNECT_PASSWORD", "wrong-password")
        .args(["connect", "send-image"])
        .arg(&path));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("login or password"), "{}", r.stderr);
    // The password comes from the environment: a login would not change it.
    assert!(r.stderr.contains("CHATDROP_CONNECT_PASSWORD are set in the environment"), "{}", r.stderr);
    assert!(!r.stderr.contains("chatdrop login connect"), "{}", r.stderr);
    assert!(!r.stderr.contains("wrong-password"));
    assert_eq!(t.uploads("connect").len(), 1, "a rejected login is not retried");
    // No credentials at all: exit 4 before any request.
    let r = run(t.cmd("connect").env_remove("CHATDROP_CONNECT_PASSWORD").args(["connect", "send-image"]).arg(&path));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("chatdrop login connect"), "{}", r.stderr);
    assert_eq!(t.uploads("connect").len(), 1);
}

#[test]
fn an_author_outside_the_group_gets_the_membership_explanation() {
    let t = TestEnv::new();
    let path = t.file("shot.png", &png(10, 10, "403", 0));
    let r = run(t.cmd("connect").args(["connect", "send-image", "--author", NON_MEMBER]).arg(&path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!("author {NON_MEMBER} is not a member of group chat {CONFERENCE}")),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("--author"), "{}", r.stderr);
    let sent = t.uploads("connect");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].status, 403);
    assert!(t.sandbox.state.connect.delivered().is_empty());
}

#[test]
fn rate_limited_sends_wait_for_retry_after_then_go_through_once() {
    let t = TestEnv::new();
    t.sandbox.inject(Fault::status("/v1/conference/send/image/", 429).header("Retry-After", "1"));
    let path = t.file("shot.png", &png(10, 10, "429", 0));
    let started = std::time::Instant::now();
    let r = run(t.cmd("connect").args(["connect", "send-image"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(started.elapsed() >= std::time::Duration::from_secs(1), "Retry-After was honoured");
    assert!(r.stderr.contains("rate limit"), "{}", r.stderr);
    let sent = t.uploads("connect");
    assert_eq!(sent.len(), 2);
    assert!(sent[0].fault && sent[0].status == 429);
    assert_eq!(sent[1].status, 200);
    assert_eq!(t.sandbox.state.connect.delivered().len(), 1, "posted exactly once");
}

#[test]
fn a_send_that_may_have_landed_is_not_resent() {
    let t = TestEnv::new();
    let path = t.file("shot.png", &png(10, 10, "lost", 0));
    // The whole body arrives, then the connection closes without an answer.
    let tcp = TcpFault::start(vec![Behaviour::Respond(Vec::new())]);
    let r = run(t.cmd("connect").env("CHATDROP_CONNECT_URL", tcp.url()).args(["connect", "send-image"]).arg(&path));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(tcp.connections(), 1, "never resent");
    assert!(r.stderr.contains("shot.png"), "{}", r.stderr);
    assert!(r.stderr.contains("may have been delivered") && r.stderr.contains("did not resend"), "{}", r.stderr);
    // The whole body arrives, then no answer at all.
    let tcp = TcpFault::start(vec![Behaviour::NoAnswer]);
    let r = run(t
        .cmd("connect")
        .env("CHATDROP_CONNECT_URL", tcp.url())
        .args(["--response-timeout", "1", "connect", "send-image"])
        .arg(&path));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(tcp.connections(), 1, "never resent");
    assert!(r.stderr.contains("did not answer") && r.stderr.contains("may have been delivered"), "{}", r.stderr);
}

#[test]
fn a_send_cut_off_mid_body_is_retried_since_it_cannot_have_landed() {
    let t = TestEnv::new();
    // Bigger than the socket buffers, so the cut comes before the client has read it all.
    let image = png(10, 10, "", 16 << 20);
    let path = t.file("big.png", &image);
    let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_vec();
    let tcp = TcpFault::start(vec![Behaviour::DropAfter(1000), Behaviour::Respond(ok)]);
    let r = run(t.cmd("connect").env("CHATDROP_CONNECT_URL", tcp.url()).args(["connect", "send-image"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(tcp.connections(), 2);
    let received = tcp.received.lock().unwrap().clone();
    assert!(received[1] > image.len(), "the second attempt sent it all: {received:?}");
}

#[test]
fn sends_images_and_files_to_a_support_line() {
    let t = TestEnv::new();
    let image = t.file("chart.png", &png(10, 10, "line", 0));
    let r = run(t.cmd("connect").args(["connect", "send-image", "--line", LINE, "--user", USER]).arg(&image));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "-\tchart.png\n");
    let pdf = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".to_vec();
    let report = t.file("отчёт.pdf", &pdf);
    let log = t.file("build.log", b"all green\n");
    // Line and user from the profile.
    let r = run(t
        .cmd("connect")
        .args(["--jobs", "1", "connect", "send-file", "--comment", "build 7"])
        .arg(&report)
        .arg(&log));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sent = t.uploads("connect");
    assert_eq!(sent.len(), 3);
    assert_eq!(sent[0].path, "/connect/v1/line/send/image/");
    assert_eq!(
        meta_of(&sent[0]),
        json!({ "line_id": LINE, "user_id": USER, "author_id": AUTHOR, "file_name": "chart.png" })
    );
    assert_eq!(sent[1].path, "/connect/v1/line/send/file/");
    assert_eq!(
        meta_of(&sent[1]),
        json!({ "line_id": LINE, "user_id": USER, "author_id": AUTHOR, "file_name": "отчёт.pdf", "comment": "build 7" })
    );
    assert_eq!(sent[1].parts[1].filename.as_deref(), Some("отчёт.pdf"));
    assert_eq!(sent[1].parts[1].content_type.as_deref(), Some("application/pdf"));
    assert_eq!(sent[1].parts[1].value.as_deref(), Some(&pdf[..]));
    assert_eq!(sent[2].parts[1].content_type.as_deref(), Some("text/plain"));
    assert!(sent.iter().all(|s| s.status == 200));
    // Files need a line: group chats take images only.
    let r = run(t.cmd("connect").env_remove("CHATDROP_CONNECT_LINE").args(["connect", "send-file"]).arg(&log));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--line") && r.stderr.contains("group chats"), "{}", r.stderr);
    assert_eq!(t.uploads("connect").len(), 3);
}

#[test]
fn login_checks_the_api_user_live_and_stores_it_privately() {
    let t = TestEnv::new();
    let url = format!("{}/connect", t.sandbox.base_url());
    let creds = t.config_dir().join("credentials.toml");
    // A wrong password: exit 4, nothing stored.
    let r = run(t
        .bare()
        .env("CHATDROP_CONNECT_URL", &url)
        .env("CHATDROP_CONNECT_LOGIN", LOGIN)
        .env("CHATDROP_CONNECT_PASSWORD", "not-the-password")
        .args(["--no-input", "login", "connect", "--store"]));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(!creds.exists());
    // The right one, from the environment (CI).
    let r = run(t
        .bare()
        .env("CHATDROP_CONNECT_URL", &url)
        .env("CHATDROP_CONNECT_LOGIN", LOGIN)
        .env("CHATDROP_CONNECT_PASSWORD", PASSWORD)
        .args(["--no-input", "login", "connect", "--store"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let checks: Vec<Recorded> = t.requests("connect").into_iter().filter(|r| r.method == "GET").collect();
    assert_eq!(checks.len(), 2);
    assert!(checks.iter().all(|c| c.path == "/connect/v1/line/"));
    assert_eq!((checks[0].status, checks[1].status), (401, 200));
    let stored = std::fs::read_to_string(&creds).unwrap();
    assert!(stored.contains(LOGIN) && stored.contains(PASSWORD) && stored.contains(&url), "{stored}");
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&creds).unwrap().permissions().mode() & 0o777, 0o600);
    }
    // The stored login is enough to send.
    let path = t.file("shot.png", &png(10, 10, "stored", 0));
    let r = run(t
        .bare()
        .env("CHATDROP_CONNECT_CONFERENCE", CONFERENCE)
        .env("CHATDROP_CONNECT_AUTHOR", AUTHOR)
        .args(["connect", "send-image"])
        .arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.connect.delivered().len(), 1);
}

#[test]
fn login_takes_the_password_from_stdin_with_with_token() {
    let t = TestEnv::new();
    let url = format!("{}/connect", t.sandbox.base_url());
    let r = run(t
        .bare()
        .args(["login", "connect", "--url", &url, "--login", LOGIN, "--with-token"])
        .write_stdin(format!("{PASSWORD}\n")));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let stored = std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap();
    assert!(stored.contains(PASSWORD));
}

#[test]
fn login_without_a_terminal_or_env_fails_fast_naming_the_env_vars() {
    let t = TestEnv::new();
    let url = format!("{}/connect", t.sandbox.base_url());
    let r = run(t.bare().args(["login", "connect", "--url", &url]));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("CHATDROP_CONNECT_LOGIN") && r.stderr.contains("--login"), "{}", r.stderr);
    let r = run(t.bare().args(["login", "connect", "--url", &url, "--login", LOGIN]));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("CHATDROP_CONNECT_PASSWORD"), "{}", r.stderr);
    assert!(t.requests("connect").is_empty());
    assert!(!t.config_dir().join("credentials.toml").exists());
}

#[test]
fn the_in_process_sandbox_needs_no_setup() {
    let t = TestEnv::new();
    let path = t.file("shot.png", &png(10, 10, "sb", 0));
    let r = run(t.bare().args(["--sandbox", "connect", "send-image"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "-\tshot.png\n");
}

// ---- Only an explicit success is a success (#21): exactly 200, no error in it. ----

fn journal_records(path: &std::path::Path) -> Vec<Value> {
    std::fs::read_to_string(path).unwrap_or_default().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn a_2xx_other_than_200_is_unknown_and_not_sent_again() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    // A 202 from something in front of the API: it may have passed the message on.
    t.sandbox.inject(Fault::status("/send/", 202));
    let path = t.file("shot.png", &png(4, 4, "x", 0));
    let r = run(t.cmd("connect").args(["connect", "send-image", "--journal"]).arg(&journal).arg(&path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_one_cause(&r, "1C-Connect answered HTTP 202 Accepted (no body) instead of 200");
    assert!(r.stderr.contains("may have been delivered anyway"), "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(t.uploads("connect").len(), 1, "not resent");
    assert_eq!(journal_records(&journal)[0]["outcome"], "unknown");
    let r = run(t.cmd("connect").args(["connect", "send-image", "--skip-sent", "--journal"]).arg(&journal).arg(&path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("--resend-unknown"), "{}", r.stderr);
    assert_eq!(t.uploads("connect").len(), 1, "held back");
    assert!(t.sandbox.state.connect.delivered().is_empty());
}

#[test]
fn an_error_object_inside_a_200_is_a_failure() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    t.sandbox.inject(
        Fault::status("/send/", 200)
            .header("Content-Type", "application/json")
            .body(r#"{"error":"line is closed for new messages"}"#),
    );
    let path = t.file("shot.png", &png(4, 4, "x", 0));
    let r = run(t.cmd("connect").args(["--json", "connect", "send-image", "--journal"]).arg(&journal).arg(&path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let record = &json_lines(&r.stdout)[0];
    assert_record(record, "connect", "send-image", "failed");
    assert!(record["error"].as_str().unwrap().contains("line is closed for new messages"), "{record}");
    assert!(!record["hint"].as_str().unwrap_or("").contains("may have been delivered"), "{record}");
    assert_eq!(journal_records(&journal)[0]["outcome"], "failed");
}
