//! 1C-Connect answers as the official bot and the documentation show them, replayed against
//! the real binary (#21). Fixtures are written by hand (never copied) from:
//! - 1C-Connect/1cconnect-text-bot 9a29fb0d, `internal/connect/client/client.go`: every call
//!   is `{server}/v1/<path>/` with Basic auth; any status but 200 is an error whose message is
//!   the body as it came (`HttpError{Code, Message: string(content)}`): so error bodies are
//!   whatever the server writes, text or JSON; success is 200 with no body (the docs:
//!   "Ответ сервера: Нет тела");
//! - the same repository's `internal/connect/response/types.go`: list answers are bare arrays
//!   (`Users []User`, `Subscriptions []Subscription`) naming lines `line_id`;
//! - the docs' `Line` object as a third-party SDK models it (public code index id
//!   39738263899, citing 1c-connect.atlassian.net/wiki/spaces/PUBLIC/pages/1289420955/Line):
//!   `line_id`, `name`, `allow_bot`, `hook_bot?`, `hook_line?`; its `GetLines` answers
//!   `Lines` (index id 39790740472).

use crate::common::*;
use crate::upstream_replay::{self as replay, Hostile};

const LINE: &str = "4f1e2d3c-b5a6-4978-8e9d-0c1b2a3f4e5d";
const OTHER: &str = "7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f";
const USER: &str = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";
const CONFERENCE: &str = "bb5c7328-1886-4a8b-aa00-e00fab828e24";
const AUTHOR: &str = "fee6104e-78b5-11e5-80dc-0025904f970f";

fn connect_env(t: &TestEnv, s: &Hostile) -> assert_cmd::Command {
    let mut cmd = t.bare();
    cmd.env("CHATDROP_CONNECT_URL", s.url())
        .env("CHATDROP_CONNECT_LOGIN", "upstream-api-user")
        .env("CHATDROP_CONNECT_PASSWORD", "upstream-api-password")
        .env("CHATDROP_CONNECT_CONFERENCE", CONFERENCE)
        .env("CHATDROP_CONNECT_AUTHOR", AUTHOR)
        .env("CHATDROP_CONNECT_USER", USER);
    cmd
}

