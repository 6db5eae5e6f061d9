//! Pyrus answers as the official clients read them, replayed against the real binary (#21).
//! Every fixture here is written by hand from the upstream models, never copied:
//! - simplygoodsoftware/pyrusapi-csharp 98c8b88d: `Responses/AuthResponse.cs` (access_token,
//!   api_url, files_url), `Responses/UploadResponse.cs` (guid, md5_hash),
//!   `Responses/ResponseBase.cs` (error, error_code, error_message), `Enums/ErrorCodeType.cs`
//!   (the code names, e.g. `too_large_request_length`, `revoked_token`, `account_blocked`),
//!   `Responses/TaskResponse.cs` + `Entities/TaskWithComments.cs` + `Entities/TaskComment.cs` +
//!   `Entities/File.cs` (a task with comments, a comment's File attachments), and
//!   `ClientExtensions.cs` (`ThrowIfResponseHtml`: HTML bodies happen);
//! - simplygoodsoftware/pyrusapi-python 09f02157: `pyrus/models/responses.py` (BaseResponse
//!   error_code + error, AuthResponse, UploadResponse);
//! - simplygoodsoftware/pyrusapi-typescript 04a7e592: `src/responses/authResponse.ts`
//!   (api_url and files_url optional);
//! - ASP.NET Web API's 404 of a path with no route: `{"Message": ...}`.
//!   The server is local (upstream_replay), so every request can be checked.

use crate::common::*;
use crate::upstream_replay::{self as replay, Hostile, Request};

const TOKEN: &str = "upstream-pyrus-token";
const GUID: &str = "0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a";

/// The replay server's own address, as the request names it (for answers that name URLs).
fn host(r: &Request) -> String {
    format!("http://{}", r.header("host").unwrap())
}

/// Env with a ready token for the API at `{server}/api/v4` and files at `{server}/files`.
fn with_token(t: &TestEnv, s: &Hostile) -> assert_cmd::Command {
    let mut cmd = t.bare();
    cmd.env("CHATDROP_PYRUS_TOKEN", TOKEN)
        .env("CHATDROP_PYRUS_API_URL", format!("{}/api/v4", s.url()))
        .env("CHATDROP_PYRUS_FILES_URL", format!("{}/files", s.url()));
    cmd
}

/// Env with login + security key against `{server}/accounts/v4`.
fn with_login(t: &TestEnv, s: &Hostile) -> assert_cmd::Command {
    let mut cmd = t.bare();
    cmd.env("CHATDROP_PYRUS_AUTH_URL", format!("{}/accounts/v4", s.url()))
        .env("CHATDROP_PYRUS_LOGIN", "bot@example.com")
        .env("CHATDROP_PYRUS_SECURITY_KEY", "upstream-security-key");
    cmd
}

