//! OK.ru answers as its documentation and public callers show them, replayed against the real
//! binary (#21). Every fixture is written by hand (never copied) from:
//! - the moment example page https://apiok.ru/dev/examples/moment_upload (seed 002):
//!   `moments.getUploadUrl` answers `{photo_ids, upload_url, expires_ms, ttl_ms}`; the upload
//!   answers `{"photos": {"<id>": {"token"}}}` with `=` written `\u003d`;
//! - the errors page https://apiok.ru/en/dev/errors: `{"error_code", "error_msg",
//!   "error_data"}` and the `invocation-error` header (odnoklassniki/ok-android-sdk 70c9bcea,
//!   `Odnoklassniki.kt`, detects an error by `error_msg`);
//! - `photosV2.commit`'s answer `{"photos": [{"photo_id", "status", "assigned_photo_id"}]}`,
//!   as public callers read it (code index ids 27306606418, 6674402086, 24821839190), the
//!   shape chatdrop assumes for `moments.commit` (see `services::ok::unverified`).
//!   Both the REST API and the upload host are this local server.

use crate::common::*;
use crate::upstream_replay::{self as replay, Hostile, Request};

/// A photo id like the example page's (base64 with `+`, `/` and `=`).
const PHOTO: &str = "GuL9zIvR8Ymnw+lmctJOOnoaHD7dyUklrJpUOuu/UHNvZcxn3GDN4g==";

/// The form parameters of a REST call.
fn params(r: &Request) -> Vec<(String, String)> {
    url::form_urlencoded::parse(&r.body).into_owned().collect()
}

