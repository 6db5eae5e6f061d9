//! External sort of the index's fixed-size records (24 bytes, compared as bytes), in bounded
//! memory whatever their number: records gather in a chunk of at most [`CHUNK`]; a full chunk
//! is sorted and spilled to an anonymous temp file (a run); the runs and the last chunk are
//! merged, equal keys collapsed by the caller's rule. Used to build and merge the journal's
//! index and to list the offsets a prune keeps.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// One record: a 16-byte key, a class byte, a 7-byte big-endian offset (see `index`).
pub const REC: usize = 24;
pub type Rec = [u8; REC];

/// Records sorted in memory at a time (6 MiB).
pub const CHUNK: usize = 256 * 1024;
/// Runs merged at once; more are first merged into one (each run costs a read buffer).
const MAX_RUNS: usize = 32;
const RUN_BUFFER: usize = 64 * 1024;

/// Which of the records with the same key and class (the first 17 bytes) survives, given
/// their class: the first (lowest offset) or the last (highest).
pub type Keep = fn(u8) -> Survivor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Survivor {
    First,
    Last,
}

/// A stream of records in order.
pub type Stream<'a> = Box<dyn Iterator<Item = io::Result<Rec>> + 'a>;

pub struct Sorter {
    chunk: Vec<Rec>,
    runs: Vec<File>,
    dir: PathBuf,
    keep: Keep,
    limit: usize,
}

impl Sorter {
    /// Runs are spilled to anonymous files in `dir` (the journal's: the same disk, no name
    /// anyone could plant a link under).
    pub fn new(dir: &Path, keep: Keep) -> Sorter {
        Sorter::with_chunk(dir, keep, CHUNK)
    }

    pub fn with_chunk(dir: &Path, keep: Keep, limit: usize) -> Sorter {
        Sorter { chunk: Vec::new(), runs: Vec::new(), dir: dir.to_path_buf(), keep, limit: limit.max(2) }
    }

    pub fn push(&mut self, rec: Rec) -> io::Result<()> {
        self.chunk.push(rec);
        if self.chunk.len() >= self.limit {
            self.spill()?;
        }
        Ok(())
    }

    fn spill(&mut self) -> io::Result<()> {
        let mut chunk = std::mem::take(&mut self.chunk);
        sort_and_collapse(&mut chunk, self.keep);
        let mut file = tempfile::tempfile_in(&self.dir)?;
        {
            let mut out = BufWriter::with_capacity(RUN_BUFFER, &mut file);
            for rec in &chunk {
                out.write_all(rec)?;
            }
            out.flush()?;
        }
        self.runs.push(file);
        if self.runs.len() >= MAX_RUNS {
            // Merge the runs into one, so the final merge keeps a bounded number of buffers.
            let runs = std::mem::take(&mut self.runs);
            let mut merged = tempfile::tempfile_in(&self.dir)?;
            {
                let mut out = BufWriter::with_capacity(RUN_BUFFER, &mut merged);
                for rec in merge(runs.into_iter().map(run_stream).collect::<io::Result<Vec<_>>>()?, self.keep) {
                    out.write_all(&rec?)?;
                }
                out.flush()?;
            }
            self.runs.push(merged);
        }
        // The chunk's memory is reused rather than given back and taken again.
        chunk.clear();
        self.chunk = chunk;
        Ok(())
    }

    /// Every record pushed, and those of `extra` (already sorted and collapsed, e.g. an
    /// existing index), in order, collapsed.
    pub fn finish<'a>(mut self, extra: Option<Stream<'a>>) -> io::Result<Stream<'a>> {
        let keep = self.keep;
        sort_and_collapse(&mut self.chunk, keep);
        let mut streams: Vec<Stream<'a>> = Vec::with_capacity(self.runs.len() + 2);
        for run in self.runs.drain(..) {
            streams.push(run_stream(run)?);
        }
        let chunk = std::mem::take(&mut self.chunk);
        streams.push(Box::new(chunk.into_iter().map(Ok)));
        if let Some(extra) = extra {
            streams.push(extra);
        }
        Ok(Box::new(merge(streams, keep)))
    }
}

