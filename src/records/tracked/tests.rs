use super::*;
use crate::records::date::Timestamp;
use crate::records::journal::read;
use crate::testing::sample_bank;

const CLOCK: Clock = Clock::Fixed(Timestamp::utc(1_795_345_041));

fn start() -> Start {
    Start {
        seed: 11,
        lang: "fr".into(),
        falc: false,
        mode: RunMode::Plain,
        person: Person {
            pseudonym: Some("Dossier 12".into()),
            ..Person::default()
        },
    }
}

fn first_choice(t: &Tracked) -> Answer {
    // Text questions have no choices to pick from.
    match t.session.item().unwrap().order.first() {
        Some(&c) => Answer::Choices(vec![c]),
        None => Answer::Text("réponse".into()),
    }
}

#[test]
fn every_answer_is_on_disk_and_a_resume_continues_where_it_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut t = Tracked::start(&store, sample_bank(), start(), CLOCK).unwrap();
    let path = t.journal.as_ref().unwrap().path().to_path_buf();
    let mut given = Vec::new();
    for _ in 0..3 {
        let a = first_choice(&t);
        given.push((t.session.question().unwrap().id.clone(), a.clone()));
        t.answer(a).unwrap();
        // Each answer is already in the file when `answer` returns.
        assert_eq!(read(&path).unwrap().answers.len(), given.len());
    }
    let live_items = t.session.clone();
    drop(t); // a crash: no result line, no "abandoned"

    let r = Tracked::resume(&path, sample_bank(), CLOCK).unwrap();
    assert!(!r.bank_changed);
    assert_eq!((r.replayed, r.dropped), (3, 0));
    let s = &r.tracked.session;
    assert_eq!(s.index(), 3);
    assert_eq!(s.item(), live_items.item());
    let replayed: Vec<_> = s
        .answered()
        .map(|(q, a)| (q.id.clone(), a.clone()))
        .collect();
    assert_eq!(replayed, given);
    assert_eq!(
        r.tracked.header().unwrap().pseudonym.as_deref(),
        Some("Dossier 12")
    );
    assert_eq!(read(&path).unwrap().resumed.len(), 1);
}

#[test]
fn going_back_then_crashing_resumes_on_the_question_gone_back_to() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut t = Tracked::start(&store, sample_bank(), start(), CLOCK).unwrap();
    let path = t.journal.as_ref().unwrap().path().to_path_buf();
    for _ in 0..4 {
        let a = first_choice(&t);
        t.answer(a).unwrap();
    }
    assert!(t.back() && t.back() && t.back());
    t.answer(Answer::DontKnow).unwrap(); // position 1 answered again
    assert_eq!(t.session.index(), 2);
    drop(t);
    let r = Tracked::resume(&path, sample_bank(), CLOCK).unwrap();
    assert_eq!(r.tracked.session.index(), 2);
    assert_eq!(r.replayed, 5);
    let answers: Vec<_> = r
        .tracked
        .session
        .answered()
        .map(|(_, a)| a.clone())
        .collect();
    assert_eq!(answers.len(), 4);
    assert_eq!(answers[1], Answer::DontKnow);
}

#[test]
fn a_changed_bank_is_noticed_and_answers_that_no_longer_fit_are_not_replayed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut t = Tracked::start(&store, sample_bank(), start(), CLOCK).unwrap();
    let path = t.journal.as_ref().unwrap().path().to_path_buf();
    for _ in 0..3 {
        let a = first_choice(&t);
        t.answer(a).unwrap();
    }
    let second = t.session.answered().nth(1).unwrap().0.id.clone();
    drop(t);
    let mut changed = sample_bank();
    changed.hash = "changed".into();
    for q in &mut changed.questions {
        if q.id == second {
            q.id = "renamed".into();
        }
    }
    let r = Tracked::resume(&path, changed, CLOCK).unwrap();
    assert!(r.bank_changed);
    assert_eq!((r.replayed, r.dropped), (1, 2));
    assert_eq!(r.tracked.session.index(), 1);
    // Nothing was removed from the file.
    assert_eq!(read(&path).unwrap().answers.len(), 3);
}

#[test]
fn finished_and_abandoned_sessions_are_not_resumed() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut t = Tracked::start(&store, sample_bank(), start(), CLOCK).unwrap();
    let path = t.journal.as_ref().unwrap().path().to_path_buf();
    while !t.session.is_finished() {
        t.answer(Answer::DontKnow).unwrap();
    }
    let outcome = t.finish().unwrap();
    drop(t);
    let r = read(&path).unwrap();
    assert_eq!(r.summary.as_ref().unwrap().outcome, outcome);
    assert!(matches!(
        Tracked::resume(&path, sample_bank(), CLOCK),
        Err(ResumeError::Finished)
    ));

    let t = Tracked::start(&store, sample_bank(), start(), CLOCK).unwrap();
    let path = t.journal.as_ref().unwrap().path().to_path_buf();
    assert!(matches!(
        close_abandoned(&path, CLOCK),
        Err(ResumeError::InUse)
    ));
    drop(t);
    close_abandoned(&path, CLOCK).unwrap();
    assert!(matches!(
        Tracked::resume(&path, sample_bank(), CLOCK),
        Err(ResumeError::Abandoned)
    ));
}

