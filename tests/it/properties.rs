//! Property tests (proptest) of everything that parses outside input: Content-Disposition
//! names and the names made of them, settings files, JSON answers, Retry-After, and the
//! escaping of names for the terminal. Crashes found are kept as regression cases at the end.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use bytes::Bytes;
use chatdrop::download::{Destination, filename_from_disposition, safe_name};
use chatdrop::http::{Reply, parse_retry_after, redact_json};
use chatdrop::sandbox::wire::{disposition_filename, download_disposition};
use chatdrop::upload::multipart::{FileNameStyle, filename_params};
use proptest::prelude::*;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_TYPE, HeaderMap};

/// Characters that make parsers and terminals trip, mixed with ordinary ones.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just(";".to_string()),
        Just("=".to_string()),
        Just("'".to_string()),
        Just("%".to_string()),
        Just("../".to_string()),
        Just("/".to_string()),
        Just("\r\n".to_string()),
        Just("\x1b[31m".to_string()),
        Just("\u{202E}".to_string()),
        Just("filename*=UTF-8''".to_string()),
        Just("filename=".to_string()),
        Just("Отчёт".to_string()),
        Just("😀".to_string()),
        "[a-z0-9 .]{1,6}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(pieces, 0..12).prop_map(|v| v.concat())
}

