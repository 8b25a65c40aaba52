//! The shipped banks, judged as a médiateur would: every competence has questions at each
//! level the bank claims, every rule can fire, every training of the catalogue is reachable,
//! and known profiles get the orientation they should.

use diagnum::bank::source::Library;
use diagnum::bank::{Bank, parse_catalog};
use diagnum::diagnostic::outcome::Outcome;
use diagnum::diagnostic::simulate::{reach, run};

fn shipped() -> Vec<Bank> {
    let banks: Vec<Bank> = Library::new(None)
        .entries()
        .into_iter()
        .filter_map(|e| e.loaded.value)
        .collect();
    for id in ["abc-diag", "grands-debutants"] {
        assert!(banks.iter().any(|b| b.id == id), "{id} missing");
    }
    banks
}

fn aptic_levels(o: &Outcome) -> Vec<u8> {
    o.orientation
        .trainings
        .iter()
        .map(|t| t.aptic_level)
        .collect()
}

#[test]
fn every_competence_has_questions_at_each_claimed_level() {
    for b in shipped() {
        assert!(!b.levels.is_empty(), "{} declares no levels", b.id);
        for c in &b.competences {
            for l in &b.levels {
                let n = b
                    .questions
                    .iter()
                    .filter(|q| q.level == *l && q.competences.contains(&c.id))
                    .count();
                assert!(n >= 1, "{}: {} has no level-{l} question", b.id, c.id);
            }
        }
    }
}

#[test]
fn every_palier_and_rule_can_be_reached_and_every_training_recommended() {
    let catalog = parse_catalog(include_str!("../../questions/formations.toml"))
        .value
        .unwrap();
    let mut recommended: Vec<String> = vec![];
    for b in shipped() {
        let r = reach(&b, 3000, 11);
        for (p, ok) in b.paliers.iter().zip(&r.paliers) {
            assert!(ok, "{}: palier {} never reached", b.id, p.id);
        }
        for (rule, ok) in b.rules.iter().zip(&r.rules) {
            assert!(ok, "{}: rule {:?} never fires", b.id, rule.id);
        }
        recommended.extend(r.trainings);
    }
    for t in &catalog.trainings {
        assert!(
            recommended.contains(&t.id),
            "training {} is never recommended",
            t.id
        );
    }
}

#[test]
fn all_right_reaches_the_top_palier() {
    for b in shipped() {
        let o = run(&b, |_| true);
        assert_eq!(o.palier.id, b.paliers.last().unwrap().id, "{}", b.id);
        assert_eq!(o.scores.percent(), 100.0);
    }
}

#[test]
fn all_dont_know_reaches_the_lowest_palier_and_aptic_1_only() {
    for b in shipped() {
        let o = run(&b, |_| false);
        assert_eq!(o.palier.id, b.paliers[0].id, "{}", b.id);
        assert!(!o.orientation.trainings.is_empty(), "{}", b.id);
        assert!(
            aptic_levels(&o).iter().all(|l| *l == 1),
            "{}: {:?}",
            b.id,
            o.orientation.trainings
        );
    }
}

#[test]
fn good_at_messaging_weak_at_demarches_gets_the_demarches_training() {
    for b in shipped() {
        // Messagerie all right, démarches all wrong, every other question one in two.
        let i = std::cell::Cell::new(0);
        let o = run(&b, |q| {
            i.set(i.get() + 1);
            if q.competences.iter().any(|c| c == "messagerie") {
                true
            } else if q.competences.iter().any(|c| c == "demarches") {
                false
            } else {
                i.get() % 2 == 0
            }
        });
        let ids: Vec<&str> = o
            .orientation
            .trainings
            .iter()
            .map(|t| t.id.as_str())
            .collect();
        assert!(
            ids.contains(&"demarches-en-ligne"),
            "{}: {ids:?} (palier {})",
            b.id,
            o.palier.id
        );
        assert!(!ids.contains(&"messagerie-email"), "{}: {ids:?}", b.id);
    }
}

/// docs/banks.md shows each shipped bank's table as generated from the bank itself.
/// After changing a bank: `DIAGNUM_BLESS=1 cargo test --test bank_coverage` rewrites the
/// tables between their markers; read the diff before committing it.
#[test]
fn docs_banks_md_tables_match_the_banks() {
    let path = "docs/banks.md";
    let mut doc = std::fs::read_to_string(path).unwrap();
    for b in shipped().iter().filter(|b| !b.levels.is_empty()) {
        let start = format!("<!-- table:{} -->\n", b.id);
        let end = format!("<!-- end:{} -->", b.id);
        let table = diagnum::bank::table::markdown_table(b);
        let (Some(i), Some(j)) = (doc.find(&start), doc.find(&end)) else {
            panic!("markers for {} missing in {path}", b.id)
        };
        let current = &doc[i + start.len()..j];
        if current != table {
            assert!(
                std::env::var_os("DIAGNUM_BLESS").is_some(),
                "{path}: table of {} is out of date:\n{table}",
                b.id
            );
            doc.replace_range(i + start.len()..j, &table);
        }
    }
    if std::env::var_os("DIAGNUM_BLESS").is_some() {
        std::fs::write(path, doc).unwrap();
    }
}
