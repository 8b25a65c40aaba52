//! Reading aloud in the full screen. L (or the "Écouter" button) reads the screen's
//! essentials and a second press stops; a new screen stops the reading; with `--speak`,
//! each new question, and the results, are read as they come. The voice runs on its own:
//! nothing here waits for it.

use super::{App, Msg, Screen};
use crate::bank::QuestionKind;
use crate::diagnostic::session::Session;
use crate::speech::Silence;
use crate::speech::script::{self, Script};

impl App {
    /// Whether this screen can be read aloud (the médiateur's lists are not).
    pub fn can_read_aloud(&self) -> bool {
        matches!(
            self.screen,
            Screen::Intro | Screen::Question | Screen::Results | Screen::Orientation
        ) && self.session().is_some()
    }

    /// What is read of the screen: the question and its choices as shown, the results
    /// (the palier's message, then the trainings), the trainings, or the introduction.
    pub fn reading(&self) -> Option<Script> {
        let s = self.session()?;
        let lang = script::lang_of(s.bank());
        match self.screen {
            Screen::Intro => Some(script::intro(s.bank())),
            Screen::Question => {
                let (q, item) = (s.question()?, s.item()?);
                // An ordering question is read as the person has arranged it so far.
                let order = match q.kind {
                    QuestionKind::Order { .. } => &self.input.arrangement,
                    _ => &item.order,
                };
                Some(script::question(q, order, self.falc, lang))
            }
            Screen::Results => Some(script::results(self.outcome.as_ref()?, lang)),
            Screen::Orientation => {
                let mut script = script::trainings(self.outcome.as_ref()?, lang);
                // Then the lieux near the person, as the screen words them.
                if let Some(local) = self.local() {
                    let tr = crate::i18n::Tr::new(lang);
                    for line in crate::outputs::lieux::text(local, &tr) {
                        script.push(line.trim_start_matches([' ', '-']).to_string());
                    }
                }
                Some(script)
            }
            _ => None,
        }
    }

    /// Whether the voice is reading now.
    pub fn speaking(&self) -> bool {
        self.speech.speaking()
    }

    /// After each message: leaving the app or the screen stops the reading (and reads the
    /// new one with `--speak`); L reads, or stops.
    pub(super) fn speak_after(&mut self, msg: Msg) {
        if self.quit {
            self.speech.stop();
            return;
        }
        let here = (self.screen, self.session().map(Session::index));
        if self.heard != Some(here) {
            self.heard = Some(here);
            self.speech.stop();
            if self.speech.auto() && matches!(self.screen, Screen::Question | Screen::Results) {
                self.read_aloud(true);
            }
        }
        if msg == Msg::ReadAloud {
            if self.speech.speaking() {
                self.speech.stop();
            } else {
                self.read_aloud(false);
            }
        }
    }

    /// Starts reading the screen. Without a voice, the notice says so: at each press, and
    /// once only when questions are read by themselves.
    fn read_aloud(&mut self, by_itself: bool) {
        let Some(script) = self.reading() else {
            return;
        };
        match self.speech.say(&script) {
            Ok(()) => {}
            Err(Silence::NoVoice) if by_itself => {
                if !self.told_no_voice && self.notice.is_none() {
                    self.notice = Some("notice-no-voice");
                    self.told_no_voice = true;
                }
            }
            Err(Silence::NoVoice) => self.notice = Some("notice-no-voice"),
            Err(Silence::Failed(_)) => self.notice = Some("notice-speech-failed"),
        }
    }
}

#[cfg(all(test, unix))]
mod tests;
