//! Protocol end to end: the real binary against the sandbox's Protocol fake, asserting what
//! arrived at the server (parts, names, bytes, headers, forms, cursors) and what the user saw.

use crate::common::*;
use chatdrop::sandbox::protocol::{CONVERSATION, TOKEN};
use serde_json::Value;

const PDF: &[u8] = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n";

fn lists(t: &TestEnv) -> Vec<Recorded> {
    t.requests("protocol").into_iter().filter(|r| r.method == "GET" && r.path == "/protocol/v1/attachments").collect()
}

/// The decoded value of `name` in a query string.
fn query_param(query: &str, name: &str) -> Option<String> {
    url::form_urlencoded::parse(query.as_bytes()).find(|(k, _)| k == name).map(|(_, v)| v.into_owned())
}

#[test]
fn attach_sends_a_real_file_part_with_the_default_conversation() {
    let t = TestEnv::new();
    // A PDF under a misleading extension: the content type comes from the magic bytes.
    let path = t.file("invoice.bin", PDF);
    let r = run(t.cmd("protocol").args(["protocol", "attach"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);

    let ups = t.uploads("protocol");
    assert_eq!(ups.len(), 1);
    let up = &ups[0];
    assert_eq!(up.path, "/protocol/v1/attachments");
    assert_eq!(up.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert!(up.header("content-type").unwrap().starts_with("multipart/form-data; boundary="));
    assert!(up.header("transfer-encoding").is_none(), "never chunked");
    assert_eq!(up.parts.len(), 2, "conversation_id, then file");
    assert_eq!(up.parts[0].name, "conversation_id");
    assert_eq!(up.parts[0].filename, None);
    assert_eq!(up.parts[0].text(), CONVERSATION);
    let file = &up.parts[1];
    assert_eq!(file.name, "file");
    assert_eq!(file.filename.as_deref(), Some("invoice.bin"));
    assert_eq!(file.disposition.as_deref(), Some("form-data; name=\"file\"; filename=\"invoice.bin\""));
    assert_eq!(file.content_type.as_deref(), Some("application/pdf"));
    assert_eq!(file.value.as_deref(), Some(PDF));
    assert_eq!(file.md5, md5_hex(PDF));

    let stored = t.sandbox.state.protocol.attachments();
    assert_eq!(stored.len(), 1);
    let a = &stored[0];
    assert_eq!(a.conversation_id.as_deref(), Some(CONVERSATION));
    assert_eq!(a.id.len(), 16);
    assert!(a.id.chars().all(|c| c.is_ascii_alphanumeric()));
    let fields: Vec<&str> = r.stdout.trim_end().split('\t').collect();
    assert_eq!(fields[0], a.id);
    assert_eq!(fields[1], format!("{}/protocol/files/{}/invoice.bin", t.sandbox.base_url(), a.id));
    assert_eq!(fields[2], "invoice.bin");
}

#[test]
fn attach_several_files_with_unicode_names_and_json_output() {
    let t = TestEnv::new();
    let names = ["Отчёт за май.pdf", "😀 smile.dat", "notes.txt"];
    let png = png(1, 1, "rest-of-png", 0);
    let bodies: [&[u8]; 3] = [PDF, &png, b"plain notes\n"];
    let paths: Vec<_> = names.iter().zip(bodies).map(|(n, b)| t.file(n, b)).collect();
    let r = run(t
        .cmd("protocol")
        .env_remove("CHATDROP_PROTOCOL_CONVERSATION")
        .args(["--json", "--jobs", "1", "protocol", "attach"])
        .args(&paths));
    assert_eq!(r.code, 0, "{}", r.stderr);

    let ups = t.uploads("protocol");
    assert_eq!(ups.len(), 3);
    let expected_types = ["application/pdf", "image/png", "text/plain"];
    for ((up, name), (body, ctype)) in ups.iter().zip(names).zip(bodies.iter().zip(expected_types)) {
        assert_eq!(up.parts.len(), 1, "no conversation_id part without a conversation");
        let part = &up.parts[0];
        assert_eq!(part.name, "file");
        assert_eq!(part.filename.as_deref(), Some(name), "UTF-8 name intact");
        assert_eq!(
            part.disposition.as_deref(),
            Some(format!("form-data; name=\"file\"; filename=\"{name}\"").as_str())
        );
        assert_eq!(part.content_type.as_deref(), Some(ctype));
        assert_eq!(part.md5, md5_hex(body));
        assert_eq!(part.size, body.len() as u64);
    }

    let lines = json_lines(&r.stdout);
    assert_eq!(lines.len(), 3);
    for (line, name) in lines.iter().zip(names) {
        assert_record(line, "protocol", "attach", "sent");
        assert_eq!(line["name"], name);
        assert_eq!(line["filename"], name);
        let id = line["id"].as_str().unwrap();
        let stored = t.sandbox.state.protocol.attachment(id).expect("the fake holds it");
        assert_eq!(stored.filename, name);
        assert_eq!(stored.conversation_id, None);
        assert!(
            line["file_url"].as_str().unwrap().starts_with(&format!("{}/protocol/files/{id}/", t.sandbox.base_url()))
        );
    }
}

#[test]
fn attach_to_an_unknown_conversation_says_so_and_a_503_is_retried() {
    let t = TestEnv::new();
    let path = t.file("a.txt", b"hello\n");
    let r = run(t.cmd("protocol").args(["protocol", "attach", "--conversation", "NoSuchConversat"]).arg(&path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("no conversation NoSuchConversat"), "{}", r.stderr);
    assert!(t.sandbox.state.protocol.attachments().is_empty());

    let r = run(t.cmd("protocol").args(["protocol", "attach", "--conversation", "bad/id"]).arg(&path));
    assert_eq!(r.code, 2, "{}", r.stderr);

    t.sandbox.state.protocol.add_conversation("OtherConversati");
    t.sandbox.inject(Fault::status("/protocol/v1/attachments", 503).header("Retry-After", "0"));
    let before = t.uploads("protocol").len();
    let r = run(t.cmd("protocol").args(["protocol", "attach", "--conversation", "OtherConversati"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ups = t.uploads("protocol");
    assert_eq!(ups.len() - before, 2, "one 503, one success");
    assert!(ups[ups.len() - 2].fault);
    let stored = t.sandbox.state.protocol.attachments();
    assert_eq!(stored.len(), 1, "exactly one attachment despite the retry");
    assert_eq!(stored[0].conversation_id.as_deref(), Some("OtherConversati"));
}

#[test]
fn all_pages_through_the_cursor_until_has_more_is_false() {
    let t = TestEnv::new();
    let ids = t.sandbox.state.protocol.seed(250, Some(CONVERSATION));
    t.sandbox.state.protocol.seed(5, None);
    let r = run(t.cmd("protocol").args(["--json", "protocol", "attachments", "--conversation", CONVERSATION, "--all"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let got: Vec<String> = json_lines(&r.stdout).iter().map(|v| v["id"].as_str().unwrap().to_string()).collect();
    let newest_first: Vec<String> = ids.iter().rev().cloned().collect();
    assert_eq!(got, newest_first, "every attachment of the conversation once, newest first");

    let reqs = lists(&t);
    assert_eq!(reqs.len(), 3);
    for (n, req) in reqs.iter().enumerate() {
        assert_eq!(query_param(&req.query, "limit").as_deref(), Some("100"));
        assert_eq!(query_param(&req.query, "conversation_id").as_deref(), Some(CONVERSATION));
        let expected_cursor = (n > 0).then(|| newest_first[n * 100 - 1].clone());
        assert_eq!(query_param(&req.query, "starting_after"), expected_cursor);
        assert_eq!(req.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    }
}

#[test]
fn one_page_by_default_or_of_limit_and_limits_out_of_range_are_usage_errors() {
    let t = TestEnv::new();
    let ids = t.sandbox.state.protocol.seed(25, None);
    let r = run(t.cmd("protocol").args(["--json", "protocol", "attachments"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    // One default page size for every list (#23): 20, asked for explicitly.
    assert_eq!(json_lines(&r.stdout).len(), 20, "chatdrop's default page");
    assert_eq!(query_param(&lists(&t)[0].query, "limit").as_deref(), Some("20"));
    let tenth = &ids[ids.len() - 20];
    assert!(r.stderr.contains(&format!("--after {tenth}")), "{}", r.stderr);

    let r = run(t.cmd("protocol").args(["--json", "protocol", "attachments", "--after", tenth]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rest: Vec<String> = json_lines(&r.stdout).iter().map(|v| v["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(rest, ids[..5].iter().rev().cloned().collect::<Vec<_>>());

    let r = run(t.cmd("protocol").args(["--json", "protocol", "attachments", "--limit", "100"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(json_lines(&r.stdout).len(), 25);
    assert_eq!(query_param(&lists(&t).last().unwrap().query, "limit").as_deref(), Some("100"));

    let before = t.requests("protocol").len();
    for bad in ["0", "101", "-1"] {
        let r = run(t.cmd("protocol").args(["protocol", "attachments", "--limit", bad]));
        assert_eq!(r.code, 2, "--limit {bad}: {}", r.stderr);
        assert!(r.stderr.contains("1 to 100"), "{}", r.stderr);
    }
    let r = run(t.cmd("protocol").args(["protocol", "attachments", "--limit", "5", "--all"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(t.requests("protocol").len(), before, "no request for a bad command line");
}

#[test]
fn the_human_list_is_an_aligned_table() {
    let t = TestEnv::new();
    t.sandbox.state.protocol.seed(3, None);
    for (name, body) in [("Отчёт 😀.pdf", PDF), ("picture.png", &png(1, 1, "rest-of-png", 0))] {
        let path = t.file(name, body);
        assert_eq!(run(t.cmd("protocol").args(["protocol", "attach"]).arg(&path)).code, 0);
    }
    // Off a terminal: tab-separated rows, no header, for scripts.
    let r = run(t.cmd("protocol").args(["protocol", "attachments"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(rows.len(), 5, "{}", r.stdout);
    assert!(rows.iter().all(|l| l.split('\t').count() == 5), "{}", r.stdout);
    assert!(rows[0].ends_with("\tpicture.png"), "{}", rows[0]);
    // On a terminal: an aligned table under a header.
    let Some(screen) = on_terminal(&t, "protocol", &["protocol", "attachments"], None) else { return };
    let lines: Vec<Vec<char>> = screen
        .lines()
        .skip_while(|l| !l.starts_with("ID "))
        .take_while(|l| !l.is_empty())
        .map(|l| l.chars().collect())
        .collect();
    assert_eq!(lines.len(), 6, "header + 5 rows:\n{screen}");
    let header: String = lines[0].iter().collect();
    assert!(header.starts_with("ID "), "{header}");
    // The header is ASCII: its byte offsets are character offsets.
    let starts: Vec<usize> = ["SIZE", "TYPE", "CREATED", "FILENAME"].iter().map(|c| header.find(c).unwrap()).collect();
    for line in &lines[1..] {
        // Sizes are aligned right, under the header's end (as in every list, #23).
        let end = starts[0] + "SIZE".len();
        assert!(line[end - 1] != ' ' && line[end] == ' ', "SIZE misaligned:\n{screen}");
        for &at in &starts[1..] {
            assert!(line[at - 1] == ' ' && line[at] != ' ', "column at {at} misaligned:\n{screen}");
        }
    }
    // Newest first, names intact in the last column.
    let first: String = lines[1][starts[3]..].iter().collect();
    assert_eq!(first, "picture.png");
    let second: String = lines[2][starts[3]..].iter().collect();
    assert_eq!(second, "Отчёт 😀.pdf");
    assert!(r.stdout.contains("image/png") && r.stdout.contains("application/pdf"));
}

#[test]
fn get_and_rename_one_attachment() {
    let t = TestEnv::new();
    let path = t.file("draft.pdf", PDF);
    let r = run(t.cmd("protocol").args(["--json", "protocol", "attach"]).arg(&path));
    let id = json_lines(&r.stdout)[0]["id"].as_str().unwrap().to_string();

    let r = run(t.cmd("protocol").args(["protocol", "get", &id]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(&format!("id          {id}\n")), "{}", r.stdout);
    assert!(r.stdout.contains("filename    draft.pdf\n"), "{}", r.stdout);
    assert!(r.stdout.contains(&format!("file_size   {} bytes", PDF.len())), "{}", r.stdout);
    let r = run(t.cmd("protocol").args(["--json", "protocol", "get", &id]));
    let v = &json_lines(&r.stdout)[0];
    assert_eq!(v["id"], id.as_str());
    assert_eq!(v["file_type"], "application/pdf");
    assert_record(v, "protocol", "get", "done");
    // The template's Unix seconds, as RFC 3339 like every service's times.
    assert!(v["created_at"].as_str().is_some_and(|t| t.len() == 20 && t.ends_with('Z')), "{v}");

    let new_name = "Итог & final.pdf";
    let r = run(t.cmd("protocol").args(["--json", "protocol", "rename", &id, new_name]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let put = t.requests("protocol").into_iter().find(|r| r.method == "PUT").expect("a PUT");
    assert_eq!(put.path, format!("/protocol/v1/attachments/{id}"));
    assert_eq!(put.header("content-type"), Some("application/x-www-form-urlencoded"));
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&put.body).into_owned().collect();
    assert_eq!(form, vec![("filename".to_string(), new_name.to_string())]);
    assert_eq!(put.header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert_eq!(json_lines(&r.stdout)[0]["filename"], new_name);
    assert_eq!(t.sandbox.state.protocol.attachment(&id).unwrap().filename, new_name);
}

#[test]
fn missing_attachments_and_bad_ids_are_clear() {
    let t = TestEnv::new();
    for args in [
        ["get", "Nc6yKKMpcxiiFxp6"].as_slice(),
        ["rename", "Nc6yKKMpcxiiFxp6", "x.pdf"].as_slice(),
        ["delete", "--yes", "Nc6yKKMpcxiiFxp6"].as_slice(),
    ] {
        let r = run(t.cmd("protocol").arg("protocol").args(args));
        assert_eq!(r.code, 1, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("no attachment Nc6yKKMpcxiiFxp6"), "{}", r.stderr);
        assert!(r.stderr.contains("(invalid_request)"), "the server's type is shown: {}", r.stderr);
    }
    let before = t.requests("protocol").len();
    for id in ["a/b", "a?b", "a#b", "a b", ""] {
        let r = run(t.cmd("protocol").args(["protocol", "get", id]));
        assert_eq!(r.code, 2, "{id:?}: {}", r.stderr);
    }
    assert_eq!(t.requests("protocol").len(), before, "bad ids never reach the server");
}

#[test]
fn delete_needs_yes_without_a_terminal() {
    let t = TestEnv::new();
    let id = t.sandbox.state.protocol.seed(1, None).remove(0);
    let r = run(t.cmd("protocol").args(["protocol", "delete", &id]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert!(t.requests("protocol").iter().all(|r| r.method != "DELETE"), "nothing deleted");
    assert!(t.sandbox.state.protocol.attachment(&id).is_some());

    let r = run(t.cmd("protocol").args(["--json", "protocol", "delete", "--yes", &id]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let deletes: Vec<Recorded> = t.requests("protocol").into_iter().filter(|r| r.method == "DELETE").collect();
    assert_eq!(deletes.len(), 1);
    assert_eq!(deletes[0].path, format!("/protocol/v1/attachments/{id}"));
    assert_eq!(deletes[0].header("authorization"), Some(format!("Bearer {TOKEN}").as_str()));
    assert_eq!(assert_record(&json_lines(&r.stdout)[0], "protocol", "delete", "done")["id"], id.as_str());
    assert!(t.sandbox.state.protocol.attachment(&id).is_none());
}

#[test]
fn a_rejected_or_missing_token_exits_4_naming_login_and_env() {
    let t = TestEnv::new();
    let path = t.file("a.txt", b"hello\n");
    for args in [vec!["protocol", "attachments"], vec!["protocol", "attach", path.to_str().unwrap()]] {
        let r = run(t.cmd("protocol").env("CHATDROP_PROTOCOL_TOKEN", "wrong-token").args(&args));
        assert_eq!(r.code, 4, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("The API token is invalid. (invalid_request)"), "{}", r.stderr);
        assert!(r.stderr.contains("chatdrop login protocol"), "{}", r.stderr);
        assert!(r.stderr.contains("CHATDROP_PROTOCOL_TOKEN"), "{}", r.stderr);
    }
    assert_eq!(t.requests("protocol").iter().filter(|r| r.status == 401).count(), 2, "401s are not retried");
    assert!(t.sandbox.state.protocol.attachments().is_empty());

    let r = run(t.cmd("protocol").env_remove("CHATDROP_PROTOCOL_TOKEN").args(["protocol", "attachments"]));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("chatdrop login protocol") && r.stderr.contains("CHATDROP_PROTOCOL_TOKEN"));
}

#[test]
fn login_checks_the_token_live_and_stores_it_privately() {
    let t = TestEnv::new();
    let url = format!("{}/protocol", t.sandbox.base_url());
    let credentials = t.config_dir().join("credentials.toml");

    let r = run(t.bare().args(["login", "protocol", "--with-token", "--url", &url]).write_stdin("wrong-token\n"));
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("nothing was saved"), "{}", r.stderr);
    assert!(!credentials.exists() || !std::fs::read_to_string(&credentials).unwrap().contains("wrong-token"));

    let r = run(t.bare().args(["login", "protocol", "--with-token", "--url", &url]).write_stdin(format!("{TOKEN}\n")));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let checks = lists(&t);
    assert_eq!(checks.len(), 2, "each login checks the token with one list call");
    assert_eq!(query_param(&checks[1].query, "limit").as_deref(), Some("1"));
    let stored = std::fs::read_to_string(&credentials).unwrap();
    assert!(stored.contains(TOKEN) && stored.contains(&url), "{stored}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&credentials).unwrap().permissions().mode() & 0o777, 0o600);
    }

    // The stored login is enough for the next command.
    t.sandbox.state.protocol.seed(2, None);
    let r = run(t.bare().args(["--json", "protocol", "attachments"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(json_lines(&r.stdout).len(), 2);
}

#[test]
fn login_without_a_terminal_or_stdin_token_fails_fast() {
    let t = TestEnv::new();
    let url = format!("{}/protocol", t.sandbox.base_url());
    let started = std::time::Instant::now();
    let r = run(t.bare().args(["login", "protocol", "--url", &url]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert!(r.stderr.contains("CHATDROP_PROTOCOL_TOKEN") && r.stderr.contains("--with-token"), "{}", r.stderr);
    assert!(t.requests("protocol").is_empty());
    assert!(!t.config_dir().join("credentials.toml").exists());
}

/// One raw HTTP/1.1 exchange with the sandbox (for requests chatdrop never makes).
fn raw_http(t: &TestEnv, head: &str, body: &[u8]) -> (u16, serde_json::Value) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(t.sandbox.addr).unwrap();
    let request =
        format!("{head}\r\nHost: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", t.sandbox.addr, body.len());
    stream.write_all(request.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let status = answer[9..12].parse().unwrap();
    let json =
        answer.split_once("\r\n\r\n").map(|(_, b)| serde_json::from_str(b).unwrap_or_default()).unwrap_or_default();
    (status, json)
}

#[test]
fn the_fake_refuses_the_docs_text_field_and_pages_backwards() {
    let t = TestEnv::new();
    let auth = format!("Authorization: Bearer {TOKEN}");
    // What `curl -F file="../Invoice.pdf"` (no `@`) sends: a text field, not a file.
    let body = b"--XYZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n../Invoice.pdf\r\n--XYZ--\r\n";
    let (status, json) = raw_http(
        &t,
        &format!("POST /protocol/v1/attachments HTTP/1.1\r\n{auth}\r\nContent-Type: multipart/form-data; boundary=XYZ"),
        body,
    );
    assert_eq!(status, 400);
    assert_eq!(json["type"], "invalid_request");
    assert!(json["message"].as_str().unwrap().contains("file upload"), "{json}");
    assert_eq!(json["documentation_url"], "https://protocol.chat/docs/errors/invalid_request");
    assert!(t.sandbox.state.protocol.attachments().is_empty());

    let ids = t.sandbox.state.protocol.seed(5, None);
    // Newest first is ids[4..0]; the page before ids[1] is ids[4], ids[3], ids[2]; the 2 nearest it are ids[3], ids[2].
    let (status, json) =
        raw_http(&t, &format!("GET /protocol/v1/attachments?limit=2&ending_before={} HTTP/1.1\r\n{auth}", ids[1]), b"");
    assert_eq!(status, 200);
    let got: Vec<&str> = json["data"].as_array().unwrap().iter().map(|a| a["id"].as_str().unwrap()).collect();
    assert_eq!(got, [ids[3].as_str(), ids[2].as_str()]);
    assert_eq!(json["has_more"], true);
    let (status, json) = raw_http(
        &t,
        &format!(
            "GET /protocol/v1/attachments?limit=2&starting_after={}&ending_before={} HTTP/1.1\r\n{auth}",
            ids[1], ids[2]
        ),
        b"",
    );
    assert_eq!((status, json["type"].as_str()), (400, Some("invalid_request")));
    let (status, _) = raw_http(&t, "GET /protocol/v1/attachments HTTP/1.1\r\nAuthorization: Basic dXNlcjpwYXNz", b"");
    assert_eq!(status, 401);
}

#[test]
fn a_gateway_error_resends_a_rename_but_never_a_delete() {
    let t = TestEnv::new();
    let id = t.sandbox.state.protocol.seed(1, None).remove(0);
    let gateway = |method: &str| Fault {
        path: "/protocol/v1/attachments/".into(),
        method: Some(method.into()),
        times: 1,
        action: FaultAction::Status {
            status: 502,
            headers: vec![("Content-Type".into(), "text/html".into())],
            body: "<html><head><title>502 Bad Gateway</title></head></html>".into(),
        },
    };

    t.sandbox.inject(gateway("PUT"));
    let r = run(t.cmd("protocol").args(["protocol", "rename", &id, "renamed.txt"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let puts: Vec<Recorded> = t.requests("protocol").into_iter().filter(|r| r.method == "PUT").collect();
    assert_eq!(puts.len(), 2, "a PUT is idempotent: resent after the 502");
    assert!(puts[0].fault && !puts[1].fault);
    assert_eq!(t.sandbox.state.protocol.attachment(&id).unwrap().filename, "renamed.txt");

    t.sandbox.inject(gateway("DELETE"));
    let r = run(t.cmd("protocol").args(["protocol", "delete", "--yes", &id]));
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("502 Bad Gateway") && !r.stderr.contains("<html>"), "{}", r.stderr);
    assert!(r.stderr.contains("may have been delivered"), "{}", r.stderr);
    assert_eq!(t.requests("protocol").iter().filter(|r| r.method == "DELETE").count(), 1, "never resent");
}

/// On a terminal (`script` gives one) delete asks first: "n" keeps the attachment, "y" deletes it.
#[cfg(unix)]
#[test]
fn delete_asks_on_a_terminal() {
    use std::io::Write;
    if !have_script("the terminal confirmation test") {
        return;
    }
    let t = TestEnv::new();
    let ids = t.sandbox.state.protocol.seed(2, None);
    let answer = |id: &str, key: &str| {
        let log = t.dir.path().join(format!("typescript-{id}"));
        let mut cmd = t.hermetic("script", Some("protocol"));
        cmd.args(["-qfc", &format!("{} protocol delete {id}", binary().display())])
            .arg(&log)
            .env("TERM", "xterm")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null());
        let mut child = cmd.spawn().unwrap();
        let mut stdin = child.stdin.take().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1500));
        stdin.write_all(key.as_bytes()).unwrap();
        let status = child.wait().unwrap();
        drop(stdin);
        (status, String::from_utf8_lossy(&std::fs::read(&log).unwrap()).into_owned())
    };
    let (_, screen) = answer(&ids[0], "n");
    assert!(screen.contains(&ids[0]) && screen.contains("[y/N]"), "{screen}");
    assert!(t.sandbox.state.protocol.attachment(&ids[0]).is_some(), "kept after `n`");
    let (status, screen) = answer(&ids[1], "y");
    assert!(status.success(), "{screen}");
    assert!(t.sandbox.state.protocol.attachment(&ids[1]).is_none(), "deleted after `y`: {screen}");
    let deletes = t.requests("protocol").iter().filter(|r| r.method == "DELETE").count();
    assert_eq!(deletes, 1);
}

// ---- What a fake lists can be fetched, and only an explicit success is a success (#21). ----

/// A plain HTTP/1.1 GET to the sandbox on 127.0.0.1 (status, body), with an optional Bearer.
fn http_get(url: &str, bearer: Option<&str>) -> (u16, Vec<u8>) {
    use std::io::{Read, Write};
    let rest = url.strip_prefix("http://").expect("an http URL");
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    assert!(host.starts_with("127.0.0.1:"), "only the local sandbox: {url}");
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    stream.set_read_timeout(Some(std::time::Duration::from_secs(20))).unwrap();
    let auth = bearer.map(|t| format!("Authorization: Bearer {t}\r\n")).unwrap_or_default();
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {host}\r\n{auth}Connection: close\r\n\r\n").unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n").expect("a head");
    let head = String::from_utf8_lossy(&answer[..split]).to_string();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, answer[split + 4..].to_vec())
}

#[test]
fn every_attachment_and_conversation_a_list_names_can_be_fetched() {
    let t = TestEnv::new();
    t.sandbox.state.protocol.seed(3, Some(CONVERSATION));
    t.sandbox.state.protocol.seed_conversations(2);
    let path = t.file("uploaded.pdf", PDF);
    assert_eq!(run(t.cmd("protocol").args(["protocol", "attach"]).arg(&path)).code, 0);

    let r = run(t.cmd("protocol").args(["--json", "protocol", "attachments", "--all"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let listed = json_lines(&r.stdout);
    assert_eq!(listed.len(), 4, "{}", r.stdout);
    for a in &listed {
        let id = a["id"].as_str().unwrap();
        let got = run(t.cmd("protocol").args(["--json", "protocol", "get", id]));
        assert_eq!(got.code, 0, "{id}: {}", got.stderr);
        assert_eq!(json_lines(&got.stdout)[0]["id"], id);
        let (status, body) = http_get(a["file_url"].as_str().unwrap(), None);
        assert_eq!(status, 200, "{id}: its file_url answers");
        assert_eq!(body.len() as u64, a["size"].as_u64().unwrap(), "{id}: as many bytes as listed");
        let stored = t.sandbox.state.protocol.attachment(id).unwrap();
        assert_eq!(md5_hex(&body), stored.md5, "{id}");
    }

    let r = run(t.cmd("protocol").args(["--json", "protocol", "conversations", "--all"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let conversations = json_lines(&r.stdout);
    assert_eq!(conversations.len(), 3, "{}", r.stdout);
    for c in &conversations {
        let id = c["id"].as_str().unwrap();
        let url = format!("{}/protocol/v1/conversations/{id}", t.sandbox.base_url());
        let (status, body) = http_get(&url, Some(TOKEN));
        assert_eq!(status, 200, "{id}");
        let one: Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(one["id"], id);
    }
    assert_eq!(http_get(&format!("{}/protocol/v1/conversations/nope", t.sandbox.base_url()), Some(TOKEN)).0, 404);
}

#[test]
fn an_error_object_inside_a_200_upload_is_a_failure_and_an_answer_without_an_id_is_unknown() {
    let t = TestEnv::new();
    let journal = t.dir.path().join("journal.jsonl");
    let records = || -> Vec<Value> {
        std::fs::read_to_string(&journal)
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    // The template's error object (`{type, message, documentation_url}`, Protocol's errors page).
    let error = r#"{"type":"api_error","message":"Storage is full.","documentation_url":"https://protocol.chat/docs/errors/api_error"}"#;
    t.sandbox.inject(Fault::status("/v1/attachments", 200).header("Content-Type", "application/json").body(error));
    let path = t.file("a.txt", b"first\n");
    let r = run(t.cmd("protocol").args(["protocol", "attach", "--journal"]).arg(&journal).arg(&path));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_one_cause(&r, "Protocol answered HTTP 200 with an error instead of a result: Storage is full. (api_error)");
    assert!(!r.stderr.contains("may have been delivered"), "{}", r.stderr);
    assert_eq!(records()[0]["outcome"], "failed");

    // A 201 that names no attachment: it may be there.
    t.sandbox.inject(
        Fault::status("/v1/attachments", 201)
            .header("Content-Type", "application/json")
            .body(r#"{"filename":"a.txt"}"#),
    );
    let other = t.file("b.txt", b"second\n");
    let r = run(t.cmd("protocol").args(["protocol", "attach", "--journal"]).arg(&journal).arg(&other));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("may have been delivered"), "{}", r.stderr);
    assert_eq!(records()[1]["outcome"], "unknown");
    let r = run(t.cmd("protocol").args(["protocol", "attach", "--skip-sent", "--journal"]).arg(&journal).arg(&other));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(t.uploads("protocol").len(), 2, "the unknown one is held back");
    assert!(t.sandbox.state.protocol.attachments().is_empty());
}
