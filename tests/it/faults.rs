//! Server faults on every service's upload path, as one table: each fault is run against
//! each service, and each (service, fault) pair must end as a careful user expects: the
//! right exit code, one line of cause, no panic, no temp file left, no duplicate post (what
//! the server received is counted), and where it succeeds the stored bytes intact (MD5).
//! OK.ru's REST steps (upload link, commit) and token refreshes get their own cases.
//!
//! Two ways to misbehave: the sandbox's scripted faults answer before reading the request
//! body (503, 429, redirects, a 500 that cuts the body short), and a raw TCP server in front
//! of the sandbox answers after reading all of it, or breaks the connection, then relays the
//! next attempt to the sandbox. An answer that comes after the whole body is what makes a
//! send "may have landed": an early one proves the body never got to its end, which the
//! uploader rightly treats as safe to resend, so that split keeps every case deterministic.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::common::tcp::{Behaviour, TcpFault, bare_response, json_response};
use crate::common::*;

/// A small file, for answers that come after the whole body.
const SMALL: usize = 8 * 1024;
/// Bigger than the loopback socket buffers, so a server that stops reading or cuts the
/// connection does so before the body has left chatdrop.
const LARGE: usize = 24 << 20;

/// One test's world: the sandbox, the file, and a private TMPDIR to find leftovers in.
struct Case {
    t: TestEnv,
    svc: Service,
    file: PathBuf,
    md5: String,
    tmp: PathBuf,
}

impl Case {
    fn new(svc: Service, len: usize) -> Case {
        let t = TestEnv::new();
        let bytes = png(10, 10, "", len);
        let file = t.file("shot.png", &bytes);
        let tmp = t.dir.path().join("tmp");
        std::fs::create_dir_all(&tmp).unwrap();
        Case { svc, md5: md5_hex(&bytes), file, tmp, t }
    }

    /// The command against the sandbox (credentials and URLs from its env), with the settings
    /// the service's profile adds so that the upload is the first request that can fail
    /// (Carbonio's remembered server API).
    fn direct(&self) -> assert_cmd::Command {
        let mut cmd = self.t.cmd(self.svc.name);
        for (key, value) in self.svc.fault_settings {
            cmd.env(env_var(self.svc.name, key), value);
        }
        cmd
    }

    /// The command with the upload request sent to `proxy` instead (which may relay it to
    /// the sandbox), as the service's profile says ([`Via`]); the fake's own credentials
    /// still apply.
    fn via(&self, proxy: &TcpFault) -> assert_cmd::Command {
        let (base, svc) = (proxy.url(), self.svc.name);
        let settings = match self.svc.via {
            Via::Url => {
                let mut settings = self.svc.settings(&self.t.sandbox.base_url());
                let key = self.svc.url_key();
                let url = settings[&key].replace(&self.t.sandbox.base_url(), &base);
                settings.insert(key, url);
                settings
            }
            Via::Links(point) => {
                point(&self.t.sandbox.state, &base);
                self.svc.settings(&self.t.sandbox.base_url())
            }
            Via::Custom(settings) => settings(&self.t.sandbox.state, &base),
        };
        let mut cmd = self.t.bare();
        cmd.envs(settings.iter().map(|(key, value)| (env_var(svc, key), value)));
        for (key, value) in self.svc.fault_settings {
            cmd.env(env_var(svc, key), value);
        }
        cmd
    }

    /// Run the upload of the case's file with `flags` before the command.
    fn run(&self, mut cmd: assert_cmd::Command, flags: &[&str]) -> Run {
        run(cmd.env("TMPDIR", &self.tmp).args(flags).args(self.svc.upload).arg(&self.file))
    }

    /// The same with the file on stdin (`-`, spooled to a temp file in TMPDIR).
    fn run_stdin(&self, mut cmd: assert_cmd::Command, flags: &[&str]) -> Run {
        let bytes = std::fs::read(&self.file).unwrap();
        run(cmd
            .env("TMPDIR", &self.tmp)
            .args(flags)
            .args(self.svc.upload)
            .args(["-", "--name", "shot.png"])
            .write_stdin(bytes))
    }

    /// The MD5 of every file the service now shows its users (posted, attached, published).
    fn posted(&self) -> Vec<String> {
        self.svc.posted(&self.t).into_iter().map(|p| p.md5).collect()
    }
}

