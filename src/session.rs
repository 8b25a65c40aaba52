//! A diagnostic in progress: which questions, in which order, with which choice order,
//! and what was answered. Pure data; the RNG is passed in so runs replay under a seed.

use rand::Rng;
use rand::seq::SliceRandom;

use crate::bank::{Bank, Question, QuestionKind};
use crate::outcome::Outcome;

/// What the person answered. Choice indices refer to the bank's order, not the shown one.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// "Je ne sais pas": a normal answer, worth 0 and nothing more.
    DontKnow,
    Choices(Vec<usize>),
    Text(String),
}

/// One question as this person sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub question: usize,
    /// Display position → index in the bank's choices.
    pub order: Vec<usize>,
}

#[derive(Debug, Clone)]
pub struct Session {
    bank: Bank,
    items: Vec<Item>,
    answers: Vec<Option<Answer>>,
    current: usize,
}

impl Session {
    pub fn new(bank: Bank, rng: &mut impl Rng) -> Session {
        let mut order: Vec<usize> = (0..bank.questions.len()).collect();
        if bank.shuffle_questions {
            order.shuffle(rng);
        }
        let items: Vec<Item> = order
            .into_iter()
            .map(|qi| {
                let q = &bank.questions[qi];
                let n = q.kind.option_count();
                let mut choice_order: Vec<usize> = (0..n).collect();
                let shuffle = match &q.kind {
                    QuestionKind::Single { shuffle, .. }
                    | QuestionKind::Multiple { shuffle, .. } => *shuffle,
                    QuestionKind::Order { .. } => true,
                    QuestionKind::Text { .. } => false,
                };
                if shuffle {
                    choice_order.shuffle(rng);
                }
                // Items shown already in order would give the answer away.
                if matches!(q.kind, QuestionKind::Order { .. })
                    && choice_order.iter().enumerate().all(|(i, o)| i == *o)
                {
                    choice_order.rotate_left(1);
                }
                Item {
                    question: qi,
                    order: choice_order,
                }
            })
            .collect();
        let answers = vec![None; items.len()];
        Session {
            bank,
            items,
            answers,
            current: 0,
        }
    }

    pub fn bank(&self) -> &Bank {
        &self.bank
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// 0-based index of the question on screen (== len() when finished).
    pub fn index(&self) -> usize {
        self.current
    }

    pub fn is_finished(&self) -> bool {
        self.current >= self.items.len()
    }

    pub fn item(&self) -> Option<&Item> {
        self.items.get(self.current)
    }

    pub fn question(&self) -> Option<&Question> {
        self.item().map(|i| &self.bank.questions[i.question])
    }

    /// The answer already given to the current question (after going back).
    pub fn previous_answer(&self) -> Option<&Answer> {
        self.answers.get(self.current).and_then(Option::as_ref)
    }

    /// Records the answer to the current question and moves to the next one.
    pub fn answer(&mut self, answer: Answer) {
        if let Some(slot) = self.answers.get_mut(self.current) {
            *slot = Some(answer);
            self.current += 1;
        }
    }

    /// Goes back one question; false on the first one.
    pub fn back(&mut self) -> bool {
        if self.current == 0 {
            return false;
        }
        self.current -= 1;
        true
    }

    /// Answered questions in asking order.
    pub fn answered(&self) -> impl Iterator<Item = (&Question, &Answer)> {
        self.items
            .iter()
            .zip(&self.answers)
            .filter_map(|(item, a)| a.as_ref().map(|a| (&self.bank.questions[item.question], a)))
    }

    /// Scores, palier and orientation from what has been answered so far.
    pub fn outcome(&self) -> Outcome {
        Outcome::compute(&self.bank, self.answered(), self.is_finished())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::sample_bank;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    #[test]
    fn same_seed_same_order_and_back_keeps_answers() {
        let a = Session::new(sample_bank(), &mut StdRng::seed_from_u64(7));
        let b = Session::new(sample_bank(), &mut StdRng::seed_from_u64(7));
        assert_eq!(a.items, b.items);
        let mut s = a;
        s.answer(Answer::DontKnow);
        assert_eq!(s.index(), 1);
        assert!(s.back());
        assert_eq!(s.previous_answer(), Some(&Answer::DontKnow));
        assert!(!s.back());
    }

    #[test]
    fn choice_order_is_a_permutation() {
        let s = Session::new(sample_bank(), &mut StdRng::seed_from_u64(3));
        for item in &s.items {
            let mut o = item.order.clone();
            o.sort_unstable();
            assert_eq!(
                o,
                (0..s.bank.questions[item.question].kind.choices().len()).collect::<Vec<_>>()
            );
        }
    }
}
