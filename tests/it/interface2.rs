//! One interface, round two (#23): what a new user still tripped over in the shared flows.
//! Each test runs the binary as a user would and checks stdout, stderr, the exit code and
//! what the fakes received: `history -0` and `--files-from` (byte-exact paths), a skip under
//! another name, typos in config.toml and in `--profile`, `--json` failures before the first
//! file, one shape for every record and list, one summary line, prompts that decline, pipes
//! that close, stdin that needs a name, and flags given in the wrong place.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use crate::common::*;
use chatdrop::sandbox::carbonio::{DESIGN_ROOM, ROOM as CARBONIO_ROOM, USER_ID as CARBONIO_USER};

/// The journal every test here names (the default one would do; a named one is easier to read).
fn journal(t: &TestEnv) -> PathBuf {
    t.dir.path().join("journal.jsonl")
}

/// A file whose name is given as raw bytes (it may not be UTF-8).
#[cfg(unix)]
fn raw_file(t: &TestEnv, name: &[u8], bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    let dir = t.dir.path().join("files");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(OsStr::from_bytes(name));
    std::fs::write(&path, bytes).unwrap();
    path
}

/// The MD5s of every file part the service received.
fn received_md5s(t: &TestEnv, svc: &str) -> Vec<String> {
    t.uploads(svc).iter().flat_map(|r| r.parts.iter().filter(|p| p.size > 0).map(|p| p.md5.clone())).collect()
}

// ---------------------------------------------------------------------------------------------
// history -0 and --files-from: a retry that sends exactly what failed, byte for byte.

#[cfg(unix)]
#[test]
fn failed_files_go_back_through_history_0_and_files_from_byte_for_byte() {
    use std::os::unix::ffi::OsStrExt;
    let t = TestEnv::new();
    let j = journal(&t);
    // A name that is not UTF-8, one with a line break and a tab, one with spaces and Cyrillic.
    let latin1 = raw_file(&t, b"caf\xe9.txt", b"latin-1 name\n");
    let broken = raw_file(&t, b"two\nlines\tand tab.txt", b"line break name\n");
    let spaced = t.file("Отчёт Q3 (final).txt", b"spaced name\n");
    // Protocol refuses all three (400, not retried); Pyrus takes the same files fine.
    t.sandbox.inject(Fault::status("/v1/attachments", 400).times(3));
    let r =
        run(t.cmd("protocol").args(["protocol", "attach", "--journal"]).arg(&j).arg(&latin1).arg(&broken).arg(&spaced));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let r = run(t.cmd("pyrus").args(["pyrus", "upload", "--journal"]).arg(&j).arg(&spaced));
    assert_eq!(r.code, 0, "{}", r.stderr);

    // The plain rows escape the tab and the line break: one row per record, never a forged one.
    let r = run(t.bare().args(["history", "--journal"]).arg(&j));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 4, "{}", r.stdout);
    assert!(r.stdout.contains("two\\u{a}lines\\u{9}and tab.txt"), "{}", r.stdout);

    // -0: Protocol's failures only, each path's exact bytes and a NUL.
    let out = t
        .bare()
        .args(["history", "--service", "protocol", "--target", "xgQQXg3hrtjh7AvZ", "--failed", "-0", "--journal"])
        .arg(&j)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut listed: Vec<&[u8]> = out.stdout.split(|b| *b == 0).filter(|p| !p.is_empty()).collect();
    listed.sort();
    let mut expected: Vec<&[u8]> =
        [&latin1, &broken, &spaced].iter().map(|p| p.as_os_str().as_bytes()).collect::<Vec<_>>();
    expected.sort();
    assert_eq!(listed, expected, "the exact bytes, NUL-terminated");
    assert_eq!(out.stdout.last(), Some(&0));

    // Fed back into Protocol with --files-from -: the three files go, and only them.
    let before = t.uploads("protocol").len();
    let r = run(t
        .cmd("protocol")
        .args(["protocol", "attach", "--files-from", "-", "--journal"])
        .arg(&j)
        .write_stdin(out.stdout));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 3, "{}", r.stdout);
    assert_eq!(t.uploads("protocol").len() - before, 3);
    let names: Vec<String> = t.sandbox.state.protocol.attachments().iter().map(|a| a.filename.clone()).collect();
    assert!(names.contains(&"Отчёт Q3 (final).txt".to_string()), "{names:?}");
    assert!(names.iter().any(|n| n.starts_with("caf")), "the non-UTF-8 file opened and went: {names:?}");
    // Nothing failed there any more.
    let r = run(t.bare().args(["history", "--service", "protocol", "--failed", "--paths", "--journal"]).arg(&j));
    assert_eq!(r.stdout, "", "{}", r.stdout);
}

