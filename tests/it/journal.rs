//! The journal (issue #15), run as the real binary against the sandbox: a re-run with
//! `--skip-sent` sends only what is missing (and reports the rest as skipped, with the ids the
//! server gave), a changed file is sent, an `unknown` outcome is never resent without
//! `--resend-unknown`, concurrent runs append intact lines, torn and garbage lines are
//! skipped, `history` filters, no secret is ever written, `--no-journal` writes nothing.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::tcp::{Behaviour, TcpFault};
use crate::common::*;

fn journal_path(t: &TestEnv) -> PathBuf {
    t.dir.path().join("ci-cache").join("journal.jsonl")
}

/// The journal's records; every line must parse.
fn records(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}"))).collect()
}

/// `chatdrop <service upload command> --journal J <flags> <files>` against the sandbox.
fn upload(t: &TestEnv, svc: &str, journal: &Path, flags: &[&str], files: &[&PathBuf]) -> Run {
    let mut cmd = t.cmd(svc);
    run(cmd.args(service(svc).upload).arg("--journal").arg(journal).args(flags).args(files))
}

fn history(t: &TestEnv, journal: &Path, args: &[&str]) -> Run {
    run(t.bare().arg("history").arg("--journal").arg(journal).args(args))
}

fn answer(status: u16) -> Behaviour {
    Behaviour::Respond(
        format!(
            "HTTP/1.1 {status} X\r\ncontent-type: text/plain\r\ncontent-length: 4\r\nconnection: close\r\n\r\nbusy"
        )
        .into_bytes(),
    )
}

#[test]
fn a_rerun_with_skip_sent_sends_only_what_a_503_stopped() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let files: Vec<PathBuf> =
        (1..=5).map(|i| t.file(&format!("shot{i}.txt"), format!("screenshot {i}\n").as_bytes())).collect();
    let files: Vec<&PathBuf> = files.iter().collect();
    // Through a relay: the third upload meets a 503 (no retries), the others reach the fake.
    let fwd = Behaviour::Forward(t.sandbox.addr);
    let proxy = TcpFault::start(vec![fwd.clone(), fwd.clone(), answer(503), fwd.clone(), fwd]);
    let mut first = t.cmd("carbonio");
    // The server's API given (as a stored login remembers it): only uploads pass the relay.
    first
        .env("CHATDROP_CARBONIO_URL", format!("{}/carbonio", proxy.url()))
        .env("CHATDROP_CARBONIO_SERVER_API", "1.6.2");
    let r = run(first
        .args(["carbonio", "attach", "--jobs", "1", "--retries", "0", "--journal"])
        .arg(&journal)
        .args(&files));
    assert_eq!(r.code, 3, "{}", r.stderr);
    let held = t.sandbox.state.carbonio.attachments();
    let mut names: Vec<&str> = held.iter().map(|a| a.name.as_str()).collect();
    names.sort();
    assert_eq!(names, ["shot1.txt", "shot2.txt", "shot4.txt", "shot5.txt"]);
    let ids: HashMap<String, String> = held.iter().map(|a| (a.name.clone(), a.id.clone())).collect();
    let recs = records(&journal);
    assert_eq!(recs.len(), 5, "{recs:?}");
    let failed: Vec<&Value> = recs.iter().filter(|r| r["outcome"] == "failed").collect();
    assert_eq!(failed.len(), 1, "{recs:?}");
    assert!(failed[0]["path"].as_str().unwrap().ends_with("shot3.txt"));
    assert_eq!(failed[0]["exit_class"], "temporary");
    for rec in recs.iter().filter(|r| r["outcome"] == "sent") {
        assert_eq!(rec["ids"]["id"].as_str().unwrap(), ids[rec["name"].as_str().unwrap()], "{rec}");
        assert_eq!(rec["target"], format!("room:{}", chatdrop::sandbox::carbonio::ROOM));
    }

    // The re-run (CI "re-run job"): only shot3 goes; the others are skipped with their ids.
    let r = upload(&t, "carbonio", &journal, &["--json", "--skip-sent"], &files);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let held = t.sandbox.state.carbonio.attachments();
    assert_eq!(held.len(), 5, "each file reached the room once");
    assert_eq!(held.last().unwrap().name, "shot3.txt");
    let lines = json_lines(&r.stdout);
    assert_eq!(lines.len(), 5, "one record per file:\n{}", r.stdout);
    for line in &lines {
        let name = line["name"].as_str().unwrap();
        if name == "shot3.txt" {
            assert_record(line, "carbonio", "attach", "sent");
            assert_eq!(line["id"], held.last().unwrap().id.as_str());
        } else {
            assert_record(line, "carbonio", "attach", "skipped");
            assert_eq!(line["id"].as_str().unwrap(), ids[name], "{line}");
            let sent_at = line["sent_at"].as_str().unwrap();
            assert!(sent_at.len() == 20 && sent_at.ends_with('Z'), "RFC 3339: {sent_at}");
        }
    }
    assert_eq!(r.stderr.matches("already sent 20").count(), 4, "{}", r.stderr);
    let recs = records(&journal);
    assert_eq!(recs.len(), 10);
    assert_eq!(recs.iter().filter(|r| r["outcome"] == "skipped").count(), 4);

    // And again, plain output: nothing left to send; `<id>\t<name>` lines, a status on stderr.
    let r = upload(&t, "carbonio", &journal, &["--skip-sent"], &files);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.carbonio.attachments().len(), 5);
    let shot1 = format!("{}\tshot1.txt", ids["shot1.txt"]);
    assert!(r.stdout.lines().any(|l| l == shot1), "{}", r.stdout);
    assert_eq!(r.stdout.lines().count(), 5, "{}", r.stdout);
    assert!(r.stderr.contains("skipped ") && r.stderr.contains("shot3.txt: already sent 20"), "{}", r.stderr);
}

