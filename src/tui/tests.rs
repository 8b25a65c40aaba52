//! Key handling on `update()` and snapshots of every screen, at 80×24, in French and
//! English, from the sample bank and a fixed seed. The submodules test the ways in (digits,
//! arrows, clicks), the looks (themes, ASCII, spacing) and every terminal size.

mod editing;
mod input_modes;
mod looks;
mod sizes;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::{App, Config, ConfirmFocus, PickerEntry, Screen, Start};
use crate::diagnostic::session::Answer;
use crate::i18n::{Lang, Tr};
use crate::testing::sample_bank;

pub(super) fn app(lang: Lang) -> App {
    let entries = vec![
        PickerEntry {
            label: "Banque d'exemple".into(),
            bank: Ok(sample_bank()),
        },
        PickerEntry {
            label: "cassee.toml".into(),
            bank: Err("cassee.toml:3:1: erreur : la section [bank] manque".into()),
        },
    ];
    App::new(
        Config::new(Tr::new(lang), 42),
        Start::Picker {
            entries,
            unfinished: Vec::new(),
        },
    )
}

pub(super) fn press(app: &mut App, code: KeyCode) {
    press_mod(app, code, KeyModifiers::NONE);
}

pub(super) fn press_mod(app: &mut App, code: KeyCode, m: KeyModifiers) {
    if let Some(msg) = app.on_key(KeyEvent::new(code, m)) {
        let _ = app.update(msg);
    }
}

pub(super) fn keys(app: &mut App, codes: &[KeyCode]) {
    for c in codes {
        press(app, *c);
    }
}

pub(super) fn type_text(app: &mut App, s: &str) {
    for c in s.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// Picker → intro → first question.
pub(super) fn at_first_question(lang: Lang) -> App {
    let mut a = app(lang);
    keys(&mut a, &[KeyCode::Enter, KeyCode::Enter]);
    assert_eq!(a.screen(), Screen::Question);
    a
}

pub(super) fn answers(a: &App) -> Vec<Answer> {
    a.session()
        .unwrap()
        .answered()
        .map(|(_, ans)| ans.clone())
        .collect()
}

#[test]
fn digits_pick_enter_validates_and_question_mark_is_dont_know() {
    let mut a = at_first_question(Lang::Fr);
    press(&mut a, KeyCode::Enter); // nothing chosen: stays, with a notice
    assert_eq!(a.session().unwrap().index(), 0);
    assert_eq!(a.notice(), Some("notice-choose-first"));
    keys(&mut a, &[KeyCode::Char('1'), KeyCode::Enter]);
    assert_eq!(answers(&a), vec![Answer::Choices(vec![0])]); // sample bank is not shuffled
    press(&mut a, KeyCode::Char('?'));
    assert_eq!(answers(&a)[1], Answer::DontKnow);
}

#[test]
fn space_toggles_on_multiple_and_arrows_move() {
    let mut a = at_first_question(Lang::Fr);
    keys(&mut a, &[KeyCode::Char('1'), KeyCode::Enter]);
    // m1 (multiple): arrow to first, tick it, arrow down, tick the second, untick with digit 2 and retick.
    keys(
        &mut a,
        &[
            KeyCode::Down,
            KeyCode::Char(' '),
            KeyCode::Down,
            KeyCode::Char(' '),
        ],
    );
    keys(
        &mut a,
        &[KeyCode::Char('2'), KeyCode::Char('2'), KeyCode::Enter],
    );
    assert_eq!(answers(&a)[1], Answer::Choices(vec![0, 1]));
}

#[test]
fn esc_asks_and_continue_is_the_default() {
    let mut a = at_first_question(Lang::Fr);
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.confirm(), Some(ConfirmFocus::Continue));
    press(&mut a, KeyCode::Enter);
    assert!(!a.quit() && a.confirm().is_none());
    press_mod(&mut a, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert_eq!(a.confirm(), Some(ConfirmFocus::Continue));
    keys(&mut a, &[KeyCode::Right, KeyCode::Enter]);
    assert!(a.quit());
}

#[test]
fn full_run_reaches_results_then_orientation_then_quits() {
    let mut a = at_first_question(Lang::Fr);
    for _ in 0..4 {
        press(&mut a, KeyCode::Char('?'));
    }
    assert_eq!(a.screen(), Screen::Results);
    assert_eq!(a.outcome().unwrap().palier.id, "debut");
    press(&mut a, KeyCode::Char('m'));
    assert!(a.show_mediator());
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.screen(), Screen::Orientation);
    press(&mut a, KeyCode::Left);
    assert_eq!(a.screen(), Screen::Results);
    keys(&mut a, &[KeyCode::Enter, KeyCode::Enter]);
    assert!(a.quit());
    assert!(
        a.closing_report()
            .unwrap()
            .contains("Accompagnement individuel")
    );
}

