//! Snapshots of the kiosk's screens at 80×24 in French and English, each reached by
//! pressing keys as a visitor or an admin would; and the fiche sent to the printer.

use ratatui::crossterm::event::KeyCode;

use super::{at, at_first_question, chord, keys, kiosk, press, screen_text, setup, type_text};
use crate::i18n::Lang;
use crate::records::store::Store;
use crate::tui::kiosk::{Kiosk, KioskScreen, Printer};

/// Through the whole sample bank to the end screen.
fn at_end(k: &mut Kiosk) {
    at_first_question(k);
    for _ in 0..4 {
        press(k, KeyCode::Char('?'));
    }
    keys(k, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(k.screen, KioskScreen::End);
}

fn with_printer(lang: Lang, printer: Printer) -> (Kiosk, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut s = setup(lang);
    s.store = Some(Store::new(dir.path()));
    s.printer = Some(printer);
    (Kiosk::new(s, 7), dir)
}

fn screens(lang: Lang) -> Vec<(&'static str, Kiosk)> {
    let mut out = vec![("welcome", kiosk(lang))];
    let mut k = kiosk(lang);
    at_first_question(&mut k);
    press(&mut k, KeyCode::Esc);
    out.push(("stop", k));
    let mut k = kiosk(lang);
    at_first_question(&mut k);
    at(&mut k, 133);
    out.push(("idle", k));
    let mut k = kiosk(lang);
    chord(&mut k);
    type_text(&mut k, "12");
    out.push(("admin", k));
    let mut k = kiosk(lang);
    at(&mut k, 10);
    chord(&mut k);
    type_text(&mut k, "1234");
    keys(&mut k, &[KeyCode::Enter, KeyCode::Enter]);
    out.push(("admin_wrong", k));
    let mut s = setup(lang);
    s.admin_code = None;
    let mut k = Kiosk::new(s, 7);
    chord(&mut k);
    out.push(("admin_no_code", k));
    let printer = Printer {
        command: "true".into(),
        args: vec![],
    };
    let (mut k, _dir) = with_printer(lang, printer);
    at_end(&mut k);
    out.push(("end", k));
    out
}

#[test]
fn kiosk_screens_80x24() {
    for lang in Lang::ALL {
        for (name, k) in screens(lang) {
            if lang == Lang::Fr {
                insta::assert_snapshot!(format!("kiosk_{name}_fr"), screen_text(&k));
            } else {
                crate::testing::assert_english(name, &screen_text(&k));
            }
        }
    }
}

/// The privacy check, as the next visitor sees it: the welcome after someone left in the
/// middle of a typed answer, then the next visitor's first screens.
#[test]
fn after_reset_snapshot() {
    let mut k = kiosk(Lang::Fr);
    at_first_question(&mut k);
    keys(
        &mut k,
        &[KeyCode::Char('1'), KeyCode::Enter, KeyCode::Char('?')],
    );
    type_text(&mut k, "Martine Dupont");
    at(&mut k, 151);
    let welcome = screen_text(&k);
    assert!(!welcome.contains("Martine"));
    insta::assert_snapshot!("kiosk_after_reset_fr", welcome);
    press(&mut k, KeyCode::Enter);
    insta::assert_snapshot!("kiosk_after_reset_next_visitor_fr", screen_text(&k));
}

/// Ticks until the printer command has answered (bounded: it is a local `sh`).
fn printed(k: &mut Kiosk) -> Option<&'static str> {
    for _ in 0..6000 {
        if !k.printing() {
            return k.printed;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        let now = k.now.as_secs();
        super::at(k, now);
    }
    panic!("the printer command never ended");
}

#[test]
fn the_fiche_goes_to_the_printer_once() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("imprime.txt");
    let printer = Printer {
        command: "sh".into(),
        args: vec!["-c".into(), format!("cat >> '{}'", out.display())],
    };
    let (mut k, _data) = with_printer(Lang::Fr, printer);
    at_end(&mut k);
    press(&mut k, KeyCode::Char('i'));
    assert_eq!(printed(&mut k), Some("kiosk-print-sent"));
    let text = screen_text(&k);
    assert!(text.contains("demandez-la à l'accueil"), "{text}");
    assert!(!text.contains("I imprimer"), "no longer offered: {text}");
    press(&mut k, KeyCode::Char('i'));
    let printed = std::fs::read_to_string(&out).unwrap();
    assert_eq!(printed.matches("Banque d'exemple").count(), 1, "{printed}");
    assert!(printed.contains("Médiathèque des Tilleuls"), "{printed}");
    // The next visitor may print their own.
    press(&mut k, KeyCode::Enter);
    assert_eq!(k.printed, None);
}

