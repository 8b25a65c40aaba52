//! The médiateur's follow-up through the real binary: export read back by the csv crate,
//! compare, print, purge, and resuming a session whose bank is gone.

use crate::common::{self, text};

use std::path::Path;
use std::process::{Output, Stdio};

use diagnum::bank::Bank;
use diagnum::diagnostic::session::Answer;
use diagnum::diagnostic::simulate::right_answer;
use diagnum::records::date::{Clock, Timestamp};
use diagnum::records::store::Store;
use diagnum::records::tracked::{Person, Start, Tracked};

const NOV_22: u64 = 1_795_345_041;
const DAY: u64 = 86_400;

fn diagnum(data: &Path, args: &[&str]) -> Output {
    common::in_data(data, args)
}

fn abc() -> Bank {
    common::shipped("abc-diag")
}

/// A finished session at `at`, right on the questions `right` says, by `person`.
fn session(
    store: &Store,
    bank: &Bank,
    at: u64,
    person: Person,
    right: impl Fn(usize) -> bool,
) -> String {
    let start = Start {
        seed: at,
        lang: "fr".into(),
        falc: false,
        mode: diagnum::records::journal::RunMode::Plain,
        person,
    };
    let mut t =
        Tracked::start(store, bank.clone(), start, Clock::Fixed(Timestamp::utc(at))).unwrap();
    let mut i = 0;
    while let Some(q) = t.session.question() {
        let a = if right(i) {
            right_answer(q)
        } else {
            Answer::DontKnow
        };
        t.answer(a).unwrap();
        i += 1;
    }
    t.finish().unwrap();
    t.id().unwrap().to_string()
}

#[test]
fn a_thousand_sessions_export_to_csv_that_opens_back() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::new(data.path());
    let bank = abc();
    let mut ids = Vec::new();
    for n in 0..1000u64 {
        let person = Person {
            pseudonym: Some(format!("Personne {n}")),
            age_band: Some(["18-29", "30-59", "60+"][n as usize % 3].into()),
            commune: Some("Saint-Denis; Réunion".into()),
        };
        ids.push(session(&store, &bank, NOV_22 - n * 3600, person, |i| {
            !(i as u64 + n).is_multiple_of(3)
        }));
    }
    let out = data.path().join("export.csv");
    let o = diagnum(
        data.path(),
        &["results", "export", "--out", out.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert!(
        text(&o).contains("1000 diagnostics exportés"),
        "{}",
        text(&o)
    );

    let bytes = std::fs::read(&out).unwrap();
    assert!(
        bytes.starts_with("\u{feff}".as_bytes()),
        "UTF-8 BOM for Excel"
    );
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    let head: Vec<String> = r.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(head[0], "numéro");
    assert!(
        !head.iter().any(|h| h == "pseudonyme"),
        "anonymous by default"
    );
    let level_cols: Vec<usize> = (0..head.len())
        .filter(|&i| head[i].starts_with("niveau "))
        .collect();
    assert_eq!(level_cols.len(), bank.competences.len(), "{head:?}");
    let commune = head.iter().position(|h| h == "commune").unwrap();
    let mut seen = Vec::new();
    let records: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    // The last row adds up: "Total : 1000 diagnostics", as wide as the others.
    let (total, records) = records.split_last().unwrap();
    assert_eq!(&total[0], "Total : 1000 diagnostics");
    assert_eq!(total.len(), head.len());
    for rec in records {
        assert_eq!(rec.len(), head.len());
        seen.push(rec[0].to_string());
        assert_eq!(
            &rec[commune], "Saint-Denis; Réunion",
            "a ; inside a cell survives"
        );
        for &c in &level_cols {
            let l: u8 = rec[c].parse().unwrap();
            assert!(l <= 8);
        }
        assert!(!rec.iter().any(|c| c.starts_with("Personne")));
    }
    ids.sort();
    seen.sort();
    assert_eq!(seen, ids);

    // With names, and as JSON with the same ids.
    let o = diagnum(
        data.path(),
        &[
            "results",
            "export",
            "--format",
            "json",
            "--with-names",
            "--since",
            "21/11/2026",
        ],
    );
    let rows: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    // Sessions are an hour apart going back from 22/11 10:57: 11 of them on the 22nd, 24 on the 21st.
    assert_eq!(rows.len(), 11 + 24);
    for row in rows {
        assert!(
            ids.binary_search(&row["id"].as_str().unwrap().to_string())
                .is_ok()
        );
        assert!(row["pseudonym"].as_str().unwrap().starts_with("Personne"));
        assert_eq!(row["status"], "finished");
        assert_eq!(
            row["levels"].as_object().unwrap().len(),
            bank.competences.len()
        );
    }
}

#[test]
fn compare_print_and_purge_as_a_mediateur_would() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::new(data.path());
    let bank = abc();
    let person = Person {
        pseudonym: Some("Dossier 42".into()),
        ..Person::default()
    };
    let first = session(&store, &bank, NOV_22 - 60 * DAY, person.clone(), |i| i < 4);
    let second = session(&store, &bank, NOV_22, person, |i| i < 12);

    let o = diagnum(data.path(), &["results", "--plain"]);
    let list = text(&o);
    assert_eq!(list.lines().count(), 2, "{list}");
    assert!(
        list.lines().next().unwrap().starts_with(&second),
        "newest first: {list}"
    );
    assert!(list.contains("Dossier 42"));

    // Given in either order, the earlier one is "before".
    let o = diagnum(data.path(), &["results", "compare", &second, &first[..5]]);
    let cmp = text(&o);
    assert!(o.status.success(), "{cmp}");
    assert!(
        cmp.starts_with(&format!("Avant : n° {first} du 23/09/2026")),
        "{cmp}"
    );
    assert!(
        cmp.contains(&format!("Après : n° {second} du 22/11/2026")),
        "{cmp}"
    );
    assert!(cmp.contains("niveau"), "some competence went up: {cmp}");

    let fiche = data.path().join("fiche.html");
    let o = diagnum(
        data.path(),
        &[
            "results",
            "print",
            &second,
            "--out",
            fiche.to_str().unwrap(),
            "--note",
            "Revenir <jeudi>",
        ],
    );
    assert!(o.status.success(), "{}", text(&o));
    let html = std::fs::read_to_string(&fiche).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@page { size: A4"));
    assert!(html.contains("Revenir &lt;jeudi&gt;"));
    assert!(html.contains("Dossier 42"));
    assert!(!html.contains("http"), "no network resource");

    let o = diagnum(data.path(), &["results", "print", &second]);
    assert!(
        text(&o).starts_with("Mon diagnostic numérique\n"),
        "{}",
        text(&o)
    );

    let missing = common::french()
        .args([
            "--data-dir",
            data.path().to_str().unwrap(),
            "results",
            "print",
            &second,
            "--printer",
        ])
        .env("DIAGNUM_LP", "/nonexistent/lp")
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing).contains("introuvable sur cet ordinateur"),
        "{}",
        text(&missing)
    );

    let o = diagnum(data.path(), &["results", "purge", "--before", "2026-10-01"]);
    assert!(
        text(&o).contains("1 diagnostic commencé avant le 01/10/2026 a été supprimé"),
        "{}",
        text(&o)
    );
    let o = diagnum(data.path(), &["results", "show", &first]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("Aucun diagnostic enregistré"),
        "{}",
        text(&o)
    );
    let o = diagnum(data.path(), &["results", "purge", "--before", "le 3 mars"]);
    assert!(text(&o).contains("Date incomprise"), "{}", text(&o));
}

