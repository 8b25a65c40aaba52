//! Checks of the hands-on kinds: `task` (key, type, click), `observation` and `self`, and
//! of fields written on a kind that does not use them.

use std::ops::Range;

use super::Checker;
use super::question::scoring;
use crate::bank::QuestionKind;
use crate::bank::raw::*;
use crate::bank::task::{self, KeyProblem, NamedKey, Task};
use crate::problems::ProblemKind as K;
use crate::text::clean;

/// A click target's label is drawn in a box: keep it short.
pub const MAX_TARGET_CHARS: usize = 20;

/// The type-specific fields written on a question, with their spans.
fn specific_fields(q: &RawQuestion) -> Vec<(&'static str, Range<usize>)> {
    [
        ("choices", q.choices.as_ref().map(toml::Spanned::span)),
        ("scoring", q.scoring.as_ref().map(toml::Spanned::span)),
        ("accept", q.accept.as_ref().map(toml::Spanned::span)),
        (
            "wrong",
            q.wrong
                .as_ref()
                .and_then(|w| w.first())
                .map(|w| w.answer.span()),
        ),
        ("items", q.items.as_ref().map(toml::Spanned::span)),
        ("tolerance", q.tolerance.as_ref().map(toml::Spanned::span)),
        ("shuffle", q.shuffle.as_ref().map(toml::Spanned::span)),
        ("task", q.task.as_ref().map(toml::Spanned::span)),
        ("key", q.key.as_ref().map(toml::Spanned::span)),
        ("text", q.text.as_ref().map(toml::Spanned::span)),
        ("target", q.target.as_ref().map(toml::Spanned::span)),
        (
            "double_click",
            q.double_click.as_ref().map(toml::Spanned::span),
        ),
        ("attempts", q.attempts.as_ref().map(toml::Spanned::span)),
    ]
    .into_iter()
    .filter_map(|(name, span)| span.map(|s| (name, s)))
    .collect()
}

impl Checker<'_> {
    /// Reports each type-specific field that `kind` does not use. For the classic kinds,
    /// `allowed` is every classic field: their own checks are done where they are read.
    pub(super) fn only_fields(&mut self, q: &RawQuestion, kind: &str, allowed: &[&str]) {
        for (field, span) in specific_fields(q) {
            if !allowed.contains(&field) {
                self.err(
                    Some(span),
                    K::FieldNotForType {
                        field: field.into(),
                        kind: kind.into(),
                    },
                );
            }
        }
    }

    pub(super) fn task(&mut self, q: &RawQuestion) -> Option<QuestionKind> {
        let Some(which) = &q.task else {
            self.err(
                Some(q.kind.span()),
                K::MissingFieldForType {
                    field: "task".into(),
                    kind: "task".into(),
                },
            );
            return None;
        };
        let (name, allowed): (&str, &[&str]) = match which.get_ref() {
            RawTaskKind::Key => ("task (key)", &["task", "key", "attempts"]),
            RawTaskKind::Type => ("task (type)", &["task", "text", "tolerance", "scoring"]),
            RawTaskKind::Click => (
                "task (click)",
                &["task", "target", "double_click", "attempts"],
            ),
        };
        self.only_fields(q, name, allowed);
        let missing = |field: &str| K::MissingFieldForType {
            field: field.into(),
            kind: name.into(),
        };
        let task = match which.get_ref() {
            RawTaskKind::Key => {
                let Some(k) = &q.key else {
                    self.err(Some(which.span()), missing("key"));
                    return None;
                };
                let key = match task::parse_key(k.get_ref()) {
                    Ok(key) => key,
                    Err(problem) => {
                        let kind = match problem {
                            KeyProblem::Unknown => K::UnknownKey {
                                key: k.get_ref().clone(),
                                names: NamedKey::ALL.map(NamedKey::name).join(", "),
                                suggestion: super::suggest(
                                    k.get_ref(),
                                    NamedKey::ALL.map(NamedKey::name),
                                ),
                            },
                            KeyProblem::Escape => K::KeyEscape,
                            KeyProblem::Modifier => K::KeyModifier {
                                key: k.get_ref().clone(),
                            },
                        };
                        self.err(Some(k.span()), kind);
                        return None;
                    }
                };
                Task::Key {
                    key,
                    attempts: self.attempts(q),
                }
            }
            RawTaskKind::Type => {
                let Some(text) = &q.text else {
                    self.err(Some(which.span()), missing("text"));
                    return None;
                };
                self.text(text, "text");
                Task::Type {
                    text: clean(text.get_ref()).trim().to_string(),
                    tolerance: self.tolerance(q.tolerance.as_ref(), task::STRICT),
                    scoring: scoring(q.scoring.as_ref()),
                }
            }
            RawTaskKind::Click => {
                let label = match &q.target {
                    Some(t) => {
                        self.text(t, "target");
                        let n = t.get_ref().trim().chars().count();
                        if n > MAX_TARGET_CHARS {
                            self.err(
                                Some(t.span()),
                                K::TargetTooLong {
                                    count: n,
                                    max: MAX_TARGET_CHARS,
                                },
                            );
                        }
                        clean(t.get_ref()).trim().to_string()
                    }
                    None => task::DEFAULT_TARGET.to_string(),
                };
                Task::Click {
                    label,
                    double: q.double_click.as_ref().is_some_and(|d| *d.get_ref()),
                    attempts: self.attempts(q),
                }
            }
        };
        Some(QuestionKind::Task(task))
    }

    fn attempts(&mut self, q: &RawQuestion) -> u8 {
        match &q.attempts {
            Some(a) if !(1..=9).contains(a.get_ref()) => {
                self.err(
                    Some(a.span()),
                    K::AttemptsRange {
                        value: (*a.get_ref()).into(),
                    },
                );
                task::DEFAULT_ATTEMPTS
            }
            Some(a) => *a.get_ref(),
            None => task::DEFAULT_ATTEMPTS,
        }
    }
}
