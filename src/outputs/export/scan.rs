//! Reading only what the export needs from a session file. The result line carries the
//! whole outcome (explanations included) for `show` and `print`; an export over 100 000
//! sessions skips those parts, and reads answer lines for their time only.

use serde::Deserialize;

use crate::bank::Service;
use crate::diagnostic::needs::Need;
use crate::records::date::Timestamp;
use crate::records::journal::Header;
use crate::records::journal::inert::inert_json;
use crate::records::journal::read::Status;

#[derive(Debug, Deserialize)]
pub struct Brief {
    pub at: Timestamp,
    pub outcome: Outcome,
}

#[derive(Debug, Deserialize)]
pub struct Outcome {
    pub scores: Scores,
    pub palier: Palier,
    pub orientation: Orientation,
    /// False when the answers did not suffice for a palier (older results: true).
    #[serde(default = "yes")]
    pub conclusive: bool,
}

fn yes() -> bool {
    true
}

impl Outcome {
    /// What the person needs; results stored before needs were kept: the services of the
    /// recommended trainings.
    pub fn needs(&self) -> Vec<Need> {
        if self.orientation.needs.is_empty() {
            self.orientation
                .trainings
                .iter()
                .map(|t| Need {
                    service: t.service,
                    coop: None,
                })
                .collect()
        } else {
            self.orientation.needs.clone()
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct Scores {
    pub asked: usize,
    pub points: f64,
    /// What wrong picks cost (older results: nothing).
    #[serde(default)]
    pub guessed: f64,
    pub competences: Vec<Competence>,
}

impl Scores {
    /// As `diagnostic::scoring::Scores::percent`, from the stored figures.
    pub fn percent(&self) -> f64 {
        crate::diagnostic::scoring::percent_of(self.points, self.guessed, self.asked)
    }
}

#[derive(Debug, Deserialize)]
pub struct Competence {
    pub id: String,
    pub label: String,
    pub crcn: Option<String>,

    pub asked: usize,
    pub level: u8,
    /// False when too few answers for a level (older results: true).
    #[serde(default = "yes")]
    pub rated: bool,
}

#[derive(Debug, Deserialize)]
pub struct Palier {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Deserialize)]
pub struct Orientation {
    pub trainings: Vec<Training>,
    /// Results stored before needs were kept: none (`export` reads them from the rest).
    #[serde(default)]
    pub needs: Vec<Need>,
}

#[derive(Debug, Deserialize)]
pub struct Training {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub cheques: u32,
    #[serde(
        alias = "category",
        deserialize_with = "crate::bank::service::service_or_category"
    )]
    pub service: Service,
}

/// What an export row is made of.
#[derive(Debug)]
pub struct Scanned {
    pub header: Header,
    pub result: Option<Brief>,
    /// Start, answers and result times, for the duration.
    pub times: Vec<Timestamp>,
    pub status: Status,
}

const START: &str = "{\"v\":1,\"t\":\"start\"";
const ANSWER: &str = "{\"v\":1,\"t\":\"answer\"";
const RESULT: &str = "{\"v\":1,\"t\":\"result\"";
const ABANDONED: &str = "{\"v\":1,\"t\":\"abandoned\"";

pub fn scan(bytes: &[u8]) -> Option<Scanned> {
    // A byte that is not UTF-8 costs one character (U+FFFD), not the session.
    let text = String::from_utf8_lossy(bytes);
    let complete = text.rfind('\n').map_or(0, |i| i + 1);
    let mut header = None;
    let mut result = None;
    let mut times = Vec::new();
    let mut abandoned = false;
    for line in text[..complete].lines() {
        if line.starts_with(ANSWER) {
            // Answer lines end with "at":"<RFC 3339>"}: no need to parse the answer.
            if let Some(t) = line
                .strip_suffix("\"}")
                .and_then(|l| l.rsplit_once("\"at\":\""))
                .and_then(|(_, t)| Timestamp::parse_rfc3339(t))
            {
                times.push(t);
            }
        } else if line.starts_with(RESULT) {
            // Titles and labels made inert like every session text read back.
            result = serde_json::from_str::<Brief>(&inert_json(line)).ok();
        } else if line.starts_with(START) && header.is_none() {
            if let Some(crate::records::journal::Record::Start(h)) =
                crate::records::journal::record::from_line(&inert_json(line))
            {
                header = Some(h);
            }
        } else if line.starts_with(ABANDONED) {
            abandoned = true;
        }
    }
    let mut header: Header = header?;
    for s in [
        &mut header.pseudonym,
        &mut header.age_band,
        &mut header.commune,
    ]
    .into_iter()
    .flatten()
    {
        *s = crate::records::journal::read::inert_line(s);
    }
    times.push(header.started);
    times.extend(result.as_ref().map(|r| r.at));
    let status = match (&result, abandoned) {
        (Some(_), _) => Status::Finished,
        (None, true) => Status::Abandoned,
        (None, false) => Status::Unfinished,
    };
    Some(Scanned {
        header,
        result,
        times,
        status,
    })
}
