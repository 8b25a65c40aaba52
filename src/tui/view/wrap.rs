//! Text cut to the screen's width: word wrap that keeps French typography together,
//! paragraphs with a hanging indent, and key hints broken only between hints.

use std::borrow::Cow;
use std::cell::Cell;

use ratatui::text::Line;
use unicode_width::UnicodeWidthStr;

thread_local! {
    /// Whether an `--ascii` screen is being laid out (see `with_ascii`).
    static ASCII: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` with "…" written "..." in everything it wraps, when `ascii`. Done before
/// wrapping, so that the three dots count in the width: the folding of the drawn cells
/// (`Look::fold_buffer`) could only leave one dot in the ellipsis' one cell.
pub fn with_ascii<R>(ascii: bool, f: impl FnOnce() -> R) -> R {
    let before = ASCII.with(|a| a.replace(ascii));
    let out = f();
    ASCII.with(|a| a.set(before));
    out
}

/// What ends a text cut short: "…", or "..." on an `--ascii` screen.
pub fn ellipsis() -> &'static str {
    if ASCII.with(Cell::get) { "..." } else { "…" }
}

fn ascii_text(text: &str) -> Cow<'_, str> {
    if ASCII.with(Cell::get) && text.contains('…') {
        Cow::Owned(text.replace('…', "..."))
    } else {
        Cow::Borrowed(text)
    }
}

/// Key hints on lines of `width`, breaking only between hints ("a · b · c").
pub fn hint_lines(text: &str, width: u16) -> Vec<String> {
    let text = ascii_text(text);
    let width = usize::from(width);
    let mut lines: Vec<String> = Vec::new();
    for item in text.split(" · ") {
        match lines.last_mut() {
            Some(l) if l.width() + 3 + item.width() <= width => {
                l.push_str(" · ");
                l.push_str(item);
            }
            _ => lines.extend(wrap(item, width)),
        }
    }
    lines
}

/// Word wrap by display width; words longer than a line are cut (see `text::wrap`).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    crate::text::wrap::wrap(&ascii_text(text), width)
}

/// Lines for a paragraph: the first with `first`, the others indented like it.
pub fn indented(
    text: &str,
    width: usize,
    first: &str,
    style: ratatui::style::Style,
) -> Vec<Line<'static>> {
    let indent = " ".repeat(first.width());
    wrap(text, width.saturating_sub(first.width()))
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            Line::styled(
                format!("{}{l}", if i == 0 { first } else { &indent }),
                style,
            )
        })
        .collect()
}
