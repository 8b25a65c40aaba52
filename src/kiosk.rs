//! Kiosk mode's pure core: a public PC where visitors test themselves one after another.
//! Here are the config file, the admin code's hash, the inactivity rule, the limit on wrong
//! codes and the start-up clean-up; the screens and keys are in `tui::kiosk`.

pub mod code;
pub mod config;
pub mod idle;
pub mod limiter;
pub mod observations;

use std::io;

use crate::records::date::Clock;
use crate::records::history;
use crate::records::journal::RunMode;
use crate::records::store::Store;
use crate::records::tracked::close_abandoned;

/// Closes as abandoned the kiosk sessions an earlier run left open (killed, power cut):
/// their visitors are gone, and nothing of theirs may be offered to the next one. Sessions
/// another running kiosk holds open are left alone. Returns how many were closed.
pub fn close_interrupted(store: &Store, clock: Clock) -> io::Result<usize> {
    let mut closed = 0;
    for s in history::unfinished(store)? {
        if s.header().is_some_and(|h| h.mode == RunMode::Kiosk)
            && close_abandoned(&s.entry.path, clock).is_ok()
        {
            closed += 1;
        }
    }
    Ok(closed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::session::Answer;
    use crate::records::date::Timestamp;
    use crate::records::journal::{Status, read};
    use crate::records::tracked::{Person, Start, Tracked};
    use crate::testing::sample_bank;

    fn started(store: &Store, mode: RunMode) -> Tracked {
        let start = Start {
            seed: 1,
            lang: "fr".into(),
            falc: false,
            mode,
            person: Person::default(),
        };
        let mut t =
            Tracked::start(store, sample_bank(), start, Clock::Fixed(Timestamp::utc(1))).unwrap();
        t.answer(Answer::DontKnow).unwrap();
        t
    }

    #[test]
    fn only_interrupted_kiosk_sessions_are_closed() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::new(dir.path());
        let kiosk = started(&store, RunMode::Kiosk)
            .journal_path()
            .unwrap()
            .to_path_buf();
        let tui = started(&store, RunMode::Tui)
            .journal_path()
            .unwrap()
            .to_path_buf();
        // Still open in this process, like a second kiosk's visitor on a shared folder.
        let running = started(&store, RunMode::Kiosk);
        let clock = Clock::Fixed(Timestamp::utc(50));
        assert_eq!(close_interrupted(&store, clock).unwrap(), 1);
        assert_eq!(read(&kiosk).unwrap().status(), Status::Abandoned);
        assert_eq!(read(&tui).unwrap().status(), Status::Unfinished);
        let path = running.journal_path().unwrap().to_path_buf();
        assert_eq!(read(&path).unwrap().status(), Status::Unfinished);
        drop(running);
        assert_eq!(close_interrupted(&store, clock).unwrap(), 1);
        assert_eq!(close_interrupted(&store, clock).unwrap(), 0);
    }
}
