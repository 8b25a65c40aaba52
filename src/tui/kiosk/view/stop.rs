//! "Stop your diagnostic?" (Échap during a visit). "Continue" is focused first: a stray
//! Entrée never wipes a visitor's answers.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{paragraph, popup_text};
use crate::tui::app::ConfirmFocus;
use crate::tui::kiosk::Kiosk;

pub fn render(k: &Kiosk, focus: ConfirmFocus, area: Rect, buf: &mut Buffer) {
    let tr = &k.tr;
    let w = super::popup_text_width(60, area);
    let mut lines = paragraph(&tr.t("kiosk-stop-question"), w, Style::new());
    let button = |key: &str, on: bool| {
        if on {
            Span::styled(format!("> {} <", tr.t(key)), k.setup.look.theme.focused)
        } else {
            Span::raw(format!("  {}  ", tr.t(key)))
        }
    };
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        button("kiosk-stop-continue", focus == ConfirmFocus::Continue),
        Span::raw("   "),
        button("kiosk-stop-stop", focus == ConfirmFocus::Quit),
    ]));
    popup_text(k, &tr.t("kiosk-stop-title"), 60, lines, area, buf);
}
