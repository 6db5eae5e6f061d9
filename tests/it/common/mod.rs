//! Test harness: a hermetic environment per test (empty env, private home and config dir,
//! the sandbox on 127.0.0.1), the real binary run with assert_cmd, the five services as the
//! tests drive them, and helpers to build inputs and look at what the servers received.

pub mod tcp;
pub mod tls;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
pub use chatdrop::sandbox::{Fault, FaultAction, Recorded, Sandbox};

/// The one command that regenerates what is generated from the command tree and the registry
/// (man/, completions/, the settings tables of docs/services/), as the tests that find them
/// stale say.
pub const REGENERATE: &str = "CHATDROP_UPDATE_MANPAGES=1 CHATDROP_UPDATE_COMPLETIONS=1 CHATDROP_UPDATE_DOCS=1 \
    cargo test --locked --test it -- man_pages completions settings_table";

/// Every secret the fakes' settings hold (the keys their services mark secret): no test output
/// may ever contain one.
pub static SANDBOX_SECRETS: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(chatdrop::sandbox::profile::secrets);

// ---------------------------------------------------------------------------------------------
// The services, from the registry: each fake's test profile (`sandbox::<service>::PROFILE`).

pub use chatdrop::sandbox::profile::{Change, Deletable, Names, Posted, TestProfile, Via};

/// One registered service as the tests drive it: its name and its fake's [`TestProfile`]
/// (`s.upload`, `s.upload_path`, `s.image`, ...).
#[derive(Clone, Copy)]
pub struct Service {
    pub name: &'static str,
    profile: &'static TestProfile,
}

impl std::ops::Deref for Service {
    type Target = TestProfile;
    fn deref(&self) -> &TestProfile {
        self.profile
    }
}

impl std::fmt::Debug for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

/// Every registered service, in the registry's order: a new one is in every cross-service
/// test the moment it is registered.
pub fn services() -> Vec<Service> {
    chatdrop::sandbox::PROFILES.iter().map(|&(name, profile)| Service { name, profile }).collect()
}

/// The service named `name`.
pub fn service(name: &str) -> Service {
    services().into_iter().find(|s| s.name == name).unwrap_or_else(|| panic!("no service {name}"))
}

/// `CHATDROP_<SVC>_<KEY>`.
pub fn env_var(service: &str, key: &str) -> String {
    format!("CHATDROP_{}_{}", service.to_ascii_uppercase(), key.to_ascii_uppercase())
}

impl Service {
    /// Content the service accepts: an image for the image services, else text.
    pub fn content(self, tag: &str) -> Vec<u8> {
        if self.image { png(2, 3, tag, 233) } else { format!("plain text {tag}\n").into_bytes() }
    }

    /// The fake's settings for this service (key → value), with the sandbox at `base`.
    pub fn settings(self, base: &str) -> std::collections::BTreeMap<String, String> {
        chatdrop::sandbox::settings_for(base).remove(self.name).unwrap_or_default()
    }

    /// The key of the one base URL the fake's settings hold (`url`, Pyrus's `auth_url`).
    pub fn url_key(self) -> String {
        let settings = self.settings("http://127.0.0.1:1");
        let urls: Vec<&String> = settings.keys().filter(|k| *k == "url" || k.ends_with("_url")).collect();
        assert_eq!(urls.len(), 1, "{}: the fake's settings hold one base URL: {urls:?}", self.name);
        urls[0].clone()
    }

    /// A command that sends a request but uploads nothing: the profile's, else the live check.
    pub fn read_only(self) -> Vec<&'static str> {
        match self.profile.read_only {
            [] => vec!["auth", "status", self.name, "--check"],
            command => command.to_vec(),
        }
    }

    /// The env var holding the base URL.
    pub fn url_env(self) -> String {
        env_var(self.name, &self.url_key())
    }

    /// The service as the registry has it.
    pub fn kind(self) -> chatdrop::services::spec::ServiceKind {
        chatdrop::services::spec::ServiceKind::from_name(self.name).expect("registered")
    }

    /// The secret `login --with-token` reads (the first secret its login asks).
    fn stdin_key(self) -> &'static str {
        self.kind().stdin_key().expect("the login reads a secret").name()
    }

    /// The env var holding the secret `login --with-token` reads.
    pub fn secret_env(self) -> String {
        env_var(self.name, self.stdin_key())
    }

    /// The sandbox's value of that secret.
    pub fn secret(self) -> String {
        self.settings("http://127.0.0.1:1").remove(self.stdin_key()).expect("the fake's settings hold it")
    }

    /// The keys of the fake's settings that the service marks secret.
    pub fn secret_keys(self) -> Vec<String> {
        let settings = self.settings("http://127.0.0.1:1");
        settings.into_keys().filter(|k| self.kind().key(k).is_some_and(|k| k.is_secret())).collect()
    }

    /// The secrets of the fake's settings that the login does not ask (a ready token beside
    /// a password): a login that reads its secret from stdin must not find them.
    pub fn other_secrets(self) -> Vec<String> {
        let asked = |k: &String| self.kind().login().iter().any(|l| l.name() == k.as_str());
        self.secret_keys().into_iter().filter(|k| !asked(k)).collect()
    }

    /// What the service now shows its users (posted, attached, published), oldest first.
    pub fn posted(self, t: &TestEnv) -> Vec<Posted> {
        (self.profile.posted)(&t.sandbox.state)
    }
}

