//! The one HTTP client of a run (connection pool, TLS with an optional private CA, proxies
//! from the environment, no redirects) and what every adapter needs around it: sending with
//! `-v` logs, buffering small answers, and turning transport errors and error statuses into
//! failures a person can act on. Adapters add their service's error shapes on top.
//!
//! Every network phase runs under a deadline: connecting (`--connect-timeout`), waiting for
//! the answer's head (`--response-timeout`; an uploaded body is guarded by the uploader's
//! watchdog instead), and reading an answer (`--stall-timeout` between chunks).
//!
//! A connection that cannot be made (refused, no such host, a failed TLS handshake, a connect
//! timeout) is a failure with `Problem::Unreachable` and the URL's `Endpoint`: the words here
//! name the address, the command layer names the setting that chose it. Names under `.invalid`
//! fail in the resolver, as RFC 6761 asks, without a query to any name server.

use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, COOKIE, HeaderMap, LOCATION, PROXY_AUTHORIZATION, RETRY_AFTER};
use reqwest::{Client, Method, RequestBuilder, Response, StatusCode};
use serde::de::DeserializeOwned;

use crate::error::{Connect, Endpoint, ExitClass, Failure, Problem, Result, Retry};
use crate::log::Log;
use crate::secret::redact;

/// Timeouts, from global flags.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    pub connect_timeout: Duration,
    /// Longest wait for the head of a small API call's answer (lowered by a shorter
    /// `response_timeout`; never applied to uploads or downloads).
    pub api_timeout: Duration,
    /// An upload or download fails when no byte moves for this long.
    pub stall_timeout: Duration,
    /// How long to wait for the answer once a body is fully sent.
    pub response_timeout: Duration,
    /// Longest wait for a Retry-After before giving up instead.
    pub max_retry_wait: Duration,
}

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            connect_timeout: Duration::from_secs(10),
            api_timeout: Duration::from_secs(60),
            stall_timeout: Duration::from_secs(30),
            response_timeout: Duration::from_secs(120),
            max_retry_wait: Duration::from_secs(300),
        }
    }
}

pub struct Http {
    client: Client,
    pub log: Arc<dyn Log>,
    pub opts: HttpOptions,
    /// The servers (`host:port`) that answered a request of this client: a connection
    /// refused by one of them later is a restart, not a wrong address (see [`Http::transport_failure`]).
    answered: Mutex<HashSet<String>>,
}

/// A small answer, read whole.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// Answers bigger than this are not API answers; reading stops there.
const MAX_REPLY: usize = 8 * 1024 * 1024;

