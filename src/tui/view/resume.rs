//! Sessions left unfinished: which bank, when, how far, and for whom.

use super::{Body, indented};
use crate::i18n::Arg;
use crate::outputs::listing::day;
use crate::tui::app::{App, Msg};

pub fn body(app: &App, w: usize) -> Body {
    let theme = &app.look().theme;
    let mut b = Body::new(app.look());
    b.push(
        indented(&app.tr().t("resume-title"), w, "", theme.title),
        None,
    );
    b.blank();
    b.push(
        indented(&app.tr().t("resume-help"), w, "", theme.base),
        None,
    );
    b.blank();
    for (i, s) in app.unfinished().iter().enumerate() {
        let Some(h) = s.header() else { continue };
        let selected = i == app.selected();
        let marker = if selected { "> " } else { "  " };
        let style = if selected { theme.focused } else { theme.base };
        let label = app.tr().t_args(
            "resume-entry",
            &[
                ("bank", Arg::from(h.bank_title.clone())),
                ("date", Arg::from(day(h.started, app.tr()))),
                ("n", Arg::from(s.read.answers.len())),
                ("id", Arg::from(s.entry.id.clone())),
            ],
        );
        let label = match &h.pseudonym {
            Some(name) => format!("{label} · {name}"),
            None => label,
        };
        let lines = indented(&label, w, &format!("{marker}{}. ", i + 1), style);
        b.push_item(lines, Some(Msg::Pick(i)), selected);
    }
    b
}
