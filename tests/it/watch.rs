//! `chatdrop watch DIR` against the fakes: files that arrive slowly (written in pieces with
//! pauses longer than the settle time, the file held open), partially (a `.part` renamed into
//! place), while chatdrop is stopped (then `--once`), and in a burst of 500, each posted exactly
//! once with its whole content (MD5 of what the fake stored); `--after-send move`; polling.
//! Nothing is timed: each test waits, with a generous deadline, for the fake to have what it
//! should, then sends a last "sentinel" file and waits for it, so anything sent twice would be
//! there by then.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

const DEADLINE: Duration = Duration::from_secs(90);

/// A running `chatdrop watch`, its stderr in a file; SIGTERM on drop.
struct Watching {
    child: Child,
    stderr: PathBuf,
}

impl Watching {
    /// `chatdrop watch DIR --to protocol ARGS` against every fake, started and ready (its
    /// watcher set up: the line that says so has been printed).
    fn start(t: &TestEnv, dir: &Path, args: &[&str]) -> Watching {
        let stderr = t.dir.path().join(format!("watch-{}.err", unique()));
        let mut cmd = t.hermetic(binary(), None);
        cmd.envs(t.sandbox.env())
            .args(["watch", "--settle", "300ms", "--to", "protocol"])
            .arg(dir)
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&stderr).unwrap());
        let watching = Watching { child: cmd.spawn().unwrap(), stderr };
        wait_until("the watcher to start", || watching.said().contains("watching "));
        watching
    }

    fn said(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// Stop it as systemd does (SIGTERM) and wait for the exit.
    fn stop(mut self) -> (i32, String) {
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let status = self.child.wait().unwrap();
        (status.code().unwrap_or(-1), self.said())
    }
}

