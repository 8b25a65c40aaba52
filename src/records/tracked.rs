//! A session whose every answer is written to its journal before it counts. Both front ends
//! (TUI and `--plain`) go through this, so "the screen moved on" always means "it is on
//! disk". Without a data folder it runs untracked (nothing to write to).

use std::io;
use std::path::Path;

use rand::SeedableRng;
use rand::rngs::StdRng;

use std::sync::Arc;

use crate::bank::Bank;
use crate::diagnostic::lieux::{Directory, Local, local};
use crate::diagnostic::needs::services;
use crate::diagnostic::outcome::Outcome;
use crate::diagnostic::session::{Answer, Presence, Session};
use crate::records::date::Clock;
use crate::records::journal::{AnswerLine, Header, Journal, Read, Record, RunMode, Summary, read};
use crate::records::store::Store;

#[derive(Debug)]
pub struct Tracked {
    pub session: Session,
    journal: Option<Journal>,
    header: Option<Header>,
    clock: Clock,
    /// Where to look for lieux at the end, and what was found.
    near: Option<Near>,
    local: Option<Local>,
}

/// The imported lieux, and the commune to look near when the session's header names none
/// (the `--commune` of an untracked run, or the kiosk's own commune).
#[derive(Debug, Clone)]
pub struct Near {
    pub directory: Arc<Directory>,
    pub place: Option<String>,
}

/// Who is taking the diagnostic, as far as the médiateur chose to say (all optional).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Person {
    pub pseudonym: Option<String>,
    pub age_band: Option<String>,
    pub commune: Option<String>,
}

/// How a run is started: everything the header records.
#[derive(Debug, Clone)]
pub struct Start {
    pub seed: u64,
    pub lang: String,
    pub falc: bool,
    pub mode: RunMode,
    pub person: Person,
}

/// Who is with the person in this run mode: a kiosk visitor is alone, so the médiateur's
/// observations are never put to them.
pub fn presence(mode: RunMode) -> Presence {
    match mode {
        RunMode::Kiosk => Presence::Alone,
        RunMode::Tui | RunMode::Plain => Presence::WithMediator,
    }
}

#[derive(Debug)]
pub enum ResumeError {
    Io(io::Error),
    /// No readable header: not a diagnum session.
    Damaged,
    Finished,
    Abandoned,
    /// Another diagnum has it open right now.
    InUse,
}

/// A session taken up again, with what could not be carried over.
#[derive(Debug)]
pub struct Resumed {
    pub tracked: Tracked,
    pub bank_changed: bool,
    /// Answers replayed into the session.
    pub replayed: usize,
    /// Answers that no longer fit the bank (it changed), or that follow a damaged line:
    /// kept in the file, not replayed.
    pub dropped: usize,
    /// Whole lines of the file that could not be read (a damaged disk, a hand edit).
    pub damaged: usize,
}

impl Tracked {
    pub fn untracked(session: Session, clock: Clock) -> Tracked {
        Tracked {
            session,
            journal: None,
            header: None,
            clock,
            near: None,
            local: None,
        }
    }

    /// The lieux to look in when the session ends.
    pub fn set_near(&mut self, near: Option<Near>) {
        self.near = near;
    }

    /// The lieux found for the person at the end, if any were looked for.
    pub fn local(&self) -> Option<&Local> {
        self.local.as_ref()
    }

    /// A new session, with its file created (and its header on disk) before the first
    /// question is shown.
    pub fn start(store: &Store, bank: Bank, start: Start, clock: Clock) -> io::Result<Tracked> {
        let header = Header {
            id: String::new(),
            bank: bank.id.clone(),
            bank_title: bank.title.clone(),
            bank_version: bank.version.clone(),
            bank_hash: bank.hash.clone(),
            started: clock.now(),
            lang: start.lang,
            seed: start.seed,
            falc: start.falc,
            mode: start.mode,
            pseudonym: start.person.pseudonym,
            age_band: start.person.age_band,
            commune: start.person.commune,
        };
        let session = Session::with_presence(
            bank,
            presence(start.mode),
            &mut StdRng::seed_from_u64(start.seed),
        );
        // The id only needs to be unpredictable enough not to collide, not secret.
        let mut rng = StdRng::seed_from_u64(rand::random());
        let journal = store.create(header, &mut rng)?;
        let header = journal.read_back()?.header;
        Ok(Tracked {
            session,
            journal: Some(journal),
            header,
            clock,
            near: None,
            local: None,
        })
    }

    /// Rebuilds the session from its file and reopens it for writing.
    pub fn resume(path: &Path, bank: Bank, clock: Clock) -> Result<Resumed, ResumeError> {
        let r: Read = read(path).map_err(in_use_or_io)?;
        let header = r.header.clone().ok_or(ResumeError::Damaged)?;
        if r.summary.is_some() {
            return Err(ResumeError::Finished);
        }
        if r.abandoned.is_some() {
            return Err(ResumeError::Abandoned);
        }
        let bank_changed = bank.hash != header.bank_hash;
        let mut session = Session::with_presence(
            bank,
            presence(header.mode),
            &mut StdRng::seed_from_u64(header.seed),
        );
        let replayed = replay(&mut session, &r.answers);
        let mut journal = Journal::reopen(path).map_err(|e| match e.kind() {
            io::ErrorKind::WouldBlock => ResumeError::InUse,
            _ => ResumeError::Io(e),
        })?;
        journal
            .append(&Record::Resumed { at: clock.now() })
            .map_err(ResumeError::Io)?;
        Ok(Resumed {
            tracked: Tracked {
                session,
                journal: Some(journal),
                header: Some(header),
                clock,
                near: None,
                local: None,
            },
            bank_changed,
            replayed,
            dropped: r.answers.len() - replayed,
            damaged: r.damaged,
        })
    }

