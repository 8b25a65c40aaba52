//! Text cut to the screen's width: word wrap that keeps French typography together,
//! paragraphs with a hanging indent, and key hints broken only between hints.

use std::borrow::Cow;
use std::cell::Cell;

use ratatui::text::Line;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

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

/// Word wrap by display width; words longer than a line are cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let text = ascii_text(text);
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        // Kept as we go: measuring the line for each word made wrapping quadratic.
        let mut line_w = 0;
        for word in french_words(para) {
            let mut word = word.as_str();
            loop {
                let word_w = word.width();
                let sep = usize::from(!line.is_empty());
                if line_w + sep + word_w <= width {
                    if sep == 1 {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_w += sep + word_w;
                    break;
                }
                if !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                    line_w = 0;
                    continue;
                }
                // A word wider than the line: cut it at the width.
                let (mut cut_w, mut end) = (0, 0);
                for (i, c) in word.char_indices() {
                    let w = UnicodeWidthChar::width(c).unwrap_or(0);
                    if cut_w + w > width {
                        break;
                    }
                    cut_w += w;
                    end = i + c.len_utf8();
                }
                // A single character wider than the line cannot be shown at all.
                if end == 0 {
                    break;
                }
                out.push(word[..end].to_string());
                word = &word[end..];
                if word.is_empty() {
                    break;
                }
            }
        }
        out.push(line);
    }
    out
}

/// Words to wrap, with French typography kept together: « and » stay with their word,
/// and the space before : ; ? ! % € never becomes a line break.
fn french_words(para: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    let mut glue_next = false;
    for w in para.split(' ').filter(|w| !w.is_empty()) {
        let attach_prev = w.starts_with(['»', ':', ';', '?', '!', '%', '€']);
        match words.last_mut() {
            Some(last) if glue_next || attach_prev => {
                last.push('\u{a0}');
                last.push_str(w);
            }
            _ => words.push(w.to_string()),
        }
        glue_next = w == "«";
    }
    words
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

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrap_by_words_and_cut_long_words() {
        assert_eq!(wrap("un deux trois", 7), vec!["un deux", "trois"]);
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(wrap("a\n\nb", 5), vec!["a", "", "b"]);
        assert_eq!(wrap("", 3), vec![""]);
        assert_eq!(
            wrap("un « mot » ici ?", 8),
            vec!["un", "«\u{a0}mot\u{a0}»", "ici\u{a0}?"]
        );
        assert!(
            wrap("éléphant très long", 1)
                .iter()
                .all(|l| l.chars().count() <= 1)
        );
    }
}
