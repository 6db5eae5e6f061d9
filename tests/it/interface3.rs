//! One interface, round three (#23): where credentials really come from (`auth status`, env
//! first), `login` without a terminal (nothing secret stored from the environment unless
//! asked, settings it already has, exit 4 when credentials are missing), names wherever ids
//! are taken, `protocol download`, `pyrus upload --task` checked first, room completion from
//! the last listing, and `auth status` within 100 columns. Each test runs the binary as a user
//! would and checks stdout, stderr, the exit code and what the fakes received.

use crate::common::*;

/// The stored credentials file, or "" when there is none.
fn credentials(t: &TestEnv) -> String {
    std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap_or_default()
}

/// The line of `auth status` for `svc`.
fn status_line(stdout: &str, svc: &str) -> String {
    stdout.lines().find(|l| l.starts_with(&format!("{svc} "))).unwrap_or_default().to_string()
}

// ---------------------------------------------------------------------------------------------
// 1. Where credentials really come from.

#[test]
fn auth_status_shows_what_this_run_uses_env_first_and_checks_that() {
    let t = TestEnv::new();
    // A stored Pyrus login (and its cached token) in credentials.toml.
    assert_eq!(run(t.cmd("pyrus").args(["login", "pyrus", "--no-input", "--store"])).code, 0);
    assert!(credentials(&t).contains("token = "), "{}", credentials(&t));
    let r = run(t.bare().args(["auth", "status", "pyrus"]));
    let line = status_line(&r.stdout, "pyrus");
    assert!(line.contains("ready") && line.contains("token from file"), "{line}");
    assert!(!line.contains("is being used"), "{line}");

    // The environment's login and security key win over the cached token: said so, gh's way.
    let pyrus = service("pyrus").settings("http://unused");
    let env = |cmd: &mut assert_cmd::Command| {
        cmd.env("CHATDROP_PYRUS_LOGIN", &pyrus["login"]).env("CHATDROP_PYRUS_SECURITY_KEY", &pyrus["security_key"]);
    };
    let mut cmd = t.bare();
    env(&mut cmd);
    let r = run(cmd.args(["auth", "status", "pyrus"]));
    let line = status_line(&r.stdout, "pyrus");
    assert!(
        line.contains("the values of CHATDROP_PYRUS_LOGIN and CHATDROP_PYRUS_SECURITY_KEY are being used"),
        "{line}"
    );
    assert!(line.contains("they override the token in the credentials file"), "{line}");
    let mut cmd = t.bare();
    env(&mut cmd);
    let json = json_lines(&run(cmd.args(["--json", "auth", "status", "pyrus"])).stdout);
    assert_eq!(json[0]["using"], serde_json::json!(["login", "security_key"]));
    assert_eq!(json[0]["overrides"], serde_json::json!(["token"]));

    // --check checks what would be used: a wrong key in the environment is refused, the line
    // names the variable, and the hint is to fix or unset it (a login would change nothing).
    let before = t.requests("pyrus").len();
    let r = run(t
        .bare()
        .env("CHATDROP_PYRUS_LOGIN", &pyrus["login"])
        .env("CHATDROP_PYRUS_SECURITY_KEY", "wrong-key-0123456789")
        .args(["auth", "status", "pyrus", "--check"]));
    assert_eq!(r.code, 4, "{}", r.stderr);
    let line = status_line(&r.stdout, "pyrus");
    assert!(line.contains("CHATDROP_PYRUS_SECURITY_KEY") && line.ends_with("[refused]"), "{line}");
    assert!(t.requests("pyrus").len() > before, "checked live");
    assert!(r.stderr.contains("CHATDROP_PYRUS_SECURITY_KEY") && r.stderr.contains("unset"), "{}", r.stderr);
    assert!(!r.stderr.contains("run `chatdrop login"), "{}", r.stderr);

    // The stored login alone is still accepted.
    let r = run(t.bare().args(["auth", "status", "pyrus", "--check"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(status_line(&r.stdout, "pyrus").ends_with("[accepted]"), "{}", r.stdout);
}

#[test]
fn a_token_from_the_environment_is_named_and_a_refusal_says_to_fix_or_unset_it() {
    let t = TestEnv::new();
    let r = run(t.cmd("protocol").args(["auth", "status", "protocol"]));
    let line = status_line(&r.stdout, "protocol");
    assert!(line.contains("the value of CHATDROP_PROTOCOL_TOKEN is being used"), "{line}");
    // An upload with a wrong token in the environment: exit 4, and no login hint.
    let file = t.file("a.txt", b"a");
    let r =
        run(t.cmd("protocol").env("CHATDROP_PROTOCOL_TOKEN", "wrong-token").args(["protocol", "attach"]).arg(&file));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(
        r.stderr.contains("CHATDROP_PROTOCOL_TOKEN is set in the environment and wins over anything stored"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("chatdrop login"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------------
// 2. A login from the environment stores nothing secret unless asked.

#[test]
fn login_from_the_environment_checks_and_stores_nothing_secret_unless_store() {
    for s in services() {
        let t = TestEnv::new();
        let r = run(t.cmd(s.name).args(["login", s.name, "--no-input"]));
        assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
        assert!(!t.requests(s.name).is_empty(), "{}: the credentials were checked live", s.name);
        assert!(r.stderr.contains("nothing secret was stored"), "{}: {}", s.name, r.stderr);
        assert!(r.stderr.contains("--store") && r.stderr.contains(&s.secret_env()), "{}: {}", s.name, r.stderr);
        let stored = credentials(&t);
        let settings = s.settings(&t.sandbox.base_url());
        for key in s.secret_keys() {
            assert!(!stored.contains(&settings[&key]), "{}: the {key} was stored: {stored}", s.name);
        }
        assert!(!stored.contains("token ="), "{}: no token either: {stored}", s.name);
        // With --store it is kept, as before (Carbonio's password only with --store-password:
        // the token it bought is kept).
        let r = run(t.cmd(s.name).args(["login", s.name, "--no-input", "--store"]));
        assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
        let stored = credentials(&t);
        assert!(stored.contains(&s.secret()) || stored.contains("token = "), "{}: {stored}", s.name);
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Login takes the settings the profile already has.

#[test]
fn carbonio_login_takes_the_url_from_config_toml_or_credentials_toml() {
    let carbonio = service("carbonio");
    for file in ["config.toml", "credentials.toml"] {
        let t = TestEnv::new();
        let settings = carbonio.settings(&t.sandbox.base_url());
        std::fs::create_dir_all(t.config_dir()).unwrap();
        let path = t.config_dir().join(file);
        std::fs::write(&path, format!("[default.carbonio]\nurl = \"{}\"\n", settings["url"])).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        let r = run(t
            .bare()
            .args(["login", "carbonio", "--with-token", "--no-input", "--account", &settings["account"]])
            .write_stdin(format!("{}\n", settings["password"])));
        assert_eq!(r.code, 0, "{file}: {}", r.stderr);
        assert!(!r.stderr.contains("--url"), "{file}: {}", r.stderr);
        assert!(credentials(&t).contains("token = "), "{file}: typed in, so stored: {}", credentials(&t));
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Missing credentials are exit 4 everywhere, `login --no-input` included.

#[test]
fn missing_credentials_are_exit_4_in_every_login_and_upload() {
    for s in services() {
        let t = TestEnv::new();
        let r = run(t.bare().args(["login", s.name, "--no-input"]));
        assert_eq!(r.code, 4, "{}: {}", s.name, r.stderr);
        let prefix = format!("CHATDROP_{}_", s.name.to_ascii_uppercase());
        assert!(r.stderr.contains(&format!("chatdrop login {}", s.name)), "{}: {}", s.name, r.stderr);
        assert!(r.stderr.contains(&prefix), "{}: {}", s.name, r.stderr);
        assert!(t.sandbox.requests().is_empty(), "{}", s.name);

        // Everything but the credentials (where to send, Connect's conference, ...).
        let file = t.file("a.png", &s.content("a"));
        let in_a_set = |key: &str| s.kind().credential_sets().iter().any(|set| set.iter().any(|k| k.name() == key));
        let others = s.settings(&t.sandbox.base_url()).into_iter().filter(|(k, _)| !in_a_set(k));
        let r = run(t.bare().envs(others.map(|(k, v)| (env_var(s.name, &k), v))).args(s.upload).arg(&file));
        assert_eq!(r.code, 4, "{}: {}", s.name, r.stderr);
        assert!(r.stderr.contains(&format!("chatdrop login {}", s.name)), "{}: {}", s.name, r.stderr);
        assert!(r.stderr.contains(&prefix), "{}: {}", s.name, r.stderr);
        assert!(t.sandbox.requests().is_empty(), "{}", s.name);
    }
}

// ---------------------------------------------------------------------------------------------
// 9. `auth status` on a terminal fits 100 columns.

#[test]
fn auth_status_on_a_terminal_keeps_within_100_columns() {
    let t = TestEnv::new();
    // Stored logins (paths in every source) and the environment of every service on top.
    for s in services() {
        assert_eq!(run(t.cmd(s.name).args(["login", s.name, "--no-input", "--store"])).code, 0, "{}", s.name);
    }
    let env: Vec<(&str, String)> = vec![("COLUMNS", "100".into())];
    let Some((ok, screen)) = on_terminal_answering(&t, Some("pyrus"), &env, &["auth", "status"], &[]) else {
        return;
    };
    assert!(ok, "{screen}");
    for line in screen.lines().filter(|l| !l.starts_with("Script ")) {
        assert!(line.chars().count() <= 100, "{} columns: {line}", line.chars().count());
    }
    let path = t.config_dir().join("credentials.toml").display().to_string();
    assert_eq!(screen.matches(&path).count(), 1, "the path once: {screen}");
    for s in services() {
        assert_eq!(screen.lines().filter(|l| l.starts_with(&format!("{} ", s.name))).count(), 1, "{screen}");
    }
    assert!(status_line(&screen, "pyrus").contains("env CHATDROP_PYRUS_LOGIN"), "{screen}");
}

// ---------------------------------------------------------------------------------------------
// 5. Names wherever ids are taken.

/// The id of each record a plain upload printed (its first column), in input order.
fn ids(stdout: &str) -> Vec<String> {
    stdout.lines().map(|l| l.split('\t').next().unwrap_or_default().to_string()).collect()
}

#[test]
fn carbonio_download_info_and_delete_take_a_file_name_in_a_room() {
    use chatdrop::sandbox::carbonio::DESIGN_ROOM;
    let t = TestEnv::new();
    let notes = t.file("notes.txt", b"the notes\n");
    let dup_a = t.file("a/dup.txt", b"first dup\n");
    let dup_b = t.file("b/dup.txt", b"second dup\n");
    let r = run(t.cmd("carbonio").args(["carbonio", "attach", "--room", DESIGN_ROOM]).args([&notes, &dup_a, &dup_b]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sent = ids(&r.stdout);
    let room = "design review";

    // download NAME --room ROOM (-o -): the right bytes.
    let r = run(t.cmd("carbonio").args(["carbonio", "download", "notes.txt", "--room", room, "-o", "-"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "the notes\n");
    // info NAME: the attachment's id.
    let r = run(t.cmd("carbonio").args(["carbonio", "info", "NOTES.txt", "--room", room]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(&format!("id:       {}", sent[0])), "{}", r.stdout);

    // Two attachments of that name: exit 2 listing both ids, nothing fetched.
    let before = t.requests("carbonio").iter().filter(|q| q.path.ends_with("/download")).count();
    let r = run(t.cmd("carbonio").args(["carbonio", "download", "dup.txt", "--room", room, "-o", "-"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("2 attachments are named \"dup.txt\""), "{}", r.stderr);
    assert!(r.stderr.contains(&sent[1]) && r.stderr.contains(&sent[2]), "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_eq!(t.requests("carbonio").iter().filter(|q| q.path.ends_with("/download")).count(), before);
    // No such name: the closest names, as every name lookup says it.
    let r = run(t.cmd("carbonio").args(["carbonio", "info", "ntoes.txt", "--room", room]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no attachment named \"ntoes.txt\""), "{}", r.stderr);
    assert!(r.stderr.contains("the closest: \"notes.txt\""), "{}", r.stderr);

    // delete NAME --room ROOM --yes: that one, by its id.
    let r = run(t.cmd("carbonio").args(["carbonio", "delete", "notes.txt", "--room", room, "--yes"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let deletes: Vec<Recorded> = t.requests("carbonio").into_iter().filter(|q| q.method == "DELETE").collect();
    assert_eq!(deletes.len(), 1);
    assert!(deletes[0].path.ends_with(&sent[0]), "{}", deletes[0].path);
    assert!(t.sandbox.state.carbonio.attachment(&sent[0]).is_none());
    assert!(t.sandbox.state.carbonio.attachment(&sent[1]).is_some());
}

#[test]
fn protocol_get_rename_and_delete_take_a_file_name_in_a_conversation() {
    use chatdrop::sandbox::protocol::CONVERSATION;
    let t = TestEnv::new();
    let invoice = t.file("invoice.pdf", b"%PDF invoice\n");
    let r = run(t.cmd("protocol").args(["protocol", "attach", "--conversation", CONVERSATION]).arg(&invoice));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let id = ids(&r.stdout)[0].clone();

    let r = run(t.cmd("protocol").args(["protocol", "get", "invoice.pdf", "--conversation", CONVERSATION]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(&format!("id          {id}")), "{}", r.stdout);
    let r = run(t.cmd("protocol").args(["protocol", "rename", "Invoice.PDF", "paid.pdf"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.protocol.attachment(&id).unwrap().filename, "paid.pdf");
    let r = run(t.cmd("protocol").args(["protocol", "get", "invoice.pdf"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no attachment named \"invoice.pdf\""), "{}", r.stderr);
    let r = run(t.cmd("protocol").args(["protocol", "delete", "paid.pdf", "--conversation", CONVERSATION, "--yes"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(t.sandbox.state.protocol.attachment(&id).is_none());
}

// ---------------------------------------------------------------------------------------------
// 6. `protocol download`.

#[test]
fn protocol_download_saves_from_file_url_with_the_shared_rules_and_record() {
    let t = TestEnv::new();
    let body = b"Protocol bytes \xd0\x9f\n".to_vec();
    let src = t.file("Отчёт.txt", &body);
    let r = run(t.cmd("protocol").args(["protocol", "attach"]).arg(&src));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let id = ids(&r.stdout)[0].clone();

    // -o DIR: saved under its name, the path on stdout, the bytes fetched from file_url.
    let out = t.dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let r = run(t.cmd("protocol").args(["protocol", "download", &id, "-o"]).arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let saved = out.join("Отчёт.txt");
    assert_eq!(r.stdout.trim(), saved.display().to_string());
    assert_eq!(std::fs::read(&saved).unwrap(), body);
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 1, "no temporary file left behind");
    let fetched: Vec<Recorded> =
        t.requests("protocol").into_iter().filter(|q| q.method == "GET" && q.path.contains("/files/")).collect();
    assert_eq!(fetched.len(), 1);
    assert!(fetched[0].path.starts_with(&format!("/protocol/files/{id}/")), "{}", fetched[0].path);
    // No overwrite without --force (as every download); with it, replaced.
    let r = run(t.cmd("protocol").args(["protocol", "download", &id, "-o"]).arg(&out));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("--force"), "{}", r.stderr);
    std::fs::write(&saved, b"old").unwrap();
    let r = run(t.cmd("protocol").args(["protocol", "download", &id, "--force", "-o"]).arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::read(&saved).unwrap(), body);
    // -o -: the bytes on stdout; by name too.
    let out = t.cmd("protocol").args(["protocol", "download", "отчёт.txt", "-o", "-"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.stdout, body);

    // The record has the shape of every download (Carbonio's here).
    let file = t.dir.path().join("p.txt");
    let r = run(t.cmd("protocol").args(["--json", "protocol", "download", &id, "-o"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let protocol = json_lines(&r.stdout).remove(0);
    assert_record(&protocol, "protocol", "download", "done");
    let c = t.file("c.txt", b"carbonio\n");
    let r = run(t.cmd("carbonio").args(["carbonio", "attach"]).arg(&c));
    let cid = ids(&r.stdout)[0].clone();
    let cfile = t.dir.path().join("c-out.txt");
    let r = run(t.cmd("carbonio").args(["--json", "carbonio", "download", &cid, "-o"]).arg(&cfile));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let carbonio = json_lines(&r.stdout).remove(0);
    let keys = |v: &serde_json::Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&protocol), keys(&carbonio));
    assert_eq!(protocol["path"], file.display().to_string());

    // An unknown id: not found, as other not-found errors (exit 1), nothing saved.
    let r = run(t.cmd("protocol").args(["protocol", "download", "NoSuchAttachment1", "-o", "-"]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("no attachment NoSuchAttachment1"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------------
// 7. `pyrus upload --task N` checks the task before uploading anything.

#[test]
fn pyrus_upload_to_a_missing_task_uploads_nothing() {
    use chatdrop::sandbox::pyrus::MISSING_TASK;
    let t = TestEnv::new();
    let file = t.file("a.txt", b"for a task\n");
    let missing = MISSING_TASK.to_string();
    let r = run(t.cmd("pyrus").args(["pyrus", "upload", "--task", &missing]).arg(&file));
    assert_eq!(r.code, 1, "not found, as other not-found errors: {}", r.stderr);
    assert!(r.stderr.contains(&format!("no task {missing}")) && r.stderr.contains("Task not found."), "{}", r.stderr);
    assert!(r.stderr.contains("check the task id"), "{}", r.stderr);
    assert!(t.uploads("pyrus").is_empty(), "no orphan upload");
    let asked: Vec<Recorded> = t.requests("pyrus").into_iter().filter(|q| q.path.contains("/tasks/")).collect();
    assert_eq!(asked.len(), 1, "one question, no comment");
    assert_eq!((asked[0].method.as_str(), asked[0].status), ("GET", 404));
    assert!(asked[0].path.ends_with(&format!("/api/v4/tasks/{missing}")), "{}", asked[0].path);
    // With --json the failure is a record.
    let r = run(t.cmd("pyrus").args(["--json", "pyrus", "upload", "--task", &missing]).arg(&file));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let record = json_lines(&r.stdout).pop().expect("a failure record");
    assert_eq!(record["ok"], false);
    assert_eq!(record["exit_code"], 1);
    assert!(t.uploads("pyrus").is_empty());

    // A task that is there: asked once, then the upload and the comment.
    let r = run(t.cmd("pyrus").args(["pyrus", "upload", "--task", "42"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let order: Vec<String> = t
        .requests("pyrus")
        .into_iter()
        .filter(|q| q.status < 300 && !q.path.ends_with("/auth"))
        .map(|q| format!("{} {}", q.method, q.path.rsplit("/v4/").next().unwrap_or_default()))
        .collect();
    assert_eq!(order, ["GET tasks/42", "POST files/upload", "POST tasks/42/comments"]);
    assert_eq!(t.sandbox.state.pyrus.comments(42).len(), 1);
}

// ---------------------------------------------------------------------------------------------
// 8. `--room <TAB>` completes room names from the last listing, never from the network.

#[test]
fn room_names_complete_from_the_last_listing_without_a_request() {
    let t = TestEnv::new();
    // No listing yet: nothing offered, exit 0, nothing sent.
    let r = run(t.cmd("carbonio").args(["__complete", "rooms"]));
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    assert!(t.sandbox.requests().is_empty());

    let r = run(t.cmd("carbonio").args(["carbonio", "rooms"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sent = t.sandbox.requests().len();
    let r = run(t.cmd("carbonio").args(["__complete", "rooms"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let names: Vec<&str> = r.stdout.lines().collect();
    assert!(names.contains(&"Design Review"), "{}", r.stdout);
    assert_eq!(t.sandbox.requests().len(), sent, "completion sends nothing");
    // Another profile has its own listing (none yet).
    let r = run(t.cmd("carbonio").env("CHATDROP_PROFILE", "work").args(["__complete", "rooms"]));
    assert_eq!(r.stdout, "");
    // Connect's lines and Protocol's conversations likewise.
    assert_eq!(run(t.cmd("connect").args(["connect", "lines"])).code, 0);
    let r = run(t.bare().args(["__complete", "lines"]));
    assert!(r.stdout.contains(chatdrop::sandbox::connect::LINE_NAME), "{}", r.stdout);
    assert_eq!(run(t.cmd("protocol").args(["protocol", "conversations"])).code, 0);
    let r = run(t.bare().args(["__complete", "conversations"]));
    assert!(r.stdout.contains(chatdrop::sandbox::protocol::CONVERSATION), "{}", r.stdout);

    // The bash script offers them after --room (bash runs the script as a shell would).
    if std::process::Command::new("bash").arg("--version").output().is_err() {
        eprintln!("note: bash is not installed; the bash completion run is skipped");
        return;
    }
    let script = t.dir.path().join("chatdrop.bash");
    let out = t.bare().args(["completions", "bash"]).output().unwrap();
    std::fs::write(&script, out.stdout).unwrap();
    let bin = binary().parent().unwrap().to_path_buf();
    let probe = format!(
        "source '{}'; COMP_WORDS=(chatdrop carbonio attach --room Des); COMP_CWORD=4; \
         _chatdrop chatdrop Des --room; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display()
    );
    let sent = t.sandbox.requests().len();
    let r = run(assert_cmd::Command::from_std(t.hermetic("bash", None))
        .env("PATH", format!("{}:/usr/bin:/bin", bin.display()))
        .args(["-c", &probe]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "Design Review\n");
    assert_eq!(t.sandbox.requests().len(), sent, "completion sends nothing");
}
