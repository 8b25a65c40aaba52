//! The looks: where mono puts bold and reverse video, every screen in ASCII glyphs (in
//! Latin-9 at every size, a snapshot at 80×24), the colours each theme may use, the large
//! spacing.

use ratatui::crossterm::event::KeyCode;
use ratatui::style::{Color, Modifier};

use super::{app, draw, keys, order_app, screens};
use crate::i18n::Lang;
use crate::tui::app::App;
use crate::tui::look::{Look, Spacing};
use crate::tui::theme::ThemeName;

/// Every screen, the ordering question and the too-small message included.
pub(super) fn all_screens() -> Vec<(&'static str, App)> {
    let mut out = screens(Lang::Fr);
    let mut a = order_app(Lang::Fr);
    keys(&mut a, &[KeyCode::Down, KeyCode::Down, KeyCode::Char(' ')]);
    out.push(("question_order", a));
    out
}

fn with_look(a: App, look: Look) -> App {
    a.with_look(look)
}

/// The screens where an item has the focus (the others are text to read).
fn has_focus(name: &str) -> bool {
    ["picker", "question", "confirm"]
        .iter()
        .any(|p| name.starts_with(p))
}

/// In mono, meaning rests on bold and reverse video alone: on every screen and size, the
/// line under the terminal's cursor (the focused item, where screen readers look) is in
/// reverse video wherever an item has the focus, and the title is bold.
#[test]
fn mono_marks_the_focus_in_reverse_and_the_title_in_bold() {
    let mono = Look::new(ThemeName::Mono, false, Spacing::Normal);
    for (name, a) in all_screens() {
        let a = with_look(a, mono);
        for (w, h) in [(60, 18), (80, 24)] {
            let mut t = draw(&a, w, h);
            let buf = t.backend().buffer().clone();
            let has = |y: u16, m: Modifier| (0..w).any(|x| buf[(x, y)].modifier.contains(m));
            assert!(has(0, Modifier::BOLD), "{name} {w}x{h}: title not bold");
            let cursor = t.get_cursor_position().unwrap();
            let focused = has(cursor.y, Modifier::REVERSED);
            let screen = t.backend().to_string();
            assert!(
                !has_focus(name) || focused,
                "{name} {w}x{h}: no reverse video on the cursor's line {}\n{screen}",
                cursor.y
            );
        }
    }
}

#[test]
fn snapshots_ascii() {
    let ascii = Look::new(ThemeName::Mono, true, Spacing::Normal);
    for (name, a) in all_screens() {
        let a = with_look(a, ascii);
        for (w, h) in [(60, 18), (80, 24)] {
            let t = draw(&a, w, h);
            let text = t.backend().to_string();
            // Latin-9, the French console charset: Latin-1 plus € and œ.
            assert!(
                text.chars()
                    .all(|c| (c as u32) < 0x100 || "€ŒœŸŠšŽž".contains(c)),
                "{name} {w}x{h}: not Latin-9\n{text}"
            );
            // One snapshot per layout: the 60×18 grids differ only by wrapping.
            if w == 80 {
                insta::assert_snapshot!(format!("{name}_{w}x{h}_ascii"), text);
            }
        }
    }
}

#[test]
fn snapshot_large_spacing() {
    let large = Look::new(ThemeName::Mono, false, Spacing::Large);
    for (name, a) in all_screens() {
        if name.starts_with("question_single") || name.starts_with("results") {
            let a = with_look(a, large);
            insta::assert_snapshot!(format!("{name}_large"), draw(&a, 60, 18).backend());
        }
    }
}

#[test]
fn each_theme_uses_only_named_colours_and_mono_none() {
    for theme in ThemeName::ALL {
        for (name, a) in all_screens() {
            let a = with_look(a, Look::new(theme, false, Spacing::Normal));
            for (w, h) in [(40, 10), (60, 18), (120, 40)] {
                let t = draw(&a, w, h);
                for cell in t.backend().buffer().content() {
                    for c in [cell.fg, cell.bg] {
                        assert!(
                            !matches!(c, Color::Rgb(..) | Color::Indexed(_)),
                            "{theme:?} {name}: {c:?}"
                        );
                        assert!(
                            theme != ThemeName::Mono || c == Color::Reset,
                            "{theme:?} {name}: {c:?}"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_focused_line_is_reversed_and_marked_in_every_theme() {
    for theme in ThemeName::ALL {
        let mut a = super::at_first_question(Lang::Fr);
        a = a.with_look(Look::new(theme, false, Spacing::Normal));
        keys(&mut a, &[KeyCode::Down]);
        let t = draw(&a, 80, 24);
        let buf = t.backend().buffer();
        let row = (0..24)
            .find(|&y| {
                (0..80)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
                    .contains(">(x) 1.")
            })
            .expect("a marker on the focused choice");
        assert!(
            buf[(3, row)].modifier.contains(Modifier::REVERSED),
            "{theme:?}"
        );
    }
}

#[test]
fn contrast_paints_the_whole_screen() {
    let a = with_look(
        app(Lang::Fr),
        Look::new(ThemeName::Contrast, false, Spacing::Normal),
    );
    let t = draw(&a, 200, 60);
    assert!(
        t.backend()
            .buffer()
            .content()
            .iter()
            .all(|c| c.bg == Color::Black)
    );
}

#[test]
fn notices_are_never_cut_at_the_smallest_size() {
    for lang in Lang::ALL {
        for key in [
            "notice-choose-first",
            "notice-tick-first",
            "notice-order-first",
            "notice-write-first",
            "notice-invalid-bank",
        ] {
            let mut a = super::at_first_question(lang);
            let _ = a.update(crate::tui::Msg::Notice(Some(key)));
            let screen = draw(&a, 60, 18).backend().to_string();
            let text = a.tr().t(key);
            let last = text.split_whitespace().last().unwrap();
            assert!(screen.contains(last), "{key}: {last:?} missing\n{screen}");
        }
    }
}
