//! The one rule for a setting's value, wherever it comes from (flag, env, file, keyring,
//! prompt, stdin): whitespace around it (spaces, tabs, CR, LF) is trimmed, since a token pasted
//! with its newline, `$(cat token.txt)` or a CRLF file must work the same everywhere; a value
//! that still holds a control character is refused, naming where it came from and never the
//! value itself (it may be a secret): sent on, it would break a header or split a log line.

use crate::error::{Failure, Result};

/// Only these are trimmed: the blanks a shell, an editor or a paste leave around a value.
const AROUND: [char; 4] = [' ', '\t', '\r', '\n'];

/// `raw` without the whitespace around it.
pub fn trim(raw: &str) -> &str {
    raw.trim_matches(AROUND)
}

/// The trimmed value, or the failure naming `origin` (e.g. "the environment variable
/// CHATDROP_PROTOCOL_TOKEN", "--url", "`token` under [default.protocol] in FILE").
pub fn clean(raw: &str, origin: &str) -> Result<String> {
    let value = trim(raw);
    check(value, origin)?;
    Ok(value.to_string())
}

/// Refuse a value holding a control character (after trimming).
pub fn check(value: &str, origin: &str) -> Result<()> {
    match value.chars().find(|c| c.is_control()) {
        None => Ok(()),
        Some(c) => Err(Failure::usage(format!(
            "the value of {origin} holds a control character (U+{:04X}) inside it",
            c as u32
        ))
        .with_hint(
            "a setting is one line of text: remove the character (spaces, tabs and line breaks around a value are trimmed, those inside are not)",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blanks_around_go_inner_controls_are_refused() {
        assert_eq!(clean(" \ttok\r\n", "x").unwrap(), "tok");
        assert_eq!(clean("a b", "x").unwrap(), "a b");
        let f = clean("to\nk\n", "the environment variable CHATDROP_PROTOCOL_TOKEN").unwrap_err();
        assert!(f.message.contains("CHATDROP_PROTOCOL_TOKEN") && f.message.contains("U+000A"), "{}", f.message);
        assert!(!f.message.contains("to\nk"));
        assert!(clean("\x1b[2Jx", "x").is_err(), "an escape at the start is not whitespace");
        assert_eq!(trim("\u{a0}x\u{a0}"), "\u{a0}x\u{a0}", "only ASCII blanks are trimmed");
    }
}
