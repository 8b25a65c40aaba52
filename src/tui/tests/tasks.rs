//! Hands-on tasks in the full screen, driven through `on_key`/`on_mouse` and `update()`
//! with synthetic crossterm events; snapshots of each new screen at 80×24.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

use super::{draw, keys, press, press_mod, type_text};
use crate::diagnostic::abilities::Abilities;
use crate::diagnostic::session::{Answer, Rating};
use crate::i18n::{Lang, Tr};
use crate::tui::app::{App, Config, Screen, Start};

/// The tasks fixture, started, on the question with id `id` (the ones before answered
/// "je ne sais pas" through their own means).
fn tasks_app(lang: Lang, abilities: Abilities) -> App {
    let bank = crate::testing::parse(include_str!("../../../tests/fixtures/tasks.toml"));
    let config = Config {
        abilities,
        ..Config::new(Tr::new(lang), 42)
    };
    let mut a = App::new(config, Start::Bank(bank));
    press(&mut a, KeyCode::Enter);
    a
}

const ALL: Abilities = Abilities {
    keys: true,
    mouse: true,
};

fn current_id(a: &App) -> String {
    a.session().unwrap().question().unwrap().id.clone()
}

fn answers(a: &App) -> Vec<(String, Answer)> {
    a.session()
        .unwrap()
        .answered()
        .map(|(q, ans)| (q.id.clone(), ans.clone()))
        .collect()
}

fn mouse(a: &mut App, column: u16, row: u16, at_ms: u64) {
    let m = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    if let Some(msg) = a.on_event(&Event::Mouse(m), area_of(a), at_ms) {
        let _ = a.update(msg);
    }
}

/// The middle of the click target on screen.
fn target(a: &App) -> (u16, u16) {
    let r = crate::tui::view::click_target(a).expect("a target on screen");
    (r.x + r.width / 2, r.y + 1)
}

/// Key task → type task → click task: each done the way the person would.
fn through_key_and_typing(a: &mut App) {
    press(a, KeyCode::Enter); // the key asked for
    press(a, KeyCode::Char('?')); // typing: je ne sais pas
}

#[test]
fn key_task_counts_attempts_and_any_key_is_one() {
    let mut a = tasks_app(Lang::Fr, ALL);
    assert_eq!(current_id(&a), "touche-entree");
    // ←, ? and a letter are attempts here, not "back" or "je ne sais pas".
    keys(&mut a, &[KeyCode::Left, KeyCode::Char('?')]);
    assert_eq!(a.input().misses, 2);
    assert_eq!(a.notice(), Some("notice-key-wrong"));
    assert_eq!(current_id(&a), "touche-entree");
    press(&mut a, KeyCode::Enter);
    assert_eq!(
        answers(&a)[0],
        (
            "touche-entree".into(),
            Answer::Task {
                attempts: 3,
                success: true
            }
        )
    );
    assert_eq!(a.notice(), Some("notice-key-right"));
}

#[test]
fn key_task_ends_gently_after_its_attempts_and_esc_still_asks_to_quit() {
    let mut a = tasks_app(Lang::Fr, ALL);
    press(&mut a, KeyCode::Esc);
    assert!(a.confirm().is_some(), "Échap is never an attempt");
    press(&mut a, KeyCode::Esc);
    keys(
        &mut a,
        &[KeyCode::Char('a'), KeyCode::Tab, KeyCode::Char('z')],
    );
    assert_eq!(
        answers(&a)[0].1,
        Answer::Task {
            attempts: 3,
            success: false
        }
    );
    assert_eq!(a.notice(), Some("notice-task-next"));
    assert_eq!(current_id(&a), "taper-bonjour");
}

