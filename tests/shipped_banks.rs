//! The banks shipped in questions/ (embedded in the binary) load with no error and no
//! warning, as `diagnum check` sees them.

use std::path::Path;

use diagnum::bank::source::{Library, embedded};
use diagnum::check::check_file;
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
