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
use crate::diagnostic::device::{self, DeviceUse};
use crate::diagnostic::outcome::{Outcome, Scope};
use crate::diagnostic::scoring::Evidence;

/// One question as this person sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Index in the bank's questions; the bank's length for the program's device question.
    pub question: usize,
    /// Display position → index in the bank's choices.
    pub order: Vec<usize>,
    /// Click tasks: where the target is drawn, in percent of the free area (x, y).
    pub spot: Option<(u8, u8)>,
}

/// Who is there while the person answers. Observations are the médiateur's: they are put
/// only when one is present.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Presence {
    /// A médiateur can be beside the person (the full screen, `--plain`).
    #[default]
    WithMediator,
    /// The person is alone: a kiosk. Observations are never asked.
    Alone,
}

#[derive(Debug, Clone)]
pub struct Session {
    bank: Bank,
    tubes: Tubes,
    /// One per bank question, in bank order; then the device question's, when asked.
    items: Vec<Item>,
    /// The program's device question (`ask_device = true`), asked first.
    device: Option<Question>,
    presence: Presence,
    /// Adaptive mode: tie-break rank of each question.
    rank: Vec<u64>,
    /// Linear mode: the asking order of every bank question, before any is left out.
    order: Vec<usize>,
    /// Questions in asking order: all those of this session (linear), or those chosen so
    /// far (adaptive); the device question first when there is one.
    path: Vec<usize>,
    answers: Vec<Option<Answer>>,
    /// What each answer told the engine (kept: text answers are costly to compare).
    seen: Vec<Option<Seen>>,
    current: usize,
}

impl Session {
    /// A session with a médiateur present (observations asked).
    pub fn new(bank: Bank, rng: &mut impl Rng) -> Session {
        Session::with_presence(bank, Presence::WithMediator, rng)
    }

    pub fn with_presence(bank: Bank, presence: Presence, rng: &mut impl Rng) -> Session {
        let adaptive = bank.mode == Mode::Adaptive;
        let mut order: Vec<usize> = (0..bank.questions.len()).collect();
        if bank.shuffle_questions && !adaptive {
            order.shuffle(rng);
        }
        // Choice orders are drawn in asking order (linear), for every question whether or
        // not this person gets it: old seeds stay valid, and the device answer changes
        // nothing of the other questions.
        let mut items: Vec<Option<Item>> = vec![None; order.len()];
        for &qi in &order {
            items[qi] = Some(item(&bank.questions[qi], qi, rng));
        }
        let rank = if adaptive {
            order.iter().map(|_| rng.random::<u64>()).collect()
        } else {
            vec![]
        };
        let mut items: Vec<Item> = items.into_iter().flatten().collect();
        let device = bank.ask_device.then(|| device::question(&bank.lang));
        if let Some(d) = &device {
            // Its choices keep their order: it goes from one device to none.
            items.push(Item {
                question: bank.questions.len(),
                order: (0..d.kind.option_count()).collect(),
                spot: None,
            });
        }
        let mut s = Session {
            tubes: Tubes::new(&bank),
            items,
            device,
            presence,
            rank,
            order,
            path: vec![],
            answers: vec![],
            seen: vec![],
            bank,
            current: 0,
        };
        s.plan();
        s.extend();
        s
    }

    pub fn bank(&self) -> &Bank {
        &self.bank
    }

    pub fn presence(&self) -> Presence {
        self.presence
    }

    fn adaptive(&self) -> bool {
        self.bank.mode == Mode::Adaptive
    }

    /// Linear mode: the whole path, from the questions this session may put (answers
    /// already given are kept with their question). Adaptive mode: the device question.
    fn plan(&mut self) {
        let mut path: Vec<usize> = self.device.iter().map(|_| self.device_index()).collect();
        if !self.adaptive() {
            let allowed = self.allowed();
            path.extend(self.order.iter().copied().filter(|&q| allowed[q]));
        } else if !self.path.is_empty() {
            return;
        }
        let old: Vec<(usize, Option<Answer>, Option<Seen>)> = self
            .path
            .iter()
            .zip(&self.answers)
            .zip(&self.seen)
            .map(|((q, a), s)| (*q, a.clone(), *s))
            .collect();
        let kept = |q: usize| old.iter().find(|(o, ..)| *o == q);
        self.answers = path
            .iter()
            .map(|&q| kept(q).and_then(|(_, a, _)| a.clone()))
            .collect();
        self.seen = path
            .iter()
            .map(|&q| kept(q).and_then(|(.., s)| *s))
            .collect();
        self.path = path;
    }

    pub fn is_finished(&self) -> bool {
        self.current >= self.path.len()
    }

    pub fn item(&self) -> Option<&Item> {
        self.path.get(self.current).map(|&q| &self.items[q])
    }

