//! One session file read in full, and what it says: header, answers, result, duration.

use std::io;

use crate::bank::source::Library;
use crate::records::date::Timestamp;
use crate::records::journal::{Header, Read, Status, Summary, read};
use crate::records::store::Entry;

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

    /// Every answer line, in writing order (a later line at the same position replaces the
    /// earlier ones from there on: the person went back).
    pub fn answers(&self) -> &[crate::records::journal::AnswerLine] {
        &self.read.answers
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

pub fn load(entry: Entry) -> io::Result<Stored> {
    let read = read(&entry.path)?;
    Ok(Stored {
        entry,
        read,
        partial: None,
    })
}