impl Drop for Watching {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < DEADLINE, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// What the Protocol fake holds: (name, md5) of each stored file.
fn posted(t: &TestEnv) -> Vec<(String, String)> {
    service("protocol").posted(t).into_iter().map(|p| (p.name, p.md5)).collect()
}

/// Send a last file and wait for it: whatever the watch would send twice is there by then.
fn sentinel(t: &TestEnv, dir: &Path) {
    let name = format!("zz-sentinel-{}.txt", unique());
    std::fs::write(dir.join(&name), name.as_bytes()).unwrap();
    wait_until("the sentinel", || posted(t).iter().any(|(n, _)| *n == name));
}

/// Each of `expected` (name, content) stored exactly once, and nothing else but sentinels.
fn assert_posted_once(t: &TestEnv, expected: &[(String, Vec<u8>)]) {
    let mut got: Vec<(String, String)> =
        posted(t).into_iter().filter(|(n, _)| !n.starts_with("zz-sentinel-")).collect();
    got.sort();
    let mut want: Vec<(String, String)> = expected.iter().map(|(n, b)| (n.clone(), md5_hex(b))).collect();
    want.sort();
    assert_eq!(got, want);
}

fn folder(t: &TestEnv, name: &str) -> PathBuf {
    let dir = t.dir.path().join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_file_written_slowly_and_held_open_is_posted_once_whole_after_it_is_closed() {
    let t = TestEnv::new();
    let dir = folder(&t, "inbox");
    let w = Watching::start(&t, &dir, &[]);
    let mut content = Vec::new();
    {
        let mut f = std::fs::File::create(dir.join("scan.pdf")).unwrap();
        for piece in 0..4u8 {
            let bytes = vec![b'a' + piece; 64 * 1024];
            f.write_all(&bytes).unwrap();
            f.flush().unwrap();
            content.extend(bytes);
            // Longer than the settle time: only the close says the file is complete.
            std::thread::sleep(Duration::from_millis(700));
            assert!(posted(&t).is_empty(), "posted while still open: {}", w.said());
        }
    }
    wait_until("the slow file", || !posted(&t).is_empty());
    sentinel(&t, &dir);
    assert_posted_once(&t, &[("scan.pdf".into(), content)]);
    let (code, said) = w.stop();
    assert_eq!(code, 0, "a watch stopped while waiting ends cleanly: {said}");
    assert!(said.contains("stopped watching"), "{said}");
}

#[test]
fn a_part_file_renamed_into_place_is_posted_once_and_temporary_names_never() {
    let t = TestEnv::new();
    let dir = folder(&t, "downloads");
    let w = Watching::start(&t, &dir, &["--exclude", "*.log"]);
    let content: Vec<u8> = (0..300_000u32).map(|i| (i % 253) as u8).collect();
    std::fs::write(dir.join("build.zip.part"), &content[..1000]).unwrap();
    std::fs::OpenOptions::new()
        .append(true)
        .open(dir.join("build.zip.part"))
        .unwrap()
        .write_all(&content[1000..])
        .unwrap();
    std::fs::rename(dir.join("build.zip.part"), dir.join("build.zip")).unwrap();
    std::fs::write(dir.join(".hidden"), b"hidden").unwrap();
    std::fs::write(dir.join("notes.txt~"), b"editor backup").unwrap();
    std::fs::write(dir.join("debug.log"), b"excluded").unwrap();
    wait_until("the renamed file", || !posted(&t).is_empty());
    sentinel(&t, &dir);
    assert_posted_once(&t, &[("build.zip".into(), content)]);
    drop(w);
}

#[test]
fn files_that_arrived_while_stopped_are_sent_by_once_and_never_twice() {
    let t = TestEnv::new();
    let dir = folder(&t, "scans");
    // A first watch sends one file, then is stopped.
    let w = Watching::start(&t, &dir, &[]);
    std::fs::write(dir.join("first.png"), png(3, 3, "first", 500)).unwrap();
    wait_until("the first file", || posted(&t).len() == 1);
    let (code, said) = w.stop();
    assert_eq!(code, 0, "{said}");
    // While nothing watches: two more arrive.
    let later: Vec<(String, Vec<u8>)> =
        (0..2).map(|i| (format!("later-{i}.png"), png(3, 3, &format!("later{i}"), 600))).collect();
    for (name, bytes) in &later {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    // Cron's way: send what is new, then exit.
    let once = |t: &TestEnv| {
        let mut cmd = t.bare();
        cmd.envs(t.sandbox.env()).args(["watch", "--once", "--settle", "100ms", "--to", "protocol"]).arg(&dir);
        run(&mut cmd)
    };
    let r = once(&t);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut expected = vec![("first.png".to_string(), png(3, 3, "first", 500))];
    expected.extend(later);
    assert_posted_once(&t, &expected);
    // Again: everything is in the journal, nothing is posted.
    let r = once(&t);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_posted_once(&t, &expected);
    assert_eq!(t.uploads("protocol").len(), 3, "one upload per file, ever");
}

#[test]
fn a_burst_of_500_files_is_posted_each_exactly_once() {
    let t = TestEnv::new();
    let dir = folder(&t, "burst");
    let w = Watching::start(&t, &dir, &["--include", "shot-*.txt"]);
    let files: Vec<(String, Vec<u8>)> = (0..500)
        .map(|i| (format!("shot-{i:03}.txt"), format!("screenshot number {i}\n").repeat(i % 7 + 1).into_bytes()))
        .collect();
    for (name, bytes) in &files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    wait_until("500 files", || posted(&t).len() >= 500);
    // The sentinel is outside --include: a shot-named one instead.
    std::fs::write(dir.join("shot-last.txt"), b"last").unwrap();
    wait_until("the last file", || posted(&t).iter().any(|(n, _)| n == "shot-last.txt"));
    let mut expected = files;
    expected.push(("shot-last.txt".into(), b"last".to_vec()));
    assert_posted_once(&t, &expected);
    assert_eq!(t.uploads("protocol").len(), 501);
    drop(w);
}

#[test]
fn after_send_move_puts_each_sent_file_aside_and_polling_is_said_once() {
    let t = TestEnv::new();
    let dir = folder(&t, "outbox");
    let sent = t.dir.path().join("sent");
    let w = Watching::start(&t, &dir, &["--poll", "--after-send", &format!("move:{}", sent.display())]);
    let files: Vec<(String, Vec<u8>)> =
        (0..3).map(|i| (format!("r{i}.txt"), format!("report {i}").into_bytes())).collect();
    for (name, bytes) in &files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    wait_until("the moves", || files.iter().all(|(n, _)| sent.join(n).exists() && !dir.join(n).exists()));
    for (name, bytes) in &files {
        assert_eq!(&std::fs::read(sent.join(name)).unwrap(), bytes);
    }
    sentinel(&t, &dir);
    assert_posted_once(&t, &files);
    let (code, said) = w.stop();
    assert_eq!(code, 0, "{said}");
    assert_eq!(said.matches("by polling").count(), 1, "{said}");
}

#[test]
fn a_failing_file_is_retried_with_backoff_without_stopping_the_watch() {
    let t = TestEnv::new();
    let dir = folder(&t, "flaky");
    // The first two upload attempts fail (503), one per round with no retries inside.
    t.sandbox.inject(Fault { times: 2, ..Fault::status("/v1/attachments", 503) });
    let stderr = t.dir.path().join("flaky.err");
    let mut cmd = t.hermetic(binary(), None);
    cmd.envs(t.sandbox.env())
        .args(["--retries", "0", "watch", "--settle", "100ms", "--to", "protocol"])
        .arg(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&stderr).unwrap());
    let w = Watching { child: cmd.spawn().unwrap(), stderr };
    wait_until("the watcher to start", || w.said().contains("watching "));
    std::fs::write(dir.join("report.txt"), b"the report").unwrap();
    wait_until("the retried file", || !posted(&t).is_empty());
    sentinel(&t, &dir);
    assert_posted_once(&t, &[("report.txt".into(), b"the report".to_vec())]);
    let said = w.said();
    assert!(said.contains("trying again in"), "{said}");
    drop(w);
}

#[test]
fn sigterm_during_a_round_records_the_file_on_its_way_and_a_restart_does_not_post_it_again() {
    let t = TestEnv::new();
    let dir = folder(&t, "slowserver");
    // The server holds its answer back: the file is on its way when the signal comes.
    t.sandbox.inject(Fault {
        path: "/v1/attachments".into(),
        method: Some("POST".into()),
        times: 1,
        action: FaultAction::Delay { millis: 3000 },
    });
    let w = Watching::start(&t, &dir, &[]);
    std::fs::write(dir.join("report.txt"), b"the report").unwrap();
    wait_until("the upload to start", || !t.uploads("protocol").is_empty());
    let (code, said) = w.stop();
    assert_eq!(code, 143, "{said}");
    assert!(said.contains("report.txt"), "the file on its way is named: {said}");
    // Its whole body went: the journal has it as `unknown` (it may have landed), so a restart
    // (cron's --once) holds it back instead of posting it a second time.
    let mut cmd = t.bare();
    cmd.envs(t.sandbox.env()).args(["watch", "--once", "--settle", "100ms", "--to", "protocol"]).arg(&dir);
    let r = run(&mut cmd);
    assert_ne!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("may have been delivered"), "{}", r.stderr);
    assert!(r.stderr.contains("--resend-unknown"), "{}", r.stderr);
    assert_eq!(t.uploads("protocol").len(), 1, "not sent again");
    assert!(posted(&t).len() <= 1);
}
