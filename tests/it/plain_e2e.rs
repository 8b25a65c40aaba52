//! The real binary in `--plain` mode with piped answers, as a script or a screen reader
//! user would run it. Expected levels are worked out by hand from the sample bank:
//! messagerie has a level-1 and a level-2 question, both right → 8 + 8 pix → level 2.

use crate::common;

use std::process::Output;
const SAMPLE: &str = "tests/fixtures/sample.toml";

fn run(args: &[&str], stdin: &str) -> Output {
    let data = tempfile::tempdir().unwrap();
    let mut c = common::french();
    c.args(args).env("DIAGNUM_DATA_DIR", data.path());
    common::with_stdin(c, stdin)
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn full_plain_run_prints_levels_palier_and_orientation() {
    // s1 right, m1 both right boxes, t1 with a typo (tolerated), d1 "je ne sais pas" (a
    // wrong pick would cost a third of a point more: see `scoring::guess_cost`).
    let o = run(
        &["run", SAMPLE, "--plain", "--seed", "5"],
        "1\n1 2\nnavigatuer\n0\n",
    );
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("Question 1 sur 4 (Échanger par messagerie)"),
        "{out}"
    );
    assert!(out.contains("1. Je supprime le message"), "{out}");
    // The person reads words, not levels, counts, CRCN or APTIC codes (the médiateur
    // finds them in `results show`).
    assert!(out.contains("Votre résultat : Autonome."), "{out}");
    assert!(
        out.contains("Échanger par messagerie : bien acquis."),
        "{out}"
    );
    assert!(
        out.contains("Naviguer sur Internet : bien acquis."),
        "{out}"
    );
    assert!(
        out.contains("Faire ses démarches en ligne : à découvrir."),
        "{out}"
    );
    for jargon in [
        "niveau",
        "CRCN",
        "APTIC",
        "bonne réponse sur",
        "Pour le médiateur",
    ] {
        assert!(!out.contains(jargon), "{jargon}: {out}");
    }
    // Démarches below 50 % → the démarches training, not the beginners' one (palier "debut" only).
    assert!(
        out.contains(
            "  - Démarches en ligne\n    2 séances de 2 h, \
             2 chèques pass numérique, Aide aux démarches administratives.\n"
        ),
        "{out}"
    );
    assert!(!out.contains("Accompagnement individuel"), "{out}");
    // What was missed is explained.
    assert!(
        out.contains("FranceConnect permet d'utiliser un compte que vous avez déjà."),
        "{out}"
    );
}

#[test]
fn all_dont_know_gives_first_palier_and_beginner_training() {
    let o = run(&["run", SAMPLE, "--plain"], "?\n?\n?\n?\n");
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0));
    assert!(out.contains("Votre résultat : Premiers pas."), "{out}");
    assert!(out.contains("  - Accompagnement individuel"), "{out}");
    assert!(
        !out.contains("  - Démarches en ligne"),
        "stop = true keeps later rules out: {out}"
    );
}

#[test]
fn stdin_ending_early_prints_what_is_known_and_exits_3() {
    let o = run(&["run", SAMPLE, "--plain"], "1\n");
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(3), "{out}");
    assert!(
        out.contains("Diagnostic interrompu : résultats calculés sur 1 question répondue sur 4."),
        "{out}"
    );
    // One answer is no verdict: no level, no palier, no training, and an offer to resume.
    assert!(
        out.contains("Échanger par messagerie : pas assez de réponses pour le dire."),
        "{out}"
    );
    assert!(out.contains("Naviguer sur Internet : non évaluée"), "{out}");
    assert!(
        out.contains("Pas assez de réponses pour conclure."),
        "{out}"
    );
    assert!(!out.contains("Votre résultat"), "{out}");
    assert!(!out.contains("  - Accompagnement individuel"), "{out}");
    assert!(out.contains("diagnum run --resume"), "{out}");
}

#[test]
fn wrong_input_is_explained_and_asked_again_in_english() {
    let o = run(
        &["--lang", "en", "run", SAMPLE, "--plain"],
        "7\nabc\n1\n?\n?\n?\n",
    );
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert_eq!(
        out.matches(
            "Answer not understood: type a number between 1 and 3, or 0 if you don't know."
        )
        .count(),
        2,
        "{out}"
    );
    assert!(out.contains("Your result: Premiers pas."), "{out}");
}

#[test]
fn embedded_bank_runs_with_no_files_around() {
    let o = run(&["run", "abc-diag", "--plain"], &"?\n".repeat(40));
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("Votre résultat : On démarre ensemble."),
        "{out}"
    );
}

#[test]
fn unknown_bank_and_invalid_bank_fail_with_a_clear_message() {
    let o = run(&["run", "pas-une-banque", "--plain"], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("Banque introuvable : « pas-une-banque »"));
    let o = run(&["run", "tests/invalid/duplicate-id.toml", "--plain"], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("tests/invalid/duplicate-id.toml:23:6: erreur : identifiant « debut » déjà utilisé plus haut"));
}

#[test]
fn check_exit_status() {
    assert_eq!(run(&["check", SAMPLE], "").status.code(), Some(0));
    assert_eq!(
        run(&["check", SAMPLE, "tests/invalid/wrong-type.toml"], "")
            .status
            .code(),
        Some(1)
    );
}

#[test]
fn help_is_french_by_default_and_english_on_request() {
    let fr = stdout(&run(&["--help"], ""));
    assert!(
        fr.contains("Faire passer un diagnostic") && fr.contains("Afficher cette aide"),
        "{fr}"
    );
    let en = stdout(&run(&["--help", "--lang", "en"], ""));
    assert!(
        en.contains("Run a diagnostic") && en.contains("Show this help"),
        "{en}"
    );
}

