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
            // Text in the terminal's own foreground: grey and yellow vanish on the white
            // backgrounds of light themes, blue on PowerShell's. Colour only where it reads
            // on every default console (the palettes test below).
            ThemeName::Default => Theme {
                name,
                base: Style::new(),
                title: bold,
                frame: Style::new().fg(Color::Cyan),
                focused,
                dim: Style::new(),
                notice: bold,
                good: Style::new().fg(Color::Green),
                weak: bold,
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

    /// A console's palette: its background, its foreground and the 16 named colours.
    struct Palette {
        name: &'static str,
        bg: u32,
        fg: u32,
        /// Black, red, green, yellow, blue, magenta, cyan, gray, then the bright ones.
        ansi: [u32; 16],
    }

    const CAMPBELL: [u32; 16] = [
        0x0C0C0C, 0xC50F1F, 0x13A10E, 0xC19C00, 0x0037DA, 0x881798, 0x3A96DD, 0xCCCCCC, 0x767676,
        0xE74856, 0x16C60C, 0xF9F1A5, 0x3B78FF, 0xB4009E, 0x61D6D6, 0xF2F2F2,
    ];
    const LEGACY: [u32; 16] = [
        0x000000, 0x800000, 0x008000, 0x808000, 0x000080, 0x800080, 0x008080, 0xC0C0C0, 0x808080,
        0xFF0000, 0x00FF00, 0xFFFF00, 0x0000FF, 0xFF00FF, 0x00FFFF, 0xFFFFFF,
    ];
    const ONE_HALF_LIGHT: [u32; 16] = [
        0x383A42, 0xE45649, 0x50A14F, 0xC18301, 0x0184BC, 0xA626A4, 0x0997B3, 0xFAFAFA, 0x4F525E,
        0xE06C75, 0x98C379, 0xE5C07B, 0x61AFEF, 0xC678DD, 0x56B6C2, 0xFFFFFF,
    ];
    const PALETTES: [Palette; 5] = [
        // Windows Terminal and conhost since Windows 10 1709.
        Palette {
            name: "Campbell",
            bg: 0x0C0C0C,
            fg: 0xCCCCCC,
            ansi: CAMPBELL,
        },
        Palette {
            name: "PowerShell",
            bg: 0x012456,
            fg: 0xEEEDF0,
            ansi: CAMPBELL,
        },
        Palette {
            name: "conhost (ancienne)",
            bg: 0x000000,
            fg: 0xC0C0C0,
            ansi: LEGACY,
        },
        // A white background chosen in the console's properties, colours kept.
        Palette {
            name: "Campbell sur blanc",
            bg: 0xFFFFFF,
            fg: 0x0C0C0C,
            ansi: CAMPBELL,
        },
        Palette {
            name: "One Half Light",
            bg: 0xFAFAFA,
            fg: 0x383A42,
            ansi: ONE_HALF_LIGHT,
        },
    ];

    fn rgb(c: Option<Color>, default: u32, ansi: &[u32; 16]) -> u32 {
        let i = match c.unwrap_or(Color::Reset) {
            Color::Reset => return default,
            Color::Black => 0,
            Color::Red => 1,
            Color::Green => 2,
            Color::Yellow => 3,
            Color::Blue => 4,
            Color::Magenta => 5,
            Color::Cyan => 6,
            Color::Gray => 7,
            Color::DarkGray => 8,
            Color::LightRed => 9,
            Color::LightGreen => 10,
            Color::LightYellow => 11,
            Color::LightBlue => 12,
            Color::LightMagenta => 13,
            Color::LightCyan => 14,
            Color::White => 15,
            other => panic!("not a named colour: {other:?}"),
        };
        ansi[i]
    }

    /// WCAG's relative luminance and contrast ratio.
    fn contrast(a: u32, b: u32) -> f64 {
        let lum = |c: u32| {
            let ch = |v: u32| {
                let v = f64::from(v & 0xFF) / 255.0;
                if v <= 0.039_28 {
                    v / 12.92
                } else {
                    ((v + 0.055) / 1.055).powf(2.4)
                }
            };
            0.2126 * ch(c >> 16) + 0.7152 * ch(c >> 8) + 0.0722 * ch(c)
        };
        let (x, y) = (lum(a), lum(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// The default theme reads on every default console, dark, blue or white: each text
    /// style at least 3:1 against the background (WCAG's floor for large and bold text;
    /// the terminal's own foreground gives far more).
    #[test]
    fn the_default_theme_reads_on_every_console_palette() {
        let t = Theme::new(ThemeName::Default);
        let styles = [
            ("base", t.base),
            ("title", t.title),
            ("frame", t.frame),
            ("focused", t.focused),
            ("dim", t.dim),
            ("notice", t.notice),
            ("good", t.good),
            ("weak", t.weak),
            ("button", t.button),
        ];
        for p in &PALETTES {
            for (name, s) in styles {
                let mut fg = rgb(s.fg, p.fg, &p.ansi);
                let mut bg = rgb(s.bg, p.bg, &p.ansi);
                if s.add_modifier.contains(Modifier::REVERSED) {
                    std::mem::swap(&mut fg, &mut bg);
                }
                let ratio = contrast(fg, bg);
                assert!(ratio >= 3.0, "{name} on {}: {ratio:.1}:1", p.name);
            }
        }
        // The check can fail: the old grey reads at 1.5:1 on a white background.
        assert!(contrast(CAMPBELL[7], 0xFFFFFF) < 2.0);
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
