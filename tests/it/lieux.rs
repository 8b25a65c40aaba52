//! `diagnum lieux` as a médiateur runs it: the national file imported (the fixture, in the
//! real format), listed, refused with a clear French message when it is not the right
//! file (the previous import then stays in place), and the lieux shown with the results
//! of a run and on the fiche.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common;

const CSV: &str = "tests/fixtures/lieux/20250509-test-lieux-de-mediation-numeriques-france.csv";
const JSON: &str = "tests/fixtures/lieux/20250509-test-lieux-de-mediation-numeriques-orne.json";

fn diagnum(data: &Path, args: &[&str]) -> Output {
    let mut c = common::french();
    c.arg("--data-dir").arg(data).args(args);
    c.output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stored(data: &Path) -> PathBuf {
    data.join("lieux").join("lieux.tsv")
}

#[test]
fn the_national_file_imports_with_every_rejected_row_reported() {
    let data = tempfile::tempdir().unwrap();
    let o = diagnum(data.path(), &["lieux", "import", CSV]);
    let text = out(&o);
    assert!(o.status.success(), "{text}{}", err(&o));
    assert!(
        text.starts_with("14 lieux gardés, fichier du 09/05/2025 (20250509-test-"),
        "{text}"
    );
    for line in [
        "4 lignes écartées :",
        "  ligne 17 : pas de nom (colonne « nom » vide)",
        "  ligne 18 : 5 champs au lieu de 33 (une virgule ou un guillemet mal placé ?)",
        "  ligne 19 : identifiant « hinaura-MediaRoubaix__hub-lo-436 » déjà vu ligne 5",
        "  ligne 20 : ni commune ni code postal",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
    let o = diagnum(data.path(), &["lieux", "list"]);
    assert!(
        out(&o).contains("14 lieux de médiation numérique, fichier du 09/05/2025"),
        "{}",
        out(&o)
    );
    assert!(
        out(&o).contains("Par département : 01 (1), 49 (1), 59 (9)"),
        "{}",
        out(&o)
    );
    let o = diagnum(data.path(), &["lieux", "list", "--commune", "ROUBAIX"]);
    let text = out(&o);
    assert!(text.contains("4 lieux à Roubaix :"), "{text}");
    assert!(
        text.contains("Siège de l'association Roubaix Numérique (n'accueille pas de public)"),
        "{text}"
    );
    assert!(
        text.contains("Horaires : le mardi et le jeudi de 14 h à 18 h"),
        "{text}"
    );
    let o = diagnum(data.path(), &["lieux", "list", "--code-postal", "75015"]);
    assert!(
        out(&o).contains("Bibliothèque Marguerite Yourcenar"),
        "{}",
        out(&o)
    );

    // Only one département: the rest is counted, not kept.
    let o = diagnum(
        data.path(),
        &["lieux", "import", JSON, "--departement", "61"],
    );
    assert!(o.status.success(), "{}", err(&o));
    assert!(out(&o).contains("2 lieux gardés"), "{}", out(&o));
    assert!(
        out(&o).contains("élément n° 3 : ce n'est pas un lieu"),
        "{}",
        out(&o)
    );
    let o = diagnum(
        data.path(),
        &["lieux", "import", CSV, "--departement", "5x"],
    );
    assert!(
        err(&o).contains("« 5x » n'est pas un numéro de département"),
        "{}",
        err(&o)
    );
}

/// Each bad file: a clear French message, and the previous import byte for byte as it was,
/// with no temporary file left.
#[test]
fn bad_files_are_refused_and_the_previous_import_stays() {
    let data = tempfile::tempdir().unwrap();
    assert!(
        diagnum(data.path(), &["lieux", "import", CSV])
            .status
            .success()
    );
    let before = std::fs::read(stored(data.path())).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let csv = std::fs::read_to_string(CSV).unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    };
    let huge = dir.path().join("huge.csv");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(200 * 1024 * 1024)
        .unwrap();
    let latin1: Vec<u8> = csv
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    let cases = [
        (
            write("excel.csv", csv.replace("\",\"", "\";\"").as_bytes()),
            "les colonnes sont séparées par « ; » et non par des virgules",
        ),
        (
            write("colonnes.csv", b"id,nom,ville\n1,Un lieu,Roubaix\n"),
            "il manque les colonnes commune, code_postal, adresse : ce n'est pas un fichier de lieux",
        ),
        (
            write(
                "structures.json",
                br#"[{"siret": "1", "nom_structure": "x"}]"#,
            ),
            "ce fichier JSON n'est pas une liste de lieux de médiation numérique",
        ),
        (
            huge,
            "le fichier fait 200 Mo, bien plus que le fichier national",
        ),
        (
            write("latin1.csv", &latin1),
            "le texte n'est pas en UTF-8 (ligne 2)",
        ),
        (write("vide.csv", b""), "le fichier est vide"),
    ];
    for (file, want) in cases {
        let o = diagnum(data.path(), &["lieux", "import", file.to_str().unwrap()]);
        let e = err(&o);
        assert_eq!(o.status.code(), Some(1), "{}: {e}", file.display());
        assert!(e.contains("Import impossible de"), "{e}");
        assert!(e.contains(want), "{want}\n{e}");
        assert!(e.contains("L'import précédent est gardé tel quel."), "{e}");
        assert_eq!(std::fs::read(stored(data.path())).unwrap(), before);
    }
    let left: Vec<_> = std::fs::read_dir(data.path().join("lieux"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left, ["lieux.tsv"]);
}

#[test]
fn a_run_shows_the_lieux_near_the_person_and_the_fiche_keeps_them() {
    let data = tempfile::tempdir().unwrap();
    assert!(
        diagnum(data.path(), &["lieux", "import", CSV])
            .status
            .success()
    );
    let run = |commune: &str| {
        let mut c = common::french();
        c.arg("--data-dir").arg(data.path()).args([
            "run",
            "abc-diag",
            "--plain",
            "--seed",
            "1",
            "--commune",
            commune,
        ]);
        common::with_stdin(c, &"?\n".repeat(40))
    };
    let o = run("Roubaix");
    let text = out(&o);
    assert!(
        text.contains("Où vous faire accompagner près de Roubaix"),
        "{text}"
    );
    assert!(text.contains("  - France services Roubaix\n"), "{text}");
    assert!(
        text.contains(
            "Tél. 03 20 81 70 00 · sur rendez-vous · Gratuit sous condition (pass numérique accepté)"
        ),
        "{text}"
    );
    assert!(text.contains("  - Médiathèque La Grand-Plage\n"), "{text}");
    assert!(text.contains("  - EPN de Tourcoing (à "), "{text}");
    assert!(
        !text.contains("Siège"),
        "never a lieu closed to the public: {text}"
    );
    // From a commune without a lieu open to the public: the nearest, with the distance.
    let o = run("wattrelos");
    let text = out(&o);
    assert!(
        text.contains("Où vous faire accompagner près de Wattrelos"),
        "{text}"
    );
    assert!(text.contains("  - France services Roubaix (à 2,"), "{text}");
    // The fiche, from the stored result (either run's: both show France services).
    let day = std::fs::read_dir(data.path().join("sessions"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let file = std::fs::read_dir(day)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let name = file.file_stem().unwrap().to_string_lossy().into_owned();
    let id = name.rsplit('-').next().unwrap();
    let o = diagnum(data.path(), &["results", "print", id, "--format", "html"]);
    let html = out(&o);
    assert!(
        html.contains("<h2>Où vous faire accompagner près de"),
        "{html}"
    );
    assert!(html.contains("France services Roubaix"), "{html}");
}

#[test]
fn without_an_import_lieux_list_says_how_to_get_one() {
    let data = tempfile::tempdir().unwrap();
    let o = diagnum(data.path(), &["lieux", "list"]);
    assert!(
        out(&o).contains("Aucun fichier de lieux importé"),
        "{}",
        out(&o)
    );
}
