//! The Protocol chat API adapter (attachments, and the conversation list `GET
//! /v1/conversations`): `POST /v1/attachments` (multipart upload),
//! `GET /v1/attachments` (cursor pages `{has_more, data}`), and `GET|PUT|DELETE
//! /v1/attachments/:id`, all with `Authorization: Bearer {token}`; an attachment's bytes from
//! its `file_url` (with the token only on the API's own origin). Error bodies are
//! `{"type", "message", "documentation_url"}`.
//!
//! Protocol is a documentation template with no known live backend (apis.md §5), so every
//! wire detail below rests on the template text. UNVERIFIED choices, kept in this file:
//! - the file part is a real file part `file` (the template's `-F file="..."` lacks the `@`
//!   and would send a text field), with `filename="<UTF-8>"` as browsers send it;
//! - `conversation_id` rides along as a text part before the file (the list endpoint takes
//!   it; the create endpoint documents only `file`);
//! - a rename is sent as `application/x-www-form-urlencoded` `filename=...`, as the
//!   template's `curl -d filename=...` would (see [`RENAME_AS_FORM`]);
//! - a delete is answered with any 2xx and no particular body (the template shows none).
//!
//! Only an explicit success is a success: a 2xx carrying the template's error object
//! (`{type, message, documentation_url}`, no `id`) is that error; an upload or rename answer
//! that names no attachment id is not a success (whether the upload landed is unknown, so it
//! is not sent again); a 2xx delete that is an HTML page (a proxy's) says nothing either.

use serde_json::Map;

use crate::services::kit::prelude::*;

/// The settings of Protocol, one constant each: the code names a setting by its constant, so a
/// misspelt key does not compile, and `KIND` lists these same constants, so the table the
/// config files, env vars and `auth status` go by is the one the code reads.
pub mod keys {
    use crate::services::spec::{Key, key, secret, with_default};

    pub const URL: Key = Key::new(&with_default("url", "https://api.protocol.chat", "base URL of the API"));
    pub const TOKEN: Key = Key::new(&secret("token", "the API token (Bearer)"));
    pub const CONVERSATION: Key =
        Key::new(&key("conversation", "default conversation id for `protocol attach`").example("xgQQXg3hrtjh7AvZ"));
}

/// What this service's [`Problem`]s are about, in its own words (see `error::Thing`).
pub mod things {
    use crate::error::Thing;

    pub const CONVERSATION: Thing = Thing("conversation");
    pub const LISTED_CONVERSATION: Thing = Thing("conversation whose attachments are listed");
    pub const ATTACHMENT: Thing = Thing("attachment");
}

/// The registry entry (see `services::ALL`): the settings this adapter reads.
pub const KIND: ServiceKind = ServiceKind::new(&ServiceInfo {
    name: "protocol",
    title: "Protocol",
    keys: &[keys::URL, keys::TOKEN, keys::CONVERSATION, CA_CERT, SKIP_SENT],
    credential_sets: &[&[keys::TOKEN]],
    login: &[keys::URL, keys::TOKEN],
});

/// No size limit is documented (the API is a template).
pub const LIMITS: Limits = Limits { max_bytes: None, max_label: "Protocol documents no size limit" };

/// The largest page the API takes (its default page is 10).
pub const MAX_PAGE: u32 = 100;

/// The template's rename example is `curl -X PUT ... -d filename=...`, i.e. a form body.
/// Set to false to send `{"filename": ...}` as JSON instead.
pub const RENAME_AS_FORM: bool = true;

/// One attachment as the API describes it. Fields the template does not list are kept, so
/// `--json` passes on whatever the server said.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Attachment {
    pub id: String,
    #[serde(default)]
    pub filename: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_size: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message_id: Option<String>,
    /// A Unix timestamp in the template; kept as sent in case it is a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Value>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Attachment {
    /// What a dry run knows of an attachment before any answer: nothing.
    fn planned() -> Attachment {
        Attachment {
            id: String::new(),
            filename: String::new(),
            file_url: None,
            file_type: None,
            file_size: None,
            message_id: None,
            created_at: None,
            extra: Map::new(),
        }
    }
}

