//! The parts every service shares, through the real binary: settings files and their
//! errors, credentials on disk, login without a terminal, `auth status`, exit codes, help
//! and completions.

use crate::common::*;

#[test]
fn usage_errors_exit_2_and_help_lists_the_exit_codes() {
    let t = TestEnv::new();
    let r = run(t.bare().args(["pyrus", "upload", "--no-such-flag", "x"]));
    assert_eq!(r.code, 2);
    let help = run(t.bare().arg("--help"));
    assert_eq!(help.code, 0);
    for line in ["0    success", "3    partial", "4    authentication", "5    temporary", "6    local input", "130"] {
        assert!(help.stdout.contains(line), "help lacks {line}:\n{}", help.stdout);
    }
}

#[test]
fn missing_credentials_name_the_login_command_and_env_vars() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"x");
    // The profile exists (a profile no file names is a typo, exit 2: tests/it/interface2.rs).
    std::fs::create_dir_all(t.config_dir()).unwrap();
    std::fs::write(t.config_dir().join("config.toml"), "[work.pyrus]\ntask = \"7\"\n").unwrap();
    let r = run(t.bare().args(["--profile", "work", "pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("no Pyrus credentials for profile `work`"), "{}", r.stderr);
    assert!(r.stderr.contains("chatdrop login pyrus --profile work"), "{}", r.stderr);
    assert!(r.stderr.contains("CHATDROP_PYRUS_LOGIN + CHATDROP_PYRUS_SECURITY_KEY"), "{}", r.stderr);
}

#[test]
fn a_malformed_config_names_file_and_line_and_is_left_alone() {
    let t = TestEnv::new();
    std::fs::create_dir_all(t.config_dir()).unwrap();
    let config = t.config_dir().join("config.toml");
    let text = "[default.pyrus]\nauth_url = \"https://x\"\nlogin = \n";
    std::fs::write(&config, text).unwrap();
    let file = t.file("a.txt", b"x");
    let r = run(t.bare().args(["pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains(&format!("{} is malformed: line 3", config.display())), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&config).unwrap(), text);
    // A wrong type is reported the same way.
    std::fs::write(&config, "[default.pyrus]\nlogin = [1, 2]\n").unwrap();
    let r = run(t.bare().args(["pyrus", "upload"]).arg(&file));
    assert!(r.stderr.contains("line 2") && r.stderr.contains("must be a string"), "{}", r.stderr);
}

#[test]
fn a_malformed_credentials_file_is_never_overwritten_by_login() {
    let t = TestEnv::new();
    std::fs::create_dir_all(t.config_dir()).unwrap();
    let creds = t.config_dir().join("credentials.toml");
    std::fs::write(&creds, "[default.pyrus\n").unwrap();
    let r = run(t.cmd("pyrus").args(["login", "pyrus", "--no-input", "--store"]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("credentials.toml is malformed: line 1"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&creds).unwrap(), "[default.pyrus\n");
}

#[test]
fn login_from_env_checks_live_and_stores_privately() {
    let t = TestEnv::new();
    let r = run(t.cmd("pyrus").args(["login", "pyrus", "--no-input", "--store"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("pyrus: logged in as bot@sandbox.chatdrop.test"), "{}", r.stdout);
    let creds = t.config_dir().join("credentials.toml");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&creds).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(std::fs::metadata(t.config_dir()).unwrap().permissions().mode() & 0o777, 0o700);
    }
    let text = std::fs::read_to_string(&creds).unwrap();
    assert!(text.contains("[default.pyrus]") && text.contains(chatdrop::sandbox::pyrus::SECURITY_KEY));
    // No temporary files are left beside it.
    let names: Vec<String> = std::fs::read_dir(t.config_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| n == "credentials.toml" || n == ".credentials.lock"), "{names:?}");
}

#[test]
fn a_wrong_key_at_login_exits_4_and_stores_nothing() {
    let t = TestEnv::new();
    let r = run(t.cmd("pyrus").env("CHATDROP_PYRUS_SECURITY_KEY", "wrong-key-value").args([
        "login",
        "pyrus",
        "--no-input",
    ]));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("Pyrus refused the login"), "{}", r.stderr);
    assert!(!r.stderr.contains("wrong-key-value"));
    assert!(!t.config_dir().join("credentials.toml").exists());
}

#[test]
fn login_reads_the_key_from_stdin_with_with_token() {
    let t = TestEnv::new();
    let base = t.sandbox.base_url();
    let r = run(t
        .bare()
        .env("CHATDROP_PYRUS_AUTH_URL", format!("{base}/pyrus/accounts/v4"))
        .args(["login", "pyrus", "--login", chatdrop::sandbox::pyrus::LOGIN, "--with-token"])
        .write_stdin(format!("{}\n", chatdrop::sandbox::pyrus::SECURITY_KEY)));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let file = t.file("a.txt", b"x");
    assert_eq!(run(t.bare().args(["pyrus", "upload"]).arg(&file)).code, 0);
}

#[test]
fn login_without_a_terminal_fails_at_once_naming_the_alternatives() {
    let t = TestEnv::new();
    let started = std::time::Instant::now();
    let r = run(t.bare().args(["login", "pyrus"]));
    assert_eq!(r.code, 4, "missing credentials: {}", r.stderr);
    assert!(r.stderr.contains("no terminal"), "{}", r.stderr);
    assert!(r.stderr.contains("--login") && r.stderr.contains("CHATDROP_PYRUS_LOGIN"), "{}", r.stderr);
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

#[test]
fn two_logins_at_once_leave_one_whole_private_file() {
    let t = TestEnv::new();
    let mut children: Vec<std::process::Child> = (0..2)
        .map(|i| {
            let mut cmd = t.spawnable("pyrus");
            cmd.env("CHATDROP_PROFILE", format!("p{i}"))
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            cmd.args(["login", "pyrus", "--no-input", "--store"]).spawn().unwrap()
        })
        .collect();
    for child in &mut children {
        assert!(child.wait().unwrap().success());
    }
    let text = std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap();
    assert!(text.contains("[p0.pyrus]") && text.contains("[p1.pyrus]"), "no update was lost:\n{text}");
}

#[test]
fn auth_status_says_where_credentials_come_from_but_never_what_they_are() {
    let t = TestEnv::new();
    let r = run(t.cmd("pyrus").args(["auth", "status"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let pyrus = r.stdout.lines().find(|l| l.starts_with("pyrus")).unwrap();
    assert!(pyrus.contains("ready") && pyrus.contains("CHATDROP_PYRUS_SECURITY_KEY are being used"), "{pyrus}");
    assert!(r.stdout.lines().any(|l| l.starts_with("protocol") && l.contains("not set")), "{}", r.stdout);
    assert!(run(t.cmd("pyrus").args(["login", "pyrus", "--no-input", "--store"])).code == 0);
    let stored = run(t.bare().args(["--json", "auth", "status", "pyrus"]));
    let line = &json_lines(&stored.stdout)[0];
    assert_eq!(line["state"], "ready");
    let sources = line["settings"].to_string();
    assert!(sources.contains("credentials.toml (plain text, mode 0600)"), "{sources}");
    // Another profile's stored credentials are listed, without env leaking into it.
    assert_eq!(run(t.cmd("pyrus").args(["--profile", "work", "login", "pyrus", "--no-input", "--store"])).code, 0);
    let r = run(t.bare().args(["auth", "status"]));
    assert!(r.stdout.contains("other profiles: work (pyrus)"), "{}", r.stdout);
}

#[test]
fn logout_forgets_what_login_stored() {
    let t = TestEnv::new();
    assert_eq!(run(t.cmd("pyrus").args(["login", "pyrus", "--no-input", "--store"])).code, 0);
    let r = run(t.bare().args(["logout", "pyrus"]));
    assert!(r.stdout.contains("stored credentials removed"), "{}", r.stdout);
    let file = t.file("a.txt", b"x");
    assert_eq!(run(t.bare().args(["pyrus", "upload"]).arg(&file)).code, 4);
}

#[cfg(unix)]
#[test]
fn warns_when_the_credentials_file_is_readable_by_others() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestEnv::new();
    assert_eq!(run(t.cmd("pyrus").args(["login", "pyrus", "--no-input", "--store"])).code, 0);
    let creds = t.config_dir().join("credentials.toml");
    std::fs::set_permissions(&creds, std::fs::Permissions::from_mode(0o644)).unwrap();
    let r = run(t.bare().args(["auth", "status"]));
    assert!(r.stderr.contains("readable by other users (mode 644)") && r.stderr.contains("chmod 600"), "{}", r.stderr);
}

#[test]
fn a_base_url_that_is_not_a_url_is_a_usage_error() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"x");
    // Without its scheme a URL gets the corrected one (more in values::).
    for (value, says, hint) in [
        ("https://accounts example.com/api", "is not a URL", "give a full URL"),
        ("accounts.example.com/api", "lacks the scheme", "write the scheme in front: https://accounts.example.com/api"),
    ] {
        let r = run(t.cmd("pyrus").env("CHATDROP_PYRUS_AUTH_URL", value).args(["pyrus", "upload"]).arg(&file));
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert_one_cause(&r, &format!("(from the environment variable CHATDROP_PYRUS_AUTH_URL) {says}"));
        assert!(r.stderr.contains(&format!("hint: {hint}")), "{}", r.stderr);
    }
}

#[test]
fn plain_http_to_another_host_warns_that_credentials_travel_in_clear() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"x");
    // Nothing listens on this reserved address; only the warning matters here.
    let r = run(t
        .cmd("pyrus")
        .env("CHATDROP_PYRUS_AUTH_URL", "http://192.0.2.1:9/api/v4")
        .args(["--connect-timeout", "0.2", "--retries", "0", "pyrus", "upload"])
        .arg(&file));
    assert!(r.stderr.contains("uses plain http://"), "{}", r.stderr);
    assert_eq!(r.code, 5, "{}", r.stderr);
}

#[test]
fn config_file_settings_apply_and_flags_win_over_env() {
    let t = TestEnv::new();
    std::fs::create_dir_all(t.config_dir()).unwrap();
    std::fs::write(t.config_dir().join("config.toml"), "[default.pyrus]\ntask = \"77\"\n").unwrap();
    let file = t.file("a.txt", b"x");
    let r = run(t.cmd("pyrus").args(["pyrus", "upload"]).arg(&file));
    assert!(r.stderr.contains("on task 77"), "the profile's task applies: {}", r.stderr);
    let r = run(t.cmd("pyrus").env("CHATDROP_PYRUS_TASK", "78").args(["pyrus", "upload"]).arg(&file));
    assert!(r.stderr.contains("on task 78"), "env beats the file: {}", r.stderr);
    let r = run(t.cmd("pyrus").env("CHATDROP_PYRUS_TASK", "78").args(["pyrus", "upload", "--task", "79"]).arg(&file));
    assert!(r.stderr.contains("on task 79"), "the flag beats env: {}", r.stderr);
}

#[test]
fn completions_in_the_repo_are_current() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let fresh = tempfile::tempdir().unwrap();
    chatdrop::cli::completions::write_all(fresh.path()).unwrap();
    #[allow(clippy::disallowed_methods)] // a developer's switch, not chatdrop's environment
    let update = std::env::var_os("CHATDROP_UPDATE_COMPLETIONS").is_some();
    for entry in std::fs::read_dir(fresh.path()).unwrap() {
        let entry = entry.unwrap();
        let committed = dir.join(entry.file_name());
        let new = std::fs::read(entry.path()).unwrap();
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&committed, &new).unwrap();
            continue;
        }
        let old = std::fs::read(&committed).unwrap_or_default();
        assert!(old == new, "completions/{} is stale: run `{REGENERATE}`", entry.file_name().to_string_lossy());
    }
}

