//! What a file is: MIME type from its name, image format from its first bytes (magic
//! numbers, never the extension alone), and image dimensions read from the header without
//! decoding the image.

/// The image formats the image endpoints accept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Jpeg,
    Gif,
    Webp,
    Bmp,
}

impl ImageFormat {
    pub fn mime(self) -> &'static str {
        match self {
            ImageFormat::Png => "image/png",
            ImageFormat::Jpeg => "image/jpeg",
            ImageFormat::Gif => "image/gif",
            ImageFormat::Webp => "image/webp",
            ImageFormat::Bmp => "image/bmp",
        }
    }
}

/// How many leading bytes `sniff` and `dimensions` want (JPEG headers can sit past EXIF).
pub const HEAD_LEN: usize = 256 * 1024;

/// The image format of a file starting with `head`, if it is one.
pub fn sniff_image(head: &[u8]) -> Option<ImageFormat> {
    if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(ImageFormat::Png)
    } else if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(ImageFormat::Jpeg)
    } else if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        Some(ImageFormat::Gif)
    } else if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        Some(ImageFormat::Webp)
    } else if head.len() >= 26 && head.starts_with(b"BM") {
        Some(ImageFormat::Bmp)
    } else {
        None
    }
}

/// The MIME type of content starting with `head`: images and common containers by their
/// magic bytes, else from the name, else application/octet-stream.
pub fn mime_of(head: &[u8], name: &str) -> &'static str {
    if let Some(image) = sniff_image(head) {
        return image.mime();
    }
    let by_magic = if head.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if head.starts_with(b"PK\x03\x04") {
        // Office files are zips too; their extension says more than the magic does.
        let by_name = mime_from_name(name);
        Some(if by_name != "application/octet-stream" { by_name } else { "application/zip" })
    } else if head.starts_with(&[0x1F, 0x8B]) {
        Some("application/gzip")
    } else if head.len() >= 12 && &head[4..8] == b"ftyp" {
        Some("video/mp4")
    } else {
        None
    };
    by_magic.unwrap_or_else(|| mime_from_name(name))
}

/// The MIME type from a file name's extension.
pub fn mime_from_name(name: &str) -> &'static str {
    let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "bmp" => "image/bmp",
        "svg" => "image/svg+xml",
        "pdf" => "application/pdf",
        "txt" | "log" | "md" => "text/plain",
        "csv" => "text/csv",
        "html" | "htm" => "text/html",
        "json" => "application/json",
        "xml" => "application/xml",
        "zip" => "application/zip",
        "gz" | "tgz" => "application/gzip",
        "tar" => "application/x-tar",
        "7z" => "application/x-7z-compressed",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "mp4" => "video/mp4",
        "mp3" => "audio/mpeg",
        _ => "application/octet-stream",
    }
}

/// Width and height of an image from its header bytes.
pub fn dimensions(head: &[u8]) -> Option<(u32, u32)> {
    let be16 = |i: usize| head.get(i..i + 2).map(|b| u16::from_be_bytes([b[0], b[1]]) as u32);
    let le16 = |i: usize| head.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]) as u32);
    let be32 = |i: usize| head.get(i..i + 4).map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]));
    let le32 = |i: usize| head.get(i..i + 4).map(|b| i32::from_le_bytes([b[0], b[1], b[2], b[3]]));
    match sniff_image(head)? {
        ImageFormat::Png => Some((be32(16)?, be32(20)?)),
        ImageFormat::Gif => Some((le16(6)?, le16(8)?)),
        ImageFormat::Bmp => Some((le32(18)?.unsigned_abs(), le32(22)?.unsigned_abs())),
        ImageFormat::Webp => match head.get(12..16)? {
            b"VP8 " => Some((le16(26)? & 0x3FFF, le16(28)? & 0x3FFF)),
            b"VP8L" => {
                let b = head.get(21..25)?;
                let bits = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                Some(((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1))
            }
            b"VP8X" => {
                let w = head.get(24..27)?;
                let h = head.get(27..30)?;
                let w = u32::from_le_bytes([w[0], w[1], w[2], 0]) + 1;
                let h = u32::from_le_bytes([h[0], h[1], h[2], 0]) + 1;
                Some((w, h))
            }
            _ => None,
        },
        ImageFormat::Jpeg => {
            // Walk the segments to the first start-of-frame marker.
            let mut i = 2;
            while i + 4 <= head.len() {
                if head[i] != 0xFF {
                    return None;
                }
                let marker = head[i + 1];
                if marker == 0xFF {
                    i += 1;
                    continue;
                }
                let seg_len = be16(i + 2)? as usize;
                let is_sof = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
                if is_sof {
                    return Some((be16(i + 7)?, be16(i + 5)?));
                }
                i += 2 + seg_len;
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let mut v = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        v.extend_from_slice(&w.to_be_bytes());
        v.extend_from_slice(&h.to_be_bytes());
        v.extend_from_slice(&[8, 6, 0, 0, 0]);
        v
    }

    #[test]
    fn sniffs_and_measures_images() {
        assert_eq!(sniff_image(&png(3, 2)), Some(ImageFormat::Png));
        assert_eq!(dimensions(&png(1920, 1080)), Some((1920, 1080)));
        let gif = b"GIF89a\x0a\x00\x14\x00rest";
        assert_eq!(dimensions(gif), Some((10, 20)));
        let jpeg =
            [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 0x20, 0x00, 0x40];
        assert_eq!(dimensions(&jpeg), Some((64, 32)));
        assert_eq!(sniff_image(b"hello world"), None);
        assert_eq!(mime_of(b"%PDF-1.7", "x.bin"), "application/pdf");
        assert_eq!(mime_of(b"plain", "Отчёт.PNG"), "image/png");
    }
}
