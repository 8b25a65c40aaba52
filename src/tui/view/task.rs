//! The hands-on tasks of the question screen: the instruction under the prompt, the typing
//! field, and the click target, drawn at a spot drawn by the session's seed.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::{Body, indented};
use crate::bank::Task;
use crate::i18n::Arg;
use crate::tui::app::App;
use crate::tui::look::Look;

/// Adds the task's lines under the prompt.
pub fn push(app: &App, task: &Task, w: usize, body: &mut Body) {
    let tr = &app.tr();
    let theme = &app.look().theme;
    match task {
        Task::Key { attempts, .. } => {
            let left = u32::from(*attempts).saturating_sub(app.input().misses);
            let help = tr.t_args("task-key-help", &[("left", Arg::from(left))]);
            body.push(indented(&help, w, "", theme.dim), None);
        }
        Task::Type { text, .. } => {
            body.push(
                indented(&tr.t("question-type-model"), w, "", theme.base),
                None,
            );
            body.push(indented(text, w, "  ", theme.title), None);
            body.blank();
            super::field::text_field(app.input(), w, theme.focused, body);
        }
        Task::Click { label, double, .. } => {
            let key = if *double {
                "task-double-click-help"
            } else {
                "task-click-help"
            };
            let help = tr.t_args(key, &[("label", Arg::from(label.clone()))]);
            body.push(indented(&help, w, "", theme.dim), None);
        }
    }
}

/// The target's box: the label with two spaces and a border each side, 3 rows high, at
/// `spot` (percent) of the room left under the `used` lines of text, or over the last rows
/// when there is no room.
pub fn target_rect(area: Rect, used: usize, spot: (u8, u8), label: &str) -> Rect {
    let w = (label.width() as u16 + 6).min(area.width);
    let h = 3.min(area.height);
    let top = (used as u16 + 1).min(area.height);
    let room = if area.height - top >= h {
        Rect::new(area.x, area.y + top, area.width, area.height - top)
    } else {
        Rect::new(area.x, area.bottom() - h, area.width, h)
    };
    let x = room.x + (u32::from(room.width - w) * u32::from(spot.0.min(100)) / 100) as u16;
    let y = room.y + (u32::from(room.height - h) * u32::from(spot.1.min(100)) / 100) as u16;
    Rect::new(x, y, w, h)
}

/// A button: reverse video inside a border, so it shows on every console.
pub fn render_target(r: Rect, label: &str, buf: &mut Buffer, look: &Look) {
    let block = Block::new()
        .borders(Borders::ALL)
        .border_set(look.border())
        .border_style(look.theme.title);
    let inner = block.inner(r);
    block.render(r, buf);
    Paragraph::new(label.to_string())
        .alignment(Alignment::Center)
        .style(look.theme.focused)
        .render(inner, buf);
}

#[cfg(test)]
mod tests {
    use super::target_rect;
    use ratatui::layout::Rect;

    #[test]
    fn target_stays_in_its_area_whatever_the_spot() {
        let area = Rect::new(2, 2, 76, 18);
        for spot in [(0, 0), (100, 100), (50, 30), (255, 255)] {
            let r = target_rect(area, 6, spot, "OK");
            assert_eq!((r.width, r.height), (8, 3));
            assert!(area.contains(r.as_position()) && r.right() <= area.right());
            assert!(r.bottom() <= area.bottom() && r.y >= area.y + 7, "{r:?}");
        }
        // No room left under the text: over the last rows.
        let r = target_rect(area, 17, (0, 0), "OK");
        assert_eq!(r.bottom(), area.bottom());
        // Tiny areas never panic.
        let r = target_rect(Rect::new(0, 0, 3, 1), 5, (100, 100), "Dossier");
        assert!(r.width <= 3 && r.height <= 1);
    }
}
