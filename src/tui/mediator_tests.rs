//! What the médiateur does around a diagnostic in full screen: the age band on the intro,
//! the session's number at the end, and in the list of stored results, reading a long one
//! page by page, printing its fiche and exporting the list.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;

use super::app::{App, Config, Screen, Start as Opening};
use crate::bank::source::Library;
use crate::diagnostic::session::Answer;
use crate::i18n::{Lang, Tr};
use crate::records::date::{Clock, Timestamp};
use crate::records::history;
use crate::records::journal::{RunMode, read};
use crate::records::store::Store;
use crate::records::tracked::{Person, Start, Tracked};
use crate::testing::sample_bank;

const NOV_22: Timestamp = Timestamp::utc(1_795_345_041);
const AREA: Rect = Rect::new(0, 0, 80, 24);

/// A key as the real loop sends it: through `on_event`, which pages long texts.
fn press(app: &mut App, code: KeyCode) {
    let event = Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    if let Some(msg) = app.on_event(&event, AREA, 0) {
        let _ = app.update(msg);
    }
}

/// Enter until the intro gives way to the first question (Enter first shows the rest of
/// a long intro).
fn start(app: &mut App) {
    for _ in 0..5 {
        if app.screen() != Screen::Intro {
            return;
        }
        press(app, KeyCode::Enter);
    }
}

fn shown(a: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| f.render_widget(a, f.area())).unwrap();
    format!("{:?}", t.backend()).replace('\u{a0}', " ")
}

fn diagnostic(store: &Store, mode: RunMode) -> App {
    let config = Config {
        store: Some(store.clone()),
        clock: Clock::Fixed(NOV_22),
        mode,
        ..Config::new(Tr::new(Lang::Fr), 42)
    };
    let mut a = App::new(config, Opening::Bank(sample_bank()));
    let _ = a.update(crate::tui::Msg::Resize(80, 24));
    a
}

#[test]
fn the_age_band_is_chosen_on_the_intro_and_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut a = diagnostic(&store, RunMode::Tui);
    assert_eq!(a.screen(), Screen::Intro);
    assert!(shown(&a).contains("Touche A : la tranche d'âge"));
    press(&mut a, KeyCode::Char('a'));
    let screen = shown(&a);
    assert!(screen.contains("1. Moins de 12 ans"), "{screen}");
    assert!(screen.contains("0. Ne pas la donner"), "{screen}");
    assert!(screen.contains("Entrée garder"), "{screen}");
    // Échap closes the list and changes nothing (it does not ask to quit).
    press(&mut a, KeyCode::Esc);
    assert_eq!((a.age_choice(), a.confirm()), (None, None));
    assert_eq!(a.person().age_band, None);
    press(&mut a, KeyCode::Char('A'));
    press(&mut a, KeyCode::Char('6'));
    assert_eq!(a.person().age_band.as_deref(), Some("60-69"));
    assert!(shown(&a).contains("Tranche d'âge : 60 - 69 ans."));
    // ↑↓ and Enter too, from the band already chosen.
    press(&mut a, KeyCode::Char('a'));
    press(&mut a, KeyCode::Down);
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.person().age_band.as_deref(), Some("70-et-plus"));
    assert_eq!(a.screen(), Screen::Intro);
    start(&mut a); // the first question: the file and its header
    let path = a.tracked().unwrap().journal_path().unwrap().to_path_buf();
    let header = read(&path).unwrap().header.unwrap();
    assert_eq!(header.age_band.as_deref(), Some("70-et-plus"));

    // A kiosk visitor is anonymous: no age band asked.
    let mut k = diagnostic(&store, RunMode::Kiosk);
    press(&mut k, KeyCode::Char('a'));
    assert_eq!(k.age_choice(), None);
    assert!(!shown(&k).contains("tranche d'âge"));
}

#[test]
fn the_number_is_shown_at_the_end_and_left_in_the_terminal_wrapped() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut a = diagnostic(&store, RunMode::Tui);
    start(&mut a);
    while a.screen() == Screen::Question {
        press(&mut a, KeyCode::Char('?'));
    }
    assert_eq!(a.screen(), Screen::Results);
    let id = a.tracked().and_then(Tracked::id).unwrap().to_string();
    let screen = shown(&a);
    assert!(
        screen.contains(&format!("N° du diagnostic : {id}")),
        "{screen}"
    );
    let _ = a.update(crate::tui::Msg::Resize(60, 18));
    let report = a.closing_report().unwrap();
    let head: String = report.lines().take(2).collect::<Vec<_>>().join(" ");
    assert!(
        head.starts_with(&format!("Numéro du diagnostic : {id}")),
        "{report}"
    );
    assert!(
        head.contains(&format!("diagnum results show {id}")),
        "{report}"
    );
    let long = report.lines().filter(|l| l.chars().count() > 59).count();
    assert_eq!(long, 0, "{report}");
    assert!(report.lines().count() > 10, "{report}");

    // At a kiosk the visitor is not given a number to note.
    let mut k = diagnostic(&store, RunMode::Kiosk);
    start(&mut k);
    while k.screen() == Screen::Question {
        press(&mut k, KeyCode::Char('?'));
    }
    assert!(!shown(&k).contains("N° du diagnostic"));
}