/// One page of a list (attachments unless said otherwise).
#[derive(Debug, Clone, Deserialize)]
pub struct Page<T = Attachment> {
    #[serde(default)]
    pub has_more: bool,
    pub data: Vec<T>,
}

/// One conversation as the template's model describes it (the fields chatdrop shows; the
/// rest is kept for `--json`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Conversation {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_at: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Value>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// What to list.
#[derive(Debug, Clone, Default)]
pub struct ListQuery<'a> {
    pub conversation: Option<&'a str>,
    /// None: the server's default page (10).
    pub limit: Option<u32>,
    pub starting_after: Option<&'a str>,
}

/// The server's words from `{type, message}` ("message (type)"), else a description of the body.
const ERRORS: JsonErrors =
    JsonErrors { title: "Protocol", words: ErrorWords { message: &["message"], code: &["type"] } };

pub struct Protocol {
    /// Under `{url}/v1`, e.g. `https://api.protocol.chat/v1`.
    api: BearerClient,
}

/// Ids go into URL paths: refuse anything that would change the path or query.
pub fn check_id(what: &str, id: &str) -> Result<()> {
    crate::ids::plain("Protocol", what, "Nc6yKKMpcxiiFxp6", id)
}

impl Protocol {
    /// `url` is the API's base URL (no trailing slash), e.g. `https://api.protocol.chat`.
    pub fn new(http: Arc<Http>, url: String, token: Secret) -> Self {
        Protocol { api: BearerClient::new(http, format!("{url}/v1"), token) }
    }

    /// Upload one file, optionally into a conversation.
    pub async fn upload(&self, payload: Payload, conversation: Option<&str>) -> Result<Attachment> {
        let mut form = Multipart::new();
        if let Some(conversation) = conversation {
            form = form.text("conversation_id", conversation);
        }
        let form = form.file("file", FileNameStyle::Quoted, payload);
        let reply = self.api.http.upload(form.fill(self.api.request(Method::POST, "attachments"))).await?;
        if !reply.is_success() {
            return Err(match (reply.status.as_u16(), conversation) {
                (404, Some(c)) => Failure::general(format!("no conversation {c}: {}", ERRORS.words.text(&reply)))
                    .with_problem(Problem::NotFound(things::CONVERSATION)),
                _ => ERRORS.failure(&reply),
            });
        }
        attachment_answer(&reply, "upload")
    }

    /// One page of attachments, newest first.
    pub async fn list(&self, query: &ListQuery<'_>) -> Result<Page> {
        let mut params: Vec<(&str, String)> = Vec::new();
        if let Some(c) = query.conversation {
            params.push(("conversation_id", c.to_string()));
        }
        if let Some(limit) = query.limit {
            params.push(("limit", limit.to_string()));
        }
        if let Some(after) = query.starting_after {
            params.push(("starting_after", after.to_string()));
        }
        let reply = self.api.http.call(self.api.request(Method::GET, "attachments").query(&params)).await?;
        if !reply.is_success() {
            return Err(match (reply.status.as_u16(), query.conversation) {
                (404, Some(c)) => Failure::general(format!("no conversation {c}: {}", ERRORS.words.text(&reply)))
                    .with_problem(Problem::NotFound(things::LISTED_CONVERSATION)),
                _ => ERRORS.failure(&reply),
            });
        }
        error_in_success(&reply)?;
        reply.json()
    }

