//! `results stats` and `results report` through the real binary, on sessions written by
//! the real session code: the figures read back from the text, the CSV and the page.

use crate::common::{self, text};

use std::path::Path;
use std::process::Output;

use diagnum::bank::Bank;
use diagnum::diagnostic::session::Answer;
use diagnum::diagnostic::simulate::right_answer;
use diagnum::records::date::{Clock, Date, Timestamp};
use diagnum::records::journal::RunMode;
use diagnum::records::store::Store;
use diagnum::records::tracked::{Person, Start, Tracked};

fn diagnum(data: &Path, args: &[&str]) -> Output {
    common::in_data(data, args)
}

fn bank(id: &str) -> Bank {
    common::shipped(id)
}

/// 10:00 UTC on the `n`th day from 2026-11-02.
fn day(n: i64) -> Timestamp {
    let d = Date::from_days(Date::parse("2026-11-02").unwrap().days() + n);
    Timestamp::parse_rfc3339(&format!("{}T10:00:00Z", d.iso())).unwrap()
}

/// A session on day `n`: every question right, or every one "je ne sais pas"; stopped
/// after `stop` answers when given.
fn session(store: &Store, bank: &Bank, n: i64, mode: RunMode, right: bool, stop: Option<usize>) {
    let start = Start {
        seed: 7,
        lang: "fr".into(),
        falc: false,
        mode,
        person: Person {
            pseudonym: (n % 2 == 0).then(|| format!("Dossier {}", n % 4)),
            age_band: Some("60-74".into()),
            commune: None,
        },
    };
    let mut t = Tracked::start(store, bank.clone(), start, Clock::Fixed(day(n))).unwrap();
    let mut answered = 0;
    while let Some(q) = t.session.question() {
        if stop == Some(answered) {
            return;
        }
        t.answer(if right {
            right_answer(q)
        } else {
            Answer::DontKnow
        })
        .unwrap();
        answered += 1;
    }
    t.finish().unwrap();
}

/// Twelve finished abc-diag sessions on days 0..12 (the first six all right, the others
/// all "je ne sais pas"), one interrupted, and one grands-debutants session.
fn folder() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let store = Store::new(data.path());
    let abc = bank("abc-diag");
    for n in 0..12 {
        let mode = if n < 8 { RunMode::Tui } else { RunMode::Kiosk };
        session(&store, &abc, n, mode, n < 6, None);
    }
    session(&store, &abc, 3, RunMode::Plain, true, Some(4));
    session(
        &store,
        &bank("grands-debutants"),
        5,
        RunMode::Tui,
        true,
        None,
    );
    data
}

#[test]
fn stats_say_the_figures_of_each_question() {
    let data = folder();
    let o = diagnum(data.path(), &["results", "stats", "abc-diag"]);
    let t = text(&o);
    assert!(o.status.success(), "{t}");
    assert!(
        t.contains("12 diagnostics terminés, du 02/11/2026 au 13/11/2026"),
        "{t}"
    );
    assert!(
        t.contains("1 diagnostic non terminé n'est pas compté."),
        "{t}"
    );
    // Six right, six "je ne sais pas": the strong third all right, the weak third none.
    let figures = "12 réponses : juste 50 % · je ne sais pas 50 % · faux 0 % · D 1,00";
    let block = &t[t.find("\nmat-double-clic · ").expect(&t)..];
    assert!(block.lines().nth(2).unwrap().contains(figures), "{t}");
    assert!(t.lines().all(|l| l.chars().count() <= 80), "{t}");

    // Three days only, to a CSV file.
    let out = data.path().join("stats.csv");
    let o = diagnum(
        data.path(),
        &[
            "results",
            "stats",
            "abc-diag",
            "--since",
            "2026-11-03",
            "--until",
            "05/11/2026",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("Statistiques de 3 diagnostics écrites dans"),
        "{}",
        text(&o)
    );
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()));
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    let row = r
        .records()
        .map(Result::unwrap)
        .find(|r| &r[0] == "mat-double-clic")
        .unwrap();
    // Days 1, 2 and 3: all right.
    let cells: Vec<&str> = row.iter().collect();
    assert_eq!(cells[3..8], ["3", "3", "0", "0", "0"]);
    assert_eq!(cells[9], "100");
}

#[test]
fn stats_refuse_what_they_cannot_count() {
    let data = folder();
    let o = diagnum(data.path(), &["results", "stats", "pas-de-banque"]);
    assert!(!o.status.success());
    assert!(text(&o).contains("pas-de-banque"), "{}", text(&o));
    let o = diagnum(
        data.path(),
        &[
            "results",
            "stats",
            "abc-diag",
            "--since",
            "2026-11-10",
            "--until",
            "2026-11-01",
        ],
    );
    assert!(!o.status.success());
    assert!(
        text(&o).contains("La période est à l'envers"),
        "{}",
        text(&o)
    );
    let o = diagnum(data.path(), &["results", "report"]);
    assert_eq!(o.status.code(), Some(2), "--out is required: {}", text(&o));
}

#[test]
fn the_report_is_one_page_with_the_counts() {
    let data = folder();
    let out = data.path().join("activite.html");
    let o = diagnum(
        data.path(),
        &["results", "report", "--out", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("Rapport d'activité (14 diagnostics) écrit dans"),
        "{}",
        text(&o)
    );
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<svg"));
    assert!(!page.contains("<script") && !page.contains("http"));
    // 14 started, 13 finished; 8 + 1 + 1 with a médiateur, 4 at the kiosk.
    assert!(page.contains("<strong>14</strong>") && page.contains("<strong>13</strong>"));
    let modes = &page[page.find("<section id=\"modes\">").unwrap()..];
    let modes = &modes[..modes.find("</section>").unwrap()];
    for v in [">9 · 64 %<", ">1 · 7 %<", ">4 · 29 %<"] {
        assert!(modes.contains(v), "{v} in {modes}");
    }
    // Names on even days only: Dossier 0 (days 0, 4, 8) and Dossier 2 (days 2, 6, 10); the
    // interrupted session (day 3) and the grands-debutants one (day 5) are anonymous.
    assert!(
        page.contains("6 diagnostics sur 14 portent un nom"),
        "{page}"
    );
    assert!(
        page.contains("2 personnes différentes, dont 2 venues plus"),
        "{page}"
    );

    // A period with nothing in it still makes a page that says so.
    let o = diagnum(
        data.path(),
        &[
            "results",
            "report",
            "--since",
            "2027-01-01",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.contains("<strong>0</strong>"), "{page}");
    assert!(
        page.contains("Aucun diagnostic n&#39;a commencé sur cette période"),
        "{page}"
    );
    assert!(!page.contains("<svg"), "no empty chart: {page}");
    assert!(page.contains("Depuis le 01/01/2027"), "{page}");
}

#[test]
fn both_in_english() {
    let data = folder();
    let o = diagnum(
        data.path(),
        &["--lang", "en", "results", "stats", "abc-diag"],
    );
    let t = text(&o);
    assert!(t.contains("12 finished diagnostics"), "{t}");
    assert!(
        t.contains("12 answers: right 50 % · don't know 50 % · wrong 0 % · D 1.00"),
        "{t}"
    );
}
