//! Everything a finished (or interrupted) diagnostic says: scores, palier, orientation,
//! and the explanations of what was missed.

use crate::bank::{Bank, Key, Palier, Question, QuestionKind};
use crate::diagnostic::device::DeviceUse;
use crate::diagnostic::orientation::{Orientation, orient};
use crate::diagnostic::scoring::{Counts, Evidence, Scores, compute_in, counts, score};
use crate::diagnostic::typing::Typing;
use crate::diagnostic::verdict;
use crate::i18n::{Lang, fixed};

mod missed;

use missed::missed;
pub use missed::{given, right_answers};

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
    /// The same in FALC, when the bank words a right choice so (empty otherwise).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub right_falc: Vec<String>,
    /// Typing tasks: what was typed, and how it differs from the model.
    pub typing: Option<(String, Typing)>,
    /// Key tasks: the key that was asked for.
    pub key: Option<Key>,
    /// What the person answered, in the bank's words: the choices picked (an order: the
    /// items as placed), or the text typed. Empty for "je ne sais pas" and for tasks, and
    /// in results stored before it was kept. The médiateur reads it in `results show`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub given: Vec<String>,
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
    /// Whether the answers suffice for a palier and trainings (`verdict`). When they do
    /// not, `palier` only says so (its id is empty) and there is no orientation: read
    /// the palier through [`Outcome::verdict`]. Results stored before this field existed
    /// read as conclusive, as they were shown.
    #[serde(default = "yes")]
    pub conclusive: bool,
    /// What the person said they use, when the bank asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<DeviceUse>,
    /// Questions written for another device, left out for this person (in no score).
    #[serde(default)]
    pub off_device: usize,
}

fn yes() -> bool {
    true
}

/// What a session could put to this person: which bank questions (device used, médiateur
/// present), the device answer, and the adaptive budget.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scope {
    /// Per bank question.
    pub allowed: Vec<bool>,
    pub device: Option<DeviceUse>,
    /// `max_questions` of an adaptive bank.
    pub budget: Option<usize>,
}

impl Scope {
    /// Every question, nothing asked about the device.
    pub fn all(bank: &Bank) -> Scope {
        Scope {
            allowed: vec![true; bank.questions.len()],
            device: None,
            budget: None,
        }
    }
}

/// The palier shown when the answers do not suffice: it says so, in the bank's language.
pub fn no_verdict(lang: &str) -> Palier {
    let lang = Lang::parse(lang).unwrap_or_default();
    Palier {
        id: String::new(),
        title: fixed(lang, "verdict-none-title"),
        min_percent: 0,
        learner: fixed(lang, "verdict-none-learner"),
        mediator: fixed(lang, "verdict-none-mediator"),
    }
}

impl Outcome {
    /// `evidence`: the answers in asking order, then the inferred questions.
    pub fn compute(bank: &Bank, evidence: &[(&Question, Evidence)], complete: bool) -> Outcome {
        Outcome::compute_in(bank, evidence, complete, &Scope::all(bank))
    }

    /// [`Outcome::compute`] for a session that could put only part of the bank.
    pub fn compute_in(
        bank: &Bank,
        evidence: &[(&Question, Evidence)],
        complete: bool,
        scope: &Scope,
    ) -> Outcome {
        let scores = compute_in(bank, evidence, &scope.allowed);
        let conclusive = concludes(bank, &scores, evidence, scope);
        let (palier, orientation) = if conclusive {
            let palier = palier_for(bank, scores.percent()).clone();
            let orientation = orient(bank, &scores, &palier.id, scope.device);
            (palier, orientation)
        } else {
            (no_verdict(&bank.lang), Orientation::default())
        };
        let off_device = scope.device.map_or(0, |d| {
            bank.questions.iter().filter(|q| !d.asks(q.device)).count()
        });
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
            conclusive,
            device: scope.device,
            off_device,
        }
    }

    /// The palier reached, when the answers suffice for one.
    pub fn verdict(&self) -> Option<&Palier> {
        self.conclusive.then_some(&self.palier)
    }
}

/// Enough measured answers overall, and a level for half the competences this session
/// could measure (see `verdict`).
fn concludes(
    bank: &Bank,
    scores: &Scores,
    evidence: &[(&Question, Evidence)],
    scope: &Scope,
) -> bool {
    let measurable = scores
        .competences
        .iter()
        .filter(|c| c.asked > 0 || could_measure(bank, scope, &c.id, evidence))
        .count();
    let rated = scores
        .competences
        .iter()
        .filter(|c| c.rated_level().is_some())
        .count();
    let left_out = evidence
        .iter()
        .filter(|(q, e)| matches!(e, Evidence::Answered(a) if counts(q, a) == Counts::NotEvaluated))
        .count();
    let possible = bank
        .questions
        .iter()
        .zip(&scope.allowed)
        .filter(|(q, ok)| **ok && !matches!(q.kind, QuestionKind::SelfAssessment))
        .count()
        .saturating_sub(left_out);
    let possible = scope.budget.map_or(possible, |b| possible.min(b));
    verdict::concludes(scores.direct, possible, rated, measurable)
}

/// Whether a competence had a question this session could put and that was not left
/// "non évalué".
fn could_measure(bank: &Bank, scope: &Scope, id: &str, evidence: &[(&Question, Evidence)]) -> bool {
    bank.questions
        .iter()
        .zip(&scope.allowed)
        .filter(|(q, ok)| **ok && !matches!(q.kind, QuestionKind::SelfAssessment))
        .filter(|(q, _)| q.competences.iter().any(|c| c == id))
        .any(|(q, _)| {
            !evidence.iter().any(|(e, ev)| {
                e.id == q.id
                    && matches!(ev, Evidence::Answered(a) if counts(e, a) == Counts::NotEvaluated)
            })
        })
}

/// The highest palier whose threshold the overall percentage reaches.
pub fn palier_for(bank: &Bank, percent: f64) -> &Palier {
    bank.paliers
        .iter()
        .rev()
        .find(|p| percent + 1e-9 >= f64::from(p.min_percent))
        .unwrap_or(&bank.paliers[0])
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
