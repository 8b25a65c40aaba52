use super::*;
use crate::testing::{answer_all, parse, sample_bank};

fn find<'a>(bank: &'a Bank, id: &str) -> &'a Question {
    bank.questions.iter().find(|q| q.id == id).unwrap()
}

#[test]
fn a_question_is_its_wording_then_each_choice_with_its_number() {
    let b = sample_bank();
    let s = question(find(&b, "s1"), &[2, 0, 1], false, Lang::Fr);
    assert_eq!(
        s.text(),
        "Un SMS vous demande de payer 1 euro 99 pour un colis que vous n'attendez pas. \
         Que faites-vous ?\n\
         Réponse 1 : Je réponds au message.\n\
         Réponse 2 : Je supprime le message.\n\
         Réponse 3 : Je paie, c'est peu cher.\n\
         Réponse 0 : Je ne sais pas."
    );
    // The FALC wording when FALC is on.
    let falc = question(find(&b, "s1"), &[0, 1, 2], true, Lang::Fr);
    assert_eq!(
        falc.lines[0],
        "Un SMS demande de l'argent pour un colis. Que faites-vous ?"
    );
}

#[test]
fn each_kind_of_question_says_what_to_do() {
    let b = sample_bank();
    let m = question(find(&b, "m1"), &[0, 1, 2], false, Lang::Fr);
    assert_eq!(m.lines[1], "Plusieurs réponses sont possibles.");
    assert_eq!(m.lines.len(), 6);
    let t = question(find(&b, "t1"), &[], false, Lang::Fr);
    assert_eq!(t.lines[1], "Écrivez votre réponse.");
    assert_eq!(t.lines.len(), 2);
    let tasks = parse(include_str!("../../../tests/fixtures/tasks.toml"));
    let typing = question(find(&tasks, "taper-bonjour"), &[], false, Lang::Fr);
    assert!(
        typing.lines[1].starts_with("Le texte à écrire : "),
        "{typing:?}"
    );
    let obs = question(find(&tasks, "obs-souris"), &[0, 1, 2], false, Lang::Fr);
    assert!(
        obs.lines[0].starts_with("Question pour le médiateur"),
        "{obs:?}"
    );
    assert_eq!(obs.lines.last().unwrap(), "Réponse 0 : Pas observé");
    let order = parse(include_str!("../../../tests/fixtures/order.toml"));
    let o = question(&order.questions[0], &[1, 0, 2, 3], false, Lang::Fr);
    assert_eq!(o.lines[1], "Remettez ces éléments dans le bon ordre.");
    assert!(o.lines[2].starts_with("Numéro 1 : "), "{o:?}");
}

#[test]
fn results_are_the_message_to_the_person_then_the_trainings() {
    let b = sample_bank();
    let o = answer_all(&b, |_| false);
    let s = results(&o, lang_of(&b));
    assert_eq!(
        s.text(),
        "Votre résultat : Premiers pas.\n\
         Vous débutez : on va vous accompagner.\n\
         Formations conseillées :\n\
         Commencer par un accompagnement individuel.\n\
         Formation 1 : Accompagnement individuel."
    );
    let english = results(&o, Lang::En);
    assert_eq!(english.lines[0], "Your result: Premiers pas.");
}

#[test]
fn the_introduction_and_the_voice_language() {
    let b = sample_bank();
    let s = intro(&b);
    assert_eq!(s.lines[0], "Banque d'exemple");
    assert_eq!(s.lines[1], "Quatre questions pour les tests.");
    assert!(s.lines[2].contains("Je ne sais pas"), "{s:?}");
    let mut english = b.clone();
    english.lang = "en-GB".into();
    assert_eq!(lang_of(&english), Lang::En);
    english.lang = "de".into();
    assert_eq!(lang_of(&english), Lang::Fr);
}
