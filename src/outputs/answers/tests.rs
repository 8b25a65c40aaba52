use rand::SeedableRng;
use rand::rngs::StdRng;

use super::*;
use crate::i18n::Lang;
use crate::testing::{parse, sample_bank};

/// Answers every question with what `pick` says for its id.
fn session(bank: crate::bank::Bank, pick: impl Fn(&str) -> Answer) -> Session {
    let mut s = Session::new(bank, &mut StdRng::seed_from_u64(3));
    while let Some(q) = s.question() {
        let a = pick(&q.id);
        s.answer(a);
    }
    s
}

fn by_prompt<'a>(given: &'a [Given], start: &str) -> &'a Given {
    given
        .iter()
        .find(|g| g.prompt.starts_with(start))
        .unwrap_or_else(|| panic!("{start} not in {given:?}"))
}

#[test]
fn a_wrong_answer_is_told_from_dont_know_with_what_was_chosen() {
    let tr = Tr::new(Lang::Fr);
    let s = session(sample_bank(), |id| match id {
        "s1" => Answer::Choices(vec![1]),
        "m1" => Answer::Choices(vec![0]),
        "t1" => Answer::Text("navigateur".into()),
        _ => Answer::DontKnow,
    });
    let given = from_session(&s, &tr);
    assert_eq!(given.len(), 4, "{given:?}");
    let wrong = by_prompt(&given, "Un SMS");
    assert_eq!(wrong.mark, Mark::Wrong);
    assert_eq!(wrong.answer.as_deref(), Some("Je paie, c'est peu cher"));
    assert_eq!(wrong.right, ["Je supprime le message"]);
    let partly = by_prompt(&given, "Que faut-il");
    assert_eq!(partly.mark, Mark::Partly);
    let right = by_prompt(&given, "Comment s'appelle");
    assert_eq!((right.mark, right.right.len()), (Mark::Right, 0));
    let dont_know = by_prompt(&given, "Pour vous connecter");
    assert_eq!(dont_know.mark, Mark::DontKnow);
    assert_eq!(dont_know.answer, None);
    assert_eq!(dont_know.right, ["FranceConnect"]);

    let text = render(&given, true, &tr);
    assert!(
        text.contains("faux") && text.contains("je ne sais pas"),
        "{text}"
    );
    assert!(
        text.contains("Réponse donnée : Je paie, c'est peu cher"),
        "{text}"
    );
    assert!(text.contains("Bonne réponse : FranceConnect"), "{text}");
    assert_eq!(
        tally(&given, &tr),
        "Réponses : 1 juste, 1 en partie, 1 faux, 1 je ne sais pas, 0 non évalué."
    );
}

#[test]
fn tasks_not_run_and_opinions_are_neither_right_nor_wrong() {
    let tr = Tr::new(Lang::Fr);
    let bank = parse(include_str!("../../../tests/fixtures/tasks.toml"));
    let s = session(bank, |id| match id {
        "touche-entree" => Answer::Task {
            attempts: 3,
            success: false,
        },
        "taper-bonjour" => Answer::Text("bonjour madame".into()),
        "avis-photo" => Answer::Rating(Rating::WithHelp),
        "obs-souris" => Answer::DontKnow,
        _ => Answer::NotEvaluated,
    });
    let given = from_session(&s, &tr);
    let key = by_prompt(&given, "Appuyez");
    assert_eq!(key.mark, Mark::Wrong);
    assert_eq!(key.right, ["la touche Entrée"]);
    assert!(
        key.answer.as_deref().unwrap().contains("3 essais"),
        "{key:?}"
    );
    let typed = by_prompt(&given, "Tapez");
    assert_eq!(typed.mark, Mark::Wrong, "{typed:?}");
    assert_eq!(typed.right, ["Bonjour Madame"]);
    assert_eq!(typed.answer.as_deref(), Some("bonjour madame"));
    let click = by_prompt(&given, "Cliquez");
    assert_eq!(
        (click.mark, click.answer.as_ref()),
        (Mark::NotEvaluated, None)
    );
    let opinion = by_prompt(&given, "Je sais envoyer");
    assert_eq!(opinion.mark, Mark::Opinion);
    assert_eq!(opinion.answer.as_deref(), Some("Avec de l'aide"));
    // An observation not made is left out of the scores, not failed.
    assert_eq!(by_prompt(&given, "La personne").mark, Mark::NotEvaluated);
}

#[test]
fn without_the_bank_the_stored_result_still_tells_wrong_from_dont_know() {
    let tr = Tr::new(Lang::Fr);
    let s = session(sample_bank(), |id| match id {
        "s1" => Answer::Choices(vec![2]),
        "d1" => Answer::DontKnow,
        "m1" => Answer::Choices(vec![0, 1]),
        _ => Answer::Text("navigateur".into()),
    });
    let given = from_outcome(&s.outcome());
    assert_eq!(given.len(), 2, "{given:?}");
    let wrong = by_prompt(&given, "Un SMS");
    assert_eq!(wrong.mark, Mark::Wrong);
    assert_eq!(wrong.answer.as_deref(), Some("Je réponds au message"));
    assert_eq!(
        by_prompt(&given, "Pour vous connecter").mark,
        Mark::DontKnow
    );
    let text = render(&given, false, &tr);
    assert!(text.contains(&tr.t("answers-partial")), "{text}");
}