impl Http {
    pub fn new(ca_cert: Option<&Path>, opts: HttpOptions, log: Arc<dyn Log>) -> Result<Http> {
        let mut builder = Client::builder()
            .user_agent(concat!("chatdrop/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(opts.connect_timeout)
            .tcp_keepalive(Duration::from_secs(30))
            .tcp_nodelay(true)
            .dns_resolver(Resolver)
            // A redirect would carry a streamed body nowhere and credentials somewhere else.
            .redirect(reqwest::redirect::Policy::none());
        if let Some(path) = ca_cert {
            let pem = std::fs::read(path).map_err(|e| {
                Failure::input(format!("cannot read the CA certificate {}: {e}", path.display()))
                    .with_hint("--ca-cert (or the ca_cert setting) must name a readable PEM file")
            })?;
            let certs = reqwest::Certificate::from_pem_bundle(&pem)
                .ok()
                .filter(|c| !c.is_empty())
                .ok_or_else(|| bad_ca(path))?;
            builder = builder.tls_certs_merge(certs);
        }
        // Certificates are only checked when the client is built: do it now, not mid-batch.
        let client = builder.build().map_err(|_| match ca_cert {
            Some(path) => bad_ca(path),
            None => Failure::general("cannot set up HTTPS (the system's TLS roots could not be loaded)"),
        })?;
        Ok(Http { client, log, opts, answered: Mutex::default() })
    }

    pub fn request(&self, method: Method, url: &str) -> RequestBuilder {
        self.client.request(method, url)
    }

    /// A small API call: the head within `api_timeout` (or `response_timeout` if shorter),
    /// the answer read whole under the same deadline and the stall timeout.
    pub async fn call(&self, req: RequestBuilder) -> Result<Reply> {
        let wait = self.opts.api_timeout.min(self.opts.response_timeout);
        let response = self.execute(req, Some(wait)).await?;
        self.read_reply(response, Some(wait)).await
    }

    /// Send a request whose body is a streamed upload; no deadline for the head (the
    /// uploader's stall and response watchdog guards sending and waiting). The answer is read
    /// whole, each chunk within the stall timeout.
    pub async fn upload(&self, req: RequestBuilder) -> Result<Reply> {
        let response = self.execute(req, None).await?;
        self.read_reply(response, Some(self.opts.response_timeout)).await
    }

    /// Send a request and hand back the response unread (downloads; the head within the
    /// response timeout), or, for an error status, its small answer read whole for the
    /// adapter to describe.
    pub async fn open(&self, req: RequestBuilder) -> Result<std::result::Result<Response, Reply>> {
        let response = self.execute(req, Some(self.opts.response_timeout)).await?;
        if response.status().is_success() {
            return Ok(Ok(response));
        }
        Ok(Err(self.read_reply(response, Some(self.opts.response_timeout)).await?))
    }

    /// Send `req`; with `head_within`, the head of the answer must have arrived that long
    /// after connecting (a server that never answers, or trickles its head, fails).
    async fn execute(&self, req: RequestBuilder, head_within: Option<Duration>) -> Result<Response> {
        let request = req.build().map_err(|e| Failure::usage(format!("invalid request: {}", root_cause(&e))))?;
        let url = request.url().to_string();
        // Whatever credentials travel in headers are hidden in every form a server may echo.
        for name in [AUTHORIZATION, PROXY_AUTHORIZATION] {
            if let Some(value) = request.headers().get(&name).and_then(|v| v.to_str().ok()) {
                redact::register_authorization(value);
            }
        }
        if let Some(cookies) = request.headers().get(COOKIE).and_then(|v| v.to_str().ok()) {
            for cookie in cookies.split(';') {
                redact::register_secret(cookie.split_once('=').map_or(cookie, |(_, v)| v));
            }
        }
        self.log.debug(1, || format!("> {} {}", request.method(), redact::url(&url)));
        self.log.debug(2, || header_lines(">", request.headers()));
        self.log.debug(2, || {
            // Only buffered bodies (JSON, forms); streamed files are never logged.
            let body = request.body().and_then(|b| b.as_bytes()).unwrap_or_default();
            if body.is_empty() { String::new() } else { format!(">   body: {}", loggable_body(body)) }
        });
        let started = Instant::now();
        let sent = self.client.execute(request);
        let response = match head_within {
            Some(wait) => tokio::time::timeout(self.opts.connect_timeout + wait, sent)
                .await
                .map_err(|_| no_answer(&url, self.opts.connect_timeout + wait))?,
            None => sent.await,
        }
        .map_err(|e| self.transport_failure(&e, &url))?;
        if let Some(at) = Endpoint::of(&url) {
            self.answered.lock().unwrap_or_else(|e| e.into_inner()).insert(at.to_string());
        }
        self.log.debug(1, || {
            format!("< {} {} ({:.2}s)", response.status().as_u16(), redact::url(&url), started.elapsed().as_secs_f64())
        });
        self.log.debug(2, || header_lines("<", response.headers()));
        Ok(response)
    }

    /// Read a small answer whole: at most [`MAX_REPLY`] bytes, each chunk within the stall
    /// timeout and all of it within `total`.
    async fn read_reply(&self, mut response: Response, total: Option<Duration>) -> Result<Reply> {
        let status = response.status();
        let headers = response.headers().clone();
        let url = response.url().to_string();
        let stall = self.opts.stall_timeout;
        let started = Instant::now();
        let mut body = Vec::new();
        loop {
            let wait = match total {
                Some(total) => stall.min(total.saturating_sub(started.elapsed())),
                None => stall,
            };
            let chunk = tokio::time::timeout(wait, response.chunk())
                .await
                .map_err(|_| no_answer(&url, wait).context("reading the server's answer"))?
                .map_err(|e| self.transport_failure(&e, &url).context("reading the server's answer"))?;
            let Some(chunk) = chunk else { break };
            if body.len() + chunk.len() > MAX_REPLY {
                break;
            }
            body.extend_from_slice(&chunk);
        }
        let reply = Reply { status, headers, body: Bytes::from(body) };
        self.log.debug(2, || format!("<   body: {}", reply.loggable_body()));
        Ok(reply)
    }

    /// A transport error of a request to `url`, as [`classify`] words it, knowing this
    /// client's connect timeout and the servers that answered it before.
    fn transport_failure(&self, err: &reqwest::Error, url: &str) -> Failure {
        let answered = |at: &str| self.answered.lock().unwrap_or_else(|e| e.into_inner()).contains(at);
        classify(err, url, self.opts.connect_timeout, &answered)
    }
}

/// The system's resolver (getaddrinfo on a blocking thread, as reqwest's own), except for names
/// under `.invalid`: RFC 6761 (section 6.4) reserves them as never resolving and asks resolver
/// libraries to answer "no such host" at once, so no name server is asked about them.
struct Resolver;

/// The answer for a name under `.invalid`.
#[derive(Debug)]
struct ReservedName;

impl std::fmt::Display for ReservedName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("names under .invalid never resolve (RFC 6761)")
    }
}

