//! The stored sessions (number, date, bank, pseudonym, palier) and one of them in full.

use super::{Body, indented};
use crate::outputs::listing::{list_line_with, show_text};
use crate::records::index::Row;
use crate::tui::app::{App, Msg};

pub fn list_body(app: &App, w: usize) -> Body {
    let theme = &app.look().theme;
    let mut b = Body::new(app.look());
    b.push(
        indented(&app.tr().t("history-help"), w, "", theme.title),
        None,
    );
    b.blank();
    if app.history().is_empty() {
        b.push(
            indented(&app.tr().t("results-none"), w, "", theme.base),
            None,
        );
    }
    for (i, s) in app.history().iter().enumerate() {
        let selected = i == app.selected();
        let style = if selected { theme.focused } else { theme.base };
        let marker = if selected { "> " } else { "  " };
        let line = list_line_with(&Row::of(s), app.tr(), " · ");
        b.push_item(
            indented(&line, w, marker, style),
            Some(Msg::Pick(i)),
            selected,
        );
    }
    b
}

pub fn stored_body(app: &App, w: usize) -> Body {
    let mut b = Body::new(app.look());
    b.scroll = app.scroll();
    let Some(s) = app.history().get(app.selected()) else {
        return b;
    };
    let base = app.look().theme.base;
    for l in show_text(s, app.tr()).lines() {
        let mut indent: String = l.chars().take_while(|c| *c == ' ').collect();
        let mut rest = l.trim_start();
        // List items hang: their next lines start under the text, not under the dash.
        if let Some(item) = rest.strip_prefix("- ") {
            indent.push_str("- ");
            rest = item;
        }
        if rest.is_empty() {
            b.blank();
        } else {
            b.push(indented(rest, w, &indent, base), None);
        }
    }
    b
}
