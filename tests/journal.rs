//! The journal (issue #15), run as the real binary against the sandbox: a re-run with
//! `--skip-sent` sends only what is missing, a changed file is sent, an `unknown` outcome is
//! never resent without `--resend-unknown`, concurrent runs append intact lines, torn and
//! garbage lines are skipped, `history` filters, no secret is ever written, `--no-journal`
//! writes nothing.

mod common;

use std::path::{Path, PathBuf};

use common::tcp::{Behaviour, TcpFault};
use common::*;
use serde_json::Value;

/// A PNG every fake accepts, padded to `len` bytes with a pattern that depends on `seed`.
fn image(len: usize, seed: u32) -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x0a\0\0\0\x0a\x08\x06\0\0\0".to_vec();
    let mut i = seed;
    while v.len() < len {
        v.extend_from_slice(&i.to_le_bytes());
        i = i.wrapping_mul(2_654_435_761).wrapping_add(1);
    }
    v.truncate(len);
    v
}

/// Each service's upload command (after the global flags) and upload path.
const SERVICES: [(&str, &[&str], &str); 5] = [
    ("pyrus", &["pyrus", "upload"], "/files/upload"),
    ("connect", &["connect", "send-image"], "/send/image/"),
    ("ok", &["ok", "moment"], "/uploadImage"),
    ("carbonio", &["carbonio", "attach"], "/attachments"),
    ("protocol", &["protocol", "attach"], "/v1/attachments"),
];

fn journal_path(t: &TestEnv) -> PathBuf {
    t.dir.path().join("ci-cache").join("journal.jsonl")
}

/// The journal's records (every line must parse unless `lenient`).
fn records(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}"))).collect()
}

fn five_images(t: &TestEnv) -> Vec<PathBuf> {
    (1..=5).map(|i| t.file(&format!("shot{i}.png"), &image(4096 + i, i as u32))).collect()
}

