//! The index beside the journal (`<journal>.idx`): where in the journal the records that
//! decide `--skip-sent` and `history --failed` are, so that neither reads the whole journal
//! nor holds it. It is a cache: built from the journal when missing, stale or corrupt, never
//! trusted over it (every hit is checked against the record it points to), and a lookup
//! reads the journal's lines past the part it covers (the tail) as they are.
//!
//! Layout: 4 KiB pages, each ending in a checksum of its body (a torn or corrupt page is
//! refused, and the index rebuilt). Page 0 is the header: how much of the journal it
//! describes (`covered`, a line boundary), a digest of the journal's bytes there (sampled:
//! a journal pruned or rewritten is not mistaken for the old one, a copy of it is the same),
//! the journal's device and inode when it was written (for people), the counts, and when the
//! journal was last pruned. Then the entries, sorted: a 16-byte key (XXH3-128 of
//! what is looked up), a class byte, a 7-byte offset of the record. Then the offsets of the
//! records whose outcome is a failure (for `history --failed`), in journal order.
//!
//! Keys: the content sent to a place (service, profile, target, fingerprint; classes: the
//! latest `sent`, the first `skipped` standing for a sent one, the latest `unknown`, the
//! first `skipped` standing for an unknown one), a file's identity (device, inode, size,
//! mtime, digest kind: the latest record with a fingerprint), and a path at a place (the
//! latest record, for `--failed`).

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::IgnoredAny;

use super::sort::{self, REC, Rec, Sorter, Stream, Survivor};
use super::{Identity, Kind, canonical_target};

pub const PAGE: usize = 4096;
const BODY: usize = PAGE - 8;
const PER_PAGE: usize = BODY / REC;
const OFFSETS_PER_PAGE: usize = BODY / 8;
const MAGIC: [u8; 8] = *b"CDJIDX02";
/// The journal bytes the header's digest covers: this many pieces of this size.
const SAMPLE: u64 = 4096;
const SAMPLES: u64 = 16;
/// Offsets are 5 bytes: a journal past 1 TiB is read without an index.
pub const MAX_OFFSET: u64 = (1 << 40) - 1;

/// The index of the journal `real` (already resolved): `<name>.idx` beside it.
pub fn path_of(real: &Path) -> PathBuf {
    let mut name = real.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "journal".into());
    name.push(".idx");
    real.with_file_name(name)
}

/// What an entry says about its record.
pub mod class {
    /// The latest `sent` record of a content at a place.
    pub const SENT: u8 = 0;
    /// The first `skipped` record standing for a sent one (used only when no `sent` is left).
    pub const SENT_SKIPPED: u8 = 1;
    /// The latest `unknown` record.
    pub const UNKNOWN: u8 = 2;
    /// The first `skipped` record standing for an unknown one.
    pub const UNKNOWN_SKIPPED: u8 = 3;
    /// The latest record with a fingerprint of a file's identity.
    pub const IDENTITY: u8 = 8;
    /// The latest record of a path at a place.
    pub const PATH: u8 = 9;
}

/// Which record of a key and class an entry keeps: a `skipped` record stands in for an
/// earlier one pruned away, never for a later one, so the first; otherwise the latest.
pub fn keep(class: u8) -> Survivor {
    match class {
        class::SENT_SKIPPED | class::UNKNOWN_SKIPPED => Survivor::First,
        _ => Survivor::Last,
    }
}

pub type Key = [u8; 16];

fn key(tag: u8, fields: &[&[u8]]) -> Key {
    let mut buf = Vec::with_capacity(1 + fields.iter().map(|f| f.len() + 4).sum::<usize>());
    buf.push(tag);
    for f in fields {
        buf.extend_from_slice(&(f.len() as u32).to_le_bytes());
        buf.extend_from_slice(f);
    }
    xxhash_rust::xxh3::xxh3_128(&buf).to_be_bytes()
}

/// The key of a content (its fingerprint) sent to a place; `target` canonical.
pub fn content_key(service: &str, profile: &str, target: Option<&str>, fingerprint: &str) -> Key {
    let t = target.unwrap_or("");
    key(
        b'c',
        &[service.as_bytes(), profile.as_bytes(), &[target.is_some() as u8], t.as_bytes(), fingerprint.as_bytes()],
    )
}

/// The key of a file's identity, for fingerprints of `kind` (`md5`, `xxh3`).
pub fn identity_key(kind: &str, id: &Identity) -> Key {
    key(
        b'i',
        &[
            kind.as_bytes(),
            &id.dev.to_le_bytes(),
            &id.ino.to_le_bytes(),
            &id.size.to_le_bytes(),
            &id.mtime_ns.to_le_bytes(),
        ],
    )
}

