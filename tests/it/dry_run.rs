//! `--dry-run` (docs/dry-run.md): every command that changes something, for every registered
//! service (driven by each fake's profile: its upload, its `delete`, its other `changes`), is
//! checked as for a real run and planned, not sent: nothing that changes anything reaches the
//! fake, nothing is journalled, exit 0, and the plan names the method and path the fake's
//! profile declares, with no secret in any output.

use crate::common::*;

/// The requests that reached the fake and change something there: any PUT, PATCH or DELETE,
/// and a POST to a path where the profile says something is created (its upload path, or the
/// path of one of its `changes`), unless reads are POSTed there too (an RPC endpoint such as
/// OK.ru's, which takes every method: there the profile's `follow_ups` count the writes).
fn writes(t: &TestEnv, s: Service) -> Vec<String> {
    let shared = read_posts(s);
    let created: Vec<&str> = std::iter::once(s.upload_path)
        .chain(s.changes.iter().filter(|c| c.method == "POST").map(|c| c.path))
        .filter(|p| !shared.iter().any(|read| read.contains(p)))
        .collect();
    t.requests(s.name)
        .into_iter()
        .filter(|r| {
            matches!(r.method.as_str(), "PUT" | "PATCH" | "DELETE")
                || (r.method == "POST" && created.iter().any(|p| r.path.contains(p)))
        })
        .map(|r| format!("{} {}", r.method, r.path))
        .collect()
}

/// The paths the service's read-only command POSTs to, in a sandbox of its own (whatever it
/// answers: the command only has to send a request).
fn read_posts(s: Service) -> Vec<String> {
    let t = TestEnv::new();
    run(t.cmd(s.name).args(s.read_only()));
    t.requests(s.name).into_iter().filter(|r| r.method == "POST").map(|r| r.path).collect()
}

/// No request that changes something reached the fake, what it shows its users is as the test
/// left it (`shown` items, put there by the test), and the step after an upload never ran.
fn nothing_changed(t: &TestEnv, s: Service, shown: usize, what: &str) {
    assert_eq!(writes(t, s), Vec::<String>::new(), "{}: {what}: a request that changes something was sent", s.name);
    assert_eq!(s.posted(t).len(), shown, "{}: {what}: the fake shows something new", s.name);
    if let Some(follow_ups) = s.follow_ups {
        assert_eq!(follow_ups(&t.sandbox.state), 0, "{}: {what}: a follow-up was sent", s.name);
    }
}

/// A planned request names `method` and a path holding `path`, on stdout.
fn names_request(stdout: &str, method: &str, path: &str) -> bool {
    stdout.lines().any(|l| l.starts_with("step ") && l.contains(&format!(": {method} ")) && l.contains(path))
}

/// Whether the service's fake hands out the upload links (the address of the upload is in an
/// earlier answer).
fn links(s: Service) -> bool {
    matches!(s.via, Via::Links(_))
}

/// The file a service's command takes (an image where it takes images only).
fn file_for(t: &TestEnv, s: Service, tag: &str) -> std::path::PathBuf {
    let name = if s.image { format!("{tag}.png") } else { format!("{tag}.txt") };
    t.file(&name, &s.content(tag))
}

