//! Real Moodle quizzes written by others (Moodle's own fixtures and examples, a GIFT
//! grammar's test files, public course quizzes, a real French Moodle export, Moodle's Aiken
//! fixtures), read in place from `../shared/testdata`: skipped where that folder is absent.
//! Nearly every question Moodle would import comes in, with no HTML, format mark or
//! markdown left in any text, and every bank written passes `check`.

use std::fs;
use std::path::{Path, PathBuf};

use diagnum::bank::{CatalogLookup, parse_bank};
use diagnum::commands::convert::{ImportFormat, import};
use diagnum::i18n::{Lang, Tr};

const SHARED: &str = "../shared/testdata";

/// The questions of each folder that Moodle's importers make into types diagnum has
/// (multiple choice, true/false, short answer), counted by reading the files by Moodle's
/// rules (question/format/gift/format.php, aiken/format.php). Not counted: numerical,
/// matching, essay, descriptions, Cloze texts and questions with two answer blocks, which
/// Moodle's GIFT reader does not import as written either.
const IMPORTABLE: &[(&str, usize)] = &[
    ("gift/moodle", 41),
    ("gift/louvain", 83),
    ("gift/peg", 67),
    ("gift/utt", 391),
    ("aiken", 5),
];

fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    out.sort();
    out
}

/// What should not be left in a text shown to the person.
fn leftover(text: &str) -> Option<&'static str> {
    let tag = text.match_indices('<').any(|(i, _)| {
        let rest = &text[i + 1..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        rest.starts_with(|c: char| c.is_ascii_alphabetic())
            && rest
                .split_once('>')
                .is_some_and(|(inside, _)| !inside.contains('<'))
    });
    let entity = ["&nbsp;", "&amp;", "&lt;", "&gt;", "&quot;", "&#"]
        .iter()
        .any(|e| text.contains(e));
    let mark = ["[html]", "[moodle]", "[plain]", "[markdown]"]
        .iter()
        .any(|m| text.contains(m));
    if tag {
        Some("HTML tag")
    } else if entity {
        Some("HTML entity")
    } else if mark {
        Some("format mark")
    } else if text.contains("**") {
        Some("markdown")
    } else if text.contains('\u{feff}') {
        Some("byte order mark")
    } else {
        None
    }
}

fn texts(q: &toml::Value) -> Vec<String> {
    let mut out = Vec::new();
    let mut add = |v: Option<&toml::Value>| {
        if let Some(s) = v.and_then(toml::Value::as_str) {
            out.push(s.to_string());
        }
    };
    add(q.get("prompt"));
    add(q.get("explanation"));
    for c in q
        .get("choices")
        .and_then(|c| c.as_array())
        .into_iter()
        .flatten()
    {
        add(c.get("text"));
        add(c.get("feedback"));
    }
    for a in q
        .get("accept")
        .and_then(|c| c.as_array())
        .into_iter()
        .flatten()
    {
        add(Some(a));
    }
    for w in q
        .get("wrong")
        .and_then(|c| c.as_array())
        .into_iter()
        .flatten()
    {
        add(w.get("answer"));
        add(w.get("feedback"));
    }
    out
}

#[test]
fn real_moodle_quizzes_import_cleanly() {
    let root = Path::new(SHARED);
    if !root.is_dir() {
        eprintln!("{SHARED} absent: real quizzes not tried");
        return;
    }
    let tr = Tr::new(Lang::Fr);
    for (folder, importable) in IMPORTABLE {
        let format = if folder.starts_with("aiken") {
            ImportFormat::Aiken
        } else {
            ImportFormat::Gift
        };
        let mut imported = 0;
        for path in files(&root.join(folder)) {
            let Ok(done) = import(format, &path, &tr) else {
                continue; // nothing importable in it (only numerical questions…)
            };
            let loaded = parse_bank(&done.text, &|_| CatalogLookup::Missing);
            let errors: Vec<_> = loaded.errors().collect();
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
            let bank: toml::Value = toml::from_str(&done.text).unwrap();
            let questions = bank["questions"].as_array().unwrap();
            imported += questions.len();
            // Aiken is plain text: Moodle shows `<html>` in it as written.
            if format == ImportFormat::Aiken {
                continue;
            }
            for q in questions {
                for t in texts(q) {
                    assert!(
                        leftover(&t).is_none(),
                        "{}: {:?} left in {t:?}",
                        path.display(),
                        leftover(&t)
                    );
                }
            }
        }
        assert!(
            imported * 100 >= importable * 95,
            "{folder}: {imported} imported of {importable}"
        );
    }
}
