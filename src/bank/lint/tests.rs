//! The whole-bank warnings on small banks written for each case.

use crate::bank::{CatalogLookup, ProblemKind as K, Severity, parse_bank};

const HEAD: &str = r#"schema = "diagnum/1"
[bank]
id = "t"
title = "T"
version = "1"
lang = "fr"
estimated_minutes = 2
[[competences]]
id = "c"
label = "C"
crcn = "1.1"
"#;

fn palier(id: &str, min: u32) -> String {
    format!(
        "[[paliers]]\nid = \"{id}\"\ntitle = \"P\"\nmin_percent = {min}\nlearner = \"l\"\nmediator = \"m\"\n"
    )
}

/// A single-choice question (or another kind given by its fields).
fn question(id: &str, level: u8, fields: &str) -> String {
    format!(
        "[[questions]]\nid = \"{id}\"\ncompetence = \"c\"\nlevel = {level}\nprompt = \"Question {id}\"\n\
         prompt_falc = \"F {id}\"\nexplanation = \"E\"\n{fields}\n"
    )
}

const SINGLE: &str =
    "type = \"single\"\nchoices = [{ text = \"a\", correct = true }, { text = \"b\" }]";

fn warnings(src: &str) -> Vec<K> {
    let loaded = parse_bank(src, &|_| CatalogLookup::Missing);
    assert!(
        loaded.errors().next().is_none(),
        "{:?}\n{src}",
        loaded.problems
    );
    loaded
        .problems
        .into_iter()
        .filter(|p| p.severity == Severity::Warning)
        .map(|p| p.kind)
        .collect()
}

