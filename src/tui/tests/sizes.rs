//! Terminal sizes from 1×1 to 200×60: drawing never panics, the cursor stays on the
//! screen, and clicks anywhere are safe. Every size is drawn, each with one screen in
//! turn; every screen is drawn at every size on the edges of the layout (tiny, the
//! minimum, the width cap, the largest). All of it would take minutes in a debug build.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::looks::all_screens;
use crate::tui::app::App;
use crate::tui::look::{Look, Spacing};
use crate::tui::theme::ThemeName;
use crate::tui::view::{MAX_WIDTH, MIN_HEIGHT, MIN_WIDTH};

fn check(name: &str, a: &App, w: u16, h: u16) {
    let area = Rect::new(0, 0, w, h);
    let mut buf = Buffer::empty(area);
    if let Some(p) = a.render_screen(area, &mut buf) {
        assert!(area.contains(p), "{name} {w}x{h}: cursor {p:?} off screen");
    }
    // Two clicks, at places that move with the size.
    for (x, y) in [
        (w / 3, h.saturating_sub(4)),
        ((w * 7 + h) % w, (h * 5 + w) % h),
    ] {
        let click = Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: x,
            row: y,
            modifiers: KeyModifiers::NONE,
        });
        let _ = a.on_event(&click, area, 0);
        let _ = a.target_at(area, Position::new(x, y));
    }
}

fn edge(v: u16, edges: &[u16]) -> bool {
    edges.iter().any(|e| v.abs_diff(*e) <= 1)
}

#[test]
fn every_size_renders_every_screen_without_panic() {
    let mut screens = all_screens();
    // ASCII and large spacing change the layout: one screen with them too.
    let (_, mut a) = all_screens().remove(2);
    a = a.with_look(Look::new(ThemeName::Contrast, true, Spacing::Large));
    screens.push(("question_large_ascii", a));
    let mut turn = 0;
    for w in 1..=200u16 {
        for h in 1..=60u16 {
            if edge(w, &[1, MIN_WIDTH, MAX_WIDTH, 200]) || edge(h, &[1, MIN_HEIGHT, 60]) {
                for (name, a) in &screens {
                    check(name, a, w, h);
                }
            } else {
                let (name, a) = &screens[turn % screens.len()];
                check(name, a, w, h);
                turn += 1;
            }
        }
    }
}

/// At the smallest size, a long competence title is cut at a word and says so.
#[test]
fn a_long_frame_title_ends_with_an_ellipsis_at_60x18() {
    use crate::i18n::{Lang, Tr};
    use crate::tui::app::{App, Config, Start};
    let long = "Se protéger des arnaques et protéger ses données personnelles";
    let src = crate::testing::SAMPLE.replace("Échanger par messagerie", long);
    let bank = crate::testing::parse(&src);
    let mut a = App::new(Config::new(Tr::new(Lang::Fr), 42), Start::Bank(bank));
    super::press(&mut a, ratatui::crossterm::event::KeyCode::Enter);
    let screen = super::draw(&a, 60, 18).backend().to_string();
    let frame_top = screen.lines().nth(1).unwrap();
    assert!(
        frame_top.contains("des arnaques et protéger ses… ─┐"),
        "{frame_top}"
    );
}

/// `--ascii` writes "…" as "..." (laid out before wrapping), not as a single dot.
#[test]
fn ascii_keeps_three_dots_for_an_ellipsis() {
    use crate::i18n::{Lang, Tr};
    use crate::tui::app::{App, Config, Start};
    let long = "Se protéger des arnaques et protéger ses données personnelles";
    let src = crate::testing::SAMPLE
        .replace("Échanger par messagerie", long)
        .replace("pour un colis", "pour un colis (http://…)");
    let config = Config {
        look: Look::new(ThemeName::Default, true, Spacing::Normal),
        ..Config::new(Tr::new(Lang::Fr), 42)
    };
    let mut a = App::new(config, Start::Bank(crate::testing::parse(&src)));
    super::press(&mut a, ratatui::crossterm::event::KeyCode::Enter);
    let screen = super::draw(&a, 60, 18).backend().to_string();
    assert!(screen.contains("et protéger... ---+"), "{screen}");
    assert!(screen.contains("(http://...)"), "{screen}");
    assert!(!screen.contains('…'), "{screen}");
}
