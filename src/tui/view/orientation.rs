//! The recommended trainings, with what the person needs to know to sign up: length,
//! APTIC level, pass numérique chèques, category and the lieu's contact.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{indented, render_lines};
use crate::report::training_line;
use crate::tui::app::App;
use crate::tui::theme;

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let (Some(o), Some(s)) = (&app.outcome, app.session()) else {
        return;
    };
    let tr = &app.tr;
    let w = area.width as usize;
    let mut lines: Vec<Line<'static>> =
        indented(&tr.t("report-orientation"), w, "", theme::title());
    for m in &o.orientation.messages {
        lines.extend(indented(m, w, "", Style::new()));
    }
    if o.orientation.trainings.is_empty() {
        lines.extend(indented(&tr.t("report-no-training"), w, "", Style::new()));
    }
    for (i, t) in o.orientation.trainings.iter().enumerate() {
        lines.push(Line::raw(""));
        lines.extend(indented(
            &t.title,
            w,
            &format!("{}. ", i + 1),
            theme::title(),
        ));
        lines.extend(indented(&training_line(tr, t), w, "   ", theme::dim()));
        if !t.description.is_empty() {
            lines.extend(indented(&t.description, w, "   ", Style::new()));
        }
    }
    if let Some(l) = &s.bank().lieu {
        lines.push(Line::raw(""));
        lines.extend(indented(&tr.t("report-lieu"), w, "", theme::title()));
        for text in [&l.name, &l.address, &l.phone, &l.email, &l.hours]
            .into_iter()
            .filter(|x| !x.is_empty())
        {
            lines.extend(indented(text, w, "  ", Style::new()));
        }
    }
    render_lines(lines, area, buf, None, app.scroll);
}
