use crate::authoring::convert::ImportedKind;

use super::*;
use crate::authoring::convert::markup::MediaLabels;

fn labels() -> Labels {
    Labels {
        general: "Général".into(),
        true_: "Vrai".into(),
        false_: "Faux".into(),
        media: MediaLabels::default(),
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
        ImportedKind::Single { choices, .. } if !choices[1].correct
    ));
    assert_eq!(
        out.notes[0].kind,
        NoteKind::PartialWrong {
            answer: "b".into(),
            percent: "50".into()
        }
    );
    // Unequal weights are said; several `=` make a multiple, said too.
    let out = parse(
        "Q ?{~%33.33333%a ~%66.66667%b ~c}\n\nR ?{=a =b ~c}",
        &labels(),
    );
    let kinds: Vec<_> = out.notes.iter().map(|n| n.kind.clone()).collect();
    assert_eq!(kinds, [NoteKind::UnequalWeights, NoteKind::SeveralRight]);
}

#[test]
fn partial_credit_on_a_short_answer_counts_as_wrong_with_its_feedback() {
    let out = parse(
        "Q ?{=Nazareth =%25%Bethlehem#Born there, not raised. =%0%*#Completely wrong}",
        &labels(),
    );
    let ImportedKind::Text { accept, wrong, .. } = &out.questions[0].kind else {
        panic!()
    };
    assert_eq!(accept, &["Nazareth"]);
    assert_eq!(
        wrong,
        &[("Bethlehem".into(), "Born there, not raised.".into())]
    );
    let kinds: Vec<_> = out.notes.iter().map(|n| n.kind.clone()).collect();
    assert_eq!(
        kinds,
        [
            NoteKind::PartialWrong {
                answer: "Bethlehem".into(),
                percent: "25".into()
            },
            NoteKind::CatchAll
        ]
    );
}

#[test]
fn an_answer_of_signs_makes_punctuation_count() {
    let out = parse(
        "Le signe des adresses mail ?{=@ =arobase =arobas}",
        &labels(),
    );
    let ImportedKind::Text { tolerance, .. } = &out.questions[0].kind else {
        panic!()
    };
    assert_eq!(tolerance, &[("punctuation".into(), "false".into())]);
    assert_eq!(out.notes[0].kind, NoteKind::Punctuation("@".into()));
}

#[test]
fn answers_without_spaces_and_a_lone_short_answer_read_as_in_moodle() {
    let q = one("Was that film {~as~=like} all his other ones?");
    assert_eq!(q.prompt, "Was that film _____ all his other ones?");
    let ImportedKind::Single { choices, .. } = &q.kind else {
        panic!("{:?}", q.kind)
    };
    let texts: Vec<_> = choices.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["as", "like"]);
    assert!(choices[1].correct);
    let q = one("How do you write 1? {One}");
    assert!(matches!(&q.kind, ImportedKind::Text { accept, .. } if accept == &["One"]));
    // Moodle's blank: no space added before a period.
    assert_eq!(
        one("Two plus two equals {=four =4}.").prompt,
        "Two plus two equals _____."
    );
}

#[test]
fn questions_without_a_blank_line_are_split_and_said() {
    let src = "::A::Quelle touche efface ?{=Retour arrière ~Entrée}\n\
               ::B::Quelle touche va à la ligne ?{~Retour arrière =Entrée}\n\
               Le Wi-Fi est gratuit ici.{T}\n";
    let out = parse(src, &labels());
    let ids: Vec<_> = out.questions.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "q-3"]);
    assert_eq!(out.questions[1].prompt, "Quelle touche va à la ligne ?");
    let lines: Vec<_> = out.notes.iter().map(|n| (n.line, n.kind.clone())).collect();
    assert_eq!(
        lines,
        [
            (2, NoteKind::MissingBlankLine),
            (3, NoteKind::MissingBlankLine)
        ]
    );
    // A missing word goes on over the next line: not a new question.
    let q = one("Grant is {~buried =entombed} in Grant's\ntomb.");
    assert_eq!(q.prompt, "Grant is _____ in Grant's\ntomb.");
}

