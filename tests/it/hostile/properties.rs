//! Properties of the parsers and sinks that take outside input (issue 13): durations never
//! panic and stay within a day, the output sink yields one bounded line, redaction catches
//! a secret's encoded forms, ids in URL paths stay one segment, paging stops on any cycle.

use chatdrop::cli::{MAX_DURATION, MIN_DURATION, parse_duration};
use chatdrop::ids;
use chatdrop::paging::Pager;
use chatdrop::secret::redact;
use chatdrop::text::bounded;
use proptest::prelude::*;

proptest! {
    // Findings are kept as explicit cases (1e-116 in `absurd_durations_are_usage_errors_not_panics`),
    // not in a regressions file that would sit beside tests/properties.rs's.
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn durations_never_panic_and_stay_within_a_day(s in "\\PC{0,24}", f in any::<f64>()) {
        for text in [s, f.to_string(), format!("{f}s"), format!("{f:e}")] {
            if let Ok(d) = parse_duration(&text) {
                prop_assert!(d >= MIN_DURATION && d <= MAX_DURATION, "{text} -> {d:?}");
            }
        }
    }

    #[test]
    fn the_sink_makes_one_bounded_line(text in "\\PC{0,40}(\\n|\\r|\\x1b|\\u{202e})\\PC{0,2000}") {
        let line = bounded(&text, 500);
        prop_assert!(!line.chars().any(char::is_control), "{line:?}");
        prop_assert!(line.chars().count() <= 500 + " … (more)".len() + 20);
    }

    #[test]
    fn encoded_forms_of_a_secret_are_redacted(secret in "[ -~]{8,24}") {
        use base64::Engine;
        // Printable ASCII with at least one character that must be encoded in a URL.
        let secret = format!("{}/+{}", secret.trim(), "Zq9");
        redact::register_secret(&secret);
        let percent: String = url::form_urlencoded::byte_serialize(secret.as_bytes()).collect();
        let b64 = base64::engine::general_purpose::STANDARD.encode(&secret);
        for form in [secret.clone(), percent, b64] {
            let shown = redact::redact(&format!("echo <{form}>"));
            prop_assert!(!shown.contains(&form), "{form} in {shown}");
        }
    }

    #[test]
    fn an_id_stays_one_path_segment(id in "\\PC{0,40}") {
        let seg = ids::segment(&id);
        prop_assert!(!seg.contains(['/', '?', '#', '\\']), "{seg}");
        prop_assert!(seg != "." && seg != "..");
        prop_assert!(!seg.contains(".."), "{seg}");
    }

    #[test]
    fn any_cursor_cycle_is_caught(cycle in prop::collection::vec("[a-z]{1,3}", 1..6), rounds in 2usize..4) {
        let mut pager = Pager::new("X");
        let mut stopped = false;
        for cursor in cycle.iter().cycle().take(cycle.len() * rounds) {
            if pager.next(cursor).is_err() {
                stopped = true;
                break;
            }
        }
        prop_assert!(stopped);
    }
}
