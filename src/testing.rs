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

/// The English screens are not kept as snapshots (each French one is, and the layouts are
/// the same): they are checked for what a translation can miss instead. No `[message-id]`
/// of a missing message, and none of the French interface's wordings (a message still in
/// French, or an English message that falls back to French). Bank text stays French in
/// both: the sample bank is written in French.
pub fn assert_english(name: &str, screen: &str) {
    let flat = flatten(screen);
    let bytes = flat.as_bytes();
    for (i, _) in flat.match_indices('[') {
        let id: String = flat[i + 1..]
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
            .collect();
        let closed = bytes.get(i + 1 + id.len()) == Some(&b']');
        assert!(
            !(closed && id.contains('-') && id.starts_with(|c: char| c.is_ascii_lowercase())),
            "{name}: message [{id}] missing in English\n{screen}"
        );
    }
    for fr in french_only_openings() {
        assert!(
            !flat.contains(&fr),
            "{name}: French text « {fr} »\n{screen}"
        );
    }
}

/// The screen's words on one line: borders and runs of spaces gone, so that a sentence
/// wrapped over several lines reads whole.
fn flatten(screen: &str) -> String {
    let words: Vec<&str> = screen
        .split(|c: char| c.is_whitespace() || "│┃║|─━═┌┐└┘╭╮╰╯\"".contains(c))
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ")
}

/// The first four words of each French message whose English differs, when they hold no
/// variable: enough to recognise the message, short enough to survive wrapping.
fn french_only_openings() -> Vec<String> {
    let messages = |files: &[&str]| -> std::collections::HashMap<String, String> {
        files
            .iter()
            .flat_map(|f| f.lines())
            .filter_map(|l| l.split_once(" = "))
            .filter(|(k, _)| !k.starts_with(['#', ' ', '.']))
            .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
            .collect()
    };
    let (fr, en) = (messages(crate::i18n::FR), messages(crate::i18n::EN));
    // The fixtures' own French text may open like a message ("Appuyez sur la touche…").
    let banks = [
        SAMPLE,
        include_str!("../tests/fixtures/tasks.toml"),
        include_str!("../tests/fixtures/order.toml"),
        include_str!("../tests/fixtures/adaptive.toml"),
    ]
    .concat();
    let mut out = Vec::new();
    for (k, v) in &fr {
        let words: Vec<&str> = v.split_whitespace().take(4).collect();
        let opening = words.join(" ");
        if words.len() == 4
            && opening.len() >= 16
            && !opening.contains(['{', '}', '['])
            && en.get(k).is_some_and(|e| !e.contains(&opening))
            && !banks.contains(&opening)
        {
            out.push(opening);
        }
    }
    assert!(out.len() > 100, "only {} French openings", out.len());
    out
}

/// A voice that records what it is given to read: `said` in `dir` gets the text then a
/// line "--" once the input has ended, `pids` its process id. With `keep_speaking`, it then
/// stays alive (as if still reading) until it is killed.
#[cfg(unix)]
pub fn recorder(dir: &std::path::Path, keep_speaking: bool) -> crate::speech::Engine {
    let script = dir.join("voice.sh");
    let (said, pids) = (dir.join("said"), dir.join("pids"));
    let rest = if keep_speaking { "exec sleep 30\n" } else { "" };
    std::fs::write(
        &script,
        format!(
            "echo $$ >> '{}'\ncat >> '{}'\necho '--' >> '{}'\n{rest}",
            pids.display(),
            said.display(),
            said.display()
        ),
    )
    .unwrap();
    crate::speech::Engine::Custom(vec!["sh".into(), script.display().to_string()])
}

/// The file's text once `ready` holds for it (the recorder writes from another process).
#[cfg(unix)]
pub fn wait_for(path: &std::path::Path, ready: impl Fn(&str) -> bool) -> String {
    for _ in 0..400 {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        if ready(&text) {
            return text;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!(
        "{} never got ready: {:?}",
        path.display(),
        std::fs::read_to_string(path)
    );
}

/// Whether a process exists, zombies included (`kill -0` answers for them too): false
/// means it has ended and been reaped.
#[cfg(unix)]
pub fn alive(pid: u32) -> bool {
    std::process::Command::new("kill")
        .args(["-0", &pid.to_string()])
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// The process ids the recorder wrote, in order.
#[cfg(unix)]
pub fn recorded_pids(dir: &std::path::Path) -> Vec<u32> {
    std::fs::read_to_string(dir.join("pids"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.trim().parse().ok())
        .collect()
}

/// Whether `cond` holds within two seconds. For a file lock released by `drop`: a process
/// another test is starting at that moment holds a copy of every open file handle (and so
/// the lock) until it runs its program.
pub fn soon(mut cond: impl FnMut() -> bool) -> bool {
    for _ in 0..200 {
        if cond() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    cond()
}
