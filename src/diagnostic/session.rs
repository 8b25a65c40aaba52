//! A diagnostic in progress: which questions, in which order, with which choice order,
//! and what was answered. Pure data; the RNG is passed in so runs replay under a seed.
//!
//! Linear banks fix the whole path at the start. Adaptive banks choose each next question
//! from the answers so far ([`crate::diagnostic::adaptive`]); everything random (choice order, ties) is
//! drawn once in `new`, so the path is a function of the seed and the answers, and feeding
//! the same `answer`/`back` calls to a new session with the same seed replays it exactly.

use rand::seq::SliceRandom;
use rand::{Rng, RngExt};

use crate::bank::{Bank, Mode, Question, QuestionKind, Task};
use crate::diagnostic::adaptive::{self, Known, Seen, Tubes, seen};
pub use crate::diagnostic::answer::{Answer, Rating};
use crate::diagnostic::outcome::Outcome;
use crate::diagnostic::scoring::Evidence;

/// One question as this person sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub question: usize,
    /// Display position → index in the bank's choices.
    pub order: Vec<usize>,
    /// Click tasks: where the target is drawn, in percent of the free area (x, y).
    pub spot: Option<(u8, u8)>,
}

#[derive(Debug, Clone)]
pub struct Session {
    bank: Bank,
    tubes: Tubes,
    /// One per bank question, in bank order.
    items: Vec<Item>,
    /// Adaptive mode: tie-break rank of each question.
    rank: Vec<u64>,
    /// Questions in asking order: all of them (linear), or those chosen so far (adaptive).
    path: Vec<usize>,
    answers: Vec<Option<Answer>>,
    /// What each answer told the engine (kept: text answers are costly to compare).
    seen: Vec<Option<Seen>>,
    current: usize,
}

impl Session {
    pub fn new(bank: Bank, rng: &mut impl Rng) -> Session {
        let adaptive = bank.mode == Mode::Adaptive;
        let mut order: Vec<usize> = (0..bank.questions.len()).collect();
        if bank.shuffle_questions && !adaptive {
            order.shuffle(rng);
        }
        // Choice orders are drawn in asking order (linear), which keeps old seeds valid.
        let mut items: Vec<Option<Item>> = vec![None; order.len()];
        for &qi in &order {
            items[qi] = Some(item(&bank.questions[qi], qi, rng));
        }
        let rank = if adaptive {
            order.iter().map(|_| rng.random::<u64>()).collect()
        } else {
            vec![]
        };
        let mut s = Session {
            tubes: Tubes::new(&bank),
            items: items.into_iter().flatten().collect(),
            rank,
            answers: if adaptive {
                vec![]
            } else {
                vec![None; order.len()]
            },
            seen: if adaptive {
                vec![]
            } else {
                vec![None; order.len()]
            },
            path: if adaptive { vec![] } else { order },
            bank,
            current: 0,
        };
        s.extend();
        s
    }

    pub fn bank(&self) -> &Bank {
        &self.bank
    }

    fn adaptive(&self) -> bool {
        self.bank.mode == Mode::Adaptive
    }

    /// The number of questions when it is known in advance (linear banks).
    pub fn fixed_len(&self) -> Option<usize> {
        (!self.adaptive()).then_some(self.path.len())
    }

    /// The most questions this session can ask: the bank's size, or its `max_questions`.
    pub fn max_len(&self) -> usize {
        self.bank.most_questions()
    }

    /// 0-based position of the question on screen in the path (== path length when
    /// finished). This is the position `answer` and `back` work on.
    pub fn index(&self) -> usize {
        self.current
    }

    /// The number to show for the current question: 1-based, counting the questions
    /// actually put to the person (neutralised tasks are skipped).
    pub fn number(&self) -> usize {
        1 + self.seen[..self.current.min(self.path.len())]
            .iter()
            .filter(|s| **s != Some(Seen::NotRun))
            .count()
    }

    /// At most how many questions may follow the current one (a hint for adaptive runs:
    /// answers and inferences make it shrink).
    pub fn remaining_at_most(&self) -> usize {
        if self.is_finished() {
            return 0;
        }
        if !self.adaptive() {
            return self.path.len().saturating_sub(self.current + 1);
        }
        let asked = self.asked();
        let known = adaptive::infer(&self.tubes, &asked);
        let on_path = |q: usize| self.path[..=self.current].contains(&q);
        let open = (0..self.bank.questions.len())
            .filter(|&q| !on_path(q) && known[q].is_none())
            .count();
        let budget = self.max_len().saturating_sub(self.number());
        open.min(budget)
    }

    pub fn is_finished(&self) -> bool {
        self.current >= self.path.len()
    }

