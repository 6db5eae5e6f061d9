//! Test harness: a hermetic environment per test (empty env, private config dir, the
//! sandbox on 127.0.0.1), the real binary run with assert_cmd, and helpers to look at what
//! the servers received.
#![allow(dead_code, unused_imports)]

pub mod tcp;
pub mod tls;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
pub use chatdrop::sandbox::{Fault, FaultAction, Recorded, Sandbox};

/// Secrets the sandbox uses; no test output may ever contain them.
pub const SANDBOX_SECRETS: &[&str] = &[
    chatdrop::sandbox::pyrus::SECURITY_KEY,
    chatdrop::sandbox::connect::PASSWORD,
    chatdrop::sandbox::ok::APPLICATION_SECRET_KEY,
    chatdrop::sandbox::ok::ACCESS_TOKEN,
    chatdrop::sandbox::carbonio::PASSWORD,
    chatdrop::sandbox::carbonio::TOKEN,
    chatdrop::sandbox::protocol::TOKEN,
];

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

    /// The binary with an empty environment and a private config dir; no service set up.
    pub fn bare(&self) -> Command {
        let mut cmd = Command::cargo_bin("chatdrop").expect("binary built");
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("TMPDIR", std::env::temp_dir())
            .env("CHATDROP_CONFIG_DIR", self.config_dir())
            // Never the OS keyring (a desktop's real one) unless a test asks: tests/keyring.rs.
            .env("CHATDROP_CREDENTIAL_STORE", "file")
            .env("CHATDROP_RETRY_BASE_MS", "20")
            .env("NO_COLOR", "1")
            .current_dir(self.dir.path());
        cmd
    }

    /// The binary pointed at the sandbox for `service` through its CHATDROP_* env vars.
    pub fn cmd(&self, service: &str) -> Command {
        let mut cmd = self.bare();
        let prefix = format!("CHATDROP_{}_", service.to_ascii_uppercase());
        for (k, v) in self.sandbox.env() {
            if k.starts_with(&prefix) {
                cmd.env(k, v);
            }
        }
        cmd
    }

    pub fn requests(&self, service: &str) -> Vec<Recorded> {
        self.sandbox.requests_to(service)
    }
}

/// What a finished run printed.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("binary runs");
    let run = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert_no_secrets(&run, SANDBOX_SECRETS);
    assert!(!run.stderr.contains("panicked"), "panic: {}", run.stderr);
    assert!(!run.stdout.contains('\x1b') && !run.stderr.contains('\x1b'), "escape codes without a terminal");
    run
}

/// Neither stream may contain any of `secrets`.
pub fn assert_no_secrets(run: &Run, secrets: &[&str]) {
    for secret in secrets {
        assert!(!run.stdout.contains(secret), "secret {secret} on stdout:\n{}", run.stdout);
        assert!(!run.stderr.contains(secret), "secret {secret} on stderr:\n{}", run.stderr);
    }
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

/// Each line of stdout parsed as JSON.
pub fn json_lines(stdout: &str) -> Vec<serde_json::Value> {
    stdout.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).expect("NDJSON line")).collect()
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