    /// One page of conversations (`GET /v1/conversations`, paged like attachments).
    pub async fn conversations(&self, query: &ListQuery<'_>) -> Result<Page<Conversation>> {
        let mut params: Vec<(&str, String)> = Vec::new();
        if let Some(limit) = query.limit {
            params.push(("limit", limit.to_string()));
        }
        if let Some(after) = query.starting_after {
            params.push(("starting_after", after.to_string()));
        }
        let reply = self.api.http.call(self.api.request(Method::GET, "conversations").query(&params)).await?;
        if !reply.is_success() {
            return Err(ERRORS.failure(&reply));
        }
        error_in_success(&reply)?;
        reply.json()
    }

    pub async fn get(&self, id: &str) -> Result<Attachment> {
        check_id("attachment", id)?;
        let reply = self
            .api
            .http
            .call(self.api.request(Method::GET, &format!("attachments/{}", crate::ids::segment(id))))
            .await?;
        by_id_answer(&reply, id)?;
        attachment_answer(&reply, "attachment")
    }

    /// Change the file name; the answer is the updated attachment.
    pub async fn rename(&self, id: &str, filename: &str) -> Result<Attachment> {
        check_id("attachment", id)?;
        let req = self.api.request(Method::PUT, &format!("attachments/{}", crate::ids::segment(id)));
        let req = if RENAME_AS_FORM {
            req.form(&[("filename", filename)])
        } else {
            req.json(&serde_json::json!({ "filename": filename }))
        };
        let reply = self.api.http.call(req).await?;
        if reply.planned().is_some() {
            // A dry run: the attachment as the rename would leave it.
            return Ok(Attachment { id: id.to_string(), filename: filename.to_string(), ..Attachment::planned() });
        }
        by_id_answer(&reply, id)?;
        attachment_answer(&reply, "rename")
    }

    /// Start the download of an attachment's `file_url` (the template's are on an asset host,
    /// `https://assets.protocol.chat/attachments/...`: no token goes there); the caller
    /// streams the body.
    pub async fn download(&self, id: &str, file_url: &str) -> Result<reqwest::Response> {
        let req = self.api.get_handed_out(file_url, "file_url")?;
        match self.api.http.open(req).await? {
            Ok(response) => Ok(response),
            Err(reply) => Err(match reply.status.as_u16() {
                404 | 410 => {
                    Failure::general(format!("the file of attachment {id} is gone: {}", ERRORS.words.text(&reply)))
                        .with_problem(Problem::NotFound(things::ATTACHMENT))
                }
                _ => ERRORS.failure(&reply),
            }),
        }
    }

    /// Delete for good.
    pub async fn delete(&self, id: &str) -> Result<()> {
        check_id("attachment", id)?;
        let reply = self
            .api
            .http
            .call(self.api.request(Method::DELETE, &format!("attachments/{}", crate::ids::segment(id))))
            .await?;
        by_id_answer(&reply, id)?;
        // A delete's success carries nothing to read, but a page from a proxy is not one.
        match reply.foreign_success() {
            Some(failure) => Err(failure),
            None => Ok(()),
        }
    }
}

/// The template's error object inside a 2xx: that error, not a success.
fn error_in_success(reply: &Reply) -> Result<()> {
    let Some(Value::Object(o)) = reply.json_value() else { return Ok(()) };
    let is_error = !o.contains_key("id")
        && o.get("message").is_some_and(Value::is_string)
        && o.get("type").is_some_and(Value::is_string);
    if is_error {
        return Err(Failure::general(format!(
            "Protocol answered HTTP {} with an error instead of a result: {}",
            reply.status.as_u16(),
            ERRORS.words.text(reply)
        )));
    }
    Ok(())
}

/// A 2xx answer that must be an attachment: it names its id, or it is not a success
/// (`what` was sent, so it may have landed: not sent again).
fn attachment_answer(reply: &Reply, what: &str) -> Result<Attachment> {
    if let Some(step) = reply.planned() {
        // A dry run: the id is what the answer would have named.
        return Ok(Attachment { id: crate::plan::from_step(step, "id"), ..Attachment::planned() });
    }
    error_in_success(reply)?;
    let attachment: Attachment = reply.json()?;
    if attachment.id.trim().is_empty() {
        return Err(Failure::general(format!(
            "Protocol answered the {what} without an attachment id, so whether it took effect is unknown"
        ))
        .with_retry(crate::error::Retry::IfResendSafe { after: None }));
    }
    Ok(attachment)
}