/// The list of stored results, with the sessions' bank at hand.
fn history_app(store: &Store) -> App {
    let lib = Library::new(None);
    let (all, _) = history::rows(store).unwrap();
    let config = Config {
        store: Some(store.clone()),
        clock: Clock::Fixed(NOV_22),
        library: Some(lib),
        ..Config::new(Tr::new(Lang::Fr), 0)
    };
    App::new(config, Opening::History(all))
}

/// A finished session of the shipped bank: wrong, "don't know" and right answers.
fn finished(store: &Store, name: &str) {
    let bank = crate::testing::shipped(crate::bank::source::DEFAULT_BANK);
    let start = Start {
        seed: 7,
        lang: "fr".into(),
        falc: false,
        mode: RunMode::Tui,
        person: Person {
            pseudonym: Some(name.into()),
            ..Person::default()
        },
    };
    let mut t = Tracked::start(store, bank, start, Clock::Fixed(NOV_22)).unwrap();
    let mut n = 0;
    while let Some(q) = t.session.question() {
        let a = match (n % 3, q.kind.option_count()) {
            (0, k) if k > 0 => Answer::Choices(vec![0]),
            (1, _) => Answer::DontKnow,
            _ => Answer::NotEvaluated,
        };
        t.answer(a).unwrap();
        n += 1;
    }
    t.finish().unwrap();
}

#[test]
fn a_stored_result_shows_each_answer_and_pages_through() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    finished(&store, "Dossier 1");
    let mut a = history_app(&store);
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.screen(), Screen::Stored);
    let text = a.detail().unwrap().to_string();
    assert!(
        text.contains("Réponses données, question par question"),
        "{text}"
    );
    assert!(text.contains("je ne sais pas :"), "{text}");
    assert!(text.contains("Réponse donnée :"), "{text}");
    press(&mut a, KeyCode::End);
    let end = a.scroll();
    assert!(end > 20, "End went to line {end}");
    let bottom = shown(&a);
    press(&mut a, KeyCode::Down);
    assert_eq!(a.scroll(), end, "↓ stops at the end");
    assert_eq!(shown(&a), bottom);
    press(&mut a, KeyCode::PageUp);
    assert_eq!(a.scroll(), end - 16, "a page (17 lines) less one");
    press(&mut a, KeyCode::Home);
    assert_eq!(a.scroll(), 0);
    press(&mut a, KeyCode::PageDown);
    assert_eq!(a.scroll(), 16);
    // Enter pages too, as on the diagnostic's own results.
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.scroll(), 32);
}

#[test]
fn the_list_is_exported_where_the_mediateur_says_and_printing_says_how_it_went() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    finished(&store, "Mme Lefèvre");
    finished(&store, "mme lefevre");
    let mut a = history_app(&store);
    press(&mut a, KeyCode::Char('e'));
    let default = dir.path().join("diagnum-export-2026-11-22.csv");
    assert_eq!(a.naming(), Some(default.display().to_string().as_str()));
    assert!(shown(&a).contains("Entrée écrire"));
    for _ in 0..a.naming().unwrap().chars().count() {
        press(&mut a, KeyCode::Backspace);
    }
    let chosen = dir.path().join("pour le financeur.csv");
    for c in chosen.display().to_string().chars() {
        press(&mut a, KeyCode::Char(c));
    }
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.naming(), None);
    let said = a.message().unwrap().to_string();
    assert!(said.contains("pour le financeur.csv"), "{said}");
    assert!(said.contains("1 personne nommée"), "{said}");
    let csv = std::fs::read_to_string(&chosen).unwrap();
    assert!(csv.contains(";personne;"), "{csv}");
    assert!(csv.contains("Total : 2 diagnostics"), "{csv}");
    assert!(!csv.contains("Lef"), "anonymous export: {csv}");
    // Échap while typing a path cancels it, and writes nothing.
    press(&mut a, KeyCode::Char('E'));
    press(&mut a, KeyCode::Esc);
    assert_eq!(
        (a.naming(), a.screen(), a.quit()),
        (None, Screen::History, false)
    );

    // Printing goes through `lp` (or `DIAGNUM_LP`) beside the screen: "sending…", then
    // sent, or why not, in words, once the loop's ticks find the answer.
    let tr = Tr::new(Lang::Fr);
    press(&mut a, KeyCode::Char('i'));
    assert_eq!(a.message(), Some(tr.t("printer-pending").as_str()));
    assert!(a.waiting());
    assert!(crate::testing::soon(|| {
        a.update(crate::tui::Msg::Tick);
        !a.waiting()
    }));
    let said = a.message().unwrap_or_default().to_string();
    assert!(
        said == tr.t("printer-sent")
            || said.starts_with("Impossible d'imprimer")
            || said.starts_with("L'impression a échoué"),
        "{said}"
    );
}
