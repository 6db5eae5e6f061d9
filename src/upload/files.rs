//! A checked batch of files, held compactly: each file's path as given and what its check
//! found (about 100 bytes a file, the path's own bytes included), a [`LocalFile`] made for a
//! file only while it is handled. A re-run over 100,000 files never holds 100,000 of them.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use super::{LocalFile, Stat, name_of_path};

/// The files of one batch, in the order given.
#[derive(Debug, Clone, Default)]
pub struct Files {
    /// Each file's path as given (its argument, moved here: not copied); for a file kept
    /// whole, its argument, unused.
    paths: Vec<OsString>,
    /// What each file's check found.
    facts: Vec<Fact>,
    /// Files that are more than a path, kept whole, by position (ascending): the one read
    /// from stdin (its spool), one sent under a name of its own (`--name`).
    whole: Vec<(usize, LocalFile)>,
}

#[derive(Debug, Clone, Copy)]
struct Fact {
    len: u64,
    stat: Option<Stat>,
}

impl Files {
    /// An empty batch for `n` files: each is [`Files::add`]ed as it is checked, then the batch
    /// is given their paths ([`Files::with_paths`]).
    pub fn checking(n: usize) -> Files {
        Files { paths: Vec::new(), facts: Vec::with_capacity(n), whole: Vec::new() }
    }

    /// Add `file` (the next in order), checked from `arg`.
    pub fn add(&mut self, arg: &OsStr, file: LocalFile) {
        let plain = file.stdin.is_none()
            && file.path.as_os_str() == arg
            && name_of_path(&file.path) == (std::borrow::Cow::Borrowed(file.name.as_str()), file.lossy_name);
        let fact = Fact { len: file.len, stat: file.stat };
        if !plain {
            self.whole.push((self.facts.len(), file));
        }
        self.facts.push(fact);
    }

    /// The arguments the files were checked from, one per file added, in order: kept as they
    /// are (a batch of 100,000 holds each path once, where it was given).
    pub fn with_paths(mut self, paths: Vec<OsString>) -> Files {
        debug_assert_eq!(paths.len(), self.facts.len());
        self.paths = paths;
        self
    }

    pub fn len(&self) -> usize {
        self.facts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.facts.is_empty()
    }

    /// File `index`, as its check found it.
    pub fn get(&self, index: usize) -> LocalFile {
        if let Ok(at) = self.whole.binary_search_by_key(&index, |(i, _)| *i) {
            return self.whole[at].1.clone();
        }
        let path = PathBuf::from(&self.paths[index]);
        let (name, lossy_name) = name_of_path(&path);
        let Fact { len, stat } = self.facts[index];
        LocalFile { name: name.into_owned(), path, lossy_name, len, stat, stdin: None }
    }

    /// The name file `index` is sent under, without making its `LocalFile`.
    pub fn name(&self, index: usize) -> std::borrow::Cow<'_, str> {
        match self.whole.binary_search_by_key(&index, |(i, _)| *i) {
            Ok(at) => self.whole[at].1.name.as_str().into(),
            Err(_) => name_of_path(std::path::Path::new(&self.paths[index])).0,
        }
    }

    /// The size of file `index`, without making its `LocalFile`.
    pub fn len_of(&self, index: usize) -> u64 {
        self.facts[index].len
    }

    /// Every file, in order, each made as it is reached.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = LocalFile> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

impl From<Vec<LocalFile>> for Files {
    fn from(files: Vec<LocalFile>) -> Files {
        let paths: Vec<OsString> = files.iter().map(|f| f.path.clone().into_os_string()).collect();
        let mut all = Files::checking(files.len());
        for (file, path) in files.into_iter().zip(&paths) {
            all.add(path, file);
        }
        all.with_paths(paths)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, name: &str, len: u64) -> LocalFile {
        LocalFile { path: PathBuf::from(path), name: name.into(), lossy_name: false, len, stat: None, stdin: None }
    }

    #[test]
    fn a_file_comes_back_as_it_went_in_whether_kept_as_a_path_or_whole() {
        let given = vec![file("a/x.png", "x.png", 1), file("b/y.png", "other.png", 2), file("z", "z", 3)];
        let files = Files::from(given.clone());
        assert_eq!(files.len(), 3);
        assert_eq!(files.whole.len(), 1, "only the renamed one is kept whole");
        for (i, want) in given.iter().enumerate() {
            let got = files.get(i);
            assert_eq!((&got.path, &got.name, got.len), (&want.path, &want.name, want.len));
            assert_eq!((files.len_of(i), &*files.name(i)), (want.len, want.name.as_str()));
        }
        assert_eq!(files.iter().map(|f| f.name).collect::<Vec<_>>(), ["x.png", "other.png", "z"]);
    }
}