impl std::error::Error for ReservedName {}

impl reqwest::dns::Resolve for Resolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let host = name.as_str().to_ascii_lowercase();
        Box::pin(async move {
            let bare = host.trim_end_matches('.');
            if bare == "invalid" || bare.ends_with(".invalid") {
                return Err(Box::new(ReservedName) as Box<dyn std::error::Error + Send + Sync>);
            }
            let addrs: Vec<std::net::SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

/// The failure when a server does not answer within a deadline.
fn no_answer(url: &str, waited: Duration) -> Failure {
    let host =
        reqwest::Url::parse(url).ok().and_then(|u| u.host_str().map(str::to_string)).unwrap_or_else(|| url.to_string());
    Failure::temporary(format!("{host} did not answer within {}", crate::text::human_duration(waited)))
        .with_hint("the server accepted the connection but sent no answer; raise --response-timeout on a slow server")
        .with_retry(Retry::IfResendSafe { after: None })
}

/// Headers as `-vv` shows them: one per line, secrets redacted.
fn header_lines(direction: &str, headers: &HeaderMap) -> String {
    headers
        .iter()
        .map(|(k, v)| {
            format!("{direction}   {k}: {}", redact::header_value(k.as_str(), v.to_str().unwrap_or("<binary>")))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn bad_ca(path: &Path) -> Failure {
    Failure::input(format!("{} is not a PEM certificate", path.display()))
        .with_hint("give the CA certificate in PEM form (-----BEGIN CERTIFICATE-----)")
}

impl Reply {
    /// An answer as a unit test writes it: a status and a body, no headers.
    #[cfg(test)]
    pub fn of(status: u16, body: &str) -> Reply {
        let status = reqwest::StatusCode::from_u16(status).expect("a status");
        Reply { status, headers: reqwest::header::HeaderMap::new(), body: bytes::Bytes::from(body.to_string()) }
    }

    pub fn is_success(&self) -> bool {
        self.status.is_success()
    }

    /// Decode a JSON answer; a body that is not the expected JSON is described, never dumped.
    /// The server may have acted on the request, so only resend-safe work is retried.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        serde_json::from_slice(&self.body).map_err(|e| {
            let what = match self.error_in_body() {
                Some(error) => self.error_instead_of_result(&error),
                None if self.json_value().is_some() => format!("unexpected answer from the server: {e}"),
                None => format!("unexpected answer from the server ({})", self.describe_body()),
            };
            self.not_the_api(Failure::general(what).with_retry(Retry::IfResendSafe { after: None }))
        })
    }

    /// `failure` with this answer's status, and, for an HTML page where the API answers JSON,
    /// [`Problem::WrongServerUrl`]: what answers at that address is a web page, not the API.
    fn not_the_api(&self, failure: Failure) -> Failure {
        let failure = failure.with_status(self.status.as_u16());
        if self.is_html() { failure.with_problem(Problem::WrongServerUrl) } else { failure }
    }

    /// For APIs whose success carries nothing to read (only the status): a 2xx answer that
    /// cannot be theirs, i.e. an HTML page (a captive portal, a proxy's login page) or a JSON
    /// error object. The request may still have landed, so only resend-safe work is retried.
    pub fn foreign_success(&self) -> Option<Failure> {
        let what = match self.error_in_body() {
            Some(error) => self.error_instead_of_result(&error),
            None if self.is_html() => format!("unexpected answer from the server ({})", self.describe_body()),
            None => return None,
        };
        Some(self.not_the_api(Failure::general(what).with_retry(Retry::IfResendSafe { after: None })))
    }

    fn error_instead_of_result(&self, error: &str) -> String {
        format!("the server answered HTTP {} with an error instead of a result: {error}", self.status.as_u16())
    }

    /// The error a JSON answer carries in its own words, when it names one: `{"error_code",
    /// "error_msg"}` (OK.ru style, often with HTTP 200), `{"error": ...}`, `{"error_code",
    /// "message"}`. Escaped and cut short; None for anything else.
    pub fn error_in_body(&self) -> Option<String> {
        use serde_json::Value;
        let value = self.json_value()?;
        let object = value.as_object()?;
        let present = |k: &str| object.get(k).filter(|v| !matches!(v, Value::Null | Value::Bool(false)));
        let code = present("error_code");
        let error = present("error");
        if code.is_none() && error.is_none() {
            return None;
        }
        let words = |v: &Value| match v {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Object(o) => o.get("message").and_then(Value::as_str).map(str::to_string),
            _ => None,
        };
        let text = ["error_msg", "error_message", "error_description", "message", "error"]
            .iter()
            .find_map(|k| object.get(*k).and_then(words));
        let code = code.map(|c| match c {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        });
        let said = match (text, code) {
            (Some(text), Some(code)) if !text.contains(&code) => format!("{text} (error_code {code})"),
            (Some(text), _) => text,
            (None, Some(code)) => format!("error_code {code}"),
            (None, None) => "an error with no text".into(),
        };
        Some(crate::text::escape(&said.chars().take(300).collect::<String>()))
    }

    fn is_html(&self) -> bool {
        let text = String::from_utf8_lossy(&self.body[..self.body.len().min(512)]).trim_start().to_ascii_lowercase();
        self.content_type().contains("html") || text.starts_with("<!doctype") || text.starts_with("<html")
    }

    /// The body as JSON, if it is JSON.
    pub fn json_value(&self) -> Option<serde_json::Value> {
        serde_json::from_slice(&self.body).ok()
    }

    pub fn content_type(&self) -> String {
        self.headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_ascii_lowercase()
    }

    /// A short description of the body for error messages: never raw HTML.
    pub fn describe_body(&self) -> String {
        let text = String::from_utf8_lossy(&self.body);
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return "no body".into();
        }
        if self.is_html() {
            let title = extract_title(trimmed).map(|t| format!(" titled \"{t}\"")).unwrap_or_default();
            return format!("an HTML page{title}, probably from a proxy or load balancer");
        }
        match serde_json::from_str::<serde_json::Value>(trimmed) {
            // JSON is quoted by its message only: the rest may carry ids, traces or tokens.
            Ok(value) => {
                if let Some(error) = self.error_in_body() {
                    return error;
                }
                let message = ["message", "detail", "description", "title", "error_description"].iter().find_map(|k| {
                    value.get(*k).and_then(serde_json::Value::as_str).map(str::trim).filter(|m| !m.is_empty())
                });
                return match message {
                    Some(m) => crate::text::escape(&m.chars().take(200).collect::<String>()),
                    None => format!("a JSON answer of {} bytes with no message in it", self.body.len()),
                };
            }
            Err(_) if trimmed.starts_with('{') || trimmed.starts_with('[') => {
                return format!("malformed or truncated JSON of {} bytes", self.body.len());
            }
            Err(_) => {}
        }
        let one_line: String = trimmed.chars().take(200).map(|c| if c.is_control() { ' ' } else { c }).collect();
        crate::text::escape(&one_line)
    }

    fn loggable_body(&self) -> String {
        if self.body.is_empty() {
            return "(empty)".into();
        }
        match serde_json::from_slice::<serde_json::Value>(&self.body) {
            Ok(mut v) => {
                redact_json(&mut v);
                let s = v.to_string();
                if s.len() > 2000 { format!("{}… ({} bytes)", &s[..s.floor_char_boundary(2000)], s.len()) } else { s }
            }
            Err(_) if self.body.is_empty() => "(empty)".into(),
            Err(_) => format!("({} bytes: {})", self.body.len(), self.describe_body()),
        }
    }

    /// Retry-After as a delay: seconds, or an HTTP date.
    pub fn retry_after(&self) -> Option<Duration> {
        parse_retry_after(self.headers.get(RETRY_AFTER)?.to_str().ok()?, SystemTime::now())
    }

    /// The status and what kind of body came with it, e.g. "HTTP 502 Bad Gateway (an HTML page…)".
    pub fn describe_status(&self) -> String {
        let reason = self.status.canonical_reason().unwrap_or("");
        format!("HTTP {} {reason} ({})", self.status.as_u16(), self.describe_body())
    }
}

/// A request body as `-vv` shows it: JSON with secret keys hidden, forms with secret fields
/// hidden, anything else by its size.
fn loggable_body(body: &[u8]) -> String {
    if let Ok(mut json) = serde_json::from_slice::<serde_json::Value>(body) {
        redact_json(&mut json);
        return json.to_string();
    }
    match std::str::from_utf8(body) {
        Ok(text) if text.contains('=') && !text.contains(char::is_whitespace) => redact::form(text),
        _ => format!("({} bytes)", body.len()),
    }
}

/// Replace the values of secret-looking keys in a JSON answer (tokens in auth answers), and
/// the secret query parameters of the URLs in it.
pub fn redact_json(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                let k = k.to_ascii_lowercase();
                if k.contains("token")
                    || k.contains("secret")
                    || k.contains("password")
                    || k == "sig"
                    || k == "security_key"
                {
                    *v = serde_json::Value::String("***".into());
                } else {
                    redact_json(v);
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(redact_json),
        // Links in answers carry credentials in their query (OK.ru's upload_url has apiToken=).
        serde_json::Value::String(s) if s.starts_with("http://") || s.starts_with("https://") => {
            *s = redact::url(s);
        }
        _ => {}
    }
}

fn extract_title(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    let start = lower.find("<title>")? + 7;
    let end = start + lower[start..].find("</title>")?;
    let title: String = html.get(start..end)?.split_whitespace().collect::<Vec<_>>().join(" ");
    (!title.is_empty()).then(|| crate::text::escape(&title.chars().take(80).collect::<String>()))
}

/// Retry-After in either form RFC 9110 allows.
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// The failure for an error status, classified the same way for every service; adapters
/// call it with their own message for the statuses they know better.
pub fn status_failure(reply: &Reply, detail: Option<String>) -> Failure {
    status_failure_words(reply, detail).with_status(reply.status.as_u16())
}

fn status_failure_words(reply: &Reply, detail: Option<String>) -> Failure {
    let status = reply.status;
    let what = detail.unwrap_or_else(|| reply.describe_status());
    let after = reply.retry_after();
    match status.as_u16() {
        300..=399 => {
            let to = reply.headers.get(LOCATION).and_then(|v| v.to_str().ok()).unwrap_or("?");
            Failure::general(format!("the server redirected to {}; chatdrop does not follow redirects, so credentials stay where they were sent", redact::url(to)))
                .with_hint("set the service's url to the final address")
        }
        401 => Failure::auth(format!("credentials rejected: {what}")),
        403 => Failure::new(ExitClass::Failure, format!("access denied: {what}")),
        404 => Failure::general(format!("not found: {what}")),
        408 => Failure::temporary(format!("the server timed out waiting: {what}")).with_retry(Retry::Yes { after }),
        413 => Failure::input(format!("the server refused the file as too large: {what}")),
        429 => Failure::temporary(format!("rate limited: {what}")).with_retry(Retry::Yes { after }),
        503 => Failure::temporary(format!("service unavailable: {what}")).with_retry(Retry::Yes { after }),
        502 | 504 => Failure::temporary(format!("gateway error: {what}")).with_retry(Retry::IfResendSafe { after }),
        500..=599 => Failure::temporary(format!("server error: {what}")).with_retry(Retry::IfResendSafe { after }),
        _ => Failure::general(format!("request rejected: {what}")),
    }
}

/// A transport error as a failure: connect errors may always be retried; anything after
/// the request started may have reached the server. (Without the client's history: a refused
/// connection counts as the first contact; see [`classify`].)
pub fn transport_failure(err: &reqwest::Error, url: &str) -> Failure {
    classify(err, url, HttpOptions::default().connect_timeout, &|_| false)
}

/// A transport error of a request to `url` as a failure. A connection that could not be made
/// carries [`Problem::Unreachable`] and the URL's [`Endpoint`], so the command layer can name
/// the setting that chose the address; the words here name the address only.
///
/// Retries: a connection that was never made sent nothing, so a retry is always safe; it is
/// offered only where waiting can help. A refused connection on the first contact is not
/// retried: the host answered at once that nothing listens at that port, which is almost always
/// a wrong address or port (or a server that is down), and backing off for a few seconds fixes
/// neither; the user hears at once which setting chose the address. A refusal from a server
/// that already answered this run (`answered`, by `host:port`) is a restart or an overload and
/// is retried like any temporary failure. A name that does not exist, a failed TLS handshake
/// and a port that speaks plain HTTP are settings to fix, never retried; a name service that
/// did not answer and a connect timeout are retried.
fn classify(err: &reqwest::Error, url: &str, connect_timeout: Duration, answered: &dyn Fn(&str) -> bool) -> Failure {
    let endpoint = Endpoint::of(url);
    let host = endpoint.as_ref().map(|e| e.host.clone()).unwrap_or_else(|| url.to_string());
    let at = endpoint.as_ref().map(Endpoint::to_string).unwrap_or_else(|| host.clone());
    let unreachable = |failure: Failure, why: Connect| {
        failure.with_problem(Problem::Unreachable(why)).with_endpoint(endpoint.clone())
    };
    let cause = root_cause(err);
    let chain = full_chain(err).to_ascii_lowercase();
    if err.is_dns() || chain.contains("dns error") {
        // getaddrinfo's EAI_AGAIN ("Temporary failure in name resolution"): the name service
        // could not be asked. Anything else (EAI_NONAME, EAI_NODATA, .invalid) is an answer.
        if chain.contains("temporary failure") || chain.contains("try again") {
            return unreachable(
                Failure::temporary(format!("cannot connect to {at}: looking up {host} failed: {cause}")),
                Connect::NameService,
            )
            .with_retry(Retry::Yes { after: None });
        }
        return unreachable(
            Failure::usage(format!("cannot connect to {at}: there is no host named {host} ({cause})")),
            Connect::UnknownHost,
        );
    }
    if chain.contains("certificate") || chain.contains("unknownissuer") || chain.contains("invalid peer") {
        return unreachable(
            Failure::general(format!("the TLS certificate of {at} is not trusted: {cause}")),
            Connect::Untrusted,
        );
    }
    if chain.contains("invalidcontenttype") {
        // rustls met bytes that are no TLS record: the port speaks plain HTTP (or something
        // else). A setting to fix, not a temporary problem: retrying cannot help.
        return unreachable(
            Failure::usage(format!("{at} does not speak HTTPS (the TLS handshake met plain HTTP)")),
            Connect::NotHttps,
        );
    }
    if malformed_answer(&chain) {
        // No retry can fix what the server sends: a failure, not a temporary problem.
        return Failure::general(format!("{host} sent a malformed HTTP answer: {cause}"))
            .with_hint("the server (or a proxy in front of it) breaks HTTP; report it to its operator");
    }
    if err.is_connect() {
        if err.is_timeout() {
            return unreachable(
                Failure::temporary(format!(
                    "cannot connect to {at}: no connection within {}",
                    crate::text::human_duration(connect_timeout)
                )),
                Connect::TimedOut,
            )
            .with_retry(Retry::Yes { after: None });
        }
        if io_kind(err) == Some(std::io::ErrorKind::ConnectionRefused) {
            if answered(&at) {
                return unreachable(
                    Failure::temporary(format!(
                        "cannot connect to {at}: connection refused (it answered earlier: restarting?)"
                    )),
                    Connect::Refused,
                )
                .with_retry(Retry::Yes { after: None });
            }
            return unreachable(
                Failure::temporary(format!(
                    "cannot connect to {at}: connection refused (nothing accepts connections there)"
                )),
                Connect::Refused,
            );
        }
        if tls_refused(&chain) {
            return unreachable(
                Failure::general(format!("the TLS handshake with {at} failed: {cause}")),
                Connect::Handshake,
            );
        }
        return unreachable(Failure::temporary(format!("cannot connect to {at}: {cause}")), Connect::Network)
            .with_retry(Retry::Yes { after: None });
    }
    if err.is_timeout() {
        return Failure::temporary(format!("{host} did not answer in time"))
            .with_retry(Retry::IfResendSafe { after: None });
    }
    Failure::temporary(format!("connection to {host} failed: {cause}")).with_retry(Retry::IfResendSafe { after: None })
}

/// The kind of the I/O error under a transport error, if there is one.
fn io_kind(err: &(dyn std::error::Error + 'static)) -> Option<std::io::ErrorKind> {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(e) = source {
        if let Some(io) = e.downcast_ref::<std::io::Error>() {
            return Some(io.kind());
        }
        source = e.source();
    }
    None
}

/// Whether the TLS handshake ended in the server's (or rustls's) refusal of what was offered
/// (an alert, no common version or cipher), which repeats on every try; a connection closed
/// mid-handshake is not this (an overloaded server does that).
fn tls_refused(chain: &str) -> bool {
    ["alertreceived", "peerincompatible", "peermisbehaved", "received fatal alert", "handshakefailure"]
        .iter()
        .any(|m| chain.contains(m))
}

/// Whether a transport error is an answer that breaks HTTP (a control character in a header,
/// a garbled status line or chunk), as opposed to a network problem.
fn malformed_answer(chain: &str) -> bool {
    ["parse(", "invalid http", "invalid header", "invalid status", "invalid chunk", "header value"]
        .iter()
        .any(|m| chain.contains(m))
}

fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut last = err.to_string();
    let mut source = err.source();
    while let Some(s) = source {
        last = s.to_string();
        source = s.source();
    }
    last
}

