//! Item analysis of a bank from the answers of many sessions, for the trainer who improves
//! it: how many saw each question; the share of right, partly right, "je ne sais pas" and
//! wrong answers; which choices were picked; whether the question separates strong from
//! weak learners; and what to look at (flags). Pure: sessions come in as values.
//!
//! Discrimination is the upper-lower index on 27 % groups (Kelley): the people who saw the
//! question are ranked by their share of points on the *other* measured questions; the
//! index is the mean score on this question of the top 27 % minus that of the bottom 27 %
//! (−1 to 1). People tied at a group's edge each count for an equal part of the places
//! left, so the result does not depend on the order the sessions were read in.

use std::collections::HashMap;

use crate::bank::{Bank, QuestionKind};
use crate::diagnostic::answer::Answer;
use crate::diagnostic::scoring::{self, Counts};
use crate::text::normalize;

mod discrimination;
mod flags;

use discrimination::discrimination;
use flags::flags;

/// Fewer answers than this: figures, but no flag and no discrimination.
pub const MIN_ANSWERS: usize = 10;
/// Fewer answers (other than "je ne sais pas") than this: no "choice nobody picks".
pub const MIN_FOR_UNUSED_CHOICE: usize = 20;
/// Share of right answers from which a question is too easy…
pub const TOO_EASY: f64 = 0.90;
/// …and up to which it is too hard.
pub const TOO_HARD: f64 = 0.20;
/// Below this index a question separates strong from weak learners poorly (Ebel).
pub const LOW_DISCRIMINATION: f64 = 0.20;
/// The size of the upper and lower groups, as a share of the people who saw the question.
pub const GROUP_SHARE: f64 = 0.27;

/// What a question measures: a skill (right or wrong), or the person's own opinion
/// (self-assessment: "seul" counts as right, "avec de l'aide" as partly; no flag).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Measured,
    SelfAssessed,
}

/// Something a trainer should look at.
#[derive(Debug, Clone, PartialEq)]
pub enum Flag {
    /// Too few answers to say anything.
    TooFew,
    TooEasy,
    TooHard,
    /// A wrong choice (index in the bank's order) that nobody picked.
    UnusedChoice(usize),
    /// A wrong choice picked by more people than the right one (the least picked right
    /// one, for a multiple choice).
    WrongChoiceOverRight(usize),
    /// A free answer: the same wrong answer given more often than any right one.
    WrongTextOverRight(String),
    LowDiscrimination,
    NegativeDiscrimination,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Discrimination {
    /// Upper minus lower, −1 ..= 1.
    pub index: f64,
    /// Mean score (0 ..= 1) of the upper and lower groups.
    pub upper: f64,
    pub lower: f64,
    /// People in each group.
    pub group: usize,
}

/// The figures of one question of the bank.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: String,
    pub kind: Kind,
    /// Answered, "je ne sais pas" included; neutralised tasks and observations not made
    /// are left out (see `not_evaluated`).
    pub seen: usize,
    pub right: usize,
    pub partial: usize,
    pub dont_know: usize,
    pub wrong: usize,
    pub not_evaluated: usize,
    /// Single and multiple choice: how many people picked each choice (bank order).
    pub picks: Vec<usize>,
    /// Free answers: the most frequent wrong answer (as first typed) and how many gave it.
    pub top_wrong: Option<(String, usize)>,
    pub discrimination: Option<Discrimination>,
    pub flags: Vec<Flag>,
}

impl Item {
    /// `n` as a share of the people who saw the question (0 when nobody did).
    pub fn share(&self, n: usize) -> f64 {
        if self.seen == 0 {
            0.0
        } else {
            n as f64 / self.seen as f64
        }
    }
}

/// What was added: the figures per question (bank order), and the answers that did not fit.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    pub sessions: usize,
    pub items: Vec<Item>,
    /// Question ids answered in the sessions but not in the bank (it changed since).
    pub unknown: Vec<String>,
}

/// Adds sessions one by one (memory: a few numbers per answer), then works out the figures.
#[derive(Debug)]
pub struct Analyser<'a> {
    bank: &'a Bank,
    tallies: Vec<Tally>,
    /// Per session: (question index, points) of its measured answers.
    scores: Vec<Vec<(usize, f64)>>,
    unknown: Vec<String>,
}