/// The key of a local path at a place; `target` canonical.
pub fn path_key(service: &str, profile: &str, target: Option<&str>, path: &str) -> Key {
    let t = target.unwrap_or("");
    key(b'p', &[service.as_bytes(), profile.as_bytes(), &[target.is_some() as u8], t.as_bytes(), path.as_bytes()])
}

/// The digest kind of a fingerprint (`md5` of `md5:<hex>`).
pub fn fingerprint_kind(fingerprint: &str) -> &str {
    fingerprint.split_once(':').map(|(k, _)| k).unwrap_or("")
}

/// An entry: `key`, `class`, and the record at `offset` of `len` bytes (its line break
/// included; counted up to 65535).
pub fn rec(key: &Key, class: u8, offset: u64, len: usize) -> Rec {
    let mut r = [0u8; REC];
    r[..16].copy_from_slice(key);
    r[16] = class;
    r[17..22].copy_from_slice(&offset.min(MAX_OFFSET).to_be_bytes()[3..]);
    r[22..].copy_from_slice(&(len.min(u16::MAX as usize) as u16).to_be_bytes());
    r
}

pub fn rec_key(r: &Rec) -> Key {
    r[..16].try_into().unwrap_or_default()
}

/// `r` moved to `offset`.
pub fn shifted(r: &Rec, offset: u64) -> Rec {
    let mut out = *r;
    out[17..22].copy_from_slice(&offset.min(MAX_OFFSET).to_be_bytes()[3..]);
    out
}

pub fn rec_offset(r: &Rec) -> u64 {
    let mut b = [0u8; 8];
    b[3..].copy_from_slice(&r[17..22]);
    u64::from_be_bytes(b)
}

pub fn rec_len(r: &Rec) -> u64 {
    u16::from_be_bytes([r[22], r[23]]) as u64
}

/// The fields of a record the index needs, read without building the record. It accepts
/// exactly the lines [`super::Entry`] accepts (the same fields, of the same types), so an
/// entry never points at a line a reader would skip as garbage.
#[derive(Deserialize)]
pub(super) struct Probe<'a> {
    #[serde(default)]
    #[allow(dead_code)]
    v: u32,
    #[serde(borrow)]
    #[allow(dead_code)]
    time: Cow<'a, str>,
    #[serde(default, borrow)]
    #[allow(dead_code)]
    run: Cow<'a, str>,
    #[serde(borrow)]
    pub service: Cow<'a, str>,
    #[serde(default, borrow)]
    pub profile: Cow<'a, str>,
    #[serde(default, borrow)]
    pub target: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub path: Cow<'a, str>,
    #[serde(default, borrow)]
    #[allow(dead_code)]
    path_base64: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    #[allow(dead_code)]
    target_name: Option<Cow<'a, str>>,
    #[serde(borrow)]
    #[allow(dead_code)]
    name: Cow<'a, str>,
    #[allow(dead_code)]
    size: u64,
    #[serde(default, borrow)]
    pub fingerprint: Option<Cow<'a, str>>,
    #[serde(default)]
    pub identity: Option<Identity>,
    pub outcome: Kind,
    #[serde(default)]
    #[allow(dead_code)]
    ids: AnyMap,
    #[serde(default, borrow)]
    #[allow(dead_code)]
    exit_class: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    #[allow(dead_code)]
    error: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    pub previous: Option<PreviousProbe<'a>>,
    #[serde(default, borrow)]
    #[allow(dead_code)]
    version: Cow<'a, str>,
}

#[derive(Deserialize)]
pub(super) struct PreviousProbe<'a> {
    #[serde(borrow)]
    #[allow(dead_code)]
    time: Cow<'a, str>,
    pub outcome: Kind,
    #[serde(default)]
    #[allow(dead_code)]
    ids: AnyMap,
    #[serde(default, borrow)]
    #[allow(dead_code)]
    run: Cow<'a, str>,
    #[serde(default, borrow)]
    #[allow(dead_code)]
    name: Option<Cow<'a, str>>,
}

/// A JSON object, contents ignored (`ids` must be one, as in the record; `null` is not).
#[derive(Default)]
struct AnyMap;

impl<'de> Deserialize<'de> for AnyMap {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = AnyMap;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<AnyMap, A::Error> {
                while map.next_entry::<Cow<'de, str>, IgnoredAny>()?.is_some() {}
                Ok(AnyMap)
            }
        }
        d.deserialize_map(Visitor)
    }
}

