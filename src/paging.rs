//! Cursor paging shared by every `--all` listing: any cursor seen before (A → B → A, not only
//! the same one twice) stops the listing with a clear error, so does a ceiling on the number
//! of pages. Rows are printed page by page as they arrive (`output::table`), never kept for
//! the end.

use std::collections::HashSet;

use crate::error::{Failure, Result};

/// The most pages one listing reads: far beyond any real room, well short of a loop.
pub const MAX_PAGES: usize = 10_000;

/// Cursor bytes kept per page: a cursor longer than this is remembered by its start and length.
const MAX_CURSOR: usize = 1024;

/// Watches the cursors of one listing.
pub struct Pager {
    service: &'static str,
    seen: HashSet<(usize, String)>,
    pages: usize,
    max_pages: usize,
}

impl Pager {
    pub fn new(service: &'static str) -> Pager {
        Pager::with_ceiling(service, MAX_PAGES)
    }

    pub fn with_ceiling(service: &'static str, max_pages: usize) -> Pager {
        Pager { service, seen: HashSet::new(), pages: 0, max_pages }
    }

    /// The first page's cursor, if the listing starts after one (never a loop by itself).
    pub fn start_at(&mut self, cursor: Option<&str>) {
        if let Some(cursor) = cursor {
            self.seen.insert(key(cursor));
        }
    }

    /// One more page is to be read from `cursor`: an error if the server sent that cursor
    /// before (its pages cycle) or the listing reached the page ceiling.
    pub fn next(&mut self, cursor: &str) -> Result<()> {
        self.pages += 1;
        if !self.seen.insert(key(cursor)) {
            return Err(Failure::general(format!(
                "{} sent a page cursor it had sent before (after {} pages), so its pages go round in a loop; stopping",
                self.service, self.pages
            ))
            .with_hint("the rows printed so far are complete; the server's paging is broken"));
        }
        if self.pages >= self.max_pages {
            return Err(Failure::general(format!(
                "{} still had more pages after {}; stopping at the ceiling",
                self.service, self.max_pages
            )));
        }
        Ok(())
    }
}

fn key(cursor: &str) -> (usize, String) {
    let cut = cursor.floor_char_boundary(MAX_CURSOR);
    (cursor.len(), cursor[..cut].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_repeated_cursor_stops_the_listing() {
        let mut pager = Pager::new("X");
        pager.next("A").unwrap();
        pager.next("B").unwrap();
        assert!(pager.next("A").unwrap_err().message.contains("loop"));
    }

    #[test]
    fn a_page_ceiling_stops_an_endless_listing() {
        let mut pager = Pager::with_ceiling("X", 3);
        pager.next("1").unwrap();
        pager.next("2").unwrap();
        assert!(pager.next("3").unwrap_err().message.contains("ceiling"));
    }

    #[test]
    fn a_starting_cursor_counts_as_seen() {
        let mut pager = Pager::new("X");
        pager.start_at(Some("A"));
        assert!(pager.next("A").is_err());
    }
}
