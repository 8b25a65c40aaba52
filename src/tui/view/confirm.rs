//! The "quit?" dialog. "Continuer" is focused first: a stray Enter never ends a diagnostic.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Margin, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::wrap;
use crate::tui::app::{App, ConfirmFocus, Msg};

const GAP: u16 = 3;

/// The dialog's text lines, its inner area, and its two buttons with their places.
struct Dialog {
    popup: Rect,
    inner: Rect,
    text: Vec<String>,
    buttons: Vec<(ConfirmFocus, String, Rect)>,
}

fn dialog(app: &App, focus: ConfirmFocus, area: Rect) -> Dialog {
    let width = area.width.min(56);
    let text = wrap(
        &app.tr().t("confirm-question"),
        usize::from(width.saturating_sub(4)),
    );
    // Borders, a margin line above and below, the text, a blank line, the buttons.
    let height = (text.len() as u16 + 6).min(area.height);
    let [row] = area.layout(&Layout::vertical([Constraint::Length(height)]).flex(Flex::Center));
    let [popup] = row.layout(&Layout::horizontal([Constraint::Length(width)]).flex(Flex::Center));
    let inner = popup.inner(Margin::new(2, 2));
    let y = inner.y + text.len() as u16 + 1;
    let mut x = inner.x;
    let mut buttons = Vec::new();
    for (f, key) in [
        (ConfirmFocus::Continue, "confirm-continue"),
        (ConfirmFocus::Quit, "confirm-quit"),
    ] {
        let on = f == focus;
        let label = if on {
            format!("> {} <", app.tr().t(key))
        } else {
            format!("  {}  ", app.tr().t(key))
        };
        let w = label.width() as u16;
        if y < inner.bottom() && x.saturating_add(w) <= inner.right() {
            buttons.push((f, label, Rect::new(x, y, w, 1)));
        }
        x = x.saturating_add(w + GAP);
    }
    Dialog {
        popup,
        inner,
        text,
        buttons,
    }
}

/// Draws the dialog; returns the cursor position (on the focused button).
pub fn render(app: &App, focus: ConfirmFocus, area: Rect, buf: &mut Buffer) -> Option<Position> {
    let theme = &app.look().theme;
    let d = dialog(app, focus, area);
    Clear.render(d.popup, buf);
    buf.set_style(d.popup, theme.base);
    Block::new()
        .borders(Borders::ALL)
        .border_set(app.look().border())
        .border_style(theme.title)
        .title(app.tr().t("confirm-title"))
        .render(d.popup, buf);
    for (i, l) in d.text.iter().enumerate() {
        let y = d.inner.y + i as u16;
        if y < d.inner.bottom() {
            Line::styled(l.as_str(), theme.base)
                .render(Rect::new(d.inner.x, y, d.inner.width, 1), buf);
        }
    }
    let mut cursor = None;
    for (f, label, r) in &d.buttons {
        let on = *f == focus;
        let style = if on { theme.focused } else { theme.button };
        buf.set_string(r.x, r.y, label, style);
        if on {
            cursor = Some(r.as_position());
        }
    }
    cursor
}

/// A click on one of the buttons.
pub fn at(app: &App, area: Rect, pos: Position) -> Option<Msg> {
    let focus = app.confirm()?;
    dialog(app, focus, area)
        .buttons
        .into_iter()
        .find(|(_, _, r)| r.contains(pos))
        .map(|(f, _, _)| Msg::ConfirmPick(f))
}
