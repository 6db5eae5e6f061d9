//! The adapters' kit: the shapes several REST APIs share, so that a new adapter writes only
//! what is its service's own.
//! - [`BearerClient`]: requests under a base URL with `Authorization: Bearer <token>`, and the
//!   one-liners of a plain JSON API (`get_item`, `delete_item`, `get_list`). Protocol's
//!   answers need checks of their own (an error object inside a 2xx, an id), so its adapter
//!   builds its requests with `request`.
//! - [`ErrorWords`]: the server's words from a JSON error body (which keys hold them).
//! - [`refusal`]: the usual failure of a refused request (401 the token, 403 denied, 400/422
//!   refused, the rest by status).
//! - [`JsonErrors`]: a JSON API's failures and answers in one place: its name, its words, and
//!   a 404 as `no <thing> <id>` (`Problem::NotFound` with the service's own noun).
//! - [`Post`]: an upload that is one post of the adapter (not safe to resend).
//! - [`StaticToken`]: an adapter of one token that never changes: nothing to renew, and the
//!   cheapest call that needs a valid token (`login` checks with it, and so does `auth status
//!   --check`).
//! - [`prelude`]: what an adapter file imports, in one `use`.

use std::sync::Arc;

use reqwest::header::AUTHORIZATION;
use reqwest::{Method, RequestBuilder};
use serde_json::Value;

use serde::de::DeserializeOwned;

use crate::error::{Failure, Problem, Result, Thing};
use crate::http::{Http, Reply, status_failure};
use crate::secret::Secret;
use crate::text::escape;
use crate::upload::{Payload, Target};

/// What an adapter file imports: `use crate::services::kit::prelude::*;`.
pub mod prelude {
    pub use std::sync::Arc;

    pub use reqwest::Method;
    pub use serde::{Deserialize, Serialize};
    pub use serde_json::{Value, json};

    pub use super::{BearerClient, ErrorWords, JsonErrors, Post, StaticToken};
    pub use crate::error::{ExitClass, Failure, Problem, Result, Retry, Thing};
    pub use crate::http::{Http, Reply, status_failure};
    pub use crate::secret::Secret;
    pub use crate::services::spec::{CA_CERT, SKIP_SENT, ServiceInfo, ServiceKind};
    pub use crate::upload::multipart::{FileNameStyle, Multipart};
    pub use crate::upload::retry::Renew;
    pub use crate::upload::{Limits, Payload, Target};
}

/// An adapter of one token that never changes (a bearer token the user gave): a refused one
/// cannot be renewed ([`Renew`]'s default, given to every such adapter), and [`check`] is the
/// cheapest call that needs a valid token and changes nothing: `login` checks the token with
/// it before storing it, and `auth status --check` checks the stored one.
///
/// [`Renew`]: crate::upload::retry::Renew
/// [`check`]: StaticToken::check
#[allow(async_fn_in_trait)] // called on concrete adapters only, never through `dyn`
pub trait StaticToken: Sync {
    async fn check(&self) -> Result<()>;
}

impl<T: StaticToken> crate::upload::retry::Renew for T {}

/// A client of an API that takes one bearer token.
pub struct BearerClient {
    pub http: Arc<Http>,
    /// Where the paths start (no trailing slash).
    base: String,
    token: Secret,
}

impl BearerClient {
    pub fn new(http: Arc<Http>, base: String, token: Secret) -> Self {
        BearerClient { http, base, token }
    }

    /// A request to `base/path` with the token.
    pub fn request(&self, method: Method, path: &str) -> RequestBuilder {
        self.http
            .request(method, &format!("{}/{path}", self.base))
            .header(AUTHORIZATION, format!("Bearer {}", self.token.expose()))
    }

    /// `GET base/{path}/{id}`: the JSON of `thing` `id`, in `errors`' words (a 404 is no such `thing`).
    pub async fn get_item<T: DeserializeOwned>(
        &self,
        errors: &JsonErrors,
        path: &str,
        thing: Thing,
        id: &str,
    ) -> Result<T> {
        let reply = self.http.call(self.request(Method::GET, &item_path(path, id))).await?;
        errors.answer(&reply, thing, id)
    }

    /// `DELETE base/{path}/{id}`: a success with nothing to read ([`JsonErrors::done`]).
    pub async fn delete_item(&self, errors: &JsonErrors, path: &str, thing: Thing, id: &str) -> Result<()> {
        let reply = self.http.call(self.request(Method::DELETE, &item_path(path, id))).await?;
        errors.done(&reply, thing, id)
    }

