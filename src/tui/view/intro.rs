//! Before the first question: what this is, how long, and that "je ne sais pas" is fine.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{indented, render_lines};
use crate::tui::app::App;
use crate::tui::theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(s) = app.session() else { return };
    let b = s.bank();
    let w = area.width as usize;
    let mut lines: Vec<Line<'static>> = indented(&b.title, w, "", theme::title());
    lines.push(Line::raw(""));
    if !b.description.is_empty() {
        lines.extend(indented(&b.description, w, "", Style::new()));
        lines.push(Line::raw(""));
    }
    let (key, count) = match crate::task::planned(s, &app.abilities) {
        Some(n) => ("intro-length", n),
        None => ("intro-length-adaptive", s.max_len()),
    };
    let length = app.tr.t_args(
        key,
        &[
            ("count", count.into()),
            ("minutes", b.estimated_minutes.into()),
        ],
    );
    let falc = app.tr.t(if app.falc {
        "intro-falc-on"
    } else {
        "intro-falc-off"
    });
    for text in [
        length,
        app.tr.t("intro-dont-know"),
        app.tr.t("intro-keys"),
        falc,
    ] {
        lines.extend(indented(&text, w, "", Style::new()));
        lines.push(Line::raw(""));
    }
    lines.extend(indented(&app.tr.t("intro-start"), w, "", theme::title()));
    render_lines(lines, area, buf, None, 0);
}
