//! The kiosk driven through `on_key` and `update` as the run loop does, with the clock
//! moved by `Tick` messages: escape keys, inactivity, the admin code, privacy between
//! visitors. Snapshots of its screens are in `tests/screens.rs`.

mod admin;
mod idle;
mod lieux;
mod screens;

use std::path::PathBuf;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{Kiosk, KioskMsg, KioskScreen, Setup};
use crate::bank::{Bank, Lieu};
use crate::diagnostic::abilities::Abilities;
use crate::i18n::Lang;
use crate::kiosk::code::CodeHash;
use crate::kiosk::idle::IdleRule;
use crate::records::journal::{Status, read};
use crate::records::store::Store;
use crate::testing::sample_bank;
use crate::tui::app::{ConfirmFocus, Screen};

pub(super) const CODE: &str = "4821";

pub(super) fn bank() -> Bank {
    let mut b = sample_bank();
    b.lieu = Some(Lieu {
        name: "Médiathèque des Tilleuls".into(),
        address: "2 rue des Écoles, 59100 Roubaix".into(),
        phone: "03 20 00 00 00".into(),
        email: String::new(),
        hours: "Mardi et jeudi, 14 h – 17 h".into(),
    });
    b
}

pub(super) fn setup(lang: Lang) -> Setup {
    // The bank and its English version, as with abc-diag: English is offered.
    let mut english = bank();
    english.id = "exemple-en".into();
    english.lang = "en".into();
    Setup {
        banks: vec![bank(), english],
        idle: IdleRule {
            after: Duration::from_secs(120),
            countdown: Duration::from_secs(30),
        },
        // Few rounds: the tests run unoptimised.
        admin_code: Some(CodeHash::new(CODE, b"sel de test", 1000)),
        printer: None,
        lang,
        store: None,
        abilities: Abilities::full_screen(false, None),
        pid: 4242,
        look: crate::tui::Look::default(),
        speech: crate::speech::Setup::off(),
        lieux: None,
        commune: None,
        ledger: None,
    }
}

pub(super) fn kiosk(lang: Lang) -> Kiosk {
    Kiosk::new(setup(lang), 7)
}

/// A kiosk writing its sessions in a temporary folder.
pub(super) fn kiosk_with_store() -> (Kiosk, Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut s = setup(Lang::Fr);
    s.store = Some(store.clone());
    (Kiosk::new(s, 7), store, dir)
}

pub(super) fn at(k: &mut Kiosk, secs: u64) {
    k.update(KioskMsg::Tick(Duration::from_secs(secs)));
}

pub(super) fn press_mod(k: &mut Kiosk, code: KeyCode, m: KeyModifiers) {
    let msg = k.on_key(KeyEvent::new(code, m));
    k.update(msg);
}

pub(super) fn press(k: &mut Kiosk, code: KeyCode) {
    press_mod(k, code, KeyModifiers::NONE);
}

pub(super) fn keys(k: &mut Kiosk, codes: &[KeyCode]) {
    for c in codes {
        press(k, *c);
    }
}

pub(super) fn type_text(k: &mut Kiosk, s: &str) {
    for c in s.chars() {
        press(k, KeyCode::Char(c));
    }
}

pub(super) fn chord(k: &mut Kiosk) {
    for _ in 0..super::CHORD_PRESSES {
        press_mod(k, KeyCode::Char('k'), KeyModifiers::CONTROL);
    }
}

pub(super) fn screen_text(k: &Kiosk) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| f.render_widget(k, f.area())).unwrap();
    // Wrapping keeps French spaces (before « : ») unbreakable: read them as spaces.
    t.backend().to_string().replace('\u{a0}', " ")
}

