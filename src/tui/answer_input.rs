//! What the person is composing for the question on screen, before validating it.

use crate::bank::{Question, QuestionKind};
use crate::session::{Answer, Item};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnswerInput {
    /// Highlighted line: a display position, or `choices` for "Je ne sais pas".
    /// `None` until the person moves, so a stray Enter answers nothing.
    pub cursor: Option<usize>,
    /// Ticked boxes of a multiple-choice question, by display position.
    pub checked: Vec<bool>,
    pub text: String,
    /// Ordering questions: item indices (bank order) as currently arranged.
    pub arrangement: Vec<usize>,
    /// Ordering questions: the item under the cursor moves with the arrows.
    pub held: bool,
}

impl AnswerInput {
    /// A fresh input, or the answer given before when the person came back.
    pub fn for_question(q: &Question, item: &Item, previous: Option<&Answer>) -> AnswerInput {
        let n = item.order.len();
        let display = |orig: &usize| item.order.iter().position(|o| o == orig);
        let mut input = AnswerInput {
            cursor: None,
            checked: vec![false; n],
            text: String::new(),
            arrangement: vec![],
            held: false,
        };
        if matches!(q.kind, QuestionKind::Order { .. }) {
            input.arrangement = match previous {
                Some(Answer::Choices(c)) if c.len() == n => c.clone(),
                _ => item.order.clone(),
            };
            if previous == Some(&Answer::DontKnow) {
                input.cursor = Some(n);
            }
            return input;
        }
        match previous {
            Some(Answer::DontKnow) if n > 0 => input.cursor = Some(n),
            Some(Answer::Choices(c)) => {
                for pos in c.iter().filter_map(display) {
                    input.checked[pos] = true;
                    input.cursor = Some(pos);
                }
            }
            Some(Answer::Text(t)) if matches!(q.kind, QuestionKind::Text { .. }) => {
                input.text = t.clone()
            }
            _ => {}
        }
        input
    }

    /// Number of lines to move through: the choices plus "Je ne sais pas".
    fn lines(&self) -> usize {
        self.checked.len() + 1
    }

    pub fn up(&mut self) {
        if let Some(c) = self
            .cursor
            .filter(|c| self.held && *c > 0 && *c < self.arrangement.len())
        {
            self.arrangement.swap(c, c - 1);
        }
        self.cursor = Some(match self.cursor {
            None | Some(0) => 0,
            Some(c) => c - 1,
        });
    }

    pub fn down(&mut self) {
        if self.held {
            // A held item stops at the last place; it never lands on "Je ne sais pas".
            let Some(c) = self.cursor.filter(|c| c + 1 < self.arrangement.len()) else {
                return;
            };
            self.arrangement.swap(c, c + 1);
        }
        self.cursor = Some(match self.cursor {
            None => 0,
            Some(c) => (c + 1).min(self.lines() - 1),
        });
    }

    /// A digit: moves to that choice, and ticks it on a multiple-choice question.
    pub fn pick(&mut self, pos: usize, multiple: bool) {
        if pos < self.checked.len() {
            self.held = false;
            self.cursor = Some(pos);
            if multiple {
                self.checked[pos] = !self.checked[pos];
            }
        }
    }

    pub fn toggle(&mut self) {
        if !self.arrangement.is_empty() {
            self.held = !self.held && self.cursor.is_some_and(|c| c < self.arrangement.len());
            return;
        }
        if let Some(c) = self.cursor.filter(|c| *c < self.checked.len()) {
            self.checked[c] = !self.checked[c];
        }
    }

    pub fn on_dont_know(&self) -> bool {
        self.cursor == Some(self.checked.len())
    }

    /// The answer to record, or `None` when nothing is chosen yet.
    pub fn answer(&self, q: &Question, item: &Item) -> Option<Answer> {
        if self.on_dont_know() && !matches!(q.kind, QuestionKind::Text { .. }) {
            return Some(Answer::DontKnow);
        }
        match &q.kind {
            QuestionKind::Single { .. } => {
                self.cursor.map(|c| Answer::Choices(vec![item.order[c]]))
            }
            QuestionKind::Order { .. } => Some(Answer::Choices(self.arrangement.clone())),
            QuestionKind::Multiple { .. } => {
                let picked: Vec<usize> = self
                    .checked
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| **c)
                    .map(|(pos, _)| item.order[pos])
                    .collect();
                (!picked.is_empty()).then_some(Answer::Choices(picked))
            }
            QuestionKind::Text { .. } => {
                let t = self.text.trim();
                (!t.is_empty()).then(|| Answer::Text(t.to_string()))
            }
        }
    }
}