impl Probe<'_> {
    pub fn parse(line: &str) -> Option<Probe<'_>> {
        serde_json::from_str(line).ok()
    }

    pub fn target(&self) -> Option<Cow<'_, str>> {
        self.target.as_deref().map(canonical_target)
    }

    /// The content class of this record, if it says something about its content reaching its place.
    pub fn content_class(&self) -> Option<u8> {
        content_class(self.outcome, self.previous.as_ref().map(|p| p.outcome))
    }

    /// Whether `history --failed` lists it when it is its file's latest record.
    pub fn still_failed(&self) -> bool {
        still_failed(self.outcome, self.previous.as_ref().map(|p| p.outcome))
    }

    /// Every entry of this record at `offset`, `len` bytes long.
    pub fn entries(&self, offset: u64, len: usize, each: impl FnMut(Rec)) {
        let target = self.target();
        let fields = Fields {
            service: &self.service,
            profile: &self.profile,
            target: target.as_deref(),
            path: &self.path,
            fingerprint: self.fingerprint.as_deref(),
            identity: self.identity.as_ref(),
            content_class: self.content_class(),
        };
        fields.entries(offset, len, each);
    }
}

/// The content class of a record of `outcome` (and, for `skipped`, its previous one's).
pub fn content_class(outcome: Kind, previous: Option<Kind>) -> Option<u8> {
    match (outcome, previous) {
        (Kind::Sent, _) => Some(class::SENT),
        (Kind::Unknown, _) => Some(class::UNKNOWN),
        (Kind::Skipped, Some(Kind::Sent)) => Some(class::SENT_SKIPPED),
        (Kind::Skipped, Some(Kind::Unknown)) => Some(class::UNKNOWN_SKIPPED),
        _ => None,
    }
}

/// What the entries of a record are made of: from a line ([`Probe`]) or from a record about to
/// be written (`super::Appender`), the one place the keys are derived.
pub struct Fields<'a> {
    pub service: &'a str,
    pub profile: &'a str,
    /// Canonical.
    pub target: Option<&'a str>,
    pub path: &'a str,
    pub fingerprint: Option<&'a str>,
    pub identity: Option<&'a Identity>,
    pub content_class: Option<u8>,
}

impl Fields<'_> {
    pub fn entries(&self, offset: u64, len: usize, mut each: impl FnMut(Rec)) {
        if let Some(fp) = self.fingerprint {
            if let Some(c) = self.content_class {
                each(rec(&content_key(self.service, self.profile, self.target, fp), c, offset, len));
            }
            if let Some(id) = self.identity {
                each(rec(&identity_key(fingerprint_kind(fp), id), class::IDENTITY, offset, len));
            }
        }
        each(rec(&path_key(self.service, self.profile, self.target, self.path), class::PATH, offset, len));
    }
}

pub fn still_failed(outcome: Kind, previous: Option<Kind>) -> bool {
    match outcome {
        Kind::Failed | Kind::Unknown => true,
        Kind::Skipped => previous == Some(Kind::Unknown),
        Kind::Sent => false,
    }
}

/// What the index says about itself and its journal.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Header {
    pub dev: u64,
    pub ino: u64,
    /// The journal's bytes `[0, covered)` are indexed (a line boundary).
    pub covered: u64,
    /// Digest of the journal's first and last [`SAMPLE`] bytes before `covered`.
    pub check: u64,
    pub entries: u64,
    pub failed: u64,
    /// The journal's length right after its last prune, and when that was (Unix seconds).
    pub pruned_len: u64,
    pub pruned_at: u64,
    /// The bytes of the records `--skip-sent` decides by (those a prune keeps whatever).
    pub needed: u64,
}

impl Header {
    fn encode(&self) -> Vec<u8> {
        let mut page = vec![0u8; PAGE];
        page[..8].copy_from_slice(&MAGIC);
        let fields = [
            self.dev,
            self.ino,
            self.covered,
            self.check,
            self.entries,
            self.failed,
            self.pruned_len,
            self.pruned_at,
            self.needed,
        ];
        for (i, f) in fields.iter().enumerate() {
            page[8 + i * 8..16 + i * 8].copy_from_slice(&f.to_le_bytes());
        }
        seal(&mut page, 0);
        page
    }

    fn decode(page: &[u8]) -> Option<Header> {
        if page[..8] != MAGIC {
            return None;
        }
        let f = |i: usize| u64::from_le_bytes(page[8 + i * 8..16 + i * 8].try_into().unwrap_or_default());
        Some(Header {
            dev: f(0),
            ino: f(1),
            covered: f(2),
            check: f(3),
            entries: f(4),
            failed: f(5),
            pruned_len: f(6),
            pruned_at: f(7),
            needed: f(8),
        })
    }

    fn entry_pages(&self) -> u64 {
        self.entries.div_ceil(PER_PAGE as u64)
    }

    fn failed_pages(&self) -> u64 {
        self.failed.div_ceil(OFFSETS_PER_PAGE as u64)
    }
}