#[test]
fn a_byte_order_mark_and_windows_line_ends_change_nothing() {
    let src =
        "// quiz\r\n$CATEGORY: $course$/top/Sécurité\r\n\r\n::Q1::Le Wi-Fi est gratuit ici.{T}\r\n";
    let plain = parse(src, &labels());
    let bom = parse(&format!("\u{feff}{src}"), &labels());
    assert_eq!(plain, bom);
    assert_eq!(bom.competences[0].id, "securite");
    assert_eq!(bom.questions[0].prompt, "Le Wi-Fi est gratuit ici.");
    let first = parse("\u{feff}::Q1::Vrai ?{T}", &labels());
    assert_eq!(first.questions[0].prompt, "Vrai ?");
}

#[test]
fn html_is_removed_from_every_text_of_the_question() {
    let src = "::Cert1::[html]<p dir\\=\"ltr\">Qu&rsquo;est-ce ?<br></p>{\n\
               ~<p>Un <b>DOI</b></p>#<i>Non</i>\n\
               =<p>La politique&nbsp;de la revue</p>\n\
               ~[plain]blue # [moodle]wrong, it's <b>yellow</b>\n\
               ####<p>Le peer-review…<br></p>\n}";
    let out = parse(src, &labels());
    let q = &out.questions[0];
    assert_eq!(q.prompt, "Qu’est-ce ?");
    assert_eq!(q.explanation.as_deref(), Some("Le peer-review…"));
    let ImportedKind::Single { choices, .. } = &q.kind else {
        panic!()
    };
    let texts: Vec<_> = choices
        .iter()
        .map(|c| (c.text.as_str(), c.feedback.as_deref()))
        .collect();
    assert_eq!(
        texts,
        [
            ("Un DOI", Some("Non")),
            ("La politique\u{a0}de la revue", None),
            ("blue", Some("wrong, it's yellow"))
        ]
    );
    assert_eq!(out.formatted, 1);
    assert!(out.notes.is_empty(), "{:?}", out.notes);
    // HTML with no marker too, in Moodle's default format; markdown when marked.
    let q = one("What's <b style=\"color:red;\">between</b> (<i>go</i>)?{=a ~b}");
    assert_eq!(q.prompt, "What's between (go)?");
    let q = one("[markdown]Who's buried in **Grant's tomb**?{FALSE}");
    assert_eq!(q.prompt, "Who's buried in Grant's tomb?");
}

#[test]
fn media_cloze_and_misplaced_feedback_are_reported() {
    let src = "::QLIII02:: What is the Capital of <img src=\"data:image/png;base64,iVBO\">?{\n\
               =Brussels\n~Paris\n}\n\n\
               After {1:MC:~a~=an~the} incredible 859 days, {1:MC:~=a~an} man\n\
               walked {1:SA:=on}.\n\n\
               I {=tell} you a {=secret}.\n\n\
               ::QLIII01:: Paris is the Capital of Europe. {F}\n#### Paris is the capital of France\n";
    let out = parse(src, &labels());
    assert_eq!(out.questions.len(), 2);
    assert_eq!(out.questions[0].prompt, "What is the Capital of [image]?");
    assert_eq!(out.questions[1].prompt, "Paris is the Capital of Europe.");
    assert_eq!(
        out.questions[1].explanation.as_deref(),
        Some("Paris is the capital of France")
    );
    let kinds: Vec<_> = out.notes.iter().map(|n| (n.line, n.kind.clone())).collect();
    assert_eq!(
        kinds,
        [
            (
                1,
                NoteKind::Media {
                    kind: "image",
                    count: 1
                }
            ),
            (6, NoteKind::Unsupported("cloze")),
            (9, NoteKind::SeveralBlocks),
            (11, NoteKind::LateFeedback),
        ]
    );
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
