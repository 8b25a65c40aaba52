//! Kiosk keys → messages. Pure. Every key gives a message, if only `Activity`, so any key
//! counts as someone being there. The keys people use to leave a program never reach the
//! diagnostic: Ctrl-anything (C, Z, \, D, Q…), F1–F12, and Échap except where it asks to
//! stop one's own diagnostic. `q` is only a letter (it may be part of a typed answer).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers, MouseEvent};

use super::{Kiosk, KioskMsg, KioskScreen};
use crate::tui::app::Msg;
use crate::tui::keys::{DialogKey, dialog_key};

impl Kiosk {
    pub fn on_key(&self, key: KeyEvent) -> KioskMsg {
        // AltGr arrives as Ctrl+Alt on Windows: those are characters, not shortcuts.
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL)
            && !key.modifiers.contains(KeyModifiers::ALT);
        if ctrl && matches!(key.code, KeyCode::Char('k' | 'K')) {
            return KioskMsg::ChordStep;
        }
        if self.warning().is_some() {
            return KioskMsg::StillHere;
        }
        if self.admin.is_some() {
            return match key.code {
                KeyCode::Enter => KioskMsg::AdminSubmit,
                KeyCode::Esc => KioskMsg::AdminCancel,
                KeyCode::Backspace => KioskMsg::AdminErase,
                KeyCode::Char(c) if !ctrl => KioskMsg::AdminInput(c),
                _ => KioskMsg::Activity,
            };
        }
        if self.stop.is_some() {
            return match dialog_key(key.code) {
                Some(DialogKey::Switch) => KioskMsg::StopSwitch,
                Some(DialogKey::Activate) => KioskMsg::StopActivate,
                Some(DialogKey::Cancel) => KioskMsg::StopCancel,
                None => KioskMsg::Activity,
            };
        }
        if ctrl || matches!(key.code, KeyCode::F(_)) {
            return KioskMsg::Refused;
        }
        match (self.screen, key.code) {
            (KioskScreen::Welcome, KeyCode::Enter) => KioskMsg::Start,
            (
                KioskScreen::Welcome,
                KeyCode::Left | KeyCode::Right | KeyCode::Up | KeyCode::Down | KeyCode::Tab,
            ) => KioskMsg::SwitchLang,
            (KioskScreen::Visitor, KeyCode::Esc) => KioskMsg::AskStop,
            (KioskScreen::Visitor, _) => self
                .visitor
                .as_ref()
                .and_then(|app| app.on_key(key))
                .map_or(KioskMsg::Activity, |m| match m {
                    // The diagnostic's own "quit?" would end the program: ours stops the visit.
                    Msg::AskQuit => KioskMsg::AskStop,
                    m => KioskMsg::App(m),
                }),
            (KioskScreen::End, KeyCode::Enter) => KioskMsg::Finish,
            (KioskScreen::End, KeyCode::Char('i' | 'I' | 'p' | 'P'))
                if self.setup.printer.is_some() =>
            {
                KioskMsg::Print
            }
            (_, KeyCode::Esc) => KioskMsg::Refused,
            _ => KioskMsg::Activity,
        }
    }

    /// The mouse: a click on the visitor's screen (a choice, a button, a click task's
    /// target); any other mouse event shows someone is there.
    pub fn on_mouse(&self, m: MouseEvent, at_ms: u64) -> KioskMsg {
        let plain = self.screen == KioskScreen::Visitor
            && self.warning().is_none()
            && self.admin.is_none()
            && self.stop.is_none();
        self.visitor
            .as_ref()
            .filter(|_| plain)
            .and_then(|app| {
                let area = ratatui::layout::Rect::new(0, 0, self.size.0, self.size.1);
                app.on_event(&ratatui::crossterm::event::Event::Mouse(m), area, at_ms)
            })
            .map_or(KioskMsg::Activity, |m| match m {
                // The "Quitter" button, like Échap: stops the visit, never the program.
                Msg::AskQuit => KioskMsg::AskStop,
                m => KioskMsg::App(m),
            })
    }
}
