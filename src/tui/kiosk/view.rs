//! Drawing the kiosk: its own screens (welcome, end) or the visitor's diagnostic as `App`
//! draws it, then what may lie on top: the "stop?" dialog, the admin prompt and, above
//! all, the inactivity warning (any key answers it).

mod admin;
mod banner;
mod end;
mod idle;
mod stop;
mod welcome;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use super::{Kiosk, KioskScreen};
use crate::tui::view::wrap;

impl Widget for &Kiosk {
    fn render(self, area: Rect, buf: &mut Buffer) {
        crate::tui::view::with_ascii(self.setup.look.ascii, || self.render_all(area, buf));
    }
}

impl Kiosk {
    fn render_all(&self, area: Rect, buf: &mut Buffer) {
        match (self.screen, &self.visitor) {
            (KioskScreen::Visitor, Some(app)) => app.render(area, buf),
            (KioskScreen::End, _) => end::render(self, area, buf),
            _ => welcome::render(self, area, buf),
        }
        if let Some(focus) = self.stop {
            stop::render(self, focus, area, buf);
        }
        if let Some(prompt) = &self.admin {
            admin::render(self, prompt, area, buf);
        }
        if let Some(seconds) = self.warning() {
            idle::render(self, seconds, area, buf);
        }
        // The kiosk's own frames and big letters, like the visitor's screens.
        self.setup.look.fold_buffer(buf, area);
    }
}

/// The frame of the kiosk's own screens: a border titled `title`, the key hints under it.
/// Returns the area inside, with a column of margin.
fn framed(k: &Kiosk, title: &str, hints: &str, area: Rect, buf: &mut Buffer) -> Rect {
    let hint_lines = wrap(hints, area.width as usize).len().clamp(1, 2) as u16;
    let [body, footer] = area.layout(&Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(hint_lines),
    ]));
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(k.setup.look.theme.frame)
        .title(Span::styled(format!(" {title} "), k.setup.look.theme.title));
    let inner = block.inner(body).inner(Margin::new(1, 0));
    block.render(body, buf);
    Paragraph::new(hints.to_string())
        .wrap(Wrap { trim: true })
        .style(k.setup.look.theme.dim)
        .render(footer, buf);
    if let Some(n) = k.notice {
        // The last line inside the frame.
        let row = Rect::new(inner.x, inner.bottom().saturating_sub(1), inner.width, 1);
        Paragraph::new(Span::styled(k.tr.t(n), k.setup.look.theme.notice))
            .render(row.intersection(inner), buf);
    }
    inner
}

/// Border and margin around a box's text, each side.
const POPUP_PAD: (u16, u16) = (3, 2);

/// The text width inside a box of at most `w` columns.
fn popup_text_width(w: u16, area: Rect) -> u16 {
    w.min(area.width).saturating_sub(2 * POPUP_PAD.0)
}

/// A centred box of at most `w` columns around `rows` rows of text, with a border and a
/// title (none if empty), cleared underneath. Returns the area for the text.
fn popup(k: &Kiosk, title: &str, w: u16, rows: u16, area: Rect, buf: &mut Buffer) -> Rect {
    let h = rows + 2 * POPUP_PAD.1;
    let [row] = area.layout(&Layout::vertical([Constraint::Length(h)]).flex(Flex::Center));
    let [rect] = row.layout(&Layout::horizontal([Constraint::Max(w)]).flex(Flex::Center));
    Clear.render(rect, buf);
    let mut block = Block::new()
        .borders(Borders::ALL)
        .border_style(k.setup.look.theme.title);
    if !title.is_empty() {
        block = block.title(Span::styled(format!(" {title} "), k.setup.look.theme.title));
    }
    let inner = block
        .inner(rect)
        .inner(Margin::new(POPUP_PAD.0 - 1, POPUP_PAD.1 - 1));
    block.render(rect, buf);
    inner
}

/// A popup holding just these lines.
fn popup_text(
    k: &Kiosk,
    title: &str,
    w: u16,
    lines: Vec<Line<'static>>,
    area: Rect,
    buf: &mut Buffer,
) {
    let inner = popup(k, title, w, lines.len() as u16, area, buf);
    Paragraph::new(lines).render(inner, buf);
}

/// Lines of wrapped text in one style, centred or not.
fn paragraph(text: &str, width: u16, style: ratatui::style::Style) -> Vec<Line<'static>> {
    wrap(text, width as usize)
        .into_iter()
        .map(|l| Line::styled(l, style))
        .collect()
}

/// The big word, centred, if it fits in `area`; else the word in bold on one line.
fn big(k: &Kiosk, word: &str, area: Rect, buf: &mut Buffer) {
    let lines: Vec<Line<'static>> =
        if banner::width(word) <= area.width as usize && area.height as usize >= banner::HEIGHT {
            banner::rows(word)
                .into_iter()
                .map(|r| Line::styled(r, k.setup.look.theme.title))
                .collect()
        } else {
            vec![Line::styled(word.to_string(), k.setup.look.theme.title)]
        };
    Paragraph::new(lines).centered().render(area, buf);
}

/// How many rows the big word takes in a box this wide.
fn big_height(word: &str, width: u16) -> u16 {
    if banner::width(word) <= width as usize {
        banner::HEIGHT as u16
    } else {
        1
    }
}
