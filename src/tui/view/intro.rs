//! Before the first question: what this is, how long, and that "je ne sais pas" is fine.

use super::{Body, indented};
use crate::records::age_band::AgeBand;
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

/// The optional name, age band and commune: a line to click (or N, A, C) each, or the
/// field being typed (the list being chosen from), which takes the focus and the cursor.
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
    push_age(app, w, body);
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

/// The age band: a line to click (or A), or the list of bands while it is open, each line
/// with its digit and clickable, "not given" last with 0.
fn push_age(app: &App, w: usize, body: &mut Body) {
    let theme = &app.look().theme;
    let tr = app.tr();
    if let Some(focus) = app.age_choice() {
        body.push(indented(&tr.t("intro-age-ask"), w, "", theme.base), None);
        let bands = AgeBand::ALL.iter().map(|b| b.label(tr));
        let lines = bands.chain(std::iter::once(tr.t("intro-age-not-given")));
        for (i, label) in lines.enumerate() {
            let (digit, msg) = match i {
                i if i < AgeBand::ALL.len() => (i + 1, Msg::Pick(i)),
                _ => (0, Msg::PickDontKnow),
            };
            let selected = i == focus;
            let marker = if selected { ">" } else { " " };
            let style = if selected { theme.focused } else { theme.base };
            let first = format!("{marker} {digit}. ");
            body.push_item(indented(&label, w, &first, style), Some(msg), selected);
        }
        body.blank();
    } else if app.naming().is_none() && app.can_set_age() {
        let text = match app.person().age_band.as_deref() {
            Some(b) => tr.t_args(
                "intro-age-set",
                &[("band", crate::records::age_band::shown(b, tr).into())],
            ),
            None => tr.t("intro-age-none"),
        };
        body.push(indented(&text, w, "", theme.base), Some(Msg::EditAge));
        body.blank();
    }
}
