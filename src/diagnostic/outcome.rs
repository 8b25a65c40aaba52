//! Everything a finished (or interrupted) diagnostic says: scores, palier, orientation,
//! and the explanations of what was missed.

use crate::bank::{Bank, Key, Palier, Question, QuestionKind, Task};
use crate::diagnostic::answer::Answer;
use crate::diagnostic::orientation::{Orientation, orient};
use crate::diagnostic::scoring::{Counts, Evidence, Scores, compute, counts, score};
use crate::diagnostic::typing::{self, Typing};
use crate::text::matches;

/// A question not fully right, with what helps the person learn from it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Missed {
    pub question_id: String,
    pub prompt: String,
    pub prompt_falc: Option<String>,
    pub dont_know: bool,
    /// The feedback written for the wrong answer given, if any.
    pub feedback: Option<String>,
    pub explanation: Option<String>,
    /// The right answer(s), as text.
    pub right: Vec<String>,
    /// Typing tasks: what was typed, and how it differs from the model.
    pub typing: Option<(String, Typing)>,
    /// Key tasks: the key that was asked for.
    pub key: Option<Key>,
}

/// A question left out of the results: a task this terminal could not run, or an
/// observation the médiateur did not make.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NotEvaluated {
    pub question_id: String,
    pub prompt: String,
    pub prompt_falc: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Outcome {
    pub scores: Scores,
    pub palier: Palier,
    pub orientation: Orientation,
    pub missed: Vec<Missed>,
    /// Questions not asked but settled by the adaptive engine: (id, right).
    pub inferred: Vec<(String, bool)>,
    pub not_evaluated: Vec<NotEvaluated>,
    pub complete: bool,
}

impl Outcome {
    /// `evidence`: the answers in asking order, then the inferred questions.
    pub fn compute(bank: &Bank, evidence: &[(&Question, Evidence)], complete: bool) -> Outcome {
        let scores = compute(bank, evidence);
        let palier = palier_for(bank, scores.percent()).clone();
        let orientation = orient(bank, &scores, &palier.id);
        // Observations speak of the person to the médiateur: they are not "to review".
        let missed = evidence
            .iter()
            .filter_map(|(q, e)| match e {
                Evidence::Answered(a)
                    if counts(q, a) == Counts::Measured
                        && !q.kind.is_rating()
                        && score(q, a) < 1.0 =>
                {
                    Some(missed(q, a))
                }
                _ => None,
            })
            .collect();
        let not_evaluated = evidence
            .iter()
            .filter_map(|(q, e)| match e {
                Evidence::Answered(a) if counts(q, a) == Counts::NotEvaluated => {
                    Some(NotEvaluated {
                        question_id: q.id.clone(),
                        prompt: q.prompt.clone(),
                        prompt_falc: q.prompt_falc.clone(),
                    })
                }
                _ => None,
            })
            .collect();
        let inferred = evidence
            .iter()
            .filter_map(|(q, e)| match e {
                Evidence::Inferred(ok) => Some((q.id.clone(), *ok)),
                Evidence::Answered(_) => None,
            })
            .collect();
        Outcome {
            scores,
            palier,
            orientation,
            missed,
            inferred,
            not_evaluated,
            complete,
        }
    }
}

/// The highest palier whose threshold the overall percentage reaches.
pub fn palier_for(bank: &Bank, percent: f64) -> &Palier {
    bank.paliers
        .iter()
        .rev()
        .find(|p| percent + 1e-9 >= f64::from(p.min_percent))
        .unwrap_or(&bank.paliers[0])
}

fn missed(q: &Question, a: &Answer) -> Missed {
    let feedback = match (&q.kind, a) {
        (
            QuestionKind::Single { choices, .. } | QuestionKind::Multiple { choices, .. },
            Answer::Choices(p),
        ) => {
            let fb: Vec<String> = p
                .iter()
                .filter_map(|&i| choices.get(i))
                .filter(|c| !c.correct)
                .filter_map(|c| c.feedback.clone())
                .collect();
            (!fb.is_empty()).then(|| fb.join(" "))
        }
        (
            QuestionKind::Text {
                wrong, tolerance, ..
            },
            Answer::Text(t),
        ) => wrong
            .iter()
            .find(|w| matches(t, &w.answer, tolerance))
            .map(|w| w.feedback.clone()),
        _ => None,
    };
    let typing = match (&q.kind, a) {
        (
            QuestionKind::Task(Task::Type {
                text, tolerance, ..
            }),
            Answer::Text(t),
        ) => Some((t.clone(), typing::compare(text, t, tolerance))),
        _ => None,
    };
    let right = match &q.kind {
        QuestionKind::Text { accept, .. } => accept.iter().take(1).cloned().collect(),
        QuestionKind::Task(Task::Type { text, .. }) => vec![text.clone()],
        QuestionKind::Task(_) => vec![],
        QuestionKind::Order { items, .. } => items
            .iter()
            .enumerate()
            .map(|(i, t)| format!("{}. {t}", i + 1))
            .collect(),
        k => k
            .choices()
            .iter()
            .filter(|c| c.correct)
            .map(|c| c.text.clone())
            .collect(),
    };
    Missed {
        question_id: q.id.clone(),
        prompt: q.prompt.clone(),
        prompt_falc: q.prompt_falc.clone(),
        dont_know: *a == Answer::DontKnow,
        feedback,
        explanation: q.explanation.clone(),
        right,
        typing,
        key: match &q.kind {
            QuestionKind::Task(Task::Key { key, .. }) => Some(*key),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{answer_all, sample_bank};

    #[test]
    fn all_right_reaches_top_palier_and_all_dont_know_the_first() {
        let b = sample_bank();
        let top = answer_all(&b, |_| true);
        assert_eq!(top.palier.id, b.paliers.last().unwrap().id);
        assert!(top.missed.is_empty());
        let low = answer_all(&b, |_| false);
        assert_eq!(low.palier.id, b.paliers[0].id);
        assert_eq!(low.missed.len(), b.questions.len());
        assert!(
            low.orientation.trainings.iter().all(|t| t.aptic_level == 1),
            "{:?}",
            low.orientation
        );
    }

    #[test]
    fn weak_competence_gets_its_training() {
        let b = sample_bank();
        // Right everywhere except démarches.
        let o = answer_all(&b, |q| !q.competences.contains(&"demarches".to_string()));
        assert!(
            o.orientation
                .trainings
                .iter()
                .any(|t| t.id == "demarches-en-ligne"),
            "{:?}",
            o.orientation
        );
        let strong = answer_all(&b, |_| true);
        assert!(
            !strong
                .orientation
                .trainings
                .iter()
                .any(|t| t.id == "demarches-en-ligne")
        );
    }

    #[test]
    fn palier_thresholds_are_inclusive() {
        let b = sample_bank();
        assert_eq!(palier_for(&b, 0.0).id, b.paliers[0].id);
        let second = &b.paliers[1];
        assert_eq!(palier_for(&b, f64::from(second.min_percent)).id, second.id);
        assert_eq!(
            palier_for(&b, f64::from(second.min_percent) - 0.5).id,
            b.paliers[0].id
        );
    }
}
