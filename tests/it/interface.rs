//! One interface for five services (README "Output" and "Everyday use"): the same record
//! shape for every service and action, the same plain-line shape, the same verbs (aliases),
//! the same rule for deletes, and help that starts with the command's own options.

use crate::common::*;

#[test]
fn every_service_reports_a_success_and_a_server_failure_with_the_core_keys() {
    for s in services() {
        let t = TestEnv::new();
        let file = t.file("good.png", &s.content("good"));
        let r = run(t.cmd(s.name).arg("--json").args(s.upload).arg(&file));
        assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
        let records = json_lines(&r.stdout);
        let sent = assert_record(&records[0], s.name, s.action, "sent");
        assert_eq!(sent["name"], "good.png");
        assert_eq!(sent["path"], file.display().to_string());
        assert_eq!(sent["size"], s.content("good").len());
        if s.answers_id {
            assert!(sent["id"].as_str().is_some_and(|id| !id.is_empty()), "{sent}");
        } else {
            // 1C-Connect answers a send with no id.
            assert!(sent["id"].is_null(), "{sent}");
        }

        // The server refuses the upload: the record says so, with the exit code of the run.
        t.sandbox.inject(Fault::status(s.upload_path, 400).times(5));
        let r = run(t.cmd(s.name).args(["--json", "--retries", "0"]).args(s.upload).arg(&file));
        assert_ne!(r.code, 0, "{}", s.name);
        let records = json_lines(&r.stdout);
        assert_eq!(records.len(), 1, "{}: {}", s.name, r.stdout);
        let failed = assert_record(&records[0], s.name, s.action, "failed");
        assert_eq!(failed["exit_code"], r.code, "{}: {failed}", s.name);
        assert_eq!(failed["name"], "good.png");
    }
}

#[test]
fn the_plain_line_is_id_then_name_for_every_service() {
    for s in services() {
        let t = TestEnv::new();
        let a = t.file("a.png", &s.content("a"));
        let b = t.file("b b.png", &s.content("b"));
        let r = run(t.cmd(s.name).args(s.upload).arg(&a).arg(&b));
        assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
        let mut lines: Vec<Vec<&str>> = r.stdout.lines().map(|l| l.split('\t').collect()).collect();
        lines.sort_by_key(|fields| fields.last().copied());
        assert_eq!(lines.len(), 2, "{}: one line per file:\n{}", s.name, r.stdout);
        assert_eq!(lines[0].last(), Some(&"a.png"), "{}", r.stdout);
        assert_eq!(lines[1].last(), Some(&"b b.png"), "{}", r.stdout);
        for fields in &lines {
            assert!(fields.len() >= 2, "{}: {fields:?}", s.name);
            if !s.answers_id {
                assert_eq!(fields[0], "-", "no id from {}", s.name);
            } else {
                assert!(!fields[0].is_empty() && fields[0] != "-", "{}: {fields:?}", s.name);
            }
        }
    }
}

#[test]
fn pyrus_task_comment_is_a_record_of_its_own() {
    let t = TestEnv::new();
    std::fs::create_dir_all(t.config_dir()).unwrap();
    // The task comes from the profile: --comment uses it as plain uploads do.
    std::fs::write(t.config_dir().join("config.toml"), "[default.pyrus]\ntask = \"42\"\n").unwrap();
    let a = t.file("a.txt", b"one");
    let r = run(t.cmd("pyrus").args(["--json", "pyrus", "upload", "--comment", "Build #8"]).arg(&a));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let records = json_lines(&r.stdout);
    assert_eq!(records.len(), 2, "{}", r.stdout);
    let upload = assert_record(&records[0], "pyrus", "upload", "sent");
    let comment = assert_record(&records[1], "pyrus", "comment", "done");
    assert_eq!(comment["task_id"], 42);
    assert_eq!(comment["attachments"][0], upload["guid"]);
    assert_eq!(comment["id"], comment["comment_id"].to_string().as_str());
    let comments: Vec<Recorded> = t.requests("pyrus").into_iter().filter(|r| r.path.ends_with("/comments")).collect();
    assert_eq!(comments.len(), 1);
    assert_eq!(comments[0].path, "/pyrus/api/v4/tasks/42/comments");
    assert_eq!(comments[0].body_json()["text"], "Build #8");

    // No task anywhere: --comment is a usage error before anything is sent.
    let t = TestEnv::new();
    let r = run(t.cmd("pyrus").args(["pyrus", "upload", "--comment", "hi"]).arg(t.file("a.txt", b"x")));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--task") && r.stderr.contains("CHATDROP_PYRUS_TASK"), "{}", r.stderr);
    assert!(t.requests("pyrus").is_empty());
}

