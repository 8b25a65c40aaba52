//! Warnings about a bank that loads but is probably not what its author meant: a duration
//! that does not match the questions, prompts written twice, free answers that collide,
//! right answers always at the same place, and (in `reach`) paliers, rules and trainings
//! that no result can ever reach. They run on a bank without errors: on a broken one they
//! would only repeat the errors in other words.

use std::collections::HashMap;
use std::ops::Range;

use super::raw::{RawBankMeta, RawPalier, RawQuestion, RawRule, RawTraining};
use super::{Bank, QuestionKind, Task};
use crate::problems::{Problem, ProblemKind as K};
use crate::text::{Tolerance, matches, normalize};

mod escapes;
mod length;
mod reach;

pub(super) use escapes::run as escapes;

/// Fewer seconds than this per question: the duration was not updated.
const MIN_SECONDS: u32 = 10;
/// More than this per question: the duration was not updated either.
const MAX_SECONDS: u32 = 600;
/// So few unshuffled questions with the answer at one place can be chance.
const MIN_SAME_POSITION: usize = 3;

/// Where the things the lints talk about are written, taken from the raw sections before
/// they are turned into the bank.
#[derive(Debug, Default)]
pub(super) struct Spans {
    estimated: Range<usize>,
    shuffle_choices: Option<Range<usize>>,
    questions: HashMap<String, QuestionSpans>,
    /// Per palier, in order: its id.
    paliers: Vec<Range<usize>>,
    /// Per rule, in order: its id, or its `recommend` list when it has none.
    rules: Vec<Range<usize>>,
    /// The bank's own trainings (a shared catalogue's are meant for several banks).
    trainings: HashMap<String, Range<usize>>,
}

#[derive(Debug, Default)]
struct QuestionSpans {
    id: Range<usize>,
    prompt: Range<usize>,
    accept: Vec<Range<usize>>,
    wrong: Vec<Range<usize>>,
}

impl Spans {
    pub fn collect(
        meta: &RawBankMeta,
        paliers: &[RawPalier],
        questions: &[RawQuestion],
        rules: &[RawRule],
        trainings: &[RawTraining],
    ) -> Spans {
        let questions = questions
            .iter()
            .map(|q| {
                let spans = QuestionSpans {
                    id: q.id.span(),
                    prompt: q.prompt.span(),
                    accept: q
                        .accept
                        .iter()
                        .flat_map(toml::Spanned::get_ref)
                        .map(toml::Spanned::span)
                        .collect(),
                    wrong: q.wrong.iter().flatten().map(|w| w.answer.span()).collect(),
                };
                (q.id.get_ref().clone(), spans)
            })
            .collect();
        Spans {
            estimated: meta.estimated_minutes.span(),
            shuffle_choices: meta.shuffle_choices.as_ref().map(toml::Spanned::span),
            questions,
            paliers: paliers.iter().map(|p| p.id.span()).collect(),
            rules: rules
                .iter()
                .map(|r| {
                    r.id.as_ref()
                        .map_or(r.recommend.span(), toml::Spanned::span)
                })
                .collect(),
            trainings: trainings
                .iter()
                .map(|t| (t.id.get_ref().clone(), t.id.span()))
                .collect(),
        }
    }

    fn question(&self, id: &str) -> Option<&QuestionSpans> {
        self.questions.get(id)
    }
}

pub(super) fn run(bank: &Bank, spans: &Spans, p: &mut Vec<Problem>) {
    duration(bank, spans, p);
    duplicate_prompts(bank, spans, p);
    free_answers(bank, spans, p);
    same_position(bank, spans, p);
    length::run(bank, spans, p);
    reach::run(bank, spans, p);
}

fn duration(bank: &Bank, spans: &Spans, p: &mut Vec<Problem>) {
    let n = bank.most_questions();
    let Ok(count) = u32::try_from(n) else { return };
    if count == 0 {
        return;
    }
    let minutes = bank.estimated_minutes;
    let seconds = minutes.saturating_mul(60) / count;
    let span = Some(spans.estimated.clone());
    if seconds < MIN_SECONDS {
        let kind = K::DurationShort {
            minutes,
            questions: n,
            seconds: seconds as usize,
        };
        p.push(Problem::warning(span, kind));
    } else if seconds > MAX_SECONDS {
        p.push(Problem::warning(
            span,
            K::DurationLong {
                minutes,
                questions: n,
            },
        ));
    }
}

/// What a person reads of a question: its prompt, and for a task what it asks to do.
fn wording(q: &super::Question) -> String {
    let extra = match &q.kind {
        QuestionKind::Task(Task::Key { key, .. }) => format!("{key:?}"),
        QuestionKind::Task(Task::Type { text, .. }) => text.clone(),
        QuestionKind::Task(Task::Click { label, double, .. }) => format!("{label} {double}"),
        _ => String::new(),
    };
    format!("{} {extra}", normalize(&q.prompt, &Tolerance::default()))
}

fn duplicate_prompts(bank: &Bank, spans: &Spans, p: &mut Vec<Problem>) {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for q in &bank.questions {
        let key = wording(q);
        if key.trim().is_empty() {
            continue;
        }
        if let Some(other) = seen.get(&key) {
            let span = spans.question(&q.id).map(|s| s.prompt.clone());
            let other = other.to_string();
            p.push(Problem::warning(span, K::DuplicatePrompt { other }));
        } else {
            seen.insert(key, &q.id);
        }
    }
}

fn free_answers(bank: &Bank, spans: &Spans, p: &mut Vec<Problem>) {
    for q in &bank.questions {
        let QuestionKind::Text {
            accept,
            wrong,
            tolerance,
        } = &q.kind
        else {
            continue;
        };
        let Some(s) = spans.question(&q.id) else {
            continue;
        };
        let mut seen: HashMap<String, &str> = HashMap::new();
        for (i, a) in accept.iter().enumerate() {
            let key = normalize(a, tolerance);
            match seen.get(&key) {
                Some(other) => p.push(Problem::warning(
                    s.accept.get(i).cloned(),
                    K::AcceptCollision {
                        other: other.to_string(),
                    },
                )),
                None => {
                    seen.insert(key, a);
                }
            }
        }
        for (i, w) in wrong.iter().enumerate() {
            if let Some(a) = accept.iter().find(|a| matches(&w.answer, a, tolerance)) {
                p.push(Problem::warning(
                    s.wrong.get(i).cloned(),
                    K::WrongIsAccepted { accept: a.clone() },
                ));
            }
        }
    }
}

/// Single-choice questions shown in their written order all with the right answer at the
/// same place: a person learns the place, not the answer.
fn same_position(bank: &Bank, spans: &Spans, p: &mut Vec<Problem>) {
    let fixed: Vec<(&str, usize)> = bank
        .questions
        .iter()
        .filter_map(|q| match &q.kind {
            QuestionKind::Single {
                choices,
                shuffle: false,
            } => Some((q.id.as_str(), choices.iter().position(|c| c.correct)?)),
            _ => None,
        })
        .collect();
    let Some((first, position)) = fixed.first() else {
        return;
    };
    if fixed.len() < MIN_SAME_POSITION || fixed.iter().any(|(_, i)| i != position) {
        return;
    }
    let span = spans
        .shuffle_choices
        .clone()
        .or_else(|| spans.question(first).map(|s| s.id.clone()));
    p.push(Problem::warning(
        span,
        K::SamePosition {
            count: fixed.len(),
            position: position + 1,
        },
    ));
}

#[cfg(test)]
mod tests;