#[test]
fn a_printer_that_fails_is_said_simply() {
    let printer = Printer {
        command: "false".into(),
        args: vec![],
    };
    let (mut k, _dir) = with_printer(Lang::En, printer);
    at_end(&mut k);
    press(&mut k, KeyCode::Char('p'));
    assert_eq!(printed(&mut k), Some("kiosk-print-failed"));
    assert!(screen_text(&k).contains("Printing did not work."));
}

/// A printer that takes its time (it waits for the test's word): the screen says the fiche
/// is under way, and the idle timer still sends an absent visitor's screen away.
#[test]
fn a_slow_printer_freezes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let go = dir.path().join("go");
    let printer = Printer {
        command: "sh".into(),
        args: vec![
            "-c".into(),
            format!(
                "cat > /dev/null; while [ ! -e '{}' ]; do sleep 0.02; done",
                go.display()
            ),
        ],
    };
    let (mut k, _data) = with_printer(Lang::Fr, printer.clone());
    at_end(&mut k);
    press(&mut k, KeyCode::Char('i'));
    assert!(k.printing());
    assert_eq!(k.printed, Some("kiosk-print-pending"));
    let text = screen_text(&k);
    assert!(
        text.contains("Envoi de votre fiche à l'imprimante"),
        "{text}"
    );
    assert!(!text.contains("I imprimer"), "not offered twice: {text}");
    press(&mut k, KeyCode::Char('i'));
    std::fs::write(&go, "").unwrap();
    assert_eq!(printed(&mut k), Some("kiosk-print-sent"));
    // Now one that never ends while the visitor walks away: the kiosk goes back to its
    // welcome on time all the same.
    std::fs::remove_file(&go).unwrap();
    let (mut k, _data) = with_printer(Lang::Fr, printer);
    at_end(&mut k);
    press(&mut k, KeyCode::Char('i'));
    assert!(k.printing());
    let pressed = k.now.as_secs();
    at(&mut k, pressed + 200);
    assert_eq!(k.screen, KioskScreen::Welcome);
    assert!(!k.printing() && k.printed.is_none());
    std::fs::write(&go, "").unwrap();
}

#[test]
fn without_a_printer_the_print_key_does_nothing() {
    let mut k = kiosk(Lang::Fr);
    at_end(&mut k);
    press(&mut k, KeyCode::Char('i'));
    assert_eq!(k.printed, None);
    assert!(!screen_text(&k).contains("imprimer"));
}

/// `--ascii` reaches the kiosk's own screens: frames and big letters included.
#[test]
fn ascii_kiosk_screens_stay_in_latin1() {
    for lang in Lang::ALL {
        let mut s = setup(lang);
        s.look = crate::tui::look::Look::new(
            crate::tui::theme::ThemeName::Mono,
            true,
            crate::tui::look::Spacing::Normal,
        );
        let mut k = Kiosk::new(s, 7);
        let welcome = screen_text(&k);
        assert!(welcome.contains("#   #"), "big letters in #: {welcome}");
        at_first_question(&mut k);
        at(&mut k, 133);
        for text in [welcome, screen_text(&k)] {
            let odd: Vec<char> = text
                .chars()
                .filter(|c| *c as u32 > 0xff && *c != '€')
                .collect();
            assert!(odd.is_empty(), "{odd:?} in {text}");
        }
    }
}

/// English is offered only with a bank written in English, and an English visitor gets
/// that bank, not the French questions under English buttons.
#[test]
fn a_language_is_offered_only_with_its_bank() {
    let mut french_only = super::setup(Lang::Fr);
    french_only.banks.retain(|b| b.lang == "fr");
    let mut k = crate::tui::kiosk::Kiosk::new(french_only, 7);
    assert_eq!(k.languages(), [Lang::Fr]);
    press(&mut k, KeyCode::Right);
    assert_eq!(k.tr.lang(), Lang::Fr, "no English bank, no English");
    assert!(!screen_text(&k).contains("English"));

    let mut k = super::kiosk(Lang::Fr);
    assert_eq!(k.languages(), [Lang::Fr, Lang::En]);
    press(&mut k, KeyCode::Right);
    press(&mut k, KeyCode::Enter);
    let app = k.visitor.as_ref().unwrap();
    assert_eq!(app.session().unwrap().bank().id, "exemple-en");
}
