//! Pyrus end to end: the real binary against the sandbox's Pyrus fake (and raw TCP faults),
//! asserting what arrived at the server and what the user saw.

use crate::common::*;

#[test]
fn uploads_one_file_as_length_framed_multipart_with_a_verified_md5() {
    let t = TestEnv::new();
    let body = b"hello pyrus\n".repeat(1000);
    let path = t.file("report.txt", &body);
    let r = run(t.cmd("pyrus").args(["pyrus", "upload"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let uploads = t.uploads("pyrus");
    assert_eq!(uploads.len(), 1);
    let up = &uploads[0];
    assert_eq!(up.path, "/pyrus/files/v4/files/upload");
    assert!(up.header("authorization").unwrap().starts_with("Bearer pyrus-sandbox-token-"));
    assert!(up.header("transfer-encoding").is_none(), "never chunked");
    let declared: u64 = up.header("content-length").unwrap().parse().unwrap();
    assert!(declared > body.len() as u64);
    assert_eq!(up.parts.len(), 1);
    let part = &up.parts[0];
    assert_eq!(part.name, "file");
    assert_eq!(part.filename.as_deref(), Some("report.txt"));
    assert_eq!(part.value.as_deref(), Some(&body[..]));
    assert_eq!(part.md5, md5_hex(&body));
    let guid = r.stdout.split('\t').next().unwrap();
    assert_eq!(guid.len(), 36, "stdout: {}", r.stdout);
    assert!(r.stdout.ends_with("\treport.txt\n"));
}

/// Env pointing Pyrus at a raw TCP fault server with a ready token.
fn at_tcp(t: &TestEnv, tcp: &crate::common::tcp::TcpFault) -> assert_cmd::Command {
    let mut cmd = t.bare();
    cmd.env("CHATDROP_PYRUS_TOKEN", "tcp-test-token")
        .env("CHATDROP_PYRUS_API_URL", format!("{}/v4", tcp.url()))
        .env("CHATDROP_PYRUS_FILES_URL", tcp.url());
    cmd
}

#[test]
fn several_files_go_concurrently_and_report_ndjson() {
    let t = TestEnv::new();
    let files: Vec<_> = (0..5).map(|i| t.file(&format!("f{i}.bin"), &vec![i as u8; 10_000 + i])).collect();
    let r = run(t.cmd("pyrus").args(["--json", "--jobs", "3", "pyrus", "upload"]).args(&files));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = json_lines(&r.stdout);
    assert_eq!(lines.len(), 5);
    for line in &lines {
        assert_eq!(line["ok"], true);
        let name = line["name"].as_str().unwrap();
        let i: usize = name[1..2].parse().unwrap();
        assert_eq!(line["size"], 10_000 + i);
        assert_eq!(line["md5_hash"], md5_hex(&vec![i as u8; 10_000 + i]));
        let stored = t.sandbox.state.pyrus.file(line["guid"].as_str().unwrap()).expect("stored");
        assert_eq!(stored.name, name);
    }
    assert_eq!(t.uploads("pyrus").len(), 5);
}

#[test]
fn cyrillic_and_emoji_names_arrive_intact() {
    let t = TestEnv::new();
    let a = t.file("Отчёт за май.pdf", b"%PDF-1.7 report");
    let b = t.file("😀 smile.png", b"not really a png");
    let r = run(t.cmd("pyrus").args(["pyrus", "upload"]).arg(&a).arg(&b));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let names: Vec<String> = t.uploads("pyrus").iter().map(|u| u.parts[0].filename.clone().unwrap()).collect();
    assert!(names.contains(&"Отчёт за май.pdf".to_string()), "{names:?}");
    assert!(names.contains(&"😀 smile.png".to_string()), "{names:?}");
    let dispositions: Vec<String> =
        t.uploads("pyrus").iter().map(|u| u.parts[0].disposition.clone().unwrap()).collect();
    assert!(dispositions.iter().any(|d| d.contains(
        "filename=\"_____ __ ___.pdf\"; filename*=UTF-8''%D0%9E%D1%82%D1%87%D1%91%D1%82%20%D0%B7%D0%B0%20%D0%BC%D0%B0%D0%B9.pdf"
    )), "{dispositions:?}");
    assert!(r.stdout.contains("\tОтчёт за май.pdf\n") && r.stdout.contains("\t😀 smile.png\n"), "{}", r.stdout);
}

#[test]
fn attaches_every_uploaded_file_to_the_task_in_one_comment() {
    let t = TestEnv::new();
    let a = t.file("a.txt", b"first");
    let b = t.file("b.txt", b"second");
    let r = run(t.cmd("pyrus").args(["pyrus", "upload", "--task", "42", "--comment", "Build #7"]).arg(&a).arg(&b));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let guids: Vec<String> =
        r.stdout.lines().filter(|l| l.contains('\t')).map(|l| l.split('\t').next().unwrap().to_string()).collect();
    assert_eq!(guids.len(), 2);
    let comments: Vec<Recorded> = t.requests("pyrus").into_iter().filter(|r| r.path.ends_with("/comments")).collect();
    assert_eq!(comments.len(), 1);
    assert_eq!(comments[0].path, "/pyrus/api/v4/tasks/42/comments");
    let body = comments[0].body_json();
    assert_eq!(body["text"], "Build #7");
    let sent: Vec<&str> = body["attachments"].as_array().unwrap().iter().map(|a| a["guid"].as_str().unwrap()).collect();
    assert_eq!(sent.len(), 2);
    assert!(guids.iter().all(|g| sent.contains(&g.as_str())));
    // The follow-up is a status line on stderr; stdout keeps one line per file.
    assert!(r.stderr.contains("comment 10001 on task 42: 2 files attached"), "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 2, "{}", r.stdout);
    assert_eq!(t.sandbox.state.pyrus.comments(42).len(), 1);
}

#[test]
fn a_missing_task_is_a_clear_failure() {
    let t = TestEnv::new();
    let a = t.file("a.txt", b"first");
    let r = run(t.cmd("pyrus").args(["pyrus", "upload", "--task", "99999999"]).arg(&a));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("no task 99999999"), "{}", r.stderr);
}

#[test]
fn a_partial_batch_exits_3_and_attaches_nothing() {
    let t = TestEnv::new();
    t.sandbox
        .inject(Fault::status("/files/upload", 400).body(r#"{"error_code":"invalid_request","error":"Bad file."}"#));
    let a = t.file("a.txt", b"first");
    let b = t.file("b.txt", b"second");
    let r = run(t.cmd("pyrus").args(["--jobs", "1", "pyrus", "upload", "--task", "42"]).arg(&a).arg(&b));
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("a.txt: request rejected: Bad file. (invalid_request)"), "{}", r.stderr);
    assert!(r.stderr.contains("not attaching anything to task 42"), "{}", r.stderr);
    assert!(t.requests("pyrus").iter().all(|r| !r.path.ends_with("/comments")));
}

#[test]
fn downloads_under_the_servers_name_without_leftovers() {
    let t = TestEnv::new();
    let content = b"downloaded bytes \x00\x01\x02".repeat(5000);
    let src = t.file("Счёт №5.bin", &content);
    let up = run(t.cmd("pyrus").args(["pyrus", "upload"]).arg(&src));
    let guid = up.stdout.split('\t').next().unwrap().to_string();
    let out_dir = t.dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let r = run(t.cmd("pyrus").args(["pyrus", "download", &guid, "-o"]).arg(&out_dir));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let saved = out_dir.join("Счёт №5.bin");
    assert_eq!(std::fs::read(&saved).unwrap(), content);
    assert_eq!(r.stdout.trim(), saved.display().to_string());
    assert_eq!(std::fs::read_dir(&out_dir).unwrap().count(), 1, "no temporary files left");
    // A second download refuses to overwrite without --force.
    let again = run(t.cmd("pyrus").args(["pyrus", "download", &guid, "-o"]).arg(&out_dir));
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains("already exists") && again.stderr.contains("--force"), "{}", again.stderr);
}

#[test]
fn downloaded_names_cannot_escape_the_target_directory() {
    let t = TestEnv::new();
    let evil = t.file("payload", b"#!/bin/sh\necho owned\n");
    t.sandbox.state.pyrus.add_file(chatdrop::sandbox::StoredFile {
        id: "0b7e0f3e-1111-4a4a-8b8b-123456789abc".into(),
        name: "../../evil\x1b[31m.sh".into(),
        content_type: "application/octet-stream".into(),
        size: std::fs::metadata(&evil).unwrap().len(),
        md5: md5_file(&evil),
        path: Some(evil),
    });
    let out_dir = t.dir.path().join("dl");
    std::fs::create_dir(&out_dir).unwrap();
    let r = run(t.cmd("pyrus").args(["pyrus", "download", "0b7e0f3e-1111-4a4a-8b8b-123456789abc", "-o"]).arg(&out_dir));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let names: Vec<String> =
        std::fs::read_dir(&out_dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, vec!["evil[31m.sh".to_string()]);
    assert!(!t.dir.path().join("evil.sh").exists());
}

#[test]
fn logs_in_again_once_when_the_stored_token_expires() {
    let t = TestEnv::new();
    let login = run(t.cmd("pyrus").args(["login", "pyrus", "--no-input"]));
    assert_eq!(login.code, 0, "{}", login.stderr);
    assert_eq!(t.sandbox.state.pyrus.logins(), 1);
    let creds = std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap();
    assert!(creds.contains("token = \"pyrus-sandbox-token-"), "the token is cached");
    let file = t.file("a.txt", b"after expiry");
    // From here on only the stored credentials are used.
    let first = run(t.bare().args(["pyrus", "upload"]).arg(&file));
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert_eq!(t.sandbox.state.pyrus.logins(), 1, "the cached token was used");
    t.sandbox.state.pyrus.expire_tokens();
    let second = run(t.bare().args(["pyrus", "upload"]).arg(&file));
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert_eq!(t.sandbox.state.pyrus.logins(), 2);
    let statuses: Vec<u16> = t.uploads("pyrus").iter().map(|u| u.status).collect();
    assert_eq!(statuses, vec![200, 401, 200]);
    let creds_after = std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap();
    assert_ne!(creds, creds_after, "the new token replaced the old one");
}

#[test]
fn a_rejected_ready_token_exits_4_naming_the_fix() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"x");
    let r = run(t
        .bare()
        .env("CHATDROP_PYRUS_TOKEN", "not-a-valid-token")
        .env("CHATDROP_PYRUS_API_URL", format!("{}/pyrus/api/v4", t.sandbox.base_url()))
        .args(["pyrus", "upload"])
        .arg(&file));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("Pyrus rejected the token") && r.stderr.contains("chatdrop login pyrus"), "{}", r.stderr);
    assert!(!r.stderr.contains("not-a-valid-token"));
}

