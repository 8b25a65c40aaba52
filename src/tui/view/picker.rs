//! The bank picker: every bank found, valid or not (an invalid one shows its first error).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{indented, render_lines};
use crate::tui::app::App;
use crate::tui::theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let w = area.width as usize;
    let mut lines: Vec<Line<'static>> = indented(&app.tr.t("picker-help"), w, "", theme::title());
    lines.push(Line::raw(""));
    let mut focus = None;
    for (i, e) in app.entries.iter().enumerate() {
        let selected = i == app.selected;
        let marker = if selected { "> " } else { "  " };
        let style = if selected {
            theme::focused()
        } else {
            ratatui::style::Style::new()
        };
        if selected {
            focus = Some(lines.len());
        }
        let prefix = format!("{marker}{}. ", i + 1);
        match &e.bank {
            Ok(b) => {
                let key = match b.mode {
                    crate::bank::Mode::Linear => "picker-entry",
                    crate::bank::Mode::Adaptive => "picker-entry-adaptive",
                };
                let label = app.tr.t_args(
                    key,
                    &[
                        ("title", b.title.clone().into()),
                        ("count", b.most_questions().into()),
                        ("minutes", b.estimated_minutes.into()),
                    ],
                );
                lines.extend(indented(&label, w, &prefix, style));
            }
            Err(err) => {
                let label = app
                    .tr
                    .t_args("picker-invalid", &[("label", e.label.clone().into())]);
                lines.extend(indented(&label, w, &prefix, style));
                lines.extend(indented(err, w, &" ".repeat(prefix.len()), theme::dim()));
            }
        }
    }
    render_lines(lines, area, buf, focus, 0);
}
