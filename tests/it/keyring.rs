//! Secrets in the OS keyring, for real: each test starts its own D-Bus session with
//! gnome-keyring's Secret Service (Debian's gnome-keyring, libsecret-tools, dbus; .ci/run
//! installs them) and runs the binary against it, checking the keyring with `secret-tool`.
//! Without those programs the keyring tests say they were skipped and why; the file-store
//! tests run everywhere.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

const PYRUS_KEY: &str = chatdrop::sandbox::pyrus::SECURITY_KEY;

/// A private D-Bus session with an unlocked gnome-keyring in it, ended on drop.
pub(crate) struct Keyring {
    child: Child,
    address: String,
    home: std::path::PathBuf,
}

impl Keyring {
    /// The session, or None (and a line saying why) when the programs are not installed.
    pub(crate) fn start(home: &Path, test: &str) -> Option<Keyring> {
        let missing: Vec<&str> = ["dbus-run-session", "dbus-send", "gnome-keyring-daemon", "secret-tool"]
            .into_iter()
            .filter(|p| !on_path(p))
            .collect();
        if !missing.is_empty() {
            eprintln!(
                "SKIPPED {test}: {} not installed (Debian: apt-get install gnome-keyring libsecret-tools dbus)",
                missing.join(", ")
            );
            return None;
        }
        std::fs::create_dir_all(home).unwrap();
        // The shell prints the bus address once the unlocked daemon owns the Secret Service's
        // name, then lives until its stdin closes (the drop). Asking the service any earlier
        // would have D-Bus start a second, locked daemon, and chatdrop would see no keyring.
        let script = "printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; \
                      for _ in $(seq 200); do \
                        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                          org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
                          | grep -q 'boolean true' && break; sleep 0.1; \
                      done; \
                      echo \"$DBUS_SESSION_BUS_ADDRESS\"; cat >/dev/null";
        let mut child = Command::new("dbus-run-session")
            .args(["--", "sh", "-c", script])
            .env_clear()
            .env("HOME", home)
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-run-session starts");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let address = line.trim().to_string();
        assert!(address.starts_with("unix:"), "no D-Bus session address: {line:?}");
        let keyring = Keyring { child, address, home: home.to_path_buf() };
        // Ready when an item can be stored: the daemon answers a search as soon as it has its
        // name on the bus, but its default collection (where chatdrop writes) may come a
        // moment later when several daemons start at once.
        let deadline = Instant::now() + Duration::from_secs(20);
        while !keyring.store_probe() {
            assert!(Instant::now() < deadline, "the Secret Service did not come up");
            std::thread::sleep(Duration::from_millis(100));
        }
        keyring.secret_tool(&["clear", "service", "chatdrop-probe"]);
        Some(keyring)
    }

    /// Store a throwaway item in the default collection; whether that worked.
    fn store_probe(&self) -> bool {
        let Ok(mut child) = Command::new("secret-tool")
            .args(["store", "--label=probe", "service", "chatdrop-probe", "username", "probe"])
            .env_clear()
            .env("HOME", &self.home)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
        else {
            return false;
        };
        if let Some(mut stdin) = child.stdin.take() {
            use std::io::Write;
            let _ = stdin.write_all(b"probe");
        }
        child.wait().is_ok_and(|status| status.success())
    }

    /// Store `secret` as chatdrop's entry `entry` (`profile.service.key`), as a user could with
    /// secret-tool: whatever bytes it is given.
    pub(crate) fn store(&self, entry: &str, secret: &str) {
        use std::io::Write;
        let mut child = Command::new("secret-tool")
            .args(["store", "--label=chatdrop test", "service", "chatdrop", "username", entry])
            .env_clear()
            .env("HOME", &self.home)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("secret-tool runs");
        child.stdin.take().unwrap().write_all(secret.as_bytes()).unwrap();
        assert!(child.wait().unwrap().success(), "secret-tool store {entry}");
    }

