//! The fakes' own reading and writing of the wire formats, written from the standards and the
//! service docs (../shared/docs/apis.md), never with the client's code: a bug in chatdrop's
//! encoder must not be hidden by the same bug in the fake's decoder. Content-Disposition
//! file names (RFC 6266, RFC 5987 ext-values, RFC 7578 §4.2 form data), UUIDs, and the image
//! headers the image endpoints look at.

/// The file name of a Content-Disposition value (a download's header or a multipart part's):
/// `filename*` (RFC 5987 `charset'language'percent-encoded`, UTF-8 or ISO-8859-1) wins over
/// `filename` (a token or a quoted-string whose `\x` stands for `x`, RFC 7230 quoted-pair).
/// Like a form-data server, it leaves `%XX` in a plain `filename` as it is. `None` where no
/// usable name is given.
pub fn disposition_filename(value: &str) -> Option<String> {
    let mut plain = None;
    let mut extended = None;
    for (key, raw) in params(value) {
        if key.eq_ignore_ascii_case("filename*") {
            extended = ext_value(&raw).or(extended);
        } else if key.eq_ignore_ascii_case("filename") {
            plain = Some(raw);
        }
    }
    extended.or(plain).filter(|n| !n.is_empty())
}

/// The `key=value` parameters after the disposition type, values unquoted.
fn params(value: &str) -> Vec<(String, String)> {
    let bytes: Vec<char> = value.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    // Skip the disposition type.
    while i < bytes.len() && bytes[i] != ';' {
        i += 1;
    }
    while i < bytes.len() {
        i += 1; // the `;`
        let mut key = String::new();
        while i < bytes.len() && bytes[i] != '=' && bytes[i] != ';' {
            key.push(bytes[i]);
            i += 1;
        }
        let key = key.trim().to_string();
        if i >= bytes.len() || bytes[i] == ';' {
            continue;
        }
        i += 1; // the `=`
        while i < bytes.len() && bytes[i] == ' ' {
            i += 1;
        }
        let mut val = String::new();
        if i < bytes.len() && bytes[i] == '"' {
            i += 1;
            let mut closed = false;
            while i < bytes.len() {
                match bytes[i] {
                    '\\' if i + 1 < bytes.len() => {
                        val.push(bytes[i + 1]);
                        i += 2;
                    }
                    '"' => {
                        closed = true;
                        i += 1;
                        break;
                    }
                    c => {
                        val.push(c);
                        i += 1;
                    }
                }
            }
            // An unterminated quoted-string is no value at all.
            if !closed {
                continue;
            }
            while i < bytes.len() && bytes[i] != ';' {
                i += 1;
            }
        } else {
            while i < bytes.len() && bytes[i] != ';' {
                val.push(bytes[i]);
                i += 1;
            }
            val = val.trim().to_string();
        }
        out.push((key, val));
    }
    out
}

/// An RFC 5987 ext-value: `charset'[language]'value-chars`, `%XX` for every byte that is
/// not an attr-char.
fn ext_value(raw: &str) -> Option<String> {
    let (charset, rest) = raw.split_once('\'')?;
    let (_language, encoded) = rest.split_once('\'')?;
    let bytes = percent_decode(encoded)?;
    if charset.eq_ignore_ascii_case("utf-8") {
        String::from_utf8(bytes).ok()
    } else if charset.eq_ignore_ascii_case("iso-8859-1") {
        Some(bytes.iter().map(|&b| b as char).collect())
    } else {
        None
    }
}

fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Some(out)
}

/// A Content-Disposition for a download of `name`, as RFC 6266 §4.3 recommends: an ASCII
/// `filename` for old clients (anything else as `_`) and the exact name in `filename*`.
pub fn download_disposition(kind: &str, name: &str) -> String {
    let fallback: String =
        name.chars().map(|c| if (' '..='~').contains(&c) && c != '"' && c != '\\' { c } else { '_' }).collect();
    let mut encoded = String::new();
    for b in name.bytes() {
        // RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" /
        // "_" / "`" / "|" / "~".
        if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
            encoded.push(b as char);
        } else {
            encoded.push_str(&format!("%{b:02X}"));
        }
    }
    format!("{kind}; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

/// A UUID in its 8-4-4-4-12 hex text form (either case).
pub fn is_uuid(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 36
        && b.iter()
            .enumerate()
            .all(|(i, &c)| if [8, 13, 18, 23].contains(&i) { c == b'-' } else { c.is_ascii_hexdigit() })
}

/// How many leading bytes the image checks read.
pub const IMAGE_HEAD: usize = 256 * 1024;

/// The width and height of an image from its first bytes: PNG (IHDR), GIF (logical screen),
/// JPEG (the first SOFn segment), WebP (VP8, VP8L or VP8X) and BMP (BITMAPINFOHEADER).
/// `Some(None)` for an image whose size cannot be read, `None` for what is not an image.
pub fn image_size(head: &[u8]) -> Option<Option<(u32, u32)>> {
    let at = |i: usize, n: usize| head.get(i..i + n);
    let be = |i: usize, n: usize| at(i, n).map(|b| b.iter().fold(0u32, |a, &x| (a << 8) | x as u32));
    let le = |i: usize, n: usize| at(i, n).map(|b| b.iter().rev().fold(0u32, |a, &x| (a << 8) | x as u32));
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(if at(12, 4) == Some(b"IHDR") { be(16, 4).zip(be(20, 4)) } else { None })
    } else if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        Some(le(6, 2).zip(le(8, 2)))
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(jpeg_size(head))
    } else if at(0, 4) == Some(b"RIFF") && at(8, 4) == Some(b"WEBP") {
        Some(match at(12, 4)? {
            b"VP8 " => le(26, 2).zip(le(28, 2)).map(|(w, h)| (w & 0x3FFF, h & 0x3FFF)),
            b"VP8L" => le(21, 4).map(|v| ((v & 0x3FFF) + 1, ((v >> 14) & 0x3FFF) + 1)),
            b"VP8X" => le(24, 3).zip(le(27, 3)).map(|(w, h)| (w + 1, h + 1)),
            _ => None,
        })
    } else if head.len() >= 26 && head.starts_with(b"BM") {
        // Signed in the header: a negative height means top-down rows.
        Some(le(18, 4).zip(le(22, 4)).map(|(w, h)| ((w as i32).unsigned_abs(), (h as i32).unsigned_abs())))
    } else {
        None
    }
}

