//! Scrolled text for the preview's panes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use crate::tui::theme::default as theme;

/// Renders lines in `area`, scrolled so that line `focus` is visible, or by `scroll`;
/// shows "▼" at the bottom right when more text follows.
pub fn render_lines(
    lines: Vec<Line<'static>>,
    area: Rect,
    buf: &mut Buffer,
    focus: Option<usize>,
    scroll: u16,
) {
    let h = area.height as usize;
    let max = lines.len().saturating_sub(h);
    let offset = match focus {
        Some(f) if f >= h => (f + 1 - h).min(max),
        Some(_) => 0,
        None => (scroll as usize).min(max),
    };
    let more = offset < max;
    Paragraph::new(lines)
        .scroll((offset as u16, 0))
        .render(area, buf);
    if more && area.width > 0 && area.height > 0 {
        buf.set_string(area.right() - 1, area.bottom() - 1, "▼", theme::title());
    }
}
