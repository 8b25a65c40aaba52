//! What is read aloud of a screen: its essentials, in the order they are shown, without the
//! signs and key hints meant for the eye. A question is its wording (the FALC one when
//! FALC is on), then each choice with its number; the results are the palier's message to
//! the person, then the trainings. Everything in the bank's language, which is the voice's.

use super::words::speakable;
use crate::bank::{Bank, Question, QuestionKind, Task};
use crate::diagnostic::abilities::option_label;
use crate::diagnostic::outcome::Outcome;
use crate::i18n::{Arg, Lang, Tr};

/// Lines to say, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Script {
    pub lang: Lang,
    pub lines: Vec<String>,
}

impl Script {
    fn new(lang: Lang) -> Script {
        Script {
            lang,
            lines: Vec::new(),
        }
    }

    fn tr(&self) -> Tr {
        Tr::new(self.lang)
    }

    /// One more line to say (an empty one is left out): the screen's own lines, such as
    /// the lieux near the person after the trainings.
    pub fn push(&mut self, line: impl Into<String>) {
        let line = line.into();
        if !line.trim().is_empty() {
            self.lines.push(line);
        }
    }

    fn push_id(&mut self, id: &str, args: &[(&str, Arg)]) {
        let line = self.tr().t_args(id, args);
        self.push(line);
    }

    /// The text given to the voice: each line in words it says well, ended by a stop (a
    /// pause, and one sentence per line for readers that speak line by line).
    pub fn text(&self) -> String {
        let tr = self.tr();
        self.lines
            .iter()
            .map(|l| {
                let mut s = speakable(l, &tr);
                if !s.ends_with(['.', '!', '?', ':', ';', '…']) {
                    s.push('.');
                }
                s
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// The voice's language: the bank's, French when it names another.
pub fn lang_of(bank: &Bank) -> Lang {
    Lang::parse(&bank.lang).unwrap_or_default()
}

/// A question as shown: `order` is the display order of its choices (or of the items of an
/// ordering question, as the person has arranged them so far).
pub fn question(q: &Question, order: &[usize], falc: bool, lang: Lang) -> Script {
    let mut s = Script::new(lang);
    let tr = s.tr();
    match q.kind {
        QuestionKind::Observation => s.push(tr.t("question-observation")),
        QuestionKind::SelfAssessment => s.push(tr.t("question-self")),
        _ => {}
    }
    s.push(q.wording(falc));
    match &q.kind {
        QuestionKind::Task(Task::Type { text, .. }) => {
            s.push_id("speech-type-model", &[("text", Arg::from(text.clone()))]);
        }
        QuestionKind::Task(_) => {}
        QuestionKind::Text { .. } => s.push(tr.t("speech-write")),
        kind => {
            let (lead, line_id) = match kind {
                QuestionKind::Multiple { .. } => (Some("speech-several"), "speech-choice"),
                QuestionKind::Order { .. } => (Some("speech-order"), "speech-item"),
                _ => (None, "speech-choice"),
            };
            if let Some(lead) = lead {
                s.push(tr.t(lead));
            }
            for (pos, &i) in order.iter().enumerate() {
                let text = option_label(q, i, &tr);
                s.push_id(
                    line_id,
                    &[("n", Arg::from(pos + 1)), ("text", Arg::from(text))],
                );
            }
            let dont_know = match kind {
                QuestionKind::Observation => "answer-not-observed",
                _ => "answer-dont-know",
            };
            s.push_id(
                "speech-choice",
                &[("n", Arg::from(0)), ("text", Arg::from(tr.t(dont_know)))],
            );
        }
    }
    s
}

/// The introduction: the bank's title and description, and that "je ne sais pas" is fine.
pub fn intro(bank: &Bank) -> Script {
    let mut s = Script::new(lang_of(bank));
    s.push(bank.title.clone());
    s.push(bank.description.clone());
    let dont_know = s.tr().t("intro-dont-know");
    s.push(dont_know);
    s
}

/// The results: the palier reached and its message to the person, then the trainings.
pub fn results(o: &Outcome, lang: Lang) -> Script {
    let mut s = Script::new(lang);
    s.push_id(
        "speech-result",
        &[("palier", Arg::from(o.palier.title.clone()))],
    );
    s.push(o.palier.learner.clone());
    s.lines.extend(trainings(o, lang).lines);
    s
}

/// The trainings advised, each with its title and what it is about.
pub fn trainings(o: &Outcome, lang: Lang) -> Script {
    let mut s = Script::new(lang);
    let tr = s.tr();
    s.push(tr.t("report-orientation"));
    for m in &o.orientation.messages {
        s.push(m.clone());
    }
    if o.orientation.trainings.is_empty() {
        s.push(tr.t("report-no-training"));
    }
    for (i, t) in o.orientation.trainings.iter().enumerate() {
        s.push_id(
            "speech-training",
            &[
                ("n", Arg::from(i + 1)),
                ("text", Arg::from(t.title.clone())),
            ],
        );
        s.push(t.description.clone());
    }
    s
}

#[cfg(test)]
mod tests;