    pub fn item(&self) -> Option<&Item> {
        self.path.get(self.current).map(|&q| &self.items[q])
    }

    pub fn question(&self) -> Option<&Question> {
        self.path
            .get(self.current)
            .map(|&q| &self.bank.questions[q])
    }

    /// The answer already given to the current question (after going back).
    pub fn previous_answer(&self) -> Option<&Answer> {
        self.answers.get(self.current).and_then(Option::as_ref)
    }

    /// Records the answer to the current question and moves to the next one. In adaptive
    /// mode, an answer that changes what the engine knows drops the questions chosen after
    /// it: they were chosen from the old answer.
    pub fn answer(&mut self, answer: Answer) {
        let Some(&q) = self.path.get(self.current) else {
            return;
        };
        let new = seen(&self.bank.questions[q], &answer);
        let old = self.seen[self.current].replace(new);
        self.answers[self.current] = Some(answer);
        if self.adaptive() && old.is_some_and(|o| o != new) {
            self.path.truncate(self.current + 1);
            self.answers.truncate(self.current + 1);
            self.seen.truncate(self.current + 1);
        }
        self.current += 1;
        self.extend();
    }

    /// Goes back one question; false on the first one.
    pub fn back(&mut self) -> bool {
        if self.current == 0 {
            return false;
        }
        self.current -= 1;
        true
    }

    /// Adaptive mode: when the path is used up, chooses the next question (if any).
    fn extend(&mut self) {
        if !self.adaptive() || self.current < self.path.len() {
            return;
        }
        if let Some(q) = adaptive::next(&self.bank, &self.tubes, &self.asked(), &self.rank) {
            self.path.push(q);
            self.answers.push(None);
            self.seen.push(None);
        }
    }

    /// What the engine has seen, in asking order, up to the current question.
    fn asked(&self) -> Vec<(usize, Seen)> {
        self.path
            .iter()
            .zip(&self.seen)
            .take(self.current)
            .filter_map(|(&q, s)| s.map(|s| (q, s)))
            .collect()
    }

    /// Answered questions in asking order.
    pub fn answered(&self) -> impl Iterator<Item = (&Question, &Answer)> {
        self.path
            .iter()
            .zip(&self.answers)
            .filter_map(|(&q, a)| a.as_ref().map(|a| (&self.bank.questions[q], a)))
    }

    /// The path: each question in asking order with its answer, if any.
    pub fn steps(&self) -> impl Iterator<Item = (&Question, Option<&Answer>)> {
        self.path
            .iter()
            .zip(&self.answers)
            .map(|(&q, a)| (&self.bank.questions[q], a.as_ref()))
    }

    /// Questions in asking order so far, with the item shown (for replays and tests).
    pub fn path(&self) -> impl Iterator<Item = &Item> {
        self.path.iter().map(|&q| &self.items[q])
    }

    /// Scores, palier and orientation from what has been answered so far, plus (adaptive
    /// mode) what the answers imply for the questions not asked.
    pub fn outcome(&self) -> Outcome {
        let mut evidence: Vec<(&Question, Evidence)> = self
            .answered()
            .map(|(q, a)| (q, Evidence::Answered(a)))
            .collect();
        if self.adaptive() {
            let asked: Vec<(usize, Seen)> = self
                .path
                .iter()
                .zip(&self.seen)
                .filter_map(|(&q, s)| s.map(|s| (q, s)))
                .collect();
            for (q, k) in adaptive::infer(&self.tubes, &asked).into_iter().enumerate() {
                if let Some(Known::Inferred(ok)) = k {
                    evidence.push((&self.bank.questions[q], Evidence::Inferred(ok)));
                }
            }
        }
        Outcome::compute(&self.bank, &evidence, self.is_finished())
    }
}

fn item(q: &Question, qi: usize, rng: &mut impl Rng) -> Item {
    let mut order: Vec<usize> = (0..q.kind.option_count()).collect();
    let shuffle = match &q.kind {
        QuestionKind::Single { shuffle, .. } | QuestionKind::Multiple { shuffle, .. } => *shuffle,
        QuestionKind::Order { .. } => true,
        _ => false,
    };
    if shuffle {
        order.shuffle(rng);
    }
    // Items shown already in order would give the answer away.
    if matches!(q.kind, QuestionKind::Order { .. })
        && order.iter().enumerate().all(|(i, o)| i == *o)
    {
        order.rotate_left(1);
    }
    // Drawn only for click tasks, so that other banks keep the orders of their old seeds.
    let spot = matches!(q.kind, QuestionKind::Task(Task::Click { .. }))
        .then(|| (rng.random_range(0..=100), rng.random_range(0..=100)));
    Item {
        question: qi,
        order,
        spot,
    }
}

#[cfg(test)]
mod tests;
