//! Pyrus end to end: the real binary against the sandbox's Pyrus fake (and raw TCP faults),
//! asserting what arrived at the server and what the user saw.

mod common;

use common::*;

#[test]
fn uploads_one_file_as_length_framed_multipart_with_a_verified_md5() {
    let t = TestEnv::new();
    let body = b"hello pyrus\n".repeat(1000);
    let path = t.file("report.txt", &body);
    let r = run(t.cmd("pyrus").args(["pyrus", "upload"]).arg(&path));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let uploads: Vec<Recorded> = t.requests("pyrus").into_iter().filter(|r| r.path.ends_with("/files/upload")).collect();
    assert_eq!(uploads.len(), 1);
    let up = &uploads[0];
    assert_eq!(up.path, "/pyrus/files/v4/files/upload");
    assert!(up.header("authorization").unwrap().starts_with("Bearer pyrus-sandbox-token-"));
    assert!(up.header("transfer-encoding").is_none(), "never chunked");
    let declared: u64 = up.header("content-length").unwrap().parse().unwrap();
    assert!(declared > body.len() as u64);
    assert_eq!(up.parts.len(), 1);
    let part = &up.parts[0];
    assert_eq!(part.name, "file");
    assert_eq!(part.filename.as_deref(), Some("report.txt"));
    assert_eq!(part.value.as_deref(), Some(&body[..]));
    assert_eq!(part.md5, md5_hex(&body));
    let guid = r.stdout.split('\t').next().unwrap();
    assert_eq!(guid.len(), 36, "stdout: {}", r.stdout);
    assert!(r.stdout.ends_with("\treport.txt\n"));
}
