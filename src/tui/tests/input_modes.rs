//! Each screen can be done with digits and Enter alone, with arrows and Enter alone, and
//! with clicks alone; the terminal cursor sits on the focused item. Events go through
//! `on_event` with a screen size, as in the real loop.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::{Position, Rect};

use super::{answers, app, draw, order_app};
use crate::diagnostic::session::Answer;
use crate::i18n::Lang;
use crate::tui::app::{App, ConfirmFocus, Screen};

const W: u16 = 60;
const H: u16 = 18;

fn send(a: &mut App, e: Event) {
    if let Some(m) = a.on_event(&e, Rect::new(0, 0, W, H), 0) {
        a.update(m);
    }
}

fn key(a: &mut App, code: KeyCode) {
    send(a, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn keys(a: &mut App, codes: &[KeyCode]) {
    for c in codes {
        key(a, *c);
    }
}

fn digits(a: &mut App, s: &str) {
    for c in s.chars() {
        key(a, KeyCode::Char(c));
    }
}

/// Enter until the screen changes (long texts page first); fails if it never does.
fn enter_until_next_screen(a: &mut App) {
    let from = a.screen();
    for _ in 0..50 {
        key(a, KeyCode::Enter);
        if a.screen() != from || a.quit() {
            return;
        }
    }
    panic!("Enter never left {from:?}");
}

/// Where `text` is drawn on the 60×18 screen.
fn find(a: &App, text: &str) -> Position {
    try_find(a, text)
        .unwrap_or_else(|| panic!("{text:?} not on screen:\n{}", draw(a, W, H).backend()))
}

fn try_find(a: &App, text: &str) -> Option<Position> {
    let t = draw(a, W, H);
    let buf = t.backend().buffer();
    for y in 0..H {
        let cells: Vec<&str> = (0..W).map(|x| buf[(x, y)].symbol()).collect();
        let row = cells.concat();
        if let Some(byte) = row.find(text) {
            let mut seen = 0;
            let x = cells.iter().take_while(|c| {
                seen += c.len();
                seen <= byte
            });
            return Some(Position::new(x.count() as u16, y));
        }
    }
    None
}

/// Clicks on a text; a button is found with or without the keyboard focus.
fn click(a: &mut App, text: &str) {
    let focused = text
        .strip_prefix("[ ")
        .and_then(|t| t.strip_suffix(" ]"))
        .map(|t| format!("[>{t}<]"));
    let p = match focused.and_then(|f| try_find(a, &f)) {
        Some(p) => p,
        None => find(a, text),
    };
    send(
        a,
        Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: p.x + 1,
            row: p.y,
            modifiers: KeyModifiers::NONE,
        }),
    );
}

#[test]
fn digits_and_enter_alone_go_through_every_screen() {
    let mut a = app(Lang::Fr);
    digits(&mut a, "1");
    enter_until_next_screen(&mut a);
    enter_until_next_screen(&mut a);
    assert_eq!(a.screen(), Screen::Question);
    digits(&mut a, "3"); // s1: wrong answer, on purpose
    key(&mut a, KeyCode::Enter);
    digits(&mut a, "12"); // m1: tick 1 and 2, the focus waits on "Valider"
    key(&mut a, KeyCode::Enter);
    super::type_text(&mut a, "navigateur"); // a text question needs letters
    key(&mut a, KeyCode::Enter);
    digits(&mut a, "0"); // d1: "Je ne sais pas"
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        answers(&a),
        vec![
            Answer::Choices(vec![2]),
            Answer::Choices(vec![0, 1]),
            Answer::Text("navigateur".into()),
            Answer::DontKnow
        ]
    );
    assert_eq!(a.screen(), Screen::Results);
    enter_until_next_screen(&mut a);
    assert_eq!(a.screen(), Screen::Orientation);
    enter_until_next_screen(&mut a);
    assert!(a.quit());
}

