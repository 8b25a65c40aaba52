//! A session file written before input was cleaned (or edited by hand) with escape
//! sequences in every text it holds: the bank title, the pseudonym, the commune, the age
//! band, typed answers, and the titles and labels of its result. Every way of reading it
//! back shows them inert: the listing, `show`, `compare`, the fiche (text and HTML) and the
//! exports (CSV and JSON).

use crate::common;

use std::path::Path;
use std::process::Output;

use serde_json::Value;

/// OSC 52 (writes the clipboard), OSC 0 (the window title), CSI 2J in 7 and 8 bits, a bidi
/// override, and a tab.
const EVIL: &str = "\u{1b}]52;c;aGk=\u{7}\u{1b}]0;TITRE\u{7}\u{1b}[2J\u{9b}2J\u{202e}\t";

/// Strings that must stay as they are for the file to be read (ids, times, codes).
const KEPT: &[&str] = &[
    "v",
    "t",
    "id",
    "bank",
    "bank_version",
    "bank_hash",
    "started",
    "lang",
    "mode",
    "at",
    "q",
    "crcn",
    "answer",
    "service",
    "category",
    "device",
    "coop",
    "question_id",
];

/// Every `"key":"value"` of the line gets the sequence at the start of its value, written as
/// JSON writes it (keys keep their order: the export looks for how lines start).
fn poison(line: &str) -> (String, usize) {
    let evil = serde_json::to_string(EVIL).unwrap();
    let evil = &evil[1..evil.len() - 1];
    let parts: Vec<&str> = line.split("\":\"").collect();
    let mut out = parts[0].to_string();
    let mut poisoned = 0;
    for pair in parts.windows(2) {
        let key = pair[0].rsplit('"').next().unwrap();
        out.push_str("\":\"");
        if !KEPT.contains(&key) && !pair[1].starts_with('"') {
            out.push_str(evil);
            poisoned += 1;
        }
        out.push_str(pair[1]);
    }
    (out, poisoned)
}

/// Two finished abc-diag sessions of one person with a typed answer, then every text in
/// them poisoned. Returns their numbers.
fn poisoned_sessions(data: &Path) -> Vec<String> {
    for seed in ["1", "2"] {
        let mut run = common::french();
        run.args(["--data-dir", data.to_str().unwrap(), "run", "abc-diag"])
            .args(["--plain", "--seed", seed])
            .args(["--pseudo", "Lou", "--commune", "Roubaix"])
            .args(["--age-band", "60-69"]);
        let o = common::with_stdin(run, &"bonjour\n?\n".repeat(40));
        assert!(o.status.success(), "{o:?}");
    }
    let mut ids = Vec::new();
    for day in std::fs::read_dir(data.join("sessions")).unwrap() {
        for file in std::fs::read_dir(day.unwrap().path()).unwrap() {
            let file = file.unwrap().path();
            let name = file.file_name().unwrap().to_str().unwrap().to_string();
            let Some(stem) = name
                .strip_suffix(".jsonl")
                .filter(|_| !name.starts_with('.'))
            else {
                continue;
            };
            let mut poisoned = 0;
            let mut out = String::new();
            for line in std::fs::read_to_string(&file).unwrap().lines() {
                let (line, n) = poison(line);
                serde_json::from_str::<Value>(&line).expect("still JSON");
                poisoned += n;
                out.push_str(&line);
                out.push('\n');
            }
            assert!(out.contains("\\u001b]52") && out.contains('\u{9b}'));
            assert!(poisoned > 50, "{poisoned} texts poisoned");
            std::fs::write(&file, out).unwrap();
            ids.push(stem.rsplit('-').next().unwrap().to_string());
        }
    }
    assert_eq!(ids.len(), 2);
    ids
}

fn assert_inert(what: &str, o: &Output) {
    assert!(o.status.success(), "{what}: {o:?}");
    let all = [&o.stdout[..], &o.stderr[..]].concat();
    let text = String::from_utf8_lossy(&all);
    assert!(
        text.contains("]52;c;aGk="),
        "{what} did not show the poisoned texts:\n{text}"
    );
    for c in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\t'] {
        assert!(!text.contains(c), "{what} printed {c:?}:\n{text:?}");
    }
}

#[test]
fn every_output_of_an_old_session_file_is_inert() {
    let dir = tempfile::tempdir().unwrap();
    let ids = poisoned_sessions(dir.path());
    let id = ids[0].clone();
    let data = dir.path().to_str().unwrap();
    let results = |args: &[&str]| {
        let mut all = vec!["results"];
        all.extend_from_slice(args);
        common::in_data(std::path::Path::new(data), &all)
    };
    assert_inert("results --plain", &results(&["--plain"]));
    let show = results(&["show", &id]);
    assert_inert("results show", &show);
    // The result line was read (not skipped as damaged): its poisoned labels are shown.
    let shown = String::from_utf8_lossy(&show.stdout);
    assert!(shown.contains("2J Utiliser son téléphone"), "{shown}");
    assert_inert("results compare", &results(&["compare", &ids[0], &ids[1]]));
    let print = results(&["print", &id]);
    assert_inert("results print", &print);
    assert!(!String::from_utf8_lossy(&print.stdout).contains("pas été terminé"));
    assert_inert(
        "results print --format html",
        &results(&["print", &id, "--format", "html"]),
    );
    let note = format!("note{EVIL}");
    assert_inert(
        "results print --note",
        &results(&["print", &id, "--note", &note]),
    );
    let csv = results(&["export", "--with-names"]);
    assert_inert("results export", &csv);
    let csv = String::from_utf8_lossy(&csv.stdout);
    assert!(csv.contains("Roubaix") && csv.contains("Lou"), "{csv}");
    let json = results(&["export", "--format", "json", "--with-names"]);
    assert_inert("results export --format json", &json);
    let rows: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(
        !rows.to_string().contains("\\u001b"),
        "the JSON holds no escaped ESC either"
    );
}
