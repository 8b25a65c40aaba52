//! What a médiatrice found missing (issue 18), through the real binary: fixed age bands,
//! the answers given in `results show` and on the médiateur's fiche, `compare` in percent
//! with what makes two runs not comparable, and an export that counts people and chèques.

use crate::common::{self, text};

use std::path::Path;
use std::process::Output;

use diagnum::bank::{Bank, QuestionKind, Task};
use diagnum::diagnostic::session::{Answer, Rating};
use diagnum::diagnostic::simulate::right_answer;
use diagnum::records::date::{Clock, Timestamp};
use diagnum::records::journal::RunMode;
use diagnum::records::store::Store;
use diagnum::records::tracked::{Person, Start, Tracked};

const NOV_22: u64 = 1_795_345_041;

fn diagnum(data: &Path, args: &[&str]) -> Output {
    common::in_data(data, args)
}

fn abc() -> Bank {
    common::shipped("abc-diag")
}

/// A finished session of abc-diag at `at`: each question answered as `answer` says from
/// its place (0-based) and the right answer.
fn session(
    store: &Store,
    at: u64,
    mode: RunMode,
    name: Option<&str>,
    answer: impl Fn(usize, Answer) -> Answer,
) -> String {
    let start = Start {
        seed: 5,
        lang: "fr".into(),
        falc: false,
        mode,
        person: Person {
            pseudonym: name.map(str::to_string),
            ..Person::default()
        },
    };
    let mut t = Tracked::start(store, abc(), start, Clock::Fixed(Timestamp::utc(at))).unwrap();
    let mut i = 0;
    while let Some(q) = t.session.question() {
        let right = right_answer(q);
        // `--plain` cannot run key and click tasks.
        let a = match (&q.kind, mode) {
            (QuestionKind::Task(Task::Key { .. } | Task::Click { .. }), RunMode::Plain) => {
                Answer::NotEvaluated
            }
            _ => answer(i, right),
        };
        t.answer(a).unwrap();
        i += 1;
    }
    t.finish().unwrap();
    t.id().unwrap().to_string()
}

#[test]
fn an_age_band_outside_the_fixed_ones_is_refused_in_words() {
    let data = tempfile::tempdir().unwrap();
    let o = diagnum(
        data.path(),
        &["run", "abc-diag", "--plain", "--age-band", "vieux"],
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let said = text(&o);
    assert!(
        said.contains("« vieux » n'est pas une tranche d'âge"),
        "{said}"
    );
    assert!(
        said.contains("60-69") && said.contains("70-et-plus"),
        "{said}"
    );
    assert!(!data.path().join("sessions").exists(), "nothing recorded");

    let o = diagnum(
        data.path(),
        &["run", "abc-diag", "--plain", "--age-band", "60 - 69 ans"],
    );
    assert_eq!(o.status.code(), Some(3), "stdin is empty: {}", text(&o));
    let list = text(&diagnum(data.path(), &["results", "--plain"]));
    let id = list.split_whitespace().next().unwrap();
    let show = text(&diagnum(data.path(), &["results", "show", id]));
    assert!(show.contains("Tranche d'âge : 60 - 69 ans"), "{show}");
    assert!(show.contains("Mode : accompagné, mode texte"), "{show}");
}

#[test]
fn show_and_the_mediators_fiche_give_each_answer_wrong_told_from_dont_know() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::new(data.path());
    let id = session(
        &store,
        NOV_22,
        RunMode::Plain,
        Some("Dossier 3"),
        |i, right| match (i % 3, right) {
            (0, right) => right,
            (_, Answer::Rating(_)) => Answer::Rating(Rating::WithHelp),
            (1, _) => Answer::DontKnow,
            // Wrong, or right by chance: the first choice, or a text of no use.
            (_, Answer::Choices(_)) => Answer::Choices(vec![0]),
            (_, Answer::Text(_)) => Answer::Text("je sais pas trop".into()),
            (_, right) => right,
        },
    );
    let show = text(&diagnum(data.path(), &["results", "show", &id]));
    assert!(
        show.contains("Réponses données, question par question"),
        "{show}"
    );
    for mark in [" · juste : ", " · je ne sais pas : ", " · non évalué : "] {
        assert!(show.contains(mark), "{mark} in {show}");
    }
    assert!(show.contains("Réponse donnée : "), "{show}");
    assert!(show.contains("Bonne réponse : "), "{show}");
    assert!(show.contains("avis de la personne : 50 %"), "{show}");
    assert!(show.contains("Réponse donnée : Avec de l'aide"), "{show}");
    assert!(!show.contains("votre avis"), "{show}");
    // A wrong pick is told apart, with the choice picked and the right one.
    assert!(show.contains(" · faux : "), "{show}");

    let fiche = data.path().join("fiche.html");
    let f = fiche.to_str().unwrap();
    let o = diagnum(
        data.path(),
        &["results", "print", &id, "--out", f, "--mediator"],
    );
    assert!(o.status.success(), "{}", text(&o));
    let html = std::fs::read_to_string(&fiche).unwrap();
    assert!(html.contains("section class=\"mediator\""), "{html}");
    assert!(html.contains("Réponses données"), "{html}");
    // Without --mediator, the person's fiche alone.
    let o = diagnum(data.path(), &["results", "print", &id, "--out", f]);
    assert!(o.status.success());
    assert!(
        !std::fs::read_to_string(&fiche)
            .unwrap()
            .contains("Réponses données")
    );
    // The text fiche keeps to 80 columns, for `lp`.
    let o = diagnum(data.path(), &["results", "print", &id, "--mediator"]);
    let long: Vec<String> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .filter(|l| l.chars().count() > 80)
        .map(str::to_string)
        .collect();
    assert!(long.is_empty(), "{long:#?}");
}