#[test]
fn an_adaptive_session_resumes_on_the_same_path() {
    use crate::bank::source::Library;
    use crate::diagnostic::simulate::right_answer;
    let bank = Library::new(None)
        .resolve("grands-debutants")
        .unwrap()
        .loaded
        .value
        .unwrap();
    assert_eq!(bank.mode, crate::bank::Mode::Adaptive);
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut t = Tracked::start(&store, bank.clone(), start(), CLOCK).unwrap();
    let path = t.journal_path().unwrap().to_path_buf();
    for i in 0..12 {
        let q = t.session.question().unwrap();
        // Right on every other question, so the engine both climbs and drops.
        let a = if i % 2 == 0 {
            right_answer(q)
        } else {
            Answer::DontKnow
        };
        t.answer(a).unwrap();
        if i == 6 {
            assert!(t.back());
        }
    }
    let live = t.session.clone();
    drop(t);
    let r = Tracked::resume(&path, bank, CLOCK).unwrap();
    assert_eq!(r.dropped, 0);
    let s = &r.tracked.session;
    assert_eq!(s.index(), live.index());
    assert_eq!(s.item(), live.item());
    assert_eq!(
        s.path().collect::<Vec<_>>(),
        live.path().collect::<Vec<_>>()
    );
    assert_eq!(s.outcome(), live.outcome());
}

/// The device answer is a journal line like the others: a resumed session gets the same
/// questions. A kiosk session resumed (or rebuilt) is still one where nobody observes.
#[test]
fn the_device_answer_and_the_kiosk_replay_on_resume() {
    use crate::diagnostic::device::DeviceUse;
    use crate::diagnostic::simulate::right_answer;
    let bank = crate::testing::parse(include_str!("../../../tests/fixtures/device.toml"));
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let kiosk = Start {
        mode: RunMode::Kiosk,
        ..start()
    };
    let mut t = Tracked::start(&store, bank.clone(), kiosk, CLOCK).unwrap();
    assert_eq!(t.session.presence(), Presence::Alone);
    t.answer(Answer::Choices(vec![1])).unwrap(); // "Seulement un téléphone"
    for _ in 0..2 {
        let a = right_answer(t.session.question().unwrap());
        t.answer(a).unwrap();
    }
    let path = t.journal_path().unwrap().to_path_buf();
    let live = t.session.clone();
    drop(t);
    let r = Tracked::resume(&path, bank.clone(), CLOCK).unwrap();
    let s = &r.tracked.session;
    assert_eq!((r.replayed, r.dropped), (3, 0));
    assert_eq!(s.device_use(), Some(DeviceUse::PhoneOnly));
    assert_eq!(s.presence(), Presence::Alone);
    assert_eq!(
        s.path().collect::<Vec<_>>(),
        live.path().collect::<Vec<_>>()
    );
    let answers = read(&path).unwrap().answers;
    assert_eq!(answers[0].q, crate::diagnostic::device::QUESTION_ID);
    let rebuilt = rebuild(bank, 11, RunMode::Kiosk, &answers);
    assert_eq!(rebuilt.outcome(), live.outcome());
}

#[test]
fn a_damaged_middle_line_is_counted_with_the_answers_it_cost() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut t = Tracked::start(&store, sample_bank(), start(), CLOCK).unwrap();
    let path = t.journal.as_ref().unwrap().path().to_path_buf();
    for _ in 0..3 {
        let a = first_choice(&t);
        t.answer(a).unwrap();
    }
    drop(t);
    // Line 3 (the second answer) is damaged: the third answer cannot follow it.
    let text = std::fs::read_to_string(&path).unwrap();
    let mut lines: Vec<&str> = text.lines().collect();
    lines[2] = "{\"v\":1,\"t\":\"answer\",\"pos\":#";
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    let r = Tracked::resume(&path, sample_bank(), CLOCK).unwrap();
    assert!(!r.bank_changed);
    assert_eq!((r.replayed, r.dropped, r.damaged), (1, 1, 1));
    assert_eq!(r.tracked.session.index(), 1);
}

/// Issue 17's disk-full case, without root: the write of an answer stops part way (the
/// disk is full), the person is told and answers again once there is room, and goes on.
/// Every answer the program took is in the file, whole, and a resume replays them all.
#[test]
fn a_full_disk_mid_answer_then_room_again_loses_no_taken_answer() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(dir.path());
    let mut t = Tracked::start(&store, sample_bank(), start(), CLOCK).unwrap();
    let path = t.journal.as_ref().unwrap().path().to_path_buf();
    let mut taken = 0;
    for cut in [1, 60] {
        t.answer(first_choice(&t)).unwrap();
        taken += 1;
        let before = std::fs::read(&path).unwrap();
        t.journal.as_mut().unwrap().fail_next_write_after(cut);
        let a = first_choice(&t);
        let e = t.answer(a.clone()).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::StorageFull);
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "nothing of the half line"
        );
        assert_eq!(t.session.index(), taken, "a refused answer does not count");
        t.answer(a).unwrap();
        taken += 1;
    }
    drop(t);
    let r = read(&path).unwrap();
    assert_eq!((r.damaged, r.torn, r.answers.len()), (0, false, taken));
    let resumed = Tracked::resume(&path, sample_bank(), CLOCK).unwrap();
    assert_eq!((resumed.replayed, resumed.dropped), (taken, 0));
    assert_eq!(resumed.tracked.session.index(), taken);
}
