//! Carbonio server generations end to end (issue 21): which API the server speaks is asked
//! once (`GET /users/capabilities` naming a version in `X-WSC-API-VERSION`), remembered beside
//! a stored token per server URL, shown by `auth status --check` and `-v`, and corrected when
//! the server answers as another generation; the sandbox setting that picks the fake's
//! generation; and every attachment the fake lists can be downloaded.

use crate::carbonio::env;
use crate::common::*;
use chatdrop::sandbox::carbonio::{
    ACCOUNT, Api, DESIGN_ROOM, DIRECT_ROOM, OPS_CHANNEL, OPS_GROUP, OTHER_USER_ID, PASSWORD, ROOM, SPEC_PDF,
    WHITEBOARD, WORKSPACE,
};

/// The requests that asked the server's generation (every `GET /users/capabilities`).
fn probes(t: &TestEnv) -> Vec<Recorded> {
    t.requests("carbonio").into_iter().filter(|r| r.path.ends_with("/users/capabilities")).collect()
}

/// `login carbonio` against the sandbox, the password from env, nothing but the token stored.
fn login(t: &TestEnv) -> String {
    let url = format!("{}/carbonio", t.sandbox.base_url());
    let r = run(t.bare().env("CHATDROP_CARBONIO_PASSWORD", PASSWORD).args([
        "login",
        "carbonio",
        "--url",
        &url,
        "--account",
        ACCOUNT,
        "--store",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    url
}

/// The `server_api` line of the stored credentials.
fn remembered(t: &TestEnv) -> String {
    let stored = std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap();
    stored.lines().find(|l| l.starts_with("server_api = ")).unwrap_or_else(|| panic!("no server_api: {stored}")).into()
}

#[test]
fn login_remembers_the_generation_and_later_runs_ask_nothing() {
    for (api, expected, method) in [(Api::V1_6, "1.6.1+", "PUT"), (Api::V1_3, "pre-1.6", "POST")] {
        let t = env(api);
        let url = login(&t);
        assert_eq!(remembered(&t), format!("server_api = \"{expected} {url}\""), "{api:?}");
        assert_eq!(probes(&t).len(), 1, "{api:?}: the login's check asked it");
        let file = t.file("a.txt", b"hello");
        for _ in 0..2 {
            let r = run(t.bare().args(["-v", "carbonio", "attach", "--room", ROOM]).arg(&file));
            assert_eq!(r.code, 0, "{api:?}: {}", r.stderr);
            assert!(r.stderr.contains("(remembered)"), "{api:?}: {}", r.stderr);
        }
        assert_eq!(probes(&t).len(), 1, "{api:?}: no second question");
        let methods: Vec<String> = t.uploads("carbonio").into_iter().map(|u| u.method).collect();
        assert_eq!(methods, [method, method], "{api:?}");
        assert_eq!(t.sandbox.state.carbonio.attachments().len(), 2);

        // Another URL for the same server is another server as far as chatdrop knows: asked again,
        // and what it said remembered instead.
        let other = url.replace("127.0.0.1", "localhost");
        let r =
            run(t.bare().env("CHATDROP_CARBONIO_URL", &other).args(["carbonio", "attach", "--room", ROOM]).arg(&file));
        assert_eq!(r.code, 0, "{api:?}: {}", r.stderr);
        assert_eq!(probes(&t).len(), 2, "{api:?}: asked again for {other}");
        assert_eq!(remembered(&t), format!("server_api = \"{expected} {other}\""), "{api:?}");
    }
}

#[test]
fn credentials_from_the_environment_ask_each_run_and_store_nothing() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"hello");
    for _ in 0..2 {
        let r = run(t.cmd("carbonio").args(["carbonio", "attach"]).arg(&file));
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    assert_eq!(probes(&t).len(), 2);
    assert!(!t.config_dir().join("credentials.toml").exists(), "nothing written for env credentials");
    // A generation the user sets (no URL) holds for any server: nothing is asked.
    let r = run(t.cmd("carbonio").env("CHATDROP_CARBONIO_SERVER_API", "1.6.2").args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(probes(&t).len(), 2);
    assert_eq!(t.uploads("carbonio").last().unwrap().method, "PUT");
    // One that is not a generation is said, and the server asked instead.
    let r =
        run(t.cmd("carbonio").env("CHATDROP_CARBONIO_SERVER_API", "latest").args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("the environment variable CHATDROP_CARBONIO_SERVER_API is `latest`, not a Carbonio API"),
        "{}",
        r.stderr
    );
    assert_eq!(probes(&t).len(), 3);
}

#[test]
fn a_server_older_than_remembered_gets_the_file_by_post_once_and_is_remembered_anew() {
    let t = env(Api::V1_3);
    let url = login(&t);
    // As if the server had been 1.6.1 or later when it was last asked.
    let creds = t.config_dir().join("credentials.toml");
    let stored = std::fs::read_to_string(&creds).unwrap();
    std::fs::write(&creds, stored.replace(&format!("pre-1.6 {url}"), &format!("1.6.1+ {url}"))).unwrap();
    let body = b"sent once, by POST".to_vec();
    let file = t.file("once.txt", &body);
    let r = run(t.bare().args(["carbonio", "attach", "--room", ROOM]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ups = t.uploads("carbonio");
    let tried: Vec<(String, u16)> = ups.iter().map(|u| (u.method.clone(), u.status)).collect();
    assert_eq!(tried, [("PUT".to_string(), 405), ("POST".to_string(), 201)]);
    assert_eq!(ups[1].parts[0].value.as_deref(), Some(&body[..]), "the whole file, by POST");
    assert_eq!(t.sandbox.state.carbonio.attachments().len(), 1, "posted once");
    assert_eq!(remembered(&t), format!("server_api = \"pre-1.6 {url}\""));
    assert_eq!(probes(&t).len(), 1, "no question needed: the 405 told");
    // The next run goes by POST at once.
    let r = run(t.bare().args(["carbonio", "attach", "--room", ROOM]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.uploads("carbonio").last().unwrap().method, "POST");
    assert_eq!(t.uploads("carbonio").len(), 3);
}

#[test]
fn a_user_picture_command_on_a_server_remembered_as_1_6_asks_nothing() {
    let t = TestEnv::new();
    login(&t);
    let before = t.requests("carbonio").len();
    let image = t.file("me.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;");
    for args in [&["user-picture", "set"][..], &["user-picture", "get"][..]] {
        let mut cmd = t.bare();
        cmd.arg("carbonio").args(args);
        if args[1] == "set" {
            cmd.arg(&image);
        }
        let r = run(&mut cmd);
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert_one_cause(
            &r,
            "this Carbonio server has no user pictures: they were removed in Workstream Collaboration 1.6.0; set your picture in the Carbonio web client",
        );
    }
    assert_eq!(t.requests("carbonio").len(), before, "not a single request");
}

#[test]
fn auth_status_check_and_verbose_runs_name_the_generation() {
    for (api, says) in [
        (Api::V1_6, "Workstream Collaboration API 1.6.1 or later"),
        (Api::V1_3, "a Workstream Collaboration API before 1.6.0 (no version header: the 1.3.x generation)"),
    ] {
        let t = env(api);
        let r = run(t.cmd("carbonio").args(["auth", "status", "carbonio", "--check"]));
        assert_eq!(r.code, 0, "{api:?}: {}", r.stderr);
        let line = r.stdout.lines().find(|l| l.starts_with("carbonio")).unwrap();
        assert!(line.ends_with(&format!("[accepted; {says}]")), "{api:?}: {line}");
        let r = run(t.cmd("carbonio").args(["--json", "auth", "status", "carbonio", "--check"]));
        let record = json_lines(&r.stdout).into_iter().find(|v| v["service"] == "carbonio").unwrap();
        assert_eq!((record["check"].as_str(), record["server"].as_str()), (Some("accepted"), Some(says)));

        let file = t.file("a.txt", b"hello");
        let r = run(t.cmd("carbonio").args(["-v", "carbonio", "attach"]).arg(&file));
        assert_eq!(r.code, 0, "{api:?}: {}", r.stderr);
        let how = match api {
            Api::V1_6 => "(it took the version asked for): attachments go by multipart PUT; no user pictures",
            Api::V1_3 => "(it ignored the version header): attachments go by raw-body POST; user pictures exist",
        };
        let base = t.sandbox.base_url();
        assert!(r.stderr.contains(&format!("Carbonio at {base}/carbonio: {says} {how}")), "{api:?}: {}", r.stderr);
    }
}

#[test]
fn rooms_follow_the_generation() {
    let t = TestEnv::new();
    let r = run(t.cmd("carbonio").args(["carbonio", "rooms"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(lines.contains(&format!("{OPS_CHANNEL}\ttemporary\tOPS").as_str()), "{}", r.stdout);
    assert!(lines.contains(&format!("{OPS_GROUP}\tgroup\tOps").as_str()), "{}", r.stdout);
    assert!(lines.contains(&format!("{DIRECT_ROOM}\tone_to_one\t-").as_str()), "{}", r.stdout);
    assert!(!r.stdout.contains(WORKSPACE), "no workspaces on 1.6: {}", r.stdout);
    assert_eq!(lines.len(), 5, "{}", r.stdout);
    // The name clash of "Ops" and "OPS" stays: a name names one room or says which.
    let file = t.file("a.txt", b"a");
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--room", "ops"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains(&format!("{OPS_CHANNEL} (temporary) \"OPS\"")), "{}", r.stderr);
}

#[test]
fn every_attachment_the_fake_lists_can_be_downloaded() {
    for api in [Api::V1_6, Api::V1_3] {
        let t = env(api);
        t.sandbox.state.carbonio.add_attachment(DESIGN_ROOM, OTHER_USER_ID, "notes.txt", 70_000);
        let r = run(t.cmd("carbonio").args(["--json", "carbonio", "attachments", "--room", DESIGN_ROOM, "--all"]));
        assert_eq!(r.code, 0, "{api:?}: {}", r.stderr);
        let listed = json_lines(&r.stdout);
        let ids: Vec<&str> = listed.iter().map(|v| v["id"].as_str().unwrap()).collect();
        assert!(ids.contains(&WHITEBOARD) && ids.contains(&SPEC_PDF) && ids.len() == 3, "{api:?}: {ids:?}");
        let out = t.dir.path().join(format!("out-{api:?}"));
        std::fs::create_dir_all(&out).unwrap();
        for listed in &listed {
            let id = listed["id"].as_str().unwrap();
            let r = run(t.cmd("carbonio").args(["carbonio", "download", id, "-o"]).arg(&out));
            assert_eq!(r.code, 0, "{api:?} {id}: {}", r.stderr);
            let saved = out.join(listed["name"].as_str().unwrap());
            assert_eq!(std::fs::metadata(&saved).unwrap().len(), listed["size"].as_u64().unwrap(), "{api:?} {id}");
        }
        let png = std::fs::read(out.join("whiteboard.png")).unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{api:?}: a PNG stands in for the whiteboard");
        assert!(std::fs::read(out.join("spec.pdf")).unwrap().starts_with(b"%PDF-"));
    }
}

#[test]
fn the_sandbox_setting_picks_the_fakes_generation() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"hello");
    let r = run(t
        .bare()
        .env("CHATDROP_SANDBOX_CARBONIO_API", "1.3")
        .args(["--sandbox", "-v", "carbonio", "attach"])
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("before 1.6.0") && r.stderr.contains("raw-body POST"), "{}", r.stderr);
    let r = run(t.bare().args(["--sandbox", "-v", "carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("1.6.1 or later") && r.stderr.contains("multipart PUT"), "{}", r.stderr);
    let r = run(t.bare().env("CHATDROP_SANDBOX_CARBONIO_API", "2.0").args(["--sandbox", "carbonio", "rooms"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "CHATDROP_SANDBOX_CARBONIO_API is `2.0`: the sandbox's Carbonio speaks `1.6` or `1.3`");
}

#[test]
fn the_question_is_a_read_a_busy_server_is_asked_again_and_a_wrong_url_is_said() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"hello");
    t.sandbox.inject(Fault::status("/users/capabilities", 503).header("Retry-After", "0"));
    let r = run(t.cmd("carbonio").args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let asked: Vec<(u16, bool)> = probes(&t).iter().map(|p| (p.status, p.fault)).collect();
    assert_eq!(asked, [(503, true), (200, false)]);
    assert_eq!(t.uploads("carbonio").len(), 1);
    // No chats API at the address: said before any file is read or sent.
    let r = run(t
        .cmd("carbonio")
        .env("CHATDROP_CARBONIO_URL", format!("{}/nothing-here", t.sandbox.base_url()))
        .args(["carbonio", "attach", "--room", ROOM])
        .arg(&file));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("asking the Carbonio server which API it speaks: no Carbonio chats API at"),
        "{}",
        r.stderr
    );
    assert_eq!(t.uploads("carbonio").len(), 1);
}

#[test]
fn the_raw_post_keeps_its_guarantees_a_body_cut_short_is_sent_again_whole() {
    use crate::common::tcp::{Behaviour, TcpFault};
    // The faults table (tests/it/faults.rs) drives the multipart PUT; this is the raw POST of a
    // server remembered as pre-1.6: the connection dropped after 1 MiB of 24, then a relay.
    let t = TestEnv::new();
    let body = png(10, 10, "raw", 24 << 20);
    let file = t.file("shot.png", &body);
    let proxy = TcpFault::start(vec![Behaviour::DropAfter(1 << 20), Behaviour::Forward(t.sandbox.addr)]);
    let r = run(t
        .cmd("carbonio")
        .env("CHATDROP_CARBONIO_URL", format!("{}/carbonio", proxy.url()))
        .env("CHATDROP_CARBONIO_SERVER_API", "pre-1.6")
        .args(["--retries", "1", "carbonio", "attach"])
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(proxy.connections(), 2, "no question, the cut upload, the whole one");
    let ups = t.uploads("carbonio");
    assert_eq!(ups.len(), 1, "only the whole one reached the fake");
    assert_eq!(
        (ups[0].method.as_str(), ups[0].header("content-length")),
        ("POST", Some((24 << 20).to_string().as_str()))
    );
    let stored = t.sandbox.state.carbonio.attachments();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].md5, md5_hex(&body));
}
