//! Terminal events → messages, depending on the screen and the question. Pure: no state
//! changes here (`update` makes them).

use ratatui::crossterm::event::{
    KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::answer_input::is_typed;
use super::app::{App, Msg, Screen};
use super::msg::{CaretMove, Paging};
use crate::bank::{NamedKey, QuestionKind, Task};
use crate::diagnostic::abilities::Pressed;
use crate::diagnostic::session::Session;

impl App {
    fn task_on_screen(&self) -> Option<&Task> {
        if self.screen() != Screen::Question {
            return None;
        }
        match &self.session().and_then(Session::question)?.kind {
            QuestionKind::Task(t) => Some(t),
            _ => None,
        }
    }

    fn typing(&self) -> bool {
        self.screen() == Screen::Question
            && self
                .session()
                .and_then(Session::question)
                .is_some_and(|q| is_typed(&q.kind))
    }

    /// Key → message, depending on the screen.
    pub fn on_key(&self, key: KeyEvent) -> Option<Msg> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        // AltGr arrives as Ctrl+Alt on Windows: those are characters, not shortcuts.
        let shortcut = ctrl && !key.modifiers.contains(KeyModifiers::ALT);
        if self.confirm().is_some() {
            return dialog_key(key.code).map(|d| match d {
                DialogKey::Switch => Msg::ConfirmSwitch,
                DialogKey::Activate => Msg::ConfirmActivate,
                DialogKey::Cancel => Msg::ConfirmCancel,
            });
        }
        if shortcut {
            return matches!(key.code, KeyCode::Char('c' | 'q')).then_some(Msg::AskQuit);
        }
        if self.screen() == Screen::Stored && key.code == KeyCode::Esc && self.naming().is_none() {
            return Some(Msg::Back);
        }
        if let Some(msg) = self.history_key(key.code) {
            return Some(msg);
        }
        if self.screen() == Screen::Resume {
            return match key.code {
                KeyCode::Esc | KeyCode::Char('l' | 'L') => Some(Msg::Later),
                KeyCode::Char('a' | 'A') | KeyCode::Delete => Some(Msg::Abandon),
                KeyCode::Up => Some(Msg::Up),
                KeyCode::Down => Some(Msg::Down),
                KeyCode::Enter => Some(Msg::Validate),
                KeyCode::Char(c @ '1'..='9') => Some(Msg::Pick(c as usize - '1' as usize)),
                _ => None,
            };
        }
        if self.age_choice().is_some() {
            return match key.code {
                KeyCode::Up => Some(Msg::Up),
                KeyCode::Down => Some(Msg::Down),
                KeyCode::Enter => Some(Msg::Validate),
                KeyCode::Esc | KeyCode::Left => Some(Msg::Back),
                KeyCode::Char('0') => Some(Msg::PickDontKnow),
                KeyCode::Char(c @ '1'..='9') => Some(Msg::Pick(c as usize - '1' as usize)),
                _ => None,
            };
        }
        if self.naming().is_some() {
            return match key.code {
                KeyCode::Enter => Some(Msg::Validate),
                KeyCode::Esc => Some(Msg::Back),
                KeyCode::Backspace => Some(Msg::Erase),
                KeyCode::Char(c) => Some(Msg::Input(c)),
                _ => None,
            };
        }
        match (self.task_on_screen(), key.code) {
            (_, KeyCode::Esc) => return Some(Msg::AskQuit),
            // Every other key is an attempt: Entrée, ← or ? may be the key asked for.
            (Some(Task::Key { .. }), code) => return Some(Msg::Press(pressed(code))),
            (Some(Task::Click { .. }), KeyCode::Char('n' | 'N')) => return Some(Msg::NoMouse),
            _ => {}
        }
        let text = self.typing();
        if let Some(p) = paging(key.code).filter(|_| !text && self.paged()) {
            return Some(Msg::Page(p));
        }
        match key.code {
            KeyCode::Up => Some(Msg::Up),
            KeyCode::Down => Some(Msg::Down),
            KeyCode::Enter => Some(Msg::Validate),
            // In a typed answer, ← → Home End move the caret; ← goes back only when empty.
            KeyCode::Left if text && !self.input().text.is_empty() => {
                Some(Msg::Caret(CaretMove::Left))
            }
            KeyCode::Right if text => Some(Msg::Caret(CaretMove::Right)),
            KeyCode::Home if text => Some(Msg::Caret(CaretMove::Home)),
            KeyCode::End if text => Some(Msg::Caret(CaretMove::End)),
            KeyCode::Delete if text => Some(Msg::EraseForward),
            KeyCode::Left => Some(Msg::Back),
            // The trainings without paging through the whole results text.
            KeyCode::Right if self.screen() == Screen::Results => Some(Msg::NextScreen),
            KeyCode::Backspace if text && self.input().caret > 0 => Some(Msg::Erase),
            KeyCode::Backspace if text && !self.input().text.is_empty() => None,
            KeyCode::Backspace => Some(Msg::Back),
            KeyCode::Char('?') if !text || self.input().text.is_empty() => Some(Msg::DontKnow),
            KeyCode::Char(c) if text => Some(Msg::Input(c)),
            KeyCode::Char(' ') => Some(Msg::Toggle),
            KeyCode::Char('0') => Some(Msg::PickDontKnow),
            KeyCode::Char(c @ '1'..='9') => Some(Msg::Pick(c as usize - '1' as usize)),
            KeyCode::Char('m' | 'M') if self.screen() == Screen::Results => {
                Some(Msg::ToggleMediator)
            }
            KeyCode::Char('f' | 'F') if matches!(self.screen(), Screen::Picker | Screen::Intro) => {
                Some(Msg::ToggleFalc)
            }
            KeyCode::Char('n' | 'N') if self.screen() == Screen::Intro && self.can_name() => {
                Some(Msg::EditName)
            }
            KeyCode::Char('a' | 'A') if self.screen() == Screen::Intro && self.can_set_age() => {
                Some(Msg::EditAge)
            }
            KeyCode::Char('c' | 'C')
                if self.screen() == Screen::Intro && self.can_set_commune() =>
            {
                Some(Msg::EditCommune)
            }
            // Where a letter is typed (a text answer), only the button reads aloud.
            KeyCode::Char('l' | 'L') if self.can_read_aloud() => Some(Msg::ReadAloud),
            _ => None,
        }
    }

    /// The list of stored results and one of them: print (I, or P as in "print") and
    /// export (E); not while a path is typed.
    fn history_key(&self, code: KeyCode) -> Option<Msg> {
        if !matches!(self.screen(), Screen::History | Screen::Stored) || self.naming().is_some() {
            return None;
        }
        match code {
            KeyCode::Char('i' | 'I' | 'p' | 'P') => Some(Msg::Print),
            KeyCode::Char('e' | 'E') => Some(Msg::Export),
            _ => None,
        }
    }

    /// Screens where PageUp, PageDown, Home and End move through a long text or a list.
    fn paged(&self) -> bool {
        matches!(
            self.screen(),
            Screen::Intro
                | Screen::Results
                | Screen::Orientation
                | Screen::History
                | Screen::Stored
        )
    }

    /// Mouse → message: only a left-button press during a click task. `at_ms` is the time
    /// of the event, from the run loop, so that double clicks can be told.
    pub fn click_task_on_screen(&self) -> bool {
        matches!(self.task_on_screen(), Some(Task::Click { .. }))
    }

    pub fn just_after_task_click(&self, at_ms: u64) -> bool {
        self.last_task_click().is_some_and(|t| {
            at_ms.saturating_sub(t) < crate::diagnostic::abilities::DOUBLE_CLICK_MS
        })
    }

    /// A left click while a click task is on screen: where and when, for the task to judge.
    pub fn on_task_click(&self, m: MouseEvent, at_ms: u64) -> Option<Msg> {
        let down = m.kind == MouseEventKind::Down(MouseButton::Left);
        (down && self.click_task_on_screen() && self.confirm().is_none()).then_some(Msg::Click {
            column: m.column,
            row: m.row,
            at_ms,
        })
    }
}

