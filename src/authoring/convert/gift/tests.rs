use crate::authoring::convert::ImportedKind;

use super::*;

fn labels() -> Labels {
    Labels {
        general: "Général".into(),
        true_: "Vrai".into(),
        false_: "Faux".into(),
    }
}

fn one(src: &str) -> ImportedQuestion {
    let out = parse(src, &labels());
    assert_eq!(out.questions.len(), 1, "{:?}", out.notes);
    out.questions[0].clone()
}

#[test]
fn escaped_signs_stay_in_the_text() {
    let q = one("::a\\:b::Combien font 2 \\= 2 \\{x\\} ?{=oui\\~non#bien \\# vu ~non}");
    assert_eq!(q.id, "a-b");
    assert_eq!(q.prompt, "Combien font 2 = 2 {x} ?");
    let ImportedKind::Single { choices, .. } = q.kind else {
        panic!("{:?}", q.kind)
    };
    assert_eq!(choices[0].text, "oui~non");
    assert_eq!(choices[0].feedback.as_deref(), Some("bien # vu"));
    assert!(choices[0].correct && !choices[1].correct);
}

#[test]
fn true_false_feedback_goes_to_the_choice_it_answers() {
    // GIFT: the first feedback is shown for a wrong answer, the second for a right one.
    let q = one("Le ciel est vert.{F#Non, il est bleu.#Exact.}");
    let ImportedKind::Single { choices, shuffle } = q.kind else {
        panic!()
    };
    assert_eq!(shuffle, Some(false));
    assert_eq!(
        (choices[0].text.as_str(), choices[0].correct),
        ("Vrai", false)
    );
    assert_eq!(choices[0].feedback.as_deref(), Some("Non, il est bleu."));
    assert_eq!(choices[1].feedback.as_deref(), Some("Exact."));
}

#[test]
fn weights_make_multiple_answers_and_partial_credit_is_noted() {
    let q = one("Q ?{~%50%a ~%50%b ~%-100%c}");
    assert!(
        matches!(&q.kind, ImportedKind::Multiple { choices, partial: true, .. }
        if choices.iter().filter(|c| c.correct).count() == 2)
    );
    let out = parse("Q ?{=a ~%50%b ~c}", &labels());
    assert!(matches!(
        &out.questions[0].kind,
        ImportedKind::Single { .. }
    ));
    assert_eq!(out.notes[0].kind, NoteKind::Weights);
}

#[test]
fn short_answers_keep_wrong_answers_with_feedback_and_general_feedback() {
    let q = one("Q ?{=navigateur =%0%google#C'est un moteur.####Explication.}");
    assert_eq!(q.explanation.as_deref(), Some("Explication."));
    assert_eq!(
        q.kind,
        ImportedKind::Text {
            accept: vec!["navigateur".into()],
            wrong: vec![("google".into(), "C'est un moteur.".into())],
            tolerance: vec![],
        }
    );
}

#[test]
fn categories_become_competences_and_notes_give_the_line() {
    let src = "// commentaire\n$CATEGORY: $course$/top/Cours/Sécurité\n\n::a::Q1 ?{T}\n\n\
               ::b::Numérique ?{#3:1}\n\nQ3 {\n=oui\n~non\n}\n";
    let out = parse(src, &labels());
    assert_eq!(out.competences[0].id, "securite");
    assert_eq!(out.competences[0].label, "Sécurité");
    assert_eq!(out.questions.len(), 2);
    assert_eq!(out.questions[1].line, 8);
    assert_eq!(out.questions[1].id, "q-2");
    assert_eq!(
        out.notes,
        [Note {
            line: 6,
            kind: NoteKind::Unsupported("numerical")
        }]
    );
}

#[test]
fn diagnum_comments_bring_back_what_gift_cannot_say() {
    let src = "// diagnum competence=materiel domain=Prise en main du matériel\n$CATEGORY: $course$/top/Matériel\n\n\
               // diagnum level=3 tube=clavier shuffle=false scoring=all_or_nothing falc=Une phrase simple.\n\
               ::q::Q ?{~%50%a ~%50%b ~%-100%c}\n";
    let out = parse(src, &labels());
    assert_eq!(out.competences[0].id, "materiel");
    assert_eq!(
        out.competences[0].domain.as_deref(),
        Some("Prise en main du matériel")
    );
    let q = &out.questions[0];
    assert_eq!((q.level, q.tube.as_deref()), (3, Some("clavier")));
    assert_eq!(q.prompt_falc.as_deref(), Some("Une phrase simple."));
    assert!(matches!(
        q.kind,
        ImportedKind::Multiple {
            partial: false,
            shuffle: Some(false),
            ..
        }
    ));
}
