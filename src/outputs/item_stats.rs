//! `diagnum results stats BANK`: the figures of each question of a bank over the finished
//! sessions made with it, for the trainer who improves the bank. Reads the sessions one by
//! one (memory stays flat), hands their answers to `diagnostic::item_analysis`, and words
//! the result as text (80 columns) or CSV.

mod as_csv;
mod as_text;

use std::collections::BTreeMap;
use std::io;

pub use as_csv::csv;
pub use as_text::text;

use crate::bank::{Bank, Question, QuestionKind};
use crate::diagnostic::answer::Answer;
use crate::diagnostic::item_analysis::{Analyser, Analysis, Flag, Item, MIN_ANSWERS};
use crate::i18n::{Arg, Tr};
use crate::outputs::period::Period;
use crate::records::date::Date;
use crate::records::history;
use crate::records::journal::{AnswerLine, Status};
use crate::records::store::Store;

/// The figures and what they were made from.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    pub analysis: Analysis,
    /// Bank versions of the sessions counted, with how many sessions each, most used first.
    pub versions: Vec<(String, usize)>,
    /// Sessions counted whose bank file differed from today's (choices may have moved).
    pub other_file: usize,
    /// Sessions with this bank in the period, left out because not finished.
    pub not_finished: usize,
    /// Session files that could not be read.
    pub unreadable: usize,
    /// First and last day of the sessions counted.
    pub first: Option<Date>,
    pub last: Option<Date>,
}

/// The finished sessions of `bank` (by its id) started in `period`.
pub fn collect(store: &Store, bank: &Bank, period: Period) -> io::Result<Stats> {
    let mut analyser = Analyser::new(bank);
    let mut versions: BTreeMap<String, usize> = BTreeMap::new();
    let (mut other_file, mut not_finished, mut unreadable) = (0, 0, 0);
    let (mut first, mut last): (Option<Date>, Option<Date>) = (None, None);
    for entry in store.entries()? {
        if period.skips_folder(entry.day) {
            continue;
        }
        let Ok(st) = history::load(entry) else {
            unreadable += 1;
            continue;
        };
        let Some(h) = st.header() else {
            unreadable += 1;
            continue;
        };
        let day = st.started().date();
        if h.bank != bank.id || !period.contains(day) {
            continue;
        }
        if st.status() != Status::Finished {
            not_finished += 1;
            continue;
        }
        *versions.entry(h.bank_version.clone()).or_default() += 1;
        other_file += usize::from(h.bank_hash != bank.hash);
        first = Some(first.map_or(day, |f| f.min(day)));
        last = Some(last.map_or(day, |l| l.max(day)));
        analyser.add(&final_answers(st.answers()));
    }
    let mut versions: Vec<(String, usize)> = versions.into_iter().collect();
    versions.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(Stats {
        analysis: analyser.finish(),
        versions,
        other_file,
        not_finished,
        unreadable,
        first,
        last,
    })
}

/// The answers as they stood at the end: a line at position `p` replaces the lines from
/// `p` on (the person went back and answered again from there).
pub fn final_answers(lines: &[AnswerLine]) -> Vec<(String, Answer)> {
    let mut at: BTreeMap<usize, &AnswerLine> = BTreeMap::new();
    for a in lines {
        at.split_off(&a.pos);
        at.insert(a.pos, a);
    }
    at.into_values()
        .map(|a| (a.q.clone(), a.answer.clone()))
        .collect()
}

/// "75 %": a share of the people who saw the question.
fn percent(item: &Item, n: usize, tr: &Tr) -> String {
    tr.t_args("stats-percent", &[("p", Arg::from(pct(item, n)))])
}

fn pct(item: &Item, n: usize) -> u32 {
    crate::outputs::report::percent(item.share(n) * 100.0)
}

/// "0,33" (French) or "0.33", sign included.
fn decimal(x: f64, tr: &Tr) -> String {
    format!("{x:.2}").replace('.', &tr.t("decimal-separator"))
}

/// One line of bank text, cleaned for a terminal, its spaces and line breaks collapsed.
fn one_line(s: &str) -> String {
    crate::text::clean(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The choice's number in the bank file (1, 2…) and its text.
fn choice_args(q: &Question, k: usize) -> [(&'static str, Arg); 2] {
    [
        ("n", Arg::from(k + 1)),
        ("text", Arg::from(one_line(q.kind.option_text(k)))),
    ]
}

/// What a flag says to the trainer.
fn flag_text(flag: &Flag, item: &Item, q: &Question, tr: &Tr) -> String {
    let p = || [("p", Arg::from(percent(item, item.right, tr)))];
    match flag {
        Flag::TooFew => tr.t_args("stats-flag-too-few", &[("min", Arg::from(MIN_ANSWERS))]),
        Flag::TooEasy => tr.t_args("stats-flag-too-easy", &p()),
        Flag::TooHard => tr.t_args("stats-flag-too-hard", &p()),
        Flag::UnusedChoice(k) => tr.t_args("stats-flag-unused", &choice_args(q, *k)),
        Flag::WrongChoiceOverRight(k) => tr.t_args("stats-flag-wrong-choice", &choice_args(q, *k)),
        Flag::WrongTextOverRight(t) => {
            tr.t_args("stats-flag-wrong-text", &[("text", Arg::from(one_line(t)))])
        }
        Flag::LowDiscrimination => tr.t("stats-flag-low"),
        Flag::NegativeDiscrimination => tr.t("stats-flag-negative"),
    }
}

/// The question type as the bank file writes it.
fn type_word(q: &Question) -> &'static str {
    match &q.kind {
        QuestionKind::Single { .. } => "single",
        QuestionKind::Multiple { .. } => "multiple",
        QuestionKind::Order { .. } => "order",
        QuestionKind::Text { .. } => "text",
        QuestionKind::Task(_) => "task",
        QuestionKind::Observation => "observation",
        QuestionKind::SelfAssessment => "self",
    }
}

/// The bank's questions beside their figures (same order).
fn rows<'a>(bank: &'a Bank, stats: &'a Stats) -> impl Iterator<Item = (&'a Question, &'a Item)> {
    bank.questions.iter().zip(&stats.analysis.items)
}

#[cfg(test)]
mod tests;