#[test]
fn the_line_list_is_read_in_every_shape_with_evidence() {
    // The docs' Line objects, optional hook fields missing or null, plus a field nobody models.
    let lines = format!(
        r#"[{{"line_id":"{LINE}","name":"Поддержка","allow_bot":true,"hook_bot":"https://bot.example/hook","hook_line":null,"color":"white"}},{{"line_id":"{OTHER}","name":"Billing","allow_bot":false}}]"#
    );
    let by_id = lines.replace("\"line_id\"", "\"id\"");
    for (shape, body) in [
        ("a bare array", lines.clone()),
        ("an object wrapping it in `lines`", format!(r#"{{"lines":{lines}}}"#)),
        ("`id` for `line_id`", by_id),
    ] {
        let t = TestEnv::new();
        let s = replay::serve(move |_| replay::json(200, &body));
        let r = run(connect_env(&t, &s).args(["connect", "lines"]));
        assert_eq!(r.code, 0, "{shape}: {}", r.stderr);
        assert_eq!(r.stdout, format!("{LINE}\tПоддержка\n{OTHER}\tBilling\n"), "{shape}");
        assert_eq!(replay::lines(&s), ["GET /v1/line/"], "{shape}");
        // A line chosen by name is resolved from that list.
        let r =
            run(connect_env(&t, &s).args(["connect", "send-file", "--line", "billing"]).arg(t.file("a.log", b"log\n")));
        assert_eq!(r.code, 0, "{shape}: {}", r.stderr);
        let send = &s.requests()[2];
        assert_eq!(send.path(), "/v1/line/send/file/", "{shape}");
        assert!(String::from_utf8_lossy(&send.body).contains(&format!("\"line_id\":\"{OTHER}\"")), "{shape}");
    }
    // Any other shape is named, never guessed at.
    let t = TestEnv::new();
    let s = replay::serve(|_| replay::json(200, r#"{"items":[],"total":0}"#));
    let r = run(connect_env(&t, &s).args(["connect", "lines"]));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_one_cause(&r, "1C-Connect answered the line list with a JSON answer of");
}

/// One image send against a server that answers `status` with `body`.
fn send_answered(status: u16, content_type: &'static str, body: &'static str) -> (TestEnv, Hostile, Run) {
    let t = TestEnv::new();
    let s = replay::serve(move |_| replay::answer(status, &[("content-type", content_type)], body.as_bytes()));
    let journal = replay::journal_path(&t);
    let r = run(connect_env(&t, &s)
        .args(["--retries", "0", "connect", "send-image", "--journal"])
        .arg(&journal)
        .arg(t.file("shot.png", &png(4, 4, "s", 0))));
    (t, s, r)
}

#[test]
fn success_is_exactly_200_and_its_body_is_not_read() {
    // The documented "no body", and bodies a success might still carry.
    for (content_type, body) in [("text/plain", ""), ("application/json", "{}"), ("text/plain", "OK")] {
        let (t, s, r) = send_answered(200, content_type, body);
        assert_eq!(r.code, 0, "{body:?}: {}", r.stderr);
        assert_eq!(r.stdout, "-\tshot.png\n", "{body:?}");
        assert_eq!(replay::lines(&s), ["POST /v1/conference/send/image/"]);
        assert_eq!(replay::journal(&replay::journal_path(&t))[0]["outcome"], "sent");
    }
}

#[test]
fn error_bodies_as_the_official_bot_sees_them() {
    // (status, content type, body, exit, what the user reads, journal outcome)
    let cases: &[(u16, &'static str, &'static str, i32, &str, &str)] = &[
        // The docs' statuses, with the plain-text bodies the bot would log as they are.
        (
            400,
            "text/plain; charset=utf-8",
            "Запрос содержит ошибку",
            1,
            "1C-Connect rejected the request as invalid: HTTP 400 Bad Request (Запрос содержит ошибку)",
            "failed",
        ),
        (
            401,
            "text/plain",
            "",
            4,
            "1C-Connect rejected the API user's login or password: HTTP 401 Unauthorized (no body)",
            "failed",
        ),
        (
            403,
            "application/json",
            r#"{"message":"Недостаточно прав"}"#,
            1,
            "1C-Connect refused (insufficient rights): author",
            "failed",
        ),
        (
            500,
            "text/html",
            "<html><head><title>Server Error</title></head><body>trace</body></html>",
            5,
            "HTML page titled \"Server Error\"",
            "unknown",
        ),
        // Inside a 200: an error object is a refusal, an HTML page or another 2xx says neither.
        (
            200,
            "application/json",
            r#"{"error":"conference is archived"}"#,
            1,
            "with an error instead of delivering the file: conference is archived",
            "failed",
        ),
        (
            200,
            "text/html",
            "<html><head><title>Sign in</title></head></html>",
            1,
            "HTML page titled \"Sign in\"",
            "unknown",
        ),
        (204, "text/plain", "", 1, "1C-Connect answered HTTP 204 No Content (no body) instead of 200", "unknown"),
    ];
    for (status, content_type, body, code, says, outcome) in cases {
        let (t, s, r) = send_answered(*status, content_type, body);
        assert_eq!(r.code, *code, "{status} {body:?}: {}", r.stderr);
        assert_one_cause(&r, says);
        assert_eq!(s.requests().len(), 1, "{status}: a send is never repeated");
        assert!(!r.stderr.contains("<html") && !r.stderr.contains("trace"), "{}", r.stderr);
        assert_eq!(replay::journal(&replay::journal_path(&t))[0]["outcome"], *outcome, "{status} {body:?}");
    }
}
