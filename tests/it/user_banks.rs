//! The user's banks folder: a bank there is found by id, can replace a shipped one (how a
//! lieu adapts the catalogue), and an invalid one is listed with its first error.

use std::fs;

use diagnum::bank::source::Library;
use diagnum::commands::{list, picker_entries};
use diagnum::i18n::{Lang, Tr};

const SAMPLE: &str = include_str!("../fixtures/sample.toml");

#[test]
fn user_banks_are_found_listed_and_override_shipped_ones() {
    let dir = tempfile::tempdir().unwrap();
    let banks = dir.path();
    fs::write(
        banks.join("perso.toml"),
        SAMPLE.replace("id = \"exemple\"", "id = \"perso\""),
    )
    .unwrap();
    fs::write(
        banks.join("abc.toml"),
        SAMPLE
            .replace("id = \"exemple\"", "id = \"abc-diag\"")
            .replace("Banque d'exemple", "ABC du lieu"),
    )
    .unwrap();
    fs::copy("tests/invalid/duplicate-id.toml", banks.join("casse.toml")).unwrap();
    let lib = Library::new(Some(banks.to_path_buf()));
    let tr = Tr::new(Lang::Fr);

    let text = list(&lib, &tr);
    assert!(
        text.contains("perso : Banque d'exemple (4 questions)"),
        "{text}"
    );
    assert!(
        text.contains("abc-diag : ABC du lieu (4 questions)"),
        "{text}"
    );
    assert_eq!(
        text.matches("abc-diag :").count(),
        1,
        "the shipped abc-diag is hidden: {text}"
    );
    assert!(
        text.contains("casse.toml:23:6: erreur : identifiant « debut » déjà utilisé plus haut"),
        "{text}"
    );

    let entries = picker_entries(&lib, &tr);
    assert_eq!(
        entries[0].bank.as_ref().unwrap().id,
        "abc-diag",
        "default bank first"
    );
    let broken = entries
        .iter()
        .find(|e| e.bank.is_err())
        .expect("invalid bank listed");
    assert!(broken.bank.as_ref().unwrap_err().contains("déjà utilisé"));
    assert_eq!(
        lib.resolve("perso")
            .unwrap()
            .loaded
            .value
            .unwrap()
            .questions
            .len(),
        4
    );
}

#[test]
fn bank_text_cannot_send_escape_sequences() {
    let evil = SAMPLE.replace(
        "title = \"Banque d'exemple\"",
        "title = \"Banque\\u001b[2J\\u001b]0;pwned\\u0007 ok\"",
    );
    let bank = diagnum::bank::parse_bank(&evil, &|_| diagnum::bank::CatalogLookup::Missing)
        .value
        .unwrap();
    assert!(
        !bank.title.chars().any(char::is_control),
        "{:?}",
        bank.title
    );
    assert_eq!(bank.title, "Banque[2J]0;pwned ok");
}

/// The entry limits: a big generated bank is fine, past the limit a clear error says so.
#[test]
fn too_many_paliers_is_one_clear_error() {
    let mut many = String::new();
    for i in 0..101 {
        many += &format!(
            "[[paliers]]\nid = \"p{i}\"\ntitle = \"P{i}\"\nmin_percent = {}\nlearner = \"a\"\nmediator = \"b\"\n\n",
            i.min(100)
        );
    }
    let at = SAMPLE.find("[[paliers]]").unwrap();
    let text = format!("{}{many}{}", &SAMPLE[..at], &SAMPLE[at..]);
    let loaded = diagnum::bank::parse_bank(&text, &|_| diagnum::bank::CatalogLookup::Missing);
    assert!(loaded.value.is_none());
    let msg = format!("{:?}", loaded.problems);
    assert!(msg.contains("TooManyEntries"), "{msg}");
    assert!(msg.contains("max: 100"), "{msg}");
}

/// A FIFO named like a bank is left out: opening it would wait for a writer forever.
#[cfg(unix)]
#[test]
fn a_fifo_in_the_banks_folder_does_not_hang_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let banks = dir.path().to_path_buf();
    fs::write(
        banks.join("perso.toml"),
        SAMPLE.replace("id = \"exemple\"", "id = \"perso\""),
    )
    .unwrap();
    let made = std::process::Command::new("mkfifo")
        .arg(banks.join("tube.toml"))
        .status()
        .unwrap();
    assert!(made.success());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let lib = Library::new(Some(banks));
        let _ = tx.send(list(&lib, &Tr::new(Lang::Fr)));
    });
    let text = rx
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("the list does not wait on the FIFO");
    assert!(text.contains("perso : Banque d'exemple"), "{text}");
}
