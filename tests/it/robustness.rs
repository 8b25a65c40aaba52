//! The loader meets files written by hand: no input may make it panic or hang. Random
//! text and the shipped banks mutated at random go through the loader, the checker's
//! report, and (when they still load) a whole session; GIFT and Aiken text through the
//! import, whose bank must always load.

use proptest::prelude::*;

use diagnum::bank::source::embedded;
use diagnum::bank::{CatalogLookup, parse_bank, parse_catalog};
use diagnum::commands::convert::{ImportFormat, errors_of, import_text};
use diagnum::diagnostic::simulate;
use diagnum::i18n::{Lang, Tr};
use diagnum::problems::render::render_all;

fn bases() -> Vec<String> {
    let mut b: Vec<String> = embedded().iter().map(|(_, t)| t.to_string()).collect();
    for f in [
        "templates/quick.toml",
        "templates/parcours.toml",
        "tests/fixtures/tasks.toml",
    ] {
        b.push(std::fs::read_to_string(f).unwrap());
    }
    b
}

/// Pieces a hand-edited bank gets wrong: brackets, quotes, headers, out-of-range values.
const PIECES: &[&str] = &[
    "[",
    "]",
    "[[",
    "]]",
    "{",
    "}",
    "\"",
    "'",
    "\"\"\"",
    "=",
    ",",
    "\n",
    "#",
    "\\",
    ".",
    "[[questions]]\n",
    "[[paliers]]\n",
    "[[orientation]]\n",
    "[bank]\n",
    "[[competences]]\n",
    "level = 0\n",
    "level = 255\n",
    "level = -1\n",
    "correct = true",
    "type = \"order\"\n",
    "type = \"task\"\n",
    "task = \"click\"\n",
    "min_percent = 100\n",
    "min_percent = 4294967295\n",
    "mode = \"adaptive\"\n",
    "max_questions = 0\n",
    "accept = []\n",
    "accept = [\"\"]\n",
    "items = [\"a\"]\n",
    "choices = []\n",
    "competence = \"x\"\n",
    "tube = \"t\"\n",
    "when = [{ competence = \"x\", below_level = 0 }]\n",
    "recommend = []\n",
    "typo_ratio = 1e308\n",
    "é",
    "\u{202e}",
    "\u{0}",
    "\r\n",
    "\t",
    "💥",
];

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, usize),
    DuplicateLine(usize),
    SwapLines(usize, usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 0..200usize).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<usize>(), 0..PIECES.len()).prop_map(|(a, p)| Edit::Insert(a, p)),
        any::<usize>().prop_map(Edit::DuplicateLine),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
    ]
}

fn boundary(s: &str, i: usize) -> usize {
    let mut i = i % (s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(mut s: String, edits: &[Edit]) -> String {
    for e in edits {
        match *e {
            Edit::Delete(at, n) => {
                let a = boundary(&s, at);
                let b = boundary(&s, a.saturating_add(n).min(s.len())).max(a);
                s.replace_range(a..b, "");
            }
            Edit::Insert(at, p) => {
                let a = boundary(&s, at);
                s.insert_str(a, PIECES[p]);
            }
            Edit::DuplicateLine(i) | Edit::SwapLines(i, _) if s.is_empty() => {
                let _ = i;
            }
            Edit::DuplicateLine(i) => {
                let mut lines: Vec<&str> = s.lines().collect();
                let i = i % lines.len().max(1);
                if let Some(l) = lines.get(i).copied() {
                    lines.insert(i, l);
                }
                s = lines.join("\n");
            }
            Edit::SwapLines(i, j) => {
                let mut lines: Vec<&str> = s.lines().collect();
                let n = lines.len().max(1);
                if !lines.is_empty() {
                    lines.swap(i % n, j % n);
                }
                s = lines.join("\n");
            }
        }
    }
    s
}

/// Everything `check` and a run do with a file: none of it may panic. (How fast is for
/// the benchmarks: a time limit here failed on a loaded machine.)
fn exercise(text: &str) {
    let tr = Tr::new(Lang::Fr);
    let loaded = parse_bank(text, &|_| CatalogLookup::Missing);
    let _ = render_all(&loaded.problems, "f.toml", text, &tr);
    for p in &loaded.problems {
        let _ = (p.kind.message(&tr), p.kind.hint(&tr), p.kind.code());
    }
    if let Some(bank) = &loaded.value {
        let _ = simulate::run(bank, |_| true);
        let _ = simulate::run(bank, |q| q.id.len() % 2 == 0);
    }
    let _ = parse_catalog(text);
}

/// A few seconds in CI; `PROPTEST_CASES=5000` for a longer hunt.
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(48))]

    #[test]
    fn mutated_shipped_banks_never_panic(base in 0..6usize, edits in prop::collection::vec(edit(), 1..12)) {
        let bases = bases();
        let text = apply(bases[base % bases.len()].clone(), &edits);
        exercise(&text);
    }

    #[test]
    fn random_text_never_panics(text in "(\\PC|[\\[\\]{}\"'=#\n])*") {
        exercise(&text);
    }

    #[test]
    fn imported_banks_always_load(text in "((::[a-z ]{0,8}::)?[a-zé ?]{0,20}\\{([=~](%-?[0-9]{1,3}%)?[a-z@ ]{0,8}(#[a-z]{0,5})? ?){0,5}(####[a-z]{0,6})?\\}\n\n|T|F|\\{|\\}|\\\\|\\$CATEGORY: [a-z/]{0,10}\n|// diagnum [a-z_=0-9 ]{0,30}\n|[A-D][.)] [a-z]{0,6}\n|ANSWER: [A-E]\n|\n){0,20}") {
        let tr = Tr::new(Lang::Fr);
        for format in [ImportFormat::Gift, ImportFormat::Aiken] {
            let imported = import_text(format, &text, &tr);
            if !imported.questions.is_empty() {
                let bank = imported.to_toml("essai", "essai.gift", &tr);
                prop_assert_eq!(errors_of(&bank), 0, "{}\n---\n{}", text, bank);
            }
        }
    }
}

/// Found by the property above: a note quoting an answer with a newline in it (`\` then a
/// line break) broke the comment at the top of the bank written.
#[test]
fn a_note_quoting_a_line_break_stays_a_comment() {
    let tr = Tr::new(Lang::Fr);
    let imported = import_text(ImportFormat::Gift, "{\\\n{}}", &tr);
    assert_eq!(imported.questions.len(), 1);
    let bank = imported.to_toml("essai", "essai.gift", &tr);
    assert_eq!(errors_of(&bank), 0, "{bank}");
}

/// A reader that goes away (`diagnum run … --plain | head`) ends the run quietly, with
/// the shell's status for it, instead of a panic or an error message.
#[test]
fn a_closed_output_ends_quietly() {
    use std::io::Write;
    use std::process::Stdio;
    let data = tempfile::tempdir().unwrap();
    let mut child = crate::common::french()
        .args(["run", "abc-diag", "--plain", "--data-dir"])
        .arg(data.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Closed before the program writes anything.
    drop(child.stdout.take());
    let _ = child.stdin.take().unwrap().write_all(b"?\n?\n");
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(141));
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
