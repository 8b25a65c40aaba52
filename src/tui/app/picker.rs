//! The list of banks: choosing one opens its introduction.

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::{App, Msg, Screen};
use crate::diagnostic::session::Session;
use crate::records::tracked::Tracked;

impl App {
    pub(super) fn update_picker(&mut self, msg: Msg) {
        let n = self.entries.len();
        match msg {
            Msg::Up => self.selected = self.selected.saturating_sub(1),
            Msg::Down => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Msg::Pick(i) if i < n => self.selected = i,
            Msg::Validate => match self.entries.get(self.selected).map(|e| &e.bank) {
                Some(Ok(bank)) => {
                    // Shown on the intro; its journal starts with the first question.
                    // Alone at a kiosk, nobody observes: those questions are not put.
                    let session = Session::with_presence(
                        bank.clone(),
                        crate::records::tracked::presence(self.mode),
                        &mut StdRng::seed_from_u64(self.seed),
                    );
                    self.run = Some(Tracked::untracked(session, self.clock));
                    self.screen = Screen::Intro;
                    self.scroll = 0;
                }
                Some(Err(_)) => self.notice = Some("notice-invalid-bank"),
                None => {}
            },
            _ => {}
        }
    }
}
