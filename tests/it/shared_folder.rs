//! One data folder shared by two diagnum writing sessions (two kiosks of a Hub) while a
//! médiateur lists and exports (issue 18): at every moment, nothing listed twice and nothing
//! that was there disappears; at the end, every session is listed and exported once.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::common;

const RUNS_PER_WRITER: usize = 12;

fn run_one(data: &Path, seed: usize) {
    let answers = std::fs::read_to_string("benches/abc-diag.answers").unwrap();
    let mut c = common::french();
    c.arg("--data-dir")
        .arg(data)
        .args(["run", "abc-diag", "--plain", "--seed", &seed.to_string()]);
    let out = common::with_stdin(c, &answers);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn output(data: &Path, args: &[&str]) -> String {
    let out = common::french()
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The session numbers of `results --plain` (first word of each line).
fn listed(data: &Path) -> Vec<String> {
    output(data, &["results", "--plain"])
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|w| w.len() == 8 && w.chars().all(|c| c.is_ascii_alphanumeric()))
        .map(str::to_string)
        .collect()
}

/// The session numbers of the CSV export (first cell; the total row is not a session).
fn exported(data: &Path) -> Vec<String> {
    output(data, &["results", "export", "--format", "csv"])
        .lines()
        .skip(1)
        .filter_map(|l| l.split(';').next())
        .filter(|w| w.len() == 8)
        .map(str::to_string)
        .collect()
}

fn no_double(ids: &[String], what: &str) -> HashSet<String> {
    let set: HashSet<String> = ids.iter().cloned().collect();
    assert_eq!(set.len(), ids.len(), "a session {what} twice: {ids:?}");
    set
}

#[test]
fn two_writers_and_a_mediateur_on_one_folder_miss_and_double_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data: PathBuf = dir.path().to_path_buf();
    let done = Arc::new(AtomicBool::new(false));
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let data = data.clone();
            std::thread::spawn(move || {
                for i in 0..RUNS_PER_WRITER {
                    run_one(&data, 1 + w * 100 + i);
                }
            })
        })
        .collect();
    let mediateur = {
        let (data, done) = (data.clone(), done.clone());
        std::thread::spawn(move || {
            let mut seen: HashSet<String> = HashSet::new();
            let mut rounds = 0;
            while !done.load(Ordering::SeqCst) || rounds == 0 {
                let now = no_double(&listed(&data), "listed");
                assert!(seen.is_subset(&now), "a listed session disappeared");
                let exp = no_double(&exported(&data), "exported");
                // Exported after the listing: it may hold more, never less.
                assert!(
                    now.is_subset(&exp),
                    "listed but not exported: {now:?} {exp:?}"
                );
                seen = now;
                rounds += 1;
            }
            rounds
        })
    };
    for w in writers {
        w.join().unwrap();
    }
    done.store(true, Ordering::SeqCst);
    let rounds = mediateur.join().unwrap();
    assert!(rounds > 0);
    let on_disk = walk_sessions(&data.join("sessions"));
    assert_eq!(on_disk, 2 * RUNS_PER_WRITER);
    let list = no_double(&listed(&data), "listed");
    let exp = no_double(&exported(&data), "exported");
    assert_eq!((list.len(), exp.len()), (on_disk, on_disk));
    assert_eq!(list, exp);
    // Every listed session is finished: written whole by its writer, read whole by the index.
    let text = output(&data, &["results", "--plain"]);
    assert!(!text.contains("interrompu"), "{text}");
}

fn walk_sessions(root: &Path) -> usize {
    std::fs::read_dir(root)
        .unwrap()
        .flatten()
        .flat_map(|d| std::fs::read_dir(d.path()).unwrap().flatten())
        .filter(|f| f.file_name().to_string_lossy().ends_with(".jsonl"))
        .count()
}
