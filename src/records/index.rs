//! A summary per day folder, so listings and start-up never read every session in full.
//!
//! `sessions/<day>/.index` holds one line per *closed* session (finished or abandoned):
//! `<file name>` TAB `<row as JSON>`. A closed session never changes again, so its line stays
//! true for as long as its file exists. The index is only a cache: each reading lists the
//! folder, takes the lines whose file is still there, reads in full only the files it has no
//! line for (new or still open), and rewrites the index whole (temporary file, then rename)
//! when that changed anything. Two diagnum on one shared folder can both rewrite it: each
//! writes a complete, true file and the last rename wins. A crash leaves the old file or the
//! new one; a damaged line is read again from its session file. Nothing is ever lost by
//! deleting it.

mod row;

use std::collections::HashSet;

use std::path::Path;

pub use row::Row;

use crate::records::date::Date;
use crate::records::journal::Status;
use crate::records::store::{Entry, day_entries};
use crate::records::stored::{self, Stored};

use crate::records::store::INDEX_FILE as FILE;

/// The bank titles, versions and paliers repeated on every row, kept once in memory.
pub type Shared = crate::text::shared::Shared;

fn share_in(shared: &mut Shared, mut r: Row) -> Row {
    r.bank = shared.get(&r.bank);
    r.bank_title = shared.get(&r.bank_title);
    r.bank_version = shared.get(&r.bank_version);
    r.palier = r.palier.as_ref().map(|p| shared.get(p));
    r
}

/// One day folder, read through its index.
#[derive(Debug, Default)]
pub struct Day {
    /// Closed sessions: (file name, row as JSON), parsed only by those who need the rows.
    pub closed: Vec<(String, String)>,
    /// Sessions still open (unfinished), read in full: there are few of them.
    pub open: Vec<Stored>,
    /// Session files without a readable header.
    pub unreadable: usize,
}

impl Day {
    /// Every session of the day as a row, in file-name order (oldest first).
    pub fn rows(&self, date: Date, dir: &Path, shared: &mut Shared) -> Vec<Row> {
        let mut rows: Vec<Row> = self
            .closed
            .iter()
            .filter_map(|(name, json)| {
                let entry = Entry::named(date, dir, name)?;
                // A line that does not read (edited by hand) is read again from its file.
                Row::from_json(json, entry.clone()).or_else(|| {
                    let s = stored::load(entry).ok()?;
                    s.header().is_some().then(|| Row::of(&s))
                })
            })
            .chain(self.open.iter().map(Row::of))
            .map(|r| share_in(shared, r))
            .collect();
        rows.sort_by(|a, b| a.entry.path.file_name().cmp(&b.entry.path.file_name()));
        rows
    }
}

/// Reads one day folder through its index, and brings the index up to date.
pub fn read_day(date: Date, dir: &Path) -> Day {
    let entries = day_entries(date, dir);
    let names: Vec<&str> = entries.iter().map(Entry::name).collect();
    let (mut kept, stale) = read_index(dir, &names);
    let indexed: HashSet<&str> = kept.iter().map(|(n, _)| n.as_str()).collect();
    let mut day = Day::default();
    let mut fresh = Vec::new();
    for entry in entries.iter().filter(|e| !indexed.contains(e.name())) {
        let name = entry.name().to_string();
        match stored::load(entry.clone()) {
            Ok(s) if s.header().is_some() => {
                if s.status() == Status::Unfinished {
                    day.open.push(s);
                } else {
                    fresh.push((name, Row::of(&s).to_json()));
                }
            }
            _ => day.unreadable += 1,
        }
    }
    if stale || !fresh.is_empty() {
        kept.extend(fresh);
        kept.sort();
        write(dir, &kept);
    }
    day.closed = kept;
    day
}

/// The index lines whose session is still in the folder, and whether any line had to be
/// dropped (damaged, or its session deleted).
fn read_index(dir: &Path, names: &[&str]) -> (Vec<(String, String)>, bool) {
    let Ok(bytes) = std::fs::read(dir.join(FILE)) else {
        return (Vec::new(), false);
    };
    let present: HashSet<&str> = names.iter().copied().collect();
    // A line cut short (power cut during a rewrite) is not taken.
    let complete = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let mut stale = complete < bytes.len();
    let mut seen = HashSet::new();
    let mut kept = Vec::new();
    for line in bytes[..complete]
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
    {
        let parsed = std::str::from_utf8(line)
            .ok()
            .and_then(|l| l.split_once('\t'));
        match parsed {
            Some((name, json))
                if json.starts_with('{')
                    && json.ends_with('}')
                    && present.contains(name)
                    && seen.insert(name.to_string()) =>
            {
                kept.push((name.to_string(), json.to_string()));
            }
            _ => stale = true,
        }
    }
    (kept, stale)
}

/// Rewrites the index whole. A failure (read-only folder, full disk) only means the next
/// reading does the same work again.
fn write(dir: &Path, lines: &[(String, String)]) {
    let mut text = String::with_capacity(lines.iter().map(|(n, j)| n.len() + j.len() + 2).sum());
    for (name, json) in lines {
        text.push_str(name);
        text.push('\t');
        text.push_str(json);
        text.push('\n');
    }
    let _ = crate::records::write_replacing(&dir.join(FILE), text.as_bytes());
}

#[cfg(test)]
mod tests;
