//! The stored sessions (number, date, bank, pseudonym, palier) and one of them in full.

use super::{Body, indented};
use crate::outputs::listing::list_line_with;
use crate::tui::app::{App, Field, Msg};

/// Items laid out above and below the selected one.
const AROUND: usize = 150;

pub fn list_body(app: &App, w: usize) -> Body {
    let theme = &app.look().theme;
    let mut b = Body::new(app.look());
    if push_export_field(app, w, &mut b) {
        return b;
    }
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
    // Only the items around the selection are laid out (more than a screen's worth on each
    // side): a list of 100 000 sessions would otherwise be wrapped whole at every key.
    let from = app.selected().saturating_sub(AROUND);
    for (i, s) in app
        .history()
        .iter()
        .enumerate()
        .skip(from)
        .take(2 * AROUND + 1)
    {
        let selected = i == app.selected();
        let style = if selected { theme.focused } else { theme.base };
        let marker = if selected { "> " } else { "  " };
        let line = list_line_with(s, app.tr(), " · ");
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
    if push_export_field(app, w, &mut b) {
        return b;
    }
    // Worked out when the session was opened (read from its file then).
    let Some(text) = app.detail() else {
        return b;
    };
    let base = app.look().theme.base;
    for l in text.lines() {
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

/// The path of an export being typed, when it is: the only thing on screen then, with the
/// focus and the terminal cursor.
fn push_export_field(app: &App, w: usize, b: &mut Body) -> bool {
    let (Some(draft), Some(Field::ExportPath)) = (app.naming(), app.naming_field()) else {
        return false;
    };
    let theme = &app.look().theme;
    b.push(
        indented(&app.tr().t("history-export-ask"), w, "", theme.title),
        None,
    );
    b.blank();
    let field = indented(&format!("> {draft}_"), w, "", theme.focused);
    let last = b.next_line() + field.len().saturating_sub(1);
    let col = field.last().map_or(0, |l| l.width().saturating_sub(1)) as u16;
    b.push_item(field, None, true);
    b.cursor = Some((last, col));
    true
}