    pub fn question(&self) -> Option<&Question> {
        self.path.get(self.current).map(|&q| self.at(q))
    }

    /// The answer already given to the current question (after going back).
    pub fn previous_answer(&self) -> Option<&Answer> {
        self.answers.get(self.current).and_then(Option::as_ref)
    }

    /// Records the answer to the current question and moves to the next one. In adaptive
    /// mode, an answer that changes what the engine knows drops the questions chosen after
    /// it: they were chosen from the old answer. A new device answer does the same, and in
    /// linear mode lays out the questions again (answers already given are kept).
    pub fn answer(&mut self, answer: Answer) {
        let Some(&q) = self.path.get(self.current) else {
            return;
        };
        if q == self.device_index() {
            let before = self.device_use();
            self.seen[self.current] = Some(Seen::Neutral);
            self.answers[self.current] = Some(answer);
            if self.device_use() != before {
                if self.adaptive() {
                    self.truncate_after_current();
                } else {
                    self.plan();
                }
            }
        } else {
            let new = seen(&self.bank.questions[q], &answer);
            let old = self.seen[self.current].replace(new);
            self.answers[self.current] = Some(answer);
            if self.adaptive() && old.is_some_and(|o| o != new) {
                self.truncate_after_current();
            }
        }
        self.current += 1;
        self.extend();
    }

    fn truncate_after_current(&mut self) {
        self.path.truncate(self.current + 1);
        self.answers.truncate(self.current + 1);
        self.seen.truncate(self.current + 1);
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
        let allowed = self.allowed();
        let used = self.used();
        if let Some(q) = adaptive::next(
            &self.bank,
            &self.tubes,
            &self.asked(),
            &self.rank,
            &allowed,
            used,
        ) {
            self.path.push(q);
            self.answers.push(None);
            self.seen.push(None);
        }
    }

    /// What the engine has seen of the bank's questions, in asking order, up to the
    /// current question.
    fn asked(&self) -> Vec<(usize, Seen)> {
        let n = self.device_index();
        self.path
            .iter()
            .zip(&self.seen)
            .take(self.current)
            .filter(|(q, _)| **q < n)
            .filter_map(|(&q, s)| s.map(|s| (q, s)))
            .collect()
    }

    /// The bank's questions answered, in asking order (not the device question: it is
    /// not about what the person can do).
    pub fn answered(&self) -> impl Iterator<Item = (&Question, &Answer)> {
        let n = self.device_index();
        self.path
            .iter()
            .zip(&self.answers)
            .filter(move |(q, _)| **q < n)
            .filter_map(|(&q, a)| a.as_ref().map(|a| (&self.bank.questions[q], a)))
    }

    /// The path: each question in asking order with its answer, if any (the device
    /// question included: it is shown like the others).
    pub fn steps(&self) -> impl Iterator<Item = (&Question, Option<&Answer>)> {
        self.path
            .iter()
            .zip(&self.answers)
            .map(|(&q, a)| (self.at(q), a.as_ref()))
    }

    /// Questions in asking order so far, with the item shown (for replays and tests).
    pub fn path(&self) -> impl Iterator<Item = &Item> {
        self.path.iter().map(|&q| &self.items[q])
    }

    /// The question an item of the path shows.
    pub fn question_of(&self, item: &Item) -> &Question {
        self.at(item.question)
    }

    /// Scores, palier and orientation from what has been answered so far, plus (adaptive
    /// mode) what the answers imply for the questions not asked.
    pub fn outcome(&self) -> Outcome {
        let allowed = self.allowed();
        let mut evidence: Vec<(&Question, Evidence)> = self
            .answered()
            .map(|(q, a)| (q, Evidence::Answered(a)))
            .collect();
        if self.adaptive() {
            let n = self.device_index();
            let asked: Vec<(usize, Seen)> = self
                .path
                .iter()
                .zip(&self.seen)
                .filter(|(q, _)| **q < n)
                .filter_map(|(&q, s)| s.map(|s| (q, s)))
                .collect();
            let known = adaptive::infer(&self.tubes, &asked, &allowed);
            for (q, k) in known.into_iter().enumerate() {
                if let Some(Known::Inferred(ok)) = k {
                    evidence.push((&self.bank.questions[q], Evidence::Inferred(ok)));
                }
            }
        }
        let scope = Scope {
            allowed,
            device: self.device_use(),
            budget: match self.bank.mode {
                Mode::Adaptive => self.bank.max_questions,
                Mode::Linear => None,
            },
        };
        Outcome::compute_in(&self.bank, &evidence, self.is_finished(), &scope)
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

mod progress;
mod scope;
#[cfg(test)]
mod tests;
