//! Length gives nothing away: a person who knows nothing and always picks the longest
//! choice (or the shortest) must not succeed. Measured on every single-choice question of
//! the bank (the share whose right answer is strictly the longest, or strictly the
//! shortest) and on the multiple-choice ones (mean length of right choices against wrong
//! ones), on the usual wordings and again on the FALC ones when the bank has some.

use super::Spans;
use crate::bank::{Bank, Choice, QuestionKind};
use crate::problems::{Problem, ProblemKind as K};

/// Fewer single-choice questions than this: a share says nothing yet.
const MIN_QUESTIONS: usize = 3;
/// The right answer may be strictly the longest (or the shortest) in at most this share
/// of the single-choice questions: a third, about what chance gives with 3 or 4 choices.
const MAX_SHARE: f64 = 1.0 / 3.0;
/// Right and wrong choices of multiple-choice questions may differ in mean length by at
/// most a quarter.
const MAX_GAP: f64 = 0.25;
/// The questions named in a warning, worst first.
const WORST: usize = 3;

fn len(c: &Choice, falc: bool) -> f64 {
    c.wording(falc).trim().chars().count() as f64
}

fn mean(v: &[f64]) -> f64 {
    v.iter().sum::<f64>() / v.len().max(1) as f64
}

pub(super) fn run(bank: &Bank, spans: &Spans, p: &mut Vec<Problem>) {
    let falc_written = bank
        .questions
        .iter()
        .any(|q| q.kind.choices().iter().any(|c| c.text_falc.is_some()));
    for falc in [false, true] {
        if falc && !falc_written {
            continue;
        }
        single(bank, spans, p, falc);
        multiple(bank, spans, p, falc);
    }
}

/// (id, right length ÷ mean wrong length, strictly longest, strictly shortest).
fn singles(bank: &Bank, falc: bool) -> Vec<(&str, f64, bool, bool)> {
    bank.questions
        .iter()
        .filter_map(|q| {
            let QuestionKind::Single { choices, .. } = &q.kind else {
                return None;
            };
            let right = len(choices.iter().find(|c| c.correct)?, falc);
            let wrong: Vec<f64> = choices
                .iter()
                .filter(|c| !c.correct)
                .map(|c| len(c, falc))
                .collect();
            if wrong.is_empty() {
                return None;
            }
            let longest = wrong.iter().all(|w| right > *w);
            let shortest = wrong.iter().all(|w| right < *w);
            Some((
                q.id.as_str(),
                right / mean(&wrong).max(1.0),
                longest,
                shortest,
            ))
        })
        .collect()
}

fn single(bank: &Bank, spans: &Spans, p: &mut Vec<Problem>, falc: bool) {
    let all = singles(bank, falc);
    if all.len() < MIN_QUESTIONS {
        return;
    }
    for shortest in [false, true] {
        let mut biased: Vec<&(&str, f64, bool, bool)> = all
            .iter()
            .filter(|(_, _, l, s)| if shortest { *s } else { *l })
            .collect();
        if biased.len() as f64 <= MAX_SHARE * all.len() as f64 {
            continue;
        }
        // Worst first: the right answer furthest from the others' length.
        biased.sort_by(|a, b| {
            let (x, y) = if shortest { (a.1, b.1) } else { (b.1, a.1) };
            x.total_cmp(&y)
        });
        let worst: Vec<&str> = biased.iter().take(WORST).map(|(id, ..)| *id).collect();
        let span = spans.question(worst[0]).map(|s| s.id.clone());
        p.push(Problem::warning(
            span,
            K::LengthBiasSingle {
                shortest,
                falc,
                count: biased.len(),
                total: all.len(),
                worst: worst.join(", "),
            },
        ));
    }
}

fn multiple(bank: &Bank, spans: &Spans, p: &mut Vec<Problem>, falc: bool) {
    let mut right = Vec::new();
    let mut wrong = Vec::new();
    // (id, its own ratio)
    let mut each: Vec<(&str, f64)> = Vec::new();
    for q in &bank.questions {
        let QuestionKind::Multiple { choices, .. } = &q.kind else {
            continue;
        };
        let r: Vec<f64> = choices
            .iter()
            .filter(|c| c.correct)
            .map(|c| len(c, falc))
            .collect();
        let w: Vec<f64> = choices
            .iter()
            .filter(|c| !c.correct)
            .map(|c| len(c, falc))
            .collect();
        if r.is_empty() || w.is_empty() {
            continue;
        }
        each.push((q.id.as_str(), mean(&r) / mean(&w).max(1.0)));
        right.extend(r);
        wrong.extend(w);
    }
    if each.is_empty() {
        return;
    }
    let ratio = mean(&right) / mean(&wrong).max(1.0);
    if (ratio - 1.0).abs() <= MAX_GAP {
        return;
    }
    // Worst first: furthest from 1 on the same side as the whole bank.
    each.sort_by(|a, b| {
        let (x, y) = if ratio > 1.0 { (b.1, a.1) } else { (a.1, b.1) };
        x.total_cmp(&y)
    });
    let worst: Vec<&str> = each.iter().take(WORST).map(|(id, _)| *id).collect();
    let span = spans.question(worst[0]).map(|s| s.id.clone());
    p.push(Problem::warning(
        span,
        K::LengthBiasMultiple {
            falc,
            percent: (ratio * 100.0).round() as usize,
            worst: worst.join(", "),
        },
    ));
}
