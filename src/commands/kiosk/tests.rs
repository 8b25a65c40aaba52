use std::path::Path;

use super::{config_path, hash_code_with, load};
use crate::bank::source::Library;
use crate::i18n::{Lang, Tr};
use crate::kiosk::code::CodeHash;

fn fr() -> Tr {
    Tr::new(Lang::Fr)
}

fn write(dir: &Path, name: &str, text: &str) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

#[test]
fn no_config_runs_the_quick_diagnostic_with_safe_defaults() {
    let ready = load(&Library::new(None), None, &fr()).unwrap();
    // abc-diag, and its English version for newcomers.
    let ids: Vec<&str> = ready.banks.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(ids, ["abc-diag", "abc-diag-en"]);
    let s = ready.summary(&fr());
    assert!(
        s.starts_with("configuration par défaut : configuration valide."),
        "{s}"
    );
    assert!(s.contains("après 120 s sans touche, puis 30 s"), "{s}");
    assert!(s.contains("Code administrateur : aucun."), "{s}");
    assert!(s.contains("diagnum kiosk hash-code"), "{s}");
}

#[test]
fn the_data_folder_config_is_used_only_when_it_exists() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(config_path(None, Some(dir.path())), None);
    let p = write(dir.path(), "kiosk.toml", "");
    assert_eq!(config_path(None, Some(dir.path())), Some(p));
    let other = dir.path().join("autre.toml");
    assert_eq!(
        config_path(Some(other.clone()), Some(dir.path())),
        Some(other)
    );
}

#[test]
fn an_unknown_bank_is_pointed_at_with_the_closest_id() {
    let dir = tempfile::tempdir().unwrap();
    let p = write(
        dir.path(),
        "borne.toml",
        "banks = [\"abc-diag\", \"abc-diga\"]\n",
    );
    let err = load(&Library::new(None), Some(&p), &fr()).unwrap_err();
    let name = p.display().to_string();
    assert!(
        err.starts_with(&format!(
            "{name}:1:22: erreur : banque introuvable : « abc-diga »"
        )),
        "{err}"
    );
    let caret = format!("\n  | {}^^^^^^^^^^\n", " ".repeat(21));
    assert!(err.contains(&caret), "{err}");
    assert!(err.contains("vouliez-vous dire « abc-diag » ?"), "{err}");
}

#[test]
fn a_bank_file_beside_the_config_is_found_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        "tests/fixtures/sample.toml",
        dir.path().join("atelier.toml"),
    )
    .unwrap();
    let p = write(
        dir.path(),
        "borne.toml",
        "banks = [\"atelier.toml\"]\nprint = true\nprinter = \"Accueil\"\n",
    );
    let ready = load(&Library::new(None), Some(&p), &fr()).unwrap();
    assert_eq!(ready.banks[0].id, "exemple");
    assert!(
        ready
            .summary(&fr())
            .contains("oui, sur « Accueil » (lp -d Accueil)")
    );
    let setup = ready.setup(None, Lang::En);
    assert_eq!(setup.printer.unwrap().args, ["-d", "Accueil"]);
    assert_eq!(
        setup.lang,
        Lang::En,
        "no lang in the config: the command line's"
    );
    let broken = write(
        dir.path(),
        "cassee.toml",
        "schema = \"diagnum/1\"\n[bank]\n",
    );
    let p = write(dir.path(), "borne.toml", "banks = [\"cassee.toml\"]\n");
    let err = load(&Library::new(None), Some(&p), &fr()).unwrap_err();
    assert!(
        err.contains(":1:10: erreur : la banque « cassee.toml » a des erreurs"),
        "{err}"
    );
    assert!(
        err.contains(&format!("diagnum check {}", broken.display())),
        "{err}"
    );
}

#[test]
fn a_missing_config_file_is_an_error_not_the_defaults() {
    let err = load(
        &Library::new(None),
        Some(Path::new("/nulle/part/borne.toml")),
        &fr(),
    );
    assert!(
        err.unwrap_err()
            .starts_with("Impossible de lire « /nulle/part/borne.toml »")
    );
}

#[test]
fn hash_code_reads_twice_and_prints_a_line_the_config_accepts() {
    let line = hash_code_with(&mut "bib-2026\nbib-2026\n".as_bytes(), false, 1000, &fr()).unwrap();
    let value = line
        .strip_prefix("admin_code = \"")
        .and_then(|l| l.strip_suffix("\"\n"))
        .unwrap();
    assert!(!line.contains("bib-2026"));
    let c = crate::kiosk::config::parse(&line).value.unwrap();
    assert!(c.admin_code.unwrap().verify("bib-2026"));
    assert!(CodeHash::parse(value).is_some());
}

#[test]
fn hash_code_refuses_short_different_or_missing_codes() {
    let run = |input: &str| hash_code_with(&mut input.as_bytes(), false, 1000, &fr()).unwrap_err();
    assert!(run("123\n123\n").contains("trop court"));
    assert!(run("1234\n1243\n").contains("différents"));
    assert!(run("1234\n").contains("Annulé"));
}
