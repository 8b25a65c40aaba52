//! The screen shown at start when sessions were left unfinished (a crash, a closed
//! window): take one up again where it stopped, or close it as abandoned.

use super::{App, Msg, Screen};
use crate::i18n::Arg;
use crate::records::tracked::{Tracked, close_abandoned};

impl App {
    pub(super) fn update_resume(&mut self, msg: Msg) {
        let n = self.unfinished.len();
        match msg {
            Msg::Up => self.selected = self.selected.saturating_sub(1),
            Msg::Down => self.selected = (self.selected + 1).min(n.saturating_sub(1)),
            Msg::Pick(i) if i < n => self.selected = i,
            Msg::Validate => self.resume_selected(),
            Msg::Abandon => {
                let Some(s) = self.unfinished.get(self.selected) else {
                    return;
                };
                match close_abandoned(&s.entry.path, self.clock) {
                    Ok(()) => {
                        self.unfinished.remove(self.selected);
                        self.selected = self.selected.min(self.unfinished.len().saturating_sub(1));
                        if self.unfinished.is_empty() {
                            self.screen = Screen::Picker;
                        }
                    }
                    Err(e) => {
                        self.message = Some(crate::records::prepare::resume_error(
                            e,
                            &s.entry.id,
                            &self.tr,
                        ));
                    }
                }
            }
            Msg::Later => {
                self.selected = 0;
                self.screen = Screen::Picker;
            }
            _ => {}
        }
    }

    fn resume_selected(&mut self) {
        let Some(s) = self.unfinished.get(self.selected) else {
            return;
        };
        let Some(h) = s.header() else {
            return;
        };
        // The same banks as the picker shows, so a user's own bank resumes too.
        let bank = self
            .entries
            .iter()
            .filter_map(|e| e.bank.as_ref().ok())
            .find(|b| b.id == h.bank);
        let Some(bank) = bank else {
            self.message = Some(self.tr.t_args(
                "resume-no-bank",
                &[
                    ("id", Arg::from(s.entry.id.clone())),
                    ("bank", Arg::from(h.bank.clone())),
                    ("why", Arg::from(String::new())),
                ],
            ));
            return;
        };
        match Tracked::resume(&s.entry.path, bank.clone(), self.clock) {
            Ok(r) => {
                if r.bank_changed {
                    self.message = Some(self.tr.t_args(
                        "resume-bank-changed",
                        &[
                            ("version", Arg::from(h.bank_version.clone())),
                            ("now", Arg::from(bank.version.clone())),
                            ("dropped", Arg::from(r.dropped)),
                        ],
                    ));
                }
                self.falc = h.falc;
                self.run = Some(r.tracked);
                self.unfinished.clear();
                self.from_picker = true;
                self.screen = Screen::Question;
                self.arrive();
            }
            Err(e) => {
                self.message = Some(crate::records::prepare::resume_error(
                    e,
                    &s.entry.id,
                    &self.tr,
                ));
            }
        }
    }
}
