//! `diagnum kiosk` from the outside: the code hashed by `hash-code` (real rounds) is
//! accepted by `kiosk check`, a faulty config stops the kiosk before it starts with every
//! problem located, and without a terminal it refuses to start.

use crate::common;

use std::path::Path;
use std::process::Output;

fn run(data: &Path, args: &[&str], stdin: &str) -> Output {
    let mut c = common::french();
    c.args(args).env("DIAGNUM_DATA_DIR", data);
    common::with_stdin(c, stdin)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn hashed_code_is_accepted_by_check_and_never_printed_in_clear() {
    let data = tempfile::tempdir().unwrap();
    let o = run(data.path(), &["kiosk", "hash-code"], "Bib-2026\nBib-2026\n");
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    let line = text(&o.stdout);
    assert!(
        line.starts_with("admin_code = \"pbkdf2-sha256$600000$"),
        "{line}"
    );
    assert!(!line.contains("Bib-2026") && !text(&o.stderr).contains("Bib-2026"));
    assert!(text(&o.stderr).contains("Collez la ligne suivante"));
    // The data folder's kiosk.toml is used without --config.
    std::fs::write(
        data.path().join("kiosk.toml"),
        format!("banks = [\"abc-diag\"]\nidle_seconds = 90\n{line}"),
    )
    .unwrap();
    let o = run(data.path(), &["kiosk", "check"], "");
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(out.contains("kiosk.toml : configuration valide."), "{out}");
    assert!(out.contains("après 90 s sans touche"), "{out}");
    assert!(out.contains("Code administrateur : réglé"), "{out}");
}

#[test]
fn a_faulty_config_is_reported_like_check_and_the_kiosk_does_not_start() {
    let data = tempfile::tempdir().unwrap();
    let cfg = data.path().join("borne.toml");
    std::fs::write(
        &cfg,
        "banks = [\"abc-diag\"]\nidle_secondes = 90\nadmin_code = \"1234\"\n",
    )
    .unwrap();
    let path = cfg.display().to_string();
    for args in [
        vec!["kiosk", "--config", &path],
        vec!["kiosk", "check", "--config", &path],
    ] {
        let o = run(data.path(), &args, "");
        let err = text(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains(&format!(
                "{path}:2:1: erreur : champ inconnu « idle_secondes »"
            )),
            "{err}"
        );
        assert!(err.contains("vouliez-vous dire « idle_seconds »"), "{err}");
        assert!(
            err.contains(&format!(
                "{path}:3:14: erreur : le code administrateur est écrit en clair"
            )),
            "{err}"
        );
    }
}

#[test]
fn without_a_terminal_the_kiosk_says_so() {
    let data = tempfile::tempdir().unwrap();
    let o = run(data.path(), &["kiosk"], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(text(&o.stderr).contains("Le mode borne s'affiche en plein écran"));
}

#[test]
fn kiosk_help_is_translated() {
    let data = tempfile::tempdir().unwrap();
    let fr = text(&run(data.path(), &["kiosk", "--help"], "").stdout);
    assert!(
        fr.contains("Mode borne") && fr.contains("hash-code"),
        "{fr}"
    );
    assert!(fr.contains("Fichier de configuration de la borne"), "{fr}");
    let en = text(
        &run(
            data.path(),
            &["kiosk", "check", "--help", "--lang", "en"],
            "",
        )
        .stdout,
    );
    assert!(en.contains("Check the config and the banks"), "{en}");
}

#[test]
fn the_example_config_of_the_docs_is_valid() {
    let data = tempfile::tempdir().unwrap();
    let o = run(
        data.path(),
        &["kiosk", "check", "--config", "docs/kiosk/kiosk.toml"],
        "",
    );
    let out = text(&o.stdout);
    assert_eq!(o.status.code(), Some(0), "{}", text(&o.stderr));
    assert!(out.contains("Banques : Diagnostic rapide"), "{out}");
    assert!(out.contains("Code administrateur : aucun."), "{out}");
}
