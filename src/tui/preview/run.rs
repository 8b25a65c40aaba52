//! The keys of the author's screen, and its loop.

use std::io;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, Event, KeyCode, KeyEvent, KeyModifiers};

use super::{Msg, Preview};
use crate::i18n::Tr;

pub fn on_key(k: KeyEvent) -> Option<Msg> {
    let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
    Some(match k.code {
        KeyCode::Char('c') if ctrl => Msg::Quit,
        KeyCode::Up | KeyCode::Char('k') => Msg::Up,
        KeyCode::Down | KeyCode::Char('j') => Msg::Down,
        KeyCode::PageUp => Msg::PageUp,
        KeyCode::PageDown => Msg::PageDown,
        KeyCode::Home => Msg::First,
        KeyCode::End => Msg::Last,
        KeyCode::Left => Msg::ScrollUp,
        KeyCode::Right | KeyCode::Char(' ') => Msg::ScrollDown,
        KeyCode::Char(c @ '0'..='9') => Msg::Digit(c as u8 - b'0'),
        KeyCode::Enter => Msg::Jump,
        KeyCode::Char('r' | 'R') | KeyCode::F(5) => Msg::Reload,
        KeyCode::Char('p' | 'P') => Msg::ToggleProblems,
        KeyCode::Char('q' | 'Q') | KeyCode::Esc => Msg::Quit,
        _ => return None,
    })
}

impl Preview {
    /// Draw, wait for a key, update; until the author quits.
    pub fn run(mut self, terminal: &mut DefaultTerminal, tr: &Tr) -> io::Result<()> {
        terminal.clear()?;
        while !self.quit {
            terminal.draw(|f| {
                let screen = super::view::Screen { preview: &self, tr };
                f.render_widget(screen, f.area());
            })?;
            if let Event::Key(k) = event::read()?
                && let Some(msg) = k.is_press().then(|| on_key(k)).flatten()
            {
                self.update(msg);
            }
        }
        terminal.clear()
    }
}