// ---------------------------------------------------------------------------------------------
// The hermetic run.

/// The chatdrop binary cargo built for these tests.
pub fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("chatdrop")
}

pub struct TestEnv {
    pub dir: tempfile::TempDir,
    pub sandbox: Sandbox,
}

impl TestEnv {
    pub fn new() -> TestEnv {
        TestEnv { dir: tempfile::tempdir().expect("temp dir"), sandbox: Sandbox::spawn() }
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// A file in the test's directory with these bytes.
    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join("files").join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// The one hermetic environment, on any program (the binary, or a wrapper such as
    /// `script`, `setpriv` or `/usr/bin/time` that runs it): nothing inherited (so no
    /// CHATDROP_* variable, proxy or terminal setting leaks in), HOME and the XDG dirs in the
    /// test's directory, a private config dir, quick retries, no colour; with `service`, that
    /// service's sandbox URLs and credentials (its CHATDROP_<SERVICE>_* variables).
    pub fn hermetic(&self, program: impl AsRef<OsStr>, service: Option<&str>) -> std::process::Command {
        let home = self.dir.path();
        let mut cmd = std::process::Command::new(program);
        cmd.env_clear()
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_CACHE_HOME", home.join(".cache"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_STATE_HOME", home.join(".local/state"))
            .env("TMPDIR", std::env::temp_dir())
            .env("CHATDROP_CONFIG_DIR", self.config_dir())
            // Never the OS keyring (a desktop's real one) unless a test asks: hermetic::keyring.
            .env("CHATDROP_CREDENTIAL_STORE", "file")
            .env("CHATDROP_RETRY_BASE_MS", "20")
            .env("NO_COLOR", "1")
            .current_dir(home);
        if let Some(service) = service {
            let prefix = format!("CHATDROP_{}_", service.to_ascii_uppercase());
            cmd.envs(self.sandbox.env().into_iter().filter(|(k, _)| k.starts_with(&prefix)));
        }
        cmd
    }

    /// The binary in the hermetic environment; no service set up.
    pub fn bare(&self) -> Command {
        Command::from_std(self.hermetic(binary(), None))
    }

    /// The binary pointed at the sandbox for `service` through its CHATDROP_* env vars.
    pub fn cmd(&self, service: &str) -> Command {
        Command::from_std(self.hermetic(binary(), Some(service)))
    }

    /// [`TestEnv::cmd`] as a std Command, for spawning.
    pub fn spawnable(&self, service: &str) -> std::process::Command {
        self.hermetic(binary(), Some(service))
    }

    pub fn requests(&self, service: &str) -> Vec<Recorded> {
        self.sandbox.requests_to(service)
    }

    /// The upload requests (POSTs or PUTs to the service's upload path) that reached the
    /// sandbox, scripted faults included.
    pub fn uploads(&self, service: &str) -> Vec<Recorded> {
        let path = self::service(service).upload_path;
        self.requests(service)
            .into_iter()
            .filter(|r| (r.method == "POST" || r.method == "PUT") && r.path.contains(path))
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// What a run printed.

/// What a finished run printed.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// A finished process's output, checked like every run: no sandbox secret, no panic.
    pub fn from_output(out: std::process::Output) -> Run {
        let run = Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        };
        assert_no_secrets(&run, &SANDBOX_SECRETS);
        assert!(!run.stderr.contains("panicked"), "panic: {}", run.stderr);
        run
    }
}