#[test]
fn arrows_and_enter_alone_go_through_every_screen() {
    let mut a = app(Lang::Fr);
    keys(&mut a, &[KeyCode::Down, KeyCode::Up]);
    enter_until_next_screen(&mut a);
    keys(&mut a, &[KeyCode::Down, KeyCode::Up]);
    enter_until_next_screen(&mut a);
    assert_eq!(a.screen(), Screen::Question);
    keys(&mut a, &[KeyCode::Down, KeyCode::Enter]); // s1: first choice
    // m1: tick the second box, then go down past "Je ne sais pas" to "Valider".
    keys(&mut a, &[KeyCode::Down, KeyCode::Down, KeyCode::Enter]);
    keys(&mut a, &[KeyCode::Down, KeyCode::Down, KeyCode::Down]);
    assert!(a.input().on_submit());
    key(&mut a, KeyCode::Enter);
    super::type_text(&mut a, "google");
    key(&mut a, KeyCode::Enter);
    keys(&mut a, &[KeyCode::Down, KeyCode::Down, KeyCode::Down]); // d1: to "Je ne sais pas"
    key(&mut a, KeyCode::Enter);
    assert_eq!(
        answers(&a),
        vec![
            Answer::Choices(vec![0]),
            Answer::Choices(vec![1]),
            Answer::Text("google".into()),
            Answer::DontKnow
        ]
    );
    key(&mut a, KeyCode::Right);
    assert_eq!(
        a.screen(),
        Screen::Orientation,
        "→ skips the rest of the results"
    );
    key(&mut a, KeyCode::Left);
    assert_eq!(a.screen(), Screen::Results, "← comes back to the results");
    enter_until_next_screen(&mut a);
    enter_until_next_screen(&mut a);
    assert!(a.quit());
}

#[test]
fn clicks_alone_go_through_every_screen() {
    let mut a = app(Lang::Fr);
    click(&mut a, "cassee.toml");
    assert_eq!(a.selected(), 1, "a click on a bank selects it");
    click(&mut a, "Banque d'exemple (4");
    click(&mut a, "[ Commencer ]");
    assert_eq!(a.screen(), Screen::Intro);
    click(&mut a, "[ Mots simples ]");
    assert!(a.falc());
    click(&mut a, "[ Commencer ]");
    assert_eq!(a.screen(), Screen::Question);
    click(&mut a, "[ Valider ]");
    assert_eq!(
        a.notice(),
        Some("notice-choose-first"),
        "nothing chosen yet"
    );
    click(&mut a, "Je réponds");
    click(&mut a, "[ Valider ]");
    click(&mut a, "Un timbre");
    click(&mut a, "Un message");
    click(&mut a, "Un timbre"); // unticks
    click(&mut a, "[ Valider ]");
    click(&mut a, "[ Retour ]");
    assert_eq!(
        a.session().unwrap().index(),
        1,
        "back to the multiple question"
    );
    click(&mut a, "[ Valider ]"); // its boxes came back ticked
    super::type_text(&mut a, "navigateur");
    click(&mut a, "[ Valider ]");
    click(&mut a, "Je ne sais pas");
    click(&mut a, "[ Valider ]");
    assert_eq!(
        answers(&a),
        vec![
            Answer::Choices(vec![2]),
            Answer::Choices(vec![1]),
            Answer::Text("navigateur".into()),
            Answer::DontKnow
        ]
    );
    assert_eq!(a.screen(), Screen::Results);
    click(&mut a, "[ Message médiateur ]");
    assert!(a.show_mediator());
    click(&mut a, "[ Formations ]");
    assert_eq!(a.screen(), Screen::Orientation);
    click(&mut a, "[ Résultats ]");
    assert_eq!(a.screen(), Screen::Results);
    click(&mut a, "[ Quitter ]");
    assert_eq!(a.confirm(), Some(ConfirmFocus::Continue));
    click(&mut a, "Continuer");
    assert!(a.confirm().is_none() && !a.quit());
    click(&mut a, "[ Quitter ]");
    click(&mut a, " Quitter ");
    assert!(a.quit());
}

