//! SIGTERM and SIGHUP while the full screen is up (`kill PID`, `systemctl stop`, a closed
//! terminal window; on Windows, the console window closed): the terminal is given back as it was (raw mode off, main screen, no
//! mouse reports, cursor shown), in kiosk mode the last visitor's screen is erased first,
//! and the program ends with 128 + the signal (143, 129). Every answer shown as saved is
//! already on disk, so an interrupted session can be resumed; a line cut mid-write is cut
//! off on reopen.

use std::io::{self, Write};

/// What a shell reports for a program stopped by SIGTERM (128 + 15).
pub const EXIT_SIGTERM: i32 = 143;
/// What a shell reports for a program stopped by SIGHUP (128 + 1).
pub const EXIT_SIGHUP: i32 = 129;

/// Starts watching for SIGTERM and SIGHUP (once per process). `kiosk`: erase the screen
/// and the scrollback before giving the terminal back.
#[cfg(unix)]
pub fn watch(kiosk: bool) {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                give_back(kiosk);
                std::process::exit(if signal == SIGHUP {
                    EXIT_SIGHUP
                } else {
                    EXIT_SIGTERM
                });
            }
        });
    });
}

/// Windows: closing the console window (and logging off, shutting down, where Windows tells
/// a console program) does what SIGTERM does on Unix: the terminal given back (kiosk: the
/// screen erased first), status 143. Windows ends the process about 5 s later in any case.
#[cfg(not(unix))]
pub fn watch(kiosk: bool) {
    fn plain() {
        give_back(false);
    }
    fn kiosk_screen() {
        give_back(true);
    }
    let _ = diagnum_winconsole::on_close(if kiosk { kiosk_screen } else { plain }, EXIT_SIGTERM);
}

/// The terminal as it was before the full screen, written in one go.
pub fn give_back(kiosk: bool) {
    let _ = io::stdout().write_all(restore_sequence(kiosk).as_bytes());
    let _ = io::stdout().flush();
    let _ = ratatui::crossterm::terminal::disable_raw_mode();
}

/// Mouse reports off, (kiosk: screen and scrollback erased,) main screen back, cursor shown
/// (kiosk: the main screen erased too).
pub fn restore_sequence(kiosk: bool) -> String {
    use ratatui::crossterm::Command;
    use ratatui::crossterm::cursor::Show;
    use ratatui::crossterm::event::DisableMouseCapture;
    use ratatui::crossterm::terminal::LeaveAlternateScreen;
    let mut s = String::new();
    let _ = DisableMouseCapture.write_ansi(&mut s);
    if kiosk {
        s.push_str(&super::kiosk::clear_sequence());
    }
    let _ = LeaveAlternateScreen.write_ansi(&mut s);
    if kiosk {
        s.push_str(&super::kiosk::clear_sequence());
    }
    let _ = Show.write_ansi(&mut s);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kiosk_erases_both_screens_and_gives_back_the_cursor() {
        let plain = restore_sequence(false);
        assert!(
            plain.contains("\x1b[?1049l") && plain.ends_with("\x1b[?25h"),
            "{plain:?}"
        );
        assert!(!plain.contains("\x1b[3J"));
        let kiosk = restore_sequence(true);
        assert_eq!(kiosk.matches("\x1b[3J").count(), 2, "{kiosk:?}");
        assert!(kiosk.find("\x1b[3J") < kiosk.find("\x1b[?1049l"));
    }
}
