//! A secret value (security key, password, token, signing key): it prints as `[redacted]` in
//! `Debug` and `Display`, and its text is reachable only through [`Secret::expose`], which the
//! code calls where a header, a form or a signature is built. Every secret is registered with
//! the redaction ([`redact`]) on creation, as a safety net for text that quotes it anyway.

pub mod redact;

use std::fmt;

#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        let value = value.into();
        redact::register_secret(&value);
        Secret(value)
    }

    /// The secret's text, for the one place that puts it on the wire or signs with it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints_its_value() {
        let s = Secret::new("hunter2-secret");
        assert_eq!(format!("{s} {s:?}"), "[redacted] Secret([redacted])");
        assert_eq!(s.expose(), "hunter2-secret");
    }
}
