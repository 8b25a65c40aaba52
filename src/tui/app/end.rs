//! The end of a diagnostic: the results, then the trainings, and the text left in the
//! terminal once the screen closes.

use super::{App, Msg, Screen};

impl App {
    pub(super) fn update_results(&mut self, msg: Msg) {
        match (self.screen, msg) {
            (_, Msg::Up) => self.scroll = self.scroll.saturating_sub(1),
            (_, Msg::Down) => self.scroll = self.scroll.saturating_add(1),
            (_, Msg::ScrollTo(n)) => self.scroll = n,
            (Screen::Results, Msg::ToggleMediator) => self.show_mediator = !self.show_mediator,
            (Screen::Results, Msg::Validate | Msg::NextScreen) => {
                self.screen = Screen::Orientation;
                self.scroll = 0;
            }
            (Screen::Orientation, Msg::Back) => {
                self.screen = Screen::Results;
                self.scroll = 0;
            }
            (Screen::Orientation, Msg::Validate) => self.quit = true,
            _ => {}
        }
    }

    /// The text printed on standard output when the app closes: the session's number
    /// (to find it again), then the results, if any question was answered; wrapped to
    /// the terminal's width, so that the terminal never cuts a word.
    pub fn closing_report(&self) -> Option<String> {
        let s = self.session()?;
        let run = self.run.as_ref()?;
        // Nothing answered, nothing to leave.
        s.answered().next()?;
        let mut text = String::new();
        if let Some(id) = run.id() {
            let id = crate::i18n::Arg::from(id.to_string());
            text.push_str(&self.tr.t_args("session-number", &[("id", id)]));
            text.push('\n');
            // With the name or file number it was typed with, the printout can be filed.
            if let Some(name) = run.header().and_then(|h| h.pseudonym.clone()) {
                let name = crate::i18n::Arg::from(name);
                text.push_str(&self.tr.t_args("results-show-pseudonym", &[("name", name)]));
                text.push('\n');
            }
            text.push('\n');
        }
        text.push_str(&crate::plain::results(s, run.local(), &self.tr, self.falc));
        let width = usize::from(self.size.0.max(20)).saturating_sub(1);
        Some(crate::text::wrap::report(&text, width))
    }
}
