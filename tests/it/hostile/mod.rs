//! Hostile servers, special files and odd environments (issue 13): one test per class of
//! defect, each against a raw TCP server on 127.0.0.1 that breaks HTTP on purpose (see
//! `server.rs`) or against odd local files. Every test is bounded in time by short
//! `--response-timeout`/`--stall-timeout` flags and `--retries 0`, and asserts on what the
//! server received and what the user sees.

mod properties;
pub(crate) mod server;

use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::{TestEnv, json_lines, md5_hex, run};
use server::{Conn, Hostile, answer, json};

const PYRUS_TOKEN: &str = "hostile-pyrus-token-5f1e";
const CARBONIO_TOKEN: &str = "hostile/carbonio+token=9";
const PROTOCOL_TOKEN: &str = "hostile-protocol-token-77a1";
const ROOM: &str = "0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a";
const ATTACHMENT: &str = "497f6eca-6276-4993-bfeb-53cbbbba6f08";
/// Short deadlines: every network phase gives up within a second or two.
const FAST: &[&str] = &["--retries", "0", "--connect-timeout", "2", "--response-timeout", "1", "--stall-timeout", "1"];

fn pyrus(t: &TestEnv, s: &Hostile) -> assert_cmd::Command {
    let mut cmd = t.bare();
    cmd.env("CHATDROP_PYRUS_TOKEN", PYRUS_TOKEN)
        .env("CHATDROP_PYRUS_API_URL", format!("{}/api/v4", s.url()))
        .env("CHATDROP_PYRUS_FILES_URL", format!("{}/files", s.url()));
    cmd
}

fn carbonio(t: &TestEnv, s: &Hostile) -> assert_cmd::Command {
    let mut cmd = t.bare();
    cmd.env("CHATDROP_CARBONIO_URL", s.url())
        .env("CHATDROP_CARBONIO_TOKEN", CARBONIO_TOKEN)
        .env("CHATDROP_CARBONIO_ROOM", ROOM);
    cmd
}

fn protocol(t: &TestEnv, s: &Hostile) -> assert_cmd::Command {
    let mut cmd = t.bare();
    cmd.env("CHATDROP_PROTOCOL_URL", s.url()).env("CHATDROP_PROTOCOL_TOKEN", PROTOCOL_TOKEN);
    cmd
}

/// Nothing of a download's temp files left in `dir`.
fn no_leftovers(dir: &Path) {
    let left: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".chatdrop-download-") || n.starts_with("chatdrop-stdin-"))
        .collect();
    assert!(left.is_empty(), "temp files left in {}: {left:?}", dir.display());
}

fn error_lines(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.starts_with("error:")).collect()
}

