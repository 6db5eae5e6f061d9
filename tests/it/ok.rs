//! OK.ru Moments end to end: the real binary against the sandbox's OK.ru fake, asserting the
//! three steps as they arrived (signed forms, the `pic1` part, the commit's photo and token),
//! what was published, and what the user saw.

use crate::common::*;
use chatdrop::sandbox::ok::{ACCESS_TOKEN, APPLICATION_KEY, APPLICATION_SECRET_KEY, USER_ID, session_secret_key};
use serde_json::Value;

/// The parameters of a recorded fb.do form, in order.
fn form(r: &Recorded) -> Vec<(String, String)> {
    url::form_urlencoded::parse(&r.body).into_owned().collect()
}

fn param(r: &Recorded, name: &str) -> Option<String> {
    form(r).into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

fn calls(t: &TestEnv) -> Vec<Recorded> {
    t.requests("ok").into_iter().filter(|r| r.path == "/ok/fb.do").collect()
}

/// Each request in order: the method for API calls, "upload" for the image.
fn steps(t: &TestEnv) -> Vec<String> {
    t.requests("ok")
        .iter()
        .map(|r| if r.path == "/ok/uploadImage" { "upload".into() } else { param(r, "method").unwrap_or_default() })
        .collect()
}

/// The sig, recomputed here from the documented algorithm (apis.md §2.2), ASCII keys only.
fn expected_sig(params: &[(String, String)]) -> String {
    let mut signed: Vec<&(String, String)> =
        params.iter().filter(|(k, _)| !matches!(k.as_str(), "sig" | "access_token" | "session_key")).collect();
    signed.sort();
    let joined: String = signed.iter().map(|(k, v)| format!("{k}={v}")).collect();
    md5_hex(format!("{joined}{}", md5_hex(format!("{ACCESS_TOKEN}{APPLICATION_SECRET_KEY}").as_bytes())).as_bytes())
}

#[test]
fn publishes_one_image_in_three_signed_steps() {
    let t = TestEnv::new();
    let image = png(4, 3, "1", 0);
    let path = t.file("cat.png", &image);
    let r = run(t.cmd("ok").args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(steps(&t), ["moments.getUploadUrl", "upload", "moments.commit"]);

    for call in calls(&t) {
        assert_eq!(call.method, "POST");
        assert!(call.header("content-type").unwrap().starts_with("application/x-www-form-urlencoded"));
        let params = form(&call);
        assert_eq!(param(&call, "application_key").as_deref(), Some(APPLICATION_KEY));
        assert_eq!(param(&call, "format").as_deref(), Some("json"));
        assert_eq!(param(&call, "access_token").as_deref(), Some(ACCESS_TOKEN));
        assert_eq!(param(&call, "sig").unwrap(), expected_sig(&params));
    }
    let get = &calls(&t)[0];
    assert_eq!(param(get, "type").as_deref(), Some("PHOTO"), "the UNVERIFIED getUploadUrl parameter");

    let up = &t.uploads("ok")[0];
    assert!(up.query.contains("apiToken="));
    assert!(up.header("transfer-encoding").is_none(), "never chunked");
    assert_eq!(up.parts.len(), 1);
    let part = &up.parts[0];
    assert_eq!(part.name, "pic1");
    assert_eq!(part.filename.as_deref(), Some("cat.png"));
    assert_eq!(part.content_type.as_deref(), Some("image/png"));
    assert_eq!(part.value.as_deref(), Some(&image[..]));
    assert_eq!(part.md5, md5_hex(&image));

    // The commit names the photo the link was issued for, with the token the upload answered
    // (the fake refuses any other token).
    let commit = &calls(&t)[1];
    let photos: Value = serde_json::from_str(&param(commit, "photos").unwrap()).unwrap();
    let photo_id = photos[0]["photo_id"].as_str().unwrap().to_string();
    assert!(!photos[0]["token"].as_str().unwrap().is_empty());
    assert!(up.query.contains(&format!(
        "photoIds={}",
        url::form_urlencoded::byte_serialize(photo_id.as_bytes()).collect::<String>()
    )));
    let moments = t.sandbox.state.ok.moments();
    assert_eq!(moments.len(), 1);
    assert_eq!((moments[0].photo_id.as_str(), moments[0].md5.as_str()), (photo_id.as_str(), md5_hex(&image).as_str()));
    assert_eq!(r.stdout, format!("{}\tcat.png\n", moments[0].assigned_photo_id));
    assert!(r.stderr.contains(&format!("uploaded cat.png as photo {photo_id}")), "{}", r.stderr);
}

#[test]
fn publishes_several_images_each_once_in_the_order_given() {
    let t = TestEnv::new();
    let images: Vec<Vec<u8>> = (0..4).map(|i| png(8 + i, 8, &i.to_string(), 0)).collect();
    let paths: Vec<_> = images.iter().enumerate().map(|(i, b)| t.file(&format!("img{i}.png"), b)).collect();
    let r = run(t.cmd("ok").args(["ok", "moment", "--jobs", "3"]).args(&paths));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let all = steps(&t);
    assert_eq!(all.iter().filter(|s| *s == "moments.getUploadUrl").count(), 4, "one link per image: {all:?}");
    assert_eq!(all.iter().filter(|s| *s == "upload").count(), 4);
    assert_eq!(all.iter().filter(|s| *s == "moments.commit").count(), 4);
    // Every upload went to a link issued before it, every commit came after its upload.
    for (i, step) in all.iter().enumerate() {
        let before = &all[..i];
        let links = before.iter().filter(|s| *s == "moments.getUploadUrl").count();
        let ups = before.iter().filter(|s| *s == "upload").count();
        let commits = before.iter().filter(|s| *s == "moments.commit").count();
        match step.as_str() {
            "upload" => assert!(links > ups, "{all:?}"),
            "moments.commit" => assert!(ups > commits, "{all:?}"),
            _ => {}
        }
    }
    let moments = t.sandbox.state.ok.moments();
    let published: Vec<&str> = moments.iter().map(|m| m.md5.as_str()).collect();
    let given: Vec<String> = images.iter().map(|b| md5_hex(b)).collect();
    assert_eq!(published, given, "moments in the order given, one per image");
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 4);
    for (i, line) in lines.iter().enumerate() {
        assert_eq!(*line, format!("{}\timg{i}.png", moments[i].assigned_photo_id));
    }
}

#[test]
fn json_output_carries_the_photo_the_assigned_id_and_the_commit_answer() {
    let t = TestEnv::new();
    let a = t.file("a.png", &png(2, 2, "1", 0));
    let b = t.file("b.png", &png(2, 2, "2", 0));
    let r = run(t.cmd("ok").args(["--json", "ok", "moment"]).arg(&a).arg(&b));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = json_lines(&r.stdout);
    let moments = t.sandbox.state.ok.moments();
    // Each image: its upload's record (the photo), then its commit's (the moment), in order.
    assert_eq!(lines.len(), 4, "{}", r.stdout);
    for (pair, moment) in lines.chunks(2).zip(&moments) {
        let upload = assert_record(&pair[0], "ok", "upload", "sent");
        assert_eq!(upload["id"], moment.photo_id.as_str());
        assert_eq!(upload["photo_id"], moment.photo_id.as_str());
        let line = assert_record(&pair[1], "ok", "commit", "done");
        assert_eq!(line["id"], moment.assigned_photo_id.as_str());
        assert_eq!(line["name"], upload["name"]);
        assert_eq!(line["photo_id"], moment.photo_id.as_str());
        assert_eq!(line["assigned_photo_id"], moment.assigned_photo_id.as_str());
        assert_eq!(line["moment_id"], Value::Null, "the answer names no moment");
        assert_eq!(line["result"]["photos"][0]["status"], "SUCCESS");
        assert_eq!(line["name"], moment.name.as_str());
    }
}

#[test]
fn reads_an_image_from_stdin() {
    let t = TestEnv::new();
    let image = png(3, 3, "7", 0);
    let r = run(t.cmd("ok").args(["ok", "moment", "-", "--name", "chart.png"]).write_stdin(image.clone()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let part = &t.uploads("ok")[0].parts[0];
    assert_eq!((part.filename.as_deref(), part.md5.as_str()), (Some("chart.png"), md5_hex(&image).as_str()));
}

#[test]
fn an_already_expired_upload_link_is_replaced_before_uploading() {
    let t = TestEnv::new();
    t.sandbox.state.ok.expire_next_upload_urls(1);
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.cmd("ok").args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(steps(&t), ["moments.getUploadUrl", "moments.getUploadUrl", "upload", "moments.commit"]);
    assert_eq!(t.uploads("ok")[0].status, 200);
    assert_eq!(t.sandbox.state.ok.moments().len(), 1);
}

#[test]
fn a_link_that_expires_before_the_upload_lands_is_replaced_and_retried() {
    let t = TestEnv::new();
    t.sandbox.state.ok.kill_next_upload_urls(1);
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.cmd("ok").args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(steps(&t), ["moments.getUploadUrl", "upload", "moments.getUploadUrl", "upload", "moments.commit"]);
    let ups = t.uploads("ok");
    assert_ne!(ups[0].query, ups[1].query, "the retry used a new link");
    assert_eq!(t.sandbox.state.ok.moments().len(), 1);
}

#[test]
fn a_wrong_secret_is_a_signature_error_with_exit_4() {
    let t = TestEnv::new();
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r =
        run(t.cmd("ok").env("CHATDROP_OK_APPLICATION_SECRET_KEY", "not-the-secret").args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("OK.ru rejected the request signature"), "{}", r.stderr);
    assert!(r.stderr.contains("PARAM_SIGNATURE (104)"), "{}", r.stderr);
    assert!(r.stderr.contains("application_secret_key"), "the hint names what to check: {}", r.stderr);
    assert!(!r.stderr.contains("not-the-secret"));
    assert_eq!(steps(&t), ["moments.getUploadUrl"], "no retry of a definite refusal");
}

#[test]
fn a_session_secret_key_signs_like_the_derived_one() {
    let t = TestEnv::new();
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let mut cmd = t.cmd("ok");
    cmd.env_remove("CHATDROP_OK_APPLICATION_SECRET_KEY").env("CHATDROP_OK_SESSION_SECRET_KEY", session_secret_key());
    let r = run(cmd.args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains(&session_secret_key()));
    assert_eq!(t.sandbox.state.ok.moments().len(), 1);
}

#[test]
fn an_expired_session_and_a_missing_permission_exit_4() {
    let t = TestEnv::new();
    let path = t.file("a.png", &png(2, 2, "1", 0));
    t.sandbox.state.ok.revoke_photo_content();
    let r = run(t.cmd("ok").args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("PHOTO_CONTENT permission"), "{}", r.stderr);
    assert!(r.stderr.contains("PERMISSION_DENIED (10)"), "{}", r.stderr);

    t.sandbox.state.ok.expire_session();
    let r = run(t.cmd("ok").args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("rejected the access token: the session expired"), "{}", r.stderr);
    // The token comes from the environment: the hint is about the variables, not a login.
    assert!(r.stderr.contains("CHATDROP_OK_ACCESS_TOKEN") && r.stderr.contains("unset them"), "{}", r.stderr);
    assert!(t.uploads("ok").is_empty());
    assert!(t.sandbox.state.ok.moments().is_empty());
}

#[test]
fn a_file_that_is_not_an_image_is_refused_before_any_request() {
    let t = TestEnv::new();
    let good = t.file("a.png", &png(2, 2, "1", 0));
    let bad = t.file("notes.png", b"just text, named like an image");
    let r = run(t.cmd("ok").args(["ok", "moment"]).arg(&good).arg(&bad));
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("notes.png is not an image"), "{}", r.stderr);
    assert!(t.requests("ok").is_empty());
}

#[test]
fn photo_errors_from_the_upload_exit_6_and_nothing_is_committed() {
    let t = TestEnv::new();
    // PNG magic, then nothing a decoder could read.
    let path = t.file("broken.png", b"\x89PNG\r\n\x1a\nbroken");
    let r = run(t.cmd("ok").args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("content is corrupted (PHOTO_IMAGE_CORRUPTED"), "{}", r.stderr);
    assert_eq!(steps(&t), ["moments.getUploadUrl", "upload"], "a definite refusal is not retried");

    let big = t.file("big.png", &png(20_000, 1, "1", 0));
    let r = run(t.cmd("ok").args(["ok", "moment"]).arg(&big));
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("PHOTO_SIZE_TOO_BIG"), "{}", r.stderr);
    assert!(t.sandbox.state.ok.moments().is_empty());
}

#[test]
fn a_partial_batch_publishes_the_good_images_and_exits_3() {
    let t = TestEnv::new();
    let good = t.file("good.png", &png(2, 2, "1", 0));
    let broken = t.file("broken.png", b"\x89PNG\r\n\x1a\nbroken");
    let r = run(t.cmd("ok").args(["ok", "moment"]).arg(&broken).arg(&good));
    assert_eq!(r.code, 3, "{}", r.stderr);
    let moments = t.sandbox.state.ok.moments();
    assert_eq!(moments.len(), 1);
    assert_eq!(moments[0].name, "good.png");
    assert_eq!(r.stdout, format!("{}\tgood.png\n", moments[0].assigned_photo_id));
}

#[test]
fn flood_blocked_on_commit_waits_and_commits_exactly_once() {
    let t = TestEnv::new();
    t.sandbox.state.ok.fail_next("moments.commit", 8, "FLOOD_BLOCKED", 2);
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.cmd("ok").args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("OK.ru rate limit"), "{}", r.stderr);
    assert!(r.stderr.contains("retrying in"), "{}", r.stderr);
    assert_eq!(
        steps(&t),
        ["moments.getUploadUrl", "upload", "moments.commit", "moments.commit", "moments.commit"],
        "the same photo is committed again only after a definite refusal"
    );
    let commits: Vec<String> = calls(&t).iter().skip(1).map(|c| param(c, "photos").unwrap()).collect();
    assert!(commits.windows(2).all(|w| w[0] == w[1]), "the retries carry the same photo and token");
    assert_eq!(t.sandbox.state.ok.moments().len(), 1);
}

