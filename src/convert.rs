//! Banks to and from the formats trainers already have: Moodle GIFT and Aiken in, GIFT
//! out. An import keeps what our format can say, and says line by line what it dropped.

use std::fmt::Write as _;

use crate::bank::Choice;
use crate::i18n::{Arg, Tr};
use crate::text::slug;

pub mod aiken;
pub mod gift;
pub mod gift_out;

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

/// A TOML string literal (quoted and escaped).
fn quoted(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

fn list(items: impl IntoIterator<Item = String>) -> String {
    format!("[{}]", items.into_iter().collect::<Vec<_>>().join(", "))
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

    /// The bank file: commented, with what the trainer still has to do at the top.
    pub fn to_toml(&self, name: &str, source: &str, tr: &Tr) -> String {
        let mut o = String::new();
        for line in tr
            .t_args(
                "import-header",
                &[("source", Arg::from(source.to_string()))],
            )
            .lines()
        {
            let _ = writeln!(o, "# {line}");
        }
        if !self.notes.is_empty() {
            let _ = writeln!(o, "#\n# {}", tr.t("import-header-notes"));
            for n in &self.notes {
                let _ = writeln!(o, "#   {source}:{}: {}", n.line, n.message(tr));
            }
        }
        let id = Some(slug(name)).filter(|s| !s.is_empty());
        let n = self.questions.len();
        let _ = write!(
            o,
            "\nschema = \"diagnum/1\"\n\n[bank]\nid = {}\ntitle = {}\nversion = \"1.0.0\"\n\
             lang = \"fr\"\nestimated_minutes = {}\n",
            quoted(&id.unwrap_or_else(|| "import".into())),
            quoted(name),
            n.div_ceil(2).max(1),
        );
        for c in &self.competences {
            let _ = write!(
                o,
                "\n[[competences]]\nid = {}\nlabel = {}\n",
                quoted(&c.id),
                quoted(&c.label)
            );
            match (&c.crcn, &c.domain) {
                (Some(code), _) => {
                    let _ = writeln!(o, "crcn = {}", quoted(code));
                }
                (None, d) => {
                    let d = d.clone().unwrap_or_else(|| tr.t("import-domain"));
                    let _ = writeln!(o, "domain = {}", quoted(&d));
                }
            }
        }
        for (id, min) in [("a-accompagner", 0), ("a-consolider", 50), ("autonome", 80)] {
            let title = tr.t(&format!("import-palier-{id}"));
            let _ = write!(
                o,
                "\n[[paliers]]\nid = \"{id}\"\ntitle = {}\nmin_percent = {min}\nlearner = {}\nmediator = {}\n",
                quoted(&title),
                quoted(&tr.t(&format!("import-palier-{id}-learner"))),
                quoted(&tr.t(&format!("import-palier-{id}-mediator"))),
            );
        }
        for q in &self.questions {
            write_question(&mut o, q);
        }
        o
    }
}

fn write_question(o: &mut String, q: &ImportedQuestion) {
    let kind = match &q.kind {
        ImportedKind::Single { .. } => "single",
        ImportedKind::Multiple { .. } => "multiple",
        ImportedKind::Text { .. } => "text",
    };
    let _ = write!(
        o,
        "\n[[questions]]\nid = {}\ntype = \"{kind}\"\ncompetence = {}\n",
        quoted(&q.id),
        quoted(&q.competence),
    );
    if let Some(t) = &q.tube {
        let _ = writeln!(o, "tube = {}", quoted(t));
    }
    let _ = writeln!(o, "level = {}\nprompt = {}", q.level, quoted(&q.prompt));
    if let Some(f) = &q.prompt_falc {
        let _ = writeln!(o, "prompt_falc = {}", quoted(f));
    }
    if let Some(e) = &q.explanation {
        let _ = writeln!(o, "explanation = {}", quoted(e));
    }
    let choices = |o: &mut String, choices: &[Choice]| {
        let _ = writeln!(o, "choices = [");
        for c in choices {
            let mut fields = vec![format!("text = {}", quoted(&c.text))];
            if c.correct {
                fields.push("correct = true".into());
            }
            if let Some(f) = &c.feedback {
                fields.push(format!("feedback = {}", quoted(f)));
            }
            let _ = writeln!(o, "  {{ {} }},", fields.join(", "));
        }
        let _ = writeln!(o, "]");
    };
    match &q.kind {
        ImportedKind::Single {
            choices: c,
            shuffle,
        } => {
            if let Some(s) = shuffle {
                let _ = writeln!(o, "shuffle = {s}");
            }
            choices(o, c);
        }
        ImportedKind::Multiple {
            choices: c,
            partial,
            shuffle,
        } => {
            if let Some(s) = shuffle {
                let _ = writeln!(o, "shuffle = {s}");
            }
            if *partial {
                let _ = writeln!(o, "scoring = \"partial\"");
            }
            choices(o, c);
        }
        ImportedKind::Text {
            accept,
            wrong,
            tolerance,
        } => {
            let _ = writeln!(o, "accept = {}", list(accept.iter().map(|a| quoted(a))));
            if !tolerance.is_empty() {
                let keys: Vec<String> = tolerance
                    .iter()
                    .map(|(k, v)| format!("{k} = {v}"))
                    .collect();
                let _ = writeln!(o, "tolerance = {{ {} }}", keys.join(", "));
            }
            if !wrong.is_empty() {
                let items = wrong.iter().map(|(a, f)| {
                    format!("{{ answer = {}, feedback = {} }}", quoted(a), quoted(f))
                });
                let _ = writeln!(o, "wrong = {}", list(items));
            }
        }
    }
}

/// Ids from titles when they make valid unique ids, else `q-N`.
pub(crate) fn unique_id(wanted: Option<&str>, n: usize, taken: &[ImportedQuestion]) -> String {
    let base = wanted
        .map(slug)
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