#[test]
fn every_service_skips_what_it_already_sent_and_sends_a_changed_file() {
    std::thread::scope(|scope| {
        for s in services() {
            scope.spawn(move || {
                let t = TestEnv::new();
                let journal = journal_path(&t);
                let file = t.file("shot.png", &s.content("first"));
                let r = upload(&t, s.name, &journal, &[], &[&file]);
                assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
                assert_eq!(t.uploads(s.name).len(), 1, "{}", s.name);
                let r = upload(&t, s.name, &journal, &["--skip-sent"], &[&file]);
                assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
                assert_eq!(t.uploads(s.name).len(), 1, "{}: not sent again", s.name);
                assert!(r.stdout.ends_with("\tshot.png\n"), "{}: {}", s.name, r.stdout);
                assert!(
                    r.stderr.contains("skipped ") && r.stderr.contains("shot.png: already sent 20"),
                    "{}: {}",
                    s.name,
                    r.stderr
                );
                // A changed file is sent.
                std::fs::write(&file, s.content("second")).unwrap();
                let r = upload(&t, s.name, &journal, &["--skip-sent"], &[&file]);
                assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
                assert_eq!(t.uploads(s.name).len(), 2, "{}: the new content is sent", s.name);
                let recs = records(&journal);
                let outcomes: Vec<&str> = recs.iter().map(|r| r["outcome"].as_str().unwrap()).collect();
                assert_eq!(outcomes, ["sent", "skipped", "sent"], "{}", s.name);
                let fp = recs[0]["fingerprint"].as_str().unwrap();
                if s.checks_md5 {
                    assert_eq!(fp, format!("md5:{}", md5_hex(&s.content("first"))), "the MD5 the upload checked");
                } else {
                    assert!(fp.starts_with("xxh3:") && fp.len() == 5 + 32, "{fp}");
                }
                assert_eq!(recs[1]["fingerprint"], recs[0]["fingerprint"], "{}", s.name);
                assert_ne!(recs[2]["fingerprint"], recs[0]["fingerprint"]);
                assert_eq!(recs[0]["service"], s.name);
                assert_eq!(recs[0]["profile"], "default");
                assert_eq!(recs[0]["version"], env!("CARGO_PKG_VERSION"));
                assert!(recs[0]["ids"].as_object().is_some_and(|m| !m.is_empty()), "{}: {}", s.name, recs[0]);
            });
        }
    });
}

