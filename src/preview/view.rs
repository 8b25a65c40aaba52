//! The author's screen: a list of the questions on the left, everything about the one
//! selected on the right; or, when the file has errors, `check`'s report in their place.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Widget};

use super::Preview;
use crate::bank::render::{Lines, render_all};
use crate::bank::{Bank, Question, QuestionKind, Scoring, Severity, Task};
use crate::i18n::{Arg, Tr};
use crate::tui::theme;
use crate::tui::view::{indented, render_lines};

/// The screen, drawn with `tr`'s language.
pub struct Screen<'a> {
    pub preview: &'a Preview,
    pub tr: &'a Tr,
}

impl Widget for Screen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (p, tr) = (self.preview, self.tr);
        let [top, body, keys] = area.layout(&Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
        ]));
        let title = p
            .loaded
            .bank
            .as_ref()
            .map_or_else(|| tr.t("preview-no-bank"), |b| b.title.clone());
        let warnings = p.loaded.problems.len() - p.errors();
        let head = tr.t_args(
            "preview-title",
            &[
                ("title", Arg::from(title)),
                ("path", Arg::from(p.shown_path.clone())),
                ("errors", Arg::from(p.errors())),
                ("warnings", Arg::from(warnings)),
                ("reloads", Arg::from(p.reloads)),
            ],
        );
        buf.set_stringn(top.x, top.y, head, top.width as usize, theme::title());
        let hint = if p.typed.is_empty() {
            tr.t("preview-keys")
        } else {
            tr.t_args("preview-jump", &[("number", Arg::from(p.typed.clone()))])
        };
        buf.set_stringn(keys.x, keys.y, hint, keys.width as usize, theme::dim());
        match &p.loaded.bank {
            Some(bank) if !p.show_problems => questions(p, bank, tr, body, buf),
            _ => problems(p, tr, body, buf),
        }
    }
}

/// The file's problems as `check` prints them, scrolled.
fn problems(p: &Preview, tr: &Tr, area: Rect, buf: &mut Buffer) {
    let w = area.width as usize;
    let mut lines = Vec::new();
    let lead = if p.errors() > 0 {
        "preview-has-errors"
    } else {
        "preview-all-problems"
    };
    lines.extend(indented(&tr.t(lead), w, "", theme::notice()));
    lines.push(Line::raw(""));
    let report = render_all(&p.loaded.problems, &p.shown_path, &p.loaded.text, tr);
    if report.is_empty() {
        lines.push(Line::raw(tr.t("preview-none")));
    }
    for l in report.lines() {
        // The snippet lines keep their columns (the caret must stay under its place); the
        // messages are wrapped to the screen.
        let snippet = l.trim_start().starts_with('|')
            || l.split_once(" | ")
                .is_some_and(|(n, _)| n.trim().parse::<usize>().is_ok());
        if snippet {
            lines.push(Line::raw(l.to_string()));
        } else {
            lines.extend(indented(l, w, "", ratatui::style::Style::new()));
        }
    }
    render_lines(lines, area, buf, None, p.scroll);
}

fn questions(p: &Preview, bank: &Bank, tr: &Tr, area: Rect, buf: &mut Buffer) {
    let list_w = (area.width / 3).clamp(16, 34);
    let [list, detail] = area.layout(&Layout::horizontal([
        Constraint::Length(list_w),
        Constraint::Min(1),
    ]));
    let items: Vec<Line<'static>> = bank
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            // The selection is marked, not only reversed; "!" flags a question with problems.
            let sel = if i == p.selected { '>' } else { ' ' };
            let mark = if p.problems_of(i).is_empty() {
                ' '
            } else {
                '!'
            };
            let text = format!("{sel}{mark}{:>3} {}", i + 1, q.id);
            let style = if i == p.selected {
                theme::focused()
            } else {
                ratatui::style::Style::new()
            };
            Line::styled(text, style)
        })
        .collect();
    let block = Block::new()
        .borders(Borders::RIGHT)
        .border_style(theme::frame());
    let inner = block.inner(list);
    block.render(list, buf);
    render_lines(items, inner, buf, Some(p.selected), 0);
    let detail = Rect {
        x: detail.x + 1,
        width: detail.width.saturating_sub(1),
        ..detail
    };
    if let Some(q) = bank.questions.get(p.selected) {
        let lines = question(p, bank, q, tr, detail.width as usize);
        render_lines(lines, detail, buf, None, p.scroll);
    }
}

