//! Reading aloud, with a recorder for a voice (a shell script standing for espeak-ng):
//! what it is given and in which order, that L stops it and a new screen kills it, and
//! what the screen says without a voice. The recorder writes from its own process: the
//! tests wait for its file, as a person waits for the voice.

use std::path::Path;

use ratatui::crossterm::event::{
    Event, KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::layout::Rect;

use crate::i18n::{Lang, Tr};
use crate::speech::Setup;
use crate::testing::{alive, recorded_pids, recorder, sample_bank, wait_for};
use crate::tui::app::{App, Config, Screen, Start};
use crate::tui::tests::{keys, press};

/// The sample bank's introduction, reading aloud with a recorder in `dir` (and each question
/// by itself with `auto`).
fn app(dir: &Path, keep_speaking: bool, auto: bool) -> App {
    let speech = Setup {
        engine: Some(recorder(dir, keep_speaking)),
        auto,
        ..Setup::off()
    };
    let config = Config {
        speech,
        ..Config::new(Tr::new(Lang::Fr), 42)
    };
    App::new(config, Start::Bank(sample_bank()))
}

/// The texts the recorder got, in order.
fn said(dir: &Path, n: usize) -> Vec<String> {
    let text = wait_for(&dir.join("said"), |t| t.matches("--\n").count() >= n);
    text.split("--\n").map(str::to_string).take(n).collect()
}

#[test]
fn l_reads_the_question_then_each_choice_and_a_second_press_stops() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path(), true, false);
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.screen(), Screen::Question);
    assert!(!a.speaking(), "nothing is read before L");
    press(&mut a, KeyCode::Char('l'));
    assert_eq!(
        said(dir.path(), 1)[0],
        "Un SMS vous demande de payer 1 euro 99 pour un colis que vous n'attendez pas. \
         Que faites-vous ?\n\
         Réponse 1 : Je supprime le message.\n\
         Réponse 2 : Je paie, c'est peu cher.\n\
         Réponse 3 : Je réponds au message.\n\
         Réponse 0 : Je ne sais pas.\n"
    );
    let pid = recorded_pids(dir.path())[0];
    assert!(a.speaking() && alive(pid));
    press(&mut a, KeyCode::Char('L'));
    assert!(
        !a.speaking() && !alive(pid),
        "the second press stops the voice"
    );
    // Nothing else moved.
    assert_eq!(a.screen(), Screen::Question);
    assert_eq!(a.notice(), None);
}

#[test]
fn a_new_screen_stops_the_reading() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path(), true, false);
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::Char('l'));
    said(dir.path(), 1);
    let pid = recorded_pids(dir.path())[0];
    keys(&mut a, &[KeyCode::Char('1'), KeyCode::Enter]);
    assert_eq!(a.session().unwrap().index(), 1);
    assert!(
        !alive(pid),
        "the first question's reading goes on over the second"
    );
    assert!(!a.speaking());
    // Back, then Échap and "quit": each stops what L started.
    press(&mut a, KeyCode::Char('l'));
    said(dir.path(), 2);
    let pid = recorded_pids(dir.path())[1];
    press(&mut a, KeyCode::Left);
    assert!(!alive(pid));
    press(&mut a, KeyCode::Char('l'));
    said(dir.path(), 3);
    let pid = recorded_pids(dir.path())[2];
    keys(&mut a, &[KeyCode::Esc, KeyCode::Right, KeyCode::Enter]);
    assert!(a.quit());
    assert!(!alive(pid), "quitting leaves the voice reading");
}

#[test]
fn speak_reads_each_new_question_in_order_then_the_results() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path(), true, true);
    assert!(!a.speaking(), "the introduction is read on demand only");
    press(&mut a, KeyCode::Enter);
    let mut n = 1;
    while a.screen() == Screen::Question {
        said(dir.path(), n);
        press(&mut a, KeyCode::Char('?'));
        n += 1;
    }
    assert_eq!(a.screen(), Screen::Results);
    let texts = said(dir.path(), n);
    let firsts: Vec<&str> = texts.iter().map(|t| t.lines().next().unwrap()).collect();
    assert_eq!(
        firsts,
        [
            "Un SMS vous demande de payer 1 euro 99 pour un colis que vous n'attendez pas. \
             Que faites-vous ?",
            "Que faut-il pour envoyer un courriel ?",
            "Comment s'appelle le logiciel qui sert à aller sur Internet ?",
            "Pour vous connecter au site des impôts, que pouvez-vous utiliser ?",
            "Votre résultat : Premiers pas.",
        ]
    );
    assert!(texts[1].contains("Plusieurs réponses sont possibles.\n"));
    assert!(texts[2].ends_with("Écrivez votre réponse.\n"));
    assert!(texts[4].contains("Vous débutez : on va vous accompagner.\nFormations conseillées :"));
    // Each reading was stopped by the next screen: only the results' voice is left.
    let pids = recorded_pids(dir.path());
    assert_eq!(pids.len(), 5);
    assert!(pids[..4].iter().all(|p| !alive(*p)));
    assert!(alive(pids[4]) && a.speaking());
    // The trainings are another screen: the results' reading stops there.
    press(&mut a, KeyCode::Right);
    assert_eq!(a.screen(), Screen::Orientation);
    assert!(!alive(pids[4]));
    press(&mut a, KeyCode::Char('l'));
    let texts = said(dir.path(), 6);
    assert!(
        texts[5].starts_with("Formations conseillées :\n"),
        "{:?}",
        texts[5]
    );
}