pub(super) fn order_app(lang: Lang) -> App {
    let src = include_str!("../../tests/fixtures/order.toml");
    let bank = crate::bank::parse_bank(src, &|_| crate::bank::CatalogLookup::Missing)
        .value
        .unwrap();
    let mut a = App::new(Config::new(Tr::new(lang), 42), Start::Bank(bank));
    press(&mut a, KeyCode::Enter);
    a
}

#[test]
fn ordering_take_move_put_down_then_validate() {
    let mut a = order_app(Lang::Fr);
    let shown = a.input().arrangement.clone();
    assert_ne!(shown, vec![0, 1, 2, 3], "never shown already in order");
    press(&mut a, KeyCode::Enter);
    assert_eq!(
        a.notice(),
        Some("notice-order-first"),
        "a stray Enter answers nothing"
    );
    // Take the first item, move it down twice, put it down (Space or Enter).
    keys(
        &mut a,
        &[
            KeyCode::Down,
            KeyCode::Char(' '),
            KeyCode::Down,
            KeyCode::Down,
            KeyCode::Enter,
        ],
    );
    let expected = vec![shown[1], shown[2], shown[0], shown[3]];
    assert_eq!(a.input().arrangement, expected);
    assert!(!a.input().held);
    // Not held: arrows only move the cursor; past "Je ne sais pas" comes "Valider".
    keys(&mut a, &[KeyCode::Up, KeyCode::Down, KeyCode::Down]);
    assert_eq!(a.input().arrangement, expected);
    assert!(!a.input().on_submit());
    keys(&mut a, &[KeyCode::Down, KeyCode::Down]);
    assert!(a.input().on_submit());
    press(&mut a, KeyCode::Enter);
    assert_eq!(answers(&a), vec![Answer::Choices(expected)]);
}

#[test]
fn ordering_with_digits_takes_then_puts_at_a_place() {
    let mut a = order_app(Lang::Fr);
    let shown = a.input().arrangement.clone();
    // Item 4 to place 1, then item 3 to place 4, then Enter on "Valider".
    type_text(&mut a, "4134");
    let expected = vec![shown[3], shown[0], shown[2], shown[1]];
    assert_eq!(a.input().arrangement, expected);
    assert!(a.input().on_submit());
    press(&mut a, KeyCode::Enter);
    assert_eq!(answers(&a), vec![Answer::Choices(expected)]);
}

#[test]
fn ordering_snapshot() {
    for lang in Lang::ALL {
        let mut a = order_app(lang);
        keys(&mut a, &[KeyCode::Down, KeyCode::Down, KeyCode::Char(' ')]);
        let t = draw(&a, 80, 24);
        if lang == Lang::Fr {
            insta::assert_snapshot!("question_order_fr", t.backend());
        } else {
            crate::testing::assert_english("question_order", &t.backend().to_string());
        }
    }
}

#[test]
fn f_key_switches_to_plain_language_wording() {
    let mut a = app(Lang::Fr);
    keys(&mut a, &[KeyCode::Enter, KeyCode::Char('f')]);
    assert!(a.falc());
    press(&mut a, KeyCode::Enter);
    let screen = draw(&a, 80, 24).backend().to_string();
    assert!(
        screen.contains("Un SMS demande de l'argent pour un colis."),
        "{screen}"
    );
    assert!(!screen.contains("1,99"), "{screen}");
}

#[test]
fn invalid_bank_cannot_start() {
    let mut a = app(Lang::Fr);
    keys(&mut a, &[KeyCode::Down, KeyCode::Enter]);
    assert_eq!(a.screen(), Screen::Picker);
    assert_eq!(a.notice(), Some("notice-invalid-bank"));
}