#[derive(Debug, Default)]
struct Tally {
    seen: usize,
    right: usize,
    partial: usize,
    dont_know: usize,
    wrong: usize,
    not_evaluated: usize,
    picks: Vec<usize>,
    /// Normalised wrong free answer → (first spelling, count).
    wrong_texts: HashMap<String, (String, usize)>,
}

impl<'a> Analyser<'a> {
    pub fn new(bank: &'a Bank) -> Analyser<'a> {
        let tallies = bank
            .questions
            .iter()
            .map(|q| Tally {
                picks: vec![0; q.kind.choices().len()],
                ..Tally::default()
            })
            .collect();
        Analyser {
            bank,
            tallies,
            scores: Vec::new(),
            unknown: Vec::new(),
        }
    }

    /// One session's final answers: (question id, answer).
    pub fn add(&mut self, answers: &[(String, Answer)]) {
        let mut measured = Vec::new();
        for (id, a) in answers {
            let Some(i) = self.bank.questions.iter().position(|q| q.id == *id) else {
                // The program's own questions (the device question) start with `_`.
                if !id.starts_with('_') && !self.unknown.contains(id) {
                    self.unknown.push(id.clone());
                }
                continue;
            };
            let q = &self.bank.questions[i];
            if let Answer::Choices(c) = a
                && c.iter().any(|&k| k >= q.kind.option_count())
            {
                // A choice the bank no longer has: the bank changed under this session.
                continue;
            }
            let t = &mut self.tallies[i];
            let counts = scoring::counts(q, a);
            if counts == Counts::NotEvaluated {
                t.not_evaluated += 1;
                continue;
            }
            t.seen += 1;
            let points = scoring::score(q, a);
            if counts == Counts::Measured {
                measured.push((i, points));
            }
            if matches!(a, Answer::DontKnow) {
                t.dont_know += 1;
            } else if points >= 1.0 - 1e-9 {
                t.right += 1;
            } else if points > 1e-9 {
                t.partial += 1;
            } else {
                t.wrong += 1;
            }
            match (&q.kind, a) {
                (
                    QuestionKind::Single { .. } | QuestionKind::Multiple { .. },
                    Answer::Choices(c),
                ) => {
                    let mut c = c.clone();
                    c.sort_unstable();
                    c.dedup();
                    for k in c {
                        t.picks[k] += 1;
                    }
                }
                (QuestionKind::Text { tolerance, .. }, Answer::Text(typed))
                    if points < 1.0 - 1e-9 =>
                {
                    // Told apart as the question tells answers apart: "bonjour" and
                    // "BONJOUR" are two mistakes where case counts.
                    let key = normalize(typed, tolerance);
                    t.wrong_texts
                        .entry(key)
                        .or_insert_with(|| (typed.clone(), 0))
                        .1 += 1;
                }
                _ => {}
            }
        }
        self.scores.push(measured);
    }

    pub fn finish(self) -> Analysis {
        let items = self
            .bank
            .questions
            .iter()
            .zip(self.tallies)
            .enumerate()
            .map(|(i, (q, t))| {
                let kind = if matches!(q.kind, QuestionKind::SelfAssessment) {
                    Kind::SelfAssessed
                } else {
                    Kind::Measured
                };
                let top_wrong = t
                    .wrong_texts
                    .into_values()
                    .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)));
                let mut item = Item {
                    id: q.id.clone(),
                    kind,
                    seen: t.seen,
                    right: t.right,
                    partial: t.partial,
                    dont_know: t.dont_know,
                    wrong: t.wrong,
                    not_evaluated: t.not_evaluated,
                    picks: t.picks,
                    top_wrong,
                    discrimination: None,
                    flags: Vec::new(),
                };
                if kind == Kind::Measured {
                    item.discrimination = discrimination(&self.scores, i);
                    item.flags = flags(&item, &q.kind);
                }
                item
            })
            .collect();
        Analysis {
            sessions: self.scores.len(),
            items,
            unknown: self.unknown,
        }
    }
}

#[cfg(test)]
mod tests;