fn unreachable(kinds: &[K]) -> Vec<String> {
    kinds
        .iter()
        .filter_map(|k| match k {
            K::UnreachablePalier { id } => Some(id.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn with_two_questions_a_palier_between_half_and_all_is_missed() {
    let mut src = format!(
        "{HEAD}{}{}{}",
        palier("a", 0),
        palier("b", 60),
        palier("c", 90)
    );
    src += &question("q1", 1, SINGLE);
    src += &question("q2", 1, SINGLE);
    // 0 %, 50 %, 100 %: nothing in [60, 90).
    assert_eq!(unreachable(&warnings(&src)), ["b"]);
    // A third question gives 66.7 %.
    src += &question("q3", 1, SINGLE);
    assert_eq!(unreachable(&warnings(&src)), Vec::<String>::new());
}

#[test]
fn an_observation_gives_half_points_and_can_be_left_out() {
    let mut src = format!("{HEAD}{}{}", palier("a", 0), palier("b", 50));
    src += &question("o1", 1, "type = \"observation\"");
    src += &question("o2", 1, "type = \"observation\"");
    src += &question("o3", 1, "type = \"observation\"");
    assert_eq!(unreachable(&warnings(&src)), Vec::<String>::new());
    let mut src = format!(
        "{HEAD}{}{}{}",
        palier("a", 0),
        palier("b", 70),
        palier("c", 80)
    );
    src += &question("q1", 1, SINGLE);
    src += &question("q2", 1, SINGLE);
    assert_eq!(unreachable(&warnings(&src)), ["b"]);
    // An observation adds 1/3, 2/3 and, left out, the 1/2 steps: 75 % is 1.5 of 2.
    src += &question("o1", 1, "type = \"observation\"");
    src += &question("q3", 1, SINGLE);
    assert_eq!(unreachable(&warnings(&src)), Vec::<String>::new());
}

#[test]
fn self_assessments_alone_leave_only_the_first_palier() {
    let mut src = format!("{HEAD}{}{}", palier("a", 0), palier("b", 50));
    src += &question("s1", 1, "type = \"self\"");
    assert_eq!(unreachable(&warnings(&src)), ["b"]);
}

fn rule(body: &str) -> String {
    format!(
        "[[trainings]]\nid = \"t1\"\ntitle = \"T\"\nduration_minutes = 60\naptic_level = 1\n\
         cheques = 0\nservice = \"insertion-professionnelle\"\n[[orientation]]\nid = \"r\"\n{body}\nrecommend = [\"t1\"]\n"
    )
}

#[test]
fn rules_that_can_never_apply_are_named_and_their_training_too() {
    let base = format!(
        "{HEAD}{}{}{}",
        palier("a", 0),
        question("q1", 1, SINGLE),
        question("q2", 2, SINGLE)
    );
    type Case = (&'static str, fn(&K) -> bool);
    let cases: &[Case] = &[
        ("when = [{ competence = \"c\", below_percent = 0 }]", |k| {
            matches!(k, K::RuleContradiction { .. })
        }),
        ("when = [{ competence = \"c\", at_least_level = 3 }]", |k| {
            matches!(k, K::RuleLevelTooHigh { max: 2, .. })
        }),
        (
            "when = [{ competence = \"c\", at_least_level = 2 }, { competence = \"c\", below_level = 2 }]",
            |k| matches!(k, K::RuleContradiction { .. }),
        ),
    ];
    for (body, is) in cases {
        let w = warnings(&format!("{base}{}", rule(body)));
        assert!(w.iter().any(is), "{body}: {w:?}");
        assert!(
            w.iter()
                .any(|k| matches!(k, K::TrainingNeverRecommended { id } if id == "t1")),
            "{body}: {w:?}"
        );
    }
    let fine = warnings(&format!(
        "{base}{}",
        rule("when = [{ competence = \"c\", at_least_level = 2 }]")
    ));
    assert!(fine.is_empty(), "{fine:?}");
}

#[test]
fn a_rule_after_one_that_always_stops_is_never_evaluated() {
    let src = format!(
        "{HEAD}{}{}{}[[orientation]]\nid = \"toujours\"\nrecommend = [\"t1\"]\nstop = true\n",
        palier("a", 0),
        question("q1", 1, SINGLE),
        rule("when = [{ competence = \"c\", below_percent = 50 }]"),
    );
    // The unconditional rule comes second here: the first is still evaluated.
    assert!(warnings(&src).is_empty(), "{:?}", warnings(&src));
    let swapped = src.replacen("[[orientation]]\nid = \"r\"", "[[orientation]]\nid = \"r0\"\nrecommend = [\"t1\"]\nstop = true\n[[orientation]]\nid = \"r\"", 1);
    let w = warnings(&swapped);
    assert!(
        w.iter()
            .any(|k| matches!(k, K::RuleAfterStop { rule } if rule == "r0")),
        "{w:?}"
    );
}

#[test]
fn duration_is_compared_with_the_questions_asked() {
    let mut src = format!("{HEAD}{}", palier("a", 0))
        .replace("estimated_minutes = 2", "estimated_minutes = 1");
    for i in 0..10 {
        src += &question(&format!("q{i}"), 1, SINGLE);
    }
    // 6 s a question.
    let w = warnings(&src);
    assert!(
        w.iter()
            .any(|k| matches!(k, K::DurationShort { seconds: 6, .. })),
        "{w:?}"
    );
    let w = warnings(&src.replace("estimated_minutes = 1", "estimated_minutes = 5"));
    assert!(w.is_empty(), "{w:?}");
}

fn single(right: &str, wrong: &[&str]) -> String {
    let mut c = format!("type = \"single\"\nchoices = [{{ text = \"{right}\", correct = true }}");
    for w in wrong {
        c += &format!(", {{ text = \"{w}\" }}");
    }
    c + "]"
}

fn length_warnings(src: &str) -> Vec<K> {
    warnings(src)
        .into_iter()
        .filter(|k| matches!(k, K::LengthBiasSingle { .. } | K::LengthBiasMultiple { .. }))
        .collect()
}

#[test]
fn right_answers_longer_than_the_others_are_a_giveaway() {
    let head = format!("{HEAD}{}", palier("a", 0));
    let long = single(
        "Je supprime le message sans cliquer",
        &["Je paie", "Je réponds"],
    );
    let even = single("Je supprime", &["Je paie vite", "Je réponds"]);
    // 2 of 3 with the right answer strictly the longest: more than a third.
    let biased = format!(
        "{head}{}{}{}",
        question("q1", 1, &long),
        question("q2", 1, &long.replace("message", "SMS")),
        question("q3", 1, &even)
    );
    let w = length_warnings(&biased);
    assert_eq!(w.len(), 1, "{w:?}");
    let K::LengthBiasSingle {
        shortest,
        count,
        total,
        worst,
        falc,
    } = &w[0]
    else {
        panic!("{w:?}")
    };
    assert_eq!((*shortest, *count, *total, *falc), (false, 2, 3, false));
    assert_eq!(worst, "q1, q2");
    // One in three is what chance gives: no warning.
    let fair = format!(
        "{head}{}{}{}",
        question("q1", 1, &long),
        question("q2", 1, &even),
        question("q3", 1, &even.replace("supprime", "efface"))
    );
    assert!(
        length_warnings(&fair).is_empty(),
        "{:?}",
        length_warnings(&fair)
    );
    // The shortest, too often, gives the answer away as well.
    let short = single("Non", &["Oui, tout de suite", "Oui, plus tard"]);
    let src = format!(
        "{head}{}{}{}",
        question("q1", 1, &short),
        question("q2", 1, &short.replace("Non", "Rien")),
        question("q3", 1, &long)
    );
    assert!(matches!(
        length_warnings(&src)[..],
        [K::LengthBiasSingle {
            shortest: true,
            count: 2,
            ..
        }]
    ));
}

#[test]
fn falc_wordings_are_measured_too() {
    let head = format!("{HEAD}{}", palier("a", 0));
    // Even lengths in the usual wording, the right one longest in FALC.
    let q = "type = \"single\"\nchoices = [{ text = \"Je supprime\", text_falc = \"Je supprime le message\", correct = true }, \
             { text = \"Je paie vite\", text_falc = \"Je paie\" }, { text = \"Je réponds\" }]";
    let src = format!(
        "{head}{}{}{}",
        question("q1", 1, q),
        question("q2", 1, q),
        question("q3", 1, SINGLE)
    );
    let w = length_warnings(&src);
    assert!(
        matches!(
            w[..],
            [K::LengthBiasSingle {
                falc: true,
                count: 2,
                ..
            }]
        ),
        "{w:?}"
    );
}

#[test]
fn right_choices_of_multiple_questions_must_not_stand_out_by_length() {
    let head = format!("{HEAD}{}", palier("a", 0));
    let multiple = |r: &str, w: &str| {
        format!(
            "type = \"multiple\"\nchoices = [{{ text = \"{r}\", correct = true }}, {{ text = \"{w}\" }}]"
        )
    };
    let src = format!(
        "{head}{}",
        question(
            "m1",
            1,
            &multiple("Ne jamais donner son mot de passe", "Le noter")
        )
    );
    let w = length_warnings(&src);
    assert!(
        matches!(&w[..], [K::LengthBiasMultiple { percent, worst, .. }] if *percent > 125 && worst == "m1"),
        "{w:?}"
    );
    let src = format!(
        "{head}{}",
        question(
            "m1",
            1,
            &multiple("Un mot de passe long", "Ma date de naissance")
        )
    );
    assert!(length_warnings(&src).is_empty());
}