#[test]
fn every_upload_of_every_service_is_planned_and_nothing_reaches_the_server() {
    for s in services() {
        let t = TestEnv::new();
        let journal = t.dir.path().join("journal.jsonl");
        let file = file_for(&t, s, "report");
        let r = run(t.cmd(s.name).arg("--dry-run").args(s.upload).arg("--journal").arg(&journal).arg(&file));
        assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
        nothing_changed(&t, s, 0, "upload");
        assert!(!journal.exists(), "{}: the journal was written", s.name);
        // Where the service hands out the upload links, the address comes from an earlier step.
        let planned_link = links(s) && names_request(&r.stdout, s.upload_method, "<from step ");
        assert!(
            names_request(&r.stdout, s.upload_method, s.upload_path) || planned_link,
            "{}: the plan names {} {}:\n{}",
            s.name,
            s.upload_method,
            s.upload_path,
            r.stdout
        );
        assert!(r.stdout.contains("report."), "{}: the plan names the file:\n{}", s.name, r.stdout);
        assert!(r.stderr.contains("nothing sent"), "{}: {}", s.name, r.stderr);
        assert!(!r.stderr.contains(" sent,"), "{}: no claim that anything was sent: {}", s.name, r.stderr);

        // --json: one planned record per request, with the file's keys.
        let r =
            run(t.cmd(s.name).args(["--dry-run", "--json"]).args(s.upload).arg("--journal").arg(&journal).arg(&file));
        assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
        let records = json_lines(&r.stdout);
        assert!(!records.is_empty(), "{}: {}", s.name, r.stdout);
        // A flow of several steps may show its last step under the step's action (a commit).
        assert_eq!(records[0]["action"], s.action, "{}", r.stdout);
        for record in &records {
            assert_record(record, s.name, record["action"].as_str().unwrap(), "planned");
            assert_eq!(record["path"], file.display().to_string(), "{record}");
            assert!(record["method"].is_string() && record["url"].is_string(), "{record}");
            assert!(record["headers"].is_object(), "{record}");
        }
        let upload = records
            .iter()
            .find(|r| {
                r["method"] == s.upload_method
                    && (r["body"]["type"] == "multipart/form-data" || r["body"]["size"] == s.content("report").len())
            })
            .unwrap_or_else(|| panic!("{}: the upload among {records:?}", s.name));
        let url = upload["url"].as_str().unwrap();
        assert!(url.contains(s.upload_path) || links(s) && url.starts_with("<from step "), "{upload}");
        nothing_changed(&t, s, 0, "upload --json");
        assert!(!journal.exists(), "{}: the journal was written", s.name);
    }
}

