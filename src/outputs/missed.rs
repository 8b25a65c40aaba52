//! The questions to learn from, after the results: each missed question with its right
//! answer, the feedback of the wrong choice picked, the explanation, and where a typed
//! text differed from the model.

use std::fmt::Write;

use crate::diagnostic::outcome::Outcome;
use crate::diagnostic::typing::{Diff, Typing};
use crate::i18n::{Arg, Tr};

/// The missed questions with their explanations, to learn from them.
/// `falc`: show each question as the person read it.
pub fn render_missed(o: &Outcome, tr: &Tr, falc: bool) -> String {
    let mut s = String::new();
    if o.missed.is_empty() {
        return s;
    }
    let _ = writeln!(s, "{}", tr.t("report-missed"));
    for m in &o.missed {
        let _ = writeln!(
            s,
            "  - {}",
            m.prompt_falc.as_ref().filter(|_| falc).unwrap_or(&m.prompt)
        );
        let right = if falc && !m.right_falc.is_empty() {
            &m.right_falc
        } else {
            &m.right
        };
        if !right.is_empty() {
            let _ = writeln!(
                s,
                "    {}",
                tr.t_args(
                    "report-right-answer",
                    &[("answer", Arg::from(right.join(" ; ")))]
                )
            );
        }
        if let Some(key) = m.key {
            let _ = writeln!(
                s,
                "    {}",
                tr.t_args(
                    "report-right-answer",
                    &[("answer", Arg::from(key.describe(tr)))]
                )
            );
        }
        if let Some((typed, t)) = &m.typing {
            for line in typing_lines(tr, typed, t) {
                let _ = writeln!(s, "    {line}");
            }
        }
        for extra in [&m.feedback, &m.explanation].into_iter().flatten() {
            let _ = writeln!(s, "    {extra}");
        }
    }
    s
}

/// A typing task missed, told gently: what was typed, how much was right, and at most
/// three differences to look at.
fn typing_lines(tr: &Tr, typed: &str, t: &Typing) -> Vec<String> {
    let mut lines = vec![tr.t_args(
        "typing-typed",
        &[
            ("typed", Arg::from(typed.to_string())),
            ("right", Arg::from(t.right)),
            ("total", Arg::from(t.total)),
        ],
    )];
    let show = |c: char| {
        if c == ' ' {
            tr.t("typing-space")
        } else {
            c.to_string()
        }
    };
    let mut diffs: Vec<String> = t
        .diffs
        .iter()
        .take(3)
        .map(|d| match *d {
            Diff::Wrong { expected, typed } => tr.t_args(
                "typing-wrong",
                &[
                    ("typed", Arg::from(show(typed))),
                    ("expected", Arg::from(show(expected))),
                ],
            ),
            Diff::Missing(c) => tr.t_args("typing-missing", &[("expected", Arg::from(show(c)))]),
            Diff::Extra(c) => tr.t_args("typing-extra", &[("typed", Arg::from(show(c)))]),
        })
        .collect();
    if t.diffs.len() > 3 {
        diffs.push("…".into());
    }
    if !diffs.is_empty() {
        lines.push(tr.t_args("typing-look", &[("diffs", Arg::from(diffs.join(" ; ")))]));
    }
    lines
}
