//! `--sandbox` keeps what it was sent (issue #21, point 7): the fakes' state and the uploaded
//! bodies live in the state dir (`$XDG_STATE_HOME/chatdrop/sandbox`, the journal's dir), so
//! what one run uploads the next lists, downloads and deletes, for every service; shared with
//! `chatdrop sandbox` and with runs side by side; bounded (`CHATDROP_SANDBOX_MAX_BYTES`);
//! never read through a planted symlink; gone after `chatdrop sandbox --reset`. Each test has
//! its own state dir (the hermetic environment's XDG_STATE_HOME), so no two share it.

use std::io::BufRead;
use std::path::PathBuf;

use crate::common::*;

/// Where the sandbox of `t`'s runs keeps its state (from the environment `hermetic` sets).
fn state_dir(t: &TestEnv) -> PathBuf {
    t.dir.path().join(".local/state/chatdrop/sandbox")
}

/// `chatdrop --sandbox <args>`: the in-process fakes, nothing else set.
fn sandboxed(t: &TestEnv, args: &[&str]) -> Run {
    run(t.bare().arg("--sandbox").args(args))
}

/// The first field of the one line on stdout (the id of an upload).
fn first_field(r: &Run) -> String {
    r.stdout.lines().next().unwrap_or_default().split('\t').next().unwrap_or_default().to_string()
}

#[test]
fn an_upload_in_one_run_is_downloaded_in_the_next() {
    let t = TestEnv::new();
    let bytes = b"kept between runs\n".repeat(1000);
    let file = t.file("report.txt", &bytes);
    let up = sandboxed(&t, &["pyrus", "upload", file.to_str().unwrap()]);
    assert_eq!(up.code, 0, "{}", up.stderr);
    let guid = first_field(&up);
    assert!(state_dir(&t).join("pyrus.json").is_file(), "kept in the state dir");

    let out = t.dir.path().join("back.txt");
    let down = sandboxed(&t, &["pyrus", "download", &guid, "-o", out.to_str().unwrap()]);
    assert_eq!(down.code, 0, "{}", down.stderr);
    assert_eq!(std::fs::read(&out).unwrap(), bytes);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&state_dir(&t)), 0o700);
        assert_eq!(mode(&state_dir(&t).join("pyrus.json")), 0o600);
        for entry in std::fs::read_dir(state_dir(&t).join("files")).unwrap() {
            assert_eq!(mode(&entry.unwrap().path()), 0o600);
        }
    }
}