#[test]
fn a_multipart_upload_is_shown_part_by_part_without_reading_the_file() {
    let t = TestEnv::new();
    let file = t.file("notes.txt", &vec![b'x'; 70_000]);
    let r = run(t.cmd("protocol").args(["--dry-run", "--json", "protocol", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let record = &json_lines(&r.stdout)[0];
    let parts = record["body"]["parts"].as_array().expect("parts");
    let file_part = parts.last().unwrap();
    assert_eq!(file_part["name"], "file");
    assert_eq!(file_part["filename"], "notes.txt");
    assert_eq!(file_part["content_type"], "text/plain");
    assert_eq!(file_part["size"], 70_000);
    assert_eq!(record["headers"]["authorization"], "Bearer ***");
    assert_eq!(record["method"], "POST");
    assert!(record["url"].as_str().unwrap().ends_with("/protocol/v1/attachments"), "{record}");
}

#[test]
fn every_delete_of_every_service_is_planned_and_the_item_stays() {
    let deletable: Vec<(Service, Deletable)> = services().into_iter().filter_map(|s| Some((s, s.delete?))).collect();
    assert!(deletable.len() >= 2, "the services with a delete command: {}", deletable.len());
    for (s, delete) in deletable {
        let t = TestEnv::new();
        let id = (delete.seed)(&t.sandbox.state);
        let shown = s.posted(&t).len();
        let r = run(t.cmd(s.name).args(["-n", s.name, "delete", &id, "--yes"]));
        assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
        assert!(names_request(&r.stdout, "DELETE", &id), "{}: the plan names DELETE …{id}:\n{}", s.name, r.stdout);
        assert!((delete.exists)(&t.sandbox.state, &id), "{}: deleted by a dry run", s.name);
        nothing_changed(&t, s, shown, "delete");
        assert!(!r.stdout.contains("deleted") && !r.stderr.contains("deleted"), "{}: {}{}", s.name, r.stdout, r.stderr);
        let r = run(t.cmd(s.name).args(["-n", "--json", s.name, "delete", &id, "--yes"]));
        assert_eq!(r.code, 0, "{}: {}", s.name, r.stderr);
        let records = json_lines(&r.stdout);
        assert_eq!(records.len(), 1, "{}: {}", s.name, r.stdout);
        assert_eq!(records[0]["status"], "planned");
        assert_eq!(records[0]["method"], "DELETE");
        // Without --yes and without a terminal a dry run refuses as the real one does.
        let r = run(t.cmd(s.name).args(["-n", s.name, "delete", &id]));
        assert_eq!(r.code, 2, "{}: {}", s.name, r.stderr);
        nothing_changed(&t, s, shown, "delete without --yes");
    }
}

#[test]
fn every_other_change_of_every_service_is_planned() {
    let changes: Vec<(Service, Change)> =
        services().into_iter().flat_map(|s| s.changes.iter().map(move |c| (s, *c))).collect();
    assert!(changes.len() >= 5, "the changes the profiles declare: {}", changes.len());
    for (s, change) in changes {
        let t = TestEnv::new();
        let journal = t.dir.path().join("journal.jsonl");
        let id = change.seed.map(|seed| seed(&t.sandbox.state)).unwrap_or_default();
        let shown = s.posted(&t).len();
        let file = t.file("change.png", &png(2, 3, "change", 233));
        let args: Vec<String> = change
            .args
            .iter()
            .map(|a| match *a {
                "{file}" => file.display().to_string(),
                "{id}" => id.clone(),
                other => other.to_string(),
            })
            .collect();
        let uploads = change.args.contains(&"{file}") && s.upload.iter().all(|w| change.args.contains(w));
        let mut cmd = t.cmd(s.name);
        cmd.arg("--dry-run").args(&args);
        if uploads {
            cmd.arg("--journal").arg(&journal);
        }
        let r = run(&mut cmd);
        let what = args.join(" ");
        assert_eq!(r.code, 0, "{what}: {}", r.stderr);
        let path = change.path.replace("{id}", &id);
        assert!(
            names_request(&r.stdout, change.method, &path),
            "{what}: plans {} {path}:\n{}",
            change.method,
            r.stdout
        );
        nothing_changed(&t, s, shown, &what);
        assert!(!journal.exists(), "{what}: the journal was written");
        let r = run(t.cmd(s.name).arg("--dry-run").arg("--json").args(&args));
        assert_eq!(r.code, 0, "{what}: {}", r.stderr);
        let records = json_lines(&r.stdout);
        assert!(records.iter().all(|r| r["status"] == "planned"), "{what}: {}", r.stdout);
        assert!(records.iter().any(|r| r["method"] == change.method && r["url"].as_str().unwrap().contains(&path)));
    }
}

#[test]
fn a_three_step_upload_shows_every_step_with_placeholders() {
    let t = TestEnv::new();
    let s = service("ok");
    let file = file_for(&t, s, "sunset");
    let r = run(t.cmd("ok").args(["--dry-run", "ok", "moment"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let steps: Vec<&str> = r.stdout.lines().filter(|l| l.starts_with("step ")).collect();
    assert_eq!(steps.len(), 3, "{}", r.stdout);
    assert!(steps[0].starts_with(&format!("step 1, for {}: POST ", file.display())), "{}", r.stdout);
    assert!(steps[0].ends_with("/ok/fb.do"), "{}", r.stdout);
    assert!(r.stdout.contains("method=moments.getUploadUrl"), "{}", r.stdout);
    let shown = file.display().to_string();
    assert_eq!(steps[1], format!("step 2, for {shown}: POST <from step 1: upload_url>"), "{}", r.stdout);
    assert!(r.stdout.contains("method=moments.commit"), "{}", r.stdout);
    assert!(r.stdout.contains("<from step 1: photo_ids>"), "{}", r.stdout);
    assert!(r.stdout.contains("sig=***") && r.stdout.contains("access_token=***"), "{}", r.stdout);
    assert!(r.stderr.contains("dry run: 3 requests planned, nothing sent"), "{}", r.stderr);
    // Only the account's own question may reach OK.ru: no upload link, no commit.
    let calls = t.sandbox.state.ok.calls();
    assert!(calls.iter().all(|c| !c.starts_with("moments.")), "{calls:?}");

    // Pyrus with a task: the upload, then the comment that attaches what it would answer.
    let file = t.file("report.pdf", b"%PDF-1.4 report");
    let r = run(t.cmd("pyrus").args(["--dry-run", "pyrus", "upload", "--task", "77"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(names_request(&r.stdout, "POST", "/files/upload"), "{}", r.stdout);
    assert!(names_request(&r.stdout, "POST", "/tasks/77/comments"), "{}", r.stdout);
    assert!(r.stdout.contains(r#"attachments: [{"guid":"<from step 1: guid>"}]"#), "{}", r.stdout);
}

#[test]
fn skip_sent_under_a_dry_run_reads_the_journal_and_writes_nothing() {
    let t = TestEnv::new();
    let s = service("protocol");
    let journal = t.dir.path().join("journal.jsonl");
    let old = file_for(&t, s, "old");
    let new = file_for(&t, s, "new");
    let r = run(t.cmd("protocol").args(s.upload).arg("--journal").arg(&journal).arg(&old));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let before = std::fs::read(&journal).unwrap();
    let posted = s.posted(&t).len();
    let r = run(t
        .cmd("protocol")
        .args(["--dry-run", "--json"])
        .args(s.upload)
        .args(["--skip-sent", "--journal"])
        .arg(&journal)
        .arg(&old)
        .arg(&new));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let records = json_lines(&r.stdout);
    assert_eq!(records.len(), 2, "{}", r.stdout);
    assert_eq!((records[0]["status"].as_str(), records[0]["name"].as_str()), (Some("skipped"), Some("old.txt")));
    assert_eq!((records[1]["status"].as_str(), records[1]["name"].as_str()), (Some("planned"), Some("new.txt")));
    assert_eq!(std::fs::read(&journal).unwrap(), before, "the journal is read, not written");
    assert_eq!(s.posted(&t).len(), posted);
}

#[test]
fn a_missing_file_is_exit_6_and_missing_credentials_exit_4_with_nothing_sent() {
    for s in services() {
        let t = TestEnv::new();
        let missing = t.dir.path().join("missing.png");
        let r = run(t.cmd(s.name).arg("--dry-run").args(s.upload).arg(&missing));
        assert_eq!(r.code, 6, "{}: {}", s.name, r.stderr);
        assert!(r.stderr.contains("no such file"), "{}: {}", s.name, r.stderr);
        assert!(!r.stdout.contains("step "), "{}: {}", s.name, r.stdout);
        assert!(t.requests(s.name).is_empty(), "{}: a request was sent", s.name);
        // No credentials at all: only the address of the fake.
        let file = file_for(&t, s, "x");
        let mut cmd = t.bare();
        for (key, value) in s.settings(&t.sandbox.base_url()) {
            if !s.secret_keys().contains(&key) && !matches!(key.as_str(), "login" | "account" | "application_key") {
                cmd.env(env_var(s.name, &key), value);
            }
        }
        let r = run(cmd.arg("--dry-run").args(s.upload).arg(&file));
        assert_eq!(r.code, 4, "{}: {}", s.name, r.stderr);
        assert!(t.requests(s.name).is_empty(), "{}: a request was sent", s.name);
    }
}

#[test]
fn the_variable_turns_it_on_and_a_login_it_needs_stores_nothing() {
    let t = TestEnv::new();
    let s = service("pyrus");
    let settings = s.settings(&t.sandbox.base_url());
    let r = run(t.bare().env(env_var("pyrus", "security_key"), &settings["security_key"]).args([
        "login",
        "pyrus",
        "--url",
        &settings["auth_url"],
        "--login",
        &settings["login"],
        // The key comes from the environment: kept only when asked.
        "--store",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    // As if the cached session were gone: the next upload logs in, and would cache the new one.
    let creds = t.config_dir().join("credentials.toml");
    let stored = std::fs::read_to_string(&creds).unwrap();
    let without_session: String = stored
        .lines()
        .filter(|l| !["token", "api_url", "files_url"].iter().any(|k| l.starts_with(k)))
        .map(|l| format!("{l}\n"))
        .collect();
    assert_ne!(stored, without_session, "the login cached a session: {stored}");
    std::fs::write(&creds, &without_session).unwrap();
    let logins = t.requests("pyrus").iter().filter(|r| r.path.ends_with("/auth")).count();
    let file = file_for(&t, s, "env");
    let r = run(t.bare().env("CHATDROP_DRY_RUN", "1").args(s.upload).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(names_request(&r.stdout, "POST", s.upload_path), "{}", r.stdout);
    let now = t.requests("pyrus").iter().filter(|r| r.path.ends_with("/auth")).count();
    assert_eq!(now, logins + 1, "the login changes nothing on the server: a dry run sends it");
    nothing_changed(&t, s, 0, "CHATDROP_DRY_RUN=1");
    assert_eq!(std::fs::read_to_string(&creds).unwrap(), without_session, "a dry run stores no credentials");
    // login and logout change only this machine: refused, nothing stored or removed.
    let r = run(t.bare().env(env_var("pyrus", "security_key"), &settings["security_key"]).args([
        "-n",
        "login",
        "pyrus",
        "--url",
        &settings["auth_url"],
        "--login",
        &settings["login"],
    ]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("auth status SERVICE --check"), "{}", r.stderr);
    let r = run(t.bare().args(["--dry-run", "logout", "pyrus"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&creds).unwrap(), without_session, "nothing stored or removed");
    // The same upload for real caches the session it logs in for.
    let r = run(t.bare().args(s.upload).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_ne!(std::fs::read_to_string(&creds).unwrap(), without_session, "a real run caches the session");
}

#[test]
fn a_target_by_name_is_found_with_the_read_only_list_and_a_bad_one_stops_the_plan() {
    use chatdrop::sandbox::carbonio::DESIGN_ROOM;
    let t = TestEnv::new();
    let s = service("carbonio");
    let file = t.file("spec.txt", b"the spec");
    let r = run(t.cmd("carbonio").args(["-n", "carbonio", "attach", "--room", "design review"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(names_request(&r.stdout, "PUT", &format!("/rooms/{DESIGN_ROOM}/attachments")), "{}", r.stdout);
    assert!(t.requests("carbonio").iter().any(|r| r.method == "GET" && r.path.ends_with("/rooms")), "the list");
    nothing_changed(&t, s, 0, "attach --room NAME");
    let r = run(t.cmd("carbonio").args(["-n", "carbonio", "attach", "--room", "no such room"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!r.stdout.contains("step "), "{}", r.stdout);
    assert!(r.stderr.ends_with("dry run: 0 requests planned, nothing sent\n"), "the count comes last: {}", r.stderr);
    nothing_changed(&t, s, 0, "attach --room with no match");
}

#[test]
fn carbonio_1_3_plans_the_raw_upload_and_the_users_picture_after_asking_its_id() {
    use chatdrop::sandbox::carbonio::{Api, USER_ID};
    let t = crate::carbonio::env(Api::V1_3);
    let s = service("carbonio");
    let image = t.file("me.png", &png(2, 2, "me", 120));
    let r = run(t.cmd("carbonio").args(["-n", "carbonio", "user-picture", "set"]).arg(&image));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(names_request(&r.stdout, "PUT", &format!("/users/{USER_ID}/picture")), "{}", r.stdout);
    assert!(r.stdout.contains("body: application/octet-stream, 120 bytes"), "{}", r.stdout);
    assert!(r.stderr.contains("would be set (dry run)"), "{}", r.stderr);
    // The account's id is a question (a SOAP POST that changes nothing): it was asked.
    assert!(t.requests("carbonio").iter().any(|r| r.method == "POST" && r.path.ends_with("/soap")), "GetInfo");
    nothing_changed(&t, s, 0, "user-picture set");
    assert!(t.sandbox.state.carbonio.picture(USER_ID).is_none());
    let file = t.file("old.txt", b"raw body");
    let r = run(t.cmd("carbonio").args(["-n", "carbonio", "attach"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(names_request(&r.stdout, "POST", "/attachments"), "1.3 takes a raw POST: {}", r.stdout);
    assert!(r.stdout.contains("body: application/octet-stream, 8 bytes"), "{}", r.stdout);
    nothing_changed(&t, s, 0, "attach on 1.3");
}

#[test]
fn send_to_every_service_under_a_dry_run_plans_each_destination_and_sends_nothing() {
    let t = TestEnv::new();
    let all = services();
    // An image, so that every service (the images-only ones too) is a destination.
    let image = all.iter().find(|s| s.image).expect("a service that takes images only");
    let file = t.file("shot.png", &image.content("fan-out"));
    let journal = t.dir.path().join("journal.jsonl");
    let mut cmd = t.bare();
    cmd.envs(t.sandbox.env()).args(["--dry-run", "--json", "send", "--journal"]).arg(&journal);
    for s in &all {
        cmd.args(["--to", s.name]);
    }
    let r = run(cmd.arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!journal.exists(), "the journal was written");
    let records = json_lines(&r.stdout);
    for s in &all {
        nothing_changed(&t, *s, 0, "send --dry-run");
        assert!(
            records
                .iter()
                .any(|rec| rec["status"] == "planned"
                    && rec["destination"].as_str().is_some_and(|d| d.starts_with(s.name))),
            "{}: no planned record: {}",
            s.name,
            r.stdout
        );
    }
    assert!(r.stderr.contains("nothing sent"), "{}", r.stderr);
}
