//! Values from env, flags and files (trimmed; an inner control character refused, naming its
//! source), base URLs (no scheme, https to plain HTTP), config file errors, `auth status` (real
//! modes, `--check`), prompts that ask again, and the mode of downloaded files.

use std::time::{Duration, Instant};

use crate::common::*;
use chatdrop::sandbox::{protocol, pyrus};

/// The sandbox's Protocol fake, as a URL of another form (`https://`, no scheme, ...).
fn protocol_at(t: &TestEnv, url: impl Fn(&str) -> String) -> String {
    url(t.sandbox.base_url().trim_start_matches("http://"))
}

#[test]
fn blanks_around_a_value_are_trimmed_wherever_it_comes_from() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"hello");
    // A token from `$(cat token.txt)` with its CRLF, a URL with blanks in the config file.
    std::fs::create_dir_all(t.config_dir()).unwrap();
    let url = format!("{}/protocol", t.sandbox.base_url());
    std::fs::write(t.config_dir().join("config.toml"), format!("[default.protocol]\nurl = \" {url}\\t \"\n")).unwrap();
    let r = run(t
        .bare()
        .env("CHATDROP_PROTOCOL_TOKEN", format!(" {}\r\n", protocol::TOKEN))
        .args(["protocol", "attach"])
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sent = t.uploads("protocol");
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0].header("authorization").map(str::as_bytes),
        Some(format!("Bearer {}", protocol::TOKEN).as_bytes())
    );
    // A login with a trailing newline reaches Pyrus without it, and is printed without it.
    let r = run(t
        .cmd("pyrus")
        .env("CHATDROP_PYRUS_LOGIN", format!("{}\n", pyrus::LOGIN))
        .env("CHATDROP_PYRUS_SECURITY_KEY", format!("{}\n", pyrus::SECURITY_KEY))
        .args(["login", "pyrus", "--no-input", "--store"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(&format!("logged in as {}\n", pyrus::LOGIN)), "{}", r.stdout);
    let auth = t.requests("pyrus").into_iter().find(|q| q.path.ends_with("/auth")).unwrap();
    assert_eq!(auth.body_json()["login"], pyrus::LOGIN);
    assert_eq!(auth.body_json()["security_key"], pyrus::SECURITY_KEY);
}

#[test]
fn a_control_character_inside_a_value_is_refused_naming_where_it_came_from() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"hello");
    let hidden = "sandbox\x01protocol-token";
    // env
    let r = run(t.cmd("protocol").env("CHATDROP_PROTOCOL_TOKEN", hidden).args(["protocol", "attach"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "the environment variable CHATDROP_PROTOCOL_TOKEN holds a control character (U+0001)");
    assert!(!r.stderr.contains("sandbox") && !r.stderr.contains("failed to parse header"), "{}", r.stderr);
    // flag
    let r = run(t.cmd("protocol").args(["login", "protocol", "--no-input", "--url", "http://127.0.0.1:9/\u{7}x"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "the flag --url holds a control character (U+0007)");
    // file and key
    std::fs::create_dir_all(t.config_dir()).unwrap();
    let config = t.config_dir().join("config.toml");
    std::fs::write(&config, "[default.protocol]\nconversation = \"xgQQ\\nXg3hrtjh7AvZ\"\n").unwrap();
    let r = run(t.cmd("protocol").env_remove("CHATDROP_PROTOCOL_CONVERSATION").args(["protocol", "attach"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, &format!("`conversation` under [default.protocol] in {}", config.display()));
    assert!(r.stderr.contains("U+000A"), "{}", r.stderr);
    assert!(t.uploads("protocol").is_empty(), "nothing was sent");
}

#[test]
fn a_url_without_its_scheme_gets_the_corrected_url() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"hello");
    for (given, fixed) in [
        (protocol_at(&t, |a| format!("{a}/protocol")), protocol_at(&t, |a| format!("https://{a}/protocol"))),
        ("localhost:8901/protocol".to_string(), "https://localhost:8901/protocol".to_string()),
        ("host.example.com/x".to_string(), "https://host.example.com/x".to_string()),
    ] {
        let r = run(t.cmd("protocol").env("CHATDROP_PROTOCOL_URL", &given).args(["protocol", "attach"]).arg(&file));
        assert_eq!(r.code, 2, "{given}: {}", r.stderr);
        assert_one_cause(&r, "(from the environment variable CHATDROP_PROTOCOL_URL) lacks the scheme");
        assert!(r.stderr.contains(&format!("hint: write the scheme in front: {fixed}")), "{}", r.stderr);
        assert!(!r.stderr.contains("relative URL") && !r.stderr.contains("has scheme"), "{}", r.stderr);
    }
    assert!(t.uploads("protocol").is_empty());
}

#[test]
fn https_to_a_plain_http_port_is_a_setting_to_fix_not_a_temporary_failure() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"hello");
    let url = protocol_at(&t, |a| format!("https://{a}/protocol"));
    let plain = protocol_at(&t, |a| format!("http://{a}/"));
    for args in [vec!["protocol", "attach"], vec!["protocol", "attachments"]] {
        let started = Instant::now();
        let r = run(t.cmd("protocol").env("CHATDROP_PROTOCOL_URL", &url).args(&args).args(if args[1] == "attach" {
            vec![file.as_os_str()]
        } else {
            vec![]
        }));
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("does not speak HTTPS") && r.stderr.contains(&plain), "{}", r.stderr);
        assert!(!r.stderr.contains("retrying") && !r.stderr.contains("attempts"), "not retried: {}", r.stderr);
        assert!(started.elapsed() < Duration::from_secs(10));
    }
}

