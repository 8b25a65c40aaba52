//! Points per question and levels per competence, the Pix way: each level of a competence
//! is worth 8 pix, earned in proportion to the questions of that level answered right.

use crate::bank::{Bank, Question, QuestionKind, Scoring, Task};
use crate::diagnostic::answer::Answer;
use crate::diagnostic::typing;
use crate::diagnostic::verdict;
use crate::text::matches;

/// How a question enters the results: answered by the person, or inferred by the adaptive
/// engine from another question of its tube (right or wrong).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Evidence<'a> {
    Answered(&'a Answer),
    Inferred(bool),
}

/// Where an answer goes in the results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counts {
    /// With the measured answers (questions, tasks, observations).
    Measured,
    /// With the self-assessments, apart.
    SelfAssessed,
    /// Nowhere: a neutralised task, or an observation not made ("non évalué").
    NotEvaluated,
    /// Nowhere: "je ne sais pas" on a self-assessment.
    Nothing,
}

pub fn counts(q: &Question, a: &Answer) -> Counts {
    match (&q.kind, a) {
        (_, Answer::NotEvaluated) | (QuestionKind::Observation, Answer::DontKnow) => {
            Counts::NotEvaluated
        }
        (QuestionKind::SelfAssessment, Answer::DontKnow) => Counts::Nothing,
        (QuestionKind::SelfAssessment, _) => Counts::SelfAssessed,
        _ => Counts::Measured,
    }
}

/// 0.0 ..= 1.0 points for one answer.
pub fn score(q: &Question, a: &Answer) -> f64 {
    match (&q.kind, a) {
        (_, Answer::DontKnow) => 0.0,
        (QuestionKind::Single { choices, .. }, Answer::Choices(picked)) => {
            let right = picked.len() == 1 && choices.get(picked[0]).is_some_and(|c| c.correct);
            if right { 1.0 } else { 0.0 }
        }
        (
            QuestionKind::Multiple {
                choices, scoring, ..
            },
            Answer::Choices(picked),
        ) => {
            let total = choices.iter().filter(|c| c.correct).count().max(1) as f64;
            let good = picked
                .iter()
                .filter(|&&i| choices.get(i).is_some_and(|c| c.correct))
                .count() as f64;
            let bad = picked.len() as f64 - good;
            match scoring {
                Scoring::AllOrNothing => {
                    if good == total && bad == 0.0 {
                        1.0
                    } else {
                        0.0
                    }
                }
                Scoring::Partial => ((good - bad) / total).clamp(0.0, 1.0),
            }
        }
        (
            QuestionKind::Text {
                accept, tolerance, ..
            },
            Answer::Text(t),
        ) => f64::from(u8::from(accept.iter().any(|a| matches(t, a, tolerance)))),
        (QuestionKind::Order { items, scoring }, Answer::Choices(order)) => {
            order_score(items.len(), order, *scoring)
        }
        (
            QuestionKind::Task(Task::Key { .. } | Task::Click { .. }),
            Answer::Task { success, .. },
        ) => f64::from(u8::from(*success)),
        (
            QuestionKind::Task(Task::Type {
                text,
                tolerance,
                scoring,
            }),
            Answer::Text(t),
        ) => {
            if matches(t, text, tolerance) {
                1.0
            } else if *scoring == Scoring::Partial {
                typing::compare(text, t, tolerance).accuracy()
            } else {
                0.0
            }
        }
        (QuestionKind::Observation | QuestionKind::SelfAssessment, Answer::Rating(r)) => r.points(),
        // An answer of the wrong shape cannot be right.
        _ => 0.0,
    }
}

/// What a wrong pick among `k` choices costs: 1 ÷ (k − 1), so that picking at random earns
/// nothing on average (formula scoring). "Je ne sais pas" costs nothing: it is always the
/// better answer when one does not know, as the intro says. Only single-choice questions,
/// where guessing pays most (a multiple choice already counts wrong ticks against right
/// ones); the right answers are still counted as such ("8 bonnes réponses sur 15").
pub fn guess_cost(q: &Question, a: &Answer) -> f64 {
    match (&q.kind, a) {
        (QuestionKind::Single { choices, .. }, Answer::Choices(picked))
            if !picked.is_empty() && choices.len() >= 2 && score(q, a) < 1.0 - 1e-9 =>
        {
            1.0 / (choices.len() - 1) as f64
        }
        _ => 0.0,
    }
}

