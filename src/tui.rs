//! The full-screen front end: a thin layer of keys and drawing over the pure core.

mod answer_input;
pub mod app;
mod history;
mod resume;
pub mod theme;
pub mod view;

use std::io::{self, IsTerminal};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event;

pub use app::{App, Msg, PickerEntry, Screen};

/// Whether a full-screen UI can run here (both ends are a terminal).
pub fn is_terminal() -> bool {
    io::stdin().is_terminal() && io::stdout().is_terminal()
}

impl App {
    /// Blocking loop: draw, wait for a key, update. Resizes just cause a redraw.
    pub fn run(mut self, terminal: &mut DefaultTerminal) -> io::Result<App> {
        // The Linux text console ignores the alternate screen: clear it ourselves.
        terminal.clear()?;
        while !self.quit {
            terminal.draw(|f| f.render_widget(&self, f.area()))?;
            // Only presses: Windows also reports releases, which would double every key.
            if let Some(key) = event::read()?.as_key_press_event()
                && let Some(msg) = self.on_key(key)
            {
                self.update(msg);
            }
        }
        terminal.clear()?;
        Ok(self)
    }
}

#[cfg(test)]
mod results_tests;
#[cfg(test)]
mod tests;