#[test]
fn an_explicit_config_file_must_exist_and_a_misplaced_table_explains_the_layout() {
    let t = TestEnv::new();
    let missing = t.dir.path().join("no-such.toml");
    let r = run(t.bare().arg("--config").arg(&missing).args(["auth", "status"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, &format!("--config {}: no such file", missing.display()));
    let bad = t.file("bad.toml", b"[carbonio]\nroom = \"x\"\n");
    let r = run(t.bare().arg("--config").arg(&bad).args(["auth", "status"]));
    assert_ne!(r.code, 0);
    assert_one_cause(&r, "line 2: `room` sits directly in [carbonio]");
    assert!(
        r.stderr.contains("[<profile>.<service>]") && r.stderr.contains("`[default.carbonio]` with `room = \"...\"`"),
        "{}",
        r.stderr
    );
}

#[cfg(unix)]
#[test]
fn auth_status_shows_the_config_dir_and_the_files_with_their_real_modes() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestEnv::new();
    assert_eq!(run(t.cmd("protocol").args(["login", "protocol", "--no-input", "--store"])).code, 0);
    let creds = t.config_dir().join("credentials.toml");
    std::fs::set_permissions(&creds, std::fs::Permissions::from_mode(0o644)).unwrap();
    let r = run(t.bare().args(["auth", "status"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = |label: &str| r.stdout.lines().find(|l| l.starts_with(label)).unwrap_or_default().to_string();
    assert!(line("config dir:").contains(&format!("{} (mode 0700)", t.config_dir().display())), "{}", r.stdout);
    assert!(line("config file:").contains("config.toml (not there yet)"), "{}", r.stdout);
    assert!(
        line("credentials file:").contains(&format!("{} (mode 0644, plain text)", creds.display())),
        "{}",
        r.stdout
    );
    assert!(line("protocol").contains("(plain text, mode 0644)") && !r.stdout.contains("0600"), "{}", r.stdout);
    let json = json_lines(&run(t.bare().args(["--json", "auth", "status"])).stdout);
    let files = json.iter().find(|j| j.get("credentials_file").is_some()).unwrap();
    assert_eq!(files["credentials_file"]["mode"], "0644");
    assert_eq!(files["config_dir"]["path"], t.config_dir().display().to_string());
    assert_eq!(files["config_file"]["exists"], false);
}

#[test]
fn auth_status_check_tries_each_configured_service_live() {
    let t = TestEnv::new();
    let mut ok = t.bare();
    ok.envs(t.sandbox.env());
    let r = run(ok.args(["auth", "status", "--check"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    for svc in ["pyrus", "connect", "ok", "carbonio", "protocol"] {
        let line = r.stdout.lines().find(|l| l.starts_with(svc)).unwrap();
        // Carbonio's check also names the server's API: `[accepted; Workstream Collaboration …]`.
        assert!(line.ends_with("[accepted]") || line.contains(" [accepted; "), "{line}");
    }
    let calls = t.sandbox.requests().len();
    assert!(calls >= 5, "each service was asked: {calls}");
    // Without --check nothing is sent.
    run(t.bare().envs(t.sandbox.env()).args(["auth", "status"]));
    assert_eq!(t.sandbox.requests().len(), calls);
    // A refused token: exit 4 with the login command; the other services still pass.
    t.sandbox.state.carbonio.expire_tokens();
    let r = run(t
        .bare()
        .envs(t.sandbox.env())
        .env_remove("CHATDROP_CARBONIO_PASSWORD")
        .env("CHATDROP_PROTOCOL_TOKEN", "wrong-token")
        .args(["auth", "status", "--check"]));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stdout.lines().any(|l| l.starts_with("protocol") && l.ends_with("[refused]")), "{}", r.stdout);
    assert!(r.stdout.lines().any(|l| l.starts_with("carbonio") && l.ends_with("[refused]")), "{}", r.stdout);
    assert!(r.stdout.lines().any(|l| l.starts_with("pyrus") && l.ends_with("[accepted]")), "{}", r.stdout);
    // Both refused credentials come from the environment: the hint is to fix or unset them.
    assert!(
        r.stderr.contains("error: protocol: ")
            && r.stderr.contains("CHATDROP_PROTOCOL_TOKEN is set in the environment"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("CHATDROP_CARBONIO_TOKEN") && !r.stderr.contains("chatdrop login"), "{}", r.stderr);
    let json = json_lines(
        &run(t
            .cmd("protocol")
            .env("CHATDROP_PROTOCOL_TOKEN", "wrong-token")
            .args(["--json", "auth", "status", "--check", "protocol"]))
        .stdout,
    );
    assert_eq!(json[0]["check"], "refused");
    assert!(json[0]["hint"].as_str().unwrap().contains("unset it"), "{}", json[0]);
}

/// A refused secret and a URL without its scheme are asked again on a terminal.
#[cfg(unix)]
#[test]
fn prompts_ask_again_after_a_refused_secret_or_a_malformed_url() {
    const TOKEN_PROMPT: &str = "Protocol API token";
    // The offer of a default target that follows a login on a terminal; a lone Esc declines
    // it (followed by Enter it would read as Alt+Enter).
    const OFFER: &str = "for this profile?";
    const ESC: &str = "\u{1b}";
    let t = TestEnv::new();
    let url = ("CHATDROP_PROTOCOL_URL", format!("{}/protocol", t.sandbox.base_url()));
    let token = format!("{}\r", protocol::TOKEN);
    let answers = [(TOKEN_PROMPT, "not-the-token\r"), (TOKEN_PROMPT, token.as_str()), (OFFER, ESC)];
    let Some((ok, screen)) = on_terminal_answering(&t, None, &[url], &["login", "protocol"], &answers) else { return };
    assert!(ok, "{screen}");
    assert!(screen.contains("rejected the token") && screen.contains("try again (2 of 3"), "{screen}");
    assert!(screen.contains("Logged in to Protocol"), "{screen}");
    assert!(!screen.contains(protocol::TOKEN) && !screen.contains("not-the-token"), "secrets are not echoed");
    let creds = std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap();
    assert!(creds.contains(protocol::TOKEN), "{creds}");
    // The third refusal ends the command.
    let url = ("CHATDROP_PROTOCOL_URL", format!("{}/protocol", t.sandbox.base_url()));
    let answers = [(TOKEN_PROMPT, "bad-1\r"), (TOKEN_PROMPT, "bad-2\r"), (TOKEN_PROMPT, "bad-3\r")];
    let Some((ok, screen)) = on_terminal_answering(&t, None, &[url], &["login", "protocol"], &answers) else { return };
    assert!(!ok, "{screen}");
    assert!(screen.contains("try again (3 of 3") && screen.contains("error: checking the token"), "{screen}");
    // A URL without its scheme is asked again, with the corrected URL.
    let server = protocol_at(&t, |a| format!("{a}/carbonio"));
    let (bare, full) = (format!("{server}\r"), format!("http://{server}\r"));
    let account = format!("{}\r", chatdrop::sandbox::carbonio::ACCOUNT);
    let password = format!("{}\r", chatdrop::sandbox::carbonio::PASSWORD);
    let answers = [
        ("Carbonio server (e.g.", bare.as_str()),
        ("Carbonio server (e.g.", full.as_str()),
        ("Account", account.as_str()),
        ("Password", password.as_str()),
        (OFFER, ESC),
    ];
    let Some((ok, screen)) = on_terminal_answering(&t, None, &[], &["login", "carbonio"], &answers) else { return };
    assert!(ok, "{screen}");
    assert!(screen.contains("lacks the scheme") && screen.contains(&format!("https://{server}")), "{screen}");
    assert!(screen.contains("try again (2 of 3)") && screen.contains("Logged in to Zextras Carbonio"), "{screen}");
}

#[cfg(unix)]
#[test]
fn downloads_honour_the_umask_and_a_replaced_file_keeps_its_mode() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestEnv::new();
    let file = t.file("a.txt", b"hello");
    let up = run(t.cmd("pyrus").args(["pyrus", "upload"]).arg(&file));
    assert_eq!(up.code, 0, "{}", up.stderr);
    let guid = up.stdout.split('\t').next().unwrap().to_string();
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let download = |umask: &str, to: &std::path::Path, force: bool| {
        let mut cmd = t.hermetic("sh", Some("pyrus"));
        let force = if force { " --force" } else { "" };
        cmd.args(["-c", &format!("umask {umask}; exec \"$0\" pyrus download {guid} -o \"$1\"{force}")])
            .arg(binary())
            .arg(to);
        Run::from_output(cmd.output().unwrap())
    };
    let shared = t.dir.path().join("shared.txt");
    let r = download("022", &shared, false);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(mode(&shared), 0o644);
    let private = t.dir.path().join("private.txt");
    assert_eq!(download("077", &private, false).code, 0);
    assert_eq!(mode(&private), 0o600);
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o640)).unwrap();
    assert_eq!(download("022", &shared, true).code, 0);
    assert_eq!(mode(&shared), 0o640, "a replaced file keeps its mode");
    assert_eq!(std::fs::read(&shared).unwrap(), b"hello");
}