/// `order` lists item indices as the person arranged them; the right order is 0, 1, 2…
/// Partial credit is the share of neighbours that follow each other as they should.
fn order_score(n: usize, order: &[usize], scoring: Scoring) -> f64 {
    if order.len() != n || n < 2 {
        return 0.0;
    }
    let pairs = order.windows(2).filter(|w| w[0] + 1 == w[1]).count();
    match scoring {
        Scoring::AllOrNothing => f64::from(u8::from(pairs == n - 1)),
        Scoring::Partial => pairs as f64 / (n - 1) as f64,
    }
}

/// The overall success rate in percent from stored figures: points less what wrong picks
/// cost, over the questions asked (0 when none).
pub fn percent_of(points: f64, guessed: f64, asked: usize) -> f64 {
    if asked == 0 {
        0.0
    } else {
        (points - guessed).max(0.0) / asked as f64 * 100.0
    }
}

/// "Label (CRCN 2.1)", or the label alone for a competence outside the CRCN.
pub fn titled(label: &str, crcn: Option<&str>) -> String {
    match crcn {
        Some(code) => format!("{label} (CRCN {code})"),
        None => label.to_string(),
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CompetenceScore {
    pub id: String,
    pub label: String,
    pub domain: String,
    pub crcn: Option<String>,
    /// Questions counted: answered, plus inferred ones.
    pub asked: usize,
    pub points: f64,
    /// Of `asked`, how many were inferred from other answers, not asked.
    pub inferred: usize,
    /// Highest question level asked: what the diagnostic could measure.
    pub max_level: u8,
    /// CRCN level 0 ..= 8.
    pub level: u8,
    /// Self-assessments answered, and their points (seul 1, avec de l'aide 0.5).
    pub self_asked: usize,
    pub self_points: f64,
    /// Tasks the terminal could not run and observations not made.
    pub not_evaluated: usize,
    /// Of `asked`, the answers the person gave (not inferred): what a level needs.
    /// Results stored before this field existed read as 0, with `rated` true.
    #[serde(default)]
    pub direct: usize,
    /// What wrong picks cost (see `guess_cost`): the percent and the level count
    /// `points − guessed`. Results stored before this field existed read as 0.
    #[serde(default)]
    pub guessed: f64,
    /// Whether there are enough measured answers for a level (see `verdict`); without,
    /// the results say "pas assez de réponses" and no orientation rule looks at it.
    #[serde(default = "yes")]
    pub rated: bool,
}

fn yes() -> bool {
    true
}

impl CompetenceScore {
    /// "Label (CRCN 2.1)", or the label alone for a competence outside the CRCN.
    pub fn title(&self) -> String {
        titled(&self.label, self.crcn.as_deref())
    }

    /// Success rate in percent, wrong picks' cost taken off; `None` when nothing was asked.
    pub fn percent(&self) -> Option<f64> {
        (self.asked > 0).then(|| (self.points - self.guessed).max(0.0) / self.asked as f64 * 100.0)
    }

    /// The level, when there are enough answers for one.
    pub fn rated_level(&self) -> Option<u8> {
        (self.asked > 0 && self.rated).then_some(self.level)
    }

    /// What the person thinks they can do, in percent; `None` without self-assessment.
    pub fn self_percent(&self) -> Option<f64> {
        (self.self_asked > 0).then(|| self.self_points / self.self_asked as f64 * 100.0)
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Scores {
    pub competences: Vec<CompetenceScore>,
    pub asked: usize,
    pub points: f64,
    /// What wrong picks cost, over every competence (see `guess_cost`).
    #[serde(default)]
    pub guessed: f64,
    /// Of `asked`, the answers the person gave (not inferred).
    #[serde(default)]
    pub direct: usize,
}

impl Scores {
    /// Success rate in percent, wrong picks' cost taken off.
    pub fn percent(&self) -> f64 {
        percent_of(self.points, self.guessed, self.asked)
    }

    pub fn competence(&self, id: &str) -> Option<&CompetenceScore> {
        self.competences.iter().find(|c| c.id == id)
    }
}

pub fn compute(bank: &Bank, evidence: &[(&Question, Evidence)]) -> Scores {
    compute_in(bank, evidence, &vec![true; bank.questions.len()])
}

/// Measured questions of a competence this session could put (`allowed`, per bank
/// question), before any was left "non évalué".
fn possible(bank: &Bank, allowed: &[bool], competence: &str) -> usize {
    bank.questions
        .iter()
        .zip(allowed)
        .filter(|(q, ok)| **ok && !matches!(q.kind, QuestionKind::SelfAssessment))
        .filter(|(q, _)| q.competences.iter().any(|c| c == competence))
        .count()
}

/// [`compute`] for a session that may put only the `allowed` questions (device, médiateur
/// present): a competence needs measured answers in proportion to what it could be asked.
pub fn compute_in(bank: &Bank, evidence: &[(&Question, Evidence)], allowed: &[bool]) -> Scores {
    // Measured: (question, points, inferred, cost of a wrong pick).
    let mut measured: Vec<(&Question, f64, bool, f64)> = Vec::new();
    let mut apart: Vec<(&Question, Counts, f64)> = Vec::new();
    for (q, e) in evidence {
        match e {
            Evidence::Inferred(ok) => measured.push((q, f64::from(u8::from(*ok)), true, 0.0)),
            Evidence::Answered(a) => match counts(q, a) {
                Counts::Measured => measured.push((q, score(q, a), false, guess_cost(q, a))),
                c => apart.push((q, c, score(q, a))),
            },
        }
    }
    let competences = bank
        .competences
        .iter()
        .map(|c| {
            let mine: Vec<(u8, f64, bool, f64)> = measured
                .iter()
                .filter(|(q, ..)| q.competences.contains(&c.id))
                .map(|(q, s, i, g)| (q.level, *s, *i, *g))
                .collect();
            let levels: Vec<(u8, f64)> = mine.iter().map(|(l, s, _, g)| (*l, s - g)).collect();
            let others = |kind: Counts| {
                apart
                    .iter()
                    .filter(move |(q, k, _)| *k == kind && q.competences.contains(&c.id))
            };
            let inferred = mine.iter().filter(|(_, _, i, _)| *i).count();
            let direct = mine.len() - inferred;
            let not_evaluated = others(Counts::NotEvaluated).count();
            let could = possible(bank, allowed, &c.id).saturating_sub(not_evaluated);
            CompetenceScore {
                id: c.id.clone(),
                label: c.label.clone(),
                domain: c.domain.clone(),
                crcn: c.crcn.clone(),
                asked: mine.len(),
                points: mine.iter().map(|(_, s, ..)| s).sum(),
                guessed: mine.iter().map(|(.., g)| g).sum(),
                inferred,
                max_level: mine.iter().map(|(l, ..)| *l).max().unwrap_or(0),
                level: level(&levels),
                self_asked: others(Counts::SelfAssessed).count(),
                self_points: others(Counts::SelfAssessed).map(|(_, _, s)| s).sum(),
                not_evaluated,
                direct,
                // A competence answered only through a question out of the session (a bank
                // changed under a resumed one) is judged on what was answered.
                rated: verdict::competence_has_level(direct, could.max(direct.min(1))),
            }
        })
        .collect();
    Scores {
        competences,
        asked: measured.len(),
        points: measured.iter().map(|(_, s, ..)| s).sum(),
        guessed: measured.iter().map(|(.., g)| g).sum(),
        direct: measured.iter().filter(|(_, _, i, _)| !*i).count(),
    }
}

/// Pix rule: Σ over levels of 8 × success rate at that level, then ÷ 8, rounded down.
fn level(answers: &[(u8, f64)]) -> u8 {
    let mut pix = 0.0;
    for l in 1..=8u8 {
        let at: Vec<f64> = answers
            .iter()
            .filter(|(lv, _)| *lv == l)
            .map(|(_, s)| *s)
            .collect();
        if !at.is_empty() {
            // Wrong picks may cost more than a level earned: never below nothing.
            pix += (8.0 * at.iter().sum::<f64>() / at.len() as f64).max(0.0);
        }
    }
    // The epsilon keeps 3 × (1/3 × 8) from landing just under a whole level.
    ((pix / 8.0) + 1e-9).floor().min(8.0) as u8
}

#[cfg(test)]
mod tests;