    /// `GET base/{path}?{query}` (the parameters that have a value): the list under `key` of the
    /// JSON answer; a 404 is no `thing` named by the query's first value (`GET
    /// files?folder_id=F` → no folder F).
    pub async fn get_list<T: DeserializeOwned>(
        &self,
        errors: &JsonErrors,
        (path, query): (&str, &[(&str, Option<&str>)]),
        key: &str,
        thing: Thing,
    ) -> Result<Vec<T>> {
        let query: Vec<(&str, &str)> = query.iter().filter_map(|(k, v)| v.map(|v| (*k, v))).collect();
        let reply = self.http.call(self.request(Method::GET, path).query(&query)).await?;
        let id = query.first().map_or("", |(_, value)| value);
        let mut answer: serde_json::Map<String, Value> = errors.answer(&reply, thing, id)?;
        serde_json::from_value(answer.remove(key).unwrap_or(Value::Null)).map_err(|e| {
            Failure::general(format!("{} answered no list of `{key}`: {}", errors.title, escape(&e.to_string())))
        })
    }

    /// A GET of a URL the API handed out (a file's `file_url`): http or https only, and the
    /// token goes with it only when the URL has the base URL's origin (scheme, host, port),
    /// since a token goes only where the user configured; an asset host gets no credentials.
    pub fn get_handed_out(&self, url: &str, what: &str) -> Result<RequestBuilder> {
        let parsed = reqwest::Url::parse(url)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
            .ok_or_else(|| {
                Failure::general(format!("the {what} the server gave, `{}`, is not an http(s) URL", escape(url)))
            })?;
        let base = reqwest::Url::parse(&self.base).ok();
        let same_origin = base.is_some_and(|b| b.origin() == parsed.origin());
        let req = self.http.request(Method::GET, parsed.as_str());
        Ok(if same_origin { req.header(AUTHORIZATION, format!("Bearer {}", self.token.expose())) } else { req })
    }
}

/// `path/{id}`, the id one path segment whatever it holds.
fn item_path(path: &str, id: &str) -> String {
    format!("{path}/{}", crate::ids::segment(id))
}

/// An upload that is one post (`send` it): a resend of one that may have landed would post
/// twice, so it is never resent; nothing to renew. `Post(|payload| api.upload(&folder, payload))`.
pub struct Post<F>(pub F);

impl<F, Fut, O> Target for Post<F>
where
    F: Fn(Payload) -> Fut + Send + Sync,
    Fut: Future<Output = Result<O>> + Send,
    O: Send,
{
    type Output = O;

    fn resend_safe(&self) -> bool {
        false
    }

    fn send(&self, payload: Payload) -> impl Future<Output = Result<O>> + Send {
        (self.0)(payload)
    }
}

impl<F: Send + Sync> crate::upload::retry::Renew for Post<F> {}

/// Which keys of a JSON error object hold the server's words.
pub struct ErrorWords {
    /// The first of these that holds text is the message.
    pub message: &'static [&'static str],
    /// The first of these that holds text (or a number) is the code.
    pub code: &'static [&'static str],
}

impl ErrorWords {
    /// "message (code)", the message, or the code, escaped; None when the body names neither.
    pub fn of(&self, reply: &Reply) -> Option<String> {
        let value = reply.json_value()?;
        let first = |keys: &[&str]| {
            keys.iter().find_map(|k| match value.get(*k) {
                Some(Value::String(s)) if !s.trim().is_empty() => Some(escape(s.trim())),
                Some(Value::Number(n)) => Some(n.to_string()),
                _ => None,
            })
        };
        match (first(self.message), first(self.code)) {
            (Some(message), Some(code)) => Some(format!("{message} ({code})")),
            (message, code) => message.or(code),
        }
    }

    /// [`ErrorWords::of`], else a description of the status and the body.
    pub fn text(&self, reply: &Reply) -> String {
        self.of(reply).unwrap_or_else(|| reply.describe_status())
    }
}

/// The failure of a request `title`'s server refused, with its words `text`: 401 refused the
/// token (exit 4, [`Problem::TokenRejected`]), 403 denied access, 400 and 422 refused the
/// request, anything else by its status (a 5xx or 429 is temporary).
pub fn refusal(title: &str, reply: &Reply, text: String) -> Failure {
    match reply.status.as_u16() {
        401 => Failure::auth(format!("{title} rejected the token: {text}")).with_problem(Problem::TokenRejected),
        403 => Failure::general(format!("{title} denied access: {text}"))
            .with_hint("the token's account may not see or change this"),
        400 | 422 => Failure::general(format!("{title} refused the request: {text}")),
        _ => status_failure(reply, Some(text)),
    }
}