fn a_503_answer() -> Behaviour {
    let body = "busy";
    Behaviour::Respond(
        format!(
            "HTTP/1.1 503 X\r\ncontent-type: text/plain\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

#[test]
fn a_rerun_with_skip_sent_sends_only_what_a_503_stopped() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let files = five_images(&t);
    // Through a relay: the third upload meets a 503 (no retries), the others reach the fake.
    let fwd = Behaviour::Forward(t.sandbox.addr);
    let proxy = TcpFault::start(vec![fwd.clone(), fwd.clone(), a_503_answer(), fwd.clone(), fwd]);
    let mut first = t.cmd("carbonio");
    first.env("CHATDROP_CARBONIO_URL", format!("{}/carbonio", proxy.url()));
    let r = run(first
        .arg("--journal")
        .arg(&journal)
        .args(["--jobs", "1", "--retries", "0", "carbonio", "attach"])
        .args(&files));
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(t.sandbox.state.carbonio.attachments().len(), 4);
    let recs = records(&journal);
    let outcomes: Vec<&str> = recs.iter().map(|r| r["outcome"].as_str().unwrap()).collect();
    assert_eq!(outcomes.iter().filter(|o| **o == "sent").count(), 4, "{recs:?}");
    let failed: Vec<&Value> = recs.iter().filter(|r| r["outcome"] == "failed").collect();
    assert_eq!(failed.len(), 1);
    assert!(failed[0]["path"].as_str().unwrap().ends_with("shot3.png"));
    assert_eq!(failed[0]["exit_class"], "temporary");
    let ids: std::collections::HashMap<String, String> = recs
        .iter()
        .filter(|r| r["outcome"] == "sent")
        .map(|r| (r["name"].as_str().unwrap().to_string(), r["ids"]["id"].as_str().unwrap().to_string()))
        .collect();

    // The re-run (CI "re-run job"): only shot3 goes; the others are skipped with their ids.
    let r = run(t
        .cmd("carbonio")
        .arg("--journal")
        .arg(&journal)
        .args(["--json", "--skip-sent", "carbonio", "attach"])
        .args(&files));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let attachments = t.sandbox.state.carbonio.attachments();
    assert_eq!(attachments.len(), 5, "each file reached the room once");
    let mut md5s: Vec<String> = attachments.iter().map(|a| a.md5.clone()).collect();
    md5s.sort();
    md5s.dedup();
    assert_eq!(md5s.len(), 5);
    let lines = json_lines(&r.stdout);
    assert_eq!(lines.len(), 5);
    for line in &lines {
        let name = line["name"].as_str().unwrap();
        if name == "shot3.png" {
            assert!(line.get("skipped").is_none(), "{line}");
            assert_eq!(line["ok"], true);
        } else {
            assert_eq!(line["skipped"], true, "{line}");
            assert_eq!(line["previous"]["outcome"], "sent");
            assert_eq!(line["previous"]["ids"]["id"].as_str().unwrap(), ids[name]);
            assert_eq!(line["id"].as_str().unwrap(), ids[name]);
            assert!(line["previous"]["time"].as_str().unwrap().ends_with('Z'));
        }
    }
    let recs = records(&journal);
    assert_eq!(recs.iter().filter(|r| r["outcome"] == "skipped").count(), 4);
    assert_eq!(recs.len(), 10);
    // And again: nothing left to send.
    let r =
        run(t.cmd("carbonio").arg("--journal").arg(&journal).args(["--skip-sent", "carbonio", "attach"]).args(&files));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.carbonio.attachments().len(), 5);
    assert_eq!(r.stdout.lines().filter(|l| l.starts_with("skipped ")).count(), 5, "{}", r.stdout);
}

#[test]
fn every_service_skips_what_it_already_sent_and_sends_a_changed_file() {
    std::thread::scope(|scope| {
        for (svc, command, upload_path) in SERVICES {
            scope.spawn(move || {
                let t = TestEnv::new();
                let journal = journal_path(&t);
                let file = t.file("shot.png", &image(5000, 7));
                let send = |flags: &[&str]| {
                    let mut cmd = t.cmd(svc);
                    run(cmd.arg("--journal").arg(&journal).args(flags).args(command).arg(&file))
                };
                let uploads = || t.requests(svc).iter().filter(|q| q.path.contains(upload_path)).count();
                let r = send(&[]);
                assert_eq!(r.code, 0, "{svc}: {}", r.stderr);
                assert_eq!(uploads(), 1, "{svc}");
                let r = send(&["--skip-sent"]);
                assert_eq!(r.code, 0, "{svc}: {}", r.stderr);
                assert_eq!(uploads(), 1, "{svc}: not sent again");
                assert!(r.stdout.starts_with("skipped shot.png: already sent "), "{svc}: {}", r.stdout);
                // A changed file is sent.
                std::fs::write(&file, image(5000, 8)).unwrap();
                let r = send(&["--skip-sent"]);
                assert_eq!(r.code, 0, "{svc}: {}", r.stderr);
                assert_eq!(uploads(), 2, "{svc}: the new content is sent");
                let recs = records(&journal);
                let outcomes: Vec<&str> = recs.iter().map(|r| r["outcome"].as_str().unwrap()).collect();
                assert_eq!(outcomes, ["sent", "skipped", "sent"], "{svc}");
                let fp = recs[0]["fingerprint"].as_str().unwrap();
                if svc == "pyrus" {
                    assert_eq!(fp, format!("md5:{}", md5_hex(&image(5000, 7))), "the MD5 the upload computed");
                } else {
                    assert!(fp.starts_with("sha256:") && fp.len() == 7 + 64, "{fp}");
                }
                assert_ne!(recs[2]["fingerprint"], recs[0]["fingerprint"]);
                assert_eq!(recs[0]["service"], svc);
                assert_eq!(recs[0]["profile"], "default");
                assert_eq!(recs[0]["version"], env!("CARGO_PKG_VERSION"));
            });
        }
    });
}

#[test]
fn an_unknown_outcome_is_not_resent_without_resend_unknown() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let file = t.file("report.png", &image(8192, 3));
    // The whole body goes, then a 500: the room may hold it; chatdrop does not resend.
    let proxy = TcpFault::start(vec![Behaviour::Respond(
        b"HTTP/1.1 500 X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_vec(),
    )]);
    let mut cmd = t.cmd("protocol");
    cmd.env("CHATDROP_PROTOCOL_URL", format!("{}/protocol", proxy.url()));
    let r = run(cmd.arg("--journal").arg(&journal).args(["--retries", "2", "protocol", "attach"]).arg(&file));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(proxy.connections(), 1);
    let recs = records(&journal);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["outcome"], "unknown");
    assert!(recs[0]["fingerprint"].as_str().unwrap().starts_with("sha256:"));

    let r =
        run(t.cmd("protocol").arg("--journal").arg(&journal).args(["--skip-sent", "protocol", "attach"]).arg(&file));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("may have been delivered") && r.stderr.contains("--resend-unknown"), "{}", r.stderr);
    assert!(t.sandbox.state.protocol.attachments().is_empty(), "not resent");
    let r = run(t.bare().arg("--journal").arg(&journal).args(["history", "--failed", "--paths"]));
    assert_eq!(r.stdout.trim(), std::path::absolute(&file).unwrap().to_string_lossy(), "{}", r.stderr);

    let r = run(t
        .cmd("protocol")
        .arg("--journal")
        .arg(&journal)
        .args(["--skip-sent", "--resend-unknown", "protocol", "attach"])
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.protocol.attachments().len(), 1);
    // Now it is sent: skipped from here on, and no longer among the failed.
    let r =
        run(t.cmd("protocol").arg("--journal").arg(&journal).args(["--skip-sent", "protocol", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.protocol.attachments().len(), 1);
    let r = run(t.bare().arg("--journal").arg(&journal).args(["history", "--failed", "--paths"]));
    assert_eq!(r.stdout, "", "{}", r.stderr);
}

#[test]
fn a_commit_whose_answer_is_lost_is_unknown_for_ok() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let file = t.file("m.png", &image(3000, 1));
    // REST calls through a relay: the upload link goes through, the commit's answer is lost.
    let lost = Behaviour::Respond(b"HTTP/1.1 500 X\r\ncontent-length: 0\r\nconnection: close\r\n\r\n".to_vec());
    let proxy = TcpFault::start(vec![Behaviour::Forward(t.sandbox.addr), lost]);
    let mut cmd = t.cmd("ok");
    cmd.env("CHATDROP_OK_URL", format!("{}/ok", proxy.url()));
    let r = run(cmd.arg("--journal").arg(&journal).args(["ok", "moment"]).arg(&file));
    assert_ne!(r.code, 0, "{}", r.stderr);
    let recs = records(&journal);
    assert_eq!(recs.len(), 1, "{recs:?}");
    assert_eq!(recs[0]["outcome"], "unknown", "{recs:?}");
    let r = run(t.cmd("ok").arg("--journal").arg(&journal).args(["--skip-sent", "ok", "moment"]).arg(&file));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(t.sandbox.state.ok.moments().is_empty());
}

