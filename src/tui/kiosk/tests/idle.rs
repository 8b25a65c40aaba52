//! Inactivity, with the clock moved by hand: the warning, its countdown, the key that
//! goes on, and the end of an abandoned visit.

use crate::records::journal::RunMode;
use ratatui::crossterm::event::KeyCode;

use super::{at, at_first_question, journal, keys, kiosk, kiosk_with_store, press, screen_text};
use crate::i18n::Lang;
use crate::records::journal::{Status, read};
use crate::tui::kiosk::KioskScreen;

#[test]
fn idle_warning_counts_down_and_any_key_goes_on() {
    let mut k = kiosk(Lang::Fr);
    at(&mut k, 1000);
    at_first_question(&mut k);
    at(&mut k, 1119);
    assert_eq!(k.warning(), None);
    at(&mut k, 1120);
    assert_eq!(k.warning(), Some(30));
    at(&mut k, 1141);
    assert_eq!(k.warning(), Some(9));
    let text = screen_text(&k);
    assert!(text.contains("Vous êtes toujours là"), "{text}");
    assert!(text.contains("dans 9 secondes,"), "{text}");
    at(&mut k, 1149);
    assert!(screen_text(&k).contains("dans 1 seconde,"));
    // The key that answers the warning does nothing else: Entrée is not "validate".
    press(&mut k, KeyCode::Char('2'));
    assert_eq!(k.warning(), None);
    assert!(
        k.visitor
            .as_ref()
            .unwrap()
            .input()
            .checked
            .iter()
            .all(|c| !c)
    );
    at(&mut k, 1260);
    assert_eq!(k.warning(), None, "the wait starts again from that key");
    assert_eq!(k.screen, KioskScreen::Visitor);
}

#[test]
fn nobody_answers_the_warning_then_the_visit_is_closed_and_the_welcome_returns() {
    let (mut k, store, _dir) = kiosk_with_store();
    at(&mut k, 10);
    press(&mut k, KeyCode::Right); // English for this visitor
    at_first_question(&mut k);
    keys(&mut k, &[KeyCode::Char('1'), KeyCode::Enter]);
    let path = journal(&k);
    let h = read(&path).unwrap().header.unwrap();
    assert_eq!((h.mode, h.lang.as_str()), (RunMode::Kiosk, "en"));
    assert_eq!(h.pseudonym, None, "anonymous");
    at(&mut k, 159);
    assert_eq!(k.warning(), Some(1));
    at(&mut k, 160);
    assert_eq!(k.screen, KioskScreen::Welcome);
    assert!(k.visitor.is_none());
    assert_eq!(
        k.visitors_done, 1,
        "the run loop clears screen and scrollback"
    );
    assert_eq!(k.tr.lang(), Lang::Fr, "back to the lieu's language");
    assert_eq!(read(&path).unwrap().status(), Status::Abandoned);
    assert!(
        crate::records::history::unfinished(&store)
            .unwrap()
            .is_empty()
    );
    // The welcome itself never counts down.
    at(&mut k, 5000);
    assert_eq!(k.warning(), None);
    assert_eq!(k.visitors_done, 1);
}

#[test]
fn a_finished_visit_is_not_marked_abandoned() {
    let (mut k, _store, _dir) = kiosk_with_store();
    at_first_question(&mut k);
    for _ in 0..4 {
        press(&mut k, KeyCode::Char('?'));
    }
    let path = journal(&k);
    keys(&mut k, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(k.screen, KioskScreen::End);
    press(&mut k, KeyCode::Enter);
    assert_eq!(k.screen, KioskScreen::Welcome);
    assert_eq!(read(&path).unwrap().status(), Status::Finished);
}
