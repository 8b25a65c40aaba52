//! The question examples of docs/bank-format.md are valid: each `[[questions]]` block, put
//! in a small bank, loads without error (a trainer copies them as they are).

use diagnum::bank::{CatalogLookup, QuestionKind, Severity, parse_bank};

const BASE: &str = r#"schema = "diagnum/1"
[bank]
id = "exemples"
title = "Exemples"
version = "1"
lang = "fr"
estimated_minutes = 5
[[paliers]]
id = "p"
title = "P"
min_percent = 0
learner = "l"
mediator = "m"
"#;

#[test]
fn every_question_example_of_the_format_doc_loads() {
    let doc = std::fs::read_to_string("docs/bank-format.md").unwrap();
    let blocks: Vec<&str> = doc
        .split("```toml\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .filter(|b| b.trim_start().starts_with("[[questions]]"))
        .collect();
    assert!(blocks.len() >= 9, "{} examples found", blocks.len());
    let mut src = String::from(BASE);
    for c in [
        "messagerie",
        "securite",
        "navigation",
        "demarches",
        "materiel",
        "partage",
    ] {
        src.push_str(&format!(
            "[[competences]]\nid = \"{c}\"\nlabel = \"{c}\"\ndomain = \"d\"\n"
        ));
    }
    for b in &blocks {
        src.push_str(b);
    }
    let loaded = parse_bank(&src, &|_| CatalogLookup::Missing);
    let errors: Vec<_> = loaded
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let bank = loaded.value.unwrap();
    assert_eq!(bank.questions.len(), blocks.len());
    for kind in ["task", "observation", "self"] {
        assert!(
            bank.questions.iter().any(|q| matches!(
                (&q.kind, kind),
                (QuestionKind::Task(_), "task")
                    | (QuestionKind::Observation, "observation")
                    | (QuestionKind::SelfAssessment, "self")
            )),
            "no {kind} example"
        );
    }
}

/// The worked example of section 7: the bank as written, the answers of its table, and
/// the percentages, levels, palier and trainings the text gives.
#[test]
fn the_worked_example_of_the_manual_gives_what_it_says() {
    use diagnum::diagnostic::session::{Answer, Session};
    use rand::SeedableRng;

    let doc = std::fs::read_to_string("docs/bank-format.md").unwrap();
    let block = doc
        .split("```toml\n")
        .filter_map(|b| b.split("```").next())
        .find(|b| b.contains("id = \"exemple-calcul\""))
        .expect("worked example");
    let loaded = parse_bank(block, &|_| CatalogLookup::Missing);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let bank = loaded.value.unwrap();
    let mut s = Session::new(bank, &mut rand::rngs::StdRng::seed_from_u64(0));
    while let Some(q) = s.question() {
        let a = match q.id.as_str() {
            "m1" => Answer::Choices(vec![0]),
            "m2" => Answer::Choices(vec![0, 2]),
            "d1" => Answer::Text("france connect".into()),
            _ => Answer::DontKnow,
        };
        s.answer(a);
    }
    let o = s.outcome();
    for id in ["messagerie", "demarches"] {
        let c = o.scores.competence(id).unwrap();
        assert_eq!((c.percent(), c.level), (Some(50.0), 1), "{id}");
    }
    assert_eq!(o.scores.percent(), 50.0);
    assert_eq!(o.palier.id, "bases");
    let trainings: Vec<&str> = o
        .orientation
        .trainings
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(trainings, ["atelier-demarches", "ateliers-collectifs"]);
}
