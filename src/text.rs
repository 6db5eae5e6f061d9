//! Text for people, with no terminal attached: names from files or servers rendered safe
//! (control characters and bidirectional overrides shown as escapes, so a name cannot drive
//! the terminal), lines capped, sizes and durations in human units. Every layer may use it;
//! `output` is where the text is finally written.

use std::time::Duration;

/// `name` with every control or bidi-override character written as `\u{..}`.
pub fn escape(name: &str) -> String {
    if !name.chars().any(needs_escape) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len() + 8);
    for c in name.chars() {
        if needs_escape(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// A whole output line (or lines) made terminal-safe at the sink: like [`escape`], but the
/// line breaks and tabs that the output itself is made of stay. Catches any value from
/// outside (a server's id or error text) that a caller forgot to escape.
pub fn escape_output(text: &str) -> String {
    if !text.chars().any(|c| c != '\n' && c != '\t' && needs_escape(c)) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c != '\n' && c != '\t' && needs_escape(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Text from outside made one safe line of at most `max` characters: like [`escape`] (line
/// breaks too), and cut with "… (N more)" saying how many characters were left out.
pub fn bounded(text: &str, max: usize) -> String {
    let escaped = escape(text);
    let total = escaped.chars().count();
    if total <= max {
        return escaped;
    }
    let kept: String = escaped.chars().take(max).collect();
    format!("{kept}… ({} more)", total - max)
}

fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// A size for people (`1.50 MiB`).
pub fn bytes(n: u64) -> String {
    indicatif::HumanBytes(n).to_string()
}

/// A count with its noun in the grammar of the number: `1 file`, `2 files`, `0 files`.
/// Nouns whose plural is not `+s` (`entry`, `match`) take [`count_as`].
pub fn count(n: u64, noun: &str) -> String {
    if n == 1 { format!("1 {noun}") } else { format!("{n} {noun}s") }
}

/// [`count`] with the plural given: `count_as(2, "entry", "entries")`.
pub fn count_as(n: u64, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

/// A wait for people: whole seconds, or milliseconds under one.
pub fn human_duration(d: Duration) -> String {
    if d.as_secs() >= 1 { format!("{}s", d.as_secs()) } else { format!("{}ms", d.as_millis()) }
}

#[cfg(test)]
mod tests {
    use super::{escape, escape_output};

    #[test]
    fn escapes_controls_keeps_unicode() {
        assert_eq!(escape("Отчёт 😀.png"), "Отчёт 😀.png");
        assert_eq!(escape("a\x1b[31mb\n"), "a\\u{1b}[31mb\\u{a}");
        assert_eq!(escape("x\u{202E}y"), "x\\u{202e}y");
    }

    #[test]
    fn bounded_text_is_one_line_and_capped() {
        assert_eq!(super::bounded("a\nb", 10), "a\\u{a}b");
        assert_eq!(super::bounded(&"x".repeat(12), 10), format!("{}… (2 more)", "x".repeat(10)));
    }

    #[test]
    fn the_output_sink_keeps_line_breaks_and_tabs_only() {
        assert_eq!(escape_output("id\tname\nnext"), "id\tname\nnext");
        assert_eq!(escape_output("a\x1b]0;title\x07b\r"), "a\\u{1b}]0;title\\u{7}b\\u{d}");
    }
}