    /// Run secret-tool in the session; its stdout, or None when it failed.
    fn secret_tool(&self, args: &[&str]) -> Option<String> {
        let out = Command::new("secret-tool")
            .args(args)
            .env_clear()
            .env("HOME", &self.home)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .stdin(Stdio::null())
            .output()
            .ok()?;
        out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// The secret chatdrop stored for `profile.service.key`, if any.
    pub(crate) fn lookup(&self, entry: &str) -> Option<String> {
        self.secret_tool(&["lookup", "service", "chatdrop", "username", entry]).filter(|s| !s.is_empty())
    }

    /// The binary in this session, with the credential store on `auto`.
    pub(crate) fn on(&self, mut cmd: assert_cmd::Command) -> assert_cmd::Command {
        cmd.env("DBUS_SESSION_BUS_ADDRESS", &self.address).env("CHATDROP_CREDENTIAL_STORE", "auto");
        cmd
    }
}

impl Drop for Keyring {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
        .unwrap_or(false)
}

fn credentials(t: &TestEnv) -> String {
    std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap_or_default()
}

#[test]
fn login_stores_in_the_keyring_upload_reads_it_and_logout_removes_it() {
    let t = TestEnv::new();
    let Some(kr) = Keyring::start(&t.dir.path().join("home"), "login_stores_in_the_keyring") else { return };

    let r = run(kr.on(t.cmd("pyrus")).args(["login", "pyrus", "--no-input", "--store"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("secrets saved in the OS keyring"), "{}", r.stderr);
    assert!(!r.stderr.contains("no OS keyring reachable"), "{}", r.stderr);
    assert_eq!(kr.lookup("default.pyrus.security_key").as_deref(), Some(PYRUS_KEY));
    assert!(kr.lookup("default.pyrus.token").is_some(), "the cached token is a secret too");
    let file = credentials(&t);
    assert!(!file.contains(PYRUS_KEY) && !file.contains("security_key") && !file.contains("token ="), "{file}");
    assert!(file.contains("login ="), "non-secret settings stay in the file: {file}");

    // No env: the secrets come from the keyring.
    let status = run(kr.on(t.bare()).args(["--json", "auth", "status", "pyrus"]));
    let rows = json_lines(&status.stdout);
    let settings = rows[0]["settings"].as_array().unwrap();
    let store = |key: &str| settings.iter().find(|s| s["key"] == key).map(|s| s["store"].clone());
    assert_eq!(store("security_key"), Some("keyring".into()), "{}", status.stdout);
    assert_eq!(store("login"), Some("file".into()), "{}", status.stdout);
    assert_eq!(rows[0]["state"], "ready");
    let human = run(kr.on(t.bare()).args(["auth", "status", "pyrus"]));
    assert!(human.stdout.contains("the OS keyring"), "{}", human.stdout);

    let up = t.file("a.txt", b"from the keyring");
    let r = run(kr.on(t.bare()).args(["pyrus", "upload"]).arg(&up));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.requests("pyrus").iter().filter(|q| q.path.ends_with("/files/upload")).count(), 1);

    let r = run(kr.on(t.bare()).args(["logout", "pyrus"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(kr.lookup("default.pyrus.security_key").is_none(), "logout removes the secret");
    assert!(kr.lookup("default.pyrus.token").is_none());
    let r = run(kr.on(t.bare()).args(["pyrus", "upload"]).arg(&up));
    assert_eq!(r.code, 4, "{}", r.stderr);
}

#[test]
fn migrate_and_login_move_file_secrets_into_the_keyring() {
    let t = TestEnv::new();
    let Some(kr) = Keyring::start(&t.dir.path().join("home"), "migrate_moves_file_secrets") else { return };
    // An older chatdrop (the file store) logged in to Pyrus and Protocol.
    assert_eq!(run(t.cmd("pyrus").args(["login", "pyrus", "--no-input", "--store"])).code, 0);
    assert_eq!(
        run(t.cmd("protocol").args(["--profile", "work", "login", "protocol", "--no-input", "--store"])).code,
        0
    );
    assert!(credentials(&t).contains(PYRUS_KEY));

    let r = run(kr.on(t.bare()).args(["auth", "migrate"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("moved default.pyrus.security_key"), "{}", r.stdout);
    assert!(r.stdout.contains("moved work.protocol.token"), "{}", r.stdout);
    let file = credentials(&t);
    assert!(!file.contains(PYRUS_KEY) && !file.contains("token ="), "{file}");
    assert_eq!(kr.lookup("default.pyrus.security_key").as_deref(), Some(PYRUS_KEY));
    assert_eq!(kr.lookup("work.protocol.token").as_deref(), Some(chatdrop::sandbox::protocol::TOKEN));
    let up = t.file("a.txt", b"x");
    assert_eq!(run(kr.on(t.bare()).args(["pyrus", "upload"]).arg(&up)).code, 0);

    // Nothing left to move.
    let r = run(kr.on(t.bare()).args(["auth", "migrate"]));
    assert!(r.stdout.contains("nothing to move"), "{}", r.stdout);

    // `login` again moves what is in the file too.
    let t2 = TestEnv::new();
    let kr2 = Keyring::start(&t2.dir.path().join("home"), "login_moves").unwrap();
    assert_eq!(run(t2.cmd("pyrus").args(["login", "pyrus", "--no-input", "--store"])).code, 0);
    assert!(credentials(&t2).contains(PYRUS_KEY));
    assert_eq!(run(kr2.on(t2.cmd("pyrus")).args(["login", "pyrus", "--no-input", "--store"])).code, 0);
    assert!(!credentials(&t2).contains(PYRUS_KEY), "{}", credentials(&t2));
    assert_eq!(kr2.lookup("default.pyrus.security_key").as_deref(), Some(PYRUS_KEY));
}

#[test]
fn env_vars_win_over_the_keyring() {
    let t = TestEnv::new();
    let Some(kr) = Keyring::start(&t.dir.path().join("home"), "env_vars_win") else { return };
    assert_eq!(run(kr.on(t.cmd("protocol")).args(["login", "protocol", "--no-input", "--store"])).code, 0);
    let r = run(kr.on(t.cmd("protocol")).args(["--json", "auth", "status", "protocol"]));
    let rows = json_lines(&r.stdout);
    assert_eq!(rows[0]["settings"][0]["store"], "env", "{}", r.stdout);
}

#[test]
fn without_d_bus_auto_falls_back_to_the_file_with_one_notice() {
    let t = TestEnv::new();
    let r = run(t
        .cmd("pyrus")
        .env("CHATDROP_CREDENTIAL_STORE", "auto")
        .env("DBUS_SESSION_BUS_ADDRESS", format!("unix:path={}", t.dir.path().join("no-bus").display()))
        .args(["login", "pyrus", "--no-input", "--store"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let notice = format!(
        "no OS keyring reachable; stored in {}, plain text, 0600",
        t.config_dir().join("credentials.toml").display()
    );
    assert_eq!(r.stderr.matches(&notice).count(), 1, "{}", r.stderr);
    assert!(credentials(&t).contains(PYRUS_KEY));
    let up = t.file("a.txt", b"x");
    let r = run(t.bare().env("CHATDROP_CREDENTIAL_STORE", "auto").args(["pyrus", "upload"]).arg(&up));
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn keyring_mode_without_a_keyring_fails_with_exit_4() {
    let t = TestEnv::new();
    let no_bus = format!("unix:path={}", t.dir.path().join("no-bus").display());
    let r = run(t
        .cmd("protocol")
        .env("CHATDROP_CREDENTIAL_STORE", "keyring")
        .env("DBUS_SESSION_BUS_ADDRESS", &no_bus)
        .args(["login", "protocol", "--no-input", "--store"]));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("cannot use the OS keyring"), "{}", r.stderr);
    assert!(!credentials(&t).contains("token"), "nothing falls back to the file: {}", credentials(&t));
    let r = run(t
        .bare()
        .env("CHATDROP_CREDENTIAL_STORE", "keyring")
        .env("DBUS_SESSION_BUS_ADDRESS", &no_bus)
        .args(["auth", "migrate"]));
    assert_eq!(r.code, 4, "{}", r.stderr);
    // The mode can come from config.toml too, and a bad value is a usage error.
    std::fs::create_dir_all(t.config_dir()).unwrap();
    std::fs::write(t.config_dir().join("config.toml"), "credential_store = \"vault\"\n").unwrap();
    let r = run(t.bare().env_remove("CHATDROP_CREDENTIAL_STORE").args(["auth", "status"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("credential_store"), "{}", r.stderr);
}

#[test]
fn a_keyring_that_never_answers_cannot_hang_chatdrop() {
    // A socket that accepts and then says nothing: a hung Secret Service.
    let t = TestEnv::new();
    let path = t.dir.path().join("silent-bus");
    let listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
    let held = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let keep = held.clone();
    std::thread::spawn(move || {
        for conn in listener.incoming().flatten().take(8) {
            keep.lock().unwrap().push(conn);
        }
    });
    let start = Instant::now();
    let r = run(t
        .cmd("protocol")
        .env("CHATDROP_CREDENTIAL_STORE", "auto")
        .env("CHATDROP_KEYRING_TIMEOUT", "1s")
        .env("DBUS_SESSION_BUS_ADDRESS", format!("unix:path={}", path.display()))
        .args(["login", "protocol", "--no-input", "--store"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("no OS keyring reachable"), "{}", r.stderr);
    assert!(start.elapsed() < Duration::from_secs(20), "took {:?}", start.elapsed());
}