#[test]
fn an_unknown_outcome_is_not_resent_without_resend_unknown() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let file = t.file("report.txt", b"quarterly report\n");
    // The whole body goes, then a 500: the conversation may hold it; chatdrop does not resend.
    let proxy = TcpFault::start(vec![answer(500)]);
    let mut cmd = t.cmd("protocol");
    cmd.env("CHATDROP_PROTOCOL_URL", format!("{}/protocol", proxy.url()));
    let r = run(cmd.args(["protocol", "attach", "--retries", "2", "--journal"]).arg(&journal).arg(&file));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_eq!(proxy.connections(), 1);
    let recs = records(&journal);
    assert_eq!(recs.len(), 1);
    assert_eq!(recs[0]["outcome"], "unknown");
    assert!(recs[0]["fingerprint"].as_str().unwrap().starts_with("xxh3:"));

    let r = upload(&t, "protocol", &journal, &["--skip-sent"], &[&file]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("may have been delivered") && r.stderr.contains("--resend-unknown"), "{}", r.stderr);
    assert!(t.uploads("protocol").is_empty(), "not resent");
    let r = history(&t, &journal, &["--failed", "--paths"]);
    assert_eq!(r.stdout.trim(), std::path::absolute(&file).unwrap().to_string_lossy(), "{}", r.stderr);

    let r = upload(&t, "protocol", &journal, &["--skip-sent", "--resend-unknown"], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.uploads("protocol").len(), 1);
    // Now it is sent: skipped from here on, and no longer among the failed.
    let r = upload(&t, "protocol", &journal, &["--skip-sent"], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.uploads("protocol").len(), 1);
    assert_eq!(history(&t, &journal, &["--failed", "--paths"]).stdout, "");
}

#[test]
fn an_ok_commit_whose_answer_is_lost_is_unknown() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let file = t.file("m.png", &service("ok").content("moment"));
    // REST calls through a relay: the upload link goes through, the commit's answer is lost.
    let proxy = TcpFault::start(vec![Behaviour::Forward(t.sandbox.addr), answer(500)]);
    let mut cmd = t.cmd("ok");
    cmd.env("CHATDROP_OK_URL", format!("{}/ok", proxy.url()));
    let r = run(cmd.args(["ok", "moment", "--journal"]).arg(&journal).arg(&file));
    assert_ne!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.uploads("ok").len(), 1, "the photo went");
    let recs = records(&journal);
    assert_eq!(recs.len(), 1, "{recs:?}");
    assert_eq!(recs[0]["outcome"], "unknown", "{recs:?}");
    let r = upload(&t, "ok", &journal, &["--skip-sent"], &[&file]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(t.uploads("ok").len(), 1, "not resent");
    assert!(t.sandbox.state.ok.moments().is_empty());
}

#[test]
fn two_processes_at_once_both_land_intact() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let batch = |tag: &str| -> Vec<PathBuf> {
        (0..12).map(|i| t.file(&format!("{tag}{i}.txt"), format!("{tag} file {i}\n").as_bytes())).collect()
    };
    let (a, b) = (batch("a"), batch("bb"));
    std::thread::scope(|scope| {
        for files in [&a, &b] {
            let (journal, t) = (&journal, &t);
            scope.spawn(move || {
                let files: Vec<&PathBuf> = files.iter().collect();
                let r = upload(t, "protocol", journal, &["--jobs", "6"], &files);
                assert_eq!(r.code, 0, "{}", r.stderr);
            });
        }
    });
    assert_eq!(t.uploads("protocol").len(), 24);
    let recs = records(&journal);
    assert_eq!(recs.len(), 24, "every line whole and parsed");
    let runs: std::collections::HashSet<&str> = recs.iter().map(|r| r["run"].as_str().unwrap()).collect();
    assert_eq!(runs.len(), 2);
    let held: std::collections::HashSet<String> =
        t.sandbox.state.protocol.attachments().into_iter().map(|a| a.id).collect();
    assert!(recs.iter().all(|r| r["outcome"] == "sent" && held.contains(r["ids"]["id"].as_str().unwrap())));
}

