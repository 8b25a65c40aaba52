//! The results: the palier in words and the learner's message, per competence a bar and
//! a word ("bien acquis", "à découvrir"); behind the M key, the médiateur's message and the
//! figures (percent, level, counts, CRCN codes); then what to learn from the questions
//! missed.

use super::{Body, indented};
use crate::diagnostic::device::DeviceUse;
use crate::i18n::Arg;
use crate::outputs::report::{
    Reader, competence_learner_line, competence_line, not_evaluated_line, percent, self_line,
};
use crate::records::journal::RunMode;
use crate::tui::app::{App, Msg};

/// "[######----]": ASCII, so every console font can draw it.
fn bar(pct: f64, width: usize) -> String {
    let full = ((pct / 100.0) * width as f64).round() as usize;
    format!(
        "[{}{}]",
        "#".repeat(full.min(width)),
        "-".repeat(width - full.min(width))
    )
}

pub fn body(app: &App, w: usize) -> Body {
    let mut body = Body::new(app.look());
    body.scroll = app.scroll();
    let Some(o) = &app.outcome() else { return body };
    let tr = &app.tr();
    let theme = &app.look().theme;
    // The person reads words; the médiateur (key M) also gets the figures and codes.
    let mediator = app.show_mediator();
    let reader = if mediator {
        Reader::Mediator
    } else {
        Reader::Learner
    };
    let head = match o.verdict() {
        Some(p) if mediator => tr.t_args(
            "report-palier",
            &[
                ("palier", Arg::from(p.title.clone())),
                ("percent", Arg::from(percent(o.scores.percent()))),
            ],
        ),
        Some(p) => tr.t_args("report-result", &[("palier", Arg::from(p.title.clone()))]),
        // No verdict: the stand-in palier says "pas assez de réponses".
        None => o.palier.title.clone(),
    };
    body.push(indented(&head, w, "", theme.title), None);
    body.push(indented(&o.palier.learner, w, "", theme.base), None);
    if o.device == Some(DeviceUse::PhoneOnly) && o.off_device > 0 {
        body.push(
            indented(&tr.t("report-phone-only"), w, "", theme.base),
            None,
        );
    }
    let key_line = if mediator {
        let m = tr.t_args(
            "report-mediator",
            &[("message", Arg::from(o.palier.mediator.clone()))],
        );
        indented(&m, w, "", theme.weak)
    } else {
        indented(&tr.t("results-mediator-key"), w, "", theme.dim)
    };
    body.push(key_line, Some(Msg::ToggleMediator));
    // The number the médiateur needs for `results show`, `print` and `compare`; a kiosk
    // visitor stays anonymous, nobody there to note it.
    if let Some(id) = app.tracked().and_then(|t| t.id())
        && app.mode() != RunMode::Kiosk
    {
        let line = tr.t_args("results-number", &[("id", Arg::from(id.to_string()))]);
        body.push(indented(&line, w, "", theme.dim), None);
    }
    body.blank();
    body.push(
        indented(&tr.t("report-competences"), w, "", theme.title),
        None,
    );
    for c in &o.scores.competences {
        let title = if mediator { c.title() } else { c.label.clone() };
        let mut lines = indented(&title, w, "  ", theme.base);
        let words = if mediator {
            competence_line(tr, c)
        } else {
            competence_learner_line(tr, c)
        };
        // The level is written out: the colour only repeats it.
        let (text, style) = match c.percent().filter(|_| c.rated) {
            Some(p) => (
                format!("{} {words}", bar(p, 10)),
                if p >= 50.0 { theme.good } else { theme.weak },
            ),
            None => (words, theme.dim),
        };
        lines.extend(indented(&text, w, "    ", style));
        // What the person thinks, beside what was measured, with the same kind of bar.
        if let (Some(p), Some(line)) = (c.self_percent(), self_line(tr, c, reader)) {
            let text = format!("{} {line}", bar(p, 10));
            lines.extend(indented(&text, w, "    ", theme.base));
        }
        if let Some(line) = not_evaluated_line(tr, c) {
            lines.extend(indented(&line, w, "    ", theme.dim));
        }
        body.push_item(lines, None, false);
    }
    if !o.not_evaluated.is_empty() {
        body.blank();
        let head = tr.t("report-not-evaluated-list");
        body.push(indented(&head, w, "", theme.title), None);
        for n in &o.not_evaluated {
            let prompt = n
                .prompt_falc
                .as_ref()
                .filter(|_| app.falc())
                .unwrap_or(&n.prompt);
            body.push(indented(prompt, w, "  - ", theme.dim), None);
        }
    }
    let missed = crate::outputs::report::render_missed(o, tr, app.falc());
    if !missed.is_empty() {
        body.blank();
        let mut items = 0;
        for (i, l) in missed.lines().enumerate() {
            let style = if i == 0 { theme.title } else { theme.base };
            // Keep the report's indentation, with "- " items hanging.
            let text = l.trim_start();
            let mut lead: String = l.chars().take_while(|c| *c == ' ').collect();
            let text = match text.strip_prefix("- ") {
                Some(rest) => {
                    if body.spaced && items > 0 {
                        body.blank();
                    }
                    items += 1;
                    lead.push_str("- ");
                    rest
                }
                None => text,
            };
            body.push(indented(text, w, &lead, style), None);
        }
    }
    body
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
