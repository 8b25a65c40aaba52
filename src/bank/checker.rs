//! What reading a bank or a catalogue shares: the list of problems being gathered, with
//! the checks every file makes (ids, texts, duplicates, "did you mean"), and the end of a
//! read, where problems are sorted and an erroneous file gives no value.

use std::collections::HashSet;
use std::ops::Range;

use super::Loaded;
use super::raw::S;
use crate::problems::{Problem, ProblemKind as K, Severity, suggest};

pub(super) fn finish<T>(value: Option<T>, mut problems: Vec<Problem>) -> Loaded<T> {
    // Problems without a place (a file too large, a count of hidden errors) go last.
    problems.sort_by_key(|p| (p.span.as_ref().map_or(usize::MAX, |s| s.start), p.severity));
    problems.dedup();
    let ok = !problems.iter().any(|p| p.severity == Severity::Error);
    Loaded {
        value: if ok { value } else { None },
        problems,
    }
}

/// Which sections were read without schema errors.
#[derive(Debug, Clone, Copy)]
pub(super) struct Complete {
    pub competences: bool,
    pub paliers: bool,
    pub trainings: bool,
}

impl Default for Complete {
    fn default() -> Self {
        Complete {
            competences: true,
            paliers: true,
            trainings: true,
        }
    }
}

pub(super) struct Checker<'a> {
    pub p: &'a mut Vec<Problem>,
    pub complete: Complete,
    /// Words still allowed to be compared for "did you mean": a file with thousands of
    /// wrong references gets its first suggestions, not minutes of comparisons.
    suggest_budget: usize,
}

impl<'a> Checker<'a> {
    pub fn new(p: &'a mut Vec<Problem>, complete: Complete) -> Checker<'a> {
        Checker {
            p,
            complete,
            suggest_budget: 100_000,
        }
    }
}

impl Checker<'_> {
    /// The closest of `known` to a misspelt word, within the budget of comparisons.
    pub fn suggest(&mut self, word: &str, known: &[&str]) -> Option<String> {
        if self.suggest_budget < known.len() {
            return None;
        }
        self.suggest_budget -= known.len();
        suggest(word, known.iter().copied())
    }

    pub fn err(&mut self, span: Option<Range<usize>>, kind: K) {
        self.p.push(Problem::error(span, kind));
    }
    pub fn warn(&mut self, span: Option<Range<usize>>, kind: K) {
        self.p.push(Problem::warning(span, kind));
    }

    /// Ids are lowercase ASCII letters, digits and dashes: they are typed on the command
    /// line and stored in results.
    pub fn id(&mut self, id: &S<String>) {
        let s = id.get_ref();
        let ok = !s.is_empty()
            && !s.starts_with('-')
            && s.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !ok {
            self.err(Some(id.span()), K::BadId { id: s.clone() });
        }
    }

    pub fn text(&mut self, s: &S<String>, field: &str) {
        if s.get_ref().trim().is_empty() {
            self.err(
                Some(s.span()),
                K::EmptyText {
                    field: field.into(),
                },
            );
        }
    }

    /// Records duplicates among `ids`; returns nothing, the first occurrence wins.
    pub fn unique<'s>(&mut self, ids: impl IntoIterator<Item = &'s S<String>>) {
        let mut seen: HashSet<&str> = HashSet::new();
        for id in ids {
            self.id(id);
            if !seen.insert(id.get_ref()) {
                self.err(
                    Some(id.span()),
                    K::DuplicateId {
                        id: id.get_ref().clone(),
                    },
                );
            }
        }
    }
}
