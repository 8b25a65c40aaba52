//! How a command ends. A success is text for standard output and an exit status; a failure
//! is a `UserError`, worded for the person in their language, with its own exit status.
//! `main` prints both in one place.

use std::io;

use crate::i18n::{Localized, Tr};

/// The command did what was asked.
pub const EXIT_OK: u8 = 0;
/// It could not (a broken bank, an unknown session, a file that cannot be written).
pub const EXIT_FAILED: u8 = 1;
/// It cannot run here or so (no terminal, no data folder, unreadable arguments).
pub const EXIT_USAGE: u8 = 2;
/// A plain run stopped by the end of standard input: the session can be resumed.
pub const EXIT_INTERRUPTED: u8 = 3;

/// What a successful command leaves: text for standard output, for standard error, and
/// the exit status (a plain run may end interrupted yet successfully).
#[derive(Debug, Default)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    pub code: u8,
}

impl Output {
    pub fn text(stdout: String) -> Output {
        Output {
            stdout,
            ..Output::default()
        }
    }
}

#[derive(Debug)]
pub enum UserError {
    /// Already worded for the person: a bank's problems, a session not found…
    Said(String),
    /// The full screen needs a terminal on both ends (Fluent id of the explanation).
    NotATerminal(&'static str),
    /// The results need a data folder.
    NoStore,
    /// The terminal or the disk failed under us.
    Io(io::Error),
    /// The very first drawing failed: this console cannot show the full screen.
    CannotDraw(io::Error),
}

impl From<String> for UserError {
    fn from(said: String) -> Self {
        UserError::Said(said)
    }
}

impl From<io::Error> for UserError {
    fn from(e: io::Error) -> Self {
        UserError::Io(e)
    }
}

/// What a shell reports for a command whose reader went away (`| head`): 128 + SIGPIPE.
pub const EXIT_CLOSED_PIPE: u8 = 141;

impl UserError {
    /// The reader of the output went away (`diagnum results export | head`): nothing to
    /// say, nobody left to read it.
    pub fn is_closed_pipe(&self) -> bool {
        matches!(self, UserError::Io(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }

    pub fn exit_code(&self) -> u8 {
        if self.is_closed_pipe() {
            return EXIT_CLOSED_PIPE;
        }
        match self {
            UserError::NotATerminal(_) | UserError::NoStore => EXIT_USAGE,
            UserError::Said(_) | UserError::Io(_) | UserError::CannotDraw(_) => EXIT_FAILED,
        }
    }
}

impl Localized for UserError {
    fn message(&self, tr: &Tr) -> String {
        match self {
            UserError::Said(s) => s.trim_end().to_string(),
            UserError::NotATerminal(id) => tr.t(id),
            UserError::NoStore => tr.t("store-none"),
            UserError::Io(e) => tr.t_args("io-error", &[("error", tr.io(e).into())]),
            UserError::CannotDraw(e) => {
                let why = tr.t_args("cannot-draw", &[("error", tr.io(e).into())]);
                if cfg!(windows) {
                    format!("{}\n\n{why}", tr.t("legacy-console"))
                } else {
                    why
                }
            }
        }
    }
}
