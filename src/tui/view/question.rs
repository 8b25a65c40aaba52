//! One question: its competence, the prompt, then the choices (with "Je ne sais pas"
//! always last) or a text field. Selection is shown by a symbol and reverse video.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{indented, render_lines};
use crate::bank::QuestionKind;
use crate::tui::app::App;
use crate::tui::theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(s) = app.session() else { return };
    let (Some(q), Some(item)) = (s.question(), s.item()) else {
        return;
    };
    let w = area.width as usize;
    let labels: Vec<String> = q
        .competences
        .iter()
        .filter_map(|c| s.bank().competence(c))
        .map(|c| c.label.clone())
        .collect();
    let head = app.tr.t_args(
        "question-competence",
        &[("competence", labels.join(", ").into())],
    );
    let mut lines: Vec<Line<'static>> = indented(&head, w, "", theme::dim());
    lines.push(Line::raw(""));
    lines.extend(indented(q.wording(app.falc), w, "", theme::title()));
    lines.push(Line::raw(""));
    let input = &app.input;
    let mut focus = None;
    match &q.kind {
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
            lines.extend(dont_know_line(app, w, &mut focus, at));
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
                lines.extend(indented(&kind.choices()[ci].text, w, &prefix, style));
            }
            let at = lines.len();
            lines.extend(dont_know_line(app, w, &mut focus, at));
        }
    }
    render_lines(lines, area, buf, focus, 0);
}

/// "Je ne sais pas", always the last line of a choice or ordering question.
fn dont_know_line(app: &App, w: usize, focus: &mut Option<usize>, at: usize) -> Vec<Line<'static>> {
    let on = app.input.on_dont_know();
    if on {
        *focus = Some(at);
    }
    let prefix = format!("{}(?) ?. ", if on { ">" } else { " " });
    let style = if on { theme::focused() } else { theme::dim() };
    indented(&app.tr.t("answer-dont-know"), w, &prefix, style)
}
