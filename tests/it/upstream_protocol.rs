//! Protocol answers as its template documents them, replayed against the real binary (#21).
//! Protocol has no live backend (apis.md §5): the fixtures are written by hand from the
//! template's pages, the attachments page of seed 004 (the attachment model: id, message_id,
//! filename, file_url, file_type, file_size, created_at; `{has_more, data}` pages) and the
//! errors and pagination pages as apis.md §5.3 reads them (`{type: api_error |
//! invalid_request, message, documentation_url}`; `limit`, `starting_after`), with fields
//! left out and fields added, as a real server built from it could answer.

use crate::common::*;
use crate::upstream_replay::{self as replay, Hostile};

const TOKEN: &str = "upstream-protocol-token";

fn protocol_env(t: &TestEnv, s: &Hostile) -> assert_cmd::Command {
    let mut cmd = t.bare();
    cmd.env("CHATDROP_PROTOCOL_URL", s.url()).env("CHATDROP_PROTOCOL_TOKEN", TOKEN);
    cmd
}

fn error(kind: &str, message: &str) -> String {
    format!(
        r#"{{"type":"{kind}","message":"{message}","documentation_url":"https://protocol.chat/docs/errors/{kind}"}}"#
    )
}

#[test]
fn attachments_with_fields_missing_or_added_are_read_and_kept() {
    let t = TestEnv::new();
    let s = replay::serve(|r| match (r.method.as_str(), r.path()) {
        // The create answer with only what identifies it, plus a field the template lacks.
        ("POST", "/v1/attachments") => {
            replay::json(200, r#"{"id":"Nc6yKKMpcxiiFxp6","filename":"report.pdf","virus_scan":"clean"}"#)
        }
        // A page: one attachment in full (the template's example), one with its id only.
        ("GET", "/v1/attachments") => replay::json(
            200,
            r#"{"has_more":false,"data":[{"id":"Nc6yKKMpcxiiFxp6","message_id":"LoPsJaMcPBuFNjg1","filename":"Invoice.pdf","file_url":"https://assets.protocol.chat/attachments/Invoice.pdf","file_type":"application/pdf","file_size":21352,"created_at":692233200,"thumbnail_url":"https://assets.protocol.chat/t.png"},{"id":"hSIhXBhNe8X1d8Et"}],"total":2}"#,
        ),
        _ => replay::json(404, &error("invalid_request", "No such route.")),
    });
    let r = run(protocol_env(&t, &s).args(["--json", "protocol", "attach"]).arg(t.file("report.pdf", b"%PDF-1.7\n")));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let attached = &json_lines(&r.stdout)[0];
    assert_record(attached, "protocol", "attach", "sent");
    assert_eq!(attached["id"], "Nc6yKKMpcxiiFxp6");
    assert_eq!(attached["virus_scan"], "clean", "a field the server added is passed on");

    let r = run(protocol_env(&t, &s).args(["--json", "protocol", "attachments"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let listed = json_lines(&r.stdout);
    assert_eq!(listed.len(), 2, "{}", r.stdout);
    assert_eq!(listed[0]["size"], 21352);
    assert_eq!(listed[0]["created_at"], "1991-12-08T23:00:00Z");
    assert_eq!(listed[0]["thumbnail_url"], "https://assets.protocol.chat/t.png");
    assert_eq!(listed[1]["id"], "hSIhXBhNe8X1d8Et");
    assert_eq!(listed[1]["file_url"], serde_json::Value::Null);
    // chatdrop asks for its one default page size (#23), 20.
    assert_eq!(replay::lines(&s), ["POST /v1/attachments", "GET /v1/attachments?limit=20"]);
}

#[test]
fn every_documented_error_shape_is_read_as_the_server_said_it() {
    // (status, body, exit, what the user reads)
    let cases: Vec<(u16, String, i32, &str)> = vec![
        (
            401,
            error("invalid_request", "The API token is invalid."),
            4,
            "Protocol rejected the token: The API token is invalid. (invalid_request)",
        ),
        (
            403,
            error("invalid_request", "Not your attachment."),
            1,
            "Protocol denied access: Not your attachment. (invalid_request)",
        ),
        (
            404,
            error("invalid_request", "No attachment with id Nc6yKKMpcxiiFxp6."),
            1,
            "no attachment Nc6yKKMpcxiiFxp6: No attachment with id Nc6yKKMpcxiiFxp6. (invalid_request)",
        ),
        (
            400,
            error("invalid_request", "limit must be an integer from 1 to 100."),
            1,
            "Protocol refused the request: limit must be an integer from 1 to 100. (invalid_request)",
        ),
        (500, error("api_error", "Something went wrong."), 5, "Something went wrong. (api_error)"),
        // The error object inside a 200: that error, not an attachment.
        (
            200,
            error("api_error", "Storage is full."),
            1,
            "Protocol answered HTTP 200 with an error instead of a result: Storage is full. (api_error)",
        ),
        // Without the optional documentation_url, or with only the type.
        (
            404,
            r#"{"type":"invalid_request","message":"Gone."}"#.into(),
            1,
            "no attachment Nc6yKKMpcxiiFxp6: Gone. (invalid_request)",
        ),
        (404, r#"{"type":"invalid_request"}"#.into(), 1, "no attachment Nc6yKKMpcxiiFxp6: invalid_request"),
        (
            502,
            "<html><head><title>502 Bad Gateway</title></head></html>".into(),
            5,
            "HTML page titled \"502 Bad Gateway\"",
        ),
    ];
    for (status, body, code, says) in cases {
        let t = TestEnv::new();
        let answer = body.clone();
        let html = body.starts_with('<');
        let s = replay::serve(move |_| {
            let content_type = if html { "text/html" } else { "application/json" };
            replay::answer(status, &[("content-type", content_type)], answer.as_bytes())
        });
        let r = run(protocol_env(&t, &s).args(["--retries", "0", "protocol", "get", "Nc6yKKMpcxiiFxp6"]));
        assert_eq!(r.code, code, "{status} {body}: {}", r.stderr);
        assert_one_cause(&r, says);
        assert_eq!(replay::lines(&s), ["GET /v1/attachments/Nc6yKKMpcxiiFxp6"], "{status}");
        assert!(!r.stderr.contains("documentation_url") && !r.stderr.contains("<html"), "{}", r.stderr);
    }
}

#[test]
fn a_delete_answered_with_no_body_is_done_and_with_an_error_object_is_not() {
    for (status, body, code) in
        [(204, String::new(), 0), (200, String::new(), 0), (200, error("api_error", "Locked."), 1)]
    {
        let t = TestEnv::new();
        let answer = body.clone();
        let s =
            replay::serve(move |_| replay::answer(status, &[("content-type", "application/json")], answer.as_bytes()));
        let r = run(protocol_env(&t, &s).args(["protocol", "delete", "Nc6yKKMpcxiiFxp6", "--yes"]));
        assert_eq!(r.code, code, "{status} {body}: {}", r.stderr);
        assert_eq!(replay::lines(&s), ["DELETE /v1/attachments/Nc6yKKMpcxiiFxp6"], "sent once");
    }
}
