//! The journal at scale (issue #27), run as the real binary against the sandbox: the quick
//! check skips a file whose size, mtime, inode and device match the journal's record without
//! reading it (shown by changing its content behind a preserved mtime: skipped; with
//! `--checksum` or CHATDROP_CHECKSUM, sent), any other difference falls back to the content;
//! a prune (age or size, shrunk through CHATDROP_JOURNAL_PRUNE_AT) keeps the records
//! `--skip-sent` needs, however old; a stale, corrupt or missing index is rebuilt and never
//! makes a file go twice; concurrent writers leave it consistent; `history --failed` says the
//! same through the index as without one. No timing: the figures are benches/journal.sh's.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use serde_json::Value;

use crate::common::*;

fn records(path: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}"))).collect()
}

fn index_of(journal: &Path) -> PathBuf {
    journal.with_file_name(format!("{}.idx", journal.file_name().unwrap().to_string_lossy()))
}

/// `carbonio attach --journal J <flags> <files>`, with extra environment.
fn attach(t: &TestEnv, journal: &Path, env: &[(&str, &str)], flags: &[&str], files: &[&PathBuf]) -> Run {
    let mut cmd = t.cmd("carbonio");
    cmd.envs(env.iter().copied());
    run(cmd.args(["carbonio", "attach", "--journal"]).arg(journal).args(flags).args(files))
}

/// The md5 of each content the fake room holds, as it received them.
fn received(t: &TestEnv) -> Vec<String> {
    t.sandbox.state.carbonio.attachments().into_iter().map(|a| a.md5).collect()
}

fn set_mtime(path: &Path, when: SystemTime) {
    let file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    file.set_modified(when).unwrap();
}

fn an_hour_ago() -> SystemTime {
    SystemTime::now() - Duration::from_secs(3600)
}