#[test]
fn torn_and_garbage_lines_are_skipped_and_never_fatal() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let file = t.file("x.txt", b"some log\n");
    let r = upload(&t, "carbonio", &journal, &[], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Garbage in the middle, a huge line, binary noise, and a torn last line (a crash mid-write).
    let mut text = std::fs::read_to_string(&journal).unwrap();
    text.push_str("this is not json\n\u{1}\u{2}\u{3}\n");
    text.push_str(&format!("{{\"x\":\"{}\"}}\n", "y".repeat(200_000)));
    text.push_str("{\"v\":1,\"time\":\"2025-01-0");
    std::fs::write(&journal, text).unwrap();

    let r = upload(&t, "carbonio", &journal, &["--skip-sent"], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("x.txt: already sent 20"), "{}", r.stderr);
    assert_eq!(t.uploads("carbonio").len(), 1);
    let r = history(&t, &journal, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 2, "{}", r.stdout);
    assert!(r.stderr.contains("4 unreadable lines"), "{}", r.stderr);
    // The record after the torn line starts on a line of its own.
    let text = std::fs::read_to_string(&journal).unwrap();
    let rec: Value = serde_json::from_str(text.lines().last().unwrap()).expect("last record whole");
    assert_eq!(rec["outcome"], "skipped");
}

