//! The answers given, question by question, for the médiateur: what the person chose or
//! typed, and whether it was right, partly right, wrong, "je ne sais pas" (not a wrong
//! answer: the person said so), or a task not evaluated (the terminal could not run it, or
//! the médiateur did not observe it). Self-assessments and observations are in words.

use std::fmt::Write as _;

use crate::bank::{Question, QuestionKind, Task};
use crate::diagnostic::abilities;
use crate::diagnostic::answer::{Answer, Rating};
use crate::diagnostic::device::QUESTION_ID;
use crate::diagnostic::outcome::{Outcome, right_answers};
use crate::diagnostic::scoring::{Counts, counts, score};
use crate::diagnostic::session::Session;
use crate::i18n::{Arg, Tr};

/// How an answer counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Right,
    Partly,
    Wrong,
    DontKnow,
    /// A task this terminal could not run, or an observation not made: in no score.
    NotEvaluated,
    /// A self-assessment: what the person thinks, apart from what is measured.
    Opinion,
    /// An observation the médiateur made.
    Observed,
    /// The program's own question (the device used): in no score.
    Info,
}

impl Mark {
    fn key(self) -> &'static str {
        match self {
            Mark::Right => "answers-mark-right",
            Mark::Partly => "answers-mark-partly",
            Mark::Wrong => "answers-mark-wrong",
            Mark::DontKnow => "answers-mark-dont-know",
            Mark::NotEvaluated => "answers-mark-not-evaluated",
            Mark::Opinion => "answers-mark-opinion",
            Mark::Observed => "answers-mark-observed",
            Mark::Info => "answers-mark-info",
        }
    }
}

/// One question as the médiateur reads it afterwards.
#[derive(Debug, Clone, PartialEq)]
pub struct Given {
    pub prompt: String,
    pub mark: Mark,
    /// What was answered, in words; `None` when there is nothing more to say than the mark.
    pub answer: Option<String>,
    /// The right answer, shown when the answer was not right.
    pub right: Vec<String>,
}

/// Every answered question of a session, in asking order.
pub fn from_session(s: &Session, tr: &Tr) -> Vec<Given> {
    s.steps()
        .filter_map(|(q, a)| Some(one(q, a?, tr)))
        .collect()
}

fn one(q: &Question, a: &Answer, tr: &Tr) -> Given {
    let mark = if q.id == QUESTION_ID {
        Mark::Info
    } else {
        match (counts(q, a), &q.kind, a) {
            (Counts::NotEvaluated, ..) => Mark::NotEvaluated,
            (_, _, Answer::DontKnow) => Mark::DontKnow,
            (Counts::SelfAssessed, ..) => Mark::Opinion,
            (_, QuestionKind::Observation, _) => Mark::Observed,
            _ => match score(q, a) {
                s if s >= 1.0 - 1e-9 => Mark::Right,
                s if s > 1e-9 => Mark::Partly,
                _ => Mark::Wrong,
            },
        }
    };
    let answer = match mark {
        Mark::DontKnow | Mark::NotEvaluated => None,
        _ => Some(describe(a, q, false, tr)).filter(|t| !t.trim().is_empty()),
    };
    let right = match mark {
        Mark::Partly | Mark::Wrong | Mark::DontKnow => right_or_key(q, tr),
        _ => vec![],
    };
    Given {
        prompt: q.prompt.clone(),
        mark,
        answer,
        right,
    }
}

fn right_or_key(q: &Question, tr: &Tr) -> Vec<String> {
    match &q.kind {
        QuestionKind::Task(Task::Key { key, .. }) => vec![key.describe(tr)],
        _ => right_answers(q),
    }
}

/// Without the bank the session was taken on (changed or gone since): what the stored
/// result keeps, the questions not right and those not evaluated.
pub fn from_outcome(o: &Outcome) -> Vec<Given> {
    let missed = o.missed.iter().map(|m| Given {
        prompt: m.prompt.clone(),
        mark: if m.dont_know {
            Mark::DontKnow
        } else {
            Mark::Wrong
        },
        answer: (!m.given.is_empty()).then(|| m.given.join(" ; ")),
        right: m.right.clone(),
    });
    let left_out = o.not_evaluated.iter().map(|n| Given {
        prompt: n.prompt.clone(),
        mark: Mark::NotEvaluated,
        answer: None,
        right: vec![],
    });
    missed.chain(left_out).collect()
}

/// An answer in words, as the person read its choices (`falc`: their plain wording).
pub fn describe(a: &Answer, q: &Question, falc: bool, tr: &Tr) -> String {
    match a {
        Answer::DontKnow => tr.t("answer-dont-know"),
        Answer::Text(t) => t.clone(),
        Answer::Choices(c) => c
            .iter()
            .map(|&i| q.kind.option_wording(i, falc))
            .collect::<Vec<_>>()
            .join(" ; "),
        Answer::Rating(r) => {
            let i = Rating::ALL.iter().position(|x| x == r).unwrap_or(0);
            abilities::option_label(q, i, tr)
        }
        Answer::Task { success, attempts } => {
            let done = tr.t(if *success {
                "answer-task-done"
            } else {
                "answer-task-not-done"
            });
            let tries = tr.t_args("answers-attempts", &[("n", Arg::from(*attempts))]);
            format!("{done} ({tries})")
        }
        Answer::NotEvaluated => tr.t("report-not-evaluated-task"),
    }
}

/// The list as text: a heading and the count of each kind, then per question its number,
/// mark and prompt, the answer and, when it was not right, the right one. `complete`: every question is there (else
/// only those the stored result kept, said so).
pub fn render(given: &[Given], complete: bool, tr: &Tr) -> String {
    let mut s = String::new();
    if given.is_empty() {
        return s;
    }
    let _ = writeln!(s, "{}", tr.t("answers-title"));
    let about = if complete {
        tally(given, tr)
    } else {
        tr.t("answers-partial")
    };
    let _ = writeln!(s, "  {about}");
    for (n, g) in given.iter().enumerate() {
        let head = tr.t_args(
            "answers-item",
            &[
                ("n", Arg::from(n + 1)),
                ("mark", Arg::from(tr.t(g.mark.key()))),
                ("prompt", Arg::from(g.prompt.clone())),
            ],
        );
        let _ = writeln!(s, "  - {head}");
        if let Some(answer) = &g.answer {
            let line = tr.t_args("answers-given", &[("answer", Arg::from(answer.clone()))]);
            let _ = writeln!(s, "      {line}");
        }
        if !g.right.is_empty() {
            let line = tr.t_args(
                "report-right-answer",
                &[("answer", Arg::from(g.right.join(" ; ")))],
            );
            let _ = writeln!(s, "      {line}");
        }
    }
    s
}

/// How many answers of each kind: "12 justes, 3 faux, 4 je ne sais pas, 2 non évalués".
pub fn tally(given: &[Given], tr: &Tr) -> String {
    let n = |m: Mark| given.iter().filter(|g| g.mark == m).count();
    tr.t_args(
        "answers-tally",
        &[
            ("right", Arg::from(n(Mark::Right))),
            ("partly", Arg::from(n(Mark::Partly))),
            ("wrong", Arg::from(n(Mark::Wrong))),
            ("dontknow", Arg::from(n(Mark::DontKnow))),
            ("notevaluated", Arg::from(n(Mark::NotEvaluated))),
        ],
    )
}

#[cfg(test)]
mod tests;
