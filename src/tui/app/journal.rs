//! The TUI side of the results journal: a session file opened before the first question,
//! every answer on disk before the screen moves on, the result line at the end, and the
//! ways in (a resumed session, the list of unfinished ones).

use super::{App, Screen};
use crate::diagnostic::session::{Answer, Session};
use crate::i18n::{Arg, Tr};
use crate::records::history::Stored;
use crate::records::prepare::Prepared;
use crate::records::tracked::{Near, Start, Tracked};

impl App {
    /// Opens on a resumed session (`diagnum run --resume ID`).
    pub(super) fn open_resumed(&mut self, p: Prepared) {
        if let Some(h) = p.tracked.header() {
            self.seed = h.seed;
        }
        self.falc = p.falc;
        self.message = p.notices.get(1).or(p.notices.first()).cloned();
        self.run = Some(p.tracked);
        self.from_picker = false;
        self.screen = Screen::Question;
        self.arrive();
    }

    /// The person is gone (a kiosk visitor): an unfinished session is closed as abandoned,
    /// and everything of theirs is dropped with the app. If this write fails, the session
    /// stays unfinished on disk and the next start of the kiosk closes it
    /// (`kiosk::close_interrupted`).
    pub fn leave(mut self) {
        if self.outcome.is_none()
            && let Some(run) = &mut self.run
            && run.id().is_some()
        {
            let _ = run.abandon();
        }
    }

    /// Opens on the sessions left unfinished, if any, before the picker.
    pub(super) fn offer_resume(&mut self, unfinished: Vec<Stored>) {
        if !unfinished.is_empty() && self.screen == Screen::Picker {
            self.unfinished = unfinished;
            self.selected = 0;
            self.screen = Screen::Resume;
        }
    }

    /// Creates the session file before the first question; false (with the reason on
    /// screen) when results cannot be saved.
    pub(super) fn start_journal(&mut self) -> bool {
        let (Some(store), Some(run)) = (&self.store, &self.run) else {
            return true;
        };
        if run.id().is_some() {
            return true;
        }
        let start = Start {
            seed: self.seed,
            lang: self.tr.lang().code().to_string(),
            falc: self.falc,
            mode: self.mode,
            person: self.person.clone(),
        };
        match Tracked::start(store, run.session.bank().clone(), start, self.clock) {
            Ok(t) => {
                self.run = Some(t);
                true
            }
            Err(e) => {
                self.message = Some(self.tr.t_args(
                    "store-create-failed",
                    &[
                        ("dir", Arg::from(store.root().display().to_string())),
                        ("error", Arg::from(self.tr.io(&e))),
                    ],
                ));
                false
            }
        }
    }

    /// The one place where the TUI records an answer: on disk first, then the session
    /// moves on. False (the reason on screen, nothing moved) when it could not be saved.
    pub(super) fn record(&mut self, answer: Answer) -> bool {
        let Some(run) = &mut self.run else {
            return false;
        };
        match run.answer(answer) {
            Ok(()) => true,
            Err(e) => {
                self.message = Some(save_failed(&self.tr, &e));
                false
            }
        }
    }

    /// After moving to a question: neutralise the tasks this terminal cannot run (recorded
    /// as not evaluated), then show the question, or the results at the end.
    pub(in crate::tui) fn arrive(&mut self) {
        while let Some(q) = self.session().and_then(Session::question)
            && !self.abilities.can_run(q)
        {
            if !self.record(Answer::NotEvaluated) {
                // Not saved: stay on this question (the message says why) rather than spin.
                self.load_input();
                return;
            }
            self.notice = Some("notice-neutralised");
        }
        let Some(run) = self.run.as_mut() else {
            return;
        };
        if !run.session.is_finished() {
            self.arrived_ms = self.now_ms.unwrap_or(0);
            self.load_input();
            return;
        }
        let near = self.lieux.clone().map(|directory| Near {
            directory,
            place: self.person.commune.clone().or_else(|| self.place.clone()),
        });
        run.set_near(near);
        match run.finish() {
            Ok(o) => self.outcome = Some(o),
            Err(e) => {
                self.outcome = Some(run.session.outcome());
                self.message = Some(save_failed(&self.tr, &e));
            }
        }
        self.screen = Screen::Results;
        self.scroll = 0;
    }
}

fn save_failed(tr: &Tr, e: &std::io::Error) -> String {
    tr.save_failed(e)
}
