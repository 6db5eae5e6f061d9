//! Redaction at the output sink: every configured secret, matched literally, and the
//! credential-bearing headers and query parameters, whatever the verbosity.

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

/// Remember a secret value so that every later output hides it.
pub fn register_secret(value: &str) {
    let value = value.trim();
    // Very short values would blank out ordinary words; they are not secrets worth the name.
    if value.len() < 4 {
        return;
    }
    let mut secrets = SECRETS.write().unwrap_or_else(|e| e.into_inner());
    if !secrets.iter().any(|s| s == value) {
        secrets.push(value.to_string());
        // Longest first, so a secret that contains another is hidden whole.
        secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    }
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
        let shown = url("https://h/fb.do?method=m&access_token=tok&sig=abc");
        assert!(shown.contains("method=m") && !shown.contains("=tok") && !shown.contains("abc"));
        assert_eq!(form("a=1&password=x"), "a=1&password=***");
    }
}