#[test]
fn files_from_takes_lines_or_nul_records_beside_the_arguments_for_every_service() {
    for s in services() {
        let t = TestEnv::new();
        let a = t.file("a.png", &s.content("a"));
        let b = t.file("with space.png", &s.content("b"));
        let c = t.file("c.png", &s.content("c"));
        let list = t.dir.path().join("list.txt");
        std::fs::write(&list, format!("{}\n\n{}\n", b.display(), c.display())).unwrap();
        // A file argument and a newline list: three files, the argument first.
        let r = run(t.cmd(s.name).args(s.upload).arg(&a).arg("--files-from").arg(&list));
        assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
        assert_eq!(r.stdout.lines().count(), 3, "{}: {}", s.name, r.stdout);
        assert!(r.stdout.lines().next().unwrap().ends_with("a.png"), "{}: input order: {}", s.name, r.stdout);
        let got = received_md5s(&t, s.name);
        for f in [&a, &b, &c] {
            assert!(got.contains(&md5_file(f)), "{}: {} was sent", s.name, f.display());
        }
        // NUL-terminated from stdin.
        let before = t.uploads(s.name).len();
        let nul = format!("{}\0{}\0", b.display(), c.display());
        let r = run(t.cmd(s.name).args(s.upload).args(["--files-from", "-"]).write_stdin(nul));
        assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
        assert_eq!(t.uploads(s.name).len() - before, 2, "{}", s.name);
    }
}