/// Run `cmd` to its end: no secret, no panic, and no escape codes without a terminal.
pub fn run(cmd: &mut Command) -> Run {
    let run = Run::from_output(cmd.output().expect("binary runs"));
    assert!(!run.stdout.contains('\x1b') && !run.stderr.contains('\x1b'), "escape codes without a terminal");
    run
}

/// Neither stream may contain any of `secrets`.
pub fn assert_no_secrets(run: &Run, secrets: &[impl AsRef<str>]) {
    for secret in secrets.iter().map(AsRef::as_ref) {
        assert!(!run.stdout.contains(secret), "secret {secret} on stdout:\n{}", run.stdout);
        assert!(!run.stderr.contains(secret), "secret {secret} on stderr:\n{}", run.stderr);
    }
}

/// One line of cause: exactly one `error: ` line, and it contains `expected`.
pub fn assert_one_cause(r: &Run, expected: &str) {
    let errors: Vec<&str> = r.stderr.lines().filter(|l| l.starts_with("error: ")).collect();
    assert_eq!(errors.len(), 1, "one error line:\n{}", r.stderr);
    assert!(errors[0].contains(expected), "`{expected}` in:\n{}", r.stderr);
}

/// Each line of stdout parsed as JSON.
pub fn json_lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).expect("NDJSON line")).collect()
}

/// Whether util-linux `script` is there (it gives the binary a pseudo-terminal); if not,
/// says which test is skipped.
pub fn have_script(what: &str) -> bool {
    let there = std::process::Command::new("script").arg("--version").output().is_ok();
    if !there {
        eprintln!("note: `script` (util-linux) is not installed; {what} is skipped");
    }
    there
}

// ---------------------------------------------------------------------------------------------
// Inputs and digests.

/// A PNG the fakes and chatdrop take as a `w`×`h` image: the signature and an IHDR chunk
/// (8-bit RGBA, with its CRC), then `tag` (which makes files differ), then a pattern up to
/// `len` bytes in all (nothing is added when `len` is smaller).
pub fn png(w: u32, h: u32, tag: &str, len: usize) -> Vec<u8> {
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend_from_slice(&w.to_be_bytes());
    ihdr.extend_from_slice(&h.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]);
    let mut v = b"\x89PNG\r\n\x1a\n\0\0\0\x0d".to_vec();
    v.extend_from_slice(&ihdr);
    v.extend_from_slice(&crc32(&ihdr).to_be_bytes());
    v.extend_from_slice(tag.as_bytes());
    let head = v.len();
    let mut i = 0u32;
    while v.len() < len {
        v.extend_from_slice(&i.to_le_bytes());
        i = i.wrapping_mul(2_654_435_761).wrapping_add(1);
    }
    v.truncate(len.max(head));
    v
}

/// CRC-32 (ISO-HDLC, as PNG chunks use).
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// Lowercase hex MD5 of `bytes`.
pub fn md5_hex(bytes: &[u8]) -> String {
    use md5::{Digest, Md5};
    hex::encode(Md5::digest(bytes))
}

/// Lowercase hex MD5 of a file, streamed.
pub fn md5_file(path: &Path) -> String {
    use md5::{Digest, Md5};
    use std::io::Read;
    let mut f = std::fs::File::open(path).unwrap();
    let mut h = Md5::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    hex::encode(h.finalize())
}

/// A sparse file of `len` bytes whose content is still checked: a pattern every MiB.
pub fn big_file(path: &Path, len: u64) {
    use std::io::{Seek, SeekFrom, Write};
    let mut f = std::fs::File::create(path).unwrap();
    f.set_len(len).unwrap();
    let mut offset = 0;
    while offset < len {
        f.seek(SeekFrom::Start(offset)).unwrap();
        f.write_all(format!("chunk at {offset}\n").as_bytes()).unwrap();
        offset += 1 << 20;
    }
}