/// A JSON API's failures: its name (as [`refusal`] says it) and which keys hold its words.
pub struct JsonErrors {
    pub title: &'static str,
    pub words: ErrorWords,
}

impl JsonErrors {
    /// The failure of a refused request ([`refusal`], in the server's words).
    pub fn failure(&self, reply: &Reply) -> Failure {
        refusal(self.title, reply, self.words.text(reply))
    }

    /// The failure of a call on one `thing` (`id`): a 404 says plainly which one is missing
    /// ([`Problem::NotFound`] with the service's noun), anything else is [`JsonErrors::failure`].
    pub fn missing(&self, reply: &Reply, thing: Thing, id: &str) -> Failure {
        match reply.status.as_u16() {
            404 => Failure::general(format!("no {} {id}: {}", thing.0, self.words.text(reply)))
                .with_problem(Problem::NotFound(thing)),
            _ => self.failure(reply),
        }
    }

    /// A success's JSON, else [`JsonErrors::missing`]. Under `--dry-run` the answer to a
    /// planned request is `{"id": "<from step N: id>"}`, so a type read from the answer to a
    /// change has `#[serde(default)]` on every field but its `id`.
    pub fn answer<T: DeserializeOwned>(&self, reply: &Reply, thing: Thing, id: &str) -> Result<T> {
        if let Some(step) = reply.planned() {
            let placeholder = serde_json::json!({ "id": crate::plan::from_step(step, "id") });
            return serde_json::from_value(placeholder)
                .map_err(|e| Failure::general(format!("no placeholder for a planned {}: {e}", thing.0)));
        }
        if reply.is_success() { reply.json() } else { Err(self.missing(reply, thing, id)) }
    }

    /// A success with nothing to read (a delete): a 2xx that is no error page, else
    /// [`JsonErrors::missing`].
    pub fn done(&self, reply: &Reply, thing: Thing, id: &str) -> Result<()> {
        if reply.is_success() {
            reply.foreign_success().map_or(Ok(()), Err)
        } else {
            Err(self.missing(reply, thing, id))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: ErrorWords = ErrorWords { message: &["message", "error"], code: &["type", "code"] };

    #[test]
    fn the_servers_words_come_escaped_with_their_code() {
        assert_eq!(
            WORDS.of(&Reply::of(400, r#"{"message":"No such file.","type":"invalid"}"#)).unwrap(),
            "No such file. (invalid)"
        );
        assert_eq!(WORDS.of(&Reply::of(400, r#"{"error":"Bad\u001b[2J","code":7}"#)).unwrap(), "Bad\\u{1b}[2J (7)");
        assert_eq!(WORDS.of(&Reply::of(400, r#"{"code":"quota"}"#)).unwrap(), "quota");
        assert_eq!(WORDS.of(&Reply::of(400, r#"{"message":" ","other":1}"#)), None);
        assert!(!WORDS.text(&Reply::of(502, "<html><title>Bad Gateway</title></html>")).contains("<html>"));
    }

    #[test]
    fn refusals_map_to_exit_classes() {
        let f = refusal("Acme", &Reply::of(401, ""), "no".into());
        assert_eq!((f.class, f.problem), (crate::error::ExitClass::Auth, Some(Problem::TokenRejected)));
        assert_eq!(refusal("Acme", &Reply::of(403, ""), "no".into()).message, "Acme denied access: no");
        assert_eq!(refusal("Acme", &Reply::of(422, ""), "no".into()).message, "Acme refused the request: no");
        assert_eq!(refusal("Acme", &Reply::of(503, ""), "busy".into()).class, crate::error::ExitClass::Temporary);
    }

    #[test]
    fn a_json_api_names_what_is_missing_and_reads_its_answers() {
        const ERRORS: JsonErrors = JsonErrors { title: "Acme", words: WORDS };
        let f = ERRORS.missing(&Reply::of(404, r#"{"message":"gone"}"#), Thing("folder"), "f1");
        assert_eq!((f.message.as_str(), f.problem), ("no folder f1: gone", Some(Problem::NotFound(Thing("folder")))));
        assert!(
            ERRORS.missing(&Reply::of(403, "{}"), Thing("folder"), "f1").message.starts_with("Acme denied access: ")
        );
        let answer: Value = ERRORS.answer(&Reply::of(200, r#"{"id":"a"}"#), Thing("file"), "a").unwrap();
        assert_eq!(answer["id"], "a");
        assert!(ERRORS.done(&Reply::of(204, ""), Thing("file"), "a").is_ok());
        assert!(ERRORS.done(&Reply::of(404, ""), Thing("file"), "a").is_err());
    }
}