#[test]
fn two_processes_at_once_both_land_intact() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let batch = |tag: &str| -> Vec<PathBuf> {
        (0..12)
            .map(|i| t.file(&format!("{tag}{i}.png"), &image(2000 + i, (i as u32) << 8 | tag.len() as u32)))
            .collect()
    };
    let (a, b) = (batch("a"), batch("bb"));
    std::thread::scope(|scope| {
        for files in [&a, &b] {
            let journal = &journal;
            let t = &t;
            scope.spawn(move || {
                let r = run(t
                    .cmd("protocol")
                    .arg("--journal")
                    .arg(journal)
                    .args(["--jobs", "6", "protocol", "attach"])
                    .args(files));
                assert_eq!(r.code, 0, "{}", r.stderr);
            });
        }
    });
    let recs = records(&journal);
    assert_eq!(recs.len(), 24, "every line whole and parsed");
    let runs: std::collections::HashSet<&str> = recs.iter().map(|r| r["run"].as_str().unwrap()).collect();
    assert_eq!(runs.len(), 2);
    assert!(recs.iter().all(|r| r["outcome"] == "sent" && r["ids"]["id"].is_string()));
}

#[test]
fn torn_and_garbage_lines_are_skipped_and_never_fatal() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let file = t.file("x.png", &image(3000, 9));
    let r = run(t.cmd("carbonio").arg("--journal").arg(&journal).args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Garbage in the middle, a huge line, binary noise, and a torn last line (a crash mid-write).
    let mut text = std::fs::read_to_string(&journal).unwrap();
    text.push_str("this is not json\n\u{1}\u{2}\u{3}\n");
    text.push_str(&format!("{{\"x\":\"{}\"}}\n", "y".repeat(200_000)));
    text.push_str("{\"v\":1,\"time\":\"2025-01-0");
    std::fs::write(&journal, text).unwrap();

    let r =
        run(t.cmd("carbonio").arg("--journal").arg(&journal).args(["--skip-sent", "carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("skipped x.png"), "{}", r.stdout);
    assert_eq!(t.sandbox.state.carbonio.attachments().len(), 1);
    let r = run(t.bare().arg("--journal").arg(&journal).arg("history"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 2, "{}", r.stdout);
    assert!(r.stderr.contains("4 unreadable line(s)"), "{}", r.stderr);
    // The record after the torn line starts on a line of its own.
    let text = std::fs::read_to_string(&journal).unwrap();
    let last = text.lines().last().unwrap();
    let rec: Value = serde_json::from_str(last).expect("last record whole");
    assert_eq!(rec["outcome"], "skipped");
}

#[test]
fn history_filters_newest_first_and_prints_paths() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    std::fs::create_dir_all(journal.parent().unwrap()).unwrap();
    let rec = |time: &str, service: &str, target: &str, path: &str, outcome: &str| {
        format!(
            r#"{{"v":1,"time":"{time}","run":"r","service":"{service}","profile":"default","target":{target},"path":"{path}","name":"n","size":10,"fingerprint":"sha256:00","outcome":"{outcome}","version":"0.1.0"}}"#
        )
    };
    let lines = [
        rec("2025-01-01T00:00:00Z", "carbonio", r#""room:r1""#, "/w/a.png", "failed"),
        rec("2025-02-01T00:00:00Z", "carbonio", r#""room:r1""#, "/w/a.png", "sent"),
        rec("2025-03-01T00:00:00Z", "protocol", "null", "/w/b.pdf", "failed"),
        rec("2025-04-01T00:00:00Z", "connect", r#""conference:c9""#, "/w/c.png", "unknown"),
        rec("2025-05-01T00:00:00Z", "carbonio", r#""room:r2""#, "/w/d.png", "sent"),
    ];
    std::fs::write(&journal, lines.join("\n") + "\n").unwrap();
    let history = |args: &[&str]| {
        let r = run(t.bare().arg("--journal").arg(&journal).arg("history").args(args));
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    let table = history(&[]);
    let rows: Vec<&str> = table.lines().collect();
    assert_eq!(rows.len(), 5);
    assert!(rows[0].starts_with("2025-05-01T00:00:00Z") && rows[4].starts_with("2025-01-01"), "{table}");
    assert_eq!(history(&["--service", "carbonio"]).lines().count(), 3);
    assert_eq!(history(&["--target", "r1"]).lines().count(), 2);
    assert_eq!(history(&["--since", "2025-03-01"]).lines().count(), 3);
    assert_eq!(history(&["--since", "1h"]).lines().count(), 0);
    assert_eq!(history(&["--limit", "2"]).lines().count(), 2);
    // --failed: the files whose latest attempt failed or is unknown (a.png was sent later).
    assert_eq!(history(&["--failed", "--paths"]), "/w/c.png\n/w/b.pdf\n");
    assert_eq!(history(&["--paths", "--service", "carbonio"]), "/w/d.png\n/w/a.png\n");
    let json = history(&["--json", "--failed"]);
    let objs = json_lines(&json);
    assert_eq!(objs.len(), 2);
    assert_eq!(objs[0]["outcome"], "unknown");
    assert_eq!(objs[0]["target"], "conference:c9");
    assert_eq!(objs[1]["target"], Value::Null);
    // A bad --since is a usage error.
    let r = run(t.bare().arg("--journal").arg(&journal).args(["history", "--since", "soonish"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn the_journal_never_holds_a_secret() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let file = t.file("s.png", &image(3000, 5));
    for (svc, command, _) in SERVICES {
        for flags in [&[][..], &["-vv", "--json"][..]] {
            let mut cmd = t.cmd(svc);
            // Every service's credentials set at once, as in a CI job.
            for (k, v) in t.sandbox.env() {
                cmd.env(k, v);
            }
            let r = run(cmd.arg("--journal").arg(&journal).args(flags).args(command).arg(&file));
            assert_eq!(r.code, 0, "{svc}: {}", r.stderr);
        }
        // And a failure, whose error text is recorded.
        let mut cmd = t.cmd(svc);
        cmd.env("CHATDROP_RETRIES", "0");
        let upload_path = SERVICES.iter().find(|s| s.0 == svc).unwrap().2;
        t.sandbox.inject(Fault::status(upload_path, 400).body(r#"{"message":"bad request"}"#));
        let _ = run(cmd.arg("--journal").arg(&journal).args(command).arg(&file));
    }
    let text = std::fs::read_to_string(&journal).unwrap();
    assert!(records(&journal).len() >= 15, "{text}");
    assert!(text.contains("\"failed\""), "{text}");
    for secret in SANDBOX_SECRETS {
        assert!(!text.contains(secret), "secret {secret} in the journal:\n{text}");
    }
}

#[test]
fn no_journal_writes_nothing_and_the_default_is_the_state_dir() {
    let t = TestEnv::new();
    let file = t.file("n.png", &image(3000, 2));
    let named = journal_path(&t);
    let r =
        run(t.cmd("carbonio").arg("--no-journal").arg("--journal").arg(&named).args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r =
        run(t.cmd("carbonio").env("CHATDROP_JOURNAL", &named).args(["--no-journal", "carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!named.exists() && !named.parent().unwrap().exists());
    let state = t.dir.path().join(".local/state/chatdrop");
    assert!(!state.exists());
    let r = run(t.cmd("carbonio").args(["--no-journal", "--skip-sent", "carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 2, "--skip-sent needs the journal: {}", r.stderr);

    // Default: $HOME/.local/state/chatdrop/journal.jsonl (0600 in a 0700 dir); XDG_STATE_HOME moves it.
    let r = run(t.cmd("carbonio").args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(records(&state.join("journal.jsonl")).len(), 1);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(state.join("journal.jsonl")).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let xdg = t.dir.path().join("xdg-state");
    let r = run(t.cmd("carbonio").env("XDG_STATE_HOME", &xdg).args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(records(&xdg.join("chatdrop/journal.jsonl")).len(), 1);
    // CHATDROP_JOURNAL names the file.
    let r = run(t.cmd("carbonio").env("CHATDROP_JOURNAL", &named).args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(records(&named).len(), 1);
}

#[test]
fn skip_sent_as_a_profile_setting() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let file = t.file("p.png", &image(3000, 4));
    std::fs::create_dir_all(t.config_dir()).unwrap();
    std::fs::write(t.config_dir().join("config.toml"), "[default.carbonio]\nskip_sent = true\n").unwrap();
    for _ in 0..2 {
        let r = run(t.cmd("carbonio").arg("--journal").arg(&journal).args(["carbonio", "attach"]).arg(&file));
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    assert_eq!(t.sandbox.state.carbonio.attachments().len(), 1);
    let r =
        run(t.cmd("carbonio").arg("--journal").arg(&journal).args(["--no-skip-sent", "carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.carbonio.attachments().len(), 2, "--no-skip-sent overrides the profile");
}

#[test]
fn pyrus_with_a_task_skips_what_is_attached_and_posts_no_empty_comment() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let a = t.file("a.txt", b"first file");
    let b = t.file("b.txt", b"second file");
    let upload = |files: &[&PathBuf]| {
        let mut cmd = t.cmd("pyrus");
        run(cmd.arg("--journal").arg(&journal).args(["--skip-sent", "pyrus", "upload", "--task", "42"]).args(files))
    };
    let r = upload(&[&a]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = upload(&[&a, &b]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let comments = t.sandbox.state.pyrus.comments(42);
    assert_eq!(comments.len(), 2, "{comments:?}");
    let r = upload(&[&a, &b]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.pyrus.comments(42).len(), 2, "nothing left to attach: no comment");
    let recs = records(&journal);
    let sent: Vec<&Value> = recs.iter().filter(|r| r["outcome"] == "sent").collect();
    assert_eq!(sent.len(), 2);
    assert!(
        sent.iter()
            .all(|r| r["target"] == "task:42" && r["ids"]["comment_id"].is_number() && r["ids"]["guid"].is_string())
    );
    // Another task is another target.
    let mut cmd = t.cmd("pyrus");
    let r = run(cmd.arg("--journal").arg(&journal).args(["--skip-sent", "pyrus", "upload", "--task", "43"]).arg(&a));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.pyrus.comments(43).len(), 1);
}
