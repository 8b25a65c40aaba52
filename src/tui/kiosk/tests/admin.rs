//! The admin's way out: the chord, then the code; wrong codes wait longer each time;
//! without a code in the config nothing closes the kiosk.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{
    CODE, at, at_first_question, chord, journal, keys, kiosk, kiosk_with_store, press, press_mod,
    screen_text, setup, type_text,
};
use crate::i18n::Lang;
use crate::records::journal::{Status, read};
use crate::tui::kiosk::Kiosk;

#[test]
fn the_right_code_after_the_chord_closes_the_kiosk() {
    let mut k = kiosk(Lang::Fr);
    chord(&mut k);
    assert!(k.admin.is_some());
    type_text(&mut k, CODE);
    assert!(!screen_text(&k).contains(CODE), "the code is never shown");
    press(&mut k, KeyCode::Enter);
    assert!(k.quit);
}

#[test]
fn the_chord_must_be_unbroken_and_esc_cancels_the_prompt() {
    let mut k = kiosk(Lang::Fr);
    let ctrl_k = |k: &mut Kiosk| press_mod(k, KeyCode::Char('k'), KeyModifiers::CONTROL);
    ctrl_k(&mut k);
    ctrl_k(&mut k);
    press(&mut k, KeyCode::Char('a'));
    ctrl_k(&mut k);
    assert!(k.admin.is_none());
    chord(&mut k);
    press(&mut k, KeyCode::Esc);
    assert!(k.admin.is_none() && !k.quit);
}

#[test]
fn wrong_codes_are_refused_with_growing_waits() {
    let mut k = kiosk(Lang::Fr);
    at(&mut k, 100);
    chord(&mut k);
    type_text(&mut k, "1234");
    press(&mut k, KeyCode::Enter);
    assert!(!k.quit);
    assert_eq!(k.admin_wait(), 1);
    assert!(screen_text(&k).contains("Nouvel essai possible dans 1 s"));
    // During the wait even the right code is not checked.
    type_text(&mut k, CODE);
    press(&mut k, KeyCode::Enter);
    assert!(!k.quit);
    at(&mut k, 101);
    assert!(screen_text(&k).contains("Code incorrect."));
    keys(&mut k, &[KeyCode::Backspace; 4]);
    type_text(&mut k, "9999");
    press(&mut k, KeyCode::Enter);
    assert_eq!(k.admin_wait(), 2, "longer after each wrong code");
    at(&mut k, 103);
    type_text(&mut k, CODE);
    press(&mut k, KeyCode::Enter);
    assert!(k.quit);
}

#[test]
fn leaving_during_a_visit_closes_its_session() {
    let (mut k, _store, _dir) = kiosk_with_store();
    at_first_question(&mut k);
    keys(&mut k, &[KeyCode::Char('1'), KeyCode::Enter]);
    let path = journal(&k);
    chord(&mut k);
    type_text(&mut k, CODE);
    press(&mut k, KeyCode::Enter);
    assert!(k.quit && k.visitor.is_none());
    assert_eq!(read(&path).unwrap().status(), Status::Abandoned);
}

#[test]
fn without_an_admin_code_nothing_closes_the_kiosk() {
    let mut s = setup(Lang::Fr);
    s.admin_code = None;
    let mut k = Kiosk::new(s, 7);
    chord(&mut k);
    let text = screen_text(&k);
    assert!(text.contains("kill 4242"), "{text}");
    type_text(&mut k, CODE);
    press(&mut k, KeyCode::Enter);
    assert!(k.admin.is_none() && !k.quit);
}

#[test]
fn a_prompt_left_open_closes_by_itself() {
    let mut k = kiosk(Lang::Fr);
    at(&mut k, 10);
    chord(&mut k);
    type_text(&mut k, "48");
    at(&mut k, 10 + 149);
    assert!(
        k.admin.is_some(),
        "no countdown on the welcome, but it does close"
    );
    at(&mut k, 10 + 150);
    assert!(k.admin.is_none() && !k.quit);
}
