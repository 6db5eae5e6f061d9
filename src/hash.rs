//! MD5 and SHA-256 through aws-lc's assembly (OpenSSL-class speed), behind a safe API: the only
//! `unsafe` FFI in chatdrop. md-5 0.11 (pure Rust) made a Pyrus upload 1.3× slower than OpenSSL's
//! MD5; aws-lc-sys is already linked for rustls, so this adds nothing to the build.
//!
//! Also the journal's content fingerprint: `md5:<hex>` where the service needs an MD5 anyway
//! (Pyrus: the same digest, no second pass), else `sha256:<hex>` (SHA-NI: 2.5× MD5's speed).

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

/// Streaming SHA-256.
pub struct Sha256(sys::SHA256_CTX);

impl Sha256 {
    pub fn new() -> Sha256 {
        init();
        let mut ctx = MaybeUninit::<sys::SHA256_CTX>::zeroed();
        // SAFETY: as for MD5_Init.
        unsafe {
            sys::SHA256_Init(ctx.as_mut_ptr());
            Sha256(ctx.assume_init())
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        // SAFETY: as for MD5_Update.
        unsafe { sys::SHA256_Update(&mut self.0, data.as_ptr().cast(), data.len()) };
    }

    pub fn finalize(mut self) -> [u8; 32] {
        let mut out = [0u8; 32];
        // SAFETY: `out` has room for SHA256_DIGEST_LENGTH (32) bytes.
        unsafe { sys::SHA256_Final(out.as_mut_ptr(), &mut self.0) };
        out
    }
}

impl Default for Sha256 {
    fn default() -> Self {
        Sha256::new()
    }
}

/// Which digest a fingerprint uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Md5,
    Sha256,
}

impl Algorithm {
    /// MD5 where the service needs one anyway (one digest serves both), else SHA-256.
    pub fn for_service(wants_md5: bool) -> Algorithm {
        if wants_md5 { Algorithm::Md5 } else { Algorithm::Sha256 }
    }
}

/// A running digest of either kind.
pub enum Hasher {
    Md5(Md5),
    Sha256(Box<Sha256>),
}

/// A finished digest.
pub struct Digest {
    pub algorithm: Algorithm,
    pub hex: String,
}

impl Digest {
    /// `md5:<hex>` or `sha256:<hex>`: the journal's fingerprint.
    pub fn fingerprint(&self) -> String {
        match self.algorithm {
            Algorithm::Md5 => format!("md5:{}", self.hex),
            Algorithm::Sha256 => format!("sha256:{}", self.hex),
        }
    }
}

impl Hasher {
    pub fn new(algorithm: Algorithm) -> Hasher {
        match algorithm {
            Algorithm::Md5 => Hasher::Md5(Md5::new()),
            Algorithm::Sha256 => Hasher::Sha256(Box::default()),
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => h.update(data),
            Hasher::Sha256(h) => h.update(data),
        }
    }

    pub fn finalize(self) -> Digest {
        match self {
            Hasher::Md5(h) => Digest { algorithm: Algorithm::Md5, hex: hex::encode(h.finalize()) },
            Hasher::Sha256(h) => Digest { algorithm: Algorithm::Sha256, hex: hex::encode(h.finalize()) },
        }
    }
}

/// Hash a whole file (the one extra read `--skip-sent` costs), in 512 KiB steps.
pub fn file(path: &Path, algorithm: Algorithm) -> std::io::Result<Digest> {
    let mut f = std::fs::File::open(path)?;
    let mut hasher = Hasher::new(algorithm);
    let mut buf = vec![0u8; 512 * 1024];
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
    fn sha256_matches_fips_180_vectors() {
        let mut h = Sha256::new();
        h.update(b"abc");
        assert_eq!(hex::encode(h.finalize()), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        let mut h = Sha256::new();
        h.update(b"");
        assert_eq!(hex::encode(h.finalize()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        let mut h = Hasher::new(Algorithm::Sha256);
        h.update(b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
        assert_eq!(
            h.finalize().fingerprint(),
            "sha256:248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        );
    }

    #[test]
    fn a_file_is_fingerprinted_as_its_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"abc").unwrap();
        assert_eq!(file(&path, Algorithm::Md5).unwrap().fingerprint(), "md5:900150983cd24fb0d6963f7d28e17f72");
    }
}