#[test]
fn a_files_from_list_that_is_missing_empty_or_clashes_with_stdin_sends_nothing() {
    let t = TestEnv::new();
    let missing = t.dir.path().join("no-such-list");
    let r = run(t.cmd("pyrus").args(["pyrus", "upload", "--files-from"]).arg(&missing));
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert_one_cause(&r, "cannot read the file list");
    assert!(r.stderr.contains("no such file"), "{}", r.stderr);
    // An empty list is not "nothing failed": exit 2, said so.
    let r = run(t.cmd("pyrus").args(["pyrus", "upload", "--files-from", "-"]).write_stdin(""));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "no files to send: the file list stdin is empty");
    // `-` and --files-from - both want stdin.
    let r = run(t.cmd("pyrus").args(["pyrus", "upload", "-", "--name", "x.txt", "--files-from", "-"]).write_stdin("x"));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "`-` and --files-from - both read stdin");
    // A missing file in the list is refused like any file argument, before anything is sent.
    let good = t.file("good.txt", b"good");
    let list = format!("{}\n{}\n", good.display(), t.dir.path().join("gone.txt").display());
    let r = run(t.cmd("pyrus").args(["pyrus", "upload", "--files-from", "-"]).write_stdin(list));
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("no such file") && r.stderr.contains("gone.txt"), "{}", r.stderr);
    assert!(t.requests("pyrus").is_empty(), "nothing was sent");
    // Without files or a list, clap says what is missing.
    let r = run(t.cmd("pyrus").args(["pyrus", "upload"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
}

#[test]
fn history_help_examples_name_a_service_and_a_target_and_show_print0() {
    let t = TestEnv::new();
    let r = run(t.bare().args(["history", "--help"]));
    assert_eq!(r.code, 0);
    assert!(r.stdout.contains("-0, --print0"), "{}", r.stdout);
    let examples: Vec<&str> = r.stdout.lines().filter(|l| l.trim_start().starts_with("chatdrop history")).collect();
    assert!(examples.len() >= 4, "{}", r.stdout);
    for example in examples {
        assert!(example.contains("--service ") && example.contains("--target "), "every example filters: {example}");
        if example.contains("| ") && example.contains("--failed") {
            assert!(example.contains("-0"), "a retry passes NUL-separated paths: {example}");
        }
    }
    // Every upload command says how to read its file list.
    for s in services() {
        let r = run(t.bare().args(s.upload).arg("--help"));
        assert!(r.stdout.contains("--files-from <FILE|->"), "{}: {}", s.name, r.stdout);
    }
}

#[test]
fn history_with_a_journal_that_does_not_exist_is_a_usage_error() {
    let t = TestEnv::new();
    let gone = t.dir.path().join("ci-cache/journal.jsonl");
    let r = run(t.bare().args(["history", "--failed", "--paths", "--journal"]).arg(&gone));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    assert_one_cause(&r, &format!("no journal at {}", gone.display()));
    // The variable names it on purpose too.
    let r = run(t.bare().env("CHATDROP_JOURNAL", &gone).args(["history"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!r.stderr.contains("no records match"), "{}", r.stderr);
    // The default journal not there yet: nothing recorded, not an error.
    let r = run(t.bare().arg("history"));
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn history_has_a_header_on_a_terminal_and_tab_separated_bytes_off_one() {
    let t = TestEnv::new();
    let j = journal(&t);
    let file = t.file("k.txt", &[b'k'; 2000]);
    assert_eq!(run(t.cmd("pyrus").args(["pyrus", "upload", "--journal"]).arg(&j).arg(&file)).code, 0);
    let r = run(t.bare().args(["history", "--journal"]).arg(&j));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let fields: Vec<&str> = r.stdout.trim_end().split('\t').collect();
    assert_eq!(fields.len(), 7, "{}", r.stdout);
    assert_eq!(&fields[1..3], ["sent", "pyrus"]);
    assert_eq!(fields[4], "2000", "bytes off a terminal");
    assert_eq!(fields[5], "k.txt");
    assert!(!r.stdout.contains("TIME"), "no header off a terminal");
    let Some(screen) = on_terminal(&t, "pyrus", &["history", "--journal", j.to_str().unwrap()], None) else {
        return;
    };
    let header = screen.lines().find(|l| l.starts_with("TIME")).unwrap_or_else(|| panic!("a header:\n{screen}"));
    for column in ["OUTCOME", "SERVICE", "TARGET", "SIZE", "NAME", "DETAIL"] {
        assert!(header.contains(column), "{header}");
    }
    assert!(screen.contains("1.95 KiB"), "human sizes on a terminal:\n{screen}");
}

#[test]
fn history_target_matches_the_name_the_upload_was_given_as_well_as_the_id() {
    let t = TestEnv::new();
    let j = journal(&t);
    let file = t.file("r.txt", b"review");
    let r =
        run(t.cmd("carbonio").args(["carbonio", "attach", "--room", "Design Review", "--journal"]).arg(&j).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let other = t.file("o.txt", b"other room");
    let r =
        run(t.cmd("carbonio").args(["carbonio", "attach", "--room", CARBONIO_ROOM, "--journal"]).arg(&j).arg(&other));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let paths =
        |target: &str| run(t.bare().args(["history", "--paths", "--target", target, "--journal"]).arg(&j)).stdout;
    assert_eq!(paths("design review"), format!("{}\n", file.display()), "by name, any case");
    assert_eq!(paths(DESIGN_ROOM), format!("{}\n", file.display()), "by id");
    assert_eq!(paths(&DESIGN_ROOM[..8]), format!("{}\n", file.display()), "by part of the id");
    assert_eq!(paths(CARBONIO_ROOM), format!("{}\n", other.display()));
    assert_eq!(paths("Design"), "", "a name matches whole");
}

// ---------------------------------------------------------------------------------------------
// A skip under another name.

#[test]
fn a_skip_names_the_name_the_content_was_sent_under() {
    let t = TestEnv::new();
    let j = journal(&t);
    let first = t.file("Отчёт Q3 (final).txt", b"quarterly numbers\n");
    let again = t.file("report.txt", b"quarterly numbers\n");
    let attach = |file: &Path, json: bool| {
        let mut cmd = t.cmd("carbonio");
        if json {
            cmd.arg("--json");
        }
        run(cmd.args(["carbonio", "attach", "--skip-sent", "--journal"]).arg(&j).arg(file))
    };
    let r = attach(&first, false);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let id = r.stdout.split('\t').next().unwrap().to_string();
    let r = attach(&again, false);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.uploads("carbonio").len(), 1, "not sent again");
    // The file as given (here a full path), and the name it went under.
    let given = format!("skipped {}: already sent as \"Отчёт Q3 (final).txt\" 20", again.display());
    assert!(r.stderr.lines().any(|l| l.starts_with(&given)), "{given}\n{}", r.stderr);
    // The plain line pairs the id with the name the room holds.
    assert_eq!(r.stdout, format!("{id}\tОтчёт Q3 (final).txt\n"));
    let r = attach(&again, true);
    let record = &json_lines(&r.stdout)[0];
    assert_record(record, "carbonio", "attach", "skipped");
    assert_eq!(record["name"], "report.txt");
    assert_eq!(record["sent_as"], "Отчёт Q3 (final).txt");
    assert_eq!(record["id"], id.as_str());
}

// ---------------------------------------------------------------------------------------------
// Typos in config.toml and in --profile.

fn config(t: &TestEnv, text: &str) {
    std::fs::create_dir_all(t.config_dir()).unwrap();
    std::fs::write(t.config_dir().join("config.toml"), text).unwrap();
}

#[test]
fn a_typo_in_config_toml_is_a_usage_error_with_the_closest_name_in_every_command() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"x");
    config(&t, "[default.carbonio]\nrom = \"Ops\"\n");
    for args in [vec!["carbonio", "attach", file.to_str().unwrap()], vec!["auth", "status"], vec!["history"]] {
        let r = run(t.cmd("carbonio").args(&args));
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert_one_cause(&r, "line 2: `rom` is not a setting of carbonio");
        assert!(r.stderr.contains("did you mean `room`?"), "{args:?}: {}", r.stderr);
    }
    assert!(t.requests("carbonio").is_empty(), "nothing sent to the default room");

    config(&t, "[default.carbonoi]\nroom = \"Ops\"\n");
    let r = run(t.cmd("carbonio").args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "line 1: [default.carbonoi] names no service");
    assert!(r.stderr.contains("did you mean `[default.carbonio]`?"), "{}", r.stderr);

    // The one top-level setting, put in a table.
    config(&t, "[default.carbonio]\ncredential_store = \"file\"\n");
    let r = run(t.cmd("carbonio").args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("`credential_store` is a setting of the whole file"), "{}", r.stderr);

    // A key of another service names that service.
    config(&t, "[default.carbonio]\ntask = \"42\"\n");
    let r = run(t.cmd("carbonio").args(["carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("`task` is a setting of pyrus"), "{}", r.stderr);
}

#[test]
fn a_run_setting_in_config_toml_is_explained_not_moved_into_a_table() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"x");
    for text in ["jobs = 8\n", "[default.pyrus]\njobs = 8\n"] {
        config(&t, text);
        let r = run(t.cmd("pyrus").args(["pyrus", "upload"]).arg(&file));
        assert_eq!(r.code, 2, "{text}: {}", r.stderr);
        assert_one_cause(&r, "`jobs` is not read from the file: chatdrop takes it from --jobs N or CHATDROP_JOBS");
        assert!(!r.stderr.contains("[default.pyrus]` with `jobs"), "{}", r.stderr);
    }
    assert!(t.requests("pyrus").is_empty());
}

#[test]
fn a_mistyped_profile_lists_the_profiles_unless_the_environment_has_its_credentials() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"x");
    config(&t, "[work.carbonio]\nroom = \"Ops\"\n\n[default.pyrus]\ntask = \"1\"\n");
    let r = run(t.bare().args(["--profile", "wrok", "carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_one_cause(&r, "no profile `wrok` in");
    assert!(r.stderr.contains("the profiles are `default`, `work`"), "{}", r.stderr);
    assert!(!r.stderr.contains("--profile wrok"), "no login hint that creates the typo: {}", r.stderr);
    let r = run(t.bare().env("CHATDROP_PROFILE", "wrok").args(["auth", "status"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    // A CI profile that lives only in the environment: its whole credentials are there.
    let r = run(t.cmd("carbonio").args(["--profile", "ci", "carbonio", "attach", "--room", CARBONIO_ROOM]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.uploads("carbonio").len(), 1);
    // `login` is how a profile is made: no typo check there.
    let r =
        run(t.bare().args(["--profile", "fresh", "login", "protocol", "--with-token", "--no-input"]).write_stdin(""));
    assert!(!r.stderr.contains("no profile `fresh`"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------------
// --json failures before the first file.

#[test]
fn every_failure_with_json_prints_one_record() {
    let t = TestEnv::new();
    let file = t.file("shot.png", &png(1, 1, "x", 0));
    let check = |r: &Run, service: Option<&str>, action: &str| {
        let records = json_lines(&r.stdout);
        assert_eq!(records.len(), 1, "{}", r.stdout);
        let record = &records[0];
        assert_eq!(record["ok"], false, "{record}");
        assert_eq!(record["status"], "failed", "{record}");
        assert_eq!(record["service"], service.map_or(serde_json::Value::Null, serde_json::Value::from), "{record}");
        assert_eq!(record["action"], action, "{record}");
        assert!(record["error"].as_str().is_some_and(|e| !e.is_empty()), "{record}");
        assert!(record.as_object().unwrap().contains_key("hint"), "{record}");
        assert_eq!(record["exit_code"], r.code, "{record}");
    };
    // An ambiguous room ("Ops" and "OPS"): exit 2 before the first file.
    let r = run(t.cmd("carbonio").args(["--json", "carbonio", "attach", "--room", "ops"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    check(&r, Some("carbonio"), "attach");
    // A download that fails.
    let r = run(t.cmd("pyrus").args(["--json", "pyrus", "download", "00000000-0000-0000-0000-000000000000"]));
    assert_ne!(r.code, 0, "{}", r.stderr);
    check(&r, Some("pyrus"), "download");
    // A list refused on authentication.
    let r = run(t.cmd("protocol").env("CHATDROP_PROTOCOL_TOKEN", "wrong-token").args([
        "--json",
        "protocol",
        "attachments",
    ]));
    assert_eq!(r.code, 4, "{}", r.stderr);
    check(&r, Some("protocol"), "attachments");
    // A command line clap refuses.
    let r = run(t.bare().args(["--json", "carbonio", "attach", "--no-such-flag", "x"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    let record = &json_lines(&r.stdout)[0];
    assert_eq!(
        (&record["service"], &record["action"], &record["exit_code"]),
        (&"carbonio".into(), &"attach".into(), &2.into())
    );
    assert!(record["error"].as_str().unwrap().contains("--no-such-flag"), "{record}");
}

// ---------------------------------------------------------------------------------------------
// One shape everywhere.

#[test]
fn protocol_skip_records_have_the_shape_of_its_sent_records() {
    let t = TestEnv::new();
    let j = journal(&t);
    let file = t.file("p.txt", b"protocol shape");
    let attach = |json: bool| {
        let mut cmd = t.cmd("protocol");
        if json {
            cmd.arg("--json");
        }
        run(cmd.args(["protocol", "attach", "--skip-sent", "--journal"]).arg(&j).arg(&file))
    };
    let sent = attach(false);
    assert_eq!(sent.code, 0, "{}", sent.stderr);
    let skipped = attach(false);
    assert_eq!(skipped.code, 0, "{}", skipped.stderr);
    let sent: Vec<&str> = sent.stdout.trim_end().split('\t').collect();
    let skipped: Vec<&str> = skipped.stdout.trim_end().split('\t').collect();
    assert_eq!(sent.len(), 3, "{sent:?}");
    assert_eq!(skipped.len(), 3, "id, file_url, name: {skipped:?}");
    assert_eq!((skipped[0], skipped[2]), (sent[0], sent[2]));
    let record = &json_lines(&attach(true).stdout)[0];
    assert_record(record, "protocol", "attach", "skipped");
    assert!(record.as_object().unwrap().contains_key("file_url"), "{record}");
}

#[test]
fn protocol_times_are_rfc3339_in_every_record() {
    let t = TestEnv::new();
    t.sandbox.state.protocol.seed_conversations(2);
    let r = run(t.cmd("protocol").args(["--json", "protocol", "conversations"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let records = json_lines(&r.stdout);
    assert!(!records.is_empty(), "{}", r.stdout);
    for record in records {
        for (key, value) in record.as_object().unwrap().iter().filter(|(k, v)| k.ends_with("_at") && !v.is_null()) {
            let text = value.as_str().unwrap_or_else(|| panic!("{key} is not a time string: {record}"));
            assert!(text.len() == 20 && text.ends_with('Z') && text.as_bytes()[10] == b'T', "{key}: {text}");
        }
        assert!(record["last_opened_at"].is_string(), "{record}");
    }
}

#[test]
fn lists_print_bytes_off_a_terminal_and_human_sizes_on_one() {
    let t = TestEnv::new();
    let big = t.file("big.txt", &[b'b'; 2000]);
    for svc in ["carbonio", "protocol"] {
        assert_eq!(run(t.cmd(svc).args([svc, "attach"]).arg(&big)).code, 0);
        let r = run(t.cmd(svc).args([svc, "attachments"]));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let row = r.stdout.lines().find(|l| l.ends_with("big.txt")).unwrap_or_else(|| panic!("{}", r.stdout));
        assert_eq!(row.split('\t').nth(1), Some("2000"), "{svc}: {row}");
        let Some(screen) = on_terminal(&t, svc, &[svc, "attachments"], None) else { return };
        let row = screen.lines().find(|l| l.ends_with("big.txt")).unwrap_or_else(|| panic!("{screen}"));
        assert!(row.contains("1.95 KiB"), "{svc}: {row}");
    }
}

#[test]
fn plain_lines_keep_the_order_given_and_tell_same_names_apart() {
    for s in services() {
        let t = TestEnv::new();
        let a = t.file("a/x.png", &s.content("ax"));
        let b = t.file("b/x.png", &s.content("bx"));
        let c = t.file("c.png", &s.content("c"));
        // The first upload waits: the later ones end first, and still print after it.
        t.sandbox.inject(Fault {
            path: s.upload_path.into(),
            method: Some(s.upload_method.into()),
            times: 1,
            action: FaultAction::Delay { millis: 400 },
        });
        let r = run(t.cmd(s.name).args(["--jobs", "3"]).args(s.upload).arg(&a).arg(&b).arg(&c));
        assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
        let last: Vec<&str> = r.stdout.lines().map(|l| l.rsplit('\t').next().unwrap()).collect();
        let (a, b) = (a.display().to_string(), b.display().to_string());
        assert_eq!(last, [a.as_str(), b.as_str(), "c.png"], "{}: {}", s.name, r.stdout);
    }
}

#[test]
fn a_batch_says_each_failure_once_and_ends_with_one_summary_line() {
    let t = TestEnv::new();
    let good = t.file("good.txt", b"good");
    let bad = t.file("shot.txt", b"refused");
    // The second upload is refused (400, never retried).
    let r = run(t.cmd("pyrus").args(["--jobs", "1", "pyrus", "upload"]).arg(&good).arg(t.file("ok2.txt", b"two")));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let summary: Vec<&str> = r.stderr.lines().filter(|l| l.contains(" sent, ")).collect();
    assert_eq!(summary.len(), 1, "{}", r.stderr);
    assert!(summary[0].starts_with("2 sent, 0 skipped, 0 failed in ") && summary[0].ends_with(" s"), "{}", summary[0]);
    assert_eq!(r.stderr.lines().last(), Some(summary[0]), "the last line: {}", r.stderr);
    // Off a terminal: one progress line per file.
    assert_eq!(r.stderr.lines().filter(|l| l.contains("good.txt")).count(), 1, "{}", r.stderr);

    t.sandbox.inject(Fault::status("/files/upload", 400).times(1));
    let r = run(t.cmd("pyrus").args(["--jobs", "1", "pyrus", "upload"]).arg(&bad).arg(&good));
    assert_eq!(r.code, 3, "{}", r.stderr);
    let about: Vec<&str> = r.stderr.lines().filter(|l| l.contains("shot.txt")).collect();
    assert_eq!(about.len(), 1, "the failure once: {}", r.stderr);
    assert!(about[0].starts_with("error: "), "{}", r.stderr);
    assert!(r.stderr.contains("1 sent, 0 skipped, 1 failed in "), "{}", r.stderr);
}

#[test]
fn counts_are_in_the_grammar_of_their_number() {
    let t = TestEnv::new();
    let r = run(t.cmd("pyrus").args(["pyrus", "upload"]).arg(t.dir.path().join("gone.txt")));
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("nothing was sent: 1 of 1 file was refused"), "{}", r.stderr);
    t.sandbox.inject(Fault::status("/files/upload", 503).times(5));
    let r = run(t.cmd("pyrus").args(["--retries", "0", "pyrus", "upload"]).arg(t.file("a.txt", b"a")));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("gave up after 1 attempt;"), "{}", r.stderr);
    assert!(!r.stderr.contains("(s)"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------------
// Prompts, pipes and downloads.

#[test]
fn declining_a_delete_keeps_it_with_exit_0() {
    let t = TestEnv::new();
    let id = t.sandbox.state.carbonio.add_attachment(CARBONIO_ROOM, CARBONIO_USER, "keep.txt", 4);
    let Some((ok, screen)) =
        on_terminal_answering(&t, Some("carbonio"), &[], &["carbonio", "delete", &id], &[("[y/N]", "n")])
    else {
        return;
    };
    assert!(ok, "exit 0 after `n`:\n{screen}");
    assert!(screen.contains(&format!("kept attachment {id}: nothing was deleted")), "{screen}");
    assert!(!screen.contains("error:"), "{screen}");
    assert!(t.sandbox.state.carbonio.attachment(&id).is_some());
    assert!(t.requests("carbonio").iter().all(|r| r.method != "DELETE"));
}

#[test]
fn a_download_to_stdout_ends_quietly_when_the_reader_leaves() {
    use std::io::Read;
    let t = TestEnv::new();
    let big = t.dir.path().join("big.bin");
    big_file(&big, 8 << 20);
    let r = run(t.cmd("pyrus").args(["--json", "pyrus", "upload"]).arg(&big));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let guid = json_lines(&r.stdout)[0]["guid"].as_str().unwrap().to_string();
    let mut child = t
        .spawnable("pyrus")
        .args(["pyrus", "download", &guid, "-o", "-"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // `| head -c 10`: read a little, then close the pipe.
    let mut head = [0u8; 10];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    let r = Run::from_output(child.wait_with_output().unwrap());
    assert_eq!(&head, b"chunk at 0");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("error") && !r.stderr.contains("Broken pipe"), "{}", r.stderr);
}

#[test]
fn a_download_into_a_missing_directory_names_the_directory() {
    let t = TestEnv::new();
    let file = t.file("d.txt", b"download me");
    let r = run(t.cmd("pyrus").args(["--json", "pyrus", "upload"]).arg(&file));
    let guid = json_lines(&r.stdout)[0]["guid"].as_str().unwrap().to_string();
    let missing = t.dir.path().join("no/such/dir");
    for output in [format!("{}/", missing.display()), format!("{}/d.txt", missing.display())] {
        let r = run(t.cmd("pyrus").args(["pyrus", "download", &guid, "-o", &output]));
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert_one_cause(
            &r,
            &format!("cannot save the download in {}: the directory does not exist", missing.display()),
        );
        assert!(r.stderr.contains(&format!("mkdir -p {}", missing.display())), "{}", r.stderr);
        assert!(!r.stderr.contains(".chatdrop-download"), "never the temp file: {}", r.stderr);
    }
}

#[test]
fn stdin_without_a_name_is_refused_off_a_terminal() {
    for s in services() {
        let t = TestEnv::new();
        let r = run(t.cmd(s.name).args(s.upload).arg("-").write_stdin(s.content("piped")));
        assert_eq!(r.code, 2, "{}: {}", s.name, r.stderr);
        assert_one_cause(&r, "`-` reads a file from stdin, and it needs a name");
        assert!(r.stderr.contains("--name"), "{}: {}", s.name, r.stderr);
        assert!(t.requests(s.name).is_empty(), "{}: nothing sent", s.name);
    }
}

#[test]
fn stdin_without_a_name_is_asked_for_on_a_terminal() {
    use std::io::Write;
    use std::time::{Duration, Instant};
    let t = TestEnv::new();
    if !have_script("asking for stdin's name") {
        return;
    }
    // `printf ... | chatdrop pyrus upload -` typed at a terminal: the data through the pipe,
    // the name from the terminal.
    let log = t.dir.path().join("typescript-stdin");
    let command = format!("printf 'piped data' | {} pyrus upload -", binary().display());
    let mut child = t
        .hermetic("script", Some("pyrus"))
        .args(["-qefc", &command])
        .arg(&log)
        .env("TERM", "xterm")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let screen = || String::from_utf8_lossy(&std::fs::read(&log).unwrap_or_default()).replace("\r\n", "\n");
    let deadline = Instant::now() + Duration::from_secs(60);
    while !screen().contains("Name of the file read from stdin") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"piped.txt\r").unwrap();
    stdin.flush().unwrap();
    while child.try_wait().unwrap().is_none() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    drop(stdin);
    let status = child.wait().unwrap();
    assert!(status.success(), "{}", screen());
    let uploads = t.uploads("pyrus");
    assert_eq!(uploads.len(), 1, "{}", screen());
    assert_eq!(uploads[0].parts[0].filename.as_deref(), Some("piped.txt"));
    assert_eq!(uploads[0].parts[0].md5, md5_hex(b"piped data"));
}

// ---------------------------------------------------------------------------------------------
// Flags in the wrong place.

#[test]
fn a_flag_given_before_its_command_gets_a_tip_saying_where_it_goes() {
    let t = TestEnv::new();
    let file = t.file("a.txt", b"a");
    let r = run(t.bare().args(["--task", "5", "pyrus", "upload"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("`--task` is an option of `chatdrop pyrus upload`: give it after `upload`"),
        "{}",
        r.stderr
    );
    let r = run(t.bare().args(["--failed", "history"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("`--failed` is an option of `chatdrop history`"), "{}", r.stderr);
    // After `--` every word is a file: a flag there is said to be one.
    let r = run(t.cmd("pyrus").args(["pyrus", "upload"]).arg(&file).args(["--", "--json"]));
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("`--json` is an option, but after `--` every word is a file"), "{}", r.stderr);
    // A global flag after the command is where it may be: it works.
    let r = run(t.cmd("pyrus").args(["pyrus", "upload", "--json"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_record(&json_lines(&r.stdout)[0], "pyrus", "upload", "sent");
}
