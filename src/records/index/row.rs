//! What a listing shows of one session: enough for the list line, the filters and the
//! counts, a few hundred bytes instead of the whole session.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::records::date::Timestamp;
use crate::records::journal::{RunMode, Status};
use crate::records::store::Entry;
use crate::records::stored::Stored;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// Known from the file name, not stored in the line.
    #[serde(skip, default = "no_entry")]
    pub entry: Entry,
    #[serde(rename = "s")]
    pub started: Timestamp,
    /// Bank id, title and version: the same few strings on every row, shared.
    #[serde(rename = "b")]
    pub bank: Arc<str>,
    #[serde(rename = "bt")]
    pub bank_title: Arc<str>,
    #[serde(rename = "bv")]
    pub bank_version: Arc<str>,
    #[serde(rename = "m")]
    pub mode: RunMode,
    #[serde(rename = "p", default, skip_serializing_if = "Option::is_none")]
    pub pseudonym: Option<String>,
    #[serde(rename = "st", with = "status")]
    pub status: Status,
    /// The palier's title (or the sentence saying there were too few answers), for a
    /// finished session.
    #[serde(rename = "pa", default, skip_serializing_if = "Option::is_none")]
    pub palier: Option<Arc<str>>,
    #[serde(rename = "a")]
    pub answers: usize,
    #[serde(rename = "mn")]
    pub minutes: u64,
}

fn no_entry() -> Entry {
    Entry {
        id: String::new(),
        day: crate::records::date::Date {
            year: 1970,
            month: 1,
            day: 1,
        },
        path: std::path::PathBuf::new(),
    }
}

impl Row {
    /// The row of a session read in full (it has a header).
    pub fn of(s: &Stored) -> Row {
        let h = s.header();
        let text = |f: fn(&crate::records::journal::Header) -> &str| -> Arc<str> {
            Arc::from(h.map_or("", f))
        };
        Row {
            entry: s.entry.clone(),
            started: s.started(),
            bank: text(|h| &h.bank),
            bank_title: text(|h| &h.bank_title),
            bank_version: text(|h| &h.bank_version),
            mode: h.map_or(RunMode::Tui, |h| h.mode),
            pseudonym: h.and_then(|h| h.pseudonym.clone()),
            status: s.status(),
            palier: s
                .summary()
                .map(|x| Arc::from(x.outcome.palier.title.as_str())),
            answers: s.read.answers.len(),
            minutes: s.duration_minutes(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A row read back from the index; `None` for a damaged line. Made inert as session
    /// lines are (the index is a file anyone with access to the folder could edit).
    pub fn from_json(json: &str, entry: Entry) -> Option<Row> {
        use crate::records::journal::{inert::inert_json, read::inert_line};
        let mut row: Row = serde_json::from_str(&inert_json(json)).ok()?;
        row.entry = entry;
        row.pseudonym = row.pseudonym.map(|p| inert_line(&p));
        Some(row)
    }
}

/// The status as one word in the index.
mod status {
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::records::journal::Status;

    #[allow(clippy::trivially_copy_pass_by_ref)] // serde's `with` passes a reference
    pub fn serialize<S: Serializer>(s: &Status, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(match s {
            Status::Finished => "finished",
            Status::Abandoned => "abandoned",
            Status::Unfinished => "unfinished",
        })
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Status, D::Error> {
        Ok(match String::deserialize(d)?.as_str() {
            "finished" => Status::Finished,
            "abandoned" => Status::Abandoned,
            _ => Status::Unfinished,
        })
    }
}