/// A page's checksum, seeded with its number (a page in the wrong place is refused too).
fn seal(page: &mut [u8], n: u64) {
    let sum = xxhash_rust::xxh3::xxh3_64_with_seed(&page[..BODY], n);
    page[BODY..].copy_from_slice(&sum.to_le_bytes());
}

fn sealed(page: &[u8], n: u64) -> bool {
    xxhash_rust::xxh3::xxh3_64_with_seed(&page[..BODY], n).to_le_bytes() == page[BODY..]
}

/// A page of the index that does not check out (its checksum, its place).
#[derive(Debug)]
struct Corrupt(String);

impl std::fmt::Display for Corrupt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the journal's index is corrupt ({})", self.0)
    }
}

impl std::error::Error for Corrupt {}

fn corrupt(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, Corrupt(what.to_string()))
}

/// Whether `e` says the index is corrupt (then it is rebuilt, and the lookup run again).
pub fn is_corrupt(e: &io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<Corrupt>())
}

/// The journal as the index knows it: which file, how long.
#[derive(Debug, Clone, Copy)]
pub struct JournalFile {
    pub dev: u64,
    pub ino: u64,
    pub len: u64,
}

impl JournalFile {
    pub fn of(file: &File) -> io::Result<JournalFile> {
        let meta = file.metadata()?;
        let (dev, ino) = file_id(&meta);
        Ok(JournalFile { dev, ino, len: meta.len() })
    }
}

