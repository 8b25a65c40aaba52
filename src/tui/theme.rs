//! Styles as plain data, one set per theme. Only the 16 named colours (the Linux console
//! has 8 backgrounds and 16 foregrounds), and never meaning by colour alone: selection is
//! also reversed and marked with a symbol, right/wrong is always written out.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeName {
    #[default]
    Default,
    /// No colour at all: bold and reverse video only (NO_COLOR, Linux console, dumb).
    Mono,
    /// White on black, bright text, no dimmed grey: for low vision.
    Contrast,
}

impl ThemeName {
    pub const ALL: [ThemeName; 3] = [ThemeName::Default, ThemeName::Mono, ThemeName::Contrast];

    pub fn parse(s: &str) -> Option<ThemeName> {
        match s {
            "default" => Some(ThemeName::Default),
            "mono" => Some(ThemeName::Mono),
            "contrast" => Some(ThemeName::Contrast),
            _ => None,
        }
    }

    /// The theme to use: the flag, else mono when `NO_COLOR` is set (non-empty) or the
    /// terminal is the Linux console or dumb, else the default one.
    pub fn detect(flag: Option<ThemeName>, no_color: Option<&str>, term: Option<&str>) -> Self {
        if let Some(t) = flag {
            return t;
        }
        let no_color = no_color.is_some_and(|v| !v.is_empty());
        if no_color || matches!(term, Some("linux" | "dumb")) {
            ThemeName::Mono
        } else {
            ThemeName::Default
        }
    }
}

/// Every style the views use. Built once from a `ThemeName`, then passed around as data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub name: ThemeName,
    /// Under everything (the contrast theme paints the whole screen).
    pub base: Style,
    pub title: Style,
    pub frame: Style,
    pub focused: Style,
    pub dim: Style,
    pub notice: Style,
    pub good: Style,
    pub weak: Style,
    pub button: Style,
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let focused = Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
        match name {
            ThemeName::Default => Theme {
                name,
                base: Style::new(),
                title: bold,
                frame: Style::new().fg(Color::Cyan),
                focused,
                dim: Style::new().fg(Color::Gray),
                notice: bold.fg(Color::Yellow),
                good: Style::new().fg(Color::Green),
                weak: Style::new().fg(Color::Yellow),
                button: bold.fg(Color::Cyan),
            },
            ThemeName::Mono => Theme {
                name,
                base: Style::new(),
                title: bold,
                frame: Style::new(),
                focused,
                dim: Style::new(),
                notice: bold,
                good: Style::new(),
                weak: Style::new(),
                button: bold,
            },
            // Backgrounds only from the 8 the Linux console has; bright foregrounds.
            ThemeName::Contrast => {
                let text = Style::new().fg(Color::White).bg(Color::Black);
                Theme {
                    name,
                    base: text,
                    title: text.add_modifier(Modifier::BOLD),
                    frame: text.add_modifier(Modifier::BOLD),
                    focused: text.add_modifier(Modifier::REVERSED | Modifier::BOLD),
                    dim: text,
                    notice: text.fg(Color::LightYellow).add_modifier(Modifier::BOLD),
                    good: text.fg(Color::LightGreen),
                    weak: text.fg(Color::LightYellow),
                    button: text.add_modifier(Modifier::BOLD),
                }
            }
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::new(ThemeName::Default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mono_is_chosen_for_no_color_and_old_terminals_unless_a_flag_says_otherwise() {
        use ThemeName::*;
        assert_eq!(ThemeName::detect(None, None, Some("xterm")), Default);
        assert_eq!(ThemeName::detect(None, Some("1"), Some("xterm")), Mono);
        assert_eq!(ThemeName::detect(None, Some(""), Some("xterm")), Default);
        assert_eq!(ThemeName::detect(None, None, Some("linux")), Mono);
        assert_eq!(ThemeName::detect(None, None, Some("dumb")), Mono);
        assert_eq!(ThemeName::detect(Some(Contrast), Some("1"), None), Contrast);
        assert_eq!(
            ThemeName::detect(Some(Default), None, Some("linux")),
            Default
        );
    }

    #[test]
    fn mono_has_no_colour_and_others_only_named_colours() {
        for name in ThemeName::ALL {
            let t = Theme::new(name);
            let styles = [
                t.base, t.title, t.frame, t.focused, t.dim, t.notice, t.good, t.weak, t.button,
            ];
            for s in styles {
                for c in [s.fg, s.bg].into_iter().flatten() {
                    assert!(
                        name != ThemeName::Mono || c == Color::Reset,
                        "{name:?} {s:?}"
                    );
                    assert!(!matches!(c, Color::Rgb(..) | Color::Indexed(_)), "{s:?}");
                }
            }
        }
    }
}

/// The default theme's styles, for screens that do not carry a `Look`: the author's
/// preview (`diagnum preview`), which runs on the trainer's own terminal.
pub mod default {
    use super::{Theme, ThemeName};
    use ratatui::style::Style;

    fn t() -> Theme {
        Theme::new(ThemeName::Default)
    }
    pub fn title() -> Style {
        t().title
    }
    pub fn frame() -> Style {
        t().frame
    }
    pub fn focused() -> Style {
        t().focused
    }
    pub fn dim() -> Style {
        t().dim
    }
    pub fn notice() -> Style {
        t().notice
    }
    pub fn good() -> Style {
        t().good
    }
    pub fn weak() -> Style {
        t().weak
    }
}
