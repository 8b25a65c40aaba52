//! What the person is composing for the question on screen, before validating it.

use crate::bank::{Question, QuestionKind, Task};
use crate::session::{Answer, Item, Rating};

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
    /// Key and click tasks: wrong keys or missed clicks so far.
    pub misses: u32,
    /// Click tasks: clicks so far.
    pub clicks: u32,
    /// Double-click tasks: when the last click on the target happened (ms).
    pub pending_click: Option<u64>,
}

/// Text typed on the keyboard: free answers and typing tasks.
pub fn is_typed(kind: &QuestionKind) -> bool {
    matches!(
        kind,
        QuestionKind::Text { .. } | QuestionKind::Task(Task::Type { .. })
    )
}

impl AnswerInput {
    /// A fresh input, or the answer given before when the person came back.
    pub fn for_question(q: &Question, item: &Item, previous: Option<&Answer>) -> AnswerInput {
        let n = item.order.len();
        let display = |orig: &usize| item.order.iter().position(|o| o == orig);
        let mut input = AnswerInput {
            checked: vec![false; n],
            ..AnswerInput::default()
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
            Some(Answer::Text(t)) if is_typed(&q.kind) => input.text = t.clone(),
            Some(Answer::Rating(r)) => {
                let pos = Rating::ALL
                    .iter()
                    .position(|x| x == r)
                    .and_then(|i| display(&i));
                input.cursor = pos;
                if let Some(p) = pos {
                    input.checked[p] = true;
                }
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
        if self.on_dont_know() && !is_typed(&q.kind) {
            return Some(Answer::DontKnow);
        }
        match &q.kind {
            QuestionKind::Single { .. } => {
                self.cursor.map(|c| Answer::Choices(vec![item.order[c]]))
            }
            QuestionKind::Observation | QuestionKind::SelfAssessment => self
                .cursor
                .and_then(|c| item.order.get(c))
                .and_then(|&i| Rating::from_index(i))
                .map(Answer::Rating),
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
            QuestionKind::Text { .. } | QuestionKind::Task(Task::Type { .. }) => {
                let t = self.text.trim();
                (!t.is_empty()).then(|| Answer::Text(t.to_string()))
            }
            // Done by pressing the key or clicking the target, not by Entrée.
            QuestionKind::Task(_) => None,
        }
    }
}
