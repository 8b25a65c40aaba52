//! Every file in tests/invalid/ holds one mistake a trainer commonly makes; `check` must
//! report it exactly as in the `.expected` file beside it, and fail.

use std::fs;
use std::path::Path;

use diagnum::bank::source::Library;
use diagnum::check::check_file;
use diagnum::i18n::{Lang, Tr};

#[test]
fn each_invalid_fixture_gives_its_exact_message() {
    let dir = Path::new("tests/invalid");
    let lib = Library::new(None);
    let tr = Tr::new(Lang::Fr);
    let mut seen = 0;
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let expected = fs::read_to_string(path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("missing .expected for {}", path.display()));
        let (out, ok) = check_file(&lib, &path, &tr);
        assert!(!ok, "{} should be invalid", path.display());
        assert_eq!(out, expected, "message for {}", path.display());
        seen += 1;
    }
    assert!(seen >= 10, "only {seen} fixtures");
}

#[test]
fn the_fixtures_base_is_valid_so_each_file_tests_one_mistake() {
    // The first fixture with its one mistake undone must pass.
    let src = fs::read_to_string("tests/invalid/competence-typo.toml")
        .unwrap()
        .replace("\"mesagerie\"", "\"messagerie\"");
    let loaded = diagnum::bank::parse_bank(&src, &|_| diagnum::bank::CatalogLookup::Missing);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
}
