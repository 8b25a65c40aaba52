//! Which questions this session may put: the device question the program adds, the
//! person's device, and the questions it leaves out (another device, an observation
//! with nobody to observe).

use super::*;

impl Session {
    /// The index the device question has in the path.
    pub(super) fn device_index(&self) -> usize {
        self.bank.questions.len()
    }

    /// A question of the path: a bank question, or the device question.
    pub(super) fn at(&self, q: usize) -> &Question {
        match self.bank.questions.get(q) {
            Some(q) => q,
            None => self
                .device
                .as_ref()
                .expect("only the device question lies past the bank's questions"),
        }
    }

    /// What the person said they use; `None` when the bank does not ask, or before the
    /// answer.
    pub fn device_use(&self) -> Option<DeviceUse> {
        let d = self.device_index();
        self.path
            .iter()
            .zip(&self.answers)
            .find(|(q, _)| **q == d)
            .and_then(|(_, a)| a.as_ref())
            .map(DeviceUse::from_answer)
    }

    /// Whether the question on screen is the program's device question.
    pub fn on_device_question(&self) -> bool {
        self.path.get(self.current) == Some(&self.device_index())
    }

    /// Per bank question: whether this session may put it to this person. Observations need
    /// a médiateur; with the device question, the questions written for the other device
    /// are left out (before the answer: those a person with both would not get).
    pub fn allowed(&self) -> Vec<bool> {
        let use_ = self
            .device
            .is_some()
            .then(|| self.device_use().unwrap_or(DeviceUse::Both));
        self.bank
            .questions
            .iter()
            .map(|q| {
                let watched = !(self.presence == Presence::Alone
                    && matches!(q.kind, QuestionKind::Observation));
                watched && use_.is_none_or(|u| u.asks(q.device))
            })
            .collect()
    }
}
