//! Banks to and from the formats trainers already have: Moodle GIFT and Aiken in, GIFT
//! out. An import keeps what our format can say, and says line by line what it dropped.

use crate::bank::Choice;
use crate::i18n::{Arg, Tr};

pub mod aiken;
pub mod gift;
pub mod gift_out;
mod toml_out;

/// The quiz formats `diagnum import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    Gift,
    Aiken,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum BankFormat {
    Gift,
}

/// A bank read from another format, before it is written as TOML.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Imported {
    pub competences: Vec<ImportedCompetence>,
    pub questions: Vec<ImportedQuestion>,
    /// What could not be converted, by line of the source file.
    pub notes: Vec<Note>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportedCompetence {
    pub id: String,
    pub label: String,
    pub crcn: Option<String>,
    pub domain: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ImportedQuestion {
    /// 1-based line where the question starts in the source.
    pub line: usize,
    pub id: String,
    pub competence: String,
    pub level: u8,
    pub tube: Option<String>,
    pub prompt: String,
    pub prompt_falc: Option<String>,
    pub explanation: Option<String>,
    pub kind: ImportedKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum ImportedKind {
    Single {
        choices: Vec<Choice>,
        /// `Some(false)` for "Vrai / Faux", which reads better in that order.
        shuffle: Option<bool>,
    },
    Multiple {
        choices: Vec<Choice>,
        partial: bool,
        shuffle: Option<bool>,
    },
    Text {
        accept: Vec<String>,
        /// Wrong answers with their feedback.
        wrong: Vec<(String, String)>,
        /// The keys of `tolerance` that differ from the default.
        tolerance: Vec<(String, String)>,
    },
}

/// Something of the source that the bank does not keep.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub line: usize,
    pub kind: NoteKind,
}

#[derive(Debug, Clone, PartialEq)]
pub enum NoteKind {
    /// A GIFT question type we have no equivalent for (numerical, matching, essay…).
    Unsupported(&'static str),
    /// Text without an answer block (a GIFT "description").
    Description,
    NoRightAnswer,
    TooFewChoices,
    Unclosed,
    /// Partial credit other than right / wrong, reduced to right or wrong.
    Weights,
    /// HTML tags removed from a question written in HTML.
    Html,
    AikenAnswer(String),
    AikenNoAnswer,
    /// Export: a question of a type GIFT has no equivalent for, with its id.
    NotExported(String, &'static str),
    /// Export: the text-answer tolerance, which GIFT cannot say.
    Tolerance(String),
    /// A question the loader would refuse, with the first problem it has.
    Unusable(String),
}

impl Note {
    pub fn message(&self, tr: &Tr) -> String {
        let line = Arg::from(self.line);
        let (id, mut args): (&str, Vec<(&str, Arg)>) = match &self.kind {
            NoteKind::Unsupported(what) => ("import-unsupported", vec![("what", Arg::from(*what))]),
            NoteKind::Description => ("import-description", vec![]),
            NoteKind::NoRightAnswer => ("import-no-right-answer", vec![]),
            NoteKind::TooFewChoices => ("import-too-few-choices", vec![]),
            NoteKind::Unclosed => ("import-unclosed", vec![]),
            NoteKind::Weights => ("import-weights", vec![]),
            NoteKind::Html => ("import-html", vec![]),
            NoteKind::AikenAnswer(a) => (
                "import-aiken-answer",
                vec![("answer", Arg::from(a.clone()))],
            ),
            NoteKind::AikenNoAnswer => ("import-aiken-no-answer", vec![]),
            NoteKind::NotExported(q, kind) => (
                "export-not-exported",
                vec![("id", Arg::from(q.clone())), ("kind", Arg::from(*kind))],
            ),
            NoteKind::Tolerance(q) => ("export-tolerance", vec![("id", Arg::from(q.clone()))]),
            NoteKind::Unusable(why) => ("import-unusable", vec![("why", Arg::from(why.clone()))]),
        };
        args.push(("line", line));
        tr.t_args(id, &args)
    }
}

impl Imported {
    /// Drops each question the loader would refuse (an empty answer, an answer that
    /// vanishes under the tolerance…) with a note saying why: the bank written always loads.
    pub fn keep_loadable(&mut self, tr: &Tr) {
        let questions = std::mem::take(&mut self.questions);
        for q in questions {
            let one = Imported {
                competences: self.competences.clone(),
                questions: vec![q.clone()],
                notes: vec![],
            };
            let text = one.to_toml("essai", "essai", tr);
            let loaded = crate::bank::parse_bank(&text, &|_| crate::bank::CatalogLookup::Missing);
            match loaded.errors().next() {
                None => self.questions.push(q),
                Some(p) => self.notes.push(Note {
                    line: q.line,
                    kind: NoteKind::Unusable(p.kind.message(tr)),
                }),
            }
        }
        self.notes.sort_by_key(|n| n.line);
    }
}
/// Ids from titles when they make valid unique ids, else `q-N`.
pub(crate) fn unique_id(wanted: Option<&str>, n: usize, taken: &[ImportedQuestion]) -> String {
    let base = wanted
        .map(crate::text::slug)
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| format!("q-{n}"));
    let mut id = base.clone();
    let mut k = 2;
    while taken.iter().any(|q| q.id == id) {
        id = format!("{base}-{k}");
        k += 1;
    }
    id
}
