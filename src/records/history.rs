//! Stored sessions read back for the médiateur: every one in full, the listing rows (through
//! the day indexes), the ones to resume.

use std::io;

use crate::records::index::{self, Row};
use crate::records::journal::read;
use crate::records::store::Store;
pub use crate::records::stored::{Stored, active_minutes, load};

/// Every session read in full, oldest first; unreadable files are skipped and counted.
/// For the few who need every answer (tests, statistics); listings use [`rows`].
pub fn load_all(store: &Store) -> io::Result<(Vec<Stored>, usize)> {
    let mut out = Vec::new();
    let mut unreadable = 0;
    for entry in store.entries()? {
        match read(&entry.path) {
            Ok(r) if r.header.is_some() => out.push(Stored {
                entry,
                read: r,
                partial: None,
            }),
            _ => unreadable += 1,
        }
    }
    Ok((out, unreadable))
}

/// Every session as a listing row, oldest first, and how many files could not be read.
/// Closed sessions come from the day indexes; only open or new ones are read.
pub fn rows(store: &Store) -> io::Result<(Vec<Row>, usize)> {
    let mut out = Vec::new();
    let mut unreadable = 0;
    let mut shared = index::Shared::default();
    for (date, dir) in store.days()? {
        let day = index::read_day(date, &dir);
        unreadable += day.unreadable;
        out.extend(day.rows(date, &dir, &mut shared));
    }
    Ok((out, unreadable))
}

/// The rows day by day, newest day first (each day oldest first), without keeping more
/// than one day in memory: what `diagnum results` prints. Returns the unreadable count.
pub fn each_day_newest_first(store: &Store, mut f: impl FnMut(Vec<Row>)) -> io::Result<usize> {
    let mut unreadable = 0;
    let mut shared = index::Shared::default();
    for (date, dir) in store.days()?.into_iter().rev() {
        let day = index::read_day(date, &dir);
        unreadable += day.unreadable;
        f(day.rows(date, &dir, &mut shared));
    }
    Ok(unreadable)
}

/// Sessions stopped before the end that no other diagnum has open: the ones to offer to
/// resume, and the ones a kiosk closes at start. Newest first. Only open sessions are read.
pub fn unfinished(store: &Store) -> io::Result<Vec<Stored>> {
    let mut out = Vec::new();
    for (date, dir) in store.days()?.into_iter().rev() {
        let mut open = index::read_day(date, &dir).open;
        open.retain(|s| !crate::records::journal::is_locked_elsewhere(&s.entry.path));
        open.sort_by(|a, b| b.entry.path.file_name().cmp(&a.entry.path.file_name()));
        out.extend(open);
    }
    Ok(out)
}