#[test]
fn compare_shows_points_levels_and_what_makes_two_runs_differ() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::new(data.path());
    // Same day, two hours apart: the full screen (tasks done), then `--plain`.
    let before = session(&store, NOV_22, RunMode::Tui, Some("A"), |i, right| {
        if i % 2 == 0 { right } else { Answer::DontKnow }
    });
    let after = session(&store, NOV_22 + 7200, RunMode::Plain, Some("A"), |_, r| r);
    let o = diagnum(data.path(), &["results", "compare", &after, &before[..4]]);
    let cmp = text(&o);
    assert!(o.status.success(), "{cmp}");
    assert!(cmp.starts_with(&format!("Avant : n° {before}")), "{cmp}");
    assert!(
        cmp.contains(" à 10:57 ") && cmp.contains(" à 12:57 "),
        "{cmp}"
    );
    assert!(cmp.contains("Ensemble (réussite)"), "{cmp}");
    assert!(cmp.contains(" points"), "{cmp}");
    assert!(cmp.contains("100 %"), "{cmp}");
    assert!(
        cmp.contains("Attention : 2 exercices ont été comptés"),
        "{cmp}"
    );

    let o = diagnum(data.path(), &["results", "compare", &before, &before]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("désigne deux fois le même diagnostic"),
        "{}",
        text(&o)
    );
}

#[test]
fn the_export_counts_people_and_cheques_and_says_how_each_was_run() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::new(data.path());
    session(
        &store,
        NOV_22,
        RunMode::Tui,
        Some("Mme Lefèvre"),
        |_, _| Answer::DontKnow,
    );
    session(
        &store,
        NOV_22 + 60,
        RunMode::Plain,
        Some("mme LEFEVRE"),
        |_, r| r,
    );
    session(&store, NOV_22 + 120, RunMode::Kiosk, None, |_, _| {
        Answer::DontKnow
    });
    session(
        &store,
        NOV_22 + 180,
        RunMode::Tui,
        Some("M. Martin"),
        |_, _| Answer::DontKnow,
    );
    let out = data.path().join("x.csv");
    let o = diagnum(
        data.path(),
        &["results", "export", "--out", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("2 personnes nommées"), "{}", text(&o));
    let bytes = std::fs::read(&out).unwrap();
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    let head: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    let col = |name: &str| {
        head.iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name} in {head:?}"))
    };
    let (mode, person, cheques) = (col("mode"), col("personne"), col("chèques pass numérique"));
    assert_eq!(head[3], "questionnaire");
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    let (total, rows) = rows.split_last().unwrap();
    assert_eq!(rows.len(), 4);
    let modes: Vec<&str> = rows.iter().map(|r| &r[mode]).collect();
    assert_eq!(
        modes,
        [
            "accompagné",
            "accompagné, mode texte",
            "borne, en autonomie",
            "accompagné"
        ]
    );
    // One person twice (however the name was typed), nobody, another person.
    assert_eq!(rows[0][person], rows[1][person]);
    assert!(rows[0][person].starts_with("P-"), "{:?}", &rows[0][person]);
    assert_eq!(&rows[2][person], "");
    assert_ne!(rows[3][person], rows[0][person]);
    assert!(!String::from_utf8_lossy(&bytes).contains("Lef"));
    let sum: u32 = rows
        .iter()
        .map(|r| r[cheques].parse::<u32>().unwrap())
        .sum();
    assert!(sum > 0);
    assert_eq!(&total[0], "Total : 4 diagnostics");
    assert_eq!(&total[person], "2 personnes nommées");
    assert_eq!(total[cheques].parse::<u32>().unwrap(), sum);

    // The same keys in JSON, with the run mode as a word for programs.
    let o = diagnum(data.path(), &["results", "export", "--format", "json"]);
    let rows_json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rows_json = rows_json.as_array().unwrap();
    assert_eq!(rows_json[2]["mode"], "kiosk");
    assert_eq!(rows_json[0]["person"], rows[0][person]);
    assert!(rows_json[2]["person"].is_null());
    assert!(rows_json[1]["cheques"].as_u64().is_some());
    // The key is kept in the data folder, readable by its owner only.
    assert!(data.path().join("person-key.secret").exists());
}