fn kind_name(q: &Question) -> &'static str {
    match &q.kind {
        QuestionKind::Single { .. } => "single",
        QuestionKind::Multiple { .. } => "multiple",
        QuestionKind::Order { .. } => "order",
        QuestionKind::Text { .. } => "text",
        QuestionKind::Task(Task::Key { .. }) => "task key",
        QuestionKind::Task(Task::Type { .. }) => "task type",
        QuestionKind::Task(Task::Click { .. }) => "task click",
        QuestionKind::Observation => "observation",
        QuestionKind::SelfAssessment => "self",
    }
}

/// Everything about one question, as lines of width `w`.
fn question(p: &Preview, bank: &Bank, q: &Question, tr: &Tr, w: usize) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> = Vec::new();
    let s = |v: &str| Arg::from(v.to_string());
    let head = tr.t_args(
        "preview-question-head",
        &[
            ("number", Arg::from(p.selected + 1)),
            ("total", Arg::from(bank.questions.len())),
            ("id", s(&q.id)),
            ("kind", s(kind_name(q))),
            ("level", Arg::from(usize::from(q.level))),
            ("tube", s(q.tube.as_deref().unwrap_or("-"))),
        ],
    );
    out.extend(indented(&head, w, "", theme::title()));
    let comps: Vec<String> = q
        .competences
        .iter()
        .map(|c| match bank.competence(c) {
            Some(comp) => format!("{} ({c})", comp.label),
            None => c.clone(),
        })
        .collect();
    let comp = tr.t_args(
        "preview-competence",
        &[("competence", s(&comps.join(", ")))],
    );
    out.extend(indented(&comp, w, "", theme::dim()));
    let section = |out: &mut Vec<Line<'static>>, key: &str, text: &str| {
        out.push(Line::raw(""));
        out.extend(indented(&tr.t(key), w, "", theme::weak()));
        out.extend(indented(text, w, "  ", ratatui::style::Style::new()));
    };
    section(&mut out, "preview-prompt", &q.prompt);
    let falc = q
        .prompt_falc
        .clone()
        .unwrap_or_else(|| tr.t("preview-none"));
    section(&mut out, "preview-falc", &falc);
    out.push(Line::raw(""));
    answers(q, tr, w, &mut out);
    let explanation = q
        .explanation
        .clone()
        .unwrap_or_else(|| tr.t("preview-none"));
    section(&mut out, "preview-explanation", &explanation);
    let mine = p.problems_of(p.selected);
    if !mine.is_empty() {
        out.push(Line::raw(""));
        out.extend(indented(&tr.t("preview-problems"), w, "", theme::notice()));
        let lines = Lines::new(&p.loaded.text);
        for prob in mine {
            let line = prob
                .span
                .as_ref()
                .map_or(0, |sp| lines.line_col(sp.start).0);
            let severity = match prob.severity {
                Severity::Error => tr.t("check-error"),
                Severity::Warning => tr.t("check-warning"),
            };
            let text = format!("{line}: {severity} {}", prob.kind.message(tr));
            out.extend(indented(&text, w, "  ", theme::notice()));
        }
    }
    out
}

/// The right answers, the wrong ones and what each says, for the question's kind.
fn answers(q: &Question, tr: &Tr, w: usize, out: &mut Vec<Line<'static>>) {
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
