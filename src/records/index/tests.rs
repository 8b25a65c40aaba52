use super::*;
use crate::diagnostic::session::Answer;
use crate::records::date::{Clock, Timestamp};
use crate::records::history;
use crate::records::journal::RunMode;
use crate::records::store::Store;
use crate::records::tracked::{Person, Start, Tracked};
use crate::testing::sample_bank;
use std::path::PathBuf;

const NOV_22: u64 = 1_795_345_041;

/// A session of the sample bank with `n` answers, finished or left open.
fn session(store: &Store, n: usize, finish: bool, at: u64, name: &str) -> PathBuf {
    let start = Start {
        seed: 1,
        lang: "fr".into(),
        falc: false,
        mode: RunMode::Tui,
        person: Person {
            pseudonym: Some(name.into()),
            ..Person::default()
        },
    };
    let clock = Clock::Fixed(Timestamp::utc(at));
    let mut t = Tracked::start(store, sample_bank(), start, clock).unwrap();
    for _ in 0..n {
        t.answer(Answer::DontKnow).unwrap();
    }
    if finish {
        t.finish().unwrap();
    }
    t.journal_path().unwrap().to_path_buf()
}

fn index_of(path: &Path) -> String {
    std::fs::read_to_string(path.parent().unwrap().join(FILE)).unwrap_or_default()
}

fn names(rows: &[Row]) -> Vec<String> {
    rows.iter().map(|r| r.pseudonym.clone().unwrap()).collect()
}

#[test]
fn closed_sessions_are_listed_from_the_index_without_reading_them_again() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let done = session(&store, 2, true, NOV_22, "Aline");
    let open = session(&store, 1, false, NOV_22 + 60, "Bruno");

    let (rows, unreadable) = history::rows(&store).unwrap();
    assert_eq!(
        (names(&rows), unreadable),
        (vec!["Aline".into(), "Bruno".into()], 0)
    );
    assert_eq!(rows[0].status, Status::Finished);
    assert!(rows[0].palier.is_some());
    assert_eq!((rows[1].status, rows[1].answers), (Status::Unfinished, 1));
    // Only the closed one is in the index.
    let idx = index_of(&done);
    assert_eq!(idx.lines().count(), 1);
    assert!(idx.starts_with(done.file_name().unwrap().to_str().unwrap()));

    // The closed session's file is no longer read: blanking it changes nothing in the
    // listing, while the open one is read every time.
    let len = std::fs::metadata(&done).unwrap().len();
    std::fs::write(&done, vec![b'x'; usize::try_from(len).unwrap()]).unwrap();
    std::fs::write(&open, b"").unwrap();
    let (rows, unreadable) = history::rows(&store).unwrap();
    assert_eq!((names(&rows), unreadable), (vec!["Aline".into()], 1));
    assert_eq!(rows[0].entry.path, done);
}

#[test]
fn a_session_closed_since_the_last_listing_joins_the_index() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    session(&store, 1, true, NOV_22, "Aline");
    assert_eq!(history::rows(&store).unwrap().0.len(), 1);
    let later = session(&store, 2, true, NOV_22 + 60, "Chloé");
    let (rows, _) = history::rows(&store).unwrap();
    assert_eq!(names(&rows), ["Aline", "Chloé"]);
    assert_eq!(index_of(&later).lines().count(), 2);
    assert!(history::unfinished(&store).unwrap().is_empty());
}

#[test]
fn a_damaged_or_deleted_index_is_rebuilt_from_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let a = session(&store, 1, true, NOV_22, "Aline");
    let b = session(&store, 2, true, NOV_22 + 60, "Bruno");
    let first = history::rows(&store).unwrap().0;
    let idx_path = a.parent().unwrap().join(FILE);
    let whole = std::fs::read_to_string(&idx_path).unwrap();

    // A torn last line, a foreign line, bytes that are not UTF-8, a line twice.
    let first_line = whole.lines().next().unwrap();
    let mut damaged = format!("{first_line}\n{first_line}\nrubbish\n").into_bytes();
    damaged.extend_from_slice(b"\xff\xfe\n");
    damaged.extend_from_slice(&whole.as_bytes()[first_line.len() + 1..whole.len() - 5]);
    std::fs::write(&idx_path, damaged).unwrap();
    assert_eq!(history::rows(&store).unwrap().0, first);
    assert_eq!(std::fs::read_to_string(&idx_path).unwrap(), whole);

    std::fs::remove_file(&idx_path).unwrap();
    assert_eq!(history::rows(&store).unwrap().0, first);
    assert_eq!(std::fs::read_to_string(&idx_path).unwrap(), whole);

    // A session deleted by hand leaves the index at the next listing.
    std::fs::remove_file(&b).unwrap();
    assert_eq!(names(&history::rows(&store).unwrap().0), ["Aline"]);
    assert_eq!(index_of(&a).lines().count(), 1);
}

