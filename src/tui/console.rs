//! The console window the program runs in. On Windows a double-clicked diagnum.exe gets a
//! console of its own, which closes the moment the program ends, taking the results shown
//! in it along: then, and only then, the window waits for Enter.

use std::io::{BufRead, IsTerminal, Write};

use crate::i18n::Tr;

/// Waits for Enter when this process is alone on a console that Windows opened for it
/// (double-click, shortcut) and someone can press the key. Elsewhere it does nothing.
pub fn keep_window_open(tr: &Tr) {
    if !diagnum_winconsole::alone_on_console() || !std::io::stdin().is_terminal() {
        return;
    }
    let mut out = std::io::stdout();
    let _ = write!(out, "\n{} ", tr.t("console-press-enter"));
    let _ = out.flush();
    let _ = std::io::stdin().lock().read_line(&mut String::new());
}

/// Ctrl+Break (and Ctrl+C, outside raw mode) leave the program running: the kiosk. Only
/// Windows needs it; Unix signals are handled in `tui::kiosk::lock_signals`.
pub fn ignore_break() -> std::io::Result<()> {
    diagnum_winconsole::ignore_break()
}
