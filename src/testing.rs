//! Fixtures shared by the unit tests.

use crate::bank::{Bank, CatalogLookup, Question, parse_bank};
use crate::outcome::Outcome;
use crate::session::Answer;

pub const SAMPLE: &str = include_str!("../tests/fixtures/sample.toml");

pub fn sample_bank() -> Bank {
    let loaded = parse_bank(SAMPLE, &|_| CatalogLookup::Missing);
    loaded
        .value
        .unwrap_or_else(|| panic!("sample bank invalid: {:?}", loaded.problems))
}

/// The right answer to a question (first accepted text for free answers).
pub fn right_answer(q: &Question) -> Answer {
    match &q.kind {
        crate::bank::QuestionKind::Text { accept, .. } => Answer::Text(accept[0].clone()),
        k => Answer::Choices(
            k.choices()
                .iter()
                .enumerate()
                .filter(|(_, c)| c.correct)
                .map(|(i, _)| i)
                .collect(),
        ),
    }
}

/// Answers every question right where `right(q)`, "je ne sais pas" elsewhere.
pub fn answer_all(bank: &Bank, right: impl Fn(&Question) -> bool) -> Outcome {
    let answers: Vec<(&Question, Answer)> = bank
        .questions
        .iter()
        .map(|q| {
            (
                q,
                if right(q) {
                    right_answer(q)
                } else {
                    Answer::DontKnow
                },
            )
        })
        .collect();
    Outcome::compute(bank, answers.iter().map(|(q, a)| (*q, a)), true)
}