#[cfg(unix)]
fn file_id(meta: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn file_id(_meta: &std::fs::Metadata) -> (u64, u64) {
    (0, 0)
}

/// The digest of the journal's bytes the header vouches for: its length there, and
/// [`SAMPLES`] pieces of [`SAMPLE`] bytes spread over it (the first and the last included).
/// A copy of the journal (a CI cache restored: another inode) keeps its index; a journal
/// pruned, rewritten or edited is not mistaken for the one indexed.
pub fn check(journal: &File, covered: u64) -> io::Result<u64> {
    let mut h = xxhash_rust::xxh3::Xxh3Default::new();
    h.update(&covered.to_le_bytes());
    let mut buf = vec![0u8; SAMPLE as usize];
    let last = covered.saturating_sub(SAMPLE);
    for i in 0..SAMPLES {
        let start = last / (SAMPLES - 1) * i;
        let start = if i == SAMPLES - 1 { last } else { start };
        let n = (covered - start).min(SAMPLE) as usize;
        read_at(journal, start, &mut buf[..n])?;
        h.update(&buf[..n]);
    }
    Ok(h.digest())
}

fn read_at(mut file: &File, offset: u64, buf: &mut [u8]) -> io::Result<()> {
    file.seek(SeekFrom::Start(offset))?;
    file.read_exact(buf)
}

/// Where the temp files of a build go: the journal's directory (the same disk, anonymous
/// files), else the system's temp dir when that one cannot take them.
pub fn temp_dir_for(real: &Path) -> PathBuf {
    let dir = crate::safe_fs::parent_of(real);
    match tempfile::tempfile_in(dir) {
        Ok(_) => dir.to_path_buf(),
        Err(_) => std::env::temp_dir(),
    }
}

/// Write the index at `path` with `write` (atomically, through `safe_fs`: no link planted
/// in a shared directory is followed) and open what was written.
pub fn save(path: &Path, write: impl FnOnce(&mut File) -> io::Result<Header>) -> io::Result<Index> {
    let mut written = None;
    crate::safe_fs::replace(path, 0o600, |out| {
        let header = write(out)?;
        written = Some((out.try_clone()?, header));
        Ok(())
    })?;
    let (file, header) = written.ok_or_else(|| corrupt("not written"))?;
    Ok(Index::written(file, header))
}

/// An open index (or none: [`Index::empty`] covers nothing, and a lookup reads the whole
/// journal as its tail).
pub struct Index {
    file: Option<File>,
    pub header: Header,
    /// The last two pages read of the entries (0, the latest, and 2) and the last of the
    /// failed offsets (1): most reads are of neighbouring entries; `history --failed` goes
    /// between the entries and the offsets.
    cached: [Option<(u64, Vec<u8>)>; 3],
}

impl Index {
    pub fn empty() -> Index {
        Index { file: None, header: Header::default(), cached: [None, None, None] }
    }

    pub fn is_empty(&self) -> bool {
        self.file.is_none()
    }

    /// The index just written to `file`.
    pub fn written(file: File, header: Header) -> Index {
        Index { file: Some(file), header, cached: [None, None, None] }
    }

    /// The index at `path`, if it is whole and describes `journal` as it is now (at least as
    /// long, the same bytes where it looked). `Ok(None)`: missing, stale or
    /// corrupt (rebuild it); an error: it could not be read (a link planted in a shared
    /// directory, a FIFO...).
    pub fn open(path: &Path, journal: &File, now: JournalFile) -> io::Result<Option<Index>> {
        let real = crate::safe_fs::resolve(path)?;
        let file = match crate::safe_fs::open(&real, crate::safe_fs::Access::Read) {
            Ok(f) => f,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let Some(index) = Index::from_file(file)? else { return Ok(None) };
        // Not the device and inode: a copy of the journal (a CI cache restored) is the same
        // journal; what it holds is what counts.
        let h = index.header;
        if h.covered > now.len || check(journal, h.covered)? != h.check {
            return Ok(None);
        }
        Ok(Some(index))
    }

    /// An index read from `file`, if its header is whole and its size matches its counts.
    pub fn from_file(file: File) -> io::Result<Option<Index>> {
        // Someone else's file (planted in a shared directory) is not read.
        if !owned_by_me(&file) {
            return Ok(None);
        }
        let len = file.metadata()?.len();
        if len < PAGE as u64 {
            return Ok(None);
        }
        let mut page = vec![0u8; PAGE];
        read_at(&file, 0, &mut page)?;
        if !sealed(&page, 0) {
            return Ok(None);
        }
        let Some(header) = Header::decode(&page) else { return Ok(None) };
        if len != (1 + header.entry_pages() + header.failed_pages()) * PAGE as u64 {
            return Ok(None);
        }
        Ok(Some(Index { file: Some(file), header, cached: [None, None, None] }))
    }

    fn page(&mut self, n: u64) -> io::Result<&[u8]> {
        let Some(file) = &self.file else { return Err(corrupt("no file")) };
        let entries = n <= self.header.entry_pages();
        // Entry pages keep the last two read (slot 0 the latest): a walk that gallops onto the
        // next page and searches back does not read either page again.
        // Either the page is in slot 2 (bring it forward) or slot 0 holds another one (keep it
        // as the older, and read into what slot 2 held).
        let held = |slot: &Option<(u64, Vec<u8>)>, same: bool| slot.as_ref().is_some_and(|(c, _)| (*c == n) == same);
        if entries && (held(&self.cached[2], true) || held(&self.cached[0], false)) {
            self.cached.swap(0, 2);
        }
        let slot = if entries { 0 } else { 1 };
        let cache = &mut self.cached[slot];
        if cache.as_ref().is_none_or(|(c, _)| *c != n) {
            let mut page = match cache.take() {
                Some((_, buf)) => buf,
                None => vec![0u8; PAGE],
            };
            read_at(file, n * PAGE as u64, &mut page)?;
            if !sealed(&page, n) {
                return Err(corrupt(&format!("page {n}")));
            }
            *cache = Some((n, page));
        }
        Ok(cache.as_ref().map(|(_, p)| &p[..BODY]).unwrap_or_default())
    }

    fn entry(&mut self, i: u64) -> io::Result<Rec> {
        let page = self.page(1 + i / PER_PAGE as u64)?;
        let at = (i % PER_PAGE as u64) as usize * REC;
        Ok(page[at..at + REC].try_into().unwrap_or([0; REC]))
    }

    /// The first entry whose key is `key` or after it.
    fn lower_bound(&mut self, key: &Key) -> io::Result<u64> {
        let (mut lo, mut hi) = (0, self.header.entries);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if rec_key(&self.entry(mid)?) < *key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Ok(lo)
    }

    /// The first entry at or after `from` whose key is `key` or after it: galloping from `from`
    /// (1, 2, 4, ... entries ahead), then a binary search in the last step. A walk through
    /// sorted keys costs about 2·log2 of the distance between them, whatever the index's size.
    fn seek(&mut self, from: u64, key: &Key) -> io::Result<u64> {
        let n = self.header.entries;
        let (mut lo, mut step) = (from, 1);
        let mut hi = loop {
            if lo >= n {
                return Ok(n);
            }
            if rec_key(&self.entry(lo)?) >= *key {
                return Ok(lo);
            }
            let next = lo.saturating_add(step).min(n);
            if next == n || rec_key(&self.entry(next)?) >= *key {
                break next;
            }
            lo = next;
            step = step.saturating_mul(2);
        };
        // entry(lo) < key <= entry(hi) (or hi is the end).
        lo += 1;
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if rec_key(&self.entry(mid)?) < *key {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Ok(lo)
    }

    /// Every entry of each key of `queries` (sorted by key; the `u32` is the caller's), handed
    /// to `found` as (query, class, offset): one walk through the index, galloping from one
    /// key to the next, so a few queries cost a binary search each and many about one pass.
    pub fn lookup(&mut self, queries: &[(Key, u32)], mut found: impl FnMut(u32, u8, u64)) -> io::Result<()> {
        let n = self.header.entries;
        let (mut e, mut i) = (0, 0);
        while i < queries.len() && e < n {
            let key = queries[i].0;
            let mut j = i;
            while j < queries.len() && queries[j].0 == key {
                j += 1;
            }
            e = self.seek(e, &key)?;
            let mut at = e;
            while at < n {
                let r = self.entry(at)?;
                if rec_key(&r) != key {
                    break;
                }
                for q in &queries[i..j] {
                    found(q.1, r[16], rec_offset(&r));
                }
                at += 1;
            }
            i = j;
        }
        Ok(())
    }

    /// The offset the entry of `key` and `class` points to, if there is one.
    pub fn get(&mut self, key: &Key, class: u8) -> io::Result<Option<u64>> {
        let mut e = self.lower_bound(key)?;
        while e < self.header.entries {
            let r = self.entry(e)?;
            if rec_key(&r) != *key {
                break;
            }
            if r[16] == class {
                return Ok(Some(rec_offset(&r)));
            }
            e += 1;
        }
        Ok(None)
    }

    /// Every entry, in order.
    pub fn entries(&mut self) -> Stream<'_> {
        let n = self.header.entries;
        let mut i = 0;
        Box::new(std::iter::from_fn(move || {
            if i >= n {
                return None;
            }
            i += 1;
            Some(self.entry(i - 1))
        }))
    }

    /// The offset of the `i`th failed record (in journal order).
    pub fn failed_at(&mut self, i: u64) -> io::Result<u64> {
        let first = 1 + self.header.entry_pages();
        let page = self.page(first + i / OFFSETS_PER_PAGE as u64)?;
        let at = (i % OFFSETS_PER_PAGE as u64) as usize * 8;
        Ok(u64::from_le_bytes(page[at..at + 8].try_into().unwrap_or_default()))
    }

    /// How many failed records lie before `offset` (their offsets are in journal order).
    pub fn failed_before(&mut self, offset: u64) -> io::Result<u64> {
        let (mut lo, mut hi) = (0, self.header.failed);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if self.failed_at(mid)? < offset {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        Ok(lo)
    }

    /// The offsets of the records `--skip-sent` decides by (one per content at a place:
    /// the first class present, as a lookup chooses), in key order.
    pub fn chosen(&mut self, mut each: impl FnMut(u64) -> io::Result<()>) -> io::Result<()> {
        let mut last: Option<Key> = None;
        for i in 0..self.header.entries {
            let r = self.entry(i)?;
            if r[16] > class::UNKNOWN_SKIPPED {
                continue;
            }
            // Entries of one key come in class order: the first one is the choice.
            let key = rec_key(&r);
            if last != Some(key) {
                last = Some(key);
                each(rec_offset(&r))?;
            }
        }
        Ok(())
    }
}

fn owned_by_me(file: &File) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        file.metadata().is_ok_and(|m| Some(m.uid()) == crate::safe_fs::euid())
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        true
    }
}

/// An index being built: the entries of the lines added (plus, when written, those of a
/// `base` index they extend), sorted in bounded memory, and the failed records' offsets.
pub struct Builder {
    sorter: Sorter,
    failed: BufWriter<File>,
    failed_count: u64,
}

impl Builder {
    /// Temp files (sort runs, the failed offsets) are anonymous files in `dir`.
    pub fn new(dir: &Path) -> io::Result<Builder> {
        Builder::with_chunk(dir, sort::CHUNK)
    }

    /// [`Builder::new`] sorting at most `chunk` entries in memory at a time (a batch's
    /// appender keeps its builder for the whole batch: a smaller one).
    pub fn with_chunk(dir: &Path, chunk: usize) -> io::Result<Builder> {
        Ok(Builder {
            sorter: Sorter::with_chunk(dir, keep, chunk),
            failed: BufWriter::with_capacity(64 * 1024, tempfile::tempfile_in(dir)?),
            failed_count: 0,
        })
    }

    /// An entry computed elsewhere (from a record as it was written).
    pub fn push(&mut self, rec: Rec) -> io::Result<()> {
        self.sorter.push(rec)
    }

    /// The offset of a record that `history --failed` lists (in journal order, after those
    /// added before).
    pub fn push_failed(&mut self, offset: u64) -> io::Result<()> {
        self.failed.write_all(&offset.to_le_bytes())?;
        self.failed_count += 1;
        Ok(())
    }

    /// The record `line` at `offset` (garbage adds nothing).
    pub fn add(&mut self, offset: u64, line: &str) -> io::Result<()> {
        let Some(probe) = Probe::parse(line) else { return Ok(()) };
        let mut result = Ok(());
        probe.entries(offset, line.len() + 1, |r| {
            if result.is_ok() {
                result = self.sorter.push(r);
            }
        });
        result?;
        if probe.still_failed() {
            self.failed.write_all(&offset.to_le_bytes())?;
            self.failed_count += 1;
        }
        Ok(())
    }

    /// Write the index to `out` (from its start): `base`'s entries and failed offsets (all
    /// before this builder's lines) with the new ones. `header` says which journal and how
    /// much of it; the counts are filled in. Returns the header written.
    pub fn write(self, mut base: Option<&mut Index>, header: Header, out: &mut File) -> io::Result<Header> {
        let Builder { sorter, failed, failed_count } = self;
        out.set_len(0)?;
        out.seek(SeekFrom::Start(0))?;
        let mut w = BufWriter::with_capacity(256 * 1024, &mut *out);
        w.write_all(&vec![0u8; PAGE])?;
        let mut page = vec![0u8; PAGE];
        let mut pages = 1u64;
        let mut entries = 0u64;
        let mut needed = 0u64;
        {
            let stream = sorter.finish(base.as_mut().map(|b| b.entries()))?;
            let mut fill = 0;
            let mut last: Option<Key> = None;
            for r in stream {
                let r = r?;
                // The first content entry of a key is the record a lookup chooses.
                if r[16] <= class::UNKNOWN_SKIPPED && last != Some(rec_key(&r)) {
                    last = Some(rec_key(&r));
                    needed += rec_len(&r);
                }
                page[fill * REC..(fill + 1) * REC].copy_from_slice(&r);
                fill += 1;
                entries += 1;
                if fill == PER_PAGE {
                    write_page(&mut w, &mut page, pages)?;
                    pages += 1;
                    fill = 0;
                }
            }
            if fill > 0 {
                write_page(&mut w, &mut page, pages)?;
                pages += 1;
            }
        }
        let mut count = 0u64;
        let mut fill = 0;
        let mut push = |offset: u64, w: &mut BufWriter<&mut File>, page: &mut Vec<u8>| -> io::Result<()> {
            page[fill * 8..fill * 8 + 8].copy_from_slice(&offset.to_le_bytes());
            fill += 1;
            count += 1;
            if fill == OFFSETS_PER_PAGE {
                write_page(w, page, pages)?;
                pages += 1;
                fill = 0;
            }
            Ok(())
        };
        if let Some(base) = base.as_mut() {
            for i in 0..base.header.failed {
                let offset = base.failed_at(i)?;
                push(offset, &mut w, &mut page)?;
            }
        }
        let mut failed = failed.into_inner().map_err(|e| e.into_error())?;
        failed.seek(SeekFrom::Start(0))?;
        let mut reader = io::BufReader::with_capacity(64 * 1024, failed);
        for _ in 0..failed_count {
            let mut b = [0u8; 8];
            reader.read_exact(&mut b)?;
            push(u64::from_le_bytes(b), &mut w, &mut page)?;
        }
        if fill > 0 {
            write_page(&mut w, &mut page, pages)?;
        }
        w.flush()?;
        drop(w);
        let header = Header { entries, failed: count, needed, ..header };
        out.seek(SeekFrom::Start(0))?;
        out.write_all(&header.encode())?;
        Ok(header)
    }
}

fn write_page(w: &mut impl Write, page: &mut [u8], n: u64) -> io::Result<()> {
    seal(page, n);
    w.write_all(page)?;
    page.fill(0);
    Ok(())
}

/// The records a batch of keys found, folded as a lookup chooses: the first class present
/// (`sent` before a `skipped` standing for one, before `unknown`...), and for that class
/// the record [`keep`] says (the latest, or the first `skipped`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    pub class: u8,
    pub offset: u64,
}

