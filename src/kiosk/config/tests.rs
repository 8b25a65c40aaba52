use std::time::Duration;

use super::{BankRef, KioskConfig, parse};
use crate::i18n::{Lang, Tr};
use crate::kiosk::code::CodeHash;
use crate::problems::render::render_all;

/// The problems as `diagnum kiosk` prints them.
fn report(src: &str) -> String {
    let loaded = parse(src);
    assert!(loaded.value.is_none(), "should be refused:\n{src}");
    render_all(&loaded.problems, "borne.toml", src, &Tr::new(Lang::Fr))
}

#[test]
fn an_empty_file_gives_the_safe_defaults() {
    let c = parse("# rien\n").value.unwrap();
    assert_eq!(c, KioskConfig::default());
    assert_eq!(c.banks[0].name, "abc-diag");
    assert_eq!(c.idle.after, Duration::from_secs(120));
    assert!(c.admin_code.is_none() && !c.print);
}

#[test]
fn every_key_is_read() {
    let hash = CodeHash::new("4821", b"sel", 1000);
    let src = format!(
        "banks = [\"abc-diag\", \"mes-banques/atelier.toml\"]\nlang = \"en\"\n\
         idle_seconds = 90\ncountdown_seconds = 20\nadmin_code = \"{hash}\"\n\
         print = true\nprinter = \" Accueil \"\nspeak = true\nspeech_rate = 70\n"
    );
    let c = parse(&src).value.unwrap();
    assert_eq!(
        c.banks.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(),
        ["abc-diag", "mes-banques/atelier.toml"]
    );
    let BankRef { span, .. } = &c.banks[1];
    assert_eq!(&src[span.clone().unwrap()], "\"mes-banques/atelier.toml\"");
    assert_eq!(c.lang, Some(Lang::En));
    assert_eq!(c.idle.after, Duration::from_secs(90));
    assert_eq!(c.idle.countdown, Duration::from_secs(20));
    assert!(c.admin_code.unwrap().verify("4821"));
    assert!(c.print);
    assert_eq!(c.printer.as_deref(), Some("Accueil"));
    assert!(c.speak);
    assert_eq!(c.speech_rate.map(crate::speech::Rate::percent), Some(70));
}

#[test]
fn a_speech_rate_a_voice_cannot_take_is_refused() {
    let out = report("speak = true\nspeech_rate = 300\n");
    assert!(
        out.contains("borne.toml:2:15: erreur : « speech_rate » vaut 300 : il faut un pourcentage"),
        "{out}"
    );
    assert!(report("speech_rate = -5\n").contains("entre 50 et 200"));
}

#[test]
fn a_typo_in_a_key_points_at_it_with_a_suggestion() {
    let out = report("banks = [\"abc-diag\"]\nidle_secondes = 60\n");
    assert_eq!(
        out,
        "borne.toml:2:1: erreur : champ inconnu « idle_secondes »\n  |\n2 | idle_secondes = 60\n  | ^^^^^^^^^^^^^\n  = aide : vouliez-vous dire « idle_seconds » ?\n\n"
    );
}

#[test]
fn out_of_range_and_wrong_types_are_located() {
    let out = report("idle_seconds = 3\ncountdown_seconds = \"30\"\n");
    assert!(
        out.contains("borne.toml:1:16: erreur : « idle_seconds » vaut 3 : il faut un nombre de secondes entre 10 et 3600"),
        "{out}"
    );
    assert!(
        out.contains(
            "borne.toml:2:21: erreur : type incorrect : on attend un nombre entier, pas un texte"
        ),
        "{out}"
    );
    // A bare word is a TOML syntax error, named for what it is: the document is not read
    // further.
    let out = report("print = oui\n");
    assert!(
        out.starts_with("borne.toml:1:9: erreur : « oui » n'est pas une valeur")
            && out.contains("écrivez print = true"),
        "{out}"
    );
}

#[test]
fn a_code_in_clear_is_refused_and_the_fix_is_given() {
    let out = report("admin_code = \"4821\"\n");
    assert!(out.contains("borne.toml:1:14: erreur : "), "{out}");
    assert!(out.contains("en clair"), "{out}");
    assert!(out.contains("diagnum kiosk hash-code"), "{out}");
    let cut = CodeHash::new("4821", b"sel", 1000).to_string();
    let out = report(&format!("admin_code = \"{}\"\n", &cut[..cut.len() - 3]));
    assert!(out.contains("incomplète ou abîmée"), "{out}");
}

#[test]
fn every_problem_is_reported_in_one_run() {
    let out = report("banks = []\nlang = \"de\"\nidle_seconds = -5\nprinter = \"\"\nzoom = 2\n");
    let firsts: Vec<&str> = out
        .lines()
        .filter(|l| l.starts_with("borne.toml:"))
        .collect();
    assert_eq!(firsts.len(), 5, "{out}");
    assert!(firsts[0].contains("« banks » est vide"), "{out}");
    assert!(firsts[1].contains("valeur inconnue « de »"), "{out}");
    assert!(firsts[2].contains("vaut -5"), "{out}");
    assert!(firsts[3].contains("« printer » est vide"), "{out}");
    assert!(firsts[4].contains("champ inconnu « zoom »"), "{out}");
}
