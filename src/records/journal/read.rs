//! Reading a session file back. A crash can leave a half-written last line: it is ignored,
//! never fatal. A damaged line in the middle is skipped and counted. Bytes that are not
//! UTF-8 are read as U+FFFD rather than losing the line, and every text is made inert
//! (`inert`): no control character read from a session reaches a terminal.

use std::io;
use std::path::Path;

use super::record::{AnswerLine, Header, Record, Summary, from_line};
use crate::diagnostic::session::Answer;
use crate::records::date::Timestamp;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Read {
    pub header: Option<Header>,
    /// Every answer line, in writing order (replaying them rebuilds the session).
    pub answers: Vec<AnswerLine>,
    pub resumed: Vec<Timestamp>,
    pub summary: Option<Summary>,
    pub abandoned: Option<Timestamp>,
    /// Complete lines that could not be read.
    pub damaged: usize,
    /// Whether the file ends with a half-written line.
    pub torn: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Finished,
    Abandoned,
    /// Stopped before the end: a crash, a closed window, the end of input.
    Unfinished,
}

impl Read {
    pub fn status(&self) -> Status {
        if self.summary.is_some() {
            Status::Finished
        } else if self.abandoned.is_some() {
            Status::Abandoned
        } else {
            Status::Unfinished
        }
    }

    /// When the last thing happened in this session.
    pub fn last_activity(&self) -> Option<Timestamp> {
        let mut times: Vec<Timestamp> = self.answers.iter().map(|a| a.at).collect();
        times.extend(self.resumed.iter().copied());
        times.extend(self.summary.as_ref().map(|s| s.at));
        times.extend(self.abandoned);
        times.extend(self.header.as_ref().map(|h| h.started));
        times.into_iter().max()
    }
}

pub fn read(path: &Path) -> io::Result<Read> {
    let bytes = std::fs::read(path).map_err(held_elsewhere)?;
    Ok(parse(&bytes))
}

pub fn parse(bytes: &[u8]) -> Read {
    let mut out = Read::default();
    let complete = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    out.torn = complete < bytes.len();
    for line in bytes[..complete].split(|&b| b == b'\n') {
        if line.is_empty() {
            continue;
        }
        let rec = from_line(&super::inert::inert_json(&String::from_utf8_lossy(line)));
        match rec {
            Some(Record::Start(mut h)) if out.header.is_none() => {
                for s in [&mut h.pseudonym, &mut h.age_band, &mut h.commune]
                    .into_iter()
                    .flatten()
                {
                    *s = inert_line(s);
                }
                out.header = Some(h);
            }
            Some(Record::Answer(mut a)) => {
                if let Answer::Text(t) = &mut a.answer {
                    *t = inert_line(t);
                }
                out.answers.push(a);
            }
            Some(Record::Resumed { at }) => out.resumed.push(at),
            Some(Record::Result(s)) => out.summary = Some(*s),
            Some(Record::Abandoned { at }) => out.abandoned = Some(at),
            Some(Record::Start(_)) | None => out.damaged += 1,
        }
    }
    out
}

/// One line of text typed by someone: control characters (escape sequences included) go,
/// newlines become spaces.
pub fn inert_line(s: &str) -> String {
    crate::text::clean(s).replace('\n', " ")
}

/// Windows' "locked by another process" turned into `WouldBlock`; other errors unchanged.
fn held_elsewhere(e: io::Error) -> io::Error {
    const ERROR_LOCK_VIOLATION: i32 = 33;
    if cfg!(windows) && e.raw_os_error() == Some(ERROR_LOCK_VIOLATION) {
        io::Error::from(io::ErrorKind::WouldBlock)
    } else {
        e
    }
}

#[cfg(test)]
mod lock_tests {
    use super::*;

    #[test]
    fn other_errors_are_left_alone() {
        let e = held_elsewhere(io::Error::from(io::ErrorKind::NotFound));
        assert_eq!(e.kind(), io::ErrorKind::NotFound);
    }
}