#[test]
fn the_same_verbs_work_for_every_service_that_has_the_action() {
    let t = TestEnv::new();
    let file = t.file("v.txt", b"verbs");
    for svc in ["carbonio", "protocol"] {
        let r = run(t.cmd(svc).args(["--json", svc, "upload"]).arg(&file));
        assert_eq!(r.code, 0, "{svc} upload: {}", r.stderr);
        let id = json_lines(&r.stdout)[0]["id"].as_str().unwrap().to_string();
        for verb in ["list", "ls"] {
            let r = run(t.cmd(svc).args([svc, verb]));
            assert_eq!(r.code, 0, "{svc} {verb}: {}", r.stderr);
            assert!(r.stdout.contains(&id), "{svc} {verb}: {}", r.stdout);
        }
        for verb in ["get", "info"] {
            let r = run(t.cmd(svc).args(["--json", svc, verb, &id]));
            assert_eq!(r.code, 0, "{svc} {verb}: {}", r.stderr);
            assert_record(&json_lines(&r.stdout)[0], svc, if svc == "carbonio" { "info" } else { "get" }, "done");
        }
        let r = run(t.cmd(svc).args(["--json", svc, "rm", "--yes", &id]));
        assert_eq!(r.code, 0, "{svc} rm: {}", r.stderr);
        assert_eq!(assert_record(&json_lines(&r.stdout)[0], svc, "delete", "done")["id"], id.as_str());
    }
    let r = run(t.cmd("connect").args(["connect", "upload"]).arg(&file));
    assert_eq!(r.code, 0, "connect upload = send-file: {}", r.stderr);
    let r = run(t.cmd("ok").args(["ok", "upload"]).arg(t.file("m.png", &png(2, 2, "m", 0))));
    assert_eq!(r.code, 0, "ok upload = moment: {}", r.stderr);

    // gh habits: `auth login|logout|status`.
    let url = format!("{}/protocol", t.sandbox.base_url());
    let token = format!("{}\n", chatdrop::sandbox::protocol::TOKEN);
    let r = run(t.bare().args(["auth", "login", "protocol", "--with-token", "--url", &url]).write_stdin(token));
    assert_eq!(r.code, 0, "auth login: {}", r.stderr);
    let r = run(t.bare().args(["auth", "status", "protocol"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = run(t.bare().args(["auth", "logout", "protocol"]));
    assert_eq!(r.code, 0, "auth logout: {}", r.stderr);
}

#[test]
fn an_unknown_verb_suggests_the_right_one() {
    let t = TestEnv::new();
    let r = run(t.bare().args(["carbonio", "send", "x"]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("`send` is called `chatdrop carbonio attach` here"), "{}", r.stderr);
    let r = run(t.bare().args(["pyrus", "ls"]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("the commands of `chatdrop pyrus` are: upload, download"), "{}", r.stderr);
    let r = run(t.bare().args(["pyrus", "uplod", "x"]));
    assert!(r.stderr.contains("'upload'"), "clap's own suggestion stays: {}", r.stderr);
}

#[test]
fn deletes_ask_on_a_terminal_and_refuse_without_one_for_every_service() {
    let t = TestEnv::new();
    let deletable: Vec<(Service, Deletable)> = services().into_iter().filter_map(|s| Some((s, s.delete?))).collect();
    assert!(deletable.len() >= 2, "the services with a delete command: {}", deletable.len());
    for (s, delete) in deletable {
        let (svc, id) = (s.name, &(delete.seed)(&t.sandbox.state));
        let r = run(t.cmd(svc).args([svc, "delete", id]));
        assert_eq!(r.code, 2, "{svc}: {}", r.stderr);
        assert!(r.stderr.contains("pass --yes"), "{svc}: {}", r.stderr);
        // On a terminal the question names the attachment; `n` keeps it, `y` deletes it.
        let Some(screen) = on_terminal(&t, svc, &[svc, "delete", id], Some(("[y/N]", "n"))) else { return };
        assert!(screen.contains("for good?") && screen.contains(id.as_str()), "{svc}: {screen}");
        assert!(t.requests(svc).iter().all(|r| r.method != "DELETE"), "{svc}: kept after `n`");
        on_terminal(&t, svc, &[svc, "delete", id], Some(("[y/N]", "y")));
        assert_eq!(t.requests(svc).iter().filter(|r| r.method == "DELETE").count(), 1, "{svc}: deleted after `y`");
        assert!(!(delete.exists)(&t.sandbox.state, id), "{svc}: gone");
    }
}

#[test]
fn help_starts_with_the_commands_own_options_and_points_to_the_global_ones() {
    let t = TestEnv::new();
    let r = run(t.bare().args(["pyrus", "upload", "--help"]));
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("--task <ID>") && r.stdout.contains("Examples:"), "{}", r.stdout);
    assert!(!r.stdout.contains("--profile <NAME>"), "global options collapsed: {}", r.stdout);
    let words = r.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("work here too: see `chatdrop --help`"), "{}", r.stdout);
    let r = run(t.bare().arg("--help"));
    assert!(r.stdout.contains("--profile <NAME>") && r.stdout.contains("--stall-timeout"), "{}", r.stdout);
    let words = r.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("Try it without any account: `chatdrop --sandbox pyrus upload FILE`"), "{}", r.stdout);
    // Bare `chatdrop` shows the way to try it without an account.
    let r = run(&mut t.bare());
    assert_eq!(r.code, 2);
    let words = r.stderr.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(words.contains("`chatdrop --sandbox pyrus upload FILE`"), "{}", r.stderr);
    // -V at the top only.
    assert_eq!(run(t.bare().arg("-V")).code, 0);
    assert_eq!(run(t.bare().args(["pyrus", "-V"])).code, 2);
    // send-file goes to lines only: no --conference to ignore.
    let r = run(t.bare().args(["connect", "send-file", "--conference", "x", "f"]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--conference"), "{}", r.stderr);
}

#[test]
fn spooling_a_slow_stdin_says_how_much_was_read_so_far() {
    use std::io::Write;
    let t = TestEnv::new();
    let mut child = t
        .spawnable("pyrus")
        .env("CHATDROP_PROGRESS_INTERVAL", "0.05")
        .args(["pyrus", "upload", "-", "--name", "slow.txt"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for _ in 0..4 {
        stdin.write_all(&[b'x'; 64 * 1024]).unwrap();
        stdin.flush().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(150));
    }
    drop(stdin);
    let r = Run::from_output(child.wait_with_output().unwrap());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("reading stdin: ") && r.stderr.contains(" so far"), "{}", r.stderr);
    assert!(r.stdout.ends_with("\tslow.txt\n"), "{}", r.stdout);
    assert_eq!(t.uploads("pyrus")[0].parts[0].size, 4 * 64 * 1024);
}

/// Hints that name a login command are written by the command layer, which knows the profile
/// in use: with `--profile work` they name `chatdrop login SERVICE --profile work` (OK.ru's
/// refused signature, Protocol's refused token); without it their words are as before.
#[test]
fn login_hints_of_adapter_failures_name_the_profile_in_use() {
    let t = TestEnv::new();
    let image = t.file("a.png", &png(2, 2, "1", 0));
    let ok = |profile: &[&str]| {
        run(t
            .cmd("ok")
            .env("CHATDROP_OK_APPLICATION_SECRET_KEY", "not-the-secret")
            .args(profile)
            .args(["ok", "moment"])
            .arg(&image))
    };
    let r = ok(&["--profile", "work"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "  hint: the application_secret_key (or session_secret_key) does not belong to this application_key and access_token; check it, or run `chatdrop login ok --profile work`, or set CHATDROP_OK_ACCESS_TOKEN and CHATDROP_OK_APPLICATION_SECRET_KEY (or CHATDROP_OK_SESSION_SECRET_KEY)"
        ),
        "{}",
        r.stderr
    );
    let r = ok(&[]);
    assert!(r.stderr.contains("check it, or run `chatdrop login ok`, or set"), "{}", r.stderr);

    let file = t.file("a.txt", b"plain text");
    let protocol = |profile: &[&str]| {
        run(t
            .cmd("protocol")
            .env("CHATDROP_PROTOCOL_TOKEN", "wrong-token")
            .args(["--json"])
            .args(profile)
            .args(["protocol", "attach"])
            .arg(&file))
    };
    let r = protocol(&["--profile", "work"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    let records = json_lines(&r.stdout);
    assert_eq!(
        records[0]["hint"],
        "the token is wrong, expired or revoked: run `chatdrop login protocol --profile work`, or set CHATDROP_PROTOCOL_TOKEN"
    );
    let records = json_lines(&protocol(&[]).stdout);
    assert_eq!(
        records[0]["hint"],
        "the token is wrong, expired or revoked: run `chatdrop login protocol`, or set CHATDROP_PROTOCOL_TOKEN"
    );
}