#[test]
fn a_token_without_its_api_url_is_a_usage_error() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"x");
    let r = run(t.bare().env("CHATDROP_PYRUS_TOKEN", "tok-123456").args(["pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("CHATDROP_PYRUS_API_URL"), "{}", r.stderr);
}

#[test]
fn retries_503_then_succeeds() {
    let t = TestEnv::new();
    t.sandbox.inject(Fault::status("/files/upload", 503).times(2));
    let file = t.file("a.txt", b"retry me");
    let r = run(t.cmd("pyrus").args(["pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let statuses: Vec<u16> = t.uploads("pyrus").iter().map(|u| u.status).collect();
    assert_eq!(statuses, vec![503, 503, 200]);
    assert_eq!(t.uploads("pyrus")[2].parts[0].md5, md5_hex(b"retry me"));
    assert!(r.stderr.contains("service unavailable") && r.stderr.contains("retrying in"), "{}", r.stderr);
}

#[test]
fn honours_retry_after_in_seconds_and_as_a_date() {
    let t = TestEnv::new();
    let date = httpdate_in(1);
    t.sandbox.inject(Fault::status("/files/upload", 429).header("Retry-After", "1"));
    t.sandbox.inject(Fault::status("/files/upload", 429).header("Retry-After", &date));
    let file = t.file("a.txt", b"rate limited");
    let started = std::time::Instant::now();
    let r = run(t.cmd("pyrus").args(["pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("retrying in 1s"), "{}", r.stderr);
    let statuses: Vec<u16> = t.uploads("pyrus").iter().map(|u| u.status).collect();
    assert_eq!(statuses, vec![429, 429, 200]);
    // Waited for the server rather than the 20 ms test backoff.
    assert!(started.elapsed() >= std::time::Duration::from_millis(900));
}

fn httpdate_in(secs: u64) -> String {
    // RFC 9110 IMF-fixdate, one second granularity: ask for one more to be safe.
    let when = std::time::SystemTime::now() + std::time::Duration::from_secs(secs + 1);
    let secs = when.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    let days = secs / 86400;
    let (h, m, s) = (secs % 86400 / 3600, secs % 3600 / 60, secs % 60);
    // Civil from days (Howard Hinnant's algorithm).
    let z = days as i64 + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
    let weekday = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"][(days % 7) as usize];
    let mon =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(month - 1) as usize];
    format!("{weekday}, {d:02} {mon} {year} {h:02}:{m:02}:{s:02} GMT")
}

#[test]
fn gives_up_after_the_retries_with_exit_5() {
    let t = TestEnv::new();
    t.sandbox.inject(Fault::status("/files/upload", 503).times(10));
    let file = t.file("a.txt", b"never");
    let r = run(t.cmd("pyrus").args(["--retries", "2", "pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(t.uploads("pyrus").len(), 3);
    assert!(r.stderr.contains("gave up after 3 attempts"), "{}", r.stderr);
}

#[test]
fn an_html_error_page_is_described_not_dumped() {
    let t = TestEnv::new();
    t.sandbox.inject(
        Fault::status("/files/upload", 502)
            .header("Content-Type", "text/html")
            .body("<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"),
    );
    let file = t.file("a.txt", b"x");
    let r = run(t.cmd("pyrus").args(["--retries", "0", "pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("HTML page titled \"502 Bad Gateway\""), "{}", r.stderr);
    assert!(!r.stderr.contains("<html") && !r.stderr.contains("<center>"), "{}", r.stderr);
}

#[test]
fn a_connection_dropped_mid_upload_is_retried_with_the_whole_file() {
    let t = TestEnv::new();
    let body = vec![7u8; 1 << 20];
    let file = t.file("big.bin", &body);
    let ok = crate::common::tcp::json_response(200, &format!(r#"{{"guid":"g-1","md5_hash":"{}"}}"#, md5_hex(&body)));
    let tcp = crate::common::tcp::TcpFault::start(vec![
        crate::common::tcp::Behaviour::DropAfter(64 * 1024),
        crate::common::tcp::Behaviour::Respond(ok),
    ]);
    let r = run(at_tcp(&t, &tcp).args(["pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(tcp.connections(), 2);
    let received = tcp.received.lock().unwrap().clone();
    assert!(received[1] > body.len(), "the second attempt sent the whole file: {received:?}");
    assert!(r.stdout.starts_with("g-1\t"));
}

#[test]
fn a_server_that_stops_reading_hits_the_stall_timeout() {
    let t = TestEnv::new();
    let file = t.dir.path().join("stall.bin");
    big_file(&file, 64 << 20);
    let tcp = crate::common::tcp::TcpFault::start(vec![crate::common::tcp::Behaviour::StopReading]);
    let started = std::time::Instant::now();
    let r = run(at_tcp(&t, &tcp).args(["--retries", "0", "--stall-timeout", "1", "pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("the upload stalled: no data moved for 1s"), "{}", r.stderr);
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
}

#[test]
fn an_answer_that_never_comes_hits_the_response_timeout() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"sent but unanswered");
    let tcp = crate::common::tcp::TcpFault::start(vec![crate::common::tcp::Behaviour::NoAnswer]);
    let r = run(at_tcp(&t, &tcp).args(["--retries", "0", "--response-timeout", "1", "pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("did not answer within 1s"), "{}", r.stderr);
}

#[test]
fn an_md5_mismatch_fails_the_upload() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"integrity");
    let wrong =
        crate::common::tcp::json_response(200, r#"{"guid":"g-2","md5_hash":"00000000000000000000000000000000"}"#);
    let tcp = crate::common::tcp::TcpFault::start(vec![crate::common::tcp::Behaviour::Respond(wrong)]);
    let r = run(at_tcp(&t, &tcp).args(["pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("integrity check failed"), "{}", r.stderr);
    assert_eq!(tcp.connections(), 1);
}

#[test]
fn local_input_problems_exit_6_before_any_request() {
    let t = TestEnv::new();
    let empty = t.file("empty.txt", b"");
    let good = t.file("good.txt", b"fine");
    let huge = t.dir.path().join("huge.bin");
    std::fs::File::create(&huge).unwrap().set_len(2 * 1024 * 1024 * 1024).unwrap();
    let dir = t.dir.path().join("files");
    let cases: Vec<(Vec<std::path::PathBuf>, &str)> = vec![
        (vec![good.clone(), empty], "is empty"),
        (vec![huge], "Pyrus accepts at most 2 GB per file"),
        (vec![dir], "is a directory"),
        (vec![t.dir.path().join("missing.txt")], "no such file"),
    ];
    for (files, expected) in cases {
        let r = run(t.cmd("pyrus").args(["pyrus", "upload"]).args(&files));
        assert_eq!(r.code, 6, "{expected}: {}", r.stderr);
        assert!(r.stderr.contains(expected), "{expected}: {}", r.stderr);
    }
    assert!(t.requests("pyrus").is_empty(), "nothing was sent");
}

#[test]
fn stdin_is_spooled_and_named() {
    let t = TestEnv::new();
    let data = b"line one\nline two\n".repeat(100);
    let r = run(t.cmd("pyrus").args(["pyrus", "upload", "-", "--name", "log.txt"]).write_stdin(data.clone()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let part = &t.uploads("pyrus")[0].parts[0];
    assert_eq!(part.filename.as_deref(), Some("log.txt"));
    assert_eq!(part.md5, md5_hex(&data));
}

#[test]
fn very_verbose_logs_redact_every_secret() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"x");
    let r = run(t.cmd("pyrus").args(["-vv", "pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("authorization: Bearer ***"), "{}", r.stderr);
    assert!(r.stderr.contains("\"access_token\":\"***\""), "{}", r.stderr);
    assert!(!r.stderr.contains("pyrus-sandbox-token-"), "{}", r.stderr);
}

#[test]
fn progress_is_plain_lines_without_a_terminal_and_silent_with_q() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"progress");
    let r = run(t.cmd("pyrus").args(["pyrus", "upload"]).arg(&file));
    // One line per file (#23): when it is done, with its size.
    assert!(r.stderr.contains("uploaded a.txt (8 B in "), "{}", r.stderr);
    assert_eq!(r.stderr.matches("a.txt").count(), 1, "{}", r.stderr);
    let q = run(t.cmd("pyrus").args(["-q", "pyrus", "upload"]).arg(&file));
    assert_eq!(q.code, 0);
    assert_eq!(q.stderr, "");
    assert!(q.stdout.ends_with("\ta.txt\n"));
}

#[test]
fn the_built_in_sandbox_needs_no_setup() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"sandboxed");
    let r = run(t.bare().args(["--sandbox", "pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("sandbox: local fakes"), "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 1);
    assert!(!t.config_dir().join("credentials.toml").exists(), "the sandbox stores nothing");
}

// ---- Where the token may go (#21): only to the configured origin or what the auth answer named. ----

use crate::upstream_replay::{self as replay, Hostile};

/// A self-hosted Pyrus on 127.0.0.1: its auth answer names no api_url/files_url (the docs
/// say only the cloud answers them; C# `Responses/AuthResponse.cs` and Python
/// `AuthResponse` treat both as optional: simplygoodsoftware/pyrusapi-csharp 98c8b88d,
/// pyrusapi-python 09f02157). It takes uploads and comments at its own `/v4`.
fn self_hosted(content: &'static [u8]) -> Hostile {
    replay::serve(move |r| match (r.method.as_str(), r.path()) {
        ("POST", "/v4/auth") => replay::json(200, r#"{"access_token":"self-hosted-token-1"}"#),
        ("POST", "/v4/files/upload") => replay::json(
            200,
            &format!(r#"{{"guid":"6b1c7c2e-0f0e-4c69-8d6e-2a1f7d1b9e01","md5_hash":"{}"}}"#, md5_hex(content)),
        ),
        ("POST", "/v4/tasks/7/comments") => {
            replay::json(200, r#"{"task":{"id":7,"comments":[{"id":901,"text":"x","attachments":[]}]}}"#)
        }
        _ => replay::json(404, r#"{"Message":"No HTTP resource was found that matches the request URI."}"#),
    })
}

/// Login, security key and auth URL of the self-hosted server, and a trap for anything that
/// would leave for an https host (the cloud).
fn self_hosted_env(t: &TestEnv, s: &Hostile, trap: &Hostile) -> assert_cmd::Command {
    let mut cmd = t.bare();
    cmd.env("CHATDROP_PYRUS_AUTH_URL", format!("{}/v4", s.url()))
        .env("CHATDROP_PYRUS_LOGIN", "bot@pyrus.example.com")
        .env("CHATDROP_PYRUS_SECURITY_KEY", "self-hosted-security-key")
        .env("HTTPS_PROXY", trap.url());
    cmd
}

#[test]
fn a_self_hosted_token_stays_on_the_configured_origin() {
    let t = TestEnv::new();
    const CONTENT: &[u8] = b"self-hosted report\n";
    let s = self_hosted(CONTENT);
    let trap = replay::trap();
    let file = t.file("report.txt", CONTENT);
    let r = run(self_hosted_env(&t, &s, &trap).args(["pyrus", "upload", "--task", "7"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(replay::lines(&s), ["POST /v4/auth", "POST /v4/files/upload", "POST /v4/tasks/7/comments"]);
    for request in &s.requests()[1..] {
        assert_eq!(request.header("authorization").as_deref(), Some("Bearer self-hosted-token-1"), "{}", request.head);
    }
    assert_eq!(trap.connections(), 0, "nothing went anywhere else: {:?}", replay::lines(&trap));
    assert!(r.stdout.starts_with("6b1c7c2e-0f0e-4c69-8d6e-2a1f7d1b9e01\treport.txt"), "{}", r.stdout);

    // The trap is live: a token set for the cloud API would have been caught there.
    let mut cloud = t.bare();
    cloud
        .env("CHATDROP_PYRUS_TOKEN", "cloud-token")
        .env("CHATDROP_PYRUS_API_URL", "https://api.pyrus.com/v4")
        .env("HTTPS_PROXY", trap.url());
    let r = run(cloud.args(["--retries", "0", "pyrus", "upload"]).arg(&file));
    assert_ne!(r.code, 0);
    assert_eq!(replay::lines(&trap), ["CONNECT api.pyrus.com:443"]);
}

#[test]
fn login_stores_the_derived_api_address_and_later_runs_use_it() {
    let t = TestEnv::new();
    const CONTENT: &[u8] = b"stored login\n";
    let s = self_hosted(CONTENT);
    let trap = replay::trap();
    let r = run(self_hosted_env(&t, &s, &trap).args(["login", "pyrus", "--no-input"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let creds: toml::Table =
        toml::from_str(&std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap()).unwrap();
    let stored = &creds["default"]["pyrus"];
    assert_eq!(stored["api_url"].as_str(), Some(format!("{}/v4", s.url()).as_str()), "{stored}");
    assert!(stored.get("files_url").is_none(), "{stored}");
    // Only what login stored from here on (the trap still in place).
    let file = t.file("a.txt", CONTENT);
    let r = run(t.bare().env("HTTPS_PROXY", trap.url()).args(["pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(replay::lines(&s), ["POST /v4/auth", "POST /v4/files/upload"]);
    assert_eq!(trap.connections(), 0);
}

#[test]
fn a_cloud_address_cached_for_a_self_hosted_login_is_replaced_not_used() {
    let t = TestEnv::new();
    const CONTENT: &[u8] = b"cached by an older chatdrop\n";
    let s = self_hosted(CONTENT);
    let trap = replay::trap();
    assert_eq!(run(self_hosted_env(&t, &s, &trap).args(["login", "pyrus", "--no-input"])).code, 0);
    // What an earlier chatdrop cached: the self-hosted token beside the cloud API.
    let path = t.config_dir().join("credentials.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let line = format!("api_url = \"{}/v4\"", s.url());
    let stale = text.replace(&line, "api_url = \"https://api.pyrus.com/v4\"");
    assert_ne!(stale, text);
    std::fs::write(&path, stale).unwrap();
    let file = t.file("a.txt", CONTENT);
    let r = run(t.bare().env("HTTPS_PROXY", trap.url()).args(["pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(trap.connections(), 0, "the cached cloud address was not used: {:?}", replay::lines(&trap));
    assert_eq!(replay::lines(&s), ["POST /v4/auth", "POST /v4/auth", "POST /v4/files/upload"]);
    let fixed = std::fs::read_to_string(&path).unwrap();
    assert!(fixed.contains(&format!("api_url = \"{}/v4\"", s.url())) && !fixed.contains("api.pyrus.com"), "{fixed}");
}

#[test]
fn a_file_listed_in_a_comment_downloads_by_its_integer_id() {
    let t = TestEnv::new();
    let content = b"listed, then fetched\n".repeat(100);
    let file = t.file("listed.txt", &content);
    let r = run(t.cmd("pyrus").args(["--json", "pyrus", "upload", "--task", "42"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let comments = t.sandbox.state.pyrus.comments(42);
    let listed = &comments[0]["attachments"][0];
    let id = listed["id"].as_i64().expect("an integer file id");
    assert_eq!(listed["md5"], md5_hex(&content));
    let out = t.dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let r = run(t.cmd("pyrus").args(["pyrus", "download", &id.to_string(), "-o"]).arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read(out.join("listed.txt")).unwrap(), content);
    let get = t.requests("pyrus").into_iter().find(|r| r.method == "GET").unwrap();
    assert_eq!(get.path, format!("/pyrus/files/v4/files/download/{id}"));
}

#[test]
fn an_unknown_api_path_is_the_aspnet_404_and_says_the_address_is_wrong() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"x");
    // The API address one level off: every path there is ASP.NET's 404 `{"Message": ...}`.
    let r = run(t
        .bare()
        .env("CHATDROP_PYRUS_TOKEN", "not-checked")
        .env("CHATDROP_PYRUS_API_URL", format!("{}/pyrus/v4", t.sandbox.base_url()))
        .args(["pyrus", "upload"])
        .arg(&file));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_one_cause(
        &r,
        &format!("there is no Pyrus API at {}/pyrus/v4 (HTTP 404: No HTTP resource", t.sandbox.base_url()),
    );
    assert!(
        r.stderr.contains("CHATDROP_PYRUS_API_URL") && r.stderr.contains("CHATDROP_PYRUS_AUTH_URL"),
        "{}",
        r.stderr
    );
    assert_eq!(t.uploads("pyrus").len(), 1, "a definite answer is not retried");
}
