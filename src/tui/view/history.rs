//! The stored sessions (number, date, bank, pseudonym, palier) and one of them in full.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{indented, render_lines};
use crate::commands::results::{list_line_with, show_text};
use crate::tui::app::App;
use crate::tui::theme;

pub fn render_list(app: &App, area: Rect, buf: &mut Buffer) {
    let w = area.width as usize;
    let mut lines: Vec<Line<'static>> = indented(&app.tr.t("history-help"), w, "", theme::title());
    lines.push(Line::raw(""));
    if app.history.is_empty() {
        lines.extend(indented(&app.tr.t("results-none"), w, "", Style::new()));
    }
    let mut focus = None;
    for (i, s) in app.history.iter().enumerate() {
        let selected = i == app.selected;
        if selected {
            focus = Some(lines.len());
        }
        let style = if selected {
            theme::focused()
        } else {
            Style::new()
        };
        let marker = if selected { "> " } else { "  " };
        lines.extend(indented(
            &list_line_with(s, &app.tr, " · "),
            w,
            marker,
            style,
        ));
    }
    render_lines(lines, area, buf, focus, 0);
}

pub fn render_stored(app: &App, area: Rect, buf: &mut Buffer) {
    let w = area.width as usize;
    let Some(s) = app.history.get(app.selected) else {
        return;
    };
    let mut lines: Vec<Line<'static>> = Vec::new();
    for l in show_text(s, &app.tr).lines() {
        let mut indent: String = l.chars().take_while(|c| *c == ' ').collect();
        let mut rest = l.trim_start();
        // List items hang: their next lines start under the text, not under the dash.
        if let Some(item) = rest.strip_prefix("- ") {
            indent.push_str("- ");
            rest = item;
        }
        if rest.is_empty() {
            lines.push(Line::raw(""));
        } else {
            lines.extend(indented(rest, w, &indent, Style::new()));
        }
    }
    render_lines(lines, area, buf, None, app.scroll);
}