#[test]
fn falc_shows_the_plain_language_wording() {
    let o = run(&["run", SAMPLE, "--plain", "--falc"], "?\n?\n?\n?\n");
    let out = stdout(&o);
    assert!(
        out.contains("Un SMS demande de l'argent pour un colis. Que faites-vous ?"),
        "{out}"
    );
    assert!(!out.contains("1,99 €"), "{out}");
    // A question without FALC wording keeps its usual prompt.
    assert!(
        out.contains("Que faut-il pour envoyer un courriel ?"),
        "{out}"
    );
}

#[test]
fn adaptive_bank_counts_questions_without_a_total_and_stops_early() {
    let o = run(
        &[
            "run",
            "tests/fixtures/adaptive.toml",
            "--plain",
            "--seed",
            "3",
        ],
        &"1\n".repeat(10),
    );
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(
        out.contains("Au plus 5 questions, souvent beaucoup moins"),
        "{out}"
    );
    assert!(
        out.contains("Question 1 (Prendre en main le matériel) · encore 4 au plus"),
        "{out}"
    );
    assert!(!out.contains("Question 1 sur"), "{out}");
    // All right: each tube's top question settles the rest; two questions are enough.
    assert!(out.contains("Question 2 "), "{out}");
    assert!(!out.contains("Question 3 "), "{out}");
    assert!(
        out.contains("Prendre en main le matériel : bien acquis."),
        "{out}"
    );
}

/// Key and click tasks need the full screen: in `--plain` they are left out and said so,
/// never counted as failed; typing, observations and self-assessments work line by line.
#[test]
fn plain_mode_neutralises_key_and_click_tasks() {
    // Typing right, observation "avec de l'aide", then from the self-assessment back twice
    // (the second time over the clicks) to the typing, typed again with a mistake,
    // observation again, self-assessment "seul(e)".
    let o = run(
        &["run", "tests/fixtures/tasks.toml", "--plain"],
        "Bonjour Madame\n2\n<\n<\nbonjour Madame\n2\n1\n",
    );
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("3 questions, environ 5 minutes"), "{out}");
    assert!(
        out.contains(
            "« Appuyez sur la touche Entrée. » : cet exercice se fait seulement dans l'écran plein"
        ),
        "{out}"
    );
    assert!(
        out.contains("Question 1 sur 3 (Prendre en main le matériel)"),
        "{out}"
    );
    assert!(
        out.contains("Tapez exactement ce texte, puis appuyez sur Entrée :\n  Bonjour Madame"),
        "{out}"
    );
    assert!(
        out.contains("Question 2 sur 3 (Prendre en main le matériel)\nQuestion pour le médiateur"),
        "{out}"
    );
    assert!(out.contains("2. Avec de l'aide"), "{out}");
    assert!(
        out.contains("Réponse donnée avant : Bonjour Madame"),
        "back went to the typing: {out}"
    );
    // Typing wrong (0) + observation with help (0.5) out of 2; the three tasks left out.
    assert!(
        out.contains("Prendre en main le matériel : à renforcer.\n      non évalué ici : 3 exercices ou observations"),
        "{out}"
    );
    assert!(
        out.contains(
            "Utiliser une messagerie : non évaluée.\n      votre avis : 100 % (1 réponse)"
        ),
        "{out}"
    );
    assert!(
        out.contains("  - Cliquez une fois sur le bouton OK avec la souris."),
        "{out}"
    );
    assert!(
        out.contains("Vous avez tapé : « bonjour Madame » (13 caractères justes sur 14).\n    À regarder : « b » au lieu de « B »."),
        "{out}"
    );
}

/// What a screen reader reads: text lines only (no box drawing, arrows or bars), every
/// question announced with its number, choices as "1. …" with "0. Je ne sais pas", and
/// results as sentences (no "bonne(s)").
#[test]
fn plain_output_is_plain_sentences_for_screen_readers() {
    let o = run(
        &["run", "abc-diag", "--plain", "--seed", "1"],
        &"0\n".repeat(16),
    );
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    // abc-diag asks 16 questions in --plain, the device first ("je ne sais pas" counts as
    // both): its key and click tasks are left out.
    for n in 1..=16 {
        let head = format!("Question {n} sur 16 (");
        assert!(out.contains(&head), "{head}\n{out}");
    }
    // Two of the sixteen are typed (two free texts): "0" is their (wrong) answer, with
    // no list.
    assert_eq!(out.matches("\n0. Je ne sais pas\n").count(), 14, "{out}");
    assert!(!out.contains("(s)"), "{out}");
    // Arrows and box drawing of the full screen (a bank text may show a key symbol: ⇧).
    let drawing = |c: char| matches!(c as u32, 0x2190..=0x2193 | 0x2500..=0x25FF);
    assert!(!out.chars().any(drawing), "{out}");
    assert!(!out.contains("[#") && !out.contains('\x1b'), "{out}");
    // Each result line is a sentence.
    let results = &out[out.find("Compétences :").unwrap()..];
    for line in results.lines().filter(|l| l.starts_with("  - ")).take(7) {
        assert!(line.ends_with('.'), "{line}");
    }
}

/// scripts/bench.sh times a whole ABC diag from benches/abc-diag.answers: when the bank
/// changes, this says the answers no longer go to the end (the benchmark would stop short).
#[test]
fn the_benchmark_answers_still_finish_the_abc_diag() {
    let answers = std::fs::read_to_string("benches/abc-diag.answers").unwrap();
    let o = run(&["run", "abc-diag", "--plain", "--seed", "1"], &answers);
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(0), "{out}");
    assert!(out.contains("Question 16 sur 16"), "{out}");
    assert!(out.contains("Votre résultat : Autonome."), "{out}");
}