#[test]
fn flood_blocked_until_the_retries_run_out_exits_5() {
    let t = TestEnv::new();
    t.sandbox.state.ok.fail_next("moments.getUploadUrl", 11, "LIMIT_REACHED", 5);
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.cmd("ok").args(["--retries", "1", "ok", "moment"]).arg(&path));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("LIMIT_REACHED (11)"), "{}", r.stderr);
    assert_eq!(steps(&t), ["moments.getUploadUrl", "moments.getUploadUrl"]);
}

#[test]
fn a_commit_whose_answer_is_lost_is_never_sent_again() {
    let t = TestEnv::new();
    t.sandbox.state.ok.lose_next_answer("moments.commit");
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.cmd("ok").args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("may have been delivered"), "{}", r.stderr);
    assert!(!r.stderr.contains("<html>"), "never a raw HTML body: {}", r.stderr);
    assert_eq!(steps(&t), ["moments.getUploadUrl", "upload", "moments.commit"]);
    assert_eq!(t.sandbox.state.ok.moments().len(), 1, "it did land, once");
}

#[test]
fn an_upload_cut_by_a_gateway_is_resent_with_a_new_link() {
    let t = TestEnv::new();
    t.sandbox.inject(Fault::status("/ok/uploadImage", 502).body("<html>bad gateway</html>"));
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.cmd("ok").args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(steps(&t), ["moments.getUploadUrl", "upload", "moments.getUploadUrl", "upload", "moments.commit"]);
    assert_eq!(t.sandbox.state.ok.moments().len(), 1);
}

