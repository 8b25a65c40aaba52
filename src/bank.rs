//! Question banks: the validated model the rest of the program uses, and how a TOML file
//! becomes one (parse → raw sections → semantic checks), with every problem located.

mod catalog;
mod checker;
mod crcn;
mod lint;
pub(crate) mod parse;
pub mod raw;
pub mod service;
pub mod source;
mod syntax;
pub mod table;
pub mod task;
mod validate;

pub use crate::problems::{Problem, ProblemKind, Severity};
pub use catalog::{CatalogLookup, parse_catalog};
pub use crcn::{CRCN, crcn_domain};
pub use raw::{Category, RawLieu as Lieu};
pub use service::Service;
pub use task::{Key, NamedKey, Task};
pub use validate::{SECTIONS, load_bank, parse_bank};

use crate::text::Tolerance;
use serde::{Deserialize, Serialize};

pub const BANK_SCHEMA: &str = "diagnum/1";
pub const CATALOG_SCHEMA: &str = "diagnum-catalog/1";
/// Bank files are written by hand; anything this large is a mistake, not a bank.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// What a load produced: the value when there was no error, and every problem found
/// (errors and warnings), sorted by position.
#[derive(Debug)]
pub struct Loaded<T> {
    pub value: Option<T>,
    pub problems: Vec<Problem>,
}

impl<T> Loaded<T> {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bank {
    pub id: String,
    pub title: String,
    pub version: String,
    pub lang: String,
    pub description: String,
    pub estimated_minutes: u32,
    pub authors: Vec<String>,
    pub license: String,
    pub shuffle_questions: bool,
    /// The program first asks which device the person uses (`ask_device = true`), and
    /// leaves out the questions written for the other one.
    pub ask_device: bool,
    pub mode: Mode,
    /// Adaptive mode: the most questions asked (neutralised tasks not counted).
    pub max_questions: Option<usize>,
    /// Levels every competence is meant to have questions at (empty: not declared).
    pub levels: Vec<u8>,
    pub competences: Vec<Competence>,
    pub paliers: Vec<Palier>,
    pub questions: Vec<Question>,
    pub rules: Vec<Rule>,
    pub trainings: Vec<Training>,
    pub lieu: Option<Lieu>,
    /// FNV-1a of the source text, so stored results can tell that a bank changed.
    pub hash: String,
}

impl Bank {
    pub fn competence(&self, id: &str) -> Option<&Competence> {
        self.competences.iter().find(|c| c.id == id)
    }
    pub fn training(&self, id: &str) -> Option<&Training> {
        self.trainings.iter().find(|t| t.id == id)
    }
    pub fn palier(&self, id: &str) -> Option<&Palier> {
        self.paliers.iter().find(|p| p.id == id)
    }
    /// The training to propose in place of `t` to a person who uses only `device`: the
    /// first of the bank's trainings written for that device at the same APTIC level, or
    /// the closest level below. `None` when there is none.
    pub fn device_substitute(&self, t: &Training, device: Device) -> Option<&Training> {
        (1..=t.aptic_level).rev().find_map(|level| {
            self.trainings
                .iter()
                .find(|x| x.device == Some(device) && x.aptic_level == level)
        })
    }

