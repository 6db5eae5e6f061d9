//! Lists for people and programs: a table printed page by page as rows arrive, aligned on a
//! terminal (columns widen as needed), tab-separated without a header off one, records only
//! with `--json`. Sizes are exact byte counts off a terminal (as `ls -l`, `aws s3 ls` and
//! `rclone lsf` print them) and human units (`1.50 MiB`) on one.

use super::Output;

/// A table printed page by page. On a terminal: the header once, each row as it comes,
/// columns as wide as the widest cell so far (the last column is never padded). Off one (a
/// pipe, a file): no header, cells separated by tabs, for `cut` and `awk`. With `--json` only
/// the rows' records are printed.
pub struct Table<const N: usize> {
    header: [String; N],
    /// Size columns: given as byte counts, aligned right.
    right: [bool; N],
    widths: [usize; N],
    started: bool,
    pub rows: usize,
}

impl<const N: usize> Table<N> {
    /// `right[i]`: column i is a size, given as a byte count (or `-`): aligned right, and in
    /// human units on a terminal.
    pub fn new(header: [&str; N], right: [bool; N]) -> Self {
        Table { header: header.map(String::from), right, widths: [0; N], started: false, rows: 0 }
    }

    /// Print one page's rows (cells already escaped) with their JSON objects.
    pub fn page(&mut self, output: &Output, rows: Vec<([String; N], serde_json::Value)>) {
        if rows.is_empty() {
            return;
        }
        self.rows += rows.len();
        if output.json {
            for (_, json) in rows {
                output.result("", &json);
            }
            return;
        }
        if !output.stdout_is_terminal {
            let lines: Vec<String> = rows.iter().map(|(cells, _)| cells.join("\t")).collect();
            output.result(&lines.join("\n"), &serde_json::Value::Null);
            return;
        }
        let rows: Vec<[String; N]> = rows
            .into_iter()
            .map(|(mut cells, _)| {
                for (cell, size) in cells.iter_mut().zip(self.right) {
                    if let Some(n) = cell.parse::<u64>().ok().filter(|_| size) {
                        *cell = crate::text::bytes(n);
                    }
                }
                cells
            })
            .collect();
        for cells in rows.iter().chain(std::iter::once(&self.header)) {
            for (w, cell) in self.widths.iter_mut().zip(cells.iter()) {
                *w = (*w).max(cell.chars().count());
            }
        }
        let mut lines = Vec::with_capacity(rows.len() + 1);
        if !self.started {
            self.started = true;
            lines.push(self.line(&self.header));
        }
        lines.extend(rows.iter().map(|cells| self.line(cells)));
        output.result(&lines.join("\n"), &serde_json::Value::Null);
    }

    fn line(&self, cells: &[String; N]) -> String {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate() {
            if i + 1 == N {
                out.push_str(cell);
                break;
            }
            let pad = " ".repeat(self.widths[i].saturating_sub(cell.chars().count()));
            if self.right[i] {
                out.push_str(&pad);
                out.push_str(cell);
            } else {
                out.push_str(cell);
                out.push_str(&pad);
            }
            out.push_str("  ");
        }
        out
    }
}