/// How a (service, fault) pair must end.
#[derive(Debug, Clone)]
enum Expect {
    /// Exit 0, the file posted exactly once with its MD5, after this many upload requests.
    Delivered { requests: usize },
    /// Exit 0 after one request: the faulty server's own 2xx was taken as the delivery (it
    /// never reached the fake, so nothing is posted there), and nothing was resent.
    TakenAsDelivered,
    /// Exit `code` with one error line saying each of `says`; nothing posted; this many
    /// upload requests (never a resend of what may have landed).
    Failed { code: i32, requests: usize, says: Vec<&'static str> },
}

/// The hint of a send that may have landed and was not resent.
const MAY_HAVE_LANDED: &str = "may have been delivered anyway; chatdrop did not resend it";

/// A send that may have reached the server: resend-safe services try again and succeed,
/// the others stop after the one request and say it may have landed.
fn unclear(svc: Service, code: i32, cause: &'static str) -> Expect {
    if svc.resend_safe {
        Expect::Delivered { requests: 2 }
    } else {
        Expect::Failed { code, requests: 1, says: vec![cause, MAY_HAVE_LANDED] }
    }
}

/// Check a finished run against `expect`; `requests` is how many upload requests arrived.
fn check(case: &Case, fault: &str, r: &Run, requests: usize, expect: &Expect) {
    let who = format!("{} / {fault}", case.svc.name);
    // Shown with --nocapture: the table of what each case printed.
    eprintln!("[{who}] exit {}, {requests} upload request(s)\n{}", r.code, r.stderr);
    let errors: Vec<&str> = r.stderr.lines().filter(|l| l.starts_with("error:")).collect();
    assert!(!r.stderr.contains("<html") && !r.stderr.contains("<title"), "{who}: raw HTML shown:\n{}", r.stderr);
    assert!(!r.stderr.contains("trace-7f3a9c") && !r.stderr.contains(r#"{""#), "{who}: raw JSON shown:\n{}", r.stderr);
    match expect {
        Expect::Delivered { requests: want } => {
            assert_eq!(r.code, 0, "{who}: stderr:\n{}", r.stderr);
            assert!(errors.is_empty(), "{who}: {errors:?}");
            assert_eq!(requests, *want, "{who}: upload requests\n{}", r.stderr);
            assert_eq!(case.posted(), vec![case.md5.clone()], "{who}: posted exactly once, bytes intact");
            assert!(r.stdout.contains("shot.png"), "{who}: result line: {}", r.stdout);
        }
        Expect::TakenAsDelivered => {
            assert_eq!(r.code, 0, "{who}: stderr:\n{}", r.stderr);
            assert!(errors.is_empty(), "{who}: {errors:?}");
            assert_eq!(requests, 1, "{who}: upload requests\n{}", r.stderr);
            assert!(case.posted().is_empty(), "{who}: not resent to the fake");
        }
        Expect::Failed { code, requests: want, says } => {
            assert_eq!(r.code, *code, "{who}: stderr:\n{}", r.stderr);
            assert_eq!(errors.len(), 1, "{who}: one line of cause:\n{}", r.stderr);
            assert!(errors[0].contains("shot.png"), "{who}: names the file: {}", errors[0]);
            for s in says {
                assert!(r.stderr.contains(s), "{who}: should say {s:?}:\n{}", r.stderr);
            }
            assert_eq!(requests, *want, "{who}: upload requests\n{}", r.stderr);
            assert!(case.posted().is_empty(), "{who}: nothing posted");
            assert!(r.stdout.is_empty(), "{who}: no result: {}", r.stdout);
        }
    }
    if let Some(follow_ups) = case.svc.follow_ups {
        let posts = follow_ups(&case.t.sandbox.state);
        assert!(posts <= 1, "{who}: the step after the upload posted {posts} times");
    }
    let leftovers: Vec<_> = std::fs::read_dir(&case.tmp).unwrap().collect();
    assert!(leftovers.is_empty(), "{who}: temp files left: {leftovers:?}");
    let files: Vec<_> = std::fs::read_dir(case.file.parent().unwrap()).unwrap().collect();
    assert_eq!(files.len(), 1, "{who}: nothing written beside the file");
}

/// Run one sandbox fault against every service (side by side: most of it is waiting).
fn sandbox_fault(
    fault: &str,
    len: usize,
    flags: &[&str],
    inject: impl Fn(Service) -> Fault + Sync,
    expect: impl Fn(Service) -> Expect + Sync,
) {
    timed_sandbox_fault(fault, len, flags, Duration::ZERO, inject, expect);
}

/// The same, where each run must take at least `waits` (a Retry-After honoured).
fn timed_sandbox_fault(
    fault: &str,
    len: usize,
    flags: &[&str],
    waits: Duration,
    inject: impl Fn(Service) -> Fault + Sync,
    expect: impl Fn(Service) -> Expect + Sync,
) {
    each_service(|svc| {
        let case = Case::new(svc, len);
        case.t.sandbox.inject(inject(svc));
        let started = Instant::now();
        let r = case.run(case.direct(), flags);
        let took = started.elapsed();
        check(&case, fault, &r, case.t.uploads(case.svc.name).len(), &expect(svc));
        assert!(took >= waits, "{} / {fault}: took {took:?}, should have waited {waits:?}", svc.name);
    });
}

/// Run one raw TCP fault (then a relay to the sandbox) against every service.
fn tcp_fault(fault: &str, len: usize, flags: &[&str], plan: &[Behaviour], expect: impl Fn(Service) -> Expect + Sync) {
    each_service(|svc| {
        let case = Case::new(svc, len);
        let mut steps = plan.to_vec();
        steps.push(Behaviour::Forward(case.t.sandbox.addr));
        let proxy = TcpFault::start(steps);
        let r = case.run(case.via(&proxy), flags);
        check(&case, fault, &r, proxy.connections(), &expect(svc));
    });
}

/// `f` for every service, each in its own thread; a failure in any fails the test.
fn each_service(f: impl Fn(Service) + Sync) {
    let f = &f;
    std::thread::scope(|scope| {
        let runs: Vec<_> = services().into_iter().map(|svc| scope.spawn(move || f(svc))).collect();
        let failed = runs.into_iter().filter_map(|r| r.join().err()).count();
        assert_eq!(failed, 0, "{failed} service(s) failed this case (see above)");
    });
}

const HTML_502: &str = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n";
const PORTAL: &str =
    "<html><head><title>Sign in to the guest network</title></head><body><form>...</form></body></html>";
/// An error as OK.ru sends it, with HTTP 200.
const OK_STYLE_ERROR: &str =
    r#"{"error_code":2,"error_msg":"SERVICE : Service is temporarily unavailable","error_data":null}"#;

/// A hand-written answer with a body, after the whole request was read.
fn answer(status: u16, content_type: &str, body: &str) -> Behaviour {
    Behaviour::Respond(
        format!(
            "HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
            body.len()
        )
        .into_bytes(),
    )
}

#[test]
fn status_500_after_the_body_then_success() {
    tcp_fault("500 after the body", SMALL, &["--retries", "2"], &[answer(500, "text/plain", "")], |s| {
        unclear(s, 5, "server error: HTTP 500")
    });
}

#[test]
fn status_502_after_the_body_then_success() {
    tcp_fault("502 after the body", SMALL, &["--retries", "2"], &[answer(502, "text/plain", "")], |s| {
        unclear(s, 5, "gateway error: HTTP 502")
    });
}

#[test]
fn status_500_before_the_body_ended_is_sent_again_everywhere() {
    // The sandbox answers without reading the body: what was cut short cannot have landed.
    sandbox_fault(
        "500 before the body ended",
        LARGE,
        &["--retries", "2"],
        |s| Fault::status(s.upload_path, 500),
        |_| Expect::Delivered { requests: 2 },
    );
}

#[test]
fn status_503_then_success_everywhere() {
    sandbox_fault(
        "503 then success",
        SMALL,
        &["--retries", "2"],
        |s| Fault::status(s.upload_path, 503).times(2),
        |_| Expect::Delivered { requests: 3 },
    );
}

#[test]
fn status_503_that_lasts_gives_up_after_the_retries() {
    sandbox_fault(
        "503 that lasts",
        SMALL,
        &["--retries", "1"],
        |s| Fault::status(s.upload_path, 503).times(10),
        |_| Expect::Failed { code: 5, requests: 2, says: vec!["HTTP 503", "gave up after 2 attempts"] },
    );
}

#[test]
fn stdin_spool_is_removed_whatever_the_outcome() {
    // Failing for good (503 past the retries) and succeeding after a retry: the spooled
    // copy of stdin is gone either way (`check` looks at TMPDIR).
    for (fault, times, expect_ok) in
        [("503 that lasts, from stdin", 10, false), ("503 then success, from stdin", 1, true)]
    {
        each_service(|svc| {
            let case = Case::new(svc, SMALL);
            case.t.sandbox.inject(Fault::status(svc.upload_path, 503).times(times));
            let r = case.run_stdin(case.direct(), &["--retries", "1"]);
            let expect = if expect_ok {
                Expect::Delivered { requests: 2 }
            } else {
                Expect::Failed { code: 5, requests: 2, says: vec!["HTTP 503", "stdin (shot.png)"] }
            };
            check(&case, fault, &r, case.t.uploads(case.svc.name).len(), &expect);
        });
    }
}

#[test]
fn status_429_waits_retry_after_in_seconds() {
    timed_sandbox_fault(
        "429 Retry-After: 1",
        SMALL,
        &["--retries", "1"],
        Duration::from_secs(1),
        |s| Fault::status(s.upload_path, 429).header("Retry-After", "1"),
        |_| Expect::Delivered { requests: 2 },
    );
}

#[test]
fn status_429_waits_retry_after_as_an_http_date() {
    // Dates have whole seconds: three seconds ahead is well over a second away.
    timed_sandbox_fault(
        "429 Retry-After: <date>",
        SMALL,
        &["--retries", "1"],
        Duration::from_secs(1),
        |s| {
            let when = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(3));
            Fault::status(s.upload_path, 429).header("Retry-After", &when)
        },
        |_| Expect::Delivered { requests: 2 },
    );
}

#[test]
fn status_429_asking_for_an_hour_gives_up_at_once() {
    sandbox_fault(
        "429 Retry-After: 3600",
        SMALL,
        &["--retries", "3"],
        |s| Fault::status(s.upload_path, 429).header("Retry-After", "3600"),
        |_| Expect::Failed { code: 5, requests: 1, says: vec!["rate limit", "wait 3600s"] },
    );
}

#[test]
fn html_error_page_is_described_not_dumped() {
    tcp_fault("502 with an HTML page", SMALL, &["--retries", "2"], &[answer(502, "text/html", HTML_502)], |s| {
        unclear(s, 5, "an HTML page titled \"502 Bad Gateway\"")
    });
}

#[test]
fn json_error_body_is_quoted_by_its_message_only() {
    let body = r#"{"status":502,"detail":"upstream connect error","trace":"trace-7f3a9c"}"#;
    tcp_fault(
        "502 with a JSON error body",
        SMALL,
        &["--retries", "2"],
        &[answer(502, "application/json", body)],
        |s| unclear(s, 5, "upstream connect error"),
    );
}

#[test]
fn html_page_with_200_is_not_taken_for_success() {
    tcp_fault(
        "200 with an HTML page (captive portal)",
        SMALL,
        &["--retries", "2"],
        &[answer(200, "text/html", PORTAL)],
        |s| unclear(s, 1, "an HTML page titled \"Sign in to the guest network\""),
    );
}

#[test]
fn truncated_json_answer() {
    tcp_fault(
        "200 with truncated JSON",
        SMALL,
        &["--retries", "2"],
        &[answer(200, "application/json", r#"{"id":"Nc6yKK"#)],
        |s| match s.bare_success {
            // 1C-Connect answers a send with a bare 200 and nothing is read from the body:
            // the status is the whole answer, and it said delivered.
            true => Expect::TakenAsDelivered,
            false => unclear(s, 1, "malformed or truncated JSON"),
        },
    );
}

#[test]
fn status_200_carrying_an_error() {
    tcp_fault(
        "200 with an OK.ru-style error",
        SMALL,
        &["--retries", "2"],
        &[answer(200, "application/json", OK_STYLE_ERROR)],
        // 1C-Connect's success is exactly "200, no body" (#21): an error object inside it is
        // a refusal, not an answer that may hide a delivery.
        |s| match s.bare_success {
            true => Expect::Failed { code: 1, requests: 1, says: vec!["Service is temporarily unavailable"] },
            false => unclear(s, 1, "Service is temporarily unavailable"),
        },
    );
}

#[test]
fn redirect_to_another_host_carries_nothing_there() {
    for status in [307, 308] {
        for svc in services() {
            let case = Case::new(svc, SMALL);
            let elsewhere = TcpFault::start_on([127, 0, 0, 2].into(), vec![Behaviour::NoAnswer]);
            let location = format!("{}/upload?access_token=leak-me-not", elsewhere.url());
            case.t.sandbox.inject(Fault::status(svc.upload_path, status).header("Location", &location));
            let r = case.run(case.direct(), &["--retries", "2"]);
            let expect = Expect::Failed {
                code: 1,
                requests: 1,
                says: vec![
                    "redirected to http://127.0.0.2",
                    "does not follow redirects",
                    "hint: set the service's url",
                ],
            };
            check(&case, &format!("{status} to another host"), &r, case.t.uploads(case.svc.name).len(), &expect);
            assert_eq!(elsewhere.connections(), 0, "{}: nothing reached the other host", svc.name);
            assert!(!r.stderr.contains("leak-me-not"), "{}: {}", svc.name, r.stderr);
        }
    }
}

#[test]
fn connection_closed_after_part_of_the_body() {
    // A body cut before its end cannot have been accepted: every service sends it again.
    tcp_fault("closed mid-body", LARGE, &["--retries", "1"], &[Behaviour::DropAfter(64 * 1024)], |_| {
        Expect::Delivered { requests: 2 }
    });
}

#[test]
fn connection_closed_after_the_whole_body_without_an_answer() {
    tcp_fault("closed after the body, no answer", SMALL, &["--retries", "1"], &[Behaviour::Respond(Vec::new())], |s| {
        unclear(s, 5, "connection to 127.0.0.1 failed")
    });
}

#[test]
fn server_that_stops_reading_stalls_then_succeeds() {
    tcp_fault(
        "stall, then success",
        LARGE,
        &["--retries", "1", "--stall-timeout", "1"],
        &[Behaviour::StopReading],
        |_| Expect::Delivered { requests: 2 },
    );
}

#[test]
fn server_that_keeps_stalling_fails_with_the_stall() {
    tcp_fault(
        "stall that lasts",
        LARGE,
        &["--retries", "0", "--stall-timeout", "1"],
        &[Behaviour::StopReading, Behaviour::StopReading],
        |_| Expect::Failed { code: 5, requests: 1, says: vec!["the upload stalled: no data moved for 1s"] },
    );
}

#[test]
fn answer_that_never_comes() {
    tcp_fault("no answer", SMALL, &["--retries", "1", "--response-timeout", "1"], &[Behaviour::NoAnswer], |s| {
        unclear(s, 5, "the server did not answer within 1s")
    });
}

#[test]
fn batch_where_one_send_may_have_landed() {
    // Two files, one at a time; the first meets a 500 after its whole body. Resend-safe
    // services resend it and post both; the others post the second only, say the first
    // may have landed, and exit 3 (partial).
    each_service(|svc| {
        let case = Case::new(svc, SMALL);
        let second = png(10, 10, "", SMALL + 1);
        let second_path = case.t.file("second.png", &second);
        let proxy = TcpFault::start(vec![answer(500, "text/plain", ""), Behaviour::Forward(case.t.sandbox.addr)]);
        let mut cmd = case.via(&proxy);
        let r = run(cmd
            .env("TMPDIR", &case.tmp)
            .args(["--jobs", "1", "--retries", "2"])
            .args(svc.upload)
            .arg(&case.file)
            .arg(&second_path));
        let who = format!("{} / batch, first send unclear", svc.name);
        eprintln!("[{who}] exit {}, {} upload request(s)\n{}", r.code, proxy.connections(), r.stderr);
        let mut posted = case.posted();
        posted.sort();
        let errors: Vec<&str> = r.stderr.lines().filter(|l| l.starts_with("error:")).collect();
        if svc.resend_safe {
            assert_eq!(r.code, 0, "{who}: {}", r.stderr);
            assert_eq!(proxy.connections(), 3, "{who}");
            let mut want = vec![case.md5.clone(), md5_hex(&second)];
            want.sort();
            assert_eq!(posted, want, "{who}: both posted once");
        } else {
            assert_eq!(r.code, 3, "{who}: {}", r.stderr);
            assert_eq!(proxy.connections(), 2, "{who}: the first not resent");
            assert_eq!(posted, vec![md5_hex(&second)], "{who}: the second posted once");
            assert_eq!(errors.len(), 1, "{who}: {}", r.stderr);
            assert!(errors[0].contains("shot.png") && r.stderr.contains(MAY_HAVE_LANDED), "{who}: {}", r.stderr);
            assert!(r.stdout.contains("second.png") && !r.stdout.contains("shot.png"), "{who}: {}", r.stdout);
        }
        assert_eq!(std::fs::read_dir(&case.tmp).unwrap().count(), 0, "{who}: temp files left");
    });
}

#[test]
fn token_refresh_that_hits_a_503_is_tried_again_before_the_upload() {
    // A stale token (401 on the upload), then the login that renews it meets a 503 once:
    // the login is repeated (it is safe to), and only then the upload, exactly once more.
    for (svc, login_path) in [(service("pyrus"), "/accounts/v4/auth"), (service("carbonio"), "/service/soap")] {
        let case = Case::new(svc, SMALL);
        let base = case.t.sandbox.base_url();
        let mut cmd = case.direct();
        match svc.name {
            "pyrus" => cmd
                .env("CHATDROP_PYRUS_TOKEN", "stale-token")
                .env("CHATDROP_PYRUS_API_URL", format!("{base}/pyrus/api/v4"))
                .env("CHATDROP_PYRUS_FILES_URL", format!("{base}/pyrus/files")),
            _ => cmd.env("CHATDROP_CARBONIO_TOKEN", "stale-token"),
        };
        case.t.sandbox.inject(Fault::status(login_path, 503));
        let r = case.run(cmd, &["--retries", "2"]);
        check(
            &case,
            "token refresh meets a 503",
            &r,
            case.t.uploads(case.svc.name).len(),
            &Expect::Delivered { requests: 2 },
        );
        let classes: Vec<u16> = case.t.uploads(case.svc.name).iter().map(|u| u.status / 100).collect();
        assert_eq!(classes, [4, 2], "{}: 401, then 2xx: never resent with the refused token", svc.name);
        let logins: Vec<u16> =
            case.t.requests(svc.name).iter().filter(|q| q.path.contains(login_path)).map(|q| q.status).collect();
        assert_eq!(logins, [503, 200], "{}", svc.name);
    }
}

// ---- OK.ru's REST steps: an error in a 200 on each, and a commit never repeated. ----

fn ok_case() -> Case {
    Case::new(service("ok"), SMALL)
}

fn ok_steps(case: &Case) -> Vec<String> {
    case.t.sandbox.state.ok.calls()
}

#[test]
fn ok_upload_link_answered_with_a_200_error_is_asked_again() {
    let case = ok_case();
    case.t.sandbox.inject(Fault::status("/ok/fb.do", 200).body(OK_STYLE_ERROR));
    let r = case.run(case.direct(), &["--retries", "1"]);
    check(
        &case,
        "getUploadUrl: 200 SERVICE",
        &r,
        case.t.uploads(case.svc.name).len(),
        &Expect::Delivered { requests: 1 },
    );
    assert_eq!(ok_steps(&case), ["moments.getUploadUrl", "moments.commit"]);
}

#[test]
fn ok_rest_call_redirected_elsewhere_carries_nothing_there() {
    let case = ok_case();
    let elsewhere = TcpFault::start_on([127, 0, 0, 2].into(), vec![Behaviour::NoAnswer]);
    case.t.sandbox.inject(Fault::status("/ok/fb.do", 308).header("Location", &format!("{}/fb.do", elsewhere.url())));
    let r = case.run(case.direct(), &["--retries", "3"]);
    let expect = Expect::Failed { code: 1, requests: 0, says: vec!["redirected to http://127.0.0.2"] };
    check(&case, "getUploadUrl: 308 to another host", &r, case.t.uploads(case.svc.name).len(), &expect);
    assert_eq!(elsewhere.connections(), 0, "the signed call with the access token stayed home");
}

#[test]
fn ok_upload_link_refused_for_good_stops_before_any_upload() {
    let case = ok_case();
    case.t.sandbox.state.ok.fail_next("moments.getUploadUrl", 100, "PARAM", 1);
    let r = case.run(case.direct(), &["--retries", "3"]);
    let expect = Expect::Failed { code: 1, requests: 0, says: vec!["OK.ru refused moments.getUploadUrl: PARAM (100)"] };
    check(&case, "getUploadUrl: 200 PARAM", &r, case.t.uploads(case.svc.name).len(), &expect);
    assert_eq!(ok_steps(&case), ["moments.getUploadUrl"]);
}

#[test]
fn ok_commit_answered_with_a_200_error_is_never_repeated() {
    for (code, name, exit, says) in [
        (2, "SERVICE", 5, vec!["SERVICE (2)", MAY_HAVE_LANDED]),
        (1, "UNKNOWN", 1, vec!["UNKNOWN (1)"]),
        (100, "PARAM", 1, vec!["PARAM (100)"]),
    ] {
        let case = ok_case();
        case.t.sandbox.state.ok.fail_next("moments.commit", code, name, 1);
        let r = case.run(case.direct(), &["--retries", "3"]);
        let expect = Expect::Failed { code: exit, requests: 1, says };
        check(&case, &format!("commit: 200 {name}"), &r, case.t.uploads(case.svc.name).len(), &expect);
        assert_eq!(ok_steps(&case), ["moments.getUploadUrl", "moments.commit"], "{name}: one commit");
        assert!(r.stderr.contains("publishing photo"), "{}", r.stderr);
    }
}

/// OK.ru's REST calls through a proxy: the upload link is relayed to the fake, the commit
/// meets `answer` (given the fake's address, to relay to it).
fn ok_commit_via(answer: impl Fn(std::net::SocketAddr) -> Vec<Behaviour>) -> (Case, TcpFault, Run) {
    let case = ok_case();
    let mut plan = vec![Behaviour::Forward(case.t.sandbox.addr)];
    plan.extend(answer(case.t.sandbox.addr));
    let proxy = TcpFault::start(plan);
    let mut cmd = case.direct();
    cmd.env("CHATDROP_OK_URL", format!("{}/ok", proxy.url()));
    let r = case.run(cmd, &["--retries", "3"]);
    (case, proxy, r)
}

#[test]
fn ok_commit_with_a_lost_or_broken_answer_is_never_repeated() {
    let truncated = json_response(200, r#"{"moment_id":"12"#);
    let html = format!(
        "HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{HTML_502}",
        HTML_502.len()
    )
    .into_bytes();
    for (what, answer, code, cause) in [
        ("truncated JSON", truncated, 1, "truncated JSON"),
        ("HTML 502", html, 5, "HTML page titled \"502 Bad Gateway\""),
        ("500", bare_response(500, &[]), 5, "HTTP 500"),
        ("closed without an answer", Vec::new(), 5, "connection to 127.0.0.1 failed"),
    ] {
        let (case, proxy, r) = ok_commit_via(|_| vec![Behaviour::Respond(answer.clone())]);
        let expect = Expect::Failed { code, requests: 1, says: vec![cause, MAY_HAVE_LANDED, "publishing photo"] };
        check(&case, &format!("commit: {what}"), &r, case.t.uploads(case.svc.name).len(), &expect);
        assert_eq!(proxy.connections(), 2, "{what}: the commit went out once");
        assert_eq!(ok_steps(&case), ["moments.getUploadUrl"], "{what}: the fake never saw a commit");
    }
}

#[test]
fn ok_commit_refused_with_503_is_sent_again() {
    // 503 says the request was not processed: the one unclear-looking commit answer that
    // is retried, and the moment is published once.
    let (case, proxy, r) =
        ok_commit_via(|sandbox| vec![Behaviour::Respond(bare_response(503, &[])), Behaviour::Forward(sandbox)]);
    check(
        &case,
        "commit: 503 then success",
        &r,
        case.t.uploads(case.svc.name).len(),
        &Expect::Delivered { requests: 1 },
    );
    assert_eq!(proxy.connections(), 3);
    assert_eq!(ok_steps(&case), ["moments.getUploadUrl", "moments.commit"]);
}