#[test]
fn falc_questions_are_read_in_their_falc_wording() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path(), false, false);
    keys(
        &mut a,
        &[KeyCode::Char('f'), KeyCode::Enter, KeyCode::Char('l')],
    );
    assert!(
        said(dir.path(), 1)[0]
            .starts_with("Un SMS demande de l'argent pour un colis. Que faites-vous ?\n")
    );
}

#[test]
fn in_a_text_answer_l_is_a_letter_and_the_button_reads() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = app(dir.path(), false, false);
    keys(
        &mut a,
        &[KeyCode::Enter, KeyCode::Char('?'), KeyCode::Char('?')],
    );
    assert_eq!(a.session().unwrap().index(), 2);
    press(&mut a, KeyCode::Char('l'));
    assert_eq!(a.input().text, "l");
    assert!(!a.speaking());
    // The "Écouter" button, clicked where it is drawn.
    let area = Rect::new(0, 0, 80, 24);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    a.render_screen(area, &mut buf);
    let (x, y) = (0..24)
        .find_map(|y| {
            let row: String = (0..80).map(|x| buf[(x, y)].symbol().to_string()).collect();
            row.find("[ Écouter ]")
                .map(|i| (row[..i].chars().count() as u16 + 2, y))
        })
        .expect("no « Écouter » button");
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    });
    let msg = a.on_event(&click, area, 0).unwrap();
    let _ = a.update(msg);
    let text = &said(dir.path(), 1)[0];
    assert!(text.starts_with("Comment s'appelle le logiciel"), "{text}");
    assert_eq!(a.input().text, "l", "the answer being typed stays");
}

#[test]
fn without_a_voice_l_says_so_and_nothing_else_changes() {
    let mut a = App::new(
        Config::new(Tr::new(Lang::Fr), 42),
        Start::Bank(sample_bank()),
    );
    press(&mut a, KeyCode::Enter);
    keys(&mut a, &[KeyCode::Char('2'), KeyCode::Char('l')]);
    assert_eq!(a.notice(), Some("notice-no-voice"));
    assert_eq!(a.screen(), Screen::Question);
    assert_eq!(a.input().cursor, Some(1), "the choice stays");
    press(&mut a, KeyCode::Down);
    assert_eq!(a.notice(), None);
    // Reading by itself: said once, on the first question only.
    let mut auto = App::new(
        Config {
            speech: Setup {
                auto: true,
                ..Setup::off()
            },
            ..Config::new(Tr::new(Lang::Fr), 42)
        },
        Start::Bank(sample_bank()),
    );
    press(&mut auto, KeyCode::Enter);
    assert_eq!(auto.notice(), Some("notice-no-voice"));
    press(&mut auto, KeyCode::Char('?'));
    assert_eq!(auto.notice(), None);
}

#[test]
fn the_kiosk_stops_the_voice_with_the_visitor() {
    use crate::diagnostic::abilities::Abilities;
    use crate::kiosk::idle::IdleRule;
    use crate::tui::kiosk::{Kiosk, KioskMsg, Setup as KioskSetup};
    use std::time::Duration;
    let dir = tempfile::tempdir().unwrap();
    let setup = KioskSetup {
        banks: vec![sample_bank()],
        idle: IdleRule {
            after: Duration::from_secs(120),
            countdown: Duration::from_secs(30),
        },
        admin_code: None,
        printer: None,
        lang: Lang::Fr,
        store: None,
        abilities: Abilities::full_screen(false, None),
        pid: 1,
        look: crate::tui::Look::default(),
        speech: Setup {
            engine: Some(recorder(dir.path(), true)),
            auto: true,
            ..Setup::off()
        },
        lieux: None,
        commune: None,
        ledger: None,
    };
    let mut k = Kiosk::new(setup, 7);
    let key = |k: &Kiosk, code| {
        k.on_key(ratatui::crossterm::event::KeyEvent::new(
            code,
            KeyModifiers::NONE,
        ))
    };
    for code in [KeyCode::Enter, KeyCode::Enter] {
        let m = key(&k, code);
        k.update(m);
    }
    assert!(said(dir.path(), 1)[0].starts_with("Un SMS vous demande"));
    let pid = recorded_pids(dir.path())[0];
    assert!(alive(pid));
    // Gone without a word: the inactivity timer sends the visitor away.
    k.update(KioskMsg::Tick(Duration::from_secs(1000)));
    assert!(k.visitor.is_none());
    assert!(
        !alive(pid),
        "the next visitor would hear the last one's question"
    );
}
