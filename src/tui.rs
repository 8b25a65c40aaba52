//! The full-screen front end: a thin layer of keys, clicks and drawing over the pure core.

mod answer_input;
pub mod app;
pub mod console;
mod event;
pub(crate) mod keys;
pub mod kiosk;
pub mod look;
mod msg;
pub mod preview;
pub mod stop;
pub mod theme;
pub mod view;

use std::io::{self, IsTerminal};

use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::{event as term_event, execute};
use ratatui::layout::{Position, Rect};

pub use app::{App, AppEvent, Config, Msg, PickerEntry, Screen, Start};
pub use look::{Look, Spacing};
pub use theme::ThemeName;

/// Whether a full-screen UI can run here (both ends are a terminal).
pub fn is_terminal() -> bool {
    io::stdin().is_terminal() && io::stdout().is_terminal()
}

/// Why the full-screen UI stopped early.
#[derive(Debug)]
pub enum RunError {
    /// The very first drawing failed: this console cannot show the UI at all (the legacy
    /// Windows console, for one). Nothing was shown; the plain mode still works.
    CannotDraw(io::Error),
    Io(io::Error),
}

impl From<io::Error> for RunError {
    fn from(e: io::Error) -> Self {
        RunError::Io(e)
    }
}

/// How often the loop looks at what runs beside the screen (a fiche at the printer).
const TICK: Duration = Duration::from_millis(200);

impl App {
    /// Blocking loop: draw, wait for an event, update. Resizes just cause a redraw.
    pub fn run(mut self, terminal: &mut DefaultTerminal, mouse: bool) -> Result<App, RunError> {
        stop::watch(false);
        if mouse {
            capture_mouse()?;
        }
        let result = self.event_loop(terminal);
        if mouse {
            let _ = execute!(io::stdout(), DisableMouseCapture);
        }
        // The Linux text console ignores the alternate screen: clear it ourselves, or the
        // last screen stays behind the results printed after, and start them at the top
        // (clearing leaves the cursor where the last frame put it).
        terminal.clear()?;
        terminal.set_cursor_position(Position::ORIGIN)?;
        result.map(|()| self)
    }

    fn event_loop(&mut self, terminal: &mut DefaultTerminal) -> Result<(), RunError> {
        // Double clicks in click tasks are timed from here.
        let start = Instant::now();
        terminal.clear()?;
        let size = terminal.size()?;
        self.update(Msg::Resize(size.width, size.height));
        terminal
            .draw(|f| self.draw(f))
            .map_err(RunError::CannotDraw)?;
        while !self.quit() {
            if self.waiting() && !term_event::poll(TICK)? {
                self.update(Msg::Tick);
                terminal.draw(|f| self.draw(f))?;
                continue;
            }
            let event = term_event::read()?;
            // Ask the size rather than trust a resize event: conhost may report its buffer.
            let size = terminal.size()?;
            if (size.width, size.height) != self.size() {
                // A click task's target is placed from the size.
                self.update(Msg::Resize(size.width, size.height));
            }
            let area = Rect::from((Position::ORIGIN, size));
            let at_ms = start.elapsed().as_millis() as u64;
            let msg = self.on_event(&event, area, at_ms);
            let redraw = msg.is_some() || matches!(event, Event::Resize(..));
            if let Some(msg) = msg {
                let _ = self.update_at(msg, at_ms);
            }
            // Mouse moves and releases change nothing: no need to draw.
            if redraw {
                terminal.draw(|f| self.draw(f))?;
            }
        }
        Ok(())
    }
}

/// Turns mouse reports on, and makes sure a panic turns them off again along with the
/// rest of the terminal (ratatui's own hook does not know about the mouse).
pub(crate) fn capture_mouse() -> io::Result<()> {
    execute!(io::stdout(), EnableMouseCapture)?;
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));
    Ok(())
}

#[cfg(test)]
mod mediator_tests;
#[cfg(test)]
mod results_tests;
#[cfg(test)]
mod tests;