#[test]
fn typing_task_keeps_capitals_accents_and_altgr() {
    let mut a = tasks_app(Lang::Fr, ALL);
    press(&mut a, KeyCode::Enter);
    assert_eq!(current_id(&a), "taper-bonjour");
    type_text(&mut a, "Bonjour ");
    press_mod(&mut a, KeyCode::Char('M'), KeyModifiers::SHIFT);
    type_text(&mut a, "adamé");
    press_mod(
        &mut a,
        KeyCode::Char('@'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    );
    press(&mut a, KeyCode::Backspace);
    press(&mut a, KeyCode::Backspace);
    press(&mut a, KeyCode::Enter);
    assert_eq!(answers(&a)[1].1, Answer::Text("Bonjour Madam".into()));
    let o = a.session().unwrap().outcome();
    let m = o
        .missed
        .iter()
        .find(|m| m.question_id == "taper-bonjour")
        .unwrap();
    let (typed, t) = m.typing.as_ref().unwrap();
    assert_eq!(
        (typed.as_str(), t.right, t.total),
        ("Bonjour Madam", 13, 14)
    );
}

#[test]
fn click_task_hits_and_misses_with_synthetic_mouse_events() {
    let mut a = tasks_app(Lang::Fr, ALL);
    through_key_and_typing(&mut a);
    assert_eq!(current_id(&a), "clic-ok");
    let (x, y) = target(&a);
    // A click beside the target is a miss, told gently.
    mouse(&mut a, x, y.saturating_sub(3), 1_000);
    assert_eq!(a.notice(), Some("notice-click-missed"));
    assert_eq!(a.input().misses, 1);
    // Other buttons and mouse moves are nothing.
    let right = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Right),
        column: x,
        row: y,
        modifiers: KeyModifiers::NONE,
    };
    assert_eq!(a.on_event(&Event::Mouse(right), area_of(&a), 1_100), None);
    mouse(&mut a, x, y, 2_000);
    assert_eq!(
        answers(&a)[2].1,
        Answer::Task {
            attempts: 2,
            success: true
        }
    );
    assert_eq!(current_id(&a), "double-clic-dossier");
}

#[test]
fn double_click_needs_two_quick_clicks_on_the_target() {
    let mut a = tasks_app(Lang::Fr, ALL);
    through_key_and_typing(&mut a);
    let (x, y) = target(&a);
    mouse(&mut a, x, y, 1_000);
    // The second click of a double click on the single-click target does not count here.
    mouse(&mut a, 0, 0, 1_200);
    assert_eq!(a.input().clicks, 0);
    let (x, y) = target(&a);
    mouse(&mut a, x, y, 3_000);
    mouse(&mut a, x, y, 5_000); // too slow: a miss, and the start of a new pair
    assert_eq!(a.notice(), Some("notice-click-faster"));
    mouse(&mut a, x, y, 5_400);
    assert_eq!(
        answers(&a)[3],
        (
            "double-clic-dossier".into(),
            Answer::Task {
                attempts: 3,
                success: true
            }
        )
    );
}

#[test]
fn observation_and_self_assessment_are_answered_on_a_scale() {
    let mut a = tasks_app(Lang::Fr, ALL);
    through_key_and_typing(&mut a);
    keys(&mut a, &[KeyCode::Char('n')]); // no mouse here: the click task is not evaluated
    keys(&mut a, &[KeyCode::Char('n')]);
    assert_eq!(current_id(&a), "obs-souris");
    keys(&mut a, &[KeyCode::Char('2'), KeyCode::Enter]);
    keys(&mut a, &[KeyCode::Down, KeyCode::Enter]);
    let got: Vec<Answer> = answers(&a).into_iter().map(|(_, x)| x).collect();
    assert_eq!(
        got[2..],
        [
            Answer::NotEvaluated,
            Answer::NotEvaluated,
            Answer::Rating(Rating::WithHelp),
            Answer::Rating(Rating::Yes),
        ]
    );
    assert_eq!(a.screen(), Screen::Results);
    let o = a.outcome().unwrap();
    let mat = o.scores.competence("materiel").unwrap();
    // Key right (1), typing "je ne sais pas" (0), observation with help (0.5); clicks out.
    assert_eq!((mat.asked, mat.points, mat.not_evaluated), (3, 1.5, 2));
    let msg = o.scores.competence("messagerie").unwrap();
    assert_eq!(
        (msg.asked, msg.self_asked, msg.self_percent()),
        (0, 1, Some(100.0))
    );
    assert_eq!(o.not_evaluated.len(), 2);
}

