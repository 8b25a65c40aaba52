use super::read::{Status, parse};
use super::*;
use crate::diagnostic::session::Answer;
use crate::records::date::Timestamp;

pub fn header(id: &str) -> Header {
    Header {
        id: id.into(),
        bank: "sample".into(),
        bank_title: "Sample".into(),
        bank_version: "1.0.0".into(),
        bank_hash: "0123".into(),
        started: Timestamp::utc(1_795_345_041),
        lang: "fr".into(),
        seed: 7,
        falc: false,
        mode: RunMode::Plain,
        pseudonym: None,
        age_band: None,
        commune: None,
    }
}

fn answer(pos: usize, a: Answer) -> Record {
    Record::Answer(AnswerLine {
        pos,
        q: format!("q{pos}"),
        answer: a,
        at: Timestamp::utc(1_795_345_100 + pos as u64),
    })
}

#[test]
fn lines_round_trip_and_carry_a_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.jsonl");
    let mut j = Journal::create(&path, &header("ABCD2345")).unwrap();
    j.append(&answer(0, Answer::Choices(vec![2]))).unwrap();
    j.append(&answer(1, Answer::Text("Bonjour « é »".into())))
        .unwrap();
    j.append(&answer(2, Answer::DontKnow)).unwrap();
    drop(j);
    let text = std::fs::read_to_string(&path).unwrap();
    assert_eq!(text.lines().count(), 4);
    assert!(
        text.lines().all(|l| l.starts_with("{\"v\":1,\"t\":\"")),
        "{text}"
    );
    let r = read(&path).unwrap();
    assert_eq!(r.header, Some(header("ABCD2345")));
    assert_eq!(r.answers.len(), 3);
    assert_eq!(r.answers[1].answer, Answer::Text("Bonjour « é »".into()));
    assert_eq!(r.answers[2].answer, Answer::DontKnow);
    assert_eq!(r.status(), Status::Unfinished);
    assert!(!r.torn);
}

#[test]
fn a_torn_last_line_is_ignored_then_cut_on_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.jsonl");
    let mut j = Journal::create(&path, &header("ABCD2345")).unwrap();
    j.append(&answer(0, Answer::Choices(vec![1]))).unwrap();
    drop(j);
    let mut bytes = std::fs::read(&path).unwrap();
    let full = to_line_for_test(&answer(1, Answer::Choices(vec![0])));
    bytes.extend_from_slice(&full[..full.len() / 2]);
    std::fs::write(&path, &bytes).unwrap();

    let r = read(&path).unwrap();
    assert!(r.torn);
    assert_eq!(r.answers.len(), 1);
    assert_eq!(r.damaged, 0);

    let mut j = Journal::reopen(&path).unwrap();
    j.append(&answer(1, Answer::DontKnow)).unwrap();
    drop(j);
    let r = read(&path).unwrap();
    assert!(!r.torn);
    assert_eq!(r.damaged, 0);
    assert_eq!(r.answers.len(), 2);
    assert_eq!(r.answers[1].answer, Answer::DontKnow);
}

fn to_line_for_test(r: &Record) -> Vec<u8> {
    super::record::to_line(r).unwrap()
}

#[test]
fn damaged_and_foreign_lines_are_counted_not_fatal() {
    let mut bytes = to_line_for_test(&Record::Start(header("ABCD2345")));
    bytes.extend_from_slice(b"\n{\"v\":1,\"t\":\"answer\",\"pos\":\"x\"}\n");
    bytes.extend_from_slice(b"\xff\xfe garbage\n");
    bytes.extend_from_slice(b"{\"v\":99,\"t\":\"abandoned\",\"at\":\"2026-11-22T10:00:00Z\"}\n");
    bytes.extend_from_slice(&to_line_for_test(&Record::Abandoned {
        at: Timestamp::utc(1_795_345_999),
    }));
    bytes.push(b'\n');
    let r = parse(&bytes);
    assert_eq!(r.damaged, 3);
    assert_eq!(r.status(), Status::Abandoned);
    assert_eq!(r.last_activity(), Some(Timestamp::utc(1_795_345_999)));
}

