//! How far the person is: the question's number, how many there are (or may still be,
//! in an adaptive parcours).

use super::*;

impl Session {
    /// The number of questions when it is known in advance (linear banks; it changes
    /// once with the device answer).
    pub fn fixed_len(&self) -> Option<usize> {
        (!self.adaptive()).then_some(self.path.len())
    }

    /// The most questions this session can ask: the bank's size (and the device question),
    /// or its `max_questions`, which counts the device question too.
    pub fn max_len(&self) -> usize {
        let n = self.bank.questions.len() + usize::from(self.device.is_some());
        match (self.bank.mode, self.bank.max_questions) {
            (Mode::Adaptive, Some(m)) => m.min(n),
            _ => n,
        }
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

    /// Answers that count against `max_questions`: all but neutralised tasks.
    pub(super) fn used(&self) -> usize {
        self.seen[..self.current.min(self.seen.len())]
            .iter()
            .filter(|s| s.is_some_and(|s| s != Seen::NotRun))
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
        let mut asked = self.asked();
        let allowed = self.allowed();
        // The question on screen is about to be answered: it is not among those left.
        if let Some(&q) = self.path.get(self.current).filter(|&&q| q < allowed.len()) {
            asked.push((q, Seen::Neutral));
        }
        let open = adaptive::open_count(&self.tubes, &asked, &allowed);
        let budget = self.max_len().saturating_sub(self.number());
        open.min(budget)
    }
}
