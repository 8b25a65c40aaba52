//! Fixtures shared by the unit tests.

use std::fmt::Write;

use crate::bank::{Bank, CatalogLookup, parse_bank};
pub use crate::diagnostic::simulate::run as answer_all;

pub const SAMPLE: &str = include_str!("../tests/fixtures/sample.toml");

pub fn sample_bank() -> Bank {
    parse(SAMPLE)
}

pub fn parse(src: &str) -> Bank {
    let loaded = parse_bank(src, &|_| CatalogLookup::Missing);
    loaded
        .value
        .unwrap_or_else(|| panic!("test bank invalid: {:?}", loaded.problems))
}

/// A bank shipped in questions/, loaded with its catalogue.
pub fn shipped(id: &str) -> Bank {
    crate::bank::source::Library::new(None)
        .resolve(id)
        .ok()
        .and_then(|e| e.loaded.value)
        .unwrap_or_else(|| panic!("shipped bank {id} invalid"))
}

/// An adaptive bank with one competence and the given tubes, one question per level; the
/// right choice of each question is the first. Question ids are "tube-level".
pub fn tube_bank(tubes: &[(&str, &[u8])], max_questions: Option<usize>) -> Bank {
    let mut s = String::from(
        "schema = \"diagnum/1\"\n[bank]\nid = \"tubes\"\ntitle = \"Tubes\"\nversion = \"1\"\n\
         lang = \"fr\"\nestimated_minutes = 5\nmode = \"adaptive\"\nshuffle_choices = false\n",
    );
    if let Some(m) = max_questions {
        let _ = writeln!(s, "max_questions = {m}");
    }
    s.push_str(
        "[[competences]]\nid = \"c\"\nlabel = \"C\"\ncrcn = \"1.1\"\n\
         [[paliers]]\nid = \"p\"\ntitle = \"P\"\nmin_percent = 0\nlearner = \"l\"\nmediator = \"m\"\n",
    );
    for (tube, levels) in tubes {
        for l in *levels {
            let _ = write!(
                s,
                "[[questions]]\nid = \"{tube}-{l}\"\ntype = \"single\"\ncompetence = \"c\"\n\
                 tube = \"{tube}\"\nlevel = {l}\nprompt = \"{tube} {l}\"\n\
                 choices = [{{ text = \"oui\", correct = true }}, {{ text = \"non\" }}]\n"
            );
        }
    }
    parse(&s)
}