/// A name is safe to create inside a directory: one plain component, no controls.
fn assert_safe(name: &str) {
    assert!(!name.is_empty());
    assert!(name.len() <= 200, "{} bytes", name.len());
    assert!(!name.contains(['/', '\\']), "{name:?}");
    assert!(!name.starts_with('.'), "{name:?}");
    assert!(!name.chars().any(char::is_control), "{name:?}");
    assert!(!name.chars().any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')), "{name:?}");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_disposition_header_gives_a_name_that_stays_in_the_target_dir(header in hostile_text()) {
        let header = format!("attachment; {header}");
        let name = filename_from_disposition(&header).unwrap_or_else(|| "fallback".into());
        let safe = safe_name(&name);
        assert_safe(&safe);
        let dir = PathBuf::from("/target/dir");
        let path = Destination::Dir(dir.clone()).path_for(&name);
        prop_assert_eq!(path.parent(), Some(dir.as_path()));
        prop_assert!(path.file_name().is_some());
    }

    #[test]
    fn safe_name_of_anything_is_safe_and_stable(name in hostile_text()) {
        let safe = safe_name(&name);
        assert_safe(&safe);
        prop_assert_eq!(safe_name(&safe), safe.clone(), "safe names stay as they are");
        prop_assert_eq!(Path::new(&safe).components().count(), 1);
    }

    /// What chatdrop writes in an extended Content-Disposition, an RFC 5987 reader written
    /// apart from chatdrop (the sandbox's) reads back exactly.
    #[test]
    fn extended_filenames_round_trip(name in hostile_text().prop_filter("a name", |n| !n.is_empty())) {
        let header = format!("form-data; name=\"file\"; {}", filename_params(&name, FileNameStyle::Extended));
        prop_assert!(!header.contains(['\r', '\n']), "{header:?}");
        prop_assert_eq!(disposition_filename(&header), Some(name));
    }

    /// What an RFC 6266 server writes (the sandbox's own writer), chatdrop reads exactly.
    #[test]
    fn extended_dispositions_are_read_exactly(name in hostile_text().prop_filter("a name", |n| !n.is_empty())) {
        prop_assert_eq!(filename_from_disposition(&download_disposition("attachment", &name)), Some(name));
    }

    /// Quoted names never break out of the header line or the quotes.
    #[test]
    fn quoted_filenames_stay_one_quoted_string(name in hostile_text()) {
        let params = filename_params(&name, FileNameStyle::Quoted);
        let inner = params.strip_prefix("filename=\"").and_then(|p| p.strip_suffix('"')).unwrap();
        prop_assert!(!inner.contains('"'), "{params:?}");
        prop_assert!(!inner.chars().any(|c| c.is_ascii_control()), "{params:?}");
    }

    #[test]
    fn any_settings_text_parses_or_names_a_line(text in "(\\[[a-z.\"\\]]{0,12}\\]|[a-z_]{1,8} = (\"[^\"\\n]{0,8}\"|[0-9]{1,3}|true|\\[1\\]|\\{\\})|#.*|[\"'=\\[\\]{}\\n ]{0,6}|\\n){0,10}") {
        match chatdrop::config::file::parse(&text) {
            Ok(mut tree) => {
                // Whatever parses, chatdrop writes back to the same settings (empty tables,
                // which hold no setting, are not written).
                let again = chatdrop::config::file::parse(&chatdrop::config::file::render(&tree));
                tree.values_mut().for_each(|s| s.retain(|_, keys| !keys.is_empty()));
                tree.retain(|_, s| !s.is_empty());
                prop_assert_eq!(again.as_ref().ok(), Some(&tree));
            }
            Err(problem) => prop_assert!(!problem.is_empty()),
        }
    }

    #[test]
    fn written_settings_read_back_the_same(
        entries in proptest::collection::vec((hostile_text(), hostile_text(), "[a-z_]{1,10}", hostile_text()), 0..6)
    ) {
        let mut tree = chatdrop::config::file::Tree::new();
        for (profile, service, key, value) in entries {
            tree.entry(profile).or_default().entry(service).or_default().insert(key, value);
        }
        // Tables left empty are not written; they do not exist for chatdrop either.
        tree.values_mut().for_each(|s| s.retain(|_, keys| !keys.is_empty()));
        tree.retain(|_, s| !s.is_empty());
        let text = chatdrop::config::file::render(&tree);
        prop_assert_eq!(chatdrop::config::file::parse(&text), Ok(tree));
    }

    #[test]
    fn retry_after_never_panics_and_reads_seconds(value in "\\PC{0,40}", secs in 0u64..10_000_000) {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let _ = parse_retry_after(&value, now);
        prop_assert_eq!(parse_retry_after(&format!(" {secs} "), now), Some(Duration::from_secs(secs)));
        let date = httpdate::fmt_http_date(now + Duration::from_secs(secs));
        prop_assert_eq!(parse_retry_after(&date, now), Some(Duration::from_secs(secs)));
    }

    /// Any answer body, JSON or not, is described in one safe line and never dumped.
    #[test]
    fn any_answer_is_described_safely(
        body in prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..300),
            hostile_text().prop_map(String::into_bytes),
            hostile_text().prop_map(|t| format!("<html><title>{t}</title><body>{t}</body></html>").into_bytes()),
            hostile_text().prop_map(|t| format!("{{\"error\": \"{t}\", \"n\": [1, {{\"token\": \"{t}\"}}").into_bytes()),
        ],
        status in 100u16..600,
        html in any::<bool>(),
    ) {
        let mut headers = HeaderMap::new();
        if html {
            headers.insert(CONTENT_TYPE, "text/html; charset=utf-8".parse().unwrap());
        }
        let reply = Reply { status: StatusCode::from_u16(status).unwrap(), headers, body: Bytes::from(body) };
        let described = reply.describe_status();
        prop_assert!(!described.chars().any(char::is_control), "{described:?}");
        prop_assert!(!described.contains("<html"), "{described:?}");
        prop_assert!(described.chars().count() < 400, "{described:?}");
        let _ = reply.json::<serde_json::Value>();
        let _ = reply.retry_after();
        let failure = chatdrop::http::status_failure(&reply, None);
        prop_assert!(!failure.message.chars().any(char::is_control), "{:?}", failure.message);
    }

    #[test]
    fn json_redaction_hides_every_secret_key_and_link_token(secret in "[A-Za-z0-9]{12,20}", key in "[a-z_]{0,6}") {
        let mut value = serde_json::json!({
            format!("{key}token"): secret,
            "nested": [{ format!("{key}Secret{key}"): secret }],
            "link": format!("https://h.example/up?apiToken={secret}&x=1"),
            "other": { "password": secret, "sig": secret },
        });
        redact_json(&mut value);
        prop_assert!(!value.to_string().contains(&secret), "{value}");
    }

    #[test]
    fn escaped_names_carry_no_control_or_bidi_characters(name in hostile_text()) {
        let shown = chatdrop::text::escape(&name);
        let unsafe_char = |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
        prop_assert!(!shown.chars().any(unsafe_char), "{:?}", shown);
        let line = chatdrop::text::escape_output(&format!("{name}\t{name}\n"));
        prop_assert!(!line.chars().any(|c| c.is_control() && c != '\n' && c != '\t'), "{:?}", line);
    }
}

/// Crashes and wrong answers the properties found, kept as plain regression tests.
mod regressions {
    use super::*;

    #[test]
    fn disposition_edge_cases() {
        assert_eq!(filename_from_disposition("attachment; filename=\"a\\\"b.txt\""), Some("a\"b.txt".into()));
        assert_eq!(filename_from_disposition("attachment; filename*=UTF-8''%2e%2e%2fx"), Some("../x".into()));
        assert_eq!(safe_name("../x"), "x");
        assert_eq!(filename_from_disposition("attachment; filename*=UTF-8''%FF"), None);
        assert_eq!(filename_from_disposition("attachment; filename=\""), None);
        assert_eq!(safe_name(".."), "download");
        assert_eq!(safe_name("a/\u{202E}.."), "download");
        // Found by safe_name_of_anything_is_safe_and_stable: ". 0" gave " 0", then "0".
        assert_eq!(safe_name(". 0"), "0");
        assert_eq!(safe_name(&format!("{}. x", "a".repeat(199))), "a".repeat(199));
    }
}
