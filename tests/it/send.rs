//! `chatdrop send`: one file to several destinations, against the fakes, asserting what each
//! fake received (the bytes, by MD5) and what the user sees: a fan-out where one service fails
//! and the `--skip-sent` re-run that sends to that one only; a bad destination (an unknown
//! target, a PDF to OK.ru's images-only Moments) that stops everything before the first
//! upload; a route from config.toml; `--json` records with `destination`; stdin spooled once.

use crate::common::*;

/// The binary pointed at every fake (each service's CHATDROP_* settings), journal on.
fn send(t: &TestEnv) -> assert_cmd::Command {
    let mut cmd = t.bare();
    cmd.envs(t.sandbox.env()).arg("send");
    cmd
}

fn md5s(t: &TestEnv, service: &str) -> Vec<String> {
    service_posted(t, service).into_iter().map(|p| p.md5).collect()
}

fn service_posted(t: &TestEnv, name: &str) -> Vec<Posted> {
    service(name).posted(t)
}

#[test]
fn a_fan_out_where_one_service_fails_names_it_and_the_skip_sent_rerun_sends_there_only() {
    let t = TestEnv::new();
    let bytes = b"the build report, version 1\n".repeat(100);
    let file = t.file("report.txt", &bytes);
    // Pyrus answers 503 to every upload attempt of the first run (no retries).
    t.sandbox.inject(Fault { times: 1, ..Fault::status("/files/upload", 503) });
    let r = run(send(&t).args(["--retries", "0", "--to", "carbonio", "--to", "pyrus", "--to", "protocol"]).arg(&file));
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("report.txt to pyrus"), "the failure names file and destination: {}", r.stderr);
    assert!(!r.stderr.contains("report.txt to carbonio") && !r.stderr.contains("report.txt to protocol"));
    let md5 = md5_hex(&bytes);
    assert_eq!(md5s(&t, "carbonio"), vec![md5.clone()]);
    assert_eq!(md5s(&t, "protocol"), vec![md5.clone()]);
    assert!(md5s(&t, "pyrus").is_empty());
    assert_eq!(r.stdout.lines().count(), 2, "one line per arrival: {}", r.stdout);

    let r = run(send(&t).args(["--skip-sent", "--to", "carbonio", "--to", "pyrus", "--to", "protocol"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(md5s(&t, "carbonio"), vec![md5.clone()], "not sent to carbonio again");
    assert_eq!(md5s(&t, "protocol"), vec![md5.clone()], "not sent to protocol again");
    assert_eq!(md5s(&t, "pyrus"), vec![md5.clone()], "sent to pyrus, the one that did not get it");
    assert_eq!(t.uploads("carbonio").len(), 1);
    assert_eq!(t.uploads("protocol").len(), 1);
    assert!(r.stderr.contains("skipped"), "{}", r.stderr);

    // And a third run has nothing left to send anywhere.
    let r = run(send(&t).args(["--skip-sent", "--to", "carbonio", "--to", "pyrus", "--to", "protocol"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(t.uploads("pyrus").len(), 2, "the failed attempt and the re-run's");
}

#[test]
fn one_bad_destination_and_nothing_is_sent_anywhere() {
    let t = TestEnv::new();
    let file = t.file("report.txt", b"report");
    // An unknown room name: found missing by the read-only room list, before any upload.
    let r = run(send(&t).args(["--to", "protocol", "--to", "carbonio:No Such Room", "--to", "pyrus"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("destination carbonio:No Such Room"), "{}", r.stderr);
    assert!(r.stderr.contains("nothing was sent anywhere"), "{}", r.stderr);
    // A task that is no number, a service that is none.
    let r = run(send(&t).args(["--to", "protocol", "--to", "pyrus:task=abc"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = run(send(&t).args(["--to", "protocol", "--to", "carbonoi"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("did you mean `carbonio`?"), "{}", r.stderr);
    // A text file to OK.ru, whose Moments take images only: refused before anything is sent.
    let r = run(send(&t).args(["--json", "--to", "protocol", "--to", "ok", "--to", "carbonio"]).arg(&file));
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("report.txt to ok: ") && r.stderr.contains("report.txt is not an image"), "{}", r.stderr);
    let records = json_lines(&r.stdout);
    assert_eq!(records[0]["status"], "refused");
    assert_eq!(records[0]["service"], "ok");
    assert_eq!(records[0]["destination"], "ok");
    for name in ["protocol", "carbonio", "pyrus", "ok", "connect"] {
        assert!(t.uploads(name).is_empty(), "{name} got an upload");
        assert!(md5s(&t, name).is_empty(), "{name} holds a file");
    }
}

#[test]
fn a_route_from_the_config_file_names_the_destinations() {
    let t = TestEnv::new();
    std::fs::create_dir_all(t.config_dir()).unwrap();
    std::fs::write(
        t.config_dir().join("config.toml"),
        "[routes.release]\nto = [\"carbonio:Design Review\", \"protocol\"]\n",
    )
    .unwrap();
    let bytes = png(4, 4, "route", 2000);
    let file = t.file("shot.png", &bytes);
    let r = run(send(&t).args(["--json", "--route", "release"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(md5s(&t, "carbonio"), vec![md5_hex(&bytes)]);
    assert_eq!(md5s(&t, "protocol"), vec![md5_hex(&bytes)]);
    let records = json_lines(&r.stdout);
    let to: Vec<(&str, &str)> =
        records.iter().map(|r| (r["service"].as_str().unwrap(), r["destination"].as_str().unwrap())).collect();
    assert_eq!(to, [("carbonio", "carbonio:Design Review"), ("protocol", "protocol")]);
    for record in &records {
        assert_eq!(record["status"], "sent");
        assert_eq!(record["name"], "shot.png");
        assert_eq!(record["size"], bytes.len());
        assert!(record["id"].is_string());
    }
    // The room was found by name: the upload went to "Design Review"'s UUID.
    assert_eq!(records[0]["room_id"].as_str().unwrap().len(), 36);

    let r = run(send(&t).args(["--route", "relase"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("did you mean `release`?"), "{}", r.stderr);
    // A route naming no service is the config file's error, with its line.
    std::fs::write(t.config_dir().join("config.toml"), "[routes.bad]\nto = [\"pyrsu:1\"]\n").unwrap();
    let r = run(send(&t).args(["--route", "bad"]).arg(&file));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("line 2") && r.stderr.contains("did you mean `pyrus`?"), "{}", r.stderr);
    assert_eq!(t.uploads("carbonio").len(), 1);
}

#[test]
fn stdin_is_spooled_once_and_every_destination_gets_the_same_bytes() {
    let t = TestEnv::new();
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i * 7 % 251) as u8).collect();
    let r = run(send(&t)
        .args([
            "--json",
            "--to",
            "carbonio:Design Review",
            "--to",
            "pyrus:task=1",
            "--to",
            "protocol",
            "-",
            "--name",
            "dump.bin",
        ])
        .write_stdin(bytes.clone()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    for name in ["carbonio", "pyrus", "protocol"] {
        assert_eq!(md5s(&t, name), vec![md5_hex(&bytes)], "{name}");
        assert_eq!(service_posted(&t, name)[0].name, "dump.bin");
    }
    let records = json_lines(&r.stdout);
    // Pyrus attaches the file to the task with one comment: its record too names the destination.
    let comment = records.iter().find(|r| r["action"] == "comment").expect("the comment's record");
    assert_eq!(comment["destination"], "pyrus:task=1");
    assert_eq!(comment["task_id"], 1);
}
