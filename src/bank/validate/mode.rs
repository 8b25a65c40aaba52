//! The parcours mode (`linear` or `adaptive`) and the fields only one of them uses.

use super::Checker;
use crate::bank::Mode;
use crate::bank::raw::{RawBankMeta, RawMode};
use crate::problems::ProblemKind as K;

impl Checker<'_> {
    pub(super) fn mode(&mut self, meta: &RawBankMeta) -> (Mode, Option<usize>) {
        let mode = match meta.mode.as_ref().map(|m| *m.get_ref()).unwrap_or_default() {
            RawMode::Linear => Mode::Linear,
            RawMode::Adaptive => Mode::Adaptive,
        };
        let max = meta.max_questions.as_ref().and_then(|m| {
            if *m.get_ref() == 0 {
                self.err(Some(m.span()), K::MaxQuestionsZero);
                None
            } else {
                Some(*m.get_ref() as usize)
            }
        });
        // A field the mode ignores is a trainer's misunderstanding: say so, but run.
        let only_for = |field: &str, mode: &str| K::FieldOnlyForMode {
            field: field.into(),
            mode: mode.into(),
        };
        match mode {
            Mode::Linear => {
                if let Some(m) = &meta.max_questions {
                    self.warn(Some(m.span()), only_for("max_questions", "adaptive"));
                }
            }
            Mode::Adaptive => {
                if let Some(s) = meta.shuffle_questions.as_ref().filter(|s| *s.get_ref()) {
                    self.warn(Some(s.span()), only_for("shuffle_questions", "linear"));
                }
            }
        }
        (mode, max)
    }
}