fn sort_and_collapse(chunk: &mut Vec<Rec>, keep: Keep) {
    chunk.sort_unstable();
    // Sorted: the records of one key and class are together, lowest offset first.
    let mut out = 0;
    for i in 0..chunk.len() {
        let rec = chunk[i];
        if out > 0 && chunk[out - 1][..17] == rec[..17] {
            if keep(rec[16]) == Survivor::Last {
                chunk[out - 1] = rec;
            }
            continue;
        }
        chunk[out] = rec;
        out += 1;
    }
    chunk.truncate(out);
}

fn run_stream<'a>(mut file: File) -> io::Result<Stream<'a>> {
    file.seek(SeekFrom::Start(0))?;
    let mut reader = BufReader::with_capacity(RUN_BUFFER, file);
    Ok(Box::new(std::iter::from_fn(move || {
        let mut rec = [0u8; REC];
        match reader.read_exact(&mut rec) {
            Ok(()) => Some(Ok(rec)),
            Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => None,
            Err(e) => Some(Err(e)),
        }
    })))
}

/// The k-way merge of sorted streams, records of one key and class collapsed by `keep`.
fn merge<'a>(streams: Vec<Stream<'a>>, keep: Keep) -> impl Iterator<Item = io::Result<Rec>> + 'a {
    let mut streams = streams;
    let mut heap: BinaryHeap<Reverse<(Rec, usize)>> = BinaryHeap::with_capacity(streams.len());
    let mut failed: Option<io::Error> = None;
    for (i, s) in streams.iter_mut().enumerate() {
        match s.next() {
            Some(Ok(rec)) => heap.push(Reverse((rec, i))),
            Some(Err(e)) => failed = failed.or(Some(e)),
            None => {}
        }
    }
    let mut pending: Option<Rec> = None;
    std::iter::from_fn(move || {
        if let Some(e) = failed.take() {
            return Some(Err(e));
        }
        loop {
            let Some(Reverse((rec, i))) = heap.pop() else { return pending.take().map(Ok) };
            match streams[i].next() {
                Some(Ok(next)) => heap.push(Reverse((next, i))),
                Some(Err(e)) => return Some(Err(e)),
                None => {}
            }
            match pending {
                Some(held) if held[..17] == rec[..17] => {
                    if keep(rec[16]) == Survivor::Last {
                        pending = Some(rec);
                    }
                }
                Some(held) => {
                    pending = Some(rec);
                    return Some(Ok(held));
                }
                None => pending = Some(rec),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(key: u8, class: u8, offset: u8) -> Rec {
        let mut r = [0u8; REC];
        r[0] = key;
        r[16] = class;
        r[23] = offset;
        r
    }

    fn keep(class: u8) -> Survivor {
        if class == 1 { Survivor::First } else { Survivor::Last }
    }

    #[test]
    fn spilled_runs_merge_in_order_and_collapse_by_class() {
        let dir = tempfile::tempdir().unwrap();
        // A chunk of 3 records: many runs, and more than MAX_RUNS of them.
        let mut sorter = Sorter::with_chunk(dir.path(), keep, 3);
        let mut all = Vec::new();
        for i in 0..200u32 {
            let r = rec((i * 37 % 50) as u8, (i % 2) as u8, (i % 251) as u8);
            all.push(r);
            sorter.push(r).unwrap();
        }
        let extra: Vec<Rec> = vec![rec(7, 0, 255), rec(60, 1, 1)];
        all.extend(&extra);
        let got: Vec<Rec> =
            sorter.finish(Some(Box::new(extra.into_iter().map(Ok)))).unwrap().map(|r| r.unwrap()).collect();
        // The same as sorting everything in memory.
        sort_and_collapse(&mut all, keep);
        assert_eq!(got, all);
        assert!(got.windows(2).all(|w| w[0][..17] < w[1][..17]));
        let seven: Vec<&Rec> = got.iter().filter(|r| r[0] == 7 && r[16] == 0).collect();
        assert_eq!(seven.len(), 1);
        assert_eq!(seven[0][23], 255, "the last offset of a `Last` class wins");
    }
}
