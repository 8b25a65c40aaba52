//! The JSON Schema against `check`, on one bank and its variants (each one mistake a
//! trainer makes, from the trainer test): the schema never rejects a bank `check`
//! accepts (an editor must not underline a valid bank), and what it lets through that
//! `check` rejects is the list below: references between sections, counts and rules
//! JSON Schema cannot say.

use std::fs;

use diagnum::bank::{CatalogLookup, parse_bank};

use super::schema::schema_errors;

/// (name, text replaced, replacement): one mistake each, in templates/parcours.toml.
const VARIANTS: &[(&str, &str, &str)] = &[
    // Rejected by both.
    ("level-text", "level = 3", "level = \"3\""),
    ("level-9", "level = 3", "level = 9"),
    ("type-unknown", "type = \"text\"", "type = \"qcu\""),
    (
        "unknown-field",
        "prompt_falc = \"Vous",
        "promtp_falc = \"Vous",
    ),
    ("id-accent", "id = \"secu-avis\"", "id = \"sécu-avis\""),
    ("percent-150", "below_percent = 70", "below_percent = 150"),
    (
        "accept-empty-list",
        "accept = [\"remboursement-rapide.com\", \"remboursement-rapide\"]",
        "accept = []",
    ),
    (
        "accept-on-single",
        "level = 3\nprompt = \"Quel raccourci",
        "accept = [\"x\"]\nlevel = 3\nprompt = \"Quel raccourci",
    ),
    (
        "scoring-on-single",
        "level = 3\nprompt = \"Quel raccourci",
        "scoring = \"partial\"\nlevel = 3\nprompt = \"Quel raccourci",
    ),
    (
        "choices-on-text",
        "tolerance = { punctuation = false }",
        "tolerance = { punctuation = false }\nchoices = [{ text = \"a\" }, { text = \"b\" }]",
    ),
    (
        "choices-on-self",
        "prompt = \"Je sais reconnaître",
        "choices = [{ text = \"a\" }, { text = \"b\" }]\nprompt = \"Je sais reconnaître",
    ),
    (
        "key-on-type-task",
        "text = \"jean.dupont@laposte.net\"",
        "text = \"jean.dupont@laposte.net\"\nkey = \"a\"",
    ),
    ("task-missing", "task = \"key\"\n", ""),
    ("text-missing", "text = \"jean.dupont@laposte.net\"\n", ""),
    (
        "choices-missing",
        "choices = [\n  { text = \"Ctrl + V\", correct = true },\n  { text = \"Ctrl + C\", feedback = \"Ctrl + C copie ; pour coller, c'est Ctrl + V.\" },\n  { text = \"Ctrl + P\", feedback = \"Ctrl + P sert à imprimer.\" },\n]\n",
        "",
    ),
    (
        "prompt-empty",
        "prompt = \"Je sais reconnaître un message d'arnaque.\"",
        "prompt = \"\"",
    ),
    (
        "prompt-blank",
        "prompt = \"Je sais reconnaître un message d'arnaque.\"",
        "prompt = \"   \"",
    ),
    (
        "choice-text-empty",
        "{ text = \"Ctrl + P\", feedback",
        "{ text = \"\", feedback",
    ),
    (
        "competence-both",
        "competence = \"securite\"\nlevel = 1",
        "competence = \"securite\"\ncompetences = [\"securite\"]\nlevel = 1",
    ),
    (
        "competence-missing",
        "competence = \"securite\"\nlevel = 1\n",
        "level = 1\n",
    ),
    ("no-crcn-no-domain", "crcn = \"4.1\"\n", ""),
    (
        "when-no-comparator",
        "{ competence = \"securite\", below_percent = 70 }",
        "{ competence = \"securite\" }",
    ),
    (
        "when-two-comparators",
        "{ competence = \"securite\", below_percent = 70 }",
        "{ competence = \"securite\", below_percent = 70, at_least_level = 1 }",
    ),
    (
        "minutes-huge",
        "estimated_minutes = 5",
        "estimated_minutes = 99999999999",
    ),
    // Rejected by check only: see the list at the end.
    ("key-escape", "key = \"entree\"", "key = \"echap\""),
    ("key-unknown", "key = \"entree\"", "key = \"barre-espace\""),
    (
        "duplicate-id",
        "id = \"secu-avis\"",
        "id = \"secu-mot-de-passe\"",
    ),
    (
        "unknown-competence",
        "competence = \"securite\"\nlevel = 1",
        "competence = \"sécurité\"\nlevel = 1",
    ),
    (
        "unknown-training",
        "recommend = [\"atelier-arnaques\"]",
        "recommend = [\"atelier-arnaque\"]",
    ),
    (
        "no-correct-choice",
        "{ text = \"Ctrl + V\", correct = true }",
        "{ text = \"Ctrl + V\" }",
    ),
    (
        "first-palier-not-zero",
        "min_percent = 0",
        "min_percent = 10",
    ),
    // Accepted by both.
    ("key-capitals", "key = \"entree\"", "key = \"Entree\""),
];

/// The variants `check` rejects and the schema cannot: ids and references across
/// sections, counts of right choices, the order of paliers, key names (written in any
/// case). Not tried here: `level = 3.0`, which check refuses and draft 7 counts as an
/// integer (this test's reader is stricter and refuses it too).
const CHECK_ONLY: &[&str] = &[
    "key-escape",
    "key-unknown",
    "duplicate-id",
    "unknown-competence",
    "unknown-training",
    "no-correct-choice",
    "first-palier-not-zero",
];

#[test]
fn the_schema_rejects_what_it_can_of_what_check_rejects() {
    let base = fs::read_to_string("templates/parcours.toml").unwrap();
    let check_errors = |text: &str| {
        parse_bank(text, &|_| CatalogLookup::Missing)
            .errors()
            .map(|p| p.kind.code())
            .collect::<Vec<_>>()
    };
    assert!(check_errors(&base).is_empty());
    assert!(
        schema_errors(&base).is_empty(),
        "{:?}",
        schema_errors(&base)
    );
    let mut check_only = Vec::new();
    for (name, from, to) in VARIANTS {
        let text = base.replacen(from, to, 1);
        assert!(text != base, "{name}: nothing replaced");
        let check = check_errors(&text);
        // A variant the TOML reader itself refuses has no JSON to compare.
        let Ok(_) = toml::from_str::<toml::Value>(&text) else {
            assert!(!check.is_empty(), "{name}");
            continue;
        };
        let schema = schema_errors(&text);
        assert!(
            schema.is_empty() || !check.is_empty(),
            "{name}: the schema rejects a bank check accepts: {schema:?}"
        );
        if schema.is_empty() && !check.is_empty() {
            check_only.push(*name);
        }
    }
    assert_eq!(check_only, CHECK_ONLY);
}
