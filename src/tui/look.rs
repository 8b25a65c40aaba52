//! How the screen looks, chosen once at start-up and passed to the views as plain data:
//! the theme, ASCII-only glyphs for consoles whose font has no box drawing, and the
//! spacing of lists for low vision.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::symbols::border;

use super::theme::{Theme, ThemeName};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Spacing {
    #[default]
    Normal,
    /// A blank line between the items of every list (choices, banks, competences).
    Large,
}

impl Spacing {
    pub fn parse(s: &str) -> Option<Spacing> {
        match s {
            "normal" => Some(Spacing::Normal),
            "large" => Some(Spacing::Large),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    pub theme: Theme,
    pub ascii: bool,
    pub spacing: Spacing,
}

/// Borders drawn with `+`, `-` and `|`: every code page has them.
const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Look {
    pub fn new(theme: ThemeName, ascii: bool, spacing: Spacing) -> Look {
        Look {
            theme: Theme::new(theme),
            ascii,
            spacing,
        }
    }

    /// The light single line is the set most console fonts have.
    pub fn border(&self) -> border::Set<'static> {
        if self.ascii {
            ASCII_BORDER
        } else {
            border::PLAIN
        }
    }

    /// "More below" marker of scrolled text.
    pub fn more(&self) -> &'static str {
        if self.ascii { "v" } else { "▼" }
    }

    pub fn large(&self) -> bool {
        self.spacing == Spacing::Large
    }

    /// With `--ascii`, replaces what was drawn outside Latin-1 (arrows of the key hints,
    /// typographic quotes, symbols in bank texts) by ASCII look-alikes. Done on the
    /// finished buffer so that no text, whatever its source, escapes it.
    pub fn fold_buffer(&self, buf: &mut Buffer, area: Rect) {
        if !self.ascii {
            return;
        }
        let area = area.intersection(buf.area);
        for y in area.top()..area.bottom() {
            for x in area.left()..area.right() {
                let cell = &mut buf[(x, y)];
                if let Cow::Owned(s) = fold(cell.symbol()) {
                    cell.set_symbol(&s);
                }
            }
        }
    }
}

/// One cell's symbol in ASCII, or unchanged when already readable on an old console.
fn fold(sym: &str) -> Cow<'_, str> {
    let mut chars = sym.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return Cow::Borrowed(sym);
    };
    let to = match c {
        '↑' | '▲' | '⇧' => "^",
        '↓' | '▼' => "v",
        '←' => "<",
        '→' => ">",
        '─' | '━' | '–' | '—' => "-",
        '│' | '┃' => "|",
        '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '┼' | '╭' | '╮' | '╯' | '╰' => {
            "+"
        }
        '‘' | '’' | '′' => "'",
        '“' | '”' | '„' => "\"",
        // Text is laid out with "..." (`view::with_ascii`): this is for what escapes it.
        '…' => ".",
        '•' | '●' => "*",
        '✓' | '✔' => "v",
        '✗' | '✘' => "x",
        // The kiosk's big letters.
        '█' => "#",
        _ => return Cow::Borrowed(sym),
    };
    Cow::Owned(to.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fold_keeps_latin1_and_replaces_arrows_and_lines() {
        assert_eq!(fold("é"), "é");
        assert_eq!(fold("«"), "«");
        assert_eq!(fold("·"), "·");
        assert_eq!(fold("↑"), "^");
        assert_eq!(fold("─"), "-");
        assert_eq!(fold("’"), "'");
        assert_eq!(fold("█"), "#");
        let mut buf = Buffer::with_lines(["┌─↑é┐"]);
        let look = Look::new(ThemeName::Mono, true, Spacing::Normal);
        let area = buf.area;
        look.fold_buffer(&mut buf, area);
        assert_eq!(buf, Buffer::with_lines(["+-^é+"]));
    }
}