/// The core keys every `--json` record carries (README "Output"), with their types; returns
/// the record for further checks. Written from the README's table, not from the code.
pub fn assert_record<'a>(
    record: &'a serde_json::Value,
    service: &str,
    action: &str,
    status: &str,
) -> &'a serde_json::Value {
    let keys = ["service", "action", "status", "ok", "id", "name", "path", "size"];
    let obj = record.as_object().unwrap_or_else(|| panic!("a record is an object: {record}"));
    let first: Vec<&str> = obj.keys().take(keys.len()).map(String::as_str).collect();
    assert_eq!(first, keys, "the core keys come first, in order: {record}");
    assert_eq!(record["service"], service, "{record}");
    assert_eq!(record["action"], action, "{record}");
    assert_eq!(record["status"], status, "{record}");
    let ok = matches!(status, "sent" | "skipped" | "done" | "planned");
    assert_eq!(record["ok"], ok, "{record}");
    assert!(record["id"].is_string() || record["id"].is_null(), "{record}");
    assert!(record["size"].is_u64() || record["size"].is_null(), "{record}");
    if ok {
        assert!(obj.get("error").is_none(), "{record}");
    } else {
        assert!(record["error"].as_str().is_some_and(|e| !e.is_empty()), "a failure says why: {record}");
        assert!(obj.contains_key("hint"), "{record}");
        assert!(record["exit_code"].is_u64(), "{record}");
    }
    record
}

/// Run chatdrop with `args` on a pseudo-terminal (util-linux `script`); when the screen shows
/// `prompt`, `keys` are typed. Returns what the terminal showed (CRLF as LF), or None (with a
/// note) when `script` is missing. The run is killed after 60 s (a prompt nobody answers
/// must not hang the suite; a loaded machine must not cut a slow run short).
pub fn on_terminal(t: &TestEnv, service: &str, args: &[&str], answer: Option<(&str, &str)>) -> Option<String> {
    let answers: Vec<(&str, &str)> = answer.into_iter().collect();
    on_terminal_answering(t, Some(service), &[], args, &answers).map(|(_, screen)| screen)
}

/// [`on_terminal`] with several answers and extra environment: each `(prompt, keys)` is typed,
/// in order, once the screen shows that prompt asked anew; Enter is part of `keys`. A prompt
/// is on the screen twice once answered (asked, then redrawn with the answer, as dialoguer
/// reports it), so the n-th answer to the same prompt waits for its (2n-1)-th appearance.
/// Returns whether the run succeeded and what the terminal showed.
pub fn on_terminal_answering(
    t: &TestEnv,
    service: Option<&str>,
    env: &[(&str, String)],
    args: &[&str],
    answers: &[(&str, &str)],
) -> Option<(bool, String)> {
    use std::io::Write;
    use std::time::{Duration, Instant};
    if !have_script("a terminal test") {
        return None;
    }
    let log = t.dir.path().join(format!("typescript-{}", crate::common::unique()));
    let quoted: Vec<String> = args.iter().map(|a| format!("'{}'", a.replace('\'', r"'\''"))).collect();
    let command = format!("{} {}", binary().display(), quoted.join(" "));
    let mut child = t
        .hermetic("script", service)
        .args(["-qefc", &command])
        .arg(&log)
        .env("TERM", "xterm")
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let screen = || String::from_utf8_lossy(&std::fs::read(&log).unwrap_or_default()).replace("\r\n", "\n");
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut stdin = child.stdin.take();
    for (i, (prompt, keys)) in answers.iter().enumerate() {
        let answered = answers[..i].iter().filter(|(p, _)| p == prompt).count();
        // The prompt on the screen, and the program reading: a secret prompt turns echo off
        // with TCSAFLUSH, which throws away what was typed before, so typing waits for it.
        while (screen().matches(prompt).count() < 2 * answered + 1 || !reading_its_terminal(child.id()))
            && Instant::now() < deadline
        {
            std::thread::sleep(Duration::from_millis(50));
        }
        if let Some(stdin) = stdin.as_mut() {
            let _ = stdin.write_all(keys.as_bytes());
            let _ = stdin.flush();
        }
    }
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    drop(stdin);
    let _ = child.wait();
    Some((status.is_some_and(|s| s.success()), screen()))
}

/// Whether the program `script` runs (its child) is reading its terminal: line mode or echo
/// off (dialoguer turns them off for each read), as `stty` sees the terminal.
fn reading_its_terminal(script: u32) -> bool {
    let children = std::fs::read_to_string(format!("/proc/{script}/task/{script}/children")).unwrap_or_default();
    let Some(program) = children.split_whitespace().next() else { return false };
    let stty = std::process::Command::new("stty").arg("-F").arg(format!("/proc/{program}/fd/0")).arg("-a").output();
    let modes = stty.map(|o| String::from_utf8_lossy(&o.stdout).into_owned()).unwrap_or_default();
    modes.split_whitespace().any(|mode| mode == "-icanon" || mode == "-echo")
}

/// A number no other call in this test process gets (for file names).
pub fn unique() -> usize {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}
