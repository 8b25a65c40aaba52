//! Stored sessions read back for the médiateur: the list, one result, the figures.

use std::io;

use crate::bank::source::Library;
use crate::records::date::Timestamp;
use crate::records::index::{self, Row};
use crate::records::journal::{Header, Read, Status, Summary, read};
use crate::records::store::{Entry, Store};

/// A session file and what it says.
#[derive(Debug, Clone)]
pub struct Stored {
    pub entry: Entry,
    pub read: Read,
    /// For an unfinished session: the partial result, worked out from its answers.
    pub partial: Option<Summary>,
}

/// A pause longer than this (the person left, the PC slept, the session was resumed days
/// later) counts as this much, so the duration is time spent on the diagnostic.
const MAX_GAP_SECS: u64 = 10 * 60;

impl Stored {
    pub fn header(&self) -> Option<&Header> {
        self.read.header.as_ref()
    }

    /// The final result line (finished sessions only).
    pub fn summary(&self) -> Option<&Summary> {
        self.read.summary.as_ref()
    }

    /// The final result, or else the partial one if it was worked out.
    pub fn result(&self) -> Option<&Summary> {
        self.summary().or(self.partial.as_ref())
    }

    /// Works out the partial result of an unfinished session from its answers, when its
    /// bank is still there.
    pub fn fill_partial(&mut self, lib: &Library) {
        let Some(h) = self.header() else { return };
        if self.summary().is_some() || self.read.answers.is_empty() {
            return;
        }
        let Some(bank) = lib.resolve(&h.bank).ok().and_then(|e| e.loaded.value) else {
            return;
        };
        let session = crate::records::tracked::rebuild(bank, h.seed, h.mode, &self.read.answers);
        let bank = session.bank();
        self.partial = Some(Summary {
            at: self.read.last_activity().unwrap_or(h.started),
            questions: bank.questions.len(),
            mode: bank.mode,
            outcome: session.outcome(),
            lieu: bank.lieu.clone(),
            // An unfinished session has no orientation yet: no lieux either.
            local: None,
        });
    }

    pub fn status(&self) -> Status {
        self.read.status()
    }

    pub fn started(&self) -> Timestamp {
        self.header().map_or(self.entry.day.start(), |h| h.started)
    }

    /// Time spent answering, in whole minutes (at least 1 once anything was answered).
    pub fn duration_minutes(&self) -> u64 {
        let mut times: Vec<Timestamp> = vec![self.started()];
        times.extend(self.read.answers.iter().map(|a| a.at));
        times.extend(self.read.summary.as_ref().map(|s| s.at));
        active_minutes(times)
    }
}

/// Minutes between the first and last of these instants, each pause capped.
pub fn active_minutes(mut times: Vec<Timestamp>) -> u64 {
    times.sort();
    let secs: u64 = times
        .windows(2)
        .map(|w| w[1].since(w[0]).min(MAX_GAP_SECS))
        .sum();
    secs.div_ceil(60)
}

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

pub fn load(entry: Entry) -> io::Result<Stored> {
    let read = read(&entry.path)?;
    Ok(Stored {
        entry,
        read,
        partial: None,
    })
}

/// Every session as a listing row, oldest first, and how many files could not be read.
/// Closed sessions come from the day indexes; only open or new ones are read.
pub fn rows(store: &Store) -> io::Result<(Vec<Row>, usize)> {
    let mut out = Vec::new();
    let mut unreadable = 0;
    let mut shared = index::Shared::default();
    for (date, dir) in index::days(store)? {
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
    for (date, dir) in index::days(store)?.into_iter().rev() {
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
    for (date, dir) in index::days(store)?.into_iter().rev() {
        let mut open = index::read_day(date, &dir).open;
        open.retain(|s| !crate::records::journal::is_locked_elsewhere(&s.entry.path));
        open.sort_by(|a, b| b.entry.path.file_name().cmp(&a.entry.path.file_name()));
        out.extend(open);
    }
    Ok(out)
}
