//! One key press on the question screen as the real loop handles it: event → message →
//! update → draw of the whole 80×24 screen on a TestBackend. Goal: at most 200 µs.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use diagnum::bank::source::Library;
use diagnum::i18n::{Lang, Tr};
use diagnum::tui::{App, Config, Screen, Start};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn bench(c: &mut Criterion) {
    let bank = Library::new(None)
        .resolve("abc-diag")
        .ok()
        .and_then(|e| e.loaded.value)
        .expect("the shipped bank");
    let mut app = App::new(Config::new(Tr::new(Lang::Fr), 1), Start::Bank(bank));
    let _ = app.update(diagnum::tui::Msg::Validate);
    assert_eq!(app.screen(), Screen::Question);
    let area = Rect::new(0, 0, 80, 24);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| app.draw(f)).unwrap();
    let (down, up) = (key(KeyCode::Down), key(KeyCode::Up));
    let mut flip = false;
    c.bench_function("question_keypress_update_draw_80x24", |b| {
        b.iter(|| {
            // ↓ then ↑: the focus moves every time, so every frame really changes.
            flip = !flip;
            let ev = if flip { &down } else { &up };
            if let Some(msg) = app.on_event(black_box(ev), area, 0) {
                let _ = app.update(msg);
            }
            terminal.draw(|f| app.draw(f)).unwrap();
        });
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
