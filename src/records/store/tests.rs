use super::*;
use crate::diagnostic::session::Answer;
use crate::records::date::Timestamp;
use crate::records::journal::{AnswerLine, Record, read};
use rand::SeedableRng;
use rand::rngs::StdRng;

/// The journal tests' header, started at `started`, with no id yet (the store picks it).
fn header(started: u64) -> Header {
    Header {
        id: String::new(),
        started: Timestamp::utc(started),
        ..crate::records::journal::tests::header("")
    }
}

const NOV_22: u64 = 1_795_345_041;
const DAY: u64 = 86_400;

#[test]
fn sessions_are_filed_by_day_and_found_by_id_or_prefix() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    assert_eq!(store.entries().unwrap(), vec![]);
    let mut rng = StdRng::seed_from_u64(1);
    let a = store.create(header(NOV_22 - 30 * DAY), &mut rng).unwrap();
    let b = store.create(header(NOV_22), &mut rng).unwrap();
    let entries = store.entries().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].path, a.path());
    assert_eq!(entries[1].path, b.path());
    assert_eq!(entries[0].day.iso(), "2026-10-23");
    let id = entries[1].id.clone();
    assert_eq!(id.len(), 8);
    assert!(id.bytes().all(|c| ID_ALPHABET.contains(&c)));
    let typed = format!("{}-{}", &id[..4].to_lowercase(), &id[4..6]);
    assert_eq!(store.find(&typed).unwrap(), Ok(entries[1].clone()));
    assert_eq!(
        store.find("ZZZZZZZZZ").unwrap(),
        Err(FindError::NotFound("ZZZZZZZZZ".into()))
    );
    assert_eq!(
        store.find("").unwrap(),
        Err(FindError::NotFound(String::new()))
    );
}

#[test]
fn a_shared_prefix_is_ambiguous_not_a_guess() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut rng = StdRng::seed_from_u64(3);
    // Enough sessions that two share a first letter.
    for i in 0..40 {
        store.create(header(NOV_22 + i), &mut rng).unwrap();
    }
    let entries = store.entries().unwrap();
    let first = &entries[0].id[..1];
    let same: Vec<String> = entries
        .iter()
        .filter(|e| e.id.starts_with(first))
        .map(|e| e.id.clone())
        .collect();
    assert!(same.len() > 1);
    match store.find(first).unwrap() {
        Err(FindError::Ambiguous(_, ids)) => assert_eq!(ids, same),
        other => panic!("{other:?}"),
    }
}

#[test]
fn concurrent_writers_never_share_or_lose_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    // Same seed and same second in every thread: every first id collides on purpose, and
    // create_new must make each writer pick another name instead of sharing a file.
    let handles: Vec<_> = (0..8)
        .map(|t| {
            let root = root.clone();
            std::thread::spawn(move || {
                let store = Store::new(&root);
                let mut ids = Vec::new();
                let mut rng = StdRng::seed_from_u64(42);
                for _ in 0..10 {
                    let mut j = store.create(header(NOV_22), &mut rng).unwrap();
                    for pos in 0..5 {
                        j.append(&Record::Answer(AnswerLine {
                            pos,
                            q: format!("t{t}"),
                            answer: Answer::Choices(vec![pos]),
                            at: Timestamp::utc(NOV_22),
                        }))
                        .unwrap();
                    }
                    ids.push(j.path().to_path_buf());
                }
                ids
            })
        })
        .collect();
    let mut paths: Vec<_> = handles
        .into_iter()
        .flat_map(|h| h.join().unwrap())
        .collect();
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), 80);
    let store = Store::new(&root);
    assert_eq!(store.entries().unwrap().len(), 80);
    for p in paths {
        let r = read(&p).unwrap();
        assert_eq!(r.damaged, 0);
        assert!(!r.torn);
        assert_eq!(r.answers.len(), 5);
        // One writer per file: every answer line comes from the same thread.
        let q = &r.answers[0].q;
        assert!(r.answers.iter().all(|a| &a.q == q));
    }
}

#[test]
fn purge_deletes_what_started_before_the_date_and_spares_open_sessions() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut rng = StdRng::seed_from_u64(5);
    let old = store.create(header(NOV_22 - 400 * DAY), &mut rng).unwrap();
    drop(old);
    let live_old = store.create(header(NOV_22 - 399 * DAY), &mut rng).unwrap();
    let _recent = store.create(header(NOV_22), &mut rng).unwrap();
    let before = Date::parse("2026-01-01").unwrap();

    let (would, _) = store.purge(before, true).unwrap();
    assert_eq!(would.len(), 1);
    assert_eq!(store.entries().unwrap().len(), 3);

    let (deleted, busy) = store.purge(before, false).unwrap();
    assert_eq!(deleted.len(), 1);
    assert_eq!(busy.len(), 1);
    assert_eq!(busy[0].path, live_old.path());
    let left = store.entries().unwrap();
    assert_eq!(left.len(), 2);
    assert!(left.iter().all(|e| e.path != deleted[0].path));
    // The emptied day folder went with it.
    assert!(!deleted[0].path.parent().unwrap().exists());
}
