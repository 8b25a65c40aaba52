//! What a question expects, for the author: right and wrong choices with their feedback,
//! accepted answers and tolerance, the expected order, what a task asks.

use ratatui::text::Line;

use crate::bank::{Question, QuestionKind, Scoring, Task};
use crate::i18n::{Arg, Tr};
use crate::tui::theme::default as theme;
use crate::tui::view::indented;

/// The right answers, the wrong ones and what each says, for the question's kind.
pub(super) fn answers(q: &Question, tr: &Tr, w: usize, out: &mut Vec<Line<'static>>) {
    let plain = ratatui::style::Style::new();
    let line = |out: &mut Vec<Line<'static>>, first: &str, text: &str, style| {
        out.extend(indented(text, w, first, style));
    };
    let right = tr.t("preview-right");
    let wrong = tr.t("preview-wrong");
    let pad = " ".repeat(right.chars().count().max(wrong.chars().count()) + 3);
    match &q.kind {
        QuestionKind::Single { choices, shuffle }
        | QuestionKind::Multiple {
            choices, shuffle, ..
        } => {
            let key = if *shuffle {
                "preview-choices-shuffled"
            } else {
                "preview-choices"
            };
            line(out, "", &tr.t(key), theme::weak());
            for c in choices {
                let mark = if c.correct { &right } else { &wrong };
                let style = if c.correct { theme::good() } else { plain };
                line(
                    out,
                    &format!("  {mark:<width$} ", width = pad.len() - 3),
                    &c.text,
                    style,
                );
                if let Some(f) = &c.feedback {
                    line(
                        out,
                        &pad,
                        &tr.t_args("preview-feedback", &[("text", Arg::from(f.clone()))]),
                        theme::dim(),
                    );
                }
            }
            if let QuestionKind::Multiple { scoring, .. } = &q.kind {
                line(out, "", &scoring_text(*scoring, tr), theme::dim());
            }
        }
        QuestionKind::Order { items, scoring } => {
            line(out, "", &tr.t("preview-order"), theme::weak());
            for (i, item) in items.iter().enumerate() {
                line(out, &format!("  {}. ", i + 1), item, plain);
            }
            line(out, "", &scoring_text(*scoring, tr), theme::dim());
        }
        QuestionKind::Text {
            accept,
            wrong: wrongs,
            tolerance,
        } => {
            line(out, "", &tr.t("preview-accept"), theme::weak());
            for a in accept {
                line(
                    out,
                    &format!("  {right:<width$} ", width = pad.len() - 3),
                    a,
                    theme::good(),
                );
            }
            for wa in wrongs {
                line(
                    out,
                    &format!("  {wrong:<width$} ", width = pad.len() - 3),
                    &wa.answer,
                    plain,
                );
                line(
                    out,
                    &pad,
                    &tr.t_args(
                        "preview-feedback",
                        &[("text", Arg::from(wa.feedback.clone()))],
                    ),
                    theme::dim(),
                );
            }
            let tol = tr.t_args(
                "preview-tolerance",
                &[
                    ("case", Arg::from(yes_no(tolerance.case, tr))),
                    ("accents", Arg::from(yes_no(tolerance.accents, tr))),
                    ("punctuation", Arg::from(yes_no(tolerance.punctuation, tr))),
                    ("typo", Arg::from(format!("{}", tolerance.typo_ratio))),
                ],
            );
            line(out, "", &tol, theme::dim());
        }
        QuestionKind::Task(Task::Key { key, attempts }) => {
            let text = tr.t_args(
                "preview-task-key",
                &[
                    ("key", Arg::from(format!("{key:?}"))),
                    ("attempts", Arg::from(usize::from(*attempts))),
                ],
            );
            line(out, "", &text, theme::weak());
        }
        QuestionKind::Task(Task::Type { text, scoring, .. }) => {
            line(out, "", &tr.t("preview-task-type"), theme::weak());
            line(out, "  ", text, theme::good());
            line(out, "", &scoring_text(*scoring, tr), theme::dim());
        }
        QuestionKind::Task(Task::Click {
            label,
            double,
            attempts,
        }) => {
            let key = if *double {
                "preview-task-double-click"
            } else {
                "preview-task-click"
            };
            let text = tr.t_args(
                key,
                &[
                    ("target", Arg::from(label.clone())),
                    ("attempts", Arg::from(usize::from(*attempts))),
                ],
            );
            line(out, "", &text, theme::weak());
        }
        QuestionKind::Observation => line(out, "", &tr.t("preview-observation"), theme::weak()),
        QuestionKind::SelfAssessment => line(out, "", &tr.t("preview-self"), theme::weak()),
    }
}

fn scoring_text(s: Scoring, tr: &Tr) -> String {
    tr.t(match s {
        Scoring::AllOrNothing => "preview-all-or-nothing",
        Scoring::Partial => "preview-partial",
    })
}

fn yes_no(b: bool, tr: &Tr) -> String {
    tr.t(if b {
        "preview-ignored"
    } else {
        "preview-counted"
    })
}
