//! Points per question and levels per competence, the Pix way: each level of a competence
//! is worth 8 pix, earned in proportion to the questions of that level answered right.

use crate::adaptive::Seen;
use crate::bank::{Bank, Question, QuestionKind, Scoring};
use crate::session::Answer;
use crate::text::matches;

/// How a question enters the results: answered by the person, or inferred by the adaptive
/// engine from another question of its tube (right or wrong).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Evidence<'a> {
    Answered(&'a Answer),
    Inferred(bool),
}

/// What an answer tells the adaptive engine. Only a fully right answer validates (as in
/// Pix, where a partly right answer does not).
pub fn seen(q: &Question, a: &Answer) -> Seen {
    if score(q, a) >= 1.0 - 1e-9 {
        Seen::Validated
    } else {
        Seen::Invalidated
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
        // An answer of the wrong shape cannot be right.
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

#[derive(Debug, Clone, PartialEq)]
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
}

impl CompetenceScore {
    /// "Label (CRCN 2.1)", or the label alone for a competence outside the CRCN.
    pub fn title(&self) -> String {
        match &self.crcn {
            Some(code) => format!("{} (CRCN {code})", self.label),
            None => self.label.clone(),
        }
    }

    /// Success rate in percent; `None` when nothing was asked.
    pub fn percent(&self) -> Option<f64> {
        (self.asked > 0).then(|| self.points / self.asked as f64 * 100.0)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    pub competences: Vec<CompetenceScore>,
    pub asked: usize,
    pub points: f64,
}

impl Scores {
    pub fn percent(&self) -> f64 {
        if self.asked == 0 {
            0.0
        } else {
            self.points / self.asked as f64 * 100.0
        }
    }

    pub fn competence(&self, id: &str) -> Option<&CompetenceScore> {
        self.competences.iter().find(|c| c.id == id)
    }
}

pub fn compute(bank: &Bank, evidence: &[(&Question, Evidence)]) -> Scores {
    // (question, points, inferred)
    let answered: Vec<(&Question, f64, bool)> = evidence
        .iter()
        .map(|(q, e)| match e {
            Evidence::Answered(a) => (*q, score(q, a), false),
            Evidence::Inferred(ok) => (*q, f64::from(u8::from(*ok)), true),
        })
        .collect();
    let competences = bank
        .competences
        .iter()
        .map(|c| {
            let mine: Vec<(u8, f64, bool)> = answered
                .iter()
                .filter(|(q, _, _)| q.competences.contains(&c.id))
                .map(|(q, s, i)| (q.level, *s, *i))
                .collect();
            let levels: Vec<(u8, f64)> = mine.iter().map(|(l, s, _)| (*l, *s)).collect();
            CompetenceScore {
                id: c.id.clone(),
                label: c.label.clone(),
                domain: c.domain.clone(),
                crcn: c.crcn.clone(),
                asked: mine.len(),
                points: mine.iter().map(|(_, s, _)| s).sum(),
                inferred: mine.iter().filter(|(_, _, i)| *i).count(),
                max_level: mine.iter().map(|(l, _, _)| *l).max().unwrap_or(0),
                level: level(&levels),
            }
        })
        .collect();
    Scores {
        competences,
        asked: answered.len(),
        points: answered.iter().map(|(_, s, _)| s).sum(),
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
            pix += 8.0 * at.iter().sum::<f64>() / at.len() as f64;
        }
    }
    // The epsilon keeps 3 × (1/3 × 8) from landing just under a whole level.
    ((pix / 8.0) + 1e-9).floor().min(8.0) as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_bank;

    fn q(bank: &Bank, id: &str) -> Question {
        bank.questions.iter().find(|q| q.id == id).unwrap().clone()
    }

    #[test]
    fn single_and_dont_know() {
        let b = sample_bank();
        let s = q(&b, "s1");
        let right = s.kind.choices().iter().position(|c| c.correct).unwrap();
        assert_eq!(score(&s, &Answer::Choices(vec![right])), 1.0);
        assert_eq!(score(&s, &Answer::Choices(vec![(right + 1) % 3])), 0.0);
        assert_eq!(score(&s, &Answer::DontKnow), 0.0);
    }

    #[test]
    fn multiple_all_or_nothing_and_partial() {
        let b = sample_bank();
        let m = q(&b, "m1"); // choices: right, right, wrong ; partial
        assert_eq!(score(&m, &Answer::Choices(vec![0, 1])), 1.0);
        assert_eq!(score(&m, &Answer::Choices(vec![0])), 0.5);
        assert_eq!(score(&m, &Answer::Choices(vec![0, 2])), 0.0);
        assert_eq!(score(&m, &Answer::Choices(vec![2])), 0.0);
        let mut strict = m.clone();
        if let QuestionKind::Multiple { scoring, .. } = &mut strict.kind {
            *scoring = Scoring::AllOrNothing;
        }
        assert_eq!(score(&strict, &Answer::Choices(vec![0])), 0.0);
        assert_eq!(score(&strict, &Answer::Choices(vec![1, 0])), 1.0);
    }

    #[test]
    fn text_uses_tolerance() {
        let b = sample_bank();
        let t = q(&b, "t1"); // accepts "navigateur"
        assert_eq!(score(&t, &Answer::Text("Navigateur ".into())), 1.0);
        assert_eq!(score(&t, &Answer::Text("google".into())), 0.0);
    }

    #[test]
    fn order_exact_and_adjacent_pairs() {
        assert_eq!(order_score(4, &[0, 1, 2, 3], Scoring::AllOrNothing), 1.0);
        assert_eq!(order_score(4, &[1, 0, 2, 3], Scoring::AllOrNothing), 0.0);
        // 1→2 and 2→3 are right neighbours, 0 is misplaced: 2 of 3 pairs.
        assert!((order_score(4, &[1, 2, 3, 0], Scoring::Partial) - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(order_score(4, &[3, 2, 1, 0], Scoring::Partial), 0.0);
        assert_eq!(
            order_score(4, &[0, 1, 2], Scoring::Partial),
            0.0,
            "incomplete answer"
        );
    }

    #[test]
    fn pix_levels() {
        assert_eq!(level(&[]), 0);
        assert_eq!(level(&[(1, 1.0), (1, 1.0)]), 1);
        assert_eq!(level(&[(1, 1.0), (2, 1.0), (2, 0.0)]), 1); // 8 + 4 pix
        assert_eq!(level(&[(1, 1.0), (2, 1.0)]), 2);
        assert_eq!(level(&[(1, 0.0), (2, 1.0)]), 1);
        assert_eq!(level(&[(3, 1.0), (3, 1.0), (3, 1.0)]), 1);
    }

    #[test]
    fn competence_percent_counts_only_its_questions() {
        let b = sample_bank();
        let all: Vec<(&Question, Evidence)> = b
            .questions
            .iter()
            .map(|q| (q, Evidence::Answered(&Answer::DontKnow)))
            .collect();
        let s = compute(&b, &all);
        assert_eq!(s.asked, b.questions.len());
        assert_eq!(s.percent(), 0.0);
        let msg = s.competence("messagerie").unwrap();
        assert_eq!(msg.percent(), Some(0.0));
        assert_eq!(msg.level, 0);
    }

    #[test]
    fn inferred_answers_count_and_are_marked() {
        let b = sample_bank();
        let s1 = q(&b, "s1"); // messagerie, level 1
        let m1 = q(&b, "m1"); // messagerie, level 2
        let ev = [
            (&s1, Evidence::Inferred(true)),
            (&m1, Evidence::Answered(&Answer::Choices(vec![0, 1]))),
        ];
        let s = compute(&b, &ev);
        let msg = s.competence("messagerie").unwrap();
        assert_eq!((msg.asked, msg.inferred, msg.level), (2, 1, 2));
        assert_eq!(msg.percent(), Some(100.0));
        let s = compute(&b, &[(&s1, Evidence::Inferred(false))]);
        assert_eq!(s.competence("messagerie").unwrap().points, 0.0);
        assert_eq!(s.asked, 1);
    }
}
