//! Before the first question: what this is, how long, and that "je ne sais pas" is fine.

use super::{Body, indented};
use crate::tui::app::{App, Msg};

pub fn body(app: &App, w: usize) -> Body {
    let mut body = Body::new(&app.look);
    body.scroll = app.scroll;
    let Some(s) = app.session() else { return body };
    let theme = &app.look.theme;
    let bank = s.bank();
    body.push(indented(&bank.title, w, "", theme.title), None);
    body.blank();
    if !bank.description.is_empty() {
        body.push(indented(&bank.description, w, "", theme.base), None);
        body.blank();
    }
    let (key, count) = match crate::task::planned(s, &app.abilities) {
        Some(n) => ("intro-length", n),
        None => ("intro-length-adaptive", s.max_len()),
    };
    let length = app.tr.t_args(
        key,
        &[
            ("count", count.into()),
            ("minutes", bank.estimated_minutes.into()),
        ],
    );
    let falc = app.tr.t(if app.falc {
        "intro-falc-on"
    } else {
        "intro-falc-off"
    });
    for (text, target) in [
        (length, None),
        (app.tr.t("intro-dont-know"), None),
        (app.tr.t("intro-keys"), None),
        (falc, Some(Msg::ToggleFalc)),
    ] {
        body.push(indented(&text, w, "", theme.base), target);
        body.blank();
    }
    let start = indented(&app.tr.t("intro-start"), w, "", theme.title);
    body.push(start, Some(Msg::Validate));
    body
}