#[test]
fn history_filters_newest_first_and_prints_paths() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    std::fs::create_dir_all(journal.parent().unwrap()).unwrap();
    let rec = |time: &str, service: &str, target: &str, path: &str, outcome: &str| {
        format!(
            r#"{{"v":1,"time":"{time}","run":"r","service":"{service}","profile":"default","target":{target},"path":"{path}","name":"n","size":10,"fingerprint":"xxh3:00","outcome":"{outcome}","version":"0.1.0"}}"#
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
    let out = |args: &[&str]| {
        let r = history(&t, &journal, args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    let table = out(&[]);
    let rows: Vec<&str> = table.lines().collect();
    assert_eq!(rows.len(), 5);
    assert!(rows[0].starts_with("2025-05-01T00:00:00Z") && rows[4].starts_with("2025-01-01"), "{table}");
    assert_eq!(out(&["--service", "carbonio"]).lines().count(), 3);
    assert_eq!(out(&["--target", "r1"]).lines().count(), 2);
    assert_eq!(out(&["--since", "2025-03-01"]).lines().count(), 3);
    assert_eq!(out(&["--since", "1h"]).lines().count(), 0);
    assert_eq!(out(&["--limit", "2"]).lines().count(), 2);
    // --failed: the files whose latest attempt failed or is unknown (a.png was sent later).
    assert_eq!(out(&["--failed", "--paths"]), "/w/c.png\n/w/b.pdf\n");
    assert_eq!(out(&["--paths", "--service", "carbonio"]), "/w/d.png\n/w/a.png\n");
    let objs = json_lines(&out(&["--json", "--failed"]));
    assert_eq!(objs.len(), 2);
    assert_eq!(objs[0]["outcome"], "unknown");
    assert_eq!(objs[0]["target"], "conference:c9");
    assert_eq!(objs[1]["target"], Value::Null);
    // CHATDROP_JOURNAL names the file for history too; a bad --since is a usage error.
    let r = run(t.bare().env("CHATDROP_JOURNAL", &journal).args(["history", "--limit", "1", "--paths"]));
    assert_eq!(r.stdout, "/w/d.png\n", "{}", r.stderr);
    assert_eq!(history(&t, &journal, &["--since", "soonish"]).code, 2);
    assert_eq!(history(&t, &journal, &["--service", "nope"]).code, 2);
}

#[test]
fn the_journal_never_holds_a_secret() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    for s in services() {
        let file = t.file(&format!("{}.bin", s.name), &s.content(s.name));
        for flags in [&[][..], &["-vv", "--json"][..]] {
            let mut cmd = t.cmd(s.name);
            // Every service's credentials set at once, as in a CI job.
            cmd.envs(t.sandbox.env());
            let r = run(cmd.args(s.upload).arg("--journal").arg(&journal).args(flags).arg(&file));
            assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
        }
        // And a failure, whose error text is recorded.
        t.sandbox.inject(Fault::status(s.upload_path, 400).body(r#"{"message":"bad request"}"#));
        let mut cmd = t.cmd(s.name);
        cmd.envs(t.sandbox.env()).env("CHATDROP_RETRIES", "0");
        let r = run(cmd.args(s.upload).arg("--journal").arg(&journal).arg(&file));
        assert_ne!(r.code, 0, "{}: {}", s.name, r.stderr);
    }
    let text = std::fs::read_to_string(&journal).unwrap();
    // Two sends and one failure per service.
    assert_eq!(records(&journal).len(), 3 * services().len(), "{text}");
    assert_eq!(text.matches("\"outcome\":\"failed\"").count(), services().len(), "{text}");
    for secret in SANDBOX_SECRETS.iter() {
        assert!(!text.contains(secret), "secret {secret} in the journal:\n{text}");
    }
}

#[test]
fn no_journal_writes_nothing_and_the_default_is_the_state_dir() {
    let t = TestEnv::new();
    let file = t.file("n.txt", b"nightly\n");
    let named = journal_path(&t);
    let state = t.dir.path().join(".local/state/chatdrop");
    let r = upload(&t, "carbonio", &named, &["--no-journal"], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r =
        run(t.cmd("carbonio").env("CHATDROP_JOURNAL", &named).args(["carbonio", "attach", "--no-journal"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.uploads("carbonio").len(), 2);
    assert!(!named.exists() && !named.parent().unwrap().exists());
    assert!(!state.exists());
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--no-journal", "--skip-sent"]).arg(&file));
    assert_eq!(r.code, 2, "--skip-sent needs the journal: {}", r.stderr);
    assert_eq!(t.uploads("carbonio").len(), 2);

    // Default: $XDG_STATE_HOME/chatdrop/journal.jsonl (0600); another XDG_STATE_HOME moves it.
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
fn skip_sent_as_a_profile_setting_or_env() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let file = t.file("p.txt", b"profile\n");
    std::fs::create_dir_all(t.config_dir()).unwrap();
    std::fs::write(t.config_dir().join("config.toml"), "[default.carbonio]\nskip_sent = true\n").unwrap();
    for _ in 0..2 {
        let r = upload(&t, "carbonio", &journal, &[], &[&file]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    assert_eq!(t.uploads("carbonio").len(), 1);
    let r = upload(&t, "carbonio", &journal, &["--no-skip-sent"], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.uploads("carbonio").len(), 2, "--no-skip-sent overrides the profile");
    // CHATDROP_SKIP_SENT for a service without the setting.
    let other = t.file("q.txt", b"env\n");
    for _ in 0..2 {
        let mut cmd = t.cmd("protocol");
        let r =
            run(cmd.env("CHATDROP_SKIP_SENT", "1").args(["protocol", "attach", "--journal"]).arg(&journal).arg(&other));
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    assert_eq!(t.uploads("protocol").len(), 1);
}

#[test]
fn pyrus_with_a_task_skips_what_is_attached_and_posts_no_empty_comment() {
    let t = TestEnv::new();
    let journal = journal_path(&t);
    let a = t.file("a.txt", b"first file");
    let b = t.file("b.txt", b"second file");
    let attach =
        |task: &str, files: &[&PathBuf]| upload(&t, "pyrus", &journal, &["--skip-sent", "--task", task], files);
    assert_eq!(attach("42", &[&a]).code, 0);
    let r = attach("42", &[&a, &b]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.pyrus.comments(42).len(), 2);
    assert_eq!(t.uploads("pyrus").len(), 2, "a.txt went once");
    let r = attach("42", &[&a, &b]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.pyrus.comments(42).len(), 2, "nothing left to attach: no comment");
    assert_eq!(t.uploads("pyrus").len(), 2);
    let recs = records(&journal);
    let sent: Vec<&Value> = recs.iter().filter(|r| r["outcome"] == "sent").collect();
    assert_eq!(sent.len(), 2);
    assert!(
        sent.iter()
            .all(|r| r["target"] == "task:42" && r["ids"]["comment_id"].is_number() && r["ids"]["guid"].is_string())
    );
    // Another task is another target.
    assert_eq!(attach("43", &[&a]).code, 0);
    assert_eq!(t.sandbox.state.pyrus.comments(43).len(), 1);
}

#[test]
fn the_journal_flags_are_in_each_upload_commands_help() {
    let t = TestEnv::new();
    for s in services() {
        let r = run(t.bare().args(s.upload).arg("--help"));
        for flag in ["--skip-sent", "--resend-unknown", "--journal <FILE>", "--no-journal"] {
            assert!(r.stdout.contains(flag), "{} --help lacks {flag}:\n{}", s.name, r.stdout);
        }
    }
    let r = run(t.bare().args(["connect", "send-file", "--help"]));
    assert!(r.stdout.contains("--skip-sent"), "{}", r.stdout);
    // Not global: other commands do not take them.
    assert_eq!(run(t.bare().args(["auth", "status", "--skip-sent"])).code, 2);
}
