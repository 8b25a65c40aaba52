//! One question: its competence, the prompt, then the choices (with "Je ne sais pas"
//! always last), a text field, a rating scale, or a hands-on task. Selection is shown by a symbol and reverse video, never
//! by colour alone.

use super::{Body, indented, task};
use crate::bank::{Question, QuestionKind};
use crate::tui::app::{App, Msg};

pub fn body(app: &App, w: usize) -> Body {
    let mut body = Body::new(app.look());
    let Some(s) = app.session() else { return body };
    let (Some(q), Some(item)) = (s.question(), s.item()) else {
        return body;
    };
    let theme = &app.look().theme;
    // Observations and self-assessments say first who answers.
    let lead = match q.kind {
        QuestionKind::Observation => Some("question-observation"),
        QuestionKind::SelfAssessment => Some("question-self"),
        _ => None,
    };
    if let Some(lead) = lead {
        body.push(indented(&app.tr().t(lead), w, "", theme.weak), None);
    }
    // Until something has the focus, a screen reader starts from the prompt.
    body.cursor = Some((body.next_line(), 0));
    body.push(indented(q.wording(app.falc()), w, "", theme.title), None);
    body.blank();
    let input = &app.input();
    let style = |on: bool| if on { theme.focused } else { theme.base };
    match &q.kind {
        QuestionKind::Task(t) => task::push(app, t, w, &mut body),
        QuestionKind::Text { .. } => {
            let ask = app.tr().t("question-your-answer");
            body.push(indented(&ask, w, "", theme.base), None);
            super::field::text_field(input, w, theme.focused, &mut body);
        }
        QuestionKind::Order { .. } => {
            body.push(
                indented(&app.tr().t("question-order"), w, "", theme.dim),
                None,
            );
            for (pos, &ii) in input.arrangement.iter().enumerate() {
                let on = input.cursor == Some(pos);
                let mark = match (on, input.held) {
                    (true, true) => "=>",
                    (true, false) => "> ",
                    _ => "  ",
                };
                let prefix = format!("{mark} {}. ", pos + 1);
                let lines = indented(q.kind.option_wording(ii, app.falc()), w, &prefix, style(on));
                body.push_item(lines, Some(Msg::Pick(pos)), on);
            }
            dont_know_line(app, q, w, &mut body);
        }
        kind => {
            let multiple = matches!(kind, QuestionKind::Multiple { .. });
            if multiple {
                let several = app.tr().t("question-several");
                body.push(indented(&several, w, "", theme.dim), None);
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
                let text =
                    crate::diagnostic::abilities::option_wording(q, ci, app.falc(), app.tr());
                let lines = indented(&text, w, &prefix, style(on));
                body.push_item(lines, Some(Msg::Pick(pos)), on);
            }
            dont_know_line(app, q, w, &mut body);
        }
    }
    body
}

/// "Je ne sais pas" ("Pas observé" for an observation), always the last line of a choice
/// or ordering question; the 0 key moves there, like a digit.
fn dont_know_line(app: &App, q: &Question, w: usize, body: &mut Body) {
    let on = app.input().on_dont_know();
    let prefix = format!("{}(?) 0. ", if on { ">" } else { " " });
    let style = if on {
        app.look().theme.focused
    } else {
        app.look().theme.dim
    };
    let label = match q.kind {
        QuestionKind::Observation => "answer-not-observed",
        _ => "answer-dont-know",
    };
    let lines = indented(&app.tr().t(label), w, &prefix, style);
    body.push_item(lines, Some(Msg::PickDontKnow), on);
}
