//! A visitor's passage: their own `App` made on the welcome, the end screen it leads to,
//! the fiche they may print, and everything of theirs dropped when they are done.

use rand::RngExt;

use super::{Kiosk, KioskScreen};
use crate::i18n::Tr;
use crate::tui::app::{App, Msg, PickerEntry};

impl Kiosk {
    pub(super) fn start_visitor(&mut self) {
        let seed = self.seeds.random::<u64>();
        let tr = Tr::new(self.tr.lang());
        let mut app = match self.setup.banks.as_slice() {
            [one] => App::with_bank(tr, one.clone(), seed),
            many => {
                let entries = many
                    .iter()
                    .map(|b| PickerEntry {
                        label: b.title.clone(),
                        bank: Ok(b.clone()),
                    })
                    .collect();
                App::new(tr, entries, seed)
            }
        };
        app.mode = crate::kiosk::MODE;
        app.store = self.setup.store.clone();
        app.abilities = self.setup.abilities;
        app.look = self.setup.look;
        app.update(Msg::Resize(self.size.0, self.size.1));
        self.visitor = Some(app);
        self.screen = KioskScreen::Visitor;
    }

    pub(super) fn pass_to_visitor(&mut self, msg: Msg) {
        let Some(app) = &mut self.visitor else {
            return;
        };
        app.update(msg);
        // The diagnostic's last screen "quits": in a kiosk, that is the end screen.
        if app.quit {
            self.screen = KioskScreen::End;
        }
    }

    /// The visitor is done (finished, stopped, gone): their session is closed as abandoned
    /// if unfinished, everything of theirs is dropped, and the welcome comes back on a
    /// cleared screen.
    pub(super) fn end_visitor(&mut self) {
        if let Some(app) = &mut self.visitor
            && app.outcome.is_none()
            && let Some(run) = &mut app.run
            && run.id().is_some()
        {
            // If this write fails, the session stays unfinished on disk and the next start
            // of the kiosk closes it (`kiosk::close_interrupted`).
            let _ = run.abandon();
        }
        self.visitor = None;
        self.screen = KioskScreen::Welcome;
        self.tr = Tr::new(self.setup.lang);
        self.stop = None;
        self.admin = None;
        self.printed = None;
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
        self.printed = Some(match fiche_text(app) {
            Some(text) => {
                match crate::commands::printer::send_to(
                    &printer.command,
                    &printer.args,
                    &text,
                    &app.tr,
                ) {
                    Ok(_) => "kiosk-print-sent",
                    Err(_) => "kiosk-print-failed",
                }
            }
            None => "kiosk-print-failed",
        });
    }
}

/// The visitor's fiche, read back from their journal like `diagnum results print` does
/// (through the journal's own handle: the run still holds its lock).
fn fiche_text(app: &App) -> Option<String> {
    let run = app.run.as_ref()?;
    let h = run.header()?;
    let entry = crate::store::Entry {
        id: h.id.clone(),
        day: h.started.date(),
        path: run.journal_path()?.to_path_buf(),
    };
    let stored = crate::history::Stored {
        entry,
        read: run.read_back()?,
        partial: None,
    };
    let f = crate::fiche::build(&stored, None, &app.tr)?;
    Some(crate::fiche::text(&f, &app.tr))
}