/// Draws as the real loop does, terminal cursor included.
pub(super) fn draw(a: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| a.draw(f)).unwrap();
    t
}

/// Each screen, built by pressing keys as a person would.
pub(super) fn screens(lang: Lang) -> Vec<(&'static str, App)> {
    let mut out = vec![("picker", app(lang))];
    let mut a = app(lang);
    press(&mut a, KeyCode::Enter);
    out.push(("intro", a));
    let mut a = at_first_question(lang);
    press(&mut a, KeyCode::Down);
    out.push(("question_single", a));
    let mut a = at_first_question(lang);
    keys(
        &mut a,
        &[KeyCode::Char('1'), KeyCode::Enter, KeyCode::Char('2')],
    );
    out.push(("question_multiple", a));
    let mut a = at_first_question(lang);
    keys(
        &mut a,
        &[KeyCode::Char('2'), KeyCode::Enter, KeyCode::Char('?')],
    );
    type_text(&mut a, "navigatuer");
    out.push(("question_text", a));
    let mut a = at_first_question(lang);
    keys(
        &mut a,
        &[
            KeyCode::Char('2'),
            KeyCode::Enter,
            KeyCode::Char('1'),
            KeyCode::Enter,
        ],
    );
    type_text(&mut a, "google");
    keys(&mut a, &[KeyCode::Enter, KeyCode::Char('?')]);
    out.push(("results", a));
    let mut a = at_first_question(lang);
    keys(
        &mut a,
        &[
            KeyCode::Char('1'),
            KeyCode::Enter,
            KeyCode::Char('?'),
            KeyCode::Char('?'),
            KeyCode::Char('?'),
        ],
    );
    press(&mut a, KeyCode::Enter);
    out.push(("orientation", a));
    let mut a = at_first_question(lang);
    press(&mut a, KeyCode::Esc);
    out.push(("confirm_quit", a));
    out
}

#[test]
fn snapshots_80x24() {
    for lang in Lang::ALL {
        for (name, a) in screens(lang) {
            let t = draw(&a, 80, 24);
            if lang == Lang::Fr {
                insta::assert_snapshot!(format!("{name}_fr"), t.backend());
            } else {
                crate::testing::assert_english(name, &t.backend().to_string());
            }
        }
    }
}

#[test]
fn too_small_window() {
    for lang in Lang::ALL {
        let a = at_first_question(lang);
        let t = draw(&a, 59, 12);
        if lang == Lang::Fr {
            insta::assert_snapshot!("too_small_fr", t.backend());
        } else {
            crate::testing::assert_english("too_small", &t.backend().to_string());
        }
    }
}

/// The text of the item shown at place `pos` of an ordering question.
pub(super) fn order_item(a: &App, pos: usize) -> String {
    let q = a.session().unwrap().question().unwrap();
    q.kind.option_text(a.input().arrangement[pos]).to_string()
}

fn adaptive_app(lang: Lang) -> App {
    let bank = crate::testing::parse(include_str!("../../tests/fixtures/adaptive.toml"));
    let mut a = App::new(Config::new(Tr::new(lang), 42), Start::Bank(bank));
    press(&mut a, KeyCode::Enter);
    a
}

/// Adaptive parcours: the header says "Question n" and how many may follow at most,
/// never "n / total"; the count shrinks as answers settle questions.
#[test]
fn adaptive_header_counts_without_a_total() {
    let mut a = adaptive_app(Lang::Fr);
    let screen = draw(&a, 80, 24).backend().to_string();
    assert!(screen.contains("Question 1 · encore 4 au plus"), "{screen}");
    keys(&mut a, &[KeyCode::Char('1'), KeyCode::Enter]); // right: its level 1 is settled
    let screen = draw(&a, 80, 24).backend().to_string();
    assert!(screen.contains("Question 2 · encore 2 au plus"), "{screen}");
    for lang in Lang::ALL {
        let mut a = adaptive_app(lang);
        press(&mut a, KeyCode::Char('1'));
        let t = draw(&a, 80, 24);
        if lang == Lang::Fr {
            insta::assert_snapshot!("question_adaptive_fr", t.backend());
        } else {
            crate::testing::assert_english("question_adaptive", &t.backend().to_string());
        }
    }
}

mod tasks;
