//! The lines of a session file. Every line is `{"v":1,"t":"<kind>",…}`.

use serde::{Deserialize, Serialize};

use crate::bank::{Lieu, Mode};
use crate::diagnostic::outcome::Outcome;
use crate::diagnostic::session::Answer;
use crate::records::date::Timestamp;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub enum Record {
    Start(Header),
    Answer(AnswerLine),
    /// The session was taken up again (after a crash or a closed window).
    Resumed {
        at: Timestamp,
    },
    Result(Box<Summary>),
    Abandoned {
        at: Timestamp,
    },
}

/// How a session was run: written in its header as "tui", "plain" or "kiosk", as it
/// always was, so that every journal ever written still reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunMode {
    /// The full screen, with a médiateur at hand.
    Tui,
    /// Line by line (`--plain`).
    Plain,
    /// A visitor alone at a kiosk.
    Kiosk,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Header {
    pub id: String,
    pub bank: String,
    pub bank_title: String,
    pub bank_version: String,
    /// Lets a resume or a re-reading tell that the bank file changed since.
    pub bank_hash: String,
    pub started: Timestamp,
    pub lang: String,
    pub seed: u64,
    pub falc: bool,
    pub mode: RunMode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudonym: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commune: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AnswerLine {
    /// Position in the session (0-based): a later line with the same position replaces an
    /// earlier one (the person went back and answered again).
    pub pos: usize,
    /// Question id, to notice a bank that changed under a session.
    pub q: String,
    pub answer: Answer,
    pub at: Timestamp,
}

/// What the person saw at the end, kept whole so the result can be shown, printed and
/// exported later even if the bank has changed or gone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub at: Timestamp,
    pub questions: usize,
    /// Linear or adaptive: how "questions asked out of how many" reads.
    #[serde(default)]
    pub mode: Mode,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lieu: Option<Lieu>,
    /// The lieux de médiation numérique near the person, when the lieux file was imported
    /// and a commune given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local: Option<crate::diagnostic::lieux::Local>,
}

#[derive(Serialize)]
struct Versioned<'a> {
    v: u32,
    #[serde(flatten)]
    record: &'a Record,
}

#[derive(Deserialize)]
struct VersionedOwned {
    v: u32,
    #[serde(flatten)]
    record: Record,
}

pub fn to_line(record: &Record) -> std::io::Result<Vec<u8>> {
    serde_json::to_vec(&Versioned {
        v: super::FORMAT,
        record,
    })
    .map_err(std::io::Error::other)
}

/// A line of a known version, or `None` (torn, foreign or from a newer diagnum).
pub fn from_line(line: &str) -> Option<Record> {
    serde_json::from_str::<VersionedOwned>(line)
        .ok()
        .filter(|l| l.v == super::FORMAT)
        .map(|l| l.record)
}
