//! The author's screen: a list of the questions on the left, everything about the one
//! selected on the right; or, when the file has errors, `check`'s report in their place.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Widget};

use super::Preview;
use crate::bank::{Bank, Question, QuestionKind, Severity, Task};
use crate::i18n::{Arg, Tr};
use crate::problems::render::{Lines, render_all};
use crate::tui::preview::lines::render_lines;
use crate::tui::theme::default as theme;
use crate::tui::view::indented;

mod answers;

use answers::answers;

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
            let at = tr.t_args("preview-at-line", &[("line", Arg::from(line))]);
            let text = format!("{at} {severity} {}", prob.kind.message(tr));
            out.extend(indented(&text, w, "  ", theme::notice()));
        }
    }
    out
}
