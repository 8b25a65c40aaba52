//! The kiosk's loop: wait for an event at most until something on screen must change (the
//! warning, each second of its countdown), send the time as a message, then the event.
//! No event thread. Also the two things only the real terminal can do: clear the screen
//! and the scrollback between visitors, and make the job-control signals harmless.

use std::io::{self, Write};
use std::time::{Duration, Instant};

use ratatui::DefaultTerminal;
use ratatui::crossterm::Command;
use ratatui::crossterm::cursor::MoveTo;
use ratatui::crossterm::event::{self, DisableMouseCapture, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{Clear, ClearType};

use super::{Kiosk, KioskMsg};

/// The countdown and the admin's wait are redrawn at least this often.
const MAX_WAIT: Duration = Duration::from_secs(1);

impl Kiosk {
    /// Runs until the admin code is given. Errors are the terminal's (it went away).
    pub fn run(mut self, terminal: &mut DefaultTerminal) -> io::Result<()> {
        let start = Instant::now();
        crate::tui::stop::watch(true);
        clear(terminal)?;
        let mouse = self.setup.abilities.mouse;
        if mouse {
            crate::tui::capture_mouse()?;
        }
        let size = terminal.size()?;
        self.update(KioskMsg::Resize(size.width, size.height));
        let mut cleared = self.visitors_done;
        while !self.quit {
            self.update(KioskMsg::Tick(start.elapsed()));
            if self.visitors_done != cleared {
                clear(terminal)?;
                cleared = self.visitors_done;
            }
            terminal.draw(|f| f.render_widget(&self, f.area()))?;
            if !event::poll(self.next_wake())? {
                continue;
            }
            let event = event::read()?;
            let now = start.elapsed();
            self.update(KioskMsg::Tick(now));
            // Only presses: Windows also reports releases, which would double every key.
            let msg = match event {
                Event::Resize(w, h) => Some(KioskMsg::Resize(w, h)),
                Event::Mouse(m) => Some(self.on_mouse(m, now.as_millis() as u64)),
                e => e.as_key_press_event().map(|k| self.on_key(k)),
            };
            if let Some(msg) = msg {
                self.update(msg);
            }
        }
        if mouse {
            execute!(io::stdout(), DisableMouseCapture)?;
        }
        clear(terminal)
    }

    fn next_wake(&self) -> Duration {
        // While the fiche prints, its answer is looked for five times a second.
        let most = if self.printing() {
            Duration::from_millis(200)
        } else {
            MAX_WAIT
        };
        self.setup
            .idle
            .next_change(self.last_key, self.now)
            .clamp(Duration::from_millis(50), most)
    }
}

/// Erases the screen, then the scrollback (`ESC [3J`: what scrolled off the top, which a
/// visitor could otherwise scroll back to), then puts the cursor home.
pub fn clear_sequence() -> String {
    let mut s = String::new();
    for c in [ClearType::All, ClearType::Purge] {
        let _ = Clear(c).write_ansi(&mut s);
    }
    let _ = MoveTo(0, 0).write_ansi(&mut s);
    s
}

fn clear(terminal: &mut DefaultTerminal) -> io::Result<()> {
    let mut out = io::stdout();
    out.write_all(clear_sequence().as_bytes())?;
    out.flush()?;
    // Forget what was drawn, so the next frame is drawn whole.
    terminal.clear()
}

/// SIGINT, SIGQUIT and SIGTSTP do nothing while the kiosk runs. Raw mode already turns
/// Ctrl-C, Ctrl-\ and Ctrl-Z into keys; this covers the same signals sent another way.
/// SIGTERM and SIGHUP still stop the program (a shutdown, `systemctl stop`), through
/// `tui::stop`: screen erased, terminal given back, status 143 or 129.
#[cfg(unix)]
pub fn lock_signals() -> io::Result<()> {
    use std::sync::Arc;
    use std::sync::atomic::AtomicBool;

    use signal_hook::consts::{SIGINT, SIGQUIT, SIGTSTP};
    // A handler that only sets a flag nobody reads: the signal's default action is gone.
    let ignored = Arc::new(AtomicBool::new(false));
    for signal in [SIGINT, SIGQUIT, SIGTSTP] {
        signal_hook::flag::register(signal, Arc::clone(&ignored))?;
    }
    Ok(())
}

/// On Windows, raw mode turns Ctrl-C into a key and there is no job control, but Ctrl+Break
/// is always a signal: a console handler takes it.
#[cfg(not(unix))]
pub fn lock_signals() -> io::Result<()> {
    crate::tui::console::ignore_break()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clearing_also_erases_the_scrollback() {
        assert_eq!(clear_sequence(), "\x1b[2J\x1b[3J\x1b[1;1H");
    }

    /// If the signals were not locked, raising them would kill this test process.
    #[cfg(unix)]
    #[test]
    fn interrupt_and_quit_signals_do_not_stop_the_kiosk() {
        use signal_hook::consts::{SIGINT, SIGQUIT};
        lock_signals().unwrap();
        signal_hook::low_level::raise(SIGINT).unwrap();
        signal_hook::low_level::raise(SIGQUIT).unwrap();
    }
}
