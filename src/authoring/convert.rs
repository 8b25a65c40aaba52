//! Banks to and from the formats trainers already have: Moodle GIFT and Aiken in, GIFT
//! out. An import keeps what our format can say, and says line by line what it dropped.

use crate::bank::Choice;
use crate::i18n::{Arg, Tr};

pub mod aiken;
pub mod gift;
pub mod gift_out;
pub mod markup;
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
    /// What could not be converted, or was changed, by line of the source file.
    pub notes: Vec<Note>,
    /// Questions whose HTML, Markdown or format marks were turned into plain text.
    pub formatted: usize,
}

/// The text of a file as the importers read it: no byte order mark, `\n` line ends (a
/// Windows `\r\n` or an old Mac `\r` alike).
pub(crate) fn normalized(src: &str) -> String {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    src.replace("\r\n", "\n").replace('\r', "\n")
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
    // Not imported.
    /// A GIFT question type we have no equivalent for (numerical, matching, essay, cloze).
    Unsupported(&'static str),
    /// Text without an answer block (a GIFT "description").
    Description,
    NoRightAnswer,
    TooFewChoices,
    Unclosed,
    /// Two answer blocks `{…}` in one question (a Cloze text written in GIFT).
    SeveralBlocks,
    AikenAnswer(String),
    AikenNoAnswer,
    /// An Aiken choice or `ANSWER:` line with no question before it.
    AikenNotStarted,
    /// The same letter for two choices of an Aiken question.
    AikenSameLetter(char),
    /// A question the loader would refuse, with the first problem it has.
    Unusable(String),
    // Imported, to be read again.
    /// An answer worth part of the points in Moodle, counted wrong here.
    PartialWrong {
        answer: String,
        percent: String,
    },
    /// Right choices of different weights: each counts the same here.
    UnequalWeights,
    /// Several `=` answers: Moodle takes any one; here all are to be ticked.
    SeveralRight,
    /// Moodle's `*`, "any other answer".
    CatchAll,
    /// An accepted answer of signs only (`=@`): punctuation counts for this question.
    Punctuation(String),
    /// Pictures, sounds or videos replaced by a mark (`image`, `sound`, `video`, `embed`).
    Media {
        kind: &'static str,
        count: usize,
    },
    /// A question not separated from the previous one by a blank line.
    MissingBlankLine,
    /// `####` written after the closing brace.
    LateFeedback,
    /// The file was not UTF-8 and was read in this encoding.
    Encoding(&'static str),
    // Export.
    /// Export: a question of a type GIFT has no equivalent for, with its id.
    NotExported(String, &'static str),
    /// Export: the text-answer tolerance, which GIFT cannot say.
    Tolerance(String),
}

impl NoteKind {
    /// Whether the note is about something left out (rather than imported with a change).
    pub fn is_skip(&self) -> bool {
        use NoteKind as K;
        matches!(
            self,
            K::Unsupported(_)
                | K::Description
                | K::NoRightAnswer
                | K::TooFewChoices
                | K::Unclosed
                | K::SeveralBlocks
                | K::AikenAnswer(_)
                | K::AikenNoAnswer
                | K::AikenNotStarted
                | K::AikenSameLetter(_)
                | K::Unusable(_)
                | K::NotExported(..)
        )
    }
}

impl Note {
    pub fn message(&self, tr: &Tr) -> String {
        let line = Arg::from(self.line);
        let s = |v: &String| Arg::from(crate::text::clean(v));
        let (id, mut args): (&str, Vec<(&str, Arg)>) = match &self.kind {
            NoteKind::Unsupported(what) => ("import-unsupported", vec![("what", Arg::from(*what))]),
            NoteKind::Description => ("import-description", vec![]),
            NoteKind::NoRightAnswer => ("import-no-right-answer", vec![]),
            NoteKind::TooFewChoices => ("import-too-few-choices", vec![]),
            NoteKind::Unclosed => ("import-unclosed", vec![]),
            NoteKind::SeveralBlocks => ("import-several-blocks", vec![]),
            NoteKind::AikenAnswer(a) => ("import-aiken-answer", vec![("answer", s(a))]),
            NoteKind::AikenNoAnswer => ("import-aiken-no-answer", vec![]),
            NoteKind::AikenNotStarted => ("import-aiken-not-started", vec![]),
            NoteKind::AikenSameLetter(c) => (
                "import-aiken-same-letter",
                vec![("letter", Arg::from(c.to_string()))],
            ),
            NoteKind::Unusable(why) => ("import-unusable", vec![("why", s(why))]),
            NoteKind::PartialWrong { answer, percent } => (
                "import-partial-wrong",
                vec![("answer", s(answer)), ("percent", s(percent))],
            ),
            NoteKind::UnequalWeights => ("import-unequal-weights", vec![]),
            NoteKind::SeveralRight => ("import-several-right", vec![]),
            NoteKind::CatchAll => ("import-catch-all", vec![]),
            NoteKind::Punctuation(a) => ("import-punctuation", vec![("answer", s(a))]),
            NoteKind::Media { kind, count } => (
                "import-media",
                vec![("kind", Arg::from(*kind)), ("count", Arg::from(*count))],
            ),
            NoteKind::MissingBlankLine => ("import-missing-blank-line", vec![]),
            NoteKind::LateFeedback => ("import-late-feedback", vec![]),
            NoteKind::Encoding(e) => ("import-encoding", vec![("encoding", Arg::from(*e))]),
            NoteKind::NotExported(q, kind) => (
                "export-not-exported",
                vec![("id", s(q)), ("kind", Arg::from(*kind))],
            ),
            NoteKind::Tolerance(q) => ("export-tolerance", vec![("id", s(q))]),
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
                ..Imported::default()
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