#[cfg(unix)]
#[test]
fn the_quick_check_skips_an_unchanged_file_without_reading_it() {
    use std::os::unix::fs::MetadataExt;
    let t = TestEnv::new();
    let journal = t.dir.path().join("j/journal.jsonl");
    let file = t.file("report.txt", b"version one\n");
    let then = an_hour_ago();
    set_mtime(&file, then);
    let r = attach(&t, &journal, &[], &[], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The record holds the file's identity as the file system gives it.
    let meta = std::fs::metadata(&file).unwrap();
    let sent = &records(&journal)[0];
    assert_eq!(sent["outcome"], "sent");
    let id = &sent["identity"];
    assert_eq!(id["dev"], meta.dev());
    assert_eq!(id["ino"], meta.ino());
    assert_eq!(id["size"], 12);
    assert_eq!(id["mtime_ns"].as_i64().unwrap(), meta.mtime() * 1_000_000_000 + meta.mtime_nsec());

    // New content of the same size, in the same inode, behind the same mtime (as `touch -r`
    // or a tool that keeps mtimes would leave it): the quick check cannot tell, so the file
    // is skipped, which shows it was not read.
    std::fs::write(&file, b"version two\n").unwrap();
    set_mtime(&file, then);
    assert_eq!(std::fs::metadata(&file).unwrap().ino(), meta.ino());
    let r = attach(&t, &journal, &[], &["--skip-sent", "--json"], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(json_lines(&r.stdout)[0]["status"], "skipped", "{}", r.stdout);
    assert_eq!(received(&t), [md5_hex(b"version one\n")]);
    // Its latest record already says it was sent, with this identity: the skip adds none.
    assert_eq!(records(&journal).len(), 1, "a skip on the identity's word writes no record");

    // --checksum reads it: the new content goes.
    let r = attach(&t, &journal, &[], &["--skip-sent", "--checksum"], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(received(&t), [md5_hex(b"version one\n"), md5_hex(b"version two\n")]);
    let recs = records(&journal);
    let last = recs.last().unwrap();
    assert_eq!(last["outcome"], "sent");
    assert_ne!(last["fingerprint"], recs[0]["fingerprint"]);

    // And CHATDROP_CHECKSUM=1 does the same.
    std::fs::write(&file, b"version 333\n").unwrap();
    set_mtime(&file, then);
    let r = attach(&t, &journal, &[], &["--skip-sent"], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(received(&t).len(), 2, "the quick check again: skipped");
    let r = attach(&t, &journal, &[("CHATDROP_CHECKSUM", "1")], &["--skip-sent"], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(received(&t).last().unwrap(), &md5_hex(b"version 333\n"));
    // A malformed value is refused, not guessed at.
    let r = attach(&t, &journal, &[("CHATDROP_CHECKSUM", "maybe")], &["--skip-sent"], &[&file]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("CHATDROP_CHECKSUM"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn a_quick_skip_writes_a_record_only_where_it_says_something_new() {
    // Sent, then a later attempt at the same path failed before its body went (a record with
    // no fingerprint or identity, as an interrupted send without --skip-sent leaves). A
    // --skip-sent re-run skips it on its identity (the sent record's), and, since its latest
    // record said "failed", writes a `skipped` one: `history --failed` no longer lists it.
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let file = t.file("report.txt", b"sent once\n");
    set_mtime(&file, an_hour_ago());
    let r = attach(&t, &journal, &[], &[], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut failed = records(&journal)[0].clone();
    let failed_fields = failed.as_object_mut().unwrap();
    for key in ["fingerprint", "identity", "ids"] {
        failed_fields.remove(key);
    }
    failed_fields.insert("outcome".into(), "failed".into());
    failed_fields.insert("exit_class".into(), "temporary".into());
    failed_fields.insert("error".into(), "the server answered 503".into());
    std::fs::OpenOptions::new()
        .append(true)
        .open(&journal)
        .and_then(|mut f| std::io::Write::write_all(&mut f, format!("{failed}\n").as_bytes()))
        .unwrap();
    let failed_paths = || {
        let r = run(t.bare().args(["--json", "history", "--failed", "--journal"]).arg(&journal));
        assert_eq!(r.code, 0, "{}", r.stderr);
        json_lines(&r.stdout).len()
    };
    assert_eq!(failed_paths(), 1);
    let r = attach(&t, &journal, &[], &["--skip-sent"], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(received(&t).len(), 1, "not sent again");
    let recs = records(&journal);
    assert_eq!(recs.len(), 3, "{recs:?}");
    assert_eq!(recs[2]["outcome"], "skipped");
    assert_eq!(recs[2]["identity"], recs[0]["identity"]);
    assert_eq!(failed_paths(), 0);
    // Now its latest record says it: the next re-run skips it and writes nothing.
    let r = attach(&t, &journal, &[], &["--skip-sent"], &[&file]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(records(&journal).len(), 3);
    assert_eq!(received(&t).len(), 1);
}

#[cfg(unix)]
#[test]
fn any_other_difference_falls_back_to_the_content() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let a = t.file("a.txt", b"same content\n");
    let b = t.file("b.txt", b"other content\n");
    for f in [&a, &b] {
        set_mtime(f, an_hour_ago());
    }
    let r = attach(&t, &journal, &[], &[], &[&a, &b]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // a: only its mtime changed (content the same): read, found sent, skipped, and its new
    // identity recorded. b: new content, new mtime: read and sent.
    set_mtime(&a, an_hour_ago() - Duration::from_secs(60));
    std::fs::write(&b, b"changed content\n").unwrap();
    set_mtime(&b, an_hour_ago());
    let r = attach(&t, &journal, &[], &["--skip-sent", "--json"], &[&a, &b]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = json_lines(&r.stdout);
    assert_eq!(lines[0]["status"], "skipped", "{}", r.stdout);
    assert_eq!(lines[1]["status"], "sent", "{}", r.stdout);
    assert_eq!(received(&t).len(), 3);
    assert_eq!(received(&t)[2], md5_hex(b"changed content\n"));
    let recs = records(&journal);
    let skipped = recs.iter().find(|r| r["outcome"] == "skipped").unwrap();
    assert_ne!(skipped["identity"]["mtime_ns"], recs[0]["identity"]["mtime_ns"]);
    // A copy (another inode) of a sent file is read, and skipped by its content.
    let copy = t.file("copy-of-a.txt", b"same content\n");
    set_mtime(&copy, an_hour_ago());
    let r = attach(&t, &journal, &[], &["--skip-sent"], &[&copy]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(received(&t).len(), 3);
    // A file modified moments ago gets no identity (its mtime could still hide a change).
    let fresh = t.file("fresh.txt", b"fresh\n");
    let r = attach(&t, &journal, &[], &[], &[&fresh]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let last = records(&journal).pop().unwrap();
    assert_eq!(last["outcome"], "sent");
    assert!(last.get("identity").is_none(), "{last}");
}

/// A Pyrus record of `content` (MD5 fingerprint, no task), written by hand as an older
/// chatdrop would have: the format of docs/journal.md.
fn pyrus_record(time: &str, content: &[u8], outcome: &str, guid: &str) -> String {
    serde_json::json!({
        "v": 1, "time": time, "run": "0123456789abcdef", "service": "pyrus", "profile": "default",
        "target": null, "path": "/old/place/file.txt", "name": "file.txt", "size": content.len(),
        "fingerprint": format!("md5:{}", md5_hex(content)), "outcome": outcome, "ids": {"guid": guid},
        "version": "0.1.0",
    })
    .to_string()
}

#[test]
fn a_prune_keeps_what_skip_sent_needs_however_old() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let kept = t.file("kept.txt", b"sent in 2001\n");
    let now = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
    // A sent record older than the age limit, a failed one as old, then a lot of fresh
    // records of other contents (failed: nothing --skip-sent needs).
    let mut lines = vec![
        pyrus_record("2001-01-01T00:00:00Z", b"sent in 2001\n", "sent", "g-2001"),
        pyrus_record("2001-01-01T00:00:00Z", b"failed in 2001\n", "failed", "-"),
    ];
    for i in 0..400 {
        lines.push(pyrus_record(&now, format!("filler {i}\n").as_bytes(), "failed", "-"));
    }
    std::fs::write(&journal, lines.join("\n") + "\n").unwrap();
    let size = std::fs::metadata(&journal).unwrap().len();
    // Pruned past 40 KiB: to its newest 20 KiB, plus what is needed.
    let mut cmd = t.cmd("pyrus");
    cmd.env("CHATDROP_JOURNAL_PRUNE_AT", "40960");
    let r = run(cmd.args(["pyrus", "upload", "--skip-sent", "--json", "--journal"]).arg(&journal).arg(&kept));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = &json_lines(&r.stdout)[0];
    assert_eq!(line["status"], "skipped", "{}", r.stdout);
    assert_eq!(line["guid"], "g-2001");
    assert!(t.uploads("pyrus").is_empty(), "not posted again");
    let after = std::fs::metadata(&journal).unwrap().len();
    assert!(after < size / 2, "pruned: {size} -> {after} bytes");
    let recs = records(&journal);
    assert_eq!(recs[0]["ids"]["guid"], "g-2001", "the needed record stays, first");
    assert!(!recs.iter().any(|r| r["size"] == 15 && r["time"] == "2001-01-01T00:00:00Z"), "the old failure went");
    assert!(recs.iter().filter(|r| r["outcome"] == "failed").count() < 400);
    // And again, with the journal pruned and its index rebuilt: still skipped.
    let mut cmd = t.cmd("pyrus");
    cmd.env("CHATDROP_JOURNAL_PRUNE_AT", "40960").env("CHATDROP_JOURNAL_INDEX_TAIL", "0");
    let r = run(cmd.args(["pyrus", "upload", "--skip-sent", "--journal"]).arg(&journal).arg(&kept));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("g-2001\t"), "{}", r.stdout);
    assert!(t.uploads("pyrus").is_empty());
}

#[cfg(unix)]
#[test]
fn skipped_records_pruned_away_never_cost_a_double_post() {
    // Re-runs pile up `skipped` records; prunes (shrunk) drop them, never the `sent` ones.
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let files: Vec<PathBuf> =
        (0..30).map(|i| t.file(&format!("f{i:02}.txt"), format!("file {i}\n").as_bytes())).collect();
    let files: Vec<&PathBuf> = files.iter().collect();
    let env = [("CHATDROP_JOURNAL_PRUNE_AT", "12000"), ("CHATDROP_JOURNAL_INDEX_TAIL", "0")];
    let r = attach(&t, &journal, &env, &[], &files);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for _ in 0..6 {
        let r = attach(&t, &journal, &env, &["--skip-sent"], &files);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(received(&t).len(), 30, "nothing sent twice");
    }
    let recs = records(&journal);
    assert!(recs.len() < 30 * 7, "pruned: {} records left", recs.len());
    assert_eq!(recs.iter().filter(|r| r["outcome"] == "sent").count(), 30, "every sent record kept");
}

#[test]
fn a_stale_corrupt_or_missing_index_is_rebuilt_and_never_posts_twice() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let idx = index_of(&journal);
    let files: Vec<PathBuf> = (0..5).map(|i| t.file(&format!("f{i}.txt"), format!("file {i}\n").as_bytes())).collect();
    let files: Vec<&PathBuf> = files.iter().collect();
    // Every line indexed at once (the default waits for 4 MiB of them).
    let env = [("CHATDROP_JOURNAL_INDEX_TAIL", "0")];
    let r = attach(&t, &journal, &env, &[], &files[..3]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = attach(&t, &journal, &env, &["--skip-sent"], &files[..4]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(received(&t).len(), 4);
    let good = std::fs::read(&idx).expect("an index beside the journal");
    assert_eq!(good.len() % 4096, 0);
    let skip_all = |what: &str| {
        let before = received(&t).len();
        let r = attach(&t, &journal, &env, &["--skip-sent"], &files[..4]);
        assert_eq!(r.code, 0, "{what}: {}", r.stderr);
        assert_eq!(received(&t).len(), before, "{what}: nothing sent twice");
        assert!(r.stderr.matches("already sent").count() == 4, "{what}: {}", r.stderr);
    };
    // Corrupt: a flipped byte in every page after the header.
    let mut bad = good.clone();
    for page in bad.chunks_mut(4096).skip(1) {
        page[100] ^= 0x5a;
    }
    std::fs::write(&idx, &bad).unwrap();
    skip_all("corrupt");
    assert_ne!(std::fs::read(&idx).unwrap(), bad, "rebuilt");
    // Missing.
    std::fs::remove_file(&idx).unwrap();
    skip_all("missing");
    assert!(idx.exists(), "rebuilt");
    // Truncated to its header.
    std::fs::write(&idx, &good[..4096]).unwrap();
    skip_all("truncated");
    // Stale: the journal rewritten in place (same inode, its lines in another order), the old
    // index kept: its offsets point at other records now.
    let text = std::fs::read_to_string(&journal).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines.reverse();
    let stale = std::fs::read(&idx).unwrap();
    std::fs::write(&journal, lines.join("\n") + "\n").unwrap();
    std::fs::write(&idx, &stale).unwrap();
    skip_all("stale");
    // An index of another journal.
    let other = t.dir.path().join("other.jsonl");
    for _ in 0..2 {
        let r = attach(&t, &other, &env, &["--skip-sent"], &files[4..]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    std::fs::copy(index_of(&other), &idx).unwrap();
    skip_all("another journal's");
    // Garbage of the right size.
    std::fs::write(&idx, vec![7u8; good.len()]).unwrap();
    skip_all("garbage");
}

#[test]
fn concurrent_writers_keep_the_index_consistent() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let files: Vec<PathBuf> =
        (0..24).map(|i| t.file(&format!("c{i:02}.txt"), format!("content {i}\n").as_bytes())).collect();
    // Four processes at once, each sending its share with --skip-sent and its index merged on
    // every run (tail 0), the journal pruned often (shrunk): appends, merges and prunes race.
    let children: Vec<std::process::Child> = files
        .chunks(6)
        .map(|share| {
            let mut cmd = t.spawnable("carbonio");
            cmd.env("CHATDROP_JOURNAL_INDEX_TAIL", "0")
                .env("CHATDROP_JOURNAL_PRUNE_AT", "4000")
                .args(["carbonio", "attach", "--jobs", "2", "--skip-sent", "--journal"])
                .arg(&journal)
                .args(share)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            cmd.spawn().unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    assert_eq!(received(&t).len(), 24);
    // Every line whole, each file sent once; then every file is skipped, through the index.
    let recs = records(&journal);
    assert_eq!(recs.iter().filter(|r| r["outcome"] == "sent").count(), 24);
    let all: Vec<&PathBuf> = files.iter().collect();
    for round in 0..2 {
        let r = attach(&t, &journal, &[("CHATDROP_JOURNAL_INDEX_TAIL", "0")], &["--skip-sent"], &all);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(received(&t).len(), 24, "round {round}: nothing sent twice");
    }
}

#[test]
fn history_failed_says_the_same_through_the_index() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let now = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
    let rec = |path: &str, outcome: &str, target: &str| {
        serde_json::json!({
            "v": 1, "time": now, "run": "r", "service": "carbonio", "profile": "default",
            "target": target, "path": path, "name": path.trim_start_matches('/'), "size": 1,
            "fingerprint": format!("xxh3:{:032x}", path.len()), "outcome": outcome,
            "error": if outcome == "sent" { Value::Null } else { "503".into() },
        })
        .to_string()
    };
    let room = "room:0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a";
    let other = "room:aaaaaaaa-3a43-4b8e-a0d4-4c5b3f1f7e2a";
    let lines = [
        rec("/a", "failed", room),  // then sent: not listed
        rec("/b", "failed", room),  // listed
        rec("/a", "sent", room),    //
        rec("/c", "unknown", room), // listed
        rec("/b", "failed", other), // listed (another target)
        rec("/d", "failed", room),  // then failed again: listed once, the later one
        "garbage".to_string(),
        rec("/d", "failed", room),
    ];
    std::fs::write(&journal, lines.join("\n") + "\n").unwrap();
    let history = |env: &[(&str, &str)], args: &[&str]| {
        let mut cmd = t.bare();
        cmd.envs(env.iter().copied());
        let r = run(cmd.args(["--json", "history", "--failed", "--journal"]).arg(&journal).args(args));
        assert_eq!(r.code, 0, "{}", r.stderr);
        r.stdout
    };
    let without = history(&[], &[]);
    let paths: Vec<String> = json_lines(&without).iter().map(|l| l["path"].as_str().unwrap().to_string()).collect();
    assert_eq!(paths, ["/d", "/b", "/c", "/b"]);
    // Indexed (every line), and indexed then appended to (the newest lines are the tail).
    let with = history(&[("CHATDROP_JOURNAL_INDEX_TAIL", "0")], &[]);
    assert!(index_of(&journal).exists());
    assert_eq!(with, without);
    std::fs::OpenOptions::new()
        .append(true)
        .open(&journal)
        .and_then(|mut f| std::io::Write::write_all(&mut f, format!("{}\n", rec("/c", "sent", room)).as_bytes()))
        .unwrap();
    let tail = history(&[], &[]);
    let paths: Vec<String> = json_lines(&tail).iter().map(|l| l["path"].as_str().unwrap().to_string()).collect();
    assert_eq!(paths, ["/d", "/b", "/b"], "/c was sent since");
    // The same when the lines past the index are more than it reads as they are: it is
    // brought up to date on the way, and the walk goes on through it.
    assert_eq!(history(&[("CHATDROP_JOURNAL_INDEX_TAIL", "0")], &[]), tail);
    assert_eq!(history(&[], &["--limit", "2"]).lines().count(), 2);
}

#[cfg(unix)]
#[test]
fn never_posts_twice_whatever_the_journal_size() {
    // Many files sent, then the journal grown past 32 MiB by records of other contents at the
    // same room (a long-lived CI runner's journal): the records that say these files were
    // sent are more than 32 MiB from its end, where an older chatdrop stopped reading (its
    // lookups read the journal's last 32 MiB). A re-run finds every one: by the quick check,
    // and with --checksum by content.
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let files: Vec<PathBuf> =
        (0..300).map(|i| t.file(&format!("s{i:03}.txt"), format!("sent long ago {i}\n").as_bytes())).collect();
    for f in &files {
        set_mtime(f, an_hour_ago());
    }
    let files: Vec<&PathBuf> = files.iter().collect();
    let r = attach(&t, &journal, &[], &[], &files);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(received(&t).len(), 300);
    let sent = std::fs::read_to_string(&journal).unwrap();
    assert_eq!(sent.lines().count(), 300);
    let room = chatdrop::sandbox::carbonio::ROOM;
    let now = humantime::format_rfc3339_seconds(SystemTime::now()).to_string();
    let mut text = sent.clone();
    let mut i = 0u64;
    while text.len() - sent.len() < 33 << 20 {
        text.push_str(
            &serde_json::json!({
                "v": 1, "time": now, "run": "filler", "service": "carbonio", "profile": "default",
                "target": format!("room:{room}"), "path": format!("/ci/build/artifacts/other-{i:08}.log"),
                "name": format!("other-{i:08}.log"), "size": 4096, "fingerprint": format!("xxh3:{i:032x}"),
                "outcome": "sent", "ids": {"id": format!("497f6eca-6276-4993-bfeb-{i:012}")}, "version": "0.1.0",
            })
            .to_string(),
        );
        text.push('\n');
        i += 1;
    }
    std::fs::write(&journal, &text).unwrap();
    let copy = t.dir.path().join("copy.jsonl");
    std::fs::write(&copy, &text).unwrap();
    drop(text);
    for (journal, flags) in
        [(&journal, &["--skip-sent", "--json"][..]), (&copy, &["--skip-sent", "--json", "--checksum"])]
    {
        let r = attach(&t, journal, &[], flags, &files);
        assert_eq!(r.code, 0, "{flags:?}: {}", r.stderr);
        assert_eq!(received(&t).len(), 300, "{flags:?}: nothing sent twice");
        let lines = json_lines(&r.stdout);
        assert_eq!(lines.len(), 300, "{flags:?}");
        assert!(lines.iter().all(|l| l["status"] == "skipped"), "{flags:?}: {}", r.stdout);
        // In the order given, each with the id it was sent under.
        let ids: std::collections::HashMap<String, Value> = sent
            .lines()
            .map(|l| serde_json::from_str::<Value>(l).unwrap())
            .map(|r| (r["name"].as_str().unwrap().to_string(), r["ids"]["id"].clone()))
            .collect();
        for (i, line) in lines.iter().enumerate() {
            assert_eq!(line["id"], ids[&format!("s{i:03}.txt")], "{flags:?}: {line}");
        }
    }
}

#[test]
fn a_command_line_of_thousands_of_files_sends_each_once_in_order() {
    // 1,500 files (a shell glob): past 1,024 words the trailing files are set aside before
    // clap parses the line (src/cli/mod.rs `spill`), so this checks that every one of them
    // still arrives once, in the order given, with the flags around them applied.
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let contents: Vec<String> = (0..1500).map(|i| format!("glob file {i:04}\n")).collect();
    let files: Vec<PathBuf> =
        contents.iter().enumerate().map(|(i, c)| t.file(&format!("g{i:04}.txt"), c.as_bytes())).collect();
    let mut cmd = t.cmd("carbonio");
    cmd.args(["--json", "carbonio", "attach", "--journal"]).arg(&journal).args(&files[..10]);
    cmd.args(["--description", "nightly"]).args(&files[10..]);
    let r = run(&mut cmd);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sent: Vec<String> = json_lines(&r.stdout).iter().map(|l| l["path"].as_str().unwrap().to_string()).collect();
    let given: Vec<String> = files.iter().map(|f| f.to_string_lossy().into_owned()).collect();
    assert_eq!(sent, given, "one record per file, in the order given");
    let mut arrived = received(&t);
    let mut expected: Vec<String> = contents.iter().map(|c| md5_hex(c.as_bytes())).collect();
    arrived.sort();
    expected.sort();
    assert_eq!(arrived, expected, "each file's content arrived once");
    let descriptions =
        t.sandbox.state.carbonio.attachments().into_iter().filter(|a| a.description.as_deref() == Some("nightly"));
    assert_eq!(descriptions.count(), 1500, "the flag between the files applies to all of them");

    // Re-run: all skipped, none sent again.
    let mut cmd = t.cmd("carbonio");
    cmd.args(["--json", "carbonio", "attach", "--skip-sent", "--journal"]).arg(&journal).args(&files);
    let r = run(&mut cmd);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = json_lines(&r.stdout);
    assert_eq!(lines.len(), 1500);
    assert!(lines.iter().all(|l| l["status"] == "skipped"), "{}", r.stdout.lines().next().unwrap_or_default());
    assert_eq!(received(&t).len(), 1500);
}

#[test]
fn a_long_command_line_with_a_mistake_is_refused_as_any_other() {
    // The words set aside are only a file list's: a long line that is not an upload, or has a
    // mistake, is parsed whole and refused with clap's own message and exit 2; --name with
    // many files is still refused before anything is sent.
    let t = TestEnv::new();
    let files: Vec<PathBuf> = (0..1100).map(|i| t.file(&format!("m{i:04}.txt"), b"x\n")).collect();
    let cases: [(&[&str], &str); 3] = [
        (&["carbonio", "atach"], "unrecognized subcommand 'atach'"),
        (&["history", "--limit", "5"], "unexpected argument"),
        (&["carbonio", "attach", "--name", "one.txt"], "--name applies to a single file"),
    ];
    for (words, says) in cases {
        let r = run(t.cmd("carbonio").args(words).args(&files));
        assert_eq!(r.code, 2, "{words:?}: {}", r.stderr);
        assert!(r.stderr.contains(says), "{words:?}: {}", r.stderr);
    }
    assert!(t.uploads("carbonio").is_empty(), "nothing was sent");
}
