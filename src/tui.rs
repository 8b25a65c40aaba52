//! The full-screen front end: a thin layer of keys and drawing over the pure core.

mod answer_input;
pub mod app;
mod history;
mod keys;
pub mod kiosk;
mod resume;
pub mod theme;
pub mod view;

use std::io::{self, IsTerminal};

use std::time::Instant;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;

pub use app::{App, Msg, PickerEntry, Screen};

/// Whether a full-screen UI can run here (both ends are a terminal).
pub fn is_terminal() -> bool {
    io::stdin().is_terminal() && io::stdout().is_terminal()
}

impl App {
    /// Blocking loop: draw, wait for an event, update. Resizes are messages too: a click
    /// target's place depends on the size.
    pub fn run(mut self, terminal: &mut DefaultTerminal) -> io::Result<App> {
        // The Linux text console ignores the alternate screen: clear it ourselves.
        terminal.clear()?;
        let mouse = self.abilities.mouse;
        if mouse {
            execute!(io::stdout(), EnableMouseCapture)?;
        }
        let size = terminal.size()?;
        self.update(Msg::Resize(size.width, size.height));
        let start = Instant::now();
        while !self.quit {
            terminal.draw(|f| f.render_widget(&self, f.area()))?;
            let event = event::read()?;
            // Only presses: Windows also reports releases, which would double every key.
            let msg = match event {
                Event::Resize(w, h) => Some(Msg::Resize(w, h)),
                Event::Mouse(m) => self.on_mouse(m, start.elapsed().as_millis() as u64),
                e => e.as_key_press_event().and_then(|k| self.on_key(k)),
            };
            if let Some(msg) = msg {
                self.update(msg);
            }
        }
        if mouse {
            execute!(io::stdout(), DisableMouseCapture)?;
        }
        terminal.clear()?;
        Ok(self)
    }
}

#[cfg(test)]
mod results_tests;
#[cfg(test)]
mod tests;
