//! "An acknowledged answer is never lost": the real binary is killed with SIGKILL at random
//! points of a `--plain` run, 100 times. After each kill, every answer the program had
//! acknowledged (by showing the next question) must be in the journal, and a resume must
//! start again on the right question.

use crate::common;

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use diagnum::diagnostic::session::Answer;
use diagnum::records::journal::read;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

/// abc-diag in --plain: the device question, then its questions but the key and click
/// tasks (not evaluated there).
const QUESTIONS: usize = 16;

fn command(data: &std::path::Path) -> Command {
    let mut c = common::french();
    c.arg("--data-dir").arg(data);
    c
}

/// Lines of the child's stdout, as they come.
fn lines_of(child: &mut Child) -> mpsc::Receiver<String> {
    let out = child.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(out).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    rx
}

/// Waits for "Question n sur 16": the program's acknowledgement of answer n-1.
fn wait_for_question(rx: &mpsc::Receiver<String>, n: usize) {
    let want = format!("Question {n} sur {QUESTIONS}");
    loop {
        let line = rx
            .recv_timeout(Duration::from_secs(30))
            .unwrap_or_else(|_| panic!("no « {want} »"));
        if line.starts_with(&want) {
            return;
        }
    }
}

#[test]
fn kill_9_at_random_points_loses_no_acknowledged_answer() {
    let mut rng = StdRng::seed_from_u64(20261122);
    for round in 0..100 {
        let data = tempfile::tempdir().unwrap();
        let mut child = command(data.path())
            .args(["run", "abc-diag", "--plain", "--seed", "1"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let rx = lines_of(&mut child);
        let mut stdin = child.stdin.take().unwrap();
        wait_for_question(&rx, 1);
        let acked = rng.random_range(0..QUESTIONS);
        for k in 1..=acked {
            stdin.write_all(b"?\n").unwrap();
            wait_for_question(&rx, k + 1);
        }
        // Half the time, one more answer is in flight when the kill lands.
        let in_flight = rng.random_bool(0.5);
        if in_flight {
            stdin.write_all(b"?\n").unwrap();
            std::thread::sleep(Duration::from_micros(rng.random_range(0..3000)));
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();

        let store = diagnum::records::store::Store::new(data.path());
        let entries = store.entries().unwrap();
        assert_eq!(entries.len(), 1, "round {round}");
        let journal = read(&entries[0].path).unwrap();
        // Typed answers; the left-out tasks are journalled too, as "not evaluated".
        let kept = journal
            .answers
            .iter()
            .filter(|a| a.answer != Answer::NotEvaluated)
            .count();
        assert!(
            kept >= acked && kept <= acked + usize::from(in_flight),
            "round {round}: {acked} acknowledged, in flight: {in_flight}, {kept} in the journal"
        );
        assert_eq!(journal.damaged, 0, "round {round}");

        let out = command(data.path())
            .args(["run", "--plain", "--resume", &entries[0].id])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        if journal.summary.is_some() {
            // The last answer got through and the result was written before the kill.
            assert_eq!(kept, QUESTIONS, "round {round}");
            assert!(err.contains("déjà terminé"), "round {round}: {err}");
            continue;
        }
        assert!(
            text.contains(&format!("{kept} réponse")) || kept == 0,
            "round {round}, {kept} kept: {text}{err}"
        );
        if kept == QUESTIONS {
            // Every answer on disk, killed before the result line: resuming finishes.
            assert!(text.contains("Palier atteint"), "round {round}: {text}");
            assert_eq!(out.status.code(), Some(0), "round {round}");
            continue;
        }
        assert!(
            text.contains(&format!("Question {} sur {QUESTIONS}", kept + 1)),
            "round {round}: resumed elsewhere than question {}:\n{text}",
            kept + 1
        );
        assert_eq!(out.status.code(), Some(3), "round {round}");
    }
}
