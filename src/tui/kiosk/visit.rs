//! A visitor's passage: their own `App` made on the welcome, the end screen it leads to,
//! the fiche they may print, and everything of theirs dropped when they are done.

use rand::RngExt;

use crate::i18n::Tr;
use crate::outputs::printer::Job;

use super::{Kiosk, KioskScreen};
use crate::records::journal::RunMode;
use crate::tui::app::{App, AppEvent, Config, Msg, PickerEntry, Start};

impl Kiosk {
    pub(super) fn start_visitor(&mut self) {
        let config = Config {
            tr: self.tr,
            look: self.setup.look,
            abilities: self.setup.abilities,
            store: self.setup.store.clone(),
            mode: RunMode::Kiosk,
            speech: self.setup.speech.clone(),
            lieux: self.setup.lieux.clone(),
            place: self.setup.commune.clone(),
            ..Config::new(self.tr, self.seeds.random::<u64>())
        };
        let start = match self.banks_for_visitor().as_slice() {
            [one] => Start::Bank((*one).clone()),
            many => Start::Picker {
                entries: many
                    .iter()
                    .map(|b| PickerEntry {
                        label: b.title.clone(),
                        bank: Ok((*b).clone()),
                    })
                    .collect(),
                unfinished: Vec::new(),
            },
        };
        let mut app = App::new(config, start);
        let _ = app.update(Msg::Resize(self.size.0, self.size.1));
        self.visitor = Some(app);
        self.screen = KioskScreen::Visitor;
    }

    pub(super) fn pass_to_visitor(&mut self, msg: Msg) {
        let Some(app) = &mut self.visitor else {
            return;
        };
        // The diagnostic's last screen "quits": in a kiosk, that is the end screen.
        let at_ms = u64::try_from(self.now.as_millis()).unwrap_or(u64::MAX);
        if app.update_at(msg, at_ms) == Some(AppEvent::Quit) {
            self.screen = KioskScreen::End;
        }
    }

    /// The visitor is done (finished, stopped, gone): their session is closed as abandoned
    /// if unfinished, everything of theirs is dropped, and the welcome comes back on a
    /// cleared screen.
    pub(super) fn end_visitor(&mut self) {
        if let Some(app) = self.visitor.take() {
            app.leave();
        }
        self.screen = KioskScreen::Welcome;
        self.tr = Tr::new(self.setup.lang);
        self.stop = None;
        self.admin = None;
        self.printed = None;
        // A fiche still printing goes on printing; its answer is no one's business now.
        self.printing = None;
        self.notice = None;
        self.visitors_done += 1;
    }

    pub(super) fn print(&mut self) {
        if self.screen != KioskScreen::End || self.printed.is_some() {
            return;
        }
        let (Some(printer), Some(app)) = (&self.setup.printer, &self.visitor) else {
            return;
        };
        // The printer command runs beside the kiosk: the screen says it is under way, then
        // how it went (`tick`), and the idle timer keeps running meanwhile.
        self.printed = Some(match fiche_text(app) {
            Some(text) => {
                self.printing = Some(Job::start(&printer.command, &printer.args, text, *app.tr()));
                "kiosk-print-pending"
            }
            None => "kiosk-print-failed",
        });
    }

    /// The printer's answer, once it has come.
    pub(super) fn check_printer(&mut self) {
        if let Some(done) = self.printing.as_ref().and_then(Job::poll) {
            self.printing = None;
            self.printed = Some(if done.is_ok() {
                "kiosk-print-sent"
            } else {
                "kiosk-print-failed"
            });
        }
    }
}

/// The visitor's fiche, read back from their journal like `diagnum results print` does
/// (through the journal's own handle: the run still holds its lock).
fn fiche_text(app: &App) -> Option<String> {
    let run = app.tracked()?;
    let h = run.header()?;
    let entry = crate::records::store::Entry {
        id: h.id.clone(),
        day: h.started.date(),
        path: run.journal_path()?.to_path_buf(),
    };
    let stored = crate::records::history::Stored {
        entry,
        read: run.read_back()?,
        partial: None,
    };
    let f = crate::outputs::fiche::build(&stored, None, app.tr())?;
    Some(crate::outputs::fiche::text(&f, app.tr()))
}