fn param(r: &Request, name: &str) -> Option<String> {
    params(r).into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

/// Each request in order: the REST method, or "upload".
fn steps(s: &Hostile) -> Vec<String> {
    s.requests()
        .iter()
        .map(|r| if r.path() == "/uploadImage" { "upload".into() } else { param(r, "method").unwrap_or_default() })
        .collect()
}

/// The example page's getUploadUrl answer for this server, plus `extra` fields.
fn upload_url_answer(r: &Request, extra: &str) -> Vec<u8> {
    let ids: String = url::form_urlencoded::byte_serialize(PHOTO.as_bytes()).collect();
    let far = 4_102_444_800_000i64; // 2100-01-01, in epoch ms
    replay::json(
        200,
        &format!(
            r#"{{"photo_ids":["{PHOTO}"],"upload_url":"http://{}/uploadImage?apiToken=abc&photoIds={ids}","expires_ms":{far},"ttl_ms":86399988{extra}}}"#,
            r.header("host").unwrap()
        ),
    )
}

/// The example page's upload answer, `=` escaped as the real host does.
fn upload_answer() -> Vec<u8> {
    let body = format!(r#"{{"photos":{{"{PHOTO}":{{"token":"tok3n=="}}}}}}"#).replace('=', "\\u003d");
    replay::json(200, &body)
}

/// A server answering the three steps, the commit with `commit`.
fn moments(commit: String) -> Hostile {
    replay::serve(move |r| match (r.path(), param(r, "method").as_deref()) {
        ("/fb.do", Some("moments.getUploadUrl")) => upload_url_answer(r, r#","some_future_field":{"a":1}"#),
        ("/fb.do", Some("moments.commit")) => replay::json(200, &commit),
        ("/uploadImage", _) => upload_answer(),
        _ => replay::json(200, r#"{"error_code":3,"error_msg":"METHOD : Method does not exist","error_data":null}"#),
    })
}

fn ok_env(t: &TestEnv, s: &Hostile) -> assert_cmd::Command {
    let mut cmd = t.bare();
    cmd.env("CHATDROP_OK_URL", s.url())
        .env("CHATDROP_OK_APPLICATION_KEY", "CBAUPSTREAMKEY")
        .env("CHATDROP_OK_ACCESS_TOKEN", "upstream-ok-access-token")
        .env("CHATDROP_OK_APPLICATION_SECRET_KEY", "upstream-ok-secret");
    cmd
}

#[test]
fn the_documented_flow_with_unknown_fields_publishes_once() {
    let t = TestEnv::new();
    let s = moments(format!(
        r#"{{"photos":[{{"photo_id":"{PHOTO}","status":"SUCCESS","assigned_photo_id":"900123","new":true}}]}}"#
    ));
    let r = run(ok_env(&t, &s).args(["ok", "moment"]).arg(t.file("m.png", &png(3, 3, "m", 0))));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(steps(&s), ["moments.getUploadUrl", "upload", "moments.commit"]);
    // The commit names the photo and the token as the upload answered it (`\u003d` read as `=`).
    let commit = &s.requests()[2];
    let photos: serde_json::Value = serde_json::from_str(&param(commit, "photos").unwrap()).unwrap();
    assert_eq!(photos, serde_json::json!([{ "photo_id": PHOTO, "token": "tok3n==" }]));
    assert_eq!(r.stdout, "900123\tm.png\n");
}

#[test]
fn optional_fields_missing_from_the_upload_link_still_work() {
    let t = TestEnv::new();
    // No expires_ms / ttl_ms, no photo_ids: the link is used as given, the only photo answered
    // is the one sent.
    let s = replay::serve(|r| match (r.path(), param(r, "method").as_deref()) {
        ("/fb.do", Some("moments.getUploadUrl")) => replay::json(
            200,
            &format!(r#"{{"upload_url":"http://{}/uploadImage?apiToken=abc"}}"#, r.header("host").unwrap()),
        ),
        ("/fb.do", Some("moments.commit")) => replay::json(200, r#"{"photos":[{"status":"SUCCESS"}]}"#),
        _ => upload_answer(),
    });
    let r = run(ok_env(&t, &s).args(["--json", "ok", "moment"]).arg(t.file("m.png", &png(3, 3, "m", 0))));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let records = json_lines(&r.stdout);
    let commit = assert_record(&records[1], "ok", "commit", "done");
    // No id of its own in the answer: the record names the uploaded photo.
    assert_eq!(commit["id"], PHOTO);
    assert_eq!(commit["assigned_photo_id"], serde_json::Value::Null);
}

#[test]
fn errors_with_and_without_the_invocation_error_header_are_read_in_any_status() {
    // (status, header, body, exit, what the user reads)
    let cases: &[(u16, Option<&str>, &'static str, i32, &str)] = &[
        (
            200,
            Some("104"),
            r#"{"error_code":104,"error_msg":"PARAM_SIGNATURE : Invalid signature","error_data":null}"#,
            4,
            "OK.ru rejected the request signature (PARAM_SIGNATURE (104): Invalid signature)",
        ),
        (
            200,
            None,
            r#"{"error_code":102,"error_msg":"PARAM_SESSION_EXPIRED : Session expired","error_data":null}"#,
            4,
            "the session expired or is invalid",
        ),
        (
            400,
            Some("10"),
            r#"{"error_code":10,"error_msg":"PERMISSION_DENIED : No PHOTO_CONTENT","error_data":null}"#,
            4,
            "Moments need the PHOTO_CONTENT permission",
        ),
        // The header alone, with a body that is no JSON at all.
        (500, Some("101"), "Internal error", 4, "OK.ru does not know the application_key"),
        (
            200,
            None,
            r#"{"error_code":100,"error_msg":"PARAM : photos is invalid","error_data":{"param":"photos"}}"#,
            1,
            "OK.ru refused moments.getUploadUrl: PARAM (100): photos is invalid",
        ),
    ];
    for (status, header, body, code, says) in cases {
        let t = TestEnv::new();
        let (status, header, body) = (*status, header.map(str::to_string), *body);
        let s = replay::serve(move |_| {
            let mut headers = vec![("content-type", "application/json".to_string())];
            if let Some(h) = &header {
                headers.push(("invocation-error", h.clone()));
            }
            let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
            replay::answer(status, &headers, body.as_bytes())
        });
        let r = run(ok_env(&t, &s).args(["--retries", "0", "ok", "moment"]).arg(t.file("m.png", &png(3, 3, "m", 0))));
        assert_eq!(r.code, *code, "{body}: {}", r.stderr);
        assert_one_cause(&r, says);
        assert_eq!(steps(&s), ["moments.getUploadUrl"], "{body}: nothing uploaded after a refusal");
    }
}

#[test]
fn commit_answers_say_published_refused_or_neither() {
    // (commit answer, exit, journal outcome, what the user reads)
    let cases: &[(&'static str, i32, &str, &str)] = &[
        (
            r#"{"photos":[{"photo_id":"P","status":"FAILED"}]}"#,
            1,
            "failed",
            "did not publish photo P as a moment: status FAILED",
        ),
        (
            r#"{"photos":[{"photo_id":"P","error":"PHOTO_LIMIT"}]}"#,
            1,
            "failed",
            "did not publish photo P as a moment: PHOTO_LIMIT",
        ),
        (r#"{"success":false}"#, 1, "failed", "did not publish photo P as a moment: success: false"),
        (
            r#"{"photos":[{"photo_id":"P","status":"MODERATION"}]}"#,
            1,
            "unknown",
            "without saying whether the moment was published",
        ),
        ("{}", 1, "unknown", "without saying whether the moment was published"),
        ("null", 1, "unknown", "without saying whether the moment was published"),
        (r#"{"photos":[{"photo_id":"P","status":"SUCCESS","assigned_photo_id":77}]}"#, 0, "sent", ""),
        ("true", 0, "sent", ""),
    ];
    for (answer, code, outcome, says) in cases {
        let t = TestEnv::new();
        let answer = answer.replace("\"P\"", &format!("\"{PHOTO}\""));
        let s = moments(answer.clone());
        let journal = replay::journal_path(&t);
        let r = run(ok_env(&t, &s)
            .args(["ok", "moment", "--journal"])
            .arg(&journal)
            .arg(t.file("m.png", &png(3, 3, "m", 0))));
        assert_eq!(r.code, *code, "{answer}: {}", r.stderr);
        if !says.is_empty() {
            assert_one_cause(&r, &says.replace("photo P", &format!("photo {PHOTO}")));
        }
        assert_eq!(steps(&s), ["moments.getUploadUrl", "upload", "moments.commit"], "{answer}: one commit");
        let recs = replay::journal(&journal);
        assert_eq!(recs.len(), 1, "{answer}: {recs:?}");
        assert_eq!(recs[0]["outcome"], *outcome, "{answer}: {recs:?}");
    }
}
