//! The TUI with a results folder: resuming or closing an unfinished session at start,
//! a save that fails, and the médiateur's list of stored results.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::{App, Config, PickerEntry, Screen, Start as Opening};
use crate::diagnostic::session::Answer;
use crate::i18n::{Lang, Tr};
use crate::records::date::{Clock, Timestamp};
use crate::records::history::{self, Stored};
use crate::records::journal::{RunMode, Status, read};
use crate::records::store::Store;
use crate::records::tracked::{Person, Start, Tracked};
use crate::testing::sample_bank;

const NOV_22: Timestamp = Timestamp::utc(1_795_345_041);

fn press(app: &mut App, code: KeyCode) {
    if let Some(msg) = app.on_key(KeyEvent::new(code, KeyModifiers::NONE)) {
        let _ = app.update(msg);
    }
}

/// The French screen against its snapshot; the English one checked for missing words.
fn fr_snapshot_or_english(name: &str, lang: Lang, t: &Terminal<TestBackend>) {
    if lang == Lang::Fr {
        insta::assert_snapshot!(format!("{name}_fr"), t.backend());
    } else {
        crate::testing::assert_english(name, &t.backend().to_string());
    }
}

fn draw(a: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| f.render_widget(a, f.area())).unwrap();
    t
}

/// A session of the sample bank stopped after `n` "don't know" answers (or finished).
fn stopped_after(store: &Store, n: usize, finish: bool) -> std::path::PathBuf {
    stopped_at(store, n, finish, NOV_22)
}

fn stopped_at(store: &Store, n: usize, finish: bool, at: Timestamp) -> std::path::PathBuf {
    let start = Start {
        seed: 42,
        lang: "fr".into(),
        falc: false,
        mode: RunMode::Tui,
        person: Person {
            pseudonym: Some("Dossier 7".into()),
            ..Person::default()
        },
    };
    let mut t = Tracked::start(store, sample_bank(), start, Clock::Fixed(at)).unwrap();
    for _ in 0..n {
        t.answer(Answer::DontKnow).unwrap();
    }
    if finish {
        t.finish().unwrap();
    }
    t.journal_path().unwrap().to_path_buf()
}

/// Ids are random: fixed here so snapshots compare.
fn fixed_ids(mut v: Vec<Stored>) -> Vec<Stored> {
    for (i, s) in v.iter_mut().enumerate() {
        s.entry.id = format!("ABCD234{i}");
    }
    v
}

fn app_with(store: &Store, lang: Lang) -> App {
    app_in_mode(store, lang, RunMode::Tui)
}

fn app_in_mode(store: &Store, lang: Lang, mode: RunMode) -> App {
    let entries = vec![PickerEntry {
        label: "Banque d'exemple".into(),
        bank: Ok(sample_bank()),
    }];
    let config = Config {
        store: Some(store.clone()),
        clock: Clock::Fixed(NOV_22),
        mode,
        ..Config::new(Tr::new(lang), 42)
    };
    let unfinished = fixed_ids(history::unfinished(store).unwrap_or_default());
    App::new(
        config,
        Opening::Picker {
            entries,
            unfinished,
        },
    )
}

#[test]
fn an_unfinished_session_is_offered_and_resumes_where_it_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = stopped_after(&store, 2, false);
    for lang in Lang::ALL {
        let a = app_with(&store, lang);
        assert_eq!(a.screen(), Screen::Resume);
        fr_snapshot_or_english("resume", lang, &draw(&a));
    }
    let mut a = app_with(&store, Lang::Fr);
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.screen(), Screen::Question);
    assert_eq!(a.session().unwrap().index(), 2);
    assert_eq!(a.session().unwrap().answered().count(), 2);
    while a.screen() == Screen::Question {
        press(&mut a, KeyCode::Char('?'));
    }
    assert_eq!(a.screen(), Screen::Results);
    let r = read(&path).unwrap();
    assert_eq!(r.status(), Status::Finished);
    assert_eq!(r.answers.len(), sample_bank().questions.len());
    assert_eq!(r.resumed.len(), 1);
}

#[test]
fn closing_as_abandoned_or_deciding_later() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let path = stopped_after(&store, 1, false);
    let before = std::fs::read(&path).unwrap();

    let mut a = app_with(&store, Lang::Fr);
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.screen(), Screen::Picker, "Esc is 'later', not quit");
    assert!(!a.quit());
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing written");

    let mut a = app_with(&store, Lang::Fr);
    press(&mut a, KeyCode::Char('a'));
    assert_eq!(a.screen(), Screen::Picker);
    assert_eq!(read(&path).unwrap().status(), Status::Abandoned);
    // Closed sessions are not offered again.
    let a = app_with(&store, Lang::Fr);
    assert_eq!(a.screen(), Screen::Picker);
}

#[test]
fn a_folder_that_cannot_be_written_stops_the_start_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the sessions folder should be: nothing can be created under it.
    std::fs::write(dir.path().join("sessions"), "").unwrap();
    let store = Store::new(dir.path());
    let mut a = app_with(&store, Lang::Fr);
    press(&mut a, KeyCode::Enter); // picker → intro
    press(&mut a, KeyCode::Enter); // intro → first question: refused
    assert_eq!(a.screen(), Screen::Intro);
    let msg = a.message().unwrap();
    assert!(
        msg.starts_with("Impossible d'enregistrer les résultats"),
        "{msg}"
    );
    let screen = format!("{:?}", draw(&a).backend());
    assert!(screen.contains("Impossible d'enregistrer"), "{screen}");
}

