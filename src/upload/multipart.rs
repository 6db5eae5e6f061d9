//! multipart/form-data framing around a streamed file, written by hand so that the total
//! length is known up front (Content-Length, never chunked) and the file part's
//! Content-Disposition is exactly what each service needs.

use bytes::Bytes;
use futures_util::StreamExt;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use super::Payload;

/// How the file part names its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileNameStyle {
    /// `filename="<UTF-8>"` as browsers send it (RFC 7578 §4.2): `"`, CR and LF as %22/%0D/%0A.
    Quoted,
    /// `filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266 / 5987).
    Extended,
}

/// RFC 5987 attr-char: everything else is percent-encoded.
const ATTR_CHAR: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'!')
    .remove(b'#')
    .remove(b'$')
    .remove(b'&')
    .remove(b'+')
    .remove(b'-')
    .remove(b'.')
    .remove(b'^')
    .remove(b'_')
    .remove(b'`')
    .remove(b'|')
    .remove(b'~');

pub struct Multipart {
    boundary: String,
    head: Vec<u8>,
}

/// A ready body: its Content-Type (with boundary), exact length, and stream.
pub struct MultipartBody {
    pub content_type: String,
    pub len: u64,
    pub body: reqwest::Body,
}

impl MultipartBody {
    /// `req` carrying this body, with its Content-Type and Content-Length.
    pub fn fill(self, req: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        use reqwest::header::{CONTENT_LENGTH, CONTENT_TYPE};
        req.header(CONTENT_TYPE, self.content_type).header(CONTENT_LENGTH, self.len).body(self.body)
    }
}

impl Default for Multipart {
    fn default() -> Self {
        Self::new()
    }
}

impl Multipart {
    pub fn new() -> Self {
        let boundary = format!("chatdrop-{:016x}{:016x}", crate::rand::u64(), crate::rand::u64());
        Multipart { boundary, head: Vec::new() }
    }

    /// A plain text field.
    pub fn text(self, name: &str, value: &str) -> Self {
        self.part(name, None, value.as_bytes())
    }

    /// A field with its own Content-Type (e.g. a JSON `meta` part).
    pub fn part(mut self, name: &str, content_type: Option<&str>, value: &[u8]) -> Self {
        self.head.extend_from_slice(format!("--{}\r\n", self.boundary).as_bytes());
        self.head.extend_from_slice(format!("Content-Disposition: form-data; name=\"{}\"\r\n", quote(name)).as_bytes());
        if let Some(ct) = content_type {
            self.head.extend_from_slice(format!("Content-Type: {ct}\r\n").as_bytes());
        }
        self.head.extend_from_slice(b"\r\n");
        self.head.extend_from_slice(value);
        self.head.extend_from_slice(b"\r\n");
        self
    }

    /// End the form with the file part (always last, so it can stream).
    pub fn file(self, field: &str, style: FileNameStyle, payload: Payload) -> MultipartBody {
        let (name, mime, len) = (payload.name.clone(), payload.mime.clone(), payload.len);
        self.file_stream(field, style, &name, &mime, len, payload.into_stream())
    }

    /// [`Multipart::file`] for a payload's stream the adapter has already started reading (to
    /// look at its first bytes) or sends under another name: `len` bytes of `mime` named `name`.
    pub fn file_stream(
        mut self,
        field: &str,
        style: FileNameStyle,
        name: &str,
        mime: &str,
        len: u64,
        stream: impl futures_util::Stream<Item = std::io::Result<Bytes>> + Send + 'static,
    ) -> MultipartBody {
        self.head.extend_from_slice(format!("--{}\r\n", self.boundary).as_bytes());
        self.head.extend_from_slice(
            format!(
                "Content-Disposition: form-data; name=\"{}\"; {}\r\nContent-Type: {}\r\n\r\n",
                quote(field),
                filename_params(name, style),
                mime
            )
            .as_bytes(),
        );
        let tail = Bytes::from(format!("\r\n--{}--\r\n", self.boundary));
        let head = Bytes::from(self.head);
        let len = head.len() as u64 + len + tail.len() as u64;
        let stream = futures_util::stream::once(async move { Ok::<_, std::io::Error>(head) })
            .chain(stream)
            .chain(futures_util::stream::once(async move { Ok(tail) }));
        MultipartBody {
            content_type: format!("multipart/form-data; boundary={}", self.boundary),
            len,
            body: reqwest::Body::wrap_stream(stream),
        }
    }
}

/// The `filename` parameters of a Content-Disposition header for `name`.
pub fn filename_params(name: &str, style: FileNameStyle) -> String {
    match style {
        FileNameStyle::Quoted => format!("filename=\"{}\"", quote(name)),
        FileNameStyle::Extended => {
            format!("filename=\"{}\"; filename*=UTF-8''{}", ascii_fallback(name), utf8_percent_encode(name, ATTR_CHAR))
        }
    }
}

/// Escape a quoted-string value the way browsers do for form data (`"`, CR and LF as
/// %22/%0D/%0A), and every other ASCII control character as %XX too: a raw ESC or NUL in a
/// part header is not valid HTTP and makes servers refuse the whole body.
fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        if c == '"' || c.is_ascii_control() {
            out.push_str(&format!("%{:02X}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Non-ASCII, quotes, backslashes and controls become `_`, keeping the extension readable.
pub fn ascii_fallback(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii() && !c.is_ascii_control() && c != '"' && c != '\\' { c } else { '_' }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extended_names_follow_rfc5987() {
        assert_eq!(
            filename_params("Отчёт 1.pdf", FileNameStyle::Extended),
            "filename=\"_____ 1.pdf\"; filename*=UTF-8''%D0%9E%D1%82%D1%87%D1%91%D1%82%201.pdf"
        );
        assert_eq!(filename_params("a\"b\nc.txt", FileNameStyle::Quoted), "filename=\"a%22b%0Ac.txt\"");
        assert_eq!(filename_params("a\x1b[1m\x07\tb.png", FileNameStyle::Quoted), "filename=\"a%1B[1m%07%09b.png\"");
        assert_eq!(
            filename_params("😀.png", FileNameStyle::Extended),
            "filename=\"_.png\"; filename*=UTF-8''%F0%9F%98%80.png"
        );
    }
}
