//! Hardening, round three (issue #22): one test per point of the issue, each against the
//! class rather than the one instance reported: shared and foreign directories, FIFOs and
//! links where chatdrop writes, signals mid-upload, values from the environment and the
//! files, keyring states, a server that refuses every token it issues. The tests hold for
//! root and for other users alike: they look at what is on disk afterwards (a mode, a link,
//! a file's content), never at a permission error only one of them would get. Every run
//! that could hang on today's defects is bounded, and counts as a failure when it is cut.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::*;
use crate::hostile::server::{Conn, Hostile, json};

#[cfg(unix)]
use std::os::unix::fs::{MetadataExt, PermissionsExt};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().mode() & 0o7777
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn mkfifo(path: &Path) {
    assert!(std::process::Command::new("mkfifo").arg(path).status().unwrap().success());
}

fn is_root() -> bool {
    std::fs::metadata("/proc/self").map(|m| m.uid() == 0).unwrap_or(false)
}

/// Run `cmd` (stdin closed) for at most `limit`: its output, or None when it had to be killed
/// (it hung).
fn bounded(mut cmd: std::process::Command, limit: Duration) -> Option<Run> {
    let mut child =
        cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("binary runs");
    let deadline = Instant::now() + limit;
    loop {
        if child.try_wait().unwrap().is_some() {
            return Some(Run::from_output(child.wait_with_output().unwrap()));
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn records(path: &Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad line {l:?}: {e}")))
        .collect()
}

// ---- 1. Directories chatdrop did not create are never chmodded; secrets only go into a ----
// ---- private one.                                                                        ----

#[test]
fn credentials_are_never_written_into_a_shared_or_foreign_directory_and_it_is_never_chmodded() {
    let t = TestEnv::new();
    let mut cases: Vec<(PathBuf, &str)> = Vec::new();
    for (name, bits) in [("sticky", 0o1777), ("open", 0o777), ("group", 0o770)] {
        let dir = t.dir.path().join(name);
        std::fs::create_dir(&dir).unwrap();
        set_mode(&dir, bits);
        cases.push((dir, "writable by other users"));
    }
    if is_root() {
        // Another user's ordinary directory (only root can make one to test with).
        let dir = t.dir.path().join("someone-elses");
        std::fs::create_dir(&dir).unwrap();
        set_mode(&dir, 0o755);
        std::os::unix::fs::chown(&dir, Some(65534), Some(65534)).unwrap();
        cases.push((dir, "owned by another user"));
    }
    for (dir, why) in cases {
        let before = mode(&dir);
        let r = run(t.cmd("protocol").env("CHATDROP_CONFIG_DIR", &dir).args([
            "login",
            "protocol",
            "--no-input",
            "--store",
        ]));
        assert_eq!(r.code, 2, "{}: {}", dir.display(), r.stderr);
        assert_one_cause(&r, why);
        assert!(r.stderr.contains("chmod 700") && r.stderr.contains("CHATDROP_CONFIG_DIR"), "{}", r.stderr);
        assert_eq!(mode(&dir), before, "{} was chmodded", dir.display());
        assert!(!dir.join("credentials.toml").exists() && !dir.join(".credentials.lock").exists());
    }
    // A missing directory is created, private; an existing private one is used as it is.
    let fresh = t.dir.path().join("new/config");
    let r =
        run(t.cmd("protocol").env("CHATDROP_CONFIG_DIR", &fresh).args(["login", "protocol", "--no-input", "--store"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(mode(&fresh), 0o700);
    assert_eq!(mode(&fresh.join("credentials.toml")), 0o600);
    let mine = t.dir.path().join("mine");
    std::fs::create_dir(&mine).unwrap();
    set_mode(&mine, 0o750);
    let r =
        run(t.cmd("protocol").env("CHATDROP_CONFIG_DIR", &mine).args(["login", "protocol", "--no-input", "--store"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(mode(&mine), 0o750, "not chmodded either");
}

// ---- 2. A FIFO, a pipe or a device as the journal: refused at once, never waited on. ----

#[test]
fn a_fifo_or_a_pipe_as_the_journal_is_refused_without_hanging() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"a file\n");
    let fifo = t.dir.path().join("journal.fifo");
    mkfifo(&fifo);
    let limit = Duration::from_secs(30);
    for journal in [fifo.clone(), PathBuf::from("/dev/stdout"), PathBuf::from("/dev/null")] {
        let mut cmd = t.spawnable("carbonio");
        cmd.args(["carbonio", "attach", "--journal"]).arg(&journal).arg(&file);
        let r = bounded(cmd, limit).unwrap_or_else(|| panic!("--journal {}: hung", journal.display()));
        assert_eq!(r.code, 2, "{}: {}", journal.display(), r.stderr);
        assert_one_cause(&r, "not a regular file");
        assert!(r.stderr.contains("--no-journal"), "{}", r.stderr);
        // history reads it the same way.
        let mut cmd = t.hermetic(binary(), None);
        cmd.args(["history", "--journal"]).arg(&journal);
        let r = bounded(cmd, limit).unwrap_or_else(|| panic!("history --journal {}: hung", journal.display()));
        assert_eq!(r.code, 2, "{}: {}", journal.display(), r.stderr);
    }
    assert!(t.uploads("carbonio").is_empty(), "refused before anything was sent");
    assert!(!Path::new("/dev/stdout.lock").exists() && !Path::new("/dev/null.lock").exists());
    assert!(!t.dir.path().join("journal.fifo.lock").exists());
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
}

/// Wait until process `pid` catches SIGTERM (its handler is installed), so the signal sent next
/// is chatdrop's to handle rather than the default's (Linux: /proc; elsewhere a pause).
fn wait_for_sigterm_handler(pid: u32) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else {
            std::thread::sleep(Duration::from_millis(500));
            return;
        };
        let caught = status
            .lines()
            .find_map(|l| l.strip_prefix("SigCgt:"))
            .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
            .is_some_and(|mask| mask & (1 << (15 - 1)) != 0);
        if caught {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The class behind point 2's "SIGTERM has no effect": a command blocked in a system call
/// (here reading a secret from a stdin that never ends) still exits on SIGTERM, with 143.
#[test]
fn sigterm_ends_a_command_blocked_in_a_system_call() {
    let t = TestEnv::new();
    let mut child = t
        .spawnable("protocol")
        .env_remove("CHATDROP_PROTOCOL_TOKEN")
        .args(["login", "protocol", "--with-token"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take();
    wait_for_sigterm_handler(child.id());
    let killed = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    drop(stdin);
    let _ = child.wait();
    assert_eq!(status.and_then(|s| s.code()), Some(143), "SIGTERM did not end the run");
}

// ---- 3. completions --install: atomic, no planted link followed, no FIFO waited on. ----

fn bash_completions(home: &Path) -> PathBuf {
    home.join(".local/share/bash-completion/completions")
}

#[test]
fn completions_install_replaces_atomically_and_follows_no_planted_link() {
    let t = TestEnv::new();
    let home = t.dir.path().join("home");
    let dir = bash_completions(&home);
    std::fs::create_dir_all(&dir).unwrap();
    let target = dir.join("chatdrop");
    let install = |t: &TestEnv| {
        let mut cmd = t.hermetic(binary(), None);
        cmd.env("HOME", &home).env_remove("XDG_DATA_HOME").args(["completions", "--install", "bash"]);
        bounded(cmd, Duration::from_secs(30)).expect("completions --install hung")
    };

    // An old script, with a second name (a hard link): replaced by a new file, not rewritten
    // in place, so the other name still shows the old content.
    std::fs::write(&target, "old script\n").unwrap();
    let other_name = t.dir.path().join("old-copy");
    std::fs::hard_link(&target, &other_name).unwrap();
    let r = install(&t);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::read_to_string(&target).unwrap().contains("complete"), "the new script is there");
    assert_eq!(std::fs::read_to_string(&other_name).unwrap(), "old script\n", "not written in place");

    // A link planted in a directory others can write: not followed, its target untouched.
    let victim = t.dir.path().join("victim.conf");
    std::fs::write(&victim, "precious\n").unwrap();
    std::fs::remove_file(&target).unwrap();
    std::os::unix::fs::symlink(&victim, &target).unwrap();
    set_mode(&dir, 0o777);
    let r = install(&t);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_one_cause(&r, "symbolic link");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
    assert!(std::fs::symlink_metadata(&target).unwrap().file_type().is_symlink());
    set_mode(&dir, 0o755);

    // A link the user made in their own directory (dotfiles) is written through: the link
    // stays, the file it points to gets the script.
    let r = install(&t);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::symlink_metadata(&target).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(&victim).unwrap().contains("complete"));

    // A FIFO there: refused at once.
    std::fs::remove_file(&target).unwrap();
    mkfifo(&target);
    let r = install(&t);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_one_cause(&r, "FIFO");
    let left: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".chatdrop-"))
        .collect();
    assert!(left.is_empty(), "temp files left: {left:?}");
}

// ---- 4. Durations and numbers from the environment: the one checked parser, exit 2. ----

#[test]
fn malformed_numbers_and_durations_in_the_environment_are_usage_errors_everywhere() {
    let t = TestEnv::new();
    for (var, value) in [
        ("CHATDROP_KEYRING_TIMEOUT", "1e300"),
        ("CHATDROP_KEYRING_TIMEOUT", "inf"),
        ("CHATDROP_KEYRING_TIMEOUT", "soon"),
        ("CHATDROP_RETRY_BASE_MS", "1e3"),
        ("CHATDROP_PROGRESS_INTERVAL", "often"),
        ("CHATDROP_JOBS", "1e300"),
        ("CHATDROP_RETRIES", "-1"),
        ("CHATDROP_STALL_TIMEOUT", "1e300"),
    ] {
        for args in [&["--sandbox", "auth", "status"][..], &["completions", "bash"][..], &["history"][..]] {
            let r = run(t.bare().env(var, value).args(args));
            assert_eq!(r.code, 2, "{var}={value} {args:?}: {}", r.stderr);
            assert!(r.stderr.contains(var), "{var}={value} is named: {}", r.stderr);
        }
    }
    // With the file store too (the keyring is never asked, the value is still checked).
    let r = run(t.bare().env("CHATDROP_KEYRING_TIMEOUT", "1e300").args(["auth", "status"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    for (var, value) in
        [("CHATDROP_KEYRING_TIMEOUT", "2s"), ("CHATDROP_KEYRING_TIMEOUT", "0.5"), ("CHATDROP_RETRY_BASE_MS", "0")]
    {
        let r = run(t.bare().env(var, value).args(["--sandbox", "auth", "status"]));
        assert_eq!(r.code, 0, "{var}={value}: {}", r.stderr);
    }
}

// ---- 5. logout with a hung keyring does not claim success. ----

/// A D-Bus address where something accepts connections and never answers.
fn silent_bus(t: &TestEnv) -> String {
    let path = t.dir.path().join("silent-bus");
    let listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for conn in listener.incoming().flatten().take(16) {
            held.push(conn);
        }
    });
    format!("unix:path={}", path.display())
}

#[test]
fn logout_with_a_hung_keyring_says_what_may_remain_and_how_to_remove_it() {
    let t = TestEnv::new();
    let hung = silent_bus(&t);
    let logout = |t: &TestEnv| {
        run(t
            .bare()
            .env("CHATDROP_CREDENTIAL_STORE", "auto")
            .env("CHATDROP_KEYRING_TIMEOUT", "1s")
            .env("DBUS_SESSION_BUS_ADDRESS", &hung)
            .args(["logout", "protocol"]))
    };
    // Stored in the file (no keyring when logging in), then logout meets a hung keyring: the
    // file's copy goes, and the run says the keyring may still hold one, with the command.
    assert_eq!(run(t.cmd("protocol").args(["login", "protocol", "--no-input", "--store"])).code, 0);
    let r = logout(&t);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert_one_cause(&r, "may still be in it");
    assert!(r.stderr.contains("secret-tool clear service chatdrop username 'default.protocol.token'"), "{}", r.stderr);
    assert!(!r.stdout.contains("removed"), "no success line: {}", r.stdout);
    let file = std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap();
    assert!(!file.contains("[default.protocol]"), "the file's copy is gone: {file}");
    // Nothing stored anywhere it could see: still not a success while the keyring is hung.
    let r = logout(&t);
    assert_eq!(r.code, 4, "{}", r.stderr);
    // In file mode the keyring is not chatdrop's business: a plain logout.
    let r = run(t.bare().args(["logout", "protocol"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
}

// ---- 6. SIGTERM after the whole body went: `unknown` in the journal, not posted again. ----

#[test]
fn an_upload_interrupted_after_its_whole_body_is_recorded_unknown_and_not_resent() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("j/journal.jsonl");
    let file = t.file("report.txt", &b"quarterly numbers\n".repeat(1000));
    let posts = Arc::new(AtomicUsize::new(0));
    let got_body = Arc::new(Mutex::new(false));
    let (p, g) = (posts.clone(), got_body.clone());
    // A Protocol that reads the whole upload, then never answers.
    let s = Hostile::start(move |c: &mut Conn| {
        let Some(r) = c.request() else { return };
        if r.method == "POST" {
            p.fetch_add(1, Ordering::SeqCst);
            *g.lock().unwrap() = r.body.len() == r.content_length;
        }
        c.hang(Duration::from_secs(20));
    });
    let mut child = t
        .hermetic(binary(), None)
        .env("CHATDROP_PROTOCOL_URL", s.url())
        .env("CHATDROP_PROTOCOL_TOKEN", "hostile-protocol-token")
        .args(["--retries", "0", "--response-timeout", "60", "protocol", "attach", "--journal"])
        .arg(&journal)
        .arg(&file)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !*got_body.lock().unwrap() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(*got_body.lock().unwrap(), "the server got the whole body");
    let killed = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(143), "{stderr}");
    let recs = records(&journal);
    assert_eq!(recs.len(), 1, "{recs:?}");
    assert_eq!(recs[0]["outcome"], "unknown", "{recs:?}");
    assert_eq!(recs[0]["exit_class"], "interrupted");
    assert!(recs[0]["fingerprint"].as_str().is_some_and(|f| f.starts_with("xxh3:")), "{recs:?}");

    // The re-run with --skip-sent holds it back: nothing is posted again.
    let r = run(t
        .bare()
        .env("CHATDROP_PROTOCOL_URL", s.url())
        .env("CHATDROP_PROTOCOL_TOKEN", "hostile-protocol-token")
        .args(["--retries", "0", "protocol", "attach", "--skip-sent", "--journal"])
        .arg(&journal)
        .arg(&file));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("may have been delivered") && r.stderr.contains("--resend-unknown"), "{}", r.stderr);
    assert_eq!(posts.load(Ordering::SeqCst), 1, "not posted twice");
}

// ---- 7. A link planted in a shared journal directory is not followed. ----

#[test]
fn links_planted_in_a_shared_journal_directory_are_not_followed() {
    let t = TestEnv::new();
    let shared = t.dir.path().join("shared-state");
    std::fs::create_dir(&shared).unwrap();
    set_mode(&shared, 0o1777);
    let victim = t.dir.path().join("private/victim");
    std::fs::create_dir_all(victim.parent().unwrap()).unwrap();
    std::fs::write(&victim, "root only\n").unwrap();
    set_mode(&victim, 0o600);
    let journal = shared.join("journal.jsonl");
    std::os::unix::fs::symlink(&victim, &journal).unwrap();
    let planted_lock = t.dir.path().join("private/created-by-chatdrop");
    std::os::unix::fs::symlink(&planted_lock, shared.join("journal.jsonl.lock")).unwrap();
    let file = t.file("a.txt", b"a\n");

    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--journal"]).arg(&journal).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "symbolic link");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "root only\n", "nothing appended");
    assert!(t.uploads("carbonio").is_empty());

    // Without the journal link, the lock's link is still not followed: the upload goes, the
    // record cannot be written (a warning), and nothing is created where the link points.
    std::fs::remove_file(&journal).unwrap();
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--journal"]).arg(&journal).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("symbolic link"), "{}", r.stderr);
    assert!(std::fs::symlink_metadata(&planted_lock).is_err(), "the link's target was created");
    assert!(r.stderr.contains("writable by other users"), "the shared dir is warned about: {}", r.stderr);
}

// ---- 8. history escapes every field: a name or a path cannot forge a row. ----

#[test]
fn history_escapes_names_and_paths_so_no_row_can_be_forged() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let rec = |name: &str, path: &str, outcome: &str, error: &str| {
        serde_json::json!({
            "v": 1, "time": "2025-06-01T10:00:00Z", "run": "r", "service": "carbonio", "profile": "default",
            "target": "room:r1\tfake", "path": path, "name": name, "size": 10, "fingerprint": "xxh3:00",
            "outcome": outcome, "error": error,
        })
        .to_string()
    };
    let lines = [
        rec("a\n2099-01-01T00:00:00Z  sent  pyrus  -  1 B  forged.txt", "/w/a", "sent", ""),
        rec("tab\there", "x\n/etc/passwd", "failed", "boom\x1b[2J\nsecond line"),
    ];
    std::fs::write(&journal, lines.join("\n") + "\n").unwrap();
    let r = run(t.bare().args(["history", "--journal"]).arg(&journal));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 2, "one line per record:\n{}", r.stdout);
    assert!(!r.stdout.lines().any(|l| l.starts_with("2099")), "{}", r.stdout);
    assert!(r.stdout.contains("a\\u{a}2099") && r.stdout.contains("tab\\u{9}here"), "{}", r.stdout);
    assert!(r.stdout.contains("room:r1\\u{9}fake") && r.stdout.contains("boom\\u{1b}[2J\\u{a}second"), "{}", r.stdout);
    let r = run(t.bare().args(["history", "--failed", "--paths", "--journal"]).arg(&journal));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "x\\u{a}/etc/passwd\n", "one escaped path, no /etc/passwd line");
    // --json keeps the values whole (JSON escapes them).
    let r = run(t.bare().args(["--json", "history", "--failed", "--paths", "--journal"]).arg(&journal));
    assert_eq!(json_lines(&r.stdout)[0]["path"], "x\n/etc/passwd");
}

// ---- 9. 1C-Connect: a conference in another letter case is the same target. ----

#[test]
fn a_conference_in_capitals_is_the_same_target_for_skip_sent() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let file = t.file("shot.png", &service("connect").content("conference"));
    let conference = chatdrop::sandbox::connect::CONFERENCE;
    for (id, flags) in [(conference.to_ascii_uppercase(), &[][..]), (conference.to_string(), &["--skip-sent"][..])] {
        let r = run(t
            .cmd("connect")
            .args(["connect", "send-image", "--conference", &id, "--journal"])
            .arg(&journal)
            .args(flags)
            .arg(&file));
        assert_eq!(r.code, 0, "{id}: {}", r.stderr);
    }
    assert_eq!(t.sandbox.state.connect.delivered().len(), 1, "posted once");
    let recs = records(&journal);
    assert_eq!(recs[1]["outcome"], "skipped", "{recs:?}");
    assert_eq!(recs[0]["target"], format!("conference:{conference}"), "stored lowercased");
}

// ---- 10. Every yes/no setting through one parser: anything else is exit 2. ----

#[test]
fn a_malformed_yes_no_value_is_a_usage_error_wherever_it_comes_from() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let file = t.file("a.txt", b"switch\n");
    let attach = |var: &str, value: &str| {
        run(t.cmd("carbonio").env(var, value).args(["carbonio", "attach", "--journal"]).arg(&journal).arg(&file))
    };
    for var in ["CHATDROP_CARBONIO_SKIP_SENT", "CHATDROP_SKIP_SENT"] {
        for value in ["y", "enabled", "ture", "2"] {
            let r = attach(var, value);
            assert_eq!(r.code, 2, "{var}={value}: {}", r.stderr);
            assert!(r.stderr.contains(var), "{var} is named: {}", r.stderr);
            assert!(r.stderr.contains("1/0, true/false, yes/no, on/off"), "{}", r.stderr);
        }
    }
    assert!(t.uploads("carbonio").is_empty(), "nothing was sent on a guess");
    // The accepted spellings work the same for both.
    for (var, value) in [("CHATDROP_CARBONIO_SKIP_SENT", "YES"), ("CHATDROP_SKIP_SENT", "on")] {
        assert_eq!(attach(var, value).code, 0);
    }
    assert_eq!(t.uploads("carbonio").len(), 1, "the second run skipped the file");
    let r = run(t.bare().env("CHATDROP_NO_INPUT", "y").args(["auth", "status"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("CHATDROP_NO_INPUT"), "{}", r.stderr);
    // A config file's value: named by file and key.
    std::fs::create_dir_all(t.config_dir()).unwrap();
    std::fs::write(t.config_dir().join("config.toml"), "[default.carbonio]\nskip_sent = \"enabled\"\n").unwrap();
    let r = run(t.cmd("carbonio").args(["carbonio", "attachments"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "`skip_sent` under [default.carbonio]");
}

// ---- 11. The journal's modes: never changed, warned about. ----

#[test]
fn a_shared_state_dir_and_a_readable_journal_are_warned_about_not_chmodded() {
    let t = TestEnv::new();
    let state = t.dir.path().join(".local/state/chatdrop");
    std::fs::create_dir_all(&state).unwrap();
    set_mode(&state, 0o777);
    let journal = state.join("journal.jsonl");
    std::fs::write(&journal, "").unwrap();
    set_mode(&journal, 0o644);
    let file = t.file("a.txt", b"modes\n");
    let r = run(t.cmd("carbonio").args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("writable by other users (mode 0777)"), "{}", r.stderr);
    assert!(r.stderr.contains("readable by other users (mode 0644)"), "{}", r.stderr);
    assert_eq!(records(&journal).len(), 1);
    assert_eq!((mode(&state), mode(&journal)), (0o777, 0o644), "warned, not changed");
    // A journal chatdrop creates is 0600 in a 0700 dir (the default's).
    let t = TestEnv::new();
    let r = run(t.cmd("carbonio").args(["carbonio", "attach"]).arg(t.file("b.txt", b"b\n")));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let state = t.dir.path().join(".local/state/chatdrop");
    assert_eq!((mode(&state), mode(&state.join("journal.jsonl"))), (0o700, 0o600));
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
}

// ---- 12. Pruning a journal reached through a link prunes where the link points. ----

#[test]
fn pruning_a_linked_journal_keeps_the_link_and_prunes_its_target() {
    let t = TestEnv::new();
    let real = t.dir.path().join("elsewhere/journal.jsonl");
    std::fs::create_dir_all(real.parent().unwrap()).unwrap();
    let old = serde_json::json!({
        "v": 1, "time": "2001-01-01T00:00:00Z", "service": "carbonio", "profile": "default", "target": null,
        "path": "/old", "name": "ancient.txt", "size": 1, "outcome": "sent",
    });
    std::fs::write(&real, format!("{old}\n")).unwrap();
    let link = t.dir.path().join("journal.jsonl");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--journal"]).arg(&link).arg(t.file("n.txt", b"n\n")));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays a link");
    let recs = records(&real);
    assert_eq!(recs.len(), 1, "the old record was pruned from the target: {recs:?}");
    assert_eq!(recs[0]["name"], "n.txt");
}

// ---- 13. Memory of journal reads does not grow with the journal. ----

/// Peak RSS (KiB) of the binary run with `args` in `t`'s environment for `service`, through
/// GNU time; None when /usr/bin/time is not there.
fn peak_rss(t: &TestEnv, service: Option<&str>, args: &[&std::ffi::OsStr]) -> Option<(Run, u64)> {
    let time = Path::new("/usr/bin/time");
    if !time.exists() {
        println!("note: /usr/bin/time is not available; peak memory not measured");
        return None;
    }
    let mut cmd = t.hermetic(time, service);
    cmd.arg("-f").arg("peak-rss-kib=%M").arg(binary()).args(args).stdout(Stdio::null());
    let run = Run::from_output(cmd.output().unwrap());
    let peak = run.stderr.lines().find_map(|l| l.strip_prefix("peak-rss-kib=")).and_then(|v| v.trim().parse().ok())?;
    Some((run, peak))
}

#[test]
fn journal_reads_keep_memory_flat_whatever_the_journal_size() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("big/journal.jsonl");
    std::fs::create_dir_all(journal.parent().unwrap()).unwrap();
    // 30 MiB of fresh records of this very target (other contents), as a long-lived CI
    // runner's journal would hold: every line is a candidate the lookup has to look at.
    let room = chatdrop::sandbox::carbonio::ROOM;
    let now = humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string();
    let mut text = String::with_capacity(31 << 20);
    let mut i = 0u64;
    while text.len() < 30 << 20 {
        text.push_str(
            &serde_json::json!({
                "v": 1, "time": now, "run": "bulk", "service": "carbonio", "profile": "default",
                "target": format!("room:{room}"), "path": format!("/ci/build/artifacts/file-{i:08}.log"),
                "name": format!("file-{i:08}.log"), "size": 4096, "fingerprint": format!("xxh3:{i:032x}"),
                "outcome": "sent", "ids": {"id": format!("497f6eca-6276-4993-bfeb-{i:012}")}, "version": "0.1.0",
            })
            .to_string(),
        );
        text.push('\n');
        i += 1;
    }
    std::fs::write(&journal, &text).unwrap();
    drop(text);
    let file = t.file("new.txt", b"not in the journal\n");
    let skip = [
        "carbonio".as_ref(),
        "attach".as_ref(),
        "--skip-sent".as_ref(),
        "--journal".as_ref(),
        journal.as_os_str(),
        file.as_os_str(),
    ];
    let Some((r, upload_peak)) = peak_rss(&t, Some("carbonio"), &skip) else { return };
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.uploads("carbonio").len(), 1);
    // The same upload with a tiny journal, for the baseline.
    let small = t.dir.path().join("small.jsonl");
    let base = [
        "carbonio".as_ref(),
        "attach".as_ref(),
        "--skip-sent".as_ref(),
        "--journal".as_ref(),
        small.as_os_str(),
        file.as_os_str(),
    ];
    let (_, baseline) = peak_rss(&t, Some("carbonio"), &base).unwrap();
    let history = ["history".as_ref(), "--journal".as_ref(), journal.as_os_str()];
    let (r, history_peak) = peak_rss(&t, None, &history).unwrap();
    assert_eq!(r.code, 0, "{}", r.stderr);
    println!("peak RSS: --skip-sent {upload_peak} KiB, history {history_peak} KiB, baseline {baseline} KiB");
    // The journal (30 MiB; pruned to 8 MiB by the upload's record) adds at most a few MiB of
    // buffers, never its own size.
    for (what, peak) in [("--skip-sent", upload_peak), ("history", history_peak)] {
        assert!(peak < baseline + 8 * 1024, "{what}: {peak} KiB against a {baseline} KiB baseline");
    }
}

// ---- 14. A keyring value with a control character is refused naming the entry. ----

#[test]
fn a_keyring_value_with_a_line_break_inside_is_refused_naming_the_entry() {
    let t = TestEnv::new();
    let Some(kr) = crate::keyring::Keyring::start(&t.dir.path().join("home"), "keyring_value_with_crlf") else {
        return;
    };
    kr.store("default.protocol.token", "s3cr3t-part\r\nrest-of-it");
    let mut cmd = kr.on(t.cmd("protocol"));
    cmd.env_remove("CHATDROP_PROTOCOL_TOKEN");
    let r = run(cmd.args(["protocol", "attachments"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "the OS keyring entry default.protocol.token");
    assert!(r.stderr.contains("U+000D") && r.stderr.contains("chatdrop login protocol"), "{}", r.stderr);
    assert!(!r.stderr.contains("s3cr3t") && !r.stderr.contains("header"), "{}", r.stderr);
    assert!(t.requests("protocol").is_empty(), "nothing was sent with it");
}

// ---- 15. Relative XDG values are ignored; a relative HOME is refused. ----

#[test]
fn relative_xdg_values_are_ignored_and_a_relative_home_is_refused() {
    let t = TestEnv::new();
    let home = t.dir.path().join("home");
    let elsewhere = t.dir.path().join("cwd");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let r = run(t.bare().env("HOME", &home).env("XDG_DATA_HOME", "rel").current_dir(&elsewhere).args([
        "completions",
        "--install",
        "bash",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(bash_completions(&home).join("chatdrop").is_file(), "{}", r.stdout);
    assert!(!elsewhere.join("rel").exists(), "nothing under the current directory");
    let r = run(t.bare().env("HOME", "relhome").current_dir(&elsewhere).args(["completions", "--install", "fish"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!elsewhere.join("relhome").exists());
}

// ---- 16. completions --install prints paths escaped. ----

#[test]
fn completions_install_prints_an_escaped_home() {
    let t = TestEnv::new();
    let home = t.dir.path().join("h\x1b]0;pwned\x07ome");
    let r = run(t.bare().env("HOME", &home).env_remove("XDG_DATA_HOME").args(["completions", "--install", "bash"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("h\\u{1b}]0;pwned\\u{7}ome"), "{}", r.stdout);
    assert!(bash_completions(&home).join("chatdrop").is_file());
}

// ---- 17. A server that refuses every token it issues costs at most two logins. ----

#[test]
fn a_pyrus_that_refuses_every_fresh_token_ends_after_at_most_two_logins() {
    for (cached, jobs) in [(false, "1"), (true, "1"), (false, "4")] {
        let t = TestEnv::new();
        let (logins, uploads) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let (l, u) = (logins.clone(), uploads.clone());
        let s = Hostile::start(move |c: &mut Conn| {
            let Some(r) = c.request() else { return };
            let port = c.stream.local_addr().unwrap().port();
            if r.path().ends_with("/auth") {
                let n = l.fetch_add(1, Ordering::SeqCst);
                let base = format!("http://127.0.0.1:{port}");
                c.send(&json(
                    200,
                    &format!(
                        r#"{{"access_token":"fresh-{n}","api_url":"{base}/api/v4/","files_url":"{base}/files/"}}"#
                    ),
                ));
            } else {
                u.fetch_add(1, Ordering::SeqCst);
                c.send(&json(401, r#"{"error":"token expired","error_code":"token_expired"}"#));
            }
        });
        let files: Vec<PathBuf> =
            (0..4).map(|i| t.file(&format!("f{i}.txt"), format!("file {i}\n").as_bytes())).collect();
        let mut cmd = t.bare();
        cmd.env("CHATDROP_PYRUS_AUTH_URL", format!("{}/accounts/v4", s.url()))
            .env("CHATDROP_PYRUS_LOGIN", "bot@example.com")
            .env("CHATDROP_PYRUS_SECURITY_KEY", "hostile-security-key");
        if cached {
            cmd.env("CHATDROP_PYRUS_TOKEN", "cached-token")
                .env("CHATDROP_PYRUS_API_URL", format!("{}/api/v4", s.url()))
                .env("CHATDROP_PYRUS_FILES_URL", format!("{}/files", s.url()));
        }
        let count = if jobs == "1" { 1 } else { files.len() };
        let r = run(cmd.args(["--retries", "3", "--jobs", jobs, "pyrus", "upload"]).args(&files[..count]));
        let (logins, uploads) = (logins.load(Ordering::SeqCst), uploads.load(Ordering::SeqCst));
        assert_eq!(r.code, 4, "cached {cached}, jobs {jobs}: {}", r.stderr);
        assert!(logins <= 2, "cached {cached}, jobs {jobs}: {logins} logins");
        // Each file: its first try, and one more with a fresh token at most.
        assert!(uploads <= 2 * count, "cached {cached}, jobs {jobs}: {uploads} uploads");
        assert!(r.stderr.contains("refused the token it had just issued"), "{}", r.stderr);
    }
}
