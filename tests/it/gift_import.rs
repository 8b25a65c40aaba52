//! A Moodle GIFT quiz of every kind we convert imports, passes check, plays to the end,
//! and a bank exported as GIFT comes back with the same questions.

use std::path::Path;

use diagnum::authoring::convert::{NoteKind, gift_out};
use diagnum::bank::{Bank, CatalogLookup, Question, QuestionKind, parse_bank};
use diagnum::commands::convert::{ImportFormat, export_bank, import};
use diagnum::diagnostic::simulate;
use diagnum::i18n::{Lang, Tr};

fn load(text: &str) -> Bank {
    let loaded = parse_bank(text, &|_| CatalogLookup::Missing);
    let errors: Vec<_> = loaded.errors().collect();
    assert!(errors.is_empty(), "{errors:?}\n{text}");
    loaded.value.unwrap()
}

#[test]
fn the_gift_quiz_imports_checks_and_plays() {
    let tr = Tr::new(Lang::Fr);
    let done = import(
        ImportFormat::Gift,
        Path::new("tests/fixtures/gift/mediation.gift"),
        &tr,
    )
    .unwrap();
    let bank = load(&done.text);
    assert!(bank.questions.len() >= 20, "{}", bank.questions.len());
    let count = |f: fn(&Question) -> bool| bank.questions.iter().filter(|q| f(q)).count();
    // Every kind GIFT has and we keep, several times.
    let true_false = count(
        |q| matches!(&q.kind, QuestionKind::Single { shuffle: false, choices } if choices.len() == 2),
    );
    assert!(true_false >= 5, "true/false: {true_false}");
    assert!(count(|q| matches!(q.kind, QuestionKind::Single { shuffle: true, .. })) >= 6);
    assert!(count(|q| matches!(q.kind, QuestionKind::Multiple { .. })) >= 3);
    assert!(count(|q| matches!(q.kind, QuestionKind::Text { .. })) >= 4);
    assert!(count(|q| q.prompt.contains("_____")) >= 2, "missing word");
    assert!(count(|q| q.explanation.is_some()) >= 4);
    assert!(count(|q| q.kind.choices().iter().any(|c| c.feedback.is_some())) >= 5);
    assert_eq!(bank.competences.len(), 3);
    // The report names each line not converted.
    for line in [98, 100, 106, 108, 110] {
        assert!(
            done.report.contains(&format!("mediation.gift:{line}: ")),
            "line {line}:\n{}",
            done.report
        );
    }
    // HTML is turned into text without a line per question, but counted.
    assert!(
        done.report.contains("Non importé : 5 élément(s)")
            && done
                .report
                .contains("convertie en texte dans 1 question(s)"),
        "{}",
        done.report
    );
    // It plays: all right gives the top palier, all wrong the first.
    let all_right = simulate::run(&bank, |_| true);
    assert_eq!(all_right.palier.id, "autonome");
    assert_eq!(all_right.scores.percent(), 100.0);
    let all_wrong = simulate::run(&bank, |_| false);
    assert_eq!(all_wrong.palier.id, "a-accompagner");
}

/// What GIFT keeps of a question, to compare before and after a round trip.
fn kept(q: &Question) -> String {
    format!(
        "{} {:?} {} {:?} {:?} {:?} {:?}",
        q.id, q.competences, q.level, q.prompt, q.prompt_falc, q.explanation, q.kind
    )
}

fn round_trip(bank: &Bank) -> (Bank, Vec<NoteKind>) {
    let (gift, notes) = gift_out::export(bank);
    let tr = Tr::new(Lang::Fr);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("retour.gift");
    std::fs::write(&path, &gift).unwrap();
    let done = import(ImportFormat::Gift, &path, &tr).unwrap();
    assert!(
        !done.report.contains(": "),
        "nothing lost:\n{}\n{gift}",
        done.report
    );
    (
        load(&done.text),
        notes.into_iter().map(|n| n.kind).collect(),
    )
}

#[test]
fn export_then_import_keeps_the_questions() {
    let tr = Tr::new(Lang::Fr);
    let first = import(
        ImportFormat::Gift,
        Path::new("tests/fixtures/gift/mediation.gift"),
        &tr,
    )
    .unwrap();
    let bank = load(&first.text);
    let (back, notes) = round_trip(&bank);
    assert!(notes.is_empty(), "{notes:?}");
    let before: Vec<String> = bank.questions.iter().map(kept).collect();
    let after: Vec<String> = back.questions.iter().map(kept).collect();
    assert_eq!(before, after);
}

#[test]
fn a_shipped_bank_round_trips_in_the_types_gift_has() {
    let lib = diagnum::bank::source::Library::new(None);
    let bank = diagnum::commands::load_bank(&lib, "abc-diag", &Tr::new(Lang::Fr)).unwrap();
    let (back, notes) = round_trip(&bank);
    let gift_types = |q: &&Question| {
        matches!(
            q.kind,
            QuestionKind::Single { .. } | QuestionKind::Multiple { .. } | QuestionKind::Text { .. }
        )
    };
    // GIFT groups questions by category: compare them in id order.
    let mut before: Vec<String> = bank.questions.iter().filter(gift_types).map(kept).collect();
    let mut after: Vec<String> = back.questions.iter().map(kept).collect();
    before.sort();
    after.sort();
    assert_eq!(before.len(), after.len());
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(b, a);
    }
    // The others are named, one note each.
    let skipped = bank.questions.len() - before.len();
    let not_exported = notes
        .iter()
        .filter(|n| matches!(n, NoteKind::NotExported(..)))
        .count();
    assert!(skipped > 0);
    assert_eq!(skipped, not_exported);
    for c in &bank.competences {
        if let Some(b) = back.competence(&c.id) {
            assert_eq!(
                (&b.label, &b.crcn, &b.domain),
                (&c.label, &c.crcn, &c.domain)
            );
        }
    }
    // The command says how many were exported.
    let out = export_bank(&lib, "abc-diag", &Tr::new(Lang::Fr)).unwrap();
    assert!(
        out.report.contains(&format!(
            "{} question(s) exportée(s) sur {}",
            before.len(),
            bank.questions.len()
        )),
        "{}",
        out.report
    );
}
