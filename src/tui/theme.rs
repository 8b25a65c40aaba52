//! Styles in one place. Only the 16 named colours, and never meaning by colour alone:
//! selection is also reversed and marked with a symbol.

use ratatui::style::{Color, Modifier, Style};

pub fn title() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}
pub fn frame() -> Style {
    Style::new().fg(Color::Cyan)
}
pub fn focused() -> Style {
    Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
}
pub fn dim() -> Style {
    Style::new().fg(Color::Gray)
}
pub fn key_hint() -> Style {
    Style::new().fg(Color::Black).bg(Color::Gray)
}
pub fn notice() -> Style {
    Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
}
pub fn good() -> Style {
    Style::new().fg(Color::Green)
}
pub fn weak() -> Style {
    Style::new().fg(Color::Yellow)
}