fn paging(code: KeyCode) -> Option<Paging> {
    match code {
        KeyCode::PageUp => Some(Paging::Up),
        KeyCode::PageDown => Some(Paging::Down),
        KeyCode::Home => Some(Paging::Home),
        KeyCode::End => Some(Paging::End),
        _ => None,
    }
}

/// The key as a task compares it.
fn pressed(code: KeyCode) -> Pressed {
    match code {
        KeyCode::Enter => Pressed::Named(NamedKey::Enter),
        KeyCode::Backspace => Pressed::Named(NamedKey::Backspace),
        KeyCode::Tab => Pressed::Named(NamedKey::Tab),
        KeyCode::Delete => Pressed::Named(NamedKey::Delete),
        KeyCode::Up => Pressed::Named(NamedKey::Up),
        KeyCode::Down => Pressed::Named(NamedKey::Down),
        KeyCode::Left => Pressed::Named(NamedKey::Left),
        KeyCode::Right => Pressed::Named(NamedKey::Right),
        KeyCode::Home => Pressed::Named(NamedKey::Home),
        KeyCode::End => Pressed::Named(NamedKey::End),
        KeyCode::Char(' ') => Pressed::Named(NamedKey::Space),
        KeyCode::Char(c) => Pressed::Char(c),
        _ => Pressed::Other,
    }
}

/// What a key does in a two-button dialog ("Continuer / Quitter", the kiosk's "Arrêter ?").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogKey {
    Switch,
    Activate,
    Cancel,
}

/// Arrows and Tab move between the buttons, Entrée presses the focused one, Échap closes.
pub fn dialog_key(code: KeyCode) -> Option<DialogKey> {
    match code {
        KeyCode::Left
        | KeyCode::Right
        | KeyCode::Tab
        | KeyCode::BackTab
        | KeyCode::Up
        | KeyCode::Down => Some(DialogKey::Switch),
        KeyCode::Enter => Some(DialogKey::Activate),
        KeyCode::Esc => Some(DialogKey::Cancel),
        _ => None,
    }
}
