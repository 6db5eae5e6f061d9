//! The id rules the services share, checked before any request (a malformed id is a usage
//! error, exit 2), each worded with the service's own name and example, and the
//! percent-encoding of ids that go into a URL path, so that even an id that got past a check
//! cannot add a segment or a query. A rule only one service has lives in its adapter.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::error::{Failure, Result};
use crate::text::escape;

/// The longest id any service uses; anything longer is not one.
const MAX_ID: usize = 128;

/// A UUID in its usual 8-4-4-4-12 hex form (Carbonio rooms and attachments, 1C-Connect).
pub fn is_uuid(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

/// Ids of letters, digits, `-` and `_` only, at most [`MAX_ID`] long: the `what` (attachment,
/// conversation) of service `title`, whose ids look like `example`.
pub fn plain(title: &str, what: &str, example: &str, id: &str) -> Result<()> {
    if !id.is_empty() && id.len() <= MAX_ID && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        return Ok(());
    }
    Err(Failure::usage(format!("`{}` is not a valid {what} id", escape(id)))
        .with_hint(format!("a {title} {what} id looks like {example} (letters, digits, - and _)")))
}

/// Ids that are a number (`123456`) or a guid (hex digits and dashes, such as `example`): the
/// `what` (file) of service `title`.
pub fn number_or_guid(title: &str, what: &str, example: &str, id: &str) -> Result<()> {
    let numeric = !id.is_empty() && id.len() <= 19 && id.bytes().all(|b| b.is_ascii_digit());
    let guid = (8..=MAX_ID).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-')
        && id.bytes().any(|b| b.is_ascii_hexdigit());
    if numeric || guid {
        return Ok(());
    }
    Err(Failure::usage(format!("`{}` is not a {title} {what} id", escape(id)))
        .with_hint(format!("a {title} {what} id is a number or a guid such as {example}")))
}

/// Everything but unreserved characters is encoded: `/`, `?`, `#`, `%` and `..` stay inside
/// the one path segment.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'~');

/// `id` as one URL path segment (defence in depth behind the checks above).
pub fn segment(id: &str) -> String {
    let encoded = utf8_percent_encode(id, SEGMENT).to_string();
    // A dot is unreserved, but `.` and `..` as a whole segment would move up the path.
    encoded.replace('.', "%2E")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_checked_locally() {
        assert!(is_uuid("497f6eca-6276-4993-bfeb-53cbbbba6f08"));
        assert!(is_uuid("BB5C7328-1886-4A8B-AA00-E00FAB828E24"));
        assert!(!is_uuid("497f6eca62764993bfeb53cbbbba6f08"));
        assert!(!is_uuid("497f6eca-6276-4993-bfeb-53cbbbba6f0g"));
        assert!(!is_uuid("bb5c7328-1886-4a8b-aa00-e00fab828e2"));
        assert!(!is_uuid("bb5c73281886-4a8b-aa00-e00fab828e24-"));
        assert!(!is_uuid("../attachments"));
    }

    #[test]
    fn plain_ids_use_a_safe_charset_and_the_services_words() {
        assert!(plain("Acme", "file", "f_12-ab", "Nc6yKKMpcxiiFxp6").is_ok());
        for bad in ["", "a/b", "a?b", "a#b", "a b", "a%2F", "a\nb", "..", "a.b"] {
            assert!(plain("Acme", "file", "f_12-ab", bad).is_err(), "{bad}");
        }
        let hint = plain("Acme", "file", "f_12-ab", "a/b").unwrap_err().hint.unwrap();
        assert_eq!(hint, "a Acme file id looks like f_12-ab (letters, digits, - and _)");
    }

    #[test]
    fn numbers_or_guids() {
        let check = |id| number_or_guid("Pyrus", "file", "0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a", id);
        assert!(check("123456").is_ok() && check("0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2a").is_ok());
        for bad in ["", "../../tasks/1", "a?b=1#c", "12 3", "x", "-", "--------"] {
            assert!(check(bad).is_err(), "{bad}");
        }
        assert_eq!(check("x").unwrap_err().message, "`x` is not a Pyrus file id");
    }

    #[test]
    fn segments_cannot_escape() {
        assert_eq!(segment("../../tasks/1"), "%2E%2E%2F%2E%2E%2Ftasks%2F1");
        assert_eq!(segment("a?b=1#c"), "a%3Fb%3D1%23c");
        assert_eq!(segment("0f0c1c52-3a43"), "0f0c1c52-3a43");
    }
}