/// Without a mouse (`--no-mouse`, Linux console), click tasks are skipped and listed as
/// not evaluated; going back jumps over them.
#[test]
fn click_tasks_are_neutralised_without_a_mouse() {
    let mut a = tasks_app(Lang::Fr, Abilities::full_screen(true, None));
    through_key_and_typing(&mut a);
    assert_eq!(current_id(&a), "obs-souris");
    assert_eq!(a.notice(), Some("notice-neutralised"));
    assert_eq!(a.session().unwrap().number(), 3);
    press(&mut a, KeyCode::Left);
    assert_eq!(
        current_id(&a),
        "taper-bonjour",
        "back jumps over the clicks"
    );
    assert_eq!(
        Abilities::full_screen(false, Some("linux")),
        Abilities {
            keys: true,
            mouse: false
        }
    );
}

#[test]
fn snapshots_of_the_task_screens_80x24() {
    for lang in Lang::ALL {
        let mut a = tasks_app(lang, ALL);
        press(&mut a, KeyCode::Char('x'));
        let mut shots = vec![("question_key", draw(&a, 80, 24))];
        press(&mut a, KeyCode::Enter);
        type_text(&mut a, "Bonjour mad");
        shots.push(("question_type", draw(&a, 80, 24)));
        keys(&mut a, &[KeyCode::Enter]);
        shots.push(("question_click", draw(&a, 80, 24)));
        let (x, y) = target(&a);
        mouse(&mut a, x, y, 1_000);
        shots.push(("question_double_click", draw(&a, 80, 24)));
        press(&mut a, KeyCode::Char('n'));
        press(&mut a, KeyCode::Char('1'));
        shots.push(("question_observation", draw(&a, 80, 24)));
        keys(&mut a, &[KeyCode::Enter, KeyCode::Char('3')]);
        shots.push(("question_self", draw(&a, 80, 24)));
        press(&mut a, KeyCode::Enter);
        shots.push(("results_tasks", draw(&a, 80, 24)));
        for (name, t) in shots {
            // With the other screens' snapshots, in src/tui/snapshots.
            if lang == Lang::Fr {
                insta::with_settings!({ snapshot_path => "../snapshots" }, {
                    insta::assert_snapshot!(format!("{name}_fr"), t.backend());
                });
            } else {
                crate::testing::assert_english(name, &t.backend().to_string());
            }
        }
    }
}

fn area_of(a: &App) -> ratatui::layout::Rect {
    ratatui::layout::Rect::new(0, 0, a.size().0, a.size().1)
}

/// `run --resume ID --no-mouse`: the app is configured before it opens the session, so
/// the click tasks ahead are neutralised on arrival, not shown to a person who cannot
/// click (they were, when the abilities were set after the resume).
#[test]
fn a_resumed_session_neutralises_the_click_tasks_this_terminal_cannot_run() {
    use crate::records::date::{Clock, Timestamp};
    use crate::records::journal::RunMode;
    use crate::records::prepare::Prepared;
    use crate::records::store::Store;
    use crate::records::tracked::{Person, Start as Begin, Tracked};
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let bank = crate::testing::parse(include_str!("../../../tests/fixtures/tasks.toml"));
    let begin = Begin {
        seed: 42,
        lang: "fr".into(),
        falc: false,
        mode: RunMode::Tui,
        person: Person::default(),
    };
    let clock = Clock::Fixed(Timestamp::utc(1_700_000_000));
    let mut t = Tracked::start(&store, bank.clone(), begin, clock).unwrap();
    while t.session.question().unwrap().id != "clic-ok" {
        t.answer(Answer::DontKnow).unwrap();
    }
    let path = t.journal_path().unwrap().to_path_buf();
    drop(t);
    let resumed = Tracked::resume(&path, bank, clock).unwrap();
    let prepared = Prepared {
        tracked: resumed.tracked,
        notices: Vec::new(),
        falc: false,
    };
    let config = Config {
        abilities: Abilities::full_screen(true, None),
        store: Some(store),
        clock,
        ..Config::new(Tr::new(Lang::Fr), 42)
    };
    let a = App::new(config, Start::Resumed(prepared));
    assert_eq!(a.screen(), Screen::Question);
    assert_eq!(current_id(&a), "obs-souris");
    let given = answers(&a);
    for click in ["clic-ok", "double-clic-dossier"] {
        assert!(
            given.contains(&(click.to_string(), Answer::NotEvaluated)),
            "{click} not neutralised: {given:?}"
        );
    }
}