/// Welcome → intro → first question.
pub(super) fn at_first_question(k: &mut Kiosk) {
    keys(k, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(k.visitor.as_ref().unwrap().screen(), Screen::Question);
}

fn answered(k: &Kiosk) -> usize {
    k.visitor
        .as_ref()
        .and_then(|a| a.session())
        .map_or(0, |s| s.answered().count())
}

pub(super) fn journal(k: &Kiosk) -> PathBuf {
    let app = k.visitor.as_ref().unwrap();
    app.tracked()
        .as_ref()
        .unwrap()
        .journal_path()
        .unwrap()
        .to_path_buf()
}

/// Every key people use to leave a program, as terminals deliver them.
fn escape_keys() -> Vec<(KeyCode, KeyModifiers)> {
    let ctrl = KeyModifiers::CONTROL;
    let mut v = vec![
        (KeyCode::Char('c'), ctrl),
        (KeyCode::Char('z'), ctrl),
        // Ctrl-\ : Unix terminals send 0x1C, which crossterm reads as Ctrl+4.
        (KeyCode::Char('\\'), ctrl),
        (KeyCode::Char('4'), ctrl),
        (KeyCode::Char('d'), ctrl),
        (KeyCode::Char('q'), ctrl),
        (KeyCode::Char('w'), ctrl),
        (KeyCode::Char('q'), KeyModifiers::NONE),
        (KeyCode::Esc, KeyModifiers::NONE),
        (KeyCode::F(4), KeyModifiers::ALT),
    ];
    v.extend((1..=12).map(|n| (KeyCode::F(n), KeyModifiers::NONE)));
    v
}

#[test]
fn no_escape_key_leaves_on_any_screen() {
    let (mut k, _store, _dir) = kiosk_with_store();
    let mut checked = 0;
    for step in 0..5 {
        match step {
            0 => {}                             // welcome
            1 => press(&mut k, KeyCode::Enter), // intro
            2 => press(&mut k, KeyCode::Enter), // first question
            3 => keys(
                &mut k,
                &[KeyCode::Char('1'), KeyCode::Enter, KeyCode::Char('?')],
            ), // text
            _ => {
                keys(
                    &mut k,
                    &[KeyCode::Enter, KeyCode::Char('?'), KeyCode::Char('?')],
                );
                keys(&mut k, &[KeyCode::Enter, KeyCode::Enter]); // results → end
                assert_eq!(k.screen, KioskScreen::End);
            }
        }
        let screen = k.screen;
        let inner = k.visitor.as_ref().map(super::super::app::App::screen);
        let done = answered(&k);
        for (code, m) in escape_keys() {
            press_mod(&mut k, code, m);
            assert!(!k.quit, "{code:?} {m:?} at step {step}");
            assert_eq!(k.screen, screen, "{code:?} {m:?} at step {step}");
            assert_eq!(
                k.visitor.as_ref().map(super::super::app::App::screen),
                inner,
                "{code:?}"
            );
            assert_eq!(answered(&k), done, "{code:?} {m:?} at step {step}");
            assert!(k.admin.is_none());
            if k.stop.is_some() {
                // Échap during a visit asks; "continue" is the default.
                assert_eq!(code, KeyCode::Esc);
                press(&mut k, KeyCode::Enter);
                assert!(k.stop.is_none() && k.visitor.is_some());
            }
            checked += 1;
        }
        if step == 3 {
            // On a typed answer, q is a letter of the answer, nothing more.
            assert_eq!(k.visitor.as_ref().unwrap().input().text, "q");
            press(&mut k, KeyCode::Backspace);
        }
    }
    assert_eq!(checked, 5 * escape_keys().len());
}

#[test]
fn a_refused_key_says_how_to_go_on() {
    let mut k = kiosk(Lang::Fr);
    press_mod(&mut k, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(screen_text(&k).contains("Pour commencer, appuyez sur la touche Entrée."));
    at_first_question(&mut k);
    press(&mut k, KeyCode::F(1));
    let t = screen_text(&k);
    assert!(
        t.contains("Pour arrêter votre diagnostic : touche Échap."),
        "{t}"
    );
    press(&mut k, KeyCode::Char('1'));
    assert!(
        !screen_text(&k).contains("touche Échap."),
        "gone at the next key"
    );
    press(&mut k, KeyCode::F(1));
    press(&mut k, KeyCode::Esc);
    assert!(k.stop.is_some());
    assert!(
        !screen_text(&k).contains("touche Échap."),
        "gone with the dialog too"
    );
}

#[test]
fn escape_then_stop_ends_the_visit_and_closes_its_session() {
    let (mut k, _store, _dir) = kiosk_with_store();
    at_first_question(&mut k);
    keys(&mut k, &[KeyCode::Char('1'), KeyCode::Enter]);
    let path = journal(&k);
    press(&mut k, KeyCode::Esc);
    assert_eq!(k.stop, Some(ConfirmFocus::Continue));
    keys(&mut k, &[KeyCode::Right, KeyCode::Enter]);
    assert_eq!(k.screen, KioskScreen::Welcome);
    assert!(k.visitor.is_none() && !k.quit);
    assert_eq!(k.visitors_done, 1);
    assert_eq!(read(&path).unwrap().status(), Status::Abandoned);
}

#[test]
fn nothing_of_the_previous_visitor_is_reachable() {
    let fresh = screen_text(&kiosk(Lang::Fr));
    let mut k = kiosk(Lang::Fr);
    at_first_question(&mut k);
    keys(
        &mut k,
        &[KeyCode::Char('1'), KeyCode::Enter, KeyCode::Char('2')],
    );
    keys(&mut k, &[KeyCode::Enter]);
    type_text(&mut k, "secretvisiteur1");
    at(&mut k, 200);
    assert_eq!(k.screen, KioskScreen::Welcome);
    assert_eq!(
        screen_text(&k),
        fresh,
        "the welcome is the same as for the first visitor"
    );
    // Every key a visitor has, on the welcome and then in a new visit.
    for code in [
        KeyCode::Left,
        KeyCode::Backspace,
        KeyCode::Up,
        KeyCode::Char('?'),
    ] {
        press(&mut k, code);
        assert!(k.visitor.is_none());
    }
    assert_eq!(k.tr.lang(), Lang::Fr);
    at_first_question(&mut k);
    assert_eq!(answered(&k), 0);
    keys(&mut k, &[KeyCode::Left, KeyCode::Left, KeyCode::Backspace]);
    assert_eq!(
        k.visitor.as_ref().unwrap().screen(),
        Screen::Intro,
        "no way back before it"
    );
    press(&mut k, KeyCode::Enter);
    keys(
        &mut k,
        &[
            KeyCode::Char('1'),
            KeyCode::Enter,
            KeyCode::Char('1'),
            KeyCode::Enter,
        ],
    );
    let text = screen_text(&k);
    assert!(!text.contains("secretvisiteur1"), "{text}");
    assert!(k.visitor.as_ref().unwrap().input().text.is_empty());
}

#[test]
fn several_banks_are_offered_on_a_list() {
    let mut s = setup(Lang::Fr);
    let mut other = bank();
    other.id = "autre".into();
    other.title = "Une autre banque".into();
    s.banks.push(other);
    let mut k = Kiosk::new(s, 7);
    press(&mut k, KeyCode::Enter);
    assert_eq!(k.visitor.as_ref().unwrap().screen(), Screen::Picker);
    keys(&mut k, &[KeyCode::Down, KeyCode::Enter]);
    let app = k.visitor.as_ref().unwrap();
    assert_eq!(app.session().unwrap().bank().id, "autre");
}

#[test]
fn any_size_renders_without_panic() {
    let mut k = kiosk(Lang::Fr);
    let mut states = Vec::new();
    let mut draw_all = |k: &Kiosk| {
        for w in [0, 1, 10, 40, 59, 60, 80, 200] {
            for h in [0, 1, 5, 12, 18, 24, 60] {
                let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
                t.draw(|f| f.render_widget(k, f.area())).unwrap();
            }
        }
        states.push(k.screen);
    };
    draw_all(&k);
    chord(&mut k);
    draw_all(&k);
    press(&mut k, KeyCode::Esc);
    at_first_question(&mut k);
    press(&mut k, KeyCode::Esc);
    draw_all(&k);
    at(&mut k, 130);
    draw_all(&k);
    assert_eq!(states.len(), 4);
}
