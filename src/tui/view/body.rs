//! The inside of the frame as data: wrapped lines, what a click on each line means, and
//! which line has the focus. Drawing and mouse hit-testing both read this one value, so
//! a click always lands on what is drawn under the pointer.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::Line;

use crate::tui::app::Msg;
use crate::tui::look::Look;

#[derive(Debug, Default)]
pub struct Body {
    pub lines: Vec<Line<'static>>,
    /// For each line, the message a click on it sends.
    pub targets: Vec<Option<Msg>>,
    /// First and last line of the focused item, kept in view.
    pub focus: Option<(usize, usize)>,
    /// Line and column of the terminal cursor: the focused item, else a line to read
    /// first (the question's prompt), else the first line shown.
    pub cursor: Option<(usize, u16)>,
    /// Scroll position asked for by the person, for screens without a focus.
    pub scroll: u16,
    /// Whether list items get a blank line between them (large spacing).
    pub spaced: bool,
    /// Whether the last lines pushed were a list item.
    in_list: bool,
}

impl Body {
    pub fn new(look: &Look) -> Body {
        Body {
            spaced: look.large(),
            ..Body::default()
        }
    }

    pub fn push(&mut self, lines: Vec<Line<'static>>, target: Option<Msg>) {
        self.in_list = false;
        self.targets
            .extend(std::iter::repeat_n(target, lines.len()));
        self.lines.extend(lines);
    }

    /// One item of a list: after a blank line with large spacing. The focused item is
    /// kept in view and gets the cursor.
    pub fn push_item(&mut self, lines: Vec<Line<'static>>, target: Option<Msg>, focused: bool) {
        if self.spaced && self.in_list {
            self.blank();
        }
        let first = self.lines.len();
        let n = lines.len().max(1);
        self.push(lines, target);
        self.in_list = true;
        if focused {
            self.focus = Some((first, first + n - 1));
            self.cursor = Some((first, 0));
        }
    }

    /// Index of the next line pushed.
    pub fn next_line(&self) -> usize {
        self.lines.len()
    }

    pub fn blank(&mut self) {
        self.push(vec![Line::raw("")], None);
    }

    /// First line shown in a view `height` lines high.
    pub fn offset(&self, height: u16) -> usize {
        let h = usize::from(height);
        let max = self.lines.len().saturating_sub(h);
        match self.focus {
            // Show the whole focused item, but never scroll its first line out.
            Some((first, last)) if last >= h => (last + 1 - h).min(first).min(max),
            Some(_) => 0,
            None => usize::from(self.scroll).min(max),
        }
    }

    /// Whether text is hidden below the view.
    pub fn more_below(&self, height: u16) -> bool {
        self.offset(height) + usize::from(height) < self.lines.len()
    }

    /// Draws the visible lines; returns where the terminal cursor belongs.
    pub fn render(&self, area: Rect, buf: &mut Buffer, look: &Look) -> Option<Position> {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return None;
        }
        let offset = self.offset(area.height);
        for (row, line) in self
            .lines
            .iter()
            .skip(offset)
            .take(area.height.into())
            .enumerate()
        {
            let y = area.y + row as u16;
            // A styled line (the focus) is styled across the whole width; a plain one costs
            // only its text.
            if line.style != Style::new() {
                buf.set_style(Rect::new(area.x, y, area.width, 1), line.style);
            }
            buf.set_line(area.x, y, line, area.width);
        }
        if self.more_below(area.height) {
            buf.set_string(
                area.right() - 1,
                area.bottom() - 1,
                look.more(),
                look.theme.title,
            );
        }
        let (line, col) = self.cursor.unwrap_or((offset, 0));
        let row = line
            .checked_sub(offset)
            .filter(|r| *r < usize::from(area.height))?;
        Some(Position::new(
            area.x + col.min(area.width - 1),
            area.y + row as u16,
        ))
    }

    /// The message of the line under a click, if any.
    pub fn target_at(&self, area: Rect, pos: Position) -> Option<Msg> {
        if !area.contains(pos) {
            return None;
        }
        let i = self.offset(area.height) + usize::from(pos.y - area.y);
        self.targets.get(i).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(n: usize, focus: Option<(usize, usize)>) -> Body {
        let mut b = Body::default();
        for i in 0..n {
            b.push(vec![Line::raw(format!("l{i}"))], Some(Msg::Pick(i)));
        }
        b.focus = focus;
        b.cursor = focus.map(|(f, _)| (f, 0));
        b
    }

    #[test]
    fn scrolls_to_keep_the_focused_item_whole_and_hits_what_is_drawn() {
        let b = body(10, Some((6, 7)));
        assert_eq!(b.offset(4), 4);
        let area = Rect::new(2, 1, 5, 4);
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 6));
        let cursor = b.render(area, &mut buf, &Look::default());
        assert_eq!(cursor, Some(Position::new(2, 3)));
        assert_eq!(buf[(2, 3)].symbol(), "l");
        assert_eq!(buf[(3, 3)].symbol(), "6");
        assert_eq!(b.target_at(area, Position::new(3, 3)), Some(Msg::Pick(6)));
        assert_eq!(b.target_at(area, Position::new(0, 3)), None);
        assert!(b.more_below(4));
        assert!(!body(3, None).more_below(4));
    }

    #[test]
    fn tiny_areas_draw_nothing_and_never_panic() {
        let b = body(3, Some((2, 2)));
        let mut buf = Buffer::empty(Rect::new(0, 0, 1, 1));
        assert_eq!(
            b.render(Rect::new(0, 0, 0, 0), &mut buf, &Look::default()),
            None
        );
        assert_eq!(
            b.render(Rect::new(5, 5, 3, 3), &mut buf, &Look::default()),
            None
        );
        let c = b.render(Rect::new(0, 0, 1, 1), &mut buf, &Look::default());
        assert_eq!(c, Some(Position::new(0, 0)));
    }
}
