//! Redaction, applied at the output sink and to what the journal keeps: every configured secret, matched literally and in the forms
//! a server may echo it in (percent-encoded, base64, and the `user:password` pair of Basic
//! auth), and the credential-bearing headers and query parameters, whatever the verbosity.

use std::sync::RwLock;

static SECRETS: RwLock<Vec<String>> = RwLock::new(Vec::new());

/// Headers whose values never reach the terminal.
const SECRET_HEADERS: &[&str] = &["authorization", "cookie", "set-cookie", "proxy-authorization"];

/// Query or form parameters whose values never reach the terminal.
const SECRET_PARAMS: &[&str] = &[
    "access_token",
    "session_key",
    "session_secret_key",
    "application_secret_key",
    "sig",
    "apitoken",
    "token",
    "password",
    "security_key",
];

/// Remember a secret value so that every later output hides it, in every encoding a server
/// might echo it in.
pub fn register_secret(value: &str) {
    let value = value.trim();
    // Very short values would blank out ordinary words; they are not secrets worth the name.
    if value.len() < 4 {
        return;
    }
    let forms = encoded_forms(value.as_bytes());
    let mut secrets = SECRETS.write().unwrap_or_else(|e| e.into_inner());
    for form in std::iter::once(value.to_string()).chain(forms) {
        if form.len() >= 4 && !secrets.contains(&form) {
            secrets.push(form);
        }
    }
    // Longest first, so a secret that contains another is hidden whole.
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
}

/// Basic auth: the pair `user:password` and its base64 (what the header carries) are secret.
pub fn register_basic(user: &str, password: &str) {
    register_secret(password);
    register_secret(&format!("{user}:{password}"));
}

/// What an `Authorization` header carries, registered as secret whatever its scheme: a
/// Basic pair is also registered decoded.
pub fn register_authorization(value: &str) {
    use base64::Engine;
    let Some((scheme, credentials)) = value.trim().split_once(' ') else {
        register_secret(value);
        return;
    };
    register_secret(credentials);
    if scheme.eq_ignore_ascii_case("basic")
        && let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(credentials.trim())
        && let Ok(pair) = String::from_utf8(decoded)
    {
        match pair.split_once(':') {
            Some((user, password)) => register_basic(user, password),
            None => register_secret(&pair),
        }
    }
}

/// The percent-encoded (every way a URL may carry it) and base64 forms of a secret.
fn encoded_forms(value: &[u8]) -> Vec<String> {
    use base64::Engine;
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
    use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_encode};
    const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');
    let mut forms = Vec::new();
    for set in [NON_ALPHANUMERIC, COMPONENT] {
        let upper = percent_encode(value, set).to_string();
        // The hex digits may come back in lower case.
        let mut lower = String::with_capacity(upper.len());
        let mut rest = upper.as_str();
        while let Some(at) = rest.find('%') {
            lower.push_str(&rest[..at]);
            let escape = rest.get(at..at + 3).unwrap_or(&rest[at..]);
            lower.push_str(&escape.to_ascii_lowercase());
            rest = &rest[at + escape.len()..];
        }
        lower.push_str(rest);
        forms.push(upper);
        forms.push(lower);
    }
    forms.push(url::form_urlencoded::byte_serialize(value).collect());
    for engine in [&STANDARD, &STANDARD_NO_PAD, &URL_SAFE, &URL_SAFE_NO_PAD] {
        forms.push(engine.encode(value));
    }
    forms.retain(|f| f.as_bytes() != value);
    forms.sort();
    forms.dedup();
    forms
}

/// Hide every registered secret in `text`.
pub fn redact(text: &str) -> String {
    let secrets = SECRETS.read().unwrap_or_else(|e| e.into_inner());
    let mut out = text.to_string();
    for secret in secrets.iter() {
        if out.contains(secret.as_str()) {
            out = out.replace(secret.as_str(), "***");
        }
    }
    out
}

/// A header value as it may be shown: the scheme of Authorization stays visible.
pub fn header_value(name: &str, value: &str) -> String {
    let lower = name.to_ascii_lowercase();
    if SECRET_HEADERS.contains(&lower.as_str()) {
        return match value.split_once(' ') {
            Some((scheme, _)) if lower.contains("authorization") => format!("{scheme} ***"),
            _ => "***".to_string(),
        };
    }
    redact(value)
}

/// A URL as it may be shown: secret query parameters and user info replaced.
pub fn url(url: &str) -> String {
    let Ok(mut parsed) = reqwest::Url::parse(url) else {
        return redact(url);
    };
    if parsed.password().is_some() {
        let _ = parsed.set_password(Some("***"));
    }
    if parsed.query().is_some() {
        let pairs: Vec<(String, String)> = parsed
            .query_pairs()
            .map(|(k, v)| {
                let hidden = SECRET_PARAMS.contains(&k.to_ascii_lowercase().as_str());
                (k.into_owned(), if hidden { "***".into() } else { v.into_owned() })
            })
            .collect();
        parsed.query_pairs_mut().clear().extend_pairs(pairs);
    }
    redact(parsed.as_str())
}

/// A `k=v&k=v` form body as it may be shown.
pub fn form(body: &str) -> String {
    body.split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, _)) if SECRET_PARAMS.contains(&k.to_ascii_lowercase().as_str()) => {
                format!("{k}=***")
            }
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hides_registered_secrets_and_auth_headers() {
        register_secret("s3cr3t-value-123");
        assert_eq!(redact("token s3cr3t-value-123 end"), "token *** end");
        assert_eq!(header_value("Authorization", "Bearer abc.def"), "Bearer ***");
        assert_eq!(header_value("Cookie", "ZM_AUTH_TOKEN=xyz"), "***");
        let shown = url("https://h/fb.do?method=m&access_token=TOKVALUE&sig=SIGVALUE");
        assert!(shown.contains("method=m") && !shown.contains("TOKVALUE") && !shown.contains("SIGVALUE"), "{shown}");
        assert_eq!(form("a=1&password=x"), "a=1&password=***");
    }

    #[test]
    fn hides_encoded_forms_and_basic_pairs() {
        register_secret("p@ss/wörd+1");
        assert_eq!(redact("next=p%40ss%2Fw%C3%B6rd%2B1"), "next=***");
        assert_eq!(redact("next=p%40ss%2fw%c3%b6rd%2b1"), "next=***");
        assert_eq!(redact("q=p%40ss%2Fw%C3%B6rd%2B1&x"), "q=***&x");
        assert_eq!(redact("echo cEBzcy93w7ZyZCsx"), "echo ***");
        register_authorization("Basic YWxpY2U6aHVudGVyMjI=");
        assert_eq!(redact("got YWxpY2U6aHVudGVyMjI= and hunter22"), "got *** and ***");
    }
}