pub fn fold(slot: &mut Option<Found>, class: u8, offset: u64) {
    match slot {
        Some(f) if class > f.class => {}
        Some(f) if class == f.class => {
            let later = offset > f.offset;
            if later == (keep(class) == Survivor::Last) {
                f.offset = offset;
            }
        }
        _ => *slot = Some(Found { class, offset }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_index_reads_back_and_refuses_a_flipped_bit() {
        let dir = tempfile::tempdir().unwrap();
        let mut b = Builder::new(dir.path()).unwrap();
        let line = |fp: &str, outcome: &str, path: &str| {
            format!(
                r#"{{"v":1,"time":"2025-01-01T00:00:00Z","service":"ok","target":null,"path":"{path}","name":"n","size":1,"fingerprint":"{fp}","outcome":"{outcome}"}}"#
            )
        };
        let lines = [
            line("xxh3:a", "sent", "/a"),
            line("xxh3:b", "failed", "/b"),
            line("xxh3:a", "sent", "/a2"),
            "garbage".to_string(),
            line("xxh3:c", "unknown", "/c"),
        ];
        let mut offset = 0;
        for l in &lines {
            b.add(offset, l).unwrap();
            offset += l.len() as u64 + 1;
        }
        let mut out = tempfile::tempfile_in(dir.path()).unwrap();
        let h = b.write(None, Header { covered: offset, ..Header::default() }, &mut out).unwrap();
        // a: content + 2 paths; b: 1 path (failed: no content entry); c: content + path.
        assert_eq!((h.entries, h.failed), (6, 2));
        let mut index = Index::from_file(out.try_clone().unwrap()).unwrap().unwrap();
        let a = content_key("ok", "", None, "xxh3:a");
        let second = lines[0].len() as u64 + lines[1].len() as u64 + 2;
        assert_eq!(index.get(&a, class::SENT).unwrap(), Some(second), "the latest sent");
        let failed: Vec<u64> = (0..h.failed).map(|i| index.failed_at(i).unwrap()).collect();
        let b = lines[0].len() as u64 + 1;
        assert_eq!(failed, [b, offset - lines[4].len() as u64 - 1], "in journal order");
        // A flipped bit in an entry page is refused, not believed.
        let mut bytes = Vec::new();
        (&out).seek(SeekFrom::Start(0)).unwrap();
        (&out).read_to_end(&mut bytes).unwrap();
        bytes[PAGE + 3] ^= 1;
        let mut bad = tempfile::tempfile_in(dir.path()).unwrap();
        bad.write_all(&bytes).unwrap();
        let mut index = Index::from_file(bad).unwrap().unwrap();
        assert!(index.get(&a, class::SENT).is_err());
    }

    #[test]
    fn folding_prefers_sent_then_the_latest_or_the_first_skipped() {
        let mut slot = None;
        fold(&mut slot, class::UNKNOWN, 50);
        fold(&mut slot, class::SENT_SKIPPED, 40);
        fold(&mut slot, class::SENT_SKIPPED, 30);
        fold(&mut slot, class::SENT_SKIPPED, 45);
        assert_eq!(slot, Some(Found { class: class::SENT_SKIPPED, offset: 30 }));
        fold(&mut slot, class::SENT, 10);
        fold(&mut slot, class::SENT, 20);
        fold(&mut slot, class::SENT, 15);
        assert_eq!(slot, Some(Found { class: class::SENT, offset: 20 }));
    }

    #[test]
    fn the_probe_accepts_exactly_the_lines_a_record_does() {
        let ok = r#"{"v":1,"time":"t","service":"ok","path":"/p","name":"n","size":1,"outcome":"sent"}"#;
        let lines = [
            ok.to_string(),
            ok.replace(r#""v":1"#, r#""v":"1""#),
            ok.replace(r#""size":1"#, r#""size":-1"#),
            ok.replace(r#","outcome":"sent""#, r#","outcome":"sent","ids":5"#),
            ok.replace(r#","outcome":"sent""#, r#","outcome":"sent","ids":{"id":"x"}"#),
            ok.replace(r#","outcome":"sent""#, r#","outcome":"sent","ids":null"#),
            ok.replace(r#","outcome":"sent""#, r#","outcome":"sent","previous":{"outcome":"sent"}"#),
            ok.replace(r#","outcome":"sent""#, r#","outcome":"sent","previous":{"time":"t","outcome":"sent"}"#),
            ok.replace(r#","outcome":"sent""#, r#","outcome":"sent","error":7"#),
            ok.replace(r#","outcome":"sent""#, r#","outcome":"sent","identity":{"dev":1}"#),
            ok.replace(r#","outcome":"sent""#, r#","outcome":"sent","target":7"#),
            ok.replace(r#","outcome":"sent""#, r#","outcome":"sent","path_base64":7"#),
            ok.replace(r#","outcome":"sent""#, r#","outcome":"sent","target_name":"Design""#),
            ok.replace(
                r#","outcome":"sent""#,
                r#","outcome":"sent","previous":{"time":"t","outcome":"sent","name":3}"#,
            ),
            ok.replace(r#""name":"n","#, ""),
            ok.replace(r#""outcome":"sent""#, r#""outcome":"lost""#),
            ok.replace(r#""service":"ok","#, r#""service":"ok","service":"ok","#),
            ok.replace(r#","outcome":"sent""#, r#","outcome":"sent","extra":[1,2]"#),
        ];
        for line in lines {
            assert_eq!(
                Probe::parse(&line).is_some(),
                serde_json::from_str::<super::super::Entry>(&line).is_ok(),
                "{line}"
            );
        }
    }
}
