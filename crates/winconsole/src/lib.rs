//! The Windows console calls diagnum needs, each behind a safe function. diagnum forbids
//! `unsafe` code; these calls cannot be made without it, so they live in this small crate,
//! whose every `unsafe` block is below. On other systems every function does nothing.

use std::io;

/// Ctrl+C and Ctrl+Break no longer end this process (the kiosk). In raw mode Ctrl+C is
/// already a key, but Ctrl+Break is always a signal on Windows, and its default handler ends
/// the program. Closing the window, logging off and shutting down keep their default.
pub fn ignore_break() -> io::Result<()> {
    imp::ignore_break()
}

/// When the console window is closed, or (see below) the user logs off or Windows shuts
/// down: `give_back` runs (on a thread Windows starts), then the process ends with `status`,
/// as on Unix for SIGTERM and SIGHUP. Windows ends the process anyway about 5 seconds after a
/// close, so `give_back` must be quick. Registered once; later calls do nothing.
///
/// Log-off and shut-down events only reach console programs that have not loaded
/// `user32.dll` (Windows' rule); the close event always does.
pub fn on_close(give_back: fn(), status: i32) -> io::Result<()> {
    imp::on_close(give_back, status)
}

/// Whether this process is alone on its console: Windows opened that console for it, so it
/// was started by a double-click or a shortcut, not from a terminal where a shell waits. The
/// window then closes as soon as the program ends.
pub fn alone_on_console() -> bool {
    imp::alone_on_console()
}

#[cfg(windows)]
mod imp {
    use std::io;

    use std::sync::OnceLock;

    use windows_sys::Win32::System::Console::{
        CTRL_BREAK_EVENT, CTRL_C_EVENT, CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT,
        GetConsoleProcessList, SetConsoleCtrlHandler,
    };
    use windows_sys::core::BOOL;

    /// What `on_close` was given.
    static CLOSING: OnceLock<(fn(), i32)> = OnceLock::new();

    /// Runs on a thread Windows creates. Handlers are called last registered first; this
    /// one passes every other event on (FALSE) to the next.
    unsafe extern "system" fn close_handler(event: u32) -> BOOL {
        let closing = matches!(
            event,
            CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT
        );
        match CLOSING.get() {
            Some((give_back, status)) if closing => {
                give_back();
                std::process::exit(*status)
            }
            _ => 0,
        }
    }

    pub fn on_close(give_back: fn(), status: i32) -> io::Result<()> {
        if CLOSING.set((give_back, status)).is_err() {
            return Ok(());
        }
        // SAFETY: as in `ignore_break`: a plain function, valid for the life of the
        // process, never removed.
        if unsafe { SetConsoleCtrlHandler(Some(close_handler), 1) } == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// Runs on a thread Windows creates; touches nothing but its argument.
    unsafe extern "system" fn handler(event: u32) -> BOOL {
        // TRUE: handled, nothing else runs. FALSE: the next handler (the default) runs.
        BOOL::from(event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT)
    }

    pub fn ignore_break() -> io::Result<()> {
        // SAFETY: `handler` is a plain function with the signature Windows expects; it stays
        // valid for the life of the process, and it is never removed.
        if unsafe { SetConsoleCtrlHandler(Some(handler), 1) } == 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    pub fn alone_on_console() -> bool {
        let mut ids = [0u32; 2];
        // SAFETY: the pointer and the length describe `ids`, which outlives the call. When
        // more processes share the console than fit, Windows only returns their number.
        let n = unsafe { GetConsoleProcessList(ids.as_mut_ptr(), ids.len() as u32) };
        // 0: no console at all (an error); 2 or more: a shell (or another program) shares it.
        n == 1
    }
}

#[cfg(not(windows))]
mod imp {
    use std::io;

    pub fn ignore_break() -> io::Result<()> {
        Ok(())
    }

    pub fn on_close(_give_back: fn(), _status: i32) -> io::Result<()> {
        Ok(())
    }

    pub fn alone_on_console() -> bool {
        false
    }
}
