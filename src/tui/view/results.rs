//! The results: palier (learner message, médiateur message behind a key), per-competence
//! levels, then what to learn from the questions missed.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::{indented, render_lines};
use crate::i18n::Arg;
use crate::report::{competence_line, not_evaluated_line, percent, self_line};
use crate::tui::app::App;
use crate::tui::theme;

/// "[######----]": ASCII, so every console font can draw it.
fn bar(pct: f64, width: usize) -> String {
    let full = ((pct / 100.0) * width as f64).round() as usize;
    format!(
        "[{}{}]",
        "#".repeat(full.min(width)),
        "-".repeat(width - full.min(width))
    )
}

pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(o) = &app.outcome else { return };
    let tr = &app.tr;
    let w = area.width as usize;
    let pct = percent(o.scores.percent());
    let head = tr.t_args(
        "report-palier",
        &[
            ("palier", Arg::from(o.palier.title.clone())),
            ("percent", Arg::from(pct)),
        ],
    );
    let mut lines: Vec<Line<'static>> = indented(&head, w, "", theme::title());
    lines.extend(indented(&o.palier.learner, w, "", Style::new()));
    if app.show_mediator {
        let m = tr.t_args(
            "report-mediator",
            &[("message", Arg::from(o.palier.mediator.clone()))],
        );
        lines.extend(indented(&m, w, "", theme::weak()));
    } else {
        lines.extend(indented(&tr.t("results-mediator-key"), w, "", theme::dim()));
    }
    lines.push(Line::raw(""));
    lines.extend(indented(&tr.t("report-competences"), w, "", theme::title()));
    for c in &o.scores.competences {
        lines.extend(indented(&c.title(), w, "  ", Style::new()));
        let (text, style) = match c.percent() {
            Some(p) => (
                format!("{} {}", bar(p, 10), competence_line(tr, c)),
                if p >= 50.0 {
                    theme::good()
                } else {
                    theme::weak()
                },
            ),
            None => (competence_line(tr, c), theme::dim()),
        };
        lines.extend(indented(&text, w, "    ", style));
        // What the person thinks, beside what was measured, with the same kind of bar.
        if let (Some(p), Some(line)) = (c.self_percent(), self_line(tr, c)) {
            let text = format!("{} {line}", bar(p, 10));
            lines.extend(indented(&text, w, "    ", Style::new()));
        }
        if let Some(line) = not_evaluated_line(tr, c) {
            lines.extend(indented(&line, w, "    ", theme::dim()));
        }
    }
    if !o.not_evaluated.is_empty() {
        lines.push(Line::raw(""));
        lines.extend(indented(
            &tr.t("report-not-evaluated-list"),
            w,
            "",
            theme::title(),
        ));
        for n in &o.not_evaluated {
            let prompt = n
                .prompt_falc
                .as_ref()
                .filter(|_| app.falc)
                .unwrap_or(&n.prompt);
            lines.extend(indented(prompt, w, "  - ", theme::dim()));
        }
    }
    let missed = crate::report::render_missed(o, tr, app.falc);
    if !missed.is_empty() {
        lines.push(Line::raw(""));
        for (i, l) in missed.lines().enumerate() {
            let style = if i == 0 { theme::title() } else { Style::new() };
            // Keep the report's indentation, with "- " items hanging.
            let body = l.trim_start();
            let mut lead: String = l.chars().take_while(|c| *c == ' ').collect();
            let body = match body.strip_prefix("- ") {
                Some(rest) => {
                    lead.push_str("- ");
                    rest
                }
                None => body,
            };
            lines.extend(indented(body, w, &lead, style));
        }
    }
    render_lines(lines, area, buf, None, app.scroll);
}

#[cfg(test)]
mod tests {
    #[test]
    fn bar_fills_in_proportion() {
        assert_eq!(super::bar(0.0, 4), "[----]");
        assert_eq!(super::bar(50.0, 4), "[##--]");
        assert_eq!(super::bar(100.0, 4), "[####]");
    }
}
