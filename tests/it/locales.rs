//! Every message exists in French and English, every file parses, and every key the code
//! asks for exists (this replaces compile-time checking of Fluent ids).

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use fluent_syntax::ast::Entry;
use fluent_syntax::parser;

fn ids(lang: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for f in fs::read_dir(Path::new("locales").join(lang)).unwrap() {
        let path = f.unwrap().path();
        let src = fs::read_to_string(&path).unwrap();
        let res = parser::parse(src.as_str())
            .unwrap_or_else(|(_, errs)| panic!("{}: {errs:?}", path.display()));
        for e in res.body {
            match e {
                Entry::Message(m) => assert!(
                    out.insert(m.id.name.to_string()),
                    "duplicate {} in {lang}",
                    m.id.name
                ),
                Entry::Junk { content } => panic!("{}: junk {content:?}", path.display()),
                _ => {}
            }
        }
    }
    out
}

#[test]
fn french_and_english_have_the_same_keys() {
    let fr = ids("fr");
    let en = ids("en");
    let only_fr: Vec<_> = fr.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&fr).collect();
    assert!(
        only_fr.is_empty() && only_en.is_empty(),
        "only fr: {only_fr:?}\nonly en: {only_en:?}"
    );
}

/// Literal ids passed to t("…") / t_args("…") / tr.t(…) in the sources, the ids in
/// tables and calls (`Some("…")`, `button("…", …)`, `("…", …)`) and the `"xxx-yyy"`
/// ids returned by key tables (e.g. `"hints-picker"`).
fn keys_in_code(dir: &Path, out: &mut BTreeSet<String>) {
    for f in fs::read_dir(dir).unwrap() {
        let path = f.unwrap().path();
        if path.is_dir() {
            keys_in_code(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let src = fs::read_to_string(&path).unwrap();
            for pat in ["(\"", "=> \""] {
                for (i, _) in src.match_indices(pat) {
                    let rest = &src[i + pat.len()..];
                    let id: String = rest
                        .chars()
                        .take_while(|c| c.is_ascii_lowercase() || *c == '-' || c.is_ascii_digit())
                        .collect();
                    let word = id.starts_with(|c: char| c.is_ascii_lowercase());
                    if rest[id.len()..].starts_with('"') && id.contains('-') && word {
                        out.insert(id);
                    }
                }
            }
        }
    }
}

/// Strings the scan picks up that are not message ids: bank, question and session ids used
/// in tests, and prefixes matched with `starts_with`.
const NOT_KEYS: &[&str] = &[
    "no-such-key",
    "bib-2026",
    "grands-debutants",
    "obs-souris",
    "taper-bonjour",
    "ma-banque",
    "a-accompagner",
    "a-consolider",
    "abc-diag",
    "mess-",
    "pc-",
    "tel-",
    "cat-",
    "kiosk-",
    "bank-",
    "warn-",
];

#[test]
fn every_key_used_in_code_exists() {
    let fr = ids("fr");
    let mut used = BTreeSet::new();
    keys_in_code(Path::new("src"), &mut used);
    assert!(used.len() > 50, "scan found only {} keys", used.len());
    let missing: Vec<_> = used
        .iter()
        .filter(|k| !fr.contains(*k) && !k.starts_with("cli-") && !NOT_KEYS.contains(&k.as_str()))
        .collect();
    assert!(missing.is_empty(), "missing in locales/fr: {missing:?}");
}