/// A Carbonio attachment's info as JSON.
fn carbonio_info(size: u64) -> String {
    format!(r#"{{"id":"{ATTACHMENT}","name":"report.bin","size":{size},"mimeType":"application/octet-stream"}}"#)
}

// ---- 1. Paging: a cursor that cycles A → B → A stops at once; rows stream out. ----

#[test]
fn paging_that_cycles_stops_with_an_error_and_streams_rows() {
    let t = TestEnv::new();
    // Carbonio: page 1 → cursor A, A → B, B → A again.
    let s = Hostile::start(|c: &mut Conn| {
        let Some(r) = c.request() else { return };
        // First page → A, A → B, B → A: a cycle of two cursors.
        let next = if r.target.contains("filter=A") { "B" } else { "A" };
        let n = r.target.len();
        let id = format!("497f6eca-6276-4993-bfeb-{n:012}");
        let row = format!(r#"{{"id":"{id}","name":"f{n}.txt","size":1,"mimeType":"text/plain"}}"#);
        c.send(&json(200, &format!(r#"{{"filter":"{next}","attachments":[{row}]}}"#)));
    });
    let started = Instant::now();
    let r = run(carbonio(&t, &s).args(FAST).args(["--json", "carbonio", "attachments", "--all"]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("loop"), "{}", r.stderr);
    assert_eq!(s.requests().len(), 3, "first page, A, B, then A is seen again");
    // The three rows as they came, then the failure's record (with --json every failure has one).
    let records = json_lines(&r.stdout);
    assert_eq!(records.len(), 4, "rows printed as they came: {}", r.stdout);
    assert_eq!(records[3]["ok"], false, "{}", r.stdout);
    assert_eq!(records[3]["action"], "list", "the failure names the action of its rows: {}", r.stdout);
    assert!(started.elapsed() < Duration::from_secs(10));

    // Protocol: the cursor is the last id; ids x, y, x, ...
    let s = Hostile::start(|c: &mut Conn| {
        let Some(r) = c.request() else { return };
        let id = if r.target.contains("starting_after=xid") { "yid" } else { "xid" };
        c.send(&json(200, &format!(r#"{{"has_more":true,"data":[{{"id":"{id}","filename":"{id}.txt"}}]}}"#)));
    });
    let r = run(protocol(&t, &s).args(FAST).args(["protocol", "attachments", "--all"]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("loop"), "{}", r.stderr);
    assert_eq!(s.requests().len(), 3);
    assert!(r.stdout.contains("xid.txt") && r.stdout.contains("yid.txt"), "{}", r.stdout);
}

// ---- 2. Deadlines: a head that never comes, or trickles, fails within the flags. ----

#[test]
fn a_server_that_never_answers_or_trickles_its_head_times_out() {
    let t = TestEnv::new();
    let silent = Hostile::start(|c: &mut Conn| {
        c.request();
        c.hang(Duration::from_secs(15));
    });
    let trickle = Hostile::start(|c: &mut Conn| {
        c.request();
        c.send(b"HTTP/1.1 200 OK\r\n");
        for i in 0..60 {
            c.send(format!("x-slow-{i}: 1\r\n").as_bytes());
            std::thread::sleep(Duration::from_millis(250));
        }
    });
    let out = t.dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    for (who, s) in [("silent", &silent), ("trickle", &trickle)] {
        for (svc, args) in [
            ("pyrus download", vec!["pyrus", "download", "123456", "-o"]),
            ("carbonio info", vec!["carbonio", "info", ATTACHMENT]),
            ("carbonio download", vec!["carbonio", "download", ATTACHMENT, "-o"]),
        ] {
            let mut cmd = if svc.starts_with("pyrus") { pyrus(&t, s) } else { carbonio(&t, s) };
            cmd.args(FAST).args(&args);
            if args.last() == Some(&"-o") {
                cmd.arg(&out);
            }
            let started = Instant::now();
            let r = run(&mut cmd);
            let took = started.elapsed();
            assert_eq!(r.code, 5, "{who} {svc}: {}", r.stderr);
            assert!(r.stderr.contains("did not answer"), "{who} {svc}: {}", r.stderr);
            assert!(took < Duration::from_secs(8), "{who} {svc}: took {took:?}");
        }
    }
    no_leftovers(&out);
}

// ---- 3. Special files: honoured like the shell's `>`, never turned into regular files. ----

fn download_server(body: &'static [u8]) -> Hostile {
    Hostile::start(move |c: &mut Conn| {
        if c.request().is_none() {
            return;
        }
        c.send(&answer(200, &[("content-disposition", "attachment; filename=\"report.bin\"")], body));
    })
}

#[cfg(unix)]
#[test]
fn downloads_honour_special_files_like_the_shell_does() {
    use std::os::unix::fs::FileTypeExt;
    let t = TestEnv::new();
    let s = download_server(b"file bytes\n");
    let dir = t.dir.path().join("out");
    std::fs::create_dir_all(&dir).unwrap();

    // -o /dev/null: written in place, no --force needed, the device stays a device.
    let r = run(pyrus(&t, &s).args(FAST).args(["pyrus", "download", "123456", "-o", "/dev/null"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());

    // A FIFO is written in place (a reader on the other end gets the bytes).
    let fifo = dir.join("pipe");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(&fifo).unwrap())
    };
    let r = run(pyrus(&t, &s).args(FAST).args(["pyrus", "download", "123456", "--force", "-o"]).arg(&fifo));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(reader.join().unwrap(), b"file bytes\n");
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());

    // A symlink is followed: the link stays, the file it points to is replaced.
    let real = dir.join("real.txt");
    std::fs::write(&real, "old").unwrap();
    let link = dir.join("link.txt");
    std::os::unix::fs::symlink("real.txt", &link).unwrap();
    let r = run(pyrus(&t, &s).args(FAST).args(["pyrus", "download", "123456", "-o"]).arg(&link));
    assert_eq!(r.code, 1, "exists without --force: {}", r.stderr);
    let r = run(pyrus(&t, &s).args(FAST).args(["pyrus", "download", "123456", "--force", "-o"]).arg(&link));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert_eq!(std::fs::read(&real).unwrap(), b"file bytes\n");

    // A socket is refused, and the hint does not offer --force (it would not help).
    let sock = dir.join("sock");
    let _listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
    for force in [false, true] {
        let mut cmd = pyrus(&t, &s);
        cmd.args(FAST).args(["pyrus", "download", "123456", "-o"]).arg(&sock);
        if force {
            cmd.arg("--force");
        }
        let r = run(&mut cmd);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stderr.contains("not a regular file") && !r.stderr.contains("--force"), "{}", r.stderr);
        assert!(std::fs::symlink_metadata(&sock).unwrap().file_type().is_socket());
    }

    // A name the server chose never follows a link out of the directory.
    let outside = t.dir.path().join("outside.txt");
    std::fs::write(&outside, "keep").unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("report.bin")).unwrap();
    let r = run(pyrus(&t, &s).args(FAST).args(["pyrus", "download", "123456", "--force", "-o"]).arg(&dir));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read(&outside).unwrap(), b"keep");
    assert_eq!(std::fs::read(dir.join("report.bin")).unwrap(), b"file bytes\n");

    // -o - streams the file to stdout; the result line goes to stderr.
    let r = run(pyrus(&t, &s).args(FAST).args(["pyrus", "download", "123456", "-o", "-"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "file bytes\n");
    no_leftovers(&dir);
}

// ---- 4. A download shorter than the size the service stated is not saved. ----

#[test]
fn a_truncated_carbonio_download_leaves_nothing_and_exits_5() {
    let t = TestEnv::new();
    // The info says 100,000 bytes; the body has 50,000 (with a Content-Length, or up to EOF).
    for with_length in [true, false] {
        let s = Hostile::start(move |c: &mut Conn| {
            let Some(r) = c.request() else { return };
            if r.path().ends_with("/download") {
                let body = vec![b'x'; 50_000];
                if with_length {
                    c.send(&answer(200, &[], &body));
                } else {
                    c.send(b"HTTP/1.1 200 OK\r\nconnection: close\r\n\r\n");
                    c.send(&body);
                }
            } else {
                c.send(&json(200, &carbonio_info(100_000)));
            }
        });
        let out = t.dir.path().join(format!("out-{with_length}"));
        std::fs::create_dir_all(&out).unwrap();
        let r = run(carbonio(&t, &s).args(FAST).args(["carbonio", "download", ATTACHMENT, "-o"]).arg(&out));
        assert_eq!(r.code, 5, "{}", r.stderr);
        assert!(r.stderr.contains("50000 bytes arrived") && r.stderr.contains("100000"), "{}", r.stderr);
        assert_eq!(std::fs::read_dir(&out).unwrap().count(), 0, "nothing under the final name, no temp file");
    }
}

// ---- 5. An early answer: said plainly, unless the body can still be finished. ----

fn big_upload(t: &TestEnv) -> (std::path::PathBuf, String) {
    // Bigger than loopback socket buffers, so the answer comes while the body is in flight.
    let bytes: Vec<u8> = (0..24u32 << 20).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    (t.file("big.bin", &bytes), md5_hex(&bytes))
}

#[test]
fn an_early_answer_is_said_plainly_or_checked_once_the_body_is_sent() {
    let t = TestEnv::new();
    let (file, md5) = big_upload(&t);
    // Answers at once with the right MD5, then reads the whole body: a success.
    let answer_md5 = md5.clone();
    let patient = Hostile::start(move |c: &mut Conn| {
        let Some(r) = c.head() else { return };
        c.send(&json(200, &format!(r#"{{"guid":"0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a","md5_hash":"{answer_md5}"}}"#)));
        c.body(r.content_length);
    });
    let r = run(pyrus(&t, &patient).args(["--retries", "0", "--stall-timeout", "5", "pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The server thread records the body after chatdrop has exited: wait for it, bounded.
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut got = patient.requests();
    while got.first().is_none_or(|r| r.body.len() < r.content_length) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
        got = patient.requests();
    }
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].body.len(), got[0].content_length, "the body was finished");

    // Answers at once and closes without reading: the file did not arrive whole (exit 1).
    let rude = Hostile::start(move |c: &mut Conn| {
        if c.head().is_none() {
            return;
        }
        c.send(&json(200, &format!(r#"{{"guid":"0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a","md5_hash":"{md5}"}}"#)));
        let _ = c.stream.shutdown(std::net::Shutdown::Both);
    });
    let r = run(pyrus(&t, &rude).args(["--retries", "0", "--stall-timeout", "5", "pyrus", "upload"]).arg(&file));
    // Which comes first is the kernel's race: the answer (read, then the unfinished body is
    // said plainly, exit 1) or the reset of the write (the connection failed, exit 5). Either
    // way it is a failure, and never taken for corruption.
    let early = r.code == 1 && r.stderr.contains("the server answered before the whole file was sent");
    let reset = r.code == 5 && r.stderr.contains("127.0.0.1 failed");
    assert!(early || reset, "exit {}: {}", r.code, r.stderr);
    assert!(!r.stderr.contains("integrity check failed"), "{}", r.stderr);
}

// ---- 6. Server text: escaped, one line, capped, printed once. ----

#[test]
fn server_text_is_escaped_capped_and_printed_once() {
    let t = TestEnv::new();
    let giant = "A".repeat(200_000);
    let forged = "bad id\nerror: forged line\x1b[2J";
    for (text, service) in [(giant.as_str(), "pyrus"), (forged, "pyrus"), (forged, "protocol")] {
        let body = serde_json::json!({ "error": text, "error_code": "invalid", "message": text }).to_string();
        let s = Hostile::start(move |c: &mut Conn| {
            if c.request().is_some() {
                c.send(&json(400, &body));
            }
        });
        let mut cmd = if service == "pyrus" {
            let mut cmd = pyrus(&t, &s);
            cmd.args(["pyrus", "download", "123456"]);
            cmd
        } else {
            let mut cmd = protocol(&t, &s);
            cmd.args(["protocol", "get", "Nc6yKKMpcxiiFxp6"]);
            cmd
        };
        let r = run(cmd.args(FAST));
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert_eq!(error_lines(&r.stderr).len(), 1, "one error line: {}", r.stderr);
        assert!(!r.stderr.lines().any(|l| l.starts_with("error: forged")), "forged line: {}", r.stderr);
        assert!(r.stderr.len() < 2_000, "capped: {} bytes", r.stderr.len());
        if text.len() > 1000 {
            assert!(r.stderr.contains(" more)"), "{}", &r.stderr[..r.stderr.len().min(700)]);
            // The --json record of a failed file is bounded too.
            let file = t.file("big.txt", b"bytes");
            let r = run(pyrus(&t, &s).args(FAST).args(["--json", "pyrus", "upload"]).arg(&file));
            assert_eq!(r.code, 1, "{}", r.stderr);
            assert_eq!(error_lines(&r.stderr).len(), 1, "one error line: {}", r.stderr);
            assert!(r.stdout.len() < 5_000 && r.stderr.len() < 2_000, "{} + {} bytes", r.stdout.len(), r.stderr.len());
        }
    }
}

// ---- 7. Ids: checked by the service's rule before any request (exit 2). ----

#[test]
fn malformed_ids_exit_2_before_any_request() {
    let t = TestEnv::new();
    let s = Hostile::start(|c: &mut Conn| {
        c.request();
        c.send(&json(200, "{}"));
    });
    for id in ["../../tasks/1", "a?b=1#c", "1/2", "", "%2e%2e"] {
        let r = run(pyrus(&t, &s).args(["pyrus", "download", id]));
        assert_eq!(r.code, 2, "{id}: {}", r.stderr);
        let r = run(protocol(&t, &s).args(["protocol", "get", id]));
        assert_eq!(r.code, 2, "{id}: {}", r.stderr);
        let r = run(carbonio(&t, &s).args(["carbonio", "info", id]));
        assert_eq!(r.code, 2, "{id}: {}", r.stderr);
    }
    assert_eq!(s.connections(), 0, "no request may leave: {:?}", s.requests());
}

// ---- 8. Durations: never a panic; beyond a day is a usage error. ----

#[test]
fn absurd_durations_are_usage_errors_not_panics() {
    let t = TestEnv::new();
    for value in ["inf", "1e300", "1e20", "NaN", "-1", "0", "1e-116", "100000d"] {
        for flag in ["--stall-timeout", "--response-timeout", "--connect-timeout"] {
            let r = run(t.bare().args([flag, value, "auth", "status"]));
            assert_eq!(r.code, 2, "{flag} {value}: {}", r.stderr);
        }
        let r = run(t.bare().env("CHATDROP_RESPONSE_TIMEOUT", value).args(["auth", "status"]));
        assert_eq!(r.code, 2, "env {value}: {}", r.stderr);
    }
    for ok in ["86400", "1d", "0.5", "90s"] {
        let r = run(t.bare().args(["--stall-timeout", ok, "auth", "status"]));
        assert_eq!(r.code, 0, "{ok}: {}", r.stderr);
    }
    let r = run(t.bare().env("CHATDROP_PROGRESS_INTERVAL", "inf").args(["auth", "status"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
}

// ---- 9. SIGHUP: like SIGTERM, exit 129, temp files gone. ----

#[cfg(unix)]
#[test]
fn sighup_exits_129_and_removes_temp_files() {
    let t = TestEnv::new();
    let tmp = t.dir.path().join("tmp");
    let out = t.dir.path().join("out");
    std::fs::create_dir_all(&tmp).unwrap();
    std::fs::create_dir_all(&out).unwrap();
    // A download that starts, then stalls; an upload (from stdin) that is never answered.
    let s = Hostile::start(|c: &mut Conn| {
        let Some(r) = c.request() else { return };
        if r.method == "GET" {
            c.send(b"HTTP/1.1 200 OK\r\ncontent-length: 1000000\r\n\r\npartial");
        }
        c.hang(Duration::from_secs(15));
    });
    let bin = env!("CARGO_BIN_EXE_chatdrop");
    let cases: [(&[&str], Option<&[u8]>); 2] = [
        (&["pyrus", "download", "123456", "-o"], None),
        (&["pyrus", "upload", "-", "--name", "a.txt"], Some(b"spooled stdin bytes")),
    ];
    for (args, stdin) in cases {
        let mut cmd = std::process::Command::new(bin);
        cmd.env_clear()
            .env("HOME", t.dir.path())
            .env("TMPDIR", &tmp)
            .env("CHATDROP_CONFIG_DIR", t.config_dir())
            .env("CHATDROP_PYRUS_TOKEN", PYRUS_TOKEN)
            .env("CHATDROP_PYRUS_API_URL", format!("{}/api/v4", s.url()))
            .env("CHATDROP_PYRUS_FILES_URL", format!("{}/files", s.url()))
            .args(["--stall-timeout", "20", "--response-timeout", "20", "--retries", "0"])
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        if stdin.is_none() {
            cmd.arg(&out);
        }
        let mut child = cmd.spawn().unwrap();
        let mut pipe = child.stdin.take().unwrap();
        if let Some(bytes) = stdin {
            use std::io::Write;
            pipe.write_all(bytes).unwrap();
        }
        drop(pipe);
        // Wait until the temp file exists (the download started, or stdin was spooled).
        let watch = if stdin.is_some() { &tmp } else { &out };
        let started = Instant::now();
        while std::fs::read_dir(watch).unwrap().count() == 0 && started.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert_eq!(std::fs::read_dir(watch).unwrap().count(), 1, "{args:?}: no temp file to clean");
        std::thread::sleep(Duration::from_millis(200));
        let killed = std::process::Command::new("kill").args(["-HUP", &child.id().to_string()]).status().unwrap();
        assert!(killed.success());
        let status = child.wait_with_output().unwrap();
        assert_eq!(status.status.code(), Some(129), "{args:?}: {}", String::from_utf8_lossy(&status.stderr));
        no_leftovers(&out);
        no_leftovers(&tmp);
    }
}

// ---- 10. Settings others can write draw a warning. ----

#[cfg(unix)]
#[test]
fn settings_writable_by_others_draw_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestEnv::new();
    let dir = t.config_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::write(dir.join("config.toml"), "[default.pyrus]\nlogin = \"a@b.c\"\n").unwrap();
    std::fs::set_permissions(dir.join("config.toml"), std::fs::Permissions::from_mode(0o600)).unwrap();
    let r = run(t.bare().args(["auth", "status"]));
    assert!(!r.stderr.contains("writable by other users"), "{}", r.stderr);
    std::fs::set_permissions(dir.join("config.toml"), std::fs::Permissions::from_mode(0o666)).unwrap();
    let r = run(t.bare().args(["auth", "status"]));
    assert!(r.stderr.contains("config.toml is writable by other users"), "{}", r.stderr);
    std::fs::set_permissions(dir.join("config.toml"), std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    let r = run(t.bare().args(["auth", "status"]));
    assert!(r.stderr.contains("writable by other users"), "{}", r.stderr);
    std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).unwrap();
}

// ---- 11. Redaction: encoded forms of secrets, and Basic pairs, never printed. ----

#[test]
fn secrets_echoed_encoded_are_redacted() {
    use base64::Engine;
    let t = TestEnv::new();
    let b64 = base64::engine::general_purpose::STANDARD;
    let encoded: String = url::form_urlencoded::byte_serialize(CARBONIO_TOKEN.as_bytes()).collect();
    let location = format!(
        "http://127.0.0.2:9/login?next=%2F&t={}",
        CARBONIO_TOKEN.replace('/', "%2F").replace('+', "%2B").replace('=', "%3D")
    );
    let echoed = format!("token {encoded} aka {}", b64.encode(CARBONIO_TOKEN));
    let s = Hostile::start(move |c: &mut Conn| {
        if c.request().is_none() {
            return;
        }
        let body = serde_json::json!({ "message": echoed }).to_string();
        c.send(&answer(302, &[("location", &location), ("content-type", "application/json")], body.as_bytes()));
    });
    let r = run(carbonio(&t, &s).args(FAST).args(["-vv", "carbonio", "info", ATTACHMENT]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let all = format!("{}{}", r.stdout, r.stderr);
    for form in [
        CARBONIO_TOKEN.to_string(),
        encoded.clone(),
        CARBONIO_TOKEN.replace('/', "%2F").replace('+', "%2B").replace('=', "%3D"),
        b64.encode(CARBONIO_TOKEN),
    ] {
        assert!(!all.contains(&form), "{form} printed:\n{all}");
    }

    // Basic auth (1C-Connect): the pair echoed as base64 in an error.
    let (login, password) = ("api-user", "hunter2-basic-pass");
    let pair = b64.encode(format!("{login}:{password}"));
    let said = format!("bad credentials: Basic {pair} ({login}:{password})");
    let s = Hostile::start(move |c: &mut Conn| {
        if c.request().is_none() {
            return;
        }
        c.send(&json(401, &serde_json::json!({ "message": said }).to_string()));
    });
    let image = t.file("shot.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x0a\0\0\0\x0a\x08\x06\0\0\0padding");
    let r = run(t
        .bare()
        .env("CHATDROP_CONNECT_URL", s.url())
        .env("CHATDROP_CONNECT_LOGIN", login)
        .env("CHATDROP_CONNECT_PASSWORD", password)
        .env("CHATDROP_CONNECT_CONFERENCE", ROOM)
        .env("CHATDROP_CONNECT_AUTHOR", ATTACHMENT)
        .args(FAST)
        .args(["-vv", "connect", "send-image"])
        .arg(&image));
    assert_ne!(r.code, 0, "{}", r.stderr);
    assert!(!s.requests().is_empty(), "the request was sent");
    let all = format!("{}{}", r.stdout, r.stderr);
    assert!(!all.contains(&pair) && !all.contains(password), "{all}");
}

// ---- 12. Settings files must be small regular files. ----

#[cfg(unix)]
#[test]
fn settings_from_dev_zero_or_a_fifo_fail_fast() {
    let t = TestEnv::new();
    let started = Instant::now();
    let r = run(t.bare().args(["--config", "/dev/zero", "auth", "status"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("not a regular file"), "{}", r.stderr);
    std::fs::create_dir_all(t.config_dir()).unwrap();
    std::os::unix::fs::symlink("/dev/zero", t.config_dir().join("credentials.toml")).unwrap();
    let r = run(t.bare().args(["auth", "status"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    let big = t.file("big.toml", &vec![b'#'; 2 << 20]);
    let r = run(t.bare().arg("--config").arg(&big).args(["auth", "status"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(started.elapsed() < Duration::from_secs(10));
}

// ---- 13. Non-UTF-8: file names upload (lossy wire name, said so); variables are named. ----

#[cfg(unix)]
#[test]
fn non_utf8_file_names_upload_and_non_utf8_variables_are_named() {
    use std::os::unix::ffi::OsStrExt;
    let t = TestEnv::new();
    let s = Hostile::start(|c: &mut Conn| {
        if c.request().is_some() {
            c.send(&json(201, r#"{"id":"Nc6yKKMpcxiiFxp6","filename":"r?port.txt"}"#));
        }
    });
    let dir = t.dir.path().join("files");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(std::ffi::OsStr::from_bytes(b"r\xe9port.txt"));
    std::fs::write(&path, "latin-1 named").unwrap();
    let r = run(protocol(&t, &s).args(FAST).args(["--json", "protocol", "attach"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let body = &s.requests()[0].body;
    let wire = "r\u{FFFD}port.txt".as_bytes();
    assert!(body.windows(wire.len()).any(|w| w == wire), "lossy wire name sent");
    let record = &json_lines(&r.stdout)[0];
    assert!(record["name_converted"].is_string(), "{record}");

    let r = run(protocol(&t, &s)
        .env("CHATDROP_PROTOCOL_TOKEN", std::ffi::OsStr::from_bytes(b"tok\xff"))
        .args(["protocol", "attachments"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("CHATDROP_PROTOCOL_TOKEN is not valid UTF-8"), "{}", r.stderr);
}

// ---- 14. A raw ESC in a header: malformed, exit 1, not temporary. ----

#[test]
fn a_control_character_in_a_header_is_a_failure_not_temporary() {
    let t = TestEnv::new();
    let s = Hostile::start(|c: &mut Conn| {
        if c.request().is_some() {
            c.send(b"HTTP/1.1 200 OK\r\nx-evil: a\x1b[2Jb\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok");
        }
    });
    let out = t.dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let r = run(pyrus(&t, &s).args(FAST).args(["pyrus", "download", "123456", "-o"]).arg(&out));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("malformed"), "{}", r.stderr);
    assert_eq!(s.connections(), 1, "not retried");
    no_leftovers(&out);
}

// ---- Pyrus re-login: a token that expires on every second call does not stop a batch. ----

/// A Pyrus whose every token is good for one upload: the next call with it is refused as
/// expired, so every second call needs a fresh login. Returns (uploads stored, logins).
fn relogin_batch(jobs: &str) -> (usize, usize, crate::common::Run) {
    use std::collections::HashMap;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};
    let t = TestEnv::new();
    let bytes = b"same bytes in every file\n";
    let md5 = md5_hex(bytes);
    let used: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
    let (stored, logins) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let (u, st, l) = (used.clone(), stored.clone(), logins.clone());
    let s = Hostile::start(move |c: &mut Conn| {
        let Some(r) = c.request() else { return };
        let port = c.stream.local_addr().unwrap().port();
        if r.path().ends_with("/auth") {
            let n = l.fetch_add(1, Ordering::SeqCst);
            let base = format!("http://127.0.0.1:{port}");
            c.send(&json(
                200,
                &format!(
                    r#"{{"access_token":"relogin-token-{n}","api_url":"{base}/api/v4/","files_url":"{base}/files/"}}"#
                ),
            ));
            return;
        }
        let token = r.header("authorization").unwrap_or_default();
        let uses = {
            let mut used = u.lock().unwrap();
            let n = used.entry(token).or_insert(0);
            *n += 1;
            *n
        };
        if uses > 1 {
            c.send(&json(401, r#"{"error":"token expired","error_code":"token_expired"}"#));
        } else {
            st.fetch_add(1, Ordering::SeqCst);
            c.send(&json(200, &format!(r#"{{"guid":"0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a","md5_hash":"{md5}"}}"#)));
        }
    });
    let files: Vec<_> = (0..10).map(|i| t.file(&format!("f{i}.txt"), bytes)).collect();
    let r = run(t
        .bare()
        .env("CHATDROP_PYRUS_AUTH_URL", format!("{}/accounts/v4", s.url()))
        .env("CHATDROP_PYRUS_LOGIN", "bot@example.com")
        .env("CHATDROP_PYRUS_SECURITY_KEY", "hostile-security-key")
        .args(["--retries", "2", "--response-timeout", "5", "--jobs", jobs, "pyrus", "upload"])
        .args(&files));
    (stored.load(Ordering::SeqCst), logins.load(Ordering::SeqCst), r)
}

#[test]
fn a_token_expiring_on_every_second_call_does_not_stop_a_sequential_batch() {
    let (stored, logins, r) = relogin_batch("1");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 10, "{}", r.stdout);
    assert_eq!(stored, 10);
    assert_eq!(logins, 10, "one login per expired token, the first included");
}

#[test]
fn a_token_expiring_on_every_second_call_does_not_stop_a_parallel_batch() {
    let (stored, _, r) = relogin_batch("4");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(stored, 10, "{}", r.stderr);
}
