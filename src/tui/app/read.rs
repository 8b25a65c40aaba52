//! What the views, the keys and the kiosk read of the app: its state, never to write.

use super::{App, ConfirmFocus, PickerEntry, Screen, person};
use crate::diagnostic::abilities::Abilities;
use crate::diagnostic::outcome::Outcome;
use crate::i18n::Tr;
use crate::records::history::Stored;
use crate::records::index::Row;
use crate::records::journal::RunMode;
use crate::records::tracked::{Person, Tracked};
use crate::tui::answer_input::AnswerInput;
use crate::tui::look::Look;

impl App {
    pub fn tr(&self) -> &Tr {
        &self.tr
    }
    pub fn look(&self) -> &Look {
        &self.look
    }
    pub fn abilities(&self) -> &Abilities {
        &self.abilities
    }
    pub fn mode(&self) -> RunMode {
        self.mode
    }
    pub fn person(&self) -> &Person {
        &self.person
    }
    pub fn falc(&self) -> bool {
        self.falc
    }
    pub fn screen(&self) -> Screen {
        self.screen
    }
    pub fn entries(&self) -> &[PickerEntry] {
        &self.entries
    }
    pub fn selected(&self) -> usize {
        self.selected
    }
    pub fn from_picker(&self) -> bool {
        self.from_picker
    }
    pub fn tracked(&self) -> Option<&Tracked> {
        self.run.as_ref()
    }
    pub fn has_store(&self) -> bool {
        self.store.is_some()
    }
    /// The line of the intro being typed, as typed so far.
    pub fn naming(&self) -> Option<&str> {
        self.naming.as_ref().map(|(_, d)| d.as_str())
    }
    pub fn naming_field(&self) -> Option<person::Field> {
        self.naming.as_ref().map(|(f, _)| *f)
    }
    /// The age band list on the intro, when open: the line with the focus (the bands,
    /// then "not given").
    pub fn age_choice(&self) -> Option<usize> {
        self.age_choice
    }
    /// The stored session being read, as text, once opened.
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }
    pub fn library(&self) -> Option<&crate::bank::source::Library> {
        self.library.as_ref()
    }
    /// The lieux found near the person at the end, when looked for.
    pub fn local(&self) -> Option<&crate::diagnostic::lieux::Local> {
        self.run.as_ref().and_then(Tracked::local)
    }
    pub fn unfinished(&self) -> &[Stored] {
        &self.unfinished
    }
    pub fn history(&self) -> &[Row] {
        &self.history
    }
    /// Whether something runs beside the screen (a fiche at the printer): the front end
    /// then sends `Msg::Tick` now and then instead of only waiting for a key.
    pub fn waiting(&self) -> bool {
        self.printing.is_some()
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }
    pub(in crate::tui) fn input(&self) -> &AnswerInput {
        &self.input
    }
    pub fn confirm(&self) -> Option<ConfirmFocus> {
        self.confirm
    }
    pub fn notice(&self) -> Option<&'static str> {
        self.notice
    }
    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }
    pub fn show_mediator(&self) -> bool {
        self.show_mediator
    }
    pub fn scroll(&self) -> u16 {
        self.scroll
    }
    pub fn quit(&self) -> bool {
        self.quit
    }
    pub fn size(&self) -> (u16, u16) {
        self.size
    }
    pub fn last_task_click(&self) -> Option<u64> {
        self.last_task_click
    }

    /// The same app drawn with another look: tests draw one screen in every theme.
    #[cfg(test)]
    pub(crate) fn with_look(mut self, look: Look) -> App {
        self.look = look;
        self
    }
}
