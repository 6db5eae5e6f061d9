//! Saving a download: the name from Content-Disposition made safe (no separators, no `..`,
//! no control characters), streamed into a temp file beside the target and renamed only
//! when complete, so an interrupted or failed download leaves nothing behind.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use md5::{Digest, Md5};
use percent_encoding::percent_decode_str;
use tokio::io::AsyncWriteExt;

use crate::error::{Failure, Result, Retry};
use crate::output::escape;
use crate::upload::progress::Progress;

/// Where a download goes, from `-o`.
pub enum Destination {
    /// Into the current directory, under the server's name.
    CurrentDir,
    /// `-o DIR`: into that directory under the server's name.
    Dir(PathBuf),
    /// `-o PATH`: exactly there.
    File(PathBuf),
}

impl Destination {
    pub fn from_arg(output: Option<&Path>) -> Destination {
        match output {
            None => Destination::CurrentDir,
            Some(p) if p.is_dir() || p.as_os_str().to_string_lossy().ends_with('/') => {
                Destination::Dir(p.to_path_buf())
            }
            Some(p) => Destination::File(p.to_path_buf()),
        }
    }

    /// The final path for a file the server calls `name`.
    pub fn path_for(&self, name: &str) -> PathBuf {
        match self {
            Destination::CurrentDir => PathBuf::from(safe_name(name)),
            Destination::Dir(dir) => dir.join(safe_name(name)),
            Destination::File(path) => path.clone(),
        }
    }
}

pub struct Saved {
    pub path: PathBuf,
    pub size: u64,
    pub md5: String,
}

/// The file name in a Content-Disposition header: `filename*` (RFC 5987) wins over `filename`.
pub fn filename_from_disposition(header: &str) -> Option<String> {
    let mut plain = None;
    let mut extended = None;
    for param in split_params(header) {
        let Some((key, value)) = param.split_once('=') else { continue };
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim();
        if key == "filename*" {
            // charset'lang'percent-encoded
            let mut pieces = value.splitn(3, '\'');
            let (charset, _lang, encoded) = (pieces.next()?, pieces.next(), pieces.next());
            if let Some(encoded) = encoded
                && charset.eq_ignore_ascii_case("utf-8")
            {
                extended = percent_decode_str(encoded).decode_utf8().ok().map(|s| s.into_owned());
            }
        } else if key == "filename" {
            plain = Some(unquote(value));
        }
    }
    extended.or(plain).filter(|n| !n.is_empty())
}

/// Split on `;` outside quotes.
fn split_params(header: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut escaped = false;
    for c in header.chars() {
        match c {
            _ if escaped => {
                current.push(c);
                escaped = false;
            }
            '\\' if quoted => {
                current.push(c);
                escaped = true;
            }
            '"' => {
                quoted = !quoted;
                current.push(c);
            }
            ';' if !quoted => out.push(std::mem::take(&mut current)),
            _ => current.push(c),
        }
    }
    out.push(current);
    out
}

fn unquote(value: &str) -> String {
    let Some(inner) = value.strip_prefix('"').map(|v| v.strip_suffix('"').unwrap_or(v)) else {
        return value.to_string();
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(next) = chars.next() {
                out.push(next);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A name that stays inside the target directory: last path component only, control
/// characters dropped, no leading dots, at most 200 bytes, never empty.
pub fn safe_name(name: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| if matches!(c, ':' | '*' | '?' | '"' | '<' | '>' | '|') { '_' } else { c })
        .collect();
    // Leading dots and spaces together (". x" must not become " x"), and again after the cut
    // to 200 bytes, so that a safe name stays as it is.
    let trim = |s: &str| {
        s.trim_start_matches(|c: char| c == '.' || c.is_whitespace())
            .trim_end_matches(|c: char| c == '.' || c.is_whitespace())
            .to_string()
    };
    let trimmed = trim(&cleaned);
    let mut out = String::new();
    for c in trimmed.chars() {
        if out.len() + c.len_utf8() > 200 {
            break;
        }
        out.push(c);
    }
    let out = trim(&out);
    if out.is_empty() { "download".to_string() } else { out }
}

/// Stream `response` to `dest`. The temp file is removed if anything fails or the run is
/// interrupted (dropping the future drops it).
pub async fn save(
    mut response: reqwest::Response,
    target: &Path,
    overwrite: bool,
    stall: Duration,
    progress: Arc<dyn Progress>,
) -> Result<Saved> {
    if target.exists() && !overwrite {
        return Err(Failure::general(format!("{} already exists", escape(&target.display().to_string())))
            .with_hint("pass --force to replace it, or -o to choose another path"));
    }
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = tempfile::Builder::new()
        .prefix(".chatdrop-download-")
        .tempfile_in(&dir)
        .map_err(|e| Failure::general(format!("cannot write in {}: {e}", dir.display())))?;
    let (std_file, tmp_path) = tmp.into_parts();
    let mut file = tokio::fs::File::from_std(std_file);
    let expected = response.content_length();
    let mut hasher = Md5::new();
    let mut size = 0u64;
    progress.begin(1);
    loop {
        let chunk = tokio::time::timeout(stall, response.chunk())
            .await
            .map_err(|_| {
                Failure::temporary(format!("the download stalled: no data for {}s", stall.as_secs()))
                    .with_retry(Retry::Yes { after: None })
            })?
            .map_err(|e| crate::http::transport_failure(&e, response.url().as_str()).context("download interrupted"))?;
        let Some(chunk) = chunk else { break };
        hasher.update(&chunk);
        size += chunk.len() as u64;
        file.write_all(&chunk).await.map_err(|e| Failure::general(format!("cannot write the download: {e}")))?;
        progress.advance(chunk.len() as u64);
    }
    if let Some(expected) = expected
        && expected != size
    {
        return Err(Failure::temporary(format!("the download ended early ({size} of {expected} bytes)"))
            .with_retry(Retry::Yes { after: None }));
    }
    file.flush().await.map_err(|e| Failure::general(format!("cannot write the download: {e}")))?;
    file.sync_all().await.map_err(|e| Failure::general(format!("cannot write the download: {e}")))?;
    drop(file);
    tmp_path
        .persist(target)
        .map_err(|e| Failure::general(format!("cannot move the download to {}: {}", target.display(), e.error)))?;
    progress.finish(None);
    Ok(Saved { path: target.to_path_buf(), size, md5: hex::encode(hasher.finalize()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_name_forms() {
        assert_eq!(filename_from_disposition("attachment; filename=test.txt").as_deref(), Some("test.txt"));
        assert_eq!(
            filename_from_disposition("attachment; filename=\"a \\\"b\\\"; c.txt\"").as_deref(),
            Some("a \"b\"; c.txt")
        );
        assert_eq!(
            filename_from_disposition("attachment; filename=\"_.pdf\"; filename*=UTF-8''%D0%9E%D1%82.pdf").as_deref(),
            Some("От.pdf")
        );
        assert_eq!(filename_from_disposition("inline"), None);
    }

    #[test]
    fn names_cannot_escape_the_directory() {
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("..\\..\\boot.ini"), "boot.ini");
        assert_eq!(safe_name(".."), "download");
        assert_eq!(safe_name(".bashrc"), "bashrc");
        assert_eq!(safe_name("a\x1b[2Jb\n.txt"), "a[2Jb.txt");
        assert_eq!(safe_name(""), "download");
        assert!(safe_name(&"я".repeat(300)).len() <= 200);
    }
}