#[test]
fn cloud_answers_with_trailing_slashes_unknown_fields_and_upper_case_md5_are_read() {
    let t = TestEnv::new();
    const CONTENT: &[u8] = b"cloud answer shapes\n";
    let s = replay::serve(|r| match r.path() {
        // AuthResponse, with the docs' trailing slashes and fields no client models.
        "/accounts/v4/auth" => replay::json(
            200,
            &format!(
                r#"{{"access_token":"{TOKEN}","api_url":"{0}/api/v4/","files_url":"{0}/files/","token_type":"bearer","expires_in":86400}}"#,
                host(r)
            ),
        ),
        // UploadResponse: md5_hash in upper case (C# fixtures), plus a field nobody models.
        "/files/v4/files/upload" => replay::json(
            200,
            &format!(r#"{{"guid":"{GUID}","md5_hash":"{}","storage":"s3"}}"#, md5_hex(CONTENT).to_uppercase()),
        ),
        // GetTask's TaskResponse (`PyrusClient.GetTask`): the task, asked before the upload.
        "/api/v4/tasks/31" => replay::json(200, r#"{"task":{"id":31,"text":"Build","is_closed":false,"comments":[]}}"#),
        // TaskResponse: the task with its comments; the new comment has only an id and File
        // attachments (id, name, size, md5, url, version; root_id missing), and more fields.
        "/api/v4/tasks/31/comments" => replay::json(
            200,
            r#"{"task":{"id":31,"text":"Build","is_closed":false,"comments":[{"id":700,"text":"older"},{"id":701,"create_date":"2026-01-01T10:00:00Z","attachments":[{"id":5501,"name":"a.txt","size":20,"md5":"x","url":"https://files.example/5501","version":0}],"channel":{"type":"api"}}]},"unknown":1}"#,
        ),
        _ => replay::json(404, r#"{"Message":"No HTTP resource was found that matches the request URI."}"#),
    });
    let file = t.file("a.txt", CONTENT);
    let r = run(with_login(&t, &s).args(["--json", "pyrus", "upload", "--task", "31"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        replay::lines(&s),
        [
            "POST /accounts/v4/auth",
            "GET /api/v4/tasks/31",
            "POST /files/v4/files/upload",
            "POST /api/v4/tasks/31/comments"
        ]
    );
    let records = json_lines(&r.stdout);
    let upload = assert_record(&records[0], "pyrus", "upload", "sent");
    assert_eq!(upload["guid"], GUID);
    assert_eq!(upload["md5_hash"], md5_hex(CONTENT), "stored in lower case");
    let comment = assert_record(&records[1], "pyrus", "comment", "done");
    assert_eq!(comment["comment_id"], 701);
}

#[test]
fn an_api_url_without_files_url_sends_files_to_the_api_host() {
    let t = TestEnv::new();
    const CONTENT: &[u8] = b"no files_url\n";
    let s = replay::serve(|r| match r.path() {
        "/accounts/v4/auth" => {
            replay::json(200, &format!(r#"{{"access_token":"{TOKEN}","api_url":"{}/api/v4"}}"#, host(r)))
        }
        "/api/v4/files/upload" => {
            replay::json(200, &format!(r#"{{"guid":"{GUID}","md5_hash":"{}"}}"#, md5_hex(CONTENT)))
        }
        _ => replay::json(404, r#"{"Message":"No HTTP resource was found."}"#),
    });
    let r = run(with_login(&t, &s).args(["pyrus", "upload"]).arg(t.file("a.txt", CONTENT)));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(replay::lines(&s), ["POST /accounts/v4/auth", "POST /api/v4/files/upload"]);
    assert_eq!(s.requests()[1].header("authorization").as_deref(), Some(format!("Bearer {TOKEN}").as_str()));
}

/// One upload against a server that answers `status` and `body`: the run, and how many
/// requests arrived.
fn upload_answered(status: u16, content_type: &str, body: &'static str, flags: &[&str]) -> (Run, usize) {
    let t = TestEnv::new();
    let content_type = content_type.to_string();
    let s = replay::serve(move |_| replay::answer(status, &[("content-type", &content_type)], body.as_bytes()));
    let r = run(with_token(&t, &s).args(flags).args(["pyrus", "upload"]).arg(t.file("a.txt", b"x")));
    let n = s.requests().len();
    (r, n)
}

#[test]
fn every_documented_error_shape_is_read_as_the_server_said_it() {
    const JSON: &str = "application/json; charset=utf-8";
    let html = "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    let cases: &[(u16, &str, &'static str, i32, &str, usize)] = &[
        // ResponseBase: error_code + error (the docs' shape) and error_code + error_message (C#).
        (
            400,
            JSON,
            r#"{"error_code":"invalid_file","error_message":"The file is broken."}"#,
            1,
            "The file is broken. (invalid_file)",
            1,
        ),
        (
            403,
            JSON,
            r#"{"error_code":"access_denied","error":"Access denied."}"#,
            1,
            "Access denied. (access_denied)",
            1,
        ),
        // ErrorCodeType.TooLargeRequestLength is a 400: the file-too-large class, not retried.
        (
            400,
            JSON,
            r#"{"error_code":"too_large_request_length","error":"Request is too large."}"#,
            6,
            "too large: Request is too large. (too_large_request_length)",
            1,
        ),
        // A refused token with no login to renew it.
        (
            401,
            JSON,
            r#"{"error_code":"revoked_token","error":"Authorization token has been revoked."}"#,
            4,
            "Pyrus rejected the token: Authorization token has been revoked. (revoked_token)",
            1,
        ),
        // A refused-token code on another status is a refused token all the same.
        (
            403,
            JSON,
            r#"{"error_code":"expired_token","error":"Authorization token has expired."}"#,
            4,
            "Pyrus rejected the token",
            1,
        ),
        // ASP.NET's 404 of a path with no route: the address is wrong.
        (
            404,
            JSON,
            r#"{"Message":"No HTTP resource was found that matches the request URI 'https://x/v4/files/upload'."}"#,
            1,
            "there is no Pyrus API at",
            1,
        ),
        // An error inside a 200 (C# reads `Error` whatever the status): never a success.
        (
            200,
            JSON,
            r#"{"error_code":"server_error","error":"Unexpected error."}"#,
            1,
            "Pyrus refused the request: Unexpected error. (server_error)",
            1,
        ),
        (429, JSON, r#"{"error_code":"too_many_requests","error":"Too many requests."}"#, 5, "rate limit", 1),
    ];
    for (status, content_type, body, code, says, requests) in cases {
        let (r, n) = upload_answered(*status, content_type, body, &["--retries", "0"]);
        assert_eq!(r.code, *code, "{status} {body}: {}", r.stderr);
        assert_one_cause(&r, says);
        assert_eq!(n, *requests, "{status} {body}");
        assert!(!r.stderr.contains(r#"{"error"#), "never the raw body: {}", r.stderr);
    }
    // An HTML page from a proxy is described by its title, never shown.
    let (r, _) = upload_answered(502, "text/html", html, &["--retries", "0"]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert_one_cause(&r, "HTML page titled \"502 Bad Gateway\"");
    assert!(!r.stderr.contains("<html") && !r.stderr.contains("nginx"), "{}", r.stderr);
}

#[test]
fn an_upload_answer_without_a_guid_is_not_a_success() {
    // UploadResponse with the guid missing: Pyrus may hold the file, but nothing names it.
    let (r, n) = upload_answered(
        200,
        "application/json",
        r#"{"md5_hash":"9DD4E461268C8034F5C8564E155C67A6"}"#,
        &["--retries", "1"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_one_cause(&r, "Pyrus answered the upload without the file's guid");
    assert_eq!(n, 2, "an unattached Pyrus upload is harmless, so it is tried again");
    assert_eq!(r.stdout, "");
}

#[test]
fn a_comment_answer_that_names_no_comment_leaves_the_files_unknown() {
    let t = TestEnv::new();
    const CONTENT: &[u8] = b"attach me\n";
    let s = replay::serve(|r| match r.path() {
        "/files/v4/files/upload" => {
            replay::json(200, &format!(r#"{{"guid":"{GUID}","md5_hash":"{}"}}"#, md5_hex(CONTENT)))
        }
        // A TaskResponse whose task has no comments: whether ours was posted is unknown.
        "/api/v4/tasks/31/comments" | "/api/v4/tasks/31" => replay::json(200, r#"{"task":{"id":31}}"#),
        _ => replay::json(404, r#"{"Message":"No HTTP resource was found."}"#),
    });
    let journal = replay::journal_path(&t);
    let file = t.file("a.txt", CONTENT);
    let r = run(with_token(&t, &s).args(["pyrus", "upload", "--task", "31", "--journal"]).arg(&journal).arg(&file));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_one_cause(&r, "Pyrus answered the comment without naming it, so whether it was posted is unknown");
    assert!(r.stderr.contains("may have been delivered anyway"), "{}", r.stderr);
    assert_eq!(
        replay::lines(&s),
        ["GET /api/v4/tasks/31", "POST /files/v4/files/upload", "POST /api/v4/tasks/31/comments"],
        "posted once"
    );
    let recs = replay::journal(&journal);
    assert_eq!(recs.len(), 1, "{recs:?}");
    assert_eq!(recs[0]["outcome"], "unknown", "{recs:?}");
}

#[test]
fn login_answers_in_every_shape() {
    // (status, body, exit, what the user reads)
    let cases: &[(u16, &'static str, i32, &str)] = &[
        (
            400,
            r#"{"error_code":"invalid_credentials","error":"Invalid login or security key."}"#,
            4,
            "Pyrus refused the login bot@example.com: Invalid login or security key. (invalid_credentials)",
        ),
        (
            200,
            r#"{"error_code":"account_blocked","error":"The account is blocked."}"#,
            4,
            "the Pyrus account is blocked: The account is blocked. (account_blocked)",
        ),
        (200, r#"{"api_url":"https://api.pyrus.com/v4/"}"#, 1, "Pyrus answered the login without an access token"),
        (
            200,
            r#"{"access_token":"t","api_url":"javascript:alert(1)"}"#,
            1,
            "names an api_url that is not an http(s) address",
        ),
    ];
    for (status, body, code, says) in cases {
        let t = TestEnv::new();
        let (status, body) = (*status, *body);
        let s = replay::serve(move |_| replay::json(status, body));
        let r = run(with_login(&t, &s).args(["--retries", "0", "pyrus", "upload"]).arg(t.file("a.txt", b"x")));
        assert_eq!(r.code, *code, "{body}: {}", r.stderr);
        assert_one_cause(&r, says);
        assert_eq!(replay::lines(&s), ["POST /accounts/v4/auth"], "{body}: nothing sent with an unusable login");
    }
}
