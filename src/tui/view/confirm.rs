//! The "quit?" dialog. "Continuer" is focused first: a stray Enter never ends a diagnostic.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

use crate::tui::app::{App, ConfirmFocus};
use crate::tui::theme;

pub fn render(app: &App, focus: ConfirmFocus, area: Rect, buf: &mut Buffer) {
    let [row] = area.layout(&Layout::vertical([Constraint::Length(8)]).flex(Flex::Center));
    let [popup] = row.layout(&Layout::horizontal([Constraint::Max(56)]).flex(Flex::Center));
    Clear.render(popup, buf);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(theme::title())
        .title(app.tr.t("confirm-title"));
    let inner = block.inner(popup);
    block.render(popup, buf);
    let button = |key: &str, on: bool| {
        let label = format!(
            "{} {} {}",
            if on { ">" } else { " " },
            app.tr.t(key),
            if on { "<" } else { " " }
        );
        Span::styled(
            label,
            if on {
                theme::focused()
            } else {
                ratatui::style::Style::new()
            },
        )
    };
    let text = vec![
        Line::from(app.tr.t("confirm-question")),
        Line::raw(""),
        Line::from(vec![
            button("confirm-continue", focus == ConfirmFocus::Continue),
            Span::raw("   "),
            button("confirm-quit", focus == ConfirmFocus::Quit),
        ]),
    ];
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .render(inner.inner(ratatui::layout::Margin::new(1, 1)), buf);
}