#[test]
fn create_never_overwrites_and_is_private() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.jsonl");
    Journal::create(&path, &header("ABCD2345")).unwrap();
    let again = Journal::create(&path, &header("ABCD2345"));
    assert_eq!(again.unwrap_err().kind(), std::io::ErrorKind::AlreadyExists);
    // The session appears with its header, and nothing else is left beside it.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["s.jsonl"]);
    assert!(read(&path).unwrap().header.is_some());
    // A creation cut short long ago left its hidden file: the next creation removes it; a
    // recent one (another diagnum starting right now) is left alone.
    let stale = dir.path().join(".t.jsonl.new");
    let recent = dir.path().join(".u.jsonl.new");
    std::fs::write(&stale, "").unwrap();
    std::fs::write(&recent, "").unwrap();
    let long_ago = std::time::SystemTime::now()
        .checked_sub(std::time::Duration::from_secs(3600))
        .unwrap();
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(long_ago)
        .unwrap();
    Journal::create(&dir.path().join("v.jsonl"), &header("ABCD2346")).unwrap();
    assert!(!stale.exists() && recent.exists());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn an_open_session_is_locked_for_other_handles() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.jsonl");
    let j = Journal::create(&path, &header("ABCD2345")).unwrap();
    assert!(is_locked_elsewhere(&path));
    assert_eq!(
        Journal::reopen(&path).unwrap_err().kind(),
        std::io::ErrorKind::WouldBlock
    );
    drop(j);
    assert!(crate::testing::soon(|| !is_locked_elsewhere(&path)));
    assert!(Journal::reopen(&path).is_ok());
}

#[test]
fn a_write_that_fails_mid_line_leaves_only_whole_lines() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.jsonl");
    let mut j = Journal::create(&path, &header("ABCD2345")).unwrap();
    j.append(&answer(0, Answer::Choices(vec![1]))).unwrap();
    let before = std::fs::read(&path).unwrap();
    // The disk fills after 10 bytes of the line: the error reaches the caller...
    j.fail_next_write_after(10);
    let e = j.append(&answer(1, Answer::DontKnow)).unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::StorageFull);
    // ...and nothing of the half line stays for a reader.
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // The retry starts on a fresh line; later answers follow.
    j.append(&answer(1, Answer::DontKnow)).unwrap();
    j.append(&answer(2, Answer::Choices(vec![0]))).unwrap();
    drop(j);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.ends_with('\n'));
    let r = read(&path).unwrap();
    assert_eq!((r.damaged, r.torn, r.answers.len()), (0, false, 3));
    assert_eq!(r.answers[1].answer, Answer::DontKnow);
}

#[test]
fn outside_text_is_read_back_inert_and_bad_bytes_do_not_hide_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.jsonl");
    let mut h = header("ABCD2345");
    let osc52 = "\u{1b}]52;c;aGVsbG8=\u{7}x\u{9b}2J";
    h.pseudonym = Some(osc52.into());
    h.commune = Some(format!("Lyon\n{osc52}"));
    let mut j = Journal::create(&path, &h).unwrap();
    j.append(&answer(0, Answer::Text(osc52.into()))).unwrap();
    drop(j);
    // One byte that is not UTF-8 inside a later answer line.
    let mut bytes = std::fs::read(&path).unwrap();
    let mut line = to_line_for_test(&answer(1, Answer::Text("caf_".into())));
    let at = line.iter().position(|&b| b == b'_').unwrap();
    line[at] = 0xE9;
    bytes.extend_from_slice(&line);
    bytes.push(b'\n');
    std::fs::write(&path, bytes).unwrap();
    let r = read(&path).unwrap();
    let h = r.header.unwrap();
    let shown = format!("{:?}{:?}{:?}", h.pseudonym, h.commune, r.answers);
    assert!(!shown.contains(['\u{1b}', '\u{7}', '\u{9b}']), "{shown}");
    assert_eq!(h.commune.as_deref(), Some("Lyon ]52;c;aGVsbG8=x2J"));
    assert_eq!(r.damaged, 0);
    assert_eq!(r.answers[1].answer, Answer::Text("caf\u{FFFD}".into()));
}
