use super::*;
use crate::bank::source::Library;
use crate::i18n::Lang;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn screen(p: &Preview, lang: Lang) -> String {
    let tr = Tr::new(lang);
    let mut t = Terminal::new(TestBackend::new(100, 30)).unwrap();
    t.draw(|f| {
        f.render_widget(
            view::Screen {
                preview: p,
                tr: &tr,
            },
            f.area(),
        );
    })
    .unwrap();
    let buf = t.backend().buffer().clone();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .trim_end()
                // Wrapping keeps « : » with its word by a no-break space.
                .replace('\u{a0}', " ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

use crate::i18n::Tr;

fn open(text: &str) -> (tempfile::TempDir, Preview) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.toml");
    std::fs::write(&path, text).unwrap();
    let p = Preview::open(Library::new(None), path);
    (dir, p)
}

/// The fourth question of the quick template.
const ORDER_QUESTION: &str = "dem-ordre-justificatif";

fn template() -> String {
    std::fs::read_to_string("templates/quick.toml").unwrap()
}

#[test]
fn each_question_shows_its_answers_feedback_explanation_and_both_wordings() {
    let (_d, mut p) = open(&template());
    assert_eq!(p.errors(), 0);
    let s = screen(&p, Lang::Fr);
    assert!(
        s.contains("Question 1 / 6 · mess-sms-colis · single"),
        "{s}"
    );
    assert!(
        s.contains("[juste] Je supprime le message sans cliquer"),
        "{s}"
    );
    assert!(s.contains("retour : Le petit montant"), "{s}");
    assert!(s.contains("Énoncé FALC"), "{s}");
    assert!(
        s.contains("Un SMS vous demande de payer pour un colis."),
        "{s}"
    );
    assert!(s.contains("C'est une arnaque courante."), "{s}");
    // Type a number and Enter: the text question.
    p.update(Msg::Digit(3));
    assert!(screen(&p, Lang::Fr).contains("Aller à la question 3"));
    p.update(Msg::Jump);
    let s = screen(&p, Lang::Fr);
    assert!(s.contains("mess-arobase · text"), "{s}");
    assert!(s.contains("[juste] arobase"), "{s}");
    assert!(s.contains("[faux]  a commercial"), "{s}");
    p.update(Msg::Last);
    assert_eq!(p.selected, 5);
    p.update(Msg::Down);
    assert_eq!(p.selected, 5);
    assert!(screen(&p, Lang::En).contains("The person answers: Alone"));
}

#[test]
fn a_reload_shows_the_errors_in_place_then_the_fixed_bank_on_the_same_question() {
    let (_d, mut p) = open(&template());
    p.update(Msg::Digit(4));
    p.update(Msg::Jump);
    assert_eq!(p.current_id().unwrap(), ORDER_QUESTION);
    let broken = template().replacen(
        "level = 2\nprompt = \"Remettez",
        "niveau = 2\nprompt = \"Remettez",
        1,
    );
    std::fs::write(&p.path, &broken).unwrap();
    p.update(Msg::Reload);
    assert!(p.errors() > 0);
    let s = screen(&p, Lang::Fr);
    assert!(s.contains("Le fichier a des erreurs"), "{s}");
    assert!(s.contains("champ inconnu « niveau »"), "{s}");
    assert!(s.contains("vouliez-vous dire « level »"), "{s}");
    std::fs::write(&p.path, template()).unwrap();
    p.update(Msg::Reload);
    assert_eq!(p.errors(), 0);
    assert_eq!(p.current_id().unwrap(), ORDER_QUESTION);
    assert!(screen(&p, Lang::Fr).contains("rechargé"));
}

#[test]
fn warnings_are_shown_with_the_question_they_are_about() {
    let text = template().replacen(
        "explanation = \"Le @ s'appelle l'arobase",
        "# explanation = \"Le @ s'appelle l'arobase",
        1,
    );
    let (_d, mut p) = open(&text);
    assert_eq!(p.errors(), 0);
    p.update(Msg::Digit(3));
    p.update(Msg::Jump);
    let s = screen(&p, Lang::Fr);
    assert!(s.contains("Problèmes de cette question"), "{s}");
    assert!(s.contains("n'a pas d'explication"), "{s}");
    assert!(s.contains(">!  3 mess-arobase"), "{s}");
    // The first question has none.
    p.update(Msg::First);
    assert!(!screen(&p, Lang::Fr).contains("Problèmes de cette question"));
    p.update(Msg::ToggleProblems);
    assert!(screen(&p, Lang::Fr).contains("Tous les problèmes du fichier"));
}