#[test]
fn lists_downloads_and_deletes_work_across_runs_for_every_service() {
    let t = TestEnv::new();
    let text = t.file("notes.txt", b"protocol and carbonio keep this\n");
    let image = t.file("shot.png", &png(4, 3, "kept", 300));

    // Protocol: attach, then list, fetch and delete in later runs.
    let up = sandboxed(&t, &["protocol", "attach", text.to_str().unwrap()]);
    assert_eq!(up.code, 0, "{}", up.stderr);
    let id = first_field(&up);
    let list = sandboxed(&t, &["protocol", "attachments"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    assert!(list.stdout.lines().any(|l| l.starts_with(&id) && l.ends_with("notes.txt")), "{}", list.stdout);
    let get = sandboxed(&t, &["protocol", "get", &id]);
    assert_eq!(get.code, 0, "{}", get.stderr);
    let gone = sandboxed(&t, &["protocol", "delete", &id, "--yes"]);
    assert_eq!(gone.code, 0, "{}", gone.stderr);
    let list = sandboxed(&t, &["protocol", "attachments"]);
    assert!(!list.stdout.contains(&id), "deleted for good: {}", list.stdout);

    // Carbonio: attach to a room, then list, download and delete.
    let up = sandboxed(&t, &["carbonio", "attach", "--room", "Design Review", text.to_str().unwrap()]);
    assert_eq!(up.code, 0, "{}", up.stderr);
    let id = first_field(&up);
    let list = sandboxed(&t, &["carbonio", "attachments", "--room", "Design Review"]);
    assert!(list.stdout.lines().any(|l| l.starts_with(&id)), "{}", list.stdout);
    let out = t.dir.path().join("dl");
    std::fs::create_dir(&out).unwrap();
    let down = sandboxed(&t, &["carbonio", "download", &id, "-o", out.to_str().unwrap()]);
    assert_eq!(down.code, 0, "{}", down.stderr);
    assert_eq!(std::fs::read(out.join("notes.txt")).unwrap(), std::fs::read(&text).unwrap());
    let gone = sandboxed(&t, &["carbonio", "delete", &id, "--yes"]);
    assert_eq!(gone.code, 0, "{}", gone.stderr);
    let list = sandboxed(&t, &["carbonio", "attachments", "--room", "Design Review"]);
    assert!(!list.stdout.contains(&id), "{}", list.stdout);

    // 1C-Connect and OK.ru have nothing to list; what they accepted is kept all the same.
    let sent = sandboxed(&t, &["connect", "send-image", image.to_str().unwrap()]);
    assert_eq!(sent.code, 0, "{}", sent.stderr);
    let moment = sandboxed(&t, &["ok", "moment", image.to_str().unwrap()]);
    assert_eq!(moment.code, 0, "{}", moment.stderr);
    for svc in ["connect", "ok"] {
        let state = std::fs::read_to_string(state_dir(&t).join(format!("{svc}.json"))).unwrap();
        assert!(state.contains("shot.png"), "{svc}: {state}");
    }
}

#[test]
fn reset_forgets_everything_kept() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"to be forgotten\n");
    let up = sandboxed(&t, &["pyrus", "upload", file.to_str().unwrap()]);
    assert_eq!(up.code, 0, "{}", up.stderr);
    let guid = first_field(&up);

    let r = run(t.bare().args(["sandbox", "--reset"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let dir = state_dir(&t);
    assert!(r.stdout.contains("forgot the state of 1 fake and 1 kept file"), "{}", r.stdout);
    assert!(r.stdout.contains(&dir.display().to_string()), "{}", r.stdout);
    assert!(!dir.join("pyrus.json").exists() && !dir.join("files").exists());

    let down = sandboxed(&t, &["pyrus", "download", &guid, "-o", t.dir.path().join("x").to_str().unwrap()]);
    assert_eq!(down.code, 1, "{}", down.stderr);
    assert!(down.stderr.contains(&format!("no file {guid}")), "{}", down.stderr);

    // Nothing kept: nothing to forget, and no error.
    let t = TestEnv::new();
    let r = run(t.bare().args(["--json", "sandbox", "--reset"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let record = &json_lines(&r.stdout)[0];
    assert_eq!((record["states"].as_u64(), record["files"].as_u64()), (Some(0), Some(0)), "{record}");
    // --reset ends the command: it serves nothing.
    let r = run(t.bare().args(["sandbox", "--reset", "--port", "1"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn the_store_is_bounded_and_says_how_to_free_it() {
    let t = TestEnv::new();
    let first = t.file("first.bin", &[b'a'; 600]);
    let second = t.file("second.bin", &[b'b'; 600]);
    let bounded = |args: &[&str]| run(t.bare().env("CHATDROP_SANDBOX_MAX_BYTES", "1000").arg("--sandbox").args(args));
    let r = bounded(&["pyrus", "upload", first.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let kept = first_field(&r);

    // 600 + a multipart request of more than 400 bytes: refused before its body is read.
    let r = bounded(&["pyrus", "upload", second.to_str().unwrap()]);
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("the sandbox keeps at most 1000 B"), "{}", r.stderr);
    assert!(
        r.stderr.contains("chatdrop sandbox --reset") && r.stderr.contains("CHATDROP_SANDBOX_MAX_BYTES"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("retrying"), "{}", r.stderr);
    // What was kept stays whole.
    let out = t.dir.path().join("first.out");
    let r = bounded(&["pyrus", "download", &kept, "-o", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read(&out).unwrap(), vec![b'a'; 600]);

    // Every service's upload meets the same bound: a 413 whose body says what to do, which
    // the adapters show (Carbonio's words every 413 as its server's limit, without the body).
    for s in services() {
        let file = t.file(&format!("big-{}", s.name), &s.content("bounded").repeat(60));
        let mut cmd = t.bare();
        cmd.env("CHATDROP_SANDBOX_MAX_BYTES", "1000").arg("--sandbox").args(s.upload).arg(&file);
        let r = run(&mut cmd);
        assert_ne!(r.code, 0, "{}: {}", s.name, r.stderr);
        let said = r.stderr.contains("chatdrop sandbox --reset") || (s.own_413_words && r.stderr.contains("413"));
        assert!(said, "{}: {}", s.name, r.stderr);
    }

    let r = run(t.bare().args(["sandbox", "--reset"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = bounded(&["pyrus", "upload", second.to_str().unwrap()]);
    assert_eq!(r.code, 0, "room again after the reset: {}", r.stderr);
}

/// A running `chatdrop sandbox`: its environment lines, and the process (killed on drop).
struct Server {
    child: std::process::Child,
    env: Vec<(String, String)>,
}

impl Server {
    fn start(t: &TestEnv) -> Server {
        let mut child = t
            .hermetic(binary(), None)
            .args(["sandbox", "--port", "0"])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut env = Vec::new();
        let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
        for line in lines.by_ref() {
            let line = line.unwrap();
            if let Some((name, value)) = line.strip_prefix("export ").and_then(|l| l.split_once('=')) {
                env.push((name.to_string(), value.trim_matches('\'').to_string()));
            }
            if line.contains("Stop with Ctrl-C") {
                break;
            }
        }
        assert!(!env.is_empty(), "the server printed its environment");
        Server { child, env }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn chatdrop_sandbox_and_sandbox_runs_share_one_state() {
    let t = TestEnv::new();
    let file = t.file("shared.txt", b"through the server\n");
    let server = Server::start(&t);
    // Sent to the long-running server...
    let up = run(t.bare().envs(server.env.iter().cloned()).args(["protocol", "attach"]).arg(&file));
    assert_eq!(up.code, 0, "{}", up.stderr);
    let id = first_field(&up);
    // ...listed by a --sandbox run while it serves, and after it stopped.
    let list = sandboxed(&t, &["protocol", "attachments"]);
    assert!(list.stdout.contains(&id), "{}", list.stdout);
    let other = t.file("other.txt", b"through --sandbox\n");
    let up = sandboxed(&t, &["protocol", "attach", other.to_str().unwrap()]);
    assert_eq!(up.code, 0, "{}", up.stderr);
    let second = first_field(&up);
    let list = run(t.bare().envs(server.env.iter().cloned()).args(["protocol", "attachments"]));
    assert!(list.stdout.contains(&id) && list.stdout.contains(&second), "the server sees the run's: {}", list.stdout);
    drop(server);
    let list = sandboxed(&t, &["protocol", "attachments"]);
    assert!(list.stdout.contains(&id) && list.stdout.contains(&second), "{}", list.stdout);
}

#[test]
fn runs_side_by_side_lose_nothing() {
    let t = TestEnv::new();
    let files: Vec<PathBuf> =
        (0..6).map(|i| t.file(&format!("side-{i}.txt"), format!("file {i}\n").as_bytes())).collect();
    let children: Vec<std::process::Child> = files
        .iter()
        .map(|f| {
            t.hermetic(binary(), None)
                .args(["--sandbox", "protocol", "attach"])
                .arg(f)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut ids = Vec::new();
    for child in children {
        let r = Run::from_output(child.wait_with_output().unwrap());
        assert_eq!(r.code, 0, "{}", r.stderr);
        ids.push(first_field(&r));
    }
    let list = sandboxed(&t, &["protocol", "attachments", "--all"]);
    for id in &ids {
        assert!(list.stdout.contains(id.as_str()), "{id} kept: {}", list.stdout);
    }
}

#[cfg(unix)]
#[test]
fn a_planted_symlink_is_never_followed() {
    let t = TestEnv::new();
    let outside = t.file("outside.txt", b"not the sandbox's to read or write\n");
    let file = t.file("mine.txt", b"mine\n");
    let up = sandboxed(&t, &["pyrus", "upload", file.to_str().unwrap()]);
    assert_eq!(up.code, 0, "{}", up.stderr);
    let guid = first_field(&up);

    // A kept body replaced by a link: its download is refused, the link's target never served.
    let files = state_dir(&t).join("files");
    let kept = std::fs::read_dir(&files).unwrap().next().unwrap().unwrap().path();
    std::fs::remove_file(&kept).unwrap();
    std::os::unix::fs::symlink(&outside, &kept).unwrap();
    let out = t.dir.path().join("got.txt");
    let down = sandboxed(&t, &["pyrus", "download", &guid, "-o", out.to_str().unwrap()]);
    assert_ne!(down.code, 0, "{}", down.stderr);
    assert!(!out.exists() || !std::fs::read_to_string(&out).unwrap().contains("not the sandbox's"));

    // A state file replaced by a link: set aside, never read or written through.
    let state = state_dir(&t).join("pyrus.json");
    std::fs::remove_file(&state).unwrap();
    std::os::unix::fs::symlink(&outside, &state).unwrap();
    let up = sandboxed(&t, &["pyrus", "upload", file.to_str().unwrap()]);
    assert_eq!(up.code, 0, "{}", up.stderr);
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), "not the sandbox's to read or write\n");
    assert!(std::fs::symlink_metadata(&state).unwrap().is_file(), "a file of its own again");

    // The state dir itself as a link: refused, naming it.
    let dir = state_dir(&t);
    std::fs::rename(&dir, t.dir.path().join("moved")).unwrap();
    std::os::unix::fs::symlink(t.dir.path().join("moved"), &dir).unwrap();
    let r = sandboxed(&t, &["pyrus", "upload", file.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains(&dir.display().to_string()) && r.stderr.contains("not a directory"), "{}", r.stderr);
}

#[test]
fn every_test_has_a_state_dir_of_its_own() {
    let (a, b) = (TestEnv::new(), TestEnv::new());
    assert_ne!(state_dir(&a), state_dir(&b));
    let file = a.file("only-in-a.txt", b"a\n");
    let up = sandboxed(&a, &["protocol", "attach", file.to_str().unwrap()]);
    assert_eq!(up.code, 0, "{}", up.stderr);
    let id = first_field(&up);
    assert!(state_dir(&a).join("protocol.json").is_file());
    let list = sandboxed(&b, &["protocol", "attachments"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    assert!(!list.stdout.contains(&id), "{}", list.stdout);
    assert!(!state_dir(&b).join("protocol.json").exists());
}