#[test]
fn the_history_lists_sessions_and_opens_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    stopped_at(&store, 4, true, NOV_22);
    stopped_at(&store, 1, false, NOV_22.plus(3600));
    let (mut rows, _) = history::rows(&store).unwrap();
    // Ids are random: fixed here so snapshots compare.
    for (i, r) in rows.iter_mut().enumerate() {
        r.entry.id = format!("ABCD234{i}");
    }
    for lang in Lang::ALL {
        let config = Config {
            library: Some(crate::bank::source::Library::new(None)),
            ..Config::new(Tr::new(lang), 0)
        };
        let mut a = App::new(config, Opening::History(rows.clone()));
        assert_eq!(a.screen(), Screen::History);
        fr_snapshot_or_english("history", lang, &draw(&a));
        press(&mut a, KeyCode::Down);
        press(&mut a, KeyCode::Enter);
        assert_eq!(a.screen(), Screen::Stored);
        fr_snapshot_or_english("stored", lang, &draw(&a));
        press(&mut a, KeyCode::Esc);
        assert_eq!(a.screen(), Screen::History);
        assert!(!a.quit());
    }
}

/// The screen as text, French unbreakable spaces read as spaces.
fn shown(a: &App) -> String {
    format!("{:?}", draw(a).backend()).replace('\u{a0}', " ")
}

/// A médiateur types a file number on the intro (N): it goes into the session's header,
/// so `diagnum results` finds it months later. Échap drops a change; once the session
/// file exists, and at a kiosk, the name is no longer offered.
#[test]
fn a_name_typed_on_the_intro_is_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut a = app_with(&store, Lang::Fr);
    press(&mut a, KeyCode::Enter); // picker → intro
    let screen = shown(&a);
    assert!(screen.contains("Touche N : écrire un nom"), "{screen}");
    press(&mut a, KeyCode::Char('n'));
    for c in "Dossier 12".chars() {
        press(&mut a, KeyCode::Char(c));
    }
    press(&mut a, KeyCode::Backspace);
    press(&mut a, KeyCode::Char('3'));
    // While typing, F and Échap are text and "cancel", not FALC and quit.
    let screen = shown(&a);
    assert!(screen.contains("> Dossier 13_"), "{screen}");
    assert!(screen.contains("Entrée garder"), "{screen}");
    // As the real loop sends it: the intro is longer than the screen, and Enter there
    // would otherwise show the rest of the text.
    let enter =
        ratatui::crossterm::event::Event::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE));
    let msg = a.on_event(&enter, ratatui::layout::Rect::new(0, 0, 80, 24), 0);
    assert_eq!(msg, Some(crate::tui::Msg::Validate));
    a.update(msg.unwrap());
    assert_eq!(a.naming(), None);
    assert_eq!(a.person().pseudonym.as_deref(), Some("Dossier 13"));
    assert_eq!(a.screen(), Screen::Intro);
    // A change dropped with Échap leaves the name as it was.
    press(&mut a, KeyCode::Char('N'));
    press(&mut a, KeyCode::Char('x'));
    press(&mut a, KeyCode::Esc);
    assert!(!a.quit() && a.confirm().is_none());
    assert_eq!(a.person().pseudonym.as_deref(), Some("Dossier 13"));
    assert!(shown(&a).contains("Nom ou dossier : Dossier 13."));

    press(&mut a, KeyCode::Enter); // intro → first question: the file is created
    assert_eq!(a.screen(), Screen::Question);
    let path = a.tracked().unwrap().journal_path().unwrap().to_path_buf();
    let header = read(&path).unwrap().header.unwrap();
    assert_eq!(header.pseudonym.as_deref(), Some("Dossier 13"));
    press(&mut a, KeyCode::Left); // back on the intro: the header is written
    assert_eq!(a.screen(), Screen::Intro);
    assert!(!a.can_name());
    press(&mut a, KeyCode::Char('n'));
    assert_eq!(a.naming(), None);
}

#[test]
fn a_name_is_never_asked_at_a_kiosk_and_stays_short() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut a = app_in_mode(&store, Lang::En, RunMode::Kiosk);
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::Char('n'));
    assert_eq!(a.naming(), None);
    assert!(!shown(&a).contains("file number"));

    let mut a = app_with(&store, Lang::En);
    press(&mut a, KeyCode::Enter);
    press(&mut a, KeyCode::Char('n'));
    for _ in 0..50 {
        press(&mut a, KeyCode::Char('a'));
    }
    assert_eq!(
        a.naming().as_ref().map(|n| n.chars().count()),
        Some(super::app::MAX_NAME)
    );
    assert_eq!(a.notice(), Some("notice-name-full"));
    // Only spaces: no name at all.
    let mut b = app_with(&store, Lang::En);
    press(&mut b, KeyCode::Enter);
    press(&mut b, KeyCode::Char('n'));
    press(&mut b, KeyCode::Char(' '));
    press(&mut b, KeyCode::Enter);
    assert_eq!(b.person().pseudonym, None);
}
