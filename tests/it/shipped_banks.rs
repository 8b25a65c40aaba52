//! The banks shipped in questions/ (embedded in the binary) load with no error and no
//! warning, as `diagnum check` sees them.

use std::path::Path;

use diagnum::authoring::check::check_file;
use diagnum::bank::source::{Library, embedded};
use diagnum::i18n::{Lang, Tr};

#[test]
fn every_shipped_file_passes_check_without_warning() {
    let lib = Library::new(None);
    let tr = Tr::new(Lang::Fr);
    assert!(!embedded().is_empty());
    for (name, _) in embedded() {
        let path = Path::new("questions").join(name);
        let (out, ok) = check_file(&lib, &path, &tr);
        assert!(ok, "{out}");
        assert!(!out.contains("avertissement"), "{out}");
    }
}

#[test]
fn the_default_bank_is_embedded_and_usable() {
    let entries = Library::new(None).entries();
    let abc = entries
        .iter()
        .find_map(|e| e.loaded.value.as_ref().filter(|b| b.id == "abc-diag"))
        .expect("abc-diag");
    assert!(abc.questions.len() >= 8);
    assert!(abc.competences.len() >= 3);
    assert!(abc.lieu.is_some(), "the catalogue's lieu reaches the bank");
}

#[test]
fn every_file_of_questions_is_embedded() {
    let mut on_disk: Vec<String> = std::fs::read_dir("questions")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| {
            std::path::Path::new(n)
                .extension()
                .is_some_and(|e| e == "toml")
        })
        .collect();
    on_disk.sort();
    let mut shipped: Vec<String> = embedded().iter().map(|(n, _)| n.to_string()).collect();
    shipped.sort();
    assert_eq!(on_disk, shipped);
    for (name, text) in embedded() {
        assert_eq!(
            *text,
            std::fs::read_to_string(Path::new("questions").join(name)).unwrap()
        );
    }
}
