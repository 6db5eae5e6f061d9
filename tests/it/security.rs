//! Security properties for every service: secrets never on argv and never in any output at
//! any verbosity, private config files even when logins race, and TLS verified by default.

use std::path::Path;

use crate::common::*;
use clap::CommandFactory;

// ---------------------------------------------------------------------------------------------
// No secret needed (or even accepted) on argv.

#[test]
fn no_argument_anywhere_takes_a_secret_value() {
    fn walk(cmd: &clap::Command, path: &str, found: &mut Vec<String>) {
        for arg in cmd.get_arguments() {
            let names: Vec<String> = std::iter::once(arg.get_id().to_string())
                .chain(arg.get_long().map(str::to_string))
                .chain(arg.get_all_aliases().unwrap_or_default().into_iter().map(str::to_string))
                .collect();
            let secretish = names.iter().any(|n| {
                let n = n.to_ascii_lowercase();
                ["password", "passwd", "token", "secret", "key", "credential"].iter().any(|w| n.contains(w))
            });
            let takes_value = arg.get_action().takes_values();
            // `--with-token` and `--store-password` are switches: they say where a secret
            // comes from or whether to keep it, and carry none.
            if secretish && takes_value {
                found.push(format!("{path} --{}", arg.get_long().unwrap_or(arg.get_id().as_str())));
            }
        }
        for sub in cmd.get_subcommands() {
            walk(sub, &format!("{path} {}", sub.get_name()), found);
        }
    }
    let cli = chatdrop::cli::Cli::command();
    let mut found = Vec::new();
    walk(&cli, "chatdrop", &mut found);
    assert!(found.is_empty(), "arguments that would put a secret on argv: {found:?}");
    // The switches exist and take no value: `--with-token` on every service's login, and
    // `--store-password` on Carbonio's (its password is kept only when asked).
    let login = cli.find_subcommand("login").unwrap();
    let switch = |service: &str, flag: &str| {
        let sub = login.find_subcommand(service).unwrap_or_else(|| panic!("login {service}"));
        let arg = sub.get_arguments().find(|a| a.get_long() == Some(flag));
        assert!(!arg.unwrap_or_else(|| panic!("login {service} {flag}")).get_action().takes_values(), "{flag}");
    };
    for s in services() {
        switch(s.name, "with-token");
    }
    switch("carbonio", "store-password");
}

#[test]
fn every_service_logs_in_with_the_secret_from_env_or_from_stdin() {
    for s in services() {
        let (service, env, secret) = (s.name, s.secret_env(), s.secret());
        // From env, no terminal, no prompt.
        let t = TestEnv::new();
        let r = run(t.cmd(service).args(["login", service, "--no-input"]));
        assert_eq!(r.code, 0, "{service} from env: {}", r.stderr);
        let stored = std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap();
        assert!(stored.contains(&format!("[default.{service}]")), "{service}: {stored}");

        // From stdin with --with-token, the env var unset.
        let t = TestEnv::new();
        let mut cmd = t.cmd(service);
        cmd.env_remove(&env);
        // The sandbox env may also carry a ready token (Carbonio's); login must get its own.
        for key in s.other_secrets() {
            cmd.env_remove(env_var(service, &key));
        }
        let r = run(cmd.args(["login", service, "--with-token"]).write_stdin(format!("{secret}\n")));
        assert_eq!(r.code, 0, "{service} from stdin: {}", r.stderr);
        assert!(t.config_dir().join("credentials.toml").exists(), "{service}");
    }
}

// ---------------------------------------------------------------------------------------------
// Private files, even when logins race.

#[cfg(unix)]
#[test]
fn racing_logins_of_every_service_leave_private_whole_files_and_no_temporaries() {
    use std::os::unix::fs::PermissionsExt;
    let t = TestEnv::new();
    // Two logins per service at once, to two profiles: ten writers of one file.
    let mut children = Vec::new();
    for Service { name: service, .. } in services() {
        for profile in ["one", "two"] {
            let mut cmd = t.spawnable(service);
            cmd.env("CHATDROP_PROFILE", profile)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            children.push((service, cmd.args(["login", service, "--no-input"]).spawn().unwrap()));
        }
    }
    for (service, child) in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{service}: {}", String::from_utf8_lossy(&out.stderr));
    }
    let dir = t.config_dir();
    let creds = dir.join("credentials.toml");
    assert_eq!(std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
    assert_eq!(std::fs::metadata(&creds).unwrap().permissions().mode() & 0o777, 0o600);
    let text = std::fs::read_to_string(&creds).unwrap();
    // Read with the `toml` crate, not chatdrop's own reader: an independent check that the file is whole.
    let tree: toml::Table = toml::from_str(&text).expect("a whole file");
    for Service { name: service, .. } in services() {
        for profile in ["one", "two"] {
            assert!(tree.get(profile).and_then(|p| p.get(service)).is_some(), "[{profile}.{service}] lost:\n{text}");
        }
    }
    let leftovers: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
}

