//! MD5 through aws-lc's assembly (OpenSSL-class speed) behind a safe API (one of chatdrop's two
//! `unsafe` FFI calls; the other is upload::body's read that never waits for the disk), and the
//! journal's content fingerprint. md-5 0.11 (pure Rust) made a Pyrus
//! upload 1.3× slower than OpenSSL's MD5; aws-lc-sys is already linked for rustls.
//!
//! The fingerprint is `md5:<hex>` where the service needs an MD5 anyway (Pyrus: the same
//! digest, no extra work), else `xxh3:<hex>` (XXH3-128): a fingerprint tells a user's own
//! files apart, it is not a defence against forged content, and at ~20 GB/s per core it costs a
//! loopback upload nothing measurable, where SHA-256 (even with SHA-NI, ~1.7 GB/s) halved it.

use std::io::Read;
use std::mem::MaybeUninit;
use std::path::Path;
use std::sync::Once;

use aws_lc_sys as sys;

/// MD5's functions are in the linked aws-lc but not in the bindings aws-lc-sys exposes without its
/// `all-bindings` feature (which would rebuild it); declared here as the generated bindings do.
/// The symbol prefix is aws-lc-sys's version, pinned in Cargo.toml: a mismatch fails to link.
mod md5_ffi {
    use std::os::raw::{c_int, c_void};

    use aws_lc_sys::MD5_CTX;

    unsafe extern "C" {
        #[link_name = "aws_lc_0_47_0_MD5_Init"]
        pub fn MD5_Init(md5: *mut MD5_CTX) -> c_int;
        #[link_name = "aws_lc_0_47_0_MD5_Update"]
        pub fn MD5_Update(md5: *mut MD5_CTX, data: *const c_void, len: usize) -> c_int;
        #[link_name = "aws_lc_0_47_0_MD5_Final"]
        pub fn MD5_Final(out: *mut u8, md5: *mut MD5_CTX) -> c_int;
    }
}

static INIT: Once = Once::new();

/// aws-lc picks its assembly by CPU features once; make sure that happened.
fn init() {
    // SAFETY: CRYPTO_library_init takes no arguments and may be called any number of times.
    INIT.call_once(|| unsafe { sys::CRYPTO_library_init() });
}

/// Streaming MD5.
pub struct Md5(sys::MD5_CTX);

impl Md5 {
    pub fn new() -> Md5 {
        init();
        let mut ctx = MaybeUninit::<sys::MD5_CTX>::zeroed();
        // SAFETY: MD5_Init writes a fresh state into the (zeroed, plain-data) context; it cannot fail.
        unsafe {
            md5_ffi::MD5_Init(ctx.as_mut_ptr());
            Md5(ctx.assume_init())
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        // SAFETY: the context was initialised by MD5_Init; `data` is a valid slice of `len` bytes.
        unsafe { md5_ffi::MD5_Update(&mut self.0, data.as_ptr().cast(), data.len()) };
    }

    pub fn finalize(mut self) -> [u8; 16] {
        let mut out = [0u8; 16];
        // SAFETY: `out` has room for MD5_DIGEST_LENGTH (16) bytes; the context is initialised.
        unsafe { md5_ffi::MD5_Final(out.as_mut_ptr(), &mut self.0) };
        out
    }
}

impl Default for Md5 {
    fn default() -> Self {
        Md5::new()
    }
}

/// Streaming XXH3-128 (the fingerprint of services that need no MD5).
pub struct Xxh3(Box<xxhash_rust::xxh3::Xxh3>);

impl Xxh3 {
    pub fn new() -> Xxh3 {
        Xxh3(Box::default())
    }

    pub fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    pub fn finalize(self) -> [u8; 16] {
        self.0.digest128().to_be_bytes()
    }
}

impl Default for Xxh3 {
    fn default() -> Self {
        Xxh3::new()
    }
}

/// Which digest a fingerprint uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Md5,
    Xxh3,
}

impl Algorithm {
    /// MD5 where the service needs one anyway (one digest serves both), else XXH3.
    pub fn for_service(wants_md5: bool) -> Algorithm {
        if wants_md5 { Algorithm::Md5 } else { Algorithm::Xxh3 }
    }
}

