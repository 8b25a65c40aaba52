//! The recommended trainings, with what the person needs to know to sign up: length,
//! pass numérique chèques, category and the lieu's contact (the APTIC level is the
//! médiateur's word: it is in `results show`); then the lieux de médiation numérique near
//! the person, when the lieux file was imported. Placeholder text is never shown.

use super::{Body, indented};
use crate::outputs::lieux;
use crate::outputs::report::{is_placeholder, training_line_learner};
use crate::tui::app::App;

pub fn body(app: &App, w: usize) -> Body {
    let mut body = Body::new(app.look());
    body.scroll = app.scroll();
    let (Some(o), Some(s)) = (&app.outcome(), app.session()) else {
        return body;
    };
    let tr = &app.tr();
    let theme = &app.look().theme;
    body.push(
        indented(&tr.t("report-orientation"), w, "", theme.title),
        None,
    );
    for m in &o.orientation.messages {
        body.push(indented(m, w, "", theme.base), None);
    }
    if !o.conclusive {
        // No verdict yet: no training either, and the way to get one.
        body.push(
            indented(&tr.t("report-no-training-yet"), w, "", theme.base),
            None,
        );
    } else if o.orientation.trainings.is_empty() {
        body.push(
            indented(&tr.t("report-no-training"), w, "", theme.base),
            None,
        );
    }
    for (i, t) in o.orientation.trainings.iter().enumerate() {
        body.blank();
        let mut lines = indented(&t.title, w, &format!("{}. ", i + 1), theme.title);
        lines.extend(indented(&training_line_learner(tr, t), w, "   ", theme.dim));
        if !t.description.is_empty() && !is_placeholder(&t.description) {
            lines.extend(indented(&t.description, w, "   ", theme.base));
        }
        body.push(lines, None);
    }
    if let Some(local) = app.local() {
        body.blank();
        body.push(
            indented(&lieux::heading(local, tr), w, "", theme.title),
            None,
        );
        for n in &local.lieux {
            body.blank();
            let mut lines = indented(&lieux::title(n, tr), w, "- ", theme.title);
            for d in lieux::details(n, tr) {
                lines.extend(indented(&d, w, "  ", theme.base));
            }
            body.push(lines, None);
        }
    }
    if let Some(l) = &s.bank().lieu {
        body.blank();
        body.push(indented(&tr.t("report-lieu"), w, "", theme.title), None);
        for text in [&l.name, &l.address, &l.phone, &l.email, &l.hours]
            .into_iter()
            .filter(|x| !x.is_empty() && !is_placeholder(x))
        {
            body.push(indented(text, w, "  ", theme.base), None);
        }
    }
    body
}