    pub fn header(&self) -> Option<&Header> {
        self.header.as_ref()
    }

    pub fn journal_path(&self) -> Option<&Path> {
        self.journal.as_ref().map(Journal::path)
    }

    /// What the journal holds so far, read through its own handle (never a second one: on
    /// Windows the lock would refuse it). `None` when untracked or unreadable.
    pub fn read_back(&self) -> Option<Read> {
        self.journal.as_ref()?.read_back().ok()
    }

    pub fn id(&self) -> Option<&str> {
        self.header.as_ref().map(|h| h.id.as_str())
    }

    /// Writes the answer, then moves on. On a write error nothing moves: the caller shows
    /// the error and the person can try again.
    pub fn answer(&mut self, answer: Answer) -> io::Result<()> {
        if let (Some(j), Some(q)) = (&mut self.journal, self.session.question()) {
            j.append(&Record::Answer(AnswerLine {
                pos: self.session.index(),
                q: q.id.clone(),
                answer: answer.clone(),
                at: self.clock.now(),
            }))?;
        }
        self.session.answer(answer);
        Ok(())
    }

    pub fn back(&mut self) -> bool {
        self.session.back()
    }

    /// Writes the result line once the last question is answered.
    pub fn finish(&mut self) -> io::Result<Outcome> {
        let outcome = self.session.outcome();
        self.local = self.near.as_ref().and_then(|n| {
            let place = self
                .header
                .as_ref()
                .and_then(|h| h.commune.clone())
                .or_else(|| n.place.clone())?;
            local(&n.directory, &place, &services(&outcome.orientation.needs))
        });
        if let Some(j) = &mut self.journal {
            let bank = self.session.bank();
            j.append(&Record::Result(Box::new(Summary {
                at: self.clock.now(),
                questions: bank.questions.len(),
                mode: bank.mode,
                outcome: outcome.clone(),
                lieu: bank.lieu.clone(),
                local: self.local.clone(),
            })))?;
        }
        Ok(outcome)
    }

    /// Closes the session as abandoned (the person left, or the médiateur chose so).
    pub fn abandon(&mut self) -> io::Result<()> {
        match &mut self.journal {
            Some(j) => j.append(&Record::Abandoned {
                at: self.clock.now(),
            }),
            None => Ok(()),
        }
    }
}

/// The session as far as its journal goes (for showing an unfinished result). `mode`: the
/// run mode of its header.
pub fn rebuild(bank: Bank, seed: u64, mode: RunMode, answers: &[AnswerLine]) -> Session {
    let mut session =
        Session::with_presence(bank, presence(mode), &mut StdRng::seed_from_u64(seed));
    replay(&mut session, answers);
    session
}

/// Feeds the journalled answers back in writing order, following the person's steps back.
/// Stops at the first answer that does not fit the bank any more; returns how many fitted.
fn replay(session: &mut Session, answers: &[AnswerLine]) -> usize {
    for (n, a) in answers.iter().enumerate() {
        while session.index() > a.pos && session.back() {}
        let fits = session.index() == a.pos
            && session
                .question()
                .is_some_and(|q| q.id == a.q && answer_fits(q, &a.answer));
        if !fits {
            return n;
        }
        session.answer(a.answer.clone());
    }
    answers.len()
}

/// A choice index the bank no longer has must not reach the scoring.
fn answer_fits(q: &crate::bank::Question, a: &Answer) -> bool {
    match a {
        Answer::Choices(c) => c.iter().all(|&i| i < q.kind.option_count()),
        _ => true,
    }
}

/// Closes an interrupted session as abandoned without resuming it.
pub fn close_abandoned(path: &Path, clock: Clock) -> Result<(), ResumeError> {
    let r = read(path).map_err(in_use_or_io)?;
    if r.header.is_none() {
        return Err(ResumeError::Damaged);
    }
    if r.summary.is_some() {
        return Err(ResumeError::Finished);
    }
    if r.abandoned.is_some() {
        return Ok(());
    }
    let mut j = Journal::reopen(path).map_err(|e| match e.kind() {
        io::ErrorKind::WouldBlock => ResumeError::InUse,
        _ => ResumeError::Io(e),
    })?;
    j.append(&Record::Abandoned { at: clock.now() })
        .map_err(ResumeError::Io)
}

/// A session another diagnum holds open reads as `WouldBlock` (see `journal::read`).
fn in_use_or_io(e: io::Error) -> ResumeError {
    match e.kind() {
        io::ErrorKind::WouldBlock => ResumeError::InUse,
        _ => ResumeError::Io(e),
    }
}

#[cfg(test)]
mod tests;
