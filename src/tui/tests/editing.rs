//! Typed answers are edited like in any text field (← → Home End, Backspace and Delete at
//! the caret), and a key task does not take keys meant for the question before it.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{at_first_question, draw, keys, press, press_mod, type_text};
use crate::bank::NamedKey;
use crate::diagnostic::abilities::{Abilities, Pressed};
use crate::diagnostic::session::Answer;
use crate::i18n::{Lang, Tr};
use crate::tui::app::{App, Config, KEY_TASK_GUARD_MS, Msg, Screen, Start};

/// The sample bank's free-answer question (the third).
fn at_text_question() -> App {
    let mut a = at_first_question(Lang::Fr);
    keys(&mut a, &[KeyCode::Char('?'), KeyCode::Char('?')]);
    assert!(a.input().text.is_empty());
    a
}

#[test]
fn the_caret_moves_and_edits_where_it_stands() {
    let mut a = at_text_question();
    type_text(&mut a, "navigatuer");
    // Fix the typo in the middle: ← ← ←, Suppr the "u", put it back after the "e".
    keys(&mut a, &[KeyCode::Left, KeyCode::Left, KeyCode::Left]);
    assert_eq!(a.input().caret, 7);
    press(&mut a, KeyCode::Delete);
    press(&mut a, KeyCode::Right);
    type_text(&mut a, "u");
    assert_eq!(a.input().text, "navigateur");
    let screen = draw(&a, 80, 24).backend().to_string();
    assert!(screen.contains("> navigateu|r"), "{screen}");
    press(&mut a, KeyCode::Backspace);
    assert_eq!(a.input().text, "navigater");
    type_text(&mut a, "u");
    keys(&mut a, &[KeyCode::Home, KeyCode::Delete]);
    assert_eq!((a.input().text.as_str(), a.input().caret), ("avigateur", 0));
    type_text(&mut a, "N");
    press(&mut a, KeyCode::End);
    let screen = draw(&a, 80, 24).backend().to_string();
    assert!(screen.contains("> Navigateur_"), "{screen}");
    // ← at the start of a non-empty answer stays on the question.
    press(&mut a, KeyCode::Home);
    press(&mut a, KeyCode::Left);
    assert_eq!(a.screen(), Screen::Question);
    assert_eq!(a.input().text, "Navigateur");
}

#[test]
fn accents_and_wide_letters_are_edited_whole() {
    let mut a = at_text_question();
    type_text(&mut a, "éé€");
    keys(&mut a, &[KeyCode::Left, KeyCode::Backspace]);
    assert_eq!(a.input().text, "é€");
    assert_eq!(a.input().caret_column(), 3);
}

#[test]
fn a_key_task_ignores_keys_that_come_right_after_it_appears() {
    let bank = crate::testing::parse(include_str!("../../../tests/fixtures/tasks.toml"));
    let config = Config {
        abilities: Abilities {
            keys: true,
            mouse: true,
        },
        ..Config::new(Tr::new(Lang::Fr), 42)
    };
    let mut a = App::new(config, Start::Bank(bank));
    // The intro's Enter at t = 1 s brings the "press Enter" task.
    let _ = a.update_at(Msg::Validate, 1_000);
    assert_eq!(a.session().unwrap().question().unwrap().id, "touche-entree");
    // A second Enter typed ahead, a moment later: not an attempt, not a pass.
    let _ = a.update_at(Msg::Press(Pressed::Named(NamedKey::Enter)), 1_100);
    assert_eq!(a.session().unwrap().question().unwrap().id, "touche-entree");
    assert_eq!(a.input().misses, 0);
    // Once the person has had time to read it, the same key does the task.
    let later = 1_000 + KEY_TASK_GUARD_MS;
    let _ = a.update_at(Msg::Press(Pressed::Named(NamedKey::Enter)), later);
    let (_, answer) = a.session().unwrap().answered().next().unwrap();
    assert_eq!(
        *answer,
        Answer::Task {
            attempts: 1,
            success: true
        }
    );
}

#[test]
fn text_answer_with_altgr_backspace_and_back() {
    let mut a = at_first_question(Lang::Fr);
    keys(
        &mut a,
        &[
            KeyCode::Char('1'),
            KeyCode::Enter,
            KeyCode::Char('1'),
            KeyCode::Enter,
        ],
    );
    type_text(&mut a, "nav?");
    press_mod(
        &mut a,
        KeyCode::Char('@'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    ); // AltGr
    assert_eq!(a.input().text, "nav?@");
    keys(
        &mut a,
        &[KeyCode::Backspace, KeyCode::Backspace, KeyCode::Left],
    );
    assert_eq!(a.input().text, "nav");
    assert_eq!(
        a.session().unwrap().index(),
        2,
        "← with text does not go back"
    );
    // ← moved the caret before the "v": End, then erase all three letters.
    keys(
        &mut a,
        &[
            KeyCode::End,
            KeyCode::Backspace,
            KeyCode::Backspace,
            KeyCode::Backspace,
        ],
    );
    press(&mut a, KeyCode::Backspace); // empty answer: back one question
    assert_eq!(a.session().unwrap().index(), 1);
    assert_eq!(
        a.input().checked,
        vec![true, false, false],
        "previous answer shown again"
    );
}