    /// The most questions a run can ask: all of them, or `max_questions` when adaptive.
    pub fn most_questions(&self) -> usize {
        let n = self.questions.len();
        match (self.mode, self.max_questions) {
            (Mode::Adaptive, Some(m)) => m.min(n),
            _ => n,
        }
    }
}

/// Every question in order (`Linear`), or a Pix-style selection by tube (`Adaptive`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    #[default]
    Linear,
    Adaptive,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Competence {
    pub id: String,
    pub label: String,
    pub crcn: Option<String>,
    pub domain: String,
    pub description: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Palier {
    pub id: String,
    pub title: String,
    pub min_percent: u32,
    pub learner: String,
    pub mediator: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    pub id: String,
    pub competences: Vec<String>,
    pub tube: Option<String>,
    pub level: u8,
    pub prompt: String,
    pub prompt_falc: Option<String>,
    pub explanation: Option<String>,
    /// Written for people who use this device (`None`: for everyone).
    pub device: Option<Device>,
    pub kind: QuestionKind,
}

impl Question {
    /// The wording to show: the plain-language (FALC) one when asked for and written.
    pub fn wording(&self, falc: bool) -> &str {
        match (&self.prompt_falc, falc) {
            (Some(f), true) => f,
            _ => &self.prompt,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scoring {
    AllOrNothing,
    Partial,
}

#[derive(Debug, Clone, PartialEq)]
pub enum QuestionKind {
    Single {
        choices: Vec<Choice>,
        shuffle: bool,
    },
    Multiple {
        choices: Vec<Choice>,
        shuffle: bool,
        scoring: Scoring,
    },
    /// Items to put back in order; `items` is the right order.
    Order {
        items: Vec<String>,
        scoring: Scoring,
    },
    Text {
        accept: Vec<String>,
        wrong: Vec<WrongAnswer>,
        tolerance: Tolerance,
    },
    /// A hands-on task, run by the front end.
    Task(Task),
    /// The médiateur says what they saw the person do: oui / avec aide / non.
    Observation,
    /// The person says what they think they can do: seul / avec de l'aide / pas du tout.
    /// Scored apart from what is measured.
    SelfAssessment,
}

impl QuestionKind {
    pub fn choices(&self) -> &[Choice] {
        match self {
            QuestionKind::Single { choices, .. } | QuestionKind::Multiple { choices, .. } => {
                choices
            }
            _ => &[],
        }
    }

    /// How many lines the person picks from or arranges (choices, items, or the three
    /// steps of a rating).
    pub fn option_count(&self) -> usize {
        match self {
            QuestionKind::Order { items, .. } => items.len(),
            QuestionKind::Observation | QuestionKind::SelfAssessment => 3,
            k => k.choices().len(),
        }
    }

    /// Observations and self-assessments: answered on a three-step scale.
    pub fn is_rating(&self) -> bool {
        matches!(
            self,
            QuestionKind::Observation | QuestionKind::SelfAssessment
        )
    }

    /// The text of choice or item `i`, in the bank's order (ratings: see `task::option_label`).
    pub fn option_text(&self, i: usize) -> &str {
        self.option_wording(i, false)
    }

    /// [`QuestionKind::option_text`], in FALC when asked for and written for that choice.
    pub fn option_wording(&self, i: usize, falc: bool) -> &str {
        match self {
            QuestionKind::Order { items, .. } => items.get(i).map_or("", String::as_str),
            k => k.choices().get(i).map_or("", |c| c.wording(falc)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Choice {
    pub text: String,
    /// The FALC wording, shown instead of `text` when FALC is on.
    pub text_falc: Option<String>,
    pub correct: bool,
    pub feedback: Option<String>,
}

impl Choice {
    /// The wording to show: the FALC one when asked for and written.
    pub fn wording(&self, falc: bool) -> &str {
        match (&self.text_falc, falc) {
            (Some(f), true) => f,
            _ => &self.text,
        }
    }
}

/// The device a question or a training is written for (`device = "computer" | "phone"`).
/// A tablet counts as a phone: both are used by touch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Device {
    Computer,
    Phone,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WrongAnswer {
    pub answer: String,
    pub feedback: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub id: Option<String>,
    pub paliers: Vec<String>,
    pub when: Vec<Condition>,
    pub recommend: Vec<String>,
    pub message: Option<String>,
    pub stop: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub competence: String,
    pub test: Test,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Test {
    BelowPercent(u32),
    AtLeastPercent(u32),
    BelowLevel(u8),
    AtLeastLevel(u8),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Training {
    pub id: String,
    pub title: String,
    pub description: String,
    pub sessions: u32,
    pub duration_minutes: u32,
    pub aptic_level: u8,
    pub cheques: u32,
    /// Results stored before the services replaced the categories read as the service
    /// of their old category.
    #[serde(alias = "category", deserialize_with = "service::service_or_category")]
    pub service: Service,
    pub place: String,
    pub contact: String,
    /// Written for people who use this device (`None`: for everyone). Stored results
    /// written before this field existed read as `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<Device>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    pub id: String,
    pub title: String,
    pub version: String,
    pub lieu: Option<Lieu>,
    pub trainings: Vec<Training>,
}

/// FNV-1a 64: tiny, stable across versions and platforms (unlike `DefaultHasher`).
pub fn fnv1a(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}
