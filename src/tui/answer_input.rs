//! What the person is composing for the question on screen, before validating it.
//!
//! The focus moves over the choices, then "Je ne sais pas", then (for questions where Enter
//! on a choice ticks it or takes it) the "Valider" button. So each question can be done
//! with digits and Enter alone, with arrows and Enter alone, or with clicks alone.

use super::msg::{CaretMove, Msg};
use crate::bank::{Question, QuestionKind, Task};
use crate::diagnostic::session::{Answer, Item, Rating};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputKind {
    #[default]
    Single,
    Multiple,
    Order,
    /// Typed on the keyboard: free answers and typing tasks.
    Text,
    /// Key and click tasks: done by pressing or clicking, not by choosing.
    Task,
}

/// What a message did to the input.
#[derive(Debug, Clone, PartialEq)]
pub enum Enter {
    Nothing,
    /// Fluent id of a short message: the answer is not ready yet.
    Notice(&'static str),
    Answer(Answer),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnswerInput {
    pub kind: InputKind,
    /// Focused line: a display position, `choices` for "Je ne sais pas", `choices + 1`
    /// for the "Valider" button. `None` until the person moves, so a stray Enter answers
    /// nothing.
    pub cursor: Option<usize>,
    /// Ticked boxes of a multiple-choice question, by display position.
    pub checked: Vec<bool>,
    pub text: String,
    /// Where the next typed character goes, in characters from the start of `text`.
    pub caret: usize,
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
        let kind = match &q.kind {
            // Observations and self-assessments pick one of three lines, like a single choice.
            QuestionKind::Single { .. }
            | QuestionKind::Observation
            | QuestionKind::SelfAssessment => InputKind::Single,
            QuestionKind::Multiple { .. } => InputKind::Multiple,
            QuestionKind::Order { .. } => InputKind::Order,
            k if is_typed(k) => InputKind::Text,
            _ => InputKind::Task,
        };
        let mut input = AnswerInput {
            kind,
            checked: vec![false; n],
            ..AnswerInput::default()
        };
        if kind == InputKind::Order {
            input.arrangement = match previous {
                Some(Answer::Choices(c)) if c.len() == n => c.clone(),
                _ => item.order.clone(),
            };
        }
        match previous {
            Some(Answer::DontKnow) if n > 0 => input.cursor = Some(n),
            Some(Answer::Choices(_)) if kind == InputKind::Order => input.cursor = Some(n + 1),
            Some(Answer::Choices(c)) => {
                for pos in c.iter().filter_map(display) {
                    input.checked[pos] = true;
                    input.cursor = Some(pos);
                }
                // Enter would untick the last box: wait on "Valider" instead.
                if kind == InputKind::Multiple {
                    input.cursor = Some(n + 1);
                }
            }
            Some(Answer::Text(t)) if kind == InputKind::Text => {
                input.text = t.clone();
                input.caret = t.chars().count();
            }
            Some(Answer::Rating(r)) => {
                input.cursor = Rating::ALL
                    .iter()
                    .position(|x| x == r)
                    .and_then(|i| display(&i));
            }
            _ => {}
        }
        input
    }

    /// The byte offset of the character at `chars` (the end when past it).
    fn byte_at(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// The typed text as shown: "_" waits at the end; in the middle, a "|" shows where the
    /// next letter goes (the terminal's cursor is there too, but not every console shows it).
    pub fn field(&self) -> String {
        let at = self.byte_at(self.caret);
        if at == self.text.len() {
            format!("> {}_", self.text)
        } else {
            format!("> {}|{}", &self.text[..at], &self.text[at..])
        }
    }

    /// Columns from the start of the field to the caret.
    pub fn caret_column(&self) -> usize {
        use unicode_width::UnicodeWidthStr;
        2 + self.text[..self.byte_at(self.caret)].width()
    }

    fn choices(&self) -> usize {
        self.checked.len()
    }

    /// Whether Enter on a choice ticks or takes it, so validating needs its own button.
    fn submit_in_cycle(&self) -> bool {
        matches!(self.kind, InputKind::Multiple | InputKind::Order)
    }

    /// Number of lines the focus moves through.
    fn lines(&self) -> usize {
        self.choices() + 1 + usize::from(self.submit_in_cycle())
    }

    fn on_choice(&self) -> Option<usize> {
        self.cursor.filter(|c| *c < self.choices())
    }

    pub fn on_dont_know(&self) -> bool {
        self.cursor == Some(self.choices())
    }

    pub fn on_submit(&self) -> bool {
        self.submit_in_cycle() && self.cursor == Some(self.choices() + 1)
    }

    /// Applies a message that only concerns the answer being composed.
    pub fn apply(&mut self, msg: Msg, q: &Question, item: &Item) -> Enter {
        match msg {
            Msg::Up => self.up(),
            Msg::Down => self.down(),
            Msg::Pick(pos) => self.pick(pos),
            Msg::PickDontKnow if self.kind != InputKind::Text => {
                self.held = false;
                self.cursor = Some(self.choices());
            }
            Msg::Toggle => self.toggle(),
            Msg::Input(c) => {
                self.text.insert(self.byte_at(self.caret), c);
                self.caret += 1;
            }
            Msg::Erase if self.caret > 0 => {
                self.caret -= 1;
                self.text.remove(self.byte_at(self.caret));
            }
            Msg::EraseForward if self.caret < self.text.chars().count() => {
                self.text.remove(self.byte_at(self.caret));
            }
            Msg::Caret(m) => {
                let len = self.text.chars().count();
                self.caret = match m {
                    CaretMove::Left => self.caret.saturating_sub(1),
                    CaretMove::Right => (self.caret + 1).min(len),
                    CaretMove::Home => 0,
                    CaretMove::End => len,
                };
            }
            Msg::Validate => return self.enter(q, item),
            Msg::Submit => return self.submit(q, item),
            _ => {}
        }
        Enter::Nothing
    }

    fn up(&mut self) {
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

    fn down(&mut self) {
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

    /// A digit or a click on a choice. Single: moves there. Multiple: ticks or unticks it,
    /// then waits on "Valider". Order: takes that item, or puts the held one at that place.
    fn pick(&mut self, pos: usize) {
        if pos >= self.choices() {
            return;
        }
        match self.kind {
            InputKind::Multiple => {
                self.checked[pos] = !self.checked[pos];
                self.cursor = Some(self.choices() + 1);
            }
            InputKind::Order => match self.on_choice().filter(|_| self.held) {
                Some(from) => {
                    let it = self.arrangement.remove(from);
                    self.arrangement.insert(pos, it);
                    self.held = false;
                    self.cursor = Some(self.choices() + 1);
                }
                None => {
                    self.held = true;
                    self.cursor = Some(pos);
                }
            },
            InputKind::Single | InputKind::Text | InputKind::Task => self.cursor = Some(pos),
        }
    }

    fn toggle(&mut self) {
        match (self.kind, self.on_choice()) {
            (InputKind::Order, c) => self.held = !self.held && c.is_some(),
            (InputKind::Multiple, Some(c)) => self.checked[c] = !self.checked[c],
            _ => {}
        }
    }

    /// Enter: ticks or takes the focused choice; otherwise validates.
    fn enter(&mut self, q: &Question, item: &Item) -> Enter {
        match (self.kind, self.on_choice()) {
            (InputKind::Multiple | InputKind::Order, Some(_)) => {
                self.toggle();
                Enter::Nothing
            }
            // Never shown in the right order: a stray Enter must not answer.
            (InputKind::Order, None) if self.cursor.is_none() => {
                Enter::Notice("notice-order-first")
            }
            _ => self.submit(q, item),
        }
    }

    /// The answer as it stands, or why there is none yet.
    fn submit(&self, q: &Question, item: &Item) -> Enter {
        match self.answer(q, item) {
            Some(a) => Enter::Answer(a),
            None => Enter::Notice(match self.kind {
                InputKind::Multiple => "notice-tick-first",
                InputKind::Text => "notice-write-first",
                InputKind::Task => "notice-click-first",
                _ => "notice-choose-first",
            }),
        }
    }

    /// The answer to record, or `None` when nothing is chosen yet.
    pub fn answer(&self, q: &Question, item: &Item) -> Option<Answer> {
        if self.on_dont_know() && self.kind != InputKind::Text {
            return Some(Answer::DontKnow);
        }
        match &q.kind {
            QuestionKind::Single { .. } => self
                .on_choice()
                .map(|c| Answer::Choices(vec![item.order[c]])),
            QuestionKind::Observation | QuestionKind::SelfAssessment => self
                .on_choice()
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
