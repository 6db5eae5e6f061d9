//! The rule for base URL settings (`api_url`, `url`, ...): http or https with a host, the
//! trailing slash removed, a missing scheme named with the corrected URL as a hint, and a
//! warning for plain http to anything but this machine.

use crate::error::{Failure, Result};
use crate::log::Log;

/// Validate a base URL (as `Context::base_url` does for a setting). `what` names the setting and where it came
/// from.
pub fn check_base_url(value: &str, what: &str, log: &dyn Log) -> Result<String> {
    let url = parse_base_url(value, what)?;
    if url.scheme() == "http" && !is_loopback(&url) {
        log.warn(&format!("{what} uses plain http://: credentials and files travel unencrypted"));
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// A base URL, trimmed and parsed: http(s) with a host. A URL written without its scheme
/// (`host:port/path`) gets the corrected URL as a hint.
pub fn parse_base_url(value: &str, what: &str) -> Result<reqwest::Url> {
    let value = super::value::clean(value, what)?;
    let url = match reqwest::Url::parse(&value) {
        Ok(url) if url.scheme() == "http" || url.scheme() == "https" || value.contains("://") => url,
        // `localhost:8901/x` parses with the scheme `localhost`, `host/x` not at all.
        parsed => match without_scheme(&value) {
            Some(fixed) => return Err(no_scheme(what, &fixed)),
            None => parsed.map_err(|e| {
                Failure::usage(format!("{what} is not a URL: {e}"))
                    .with_hint("give a full URL such as https://host.example.com")
            })?,
        },
    };
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(Failure::usage(format!("{what} has scheme `{}`; only http and https are supported", url.scheme())));
    }
    if url.host().is_none() {
        return Err(Failure::usage(format!("{what} has no host")));
    }
    Ok(url)
}

fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// `value` with `https://` in front, when that makes a URL with a host (so `mailto:x` or
/// `a b` get no such guess).
fn without_scheme(value: &str) -> Option<reqwest::Url> {
    if value.contains("://") {
        return None;
    }
    let fixed = reqwest::Url::parse(&format!("https://{value}")).ok()?;
    fixed.host_str().filter(|h| !h.is_empty())?;
    Some(fixed)
}

fn no_scheme(what: &str, fixed: &reqwest::Url) -> Failure {
    let shown = |u: &reqwest::Url| crate::secret::redact::url(u.as_str()).trim_end_matches('/').to_string();
    let https = shown(fixed);
    let mut hint = format!("write the scheme in front: {https}");
    if is_loopback(fixed) {
        let mut http = fixed.clone();
        let _ = http.set_scheme("http");
        hint.push_str(&format!(" (or {} for a local server without TLS, such as `chatdrop sandbox`)", shown(&http)));
    }
    Failure::usage(format!("{what} lacks the scheme (https:// or http://)")).with_hint(hint)
}
