//! Before the first question: what this is, how long, and that "je ne sais pas" is fine.

use super::{Body, indented};
use crate::tui::app::{App, Field, Msg};

pub fn body(app: &App, w: usize) -> Body {
    let mut body = Body::new(app.look());
    body.scroll = app.scroll();
    let Some(s) = app.session() else { return body };
    let theme = &app.look().theme;
    let bank = s.bank();
    body.push(indented(&bank.title, w, "", theme.title), None);
    body.blank();
    if !bank.description.is_empty() {
        body.push(indented(&bank.description, w, "", theme.base), None);
        body.blank();
    }
    // First for the médiateur, who types it before handing over the keyboard.
    push_name(app, w, &mut body);
    let (key, count) = match crate::diagnostic::abilities::planned(s, app.abilities()) {
        Some(n) => ("intro-length", n),
        None => ("intro-length-adaptive", s.max_len()),
    };
    let length = app.tr().t_args(
        key,
        &[
            ("count", count.into()),
            ("minutes", bank.estimated_minutes.into()),
        ],
    );
    let falc = app.tr().t(if app.falc() {
        "intro-falc-on"
    } else {
        "intro-falc-off"
    });
    for (text, target) in [
        (length, None),
        (app.tr().t("intro-dont-know"), None),
        (app.tr().t("intro-keys"), None),
        (falc, Some(Msg::ToggleFalc)),
    ] {
        body.push(indented(&text, w, "", theme.base), target);
        body.blank();
    }
    let start = indented(&app.tr().t("intro-start"), w, "", theme.title);
    body.push(start, Some(Msg::Validate));
    body
}

/// The optional name and commune: a line to click (or N, C) each, or the field being
/// typed, which takes the focus and the terminal cursor.
fn push_name(app: &App, w: usize, body: &mut Body) {
    let theme = &app.look().theme;
    if let Some(draft) = &app.naming() {
        let ask = app.tr().t(match app.naming_field() {
            Some(Field::Commune) => "intro-commune-ask",
            _ => "intro-name-ask",
        });
        body.push(indented(&ask, w, "", theme.base), None);
        let field = indented(&format!("> {draft}_"), w, "", theme.focused);
        let last = body.next_line() + field.len().saturating_sub(1);
        let col = field.last().map_or(0, |l| l.width().saturating_sub(1)) as u16;
        body.push_item(field, None, true);
        body.cursor = Some((last, col));
        body.blank();
    } else if app.can_name() {
        let text = match &app.person().pseudonym {
            Some(name) => app
                .tr()
                .t_args("intro-name-set", &[("name", name.clone().into())]),
            None => app.tr().t("intro-name-none"),
        };
        body.push(indented(&text, w, "", theme.base), Some(Msg::EditName));
        body.blank();
    }
    if app.naming().is_none() && app.can_set_commune() {
        let text = match &app.person().commune {
            Some(c) => app
                .tr()
                .t_args("intro-commune-set", &[("commune", c.clone().into())]),
            None => app.tr().t("intro-commune-none"),
        };
        body.push(indented(&text, w, "", theme.base), Some(Msg::EditCommune));
        body.blank();
    }
}