#[test]
fn resuming_a_session_whose_bank_is_gone_says_so_and_keeps_the_file() {
    let data = tempfile::tempdir().unwrap();
    let banks = data.path().join("banks");
    std::fs::create_dir_all(&banks).unwrap();
    let sample =
        include_str!("../fixtures/sample.toml").replace("id = \"exemple\"", "id = \"locale\"");
    std::fs::write(banks.join("locale.toml"), sample).unwrap();
    let o = common::french()
        .args([
            "--data-dir",
            data.path().to_str().unwrap(),
            "run",
            "locale",
            "--plain",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            c.stdin.take().unwrap().write_all(b"1\n")?;
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(o.status.code(), Some(3), "{}", text(&o));
    let store = Store::new(data.path());
    let entry = store.entries().unwrap().remove(0);
    let before = std::fs::read(&entry.path).unwrap();

    std::fs::remove_file(banks.join("locale.toml")).unwrap();
    let o = diagnum(data.path(), &["run", "--plain", "--resume", &entry.id]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o).contains("« locale », qui est introuvable"),
        "{}",
        text(&o)
    );
    assert_eq!(
        std::fs::read(&entry.path).unwrap(),
        before,
        "file untouched"
    );
}

/// `--out` writes a temporary file beside the target, then renames it: when that fails
/// (here the target is a folder), the temporary file goes too. Writing the file works with
/// the file's own handle, which is what Windows requires to flush it.
#[test]
fn a_failed_out_leaves_no_temporary_file() {
    let data = tempfile::tempdir().unwrap();
    let store = Store::new(data.path());
    let id = session(&store, &abc(), NOV_22, Person::default(), |_| true);
    let out = tempfile::tempdir().unwrap();
    let taken = out.path().join("fiche.html");
    std::fs::create_dir(&taken).unwrap();
    let shown = taken.to_str().unwrap();
    for args in [
        vec!["results", "export", "--out", shown],
        vec!["results", "print", id.as_str(), "--out", shown],
    ] {
        let o = diagnum(data.path(), &args);
        assert_eq!(o.status.code(), Some(1), "{}", text(&o));
        assert!(text(&o).contains("Impossible d'écrire"), "{}", text(&o));
        let left: Vec<_> = std::fs::read_dir(out.path()).unwrap().flatten().collect();
        assert_eq!(left.len(), 1, "{left:?}");
    }
    let ok = out.path().join("chiffres.csv");
    let o = diagnum(
        data.path(),
        &["results", "export", "--out", ok.to_str().unwrap()],
    );
    assert!(o.status.success(), "{}", text(&o));
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 2);
    // Readable by the owner only, like the sessions.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&ok).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