#[test]
fn text_edited_into_the_index_reaches_no_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let a = session(&store, 1, true, NOV_22, "Aline");
    history::rows(&store).unwrap();
    let idx_path = a.parent().unwrap().join(FILE);
    let text = std::fs::read_to_string(&idx_path).unwrap();
    let hostile = text.replace("\"p\":\"Aline\"", "\"p\":\"A\\u001b]52;c;eA==\\u0007\"");
    assert_ne!(hostile, text);
    std::fs::write(&idx_path, hostile).unwrap();
    let rows = history::rows(&store).unwrap().0;
    let p = rows[0].pseudonym.as_deref().unwrap();
    assert!(!p.chars().any(char::is_control), "{p:?}");
}

#[test]
fn open_sessions_are_offered_newest_first_across_days() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    session(&store, 1, false, NOV_22 - 86_400, "hier");
    session(&store, 1, true, NOV_22, "fini");
    session(&store, 1, false, NOV_22 + 60, "aujourd'hui");
    let open: Vec<String> = history::unfinished(&store)
        .unwrap()
        .iter()
        .map(|s| s.header().unwrap().pseudonym.clone().unwrap())
        .collect();
    assert_eq!(open, ["aujourd'hui", "hier"]);
    let mut newest_first = Vec::new();
    history::each_day_newest_first(&store, |rows| newest_first.push(names(&rows))).unwrap();
    assert_eq!(newest_first, [vec!["fini", "aujourd'hui"], vec!["hier"]]);
}

#[test]
fn listers_and_writers_on_one_folder_never_miss_or_double_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    // Two "kiosks" finish sessions while two "médiateurs" keep listing (and so rewriting
    // the same day's index).
    let writers: Vec<_> = (0..2)
        .map(|k| {
            let root = root.clone();
            std::thread::spawn(move || {
                let store = Store::new(&root);
                for i in 0..15 {
                    session(&store, 1, i % 3 != 0, NOV_22 + i, &format!("k{k}-{i}"));
                }
            })
        })
        .collect();
    let listers: Vec<_> = (0..2)
        .map(|_| {
            let root = root.clone();
            std::thread::spawn(move || {
                let store = Store::new(&root);
                for _ in 0..20 {
                    let (rows, _) = history::rows(&store).unwrap();
                    let mut ids: Vec<_> = rows.iter().map(|r| r.entry.id.clone()).collect();
                    let n = ids.len();
                    ids.sort();
                    ids.dedup();
                    assert_eq!(ids.len(), n, "a session listed twice");
                }
            })
        })
        .collect();
    for h in writers.into_iter().chain(listers) {
        h.join().unwrap();
    }
    let store = Store::new(&root);
    let (rows, unreadable) = history::rows(&store).unwrap();
    assert_eq!((rows.len(), unreadable), (30, 0));
    let finished = rows.iter().filter(|r| r.status == Status::Finished).count();
    assert_eq!(finished, 20);
    // What the index says matches a full reading of every file.
    let (full, _) = history::load_all(&store).unwrap();
    let from_files: Vec<Row> = full.iter().map(Row::of).collect();
    assert_eq!(rows, from_files);
}

#[test]
fn purge_takes_the_index_with_the_last_session_of_a_day() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let a = session(&store, 1, true, NOV_22 - 400 * 86_400, "Aline");
    history::rows(&store).unwrap();
    assert!(a.parent().unwrap().join(FILE).exists());
    let before = Date::parse("2026-01-01").unwrap();
    let (deleted, _) = store.purge(before, false).unwrap();
    assert_eq!(deleted.len(), 1);
    assert!(!a.parent().unwrap().exists());
}