/// A running digest of either kind.
pub enum Hasher {
    Md5(Md5),
    Xxh3(Xxh3),
}

/// A finished digest.
pub struct Digest {
    pub algorithm: Algorithm,
    pub hex: String,
}

impl Digest {
    /// `md5:<hex>` or `xxh3:<hex>`: the journal's fingerprint.
    pub fn fingerprint(&self) -> String {
        match self.algorithm {
            Algorithm::Md5 => format!("md5:{}", self.hex),
            Algorithm::Xxh3 => format!("xxh3:{}", self.hex),
        }
    }
}

impl Hasher {
    pub fn new(algorithm: Algorithm) -> Hasher {
        match algorithm {
            Algorithm::Md5 => Hasher::Md5(Md5::new()),
            Algorithm::Xxh3 => Hasher::Xxh3(Xxh3::new()),
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => h.update(data),
            Hasher::Xxh3(h) => h.update(data),
        }
    }

    pub fn finalize(self) -> Digest {
        match self {
            Hasher::Md5(h) => Digest { algorithm: Algorithm::Md5, hex: hex::encode(h.finalize()) },
            Hasher::Xxh3(h) => Digest { algorithm: Algorithm::Xxh3, hex: hex::encode(h.finalize()) },
        }
    }
}

/// Hash a whole file (the one extra read `--skip-sent` costs), in 64 KiB steps (bounded memory):
/// one buffer that stays in the CPU's cache between the read and the hash, as in upload::body.
pub fn file(path: &Path, algorithm: Algorithm) -> std::io::Result<Digest> {
    let mut f = std::fs::File::open(path)?;
    let mut hasher = Hasher::new(algorithm);
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match f.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        hasher.update(&buf[..n]);
    }
    Ok(hasher.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md5_hex(parts: &[&[u8]]) -> String {
        let mut h = Md5::new();
        for p in parts {
            h.update(p);
        }
        hex::encode(h.finalize())
    }

    #[test]
    fn md5_matches_rfc_1321_vectors() {
        assert_eq!(md5_hex(&[b""]), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(md5_hex(&[b"a"]), "0cc175b9c0f1b6a831c399e269772661");
        assert_eq!(md5_hex(&[b"abc"]), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(md5_hex(&[b"message digest"]), "f96b697d7cb7938d525a2f31aaf161d0");
        assert_eq!(md5_hex(&[b"abcdefghijklmnopqrstuvwxyz"]), "c3fcd3d76192e4007dfb496cca67e13b");
        let digits = b"12345678901234567890123456789012345678901234567890123456789012345678901234567890";
        assert_eq!(md5_hex(&[digits]), "57edf4a22be3c955ac49da2e2107b67a");
        // The same bytes in uneven pieces.
        assert_eq!(md5_hex(&[&digits[..7], &digits[7..64], &digits[64..]]), "57edf4a22be3c955ac49da2e2107b67a");
    }

    #[test]
    fn md5_agrees_with_md_5_on_a_large_input() {
        use md5::Digest as _;
        let data: Vec<u8> = (0..3_000_017u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        let mut h = Md5::new();
        for chunk in data.chunks(65_537) {
            h.update(chunk);
        }
        assert_eq!(hex::encode(h.finalize()), hex::encode(md5::Md5::digest(&data)));
    }

    #[test]
    fn xxh3_matches_the_reference_and_is_streamed() {
        // XXH3-128 of the empty input, seed 0 (xxhsum -H2 of an empty file).
        assert_eq!(Hasher::new(Algorithm::Xxh3).finalize().fingerprint(), "xxh3:99aa06d3014798d86001c324468d497f");
        let data: Vec<u8> = (0..1_000_003u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 7) as u8).collect();
        let mut whole = Xxh3::new();
        whole.update(&data);
        let mut pieces = Xxh3::new();
        for chunk in data.chunks(4099) {
            pieces.update(chunk);
        }
        assert_eq!(whole.finalize(), pieces.finalize());
    }

    #[test]
    fn a_file_is_fingerprinted_as_its_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"abc").unwrap();
        assert_eq!(file(&path, Algorithm::Md5).unwrap().fingerprint(), "md5:900150983cd24fb0d6963f7d28e17f72");
    }
}