fn full_chain(err: &(dyn std::error::Error + 'static)) -> String {
    let mut out = format!("{err:?}");
    let mut source = err.source();
    while let Some(s) = source {
        out.push_str(&format!(" | {s:?}"));
        source = s.source();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_in_seconds_and_as_a_date() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after("7", now), Some(Duration::from_secs(7)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(30));
        assert_eq!(parse_retry_after(&later, now), Some(Duration::from_secs(30)));
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(30));
        assert_eq!(parse_retry_after(&earlier, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
    }

    fn reply(status: u16, content_type: &str, body: &'static str) -> Reply {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, content_type.parse().unwrap());
        Reply { status: StatusCode::from_u16(status).unwrap(), headers, body: Bytes::from_static(body.as_bytes()) }
    }

    #[test]
    fn errors_carried_by_a_success_are_quoted_not_dumped() {
        #[derive(Debug, serde::Deserialize)]
        struct Answer {
            #[allow(dead_code)]
            id: String,
        }
        let ok_style =
            reply(200, "application/json", r#"{"error_code":2,"error_msg":"SERVICE : Busy","error_data":null}"#);
        let f = ok_style.json::<Answer>().unwrap_err();
        assert_eq!(
            f.message,
            "the server answered HTTP 200 with an error instead of a result: SERVICE : Busy (error_code 2)"
        );
        assert_eq!(f.retry, Retry::IfResendSafe { after: None });
        assert!(ok_style.foreign_success().is_some());
        let nested = reply(200, "application/json", r#"{"error":{"code":"x","message":"quota exceeded"}}"#);
        assert!(nested.foreign_success().unwrap().message.ends_with("instead of a result: quota exceeded"));
        let other = reply(200, "application/json", r#"{"name":"a","secret_field":"s3cr3t"}"#);
        let f = other.json::<Answer>().unwrap_err();
        assert_eq!(f.message, "unexpected answer from the server: missing field `id` at line 1 column 36");
        assert!(other.foreign_success().is_none(), "a JSON answer without an error is the API's own");
        let truncated = reply(200, "application/json", r#"{"id":"ab"#);
        assert!(truncated.json::<Answer>().unwrap_err().message.contains("malformed or truncated JSON of 9 bytes"));
        let trace = reply(500, "application/json", r#"{"detail":"upstream timed out","trace":"t-42"}"#);
        assert_eq!(trace.describe_status(), "HTTP 500 Internal Server Error (upstream timed out)");
        let bare = reply(500, "application/json", r#"{"trace":"t-42"}"#);
        assert_eq!(bare.describe_body(), "a JSON answer of 16 bytes with no message in it");
        let portal = reply(200, "text/html", "<html><title>Sign in</title></html>");
        assert!(portal.foreign_success().unwrap().message.contains("an HTML page titled \"Sign in\""));
        assert!(reply(200, "text/plain", "").foreign_success().is_none());
    }

    #[test]
    fn html_bodies_are_described_not_dumped() {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, "text/html".parse().unwrap());
        let reply = Reply {
            status: StatusCode::BAD_GATEWAY,
            headers,
            body: Bytes::from_static(b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"),
        };
        let d = reply.describe_status();
        assert!(d.contains("HTML page titled \"502 Bad Gateway\""), "{d}");
        assert!(!d.contains("<html>"));
    }

    #[test]
    fn json_logs_hide_secret_keys_and_secret_query_values_of_links() {
        let mut v = serde_json::json!({
            "upload_url": "https://up.example/uploadImage?apiToken=LINKSECRET&photoIds=p1",
            "nested": [{"session_key": "K"}, "http://h/x?token=T2&a=b"],
            "plain": "not a link?apiToken=stays"
        });
        redact_json(&mut v);
        let s = v.to_string();
        assert!(!s.contains("LINKSECRET") && !s.contains("T2"), "{s}");
        assert!(s.contains("photoIds=p1") && s.contains("a=b") && s.contains("stays"), "{s}");
    }
}
