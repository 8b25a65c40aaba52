//! Reading a data folder of 100 000 sessions (issue 18): what the full screen and the kiosk
//! do at start (look for sessions to resume or close) and what the listing does, once the
//! day indexes exist. Goals: start ≤ 200 ms, listing ≤ 1 s. The folder is generated under
//! `target/` (on the disk: a tmpfs would hide the cost of reading files), a year of
//! sessions, 1 % left unfinished. `DIAGNUM_BENCH_SESSIONS` changes the count.
//! `scripts/bench-records.sh` measures the same through the program, with peak memory.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use diagnum::bank::source::Library;
use diagnum::diagnostic::session::Answer;
use diagnum::records::date::{Clock, Timestamp};
use diagnum::records::history;
use diagnum::records::journal::RunMode;
use diagnum::records::store::Store;
use diagnum::records::tracked::{Person, Start, Tracked};

const JAN_1_2026: u64 = 1_767_225_600;

/// A real session of abc-diag written by the program, finished or stopped after 3 answers.
fn template(dir: &Path, finish: bool) -> (String, String) {
    let store = Store::new(dir);
    let bank = Library::new(None)
        .resolve("abc-diag")
        .unwrap()
        .loaded
        .value
        .unwrap();
    let start = Start {
        seed: 1,
        lang: "fr".into(),
        falc: false,
        mode: RunMode::Tui,
        person: Person::default(),
    };
    let mut t = Tracked::start(
        &store,
        bank,
        start,
        Clock::Fixed(Timestamp::utc(JAN_1_2026)),
    )
    .unwrap();
    for _ in 0..3 {
        t.answer(Answer::DontKnow).unwrap();
    }
    if finish {
        t.finish().unwrap();
    }
    let path = t.journal_path().unwrap().to_path_buf();
    let id = t.id().unwrap().to_string();
    (std::fs::read_to_string(path).unwrap(), id)
}

fn folder(n: usize) -> PathBuf {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("target/bench-records-{n}"));
    let sessions = root.join("sessions");
    if sessions.exists() {
        return root;
    }
    let scratch = tempfile::tempdir().unwrap();
    let done = template(&scratch.path().join("a"), true);
    let open = template(&scratch.path().join("b"), false);
    for i in 0..n {
        let (text, old) = if i % 100 == 7 { &open } else { &done };
        let t = Timestamp::utc(JAN_1_2026 + i as u64 * 313);
        let id = format!("{i:08}");
        let day = sessions.join(t.date().iso());
        std::fs::create_dir_all(&day).unwrap();
        let name = format!("{}-{id}.jsonl", t.compact());
        std::fs::write(day.join(name), text.replace(old.as_str(), &id)).unwrap();
    }
    root
}

fn bench(c: &mut Criterion) {
    let n = std::env::var("DIAGNUM_BENCH_SESSIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let store = Store::new(&folder(n));
    // The first reading builds the indexes; every later one is what is measured.
    history::rows(&store).unwrap();
    let mut g = c.benchmark_group(format!("records-{n}"));
    g.sample_size(10);
    g.bench_function("start: sessions to resume or close", |b| {
        b.iter(|| black_box(history::unfinished(&store).unwrap().len()));
    });
    g.bench_function("listing: every row", |b| {
        b.iter(|| black_box(history::rows(&store).unwrap().0.len()));
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
