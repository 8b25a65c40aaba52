//! One question: its competence, the prompt, then the choices (with "Je ne sais pas"
//! always last), a text field, a rating scale, or a hands-on task. Selection is shown by a
//! symbol and reverse video.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{indented, render_lines, task};
use crate::bank::{Question, QuestionKind, Task};
use crate::session::Session;
use crate::tui::app::App;
use crate::tui::theme;

/// Competence, who answers (observations, self-assessments), then the prompt.
fn head(app: &App, s: &Session, q: &Question, w: usize) -> Vec<Line<'static>> {
    let labels: Vec<String> = q
        .competences
        .iter()
        .filter_map(|c| s.bank().competence(c))
        .map(|c| c.label.clone())
        .collect();
    let competence = app.tr.t_args(
        "question-competence",
        &[("competence", labels.join(", ").into())],
    );
    let mut lines: Vec<Line<'static>> = indented(&competence, w, "", theme::dim());
    let lead = match q.kind {
        QuestionKind::Observation => Some("question-observation"),
        QuestionKind::SelfAssessment => Some("question-self"),
        _ => None,
    };
    if let Some(lead) = lead {
        lines.extend(indented(&app.tr.t(lead), w, "", theme::weak()));
    }
    lines.push(Line::raw(""));
    lines.extend(indented(q.wording(app.falc), w, "", theme::title()));
    lines.push(Line::raw(""));
    lines
}

/// Where a click task draws its target inside `area` (the body's text area).
pub fn click_target(app: &App, area: Rect) -> Option<Rect> {
    let s = app.session()?;
    let (q, item) = (s.question()?, s.item()?);
    let QuestionKind::Task(t @ Task::Click { label, .. }) = &q.kind else {
        return None;
    };
    let w = area.width as usize;
    let mut lines = head(app, s, q, w);
    task::lines(app, t, w, &mut lines);
    Some(task::target_rect(
        area,
        lines.len(),
        item.spot.unwrap_or((50, 50)),
        label,
    ))
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(s) = app.session() else { return };
    let (Some(q), Some(item)) = (s.question(), s.item()) else {
        return;
    };
    let w = area.width as usize;
    let mut lines = head(app, s, q, w);
    let input = &app.input;
    let mut focus = None;
    match &q.kind {
        QuestionKind::Task(t) => {
            focus = task::lines(app, t, w, &mut lines);
            render_lines(lines, area, buf, focus, 0);
            if let Some(r) = click_target(app, area)
                && let Task::Click { label, .. } = t
            {
                task::render_target(r, label, buf);
            }
            return;
        }
        QuestionKind::Text { .. } => {
            lines.extend(indented(
                &app.tr.t("question-your-answer"),
                w,
                "",
                Style::new(),
            ));
            let field = format!("> {}_", input.text);
            lines.extend(indented(&field, w, "", theme::focused()));
            focus = Some(lines.len() - 1);
        }
        QuestionKind::Order { .. } => {
            lines.extend(indented(&app.tr.t("question-order"), w, "", theme::dim()));
            for (pos, &ii) in input.arrangement.iter().enumerate() {
                let on = input.cursor == Some(pos);
                let mark = match (on, input.held) {
                    (true, true) => "=>",
                    (true, false) => "> ",
                    _ => "  ",
                };
                if on {
                    focus = Some(lines.len());
                }
                let style = if on { theme::focused() } else { Style::new() };
                lines.extend(indented(
                    q.kind.option_text(ii),
                    w,
                    &format!("{mark} {}. ", pos + 1),
                    style,
                ));
            }
            let at = lines.len();
            lines.extend(dont_know_line(app, q, w, &mut focus, at));
        }
        kind => {
            let multiple = matches!(kind, QuestionKind::Multiple { .. });
            if multiple {
                lines.extend(indented(&app.tr.t("question-several"), w, "", theme::dim()));
            }
            for (pos, &ci) in item.order.iter().enumerate() {
                let on = input.cursor == Some(pos);
                let mark = match (multiple, input.checked[pos] || (!multiple && on)) {
                    (true, true) => "[x]",
                    (true, false) => "[ ]",
                    (false, true) => "(x)",
                    (false, false) => "( )",
                };
                let prefix = format!("{}{mark} {}. ", if on { ">" } else { " " }, pos + 1);
                if on {
                    focus = Some(lines.len());
                }
                let style = if on { theme::focused() } else { Style::new() };
                let text = crate::task::option_label(q, ci, &app.tr);
                lines.extend(indented(&text, w, &prefix, style));
            }
            let at = lines.len();
            lines.extend(dont_know_line(app, q, w, &mut focus, at));
        }
    }
    render_lines(lines, area, buf, focus, 0);
}

/// "Je ne sais pas" ("Pas observé" for an observation), always the last line.
fn dont_know_line(
    app: &App,
    q: &Question,
    w: usize,
    focus: &mut Option<usize>,
    at: usize,
) -> Vec<Line<'static>> {
    let on = app.input.on_dont_know();
    if on {
        *focus = Some(at);
    }
    let prefix = format!("{}(?) ?. ", if on { ">" } else { " " });
    let style = if on { theme::focused() } else { theme::dim() };
    let label = match q.kind {
        QuestionKind::Observation => "answer-not-observed",
        _ => "answer-dont-know",
    };
    indented(&app.tr.t(label), w, &prefix, style)
}