/// The answer of a call on one attachment: 404 says plainly which id is missing.
fn by_id_answer(reply: &Reply, id: &str) -> Result<()> {
    if reply.is_success() {
        return error_in_success(reply);
    }
    Err(ERRORS.missing(reply, things::ATTACHMENT, id))
}

/// Static credentials (nothing to renew); the cheapest call that needs a valid token: one
/// attachment.
impl StaticToken for Protocol {
    async fn check(&self) -> Result<()> {
        self.list(&ListQuery { limit: Some(1), ..ListQuery::default() }).await.map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_show_message_and_type() {
        let body = r#"{"type":"invalid_request","message":"No attachment X","documentation_url":"https://protocol.chat/docs/errors/invalid_request"}"#;
        let f = by_id_answer(&Reply::of(404, body), "X").unwrap_err();
        assert_eq!(f.message, "no attachment X: No attachment X (invalid_request)");
        let f = ERRORS.failure(&Reply::of(401, body));
        assert_eq!(f.class, crate::error::ExitClass::Auth);
        assert_eq!(f.problem, Some(Problem::TokenRejected));
        let f = ERRORS.failure(&Reply::of(500, "<html><title>Oops</title></html>"));
        assert!(!f.message.contains("<html>"), "{}", f.message);
    }

    #[test]
    fn only_an_answer_naming_the_attachment_is_a_success() {
        let error = r#"{"type":"api_error","message":"Storage is full.","documentation_url":"https://protocol.chat/docs/errors/api_error"}"#;
        let f = attachment_answer(&Reply::of(200, error), "upload").unwrap_err();
        assert_eq!((f.class, f.retry), (crate::error::ExitClass::Failure, crate::error::Retry::No));
        assert!(f.message.contains("Storage is full. (api_error)"), "{}", f.message);
        let f = attachment_answer(&Reply::of(201, r#"{"id":"","filename":"a.txt"}"#), "upload").unwrap_err();
        assert_eq!(f.retry, crate::error::Retry::IfResendSafe { after: None });
        let f = attachment_answer(&Reply::of(200, r#"{"filename":"a.txt"}"#), "upload").unwrap_err();
        assert_eq!(f.retry, crate::error::Retry::IfResendSafe { after: None });
        // Only the id is needed; everything else may be missing or new.
        let a =
            attachment_answer(&Reply::of(200, r#"{"id":"Nc6yKKMpcxiiFxp6","virus_scan":"clean"}"#), "upload").unwrap();
        assert_eq!((a.id.as_str(), a.filename.as_str()), ("Nc6yKKMpcxiiFxp6", ""));
        assert!(by_id_answer(&Reply::of(200, error), "X").is_err());
        assert!(by_id_answer(&Reply::of(204, ""), "X").is_ok());
    }

    #[test]
    fn ids_that_would_change_the_url_are_refused() {
        assert!(check_id("attachment", "Nc6yKKMpcxiiFxp6").is_ok());
        for bad in ["", "a/b", "a?b", "a#b", "a b", "a%2F", "a\nb"] {
            assert_eq!(check_id("attachment", bad).unwrap_err().class, crate::error::ExitClass::Usage, "{bad:?}");
        }
    }

    #[test]
    fn attachments_keep_unknown_fields() {
        let a: Attachment =
            serde_json::from_str(r#"{"id":"a","filename":"x.pdf","created_at":692233200,"extra":1}"#).unwrap();
        let v = serde_json::to_value(&a).unwrap();
        assert_eq!(v["extra"], 1);
        assert_eq!(v["created_at"], 692233200);
        assert!(v.get("file_url").is_none());
    }
}