#[test]
fn ordering_by_clicks_takes_an_item_then_drops_it_on_a_place() {
    let mut a = order_app(Lang::Fr);
    let shown = a.input().arrangement.clone();
    let first = crate::tui::tests::order_item(&a, 0);
    let last = crate::tui::tests::order_item(&a, 3);
    click(&mut a, &last);
    assert!(a.input().held);
    click(&mut a, &first);
    click(&mut a, "[ Valider ]");
    assert_eq!(
        answers(&a),
        vec![Answer::Choices(vec![
            shown[3], shown[0], shown[1], shown[2]
        ])]
    );
}

#[test]
fn key_releases_and_mouse_moves_do_nothing() {
    let a = super::at_first_question(Lang::Fr);
    let mut release = KeyEvent::new(KeyCode::Char('1'), KeyModifiers::NONE);
    release.kind = KeyEventKind::Release;
    let area = Rect::new(0, 0, W, H);
    assert_eq!(a.on_event(&Event::Key(release), area, 0), None);
    let moved = MouseEvent {
        kind: MouseEventKind::Moved,
        column: 5,
        row: 8,
        modifiers: KeyModifiers::NONE,
    };
    assert_eq!(a.on_event(&Event::Mouse(moved), area, 0), None);
}

#[test]
fn the_terminal_cursor_sits_on_the_focused_item() {
    let mut a = super::at_first_question(Lang::Fr);
    // Nothing focused yet: on the prompt, where reading starts.
    let t = draw(&a, W, H);
    assert!(t.backend().cursor_visible());
    let p = find(&a, "Un SMS vous");
    assert_eq!(t.backend().cursor_position(), Position::new(p.x, p.y));
    keys(&mut a, &[KeyCode::Down, KeyCode::Down]);
    let mut t = draw(&a, W, H);
    let p = find(&a, ">(x) 2.");
    t.backend_mut().assert_cursor_position(p);
    // A multiple question after a digit: the focus, and the cursor, wait on "Valider".
    keys(&mut a, &[KeyCode::Enter, KeyCode::Char('1')]);
    let mut t = draw(&a, W, H);
    let p = find(&a, "[>Valider<]");
    t.backend_mut()
        .assert_cursor_position(Position::new(p.x + 1, p.y));
    // A text answer: just after what was typed.
    keys(&mut a, &[KeyCode::Enter]);
    super::type_text(&mut a, "nav");
    let mut t = draw(&a, W, H);
    let p = find(&a, "> nav_");
    t.backend_mut()
        .assert_cursor_position(Position::new(p.x + 5, p.y));
    // The quit dialog: on its focused button.
    key(&mut a, KeyCode::Esc);
    let mut t = draw(&a, W, H);
    let p = find(&a, "> Continuer <");
    t.backend_mut().assert_cursor_position(p);
}

#[test]
fn the_wheel_scrolls_long_texts_and_stops_at_their_end() {
    let mut a = super::at_first_question(Lang::Fr);
    digits(&mut a, "0");
    key(&mut a, KeyCode::Enter);
    for _ in 0..3 {
        key(&mut a, KeyCode::Char('?'));
    }
    assert_eq!(a.screen(), Screen::Results);
    let wheel = |kind| {
        Event::Mouse(MouseEvent {
            kind,
            column: 10,
            row: 5,
            modifiers: KeyModifiers::NONE,
        })
    };
    for _ in 0..100 {
        send(&mut a, wheel(MouseEventKind::ScrollDown));
    }
    let bottom = a.scroll();
    assert!(bottom > 0, "the results do not fit in 60×18");
    let body = a.body(W - 4);
    assert!(usize::from(bottom) < body.lines.len(), "stopped at the end");
    send(&mut a, wheel(MouseEventKind::ScrollUp));
    assert_eq!(a.scroll(), bottom - 1);
}
