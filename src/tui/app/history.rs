//! `diagnum results` in full screen: the médiateur picks a stored session and reads it.

use super::{App, Msg, Screen};

impl App {
    pub(super) fn update_history(&mut self, msg: Msg) {
        let n = self.history.len();
        match (self.screen, msg) {
            (Screen::History, Msg::Up) => self.selected = self.selected.saturating_sub(1),
            (Screen::History, Msg::Down) => {
                self.selected = (self.selected + 1).min(n.saturating_sub(1));
            }
            (Screen::History, Msg::Pick(i)) if i < n => self.selected = i,
            (Screen::History, Msg::Validate) if n > 0 => {
                self.screen = Screen::Stored;
                self.scroll = 0;
            }
            (Screen::Stored, Msg::Up) => self.scroll = self.scroll.saturating_sub(1),
            (Screen::Stored, Msg::Down) => self.scroll = self.scroll.saturating_add(1),
            (Screen::Stored, Msg::Back) => self.screen = Screen::History,
            _ => {}
        }
    }
}
