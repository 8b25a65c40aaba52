//! Every file in tests/invalid/ holds one mistake a trainer commonly makes; `check` must
//! report it exactly as in the `.expected` file beside it (and `.en.expected` with
//! `--lang en`, when there is one). Files named `warn-…` hold a mistake that leaves the
//! bank usable: `check` warns and succeeds; every other file fails.

use std::fs;
use std::path::Path;

use diagnum::authoring::check::check;
use diagnum::bank::source::Library;
use diagnum::i18n::{Lang, Tr};

#[test]
fn each_invalid_fixture_gives_its_exact_message() {
    let dir = Path::new("tests/invalid");
    let lib = Library::new(None);
    let tr = Tr::new(Lang::Fr);
    let mut seen = 0;
    let mut english = 0;
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let expected = fs::read_to_string(path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("missing .expected for {}", path.display()));
        let report = check(&lib, &path, &tr);
        let name = path.file_name().unwrap().to_string_lossy();
        if name.starts_with("warn-") {
            assert_eq!(report.errors(), 0, "{name} should only warn");
            assert!(report.warnings() > 0, "{name} should warn");
        } else {
            assert!(report.errors() > 0, "{name} should be invalid");
        }
        assert_eq!(report.text(&tr), expected, "message for {}", path.display());
        if let Ok(en) = fs::read_to_string(path.with_extension("en.expected")) {
            assert_eq!(report.text(&Tr::new(Lang::En)), en, "English for {name}");
            english += 1;
        }
        seen += 1;
    }
    assert!(seen >= 30, "only {seen} fixtures");
    assert!(english >= 3, "only {english} English fixtures");
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
