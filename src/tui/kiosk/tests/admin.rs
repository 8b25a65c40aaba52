//! The admin's way out: the chord, then the code; wrong codes wait longer each time;
//! without a code in the config nothing closes the kiosk.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{
    CODE, at, at_first_question, chord, journal, keys, kiosk, kiosk_with_store, press, press_mod,
    screen_text, setup, type_text,
};
use crate::i18n::Lang;
use crate::kiosk::limiter::ledger::{FILE, Ledger};
use crate::records::journal::{Status, read};
use crate::tui::kiosk::Kiosk;

/// A kiosk counting wrong codes in `dir`, started `epoch_ms` after 1970.
fn kiosk_on(dir: &std::path::Path, epoch_ms: u64) -> Kiosk {
    let mut s = setup(Lang::Fr);
    s.ledger = Some(Ledger::at(dir.join(FILE), epoch_ms));
    Kiosk::new(s, 7)
}

fn try_code(k: &mut Kiosk, code: &str) {
    if k.admin.is_none() {
        chord(k);
    }
    type_text(k, code);
    press(k, KeyCode::Enter);
}

#[test]
fn restarting_the_kiosk_does_not_start_the_count_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut k = kiosk_on(dir.path(), 1_000_000);
    for (second, code) in [(0, "1111"), (1, "2222"), (3, "3333")] {
        at(&mut k, second);
        try_code(&mut k, code);
    }
    assert_eq!(k.admin_wait(), 4);
    // Killed and restarted at once (kiosk time starts again from zero, one second later
    // on the wall clock): the wait goes on, and the next wrong code waits longer.
    let mut k = kiosk_on(dir.path(), 1_004_000);
    chord(&mut k);
    assert_eq!(k.admin_wait(), 3);
    assert!(screen_text(&k).contains("Nouvel essai possible dans 3 s"));
    try_code(&mut k, CODE);
    assert!(!k.quit, "the right code during the wait is still refused");
    at(&mut k, 3);
    try_code(&mut k, "4444");
    assert_eq!(k.admin_wait(), 8);
    at(&mut k, 11);
    try_code(&mut k, CODE);
    assert!(k.quit);
    assert!(
        !dir.path().join(FILE).exists(),
        "the right code clears the count"
    );
    let k = kiosk_on(dir.path(), 2_000_000);
    assert_eq!((k.attempts.failures(), k.admin_wait()), (0, 0));
}

#[test]
fn two_kiosks_on_one_folder_share_the_count() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = kiosk_on(dir.path(), 1_000_000);
    let mut b = kiosk_on(dir.path(), 1_000_000);
    try_code(&mut a, "1111");
    at(&mut a, 1);
    try_code(&mut a, "2222");
    // Kiosk b has seen none of them, but reads the count when its prompt opens.
    at(&mut b, 1);
    chord(&mut b);
    assert_eq!(b.admin_wait(), 2);
    at(&mut b, 3);
    try_code(&mut b, "3333");
    assert_eq!(b.attempts.failures(), 3);
    assert_eq!(b.admin_wait(), 4);
}

#[test]
fn a_damaged_count_file_does_not_stop_the_kiosk() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(FILE), b"\x1b]0;x\x07 garbage").unwrap();
    let mut k = kiosk_on(dir.path(), 0);
    try_code(&mut k, CODE);
    assert!(k.quit);
}

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
    // During the wait even the right code is not checked, and it is not kept either: the
    // next try starts from an empty field.
    type_text(&mut k, CODE);
    press(&mut k, KeyCode::Enter);
    assert!(!k.quit);
    assert_eq!(k.admin.as_ref().map(|p| p.typed.as_str()), Some(""));
    assert_eq!(
        k.admin_wait(),
        1,
        "a try during the wait does not add to it"
    );
    at(&mut k, 101);
    assert!(screen_text(&k).contains("Code incorrect."));
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
