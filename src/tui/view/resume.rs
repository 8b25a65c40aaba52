//! Sessions left unfinished: which bank, when, how far, and for whom.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{indented, render_lines};
use crate::commands::results::day;
use crate::i18n::Arg;
use crate::tui::app::App;
use crate::tui::theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let w = area.width as usize;
    let mut lines: Vec<Line<'static>> = indented(&app.tr.t("resume-title"), w, "", theme::title());
    lines.push(Line::raw(""));
    lines.extend(indented(
        &app.tr.t("resume-help"),
        w,
        "",
        ratatui::style::Style::new(),
    ));
    lines.push(Line::raw(""));
    let mut focus = None;
    for (i, s) in app.unfinished.iter().enumerate() {
        let Some(h) = s.header() else { continue };
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
        let label = app.tr.t_args(
            "resume-entry",
            &[
                ("bank", Arg::from(h.bank_title.clone())),
                ("date", Arg::from(day(h.started, &app.tr))),
                ("n", Arg::from(s.read.answers.len())),
                ("id", Arg::from(s.entry.id.clone())),
            ],
        );
        let label = match &h.pseudonym {
            Some(name) => format!("{label} · {name}"),
            None => label,
        };
        lines.extend(indented(&label, w, &format!("{marker}{}. ", i + 1), style));
    }
    render_lines(lines, area, buf, focus, 0);
}