/// config.example.toml is TOML as any reader takes it (read with the `toml` crate); its service
/// sections are generated from the keys (registry::config_example_sections_are_generated_…).
#[test]
fn config_example_is_toml_with_a_default_profile() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let tree: toml::Table = toml::from_str(&std::fs::read_to_string(&path).unwrap()).expect("the example parses");
    assert!(tree.contains_key("default"));
}

/// Start the binary on a stalled upload of stdin, send `signal`, return (exit code, stderr, tmp dir entries).
#[cfg(unix)]
fn interrupt_with(signal: &str) -> (i32, String, usize) {
    use std::io::Write;
    let t = TestEnv::new();
    let tcp = crate::common::tcp::TcpFault::start(vec![crate::common::tcp::Behaviour::StopReading]);
    let tmp = t.dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let mut child = t
        .hermetic(binary(), None)
        .env("TMPDIR", &tmp)
        .env("CHATDROP_PYRUS_TOKEN", "tcp-test-token")
        .env("CHATDROP_PYRUS_API_URL", format!("{}/v4", tcp.url()))
        .env("CHATDROP_PYRUS_FILES_URL", tcp.url())
        .args(["--jobs", "1", "pyrus", "upload", "-", "--name", "piped.bin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&vec![1u8; 32 << 20]).unwrap();
    // Wait until the upload is under way (the server got the request head).
    let started = std::time::Instant::now();
    while tcp.heads.lock().unwrap().is_empty() && started.elapsed() < std::time::Duration::from_secs(20) {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert!(std::fs::read_dir(&tmp).unwrap().count() > 0, "stdin was spooled to TMPDIR");
    std::process::Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
    let out = child.wait_with_output().unwrap();
    let left = std::fs::read_dir(&tmp).unwrap().count();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned(), left)
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_promptly_with_130_and_leaves_no_temporary_files() {
    let (code, stderr, left) = interrupt_with("-INT");
    assert_eq!(code, 130, "{stderr}");
    assert!(stderr.contains("interrupted: 0 of 1 file had finished"), "{stderr}");
    assert_eq!(left, 0, "the stdin spool was removed");
}

#[cfg(unix)]
#[test]
fn sigterm_exits_143_and_cleans_up() {
    let (code, stderr, left) = interrupt_with("-TERM");
    assert_eq!(code, 143, "{stderr}");
    assert_eq!(left, 0);
}

/// `script` gives the binary a pseudo-terminal, so the real prompts run.
#[cfg(unix)]
#[test]
fn login_prompts_on_a_terminal_with_the_secret_hidden() {
    use std::io::Write;
    if !have_script("the interactive login test") {
        return;
    }
    let t = TestEnv::new();
    let log = t.dir.path().join("typescript");
    let mut child = t
        .hermetic("script", None)
        .args(["-qfc", &format!("{} login pyrus", binary().display())])
        .arg(&log)
        .env("TERM", "xterm")
        .env("CHATDROP_PYRUS_AUTH_URL", format!("{}/pyrus/accounts/v4", t.sandbox.base_url()))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Type like a person: each answer once its prompt had time to appear.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    stdin.write_all(format!("{}\r", chatdrop::sandbox::pyrus::LOGIN).as_bytes()).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1500));
    stdin.write_all(format!("{}\r", chatdrop::sandbox::pyrus::SECURITY_KEY).as_bytes()).unwrap();
    let status = child.wait().unwrap();
    drop(stdin);
    let screen = String::from_utf8_lossy(&std::fs::read(&log).unwrap()).into_owned();
    assert!(status.success(), "{screen}");
    assert!(screen.contains("Pyrus login (email)") && screen.contains("Security key"), "{screen}");
    assert!(screen.contains("[hidden]") && !screen.contains(chatdrop::sandbox::pyrus::SECURITY_KEY), "{screen}");
    let creds = std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap();
    assert!(creds.contains(chatdrop::sandbox::pyrus::LOGIN), "{creds}");
}

#[test]
fn proxies_from_the_environment_carry_the_traffic() {
    let t = TestEnv::new();
    let body = b"through the proxy";
    let answer = crate::common::tcp::json_response(200, &format!(r#"{{"guid":"g-3","md5_hash":"{}"}}"#, md5_hex(body)));
    let proxy = crate::common::tcp::TcpFault::start(vec![crate::common::tcp::Behaviour::Respond(answer)]);
    let file = t.file("a.txt", body);
    let r = run(t
        .bare()
        .env("HTTP_PROXY", proxy.url())
        .env("CHATDROP_PYRUS_TOKEN", "proxy-test-token")
        .env("CHATDROP_PYRUS_API_URL", "http://localhost.invalid/v4")
        .env("CHATDROP_PYRUS_FILES_URL", "http://localhost.invalid")
        .args(["pyrus", "upload"])
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let head = proxy.heads.lock().unwrap()[0].clone();
    assert!(head.starts_with("POST http://localhost.invalid/v4/files/upload HTTP/1.1"), "{head}");
}

#[test]
fn flags_with_a_variable_name_it_in_their_help_and_win_over_it() {
    let t = TestEnv::new();
    let r = run(t.bare().arg("--help"));
    let words = r.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    for var in [
        "CHATDROP_PROFILE",
        "CHATDROP_NO_INPUT",
        "CHATDROP_JOBS",
        "CHATDROP_RETRIES",
        "CHATDROP_STALL_TIMEOUT",
        "CHATDROP_RESPONSE_TIMEOUT",
    ] {
        assert!(words.contains(&format!("[env: {var}]")), "{var} in --help:\n{}", r.stdout);
    }
    for args in [&["protocol", "attach", "--help"][..], &["history", "--help"][..]] {
        let r = run(t.bare().args(args));
        assert!(r.stdout.contains("[env: CHATDROP_JOURNAL]"), "{args:?}:\n{}", r.stdout);
    }
    assert!(run(t.bare().args(["protocol", "attach", "--help"])).stdout.contains("[env: CHATDROP_SKIP_SENT]"));
    // Flag > variable > default.
    std::fs::create_dir_all(t.config_dir()).unwrap();
    let profiles = "[work.protocol]\nconversation = \"a\"\n[ci.protocol]\nconversation = \"b\"\n";
    std::fs::write(t.config_dir().join("config.toml"), profiles).unwrap();
    let profile = |cmd: &mut assert_cmd::Command| {
        let r = run(cmd.args(["auth", "status"]));
        r.stdout.lines().find(|l| l.starts_with("profile: ")).unwrap_or_default().to_string()
    };
    assert_eq!(profile(&mut t.bare()), "profile: default");
    assert_eq!(profile(t.bare().env("CHATDROP_PROFILE", "work")), "profile: work");
    assert_eq!(profile(t.bare().env("CHATDROP_PROFILE", "work").args(["--profile", "ci"])), "profile: ci");
}