/// A JPEG's size: walk the marker segments to the first start-of-frame (SOF0..SOF15 but
/// DHT, JPG and DAC), whose payload holds precision, height, width.
fn jpeg_size(head: &[u8]) -> Option<(u32, u32)> {
    let mut i = 2;
    loop {
        while *head.get(i)? != 0xFF {
            i += 1;
        }
        while *head.get(i)? == 0xFF {
            i += 1;
        }
        let marker = *head.get(i)?;
        i += 1;
        if marker == 0xD8 || marker == 0x01 || (0xD0..=0xD7).contains(&marker) {
            continue;
        }
        let len = u16::from_be_bytes([*head.get(i)?, *head.get(i + 1)?]) as usize;
        if (0xC0..=0xCF).contains(&marker) && ![0xC4, 0xC8, 0xCC].contains(&marker) {
            let h = u16::from_be_bytes([*head.get(i + 3)?, *head.get(i + 4)?]) as u32;
            let w = u16::from_be_bytes([*head.get(i + 5)?, *head.get(i + 6)?]) as u32;
            return Some((w, h));
        }
        i += len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dispositions_as_the_rfcs_write_them() {
        // RFC 6266 §5 examples.
        assert_eq!(disposition_filename("Attachment; filename=example.html").as_deref(), Some("example.html"));
        assert_eq!(disposition_filename("attachment; filename*= UTF-8''%e2%82%ac%20rates").as_deref(), Some("€ rates"));
        assert_eq!(
            disposition_filename("attachment; filename=\"EURO rates\"; filename*=utf-8''%e2%82%ac%20rates").as_deref(),
            Some("€ rates")
        );
        // RFC 5987 §3.2.2: ISO-8859-1.
        assert_eq!(disposition_filename("attachment; filename*=iso-8859-1'en'%A3%20rates").as_deref(), Some("£ rates"));
        assert_eq!(
            disposition_filename("form-data; name=\"f\"; filename=\"a\\\"b;c.txt\"").as_deref(),
            Some("a\"b;c.txt")
        );
        assert_eq!(disposition_filename("form-data; name=\"f\"; filename=\"a%22b\"").as_deref(), Some("a%22b"));
        assert_eq!(disposition_filename("attachment; filename*=UTF-8''%FF"), None);
        assert_eq!(disposition_filename("attachment; filename=\"open"), None);
        assert_eq!(disposition_filename("form-data; name=\"file\""), None);
    }

    #[test]
    fn downloads_carry_an_ascii_fallback_and_the_exact_name() {
        assert_eq!(
            download_disposition("attachment", "Отчёт \"1\".pdf"),
            "attachment; filename=\"_____ _1_.pdf\"; filename*=UTF-8''%D0%9E%D1%82%D1%87%D1%91%D1%82%20%221%22.pdf"
        );
        for name in ["a b.txt", "😀\n\\x", "%41'"] {
            assert_eq!(disposition_filename(&download_disposition("inline", name)).as_deref(), Some(name));
        }
    }

    #[test]
    fn uuids_and_image_sizes() {
        assert!(is_uuid("0f0c1c52-3a43-4b8e-A0D4-4c5b3f1f7e2a"));
        assert!(!is_uuid("0f0c1c52-3a43-4b8e-a0d4-4c5b3f1f7e2"));
        assert!(!is_uuid("0f0c1c52x3a43-4b8e-a0d4-4c5b3f1f7e2a"));
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x07\x80\0\0\x04\x38\x08\x06\0\0\0";
        assert_eq!(image_size(png), Some(Some((1920, 1080))));
        let jpeg =
            [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20];
        assert_eq!(image_size(&jpeg), Some(Some((800, 600))));
        assert_eq!(image_size(b"GIF89a\x01\x00\x02\x00"), Some(Some((1, 2))));
        assert_eq!(image_size(b"%PDF-1.7"), None);
        assert_eq!(image_size(b"\xFF\xD8\xFF"), Some(None));
    }
}