// ---------------------------------------------------------------------------------------------
// No secret in any output at any verbosity (run() scans stdout and stderr for the sandbox's).

#[test]
fn no_secret_in_any_output_at_any_verbosity_for_every_service() {
    for s @ Service { name: service, .. } in services() {
        let t = TestEnv::new();
        let file = t.file("a.png", &png(2, 3, "", 133));
        for verbosity in [None, Some("-v"), Some("-vv")] {
            for json in [false, true] {
                let mut cmd = t.cmd(service);
                cmd.args(verbosity).args(json.then_some("--json"));
                let r = run(cmd.args(crate::common::service(service).upload).arg(&file));
                assert_eq!(r.code, 0, "{service} {verbosity:?}: {}", r.stderr);
            }
            // Login prints what it checked, and its answers carry tokens.
            let r = run(t.cmd(service).args(verbosity).args(["login", service, "--no-input"]));
            assert_eq!(r.code, 0, "{service} login {verbosity:?}: {}", r.stderr);
        }
        // The -vv log really shows the exchanges (so the scan above is not vacuous).
        let r = run(t.cmd(service).args(["-vv"]).args(crate::common::service(service).upload).arg(&file));
        let upload = format!("> {}", s.upload_method);
        assert!(r.stderr.contains("<   body:") && r.stderr.contains(&upload), "{service}: {}", r.stderr);
    }
}

#[test]
fn rejected_credentials_are_not_echoed_at_any_verbosity() {
    let wrong = "wrong-secret-value-0123456789";
    for Service { name: service, .. } in services() {
        let t = TestEnv::new();
        let file = t.file("a.png", &png(2, 3, "", 133));
        let mut cmd = t.cmd(service);
        // Every secret of the service wrong (a ready token too, where the fake gives one).
        for key in crate::common::service(service).secret_keys() {
            cmd.env(env_var(service, &key), wrong);
        }
        let r = run(cmd.args(["-vv", "--retries", "0"]).args(crate::common::service(service).upload).arg(&file));
        assert_ne!(r.code, 0, "{service}: {}", r.stderr);
        assert_no_secrets(&r, &[wrong]);
    }
}

#[test]
fn the_ok_upload_link_token_is_not_logged() {
    let t = TestEnv::new();
    let file = t.file("a.png", &png(2, 3, "", 133));
    let r = run(t.cmd("ok").args(["-vv", "ok", "moment"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let upload = t.requests("ok").into_iter().find(|r| r.path.ends_with("/uploadImage")).unwrap();
    let api_token = url::form_urlencoded::parse(upload.query.as_bytes())
        .find(|(k, _)| k == "apiToken")
        .map(|(_, v)| v.into_owned())
        .unwrap();
    assert!(api_token.len() >= 8, "the link carries a token: {api_token}");
    assert_no_secrets(&r, &[&api_token]);
    assert!(r.stderr.contains("upload_url") && r.stderr.contains("apiToken=***"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------------
// TLS verification on by default.

#[test]
fn an_untrusted_certificate_is_refused_unless_its_ca_is_given() {
    // Every service's one URL setting pointed at a TLS front with a private CA.
    let ca = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tls/ca.pem");
    for s @ Service { name: service, .. } in services() {
        let env = s.url_env();
        let t = TestEnv::new();
        let port = crate::common::tls::https_front(t.sandbox.addr);
        let plain = t.sandbox.env().into_iter().find(|(k, _)| *k == env).unwrap().1;
        let url = plain.replace(&t.sandbox.base_url(), &format!("https://localhost:{port}"));
        let file = t.file("a.png", &png(2, 3, "", 133));
        let r = run(t
            .cmd(service)
            .env(&env, &url)
            .args(["--retries", "2"])
            .args(crate::common::service(service).upload)
            .arg(&file));
        assert_eq!(r.code, 1, "{service}: {}", r.stderr);
        assert!(r.stderr.contains("not trusted") && r.stderr.contains("--ca-cert"), "{service}: {}", r.stderr);
        assert!(t.requests(service).is_empty(), "{service}: nothing reached the server");

        let r = run(t
            .cmd(service)
            .env(&env, &url)
            .arg("--ca-cert")
            .arg(&ca)
            .args(crate::common::service(service).upload)
            .arg(&file));
        assert_eq!(r.code, 0, "{service} with --ca-cert: {}", r.stderr);
        assert!(!t.requests(service).is_empty());
    }
}