#[test]
fn an_upload_answer_that_never_comes_is_resent_and_committed_once() {
    let t = TestEnv::new();
    let hang = Fault { path: "/ok/uploadImage".into(), method: None, times: 1, action: FaultAction::Hang };
    t.sandbox.inject(hang);
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.cmd("ok").args(["--response-timeout", "1", "--stall-timeout", "1", "ok", "moment"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(steps(&t), ["moments.getUploadUrl", "upload", "moments.getUploadUrl", "upload", "moments.commit"]);
    assert_eq!(t.sandbox.state.ok.moments().len(), 1);
}

#[test]
fn very_verbose_logs_show_no_token_secret_or_signature() {
    let t = TestEnv::new();
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.cmd("ok").args(["-vv", "ok", "moment"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("method=moments.commit"), "{}", r.stderr);
    assert!(r.stderr.contains("sig=***") && r.stderr.contains("access_token=***"), "{}", r.stderr);
    let mut secrets = vec![session_secret_key()];
    for call in calls(&t) {
        secrets.push(param(&call, "sig").unwrap());
    }
    let commit = calls(&t).pop().unwrap();
    let photos: Value = serde_json::from_str(&param(&commit, "photos").unwrap()).unwrap();
    secrets.push(photos[0]["token"].as_str().unwrap().to_string());
    // The upload link's own apiToken is hidden where the link is requested (the URL log);
    // the shared body log shows the getUploadUrl answer as it came.
    assert!(r.stderr.contains("uploadImage?apiToken=***"), "{}", r.stderr);
    assert_no_secrets(&r, &secrets.iter().map(String::as_str).collect::<Vec<_>>());
}

#[test]
fn missing_credentials_exit_4_naming_login_and_env() {
    let t = TestEnv::new();
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.bare().args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("chatdrop login ok"), "{}", r.stderr);
    assert!(r.stderr.contains("CHATDROP_OK_ACCESS_TOKEN"), "{}", r.stderr);
}

fn login_env(t: &TestEnv, secret: &str) -> assert_cmd::Command {
    let mut cmd = t.bare();
    cmd.env("CHATDROP_OK_URL", format!("{}/ok", t.sandbox.base_url()))
        .env("CHATDROP_OK_APPLICATION_KEY", APPLICATION_KEY)
        .env("CHATDROP_OK_ACCESS_TOKEN", ACCESS_TOKEN)
        .env("CHATDROP_OK_APPLICATION_SECRET_KEY", secret)
        .args(["--no-input", "login", "ok", "--store"]);
    cmd
}

#[test]
fn login_checks_the_credentials_live_then_stores_them() {
    let t = TestEnv::new();
    let r = run(&mut login_env(&t, APPLICATION_SECRET_KEY));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, format!("ok: logged in as Sandbox User ({USER_ID})\n"));
    assert_eq!(t.sandbox.state.ok.calls(), ["users.getCurrentUser"]);
    let stored = std::fs::read_to_string(t.config_dir().join("credentials.toml")).unwrap();
    for value in [APPLICATION_KEY, ACCESS_TOKEN, APPLICATION_SECRET_KEY] {
        assert!(stored.contains(value), "{stored}");
    }
    // The stored login is enough on its own.
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.bare().args(["ok", "moment"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.ok.moments().len(), 1);
}

#[test]
fn login_with_a_wrong_secret_stores_nothing() {
    let t = TestEnv::new();
    let r = run(&mut login_env(&t, "wrong-secret"));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("checking the OK.ru credentials"), "{}", r.stderr);
    assert!(r.stderr.contains("PARAM_SIGNATURE"), "{}", r.stderr);
    assert!(!t.config_dir().join("credentials.toml").exists());
}

#[test]
fn login_without_a_terminal_names_the_env_var_it_needs() {
    let t = TestEnv::new();
    let mut cmd = t.bare();
    cmd.env("CHATDROP_OK_APPLICATION_KEY", APPLICATION_KEY).args(["--no-input", "login", "ok", "--store"]);
    let r = run(&mut cmd);
    assert_eq!(r.code, 4, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("CHATDROP_OK_ACCESS_TOKEN"), "{}", r.stderr);
    assert!(t.requests("ok").is_empty());
}

// ---- Only an explicit success is a success (#21). ----

fn journal_records(path: &std::path::Path) -> Vec<Value> {
    std::fs::read_to_string(path).unwrap_or_default().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn a_commit_answering_failed_exits_1_and_the_journal_says_failed() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    t.sandbox.state.ok.fail_next_commit();
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.cmd("ok").args(["--json", "ok", "moment", "--journal"]).arg(&journal).arg(&path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(t.sandbox.state.ok.moments().is_empty());
    let lines = json_lines(&r.stdout);
    assert_eq!(lines.len(), 2, "{}", r.stdout);
    assert_record(&lines[0], "ok", "upload", "sent");
    let commit = assert_record(&lines[1], "ok", "commit", "failed");
    assert!(
        commit["error"].as_str().unwrap().contains("did not publish photo")
            && commit["error"].as_str().unwrap().contains("status FAILED"),
        "{commit}"
    );
    assert_eq!(steps(&t), ["moments.getUploadUrl", "upload", "moments.commit"], "a definite refusal is not retried");
    let recs = journal_records(&journal);
    assert_eq!(recs.len(), 1, "{recs:?}");
    assert_eq!(recs[0]["outcome"], "failed", "{recs:?}");
    // A failure may be sent again: the re-run publishes it.
    let r = run(t.cmd("ok").args(["ok", "moment", "--skip-sent", "--journal"]).arg(&journal).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.ok.moments().len(), 1);
}

#[test]
fn a_commit_answer_that_says_neither_is_unknown_and_not_resent() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    // The moment is published, but the answer does not say so.
    t.sandbox.state.ok.answer_next_commit(serde_json::json!({ "result": "accepted" }));
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.cmd("ok").args(["--json", "ok", "moment", "--journal"]).arg(&journal).arg(&path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let lines = json_lines(&r.stdout);
    let commit = assert_record(&lines[1], "ok", "commit", "failed");
    assert!(commit["error"].as_str().unwrap().contains("without saying whether the moment was published"), "{commit}");
    assert!(commit["hint"].as_str().unwrap().contains("may have been delivered"), "{commit}");
    assert_eq!(steps(&t), ["moments.getUploadUrl", "upload", "moments.commit"], "never committed twice");
    let recs = journal_records(&journal);
    assert_eq!(recs[0]["outcome"], "unknown", "{recs:?}");

    let r = run(t.cmd("ok").args(["ok", "moment", "--skip-sent", "--journal"]).arg(&journal).arg(&path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("may have been delivered") && r.stderr.contains("--resend-unknown"), "{}", r.stderr);
    assert_eq!(t.uploads("ok").len(), 1, "not sent again");
    assert_eq!(t.sandbox.state.ok.moments().len(), 1);

    let r = run(t
        .cmd("ok")
        .args(["ok", "moment", "--skip-sent", "--resend-unknown", "--journal"])
        .arg(&journal)
        .arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.sandbox.state.ok.moments().len(), 2, "sent again only when asked");
}

#[test]
fn an_error_object_inside_a_200_commit_is_a_failure() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    // Per photo, inside the photos list: not the top-level error the REST layer reads first.
    t.sandbox
        .state
        .ok
        .answer_next_commit(serde_json::json!({ "photos": [{ "error": "PHOTO_QUOTA : too many moments today" }] }));
    let path = t.file("a.png", &png(2, 2, "1", 0));
    let r = run(t.cmd("ok").args(["ok", "moment", "--journal"]).arg(&journal).arg(&path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("did not publish photo") && r.stderr.contains("too many moments today"), "{}", r.stderr);
    assert_eq!(r.stdout, "", "nothing printed as published");
    assert_eq!(journal_records(&journal)[0]["outcome"], "failed");
}
